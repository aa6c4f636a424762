"""Russian places on sentences written for these tests: a list of regions sharing one noun, an
indeclinable city in an oblique case, a country of adjective and noun, a common noun that opens
a sentence, an abbreviation in an oblique case."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "Новости региона."):
    return extract(story(*paragraphs, headline=headline))


def test_every_region_of_a_list_takes_the_shared_noun():
    places = extraction(
        "Снегопад затронул Жамбылскую, Туркестанскую и Кызылординскую области."
    ).places
    assert {"Жамбылская область", "Туркестанская область", "Кызылординская область"} <= set(places)


def test_indeclinable_cities_stay_as_written():
    places = extraction("Делегация побывала в Актобе, затем в Тбилиси, Сочи и Баку.").places
    assert {"Актобе", "Тбилиси", "Сочи", "Баку"} <= set(places)
    assert "Актоба" not in places


def test_a_country_of_adjectives_and_noun_agrees_in_the_nominative():
    places = extraction("Инвесторы из Объединенных Арабских Эмиратов открыли завод.").places
    assert "Объединенные Арабские Эмираты" in places


def test_a_common_noun_opening_the_headline_is_no_place():
    places = extraction(
        "Текст.", headline="Засуха в Костанайской области: фермеры ждут помощи."
    ).places
    assert "Засуха" not in places
    assert "Костанайская область" in places


def test_places_inside_a_role_are_places():
    places = extraction("Посол Таджикистана в Армении Рустам Назаров вручил грамоты.").places
    assert {"Таджикистан", "Армения"} <= set(places)


def test_a_dictionary_place_listed_after_places_is_a_place():
    places = extraction("Филиалы открыты в Гяндже, Ленкорани и Шеки, сообщили в компании.").places
    assert "Шеки" in places


def test_adjective_and_noun_places_agree_in_the_nominative():
    places = extraction(
        "Послы встретились в Кыргызской Республике, затем в Соединенных Штатах и Южной Корее."
    ).places
    # the official long form of a country is filed under its short name
    assert {"Кыргызстан", "Соединенные Штаты", "Южная Корея"} <= set(places)


def test_a_known_city_in_an_oblique_case_takes_its_gazetteer_name():
    places = extraction("Груз доставят в Кызылорду и Астрахань, а затем в Бухару.").places
    assert {"Кызылорда", "Астрахань", "Бухара"} <= set(places)


def test_a_route_of_known_cities_names_each_city():
    places = extraction("Трасса Ташкент-Самарканд и город Джалал-Абад готовы к сезону.").places
    assert {"Ташкент", "Самарканд", "Джалал-Абад"} <= set(places)


def test_a_region_of_the_beat_in_an_oblique_case_is_a_place():
    places = extraction("Гуманитарный груз отправлен в Каракалпакстан и Хорезм.").places
    assert {"Каракалпакстан", "Хорезм"} <= set(places)
