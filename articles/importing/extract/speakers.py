"""Who said it: the speaker of each quote, resolved across the whole article.

The attribution clause next to a quote names the speaker in one of three ways: by name (full, or
the surname of someone introduced earlier, in any case: "по словам Лалы Рзаевой"), by a role noun
("— отметил дипломат", "сказала замминистра", "подчеркнула глава ведомства") or by a pronoun
("— добавила она"). Names are looked up among the people found; role nouns are matched against
the roles those people were introduced with; pronouns and role nouns with no matching role go to
the person most recently in subject position whose gender agrees with the verb.
"""

import re
from dataclasses import dataclass, field

from .document import Article
from .interviews import interviewee
from .lexicon_ru import PRONOUN_GENDER, ROLE_NOUNS
from .people import Person
from .quotes import QuoteCandidate
from .roles import role_lemma
from .speaker_descriptors import (
    SPEAKER_REFERENCES,
    by_description,
    named_by_surname,
    role_words,
)

GENDER_OF = {"Masc": "masc", "Fem": "femn"}
NEAR_PARAGRAPHS = 2
ANAPHORIC = {"собеседник", "спикер", "представитель"}  # "представитель МИД" just quoted
BORROWED_PENALTY = 0.8
OBLIQUE_PRONOUN = ("Gen", "Dat", "Ins", "Loc")  # a possessor or an addressee, no speaker
WORD = re.compile(r"\w+")


@dataclass
class Attribution:
    """What the attribution clause says about the speaker."""

    person: Person | None = None
    role_reference: str | None = None
    pronoun: str | None = None
    gender: str | None = None
    plural: bool = False  # "отметили в министерстве": a body or unnamed people speak
    qualifiers: frozenset[str] = frozenset()  # nouns after the role noun: "представитель ВОЗ"


@dataclass
class SpeakerContext:
    """The people of the article and who was last seen speaking or acting, in text order."""

    people: list[Person]
    history: list[tuple[int, Person, bool]] = field(default_factory=list)  # offset, person, subject

    def __post_init__(self):
        for person in self.people:
            for mention in person.mentions:
                self.history.append((mention.start, person, mention.is_subject))
        self.history.sort(key=lambda item: item[0])

    def first_mention_in(self, start: int, stop: int) -> int:
        offsets = [m.start for p in self.people for m in p.mentions if start <= m.start < stop]
        return min(offsets, default=stop)

    def person_at(self, start: int, stop: int) -> Person | None:
        """The person named first within the stretch of text."""
        named = [(m.start, p) for p in self.people for m in p.mentions if start <= m.start < stop]
        return min(named, key=lambda item: item[0])[1] if named else None

    def remember(self, offset: int, person: Person) -> None:
        self.history.append((offset, person, True))
        self.history.sort(key=lambda item: item[0])


def read_attribution(article: Article, context: SpeakerContext, region) -> Attribution:
    start, stop = region
    person = context.person_at(start, stop) or named_by_surname(article, context.people, *region)
    found = Attribution(person=person)
    named_at = context.first_mention_in(start, stop)
    for index in article.tokens_between(start, stop):
        token, lemma = article.tokens[index], article.lemmas[index]
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense") == "Past" and not found.gender:
            found.gender = GENDER_OF.get(token.feats.get("Gender", ""))
            found.plural = found.plural or token.feats.get("Number") == "Plur"
        elif lemma in PRONOUN_GENDER and token.pos == "PRON" and not found.pronoun:
            # "— сказал он, отвечая на вопрос о визите Алиева"; not "его начальника Сапарова"
            if token.start < named_at and token.feats.get("Case") not in OBLIQUE_PRONOUN:
                found.person = None
            found.pronoun = lemma
            found.gender = found.gender or PRONOUN_GENDER[lemma]
        elif not found.role_reference and token.pos in ("NOUN", "ADJ"):
            if token.feats.get("Case") in ("Dat", "Ins", "Loc"):  # "сообщила она журналистам"
                continue
            reference = lemma if lemma in SPEAKER_REFERENCES else role_lemma(article, index)
            reference = reference or descriptor(token, lemma)
            if reference:
                found.role_reference = reference
                found.gender = found.gender or noun_gender(token)
                found.qualifiers = qualifier_words(article, index + 1, stop)
    return found


def qualifier_words(article: Article, first: int, stop: int) -> frozenset[str]:
    words = set()
    for index in range(first, len(article.tokens)):
        token = article.tokens[index]
        if token.start >= stop or token.pos not in ("NOUN", "PROPN", "ADJ"):
            break
        words.add(token.text.lower().replace("ё", "е"))
    return frozenset(words)


def by_qualifier(context: SpeakerContext, found: Attribution, quote) -> Person | None:
    """ "— сказала представитель ВОЗ": the one person whose role names the same body."""
    if not found.qualifiers:
        return None
    fits = [
        p
        for p in context.people
        if introduced_before(context, p, quote.start)
        and agrees(p, found.gender)
        and (found.qualifiers & role_words(p) or found.qualifiers & role_acronyms(p))
    ]
    return fits[0] if len(fits) == 1 else None


def role_acronyms(person: Person) -> set[str]:
    """ "мид" for "министра иностранных дел": initials of runs of the role's words."""
    initials = "".join(word[0] for word in WORD.findall((person.role or "").lower()))
    return {initials[i:j] for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)}


