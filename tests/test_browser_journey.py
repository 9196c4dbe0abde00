"""A reviewer's first journey in a real browser: log in, open an article, open a claim's panel."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from .conftest import SEEDS

pytestmark = pytest.mark.browser


@pytest.fixture
def desk(live_server, transactional_db, django_user_model):
    call_command("import_articles", str(SEEDS), verbosity=0)
    django_user_model.objects.create_user(username="rita", password="a-long-test-password")
    return live_server.url


def log_in(page, url):
    page.goto(url + "/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()


def test_reviewer_logs_in_opens_an_article_and_a_claim(desk, page):
    log_in(page, desk)
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()
    rows = page.locator("#articles tbody tr")
    expect(rows).to_have_count(5)

    page.get_by_role("link", name=re.compile(r"^Moscow: 63 Russian soldiers")).click()
    expect(page).to_have_url(re.compile(r"/articles/\d+/$"))
    expect(page.locator("nav.navbar")).to_have_count(1)  # a whole page, not one swapped into the table
    expect(page.get_by_role("heading", name="Articles")).to_have_count(0)
    marks = page.locator("article.article-text mark[data-claim-id]")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 10

    claim = page.locator("article.article-text mark[data-claim-id]", has_text="63 Russian servicemen").first
    claim_id = claim.get_attribute("data-claim-id")
    claim.click()
    panel = page.locator("#claim-panel")
    expect(panel.locator(f'[data-selected-claim="{claim_id}"]')).to_be_visible()
    expect(panel).to_contain_text("63")
    expect(panel.locator("#panel-claimant")).to_contain_text(re.compile(r"Defen[cs]e Ministry", re.I))
    expect(page).to_have_url(re.compile(rf"\?claim={claim_id}$"))
    expect(page.locator(f'mark.selected[data-claim-id="{claim_id}"]').first).to_be_visible()

    # The pushed URL is a whole page: reloading keeps the panel open.
    page.reload()
    expect(page.locator(f'#claim-panel [data-selected-claim="{claim_id}"]')).to_be_visible()


def test_the_article_table_sorts_without_a_reload(desk, page):
    log_in(page, desk)
    page.evaluate("window.notReloaded = true")
    titles = page.locator("#articles tbody tr td:first-child")
    for _ in range(2):
        before = page.url
        page.locator("#articles thead").get_by_role("link", name="Title").click()
        expect(page).not_to_have_url(before)
        expect(page).to_have_url(re.compile(r"sort=-?title"))
        descending = "sort=-title" in page.url
        texts = titles.all_inner_texts()
        assert len(texts) == 5 and texts == sorted(texts, reverse=descending)
    assert page.evaluate("window.notReloaded") is True
