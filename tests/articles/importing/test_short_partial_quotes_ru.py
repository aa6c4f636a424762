"""A two-word fragment with a verb, quoted after a speech verb, is someone's words; a two-word term
is not. "Представитель" plus a body refers back to the person of that body, by its acronym too.
Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="Соседи договорились о границе.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_two_words_with_a_verb_after_a_speech_verb_are_a_quote():
    quotes = quotes_of(
        "Министр энергетики Таджикистана Далер Джума заявил, что стороны «окончательно "
        "договорились» о ценах на электроэнергию.",
    )
    assert quotes == [("окончательно договорились", "Далер Джума")]


def test_two_word_term_is_no_quote():
    quotes = quotes_of(
        "Министр энергетики Таджикистана Далер Джума заявил, что страна развивает «зеленую "
        "энергетику» в горных районах.",
    )
    assert quotes == []


def test_representative_of_a_body_named_by_its_acronym():
    quotes = quotes_of(
        "«Переговоры прошли конструктивно», — сообщил заместитель министра иностранных дел "
        "Таджикистана Фарход Салим.",
        "Министр энергетики Далер Джума проведет отдельные консультации в мае.",
        "Представитель МИД также сообщил, что стороны «полностью согласовали» маршруты.",
    )
    assert quotes[-1] == ("полностью согласовали", "Фарход Салим")
