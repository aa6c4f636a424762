"""Where organisation names begin and end in the text.

Natasha's ORG spans are repaired and completed: a span cut before its closing quote is closed, a
genitive place right after an institution joins it ("Центральный банк" + "Азербайджана"), a
bracketed abbreviation after a name is recorded as that name's alias, a capitalised institution
noun followed by "(АББР)" starts a name Natasha missed, a legal form with a quoted name is a
company, and unions filed as places are moved here. Spans headed by event or project nouns
("Дни культуры", "Средний коридор") are dropped.
"""

import re

from .document import Article
from .lexicon_ru import (
    GENERIC_DESCRIPTORS,
    LEGAL_FORMS,
    NOT_ORGANISATION_HEADS,
    ORGANISATION_HEADS,
    PARLIAMENTS,
    SUB_BODY_HEADS,
    SUPRANATIONAL_BODIES,
)
from .organisation_span import OrganisationSpan
from .ru_org_common import names_a_kind
from .ru_org_found import described_quoted_names, legal_form_names, reporting_agencies
from .ru_org_tails import extend_tail, names_a_place

ABBREVIATION = re.compile(r"\s*\(([A-ZА-ЯЁ][A-ZА-ЯЁa-z]{1,7})\)")
MAX_NAME_TOKENS = 15
QUOTE_MARKS = ("«", '"', "„", "“")
MAX_GENITIVE_TAIL = 5
MAX_PO_TAIL = 4  # the remit after "по": "по уголовным делам", "по делам несовершеннолетних"


def organisation_spans(article: Article) -> tuple[list[OrganisationSpan], set[int]]:
    """Found once per article: the organisations and the places (which need to know where the
    names lie) both read them."""
    found = getattr(article, "_organisation_spans", None)
    if found is None:
        found = find_organisation_spans(article)
        article._organisation_spans = found
    return found


def find_organisation_spans(article: Article) -> tuple[list[OrganisationSpan], set[int]]:
    places = [s for s in article.spans if s.type == "LOC"]
    absorbed: set[int] = set()
    found = []
    for span in article.spans:
        if (
            span.type == "ORG"
            and not names_a_thing(article, span)
            and not names_a_place(article, span)
            and not names_a_kind(article, span)
        ):
            found.append(
                complete(article, OrganisationSpan(span.start, span.stop), places, absorbed)
            )
    found += bracketed_names(article, found, places, absorbed)
    found += institution_names(article, found, places, absorbed)
    found += capitalised_bodies(article, found)
    found += legal_form_names(article, found)
    found += described_quoted_names(article, found)
    found += reporting_agencies(article, found)
    for place in places:
        ids = article.tokens_between(place.start, place.stop)
        if ids and article.lemmas[ids.start] in SUPRANATIONAL_BODIES:
            found.append(OrganisationSpan(place.start, place.stop, supranational=True))
    found = merge_adjacent(article, sorted(found, key=lambda s: s.start))
    return found, absorbed | {p.start for p in places if inside_any(p, found)}


def merge_adjacent(article: Article, spans: list[OrganisationSpan]) -> list[OrganisationSpan]:
    """One name cut in two: "Комитет … при Правительстве Таджикистана", "организация ООН (ФАО)",
    "фондовая биржа «Тошкент»" (a quoted name after a body that is not a mere "компания")."""
    merged: list[OrganisationSpan] = []
    for span in spans:
        extend_before_pri(article, span, merged[-1].stop if merged else 0)
        extend_after_pri(article, span)
        last = merged[-1] if merged else None
        if last and span.start < last.stop:  # already inside a name extended past "при"
            last.stop = max(last.stop, span.stop)
        elif last and continues_name(article, last, span):
            last.stop = max(last.stop, span.stop)
            last.aliases += span.aliases
            last.supranational = False
            close_quote(article.text, last)
            take_abbreviation(article, last)
        else:
            merged.append(span)
    return merged


def extend_before_pri(article: Article, span: OrganisationSpan, floor: int) -> None:
    """ "Государственное агентство … при Кабинете министров": a body the tagger missed, named
    just before "при" and the body it is attached to."""
    index = article.token_index(span.start) - 1
    if index < 1 or article.lemmas[index] != "при":
        return
    sentence_start, _ = article.sentence_bounds(span.start)
    for head in range(index - 1, max(index - MAX_NAME_TOKENS, 0) - 1, -1):
        token = article.tokens[head]
        finite = token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") != "Part"
        if token.start < max(sentence_start, floor) or finite or token.pos == "PUNCT":
            return
        if token.pos == "NOUN" and article.lemmas[head] in ORGANISATION_HEADS:
            while head > 0 and article.tokens[head - 1].pos == "ADJ":
                head -= 1
            if article.tokens[head].text[:1].isupper():
                span.start = article.tokens[head].start
            return


PATRONS = frozenset(
    ["президент", "правительство", "кабинет", "парламент", "министерство", "акимат"]
)


