"""Two editors on one story in two browsers: the second save is refused and nothing is lost."""

import pytest
from django.urls import reverse

from articles.models import Article, EditLock
from tests import factories
from tests.browser.test_desk_workflow import click_and_wait, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def desk(live_server):
    factories.UserFactory(username="aysel", role="Editor")
    factories.UserFactory(username="rauf", role="Editor")
    return {"url": live_server.url}


def test_second_save_is_refused_and_the_second_editors_text_is_kept(new_page, desk):
    article = factories.ArticleFactory(headline="Исходный заголовок", body="Исходный текст.")
    url = desk["url"] + reverse("admin:articles_article_change", args=[article.pk])
    first, second = new_page(), new_page()
    log_in(first, desk, "aysel")
    log_in(second, desk, "rauf")
    first.goto(url)
    second.goto(url)
    assert "aysel" in second.locator(".desk-lock").inner_text()  # who is editing, since when

    first.fill("#id_headline", "Заголовок Айсель")
    click_and_wait(first, "input[name=_continue]")
    second.fill("#id_body", "Текст Рауфа, который нельзя потерять.")
    click_and_wait(second, "input[name=_continue]")

    assert second.locator(".errornote").count() == 1
    conflict = second.locator(".desk-conflict")
    assert (
        "Айсель" in conflict.inner_text() and "aysel" in second.locator(".errorlist").inner_text()
    )
    assert second.input_value("#id_body") == "Текст Рауфа, который нельзя потерять."
    article.refresh_from_db()
    assert article.headline == "Заголовок Айсель" and article.body == "Исходный текст."

    # Having read the other changes, Rauf keeps Aysel's headline and saves his text.
    second.fill("#id_headline", "Заголовок Айсель")
    click_and_wait(second, "input[name=_continue]")
    assert second.locator(".errornote").count() == 0
    article.refresh_from_db()
    assert article.headline == "Заголовок Айсель"
    assert article.body == "Текст Рауфа, который нельзя потерять."
    assert article.version == 3
    assert Article.history.filter(id=article.pk).count() == 3


def test_without_javascript_a_hidden_frame_keeps_the_lock(new_page, desk):
    article = factories.ArticleFactory()
    page = new_page(java_script_enabled=False)
    log_in(page, desk, "aysel")
    lock_url = reverse("admin:articles_article_lock", args=[article.pk])
    with page.expect_response(lambda response: lock_url in response.url) as framed:
        page.goto(desk["url"] + reverse("admin:articles_article_change", args=[article.pk]))
    assert framed.value.status == 200
    frame = next(f for f in page.frames if lock_url in f.url)
    assert frame.locator('meta[http-equiv="refresh"]').count() == 1
    assert EditLock.objects.get(article=article).user.username == "aysel"
