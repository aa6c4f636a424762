"""The topics suggested for words of our own: the topic tests' one way to ask.

`english` and `russian` take the headline and the text as the extraction would hand them over
(English words through `simple_lemma`, Russian already as lemmas); `codes` takes the words as
they are."""

from articles.importing.extract.english_text import simple_lemma
from articles.importing.extract.topics import suggest_topics


def codes(words: list[str], language: str = "en", headline_words: int = 0) -> list[str]:
    return [topic.code for topic in suggest_topics(words, language, headline_words)]


def english(text: str, headline: str = "") -> list[str]:
    words = [simple_lemma(word) for word in (headline + " " + text).lower().split()]
    return codes(words, "en", len(headline.split()))


def russian(lemmas: str, headline: str = "") -> list[str]:
    return codes((headline + " " + lemmas).split(), "ru", len(headline.split()))
