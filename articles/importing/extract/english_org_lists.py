"""A body whose name lists its portfolios with commas: "Ministry of Culture, Sports and Tourism
of South Korea", "Committee for Youth, Family and Women's Affairs". A capitalised run stops at the
comma, so the name is found as a whole here: a head word, "of"/"for", capitalised items parted
by commas and closed by "and", and a country's "of X" after them."""

import re

from .english_lexicon import ORG_HEADS, TITLE_HEADS, WEAK_ORG_HEADS

ITEM = r"[A-Z][a-z]+(?:['’]s)?(?:\s+[A-Z][a-z]+){0,2}"
LAST = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
LISTED_NAME = re.compile(
    rf"\b(?P<prefix>(?:[A-Z][a-z]+\s+){{0,3}})(?P<head>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?"
    rf"{ITEM}(?:,\s+{ITEM})+,?\s+(?:and|&)\s+{LAST}"
    rf"(?:\s+of\s+(?:the\s+)?{LAST})?"
)
NOT_IN_NAME = frozenset(["the", "a", "an", "according", "in", "on", "at", "by", "with", "from"])


def listed_organisations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the bodies named with a comma-parted list in one paragraph."""
    found = []
    for match in LISTED_NAME.finditer(text):
        head = match["head"].lower()
        if head not in ORG_HEADS or head in WEAK_ORG_HEADS:
            continue
        start = match.start()
        for word in match["prefix"].split():
            if word.lower() not in NOT_IN_NAME and word.lower() not in TITLE_HEADS:
                break
            start = text.index(word, start) + len(word) + 1
        start = len(text[:start]) + len(text[start:]) - len(text[start:].lstrip())
        found.append((start, match.end(), text[start : match.end()]))
    return found
