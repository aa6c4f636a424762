"""A synthetic corpus of Russian wire stories for benchmarks: pure, deterministic, fast.

`generate(n, seed=…)` yields `CorpusStory` values (plain data, no database) built from the small
vocabulary below: people with roles, places, organisations, quotes in «» and "". The same seed
always gives the same stories. `as_wire_text` writes a story in the wire file format of seeds/.
"""

import datetime as dt
import random
from dataclasses import dataclass, field


def word_list(text):
    return tuple(text.split())


FIRST_NAMES = word_list(
    "Агалар Анар Айдын Алексей Али Алишер Анна Арман Асель Бахтияр Вагиф Виктор Гюльнара Дамир "
    "Дина Екатерина Ельчин Заур Ильгар Ирина Камран Лейла Марат Мария Мухтар Нармин Нурлан Ольга "
    "Орхан Рамиз Рашад Самир Сергей Тимур Фуад Хикмет Эльдар Эльнур Юлия Ясмин"
)
FEMALE_NAMES = set(
    word_list("Анна Асель Гюльнара Дина Екатерина Ирина Лейла Мария Нармин Ольга Юлия Ясмин")
)
SURNAMES = word_list(
    "Абдуллаев Ахмедов Алиев Атамогланов Бабаев Байрамов Велиев Гасанов Гусейнов Джафаров "
    "Ибрагимов Исмайлов Кадыров Керимов Мамедов Мусаев Назарбеков Насибов Оруджев Пашаев "
    "Рагимов Рустамов Садыхов Сафаров Султанов Тагиев Умаров Фаталиев Халилов Шарифов "
    "Юсифов Ягубов Иванов Петров Смирнов Кузнецов Соколов Морозов Жумабаев Токаев"
)
POSITIONS = (
    "министр иностранных дел",
    "министр экономики",
    "министр энергетики",
    "министр цифрового развития и транспорта",
    "министр образования",
    "посол",
    "вице-премьер",
    "председатель парламента",
    "депутат парламента",
    "председатель Центрального банка",
    "генеральный директор",
    "официальный представитель МИД",
    "заместитель министра экологии",
    "мэр",
    "президент Федерации футбола",
    "глава представительства",
)
COUNTRIES = {
    "Азербайджан": "Азербайджана",
    "Казахстан": "Казахстана",
    "Узбекистан": "Узбекистана",
    "Грузия": "Грузии",
    "Турция": "Турции",
    "Россия": "России",
    "Туркменистан": "Туркменистана",
    "Кыргызстан": "Кыргызстана",
    "Иран": "Ирана",
    "Франция": "Франции",
    "Германия": "Германии",
    "Италия": "Италии",
}
CITIES = word_list(
    "Баку Гянджа Сумгаит Шуша Нахчыван Ленкорань Астана Алматы Ташкент Самарканд Тбилиси "
    "Стамбул Анкара Москва Ашхабад Бишкек Тегеран Париж Берлин Рим Брюссель Женева Вена"
)
ORGANISATIONS = (
    "ООН",
    "Евросоюз",
    "НАТО",
    "ОБСЕ",
    "Всемирный банк",
    "Азиатский банк развития",
    "Международный валютный фонд",
    "Организация тюркских государств",
    "СНГ",
    "ОПЕК",
    "ЮНЕСКО",
    "Всемирная организация здравоохранения",
    "ГНКАР",
    "Азербайджанские железные дороги",
    "Каспийское морское пароходство",
    "Государственный нефтяной фонд",
    "Центральный банк",
    "Бакинская фондовая биржа",
    "Федерация футбола",
    "Национальная академия наук",
)
SUBJECTS = (
    "экономическое сотрудничество",
    "транспортный коридор",
    "возобновляемая энергетика",
    "цифровая инфраструктура",
    "торговый оборот",
    "гуманитарные связи",
    "инвестиционный фонд",
    "сельское хозяйство",
    "туризм",
    "образование",
    "охрана окружающей среды",
    "региональная безопасность",
    "нефтегазовый сектор",
    "модернизация железных дорог",
    "водные ресурсы",
)
HEADLINES = (
    "{subject_cap} станет приоритетом сотрудничества {country1} и {country2}",
    "В городе {city} обсудили {subject_acc}",
    "{person} провел встречу с делегацией {org_gen}",
    "{org} оценит {subject_acc} в регионе",
    "{country1_cap} и {country2_nom} подписали меморандум: {subject}",
    "{person}: {subject} выйдет на новый уровень",
    "В городе {city} открылся форум «{subject_cap}»",
)
SENTENCES = (
    "Об этом в интервью {agency} заявил {role} {person}.",
    "Стороны обсудили {subject_acc} и перспективы совместных проектов.",
    "По данным {org_gen}, в прошлом году показатель вырос на {pct} процента.",
    "Встреча прошла в городе {city} в рамках двусторонних консультаций.",
    "В документе отмечается, что {subject} остается важной частью повестки дня.",
    "Объем инвестиций в проект оценивается в {money} млн долларов.",
    "Эксперты ожидают, что работы будут завершены к концу {year} года.",
    "В мероприятии приняли участие представители {org_gen} и деловых кругов.",
)
QUOTE_TEXTS = (
    "Мы видим большой потенциал в том, что касается {subject_gen}",
    "Считаю, что {subject} должно стать приоритетом на ближайшие годы",
    "Наши страны готовы к новому этапу взаимодействия",
    "Работа над проектом идет по графику, и мы довольны результатами",
    "Это решение откроет новые возможности для бизнеса и граждан",
    "Важно сохранить темпы и довести начатое до конца",
    "Мы рассчитываем на поддержку партнеров из {org_gen}",
)
VERBS = ("отметил", "заявил", "подчеркнул", "сказал", "добавил")
AGENCY = "Report"

