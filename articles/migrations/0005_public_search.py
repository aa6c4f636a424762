"""Full-text search of the public site (see articles/search.py).

PostgreSQL: pg_trgm, a GIN index on the language-aware article document, a trigram index on
people's names. SQLite: FTS5 tables kept in step by triggers. Each half runs only on its engine.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

ARTICLE_INDEX = "article_search_document"
PERSON_INDEX = "person_name_trigram"


def indexes():
    from articles.search import article_document

    return [
        ("Article", GinIndex(article_document(), name=ARTICLE_INDEX)),
        ("Person", GinIndex(fields=["name"], opclasses=["gin_trgm_ops"], name=PERSON_INDEX)),
    ]


def install(apps, schema_editor):
    from articles.search import install_sqlite_search

    if schema_editor.connection.vendor == "postgresql":
        for model_name, index in indexes():
            schema_editor.add_index(apps.get_model("articles", model_name), index)
    install_sqlite_search(schema_editor.connection)


def uninstall(apps, schema_editor):
    from articles.search import uninstall_sqlite_search

    if schema_editor.connection.vendor == "postgresql":
        for model_name, index in indexes():
            schema_editor.remove_index(apps.get_model("articles", model_name), index)
    uninstall_sqlite_search(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_topic_revisions_and_roles"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(install, uninstall, elidable=False),
    ]
