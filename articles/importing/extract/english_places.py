"""Places in English wire copy: gazetteer names in capitalised runs (also inside titles and after
"of" in an organisation's name, never as a brand's word as in "Air Samarkand"), parts of
hyphenated routes ("Aktau-Baku-Poti"), and unknown names that the text itself calls a place
("the Kuryksay terminal", "the port of Zhanaport", "in <town>")."""

import re

from .english_gazetteer import (
    ABBREVIATED_COUNTRIES,
    fold,
    is_cued_place,
    is_former_or_variant_name,
    is_known_place,
    is_region_or_country,
    place_name,
)
from .english_lexicon import (
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    NOUN_USE_FOLLOWERS,
    PLACE_CUE_NOUNS,
    PLACE_OF_NOUNS,
    SPEECH_VERBS,
)
from .english_place_cues import statement_places
from .english_place_regions import with_region_nouns
from .english_place_routes import coordinated_places, route_ends, speaks_of_areas
from .english_text import Token, capitalised_runs, tokens

MAX_PLACE_WORDS = 4
ORDINALS = r"(?:First|Second|Third|Fourth|Last|Next|Final|Same|Previous)\b"  # "First quarter"
# "Dasht-i-Margo", "Rostov-on-Don": a hyphenated name may hold a short lower-case particle.
PARTICLED = r"[A-Z][a-z]+(?:-[a-z]{1,3}-[A-Z][a-z]+)?"
CUE_AFTER = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+)?(?!{ORDINALS})(?P<name>{PARTICLED}(?:[- ][A-Z][a-z]+)?)\s+(?:"
    + "|".join(PLACE_CUE_NOUNS)
    + r")\b"
)
# Two names sharing a plural cue noun: "the Kumkol and Akshabulak fields".
CUE_AFTER_PAIR = re.compile(
    r"(?<![\w-])(?P<first>[A-Z][a-z]+)\s+and\s+(?P<name>[A-Z][a-z]+)\s+(?:"
    + "|".join(PLACE_CUE_NOUNS)
    + r")s\b"
)
PLACE_WORD = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
CUE_OF = re.compile(
    rf"\b(?:{'|'.join(PLACE_OF_NOUNS)})s?\s+of\s+(?P<names>{PLACE_WORD}(?:(?:,\s*|\s+and\s+){PLACE_WORD})*)"
)
CUE_PREPOSITION = re.compile(
    r"\b(?:in|near|from|to|via|outside|at)\s+(?P<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*)\b(?!['’])"
)


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in spans)


def _after_of_inside(text: str, start: int, orgs: list[tuple[int, int]]) -> bool:
    """A place after "of" within an organisation's name: "Civil Aviation Agency of Georgia"."""
    org_start = max((s for s, e in orgs if s <= start < e), default=start)
    return bool(re.search(r"\b(?:of|in)\s+(?:the\s+)?$", text[org_start:start]))


# "the US dollar", "the Hong Kong dollar": a currency's name, no mention of the place.
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|cents?)\b")
HYPHEN_BETWEEN_NAMES = re.compile(r"(?<=\w)-(?=[A-Z])")


def gazetteer_places(text: str, people: list, orgs: list) -> list[str]:
    """Known places in capitalised runs. Runs are read with hyphens between names opened up
    ("Central Asia-EU" holds Central Asia) while a hyphenated place keeps its own spelling."""
    found = []
    spaced = HYPHEN_BETWEEN_NAMES.sub(" ", text)
    for run in capitalised_runs(spaced):
        index = 0
        while index < len(run):
            size, name = _longest_place(text, run, index)
            start = run[index].start
            blocked = _inside(start, people) or (
                _inside(start, orgs) and not _after_of_inside(text, start, orgs)
            )
            token = run[index]
            partial = size == 1 and (
                _attributive_adjective(text, token)
                or _part_of_hyphenated_name(text, token)
                or _surname_speaking(text, token)
                or _abbreviation_in_running_text(token)
                or bool(CURRENCY_AFTER.match(text, token.end))
            )
            if size and not blocked and not partial:
                found.append(name)
            elif not size and not blocked:
                found.extend(_route_parts(run[index]))
            index += max(size, 1)
    return found


def _longest_place(text: str, run: list[Token], index: int) -> tuple[int, str | None]:
    for size in range(min(MAX_PLACE_WORDS, len(run) - index), 0, -1):
        words = run[index : index + size]
        phrase = re.sub(r"['’]s?$", "", text[words[0].start : words[-1].end])
        if is_known_place(phrase):
            return size, place_name(phrase)
        river = phrase[: -len(" River")] if size > 1 and phrase.endswith(" River") else ""
        if river and is_known_place(river):
            return size, place_name(river) + " River"  # "the Kura River" as written
    return 0, None


HYPHENATED_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def _part_of_hyphenated_name(text: str, token: Token) -> bool:
    """ "Fort-Shevchenko" is one town's name: a known word joined by a hyphen to a capitalised
    word that is no place or abbreviation is part of a longer name ("Central Asia-EU" is not)."""
    for match in HYPHENATED_WORD.finditer(text):
        if match.start() <= token.start < match.end():
            others = [w for w in match[0].split("-") if w != token.bare]
            return any(
                w[:1].isupper() and not w.isupper() and not is_known_place(w) for w in others
            )
    return False


