"""Production: secrets and addresses from the environment, HTTPS only, JSON logs.

Required: SECRET_KEY, ALLOWED_HOSTS, SITE_URL (https://…). Missing ones stop the start-up
with ImproperlyConfigured rather than running with an insecure default. See docs/production.md.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOGGING, env, env_bool, env_list, require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
require_env("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
SITE_URL = require_env("SITE_URL").rstrip("/")
if not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(f"SITE_URL must be an https:// address, not {SITE_URL!r}.")
# Forms posted from the public address (admin behind a proxy); more origins may be added.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [SITE_URL]

# HTTPS everywhere. The load balancer terminates TLS and sets X-Forwarded-Proto; Django
# trusts that header ONLY because the app servers are reachable solely through that proxy,
# which must overwrite (never pass through) any X-Forwarded-Proto sent by the client.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# The health check is asked over plain HTTP by the load balancer itself.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True

# django-axes behind the proxy: the client address is the left-most X-Forwarded-For entry
# added by AXES_PROXY_COUNT trusted proxies (0 when gunicorn faces clients directly).
AXES_IPWARE_PROXY_COUNT = int(env("AXES_PROXY_COUNT", "1"))
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

LOGGING = {
    **LOGGING,
    "formatters": {"json": {"()": "newsroom.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
}
