"""Interviews printed as questions and answers ("– When will it open?" / "– In May."; or "Q:" and
"A:"). Each answer is a direct quote of the person interviewed, who is the first person the
story names before the questions begin, or the one named in the sentence that speaks of the
interview ("In an interview with the agency, economist X explained …") when the intro names
others too; the questions are the reporter's and are not quotes."""

import re

from ..results import QuoteFound
from .english_people import PeopleIndex

DASH_LINE = re.compile(r"^\s*[–—-]\s+(?P<text>.+)$")
QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s*(?P<text>.+)$")
ANSWER_LINE = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s*(?P<text>.+)$")
ANSWER_CONFIDENCE = 0.8
INTERVIEW_CUE = re.compile(
    r"\b(?:interview\w*|spoke (?:to|with)|talked to|told (?:the agency|reporters|us)|"
    r"answered|questions)\b",
    re.IGNORECASE,
)
JOURNALIST = re.compile(r"\b(?:correspondent|reporter|journalist|editor|host)\b", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _line(text: str) -> tuple[str, str] | None:
    """("question" | "answer" | "dash", text) for a line of an interview, None otherwise."""
    if match := QUESTION_LINE.match(text):
        return "question", match["text"]
    if match := ANSWER_LINE.match(text):
        return "answer", match["text"]
    if match := DASH_LINE.match(text):
        kind = "question" if match["text"].rstrip().endswith("?") else "answer"
        return kind, match["text"]
    return None


def interview_answers(paragraphs: list[tuple[int, str]], people: PeopleIndex) -> list[QuoteFound]:
    answers: list[QuoteFound] = []
    asked = False
    intro: list[tuple[int, str]] = []
    for number, text in paragraphs:
        line = _line(text)
        if line is None:
            if not asked:
                intro.append((number, text))
            continue
        kind, said = line
        if kind == "question":
            asked = True
        elif asked:
            answers.append(
                QuoteFound(
                    text=said.strip(),
                    speaker=_interviewee(people, number, intro),
                    kind="direct",
                    confidence=ANSWER_CONFIDENCE,
                    paragraph=number,
                )
            )
    return answers


def _interviewee(people: PeopleIndex, first_answer: int, intro) -> str | None:
    for number, text in reversed(intro):
        for sentence in SENTENCE.finditer(text):
            if not INTERVIEW_CUE.search(sentence.group()):
                continue
            named = [
                m
                for m in people.mentions_in(number, sentence.start(), sentence.end())
                if not JOURNALIST.search(people.people[m.name].role or "")
            ]
            if named:
                return named[0].name
    earlier = people.outside_quotes_before(first_answer, 0)
    return earlier[0].name if earlier else None
