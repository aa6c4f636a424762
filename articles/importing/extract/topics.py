"""IPTC Media Topics suggested from the words of an article.

Each code has a keyword list (topic_lexicon_ru.TOPIC_KEYWORDS for Russian lemmas,
topic_lexicon_en for English words), to which each code's own IPTC name is added as a cue (see
name_cues), so every topic of the vocabulary can be found, not only those past stories used; a
code is suggested when its keywords occur often enough,
most specific codes first, and the level-1 root of the strongest code is added so that a story
about a judo tournament is filed under sport as well as sport event. Labels come from the
project's copy of the IPTC vocabulary (articles/data/mediatopics.csv), or the shared one.
"""

import importlib
import re
from collections import Counter
from functools import cache

from ..results import TopicFound
from .topic_followers import followers
from .topic_names import count_loose_names, name_cues, vocabulary

__all__ = ["keywords_for", "name_cues", "suggest_topics", "vocabulary"]

MIN_SCORE = 3
WEAK_SCORE = 2
RELATIVE_FLOOR = 0.2
MAX_TOPICS = 5
FULL_CONFIDENCE_SCORE = 10
ROOT_SHARE = 0.5
PHRASE_WEIGHT = 2  # "grand prix", "избирательный кодекс": a phrase cue rarely fires by accident
LONE_CUE_SHARE = (
    0.5  # a code cued by one repeated word ("data", "revenue") must be this near the best
)
DISCIPLINES = "medtop:20000822"  # competition discipline: a sport story is filed under its sport
COMPANIONS = {DISCIPLINES: "medtop:20001108"}  # competition discipline → sport event


LEXICON_MODULES = {
    "ru": (
        "topic_lexicon_ru",
        "topic_lexicon_ru_areas",
        "topic_lexicon_ru_society",
        "topic_lexicon_ru_sectors",
        "topic_lexicon_ru_branches",
        "topic_lexicon_ru_narrow",
        "topic_lexicon_ru_children",
        "topic_lexicon_ru_crime_education",
        "topic_lexicon_ru_indicators",
        "topic_lexicon_ru_health",
        "topic_lexicon_ru_leaves",
    ),
    "en": (
        "topic_lexicon_en",
        "topic_lexicon_en_areas",
        "topic_lexicon_en_sectors",
        "topic_lexicon_en_branches",
        "topic_lexicon_en_narrow",
        "topic_lexicon_en_children",
        "topic_lexicon_en_crime_education",
        "topic_lexicon_en_indicators",
        "topic_lexicon_en_health",
        "topic_lexicon_en_leaves",
    ),
}


@cache
def keywords_for(language: str) -> dict[str, tuple[str, ...]]:
    """Every TOPIC_KEYWORDS* table of the language's lexicon modules, merged; retired codes out."""
    merged = merged_tables(language, "TOPIC_KEYWORDS")
    for code, cues in name_cues(language).items():
        merged[code] = tuple(dict.fromkeys((*merged.get(code, ()), *cues)))
    return {code: words for code, words in merged.items() if not retired(code)}


@cache
def excludes_for(language: str) -> dict[str, tuple[str, ...]]:
    """Phrases whose occurrences are taken off a code's score ("wind farm" off agriculture)."""
    return merged_tables(language, "TOPIC_EXCLUDES")


def merged_tables(language: str, prefix: str) -> dict[str, tuple[str, ...]]:
    merged: dict[str, list[str]] = {}
    for module_name in LEXICON_MODULES[language]:
        try:
            module = importlib.import_module(f"{__package__}.{module_name}")
        except ImportError:
            continue
        for name, table in vars(module).items():
            if name.startswith(prefix):
                for code, words in table.items():
                    merged.setdefault(code, []).extend(as_read(w, language) for w in words)
    return {code: tuple(dict.fromkeys(words)) for code, words in merged.items()}


def as_read(cue: str, language: str) -> str:
    """The cue as the text's words are read: English words through simple_lemma, as the story's
    are ("human rights" is found as "human right", "foreign affairs" as "foreign affair")."""
    cue = cue.lower()
    if language != "en":
        return cue
    from .english_text import simple_lemma  # noqa: PLC0415 - as the English text is read

    return " ".join(simple_lemma(word) for word in cue.split(" "))


def retired(code: str) -> bool:
    return bool(vocabulary().get(code, {}).get("retired"))


def count_words(words: list[str], phrase_lengths: frozenset[int]) -> Counter:
    """Single words, and phrases of the lengths the lexicon uses, joined by a space or "_"."""
    lowered = [word.lower().replace("ё", "е") for word in words]
    counts = Counter(lowered)
    for size in phrase_lengths:
        for start in range(len(lowered) - size + 1):
            phrase = lowered[start : start + size]
            counts[" ".join(phrase)] += 1
            counts["_".join(phrase)] += 1
    return counts


