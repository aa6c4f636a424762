"""The rows an extraction becomes: the article, its people (one row per person across
articles, by a spelling-independent identity key), quotes, mentions, topic, place and
organisation links. Written for load.py, which decides when and in which transaction.

While a batch is stored together (load.store_together), the rows nothing later reads are kept
in PENDING and written at the end, one insert per table.
"""

import contextvars
import datetime as dt
from collections import defaultdict
from contextlib import contextmanager

from django.conf import settings
from django.db import IntegrityError
from django.db.models import Q
from django.utils import timezone
from slugify import slugify

from ..models import (
    Article,
    ArticleTopic,
    Mention,
    Organisation,
    Person,
    PersonAlias,
    Place,
    Quote,
    Topic,
)
from ..services import save_article
from .identity import identity_key
from .parse import Seed

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
