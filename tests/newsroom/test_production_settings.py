"""Production settings are checked in a fresh process, as a deployment would start them."""

import os
import subprocess
import sys

from tests.conftest import ROOT

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
    "SECRET_KEY": "k3y-for-the-check-only-" + "x7Qp9Zr2Lm4Vb8Nc6Hd1Jf5Kg3Ts0Yw" * 2,
    "ALLOWED_HOSTS": "news.example.az",
    "SITE_URL": "https://news.example.az",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_deploy_check_reports_nothing_with_a_realistic_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_each_missing_secret_stops_the_start_naming_it():
    for name in ("SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL"):
        env = {k: v for k, v in PRODUCTION_ENV.items() if k != name}

        result = manage("check", env=env)

        assert result.returncode != 0
        assert f"The environment variable {name} is required" in result.stderr


def test_plain_http_site_url_is_refused():
    result = manage("check", env={**PRODUCTION_ENV, "SITE_URL": "http://news.example.az"})

    assert result.returncode != 0
    assert "SITE_URL must be an https:// address" in result.stderr


def test_production_logs_are_json_lines():
    result = manage(
        "shell",
        "-c",
        "import logging; logging.getLogger('newsroom.probe').warning('привет %s', 1)",
        env=PRODUCTION_ENV,
    )

    lines = [line for line in result.stderr.splitlines() if "newsroom.probe" in line]
    assert lines, result.stderr
    assert '"level": "WARNING"' in lines[0] and '"message": "привет 1"' in lines[0]
