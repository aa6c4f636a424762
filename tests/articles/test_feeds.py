"""Feeds: well-formed for feedparser, absolute links on SITE_URL, each item in its language."""

import feedparser
import pytest
from django.test import override_settings

from tests.articles.site_data import build_site, build_story, feed_urls, unpublished_states

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    return feed


def test_every_feed_parses_cleanly(client):
    site = build_site()
    for url in feed_urls(site):
        feed = parse(client, url)
        assert feed.entries, url


def test_rss_and_atom_list_latest_stories_with_their_language(client):
    site = build_site()
    rss = parse(client, "/feed/")
    atom = parse(client, "/feed/atom/")
    assert rss.version == "rss20" and atom.version == "atom10"
    for feed in (rss, atom):
        titles = [entry.title for entry in feed.entries]
        assert titles == [site.ru.headline, site.en.headline]
        languages = {entry.title: entry.get("language") for entry in feed.entries}
        assert languages == {site.ru.headline: "ru", site.en.headline: "en"}


@override_settings(SITE_URL="https://news.example.az")
def test_feed_links_use_site_url(client):
    site = build_site()
    for url in feed_urls(site):
        feed = parse(client, url)
        links = [feed.feed.link] + [entry.link for entry in feed.entries]
        assert all(link.startswith("https://news.example.az/") for link in links), links
        assert "example.com" not in client.get(url).content.decode()


def test_topic_feed_includes_narrower_topics(client):
    site = build_site()
    feed = parse(client, f"/feed/topics/{site.broader.code}/")
    assert site.ru.headline in [entry.title for entry in feed.entries]


def test_person_feed_lists_stories_that_name_them(client):
    site = build_site()
    other = build_story(headline="Другая история")
    feed = parse(client, f"/feed/people/{site.person.slug}/")
    titles = [entry.title for entry in feed.entries]
    assert site.ru.headline in titles
    assert other.headline not in titles


def test_feeds_leave_out_unpublished_stories(client):
    site = build_site()
    hidden = [
        build_story(headline=f"Скрытая {name}", **fields)
        for name, fields in unpublished_states().items()
    ]
    for url in feed_urls(site):
        body = client.get(url).content.decode()
        for story in hidden:
            assert story.headline not in body


def test_feed_of_unknown_or_private_topic_or_person_is_not_found(client):
    build_site()
    assert client.get("/feed/topics/99999999/").status_code == 404
    assert client.get("/feed/topics/11000000/").status_code == 404
    assert client.get("/feed/people/nobody/").status_code == 404
