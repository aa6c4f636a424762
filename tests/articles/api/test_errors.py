"""Every error is `{"errors": [{"parameter", "message", "code"}]}`; none is a 500."""

from django.db import DataError
from rest_framework.exceptions import ValidationError

from articles.api.exceptions import api_exception_handler


def test_nested_field_errors_are_named_by_their_path():
    error = ValidationError({"at": ["Bad time."], "topics": [{"qcode": ["Unknown."]}]})

    response = api_exception_handler(error, {})

    assert response.status_code == 400
    assert response.data["errors"] == [
        {"parameter": "at", "message": "Bad time.", "code": "invalid"},
        {"parameter": "topics[0].qcode", "message": "Unknown.", "code": "invalid"},
    ]


def test_a_value_the_database_refuses_is_a_400():
    response = api_exception_handler(DataError("integer out of range"), {})

    assert response.status_code == 400
    assert response.data["errors"][0]["parameter"] is None


def test_errors_for_the_whole_request_name_no_parameter(api, db):
    response = api.get("/api/v1/articles/1/")

    assert response.status_code == 404
    [error] = response.json()["errors"]
    assert error["parameter"] is None
    assert error["code"] == "not_found"
    assert error["message"]


def test_messages_follow_accept_language(api, db):
    english = api.get("/api/v1/articles/abc/", HTTP_ACCEPT_LANGUAGE="en")
    russian = api.get("/api/v1/articles/abc/")

    assert english.json()["errors"][0]["message"] == "Not found."
    assert english["Content-Language"] == "en"
    assert "найден" in russian.json()["errors"][0]["message"]
    assert russian["Content-Language"] == "ru"
