"""Redis as the shared cache: it works, and a change made in one process is served at once by
another (the page-cache generation lives in Redis, not in a process)."""

import os
import socket
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.db import connection

from tests.conftest import ROOT
from tests.factories import ArticleFactory

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def redis_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not redis_running(), reason="no Redis at 127.0.0.1:6379")


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ReusingRedisCache",  # as base.py sets it
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",  # as base.py sets it, so the other process shares keys
        }
    }
    cache.clear()
    yield cache
    cache.clear()


def test_redis_cache_round_trips_values_through_the_server(redis_cache):
    import redis

    redis_cache.set("greeting", {"text": "Привет"}, 30)

    assert redis_cache.get("greeting") == {"text": "Привет"}
    assert redis.Redis.from_url(REDIS_URL).exists(":1:".join(["newsroom", "greeting"]))


def test_one_redis_client_serves_every_operation_of_a_process(redis_cache):
    client = redis_cache._cache.get_client()

    redis_cache.set_many({"a": 1, "b": 2}, 30)

    assert redis_cache.get_many(["a", "b"]) == {"a": 1, "b": 2}
    assert redis_cache._cache.get_client(write=True) is client


def change_in_another_process(article_pk, code):
    """Run ORM code against this test database in a separate Python process sharing Redis."""
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    script = (
        "import django; django.setup()\n"
        "from articles.models import Article\n"
        f"article = Article.objects.get(pk={article_pk})\n{code}\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
    }
    subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )


@pytest.mark.django_db(transaction=True)
def test_an_edit_and_a_withdrawal_in_another_process_show_at_once(client, redis_cache, settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database server two processes can share (PostgreSQL)")
    settings.REDIS_URL = REDIS_URL  # the other process reads it from the environment
    article = ArticleFactory(published=True, headline="Первая версия заголовка")
    url = article.get_absolute_url()
    assert "Первая версия заголовка" in client.get(url).content.decode()
    assert "Первая версия заголовка" in client.get(url).content.decode()  # now from the cache

    change_in_another_process(
        article.pk, "article.headline = 'Исправленный заголовок'; article.save()"
    )

    assert "Исправленный заголовок" in client.get(url).content.decode()

    change_in_another_process(article.pk, "article.status = 'withdrawn'; article.save()")

    assert client.get(url).status_code == 404
