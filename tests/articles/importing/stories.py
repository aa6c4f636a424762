"""A wire story as `parse` gives it, for the extraction tests' sentences of our own."""

import datetime as dt

from articles.importing.parse import Seed


def story(*paragraphs: str, headline: str, date: dt.date = dt.date(2025, 5, 1)) -> Seed:
    return Seed(source_file="t.txt", date=date, headline=headline, paragraphs=list(paragraphs))
