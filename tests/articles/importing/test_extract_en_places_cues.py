"""English places named by a cue noun after them, on sentences written for these tests: two names
sharing a plural cue ("the Kumkol and Akshabulak fields") are both places."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def places(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Output grows.")
    return extract(seed).places


def test_two_names_sharing_a_plural_cue_noun():
    found = places("Crude comes from the Tengiz and Karachaganak fields, the ministry said.")
    assert "Tengiz" in found
    assert "Karachaganak" in found
