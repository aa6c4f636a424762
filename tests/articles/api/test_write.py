"""The desk writes through the API under the same rules as in the admin."""

import datetime as dt

import pytest
from django.utils import timezone

from articles.models import Article, AuditEntry, Quote
from tests import factories

NEW = {"headline": "Новая заметка о торговле", "body": "Абзац.", "topics": ["medtop:20000344"]}


def etag(client, article):
    return client.get(f"/api/v1/articles/{article.pk}/")["ETag"]


def test_anonymous_callers_cannot_write(api, story):
    assert api.post("/api/v1/articles/", NEW, format="json").status_code == 401
    response = api.patch(f"/api/v1/articles/{story.pk}/", {"headline": "x"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    url = f"/api/v1/articles/{story.pk}/transition/"
    assert api.post(url, {"transition": "withdraw"}, format="json").status_code == 401
    url = f"/api/v1/quotes/{story.quotes.first().pk}/review/"
    assert api.post(url, {"status": "rejected"}, format="json").status_code == 401


@pytest.mark.parametrize("client", ["reporter_api", "editor_api", "superuser_api"])
def test_the_desk_creates_drafts(request, db, client):
    response = request.getfixturevalue(client).post("/api/v1/articles/", NEW, format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "draft"
    assert body["slug"] == "novaia-zametka-o-torgovle"
    assert [t["qcode"] for t in body["topics"]] == ["medtop:20000344"]
    assert response["ETag"].startswith('"v1-')


def test_a_user_without_a_desk_role_cannot_create(db):
    from .conftest import token_client

    outsider = token_client(factories.UserFactory(username="outsider"))
    assert outsider.post("/api/v1/articles/", NEW, format="json").status_code == 403


def test_write_errors_name_the_field(editor_api, story):
    response = editor_api.post(
        "/api/v1/articles/",
        {"headline": "", "slug": story.slug, "topics": ["medtop:00000000"], "language": "xx"},
        format="json",
    )

    assert response.status_code == 400
    assert {e["parameter"] for e in response.json()["errors"]} == {
        "headline",
        "slug",
        "topics",
        "language",
    }


def test_anonymous_and_token_callers_get_json_not_html_for_malformed_bodies(editor_api, db):
    response = editor_api.post("/api/v1/articles/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"]


def test_a_reporter_edits_drafts_but_not_published_stories(reporter_api, story):
    draft = factories.ArticleFactory()
    response = reporter_api.patch(
        f"/api/v1/articles/{draft.pk}/",
        {"headline": "Правка"},
        format="json",
        HTTP_IF_MATCH=etag(reporter_api, draft),
    )
    assert response.status_code == 200, response.content
    assert response.json()["headline"] == "Правка"
    assert response.json()["version"] == 2

    response = reporter_api.patch(
        f"/api/v1/articles/{story.pk}/",
        {"headline": "Правка"},
        format="json",
        HTTP_IF_MATCH=etag(reporter_api, story),
    )
    assert response.status_code == 403


def test_an_editor_edits_published_stories(editor_api, story):
    response = editor_api.put(
        f"/api/v1/articles/{story.pk}/",
        {"headline": "Исправленный заголовок", "lead": "", "body": "Текст.", "places": []},
        format="json",
        HTTP_IF_MATCH=etag(editor_api, story),
    )

    assert response.status_code == 200, response.content
    story.refresh_from_db()
    assert story.headline == "Исправленный заголовок"
    assert story.places.count() == 0


def test_edits_without_if_match_get_428(editor_api, story):
    response = editor_api.patch(f"/api/v1/articles/{story.pk}/", {"headline": "x"}, format="json")

    assert response.status_code == 428
    assert response.json()["errors"][0]["parameter"] == "If-Match"


@pytest.mark.parametrize("header", ['"v1-deadbeef"', '"v1"', 'W/"v2-x"', '"garbage"'])
def test_a_stale_if_match_gets_412_and_changes_nothing(editor_api, story, header):
    story.headline = "Кто-то успел раньше"
    story.version = 2
    story.save()

    response = editor_api.patch(
        f"/api/v1/articles/{story.pk}/",
        {"headline": "Моя правка", "topics": []},
        format="json",
        HTTP_IF_MATCH=header,
    )

    assert response.status_code == 412
    assert response.json()["errors"][0]["parameter"] == "If-Match"
    story.refresh_from_db()
    assert story.headline == "Кто-то успел раньше"
    assert story.version == 2
    assert story.topics.count() == 1


def test_two_editors_one_etag_second_loses(editor_api, superuser_api, story):
    tag = etag(editor_api, story)
    url = f"/api/v1/articles/{story.pk}/"
    first = editor_api.patch(url, {"lead": "Первый"}, format="json", HTTP_IF_MATCH=tag)
    second = superuser_api.patch(url, {"lead": "Второй"}, format="json", HTTP_IF_MATCH=tag)

    assert first.status_code == 200
    assert second.status_code == 412
    story.refresh_from_db()
    assert story.lead == "Первый"


def transition(client, article, name, **extra):
    return client.post(
        f"/api/v1/articles/{article.pk}/transition/", {"transition": name, **extra}, format="json"
    )


def test_a_reporter_submits_but_cannot_publish(reporter_api, reporter):
    draft = factories.ArticleFactory()

    assert transition(reporter_api, draft, "publish").status_code == 403
    response = transition(reporter_api, draft, "submit", note="Готово")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "review"
    entry = AuditEntry.objects.get(article=draft, action="transition")
    assert (entry.actor, entry.from_status, entry.to_status, entry.note) == (
        reporter,
        "draft",
        "review",
        "Готово",
    )


def test_an_editor_publishes_withdraws_and_returns(editor_api, api):
    draft = factories.ArticleFactory()
    assert transition(editor_api, draft, "publish").json()["status"] == "published"
    assert api.get(f"/api/v1/articles/{draft.pk}/").status_code == 200
    assert transition(editor_api, draft, "withdraw").json()["status"] == "withdrawn"
    assert api.get(f"/api/v1/articles/{draft.pk}/").status_code == 404
    assert transition(editor_api, draft, "return").json()["status"] == "draft"


def test_a_scheduled_story_is_not_public_until_its_time(editor_api, api):
    draft = factories.ArticleFactory()
    at = timezone.now() + dt.timedelta(hours=3)

    response = transition(editor_api, draft, "publish", at=at.isoformat())

    assert response.status_code == 200
    assert api.get(f"/api/v1/articles/{draft.pk}/").status_code == 404
    draft.refresh_from_db()
    assert draft.published_at == at


def test_transition_errors(editor_api, story):
    assert transition(editor_api, story, "publish").status_code == 403  # already published
    response = transition(editor_api, story, "fly")
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "transition"
    response = transition(editor_api, story, "withdraw", at="2030-01-01T00:00:00Z")
    assert response.json()["errors"][0]["parameter"] == "at"


def test_transition_honours_a_stale_if_match(editor_api, story):
    response = editor_api.post(
        f"/api/v1/articles/{story.pk}/transition/",
        {"transition": "withdraw"},
        format="json",
        HTTP_IF_MATCH='"v0"',
    )
    assert response.status_code == 412
    story.refresh_from_db()
    assert story.status == "published"


def test_only_editors_review_quotes(reporter_api, editor_api, editor, story):
    quote = story.quotes.first()
    url = f"/api/v1/quotes/{quote.pk}/review/"

    assert reporter_api.post(url, {"status": "confirmed"}, format="json").status_code == 403
    response = editor_api.post(url, {"status": "rejected", "note": "не его слова"}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "rejected"
    assert Quote.objects.get(pk=quote.pk).status == "rejected"
    entry = AuditEntry.objects.get(action="quote")
    assert (entry.actor, entry.to_status) == (editor, "rejected")


@pytest.mark.parametrize("client", ["reporter_api", "editor_api", "superuser_api"])
def test_the_desk_reads_drafts_with_all_their_quotes(request, client, draft):
    rejected = factories.QuoteFactory(article=draft, status="rejected", position=2)
    api = request.getfixturevalue(client)

    listing = api.get("/api/v1/articles/").json()["results"]
    detail = api.get(f"/api/v1/articles/{draft.pk}/")

    assert [a["id"] for a in listing] == [draft.pk]
    assert detail.status_code == 200
    assert {q["id"] for q in detail.json()["quotes"]} >= {rejected.pk}
    assert api.get(f"/api/v1/quotes/{rejected.pk}/").status_code == 200
    assert api.get(f"/api/v1/people/{draft.people.get().pk}/").status_code == 200


def test_session_writes_need_the_csrf_token(editor, story):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.get(f"/api/v1/articles/{story.pk}/").status_code == 200
    response = client.post("/api/v1/articles/", NEW, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["errors"][0]["message"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("field", ["topics", "places", "organisations"])
def test_values_no_row_can_hold_are_400s_not_500s(editor_api, field):
    response = editor_api.post(
        "/api/v1/articles/", {"headline": "x", field: ["a\x00"]}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == field


def test_a_slug_taken_between_check_and_save_is_a_400(editor_api, story, monkeypatch):
    from articles.api.serializers import ArticleWriteSerializer

    monkeypatch.setattr(ArticleWriteSerializer, "validate_slug", lambda self, slug: slug)

    response = editor_api.post(
        "/api/v1/articles/", {"headline": "Дубль", "slug": story.slug}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "slug"
    assert Article.objects.count() == 1
