from django.apps import AppConfig
from django.db import connections
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import revisions, search, signals

        # The public site's page cache follows every change a reader can see.
        signals.connect()
        # Revisions keep the history of an article's places and organisations.
        revisions.connect()
        # SQLite drops triggers when a migration rebuilds a table: put the search ones back.
        post_migrate.connect(
            lambda using, **kwargs: search.install_sqlite_search(connections[using]),
            sender=self,
            dispatch_uid="articles-sqlite-search",
            weak=False,
        )
