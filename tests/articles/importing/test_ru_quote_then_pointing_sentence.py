"""Russian copy: a quote that fills a sentence, followed by a sentence that points back at it ("Так
…", "Об этом …") with a speech verb, is that sentence's speaker's. Sentences written for these
tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="Сборная вышла в плей-офф.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_so_commented_sentence_names_the_speaker():
    quotes = quotes_of(
        "«Мы шли к этой победе три года». Так прокомментировал итог матча защитник сборной "
        "Тимур Байжанов.",
    )
    assert quotes == [("Мы шли к этой победе три года", "Тимур Байжанов")]


def test_about_this_sentence_names_the_speaker():
    quotes = quotes_of(
        "«Стадион примет болельщиков уже в сентябре». Об этом сообщил вице-министр туризма и "
        "спорта Серик Ахметов.",
    )
    assert quotes == [("Стадион примет болельщиков уже в сентябре", "Серик Ахметов")]


def test_a_quoted_name_opening_a_sentence_is_not_speech():
    quotes = quotes_of("«Кайрат» обыграл «Астану». Это был третий матч сезона.")
    assert quotes == []
