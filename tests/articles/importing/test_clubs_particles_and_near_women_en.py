"""English: a club named with a word that only opens club names ("Dynamo", "Atletico") is an
organisation, not a person; an Arabic family name with its particle ("Al Hashemi") is the same
person as the full name, also when the full name opens a sentence; a given name that speaks
alone ("Anwar said") is its one person; "she" goes to a woman guessed
from her first name when she is named closer than a person of unknown gender. Sentences written
for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="A transfer and a launch."))


def test_a_club_opening_word_names_a_club_not_a_person():
    result = extraction(
        "Polish club Wisla Torun has signed winger Lucas Prado from Dynamo Ostrava on loan.",
    )
    assert "Dynamo Ostrava" in result.organizations
    assert [p.name for p in result.people] == ["Lucas Prado"]


def test_a_family_name_with_its_particle_is_the_full_name_person():
    result = extraction(
        "Khalid Al Mansouri, head of research at the Gulf Ocean Institute, spoke to reporters.",
        '"The buoys are already working," Al Mansouri said.',
    )
    assert [p.name for p in result.people] == ["Khalid Al Mansouri"]
    assert result.quotes[0].speaker == "Khalid Al Mansouri"


def test_she_goes_to_the_nearer_woman_guessed_from_her_first_name():
    result = extraction(
        "The Porto side sold midfielder Rui Tavares to a Spanish club for 9 million euros.",
        "The club's finance director, Marta Quental, said the money would fund a new pitch.",
        '"We sell to build, and we build to sell again," she said.',
    )
    assert result.quotes[0].speaker == "Marta Quental"


def test_a_given_name_that_speaks_alone_is_its_person():
    result = extraction(
        "Indonesian President Anwar Hamid met Japanese Prime Minister Sato Kenji in Tokyo.",
        '"We share the same sea," Anwar said after the talks.',
    )
    assert [p.name for p in result.people] == ["Anwar Hamid", "Sato Kenji"]
    assert result.quotes[0].speaker == "Anwar Hamid"
