"""English: "the Almaty-based Institute of X" names the place and the body apart, the body's name
without "Almaty-based"; an Arabic name with "bin" is later cut to its first name too ("Sheikh
Hamdan" for "Hamdan bin Rashid"). Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Investors meet in Dubai."))


def test_a_based_prefix_is_a_place_and_no_part_of_the_body():
    result = extraction(
        "Dana Ospanova, a fellow at the Almaty-based Institute of World Economy, spoke."
    )
    assert "Institute of World Economy" in result.organizations
    assert "Almaty" in result.places


def test_an_arabic_name_is_later_cut_to_its_first_name():
    result = extraction(
        "Dubai Finance Minister Hamdan bin Rashid opened the forum.",
        '"Capital follows stability," Sheikh Hamdan said.',
    )
    assert [p.name for p in result.people] == ["Hamdan bin Rashid"]
    assert result.quotes[0].speaker == "Hamdan bin Rashid"
