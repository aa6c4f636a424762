"""Which extractor a wire story needs: the agency files Russian and English copy, nothing else,
so counting Cyrillic against Latin letters is enough and costs nothing."""

import re

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def detect_language(text: str) -> str:
    """Return "ru" when Cyrillic letters outnumber Latin ones, else "en"."""
    return "ru" if len(CYRILLIC.findall(text)) >= len(LATIN.findall(text)) else "en"
