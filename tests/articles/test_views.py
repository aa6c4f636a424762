"""The public pages: what a reader sees, in at most five queries whatever the story holds."""

import datetime as dt
import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from articles.cache import site_state
from articles.models import Article, Topic
from tests import factories
from tests.articles.site_data import BROADER, QUOTE_TEXT, build_site, build_story, page_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site()


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_every_page_type_answers(client, site):
    for name, url in page_urls(site).items():
        expected = 404 if name == "not-found" else 200
        assert client.get(url).status_code == expected, name


def test_home_shows_latest_stories_topics_and_quotes_of_the_day(client, site):
    response, html = get(client, "/")
    assert html.index(site.ru.headline) < html.index(site.en.headline)
    assert site.topic.name_ru in html
    assert site.person.name in html
    assert "Цитаты дня" in html
    assert '<html lang="ru">' in html


def test_english_interface_under_en_prefix(client, site):
    response, html = get(client, "/en/")
    assert '<html lang="en">' in html
    assert "Quotes of the day" in html
    assert site.topic.name_en in html


def test_article_page_shows_everything_about_the_story(client, site):
    article = site.ru
    response, html = get(client, article.get_absolute_url())
    assert f'<article class="article" lang="{article.language}">' in html
    assert article.headline in html
    for mention in article.mentions.select_related("person"):
        assert mention.person.name in html
        assert mention.role in html
    for quote in article.quotes.all():
        assert quote.text in html
        assert quote.speaker.get_absolute_url() in html
    assert "<blockquote" in html
    assert site.place.name in html
    assert site.organisation.name in html
    assert site.topic.name_ru in html
    assert "Report" in html


def test_article_time_is_baku_time_localised(client):
    import datetime as dt

    when = dt.datetime(2025, 12, 29, 8, 30, tzinfo=dt.UTC)
    article = build_story(published_at=when)
    response, html = get(client, article.get_absolute_url())
    assert 'datetime="2025-12-29T12:30:00+04:00"' in html
    assert "29 декабря 2025" in html


def test_english_article_page_is_marked_english(client, site):
    response, html = get(client, site.en.get_absolute_url())
    assert '<article class="article" lang="en">' in html


def test_article_structured_data(client, site):
    response, html = get(client, site.ru.get_absolute_url())
    (data,) = structured_data(html)
    graph = {item["@type"]: item for item in data["@graph"]}
    news = graph["NewsArticle"]
    assert news["headline"] == site.ru.headline
    assert news["datePublished"] and news["dateModified"]
    assert news["publisher"]["name"]
    assert news["author"]["name"] == "Report"
    assert news["about"][0]["sameAs"].endswith(site.topic.code)
    people = [m for m in news["mentions"] if m["@type"] == "Person"]
    assert {p["jobTitle"] for p in people} >= {"посол номер 0"}
    quotations = [item for item in data["@graph"] if item["@type"] == "Quotation"]
    assert len(quotations) == 3
    assert quotations[0]["creator"]["@type"] == "Person"
    assert quotations[0]["creator"]["jobTitle"]
    assert news["url"].startswith("http://testserver/")


def test_structured_data_cannot_be_broken_out_of(client):
    hostile = 'Заголовок </script><script>alert("x")</script> & <!--'
    article = build_story(headline=hostile, lead=hostile)
    response, html = get(client, article.get_absolute_url())
    assert "<script>alert" not in html
    (data,) = structured_data(html)
    assert data["@graph"][0]["headline"] == hostile


def test_article_head_has_title_description_canonical_and_opengraph(client, site):
    response, html = get(client, site.ru.get_absolute_url())
    assert f"<title>{site.ru.headline} — Newsroom</title>" in html
    assert '<meta name="description" content="' in html
    assert f'<link rel="canonical" href="http://testserver{site.ru.get_absolute_url()}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:title" content="{site.ru.headline}">' in html


