"""How much evidence a topic needs: one generic word repeated is not a topic of its own."""

from articles.importing.extract.topics import suggest_topics


def codes(words, language="en", headline_words=0):
    return [t.code for t in suggest_topics(words, language, headline_words)]


def test_a_generic_word_repeated_in_the_body_files_no_side_topic():
    river = ["water", "river", "irrigation", "water", "reservoir", "water", "water", "river"]
    body = river + ["revenue", "water", "revenue", "irrigation", "revenue", "water"]
    found = codes(body)
    assert "medtop:20000437" in found  # water
    assert "medtop:20000178" not in found  # corporate earnings, from "revenue" alone


def test_a_topic_named_by_its_own_name_alone_is_still_kept():
    body = ["спектакль", "театр", "театральный", "спектакль", "театр", "постановка", "театр"]
    body += ["фестиваль", "театр", "фестиваль", "спектакль", "фестиваль", "театральный"]
    assert "medtop:20001181" in codes(body, "ru")  # festival
