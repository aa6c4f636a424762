"""English organisations: a body's name runs on through "of" even when the words after it look
like a person's name; a foreign body's name holds its own connectors ("für"); parliaments are
named by their own words (Majlis, Khural); a delegation or mission takes in "to the X"; everyday
technical abbreviations (ATM, SIM) are no bodies. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def orgs(*paragraphs: str) -> list[str]:
    return extract(story(*paragraphs, headline="Regulators open checks.")).organizations


def test_words_after_of_in_a_body_s_name_are_no_person():
    found = orgs(
        "The State Inspectorate for Protection of Wild Fauna (Goszoonadzor) opened a case."
    )
    assert "State Inspectorate for Protection of Wild Fauna" in found


def test_a_german_body_keeps_its_connector():
    found = orgs("Analysts at the Stiftung für Wissenschaft und Politik were sceptical.")
    assert "Stiftung für Wissenschaft und Politik" in found


def test_a_parliament_named_by_its_own_word_is_a_body():
    found = orgs("The bill now goes to the Milli Majlis, which meets in October.")
    assert "Milli Majlis" in found


def test_a_mission_takes_in_where_it_is_accredited():
    found = orgs("A statement from the Permanent Mission to the United Nations followed.")
    assert "Permanent Mission to the United Nations" in found


def test_everyday_technical_abbreviations_are_no_bodies():
    assert orgs("Customers queued at ATMs and swapped SIM cards before the holiday.") == []
