"""English people: two people who share a surname stay apart, and a surname alone stands for the
one named last before it; a name at the end of a long office ("Commissioner for Digital Policy
Ingeborg Lindqvist") is a person when her surname later speaks on its own. Sentences written for
these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Cup final goes to extra time."))


def test_a_surname_alone_stands_for_the_namesake_named_before_it():
    result = extraction(
        "Defender Rustam Saidov headed the equaliser in the 70th minute.",
        "Saidov, 22, said he had waited all season for such a goal.",
        '"My legs were shaking," he told reporters.',
        "Visiting goalkeeper Farrukh Saidov, his cousin, made eleven saves.",
    )
    assert {p.name for p in result.people} == {"Rustam Saidov", "Farrukh Saidov"}
    assert [q.speaker for q in result.quotes] == ["Rustam Saidov"]


def test_a_surname_alone_after_both_namesakes_is_the_later_one():
    result = extraction(
        "Striker Bekzod Umarov scored twice. His brother, winger Dilshod Umarov, set up both.",
        '"We grew up passing to each other," Umarov said.',
    )
    assert [q.speaker for q in result.quotes] == ["Dilshod Umarov"]


def test_name_after_a_long_office_is_a_person_when_the_surname_speaks_alone():
    result = extraction(
        "The deal was signed by Nordic Commissioner for Digital Policy Ingeborg Lindqvist.",
        '"Data centres need cheap power," Lindqvist said.',
    )
    assert [p.name for p in result.people] == ["Ingeborg Lindqvist"]
    assert result.quotes[0].speaker == "Ingeborg Lindqvist"


def test_last_words_of_an_office_that_never_speak_are_no_person():
    result = extraction(
        "The Agency for Digital Policy Reform published its report on Tuesday.",
    )
    assert result.people == []
