"""Extraction: a parsed Seed in, plain dataclasses out (people and roles, quotes and speakers,
places, organisations, IPTC topics). Pure: no models, no database; heavy NLP models are loaded on
first use, never when this package is imported."""

from ..parse import Seed
from ..results import Extraction
from .language import detect_language

__all__ = ["detect_language", "extract"]


def extract(seed: Seed) -> Extraction:
    """Extract from one seed in the language it is written in."""
    if detect_language(seed.text) == "ru":
        from .russian import extract_russian

        return extract_russian(seed)
    return extract_other_language(seed)


def extract_other_language(seed: Seed) -> Extraction:
    try:
        from .english import extract_english
    except ImportError:  # the English extractor is not installed yet
        return Extraction(language="en")
    return extract_english(seed)
