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
    and "Кахетие" (a feminine -ия land misread as neuter). Known names are left alone."""
    if word.lower().replace("ё", "е") in KNOWN or len(word) < 7:
        return word
    for ending, nominative in OBLIQUE_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word


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
