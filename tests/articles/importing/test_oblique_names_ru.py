"""Nominative names rebuilt from the case a role noun in apposition shows: a surname in -ова after
a nominative role noun is a woman's whatever her first name suggests, after a genitive one a man's;
a man's first name the dictionary does not know loses its case ending; a capitalised role noun
opening the sentence is no part of the name. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    seed = story(*paragraphs, headline="В столице прошел форум.")
    return extract(seed)


def test_nominative_role_noun_makes_an_ambiguous_surname_feminine():
    result = extraction("«Цены на жилье вырастут», — считает аналитик Бахыт Алимбетова.")
    assert [p.name for p in result.people] == ["Бахыт Алимбетова"]
    assert result.quotes[0].speaker == "Бахыт Алимбетова"


def test_genitive_role_noun_gives_a_mans_nominative_first_name_and_surname():
    result = extraction(
        "Форум открылся выступлением председателя Сената Маулена Тулегенова.",
    )
    assert [p.name for p in result.people] == ["Маулен Тулегенов"]


def test_role_noun_opening_the_sentence_is_not_part_of_the_name():
    result = extraction("Вице-министр Ерлан Кожахметов сообщил, что работы идут по графику.")
    assert [p.name for p in result.people] == ["Ерлан Кожахметов"]
