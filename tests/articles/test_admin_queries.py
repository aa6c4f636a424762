"""The desk's lists stay a fixed number of queries however many stories they show."""

from django.urls import reverse

from tests import factories


def count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_article_list_does_not_grow_with_the_number_of_stories(
    client, editor, django_assert_max_num_queries
):
    client.force_login(editor)
    url = reverse("admin:articles_article_changelist")
    factories.QuoteFactory.create_batch(3)
    few = count_queries(client, url, django_assert_max_num_queries, 15)
    factories.QuoteFactory.create_batch(30)
    many = count_queries(client, url, django_assert_max_num_queries, 15)
    assert many == few


def test_article_form_queries_grow_slowly_with_quotes(
    client, editor, django_assert_max_num_queries
):
    article = factories.ArticleFactory()
    factories.QuoteFactory.create_batch(5, article=article)
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    few = count_queries(client, url, django_assert_max_num_queries, 60)
    factories.QuoteFactory.create_batch(20, article=article)
    many = count_queries(client, url, django_assert_max_num_queries, 60)
    # Django's autocomplete widget looks up each quote's selected speaker: one query a quote.
    assert many - few <= 20
