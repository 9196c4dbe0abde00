"""Who may do what: anonymous, reviewer, editor and admin against every URL of the desk."""

import pytest
from django.contrib.auth.models import Group

from factcheck.models import Fact, Link

from .conftest import user_in_group

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "reviewer", "editor", "admin"]


@pytest.fixture
def world(make_article, make_claim):
    fact = Fact.objects.create(title="people killed", key="killed|people|perm")
    a = make_article(text="The governor said 120 people died. Rescuers said 30 were missing.", title="A",
                     outlet="Daily Post")
    b = make_article(text="The Red Crescent said 150 people died.", title="B", outlet="Evening Star")
    one = make_claim(a, "120 people died", fact=fact)
    two = make_claim(b, "150 people died", claimant="Red Crescent", fact=fact)
    link = Link.objects.create(from_claim=one, to_claim=two, relation="contradicts", score=0.8)
    return {"a": a, "one": one, "two": two, "fact": fact, "link": link}


@pytest.fixture
def as_role(client, django_user_model):
    def login(role):
        if role == "reviewer":
            client.force_login(user_in_group(django_user_model, "rita", "Reviewers"))
        elif role == "editor":
            client.force_login(user_in_group(django_user_model, "eddie", "Editors"))
        elif role == "admin":
            user = user_in_group(django_user_model, "ada", "Admins")
            user.is_staff = True
            user.save()
            client.force_login(user)
        return client

    return login


def pages(w):
    return {
        "/": ["login", 200, 200, 200],
        f"/articles/{w['a'].pk}/": ["login", 200, 200, 200],
        f"/articles/{w['a'].pk}/?claim={w['one'].pk}": ["login", 200, 200, 200],
        "/claims/": ["login", 200, 200, 200],
        "/claims/?_export=csv": ["login", 403, 403, 200],
        "/facts/": ["login", 200, 200, 200],
        f"/facts/{w['fact'].pk}/": ["login", 200, 200, 200],
        f"/claims/{w['one'].pk}/link-candidates/?q=people": ["login", 200, 200, 200],
        "/claimreview.json": ["login", 200, 200, 200],
        "/annotations.jsonld": ["login", 200, 200, 200],
        f"/articles/{w['a'].pk}/annotations.jsonld": ["login", 200, 200, 200],
        "/import/": ["login", 403, 403, 200],
        "/admin/": ["login", "login", "login", 200],
    }


def actions(w):
    one, a = w["one"], w["a"]
    start = a.text.index("Rescuers")
    return {
        f"/claims/{one.pk}/verdicts/": ({"rating": "1", "version": "1"}, ["login", 200, 200, 200]),
        f"/claims/{one.pk}/notes/": ({"text": "checked"}, ["login", 200, 200, 200]),
        f"/facts/{w['fact'].pk}/notes/": ({"text": "checked"}, ["login", 200, 200, 200]),
        f"/claims/{one.pk}/links/": ({"to_claim": w["two"].pk, "relation": "same"}, ["login", 200, 200, 200]),
        f"/links/{w['link'].pk}/confirm/": ({"claim": one.pk}, ["login", 200, 200, 200]),
        f"/links/{w['link'].pk}/reject/": ({"claim": one.pk}, ["login", 200, 200, 200]),
        f"/articles/{a.pk}/claims/": ({"start": start, "end": start + 8, "kind": "statement"},
                                      ["login", 200, 200, 200]),
        f"/claims/{one.pk}/edit/": ({"start": one.start, "end": one.end, "kind": "quantity", "version": "999"},
                                    ["login", 403, 200, 200]),
        f"/claims/{one.pk}/dismiss/": ({"dismiss": "0"}, ["login", 403, 200, 200]),
        f"/claims/{one.pk}/fact/": ({"fact": w["fact"].pk}, ["login", 403, 200, 200]),
    }


def check(response, expected):
    if expected == "login":
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("role", ROLES)
def test_pages(world, as_role, role):
    client = as_role(role)
    for url, expected in pages(world).items():
        check(client.get(url), expected[ROLES.index(role)])


@pytest.mark.parametrize("role", ROLES)
def test_actions(world, as_role, role):
    client = as_role(role)
    for url, (data, expected) in actions(world).items():
        check(client.post(url, data, headers={"HX-Request": "true"}), expected[ROLES.index(role)])


@pytest.mark.parametrize("url", ["/claims/{one}/verdicts/", "/claims/{one}/notes/", "/links/{link}/confirm/"])
def test_state_changes_refuse_get(world, as_role, url):
    client = as_role("admin")
    assert client.get(url.format(one=world["one"].pk, link=world["link"].pk)).status_code == 405


def test_every_role_group_exists():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Reviewers", "Editors", "Admins"}
