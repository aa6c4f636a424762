"""Russian words of the narrow codes the editors file a story under rather than its branch: natural
gas rather than oil and gas, payment service rather than financial service, civil law beside the
court, landslide (mudflows and rockfalls) rather than flood, vocational rather than general
education, football rather than sport; and the usual wording of corruption cases, glaciers as a
sign of climate change, the tunnels and bridges of infrastructure projects, gold mines, housing and
the words of the weightlifters. topics.py merges
this table with the other Russian ones; lemmas lower case, ё folded to е, phrases joined by "_"."""

# fmt: off
TOPIC_KEYWORDS_NARROW = {
    # natural gas
    "medtop:20000263": [
        "газ", "газовый", "газопровод", "газоснабжение", "газодобыча", "газотранспортный", "спг",
        "сжиженный_газ", "газификация", "газовоз", "газохранилище",
    ],
    # payment service
    "medtop:20001164": [
        "платеж", "платежный", "платежный_система", "платежный_карта", "банковский_карта",
        "банкомат", "эквайринг", "денежный_перевод", "бесконтактный", "безналичный",
    ],
    # civil law
    "medtop:20000122": [
        "истец", "ответчик", "взыскать", "взыскание", "гражданский_иск", "исковый_заявление",
        "арбитражный_суд", "неустойка", "гражданский_дело", "гражданский_кодекс",
    ],
    # landslide
    "medtop:20000155": ["оползень", "оползневый", "сель", "селевый", "камнепад", "сход_сель", "лавина", "сход_лавина"],
    # climate change
    "medtop:20000418": ["ледник", "ледниковый", "таяние", "таяние_ледник", "углеродный_нейтральность"],
    # vocational education
    "medtop:20001216": [
        "профтехобразование", "профессионально-технический", "техникум", "колледж",
        "профессиональный_образование", "профессиональный_обучение", "профессиональный_подготовка",
        "переподготовка", "профессиональный_навык", "рабочий_профессия",
    ],
    # corruption
    "medtop:20000093": [
        "злоупотребление", "должностной_полномочие", "служебный_положение", "должностной_положение",
        "превышение_полномочие", "присвоение", "растрата", "нецелевой",
    ],
    # infrastructure projects
    "medtop:20001245": ["тоннель", "туннель", "путепровод", "эстакада", "транспортный_развязка", "строительство_мост"],
    # football
    "medtop:20001065": [
        "пенальти", "полузащитник", "голкипер", "хет-трик", "офсайд", "автогол", "желтый_карточка",
        "красный_карточка", "штрафной_удар", "угловой_удар", "забить_гол",
    ],
    # weightlifting: the athletes' own words
    "medtop:20001093": ["штангист", "штангистка", "тяжелоатлетический", "рывок", "толчок"],
    # metal and mineral mining: gold, ore and the mines
    "medtop:20000316": [
        "добыча_золото", "золотодобывающий", "золотодобытчик", "горнорудный", "горно-обогатительный",
        "рудный", "добыча_руда", "драгоценный_металл",
    ],
    # residential real estate
    "medtop:20001368": [
        "жилье", "квартира", "новостройка", "ипотека", "ипотечный", "жилой_комплекс",
        "жилищный_строительство", "квадратный_метр_жилье", "рынок_жилье", "арендный_жилье",
    ],
}

# "нефть и газ" is the branch, not natural gas; gold, silver and bronze as metals mined, stored and priced are no medals
TOPIC_EXCLUDES_NARROW = {
    # "нефть и газ" names the branch, a greenhouse gas no fuel
    "medtop:20000263": ["нефть_и_газ", "парниковый_газ", "выхлопной_газ", "слезоточивый_газ"],
    "medtop:20001301": [
        "добыча_золото", "тонна_золото", "унция_золото", "цена_золото", "запас_золото",
        "слиток_золото", "добыча_серебро", "тонна_серебро", "цена_серебро",
    ],
}
# fmt: on
