"""Words a ministry or unnamed people said ("отметили в министерстве") are no named person's;
quoted words naming a programme or policy are a label, not a quote. Sentences written for these
tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="Университеты открывают филиалы.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_plural_verb_without_a_name_leaves_the_speaker_open():
    quotes = quotes_of(
        "Министр науки Саясат Нурбек заявил, что филиалы откроются в трех городах.",
        "В министерстве уточнили, что заявки подали «более двух тысяч выпускников из десяти "
        "стран».",
    )
    assert quotes == [("более двух тысяч выпускников из десяти стран", None)]


def test_quoted_name_of_a_programme_is_no_quote():
    quotes = quotes_of(
        "Министр науки Саясат Нурбек заявил, что программа «возвращения ученых на родину» "
        "уже работает.",
    )
    assert quotes == []
