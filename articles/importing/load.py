"""Turn an extraction into rows: the only code that writes imported stories.

One transaction per file; idempotent by the SHA-256 of the raw text; people found by a
spelling-independent identity key so the same person is one row across articles.
"""

import datetime as dt
import itertools
import logging
import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from slugify import slugify

from ..models import (
    Article,
    ArticleTopic,
    AuditEntry,
    Mention,
    Organisation,
    Person,
    PersonAlias,
    Place,
    Quote,
    Topic,
)
from ..services import StaleVersion, save_article
from .extract import extract
from .identity import identity_key
from .parse import Seed, SeedError, parse_seed

logger = logging.getLogger(__name__)

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"


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
    files, *, publish=False, dry_run=False, by=None, progress=None, workers=1, batch_size=64
):
    """Import (name, raw bytes) pairs; a failing file never stops the others.

    With `workers` > 1 the language work (the slow, CPU-bound part) runs in that many
    processes; reading, checks and writing stay in this one, so rows are written in order.
    """
    summary = ImportSummary()

    def record(result):
        summary.results.append(result)
        if progress:
            progress(result)

    def store_batch(planned, extractions):
        for planned_file, extraction in zip(planned, extractions, strict=True):
            record(store(planned_file, extraction, publish=publish, dry_run=dry_run, by=by))

    files = iter(files)
    with extraction_pool(workers) as run:
        pending = None  # the previous batch: its workers keep extracting while this one is planned
        while batch := list(itertools.islice(files, batch_size)):
            planned = []
            for source_file, raw in batch:
                outcome = plan(source_file, raw)
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


def plan(source_file, raw):
    """Parse and decide whether the file needs importing: a PlannedFile, or the final FileResult."""
    if isinstance(raw, OSError):
        return FileResult(source_file, FAILED, f"cannot be read: {raw.strerror or raw}")
    try:
        seed = parse_seed(
            raw, source_file=Path(source_file).name, max_bytes=settings.NEWSROOM_MAX_SEED_BYTES
        )
    except SeedError as error:
        return FileResult(source_file, FAILED, error.problem)
    if Article.objects.filter(checksum=seed.checksum).exists():
        return FileResult(source_file, SKIPPED, "already imported, unchanged")
    existing = Article.objects.filter(source_file=seed.source_file).first()
    if existing and existing.edited_since_import:
        return FileResult(
            source_file,
            SKIPPED,
            f"changed by an editor since import (version {existing.version}); not overwritten",
        )
    return PlannedFile(source_file, seed, existing)


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
    if workers <= 1:
        yield lambda seeds: map(extract_or_error, seeds)
        return
    # Fresh interpreters: a forked child would share this process's open database sockets.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=django.setup) as pool:
        yield lambda seeds: pool.map(extract_or_error, seeds)


def store(planned, extraction, *, publish, dry_run, by):
    if isinstance(extraction, ExtractionFailed):
        return FileResult(planned.source_file, FAILED, extraction.message)
    seed, existing, source_file = planned.seed, planned.existing, planned.source_file
    outcome = UPDATED if existing else CREATED
    try:
        with transaction.atomic():
            article = write_article(seed, extraction, existing, publish=publish)
            AuditEntry.objects.create(
                action=AuditEntry.Action.IMPORT,
                article=article,
                actor=by,
                to_status=article.status,
                note=f"{outcome} from {seed.source_file}",
            )
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


def write_article(seed: Seed, extraction, article, *, publish):
    article = article or Article(
        slug=unique_slug(Article, seed.headline, fallback=seed.checksum[:12])
    )
    article.headline = seed.headline
    article.lead = seed.lead
    article.body = seed.body
    article.language = extraction.language
    article.dateline = seed.date
    article.source = settings.NEWSROOM_SOURCE_AGENCY
    article.source_file = seed.source_file
    article.checksum = seed.checksum
    article.imported_at = timezone.now()
    if publish:
        article.status = Article.Status.PUBLISHED
        article.published_at = article.published_at or wire_time(seed.date)
    # The same version check as an editor's save: an edit made since plan() wins over the file.
    article.imported_version = article.version + 1 if article.pk else article.version
    save_article(article=article, expected_version=article.version)
    attach_extraction(article, extraction)
    return article


def wire_time(date: dt.date):
    """The dateline as a moment in the newsroom's zone, never in the future."""
    moment = timezone.make_aware(dt.datetime.combine(date, dt.time(9, 0)))
    return min(moment, timezone.now())


def attach_extraction(article, extraction):
    article.quotes.all().delete()
    article.mentions.all().delete()
    article.topic_links.all().delete()
    people = {found.name: find_or_create_person(found, article) for found in extraction.people}
    mentions = {}
    for found in extraction.people:
        person = people[found.name]
        mentions.setdefault(
            person.pk,
            Mention(
                article=article, person=person, role=found.role or "", confidence=found.confidence
            ),
        )
    Mention.objects.bulk_create(mentions.values())
    Quote.objects.bulk_create(
        Quote(
            article=article,
            speaker=people.get(found.speaker),
            text=found.text,
            position=position,
            kind=found.kind,
            confidence=found.confidence,
        )
        for position, found in enumerate(extraction.quotes, start=1)
    )
    topics = Topic.objects.active().in_bulk([t.code for t in extraction.topics], field_name="qcode")
    ArticleTopic.objects.bulk_create(
        ArticleTopic(article=article, topic=topics[t.code], confidence=t.confidence)
        for t in extraction.topics
        if t.code in topics
    )
    article.places.set(named_entity(Place, name) for name in dict.fromkeys(extraction.places))
    article.organisations.set(
        named_entity(Organisation, name) for name in dict.fromkeys(extraction.organizations)
    )


def find_or_create_person(found, article):
    """One Person per identity: same name in any script, or a full-name alias seen before."""
    key = identity_key(found.name)
    person = Person.objects.filter(identity=key).order_by("pk").first()
    if person is None:
        alias = (
            PersonAlias.objects.filter(name__in=[found.name, *found.aliases])
            .select_related("person")
            .first()
        )
        person = alias.person if alias and len(alias.name.split()) > 1 else None
    if person is None:
        person = Person.objects.create(
            name=found.name, slug=unique_slug(Person, found.name), role=found.role or ""
        )
    elif found.role and is_latest_for(person, article):
        person.role = found.role
        person.save(update_fields=["role"])
    for form in {found.name, *found.aliases} - {person.name}:
        PersonAlias.objects.get_or_create(person=person, name=form)
    return person


def is_latest_for(person, article):
    """Whether `article` is the newest story naming `person`, so its role is their current one."""
    newer = person.mentions.exclude(article=article).filter(article__dateline__gt=article.dateline)
    return not newer.exists()


def named_entity(model, name):
    entity = model.objects.filter(name=name).first()
    if entity is None:
        entity, _ = model.objects.get_or_create(
            name=name, defaults={"slug": unique_slug(model, name)}
        )
    return entity


def unique_slug(model, text, fallback="item"):
    """The slug of `text`, with -2, -3… when taken; one query whatever the number of namesakes."""
    base = slugify(text, max_length=80, word_boundary=True) or slugify(fallback) or "item"
    taken = set(model.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
