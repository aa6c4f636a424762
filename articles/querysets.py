"""Query rules of the newsroom. `ArticleQuerySet.published()` is the one definition of "public"."""

from django.db import connection, models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils import timezone

# How many of the latest stories the home page's summaries (topics, quotes) look at.
RECENT_WINDOW = 1000

# A person named (or quoted) in more than FREQUENT_ROWS of the latest FREQUENT_WINDOW stories has
# their lists read by walking the newest stories, some eight buffers each, until the pages read
# are full; anyone else by reading all their rows and sorting them, some four buffers a row. At
# 100k stories the two cost about the same for one story in twelve (measured, buffers for both
# lists, walked against read: 28% 8k/60k, 7.6% 70k/53k, 4% 123k/47k), hence 8%.
FREQUENT_WINDOW = 2000
FREQUENT_ROWS = 160


def public_rule(at=None):
    """The rule of "public", as field lookups: status published and published_at not in the
    future. `published()` filters with it; `Article.is_public` checks one loaded article
    against it (`meets`), so the two can never disagree."""
    return {"status": "published", "published_at__lte": at or timezone.now()}


def public_rule_through(prefix, at=None):
    """`public_rule` for the article a row joins (`prefix` "article__")."""
    return {prefix + lookup: value for lookup, value in public_rule(at).items()}


COMPARISONS = {
    "exact": lambda value, bound: value == bound,
    "lte": lambda value, bound: value is not None and value <= bound,
    "gt": lambda value, bound: value is not None and value > bound,
}


def meets(instance, lookups):
    """Whether a loaded instance satisfies `lookups` (plain fields; exact, lte and gt)."""
    for lookup, bound in lookups.items():
        field, _, comparison = lookup.partition("__")
        if not COMPARISONS[comparison or "exact"](getattr(instance, field), bound):
            return False
    return True


class ArticleQuerySet(models.QuerySet):
    def published(self, at=None):
        """Articles a reader may see: see `public_rule`."""
        return self.filter(**public_rule(at))

    def scheduled(self, at=None):
        """Published, but due later (embargoed)."""
        rule = public_rule(at)
        return self.filter(status=rule["status"], published_at__gt=rule["published_at__lte"])

    def for_listing(self):
        return self.prefetch_related("topics").order_by("-published_at", "-id")

    def newest_ids(self, count=RECENT_WINDOW):
        """The ids of the latest `count` articles: a bounded window, read backwards from the
        (status, published_at) index, for summaries that must not grow with the archive."""
        return self.order_by("-published_at", "-id").values("pk")[:count]

    def about_topic(self, topic, subtree=None):
        """Articles about `topic` or any narrower topic below it (the IPTC tree, any depth).

        `id IN (links of the subtree)`, not a correlated EXISTS: PostgreSQL then either reads
        the few links of a small topic through the topic_id index, or walks the newest
        articles of a large one, instead of probing the subtree for every article.

        Given `subtree`, the ids of `topic` and of every topic below it (`Topic.objects.subtree()`),
        PostgreSQL reads the subtree's links first (`unnest(ARRAY(…))`) and probes their
        articles, whatever it guesses of their number: the cost is bounded by the topic's
        size, never the archive's. (As a plain `IN`, a subtree of 2,000 links at 100k stories
        made it scan the whole table, or walk 50,000 articles by id to count 1,000 of them.)"""
        from .models import ArticleTopic

        if subtree is not None:
            links = ArticleTopic.objects.filter(topic_id__in=subtree).order_by()
            links = links.values("article_id")
            if connection.vendor != "postgresql":
                return self.filter(pk__in=links)
            sql, params = links.query.sql_with_params()
            return self.filter(pk__in=RawSQL(f"SELECT unnest(ARRAY({sql}))", params))
        if connection.vendor == "postgresql":
            # `= ANY(ARRAY(…))`: PostgreSQL then plans for a handful of topics, as a subtree
            # is, not the hundreds it guesses for a recursive CTE (and a scan of all stories).
            in_subtree = RawSQL(
                f"topic_id = ANY(ARRAY({NARROWER_TOPICS_SQL}))",
                [topic.pk],
                output_field=models.BooleanField(),
            )
        else:
            in_subtree = Q(topic_id__in=RawSQL(NARROWER_TOPICS_SQL, [topic.pk]))
        links = ArticleTopic.objects.filter(in_subtree).order_by().values("article_id")
        return self.filter(pk__in=links)

    def mentioning(self, person, *, probe=False):
        """Articles that name `person` or carry a public quote of theirs.

        One `id IN (mentions UNION quotes)`: an OR of two EXISTS would make PostgreSQL test
        every published article; the union reads only this person's rows by index.

        `probe=True` tests each story instead, for walking the newest stories by index until
        the pages are full: right for a person in a good share of them (`with_frequency`), whose
        union would be tens of thousands of rows to read before the first story."""
        from .models import Mention, Quote

        named = Mention.objects.filter(person=person).order_by()
        quoted = Quote.objects.standing().filter(speaker=person).order_by()
        if probe:
            # Scalar subqueries, one index probe per story: an OR of two EXISTS PostgreSQL runs
            # as hashes of all the person's rows, read before the first story.
            named = Subquery(named.filter(article=OuterRef("pk")).values("pk")[:1])
            quoted = Subquery(quoted.filter(article=OuterRef("pk")).values("pk")[:1])
            return self.alias(named=named, quoted=quoted).filter(
                Q(named__isnull=False) | Q(quoted__isnull=False)
            )
        return self.filter(pk__in=named.values("article_id").union(quoted.values("article_id")))

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


