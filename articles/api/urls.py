"""/api/v1/… (the API), /api/schema/ (OpenAPI 3), /api/docs/ (Swagger UI), /api/redoc/."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace
from django.urls import include, path, re_path
from drf_spectacular.utils import extend_schema
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


class SwaggerView(SpectacularSwaggerView):
    """Keeps the site's same-origin opener policy: drf-spectacular relaxes it only for an OAuth2
    pop-up, and this API has no OAuth2."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        del response["Cross-Origin-Opener-Policy"]  # SecurityMiddleware then sets ours
        return response


# Redoc styles itself with injected <style> elements that cannot carry the nonce: on this page
# only (our own static script, no user content) inline styles are allowed.
redoc = csp_replace({"style-src": [SELF, UNSAFE_INLINE]})(
    SpectacularRedocView.as_view(url_name="api:schema")
)

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", redoc, name="redoc"),
    # Anything else under /api/ is a JSON 404, never the site's HTML page.
    re_path(r"^.*$", views.not_found),
]
