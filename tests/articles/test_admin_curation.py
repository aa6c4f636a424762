"""Curation of extraction: quotes inline, people merge, autocomplete, registered models."""

import json

import pytest
from django.urls import reverse

from articles.models import ApiToken, AuditEntry, Person, Quote, Topic
from tests import factories
from tests.articles.desk import change_url, form_data


def quote_prefix(page):
    return next(
        f.formset.prefix for f in page.context["inline_admin_formsets"] if f.formset.model is Quote
    )


def test_editor_confirms_a_quote_and_changes_its_speaker_inline(client, editor):
    quote = factories.QuoteFactory(confidence=0.4)
    right = factories.PersonFactory(name="Джейхун Байрамов")
    client.force_login(editor)
    page = client.get(change_url(quote.article))
    assert "⚠" in page.content.decode()  # low confidence is flagged
    prefix = quote_prefix(page)
    data = form_data(page)
    data[f"{prefix}-0-status"] = "confirmed"
    data[f"{prefix}-0-speaker"] = right.pk
    assert client.post(change_url(quote.article), data).status_code == 302
    quote.refresh_from_db()
    assert quote.status == "confirmed" and quote.speaker == right
    assert AuditEntry.objects.filter(action="quote", actor=editor, to_status="confirmed").exists()


def test_reporter_cannot_confirm_quotes(client, reporter):
    quote = factories.QuoteFactory()
    client.force_login(reporter)
    page = client.get(change_url(quote.article))
    prefix = quote_prefix(page)
    data = form_data(page)
    data[f"{prefix}-0-status"] = "confirmed"
    client.post(change_url(quote.article), data)
    quote.refresh_from_db()
    assert quote.status == "suggested"
    response = client.post(
        reverse("admin:articles_quote_changelist"),
        {"action": "confirm_selected", "_selected_action": [quote.pk]},
    )
    assert response.status_code in (200, 302)
    quote.refresh_from_db()
    assert quote.status == "suggested"


def test_editor_confirms_and_rejects_quotes_in_bulk(client, editor):
    quotes = factories.QuoteFactory.create_batch(2)
    client.force_login(editor)
    changelist = reverse("admin:articles_quote_changelist")
    client.post(changelist, {"action": "reject_selected", "_selected_action": [quotes[0].pk]})
    client.post(changelist, {"action": "confirm_selected", "_selected_action": [quotes[1].pk]})
    assert [q.status for q in Quote.objects.order_by("pk")] == ["rejected", "confirmed"]
    assert client.get(changelist, {"needs_review": "yes"}).status_code == 200


def test_editor_merges_people_from_the_list(client, editor):
    keep = factories.PersonFactory(name="Ильхам Алиев")
    duplicate = factories.PersonFactory(name="Алиев Ильхам")
    factories.QuoteFactory(speaker=duplicate)
    client.force_login(editor)
    changelist = reverse("admin:articles_person_changelist")
    ids = [keep.pk, duplicate.pk]
    confirm = client.post(changelist, {"action": "merge_selected", "_selected_action": ids})
    assert confirm.status_code == 200 and "Алиев Ильхам" in confirm.content.decode()
    client.post(
        changelist,
        {"action": "merge_selected", "_selected_action": ids, "apply": "1", "keep": keep.pk},
    )
    assert list(Person.objects.values_list("name", flat=True)) == ["Ильхам Алиев"]
    assert keep.quotes.count() == 1
    assert keep.aliases.filter(name="Алиев Ильхам").exists()
    assert AuditEntry.objects.filter(action="merge", actor=editor).exists()


def test_reporter_is_not_offered_the_merge(client, reporter):
    factories.PersonFactory.create_batch(2)
    client.force_login(reporter)
    response = client.get(reverse("admin:articles_person_changelist"))
    form = response.context["action_form"]
    choices = [value for value, _ in form.fields["action"].choices] if form else []
    assert "merge_selected" not in choices
    ids = list(Person.objects.values_list("pk", flat=True))
    client.post(
        reverse("admin:articles_person_changelist"),
        {"action": "merge_selected", "_selected_action": ids, "apply": "1", "keep": ids[0]},
    )
    assert Person.objects.count() == 2


def autocomplete(client, model, field, term):
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": model, "field_name": field, "term": term},
    )
    assert response.status_code == 200
    return [item["text"] for item in json.loads(response.content)["results"]]


