"""JSON shapes of the API. Whole stories read what they mention in five queries per page
(`related.py`), other read serializers expect querysets shaped by their view (no query per
row); write serializers take the fields a desk tool may set on a draft."""

import functools

from django.db import IntegrityError, transaction
from django.urls import NoReverseMatch
from django.utils.encoding import iri_to_uri
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from slugify import slugify as transliterate

from articles import services
from articles.models import Article, Organisation, Person, Place, Quote, Topic
from articles.permissions import TRANSITIONS

from . import related
from .permissions import reads_unpublished


@extend_schema_field(OpenApiTypes.URI)
class SiteUrlField(serializers.ReadOnlyField):
    """The object's public page on the site, or null where the site has none (yet)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", allow_null=True, **kwargs)

    def to_representation(self, obj):
        return site_url(obj, self.context.get("request"))


def site_url(obj, request):
    if isinstance(obj, Article) and not obj.is_public:
        return None
    return page_url(type(obj), obj.slug, request)


def page_url(model, slug, request):
    """The address of the page of the `model` object with `slug` (null where there is none)."""
    return page_urls(request)(model, slug)


def page_urls(request):
    """`page_url` for the many objects of one response: the language, scheme and host are read
    once, not for each of a hundred links (reading the active language is the slow part)."""
    language = get_language()
    # request.build_absolute_uri(path) is iri_to_uri(scheme://host + path), character by character
    origin = request.build_absolute_uri("/")[:-1] if request else None

    def url_of(model, slug):
        pattern = url_pattern(model, language)
        if pattern is None:
            return None
        path = pattern.replace(SLUG_MARK, slug)
        return origin + iri_to_uri(path) if origin is not None else path

    return url_of


SLUG_MARK = "slug-mark-0"


@functools.cache
def url_pattern(model, language):
    """The model's `get_absolute_url()` with a mark for the slug, worked out once per model and
    language: a page of stories links a hundred objects, and `reverse()` is the slow part."""
    try:
        return model(slug=SLUG_MARK).get_absolute_url()
    except NoReverseMatch:
        return None  # the site has no page for it (yet)


class FastNested:
    """Nested rows are many (a page of stories carries hundreds): they are built as plain dicts,
    which is several times faster than DRF's field machinery. The declared fields still
    document them in the schema; the tests and schemathesis hold the two together."""

    def row(self, obj):
        """`Meta.fields` read straight off the object, `url` as the public page's address;
        serializers with computed or related fields write their own."""
        return {
            name: site_url(obj, self.context.get("request"))
            if name == "url"
            else getattr(obj, name)
            for name in self.Meta.fields
        }

    def to_representation(self, obj):
        return self.row(obj)


class SpeakerSerializer(serializers.Serializer):
    """Documents the speaker of a quote; `QuoteSpeakerField` fills it."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    role = serializers.CharField(help_text="Their role as of the quote's article.")


@extend_schema_field(SpeakerSerializer(allow_null=True))
class QuoteSpeakerField(serializers.Field):
    """The speaker with the role they held in that story (`speaker_role`, see QuoteQuerySet)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, quote):
        return speaker_of(quote)


def speaker_of(quote):
    speaker = quote.speaker
    if speaker is None:
        return None
    role = getattr(quote, "speaker_role", "")
    return {"id": speaker.pk, "name": speaker.name, "slug": speaker.slug, "role": role}


@extend_schema_field(OpenApiTypes.STR)
class PublicRoleField(serializers.Field):
    """Readers get the role of a person's latest published story, never a draft's."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, person):
        return getattr(person, "public_role", person.role) or ""


class TopicSerializer(serializers.ModelSerializer):
    uri = serializers.URLField(read_only=True, help_text="The concept's IPTC URI.")
    broader = serializers.SlugRelatedField(
        source="parent", slug_field="qcode", read_only=True, allow_null=True
    )

    class Meta:
        model = Topic
        fields = ["id", "qcode", "uri", "name_en", "name_ru", "level", "broader"]


