"""Who answers an interview when the intro names the reporter too or the headline names the
interviewee; a man's first name in the instrumental case is given in the nominative. Sentences
written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story

QUESTIONS_AND_ANSWERS = (
    "— Каким будет этот год?",
    "— Непростым. Рост замедлится до четырех процентов.",
    "— Почему?",
    "— Из-за цен на нефть.",
)


def extraction(headline: str, *paragraphs: str):
    seed = story(*paragraphs, headline=headline)
    return extract(seed)


def test_reporter_who_talked_to_the_interviewee_is_not_the_speaker():
    result = extraction(
        "Экономист ждет замедления роста.",
        "Корреспондент агентства Анна Петрова побеседовала с директором Института экономики "
        "Ержаном Калиевым о перспективах роста.",
        *QUESTIONS_AND_ANSWERS,
    )
    assert {p.name for p in result.people} == {"Анна Петрова", "Ержан Калиев"}
    assert [q.speaker for q in result.quotes] == ["Ержан Калиев", "Ержан Калиев"]


def test_interviewee_named_in_the_headline_before_a_colon():
    result = extraction(
        "Ержан Калиев: рост замедлится до четырех процентов.",
        "Директор Института экономики ответил на вопросы агентства. Ранее глава Нацбанка "
        "Тимур Сулейменов допустил снижение ставки.",
        *QUESTIONS_AND_ANSWERS,
    )
    assert [q.speaker for q in result.quotes] == ["Ержан Калиев", "Ержан Калиев"]


def test_english_reporter_is_not_the_interviewee():
    result = extraction(
        "Economist expects slower growth.",
        "Agency correspondent Anna Petrova spoke with Yerzhan Kaliyev, director of the "
        "Institute of Economics, about growth.",
        "– What will this year be like?",
        "– Difficult. Growth will slow to four percent.",
        "– Why?",
        "– Because of oil prices.",
    )
    assert [q.speaker for q in result.quotes] == ["Yerzhan Kaliyev", "Yerzhan Kaliyev"]
