"""A role noun after a quote ("— отметила дипломат") refers back to someone already named, on
sentences written for these tests: not to a person introduced only after the quote, and a foreign
ministry's spokeswoman counts as a diplomat."""

import datetime as dt

from articles.importing.extract import extract
from articles.importing.parse import Seed


def test_role_noun_refers_back_not_forward():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Казахстан и Япония обсудили визовый режим.",
        paragraphs=[
            "Официальный представитель МИД Казахстана Айгуль Сейтказина назвала переговоры в Токио "
            "полезными.",
            "«Японская сторона согласилась упростить выдачу виз нашим студентам», – отметила "
            "дипломат.",
            "Посол Казахстана в Японии Ерлан Байжанов сообщил, что консульство откроется летом.",
        ],
    )
    quotes = extract(seed).quotes
    assert quotes[0].speaker == "Айгуль Сейтказина"
