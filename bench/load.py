"""`make load`: 30 s of wrk at 64 connections over a mix of pages and API calls.

    python -m bench.load [--seconds 30] [--connections 64] [--articles 1000]

Builds its own PostgreSQL database (generated corpus), starts gunicorn with the repo's
gunicorn.conf.py on 127.0.0.1 (Redis cache if it is running), rotates wrk over the URL list
(bench/rotate.lua) and reports errors and latency percentiles. Bounded in time; asserts nothing.
"""

import argparse
import os
import tempfile
import time
from urllib.parse import quote

from bench.harness import (
    TEMPLATE_DB,
    drop_database,
    environment,
    flush_redis,
    fresh_database,
    get,
    gunicorn,
    load_note,
    prepare_template,
    redis_available,
    say,
)
from bench.run import grow_corpus, values

HERE = os.path.dirname(os.path.abspath(__file__))
DATABASE = "newsroom_bench_load"


def url_mix(database):
    def sample(sql):
        return values(sql, database)

    articles = sample("SELECT slug FROM articles_article ORDER BY md5(slug) LIMIT 60")
    ids = sample("SELECT id FROM articles_article ORDER BY md5(slug) LIMIT 20")
    people = sample(
        "SELECT p.slug FROM articles_person p WHERE EXISTS "
        "(SELECT 1 FROM articles_mention m WHERE m.person_id = p.id) ORDER BY md5(p.slug) LIMIT 15"
    )
    topics = sample(
        "SELECT DISTINCT substr(t.qcode, 8) FROM articles_topic t "
        "JOIN articles_articletopic a ON a.topic_id = t.id LIMIT 15"
    )
    pages = [
        "/",
        "/quotes/",
        "/archive/",
        "/feed/",
        "/sitemap.xml",
        "/search/?q=" + quote("посол"),
        "/search/?q=" + quote("торговля"),
        "/en/",
        *(f"/news/{slug}/" for slug in articles),
        *(f"/people/{slug}/" for slug in people),
        *(f"/topics/{code}/" for code in topics),
    ]
    api = [
        "/api/v1/articles/",
        "/api/v1/articles/?language=ru",
        "/api/v1/people/",
        "/api/v1/quotes/",
        "/api/v1/topics/",
        *(f"/api/v1/articles/{pk}/" for pk in ids),
    ]
    return pages + api + ["/healthz"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--timeout",
        type=int,
        default=10,
        help="Seconds before wrk counts a request as a timeout error (wrk's own default is 2; "
        "gunicorn.conf.py and a load balancer allow 30).",
    )
    args = parser.parse_args()
    from bench.harness import wrk

    say(f"Newsroom load test — {os.cpu_count()} CPU cores, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    prepare_template()
    try:
        env = fresh_database(DATABASE, env_for=environment)
        say(f"  {load_note()}")
        grow_corpus(env, DATABASE, args.articles)
        paths = url_mix(DATABASE)
        if redis_available():
            flush_redis()
        with (
            gunicorn(environment(DATABASE)) as base,
            tempfile.NamedTemporaryFile("w", suffix=".txt") as urls,
        ):
            bad = [(path, status) for path in paths if (status := get(base, path)[0]) != 200]
            if bad:
                say(f"  warning: not 200 before the run: {bad}")
            urls.write("\n".join(paths))
            urls.flush()
            say(
                f"  {len(paths)} URLs (pages, feeds, API, /healthz), {args.articles} articles, "
                f"cache: {'Redis' if redis_available() else 'local memory'}, "
                f"wrk -t2 -c{args.connections} -d{args.seconds}s --timeout {args.timeout}s"
            )
            result = wrk(
                base + "/",
                seconds=args.seconds,
                connections=args.connections,
                script=os.path.join(HERE, "rotate.lua"),
                env={**os.environ, "WRK_URLS": urls.name},
                timeout=args.timeout,
            )
        report(result)
    finally:
        drop_database(DATABASE)
        drop_database(TEMPLATE_DB)


def report(result):
    say(result["output"].rstrip())
    errors = result["non_2xx"] + result["socket_errors"]
    latency = result["latency_ms"]
    say(
        f"SUMMARY: {result['requests']} requests, {result['rps']:.0f} req/s, errors {errors} "
        f"(non-2xx/3xx {result['non_2xx']}, socket {result['socket_errors']}); latency ms "
        + ", ".join(f"{p} {latency[p]:.1f}" for p in ("p50", "p75", "p90", "p99") if p in latency)
    )


if __name__ == "__main__":
    main()
