"""API tokens: random keys shown once, stored only as their SHA-256.

`create_token` is what the desk (admin) and `manage.py create_api_token` call; the raw key it
returns is never stored, so it cannot be shown again — a lost key is revoked and replaced.
"""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from articles.models import ApiToken

PREFIX_LENGTH = 8


def hash_key(raw_key):
    return hashlib.sha256(raw_key.encode()).hexdigest()


@transaction.atomic
def create_token(*, user, name):
    """A new token for `user`; returns `(ApiToken, raw_key)`. Show the raw key once."""
    raw_key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=raw_key[:PREFIX_LENGTH], key_hash=hash_key(raw_key)
    )
    return token, raw_key


def revoke_token(token, *, at=None):
    """Revoke `token` for good; requests carrying it get 401 from now on."""
    if token.revoked_at is None:
        token.revoked_at = at or timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def active_token(raw_key):
    """The unrevoked token of an active user with this key, or None."""
    return (
        ApiToken.objects.select_related("user")
        .filter(key_hash=hash_key(raw_key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
