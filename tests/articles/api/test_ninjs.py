"""`?format=ninjs` answers IPTC ninjs 3.1 documents that validate against IPTC's own schema."""

import json

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import FIXTURES

SCHEMA = json.loads((FIXTURES / "ninjs" / "ninjs-schema_3.1.json").read_text())


def validate(document):
    validator = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []


def test_ninjs_detail_validates_and_carries_the_story(api, story):
    response = api.get(f"/api/v1/articles/{story.pk}/", {"format": "ninjs"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    item = response.json()
    validate(item)
    assert item["uri"] == f"http://testserver/api/v1/articles/{story.pk}/"
    assert item["type"] == "text"
    assert item["version"] == "1"
    assert item["pubStatus"] == "usable"
    assert item["language"] == "ru"
    assert item["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": story.headline}
    ]
    assert item["bodies"][0]["value"] == "Первый абзац текста.\n\nВторой абзац текста."
    assert item["bodies"][1]["value"] == "<p>Первый абзац текста.</p><p>Второй абзац текста.</p>"
    [subject] = item["subjects"]
    assert subject["uri"] == "http://cv.iptc.org/newscodes/mediatopic/20000344"
    assert subject["literal"] == "medtop:20000344"
    assert subject["name"]
    assert [p["name"] for p in item["people"]] == ["Агалар Атамогланов", "Джейхун Байрамов"]
    assert [p["name"] for p in item["places"]] == ["Астана"]
    assert [o["name"] for o in item["organisations"]] == ["МИД"]
    assert item["infoSources"] == [{"name": "Report", "role": "originator"}]
    assert item["standard"]["version"] == "3.1"


def test_ninjs_list_items_all_validate(api, story, article_factory):
    article_factory(published=True, language="en", source="", lead="", body="")

    response = api.get("/api/v1/articles/", {"format": "ninjs"})

    assert response.status_code == 200
    items = response.json()["results"]
    assert len(items) == 2
    for item in items:
        validate(item)


@pytest.mark.parametrize(
    ("status", "scheduled", "pub_status"),
    [("draft", False, "withheld"), ("withdrawn", False, "canceled"), ("published", True, "usable")],
)
def test_the_desk_sees_unpublished_states_in_ninjs(
    editor_api, article_factory, status, scheduled, pub_status
):
    article = article_factory(scheduled=True) if scheduled else article_factory(status=status)

    item = editor_api.get(f"/api/v1/articles/{article.pk}/", {"format": "ninjs"}).json()

    validate(item)
    assert item["pubStatus"] == pub_status
    assert ("embargoedUntil" in item) == scheduled


def test_ninjs_errors_are_plain_json(api, db):
    response = api.get("/api/v1/articles/12345/", {"format": "ninjs"})

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_seed_article_ninjs_validates(api, seed_article):
    response = api.get(f"/api/v1/articles/{seed_article.pk}/", {"format": "ninjs"})

    item = response.json()
    validate(item)
    assert item["headlines"][0]["value"] == seed_article.headline
    assert item["people"] and item["subjects"]


@pytest.mark.parametrize(
    ("url", "fmt"), [("/api/v1/articles/", "xml"), ("/api/v1/quotes/", "ninjs")]
)
def test_an_unknown_format_is_a_400_naming_it(api, story, url, fmt):
    response = api.get(url, {"format": fmt})

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "format"
