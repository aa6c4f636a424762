"""English organisation names, on sentences written for these tests: a governing body named
after the body it governs ("the Board of X JSC", "the Executive Committee of ABC") stands for
that body, a household company's division joined by "and" is one name, and a minister's
portfolio ("Deputy Minister of Energy") names no body."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def organisations(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Officials discuss cooperation.")
    return extract(seed).organizations


def test_board_of_a_company_stands_for_the_company():
    found = organisations(
        "The Supervisory Board of Qazmunai Trans JSC approved the plan on Monday."
    )
    assert "Qazmunai Trans" in found
    assert not [name for name in found if name.startswith(("Board", "Supervisory"))]


def test_committee_of_an_abbreviated_body_stands_for_the_body():
    found = organisations(
        '"Water is shared," said Ali Karimov, Chairman of the Executive Committee of CAWEC, on Friday.'
    )
    assert "CAWEC" in found
    assert not [name for name in found if "Committee" in name]


def test_council_of_a_place_keeps_its_own_name():
    assert "Committee of Ministers" in organisations("The Committee of Ministers met in Paris.")


def test_division_of_a_known_company_is_not_cut_at_and():
    found = organisations("The satellite was built by Airbus Defence and Space in Toulouse.")
    assert "Airbus Defence and Space" in found
    assert "Airbus" not in found


def test_known_company_before_its_chief_executive_stays_alone():
    assert "Boeing" in organisations("Boeing Chief Executive Kelly Ortberg spoke on Monday.")


def test_a_ministers_portfolio_is_no_organisation():
    found = organisations(
        "Uzbekistan's Deputy Minister of Energy and Mining Rustam Aliyev told Kabar on Monday."
    )
    assert not [name for name in found if "Minister" in name or name.endswith("Energy")]
