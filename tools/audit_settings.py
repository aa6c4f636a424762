"""`make audit`: production settings, served over plain HTTP on loopback (no TLS terminator)."""

from newsroom.settings.production import *  # noqa: F403
from newsroom.settings.production import env

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SITE_URL = env("AUDIT_SITE_URL")
STATIC_ROOT = env("AUDIT_STATIC_ROOT")
