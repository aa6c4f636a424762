"""An administrative region named after its main town keeps its noun: "the Tashkent region" is
not Tashkent, so it is reported as "Tashkent region"; so is a region the gazetteer does not know
("Umnugovi province"). A region known as one ("Russia's Dagestan region", "the Khatlon and Sughd
provinces") is reported by its name alone. Names listed before one plural noun ("the Chui, Osh
and Batken regions") are written alike: all with the noun if any of them needs it."""

import re

from .english_gazetteer import is_region_or_country

ADMIN_NOUNS = ("region", "province", "oblast")
NAME = r"[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?"
LISTED = re.compile(
    rf"(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})\s+(?P<noun>{'|'.join(ADMIN_NOUNS)})s\b"
)
# One name: the noun may be written with a capital ("Aktobe Region"), and is kept as written.
SINGLE = re.compile(rf"(?<![\w,-])(?P<names>{NAME})\s+(?P<noun>(?i:{'|'.join(ADMIN_NOUNS)}))\b")


def _needs_noun(name: str) -> bool:
    """A town's name (not also a region's) or a name the gazetteer does not know."""
    return not is_region_or_country(name)


def region_names(text: str) -> dict[str, tuple[str, int]]:
    """Names in a paragraph that stand for a region with its noun: name -> ("Name region", how
    many times the name stands so)."""
    found: dict[str, tuple[str, int]] = {}
    for pattern in (LISTED, SINGLE):
        for match in pattern.finditer(text):
            names = re.findall(NAME, match["names"])
            if any(_needs_noun(name) for name in names):
                for name in names:
                    region, times = found.get(name, (f"{name} {match['noun']}", 0))
                    found[name] = (region, times + 1)
    return found


def with_region_nouns(text: str, names: list[str]) -> list[str]:
    """The places of a paragraph, a region's name with its noun where the text gives it one;
    the bare name stays too when the paragraph also names it alone (the town itself)."""
    regions = region_names(text)
    result = []
    for name in names:
        if name not in regions:
            result.append(name)
            continue
        region, times = regions[name]
        result.append(region)
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) > times:
            result.append(name)
    return result
