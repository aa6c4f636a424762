"""Viewsets of the API: published stories and what they mention for everyone, drafts and
edits for the desk. Every article queryset starts from `visible_articles()`, which is
`Article.objects.published()` for everyone outside the desk."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from articles import services
from articles.models import Organisation, Person, Place, Quote, Topic

from . import docs, filters, serializers
from .conditional import ConditionalResponseMixin, expected_version
from .exceptions import parameter_error
from .ninjs import NinjsRenderer, NinjsSerializer
from .pagination import MAX_ID
from .permissions import (
    READ_OR_DESK_WRITE,
    CanCreateArticle,
    CanReviewQuotes,
    reads_unpublished,
    visible_articles,
)
from .schema import ApiAutoSchema


class ApiViewMixin(ConditionalResponseMixin):
    """Ids are checked before they reach the database; an unknown ?format= is a 400."""

    permission_classes = READ_OR_DESK_WRITE
    filter_backends = [filters.FilterBackend]
    schema = ApiAutoSchema()

    def get_object(self):
        pk = self.kwargs.get("pk", "")
        if not (pk.isascii() and pk.isdigit() and 0 < int(pk) <= MAX_ID):
            raise Http404
        obj = get_object_or_404(self.get_queryset(), pk=int(pk))
        self.check_object_permissions(self.request, obj)
        return obj

    def initial(self, request, *args, **kwargs):
        # The site's pages take their language from the address (/en/…); the API has one
        # address for everyone, so it answers in the caller's Accept-Language (Russian by default).
        translation.activate(translation.get_language_from_request(request))
        request.LANGUAGE_CODE = translation.get_language()
        super().initial(request, *args, **kwargs)

    def perform_content_negotiation(self, request, force=False):
        try:
            return super().perform_content_negotiation(request, force)
        except Http404:
            formats = ", ".join(renderer.format for renderer in self.get_renderers())
            message = _("Unknown format; this address answers in: %(formats)s.")
            raise parameter_error("format", message % {"formats": formats}) from None

    @property
    def public(self):
        return not reads_unpublished(self.request)

    @property
    def ordering_may_be_null(self):
        return not self.public


@extend_schema_view(**docs.ARTICLES)
class ArticleViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    filterset_class = filters.ArticleFilter
    renderer_classes = [JSONRenderer, NinjsRenderer]

    def get_queryset(self):
        # What the stories mention is read by their serializers, for a whole page at once.
        return visible_articles(self.request.user).order_by("-published_at")

    def get_permissions(self):
        if self.action == "create":
            return [CanCreateArticle()]
        return super().get_permissions()

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return serializers.ArticleWriteSerializer
        if isinstance(getattr(self.request, "accepted_renderer", None), NinjsRenderer):
            return NinjsSerializer
        return serializers.ArticleSerializer

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        self.last_modified = max((a.updated_at for a in page), default=None)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        return self.represent(self.get_object())

    def create(self, request, *args, **kwargs):
        writer = self.get_serializer(data=request.data)
        writer.is_valid(raise_exception=True)
        article = writer.save_article(expected_version=None)
        return self.represent(self.get_queryset().get(pk=article.pk), status.HTTP_201_CREATED)

    def update(self, request, *args, partial=False, **kwargs):
        article = self.get_object()
        version = expected_version(request, article.version)
        writer = self.get_serializer(article, data=request.data, partial=partial)
        writer.is_valid(raise_exception=True)
        writer.save_article(expected_version=version)
        return self.represent(self.get_queryset().get(pk=article.pk))

    @action(
        detail=True,
        methods=["post"],
        serializer_class=serializers.TransitionSerializer,
        permission_classes=[IsAuthenticated],  # transition_article decides, as for the desk
    )
    def transition(self, request, pk=None):
        article = self.get_object()
        order = serializers.TransitionSerializer(data=request.data)
        order.is_valid(raise_exception=True)
        if request.headers.get("If-Match"):
            article.version = expected_version(request, article.version)
        services.transition_article(
            article=article,
            name=order.validated_data["transition"],
            by=request.user,
            note=order.validated_data["note"],
            at=order.validated_data.get("at"),
        )
        return self.represent(self.get_queryset().get(pk=article.pk))

    def represent(self, article, status_code=status.HTTP_200_OK):
        self.etag_version = article.version
        self.last_modified = article.updated_at
        ninjs = self.action == "retrieve" and isinstance(
            self.request.accepted_renderer, NinjsRenderer
        )
        serializer_class = NinjsSerializer if ninjs else serializers.ArticleSerializer
        data = serializer_class(article, context=self.get_serializer_context()).data
        return Response(data, status=status_code)


@extend_schema_view(**docs.QUOTES)
class QuoteViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.QuoteSerializer
    filterset_class = filters.QuoteFilter

    def get_queryset(self):
        if self.public:
            quotes = Quote.objects.public().for_listing()  # attributed quotes, as on the site
        else:
            quotes = Quote.objects.select_related("speaker", "article")  # the desk: every quote
        return quotes.with_speaker_role().order_by("-article__published_at")

    @action(
        detail=True,
        methods=["post"],
        serializer_class=serializers.QuoteReviewSerializer,
        permission_classes=[CanReviewQuotes],
    )
    def review(self, request, pk=None):
        quote = self.get_object()
        review = serializers.QuoteReviewSerializer(data=request.data)
        review.is_valid(raise_exception=True)
        services.review_quote(quote=quote, by=request.user, **review.validated_data)
        quote = self.get_queryset().get(pk=quote.pk)
        return Response(
            serializers.QuoteSerializer(quote, context=self.get_serializer_context()).data
        )


@extend_schema_view(**docs.PEOPLE)
class PersonViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.PersonSerializer
    filterset_class = filters.PersonFilter

    def get_queryset(self):
        if self.public:
            return Person.objects.public().with_public_role().order_by("name")
        return Person.objects.order_by("name")


@extend_schema_view(**docs.TOPICS)
class TopicViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.TopicSerializer
    filterset_class = filters.TopicFilterSet

    def get_queryset(self):
        topics = Topic.objects.public() if self.public else Topic.objects.all()
        return topics.select_related("parent").order_by("qcode")


@extend_schema_view(**docs.PLACES)
class PlaceViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.PlaceSerializer
    filterset_class = filters.PlaceFilter

    def get_queryset(self):
        places = Place.objects.public() if self.public else Place.objects.all()
        return places.order_by("name")


@extend_schema_view(**docs.ORGANISATIONS)
class OrganisationViewSet(ApiViewMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.OrganisationSerializer
    filterset_class = filters.OrganisationFilter

    def get_queryset(self):
        organisations = Organisation.objects.public() if self.public else Organisation.objects.all()
        return organisations.order_by("name")


def not_found(request, *args, **kwargs):
    translation.activate(translation.get_language_from_request(request))  # as in initial()
    error = {
        "parameter": None,
        "message": _("There is no such address in the API."),
        "code": "not_found",
    }
    return JsonResponse({"errors": [error]}, status=404)
