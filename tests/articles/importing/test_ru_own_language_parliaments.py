"""A parliament named in its own language declines only its borrowed noun: the organisation is
filed with the first word as written and the noun in the nominative; a Russian adjective still
declines with its noun. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def organisations(*paragraphs: str) -> list[str]:
    return extract(story(*paragraphs, headline="Парламент начал весеннюю сессию.")).organizations


def test_own_language_parliament_in_the_genitive_is_filed_in_the_nominative():
    found = organisations(
        "Сессия Жогорку Кенеша открылась во вторник. Спикер Милли Меджлиса приехал с визитом.",
    )
    assert "Жогорку Кенеш" in found
    assert "Милли Меджлис" in found
    assert not [name for name in found if name.endswith(("Кенеша", "Меджлиса"))]


def test_russian_adjective_before_a_council_still_declines():
    found = organisations("Президиум Верховного Совета собрался в пятницу.")
    assert "Верховный Совет" in found
