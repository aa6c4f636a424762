"""`make bench`: the figures of issue 7, measured in one run on this machine over loopback.

    python -m bench.run [--parts ratios,scale,import] [--sizes 1000,100000] [--files 300]

ratios  the article page (cached and uncached) and the API article list, as a fraction of the
        requests/s of a hello-world view served by the same gunicorn set-up (wrk);
scale   p50/p95 latency and queries per request of home, article, topic, person, search and the
        API list with the page cache off, at each corpus size (PostgreSQL);
import  `import_seeds` on generated wire files against a bare Natasha pass over the same texts,
        `--workers 2` against 1 (N extraction processes beside the writing parent in both),
        and the peak memory of each process.

Every part uses its own PostgreSQL databases (newsroom_bench_*), dropped at the end, and its
own gunicorn on 127.0.0.1. Figures are printed, never asserted.
"""

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from urllib.parse import quote

from bench.harness import (
    PYTHON,
    ROOT,
    TEMPLATE_DB,
    drop_database,
    environment,
    flush_redis,
    fresh_database,
    get,
    gunicorn,
    latencies,
    load_note,
    manage,
    prepare_template,
    psql,
    redis_available,
    run_sampling_memory,
    say,
    summary_ms,
    wrk,
)

SEARCH_WORDS = ["посол", "министр", "торговля", "Баку", "энергетика", "сотрудничество"]


def values(sql, database):
    from bench.harness import database_url

    result = subprocess.run(
        ["psql", database_url(database), "-qAtc", sql], check=True, capture_output=True, text=True
    )
    return [line for line in result.stdout.splitlines() if line]


def grow_corpus(env, database, size):
    have = int(values("SELECT count(*) FROM articles_article", database)[0])
    if size > have:
        started = time.perf_counter()
        manage("generate_corpus", str(size - have), "--seed", str(size), env=env)
        say(f"  generated {size - have} articles in {time.perf_counter() - started:.0f} s")
    psql("VACUUM ANALYZE", database)


