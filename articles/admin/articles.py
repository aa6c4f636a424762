"""The article desk: list, change form with workflow buttons, inlines for topics, people, quotes."""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import permissions, revisions, services
from ..forms import BUTTON_TRANSITIONS, ArticleForm, publication_time
from ..models import Article, Quote
from ..timefmt import baku
from . import desk_views
from .filters import MissedScheduleFilter, UnconfirmedQuotesFilter, missed_schedule
from .inlines import ArticleTopicInline, MentionInline, QuoteInline


def may_ever(user, name):
    """Whether `user` may apply transition `name` to an article in some state (to offer actions)."""
    return any(
        permissions.can_transition(user, Article(status=source), name)
        for source in permissions.TRANSITIONS[name].sources
    )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"
    list_display = [
        "headline",
        "status_label",
        "language",
        "publication",
        "unconfirmed",
        "being_edited",
        "updated",
    ]
    list_filter = [
        "status",
        ("topics", admin.RelatedOnlyFieldListFilter),
        "language",
        "published_at",
        UnconfirmedQuotesFilter,
        MissedScheduleFilter,
    ]
    search_fields = ["headline", "lead", "body", "slug", "source_file"]
    date_hierarchy = "published_at"
    ordering = ["-updated_at", "-id"]  # the desk works on what moved last
    autocomplete_fields = ["places", "organisations"]
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = ["workflow_state", "revision_info", "provenance"]
    fieldsets = [
        (None, {"fields": ["workflow_state", "headline", "slug", "lead", "body"]}),
        (
            _("Metadata"),
            {"fields": [("language", "source", "dateline"), "places", "organisations"]},
        ),
        (
            _("Provenance and revisions"),
            {"classes": ["collapse"], "fields": ["revision_info", "provenance", "source_file"]},
        ),
    ]
    inlines = [ArticleTopicInline, MentionInline, QuoteInline]
    actions = ["submit_selected", "publish_selected", "withdraw_selected", "return_selected"]
    list_per_page = 50

    class Media:
        css = {"all": ["desk/desk.css"]}
        js = ["desk/desk.js"]

    def get_queryset(self, request):
        unconfirmed = Count("quotes", filter=Q(quotes__status=Quote.Review.SUGGESTED))
        return (
            super()
            .get_queryset(request)
            .annotate(unconfirmed_count=unconfirmed)
            .select_related("edit_lock__user")
        )

    # --- permissions: asked of articles/permissions.py only -------------------------------

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit(request.user, obj)

    def has_submit_permission(self, request):
        return may_ever(request.user, "submit")

    def has_publish_permission(self, request):
        return may_ever(request.user, "publish")

    def has_withdraw_permission(self, request):
        return may_ever(request.user, "withdraw")

    def has_return_permission(self, request):
        return may_ever(request.user, "return")

    # --- list columns ---------------------------------------------------------------------

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, article):
        return format_html(
            '<span class="status status-{}">{}</span>', article.status, article.get_status_display()
        )

    @admin.display(description=_("publication (Baku)"), ordering="published_at")
    def publication(self, article):
        if article.published_at is None:
            return "—"
        if article.is_public:
            return baku(article.published_at)
        if article.status == Article.Status.PUBLISHED:
            return format_html("⏱ {} {}", _("scheduled for"), baku(article.published_at))
        if article.published_at <= timezone.now() and article.status != Article.Status.WITHDRAWN:
            return format_html(
                '<strong class="flag-missed">⚠ {}</strong> {}',
                _("time passed, not visible:"),
                baku(article.published_at),
            )
        return baku(article.published_at)

    @admin.display(description=_("unconfirmed quotes"), ordering="unconfirmed_count")
    def unconfirmed(self, article):
        return article.unconfirmed_count or "—"

    @admin.display(description=_("being edited"))
    def being_edited(self, article):
        lock = getattr(article, "edit_lock", None)
        if lock is None or not lock.is_active:
            return ""
        return format_html("✎ {} ({})", lock.user, baku(lock.since, with_date=False))

    @admin.display(description=_("updated"), ordering="updated_at")
    def updated(self, article):
        return baku(article.updated_at)

    # --- read-only parts of the form -------------------------------------------------------

    @admin.display(description=_("workflow"))
    def workflow_state(self, article):
        if article.pk is None:
            return _("New draft")
        return format_html(
            '<span class="status status-{}">{}</span> {}',
            article.status,
            article.get_status_display(),
            self.publication(article) if article.published_at else "",
        )

    @admin.display(description=_("revision"))
    def revision_info(self, article):
        if article.pk is None:
            return "—"
        url = reverse("admin:articles_article_revisions", args=[article.pk])
        return format_html(
            '{} {} · <a href="{}">{}</a>', _("version"), article.version, url, _("all revisions")
        )

    @admin.display(description=_("imported"))
    def provenance(self, article):
        if not article.imported_at:
            return _("written on the desk")
        edited = _("edited since import") if article.edited_since_import else _("as imported")
        return format_html("{} — {} ({})", article.source_file, baku(article.imported_at), edited)

    # --- the change form -------------------------------------------------------------------

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = extra_context or {}
        article = self.get_object(request, unquote(object_id)) if object_id else None
        if article is not None:
            extra_context.update(self.desk_context(request, article))
        elif object_id is None:  # a new draft: save and submit (or publish) in one step
            extra_context.update(self.workflow_context(request, Article()))
        return super().changeform_view(request, object_id, form_url, extra_context)

    def workflow_context(self, request, article):
        names = {t.name for t in permissions.available_transitions(request.user, article)}
        return {
            "transition_buttons": [
                (button, permissions.TRANSITIONS[name].label)
                for button, name in BUTTON_TRANSITIONS.items()
                if name in names and button != "schedule"
            ],
            "can_schedule": "publish" in names,
        }

    def desk_context(self, request, article):
        revisions.ensure_baseline(article)
        lock = None
        if self.has_change_permission(request, article):
            lock = services.acquire_lock(article=article, user=request.user)
        else:
            lock = services.active_lock(article)
        return {
            **self.workflow_context(request, article),
            "lock": lock,
            "locked_by_other": bool(lock and lock.user_id != request.user.pk),
            "lock_since": baku(lock.since, with_date=False) if lock else "",
            "lock_expires": baku(lock.expires_at, with_date=False) if lock else "",
            "missed_schedule": missed_schedule().filter(pk=article.pk).exists(),
            "preview_links": article.preview_links.filter(revoked_at__isnull=True),
            "can_share": request.user.has_perm("articles.add_previewlink"),
            "audit_entries": article.audit_entries.select_related("actor")[:10],
        }

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        expected = form.cleaned_data.get("version") if change else obj.version
        services.save_article(article=obj, expected_version=expected)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Quote:
            return super().save_formset(request, form, formset, change)
        reviewed = []
        for quote_form in formset.forms:
            quote = quote_form.instance
            if quote.pk and "status" in quote_form.changed_data and quote_form.is_valid():
                reviewed.append((quote, quote.status))
                quote.status = quote_form.initial["status"]  # the review service changes it
        formset.save()
        for quote, status in reviewed:
            services.review_quote(quote=quote, status=status, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        button = form.requested_transition
        if button:
            article = form.instance
            services.transition_article(
                article=article,
                name=BUTTON_TRANSITIONS[button],
                by=request.user,
                note=form.cleaned_data.get("transition_note", ""),
                at=publication_time(button, form.cleaned_data.get("publish_at")),
            )
            self.message_user(
                request,
                _("Status is now “%(status)s”.") % {"status": article.get_status_display()},
                messages.SUCCESS,
            )

    def response_change(self, request, obj):
        if "_continue" not in request.POST and "_transition" not in request.POST:
            services.release_lock(article=obj, user=request.user)
        if "_transition" in request.POST:
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        return HttpResponseRedirect(reverse("admin:articles_article_revisions", args=[object_id]))

    def changelist_view(self, request, extra_context=None):
        missed = missed_schedule().count()
        if missed and request.method == "GET":
            messages.warning(
                request,
                ngettext(
                    "%(count)s story is past its publication time but not visible to readers "
                    "(not published). Filter: “Publication time passed”.",
                    "%(count)s stories are past their publication time but not visible to "
                    "readers (not published). Filter: “Publication time passed”.",
                    missed,
                )
                % {"count": missed},
            )
        extra_context = {**(extra_context or {}), "can_import": self.has_add_permission(request)}
        return super().changelist_view(request, extra_context)

    # --- bulk workflow actions -------------------------------------------------------------

    def apply_to_selected(self, request, queryset, name):
        done, refused = 0, []
        for article in queryset:
            try:
                services.transition_article(
                    article=article, name=name, by=request.user, at=publication_time(name)
                )
                done += 1
            except (services.TransitionNotAllowed, services.StaleVersion):
                refused.append(str(article))
        if done:
            self.message_user(
                request,
                ngettext("%(count)s article changed.", "%(count)s articles changed.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                _("Not changed (not allowed in their current state): %(list)s")
                % {"list": "; ".join(refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Submit selected for review"), permissions=["submit"])
    def submit_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "submit")

    @admin.action(description=_("Publish selected now"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "publish")

    @admin.action(description=_("Withdraw selected"), permissions=["withdraw"])
    def withdraw_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "withdraw")

    @admin.action(description=_("Return selected to draft"), permissions=["return"])
    def return_selected(self, request, queryset):
        self.apply_to_selected(request, queryset, "return")

    # --- desk views under /admin/articles/article/ -----------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        desk = [
            ("import/", desk_views.import_view, "import"),
            ("<int:pk>/revisions/", desk_views.revisions_view, "revisions"),
            ("<int:pk>/revisions/compare/", desk_views.compare_view, "compare"),
            ("<int:pk>/revisions/<int:history_id>/revert/", desk_views.revert_view, "revert"),
            ("<int:pk>/preview/", desk_views.preview_view, "preview"),
            ("<int:pk>/share/", desk_views.share_view, "share"),
            ("<int:pk>/share/<int:link_id>/revoke/", desk_views.revoke_view, "revoke"),
            ("<int:pk>/lock/", desk_views.lock_view, "lock"),
            ("<int:pk>/transition/<str:name>/", desk_views.transition_view, "transition"),
        ]
        urls = [
            path(route, view(self.bind(func)), name=f"articles_article_{name}")
            for route, func, name in desk
        ]
        return urls + super().get_urls()

    def bind(self, func):
        def bound(request, *args, **kwargs):
            return func(self, request, *args, **kwargs)

        bound.__name__ = func.__name__
        return bound
