"""The article list: a sortable, filterable, paged table that swaps through htmx."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def query_count(client, url, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_it_needs_an_account(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_lists_articles_with_their_counts(reviewer_client, make_article, make_claim):
    article = make_article(text="The governor said 120 people died.", title="Flood toll rises", outlet="Daily Post")
    make_claim(article, "120 people died")
    response = reviewer_client.get("/")
    body = response.content.decode()
    assert "Flood toll rises" in body and "Daily Post" in body
    assert f'data-article-id="{article.pk}"' in body
    assert "0 of 1 claim reviewed" in body


def test_it_escapes_titles(reviewer_client, make_article):
    make_article(title="<img src=x onerror=alert(1)>")
    body = reviewer_client.get("/").content.decode()
    assert "<img src=x" not in body and "&lt;img src=x" in body


def test_it_returns_the_table_fragment_for_htmx(reviewer_client, make_article):
    make_article(title="Only one")
    response = reviewer_client.get("/?sort=title", headers={"HX-Request": "true", "HX-Target": "article-table"})
    body = response.content.decode()
    assert "<html" not in body and 'id="article-table"' in body and "Only one" in body
    assert "HX-Request" in response["Vary"]


def test_a_pushed_url_gives_a_full_page(reviewer_client, make_article):
    for n in range(30):
        make_article(title=f"Article {n:02}")
    body = reviewer_client.get("/?sort=title&page=2").content.decode()
    assert "<html" in body and "Article 25" in body and "Article 00" not in body


def test_it_filters_by_search_and_outlet(reviewer_client, make_article):
    make_article(title="Flood in the valley", outlet="Daily Post")
    make_article(title="Protest downtown", outlet="Evening Star")
    body = reviewer_client.get("/?q=flood").content.decode()
    assert "Flood in the valley" in body and "Protest downtown" not in body


def test_query_count_does_not_grow_with_rows(reviewer_client, make_article, make_claim):
    def add(n):
        for i in range(n):
            article = make_article(text="Police said 300 were arrested.", title=f"A{i}", outlet=f"Outlet {i}")
            make_claim(article, "300 were arrested")

    add(2)
    few = query_count(reviewer_client, "/")
    add(20)
    assert query_count(reviewer_client, "/") == few
    assert query_count(reviewer_client, "/", **{"HX-Request": "true", "HX-Target": "article-table"}) <= few
