"""The page cache and HTTP validators: repeat visits cost nothing, and any change a reader can
see (publish, withdraw, edit, a scheduled story going live) shows at once."""

import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article, Quote
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
