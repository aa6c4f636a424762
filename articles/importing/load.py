"""Turn an extraction into rows: the only code that writes imported stories.

One transaction per file; idempotent by the SHA-256 of the raw text; people found by a
spelling-independent identity key so the same person is one row across articles.
"""

import contextvars
import copy
import datetime as dt
import itertools
import logging
import multiprocessing
import os
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
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
from .extract import extract, prepare
from .identity import identity_key
from .parse import Seed, SeedError, parse_seed

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

    files = iter(files)
    with extraction_pool(workers if workers > 1 or extract_apart else 0) as run:
        pending = None  # the previous batch: its workers keep extracting while this one is planned
        while batch := list(itertools.islice(files, batch_size)):
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
    try:
        with transaction.atomic(), pending_rows(extractions) as pending:
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


# The rows of the batch being stored together, if one is (store_together).
PENDING = contextvars.ContextVar("pending_rows", default=None)


@contextmanager
def pending_rows(extractions):
    token = PENDING.set(PendingRows(extractions))
    try:
        yield PENDING.get()
    finally:
        PENDING.reset(token)


class PendingRows:
    """The rows of a file that nothing later in the import reads (quotes, topic and place and
    organisation links, the audit entry), kept to be written with those of the other files of
    its batch, one bulk insert per table. It also holds the batch's topics, places and
    organisations, each kind looked up in one query for the whole batch."""

    def __init__(self, extractions=()):
        extractions = [e for e in extractions if not isinstance(e, ExtractionFailed)]
        self.rows = defaultdict(list)
        self.topics = self.known_places = self.known_organisations = None
        self.slugs = {}  # model: (the slug bases looked up, every slug taken that starts with one)
        if extractions:
            codes = {t.code for e in extractions for t in e.topics}
            self.topics = Topic.objects.active().in_bulk(codes, field_name="qcode")
            self.known_places = entities_named(Place, {n for e in extractions for n in e.places})
            self.known_organisations = entities_named(
                Organisation, {n for e in extractions for n in e.organizations}
            )
            self.look_up_slugs(Person, {slug_base(p.name) for e in extractions for p in e.people})

    def look_up_slugs(self, model, bases):
        """Load at once the slugs taken that new rows of these slug bases might collide with."""
        self.slugs[model] = (set(bases), taken_slugs(model, bases))

    def add(self, *rows):
        for row in rows:
            self.rows[type(row)].append(row)

    def write(self):
        for model, rows in self.rows.items():
            model.objects.bulk_create(rows)
        self.rows.clear()


def entities_named(model, names):
    return {entity.name: entity for entity in model.objects.filter(name__in=names)}


def write_article(seed: Seed, extraction, article, *, publish):
    replacing = article is not None
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
    if replacing:
        save_article(article=article, expected_version=article.version)
        detach_extraction(article)
    else:  # a new row: no version to check, and the caller's transaction is the only one needed
        article.save()
    attach_extraction(article, extraction)
    return article


def wire_time(date: dt.date):
    """The dateline as a moment in the newsroom's zone, never in the future."""
    moment = timezone.make_aware(dt.datetime.combine(date, dt.time(9, 0)))
    return min(moment, timezone.now())


def detach_extraction(article):
    """Drop what an earlier import of the file attached, before the new extraction is."""
    article.quotes.all().delete()
    article.mentions.all().delete()
    article.topic_links.all().delete()
    article.places.clear()
    article.organisations.clear()


