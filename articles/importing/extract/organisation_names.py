"""Last checks on a Russian article's organisation names: a Latin legal form at the end is left
out ("Nebula Compute Inc."), a short form is folded into the full name found beside it ("МИД
Казахстана" into "Министерство иностранных дел Казахстана" or "… Республики Казахстан", "Алмалыкский ГМК" into "Алмалыкский
горно-металлургический комбинат"), and a description of a person ("Кыргызская тяжелоатлетка") or
a bare kind of plant ("ГЭС", "АЭС") is no organisation at all."""

import re

from .document import Article
from .english_org_cues import strip_legal_suffix
from .lexicon_ru import PARLIAMENTS
from .nlp import match_shape, pipeline
from .organisation_span import OrganisationSpan
from .place_names import known_whole
from .ru_countries import country_of_words

PLANT_ABBREVIATIONS = frozenset(
    ["ГЭС", "АЭС", "ТЭЦ", "ТЭС", "ГРЭС", "СЭС", "ВЭС", "МГЭС", "НПЗ", "ГПЗ", "ЛЭП"]
)


def describes_a_person(article: Article, span: OrganisationSpan) -> bool:
    """The head noun is a living being, its adjectives agreeing with it and no quoted name in
    the span: "Кыргызская тяжелоатлетка" (not "Кабинет министров", whose "министров" is a tail)."""
    adjective_cases = set()
    for index in article.tokens_between(span.start, span.stop):
        token = article.tokens[index]
        if token.text in '«"„“' or token.pos == "PROPN":
            return False
        if token.pos == "ADJ":
            adjective_cases.add(token.feats.get("Case"))
            continue
        case = token.feats.get("Case")
        agrees = adjective_cases <= {case}
        return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and agrees
    return False


MINISTRY_SHORT_FORMS = {
    "минздрав": "министерство здравоохранения",
    "минфин": "министерство финансов",
    "минэнерго": "министерство энергетики",
    "минэкономики": "министерство экономики",
    "минтранс": "министерство транспорта",
    "минсельхоз": "министерство сельского хозяйства",
    "минобороны": "министерство обороны",
    "минюст": "министерство юстиции",
    "минтруд": "министерство труда",
    "минкультуры": "министерство культуры",
    "минцифры": "министерство цифрового развития",
    "минпросвещения": "министерство просвещения",
    "минобрнауки": "министерство образования и науки",
    "минпромторг": "министерство промышленности и торговли",
    "мининдустрии": "министерство индустрии",
    "мвд": "министерство внутренних дел",
    "мчс": "министерство по чрезвычайным ситуациям",
    "мид": "министерство иностранных дел",
}


def plain_names(names: list[str]) -> list[str]:
    names = [strip_legal_suffix(name) for name in names]
    names = [name for name in names if name not in PLANT_ABBREVIATIONS]
    return [name for name in names if not any(short_form_of(name, other) for other in names)]


def short_form_of(short: str, full: str) -> bool:
    """The same name with one run of words given by its initials ("МИД Казахстана", "МИД") or
    by a ministry's usual short form ("Минздрав Таджикистана")."""
    a, b = short.split(), full.split()
    if a and (expansion := MINISTRY_SHORT_FORMS.get(a[0].lower())):
        rest = [w.lower() for w in a[1:]]
        full_lower = [w.lower() for w in b]
        starts = " ".join(full_lower).startswith(expansion + " ") or full.lower() == expansion
        if starts and (not rest or full_lower[-len(rest) :] == rest or same_country(rest, b)):
            return True
    if short == full or len(a) >= len(b):
        return False
    if len(b) >= 2 and stump_compound(a[0].lower(), b[0].lower(), b[1].lower()):
        return [w.lower() for w in a[1:]] == [w.lower() for w in b[2 : 2 + len(a) - 1]]
    for index, word in enumerate(a):
        if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
            continue
        rest = a[index + 1 :]
        for size in range(2, len(b) - index + 1):
            tail = b[index + size : index + size + len(rest)]
            same_tail = rest == tail or same_country(rest, b[index + size :])
            if a[:index] == b[:index] and same_tail and abbreviates(word, b[index : index + size]):
                return True
    return False


def same_country(short_tail: list[str], full_tail: list[str]) -> bool:
    """ "МИД Азербайджана" and "Министерство иностранных дел Азербайджанской Республики", "ЦИК
    Узбекистана" and "… комиссия Республики Узбекистан": the country in a short form and in the
    full name may be named differently."""
    if len(short_tail) != 1 or not full_tail:
        return False
    country = country_of_words(short_tail)
    return country is not None and country == country_of_words(full_tail[-2:])


def stump_compound(word: str, first: str, second: str) -> bool:
    """ "центробанк", "нацбанк", "госкомстат": a word made of the stem of the name's first word
    (an "о" may join it) and the start of its second ("Центральный банк", "Национальный банк")."""
    for cut in range(3, len(word) - 2):
        stem, rest = word[:cut].removesuffix("о"), word[cut:]
        if len(stem) >= 3 and first.startswith(stem) and second.startswith(rest[:4]):
            return first != stem or second != rest
    return False


def initials(words: list[str]) -> str:
    parts = [p for w in words for p in re.split(r"-", w) if p and p.lower() not in ("и", "по")]
    return "".join(p[0] for p in parts).upper()


def abbreviates(abbreviation: str, words: list[str]) -> bool:
    """ "ЕАБР" for "Евразийский банк развития", "ЕБРР" for "Европейский банк реконструкции и
    развития": every word gives its first letter and maybe more of its letters in order;
    "и", "по" may give none."""
    parts = [p.lower() for w in words for p in w.split("-") if p]
    return _letters_from(abbreviation.lower(), parts)


def _letters_from(letters: str, parts: list[str]) -> bool:
    if not parts:
        return not letters
    first, rest = parts[0], parts[1:]
    if first in ("и", "по") and _letters_from(letters, rest):
        return True
    if not letters or letters[0] != first[0]:
        return False
    for taken in range(1, len(letters) + 1):
        if _subsequence(letters[1:taken], first[1:]) and _letters_from(letters[taken:], rest):
            return True
    return False


def _subsequence(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


def foreign_parliament_name(words: list[str]) -> str | None:
    """ "Жогорку Кенеша", "Милли Меджлисом", "Олий Мажлиса": a parliament named in its own
    language declines only its Russian-borrowed noun; the word before it stays as written."""
    if len(words) != 2 or not words[0][:1].isupper():
        return None
    lower = words[1].lower()
    noun = next((p for p in PARLIAMENTS if lower in {p, p + "а", p + "у", p + "ом", p + "е"}), None)
    if noun is None:
        return None
    forms = pipeline().morph_vocab(words[0].lower())
    if any(known_whole(f) and f.tag.POS in ("ADJF", "PRTF") for f in forms):
        return None  # "Верховного Совета": a Russian adjective declines with it
    return f"{words[0]} {match_shape(noun, words[1])}"
