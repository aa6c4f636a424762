"""Multi-step writes on articles that the admin, the API and the importer share.

Each is one transaction: it checks permission, changes state and records the audit entry.
"""

import secrets
from datetime import timedelta

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import permissions, revisions
from .models import Article, AuditEntry, EditLock, Mention, PersonAlias, PreviewLink, Quote
from .timefmt import baku


class TransitionNotAllowed(PermissionError):
    pass


class QuoteReviewNotAllowed(PermissionError):
    pass


class StaleVersion(Exception):
    """The article changed since the editor loaded it; `current` is the version in the database."""

    def __init__(self, current):
        self.current = current
        super().__init__(
            _(
                "This article was changed by someone else (now version %(version)s); reload it to see their changes."
            )
            % {"version": current.version}
        )


@transaction.atomic
def transition_article(*, article, name, by, note="", at=None):
    """Apply workflow transition `name` (submit, publish, withdraw, return) as user `by`.

    Publishing with a future `at` schedules the story: it goes live by itself, since
    `published()` compares with now.
    """
    if not permissions.can_transition(by, article, name):
        raise TransitionNotAllowed(
            _("%(user)s may not %(action)s an article that is %(status)s.")
            % {"user": by, "action": name, "status": article.get_status_display()}
        )
    spec = permissions.TRANSITIONS[name]
    source = article.status
    article.status = spec.target
    if spec.target == Article.Status.PUBLISHED:
        article.published_at = at or article.published_at or timezone.now()
    article._history_user = by
    article._change_reason = str(spec.label)
    save_article(article=article, expected_version=article.version)
    AuditEntry.objects.create(
        action=AuditEntry.Action.TRANSITION,
        article=article,
        actor=by,
        from_status=source,
        to_status=spec.target,
        note=note,
    )
    return article


@transaction.atomic
def save_article(*, article, expected_version):
    """Save `article` only if nobody saved it since `expected_version`; bump its version."""
    if article.pk is not None:
        current = Article.objects.select_for_update().get(pk=article.pk)
        if current.version != expected_version:
            raise StaleVersion(current)
        article.version = current.version + 1
    article.save()
    return article


@transaction.atomic
def review_quote(*, quote, status, by, note=""):
    """Confirm or reject a quote (or send it back to suggested) as user `by`, with an audit entry.

    The article's `updated_at` moves too: its public representation (quotes) changed.
    """
    if not permissions.can_review_quotes(by):
        raise QuoteReviewNotAllowed(_("%(user)s may not review quotes.") % {"user": by})
    source = quote.status
    quote.status = Quote.Review(status)
    quote.save(update_fields=["status"])
    Article.objects.filter(pk=quote.article_id).update(updated_at=timezone.now())
    AuditEntry.objects.create(
        action=AuditEntry.Action.QUOTE,
        article_id=quote.article_id,
        actor=by,
        from_status=source,
        to_status=quote.status,
        note=note,
    )
    return quote


# --- the desk: revisions, people, quotes, preview links, soft locks -------------------------

LOCK_MINUTES = 15
PREVIEW_DAYS = 7
PREVIEW_SALT = "articles.preview-link"


class NotAllowed(PermissionError):
    pass


@transaction.atomic
def revert_article(*, article, revision, by):
    """Make `revision` (a historical record of `article`) the content again, as a new revision.

    Headline, lead, body and the other editable fields, the topics, the quotes, the people named
    with their roles, the places and the organisations come back; the workflow state does not
    (only transitions change it).
    """
    if not permissions.can_edit(by, article):
        raise NotAllowed(_("You may not edit this article."))
    snapshot = revisions.snapshot(revision)
    for name in revisions.CONTENT_FIELDS:
        setattr(article, name, getattr(revision, name))
    article._history_user = by
    article._change_reason = _("Reverted to version %(version)s") % {"version": revision.version}
    save_article(article=article, expected_version=article.version)
    revisions.restore_topics(article, snapshot.topics)
    revisions.restore_quotes(article, snapshot.quotes)
    revisions.restore_mentions(article, snapshot.mentions)
    revisions.restore_links(article, Article.places, snapshot.places)
    revisions.restore_links(article, Article.organisations, snapshot.organisations)
    AuditEntry.objects.create(
        action=AuditEntry.Action.REVERT,
        article=article,
        actor=by,
        from_status=article.status,
        to_status=article.status,
        note=_("Reverted to version %(version)s of %(date)s")
        % {"version": revision.version, "date": baku(revision.history_date)},
    )
    return article


