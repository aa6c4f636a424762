"""The public site: short generic views over `PublicPageMixin`.

Every queryset starts from `Article.objects.published()` or a `public()` queryset, and each
page costs at most five queries, however many quotes, people and topics it shows.
"""

import datetime as dt

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import CharField, OuterRef, Subquery, Value
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, TemplateView
from django.views.generic.dates import DayArchiveView, MonthArchiveView

from . import search
from .cache import serve_cached
from .models import Article, Mention, Organisation, Person, Place, Quote, Topic
from .querysets import latest_public_role, newest_first

PAGE_SIZE = 20
QUOTES_OF_THE_DAY_WINDOW = 100  # the latest stories the home page's quotes come from


class LookAheadPaginator(Paginator):
    """Counts no further than `look_ahead` pages past the page asked for.

    An exact COUNT(*) of a long list (every story, a big topic, a common search word) costs
    more than the page itself and grows with the table; this one stops after a bounded number
    of rows. `more_pages` says that `num_pages` is then a lower bound."""

    look_ahead = 10
    more_pages = False

    def page(self, number):
        try:
            self.asked = max(int(number), 1)
        except (TypeError, ValueError):
            self.asked = 1
        return super().page(number)

    @cached_property
    def count(self):
        limit = (getattr(self, "asked", 1) + self.look_ahead) * self.per_page
        rows = self.object_list
        if hasattr(rows, "order_by"):  # a queryset: count a LIMITed, unordered subquery
            rows = rows.order_by()
        counted = len(rows[: limit + 1]) if isinstance(rows, list) else rows[: limit + 1].count()
        self.more_pages = counted > limit
        return min(counted, limit)


class PublicPageMixin:
    """Cached with validators (cache.py); `paginate_by` for lists."""

    paginate_by = PAGE_SIZE
    paginator_class = LookAheadPaginator
    cached = True

    def dispatch(self, request, *args, **kwargs):
        if not self.cached:
            return super().dispatch(request, *args, **kwargs)
        return serve_cached(
            request, lambda: super(PublicPageMixin, self).dispatch(request, *args, **kwargs)
        )


class ArticleListMixin(PublicPageMixin):
    """Lists of stories: newest first, with their topics."""

    def get_queryset(self):
        return Article.objects.published().for_listing()


