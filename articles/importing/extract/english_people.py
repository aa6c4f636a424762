"""People named in English wire copy: a full name is a run of capitalised name-shaped words left
once titles, places and organisation words are taken off its front; later a surname alone refers
back to it. Every mention keeps its offsets so that quotes can find their speakers."""

import re
from dataclasses import dataclass, field

from ..results import PersonFound
from .english_antecedents import subject_of_same_sentence, subjects_first
from .english_gazetteer import city_names, fold, is_known_place
from .english_genders import first_name_gender, guess_gender, role_gender, sure_shape
from .english_lexicon import (
    HONORIFICS,
    MONTHS,
    NATIONALITY_ADJECTIVES,
    NON_NAME_WORDS,
    ORG_HEADS,
    PLACE_CUE_NOUNS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
)
from .english_name_evidence import (
    compound_adjective,
    family_name,
    family_name_before,
    given_name,
    namesake_before,
    same_person,
    short_forms,
    speaking_words,
    spelling_key,
)
from .english_roles import (
    appositive_after,
    appositive_before,
    in_title_complement,
    title_before,
)
from .english_text import NAME_PARTICLES, Token, capitalised_runs, tokens

# "the Tavan Tolgoi coal field", "the Kara Bogaz lagoon": a name a place noun follows.
PLACE_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(PLACE_CUE_NOUNS) + r")s?\b")
# "the National Payment Card System (NSPK)": a name given initials is a body's or a thing's.
ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z]*[A-Z]\)")
SURNAME_SHAPES = re.compile(
    r"(ov|ova|ev|eva|yev|yeva|in|ina|enko|uk|yan|ian|dze|shvili|li|zade|ly|bek|uly|kyzy|sky|ski|vic|ic)$"
)


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    name: str  # the PersonFound.name it refers to


@dataclass
class PeopleIndex:
    people: dict[str, PersonFound] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    quoted: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # inside quotes
    unnamed_titles: set[str] = field(default_factory=set)  # "an official" said
    genders: dict[str, str] = field(default_factory=dict)  # shown by an earlier he/she
    texts: dict[int, str] = field(default_factory=dict)  # paragraph texts, by number

    def mentions_in(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m.paragraph == paragraph and start <= m.start and m.end <= end
        ]

    def last_before(self, paragraph: int, offset: int, gender: str | None = None):
        """The person mentioned last before a point. For "he" or "she": the last one whose
        gender fits. A gender the story has shown (an earlier he/she, a first name or a role
        like "chairwoman") is sure and wins; one guessed from a surname's shape wins over a
        person of unknown gender when named closer to the pronoun, or else only within the same
        paragraph ("Ms A met Mr B. She said")."""
        in_order = list(reversed(self.outside_quotes_before(paragraph, offset)))
        earlier = subjects_first(self, in_order)
        if gender is None:
            return earlier[0].name if earlier else None
        if earlier and earlier[0] is not in_order[0]:  # a subject of unknown gender fits too
            found, _ = self.gender_of(earlier[0].name)
            if found in (None, gender):
                return self.learn(earlier[0].name, gender)
        chosen = self.by_gender(earlier, gender)
        return subject_of_same_sentence(self, earlier, chosen, gender) or chosen

    def by_gender(self, earlier: list[Mention], gender: str) -> str | None:
        unsure = guessed = None
        for mention in earlier:
            found, sure = self.gender_of(mention.name)
            if found == gender and sure:
                return self.learn(mention.name, gender)
            if found == gender and guessed is None:
                guessed, nearer = mention, unsure is None
            if found is None and unsure is None:
                unsure = mention
        if guessed and (
            nearer  # named closer to the pronoun than anyone of unknown gender
            or unsure.paragraph == guessed.paragraph
            or sure_shape(guessed.name, gender)
        ):
            return guessed.name
        return self.learn(unsure.name, gender) if unsure else None

    def gender_of(self, name: str) -> tuple[str | None, bool]:
        """(gender, sure): sure when shown by the story, guessed from the surname otherwise."""
        person = self.people.get(name)
        shown = self.genders.get(name) or first_name_gender(name)
        guessed = guess_gender(name)
        by_role = role_gender(person.role if person else None)
        # an official title ("Deputy Chairman") is gendered in form only: a surname says more
        shown = shown or (by_role if guessed in (None, by_role) else None)
        return (shown, True) if shown else (guessed, False)

    def learn(self, name: str, gender: str) -> str:
        self.genders.setdefault(name, gender)
        return name

    def outside_quotes_before(self, paragraph: int, offset: int) -> list[Mention]:
        """Mentions before a point in reading order, leaving out names said inside quotes."""
        return [
            m
            for m in self.mentions
            if (m.paragraph, m.start) < (paragraph, offset)
            and not any(s <= m.start < e for s, e in self.quoted.get(m.paragraph, []))
        ]


