"""The W3C Nu HTML Checker from the vnu-jar npm package (node_modules/, installed by
`make node-deps`), run with the machine's Java: no download at run time."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def require_checker():
    if shutil.which("java") is None:
        pytest.skip("java is not installed (CI installs it with `make system-deps`)")
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `make node-deps` (npm ci)")


def check_files(paths, *, css=False):
    """Nu's messages for `paths`, as dicts with `url`, `type`, `message`, `lastLine`."""
    require_checker()
    command = ["java", "-Xss1024k", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]
    if css:
        command.append("--css")
    result = subprocess.run(
        [*command, *map(str, paths)], capture_output=True, text=True, check=True
    )
    return json.loads(result.stderr or result.stdout)["messages"]


def errors(messages):
    return [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