SUBJECT_FORMS = {  # nominative → (accusative, genitive) for the few cases templates need
    "экономическое сотрудничество": (
        "экономическое сотрудничество",
        "экономического сотрудничества",
    ),
    "транспортный коридор": ("транспортный коридор", "транспортного коридора"),
    "возобновляемая энергетика": ("возобновляемую энергетику", "возобновляемой энергетики"),
    "цифровая инфраструктура": ("цифровую инфраструктуру", "цифровой инфраструктуры"),
    "торговый оборот": ("торговый оборот", "торгового оборота"),
    "гуманитарные связи": ("гуманитарные связи", "гуманитарных связей"),
    "инвестиционный фонд": ("инвестиционный фонд", "инвестиционного фонда"),
    "сельское хозяйство": ("сельское хозяйство", "сельского хозяйства"),
    "туризм": ("туризм", "туризма"),
    "образование": ("образование", "образования"),
    "охрана окружающей среды": ("охрану окружающей среды", "охраны окружающей среды"),
    "региональная безопасность": ("региональную безопасность", "региональной безопасности"),
    "нефтегазовый сектор": ("нефтегазовый сектор", "нефтегазового сектора"),
    "модернизация железных дорог": ("модернизацию железных дорог", "модернизации железных дорог"),
    "водные ресурсы": ("водные ресурсы", "водных ресурсов"),
}
ORG_GENITIVE = {
    "Евросоюз": "Евросоюза",
    "Всемирный банк": "Всемирного банка",
    "Азиатский банк развития": "Азиатского банка развития",
    "Международный валютный фонд": "Международного валютного фонда",
    "Организация тюркских государств": "Организации тюркских государств",
    "Государственный нефтяной фонд": "Государственного нефтяного фонда",
    "Центральный банк": "Центрального банка",
    "Бакинская фондовая биржа": "Бакинской фондовой биржи",
    "Федерация футбола": "Федерации футбола",
    "Национальная академия наук": "Национальной академии наук",
    "Всемирная организация здравоохранения": "Всемирной организации здравоохранения",
    "Азербайджанские железные дороги": "Азербайджанских железных дорог",
    "Каспийское морское пароходство": "Каспийского морского пароходства",
}


@dataclass(frozen=True)
class CorpusPerson:
    name: str
    role: str


@dataclass
class CorpusQuote:
    text: str
    speaker: CorpusPerson


