"""Topics for news areas added in topic_lexicon_*_sectors, on sentences written for these tests:
food and drink, satellites, surgery, emigration (labour migrants seen from home), central banks
and interstate agreements each get their specific code, not only a broader neighbour."""

import datetime as dt

import pytest

from articles.importing.extract import extract
from articles.importing.parse import Seed


def topic_codes(headline: str, *paragraphs: str) -> list[str]:
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 6, 1),
        headline=headline,
        paragraphs=list(paragraphs),
    )
    return [topic.code for topic in extract(seed).topics]


@pytest.mark.parametrize(
    ("headline", "paragraph", "code"),
    [
        (
            "Армения нарастила выпуск коньяка.",
            "Коньячные заводы и винодельни страны увеличили розлив напитков, сообщили в министерстве.",
            "medtop:20000324",
        ),
        (
            "Университет запустил наноспутник.",
            "Спутник будет передавать данные дистанционного зондирования, а спутниковая связь "
            "заработает весной, сообщили в агентстве.",
            "medtop:20000228",
        ),
        (
            "В Бишкеке впервые провели пересадку почки ребенку.",
            "Хирурги клиники провели операцию, трансплантация длилась шесть часов, сообщили в минздраве.",
            "medtop:20001228",
        ),
        (
            "Кыргызстан направит трудовых мигрантов в Германию.",
            "Денежные переводы трудовых мигрантов составляют четверть ВВП, а трудовые мигранты "
            "уезжают по организованному набору, сообщили в министерстве.",
            "medtop:20000772",
        ),
        (
            "Нацбанк Казахстана сохранил базовую ставку.",
            "Регулятор оставил ставку без изменений, сообщили в Национальном банке.",
            "medtop:20000350",
        ),
        (
            "Казахстан и Кыргызстан подписали соглашение о границе.",
            "Межгосударственная комиссия одобрила документ, а двусторонние встречи продолжатся, "
            "сообщили в МИД.",
            "medtop:20000639",
        ),
    ],
)
def test_russian_sector_stories_get_their_specific_code(headline, paragraph, code):
    assert code in topic_codes(headline, paragraph)


@pytest.mark.parametrize(
    ("headline", "paragraph", "code"),
    [
        (
            "Moldova's wine exports rise.",
            "Wineries and a brewery in the north expanded bottling lines, the ministry said.",
            "medtop:20000324",
        ),
        (
            "Kazakhstan launches a cubesat.",
            "The nanosatellite carries an earth observation camera and a transponder, engineers said.",
            "medtop:20000228",
        ),
        (
            "Surgeons in Almaty perform a kidney transplant.",
            "The surgery took six hours and the surgeon said the patient is stable.",
            "medtop:20001228",
        ),
        (
            "Uzbekistan sends migrant workers to Korea.",
            "Remittances from labour migrants reached a fifth of GDP, the agency said.",
            "medtop:20000772",
        ),
    ],
)
def test_english_sector_stories_get_their_specific_code(headline, paragraph, code):
    assert code in topic_codes(headline, paragraph)


def test_labour_migrants_abroad_are_not_filed_as_immigration():
    found = topic_codes(
        "Таджикистан расширит набор трудовых мигрантов.",
        "Трудовые мигранты получат контракты, а трудовая миграция станет безопаснее, сообщили "
        "в министерстве.",
    )
    assert "medtop:20000772" in found
    assert "medtop:20000771" not in found


def test_cyber_attacks_and_railways_get_their_specific_codes():
    assert "medtop:20000086" in topic_codes(
        "Банки отразили волну фишинговых рассылок.",
        "Злоумышленники пытались взломать серверы, но кибербезопасность выдержала, сообщили в "
        "центре.",
    )
    assert "medtop:20000340" in topic_codes(
        "Между столицами пустят электропоезд.",
        "Высокоскоростной электропоезд отправится с вокзала в июне, сообщили в компании.",
    )


def test_english_headline_weighs_like_the_russian_one():
    found = topic_codes(
        "Kazakh lender hit by malware and data breach.",
        "The company said clients' savings were safe and branches open as usual.",
    )
    assert "medtop:20000086" in found


def test_a_code_the_headline_names_needs_only_weak_evidence():
    from articles.importing.extract.topics import suggest_topics

    headline = ["хирург", "спасти", "пациент"]
    body = ["больница", "клиника", "больница", "стационар", "больница", "хирург", "врач"]
    without = [t.code for t in suggest_topics(body + ["хирург"], "ru")]
    assert "medtop:20001228" not in without
    found = [t.code for t in suggest_topics(headline + body, "ru", len(headline))]
    assert "medtop:20001228" in found
