"""Query parameters: each filter narrows the list; each bad value is a 400 naming it."""

import datetime as dt

import pytest
from django.utils import timezone

from tests import factories


def slugs(response):
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


@pytest.fixture
def stories(db):
    now = timezone.now()
    economy = factories.ArticleFactory(
        published=True,
        slug="economy",
        headline="Посол обсудил торговлю",
        topics=["medtop:20000344"],
        published_at=now - dt.timedelta(days=3),
    )
    # A narrower topic of economy (medtop:20000344 → medtop:20000350).
    narrower = factories.ArticleFactory(
        published=True,
        slug="narrower",
        language="en",
        headline="Energy deal signed",
        topics=["medtop:20000350"],
        published_at=now - dt.timedelta(days=2),
    )
    arts = factories.ArticleFactory(
        published=True,
        slug="arts",
        headline="Выставка открылась",
        topics=["medtop:20000002"],
        published_at=now - dt.timedelta(days=1),
    )
    person = factories.PersonFactory(slug="posol")
    factories.MentionFactory(article=economy, person=person)
    factories.QuoteFactory(article=arts, speaker=person, position=1)
    economy.places.add(factories.PlaceFactory(slug="baku"))
    narrower.organisations.add(factories.OrganisationFactory(slug="opec"))
    return economy, narrower, arts


def test_default_order_is_newest_first(api, stories):
    assert slugs(api.get("/api/v1/articles/")) == ["arts", "narrower", "economy"]


def test_topic_includes_narrower_topics(api, stories):
    assert slugs(api.get("/api/v1/articles/", {"topic": "medtop:20000344"})) == [
        "narrower",
        "economy",
    ]
    assert slugs(api.get("/api/v1/articles/", {"topic": "20000350"})) == ["narrower"]
    assert slugs(api.get("/api/v1/articles/", {"topic": "medtop:04000000"})) == [
        "narrower",
        "economy",
    ]


def test_person_finds_stories_that_name_or_quote_them(api, stories):
    assert slugs(api.get("/api/v1/articles/", {"person": "posol"})) == ["arts", "economy"]
    assert slugs(api.get("/api/v1/articles/", {"person": "nobody"})) == []


def test_place_organisation_and_language(api, stories):
    assert slugs(api.get("/api/v1/articles/", {"place": "baku"})) == ["economy"]
    assert slugs(api.get("/api/v1/articles/", {"organisation": "opec"})) == ["narrower"]
    assert slugs(api.get("/api/v1/articles/", {"language": "en"})) == ["narrower"]


def test_published_after_and_before(api, stories):
    economy, narrower, arts = stories
    assert slugs(
        api.get("/api/v1/articles/", {"published_after": narrower.published_at.isoformat()})
    ) == ["arts", "narrower"]
    assert slugs(
        api.get("/api/v1/articles/", {"published_before": narrower.published_at.isoformat()})
    ) == ["economy"]
    day = timezone.localdate(arts.published_at).isoformat()
    assert "arts" in slugs(api.get("/api/v1/articles/", {"published_after": day}))


def test_full_text_search_folds_cyrillic_case(api, stories):
    assert slugs(api.get("/api/v1/articles/", {"q": "ПОСОЛ"})) == ["economy"]
    assert slugs(api.get("/api/v1/articles/", {"q": "energy"})) == ["narrower"]


def test_full_text_search_filters_every_match_not_only_the_pages_ranked_candidates(
    api, db, monkeypatch
):
    from articles import search

    monkeypatch.setattr(search, "CANDIDATES", 2)  # the public search page ranks only these
    now = timezone.now()
    for age in range(3):
        factories.ArticleFactory(
            published=True,
            slug=f"tender-{age}",
            headline="Тендер на строительство объявлен",
            published_at=now - dt.timedelta(days=age + 1),
        )

    found = slugs(api.get("/api/v1/articles/", {"q": "тендер", "ordering": "published_at"}))

    assert found == ["tender-2", "tender-1", "tender-0"]


def test_ordering(api, stories):
    assert slugs(api.get("/api/v1/articles/", {"ordering": "published_at"})) == [
        "economy",
        "narrower",
        "arts",
    ]


def test_quote_filters(api, stories):
    def texts(params):
        response = api.get("/api/v1/quotes/", params)
        assert response.status_code == 200, response.content
        return [q["article"]["slug"] for q in response.json()["results"]]

    assert texts({"person": "posol"}) == ["arts"]
    assert texts({"topic": "medtop:01000000"}) == ["arts"]
    assert texts({"topic": "medtop:20000344"}) == []
    assert texts({"language": "en"}) == []


def test_topic_filters(api, stories):
    response = api.get("/api/v1/topics/", {"broader": "medtop:20000344"})
    assert [t["qcode"] for t in response.json()["results"]] == ["medtop:20000350"]
    response = api.get("/api/v1/topics/", {"level": 2})
    assert [t["qcode"] for t in response.json()["results"]] == [
        "medtop:20000002",
        "medtop:20000344",
    ]


@pytest.mark.parametrize(
    ("endpoint", "parameter", "value"),
    [
        ("articles", "published_after", "yesterday"),
        ("articles", "published_after", "2025-13-45"),
        ("articles", "published_before", "0001-01-01T00:00:00+14:00"),
        ("articles", "updated_after", "2025-05-01T25:00"),
        ("articles", "ordering", "headline"),
        ("articles", "language", "de"),
        ("articles", "status", "secret"),
        ("articles", "topic", "economy"),
        ("articles", "topic", "medtop:99999999"),
        ("articles", "cursor", "not-a-cursor"),
        ("articles", "page_size", "0"),
        ("articles", "page_size", "101"),
        ("articles", "page_size", "ten"),
        ("quotes", "article", "99999999999999999999999"),
        ("quotes", "article", "x"),
        ("people", "article", "-3"),
        ("topics", "level", "100000000000000000000"),
        ("quotes", "ordering", "-text"),
    ],
)
def test_bad_values_are_400s_naming_the_parameter(api, db, endpoint, parameter, value):
    response = api.get(f"/api/v1/{endpoint}/", {parameter: value})

    assert response.status_code == 400, response.content
    [error] = response.json()["errors"]
    assert error["parameter"] == parameter
    assert error["message"]
