"""Russian copy: names with a patronymic particle (Kyrgyz "уулу"/"кызы", Kazakh "улы", Azerbaijani
"оглы") keep the father's name and the particle as the surname, later mentions by that pair find
the person, and the particle says the gender. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "В столице прошел городской турнир."):
    return extract(story(*paragraphs, headline=headline))


def speaker_of(result, start: str) -> str | None:
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


def test_son_particle_stays_in_the_name_and_finds_the_later_mention():
    result = extraction(
        "Победу в турнире одержал Бакыт Сапар уулу, обыгравший в финале соперника из Оша.",
        "«Я готовился к этому старту полгода», — сказал Сапар уулу после награждения.",
    )
    assert "Бакыт Сапар уулу" in [p.name for p in result.people]
    assert speaker_of(result, "Я готовился") == "Бакыт Сапар уулу"


def test_daughter_particle_makes_a_woman_and_names_the_speaker():
    result = extraction(
        "Серебро завоевала Айпери Токтогул кызы из Нарына.",
        "«Финал дался тяжело, но я довольна», — рассказала Токтогул кызы.",
    )
    assert [p.name for p in result.people] == ["Айпери Токтогул кызы"]
    assert speaker_of(result, "Финал дался") == "Айпери Токтогул кызы"


def test_particle_before_a_surname_is_a_patronymic_and_is_dropped():
    result = extraction(
        "Посол Рамиз Тофик оглы Мамедов вручил верительные грамоты.",
        "«Наши страны связывает давняя дружба», — заявил Мамедов.",
    )
    assert [p.name for p in result.people] == ["Рамиз Мамедов"]


def test_role_named_by_its_other_name_refers_back_to_the_lawyer():
    result = extraction(
        "Адвокат Нурлан Касым уулу, представляющий интересы фермера, обжаловал решение суда.",
        "«Решение вынесено без учета документов. Мы пойдем дальше, — сказал защитник. — "
        "Жалоба уже подана в областной суд».",
    )
    assert speaker_of(result, "Решение вынесено") == "Нурлан Касым уулу"
    assert speaker_of(result, "Жалоба уже подана") == "Нурлан Касым уулу"


def test_kazakh_daughter_surname_in_one_word_is_a_womans_and_does_not_decline():
    result = extraction(
        "Награду вручили журналистке Айгерим Нурланкызы.",
        "«Это признание всей редакции», — сказала Нурланкызы.",
    )
    assert [p.name for p in result.people] == ["Айгерим Нурланкызы"]
    assert speaker_of(result, "Это признание") == "Айгерим Нурланкызы"
