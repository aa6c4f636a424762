"""Query rules of the newsroom. `ArticleQuerySet.published()` is the one definition of "public"."""

from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self, at=None):
        """Articles a reader may see: status published and published_at not in the future."""
        return self.filter(status="published", published_at__lte=at or timezone.now())

    def scheduled(self, at=None):
        return self.filter(status="published", published_at__gt=at or timezone.now())

    def for_listing(self):
        return self.prefetch_related("topics").order_by("-published_at", "-id")

    def for_detail(self):
        from .models import Mention, Quote

        return self.prefetch_related(
            "topics",
            "places",
            "organisations",
            Prefetch("mentions", queryset=Mention.objects.select_related("person")),
            Prefetch(
                "quotes",
                queryset=Quote.objects.public().select_related("speaker").order_by("position"),
            ),
        )

    def for_api(self, *, public=True):
        """Everything the API shows of a story, in six queries whatever the number of stories.

        Public callers get the public quotes; the desk (`public=False`) every quote with its
        review state. Each quote carries `speaker_role`, the speaker's role as of the story."""
        from .models import Mention, Quote, Topic

        quotes = Quote.objects.public() if public else Quote.objects.all()
        return self.prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("qcode")),
            "places",
            "organisations",
            Prefetch(
                "mentions",
                queryset=Mention.objects.select_related("person").order_by("person__name"),
            ),
            Prefetch(
                "quotes",
                queryset=quotes.with_speaker_role().select_related("speaker").order_by("position"),
            ),
        )


class QuoteQuerySet(models.QuerySet):
    def public(self):
        """Quotes a reader may see: not rejected, in a published article."""
        from .models import Article

        return self.exclude(status="rejected").filter(article__in=Article.objects.published())

    def unreviewed(self):
        return self.filter(status="suggested")

    def with_speaker_role(self):
        """`speaker_role`: the role the speaker held as of the quote's article ("" if none)."""
        from .models import Mention

        role = Mention.objects.filter(
            article=OuterRef("article_id"), person=OuterRef("speaker_id")
        ).values("role")[:1]
        return self.annotate(speaker_role=Coalesce(Subquery(role), Value("")))


class PublishedThroughArticlesQuerySet(models.QuerySet):
    """People, topics, places and organisations are public only through published articles."""

    article_relation = "articles"

    def public(self):
        from .models import Article

        published = Article.objects.published().filter(**{self.article_relation: OuterRef("pk")})
        return self.filter(Exists(published))


class PersonQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "people"


class TopicQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "topics"

    def active(self):
        """Concepts that may be offered for tagging (retired ones never are)."""
        return self.filter(retired__isnull=True)


class PlaceQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "places"


class OrganisationQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "organisations"
