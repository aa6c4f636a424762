"""Organisations in English copy marked by the words around them rather than by a head word:
a news agency spoken to at the end of a clause ("the company told Report."), the body a job is
held at ("vice president for sales at Acme Orbital"), a name set in apposition to a kind of
company ("Acme Orbital, a joint venture of ...") and the parents named after such a kind
("a joint venture of France's Acme and Italy's Beta"). Also the "under the President of X" tail
that belongs to a state body's name, and the "to the X" of a delegation or mission."""

import re

from .english_gazetteer import is_known_place
from .english_lexicon import NATIONALITY_ADJECTIVES, NON_NAME_WORDS

NAME = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&.-]*){0,4}"
OWNER = r"(?:[A-Z][a-z]+['’]s\s+)?"  # "France's Acme"
TOLD_AT_CLAUSE_END = re.compile(
    r"\btold\s+(?P<name>[A-Z][\w-]+)(?=\s*[.,;]|\s+(?:that|on|in|last|this|late|earlier)\b)"
)
JOB_AT = re.compile(
    r"\b(?:president|director|manager|executive|officer|head|chairman|chairwoman|founder|partner|"
    r"analyst|economist|engineer|spokesman|spokeswoman|spokesperson|adviser|advisor|researcher)"
    rf"(?:\s+(?:for|of)\s+[a-z][a-z ]{{2,40}}?)?\s+at\s+{OWNER}(?P<name>{NAME})"
)
KINDS = r"(?:joint venture|unit|subsidiary|division|affiliate|daughter company|arm)"
APPOSITION = re.compile(
    rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?{KINDS}\s+(?:of|between)\b"
)
PARENTS = re.compile(
    rf"\b{KINDS}\s+(?:of|between)\s+{OWNER}(?P<first>{NAME})"
    rf"(?:\s+and\s+{OWNER}(?P<second>{NAME}))?"
)
UNDER_TAIL = re.compile(
    r"\s+under\s+the\s+(?:President|Cabinet of Ministers|Government|Prime Minister)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)?"
)


def context_organisations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the organisations one paragraph marks by context."""
    found = []
    for pattern in (TOLD_AT_CLAUSE_END, JOB_AT, APPOSITION):
        for match in pattern.finditer(text):
            found.append((match.start("name"), match.end("name"), match["name"]))
    return _cleaned(found)


def parent_organisations(text: str) -> list[tuple[int, int, str]]:
    """The owners named after "a joint venture of", "a unit of": bodies in their own right even
    when their name is part of the child's ("Acme Space, a joint venture of Acme and Beta")."""
    found = []
    for match in PARENTS.finditer(text):
        for group in ("first", "second"):
            if match[group]:
                found.append((match.start(group), match.end(group), match[group]))
    return _cleaned(found)


def _cleaned(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    trimmed = [(start, start + len(name.rstrip(".")), name.rstrip(".")) for start, _, name in found]
    return [(start, end, name) for start, end, name in trimmed if _plausible(name)]


def _plausible(name: str) -> bool:
    first = name.split()[0]
    return not (
        is_known_place(name)
        or first in NON_NAME_WORDS
        or first in NATIONALITY_ADJECTIVES
        or name in ("The", "A", "An")
    )


# "EU Delegation to the Kyrgyz Republic", "Permanent Mission to the United Nations".
ACCREDITED_BODY = re.compile(r"(?:Delegation|Mission|Representation)$")
TO_TAIL = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}(?<!['’]s)")


def with_under_tail(text: str, start: int, end: int) -> int:
    """Where a state body's name ends once its "under the President of X" tail is taken in, or
    the "to the X" of a body accredited to another state or body."""
    match = UNDER_TAIL.match(text, end)
    if match is None and ACCREDITED_BODY.search(text[start:end]):
        match = TO_TAIL.match(text, end)
    return match.end() if match else end
