"""The grammatical case a name stands in, which says how to rebuild its nominative and, for
surnames in -ова/-ева, whether a woman or a man is named.

The tagger's case on rare names is often wrong, so the surer witnesses come first: the noun for a
person the name stands in apposition to ("председателя Маулена Ашимбаева", "над иранцем
Мохаммадом Голипуром", "призера из Ирана Амира Резаи"), then a name it is listed with whose form
is plainly oblique ("на счету Айжан Советбековой и Эрлана Советбекова": both genitive).
"""

from .document import Article
from .names import oblique_surname
from .roles import role_head_before

LIST_JOINS = (",", "и")


def role_case(article: Article, ids: range) -> str | None:
    """The case of the noun a name stands in apposition to: its role ("с послом … Йылдызом") or
    another noun for a person ("над иранцем Мохаммадом Голипуром"), also across the place it
    is from ("олимпийского призера из Ирана Амира Резаи")."""
    head = role_head_before(article, ids)
    if head is None:
        head = person_noun_before(article, ids.start)
    return article.tokens[head].feats.get("Case") if head is not None else None


def person_noun_before(article: Article, start: int) -> int | None:
    """Index of an animate noun right before the name, or before a "из Ирана" phrase there."""
    index = start - 1
    if (
        index >= 2
        and article.tokens[index].pos == "PROPN"
        and article.tokens[index - 1].pos == "ADP"
    ):
        index -= 2
    if index < 0:
        return None
    token = article.tokens[index]
    return index if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" else None


def mention_case(article: Article, ids: range) -> str | None:
    """The case of a name: its role noun's, else that of a plainly oblique name listed right
    before it, else the tagger's."""
    head = role_head_before(article, ids)
    if head is None and (listed := listed_after_oblique(article, ids.start)):
        return listed
    token = article.tokens[head if head is not None else ids.stop - 1]
    return token.feats.get("Case")


def listed_after_oblique(article: Article, start: int) -> str | None:
    """ "Айжан Советбековой и Эрлана Советбекова": the second name shares the first's case,
    which its feminine surname shows is not the nominative."""
    if start < 2 or article.tokens[start - 1].text.lower() not in LIST_JOINS:
        return None
    before = article.tokens[start - 2]
    if before.pos == "PROPN" and oblique_surname(before.text):
        return "Gen"  # an oblique case; the genitive is the one lists of names mostly stand in
    return None
