"""English: the capitalised office after a title's "of"/"for" ("Minister of Foreign Affairs",
"Chairman of the Board of …", "Head of the State Committee for …") is not part of the name that
follows it. Sentences written for these tests."""

import pytest

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    seed = story(*paragraphs, headline="Officials meet in the capital.")
    return extract(seed)


@pytest.mark.parametrize(
    "opening",
    [
        "Deputy Minister of Foreign Affairs Aziza Rakhimova",
        "Director General of the State Forestry Service Timur Abenov",
        "Chairman of the Board of Caspian Shipping Orkhan Guliyev",
        "Head of the State Committee for Land Resources Nurlan Baimukhanov",
        "First Deputy Minister of Energy and Natural Resources Zaur Mammadov",
        "Head of the State Committee for Urban Planning and Architecture Anar Guliyev",
        "Chairman of the Board of Directors of KTZ Rovshan Najaf",
        "President of the State Oil Company Rovshan Najaf",
    ],
)
def test_office_words_are_not_glued_to_the_name(opening):
    result = extraction(
        f'"We will sign the agreement next month," {opening} told reporters on Tuesday.',
    )
    name = " ".join(opening.split()[-2:])
    assert [p.name for p in result.people] == [name]
    assert result.quotes[0].speaker == name


def test_surname_alone_later_refers_to_the_titled_person():
    result = extraction(
        "Director of the Agency for External Labour Migration Rustam Yuldashev spoke in Tashkent.",
        '"Demand for welders is growing," Yuldashev said.',
    )
    assert [p.name for p in result.people] == ["Rustam Yuldashev"]
    assert result.quotes[0].speaker == "Rustam Yuldashev"


def test_office_after_a_title_in_apposition_is_not_a_person():
    result = extraction(
        '"The new barriers held up well," said Anna Keller, the league\'s Director of Track Safety.',
    )
    assert [p.name for p in result.people] == ["Anna Keller"]


def test_name_after_a_title_and_of_is_still_a_person():
    result = extraction('"He was right," said the lawyer of Ivan Petrov on Friday.')
    assert "Ivan Petrov" in [p.name for p in result.people]


def test_office_after_a_body_and_for_is_not_a_person():
    result = extraction(
        '"The rules change in June," said Aliya Serikova, Deputy Chair of the Agency for '
        "Financial Market Regulation.",
    )
    assert [p.name for p in result.people] == ["Aliya Serikova"]


def test_unusual_name_after_a_title_word_in_the_office_run_stays_a_person():
    result = extraction(
        "Turkey's Deputy Trade and Industry Minister Kerem Yalcinkaya said exports would grow.",
    )
    assert [p.name for p in result.people] == ["Kerem Yalcinkaya"]


def test_particle_name_after_an_office_keeps_its_particle():
    result = extraction('"Renewables are cheaper," Director General of IRENA Marco La Rocca said.')
    assert [p.name for p in result.people] == ["Marco La Rocca"]
