"""Anonymous API reads come from the public cache, in front of the middleware and the view;
the desk (a token or a session) never reads or fills it, and any public change shows at once."""

from unittest import mock

import pytest
from rest_framework.test import APIClient

from articles.api.views import ArticleViewSet
from articles.cache import site_state

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"


def headlines(response):
    return {item["headline"] for item in response.json()["results"]}


@pytest.fixture
def running_site(story):
    site_state()  # the cache generation exists, as on any running site
    return story


def test_repeat_anonymous_read_skips_the_view_and_the_database(api, running_site):
    first = api.get(LIST)
    with (
        mock.patch.object(ArticleViewSet, "list", side_effect=AssertionError("view reached")),
        mock.patch("rest_framework.throttling.SimpleRateThrottle.allow_request") as throttle,
    ):
        again = api.get(LIST)
    assert again.status_code == 200
    assert again.content == first.content
    throttle.assert_not_called()  # a cached answer is not counted against the rate limit


def test_cached_read_costs_no_query(api, running_site, django_assert_num_queries):
    url = f"/api/v1/articles/{running_site.pk}/"
    api.get(url)
    with django_assert_num_queries(0):
        assert api.get(url).status_code == 200


def test_hit_and_miss_carry_the_same_etag_and_headers(api, running_site):
    url = f"/api/v1/articles/{running_site.pk}/"
    miss = api.get(url, HTTP_ORIGIN="https://partner.example")
    hit = api.get(url, HTTP_ORIGIN="https://partner.example")
    assert miss["ETag"].startswith(f'"v{running_site.version}-')
    for header in ("ETag", "Last-Modified", "Content-Type", "Vary"):
        assert hit[header] == miss[header], header
    # The middleware outside the cache still adds its headers to a cached answer.
    assert hit["Access-Control-Allow-Origin"] == "*"
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in hit


def test_304_from_the_front(api, running_site, django_assert_num_queries):
    first = api.get(LIST)
    with django_assert_num_queries(0):
        again = api.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]


def test_format_and_language_are_cached_apart(api, running_site):
    url = f"/api/v1/articles/{running_site.pk}/"
    json_body = api.get(url).content
    ninjs = api.get(url, {"format": "ninjs"})
    assert ninjs.content != json_body and "uri" in ninjs.json()
    russian = api.get(url).json()["url"]
    english = api.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["url"]
    assert "/en/" in english and "/en/" not in russian


def test_the_desk_never_fills_the_cache_with_drafts(api, editor_api, running_site, draft):
    desk = editor_api.get(LIST)
    assert draft.headline in headlines(desk)
    public = api.get(LIST)
    assert draft.headline not in headlines(public)
    assert draft.headline not in api.get(f"/api/v1/articles/{draft.pk}/").content.decode()
    assert api.get(f"/api/v1/articles/{draft.pk}/").status_code == 404


def test_token_reads_reach_the_view_even_when_cached(api, editor_api, running_site):
    api.get(LIST)
    calls = []
    original = ArticleViewSet.list

    def counting(self, request, *args, **kwargs):
        calls.append(request)
        return original(self, request, *args, **kwargs)

    with mock.patch.object(ArticleViewSet, "list", counting):
        editor_api.get(LIST)
        editor_api.get(LIST)
    assert len(calls) == 2


def test_session_reads_neither_read_nor_fill_the_cache(api, editor, running_site, draft):
    desk = APIClient()
    desk.force_login(editor)
    api.get(LIST)
    assert draft.headline in headlines(desk.get(LIST))  # not the cached public list
    assert draft.headline not in headlines(api.get(LIST))


def test_publishing_withdrawing_and_editing_show_at_once(api, editor_api, running_site, draft):
    def transition(article, name):
        url = f"/api/v1/articles/{article.pk}/transition/"
        response = editor_api.post(url, {"transition": name}, format="json")
        assert response.status_code == 200, response.content

    assert draft.headline not in headlines(api.get(LIST))
    transition(draft, "publish")
    assert draft.headline in headlines(api.get(LIST))
    transition(draft, "withdraw")
    assert draft.headline not in headlines(api.get(LIST))

    url = f"/api/v1/articles/{running_site.pk}/"
    before = api.get(url)
    tag = editor_api.get(url)["ETag"]
    edited = editor_api.patch(
        url, {"headline": "Новый заголовок"}, format="json", HTTP_IF_MATCH=tag
    )
    assert edited.status_code == 200, edited.content
    after = api.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after.json()["headline"] == "Новый заголовок"
    assert "Новый заголовок" in headlines(api.get(LIST))


def test_every_api_visible_change_shows_at_once(api, running_site):
    mention = running_site.mentions.select_related("person").first()
    topic = running_site.topics.first()
    api.get("/api/v1/people/"), api.get("/api/v1/topics/"), api.get(LIST)
    mention.person.name = "Другое Имя"
    mention.person.save()
    topic.name_ru = "Переименованная тема"
    topic.save()
    mention.role = "новая должность"
    mention.save()
    assert "Другое Имя" in api.get("/api/v1/people/").content.decode()
    assert "Переименованная тема" in api.get("/api/v1/topics/").content.decode()
    assert "новая должность" in api.get(LIST).content.decode()
