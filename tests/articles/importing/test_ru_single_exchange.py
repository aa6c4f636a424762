"""Russian copy: a single question and its answer, dash-led, right after a paragraph that speaks
of questions asked, is an interview answer of the person that paragraph names; a lone dash
paragraph with no such introduction is not. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="В области откроют новые школы.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_one_question_and_answer_after_an_intro_is_the_interviewees():
    quotes = quotes_of(
        "Аким области Бахыт Сейсенов ответил на вопросы журналистов после совещания.",
        "— Бахыт Канатович, сколько школ построят в этом году?",
        "— Семь, и еще две мы начнем весной следующего года.",
    )
    assert quotes == [("Семь, и еще две мы начнем весной следующего года.", "Бахыт Сейсенов")]


def test_dash_paragraphs_without_a_question_are_not_answers():
    quotes = quotes_of(
        "Аким области Бахыт Сейсенов провел совещание.",
        "— строительство семи школ;",
        "— ремонт двух больниц.",
    )
    assert quotes == []
