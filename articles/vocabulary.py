"""The IPTC Media Topics vocabulary shipped in articles/data/mediatopics.csv (CC BY 4.0, IPTC)."""

import csv
import datetime as dt
from pathlib import Path

MEDIATOPICS_CSV = Path(__file__).resolve().parent / "data" / "mediatopics.csv"


def read_mediatopics(path=MEDIATOPICS_CSV):
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def sync_topics(Topic, path=MEDIATOPICS_CSV):
    """Create or update every concept; parents after children are linked in a second pass."""
    rows = list(read_mediatopics(path))
    existing = Topic.objects.in_bulk(field_name="qcode")
    for row in rows:
        topic = existing.get(row["qcode"]) or Topic(qcode=row["qcode"])
        topic.name_en = row["name_en"]
        topic.name_ru = row.get("name_ru", "")
        topic.definition = row["definition_en"]
        topic.level = int(row["level"])
        topic.retired = dt.date.fromisoformat(row["retired"][:10]) if row["retired"] else None
        existing[row["qcode"]] = topic
    Topic.objects.bulk_create([t for t in existing.values() if t.pk is None])
    Topic.objects.bulk_update(
        [t for t in existing.values() if t.pk],
        ["name_en", "name_ru", "definition", "level", "retired"],
    )
    saved = Topic.objects.in_bulk(field_name="qcode")
    for row in rows:
        saved[row["qcode"]].parent = saved.get(row["parent"]) if row["parent"] else None
    Topic.objects.bulk_update(saved.values(), ["parent"], batch_size=500)
    return len(rows)
