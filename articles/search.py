"""Full-text search of the public site, in the reader's words and the article's own language.

PostgreSQL: a weighted `tsvector` built with each row's own configuration (`russian` or `english`),
stored in a generated column with a GIN index (migration 0006). The cost of a search must not grow
with the archive, so it ranks with `ts_rank` only the newest `CANDIDATES` matching stories, found
without reading the others, and `ts_headline` runs for the page shown only. Quotes are looked
for in the stories shown or, if none is, through GIN indexes on quote text, one per configuration.
People are found by trigram word similarity (pg_trgm), so "Атамогланов" also finds "Агалар
Атамогланов" and survives a typo.

SQLite: FTS5 tables with the `unicode61` tokenizer, kept in step by triggers. Plain `icontains`
would not do: SQLite's LIKE folds only ASCII case, so "посол" would miss "Посол".

Every search starts from the public querysets, so nothing unpublished can match.
"""

import operator
import re
from functools import reduce

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import (
    SearchConfig,
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, Func, IntegerField, Q, Subquery, TextField, When
from django.db.models.expressions import Expression, RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .models import Article, Person, Quote

# Highlight markers that cannot occur in copy; replaced by <mark> after the text is escaped.
START, STOP = "\x02", "\x03"
MAX_QUERY_LENGTH = 200
# PostgreSQL ranks the newest CANDIDATES matching stories (ten pages), looking for them first
# among the newest RECENT stories: a search costs the same on a large archive as on a small one.
CANDIDATES = 200
RECENT = 10000
QUOTE_CANDIDATES = 500
QUOTE_CONFIGS = ("russian", "english")  # one GIN index on quote text each (migration 0006)


def normalise_query(text):
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def highlight(fragment):
    """Escape a snippet, then turn the match markers into <mark>: no copy can inject HTML."""
    if not fragment:
        return ""
    html = escape(fragment).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own <mark> tags remain


def is_postgresql():
    return connection.vendor == "postgresql"


def search_articles(text):
    """Published articles matching `text`, best first, each with `rank` and `snippet`."""
    if is_postgresql():
        return _pg_articles(text)
    return _sqlite_articles(text)


def matching_articles(text):
    """Every published article matching `text`, unranked: a filter for lists that order and
    page themselves (the API's `q`). Served by the same indexes as `search_articles`, but not
    capped to the newest `CANDIDATES`."""
    if is_postgresql():
        return _pg_matching(_pg_query(text))
    match = fts5_match(text)
    if not match:
        return Article.objects.none()
    return Article.objects.published().filter(
        pk__in=RawSQL("SELECT rowid FROM article_fts WHERE article_fts MATCH %s", [match])
    )


def is_capped(count):
    """Whether `count` stories found may be only the newest of more: PostgreSQL ranks at most
    `CANDIDATES`, so the page must not claim that is all there is."""
    return is_postgresql() and count >= CANDIDATES


def search_quotes(text, limit=5, stories=None):
    """Public quotes matching `text`, best first. PostgreSQL looks only in `stories` (the
    published articles the reader is shown, or their ids) when given."""
    if is_postgresql():
        return _pg_quotes(text, limit, stories)
    return _sqlite_quotes(text, limit)


def search_people(text, limit=5):
    if is_postgresql():
        return _pg_people(text, limit)
    return _sqlite_people(text, limit)


# -- PostgreSQL ------------------------------------------------------------------------------


def language_config(field="language"):
    """The text search configuration of the row's language (English or, by default, Russian).

    Each branch is a `regconfig` constant, so PostgreSQL accepts the expression in an index
    (a cast of text to regconfig would not be IMMUTABLE)."""
    return Case(
        When(**{field: "en"}, then=SearchConfig("english")),
        default=SearchConfig("russian"),
        output_field=TextField(),
    )


def article_document():
    """The searchable document of a story. Migration 0006 stores it as the indexed column
    `search_document` (see `StoredDocument`); change it and add a migration that regenerates
    the column, or the stored documents will no longer be this."""
    config = language_config()
    return (
        SearchVector("headline", config=config, weight="A")
        + SearchVector("lead", config=config, weight="B")
        + SearchVector("body", config=config, weight="C")
    )


def _pg_query(text):
    # The reader's words in both languages: the index is then usable, and a Russian word
    # in an English story (a name, a place) still matches.
    return SearchQuery(text, config="russian", search_type="websearch") | SearchQuery(
        text, config="english", search_type="websearch"
    )


def _pg_headline(field, query, config):
    return SearchHeadline(
        field,
        query,
        config=config,
        start_sel=START,
        stop_sel=STOP,
        max_words=30,
        min_words=12,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


class StoredDocument(Expression):
    """`search_document`: `article_document()` as PostgreSQL stores it (migration 0006), so
    that ranking reads the document instead of rebuilding it from the text of every story."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.search_document", []


def _pg_articles(text):
    query = _pg_query(text)
    return (
        Article.objects.published()
        .filter(pk__in=_newest_matches(query))
        .annotate(
            rank=SearchRank(StoredDocument(), query),
            snippet=_pg_headline("body", query, language_config()),
        )
        .order_by("-rank", "-published_at", "-id")
    )


def _pg_matching(query):
    """Published articles whose stored document matches `query` (the GIN index serves it)."""
    return Article.objects.published().annotate(document=StoredDocument()).filter(document=query)


def _newest_matches(query):
    """The ids of the newest `CANDIDATES` published stories that match, in a bounded time.

    One statement. First among the newest `RECENT` stories: PostgreSQL then either walks them
    newest first (a common word soon gives enough) or intersects the GIN index with that
    window (a rarer one); either way it reads at most `RECENT` stories. Only if the window holds
    too few does it read every match, through the GIN index alone: that CTE has no ORDER BY
    and LIMIT that would tempt the planner to walk the whole archive for a word no story has.
    """
    published = Article.objects.published()
    matching = _pg_matching(query)
    cut = published.order_by("-published_at").values("published_at")[RECENT - 1 : RECENT]
    recent = matching.filter(published_at__gte=Subquery(cut)).order_by("-published_at", "-id")
    recent = recent.values("pk", "published_at")[:CANDIDATES]
    every = matching.order_by().values("pk", "published_at")
    recent_sql, recent_params = recent.query.sql_with_params()
    every_sql, every_params = every.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH recent AS MATERIALIZED ({recent_sql}), every AS MATERIALIZED ({every_sql}) "
            "SELECT pk FROM recent WHERE (SELECT count(*) FROM recent) = %s "
            "UNION ALL (SELECT pk FROM every WHERE (SELECT count(*) FROM recent) < %s "
            "ORDER BY published_at DESC, pk DESC LIMIT %s)",
            [*recent_params, *every_params, CANDIDATES, CANDIDATES, CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]


def _pg_quotes(text, limit, stories=None):
    """Quotes of the `stories` shown, if any: a quote is words of its story, so that is where
    they are, and a few quotes are read whatever the size of the archive. Otherwise every
    public quote, through the GIN indexes."""
    query = _pg_query(text)
    if stories is not None:
        return _best_quotes(Quote.objects.public(articles=stories), query, limit)
    # Matched in either language by its index (migration 0006), then in the quote's own; at
    # most QUOTE_CANDIDATES of them, in no particular order, so this too is bounded. Without
    # a word left once stop words are dropped, PostgreSQL would read a whole index for nothing.
    by_index = {config: SearchVector("text", config=config) for config in QUOTE_CONFIGS}
    indexed = Quote.objects.annotate(
        **by_index, words=Func(query, function="numnode", output_field=IntegerField())
    )
    indexed = indexed.filter(reduce(operator.or_, (Q(**{c: query}) for c in QUOTE_CONFIGS)))
    candidates = indexed.filter(words__gt=0).order_by().values("pk")[:QUOTE_CANDIDATES]
    return _best_quotes(Quote.objects.public().filter(pk__in=candidates), query, limit)


def _best_quotes(quotes, query, limit):
    config = language_config("article__language")
    return list(
        quotes.for_listing()
        .annotate(document=SearchVector("text", config=config))
        .filter(document=query)
        .annotate(
            rank=SearchRank(F("document"), query),
            snippet=_pg_headline("text", query, config),
        )
        .order_by("-rank", "-article__published_at")[:limit]
    )


def _pg_people(text, limit):
    # `name %> text`: the lookup as an expression, so django.contrib.postgres need not be
    # installed; the trigram GIN index of migration 0005 serves it.
    return list(
        Person.objects.public()
        .with_public_role()
        .filter(TrigramWordSimilar(F("name"), text))
        .annotate(similarity=TrigramWordSimilarity(text, "name"))
        .order_by("-similarity", "name")[:limit]
    )


# -- SQLite ----------------------------------------------------------------------------------

TOKENIZER = "unicode61 remove_diacritics 2"

# (table, content table, indexed columns)
FTS_TABLES = [
    ("article_fts", "articles_article", ("headline", "lead", "body")),
    ("quote_fts", "articles_quote", ("text",)),
    ("person_fts", "articles_person", ("name",)),
]


def sqlite_search_sql():
    """DDL of the FTS5 tables and the triggers that keep them in step; idempotent."""
    statements = []
    for table, content, columns in FTS_TABLES:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        delete = f"INSERT INTO {table}({table}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {table}(rowid, {cols}) VALUES (new.id, {new});"
        statements += [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({cols}, "
            f"content='{content}', content_rowid='id', tokenize='{TOKENIZER}')",
            f"CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {content} BEGIN {insert} END",
            f"CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {content} BEGIN {delete} END",
            f"CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE ON {content} "
            f"BEGIN {delete} {insert} END",
        ]
    return statements


def install_sqlite_search(connection):
    """Create what is missing and rebuild the indexes if a trigger had to be recreated.

    Runs from migration 0005 and after every `migrate`: SQLite drops a table's triggers when
    Django rebuilds the table to alter it, which would silently freeze the index."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        existing = {row[0] for row in cursor.fetchall()}
        for statement in sqlite_search_sql():
            cursor.execute(statement)
        for table, _content, _columns in FTS_TABLES:
            if not {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= existing:
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def uninstall_sqlite_search(connection):
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for table, _content, _columns in FTS_TABLES:
            for suffix in ("ai", "ad", "au"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            cursor.execute(f"DROP TABLE IF EXISTS {table}")


# Russian inflection endings, longest first: "послов" and "послам" both search as "посл*".
_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ах ях ам ям ов ев ом ем ой ей ый ий ая яя ое ее ые ие "  # noqa: SIM905
    "ую юю а я ы и у ю е о ь".split(),
    key=len,
    reverse=True,
)


def fts5_match(text):
    """A safe FTS5 MATCH expression: every word as a quoted prefix, all required."""
    terms = []
    for word in re.findall(r"\w+", text.lower())[:12]:
        if len(word) > 4 and re.search("[а-яё]", word):
            for ending in _ENDINGS:
                if word.endswith(ending) and len(word) - len(ending) >= 4:
                    word = word[: -len(ending)]
                    break
        terms.append('"' + word.replace('"', "") + '"*')
    return " ".join(terms)


def _sqlite_articles(text):
    match = fts5_match(text)
    if not match:
        return Article.objects.none()
    row = "articles_article.id"
    rank = "SELECT -bm25(article_fts, 10.0, 4.0, 1.0) FROM article_fts"
    snippet = "SELECT snippet(article_fts, -1, %s, %s, ' … ', 24) FROM article_fts"
    where = f"WHERE article_fts MATCH %s AND article_fts.rowid = {row}"
    return (
        Article.objects.published()
        .filter(pk__in=matching_articles(text).values("pk"))
        .annotate(
            rank=RawSQL(f"({rank} {where})", [match]),
            snippet=RawSQL(f"({snippet} {where})", [START, STOP, match]),
        )
        .order_by("-rank", "-published_at", "-id")
    )


def _sqlite_quotes(text, limit):
    match = fts5_match(text)
    if not match:
        return []
    where = "WHERE quote_fts MATCH %s AND quote_fts.rowid = articles_quote.id"
    snippet = "SELECT highlight(quote_fts, 0, %s, %s) FROM quote_fts"
    return list(
        Quote.objects.public()
        .for_listing()
        .filter(pk__in=RawSQL("SELECT rowid FROM quote_fts WHERE quote_fts MATCH %s", [match]))
        .annotate(snippet=RawSQL(f"({snippet} {where})", [START, STOP, match]))[:limit]
    )


def _sqlite_people(text, limit):
    match = fts5_match(text)
    if not match:
        return []
    return list(
        Person.objects.public()
        .with_public_role()
        .filter(pk__in=RawSQL("SELECT rowid FROM person_fts WHERE person_fts MATCH %s", [match]))
        .order_by("name")[:limit]
    )
