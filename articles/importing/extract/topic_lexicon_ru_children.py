"""Russian words of the child codes of branches whose parent alone had words: the music branch
(concerts and performances, instruments), development aid beside diplomacy, and the education
and technology children a training story is filed under (vocational training, computer science).
Reviewed against the IPTC definitions (articles/data/mediatopics.csv). topics.py merges this
table with the other Russian ones; lemmas lower case, ё folded to е, phrases joined by "_"."""

# fmt: off
TOPIC_KEYWORDS_CHILDREN = {
    # musical performance: musicians performing for an audience
    "medtop:20000020": [
        "концерт", "концертный", "гастроль", "гастрольный", "аншлаг", "оркестр", "ансамбль",
        "солист", "солистка", "дирижер", "хор", "исполнитель", "сольный_концерт",
        "концертный_программа", "концертный_зал", "музыкальный_коллектив", "выступить_на_сцена",
    ],
    # musical instrument: objects used to play music on
    "medtop:20000019": [
        "музыкальный_инструмент", "скрипка", "скрипач", "фортепиано", "рояль", "пианист", "гитара",
        "гитарист", "флейта", "виолончель", "саксофон", "аккордеон", "домбра", "дутар", "рубаб",
        "кеманча", "зурна", "балалайка", "ударный_инструмент",
    ],
    # foreign aid: help given by one country or body to another
    "medtop:20000643": [
        "иностранный_помощь", "гуманитарный_помощь", "гуманитарный_груз", "донор", "страна-донор",
        "грант", "грантовый", "безвозмездный", "безвозмездно", "технический_содействие",
        "технический_помощь", "помощь_развитие", "содействие_развитие", "проон",
        "программа_развитие_оон", "агентство_по_международный", "льготный_кредит", "льготный_заем",
    ],
    # vocational education: practical training for an occupation
    "medtop:20001216": [
        "подготовка_кадр", "подготовка_специалист", "подготовить_специалист", "подготовить_кадр",
        "повышение_квалификация", "переобучение", "профобразование", "профессиональный_лицей",
        "учебный_центр", "учебный_курс", "онлайн-курс", "бесплатный_курс", "стажировка",
    ],
    # information technology and computer science: the study and design of computer systems
    "medtop:20000763": [
        "информатика", "компьютерный_наука", "анализ_данные", "наука_о_данные",
        "машинный_обучение", "информационный_технология", "it-специалист",
    ],
}
# fmt: on
