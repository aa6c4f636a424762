"""People named in a Russian article, one entry per person however they were mentioned.

Natasha tags each mention on its own ("Агалар Атамогланов", "Атамогланова", "Асель Кайратовна");
here mentions are merged by surname, the nominative name is rebuilt from all of them (see names),
and the role is the phrase that introduced the person (see roles). Mentions keep their offsets so
that speakers can later be resolved to the person mentioned nearest before a quote.
"""

from collections import Counter
from dataclasses import dataclass, field

from .document import Article
from .names import (
    feminine_noun,
    first_name_gender_hint,
    first_name_nominative,
    gender_from_case,
    is_patronymic,
    misread_as_oblique,
    oblique_surname,
    only_gender_of_name,
    surname_gender_hint,
    surname_nominative,
    undeclined_pair_gender,
    vote_gender,
)
from .roles import role_after, role_before, role_head_before
from .ru_name_case import mention_case, role_case
from .ru_name_spans import name_tokens, names_a_thing
from .ru_particle_names import is_particle, name_words, with_particle
from .ru_subjects import governed_verb, verb_gender


@dataclass
class Mention:
    start: int
    stop: int
    words: list[str]
    token_ids: range
    subject_gender: str | None = None  # gender of the past-tense verb the mention governs
    case: str | None = None  # the tagger's case of the surname
    is_subject: bool = False  # the name governs a finite verb, whatever its tense
    address_form: bool = False  # first name and patronymic: "Асель Кайратовна"

    @property
    def surname(self) -> str:
        return self.words[-1]


@dataclass
class Person:
    name: str = ""
    gender: str | None = None
    role: str | None = None
    role_head: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def first_offset(self) -> int:
        return self.mentions[0].start


FEMININE_PATRONYMIC = ("овна", "евна", "ична", "инична")


def same_surname(a: str, b: str) -> bool:
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return common >= 4 and len(a) - common <= 3 and len(b) - common <= 3


def collect_mentions(article: Article) -> list[Mention]:
    mentions = []
    for span in article.spans:
        if span.type != "PER":
            continue
        ids = name_tokens(article, article.tokens_between(span.start, span.stop))
        ids = with_particle(article.tokens, ids)  # "Эрмек Токтосун уулу"
        tokens = [article.tokens[i] for i in ids if not is_particle(article.tokens[i].text)]
        if not tokens or any(t.pos == "ADJ" or not t.text[:1].isupper() for t in tokens):
            continue
        if names_a_thing(article, ids):
            continue  # "аэропорт Гейдар Алиев" names an airport
        words = name_words([article.tokens[i].text for i in ids])
        start = tokens[0].start if tokens else span.start
        verb = governed_verb(article, ids)
        mention = Mention(start, span.stop, words, ids, verb_gender(verb), is_subject=bool(verb))
        mention.case = tokens[-1].feats.get("Case")
        mention.address_form = is_address_form(article, mention)
        mentions.append(mention)
    return mentions


def is_address_form(article: Article, mention: Mention) -> bool:
    """ "Асель Кайратовна", "Ерлан Маратович": a first name and patronymic. A word in -ович/-евич
    is a surname ("Ковалевич", "Карпович") when it names a woman, who would bear a patronymic in
    -овна, or when a role introduces the name: no story introduces a person without a surname."""
    if len(mention.words) != 2 or not is_patronymic(mention.surname):
        return False
    if mention.surname.lower().endswith(FEMININE_PATRONYMIC):
        return True
    first = mention.words[0]
    woman = mention.subject_gender == "femn" or (
        first_name_gender_hint(first) == "femn" and only_gender_of_name(first)
    )
    return not woman and role_head_before(article, mention.token_ids) is None


