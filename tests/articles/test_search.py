"""Search: in the article's own language, case-insensitive in Cyrillic, ranked, highlighted,
people by name, nothing unpublished."""

import datetime as dt

import pytest
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.utils import timezone

from articles import search
from articles.models import Article, Quote
from tests import factories
from tests.articles.site_data import build_story

pytestmark = pytest.mark.django_db


def headlines(query):
    return [article.headline for article in search.search_articles(query)]


def test_finds_russian_word_regardless_of_case():
    build_story(headline="ПОСОЛ Азербайджана выступил с заявлением")
    assert headlines("посол") == ["ПОСОЛ Азербайджана выступил с заявлением"]


def test_finds_inflected_russian_forms():
    build_story(headline="Встреча с послами стран Каспия")
    assert headlines("послами")
    assert headlines("Каспий")


def test_finds_english_story_in_english():
    build_story(headline="Ambassadors discuss energy cooperation", language="en", lead="")
    assert headlines("ambassador") == ["Ambassadors discuss energy cooperation"]


def test_headline_ranks_above_body():
    in_body = build_story(headline="Новости дня", quotes=0)
    in_body.body = "Здесь упоминается трубопровод."
    in_body.save()
    build_story(headline="Трубопровод достроен", quotes=0)
    assert headlines("трубопровод") == ["Трубопровод достроен", "Новости дня"]


def test_snippet_highlights_matches_and_escapes_copy():
    article = build_story(headline="Заголовок", quotes=0)
    article.body = "Посол сказал: <script>alert(1)</script> и ушёл."
    article.save()
    (found,) = search.search_articles("посол")
    html = str(search.highlight(found.snippet))
    assert "<mark>" in html
    assert "<script>" not in html  # escaped (SQLite) or dropped as markup (PostgreSQL)


