import pytest
from rest_framework.test import APIClient

from articles.api.tokens import create_token
from tests import factories


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Rate-limit counters live in the cache; every test starts with none."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def api():
    return APIClient()


def token_client(user):
    client = APIClient()
    _token, raw_key = create_token(user=user, name="test")
    client.credentials(HTTP_AUTHORIZATION=f"Token {raw_key}")
    return client


@pytest.fixture
def reporter_api(reporter):
    return token_client(reporter)


@pytest.fixture
def editor_api(editor):
    return token_client(editor)


@pytest.fixture
def superuser_api(superuser):
    return token_client(superuser)


@pytest.fixture
def story(db):
    """A published story with two people (one quoted twice), a place, an organisation, a topic."""
    article = factories.ArticleFactory(published=True, topics=["medtop:20000344"], source="Report")
    ambassador = factories.PersonFactory(name="Агалар Атамогланов", slug="agalar-atamoglanov")
    minister = factories.PersonFactory(name="Джейхун Байрамов", slug="dzheikhun-bairamov")
    factories.MentionFactory(article=article, person=ambassador, role="посол Азербайджана")
    factories.MentionFactory(article=article, person=minister, role="министр иностранных дел")
    factories.QuoteFactory(article=article, speaker=ambassador, position=1)
    factories.QuoteFactory(article=article, speaker=ambassador, position=2)
    factories.QuoteFactory(article=article, speaker=minister, position=3)
    article.places.add(factories.PlaceFactory(name="Астана", slug="astana"))
    article.organisations.add(factories.OrganisationFactory(name="МИД", slug="mid"))
    return article


@pytest.fixture
def draft(db):
    """A draft that names its own person, place, organisation and topic, seen nowhere else."""
    article = factories.ArticleFactory(headline="Секретный черновик", topics=["medtop:20000002"])
    insider = factories.PersonFactory(name="Тайный Источник", slug="tainyi-istochnik")
    factories.MentionFactory(article=article, person=insider, role="источник")
    factories.QuoteFactory(article=article, speaker=insider, text="Черновая цитата", position=1)
    article.places.add(factories.PlaceFactory(name="Черновград", slug="chernovgrad"))
    article.organisations.add(factories.OrganisationFactory(name="Тайная контора", slug="kontora"))
    return article
