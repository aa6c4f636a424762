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


class ReadOrDeskWrite(drf.BasePermission):
    """Anyone reads; writing needs an account that may edit this article (or create one)."""

    def has_permission(self, request, view):
        if request.method in drf.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated)

    def has_object_permission(self, request, view, obj):
        if request.method in drf.SAFE_METHODS:
            return True
        if isinstance(obj, Article):
            return rules.can_edit(request.user, obj)
        return True


class CanCreateArticle(drf.BasePermission):
    def has_permission(self, request, view):
        return rules.can_edit(request.user, Article())


class CanReviewQuotes(drf.BasePermission):
    def has_permission(self, request, view):
        return rules.can_review_quotes(request.user)
