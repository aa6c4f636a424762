"""Each topic's own IPTC name as its cue, and the name found in the text however it is worded.

Every active code below level 1 is cued by its name ("theatre", "interest rates"; Russian names
lemmatised: "Процентные ставки" → процентный_ставка), so that no topic of the vocabulary goes
unseen for want of a hand-written entry. A name of several words is found in the text also in
another order or with one word between its words ("выборы в местные кенгаши" for "Местные
выборы", "agreement on trade" for "trade agreements"); names are lemmatised as the stories are.
"""

import csv
import importlib
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]
VOCABULARY_FILES = (
    PROJECT_ROOT / "articles" / "data" / "mediatopics.csv",
    PROJECT_ROOT.parent / "shared" / "iptc" / "mediatopics.csv",
)
NAME_LEMMAS_FILE = PROJECT_ROOT / "articles" / "data" / "topic_name_lemmas_ru.csv"
NAME_GAP = 1  # words allowed between the words of a name found in the text


@cache
def vocabulary() -> dict[str, dict]:
    """qcode → its CSV row (name_en, level, parent)."""
    for path in VOCABULARY_FILES:
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                return {row["qcode"]: row for row in csv.DictReader(handle)}
    return {}


@cache
def name_cues(language: str) -> dict[str, tuple[str, ...]]:
    """Each active code's name cues. Names too common in other senses are left to the lexicons
    (NAME_CUE_STOPLIST of topic_lexicon_ru_branches / _en_branches)."""
    module = importlib.import_module(f"{__package__}.topic_lexicon_{language}_branches")
    lemmatised = russian_name_lemmas() if language == "ru" else {}
    stoplist = module.NAME_CUE_STOPLIST  # the name as written ("plants") and its cue ("plant")
    column = "name_ru" if language == "ru" else "name_en"
    cues = {}
    for code, row in vocabulary().items():
        if row["retired"] or row["level"] in ("", "1") or code in module.NAME_CUE_SKIP_CODES:
            continue
        parts = [part for part in name_parts(row.get(column) or "") if part not in stoplist]
        found = [cue for part in parts if (cue := name_cue(part, language))]
        found += [cue for cue in russian_name_phrases(lemmatised.get(code)) if cue not in found]
        found = [cue for cue in found if cue not in stoplist]
        if found:
            cues[code] = tuple(found)
    return cues


def name_parts(name: str) -> list[str]:
    """The name's coordinated parts, less a lone word that only modifies the next part ("air" of
    "air and space accident"), and less any qualifier in brackets ("trial (court)")."""
    name = re.sub(r"\(.*?\)", " ", name.lower().replace("ё", "е"))
    parts = [part.strip() for part in re.split(r",| and | и | или | or |/", name) if part.strip()]
    return [
        part
        for part, following in zip(parts, [*parts[1:], ""], strict=True)
        if " " in part or " " not in following
    ]


def name_cue(part: str, language: str) -> str:
    words = re.findall(r"[\w-]+", part)
    if not words or len(words) > 3:
        return ""
    if language == "en":
        from .english_text import simple_lemma  # noqa: PLC0415 - as the English text is read

        return " ".join(simple_lemma(word) for word in words)
    if len(words) == 1 and russian_adjective(words[0]):
        return ""  # "Водный и морской транспорт": "водный" alone names no topic
    return "_".join(russian_lemma(word) for word in words)


def russian_name_phrases(lemmas: str | None) -> list[str]:
    """The parts of several words of a name lemmatised in context ("местный_выбор"); a name of
    one word is better taken from the dictionary alone (out of context "физика" reads "физик")."""
    parts = name_parts(lemmas) if lemmas else []
    return ["_".join(words) for part in parts if 1 < len(words := part.split()) <= 3]


@cache
def russian_name_lemmas() -> dict[str, str]:
    """qcode → its Russian name lemmatised by the pipeline that lemmatises the stories
    (NAME_LEMMAS_FILE, written by write_russian_name_lemmas): "Местные выборы" → "местный
    выбор", as "выборы" is read in a story, where the word alone would give "выборы". Taken
    beside the word-by-word lemmas, which are right more often for a name of one word."""
    if not NAME_LEMMAS_FILE.exists():
        return {}
    with NAME_LEMMAS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["qcode"]: row["lemmas"] for row in csv.DictReader(handle)}


def write_russian_name_lemmas() -> None:
    """Lemmatise every Russian name with Natasha, once (a few seconds), into NAME_LEMMAS_FILE."""
    from .nlp import analyse, lemma  # noqa: PLC0415 - the models load only for this

    rows = [
        (code, " ".join(lemma(token) for token in analyse(row["name_ru"].lower()).tokens))
        for code, row in vocabulary().items()
        if row.get("name_ru")
    ]
    with NAME_LEMMAS_FILE.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("qcode", "lemmas"))
        writer.writerows(rows)


@cache
def russian_parse(word: str):
    from .nlp import pipeline  # noqa: PLC0415 - the Russian models load only for Russian text

    return pipeline().morph_vocab.parse(word)[0]


def russian_lemma(word: str) -> str:
    return russian_parse(word).normal_form.replace("ё", "е")


def russian_adjective(word: str) -> bool:
    return russian_parse(word).tag.POS in ("ADJF", "PRTF")


@cache
def loose_names(language: str) -> dict[str, tuple[str, ...]]:
    """Each name cue of two or three words → its words, for the loose search."""
    cues = {cue for found in name_cues(language).values() for cue in found}
    return {cue: tuple(re.split(r"[ _]", cue)) for cue in cues if re.search(r"[ _]", cue)}


@cache
def loose_names_by_word(language: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """First word → the names of several words it begins, for the loose search."""
    index: dict[str, list] = defaultdict(list)
    for cue, parts in loose_names(language).items():
        if len(set(parts)) == len(parts):
            index[parts[0]].append((cue, parts))
    return {word: tuple(names) for word, names in index.items()}


def count_loose_names(words: list[str], counts: Counter, language: str) -> None:
    """Raise each name cue's count in `counts` to the times its words stand together in any order,
    at most NAME_GAP words apart: one pass over the words, then only the names whose every word
    occurs."""
    index = loose_names_by_word(language)
    candidates = [
        (cue, parts)
        for word in {word.lower().replace("ё", "е") for word in words} & index.keys()
        for cue, parts in index[word]
        if all(counts[part] for part in parts[1:])
    ]
    if not candidates:
        return
    wanted = {part for _, parts in candidates for part in parts}
    positions = defaultdict(list)
    for index, word in enumerate(words):
        lowered = word.lower().replace("ё", "е")
        if lowered in wanted:
            positions[lowered].append(index)
    for cue, parts in candidates:
        found = loose_matches(parts, positions)
        if found > counts[cue]:
            counts[cue] = found
            counts[cue.replace("_", " ") if "_" in cue else cue.replace(" ", "_")] = found


def loose_matches(parts: tuple[str, ...], positions: dict[str, list[int]]) -> int:
    """How many times the first word stands within reach of every other word of the name."""
    reach = len(parts) + NAME_GAP - 1
    found = 0
    for start in positions[parts[0]]:
        if all(any(abs(other - start) <= reach for other in positions[part]) for part in parts[1:]):
            found += 1
    return found


if __name__ == "__main__":
    write_russian_name_lemmas()
