"""Admin views of the desk, wired by `ArticleAdmin.get_urls()`; each takes the ModelAdmin first.

They stay thin: the work is in `articles.services`, `articles.revisions` and the import pipeline.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import permissions, revisions, services
from ..diffs import field_diffs, list_diff
from ..forms import BUTTON_TRANSITIONS, ImportForm, TransitionForm, publication_time
from ..importing.load import FAILED, import_files
from ..models import Article
from ..preview import render_preview
from ..timefmt import baku

COMPARED_FIELDS = [
    ("headline", _("headline")),
    ("lead", _("lead")),
    ("body", _("body")),
]
META_FIELDS = [
    ("language", _("language")),
    ("source", _("source agency")),
    ("dateline", _("dateline date")),
    ("status", _("status")),
]


def get_article(admin, request, pk, *, change=False):
    article = admin.get_object(request, str(pk))
    if article is None:
        raise Http404
    allowed = (
        admin.has_change_permission(request, article)
        if change
        else admin.has_view_or_change_permission(request, article)
    )
    if not allowed:
        raise PermissionDenied
    return article


def desk_context(admin, request, article, title):
    return {
        **admin.admin_site.each_context(request),
        "opts": admin.model._meta,
        "original": article,
        "article": article,
        "title": title,
        "has_view_permission": True,
    }


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


# --- revisions ----------------------------------------------------------------------------


def revisions_view(admin, request, pk):
    article = get_article(admin, request, pk)
    revisions.ensure_baseline(article)
    records = list(article.history.select_related("history_user").order_by("-history_date"))
    rows = [
        {
            "record": record,
            "when": baku(record.history_date),
            "who": record.history_user or _("system"),
            "reason": record.history_change_reason
            or {"+": _("created"), "~": _("changed"), "-": _("deleted")}[record.history_type],
        }
        for record in records
    ]
    context = desk_context(
        admin, request, article, _("Revisions of “%(article)s”") % {"article": article}
    )
    context.update(rows=rows, can_revert=admin.has_change_permission(request, article))
    return TemplateResponse(request, "admin/articles/article/revisions.html", context)


def revision_or_404(article, history_id):
    return get_object_or_404(article.history.model, id=article.pk, history_id=history_id)


def describe_quote(quote):
    speaker = quote.speaker.name if quote.speaker_id and quote.speaker else _("no speaker")
    return f"{quote.position}. {speaker}: «{quote.text}» [{quote.get_status_display()}]"


def describe_topic(link):
    return str(link.topic)


def describe_mention(mention):
    gone = _("person #%(id)s (merged or deleted since)") % {"id": mention.person_id}
    name = revisions.named(mention, "person") or gone
    return f"{name} — {mention.role}" if mention.role else name


def describe_place(link):
    return revisions.named(link, "place") or deleted_since(link.place_id)


def describe_organisation(link):
    return revisions.named(link, "organisation") or deleted_since(link.organisation_id)


def deleted_since(pk):
    return _("#%(id)s (deleted since)") % {"id": pk}


def shown(record, name):
    display = getattr(record, f"get_{name}_display", None)
    return str(display() if display else getattr(record, name) or "")


def listed_rows(before, after):
    """The rows around an article, each kind listed the same way: (title, describe, old, new)."""
    return [
        (_("Topics"), describe_topic, before.topics, after.topics),
        (_("People"), describe_mention, before.mentions, after.mentions),
        (_("Places"), describe_place, before.places, after.places),
        (_("Organisations"), describe_organisation, before.organisations, after.organisations),
        (_("Quotes"), describe_quote, before.quotes, after.quotes),
    ]


def comparison(old, new):
    """Everything that differs between two revisions, ready for the template."""
    before, after = revisions.snapshot(old), revisions.snapshot(new)
    meta = []
    for name, label in META_FIELDS:
        a, b = shown(old, name), shown(new, name)
        meta.append({"label": label, "old": a, "new": b, "changed": a != b})
    published = (baku(old.published_at), baku(new.published_at))
    meta.append(
        {
            "label": _("publication time"),
            "old": published[0],
            "new": published[1],
            "changed": published[0] != published[1],
        }
    )
    return {
        "old": old,
        "new": new,
        "old_when": baku(old.history_date),
        "new_when": baku(new.history_date),
        "fields": field_diffs(old, new, COMPARED_FIELDS),
        "meta": meta,
        "lists": [
            {"title": title, **list_diff([describe(r) for r in was], [describe(r) for r in now])}
            for title, describe, was, now in listed_rows(before, after)
        ],
    }


def compare_view(admin, request, pk):
    article = get_article(admin, request, pk)
    history = article.history.order_by("-history_date")
    try:
        new = revision_or_404(article, int(request.GET["b"])) if "b" in request.GET else None
        old = revision_or_404(article, int(request.GET["a"])) if "a" in request.GET else None
    except ValueError as error:
        raise Http404 from error
    new = new or history.first()
    old = old or history.filter(history_date__lt=new.history_date).first() or new
    if old.history_date > new.history_date:
        old, new = new, old
    context = desk_context(admin, request, article, _("Compare revisions"))
    context.update(comparison(old, new))
    context["can_revert"] = admin.has_change_permission(request, article)
    return TemplateResponse(request, "admin/articles/article/compare.html", context)


def revert_view(admin, request, pk, history_id):
    article = get_article(admin, request, pk, change=True)
    revision = revision_or_404(article, history_id)
    if request.method == "POST":
        services.revert_article(article=article, revision=revision, by=request.user)
        messages.success(
            request,
            _("Reverted to version %(version)s; this is now version %(now)s.")
            % {"version": revision.version, "now": article.version},
        )
        return HttpResponseRedirect(change_url(article))
    current = article.history.order_by("-history_date").first()
    context = desk_context(admin, request, article, _("Revert to this revision?"))
    context.update(comparison(current, revision) if current else {})
    context.update(revision=revision, revision_when=baku(revision.history_date))
    return TemplateResponse(request, "admin/articles/article/revert.html", context)


# --- preview and share links --------------------------------------------------------------


def preview_view(admin, request, pk):
    article = get_article(admin, request, pk)
    return render_preview(request, article, staff=True)


def share_view(admin, request, pk):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = get_article(admin, request, pk)
    if not request.user.has_perm("articles.add_previewlink"):
        raise PermissionDenied
    days = min(max(int(request.POST.get("days") or services.PREVIEW_DAYS), 1), 30)
    link, token = services.create_preview_link(article=article, by=request.user, days=days)
    url = request.build_absolute_uri(reverse("article_preview", args=[token]))
    messages.success(
        request,
        _("Preview link for reviewers, valid until %(until)s: %(url)s")
        % {"until": baku(link.expires_at), "url": url},
    )
    return HttpResponseRedirect(change_url(article))


def revoke_view(admin, request, pk, link_id):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article = get_article(admin, request, pk)
    link = get_object_or_404(article.preview_links, pk=link_id)
    if not (
        request.user.has_perm("articles.change_previewlink") or link.created_by == request.user
    ):
        raise PermissionDenied
    services.revoke_preview_link(link=link, by=request.user)
    messages.success(request, _("The preview link is revoked; it no longer opens."))
    return HttpResponseRedirect(change_url(article))


# --- soft lock heartbeat ------------------------------------------------------------------


def lock_view(admin, request, pk):
    """Keep this editor's soft lock while the form is open: JS posts here, and without JS a
    hidden frame reloads this page every minute (meta refresh)."""
    article = get_article(admin, request, pk)
    if request.method == "POST" and request.POST.get("release"):
        services.release_lock(article=article, user=request.user)
        return JsonResponse({"released": True})
    lock = None
    if admin.has_change_permission(request, article):
        lock = services.acquire_lock(article=article, user=request.user)
    else:
        lock = services.active_lock(article)
    state = {
        "mine": bool(lock and lock.user_id == request.user.pk),
        "user": str(lock.user) if lock else "",
        "since": baku(lock.since, with_date=False) if lock else "",
        "expires": baku(lock.expires_at, with_date=False) if lock else "",
    }
    if request.method == "POST":
        return JsonResponse(state)
    response = TemplateResponse(request, "admin/articles/article/lock_frame.html", state)
    # The change form frames this page (same origin only), for browsers without JS.
    response["X-Frame-Options"] = "SAMEORIGIN"
    response._csp_replace = {"frame-ancestors": ["'self'"]}
    return response


# --- workflow by URL ----------------------------------------------------------------------


def transition_view(admin, request, pk, name):
    """Confirm and apply one transition; the same rule as the buttons and actions."""
    article = get_article(admin, request, pk)
    if name not in BUTTON_TRANSITIONS:
        raise Http404
    workflow_name = BUTTON_TRANSITIONS[name]
    if not permissions.can_transition(request.user, article, workflow_name):
        raise PermissionDenied(_("You may not do this to this article in its current state."))
    form = TransitionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid(name=name):
        at = publication_time(name, form.cleaned_data["at"])
        try:
            services.transition_article(
                article=article, name=workflow_name, by=request.user,
                note=form.cleaned_data["note"], at=at,
            )  # fmt: skip
        except services.StaleVersion as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Status is now “%(status)s”.") % {"status": article.get_status_display()},
            )
        return HttpResponseRedirect(change_url(article))
    context = desk_context(admin, request, article, permissions.TRANSITIONS[workflow_name].label)
    context.update(form=form, name=name)
    return TemplateResponse(request, "admin/articles/article/transition.html", context)


# --- import -------------------------------------------------------------------------------


def import_view(admin, request):
    if not admin.has_add_permission(request):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {
        **admin.admin_site.each_context(request),
        "opts": admin.model._meta,
        "title": _("Import wire files"),
        "form": form,
    }
    if request.method == "POST" and form.is_valid():
        publish = form.cleaned_data["publish"]
        if publish and not permissions.can_transition(
            request.user, Article(status=Article.Status.REVIEW), "publish"
        ):
            form.add_error("publish", _("Only editors may publish on import."))
        else:
            context.update(import_report(request, form, publish))
    return TemplateResponse(request, "admin/articles/article/import.html", context)


def import_report(request, form, publish):
    """Run the pipeline the `import_seeds` command runs; report the lines it prints."""
    limit = settings.NEWSROOM_MAX_SEED_BYTES + 1  # one byte more lets the parser say "too big"
    files = [(upload.name, upload.read(limit)) for upload in form.cleaned_data["files"]]
    dry_run = form.cleaned_data["dry_run"]
    summary = import_files(files, publish=publish, dry_run=dry_run, by=request.user)
    lines = [
        {
            "failed": result.outcome == FAILED,
            "text": f"FAILED {result.source_file}: {result.message}"
            if result.outcome == FAILED
            else str(result),
            "article": result.article if result.article and result.article.pk else None,
        }
        for result in summary.results
    ]
    line = ("Dry run: " if dry_run else "") + summary.line()
    level = messages.ERROR if summary.failed else messages.SUCCESS
    messages.add_message(request, level, line)
    return {"lines": lines, "summary_line": line}
