import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importing.load import FAILED, import_paths, seed_files


class Command(BaseCommand):
    help = "Import wire files (a file or a folder of *.txt; default seeds/) as draft articles with their extraction."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="*", default=["seeds"], help="Files or folders (default: seeds/)."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish the imported articles (demo set-up)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and extract, report, write nothing."
        )
        parser.add_argument("--user", help="Username recorded as the importer in the audit log.")
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            help=(
                "Processes for the language work (default 1; one per core is best). This "
                "process writes the rows meanwhile, so N workers are N + 1 processes."
            ),
        )

    def handle(self, *args, paths, publish, dry_run, user, workers, verbosity, **options):
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        by = None
        if user:
            by = get_user_model().objects.filter(username=user).first()
            if by is None:
                raise CommandError(f"--user: no user named {user!r}")
        total = len(list(seed_files(paths)))
        with tqdm(
            total=total, unit="file", disable=not sys.stderr.isatty() or verbosity == 0
        ) as bar:

            def report(result):
                bar.update()
                with bar.external_write_mode():
                    if result.outcome == FAILED:
                        self.stderr.write(str(result))
                    elif verbosity > 1 or result.message:
                        self.stdout.write(str(result))

            summary = import_paths(
                paths,
                publish=publish,
                dry_run=dry_run,
                by=by,
                progress=report,
                workers=workers,
                extract_apart=True,
            )
        prefix = "Dry run: " if dry_run else ""
        self.stdout.write(f"{prefix}{summary.line()}")
        if summary.failed:
            raise CommandError(f"{len(summary.failed)} file(s) failed to import")
