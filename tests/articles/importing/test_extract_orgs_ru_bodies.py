"""Russian organisations on sentences written for these tests: a court named with its remit
("по … делам") and region, an abbreviation in an oblique case, legal forms left out."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def organisations(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Новости.")
    return extract(seed).organizations


def test_a_court_with_its_remit_and_region_is_one_name():
    found = organisations(
        "Специализированный межрайонный экономический суд по налоговым делам Павлодарской "
        "области отклонил иск."
    )
    assert (
        "Специализированный межрайонный экономический суд по налоговым делам Павлодарской области"
        in found
    )


def test_an_abbreviation_in_an_oblique_case_is_kept_as_written():
    found = organisations(
        "Исламский банк развития (ИБР) одобрил заем. Эксперты ИБР посетили объект."
    )
    assert "Исламский банк развития" in found
    assert not [name for name in found if name.startswith("ИБР") and name != "ИБР"]


def test_legal_forms_are_left_out():
    found = organisations("Сделку заключили ПАО «Северсталь», ТОО «Алтын Дала» и ЗАО «Вектор».")
    assert {"Северсталь", "Алтын Дала", "Вектор"} <= set(found)


def test_a_body_attached_by_pri_is_part_of_the_name():
    found = organisations(
        "Отчет подготовил Центр исследований при Президенте Республики Узбекистан."
    )
    assert "Центр исследований при Президенте Республики Узбекистан" in found


def test_a_quoted_club_after_its_players_is_an_organisation_in_the_nominative():
    found = organisations("Болельщики «Актобе» и футболисты «Ордабасы» вышли на поле.")
    assert "Ордабасы" in found


def test_an_abbreviation_of_a_full_name_in_the_same_story_is_one_body():
    found = organisations(
        "ЕБРР открыл офис в Душанбе. Европейский банк реконструкции и развития вложит средства."
    )
    assert "ЕБРР" not in found
    assert "Европейский банк реконструкции и развития" in found


def test_a_descriptor_quoted_with_the_name_is_left_out():
    found = organisations("Вагоны закупило АО «Национальная компания «Кедентранссервис».")
    assert "Кедентранссервис" in found


def test_a_court_in_an_oblique_case_is_named_in_the_nominative():
    found = organisations("Иск рассмотрит судья Медеуского районного суда, сообщили источники.")
    assert "Медеуский районный суд" in found


def test_a_capitalised_body_with_its_remit_inside_a_sentence_is_an_organisation():
    found = organisations(
        "Как сообщили в Национальном агентстве по развитию инноваций, заявки приняты. "
        "Итоги подвела Высшая аттестационная комиссия."
    )
    assert "Национальное агентство по развитию инноваций" in found
    assert "Высшая аттестационная комиссия" in found
