from pathlib import Path

import pytest

from tests import factories

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_8359627fc353cd33.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
