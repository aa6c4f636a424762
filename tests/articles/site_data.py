"""A public site with every kind of page, built from the factories, for the page, feed, sitemap,
leak, validator and accessibility tests."""

import datetime as dt
from types import SimpleNamespace
from urllib.parse import urlencode

from django.utils import timezone

from articles.models import Article, Topic
from tests import factories

QUOTE_TEXT = "Экономический трек составит приоритетное направление в нашем взаимодействии"
BROADER, NARROWER = "medtop:04000000", "medtop:20000344"


def build_story(*, quotes=3, people=3, topics=(NARROWER,), published_at=None, **fields):
    """A published story with `people` people (roles), `quotes` quotes, topics, a place and an
    organisation; the first quote is a paragraph of its own in the body."""
    fields.setdefault("published", True)
    article = factories.ArticleFactory(topics=list(topics), **fields)
    if published_at is not None:
        article.published_at = published_at
        article.save()
    speakers = [factories.PersonFactory(role=f"посол номер {i}") for i in range(people)]
    for person in speakers:
        factories.MentionFactory(article=article, person=person, role=person.role)
    texts = [f"{QUOTE_TEXT} {article.pk}-{i}" for i in range(quotes)]
    if texts:
        article.body = (
            f'Первый абзац о сотрудничестве.\n\n"{texts[0]}", - отметил дипломат.\n\n'
            "Третий абзац с продолжением."
        )
        article.save()
    for position, text in enumerate(texts, start=1):
        factories.QuoteFactory(
            article=article,
            speaker=speakers[position % len(speakers)],
            text=text,
            position=position,
        )
    article.places.add(factories.PlaceFactory())
    article.organisations.add(factories.OrganisationFactory())
    return article


def build_site():
    """Two published stories (one English), so lists, pages and feeds all have content."""
    ru = build_story(headline="Посол рассказал о приоритетах сотрудничества")
    en = build_story(
        headline="Ambassador outlines the priorities of cooperation",
        language="en",
        lead="The economy will be the priority, the ambassador said.",
        published_at=timezone.now() - dt.timedelta(hours=3),
    )
    person = ru.quotes.first().speaker
    return SimpleNamespace(
        ru=ru,
        en=en,
        person=person,
        topic=Topic.objects.get(qcode=NARROWER),
        broader=Topic.objects.get(qcode=BROADER),
        place=ru.places.get(),
        organisation=ru.organisations.get(),
        day=timezone.localtime(ru.published_at),
    )


def page_urls(site):
    """One address of every public page type (Russian interface, plus an English one)."""
    day = site.day
    return {
        "home": "/",
        "home-en": "/en/",
        "article": site.ru.get_absolute_url(),
        "article-en": site.en.get_absolute_url(),
        "person": site.person.get_absolute_url(),
        "topic": site.topic.get_absolute_url(),
        "topic-broader": site.broader.get_absolute_url(),
        "place": site.place.get_absolute_url(),
        "organisation": site.organisation.get_absolute_url(),
        "quotes": "/quotes/",
        "archive": "/archive/",
        "archive-month": f"/archive/{day:%Y}/{day:%m}/",
        "archive-day": f"/archive/{day:%Y}/{day:%m}/{day:%d}/",
        "search": "/search/?" + urlencode({"q": "посол"}),
        "search-empty": "/search/",
        "not-found": "/news/no-such-story/",
    }


FEED_URLS = ["/feed/", "/feed/atom/"]


def feed_urls(site):
    return [
        *FEED_URLS,
        f"/feed/topics/{site.topic.code}/",
        f"/feed/topics/{site.broader.code}/",
        f"/feed/people/{site.person.slug}/",
    ]


def unpublished_states():
    """Factory arguments for a story in every state a reader must never see."""
    return {
        "draft": {"status": Article.Status.DRAFT},
        "review": {"status": Article.Status.REVIEW},
        "scheduled": {"scheduled": True, "published": False},
        "withdrawn": {
            "status": Article.Status.WITHDRAWN,
            "published_at": timezone.now() - dt.timedelta(days=1),
        },
    }
