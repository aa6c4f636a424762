"""The role phrase that introduces a person: "посол Азербайджана в Казахстане Агалар
Атамогланов", "…с министром экономики Азербайджана Рашадом Гасанлы", or after the name,
"Ерлан Сапаров, министр энергетики Казахстана, …".

Scanning back from the name, the phrase starts at the earliest role noun before anything that
ends a noun phrase (a verb, a participle, a sentence stop). Only the head of the phrase is put in
the nominative; its genitive tail ("энергетики Казахстана") stays as written.
"""

from functools import cache

from pymorphy2.analyzer import Parse as PymorphyParse

from .document import Article
from .lexicon_ru import ORGANISATION_HEADS, ROLE_NOUNS
from .nlp import pipeline, to_nominative

PHRASE_STOPS = set(".:;!?—–")
GENDER_OF = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
MAX_ROLE_TOKENS = 25
CASE_TAGS = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
}


@cache
def role_noun_lemma(word: str, case: str = "") -> str | None:
    """The role noun a word is a form of; substantivised participles ("поверенный",
    "заведующая") are looked up by their masculine nominative, not the verb they come from.
    A reading in another case than the tagger's is another word: "премьера" the tagger reads as
    the nominative of a premiere is not the genitive of "премьер"."""
    for form in pipeline().morph_vocab(word):
        if case and form.tag.case and form.tag.case[:3] != case[:3]:  # gen2 is a genitive
            continue
        if form.normal_form in ROLE_NOUNS:
            return form.normal_form
        if form.tag.POS in ("PRTF", "ADJF"):
            masculine = PymorphyParse.inflect(form, {"nomn", "sing", "masc"})
            if masculine and masculine.word in ROLE_NOUNS:
                return masculine.word
    return None


def role_lemma(article: Article, index: int) -> str | None:
    lemma = article.lemmas[index].removeprefix("экс-")  # "экс-министр" introduces as well
    if lemma in ROLE_NOUNS:
        return lemma
    token = article.tokens[index]
    if not token.text[:1].isalpha():
        return None
    return role_noun_lemma(token.text.lower(), CASE_TAGS.get(token.feats.get("Case", ""), ""))


def is_role_noun(article: Article, index: int) -> bool:
    return role_lemma(article, index) is not None


def ends_phrase(article: Article, index: int) -> bool:
    token = article.tokens[index]
    if is_role_noun(article, index):
        return False
    if token.text in PHRASE_STOPS or (token.text == "-" and token.pos == "PUNCT"):
        return True
    # an animate proper noun is another person, unless it ends a body's name ("Олий Мажлиса")
    return token.pos in ("VERB", "AUX", "SCONJ", "PRON") or (
        token.pos == "PROPN"
        and token.feats.get("Animacy") == "Anim"
        and not ends_a_body_name(article, index)
    )


def ends_a_body_name(article: Article, index: int) -> bool:
    """ "Мажлиса", "Кенеша": a word for a body, by the tagger's lemma or any dictionary reading
    (the tagger may read "Мажлиса" as a woman's name)."""
    if article.lemmas[index] in ORGANISATION_HEADS:
        return True
    forms = pipeline().morph_vocab(article.tokens[index].text.lower())
    return any(form.normal_form in ORGANISATION_HEADS for form in forms)


def role_before(article: Article, name_ids: range) -> tuple[str, str] | None:
    head = role_head_before(article, name_ids)
    if head is None:
        return None
    return render_role(article, extend_over_adjectives(article, head), head, name_ids.start)


def role_head_before(article: Article, name_ids: range) -> int | None:
    """Index of the role noun that opens the phrase introducing the name, if any."""
    first_name = article.tokens[name_ids.start]
    sentence_start, _ = article.sentence_bounds(first_name.start)
    earliest, crossed_comma = None, False
    index = name_ids.start - 1
    while index >= 0 and name_ids.start - index <= MAX_ROLE_TOKENS:
        token = article.tokens[index]
        if token.start < sentence_start or ends_phrase(article, index):
            break
        if token.text == ",":
            if earliest is None or article.tokens[earliest].feats.get("Case") != "Nom":
                break
            crossed_comma = True
        elif is_role_noun(article, index):
            if crossed_comma and token.feats.get("Case") != "Nom":
                break
            earliest = index
        index -= 1
    return earliest


def extend_over_adjectives(article: Article, head: int) -> int:
    start = head
    while start > 0 and article.tokens[start - 1].pos == "ADJ":
        start -= 1
    return start


def render_role(article: Article, start: int, head: int, stop: int) -> tuple[str, str] | None:
    last = stop - 1
    while last > head and article.tokens[last].text in ",(":
        last -= 1
    head_token = article.tokens[head]
    gender = GENDER_OF.get(head_token.feats.get("Gender", ""))
    words = []
    for index in range(start, last + 1):
        token = article.tokens[index]
        text = token.text
        if index <= head:
            text = to_nominative(text, token.pos, token.feats, gender)
        words.append((index, text))
    role = join_tokens(article, words)
    if not role:
        return None
    if not (len(words[0][1]) > 1 and words[0][1].isupper()):
        role = role[0].lower() + role[1:]
    return role, role_lemma(article, head)


def join_tokens(article: Article, words: list[tuple[int, str]]) -> str:
    """Rebuild the phrase with the spacing of the original text."""
    parts = []
    for position, (index, text) in enumerate(words):
        if position:
            previous = article.tokens[words[position - 1][0]]
            parts.append(" " * (article.tokens[index].start - previous.stop))
        parts.append(text)
    return "".join(parts).strip(" ,")


def role_after(article: Article, name_ids: range) -> tuple[str, str] | None:
    """An apposition: the name, a comma, then a role phrase up to the next comma or stop."""
    index = name_ids.stop
    tokens = article.tokens
    if index >= len(tokens) or tokens[index].text != ",":
        return None
    start = index + 1
    head = start
    while head < len(tokens) and tokens[head].pos == "ADJ":
        head += 1
    if head >= len(tokens) or not is_role_noun(article, head):
        return None
    stop = head + 1
    while stop < len(tokens) and tokens[stop].text not in ",.:;!?—–" and tokens[stop].pos != "VERB":
        stop += 1
    return render_role(article, start, head, stop)
