import datetime as dt
import hashlib

import pytest

from articles.importing.parse import SeedError, parse_seed

GOOD = " date 2025-12-29 Заголовок новости.\n\nПервый абзац.\n\nВторой абзац\nпродолжается здесь.\n"


def parse(text, name="story.txt", **kwargs):
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    return parse_seed(raw, source_file=name, **kwargs)


def problem(text, **kwargs):
    with pytest.raises(SeedError) as caught:
        parse(text, **kwargs)
    assert caught.value.source_file == "story.txt"
    assert str(caught.value).startswith("story.txt: ")
    return caught.value.problem


def test_header_gives_date_and_lead_sentence_is_headline():
    seed = parse(GOOD)
    assert seed.date == dt.date(2025, 12, 29)
    assert seed.headline == "Заголовок новости."
    assert seed.lead == seed.headline


def test_paragraphs_split_on_blank_lines_and_joined_within():
    assert parse(GOOD).paragraphs == ["Первый абзац.", "Второй абзац продолжается здесь."]


def test_checksum_is_sha256_of_the_raw_bytes():
    assert parse(GOOD).checksum == hashlib.sha256(GOOD.encode()).hexdigest()


def test_bom_crlf_and_trailing_spaces_are_tolerated():
    messy = "\ufeff date 2025-12-29 Заголовок новости.   \r\n\r\nПервый абзац.  \r\n \r\nВторой абзац\r\nпродолжается здесь.\r\n"
    seed = parse(messy)
    assert seed.headline == "Заголовок новости."
    assert seed.paragraphs == ["Первый абзац.", "Второй абзац продолжается здесь."]


def test_headline_may_stand_on_its_own_line():
    seed = parse(" date 2025-01-02\nЗаголовок.\n\nТекст.")
    assert (seed.headline, seed.paragraphs) == ("Заголовок.", ["Текст."])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (" date 2025-12-29 Заголовок.\n\nТекст.".encode("cp1251"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Заголовок без даты.\n\nТекст.".encode(), "no date header"),
        (b" date 29.12.2025 Headline.\n\nText.", "malformed date header"),
        (b" date 2025-02-30 Headline.\n\nText.", "not a real date"),
        (b" date 2025-12-29 \n\n", "no headline"),
        (b" date 2025-12-29 Only a headline.\n", "no body"),
    ],
)
def test_bad_files_are_refused_with_the_problem_named(raw, expected):
    assert expected in problem(raw)


def test_oversized_file_is_refused():
    assert "over the limit" in problem(GOOD + "Абзац.\n\n" * 100, max_bytes=200)


def test_overlong_headline_is_refused():
    assert "over 500" in problem(" date 2025-12-29 " + "Очень " * 100 + ".\n\nТекст.")


def test_control_characters_mean_not_text():
    assert "control characters" in problem(" date 2025-12-29 Заголовок.\n\nТекст\x07.")