class HomeView(ArticleListMixin, ListView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context["page_obj"].number == 1:
            # Both from the latest stories only: summing up the whole archive grows with it.
            # Five quotes need far fewer stories than a fair count of topics does.
            recent = Article.objects.published().newest_ids(QUOTES_OF_THE_DAY_WINDOW)
            context["top_topics"] = Topic.objects.with_recent_article_counts().order_by(
                "-article_count", "qcode"
            )[:12]
            context["quotes_of_the_day"] = Quote.objects.public(articles=recent).for_listing()[:5]
        return context


class ArticleView(PublicPageMixin, DetailView):
    """One story with its topics, people, quotes, places and organisations: five queries.

    Plain lists read with the article in hand, not `prefetch_related()`: for one article the
    prefetch machinery cost more CPU than the four small queries themselves."""

    template_name = "articles/article.html"
    paginate_by = None

    def get_queryset(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        article = self.object
        # Quotes of this (published) article that readers may see, with their speakers.
        quotes = list(
            Quote.objects.public(articles=[article.pk])
            .filter(speaker__isnull=False)
            .select_related("speaker")
            .order_by("position")
        )
        for quote in quotes:
            quote.article = article  # the page's own article: no query per quote
        return super().get_context_data(
            topics=list(Topic.objects.filter(articles=article).order_by("qcode")),
            mentions=list(
                Mention.objects.filter(article=article)
                .select_related("person")
                .order_by("person__name")
            ),
            quotes=quotes,
            entities=self.entities(article),
            **kwargs,
        )

    @staticmethod
    def entities(article):
        """Places and organisations in one query: both are a name and a slug."""
        entity = ("name", "slug")
        places = Place.objects.filter(articles=article).annotate(
            kind=Value("place", output_field=CharField())
        )
        organisations = Organisation.objects.filter(articles=article).annotate(
            kind=Value("organisation", output_field=CharField())
        )
        return list(
            places.order_by()
            .values(*entity, "kind")
            .union(organisations.order_by().values(*entity, "kind"))
            .order_by("kind", "name")
        )


class PersonView(PublicPageMixin, DetailView):
    """A person, their role, quotes and stories: five queries, bounded however often they are
    named (a president is in every third wire story).

    Each list is read as the topic page's is: the ids of the pages up to the paginator's look
    ahead, newest first, give the count and the page; then the page's rows by id. A common
    person's ids come from walking the newest stories by index, which fills a page within a few
    hundred stories; a rare person's from their own rows, sorted (walking would read the archive
    to find them). Their role is that of the newest listed story naming them with one."""

    template_name = "articles/person.html"

    def get_queryset(self):
        return Person.objects.public().with_frequency()

    def get_context_data(self, **kwargs):
        person = self.object
        quotes = Quote.objects.in_public_articles().filter(speaker=person)
        quotes = quotes.order_by(
            newest_first("article__", indexed=person.quoted_often), "-article_id", "position"
        )
        common = person.named_often or person.quoted_often
        articles = Article.objects.published().mentioning(person, probe=common)
        articles = articles.order_by(newest_first(indexed=common), "-id")
        role = Mention.objects.filter(article=OuterRef("pk"), person=person).values("role")[:1]
        articles = articles.annotate(role=Subquery(role)).values_list("pk", "role")
        quotes_page = paginate(self.request, quotes.values_list("pk", flat=True), "page")
        quotes_page.object_list = rows_in_order(
            Quote.objects.select_related("speaker", "article"), quotes_page.object_list
        )
        articles_page = paginate(self.request, articles, "articles")
        person.public_role = self.public_role(person, articles_page.paginator)
        articles_page.object_list = rows_in_order(
            Article.objects.all(), [pk for pk, role in articles_page.object_list]
        )
        return super().get_context_data(
            quotes_page=quotes_page, articles_page=articles_page, **kwargs
        )

    @staticmethod
    def public_role(person, paginator):
        """The role in the newest of the stories read that gives one; past them, asked for."""
        role = next((role for pk, role in paginator.object_list if role), None)
        if role is None and paginator.more_pages:
            return latest_public_role(person, walk=person.named_often)
        return role


class TopicView(ArticleListMixin, ListView):
    """A topic and its narrower topics; not found while no published story is about them."""

    template_name = "articles/topic.html"
    look_ahead = 50  # pages past the one asked for: the ids of up to ~1000 stories

    def get_queryset(self):
        qcode = f"medtop:{self.kwargs['code']}"
        # The topic and those below it in one query; their ids let PostgreSQL plan the list
        # and its count from the size of these very topics.
        subtree = list(Topic.objects.select_related("parent").subtree(qcode))
        self.topic = next((topic for topic in subtree if topic.qcode == qcode), None)
        if self.topic is None:
            raise Http404("No such topic.")
        self.narrower_ids = [topic.pk for topic in subtree if topic != self.topic]
        ids = [topic.pk for topic in subtree]
        return super().get_queryset().about_topic(self.topic, subtree=ids)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        paginator.look_ahead = self.look_ahead
        return paginator

    def paginate_queryset(self, queryset, page_size):
        """One pass over the topic's stories gives the count and the page: their ids, newest
        first, as far as the paginator looks ahead; then the page's rows by id.

        Sorted by an expression no index serves, PostgreSQL reads the stories through the
        topic's links and sorts them (bounded by the topic's size); sorted by the date itself,
        it may walk the archive newest first to find them (220 ms for a topic of nine stories
        at 100k). See `newest_first`."""
        asked = self.kwargs.get(self.page_kwarg) or self.request.GET.get(self.page_kwarg)
        ids = queryset.order_by(newest_first(indexed=False), "-id").values_list("pk", flat=True)
        ids = first_pages(ids, asked, page_size, self.look_ahead)
        paginator, page, ids, is_paginated = super().paginate_queryset(ids, page_size)
        page.object_list = rows_in_order(super().get_queryset(), ids)  # with their topics
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        narrower = Topic.objects.filter(pk__in=self.narrower_ids).with_is_public()
        narrower = [topic for topic in narrower.order_by("name_ru", "name_en") if topic.is_public]
        context = super().get_context_data(topic=self.topic, narrower=narrower, **kwargs)
        if not context["paginator"].count:  # the count the paginator makes anyway
            raise Http404("No published story about this topic.")
        return context


class EntityView(ArticleListMixin, ListView):
    """Stories that name a place or an organisation."""

    model_class = None
    relation = None
    template_name = "articles/entity.html"

    def get_queryset(self):
        self.entity = get_object_or_404(self.model_class.objects.public(), slug=self.kwargs["slug"])
        return super().get_queryset().filter(**{self.relation: self.entity})

    def get_context_data(self, **kwargs):
        return super().get_context_data(entity=self.entity, kind=self.relation, **kwargs)


class PlaceView(EntityView):
    model_class = Place
    relation = "places"


class OrganisationView(EntityView):
    model_class = Organisation
    relation = "organisations"


class QuotesView(PublicPageMixin, ListView):
    template_name = "articles/quotes.html"

    def get_queryset(self):
        return Quote.objects.public().for_listing()


class ArchiveMixin(PublicPageMixin):
    """A month or a day of stories; empty ones are not found, and the links to the previous
    and next ones skip gaps (computed here in one or two queries, not Django's four)."""

    date_field = "published_at"
    month_format = "%m"
    allow_empty = True  # emptiness is judged from the paginator's count, below

    def get_queryset(self):
        return Article.objects.published().order_by("-published_at", "-id")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["paginator"].count:
            raise Http404("No stories were published then.")
        return context


class ArchiveView(PublicPageMixin, TemplateView):
    """Months that have stories, newest first."""

    template_name = "articles/archive.html"

    def get_context_data(self, **kwargs):
        months = Article.objects.published().datetimes("published_at", "month", order="DESC")
        return super().get_context_data(months=months, **kwargs)


class MonthView(ArchiveMixin, MonthArchiveView):
    template_name = "articles/archive_month.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        months = [
            moment.date() for moment in self.get_queryset().datetimes("published_at", "month")
        ]
        earlier = [month for month in months if month < context["month"]]
        later = [month for month in months if month > context["month"]]
        context["previous_month"] = earlier[-1] if earlier else None
        context["next_month"] = later[0] if later else None
        return context


class DayView(ArchiveMixin, DayArchiveView):
    template_name = "articles/archive_day.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start = timezone.make_aware(dt.datetime.combine(context["day"], dt.time.min))
        moments = self.get_queryset().values_list("published_at", flat=True)
        before = moments.filter(published_at__lt=start).order_by("-published_at").first()
        after = moments.filter(published_at__gte=start + dt.timedelta(days=1))
        after = after.order_by("published_at").first()
        context["previous_day"] = timezone.localtime(before).date() if before else None
        context["next_day"] = timezone.localtime(after).date() if after else None
        return context


class SearchView(ArticleListMixin, ListView):
    template_name = "articles/search.html"

    def get_queryset(self):
        self.query = search.normalise_query(self.request.GET.get("q"))
        if not self.query:
            return Article.objects.none()
        return search.search_articles(self.query)  # the page shows no topics: none fetched

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, **kwargs)
        context["capped"] = search.is_capped(context["paginator"].count)
        if self.query and context["page_obj"].number == 1:
            # Quotes from the stories shown, if any: a bounded few, whatever the archive.
            stories = [story.pk for story in context["page_obj"].object_list] or None
            context["people"] = search.search_people(self.query)
            context["quotes"] = search.search_quotes(self.query, stories=stories)
        return context


class RobotsView(PublicPageMixin, TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
    extra_context = {"site_url": settings.SITE_URL}


def first_pages(ids, asked, page_size, look_ahead=LookAheadPaginator.look_ahead):
    """The ids of pages 1 to `asked` + `look_ahead` of an ordered `ids` queryset, and one more
    (there are more pages): all `LookAheadPaginator` counts, read in the same pass as the page."""
    asked = int(asked) if str(asked).isdigit() else 1
    return list(ids[: (max(asked, 1) + look_ahead) * page_size + 1])


def rows_in_order(rows, ids):
    """The rows of `rows` whose ids are `ids`, in that order: a page, read by id."""
    by_id = {row.pk: row for row in rows.filter(pk__in=ids).order_by()}
    return [by_id[pk] for pk in ids if pk in by_id]


def paginate(request, ids, parameter):
    """A page of an ordered `ids` queryset from ?`parameter`=N (404 past the end, like
    ListView), from one read of `first_pages`; the page's `object_list` holds its ids."""
    asked = request.GET.get(parameter) or 1
    paginator = LookAheadPaginator(first_pages(ids, asked, PAGE_SIZE), PAGE_SIZE)
    try:
        page = paginator.page(asked)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    page.parameter = parameter
    return page
