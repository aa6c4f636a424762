"""English words of every child of economic trends and indicators (growth, GDP, inflation's
siblings, debt, output, recession), which had little more than their IPTC names: the figures a
statistics office or a finance ministry reports. Reviewed against the IPTC definitions
(articles/data/mediatopics.csv). topics.py merges this table with the other English ones; words
lower case, as simple_lemma leaves them."""

# fmt: off
TOPIC_KEYWORDS_INDICATORS = {
    # economic trends and indicators
    "medtop:20000346": ["macroeconomic", "statistics agency", "statistics committee", "statistics office", "national statistics", "economic indicator"],
    # consumer confidence
    "medtop:20000352": ["consumer sentiment", "confidence index"],
    # deflation
    "medtop:20000356": ["deflationary", "falling prices"],
    # economic growth
    "medtop:20000357": ["growth rate", "gdp growth", "economy grew", "economy expanded", "growth forecast", "economic expansion"],
    # employment statistics
    "medtop:20000365": ["unemployment rate", "jobless rate", "employment rate", "payrolls"],
    # government debt
    "medtop:20000368": ["public debt", "national debt", "sovereign debt", "external debt", "debt-to-gdp", "state borrowing"],
    # gross domestic product
    "medtop:20000359": ["gdp", "per capita", "economic output"],
    # industrial production
    "medtop:20000360": ["industrial output", "factory output", "manufacturing output"],
    # inventories
    "medtop:20000361": ["inventories", "stockpile"],
    # productivity
    "medtop:20000362": ["labour productivity", "labor productivity", "productivity"],
    # recession
    "medtop:20000383": ["recession", "economic contraction", "downturn", "stagnation", "slump"],
}
# fmt: on
