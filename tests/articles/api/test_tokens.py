"""API tokens: shown once, stored hashed, per user, revocable."""

import hashlib

import pytest
from django.core.management import CommandError, call_command

from articles.api.tokens import create_token, revoke_token
from articles.models import ApiToken
from tests import factories


def test_only_the_hash_is_stored(editor):
    token, raw_key = create_token(user=editor, name="script")

    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == hashlib.sha256(raw_key.encode()).hexdigest()
    assert raw_key not in {stored.key_hash, stored.prefix, stored.name}
    assert stored.prefix == raw_key[:8]


def test_a_token_acts_as_its_user_and_records_its_use(api, editor, draft):
    token, raw_key = create_token(user=editor, name="script")

    response = api.get(f"/api/v1/articles/{draft.pk}/", HTTP_AUTHORIZATION=f"Token {raw_key}")

    assert response.status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("header", ["Token", "Token a b", "Token nonsense", "Token \u00e9"])
def test_bad_tokens_are_401(api, db, header):
    response = api.get("/api/v1/articles/", HTTP_AUTHORIZATION=header)

    assert response.status_code == 401
    assert response.json()["errors"][0]["message"]


def test_a_revoked_token_stops_working(api, editor):
    token, raw_key = create_token(user=editor, name="script")
    revoke_token(token)

    assert api.get("/api/v1/articles/", HTTP_AUTHORIZATION=f"Token {raw_key}").status_code == 401


def test_an_inactive_users_token_stops_working(api, editor):
    _token, raw_key = create_token(user=editor, name="script")
    editor.is_active = False
    editor.save()

    assert api.get("/api/v1/articles/", HTTP_AUTHORIZATION=f"Token {raw_key}").status_code == 401


@pytest.mark.parametrize("header", ["Basic Zm9vOmJhcg==", "Bearer abc", "nonsense"])
def test_other_authorization_schemes_are_refused_not_ignored(api, story, header):
    response = api.get("/api/v1/articles/", HTTP_AUTHORIZATION=header)

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_command_prints_a_working_key_once(api, editor, draft, capsys):
    call_command("create_api_token", "editor", "--name", "partner feed")

    lines = capsys.readouterr().out.splitlines()
    raw_key = lines[1]
    assert ApiToken.objects.get().name == "partner feed"
    response = api.get(f"/api/v1/articles/{draft.pk}/", HTTP_AUTHORIZATION=f"Token {raw_key}")
    assert response.status_code == 200


def test_command_refuses_unknown_and_inactive_users(db):
    with pytest.raises(CommandError):
        call_command("create_api_token", "ghost", "--name", "x")
    factories.UserFactory(username="gone", is_active=False)
    with pytest.raises(CommandError):
        call_command("create_api_token", "gone", "--name", "x")
