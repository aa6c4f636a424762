"""A story's row is built by hand (serializers.ArticleSerializer.row, related.py): it must be
exactly what DRF's declared fields and the nested serializers would emit from the models."""

import datetime as dt

import pytest
from django.utils import translation
from rest_framework.fields import SkipField
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from articles.api import serializers
from articles.models import Quote, Topic
from tests import factories

RELATIONS = ("topics", "people", "places", "organisations", "quotes")


def context(user=None):
    request = Request(APIRequestFactory().get("/api/v1/articles/"))
    if user is not None:
        request.user = user
    return {"request": request}


def declared_fields(article, ctx):
    """What DRF's field machinery emits for the story's own (not nested) fields."""
    serializer = serializers.ArticleSerializer(article, context=ctx)
    emitted = {}
    for field in serializer._readable_fields:
        if field.field_name in RELATIONS:
            continue
        try:
            attribute = field.get_attribute(article)
        except SkipField:
            continue
        emitted[field.field_name] = (
            None if attribute is None else field.to_representation(attribute)
        )
    return emitted


def nested_serializers(article, ctx, *, public):
    """What the nested serializers emit from the story's models, in the API's order (topics by qcode; places, organisations, people by name; quotes by position)."""
    quotes = Quote.objects.public() if public else Quote.objects.all()
    quotes = quotes.filter(article=article).with_speaker_role().select_related("speaker")
    mentions = article.mentions.select_related("person").order_by("person__name")
    return {
        "topics": serializers.BriefTopicSerializer(
            article.topics.order_by("qcode"), many=True, context=ctx
        ).data,
        "people": serializers.MentionSerializer(mentions, many=True, context=ctx).data,
        "places": serializers.PlaceSerializer(article.places.all(), many=True, context=ctx).data,
        "organisations": serializers.OrganisationSerializer(
            article.organisations.all(), many=True, context=ctx
        ).data,
        "quotes": serializers.ArticleQuoteSerializer(
            quotes.order_by("position"), many=True, context=ctx
        ).data,
    }


@pytest.fixture
def stories(story, draft):
    """The story of conftest, plus what a row may hold: a quote without a speaker, a rejected
    one, a speaker not named in the story, a dateline, an empty source; and a draft."""
    stranger = factories.PersonFactory(name="Аноним Неназванный", slug="anonim")
    factories.QuoteFactory(article=story, speaker=None, position=4)
    factories.QuoteFactory(article=story, status="rejected", position=5)
    factories.QuoteFactory(article=story, speaker=stranger, position=6)
    story.topics.add(Topic.objects.get(qcode="medtop:01000000"))
    story.dateline = dt.date(2025, 5, 1)
    story.source = ""
    story.save()
    return [story, draft]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_story_row_is_what_the_declared_fields_and_nested_serializers_emit(stories, language):
    ctx = context()
    with translation.override(language):
        rows = serializers.ArticleSerializer(stories[:1], many=True, context=ctx).data
        expected = {
            **declared_fields(stories[0], ctx),
            **nested_serializers(stories[0], ctx, public=True),
        }
    assert rows[0] == expected
    assert list(rows[0]) == serializers.ArticleSerializer.Meta.fields


def test_the_desk_row_has_every_quote_and_a_draft_has_no_page(stories, editor):
    ctx = context(editor)
    rows = serializers.ArticleSerializer(stories, many=True, context=ctx).data
    for article, row in zip(stories, rows, strict=True):
        expected = {
            **declared_fields(article, ctx),
            **nested_serializers(article, ctx, public=False),
        }
        assert row == expected
    assert rows[1]["url"] is None and rows[1]["published_at"] is None
    assert "rejected" in {quote["status"] for quote in rows[0]["quotes"]}


def test_one_story_reads_the_same_as_a_page_of_them(stories, editor):
    ctx = context(editor)
    page = serializers.ArticleSerializer(stories, many=True, context=ctx).data
    alone = [serializers.ArticleSerializer(article, context=ctx).data for article in stories]
    assert page == alone
