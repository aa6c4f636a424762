"""The public site's response cache and HTTP validators: the rules, in one place.

One *generation* stands for "everything public as it is now". Saving or deleting anything a
reader can see (signals.py) starts a new generation, and so does the moment a scheduled story
goes live (the state remembers the earliest such moment).

Views decide what may be cached: `serve_cached` (pages, feeds, sitemaps) and the API's
`ConditionalResponseMixin` mark a response with the generation they read *before* their
queries. `PublicCacheMiddleware` (middleware.py), in front of the expensive middleware, keeps
marked 200s under the address and answers the next request with ONE cache round trip (the
state and the entry together), 304 included, when the entry's generation is still current. So:

- a repeat visit costs no query and none of the session, locale, auth… middleware;
- publishing, withdrawing or editing shows at once: an older entry is never served again.

Pages do not vary by user and take their language from the address, so the address (with the
query string, host and scheme) keys them. The API answers in the caller's language and format,
so its key adds those; it reads and fills the cache only for callers without credentials (no
Authorization header, no session cookie): the desk sees drafts and is never served an entry.
"""

import datetime as dt
import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Min
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language, get_language_from_request

STATE_KEY = "public-site:state"
ENTRY_PREFIX = "public-site:response:"
PAGE_TIMEOUT = 60 * 60
# Browsers and proxies may keep a page but must ask again each time: the answer is a cheap 304.
CACHE_CONTROL = {"public": True, "max_age": 0, "must_revalidate": True}
API_PREFIX = "/api/"
SAFE_METHODS = ("GET", "HEAD")
# With a read replica (newsroom/routers.py) a response rendered just after a change may come
# from rows the replica has not replayed yet: for this long it is served but not kept.
REPLICA_SETTLE = dt.timedelta(seconds=10)


def _new_state(until):
    return {"generation": uuid.uuid4().hex, "changed_at": timezone.now(), "until": until}


def _current(state):
    return state is not None and (state["until"] is None or state["until"] > timezone.now())


def site_state():
    """The current generation; computed (one query) only when missing or a scheduled story is due."""
    state = cache.get(STATE_KEY)
    if not _current(state):
        from .models import Article

        until = Article.objects.scheduled().aggregate(at=Min("published_at"))["at"]
        state = _new_state(until)
        cache.set(STATE_KEY, state, None)
    return state


def request_state(request):
    """The state the front read for this request (no second round trip), else `site_state()`."""
    state = getattr(request, "_public_cache_state", None)
    return state if _current(state) else site_state()


def new_generation(scheduled_at=None):
    """Invalidate every cached response, now and again once the transaction commits (so one
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


# --- which requests may use the cache, and under which key ------------------------------------


def carries_credentials(request):
    return "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES


def entry_key(request):
    """The key of this GET/HEAD's entry, or None when it may neither read nor fill the cache.

    `get_host()` also validates the host (400 for one not allowed), as CommonMiddleware would.
    """
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    if request.path.startswith(API_PREFIX):
        if carries_credentials(request):
            return None
        address += f"|{get_language_from_request(request)}|{request.META.get('HTTP_ACCEPT', '')}"
    return ENTRY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def cached_response(request, key):
    """The response kept under `key` if its generation is current (304 when the client has it);
    else None, leaving the state read on the request for `request_state()`."""
    found = cache.get_many([STATE_KEY, key])
    state, entry = found.get(STATE_KEY), found.get(key)
    if not _current(state):
        return None
    request._public_cache_state = state
    if entry is None or entry[0] != state["generation"]:
        return None
    _generation, headers, content = entry
    response = HttpResponse(content, headers=headers)
    return get_conditional_response(
        request,
        etag=headers.get("ETag"),
        last_modified=parse_http_date_safe(headers.get("Last-Modified", "")),
        response=response,
    )


def mark_cacheable(response, state):
    """What a view says: this answer, rendered under `state` (read before its queries), may be
    kept for as long as that generation is current."""
    response.public_cache_generation = state["generation"]
    response.public_cache_settled = not (
        replica_in_use() and timezone.now() - state["changed_at"] < REPLICA_SETTLE
    )
    return response


def replica_in_use():
    return "replica" in settings.DATABASES


def is_marked(response):
    return getattr(response, "public_cache_generation", None) is not None


def keep(key, response):
    """Store a marked response: only a rendered 200 without cookies. (Under DEBUG the middleware,
    the only caller, neither reads nor fills the cache.)"""
    if (
        response.status_code != 200
        or not response.public_cache_settled
        or response.cookies
        or getattr(response, "streaming", False)
        or not getattr(response, "is_rendered", True)
    ):
        return
    entry = (response.public_cache_generation, dict(response.headers), response.content)
    cache.set(key, entry, PAGE_TIMEOUT)


# --- pages, feeds, sitemaps -------------------------------------------------------------------


def serve_cached(request, render):
    """Answer GET/HEAD with ETag, Last-Modified and 304 derived from the generation, and mark
    the response for the front to keep (middleware.py)."""
    if request.method not in SAFE_METHODS:
        return render()
    state = request_state(request)
    raw = f"{state['generation']}|{get_language()}|{request.get_full_path()}"
    etag = f'"{hashlib.sha256(raw.encode()).hexdigest()[:32]}"'
    last_modified = int(state["changed_at"].timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = render()
        if response.status_code != 200:
            return response
        if hasattr(response, "render"):
            response.render()
    _with_validators(response, etag, last_modified)
    return mark_cacheable(response, state)


def _with_validators(response, etag, last_modified):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, **CACHE_CONTROL)
    return response
