"""An editor works the claims table in a real browser: search, filter, sort, then back through the history."""

import re

import pytest
from django.db.models import Q
from playwright.sync_api import expect

from factcheck.models import Claim


pytestmark = pytest.mark.browser


def expect_rows(page, claims):
    """The table shows exactly these claims (in any order)."""
    ids = sorted(str(pk) for pk in claims.values_list("pk", flat=True))
    rows = page.locator("#claims tbody tr[data-claim-id]")
    expect(rows).to_have_count(len(ids))
    assert sorted(rows.evaluate_all("rows => rows.map(r => r.dataset.claimId)")) == ids


def test_reviewer_filters_sorts_and_goes_back(desk, page):
    page.goto(desk + "/accounts/login/")
    page.get_by_label("Username").fill("rita")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.locator("nav.navbar").get_by_role("link", name="Claims", exact=True).click()
    expect(page).to_have_url(re.compile(r"/claims/$"))
    live = Claim.objects.live()
    expect(page.locator("#claim-count")).to_have_text(f"{live.count()} claims")
    page.evaluate("window.notReloaded = true")

    search = page.get_by_label("Search claims")
    search.fill("ministry")
    matching = live.filter(
        Q(quote__icontains="ministry") | Q(value_text__icontains="ministry") | Q(claimant__name__icontains="ministry")
        | Q(claimant_text__icontains="ministry") | Q(article__title__icontains="ministry")
    )
    assert 0 < matching.count() < 50 < live.count()
    expect(page).to_have_url(re.compile(r"/claims/\?q=ministry$"))
    expect_rows(page, matching)

    page.get_by_label("Kind").select_option("quantity")
    quantities = matching.filter(kind=Claim.Kind.QUANTITY)
    assert 0 < quantities.count() < matching.count()
    expect(page).to_have_url(re.compile(r"/claims/\?q=ministry&kind=quantity$"))
    expect_rows(page, quantities)

    page.locator("#claims thead").get_by_role("link", name="Claimant").click()
    expect(page).to_have_url(re.compile(r"\?(?=.*q=ministry)(?=.*kind=quantity)(?=.*sort=claimant)"))
    expect(page.locator("#claims thead th.asc")).to_contain_text("Claimant")
    expect_rows(page, quantities)
    names = page.locator("#claims tbody tr td:nth-child(2)").all_inner_texts()
    assert names == sorted(names, key=str.casefold) or names == sorted(names)

    page.go_back()
    expect(page).to_have_url(re.compile(r"/claims/\?q=ministry&kind=quantity$"))
    expect(page.locator("#claims thead th.asc")).to_have_count(0)
    expect_rows(page, quantities)
    expect(search).to_have_value("ministry")
    expect(page.get_by_label("Kind")).to_have_value("quantity")

    page.go_back()
    expect(page).to_have_url(re.compile(r"/claims/\?q=ministry$"))
    expect_rows(page, matching)
    expect(search).to_have_value("ministry")
    expect(page.get_by_label("Kind")).to_have_value("")
    assert page.evaluate("window.notReloaded") is True  # every step was an htmx swap, not a page load

    # A pushed URL opened afresh is the whole page with the same state.
    page.goto(desk + "/claims/?q=ministry&kind=quantity&sort=claimant")
    expect(page.locator("nav.navbar")).to_have_count(1)
    expect(page.get_by_label("Kind")).to_have_value("quantity")
    expect_rows(page, quantities)
