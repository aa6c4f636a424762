"""Russian copy: the case a name stands in, from its witnesses — a noun for a person before it (also
across "из <страны>"), a plainly oblique name it is listed with — decides its nominative and
gender; a surname alone refers back to the namesake already introduced. Sentences written for
these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "В столице завершился турнир."):
    return extract(story(*paragraphs, headline=headline))


def names(result) -> list[str]:
    return [p.name for p in result.people]


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_man_listed_after_a_woman_with_his_surname_is_in_her_case():
    result = extraction(
        "Серебро досталось брату и сестре: на счету Гульмиры Бекназаровой и Данияра "
        "Бекназарова по две медали.",
    )
    assert "Данияр Бекназаров" in names(result)
    assert "Гульмира Бекназарова" in names(result)


def test_first_name_after_a_noun_and_a_country_takes_the_nouns_case():
    result = extraction(
        "В полуфинале Ержан Тулегенов победил чемпиона из Турции Кемаля Озтюрка.",
    )
    assert "Кемаль Озтюрк" in names(result)


def test_unknown_first_name_in_a_genitive_apposition_is_declined_back():
    result = extraction(
        "Главный приз получила картина молодого режиссера Талантбека Сыдыкова.",
        "«Мы снимали этот фильм четыре года», — сказал Сыдыков.",
    )
    assert names(result) == ["Талантбек Сыдыков"]


def test_lone_surname_goes_to_the_namesake_introduced_before_it():
    result = extraction(
        "Бронзу завоевал Руслан Мамедов. В схватке за третье место Мамедов со счетом 3:0 "
        "одолел соперника из Грузии.",
        "Тренер сборной Эмин Мамедов, однофамилец спортсмена, похвалил команду.",
        "«Я очень долго ждал этой медали», — рассказал призер журналистам.",
    )
    assert speaker_of(result, "Я очень долго") == "Руслан Мамедов"


def test_a_family_surname_in_the_plural_is_rebuilt_in_the_singular():
    result = extraction("Теннисистки сестры Камила и Дарига Сулейменовы выиграли парный турнир.")
    assert "Дарига Сулейменова" in names(result)
