"""Where a Russian organisation's name goes on past the span the tagger gave it: a body named
with a common noun and the country it belongs to ("Национального киноцентра" + "Грузии"), a
dedication ("«Казахфильм» имени Шакена Айманова"), a chamber and the parliament it belongs to
("Законодательной палаты" + "Олий Мажлиса"). And where a span the tagger filed as a body is a
place it knows ("Тянь-Шань" opening a quote)."""

from .document import Article
from .lexicon_ru import PARLIAMENTS
from .place_names import KNOWN, known_declension

CLOSING_QUOTES = ("»", '"', "“", "”")
MAX_DEDICATION_WORDS = 3
MAX_PARLIAMENT_WORDS = 3
MAX_CASE_ENDING = 3


def names_a_place(article: Article, span) -> bool:
    """One known place, not closed by a quotation mark as a name would be («Астана» the club)."""
    text = article.text[span.start : span.stop].strip('«»"„“” ')
    if " " in text or article.text[span.stop : span.stop + 1] in CLOSING_QUOTES:
        return False
    return text.lower().replace("ё", "е") in KNOWN or known_declension(text) is not None


def extend_tail(article: Article, span, places, absorbed: set[int]) -> None:
    """Move span.stop past a country, a dedication or a parliament that goes on naming it."""
    ids = article.tokens_between(span.start, span.stop)
    if not ids:
        return
    if common_noun_body(article, ids):
        for place in places:
            if place.start == span.stop + 1 and genitive(article, place.start):
                span.stop = place.stop
                absorbed.add(place.start)
    span.stop = dedication_end(article, span.stop)
    span.stop = parliament_end(article, span.stop)


def common_noun_body(article: Article, ids: range) -> bool:
    """ "Национального киноцентра": a capitalised adjective and a lower-case noun the tagger
    took for a body's name."""
    first, last = article.tokens[ids.start], article.tokens[ids.stop - 1]
    return (
        len(ids) > 1
        and first.pos == "ADJ"
        and first.text[:1].isupper()
        and last.pos == "NOUN"
        and last.text[:1].islower()
    )


def genitive(article: Article, offset: int) -> bool:
    return article.tokens[article.token_index(offset)].feats.get("Case") == "Gen"


def dedication_end(article: Article, stop: int) -> int:
    """Past "имени Шакена Айманова", "имени аль-Фараби": the person a body is named after."""
    index = article.token_index(stop)
    ids = article.tokens_between(article.sentence_bounds(stop)[0], stop)
    if ids and article.tokens[ids.stop - 1].text == "имени":
        index = ids.stop - 1
    if index >= len(article.tokens) or article.tokens[index].text != "имени":
        return stop
    end = index + 1
    while end < len(article.tokens) and end - index <= MAX_DEDICATION_WORDS:
        word = article.tokens[end].text
        if not (word[:1].isupper() or word.startswith("аль-")):
            break
        end += 1
    return article.tokens[end - 1].stop if end > index + 1 else stop


def parliament_end(article: Article, stop: int) -> int:
    """Past "Олий Мажлиса", "Жогорку Кенеша": capitalised words ending in a parliament."""
    index = article.token_index(stop)
    for end in range(index, min(index + MAX_PARLIAMENT_WORDS, len(article.tokens))):
        token = article.tokens[end]
        if not token.text[:1].isupper():
            return stop
        if is_parliament(token.text):
            return token.stop
    return stop


def is_parliament(word: str) -> bool:
    """A parliament's name with a case ending ("Мажлиса", "Кенгашей"), known to the dictionary
    or not."""
    word = word.lower()
    return any(
        word.startswith(name) and len(word) - len(name) <= MAX_CASE_ENDING for name in PARLIAMENTS
    )
