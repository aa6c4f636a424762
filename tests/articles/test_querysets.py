import datetime as dt

import pytest
from django.utils import timezone

from articles.models import Article, Person, Place, Quote, Topic
from tests.factories import ArticleFactory, MentionFactory, PlaceFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def test_published_includes_article_published_exactly_now():
    now = timezone.now()
    article = ArticleFactory(status=Article.Status.PUBLISHED, published_at=now)
    assert list(Article.objects.published(at=now)) == [article]


def test_published_excludes_future_articles():
    now = timezone.now()
    ArticleFactory(status=Article.Status.PUBLISHED, published_at=now + dt.timedelta(microseconds=1))
    assert not Article.objects.published(at=now).exists()


def test_scheduled_article_goes_live_by_itself():
    article = ArticleFactory(scheduled=True)
    assert not Article.objects.published().exists()
    assert list(Article.objects.published(at=article.published_at)) == [article]


@pytest.mark.parametrize("status", ["draft", "review", "withdrawn"])
def test_published_excludes_other_states_even_with_a_past_time(status):
    ArticleFactory(status=status, published_at=timezone.now() - dt.timedelta(days=1))
    assert not Article.objects.published().exists()


STATES_AND_TIMES = [
    (status, offset)
    for status in ("draft", "review", "published", "withdrawn")
    for offset in (-1, 0, 1, None)
    if not (status == "published" and offset is None)  # the database refuses it (next test)
]


@pytest.mark.parametrize(("status", "offset"), STATES_AND_TIMES)
def test_is_public_agrees_with_published_for_every_state_and_time(status, offset):
    now = timezone.now()
    published_at = None if offset is None else now + dt.timedelta(seconds=offset)
    article = ArticleFactory(status=status, published_at=published_at)
    assert article.is_public == Article.objects.published().filter(pk=article.pk).exists()
    assert Article.objects.scheduled().filter(pk=article.pk).exists() == (
        status == "published" and offset == 1
    )


def test_database_refuses_a_published_article_without_a_time():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)


def test_quotes_people_and_places_are_public_only_through_published_articles():
    public, draft = ArticleFactory(published=True), ArticleFactory()
    seen, hidden = QuoteFactory(article=public), QuoteFactory(article=draft)
    MentionFactory(article=public, person=seen.speaker)
    MentionFactory(article=draft, person=hidden.speaker)
    public.places.add(PlaceFactory(name="Баку"))
    draft.places.add(PlaceFactory(name="Тайное место"))
    assert list(Quote.objects.public()) == [seen]
    assert list(Person.objects.public()) == [seen.speaker]
    assert list(Place.objects.public().values_list("name", flat=True)) == ["Баку"]


def test_rejected_quotes_are_not_public():
    QuoteFactory(article=ArticleFactory(published=True), status=Quote.Review.REJECTED)
    assert not Quote.objects.public().exists()


def test_retired_topics_are_never_offered():
    assert Topic.objects.filter(retired__isnull=False).exists()
    assert not Topic.objects.active().filter(retired__isnull=False).exists()


def test_topics_have_russian_names_at_levels_one_and_two():
    assert not Topic.objects.active().filter(level__lte=2, name_ru="").exists()
    assert Topic.objects.get(qcode="medtop:20000639").parent.parent.qcode == "medtop:11000000"
