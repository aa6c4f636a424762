"""What an article looked like at a revision, and how to bring that back.

Each save of an article is a django-simple-history record; the rows an editor curates around it
have their own history: quotes, topic links, mentions (person and role), place and organisation
links. A revision stands for the article's state until the next revision, so those rows are read
as of just before the next record (or now, for the latest one): the admin saves the article first
and its rows a moment later.

Places and organisations are plain many-to-many links: `.add()`, `.remove()`, `.set()` and
`.clear()` write them in bulk without saving rows one by one, so `record_link_changes` writes
their history from `m2m_changed` (whoever changes them: the desk's form, the API, a service).
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models.signals import m2m_changed
from django.utils import timezone

from .models import Article, ArticleTopic, Mention, Person, Quote

CONTENT_FIELDS = ["headline", "lead", "body", "language", "source", "dateline"]
QUOTE_FIELDS = ["text", "position", "kind", "status", "confidence", "speaker_id"]
PlaceLink = Article.places.through
OrganisationLink = Article.organisations.through
LINKED = [Article.places, Article.organisations]  # many-to-many relations with history
CURATED = [Quote, ArticleTopic, Mention, PlaceLink, OrganisationLink]  # rows read as of a moment


@dataclass
class Snapshot:
    revision: object
    # Historical records of the rows as they were (see `rows_as_of`).
    topics: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    mentions: list = field(default_factory=list)  # person and role
    places: list = field(default_factory=list)
    organisations: list = field(default_factory=list)


def ensure_baseline(article):
    """Give imported rows (bulk-created, so without history) a first record."""
    since = article.created_at or timezone.now()
    for model in CURATED:
        rows = model.objects.filter(article_id=article.pk)
        recorded = model.history.filter(article_id=article.pk).values("id")
        missing = list(rows.exclude(pk__in=recorded))
        if missing:
            model.history.bulk_history_create(missing, default_date=since)


def period_end(revision):
    """The moment just before the next revision of the same article (or now)."""
    later = (
        type(revision)
        .objects.filter(id=revision.id, history_date__gt=revision.history_date)
        .order_by("history_date")
        .values_list("history_date", flat=True)
        .first()
    )
    return later - timedelta(microseconds=1) if later else timezone.now()


def rows_as_of(model, at, revision, related):
    """The article's rows as of `at`: their latest historical records, deleted ones left out.

    Records rather than `as_of()`'s instances, so that `related` comes in the same query (an
    instance made from a record forgets it) and reads None for a person merged away since.
    A record's `id` is the row's primary key (its `pk` is the record's own).
    """
    return (
        model.history.filter(history_date__lte=at)
        .latest_of_each()
        .exclude(history_type="-")
        .filter(article_id=revision.id)
        .select_related(related)
    )


def named(row, related):
    """The name of the row's person, place or organisation ("" if it was merged or deleted)."""
    return str(getattr(row, related) or "") if getattr(row, f"{related}_id") else ""


def snapshot(revision):
    at = period_end(revision)
    topics = rows_as_of(ArticleTopic, at, revision, "topic")
    quotes = rows_as_of(Quote, at, revision, "speaker")
    mentions = rows_as_of(Mention, at, revision, "person")
    places = rows_as_of(PlaceLink, at, revision, "place")
    organisations = rows_as_of(OrganisationLink, at, revision, "organisation")
    return Snapshot(
        revision,
        topics=sorted(topics, key=lambda link: str(link.topic)),
        quotes=sorted(quotes, key=lambda quote: quote.position),
        mentions=sorted(mentions, key=lambda mention: named(mention, "person")),
        places=sorted(places, key=lambda link: named(link, "place")),
        organisations=sorted(organisations, key=lambda link: named(link, "organisation")),
    )


def restore_topics(article, links):
    wanted = {link.topic_id: link.confidence for link in links}
    for current in article.topic_links.all():
        if current.topic_id not in wanted:
            current.delete()
    for topic_id, confidence in wanted.items():
        ArticleTopic.objects.update_or_create(
            article=article, topic_id=topic_id, defaults={"confidence": confidence}
        )


def restore_quotes(article, quotes):
    """Quotes come back with their text, speaker, position and review state as they were."""
    wanted = {quote.id: quote for quote in quotes}
    article.quotes.exclude(pk__in=wanted).delete()
    # Move survivors out of the way first: positions are unique per article.
    offset = 1 + max([q.position for q in quotes] + [0]) + article.quotes.count()
    for current in article.quotes.all():
        current.position += offset
        current.save(update_fields=["position"])
    speakers = merged_into(Quote, "speaker_id", {q.id: q.speaker_id for q in quotes})
    for pk, old in wanted.items():
        values = {name: getattr(old, name) for name in QUOTE_FIELDS}
        values["speaker_id"] = speakers.get(pk)  # a speaker merged away: whom the merge chose
        Quote.objects.update_or_create(pk=pk, defaults={**values, "article": article})


def restore_mentions(article, mentions):
    """The people named come back with their roles as they were.

    A person merged away since is named by the person they were merged into: the merge moved
    the very mention row to them, and that row's history says who. If the merge dropped the row
    instead (the kept person was named already), the kept person's own mention stands for it.
    """
    people = merged_into(Mention, "person_id", {m.id: m.person_id for m in mentions})
    wanted, taken = {}, set()  # id -> (person_id, role, confidence); people named so far
    for old in mentions:
        person_id = people.get(old.id)
        if person_id is not None and person_id not in taken:  # two of them may be one now
            wanted[old.id] = (person_id, old.role, old.confidence)
            taken.add(person_id)
    for mention in article.mentions.all():
        if mention.pk not in wanted or wanted[mention.pk][0] != mention.person_id:
            mention.delete()
    for pk, (person_id, role, confidence) in wanted.items():
        values = {"person_id": person_id, "role": role, "confidence": confidence}
        Mention.objects.update_or_create(pk=pk, defaults={**values, "article": article})


def merged_into(model, field, people):
    """{row id: person id} of mention or quote rows, with each person who no longer exists
    replaced by the last existing person that row named (a merge moves the row to the person
    kept), or left out."""
    existing = set(Person.objects.filter(pk__in=people.values()).values_list("pk", flat=True))
    found = {pk: person_id for pk, person_id in people.items() if person_id in existing}
    gone = [pk for pk, person_id in people.items() if pk not in found and person_id is not None]
    later = (
        model.history.filter(id__in=gone, **{f"{field}__in": Person.objects.values("pk")})
        .order_by("history_date", "history_id")
        .values_list("id", field)
    )
    return {**found, **dict(later)} if gone else found


def restore_links(article, relation, links):
    """Places or organisations come back as they were; one deleted since stays away."""
    target = relation.field.m2m_reverse_field_name()
    wanted = {getattr(link, f"{target}_id") for link in links}
    model = relation.field.related_model
    getattr(article, relation.field.name).set(model.objects.filter(pk__in=wanted))


# --- history of the many-to-many links ----------------------------------------------------


def record_link_changes(sender, instance, action, reverse, pk_set, **kwargs):
    """`m2m_changed` receiver: one history record per place or organisation link added or removed."""
    if action not in ("post_add", "pre_remove", "pre_clear"):
        return
    relation = next(r for r in LINKED if r.through is sender)
    source, target = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
    own, other = (target, source) if reverse else (source, target)
    rows = sender.objects.filter(**{own: instance.pk})
    if pk_set is not None:
        rows = rows.filter(**{f"{other}__in": pk_set})
    user = getattr(instance, "_history_user", None)
    if action == "post_add":
        sender.history.bulk_history_create(list(rows), default_user=user)
    else:
        record_removed(sender, list(rows), user)


def record_removed(model, rows, user):
    """History records of type "-" for rows about to go in bulk: django-simple-history writes
    "+" and "~" records in bulk (`bulk_history_create`), "-" only for a row deleted on its own."""
    history = model.history.model
    now = timezone.now()
    history.objects.bulk_create(
        history(
            history_type="-",
            history_date=now,
            history_user=user or history.get_default_history_user(row),
            **{f.attname: getattr(row, f.attname) for f in history.tracked_fields},
        )
        for row in rows
    )


def connect():
    for relation in LINKED:
        m2m_changed.connect(
            record_link_changes,
            sender=relation.through,
            dispatch_uid=f"revisions-{relation.through._meta.label_lower}",
        )
