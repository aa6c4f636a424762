"""Narrow codes whose broader code held all their words (the sentence of a trial, bribery,
weather disasters, medical research, the long distance run, theatre genres), and the transfer
of a sport story, in both languages."""

from tests.articles.importing.topic_words import english, russian

SENTENCING = "medtop:20000134"
BRIBERY = "medtop:20000094"
WEATHER_DISASTER = "medtop:20000157"
MEDICAL_RESEARCH = "medtop:20000737"
LONG_DISTANCE = "medtop:20000836"
DRAMA = "medtop:20001180"
SPORTS_TRANSACTION = "medtop:20001148"
LABOUR_MARKET = "medtop:20000523"


def test_a_bribe_taker_sentenced_is_filed_under_sentencing_and_bribery():
    found = russian(
        "городской суд признать бывший глава таможня виновный в получение взятка и приговорить"
        " он к семь год лишение свобода . по данные обвинение , чиновник получить взятка от"
        " владелец склад . защита обжаловать приговор",
        headline="экс-глава таможня приговорить к семь год за взятка",
    )
    assert SENTENCING in found
    assert BRIBERY in found


def test_an_english_official_jailed_for_bribes_is_sentencing_and_bribery():
    found = english(
        "a court found the former port director guilty of taking bribes from shipping agents and"
        " sentenced him to eight years in prison . prosecutors said the bribe was paid in cash ."
        " his lawyer said he would appeal the sentence",
        headline="former port director sentenced to eight years for bribery",
    )
    assert SENTENCING in found
    assert BRIBERY in found


def test_hail_and_storms_are_a_weather_disaster():
    found = russian(
        "сильный град и ураганный ветер повредить посев и крыша дом в три район . стихия"
        " уничтожить урожай на площадь 500 гектар , сообщить министерство сельский хозяйство",
        headline="град уничтожить посев в три район",
    )
    assert WEATHER_DISASTER in found


def test_a_genetics_laboratory_is_medical_research():
    found = russian(
        "в университет открыть лаборатория генетический исследование . ученый изучать геном"
        " пациент с редкий заболевание , клинический испытание начаться в следующий год",
        headline="в университет открыть генетический лаборатория",
    )
    assert MEDICAL_RESEARCH in found


def test_a_marathon_is_a_long_distance_run():
    found = english(
        "ethiopian runners won the city marathon on sunday . the winner finished the marathon in"
        " two hours and six minutes , ahead of two kenyan athletes , while the half marathon went"
        " to a local runner",
        headline="ethiopians win city marathon",
    )
    assert LONG_DISTANCE in found


def test_a_play_by_a_young_playwright_is_drama():
    found = russian(
        "в театр состояться премьера спектакль по пьеса молодой драматург . режиссер перенести"
        " действие пьеса в наш время , зритель и критик тепло принять спектакль",
        headline="театр показать пьеса молодой драматург",
    )
    assert DRAMA in found


def test_a_football_club_signing_a_player_is_a_sports_transaction():
    found = english(
        "the football club has signed the midfielder from a rival team on a three-year contract ."
        " the coach said the player would play in the league match on saturday and the club"
        " paid a fee of five million pounds",
        headline="football club signs midfielder",
    )
    assert SPORTS_TRANSACTION in found


def test_a_contract_signed_outside_sport_is_no_sports_transaction():
    found = english(
        "the steel maker signed a contract with a builder to supply beams , and the company said"
        " the fee would be paid on delivery . steel output rose in may",
        headline="steel maker signs supply contract",
    )
    assert SPORTS_TRANSACTION not in found


def test_migrant_workers_and_vacancies_are_the_labour_market():
    found = russian(
        "министерство труд сообщить , что работодатель открыть две тысяча вакансия для трудовой"
        " мигрант . рабочий сила не хватать на стройка , дефицит кадр растет",
        headline="работодатель искать рабочий сила за рубеж",
    )
    assert LABOUR_MARKET in found
