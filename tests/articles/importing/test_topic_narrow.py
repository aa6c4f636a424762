"""A story is filed under the narrow code its words name, not only the branch above it."""

from tests.articles.importing.topic_words import codes

NATURAL_GAS = "medtop:20000263"
PAYMENT_SERVICE = "medtop:20001164"
LANDSLIDE = "medtop:20000155"
FOOTBALL = "medtop:20001065"
VOCATIONAL = "medtop:20001216"
CIVIL_LAW = "medtop:20000122"


def test_a_gas_supply_story_is_filed_under_natural_gas_beside_oil_and_gas():
    headline = ["туркменистан", "нарастить", "поставка", "газ", "в", "китай"]
    body = ["объем", "газ", "по", "газопровод", "вырасти", "до", "кубометр", "в", "год"]
    body += ["переговоры", "министр", "соглашение", "транзит", "через", "транзитный", "страна"]
    body += ["газовый", "месторождение", "нефтегазовый", "компания", "газ", "экспорт"]
    found = codes(headline + body, "ru", len(headline))
    assert NATURAL_GAS in found


def test_a_narrow_code_is_not_crowded_out_by_the_broad_codes_of_its_own_line():
    body = ["oil", "refinery", "barrel", "oil", "gas", "oil", "gas", "crude", "gas", "oilfield"]
    body += ["court", "judge", "verdict", "court", "judge", "port", "shipping", "vessel", "port"]
    body += ["ship", "tariff", "import", "export", "tariff", "import", "school", "pupil", "teacher"]
    body += ["school", "classroom"]
    assert NATURAL_GAS in codes(body)  # the sixth code, but oil and gas and energy are its line


def test_bank_cards_and_cash_machines_are_a_payment_service():
    body = ["the", "two", "banks", "will", "link", "their", "payment", "system", "so", "that"]
    body += ["bank", "cards", "issued", "in", "one", "country", "work", "in", "atms", "of"]
    body += ["the", "other", "and", "card", "payments", "in", "shops", "become", "possible"]
    assert PAYMENT_SERVICE in codes(body)


def test_mudflows_in_the_mountains_are_a_landslide():
    headline = ["сель", "отрезать", "горный", "поселок"]
    body = ["после", "ливень", "сойти", "сель", "селевый", "поток", "разрушить", "мост"]
    body += ["спасатель", "эвакуировать", "житель", "риск", "сход", "сель", "сохраняться"]
    assert LANDSLIDE in codes(headline + body, "ru", len(headline))


def test_a_match_report_is_football_without_the_word():
    body = ["the", "hosts", "won", "the", "cup", "final", "after", "a", "penalty", "in"]
    body += ["stoppage", "time", "the", "visitors", "had", "a", "defender", "sent", "off"]
    body += ["with", "a", "red", "card", "before", "halftime", "and", "the", "winger", "scored"]
    body += ["the", "equaliser", "tournament", "team", "coach"]
    assert FOOTBALL in codes(body)


def test_training_for_a_trade_is_vocational_education():
    body = ["the", "programme", "will", "pay", "for", "vocational", "training", "of", "young"]
    body += ["people", "in", "welding", "and", "plumbing", "at", "technical", "colleges", "and"]
    body += ["apprenticeships", "with", "employers", "education", "ministry", "school"]
    assert VOCATIONAL in codes(body)


def test_a_commercial_claim_in_court_is_civil_law():
    body = ["арбитражный", "суд", "взыскать", "с", "завод", "неустойка", "в", "пользу"]
    body += ["истец", "ответчик", "подать", "апелляция", "суд", "иск", "удовлетворить"]
    assert CIVIL_LAW in codes(body, "ru")


def test_a_word_shared_with_a_stronger_sibling_is_no_evidence_of_its_own():
    body = ["режиссер", "фильм", "режиссер", "снять", "режиссер", "кино", "молодой"]
    body += ["режиссер", "фильм", "режиссер", "дебют", "режиссер", "кинотеатр"]
    found = codes(body, "ru")
    assert "medtop:20000005" in found  # cinema
    assert "medtop:20000029" not in found  # theatre, from "режиссер" alone


def test_a_sport_named_once_by_its_name_files_the_story_under_that_sport():
    headline = ["наш", "спортсмен", "выиграть", "три", "медаль", "на", "турнир"]
    body = ["сборная", "по", "вольный", "борьба", "завоевать", "золотой_медаль", "и", "две"]
    body += ["бронзовый", "медаль", "на", "турнир", "в", "каир", "чемпион", "стать", "финал"]
    body += ["чемпионат", "победа", "призер", "медаль"]
    assert "medtop:20001099" in codes(headline + body, "ru", len(headline))  # freestyle


def test_gold_mined_by_the_tonne_is_no_medal():
    headline = ["комбинат", "добыть", "тонна", "золото"]
    body = ["горно-металлургический", "комбинат", "увеличить", "добыча", "золото", "на"]
    body += ["процент", "рудник", "запустить", "тонна", "золото", "цена", "золото", "расти"]
    found = codes(headline + body, "ru", len(headline))
    assert "medtop:20000316" in found  # metal and mineral mining
    assert "medtop:20001301" not in found  # sport achievement


def test_flats_and_mortgages_are_residential_real_estate():
    body = ["developers", "will", "build", "new", "apartments", "as", "housing", "prices"]
    body += ["rise", "and", "mortgage", "rates", "fall", "the", "housing", "market", "grew"]
    body += ["construction", "apartment", "mortgage"]
    assert "medtop:20001368" in codes(body)


def test_gold_output_in_english_is_no_sports_medal():
    body = ["the", "miner", "raised", "gold", "output", "to", "12", "tonnes", "of", "gold"]
    body += ["as", "the", "gold", "price", "rose", "and", "the", "new", "mine", "opened", "ore"]
    found = codes(body)
    assert "medtop:20000316" in found  # metal and mineral mining
    assert not {"medtop:20001303", "medtop:20001301"} & set(found)  # medal, achievement


def test_a_harvest_forecast_is_no_weather_forecast():
    headline = ["dry", "summer", "cut", "barley", "harvest", "forecast"]
    body = ["the", "ministry", "cut", "its", "barley", "harvest", "forecast", "to", "two"]
    body += ["million", "tonne", "after", "a", "dry", "summer", "hit", "crop", "in", "the", "south"]
    assert "medtop:20001128" not in codes(headline + body, "en", len(headline))


def test_two_vehicles_colliding_on_a_highway_is_a_road_accident():
    body = ["a", "bus", "collided", "with", "a", "lorry", "on", "the", "highway", "and"]
    body += ["three", "people", "died", "the", "collision", "happened", "at", "night", "police"]
    assert "medtop:20000147" in codes(body)


def test_the_words_oil_and_gas_name_the_branch_not_natural_gas():
    body = ["the", "oil", "and", "gas", "company", "raised", "crude", "output", "at", "its"]
    body += ["oilfield", "and", "refinery", "the", "oil", "and", "gas", "sector", "barrel", "oil"]
    body += ["investors", "in", "oil", "and", "gas", "watched", "the", "oil", "price"]
    found = codes(body)
    assert "medtop:20001243" in found  # oil and gas
    assert "medtop:20000263" not in found  # natural gas
