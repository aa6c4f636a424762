"""Inlines of the article form: IPTC topics, people named, quotes with their review."""

from django.contrib import admin
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .. import permissions
from ..models import ArticleTopic, Mention, Quote, Topic


class ArticleTopicInline(admin.TabularInline):
    model = ArticleTopic
    fields = ["topic", "confidence"]
    autocomplete_fields = ["topic"]
    extra = 0
    verbose_name = _("topic")
    verbose_name_plural = _("topics (IPTC)")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "topic":  # retired concepts are never offered; this story's stay
            match = request.resolver_match
            object_id = match.kwargs.get("object_id") if match else None
            current = ArticleTopic.objects.filter(article_id=object_id).values("topic")
            kwargs["queryset"] = Topic.objects.filter(
                Q(pk__in=Topic.objects.active().values("pk")) | Q(pk__in=current)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["person", "role", "confidence"]
    readonly_fields = ["confidence"]
    autocomplete_fields = ["person"]
    extra = 0


class QuoteInline(admin.StackedInline):
    model = Quote
    fields = [("position", "kind", "status"), "text", ("speaker", "confidence", "review_flag")]
    readonly_fields = ["confidence", "review_flag"]
    autocomplete_fields = ["speaker"]
    ordering = ["position"]
    extra = 0
    classes = ["quotes"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not permissions.can_review_quotes(request.user):
            fields.append("status")  # confirming and rejecting is the editors'
        return fields

    @admin.display(description=_("needs review"))
    def review_flag(self, quote):
        if quote.pk and quote.needs_review:
            return format_html(
                '<strong class="flag-review">⚠ {}</strong>',
                _("Low confidence: check the speaker"),
            )
        return "—"
