"""The claims table: every claim, filtered, sorted and paged through htmx, and exported as CSV."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.models import Claim, Verdict, VerdictRating

pytestmark = pytest.mark.django_db

TABLE = {"HX-Request": "true", "HX-Target": "claim-table"}


def row_ids(response):
    """The claim ids of the table's rows, in order."""
    body = response.content.decode()
    assert response.status_code == 200
    table = body[body.index('<table'):body.index("</table>")]
    return [int(part.split('"', 1)[0]) for part in table.split('data-claim-id="')[1:]]


def query_count(client, url, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def rate(claim, reviewer, label, value=0):
    rating = VerdictRating.objects.get_or_create(label=label, defaults={"value": value})[0]
    return Verdict.objects.create(claim=claim, reviewer=reviewer, rating=rating, is_current=True)


@pytest.fixture
def desk(make_article, make_claim, reviewer, editor):
    """Two articles from two outlets, claims of each kind, state and claimant, and two verdicts."""
    flood = make_article(
        text="The governor said 120 people died on Monday. Police said the river rose 3 metres.",
        title="Flood toll rises", outlet="Daily Post",
    )
    protest = make_article(
        text="Organisers said 50,000 marched. The mayor said the march was peaceful.",
        title="Protest downtown", outlet="Evening Star",
    )
    claims = {
        "died": make_claim(flood, "120 people died", claimant="Governor", value_text="120"),
        "monday": make_claim(flood, "on Monday", claimant="Governor", kind=Claim.Kind.DATE, value_text="Monday"),
        "river": make_claim(flood, "the river rose 3 metres", claimant="Police", value_text="3 metres",
                            state=Claim.State.DISPUTED),
        "marched": make_claim(protest, "50,000 marched", claimant="Organisers", value_text="50,000",
                              state=Claim.State.CORROBORATED),
        "peaceful": make_claim(protest, "the march was peaceful", claimant="Mayor", kind=Claim.Kind.STATEMENT,
                               value_text="peaceful"),
    }
    rate(claims["died"], reviewer, "accurate", 5)
    rate(claims["river"], editor, "false", 1)
    rate(claims["marched"], reviewer, "false", 1)
    Verdict.objects.create(  # an old verdict of the editor's: history, not a current rating
        claim=claims["marched"], reviewer=editor, rating=VerdictRating.objects.get(label="accurate"),
        is_current=False,
    )
    return {"flood": flood, "protest": protest, **claims}


def ids(desk, *names):
    return sorted(desk[name].pk for name in names)


def test_it_needs_an_account(client):
    response = client.get("/claims/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_lists_every_live_claim_with_its_columns(reviewer_client, desk):
    response = reviewer_client.get("/claims/")
    body = response.content.decode()
    assert sorted(row_ids(response)) == ids(desk, "died", "monday", "river", "marched", "peaceful")
    died = desk["died"]
    assert f'href="/articles/{died.article_id}/?claim={died.pk}#claim-{died.pk}"' in body
    assert 'hx-boost="false"' in body
    assert '<span class="badge text-dark claim-disputed">disputed</span>' in body
    assert "Daily Post" in body and "Evening Star" in body and "Governor" in body and "date or time" in body
    assert 'href="/claims/"' in body  # the navbar link and the reset link


def test_it_escapes_quotes_names_and_titles(reviewer_client, make_article, make_claim):
    article = make_article(text="He said <img src=x onerror=alert(1)> twice.", title="<b>bold</b> title")
    make_claim(article, "<img src=x onerror=alert(1)>", claimant="<i>Someone</i>", value_text="<u>v</u>")
    body = reviewer_client.get("/claims/").content.decode()
    for raw in ("<img src=x", "<b>bold", "<i>Someone", "<u>v"):
        assert raw not in body
    assert "&lt;img src=x" in body and "&lt;b&gt;bold" in body and "&lt;i&gt;Someone" in body


def test_it_shows_current_verdicts_only(reviewer_client, desk):
    body = reviewer_client.get("/claims/?q=50%2C000").content.decode()
    row = body[body.index(f'data-claim-id="{desk["marched"].pk}"'):]
    row = row[:row.index("</tr>")]
    assert "false" in row and "accurate" not in row


def test_it_links_the_fact(reviewer_client, desk):
    from factcheck.models import Fact

    fact = Fact.objects.create(title="People killed in the flood", claim_count=1)
    Claim.objects.filter(pk=desk["died"].pk).update(fact=fact)
    body = reviewer_client.get("/claims/").content.decode()
    assert f'href="/facts/{fact.pk}/"' in body and "People killed in the flood" in body


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=quantity", ("died", "river", "marched")),
        ("kind=date", ("monday",)),
        ("state=disputed", ("river",)),
        ("state=corroborated", ("marched",)),
        ("verdict_label=false", ("river", "marched")),
        ("verdict_label=accurate", ("died",)),
        ("reviewer_name=rita", ("died", "marched")),
        ("reviewer_name=eddie", ("river",)),
        ("q=police", ("river",)),  # claimant name
        ("q=3 metres", ("river",)),  # value
        ("q=peaceful", ("peaceful",)),  # quote
        ("q=protest", ("marched", "peaceful")),  # article title
        ("q=protest&kind=statement", ("peaceful",)),
    ],
)
def test_each_filter_narrows_the_rows(reviewer_client, desk, query, expected):
    from django.contrib.auth import get_user_model

    # Filters take ids; the test names them to stay readable.
    params = []
    for part in query.split("&"):
        key, value = part.split("=")
        if key == "verdict_label":
            key, value = "verdict", VerdictRating.objects.get(label=value).pk
        elif key == "reviewer_name":
            key, value = "reviewer", get_user_model().objects.get(username=value).pk
        params.append((key, value))
    response = reviewer_client.get("/claims/", dict(params))
    assert sorted(row_ids(response)) == ids(desk, *expected)


