"""Multi-step writes on articles that the admin, the API and the importer share.

Each is one transaction: it checks permission, changes state and records the audit entry.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import permissions
from .models import Article, AuditEntry, Quote


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
