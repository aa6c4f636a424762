"""A one-word place the dictionary does not know, named after a noun that governs a genitive of
place ("в районе Агбенда", "в горах Рачи", "на берегу Иссык-Куля"), is in the genitive whatever
case the tagger gave it; its nominative is the dictionary's guess at a genitive singular, or, for
the feminine ending the guess misses, "-и" after a hushing or velar consonant back to "-а"."""

import re

from .document import Article
from .lexicon_ru import words
from .nlp import match_shape, pipeline

GENITIVE_GOVERNORS = words(
    """
    район окрестность гора берег подножие долина побережье бассейн дельта устье исток пригород
    окраина предгорье ущелье склон вершина граница территория регион
    """
)
HUSHING_OR_VELAR_GENITIVE = re.compile(r"(?<=[гкхжчшщ])и$")
FEMININE_SOFT_GENITIVE = re.compile(r"ии$")


def governed_genitive(article: Article, ids: range) -> str | None:
    """The nominative of a lone unknown place after a governing noun, or None."""
    if len(ids) != 1 or ids.start < 1 or article.lemmas[ids.start - 1] not in GENITIVE_GOVERNORS:
        return None
    word = article.tokens[ids.start].text
    forms = pipeline().morph_vocab(word.lower())
    if any(type(f.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for f in forms):
        return None
    genitive = [f for f in forms if f.tag.case == "gent" and f.tag.number == "sing"]
    if genitive:
        return match_shape(genitive[0].normal_form, word)
    lower = word.lower()
    if FEMININE_SOFT_GENITIVE.search(lower):
        return match_shape(lower[:-1] + "я", word)
    if HUSHING_OR_VELAR_GENITIVE.search(lower):
        return match_shape(lower[:-1] + "а", word)
    return None