def test_people_found_by_part_of_name():
    article = build_story(quotes=0, people=0)
    person = factories.PersonFactory(name="Агалар Атамогланов")
    factories.MentionFactory(article=article, person=person)
    assert [p.name for p in search.search_people("атамогланов")] == ["Агалар Атамогланов"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity is PostgreSQL's")
def test_people_found_despite_a_typo_on_postgresql():
    article = build_story(quotes=0, people=0)
    person = factories.PersonFactory(name="Агалар Атамогланов")
    factories.MentionFactory(article=article, person=person)
    assert [p.name for p in search.search_people("Атамагланов")] == ["Агалар Атамогланов"]


def test_quotes_are_searched():
    article = build_story(quotes=0, people=1)
    speaker = article.mentions.get().person
    factories.QuoteFactory(article=article, speaker=speaker, text="Трубопровод будет достроен")
    assert [q.text for q in search.search_quotes("трубопровод")] == ["Трубопровод будет достроен"]


def test_nothing_unpublished_is_found():
    for status in (Article.Status.DRAFT, Article.Status.REVIEW, Article.Status.WITHDRAWN):
        story = build_story(headline=f"Секретный трубопровод {status}", published=False)
        story.status = status
        story.save()
    build_story(headline="Секретный трубопровод завтра", published=False, scheduled=True)
    assert headlines("трубопровод") == []
    assert search.search_quotes("экономический") == []


def test_query_syntax_cannot_break_the_search():
    build_story(headline="Посол")
    for query in ['"', "посол*", "AND OR NOT", "(", "посол -", "NEAR(", "'", "\\"]:
        list(search.search_articles(query))


def test_search_page_shows_people_quotes_and_stories(client):
    article = build_story(headline="Атамогланов о сотрудничестве", people=0, quotes=0)
    person = factories.PersonFactory(name="Агалар Атамогланов")
    factories.MentionFactory(article=article, person=person)
    factories.QuoteFactory(article=article, speaker=person, text="Слово Атамогланова", position=1)
    html = client.get("/search/", {"q": "Атамогланов"}).content.decode()
    assert article.headline in html
    assert person.get_absolute_url() in html
    assert "<mark>" in html
    assert "Цитаты" in html


def test_search_index_follows_edits():
    article = build_story(headline="Первый вариант заголовка")
    article.headline = article.lead = "Исправленный заголовок про газопровод"
    article.save()
    assert headlines("газопровод") == ["Исправленный заголовок про газопровод"]
    assert headlines("вариант") == []
    article.delete()
    assert headlines("газопровод") == []


def plan_without_seqscan(queryset):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            return queryset.explain()
        finally:
            cursor.execute("SET enable_seqscan = on")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index is PostgreSQL's")
def test_postgresql_search_uses_the_gin_index():
    # The very condition search_articles() filters on, which only the GIN index can serve.
    build_story(headline="Посол")
    queryset = (
        Article.objects.annotate(document=search.StoredDocument())
        .filter(document=search._pg_query("посол"))
        .values("pk")
    )
    assert "article_search_vector" in plan_without_seqscan(queryset)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index is PostgreSQL's")
def test_postgresql_quote_search_uses_a_gin_index_per_language():
    query = search._pg_query("трубопровод")
    for config in search.QUOTE_CONFIGS:
        queryset = Quote.objects.annotate(document=SearchVector("text", config=config)).filter(
            document=query
        )
        assert f"quote_text_{config}" in plan_without_seqscan(queryset.values("pk"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL column")
def test_stored_document_is_the_article_document():
    build_story(headline="Послы обсудили трубопровод", lead="Вводка о газе", quotes=1)
    build_story(headline="Ambassadors met", lead="On pipelines", language="en", quotes=0)
    stored = Article.objects.annotate(
        stored=search.StoredDocument(), computed=search.article_document()
    ).values_list("stored", "computed")
    for saved, expected in stored:
        assert saved == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the candidate cap is PostgreSQL's")
def test_ranks_the_newest_matching_stories_only(monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    now = timezone.now()
    for days, headline in [
        (3, "Трубопровод старый"),
        (2, "О трубопроводе"),
        (1, "Трубопровод новый"),
    ]:
        build_story(headline=headline, published_at=now - dt.timedelta(days=days), quotes=0)
    assert sorted(headlines("трубопровод")) == ["О трубопроводе", "Трубопровод новый"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the recent window is PostgreSQL's")
def test_finds_old_stories_beyond_the_recent_window(monkeypatch):
    monkeypatch.setattr(search, "RECENT", 2)
    now = timezone.now()
    build_story(headline="Трубопровод", published_at=now - dt.timedelta(days=30), quotes=0)
    for hours in (1, 2, 3):
        build_story(
            headline=f"Другие новости {hours}", published_at=now - dt.timedelta(hours=hours)
        )
    assert headlines("трубопровод") == ["Трубопровод"]
    assert headlines("квазар") == []


def test_quotes_are_looked_for_in_the_stories_shown():
    article = build_story(headline="Трубопровод достроен", quotes=0, people=1)
    speaker = article.mentions.get().person
    factories.QuoteFactory(article=article, speaker=speaker, text="Трубопровод будет работать")
    stories = search.search_articles("трубопровод")
    found = search.search_quotes("трубопровод", stories=[story.pk for story in stories])
    assert [q.text for q in found] == ["Трубопровод будет работать"]
    assert "<mark>" in str(search.highlight(found[0].snippet))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stop words are PostgreSQL's")
def test_stop_words_alone_find_nothing():
    build_story(headline="The ambassador and the minister", language="en")
    assert headlines("the") == []
    assert search.search_quotes("the") == []


def test_search_page_counts_the_stories_found(client):
    for n in range(3):
        build_story(headline=f"Трубопровод {n}", quotes=0)
    response = client.get("/search/", {"q": "трубопровод"})
    assert response.context["paginator"].count == 3
    assert len(response.context["object_list"]) == 3


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 is SQLite's")
def test_sqlite_search_survives_a_table_rebuild():
    from articles.search import install_sqlite_search

    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER article_fts_ai")
    install_sqlite_search(connection)
    build_story(headline="Новый газопровод")
    assert headlines("газопровод") == ["Новый газопровод"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the candidate cap is PostgreSQL's")
def test_search_page_does_not_claim_the_capped_stories_are_all(client, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    for n in range(3):
        build_story(headline=f"Трубопровод {n}", quotes=0)
    html = client.get("/search/", {"q": "трубопровод"}).content.decode()
    assert "Трубопровод 2" in html
    assert "Найдено" not in html  # "2 stories found" would hide the third
