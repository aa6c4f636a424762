"""Russian organisation names, on sentences written for these tests: bank legal forms (АКБ) left
out, a quoted name after a kind of business filed bare, a stump compound ("Центробанк") folded
into the full name, an agency that reports the news at the end of a clause, and a committee named
with the ministry it belongs to kept as one body."""

from articles.importing.extract import extract
from articles.importing.extract.organisation_names import short_form_of
from tests.articles.importing.stories import story


def organisations(*paragraphs: str, headline: str = "Стороны обсудили сотрудничество.") -> list:
    seed = story(*paragraphs, headline=headline)
    return extract(seed).organizations


def test_bank_legal_form_is_left_out():
    found = organisations("Сделку одобрили в АКБ «Туран банк», сообщили в пресс-службе.")
    assert "Туран банк" in found
    assert not [name for name in found if name.startswith("АКБ")]


def test_quoted_name_after_a_kind_of_business_is_filed_bare():
    found = organisations("Владелец пивоварни «Арпа» в Ереване рассказал о новых сортах.")
    assert "Арпа" in found


def test_stump_compound_is_a_short_form_of_the_full_name():
    assert short_form_of("Центробанк", "Центральный банк Армении")
    assert short_form_of("Нацбанк Казахстана", "Национальный банк Казахстана")
    assert not short_form_of("Казбанк", "Центральный банк Армении")
    found = organisations(
        "Центральный банк Армении сохранил ставку.",
        headline="Центробанк Армении сохранил ставку.",
    )
    assert found == ["Центральный банк Армении"]


def test_agency_reporting_at_the_end_of_a_clause():
    found = organisations("Поезд отправится в июне, сообщает Вестник.")
    assert "Вестник" in found


def test_committee_with_its_ministry_is_one_body():
    found = organisations(
        "Председатель Транспортного комитета Министерства индустрии Казахстана Марат Есенов "
        "рассказал о планах."
    )
    assert "Транспортный комитет Министерства индустрии Казахстана" in found
    assert "Министерство индустрии Казахстана" not in found
