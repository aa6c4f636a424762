"""English speakers: Chinese and Korean names are written family name first, so "Li" and "Park"
stand for "Li Qiang" and "Park Jin-ho" later (a Western "Kim Darroch" stays Darroch); "the prime
minister" is the one whose role names that office and "the minister" one whose role does not; a
nationality before a title ("the Georgian prime minister") qualifies it. Sentences written for
these tests."""

from articles.importing.extract import extract
from tests.articles.importing.stories import story


def extraction(*paragraphs: str):
    return extract(story(*paragraphs, headline="Ministers meet in Seoul."))


def test_a_chinese_family_name_alone_stands_for_the_full_name():
    result = extraction(
        "Chinese Commerce Minister Li Qiangwei met Korean envoy Park Jin-ho on Monday.",
        '"Supply chains must stay open," Li said.',
        '"We agree," Park told reporters.',
    )
    assert [q.speaker for q in result.quotes] == ["Li Qiangwei", "Park Jin-ho"]
    assert {p.name for p in result.people} == {"Li Qiangwei", "Park Jin-ho"}


def test_two_chinese_namesakes_stay_apart():
    result = extraction("Officials Wang Tao and Wang Jianguo led the two delegations.")
    assert {p.name for p in result.people} == {"Wang Tao", "Wang Jianguo"}


def test_a_western_name_opening_with_an_asian_family_name_is_given_name_first():
    result = extraction(
        "British diplomat Kim Ashworth arrived on Tuesday.",
        '"It is a good start," Ashworth said.',
    )
    assert result.quotes[0].speaker == "Kim Ashworth"


def test_the_minister_is_not_the_prime_minister():
    result = extraction(
        "Trade Minister Rovshan Aliyev met Moldovan Prime Minister Ion Rusu in Chisinau.",
        '"Exports will double," the minister said.',
        '"We are ready," the Moldovan prime minister added.',
    )
    assert [q.speaker for q in result.quotes] == ["Rovshan Aliyev", "Ion Rusu"]