def test_person_page_shows_role_quotes_newest_first_and_stories(client, site):
    person = site.person
    older = build_story(quotes=0, people=0, headline="Старая история")
    older.published_at = site.ru.published_at.replace(year=2024)
    older.save()
    factories.MentionFactory(article=older, person=person, role="бывший посол")
    factories.QuoteFactory(article=older, speaker=person, text="Старая цитата", position=1)
    response, html = get(client, person.get_absolute_url())
    assert person.name in html
    assert "посол номер" in html
    assert html.index(QUOTE_TEXT) < html.index("Старая цитата")
    assert site.ru.headline in html and older.headline in html
    (data,) = structured_data(html)
    assert data["@graph"][0]["@type"] == "Person"
    assert data["@graph"][0]["jobTitle"] == site.ru.mentions.get(person=person).role
    assert {item["@type"] for item in data["@graph"][1:]} == {"Quotation"}


def test_person_role_comes_from_published_stories_only(client, site):
    person = site.person
    draft = factories.ArticleFactory()
    factories.MentionFactory(article=draft, person=person, role="секретная должность")
    person.role = "секретная должность"
    person.save()
    response, html = get(client, person.get_absolute_url())
    assert "секретная должность" not in html


def test_topic_page_includes_narrower_topics(client, site):
    response, html = get(client, site.broader.get_absolute_url())
    assert site.ru.headline in html
    assert site.topic.get_absolute_url() in html  # the narrower topic is listed


def test_topic_without_public_stories_is_not_found(client, site):
    unused = Topic.objects.exclude(qcode__in=[BROADER, site.topic.qcode]).first()
    assert client.get(unused.get_absolute_url()).status_code == 404


def test_place_and_organisation_pages_list_their_stories(client, site):
    for entity in (site.place, site.organisation):
        response, html = get(client, entity.get_absolute_url())
        assert entity.name in html
        assert site.ru.headline in html


def test_quotes_index_lists_public_quotes_with_speakers(client, site):
    response, html = get(client, "/quotes/")
    assert QUOTE_TEXT in html
    assert site.person.get_absolute_url() in html


def test_archive_by_month_and_day(client, site):
    urls = page_urls(site)
    response, html = get(client, urls["archive"])
    assert urls["archive-month"] in html
    response, html = get(client, urls["archive-month"])
    assert site.ru.headline in html
    assert urls["archive-day"] in html
    response, html = get(client, urls["archive-day"])
    assert site.ru.headline in html


def test_lists_are_paginated(client):
    for _ in range(21):
        factories.ArticleFactory(published=True)
    response, html = get(client, "/")
    assert 'rel="next"' in html
    response, html = get(client, "/?page=2")
    assert response.status_code == 200
    assert 'rel="prev"' in html
    assert '<link rel="canonical" href="http://testserver/?page=2">' in html
    assert client.get("/?page=9").status_code == 404


def test_person_quotes_are_paginated(client):
    person = factories.PersonFactory()
    article = factories.ArticleFactory(published=True)
    factories.MentionFactory(article=article, person=person)
    for position in range(1, 23):
        factories.QuoteFactory(article=article, speaker=person, position=position)
    response, html = get(client, person.get_absolute_url())
    assert html.count('class="quote"') == 20
    response, html = get(client, person.get_absolute_url() + "?page=2")
    assert html.count('class="quote"') == 2
    assert client.get(person.get_absolute_url() + "?articles=5").status_code == 404


def test_not_found_page_is_helpful(client, site):
    response, html = get(client, "/news/nothing-here/")
    assert response.status_code == 404
    assert "Страница не найдена" in html
    assert 'role="search"' in html


def test_server_error_page_renders_without_context():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "<h1" in html and "</html>" in html


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "home-en",
        "article",
        "person",
        "topic",
        "topic-broader",
        "place",
        "organisation",
        "quotes",
        "archive",
        "archive-month",
        "archive-day",
        "search",
    ],
)
def test_pages_cost_at_most_five_queries_whatever_their_size(name, django_assert_max_num_queries):
    # Big stories: the count must not grow with quotes, people or topics.
    build_story(quotes=25, people=12, topics=["medtop:20000344", "medtop:20000574", BROADER])
    site = build_site()
    for _ in range(3):
        build_story(quotes=10, people=5)
    urls = page_urls(site)
    site_state()  # the cache generation exists, as on any running site
    with django_assert_max_num_queries(5):
        response = Client().get(urls[name])
    assert response.status_code == 200


