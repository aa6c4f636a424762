"""Import from the desk: the command's pipeline, messages and summary line, for uploads."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, AuditEntry
from tests.conftest import SEED_FILE

IMPORT = "admin:articles_article_import"


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="text/plain")


def test_upload_reports_each_file_and_the_summary_line(client, reporter):
    client.force_login(reporter)
    response = client.post(
        reverse(IMPORT),
        {
            "files": [
                upload(SEED_FILE.name, SEED_FILE.read_bytes()),
                upload("broken.txt", b"\xff\xfe not a wire file"),
            ]
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{SEED_FILE.name}: created" in html
    assert "FAILED broken.txt:" in html
    assert "1 created, 0 updated, 0 skipped, 1 failed" in html
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert AuditEntry.objects.get(action="import").actor == reporter


def test_reimport_is_skipped_with_the_commands_message(client, reporter):
    client.force_login(reporter)
    for _ in range(2):
        response = client.post(
            reverse(IMPORT), {"files": [upload(SEED_FILE.name, SEED_FILE.read_bytes())]}
        )
    assert "skipped — already imported, unchanged" in response.content.decode()
    assert Article.objects.count() == 1


def test_dry_run_writes_nothing(client, reporter):
    client.force_login(reporter)
    response = client.post(
        reverse(IMPORT),
        {"files": [upload(SEED_FILE.name, SEED_FILE.read_bytes())], "dry_run": "on"},
    )
    assert "Dry run: 1 created" in response.content.decode()
    assert not Article.objects.exists()


def test_reporters_cannot_publish_on_import(client, reporter):
    client.force_login(reporter)
    response = client.post(
        reverse(IMPORT),
        {"files": [upload(SEED_FILE.name, SEED_FILE.read_bytes())], "publish": "on"},
    )
    assert response.context["form"].errors["publish"]
    assert not Article.objects.exists()


@pytest.mark.parametrize("user", ["anonymous", "no_role"])
def test_import_needs_the_right_to_add_articles(client, db, user):
    from tests import factories

    if user == "no_role":
        client.force_login(factories.UserFactory(username="intern"))
    response = client.get(reverse(IMPORT))
    assert response.status_code in (302, 403)