def group_mentions(mentions: list[Mention]) -> list[Person]:
    people: list[Person] = []
    full = [m for m in mentions if len(m.words) > 1 and not m.address_form]
    for mention in full:
        person = find_person(people, mention.surname, mention.words[0])
        if person is None:
            people.append(Person(mentions=[mention]))
        else:
            person.mentions.append(mention)
    for mention in mentions:
        if len(mention.words) == 1:
            person = find_lone_surname(people, mention)
            if person:
                person.mentions.append(mention)
        elif mention.address_form:
            attach_address_form(people, mention)
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    return people


def find_person(people: list[Person], surname: str, first_name: str | None) -> Person | None:
    for person in people:
        for mention in person.mentions:
            if not same_surname(mention.surname, surname):
                continue
            if first_name and len(mention.words) > 1 and mention.words[0][:3] != first_name[:3]:
                continue
            return person
    return None


def find_lone_surname(people: list[Person], mention: Mention) -> Person | None:
    """The person a lone surname names. Relatives and namesakes share a surname ("Нилуфар
    Сабирова", "Ильхом Сабиров"): the one whose gender the surname's form or the verb it governs
    fits, then the one already introduced, then the one named in exactly that form."""
    candidates = [
        p for p in people if any(same_surname(m.surname, mention.surname) for m in p.mentions)
    ]
    gender = (
        mention.subject_gender
        or surname_gender_hint(mention.surname)
        or gender_from_case(mention.surname, mention.case)  # "по словам Сабирова": the man
    )

    def fit(person: Person) -> tuple[int, bool, bool]:
        full = [m for m in person.mentions if len(m.words) > 1]
        genders = {
            m.subject_gender
            or undeclined_pair_gender(m.words[0], m.surname)
            or first_name_gender_hint(m.words[0])
            for m in full
        }
        agrees = (
            0
            if not gender or None in genders or len(genders) != 1
            else (1 if gender in genders else -1)
        )
        # a surname alone refers back: to a namesake already introduced, not one named later
        introduced = any(m.start < mention.start for m in full)
        return agrees, introduced, any(m.surname == mention.surname for m in full)

    return max(candidates, key=fit, default=None)


def attach_address_form(people: list[Person], mention: Mention) -> None:
    """ "Асель Кайратовна": first name and patronymic, the interviewer's way of addressing."""
    for person in people:
        if any(len(m.words) > 1 and m.words[0] == mention.words[0] for m in person.mentions):
            person.aliases.append(" ".join(mention.words))
            return


def feminine_noun_before(article: Article, mention: Mention) -> bool:
    """A feminine noun for a person a few words before the name: a woman is named."""
    start = mention.token_ids.start
    for index in range(start - 1, max(start - 4, 0) - 1, -1):
        token = article.tokens[index]
        if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
            return token.feats.get("Gender") == "Fem" or feminine_noun(token.text)
        if token.pos not in ("PROPN", "NOUN", "ADJ"):
            return False
    return False


def person_gender(article: Article, person: Person) -> str | None:
    votes = Counter()
    for mention in person.mentions:
        if mention.subject_gender and not oblique_surname(mention.surname):
            votes[mention.subject_gender] += 3
        if hint := surname_gender_hint(mention.surname):
            votes[hint] += 2
        # a name that governs a verb is its subject, in the nominative whatever the tagger read
        # in the role before it ("Вице-министр … Ляззат Ергалиева в интервью … рассказала")
        case = "Nom" if mention.subject_gender else mention_case(article, mention.token_ids)
        if hint := gender_from_case(mention.surname, case):
            # the case of a role noun in apposition is sure: "аналитик Бахыт Сарсенова" is a
            # woman whatever her first name suggests, "председателя Маулена Ашимбаева" a man
            votes[hint] += 5 if role_case(article, mention.token_ids) else 2
        if feminine_noun_before(article, mention):  # "представительницу Таиланда …"
            votes["femn"] += 3
        if hint := inverted_verb_gender(article, mention):
            votes[hint] += 3
        if len(mention.words) > 1 and (
            hint := undeclined_pair_gender(mention.words[0], mention.surname)
        ):
            votes[hint] += 5
        if len(mention.words) > 1:
            vote_first_name(votes, mention.words[0], mention_case(article, mention.token_ids))
        for index in mention.token_ids:
            gender = article.tokens[index].feats.get("Gender")
            votes[{"Fem": "femn", "Masc": "masc"}.get(gender, "")] += 0.5
    votes.pop("", None)
    return vote_gender(votes)


