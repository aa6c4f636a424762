"""English places named by a cue noun after them, on sentences written for these tests: two names
sharing a plural cue ("the Kumkol and Akshabulak fields") are both places."""

import datetime as dt

from articles.importing.extract import extract
from articles.importing.parse import Seed


def places(*paragraphs: str) -> list[str]:
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Output grows.",
        paragraphs=list(paragraphs),
    )
    return extract(seed).places


def test_two_names_sharing_a_plural_cue_noun():
    found = places("Crude comes from the Tengiz and Karachaganak fields, the ministry said.")
    assert "Tengiz" in found
    assert "Karachaganak" in found
