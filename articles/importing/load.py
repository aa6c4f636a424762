"""Import wire files: parse, extract (in worker processes) and store: the only code that
writes imported stories (the rows themselves are made in rows.py).

Idempotent by the SHA-256 of the raw text. Files are stored in batches, each batch in one
transaction; should any file of a batch fail, the batch rolls back and each of its files is
stored in a transaction of its own, so a failing file never half-imports nor stops the others.
"""

import copy
import logging
import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from ..models import (
    Article,
    AuditEntry,
)
from ..services import StaleVersion
from .extract import extract, prepare
from .parse import Seed, SeedError, parse_seed
from .rows import PENDING, pending_rows, slug_base, write_article

logger = logging.getLogger(__name__)

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"
WORKER_NICENESS = 10


@dataclass
class FileResult:
    source_file: str
    outcome: str
    message: str = ""
    article: Article | None = None

    def __str__(self):
        return f"{self.source_file}: {self.outcome}" + (
            f" — {self.message}" if self.message else ""
        )


@dataclass
class ImportSummary:
    results: list[FileResult] = field(default_factory=list)

    @property
    def counts(self):
        counted = Counter(result.outcome for result in self.results)
        return {outcome: counted[outcome] for outcome in (CREATED, UPDATED, SKIPPED, FAILED)}

    @property
    def failed(self):
        return [result for result in self.results if result.outcome == FAILED]

    def line(self):
        return ", ".join(f"{count} {outcome}" for outcome, count in self.counts.items())


class DryRunRollback(Exception):
    pass


