"""A constant number of queries per request, whatever the page size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.cache import site_state
from articles.models import Article
from tests import factories


@pytest.fixture
def many_stories(db):
    for _n in range(30):
        article = factories.ArticleFactory(published=True, topics=["medtop:20000344"])
        for position in range(3):
            factories.QuoteFactory(article=article, position=position + 1)
        factories.MentionFactory(article=article)
        article.places.add(factories.PlaceFactory())
        article.organisations.add(factories.OrganisationFactory())
    site_state()  # the cache generation exists, as on any running site


@pytest.mark.parametrize("fmt", ["json", "ninjs"])
@pytest.mark.parametrize("page_size", [2, 30])
def test_article_list_anonymous(api, many_stories, django_assert_max_num_queries, page_size, fmt):
    # the page, then topics, places, organisations, mentions with people, quotes with speakers
    with django_assert_max_num_queries(6):
        response = api.get("/api/v1/articles/", {"page_size": page_size, "format": fmt})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("page_size", [2, 30])
def test_article_list_with_a_token(
    editor_api, many_stories, django_assert_max_num_queries, page_size
):
    # + the token with its user, its last-used time (at most every few minutes), the user's
    # permissions (own and through groups)
    with django_assert_max_num_queries(10):
        response = editor_api.get("/api/v1/articles/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


@pytest.mark.parametrize("endpoint", ["quotes", "people", "topics", "places", "organisations"])
@pytest.mark.parametrize("page_size", [2, 30])
def test_other_lists(api, many_stories, django_assert_max_num_queries, endpoint, page_size):
    with django_assert_max_num_queries(1):
        response = api.get(f"/api/v1/{endpoint}/", {"page_size": page_size})
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(page_size, 1 if endpoint == "topics" else 30)


def queries_for(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


@pytest.mark.parametrize("fmt", ["json", "ninjs"])
@pytest.mark.parametrize("caller", ["api", "editor_api"])
def test_article_list_queries_do_not_grow_with_the_page(request, many_stories, caller, fmt):
    # the page and five of what it mentions, whatever the number of stories on it
    client = request.getfixturevalue(caller)
    client.get("/api/v1/articles/")  # a token's last-used time is written once, not per page
    small, large = (
        queries_for(client, "/api/v1/articles/", {"page_size": size, "format": fmt})
        for size in (2, 30)
    )
    assert small == large


@pytest.mark.parametrize("fmt", ["json", "ninjs"])
def test_article_detail_anonymous(api, many_stories, django_assert_max_num_queries, fmt):
    article = Article.objects.published().first()
    with django_assert_max_num_queries(6):
        response = api.get(f"/api/v1/articles/{article.pk}/", {"format": fmt})
    assert response.status_code == 200
