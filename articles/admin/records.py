"""Records of the desk: the audit log (read-only), preview links, edit locks, API tokens."""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .. import services
from ..api import tokens
from ..models import ApiToken, AuditEntry, EditLock, PreviewLink
from ..timefmt import baku


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["when", "action", "article", "actor", "from_status", "to_status", "note"]
    list_filter = ["action", "to_status", "at", "actor"]
    search_fields = ["note", "article__headline", "actor__username"]
    date_hierarchy = "at"
    list_select_related = ["article", "actor"]

    @admin.display(description=_("when (Baku)"), ordering="at")
    def when(self, entry):
        return baku(entry.at)


@admin.register(PreviewLink)
class PreviewLinkAdmin(admin.ModelAdmin):
    list_display = ["article", "created_by", "created", "expires", "state", "address"]
    list_filter = ["created_at", "expires_at", ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["article__headline", "created_by__username"]
    readonly_fields = ["article", "created_by", "created", "expires", "state", "address"]
    fields = readonly_fields
    list_select_related = ["article", "created_by"]
    actions = ["revoke_selected"]

    def has_add_permission(self, request):
        return False  # links are made from the article's page

    @admin.display(description=_("created (Baku)"), ordering="created_at")
    def created(self, link):
        return baku(link.created_at)

    @admin.display(description=_("expires (Baku)"), ordering="expires_at")
    def expires(self, link):
        return baku(link.expires_at)

    @admin.display(description=_("state"))
    def state(self, link):
        if link.revoked_at:
            return _("revoked %(when)s") % {"when": baku(link.revoked_at)}
        return _("valid") if link.is_valid else _("expired")

    @admin.display(description=_("address"))
    def address(self, link):
        if not link.is_valid:
            return "—"
        url = reverse("article_preview", args=[services.preview_token(link)])
        return format_html('<a href="{}" rel="noopener">{}</a>', url, _("open"))

    @admin.action(description=_("Revoke selected links"), permissions=["change"])
    def revoke_selected(self, request, queryset):
        for link in queryset:
            services.revoke_preview_link(link=link, by=request.user)
        self.message_user(request, _("Links revoked."), messages.SUCCESS)


@admin.register(EditLock)
class EditLockAdmin(ReadOnlyAdmin):
    list_display = ["article", "user", "since_baku", "expires_baku"]
    list_select_related = ["article", "user"]
    search_fields = ["article__headline", "user__username"]

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser  # to break a stale lock by hand

    @admin.display(description=_("since (Baku)"), ordering="since")
    def since_baku(self, lock):
        return baku(lock.since)

    @admin.display(description=_("expires (Baku)"), ordering="expires_at")
    def expires_baku(self, lock):
        return baku(lock.expires_at)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created", "last_used", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter), "created_at"]
    search_fields = ["name", "user__username", "prefix"]
    autocomplete_fields = ["user"]
    list_select_related = ["user"]
    actions = ["revoke_selected"]

    def get_fields(self, request, obj=None):
        return ["user", "name"] if obj is None else ["user", "name", "prefix", "revoked_at"]

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else ["user", "prefix", "revoked_at"]

    @admin.display(description=_("created (Baku)"), ordering="created_at")
    def created(self, token):
        return baku(token.created_at)

    @admin.display(description=_("last used (Baku)"), ordering="last_used_at")
    def last_used(self, token):
        return baku(token.last_used_at) or "—"

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        token, raw_key = tokens.create_token(user=obj.user, name=obj.name)
        obj.pk, obj.prefix, obj.key_hash = token.pk, token.prefix, token.key_hash
        obj._state.adding = False
        self.message_user(
            request,
            _("The token, shown this once only — copy it now: %(key)s") % {"key": raw_key},
            messages.WARNING,
        )

    @admin.action(description=_("Revoke selected tokens"), permissions=["change"])
    def revoke_selected(self, request, queryset):
        now = timezone.now()
        for token in queryset:
            tokens.revoke_token(token, at=now)
        self.message_user(request, _("Tokens revoked."), messages.SUCCESS)
