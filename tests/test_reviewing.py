"""Verdicts, notes, hand-made claims, edits and dismissals from the claim panel."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factcheck.importing import detect_article_claims
from factcheck.models import Claim, Fact, Note, Verdict, VerdictRating

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true", "HX-Target": "claim-panel"}
TEXT = "date 2024-05-02 The governor said at least 120 people died in the floods. Rescuers said 30 were missing."


@pytest.fixture
def claim(make_article, make_claim):
    article = make_article(text=TEXT, title="Floods", body_start=16)
    return make_claim(article, "The governor said at least 120 people died in the floods", value_text="at least 120")


def rating(label):
    return VerdictRating.objects.get(label=label)


def verdict(client, claim, label, version=None, **data):
    version = claim.version if version is None else version
    return client.post(f"/claims/{claim.pk}/verdicts/", {"rating": rating(label).pk, "version": version, **data},
                       headers=HX)


def test_the_default_scale_is_in_the_database_with_claimreview_numbers():
    labels = list(VerdictRating.objects.values_list("label", flat=True))
    for label in ["Accurate", "Mostly accurate", "Mixed", "Misleading", "False", "Unproven", "Conflicting accounts"]:
        assert label in labels
    assert rating("Accurate").value > rating("Mixed").value > rating("False").value


def test_a_verdict_is_recorded_with_note_and_evidence_and_the_claim_is_rated(reviewer_client, claim):
    body = verdict(reviewer_client, claim, "Mostly accurate", note="Matches the ministry's list.",
                   evidence="https://example.org/list\nhttp://example.org/b").content.decode()
    saved = Verdict.objects.get(claim=claim)
    assert saved.evidence == ["https://example.org/list", "http://example.org/b"] and saved.is_current
    assert Claim.objects.get(pk=claim.pk).state == "rated"
    assert "Mostly accurate" in body and "Matches the ministry" in body
    assert 'hx-swap-oob="true"' in body  # the highlight's colour changes at once


def test_only_web_links_are_accepted_as_evidence_and_the_input_is_kept(reviewer_client, claim):
    body = verdict(reviewer_client, claim, "False", note="keep me", evidence="javascript:alert(1)").content.decode()
    assert not Verdict.objects.exists()
    assert "http:// or https://" in body and "keep me" in body and "javascript:alert(1)" in body


def test_a_new_verdict_never_overwrites_the_old_one(reviewer_client, claim):
    verdict(reviewer_client, claim, "False")
    claim.refresh_from_db()
    verdict(reviewer_client, claim, "Mixed")
    history = list(Verdict.objects.filter(claim=claim).order_by("pk").values_list("rating__label", "is_current"))
    assert history == [("False", False), ("Mixed", True)]


def test_each_reviewer_has_a_current_verdict_and_disagreement_shows(client, reviewer, editor, claim):
    client.force_login(reviewer)
    verdict(client, claim, "False")
    claim.refresh_from_db()
    client.force_login(editor)
    body = verdict(client, claim, "Accurate").content.decode()
    assert Verdict.objects.filter(claim=claim, is_current=True).count() == 2
    assert 'id="reviewers-disagree"' in body and "rita — False" in body and "eddie — Accurate" in body


def test_a_verdict_on_a_changed_claim_is_a_conflict_that_keeps_both(client, reviewer, editor, claim):
    seen = claim.version
    client.force_login(editor)
    verdict(client, claim, "Accurate", version=seen)
    client.force_login(reviewer)
    body = verdict(client, claim, "False", version=seen, note="my reasons").content.decode()
    assert "Someone else changed this claim" in body and "my reasons" in body
    assert list(Verdict.objects.values_list("rating__label", flat=True)) == ["Accurate"]
    assert "eddie" in body  # their verdict is shown
    fresh = Claim.objects.get(pk=claim.pk).version
    verdict(client, claim, "False", version=fresh, note="my reasons")
    assert sorted(Verdict.objects.filter(is_current=True).values_list("rating__label", flat=True)) == [
        "Accurate", "False"]


def test_notes_on_a_claim_and_on_a_fact(reviewer_client, claim):
    body = reviewer_client.post(f"/claims/{claim.pk}/notes/", {"text": "Call the governor's office <b>"},
                                headers=HX).content.decode()
    assert "Call the governor&#x27;s office &lt;b&gt;" in body
    fact = Fact.objects.create(title="people killed in the floods")
    reviewer_client.post(f"/facts/{fact.pk}/notes/", {"text": "Two tolls circulate."}, headers={"HX-Request": "true"})
    assert Note.objects.filter(fact=fact, text="Two tolls circulate.").exists()
    assert "Two tolls circulate." in reviewer_client.get(f"/facts/{fact.pk}/").content.decode()


def test_an_empty_note_gets_a_message(reviewer_client, claim):
    body = reviewer_client.post(f"/claims/{claim.pk}/notes/", {"text": "   "}, headers=HX).content.decode()
    assert "A note needs some text." in body and not Note.objects.exists()


def test_a_claim_made_by_hand_has_exact_offsets_into_the_stored_text(reviewer_client, claim):
    article = claim.article
    start = article.text.index("Rescuers said 30")
    end = start + len("Rescuers said 30 were missing")
    response = reviewer_client.post(
        f"/articles/{article.pk}/claims/",
        {"start": start, "end": end, "quote": article.text[start:end], "kind": "quantity", "claimant": "Rescuers",
         "value_text": "30"},
        headers={"HX-Request": "true"},
    )
    made = Claim.objects.get(origin="manual")
    assert (made.start, made.end, made.quote) == (start, end, "Rescuers said 30 were missing")
    assert made.claimant.name == "Rescuers"
    body = response.content.decode()
    assert f'data-claim-id="{made.pk}"' in body  # highlighted at once, in the swapped text
    assert response["HX-Push-Url"].endswith(f"?claim={made.pk}")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"start": "", "end": ""}, "Select some of the article"),
        ({"start": 3, "end": 10}, "Select some of the article"),  # inside the date prefix
        ({"start": 20, "end": 30, "quote": "something else"}, "does not match the article text"),
    ],
)
def test_a_bad_selection_gets_a_message_in_the_form(reviewer_client, claim, data, message):
    response = reviewer_client.post(f"/articles/{claim.article_id}/claims/", {"kind": "statement", **data},
                                    headers={"HX-Request": "true"})
    assert message in response.content.decode()
    assert response["HX-Retarget"] == "#new-claim-feedback"
    assert not Claim.objects.filter(origin="manual").exists()


def test_an_editor_edits_a_claim_and_redetection_keeps_the_edit(client, editor, make_article):
    from factcheck.importing import import_text

    article = import_text("Police said 40 people were arrested on Saturday.", source_name="a.txt").article
    claim = article.claims.get(kind="quantity")
    client.force_login(editor)
    client.post(f"/claims/{claim.pk}/edit/", {"start": claim.start, "end": claim.end, "claimant": "City police",
                                              "value_text": "40 arrested", "kind": "quantity",
                                              "version": claim.version}, headers=HX)
    claim.refresh_from_db()
    assert claim.edited and claim.value_text == "40 arrested" and claim.claimant.name == "City police"
    detect_article_claims(article)
    assert Claim.objects.get(pk=claim.pk).value_text == "40 arrested"


def test_an_edit_over_someone_elses_edit_shows_what_changed(client, editor, claim):
    client.force_login(editor)
    seen = claim.version
    base = {"start": claim.start, "end": claim.end, "kind": "quantity", "version": seen}
    client.post(f"/claims/{claim.pk}/edit/", {**base, "claimant": "Governor", "value_text": "120"}, headers=HX)
    body = client.post(f"/claims/{claim.pk}/edit/", {**base, "claimant": "Governor", "value_text": "at least 120"},
                       headers=HX).content.decode()
    assert "Someone else saved this claim" in body and 'id="conflict-changes"' in body
    assert Claim.objects.get(pk=claim.pk).value_text == "120"
    assert 'value="at least 120"' in body  # the reviewer's input is still in the form


def test_dismissing_hides_the_claim_keeps_it_and_can_be_undone(client, editor, claim):
    client.force_login(editor)
    client.post(f"/claims/{claim.pk}/dismiss/", {"dismiss": "1"}, headers=HX)
    page = client.get(f"/articles/{claim.article_id}/").content.decode()
    assert f'data-claim-id="{claim.pk}"' not in page.split('id="article-text"')[1].split("</article>")[0]
    assert "Dismissed claims (1)" in page
    assert Claim.objects.get(pk=claim.pk).dismissed
    client.post(f"/claims/{claim.pk}/dismiss/", {"dismiss": "0"}, headers=HX)
    page = client.get(f"/articles/{claim.article_id}/").content.decode()
    assert f'data-claim-id="{claim.pk}"' in page


def test_a_reviewer_cannot_edit_or_dismiss(reviewer_client, claim):
    assert reviewer_client.post(f"/claims/{claim.pk}/dismiss/", {"dismiss": "1"}).status_code == 403
    assert reviewer_client.post(f"/claims/{claim.pk}/edit/", {"start": 16, "end": 30}).status_code == 403
    assert not Claim.objects.get(pk=claim.pk).dismissed


def test_progress_counts_rated_claims(reviewer_client, claim, make_claim):
    make_claim(claim.article, "Rescuers said 30 were missing", claimant="Rescuers")
    verdict(reviewer_client, claim, "Accurate")
    page = reviewer_client.get(f"/articles/{claim.article_id}/").content.decode()
    assert "1 of 2 reviewed" in page
    assert "1 of 2 claims reviewed" in reviewer_client.get("/").content.decode()


def test_panel_query_count_does_not_grow_with_verdicts_and_notes(client, django_user_model, claim):
    from django.contrib.auth.models import Group

    def count():
        with CaptureQueriesContext(connection) as ctx:
            client.get(f"/articles/{claim.article_id}/?claim={claim.pk}", headers=HX)
        return len(ctx.captured_queries)

    first = django_user_model.objects.create_user("r0", password="x-long-password")
    first.groups.add(Group.objects.get(name="Reviewers"))
    Verdict.objects.create(claim=claim, reviewer=first, rating=rating("Mixed"), note="n")
    Note.objects.create(claim=claim, author=first, text="first note")
    client.force_login(first)
    few = count()
    for n in range(8):
        user = django_user_model.objects.create_user(f"r{n + 1}", password="x-long-password")
        Verdict.objects.create(claim=claim, reviewer=user, rating=rating("Mixed"), note="n")
        Note.objects.create(claim=claim, author=user, text=f"note {n}")
    assert count() == few


def test_a_rated_claim_carries_its_claimreview_in_the_panel_and_the_fact_page(reviewer_client, claim):
    import json
    import re

    fact = Fact.objects.create(title="people killed in the floods")
    Claim.objects.filter(pk=claim.pk).update(fact=fact)
    claim.refresh_from_db()
    body = verdict(reviewer_client, claim, "Mostly accurate").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["@type"] == "ClaimReview" and data["reviewRating"]["alternateName"] == "Mostly accurate"
    page = reviewer_client.get(f"/facts/{fact.pk}/").content.decode()
    reviews = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert [r["claimReviewed"] for r in reviews] == [claim.quote]


def test_without_htmx_a_verdict_still_saves_and_redirects_to_the_claim(reviewer_client, claim):
    response = reviewer_client.post(f"/claims/{claim.pk}/verdicts/",
                                    {"rating": rating("Accurate").pk, "version": claim.version})
    assert response.status_code == 302 and response["Location"].endswith(f"?claim={claim.pk}")
    assert Verdict.objects.filter(claim=claim, rating__label="Accurate").exists()
    bad = reviewer_client.post(f"/claims/{claim.pk}/notes/", {"text": ""}, follow=True)
    assert "A note needs some text." in bad.content.decode()
