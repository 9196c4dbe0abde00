"""CSV export from the admin: the selected-rows action and the export-all button, staff with permission only."""

import csv
from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from factcheck.models import Article, Claim, Link, Note, Verdict, VerdictRating

pytestmark = pytest.mark.django_db

COLUMNS = {
    "articles": ["article_id", "title", "outlet", "published", "source_name", "url", "claims"],
    "claims": ["claim_id", "article_id", "article_title", "outlet", "source_name", "start", "end", "quote",
               "claimant", "kind", "value", "fact_id", "fact", "state", "verdict", "origin"],
    "links": ["link_id", "from_claim_id", "to_claim_id", "relation", "status", "origin", "score",
              "from_article_id", "to_article_id"],
    "verdicts": ["verdict_id", "claim_id", "rating", "reviewer", "note", "created_at", "is_current"],
    "notes": ["note_id", "claim_id", "fact_id", "author", "text", "created_at"],
}
MODELS = {"articles": Article, "claims": Claim, "links": Link, "verdicts": Verdict, "notes": Note}
TRICKY = 'Он сказал: "63, or 89",\nthen 400'


@pytest.fixture
def exporter(django_user_model):
    user = django_user_model.objects.create_user(username="ada", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Admins"))
    return user


@pytest.fixture
def desk(make_article, make_claim, exporter):
    """Two articles with tricky text everywhere a user or a file can put it."""
    rating = VerdictRating.objects.get_or_create(label="=misleading", defaults={"value": 0})[0]
    first = make_article(text=f"Intro. {TRICKY}. End.", title='=HYPERLINK("http://x","y")', outlet="Вести, Москва",
                         source_name="a,b.txt")
    second = make_article(text="Police said 12,000 marched.", title="Protest", outlet="Daily Post")
    tricky = make_claim(first, TRICKY, claimant="-Ministry")
    plain = make_claim(second, "12,000 marched", claimant="Police")
    Link.objects.create(from_claim=tricky, to_claim=plain, relation="contradicts", reason="+1 says so")
    Verdict.objects.create(claim=tricky, reviewer=exporter, rating=rating, note=TRICKY,
                           evidence=["https://example.org/a"])
    Note.objects.create(claim=tricky, author=exporter, text="@reviewer look, " + TRICKY)
    return {"first": first, "second": second, "tricky": tricky, "plain": plain}


def body(response):
    assert response.status_code == 200, response.status_code
    assert response.streaming and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return b"".join(response.streaming_content)


def rows(data: bytes):
    return list(csv.DictReader(StringIO(data.decode("utf-8"), newline="")))


def cli(kind):
    out = StringIO()
    call_command("export_csv", kind, stdout=out)
    return out.getvalue().encode("utf-8")


def export_all_url(kind):
    return reverse(f"admin:factcheck_{MODELS[kind]._meta.model_name}_export")


def action(client, kind, pks):
    url = reverse(f"admin:factcheck_{MODELS[kind]._meta.model_name}_changelist")
    return client.post(url, {"action": "export_selected_csv", "_selected_action": [str(pk) for pk in pks]})


@pytest.mark.parametrize("kind", list(COLUMNS))
def test_export_all_gives_the_spec_columns_and_the_same_bytes_as_the_command(client, exporter, desk, kind):
    client.force_login(exporter)
    data = body(client.get(export_all_url(kind)))
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data == cli(kind)
    parsed = rows(data)
    assert set(COLUMNS[kind]) <= set(parsed[0])
    assert len(parsed) == MODELS[kind].objects.count()


@pytest.mark.parametrize("kind", list(COLUMNS))
def test_the_action_exports_only_the_selected_rows(client, exporter, desk, kind):
    client.force_login(exporter)
    chosen = MODELS[kind].objects.order_by("pk").first()
    parsed = rows(body(action(client, kind, [chosen.pk])))
    assert [row[COLUMNS[kind][0]] for row in parsed] == [str(chosen.pk)]


def test_quoting_survives_commas_quotes_newlines_and_cyrillic(client, exporter, desk):
    client.force_login(exporter)
    claim = rows(body(action(client, "claims", [desk["tricky"].pk])))[0]
    assert claim["quote"] == TRICKY
    assert claim["outlet"] == "Вести, Москва" and claim["source_name"] == "a,b.txt"
    assert desk["first"].text[int(claim["start"]):int(claim["end"])] == claim["quote"]
    verdict = rows(body(client.get(export_all_url("verdicts"))))[0]
    assert verdict["note"] == TRICKY


def test_formula_cells_are_neutralised(client, exporter, desk):
    client.force_login(exporter)
    article = rows(body(action(client, "articles", [desk["first"].pk])))[0]
    assert article["title"] == "'" + desk["first"].title
    claim = rows(body(action(client, "claims", [desk["tricky"].pk])))[0]
    assert claim["claimant"] == "'-Ministry" and claim["verdict"] == "'=misleading"
    link = rows(body(client.get(export_all_url("links"))))[0]
    assert link["reason"] == "'+1 says so"
    note = rows(body(client.get(export_all_url("notes"))))[0]
    assert note["text"].startswith("'@reviewer")


def test_export_all_follows_the_changelist_filters_and_search(client, exporter, desk):
    client.force_login(exporter)
    changelist = reverse("admin:factcheck_claim_changelist")
    page = client.get(changelist, {"q": "marched"}).content.decode()
    assert "Export all matching as CSV" in page
    assert f'{export_all_url("claims")}?q=marched' in page
    parsed = rows(body(client.get(export_all_url("claims"), {"q": "marched"})))
    assert [row["claim_id"] for row in parsed] == [str(desk["plain"].pk)]
    outlet = desk["second"].outlet_id
    parsed = rows(body(client.get(export_all_url("articles"), {"outlet__id__exact": outlet, "p": "3"})))
    assert [row["article_id"] for row in parsed] == [str(desk["second"].pk)]


def test_the_article_export_counts_claims_under_an_annotated_changelist(client, exporter, desk, make_claim):
    client.force_login(exporter)
    make_claim(desk["second"], "Police said", claimant="Police")
    parsed = {row["article_id"]: row["claims"] for row in rows(body(client.get(export_all_url("articles"))))}
    assert parsed == {str(desk["first"].pk): "1", str(desk["second"].pk): "2"}


def test_export_queries_do_not_grow_with_rows(client, exporter, desk, make_article, make_claim,
                                              django_assert_max_num_queries):
    client.force_login(exporter)
    for i in range(20):
        make_claim(make_article(text=f"Officials said {i} died.", title=f"T{i}", outlet=f"O{i}"), f"{i} died")
    with django_assert_max_num_queries(12):
        body(client.get(export_all_url("claims")))


def test_anonymous_users_are_sent_to_the_login(client, desk):
    response = client.get(export_all_url("claims"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_non_staff_are_refused_even_with_the_permission(client, django_user_model, desk):
    user = django_user_model.objects.create_user(username="nina", password="a-long-test-password")
    user.groups.add(Group.objects.get(name="Admins"))
    client.force_login(user)
    response = client.get(export_all_url("claims"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = action(client, "claims", [desk["plain"].pk])
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_the_export_permission_get_403(client, django_user_model, desk):
    user = django_user_model.objects.create_user(username="sam", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(user)
    assert client.get(export_all_url("claims")).status_code == 403
    page = client.get(reverse("admin:factcheck_claim_changelist")).content.decode()
    assert "Export all matching as CSV" not in page and "export_selected_csv" not in page
    response = action(client, "claims", [desk["plain"].pk])
    # An action the user may not run is not offered: the admin answers with the changelist, no CSV.
    assert not response.streaming and response.get("Content-Type", "").startswith("text/html")
