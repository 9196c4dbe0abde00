"""python manage.py create_reviewer [USERNAME]: a reviewer account with a random password, printed once."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from factcheck.roles import REVIEWERS


class Command(BaseCommand):
    help = "Create an account in the Reviewers group with a random password and print it. An existing account is left as it is."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="reviewer")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Account '{username}' already exists; its password is unchanged.")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username=username, password=password)
        user.groups.add(Group.objects.get(name=REVIEWERS))
        self.stdout.write(self.style.SUCCESS(f"Created account '{username}' with password: {password}"))
