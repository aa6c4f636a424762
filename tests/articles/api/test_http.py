"""HTTP at the edges: conditional GET, CORS for read-only use, rate limits with Retry-After."""

import pytest
from django.test import override_settings
from rest_framework.settings import api_settings

from tests import factories


def test_etag_and_last_modified_give_304_on_repeat_reads(api, story):
    url = f"/api/v1/articles/{story.pk}/"
    first = api.get(url)

    assert first["ETag"].startswith(f'"v{story.version}-')
    assert first["Last-Modified"]
    assert api.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304


def test_a_changed_quote_changes_the_etag(api, editor_api, story):
    url = f"/api/v1/articles/{story.pk}/"
    tag = api.get(url)["ETag"]
    quote = story.quotes.first()
    editor_api.post(f"/api/v1/quotes/{quote.pk}/review/", {"status": "rejected"}, format="json")

    response = api.get(url, HTTP_IF_NONE_MATCH=tag)

    assert response.status_code == 200
    assert len(response.json()["quotes"]) == 2


def test_lists_are_conditional_too(api, story):
    first = api.get("/api/v1/quotes/")
    assert api.get("/api/v1/quotes/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    factories.QuoteFactory(article=story, position=9)
    assert api.get("/api/v1/quotes/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_cors_allows_reading_from_any_origin(api, story):
    response = api.get("/api/v1/articles/", HTTP_ORIGIN="https://partner.example")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_cors_preflight_allows_only_reading(api, db):
    response = api.options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )

    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_cors_stays_off_outside_the_api(client, db):
    response = client.get("/healthz", HTTP_ORIGIN="https://partner.example")

    assert "Access-Control-Allow-Origin" not in response


@pytest.fixture
def low_rates():
    rates = {"anon": "3/min", "token": "2/min"}
    with override_settings(REST_FRAMEWORK={**_rest_framework(), "DEFAULT_THROTTLE_RATES": rates}):
        yield


def _rest_framework():
    from django.conf import settings

    return settings.REST_FRAMEWORK


def test_anonymous_callers_are_throttled_with_retry_after(api, db, low_rates):
    assert api_settings.DEFAULT_THROTTLE_RATES["anon"] == "3/min"
    # Four different reads: a repeat of one would be a cached answer, which is not throttled.
    statuses = [api.get(f"/api/v1/topics/?level={level}").status_code for level in range(1, 5)]

    assert statuses == [200, 200, 200, 429]
    response = api.get("/api/v1/topics/")
    assert int(response["Retry-After"]) > 0
    assert response.json()["errors"][0]["code"] == "throttled"


def test_each_token_has_its_own_budget(editor_api, reporter_api, low_rates):
    assert [editor_api.get("/api/v1/topics/").status_code for _ in range(3)] == [200, 200, 429]
    assert reporter_api.get("/api/v1/topics/").status_code == 200
