"""Fixtures the page tests share."""

import pytest


@pytest.fixture(params=["rare", "common"])
def person_reading(request, monkeypatch):
    """Both ways to read a person's lists: their own rows sorted, or the newest stories walked."""
    rows = 0 if request.param == "common" else 10**9
    monkeypatch.setattr("articles.querysets.FREQUENT_ROWS", rows)
    return request.param
