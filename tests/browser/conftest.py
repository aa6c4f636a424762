"""Browser tests: Playwright's sync API driving Debian's Chromium (never a downloaded browser).

Generic fixtures for every browser test: `browser` (one Chromium per module) and `page` (a fresh
context per test: its own cookies, Russian locale, the newsroom's time zone).
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def migration_data(request):
    """Rows that migrations load (IPTC topics, the role groups) are flushed with everything else
    after each transactional test; browser tests all are, so each gets them back first."""
    if not {"live_server", "transactional_db"} & set(request.fixturenames):
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps
    from django.contrib.auth.models import Group

    from articles.models import Topic
    from articles.roles import ROLES, sync_role_groups
    from articles.vocabulary import sync_topics

    if Group.objects.filter(name__in=ROLES).count() < len(ROLES):
        sync_role_groups(apps)
    if not Topic.objects.exists():
        sync_topics(Topic)


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module. Playwright's sync API keeps an event loop running in this
    thread while it is open, and Django refuses ORM calls under a running loop unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set; it is set only that long, so it never leaks into other
    tests (or the subprocesses they start, such as `check --deploy`)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(
            "Debian's Chromium is missing: run `make system-deps` (apt-get install chromium)"
        )
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def new_page(browser):
    """A factory of pages, each in its own context (a separate person at a separate computer)."""
    contexts = []

    def make(**options):
        context = browser.new_context(locale="ru-RU", timezone_id="Asia/Baku", **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()
