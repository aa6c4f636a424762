"""`manage.py extract --json FILE…`: print what extraction finds in wire files, one JSON line per
file. Reads no database, so it can run before migrate."""

import json

from django.core.management.base import BaseCommand, CommandError

from articles.importing.extract import extract
from articles.importing.parse import SeedError, parse_seed


class Command(BaseCommand):
    help = "Extract people, quotes, places, organisations and topics from wire files (no database)."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="Wire files in the seed format.")
        parser.add_argument(
            "--json", action="store_true", help="Print one JSON object per file (the default)."
        )

    def handle(self, *args, files, **options):
        failures = 0
        for path in files:
            line, failed = extract_file(path)
            failures += failed
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} of {len(files)} files could not be extracted")


def extract_file(path: str) -> tuple[dict, bool]:
    try:
        with open(path, "rb") as handle:
            seed = parse_seed(handle.read(), source_file=path)
    except (OSError, SeedError) as error:
        return {"source_file": path, "error": str(error)}, True
    return extract(seed).as_json(seed), False
