"""Russian names: a verb the name governs anywhere in the attribution makes a woman of a surname in
-ева/-ова even when the tagger reads the role before it in the genitive; a nationality or city
noun before a name ("Казахстанка", "бакинец") is not a first name; a lone surname shared by a
man and a woman goes to the one its form and verb fit. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "В регионе обсудили новый сезон."):
    seed = story(*paragraphs, headline=headline)
    return extract(seed)


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_verb_after_a_phrase_makes_the_ambiguous_surname_feminine():
    result = extraction(
        "Вице-министр энергетики Казахстана Жанат Ергешева в интервью Kursiv рассказала о тарифах.",
        "«Тарифы вырастут не больше чем на десять процентов», — сказала Ергешева.",
    )
    assert [p.name for p in result.people] == ["Жанат Ергешева"]
    assert speaker_of(result, "Тарифы") == "Жанат Ергешева"


def test_demonym_before_a_name_is_not_its_first_name():
    result = extraction(
        "Узбекистанка Дильноза Рашидова завоевала золото чемпионата Азии.",
        "«Я долго шла к этой медали», — призналась Рашидова после финала.",
        headline="Узбекистанка Дильноза Рашидова выиграла чемпионат Азии.",
    )
    assert [p.name for p in result.people] == ["Дильноза Рашидова"]
    assert speaker_of(result, "Я долго") == "Дильноза Рашидова"


def test_masculine_demonym_is_dropped_too():
    result = extraction(
        "Бакинец Эльчин Гасанов стал чемпионом Европы по борьбе.",
        "«Эта победа для всей страны», — сказал Гасанов.",
    )
    assert [p.name for p in result.people] == ["Эльчин Гасанов"]


def test_lone_masculine_surname_goes_to_the_man_of_two_namesakes():
    result = extraction(
        "На открытии выступила министр культуры Зарина Юсупова.",
        "Директор театра Рустам Юсупов рассказал о планах на сезон.",
        "«Мы покажем четыре премьеры», — говорит Юсупов.",
    )
    assert sorted(p.name for p in result.people) == ["Зарина Юсупова", "Рустам Юсупов"]
    assert speaker_of(result, "Мы покажем") == "Рустам Юсупов"


def test_woman_after_a_demonym_in_the_dative_keeps_her_feminine_surname():
    result = extraction(
        "Поздравления казахстанке Жанар Темирбековой направил министр спорта.",
        "Турнир прошел в Астане.",
    )
    assert [p.name for p in result.people] == ["Жанар Темирбекова"]


def test_lone_surname_in_the_genitive_goes_to_the_man_of_two_namesakes():
    result = extraction(
        "Министр Дилноза Алимова и глава ассоциации Шухрат Алимов открыли форум.",
        "По словам Алимова, «экспорт вырастет вдвое».",
    )
    assert speaker_of(result, "экспорт") == "Шухрат Алимов"
