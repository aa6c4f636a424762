"""`make audit`: Lighthouse 12 (node_modules/, `make node-deps`) with Debian's Chromium against
the demo site, served as in production (gunicorn, whitenoise with hashed static files,
DEBUG off) from its own SQLite database on 127.0.0.1. Prints the four category scores of the
home, article, person and search pages; fails if one is under AUDIT_MIN (default 0.95).
"""

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync"
MINIMUM = float(os.environ.get("AUDIT_MIN", "0.95"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(workdir, port):
    site_url = f"http://127.0.0.1:{port}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tools.audit_settings",
        "PYTHONPATH": str(ROOT),
        "SECRET_KEY": "audit-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        # production.py insists on https; audit_settings serves the same site over loopback.
        "SITE_URL": "https://127.0.0.1",
        "AUDIT_SITE_URL": site_url,
        "AUDIT_STATIC_ROOT": str(workdir / "static"),
        "DATABASE_URL": f"sqlite:///{workdir / 'audit.sqlite3'}",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "import_seeds", "--publish", "-v0", "seeds")
    manage(env, "collectstatic", "--noinput", "-v0")


def serve(env, port):
    command = [PYTHON, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    server = subprocess.Popen([*command, "newsroom.wsgi"], cwd=ROOT, env=env)
    for _ in range(60):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the audit server did not start")


def pages(base):
    """Home, the newest article and a person from it, and a search."""
    home = urllib.request.urlopen(base + "/").read().decode()
    article = re.search(r'href="(/news/[^"]+/)"', home).group(1)
    page = urllib.request.urlopen(base + article).read().decode()
    person = re.search(r'href="(/people/[^"]+/)"', page).group(1)
    return {
        "home": base + "/",
        "article": base + article,
        "person": base + person,
        "search": base + "/search/?q=" + quote("посол"),
    }


def lighthouse(url, report):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    result = json.loads(Path(report).read_text())
    return {name: result["categories"][name]["score"] for name in CATEGORIES}


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `make node-deps`")
    with tempfile.TemporaryDirectory(prefix="newsroom-audit-") as tmp:
        workdir, port = Path(tmp), free_port()
        env = site_environment(workdir, port)
        prepare(env)
        server = serve(env, port)
        try:
            scores = {
                name: lighthouse(url, workdir / f"{name}.json")
                for name, url in pages(f"http://127.0.0.1:{port}").items()
            }
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"\n{'page':<10}" + "".join(f"{name:>16}" for name in CATEGORIES))
    for page, values in scores.items():
        print(f"{page:<10}" + "".join(f"{values[name]:>16.2f}" for name in CATEGORIES))
    low = [
        (page, name)
        for page, values in scores.items()
        for name in CATEGORIES
        if values[name] < MINIMUM
    ]
    if low:
        raise SystemExit(f"under {MINIMUM}: {low}")


if __name__ == "__main__":
    main()
