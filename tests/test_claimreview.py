"""schema.org ClaimReview: required fields, the scale's bounds, appearances, safe embedding, the bulk download."""

import datetime as dt
import json
import re

import pytest
from django.test import RequestFactory
from django.urls import reverse

from factcheck.claimreview import claim_review, json_ld_script
from factcheck.models import Claimant, Link, Verdict, VerdictRating

pytestmark = pytest.mark.django_db


@pytest.fixture
def scale():
    # Extreme values, so the bounds are these whatever scale a migration seeds.
    return {
        label: VerdictRating.objects.update_or_create(label=label, defaults={"value": value})[0]
        for label, value in (("test: false", -1000), ("test: mixed", 0), ("test: true", 1000))
    }


@pytest.fixture
def rated(make_article, make_claim, scale, reviewer):
    article = make_article(text="The ministry said 63 servicemen were killed.", title="Toll", outlet="Wire",
                           url="https://news.example/toll", published=dt.date(2023, 1, 2))
    claim = make_claim(article, "63 servicemen were killed", claimant="Defence Ministry")
    Verdict.objects.create(claim=claim, reviewer=reviewer, rating=scale["test: mixed"])
    return claim


def review_for(claim):
    request = RequestFactory().get("/")
    return claim_review(claim, request)


def test_it_has_every_required_field(rated, settings):
    settings.FACTCHECK_ORGANISATION = "Desk & Co"
    data = review_for(rated)
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == "63 servicemen were killed"
    assert data["url"] == f"http://testserver/articles/{rated.article_id}/?claim={rated.pk}"
    assert data["author"] == {"@type": "Organization", "name": "Desk & Co"}
    assert data["datePublished"] == rated.verdicts.get().created_at.date().isoformat()
    assert data["reviewRating"] == {
        "@type": "Rating", "ratingValue": 0, "bestRating": 1000, "worstRating": -1000, "alternateName": "test: mixed",
    }
    item = data["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"] == {"@type": "Organization", "name": "Defence Ministry"}
    assert item["appearance"] == [{
        "@type": "NewsArticle", "name": "Toll", "url": "https://news.example/toll", "datePublished": "2023-01-02",
        "publisher": {"@type": "Organization", "name": "Wire"},
    }]
    json.loads(json.dumps(data))


def test_a_person_claimant_is_a_person(rated):
    Claimant.objects.filter(pk=rated.claimant_id).update(kind=Claimant.Kind.PERSON)
    rated.refresh_from_db()
    assert review_for(rated)["itemReviewed"]["author"]["@type"] == "Person"


def test_a_claim_without_a_current_verdict_has_no_review(rated):
    rated.verdicts.update(is_current=False)
    assert claim_review(rated) is None


def test_the_most_recent_current_verdict_wins(rated, scale, editor):
    Verdict.objects.create(claim=rated, reviewer=editor, rating=scale["test: true"])
    assert review_for(rated)["reviewRating"]["alternateName"] == "test: true"


def test_appearance_lists_same_and_confirmed_corroborating_articles_once(rated, make_article, make_claim):
    def other(title, outlet):
        article = make_article(text="Moscow said 63 servicemen were killed.", title=title, outlet=outlet)
        return make_claim(article, "63 servicemen were killed", claimant="Defence Ministry")

    same, corroborates, suggested, rejected = (other(t, f"Outlet {t}") for t in ("Same", "Corr", "Sugg", "Rej"))
    Link.objects.create(from_claim=same, to_claim=rated, relation="same")
    Link.objects.create(from_claim=rated, to_claim=corroborates, relation="corroborates", status="confirmed")
    Link.objects.create(from_claim=rated, to_claim=suggested, relation="corroborates", status="suggested")
    Link.objects.create(from_claim=rated, to_claim=rejected, relation="same", status="rejected")
    appearance = review_for(rated)["itemReviewed"]["appearance"]
    assert [a["name"] for a in appearance] == ["Toll", "Same", "Corr"]
    assert appearance[1]["publisher"] == {"@type": "Organization", "name": "Outlet Same"}
    assert "url" not in appearance[1]


def test_script_tag_cannot_be_broken_out_of(rated):
    rated.quote = '</script><script>alert("x")</script><!-- & more'
    html = str(json_ld_script(review_for(rated)))
    assert html.startswith('<script type="application/ld+json">') and html.endswith("</script>")
    inner = html[len('<script type="application/ld+json">'):-len("</script>")]
    assert not re.search(r"[<>&]", inner)
    assert json.loads(inner)["claimReviewed"] == rated.quote


def test_bulk_download_lists_every_reviewed_claim_in_flat_queries(client, reviewer, rated, make_article,
                                                                  make_claim, scale, django_assert_num_queries):
    make_claim(rated.article, "The ministry said", claimant="Defence Ministry")  # no verdict: not listed
    client.force_login(reviewer)
    url = reverse("claimreview_json")

    def fetch():
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
        return response.json()

    data = fetch()
    assert [d["claimReviewed"] for d in data] == ["63 servicemen were killed"]
    few = len(connection_queries(client, url))
    for i in range(4):
        article = make_article(text=f"Officials said {i} died.", title=f"T{i}", outlet=f"O{i}")
        claim = make_claim(article, f"{i} died", claimant=f"Official {i}")
        Verdict.objects.create(claim=claim, reviewer=reviewer, rating=scale["test: true"])
        Link.objects.create(from_claim=claim, to_claim=rated, relation="same")
    with django_assert_num_queries(few):
        data = fetch()
    assert len(data) == 5 and len(data[0]["itemReviewed"]["appearance"]) == 5


def connection_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return ctx.captured_queries


def test_bulk_download_needs_login(client, rated):
    response = client.get(reverse("claimreview_json"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
