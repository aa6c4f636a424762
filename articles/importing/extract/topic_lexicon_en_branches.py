"""English cues for every branch of the IPTC Media Topics tree that news uses, written per branch
(synonyms of the IPTC names, the words reporters use for them) rather than fitted to stories.
topics.py merges this table with the other lexicons and with each code's own IPTC name;
NAME_CUE_STOPLIST holds names too common in other senses to count ("language", "history"),
NAME_CUE_SKIP_CODES codes whose names mislead."""

NAME_CUE_STOPLIST = frozenset(
    {
        "language", "history", "culture", "economy", "society", "design", "drawing", "family",
        "market", "sales", "business", "energy", "water", "transport", "development", "law",
        "health", "education", "sport", "weather", "politics", "government", "river", "club",
        "association", "people", "children", "youth", "support", "security", "service",
        "record", "engineering", "technology", "resource", "minister", "home", "network", "construction", "party",
        "bar", "game", "series", "condition", "exchange", "equipment", "services", "products",
        "values", "men", "women", "house", "property", "performance", "procedure", "recall",
        "safety", "trend", "fine", "pool", "incident", "indicators", "inventories", "employee",
        "executive", "intelligence", "mankind", "nature", "tradition", "customs", "plants", "parks",
        "breaking", "skeleton", "cult", "communities", "adults", "teenagers", "infants", "dying",
        "death", "investment", "appeal", "casting", "drama", "kiting", "stocks", "relationships",
    }
)  # fmt: skip
NAME_CUE_SKIP_CODES = frozenset()

