from django.contrib import admin
from django.urls import include, path

from articles.preview import shared_preview
from newsroom.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("articles.api.urls")),
    # Reviewers' previews through share links (noindex), before the public pages.
    path("preview/<str:token>/", shared_preview, name="article_preview"),
    path("", include("articles.urls")),
]
