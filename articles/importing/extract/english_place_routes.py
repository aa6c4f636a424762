"""Unknown names that their company makes places. A route's end joined to a known place ("the
line from Baku to Boyuk Kasik", "between Osh and Kara-Suu") is a place, and so no person. Names
coordinated after "in" ("deliveries started in Tharparkar and Chagai") are places when the story
speaks of the kind of area they are (districts, provinces, villages) or one of them is known."""

import re

from .english_gazetteer import is_cued_place, is_known_place
from .english_lexicon import (
    MONTHS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    ORG_HEADS,
    TITLE_HEADS,
    WEEKDAYS,
)

NAME = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}"
ROUTE = re.compile(
    rf"\b(?:from|between)\s+(?:the\s+)?(?P<first>{NAME})\s+(?:to|and)\s+(?:the\s+)?"
    rf"(?P<second>{NAME})(?![\w'’-])"
)
# "invested in Kaspi and Halyk", "stakes in …": what one holds a part in is no place.
HOLDING = (
    r"(?<!invested )(?<!invest )(?<!investing )(?<!stakes )(?<!stake )(?<!shares )(?<!interest )"
)
COORDINATED = re.compile(
    rf"\b{HOLDING}in\s+(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})(?![\w'’-])(?!\s+[A-Z])"
)
AREA_NOUNS = re.compile(
    r"\b(?:districts|provinces|regions|villages|towns|counties|oblasts|settlements|areas)\b"
)


def _plain_name(name: str) -> bool:
    words = name.replace("-", " ").split()
    return not any(
        word in NON_NAME_WORDS
        or word in MONTHS
        or word in WEEKDAYS
        or word in NATIONALITY_ADJECTIVES
        or word.lower() in TITLE_HEADS
        or word.lower() in ORG_HEADS
        or re.search(r"(ian|ese|ish)$", word)
        for word in words
    )


def _free(start: int, spans: list[tuple[int, int]]) -> bool:
    return not any(s <= start < e for s, e in spans)


def route_ends(text: str, orgs: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of unknown names that a route joins to a known place."""
    found = []
    for match in ROUTE.finditer(text):
        for known, other in (("first", "second"), ("second", "first")):
            if not is_known_place(match[known]) or is_cued_place(match[other]):
                continue
            if _plain_name(match[other]) and _free(match.start(other), orgs):
                found.append((match.start(other), match.end(other), match[other]))
    return found


def coordinated_places(text: str, areas_spoken_of: bool, blocked: list) -> list[str]:
    """Unknown names listed after "in" beside a known place, or where areas are spoken of."""
    found = []
    for match in COORDINATED.finditer(text):
        names = re.findall(NAME, match["names"])
        known = any(is_cued_place(name) for name in names)
        if not (known or areas_spoken_of) or not all(_plain_name(name) for name in names):
            continue
        if _free(match.start("names"), blocked) and _free(match.end("names") - 1, blocked):
            found.extend(names)
    return found


def speaks_of_areas(paragraphs: list[tuple[int, str]]) -> bool:
    return any(AREA_NOUNS.search(text) for _number, text in paragraphs)
