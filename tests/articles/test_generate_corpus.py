from django.core.management import call_command

from articles.importing.parse import parse_seed
from articles.models import Article, ArticleTopic, Mention, Quote


def test_generate_corpus_creates_published_articles_with_their_relations(db):
    call_command("generate_corpus", 30, seed=1, batch_size=7, stdout=None)

    articles = Article.objects.published()
    assert articles.count() == 30
    article = articles.for_detail().first()
    assert article.quotes.count() >= 1
    assert {q.speaker_id for q in article.quotes.all()} <= {
        m.person_id for m in article.mentions.all()
    }
    assert article.topics.filter(retired__isnull=True).count() == article.topics.count() >= 1
    assert article.places.exists() and article.organisations.exists()
    assert Mention.objects.filter(role="").count() == 0
    assert Quote.objects.count() >= 30 and ArticleTopic.objects.count() >= 30


def test_generate_corpus_twice_adds_distinct_articles(db):
    call_command("generate_corpus", 5, seed=1)
    call_command("generate_corpus", 5, seed=1)

    assert Article.objects.count() == 10


def test_generate_corpus_files_writes_parseable_wire_files(tmp_path):
    call_command("generate_corpus", 4, seed=2, files=tmp_path / "wire")

    files = sorted((tmp_path / "wire").iterdir())
    assert len(files) == 4
    for path in files:
        assert parse_seed(path.read_bytes(), path.name).paragraphs
