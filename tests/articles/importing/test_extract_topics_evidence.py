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


def test_two_distinct_phrases_file_a_narrow_topic_beside_a_broad_one():
    body = ["the", "race", "drew", "fans", "to", "the", "race", "and", "the", "race", "final"]
    body += ["after", "the", "race", "the", "formula", "1", "team", "won", "the", "grand", "prix"]
    body += ["race", "championship", "race", "tournament"]
    found = codes(body)
    assert "medtop:20000991" in found  # motor car racing


def test_one_phrase_once_is_not_enough_for_a_side_topic():
    body = ["the", "race", "drew", "fans", "race", "final", "race", "championship", "race"]
    body += ["tournament", "race", "cup", "and", "a", "grand", "prix", "mention"]
    assert "medtop:20000991" not in codes(body)


def test_an_electoral_code_amendment_is_filed_under_voting_system():
    body = ["парламент", "одобрить", "поправка", "в", "избирательный", "кодекс", "депутат"]
    body += ["законопроект", "список", "избиратель", "электронный", "формат", "выборы"]
    body += ["депутат", "парламент", "избирательный", "кодекс"]
    assert "medtop:20000576" in codes(body, "ru")