def test_topic_autocomplete_offers_only_active_concepts(client, reporter):
    active = Topic.objects.active().exclude(name_ru="").first()
    Topic.objects.filter(pk=active.pk).update(retired="2020-01-01")
    client.force_login(reporter)
    found = autocomplete(client, "articletopic", "topic", active.name_ru)
    assert str(active) not in found
    other = Topic.objects.active().exclude(name_ru="").first()
    assert str(other) in autocomplete(client, "articletopic", "topic", other.name_ru)


@pytest.mark.parametrize(
    ("model", "field", "make", "term"),
    [
        ("quote", "speaker", lambda: factories.PersonFactory(name="Лейла Абдуллаева"), "Лейла"),
        ("mention", "person", lambda: factories.PersonFactory(name="Лейла Абдуллаева"), "Абдул"),
        ("article", "places", lambda: factories.PlaceFactory(name="Баку"), "Бак"),
        ("article", "organisations", lambda: factories.OrganisationFactory(name="ООН"), "ООН"),
    ],
)
def test_autocomplete_for_people_places_organisations(client, reporter, model, field, make, term):
    made = make()
    client.force_login(reporter)
    assert str(made) in autocomplete(client, model, field, term)


@pytest.mark.parametrize(
    "model",
    [
        "article", "person", "quote", "topic", "place", "organisation",
        "auditentry", "previewlink", "apitoken", "editlock",
    ],
)  # fmt: skip
def test_every_model_has_a_searchable_list(client, superuser, model):
    client.force_login(superuser)
    response = client.get(reverse(f"admin:articles_{model}_changelist"), {"q": "а"})
    assert response.status_code == 200


def test_audit_log_is_read_only_for_editors(client, editor):
    entry = AuditEntry.objects.create(action="import", note="тест")
    client.force_login(editor)
    assert client.get(reverse("admin:articles_auditentry_changelist")).status_code == 200
    assert client.get(reverse("admin:articles_auditentry_add")).status_code == 403
    url = reverse("admin:articles_auditentry_change", args=[entry.pk])
    assert client.post(url, {"note": "подделка"}).status_code == 403
    entry.refresh_from_db()
    assert entry.note == "тест"


def test_new_api_token_is_shown_once_and_stored_hashed(client, superuser):
    client.force_login(superuser)
    response = client.post(
        reverse("admin:articles_apitoken_add"),
        {"user": superuser.pk, "name": "фотослужба"},
        follow=True,
    )
    token = ApiToken.objects.get()
    shown = [str(m) for m in response.context["messages"]]
    raw = next(m for m in shown if token.prefix in m).rsplit(" ", 1)[1]
    assert raw.startswith(token.prefix) and raw != token.key_hash
    from articles.api.tokens import active_token

    assert active_token(raw) == token
    again = client.get(reverse("admin:articles_apitoken_change", args=[token.pk]))
    assert raw not in again.content.decode()


def test_reporter_cannot_change_a_quote_of_a_published_story_through_the_quote_list(
    client, reporter
):
    quote = factories.QuoteFactory(article=factories.ArticleFactory(published=True))
    client.force_login(reporter)
    url = reverse("admin:articles_quote_change", args=[quote.pk])
    response = client.post(url, {"text": "Подмена", "position": 1, "kind": "direct"})
    assert response.status_code == 403
    quote.refresh_from_db()
    assert quote.text != "Подмена"


def test_reporter_cannot_confirm_through_the_quote_form(client, reporter):
    quote = factories.QuoteFactory()
    client.force_login(reporter)
    url = reverse("admin:articles_quote_change", args=[quote.pk])
    client.post(
        url,
        {
            "article": quote.article_id, "speaker": quote.speaker_id, "text": quote.text,
            "position": quote.position, "kind": "direct", "status": "confirmed",
        },
    )  # fmt: skip
    quote.refresh_from_db()
    assert quote.status == "suggested"


def test_a_retired_topic_cannot_be_attached_by_posting_it(client, editor):
    article = factories.ArticleFactory()
    retired = Topic.objects.active().first()
    Topic.objects.filter(pk=retired.pk).update(retired="2020-01-01")
    client.force_login(editor)
    page = client.get(change_url(article))
    prefix = next(
        f.formset.prefix
        for f in page.context["inline_admin_formsets"]
        if f.formset.model.__name__ == "ArticleTopic"
    )
    data = form_data(page)
    data.update({f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-0-topic": retired.pk})
    data[f"{prefix}-0-confidence"] = "1"
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    assert not article.topics.exists()
