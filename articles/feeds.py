"""RSS and Atom feeds of published stories: the latest, per topic (with narrower topics) and
per person. Links are absolute on settings.SITE_URL, and each item carries its own language."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from .cache import serve_cached
from .models import Article, Person, Topic

FEED_SIZE = 30


def absolute(path):
    return settings.SITE_URL + path


class LanguageRssFeed(Rss201rev2Feed):
    """RSS 2.0 with a Dublin Core `dc:language` per item (a feed may mix languages)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("dc:language", item["language"])


class LanguageAtomFeed(Atom1Feed):
    """Atom with the same Dublin Core `dc:language` per entry."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("dc:language", item["language"])

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}


class LatestFeed(Feed):
    feed_type = LanguageRssFeed
    title = _("Newsroom: latest stories")
    description = _("The latest published stories of the Newsroom agency.")
    language = settings.LANGUAGE_CODE
    route = "discovery:feed"

    def __call__(self, request, *args, **kwargs):
        parent = super().__call__
        return serve_cached(request, lambda: parent(request, *args, **kwargs))

    def get_object(self, request, *args, **kwargs):
        return None

    def link(self, obj):
        return absolute(reverse("articles:home"))

    def feed_url(self, obj):
        return absolute(reverse(self.route))

    def stories(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return self.stories(obj).order_by("-published_at", "-id")[:FEED_SIZE]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return absolute(item.get_absolute_url())

    def item_guid(self, item):
        return absolute(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.source or settings.SITE_NAME

    def item_extra_kwargs(self, item):
        return {"language": item.language}


class LatestAtomFeed(LatestFeed):
    feed_type = LanguageAtomFeed
    subtitle = LatestFeed.description
    route = "discovery:atom-feed"


class TopicFeed(LatestFeed):
    route = "discovery:topic-feed"

    def get_object(self, request, code):
        topic = get_object_or_404(Topic, qcode=f"medtop:{code}")
        if not self.stories(topic).exists():
            raise Http404("No public story about this topic.")
        return topic

    def title(self, topic):
        return _("Newsroom: %(topic)s") % {"topic": topic}

    def description(self, topic):
        return _("Stories about %(topic)s and narrower topics.") % {"topic": topic}

    def link(self, topic):
        return absolute(topic.get_absolute_url())

    def feed_url(self, topic):
        return absolute(reverse(self.route, kwargs={"code": topic.code}))

    def stories(self, topic):
        return Article.objects.published().about_topic(topic)


class PersonFeed(LatestFeed):
    route = "discovery:person-feed"

    def get_object(self, request, slug):
        return get_object_or_404(Person.objects.public(), slug=slug)

    def title(self, person):
        return _("Newsroom: %(person)s") % {"person": person}

    def description(self, person):
        return _("Stories that name or quote %(person)s.") % {"person": person}

    def link(self, person):
        return absolute(person.get_absolute_url())

    def feed_url(self, person):
        return absolute(reverse(self.route, kwargs={"slug": person.slug}))

    def stories(self, person):
        return Article.objects.published().mentioning(person)
