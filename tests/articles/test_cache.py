"""The page cache and HTTP validators: repeat visits cost nothing, and any change a reader can
see (publish, withdraw, edit, a scheduled story going live) shows at once."""

import datetime as dt
from unittest import mock

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import timezone

from articles import services
from articles.cache import (
    REPLICA_SETTLE,
    cached_response,
    entry_key,
    keep,
    mark_cacheable,
    site_state,
)
from articles.models import Article, Quote
from articles.views import ArticleView, HomeView
from tests import factories
from tests.articles.site_data import build_site, build_story

pytestmark = pytest.mark.django_db


def html(client, url):
    return client.get(url).content.decode()


def test_cached_page_costs_no_query(client, django_assert_num_queries):
    site = build_site()
    url = site.ru.get_absolute_url()
    first = html(client, url)
    with django_assert_num_queries(0):
        assert html(client, url) == first


def test_etag_and_last_modified_give_304(client):
    site = build_site()
    first = client.get("/")
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert client.get("/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    site.ru.headline = "Другой заголовок"
    site.ru.save()
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]


def test_feeds_and_sitemaps_answer_304_too(client):
    build_site()
    for url in ("/feed/", "/feed/atom/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt"):
        first = client.get(url)
        assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304, url


def test_publishing_shows_at_once(client, editor):
    build_site()
    draft = build_story(headline="Только что опубликовано", published=False)
    assert draft.headline not in html(client, "/")
    services.transition_article(article=draft, name="publish", by=editor)
    assert draft.headline in html(client, "/")
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_withdrawing_hides_at_once_everywhere(client, editor):
    site = build_site()
    urls = [
        "/",
        site.ru.get_absolute_url(),
        "/feed/",
        "/sitemap.xml",
        site.person.get_absolute_url(),
    ]
    for url in urls:
        client.get(url)
    services.transition_article(article=site.ru, name="withdraw", by=editor)
    assert client.get(site.ru.get_absolute_url()).status_code == 404
    for url in ("/", "/feed/", "/sitemap.xml"):
        assert site.ru.headline not in html(client, url) and site.ru.slug not in html(client, url)


def test_editing_a_quote_shows_at_once(client):
    site = build_site()
    quote = site.ru.quotes.first()
    url = quote.speaker.get_absolute_url()
    assert quote.text in html(client, url)
    quote.status = Quote.Review.REJECTED
    quote.save()
    assert quote.text not in html(client, url)


def test_editing_a_person_shows_at_once(client):
    site = build_site()
    url = site.person.get_absolute_url()
    html(client, url)
    site.person.name = "Новое Имя"
    site.person.save()
    assert "Новое Имя" in html(client, url)


def test_scheduled_story_goes_live_by_itself(client):
    build_site()
    soon = timezone.now() + dt.timedelta(hours=1)
    scheduled = build_story(headline="Запланированная новость", published=False, scheduled=True)
    Article.objects.filter(pk=scheduled.pk).update(published_at=soon)  # no signal on purpose
    assert scheduled.headline not in html(client, "/")
    later = soon + dt.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert scheduled.headline in html(client, "/")


def test_pages_differ_by_language(client):
    build_site()
    assert 'lang="ru"' in html(client, "/")
    assert '<html lang="en">' in html(client, "/en/")
    assert '<html lang="ru">' in html(client, "/")


def test_error_pages_are_not_cached(client):
    build_site()
    story = factories.ArticleFactory(slug="pozzhe")
    assert client.get("/news/pozzhe/").status_code == 404
    story.status, story.published_at = Article.Status.PUBLISHED, timezone.now()
    story.save()
    assert client.get("/news/pozzhe/").status_code == 200


# --- the front: PublicCacheMiddleware answers before the costly middleware and the view -----


@pytest.fixture
def running_site(db):
    site = build_site()
    site_state()  # the cache generation exists, as on any running site
    return site


