"""Two editors on one story: a stale save is refused, shows the other changes, loses nothing."""

import datetime as dt

from django.utils import timezone

from articles.models import EditLock
from tests import factories
from tests.articles.desk import change_url, form_data


def test_second_save_on_a_stale_version_is_refused_and_keeps_the_input(client, editor, superuser):
    article = factories.ArticleFactory(headline="Исходный заголовок", body="Исходный текст.")
    client.force_login(editor)
    mine = form_data(client.get(change_url(article)), body="Мой вариант текста.")

    other = client.__class__()
    other.force_login(superuser)
    theirs = form_data(other.get(change_url(article)), headline="Их заголовок")
    assert other.post(change_url(article), theirs).status_code == 302

    response = client.post(change_url(article), mine)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors and "__all__" in form.errors
    html = response.content.decode()
    assert "Мой вариант текста." in html  # nothing lost: the input is still in the form
    conflict = html.split('class="desk-conflict"')[1].split("</section>")[0]
    assert "<del" in conflict and "Исходный" in conflict  # their change, as a diff
    assert "<ins" in conflict and "Их" in conflict
    assert "chief" in html
    article.refresh_from_db()
    assert article.headline == "Их заголовок" and article.body == "Исходный текст."


def test_after_reading_the_conflict_a_second_save_keeps_the_editors_text(client, editor, superuser):
    article = factories.ArticleFactory()
    client.force_login(editor)
    mine = form_data(client.get(change_url(article)), body="Мой текст.")
    other = client.__class__()
    other.force_login(superuser)
    other.post(change_url(article), form_data(other.get(change_url(article)), lead="Их лид"))
    refused = client.post(change_url(article), mine)
    again = form_data(refused)
    assert client.post(change_url(article), again).status_code == 302
    article.refresh_from_db()
    assert article.body == "Мой текст."


def test_another_editor_sees_who_is_editing_since_when(client, editor, superuser):
    article = factories.ArticleFactory()
    first = client.__class__()
    first.force_login(superuser)
    first.get(change_url(article))
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    lock = EditLock.objects.get(article=article)
    since = timezone.localtime(lock.since).strftime("%H:%M")
    assert "chief" in html and since in html


def test_the_lock_expires_by_itself(client, editor, superuser):
    article = factories.ArticleFactory()
    first = client.__class__()
    first.force_login(superuser)
    first.get(change_url(article))
    EditLock.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    client.force_login(editor)
    response = client.get(change_url(article))
    assert response.context["locked_by_other"] is False
    assert EditLock.objects.get(article=article).user == editor


def test_the_lock_is_refreshed_by_heartbeat_and_by_the_no_js_frame(client, editor):
    from django.urls import reverse

    article = factories.ArticleFactory()
    client.force_login(editor)
    client.get(change_url(article))
    EditLock.objects.update(expires_at=timezone.now() + dt.timedelta(minutes=1))
    url = reverse("admin:articles_article_lock", args=[article.pk])
    state = client.post(url).json()
    assert state["mine"] is True
    assert EditLock.objects.get().expires_at > timezone.now() + dt.timedelta(minutes=10)
    frame = client.get(url)
    assert 'http-equiv="refresh"' in frame.content.decode()
    assert frame["X-Frame-Options"] == "SAMEORIGIN"
    directives = dict(
        part.strip().split(" ", 1) for part in frame["Content-Security-Policy"].split(";")
    )
    assert directives["frame-ancestors"] == "'self'"


def test_saving_and_leaving_releases_the_lock(client, editor):
    article = factories.ArticleFactory()
    client.force_login(editor)
    page = client.get(change_url(article))
    assert EditLock.objects.filter(article=article).exists()
    client.post(change_url(article), form_data(page, _save="1"))
    assert not EditLock.objects.filter(article=article).exists()
