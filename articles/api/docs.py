"""OpenAPI documentation of the viewsets: every parameter, status code and error shape.

Kept apart from views.py so the views read as behaviour; drf-spectacular reads these.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)

from . import serializers
from .exceptions import ErrorResponseSerializer
from .ninjs import NinjsSerializer


def error(description):
    return OpenApiResponse(ErrorResponseSerializer, description=description)


NOT_MODIFIED = OpenApiResponse(description="Not modified: the ETag or date you sent is current.")
BAD_REQUEST = error("A parameter or field is invalid; `parameter` names it.")
UNAUTHORIZED = error("The token is invalid or revoked, or the write needs credentials.")
FORBIDDEN = error("Your role may not do this (see the desk's permissions).")
NOT_FOUND = error("No such object, or not one you may see (drafts are never public).")
THROTTLED = error("Too many requests; wait the seconds given in Retry-After.")
PRECONDITION_FAILED = error("The article changed since your If-Match version; nothing changed.")
PRECONDITION_REQUIRED = error("If-Match is missing; send the ETag you received.")

FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    enum=["json", "ninjs"],
    description="`ninjs` answers with IPTC ninjs 3.1 news items instead of the API's own shape.",
)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description='The ETag of the version you edited, e.g. `"v3-…"`; `*` overwrites blindly.',
)
IF_MATCH_OPTIONAL = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="Optional: apply the transition only if the article is still this version.",
)

READ_ERRORS = {304: NOT_MODIFIED, 400: BAD_REQUEST, 401: UNAUTHORIZED, 429: THROTTLED}
DETAIL_ERRORS = {
    304: NOT_MODIFIED,
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    404: NOT_FOUND,
    429: THROTTLED,
}
WRITE_ERRORS = {400: BAD_REQUEST, 401: UNAUTHORIZED, 403: FORBIDDEN, 429: THROTTLED}


def read_only(name, serializer, description):
    return {
        "list": extend_schema(
            summary=f"List {name}",
            description=description,
            responses={200: serializer(many=True), **READ_ERRORS},
        ),
        "retrieve": extend_schema(
            summary=f"One of the {name}", responses={200: serializer, **DETAIL_ERRORS}
        ),
    }


# The article list and detail answer one of two shapes, chosen by `format`.
def article_responses(status, many=False):
    return {
        status: PolymorphicProxySerializer(
            component_name="ArticleOrNinjs",
            serializers=[serializers.ArticleSerializer, NinjsSerializer],
            resource_type_field_name=None,
            many=many,
        )
    }


# A version-checked update: the story back, or why it was refused (stale If-Match, none given).
CONDITIONAL_UPDATE_RESPONSES = {
    200: serializers.ArticleSerializer,
    **WRITE_ERRORS,
    404: NOT_FOUND,
    412: PRECONDITION_FAILED,
    428: PRECONDITION_REQUIRED,
}

ARTICLES = {
    "list": extend_schema(
        summary="List articles",
        description=(
            "Published stories, newest first; the desk also sees drafts, stories in review and "
            "withdrawn ones. Pages are keyset-paginated: follow `next`."
        ),
        parameters=[FORMAT],
        responses={**article_responses(200, many=True), **READ_ERRORS},
    ),
    "retrieve": extend_schema(
        summary="One article",
        description="With its quotes, people (with their role as of the story), topics, places "
        "and organisations. The ETag carries the version to send back in If-Match.",
        parameters=[FORMAT],
        responses={**article_responses(200), **DETAIL_ERRORS},
    ),
    "create": extend_schema(
        summary="Create a draft (desk)",
        request=serializers.ArticleWriteSerializer,
        responses={201: serializers.ArticleSerializer, **WRITE_ERRORS},
    ),
    "update": extend_schema(
        summary="Replace a story's fields (desk)",
        parameters=[IF_MATCH],
        request=serializers.ArticleWriteSerializer,
        responses=CONDITIONAL_UPDATE_RESPONSES,
    ),
    "partial_update": extend_schema(
        summary="Change some of a story's fields (desk)",
        parameters=[IF_MATCH],
        request=serializers.ArticleWriteSerializer,
        responses=CONDITIONAL_UPDATE_RESPONSES,
    ),
    "transition": extend_schema(
        summary="Submit, publish (or schedule), withdraw or return a story (desk)",
        description="Checked against the same permissions as the desk; recorded in the audit log.",
        parameters=[IF_MATCH_OPTIONAL],
        request=serializers.TransitionSerializer,
        responses={
            200: serializers.ArticleSerializer,
            **WRITE_ERRORS,
            404: NOT_FOUND,
            412: PRECONDITION_FAILED,
        },
    ),
}

QUOTES = {
    **read_only(
        "quotes",
        serializers.QuoteSerializer,
        "Quotes of published stories with their speaker and article, newest story first.",
    ),
    "review": extend_schema(
        summary="Confirm or reject a quote (editors)",
        request=serializers.QuoteReviewSerializer,
        responses={200: serializers.QuoteSerializer, **WRITE_ERRORS, 404: NOT_FOUND},
    ),
}
PEOPLE = read_only(
    "people", serializers.PersonSerializer, "People named or quoted in published stories."
)
TOPICS = read_only(
    "topics", serializers.TopicSerializer, "IPTC Media Topics that published stories are about."
)
PLACES = read_only("places", serializers.PlaceSerializer, "Places in published stories.")
ORGANISATIONS = read_only(
    "organisations", serializers.OrganisationSerializer, "Organisations in published stories."
)