# fmt: off
TOPIC_KEYWORDS_BRANCHES = {
    # arts, culture, entertainment
    "medtop:20000029": ["theatre", "theater", "theatrical", "playwright", "drama", "troupe", "staging", "stage play"],
    "medtop:20001181": ["festival", "festivals", "fest"],
    "medtop:20000005": ["film", "cinema", "movie", "filmmaker", "director", "screening", "box office", "documentary"],
    "medtop:20000018": ["music", "musician", "concert", "orchestra", "composer", "singer", "album", "symphony", "band", "opera"],
    "medtop:20000013": ["literature", "novel", "writer", "poet", "poetry", "book", "publisher"],
    "medtop:20000043": ["museum", "library", "exhibit", "collection", "curator"],
    "medtop:20001135": ["exhibition", "gallery", "painter", "painting", "artist", "artwork"],
    "medtop:20000044": ["heritage", "unesco", "monument", "heritage site", "restoration", "mausoleum"],
    # crime, law, justice
    "medtop:20000097": ["fraud", "fraudster", "scam", "scheme", "pyramid scheme", "ponzi", "defraud", "deceived", "embezzlement", "swindle"],
    "medtop:20000111": ["trial", "sentenced", "sentence", "convicted", "verdict", "defendant", "prosecutor", "acquitted", "prison term", "jailed", "guilty"],
    "medtop:20000107": ["court", "judge", "appeal", "lawsuit", "ruling", "supreme court"],
    "medtop:20000099": ["murder", "murdered", "killing", "homicide", "killed"],
    "medtop:20000133": ["police", "policeman", "officer", "patrol"],
    "medtop:20000130": ["arrested", "arrest", "detained", "detention", "custody"],
    "medtop:20000131": ["investigation", "investigator", "criminal case", "probe", "search"],
    # disaster, weather
    "medtop:20000153": ["earthquake", "quake", "tremor", "magnitude", "epicentre", "epicenter", "aftershock", "seismic"],
    "medtop:20000154": ["flood", "flooding", "flooded", "inundated", "floodwater", "high water"],
    "medtop:20000151": ["landslide", "mudflow", "avalanche", "storm", "hurricane", "typhoon", "cyclone", "tsunami", "natural disaster"],
    "medtop:20000168": ["evacuated", "evacuation", "rescuer", "rescue", "emergencies ministry", "relief"],
    "medtop:20001129": ["snowfall", "heavy rain", "rainfall", "heatwave", "heat wave", "frost", "hail", "blizzard"],
    # economy, finance
    "medtop:20000371": ["interest rate", "key rate", "policy rate", "base rate", "refinancing rate", "rate cut", "rate hike", "basis point", "rate"],
    "medtop:20000379": ["monetary policy", "monetary", "regulator", "tightening", "easing"],
    "medtop:20000350": ["central bank", "national bank", "monetary authority"],
    "medtop:20000274": ["bank", "banking", "lender", "deposit", "depositor"],
    "medtop:20001158": ["startup", "start-up", "founder", "accelerator", "incubator", "venture", "venture capital", "seed round", "series a"],
    "medtop:20000183": ["funding", "raised", "raises", "investment round", "investor", "financing"],
    "medtop:20000210": ["harvest", "grain", "wheat", "barley", "cotton", "crop", "farmer", "farming", "farm", "livestock", "agricultural", "sowing", "agrarian", "irrigation"],
    "medtop:20000235": ["housing", "real estate", "property", "developer", "apartment", "residential", "builder"],
    "medtop:20000316": ["mining", "mine", "miner", "ore", "copper", "gold mine", "gold mining", "uranium", "lithium", "smelter", "metallurgical", "aluminium", "zinc"],
    "medtop:20001243": ["oil", "gas", "oilfield", "gas field", "barrel", "refinery", "pipeline", "drilling", "upstream"],
    "medtop:20000331": ["tourism", "tourist", "visitor", "resort", "hotel", "travel agency"],
    "medtop:20000338": ["airline", "airport", "flight", "aircraft", "carrier", "air route", "aviation"],
    "medtop:20000340": ["railway", "railroad", "rail", "train", "locomotive", "wagon"],
    "medtop:20000233": ["telecom", "mobile operator", "broadband", "5g", "network coverage", "telecommunication"],
    "medtop:20000228": ["satellite", "orbit", "launch vehicle", "cosmodrome", "rocket"],
    "medtop:20001354": ["pharmaceutical", "drugmaker", "medicine", "medicines", "pharmacy", "drug"],
    # education
    "medtop:20000405": ["university", "student", "campus", "rector", "college", "graduate"],
    "medtop:20000400": ["school", "pupil", "teacher", "classroom"],
    # environment
    "medtop:20000424": ["pollution", "polluted", "emission", "smog", "waste", "contamination", "toxic"],
    "medtop:20000418": ["climate", "warming", "greenhouse", "carbon"],
    # health
    "medtop:20001358": ["health ministry", "sanitary", "public health", "prevention"],
    "medtop:20000462": ["hospital", "clinic", "doctor", "patient", "physician"],
    # labour, society
    "medtop:20000509": ["job", "jobs", "employment", "employer", "hiring", "vacancy", "workforce"],
    "medtop:20000532": ["pension", "pensioner", "retirement", "retiree"],
    "medtop:20000772": ["migrant worker", "labour migrant", "remittance", "migration"],
    # politics
    "medtop:20000574": ["election", "vote", "voter", "ballot", "turnout", "candidate", "polling station"],
    "medtop:20000615": ["parliament", "parliamentary", "lawmaker", "deputy", "senate", "bill"],
    "medtop:20000576": ["electoral code", "electoral law", "electoral reform", "electronic voting",
                        "voter list", "voter register", "proportional representation"],
    "medtop:20000630": ["pension system", "pension reform", "retirement age", "social protection",
                        "social benefit", "welfare payment", "pension fund"],
    "medtop:20000223": ["pharmaceutical", "drugmaker", "pharma", "medicines", "generic drug"],
    "medtop:20001245": ["infrastructure project", "infrastructure", "road construction"],
    # sport
    "medtop:20001065": ["football", "soccer", "striker", "midfielder", "goalkeeper", "goal"],
    "medtop:20001154": ["chess", "grandmaster", "chess olympiad"],
    "medtop:20001098": ["wrestling", "wrestler", "greco-roman", "freestyle"],
    "medtop:20000991": ["motor racing", "racing driver", "formula 1", "formula one", "grand prix", "rally", "dakar"],
    "medtop:20001108": ["tournament", "championship", "match", "competition", "cup", "final", "semifinal"],
    "medtop:20001301": ["won", "victory", "champion", "medal", "title"],
    "medtop:20001177": ["olympic", "olympics", "olympian"],
    "medtop:20001178": ["paralympic", "paralympics", "paralympian"],
    "medtop:20000892": ["cycling", "cyclist", "cycle race"],
    "medtop:20001071": ["swimmer", "swimming"],
    "medtop:20001089": ["volleyball"],
    "medtop:20000942": ["gymnast", "gymnastics"],
    "medtop:20001056": ["skier", "skiing", "biathlon", "biathlete"],
    "medtop:20001157": ["karate", "taekwondo", "sambo", "kickboxing", "martial art"],
    "medtop:20001183": ["esports", "e-sports", "cybersport"],
    "medtop:20000739": ["cosmonaut", "astronaut", "space station", "spacecraft", "space agency"],
    "medtop:20000533": ["unemployment", "unemployed", "jobless"],
    "medtop:20000817": ["welfare", "social benefit", "allowance", "social security"],
    "medtop:20000066": ["protest", "protester", "rally", "demonstrator", "demonstration"],
    "medtop:20000645": ["refugee", "displaced"],
    "medtop:20000592": ["human rights", "rights activist", "ombudsman"],
    "medtop:20000204": ["merger", "acquisition", "acquire", "takeover", "stake"],
    "medtop:20000174": ["bankruptcy", "bankrupt", "insolvency", "insolvent"],
    "medtop:20000178": ["profit", "revenue", "net income", "earnings", "loss"],
    "medtop:20000620": ["tax", "taxation", "vat"],
    "medtop:20000607": ["budget", "budget deficit", "state budget"],
    "medtop:20000642": ["sanction"],
    "medtop:20001279": ["cryptocurrency", "bitcoin", "crypto", "crypto exchange"],
    "medtop:20000296": ["carmaker", "automaker", "electric vehicle", "car plant", "automotive"],
    "medtop:20000448": ["infection", "infectious", "outbreak", "measles", "tuberculosis", "flu"],
    "medtop:20000443": ["endangered", "red book", "extinct"],
    "medtop:20000437": ["water supply", "irrigation", "reservoir", "water management", "drinking water"],
}
# fmt: on
