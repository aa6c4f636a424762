"""`generate_corpus N`: synthetic published stories for benchmarks, written with bulk inserts."""

import hashlib
import random
import time
from itertools import islice
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Max
from slugify import slugify

from articles.corpus import ORGANISATIONS, as_wire_text, generate, place_names
from articles.importing.identity import identity_key
from articles.models import (
    Article,
    ArticleTopic,
    Mention,
    Organisation,
    Person,
    Place,
    Quote,
    Topic,
)

TOPIC_POOL = 300  # stories are spread over this many real, active IPTC topics


class Command(BaseCommand):
    help = (
        "Create N synthetic published Russian articles with people, quotes, topics, places and "
        "organisations (benchmarks only), or write N wire files with --files DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many stories.")
        parser.add_argument("--seed", type=int, default=0, help="Same seed, same stories.")
        parser.add_argument("--files", type=Path, help="Write wire files to this folder instead.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--months", type=int, default=18, help="Spread over this many months.")

    def handle(self, *args, count, seed, files, batch_size, months, verbosity, **options):
        self.verbosity = verbosity
        if count < 1:
            raise CommandError("count must be at least 1")
        started = time.perf_counter()
        if files:
            write_wire_files(files, generate(count, seed=seed, months=months))
            what = f"{count} wire files in {files}"
        else:
            topics = topic_pool(seed)
            stories = generate(count, seed=seed, topic_count=len(topics), months=months)
            write_stories(stories, topics, batch_size=batch_size, progress=self.progress)
            what = f"{count} articles"
        self.stdout.write(f"Generated {what} in {time.perf_counter() - started:.1f} s")

    def progress(self, done):
        if self.verbosity > 1:
            self.stderr.write(f"{done} articles")


def batched(iterable, size):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def topic_pool(seed):
    active = list(Topic.objects.active().order_by("qcode").values_list("pk", flat=True))
    if not active:
        raise CommandError("No IPTC topics in the database: run `manage.py migrate` first.")
    return random.Random(seed).sample(active, min(TOPIC_POOL, len(active)))


def write_wire_files(folder, stories):
    folder.mkdir(parents=True, exist_ok=True)
    for number, story in enumerate(stories):
        text = as_wire_text(story).encode()
        name = f"{number:06d}_{hashlib.sha256(text).hexdigest()[:16]}.txt"
        (folder / name).write_bytes(text)


def write_stories(stories, topics, *, batch_size, progress=None):
    places = named_entities(Place, place_names())
    organisations = named_entities(Organisation, ORGANISATIONS)
    people = {}
    next_number = (Article.objects.aggregate(last=Max("id"))["last"] or 0) + 1
    done = 0
    for batch in batched(stories, batch_size):
        with transaction.atomic():
            add_people(people, {person for story in batch for person in story.people})
            articles = Article.objects.bulk_create(
                article_row(story, next_number + n) for n, story in enumerate(batch)
            )
            write_relations(batch, articles, people, places, organisations, topics)
        next_number += len(batch)
        done += len(batch)
        if progress:
            progress(done)


def article_row(story, number):
    return Article(
        headline=story.headline,
        slug=f"{slugify(story.headline, max_length=60, word_boundary=True)}-c{number}",
        lead=story.headline,
        body=story.body,
        language="ru",
        status=Article.Status.PUBLISHED,
        published_at=story.published_at,
        dateline=story.date,
        source="Report",
        source_file=f"corpus/{number}",
    )


def write_relations(batch, articles, people, places, organisations, topics):
    mentions, quotes, topic_links, place_links, org_links = [], [], [], [], []
    PlaceLink = Article.places.through
    OrganisationLink = Article.organisations.through
    for story, article in zip(batch, articles, strict=True):
        mentions += [
            Mention(article=article, person=people[p.name], role=p.role) for p in story.people
        ]
        quotes += [
            Quote(
                article=article,
                speaker=people[quote.speaker.name],
                text=quote.text,
                position=position,
                status=Quote.Review.CONFIRMED,
                confidence=0.9,
            )
            for position, quote in enumerate(story.quotes, start=1)
        ]
        topic_links += [ArticleTopic(article=article, topic_id=topics[i]) for i in story.topics]
        place_links += [PlaceLink(article=article, place=places[name]) for name in story.places]
        org_links += [
            OrganisationLink(article=article, organisation=organisations[name])
            for name in story.organisations
        ]
    for model, rows in (
        (Mention, mentions),
        (Quote, quotes),
        (ArticleTopic, topic_links),
        (PlaceLink, place_links),
        (OrganisationLink, org_links),
    ):
        model.objects.bulk_create(rows, batch_size=5000)


def add_people(people, wanted):
    """Find or create the people of a batch (by slug), caching them for the next batches."""
    missing = {person for person in wanted if person.name not in people}
    if not missing:
        return
    by_slug = {slugify(person.name): person for person in missing}
    found = Person.objects.in_bulk(list(by_slug), field_name="slug")
    Person.objects.bulk_create(
        Person(name=p.name, slug=slug, role=p.role, identity=identity_key(p.name))
        for slug, p in by_slug.items()
        if slug not in found
    )
    for person in Person.objects.filter(slug__in=list(by_slug)):
        people[by_slug[person.slug].name] = person


def named_entities(model, names):
    existing = model.objects.in_bulk(names, field_name="name")
    model.objects.bulk_create(
        model(name=name, slug=unique_entity_slug(model, name))
        for name in names
        if name not in existing
    )
    return model.objects.in_bulk(names, field_name="name")


def unique_entity_slug(model, name):
    base = slugify(name) or "item"
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
