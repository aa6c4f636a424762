"""Natasha, loaded once per process and only when a Russian text is first analysed.

The models weigh tens of megabytes; loading them at import time would slow every web request
that merely imports the importing package. The syntax parser is left out on purpose: it doubles
the cost of a pass and the rules here need only tokens, morphology and named entities.
"""

import os
from dataclasses import dataclass
from functools import cache

# One BLAS thread, set before natasha imports numpy. The taggers multiply small matrices: a second
# OpenBLAS thread doubles the CPU time without making a pass faster, and with one import worker
# per core the idle threads spin against each other (300 wire files: 3.5 s with one thread,
# 4-15 s with the default two). An explicit OPENBLAS_NUM_THREADS still wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from natasha import (  # noqa: E402
    Doc,
    MorphVocab,
    NewsEmbedding,
    NewsMorphTagger,
    NewsNERTagger,
    Segmenter,
)
from pymorphy2.analyzer import Parse as PymorphyParse  # noqa: E402

CASE_GRAMS = {
    "Gen": ("gent", "gen2"),
    "Dat": ("datv",),
    "Acc": ("accs",),
    "Ins": ("ablt",),
    "Loc": ("loct", "loc2"),
}


@dataclass(frozen=True)
class Pipeline:
    segmenter: Segmenter
    morph_vocab: MorphVocab
    morph_tagger: NewsMorphTagger
    ner_tagger: NewsNERTagger


@cache
def pipeline() -> Pipeline:
    embedding = NewsEmbedding()
    return Pipeline(
        segmenter=Segmenter(),
        morph_vocab=MorphVocab(),
        morph_tagger=NewsMorphTagger(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )


def analyse(text: str) -> Doc:
    """One Natasha pass: sentences, tokens with morphology, named-entity spans."""
    nlp = pipeline()
    doc = Doc(text)
    doc.segment(nlp.segmenter)
    doc.tag_morph(nlp.morph_tagger)
    doc.tag_ner(nlp.ner_tagger)
    return doc


@cache
def lemma_of(word: str, pos: str, feats: tuple) -> str:
    return pipeline().morph_vocab.lemmatize(word, pos, dict(feats)).replace("ё", "е")


def lemma(token) -> str:
    """The dictionary form of a Natasha token, lower case, ё folded to е."""
    return lemma_of(token.text.lower(), token.pos, tuple(sorted(token.feats.items())))


def to_nominative(word: str, pos: str, feats: dict, gender: str | None = None) -> str:
    """The nominative of one word in the sense the tagger gave it; the word itself if unknown."""
    if feats.get("Case", "Nom") == "Nom" or pos not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return word
    return cached_nominative(word, pos, tuple(sorted(feats.items())), gender)


@cache
def cached_nominative(word: str, pos: str, feats_items: tuple, gender: str | None) -> str:
    feats = dict(feats_items)
    form = best_parse(word, pos, feats)
    if form is None:
        return word
    grams = {"nomn"}
    if pos in ("ADJ", "VERB") and feats.get("Number") != "Plur" and gender:
        grams.add(gender)
    inflected = PymorphyParse.inflect(form, grams) or PymorphyParse.inflect(form, {"nomn"})
    if not inflected:
        return word
    spelled = inflected.word if "ё" in word.lower() else inflected.word.replace("ё", "е")
    return match_shape(spelled, word)


def best_parse(word: str, pos: str, feats: dict):
    forms = pipeline().morph_vocab(word.lower())
    wanted = CASE_GRAMS.get(feats.get("Case", ""), ())
    for form in forms:
        same_case = not wanted or form.tag.case in wanted
        if form.pos == ("NOUN" if pos == "PROPN" else pos) and same_case:
            return form
    return forms[0] if forms and forms[0].tag.case else None


def match_shape(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    parts, model_parts = word.split("-"), model.split("-")
    if len(parts) != len(model_parts):
        model_parts = model_parts[:1] + [""] * (len(parts) - 1)
    return "-".join(
        part[:1].upper() + part[1:] if shape[:1].isupper() else part
        for part, shape in zip(parts, model_parts, strict=True)
    )
