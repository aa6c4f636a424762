"""Organisations named by abbreviations in English copy: which of several names are one body
(an abbreviation and its full name, a part and the fuller name that holds it), an abbreviation
set beside a thing's noun that names the thing ("the pipeline, known as TCGP"), and a company's
abbreviation followed by a country that names its unit there ("SOCAR Turkey")."""

import re

from .english_gazetteer import is_region_or_country
from .english_lexicon import NON_NAME_WORDS, SPEECH_VERBS, THING_NOUNS, word_set

THING_IN_APPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(THING_NOUNS)) + r")s?,\s+(?:(?:also\s+)?(?:known|referred to)\s+as"
    r"\s+|called\s+|dubbed\s+)?$"
)
# A programme is a plan ("State Programme for Tourism"), except a United Nations' or world body
# named so ("UN Environment Programme", "World Food Programme") or one given its initials.
PROGRAMMES = word_set("programme program")
UN_BODY_OPENINGS = word_set("UN United World")
# Names given initials that are no bodies: "Exclusive Economic Zone (EEZ)", "Consumer Price
# Index (CPI)", "Value Added Tax (VAT)".
NOT_BODY_ENDS = THING_NOUNS | word_set(
    "zone area act law code standard protocol mechanism tax price"
)
EARLIER_IN_LIST = re.compile(r"(?:[A-Z][A-Za-z]+(?:,\s+|\s+and\s+))+$")


def names_a_thing_in_apposition(text: str, start: int) -> bool:
    """ "the pipeline, known as TAPI", "their messaging systems, SPFS and SEPAM": an
    abbreviation set beside a thing's noun names the thing."""
    head = EARLIER_IN_LIST.sub("", text[max(0, start - 120) : start])
    return bool(THING_IN_APPOSITION.search(head))


# "chief executive of SOCAR Turkey.": a company's abbreviation, then the country of its unit.
NATIONAL_UNIT = re.compile(
    r"(?:\b(?:of|at|by|from|with|for|and)\s+|^)(?P<name>(?P<abbr>[A-Z][A-Z&]{1,6})\s+"
    r"(?P<country>[A-Z][a-z]+))(?=['’]s\b|\s*[.,;:(]|\s+(?P<verb>[a-z]+)\b)"
)


def national_units(found, number: int, text: str) -> None:
    """A body's abbreviation followed by a country's name, at the end of a phrase, names the
    body's unit in that country ("SOCAR Turkey", "KMG Romania"); the body stays beside it."""
    for match in NATIONAL_UNIT.finditer(text):
        verb = match["verb"]
        if verb and verb not in SPEECH_VERBS and verb not in ("has", "had", "is", "was", "will"):
            continue
        known = match["abbr"] in found.names or match["abbr"] in found.abbreviations
        if known and is_region_or_country(match["country"]):
            found.add(number, match.start("name"), match.end("name"), match["name"])
            found.parents.add(found.abbreviations.get(match["abbr"], match["abbr"]))


def fullest_names(names: list[str], abbreviations: dict[str, str]) -> list[str]:
    """Drop a name that is an abbreviation or a part of a fuller name found too."""
    kept = []
    for name in names:
        if name in abbreviations and abbreviations[name] in names:
            continue
        if any(initials(other) == name for other in names if other != name):
            continue
        words = _words(name)
        fuller = [other for other in names if other != name and _contains(_words(other), words)]
        if not fuller:
            kept.append(name)
    return kept


def named_body(name: str, abbreviation: str | None) -> bool:
    """A capitalised name with no head word that is still a body's: its own initials follow it
    in brackets ("Caspian Sturgeon Watch (CSW)"), or it is a UN programme."""
    words = name.split()
    last = words[-1].lower()
    if len(words) < 2 or words[-1] in NON_NAME_WORDS and last not in PROGRAMMES:
        return False
    if last in PROGRAMMES and words[0] in UN_BODY_OPENINGS:
        return True
    thing = last in NOT_BODY_ENDS and last not in PROGRAMMES
    return bool(abbreviation) and not thing and initials(name) == abbreviation


def initials(name: str) -> str:
    """ "European Bank for Reconstruction and Development" -> "EBRD"."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _words(name: str) -> list[str]:
    return re.findall(r"[\w'’&-]+", name.lower())


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return len(longer) > size and any(
        longer[i : i + size] == shorter for i in range(len(longer) - size + 1)
    )
