"""`manage.py load_topics`: a vocabulary update reaches the public pages at once."""

import io

import pytest
from django.core.management import call_command

from articles.cache import site_state
from articles.models import Topic

pytestmark = pytest.mark.django_db


def test_reloading_the_vocabulary_starts_a_new_page_cache_generation():
    before = site_state()["generation"]

    call_command("load_topics", stdout=io.StringIO())

    assert site_state()["generation"] != before
    assert Topic.objects.filter(qcode="medtop:04000000").exists()
