"""The API answers in the caller's Accept-Language: Russian by default, English on request.

/api/ is outside i18n_patterns, so LocaleMiddleware alone would answer every unprefixed address
in LANGUAGE_CODE; the API activates the caller's language itself (docs/api.md, "Language").
"""

import pytest
from django.test import override_settings
from django.utils import translation
from rest_framework.exceptions import NotFound

pytestmark = pytest.mark.django_db

BAD_DATE = "/api/v1/articles/?published_after=yesterday"


def only_error(response):
    [error] = response.json()["errors"]
    return error


def test_a_bad_filter_parameter_is_explained_in_russian_by_default(api):
    response = api.get(BAD_DATE)

    assert response.status_code == 400
    assert only_error(response) == {
        "parameter": "published_after",
        "message": "Дата или дата и время в формате ISO 8601, "
        "например 2025-05-01 или 2025-05-01T09:00:00+04:00.",
        "code": "invalid",
    }
    assert response["Content-Language"] == "ru"


def test_a_bad_filter_parameter_is_explained_in_english_on_request(api):
    response = api.get(BAD_DATE, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert only_error(response) == {
        "parameter": "published_after",
        "message": "An ISO 8601 date or date-time, e.g. 2025-05-01 or 2025-05-01T09:00:00+04:00.",
        "code": "invalid",
    }
    assert response["Content-Language"] == "en"


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,en;q=0.5", "en"),  # the first language we have, by the caller's weights
        ("ru-RU", "ru"),
        ("de, fr", "ru"),  # none we have: the newsroom's own language
        ("", "ru"),
    ],
)
def test_the_language_is_the_callers_first_one_we_have(api, accept_language, expected):
    response = api.get(BAD_DATE, HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response["Content-Language"] == expected


def test_answers_vary_on_accept_language_for_caches(api, story):
    response = api.get("/api/v1/articles/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert "Accept-Language" in response["Vary"]


def test_our_messages_with_values_are_translated(api):
    russian = only_error(api.get("/api/v1/articles/?topic=medtop:99999999"))
    english = only_error(
        api.get("/api/v1/articles/?topic=medtop:99999999", HTTP_ACCEPT_LANGUAGE="en")
    )

    assert russian["message"] == "Темы IPTC Media Topic medtop:99999999 нет."
    assert english["message"] == "There is no IPTC Media Topic medtop:99999999."
    assert russian["code"] == english["code"] == "unknown"


def test_an_unknown_api_address_follows_accept_language(api):
    russian = api.get("/api/nowhere/")
    english = api.get("/api/nowhere/", HTTP_ACCEPT_LANGUAGE="en")

    assert russian.status_code == english.status_code == 404
    assert only_error(russian)["message"] == "В API нет такого адреса."
    assert only_error(english)["message"] == "There is no such address in the API."


def test_authentication_messages_are_translated(api):
    api.credentials(HTTP_AUTHORIZATION="Token not-a-key")

    russian = only_error(api.get("/api/v1/articles/"))
    english = only_error(api.get("/api/v1/articles/", HTTP_ACCEPT_LANGUAGE="en"))

    assert russian["message"] == "Токен недействителен или отозван."
    assert english["message"] == "The token is not valid or was revoked."


def test_write_validation_messages_are_translated(editor_api, story):
    body = {"headline": "Другой материал", "slug": story.slug, "language": "ru"}

    russian = only_error(editor_api.post("/api/v1/articles/", body, format="json"))
    english = only_error(
        editor_api.post("/api/v1/articles/", body, format="json", HTTP_ACCEPT_LANGUAGE="en")
    )

    assert russian == {
        "parameter": "slug",
        "message": "Этот адрес (slug) уже занят другим материалом.",
        "code": "invalid",
    }
    assert english["message"] == "Another article has this slug."


def test_drf_messages_come_from_drf_catalogue(api):
    russian = only_error(api.get("/api/v1/articles/999/"))
    english = only_error(api.get("/api/v1/articles/999/", HTTP_ACCEPT_LANGUAGE="en"))

    with translation.override("ru"):
        assert russian["message"] == str(NotFound.default_detail) != "Not found."
    # Never Django's own "No Article matches the given query.": untranslated, and names a model.
    assert english["message"] == "Not found."


def test_throttling_is_explained_in_the_callers_language(api, settings):
    rates = {"anon": "1/min", "token": "1/min"}
    with override_settings(
        REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    ):
        api.get("/api/v1/topics/?level=1")
        russian = only_error(api.get("/api/v1/topics/?level=2"))
        english = only_error(api.get("/api/v1/topics/?level=3", HTTP_ACCEPT_LANGUAGE="en"))

    assert russian["code"] == english["code"] == "throttled"
    assert russian["message"].startswith("Запрос был проигнорирован")  # DRF's catalogue
    assert english["message"].startswith("Request was throttled.")


def test_the_site_pages_keep_their_language_in_the_address(client, story):
    """The contrast: a page's language is its address (/ or /en/), whatever the browser asks."""
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")

    assert response["Content-Language"] == "ru"
