"""Previews of unpublished stories as readers will see them: for the desk, and through signed,
expiring, revocable share links for reviewers without an account. Never indexed.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import services
from .models import Article, Quote, Topic
from .timefmt import baku

PUBLIC_TEMPLATES = ["articles/article.html", "articles/article_detail.html"]
FALLBACK_TEMPLATE = "admin/articles/article/preview_page.html"
NOINDEX = '<meta name="robots" content="noindex, nofollow">'


def preview_queryset():
    """What the fallback page shows, with the quotes that will show once published. (The public
    `ArticleView` reads its own lists, drafts' included: it needs none of this.)"""
    return Article.objects.prefetch_related(
        Prefetch("topics", queryset=Topic.objects.order_by("qcode")),
        Prefetch(
            "quotes",
            queryset=Quote.objects.exclude(status=Quote.Review.REJECTED)
            .select_related("speaker")
            .order_by("position"),
        ),
    )


def public_view_class():
    """The public article view, when the site has one, so a preview is the page itself."""
    try:
        from .views import ArticleView
    except ImportError:
        return None

    class PreviewArticleView(ArticleView):
        cached = False

        def get_queryset(self):
            return Article.objects.all()  # any status: the desk's or a share link's story

        def get_object(self, queryset=None):
            article = super().get_object(queryset)
            # Shown with the time it would carry if published now (never saved).
            article.published_at = article.published_at or timezone.now()
            return article

    return PreviewArticleView


def render_preview(request, article, *, staff, link=None):
    banner = (
        _("Preview: this story is “%(status)s” and not visible to readers.")
        % {"status": article.get_status_display()}
        if not article.is_public
        else _("Preview of a published story.")
    )
    if link is not None:
        banner += " " + _("Link valid until %(until)s.") % {"until": baku(link.expires_at)}
    template = select_template([*PUBLIC_TEMPLATES, FALLBACK_TEMPLATE])
    view = public_view_class()
    if view is not None and template.origin.template_name != FALLBACK_TEMPLATE:
        response = view.as_view(template_name=template.origin.template_name)(
            request, pk=article.pk, slug=article.slug
        )
    else:
        article = preview_queryset().get(pk=article.pk)
        response = TemplateResponse(request, FALLBACK_TEMPLATE, {"article": article})
    response.render()
    return mark_preview(response, banner)


def mark_preview(response, banner):
    """noindex in the header and the page, and a banner saying what this is."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    html = response.content.decode()
    if 'name="robots"' not in html:
        html = html.replace("<head>", "<head>" + NOINDEX, 1)
    marker = format_html('<p class="preview-banner" role="status">{}</p>', banner)
    if 'class="preview-banner"' not in html:
        html = html.replace("<main", marker + "<main", 1) if "<main" in html else html
    response.content = html.encode()
    return response


@never_cache
def shared_preview(request, token):
    """/preview/<token>/: a reviewer's view of a story through a share link, no account needed."""
    link = services.resolve_preview_token(token)
    if link is None:
        raise Http404(_("This preview link is invalid, expired or revoked."))
    return render_preview(request, link.article, staff=False, link=link)
