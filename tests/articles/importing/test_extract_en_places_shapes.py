"""English places and organisations on sentences written for these tests: an adjective-shaped
name before a noun, a town's name that speaks, a hyphenated town, a region of the beat, where a
body sits, an abbreviation in capitals, a club with its sport's abbreviation."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    seed = story(*paragraphs, headline="Officials meet.")
    return extract(seed)


def test_an_adjective_shaped_name_before_a_noun_is_no_place():
    places = extraction("Baltic ports handled more grain, and the Caspian is shrinking.").places
    assert "Baltic" not in places
    assert "Caspian" in places


def test_a_town_name_that_speaks_is_a_surname():
    places = extraction("Shevchenko said the talks in Bishkek had gone well.").places
    assert "Shevchenko" not in places
    assert "Bishkek" in places


def test_a_hyphenated_town_is_not_split_into_a_known_part():
    places = extraction("The ferry sails from the town of Fort-Shevchenko on Mondays.").places
    assert "Shevchenko" not in places


def test_a_region_of_the_beat_is_a_place():
    places = extraction(
        "Officials in Russia's Chechnya and Uzbekistan's Surkhandarya agreed."
    ).places
    assert {"Chechnya", "Surkhandarya"} <= set(places)


def test_where_a_body_sits_is_not_part_of_its_name():
    found = extraction(
        "Scientists at the Institute of Botany in Tashkent and the Academy of Sciences of "
        "Uzbekistan met."
    )
    assert "Institute of Botany" in found.organizations
    assert "Academy of Sciences of Uzbekistan" in found.organizations
    assert "Tashkent" in found.places


def test_an_abbreviation_of_a_body_is_no_town():
    found = extraction(
        "Kazan Federal University (KFU) opened a branch. KFU's rector attended the ceremony."
    )
    assert "Kazan Federal University" in found.organizations
    assert not [place for place in found.places if place.lower() == "kfu"]


def test_organisation_names_do_not_take_a_trailing_and_or_a_nationality_cut():
    found = extraction(
        "The deal was signed by OJSC Azerenerji and PLC Kcell. The Organization of Turkic "
        "States backed it."
    ).organizations
    assert "Azerenerji" in found
    assert "Organization of Turkic States" in found


def test_a_club_named_with_its_sport_abbreviation_is_an_organisation():
    found = extraction("FC Ordabasy beat FC Tobol in Shymkent.")
    assert {"FC Ordabasy", "FC Tobol"} <= set(found.organizations)
    assert "Tobol" not in found.places


def test_a_name_before_area_or_resort_is_a_place():
    places = extraction(
        "Skiers flock to the Shymbulak resort and the Beldersay area each winter."
    ).places
    assert {"Shymbulak", "Beldersay"} <= set(places)


def test_two_bodies_each_closed_by_a_country_are_two_names():
    found = extraction(
        "The Ministry of Health of Georgia and the National Bank of Georgia issued a statement."
    ).organizations
    assert {"Ministry of Health of Georgia", "National Bank of Georgia"} <= set(found)


def test_an_abbreviation_before_a_kind_of_thing_is_no_organisation():
    found = extraction(
        "Work on the CASA power line and the TAPI gas pipeline resumed."
    ).organizations
    assert "TAPI" not in found


def test_a_name_after_a_kind_of_body_stops_at_and():
    found = extraction(
        "Budget carrier FlyArystan Airlines and Qazaq Air added flights to Almaty."
    ).organizations
    assert "FlyArystan Airlines" in found
    assert not [name for name in found if " and " in name]


def test_an_adjective_shaped_name_inside_an_event_name_is_no_place():
    places = extraction("Leaders will meet at the Caspian Summit next year.").places
    assert "Caspian" not in places


def test_a_national_name_with_its_initials_in_brackets_is_an_organisation():
    found = extraction(
        "Uzbekistan Temir Yullari (UTY) ordered wagons. The Akimat of Shymkent approved the plan."
    ).organizations
    assert "Uzbekistan Temir Yullari" in found
    assert "Akimat of Shymkent" in found
    assert "UTY" not in found


def test_a_word_in_capitals_inside_a_sentence_is_an_abbreviation_not_a_town():
    places = extraction(
        "Talks with ITU and ADA officials went well in Baku, the US side said."
    ).places
    assert "Itu" not in places
    assert {"Baku", "United States"} <= set(places)


def test_an_embassy_keeps_the_country_it_sits_in():
    found = extraction(
        "The Embassy of Georgia in Armenia and the Institute of Physics in Yerevan replied."
    ).organizations
    assert "Embassy of Georgia in Armenia" in found
    assert "Institute of Physics" in found


def test_clubs_named_with_a_suffix_or_in_quotes_after_club_are_organisations():
    found = extraction(
        'Sabail FK drew with the club "Turan Tovuz" while Zira PFK rested.'
    ).organizations
    assert {"Sabail FK", "Turan Tovuz", "Zira PFK"} <= set(found)
    assert "FK" not in found
