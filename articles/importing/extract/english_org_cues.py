"""Organisations in English copy found by what is said around them rather than the shape of the
name: a name that begins with a number after "led by", "at", "from" ("a partner at 500 Global");
a news agency as the one spoken to ("told Trend that"); a club or company named in front of the
job of the person it employs ("Sabah head coach Murad Aliyev", "Sabah president Leyla
Huseynova"). Also the legal form at the end of a name, which is left out ("Lingvo Labs Inc.",
"Citigroup Global Markets Limited")."""

import re

from .english_gazetteer import is_known_place
from .english_lexicon import (
    MONTHS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
)

LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Ltd|Limited|LLC|LLP|PLC|Corp|Corporation|GmbH|JSC|CJSC|OJSC|"
    r"PJSC|NC|Co|S\.p\.A|SpA|S\.A|N\.V|B\.V|AG)\.?)+$"
)
NUMBERED_NAME = re.compile(
    r"\b(?:by|at|from|with|of|and|to)\s+(?P<name>\d+\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)
TOLD_AGENCY = re.compile(
    r"\b(?:told|interview with|according to)\s+(?P<name>[A-Z][\w.-]+)\s+(?=[a-z])"
)
EMPLOYER_TITLES = (
    r"(?:head coach|coach|manager|president|vice-president|chairman|chairwoman|chief executive|"
    r"ceo|founder|co-founder|owner|captain|director|spokesman|spokeswoman|striker|goalkeeper|"
    r"midfielder|defender|forward)"
)
EMPLOYER = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-Z][a-z]{{2,}})\s+{EMPLOYER_TITLES}\s+(?=[A-Z][a-z]+\s+[A-Z])"
)


# A club named with its sport's abbreviation, kept as written ("FC Kairat", "Qarabag FK"), or
# with a word that only opens club names ("Atletico Rivera", "Dynamo Brest"), or in quotes
# after "club" ("the club "Sabah"").
SPORT_CLUB = re.compile(
    r"\b(?:FC|FK|PFC|PFK|SC|HC|BC|VC)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    r"|\b(?:Atletico|Atlético|Deportivo|Olympique|Dynamo|Dinamo|Spartak|Lokomotiv|Borussia)"
    r"\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    r"|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:FC|FK|PFC|PFK)\b"
)
QUOTED_CLUB = re.compile(r"\b(?:club|team|side)\s+[\"“«](?P<name>[A-Z][^\"”»]{1,30})[\"”»]")
LEGAL_PREFIX = re.compile(r"^(?:(?:JSC|CJSC|OJSC|PJSC|LLC|NC|SC)\s+)+(?=[A-Z])")


def strip_legal_suffix(name: str) -> str:
    """The name without its legal form, at the end or at the start ("JSC NC KazMunayGas")."""
    stripped = LEGAL_PREFIX.sub("", LEGAL_SUFFIX.sub("", name)).strip()
    return stripped if len(stripped) >= 2 else name


def plain_word(word: str) -> bool:
    """A capitalised word that can be part of a name: no month, day, place or nationality."""
    return not (
        word in MONTHS
        or word in WEEKDAYS
        or word in NON_NAME_WORDS
        or word in NATIONALITY_ADJECTIVES
        or word.lower() in TITLE_MODIFIERS
        or word.lower() in TITLE_HEADS
        or word.lower() in ORG_HEADS  # "Club president X" names no club
        or is_known_place(word)
    )


def not_a_name_part(word: str) -> bool:
    """After a number: a month, day, place or nationality ("by 15 May", "30 Chinese firms")."""
    return (
        word in MONTHS or word in WEEKDAYS or word in NATIONALITY_ADJECTIVES or is_known_place(word)
    )


def cued_organisations(text: str, known: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of organisations the context marks in one paragraph. `known` holds
    household names that are also words ("Trend"), taken only when spoken to."""
    found = []
    for match in NUMBERED_NAME.finditer(text):
        words = match["name"].split()[1:]
        if not any(not_a_name_part(word) for word in words):
            found.append((match.start("name"), match.end("name"), match["name"]))
    for match in TOLD_AGENCY.finditer(text):
        if match["name"] in known:
            found.append((match.start("name"), match.end("name"), match["name"]))
    for match in SPORT_CLUB.finditer(text):
        found.append((match.start(), match.end(), match[0]))
    for match in QUOTED_CLUB.finditer(text):
        found.append((match.start("name"), match.end("name"), match["name"]))
    for match in EMPLOYER.finditer(text):
        if plain_word(match["name"]):
            found.append((match.start("name"), match.end("name"), match["name"]))
    return found
