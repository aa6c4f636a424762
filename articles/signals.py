"""Anything a reader can see changed: start a new page-cache generation (see cache.py).

Connected in ArticlesConfig.ready(). `QuerySet.update()` sends no signal; code that changes
public rows in bulk calls `cache.new_generation()` itself.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from .cache import new_generation


def public_content_changed(sender, instance=None, **kwargs):
    scheduled_at = getattr(instance, "published_at", None) if instance is not None else None
    new_generation(scheduled_at=scheduled_at)


def connect():
    from .models import (
        Article,
        ArticleTopic,
        Mention,
        Organisation,
        Person,
        Place,
        Quote,
        Topic,
    )

    for model in (Article, ArticleTopic, Mention, Organisation, Person, Place, Quote, Topic):
        uid = f"public-site-{model._meta.label_lower}"
        post_save.connect(public_content_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(public_content_changed, sender=model, dispatch_uid=f"{uid}-delete")
    for relation in (Article.topics, Article.people, Article.places, Article.organisations):
        m2m_changed.connect(
            public_content_changed,
            sender=relation.through,
            dispatch_uid=f"public-site-{relation.through._meta.label_lower}",
        )
