"""/api/v1/… (the API), /api/schema/ (OpenAPI 3), /api/docs/ (Swagger UI), /api/redoc/."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from . import views

app_name = "api"

router = SimpleRouter()
router.register("articles", views.ArticleViewSet, basename="articles")
router.register("quotes", views.QuoteViewSet, basename="quotes")
router.register("people", views.PersonViewSet, basename="people")
router.register("topics", views.TopicViewSet, basename="topics")
router.register("places", views.PlaceViewSet, basename="places")
router.register("organisations", views.OrganisationViewSet, basename="organisations")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api:schema"), name="redoc"),
    # Anything else under /api/ is a JSON 404, never the site's HTML page.
    re_path(r"^.*$", views.not_found),
]
