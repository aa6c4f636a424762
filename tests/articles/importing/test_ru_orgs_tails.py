"""Russian organisations on sentences written for these tests: a short form naming its country
differently from the full name, a body of a common noun and its country, a dedication after a
quoted name, a chamber and its parliament, a syllabic acronym, a known place the tagger filed
as a body; and places in the genitive after a noun that governs one."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "Новости региона."):
    return extract(story(*paragraphs, headline=headline))


def test_a_short_form_with_the_country_folds_into_the_long_full_name():
    result = extraction(
        "Центральная избирательная комиссия Кыргызской Республики (ЦИК) утвердила бюллетени.",
        headline="ЦИК Кыргызстана утвердил бюллетени.",
    )
    assert result.organizations == ["Центральная избирательная комиссия Кыргызской Республики"]


def test_a_ministry_short_form_folds_into_the_full_name_with_the_republic():
    result = extraction(
        "Об этом сообщили в Министерстве внутренних дел Республики Таджикистан.",
        "МВД Таджикистана уточнило число задержанных.",
    )
    assert result.organizations == ["Министерство внутренних дел Республики Таджикистан"]


def test_a_body_of_a_common_noun_keeps_its_country():
    orgs = extraction(
        "Фильм отреставрирован при участии Национального киноархива Узбекистана в Ташкенте."
    ).organizations
    assert "Национальный киноархив Узбекистана" in orgs


def test_a_dedication_after_a_quoted_name_is_part_of_it():
    orgs = extraction(
        "Премьеру подготовили на АО «Узбекфильм» имени Камила Ярматова в прошлом году."
    ).organizations
    assert "Узбекфильм имени Камила Ярматова" in orgs


def test_a_chamber_keeps_the_parliament_it_belongs_to():
    result = extraction("Сенатор Сената Олий Мажлиса Дилноза Каримова поддержала закон.")
    assert any(org.endswith("Олий Мажлиса") for org in result.organizations)
    assert not [place for place in result.places if place.startswith("Оли")]


def test_a_syllabic_acronym_is_written_as_is_and_folds_into_its_name():
    orgs = extraction(
        "Таджикский национальный университет (ТаджНУ) открыл набор.",
        "В ТаджНУ ждут абитуриентов из всех районов страны.",
    ).organizations
    assert orgs == ["Таджикский национальный университет"]


def test_a_place_in_the_genitive_after_a_governing_noun_takes_its_nominative():
    places = extraction(
        "Туристы заблудились в горах Сванетии, а спасатели работали в районе Гиждувана."
    ).places
    assert {"Сванетия", "Гиждуван"} <= set(places)


def test_a_known_place_opening_a_quote_is_a_place_not_a_body():
    result = extraction(
        "„Тянь-Шань не прощает ошибок. Мы видим это каждый сезон“, — сказал спасатель.",
        "Группа вернулась с ледника в четверг.",
    )
    assert "Тянь-Шань" not in result.organizations
    assert "Тянь-Шань" in result.places


def test_a_noun_the_tagger_took_for_an_adjective_heads_the_name():
    orgs = extraction(
        "Депутаты Мажилиса Парламента Казахстана приняли закон о медиа."
    ).organizations
    assert any(org.startswith("Мажилис Парламента") for org in orgs)
