"""Import with extraction workers: the rows are the ones a single process writes, and the
people of one file settle as if each were looked up in turn."""

from pathlib import Path

import pytest

from articles.corpus import as_wire_text, generate
from articles.importing import load, rows
from articles.importing.results import Extraction, PersonFound
from articles.models import Article, Mention, Organisation, Person, PersonAlias, Place, Quote

pytestmark = pytest.mark.django_db

HELDOUT = Path(__file__).resolve().parents[2] / "fixtures" / "extraction"


def wire_files():
    """Generated Russian stories (the same people recur across them, with changing roles) and
    the real English and Russian texts of our held-out sets."""
    files = [(f"gen{n}.txt", as_wire_text(s).encode()) for n, s in enumerate(generate(12, seed=3))]
    texts = sorted(HELDOUT.glob("heldout*/*.txt"))[::3]
    return files + [(f"{path.parent.name}-{path.name}", path.read_bytes()) for path in texts]


def stored_rows():
    """Everything the importer writes, by natural keys (slugs, names, positions), not by id."""
    rows = set()
    for article in Article.objects.prefetch_related("places", "organisations", "topic_links"):
        rows.add(
            (
                "article",
                article.slug,
                article.checksum,
                article.language,
                tuple(sorted(p.slug for p in article.places.all())),
                tuple(sorted(o.slug for o in article.organisations.all())),
                tuple(sorted((t.topic_id, t.confidence) for t in article.topic_links.all())),
            )
        )
    rows |= {("person", p.slug, p.name, p.role, p.identity) for p in Person.objects.all()}
    rows |= {("alias", a.person.slug, a.name) for a in PersonAlias.objects.select_related("person")}
    rows |= {
        ("mention", m.article.slug, m.person.slug, m.role, m.confidence)
        for m in Mention.objects.select_related("article", "person")
    }
    rows |= {
        ("quote", q.article.slug, q.position, q.text, q.speaker and q.speaker.slug, q.kind)
        for q in Quote.objects.select_related("article", "speaker")
    }
    rows |= {("place", p.slug, p.name) for p in Place.objects.all()}
    rows |= {("organisation", o.slug, o.name) for o in Organisation.objects.all()}
    return rows


def forget_everything():
    for model in (Quote, Mention, Article, PersonAlias, Person, Place, Organisation):
        model.objects.all().delete()


def test_two_workers_store_exactly_what_one_process_stores():
    files = wire_files()
    one = load.import_files(files, workers=1)
    by_one_process = stored_rows()
    forget_everything()
    two = load.import_files(files, workers=2, batch_size=5)
    assert [(r.source_file, r.outcome) for r in two.results] == [
        (r.source_file, r.outcome) for r in one.results
    ]
    assert one.counts["created"] == len(files)
    assert Person.objects.count() > 5 and Quote.objects.count() > 20
    assert stored_rows() == by_one_process


def test_a_file_named_again_updates_the_article_of_the_first_whatever_the_batches():
    first, second = (as_wire_text(s).encode() for s in generate(2, seed=5))
    files = [("a/story.txt", first), ("other.txt", second), ("b/story.txt", second + b"\n")]
    outcomes = []
    for workers, batch_size in ((1, 64), (2, 1), (2, 2), (2, 64)):
        forget_everything()
        summary = load.import_files(files, workers=workers, batch_size=batch_size)
        outcomes.append([r.outcome for r in summary.results])
        assert Article.objects.filter(source_file="story.txt").count() == 1
    assert outcomes == [["created", "created", "updated"]] * 4


def import_people(*people):
    extraction = Extraction(language="ru", people=list(people))
    rows.attach_extraction(Article.objects.create(slug=f"a{Article.objects.count()}"), extraction)


def test_a_name_finds_the_person_an_earlier_name_of_the_same_file_created():
    import_people(
        PersonFound("Ильхам Алиев", role="президент", aliases=["Алиева"]),
        PersonFound("Ilham Aliyev", aliases=["İlham Əliyev"]),
    )
    person = Person.objects.get()
    assert person.name == "Ильхам Алиев"
    assert set(person.aliases.values_list("name", flat=True)) == {
        "Алиева",
        "Ilham Aliyev",
        "İlham Əliyev",
    }


def test_a_name_finds_a_person_by_a_full_name_alias_given_earlier_in_the_same_file():
    import_people(
        PersonFound("Рамиз Гасанов", aliases=["Рамиз Гасанович"]),
        PersonFound("Рамиз Гасанович", role="посол", aliases=["Гасанович"]),
    )
    person = Person.objects.get()
    assert (person.name, person.role) == ("Рамиз Гасанов", "посол")


def test_new_places_of_one_file_get_distinct_slugs_in_their_order():
    Place.objects.create(name="Baku", slug="baku")
    places = rows.named_entities(Place, ["Баку", "Baku", "БАКУ", "Баку"])
    assert [(p.name, p.slug) for p in places] == [
        ("Баку", "baku-2"),
        ("Baku", "baku"),
        ("БАКУ", "baku-3"),
    ]
