"""/sitemap.xml for every public page and /sitemap-news.xml (Google News: the last two days).

Addresses are built on settings.SITE_URL, not on a Site row or the request's host.

A quiet spell leaves no story in the news window, and an empty <urlset> is invalid (the
sitemaps.org schema wants at least one <url>), though Google tolerates it. The news sitemap then
lists the latest story without its <news:news> element, which Google's news sitemap guidelines
allow for stories past two days: the address stays put, valid and fetchable (Google asks for one
news sitemap updated in place). Only before anything is published at all is it a 404.
"""

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.db.models import Max, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.views.generic import ListView

from .cache import serve_cached
from .models import Article, Organisation, Person, Place, Topic

NEWS_WINDOW = dt.timedelta(days=2)


class SiteUrlSitemap(Sitemap):
    limit = 5000

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class HomeSitemap(SiteUrlSitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["articles:home", "articles:quotes", "articles:archive"]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(SiteUrlSitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    def lastmod(self, article):
        return article.updated_at


class PublicThroughArticlesSitemap(SiteUrlSitemap):
    """People, places, organisations: last modified when their latest public story was."""

    model = None
    changefreq = "daily"
    priority = 0.5

    def items(self):
        published = Article.objects.published().values("pk")
        return (
            self.model.objects.public()
            .annotate(latest=Max("articles__published_at", filter=Q(articles__in=published)))
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.latest


class PersonSitemap(PublicThroughArticlesSitemap):
    model = Person


class PlaceSitemap(PublicThroughArticlesSitemap):
    model = Place


class OrganisationSitemap(PublicThroughArticlesSitemap):
    model = Organisation


class TopicSitemap(PublicThroughArticlesSitemap):
    model = Topic
    priority = 0.6


SITEMAPS = {
    "pages": HomeSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "people": PersonSitemap,
    "places": PlaceSitemap,
    "organisations": OrganisationSitemap,
}


class NewsSitemapView(ListView):
    """Google News sitemap: stories published in the last two days, in their own language."""

    template_name = "sitemap-news.xml"
    content_type = "application/xml; charset=utf-8"

    def dispatch(self, request, *args, **kwargs):
        return serve_cached(
            request, lambda: super(NewsSitemapView, self).dispatch(request, *args, **kwargs)
        )

    def get_queryset(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            Article.objects.published()
            .filter(published_at__gte=since)
            .only("slug", "headline", "language", "published_at")
            .order_by("-published_at")[:1000]
        )

    def get(self, request, *args, **kwargs):
        self.object_list = self.get_queryset()
        latest = None if self.object_list else latest_story()
        if not self.object_list and latest is None:
            raise Http404("Nothing has been published yet.")
        return self.render_to_response(self.get_context_data(latest=latest))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            site_url=settings.SITE_URL, publication=settings.SITE_NAME, **kwargs
        )


def latest_story():
    """The newest published story, listed (without news metadata) when none is recent."""
    fields = ("slug", "language", "published_at", "updated_at")
    return Article.objects.published().only(*fields).order_by("-published_at").first()


def sitemap_view(request):
    return serve_cached(request, lambda: sitemap(request, sitemaps=SITEMAPS))
