"""English places: a region named after its main town keeps its noun ("the Namangan region"), a
region known as such does not ("the Khatlon province"), names listed before one plural noun are
written alike; a name that a place noun follows (a coal field, a crossing, a spit) is a place and
no person; where a statement was made and a name set inside a known place are places too.
Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def places(*paragraphs: str) -> list[str]:
    return extract(story(*paragraphs, headline="Floods close roads.")).places


def test_a_region_named_after_its_town_keeps_its_noun():
    found = places("Floods cut roads in the Namangan region on Friday.")
    assert "Namangan region" in found
    assert "Namangan" not in found


def test_the_town_named_alone_beside_its_region_is_kept_too():
    found = places("Rescuers flew from Namangan to villages across the Namangan region.")
    assert {"Namangan", "Namangan region"} <= set(found)


def test_a_known_region_is_named_without_its_noun():
    found = places("Rain also fell across Tajikistan's Khatlon province.")
    assert "Khatlon" in found
    assert "Khatlon province" not in found


def test_names_listed_before_one_plural_noun_are_written_alike():
    found = places("Schools closed in the Issyk-Kul, Naryn and Talas regions.")
    assert {"Issyk-Kul region", "Naryn region", "Talas region"} <= set(found)


def test_an_unknown_province_keeps_its_noun():
    assert "Dornogovi province" in places("Herders in Dornogovi province lost cattle.")


def test_a_name_a_place_noun_follows_is_a_place_and_no_person():
    result = extract(
        story(
            "Trucks queued at the Bichigt crossing while the Nariin Sukhait coal field stood idle.",
            headline="Border queues grow.",
        )
    )
    assert result.people == []
    assert {"Bichigt", "Nariin Sukhait"} <= set(result.places)


def test_where_a_statement_was_made_is_a_place():
    found = places('"We will rebuild," the governor told reporters in Tsagaanbulag.')
    assert "Tsagaanbulag" in found


def test_a_name_set_inside_a_known_place_is_a_place():
    found = places(
        "The new line links the mine with Khongorbulan in China's Inner Mongolia region."
    )
    assert "Khongorbulan" in found


def test_a_region_with_a_capitalised_noun_is_a_place_and_no_person():
    result = extract(story("Kostanay Region declared an emergency on Sunday.", headline="Floods."))
    assert result.people == []
    assert "Kostanay Region" in result.places


def test_a_country_opening_a_sentence_is_named_without_the_article():
    assert "Netherlands" in places("The Netherlands will send pumps.")
