"""Extraction for Russian copy: one Natasha pass over the article, then the rules of the sibling
modules over that one analysis."""

import re

from ..parse import Seed
from ..results import Extraction, PersonFound, QuoteFound
from .document import analyse_article
from .entities import find_organisations, find_places
from .interviews import dash_paragraphs, find_interview_answers
from .people import Person, find_people
from .quote_rules import find_quote_candidates
from .speakers import attribute_quotes
from .topics import suggest_topics

NUMBERED = re.compile(r"-\d+$")


def extract_russian(seed: Seed) -> Extraction:
    article = analyse_article(seed.headline, seed.paragraphs)
    people = find_people(article)
    answers = find_interview_answers(article)
    skip = [(start, stop) for _, start, stop in dash_paragraphs(article)] if answers else []
    candidates = find_quote_candidates(article, skip) + answers
    attributed = attribute_quotes(article, people, candidates)
    organisations = find_organisations(article)
    return Extraction(
        language="ru",
        people=[person_found(person) for person in people],
        quotes=[
            QuoteFound(
                text=quote.text,
                speaker=speaker.name if speaker else None,
                kind=quote.kind,
                confidence=round(confidence, 2),
                paragraph=article.paragraph_of(quote.start),
            )
            for quote, speaker, confidence in attributed
        ],
        organizations=organisations,
        places=find_places(article, organisations),
        topics=russian_topics(article),
    )


def russian_topics(article) -> list:
    words, headline_words = topic_words(article)
    return suggest_topics(words, "ru", headline_words)


def topic_words(article) -> tuple[list[str], int]:
    """Lemmas without punctuation or a number suffix (ГЭС-1 → гэс), the headline's counted twice:
    it says what the story is about."""
    headline_end = article.paragraph_starts[1]
    words = [
        (NUMBERED.sub("", lemma), token.stop)
        for lemma, token in zip(article.lemmas, article.tokens, strict=True)
    ]
    words = [(lemma, stop) for lemma, stop in words if lemma.replace("-", "").isalpha()]
    headline = [lemma for lemma, stop in words if stop <= headline_end]
    return headline + [lemma for lemma, _ in words], len(headline)


def person_found(person: Person) -> PersonFound:
    return PersonFound(
        name=person.name,
        role=person.role,
        aliases=person.aliases,
        confidence=round(person.confidence, 2),
    )