def vote_first_name(votes: Counter, word: str, case: str | None) -> None:
    if hint := first_name_gender_hint(word, case):
        sure = only_gender_of_name(word) and not misread_as_oblique(word, case)
        votes[hint] += 3.5 if sure else 1.5


def inverted_verb_gender(article: Article, mention: Mention) -> str | None:
    """Gender of a past-tense verb the name follows as its subject, across the role phrase:
    "— заявила на брифинге министр здравоохранения Феруза Маматкулова"."""
    if mention_case(article, mention.token_ids) != "Nom":
        return None
    start = mention.token_ids.start
    for index in range(start - 1, max(start - 12, 0) - 1, -1):
        token = article.tokens[index]
        if token.text in '.,:;!?«»"()' or token.pos == "SCONJ":
            return None
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense") == "Past":
            return {"Fem": "femn", "Masc": "masc"}.get(token.feats.get("Gender"))
    return None


def surname_case(article: Article, person: Person, mention: Mention) -> str | None:
    """The role's case, else the first name's when the dictionary shows it is not nominative
    ("представительницу Таиланда Нантхиду Пхомму")."""
    case = role_case(article, mention.token_ids)
    if case or len(mention.words) < 2:
        return case
    first = mention.words[0]
    if first_name_nominative(first, person.gender) == first:
        return None
    return article.tokens[mention.token_ids.start].feats.get("Case")


def nominative_name(article: Article, person: Person) -> tuple[str, float]:
    surnames = Counter(
        surname_nominative(m.surname, person.gender, surname_case(article, person, m))
        for m in person.mentions
    )
    surname = min(surnames, key=lambda s: (-surnames[s], len(s)))
    firsts = Counter(
        first_name_nominative(m.words[0], person.gender, role_case(article, m.token_ids))
        for m in person.mentions
        if len(m.words) > 1
    )
    first = min(firsts, key=lambda f: (-firsts[f], len(f))) if firsts else ""
    confidence = 1.0 if person.gender else 0.8
    return f"{first} {surname}".strip(), confidence


def add_missed_surnames(article: Article, people: list[Person]) -> None:
    """Natasha sometimes misses a lone surname ("В финале Ержанова…") of someone it found in full."""
    covered = {i for span in article.spans for i in article.tokens_between(span.start, span.stop)}
    for index, token in enumerate(article.tokens):
        if index in covered or not token.text[:1].isupper() or token.pos not in ("PROPN", "NOUN"):
            continue
        ids = with_particle(article.tokens, range(index, index + 1))  # "Жумабек кызы"
        surname = name_words([article.tokens[i].text for i in ids])[-1]
        person = find_person(people, surname, None)
        if person and any(len(m.words) > 1 for m in person.mentions):
            verb = governed_verb(article, ids)
            stop = article.tokens[ids.stop - 1].stop
            mention = Mention(
                token.start, stop, [surname], ids, verb_gender(verb), None, bool(verb)
            )
            person.mentions.append(mention)
    for person in people:
        person.mentions.sort(key=lambda m: m.start)


def find_people(article: Article) -> list[Person]:
    people = group_mentions(collect_mentions(article))
    add_missed_surnames(article, people)
    for person in people:
        person.gender = person_gender(article, person)
        person.name, person.confidence = nominative_name(article, person)
        person.aliases += sorted(
            {" ".join(m.words) for m in person.mentions} - {person.name} - set(person.aliases)
        )
        assign_role(article, person)
    return people


def assign_role(article: Article, person: Person) -> None:
    for mention in person.mentions:
        found = role_before(article, mention.token_ids) or role_after(article, mention.token_ids)
        if found:
            person.role, person.role_head = found
            return
