"""Whether a name is the subject of the clause it stands in, and the gender its verb states.

A name before its verb is the subject ("Бектурганова считает, что …", "Гулиева, в свою очередь,
напомнила"); a past-tense verb also says the person's gender, a present-tense one only that the
name is the subject, which is what a later "— сказала она" refers back to. A name standing after a
preposition or in apposition to a noun in an oblique case ("схватка с японкой Саки Мориокой
далась ей тяжело") is never the subject, whatever verb follows it.
"""

from .document import Article
from .roles import role_head_before

OBLIQUE = ("Ins", "Dat", "Loc")
GENDERS = {"Fem": "femn", "Masc": "masc"}
WINDOW = 7


def governed_verb(article: Article, ids: range):
    """The verb the name governs: the first past-tense verb of its clause, else its first finite
    verb; None when the name stands in an oblique phrase."""
    if in_oblique_phrase(article, ids):
        return None
    finite = None
    for index in range(ids.stop, min(ids.stop + WINDOW, len(article.tokens))):
        token = article.tokens[index]
        if ends_clause(article, index) or token.pos == "SCONJ" or another_name(token):
            break
        if token.pos in ("VERB", "AUX") and token.feats.get("Tense") == "Past":
            return token
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" and not finite:
            finite = token
    return finite


def verb_gender(verb) -> str | None:
    """Gender of a past-tense verb: "Гулиева, в свою очередь, напомнила" is a woman."""
    if verb is None or verb.feats.get("Tense") != "Past":
        return None
    return GENDERS.get(verb.feats.get("Gender"))


def ends_clause(article: Article, index: int) -> bool:
    """Punctuation that ends the name's clause; not the colon of a score ("со счетом 5:1")."""
    text = article.tokens[index].text
    if text == ":" and article.tokens[index - 1].pos == "NUM":
        return False
    return text in '.:;!?«»"—–'


def another_name(token) -> bool:
    """A name that may be the verb's subject instead; not one in a phrase between the name and
    its verb, foreign or oblique ("Ергалиева в интервью Kazinform рассказала")."""
    oblique = token.feats.get("Case") not in (None, "Nom")
    return token.pos == "PROPN" and not oblique and token.feats.get("Foreign") != "Yes"


def in_oblique_phrase(article: Article, ids: range) -> bool:
    """ "с японкой Саки Мориокой", "над иранцем …", "министру … Ахмедову": not a subject."""
    if not ids.start:
        return False
    before = article.tokens[ids.start - 1]
    if before.pos == "ADP":
        return True
    if before.pos == "NOUN" and before.feats.get("Animacy") == "Anim":
        return before.feats.get("Case") in OBLIQUE
    head = role_head_before(article, ids)
    return head is not None and article.tokens[head].feats.get("Case") in OBLIQUE
