"""Organisations and places named in a Russian article, each once, in the nominative.

Natasha's spans are the starting point; the rules repair what it gets wrong in news copy: an
organisation's name cut before its closing quote or before its genitive tail ("Центральный банк"
+ "Азербайджана"), a full name introduced with its abbreviation in brackets, legal forms and
quote marks that are not part of the name, unions filed as places, two regions sharing one noun
("Атырауской и Мангистауской областей").
"""

import re

from pymorphy2.analyzer import Parse as PymorphyParse

from .document import Article
from .gazetteer_ru import COUNTRIES, PLACE_NAMES
from .lexicon_ru import (
    CELESTIAL_BODIES,
    GENERIC_DESCRIPTORS,
    LEGAL_FORMS,
    NOT_PLACE_HEADS,
    SUPRANATIONAL_BODIES,
)
from .nlp import pipeline
from .organisation_names import (
    abbreviates,
    describes_a_person,
    foreign_parliament_name,
    plain_names,
)
from .organisations import OrganisationSpan, organisation_spans
from .phrases import nominative_phrase
from .place_names import (
    agreed_nominative,
    common_noun_opening,
    hyphenated_places,
    is_indeclinable,
    known_declension,
    named_like_a_place,
    nominative_place,
)
from .quotes import WORD, find_quoted_spans
from .roles import is_role_noun
from .ru_countries import country_name, without_short_countries
from .ru_org_tails import names_a_place
from .ru_place_genitives import (
    coordinated_indeclinable,
    feature_names,
    governed_genitive,
    settlement_names,
)
from .ru_place_spans import place_spans

GAZETTEER = {name.lower().replace("ё", "е"): name for name in PLACE_NAMES}
MAX_NAME_WORDS = 5
REGION_ADJECTIVE = r"[А-ЯЁ][\w-]+(?:ск|цк)(?:ая|ой|ого|ом|ую|ий|ому|им)"
REGION_NOUNS = (
    "областей|областях|областям|областями|области|районов|районах|районам|районами|районы|"
    "краев|краях|края|округов|округах|округа|провинций|провинциях|провинции|штатов|штатах|штаты"
)
SHARED_NOUN_PLACES = re.compile(
    rf"\b((?:{REGION_ADJECTIVE},\s+)*{REGION_ADJECTIVE})\s+и\s+({REGION_ADJECTIVE})\s+"
    rf"({REGION_NOUNS})\b"
)


def find_organisations(article: Article) -> list[str]:
    """Organisation names, fullest form, each once."""
    spans, _ = organisation_spans(article)
    spans = [span for span in spans if not describes_a_person(article, span)]
    names = [organisation_name(article, span) for span in spans]
    names = [name for name in names if name and not only_places(name)]
    aliases = {alias for span in spans for alias in span.aliases}
    return unique_organisations(plain_names(names), aliases)


def only_places(name: str) -> bool:
    """ "Китай - Кыргызстан - Узбекистан" is a route between places, not a body."""
    words = WORD.findall(name)
    return len(words) > 1 and all(word.lower() in GAZETTEER for word in words)


def organisation_name(article: Article, span: OrganisationSpan) -> str:
    ids = article.tokens_between(span.start, span.stop)
    ids = quoted_part(article, skip_legal_forms(article, ids))
    if not ids:
        return ""
    first = article.tokens[ids.start]
    if first.text in '«"„“' or len(ids) == 1 and is_abbreviation(first.text):
        # a name in quotes, or an abbreviation ("у ЕАБР", not "ЕАБРЫ"), does not decline
        name = article.text[first.start : article.tokens[ids.stop - 1].stop]
    else:
        words = [article.tokens[i].text for i in ids]
        name = (
            foreign_parliament_name(words)
            or agreed_head(article, ids)
            or nominative_phrase(article, ids)
        )
    name = descriptor_dropped(name).rstrip(".,;:")
    return " ".join(re.sub(r"[«»\"„“”]", " ", name).split())


def agreed_head(article: Article, ids: range) -> str | None:
    """ "Бостандыкского районного суда города Алматы" → "Бостандыкский районный суд города
    Алматы": leading adjectives and their noun put in the nominative together, by the
    dictionary, where the tagger's reading of a rare adjective fails; the rest as written."""
    words = [article.tokens[i].text for i in ids]
    for size in range(min(len(words), 4), 1, -1):
        head = agreed_nominative(words[:size])
        if head:
            rest = article.text[
                article.tokens[ids.start + size - 1].stop : article.tokens[ids.stop - 1].stop
            ]
            return head + rest
    return None