class BriefTopicSerializer(FastNested, serializers.ModelSerializer):
    uri = serializers.URLField(read_only=True)

    class Meta:
        model = Topic
        fields = ["qcode", "uri", "name_en", "name_ru"]


class PersonSerializer(serializers.ModelSerializer):
    url = SiteUrlField()
    role = PublicRoleField(help_text="Their role as of their latest story.")

    class Meta:
        model = Person
        fields = ["id", "name", "slug", "role", "url"]


class MentionSerializer(FastNested, serializers.Serializer):
    id = serializers.IntegerField(source="person.id")
    name = serializers.CharField(source="person.name")
    slug = serializers.CharField(source="person.slug")
    role = serializers.CharField(help_text="The role they held as of this article.")

    def row(self, mention):
        person = mention.person
        return {"id": person.pk, "name": person.name, "slug": person.slug, "role": mention.role}


class PlaceSerializer(FastNested, serializers.ModelSerializer):
    url = SiteUrlField()

    class Meta:
        model = Place
        fields = ["id", "name", "slug", "url"]


class OrganisationSerializer(FastNested, serializers.ModelSerializer):
    url = SiteUrlField()

    class Meta:
        model = Organisation
        fields = ["id", "name", "slug", "abbreviation", "url"]


class ArticleQuoteSerializer(FastNested, serializers.ModelSerializer):
    speaker = QuoteSpeakerField()

    class Meta:
        model = Quote
        fields = ["id", "text", "kind", "position", "status", "speaker"]

    def row(self, quote):
        return {
            "id": quote.pk,
            "text": quote.text,
            "kind": quote.kind,
            "position": quote.position,
            "status": quote.status,
            "speaker": speaker_of(quote),
        }


class BriefArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        fields = ["id", "headline", "slug", "language", "published_at"]


class QuoteSerializer(serializers.ModelSerializer):
    speaker = QuoteSpeakerField()
    article = BriefArticleSerializer()

    class Meta:
        model = Quote
        fields = ["id", "text", "kind", "position", "status", "confidence", "speaker", "article"]


class RelatedRowsListSerializer(serializers.ListSerializer):
    """A page of stories: what they mention is read for all of them at once (five queries)."""

    def to_representation(self, data):
        articles = list(data.all() if hasattr(data, "all") else data)
        related = self.child.related_rows(articles)
        return [self.child.row(article, related[article.pk]) for article in articles]


# Whole stories (JSON and ninjs): their topics, people, places, organisations and quotes come
# from `related.related_rows`, as plain rows, never through model instances. (Comments, not
# docstrings, on serializers: a docstring is the schema's description of the component.)
class WithRelatedRows:
    def related_rows(self, articles):
        request = self.context.get("request")
        return related.related_rows(
            [article.pk for article in articles],
            public=not (request and reads_unpublished(request)),
            url_of=page_urls(request),
        )

    def to_representation(self, article):
        return self.row(article, self.related_rows([article])[article.pk])


# DRF's own conversions, so that the hand-built rows match what its fields would emit.
DATETIME = serializers.DateTimeField()
DATE = serializers.DateField()


def datetime_value(value):
    return None if value is None else DATETIME.to_representation(value)


def date_value(value):
    return None if value is None else DATE.to_representation(value)


