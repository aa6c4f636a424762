"""Workflow on the desk: buttons, actions, bulk actions and URLs, each only for the right role."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, AuditEntry
from tests import factories
from tests.articles.desk import change_url, form_data

Status = Article.Status
CHANGELIST = "admin:articles_article_changelist"


def post_form(client, article, **changes):
    page = client.get(change_url(article))
    return client.post(change_url(article), form_data(page, **changes))


# --- a reporter cannot publish by any route ----------------------------------------------


def test_reporter_cannot_publish_through_the_status_field(client, reporter):
    article = factories.ArticleFactory()
    client.force_login(reporter)
    response = post_form(client, article, status="published", published_at="2020-01-01T00:00")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT and article.published_at is None


def test_reporter_cannot_publish_with_the_publish_button(client, reporter):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(reporter)
    response = post_form(client, article, _transition="publish")
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors().as_data()
    assert [error.code for error in errors] == ["transition"]
    assert "Вам нельзя выполнить «Опубликовать»" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert not AuditEntry.objects.filter(to_status=Status.PUBLISHED).exists()


def test_reporter_cannot_schedule_with_the_schedule_button(client, reporter):
    article = factories.ArticleFactory()
    client.force_login(reporter)
    later = (timezone.localtime() + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    post_form(client, article, _transition="schedule", publish_at=later)
    article.refresh_from_db()
    assert article.status == Status.DRAFT and article.published_at is None


def test_reporter_does_not_see_the_publish_button(client, reporter):
    article = factories.ArticleFactory()
    client.force_login(reporter)
    page = client.get(change_url(article)).content.decode()
    assert 'value="submit"' in page
    assert 'value="publish"' not in page and 'value="schedule"' not in page


def test_reporter_cannot_publish_through_the_bulk_action(client, reporter):
    articles = factories.ArticleFactory.create_batch(2, status=Status.REVIEW)
    client.force_login(reporter)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "publish_selected", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )
    assert response.status_code == 200
    assert not Article.objects.filter(status=Status.PUBLISHED).exists()


def test_reporter_is_not_offered_the_publish_action(client, reporter):
    factories.ArticleFactory()
    client.force_login(reporter)
    response = client.get(reverse(CHANGELIST))
    actions = [value for value, _label in response.context["action_form"].fields["action"].choices]
    assert "submit_selected" in actions
    assert "publish_selected" not in actions and "withdraw_selected" not in actions


def test_reporter_cannot_publish_by_posting_to_the_transition_url(client, reporter):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(reporter)
    url = reverse("admin:articles_article_transition", args=[article.pk, "publish"])
    assert client.post(url, {"note": "sneaky"}).status_code == 403
    assert client.get(url).status_code == 403
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_reporter_cannot_withdraw_or_edit_a_published_story(client, reporter):
    article = factories.ArticleFactory(published=True)
    client.force_login(reporter)
    url = reverse("admin:articles_article_transition", args=[article.pk, "withdraw"])
    assert client.post(url).status_code == 403
    response = client.post(change_url(article), {"headline": "Changed"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.headline != "Changed"


def test_reporter_cannot_add_a_published_story(client, reporter):
    client.force_login(reporter)
    add = reverse("admin:articles_article_add")
    page = client.get(add)
    data = form_data(
        page,
        headline="Новая",
        slug="novaia",
        language="ru",
        status="published",
        published_at="2020-01-01T00:00",
    )
    response = client.post(add, data)
    assert response.status_code == 302
    article = Article.objects.get(slug="novaia")
    assert article.status == Status.DRAFT and article.published_at is None


# --- the right role can ------------------------------------------------------------------


def test_reporter_submits_with_the_button_and_the_audit_log_records_it(client, reporter):
    article = factories.ArticleFactory()
    client.force_login(reporter)
    response = post_form(
        client, article, headline="Исправленный заголовок", _transition="submit",
        transition_note="готово",
    )  # fmt: skip
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.REVIEW and article.headline == "Исправленный заголовок"
    entry = AuditEntry.objects.get(article=article, action=AuditEntry.Action.TRANSITION)
    assert (entry.actor, entry.from_status, entry.to_status, entry.note) == (
        reporter, "draft", "review", "готово",
    )  # fmt: skip


def test_editor_publishes_now_with_the_button(client, editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(editor)
    post_form(client, article, _transition="publish")
    article.refresh_from_db()
    assert article.is_public
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_editor_schedules_at_a_time_read_in_baku(client, editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(editor)
    post_form(client, article, _transition="schedule", publish_at="2099-05-01T10:30")
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert article.published_at == dt.datetime(2099, 5, 1, 6, 30, tzinfo=dt.UTC)
    assert not article.is_public
    assert Article.objects.scheduled().filter(pk=article.pk).exists()


def test_scheduling_in_the_past_is_refused_with_a_message(client, editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(editor)
    response = post_form(client, article, _transition="schedule", publish_at="2001-01-01T10:00")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["publish_at"]
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_editor_withdraws_and_returns_to_draft_by_url(client, editor):
    article = factories.ArticleFactory(published=True)
    client.force_login(editor)
    withdraw = reverse("admin:articles_article_transition", args=[article.pk, "withdraw"])
    assert client.get(withdraw).status_code == 200
    client.post(withdraw, {"note": "ошибка в цифрах"})
    article.refresh_from_db()
    assert article.status == Status.WITHDRAWN
    client.post(reverse("admin:articles_article_transition", args=[article.pk, "return"]))
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    notes = list(AuditEntry.objects.filter(article=article).values_list("to_status", "note"))
    assert ("withdrawn", "ошибка в цифрах") in notes and ("draft", "") in notes


def test_editor_bulk_publishes_and_withdraws(client, editor):
    articles = factories.ArticleFactory.create_batch(3, status=Status.REVIEW)
    client.force_login(editor)
    ids = [a.pk for a in articles]
    client.post(reverse(CHANGELIST), {"action": "publish_selected", "_selected_action": ids})
    assert Article.objects.published().filter(pk__in=ids).count() == 3
    client.post(reverse(CHANGELIST), {"action": "withdraw_selected", "_selected_action": ids})
    assert Article.objects.filter(pk__in=ids, status=Status.WITHDRAWN).count() == 3
    assert AuditEntry.objects.filter(article__in=ids, actor=editor).count() == 6


def test_bulk_action_reports_the_stories_it_could_not_change(client, editor):
    draft = factories.ArticleFactory()
    published = factories.ArticleFactory(published=True)
    client.force_login(editor)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "withdraw_selected", "_selected_action": [draft.pk, published.pk]},
        follow=True,
    )
    text = " ".join(str(m) for m in response.context["messages"])
    assert draft.headline in text
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


# --- schedules that did not go live, times in Baku ---------------------------------------


def test_changelist_warns_about_stories_past_their_time_but_not_visible(client, editor):
    missed = factories.ArticleFactory(
        status=Status.REVIEW, published_at=timezone.now() - dt.timedelta(hours=2)
    )
    factories.ArticleFactory(published=True)
    factories.ArticleFactory(scheduled=True)
    client.force_login(editor)
    response = client.get(reverse(CHANGELIST))
    warnings = [str(m) for m in response.context["messages"]]
    assert len(warnings) == 1 and "1" in warnings[0]
    filtered = client.get(reverse(CHANGELIST), {"schedule": "missed"})
    assert [a.pk for a in filtered.context["cl"].result_list] == [missed.pk]
    assert "⚠" in client.get(change_url(missed)).content.decode()


def test_list_shows_times_in_baku_with_the_zone_named(client, editor):
    factories.ArticleFactory(
        status=Status.PUBLISHED, published_at=dt.datetime(2025, 3, 1, 5, 0, tzinfo=dt.UTC)
    )
    client.force_login(editor)
    page = client.get(reverse(CHANGELIST)).content.decode()
    assert "01.03.2025 09:00" in page and "UTC+4" in page


@pytest.mark.parametrize(
    "params",
    [
        {"status__exact": "draft"},
        {"language__exact": "ru"},
        {"quotes": "unconfirmed"},
        {"quotes": "review"},
        {"schedule": "scheduled"},
        {"q": "сотрудничестве"},
        {"published_at__year": "2025"},
    ],
)
def test_list_filters_and_search_work(client, editor, params):
    factories.QuoteFactory(confidence=0.2)
    client.force_login(editor)
    assert client.get(reverse(CHANGELIST), params).status_code == 200


def test_unconfirmed_quotes_filter_finds_only_stories_with_suggested_quotes(client, editor):
    with_quote = factories.QuoteFactory().article
    confirmed = factories.QuoteFactory(status="confirmed").article
    client.force_login(editor)
    response = client.get(reverse(CHANGELIST), {"quotes": "unconfirmed"})
    found = {a.pk for a in response.context["cl"].result_list}
    assert with_quote.pk in found and confirmed.pk not in found


def test_reporter_saves_and_submits_a_new_story_in_one_step(client, reporter):
    client.force_login(reporter)
    add = reverse("admin:articles_article_add")
    page = client.get(add)
    assert 'value="submit"' in page.content.decode()
    data = form_data(page, headline="Срочно", slug="srochno", language="ru", _transition="submit")
    assert client.post(add, data).status_code == 302
    article = Article.objects.get(slug="srochno")
    assert article.status == Status.REVIEW
    assert AuditEntry.objects.filter(article=article, to_status="review", actor=reporter).exists()


def test_publish_now_replaces_an_abandoned_schedule(client, editor):
    old = timezone.now() - dt.timedelta(days=3)
    article = factories.ArticleFactory(status=Status.REVIEW, published_at=old)
    client.force_login(editor)
    post_form(client, article, _transition="publish")
    article.refresh_from_db()
    assert article.is_public and article.published_at > old + dt.timedelta(days=2)


def test_scheduling_by_url_needs_a_future_time(client, editor):
    article = factories.ArticleFactory(status=Status.REVIEW)
    client.force_login(editor)
    url = reverse("admin:articles_article_transition", args=[article.pk, "schedule"])
    response = client.post(url, {"at": "2001-01-01T09:00"})
    assert response.status_code == 200 and response.context["form"].errors["at"]
    client.post(url, {"at": "2099-01-01T09:00", "note": "к годовщине"})
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and not article.is_public
