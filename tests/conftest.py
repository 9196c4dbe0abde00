"""Shared fixtures: accounts, articles and claims made through the real models, and the browser."""

import hashlib
import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    # The manifest storage needs collectstatic first; tests serve static files from the finders.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def user_in_group(django_user_model, username, group):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(username=username, password="a-long-test-password")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reviewer(django_user_model):
    return user_in_group(django_user_model, "rita", "Reviewers")


@pytest.fixture
def editor(django_user_model):
    return user_in_group(django_user_model, "eddie", "Editors")


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


@pytest.fixture
def make_article(db):
    from factcheck.models import Article, Outlet

    def make(text="Officials said 12 people died.", title="An article", outlet=None, **fields):
        if outlet and isinstance(outlet, str):
            outlet = Outlet.objects.get_or_create(name=outlet)[0]
        digest = hashlib.sha256(f"{text}{title}{Article.objects.count()}".encode()).hexdigest()
        return Article.objects.create(text=text, title=title, outlet=outlet, content_hash=digest, **fields)

    return make


@pytest.fixture
def make_claim(db):
    from factcheck.models import Claim, Claimant

    def make(article, quote, claimant="Regional Governor", start=None, **fields):
        start = article.text.index(quote) if start is None else start
        who = Claimant.objects.get_or_create(key=claimant.lower(), defaults={"name": claimant})[0]
        fields.setdefault("kind", Claim.Kind.QUANTITY)
        return Claim.objects.create(
            article=article, start=start, end=start + len(quote), quote=quote, claimant=who, **fields
        )

    return make


@pytest.fixture
def seeded(db):
    from django.core.management import call_command

    call_command("import_articles", str(SEEDS), verbosity=0)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # No browser download here: drive Debian's Chromium, with its calls home switched off.
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    }


@pytest.fixture
def desk(live_server, transactional_db, django_user_model):
    """The seeds imported behind a live server, and a reviewer 'rita' to log in with (for browser tests)."""
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("import_articles", str(SEEDS), verbosity=0)
    user = django_user_model.objects.create_user(username="rita", password="a-long-test-password")
    user.groups.add(Group.objects.get(name="Reviewers"))
    return live_server.url


def settled(page):
    """Wait until htmx has finished swapping, so typing goes into the form that stays."""
    page.wait_for_function("!document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
