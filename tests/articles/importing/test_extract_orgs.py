"""Organisation names in Russian and English copy, on sentences written for these tests: whole
names with a «при …» tail, a genitive abbreviation or a quoted name after a body; short forms
folded into the full name; descriptions and kinds of plant left out; legal forms stripped; names
marked by their context (a number first, "told <agency>", a club before its coach)."""

import pytest

from articles.importing.extract import extract
from articles.importing.extract.organisation_names import short_form_of
from tests.articles.importing.stories import story


def organisations(*paragraphs: str, headline: str = "Стороны обсудили сотрудничество.") -> list:
    seed = story(*paragraphs, headline=headline)
    return extract(seed).organizations


def test_name_with_a_pri_tail_is_kept_whole():
    found = organisations(
        "Агентство по делам молодежи при Правительстве Кыргызстана объявило конкурс грантов."
    )
    assert "Агентство по делам молодежи при Правительстве Кыргызстана" in found
    assert "Правительство Кыргызстана" not in found


def test_quoted_name_after_a_body_joins_it():
    found = organisations("Облигации разместят на Казахстанской фондовой бирже «Алатау».")
    assert any(name.endswith("фондовая биржа Алатау") for name in found)
    assert "Алатау" not in found


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("МИД Узбекистана", "Министерство иностранных дел Узбекистана"),
        ("МИД", "Министерство иностранных дел Узбекистана"),
        ("Навоийский ГМК", "Навоийский горно-металлургический комбинат"),
        ("Минфин Кыргызстана", "Министерство финансов Кыргызстана"),
        ("Минздрав", "Министерство здравоохранения и социального развития Казахстана"),
    ],
)
def test_short_form_is_recognised(short, full):
    assert short_form_of(short, full)
    assert not short_form_of(full, short)


def test_person_description_and_bare_plant_are_not_organisations():
    found = organisations(
        "Казахстанская дзюдоистка Алина Серикова выиграла турнир.",
        "«Мощности от ТЭЦ хватит на всех», — сказал директор компании «Жарык» Марат Бекенов.",
    )
    assert not [name for name in found if "дзюдоистка" in name.lower()]
    assert "ТЭЦ" not in found


def test_latin_legal_form_is_stripped_in_russian_copy():
    found = organisations("Соглашение подписала американская компания Orbital Grid Inc. в Баку.")
    assert "Orbital Grid" in found


def test_english_names_marked_by_context():
    found = organisations(
        "The round was led by 212 Ventures. Harbor Analytics Ltd. joined it later.",
        "Chief executive Emma Novak told Kazinform that hiring would double.",
        "Ordabasy head coach Marat Kenzhebayev praised the squad. Ordabasy won 3-0.",
        headline="Startup raises funds.",
    )
    assert "212 Ventures" in found
    assert "Harbor Analytics" in found
    assert "Kazinform" in found
    assert "Ordabasy" in found


def test_untagged_body_before_pri_is_taken_with_its_tail():
    found = organisations(
        "Проект одобрила Государственная инспекция по надзору за строительством при Кабинете "
        "министров Узбекистана."
    )
    assert any(n.startswith("Государственная инспекция") and "при Кабинете" in n for n in found)


def test_club_competition_is_no_organisation():
    found = organisations(
        "Astana drew 1-1 with Qarabag in the AFC Champions League on Tuesday.",
        headline="Astana draw in Champions League.",
    )
    assert not [name for name in found if name.endswith("Champions League")]
