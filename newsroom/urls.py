from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from articles.preview import shared_preview
from articles.urls import discovery_patterns
from newsroom.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("articles.api.urls")),
    # Reviewers' previews through share links (noindex), before the public pages.
    path("preview/<str:token>/", shared_preview, name="article_preview"),
    path("", include(discovery_patterns)),
    # The public pages: Russian at the root, the English interface under /en/.
    *i18n_patterns(path("", include("articles.urls")), prefix_default_language=False),
]
