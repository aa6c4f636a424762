"""Place names put right where the tagger's case was wrong: a word with no nominative reading at
all ("Мингячевире", "Заилийского" tagged as nominative) is inflected with pymorphy2, and the
result kept when the dictionary knows the word, the gazetteer knows the name, or the article
itself spells it so elsewhere. A hyphenated one-word name the tagger filed as a person, after a
preposition ("по всему Памиро-Алаю"), is a place."""

import re

from pymorphy2.analyzer import Parse as PymorphyParse

from .document import Article
from .gazetteer_ru import PLACE_NAMES
from .nlp import match_shape, pipeline

KNOWN = {name.lower().replace("ё", "е") for name in PLACE_NAMES}
SURE_ANALYZERS = ("DictionaryAnalyzer", "HyphenatedWordsAnalyzer")
PLACE_PREPOSITIONS = frozenset(
    ["в", "во", "на", "по", "из", "до", "через", "над", "под", "у", "около", "вдоль", "к", "ко"]
)
HYPHENATED = re.compile(r"^[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+$")


OBLIQUE_ENDINGS = (
    ("стана", "стан"),
    ("стану", "стан"),
    ("станом", "стан"),
    ("стане", "стан"),
    ("ие", "ия"),
)


def regular_nominative(word: str) -> str:
    """Endings no nominative place name has: "Каракалпакстана" (a -стан land in the genitive)
    and "Кахетие" (a feminine -ия land misread as neuter). Known names and adjectives
    ("Арабские" in "Объединенные Арабские Эмираты") are left alone."""
    if word.lower().replace("ё", "е") in KNOWN or len(word) < 7 or is_adjective(word):
        return word
    for ending, nominative in OBLIQUE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word


def is_adjective(word: str) -> bool:
    return any(form.tag.POS in ("ADJF", "PRTF") for form in pipeline().morph_vocab(word.lower()))


def named_like_a_place(words: list[str]) -> bool:
    """ "Голодной Степи", "Каменного Ручья": an adjective and an inanimate common noun that no
    reading takes for a name are a place's name, though the tagger filed them as a person."""
    if len(words) != 2:
        return False
    vocab = pipeline().morph_vocab
    first, last = vocab(words[0].lower()), vocab(words[1].lower())
    names = {"Name", "Surn", "Patr"}
    adjective = first and all("ADJF" in f.tag and not names & f.tag.grammemes for f in first)
    noun = last and all("inan" in f.tag and not names & f.tag.grammemes for f in last)
    return bool(adjective and noun)


def is_indeclinable(word: str) -> bool:
    """ "Актобе", "Тбилиси", "Баку", "Сочи" keep one form in every case: a name the gazetteer
    knows as written, or one the dictionary files as indeclinable (Fixd), is not inflected."""
    if word.lower().replace("ё", "е") in KNOWN:
        return True
    if known_declension(word):  # "Кашгара": a case form of a known name, whatever the dictionary
        return False
    return any("Fixd" in form.tag for form in pipeline().morph_vocab(word.lower()))


