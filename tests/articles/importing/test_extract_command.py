"""`manage.py extract --json`: one JSON line per file, in order, without a database."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.importing.extract.topics import suggest_topics

WIRE_FILE = """ date 2025-06-02 Казахстан и Кыргызстан обсудили поставки угля.

«Мы увеличим поставки угля в Бишкек вдвое», — сказал министр энергетики Казахстана Ерлан Акенженов.
"""


def run_extract(*paths):
    lines = []

    class Collect:
        def write(self, text):
            lines.append(text)

        def flush(self):
            pass

    try:
        call_command("extract", "--json", *map(str, paths), stdout=Collect())
        failed = False
    except CommandError:
        failed = True
    rows = [json.loads(line) for chunk in lines for line in chunk.splitlines() if line.strip()]
    return rows, failed


def test_prints_one_json_line_per_file_in_order(tmp_path):
    first, second = tmp_path / "b.txt", tmp_path / "a.txt"
    first.write_text(WIRE_FILE, encoding="utf-8")
    second.write_text(WIRE_FILE.replace("Бишкек", "Ош"), encoding="utf-8")
    rows, failed = run_extract(first, second)
    assert not failed
    assert [row["source_file"] for row in rows] == [str(first), str(second)]
    assert rows[0]["language"] == "ru"
    assert rows[0]["quotes"][0]["speaker"] == "Ерлан Акенженов"
    assert rows[0]["quotes"][0]["partial"] is False


def test_a_broken_file_prints_an_error_line_and_fails_at_the_end(tmp_path):
    good, broken = tmp_path / "good.txt", tmp_path / "broken.txt"
    good.write_text(WIRE_FILE, encoding="utf-8")
    broken.write_bytes(b"no header here\n\nbody")
    rows, failed = run_extract(broken, good)
    assert failed
    assert rows[0]["source_file"] == str(broken) and "date" in rows[0]["error"]
    assert rows[1]["people"][0]["name"] == "Ерлан Акенженов"


@pytest.mark.parametrize(
    ("words", "language", "code"),
    [
        (
            ["посол", "вручить", "верительный", "грамота", "посол", "визит", "дипломат"],
            "ru",
            "medtop:20000639",
        ),
        (["пшеница", "зерно", "урожай", "пшеница"], "ru", "medtop:20000210"),
    ],
)
def test_suggest_topics_reads_the_lexicon_of_the_language(words, language, code):
    topics = suggest_topics(words, language)
    assert topics[0].code == code
    assert topics[0].name and 0 < topics[0].confidence <= 1
