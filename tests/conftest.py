from pathlib import Path

import pytest

from tests import factories

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_8359627fc353cd33.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: no page or rate counter leaks between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever a previous request activated
    (it decides what reverse() and get_absolute_url() return)."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def reporter(db):
    return factories.UserFactory(username="reporter", role="Reporter")


@pytest.fixture
def editor(db):
    return factories.UserFactory(username="editor", role="Editor")


@pytest.fixture
def superuser(db):
    return factories.UserFactory(username="chief", is_superuser=True)


@pytest.fixture
def article_factory(db):
    return factories.ArticleFactory


@pytest.fixture
def published_article(db):
    return factories.ArticleFactory(published=True)


@pytest.fixture
def seed_article(db):
    """The real seed story, imported and published through the pipeline."""
    from articles.importing.load import import_paths

    summary = import_paths([SEED_FILE], publish=True)
    return summary.results[0].article
