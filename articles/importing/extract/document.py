"""An article analysed once: the text as the seed gives it, Natasha's tokens and spans, and the
paragraph each character belongs to. Every rule reads this one object, so the models run once
per article however many quotes or names it holds."""

import bisect
from dataclasses import dataclass, field

from .nlp import analyse, lemma


@dataclass
class Article:
    text: str
    paragraph_starts: list[int]
    tokens: list = field(repr=False)
    sentences: list = field(repr=False)
    spans: list = field(repr=False)
    token_starts: list[int] = field(repr=False)
    lemmas: list[str] = field(repr=False)

    def paragraph_of(self, offset: int) -> int:
        """Index into Seed.paragraphs; -1 for the headline."""
        return bisect.bisect_right(self.paragraph_starts, offset) - 2

    def paragraph_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.paragraph_starts, offset) - 1
        start = self.paragraph_starts[index]
        end = self.text.find("\n\n", start)
        return start, len(self.text) if end < 0 else end

    def token_index(self, offset: int) -> int:
        """Index of the first token that starts at or after offset."""
        return bisect.bisect_left(self.token_starts, offset)

    def tokens_between(self, start: int, stop: int) -> range:
        return range(self.token_index(start), self.token_index(stop))

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        starts = [sentence.start for sentence in self.sentences]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        sentence = self.sentences[index]
        return sentence.start, sentence.stop

    def spans_between(self, start: int, stop: int, kind: str | None = None) -> list:
        return [
            span
            for span in self.spans
            if span.start >= start and span.stop <= stop and (kind is None or span.type == kind)
        ]


def analyse_article(headline: str, paragraphs: list[str]) -> Article:
    parts = [headline, *paragraphs]
    text = "\n\n".join(parts)
    starts, offset = [], 0
    for part in parts:
        starts.append(offset)
        offset += len(part) + 2
    doc = analyse(text)
    return Article(
        text=text,
        paragraph_starts=starts,
        tokens=doc.tokens,
        sentences=doc.sents,
        spans=doc.spans,
        token_starts=[token.start for token in doc.tokens],
        lemmas=[lemma(token) for token in doc.tokens],
    )