NESTED_NAME = re.compile(r"^[«\"„“](?P<descriptor>[А-ЯЁа-яё ]+?)\s+(?P<inner>[«\"„“].+)$")


def descriptor_dropped(name: str) -> str:
    """ "«Национальная компания «Казахстан темир жолы»»" is filed as "Казахстан темир жолы": a
    generic descriptor quoted together with the name is no part of it."""
    match = NESTED_NAME.match(name)
    if not match:
        return name
    last = match["descriptor"].split()[-1].lower()
    forms = pipeline().morph_vocab(last)
    lemmas = {form.normal_form for form in forms} | {last}
    return match["inner"] if lemmas & GENERIC_DESCRIPTORS else name


def skip_legal_forms(article: Article, ids: range) -> range:
    start = ids.start
    while start < ids.stop and article.tokens[start].text in LEGAL_FORMS:
        start += 1
    return range(start, ids.stop)


def quoted_part(article: Article, ids: range) -> range:
    """ "Национальная компания «КазМунайГаз»" is filed as "КазМунайГаз": a generic descriptor
    before a quoted name is not part of the name."""
    for index in ids:
        token = article.tokens[index]
        if token.text in '«"„“':
            descriptor = {article.lemmas[i] for i in range(ids.start, index)}
            return range(index, ids.stop) if descriptor & GENERIC_DESCRIPTORS else ids
        if token.pos not in ("ADJ", "NOUN"):
            return ids
    return ids


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper() or len(w) > 3]
    return "".join(w[0] for w in words).upper()


MIXED_ACRONYM = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]{1,4}[А-ЯЁA-Z]{2,4}$")


def is_abbreviation(name: str) -> bool:
    """ "ЕАБР", "ЕАЭС", and the university kind that keeps a syllable: "КазНУ", "ТашГУ"."""
    upper = 2 <= len(name) <= 6 and name.replace("-", "").isalpha() and name.isupper()
    return upper or bool(MIXED_ACRONYM.match(name))


def unique_organisations(names: list[str], aliases: set[str]) -> list[str]:
    full = [n for n in names if not is_abbreviation(n)]
    kept: list[str] = []
    for name in names:
        if is_abbreviation(name) and (
            name in aliases
            or any(initials(f) == name or abbreviates(name, f.split()) for f in full)
        ):
            continue
        folded = name.lower().replace("ё", "е")
        if any(folded == k.lower().replace("ё", "е") for k in kept):
            continue
        longer = [k for k in kept if k.lower().startswith(folded + " ")]
        if longer:
            continue
        kept = [k for k in kept if not folded.startswith(k.lower() + " ")] + [name]
    return kept


def find_places(article: Article, organisation_names: list[str]) -> list[str]:
    """Places in the order first named: Natasha's LOC spans, then gazetteer names it missed.
    Places inside a quoted name («Астана» in a centre's name) are part of that name."""
    places, consumed = shared_noun_places(article)
    names = quoted_names(article)
    settled_names: set[str | None] = set()
    bodies = [(s.start, s.stop) for s in organisation_spans(article)[0] if not s.supranational]
    located = place_spans(article, bodies)
    misread = [
        (span.start, article.tokens_between(span.start, span.stop), False)
        for span in article.spans
        if span.type == "PER" and named_like_a_place(span.text.split())
    ]
    for start, ids, in_a_body in sorted(located + misread):
        stop = article.tokens[ids.stop - 1].stop if ids else start
        if overlaps_stretch(start, stop, consumed + names):
            continue
        lemmas = {article.lemmas[i] for i in ids}
        if not ids or lemmas & NOT_PLACE_HEADS or article.lemmas[ids.start] in SUPRANATIONAL_BODIES:
            continue
        if len(ids) == 1 and lemmas & CELESTIAL_BODIES or common_noun_opening(article, ids):
            continue
        if is_role_noun(article, ids.start):  # "Аким района" tagged as a place: a person's office
            continue
        ids = range(ids.start, next((i for i in ids if article.tokens[i].text == "("), ids.stop))
        settled = governed_genitive(article, ids) or coordinated_indeclinable(article, ids)
        name = settled or place_phrase(article, ids)
        country = country_name(name)
        if country or not in_a_body:
            places.append((start, country or name))
            settled_names.add(settled)
    settlements = settlement_names(article) + feature_names(article)
    settled_names.update(name for _, name in settlements)
    places += gazetteer_places(article, names) + hyphenated_places(article) + settlements
    folded = {name.lower() for name in organisation_names}
    named = [
        name if name in settled_names else nominative_place(name, article.text)
        for _, name in sorted(places)
    ]
    named = [part for name in named for part in route_parts(name)]
    return unique(without_short_countries(named), exclude=folded)


