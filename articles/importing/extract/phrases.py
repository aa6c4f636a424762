"""The nominative of a name phrase: only its head (leading adjectives and the first noun) is
inflected, the rest stays as written — "Бакинском государственном университете" becomes
"Бакинский государственный университет", "Министерства сельского хозяйства Казахстана" becomes
"Министерство сельского хозяйства Казахстана". Natasha's own normaliser needs the syntax parser
for this, which would double the cost of every article."""

from .document import Article
from .nlp import pipeline, to_nominative

GENDER_OF = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def head_noun_index(article: Article, ids: range) -> int | None:
    """The first noun; a word the tagger took for an adjective that the dictionary knows only
    as a noun ("Мажилиса Парламента") is the head, so that the genitive after it stays."""
    for index in ids:
        token = article.tokens[index]
        if token.pos in ("NOUN", "PROPN") or token.pos == "ADJ" and not adjective_word(token.text):
            return index
    return None


def adjective_word(word: str) -> bool:
    forms = pipeline().morph_vocab(word.lower())
    return not forms or any(form.tag.POS in ("ADJF", "PRTF") for form in forms)


def nominative_phrase(article: Article, ids: range) -> str:
    head = head_noun_index(article, ids)
    words = []
    head_token = article.tokens[head] if head is not None else None
    gender = GENDER_OF.get(head_token.feats.get("Gender", "")) if head_token else None
    for index in ids:
        token = article.tokens[index]
        text = token.text
        if head is not None and index <= head and token.pos in ("ADJ", "NOUN", "PROPN"):
            text = to_nominative(text, token.pos, token.feats, gender)
        words.append((index, text))
    return join_words(article, words)


def join_words(article: Article, words: list[tuple[int, str]]) -> str:
    parts = []
    for position, (index, text) in enumerate(words):
        if position:
            previous = article.tokens[words[position - 1][0]]
            parts.append(" " * min(article.tokens[index].start - previous.stop, 1))
        parts.append(text)
    return "".join(parts)
