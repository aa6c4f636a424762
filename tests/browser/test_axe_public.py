"""Accessibility of every public page type: axe-core finds no WCAG 2.1 A/AA violation, in
Debian's Chromium, on a phone and on a desktop, and the pages work with JavaScript off."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from articles.models import Topic
from articles.vocabulary import MEDIATOPICS_CSV, sync_topics
from tests.articles.site_data import build_site, page_urls

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
VIEWPORTS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def site():
    # A transactional test before this one flushed the IPTC topics that migration 0002 loads.
    if not Topic.objects.exists():
        sync_topics(Topic, MEDIATOPICS_CSV)
    return build_site()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_wcag_violations_on_any_page_type(live_server, site, page, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    axe = Axe()
    found = {}
    for name, url in page_urls(site).items():
        page.goto(live_server.url + url)
        results = axe.run(page, options=WCAG_21_AA)
        assert any(rule["id"] == "color-contrast" for rule in results.response["passes"]), name
        if results.violations_count:
            found[name] = results.generate_report()
    assert found == {}


def test_skip_link_is_first_and_moves_focus_to_the_content(live_server, site, page):
    page.goto(live_server.url + site.ru.get_absolute_url())
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#content"


def test_focus_is_visible(live_server, site, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


def test_search_works_without_javascript(live_server, site, browser):
    context = browser.new_context(java_script_enabled=False, locale="ru-RU")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/")
        page.fill("#site-search", "посол")
        page.press("#site-search", "Enter")
        page.wait_for_url("**/search/?q=*")
        assert site.ru.headline in page.content()
    finally:
        context.close()
