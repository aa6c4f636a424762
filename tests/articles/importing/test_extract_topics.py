"""Topic suggestion across IPTC's common news areas, on word lists and sentences written for these
tests: the specific code is given along with its level-1 root, retired codes never are, and a
phrase naming something else ("wind farm", "development bank") does not count for the code of its
words."""

import datetime as dt

import pytest

from articles.importing.extract import extract
from articles.importing.extract.topics import keywords_for, suggest_topics, vocabulary
from articles.importing.parse import Seed


def codes(words: list[str], language: str) -> list[str]:
    return [topic.code for topic in suggest_topics(words, language)]


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("строительство гэс плотина гидроагрегат водохранилище", "medtop:20001210"),
        ("прививка вакцинация корь вакцина прививка", "medtop:20000477"),
        ("ipo размещение_акция андеррайтер листинг", "medtop:20000187"),
        ("ирбис фотоловушка браконьер краснокнижный", "medtop:20000443"),
        ("нейросеть дата-центр вычисление сервер", "medtop:20000225"),
        ("борец борьба чемпионат турнир вольный_борьба", "medtop:20001108"),
        ("метро трамвай общественный_транспорт метро", "medtop:20001362"),
        ("землетрясение магнитуда эпицентр афтершок", "medtop:20000153"),
        ("выборы избиратель голосование явка бюллетень", "medtop:20000574"),
        ("суд приговор судья приговорить", "medtop:20000107"),
        ("фильм режиссер кинофестиваль фильм", "medtop:20000038"),
    ],
)
def test_russian_areas_get_their_specific_code_and_root(words, code):
    found = codes(words.split(), "ru")
    assert code in found
    assert any(c.endswith("000000") for c in found)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (
            "the company priced its initial public offering and shares debut on the exchange",
            "medtop:20000187",
        ),
        (
            "the startup trains a language model and machine translation algorithm on data",
            "medtop:20000225",
        ),
        (
            "the rangers counted leopard tracks on camera trap footage to curb poaching",
            "medtop:20000443",
        ),
        ("the striker scored twice as the club won the league match", "medtop:20001108"),
    ],
)
def test_english_areas_get_their_specific_code(words, code):
    assert code in codes(words.split(), "en")


def test_no_retired_code_is_ever_suggested():
    for language in ("ru", "en"):
        assert not [c for c in keywords_for(language) if vocabulary()[c]["retired"]]
    assert "medtop:20000320" not in codes(["руда", "рудник", "медь", "горнодобывающий"], "ru")


def test_a_phrase_naming_something_else_does_not_count_for_its_words():
    words = [
        "the",
        "wind",
        "farm",
        "and",
        "two",
        "more",
        "wind",
        "farm",
        "sites",
        "add",
        "wind",
        "turbines",
        "to",
        "the",
        "wind",
        "farm",
    ]
    assert "medtop:20000210" not in codes(words, "en")
    words = [
        "the",
        "development",
        "bank",
        "lends",
        "and",
        "the",
        "development",
        "bank",
        "grants",
        "hospital",
        "funds",
    ]
    assert "medtop:20000274" not in codes(words, "en")


def test_numbered_plant_names_still_count():
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 5, 1),
        headline="На Верхненарынской ГЭС-2 запустили гидроагрегат.",
        paragraphs=["Строители ГЭС-3 и ГЭС-2 закончили плотину, сообщили в министерстве."],
    )
    assert "medtop:20001210" in [t.code for t in extract(seed).topics]


def test_everyday_words_with_a_sport_sense_do_not_make_a_sport_story():
    words = ["борьба", "с", "коррупция", "борьба", "суд", "приговор", "граница", "лига", "рекорд"]
    found = codes(words, "ru")
    assert "medtop:15000000" not in found
    assert "medtop:20001098" not in found
