"""English quotes: a title in quotation marks after the kind of work it names (a film, a
programme, a newspaper) is nobody's words; a partial quote belongs to the person the sentence
opens with even when an earlier quoted word stands between; "asked X" attributes a question.
Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Festival opens in Bishkek."))


def test_a_title_after_the_kind_of_work_is_no_quote():
    result = extraction(
        'The documentary "Children of the Dry Sea" opened the festival, producer Erkin Tashiev said.'
    )
    assert result.quotes == []


def test_a_partial_quote_after_an_earlier_quoted_word_keeps_the_sentence_subject():
    result = extraction(
        'Culture Minister Asel Chynybaeva said the cuts were "temporary" and promised '
        '"a fair share for every regional theatre".'
    )
    assert [(q.speaker, q.partial) for q in result.quotes] == [("Asel Chynybaeva", True)]


def test_asked_attributes_a_question():
    result = extraction(
        '"Who will pay for the new halls?" asked Bakyt Osmonov, a theatre director.'
    )
    assert result.quotes[0].speaker == "Bakyt Osmonov"
