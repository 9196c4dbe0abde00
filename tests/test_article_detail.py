"""The article page: the text with every claim highlighted, and the claim panel beside it."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

TEXT = (
    "date 2024-05-02 The governor said at least 120 people died in the floods, while the Red Crescent "
    "put the toll at nearly 200.\n\nRescuers said <b>dozens</b> were still missing."
)


@pytest.fixture
def article(make_article, make_claim):
    article = make_article(text=TEXT, title="Floods kill at least 120", body_start=16, outlet="Daily Post")
    make_claim(article, "The governor said at least 120 people died in the floods", value_text="at least 120")
    make_claim(article, "the Red Crescent put the toll at nearly 200", claimant="Red Crescent", value_text="nearly 200")
    make_claim(article, "Rescuers said <b>dozens</b> were still missing", claimant="Rescuers", value_text="dozens")
    return article


def test_every_claim_is_highlighted_with_its_id(reviewer_client, article):
    body = reviewer_client.get(f"/articles/{article.pk}/").content.decode()
    ids = set(re.findall(r'<mark class="claim [^"]*" data-claim-id="(\d+)"', body))
    assert ids == {str(c.pk) for c in article.claims.all()}
    assert "date 2024-05-02" not in body.split('class="article-text"')[1]


def test_article_text_is_escaped(reviewer_client, article):
    body = reviewer_client.get(f"/articles/{article.pk}/").content.decode()
    assert "<b>dozens</b>" not in body
    assert "&lt;b&gt;dozens&lt;/b&gt;" in body


def test_the_panel_is_a_fragment_for_htmx(reviewer_client, article):
    claim = article.claims.get(value_text="nearly 200")
    response = reviewer_client.get(
        f"/articles/{article.pk}/?claim={claim.pk}", headers={"HX-Request": "true", "HX-Target": "claim-panel"}
    )
    body = response.content.decode()
    assert "<html" not in body
    assert "Red Crescent" in body and "nearly 200" in body
    assert f'data-selected-claim="{claim.pk}"' in body


def test_a_pushed_panel_url_gives_the_full_page_with_the_panel_open(reviewer_client, article):
    claim = article.claims.get(value_text="dozens")
    body = reviewer_client.get(f"/articles/{article.pk}/?claim={claim.pk}").content.decode()
    assert "<html" in body and 'class="article-text"' in body
    assert f'data-selected-claim="{claim.pk}"' in body
    assert "Rescuers said &lt;b&gt;dozens" in body


def test_a_claim_of_another_article_is_not_found(reviewer_client, article, make_article, make_claim):
    other = make_article(text="Police said 40 were arrested.", title="Other")
    claim = make_claim(other, "40 were arrested")
    assert reviewer_client.get(f"/articles/{article.pk}/?claim={claim.pk}").status_code == 404


def test_it_needs_an_account(client, article):
    assert client.get(f"/articles/{article.pk}/").status_code == 302


def test_query_count_does_not_grow_with_claims(reviewer_client, make_article, make_claim):
    sentence = "Officials said 12 people were hurt. "

    def page_queries(n):
        article = make_article(text=sentence * n, title=f"{n} claims")
        for i in range(n):
            make_claim(article, sentence.strip(), claimant=f"Official {i}", start=i * len(sentence))
        with CaptureQueriesContext(connection) as ctx:
            assert reviewer_client.get(f"/articles/{article.pk}/").status_code == 200
        with CaptureQueriesContext(connection) as panel:
            reviewer_client.get(
                f"/articles/{article.pk}/?claim={article.claims.last().pk}",
                headers={"HX-Request": "true", "HX-Target": "claim-panel"},
            )
        return len(ctx.captured_queries), len(panel.captured_queries)

    assert page_queries(2) == page_queries(25)
