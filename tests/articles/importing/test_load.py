"""The loader on its own: extraction is replaced by a fixed result so these tests state what
`load` does with any extraction (rows, identity, idempotency, transactions)."""

import pytest

from articles.importing import load, rows
from articles.importing.results import Extraction, PersonFound, QuoteFound, TopicFound
from articles.models import Article, AuditEntry, Mention, Person, PersonAlias, Place, Quote

pytestmark = pytest.mark.django_db

TEXT = " date 2025-12-29 Послы обсудили торговлю.\n\nПервый абзац.\n\nВторой абзац.\n"


def extraction(
    name="Рамиз Гасанов", role="посол Азербайджана в Грузии", aliases=("Гасанов",), **overrides
):
    return Extraction(
        language="ru",
        people=[PersonFound(name=name, role=role, aliases=list(aliases))],
        quotes=[
            QuoteFound(text="Мы расширим торговлю", speaker=name),
            QuoteFound(text="взаимовыгодные проекты", speaker=name, kind="partial", confidence=0.5),
        ],
        organizations=["Report"],
        places=["Азербайджан", "Грузия", "Азербайджан"],
        topics=[
            TopicFound("medtop:20000344", "economy", 0.9),
            TopicFound("medtop:99999999", "nonexistent"),
        ],
        **overrides,
    )


@pytest.fixture
def extracted(monkeypatch):
    result = {"value": extraction()}
    monkeypatch.setattr(load, "extract", lambda seed: result["value"])
    return result


def import_text(text=TEXT, name="a.txt", **options):
    return load.import_seed_file(name, text.encode(), **options)


def test_import_creates_a_draft_with_its_extraction(extracted):
    result = import_text()
    article = result.article
    assert result.outcome == load.CREATED
    assert article.status == Article.Status.DRAFT
    assert article.headline == article.lead == "Послы обсудили торговлю."
    assert article.paragraphs == ["Первый абзац.", "Второй абзац."]
    assert article.slug == "posly-obsudili-torgovliu"
    assert list(article.quotes.values_list("text", "kind", "speaker__name")) == [
        ("Мы расширим торговлю", "direct", "Рамиз Гасанов"),
        ("взаимовыгодные проекты", "partial", "Рамиз Гасанов"),
    ]
    assert Mention.objects.get(article=article).role == "посол Азербайджана в Грузии"
    assert sorted(p.name for p in article.places.all()) == ["Азербайджан", "Грузия"]
    assert [t.qcode for t in article.topics.all()] == ["medtop:20000344"]
    assert AuditEntry.objects.filter(article=article, action="import").count() == 1


def test_reimport_creates_nothing_new(extracted):
    import_text()
    counts = [m.objects.count() for m in (Article, Person, Quote, Place, PersonAlias)]
    assert import_text().outcome == load.SKIPPED
    assert [m.objects.count() for m in (Article, Person, Quote, Place, PersonAlias)] == counts


def test_changed_file_updates_its_article(extracted):
    first = import_text().article
    result = import_text(TEXT.replace("Второй абзац.", "Новый второй абзац."))
    assert result.outcome == load.UPDATED
    assert result.article.pk == first.pk
    assert Article.objects.get().paragraphs[-1] == "Новый второй абзац."
    assert Quote.objects.count() == 2


def test_changed_file_skips_an_article_an_editor_changed(extracted):
    article = import_text().article
    article.headline = "Заголовок редактора"
    article.version += 1
    article.save()
    result = import_text(TEXT.replace("Второй абзац.", "Другое."))
    assert result.outcome == load.SKIPPED
    assert "changed by an editor" in result.message
    assert Article.objects.get().headline == "Заголовок редактора"


def test_an_edit_made_while_the_file_was_extracted_wins(extracted):
    import_text()
    planned = load.plan("a.txt", TEXT.replace("Второй абзац.", "Другое.").encode())
    Article.objects.filter(pk=planned.existing.pk).update(headline="Правка редактора", version=2)
    result = load.store(planned, extraction(), publish=False, dry_run=False, by=None)
    assert result.outcome == load.SKIPPED
    assert "during the import" in result.message
    assert Article.objects.get().headline == "Правка редактора"


def test_same_person_in_another_script_is_one_person(extracted):
    import_text()
    extracted["value"] = extraction(name="Ramiz Hasanov", role="Azerbaijani ambassador", aliases=())
    import_text(TEXT.replace("Послы", "Дипломаты"), name="b.txt")
    person = Person.objects.get()
    assert {a.name for a in person.aliases.all()} == {"Гасанов", "Ramiz Hasanov"}
    assert person.mentions.count() == 2


def test_people_sharing_a_surname_stay_apart(extracted):
    import_text()
    extracted["value"] = extraction(name="Айдан Гасанова", role="депутат", aliases=("Гасанова",))
    import_text(TEXT.replace("Послы", "Депутаты"), name="b.txt")
    assert Person.objects.count() == 2


def test_current_role_follows_the_newest_article(extracted):
    import_text()
    extracted["value"] = extraction(role="министр иностранных дел")
    import_text(TEXT.replace("2025-12-29", "2026-01-15").replace("Послы", "Министры"), name="b.txt")
    extracted["value"] = extraction(role="советник")
    import_text(
        TEXT.replace("2025-12-29", "2024-03-01").replace("Послы", "Советники"), name="c.txt"
    )
    assert Person.objects.get().role == "министр иностранных дел"


def test_publish_makes_the_article_public(extracted):
    article = import_text(publish=True).article
    assert Article.objects.published().get() == article


def test_dry_run_writes_nothing(extracted):
    result = import_text(dry_run=True)
    assert result.outcome == load.CREATED
    assert "dry run" in result.message
    assert Article.objects.count() == Person.objects.count() == 0


def test_failure_while_writing_leaves_nothing_half_imported(extracted, monkeypatch):
    def explode(article, extraction):
        Quote.objects.create(article=article, text="x", position=1)
        raise RuntimeError("disk full")

    monkeypatch.setattr(rows, "attach_extraction", explode)
    result = import_text()
    assert result.outcome == load.FAILED
    assert "disk full" in result.message
    assert Article.objects.count() == Quote.objects.count() == 0


def test_extraction_error_fails_that_file_only(monkeypatch):
    def extract(seed):
        if seed.source_file == "bad.txt":
            raise ValueError("tagger crashed")
        return extraction()

    monkeypatch.setattr(load, "extract", extract)
    summary = load.import_files(
        [("bad.txt", TEXT.encode()), ("good.txt", TEXT.replace("Послы", "Люди").encode())]
    )
    assert summary.counts == {"created": 1, "updated": 0, "skipped": 0, "failed": 1}
    assert "tagger crashed" in summary.failed[0].message


def test_slugs_stay_unique_for_equal_headlines(extracted):
    first = import_text().article
    second = import_text(TEXT + "\nЕщё абзац.\n", name="b.txt").article
    assert first.slug != second.slug
