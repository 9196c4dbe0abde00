"""App configuration for Factcheck desk."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def create_role_groups(sender, using, **kwargs):
    # After every migrate (and flush): permissions exist by then, so the groups can get theirs.
    from django.contrib.auth.models import Group, Permission

    from .roles import sync_groups

    sync_groups(Group.objects.db_manager(using), Permission.objects.db_manager(using))


def create_default_scale(sender, using, **kwargs):
    from .models import VerdictRating
    from .reviewing import ensure_default_scale

    ensure_default_scale(VerdictRating.objects.db_manager(using))


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Factcheck desk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(create_role_groups, sender=self)
        post_migrate.connect(create_default_scale, sender=self)
