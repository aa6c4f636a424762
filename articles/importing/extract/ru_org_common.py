"""Tagged organisation spans that name no one body but a kind of thing: a compound of an
abbreviation and a common noun ("IT-компании", "ИТ-стартап") and, at the start of a sentence
where every word is capitalised anyway, an adjective and a common noun placed somewhere
("Молочный завод в Шымкенте открылся"): a proper name would name its place in the name itself."""

import re

from .document import Article
from .nlp import pipeline
from .place_names import PLACE_PREPOSITIONS, known_whole

PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}
ABBREVIATED_COMPOUND = re.compile(r"^[A-ZА-ЯЁ]{2,5}-([а-яё]+)$")


def common_word(word: str, pos: str) -> bool:
    """The dictionary knows the lower-case word as a whole, as a common `pos` and no name."""
    forms = [f for f in pipeline().morph_vocab(word.lower()) if known_whole(f)]
    proper = any(PROPER & f.tag.grammemes for f in forms)
    return any(pos == f.tag.POS for f in forms) and not proper


def names_a_kind(article: Article, span) -> bool:
    ids = article.tokens_between(span.start, span.stop)
    if not ids:
        return False
    tokens = [article.tokens[i] for i in ids]
    if len(tokens) == 1 and (match := ABBREVIATED_COMPOUND.match(tokens[0].text)):
        return common_word(match[1], "NOUN")
    return len(tokens) == 2 and opens_sentence(article, ids.start) and placed_thing(article, ids)


def opens_sentence(article: Article, index: int) -> bool:
    return index == 0 or article.tokens[index - 1].text in (".", "!", "?", "…", "»")


def placed_thing(article: Article, ids: range) -> bool:
    """ "Соковый завод в Андижане": adjective + noun, both common words, then "в" + a name."""
    adjective, noun = (article.tokens[i] for i in ids)
    after = ids.stop
    if after + 1 >= len(article.tokens) or not noun.text.islower():
        return False
    placed = (
        article.lemmas[after] in PLACE_PREPOSITIONS and article.tokens[after + 1].text[:1].isupper()
    )
    return (
        placed
        and adjective.pos == "ADJ"
        and common_word(adjective.text, "ADJF")
        and common_word(noun.text, "NOUN")
    )
