"""English abbreviations: a name given initials in brackets is no person; an abbreviation set
beside a thing's noun ("the pipeline, known as TCGP") names the thing, not a body; a company's
abbreviation followed by a country names its unit there, the company staying beside it. A
currency's name ("the US dollar") is no mention of the country. Sentences written for these
tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Gas deal signed."))


def test_a_name_given_initials_is_no_person():
    result = extraction("Payments will go through the Unified Settlement Gateway (USGW) from May.")
    assert result.people == []


def test_abbreviations_beside_a_thing_noun_are_no_bodies():
    result = extraction(
        "Gas would flow through the Trans-Caspian pipeline, known as TCGP, by 2030.",
        "The banks will link their clearing systems, BCS and KASS, next year.",
    )
    assert not {"TCGP", "BCS", "KASS"} & set(result.organizations)


def test_a_company_abbreviation_and_a_country_name_its_unit():
    result = extraction(
        "The Kazakh Oil and Gas Company (KOGC) said profits rose.",
        '"We will hire locally," said Aidos Temirov, general manager of KOGC Georgia.',
    )
    assert "KOGC Georgia" in result.organizations
    assert "Kazakh Oil and Gas Company" in result.organizations


def test_a_currency_named_after_a_country_is_no_mention_of_it():
    result = extraction("Contracts will be settled in roubles rather than the US dollar.")
    assert "United States" not in result.places
