"""What an article looked like at a revision, and how to bring that back.

Each save of an article is a django-simple-history record; its quotes and topic links have
their own history. A revision stands for the article's state until the next revision, so its
quotes and topics are read as of just before the next record (or now, for the latest one):
the admin saves the article first and its quotes and topics a moment later.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from .models import ArticleTopic, Person, Quote

CONTENT_FIELDS = ["headline", "lead", "body", "language", "source", "dateline"]
QUOTE_FIELDS = ["text", "position", "kind", "status", "confidence", "speaker_id"]


@dataclass
class Snapshot:
    revision: object
    topics: list = field(default_factory=list)  # ArticleTopic instances as they were
    quotes: list = field(default_factory=list)  # Quote instances as they were


def ensure_baseline(article):
    """Give imported quotes and topic links (bulk-created, so without history) a first record."""
    since = article.created_at or timezone.now()
    for model, rows in [
        (Quote, article.quotes.all()),
        (ArticleTopic, article.topic_links.all()),
    ]:
        recorded = model.history.filter(**{"article_id": article.pk}).values("id")
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


def snapshot(revision):
    at = period_end(revision)
    topics = ArticleTopic.history.as_of(at).filter(article_id=revision.id).select_related("topic")
    quotes = Quote.history.as_of(at).filter(article_id=revision.id).select_related("speaker")
    return Snapshot(
        revision,
        topics=sorted(topics, key=lambda link: str(link.topic)),
        quotes=sorted(quotes, key=lambda quote: quote.position),
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
    wanted = {quote.pk: quote for quote in quotes}
    article.quotes.exclude(pk__in=wanted).delete()
    # Move survivors out of the way first: positions are unique per article.
    offset = 1 + max([q.position for q in quotes] + [0]) + article.quotes.count()
    for current in article.quotes.all():
        current.position += offset
        current.save(update_fields=["position"])
    existing_people = set(
        Person.objects.filter(pk__in=[q.speaker_id for q in quotes]).values_list("pk", flat=True)
    )
    for pk, old in wanted.items():
        values = {name: getattr(old, name) for name in QUOTE_FIELDS}
        if values["speaker_id"] not in existing_people:
            values["speaker_id"] = None  # the speaker was merged away since
        Quote.objects.update_or_create(pk=pk, defaults={**values, "article": article})
