"""Addresses of the public site.

`urlpatterns` are the pages, mounted by newsroom/urls.py under `i18n_patterns` without a prefix
for Russian (the default) and under /en/ for the English interface. `discovery_patterns` (feeds,
sitemaps, robots.txt) are language-neutral and mounted once, at the root.
"""

from django.urls import path, re_path

from . import feeds, sitemaps, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("news/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("people/<slug:slug>/", views.PersonView.as_view(), name="person"),
    # The IPTC number as written (04000000): an int converter would drop the leading zero.
    re_path(r"^topics/(?P<code>[0-9]+)/$", views.TopicView.as_view(), name="topic"),
    path("places/<slug:slug>/", views.PlaceView.as_view(), name="place"),
    path("organisations/<slug:slug>/", views.OrganisationView.as_view(), name="organisation"),
    path("quotes/", views.QuotesView.as_view(), name="quotes"),
    path("archive/", views.ArchiveView.as_view(), name="archive"),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$",
        views.MonthView.as_view(),
        name="archive-month",
    ),
    re_path(
        r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/(?P<day>[0-9]{2})/$",
        views.DayView.as_view(),
        name="archive-day",
    ),
    path("search/", views.SearchView.as_view(), name="search"),
]

discovery_patterns = (
    [
        path("feed/", feeds.LatestFeed(), name="feed"),
        path("feed/atom/", feeds.LatestAtomFeed(), name="atom-feed"),
        re_path(r"^feed/topics/(?P<code>[0-9]+)/$", feeds.TopicFeed(), name="topic-feed"),
        path("feed/people/<slug:slug>/", feeds.PersonFeed(), name="person-feed"),
        path("sitemap.xml", sitemaps.sitemap_view, name="sitemap"),
        path("sitemap-news.xml", sitemaps.NewsSitemapView.as_view(), name="sitemap-news"),
        path("robots.txt", views.RobotsView.as_view(), name="robots"),
    ],
    "discovery",
)
