"""Every API error as `{"errors": [{"parameter": ..., "message": ..., "code": ...}]}`.

`parameter` names the query parameter, body field or header at fault (`published_after`,
`cursor`, `If-Match`), or is null when the error is about the request as a whole.
"""

import logging

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler

from articles.services import QuoteReviewNotAllowed, StaleVersion, TransitionNotAllowed

logger = logging.getLogger(__name__)


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = _("Send If-Match with the ETag of the article you edited.")
    default_code = "precondition_required"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = _(
        "The article changed since you loaded it; reload it and apply your change again."
    )
    default_code = "precondition_failed"


def parameter_error(parameter, message, code="invalid"):
    """A 400 naming `parameter` (a query parameter or a body field)."""
    return exceptions.ValidationError({parameter: [exceptions.ErrorDetail(message, code)]})


def api_exception_handler(exc, context):
    exc = translate(exc)
    response = exception_handler(exc, context)
    if response is not None:
        parameter = getattr(exc, "parameter", None)
        response.data = {"errors": list(flatten(response.data, parameter))}
    return response


def translate(exc):
    if isinstance(exc, StaleVersion):
        exc = PreconditionFailed(str(exc))
    if isinstance(exc, PreconditionRequired | PreconditionFailed):
        exc.parameter = "If-Match"
    if isinstance(exc, TransitionNotAllowed | QuoteReviewNotAllowed):
        return exceptions.PermissionDenied(str(exc))
    if isinstance(exc, Http404):
        # DRF would pass on Django's own text ("No Article matches the given query."): untranslated,
        # and it names our models. The caller gets DRF's translated "Not found." instead.
        return exceptions.NotFound()
    if isinstance(exc, DataError):
        # The last line of defence: a value the database cannot store or compare (out of range,
        # a NUL character) is the caller's error, never a 500. Validation should catch it first.
        logger.warning("database refused a value: %s", exc)
        return exceptions.ValidationError(
            _("A value is out of range or contains characters that cannot be stored.")
        )
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else exc.messages
        )
    return exc


def flatten(data, parameter=None):
    """DRF's nested error data as a flat list; nested fields read `topics[1]` or `at.date`."""
    if isinstance(data, dict):
        if set(data) == {"detail"}:
            yield error(parameter, data["detail"])
            return
        for key, value in data.items():
            name = None if key in ("non_field_errors", "detail") else key
            name = f"{parameter}.{name}" if parameter and name else (name or parameter)
            yield from flatten(value, name)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, dict | list):
                yield from flatten(value, f"{parameter}[{index}]")
            else:
                yield error(parameter, value)
    else:
        yield error(parameter, data)


def error(parameter, detail):
    return {
        "parameter": parameter,
        "message": str(detail),
        "code": getattr(detail, "code", None) or "invalid",
    }


class ErrorSerializer(serializers.Serializer):
    parameter = serializers.CharField(
        allow_null=True,
        help_text="The query parameter, body field or header at fault; null for the whole request.",
    )
    message = serializers.CharField(help_text="What is wrong, in words for a developer.")
    code = serializers.CharField(help_text="A stable machine-readable code, e.g. `invalid`.")


class ErrorResponseSerializer(serializers.Serializer):
    errors = ErrorSerializer(many=True)
