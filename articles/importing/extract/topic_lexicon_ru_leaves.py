"""Russian words of narrow codes whose broader code held all their words, so a story about the
narrow subject was filed only under the broader one: the sentence of a trial (and its kinds:
prison, suspended sentence, fine, capital punishment), bribery under corruption, weather
disasters (hail, storms, hurricanes) under natural disasters, medical research under
scientific research, the transfers of sport, the long distance run a marathon is, the labour market and immigration policy, and the
genres of theatre (drama, opera, musical, operetta, cabaret, stand-up). Reviewed against the
IPTC definitions (articles/data/mediatopics.csv). Lemmas lower case, ё folded to е, phrases
joined by "_"."""

# fmt: off
TOPIC_KEYWORDS_LEAVES = {
    # sentencing (criminal)
    "medtop:20000134": ["приговорить", "приговоренный", "лишение_свобода", "срок_заключение", "колония_общий", "колония_строгий", "условный_срок", "пожизненный_заключение", "смертный_казнь", "исправительный_работа", "мера_наказание"],
    # capital punishment
    "medtop:20000135": ["смертный_казнь", "смертный_приговор", "казнить", "казнь"],
    # suspended sentence
    "medtop:20001199": ["условный_срок", "условно", "испытательный_срок"],
    # bribery
    "medtop:20000094": ["взятка", "взяточник", "взяточничество", "взяткодатель", "подкуп", "подкупить", "откат", "получение_взятка", "дача_взятка"],
    # meteorological disaster
    "medtop:20000157": ["град", "градобитие", "непогода", "ливень", "снегопад", "метель", "буран", "гроза", "смерч", "торнадо", "шторм", "ураган", "буря", "стихия"],
    # hurricane
    "medtop:20001280": ["ураган", "тайфун", "циклон", "тропический_шторм"],
    # windstorms
    "medtop:20000158": ["шторм", "штормовой", "ураганный_ветер", "шквалистый", "шквал", "буря", "смерч", "торнадо"],
    # medical research
    "medtop:20000737": ["генетический", "геном", "геномный", "генетик", "клинический_испытание", "клинический_исследование", "доклинический", "биомедицинский", "медицинский_исследование"],
    # sports transaction
    "medtop:20001148": ["трансфер", "трансферный", "свободный_агент", "драфт", "отступной", "арендовать_у", "контракт_с_клуб", "подписать_контракт"],
    # labour market
    "medtop:20000523": ["рабочий_сила", "трудовой_мигрант", "трудовой_миграция", "трудовой_ресурс", "дефицит_кадр", "нехватка_кадр", "вакансия", "работодатель", "трудоустройство", "трудоустроить"],
    # immigration policy
    "medtop:20000634": ["миграционный_политика", "миграционный", "вид_на_жительство", "разрешение_на_работа", "рабочий_виза", "визовый_режим", "безвизовый", "депортация", "мигрант"],
    # long distance run
    "medtop:20000836": ["марафон", "полумарафон", "марафонец", "марафонский", "стайер", "стайерский"],
    # drama (theatre)
    "medtop:20001180": ["пьеса", "драматург", "драматургия", "драмтеатр", "драматический_театр"],
    # opera
    "medtop:20000028": ["оперный", "либретто", "оперный_театр"],
    # musical
    "medtop:20001133": ["мюзикл"],
    # operetta
    "medtop:20001134": ["оперетта"],
    # stand-up comedy
    "medtop:20001190": ["стендап", "стендап-комик", "комик"],
}
# fmt: on
