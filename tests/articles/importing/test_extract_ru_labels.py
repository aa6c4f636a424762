"""Terms and labels in quote marks are no quotes, on sentences written for these tests: a term
after "типа"/"вида", and a label a group gives in the present plural ("аналитики называют …
«…»"); a named person's words after "назвала" still are."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes(*paragraphs: str) -> list[str]:
    seed = story(*paragraphs, headline="Рынок растет.")
    return [q.text for q in extract(seed).quotes]


def test_terms_and_group_labels_are_not_quotes():
    found = quotes(
        "Число мошенничеств вида «звонок из службы безопасности» выросло, сообщили в полиции.",
        "Аналитики называют этот рост «тихой революцией в розничных платежах».",
    )
    assert found == []


def test_a_named_persons_words_after_nazvala_are_still_a_quote():
    found = quotes("Министр финансов Айжан Касымова назвала рост «устойчивым и вполне ожидаемым».")
    assert found == ["устойчивым и вполне ожидаемым"]
