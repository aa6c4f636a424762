"""The front of the public cache: answers repeat reads before the expensive middleware runs.

Placed right after CorsMiddleware (settings MIDDLEWARE), so a cached answer still gets the
security, CSP, frame and CORS headers of the middleware outside it. The rules — what is
cacheable, the key, the generation — live in cache.py.
"""

from django.conf import settings

from . import cache

# Addresses answered without a view's mark (admin, health check, previews, 404s…): this
# process stops asking the cache for them until a view marks one. Bounded: cleared when full.
MEMO_SIZE = 4096


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.unmarked = set()

    def __call__(self, request):
        if settings.DEBUG or request.method not in cache.SAFE_METHODS:
            return self.get_response(request)
        key = cache.entry_key(request)
        if key is None:
            return self.get_response(request)
        if key not in self.unmarked:
            response = cache.cached_response(request, key)
            if response is not None:
                return response
        response = self.get_response(request)
        if cache.is_marked(response):
            self.unmarked.discard(key)
            cache.keep(key, response)
        else:
            if len(self.unmarked) >= MEMO_SIZE:
                self.unmarked.clear()
            self.unmarked.add(key)
        return response