def place_phrase(article: Article, ids: range) -> str:
    """The nominative of a place span; a one-word indeclinable name or abbreviation stays as
    written."""
    word = article.tokens[ids.start].text
    if len(ids) == 1 and (is_indeclinable(word) or is_abbreviation(word)):
        return word
    if len(ids) == 1 and (known := known_declension(word)):
        return known
    words = [article.tokens[i].text for i in ids]
    return agreed_nominative(words) or nominative_phrase(article, ids)


def route_parts(name: str) -> list[str]:
    """ "Баку-Тбилиси-Джейхан" (a pipeline's route) names each city it joins, when the gazetteer
    knows every one; "Алма-Ата" or "Джалал-Абад" stay whole."""
    parts = name.split("-")
    known = [GAZETTEER.get(p.lower().replace("ё", "е")) or known_declension(p) for p in parts]
    return known if len(parts) > 1 and all(known) else [name]


def quoted_names(article: Article) -> list[tuple[int, int]]:
    """Short quoted spans that are names or scare words, not speech."""
    spans = find_quoted_spans(article.text)
    return [
        (s.open_at, s.close_at)
        for s in spans
        if len(WORD.findall(s.inner(article.text))) <= MAX_NAME_WORDS
    ]


def gazetteer_places(article: Article, names: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Gazetteer names Natasha did not file as places; inside a body's name only a country it
    belongs to ("Национальный банк Таджикистана" names Tajikistan)."""
    covered = [(s.start, s.stop) for s in article.spans if s.type == "LOC"]
    covered += [(s.start, s.stop) for s in article.spans if s.type == "PER" and " " in s.text]
    covered += names
    bodies = [
        (s.start, s.stop)
        for s in article.spans
        if s.type == "ORG" and not names_a_place(article, s)
    ]
    found = []
    for index, token in enumerate(article.tokens):
        if not token.text[:1].isupper() or token.pos == "ADJ":
            continue
        name = GAZETTEER.get(article.lemmas[index]) or GAZETTEER.get(token.text.lower())
        if not name or any(start <= token.start < stop for start, stop in covered):
            continue
        in_a_body = any(start <= token.start < stop for start, stop in bodies)
        if not in_a_body or name in COUNTRIES and token.feats.get("Case") == "Gen":
            found.append((token.start, name))
    return found


def overlaps_stretch(first: int, last: int, stretches: list[tuple[int, int]]) -> bool:
    return any(first < stop and start < last for start, stop in stretches)


def shared_noun_places(article: Article) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """ "Атырауской и Мангистауской областей", "Сырдарьинской, Джизакской и Навоийской областям"
    name a region each: every adjective of the list takes the shared noun."""
    vocab = pipeline().morph_vocab
    places, consumed = [], []
    for match in SHARED_NOUN_PLACES.finditer(article.text):
        noun = vocab(match[3])[0]
        singular = noun.normal_form
        gender = noun.tag.gender or "femn"
        for adjective_match in re.finditer(REGION_ADJECTIVE, match[0]):
            adjective = adjective_match[0]
            form = next((f for f in vocab(adjective.lower()) if f.tag.POS == "ADJF"), None)
            nominative = PymorphyParse.inflect(form, {"nomn", "sing", gender}) if form else None
            word = nominative.word if nominative else adjective
            offset = match.start() + adjective_match.start()
            places.append((offset, f"{word[:1].upper()}{word[1:]} {singular}"))
        consumed.append(match.span())
    return places, consumed


def unique(names: list[str], exclude: set[str] = frozenset()) -> list[str]:
    seen, kept = set(exclude), []
    for name in names:
        key = name.lower().replace("ё", "е")
        if key and key not in seen:
            seen.add(key)
            kept.append(name)
    return kept
