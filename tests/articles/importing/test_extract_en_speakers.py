"""English speakers and quote shapes, on sentences written for these tests: he/she checked
against the gender the story shows, a title qualified by a team or body name, and a quotation
carried over two paragraphs in the English style (no closing mark, the next paragraph reopens)."""

from articles.importing.extract.english import extract_english
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="Officials discuss cooperation.")
    return [(q.text.rstrip(",. "), q.speaker) for q in extract_english(seed).quotes]


def test_she_skips_a_nearer_man_for_the_woman_already_called_she():
    quotes = quotes_of(
        "Founder Tamari Kvaratskhelia said the bakery chain would open in Yerevan.",
        '"We bake everything on site," she said.',
        "Deputy mayor Levan Mchedlidze welcomed the investment.",
        '"The city needs more jobs like these," Mchedlidze said.',
        '"Our next shop will be in Gyumri," she added.',
    )
    assert quotes[-1] == ("Our next shop will be in Gyumri", "Tamari Kvaratskhelia")


def test_title_qualified_by_a_team_name_picks_that_teams_holder():
    quotes = quotes_of(
        '"We deserved the win," said Astana head coach Grigori Babayan.',
        '"Our defence let us down," said Bruno Keller, Ordabasy head coach.',
        'Keller said the squad was tired. "We will be stronger at home," the Ordabasy coach added.',
    )
    assert quotes[-1] == ("We will be stronger at home", "Bruno Keller")


def test_quotation_over_two_paragraphs_is_one_quote():
    quotes = quotes_of(
        "Port director Samir Huseynov described the expansion.",
        '"First we dredge the channel so that larger ships can call. Then we add two berths for '
        "container traffic.",
        '"By 2027 the port will handle twice the cargo it does today," Huseynov said.',
    )
    assert len(quotes) == 1
    text, speaker = quotes[0]
    assert text.startswith("First we dredge") and text.endswith("it does today")
    assert speaker == "Samir Huseynov"


def test_descriptor_nobody_holds_goes_to_the_person_without_a_role():
    quotes = quotes_of(
        '"The harvest is late," Agriculture Minister Bakyt Torobaev said.',
        "Cotton grower Ulugbek Rakhimov, who farms near Osh, disagreed.",
        '"My fields are ready already," the farmer said.',
    )
    assert quotes[-1] == ("My fields are ready already", "Ulugbek Rakhimov")


def test_descriptor_with_no_candidate_is_left_unattributed():
    quotes = quotes_of(
        '"The road opens in May," Transport Minister Tilek Tekebaev said.',
        "The 80-kilometre road links two valleys.",
        "Construction began in 2021 and cost $90 million.",
        '"We have waited ten years for it," the teacher said.',
    )
    assert quotes[-1] == ("We have waited ten years for it", None)
