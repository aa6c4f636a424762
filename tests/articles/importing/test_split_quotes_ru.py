"""A quote split by its attribution («A, — сказал X, — B») gives two quotes with X's speaker, also
when the clause between holds a hyphenated role noun and the first piece is short. Sentences
written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="В области готовятся к весне.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def test_short_first_piece_before_a_hyphenated_role_noun():
    quotes = quotes_of(
        "Вице-премьер Казахстана Серик Жумангарин провел совещание по посевной.",
        "«Главное, — отметил вице-премьер, — не упустить сроки. Семенной фонд уже "
        "сформирован во всех областях».",
    )
    assert quotes[0] == ("Главное", "Серик Жумангарин")
    assert quotes[1][0].startswith("не упустить сроки")
    assert quotes[1][1] == "Серик Жумангарин"


def test_split_quote_with_surname_between():
    quotes = quotes_of(
        "Аким Павлодарской области Асаин Байханов осмотрел дамбы.",
        "«Дамбы укреплены, — сказал Байханов, — но вода поднимается быстрее прогноза».",
    )
    assert [speaker for _, speaker in quotes] == ["Асаин Байханов", "Асаин Байханов"]


def test_parliamentarian_refers_back_to_a_deputy():
    quotes = quotes_of(
        "Министр энергетики Алмасадам Саткалиев представил законопроект.",
        "Депутат мажилиса Ерлан Садыков считает его поспешным.",
        "«Регионы к этому не готовы», — говорит парламентарий.",
    )
    assert quotes == [("Регионы к этому не готовы", "Ерлан Садыков")]


def test_long_attribution_with_full_name_and_role_between_the_halves():
    quotes = quotes_of(
        "«Отказ от прививки, — заявила на брифинге в Ташкенте министр здравоохранения "
        "Узбекистана Дилноза Маматова, — это не только личный выбор. Это риск для всего класса».",
    )
    assert [speaker for _, speaker in quotes] == ["Дилноза Маматова", "Дилноза Маматова"]
    assert quotes[0][0] == "Отказ от прививки"


def test_split_quote_whose_attribution_names_a_company_in_quotation_marks():
    result = extract(
        story(
            "«Линия выпустит сто тысяч упаковок в месяц. Мы начнем с вакцин, — рассказал "
            "директор ТОО «Алтын Дала Фарм» Арман Сеитов, — а затем освоим выпуск инсулина».",
            headline="В Шымкенте открылся фармацевтический завод.",
        )
    )
    assert [(q.text[:20], q.speaker) for q in result.quotes] == [
        ("Линия выпустит сто т", "Арман Сеитов"),
        ("а затем освоим выпус", "Арман Сеитов"),
    ]


def test_one_closing_mark_for_a_name_nested_in_quotes_leaves_no_quote_open():
    result = extract(
        story(
            "Министр транспорта Азамат Жолдошев выступил в парламенте.",
            "Министр также сообщил, что ОАО «Международный аэропорт «Ош» откроет новые стойки.",
            "Жолдошев заверил депутатов, что новый тариф «не ударит по кошельку пассажиров».",
            headline="Парламент обсудил тарифы.",
        )
    )
    assert [(q.text, q.speaker) for q in result.quotes] == [
        ("не ударит по кошельку пассажиров", "Азамат Жолдошев")
    ]
