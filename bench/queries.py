"""Queries per request, counted in-process with Django's test client against the bench database.

`python -m bench.queries PATH…` (DJANGO_SETTINGS_MODULE=bench.settings, BENCH_CACHE=off) prints
one line per path: the status code and the number of SQL queries the request ran.
"""

import json
import sys

import django


def main(paths):
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_ACCEPT_LANGUAGE="ru")
    counts = {}
    for path in paths:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, secure=False, HTTP_HOST="127.0.0.1")
        counts[path] = [response.status_code, len(captured.captured_queries)]
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
