"""The replica router: anonymous public reads to the replica, everything else to the primary."""

from unittest import mock

import pytest
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse

from articles.models import Article
from newsroom.routers import PrimaryReplicaRouter, ReplicaRoutingMiddleware

router = PrimaryReplicaRouter()


@pytest.fixture
def with_replica():
    with mock.patch.dict(settings.DATABASES, {"replica": settings.DATABASES["default"]}):
        yield


def route_inside(request, action):
    """Run `action` as the view of `request`, the way the middleware sees it."""
    seen = []
    ReplicaRoutingMiddleware(lambda r: seen.append(action()) or HttpResponse())(request)
    return seen[0]


def test_anonymous_public_reads_go_to_the_replica(rf, with_replica):
    assert route_inside(rf.get("/"), lambda: router.db_for_read(Article)) == "replica"
    assert route_inside(rf.get("/api/v1/articles/"), lambda: router.db_for_read(Article)) == (
        "replica"
    )


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"path": "/admin/articles/article/"},
        {"path": "/", "HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}=abc"},
        {"path": "/api/v1/articles/", "HTTP_AUTHORIZATION": "Token abc"},
    ],
)
def test_staff_and_logged_in_reads_stay_on_the_primary(rf, with_replica, request_kwargs):
    request = rf.get(**request_kwargs)

    assert route_inside(request, lambda: router.db_for_read(Article)) == "default"


def test_writes_and_unsafe_methods_use_the_primary(rf, with_replica):
    assert route_inside(rf.post("/"), lambda: router.db_for_read(Article)) == "default"
    assert route_inside(rf.get("/"), lambda: router.db_for_write(Article)) == "default"


def test_reads_after_a_write_in_the_same_request_stay_on_the_primary(rf, with_replica):
    def write_then_read():
        router.db_for_write(Article)
        return router.db_for_read(Article)

    assert route_inside(rf.get("/"), write_then_read) == "default"


def test_reads_inside_a_transaction_stay_on_the_primary(rf, with_replica, db):
    def read_in_transaction():
        with transaction.atomic():
            return router.db_for_read(Article)

    assert route_inside(rf.get("/"), read_in_transaction) == "default"


def test_outside_requests_everything_uses_the_primary(with_replica):
    assert router.db_for_read(Article) == "default"


def test_without_a_replica_public_reads_use_the_primary(rf):
    with mock.patch.dict(settings.DATABASES):
        settings.DATABASES.pop("replica", None)
        alias = route_inside(rf.get("/"), lambda: router.db_for_read(Article))

    assert alias == "default"


def test_only_the_primary_is_migrated():
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate("replica", "articles")


@pytest.mark.skipif(
    "replica" not in settings.DATABASES,
    reason="needs DATABASE_REPLICA_URL (on PostgreSQL, point it at the primary's server)",
)
@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_public_queries_really_run_on_the_replica_connection(rf):
    from tests.factories import ArticleFactory

    ArticleFactory(published=True)

    def public_then_after_write():
        public = Article.objects.published()
        found = (public.db, public.count())
        Article.objects.update(source="Report")
        return found, Article.objects.published().db

    (alias, count), after_write = route_inside(rf.get("/"), public_then_after_write)

    assert (alias, count) == ("replica", 1)
    assert after_write == "default"
