"""python manage.py create_reviewer [USERNAME]: a reviewer account with a random password, printed once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a reviewer account with a random password and print it. An existing account is left as it is."

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?", default="reviewer")

    def handle(self, *args, username, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Account '{username}' already exists; its password is unchanged.")
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_user(username=username, password=password)
        self.stdout.write(self.style.SUCCESS(f"Created account '{username}' with password: {password}"))
