"""Test runs: fast hashing, a fixed secret, plain static storage."""

from .base import *  # noqa: F403
from .base import REST_FRAMEWORK, STORAGES, env

SECRET_KEY = env("SECRET_KEY", "test-only-not-secret")  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SITE_URL = "http://testserver"
# django-axes stays on (the lockout is tested), but the test client's login() has no request.
AUTHENTICATION_BACKENDS = [
    "newsroom.auth.AxesHttpOnlyBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# API rate limits far above what any test sends; the throttling test lowers them itself.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "token": "100000/min"},
}
