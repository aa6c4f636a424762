from articles.corpus import as_wire_text, generate
from articles.importing.parse import parse_seed


def test_same_seed_gives_same_stories():
    first = [story.body for story in generate(5, seed=7, topic_count=10)]
    again = [story.body for story in generate(5, seed=7, topic_count=10)]
    other = [story.body for story in generate(5, seed=8, topic_count=10)]

    assert first == again
    assert first != other


def test_stories_quote_their_people_in_both_quotation_styles():
    stories = list(generate(20, seed=1, topic_count=10))
    body = "\n".join(story.body for story in stories)

    assert "«" in body and '"' in body
    for story in stories:
        assert story.quotes and story.people and story.places and story.organisations
        assert {quote.speaker for quote in story.quotes} <= set(story.people)
        assert all(quote.text in story.body for quote in story.quotes)


def test_wire_text_parses_as_a_seed_file():
    story = next(generate(1, seed=3))

    seed = parse_seed(as_wire_text(story).encode(), "000_x.txt")

    assert seed.date == story.date
    assert seed.headline == story.headline
    assert seed.paragraphs == story.paragraphs
