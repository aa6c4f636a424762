"""Query parameters of the read API, as django-filter FilterSets (documented in the schema).

Every bad value is a 400 naming the parameter; none reaches the database unchecked.
"""

import datetime as dt
import re

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.settings import api_settings

from articles.models import Article, Language, Mention, Organisation, Person, Place, Quote, Topic
from articles.search import matching_articles, normalise_query

from .pagination import MAX_ID, KeysetPagination
from .permissions import visible_articles

QCODE = re.compile(r"^(?:medtop:)?(\d{8})$")
# Query parameters that other parts read (pagination, format): they filter nothing.
NOT_FILTERS = frozenset(
    {
        KeysetPagination.cursor_query_param,
        KeysetPagination.page_size_query_param,
        api_settings.URL_FORMAT_OVERRIDE,
    }
)


class FilterBackend(DjangoFilterBackend):
    """django-filter, skipped for a request without a filter parameter (the plain list, the
    most asked page): its FilterSet would build and validate a form of a dozen empty fields to
    return the queryset unchanged. No filter here has a default or is required."""

    def filter_queryset(self, request, queryset, view):
        if request.query_params.keys() <= NOT_FILTERS:
            return queryset
        return super().filter_queryset(request, queryset, view)


class DateTimeParamField(forms.Field):
    """An ISO 8601 date (`2025-05-01`, midnight in Baku) or date-time (`2025-05-01T09:00:00Z`)."""

    default_error_messages = {
        "invalid": _("An ISO 8601 date or date-time, e.g. 2025-05-01 or 2025-05-01T09:00:00+04:00.")
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = value.strip()
        try:
            parsed = parse_datetime(value)
            if parsed is None and (day := parse_date(value)) is not None:
                parsed = dt.datetime.combine(day, dt.time())
            if parsed is not None and timezone.is_naive(parsed):
                parsed = timezone.make_aware(parsed)
            if parsed is not None:
                parsed.astimezone(dt.UTC)  # years 1 and 9999 overflow in some zones
        except (ValueError, OverflowError):
            parsed = None
        if parsed is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return parsed


@extend_schema_field(OpenApiTypes.DATETIME)
class DateTimeParamFilter(filters.Filter):
    field_class = DateTimeParamField


class IdField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(filters.Filter):
    field_class = IdField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 9})
class LevelFilter(filters.Filter):
    field_class = forms.IntegerField

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=9, **kwargs)