def seed_files(paths):
    """Files named on the command line, and the *.txt files of folders, in a stable order."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and p.suffix == ".txt")
        else:
            yield path


def import_files(
    files,
    *,
    publish=False,
    dry_run=False,
    by=None,
    progress=None,
    workers=1,
    batch_size=64,
    extract_apart=False,
):
    """Import (name, raw bytes) pairs; a failing file never stops the others.

    With `workers` > 1, or `extract_apart`, the language work (the slow, CPU-bound part) runs
    in `workers` forked processes while this one reads, checks and writes, so rows are written
    in order and a batch is written while the next one is extracted. Otherwise everything runs
    here (the admin upload, a file or two).
    """
    summary = ImportSummary()

    def record(result):
        summary.results.append(result)
        if progress:
            progress(result)

    def store_batch(planned, extractions):
        options = {"publish": publish, "dry_run": dry_run, "by": by}
        for result in store_together(planned, list(extractions), **options):
            record(result)

    with extraction_pool(workers if workers > 1 or extract_apart else 0) as run:
        pending = None  # the previous batch: its workers keep extracting while this one is planned
        for batch in batches(files, batch_size):
            if pending and names(batch) & {p.seed.source_file for p in pending[0]}:
                store_batch(*pending)  # a file of this batch updates one of that batch's
                pending = None
            planned = []
            for outcome in plan_batch(batch):
                if isinstance(outcome, FileResult):
                    record(outcome)
                else:
                    planned.append(outcome)
            current = (planned, run(p.seed for p in planned))
            if pending:
                store_batch(*pending)
            pending = current
        if pending:
            store_batch(*pending)
    return summary


def batches(files, size):
    """(name, raw) pairs in batches of at most `size`, a batch ending before a file whose name
    it already holds: the later file updates the article of the earlier one, as it would in a
    later run, whatever the batch size or the number of workers."""
    batch, seen = [], set()
    for name, raw in files:
        known_as = Path(name).name
        if len(batch) == size or known_as in seen:
            yield batch
            batch, seen = [], set()
        batch.append((name, raw))
        seen.add(known_as)
    if batch:
        yield batch


def names(batch):
    """The names articles are known by (Seed.source_file: the file's name without its folder)."""
    return {Path(name).name for name, _ in batch}


def import_paths(paths, **options):
    def read(path):
        try:
            return path.read_bytes()
        except OSError as error:
            return error

    return import_files(((str(path), read(path)) for path in seed_files(paths)), **options)


def import_seed_file(source_file, raw, **options):
    return import_files([(source_file, raw)], **options).results[0]


@dataclass
class PlannedFile:
    source_file: str
    seed: Seed
    existing: Article | None


def plan_batch(batch):
    """Parse each (name, raw) pair and decide whether it needs importing: a PlannedFile, or the
    final FileResult. Two queries for the whole batch, not two per file."""
    seeds = [parse(source_file, raw) for source_file, raw in batch]
    parsed = [seed for seed in seeds if isinstance(seed, Seed)]
    imported = set(
        Article.objects.filter(checksum__in=[seed.checksum for seed in parsed]).values_list(
            "checksum", flat=True
        )
    )
    existing = {}  # the first by the default ordering, as .first() would pick
    for article in Article.objects.filter(source_file__in=[seed.source_file for seed in parsed]):
        existing.setdefault(article.source_file, article)
    return [
        seed if isinstance(seed, FileResult) else decide(source_file, seed, imported, existing)
        for (source_file, _), seed in zip(batch, seeds, strict=True)
    ]


def parse(source_file, raw):
    if isinstance(raw, OSError):
        return FileResult(source_file, FAILED, f"cannot be read: {raw.strerror or raw}")
    try:
        return parse_seed(
            raw, source_file=Path(source_file).name, max_bytes=settings.NEWSROOM_MAX_SEED_BYTES
        )
    except SeedError as error:
        return FileResult(source_file, FAILED, error.problem)


def plan(source_file, raw):
    """Parse one file and decide whether it needs importing: a PlannedFile, or the final FileResult."""
    return plan_batch([(source_file, raw)])[0]


def decide(source_file, seed, imported, existing):
    if seed.checksum in imported:
        return FileResult(source_file, SKIPPED, "already imported, unchanged")
    article = existing.get(seed.source_file)
    if article and article.edited_since_import:
        return FileResult(
            source_file,
            SKIPPED,
            f"changed by an editor since import (version {article.version}); not overwritten",
        )
    return PlannedFile(source_file, seed, article)


def extract_or_error(seed):
    """Extraction is NLP over arbitrary text: an error becomes that file's failure, never the batch's."""
    try:
        return extract(seed)
    except Exception as error:
        logger.exception("extraction failed for %s", seed.source_file)
        return ExtractionFailed(f"extraction failed: {error}")


@dataclass
class ExtractionFailed:
    message: str


@contextmanager
def extraction_pool(workers):
    """Run extraction in `workers` forked processes, or in this one when `workers` is 0."""
    if workers == 0:
        yield lambda seeds: map(extract_or_error, seeds)
        return
    # Forked workers share the models loaded here once, instead of each starting an interpreter
    # and loading its own (about a second per worker). They inherit this process's database
    # sockets but never use them (extraction touches no database), and a pool worker leaves by
    # os._exit, so nothing is ever sent on them; nor are the sockets closed here first, which
    # would break an import running inside a transaction (the admin upload, the tests).
    prepare()
    context = multiprocessing.get_context("fork")
    # This process's writing (and the database's share of it) is what the workers wait for, a
    # batch ahead of it; at a lower priority they take the CPU only when it is not writing. One
    # worker keeps its priority: it is what this process waits for, and a core is left for both.
    niced = {"initializer": os.nice, "initargs": (WORKER_NICENESS,)} if workers > 1 else {}
    with ProcessPoolExecutor(workers, mp_context=context, **niced) as pool:
        yield lambda seeds: pool.map(extract_or_error, seeds, chunksize=4)


def store(planned, extraction, *, publish, dry_run, by):
    if isinstance(extraction, ExtractionFailed):
        return FileResult(planned.source_file, FAILED, extraction.message)
    seed, existing, source_file = planned.seed, planned.existing, planned.source_file
    outcome = UPDATED if existing else CREATED
    try:
        with transaction.atomic():
            article = write_file(planned, extraction, publish=publish, by=by).article
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        return FileResult(source_file, outcome, "dry run: nothing written")
    except StaleVersion as stale:
        return FileResult(
            source_file,
            SKIPPED,
            f"changed by an editor during the import (version {stale.current.version}); not overwritten",
        )
    except IntegrityError:
        if Article.objects.filter(checksum=seed.checksum).exists():
            return FileResult(
                source_file,
                SKIPPED,
                "already imported (same text as another file or a concurrent run)",
            )
        logger.exception("integrity error while storing %s", source_file)
        return FileResult(
            source_file, FAILED, "could not be stored: it conflicts with existing rows"
        )
    except Exception as error:  # the transaction rolled back: nothing of this file is kept
        logger.exception("storing %s failed", source_file)
        return FileResult(
            source_file, FAILED, f"could not be stored ({error}); nothing was imported"
        )
    return FileResult(source_file, outcome, article=article)


def store_together(planned, extractions, *, publish, dry_run, by):
    """Store a batch of files in one transaction, the rows nothing later reads written together
    (one statement per table). Should anything fail, the batch rolls back and each file is
    stored on its own by store(): a failing file never half-imports and never stops the others,
    and the rows are the same either way."""
    options = {"publish": publish, "dry_run": dry_run, "by": by}
    articles = [p.existing.pk for p in planned if p.existing]
    if dry_run or len(planned) < 2 or len(articles) != len(set(articles)):
        return [store(p, e, **options) for p, e in zip(planned, extractions, strict=True)]
    pristine = [copy.copy(p.existing) for p in planned]  # the batch's attempt changes them
    succeeded = [e for e in extractions if not isinstance(e, ExtractionFailed)]
    try:
        with transaction.atomic(), pending_rows(succeeded) as pending:
            headlines = [slug_base(p.seed.headline, p.seed.checksum[:12]) for p in planned]
            pending.look_up_slugs(Article, headlines)
            results = [
                FileResult(p.source_file, FAILED, e.message)
                if isinstance(e, ExtractionFailed)
                else write_file(p, e, publish=publish, by=by)
                for p, e in zip(planned, extractions, strict=True)
            ]
            pending.write()
    except Exception:
        logger.info("storing a batch together failed; storing its files one by one")
        for p, existing in zip(planned, pristine, strict=True):
            p.existing = existing
        return [store(p, e, **options) for p, e in zip(planned, extractions, strict=True)]
    return results


def write_file(planned, extraction, *, publish, by):
    outcome = UPDATED if planned.existing else CREATED
    article = write_article(planned.seed, extraction, planned.existing, publish=publish)
    audit = AuditEntry(
        action=AuditEntry.Action.IMPORT,
        article=article,
        actor=by,
        to_status=article.status,
        note=f"{outcome} from {planned.seed.source_file}",
    )
    pending = PENDING.get()
    if pending:
        pending.add(audit)
    else:
        audit.save()
    return FileResult(planned.source_file, outcome, article=article)
