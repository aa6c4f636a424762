"""A topic's own IPTC name is found however the story words it, and a narrower code the story
names is proposed beside the branch it belongs to."""

from articles.importing.extract import extract
from tests.articles.importing.topic_words import codes

from .stories import story

LOCAL_ELECTIONS = "medtop:20000578"
FILM_FESTIVAL = "medtop:20000006"
TRADE_AGREEMENTS = "medtop:20000374"


def test_a_name_is_found_in_another_word_order_in_a_russian_story():
    seed = story(
        "Избирательная комиссия Молдовы объявила, что выборы в местные советы пройдут осенью.",
        "Кандидаты начнут регистрацию в августе, голосование продлится один день.",
        "Наблюдатели ожидают высокой явки избирателей в сельских районах.",
        headline="В Молдове назначили выборы в местные советы",
    )
    assert LOCAL_ELECTIONS in [t.code for t in extract(seed).topics]


def test_a_name_is_found_with_one_word_between_its_words():
    body = ["the", "ministers", "signed", "an", "agreement", "on", "trade", "in", "grain"]
    body += ["tariff", "import", "export", "quota", "agreement", "to", "trade", "freely"]
    assert TRADE_AGREEMENTS in codes(body)


def test_name_words_far_apart_are_no_name():
    body = ["the", "trade", "fair", "opened", "and", "visitors", "bought", "many", "goods"]
    body += ["tariff", "import", "export", "the", "organisers", "reached", "no", "agreement"]
    assert TRADE_AGREEMENTS not in codes(body)


def test_a_narrower_code_named_in_the_story_is_kept_beside_a_strong_broad_one():
    headline = ["фильм", "получить", "приз", "кинофестиваль"]
    body = ["фильм", "режиссер", "кино", "фильм", "картина", "режиссер", "кино", "фестиваль"]
    body += ["фестиваль", "конкурс", "фильм", "режиссер", "кинофестиваль", "фестиваль"]
    body += ["программа", "фестиваль", "кинофестиваль", "фильм", "кино", "режиссер", "фильм"]
    assert FILM_FESTIVAL in codes(headline + body, "ru", len(headline))


def test_a_name_left_out_as_too_common_stays_out_in_the_singular():
    body = ["the", "new", "power", "plant", "will", "generate", "electricity", "from", "gas"]
    body += ["and", "a", "second", "plant", "is", "planned", "the", "plant", "operator", "said"]
    body += ["energy", "electricity", "power", "plant"]
    assert "medtop:20000507" not in codes(body)  # flowers and plants
