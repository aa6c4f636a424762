"""Organisations in English wire copy, found by the shape of their names: a capitalised run headed
by an organisation word ("Civil Aviation Committee of Kazakhstan", "Azerbaijan Airlines"), an
airline's "Air X", a legal form (JSC, LLC, Inc — stripped), a CamelCase brand ("SkyNomad"),
an abbreviation in capitals, or a name from a short list of household names. An abbreviation
given in brackets after a full name is folded into it; one given after a thing ("the X (ABC)
pipeline") is not an organisation at all."""

import re
from dataclasses import dataclass, field

from .english_gazetteer import is_known_place
from .english_lexicon import (
    LEGAL_FORMS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    THING_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEAK_ORG_HEADS,
    word_set,
)
from .english_org_abbreviations import (
    fullest_names,
    initials,
    named_body,
    names_a_thing_in_apposition,
    national_units,
)
from .english_org_context import context_organisations, parent_organisations, with_under_tail
from .english_org_cues import cued_organisations, strip_legal_suffix
from .english_org_lists import listed_organisations
from .english_org_names import (
    airline_in_run,
    division_of_known,
    legal_form_names,
    org_in_run,
    split_between_orgs,
)
from .english_people import SURNAME_SHAPES, name_tail
from .english_text import ORG_CONNECTORS, Token, capitalised_runs, tokens

CAMEL_CASE = re.compile(r"^(?!Mc|Mac)[A-Z][a-z]+(?:[A-Z][a-z]*)+$|^[A-Z]{2,}[a-z]{2,}[A-Za-z]*$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,6}$")
DEFINED_ABBREVIATION = re.compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&]{1,9})\)")
ORG_TYPE_NOUNS = (
    "company|firm|operator|carrier|airline|lender|bank|group|agency|start-up|startup|"
    "broadcaster|holding|insurer|miner|producer|manufacturer|maker|developer|retailer|"
    "distributor|provider|think tank|consultancy|watchdog|regulator|giant|conglomerate|"
    "news agency|outlet|newspaper|channel|club|exchange|platform|shipyard|automaker|carmaker|"
    "interview with|broadcaster|television channel|website|portal|subsidiary|affiliate|"
    "unit|division|brand|low-cost carrier|budget carrier"
)
ORG_TYPE_CUE = re.compile(rf"\b(?:{ORG_TYPE_NOUNS})\s+(?=[A-Z])")
MAX_CUED_ORG_WORDS = 4
NAME_BEFORE_KIND = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z]\w*(?:-[A-Z]\w*)*)\s+(?:[a-z-]+\s+){0,2}?(?:service|agency|company|fund|"
    r"operator|carrier|group|holding|bank|airline|lender|producer|exchange|regulator|watchdog|"
    r"broadcaster|channel|newspaper|consultancy|think tank|portal)\b"
)

LEGAL_FORM_WORDS = r"(?:JSC|OJSC|CJSC|PJSC|LLC|LLP|Ltd|JV|Inc|PLC|AG|GmbH)"
QUOTED_LEGAL_NAME = re.compile(
    rf"\b{LEGAL_FORM_WORDS}\s+[\"“«](?P<name>[^\"”»]{{2,60}})[\"”»]"
    rf"|[\"“«](?P<name2>[^\"”»]{{2,60}})[\"”»]\s+{LEGAL_FORM_WORDS}\b"
)
# A club competition is an event, not a body: "UEFA Conference League", "AFC Champions League".
COMPETITION = re.compile(r"\b(?:Champions|Conference|Europa|Nations|Challenge)\s+(?:League|Cup)$")
DOTTED_BRAND = re.compile(r"\b[A-Z][a-z]+\.(?:kz|az|uz|kg|tj|ge|am|ru|com|io|net)\b")
KNOWN_ORGANISATIONS = word_set("""BP Shell Chevron ExxonMobil TotalEnergies Eni Equinor Gazprom Rosneft Lukoil Novatek
    Transneft Rosatom Kazatomprom Samruk-Kazyna Uzbekneftegaz Turkmengaz
    Petronas Aramco Sinopec CNPC PetroChina Boeing Airbus Embraer Bombardier Lufthansa
    Aeroflot Emirates Etihad Wizz Ryanair Microsoft Google Apple Amazon Meta Tesla Toyota
    Hyundai Samsung Huawei Siemens Alstom Nvidia Intel Visa Mastercard Reuters Bloomberg
    Interfax TASS Xinhua Kazinform Trend APA AzerTac Azertag Kabar Anadolu NATO OPEC UN UNESCO
    UNICEF UNDP WHO WTO IMF IAEA OSCE EBRD ADB AIIB CIS SCO CSTO EAEU ECO ASEAN BRICS OECD FIFA
    UEFA IOC IJF FIDE Interpol Europol Frontex Masdar Fitch""")
