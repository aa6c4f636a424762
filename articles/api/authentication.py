"""`Authorization: Token <key>` for scripts of the desk and partners; the session for the browser."""

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from articles.models import ApiToken

from .tokens import active_token

KEYWORD = "Token"
# last_used_at is a hint for the desk ("used 3 days ago"), not an audit: write it at most this often.
LAST_USED_RESOLUTION = dt.timedelta(minutes=5)


class ApiTokenAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts:
            return None  # anonymous, or the session
        # Credentials we do not understand are refused rather than ignored: a caller who
        # believes they are signed in must not silently get the public view.
        if len(parts) != 2 or parts[0].lower() != KEYWORD.lower().encode():
            raise exceptions.AuthenticationFailed(_("Send the header as 'Token <key>'."))
        try:
            raw_key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(_("The token is not valid.")) from None
        token = active_token(raw_key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("The token is not valid or was revoked."))
        self.touch(token)
        return token.user, token

    def authenticate_header(self, request):
        return KEYWORD

    @staticmethod
    def touch(token):
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
            token.last_used_at = now


class ApiTokenScheme(OpenApiAuthenticationExtension):
    target_class = ApiTokenAuthentication
    # Listed before "cookieAuth" (the session): schemathesis 3.x checks schemes in that order.
    name = "apiToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "An API token from the desk, sent as `Token <key>`.",
        }
