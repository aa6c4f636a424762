"""A pronoun after a sentence naming two people refers to the subject, not to the person the
subject met; a Russian soft-stem foreign surname in the instrumental gets its nominative.
Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    seed = story(*paragraphs, headline="Ministers discuss trade.")
    return extract(seed)


def test_he_after_x_met_y_is_x():
    result = extraction(
        "Trade Minister Arman Shakkaliyev met Chinese Ambassador Zhang Xiaolin in Astana.",
        '"Our exports can double by 2030," he said.',
    )
    assert result.quotes[0].speaker == "Arman Shakkaliyev"


def test_he_after_a_single_person_is_that_person():
    result = extraction(
        "Chinese Ambassador Zhang Xiaolin visited the fair.",
        '"Demand for grain is growing," he said.',
    )
    assert result.quotes[0].speaker == "Zhang Xiaolin"


def test_russian_instrumental_soft_stem_surname():
    result = extraction(
        "Министр торговли Арман Шаккалиев встретился с послом Китая Чжан Сяолинем.",
    )
    assert {p.name for p in result.people} == {"Арман Шаккалиев", "Чжан Сяолинь"}


def test_she_after_a_woman_joined_by_others_is_the_subject():
    result = extraction(
        "Education Minister Dilnoza Karimova opened the school, joined by UNESCO envoy Maria "
        "Lindqvist and district head Anvar Tursunov.",
        '"Every village will have a teacher," she said.',
    )
    assert result.quotes[0].speaker == "Dilnoza Karimova"


def test_a_title_qualified_by_a_body_refers_to_that_bodys_person():
    result = extraction(
        "Education Minister Dilnoza Karimova opened the school with UNESCO envoy Maria "
        "Lindqvist and district head Anvar Tursunov.",
        '"The gap is closing," the UNESCO representative noted.',
    )
    assert result.quotes[0].speaker == "Maria Lindqvist"
