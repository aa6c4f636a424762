"""More English keywords for IPTC Media Topics in news areas the other tables miss or cover thinly:
food and drink, satellites, surgery, emigration (labour migration from the sending country's side),
central banks and the wording of interstate agreements. topics.py merges these tables with
topic_lexicon_en's; single words also match their plural in "s"."""

# fmt: off
TOPIC_KEYWORDS_SECTORS = {
    # cyber attacks and the security against them
    "medtop:20000086": [
        "cyber attack", "cyber-attack", "cybercriminal", "malware", "ddos", "data breach",
        "data leak", "cybersecurity", "cyber security", "cyber threat", "hacked", "spyware",
        "botnet", "denial of service",
    ],
    # railways
    "medtop:20000340": [
        "high-speed train", "high-speed rail", "rail line", "railway line", "rail link",
        "passenger train", "freight train", "railway station", "railcar", "rolling stock",
    ],
    # food and drink industry
    "medtop:20000324": ["wine", "winery", "winemaker", "winemaking", "wine-making", "brewery", "brewer",
                        "beer", "beverage", "soft drink", "mineral water", "brandy", "cognac",
                        "food processing", "food industry", "food producer", "grocery", "groceries",
                        "dairy", "confectionery", "flour", "sugar", "bottling", "bottle"],
    "medtop:20000210": ["vineyard", "grape", "grape harvest", "sowing", "yield"],
    # satellites
    "medtop:20000228": ["cubesat", "nanosatellite", "microsatellite", "geostationary", "earth observation",
                        "remote sensing", "transponder", "telecommunications satellite",
                        "communications satellite", "satellite operator", "gps", "glonass"],
    # medicine: surgery
    "medtop:20001228": ["surgery", "surgeon", "surgical", "transplant", "transplantation", "operated on",
                        "operating theatre", "operating room", "heart surgery", "cardiac surgery",
                        "neurosurgeon", "neurosurgery", "anaesthetist", "anesthetist", "laparoscopic",
                        "implant"],
    # labour migration seen from the sending country
    "medtop:20000772": ["emigrate", "labour migrant", "labor migrant", "migrant worker",
                        "labour migration", "labor migration", "remittance", "expatriate",
                        "recruitment abroad", "work abroad", "working abroad"],
    # central banks and monetary policy
    "medtop:20000350": ["monetary policy", "refinancing rate", "policy rate", "interest rate",
                        "gold reserve", "foreign exchange reserve"],
    # interstate agreements and talks
    "medtop:20000639": ["bilateral", "trilateral", "multilateral", "interstate", "intergovernmental",
                        "intergovernmental commission", "foreign policy"],
}

TOPIC_EXCLUDES_SECTORS = {
    # a labour migrant abroad is emigration news, not immigration
    "medtop:20000771": ["labour migrant", "labor migrant", "migrant worker", "labour migration",
                        "labor migration"],
}
