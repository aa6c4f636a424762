import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create (or reset) the demo desk accounts 'editor' and 'reporter' and print their passwords."

    def handle(self, *args, **options):
        User = get_user_model()
        for username, role in [("editor", "Editor"), ("reporter", "Reporter")]:
            user, _ = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@newsroom.local"}
            )
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.is_staff = True
            user.save()
            user.groups.add(Group.objects.get(name=role))
            self.stdout.write(f"{role} account: username {username!r}, password {password!r}")
        self.stdout.write("Desk: http://127.0.0.1:8000/admin/")
