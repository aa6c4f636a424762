"""Speaker gender in English copy, on sentences written for these tests: a formally male title
("Deputy Chairman") does not make a woman with a "-ova" surname a man, and "she added" after a
quote by a man of unknown gender goes back to that woman."""

import datetime as dt

from articles.importing.extract import extract
from articles.importing.parse import Seed


def test_she_goes_to_the_woman_with_a_formal_male_title():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Kazakhstan expects more visitors.",
        paragraphs=[
            '"Almaty is ready," Deputy Chairman of the Tourism Board Dana Serikova told Vestnik.',
            "Pierre Lemaire, a tour operator from Lyon, said demand was strong.",
            '"We sent twelve groups this year," Lemaire told reporters.',
            '"Hotels remain the bottleneck for the whole region," she added.',
        ],
    )
    speakers = {q.text[:10]: q.speaker for q in extract(seed).quotes}
    assert speakers["Hotels rem"] == "Dana Serikova"
    assert speakers["We sent tw"] == "Pierre Lemaire"