def extend_after_pri(article: Article, span: OrganisationSpan) -> None:
    """ "Агентство по статистике при Президенте Республики Таджикистан": the body a name is
    attached to by "при" is part of the name, even where the tagger filed it as a person or
    place ("при Кабинете министров", "при Правительстве Кыргызской Республики")."""
    index = article.token_index(span.stop)
    if index + 1 >= len(article.tokens) or article.lemmas[index] != "при":
        return
    if article.lemmas[index + 1] not in PATRONS or not article.tokens[index + 1].text[:1].isupper():
        return
    stop = index + 2
    while stop < len(article.tokens) and stop - index <= MAX_GENITIVE_TAIL:
        token = article.tokens[stop]
        named = token.text[:1].isupper() or article.lemmas[stop] == "министр"
        if token.pos not in ("NOUN", "PROPN", "ADJ") or not named:
            break
        stop += 1
    span.stop = article.tokens[stop - 1].stop


def lowercase_tail(text: str) -> bool:
    """ "по надзору за строительством": lower-case words that go on naming the body."""
    words = text.split()
    return 0 < len(words) <= MAX_GENITIVE_TAIL + 3 and all(
        w.isalpha() and w.islower() for w in words
    )


def continues_name(article: Article, first: OrganisationSpan, second: OrganisationSpan) -> bool:
    between = article.text[first.stop : second.start]
    if between.strip() == "при":
        return True
    if between.endswith(" при ") and lowercase_tail(between[: -len("при ")]):
        return headed_by(article, first.start, first.stop, ORGANISATION_HEADS)
    tail = article.text[second.start : second.stop]
    if between == " " and is_abbreviation(tail):
        return headed_by(article, first.start, first.stop, ORGANISATION_HEADS)
    if between == " " and sub_body_of(article, first, second):
        return True
    quoted = between == " " and tail[:1] in QUOTE_MARKS or between in (" «", ' "', " „", " “")
    if quoted:
        return not headed_by(article, first.start, first.stop, GENERIC_DESCRIPTORS)
    return False


def sub_body_of(article: Article, first: OrganisationSpan, second: OrganisationSpan) -> bool:
    """ "Аэрокосмический комитет Министерства …": a committee or agency named with the ministry
    it belongs to, in the genitive, is one body."""
    return (
        headed_by(article, first.start, first.stop, SUB_BODY_HEADS)
        and genitive(article, second.start)
        and headed_by(article, second.start, second.stop, ORGANISATION_HEADS)
    )


def names_a_thing(article: Article, span) -> bool:
    """ "Дни культуры", or a quoted name after a noun that is not a body: "блок «Абай»" (but
    "игроки «Тобола»" are people of a body)."""
    if headed_by(article, span.start, span.stop, NOT_ORGANISATION_HEADS):
        return True
    first = article.token_index(span.start)
    if article.tokens[first].text not in QUOTE_MARKS:
        first -= 1
    if first < 1 or article.tokens[first].text not in QUOTE_MARKS:
        return False
    before = article.tokens[first - 1]
    lemma = article.lemmas[first - 1]
    bodies = ORGANISATION_HEADS | GENERIC_DESCRIPTORS
    member = before.feats.get("Animacy") == "Anim"  # "футболисты «Кайрата»": people of a body
    thing = before.pos == "NOUN" and lemma not in bodies and not member
    return thing and before.text not in LEGAL_FORMS


def headed_by(article: Article, start: int, stop: int, heads: frozenset) -> bool:
    for index in article.tokens_between(start, stop):
        if article.tokens[index].pos in ("NOUN", "PROPN"):
            return article.lemmas[index] in heads
    return False


def complete(
    article: Article, span: OrganisationSpan, places, absorbed: set[int]
) -> OrganisationSpan:
    close_quote(article.text, span)
    name = article.text[span.start : span.stop]
    ids = article.tokens_between(span.start, span.stop)
    parliament = bool(ids) and article.lemmas[ids.stop - 1] in PARLIAMENTS  # "Жогорку Кенеша"
    if (
        is_abbreviation(name)
        or parliament
        or headed_by(article, span.start, span.stop, ORGANISATION_HEADS)
    ):
        for place in places:
            if place.start == span.stop + 1 and genitive(article, place.start):
                span.stop = place.stop
                absorbed.add(place.start)
    extend_tail(article, span, places, absorbed)
    take_abbreviation(article, span)
    return span


def is_abbreviation(name: str) -> bool:
    return 2 <= len(name) <= 6 and name.isalpha() and name.isupper()


def close_quote(text: str, span: OrganisationSpan) -> None:
    name = text[span.start : span.stop]
    unbalanced = (
        name.count("«") > name.count("»")
        or name.count('"') % 2
        or name.count("„") > name.count("“")
    )
    if unbalanced and text[span.stop : span.stop + 1] in ("»", '"', "“", "”"):
        span.stop += 1


def genitive(article: Article, offset: int) -> bool:
    index = article.token_index(offset)
    return article.tokens[index].feats.get("Case") == "Gen"


