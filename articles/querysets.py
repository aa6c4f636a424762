"""Query rules of the newsroom. `ArticleQuerySet.published()` is the one definition of "public"."""

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.expressions import RawSQL
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

    def for_page(self):
        """One public article page: its people, quotes and topics in three queries, whatever
        their number (places and organisations come from `NamedEntity` in one more)."""
        from .models import Mention, Quote, Topic

        return self.prefetch_related(
            Prefetch("topics", queryset=Topic.objects.order_by("qcode")),
            Prefetch(
                "mentions",
                queryset=Mention.objects.select_related("person").order_by("person__name"),
            ),
            Prefetch(
                "quotes",
                queryset=Quote.objects.public().select_related("speaker").order_by("position"),
            ),
        )

    def about_topic(self, topic):
        """Articles about `topic` or any narrower topic below it (the IPTC tree, any depth)."""
        from .models import ArticleTopic

        return self.filter(
            Exists(
                ArticleTopic.objects.filter(
                    article=OuterRef("pk"),
                    topic_id__in=RawSQL(NARROWER_TOPICS_SQL, [topic.pk]),
                )
            )
        )

    def mentioning(self, person):
        """Articles that name `person` or carry a public quote of theirs."""
        from .models import Mention, Quote

        named = Mention.objects.filter(article=OuterRef("pk"), person=person)
        quoted = Quote.objects.exclude(status="rejected").filter(
            article=OuterRef("pk"), speaker=person
        )
        return self.filter(Exists(named) | Exists(quoted))

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


# A topic and everything below it in the IPTC tree: a recursive query both SQLite and PostgreSQL run.
NARROWER_TOPICS_SQL = """
    WITH RECURSIVE narrower(id) AS (
        SELECT id FROM articles_topic WHERE id = %s
        UNION
        SELECT t.id FROM articles_topic t JOIN narrower n ON t.parent_id = n.id
    )
    SELECT id FROM narrower
"""


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

    def for_listing(self):
        """Quotes in lists: with speaker and article, newest article first."""
        return (
            self.filter(speaker__isnull=False)
            .select_related("speaker", "article")
            .order_by("-article__published_at", "-article_id", "position")
        )


class PublishedThroughArticlesQuerySet(models.QuerySet):
    """People, topics, places and organisations are public only through published articles."""

    article_relation = "articles"

    def public(self):
        from .models import Article

        published = Article.objects.published().filter(**{self.article_relation: OuterRef("pk")})
        return self.filter(Exists(published))


class PersonQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "people"

    def public(self):
        """Named in a published article, or the speaker of a public quote."""
        from .models import Quote

        spoke = Quote.objects.public().filter(speaker=OuterRef("pk"))
        return super().public() | self.filter(Exists(spoke))

    def with_public_role(self):
        """`public_role`: the role given in their latest published article (never a draft's)."""
        from .models import Article, Mention

        latest = Mention.objects.filter(
            person=OuterRef("pk"), article__in=Article.objects.published()
        ).exclude(role="")
        latest = latest.order_by("-article__published_at", "-article_id").values("role")[:1]
        return self.annotate(public_role=Subquery(latest))


class TopicQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "topics"

    def active(self):
        """Concepts that may be offered for tagging (retired ones never are)."""
        return self.filter(retired__isnull=True)

    def narrower_than(self, topic):
        """`topic`'s narrower topics, any depth below it."""
        return self.filter(pk__in=RawSQL(NARROWER_TOPICS_SQL, [topic.pk])).exclude(pk=topic.pk)

    def with_article_counts(self):
        """`article_count`: published articles about the topic itself."""
        from .models import Article

        published = Article.objects.published().values("pk")
        return self.annotate(
            article_count=Count("articles", filter=Q(articles__in=published), distinct=True)
        )


class PlaceQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "places"


class OrganisationQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "organisations"
