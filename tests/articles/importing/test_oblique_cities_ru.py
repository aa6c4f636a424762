"""Russian places, on a sentence written for these tests: a city the gazetteer knows, named in
an oblique case, is given in the nominative even where the dictionary takes the case form for
an indeclinable word; an adjective and an inanimate common noun ("Голодной Степи") read
as a place even where the tagger took them for a person."""

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


def test_adjective_and_common_noun_read_as_a_place_not_a_person():
    from articles.importing.extract.place_names import named_like_a_place

    assert named_like_a_place(["Голодной", "Степи"])
    assert not named_like_a_place(["Толстого", "Льва"])
    assert not named_like_a_place(["Достоевского", "Фёдора"])
