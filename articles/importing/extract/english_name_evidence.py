"""What the rest of a story says about a capitalised word: whether it speaks on its own ("Keller
said", "according to Keller"), which a person's surname does and the last word of an office
("Commissioner for Industrial Strategy") does not; and, of two people who share a surname, which
one a surname alone stands for."""

import re

from .english_lexicon import SPEECH_VERBS

LONE_WORD = r"(?<![\w'’-])(?<![A-Z][a-z]\s)(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
SPEAKS_AFTER = re.compile(LONE_WORD + r"(?:,\s+[^,]{1,40},)?\s+(?P<verb>[a-z]+)\b")
SPOKEN_OF = re.compile(r"\b(?:[Aa]ccording to|said|told|added)\s+" + LONE_WORD + r"(?!\s+[A-Z])")


def speaking_words(paragraphs: list[tuple[int, str]]) -> frozenset[str]:
    """Capitalised words that stand alone as the subject of a speech verb, or after "according
    to": a surname used as a speaker's name."""
    found = set()
    for _number, text in paragraphs:
        for match in SPEAKS_AFTER.finditer(text):
            if match["verb"] in SPEECH_VERBS:
                found.add(match["word"])
        found.update(match["word"] for match in SPOKEN_OF.finditer(text))
    return frozenset(found)


def namesake_before(mentions: list | None, paragraph: int, start: int) -> str | None:
    """The person a surname alone stands for: of two people who share it ("Jasur Karimov" and,
    later, "Alisher Karimov"), the one named last before it; the first one if none was yet."""
    if not mentions:
        return None
    before = [m for m in mentions if (m.paragraph, m.start) < (paragraph, start)]
    return (before[-1] if before else mentions[0]).name
