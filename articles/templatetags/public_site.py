"""Template helpers of the public site: absolute links, language alternates, pagination links,
the article body with its quotes set off, and JSON-LD that no copy can break out of."""

import json
import re

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override

register = template.Library()

# What json_script escapes: no "</script>", "<!--" or "&" can reach the HTML parser.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
QUOTE_MARKS = "\"'«»“”„‘’"
# A quote mark as it stands in escaped copy: <q> draws the language's own marks instead.
_ESCAPED_MARK = "(?:&quot;|&#x27;|[«»“”„‘’])"
# The short attribution after a quote that a caption replaces: `, - отметил дипломат.`
SHORT_TAIL = 80

# The public pages addressed by one key: the URL name, the attribute holding the key, and what
# the pattern's converter accepts (a key that reverse() would quote or refuse is left to it).
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
PAGE_KEYS = {
    "article": ("articles:article", "slug", SLUG),
    "person": ("articles:person", "slug", SLUG),
    "topic": ("articles:topic", "code", re.compile(r"[0-9]+")),
    "place": ("articles:place", "slug", SLUG),
    "organisation": ("articles:organisation", "slug", SLUG),
}


@register.filter
def ld_json(value):
    """Serialise `value` for a <script type="application/ld+json"> element, safely."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_JSON_ESCAPES))  # noqa: S308 - escaped like json_script


def page_url_of(request, kind, key):
    """`reverse()` of the page of `kind` for `key`, from one reverse() per kind, language and
    request: lists link every row (20 stories and their topics: 80 reverse() calls on the home
    page), and the prefix (`/en/people/`) is the same for all of them. Keys the pattern would
    not take as they are go through reverse() itself, so the answer (or error) is always its."""
    name, _attribute, plain = PAGE_KEYS[kind]
    if request is None or not plain.fullmatch(key):
        return reverse(name, args=[key])
    prefixes = request.__dict__.setdefault("_public_page_prefixes", {})
    language = get_language()
    try:
        prefix = prefixes[name, language]
    except KeyError:
        sample = reverse(name, args=["0"])  # "/en/people/0/"
        prefix = sample[: -len("0/")] if sample.endswith("/0/") else None
        prefixes[name, language] = prefix
    return reverse(name, args=[key]) if prefix is None else f"{prefix}{key}/"


@register.simple_tag(takes_context=True)
def link(context, obj, kind=None):
    """`obj.get_absolute_url()` at a fraction of the cost (see `page_url_of`); with a `kind`,
    `obj` is the key itself: `{% link entity.slug "place" %}`."""
    if kind is not None:
        return page_url_of(context.get("request"), kind, obj)
    return url_of(context.get("request"), obj)


def url_of(request, obj):
    kind = obj._meta.model_name
    return page_url_of(request, kind, getattr(obj, PAGE_KEYS[kind][1]))


@register.simple_tag
def site_name():
    return settings.SITE_NAME


@register.filter
def absolute(path):
    return settings.SITE_URL + str(path)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page in this language, with its page number: never a tracking or sorting variant."""
    request = context["request"]
    url = settings.SITE_URL + request.path
    page = context.get("page_obj")
    if page is not None and page.number > 1:
        url += f"?page={page.number}"
    return url


@register.simple_tag(takes_context=True)
def language_url(context, language):
    """The same page in the other interface language (`/…` for Russian, `/en/…` for English).

    `translate_url()` without its resolve(): the request was resolved already."""
    request = context["request"]
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name is None or request.path != request.path_info:
        return translate_url(request.get_full_path(), language)
    with override(language):
        try:
            path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.get_full_path()
    query = request.META.get("QUERY_STRING", "")
    return f"{path}?{iri_to_uri(query)}" if query else path


@register.simple_tag(takes_context=True)
def page_url(context, number, parameter="page"):
    """The current address with ?`parameter`=`number`, other parameters kept (e.g. ?q=)."""
    query = context["request"].GET.copy()
    query[parameter] = number
    if parameter == "page" and str(number) == "1":
        del query[parameter]
    encoded = query.urlencode()
    return "?" + encoded if encoded else context["request"].path


@register.filter
def topic_name(topic):
    if get_language() == "en":
        return topic.name_en or topic.name_ru
    return topic.name_ru or topic.name_en


