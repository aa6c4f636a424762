"""A settlement named after its kind keeps its written form and is no person, also where the
tagger misread the kind's noun; a region's adjective takes in the kind of region after it,
in Russian or the region's own word. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Паводок затронул несколько районов."))


def test_settlement_after_its_kind_is_a_place_as_written_and_no_person():
    result = extraction(
        "Вода подтопила дворы жителей кишлака Каратепар и аула Жанаарык, сообщил глава "
        "района Нурбек Оспанов.",
    )
    assert "Каратепар" in result.places
    assert "Жанаарык" in result.places
    assert [p.name for p in result.people] == ["Нурбек Оспанов"]


def test_region_adjective_takes_in_the_kind_of_region_after_it():
    result = extraction(
        "Спасатели работают в Хорезмском вилояте и в Лебапском велаяте, а также в "
        "Жамбылской области.",
    )
    assert "Хорезмский вилоят" in result.places
    assert "Лебапский велаят" in result.places
    assert "Жамбылская область" in result.places


def test_an_office_the_tagger_filed_as_a_place_is_no_place():
    result = extraction(
        "Аким района Бауыржан Абдрахманов заявил, что дороги в Каратау расчистят к утру.",
    )
    assert not [name for name in result.places if name.lower().startswith("аким")]
    assert "Каратау" in result.places
