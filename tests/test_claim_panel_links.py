"""The claim panel's links: competing and corroborating claims, decisions, links by hand, moving facts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.models import Claim, Fact, Link

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true", "HX-Target": "claim-panel"}


@pytest.fixture
def flood(make_article, make_claim):
    """Three reports of one flood: officials, an aid group, a repeat."""
    fact = Fact.objects.create(title="people killed in the floods", key="killed|people|test")
    a = make_article(text="The governor said at least 120 people died.", title="Governor: 120 dead", outlet="Daily Post")
    b = make_article(text="The Red Crescent said more than 300 people died.", title="Aid group: 300 dead",
                     outlet="Evening Star")
    c = make_article(text="Officials said at least 120 people were killed.", title="Toll at 120", outlet="Wire")
    gov = make_claim(a, "at least 120 people died", claimant="Provincial Governor", value_text="at least 120", fact=fact)
    red = make_claim(b, "more than 300 people died", claimant="Red Crescent", value_text="more than 300", fact=fact)
    rep = make_claim(c, "at least 120 people were killed", claimant="Provincial Governor", value_text="at least 120",
                     fact=fact)
    contra = Link.objects.create(from_claim=gov, to_claim=red, relation="contradicts", score=0.8,
                                 reason="both count people killed in the floods: at least 120 vs more than 300")
    same = Link.objects.create(from_claim=rep, to_claim=gov, relation="same", score=0.9, reason="same figure, same claimant")
    return {"fact": fact, "gov": gov, "red": red, "rep": rep, "contra": contra, "same": same}


def panel(client, claim):
    return client.get(f"/articles/{claim.article_id}/?claim={claim.pk}", headers=HX).content.decode()


def test_it_shows_competing_and_corroborating_claims_with_article_outlet_and_claimant(reviewer_client, flood):
    body = panel(reviewer_client, flood["gov"])
    competing = body.split('id="competing"')[1].split('id="corroborating"')[0]
    assert "more than 300" in competing and "Red Crescent" in competing and "Evening Star" in competing
    assert f'/articles/{flood["red"].article_id}/?claim={flood["red"].pk}' in competing
    assert "at least 120 vs more than 300" in competing
    corroborating = body.split('id="corroborating"')[1]
    assert "Toll at 120" in corroborating and "Wire" in corroborating


def test_a_reviewer_confirms_a_suggestion(reviewer_client, flood):
    response = reviewer_client.post(f"/links/{flood['contra'].pk}/confirm/", {"claim": flood["gov"].pk}, headers=HX)
    assert response.status_code == 200 and "confirmed" in response.content.decode()
    flood["contra"].refresh_from_db()
    assert flood["contra"].status == "confirmed" and flood["contra"].decided_by.username == "rita"
    assert Claim.objects.get(pk=flood["gov"].pk).state == "disputed"


def test_a_rejected_suggestion_leaves_the_lists(reviewer_client, flood):
    reviewer_client.post(f"/links/{flood['contra'].pk}/reject/", {"claim": flood["gov"].pk}, headers=HX)
    body = panel(reviewer_client, flood["gov"])
    assert "No other source gives a different answer." in body
    assert "Rejected suggestions (1)" in body
    assert Claim.objects.get(pk=flood["gov"].pk).state == "corroborated"


def test_decisions_need_permission_and_login(client, django_user_model, flood):
    url = f"/links/{flood['contra'].pk}/confirm/"
    assert client.post(url, {"claim": flood["gov"].pk}).status_code == 302
    nobody = django_user_model.objects.create_user("nobody", password="a-long-test-password")
    client.force_login(nobody)
    assert client.post(url, {"claim": flood["gov"].pk}).status_code == 403
    assert Link.objects.get(pk=flood["contra"].pk).status == "suggested"


def test_decisions_need_a_csrf_token(reviewer, flood):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(reviewer)
    assert strict.post(f"/links/{flood['contra'].pk}/confirm/", {"claim": flood["gov"].pk}).status_code == 403


def test_search_finds_claims_in_other_articles_only(reviewer_client, flood, make_claim):
    url = f"/claims/{flood['gov'].pk}/link-candidates/?q=people"
    body = reviewer_client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert f'data-claim-id="{flood["red"].pk}"' in body and f'data-claim-id="{flood["rep"].pk}"' in body
    assert f'data-claim-id="{flood["gov"].pk}"' not in body


def test_a_reviewer_links_two_claims_by_hand(reviewer_client, flood, make_article, make_claim):
    other = make_claim(make_article(text="Rescuers said 40 people were missing.", title="Missing"), "40 people were missing",
                       claimant="Rescuers")
    response = reviewer_client.post(f"/claims/{flood['gov'].pk}/links/", {"to_claim": other.pk, "relation": "corroborates"},
                                    headers=HX)
    assert response.status_code == 200
    link = Link.objects.get(from_claim=flood["gov"], to_claim=other)
    assert (link.origin, link.status, link.relation) == ("manual", "confirmed", "corroborates")


def test_linking_to_a_claim_of_the_same_article_is_refused_with_a_message(reviewer_client, flood, make_claim):
    same_article = make_claim(flood["gov"].article, "120 people", claimant="Someone")
    body = reviewer_client.post(f"/claims/{flood['gov'].pk}/links/", {"to_claim": same_article.pk,
                                                                      "relation": "same"}, headers=HX).content.decode()
    assert "Choose a claim from another article." in body
    assert not Link.objects.filter(to_claim=same_article).exists()


def test_an_editor_moves_a_claim_to_a_new_fact(client, editor, flood):
    client.force_login(editor)
    body = client.post(f"/claims/{flood['red'].pk}/fact/", {"new_fact": "people killed across the province"},
                       headers=HX).content.decode()
    claim = Claim.objects.get(pk=flood["red"].pk)
    assert claim.fact.title == "people killed across the province" and claim.edited
    assert "people killed across the province" in body


def test_a_reviewer_cannot_move_claims(reviewer_client, flood):
    response = reviewer_client.post(f"/claims/{flood['red'].pk}/fact/", {"new_fact": "x"}, headers=HX)
    assert response.status_code == 403


def test_panel_query_count_does_not_grow_with_links(reviewer_client, flood, make_article, make_claim):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            panel(reviewer_client, flood["gov"])
        return len(ctx.captured_queries)

    few = count()
    for n in range(15):
        other = make_claim(make_article(text=f"Source {n} said {200 + n} people died.", title=f"R{n}", outlet=f"O{n}"),
                           f"{200 + n} people died", claimant=f"Source {n}", fact=flood["fact"])
        Link.objects.create(from_claim=flood["gov"], to_claim=other, relation="contradicts", score=0.5)
    assert count() == few


def test_link_search_query_count_does_not_grow_with_matches(reviewer_client, flood, make_article, make_claim):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            reviewer_client.get(f"/claims/{flood['gov'].pk}/link-candidates/?q=people", headers={"HX-Request": "true"})
        return len(ctx.captured_queries)

    few = count()
    for n in range(12):
        make_claim(make_article(text=f"Group {n} said {n + 5} people died.", title=f"G{n}", outlet=f"O{n}"),
                   f"{n + 5} people died", claimant=f"Group {n}")
    assert count() == few