def attach_extraction(article, extraction):
    """The extraction's rows, each kind written in one bulk insert (while a batch is stored
    together, those nothing later reads are left to it). Bulk inserts send no signals and need
    none: the article's own save in this transaction has already started a new page cache
    generation (signals.py), which covers every row written with it."""
    own = PENDING.get() is None
    pending = PendingRows() if own else PENDING.get()
    people = find_or_create_people(extraction.people, article)
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
    pending.add(
        *(
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
    )
    topics = pending.topics
    if topics is None:
        topics = Topic.objects.active().in_bulk(
            [t.code for t in extraction.topics], field_name="qcode"
        )
    pending.add(
        *(
            ArticleTopic(article=article, topic=topics[t.code], confidence=t.confidence)
            for t in extraction.topics
            if t.code in topics
        )
    )
    places = named_entities(Place, extraction.places, pending.known_places)
    organisations = named_entities(
        Organisation, extraction.organizations, pending.known_organisations
    )
    pending.add(*links(article, Article.places, places))
    pending.add(*links(article, Article.organisations, organisations))
    if own:
        pending.write()


def links(article, relation, entities):
    through = relation.through
    source, target = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
    return [through(**{source: article, target: entity}) for entity in entities]


def find_or_create_people(found_people, article):
    """{name: Person}: one Person per identity (the same name in any script), or the person of a
    full-name alias seen before; new people created, roles and aliases recorded.

    Names are settled in order, and a later name finds a person an earlier one of the same file
    created or gave an alias, as if each were looked up in the database in turn; the lookups
    themselves are two queries for the whole file."""
    known = KnownPeople(found_people)
    people, roles = {}, {}
    for found in found_people:
        person = known.find(found)
        if person is None:
            person = known.add(Person(name=found.name, role=found.role or ""))
        elif found.role and (person.pk is None or person.pk not in known.named_later(article)):
            person.role = found.role
            if person.pk is not None:
                roles[person.pk] = person
        for form in {found.name, *found.aliases} - {person.name}:
            known.add_alias(person, form)
        people[found.name] = person
    known.save()
    Person.objects.bulk_update(roles.values(), ["role"])
    return people


class KnownPeople:
    """The people and aliases the names of one file can match, loaded in two queries and kept
    up to date while the file's people are settled; new people and aliases are written at the end."""

    def __init__(self, found_people):
        self.keys = {found.name: identity_key(found.name) for found in found_people}
        forms = {form for found in found_people for form in (found.name, *found.aliases)}
        self.by_identity = {}
        for person in Person.objects.filter(identity__in=set(self.keys.values())).order_by("-pk"):
            self.by_identity[person.identity] = person  # the oldest comes last and stays
        aliases = PersonAlias.objects.filter(name__in=forms).select_related("person")
        self.people = {person.pk: person for person in self.by_identity.values()}
        self.aliases = [
            (
                (alias.name, alias.pk),
                alias.name,
                self.people.setdefault(alias.person_id, alias.person),
            )
            for alias in aliases.order_by("name", "pk")
        ]
        self.new_people, self.new_aliases, self.later = [], [], None

    def find(self, found):
        person = self.by_identity.get(self.keys[found.name])
        if person is None:
            forms = {found.name, *found.aliases}
            matching = [entry for entry in self.aliases if entry[1] in forms]
            # The first by name, as PersonAlias's ordering gives it; a new alias after older ones.
            _, name, alias_person = min(matching, default=(None, "", None), key=lambda e: e[0])
            person = alias_person if len(name.split()) > 1 else None
        return person

    def add(self, person):
        person.identity = self.keys[person.name]  # what Person.save() would set
        self.by_identity.setdefault(person.identity, person)
        self.new_people.append(person)
        return person

    def add_alias(self, person, name):
        pair = (id(person), name)
        if all((id(entry[2]), entry[1]) != pair for entry in self.aliases):
            self.aliases.append(((name, float("inf"), len(self.new_aliases)), name, person))
            self.new_aliases.append((person, name))

    def named_later(self, article):
        """Known people who appear in a story dated after `article`: its role is not their latest."""
        if self.later is None:
            newer = Mention.objects.filter(
                person__in=[pk for pk in self.people if pk is not None],
                article__dateline__gt=article.dateline,
            ).exclude(article=article)
            self.later = set(newer.values_list("person_id", flat=True))
        return self.later

    def save(self):
        slugs = unique_slugs(Person, [person.name for person in self.new_people])
        for person, slug in zip(self.new_people, slugs, strict=True):
            person.slug = slug
        Person.objects.bulk_create(self.new_people)
        PersonAlias.objects.bulk_create(
            (PersonAlias(person=person, name=name) for person, name in self.new_aliases),
            ignore_conflicts=True,
        )


def named_entities(model, names, known=None):
    """The places or organisations of these names, in order, the missing ones created. `known`:
    the entities of these names (and maybe more) as far as this transaction knows, kept up to date."""
    names = list(dict.fromkeys(names))
    if known is None:
        known = entities_named(model, names)
    missing = [name for name in names if name not in known]
    if missing:
        slugs = unique_slugs(model, missing)
        model.objects.bulk_create(
            (model(name=name, slug=slug) for name, slug in zip(missing, slugs, strict=True)),
            ignore_conflicts=True,  # a concurrent import may have just created the same name
        )
        known.update(entities_named(model, missing))
        if any(
            name not in known for name in names
        ):  # what stopped a row was its slug, taken meanwhile
            raise IntegrityError(f"a new {model._meta.verbose_name}'s slug was taken meanwhile")
    return [known[name] for name in names]


def slug_base(text, fallback="item"):
    return slugify(text, max_length=80, word_boundary=True) or slugify(fallback) or "item"


def taken_slugs(model, bases):
    """The slugs of `model` that start with one of `bases`: one query."""
    if not bases:
        return set()
    starts = Q()
    for base in set(bases):
        starts |= Q(slug__startswith=base)
    return set(model.objects.filter(starts).order_by().values_list("slug", flat=True))


def unique_slug(model, text, fallback="item"):
    return unique_slugs(model, [text], fallback)[0]


def unique_slugs(model, texts, fallback="item"):
    """The slug of each text, with -2, -3… when taken (or given to an earlier text of the list);
    one query whatever the number of texts and namesakes."""
    bases = [slug_base(text, fallback) for text in texts]
    if not bases:
        return []
    pending = PENDING.get()
    looked_up, known = pending.slugs.get(model, (set(), set())) if pending else (set(), set())
    taken = known if set(bases) <= looked_up else taken_slugs(model, bases)
    slugs = []
    for base in bases:
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs.append(slug)
    known.update(slugs)  # the batch's later rows must not take them again
    return slugs
