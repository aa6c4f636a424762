"""Authentication backends."""

from axes.backends import AxesStandaloneBackend


class AxesHttpOnlyBackend(AxesStandaloneBackend):
    """django-axes for logins over HTTP only; a login without a request passes through.

    Brute force needs HTTP, and every HTTP login (admin form, API) passes its request, so the
    lockout still guards all of them. Logins without one — the test client's `login()`, the
    shell — have no client address to lock out, and stock axes refuses them with an error.
    Used by the test settings; production keeps the stock backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
