"""A foreign surname in an oblique case with no role noun to show the case, on a sentence written
for this test: the first name's dictionary form shows the case, and the surname follows it."""

import datetime as dt

from articles.importing.extract import extract
from articles.importing.parse import Seed


def test_foreign_surname_follows_the_case_of_a_known_first_name():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Турнир завершился.",
        paragraphs=[
            "Организаторы наградили представительницу Японии Марину Кавасиму. Она выиграла "
            "финал и поблагодарила тренера."
        ],
    )
    assert [p.name for p in extract(seed).people] == ["Марина Кавасима"]


def test_one_gender_first_name_outweighs_an_ambiguous_surname_ending():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Детские сады перешли на новую программу.",
        paragraphs=["Логопед детского сада Зарина Юсупова говорит, что дети рады новой программе."],
    )
    assert "Зарина Юсупова" in [p.name for p in extract(seed).people]
