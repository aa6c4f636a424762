"""English: a name after a long office that holds "and" is a person, not a brand beside a body;
"X-based" is no name; bodies headed by Confederation/Programme or with a group's possessive or a
comma-parted list of portfolios are found whole; rivers, deserts and gulfs are places; a route's
end beside a known place and names listed after "in" where areas are spoken of are places.
Sentences written for these tests."""

import pytest

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Officials meet in the capital."))


def test_name_after_an_office_with_and_is_the_speaker():
    result = extraction(
        '"The grid will be ready by spring," Georgia\'s First Deputy Minister of Economy and '
        "Sustainable Development Nino Beridze said.",
        '"After that we can export more," she added.',
    )
    assert [p.name for p in result.people] == ["Nino Beridze"]
    assert {q.speaker for q in result.quotes} == {"Nino Beridze"}
    assert not any("Beridze" in org for org in result.organizations)


def test_based_adjective_is_no_person_and_no_speaker():
    result = extraction(
        "Petrov said the Dubai-based lender Crescent Capital Partners would fund the plant.",
        '"We expect the first power next year," she added.',
    )
    assert not any("based" in p.name for p in result.people)
    assert "Dubai" in result.places


@pytest.mark.parametrize(
    "name",
    [
        "European Chess Confederation",
        "Children's Investment Fund",
        "Men's Volleyball Association",
    ],
)
def test_body_heads_and_group_possessives(name):
    result = extraction(f"The {name} (XYZ) backed the event, officials said on Monday.")
    assert name in result.organizations


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("The Aral Delta Watch (ADW) counted the birds.", "Aral Delta Watch"),
        ("Aid came from the UN Environment Programme on Monday.", "UN Environment Programme"),
        ("The Steppe Grain Programme (SGP) lends to farmers.", "Steppe Grain Programme"),
    ],
)
def test_a_name_its_initials_follow_or_a_un_programme_is_a_body(sentence, body):
    assert body in extraction(sentence).organizations


@pytest.mark.parametrize(
    "sentence",
    [
        "The State Programme for Rural Roads was adopted in May.",
        "Fishing in the Exclusive Economic Zone (EEZ) was banned.",
        "The Middle Caspian Transit Route (MCTR) carried more cargo.",
    ],
)
def test_a_plan_a_zone_or_a_route_is_no_body(sentence):
    assert extraction(sentence).organizations == []


def test_portfolios_listed_with_commas_are_one_body():
    result = extraction(
        "The plan was approved by the Ministry of Youth, Family and Social Affairs of Georgia, "
        "which will pay for it.",
    )
    assert "Ministry of Youth, Family and Social Affairs of Georgia" in result.organizations
    assert "Ministry of Youth" not in result.organizations


def test_two_bodies_joined_by_and_the():
    result = extraction(
        "The Ministry of Transport and Communications and the Agency for Roads met on Friday."
    )
    assert result.organizations == ["Ministry of Transport and Communications", "Agency for Roads"]


def test_rivers_deserts_and_the_gulf_are_places():
    result = extraction(
        "Barges on the Mekong were stranded, and herders left the Thar Desert, "
        "while buyers from the Gulf offered help.",
    )
    assert {"Mekong", "Thar Desert", "Gulf"} <= set(result.places)


def test_a_route_end_beside_a_known_place_is_a_place_not_a_person():
    result = extraction(
        "The company will rebuild the road from Tbilisi to Tsiteli Khidi on the Azerbaijani border."
    )
    assert "Tsiteli Khidi" in result.places
    assert result.people == []


def test_names_listed_after_in_where_districts_are_spoken_of():
    result = extraction(
        "Floods hit six districts of Punjab on Monday.",
        "Rescue boats are working in Narowal and Hafizabad, officials said. "
        "Banks invested in Meezan and Faysal last year.",
    )
    assert {"Narowal", "Hafizabad"} <= set(result.places)
    assert not {"Meezan", "Faysal"} & set(result.places)


def test_landform_nouns_and_particled_names_make_places():
    result = extraction(
        "Shepherds drove the flocks from the Talgar ridge across the Dasht-e-Shur desert "
        "to the Karasu lowland."
    )
    assert {"Talgar", "Dasht-e-Shur", "Karasu"} <= set(result.places)


def test_a_surname_spelled_another_way_is_the_same_person():
    result = extraction(
        "Deputy Governor Bakhtiyar Jafarli opened the plant on Monday.",
        '"The line will reach every village," Jafarly said.',
        'Later Bakhtiyar Jafarly met Nurlan Kasymov. "It is good," Qasymov said.',
    )
    assert [p.name for p in result.people] == ["Bakhtiyar Jafarli", "Nurlan Kasymov"]
    assert [q.speaker for q in result.quotes] == ["Bakhtiyar Jafarli", "Nurlan Kasymov"]
