"""Benchmark settings: production as deployed, served over plain HTTP on loopback.

The harness (bench/harness.py) supplies the production environment (SECRET_KEY, ALLOWED_HOSTS,
SITE_URL, DATABASE_URL, REDIS_URL). BENCH_CACHE=off swaps the cache for a dummy one, which is
how "uncached" pages are measured. Only bench.urls adds a hello-world view, as the yardstick.
"""

from newsroom.settings.production import *  # noqa: F403
from newsroom.settings.production import LOGGING, env

ROOT_URLCONF = "bench.urls"
SECURE_SSL_REDIRECT = False  # loopback has no TLS terminator in front; all else as in production
STATIC_ROOT = env("BENCH_STATIC_ROOT", "/tmp/newsroom-bench-static")
if env("BENCH_CACHE") == "off":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}
