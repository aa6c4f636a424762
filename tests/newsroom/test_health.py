from unittest import mock

from django.db import DatabaseError

from newsroom import health


def test_healthz_reports_database_and_cache_ok(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_names_the_failing_check_with_503(client, db):
    failing = mock.Mock(side_effect=DatabaseError("gone"))
    with mock.patch.dict(health.CHECKS, {"database": failing}):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"database": "failed: DatabaseError", "cache": "ok"}


def test_healthz_reports_a_cache_that_loses_writes(client, db):
    with mock.patch("newsroom.health.cache") as cache:
        cache.get.return_value = None
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["cache"] == "failed: RuntimeError"
