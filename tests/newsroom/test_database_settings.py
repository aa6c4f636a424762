"""Connection handling chosen from the environment: psycopg's pool with DB_POOL=1 on
PostgreSQL, persistent connections otherwise. Checked in a fresh process, as at start-up."""

import os
import subprocess
import sys

import pytest
from django.db import connection

from tests.conftest import ROOT

PROBE = (
    "from django.db import connection\n"
    "connection.ensure_connection()\n"
    "with connection.cursor() as cursor: cursor.execute('SELECT 1')\n"
    "pool = type(connection.pool).__name__ if connection.pool else 'none'\n"
    "print(f\"{pool}|{connection.settings_dict['CONN_MAX_AGE']}\")\n"
)


def probe(**env):
    db = connection.settings_dict
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PROBE],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.development",
            "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()[-1].split("|")


@pytest.fixture
def postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("connection pooling is a PostgreSQL feature")


def test_db_pool_gives_each_process_a_psycopg_pool(postgresql):
    assert probe(DB_POOL="1") == ["ConnectionPool", "0"]


def test_without_db_pool_connections_persist(postgresql):
    assert probe(DB_POOL="0", DB_CONN_MAX_AGE="60") == ["none", "60"]
