"""A one-word place the dictionary does not know, named after the kind of settlement or natural
feature it is ("аула Кокжиде", "кишлака Чоркесар", "Ледник Туюксу"), is in apposition and keeps
the form written, even where the tagger took it for a person or missed it. One named after a
noun that governs a genitive of place ("в районе Агбенда", "в горах Рачи") is in the genitive
whatever case the tagger gave it; its nominative is the dictionary's guess at a genitive
singular, or, for the feminine ending the guess misses, "-и" after a hushing or velar consonant
back to "-а"."""

import re

from .document import Article
from .lexicon_ru import words
from .nlp import match_shape, pipeline
from .place_names import is_indeclinable, known_declension, known_whole

GENITIVE_GOVERNORS = words(
    """
    район окрестность гора берег подножие долина побережье бассейн дельта устье исток пригород
    окраина предгорье ущелье склон вершина граница территория регион
    """
)
SETTLEMENT_NOUNS = words("аул село поселок посёлок кишлак деревня станица айыл хутор")
FEATURE_NOUNS = words("ледник озеро перевал хребет пик ущелье водохранилище урочище плато")
HUSHING_OR_VELAR_GENITIVE = re.compile(r"(?<=[гкхжчшщ])и$")
FEMININE_SOFT_GENITIVE = re.compile(r"ии$")


def noun_lemma(article: Article, index: int, nouns: frozenset) -> str | None:
    """The lemma among `nouns` of the word at `index`, by the tagger or, where the tagger misread
    the word ("кишлака" taken for a verb), by any noun reading the dictionary has."""
    if (lemma := article.lemmas[index]) in nouns:
        return lemma
    word = article.tokens[index].text.lower()
    readings = [f.normal_form for f in pipeline().morph_vocab(word) if f.tag.POS == "NOUN"]
    return next((lemma for lemma in readings if lemma in nouns), None)


def governed_genitive(article: Article, ids: range) -> str | None:
    """The nominative of a lone unknown place after a settlement noun or a governing noun, or
    None."""
    if len(ids) != 1 or ids.start < 1:
        return None
    governor = noun_lemma(article, ids.start - 1, GENITIVE_GOVERNORS | SETTLEMENT_NOUNS)
    if governor is None:
        return None
    word = article.tokens[ids.start].text
    if is_indeclinable(word) or known_declension(word):
        return None
    forms = pipeline().morph_vocab(word.lower())
    if any(known_whole(f) for f in forms):
        return None
    if governor in SETTLEMENT_NOUNS:
        return word
    genitive = [f for f in forms if f.tag.case == "gent" and f.tag.number == "sing"]
    if genitive:
        return match_shape(genitive[0].normal_form, word)
    lower = word.lower()
    if FEMININE_SOFT_GENITIVE.search(lower):
        return match_shape(lower[:-1] + "я", word)
    if HUSHING_OR_VELAR_GENITIVE.search(lower):
        return match_shape(lower[:-1] + "а", word)
    return None


def settlement_names(article: Article) -> list[tuple[int, str]]:
    """(offset, name) of one-word names the tagger filed as people though the kind of settlement
    comes right before them: "кишлака Чоркесар"."""
    found = []
    for span in article.spans:
        ids = article.tokens_between(span.start, span.stop)
        if span.type != "PER" or len(ids) != 1 or ids.start < 1:
            continue
        if noun_lemma(article, ids.start - 1, SETTLEMENT_NOUNS):
            found.append((span.start, governed_genitive(article, ids) or span.text))
    return found


def feature_names(article: Article) -> list[tuple[int, str]]:
    """(offset, name) of an unknown one-word name right after a natural feature in the
    nominative, which the tagger left out: "Ледник Туюксу отступает"."""
    found = []
    tagged = [(span.start, span.stop) for span in article.spans]
    for index in range(len(article.tokens) - 1):
        if article.lemmas[index] not in FEATURE_NOUNS:
            continue
        feature, name = article.tokens[index], article.tokens[index + 1]
        if feature.feats.get("Case") != "Nom" or not name.text[:1].isupper():
            continue
        # a person span that takes the feature noun in ("Ледник Туюксу") is the tagger's misreading
        spans = [(a, b) for a, b in tagged if not a <= feature.start < b]
        if any(start <= name.start < stop for start, stop in spans):
            continue
        forms = pipeline().morph_vocab(name.text.lower())
        if any(known_whole(f) for f in forms):
            continue
        found.append((name.start, name.text))
    return found


PYMORPHY_CASES = {"Gen": "gent", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


def coordinated_indeclinable(article: Article, ids: range) -> str | None:
    """ "в больницы Тараза и Мерке": a name listed after a place in an oblique case shares that
    case; when no reading of a word ending in a vowel has that case, the word does not decline
    and is the name as written (not "Мерка", whose -е is a dative)."""
    index = ids.start
    if len(ids) != 1 or index < 2 or article.tokens[index - 1].text not in ("и", ",", "или"):
        return None
    word = article.tokens[index].text.lower()
    before = article.tokens[index - 2]
    case = PYMORPHY_CASES.get(before.feats.get("Case", ""))
    if not case or before.pos != "PROPN" or word[-1:] not in "еиоуэю":
        return None
    previous = pipeline().morph_vocab(before.text.lower())
    if any(known_whole(f) for f in previous) and not any(f.tag.case == case for f in previous):
        return None  # the tagger's case for the first name is not sure
    if any(f.tag.case == case for f in pipeline().morph_vocab(word)):
        return None
    return article.tokens[index].text
