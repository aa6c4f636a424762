"""Gender a story shows for a person without a pronoun: a first name that is only given to women
or only to men (names of the region and common English ones, those that the surname-shape guess
cannot tell), or a gendered role word ("chairwoman", "spokesman"); and the guess itself, from a
surname's ending (-ova, -ov) or a first name in -a."""

import re

FEMALE_FIRST_NAMES = frozenset(
    [
        "nino",
        "ketevan",
        "tamar",
        "tamari",
        "mariam",
        "salome",
        "eka",
        "natia",
        "elene",
        "aigerim",
        "aizhan",
        "gulnur",
        "gulnaz",
        "gulshan",
        "ayten",
        "sevinj",
        "gunel",
        "aynur",
        "leyla",
        "zeynep",
        "elif",
        "ebru",
        "dilnoz",
        "nigora",
        "feruza",
        "shakhnoza",
        "zarina",
        "aliya",
        "asel",
        "dinara",
        "madina",
        "saule",
        "ainur",
        "mary",
        "elizabeth",
        "ruth",
        "rachel",
        "helen",
        "ellen",
        "karen",
        "susan",
        "kate",
        "jane",
        "anne",
        "alice",
        "catherine",
        "sarah",
        "hannah",
        "emily",
        "olivia",
        "sophie",
        "charlotte",
        "rose",
        "grace",
        "claire",
        "isabel",
        "ingrid",
        "astrid",
        "margaret",
        "kathleen",
        "deborah",
        "judith",
        "esther",
        "miriam",
        "agnes",
        "yasmin",
        "samantha",
        "jennifer",
        "michelle",
    ]
)
MALE_FIRST_NAMES = frozenset(
    [
        "irakli",
        "giorgi",
        "levan",
        "davit",
        "david",
        "zurab",
        "tornike",
        "vakhtang",
        "nikoloz",
        "lasha",
        "mamuka",
        "gela",
        "murad",
        "rashad",
        "elnur",
        "fuad",
        "ilham",
        "ramil",
        "anar",
        "farid",
        "kanat",
        "nurlan",
        "yerlan",
        "arman",
        "bakhyt",
        "serik",
        "timur",
        "rustam",
        "aziz",
        "jasur",
        "sardor",
        "bobur",
        "otabek",
        "sherzod",
        "almaz",
        "azamat",
        "bakyt",
        "erlan",
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "richard",
        "thomas",
        "charles",
        "daniel",
        "mark",
        "paul",
        "peter",
        "andrew",
        "george",
        "edward",
        "martin",
        "vitaly",
        "sergei",
        "sergey",
        "alexander",
        "dmitry",
        "andrei",
        "vladimir",
        "oleg",
        "igor",
        "ivan",
        "pavel",
    ]
)
FEMALE_ROLE_WORDS = frozenset(
    [
        "chairwoman",
        "spokeswoman",
        "businesswoman",
        "congresswoman",
        "sportswoman",
        "horsewoman",
        "actress",
        "ms",
        "mrs",
        "madam",
    ]
)
MALE_ROLE_WORDS = frozenset(
    ["chairman", "spokesman", "businessman", "congressman", "sportsman", "actor", "mr"]
)


def first_name_gender(name: str) -> str | None:
    first = name.lower().split()[0]
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


def role_gender(role: str | None) -> str | None:
    words = set(re.findall(r"[a-z]+", (role or "").lower()))
    return "f" if words & FEMALE_ROLE_WORDS else "m" if words & MALE_ROLE_WORDS else None


FEMALE_SURNAME = re.compile(r"(ova|eva|yeva|ina|aya|skaya|kaya|kyzy)$")
MALE_SURNAME = re.compile(r"(ov|ev|yev|in|sky|ski|uly|enko)$")
MALE_NAMES_IN_A = frozenset(
    ["nikita", "ilya", "luca", "musa", "isa", "mustafa", "joshua", "yahya", "zakaria", "akira"]
)


def sure_shape(name: str, gender: str) -> bool:
    """A woman's surname whose ending leaves no doubt ("-ova", "-kyzy"): for "she" it outweighs a
    person of unknown gender in a later paragraph, who in wire copy is far more often a man."""
    return gender == "f" and bool(FEMALE_SURNAME.search(name.lower().split()[-1]))


def guess_gender(name: str) -> str | None:
    """From the surname's ending (-ova, -ov) or else a first name ending in -a; None if unsure."""
    parts = name.lower().split()
    surname, first = parts[-1], parts[0]
    if FEMALE_SURNAME.search(surname):
        return "f"
    if MALE_SURNAME.search(surname):
        return "m"
    if len(parts) > 1 and first.endswith("a") and first not in MALE_NAMES_IN_A:
        return "f"
    return None
