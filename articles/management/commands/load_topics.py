from django.core.management.base import BaseCommand

from articles.cache import new_generation
from articles.models import Topic
from articles.vocabulary import MEDIATOPICS_CSV, sync_topics


class Command(BaseCommand):
    help = "Create or update IPTC Media Topics from articles/data/mediatopics.csv (after a vocabulary update)."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=MEDIATOPICS_CSV, help="CSV in the shipped format.")

    def handle(self, *args, file, **options):
        count = sync_topics(Topic, file)
        new_generation()  # bulk writes send no signals; topic names show on every page
        self.stdout.write(f"{count} topics loaded from {file}")
