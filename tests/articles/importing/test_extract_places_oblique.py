"""Place names with endings no nominative has, on words written for these tests: a -стан land in
an oblique case and a feminine -ия land misread as neuter get their nominative; known names such
as Астана stay as they are."""

import pytest

from articles.importing.extract.place_names import regular_nominative


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Татарстана", "Татарстан"),
        ("Башкортостане", "Башкортостан"),
        ("Мегрелие", "Мегрелия"),
        ("Астана", "Астана"),
        ("Тбилиси", "Тбилиси"),
    ],
)
def test_oblique_endings_are_put_right(word, nominative):
    assert regular_nominative(word) == nominative