def common_noun_opening(article: Article, ids: range) -> bool:
    """ "Паводок в …" at the start of a sentence: a one-word span that the dictionary knows only
    as a common noun is capitalised by its position, not because it names a place."""
    if len(ids) != 1:
        return False
    start, _ = article.sentence_bounds(article.tokens[ids.start].start)
    if article.tokens[ids.start].start != start:
        return False
    forms = pipeline().morph_vocab(article.tokens[ids.start].text.lower())
    dictionary = [f for f in forms if type(f.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]
    proper = {"Geox", "Name", "Surn", "Orgn", "Abbr", "Trad"}
    return bool(dictionary) and not any(proper & set(f.tag.grammemes) for f in dictionary)


ADJECTIVE_POS = ("ADJF", "PRTF")


def agreed_nominative(words: list[str]) -> str | None:
    """ "Кыргызской Республики" → "Кыргызская Республика", "Объединенных Арабских Эмиратах" →
    "Объединенные Арабские Эмираты": adjectives and the noun they agree with, put in the
    nominative together, in the noun's gender and number. None unless every word fits."""
    *adjectives, noun = words
    vocab = pipeline().morph_vocab
    nouns = [f for f in vocab(noun.lower()) if f.tag.POS == "NOUN"]
    readings = [[f for f in vocab(a.lower()) if f.tag.POS in ADJECTIVE_POS] for a in adjectives]
    if not adjectives or not nouns or not all(readings):
        return None
    for form in nouns:
        agree = [agreeing(reading, form) for reading in readings]
        if all(agree):
            head = (
                form
                if form.tag.case == "nomn"
                else PymorphyParse.inflect(form, {"nomn", form.tag.number})
            )
            adjectives = [nominative_adjective(a, form) for a in agree]
            if head and all(adjectives):
                nominative = [*adjectives, head.word]
                return " ".join(spelled(w, o) for w, o in zip(nominative, words, strict=True))
    return None


def spelled(word: str, original: str) -> str:
    """In the original's shape, with ё only where the text wrote it."""
    return match_shape(word if "ё" in original.lower() else word.replace("ё", "е"), original)


# Case endings of one-word place names and the nominative endings they come from.
DECLENSIONS = (
    ("у", "а"),
    ("ы", "а"),
    ("е", "а"),
    ("ой", "а"),
    ("ю", "я"),
    ("и", "я"),
    ("ей", "я"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("ом", ""),
    ("я", "ь"),
    ("и", "ь"),
    ("ем", "ь"),
)


def known_declension(word: str) -> str | None:
    """ "Кызылорду" → "Кызылорда": the gazetteer's name this one-word place is a case form of."""
    lower = word.lower().replace("ё", "е")
    for ending, nominative in DECLENSIONS:
        if lower.endswith(ending) and (lower[: -len(ending)] + nominative) in KNOWN:
            return match_shape(lower[: -len(ending)] + nominative, word)
    return None


def agreeing(readings: list, noun) -> object | None:
    for form in readings:
        same = form.tag.case == noun.tag.case and form.tag.number == noun.tag.number
        if same and (noun.tag.number == "plur" or form.tag.gender in (None, noun.tag.gender)):
            return form
    return None


def nominative_adjective(form, noun) -> str | None:
    if form.tag.case == "nomn":  # already so: "Высшая" stays, not "Высочайшая"
        return form.word
    grams = {"nomn", noun.tag.number} | ({noun.tag.gender} if noun.tag.number == "sing" else set())
    inflected = PymorphyParse.inflect(form, grams)
    return inflected.word if inflected else None


def nominative_place(name: str, text: str) -> str:
    name = " ".join(regular_nominative(word) for word in name.split(" "))
    words = [nominative_word(word, text) for word in name.split(" ")]
    candidate = " ".join(word for word, _ in words)
    if candidate == name:
        return name
    sure = all(ok for _, ok in words)
    known = candidate.lower().replace("ё", "е") in KNOWN or re.search(
        rf"\b{re.escape(candidate)}\b", text
    )
    return candidate if sure or known else name


def nominative_word(word: str, text: str) -> tuple[str, bool]:
    """(the nominative, whether the dictionary vouches for it); the word itself if it can be
    nominative already."""
    forms = pipeline().morph_vocab(word.lower())
    if not forms or not word[:1].isupper() or any(f.tag.case == "nomn" for f in forms):
        return word, True
    form = forms[0]
    inflected = PymorphyParse.inflect(form, {"nomn"})
    if not inflected:
        return word, True
    return match_shape(inflected.word.replace("ё", "е"), word), known_whole(form)


def geographic_word(word: str) -> bool:
    """ "Шеки", "Навои": the dictionary knows the word as a place name (Geox) and never as a
    person's name or surname."""
    tags = [set(form.tag.grammemes) for form in pipeline().morph_vocab(word.lower())]
    geographic = any("Geox" in tag for tag in tags)
    return geographic and not any(tag & {"Name", "Surn", "Patr"} for tag in tags)


def placed_by_context(article: Article, index: int) -> bool:
    """After a place preposition, or listed right after a place ("в Гяндже, Сумгайыте и …")."""
    if index < 1:
        return False
    if article.lemmas[index - 1] in PLACE_PREPOSITIONS:
        return True
    if article.tokens[index - 1].text not in (",", "и"):
        return False
    before = article.tokens[index - 1].start
    return any(s.type == "LOC" and 0 <= before - s.stop <= 1 for s in article.spans)


def hyphenated_places(article: Article) -> list[tuple[int, str]]:
    """(offset, name) of one-word names tagged as people but placed by a preposition: hyphenated
    ones ("Памиро-Алаю") and ones the dictionary knows only as places ("в Гяндже … и Шеки")."""
    found = []
    for span in article.spans:
        ids = article.tokens_between(span.start, span.stop)
        if span.type != "PER" or len(ids) != 1:
            continue
        placed = placed_by_context(article, ids.start)
        if not HYPHENATED.match(span.text) and placed and geographic_word(span.text):
            found.append(
                (
                    span.start,
                    span.text
                    if is_indeclinable(span.text)
                    else nominative_word(span.text, article.text)[0],
                )
            )
            continue
        if not HYPHENATED.match(span.text):
            continue
        before = [article.lemmas[i] for i in range(max(ids.start - 2, 0), ids.start)]
        if any(lemma in PLACE_PREPOSITIONS for lemma in before):
            word, _ = nominative_word(span.text, article.text)
            found.append((span.start, word))
    return found


def known_whole(form) -> bool:
    """The dictionary knows the whole word, not just its end ("Кокжиде" read as "кок" + "жиде")."""
    analyzer = type(form.methods_stack[0][0]).__name__
    return analyzer in SURE_ANALYZERS and len(form.methods_stack) == 1