def ratios(seconds):
    say("== (a) throughput as a fraction of a hello-world view (wrk, same gunicorn set-up)")
    say(f"  {load_note()}")
    database = "newsroom_bench_ratios"
    env = fresh_database(database, env_for=environment)
    grow_corpus(env, database, 1000)
    slug = values(
        "SELECT slug FROM articles_article WHERE status='published' "
        "ORDER BY published_at DESC LIMIT 1",
        database,
    )[0]
    article, api = f"/news/{slug}/", "/api/v1/articles/"
    say(f"  article {article}; cache: {'Redis' if redis_available() else 'local memory'}")
    rows = []
    for label, cache in (("cache on", "redis"), ("cache off", "off")):
        if redis_available():
            flush_redis()
        with gunicorn(environment(database, cache=cache)) as base:
            for path in (article, api, "/bench/hello/"):
                for _ in range(3):
                    assert get(base, path)[0] == 200, path
            hello = wrk(base + "/bench/hello/", seconds=seconds)
            for name, path in (("article page", article), ("API article list", api)):
                result = wrk(base + path, seconds=seconds)
                rows.append((f"{name}, {label}", result, hello))
    say(f"  {'':34} {'req/s':>9} {'hello req/s':>12} {'ratio':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for name, result, hello in rows:
        say(
            f"  {name:34} {result['rps']:9.0f} {hello['rps']:12.0f} "
            f"{result['rps'] / hello['rps']:7.2f} {result['latency_ms'].get('p50', 0):8.1f} "
            f"{result['latency_ms'].get('p99', 0):8.1f}"
            + (
                f"  ERRORS {result['non_2xx'] + result['socket_errors']}"
                if has_errors(result)
                else ""
            )
        )
    say("  targets: cached page >= 0.9, uncached page >= 0.5, API >= 0.5")
    say(
        "  cache on: repeat reads answered by PublicCacheMiddleware (one Redis round trip);"
        " cache off: a dummy cache, so each page also computes the cache generation (1 query)"
    )
    drop_database(database)


def has_errors(result):
    return result["non_2xx"] or result["socket_errors"]


def scale_paths(database):
    def sample(sql):
        return values(sql, database)

    articles = sample("SELECT slug FROM articles_article ORDER BY md5(slug) LIMIT 40")
    people = sample(
        "SELECT p.slug FROM articles_person p WHERE EXISTS "
        "(SELECT 1 FROM articles_mention m WHERE m.person_id = p.id) ORDER BY md5(p.slug) LIMIT 20"
    )
    topics = sample(
        "SELECT DISTINCT substr(t.qcode, 8) FROM articles_topic t "
        "JOIN articles_articletopic a ON a.topic_id = t.id LIMIT 20"
    )
    return {
        "home": ["/"],
        "article": [f"/news/{slug}/" for slug in articles],
        "topic": [f"/topics/{code}/" for code in topics],
        "person": [f"/people/{slug}/" for slug in people],
        "search": [f"/search/?q={quote(word)}" for word in SEARCH_WORDS],
        "API list": ["/api/v1/articles/"],
    }


def queries_per_request(env, paths):
    output = subprocess.run(
        [PYTHON, "-m", "bench.queries", *paths],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def scale(sizes, rounds):
    say("== (b) latency at scale, page cache off (PostgreSQL, sequential keep-alive client)")
    say(f"  {load_note()}")
    database = "newsroom_bench_scale"
    env = fresh_database(database, env_for=environment)
    p95 = {}
    for size in sizes:
        grow_corpus(env, database, size)
        paths = scale_paths(database)
        off = environment(database, cache="off")
        counts = queries_per_request(off, [p for group in paths.values() for p in group[:3]])
        say(f"  {size:,} articles: {'page':10} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'n':>6}")
        with gunicorn(off) as base:
            for kind, group in paths.items():
                latencies(base, group, len(group))  # warm: every URL once
                timings, statuses = latencies(base, group, rounds, budget=60)
                p50, p95[size, kind] = summary_ms(timings)
                queries = max(counts[p][1] for p in group[:3] if p in counts)
                bad = sorted(s for s in statuses if s != 200)
                say(
                    f"  {'':{len(f'{size:,} articles:')}} {kind:10} {p50:8.1f} "
                    f"{p95[size, kind]:8.1f} {queries:8d} {len(timings):6d}"
                    + (f"  STATUS {bad}" if bad else "")
                )
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        say(f"  p95 at {large:,} / p95 at {small:,} (target <= 1.5):")
        for kind in paths:
            say(f"    {kind:10} {p95[large, kind] / p95[small, kind]:6.2f}")
    drop_database(database)


def import_throughput(count):
    say(f"== (c) import throughput on {count} generated wire files")
    say(f"  {load_note()}")
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-wire-") as folder:
        env = environment(TEMPLATE_DB)
        manage("generate_corpus", str(count), "--files", folder, "--seed", "7", env=env)
        natasha, natasha_rss, _, _ = run_sampling_memory(
            [PYTHON, "-m", "bench.natasha_pass", folder], env=env
        )
        say(
            f"  bare Natasha pass:        {natasha:6.1f} s  {count / natasha:5.1f} files/s  "
            f"peak {natasha_rss:.0f} MiB"
        )
        say(
            "  --workers N = N extraction processes + the parent, which writes the rows meanwhile"
            " (--workers 1: one extraction process + the writing parent)"
        )
        timings = {}
        for workers in (1, 2):
            seconds, main_rss, worker_rss, imported = timed_import(folder, workers)
            timings[workers] = seconds
            workers_text = ", ".join(f"{rss:.0f}" for rss in worker_rss[:workers]) or "-"
            say(
                f"  import_seeds --workers {workers}: {seconds:6.1f} s  {count / seconds:5.1f} "
                f"files/s  {imported} articles  peak MiB: main {main_rss:.0f}, "
                f"workers {workers_text}"
            )
        say(f"  import / bare Natasha throughput:  {natasha / timings[1]:.2f}  (target >= 0.8)")
        say(f"  --workers 2 / --workers 1 speed-up: {timings[1] / timings[2]:.2f}  (target >= 1.6)")
        say("  peak memory per worker: see above (target <= 1024 MiB)")
        steady_state(folder, count, natasha, timings, env)


def timed_import(folder, workers):
    """`import_seeds FOLDER` into a fresh database: seconds, peak MiB (main, workers), articles."""
    database = f"newsroom_bench_import_{workers}"
    env = fresh_database(database, env_for=environment)
    command = [PYTHON, "manage.py", "import_seeds", folder, "--workers", str(workers)]
    seconds, main_rss, worker_rss, _ = run_sampling_memory(command, env=env)
    imported = values("SELECT count(*) FROM articles_article", database)[0]
    drop_database(database)
    return seconds, main_rss, worker_rss, imported


def steady_state(folder, count, natasha, timings, env):
    """The same runs on one file give each one's start-up (interpreter, Django, models, pool);
    what the full run took beyond it is the per-file cost, which a long import converges to.
    Printed beside the figures above, which count start-up as the issue does."""
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-wire-1-") as one:
        first = min(os.listdir(folder))
        shutil.copy(os.path.join(folder, first), one)
        starts = {
            "bare": run_sampling_memory([PYTHON, "-m", "bench.natasha_pass", one], env=env)[0]
        }
        for workers in timings:
            starts[workers] = timed_import(one, workers)[0]
    rates = {
        key: (count - 1) / max(total - starts[key], 1e-3)
        for key, total in (("bare", natasha), *timings.items())
    }
    say(
        "  start-up (a one-file run): "
        f"bare {starts['bare']:.1f} s, --workers 1 {starts[1]:.1f} s, --workers 2 {starts[2]:.1f} s"
    )
    say(
        f"  per file after start-up: bare {rates['bare']:.1f} files/s, --workers 1 {rates[1]:.1f}, "
        f"--workers 2 {rates[2]:.1f}; import / bare {rates[1] / rates['bare']:.2f}, "
        f"2 / 1 workers {rates[2] / rates[1]:.2f}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="ratios,scale,import")
    parser.add_argument("--sizes", default="1000", help="corpus sizes, e.g. 1000,100000")
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--wrk-seconds", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=120)
    args = parser.parse_args()
    parts = args.parts.split(",")
    started = time.perf_counter()
    say(f"Newsroom benchmarks — {os.cpu_count()} CPU cores, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    prepare_template()
    try:
        if "ratios" in parts:
            ratios(args.wrk_seconds)
        if "scale" in parts:
            scale([int(size) for size in args.sizes.split(",")], args.rounds)
        if "import" in parts:
            import_throughput(args.files)
    finally:
        drop_database(TEMPLATE_DB)
    say(f"Done in {(time.perf_counter() - started) / 60:.1f} min")


if __name__ == "__main__":
    main()