# A story. Its row is built by hand (`row`), several times faster than DRF's field machinery;
# the declared fields document it, and tests/articles/api/test_rows.py holds the row to what
# they would emit.
class ArticleSerializer(WithRelatedRows, serializers.ModelSerializer):
    url = SiteUrlField()
    topics = BriefTopicSerializer(many=True)
    people = MentionSerializer(source="mentions", many=True)
    places = PlaceSerializer(many=True)
    organisations = OrganisationSerializer(many=True)
    quotes = ArticleQuoteSerializer(many=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "slug",
            "headline",
            "lead",
            "body",
            "language",
            "status",
            "published_at",
            "created_at",
            "updated_at",
            "version",
            "source",
            "dateline",
            "topics",
            "people",
            "places",
            "organisations",
            "quotes",
        ]
        list_serializer_class = RelatedRowsListSerializer

    def row(self, article, related):
        return {
            "id": int(article.pk),
            "url": site_url(article, self.context.get("request")),
            "slug": str(article.slug),
            "headline": str(article.headline),
            "lead": str(article.lead),
            "body": str(article.body),
            "language": str(article.language),
            "status": str(article.status),
            "published_at": datetime_value(article.published_at),
            "created_at": datetime_value(article.created_at),
            "updated_at": datetime_value(article.updated_at),
            "version": int(article.version),
            "source": str(article.source),
            "dateline": date_value(article.dateline),
            "topics": related["topics"],
            "people": related["people"],
            "places": related["places"],
            "organisations": related["organisations"],
            "quotes": related["quotes"],
        }


RELATIONS = ("topics", "places", "organisations")


class LookupField(serializers.SlugRelatedField):
    """A related object by its code or slug; values no row can hold are refused before the query."""

    def to_internal_value(self, data):
        if not isinstance(data, str) or "\x00" in data:
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleWriteSerializer(serializers.ModelSerializer):
    """What a desk tool sets on a story; status changes only through /transition/."""

    slug = serializers.SlugField(
        max_length=255,
        required=False,
        help_text=_("Latin letters; made from the headline when left out."),
    )
    topics = LookupField(
        slug_field="qcode",
        queryset=Topic.objects.active(),
        many=True,
        required=False,
        help_text=_("IPTC Media Topic qcodes, e.g. medtop:20000344."),
    )
    places = LookupField(slug_field="slug", queryset=Place.objects.all(), many=True, required=False)
    organisations = LookupField(
        slug_field="slug", queryset=Organisation.objects.all(), many=True, required=False
    )

    class Meta:
        model = Article
        fields = [
            "headline",
            "slug",
            "lead",
            "body",
            "language",
            "source",
            "dateline",
            "topics",
            "places",
            "organisations",
        ]

    def validate_slug(self, slug):
        taken = Article.objects.filter(slug=slug).exclude(pk=getattr(self.instance, "pk", None))
        if taken.exists():
            raise serializers.ValidationError(_("Another article has this slug."))
        return slug

    def validate(self, attrs):
        if self.instance is None and not attrs.get("slug"):
            attrs["slug"] = unique_slug(attrs["headline"])
        return attrs

    @transaction.atomic
    def save_article(self, *, expected_version):
        """Write through `services.save_article`: a stale version raises StaleVersion (412)."""
        fields = dict(self.validated_data)
        relations = {name: fields.pop(name) for name in RELATIONS if name in fields}
        article = self.instance or Article()
        for name, value in fields.items():
            setattr(article, name, value)
        try:
            services.save_article(article=article, expected_version=expected_version)
        except IntegrityError:  # another request took the slug since validate_slug looked
            raise serializers.ValidationError(
                {"slug": [_("Another article has this slug.")]}
            ) from None
        for name, values in relations.items():
            getattr(article, name).set(values)
        return article


def unique_slug(headline):
    base = transliterate(headline, max_length=240) or slugify(headline) or "article"
    slug, number = base, 1
    while Article.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


class TransitionSerializer(serializers.Serializer):
    transition = serializers.ChoiceField(choices=sorted(TRANSITIONS))
    at = serializers.DateTimeField(
        required=False,
        allow_null=True,
        help_text=_("publish only: a future time schedules the story (ISO 8601)."),
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")

    def validate(self, attrs):
        if attrs.get("at") and attrs["transition"] != "publish":
            raise serializers.ValidationError({"at": _("Only publishing takes a time.")})
        return attrs


class QuoteReviewSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Quote.Review.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")
