"""Russian words of every child of economic trends and indicators (growth, GDP, inflation's
siblings, debt, output, recession), which had little more than their IPTC names: the figures a
statistics office or a finance ministry reports. Reviewed against the IPTC definitions
(articles/data/mediatopics.csv). topics.py merges this table with the other Russian ones;
lemmas lower case, ё folded to е, phrases joined by "_"."""

# fmt: off
TOPIC_KEYWORDS_INDICATORS = {
    # economic trends and indicators
    "medtop:20000346": ["макроэкономический", "макроэкономика", "госкомстат", "бюро_статистика", "комитет_по_статистика", "национальный_статистический", "статистический_ведомство"],
    # consumer confidence
    "medtop:20000352": ["потребительский_настроение", "индекс_доверие", "потребительский_уверенность"],
    # deflation
    "medtop:20000356": ["дефляционный"],
    # economic growth
    "medtop:20000357": ["рост_экономика", "рост_ввп", "прирост_ввп", "темп_рост", "экономика_вырасти", "замедление_рост", "прогноз_рост"],
    # employment statistics
    "medtop:20000365": ["уровень_безработица", "уровень_занятость", "число_безработный", "количество_безработный"],
    # government debt
    "medtop:20000368": ["госдолг", "внешний_долг", "государственный_долг", "суверенный_долг", "долговой_нагрузка", "государственный_заимствование"],
    # gross domestic product
    "medtop:20000359": ["ввп", "ввп_на_душа", "объем_ввп"],
    # industrial production
    "medtop:20000360": ["объем_промышленный", "промышленный_выпуск", "индекс_промышленный", "выпуск_продукция"],
    # inventories
    "medtop:20000361": ["складской_запас"],
    # productivity
    "medtop:20000362": ["производительность_труд"],
    # recession
    "medtop:20000383": ["экономический_спад", "спад_экономика", "спад_производство", "стагнация"],
}
# fmt: on