# Household names that are also places or words: known only when spelled in full capitals.
AMBIGUOUS_KNOWN = word_set("Emirates Trend Visa Meta Apple Amazon")


@dataclass
class OrgFindings:
    names: list[str] = field(default_factory=list)
    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    not_orgs: set[str] = field(default_factory=set)  # abbreviations of things, not bodies
    parents: set[str] = field(default_factory=set)  # owners, kept beside a fuller child name
    abbreviations: dict[str, str] = field(
        default_factory=dict
    )  # "IsDB" -> "Islamic Development Bank"

    def add(self, paragraph: int, start: int, end: int, name: str) -> None:
        name = strip_legal_suffix(name)
        self.spans.setdefault(paragraph, []).append((start, end))
        if name not in self.names:
            self.names.append(name)


def _text_of(text: str, words: list[Token]) -> str:
    name = text[words[0].start : words[-1].end]
    return re.sub(r"['’]s?$", "", name)


def find_organisations(paragraphs: list[tuple[int, str]]) -> OrgFindings:
    found = OrgFindings()
    for number, text in paragraphs:
        for run in capitalised_runs(text, connectors=ORG_CONNECTORS):
            parts = split_between_orgs(run)
            # beside a title the run speaks of people ("Minister of Energy and Natural
            # Resources Elif Arslan"): a bare name there is no brand
            brands = len(parts) > 1 and not any(_has_title_word(p) for p in parts)
            for part in parts:
                if brands and _brand_beside_a_body(part):
                    found.add(number, part[0].start, part[-1].end, _text_of(text, part))
                    _note_abbreviation(found, text, part[-1].end, _text_of(text, part))
                else:
                    _org_from_run(found, number, text, part)
        _orgs_after_type_nouns(found, number, text)
        _orgs_before_type_nouns(found, number, text)
        _orgs_by_legal_form_in_quotes(found, number, text)
        cued = cued_organisations(text, KNOWN_ORGANISATIONS) + context_organisations(text)
        cued += listed_organisations(text)
        for start, end, name in cued:
            found.add(number, start, end, name)
        for start, end, name in parent_organisations(text):
            found.add(number, start, end, name)
            found.parents.add(strip_legal_suffix(name))
    for number, text in paragraphs:
        _single_word_orgs(found, number, text)
    for number, text in paragraphs:
        national_units(found, number, text)
    fullest = fullest_names(found.names, found.abbreviations)
    fullest += [n for n in found.names if n in found.parents and n not in fullest]
    found.names = [n for n in fullest if not COMPETITION.search(n)]
    _mark_every_mention(found, paragraphs)
    return found


def _mark_every_mention(found: OrgFindings, paragraphs: list[tuple[int, str]]) -> None:
    """A name known as a body in one paragraph is no person's or place's name in another; nor is
    its abbreviation ("ITU's vice-rector" is no town of Itu)."""
    abbreviations = [short for short, full in found.abbreviations.items() if full in found.names]
    for number, text in paragraphs:
        for name in found.names + abbreviations:
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                found.spans.setdefault(number, []).append((match.start(), match.end()))


