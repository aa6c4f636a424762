"""The figures of an economy (growth, GDP, output, debt) file the story under the indicator they
are, beside the economy, in both languages."""

from tests.articles.importing.topic_words import codes, english

ECONOMIC_GROWTH = "medtop:20000357"
GDP = "medtop:20000359"
RECESSION = "medtop:20000383"


def lemmas(text: str) -> list[str]:
    return text.split()


def test_a_russian_growth_report_is_economic_growth_and_gdp():
    headline = lemmas("экономика киргизия за полгода вырасти на")
    body = lemmas(
        "по данные национальный статистический комитет рост ввп киргизия составить , ввп на душа"
        " население вырасти . экономика вырасти благодаря строительство , объем промышленный"
        " производство увеличиться . министр экономика ожидать , что темп рост сохраниться"
    )
    found = codes(headline + headline + body, "ru", len(headline))
    assert ECONOMIC_GROWTH in found
    assert GDP in found


def test_an_english_growth_report_is_economic_growth():
    headline = "kazakhstan economy grows 5.1 percent"
    text = (
        "the economy grew 5.1 percent in the first half , the national statistics bureau said ."
        " gdp growth was driven by construction , and the minister said the growth forecast for"
        " the year is unchanged"
    )
    assert ECONOMIC_GROWTH in english(text, headline)


def test_a_slump_with_a_recession_forecast_is_recession():
    headline = "central bank warns of recession"
    text = (
        "the economy faces a recession next year as exports slump , the central bank said ,"
        " cutting its forecast . a downturn in construction and a slump in retail add to the"
        " risk of recession"
    )
    assert RECESSION in english(text, headline)