def _country_or_region(word: str) -> bool:
    return is_known_place(word) and fold(word) not in city_names()


def name_shaped(token: Token) -> bool:
    word = token.bare
    return (
        word[:1].isupper()
        and any(ch.islower() for ch in word)
        and not any(ch.isdigit() for ch in word)
        and word not in NON_NAME_WORDS
        and word not in MONTHS
        and word not in WEEKDAYS
        and word not in NATIONALITY_ADJECTIVES
        and token.lower not in TITLE_HEADS
        and token.lower not in TITLE_MODIFIERS
        and token.lower not in HONORIFICS
        and token.lower not in ORG_HEADS
        and token.lower not in SPEECH_VERBS
        and not _country_or_region(word)
        and not compound_adjective(word)
    )


def name_tail(run: list[Token]) -> list[Token]:
    """The trailing name-shaped words of a capitalised run (particles allowed inside)."""
    tail: list[Token] = []
    for token in reversed(run):
        if (
            token.text in NAME_PARTICLES
            and tail
            or token.capitalised
            and name_shaped(token)
            and (not tail or not token.possessive)
            or family_name_before(token, tail)
        ):
            tail.append(token)
        else:
            break
    while tail and tail[-1].text in NAME_PARTICLES:
        tail.pop()
    return list(reversed(tail))


def _after_title(text: str, start: int) -> bool:
    before = tokens(text[:start])[-1:]
    return bool(before) and (before[0].lower in TITLE_HEADS or before[0].lower in HONORIFICS)


def full_names_in(
    text: str, blocked: list[tuple[int, int]], speaking: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """(start, end, name) of every person-like name of two words or more in a paragraph; a
    surname that speaks alone elsewhere in the story (`speaking`) vouches for its full name."""
    found = []
    for run in capitalised_runs(text):
        tail = name_tail(run)
        words = [t for t in tail if t.text not in NAME_PARTICLES]
        core = [t for t in words if t.lower not in NAME_PARTICLES]  # "Mariam Al Hashemi": two
        if len(core) >= 3 and _opens_sentence(text, tail[0].start):
            tail, words = tail[1:], words[1:]  # "Compatriot Ivan Petrov": a capitalised word
        if in_title_complement(text, run[0].start):
            unsure = len(words) == 2 and not name_like(words)
            if unsure and words[-1].bare not in speaking and not vouched_in_run(run, tail):
                continue  # "Director of Circuit Safety", not "the lawyer of Ivan Petrov"
            # "Minister of Water Resources Dilorom Khamidova", "… of IRENA Francesco La Camera"
            named = [t for t in tail if t.lower not in NAME_PARTICLES]
            if len(named) > 2:
                tail, words = tail[tail.index(named[-2]) :], named[-2:]
        if not 2 <= len(words) <= 4:
            continue
        start, end = tail[0].start, tail[-1].end
        if any(s <= start < e or s < end <= e for s, e in blocked):
            continue
        if PLACE_NOUN_AFTER.match(text, end) or ACRONYM_AFTER.match(text, end):
            continue
        place_shaped = is_known_place(words[-1].bare) or is_known_place(_plain(words))
        if place_shaped and not _after_title(text, start) and not vouched_in_run(run, tail):
            continue  # "New York", and clubs such as "Dinamo Tbilisi"; not "Minister Daler Juma"
        name = " ".join(t.bare if t is tail[-1] else t.text for t in tail)
        found.append((start, start + len(name), name))
    return found


def vouched_in_run(run: list[Token], tail: list[Token]) -> bool:
    """The word before a name in its run is a title, a body's head word or an acronym: "…
    Minister Serkan Aydogdu", "… Oil Company Rovshan Najaf", "… of SOCAR Rovshan Najaf"."""
    before = run[: run.index(tail[0])][-1:]
    if not before:
        return False
    word = before[0]
    heads = (TITLE_HEADS, HONORIFICS, ORG_HEADS)
    return any(word.lower in head for head in heads) or word.bare.isupper()


def name_like(words: list[Token]) -> bool:
    return bool(first_name_gender(words[0].bare) or SURNAME_SHAPES.search(words[-1].bare))


def _plain(words: list[Token]) -> str:
    return " ".join(t.bare for t in words)


def _opens_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1] in '.!?"“”:'


def single_titled_names(text: str, blocked) -> list[tuple[int, int, str]]:
    """ "President Tokayev", "Mr Petrov": a lone surname that a title vouches for."""
    found = []
    for run in capitalised_runs(text):
        tail = name_tail(run)
        if len(tail) != 1 or not _after_title(text, tail[0].start):
            continue
        start = tail[0].start
        if not any(s <= start < e for s, e in blocked):
            found.append((start, start + len(tail[0].bare), tail[0].bare))
    return found


