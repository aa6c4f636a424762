"""Every public page type is valid HTML for the W3C Nu checker, and the stylesheet valid CSS."""

import pytest
from django.template.loader import render_to_string

from tests.articles.site_data import build_site, page_urls
from tests.judges.nu import ROOT, check_files, errors

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_every_page_type_has_no_nu_errors(client, tmp_path):
    site = build_site()
    files = {}
    for name, url in page_urls(site).items():
        response = client.get(url)
        assert response.status_code in (200, 404), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files[path.as_uri()] = name
    server_error = tmp_path / "server-error.html"
    server_error.write_text(
        render_to_string("500.html")
    )  # rendered with no context, as Django does
    files[server_error.as_uri()] = "server-error"
    messages = check_files(sorted(tmp_path.glob("*.html")))
    found = [
        f"{files.get(m.get('url'), m.get('url'))}:{m.get('lastLine')}: {m['message']}"
        for m in errors(messages)
    ]
    assert found == []


def test_stylesheet_is_valid_css():
    assert errors(check_files([ROOT / "static" / "css" / "site.css"], css=True)) == []