def _org_from_run(found: OrgFindings, number: int, text: str, run: list[Token]) -> None:
    marked = legal_form_names(run)
    for words in marked[:-1]:
        found.add(number, words[0].start, words[-1].end, _text_of(text, words))
    words = marked[-1] if marked else org_in_run(run) or airline_in_run(run)
    words = words or division_of_known(run, KNOWN_ORGANISATIONS - AMBIGUOUS_KNOWN)
    if words and _names_a_thing(text, words):
        found.not_orgs.add(_text_of(text, words))
        words = None
    if words:
        start = _after_place_prefix(words)
        name = _text_of(text, words)[start - words[0].start :]
        end = with_under_tail(text, start, words[-1].end)
        if end > words[-1].end:
            name = text[start:end]
        found.add(number, start, end, name)
        _note_abbreviation(found, text, words[-1].end, name)
    elif national_name := _national_name_with_abbreviation(text, run := _without_article(run)):
        found.add(number, run[0].start, run[-1].end, national_name)
        _note_abbreviation(found, text, run[-1].end, national_name)
    else:
        _note_thing_abbreviation(found, text, run)


def _without_article(run: list[Token]) -> list[Token]:
    """The run without its article, and ending at a programme's word ("UN Environment Programme
    on Monday")."""
    run = run[1:] if len(run) > 1 and run[0].text in ("The", "A", "An") else run
    ends = [i for i, t in enumerate(run) if t.lower in ("programme", "program")]
    return run[: ends[-1] + 1] if ends else run


def _national_name_with_abbreviation(text: str, run: list[Token]) -> str | None:
    """ "Kazakhstan Temir Zholy (KTZ)", "Uzbekiston Temir Yollari (UTY)": a name with no English
    head word, but a country's name in it and its initials given in brackets, is a body's; so is
    any name its own initials follow, or a UN programme (`named_body`)."""
    match = DEFINED_ABBREVIATION.match(text, run[-1].end)
    abbreviation = match["abbr"] if match else None
    if len(run) < 2 or abbreviation in NON_ORG_ACRONYMS:
        return None
    name = _text_of(text, run)
    national = any(is_known_place(t.bare) or t.bare in NATIONALITY_ADJECTIVES for t in run[:-1])
    last = run[-1].bare
    if not match or not national or last in NON_NAME_WORDS or last.lower() in THING_NOUNS:
        return name if named_body(name, abbreviation) else None
    return name if initials(name) == abbreviation else None


def _after_place_prefix(words: list[Token]) -> int:
    """Where the name starts once a joined place is cut off: "Central Asia-European Union"
    (a summit's name) holds the European Union; "Baku-based" is cut off whole."""
    start = words[0].start
    for index, token in enumerate(words[:-1]):
        left, dash, right = token.text.partition("-")
        if dash and right[:1].islower():  # "the Baku-based Center for …": no part of the name
            start = words[index + 1].start
        elif dash and is_known_place(left):
            start = token.start + len(left) + 1
    return start


def _names_a_thing(text: str, words: list[Token]) -> bool:
    """ "the Black Sea Energy project": a weak head before a thing's noun names the thing."""
    following = tokens(text[words[-1].end : words[-1].end + 30])[:1]
    weak = words[-1].lower in WEAK_ORG_HEADS
    return weak and bool(following) and following[0].lower in THING_NOUNS


def _orgs_after_type_nouns(found: OrgFindings, number: int, text: str) -> None:
    """ "grid operator Transelectrica", "the think tank Polis Asia": a kind of body, then its name."""
    for match in ORG_TYPE_CUE.finditer(text):
        runs = capitalised_runs(text[match.end() :], connectors=ORG_CONNECTORS)
        if not runs or runs[0][0].start != 0:
            continue
        words = runs[0][:MAX_CUED_ORG_WORDS]
        if any(t.text == "and" for t in words):  # "carrier SCAT Airlines and Uzbekistan Airways"
            words = words[: next(i for i, t in enumerate(words) if t.text == "and")]
        name = _text_of(text[match.end() :], words)
        if not is_known_place(name) and not _looks_like_a_person(words):
            start = match.end() + words[0].start
            found.add(number, start, start + len(name), name)


