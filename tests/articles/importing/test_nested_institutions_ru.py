"""Russian organisation names, on sentences written for these tests: a research unit named with
the academy or university it belongs to, in the genitive, is one body; a quoted name after a
word for a kind of company ("киностудия") is that company; a parliament called by its own
language's word ("Милли Меджлис") keeps the country after it."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def organisations(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Учёные подвели итоги года.")
    return extract(seed).organizations


def test_institute_of_an_academy_is_one_body():
    found = organisations(
        "Сотрудники Физико-технического института Академии наук Узбекистана провели опыт."
    )
    assert "Физико-технический институт Академии наук Узбекистана" in found
    assert "Академия наук Узбекистана" not in found


def test_institute_named_alone_stays_alone():
    found = organisations("Директор Института геологии Равшан Саидов считает иначе.")
    assert not [name for name in found if "Академ" in name]


def test_quoted_name_after_a_kind_of_company_is_that_company():
    found = organisations(
        "Фильм снят на киностудии «Тоджикфильм» при поддержке частных продюсеров."
    )
    assert "Тоджикфильм" in found


def test_quoted_name_after_a_project_is_no_company():
    assert organisations("Проект «Зеленый город» запущен весной.") == []


def test_parliament_named_in_its_own_language_keeps_its_country():
    found = organisations("Вчера Милли Меджлис Азербайджана утвердил бюджет на следующий год.")
    assert "Милли Меджлис Азербайджана" in found
    assert "Милли Меджлис" not in found
