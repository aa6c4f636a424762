"""More English keywords for IPTC Media Topics, one block per common news area: the specific codes
(stock flotation, AI, sport event, wildlife…) that topic_lexicon_en covers thinly. topics.py merges
this table with topic_lexicon_en's. TOPIC_EXCLUDES lists, per code, phrases whose words would
otherwise count for it although they name something else ("wind farm" is not agriculture)."""

# fmt: off
TOPIC_KEYWORDS_AREAS = {
    # energy
    "medtop:20001210": ["hydropower plant", "hydroelectric plant", "hydroelectric station", "reservoir", "hydro"],
    "medtop:20001211": ["wind park", "wind energy", "wind project", "onshore wind"],
    "medtop:20001209": ["solar farm", "solar park", "solar energy", "solar project"],
    # markets
    "medtop:20000187": ["initial public offering", "public offering", "flotation", "float", "listed", "debut", "share sale", "bookrunner", "underwriter", "free float", "placement"],
    "medtop:20000396": ["share", "shareholder", "stock", "dividend", "market capitalisation", "market capitalization", "equity"],
    "medtop:20000385": ["stock exchange", "exchange", "trading"],
    # computing and IT
    "medtop:20000225": ["ai", "artificial intelligence", "machine learning", "machine translation", "algorithm", "data", "cloud", "gpu", "developer", "tech", "it company", "it sector", "neural network", "language model", "model", "server", "coding"],
    "medtop:20001298": ["machine translation", "language model", "llm", "neural", "training data", "speech recognition", "model"],
    "medtop:20000231": ["application", "user", "subscription", "saas", "api"],
    # wildlife and conservation
    "medtop:20000443": ["extinction", "poaching", "poacher", "camera trap", "iucn", "red list", "threatened species", "rare species", "leopard", "tiger", "vulnerable species"],
    "medtop:20000500": ["animal", "predator", "species", "habitat", "mammal", "bird", "prey"],
    "medtop:20000420": ["nature reserve", "reserve", "ranger", "protected", "wwf"],
    # development finance
    "medtop:20000372": ["asian development bank", "islamic development bank", "eurasian development bank", "multilateral"],
    "medtop:20000643": ["aid", "assistance", "technical assistance"],
    # health
    "medtop:20000477": ["immunization campaign", "vaccination campaign", "booster", "shot"],
    "medtop:20000451": ["measle", "virus", "viral", "polio", "covid", "influenza"],
    # sport
    "medtop:20001108": ["match", "semi-final", "semifinal", "quarter-final", "quarterfinal", "league", "play-off", "playoff", "qualifier", "qualifying", "fixture", "group stage", "first leg", "second leg", "derby", "race", "scored", "kick-off"],
    "medtop:20001323": ["coaching", "coaching staff", "new coach", "new head coach", "sacked", "appointed head coach"],
}

TOPIC_EXCLUDES = {
    "medtop:20000210": ["wind farm", "solar farm", "server farm"],
    "medtop:20000274": ["development bank", "world bank", "central bank", "national bank"],
}