class TopicCodeField(forms.CharField):
    default_error_messages = {
        "invalid": _("An IPTC Media Topic code such as medtop:20000344 or 20000344."),
        "unknown": _("There is no IPTC Media Topic %(code)s."),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = QCODE.match(value.strip())
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        topic = Topic.objects.filter(qcode=f"medtop:{match[1]}").first()
        if topic is None:
            raise forms.ValidationError(
                self.error_messages["unknown"], code="unknown", params={"code": value}
            )
        return topic


@extend_schema_field({"type": "string", "pattern": QCODE.pattern})
class TopicFilter(filters.Filter):
    field_class = TopicCodeField


def ordering_filter(*orderings, help_text, field=None):
    """`ordering`: one of `orderings`, `-` for descending; the pagination breaks ties by id.

    `field` maps the public name to a path when they differ (a quote's `published_at` is
    its article's)."""

    def order(queryset, name, value):
        path = field or value.lstrip("-")
        return queryset.order_by(f"-{path}" if value.startswith("-") else path)

    return filters.ChoiceFilter(choices=[(o, o) for o in orderings], method=order, label=help_text)


def after(field):
    return DateTimeParamFilter(
        field_name=field, lookup_expr="gte", label=_("At or after this time (ISO 8601).")
    )


def before(field):
    return DateTimeParamFilter(
        field_name=field, lookup_expr="lt", label=_("Before this time (ISO 8601).")
    )


class ArticleFilter(filters.FilterSet):
    topic = TopicFilter(
        method="filter_topic",
        label=_("IPTC Media Topic code (medtop:20000344); narrower topics are included."),
    )
    person = filters.CharFilter(
        method="filter_person", label=_("Slug of a person named or quoted.")
    )
    place = filters.CharFilter(field_name="places__slug", label=_("Slug of a place."))
    organisation = filters.CharFilter(
        field_name="organisations__slug", label=_("Slug of an organisation.")
    )
    language = filters.ChoiceFilter(choices=Language.choices, label=_("Language of the story."))
    status = filters.ChoiceFilter(
        choices=Article.Status.choices,
        label=_("Workflow state (the desk only; everyone else sees published stories)."),
    )
    published_after = after("published_at")
    published_before = before("published_at")
    updated_after = after("updated_at")
    q = filters.CharFilter(
        method="filter_q",
        label=_("Full-text search of headline, lead and body, in the story's own language."),
    )
    ordering = ordering_filter(
        "-published_at",
        "published_at",
        "-updated_at",
        "updated_at",
        help_text=_("Sort order (default -published_at, newest first)."),
    )

    class Meta:
        model = Article
        fields = []

    def filter_topic(self, queryset, name, topic):
        return queryset.about_topic(topic)

    def filter_person(self, queryset, name, slug):
        person = Person.objects.filter(slug=slug).first()
        return queryset.mentioning(person) if person else queryset.none()

    def filter_q(self, queryset, name, text):
        text = normalise_query(text)
        return queryset.filter(pk__in=matching_articles(text).values("pk")) if text else queryset


class QuoteFilter(filters.FilterSet):
    person = filters.CharFilter(field_name="speaker__slug", label=_("Slug of the speaker."))
    article = IdFilter(field_name="article_id", label=_("Id of the article."))
    topic = TopicFilter(
        method="filter_topic", label=_("IPTC Media Topic code of the article, narrower included.")
    )
    language = filters.ChoiceFilter(
        field_name="article__language", choices=Language.choices, label=_("Language of the story.")
    )
    status = filters.ChoiceFilter(choices=Quote.Review.choices, label=_("Review state."))
    published_after = after("article__published_at")
    published_before = before("article__published_at")
    ordering = ordering_filter(
        "-published_at",
        "published_at",
        field="article__published_at",
        help_text=_("By the article's publication time (default -published_at)."),
    )

    class Meta:
        model = Quote
        fields = []

    def filter_topic(self, queryset, name, topic):
        return queryset.filter(article__in=Article.objects.about_topic(topic))


class InArticleFilterSet(filters.FilterSet):
    """People, places and organisations: `article` narrows to one story the caller may see."""

    article = IdFilter(method="filter_article", label=_("Id of an article that names them."))
    ordering = ordering_filter("name", "-name", help_text=_("Sort order (default name)."))

    def filter_article(self, queryset, name, article_id):
        articles = visible_articles(self.request.user).filter(pk=article_id)
        if queryset.model is Person:
            named = Mention.objects.filter(person=OuterRef("pk"), article__in=articles)
            return queryset.filter(Exists(named))
        return queryset.filter(articles__in=articles)


class PersonFilter(InArticleFilterSet):
    class Meta:
        model = Person
        fields = []


class PlaceFilter(InArticleFilterSet):
    class Meta:
        model = Place
        fields = []


class OrganisationFilter(InArticleFilterSet):
    class Meta:
        model = Organisation
        fields = []


class TopicFilterSet(filters.FilterSet):
    broader = TopicFilter(
        method="filter_broader", label=_("IPTC code of a broader topic: its narrower topics.")
    )
    level = LevelFilter(label=_("Depth in the IPTC tree (1 is the top)."))
    ordering = ordering_filter("qcode", "-qcode", help_text=_("Sort order (default qcode)."))

    class Meta:
        model = Topic
        fields = []

    def filter_broader(self, queryset, name, topic):
        return queryset.filter(parent=topic)