# A topic and everything below it in the IPTC tree: a recursive query both SQLite and PostgreSQL run.
NARROWER_TOPICS_SQL = """
    WITH RECURSIVE narrower(id) AS (
        SELECT id FROM articles_topic WHERE id = %s
        UNION
        SELECT t.id FROM articles_topic t JOIN narrower n ON t.parent_id = n.id
    )
    SELECT id FROM narrower
"""
SUBTREE_BY_QCODE_SQL = NARROWER_TOPICS_SQL.replace("WHERE id = %s", "WHERE qcode = %s")


class QuoteQuerySet(models.QuerySet):
    def standing(self):
        """Quotes no editor has rejected: the quote's own half of "public"."""
        return self.exclude(status="rejected")

    def public(self, articles=None):
        """Quotes a reader may see: not rejected, in a published article (or in `articles`,
        a narrower queryset of published ones, such as `Article.objects.published().newest_ids()`)."""
        from .models import Article

        if articles is None:
            articles = Article.objects.published()
        return self.standing().filter(article__in=articles)

    def in_public_articles(self):
        """`public()`, the rule tested on the quote's own (joined) article: sorted by that
        article's date, PostgreSQL may then walk the newest stories by their index."""
        return self.standing().filter(**public_rule_through("article__"))

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
        return self.filter(self._in_a_published_article())

    def with_is_public(self):
        """`is_public` on each row, the rule of `public()` tested row by row: for a few rows
        known by id (a topic's narrower topics) that is one index probe each, where the filter
        lets PostgreSQL join every link with every article first (70 ms at 100k stories)."""
        return self.annotate(is_public=self._in_a_published_article())

    def _in_a_published_article(self):
        from .models import Article

        published = Article.objects.published().filter(**{self.article_relation: OuterRef("pk")})
        return Exists(published)


class PersonQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "people"

    def public(self):
        """Named in a published article, or the speaker of a public quote."""
        from .models import Quote

        spoke = Quote.objects.public().filter(speaker=OuterRef("pk"))
        return super().public() | self.filter(Exists(spoke))

    def with_frequency(self, window=None, rows=None):
        """`named_often`, `quoted_often`: named in, or quoted in, more than `rows` of the latest
        `window` stories (by id, drafts too: near enough to their dates to choose how to read
        the lists, see `FREQUENT_ROWS`). Each is an EXISTS … OFFSET `rows` over the person's
        (person, article) index entries past the window's first story: at most `rows` read."""
        from .models import Article, Mention, Quote

        window = FREQUENT_WINDOW if window is None else window
        rows = FREQUENT_ROWS if rows is None else rows
        first = Article.objects.order_by("-pk").values("pk")[window : window + 1]
        since = Coalesce(Subquery(first), Value(0))  # a small site: all its stories
        named = Mention.objects.filter(person=OuterRef("pk"), article_id__gt=since)
        quoted = Quote.objects.filter(speaker=OuterRef("pk"), article_id__gt=since)
        named, quoted = named.order_by()[rows : rows + 1], quoted.order_by()[rows : rows + 1]
        return self.annotate(named_often=Exists(named), quoted_often=Exists(quoted))

    def with_public_role(self):
        """`public_role`: the role given in their latest published article (never a draft's)."""
        from .models import Article, Mention

        latest = Mention.objects.filter(
            person=OuterRef("pk"), article__in=Article.objects.published()
        ).exclude(role="")
        latest = latest.order_by("-article__published_at", "-article_id").values("role")[:1]
        return self.annotate(public_role=Subquery(latest))


def latest_public_role(person, *, walk):
    """`with_public_role()` for one person: their role in their latest published article.

    `walk`: read the newest stories by index until one names them with a role (a common person);
    otherwise their mentions are read and sorted, which no index on the date could shortcut."""
    from .models import Mention

    mentions = Mention.objects.filter(person=person, **public_rule_through("article__"))
    latest = newest_first("article__", indexed=walk), F("article_id").desc()
    return mentions.exclude(role="").order_by(*latest).values_list("role", flat=True).first()


def newest_first(prefix="", *, indexed=True):
    """Newest published story first, as every list is. Not `indexed`, by an expression no index
    serves (published stories all have a date: the same order), so PostgreSQL reads the few rows
    of a small topic or a rare person and sorts them, instead of walking the archive by date."""
    if indexed:
        return F(f"{prefix}published_at").desc()
    return Coalesce(f"{prefix}published_at", f"{prefix}created_at").desc()


class TopicQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "topics"

    def active(self):
        """Concepts that may be offered for tagging (retired ones never are)."""
        return self.filter(retired__isnull=True)

    def subtree(self, qcode):
        """The topic `qcode` and every topic below it, in one query."""
        return self.filter(pk__in=RawSQL(SUBTREE_BY_QCODE_SQL, [qcode]))

    def with_recent_article_counts(self, window=RECENT_WINDOW):
        """Topics of the latest `window` published articles (so public), each with
        `article_count`: how many of those are about the topic itself. Bounded so the home
        page does not count every story ever published (on a small site that is all)."""
        from .models import Article

        recent = Article.objects.published().newest_ids(window)
        return self.filter(articles__in=recent).annotate(
            article_count=Count("articles", distinct=True)
        )


class PlaceQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "places"


class OrganisationQuerySet(PublishedThroughArticlesQuerySet):
    article_relation = "organisations"
