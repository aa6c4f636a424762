"""Which earlier person a pronoun or a bare title stands for, by the place of each mention in its
sentence: the subject ("Minister A met Ambassador B") before a person named as an object ("met
B", "joined by B", "with B"). Functions over a PeopleIndex, kept apart from how people are found.
"""

from .english_lexicon import SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS
from .english_text import tokens


def subject_of_same_sentence(index, earlier: list, chosen: str | None, gender: str) -> str | None:
    """ "Minister A, joined by B and C, …. '…,' she said": A, when the woman found last
    stands as an object in the sentence where A is the subject."""
    last = next((m for m in earlier if m.name == chosen), None)
    if last is None or not is_object(index, last):
        return None
    text = index.texts.get(last.paragraph, "")
    sentence_start = max(text.rfind(". ", 0, last.start), 0)
    for mention in earlier:
        same = mention.paragraph == last.paragraph and sentence_start <= mention.start
        if not same or mention.start >= last.start or is_object(index, mention):
            continue
        found, _ = index.gender_of(mention.name)
        if found == gender:
            return index.learn(mention.name, gender)
    return None


def subjects_first(index, earlier: list) -> list:
    """ "X met Ambassador Y. '…,' he said": X, the subject, before Y, the object, when both
    stand in the same sentence."""
    if len(earlier) < 2 or not is_object(index, earlier[0]):
        return earlier
    last = earlier[0]
    text = index.texts.get(last.paragraph, "")
    sentence_start = max(text.rfind(". ", 0, last.start), 0)
    for mention in earlier[1:]:
        if mention.paragraph != last.paragraph or mention.start < sentence_start:
            break
        if mention.name != last.name and not is_object(index, mention):
            return [mention] + [m for m in earlier if m is not mention]
    return earlier


def is_object(index, mention) -> bool:
    """Named after a lower-case word other than a speech verb or "and": "met X", "with X"."""
    before = tokens(index.texts.get(mention.paragraph, "")[: mention.start])
    while before and (
        before[-1].text[:1].isupper()
        or before[-1].lower in TITLE_HEADS
        or before[-1].lower in TITLE_MODIFIERS
    ):
        before.pop()  # the title and nationality words in front of the name
    if not before:
        return False
    word = before[-1].lower
    return word.isalpha() and word not in SPEECH_VERBS and word not in ("and", "or")
