"""Sitemaps: valid against the sitemaps.org schema (and Google News'), on SITE_URL, public only."""

import datetime as dt

import pytest
from django.test import override_settings
from django.utils import timezone
from lxml import etree

from articles.templatetags.public_site import iso
from tests.articles.site_data import build_site, build_story, unpublished_states
from tests.conftest import FIXTURES

pytestmark = pytest.mark.django_db
SCHEMAS = FIXTURES / "sitemaps"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "n": "http://www.google.com/schemas/sitemap-news/0.9",
}


def validate(content, schema):
    document = etree.fromstring(content)
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert xsd.validate(document), xsd.error_log
    return document


def locations(document):
    return [loc.text for loc in document.iterfind(".//s:loc", NS)]


def test_sitemap_is_valid_and_lists_every_public_page(client):
    site = build_site()
    document = validate(client.get("/sitemap.xml").content, "sitemap.xsd")
    urls = locations(document)
    for page in (site.ru, site.en, site.person, site.topic, site.place, site.organisation):
        assert "http://testserver" + page.get_absolute_url() in urls
    assert "http://testserver/" in urls


@override_settings(SITE_URL="https://news.example.az")
def test_sitemaps_use_site_url_never_the_request_host(client):
    build_site()
    for url, schema in (
        ("/sitemap.xml", "sitemap.xsd"),
        ("/sitemap-news.xml", "sitemap-with-news.xsd"),
    ):
        urls = locations(validate(client.get(url).content, schema))
        assert urls and all(u.startswith("https://news.example.az/") for u in urls)
        assert "example.com" not in client.get(url).content.decode()


def test_news_sitemap_has_only_the_last_two_days_in_their_language(client):
    site = build_site()
    old = build_story(headline="Старая новость", published_at=timezone.now() - dt.timedelta(days=3))
    document = validate(client.get("/sitemap-news.xml").content, "sitemap-with-news.xsd")
    urls = locations(document)
    assert "http://testserver" + site.ru.get_absolute_url() in urls
    assert "http://testserver" + old.get_absolute_url() not in urls
    languages = {
        url.find("s:loc", NS).text: url.find(".//n:language", NS).text
        for url in document.iterfind("s:url", NS)
    }
    assert languages["http://testserver" + site.en.get_absolute_url()] == "en"
    assert languages["http://testserver" + site.ru.get_absolute_url()] == "ru"


def test_sitemaps_leave_out_unpublished_stories(client):
    build_site()
    hidden = [
        build_story(headline=f"Скрытая {name}", **fields)
        for name, fields in unpublished_states().items()
    ]
    for url in ("/sitemap.xml", "/sitemap-news.xml"):
        body = client.get(url).content.decode()
        for story in hidden:
            assert story.get_absolute_url() not in body


def test_robots_txt_points_to_the_sitemaps(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/sitemap-news.xml" in text
    assert "Disallow: /admin/" in text


def test_an_empty_urlset_is_what_the_schema_refuses():
    """Why the news sitemap never answers one (Google would take it; the schema does not)."""
    empty = etree.fromstring(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap-with-news.xsd")))
    assert not xsd.validate(empty)


def test_news_sitemap_without_recent_stories_lists_the_latest_without_news_tags(client):
    now = timezone.now()
    latest = build_story(headline="Вчерашняя новость", published_at=now - dt.timedelta(days=3))
    build_story(headline="Позавчерашняя новость", published_at=now - dt.timedelta(days=5))
    for fields in unpublished_states().values():
        build_story(headline="Скрытая", **fields)

    response = client.get("/sitemap-news.xml")

    assert response.status_code == 200
    document = validate(response.content, "sitemap-with-news.xsd")
    assert locations(document) == ["http://testserver" + latest.get_absolute_url()]
    assert document.find(".//n:news", NS) is None  # past the window: no news metadata
    latest.refresh_from_db()
    assert document.find(".//s:lastmod", NS).text == iso(latest.updated_at)


def test_news_sitemap_is_404_before_anything_is_published(client):
    for fields in unpublished_states().values():
        build_story(headline="Скрытая", **fields)

    assert client.get("/sitemap-news.xml").status_code == 404
