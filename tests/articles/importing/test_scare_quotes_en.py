"""English speech against terms in quotes, and titles that refer back to a person under another
word for the office. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="Kyrgyzstan debates a new policy.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_term_between_determiner_and_noun_is_no_quote():
    quotes = quotes_of(
        'Officials have described the reform as part of a "green corridor" programme '
        'for exporters, under the "one window" principle.'
    )
    assert quotes == []


def test_partial_quote_after_speech_verb_is_still_a_quote():
    quotes = quotes_of(
        'Economy Minister Daniyar Amangeldiyev said the reform was "long overdue" and '
        "would start in May."
    )
    assert quotes == [("long overdue", "Daniyar Amangeldiyev")]


def test_the_deputy_refers_back_to_a_lawmaker():
    quotes = quotes_of(
        "Kyrgyz lawmaker Dastan Bekeshev criticised the media bill on Wednesday.",
        '"This law lets officials close any website," the deputy said.',
    )
    assert quotes == [("This law lets officials close any website,", "Dastan Bekeshev")]


def test_one_word_reply_with_attribution_is_a_quote():
    quotes = quotes_of(
        "Transport Minister Marat Karabayev inspected the new terminal on Friday.",
        '"No," he replied when asked about fares.',
    )
    assert quotes == [("No,", "Marat Karabayev")]
