"""Closed word lists that English wire copy is written with: speech verbs, titles, the heads of
organisation names, legal forms and the capitalised words that are never part of a person's name.

Rules in the sibling modules read these sets; nothing here knows a name from any one article.
"""


def word_set(block: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block, for lists that read like prose."""
    return frozenset(block.split())


SPEECH_VERBS = word_set(
    """said says say told tells added adds noted stressed stresses emphasised emphasized
    emphasises emphasizes stated explained explains warned warns announced announces declared
    declares insisted insists argued argues asserted asserts commented remarked recalled recalls
    continued concluded concludes replied replies responded responds admitted admits acknowledged
    acknowledges confirmed confirms wrote writes observed observes pointed underlined underlines
    highlighted reiterated reiterates suggested claimed complained complains urged urges predicted
    predicts estimated believes believed promised vowed cautioned cautions described describes
    called assured assures revealed reveals recounted mentioned conceded concedes hailed hails
    welcomed welcomes quipped joked saying adding noting stressing telling explaining warning
    arguing insisting stating describing calling emphasising emphasizing recalling asked asks
    wondered"""
)


# Head words of a job title: a phrase holding one of these introduces a person.
TITLE_HEADS = word_set("""minister ministers president vice-president chairman chairwoman chairperson chair
    vice-chairman head chief executive ceo cfo coo cto director director-general manager
    ambassador envoy consul diplomat governor mayor akim hokim spokesman spokeswoman spokesperson
    secretary secretary-general adviser advisor aide counsellor counselor official officer
    commissioner senator lawmaker legislator deputy mp representative speaker chancellor premier
    leader king queen prince princess emir sheikh sultan monarch pope patriarch archbishop bishop
    general commander colonel major lieutenant admiral marshal judge prosecutor lawyer attorney
    professor rector dean researcher scientist analyst economist expert strategist founder
    co-founder owner partner shareholder coach captain player striker midfielder defender
    goalkeeper champion athlete wrestler boxer judoka skater driver rider editor correspondent
    journalist anchor columnist author writer artist actor actress singer director-general
    producer composer conductor curator architect engineer doctor surgeon physician nurse
    inspector administrator superintendent trustee treasurer controller auditor principal
    ombudsman mufti imam rabbi metropolitan spokesperson negotiator mediator observer delegate
    member chairman-elect president-elect candidate nominee pilot astronaut cosmonaut
    ceo-designate managing counterpart""")

# Words that may stand inside a title phrase without heading it.
TITLE_MODIFIERS = word_set("""deputy vice first second acting interim former outgoing incoming senior junior chief
    executive general managing commercial technical financial operating foreign prime state
    national regional local federal presidential parliamentary permanent special honorary
    energy economy economic finance financial trade industry transport defence defense interior
    justice health education culture agriculture digital development investment affairs
    environment ecology emergency emergencies labour labor social tourism sport sports youth
    information communications science innovation aviation civil public press relations board
    management network planning marketing sales operations strategy corporate head executive
    assistant associate lead principal grand supreme high co""")

HONORIFICS = word_set("mr mrs ms miss dr prof sir dame lord lady mx")

# Words that head an organisation's name ("Civil Aviation Committee", "State Oil Fund").
ORG_HEADS = word_set("""ministry ministries committee agency company companies corporation corp group holding
    holdings fund bank authority authorities service services office administration council
    commission organization organisation federation union association institute institution
    university academy college school parliament assembly senate court party railways railway
    airlines airline airways air exchange partnership alliance consortium foundation trust
    coalition bureau department directorate inspectorate chamber guard army navy police
    corps embassy consulate mission secretariat league club team cabinet government
    centre center hospital clinic museum theatre theater orchestra society network media
    news broadcasting television radio press telecom telecommunications energy oil gas
    petroleum mining metals motors industries industrial systems technologies technology
    logistics shipping port ports fleet studio studios enterprises ventures capital power
    solutions ratings partners consulting analytics advisors advisers complex combine works plant
    factory mill akimat akimats hokimiyat delegation confederation
    tribunal cooperative syndicate
    khural hural majlis majilis mazhilis kenesh duma rada knesset sejm bundestag riksdag storting
    gesellschaft stiftung institut agence société compagnie banco banca fundación fondation
    investments insurance securities""")

# Heads that make an org only at the end of a name of two or more words.
WEAK_ORG_HEADS = word_set("""energy oil gas petroleum mining metals motors media news technology technologies
    logistics shipping capital telecom network systems industries industrial investments
    insurance securities press air power""")

LEGAL_FORMS = word_set("""jsc llc llp ltd inc plc ag gmbh sa cjsc ojsc pjsc nv bv spa sarl corp co kg oy ab asa
    as se pte bhd pty nc""")

# Lower-case nouns after a proper name that make it a place: "the Kuryksay terminal".
PLACE_CUE_NOUNS = (
    "free economic zone",
    "special economic zone",
    "economic zone",
    "industrial zone",
    "industrial park",
    "terminal",
    "port",
    "seaport",
    "airport",
    "region",
    "province",
    "district",
    "oblast",
    "county",
    "village",
    "town",
    "city",
    "oilfield",
    "oil field",
    "gas field",
    "field",
    "deposit",
    "border crossing",
    "crossing",  # "the Gashuun crossing": a border post named by its place
    "coal field",
    "coalfield",
    "spit",
    "cape",
    "delta",
    "estuary",
    "lagoon",
    "glacier",
    "basin",
    "checkpoint",
    "settlement",
    "quarter",  # a town's old quarter: "the medieval Icherisheher quarter"
    "neighbourhood",
    "neighborhood",
    "valley",
    "gorge",
    "river",
    "lake",
    "mountains",
    "peninsula",
    "bay",
    "strait",
    "corridor",
    "area",
    "ski resort",
    "resort",
    "reservoir",
    "mountain pass",
    "pass",
    "canyon",
    "plateau",
    "desert",
    "steppe",
    "national park",
    "island",
    # landforms: "the Chatkal range", "the Sarykamysh lowland"
    "mountain range",
    "range",
    "ridge",
    "highlands",
    "lowland",
    "lowlands",
    "plain",
    "oasis",
    "wetlands",
    "marshes",
)

# Lower-case nouns before "of X" that make X a place: "the port of Aktau".
PLACE_OF_NOUNS = word_set(
    "port city town village region province district capital outskirts suburb island"
)

# Lower-case nouns after a name that make it a thing, not an organisation: "the BTC pipeline".
THING_NOUNS = word_set("""pipeline pipelines route routes corridor project projects programme program initiative
    terminal field deposit railway road highway bridge tunnel canal line cable plant refinery
    station reactor mine index rate summit forum format agreement treaty deal accord
    declaration strategy plan doctrine vaccine system missile aircraft jet""")

# Capitalised abbreviations that are not organisations.
NON_ORG_ACRONYMS = word_set("""GDP GNP CPI FDI IPO ETF CEO CFO COO CTO VAT TV IT AI LNG LPG CNG CO2 EV EVS UAV UAVS MW GW
    KW KWH MWH TWH KM KG USD EUR GBP RUB KZT AZN UZS GEL AMD CNY JPY TRY AM PM BC AD ID PR HR PC
    SMS GPS WTI OK US USA UK UAE EU-US PDF COVID SARS HIV AIDS MP MPS NGO NGOS OPEC+ Q1 Q2 Q3 Q4
    H1 H2 I II III IV V VI VII VIII IX X XI XII WWII WWI DNA RNA PHD BBC- ATM ATMS POS SIM PIN QR
    NFC USB LED SUV SUVS API CPU GPU""")

MONTHS = word_set("""January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""")
WEEKDAYS = word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# Capitalised words that begin sentences or name things, never people.
NON_NAME_WORDS = word_set("""Region Regions Province Provinces Oblast District
    The A An This That These Those It Its In On At For From By With To Of And But Or Nor Yet
    So As If When While After Before Since During Under Over About Between Among Through Into
    Asked According Meanwhile However Also Although Despite Following Last Next Earlier Later
    Today Yesterday Tomorrow Our Their His Her We They He She I You My Your There Here What Who
    Why How Where Which All Some Many Most Both Each Every Other Such No Not New Old Great Grand
    North South East West Northern Southern Eastern Western Central Middle Upper Lower Greater
    Games Cup Championship Championships Olympics Olympic Paralympic World Open Grand Slam Tour
    League Series Road Way Corridor Route Forum Summit Week Day Year Agreement Treaty Project
    Programme Program Initiative Zone Festival Award Awards Prize Expo Conference Congress
    Declaration Strategy Plan Act Law Code Constitution International National Global Federal
    State Republic Kingdom Union United Islamic Democratic People's Popular Royal Silk
    Belt Trans Caspian Pipeline Bridge Square Street Avenue Palace Hall Stadium Arena Tower
    Centre Center Airport Terminal Station Port Gulf Sea Ocean River Lake Mountains Valley
    Christmas Easter Ramadan Eid Nowruz Navruz Covid COVID Internet Web Google English Russian
    Azerbaijani Kazakh Turkish Georgian Armenian Uzbek Kyrgyz Tajik Turkmen Chinese Japanese
    Korean Iranian European Asian American British French German Italian Spanish Polish
    Ukrainian Belarusian Arab Indian Pakistani Afghan Mongolian Caucasian Soviet Western
    Eastern Euro Eurasian Ministry Minister President Deputy Vice Prime Chairman Ambassador
    Director Head Chief Executive Governor Mayor Secretary General Council Committee Agency
    Company Bank Fund Group Airlines Airways Air Railways Holding Corporation Service Office
    Golden Cosmodrome Plant Field Deposit Mine Dam Reservoir Canal Tunnel Highway Park Garden
    Museum Theatre Theater Cathedral Mosque Church Monastery Fortress Castle Island Bay Peninsula
    Desert Steppe Plateau Basin Reserve Boulevard Prospekt Hill Mountain Eagle Prix Formula One""")

# Words after which an adjective-shaped place name is used as a noun: "the Caspian is warming".
NOUN_USE_FOLLOWERS = word_set(
    "is was are were has had have will would could can may might must should remains remained itself"
)

NATIONALITY_ADJECTIVES = word_set("""Kazakh Kazakhstani Azerbaijani Azeri Russian Georgian Armenian Turkish Uzbek Kyrgyz Tajik
    Turkmen Chinese Japanese Korean Iranian Iraqi Syrian Israeli Palestinian Saudi Emirati Qatari
    Kuwaiti Egyptian Indian Pakistani Afghan Mongolian Ukrainian Belarusian Moldovan Polish Czech
    Slovak Hungarian Romanian Bulgarian Serbian Croatian Greek Italian Spanish Portuguese French
    German Austrian Swiss Dutch Belgian British English Scottish Irish Swedish Norwegian Danish
    Finnish Estonian Latvian Lithuanian American Canadian Mexican Brazilian Argentine Australian
    European Asian African Arab Soviet""")