def test_it_filters_by_article_outlet_claimant_and_fact(reviewer_client, desk):
    from factcheck.models import Fact

    flood, protest = desk["flood"], desk["protest"]
    assert sorted(row_ids(reviewer_client.get(f"/claims/?article={flood.pk}"))) == ids(desk, "died", "monday", "river")
    by_outlet = reviewer_client.get(f"/claims/?outlet={protest.outlet_id}")
    assert sorted(row_ids(by_outlet)) == ids(desk, "marched", "peaceful")
    governor = desk["died"].claimant_id
    assert sorted(row_ids(reviewer_client.get(f"/claims/?claimant={governor}"))) == ids(desk, "died", "monday")
    fact = Fact.objects.create(title="Crowd size", claim_count=1)
    Claim.objects.filter(pk=desk["marched"].pk).update(fact=fact)
    assert row_ids(reviewer_client.get(f"/claims/?fact={fact.pk}")) == [desk["marched"].pk]


def test_a_claim_with_two_matching_verdicts_is_one_row(reviewer_client, desk, editor):
    rate(desk["died"], editor, "accurate")
    rating = VerdictRating.objects.get(label="accurate")
    assert row_ids(reviewer_client.get(f"/claims/?verdict={rating.pk}")) == [desk["died"].pk]


def test_dismissed_claims_are_hidden_unless_asked_for(reviewer_client, desk):
    Claim.objects.filter(pk=desk["peaceful"].pk).update(dismissed=True)
    assert desk["peaceful"].pk not in row_ids(reviewer_client.get("/claims/"))
    response = reviewer_client.get("/claims/?show_dismissed=on")
    assert desk["peaceful"].pk in row_ids(response)
    assert "unreviewed, dismissed" in response.content.decode()


def test_it_sorts_by_a_column(reviewer_client, desk):
    ascending = row_ids(reviewer_client.get("/claims/?sort=claimant"))
    claimants = [Claim.objects.get(pk=pk).claimant.name for pk in ascending]
    assert claimants == sorted(claimants)
    descending = row_ids(reviewer_client.get("/claims/?sort=-claimant"))
    assert [Claim.objects.get(pk=pk).claimant.name for pk in descending] == sorted(claimants, reverse=True)


def test_it_returns_the_table_fragment_for_htmx(reviewer_client, desk):
    response = reviewer_client.get("/claims/?kind=date", headers=TABLE)
    body = response.content.decode()
    assert "<html" not in body and "<nav" not in body and 'id="claim-filter"' not in body
    assert body.lstrip().startswith('<div id="claim-table"')
    assert row_ids(response) == [desk["monday"].pk]
    assert "HX-Request" in response["Vary"]


