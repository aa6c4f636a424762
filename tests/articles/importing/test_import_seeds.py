"""The import_seeds and extract commands end to end, on the real seed and real extraction."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Organisation, Person, Place, Quote, Topic
from tests.conftest import FIXTURES, SEED_FILE, SEEDS

pytestmark = pytest.mark.django_db

GOLD = json.loads((FIXTURES / "seed_gold.json").read_text())  # ../shared/extraction/dev/seed.json
HEADLINE = "Экономика будет приоритетным направлением сотрудничества Азербайджана с Казахстаном."
ALL_MODELS = (Article, Person, Quote, Place, Organisation)


def counts():
    return [model.objects.count() for model in ALL_MODELS]


def import_seeds(*args, stderr=None):
    out = StringIO()
    call_command("import_seeds", *map(str, args), stdout=out, stderr=stderr or StringIO())
    return out.getvalue()


def test_seed_is_imported_with_its_people_quotes_places_organisations_and_topics():
    assert import_seeds(SEEDS).strip().endswith("1 created, 0 updated, 0 skipped, 0 failed")
    article = Article.objects.get()
    assert article.headline == HEADLINE
    assert article.dateline.isoformat() == "2025-12-29"
    assert article.status == Article.Status.DRAFT
    person = Person.objects.get()
    assert (person.name, person.role) == ("Агалар Атамогланов", "посол Азербайджана в Казахстане")
    quotes = list(article.quotes.order_by("position"))
    assert [q.text for q in quotes] == [q["text"] for q in GOLD["quotes"]]
    assert {q.speaker for q in quotes} == {person}
    assert [q.kind == "partial" for q in quotes] == [q["partial"] for q in GOLD["quotes"]]
    assert set(article.places.values_list("name", flat=True)) == {
        "Азербайджан", "Казахстан", "Европа", "Азия", "Каспийское море"
    }  # fmt: skip
    assert set(article.organisations.values_list("name", flat=True)) == {
        "Report", "Азербайджано-казахстанский инвестиционный фонд"
    }  # fmt: skip
    assert {"medtop:20000344", "medtop:20000639"} <= set(
        article.topics.values_list("qcode", flat=True)
    )


def test_second_run_changes_no_counts():
    import_seeds(SEEDS)
    before = counts()
    assert "0 created, 0 updated, 1 skipped, 0 failed" in import_seeds(SEEDS)
    assert counts() == before


def test_folder_with_a_bad_file_imports_the_rest_and_names_the_bad_one():
    errors = StringIO()
    with pytest.raises(CommandError, match="1 file"):
        import_seeds(FIXTURES / "seeds_with_bad", stderr=errors)
    assert "bad_date.txt: failed — malformed date header" in errors.getvalue()
    assert Article.objects.get().headline == HEADLINE


def test_bad_file_line_names_the_file_and_the_problem():
    from articles.importing.load import import_paths

    summary = import_paths([FIXTURES / "seeds_with_bad"])
    assert summary.counts == {"created": 1, "updated": 0, "skipped": 0, "failed": 1}
    assert str(summary.failed[0]).endswith(
        "bad_date.txt: failed — malformed date header: '2025-13-45' is not a real date"
    )


def test_publish_flag_makes_the_seed_public():
    import_seeds(SEED_FILE, "--publish")
    assert Article.objects.published().get().headline == HEADLINE


def test_dry_run_reports_and_writes_nothing():
    assert "Dry run: 1 created" in import_seeds(SEEDS, "--dry-run")
    assert counts() == [0, 0, 0, 0, 0]


def test_missing_path_is_a_failure_naming_it():
    with pytest.raises(CommandError):
        import_seeds(FIXTURES / "no-such-file.txt")


def test_imported_topics_are_all_active_iptc_concepts():
    import_seeds(SEEDS)
    assert not Topic.objects.filter(articles__isnull=False, retired__isnull=False).exists()


def test_extract_json_prints_the_scorer_contract(capsys):
    call_command("extract", "--json", str(SEED_FILE))
    line = json.loads(capsys.readouterr().out.strip())
    assert set(line) >= {
        "source_file",
        "language",
        "date",
        "headline",
        "people",
        "quotes",
        "organizations",
        "places",
        "topics",
    }
    assert line["source_file"] == str(SEED_FILE)
    assert (line["language"], line["date"], line["headline"]) == ("ru", "2025-12-29", HEADLINE)
    assert line["people"][0]["name"] == "Агалар Атамогланов"
    assert {"text", "speaker", "kind"} <= set(line["quotes"][0])
    assert {"code", "name"} <= set(line["topics"][0])


def test_workers_give_the_same_result_as_one_process(tmp_path):
    for n in range(3):
        text = SEED_FILE.read_text().replace("Экономика будет", f"Экономика {n} будет")
        (tmp_path / f"story{n}.txt").write_text(text)
    assert "3 created" in import_seeds(tmp_path, "--workers", "2")
    assert Person.objects.count() == 1
    assert Quote.objects.count() == 15
