"""A plain keyword count over topic_lexicon_en, used only while the shared `topics` module (which
ranks topics for both languages) is not there; it keeps English extraction whole on its own."""

import functools
import re

from ...vocabulary import read_mediatopics
from ..results import TopicFound
from .topic_lexicon_en import TOPIC_KEYWORDS_EN

MIN_HITS = 2
MAX_TOPICS = 5


@functools.cache
def topic_names() -> dict[str, str]:
    return {row["qcode"]: row["name_en"] for row in read_mediatopics()}


def keyword_hits(words: list[str], keywords: list[str]) -> int:
    text = " " + " ".join(words) + " "
    hits = 0
    for keyword in keywords:
        if " " in keyword:
            hits += len(re.findall(rf" {re.escape(keyword)} ", text))
        else:
            hits += sum(1 for word in words if word == keyword or word == keyword + "s")
    return hits


def suggest_topics_en(words: list[str]) -> list[TopicFound]:
    scored = [(keyword_hits(words, keys), code) for code, keys in TOPIC_KEYWORDS_EN.items()]
    scored = sorted((s for s in scored if s[0] >= MIN_HITS), reverse=True)[:MAX_TOPICS]
    names = topic_names()
    best = scored[0][0] if scored else 1
    return [
        TopicFound(code=code, name=names.get(code, ""), confidence=round(min(1.0, hits / best), 2))
        for hits, code in scored
    ]
