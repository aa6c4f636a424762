"""English words of the child codes of branches whose parent alone had words: the music branch
(concerts and performances, instruments), development aid and the wording of diplomacy, and the
education and technology children a training story is filed under (vocational training, computer
science). Reviewed against the IPTC definitions (articles/data/mediatopics.csv). topics.py merges
this table with the other English ones; words lower case, as simple_lemma leaves them."""

# fmt: off
TOPIC_KEYWORDS_CHILDREN = {
    # musical performance: musicians performing for an audience
    "medtop:20000020": [
        "concert", "gig", "recital", "orchestra", "ensemble", "performer", "line-up", "lineup",
        "soloist", "conductor", "choir", "on stage", "open-air stage", "concert hall", "live music",
        "world tour", "concert tour",
    ],
    # musical instrument: objects used to play music on
    "medtop:20000019": [
        "musical instrument", "violin", "violinist", "piano", "pianist", "guitar", "guitarist",
        "flute", "cello", "saxophone", "accordion", "dutar", "oud",
    ],
    # foreign aid: help given by one country or body to another
    "medtop:20000643": [
        "development agency", "development assistance", "development aid", "international development",
        "development partner", "development programme", "development program", "donor country",
        "official development", "cooperation agency", "concessional loan", "soft loan", "undp",
        "usaid", "humanitarian",
    ],
    # diplomacy: the ministers and the meetings
    "medtop:20000639": [
        "foreign affairs", "minister for foreign affairs", "ministry of foreign affairs",
        "visited", "visiting", "talks",
    ],
    # vocational education: practical training for an occupation
    "medtop:20001216": [
        "training course", "training programme", "training centre", "upskilling", "reskilling",
        "bootcamp", "internship", "train specialists", "professional training",
    ],
    # information technology and computer science: the study and design of computer systems
    "medtop:20000763": [
        "computer science", "data science", "data scientist", "data analysis", "data analytics",
        "informatics", "software engineering",
    ],
}
# fmt: on
