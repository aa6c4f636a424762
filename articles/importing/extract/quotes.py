"""Finding quoted speech in Russian copy and deciding what each quoted span is.

Quote marks in wire copy do three jobs: they mark speech, they mark names ("Средний коридор",
«Казахтелеком») and they mark scare words («зеленая» энергетика). Only the first is a quote. The
pairing of marks is done on the whole text so that a quote may hold a quoted name with the same
mark and may run over a paragraph break; the classification then looks at what stands around the
span: a dash attribution after it, a colon before it, or a lower-case fragment inside a sentence.
"""

import re
from dataclasses import dataclass

OPENING_CONTEXT = set(" \n\t([{—–-/«„“")
CLOSING_CONTEXT = set(" \n\t.,;:!?)]}…»”“-—–")
PARAGRAPH_BREAK = "\n\n"
MARKS_AND_BREAKS = re.compile(r'\n\n|[«»„“”"]')
CONTINUATION = re.compile(r"\s*\n\n[«„“\"]?")


@dataclass(frozen=True)
class QuotedSpan:
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark

    def inner(self, text: str) -> str:
        return CONTINUATION.sub(" ", text[self.open_at + 1 : self.close_at]).strip()


def straight_quote_role(text: str, index: int) -> str | None:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before == '"':  # a doubled mark: «""Name" …» opens twice, «… "Name"",» closes twice
        return "open" if after.isalnum() else "close"
    opens, closes = before in OPENING_CONTEXT, after in CLOSING_CONTEXT or after == '"'
    if opens and not (closes and after.isspace()):
        return "open"
    if closes and not opens:
        return "close"
    return None


def mark_role(text: str, index: int, stack: list) -> str | None:
    char = text[index]
    if char in "«„":
        return "open"
    if char in "»”":
        return "close"
    if char == "“":
        return "close" if stack and stack[-1][0] in "„“" and stack[-1][0] == "„" else "open"
    if char == '"':
        return straight_quote_role(text, index)
    return None


def matching_opener(char: str) -> str:
    return {"»": "«", "”": "„“", "“": "„", '"': '"'}.get(char, "")


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Top-level quoted spans; nested quotes stay inside their outer span. A span left open at
    a paragraph's end continues into the next paragraph (which may repeat the opening mark)."""
    spans, stack, carried, skip_at, last_close, nested_left = [], [], False, -1, -1, False
    for match in MARKS_AND_BREAKS.finditer(text):
        index = match.start()
        if match[0] == PARAGRAPH_BREAK:
            if len(stack) == 1 and last_close > stack[0][1] and not carried and nested_left:
                # «… «Манас» …: one closing mark ends a quote and the quote nested in it
                spans.append(QuotedSpan(stack[0][1], last_close))
                stack = []
            if stack and carried:
                stack, carried = [], False
            elif stack:
                carried = True
                skip_at = index + 2 if text[index + 2 : index + 3] == stack[0][0] else -1
            continue
        if index == skip_at:
            continue
        role = mark_role(text, index, stack)
        if role == "open":
            stack.append((text[index], index))
            nested_left = False
        elif role == "close":
            # the same mark could close the outer quote too: «… «Манас» (not «… "неба" …)
            same_kind = bool(stack) and stack[0][0] in matching_opener(text[index])
            # a quote opening its paragraph may go on into the next one: only a mid-sentence one
            opens_paragraph = bool(stack) and text[: stack[0][1]].endswith(("\n", PARAGRAPH_BREAK))
            nested_left = len(stack) == 2 and not carried and same_kind and not opens_paragraph
            close_top(stack, text[index], index, spans)
            last_close = index
            carried = carried and bool(stack)
    return spans


def close_top(stack: list, char: str, index: int, spans: list) -> None:
    openers = matching_opener(char)
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] in openers:
            if depth == 0:
                spans.append(QuotedSpan(stack[0][1], index))
            del stack[depth:]
            return


@dataclass
class QuoteCandidate:
    """A quoted span judged to be speech, with the stretch of text expected to name the speaker."""

    text: str
    start: int
    stop: int
    kind: str  # "direct" or "partial"
    attribution: tuple[int, int] | None  # offsets of the clause naming the speaker
    source: str  # "after", "before", "inner", "sentence", "interview" or "context"


DASH_AFTER = re.compile(r"\s*[,.!?…]?\s*[-–—]\s*(?=\w)")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
SENTENCE_STARTS = re.compile(r"[.!?…]\s+(?=[«\"„“(]?[А-ЯЁA-Z0-9])")
# Words before a term or a label rather than someone's words: "так называемых «…»", "атак типа
# «…»", and a name a group gives in the present plural ("эксперты называют такой подход «…»").
SCARE_MARKERS = re.compile(
    r"(так\s+называем\w+|под\s+названием|именуем\w+|типа|вида|формата|класса|"
    # a programme or policy named by the quoted words: "программа «утечки мозгов наоборот»"
    r"программ\w*|политик\w*|стратеги\w*|концепци\w*|принцип\w*|инициатив\w*|"
    r"кампани\w*|акци[яиюей]|операци\w*|лозунг\w*|девиз\w*|слоган\w*|"
    r"(?:называют|именуют|прозвали|окрестили)(?:\s+[\w-]+){0,3})\s*$",
    re.IGNORECASE,
)
# The clause between the halves may hold hyphenated words ("вице-министр"), not a spaced dash,
# and a name in its own quotation marks ("директор ТОО «Ак Жол» Арман Сеитов").
INNER_ATTRIBUTION = re.compile(
    r"[,.!?]?\s+[-–—]\s+((?:[^-–—«»\"„“]|(?<=\w)-(?=\w)|«[^«»\n]{1,60}»){3,160}?)[,.]\s+[-–—]\s+"
)
WORD = re.compile(r"\w+")


def sentence_start_before(text: str, offset: int, floor: int) -> int:
    starts = [m.end() for m in SENTENCE_STARTS.finditer(text, floor, offset)]
    return starts[-1] if starts else floor


def clause_after(text: str, start: int, ceiling: int) -> tuple[int, int]:
    end = SENTENCE_END.search(text, start, ceiling)
    return start, end.start() if end else ceiling
