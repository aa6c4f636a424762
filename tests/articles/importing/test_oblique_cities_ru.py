"""Russian places, on a sentence written for these tests: a city the gazetteer knows, named in
an oblique case, is given in the nominative even where the dictionary takes the case form for
an indeclinable word."""

import datetime as dt

from articles.importing.extract import extract
from articles.importing.parse import Seed


def test_oblique_form_of_a_known_city_is_given_in_the_nominative():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="Новый маршрут открыт.",
        paragraphs=["Первый поезд из Кашгара прибыл в Андижан во вторник."],
    )
    places = extract(seed).places
    assert "Кашгар" in places
    assert "Кашгара" not in places
