"""English places, on sentences written for these tests: the region's rivers named alone ("along
the Kura") and a town's quarter named before the word "quarter" are places; a "quarter" of the
year is not."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def places(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Officials discuss cooperation.")
    return extract(seed).places


def test_rivers_of_the_region_named_alone_are_places():
    found = places("Water from the Vakhsh and the Araz was measured after the spring floods.")
    assert "Vakhsh" in found
    assert "Araz" in found


def test_old_quarter_of_a_town_is_a_place():
    assert "Sheikhantaur" in places(
        "Tourists walked through the old Sheikhantaur quarter on Sunday."
    )


def test_quarter_of_the_year_is_no_place():
    assert places("Third quarter results were strong, and First quarter profit rose.") == []


def test_a_known_river_written_with_the_word_river_keeps_it():
    found = places("Farmers along the Vakhsh River and the Mekong River lost their crops.")
    assert "Vakhsh River" in found
    assert "Mekong River" in found
