"""Bad input and faults through the real pipeline (parse → extract → load).

Every file is either imported whole or refused with an error that names it; nothing is ever
half-imported, and one bad file never stops the others.
"""

import itertools
import threading
from unittest import mock

import pytest
from django.db import connection, connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from articles.corpus import as_wire_text, generate
from articles.importing import load, rows
from articles.models import Article, ArticleTopic, AuditEntry, Mention, Person, Quote

pytestmark = pytest.mark.django_db
MAX_BYTES = 16_000  # a small limit keeps the oversized cases (and the suite) quick
MODELS = (Article, Quote, Mention, ArticleTopic, AuditEntry, Person)
serial = itertools.count()


def good_file():
    """A well-formed story, unique each time so it is never skipped as a duplicate."""
    n = next(serial)
    text = f" date 2025-12-29 Послы обсудили торговлю, выпуск {n}.\n\n" + (
        '"Мы расширим торговлю", - заявил посол Азербайджана в Грузии Рамиз Гасанов.\n\n'
        f"Стороны договорились о встрече номер {n}.\n"
    )
    return f"good-{n}.txt", text.encode()


VALID_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=300
)
RUSSIAN = "Посол Азербайджана заявил: «Мы расширим торговлю»."
MARKUP = st.sampled_from(
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "</p><b>жирный</b>&amp;&lt;",
        "]]></script><!--",
        '{"@context": "x"}</script>',
    ]
)


PARAGRAPHS = st.lists(VALID_TEXT, min_size=0, max_size=3)


@st.composite
def wire_text(draw, paragraphs=PARAGRAPHS):
    date = draw(st.dates().map(lambda d: d.isoformat()) | st.text(max_size=12))
    headline = draw(VALID_TEXT | MARKUP)
    body = draw(paragraphs) + [draw(MARKUP | st.just(RUSSIAN))]
    return "\n\n".join([f" date {date} {headline}", *draw(st.permutations(body))])


BAD_FILES = st.one_of(
    st.binary(max_size=400),
    wire_text().map(lambda text: text.encode("utf-8")),
    wire_text().map(lambda text: text.encode("utf-16")),
    st.just(f" date 2025-12-29 {RUSSIAN}\n\n{RUSSIAN}").map(lambda t: t.encode("cp1251")),
    st.just(f" date 2025-12-29 {RUSSIAN}\n\n{RUSSIAN}").map(
        lambda t: t.encode("koi8_r", "replace")
    ),
    st.integers(MAX_BYTES + 1, MAX_BYTES * 2).map(
        lambda n: f" date 2025-12-29 {RUSSIAN}\n\n".encode() + b"x" * n
    ),
    st.text(max_size=200).map(lambda text: f"{RUSSIAN}\n\n{text}".encode()),  # no header
    wire_text().map(lambda text: text.encode("utf-8").replace(b"\n", b"\r\n")),
    wire_text().map(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
)


def row_counts():
    return {model.__name__: model.objects.count() for model in MODELS}


@pytest.fixture
def small_limit(settings):
    settings.NEWSROOM_MAX_SEED_BYTES = MAX_BYTES


@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=BAD_FILES)
def test_any_file_is_imported_whole_or_refused_naming_it_and_the_others_still_import(
    small_limit, raw
):
    before_name, before = good_file()
    after_name, after = good_file()
    odd_name = f"odd-{next(serial)}.txt"
    counts = row_counts()

    summary = load.import_files([(before_name, before), (odd_name, raw), (after_name, after)])

    results = {result.source_file: result for result in summary.results}
    odd = results[odd_name]
    assert (results[before_name].outcome, results[after_name].outcome) == (
        load.CREATED,
        load.CREATED,
    )
    assert odd.outcome in (load.CREATED, load.SKIPPED, load.FAILED)
    created = [r for r in summary.results if r.outcome == load.CREATED]
    assert row_counts()["Article"] == counts["Article"] + len(created)
    assert row_counts()["AuditEntry"] == counts["AuditEntry"] + len(created)
    if odd.outcome == load.FAILED:
        assert odd.message and odd_name in str(odd)
        assert not Article.objects.filter(source_file=odd_name).exists()
    else:
        stored = Article.objects.get(source_file=odd_name)
        assert stored.checksum and stored.headline.strip()


def test_a_fault_while_storing_rolls_the_whole_file_back(small_limit):
    name, raw = good_file()
    counts = row_counts()
    with mock.patch.object(rows, "attach_extraction", side_effect=RuntimeError("disk full")):
        result = load.import_seed_file(name, raw)

    assert result.outcome == load.FAILED
    assert "disk full" in result.message and name in str(result)
    assert row_counts() == counts


def test_an_extraction_crash_fails_that_file_only(small_limit):
    broken_name, broken = good_file()
    other_name, other = good_file()
    real_extract = load.extract

    def extract(seed):
        if seed.source_file == broken_name:
            raise ValueError("tokenizer exploded")
        return real_extract(seed)

    with mock.patch.object(load, "extract", extract):
        summary = load.import_files([(broken_name, broken), (other_name, other)])

    results = {result.source_file: result for result in summary.results}
    assert results[broken_name].outcome == load.FAILED
    assert results[other_name].outcome == load.CREATED
    assert "tokenizer exploded" in results[broken_name].message
    assert not Article.objects.filter(source_file=broken_name).exists()


def test_markup_in_a_wire_file_is_stored_as_text_not_stripped():
    raw = (
        " date 2025-12-29 Посол <script>alert(1)</script> заявил\n\n"
        '"Мы <b>расширим</b> торговлю", - заявил посол Азербайджана Рамиз Гасанов.\n'
    ).encode()

    result = load.import_seed_file("markup.txt", raw)

    assert result.outcome == load.CREATED
    assert "<script>alert(1)</script>" in result.article.headline


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_imports_of_the_same_files_create_no_duplicates():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so nothing runs concurrently")
    files = [(f"c{n}.txt", as_wire_text(s).encode()) for n, s in enumerate(generate(4, seed=5))]
    start = threading.Barrier(2)
    summaries = []

    def run_import():
        try:
            start.wait()
            summaries.append(load.import_files(files, batch_size=1))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run_import) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    outcomes = sorted(r.outcome for summary in summaries for r in summary.results)
    assert len(summaries) == 2
    assert Article.objects.count() == len(files)
    assert Article.objects.values("checksum").distinct().count() == len(files)
    assert outcomes.count(load.CREATED) == len(files)
    assert set(outcomes) <= {load.CREATED, load.SKIPPED}
