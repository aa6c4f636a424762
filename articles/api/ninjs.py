"""IPTC ninjs 3.1 (News in JSON) for articles: `?format=ninjs` on the article list and detail.

The shape follows https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json; the serializers below
both produce it and document it in the OpenAPI schema. Absent values are left out rather than
sent as null, as the schema wants.
"""

from django.conf import settings
from django.utils.html import escape
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from articles.models import Article

from .serializers import RelatedRowsListSerializer, WithRelatedRows

NINJS_VERSION = "3.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
# Served as plain JSON, as Superdesk's content API does: the shape is chosen by ?format=ninjs.
MEDIA_TYPE = "application/json"

PUB_STATUS = {
    Article.Status.PUBLISHED: "usable",
    Article.Status.WITHDRAWN: "canceled",
    Article.Status.DRAFT: "withheld",
    Article.Status.REVIEW: "withheld",
}


class NinjsRenderer(JSONRenderer):
    media_type = MEDIA_TYPE
    format = "ninjs"


def article_uri(article):
    """A stable identifier (the slug may change; the id never does)."""
    return f"{settings.SITE_URL}/api/v1/articles/{article.pk}/"


class TextSerializer(serializers.Serializer):
    role = serializers.CharField()
    contentType = serializers.CharField()
    value = serializers.CharField()


class BodySerializer(TextSerializer):
    charCount = serializers.IntegerField(required=False)
    wordCount = serializers.IntegerField(required=False)


class EntitySerializer(serializers.Serializer):
    name = serializers.CharField()
    rel = serializers.CharField()
    uri = serializers.URLField(required=False)


class SubjectSerializer(EntitySerializer):
    literal = serializers.CharField()


class InfoSourceSerializer(serializers.Serializer):
    name = serializers.CharField()
    role = serializers.CharField()


class AltIdSerializer(serializers.Serializer):
    role = serializers.CharField()
    value = serializers.CharField()


class StandardSerializer(serializers.Serializer):
    name = serializers.CharField()
    version = serializers.CharField()
    schema = serializers.URLField()


class NinjsSerializer(WithRelatedRows, serializers.Serializer):
    """One article as a ninjs 3.1 news item."""

    uri = serializers.URLField()
    type = serializers.CharField()
    version = serializers.CharField()
    firstCreated = serializers.DateTimeField()
    versionCreated = serializers.DateTimeField()
    embargoedUntil = serializers.DateTimeField(required=False)
    pubStatus = serializers.ChoiceField(choices=sorted(set(PUB_STATUS.values())))
    language = serializers.CharField()
    headlines = TextSerializer(many=True)
    descriptions = TextSerializer(many=True, required=False)
    bodies = BodySerializer(many=True)
    subjects = SubjectSerializer(many=True, required=False)
    people = EntitySerializer(many=True, required=False)
    places = EntitySerializer(many=True, required=False)
    organisations = EntitySerializer(many=True, required=False)
    infoSources = InfoSourceSerializer(many=True, required=False)
    altIds = AltIdSerializer(many=True)
    standard = StandardSerializer()

    class Meta:
        list_serializer_class = RelatedRowsListSerializer

    def row(self, article, related):
        # ninjs leaves out what is absent; it has no nulls and no empty lists.
        item = self.item(article, related)
        return {key: value for key, value in item.items() if value not in (None, [])}

    def item(self, article, related):
        return {
            "uri": article_uri(article),
            "type": "text",
            "version": str(article.version),
            "firstCreated": iso(article.created_at),
            "versionCreated": iso(article.updated_at),
            "embargoedUntil": iso(article.published_at) if embargoed(article) else None,
            "pubStatus": PUB_STATUS[article.status],
            "language": article.language,
            "headlines": [text("main", article.headline)],
            "descriptions": [text("summary", article.lead)] if article.lead else None,
            "bodies": bodies(article),
            "subjects": [subject(topic, article.language) for topic in related["topics"]],
            "people": entities(related, "people"),
            "places": entities(related, "places"),
            "organisations": entities(related, "organisations"),
            "infoSources": [{"name": article.source, "role": "originator"}]
            if article.source
            else None,
            "altIds": [{"role": "slug", "value": article.slug}],
            "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        }


def iso(moment):
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def embargoed(article):
    return article.status == Article.Status.PUBLISHED and not article.is_public


def text(role, value, content_type="text/plain"):
    return {"role": role, "contentType": content_type, "value": value}


def bodies(article):
    paragraphs = article.paragraphs
    plain = "\n\n".join(paragraphs)
    html = "".join(f"<p>{escape(p.strip())}</p>" for p in paragraphs)
    return [
        {**text("main", plain), "charCount": len(plain), "wordCount": len(plain.split())},
        text("richtext", html, "application/xhtml+xml"),
    ]


def subject(topic, language):
    """`topic`: a row of `related.topics`."""
    name = (topic["name_ru"] if language == "ru" else "") or topic["name_en"]
    return {"name": name, "rel": "about", "uri": topic["uri"], "literal": topic["qcode"]}


def entities(related, collection):
    """The people, places or organisations of a story (rows of `related.py`) as ninjs entities."""
    return [
        entity(row["name"], "mentions", api_link(collection, row["id"]))
        for row in related[collection]
    ]


def entity(name, rel, uri):
    return {"name": name, "rel": rel, "uri": uri}


def api_link(collection, pk):
    return f"{settings.SITE_URL}/api/v1/{collection}/{pk}/"
