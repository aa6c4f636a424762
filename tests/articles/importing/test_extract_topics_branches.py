"""Topics from the branch lexicons (topic_lexicon_*_branches) and from each code's own IPTC name,
on sentences written for these tests: every branch gets its specific code in Russian and in
English, and a name too common in other senses does not file a story on its own."""

import datetime as dt

import pytest

from articles.importing.extract import extract
from articles.importing.extract.topics import name_cues
from articles.importing.parse import Seed


def topic_codes(headline: str, *paragraphs: str) -> list[str]:
    seed = Seed(
        source_file="t.txt",
        date=dt.date(2025, 6, 1),
        headline=headline,
        paragraphs=list(paragraphs),
    )
    return [topic.code for topic in extract(seed).topics]


RUSSIAN = [
    (
        "Драмтеатр Шымкента покажет новый спектакль.",
        "Премьеру постановки труппа сыграет на малой сцене, режиссер доволен актерами.",
        "medtop:20000029",
    ),
    (
        "В Оше пройдет фестиваль уличной музыки.",
        "На фестивале выступят оркестр и хор, концерт продлится весь вечер.",
        "medtop:20001181",
    ),
    (
        "Суд приговорил организатора аферы к восьми годам.",
        "Мошенник обманул вкладчиков, подсудимый признал вину, приговор вынесен в среду.",
        "medtop:20000111",
    ),
    (
        "Вкладчиков финансовой пирамиды обманули на миллион.",
        "Мошенники обещали доход, следствие считает это мошенничеством.",
        "medtop:20000097",
    ),
    (
        "Нацбанк повысил базовую ставку до 16% годовых.",
        "Регулятор объяснил решение по ставке ростом инфляции.",
        "medtop:20000371",
    ),
    (
        "Фермеры собрали рекордный урожай пшеницы.",
        "Уборочная кампания завершена, зерна намолочено больше, чем год назад.",
        "medtop:20000210",
    ),
    (
        "Землетрясение магнитудой 5,1 произошло в горах.",
        "Эпицентр толчков находился в двадцати километрах от города, сообщили сейсмологи.",
        "medtop:20000153",
    ),
    (
        "Паводок подтопил три села.",
        "Спасатели эвакуировали жителей, наводнение вызвано таянием снега.",
        "medtop:20000154",
    ),
    (
        "Шахматист из Ташкента выиграл турнир гроссмейстеров.",
        "Шахматный турнир длился девять туров.",
        "medtop:20001154",
    ),
    (
        "Борец завоевал золото чемпионата Азии.",
        "В финале греко-римской борьбы он победил соперника.",
        "medtop:20001098",
    ),
    (
        "Число безработных сократилось на треть.",
        "Безработица снизилась благодаря новым вакансиям, сообщили в министерстве труда.",
        "medtop:20000533",
    ),
    (
        "Пенсии проиндексируют на 9%.",
        "Пенсионный фонд выплатит повышенные пенсии с января.",
        "medtop:20000532",
    ),
]

ENGLISH = [
    (
        "City theatre stages a new drama.",
        "The troupe will perform the playwright's drama at the theatre next week.",
        "medtop:20000029",
    ),
    (
        "Court sentences pyramid scheme organisers.",
        "The defendants were convicted of fraud; the judge read the verdict on Monday.",
        "medtop:20000111",
    ),
    (
        "Central bank cuts its key rate to 12%.",
        "The regulator lowered the interest rate by 50 basis points.",
        "medtop:20000371",
    ),
    (
        "Earthquake of magnitude 5.4 hits the mountains.",
        "The quake's epicentre was 30 km from the town; aftershocks followed.",
        "medtop:20000153",
    ),
    (
        "Grandmaster wins chess tournament in Baku.",
        "The chess event lasted nine rounds.",
        "medtop:20001154",
    ),
    (
        "Farmers finish wheat harvest early.",
        "The grain crop reached a record, the agriculture ministry said.",
        "medtop:20000210",
    ),
]


@pytest.mark.parametrize(("headline", "paragraph", "code"), RUSSIAN + ENGLISH)
def test_each_branch_gets_its_specific_code(headline, paragraph, code):
    assert code in topic_codes(headline, paragraph)


def test_russian_iptc_names_are_lemmatised_into_cues():
    cues = name_cues("ru")
    assert "театр" in cues["medtop:20000029"]
    assert "процентный_ставка" in cues["medtop:20000371"]


def test_lone_adjective_of_a_split_name_is_no_cue():
    assert "водный" not in name_cues("ru").get("medtop:20000343", ())


def test_english_iptc_names_drop_their_qualifier():
    assert "trial" in name_cues("en")["medtop:20000111"]


def test_common_word_names_do_not_file_a_story():
    codes = topic_codes(
        "Министр рассказал о планах на год.",
        "Он отметил, что у каждого есть право на отдых и что язык общения не важен.",
    )
    assert "medtop:20000121" not in codes
    assert "medtop:20000613" not in codes


def test_a_word_that_only_modifies_the_next_part_of_a_name_is_no_cue():
    cues = name_cues("en")["medtop:20000144"]  # air and space accident and incident
    assert "air" not in cues
    assert "space accident" in cues
    assert {"library", "museum"} <= set(name_cues("en")["medtop:20000043"])


@pytest.mark.parametrize(
    ("headline", "paragraph", "code"),
    [
        (
            "Биатлонист из Алматы выиграл этап Кубка мира.",
            "Лыжник опередил соперников на две секунды, биатлон набирает популярность.",
            "medtop:20001056",
        ),
        (
            "Компания объявила о банкротстве.",
            "Суд признал банкротом поставщика, кредиторы ждут решения о банкротстве.",
            "medtop:20000174",
        ),
        (
            "Биржа запустила торги криптовалютой.",
            "Биткоин и другие криптовалюты можно будет купить на криптобирже с мая.",
            "medtop:20001279",
        ),
        (
            "Astronaut returns from the space station.",
            "The cosmonaut spent six months aboard the station; the space agency said he is well.",
            "medtop:20000739",
        ),
        (
            "Unemployment falls to a five-year low.",
            "The number of unemployed people dropped, and jobless claims fell, the statistics office said.",
            "medtop:20000533",
        ),
    ],
)
def test_further_branches_get_their_specific_code(headline, paragraph, code):
    assert code in topic_codes(headline, paragraph)


def test_a_gold_medal_is_no_mining_story():
    for headline, paragraph in [
        ("Wrestler takes gold at Asian championship.", "He beat his rival in the final bout."),
        ("Борец взял золото чемпионата Азии.", "В финале он победил соперника."),
    ]:
        assert "medtop:20000316" not in topic_codes(headline, paragraph)
