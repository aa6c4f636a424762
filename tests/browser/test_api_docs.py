"""The API's Swagger UI and Redoc render in a real browser under the site's CSP, from our own
static files: nothing is loaded from another host."""

from urllib.parse import urlparse

import pytest


@pytest.mark.parametrize(
    ("path", "landmark"), [("/api/docs/", "articles"), ("/api/redoc/", "List articles")]
)
def test_api_docs_render_from_our_own_files(live_server, page, path, landmark):
    errors, hosts = [], set()
    page.on("pageerror", lambda error: errors.append(str(error)))
    # Redoc's footer asks for its logo on a CDN; the CSP blocks it, so no response ever comes.
    page.on("response", lambda response: hosts.add(urlparse(response.url).netloc))

    page.goto(live_server.url + path)
    page.get_by_role("heading", name=landmark).first.wait_for()

    assert "Something went wrong" not in page.inner_text("body")
    assert errors == []
    assert hosts - {""} == {urlparse(live_server.url).netloc}  # "": inline data: images
