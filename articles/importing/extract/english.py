"""English extraction by rules over shipped word lists and a gazetteer (no model, nothing fetched
at run time). Organisations are found first, so that their words are not taken for people or
places; then people, whose mentions quotes need for their speakers; then places and topics."""

from ..parse import Seed
from ..results import Extraction, TopicFound
from .english_interviews import interview_answers
from .english_orgs import find_organisations
from .english_people import find_people
from .english_place_routes import route_ends
from .english_places import find_places
from .english_quotes import find_quotes, quote_spans
from .english_text import simple_lemma, tokens

HEADLINE = -1
SHORT_QUOTE_WORDS = 4


def numbered_paragraphs(seed: Seed) -> list[tuple[int, str]]:
    return [(HEADLINE, seed.headline), *enumerate(seed.paragraphs)]


def scare_quote_spans(paragraphs: list[tuple[int, str]]) -> dict[int, list[tuple[int, int]]]:
    """Short quoted names ("Middle Corridor") hold no people."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for number, text in paragraphs:
        for span in quote_spans(number, text):
            if len(tokens(span.text)) <= SHORT_QUOTE_WORDS:
                spans.setdefault(number, []).append((span.start, span.end))
    return spans


def merged(*span_maps: dict) -> dict[int, list[tuple[int, int]]]:
    result: dict[int, list[tuple[int, int]]] = {}
    for span_map in span_maps:
        for number, spans in span_map.items():
            result.setdefault(number, []).extend(spans)
    return result


def route_spans(paragraphs: list[tuple[int, str]], orgs) -> dict[int, list[tuple[int, int]]]:
    """ "from Baku to Boyuk Kasik": a route's end is a place, no person."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for number, text in paragraphs:
        for start, end, _name in route_ends(text, orgs.spans.get(number, [])):
            spans.setdefault(number, []).append((start, end))
    return spans


def person_spans(people) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in people.mentions:
        spans.setdefault(mention.paragraph, []).append((mention.start, mention.end))
    return spans


def topics_for(seed: Seed) -> list[TopicFound]:
    """Topics from the shared ranker over topic_lexicon_en; none if the ranker is not there."""
    try:
        from .topics import suggest_topics  # noqa: PLC0415 - shared module, may be absent
    except ImportError:
        return []
    headline = tokens(seed.headline)
    words = headline + tokens(seed.text)  # the headline counts twice, as in Russian
    return suggest_topics([simple_lemma(token.bare) for token in words], "en", len(headline))


def names_a_person(name: str, people) -> bool:
    """An employer guessed from "X's adviser" that is in fact a person's name."""
    words = {word for person in people.people.values() for word in person.name.split()}
    return name in words


def extract_english(seed: Seed) -> Extraction:
    paragraphs = numbered_paragraphs(seed)
    orgs = find_organisations(paragraphs)
    people = find_people(
        paragraphs, merged(orgs.spans, scare_quote_spans(paragraphs), route_spans(paragraphs, orgs))
    )
    body = [(number, text) for number, text in paragraphs if number != HEADLINE]
    answers = interview_answers(body, people)
    answered = {quote.paragraph for quote in answers}
    quotes = find_quotes([(n, t) for n, t in body if n not in answered], people)
    quotes = sorted(quotes + answers, key=lambda quote: quote.paragraph)
    places = find_places(paragraphs, person_spans(people), orgs.spans)
    return Extraction(
        language="en",
        people=list(people.people.values()),
        quotes=quotes,
        organizations=[name for name in orgs.names if not names_a_person(name, people)],
        places=places,
        topics=topics_for(seed),
    )
