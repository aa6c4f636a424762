"""DRF permission classes that ask `articles.permissions`, the one rule the desk also follows.

Reading is open to everyone, but what is read depends on who asks: `visible_articles` is
`Article.objects.published()` for everyone except the desk.
"""

from rest_framework import permissions as drf

from articles import permissions as rules
from articles.models import Article


def visible_articles(user):
    """The stories `user` may read: published ones, or all of them for the desk."""
    if rules.can_read_unpublished(user):
        return Article.objects.all()
    return Article.objects.published()


def reads_unpublished(request):
    return rules.can_read_unpublished(request.user)


class CanEditArticle(drf.BasePermission):
    """Writing to a story needs an account that may edit it (`can_edit`, as in the admin).

    Paired with IsAuthenticatedOrReadOnly, which lets anyone read and asks writers to sign in."""

    def has_object_permission(self, request, view, obj):
        if request.method in drf.SAFE_METHODS or not isinstance(obj, Article):
            return True
        return rules.can_edit(request.user, obj)


READ_OR_DESK_WRITE = [drf.IsAuthenticatedOrReadOnly, CanEditArticle]


class CanCreateArticle(drf.BasePermission):
    def has_permission(self, request, view):
        return rules.can_edit(request.user, Article())


class CanReviewQuotes(drf.BasePermission):
    def has_permission(self, request, view):
        return rules.can_review_quotes(request.user)
