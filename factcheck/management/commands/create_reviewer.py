"""python manage.py create_reviewer [USERNAME] [--role reviewer|editor|admin]: an account with a random
password, printed once."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from factcheck.roles import ADMINS, EDITORS, REVIEWERS

ROLES = {"reviewer": REVIEWERS, "editor": EDITORS, "admin": ADMINS}


class Command(BaseCommand):
    help = ("Create an account in the Reviewers group (or Editors, or Admins with access to /admin/) with a "
            "random password and print it. An existing account is left as it is.")

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="reviewer")
        parser.add_argument("--role", choices=ROLES, default="reviewer")

    def handle(self, *args, username, role, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Account '{username}' already exists; its password is unchanged.")
            return
        password = secrets.token_urlsafe(12)
        # Admins work in the Django admin too, which needs staff status.
        user = User.objects.create_user(username=username, password=password, is_staff=role == "admin")
        user.groups.add(Group.objects.get(name=ROLES[role]))
        self.stdout.write(self.style.SUCCESS(f"Created {role} account '{username}' with password: {password}"))