@cache
def phrase_lengths(language: str) -> frozenset[int]:
    tables = (keywords_for(language), excludes_for(language))
    keywords = (word for table in tables for words in table.values() for word in words)
    return frozenset(len(word.replace("_", " ").split()) for word in keywords) - {1}


def keyword_count(counts: Counter, keyword: str, language: str) -> int:
    if language == "en" and " " not in keyword:
        return counts[keyword] + counts[keyword + "s"]
    return counts[keyword]


@cache
def cue_index(language: str) -> dict[str, tuple[str, ...]]:
    """Cue → the codes it is a cue of, so that a story's score is reckoned only for the codes
    whose cues it holds."""
    index: dict[str, list[str]] = {}
    for code, cues in keywords_for(language).items():
        for cue in cues:
            index.setdefault(cue, []).append(code)
    return {cue: tuple(codes) for cue, codes in index.items()}


def touched_codes(counts: Counter, language: str) -> set[str]:
    """The codes with at least one cue in the counted words (English "-s" plurals included)."""
    index, touched = cue_index(language), set()
    for key in counts:
        touched.update(index.get(key, ()))
        if language == "en" and key.endswith("s") and " " not in key:
            touched.update(index.get(key[:-1], ()))
    return touched


def cue_weight(keyword: str) -> int:
    return PHRASE_WEIGHT if " " in keyword or "_" in keyword else 1


def score(
    counts: Counter, code: str, words: tuple[str, ...], language: str, weighted: bool = False
) -> int:
    """Cue occurrences less excluded phrases; `weighted`, a phrase cue counts PHRASE_WEIGHT."""
    weight = cue_weight if weighted else (lambda word: 1)
    found = sum(weight(word) * keyword_count(counts, word, language) for word in words)
    excluded = sum(counts[phrase] for phrase in excludes_for(language).get(code, ()))
    return max(0, found - (PHRASE_WEIGHT if weighted else 1) * excluded)


def lone_word_codes(counts: Counter, language: str, touched: set[str]) -> set[str]:
    """Codes whose whole evidence is one single word, however often repeated, other than the
    code's own name: a generic word ("data", "scheme", "revenue") names a side of the story
    more often than its topic, while "фестиваль" alone still files a festival."""
    lone, keywords = set(), keywords_for(language)
    for code in touched:
        words = keywords[code]
        found = [word for word in words if keyword_count(counts, word, language)]
        if (
            len(found) == 1
            and cue_weight(found[0]) == 1
            and found[0] not in name_words(code, language)
        ):
            lone.add(code)
    return lone


@cache
def name_words(code: str, language: str) -> frozenset[str]:
    """The single words of the code's name cues ("здравоохранение" of общественный_здравоохранение)."""
    cues = name_cues(language).get(code, ())
    return frozenset(word for cue in cues for word in re.split(r"[ _]", cue))


def root_of(code: str) -> str | None:
    rows = vocabulary()
    while code in rows and rows[code]["parent"]:
        code = rows[code]["parent"]
    return code if code in rows else None


def suggest_topics(
    lemmas_or_words: list[str], language: str, headline_words: int = 0
) -> list[TopicFound]:
    """The topics whose keywords the words carry, strongest first, each with a confidence. The
    first `headline_words` words are the headline's: a code it names needs only weak evidence."""
    counts = count_words(lemmas_or_words, phrase_lengths(language))
    count_loose_names(lemmas_or_words, counts, language)
    keywords = keywords_for(language)
    touched = touched_codes(counts, language)
    scores = dict.fromkeys(keywords, 0)
    scores.update((code, score(counts, code, keywords[code], language)) for code in touched)
    named = headline_codes(lemmas_or_words[:headline_words], language)
    best = max(scores.values(), default=0)
    floor = MIN_SCORE if best >= MIN_SCORE else WEAK_SCORE  # a short story still gets its topic

    lone = lone_word_codes(counts, language, touched)
    ranked = sorted((c for c, s in scores.items() if s), key=lambda c: -scores[c])

    def kept(code: str, value: int) -> bool:
        """Thresholds are met by the phrase-weighted score: two specific phrases ("formula 1",
        "grand prix") are evidence enough for a narrow topic beside a story's broad one; one phrase
        alone is not."""
        if value == 0:
            return False
        share = LONE_CUE_SHARE if code in lone and code not in named else RELATIVE_FLOOR
        cues = keywords_for(language)[code]
        if sum(1 for cue in cues if keyword_count(counts, cue, language)) > 1:
            value = score(counts, code, cues, language, weighted=True)
        rival = rival_score(code, ranked, scores)
        return value >= (WEAK_SCORE if code in named else floor) and value >= share * rival

    chosen = sorted(
        (c for c, s in scores.items() if kept(c, s)), key=lambda c: (-scores[c], -depth(c))
    )
    chosen = [c for c in chosen if not shadowed(c, chosen, counts, scores, language)]
    chosen = within_lines(chosen, MAX_TOPICS)
    chosen += companions(chosen, scores)
    chosen += named_descendants(chosen, counts, language, named, touched)
    chosen += followers(chosen, scores, counts, language, ancestors)
    found = [topic(code, scores.get(code) or WEAK_SCORE) for code in chosen]
    for code in list(chosen):
        root = root_of(code)
        if root and root not in chosen and scores.get(code, 0) >= ROOT_SHARE * best:
            chosen.append(root)
            found.append(topic(root, scores[code] / 2))
    return [t for t in found if t.name]


