"""Security headers on every response, and the admin's brute-force lockout."""

import pytest
from django.urls import reverse

PASSWORD = "correct horse battery staple"  # tests/factories.py UserFactory

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def assert_hardened(response):
    for header, value in SECURITY_HEADERS.items():
        assert response.headers.get(header) == value, header
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy


@pytest.mark.parametrize(
    "url",
    ["/healthz", "/admin/login/", "/no-such-page/", "/", "/api/v1/articles/", "/api/docs/"],
)
def test_every_response_carries_the_security_headers(client, db, url):
    assert_hardened(client.get(url))


def test_static_files_carry_the_security_headers(client, settings):
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True

    response = client.get("/static/admin/css/base.css")

    assert response.status_code == 200
    assert_hardened(response)


def test_staff_pages_carry_the_security_headers(client, superuser):
    client.force_login(superuser)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert_hardened(response)


def test_inline_code_runs_only_with_the_request_nonce(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse
    from django.template import engines

    template = engines["django"].from_string('<script nonce="{{ request.csp_nonce }}"></script>')

    def view(request):
        return HttpResponse(template.render({}, request))

    response = CSPMiddleware(view)(rf.get("/"))

    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def login(client, password):
    return client.post(
        reverse("admin:login"), {"username": "chief", "password": password, "next": "/admin/"}
    )


def test_admin_login_locks_out_after_repeated_wrong_passwords(client, superuser, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong").status_code == 200  # the form again, with an error
    assert login(client, "wrong").status_code == 429

    response = login(client, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_right_password_logs_in_and_forgets_earlier_failures(client, superuser, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "wrong")

    assert login(client, PASSWORD).status_code == 302
    client.logout()
    assert login(client, "wrong").status_code == 200
    assert login(client, PASSWORD).status_code == 302


def test_test_client_login_still_works_with_axes_on(client, superuser):
    assert client.login(username="chief", password=PASSWORD)
