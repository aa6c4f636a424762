"""OpenAPI 3: valid without a warning, served with its docs from our own static files."""

import re

from django.core.management import call_command


def test_spectacular_validates_without_warnings(tmp_path):
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml")
    )

    text = (tmp_path / "schema.yaml").read_text()
    for parameter in ["topic", "person", "published_after", "cursor", "page_size", "If-Match"]:
        assert f"name: {parameter}" in text
    for status in ["'304'", "'400'", "'401'", "'403'", "'404'", "'412'", "'428'", "'429'"]:
        assert status in text


def test_schema_is_served_as_json(client, db):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    schema = response.json()
    assert "/api/v1/articles/{id}/transition/" in schema["paths"]
    assert schema["components"]["securitySchemes"]["apiToken"]["name"] == "Authorization"


def test_swagger_ui_and_redoc_load_nothing_from_other_sites(client, db):
    for url in ["/api/docs/", "/api/redoc/"]:
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "drf_spectacular_sidecar" in html
        assert not re.search(r"(src|href)=\"https?://", html), url
