"""A reviewer weighs the other sources in a real browser: confirm, reject, link by hand, open the fact."""

import re

import pytest
from playwright.sync_api import expect

from factcheck.models import Link

from .conftest import settled


pytestmark = pytest.mark.browser


def test_reviewer_confirms_rejects_links_and_opens_the_fact(desk, page):
    page.goto(desk + "/accounts/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name=re.compile(r"^Moscow: 63 Russian soldiers")).click()
    page.evaluate("window.notReloaded = true")

    page.locator("article.article-text mark[data-claim-id]", has_text="63 Russian servicemen").first.click()
    panel = page.locator("#claim-panel")
    competing = panel.locator("#competing .link-row")
    expect(competing.first).to_be_visible()
    count = competing.count()
    assert count >= 2

    first_link = competing.first.get_attribute("data-link-id")
    competing.first.get_by_role("button", name="Confirm").click()
    expect(panel.locator(f'#competing [data-link-id="{first_link}"]')).to_contain_text("confirmed")

    second = panel.locator("#competing .link-row").filter(has=page.get_by_role("button", name="Reject")).first
    second_link = second.get_attribute("data-link-id")
    second.get_by_role("button", name="Reject").click()
    expect(panel.locator(f'#competing [data-link-id="{second_link}"]')).to_have_count(0)
    expect(panel.get_by_text("Rejected suggestions (1)")).to_be_visible()
    assert Link.objects.get(pk=first_link).status == "confirmed"
    assert Link.objects.get(pk=second_link).status == "rejected"

    settled(page)  # the reject swapped the whole panel: type into the search box that stays
    panel.get_by_label("Search claims in other articles").fill("Klitschko")
    candidate = panel.locator("#link-candidates form.candidate").first
    expect(candidate).to_be_visible()
    other = candidate.get_attribute("data-claim-id")
    candidate.get_by_label("How they relate").select_option("corroborates")
    candidate.get_by_role("button", name="Link").click()
    expect(panel.locator(f'#corroborating .link-row[data-claim-id="{other}"]')).to_contain_text("confirmed")
    assert Link.objects.filter(origin="manual", to_claim_id=other, relation="corroborates").exists()
    assert page.evaluate("window.notReloaded") is True

    panel.locator("#panel-fact a").click()
    expect(page).to_have_url(re.compile(r"/facts/\d+/$"))
    plot = page.locator("svg.value-plot")
    expect(plot).to_be_visible()
    assert plot.locator("g.row[data-claim-id]").count() >= 5
    expect(page.locator("tr.claim-row[data-claim-id]").first).to_be_visible()
