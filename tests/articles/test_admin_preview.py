"""Previews: the desk sees any story as readers will; reviewers open signed, revocable links."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import PreviewLink
from tests import factories


def test_staff_preview_of_a_draft_is_the_public_page_marked_noindex(client, reporter):
    article = factories.ArticleFactory(headline="Черновик о переговорах")
    factories.QuoteFactory(article=article, text="Переговоры идут успешно")
    client.force_login(reporter)
    response = client.get(reverse("admin:articles_article_preview", args=[article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Черновик о переговорах" in html and "Переговоры идут успешно" in html
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in html


def test_share_link_opens_for_a_reviewer_without_an_account(client, editor):
    article = factories.ArticleFactory(headline="На согласовании")
    client.force_login(editor)
    response = client.post(reverse("admin:articles_article_share", args=[article.pk]), follow=True)
    message = " ".join(str(m) for m in response.context["messages"])
    url = message[message.index("http://testserver") :].split()[0]
    client.logout()
    page = client.get(url.replace("http://testserver", ""))
    assert page.status_code == 200
    assert "На согласовании" in page.content.decode()
    assert page["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex' in page.content.decode()


def test_revoked_expired_and_forged_links_do_not_open(client, editor):
    article = factories.ArticleFactory()
    revoked, revoked_token = services.create_preview_link(article=article, by=editor)
    expired, expired_token = services.create_preview_link(article=article, by=editor)
    client.force_login(editor)
    client.post(reverse("admin:articles_article_revoke", args=[article.pk, revoked.pk]))
    PreviewLink.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    client.logout()
    for token in [revoked_token, expired_token, expired_token[:-3] + "abc"]:
        assert client.get(reverse("article_preview", args=[token])).status_code == 404


def test_preview_links_are_listed_with_state_and_can_be_revoked_in_bulk(client, editor):
    link, _token = services.create_preview_link(article=factories.ArticleFactory(), by=editor)
    client.force_login(editor)
    changelist = reverse("admin:articles_previewlink_changelist")
    assert client.get(changelist).status_code == 200
    client.post(changelist, {"action": "revoke_selected", "_selected_action": [link.pk]})
    link.refresh_from_db()
    assert link.revoked_at is not None
