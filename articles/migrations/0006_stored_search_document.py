"""Search that stays flat at 100k stories (issue 7; see articles/search.py).

PostgreSQL only (SQLite's FTS5 tables of 0005 are untouched):

- `articles_article.search_document`, a stored generated column holding `article_document()`:
  ranking then reads the document instead of rebuilding it from the text (~250 µs a story),
  and its GIN index replaces 0005's expression index, which nothing queries any more. The
  column is not a model field: PostgreSQL keeps it in step and Django never writes it.
- GIN indexes on quote text, one per text search configuration: a quote is read in its
  article's language, which lives on another table, so no single index expression can hold it.
  search.py matches against both and then checks the quote's own language.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# article_document() as SQL, frozen here: a test compares the column with that expression.
CONFIG = "CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'russian'::regconfig END"
DOCUMENT = (
    f"setweight(to_tsvector({CONFIG}, COALESCE(headline, '')), 'A')"
    f" || setweight(to_tsvector({CONFIG}, COALESCE(lead, '')), 'B')"
    f" || setweight(to_tsvector({CONFIG}, COALESCE(body, '')), 'C')"
)
ARTICLE_COLUMN_INDEX = "article_search_vector"
OLD_ARTICLE_INDEX = "article_search_document"  # 0005's expression index


def quote_indexes():
    return [
        GinIndex(SearchVector("text", config=config), name=f"quote_text_{config}")
        for config in ("russian", "english")
    ]


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "ALTER TABLE articles_article ADD COLUMN search_document tsvector "
        f"GENERATED ALWAYS AS ({DOCUMENT}) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX {ARTICLE_COLUMN_INDEX} ON articles_article USING gin (search_document)"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_ARTICLE_INDEX}")
    quote = apps.get_model("articles", "Quote")
    for index in quote_indexes():
        schema_editor.add_index(quote, index)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from articles.search import article_document

    quote = apps.get_model("articles", "Quote")
    for index in quote_indexes():
        schema_editor.remove_index(quote, index)
    schema_editor.execute("ALTER TABLE articles_article DROP COLUMN search_document")
    article = apps.get_model("articles", "Article")
    schema_editor.add_index(article, GinIndex(article_document(), name=OLD_ARTICLE_INDEX))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_public_search"),
    ]

    operations = [
        migrations.RunPython(install, uninstall, elidable=False),
    ]