@transaction.atomic
def merge_people(*, keep, merge, by):
    """Fold person `merge` into `keep`: quotes, mentions and aliases move, the old name stays as an alias."""
    if not permissions.can_merge_people(by):
        raise NotAllowed(_("You may not merge people."))
    if keep.pk == merge.pk:
        raise ValueError("A person cannot be merged into themselves.")
    quotes = list(Quote.objects.filter(speaker=merge))
    mentions = list(merge.mentions.all())
    # The rows about to change get their first record, so revisions before the merge keep them.
    for article_id in {row.article_id for row in quotes + mentions}:
        revisions.ensure_baseline(Article.objects.get(pk=article_id))
    for quote in quotes:
        quote.speaker = keep
        quote._history_user = by
        quote.save(update_fields=["speaker"])
    moved_mentions = 0
    for mention in mentions:
        mention._history_user = by
        if Mention.objects.filter(article_id=mention.article_id, person=keep).exists():
            mention.delete()
        else:
            mention.person = keep
            mention.save(update_fields=["person"])
            moved_mentions += 1
    known = set(keep.aliases.values_list("name", flat=True)) | {keep.name}
    for alias in merge.aliases.all():
        if alias.name in known:
            alias.delete()
        else:
            alias.person = keep
            alias.save(update_fields=["person"])
            known.add(alias.name)
    if merge.name not in known:
        PersonAlias.objects.create(person=keep, name=merge.name)
    AuditEntry.objects.create(
        action=AuditEntry.Action.MERGE,
        actor=by,
        note=_(
            "%(merged)s (#%(merged_id)s) merged into %(kept)s (#%(kept_id)s): "
            "%(quotes)s quotes, %(mentions)s mentions moved"
        )
        % {
            "merged": merge.name,
            "merged_id": merge.pk,
            "kept": keep.name,
            "kept_id": keep.pk,
            "quotes": len(quotes),
            "mentions": moved_mentions,
        },
    )
    merge.delete()
    return keep


def create_preview_link(*, article, by, days=PREVIEW_DAYS):
    """A revocable link for a reviewer without an account; returns the link and its signed token."""
    link = PreviewLink.objects.create(
        article=article,
        created_by=by,
        token=secrets.token_urlsafe(24),
        expires_at=timezone.now() + timedelta(days=days),
    )
    return link, preview_token(link)


def preview_token(link):
    """The URL token: the link's random key and expiry, signed with SECRET_KEY."""
    return signing.dumps(
        {"k": link.token, "e": int(link.expires_at.timestamp())}, salt=PREVIEW_SALT, compress=True
    )


def resolve_preview_token(token):
    """The valid (unexpired, unrevoked) PreviewLink a signed token names, or None."""
    try:
        data = signing.loads(token, salt=PREVIEW_SALT)
    except signing.BadSignature:
        return None
    if data.get("e", 0) <= timezone.now().timestamp():
        return None
    link = PreviewLink.objects.select_related("article").filter(token=data.get("k")).first()
    return link if link and link.is_valid else None


def revoke_preview_link(*, link, by):
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


@transaction.atomic
def acquire_lock(*, article, user, minutes=LOCK_MINUTES):
    """Take or refresh the soft lock for `user`; returns the lock in force (maybe someone else's)."""
    now = timezone.now()
    lock = EditLock.objects.select_for_update().filter(article=article).first()
    if lock and lock.user_id != user.pk and lock.expires_at > now:
        return lock
    if lock is None:
        lock = EditLock(article=article, user=user, since=now)
    elif lock.user_id != user.pk or lock.expires_at <= now:
        lock.user, lock.since = user, now
    lock.expires_at = now + timedelta(minutes=minutes)
    lock.save()
    return lock


def active_lock(article):
    return (
        EditLock.objects.select_related("user")
        .filter(article=article, expires_at__gt=timezone.now())
        .first()
    )


def release_lock(*, article, user):
    EditLock.objects.filter(article=article, user=user).delete()
