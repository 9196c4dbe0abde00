"""create_reviewer: a random password printed once, never reset."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run():
    out = StringIO()
    call_command("create_reviewer", stdout=out)
    return out.getvalue()


def test_it_creates_an_account_and_prints_a_working_random_password():
    first = run()
    password = first.strip().rsplit(": ", 1)[1]
    assert len(password) >= 12
    assert authenticate(username="reviewer", password=password) is not None


def test_it_never_resets_an_existing_password():
    password = run().strip().rsplit(": ", 1)[1]
    second = run()
    assert "already exists" in second and password not in second
    assert authenticate(username="reviewer", password=password) is not None


def test_two_installs_get_different_passwords(django_user_model):
    one = run().strip().rsplit(": ", 1)[1]
    django_user_model.objects.all().delete()
    assert run().strip().rsplit(": ", 1)[1] != one


def test_the_account_is_a_reviewer():
    from django.contrib.auth import get_user_model

    run()
    user = get_user_model().objects.get(username="reviewer")
    assert user.has_perm("factcheck.add_verdict") and user.has_perm("factcheck.change_link")
    assert not user.has_perm("factcheck.change_claim") and not user.is_staff


def test_an_admin_account_is_staff_in_the_admins_group():
    from django.contrib.auth import get_user_model

    out = StringIO()
    call_command("create_reviewer", "ada", role="admin", stdout=out)
    user = get_user_model().objects.get(username="ada")
    assert user.is_staff and user.groups.filter(name="Admins").exists()
    assert user.has_perm("factcheck.export_records") and user.has_perm("factcheck.add_article")