def take_abbreviation(article: Article, span: OrganisationSpan) -> None:
    name = article.text[span.start : span.stop]
    inside = re.search(r"\s*\(([^()]+)\)$", name)
    if inside:
        span.aliases.append(inside[1])
        span.stop = span.start + inside.start()
    elif match := ABBREVIATION.match(article.text, span.stop):
        span.aliases.append(match[1])


def bracketed_names(article: Article, found, places, absorbed) -> list[OrganisationSpan]:
    """ "Агентство … финансового рынка (АРРФР)": a name Natasha missed, closed by its abbreviation."""
    names = []
    for match in ABBREVIATION.finditer(article.text):
        if any(s.start <= match.start() <= s.stop + 1 for s in found):
            continue
        start = institution_start(article, match.start())
        if start is not None:
            span = OrganisationSpan(start, match.start(), aliases=[match[1]])
            absorbed.update(p.start for p in places if start <= p.start < match.start())
            names.append(span)
    return names


def institution_start(article: Article, offset: int) -> int | None:
    stop = article.token_index(offset)
    sentence_start, _ = article.sentence_bounds(offset)
    for index in range(stop - 1, max(stop - MAX_NAME_TOKENS, 0) - 1, -1):
        token = article.tokens[index]
        if token.start < sentence_start or token.pos in ("VERB", "AUX") or token.text in ".:;!?":
            return None
        if token.text[:1].isupper() and article.lemmas[index] in ORGANISATION_HEADS:
            return token.start
    return None


def institution_names(article: Article, found, places, absorbed) -> list[OrganisationSpan]:
    """ "Торговый дом Азербайджана": a capitalised institution noun and the country it belongs to."""
    names = []
    for place in places:
        if place.start in absorbed or not genitive(article, place.start):
            continue
        start = capitalised_institution_before(article, article.token_index(place.start))
        if start is not None and not any(s.start <= start < s.stop for s in found + names):
            names.append(OrganisationSpan(start, place.stop))
            absorbed.add(place.start)
    return names


def capitalised_institution_before(article: Article, place_index: int) -> int | None:
    """Start of "[Adj…] Head [по …] [genitive words…]" right before a place, if it reads as a
    name: "Торговый дом Азербайджана", "Специализированный суд по уголовным делам … области"."""
    index = place_index - 1
    while index >= 0 and place_index - index <= MAX_GENITIVE_TAIL + MAX_PO_TAIL:
        token = article.tokens[index]
        remit = article.lemmas[index] == "по" and place_index - index > 1  # "суд по … делам"
        if token.pos not in ("NOUN", "ADJ", "PROPN") and not remit:
            return None
        if token.pos in ("NOUN", "PROPN") and article.lemmas[index] in ORGANISATION_HEADS:
            parliament = article.lemmas[index] in PARLIAMENTS
            while index > 0 and (
                article.tokens[index - 1].pos == "ADJ"
                or parliament
                and borrowed_modifier(article.tokens[index - 1])
            ):
                index -= 1
            first = article.tokens[index]
            return first.start if first.text[:1].isupper() else None
        index -= 1
    return None


def borrowed_modifier(token) -> bool:
    """ "Милли", "Жогорку", "Олий": the capitalised word before a parliament's own name."""
    return token.pos == "PROPN" and token.text[:1].isupper()


REMIT_POS = ("NOUN", "ADJ", "ADP", "CCONJ")
MAX_REMIT_TOKENS = 8


def capitalised_bodies(article: Article, found) -> list[OrganisationSpan]:
    """ "по данным Счетного комитета по контролю за исполнением бюджета": inside a sentence, a
    capitalised adjective before an institution noun starts a body's name the tagger missed; its
    remit after "по" goes with it."""
    names = []
    for index, token in enumerate(article.tokens):
        if token.pos != "ADJ" or not token.text[:1].isupper() or index == 0:
            continue
        sentence_start, _ = article.sentence_bounds(token.start)
        previous = article.tokens[index - 1]
        if token.start == sentence_start or previous.pos == "ADJ" or previous.text in QUOTE_MARKS:
            continue
        if any(s.start <= token.start < s.stop for s in found + names):
            continue
        head = index
        while head < len(article.tokens) and article.tokens[head].pos == "ADJ":
            head += 1
        if head >= len(article.tokens) or article.lemmas[head] not in ORGANISATION_HEADS:
            continue
        stop = remit_end(article, head + 1)
        names.append(OrganisationSpan(token.start, article.tokens[stop - 1].stop))
    return names


def remit_end(article: Article, index: int) -> int:
    """Past "по контролю за исполнением бюджета", if the name goes on with a remit."""
    if index >= len(article.tokens) or article.lemmas[index] != "по":
        return index
    stop = index + 1
    while stop < len(article.tokens) and stop - index <= MAX_REMIT_TOKENS:
        token = article.tokens[stop]
        if token.pos not in REMIT_POS or token.text[:1].isupper():
            break
        stop += 1
    while stop > index and article.tokens[stop - 1].pos in ("ADP", "CCONJ"):
        stop -= 1
    return stop if stop > index + 1 else index


def inside_any(place, spans: list[OrganisationSpan]) -> bool:
    return any(s.start <= place.start and place.stop <= s.stop for s in spans)
