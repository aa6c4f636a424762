"""Conditional requests: ETag and Last-Modified on reads (304 when unchanged), and the
`If-Match` precondition that guards edits.

An article's ETag is `"v<version>-<digest>"`: the digest (of the response body) makes a
304 exact even when a quote or a person's name changed; the version is what `If-Match`
is checked against, through `save_article(expected_version=...)`.
"""

import hashlib
import re

from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from articles import cache

from .exceptions import PreconditionFailed, PreconditionRequired

VERSION_TAG = re.compile(r'^"v(\d{1,18})(?:-[0-9a-f]*)?"$')


def content_etag(response, version=None):
    digest = hashlib.sha256(response.content).hexdigest()[:20]
    return f'"v{version}-{digest}"' if version is not None else f'"{digest}"'


def expected_version(request, current_version):
    """The version the client edited, from `If-Match`; 428 without it, 412 if it is not ours."""
    header = request.headers.get("If-Match")
    if not header:
        raise PreconditionRequired
    tags = [tag.strip() for tag in header.split(",")]
    if "*" in tags:
        return current_version
    versions = [int(m[1]) for m in map(VERSION_TAG.match, tags) if m]
    if current_version in versions:
        return current_version
    if versions:
        return versions[0]  # stale: save_article raises StaleVersion, answered with 412
    raise PreconditionFailed


class ConditionalResponseMixin:
    """Adds ETag/Last-Modified to successful responses and answers 304 to repeat reads.

    A read by a caller without credentials is marked for the public cache (articles/cache.py)
    with the generation read before its queries; the entry keeps the headers, so a cached
    answer carries the very ETag an uncached one would. Cached answers are not throttled:
    they cost no query and no view, as from a CDN (docs/production.md)."""

    cache_state = None

    def initial(self, request, *args, **kwargs):
        if request.method in cache.SAFE_METHODS and not cache.carries_credentials(request):
            self.cache_state = cache.request_state(request)
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ["Accept", "Accept-Language", "Authorization", "Cookie"])
        if response.status_code not in (200, 201) or getattr(response, "exception", False):
            return response
        response.render()
        response["ETag"] = content_etag(response, getattr(self, "etag_version", None))
        last_modified = getattr(self, "last_modified", None)
        if last_modified:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        if request.method in ("GET", "HEAD"):
            response = get_conditional_response(
                request,
                etag=response["ETag"],
                last_modified=last_modified and int(last_modified.timestamp()),
                response=response,
            )
            if self.cache_state is not None:
                cache.mark_cacheable(response, self.cache_state)
        return response
