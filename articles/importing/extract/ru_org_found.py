"""Organisation names Natasha missed that their surroundings give away: a legal form before a
quoted name ("ТОО «Алтын Дала»"), a quoted name after a word for a kind of company ("киностудии
«Азербайджанфильм»"), a one-word name that reports the news ("…, сообщает Кабар.")."""

import re

from .document import Article
from .lexicon_ru import GENERIC_DESCRIPTORS, LEGAL_FORMS
from .organisation_span import OrganisationSpan

QUOTE_MARKS = ("«", '"', "„", "“")
LEGAL_FORM_NAME = re.compile(
    r"\b(" + "|".join(sorted(LEGAL_FORMS)) + r")\s+([«\"„“][^»\"“”]{2,60}[»\"“”])"
)


def legal_form_names(article: Article, found) -> list[OrganisationSpan]:
    names = []
    for match in LEGAL_FORM_NAME.finditer(article.text):
        if not any(s.start <= match.start(2) < s.stop for s in found):
            names.append(OrganisationSpan(match.start(2), match.end(2)))
    return names


MAX_QUOTED_TOKENS = 8


def described_quoted_names(article: Article, found) -> list[OrganisationSpan]:
    """ "киностудии «Азербайджанфильм»", "компании «Узавтосаноат»": a quoted name right after a
    lower-case word for a kind of company is that company's name, though the tagger missed it."""
    names = []
    tokens = article.tokens
    for index in range(1, len(tokens) - 2):
        before = tokens[index - 1]
        if tokens[index].text not in QUOTE_MARKS or not before.text[:1].islower():
            continue
        if article.lemmas[index - 1] not in GENERIC_DESCRIPTORS:
            continue
        window = range(index + 2, min(index + MAX_QUOTED_TOKENS, len(tokens)))
        close = next((i for i in window if tokens[i].text in ("»", '"', "“", "”")), None)
        start = tokens[index].start
        if close and not any(s.start <= start + 1 < s.stop + 1 for s in found + names):
            names.append(OrganisationSpan(start, tokens[close].stop))
    return names


REPORTED_BY = re.compile(
    r"\b(?:сообщает|сообщают|передает|пишет|информирует)\s+(?:агентство\s+|издание\s+)?"
    r"(?P<name>[A-ZА-ЯЁ][\w-]+(?:\.\w{2,3})?)(?=\s*[.,;]|$)"
)


def reporting_agencies(article: Article, found) -> list[OrganisationSpan]:
    """ "…, сообщает Кабар.": a one-word name that reports the news at the end of a clause is an
    agency (Natasha may take it for a person)."""
    names = []
    for match in REPORTED_BY.finditer(article.text):
        if not any(s.start <= match.start("name") < s.stop for s in found):
            names.append(OrganisationSpan(match.start("name"), match.end("name")))
    return names