def named_descendants(
    chosen: list[str], counts: Counter, language: str, named: set[str], touched: set[str]
) -> list[str]:
    """Narrower codes of a chosen branch that the text names by their own IPTC name ("film
    festival" under festival, "greco-roman" under wrestling, "местные выборы" under election):
    the most specific code the story is about, weak as its evidence is beside the branch's. A
    sport discipline named once by a phrase ("по тяжелой атлетике") is enough: a sport story
    names its sport once and then speaks of medals and rounds."""
    keywords = keywords_for(language)
    found = []
    names = name_cues(language)
    for code, cues in names.items():
        if (
            code not in touched
            or code in chosen
            or not any(keyword_count(counts, cue, language) for cue in cues)
        ):
            continue
        discipline = DISCIPLINES in ancestors(code)
        if nearest_named_ancestor(code, counts, language) not in chosen and not (
            discipline and any(root_of(other) == root_of(code) for other in chosen)
        ):
            continue
        floor = WEAK_SCORE if code in named or discipline else MIN_SCORE
        if score(counts, code, keywords[code], language, weighted=True) >= floor:
            found.append(code)
    return found


def shadowed(
    code: str, chosen: list[str], counts: Counter, scores: dict[str, int], language: str
) -> bool:
    """Every cue of the code found in the text is also a cue of a stronger chosen sibling:
    "режиссер" of a film story is the cinema's word, not evidence of theatre as well."""
    keywords = keywords_for(language)
    parent = vocabulary().get(code, {}).get("parent")
    found = {cue for cue in keywords[code] if keyword_count(counts, cue, language)}
    stronger = [
        other
        for other in chosen
        if scores[other] > scores[code] and vocabulary().get(other, {}).get("parent") == parent
    ]
    return bool(found) and all(any(cue in keywords[o] for o in stronger) for cue in found)


def within_lines(ranked: list[str], limit: int) -> list[str]:
    """The ranked codes of the first `limit` lines of the tree: a code with its chosen ancestors
    is one subject ("natural gas" under "oil and gas" under "energy"), not three."""
    kept: list[str] = []
    lines = 0
    for code in ranked:
        line = set(ancestors(code))
        if any(other in line or code in ancestors(other) for other in kept):
            kept.append(code)
        elif lines < limit:
            kept.append(code)
            lines += 1
    return kept


def depth(code: str) -> int:
    """Of two codes with the same score, the narrower is ranked first."""
    return len(ancestors(code))


def nearest_named_ancestor(code: str, counts: Counter, language: str) -> str | None:
    """The code's parent, or, past grouping codes the text gives no cue of ("competition
    discipline" above football), the nearest ancestor it does."""
    keywords = keywords_for(language)
    for parent in ancestors(code)[1:]:
        if score(counts, parent, keywords.get(parent, ()), language):
            return parent
    return None


def rival_score(code: str, ranked: list[str], scores: dict[str, int]) -> int:
    """The best score of a code outside the code's own line: a broader code holding the same
    evidence ("culture" scoring every word of a film festival) is no rival to it."""
    line = set(ancestors(code))
    return next((scores[other] for other in ranked if other not in line), 0)


def headline_codes(words: list[str], language: str) -> set[str]:
    if not words:
        return set()
    counts = count_words(words, phrase_lengths(language))
    count_loose_names(words, counts, language)
    keywords = keywords_for(language)
    touched = touched_codes(counts, language)
    return {code for code in touched if score(counts, code, keywords[code], language) > 0}


def companions(chosen: list[str], scores: dict[str, int]) -> list[str]:
    """A code that always goes with a chosen one when the text names it at all: a story about a
    sport discipline is filed under sport event once a match, tournament or cup is mentioned."""
    extra = []
    for code, companion in COMPANIONS.items():
        wanted = any(code in ancestors(c) for c in chosen)
        if wanted and companion not in chosen and scores.get(companion, 0) > 0:
            extra.append(companion)
    return extra


def ancestors(code: str) -> list[str]:
    rows, found = vocabulary(), []
    while code in rows:
        found.append(code)
        code = rows[code]["parent"]
    return found


def topic(code: str, score: float) -> TopicFound:
    name = vocabulary().get(code, {}).get("name_en", "")
    return TopicFound(
        code=code, name=name, confidence=round(min(1.0, score / FULL_CONFIDENCE_SCORE), 2)
    )
