"""Keyset ("cursor") pagination: pages stay stable while stories are being published.

A cursor holds the ordering and the last row's sort value and id, never an offset, so a story
published while a partner walks the list neither repeats nor skips a row. The ordering is the
queryset's own (set by the view or the `ordering` filter); the id breaks ties.
"""

import base64
import binascii
import json
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import F, Q
from django.utils.translation import gettext as _
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from .exceptions import parameter_error

MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class Cursor:
    ordering: str
    value: object
    pk: int
    backward: bool = False


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 20
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.size = self.get_page_size(request)
        self.ordering = queryset.query.order_by[0] if queryset.query.order_by else "-pk"
        self.path = self.ordering.lstrip("-")
        self.descending = self.ordering.startswith("-")
        self.field = sort_field(queryset.model, self.path)
        self.nullable = self.field.null and getattr(view, "ordering_may_be_null", True)
        cursor = self.decode_cursor(request)
        backward = bool(cursor and cursor.backward)
        if cursor:
            queryset = queryset.filter(self.beyond(cursor))
        rows = list(queryset.order_by(*self.order_by(backward))[: self.size + 1])
        more = len(rows) > self.size
        rows = rows[: self.size]
        if backward:
            rows.reverse()
        self.next_row = rows[-1] if rows and (more or backward) else None
        self.previous_row = (
            rows[0] if rows and (cursor and not backward or more and backward) else None
        )
        return rows

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            raise parameter_error(
                self.page_size_query_param,
                _("A whole number from 1 to %(max)s.") % {"max": self.max_page_size},
            )
        return size

    def order_by(self, backward):
        descending = self.descending != backward
        if self.nullable:
            # Rows without a value (drafts without a publication time) always come last.
            expression = F(self.path).desc if descending else F(self.path).asc
            nulls = {"nulls_first": True} if backward else {"nulls_last": True}
            return [expression(**nulls), "-pk" if descending else "pk"]
        return [f"-{self.path}" if descending else self.path, "-pk" if descending else "pk"]

    def beyond(self, cursor):
        """Rows after the cursor in the direction of travel."""
        op = "lt" if self.descending != cursor.backward else "gt"
        if cursor.value is None:
            after_nulls = Q(**{f"{self.path}__isnull": True, f"pk__{op}": cursor.pk})
            return (
                Q(**{f"{self.path}__isnull": False}) | after_nulls
                if cursor.backward
                else after_nulls
            )
        condition = Q(**{f"{self.path}__{op}": cursor.value}) | Q(
            **{self.path: cursor.value, f"pk__{op}": cursor.pk}
        )
        if self.nullable and not cursor.backward:
            condition |= Q(**{f"{self.path}__isnull": True})
        return condition

    def sort_value(self, row):
        value = row
        for part in self.path.split("__"):
            value = getattr(value, "pk" if part == "pk" else part)
        return value

    def decode_cursor(self, request):
        token = request.query_params.get(self.cursor_query_param)
        if token is None:
            return None
        invalid = parameter_error(self.cursor_query_param, _("This cursor is not valid."))
        try:
            payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            ordering, raw_value, pk, backward = (payload[k] for k in ("o", "v", "p", "b"))
        except (TypeError, ValueError, KeyError, binascii.Error):
            raise invalid from None
        if ordering != self.ordering:
            raise parameter_error(
                self.cursor_query_param,
                _("This cursor belongs to another ordering; start again without it."),
            )
        if type(pk) is not int or not 0 < pk <= MAX_ID or type(backward) is not bool:
            raise invalid
        if raw_value is None:
            if not self.nullable:
                raise invalid
            return Cursor(ordering, None, pk, backward)
        if not isinstance(raw_value, str) or "\x00" in raw_value:  # PostgreSQL refuses NUL
            raise invalid
        try:
            value = self.field.to_python(raw_value)
        except (ValidationError, ValueError, OverflowError):
            value = None
        if value is None:
            raise invalid
        return Cursor(ordering, value, pk, backward)

    def get_paginated_response(self, data):
        return Response(
            {
                "next": self.link(self.next_row, backward=False),
                "previous": self.link(self.previous_row, backward=True),
                "results": data,
            }
        )

    def link(self, row, *, backward):
        if row is None:
            return None
        value = self.sort_value(row)
        payload = {
            "o": self.ordering,
            "v": None
            if value is None
            else value.isoformat()
            if hasattr(value, "isoformat")
            else str(value),
            "p": row.pk,
            "b": backward,
        }
        token = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        return replace_query_param(
            self.request.build_absolute_uri(), self.cursor_query_param, token
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": {**link, "description": "The next page, or null on the last one."},
                "previous": {**link, "description": "The page before, or null on the first one."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "An opaque position from the `next` or `previous` link of a page.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Items per page, 1–{self.max_page_size} (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]


def sort_field(model, path):
    """The model field at the end of `path` (`published_at`, `article__published_at`, `pk`)."""
    field = None
    for part in path.split("__"):
        try:
            field = model._meta.pk if part == "pk" else model._meta.get_field(part)
        except FieldDoesNotExist:
            raise ValueError(f"cannot paginate by {path!r}") from None
        model = field.related_model or model
    return field
