"""The public pages' queries, pinned: the same number for a small site and for one whose
stories carry many quotes, people and topics (with the cache's state in place, as on a running
site; with the cache off, reading the state is one more)."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from articles.cache import site_state
from tests import factories
from tests.articles.site_data import BROADER, build_site, build_story, page_urls

pytestmark = pytest.mark.django_db

# page: queries (what they are)
PAGE_QUERIES = {
    "home": 5,  # stories, their topics, top topics, quotes of the day, look-ahead count
    "article": 5,  # the story, its topics, people, quotes, places and organisations
    "article-en": 5,
    "topic": 5,  # the subtree, the ids of its stories, the page's stories, their topics, narrower
    "topic-broader": 5,
    "person": 5,  # the person, a count and a page of quotes, a count and a page of stories
}


def queries_of(url, django_assert_num_queries, expected):
    site_state()
    with django_assert_num_queries(expected):
        response = Client().get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("name", PAGE_QUERIES)
def test_page_queries_do_not_grow_with_its_rows(name, django_assert_num_queries):
    site = build_site()
    queries_of(page_urls(site)[name], django_assert_num_queries, PAGE_QUERIES[name])
    for _ in range(4):
        build_story(quotes=12, people=8, topics=["medtop:20000344", "medtop:20000574", BROADER])
    build_story(quotes=25, people=12, topics=["medtop:20000344", BROADER])
    queries_of(page_urls(site)[name], django_assert_num_queries, PAGE_QUERIES[name])


def test_topic_page_lists_the_subtree_newest_first_across_pages(client):
    site = build_site()
    stories = [build_story(quotes=0, people=0, topics=[BROADER]) for _ in range(23)]
    url = site.broader.get_absolute_url()
    first = client.get(url).content.decode()
    second = client.get(url + "?page=2").content.decode()
    newest = sorted([*stories, site.ru, site.en], key=lambda a: (a.published_at, a.pk))[::-1]
    assert [a.headline in first for a in newest[:20]] == [True] * 20
    assert all(a.headline in second for a in newest[20:])
    assert first.index(newest[0].headline) < first.index(newest[19].headline)


def test_person_page_queries_are_the_same_for_a_common_and_a_rare_person(
    person_reading, django_assert_num_queries
):
    site = build_site()
    for _ in range(3):
        story = build_story(quotes=4, people=2)
        factories.MentionFactory(article=story, person=site.person, role="посол")
    queries_of(site.person.get_absolute_url(), django_assert_num_queries, PAGE_QUERIES["person"])


def test_person_role_older_than_the_stories_read_costs_one_query_more(
    person_reading, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr("articles.views.PAGE_SIZE", 1)  # 12 stories read: 1 page, 10 ahead, 1
    person = factories.PersonFactory()
    now = timezone.now()
    for hours in range(1, 14):
        story = build_story(quotes=0, people=0, published_at=now - dt.timedelta(hours=hours))
        role = "посол в Казахстане" if hours == 13 else ""
        factories.MentionFactory(article=story, person=person, role=role)
        factories.QuoteFactory(article=story, speaker=person, position=1)
    site_state()
    with django_assert_num_queries(PAGE_QUERIES["person"] + 1):
        html = Client().get(person.get_absolute_url()).content.decode()
    assert '<p class="role-line">посол в Казахстане</p>' in html
