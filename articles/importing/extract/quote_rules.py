"""Deciding which quoted spans are speech and where each one's speaker is named.

A span is direct speech when it opens a sentence and a dash attribution with a speech verb
follows ("…», — заявил министр"), when a colon introduces it ("пояснил: «…»"), or when it fills a
paragraph that follows a colon or continues another quote. A lower-case span of three words or
more inside a sentence is a partial quote ("назвал выставку «важным событием…»"). Everything else
(names, titles, scare words such as «зеленой») is not a quote.
"""

import re

from .document import Article
from .lexicon_ru import PARTIAL_QUOTE_CUES, SPEECH_VERBS
from .quotes import (
    DASH_AFTER,
    INNER_ATTRIBUTION,
    SCARE_MARKERS,
    WORD,
    QuoteCandidate,
    QuotedSpan,
    clause_after,
    find_quoted_spans,
    sentence_start_before,
)

MIN_PARTIAL_WORDS = 3
MIN_UNATTRIBUTED_WORDS = 8
# words that open a sentence pointing back at the quote before it
POINTING_BACK = re.compile(r"\s*[.!?…]?\s+(Так|Об этом|Такими словами|Этими словами|Это)\s")


def has_speech_verb(article: Article, start: int, stop: int) -> bool:
    return any(
        article.lemmas[i] in SPEECH_VERBS or article.tokens[i].text.lower().startswith("цитир")
        for i in article.tokens_between(start, stop)
    )


def classify(article: Article, span: QuotedSpan) -> list[QuoteCandidate]:
    text = article.text
    inner = span.inner(text)
    para_start, _ = article.paragraph_bounds(span.open_at)
    _, para_end = article.paragraph_bounds(span.close_at)
    before = text[para_start : span.open_at]
    opens_sentence = not before.strip() or before.rstrip()[-1:] in ".!?…"
    candidate = QuoteCandidate(inner, span.open_at, span.close_at + 1, "direct", None, "")
    if opens_sentence and (dash := DASH_AFTER.match(text, span.close_at + 1, para_end)):
        region = clause_after(text, dash.end(), para_end)
        if has_speech_verb(article, *region):
            return split_inner(article, candidate, region, "after")
    if opens_sentence and (region := next_sentence_attribution(article, span, para_end)):
        return split_inner(article, candidate, region, "after")
    if (introduced := introduced_quote(article, candidate, para_start, before)) is not None:
        return introduced
    if not before.strip() and not text[span.close_at + 1 : para_end].strip(" ."):
        return whole_paragraph_quote(article, candidate, para_start)
    if not opens_sentence and is_partial(inner, before):
        return partial_quote(article, candidate, span, (para_start, para_end))
    if not opens_sentence and is_short_reported_clause(article, span, inner, para_start):
        candidate.kind = "partial"
        region = (sentence_start_before(text, span.open_at, para_start), span.open_at)
        return [replace_source(candidate, region, "sentence")]
    return []


def next_sentence_attribution(article: Article, span: QuotedSpan, para_end: int):
    """ "«…». Так прокомментировал победу капитан …", "«…». Об этом заявил министр …": the
    next sentence, opened by a word pointing back at the quote, names who said it."""
    match = POINTING_BACK.match(article.text, span.close_at + 1, para_end)
    if not match:
        return None
    region = clause_after(article.text, match.start(1), para_end)
    return region if has_speech_verb(article, *region) else None


def is_short_reported_clause(article: Article, span: QuotedSpan, inner: str, para_start: int):
    """Two words with a finite verb after a speech verb: "сообщил, что стороны «полностью
    согласовали» вопросы". A two-word term («зеленая» экономика) holds no verb."""
    if len(WORD.findall(inner)) != 2 or not inner[:1].islower():
        return False
    inside = article.tokens_between(span.open_at, span.close_at)
    has_verb = any(
        article.tokens[i].pos == "VERB" and article.tokens[i].feats.get("VerbForm") == "Fin"
        for i in inside
    )
    start = sentence_start_before(article.text, span.open_at, para_start)
    return has_verb and has_speech_verb(article, start, span.open_at)


