"""Natasha's place spans, repaired before they are named: a region's adjective the tagger cut off
from the rest of its name is joined to it ("Нахчыванской" + "Автономной Республикой"); a lone
adjective that describes a thing ("по Южнокавказскому трубопроводу") names no place; a place
inside an organisation's name ("Арбитражный суд Астраханской области") is part of that name
unless it is a country ("Центральный банк Азербайджанской Республики" names Azerbaijan); and
a parliament's own-language name ("в областном Кенгаше") is a body, not a place. A lone region
adjective takes in the kind of region after it ("в Навоийском вилояте")."""

import re

from .document import Article
from .lexicon_ru import PARLIAMENTS, words

ADJECTIVE_ENDING = re.compile(
    r"(?:ск|цк|н)(?:ий|ый|ой|ая|ое|ого|ому|ым|им|ом|ую|ые|ие|ых|их|ыми|ими)$"
)

# kinds of region named by an adjective before them, in Russian and in the region's own language
REGION_KINDS = words(
    """
    область район край округ провинция штат губерния уезд кантон воеводство префектура
    вилоят вилайет велаят аймак марз этрап етрап улус
    """
)


def place_spans(article: Article, bodies: list[tuple[int, int]]) -> list[tuple[int, range, bool]]:
    """(offset, token ids, whether inside a body's name) of every LOC span worth naming;
    `bodies` are the stretches of text that name organisations."""
    found: list[tuple[int, range, bool]] = []
    spans = [s for s in article.spans if s.type == "LOC"]
    joined: set[int] = set()
    for position, span in enumerate(spans):
        if span.start in joined:
            continue
        ids = article.tokens_between(span.start, span.stop)
        if not ids or parliament(article, ids):
            continue
        if only_adjectives(article, ids):
            following = spans[position + 1] if position + 1 < len(spans) else None
            if following and article.token_index(following.start) == ids.stop:
                joined.add(following.start)
                ids = range(ids.start, article.tokens_between(following.start, following.stop).stop)
            elif describes_a_thing(article, ids) and not region_noun_after(article, ids):
                continue
        if region_noun_after(article, ids):  # "в Сурхандарьинском вилояте"
            ids = range(ids.start, ids.stop + 1)
        found.append((span.start, ids, within(span, bodies)))
    return found


def within(span, stretches: list[tuple[int, int]]) -> bool:
    return any(start <= span.start < stop for start, stop in stretches)


def only_adjectives(article: Article, ids: range) -> bool:
    return all(
        article.tokens[i].pos == "ADJ" and ADJECTIVE_ENDING.search(article.tokens[i].text)
        for i in ids
    )


def region_noun_after(article: Article, ids: range) -> bool:
    """The lower-case noun after a region's adjective names the kind of region it is: "область",
    "вилоят", "велаят", "аймак" — the kind belongs to the place's name."""
    adjectives = all(ADJECTIVE_ENDING.search(article.tokens[i].text) for i in ids)
    following = ids.stop < len(article.tokens) and article.lemmas[ids.stop] in REGION_KINDS
    return adjectives and following


def describes_a_thing(article: Article, ids: range) -> bool:
    """The adjective agrees with the lower-case noun after it: "Южнокавказскому трубопроводу"."""
    if ids.stop >= len(article.tokens):
        return False
    noun = article.tokens[ids.stop]
    return noun.pos == "NOUN" and noun.text[:1].islower()


MAX_CASE_ENDING = 3


def parliament(article: Article, ids: range) -> bool:
    """A word made of a parliament's name and a case ending ("Кенгашей", which the dictionary
    does not know)."""
    for index in ids:
        word = article.tokens[index].text.lower()
        for name in PARLIAMENTS:
            if word.startswith(name) and len(word) - len(name) <= MAX_CASE_ENDING:
                return True
    return False
