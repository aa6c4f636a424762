"""Nominative forms and gender of personal names.

Natasha's normaliser leaves surnames it does not know in the case the text used ("Агалара
Атамогланова"), and its case tags on rare Central Asian names are often wrong. Surnames of the
Russian type (-ов, -ев, -ин, -ский) decline by rule, so the nominative is rebuilt from the stem and
the person's gender; the gender is voted from the verbs the name governs, the surname's ending,
the first name's dictionary entry and the tagger's features.
"""

import re
from collections import Counter

from .nlp import match_shape, pipeline
from .ru_particle_names import particle_gender

# the plural too: "сестры Алия и Динара Ибраевы"
RUSSIAN_TYPE = re.compile(r"^(.{2,}?(?:ов|ев|ёв|ин|ын))(а|у|ым|ой|ою|ом|е|ых|ы)?$")
ADJECTIVE_TYPE = re.compile(r"^(.{2,}?(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую|ей)$")
AMBIGUOUS_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")  # feminine nominative or masculine genitive
FEMININE_ENDINGS = ("овой", "евой", "иной", "ыной", "ская", "цкая", "ской")
MASCULINE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "овым", "евым", "иным")
FEMININE_OBLIQUE = (("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "я"), ("у", "а"), ("ю", "я"))
# a soft stem takes -ем, -я, -ю: "с послом Хань Чуньлинем" → "Чуньлинь", "Кемаля" → "Кемаль"
MASCULINE_OBLIQUE = (("ом", ""), ("ем", "ь"), ("у", ""), ("а", ""), ("я", "ь"), ("ю", "ь"))
CASE_TAGS = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
VOWELS = set("аеёиоуыэюяй")
# Surnames that never decline: Georgian -швили, -дзе, -ани, -ели, -ули, Ukrainian -ко, -их/-ых.
INDECLINABLE_ENDINGS = ("швили", "дзе", "ани", "ели", "ули", "ко", "их", "ых")


def surname_nominative(word: str, gender: str | None, case: str | None = None) -> str:
    """The nominative of a surname; `case` is the case the text is known to use, if any."""
    lower = word.lower()
    if particle_gender(word):  # "Токтосун уулу" does not decline
        return word
    if match := RUSSIAN_TYPE.match(lower):
        if gender == "femn" and not match[2]:
            # a woman's Russian-type surname always has an ending ("Ершова", "Ершовой"); a bare
            # "-ин/-ын/-ов" on a woman is a foreign surname that does not decline ("Дениз Эрдин")
            return word
        return match_shape(match[1] + ("а" if gender == "femn" else ""), word)
    if match := ADJECTIVE_TYPE.match(lower):
        return match_shape(match[1] + ("ая" if gender == "femn" else "ий"), word)
    if gender == "femn" and lower.endswith("ой") and len(lower) > 4:
        return word[:-2] + "а"
    if case in ("Gen", "Dat", "Acc", "Ins"):
        return declined_foreign_surname(word, gender)
    return word


def declined_foreign_surname(word: str, gender: str | None) -> str:
    """ "Йылдызом" → "Йылдыз", "Накамуру" → "Накамура": a foreign surname declined as a noun."""
    if word.lower().endswith(INDECLINABLE_ENDINGS):
        return word
    endings = FEMININE_OBLIQUE if gender == "femn" else MASCULINE_OBLIQUE
    for ending, nominative in endings:
        stem = word[: -len(ending)]
        if ending == "и" and not stem.lower().endswith("и"):  # "Гогии" → "Гогия" only
            continue
        hard_stem = gender == "femn" or stem[-1:].lower() not in VOWELS
        if word.endswith(ending) and len(stem) >= 3 and hard_stem:
            return stem + nominative
    return word


def first_name_nominative(word: str, gender: str | None, case: str | None = None) -> str:
    if case == "Nom":  # the role noun shows the name is in the nominative: "посол … Хироси Ямада"
        return word
    if gender and case in CASE_TAGS and not pipeline().morph_vocab.word_is_known(word.lower()):
        # a name the dictionary does not know, in the case its role shows: "режиссера Эрниса"
        return declined_foreign_surname(word, gender)
    forms = [
        f for f in pipeline().morph_vocab(word.lower()) if "sing" in f.tag and "voct" not in f.tag
    ]
    fits = [f for f in forms if gender is None or f.tag.gender in (None, gender)]
    nominative = [f for f in fits if "nomn" in f.tag and gender in (None, f.tag.gender)]
    known_name = any("Name" in f.tag for f in fits)
    # a guessed common noun in the nominative ("ержаном") does not outweigh a name's reading
    if any("Name" in f.tag for f in nominative) or (nominative and not known_name):
        return word
    for form in fits:
        if "Name" in form.tag:
            return match_shape(form.normal_form, word)
    if gender and case in ("Gen", "Dat", "Acc", "Ins"):  # "председателя Маулена Ашимбаева"
        return declined_foreign_surname(word, gender)
    return word


def surname_gender_hint(word: str) -> str | None:
    if gender := particle_gender(word):
        return gender
    lower = word.lower()
    if lower.endswith(FEMININE_ENDINGS):
        return "femn"
    if lower.endswith(MASCULINE_ENDINGS):
        return "masc"
    return None


def gender_from_case(surname: str, case: str | None) -> str | None:
    """ "Ахметова" is a woman when the name stands in the nominative, a man's genitive otherwise."""
    if not surname.lower().endswith(AMBIGUOUS_ENDINGS) or not case:
        return None
    return "femn" if case == "Nom" else "masc" if case in ("Gen", "Acc") else None


def undeclined_pair_gender(first: str, surname: str) -> str | None:
    """ "Нармин Алиева", "Гюнель Гасанова": a first name ending in a consonant (-й, -ь too) stands
    undeclined, so the -ова/-ева/-ина surname beside it is a woman's nominative; a man's genitive
    declines both ("Эльчина Алиева", "Игоря Петрова")."""
    last = first.lower()[-1:]
    undeclined = last.isalpha() and (last not in VOWELS or last == "й")
    return "femn" if undeclined and surname.lower().endswith(AMBIGUOUS_ENDINGS) else None


def first_name_gender_hint(word: str, case: str | None = None) -> str | None:
    """The gender of a first name: of its nominative reading if it has one, else of any. A name
    the text shows in the nominative that the dictionary reads only as an oblique form is another
    name: "Феруза" is not "Феруз" in the genitive, and a name in -а/-я is then a woman's."""
    names = [
        form
        for form in pipeline().morph_vocab(word.lower())
        if "Name" in form.tag and "sing" in form.tag and "voct" not in form.tag
    ]
    nominative = [form for form in names if "nomn" in form.tag]
    if case == "Nom" and not nominative:
        return "femn" if word.lower().endswith(("а", "я")) else None
    # the case the text is known to use decides: "призера Амира Резаи" is Амир's genitive
    tag = CASE_TAGS.get(case or "")
    in_case = [form for form in names if tag and tag in form.tag]
    return (in_case or nominative or names)[0].tag.gender if names else None


def misread_as_oblique(word: str, case: str | None) -> bool:
    """A name in the nominative that the dictionary knows only as another name's oblique form."""
    return case == "Nom" and not any(
        "Name" in form.tag and "nomn" in form.tag for form in pipeline().morph_vocab(word.lower())
    )


def only_gender_of_name(word: str) -> bool:
    """A first name the dictionary knows for one gender only ("Зарина", not "Женя"): it outweighs
    a surname ending such as -ова, which can be a man's genitive."""
    genders = {
        form.tag.gender for form in pipeline().morph_vocab(word.lower()) if "Name" in form.tag
    }
    return len(genders) == 1


def vote_gender(votes: Counter) -> str | None:
    if not votes:
        return None
    (best, weight), *rest = votes.most_common()
    return best if not rest or weight > rest[0][1] else None


# nouns for where someone is from: "казахстанка", "бакинец", "россиянин", "таджичка"
DEMONYM_ENDINGS = ("нка", "чка", "ец", "нин")


def is_demonym(word: str) -> bool:
    """A capitalised noun for a nationality or a city's people that a tagger took into the name
    ("Казахстанка Меруерт Оспанова"): it ends like one and the dictionary knows no such name."""
    lower = word.lower()
    forms = pipeline().morph_vocab(lower)
    return (
        lower.endswith(DEMONYM_ENDINGS)
        and any("anim" in f.tag and "NOUN" in f.tag for f in forms)
        and not any("Name" in f.tag or "Surn" in f.tag for f in forms)
    )


def feminine_noun(word: str) -> bool:
    """The dictionary knows the noun for a person only as feminine ("казахстанке"), whatever
    gender the tagger guessed for it."""
    forms = [f for f in pipeline().morph_vocab(word.lower()) if "NOUN" in f.tag and "anim" in f.tag]
    return bool(forms) and all(f.tag.gender == "femn" for f in forms)


def oblique_surname(word: str) -> bool:
    """ "Оспановой", "Ковальской": never the subject of a verb."""
    return word.lower().endswith(("овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой"))


def is_patronymic(word: str) -> bool:
    from .lexicon_ru import PATRONYMIC_ENDINGS

    return word.lower().endswith(PATRONYMIC_ENDINGS)
