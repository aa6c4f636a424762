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


def is_indeclinable(word: str) -> bool:
    """ "Актобе", "Тбилиси", "Баку", "Сочи" keep one form in every case: a name the gazetteer
    knows as written, or one the dictionary files as indeclinable (Fixd), is not inflected."""
    if word.lower().replace("ё", "е") in KNOWN:
        return True
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
    analyzer = type(form.methods_stack[0][0]).__name__
    return match_shape(inflected.word.replace("ё", "е"), word), analyzer in SURE_ANALYZERS


def hyphenated_places(article: Article) -> list[tuple[int, str]]:
    """(offset, name) of one-word hyphenated names tagged as people but placed by a preposition."""
    found = []
    for span in article.spans:
        ids = article.tokens_between(span.start, span.stop)
        if span.type != "PER" or len(ids) != 1 or not HYPHENATED.match(span.text):
            continue
        before = [article.lemmas[i] for i in range(max(ids.start - 2, 0), ids.start)]
        if any(lemma in PLACE_PREPOSITIONS for lemma in before):
            word, _ = nominative_word(span.text, article.text)
            found.append((span.start, word))
    return found
