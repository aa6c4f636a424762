"""Which extractor a wire story needs: the agency files Russian and English copy, nothing else,
so counting Cyrillic against Latin letters is enough and costs nothing."""


def detect_language(text: str) -> str:
    """Return "ru" when Cyrillic letters outnumber Latin ones, else "en"."""
    cyrillic = latin = 0
    for char in text:
        if "а" <= char.lower() <= "я" or char in "ёЁ":
            cyrillic += 1
        elif "a" <= char.lower() <= "z":
            latin += 1
    return "ru" if cyrillic >= latin else "en"
