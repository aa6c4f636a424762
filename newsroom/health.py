"""`/healthz` for load balancers and orchestrators: is this app process able to serve?

It checks what every request needs, the database and the cache, and answers 200 with
`{"database": "ok", "cache": "ok"}` or 503 naming what failed. Never cached, no session.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was written")
    cache.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_safe
def healthz(request):
    status = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure is a failed check, reported, never a 500
            logger.error("health check %s failed: %s", name, error)
            status[name] = f"failed: {type(error).__name__}"
        else:
            status[name] = "ok"
    healthy = all(value == "ok" for value in status.values())
    return JsonResponse(status, status=200 if healthy else 503)
