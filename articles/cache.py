"""The public site's page cache and HTTP validators.

One *generation* stands for "everything public as it is now". Saving or deleting anything a
reader can see (signals.py) starts a new generation, and so does the moment a scheduled story
goes live (the state remembers the earliest such moment). Pages are cached under the
generation, and their ETag and Last-Modified derive from it, so:

- a repeat visit gets 304 without touching the database;
- publishing, withdrawing or editing shows at once: old entries are simply never asked for again.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Min
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language

STATE_KEY = "public-site:state"
PAGE_TIMEOUT = 60 * 60
# Browsers and proxies may keep a page but must ask again each time: the answer is a cheap 304.
CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}


def _new_state(until):
    return {"generation": uuid.uuid4().hex, "changed_at": timezone.now(), "until": until}


def site_state():
    """The current generation; computed (one query) only when missing or a scheduled story is due."""
    state = cache.get(STATE_KEY)
    if state is None or (state["until"] is not None and state["until"] <= timezone.now()):
        from .models import Article

        until = Article.objects.scheduled().aggregate(at=Min("published_at"))["at"]
        state = _new_state(until)
        cache.set(STATE_KEY, state, None)
    return state


def new_generation(scheduled_at=None):
    """Invalidate every cached page, now and again once the transaction commits (so a page
    rendered from the old rows in between is not kept). No query: cheap for bulk imports."""

    def bump():
        state = cache.get(STATE_KEY)
        if state is None:
            return  # computed afresh on the next request
        until = state["until"]
        if scheduled_at is not None and scheduled_at > timezone.now():
            until = min(until, scheduled_at) if until else scheduled_at
        cache.set(STATE_KEY, _new_state(until), None)

    bump()
    transaction.on_commit(bump)


def page_key(request):
    state = site_state()
    raw = f"{state['generation']}|{get_language()}|{request.get_full_path()}"
    return state, hashlib.sha256(raw.encode()).hexdigest()


def serve_cached(request, render):
    """Answer GET/HEAD from the page cache or `render()`, with ETag, Last-Modified, 304."""
    if request.method not in ("GET", "HEAD"):
        return render()
    state, key = page_key(request)
    etag = f'"{key[:32]}"'
    last_modified = int(state["changed_at"].timestamp())
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return _with_validators(not_modified, etag, last_modified)
    # With DEBUG on (development) templates change under a running server: always render.
    cached = None if settings.DEBUG else cache.get(f"public-site:page:{key}")
    if cached is not None:
        content, content_type = cached
        response = HttpResponse(content, content_type=content_type)
    else:
        response = render()
        if hasattr(response, "render"):
            response.render()
        if response.status_code != 200:
            return response
        cache.set(
            f"public-site:page:{key}", (response.content, response["Content-Type"]), PAGE_TIMEOUT
        )
    return _with_validators(response, etag, last_modified)


def _with_validators(response, etag, last_modified):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, **CACHE_CONTROL)
    return response
