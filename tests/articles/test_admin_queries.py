"""The desk's lists stay a fixed number of queries however many stories they show."""

from django.urls import reverse

from articles.models import ArticleTopic, Quote, Topic
from tests import factories
from tests.articles.desk import form_data


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


def article_with(quotes, *, article=None):
    """A story with `quotes` quotes by different speakers, each named in it, and as many topics."""
    article = article or factories.ArticleFactory()
    topics = Topic.objects.order_by("pk")[: article.topics.count() + quotes]
    for topic in topics[article.topics.count() :]:
        ArticleTopic.objects.create(article=article, topic=topic)
    for _ in range(quotes):
        quote = factories.QuoteFactory(article=article)
        factories.MentionFactory(article=article, person=quote.speaker)
    return article


def test_article_form_queries_do_not_grow_with_quotes_people_and_topics(
    client, editor, django_assert_max_num_queries
):
    """Autocomplete widgets (speaker, person, topic) take their selected row from the inline's
    own rows, not from one query each as Django's widget would."""
    article = article_with(2)
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    client.get(url)  # takes the edit lock; later visits renew it, each with the same queries
    few = count_queries(client, url, django_assert_max_num_queries, 40)
    article_with(18, article=article)
    page = client.get(url)
    many = count_queries(client, url, django_assert_max_num_queries, 40)

    assert article.quotes.count() == 20 and article.mentions.count() == 20
    assert many == few
    html = page.content.decode()
    for quote in article.quotes.select_related("speaker"):
        assert f'<option value="{quote.speaker_id}" selected>{quote.speaker}</option>' in html


def test_a_refused_form_shows_the_speaker_that_was_sent_not_the_saved_one(client, editor):
    quote = factories.QuoteFactory(speaker=factories.PersonFactory(name="Старый Автор"))
    chosen = factories.PersonFactory(name="Новый Автор")
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[quote.article.pk])
    page = client.get(url)
    prefix = next(
        f.formset.prefix for f in page.context["inline_admin_formsets"] if f.formset.model is Quote
    )
    data = form_data(page, headline="")  # refused: a story needs its headline
    data[f"{prefix}-0-speaker"] = chosen.pk

    html = client.post(url, data).content.decode()

    assert f'<option value="{chosen.pk}" selected>Новый Автор</option>' in html
    assert "Старый Автор" not in html


def curate(article, rows):
    """`rows` more people named, places and organisations, as an editor would add them."""
    for _ in range(rows):
        factories.MentionFactory(article=article)
        article.places.add(factories.PlaceFactory())
        article.organisations.add(factories.OrganisationFactory())


def test_compare_view_queries_do_not_grow_with_the_rows_of_a_revision(
    client, editor, django_assert_max_num_queries
):
    """Each kind of row (topics, people, places, organisations, quotes) is read with its names
    in one query per revision compared."""
    article = article_with(2)
    curate(article, 2)
    client.force_login(editor)
    url = reverse("admin:articles_article_compare", args=[article.pk])
    few = count_queries(client, url, django_assert_max_num_queries, 40)
    article_with(18, article=article)
    curate(article, 18)
    many = count_queries(client, url, django_assert_max_num_queries, 40)
    assert article.mentions.count() == 40 and article.places.count() == 20
    assert many == few
