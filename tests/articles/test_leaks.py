"""Nothing unpublished leaks: stories in every state a reader must not see, with their own
people, quotes, topics, places and organisations, are absent from every page, feed, sitemap
and search result a crawler can reach, and their own addresses are not found."""

import re
from html import unescape
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from articles.models import Quote, Topic
from tests import factories
from tests.articles.site_data import build_site, build_story, feed_urls, unpublished_states

pytestmark = pytest.mark.django_db

HIDDEN_TOPICS = ["medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:05000000"]
LINK = re.compile(r'(?:href|src)="([^"#]+)')
MAX_PAGES = 400


def hidden_story(index, state, fields):
    word = f"Тайна{index}"
    story = build_story(
        headline=f"{word} секретный заголовок {state}",
        lead=f"{word} секретный лид",
        topics=[HIDDEN_TOPICS[index]],
        quotes=0,
        people=0,
        **fields,
    )
    story.body = f"{word} секретный текст.\n\n«{word} секретная цитата», — сказал он."
    story.save()
    person = factories.PersonFactory(name=f"Скрытов{index} Тайнович", slug=f"skrytov-{index}")
    factories.MentionFactory(article=story, person=person, role=f"{word} секретная должность")
    factories.QuoteFactory(article=story, speaker=person, text=f"{word} секретная цитата")
    place, organisation = story.places.get(), story.organisations.get()
    place.name, organisation.name = f"{word}град", f"{word} Секретная организация"
    place.save()
    organisation.save()
    return (
        story,
        [word, person.name, place.name, organisation.name],
        [
            story.get_absolute_url(),
            person.get_absolute_url(),
            place.get_absolute_url(),
            organisation.get_absolute_url(),
            Topic.objects.get(qcode=HIDDEN_TOPICS[index]).get_absolute_url(),
            f"/feed/people/{person.slug}/",
            f"/feed/topics/{HIDDEN_TOPICS[index].split(':')[1]}/",
        ],
    )


def rejected_quote_speaker(site):
    """A public story whose only quote by this speaker was rejected: the speaker stays hidden."""
    person = factories.PersonFactory(name="Отвергнутов Цитатович", slug="otvergnutov")
    factories.QuoteFactory(
        article=site.ru,
        speaker=person,
        text="Отвергнутая секретная цитата",
        position=99,
        status=Quote.Review.REJECTED,
    )
    return person


def crawl(client, start):
    """Every page reachable from `start` by links on the site, and what each contained."""
    seen, queue, pages = set(), list(start), {}
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "static/" in url:
            continue
        body = unescape(response.content.decode())
        pages[url] = body
        if "html" in response["Content-Type"] or "xml" in response["Content-Type"]:
            for link in LINK.findall(body) + re.findall(r"<loc>([^<]+)</loc>", body):
                parts = urlsplit(urljoin("http://testserver" + url, link))
                if parts.netloc == "testserver" and not parts.path.startswith("/static/"):
                    queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages


def test_nothing_unpublished_is_visible_anywhere(client):
    site = build_site()
    secrets, addresses = [], []
    for index, (state, fields) in enumerate(unpublished_states().items()):
        _story, words, urls = hidden_story(index, state, fields)
        secrets += words
        addresses += urls
    rejected = rejected_quote_speaker(site)
    secrets += [rejected.name, "Отвергнутая секретная цитата", "секрет"]
    addresses.append(rejected.get_absolute_url())

    public = [site.ru.get_absolute_url(), site.person.get_absolute_url()]
    # Percent-encoded, as a browser sends them.
    searches = ["/search/?" + urlencode({"q": word}) for word in [*secrets, "секретный"]]
    start = ["/", "/en/", "/robots.txt", "/sitemap.xml", "/sitemap-news.xml"]
    pages = crawl(client, start + feed_urls(site) + searches)

    assert len(pages) > 20  # the crawl did reach the public site
    assert all(url in pages for url in public)
    for url, body in pages.items():
        body = body.lower()
        typed = parse_qs(urlsplit(url).query).get("q", [""])[0].lower()
        if "/search/" in url and typed:
            # The page repeats what the reader typed; anything else secret is a leak.
            body = body.replace(typed, "")
        for secret in secrets:
            assert secret.lower() not in body, (url, secret)
    for url in searches:
        assert "Ничего не найдено" in pages[url], url
    for address in addresses:
        assert client.get(address).status_code == 404, address
        assert client.get("/en" + address).status_code == 404, address
