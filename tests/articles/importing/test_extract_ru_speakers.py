"""Russian speakers referred to by a descriptor or a bare surname after the quote, on sentences
written for these tests: a descriptor that fits nobody's role goes to the person with no role
seen last or named next, never by default to the story's main (titled) speaker."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    seed = story(*paragraphs, headline="В регионе обсудили новый сезон.")
    return [(q.text, q.speaker) for q in extract(seed).quotes]


def speaker_of(quotes, start: str) -> str | None:
    return next(speaker for text, speaker in quotes if text.startswith(start))


def test_descriptor_after_quote_goes_to_person_without_role():
    quotes = quotes_of(
        "Министр сельского хозяйства Казахстана Арман Жолдасбаев заявил, что посевная идет по "
        "плану. «Семян хватит всем хозяйствам», — сказал Жолдасбаев.",
        "Пасечник из Талгарского района Ерболат Сейтказиев рассказал о новом сезоне.",
        "«Мед в этом году будет позже обычного, весна холодная», — говорит пчеловод.",
    )
    assert speaker_of(quotes, "Мед в этом году") == "Ерболат Сейтказиев"


def test_descriptor_with_age_goes_to_the_untitled_athlete():
    quotes = quotes_of(
        "Главный тренер сборной по дзюдо Канат Омаров остался доволен командой. «Ребята "
        "выполнили задачу», — сказал Омаров.",
        "Серебро в весе до 60 кг досталось Данияру Бекову.",
        "«Финал проиграл по ошибке в самом конце», — признался 20-летний борец.",
    )
    assert speaker_of(quotes, "Финал проиграл") == "Данияр Беков"


def test_descriptor_inside_a_longer_role_phrase_matches_it():
    quotes = quotes_of(
        "Директор порта Курык Тимур Ахметов рассказал о планах. «Причал сдадим летом», — "
        "сказал Ахметов.",
        "Аналитик рынка перевозок, партнер компании «Каспий Консалт» Руслан Исаев считает "
        "прогноз оптимистичным.",
        "«Грузов на всех не хватит еще несколько лет», — отметил аналитик.",
    )
    assert speaker_of(quotes, "Грузов на всех") == "Руслан Исаев"


def test_present_tense_verb_with_surname_alone():
    quotes = quotes_of(
        "Глава компании Азамат Нурланов представил отчет. «Прибыль выросла», — сказал Нурланов.",
        "Аудитор компании Кристина Вебер говорит, что отчет проверен.",
        "«Замечаний у нас нет», — говорит Вебер.",
    )
    assert speaker_of(quotes, "Замечаний у нас нет") == "Кристина Вебер"


def test_descriptor_fitting_nobody_is_left_unattributed():
    quotes = quotes_of(
        "Министр транспорта Болат Каримов открыл новую дорогу. «Ехать станет быстрее», — "
        "сказал Каримов.",
        "«Раньше дорога до города занимала полдня», — вспоминает водитель.",
    )
    assert speaker_of(quotes, "Раньше дорога") is None
