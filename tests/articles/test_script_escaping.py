"""Text is data: a `<script>` in a headline, body, quote or name is shown as text everywhere —
pages, JSON-LD, feeds, the admin, search — and never runs."""

import json
import re

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db
SCRIPT = '<script>alert("x")</script>'
BREAKOUT = '</script><script>alert("x")</script>'


@pytest.fixture
def hostile(db):
    article = factories.ArticleFactory(
        published=True,
        headline=f"Посол {SCRIPT} заявил",
        lead=f"Лид {BREAKOUT}",
        body=f"Первый абзац {SCRIPT}.\n\nВторой абзац <img src=x onerror=alert(1)>.",
    )
    person = factories.PersonFactory(name=f"Агалар {SCRIPT}", role=f"посол {BREAKOUT}")
    factories.MentionFactory(article=article, person=person, role=person.role)
    factories.QuoteFactory(article=article, speaker=person, text=f"Цитата {BREAKOUT}", position=1)
    return article, person


def assert_inert(html):
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    for block in re.findall(r"<script[^>]*>(.*?)</script>", html, re.S):
        assert "alert" not in block or block.lstrip().startswith("{")  # only JSON-LD data


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert blocks
    return [json.loads(block) for block in blocks]


def test_article_page_escapes_the_text_and_keeps_it_readable(client, hostile):
    article, _ = hostile

    html = client.get(article.get_absolute_url()).content.decode()

    assert_inert(html)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    nodes = [node for data in json_ld(html) for node in data.get("@graph", [data])]
    assert article.headline in [node.get("headline") for node in nodes]  # the data, intact


def test_person_page_escapes_name_role_and_quotes(client, hostile):
    _, person = hostile

    html = client.get(person.get_absolute_url()).content.decode()

    assert_inert(html)
    assert "Агалар &lt;script&gt;" in html
    json_ld(html)


@pytest.mark.parametrize("path", ["/feed/", "/feed/atom/"])
def test_feeds_carry_the_text_escaped(client, hostile, path):
    xml = client.get(path).content.decode()

    assert "<script>" not in xml
    assert "&lt;script&gt;" in xml


def test_search_reflects_the_query_escaped(client, hostile):
    html = client.get("/search/", {"q": SCRIPT}).content.decode()

    assert_inert(html)


def test_api_returns_the_text_as_json_data(client, hostile):
    article, _ = hostile

    response = client.get(f"/api/v1/articles/{article.pk}/")

    assert response["Content-Type"].startswith("application/json")
    assert response.json()["headline"] == article.headline


@pytest.mark.parametrize("view", ["changelist", "change"])
def test_admin_escapes_the_text(client, superuser, hostile, view):
    article, person = hostile
    client.force_login(superuser)
    args = [article.pk] if view == "change" else []

    for model, obj_args in (("article", args), ("person", [person.pk] if args else [])):
        html = client.get(reverse(f"admin:articles_{model}_{view}", args=obj_args)).content
        assert_inert(html.decode())
