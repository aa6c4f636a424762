"""Unknown names that the sentence itself makes places: where a statement was made ("told
reporters in Ulaanbaatar", "said at a news conference in Aktobe") and a name placed inside a
known place ("links the mine with Ganzhuur in China's Inner Mongolia")."""

import re

from .english_gazetteer import is_known_place
from .english_lexicon import MONTHS, NON_NAME_WORDS, WEEKDAYS

NAME = r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])"
# "told reporters in X", "said in X", "a news conference in X", "the ceremony in X".
SPOKEN_IN = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]+)|"
    r"(?:news\s+|press\s+)?(?:conference|briefing|ceremony|forum|summit|meeting|rally))"
    rf"\s+in\s+{NAME}"
)
# "with X in China's …", "to X in Kazakhstan": X lies in the known place that follows.
INSIDE_KNOWN = re.compile(
    rf"\b(?:with|to|from|near|between|and|links|linking|connecting)\s+{NAME}\s+in\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _free(name: str, start: int, spans: list[tuple[int, int]]) -> bool:
    return (
        name not in NON_NAME_WORDS
        and name not in MONTHS
        and name not in WEEKDAYS
        and not any(s <= start < e for s, e in spans)
    )


def statement_places(text: str, people: list, orgs: list) -> list[str]:
    """Places the sentence's shape vouches for, though no gazetteer knows them."""
    spans = people + orgs
    found = [
        m["name"] for m in SPOKEN_IN.finditer(text) if _free(m["name"], m.start("name"), spans)
    ]
    for match in INSIDE_KNOWN.finditer(text):
        place = re.sub(r"['’]s$", "", match["place"])
        known = is_known_place(place) or is_known_place(place.split()[0])
        if known and _free(match["name"], match.start("name"), spans):
            found.append(match["name"])
    return found