def noun_gender(token) -> str | None:
    """Only a feminine noun tells the gender: "эксперт", "фермер" are said of women too."""
    return "femn" if token.feats.get("Gender") == "Fem" else None


def descriptor(token, lemma: str) -> str | None:
    """A person described rather than named: "— сказал 19-летний атлет", "— говорит фермер"."""
    feats = token.feats
    if token.pos == "NOUN" and feats.get("Animacy") == "Anim" and feats.get("Case") == "Nom":
        return lemma
    return None


def most_recent(context: SpeakerContext, before: int, accept, subjects_only: bool) -> tuple:
    for offset, person, is_subject in reversed(context.history):
        if offset < before and accept(person) and (is_subject or not subjects_only):
            return person, offset
    return None, None


def introduced_before(context: SpeakerContext, person: Person, offset: int) -> bool:
    """A role noun ("— отметил дипломат") refers back: to someone named before the quote."""
    return any(start < offset and who is person for start, who, _ in context.history)


def diplomat_of(reference: str, person: Person) -> bool:
    """ "дипломат" also stands for a foreign ministry's or an embassy's spokesperson."""
    return reference == "дипломат" and bool(role_words(person) & DIPLOMATIC_BODIES)


def agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender in (None, gender)


DIPLOMATIC_BODIES = frozenset(["мид", "посольство", "посольства", "консульство", "консульства"])


def by_role(article: Article, context: SpeakerContext, reference: str, gender, quote):
    heads = SPEAKER_REFERENCES.get(reference, {reference} if reference in ROLE_NOUNS else set())
    with_role = [
        p
        for p in context.people
        if introduced_before(context, p, quote.start)
        and (p.role_head in heads or reference in role_words(p) or diplomat_of(reference, p))
    ]
    fits = [p for p in with_role if agrees(p, gender)]
    if len(fits) == 1:
        return fits[0], 0.9
    if not fits and len(with_role) == 1:  # the name's gender was guessed wrong, the role is sure
        return with_role[0], 0.7
    if fits:
        person, _ = most_recent(context, quote.start, lambda p: p in fits, False)
        return person or fits[0], 0.8
    if reference in ANAPHORIC:  # "собеседник агентства" is whoever was just speaking
        return by_recency(context, gender, quote.start, 0.7)
    return by_description(article, context, gender, quote)


def by_recency(context: SpeakerContext, gender: str | None, before: int, confidence: float):
    for subjects_only in (True, False):
        person, _ = most_recent(context, before, lambda p: agrees(p, gender), subjects_only)
        if person:
            return person, confidence
    return None, 0.0


def resolve_speaker(article: Article, context: SpeakerContext, quote: QuoteCandidate):
    """The person who said the quote and how sure the resolution is (0..1)."""
    if quote.source == "interview":
        return interviewee(article, context.people, quote.attribution[1]), 0.9
    if quote.attribution is None:
        return by_recency(context, None, quote.start, 0.5)
    found = read_attribution(article, context, quote.attribution)
    if found.person:
        return found.person, 0.95
    if found.role_reference:
        person, confidence = by_role(article, context, found.role_reference, found.gender, quote)
        if confidence < 0.9 and (qualified := by_qualifier(context, found, quote)):
            return qualified, 0.8
        return person, confidence
    if found.pronoun:
        person, confidence = by_recency(context, found.gender, quote.start, 0.8)
        return person, pronoun_confidence(article, context, person, quote, confidence)
    if found.plural:
        return None, 0.0
    return by_recency(context, found.gender, quote.start, 0.5)


def pronoun_confidence(article, context, person, quote, confidence) -> float:
    """Lower when the antecedent was last seen more than a paragraph or so before the quote."""
    if person is None:
        return 0.0
    seen = [offset for offset, p, _ in context.history if p is person and offset < quote.start]
    if not seen:
        return 0.5
    distance = article.paragraph_of(quote.start) - article.paragraph_of(seen[-1])
    return confidence if distance <= NEAR_PARAGRAPHS else 0.6


def borrow_following_attribution(article: Article, quotes: list[QuoteCandidate]) -> None:
    """A quoted paragraph with no attribution, followed by a quote attributed in the next
    paragraph, is the same speaker's: «…» / «…», — сказал он."""
    for quote, following in zip(quotes, quotes[1:], strict=False):
        adjacent = article.paragraph_of(following.start) == article.paragraph_of(quote.start) + 1
        attributed = following.source in ("after", "inner")
        if quote.source == "context" and adjacent and attributed:
            quote.attribution, quote.source = following.attribution, "borrowed"


def attribute_quotes(article: Article, people: list[Person], quotes: list[QuoteCandidate]):
    """(quote, speaker, confidence) for each candidate, resolving in text order."""
    context = SpeakerContext(people)
    resolved = []
    quotes = sorted(quotes, key=lambda q: q.start)
    borrow_following_attribution(article, quotes)
    for quote in quotes:
        person, confidence = resolve_speaker(article, context, quote)
        if quote.source == "borrowed":
            confidence *= BORROWED_PENALTY
        if person is not None:
            context.remember(quote.start, person)
        resolved.append((quote, person, confidence))
    return resolved
