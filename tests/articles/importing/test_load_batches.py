"""Files stored together, a batch to a transaction: the rows are the ones file-by-file storing
writes, and a file that fails inside a batch fails alone, leaving nothing of itself."""

import pytest

from articles.importing import load
from articles.models import Article, Quote

from .test_load_workers import forget_everything, stored_rows, wire_files

pytestmark = pytest.mark.django_db


def distinct_files():
    """The files under distinct names: a name seen in an earlier batch is an update of it."""
    return [(f"{n}-{name}", raw) for n, (name, raw) in enumerate(wire_files())]


def test_a_batch_stores_exactly_what_files_stored_one_by_one_store():
    files = distinct_files()
    one_by_one = load.import_files(files, batch_size=1)
    rows = stored_rows()
    forget_everything()
    together = load.import_files(files, batch_size=len(files))
    assert [(r.source_file, r.outcome) for r in together.results] == [
        (r.source_file, r.outcome) for r in one_by_one.results
    ]
    assert stored_rows() == rows


def test_a_file_failing_inside_a_batch_fails_alone(monkeypatch):
    files = distinct_files()[:6]
    bad = files[2][0]
    write_article = load.write_article

    def failing(seed, extraction, article, **options):
        written = write_article(seed, extraction, article, **options)
        if seed.source_file == bad:
            raise RuntimeError("disk full")
        return written

    monkeypatch.setattr(load, "write_article", failing)
    summary = load.import_files(files)
    outcomes = {r.source_file: r.outcome for r in summary.results}
    assert outcomes.pop(bad) == load.FAILED
    assert set(outcomes.values()) == {load.CREATED}
    assert Article.objects.count() == len(files) - 1
    assert not Article.objects.filter(source_file=bad).exists()
    assert not Quote.objects.filter(article__source_file=bad).exists()


def test_a_batch_reimported_changes_nothing():
    files = distinct_files()[:6]
    load.import_files(files)
    rows = stored_rows()
    again = load.import_files(files)
    assert again.counts["skipped"] == len(files)
    assert stored_rows() == rows