def test_repeat_visit_gets_304_without_queries(client, site, django_assert_num_queries):
    url = site.ru.get_absolute_url()
    first = client.get(url)
    assert first["ETag"] and first["Last-Modified"]
    assert "max-age=0" in first["Cache-Control"]
    with django_assert_num_queries(0):
        again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    again = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_withdrawn_story_is_gone_at_once(client, site):
    url = site.ru.get_absolute_url()
    assert client.get(url).status_code == 200
    assert site.ru.headline in client.get("/").content.decode()
    site.ru.status = Article.Status.WITHDRAWN
    site.ru.save()
    assert client.get(url).status_code == 404
    assert site.ru.headline not in client.get("/").content.decode()


def test_archive_skips_empty_months_and_days(client):
    import datetime as dt

    first = build_story(published_at=dt.datetime(2025, 10, 3, 9, tzinfo=dt.UTC))
    build_story(published_at=dt.datetime(2025, 12, 29, 9, tzinfo=dt.UTC))
    assert client.get("/archive/2025/11/").status_code == 404
    assert client.get("/archive/2025/12/28/").status_code == 404
    response, html = get(client, "/archive/2025/12/")
    assert 'href="/archive/2025/10/"' in html
    response, html = get(client, "/archive/2025/12/29/")
    assert 'href="/archive/2025/10/03/"' in html
    assert first.headline not in html


def test_every_public_interface_string_has_a_russian_translation():
    from django.conf import settings

    catalogue = (settings.BASE_DIR / "locale" / "ru" / "LC_MESSAGES" / "django.po").read_text()
    public = ("templates/base.html", "templates/articles/", "templates/40", "templates/50")
    untranslated, checked = [], 0
    for entry in catalogue.split("\n\n"):
        if any(f"#: {path}" in entry or f" {path}" in entry for path in public):
            checked += 1
            if re.search(r'^msgstr(\[\d\])? ""$(?!\n")', entry, re.M) or "#, fuzzy" in entry:
                untranslated.append(entry)
    assert checked > 50
    assert untranslated == []


def story_at(hours_ago, **fields):
    return build_story(
        quotes=0, people=0, published_at=timezone.now() - dt.timedelta(hours=hours_ago), **fields
    )


def test_person_role_is_that_of_the_latest_published_story_giving_one(client, person_reading):
    person = factories.PersonFactory(role="секретная должность")
    for hours, role in [(5, "бывший посол"), (3, "посол в Казахстане"), (1, "")]:
        factories.MentionFactory(article=story_at(hours), person=person, role=role)
    factories.QuoteFactory(article=story_at(0.5), speaker=person, position=1)  # no mention
    draft = factories.ArticleFactory()
    factories.MentionFactory(article=draft, person=person, role="секретная должность")
    scheduled = factories.ArticleFactory(scheduled=True)
    factories.MentionFactory(article=scheduled, person=person, role="будущая должность")
    response, html = get(client, person.get_absolute_url())
    assert '<p class="role-line">посол в Казахстане</p>' in html
    assert "секретная должность" not in html and "будущая должность" not in html


def test_person_lists_are_newest_first_across_pages(client, person_reading):
    person = factories.PersonFactory()
    hours = [7, 2, 30, 11, 5, 23, 1, 17, 3, 13, 29, 19, 4, 9, 27, 15, 8, 21, 6, 25, 10, 12]
    stories = [story_at(h, headline=f"История за {h} часов") for h in hours]  # not in id order
    for story in stories:
        factories.MentionFactory(article=story, person=person)
        factories.QuoteFactory(article=story, speaker=person, text=f"Цитата {story.pk}", position=1)
    draft = factories.ArticleFactory(headline="Черновик о нём")
    factories.QuoteFactory(article=draft, speaker=person, text="Цитата черновика", position=1)
    newest = sorted(stories, key=lambda story: story.published_at, reverse=True)
    url = person.get_absolute_url()
    first, second = get(client, url)[1], get(client, url + "?page=2&articles=2")[1]
    for html, shown in [(first, newest[:20]), (second, newest[20:])]:
        headlines = [html.index(story.headline) for story in shown]
        quotes = [html.index(f"Цитата {story.pk}<") for story in shown]
        assert headlines == sorted(headlines) and quotes == sorted(quotes)
        assert all(story.headline not in html for story in newest if story not in shown)
    assert "Черновик о нём" not in first + second and "Цитата черновика" not in first + second
    assert client.get(url + "?articles=3").status_code == 404
