"""The title phrase that introduces a person in English wire copy, in its three usual places:
before the name ("Azerbaijan's Deputy Energy Minister Leyla Aliyeva"), as an appositive after it
("Ivan Petrov, chief executive of Steppe Foods,") or as an appositive before it ("Its commercial
director, Orhan Aliyev, said")."""

import re

from .english_gazetteer import is_known_place
from .english_lexicon import (
    MONTHS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    ORG_HEADS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
    word_set,
)
from .english_text import Token, tokens

MAX_ROLE_WORDS = 16
LEADING_DETERMINERS = word_set("the a an its his her their our your this that")
ROLE_CONNECTORS = word_set("of for the and at in on to")
APPOSITIVE_AFTER = re.compile(
    r",\s+(?P<role>[^,;:()\"“”]{3,160}?)(?=\s*(?:[,;:()\"“”]|\.(?:\s|$)|$|\s+(?:said|says|told|added)\b))"
)
NOT_A_TITLE_WORD = word_set(
    """the a an and or of to in on at by for from with as said says told tells added adds
    its his her their our this that these those new first last former who which when was
    is are were be been has have had will would also reporters journalists"""
)
NOT_A_ROLE_START = word_set("who which that and but or said told added when while as")


def has_title_head(words: list[str]) -> bool:
    return any(
        word.lower().rstrip("s") in TITLE_HEADS or word.lower() in TITLE_HEADS for word in words
    )


# "Minister of Water Resources …", "Head of the State Committee for Urban Planning and …"
COMPLEMENT_CONNECTORS = word_set("of for the and on")
TITLE_COMPLEMENT_REACH = 12


def in_title_complement(text: str, start: int) -> bool:
    """A capitalised run that opens right after "of"/"for"/"the"/"and" in a title's or a body's
    phrase names the office ("Minister of Foreign Affairs", "Chairman of the Board of Azercosmos",
    "Agency for Financial Market Regulation"): a name at its end is only its last words."""
    before = tokens(text[:start])[-TITLE_COMPLEMENT_REACH:]
    if not before or before[-1].lower not in COMPLEMENT_CONNECTORS:
        return False
    return any(t.lower in TITLE_HEADS or t.lower in ORG_HEADS for t in before)


def _title_word(token: Token) -> bool:
    lower = token.lower
    if lower in TITLE_HEADS or lower in TITLE_MODIFIERS or token.bare in NATIONALITY_ADJECTIVES:
        return True
    if not token.capitalised or token.bare in MONTHS or token.bare in WEEKDAYS:
        return False
    return token.bare not in NON_NAME_WORDS or lower in TITLE_MODIFIERS or lower in ORG_HEADS


def _plain_name_word(token: Token) -> bool:
    lower = token.lower
    return (
        token.capitalised
        and token.bare not in NON_NAME_WORDS
        and lower not in TITLE_HEADS
        and lower not in TITLE_MODIFIERS
        and lower not in ORG_HEADS
        and not is_known_place(token.bare)
    )


def _ends_another_name(taken: list[Token], token: Token) -> bool:
    """ "Council President Antonio Costa and Commission President X": the walk back from X
    stops at Costa rather than take in another person's name."""
    if not taken or taken[-1].text not in ROLE_CONNECTORS:
        return False
    return _plain_name_word(token) and len(taken) >= 2


def _modifies_title(token: Token, taken: list[Token]) -> bool:
    """A lower-case word straight before a title's head word: "opposition leader"."""
    return (
        bool(taken)
        and taken[-1].lower in TITLE_HEADS
        and token.text.islower()
        and not token.possessive
        and token.lower not in NOT_A_TITLE_WORD
        and not token.text.endswith(("ed", "ing", "ly"))
    )


def title_before(text: str, name_start: int) -> str | None:
    """The title written straight before a name, without a comma between."""
    words = tokens(text[:name_start])[-MAX_ROLE_WORDS:]
    taken: list[Token] = []
    right_edge = name_start
    for token in reversed(words):
        if not text[token.end : right_edge].isspace():
            break
        if token.lower in SPEECH_VERBS or _ends_another_name(taken, token):
            break
        if token.text in ROLE_CONNECTORS and taken or _title_word(token):
            taken.append(token)
        elif _modifies_title(token, taken):
            taken.append(token)  # "opposition leader", "party chairman"
        else:
            break
        right_edge = token.start
    while taken and taken[-1].text in ROLE_CONNECTORS:
        taken.pop()
    if not taken or not has_title_head([t.bare for t in taken]):
        return None
    return text[taken[-1].start : taken[0].end]


def appositive_after(text: str, name_end: int) -> str | None:
    """The role in ", deputy head of the state railway," after a name; a clause that goes on
    with a verb (", met business leaders") is not one."""
    match = APPOSITIVE_AFTER.match(text, name_end)
    words = tokens(match["role"]) if match else []
    if not words or not _can_open_role(words[0]):
        return None
    return _clean_role(match["role"])


def _can_open_role(token: Token) -> bool:
    lower = token.lower
    return (
        token.capitalised
        or lower in LEADING_DETERMINERS
        or lower in TITLE_HEADS
        or lower in TITLE_MODIFIERS
        or lower.rstrip("s") in TITLE_HEADS
    )


def appositive_before(text: str, name_start: int) -> str | None:
    """ "Its commercial director, Tural Aliyev," — the phrase before a name and its comma."""
    head = text[:name_start]
    if not re.search(r",\s*$", head):
        return None
    clause = re.split(r"[,;:.!?()\"“”]\s*", head.rstrip().rstrip(","))[-1]
    words = clause.split()
    if not words or words[0].lower() in NOT_A_ROLE_START:
        return None
    return _clean_role(clause)


def _clean_role(role: str) -> str | None:
    role = " ".join(role.split())
    words = role.split()
    while words and words[0].lower() in LEADING_DETERMINERS:
        words = words[1:]
    if not words or len(words) > MAX_ROLE_WORDS or words[0].lower() in NOT_A_ROLE_START:
        return None
    if any(word.lower() in SPEECH_VERBS for word in words):
        return None
    if not has_title_head(words[:6]):
        return None
    return " ".join(words)