def _route_parts(token: Token) -> list[str]:
    """ "Aktau-Baku-Poti": the known parts of a hyphenated name, if most parts are known; a
    town such as "Fort-Shevchenko" is not a route through "Shevchenko"."""
    parts = token.bare.split("-")
    if len(parts) < 2:
        return []
    known = [part for part in parts if is_known_place(part)]
    return known if len(known) * 2 > len(parts) else []


# Surname endings that towns share with the people they were named after.
SURNAME_ENDINGS = re.compile(r"(?:enko|shvili|dze|ov|ova|ev|eva|yan|uk|sky)$")


def _surname_speaking(text: str, token: Token) -> bool:
    """ "Shevchenko said …": a town's name that speaks is a person's surname when it has a
    surname's shape or is only a town's other name; a country, a region, "Moscow" speak too."""
    following = re.match(r"\s+([a-z]+)", text[token.end :])
    if not following or following[1] not in SPEECH_VERBS:
        return False
    if not is_former_or_variant_name(token.bare) and not SURNAME_ENDINGS.search(token.bare):
        return False
    return not is_region_or_country(token.bare)


def _abbreviation_in_running_text(token: Token) -> bool:
    """ "ITU", "ADA": a word in capitals inside a sentence is an abbreviation kept as written,
    not a town's name shouted; only a dateline ("BAKU, May 2") or "US", "UAE" name places."""
    word = token.bare
    shouted = len(word) > 1 and word.isupper() and word.isalpha()
    return shouted and token.start > 0 and word not in ABBREVIATED_COUNTRIES


def _attributive_adjective(text: str, token: Token) -> bool:
    """ "Caspian seals", "Baltic ports": an adjective-shaped name before a lower-case noun
    describes the noun; the place itself is "the Caspian" or "the Caspian Sea"."""
    if token.possessive or not _adjective(token.bare) or not is_region_or_country(token.bare):
        return False  # a town such as "Xian" or "Kish" is named, not described
    following = re.match(r"\s+([A-Za-z][a-z-]*)", text[token.end :])
    if not following:
        return False
    word = following[1]
    if word[0].isupper():  # "Caspian Summit", "Caspian Pipeline Consortium": part of a name
        return word in NON_NAME_WORDS and not is_known_place(f"{token.bare} {word}")
    return word.capitalize() not in NON_NAME_WORDS and word not in NOUN_USE_FOLLOWERS


def cued_places(text: str, people: list, orgs: list) -> list[str]:
    found = []
    for match in CUE_AFTER.finditer(text):
        if _plausible_unknown(match["name"], match.start("name"), text, people, orgs):
            found.append(match["name"])
    for match in CUE_AFTER_PAIR.finditer(text):
        for group in ("first", "name"):
            if _plausible_unknown(match[group], match.start(group), text, people, orgs):
                found.append(match[group])
    for match in CUE_OF.finditer(text):
        for name in re.finditer(PLACE_WORD, match["names"]):
            start = match.start("names") + name.start()
            if _plausible_unknown(name.group(), start, text, people, orgs):
                found.append(name.group())
    for match in CUE_PREPOSITION.finditer(text):
        if is_cued_place(match["name"]) and not _inside(match.start("name"), people + orgs):
            found.append(match["name"])
    return found


def _plausible_unknown(name: str, start: int, text: str, people, orgs) -> bool:
    words = name.replace("-", " ").split()
    if any(word in NON_NAME_WORDS or _adjective(word) for word in words):
        return False
    if _inside(start, people + orgs):
        return False
    before = tokens(text[:start])
    sentence_start = not before or text[:start].rstrip().endswith((".", "!", "?", "“", '"'))
    return not sentence_start or is_cued_place(name)


def _adjective(word: str) -> bool:
    """ "the Romanian city of X": a nationality word, not the place's name."""
    return word in NATIONALITY_ADJECTIVES or bool(re.search(r"(ian|ese|ish|ic|ean)$", word))


PREFIXED_NAME = re.compile(r"\b[a-z]+-(?P<name>[A-Z][a-z]+)\b")


SUFFIXED_NAME = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?:based|born|headquartered)\b"
)


def prefixed_places(text: str) -> list[str]:
    """ "a trans-Caspian pipeline", "anti-Iran sanctions": a place after a lower-case prefix;
    "the Baku-based centre": a place before a lower-case suffix."""
    found = [m["name"] for m in PREFIXED_NAME.finditer(text)]
    found += [m["name"] for m in SUFFIXED_NAME.finditer(text)]
    return [name for name in found if is_known_place(name)]


def find_places(
    paragraphs: list[tuple[int, str]], people_spans: dict, org_spans: dict
) -> list[str]:
    seen: dict[str, str] = {}
    areas = speaks_of_areas(paragraphs)
    for number, text in paragraphs:
        people, orgs = people_spans.get(number, []), org_spans.get(number, [])
        found = gazetteer_places(text, people, orgs) + cued_places(text, people, orgs)
        found += statement_places(text, people, orgs)
        found += [name for _start, _end, name in route_ends(text, people + orgs)]
        found += coordinated_places(text, areas, people + orgs)
        for name in with_region_nouns(text, found) + prefixed_places(text):
            seen.setdefault(fold(name), name)
    return list(seen.values())
