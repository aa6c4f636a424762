"""What the benchmarks share: their own PostgreSQL databases, their own gunicorn, wrk, a small
sequential HTTP client and a memory sampler. Nothing here touches the project's own database."""

import contextlib
import http.client
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
TEMPLATE_DB = "newsroom_bench_template"


def say(text=""):
    print(text, flush=True)


def load_note():
    """The machine's load average: other work on it slows every figure alike."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def database_url(name):
    return f"{PG_SERVER}/{name}"


def psql(sql, database="postgres"):
    subprocess.run(
        ["psql", database_url(database), "-v", "ON_ERROR_STOP=1", "-qAtc", sql],
        check=True,
        capture_output=True,
    )


def redis_available():
    parsed = urllib.parse.urlparse(REDIS_URL)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def flush_redis():
    parsed = urllib.parse.urlparse(REDIS_URL)
    with socket.create_connection((parsed.hostname, parsed.port or 6379), timeout=2) as sock:
        db = parsed.path.strip("/") or "0"
        sock.sendall(f"SELECT {db}\r\nFLUSHDB\r\n".encode())
        time.sleep(0.1)
        sock.recv(64)


def environment(database, cache="redis", **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "https://bench.newsroom.invalid",
        "DATABASE_URL": database_url(database),
        "API_THROTTLE_ANON": "100000000/min",  # the yardstick is the app, not the rate limit
        "API_THROTTLE_TOKEN": "100000000/min",
        "GUNICORN_ACCESS_LOG": "",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }
    env.pop("DATABASE_REPLICA_URL", None)
    if cache == "redis" and redis_available():
        env["REDIS_URL"] = REDIS_URL
    else:
        env.pop("REDIS_URL", None)
    if cache == "off":
        env["BENCH_CACHE"] = "off"
    return env


def manage(*args, env, quiet=True):
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=quiet, text=True
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def fresh_database(name, *, env_for):
    """A new database cloned from a migrated template (migrations run once per bench run)."""
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DB}"')
    return env_for(name)


def prepare_template():
    psql(f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{TEMPLATE_DB}"')
    env = environment(TEMPLATE_DB)
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", "-v0", env=env)


def drop_database(name):
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env, workers=None):
    """The repo's gunicorn.conf.py, bound to a free loopback port; yields the base URL."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    with tempfile.NamedTemporaryFile("w+", prefix="newsroom-bench-gunicorn-") as log:
        process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "newsroom.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, process, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_up(base, process, log):
    for _ in range(300):
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"gunicorn exited:\n{log.read()}")
        try:
            status, _ = get(base, "/bench/hello/")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not answer in 30 s")


def get(base, path, connection=None):
    parsed = urllib.parse.urlparse(base)
    conn = connection or http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    conn.request("GET", path, headers={"Accept-Language": "ru"})
    response = conn.getresponse()
    body = response.read()
    if connection is None:
        conn.close()
    return response.status, body


def latencies(base, paths, rounds, budget=None):
    """Sequential keep-alive GETs over `paths` in turn: per-request latency in milliseconds.
    With a `budget` (seconds), stops early once it is spent (at least 20 requests)."""
    parsed = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
    timings, statuses = [], set()
    deadline = time.perf_counter() + budget if budget else None
    for n in range(rounds):
        if deadline and n >= 20 and time.perf_counter() > deadline:
            break
        path = paths[n % len(paths)]
        started = time.perf_counter()
        status, _ = get(base, path, connection=conn)
        timings.append((time.perf_counter() - started) * 1000)
        statuses.add(status)
    conn.close()
    return timings, statuses


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary_ms(values):
    return statistics.median(values), percentile(values, 0.95)


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_PERCENTILE = re.compile(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
WRK_TOTAL = re.compile(r"(\d+) requests in")
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_binary():
    path = shutil.which("wrk")
    if not path:
        raise SystemExit("wrk is missing: run `make bench-deps` (apt-get install wrk) first.")
    return path


def wrk(url, *, seconds=10, connections=16, threads=2, script=None, env=None, timeout=2):
    """Run wrk; returns requests/s, total, errors (socket + non-2xx/3xx), latency percentiles."""
    command = [wrk_binary(), f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    command.append(f"--timeout={timeout}s")
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, env=env
    ).stdout
    socket_errors = WRK_SOCKET.search(output)
    non_2xx = WRK_NON_2XX.search(output)
    return {
        "rps": float(WRK_RPS.search(output).group(1)),
        "requests": int(WRK_TOTAL.search(output).group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "latency_ms": {
            f"p{p}": float(v) * UNIT_MS[unit] for p, v, unit in WRK_PERCENTILE.findall(output)
        },
        "output": output,
    }


def descendants(pid):
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            children += [int(c) for c in task.read_text().split()]
    return children + [grandchild for child in children for grandchild in descendants(child)]


def rss_mib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0


def run_sampling_memory(command, *, env):
    """Run a command; returns (seconds, peak RSS MiB of the main process, of each child)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    main_peak, child_peaks = 0.0, {}
    while process.poll() is None:
        main_peak = max(main_peak, rss_mib(process.pid))
        for child in descendants(process.pid):
            child_peaks[child] = max(child_peaks.get(child, 0.0), rss_mib(child))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    stdout, stderr = process.communicate()
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stdout}{stderr}")
    return elapsed, main_peak, sorted(child_peaks.values(), reverse=True), stdout
