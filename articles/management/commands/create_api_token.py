from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.api.tokens import create_token


class Command(BaseCommand):
    help = (
        "Create an API token for a user and print it once (only its SHA-256 is stored). "
        "Revoke tokens in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="The account the token acts as.")
        parser.add_argument(
            "--name", required=True, help="What the token is for, e.g. 'partner feed'."
        )

    def handle(self, *args, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        if not user.is_active:
            raise CommandError(f"{username!r} is not active; an inactive user's token never works.")
        token, raw_key = create_token(user=user, name=name)
        self.stdout.write(f"Token {token.name!r} for {username} (prefix {token.prefix}):")
        self.stdout.write(raw_key)
        self.stdout.write(
            "Send it as the header 'Authorization: Token <key>'. It is not shown again."
        )
