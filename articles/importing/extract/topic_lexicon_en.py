"""stub"""

TOPIC_KEYWORDS_EN = {}
