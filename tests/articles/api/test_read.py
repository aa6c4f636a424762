"""What anyone may read: published stories and what they mention, never a draft."""

import pytest

from tests import factories

ENDPOINTS = ["articles", "quotes", "people", "topics", "places", "organisations"]


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_anonymous_list_shows_a_published_story_with_quotes_speakers_and_roles(api, story):
    [article] = results(api.get("/api/v1/articles/"))

    assert article["headline"] == story.headline
    assert article["status"] == "published"
    assert [q["speaker"]["name"] for q in article["quotes"]] == [
        "Агалар Атамогланов",
        "Агалар Атамогланов",
        "Джейхун Байрамов",
    ]
    assert article["quotes"][0]["speaker"]["role"] == "посол Азербайджана"
    assert {p["name"]: p["role"] for p in article["people"]} == {
        "Агалар Атамогланов": "посол Азербайджана",
        "Джейхун Байрамов": "министр иностранных дел",
    }
    assert article["topics"] == [
        {
            "qcode": "medtop:20000344",
            "uri": "http://cv.iptc.org/newscodes/mediatopic/20000344",
            "name_en": "economy",
            "name_ru": article["topics"][0]["name_ru"],
        }
    ]
    assert article["topics"][0]["name_ru"]
    assert [p["slug"] for p in article["places"]] == ["astana"]
    assert [o["slug"] for o in article["organisations"]] == ["mid"]


def test_anonymous_detail_matches_the_list(api, story):
    response = api.get(f"/api/v1/articles/{story.pk}/")

    assert response.status_code == 200
    assert response.json() == results(api.get("/api/v1/articles/"))[0]


@pytest.mark.parametrize("fmt", ["json", "ninjs"])
def test_a_draft_is_never_visible_to_anonymous_callers(api, story, draft, fmt):
    scheduled = factories.ArticleFactory(scheduled=True, headline="Завтрашняя новость")
    withdrawn = factories.ArticleFactory(status="withdrawn", headline="Отозванная новость")
    hidden = [draft, scheduled, withdrawn]

    listing = api.get("/api/v1/articles/", {"format": fmt}).content.decode()
    for article in hidden:
        assert article.headline not in listing
        assert api.get(f"/api/v1/articles/{article.pk}/", {"format": fmt}).status_code == 404
    for endpoint in ENDPOINTS:
        body = api.get(f"/api/v1/{endpoint}/", {"page_size": 100}).content.decode()
        for secret in ["Секретный", "Тайный Источник", "Черновая цитата", "Черновград", "контора"]:
            assert secret not in body, endpoint
        assert "20000002" not in body


def test_private_people_places_and_topics_are_not_found(api, draft):
    person = draft.people.get()
    assert api.get(f"/api/v1/people/{person.pk}/").status_code == 404
    assert api.get(f"/api/v1/places/{draft.places.get().pk}/").status_code == 404
    assert api.get(f"/api/v1/organisations/{draft.organisations.get().pk}/").status_code == 404
    assert api.get(f"/api/v1/topics/{draft.topics.get().pk}/").status_code == 404
    assert api.get(f"/api/v1/quotes/{draft.quotes.get().pk}/").status_code == 404


def test_people_filter_by_a_draft_reveals_nothing(api, story, draft):
    assert results(api.get("/api/v1/people/", {"article": draft.pk})) == []
    assert results(api.get("/api/v1/places/", {"article": draft.pk})) == []


def test_a_person_named_in_a_draft_shows_their_public_role_only(api, story):
    ambassador = story.people.get(slug="agalar-atamoglanov")
    later_draft = factories.ArticleFactory()
    factories.MentionFactory(article=later_draft, person=ambassador, role="министр (черновик)")
    ambassador.role = "министр (черновик)"
    ambassador.save()

    person = api.get(f"/api/v1/people/{ambassador.pk}/").json()

    assert person["role"] == "посол Азербайджана"


def test_rejected_quotes_are_not_public(api, story):
    quote = story.quotes.first()
    quote.status = "rejected"
    quote.save()

    assert len(results(api.get("/api/v1/articles/"))[0]["quotes"]) == 2
    assert api.get(f"/api/v1/quotes/{quote.pk}/").status_code == 404


def test_quotes_come_with_speaker_and_article(api, story):
    quotes = results(api.get("/api/v1/quotes/"))

    assert len(quotes) == 3
    first = quotes[0]
    assert first["article"] == {
        "id": story.pk,
        "headline": story.headline,
        "slug": story.slug,
        "language": "ru",
        "published_at": first["article"]["published_at"],
    }
    assert first["speaker"]["slug"] in {"agalar-atamoglanov", "dzheikhun-bairamov"}
    assert first["speaker"]["role"]


def test_people_topics_places_and_organisations_list_what_published_stories_mention(api, story):
    assert [p["slug"] for p in results(api.get("/api/v1/people/"))] == [
        "agalar-atamoglanov",
        "dzheikhun-bairamov",
    ]
    [topic] = results(api.get("/api/v1/topics/"))
    assert topic["qcode"] == "medtop:20000344"
    assert topic["broader"] == "medtop:04000000"
    assert [p["name"] for p in results(api.get("/api/v1/places/"))] == ["Астана"]
    assert [o["name"] for o in results(api.get("/api/v1/organisations/"))] == ["МИД"]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_detail_endpoint_answers_json_404_for_bad_ids(api, endpoint, db):
    for bad in ["0", "abc", "99999999999999999999999", "-1", str(2**63)]:
        response = api.get(f"/api/v1/{endpoint}/{bad}/")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json()["errors"][0]["code"] == "not_found"


def test_unknown_api_addresses_are_json_404(api, db):
    response = api.get("/api/v2/whatever/")

    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "not_found"


def test_seed_article_is_listed_with_its_five_quotes_and_speaker(api, seed_article):
    [article] = results(api.get("/api/v1/articles/"))

    assert article["id"] == seed_article.pk
    assert len(article["quotes"]) == 5
    assert all(q["speaker"] and q["speaker"]["name"] for q in article["quotes"])


def test_links_to_the_site_follow_get_absolute_url_in_the_callers_language(api, story):
    from django.utils import translation

    place = story.places.get()
    for language in ["ru", "en"]:
        [article] = results(api.get("/api/v1/articles/", HTTP_ACCEPT_LANGUAGE=language))
        with translation.override(language):
            assert article["url"] == "http://testserver" + story.get_absolute_url()
            assert article["places"][0]["url"] == "http://testserver" + place.get_absolute_url()
