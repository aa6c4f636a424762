"""The desk's services: transitions with audit, version checks, revert, merge, preview links, locks."""

import datetime as dt

import pytest
from django.utils import timezone

from articles import revisions, services
from articles.models import (
    Article,
    ArticleTopic,
    AuditEntry,
    EditLock,
    Mention,
    PersonAlias,
    Quote,
    Topic,
)
from tests import factories

Status = Article.Status


def topic(qcode):
    return Topic.objects.get(qcode=qcode)


# --- transitions and versions ------------------------------------------------------------


def test_transition_records_who_when_from_to_and_note(editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    services.transition_article(article=article, name="publish", by=editor, note="в номер")
    entry = AuditEntry.objects.get(article=article)
    assert (entry.actor, entry.from_status, entry.to_status, entry.note) == (
        editor, "review", "published", "в номер",
    )  # fmt: skip
    assert entry.at <= timezone.now()
    assert article.history.first().history_user == editor


def test_transition_refused_for_a_reporter_changes_nothing(reporter):
    article = factories.ArticleFactory(status=Status.REVIEW)
    with pytest.raises(services.TransitionNotAllowed):
        services.transition_article(article=article, name="publish", by=reporter)
    article.refresh_from_db()
    assert article.status == Status.REVIEW and not AuditEntry.objects.exists()


def test_publishing_with_a_future_time_schedules(editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    at = timezone.now() + dt.timedelta(hours=3)
    services.transition_article(article=article, name="publish", by=editor, at=at)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert Article.objects.published(at=at).filter(pk=article.pk).exists()


def test_save_with_a_stale_version_is_refused(db):
    article = factories.ArticleFactory()
    first, second = Article.objects.get(pk=article.pk), Article.objects.get(pk=article.pk)
    first.headline = "Первый"
    services.save_article(article=first, expected_version=first.version)
    second.headline = "Второй"
    with pytest.raises(services.StaleVersion) as refused:
        services.save_article(article=second, expected_version=second.version)
    assert refused.value.current.headline == "Первый"
    article.refresh_from_db()
    assert article.headline == "Первый" and article.version == 2


# --- revisions ---------------------------------------------------------------------------


def test_revert_brings_back_text_topics_and_quotes_as_a_new_revision(editor):
    article = factories.ArticleFactory(headline="Старый заголовок", topics=["medtop:04000000"])
    quote = factories.QuoteFactory(article=article, text="Старая цитата", position=1)
    revisions.ensure_baseline(article)
    old = article.history.order_by("history_date").first()

    article.headline = "Новый заголовок"
    services.save_article(article=article, expected_version=article.version)
    quote.text = "Новая цитата"
    quote.save()
    factories.QuoteFactory(article=article, text="Лишняя цитата", position=2)
    ArticleTopic.objects.filter(article=article).delete()
    article.topics.add(topic("medtop:11000000"))

    services.revert_article(article=article, revision=old, by=editor)
    article.refresh_from_db()
    assert article.headline == "Старый заголовок"
    assert [q.text for q in article.quotes.order_by("position")] == ["Старая цитата"]
    assert list(article.topics.values_list("qcode", flat=True)) == ["medtop:04000000"]
    assert article.version == 3
    assert article.history.count() == 3
    entry = AuditEntry.objects.get(action=AuditEntry.Action.REVERT)
    assert entry.actor == editor and entry.article == article


def test_revert_keeps_the_workflow_state(editor):
    article = factories.ArticleFactory()
    old = article.history.first()
    services.transition_article(article=article, name="publish", by=editor)
    services.revert_article(article=article, revision=old, by=editor)
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED


def test_imported_quotes_without_history_get_a_baseline(db):
    article = factories.ArticleFactory()
    Quote.objects.bulk_create([Quote(article=article, text="Импорт", position=1)])
    snapshot = revisions.snapshot(article.history.first())
    assert snapshot.quotes == []  # bulk-created: history does not know it yet
    revisions.ensure_baseline(article)
    assert [q.text for q in revisions.snapshot(article.history.first()).quotes] == ["Импорт"]


def test_imported_people_places_and_organisations_without_history_get_a_baseline(db):
    article = factories.ArticleFactory()
    person, place = factories.PersonFactory(name="Импортный Человек"), factories.PlaceFactory()
    organisation = factories.OrganisationFactory()
    Mention.objects.bulk_create([Mention(article=article, person=person, role="посол")])
    Article.places.through.objects.bulk_create(
        [Article.places.through(article=article, place=place)]
    )
    Article.organisations.through.objects.bulk_create(
        [Article.organisations.through(article=article, organisation=organisation)]
    )
    before = revisions.snapshot(article.history.first())
    assert (before.mentions, before.places, before.organisations) == ([], [], [])
    revisions.ensure_baseline(article)
    after = revisions.snapshot(article.history.first())
    assert [(m.person_id, m.role) for m in after.mentions] == [(person.pk, "посол")]
    assert [link.place_id for link in after.places] == [place.pk]
    assert [link.organisation_id for link in after.organisations] == [organisation.pk]


def test_a_link_removed_from_the_place_side_is_in_the_history_too(editor):
    article = factories.ArticleFactory()
    place = factories.PlaceFactory(name="Гянджа")
    article.places.add(place)
    old = article.history.first()
    article.headline = "Без места"  # a revision saves the article first, then its links
    services.save_article(article=article, expected_version=article.version)
    place.articles.remove(article)

    assert [link.place_id for link in revisions.snapshot(old).places] == [place.pk]
    assert revisions.snapshot(article.history.first()).places == []
    services.revert_article(article=article, revision=old, by=editor)
    assert list(article.places.all()) == [place]


def test_revert_names_the_person_a_mentioned_person_was_merged_into(editor):
    keep = factories.PersonFactory(name="Ильхам Алиев")
    merge = factories.PersonFactory(name="И. Алиев")
    article = factories.ArticleFactory()
    factories.MentionFactory(article=article, person=merge, role="президент")
    old = article.history.first()
    article.headline = "Вторая редакция"
    services.save_article(article=article, expected_version=article.version)
    services.merge_people(keep=keep, merge=merge, by=editor)
    article.mentions.get().delete()  # an editor then drops the mention

    services.revert_article(article=article, revision=old, by=editor)

    assert list(article.mentions.values_list("person", "role")) == [(keep.pk, "президент")]


def test_revert_gives_a_quote_of_a_merged_away_speaker_to_the_person_kept(editor):
    keep = factories.PersonFactory(name="Ильхам Алиев")
    merge = factories.PersonFactory(name="И. Алиев")
    article = factories.ArticleFactory()
    quote = factories.QuoteFactory(article=article, speaker=merge, text="Мы готовы.")
    old = article.history.first()
    article.headline = "Вторая редакция"
    services.save_article(article=article, expected_version=article.version)
    services.merge_people(keep=keep, merge=merge, by=editor)
    quote.refresh_from_db()
    quote.text = "Мы готовы к переговорам."
    quote.save()

    services.revert_article(article=article, revision=old, by=editor)

    assert list(article.quotes.values_list("text", "speaker")) == [("Мы готовы.", keep.pk)]


def test_revert_keeps_one_mention_when_the_merge_joined_two_people_of_the_story(editor):
    keep = factories.PersonFactory(name="Ильхам Алиев")
    merge = factories.PersonFactory(name="И. Алиев")
    article = factories.ArticleFactory()
    factories.MentionFactory(article=article, person=keep, role="президент")
    factories.MentionFactory(article=article, person=merge, role="глава государства")
    old = article.history.first()
    article.headline = "Вторая редакция"
    services.save_article(article=article, expected_version=article.version)
    services.merge_people(keep=keep, merge=merge, by=editor)
    assert len(revisions.snapshot(old).mentions) == 2

    services.revert_article(article=article, revision=old, by=editor)

    assert list(article.mentions.values_list("person", "role")) == [(keep.pk, "президент")]


def test_revert_leaves_out_a_place_deleted_since(editor):
    article = factories.ArticleFactory()
    gone, stays = (
        factories.PlaceFactory(name="Ошибочное место"),
        factories.PlaceFactory(name="Шуша"),
    )
    article.places.add(gone, stays)
    old = article.history.first()
    article.headline = "Вторая редакция"
    services.save_article(article=article, expected_version=article.version)
    gone.delete()
    article.places.clear()

    services.revert_article(article=article, revision=old, by=editor)

    assert list(article.places.all()) == [stays]


# --- people ------------------------------------------------------------------------------


def test_merge_moves_quotes_mentions_aliases_and_keeps_the_old_name(editor):
    keep = factories.PersonFactory(name="Ильхам Алиев")
    merge = factories.PersonFactory(name="И. Алиев")
    PersonAlias.objects.create(person=merge, name="Алиева")
    shared = factories.ArticleFactory()
    factories.MentionFactory(article=shared, person=keep)
    factories.MentionFactory(article=shared, person=merge)
    own = factories.MentionFactory(person=merge)
    quotes = factories.QuoteFactory.create_batch(2, speaker=merge)

    services.merge_people(keep=keep, merge=merge, by=editor)

    assert not type(merge).objects.filter(pk=merge.pk).exists()
    assert {q.speaker_id for q in Quote.objects.filter(pk__in=[q.pk for q in quotes])} == {keep.pk}
    assert set(keep.mentions.values_list("article_id", flat=True)) == {shared.pk, own.article_id}
    assert set(keep.aliases.values_list("name", flat=True)) == {"И. Алиев", "Алиева"}
    entry = AuditEntry.objects.get(action=AuditEntry.Action.MERGE)
    assert entry.actor == editor and "И. Алиев" in entry.note


def test_reporters_cannot_merge_people(reporter):
    keep, merge = factories.PersonFactory.create_batch(2)
    with pytest.raises(services.NotAllowed):
        services.merge_people(keep=keep, merge=merge, by=reporter)


# --- preview links -----------------------------------------------------------------------


def test_preview_link_resolves_until_revoked(editor):
    article = factories.ArticleFactory()
    link, token = services.create_preview_link(article=article, by=editor)
    assert services.resolve_preview_token(token) == link
    services.revoke_preview_link(link=link, by=editor)
    assert services.resolve_preview_token(token) is None


def test_preview_link_expires(editor):
    link, token = services.create_preview_link(article=factories.ArticleFactory(), by=editor)
    link.expires_at = timezone.now() - dt.timedelta(seconds=1)
    link.save()
    assert services.resolve_preview_token(token) is None


def test_a_tampered_or_foreign_token_resolves_to_nothing(editor):
    _link, token = services.create_preview_link(article=factories.ArticleFactory(), by=editor)
    assert services.resolve_preview_token(token[:-2] + "xx") is None
    assert services.resolve_preview_token("nonsense") is None


# --- soft locks --------------------------------------------------------------------------


def test_lock_is_held_by_the_first_editor_until_it_expires(editor, superuser):
    article = factories.ArticleFactory()
    first = services.acquire_lock(article=article, user=editor)
    assert services.acquire_lock(article=article, user=superuser).user == editor
    EditLock.objects.filter(pk=first.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    taken = services.acquire_lock(article=article, user=superuser)
    assert taken.user == superuser
    assert services.active_lock(article).user == superuser


def test_refreshing_a_lock_keeps_its_start_and_extends_it(editor):
    article = factories.ArticleFactory()
    first = services.acquire_lock(article=article, user=editor)
    again = services.acquire_lock(article=article, user=editor)
    assert again.since == first.since and again.expires_at >= first.expires_at
    services.release_lock(article=article, user=editor)
    assert services.active_lock(article) is None
