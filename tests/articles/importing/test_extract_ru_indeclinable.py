"""Surnames that do not decline (Georgian -швили, -дзе, -ани, Ukrainian -ко) are kept as written
in an oblique case, on names and sentences written for these tests; a declined foreign surname
still gets its nominative back."""

import pytest

from articles.importing.extract.names import declined_foreign_surname


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Гелашвили", "femn"), ("Кипиани", "femn"), ("Гигаури", "masc"), ("Бондаренко", "masc")],
)
def test_indeclinable_surname_is_kept(word, gender):
    assert declined_foreign_surname(word, gender) == word


def test_declined_foreign_surnames_get_their_nominative():
    assert declined_foreign_surname("Гогии", "femn") == "Гогия"
    assert declined_foreign_surname("Йылдызом", "masc") == "Йылдыз"
