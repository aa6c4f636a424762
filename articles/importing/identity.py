"""Spelling-independent keys for names, so Aliyev, Алиев and Əliyev are one person.

Pure functions: a name in any of the region's scripts becomes a Latin key in which the
usual transliteration variants (y/i/j, kh/h, ə/a, double letters) fall together.
"""

import re

from slugify import slugify

# Azerbaijani, Kazakh and Turkish letters that slugify would otherwise drop or split oddly.
LETTERS = str.maketrans(
    {
        "ə": "a", "Ə": "a", "ı": "i", "ş": "sh", "Ş": "sh", "ç": "ch", "Ç": "ch", "ğ": "g", "Ğ": "g",
        "ö": "o", "Ö": "o", "ü": "u", "Ü": "u", "ә": "а", "Ә": "а", "ғ": "г", "қ": "к", "ң": "н",
        "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е", "Ё": "е",
    }
)  # fmt: skip
VARIANTS = [
    (re.compile(r"kh"), "h"),
    (re.compile(r"h"), "g"),  # Russian writes Azerbaijani h as г: Həsənov → Гасанов
    (re.compile(r"(?<=[aeiou])[yj](?=[aeiou])"), ""),  # Aliyev → aliev
    (re.compile(r"(?<=[aeiou])[yj]"), "i"),  # Nurlanuly, Ayaz
    (re.compile(r"^y(?=[aeiou])"), ""),  # Yerlan / Ерлан → erlan
    (re.compile(r"(?<=[^aeiou])y"), "i"),
    (re.compile(r"ts"), "c"),
    (re.compile(r"zh|dzh|j"), "j"),
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters
]


def identity_key(name: str) -> str:
    """'Ильхам Алиев', 'Ilham Aliyev' and 'İlham Əliyev' give the same key."""
    latin = slugify(name.translate(LETTERS), separator=" ")
    words = []
    for word in latin.split():
        for pattern, replacement in VARIANTS:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


def surname_key(name: str) -> str:
    key = identity_key(name)
    return key.split()[-1] if key else ""
