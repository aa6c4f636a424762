"""Revisions on the desk: every save is one, any two compare readably, any one comes back."""

from django.urls import reverse

from articles import services
from articles.models import AuditEntry, Mention
from tests import factories
from tests.articles.desk import change_url, form_data


def edit(client, article, **changes):
    page = client.get(change_url(article))
    return client.post(change_url(article), form_data(page, **changes))


def test_every_save_through_the_form_is_a_revision(client, editor):
    article = factories.ArticleFactory()
    client.force_login(editor)
    edit(client, article, headline="Вторая редакция")
    edit(client, article, headline="Третья редакция")
    assert article.history.count() == 3
    assert article.history.first().history_user == editor
    page = client.get(reverse("admin:articles_article_revisions", args=[article.pk]))
    assert page.status_code == 200
    assert "Третья редакция" in page.content.decode()


def test_compare_marks_insertions_and_deletions_in_text_not_only_colour(client, editor):
    article = factories.ArticleFactory(lead="Президент встретился с послом", body="Абзац один.")
    client.force_login(editor)
    edit(client, article, lead="Президент тепло встретился с послом", body="Абзац два.")
    old, new = article.history.order_by("history_date")
    response = client.get(
        reverse("admin:articles_article_compare", args=[article.pk]),
        {"a": old.history_id, "b": new.history_id},
    )
    html = response.content.decode()
    assert "<ins" in html and "<del" in html
    assert "[+" in html and "+]" in html and "[−" in html and "−]" in html
    assert "тепло" in html and "один." in html and "два." in html


def test_compare_shows_quote_and_topic_changes(client, editor):
    article = factories.ArticleFactory(topics=["medtop:04000000"])
    quote = factories.QuoteFactory(article=article, text="Мы откроем посольство")
    client.force_login(editor)
    page = client.get(change_url(article))
    data = form_data(page, headline="Новый заголовок")
    prefix = next(
        f.formset.prefix
        for f in page.context["inline_admin_formsets"]
        if f.formset.model.__name__ == "Quote"
    )
    data[f"{prefix}-0-text"] = "Мы откроем консульство"
    client.post(change_url(article), data)
    quote.refresh_from_db()
    assert quote.text == "Мы откроем консульство"
    html = client.get(reverse("admin:articles_article_compare", args=[article.pk])).content.decode()
    assert "посольство" in html and "консульство" in html
    assert "[−" in html and "[+" in html
    topic = article.topics.get()
    assert f"<li>{topic}</li>" in html  # kept, and named as the desk names it


def inline_rows(page, model):
    """The prefix of `model`'s inline and its rows' objects, in the form's order."""
    inline = next(f for f in page.context["inline_admin_formsets"] if f.formset.model is model)
    return inline.formset.prefix, [form.instance for form in inline.formset.forms]


def curated_story():
    """A story with a place, an organisation and two people named with their roles."""
    article = factories.ArticleFactory()
    article.places.add(factories.PlaceFactory(name="Баку"))
    article.organisations.add(factories.OrganisationFactory(name="ООН"))
    minister = factories.PersonFactory(name="Джейхун Байрамов")
    factories.MentionFactory(article=article, person=minister, role="министр")
    aide = factories.PersonFactory(name="Хикмет Гаджиев")
    factories.MentionFactory(article=article, person=aide, role="помощник президента")
    return article


def uncurate(client, article):
    """Through the form: drop the place, the organisation and the aide; give the minister a new role."""
    page = client.get(change_url(article))
    data = form_data(page, places=[], organisations=[])
    prefix, mentions = inline_rows(page, Mention)
    for index, mention in enumerate(mentions):
        if mention.person.name == "Хикмет Гаджиев":
            data[f"{prefix}-{index}-DELETE"] = "on"
        else:
            data[f"{prefix}-{index}-role"] = "министр иностранных дел"
    assert client.post(change_url(article), data).status_code == 302


def test_compare_shows_removed_people_places_organisations_and_changed_roles(client, editor):
    article = curated_story()
    client.force_login(editor)
    uncurate(client, article)
    assert not article.places.exists() and not article.organisations.exists()
    removal = article.places.through.history.get(history_type="-")
    assert removal.history_user == editor

    html = client.get(reverse("admin:articles_article_compare", args=[article.pk])).content.decode()

    removed = '<del><span class="diff-marker">[−</span>{}<span class="diff-marker">−]</span></del>'
    added = '<ins><span class="diff-marker">[+</span>{}<span class="diff-marker">+]</span></ins>'
    for name in [
        "Баку",
        "ООН",
        "Хикмет Гаджиев — помощник президента",
        "Джейхун Байрамов — министр",
    ]:
        assert removed.format(name) in html
    assert added.format("Джейхун Байрамов — министр иностранных дел") in html


def test_revert_from_the_desk_brings_back_people_roles_places_and_organisations(client, editor):
    article = curated_story()
    client.force_login(editor)
    uncurate(client, article)
    first = article.history.order_by("history_date").first()

    client.post(reverse("admin:articles_article_revert", args=[article.pk, first.history_id]))

    assert list(article.places.values_list("name", flat=True)) == ["Баку"]
    assert list(article.organisations.values_list("name", flat=True)) == ["ООН"]
    assert sorted(article.mentions.values_list("person__name", "role")) == [
        ("Джейхун Байрамов", "министр"),
        ("Хикмет Гаджиев", "помощник президента"),
    ]
    latest, before = article.history.order_by("-history_date")[:2]
    html = client.get(
        reverse("admin:articles_article_compare", args=[article.pk]),
        {"a": before.history_id, "b": latest.history_id},
    ).content.decode()
    assert "[+</span>Баку" in html and "[+</span>Хикмет Гаджиев — помощник президента" in html


def test_revert_from_the_desk_makes_a_new_revision_and_an_audit_entry(client, editor):
    article = factories.ArticleFactory(headline="Первый вариант")
    client.force_login(editor)
    edit(client, article, headline="Второй вариант")
    first = article.history.order_by("history_date").first()
    url = reverse("admin:articles_article_revert", args=[article.pk, first.history_id])
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Второй вариант" in confirm.content.decode()
    client.post(url)
    article.refresh_from_db()
    assert article.headline == "Первый вариант"
    assert article.history.count() == 3
    assert AuditEntry.objects.filter(article=article, action="revert", actor=editor).exists()


def test_reporter_cannot_revert_a_published_story(client, reporter, editor):
    article = factories.ArticleFactory(headline="Было")
    first = article.history.first()
    article.headline = "Стало"
    services.save_article(article=article, expected_version=article.version)
    services.transition_article(article=article, name="publish", by=editor)
    client.force_login(reporter)
    url = reverse("admin:articles_article_revert", args=[article.pk, first.history_id])
    assert client.post(url).status_code == 403
    article.refresh_from_db()
    assert article.headline == "Стало"


def test_history_button_leads_to_the_revisions(client, editor):
    article = factories.ArticleFactory()
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert response.url == reverse("admin:articles_article_revisions", args=[article.pk])


def test_paragraphs_typed_in_a_browser_stay_paragraphs(client, editor):
    article = factories.ArticleFactory()
    client.force_login(editor)
    edit(client, article, body="Первый абзац.\r\n\r\nВторой абзац.")
    article.refresh_from_db()
    assert article.paragraphs == ["Первый абзац.", "Второй абзац."]


def test_a_changed_line_break_is_shown_with_a_sign():
    from articles.diffs import html_diff

    html = html_diff("Один.\n\nДва.", "Один. Два.")
    assert "¶¶" in html and "␣" in html
