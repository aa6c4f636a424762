"""Tokens, sentences and capitalised runs of English paragraphs, with character offsets, so that
people, quotes, places and organisations found by different rules can be lined up."""

import re
from dataclasses import dataclass

from .english_lexicon import word_set

TOKEN = re.compile(r"[^\W_](?:[\w&+]|[-'’.](?=[^\W_]))*")
POSSESSIVE = re.compile(r"['’]s?$")
# Lower-case words that may stand inside a name: "Ministry of Energy", "bin Salman".
NAME_PARTICLES = word_set("de del della der van von bin ibn al el da di du la le ul")
ORG_CONNECTORS = word_set("of for and the on in & für und")  # "Gesellschaft für …"
ABBREVIATIONS = word_set(
    "mr mrs ms dr prof st jan feb mar apr jun jul aug sep sept oct nov dec no vs gen col lt "
    "sgt capt gov sen rep inc ltd corp co jr sr u.s u.k e.g i.e etc"
)
# "Women's Tennis Association", "Children's Fund", "People's Bank": a group's possessive inside
# a name does not end the run the way "Azerbaijan's Deputy Minister" does.
GROUP_POSSESSIVES = word_set("women men children people youth")
SENTENCE_END = re.compile(r"[.!?]['\"’”]?\s+(?=[\"“‘'A-Z0-9(])")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Kazakhstan's" -> "Kazakhstan"."""
        if self.possessive:
            return POSSESSIVE.sub("", self.text)
        return self.text

    @property
    def possessive(self) -> bool:
        return bool(re.search(r"[A-Za-z]['’]s$", self.text)) or self.text.endswith("s'")

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def lower(self) -> str:
        return self.bare.lower()


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations and initials do not end one."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        word = text[max(0, match.start() - 6) : match.start() + 1].split()[-1].lower().rstrip(".")
        if word.lstrip('("“') in ABBREVIATIONS or len(word) == 1:
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def only_space_between(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].isspace() and "\n" not in text[left.end : right.start]


def capitalised_runs(text: str, connectors=NAME_PARTICLES) -> list[list[Token]]:
    """Maximal sequences of capitalised tokens joined by spaces (and the given lower-case
    connectors), broken after a possessive: "Azerbaijan's Deputy Minister" is two runs."""
    runs, current = [], []
    words = tokens(text)
    for index, token in enumerate(words):
        joinable = bool(current) and only_space_between(text, current[-1], token)
        joinable = joinable and (not current[-1].possessive or _group_possessive(current[-1]))
        if token.capitalised:
            if not joinable:
                _close(runs, current, connectors)
                current = []
            current.append(token)
        elif (
            token.text in connectors
            and joinable
            and _next_capitalised(words, index, text, connectors)
        ):
            current.append(token)
        else:
            _close(runs, current, connectors)
            current = []
    _close(runs, current, connectors)
    return runs


def _group_possessive(token: Token) -> bool:
    return token.lower in GROUP_POSSESSIVES and token.text[-1] == "s"


def _next_capitalised(words, index, text, connectors) -> bool:
    """Whether a connector is followed, through at most one more, by a capitalised word."""
    following = words[index + 1 : index + 3]
    for token in following:
        if not only_space_between(text, words[index], following[0]):
            return False
        if token.capitalised:
            return True
        if token.text not in connectors:
            return False
    return False


def _close(runs, current, connectors):
    while current and current[-1].text in connectors:
        current.pop()
    if current:
        runs.append(list(current))


KEEP_FINAL_S = word_set(
    """news gas bus series species means analysis crisis basis thesis diagnosis process business
    status census campus virus bonus chess physics economics politics athletics gymnastics
    logistics statistics mathematics olympics paralympics esports emirates"""
)


def simple_lemma(word: str) -> str:
    """A plural noun's singular, close enough for keyword matching: "companies" -> "company",
    "flights" -> "flight"; other words are returned lower-cased as they are."""
    word = word.lower()
    if len(word) <= 3 or word in KEEP_FINAL_S or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("'s"):
        return word[:-1]
    return word
