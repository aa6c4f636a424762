"""Names with a patronymic particle, as Kyrgyz, Kazakh, Uzbek and Azerbaijani names are written in
Russian copy: "Эрмек Токтосун уулу", "Айгуль Серик кызы", "Ильхам Гейдар оглы Алиев".

The father's name and the particle stand where a surname stands ("Токтосун уулу" is what a later
mention repeats: "— сказал Токтосун уулу"), so they are kept together as one surname word; they do
not decline, and the particle says the gender ("уулу" a son, "кызы" a daughter). Followed by a
surname of its own, the pair is a patronymic and is dropped like "Иванович" ("Ильхам Алиев").
The tagger reads the lowercase particle as a common noun (or a verb) and often leaves it out of
the name's span.
"""

from .lexicon_ru import words

# son of: Kyrgyz, Kazakh (Russian and Kazakh spelling), Uzbek, Azerbaijani and Turkish
MASCULINE_PARTICLES = words("уулу улы ұлы угли ўғли оглы оглу огли")
# daughter of
FEMININE_PARTICLES = words("кызы қызы кизи қизи гызы")
PARTICLES = MASCULINE_PARTICLES | FEMININE_PARTICLES
# the Kazakh particle joined to the father's name: "Сейтжанулы", "Нурланкызы"
JOINED_SON = ("улы", "ұлы")
JOINED_DAUGHTER = ("кызы", "қызы")


def is_particle(text: str) -> bool:
    return text.lower().replace("ё", "е") in PARTICLES


def with_particle(tokens: list, ids: range) -> range:
    """The name's tokens, with the particle that follows them when the tagger left it out."""
    if ids and ids.stop < len(tokens) and is_particle(tokens[ids.stop].text):
        return range(ids.start, ids.stop + 1)
    return ids


def name_words(texts: list[str]) -> list[str]:
    """The words of a name with each particle joined to the father's name before it, or the pair
    dropped when a surname follows it (a patronymic)."""
    result: list[str] = []
    for index, text in enumerate(texts):
        if not is_particle(text) or not result:
            result.append(text)
            continue
        father = result.pop()
        if index + 1 == len(texts):
            result.append(f"{father} {text}")
    return result


def particle_gender(surname: str) -> str | None:
    """The gender a particle surname states: "Токтосун уулу" a man, "Жумабек кызы" a woman, and
    so the Kazakh surnames written as one word ("Сейтжанулы", "Нурланкызы")."""
    lower = surname.lower().replace("ё", "е")
    if " " in lower:
        last = lower.rsplit(" ", 1)[-1]
        masculine, feminine = last in MASCULINE_PARTICLES, last in FEMININE_PARTICLES
    else:
        masculine, feminine = lower.endswith(JOINED_SON), lower.endswith(JOINED_DAUGHTER)
    return "masc" if masculine else "femn" if feminine else None
