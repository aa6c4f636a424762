"""Organisations in English wire copy, found by the shape of their names: a capitalised run headed
by an organisation word ("Civil Aviation Committee of Kazakhstan", "Azerbaijan Airlines"), an
airline's "Air X", a legal form (JSC, LLC, Inc — stripped), a CamelCase brand ("FlyArystan"),
an abbreviation in capitals, or a name from a short list of household names. An abbreviation
given in brackets after a full name is folded into it; one given after a thing ("the X (ABC)
pipeline") is not an organisation at all."""

import re
from dataclasses import dataclass, field

from .english_gazetteer import is_known_place
from .english_lexicon import (
    LEGAL_FORMS,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    THING_NOUNS,
    TITLE_HEADS,
    WEAK_ORG_HEADS,
    word_set,
)
from .english_text import ORG_CONNECTORS, Token, capitalised_runs, tokens

CAMEL_CASE = re.compile(r"^(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z]*)+$|^[A-Z]{2,}[a-z]{2,}[A-Za-z]*$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
DEFINED_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")
LEADING_NOISE = word_set("The A An According In On At For From By With To Of And")

KNOWN_ORGANISATIONS = word_set("""BP Shell Chevron ExxonMobil TotalEnergies Eni Equinor Gazprom Rosneft Lukoil Novatek
    Transneft Rosatom Kazatomprom KazMunayGas SOCAR Samruk-Kazyna Uzbekneftegaz Turkmengaz
    Petronas Aramco Sinopec CNPC PetroChina Boeing Airbus Embraer Bombardier Lufthansa
    Aeroflot Emirates Etihad Wizz Ryanair Microsoft Google Apple Amazon Meta Tesla Toyota
    Hyundai Samsung Huawei Siemens Alstom Nvidia Intel Visa Mastercard Reuters Bloomberg
    Interfax TASS Xinhua Kazinform Trend APA AzerTac Azertag Kabar Anadolu NATO OPEC UN UNESCO
    UNICEF UNDP WHO WTO IMF IAEA OSCE EBRD ADB AIIB CIS SCO CSTO EAEU ECO ASEAN BRICS OECD FIFA
    UEFA IOC IJF FIDE Interpol Europol Frontex""")
# Household names that are also places or words: known only when spelled in full capitals.
AMBIGUOUS_KNOWN = word_set("Emirates Trend Visa Meta Apple Amazon")


@dataclass
class OrgFindings:
    names: list[str] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    not_orgs: set[str] = field(default_factory=set)  # abbreviations of things, not bodies
    abbreviations: dict[str, str] = field(default_factory=dict)  # "AZAL" -> "Azerbaijan Airlines"

    def add(self, paragraph: int, start: int, end: int, name: str) -> None:
        self.spans.setdefault(paragraph, []).append((start, end))
        if name not in self.names:
            self.names.append(name)


def _is_head(token: Token, at_end: bool, run_length: int) -> bool:
    lower = token.lower
    if lower not in ORG_HEADS:
        return False
    return lower not in WEAK_ORG_HEADS or (at_end and run_length >= 2)


def _trim_leading(run: list[Token]) -> list[Token]:
    while run and (run[0].bare in LEADING_NOISE or run[0].text in ORG_CONNECTORS):
        run = run[1:]
    while run and run[0].lower in TITLE_HEADS:
        run = run[1:]
    return run


def _of_tail_end(run: list[Token], after_head: int) -> int:
    """Where the "of Kazakhstan" after a head ends: before a person's name begins."""
    end = after_head
    for index in range(after_head, len(run)):
        token = run[index]
        if (
            token.text in ORG_CONNECTORS
            or is_known_place(token.bare)
            or token.bare in NON_NAME_WORDS
        ) or (
            token.lower in ORG_HEADS
            or token.capitalised
            and index + 1 < len(run)
            and run[index + 1].text in ORG_CONNECTORS
        ):
            end = index
        else:
            break
    while end > after_head and run[end].text in ORG_CONNECTORS:
        end -= 1
    return end


def org_in_run(run: list[Token]) -> list[Token] | None:
    """The organisation name a capitalised run holds, if its words make one."""
    run = _trim_leading(run)
    heads = [i for i, t in enumerate(run) if _is_head(t, i == len(run) - 1, len(run))]
    if not heads:
        return None
    head = heads[-1]
    if head == len(run) - 1 or run[head].possessive:
        chosen = run[: head + 1]
    elif run[head + 1].text in ("of", "for") and run[head].lower not in WEAK_ORG_HEADS:
        chosen = run[: _of_tail_end(run, head + 1) + 1]
    else:
        chosen = run[: head + 1]
    if len(chosen) == 1 and chosen[0].lower in ORG_HEADS:
        return None
    if chosen[0].lower == "air" and len(chosen) == 1:
        return None
    return chosen


def airline_in_run(run: list[Token]) -> list[Token] | None:
    """ "Air Astana", "Air France": the word Air before a name."""
    for index, token in enumerate(run[:-1]):
        if token.text == "Air" and run[index + 1].capitalised:
            return run[index : index + 2]
    return None


def legal_form_name(run: list[Token]) -> list[Token] | None:
    forms = [
        i
        for i, t in enumerate(run)
        if t.bare.upper().rstrip(".") in {f.upper() for f in LEGAL_FORMS}
        and t.bare.isupper()
        or t.bare in ("Inc", "Ltd", "Corp", "GmbH")
    ]
    if not forms or len(run) < 2:
        return None
    index = forms[0]
    return _trim_leading(run[:index]) if index > 0 else run[1:]


def _text_of(text: str, words: list[Token]) -> str:
    name = text[words[0].start : words[-1].end]
    return re.sub(r"['’]s?$", "", name)


def find_organisations(paragraphs: list[tuple[int, str]]) -> OrgFindings:
    found = OrgFindings()
    for number, text in paragraphs:
        for run in capitalised_runs(text, connectors=ORG_CONNECTORS):
            words = legal_form_name(run) or org_in_run(run) or airline_in_run(run)
            if words:
                found.add(number, words[0].start, words[-1].end, _text_of(text, words))
                _note_abbreviation(found, text, words[-1].end, _text_of(text, words))
            else:
                _note_thing_abbreviation(found, text, run)
    for number, text in paragraphs:
        _single_word_orgs(found, number, text)
    found.names = fullest_names(found.names, found.abbreviations)
    return found


def _note_abbreviation(found: OrgFindings, text: str, end: int, name: str) -> None:
    match = DEFINED_ABBREVIATION.match(text, end)
    if match:
        found.abbreviations[match["abbr"]] = name


def _note_thing_abbreviation(found: OrgFindings, text: str, run: list[Token]) -> None:
    match = DEFINED_ABBREVIATION.match(text, run[-1].end)
    if match:
        found.not_orgs.add(match["abbr"])


def _single_word_orgs(found: OrgFindings, number: int, text: str) -> None:
    words = tokens(text)
    for index, token in enumerate(words):
        name = token.bare
        following = words[index + 1].lower if index + 1 < len(words) else ""
        if _is_single_word_org(name, following, found):
            found.add(number, token.start, token.start + len(name), name)


def _is_single_word_org(name: str, following: str, found: OrgFindings) -> bool:
    if name in found.not_orgs or following in THING_NOUNS:
        return False
    if name in KNOWN_ORGANISATIONS:
        return name not in AMBIGUOUS_KNOWN
    if CAMEL_CASE.match(name):
        return True
    return (
        bool(ACRONYM.match(name))
        and name not in NON_ORG_ACRONYMS
        and name.lower() not in LEGAL_FORMS
        and not is_known_place(name)
    )


def fullest_names(names: list[str], abbreviations: dict[str, str]) -> list[str]:
    """Drop a name that is an abbreviation or a part of a fuller name found too."""
    kept = []
    for name in names:
        if name in abbreviations and abbreviations[name] in names:
            continue
        words = name.lower().split()
        fuller = [
            other for other in names if other != name and _contains(other.lower().split(), words)
        ]
        if not fuller:
            kept.append(name)
    return kept


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return len(longer) > size and any(
        longer[i : i + size] == shorter for i in range(len(longer) - size + 1)
    )