def _note_abbreviation(found: OrgFindings, text: str, end: int, name: str) -> None:
    match = DEFINED_ABBREVIATION.match(text, end)
    if match:
        found.abbreviations[match["abbr"]] = strip_legal_suffix(name)


def _note_thing_abbreviation(found: OrgFindings, text: str, run: list[Token]) -> None:
    match = DEFINED_ABBREVIATION.match(text, run[-1].end)
    if match:
        found.not_orgs.add(match["abbr"])


def _orgs_by_legal_form_in_quotes(found: OrgFindings, number: int, text: str) -> None:
    """JSC "Steppe Telecom", "Steppe Telecom" LLC, and brands written as web addresses."""
    for match in QUOTED_LEGAL_NAME.finditer(text):
        group = "name" if match["name"] else "name2"
        found.add(number, match.start(group), match.end(group), match[group].strip())
    for match in DOTTED_BRAND.finditer(text):
        found.add(number, match.start(), match.end(), match.group())


def _orgs_before_type_nouns(found: OrgFindings, number: int, text: str) -> None:
    """ "the Kazhydromet weather service": an unknown name, then the kind of body it is."""
    for match in NAME_BEFORE_KIND.finditer(text):
        name = match["name"]
        token = Token(name, match.start("name"), match.end("name"))
        if _unknown_name(token) and not re.search(r"(ian|ese|ish|ic)$", name):
            found.add(number, token.start, token.end, name)


def _has_title_word(words: list[Token]) -> bool:
    return any(t.capitalised and t.lower in TITLE_HEADS for t in words)


def _brand_beside_a_body(words: list[Token]) -> bool:
    """ "Kaztemir and Caspian Shipping CJSC": a bare name joined to a body is a body too."""
    if not all(_unknown_name(t) for t in words) or _looks_like_a_person(words):
        return False
    return org_in_run(words) is None


def _looks_like_a_person(words: list[Token]) -> bool:
    tail = name_tail(words)
    surname = tail[-1].bare.lower() if tail else ""
    return len(tail) >= 2 and len(surname) >= 5 and bool(SURNAME_SHAPES.search(surname))


def _single_word_orgs(found: OrgFindings, number: int, text: str) -> None:
    words = tokens(text)
    for index, token in enumerate(words):
        name = token.bare
        following = words[index + 1].lower if index + 1 < len(words) else ""
        if _thing_follows(words[index + 1 : index + 3]):  # "the TAPI gas pipeline"
            following = "pipeline"
        employer = token.possessive and _title_follows(words[index + 1 : index + 4])
        if names_a_thing_in_apposition(text, token.start):
            continue
        if employer and _unknown_name(token) or _is_single_word_org(name, following, found):
            found.add(number, token.start, token.start + len(name), name)


def _thing_follows(following: list[Token]) -> bool:
    """A thing noun after one lower-case word: "gas pipeline", "railway project"."""
    lower = [t for t in following if not t.capitalised]
    return len(lower) == 2 == len(following) and lower[1].lower in THING_NOUNS


def _title_follows(following: list[Token]) -> bool:
    """ "Orano's senior vice president": a name whose possessive holds a job is an employer."""
    for token in following:
        if token.lower in TITLE_HEADS:
            return True
        if token.capitalised or token.lower not in TITLE_MODIFIERS:
            return False
    return False


def _unknown_name(token: Token) -> bool:
    word = token.bare
    return (
        token.capitalised
        and word not in NON_NAME_WORDS
        and word not in NATIONALITY_ADJECTIVES
        and not is_known_place(word)
    )


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
