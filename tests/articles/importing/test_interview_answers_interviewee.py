"""Answers of a question-and-answer interview belong to the person the intro says was interviewed,
not to someone else the intro names first. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def speakers(headline: str, *paragraphs: str) -> list[str | None]:
    seed = story(*paragraphs, headline=headline)
    return [q.speaker for q in extract(seed).quotes]


def test_russian_answers_go_to_the_interviewee_not_the_official_named_first():
    found = speakers(
        "Нацбанк сохранил ставку.",
        "Решение объявил заместитель председателя Нацбанка Тимур Сулейменов.",
        "В интервью агентству экономист Шахноза Рахимова рассказала, чего ждать заемщикам.",
        "— Ожидали ли вы такого решения?",
        "— Да, это был базовый сценарий. Рынок к нему готовился заранее.",
        "— Что будет с кредитами?",
        "— Ставки по кредитам снизятся не раньше лета.",
    )
    assert found == ["Шахноза Рахимова", "Шахноза Рахимова"]


def test_russian_interviewee_as_subject_of_an_inverted_verb():
    found = speakers(
        "Биржа подвела итоги года.",
        "Председатель правления биржи Азиз Каримов отчитался о рекордных оборотах.",
        "Итоги года прокомментировал директор фонда «Самарканд Инвест» Отабек Юсупов.",
        "— Чем запомнился год?",
        "— Ростом числа частных инвесторов. Их стало вдвое больше.",
        "— А что ждет рынок дальше?",
        "— Новые размещения госкомпаний.",
    )
    assert found == ["Отабек Юсупов", "Отабек Юсупов"]


def test_english_answers_go_to_the_person_of_the_interview_sentence():
    found = speakers(
        "Uzbek central bank cuts rate.",
        "The central bank's governor Timur Ishmetov announced the decision on Thursday. "
        "In an interview with the agency, economist Nodira Karimova explained what it means.",
        "– Did the market expect the cut?",
        "– Yes, most banks had priced it in.",
        "– When will loans get cheaper?",
        "– Probably not before summer.",
    )
    assert found == ["Nodira Karimova", "Nodira Karimova"]
