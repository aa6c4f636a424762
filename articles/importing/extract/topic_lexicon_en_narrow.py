"""English words of the narrow codes the editors file a story under rather than its branch (see
topic_lexicon_ru_narrow): natural gas, payment service, civil law, landslide, vocational education,
football; corruption cases, glaciers, tunnels, gold mines, housing, weightlifting, road crashes;
and the phrases whose words would count for a code they do not name (TOPIC_EXCLUDES_NARROW). Single words also match their plural in "s"."""

# fmt: off
TOPIC_KEYWORDS_NARROW = {
    # natural gas
    "medtop:20000263": ["gas", "gas transit", "gas export", "gas production", "liquefied natural gas", "gas storage"],
    # payment service
    "medtop:20001164": [
        "payment system", "payment card", "bank card", "atm", "card payment", "money transfer",
        "contactless", "acquiring", "mastercard", "visa card", "cashless", "payment service",
    ],
    # civil law
    "medtop:20000122": [
        "lawsuit", "plaintiff", "claimant", "civil suit", "civil case", "civil claim",
        "arbitration court", "damages claim", "breach of contract",
    ],
    # landslide
    "medtop:20000155": ["landslide", "mudslide", "mudflow", "rockfall", "avalanche"],
    # climate change
    "medtop:20000418": ["glacier", "glacial", "melting", "carbon neutrality", "net zero"],
    # vocational education
    "medtop:20001216": [
        "vocational", "vocational training", "apprenticeship", "apprentice", "technical college",
        "skills training", "trade school", "retraining",
    ],
    # corruption
    "medtop:20000093": ["abuse of office", "abuse of power", "misappropriation", "misappropriated", "graft"],
    # infrastructure projects
    "medtop:20001245": ["tunnel", "overpass", "flyover", "interchange", "bridge construction"],
    # football
    "medtop:20001065": [
        "penalty", "penalty spot", "yellow card", "red card", "stoppage time", "half-time",
        "halftime", "equaliser", "equalizer", "equalised", "hat-trick", "offside", "free kick",
        "corner kick", "own goal", "defender", "winger",
    ],
    # weightlifting
    "medtop:20001093": ["clean and jerk", "powerlifting", "powerlifter", "barbell"],
    # metal and mineral mining
    "medtop:20000316": ["gold mine", "gold miner", "gold output", "gold production", "ore deposit", "precious metal"],
    # residential real estate
    "medtop:20001368": [
        "housing", "apartment", "flat", "mortgage", "home buyer", "house price", "housing market",
        "residential", "new build", "rental housing",
    ],
    # road accident and incident
    "medtop:20000147": [
        "collide", "collided", "collision", "head-on collision", "crashed", "overturned", "road crash",
        "bus crash", "lorry", "pedestrian", "traffic police",
    ],
}

# "oil and gas" is the branch, not natural gas; gold and silver mined, stored and priced are no medals; a harvest or growth forecast is no
# weather forecast
TOPIC_EXCLUDES_NARROW = {
    # "oil and gas" names the branch, a greenhouse gas no fuel
    "medtop:20000263": ["oil and gas", "greenhouse gas", "gas emission", "gas station", "tear gas"],
    "medtop:20001303": [
        "gold output", "gold production", "gold mine", "gold mining", "gold price", "gold reserve",
        "tonne of gold", "ounce of gold", "gold ore", "gold deposit", "silver output",
    ],
    "medtop:20001301": ["gold output", "gold production", "gold mine", "tonne of gold", "gold price"],
    "medtop:20001128": [
        "harvest forecast", "growth forecast", "gdp forecast", "inflation forecast",
        "economic forecast", "budget forecast", "production forecast", "forecast growth",
    ],
    "medtop:17000000": ["harvest forecast", "growth forecast", "gdp forecast", "inflation forecast"],
}
# fmt: on
