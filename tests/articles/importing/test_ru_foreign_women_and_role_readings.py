"""Russian copy: a woman's foreign surname ending like a Russian one (-ин, -ын, -ов) does not
decline, so it is filed as written; a word is a role noun only in the case the tagger reads it in
("премьера", a premiere in the nominative, is no "премьер" in the genitive). Sentences written for
these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str, headline: str = "В столице открылась выставка."):
    return extract(story(*paragraphs, headline=headline))


def names(result) -> list[str]:
    return [p.name for p in result.people]


def test_womans_surname_in_russian_shape_is_kept_as_written():
    result = extraction(
        "Заместитель директора Музея истории Бухары Гульшан Эрдин рассказала журналистам о "
        "новой экспозиции.",
        "«Мы получили больше двухсот экспонатов», — отметила Эрдин.",
    )
    assert names(result) == ["Гульшан Эрдин"]
    assert result.quotes[0].speaker == "Гульшан Эрдин"


def test_mans_russian_surname_still_declines():
    result = extraction("Награду вручили строителю Олегу Бурмистрову из Гродно.")
    assert "Олег Бурмистров" in names(result)


def test_noun_read_in_another_case_is_no_role():
    result = extraction(
        "Состоялась премьера по пьесе драматурга Павла Лукина.",
        "Постановку осуществила режиссер Ольга Ветрова.",
    )
    assert "Павел Лукин" in names(result)
    assert "Ольга Ветрова" in names(result)
