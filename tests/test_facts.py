"""The fact list, most disputed first, and the fact page with its claims side by side and the plot."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.linking import refresh_facts
from factcheck.models import Fact, Link

pytestmark = pytest.mark.django_db


@pytest.fixture
def protest(make_article, make_claim):
    fact = Fact.objects.create(title="people at the march", key="turnout|people|test")
    police = make_article(text="Police said 12,000 people marched.", title="Police count", outlet="Daily Post")
    unions = make_article(text="Unions said some 80,000 people marched.", title="Union count", outlet="Evening Star")
    repeat = make_article(text="Police put the turnout at 12,000.", title="Wire copy", outlet="Wire")
    a = make_claim(police, "12,000 people marched", claimant="Police", value_text="12,000", value_low=12000,
                   value_high=12000, fact=fact)
    b = make_claim(unions, "some 80,000 people marched", claimant="Unions", value_text="some 80,000",
                   value_qualifier="about", value_low=70000, value_high=90000, fact=fact)
    c = make_claim(repeat, "12,000", claimant="Police", value_text="12,000", value_low=12000, value_high=12000, fact=fact)
    Link.objects.create(from_claim=a, to_claim=b, relation="contradicts", score=0.8)
    calm = Fact.objects.create(title="buses hired", key="hired|buses|test")
    make_claim(police, "Police", claimant="Police", value_text="3", value_low=3, value_high=3, fact=calm)
    refresh_facts([fact.pk, calm.pk])
    return {"fact": fact, "calm": calm, "claims": (a, b, c)}


def test_the_most_disputed_fact_comes_first(reviewer_client, protest):
    body = reviewer_client.get("/facts/").content.decode()
    ids = re.findall(r'data-fact-id="(\d+)"', body)
    assert ids[0] == str(protest["fact"].pk)


def test_the_fact_page_groups_claims_by_value_with_claimant_outlet_and_date(reviewer_client, protest):
    body = reviewer_client.get(f"/facts/{protest['fact'].pk}/").content.decode()
    for claim in protest["claims"]:
        assert f'data-claim-id="{claim.pk}"' in body
    assert body.count('class="mb-3 value-group"') == 2
    assert "Evening Star" in body and "Unions" in body


def test_it_counts_independent_claimants_apart_from_claims(reviewer_client, protest):
    body = reviewer_client.get(f"/facts/{protest['fact'].pk}/").content.decode()
    counts = re.sub(r"\s+", " ", body.split('id="fact-counts"')[1].split("</p>")[0])
    assert "3 claims in 3 articles" in counts and "2 independent claimants" in counts


def test_the_plot_marks_each_claim_with_its_claimant(reviewer_client, protest):
    body = reviewer_client.get(f"/facts/{protest['fact'].pk}/").content.decode()
    svg = body.split("<svg", 1)[1].split("</svg>")[0]
    assert svg.count('class="row') == 3 and "Unions" in svg and "Police" in svg
    assert "log scale" not in svg  # 12,000 to 90,000 is within one order of magnitude


def test_the_plot_uses_a_log_scale_for_values_orders_apart(reviewer_client, protest, make_claim):
    make_claim(protest["claims"][0].article, "Police", claimant="Organisers", value_text="1 million", value_low=1e6,
               value_high=1e6, fact=protest["fact"])
    body = reviewer_client.get(f"/facts/{protest['fact'].pk}/").content.decode()
    assert "log scale" in body


def test_fact_pages_escape_names(reviewer_client, protest, make_claim):
    make_claim(protest["claims"][0].article, "Police", claimant="<script>x</script>", value_text="5", value_low=5,
               value_high=5, fact=protest["fact"])
    body = reviewer_client.get(f"/facts/{protest['fact'].pk}/").content.decode()
    assert "<script>x" not in body


def test_query_counts_do_not_grow_with_claims(reviewer_client, protest, make_article, make_claim):
    def count(url):
        with CaptureQueriesContext(connection) as ctx:
            assert reviewer_client.get(url).status_code == 200
        return len(ctx.captured_queries)

    few = count(f"/facts/{protest['fact'].pk}/"), count("/facts/")
    for n in range(12):
        article = make_article(text=f"Group {n} said {1000 * n + 5} marched.", title=f"G{n}", outlet=f"Outlet {n}")
        make_claim(article, "marched", claimant=f"Group {n}", value_text=str(1000 * n + 5), value_low=1000 * n + 5,
                   value_high=1000 * n + 5, fact=protest["fact"])
        Fact.objects.create(title=f"other {n}", key=f"k{n}", claim_count=1)
    assert (count(f"/facts/{protest['fact'].pk}/"), count("/facts/")) == few


def test_a_pushed_fact_list_url_gives_a_full_page(reviewer_client, protest):
    body = reviewer_client.get("/facts/?sort=title").content.decode()
    assert "<html" in body
    fragment = reviewer_client.get("/facts/?sort=title", headers={"HX-Request": "true", "HX-Target": "fact-table"})
    assert "<html" not in fragment.content.decode()


def test_the_fact_table_fragment_and_fact_notes_keep_flat_query_counts(reviewer_client, reviewer, protest):
    from factcheck.models import Note

    def count(method, url, **kwargs):
        with CaptureQueriesContext(connection) as ctx:
            assert getattr(reviewer_client, method)(url, **kwargs).status_code == 200
        return len(ctx.captured_queries)

    def both():
        return (count("get", "/facts/?sort=title", headers={"HX-Request": "true", "HX-Target": "fact-table"}),
                count("post", f"/facts/{fact.pk}/notes/", data={"text": "n"}, headers={"HX-Request": "true"}))

    fact = protest["fact"]
    few = both()
    for n in range(10):
        Fact.objects.create(title=f"more {n}", key=f"m{n}", claim_count=2)
        Note.objects.create(fact=fact, author=reviewer, text=f"note {n}")
    assert both() == few
