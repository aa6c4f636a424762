"""A tagged span that names a kind of thing, not one body, is no organisation: an abbreviation
compounded with a common noun, or a common adjective and noun opening a sentence and placed in a
town. Named bodies stay. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def organisations(*paragraphs: str) -> list[str]:
    return extract(
        story(*paragraphs, headline="В регионе растет число рабочих мест.")
    ).organizations


def test_abbreviation_compounded_with_a_common_noun_is_no_body():
    found = organisations(
        "Выпускники колледжа все чаще уходят работать в PR-агентства и ИТ-компании, "
        "сообщил директор колледжа Андрей Лунев.",
    )
    assert not [name for name in found if "компании" in name or "агентства" in name]


def test_common_adjective_and_noun_placed_in_a_town_is_no_body():
    found = organisations(
        "Остальное вложат партнеры. Хлопковый комбинат в Бухаре он назвал лучшим, сообщил "
        "Национальный банк Казахстана.",
    )
    assert "Хлопковый комбинат" not in found
    assert "Национальный банк Казахстана" in found
