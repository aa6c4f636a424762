"""Read replica routing: anonymous public reads go to the replica, everything else to the primary.

A reader who is not logged in sees published stories, which may lag the primary by a moment
without harm. Everyone who can write (a session cookie or an API token) reads from the primary,
so they always see their own changes. Within a request the replica is given up for good as soon
as anything is written, and reads inside a transaction always stay on the primary.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import connections

REPLICA = "replica"
PRIMARY = "default"

# None outside requests (commands, shell, tests), else a dict {"replica_ok": bool}.
request_state: ContextVar[dict | None] = ContextVar("newsroom_replica_state", default=None)


def replica_eligible(request):
    """A safe request of an anonymous reader to the public pages or the read API."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith("/admin/")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


class ReplicaRoutingMiddleware:
    """Marks each request as allowed (or not) to read from the replica; a no-op without one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = request_state.set({"replica_ok": replica_eligible(request)})
        try:
            return self.get_response(request)
        finally:
            request_state.reset(token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        state = request_state.get()
        if (
            state
            and state["replica_ok"]
            and REPLICA in settings.DATABASES
            and not connections[PRIMARY].in_atomic_block
        ):
            return REPLICA
        return PRIMARY

    def db_for_write(self, model, **hints):
        state = request_state.get()
        if state:
            state["replica_ok"] = False  # read your own writes for the rest of the request
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY
