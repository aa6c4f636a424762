"""Who may do what on the desk. The admin and the API both ask here, and nowhere else.

Reporters write drafts and submit them for review; editors also publish, schedule, withdraw,
confirm quotes and merge people. Superusers may do everything.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Article

Status = Article.Status

REPORTER = "Reporter"
EDITOR = "Editor"

PUBLISH = "articles.publish_article"
WITHDRAW = "articles.withdraw_article"
REVIEW_QUOTES = "articles.review_quote"
MERGE_PEOPLE = "articles.merge_person"
EDIT = "articles.change_article"
VIEW = "articles.view_article"


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset
    target: str
    permission: str


TRANSITIONS = {
    t.name: t
    for t in [
        Transition(
            "submit", _("Submit for review"), frozenset({Status.DRAFT}), Status.REVIEW, EDIT
        ),
        Transition(
            "return",
            _("Return to draft"),
            frozenset({Status.REVIEW, Status.WITHDRAWN}),
            Status.DRAFT,
            PUBLISH,
        ),
        Transition(
            "publish",
            _("Publish"),
            frozenset({Status.DRAFT, Status.REVIEW, Status.WITHDRAWN}),
            Status.PUBLISHED,
            PUBLISH,
        ),
        Transition(
            "withdraw", _("Withdraw"), frozenset({Status.PUBLISHED}), Status.WITHDRAWN, WITHDRAW
        ),
    ]
}


def can_transition(user, article, name):
    """True when `user` may apply transition `name` to `article` in its current state."""
    transition = TRANSITIONS.get(name)
    if transition is None or article.status not in transition.sources:
        return False
    return bool(user and user.is_active and user.has_perm(transition.permission))


def available_transitions(user, article):
    return [t for name, t in TRANSITIONS.items() if can_transition(user, article, name)]


def can_edit(user, article):
    """Reporters edit drafts and stories in review; published or withdrawn copy is the editors'."""
    if not (user and user.is_active and user.has_perm(EDIT)):
        return False
    if article.pk is None or article.status in {Status.DRAFT, Status.REVIEW}:
        return True
    return user.has_perm(PUBLISH)


def can_read_unpublished(user):
    """The desk (whoever may view articles in the admin) reads drafts, stories in review and
    withdrawn ones; everyone else sees only `Article.objects.published()`."""
    return bool(user and user.is_active and user.has_perm(VIEW))


def can_review_quotes(user):
    return bool(user and user.is_active and user.has_perm(REVIEW_QUOTES))


def can_merge_people(user):
    return bool(user and user.is_active and user.has_perm(MERGE_PEOPLE))
