"""The shape of an organisation's name inside a capitalised run: a head word ("Committee",
"Airlines"; weak heads such as "Energy" only at the end), an "of ..." tail that stops before a
person's name, "Air X" for airlines, legal forms that mark a name and are left out, and "and"
that parts two names ("A Airways and B Air") but not one ("Ministry of Trade and Industry")."""

import re

from .english_gazetteer import is_known_place
from .english_lexicon import (
    LEGAL_FORMS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEAK_ORG_HEADS,
    word_set,
)
from .english_people import name_tail
from .english_text import ORG_CONNECTORS, Token

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")

LOCATION_PREPOSITIONS = frozenset(["in", "at"])
# Bodies whose place is part of who they are: "Embassy of Kazakhstan in Turkey".
LOCAL_OFFICES = word_set("embassy consulate consulate-general mission representation office branch")
LEADING_NOISE = word_set("The A An According In On At For From By With To Of And")
# A body that governs another and is named after it: "the Board of Azercosmos OJSC", "the
# Executive Committee of IFAS". Where what follows "of" is a name on its own, that is the body.
GOVERNING_BODIES = word_set("board committee council presidium secretariat commission directorate")
GOVERNING_MODIFIERS = word_set("""executive supervisory management audit steering organising
    organizing advisory scientific academic editorial technical political standing""")


def is_head(token: Token, at_end: bool, run_length: int) -> bool:
    lower = token.lower
    if lower not in ORG_HEADS:
        return False
    return lower not in WEAK_ORG_HEADS or (at_end and run_length >= 2)


def trim_leading(run: list[Token]) -> list[Token]:
    """Without leading noise and titles, and the "of the" a title leaves behind ("Deputy
    Chairman of the Tourism Committee X" holds "Tourism Committee")."""
    size = None
    while run and size != len(run):
        size = len(run)
        while run and (run[0].bare in LEADING_NOISE or run[0].text in ORG_CONNECTORS):
            run = run[1:]
        while run and run[0].lower in TITLE_HEADS:
            run = run[1:]
    return run


def _of_tail_end(run: list[Token], after_head: int) -> int:
    """Where the "of the Kyrgyz Republic" after a head ends: before a person's name begins."""
    person = name_tail(run[after_head:])
    end = len(run) - 1
    # "… for Supervision of Natural Resources": straight after "of", no person's name stands
    after_connector = len(person) == 2 and run[run.index(person[0]) - 1].text in ORG_CONNECTORS
    plain = not any(_no_personal_name(t.bare) for t in person)
    if len(person) >= 2 and plain and not after_connector:
        end = len(run) - len(person) - 1
    local_office = run[after_head - 1].lower in LOCAL_OFFICES
    for index in range(after_head + 1, end + 1):
        if local_office:
            break
        if run[index].text in LOCATION_PREPOSITIONS and _place_follows(run[index + 1 : end + 1]):
            end = index - 1  # "Institute of Zoology in Almaty": where the body is, not its name
            break
    while end > after_head and run[end].text in ORG_CONNECTORS:
        end -= 1
    return end


def _no_personal_name(word: str) -> bool:
    """ "of Turkic States", "of Kyrgyz Republic": a place, a nationality or a common word such
    as "States" ends no person's name."""
    singular = word[:-1] if word.endswith("s") else word
    return (
        is_known_place(word)
        or word in NON_NAME_WORDS
        or singular in NON_NAME_WORDS
        or word in NATIONALITY_ADJECTIVES
        or bool(re.search(r"(?:ic|ian)$", word))
    )


def _place_follows(words: list[Token]) -> bool:
    words = [t for t in words if t.text != "the"]
    return bool(words) and is_known_place(words[0].bare)


def org_in_run(run: list[Token]) -> list[Token] | None:
    """The organisation name a capitalised run holds, if its words make one."""
    run = trim_leading(run)
    heads = [i for i, t in enumerate(run) if is_head(t, i == len(run) - 1, len(run))]
    if not heads:
        return None
    head = heads[-1]
    chosen = run[: head + 1]
    followed_by_of = head + 1 < len(run) and run[head + 1].text in ("of", "for", "für")
    if followed_by_of and not run[head].possessive and run[head].lower not in WEAK_ORG_HEADS:
        chosen = run[: _of_tail_end(run, head + 1) + 1]
    if len(chosen) == 1 and chosen[0].lower in ORG_HEADS:
        return None
    if chosen[-1].lower in WEAK_ORG_HEADS and _has_title(chosen[:-1]):
        return None  # "Tajikistan's First Deputy Minister of Energy": a portfolio, not a body
    governed = body_behind_governing_body(chosen)
    return governed if governed and ACRONYM.match(governed[0].bare) else chosen


def body_behind_governing_body(words: list[Token]) -> list[Token] | None:
    """ "Supervisory Board of X": the words after "of" (and "the"), if the name starts with a
    governing body's noun and nothing but its modifiers."""
    index = 0
    while index < len(words) and words[index].lower in GOVERNING_MODIFIERS:
        index += 1
    if index >= len(words) - 2 or words[index].lower not in GOVERNING_BODIES:
        return None
    if words[index + 1].text != "of":
        return None
    rest = words[index + 2 :]
    if rest and rest[0].text == "the":
        rest = rest[1:]
    if not rest or any(t.lower in ORG_HEADS or is_known_place(t.bare) for t in rest):
        return None
    return rest


