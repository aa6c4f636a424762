"""Keyset pagination: every story once, in order, even while new ones are published."""

import base64
import datetime as dt
import json

import pytest
from django.utils import timezone

from tests import factories


@pytest.fixture
def twelve(db):
    start = timezone.now() - dt.timedelta(days=1)
    return [
        factories.ArticleFactory(
            published=True, slug=f"story-{n:02}", published_at=start + dt.timedelta(minutes=n)
        )
        for n in range(12)
    ]


def walk(api, url, params=None):
    """All slugs over all pages, following `next`."""
    seen, pages = [], 0
    response = api.get(url, params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        seen += [item["slug"] for item in body["results"]]
        pages += 1
        if not body["next"]:
            return seen, pages
        response = api.get(body["next"])


def test_pages_cover_every_story_once_newest_first(api, twelve):
    seen, pages = walk(api, "/api/v1/articles/", {"page_size": 5})

    assert seen == [f"story-{n:02}" for n in reversed(range(12))]
    assert pages == 3


def test_stories_published_meanwhile_do_not_shift_the_pages(api, twelve):
    first = api.get("/api/v1/articles/", {"page_size": 5}).json()
    factories.ArticleFactory(published=True, slug="breaking")
    second = api.get(first["next"]).json()

    assert [a["slug"] for a in second["results"]] == [f"story-{n:02}" for n in (6, 5, 4, 3, 2)]


def test_ties_in_publication_time_are_broken_by_id(api, db):
    moment = timezone.now() - dt.timedelta(hours=2)
    for n in range(7):
        factories.ArticleFactory(published=True, slug=f"tie-{n}", published_at=moment)

    seen, _pages = walk(api, "/api/v1/articles/", {"page_size": 3})

    assert sorted(seen) == [f"tie-{n}" for n in range(7)]
    assert len(set(seen)) == 7


def test_previous_leads_back_to_the_page_before(api, twelve):
    first = api.get("/api/v1/articles/", {"page_size": 4}).json()
    second = api.get(first["next"]).json()
    back = api.get(second["previous"]).json()

    assert first["previous"] is None
    assert back["results"] == first["results"]


def test_ascending_order_and_other_endpoints_paginate_too(api, twelve):
    seen, _pages = walk(api, "/api/v1/articles/", {"page_size": 5, "ordering": "published_at"})
    assert seen == [f"story-{n:02}" for n in range(12)]
    factories.MentionFactory(article=twelve[0])
    factories.MentionFactory(article=twelve[1])
    factories.MentionFactory(article=twelve[2])
    people, pages = [], 0
    body = api.get("/api/v1/people/", {"page_size": 2}).json()
    while True:
        people += [p["name"] for p in body["results"]]
        pages += 1
        if not body["next"]:
            break
        body = api.get(body["next"]).json()
    assert people == sorted(people) and len(people) == 3 and pages == 2


def test_a_cursor_of_another_ordering_is_refused(api, twelve):
    cursor = api.get("/api/v1/articles/", {"page_size": 2}).json()["next"]
    response = api.get(cursor + "&ordering=published_at")

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "cursor"


@pytest.mark.parametrize(
    "payload",
    [
        {"o": "-published_at", "v": "not a date", "p": 1, "b": False},
        {"o": "-published_at", "v": "2025-01-01T00:00:00Z", "p": "1", "b": False},
        {"o": "-published_at", "v": "2025-01-01T00:00:00Z", "p": 2**70, "b": False},
        {"o": "-published_at", "v": None, "p": 1, "b": False},
        {"o": "-published_at", "v": 5, "p": 1, "b": "yes"},
        {"o": "-published_at"},
        [1, 2, 3],
    ],
)
def test_forged_cursors_are_400s(api, db, payload):
    token = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode()

    response = api.get("/api/v1/articles/", {"cursor": token})

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "cursor"


def test_the_desk_pages_through_drafts_without_publication_time(editor_api, twelve):
    for n in range(3):
        factories.ArticleFactory(slug=f"draft-{n}")

    seen, _pages = walk(editor_api, "/api/v1/articles/", {"page_size": 4})

    assert len(seen) == 15 and len(set(seen)) == 15
    assert seen[-3:] == ["draft-2", "draft-1", "draft-0"]
    first = editor_api.get("/api/v1/articles/", {"page_size": 14}).json()
    last = editor_api.get(first["next"]).json()
    assert [a["slug"] for a in last["results"]] == ["draft-0"]
    assert [a["slug"] for a in editor_api.get(last["previous"]).json()["results"]][-2:] == [
        "draft-2",
        "draft-1",
    ]


@pytest.mark.parametrize("value", ["Персона\x00", 5, ["a"]])
def test_forged_text_cursors_are_400s(api, story, value):
    token = base64.urlsafe_b64encode(
        json.dumps({"o": "name", "v": value, "p": 1, "b": False}).encode()
    ).decode()

    response = api.get("/api/v1/people/", {"cursor": token})

    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "cursor"
