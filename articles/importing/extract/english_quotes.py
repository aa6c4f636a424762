"""Quotes in English wire copy and who said them.

A quote is text between double quotes (straight or curly) that is either a whole utterance (it
opens its sentence, follows a colon, or carries its own closing punctuation) or a phrase of
three words or more inside a sentence that reports speech (a partial quote). Short title-cased
text in quotes is a name or a scare quote and is left out. The speaker is looked for after the
quote in its sentence ("…," said X / X said), then before it (X said: "…"), then taken over from
the quote before or the person last named."""

import re
from dataclasses import dataclass

from ..results import QuoteFound
from .english_lexicon import word_set
from .english_people import PeopleIndex
from .english_speakers import Reference, has_speech_cue, references, unnamed_titles
from .english_text import sentence_spans, tokens

CURLY_OPENERS = "“«"
CURLY_CLOSERS = "”»"
CLOSING_PUNCTUATION = tuple(",.!?…;:")
QUOTE_VERB_WINDOW = 25
CARRIED_OVER_CONFIDENCE = 0.6
CREDIT_BELOW = re.compile(
    r"^\s*(?:This|That|These words|The statement)\s+(?:was|were)\s+"
    r"(?:stated|said|announced|noted|made|voiced|expressed)\s+by\b"
)
# A lower-case phrase in quotes between a determiner and a noun it modifies is a term, not
# someone's words: 'part of a "brain gain" policy', 'the "one window" principle'.
TERM_BEFORE = re.compile(r"\b(?:a|an|the|this|that|its|their|his|her|our|such)\s*$", re.IGNORECASE)
TERM_AFTER = re.compile(r"^\s*(?P<word>[a-z][\w-]*)")
NOT_A_HEAD_NOUN = word_set("""and or but to in for of with that as at on by from is was are were
    will would has have had which who when while after before than""")
# A title in quotes after the kind of work it names: 'the film "Letters from the Steppe"'.
WORK_BEFORE = re.compile(
    r"\b(?:film|movie|documentary|book|novel|poem|song|album|play|opera|ballet|series|show|"
    r"programme|program|project|campaign|initiative|festival|exhibition|newspaper|magazine|"
    r"journal|website|channel|report|strategy|concept|doctrine|slogan|motto|operation|exercise|"
    r"forum|award|prize|contest|competition|tournament|brand|platform|app)\s*$",
    re.IGNORECASE,
)
SCARE_MARKERS = re.compile(
    r"\b(?:so-called|dubbed|nicknamed|known as|termed|named|titled|branded|labelled|labeled)\s*$"
)


@dataclass(frozen=True)
class QuoteSpan:
    paragraph: int
    start: int  # first character inside the quotes
    end: int  # just after the last character inside
    text: str
    closed: bool


def quote_marks(text: str) -> list[tuple[int, str, str]]:
    """(offset, "open" | "close", family) of every double quotation mark. A straight mark
    opens after a space or a bracket and closes before one; one after a digit is inches."""
    marks = []
    for index, ch in enumerate(text):
        if ch in CURLY_OPENERS:
            marks.append((index, "open", "curly"))
        elif ch in CURLY_CLOSERS:
            marks.append((index, "close", "curly"))
        elif ch == '"':
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if before.isdigit():
                continue
            opens = (
                before.isspace()
                or before in "([{—–-/:"
                or not (after.isspace() or after in ".,;:!?)")
            )
            marks.append((index, "open" if opens else "close", "straight"))
    return marks


def quote_spans(number: int, text: str) -> list[QuoteSpan]:
    """Top-level quoted spans; an unclosed one runs to the end of the paragraph, and a closing
    mark whose opening one went missing ('We are ready," he said) closes from the start."""
    spans: list[QuoteSpan] = []
    start, family = None, None
    for index, kind, mark_family in quote_marks(text):
        if kind == "open" and start is None:
            start, family = index + 1, mark_family
        elif kind == "close" and start is not None and mark_family == family:
            spans.append(QuoteSpan(number, start, index, text[start:index].strip(), True))
            start = None
        elif kind == "close" and start is None and not spans:
            orphan = _orphan_span(number, text, index)
            spans.extend([orphan] if orphan else [])
    if start is not None:
        spans.append(QuoteSpan(number, start, len(text), text[start:].strip(), False))
    return spans


def _orphan_span(number: int, text: str, close: int) -> QuoteSpan | None:
    start = len(text[:close]) - len(text[:close].lstrip(" '‘"))
    body = text[start:close].strip()
    if word_count(body) < 3 or not body.endswith(CLOSING_PUNCTUATION):
        return None
    return QuoteSpan(number, start, close, body, True)