def split_between_orgs(run: list[Token]) -> list[list[Token]]:
    """ "Georgian Airways and Wizz Air" or "Acme Power and Masdar" are two names; "Ministry of
    Trade and Industry" and "Oil and Gas Institute" are one; a title on either side ("Council
    President X and Commission President Y") always parts them, and so does where a body sits
    ("Institute of Botany in Tashkent and the Academy of …")."""
    for index, token in enumerate(run):
        located = token.text in LOCATION_PREPOSITIONS and _place_follows(run[index + 1 :])
        local_office = any(t.lower in LOCAL_OFFICES for t in run[:index])
        if located and org_in_run(run[:index]):
            rest = run[index + 1 :]
            while rest and rest[0].capitalised:  # the place itself
                rest = rest[1:]
            name = run[: len(run) - len(rest)] if local_office else run[:index]
            return [name, *(split_between_orgs(rest) if rest else [])]
        if token.text in ("and", "&") and 0 < index < len(run) - 1:
            left, right = run[:index], run[index + 1 :]
            if _has_title(right) and not _has_title(left) and _weak_end(left):
                return split_between_orgs(right)  # "Mining and Industry Minister X"
            if _has_title(left) or _has_title(right) or _two_names(left, right):
                return [left, *split_between_orgs(right)]
            # "Ministry of X of Georgia and the …": a name closed by its country ends there;
            # "Ministry of Trade and Industry and the Ministry of …": "and the" opens a second
            closed = _ends_with_country_of(left) or right[0].text == "the" and org_in_run(left)
            if closed and any(t.lower in ORG_HEADS for t in right):
                return [left, *split_between_orgs(right)]
    return [run]


def _ends_with_country_of(words: list[Token]) -> bool:
    """ "Ministry of Energy of Azerbaijan": a body's name closed by "of <place>"."""
    closed = len(words) >= 3 and words[-2].text == "of" and is_known_place(words[-1].bare)
    return closed and org_in_run(words) is not None


def _weak_end(words: list[Token]) -> bool:
    return words[-1].lower in WEAK_ORG_HEADS


def _has_title(words: list[Token]) -> bool:
    return any(t.capitalised and t.lower in TITLE_HEADS for t in words)


def _two_names(left: list[Token], right: list[Token]) -> bool:
    """A strong head or a legal form ends the left name; a weak one ("Almalyk Mining and
    Metallurgical Complex", "Oil and Gas Institute") goes on into the right."""
    if _ends_a_name(left) and (left[-1].lower == "air" or left[-1].lower not in WEAK_ORG_HEADS):
        return _ends_a_name(right) or _starts_a_name(left, right)
    brand = not any(t.lower in ORG_HEADS or t.lower in TITLE_MODIFIERS for t in left)
    return brand and _ends_a_name(right) and right[0].lower not in ORG_HEADS


def _ends_a_name(words: list[Token]) -> bool:
    if len(words) >= 2 and _legal_form(words[-1]):
        return True
    return len(words) >= 2 and is_head(words[-1], True, len(words))


def _starts_a_name(left: list[Token], right: list[Token]) -> bool:
    plain_left = not any(t.text in ("of", "for") for t in left)
    return plain_left and right[0].lower not in ORG_HEADS


def airline_in_run(run: list[Token]) -> list[Token] | None:
    """ "Air Samarkand", "Air France": the word Air before a name."""
    for index, token in enumerate(run[:-1]):
        if token.text == "Air" and run[index + 1].capitalised:
            return run[index : index + 2]
    return None


# Words that name a company's division after the company: "Airbus Defence and Space".
DIVISION_WORDS = word_set("""space electronics aircraft helicopters commercial motor mobility
    chemicals semiconductors renewables upstream downstream trading exploration production
    networks systems solutions digital cloud research""")


def division_of_known(run: list[Token], known: set[str]) -> list[Token] | None:
    """ "Airbus Defence and Space", "Siemens Energy": a household company's name followed by
    the words of one of its divisions ("and" may join them) is one name, the division's."""
    run = trim_leading(run)
    located = [i for i, t in enumerate(run) if t.text in LOCATION_PREPOSITIONS]
    run = run[: located[0]] if located else run  # "… and Space in Toulouse"
    if len(run) < 2 or run[0].bare not in known or run[-1].text in ORG_CONNECTORS:
        return None
    division = [t for t in run[1:] if t.text not in ORG_CONNECTORS]
    words = TITLE_MODIFIERS | ORG_HEADS | DIVISION_WORDS
    if any(t.lower not in words or t.lower in TITLE_HEADS for t in division):
        return None
    return run


def legal_form_names(run: list[Token]) -> list[list[Token]]:
    """Names marked by a legal form, which is left out: "Acme JSC and Beta LLC", "JSC Acme"."""
    names, current, marked = [], [], False
    for token in run:
        if _legal_form(token):
            marked = True
            if current:
                names.append(current)
                current = []
            continue
        if token.text in ORG_CONNECTORS and not current:
            continue
        current.append(token)
    if current and marked and _legal_form(run[0]):
        names.append(current)
    names = [_trim_trailing(trim_leading(name)) for name in names]
    names = [body_behind_governing_body(name) or name for name in names]
    return [name for name in names if name] if marked else []


def _trim_trailing(words: list[Token]) -> list[Token]:
    """ "OJSC Azerenerji and PLC Kcell": the "and" before the next legal form is no part."""
    while words and words[-1].text in ORG_CONNECTORS:
        words = words[:-1]
    return words


def _legal_form(token: Token) -> bool:
    bare = token.bare.rstrip(".")
    dotted = "." in bare and bare[0].isupper()  # "S.p.A", "N.V"
    return (
        (bare.isupper() or dotted) and bare.replace(".", "").lower() in LEGAL_FORMS
    ) or bare in (
        "Inc",
        "Ltd",
        "Limited",
        "Corp",
        "GmbH",
    )
