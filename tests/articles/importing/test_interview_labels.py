"""Interviews printed as a transcript with labels ("Вопрос:" / "Ответ:", "Question:" /
"Answer:"): the answers are the interviewee's, the questions nobody's. Sentences written for
these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(headline: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline=headline)
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_russian_question_and_answer_labels():
    quotes = quotes_of(
        "Экономист о ставке.",
        "Экономист Лола Назарова ответила на вопросы агентства.",
        "Вопрос: Ожидали ли вы такого решения?",
        "Ответ: Да, рынок к нему готовился заранее.",
        "Вопрос: Что будет с кредитами?",
        "Ответ: Ставки снизятся не раньше лета.",
    )
    assert quotes == [
        ("Да, рынок к нему готовился заранее.", "Лола Назарова"),
        ("Ставки снизятся не раньше лета.", "Лола Назарова"),
    ]


def test_english_question_and_answer_labels():
    quotes = quotes_of(
        "Economist on the rate.",
        "Economist Lola Nazarova answered the agency's questions.",
        "Question: Did you expect the decision?",
        "Answer: Yes, the market had prepared for it.",
        "Question: What happens to loans?",
        "Answer: Rates will fall by summer.",
    )
    assert quotes == [
        ("Yes, the market had prepared for it.", "Lola Nazarova"),
        ("Rates will fall by summer.", "Lola Nazarova"),
    ]
