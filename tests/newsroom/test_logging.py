import json
import logging

from newsroom.logging import JsonFormatter


def record(message, *args, **extra):
    entry = logging.makeLogRecord(
        {"name": "articles.importing", "levelname": "ERROR", "msg": message, "args": args}
    )
    entry.__dict__.update(extra)
    return entry


def test_a_record_becomes_one_json_line_with_its_extra_fields():
    line = JsonFormatter().format(record("imported %d files", 3, source="seeds"))

    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "articles.importing"
    assert entry["message"] == "imported 3 files"
    assert entry["source"] == "seeds"
    assert entry["time"].endswith("+00:00")


def test_exceptions_are_kept_in_the_same_line():
    try:
        raise ValueError("broken «wire»")
    except ValueError:
        import sys

        line = JsonFormatter().format(record("failed", exc_info=sys.exc_info()))

    entry = json.loads(line)
    assert "ValueError: broken «wire»" in entry["exception"]
