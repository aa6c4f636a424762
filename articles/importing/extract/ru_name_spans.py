"""Which of the tokens of a tagged person span are the name.

The name tagger takes neighbouring capitalised words into a person's span: the role noun or the
nationality that opens the sentence ("Вице-министр Ерлан Кожасбай", "Казахстанка Меруерт
Оспанова"), the last word of an organisation's name before the name ("депутат … Олий Мажлиса
Малика Абдуллаева"), or a common noun that opens a sentence ("Ледник Туюксу потерял …",
"Гляциолог Арман Сагынов"). A name after a noun for a place or an institution can name that
thing after a person instead ("аэропорт Гейдар Алиев"). Those words are dropped from the front of the span; what is left is the name,
or nothing that can stand for a person on its own.
"""

from .document import Article
from .lexicon_ru import NAMED_AFTER, NAMED_AFTER_GENITIVE
from .names import is_demonym
from .nlp import pipeline
from .roles import ends_a_body_name, is_role_noun
from .ru_place_genitives import FEATURE_NOUNS, SETTLEMENT_NOUNS, noun_lemma

NAME_TAGS = ("Name", "Surn", "Patr", "Geox")


def name_tokens(article: Article, ids: range) -> range:
    """The span's tokens without the leading words that are not part of the name."""
    while len(ids) > 1 and not_a_name_word(article, ids.start):
        ids = range(ids.start + 1, ids.stop)
    return ids


def not_a_name_word(article: Article, index: int) -> bool:
    token = article.tokens[index]
    return (
        is_role_noun(article, index)
        or is_demonym(token.text)
        or ends_a_body_name(article, index)  # "… Олий Мажлиса Малика Абдуллаева"
        or (common_noun(token) and opens_sentence(article, index))
    )


OPENERS = {"—", "–", "-", "«", '"', "„", "“", "(", "'"}


def opens_sentence(article: Article, index: int) -> bool:
    """The word begins its sentence (after a dash or an opening quote at most): its capital may be
    the sentence's. Elsewhere a capitalised noun is a name, "шериф" or not ("… Шериф Мансур")."""
    first = article.token_index(article.sentence_bounds(article.tokens[index].start)[0])
    return all(token.text in OPENERS for token in article.tokens[first:index])


def common_noun(token) -> bool:
    """A word the dictionary knows, and only as a common noun: "Ледник", "Гляциолог" open a
    sentence, they are no name ("Вера", "Мороз" are names too; "Чэнь", "Мээрим" are unknown)."""
    word = token.text.lower()
    vocab = pipeline().morph_vocab
    if not vocab.word_is_known(word):
        return False
    forms = vocab(word)
    if not forms or any("NOUN" not in f.tag or any(t in f.tag for t in NAME_TAGS) for f in forms):
        return False
    # a thing's name the tagger took for a proper noun may be a first name ("Канат", "Болат");
    # a noun for a person ("Гляциолог") never is
    return token.pos == "NOUN" or all("anim" in f.tag for f in forms)


def names_a_thing(article: Article, ids: range) -> bool:
    """A name that names a place or an institution after a person: "аэропорт Гейдар Алиев",
    or one word right after a kind of settlement or natural feature ("кишлака Чоркесар"),
    "улица Абая", "фонд Нурсултана Назарбаева" (the genitive, not "… университета Лала Рзаева")."""
    if not ids.start:
        return False
    before = article.lemmas[ids.start - 1].strip(".")
    if before in NAMED_AFTER:
        return True
    if len(ids) == 1 and noun_lemma(article, ids.start - 1, SETTLEMENT_NOUNS | FEATURE_NOUNS):
        return True  # "кишлака Чоркесар", "ледник Туюксу": the place, as written
    return (
        before in NAMED_AFTER_GENITIVE and len(ids) > 1 and genitive_name(article.tokens[ids.start])
    )


def genitive_name(token) -> bool:
    """A first name the dictionary reads as a genitive and never as a nominative ("Нурсултана")."""
    forms = [f for f in pipeline().morph_vocab(token.text.lower()) if "Name" in f.tag]
    return any("gent" in f.tag for f in forms) and not any("nomn" in f.tag for f in forms)