def role_at(text: str, start: int, end: int) -> str | None:
    return (
        title_before(text, start) or appositive_after(text, end) or appositive_before(text, start)
    )


def find_people(paragraphs: list[tuple[int, str]], blocked: dict[int, list]) -> PeopleIndex:
    """Every person in the text, with a role from the first mention that gives one."""
    index = PeopleIndex(texts=dict(paragraphs))
    blocked = _unblock_surnames(paragraphs, blocked)
    speaking = speaking_words(paragraphs)
    for number, text in paragraphs:
        spans = blocked.get(number, [])
        named = full_names_in(text, spans, speaking) + single_titled_names(text, spans)
        for start, end, name in named:
            key = _register(index, name)
            index.mentions.append(Mention(number, start, end, key))
            person = index.people[key]
            if person.role is None:
                person.role = role_at(text, start, end)
    _add_surname_mentions(index, paragraphs, blocked, speaking)
    return index


def _unblock_surnames(paragraphs, blocked: dict[int, list]) -> dict[int, list]:
    """An organisation span that is only the surname of a full name ("President Salome X", the
    organisation guessed from "Mrs X's spokeswoman") is the person's: drop it wherever it stands."""
    surnames = set()
    for number, text in paragraphs:
        for start, end, name in full_names_in(text, []):
            surname = family_name(name)
            surname_start = start + name.rindex(surname)
            inside = [(s, e) for s, e in blocked.get(number, []) if s < end and e > start]
            if inside and all(surname_start <= s and e <= end for s, e in inside):
                surnames.add(surname)
    texts = dict(paragraphs)
    return {
        number: [(s, e) for s, e in spans if texts.get(number, "")[s:e] not in surnames]
        for number, spans in blocked.items()
    }


def _register(index: PeopleIndex, name: str) -> str:
    for key, person in list(index.people.items()):
        if same_person(key, name):
            if len(name.split()) > len(key.split()):
                del index.people[key]
                person.aliases.append(key)
                person.name = name
                index.people[name] = person
                index.mentions[:] = [
                    Mention(m.paragraph, m.start, m.end, name) if m.name == key else m
                    for m in index.mentions
                ]
                return name
            if name != key and name not in person.aliases:
                person.aliases.append(name)
            return key
    index.people[name] = PersonFound(name=name, confidence=0.8)
    return name


def _add_surname_mentions(index: PeopleIndex, paragraphs, blocked, speaking=frozenset()) -> None:
    full = sorted(index.mentions, key=lambda m: (m.paragraph, m.start))
    surnames: dict[str, list[Mention]] = {}
    for mention in full:
        for form in short_forms(mention.name):  # by spelling: "Aliev" for "Ilham Aliyev"
            surnames.setdefault(spelling_key(form), []).append(mention)
    surnames.update(_speaking_given_names(full, speaking, surnames))
    covered = {(m.paragraph, s) for m in index.mentions for s in range(m.start, m.end)}
    for number, text in paragraphs:
        spans = blocked.get(number, [])
        for token in tokens(text):
            same = surnames.get(spelling_key(token.bare)) if token.capitalised else None
            key = namesake_before(same, number, token.start)
            free = (number, token.start) not in covered
            if key and free and not any(s <= token.start < e for s, e in spans):
                index.mentions.append(Mention(number, token.start, token.end, key))
                _note_alias(index.people[key], token.bare)
    index.mentions.sort(key=lambda m: (m.paragraph, m.start))
    for person in index.people.values():
        person.confidence = person_confidence(person, index.mentions)


def _speaking_given_names(full: list[Mention], speaking, surnames) -> dict[str, list[Mention]]:
    """ "Anwar said" for "Anwar Hamid" (Malay and Arabic copy names people by the given name):
    a given name that speaks alone, of one person only, that is nobody's family name."""
    given: dict[str, list[Mention]] = {}
    for mention in full:
        word = given_name(mention.name)
        if word in speaking and spelling_key(word) not in surnames:
            given.setdefault(spelling_key(word), []).append(mention)
    return {key: found for key, found in given.items() if len({m.name for m in found}) == 1}


def _note_alias(person: PersonFound, form: str) -> None:
    if form != person.name and form not in person.aliases:
        person.aliases.append(form)


def person_confidence(person: PersonFound, mentions: list[Mention]) -> float:
    """More mentions, a surname of a usual shape and a title each make a name surer."""
    mentioned = sum(1 for m in mentions if m.name == person.name)
    shaped = bool(SURNAME_SHAPES.search(person.name.split()[-1].lower()))
    score = 0.6 + 0.1 * min(mentioned, 2) + 0.1 * shaped + 0.1 * bool(person.role)
    return round(min(0.95, score), 2)