def test_a_pushed_url_gives_a_full_page(reviewer_client, make_article, make_claim):
    for n in range(60):
        article = make_article(text=f"Officials said {n} people died.", title=f"Article {n:02}")
        make_claim(article, f"{n} people died", claimant=f"Claimant {n:02}")
    response = reviewer_client.get("/claims/?kind=quantity&sort=claimant&page=2")
    body = response.content.decode()
    assert "<html" in body and 'id="claim-filter"' in body and 'id="claim-table"' in body
    by_claimant = list(Claim.objects.order_by("claimant__name").values_list("pk", flat=True))
    assert row_ids(response) == by_claimant[50:]
    assert 'name="sort" value="claimant"' in body
    assert '<option value="quantity" selected>' in body


def test_changing_a_filter_keeps_the_sort_but_not_the_page(reviewer_client, desk):
    body = reviewer_client.get("/claims/?sort=-claimant&kind=quantity", headers=TABLE).content.decode()
    assert '<input type="hidden" name="sort" value="-claimant" form="claim-filter">' in body


def test_query_count_does_not_grow_with_rows(reviewer_client, make_article, make_claim, reviewer, editor):
    from factcheck.models import Fact

    def add(n):
        start = Claim.objects.count()
        for i in range(start, start + n):
            article = make_article(text="Police said 300 were arrested.", title=f"A{i}", outlet=f"Outlet {i}")
            claim = make_claim(article, "300 were arrested", claimant=f"Claimant {i}",
                               fact=Fact.objects.create(title=f"Fact {i}", claim_count=1))
            rate(claim, reviewer, "accurate")
            rate(claim, editor, f"rating {i}")

    add(2)
    few = query_count(reviewer_client, "/claims/")
    add(20)
    assert query_count(reviewer_client, "/claims/") == few
    assert query_count(reviewer_client, "/claims/", **TABLE) < few  # no filter form: no choice lists


def export(client, query=""):
    response = client.get(f"/claims/?{query}&_export=csv" if query else "/claims/?_export=csv")
    return response, list(csv.reader(io.StringIO(response.content.decode())))


@pytest.fixture
def exporter_client(client, reviewer):
    reviewer.user_permissions.add(Permission.objects.get(codename="export_records"))
    client.force_login(reviewer)
    return client


def test_export_needs_the_export_permission(reviewer_client, desk):
    response = reviewer_client.get("/claims/?_export=csv")
    assert response.status_code == 403
    page = reviewer_client.get("/claims/")
    assert page.status_code == 200 and "_export=csv" not in page.content.decode()


def test_export_gives_the_filtered_rows_as_csv(exporter_client, desk):
    response, rows = export(exporter_client, "kind=quantity&sort=claimant&page=2")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "claims.csv" in response["Content-Disposition"]
    assert rows[0] == ["Claim ID", "Claim", "Claimant", "Kind", "Value", "Fact", "State", "Verdict", "Article",
                       "Outlet", "Published"]
    # Every filtered row, not one page, in the table's order.
    assert [int(r[0]) for r in rows[1:]] == [desk["died"].pk, desk["marched"].pk, desk["river"].pk]
    assert rows[1][1:5] == ["120 people died", "Governor", "quantity", "120"]
    assert rows[3][6:8] == ["disputed", "false"]


def test_export_link_keeps_the_filters(exporter_client, desk):
    body = exporter_client.get("/claims/?kind=quantity&page=1").content.decode()
    assert 'href="?kind=quantity&amp;_export=csv"' in body


def test_export_neutralises_formula_cells(exporter_client, make_article, make_claim):
    article = make_article(text='Someone wrote =HYPERLINK("http://x") here.', title="@mention title")
    make_claim(article, '=HYPERLINK("http://x")', claimant="-Minus", value_text="+1")
    _, rows = export(exporter_client)
    row = rows[1]
    assert row[1] == "'=HYPERLINK(\"http://x\")"
    assert row[2] == "'-Minus" and row[4] == "'+1" and row[8] == "'@mention title"