@register.simple_tag(takes_context=True)
def body_blocks(context, article, quotes, mentions):
    """The body as paragraphs and quotes. A paragraph that is a direct quote (with at most a
    short attribution after it) becomes a captioned quote; a quote inside a paragraph becomes
    <q> with its speaker. Quotes not found in the text are returned as `unplaced`.
    `quotes` and `mentions` are the article's public quotes and its people (ArticleView)."""
    quotes = [q for q in quotes if q.speaker_id and q.text.strip()]
    roles = {m.person_id: m.role for m in mentions}
    for quote in quotes:
        quote.role = roles.get(quote.speaker_id) or ""
        quote.speaker_url = url_of(context.get("request"), quote.speaker)
    placed = set()
    blocks = []
    for paragraph in article.paragraphs:
        found = [q for q in quotes if q.pk not in placed and q.text.strip() in paragraph]
        placed.update(q.pk for q in found)
        blocks.append(_paragraph_block(paragraph.strip(), found))
    return {"blocks": blocks, "unplaced": [q for q in quotes if q.pk not in placed]}


def _paragraph_block(paragraph, quotes):
    if len(quotes) == 1:
        quote = quotes[0]
        text = quote.text.strip()
        before, _, after = paragraph.partition(text)
        if not before.strip(QUOTE_MARKS + " ") and len(after) <= SHORT_TAIL:
            return {"quote": quote}
    html = escape(paragraph)
    for quote in quotes:
        text = escape(quote.text.strip())
        pattern = re.compile(f"{_ESCAPED_MARK}?{re.escape(text)}{_ESCAPED_MARK}?")
        html = pattern.sub(lambda _m, q=quote, t=text: _inline_quote(q, t), html, count=1)
    return {"html": mark_safe(html)}  # noqa: S308 - built from escaped parts


def _inline_quote(quote, escaped_text):
    speaker = quote.speaker
    return (
        f'<q id="quote-{quote.position}">{escaped_text}</q>'
        f' <span class="speaker">(<a href="{escape(quote.speaker_url)}">'
        f"{escape(speaker.name)}</a>)</span>"
    )


def _organisation():
    return {
        "@type": "NewsMediaOrganization",
        "name": settings.SITE_NAME,
        "url": settings.SITE_URL + "/",
        "logo": {"@type": "ImageObject", "url": settings.SITE_URL + static("img/logo.svg")},
    }


def _person(request, person, role=""):
    data = {
        "@type": "Person",
        "name": person.name,
        "url": settings.SITE_URL + url_of(request, person),
    }
    if role:
        data["jobTitle"] = role
    return data


def _quotation(request, quote, role, article_url):
    return {
        "@type": "Quotation",
        "text": quote.text,
        "creator": _person(request, quote.speaker, role),
        "isPartOf": {"@id": article_url},
        "inLanguage": quote.article.language,
    }


@register.simple_tag(takes_context=True)
def article_structured_data(context, article, topics, people, quotes, entities):
    """schema.org NewsArticle with its topics, people, places and organisations, and its quotes."""
    request = context.get("request")
    url = settings.SITE_URL + url_of(request, article)
    roles = {m.person_id: m.role for m in people}
    mentions = [_person(request, m.person, m.role) for m in people]
    mentions += [
        {"@type": "Place" if e["kind"] == "place" else "Organization", "name": e["name"]}
        for e in entities
    ]
    news = {
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "mainEntityOfPage": url,
        "headline": article.headline[:110],
        "description": article.lead,
        "inLanguage": article.language,
        "datePublished": iso(article.published_at),
        "dateModified": iso(max(article.updated_at, article.published_at)),
        "author": {"@type": "Organization", "name": article.source or settings.SITE_NAME},
        "publisher": _organisation(),
        "isAccessibleForFree": True,
        "about": [{"@type": "Thing", "name": str(topic), "sameAs": topic.uri} for topic in topics],
        "mentions": mentions,
    }
    quotes = [_quotation(request, q, roles.get(q.speaker_id, ""), url) for q in quotes if q.speaker]
    return {"@context": "https://schema.org", "@graph": [news, *quotes]}


@register.simple_tag(takes_context=True)
def person_structured_data(context, person, quotes):
    request = context.get("request")
    url = settings.SITE_URL + url_of(request, person)
    data = {**_person(request, person, person.public_role or ""), "@id": url}
    graph = [data]
    for quote in quotes:
        article_url = settings.SITE_URL + url_of(request, quote.article)
        graph.append(_quotation(request, quote, person.public_role or "", article_url))
    return {"@context": "https://schema.org", "@graph": graph}


@register.filter
def highlighted(snippet):
    """A search snippet with its matches in <mark>, everything else escaped."""
    from articles.search import highlight

    return highlight(snippet)


@register.filter
def iso(value):
    """A moment as ISO 8601 in Baku time, to the second (what <time datetime> accepts)."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
