"""Extraction: a parsed Seed in, plain dataclasses out (people and roles, quotes and speakers,
places, organisations, IPTC topics). Pure: no models, no database; heavy NLP models are loaded on
first use, never when this package is imported.

What the loader can rely on:
- PersonFound.name is the nominative "Имя Фамилия" (patronymics dropped); `aliases` are the other
  surface forms seen in the text (oblique cases, the surname alone, "Имя Отчество" address forms),
  useful for matching a person already in the database. `role` is the introducing phrase in the
  nominative, or None.
- QuoteFound.speaker is exactly one PersonFound.name of the same extraction, or None.
- Quote confidence (0..1): 0.95 speaker named in the attribution; 0.9 a role noun ("дипломат")
  matching one person's role, or an interview answer; 0.8 a pronoun resolved within two
  paragraphs, or a role several people share (the most recent taken); 0.7 a role noun matching
  nobody's role (nearest subject of the verb's gender); 0.6 a pronoun whose antecedent is further
  away; 0.5 no attribution at all (nearest subject); ×0.8 when a quoted paragraph borrows the next
  paragraph's attribution. For people,
  1.0 when the gender (and so the nominative) was settled, 0.8 when it was a guess.
- Topic confidence grows with how many keywords of the code the text holds (10 or more = 1.0).
"""

from ..parse import Seed
from ..results import Extraction
from .language import detect_language

__all__ = ["detect_language", "extract", "prepare"]


def prepare() -> None:
    """Load the models and the rules now instead of on the first text. A process about to fork
    extraction workers calls this first: the workers then share its one copy (copy-on-write)
    instead of each starting an interpreter and loading its own."""
    from .english import extract_english  # noqa: F401 - its word lists and patterns
    from .nlp import pipeline
    from .russian import extract_russian  # noqa: F401

    pipeline()


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