def test_hit_is_answered_before_the_view(client, running_site, django_assert_num_queries):
    url = running_site.ru.get_absolute_url()
    first = client.get(url)
    with (
        mock.patch.object(ArticleView, "dispatch", side_effect=AssertionError("view reached")),
        mock.patch.object(LocaleMiddleware, "process_request") as locale,
        django_assert_num_queries(0),
    ):
        again = client.get(url)
    locale.assert_not_called()  # nor the middleware behind the front
    assert again.content == first.content
    for header in ("ETag", "Last-Modified", "Cache-Control", "Content-Type", "Content-Language"):
        assert again[header] == first[header], header
    # The middleware in front of the cache still dresses the answer.
    assert again["X-Frame-Options"] == "DENY"
    assert again["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in again


def test_304_from_the_front(client, running_site, django_assert_num_queries):
    first = client.get("/")
    with (
        mock.patch.object(HomeView, "dispatch", side_effect=AssertionError("view reached")),
        django_assert_num_queries(0),
    ):
        by_tag = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
        by_date = client.get("/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_tag.status_code == by_date.status_code == 304
    assert by_tag["ETag"] == first["ETag"]


def test_one_cache_round_trip_per_hit(client, running_site):
    url = running_site.ru.get_absolute_url()
    client.get(url)
    read = cache.get  # the local-memory backend's get_many is a loop over get: spell it out

    def one_round_trip(keys):
        return {key: value for key in keys if (value := read(key)) is not None}

    with (
        mock.patch.object(cache, "get_many", side_effect=one_round_trip) as get_many,
        mock.patch.object(cache, "get", side_effect=AssertionError("a second round trip")),
    ):
        assert client.get(url).status_code == 200
    assert get_many.call_count == 1


def test_edit_publish_withdraw_invalidate_the_front(client, editor, running_site):
    url = running_site.ru.get_absolute_url()
    client.get(url), client.get("/")
    running_site.ru.headline = "Исправленный заголовок"
    running_site.ru.save()
    assert "Исправленный заголовок" in html(client, url)
    draft = build_story(headline="Свежая заметка", published=False)
    services.transition_article(article=draft, name="publish", by=editor)
    assert "Свежая заметка" in html(client, "/")
    services.transition_article(article=draft, name="withdraw", by=editor)
    assert "Свежая заметка" not in html(client, "/")


def test_drafts_never_reach_the_cache(client, running_site):
    draft = build_story(headline="Черновик без публикации", published=False)
    for _ in range(2):
        assert client.get(draft.get_absolute_url()).status_code == 404
        assert draft.headline not in html(client, "/")


def test_pages_are_the_same_for_the_desk(client, editor, running_site):
    """Pages do not vary by user: a signed-in editor is served the cached page too."""
    url = running_site.ru.get_absolute_url()
    anonymous = client.get(url)
    client.force_login(editor)
    with mock.patch.object(ArticleView, "dispatch", side_effect=AssertionError("view reached")):
        assert client.get(url).content == anonymous.content


def test_nothing_is_kept_under_debug(client, running_site, settings):
    settings.DEBUG = True
    url = running_site.ru.get_absolute_url()
    client.get(url)
    with mock.patch.object(ArticleView, "dispatch", wraps=None) as view:
        view.return_value = HttpResponse("rendered again")
        assert client.get(url).content == b"rendered again"


def test_responses_with_cookies_or_errors_are_not_kept(rf, running_site):
    request = rf.get("/")
    key = entry_key(request)
    for response in (HttpResponse("with a cookie"), HttpResponse("gone", status=404)):
        if response.status_code == 200:
            response.set_cookie("sessionid", "x")
        keep(key, mark_cacheable(response, site_state()))
        assert cached_response(rf.get("/"), key) is None


def test_with_a_replica_a_fresh_change_is_not_kept_yet(rf, running_site):
    """The replica may not have replayed the change yet: what was read from it is not kept."""
    key = entry_key(rf.get("/"))
    state = site_state()
    with mock.patch("articles.cache.replica_in_use", return_value=True):
        keep(key, mark_cacheable(HttpResponse("maybe stale"), state))
        assert cached_response(rf.get("/"), key) is None
        settled = {**state, "changed_at": state["changed_at"] - REPLICA_SETTLE}
        keep(key, mark_cacheable(HttpResponse("settled"), settled))
    assert cached_response(rf.get("/"), key).content == b"settled"


def test_unknown_hosts_are_refused_at_the_front(client, running_site):
    url = running_site.ru.get_absolute_url()
    client.get(url)
    assert client.get(url, HTTP_HOST="evil.example").status_code == 400


def test_the_front_stops_asking_for_addresses_no_view_caches(client, running_site):
    client.get("/healthz")
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many:
        client.get("/healthz")
    get_many.assert_not_called()