def introduced_quote(article: Article, candidate: QuoteCandidate, para_start: int, before: str):
    """ "пояснил: «…»" or "Как отметил посол, «…»": the speaker is named just before."""
    stripped = before.rstrip()
    if not candidate.text[:1].isupper() or stripped[-1:] not in (":", ","):
        return None
    mark = para_start + len(stripped) - 1
    region = (sentence_start_before(article.text, mark, para_start), mark)
    if stripped.endswith(","):
        too_short = len(WORD.findall(candidate.text)) <= MIN_PARTIAL_WORDS
        if too_short or not has_speech_cue(article, *region):
            return None
    return split_inner(article, candidate, region, "before")


def partial_quote(article: Article, candidate: QuoteCandidate, span: QuotedSpan, paragraph):
    """The speaker of a fragment is named in its sentence, before it or (less often) after it."""
    before = (sentence_start_before(article.text, span.open_at, paragraph[0]), span.open_at)
    after = clause_after(article.text, span.close_at + 1, paragraph[1])
    for region in (before, after):
        if has_speech_cue(article, *region):
            candidate.kind = "partial"
            return [replace_source(candidate, region, "sentence")]
    return []


def has_speech_cue(article: Article, start: int, stop: int) -> bool:
    """A fragment is someone's words only where the sentence reports speech or opinion."""
    return any(
        article.lemmas[i] in SPEECH_VERBS or article.lemmas[i] in PARTIAL_QUOTE_CUES
        for i in article.tokens_between(start, stop)
    )


def is_partial(inner: str, before: str) -> bool:
    words = WORD.findall(inner)
    return (
        len(words) >= MIN_PARTIAL_WORDS
        and inner[:1].islower()
        and not SCARE_MARKERS.search(before.rstrip())
    )


def whole_paragraph_quote(article: Article, candidate: QuoteCandidate, para_start: int):
    text = article.text
    previous = text[:para_start].rstrip()
    if previous.endswith(":"):
        prev_start, _ = article.paragraph_bounds(len(previous) - 1)
        region = (sentence_start_before(text, len(previous) - 1, prev_start), len(previous) - 1)
        return split_inner(article, candidate, region, "before")
    if len(WORD.findall(candidate.text)) >= MIN_UNATTRIBUTED_WORDS:
        return split_inner(article, candidate, None, "context")
    return []


def replace_source(candidate: QuoteCandidate, region, source: str) -> QuoteCandidate:
    candidate.attribution, candidate.source = region, source
    return candidate


def split_inner(article: Article, candidate: QuoteCandidate, region, source: str):
    """«A, — добавила она, — B»: two quotes, the speaker named between them."""
    text_start = candidate.start + 1
    inner_text = article.text[text_start : candidate.stop - 1]
    for match in inner_attributions(inner_text):
        middle = (text_start + match.start(1), text_start + match.end(1))
        if has_speech_verb(article, *middle):
            first = inner_text[: match.start()].strip()
            second = inner_text[match.end() :].strip()
            cut = text_start + match.end()
            return [
                QuoteCandidate(
                    first, candidate.start, text_start + match.start(), "direct", middle, "inner"
                ),
                QuoteCandidate(second, cut, candidate.stop, "direct", middle, "inner"),
            ]
    return [replace_source(candidate, region, source)]


def inner_attributions(inner_text: str):
    """Every dash-bounded stretch, overlapping ones too: in «газ — это диверсификация, —
    сказала она. — Мы …» the dash inside the first sentence bounds a stretch with no speech verb
    whose closing dash opens the attribution."""
    at = 0
    while match := INNER_ATTRIBUTION.search(inner_text, at):
        yield match
        at = match.start(1)


def find_quote_candidates(article: Article, skip: list[tuple[int, int]]) -> list[QuoteCandidate]:
    """Quote candidates in text order, leaving out spans inside the skipped stretches."""
    found = []
    for span in find_quoted_spans(article.text):
        if any(start <= span.open_at < stop for start, stop in skip):
            continue
        found.extend(classify(article, span))
    return found
