"""Schemathesis against a live server: every documented operation, with generated valid and
invalid input, anonymous and as an editor; all checks, zero failures allowed.

Bounded by --hypothesis-max-examples and derandomised, so CI runs the same cases each time.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from articles.api.tokens import create_token
from tests import factories

# The live server needs committed rows; serialized_rollback puts back what migrations made
# (role groups, IPTC topics) after the flush, for the tests that follow.
pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
MAX_EXAMPLES = 30


@pytest.fixture
def published_world():
    for _n in range(3):
        article = factories.ArticleFactory(published=True, topics=["medtop:20000344"])
        for position in range(2):
            factories.QuoteFactory(article=article, position=position + 1)
        factories.MentionFactory(article=article)
        article.places.add(factories.PlaceFactory())
        article.organisations.add(factories.OrganisationFactory())
    factories.ArticleFactory()  # a draft


def schemathesis(base_url, *extra):
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{base_url}/api/schema/",
        "--checks",
        "all",
        "--hypothesis-max-examples",
        str(MAX_EXAMPLES),
        "--hypothesis-derandomize",
        "--generation-codec",
        "utf-8",
        "--no-color",
        *extra,
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_schemathesis_anonymous(live_server, published_world):
    result = schemathesis(live_server.url)

    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert " passed" in result.stdout


def test_schemathesis_as_an_editor(live_server, published_world):
    editor = factories.UserFactory(username="editor", role="Editor")
    _token, raw_key = create_token(user=editor, name="schemathesis")

    result = schemathesis(live_server.url, "--header", f"Authorization: Token {raw_key}")

    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
