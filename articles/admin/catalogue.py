"""People (with merge), quotes, topics, places and organisations: what extraction found, curated."""

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import permissions, services
from ..forms import MergeForm
from ..models import Organisation, Person, PersonAlias, Place, Quote, Topic


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "quote_count", "article_count", "created_at"]
    ordering = ["name"]  # Meta.ordering does not apply to the annotated (grouped) list
    search_fields = ["name", "aliases__name", "role", "slug"]
    list_filter = ["created_at"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                quotes_total=Count("quotes", distinct=True),
                articles_total=Count("mentions", distinct=True),
            )
        )

    def has_merge_permission(self, request):
        return permissions.can_merge_people(request.user)

    @admin.display(description=_("quotes"), ordering="quotes_total")
    def quote_count(self, person):
        return person.quotes_total

    @admin.display(description=_("articles"), ordering="articles_total")
    def article_count(self, person):
        return person.articles_total

    @admin.action(description=_("Merge selected people…"), permissions=["merge"])
    def merge_selected(self, request, queryset):
        people = queryset.order_by("-quotes_total", "pk")
        if people.count() < 2:
            self.message_user(request, _("Select at least two people to merge."), messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, people=people)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            for other in people.exclude(pk=keep.pk):
                services.merge_people(keep=keep, merge=other, by=request.user)
            self.message_user(
                request,
                ngettext(
                    "%(count)s person merged into %(kept)s.",
                    "%(count)s people merged into %(kept)s.",
                    people.count() - 1,
                )
                % {"count": people.count() - 1, "kept": keep},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Merge people"),
            "form": form,
            "people": people,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/person/merge.html", context)


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("needs review")
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [("yes", _("Low confidence, not yet reviewed"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.unreviewed().filter(confidence__lt=settings.NEWSROOM_REVIEW_CONFIDENCE)
        return queryset


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "article", "status", "confidence", "flag"]
    list_filter = ["status", "kind", NeedsReviewFilter]
    search_fields = ["text", "speaker__name", "article__headline"]
    autocomplete_fields = ["speaker", "article"]
    list_select_related = ["speaker", "article"]
    actions = ["confirm_selected", "reject_selected"]

    def get_readonly_fields(self, request, obj=None):
        if permissions.can_review_quotes(request.user):
            return ["confidence"]
        return ["confidence", "status"]

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit(request.user, obj.article)  # as the article's own form

    def has_review_permission(self, request):
        return permissions.can_review_quotes(request.user)

    @admin.display(description=_("text"))
    def short_text(self, quote):
        return str(quote)

    @admin.display(description=_("needs review"))
    def flag(self, quote):
        return format_html("⚠ {}", _("check")) if quote.needs_review else ""

    def review(self, request, queryset, status):
        for quote in queryset:
            services.review_quote(quote=quote, status=status, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)s quote reviewed.", "%(count)s quotes reviewed.", len(queryset))
            % {"count": len(queryset)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Confirm selected quotes"), permissions=["review"])
    def confirm_selected(self, request, queryset):
        self.review(request, queryset, Quote.Review.CONFIRMED)

    @admin.action(description=_("Reject selected quotes"), permissions=["review"])
    def reject_selected(self, request, queryset):
        self.review(request, queryset, Quote.Review.REJECTED)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["qcode", "name_ru", "name_en", "level", "retired"]
    list_filter = ["level", ("retired", admin.EmptyFieldListFilter)]
    search_fields = ["qcode", "name_ru", "name_en"]
    ordering = ["qcode"]

    def get_search_results(self, request, queryset, search_term):
        queryset, duplicates = super().get_search_results(request, queryset, search_term)
        match = request.resolver_match
        if match and match.url_name == "autocomplete":  # never offer retired concepts for tagging
            queryset = queryset.filter(pk__in=Topic.objects.active().values("pk"))
        return queryset, duplicates


class NamedEntityAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "slug"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(articles_total=Count("articles"))

    @admin.display(description=_("articles"), ordering="articles_total")
    def article_count(self, entity):
        return entity.articles_total


@admin.register(Place)
class PlaceAdmin(NamedEntityAdmin):
    pass


@admin.register(Organisation)
class OrganisationAdmin(NamedEntityAdmin):
    list_display = ["name", "abbreviation", "slug", "article_count"]
    search_fields = ["name", "abbreviation", "slug"]