@dataclass
class CorpusStory:
    headline: str
    paragraphs: list[str]
    date: dt.date
    published_at: dt.datetime
    people: list[CorpusPerson] = field(default_factory=list)
    quotes: list[CorpusQuote] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    topics: list[int] = field(default_factory=list)  # indexes into the caller's topic list

    @property
    def body(self):
        return "\n\n".join(self.paragraphs)


def people_pool(rng, size=1500):
    """Distinct people (name + role) the stories draw from; a few appear often, most rarely."""
    names = [
        f"{first} {last}{'а' if first in FEMALE_NAMES else ''}"
        for first in FIRST_NAMES
        for last in SURNAMES
    ]
    rng.shuffle(names)
    countries = list(COUNTRIES.values())
    return [
        CorpusPerson(name, f"{rng.choice(POSITIONS)} {rng.choice(countries)}")
        for name in names[:size]
    ]


def place_names():
    return [*COUNTRIES, *CITIES]


def org_genitive(name):
    return ORG_GENITIVE.get(name, name)


def generate(n, *, seed=0, topic_count=0, now=None, months=18):
    """Yield n stories; `topic_count` is how many topics the caller can attach (indexes 0…)."""
    rng = random.Random(seed)
    now = now or dt.datetime.now(dt.UTC)
    people = people_pool(rng)
    weights = [1 / (rank + 1) for rank in range(len(people))]  # Zipf-like: a few prominent
    span = months * 30 * 24 * 3600
    for _ in range(n):
        yield story(
            rng, people, weights, topic_count, now - dt.timedelta(seconds=rng.randrange(span))
        )


def story(rng, people, weights, topic_count, published_at):
    cast = list(dict.fromkeys(rng.choices(people, weights, k=rng.randint(1, 4))))
    country1, country2 = rng.sample(list(COUNTRIES), 2)
    city = rng.choice(CITIES)
    orgs = rng.sample(ORGANISATIONS, rng.randint(1, 2))
    subject = rng.choice(SUBJECTS)
    words = {
        "subject": subject,
        "subject_cap": subject[0].upper() + subject[1:],
        "subject_acc": SUBJECT_FORMS[subject][0],
        "subject_gen": SUBJECT_FORMS[subject][1],
        "country1": COUNTRIES[country1],
        "country1_cap": country1,
        "country2": COUNTRIES[country2],
        "country2_nom": country2,
        "city": city,
        "org": orgs[0],
        "org_gen": org_genitive(orgs[0]),
        "person": cast[0].name,
        "role": cast[0].role,
        "agency": AGENCY,
        "year": published_at.year + 1,
    }
    headline = rng.choice(HEADLINES).format(**words)
    paragraphs, quotes = [], []
    for speaker in cast:
        for _ in range(rng.randint(1, 2)):
            paragraphs.append(narrative(rng, words))
            quote = CorpusQuote(rng.choice(QUOTE_TEXTS).format(**words), speaker)
            quotes.append(quote)
            paragraphs.append(quoted_paragraph(rng, quote, len(quotes)))
    topics = rng.sample(range(topic_count), min(topic_count, rng.randint(1, 3)))
    return CorpusStory(
        headline=headline,
        paragraphs=paragraphs,
        date=published_at.date(),
        published_at=published_at,
        people=cast,
        quotes=quotes,
        places=list(dict.fromkeys([country1, country2, city])),
        organisations=orgs,
        topics=topics,
    )


def narrative(rng, words):
    chosen = rng.sample(SENTENCES, 3)
    values = {**words, "pct": rng.randint(2, 40), "money": rng.randint(5, 900)}
    return " ".join(sentence.format(**values) for sentence in chosen)


def quoted_paragraph(rng, quote, number):
    """Alternate the two quotation styles of the wire: «…» after a colon and "…", - said X."""
    verb = rng.choice(VERBS)
    who = f"{quote.speaker.role} {quote.speaker.name}"
    if number % 2:
        return f'"{quote.text}", - {verb} {who}.'
    return f"Как {verb} {who}: «{quote.text}»."


def as_wire_text(story: CorpusStory) -> str:
    """The story as a wire file: ` date YYYY-MM-DD Headline`, then blank-line paragraphs."""
    return (
        "\n\n".join([f" date {story.date.isoformat()} {story.headline}", *story.paragraphs]) + "\n"
    )
