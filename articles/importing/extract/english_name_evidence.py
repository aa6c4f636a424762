"""What the rest of a story says about a capitalised word: whether it speaks on its own ("Keller
said", "according to Keller"), which a person's surname does and the last word of an office
("Commissioner for Industrial Strategy") does not; of two people who share a surname, which one a
surname alone stands for; and which word of a name is the family name: the last, except in
Chinese and Korean names, written family name first ("Wang Yi" is Wang, "Cho Tae-yul" is Cho)."""

import re

from .english_lexicon import SPEECH_VERBS, word_set
from .english_text import NAME_PARTICLES

# Chinese and Korean family names, which English copy writes before the given name.
FAMILY_NAMES_FIRST = word_set("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu
    Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan
    Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi Qin Fu Zou Kong Bai Qian
    Kim Park Choi Jung Cho Kang Yoon Jang Lim Shin Seo Kwon Hwang Ahn Yoo Hong Jeon Moon Ko
    Baek Heo Nam Noh Chung Yi Han Song Lee""")
# A romanised Chinese or Korean given name: one or two syllables ("Yi", "Jinping", "Tae-yul");
# "Kim Darroch" or "Lee Anderson" are written given name first.
SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|r|m|ck|k|p|l|w)?)"
ROMANISED_GIVEN = re.compile(rf"^{SYLLABLE}{{1,2}}$")

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


def family_name(name: str) -> str:
    """The word a name is cut to on later mentions: "Wang Yi" -> "Wang", "Ivan Petrov" ->
    "Petrov". A family name comes first when the name opens with a Chinese or Korean one and
    the rest is a romanised given name of one or two syllables ("Jinping", "Jae-in")."""
    words = name.split()
    first, rest = words[0], words[1:]
    given = all(ROMANISED_GIVEN.match(word.lower().replace("-", "")) for word in rest)
    return first if rest and first in FAMILY_NAMES_FIRST and given else words[-1]


def given_name(name: str) -> str:
    """The given name, or "" when there is none: "Al Hashemi" is a family name with its
    particle, the same person as "Mariam Al Hashemi"."""
    words = name.split()
    if len(words) < 2:
        return ""
    if all(word.lower() in NAME_PARTICLES for word in words[:-1]):
        return ""
    return words[-1] if family_name(name) == words[0] else words[0]


def family_name_before(token, tail: list) -> bool:
    """ "Park Jin-ho": a Korean or Chinese family name that is an English word too."""
    if not tail or token.bare not in FAMILY_NAMES_FIRST:
        return False
    return family_name(" ".join([token.bare] + [t.bare for t in reversed(tail)])) == token.bare


# "Abu Dhabi-based", "London-born", "Kremlin-backed": a name joined to a participle is an
# adjective (a Korean given name such as "Tae-yul" also has a lower-case half, but no participle).
COMPOUND_ADJECTIVE = re.compile(
    r"-(?:[a-z]+ed|born|run|made|built|grown|bound|wide|style|like|owned)$"
)


def compound_adjective(word: str) -> bool:
    return bool(COMPOUND_ADJECTIVE.search(word))


PATRONYMIC_PARTICLES = ("bin", "ibn", "bint")


def short_forms(name: str) -> tuple[str, ...]:
    """The words a name is cut to on later mentions: its family name, and for an Arabic name
    with "bin" its first name too ("Prince Abdulaziz" for "Abdulaziz bin Salman")."""
    words = name.split()
    if any(word in PATRONYMIC_PARTICLES for word in words[1:]):
        return (family_name(name), words[0])
    return (family_name(name),)


# Romanisations of one name that wire copy mixes ("Aliyev"/"Aliev", "Karimli"/"Karimly",
# "Dzhaksybekov"/"Jaksybekov", "Qasimov"/"Kasimov", "Kholmatov"/"Holmatov").
TRANSLITERATIONS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("q", "k"),
    ("iy", "i"),
    ("yev", "ev"),
    ("ye", "e"),
    ("ou", "u"),
    ("w", "v"),
)
DOUBLED = re.compile(r"(\w)\1")


def spelling_key(word: str) -> str:
    """One key for the romanisations of a name: "Aliyev" and "Aliev" share "aliev"."""
    key = word.lower()
    for written, spoken in TRANSLITERATIONS:
        key = key.replace(written, spoken)
    key = DOUBLED.sub(r"\1", key)
    return key[:-1] + "i" if key.endswith("y") else key


def same_person(known: str, name: str) -> bool:
    """Whether two names found in one story are one person: a short form of the other, or the
    same family name with given names of the same initial ("I. Petrov", "Ivan Petrov")."""
    alone, full = (name, known) if " " not in name else (known, name)
    if " " not in alone and alone in short_forms(full):
        return True  # "Petrov" for "Ivan Petrov", "Prince Abdulaziz" for "Abdulaziz bin Salman"
    if spelling_key(family_name(known)) != spelling_key(family_name(name)):
        return False
    a, b = given_name(known), given_name(name)
    return not a or not b or a[0] == b[0]