def masked(text: str, spans: list[QuoteSpan]) -> str:
    """The paragraph with quoted text blanked out, so sentence ends inside quotes don't count."""
    chars = list(text)
    for span in spans:
        for index in range(span.start, span.end):
            chars[index] = "x" if chars[index] not in ".!?" else ","
    return "".join(chars)


def word_count(text: str) -> int:
    return len(tokens(text))


def looks_like_a_name(text: str) -> bool:
    words = [t.text for t in tokens(text)]
    capitalised = sum(1 for w in words if w[0].isupper())
    return bool(words) and len(words) <= 6 and capitalised / len(words) >= 0.6


def opens_utterance(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped.endswith((":", ",", "—", "–", "-"))


def classify(span: QuoteSpan, before: str, after: str = "") -> str | None:
    """ "direct", "partial" or None (a name, a scare quote, or the title of a document: a phrase
    inside a sentence is somebody's words only where the sentence reports speech)."""
    words = word_count(span.text)
    if words == 0 or is_term_modifier(span, before, after):
        return None
    if span.text[:1].isupper() and WORK_BEFORE.search(before):
        return None  # the title of a film, a programme or a newspaper
    ends_like_speech = span.text.rstrip().endswith(CLOSING_PUNCTUATION)
    if ends_like_speech and opens_utterance(before) and attribution_follows(after):
        return "direct"  # a short reply: '"No," he replied'
    if (
        opens_utterance(before)
        and (words >= 3 or ends_like_speech)
        and not looks_like_a_name(span.text)
    ):
        return "direct"
    if ends_like_speech and words >= 4 and span.text[0].isupper():
        return "direct"
    if words >= 3 and not looks_like_a_name(span.text) and has_speech_cue(f"{before} {after}"):
        return "partial"
    if words == 2 and span.text[0].islower() and reports_speech(before):
        return "partial"
    return None


def attribution_follows(after: str) -> bool:
    """A speech verb within the first few words after the quote: ', he replied', 'Ivanov said'."""
    return has_speech_cue(" ".join(after.split()[:4]))


def is_term_modifier(span: QuoteSpan, before: str, after: str) -> bool:
    following = TERM_AFTER.match(after)
    return (
        span.text[:1].islower()
        and bool(TERM_BEFORE.search(before))
        and following is not None
        and following["word"] not in NOT_A_HEAD_NOUN
    )


def reports_speech(before: str) -> bool:
    """A two-word phrase in quotes is the speaker's words only after a speech verb, and not
    after "so-called" or "dubbed", which mark a name or a scare quote."""
    return has_speech_cue(before) and not SCARE_MARKERS.search(before[-40:])


@dataclass
class Context:
    before: str
    before_offset: int
    after: str
    after_offset: int


def context_of(span: QuoteSpan, text: str, spans: list[QuoteSpan], cover: str) -> Context:
    """The text of the quote's sentence before and after it, up to neighbouring quotes."""
    sentence_start, sentence_end = 0, len(text)
    for start, end in sentence_spans(cover):
        if start <= span.start - 1 < end:
            sentence_start = start
        if start <= span.end < end or (span.end == len(text) and end == len(text)):
            sentence_end = end
            break
    previous = [s.end + 1 for s in spans if s.end < span.start]
    following = [s.start - 1 for s in spans if s.start > span.end]
    before_start = max([sentence_start, *previous])
    after_start = min(span.end + 1, len(text))
    after_end = min([sentence_end, *following]) if following else sentence_end
    after_end = max(after_end, after_start)
    return Context(
        text[before_start : max(before_start, span.start - 1)],
        before_start,
        text[after_start:after_end],
        after_start,
    )


def speaker_after(ctx: Context, number: int, people: PeopleIndex) -> Reference | None:
    window = " ".join(ctx.after.split()[:QUOTE_VERB_WINDOW])
    if not has_speech_cue(window):
        return None
    found = references(ctx.after, ctx.after_offset, number, people)
    return found[0] if found else Reference(ctx.after_offset, None)  # "a resident told X"


def speaker_before(ctx: Context, number: int, people: PeopleIndex) -> Reference | None:
    """The first person the text before the quote names; nobody when that text attributes the
    words ("The observer mission said ... was") to someone who is not a person."""
    found = references(ctx.before, ctx.before_offset, number, people)
    if found:
        return found[0]
    return Reference(ctx.before_offset, None) if has_speech_cue(ctx.before) else None


def find_quotes(paragraphs: list[tuple[int, str]], people: PeopleIndex) -> list[QuoteFound]:
    quotes: list[QuoteFound] = []
    for number, text in paragraphs:
        people.quoted[number] = [(s.start, s.end) for s in quote_spans(number, text)]
        people.unnamed_titles.update(unnamed_titles(text))
    texts = dict(paragraphs)
    open_at_end = None  # the quote whose paragraph ended with its quotation still open
    for number, text in paragraphs:
        spans = quote_spans(number, text)
        cover = masked(text, spans)
        for span in spans:
            ctx = context_of(span, text, spans, cover)
            kind = classify(span, ctx.before, ctx.after)
            if kind is None:
                continue
            lead_in = texts.get(number - 1, "") if not ctx.before.strip() else ""
            follow_up = texts.get(number + 1, "") if not ctx.after.strip() else ""
            quote = _attributed(span, kind, ctx, quotes, people, lead_in)
            quote = _credited_below(quote, follow_up, number + 1, people)
            if continues(open_at_end, span, ctx.before):
                quotes[-1] = joined(quotes[-1], quote)
            else:
                quotes.append(quote)
            left_open = not span.closed and not ctx.after.strip() and not ctx.before.strip()
            open_at_end = quotes[-1] if left_open else None
    return quotes


def continues(open_quote: QuoteFound | None, span: QuoteSpan, before: str) -> bool:
    """A paragraph that reopens the quotation the one before opened and left open goes on with
    it, and its attribution credits both. (A first part with its own lead-in, "X said: “…", is
    kept apart, already credited.)"""
    return (
        open_quote is not None
        and open_quote.paragraph == span.paragraph - 1
        and not before.strip()
        and open_quote.kind == "direct"
    )


def joined(first: QuoteFound, rest: QuoteFound) -> QuoteFound:
    """One quote over two paragraphs, credited by the attribution that ends it."""
    speaker = rest.speaker or first.speaker
    confidence = rest.confidence if rest.speaker else first.confidence
    return QuoteFound(
        text=f"{first.text} {rest.text}",
        speaker=speaker,
        kind="direct",
        confidence=confidence,
        paragraph=first.paragraph,
    )


def _attributed(span, kind, ctx, earlier, people, lead_in: str) -> QuoteFound:
    number = span.paragraph
    if kind == "direct":
        found, confidence = speaker_after(ctx, number, people), 0.9
        if found is None and (opens_utterance(ctx.before) or has_speech_cue(ctx.before)):
            found, confidence = speaker_before(ctx, number, people), 0.85
    else:
        found, confidence = speaker_before(ctx, number, people), 0.75
        if found is None:
            found = speaker_after(ctx, number, people)
        if found is None or found.speaker is None:
            found = _sentence_subject(span, people) or found
    if found is None and lead_in.rstrip().endswith(":"):
        found, confidence = _introduced_above(lead_in, number - 1, people), 0.8
    if found is not None:
        speaker = found.speaker
    else:
        speaker, confidence = _carried_over(span, earlier, people), CARRIED_OVER_CONFIDENCE
    if speaker is None:
        confidence = 0.4
    return QuoteFound(
        text=span.text, speaker=speaker, kind=kind, confidence=confidence, paragraph=number
    )


def _sentence_subject(span: QuoteSpan, people: PeopleIndex) -> Reference | None:
    """ "X said the reforms were "irreversible" and called for "a new …"": a partial quote's
    speaker is the person the sentence opens with, though an earlier quote stands between."""
    text = people.texts.get(span.paragraph, "")
    start = max((s for s, _ in sentence_spans(text) if s < span.start), default=0)
    found = references(text[start : max(start, span.start - 1)], start, span.paragraph, people)
    return next((ref for ref in found if ref.speaker), None)


def _credited_below(quote: QuoteFound, follow_up: str, number: int, people) -> QuoteFound:
    """A quote left unattributed (carried over) that the next paragraph credits: "This was
    stated by Deputy Minister X at the briefing." """
    if quote.confidence > CARRIED_OVER_CONFIDENCE or not CREDIT_BELOW.match(follow_up):
        return quote
    found = references(follow_up, 0, number, people)
    if found and found[0].speaker:
        quote.speaker, quote.confidence = found[0].speaker, 0.8
    return quote


def _introduced_above(lead_in: str, number: int, people: PeopleIndex) -> Reference | None:
    """ "He proposed a working group on water:" and then the quote, in a paragraph of its own."""
    found = references(lead_in, 0, number, people)
    return found[0] if found else None


def _carried_over(span: QuoteSpan, earlier: list[QuoteFound], people: PeopleIndex) -> str | None:
    """A quote with no attribution of its own continues the last speaker nearby."""
    if earlier and earlier[-1].paragraph == span.paragraph:
        return earlier[-1].speaker
    if earlier and earlier[-1].paragraph == span.paragraph - 1 and earlier[-1].speaker:
        return earlier[-1].speaker
    return people.last_before(span.paragraph, span.start)
