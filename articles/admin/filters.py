"""List filters of the desk that Django does not ship."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Article, Quote


def missed_schedule(queryset=None):
    """Stories past their publication time that readers cannot see (withdrawn ones aside)."""
    queryset = Article.objects.all() if queryset is None else queryset
    return (
        queryset.filter(published_at__lte=timezone.now())
        .exclude(pk__in=Article.objects.published().values("pk"))
        .exclude(status=Article.Status.WITHDRAWN)
    )


class UnconfirmedQuotesFilter(admin.SimpleListFilter):
    title = _("quotes")
    parameter_name = "quotes"

    def lookups(self, request, model_admin):
        return [
            ("unconfirmed", _("Has unconfirmed quotes")),
            ("review", _("Has low-confidence quotes")),
        ]

    def queryset(self, request, queryset):
        quotes = Quote.objects.filter(article=OuterRef("pk"), status=Quote.Review.SUGGESTED)
        if self.value() == "unconfirmed":
            return queryset.filter(Exists(quotes))
        if self.value() == "review":
            low = quotes.filter(confidence__lt=settings.NEWSROOM_REVIEW_CONFIDENCE)
            return queryset.filter(Exists(low))
        return queryset


class MissedScheduleFilter(admin.SimpleListFilter):
    title = _("schedule")
    parameter_name = "schedule"

    def lookups(self, request, model_admin):
        return [
            ("scheduled", _("Scheduled (future)")),
            ("missed", _("Publication time passed, not visible")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "scheduled":
            return queryset.filter(pk__in=Article.objects.scheduled().values("pk"))
        if self.value() == "missed":
            return missed_schedule(queryset)
        return queryset
