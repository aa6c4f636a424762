"""English words of every child of two branches whose codes had little more than their IPTC names:
the crimes (the charge a court or police story names: arson, theft, kidnapping, terrorism …) and
education (teachers, curricula, entrance and final examinations, distance learning, pre-school
and primary school). Reviewed against the IPTC definitions (articles/data/mediatopics.csv).
topics.py merges this table with the other English ones; words lower case, as simple_lemma
leaves them."""

# fmt: off
TOPIC_KEYWORDS_CRIME_EDUCATION = {
    # arson
    "medtop:20000083": ["arson", "arsonist", "set fire", "set on fire", "torched"],
    # assault
    "medtop:20000084": ["assault", "assaulted", "beating", "brawl", "bodily harm"],
    # cyber crime
    "medtop:20000086": ["hacked", "malware", "cyber fraud", "data breach"],
    # drug related crimes
    "medtop:20000095": ["drug smuggling", "drug dealer", "drug trafficker", "hashish", "methamphetamine", "narcotics"],
    # homicide
    "medtop:20000099": ["murderer", "manslaughter", "stabbed to death"],
    # human smuggling and trafficking
    "medtop:20001283": ["people smuggling", "trafficked", "forced labour", "sexual exploitation"],
    # kidnapping
    "medtop:20000100": ["kidnapped", "kidnapper", "abduction", "abducted", "ransom", "hostage"],
    # organised crime
    "medtop:20000101": ["organized crime", "gang", "gangster", "mafia", "criminal group", "crime syndicate", "criminal network"],
    # robbery and theft
    "medtop:20000104": ["robbery", "theft", "stolen", "thief", "burglary", "burglar", "looting", "robbed", "shoplifting"],
    # shootings
    "medtop:20001313": ["gunman", "gunfire", "opened fire", "open fire", "shooter"],
    # terrorism
    "medtop:20000103": ["terrorist", "terror attack", "suicide bomber", "counter-terrorism", "militant attack"],
    # vandalism
    "medtop:20001285": ["vandal", "vandalised", "vandalized", "graffiti", "defaced", "desecrated"],
    # tax evasion
    "medtop:20001195": ["evading tax", "evaded tax", "tax fraud", "unpaid tax"],
    # reckless driving
    "medtop:20001196": ["drink-driving", "drunk driving", "drunk driver", "speeding", "dangerous driving"],
    # teachers
    "medtop:20000416": ["teacher", "lecturer", "educator", "teaching staff", "headteacher"],
    # curriculum
    "medtop:20000412": ["curriculum", "syllabus", "textbook", "school subject", "educational standard"],
    # entrance examination
    "medtop:20000414": ["entrance exam", "entrance test", "university admission", "admission exam"],
    # educational testing and examinations
    "medtop:20000413": ["exam", "examination", "final exam", "standardised test", "standardized test", "test score"],
    # online and remote learning
    "medtop:20001337": ["online learning", "distance learning", "remote learning", "e-learning", "online class"],
    # early childhood education
    "medtop:20000409": ["kindergarten", "preschool", "pre-school", "nursery school"],
    # primary education
    "medtop:20000401": ["primary school", "elementary school", "first-grader"],
    # parents group
    "medtop:20000398": ["parents' association", "parent-teacher association", "pta"],
}
# fmt: on
