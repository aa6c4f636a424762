"""The desk in a real browser: a reporter writes and submits, an editor confirms a quote and
publishes, the public page serves the story; a reporter cannot publish."""

import re

import pytest
from django.urls import reverse

from articles.models import Article, AuditEntry, Quote
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct horse battery staple"


@pytest.fixture
def desk(live_server):
    """Two accounts (conftest restores the role groups a previous test may have flushed)."""
    return {
        "url": live_server.url,
        "reporter": factories.UserFactory(username="reporter", role="Reporter"),
        "editor": factories.UserFactory(username="editor", role="Editor"),
    }


def log_in(page, desk, username):
    page.goto(desk["url"] + reverse("admin:login"))
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert "/login/" not in page.url


def click_and_wait(page, selector):
    with page.expect_navigation():
        page.click(selector)


def test_reporter_writes_and_submits_then_editor_confirms_a_quote_and_publishes(new_page, desk):
    reporter_page = new_page()
    log_in(reporter_page, desk, "reporter")
    reporter_page.goto(desk["url"] + reverse("admin:articles_article_add"))
    reporter_page.fill("#id_headline", "Азербайджан и Казахстан расширят сотрудничество")
    reporter_page.fill("#id_lead", "Стороны обсудили транзит.")
    reporter_page.fill("#id_body", "Первый абзац.\n\nВторой абзац.")
    click_and_wait(reporter_page, "input[name=_continue]")
    article = Article.objects.get(headline="Азербайджан и Казахстан расширят сотрудничество")
    assert article.slug.startswith("azerbajdzhan")  # transliterated as the headline was typed
    assert article.status == Article.Status.DRAFT

    assert reporter_page.locator("button[name=_transition][value=publish]").count() == 0
    click_and_wait(reporter_page, "button[name=_transition][value=submit]")
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW

    speaker = factories.PersonFactory(name="Агалар Атамогланов")
    quote = factories.QuoteFactory(
        article=article, speaker=speaker, text="Мы расширим транзит", position=1, confidence=0.5
    )
    editor_page = new_page()
    log_in(editor_page, desk, "editor")
    editor_page.goto(desk["url"] + reverse("admin:articles_article_change", args=[article.pk]))
    assert editor_page.locator(".flag-review").count() == 1  # low confidence flagged
    editor_page.select_option("select[name=quotes-0-status]", "confirmed")
    editor_page.fill("#id_transition_note", "проверено")
    click_and_wait(editor_page, "button[name=_transition][value=publish]")

    article.refresh_from_db()
    quote.refresh_from_db()
    assert article.is_public and quote.status == Quote.Review.CONFIRMED
    assert AuditEntry.objects.filter(article=article, actor=desk["editor"], note="проверено")

    reader = new_page()
    response = reader.goto(desk["url"] + article.get_absolute_url())
    assert response.status == 200
    assert "Азербайджан и Казахстан расширят сотрудничество" in reader.content()
    assert "Мы расширим транзит" in reader.content()


def test_reporter_cannot_publish_even_by_forging_the_button(page, desk):
    article = factories.ArticleFactory(status=Article.Status.REVIEW, headline="Ещё не готово")
    log_in(page, desk, "reporter")
    page.goto(desk["url"] + reverse("admin:articles_article_change", args=[article.pk]))
    assert page.locator("button[name=_transition][value=publish]").count() == 0
    # Forge what the editor's button would send.
    page.evaluate(
        """() => {
            const button = document.createElement("button");
            button.type = "submit"; button.name = "_transition"; button.value = "publish";
            button.id = "forged";
            document.querySelector("#article_form").appendChild(button);
        }"""
    )
    click_and_wait(page, "#forged")
    assert page.locator(".errornote").count() == 1
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW

    response = page.request.post(
        desk["url"] + reverse("admin:articles_article_transition", args=[article.pk, "publish"]),
        form={"csrfmiddlewaretoken": csrf_token(page)},
    )
    assert response.status == 403
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW and not article.is_public


def csrf_token(page):
    cookie = next(c for c in page.context.cookies() if c["name"] == "csrftoken")
    return cookie["value"]


def test_share_link_preview_is_noindex_for_a_reviewer(new_page, desk):
    article = factories.ArticleFactory(headline="Проект заявления")
    editor_page = new_page()
    log_in(editor_page, desk, "editor")
    editor_page.goto(desk["url"] + reverse("admin:articles_article_change", args=[article.pk]))
    click_and_wait(editor_page, ".desk-share button[type=submit]:not(.inline-form button)")
    message = editor_page.locator(".messagelist").inner_text()
    url = re.search(r"http://\S+/preview/\S+/", message).group(0)
    reviewer = new_page()
    response = reviewer.goto(url)
    assert response.status == 200
    assert response.headers["x-robots-tag"].startswith("noindex")
    assert (
        reviewer.locator('meta[name="robots"]').first.get_attribute("content").startswith("noindex")
    )
    assert "Проект заявления" in reviewer.content()
