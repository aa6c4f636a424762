"""Who may do which transition: every transition, every source state, every kind of user."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from articles import permissions, roles
from articles.models import Article
from tests import factories

Status = Article.Status
ALL_STATES = [Status.DRAFT, Status.REVIEW, Status.PUBLISHED, Status.WITHDRAWN]

# (transition, source) pairs that exist in the workflow at all.
EDGES = [
    ("submit", Status.DRAFT),
    ("return", Status.REVIEW),
    ("return", Status.WITHDRAWN),
    ("publish", Status.DRAFT),
    ("publish", Status.REVIEW),
    ("publish", Status.WITHDRAWN),
    ("withdraw", Status.PUBLISHED),
]
REPORTER_MAY = {("submit", Status.DRAFT)}


def all_pairs():
    return [(name, state) for name in permissions.TRANSITIONS for state in ALL_STATES]


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_editor_may_apply_every_existing_transition_and_no_other(editor, name, state):
    expected = (name, state) in EDGES
    assert permissions.can_transition(editor, Article(status=state), name) is expected


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_superuser_may_apply_every_existing_transition_and_no_other(superuser, name, state):
    expected = (name, state) in EDGES
    assert permissions.can_transition(superuser, Article(status=state), name) is expected


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_reporter_may_only_submit_drafts(reporter, name, state):
    expected = (name, state) in REPORTER_MAY
    assert permissions.can_transition(reporter, Article(status=state), name) is expected


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_anonymous_may_do_nothing(db, name, state):
    assert permissions.can_transition(AnonymousUser(), Article(status=state), name) is False


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_inactive_editor_may_do_nothing(db, name, state):
    user = factories.UserFactory(username="gone", role="Editor", is_active=False)
    assert permissions.can_transition(user, Article(status=state), name) is False


@pytest.mark.parametrize(("name", "state"), all_pairs())
def test_staff_without_a_role_may_do_nothing(db, name, state):
    user = factories.UserFactory(username="intern")
    assert permissions.can_transition(user, Article(status=state), name) is False


def test_none_user_may_do_nothing(db):
    assert permissions.can_transition(None, Article(status=Status.DRAFT), "submit") is False


def test_unknown_transition_is_refused(superuser):
    assert permissions.can_transition(superuser, Article(status=Status.DRAFT), "delete") is False


def test_available_transitions_of_a_draft(reporter, editor):
    draft = Article(status=Status.DRAFT)
    assert [t.name for t in permissions.available_transitions(reporter, draft)] == ["submit"]
    assert [t.name for t in permissions.available_transitions(editor, draft)] == [
        "submit",
        "publish",
    ]


@pytest.mark.parametrize("state", ALL_STATES)
def test_reporters_edit_only_drafts_and_stories_in_review(reporter, editor, state):
    article = Article(pk=1, status=state)
    assert permissions.can_edit(reporter, article) is (state in {Status.DRAFT, Status.REVIEW})
    assert permissions.can_edit(editor, article) is True


def test_quote_review_and_merging_are_for_editors(reporter, editor, superuser):
    assert not permissions.can_review_quotes(reporter)
    assert not permissions.can_merge_people(reporter)
    assert permissions.can_review_quotes(editor) and permissions.can_merge_people(editor)
    assert permissions.can_review_quotes(superuser) and permissions.can_merge_people(superuser)


@pytest.mark.parametrize("role", ["Reporter", "Editor"])
def test_role_groups_exist_after_migrate_with_exactly_their_permissions(db, role):
    group = Group.objects.get(name=role)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == set(roles.ROLES[role])


def test_only_editors_hold_the_publishing_permissions(db):
    reporter = set(
        Group.objects.get(name="Reporter").permissions.values_list("codename", flat=True)
    )
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
    editorial = {"publish_article", "withdraw_article", "review_quote", "merge_person"}
    assert editorial <= editor
    assert not editorial & reporter
    assert reporter <= editor
