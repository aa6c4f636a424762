"""Russian place names in oblique cases put into the nominative, on sentences written for these
tests: pymorphy2 inflection when the tagger took the case for nominative, checked against the
dictionary, the gazetteer or the article's own spelling; hyphenated names after a preposition."""

from articles.importing.extract import extract
from articles.importing.extract.place_names import nominative_place
from tests.articles.importing.stories import story


def places(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Туристы едут в горы.")
    return extract(seed).places


def test_adjective_of_a_two_word_place_is_put_into_the_nominative():
    assert nominative_place("Джунгарского Алатау", "") == "Джунгарский Алатау"


def test_guessed_form_is_kept_when_the_article_spells_it_so_elsewhere():
    text = "В Ширване построят завод. Ширван выбран из-за воды."
    assert nominative_place("Ширване", text) == "Ширван"


def test_name_that_can_be_nominative_is_left_alone():
    assert nominative_place("Алматы", "") == "Алматы"
    assert nominative_place("Керимли", "") == "Керимли"


def test_hyphenated_place_after_a_preposition_is_found():
    found = places("Пастухи перегоняют скот по всему Кызыл-Агачу, сообщили в районе.")
    assert any(name.startswith("Кызыл-Агач") for name in found)
