"""Russian places on sentences written for these tests: a region named inside an organisation's
name belongs to that name, a country so named is still a place (under its short name), a
republic inside a country keeps its full name, a region's adjective cut off from its noun is
joined to it, an adjective that describes a thing is no place, a local council is no place."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "Новости региона."):
    return extract(story(*paragraphs, headline=headline))


def test_a_region_inside_a_court_name_is_no_place_of_its_own():
    places = extraction(
        "Хозяйственный суд Мангистауской области отклонил иск перевозчика к порту Курык."
    ).places
    assert "Мангистауская область" not in places


def test_a_region_named_outside_the_body_as_well_is_a_place():
    places = extraction(
        "Хозяйственный суд Мангистауской области отклонил иск.",
        "Паводки в Мангистауской области начались в марте.",
    ).places
    assert "Мангистауская область" in places


def test_a_country_inside_a_body_name_is_a_place_under_its_short_name():
    places = extraction(
        "Пресс-служба Национального банка Кыргызской Республики сообщила об этом в пятницу."
    ).places
    assert "Кыргызстан" in places
    assert "Кыргызская Республика" not in places


def test_an_official_long_form_of_a_country_is_its_short_name():
    places = extraction("Делегация Российской Федерации прибыла в Ташкент.").places
    assert "Россия" in places
    assert "Российская Федерация" not in places


def test_a_republic_inside_a_country_keeps_its_full_name():
    places = extraction("Урожай хлопка собрали в Республике Татарстан и в Хорезме.").places
    assert "Республика Татарстан" in places


def test_a_region_adjective_cut_off_from_its_noun_is_joined_to_it():
    places = extraction(
        "Паром связал город с Нахчыванской Автономной Республикой через озеро."
    ).places
    assert "Нахчыванская Автономная Республика" in places
    assert "Нахчыванская" not in places


def test_an_adjective_that_describes_a_thing_is_no_place():
    places = extraction(
        "Прокачка по Трансадриатическому газопроводу выросла.", headline="Газ пошел в Европу."
    ).places
    assert not [place for place in places if place.startswith("Трансадриатическ")]


def test_a_local_council_is_no_place():
    places = extraction("Депутаты в районном Кенгаше утвердили бюджет Навои.").places
    assert not [place for place in places if place.startswith("Кенгаш")]


def test_a_country_a_tagged_body_belongs_to_is_a_place():
    places = extraction("Государственный банк Туркменистана (ГБТ) выпустил новые монеты.").places
    assert "Туркменистан" in places


def test_a_country_named_short_beside_its_full_name_is_one_place():
    places = extraction(
        "Северная Корея провела испытания, заявили в Пхеньяне.",
        "Агентство по атомной энергии Кореи не комментирует.",
    ).places
    assert "Северная Корея" in places
    assert "Корея" not in places


def test_a_settlement_named_after_its_kind_keeps_its_written_form():
    places = extraction("Жители аула Караозеке и кишлака Чоркесар остались без света.").places
    assert {"Караозеке", "Чоркесар"} <= set(places)


def test_an_unknown_name_after_a_natural_feature_is_a_place():
    places = extraction(
        "Перевал Кызартбел закрыли из-за лавин, сообщили спасатели.",
        "Ледник Богдатау за десять лет отступил на сто метров.",
    ).places
    assert {"Кызартбел", "Богдатау"} <= set(places)
