"""Russian copy: a word in -ович/-евич is a surname, not a patronymic, when it names a woman or a
role introduces the name ("судья Анна Лукашевич", "представитель прокуратуры Сергей Карпович");
a first name and patronymic alone stay an address form. "Огласить" (a verdict, a decision)
introduces a quote. Sentences written for these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "Суд вынес приговор."):
    return extract(story(*paragraphs, headline=headline))


def names(result) -> list[str]:
    return [p.name for p in result.people]


def test_vich_surname_of_a_woman_and_of_an_introduced_man():
    result = extraction(
        "Представитель прокуратуры Гродно Сергей Карпович сообщил, что обвинение обжалует "
        "приговор.",
        "Судья Анна Лукашевич отказалась от комментариев.",
        "«Работа продолжится», — сказал Карпович.",
    )
    assert names(result) == ["Сергей Карпович", "Анна Лукашевич"]
    assert result.quotes[0].speaker == "Сергей Карпович"


def test_first_name_and_patronymic_is_an_address_form():
    result = extraction(
        "Директор школы Асель Кайратовна Нурланова встретила гостей.",
        "— Асель Кайратовна, как прошел год?",
    )
    assert names(result) == ["Асель Нурланова"]


def test_verdict_announced_introduces_the_quote():
    result = extraction(
        "«Оснований для отмены решения суд не усмотрел», — огласила решение председатель "
        "областного суда Вера Семашко.",
    )
    assert result.quotes[0].speaker == "Вера Семашко"
