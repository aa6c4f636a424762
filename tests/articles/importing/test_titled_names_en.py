"""English people behind a title are people even when a word of the name is also a place or was
taken for an organisation elsewhere in the story; a reply verb attributes a split quote. Sentences
written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    seed = story(*paragraphs, headline="Dam project divides region.")
    return extract(seed)


def test_titled_name_whose_surname_is_also_a_place_is_a_person():
    result = extraction(
        "Tajik Energy Minister Daler Juma opened the plant on Monday.",
        '"The second turbine is ready," Juma told reporters.',
    )
    assert [p.name for p in result.people] == ["Daler Juma"]
    assert result.quotes[0].speaker == "Daler Juma"


def test_surname_taken_for_an_employer_stays_a_person():
    result = extraction(
        "Georgian President Salome Mdivani said on Sunday the count was flawed.",
        '"I do not accept these figures," Mdivani told supporters.',
        "Mrs Mdivani's spokeswoman, Nino Beridze, said protests would go on.",
    )
    assert {p.name for p in result.people} == {"Salome Mdivani", "Nino Beridze"}
    assert result.quotes[0].speaker == "Salome Mdivani"


def test_both_halves_of_a_quote_split_by_a_reply_verb_share_the_speaker():
    result = extraction(
        "Energy Minister Daler Rahimov defended the dam. Activist Gulnora Saidova disagreed.",
        '"We did consult," the minister countered, "and we will keep consulting."',
    )
    assert [q.speaker for q in result.quotes] == ["Daler Rahimov", "Daler Rahimov"]
