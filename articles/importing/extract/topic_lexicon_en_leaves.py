"""English words of narrow codes whose broader code held all their words, so a story about the
narrow subject was filed only under the broader one: the sentence of a trial (and its kinds:
suspended sentence, capital punishment), bribery under corruption, weather disasters (hail,
storms, hurricanes) under natural disasters, medical research under scientific research, the
transfers of sport, the long distance run a marathon is, the labour market and immigration policy, and the genres of theatre
(drama, opera, musical, operetta, stand-up). Reviewed against the IPTC definitions
(articles/data/mediatopics.csv). Words lower case, as simple_lemma leaves them."""

# fmt: off
TOPIC_KEYWORDS_LEAVES = {
    # sentencing (criminal)
    "medtop:20000134": ["sentenced", "prison term", "jail term", "years in prison", "prison sentence", "life sentence", "suspended sentence", "death penalty", "life imprisonment", "community service"],
    # capital punishment
    "medtop:20000135": ["death penalty", "death sentence", "death row"],
    # suspended sentence
    "medtop:20001199": ["suspended sentence", "probation"],
    # bribery
    "medtop:20000094": ["bribe", "bribery", "bribe-taking", "kickback", "kickbacks", "bribed"],
    # meteorological disaster
    "medtop:20000157": ["hail", "hailstorm", "hailstone", "storm", "blizzard", "tornado", "heavy rain", "severe weather", "thunderstorm", "snowstorm", "hurricane"],
    # hurricane
    "medtop:20001280": ["hurricane", "typhoon", "cyclone", "tropical storm"],
    # windstorms
    "medtop:20000158": ["windstorm", "gale", "gales", "tornado", "storm-force", "strong wind", "gust"],
    # medical research
    "medtop:20000737": ["genetic", "genome", "genomic", "geneticist", "clinical trial", "clinical trials", "biomedical", "medical research"],
    # sports transaction
    "medtop:20001148": ["transfer fee", "transfer window", "free transfer", "free agent", "on loan", "loan deal", "release clause", "draft pick"],
    # labour market
    "medtop:20000523": ["labour market", "labor market", "workforce", "labour shortage", "labor shortage", "migrant worker", "migrant workers", "vacancy", "vacancies", "job market", "hiring"],
    # immigration policy
    "medtop:20000634": ["immigration", "migrant", "deportation", "asylum", "work visa"],
    # long distance run
    "medtop:20000836": ["marathon", "half marathon", "half-marathon", "marathoner", "long-distance runner", "10,000 metres", "5,000 metres"],
    # drama (theatre)
    "medtop:20001180": ["playwright", "stage play", "drama theatre", "dramatist"],
    # opera
    "medtop:20000028": ["opera house", "libretto", "soprano"],
    # musical
    "medtop:20001133": ["musical theatre"],
    # operetta
    "medtop:20001134": ["operetta"],
    # stand-up comedy
    "medtop:20001190": ["stand-up", "comedian"],
}
# fmt: on
