"""`{% link %}`: the public pages' addresses from one reverse() per kind of page, always equal
to `get_absolute_url()` (so to reverse()) in either interface language."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import NoReverseMatch
from django.utils import translation

from articles.models import Organisation, Place, Topic
from articles.templatetags.public_site import page_url_of
from tests import factories

pytestmark = pytest.mark.django_db


def render_links(objects, language):
    template = Template("{% load public_site %}{% for o in objects %}{% link o %}|{% endfor %}")
    with translation.override(language):
        request = RequestFactory().get("/")
        expected = "".join(f"{o.get_absolute_url()}|" for o in objects)
        return template.render(Context({"objects": objects, "request": request})), expected


@pytest.mark.parametrize("language", ["ru", "en"])
def test_link_is_get_absolute_url_for_every_kind_of_page(language):
    article = factories.ArticleFactory(published=True)
    person = factories.PersonFactory()
    objects = [
        article,
        person,
        Topic.objects.get_or_create(qcode="medtop:20000344", defaults={"name_en": "x"})[0],
        Place.objects.create(name="Баку", slug="baku"),
        Organisation.objects.create(name="ООН", slug="un"),
        article,
    ]
    html, expected = render_links(objects, language)
    assert html == expected
    assert html.startswith("/en/news/" if language == "en" else "/news/")


def test_link_of_a_slug_by_kind():
    template = Template('{% load public_site %}{% link slug "place" %}')
    with translation.override("en"):
        html = template.render(Context({"slug": "baku", "request": RequestFactory().get("/")}))
    assert html == "/en/places/baku/"


def test_keys_a_pattern_would_not_take_go_through_reverse():
    request = RequestFactory().get("/")
    assert page_url_of(request, "person", "ok-slug") == "/people/ok-slug/"
    with pytest.raises(NoReverseMatch):
        page_url_of(request, "person", "not a slug")
    with pytest.raises(NoReverseMatch):
        page_url_of(request, "topic", "abc")
