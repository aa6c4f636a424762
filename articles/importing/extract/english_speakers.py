"""Who a stretch of text names as a speaker: people by name or surname, "he"/"she" for the last
person of that gender, a title ("the minister", "the diplomat") for the last person holding it or
nobody when the story keeps that person unnamed ("an official said"), and a body ("the airline
said") for nobody. A title or body straight before a name ("said the head of the agency, X",
"the airline's chief X said") gives way to the name."""

import re
from dataclasses import dataclass

from .english_lexicon import (
    NATIONALITY_ADJECTIVES,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_set,
)
from .english_people import PeopleIndex
from .english_text import tokens

REFERENCE_PRONOUN = re.compile(r"\b(he|she|He|She)\b")
REFERENCE_TITLE = re.compile(r"\b[Tt]he\s+([\w-]+(?:\s+[a-z-]+){0,2})")
# "the 21-year-old said", "the Georgian added": a person, with no title to match.
GENERIC_PERSON = re.compile(r"^(?:\d+-year-old|[A-Z][a-z]+(?:ian|ese|ish|i|k|an))$")
ANONYMOUS = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b")
LEGISLATORS = (
    "lawmaker",
    "legislator",
    "deputy",
    "mp",
    "member of parliament",
    "senator",
    "parliament",
    "majilis",
    "mazhilis",
    "kenesh",
)
# A title in a later reference and the words of roles it can stand for.
TITLE_SYNONYMS = {
    "diplomat": ("ambassador", "envoy", "consul", "diplomat", "foreign minister"),
    "executive": ("executive", "ceo", "director", "president", "chairman", "head"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "spokeswoman": ("spokesman", "spokeswoman", "spokesperson", "press secretary"),
    "banker": ("bank", "governor", "chairman", "chairwoman"),
    "envoy": ("ambassador", "envoy", "representative"),
    "champion": ("champion",),
    # a later reference by another word for the same office: "lawmaker X" / "the deputy said"
    "lawmaker": LEGISLATORS,
    "legislator": LEGISLATORS,
    "deputy": LEGISLATORS + ("deputy",),
    "mp": LEGISLATORS,
    "parliamentarian": LEGISLATORS,
    "mayor": ("mayor", "akim", "hokim"),
    "akim": ("akim", "mayor", "governor"),
    "hokim": ("hokim", "mayor", "governor"),
    "governor": ("governor", "akim", "hokim"),
    "expert": ("expert", "analyst", "economist", "researcher", "professor", "scientist"),
    "analyst": ("analyst", "economist", "expert", "strategist"),
    "economist": ("economist", "analyst"),
    "scientist": ("scientist", "researcher", "professor", "biologist", "zoologist", "ecologist"),
    "researcher": ("researcher", "scientist", "professor"),
}
ORG_REFERENCE_NOUNS = word_set("""airline carrier company firm ministry agency bank government committee operator group
    organisation organization office service authority authorities embassy council commission
    federation club team union association corporation holding fund regulator statement""")

# Nouns for a person that are no job title: "the teenager said", "the farmer added".
DESCRIPTOR_NOUNS = word_set("""teenager youngster farmer resident student pupil teacher doctor nurse
    worker engineer pilot veteran activist entrepreneur winner mother father villager herder
    shepherd fisherman trader shopkeeper volunteer ranger local""")
NEAR_PARAGRAPHS = 2
REFERENCE_HEADS = TITLE_HEADS | set(TITLE_SYNONYMS) | ORG_REFERENCE_NOUNS | DESCRIPTOR_NOUNS


@dataclass
class Reference:
    position: int
    speaker: str | None
    kind: str = "title"  # "name", "pronoun", or "title" (a title or a body)


def references(segment: str, offset: int, number: int, people: PeopleIndex) -> list[Reference]:
    """Everything in a stretch of text that can name a speaker, in reading order. A title
    ("the minister") stands for the last person of that role, or for nobody when the story
    brought in an unnamed one ("an official said")."""
    found = [
        Reference(m.start, m.name, "name")
        for m in people.mentions_in(number, offset, offset + len(segment))
    ]
    for match in REFERENCE_PRONOUN.finditer(segment):
        gender = "m" if match.group().lower() == "he" else "f"
        position = offset + match.start()
        found.append(Reference(position, people.last_before(number, position, gender), "pronoun"))
    for match in REFERENCE_TITLE.finditer(segment):
        if re.match(r"[\w-]+['’]s\b", match.group(1)):
            continue  # "the airline's chief": the chief is the speaker, not the airline
        head = title_reference_head(match.group(1))
        position = offset + match.start()
        if head == "person":
            found.append(Reference(position, people.last_before(number, position)))
        elif head in TITLE_HEADS or head in TITLE_SYNONYMS or head in DESCRIPTOR_NOUNS:
            words = match.group(1).split()
            qualifiers = [w for w in words if w[:1].isupper()]
            at = words.index(head)
            office = " ".join(words[max(at - 1, 0) : at + 1])
            speaker = _by_title(people, head, number, position, qualifiers, office)
            found.append(Reference(position, speaker))
        elif head in ORG_REFERENCE_NOUNS:
            found.append(Reference(position, None))
    return _names_over_titles(sorted(found, key=lambda r: r.position), segment, offset)


def _names_over_titles(found: list[Reference], segment: str, offset: int) -> list[Reference]:
    """Drop a title or body that a name follows with no speech verb between: "said the head
    of the agency, Kanat Ospanov"."""
    kept = []
    for index, ref in enumerate(found):
        later = next((r for r in found[index + 1 :] if r.kind == "name"), None)
        between = segment[ref.position - offset : later.position - offset] if later else ""
        if ref.kind != "title" or later is None or has_speech_cue(between):
            kept.append(ref)
    return kept


def title_reference_head(words: str) -> str | None:
    """ "the deputy minister said" -> "minister"; "the airline said" -> "airline"."""
    head = None
    first, *rest = words.split()
    titled = any(word in REFERENCE_HEADS for word in rest)  # "the Georgian prime minister"
    generic = first[0].isdigit() or first in NATIONALITY_ADJECTIVES
    if GENERIC_PERSON.match(first) and generic and not titled:
        return "person"
    for word in words.split():
        if word in REFERENCE_HEADS:
            head = word
        elif word not in TITLE_MODIFIERS and not (head is None and word[:1].isupper()):
            break  # a name in front qualifies the title: "the Tobol coach"
    return head


# Offices of their own that share a head word with another: "the minister" is no prime minister.
DISTINCT_OFFICES = ("prime minister", "vice president", "vice-president", "vice premier")


def _by_title(people: PeopleIndex, head: str, number: int, position: int, qualifiers=(), office=""):
    """The last person whose role has the title (and the team or body named with it); "the
    prime minister" the one whose role names that office, "the minister" one whose does not."""
    roles = TITLE_SYNONYMS.get(head, (head,))
    holders = []
    for mention in reversed(people.outside_quotes_before(number, position)):
        role = (people.people[mention.name].role or "").lower()
        if any(word in role for word in roles):
            holders.append((mention.name, role))
    office = office.lower()
    if office in DISTINCT_OFFICES:
        holders = [h for h in holders if office in h[1]] or holders
    else:
        others = [h for h in holders if not any(o in h[1] for o in DISTINCT_OFFICES)]
        holders = others or holders
    qualified = [name for name, role in holders if all(q.lower() in role for q in qualifiers)]
    if qualified or holders:
        return qualified[0] if qualified else holders[0][0]
    if by_body := _by_qualifier(people, number, position, qualifiers):
        return by_body  # "the WHO representative" for the head of the WHO office
    if head in people.unnamed_titles:
        return None
    return _last_without_role(people, number, position)


def _by_qualifier(people: PeopleIndex, number: int, position: int, qualifiers) -> str | None:
    """The one person seen before whose role names the body the title is qualified with."""
    if not qualifiers:
        return None
    names = {
        mention.name
        for mention in people.outside_quotes_before(number, position)
        if all(
            re.search(rf"\b{re.escape(q)}\b", people.people[mention.name].role or "")
            for q in qualifiers
        )
    }
    return names.pop() if len(names) == 1 else None


def _last_without_role(people: PeopleIndex, number: int, position: int) -> str | None:
    """A title or descriptor nobody's role has ("the teenager said") is someone brought in with
    no role, seen lately; nobody rather than the story's titled main speaker."""
    for mention in reversed(people.outside_quotes_before(number, position)):
        if number - mention.paragraph > NEAR_PARAGRAPHS:
            break
        if not people.people[mention.name].role:
            return mention.name
    return None


def unnamed_titles(text: str) -> set[str]:
    """Titles the story gives to someone it does not name: "an official", "a senior diplomat"."""
    return {m.group(1) for m in ANONYMOUS.finditer(text) if m.group(1) in TITLE_HEADS}


# Verbs of reply and opinion the shared list lacks: '"We did," the minister countered'.
REPLY_VERBS = word_set("""countered counters retorted retorts objected objects denied denies
    thinks reiterated reiterates rebutted""")


def has_speech_cue(segment: str) -> bool:
    words = [t.lower for t in tokens(segment)]
    spoken = any(w in SPEECH_VERBS or w in REPLY_VERBS for w in words)
    return spoken or "according to" in segment.lower()
