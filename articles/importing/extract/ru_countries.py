"""A country named by its official long form is filed under its short name, as the agency's
copy and its readers name it: "Республика Казахстан" → "Казахстан", "Кыргызская Республика" →
"Кыргызстан", "Российская Федерация" → "Россия". A republic inside a country keeps its full name
("Республика Каракалпакстан"): the short name is kept for sovereign states the gazetteer knows."""

import re

from .gazetteer_ru import COUNTRIES

FOLDED = {name.lower().replace("ё", "е"): name for name in COUNTRIES}
STATE_NOUNS = ("республика", "федерация")
ADJECTIVE_STEM = re.compile(r"(?:ий|ый)?(?:ск|цк)(?:ая|ой|ую)$")
MIN_STEM = 4


def country_name(name: str) -> str | None:
    """The short name of the sovereign state `name` (a nominative) names, or None."""
    words = name.split()
    folded = [w.lower().replace("ё", "е") for w in words]
    if len(words) == 1:
        return FOLDED.get(folded[0])
    if len(words) != 2:
        return None
    if folded[0] in STATE_NOUNS:
        return FOLDED.get(folded[1])
    if folded[1] in STATE_NOUNS:
        return country_of_adjective(folded[0])
    return None


def country_of_adjective(adjective: str) -> str | None:
    """ "кыргызская" → "Кыргызстан", "азербайджанская" → "Азербайджан", "российская" →
    "Россия": the one country whose name starts with the adjective's stem."""
    stem = ADJECTIVE_STEM.sub("", adjective)
    if stem == adjective or len(stem) < MIN_STEM:
        return None
    stem = stem.removesuffix("и")
    matches = {name for key, name in FOLDED.items() if key.startswith(stem)}
    return matches.pop() if len(matches) == 1 else None


def country_of_words(words: list[str]) -> str | None:
    """The country a name's tail names in any case: "Казахстана", "Республики Казахстан",
    "Азербайджанской Республики"."""
    folded = [w.lower().replace("ё", "е") for w in words]
    if len(folded) == 1:
        return FOLDED.get(folded[0]) or country_of_case_form(folded[0])
    if len(folded) == 2 and folded[0].startswith(STATE_NOUNS_STEM):
        return FOLDED.get(folded[1]) or country_of_case_form(folded[1])
    if len(folded) == 2 and folded[1].startswith(STATE_NOUNS_STEM):
        return country_of_adjective(folded[0])
    return None


STATE_NOUNS_STEM = ("республик", "федераци")
CASE_ENDINGS = ("а", "у", "е", "ом", "и", "ы", "ей", "ю", "ой")


def country_of_case_form(word: str) -> str | None:
    """ "Казахстана" → "Казахстан", "Турции" → "Турция"."""
    for ending in CASE_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for candidate in (stem, stem + "я", stem + "а"):
                if candidate in FOLDED:
                    return FOLDED[candidate]
    return None


def without_short_countries(names: list[str]) -> list[str]:
    """ "Корея" beside "Южная Корея" is the same country named short."""
    qualified = {name.split()[-1] for name in names if len(name.split()) == 2}
    return [name for name in names if not (name in qualified and name in COUNTRIES)]
