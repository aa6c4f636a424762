"""Speakers referred to by a descriptor after the quote: «…», — сказал 19-летний атлет;
«…», — рассказывает фермер; «…», — отметил эксперт.

A descriptor is matched against the roles people were introduced with, the whole role phrase and
not only its head ("эксперт в области ИТ, директор ООО …" is the expert). A descriptor matching
nobody's role introduces someone other than the officials with roles: the person named right
after the quote (in the same or the next sentence), else the most recent person introduced with
no role at all, else nobody — never the story's main speaker by default.
"""

import re

from .document import Article
from .lexicon_ru import ROLE_REFERENCES, words
from .people import Person, same_surname

NEAR_PARAGRAPHS = 2
# Nouns a story uses to refer back to someone introduced with another title: "депутат мажилиса
# …" / "— говорит парламентарий", "аким города …" / "— сказал глава города".
SPEAKER_REFERENCES = ROLE_REFERENCES | {
    "глава": ROLE_REFERENCES["глава"] | words("аким хоким мэр губернатор президент ректор"),
    "парламентарий": words("депутат сенатор парламентарий мажилисмен"),
    "законодатель": words("депутат сенатор парламентарий"),
    "сенатор": words("сенатор"),
    "мэр": words("мэр аким хоким"),
    "судья": words("судья"),
    "прокурор": words("прокурор генпрокурор обвинитель гособвинитель"),
    "заместитель": words("заместитель замминистра вице-министр вице-аким вице-премьер"),
    "вице-премьер": words("вице-премьер заместитель"),
    "вице-аким": words("вице-аким заместитель"),
    "пресс-секретарь": words("пресс-секретарь представитель"),
    "представитель": ROLE_REFERENCES["представитель"] | words("пресс-секретарь спикер"),
    "ученый": ROLE_REFERENCES["ученый"] | words("ректор"),
    "госсекретарь": words("секретарь госсекретарь"),
}
WORD = re.compile(r"[\w-]+")


def role_words(person: Person) -> set[str]:
    words = {w.lower().replace("ё", "е") for w in WORD.findall(person.role or "")}
    return words | ({person.role_head} if person.role_head else set())


def agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender in (None, gender)


def by_description(article: Article, context, gender: str | None, quote):
    """(person, confidence) for a descriptor that fits nobody's role; (None, 0.0) when unsure."""
    named = named_after(article, context, quote)
    if named and agrees(named, gender):
        return named, 0.7
    roleless = recent_without_role(article, context, gender, quote.start)
    if roleless:
        return roleless, 0.6
    introduced = just_introduced(article, context, gender, quote.start)
    if introduced:
        return introduced, 0.6
    seen = {id(p): p for offset, p, _ in context.history if offset < quote.start}
    same_gender = [p for p in seen.values() if gender and p.gender == gender]
    if len(same_gender) == 1:  # "— пояснила эксперт" and only one woman in the story
        return same_gender[0], 0.5
    return None, 0.0


def just_introduced(article: Article, context, gender: str | None, before: int):
    """ "Директор института Севда Алиева считает …" / «…», — говорит эксперт: the last subject
    before the quote, in its paragraph or the one before, named there for the first time."""
    first_seen: dict[int, int] = {}
    for offset, person, _ in context.history:
        first_seen.setdefault(id(person), offset)
    paragraph = article.paragraph_of(before)
    for offset, person, is_subject in reversed(context.history):
        if offset >= before or not is_subject:
            continue
        if paragraph - article.paragraph_of(offset) > 1 or first_seen[id(person)] != offset:
            return None
        return person if agrees(person, gender) else None
    return None


def recent_without_role(article: Article, context, gender: str | None, before: int):
    """The person with no role last seen near the quote, one in subject position preferred."""
    paragraph = article.paragraph_of(before)
    for subjects_only in (True, False):
        for offset, person, is_subject in reversed(context.history):
            if offset >= before or (subjects_only and not is_subject):
                continue
            if paragraph - article.paragraph_of(offset) > NEAR_PARAGRAPHS:
                break
            if person.role is None and agrees(person, gender):
                return person
    return None


def named_after(article: Article, context, quote) -> Person | None:
    """The person named first after the attribution, up to the end of the next sentence."""
    start = quote.attribution[1] if quote.attribution else quote.stop
    _, stop = article.sentence_bounds(start)
    if stop < len(article.text):
        _, stop = article.sentence_bounds(stop + 1)
    return context.person_at(start, stop)


def named_by_surname(article: Article, people: list[Person], start: int, stop: int):
    """A person named in the region by surname alone where the name tagger missed the mention
    ("— говорит Рид"): a capitalised word sharing its stem with a known surname."""
    for index in article.tokens_between(start, stop):
        token = article.tokens[index]
        if not token.text[:1].isupper() or token.pos not in ("PROPN", "NOUN", "ADJ"):
            continue
        for person in people:
            surnames = [person.name.split()[-1]] + [alias.split()[-1] for alias in person.aliases]
            if any(token.text == s or same_surname(token.text, s) for s in surnames):
                return person
    return None
