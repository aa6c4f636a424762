"""Cues the text gives about who speaks and in which form a name stands: a dash inside the first
part of a split quote, a possessive pronoun before the named speaker, a descriptor right after
someone is introduced, an undeclined first name beside an -ова surname, a vowel-final town listed
after a place in the genitive. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="В области подвели итоги сезона."))


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_split_quote_whose_first_part_holds_a_dash():
    result = extraction(
        "Министр туризма Карина Озолина назвала сезон «самым удачным за десятилетие».",
        "«Для региона туризм — это теперь главная отрасль, — сказала министр. — Мы ждем "
        "еще больше гостей из соседних стран в следующем году».",
    )
    texts = [q.text for q in result.quotes]
    assert "Для региона туризм — это теперь главная отрасль" in texts
    assert speaker_of(result, "Мы ждем") == "Карина Озолина"


def test_possessive_pronoun_before_the_named_speaker_keeps_the_name():
    result = extraction(
        "В городе Озерске прошли учения спасателей.",
        "«Все службы сработали слаженно, замечаний к расчетам нет», — цитирует пресс-служба "
        "управления его руководителя Тимура Рахимова.",
    )
    assert speaker_of(result, "Все службы") == "Тимур Рахимов"


def test_descriptor_after_an_introduction_goes_to_the_person_just_introduced():
    result = extraction(
        "«Мы откроем новый терминал к осени», — заявил директор порта Вадим Кораблев.",
        "Директор центра транспортных исследований Дильноза Каримова считает сроки "
        "слишком оптимистичными.",
        "«Подрядчик уже дважды сдвигал график, а поставки кранов задерживаются», — говорит "
        "эксперт.",
    )
    assert speaker_of(result, "Подрядчик") == "Дильноза Каримова"


def test_undeclined_first_name_beside_an_ova_surname_names_a_woman():
    result = extraction(
        "Фонд вложит деньги в школы, сообщает агентство со ссылкой на исполнительного "
        "директора фонда Рустама Гасанова.",
        "По словам Рустама Гасанова, ремонт начнется летом.",
        "Гюнель Гасанова из родительского комитета считает, что ремонт нужно было начать раньше.",
        "«Дети два года учились в три смены», — пояснила Гасанова.",
    )
    names = [p.name for p in result.people]
    assert "Гюнель Гасанова" in names
    assert speaker_of(result, "Дети") == "Гюнель Гасанова"


def test_vowel_final_town_listed_after_a_genitive_place_stays_as_written():
    result = extraction(
        "Новые автобусы получат жители Шымкента и Мерке, сообщили в акимате.",
    )
    assert "Мерке" in result.places
    assert "Мерка" not in result.places
