"""A reviewer's work in a real browser: rating, claims by hand, two reviewers at once, the keyboard."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from factcheck.models import Article, Claim, Verdict

from .conftest import SEEDS, settled

pytestmark = pytest.mark.browser
PASSWORD = "a-long-test-password"


@pytest.fixture
def desk(live_server, transactional_db, django_user_model):
    call_command("import_articles", str(SEEDS), verbosity=0)
    for name in ("rita", "sam"):
        user = django_user_model.objects.create_user(username=name, password=PASSWORD)
        user.groups.add(Group.objects.get(name="Reviewers"))
    return live_server.url


def log_in(page, url, username="rita"):
    page.goto(url + "/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Articles")).to_be_visible()


def open_claim(page, url, article, text):
    page.goto(f"{url}/articles/{article.pk}/")
    mark = page.locator("#article-text mark[data-claim-id]", has_text=text).first
    claim_id = mark.get_attribute("data-claim-id")
    mark.click()
    expect(page.locator(f'#claim-panel [data-selected-claim="{claim_id}"]')).to_be_visible()
    settled(page)
    return int(claim_id)


def select_text(page, phrase):
    """Select a phrase of the article text as a reader's drag would, and release the mouse."""
    page.evaluate(
        """(phrase) => {
            const root = document.getElementById('article-text');
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode, at = node.data.indexOf(phrase);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + phrase.length);
                    window.getSelection().removeAllRanges();
                    window.getSelection().addRange(range);
                    node.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
            throw new Error('phrase not found');
        }""",
        phrase,
    )


def headline_article():
    return Article.objects.get(source_name="004_c92ee13249389db6.txt")


def test_a_rating_is_kept_after_a_reload(desk, page):
    log_in(page, desk)
    claim_id = open_claim(page, desk, headline_article(), "63 Russian servicemen")
    page.get_by_label(re.compile("Your rating")).select_option(label="3 · Mixed")
    page.get_by_label("Note", exact=True).fill("Only the ministry's count; Ukraine says far more.")
    page.get_by_label(re.compile("Evidence links")).fill("https://example.org/statement")
    expect(page.get_by_label(re.compile("Your rating")).locator("option:checked")).to_have_text("3 · Mixed")
    page.get_by_role("button", name="Save verdict").click()
    history = page.locator("#verdict-history")
    expect(history).to_contain_text("Mixed by rita")
    expect(page.locator("#panel-error")).to_have_count(0)
    expect(page.locator(f'#article-text mark.claim-rated[data-claim-id="{claim_id}"]').first).to_be_visible()
    expect(page.locator("#article-status")).to_contain_text("1 of")  # the legend and progress follow at once
    expect(page.locator("#article-status .legend")).to_contain_text("rated 1")

    page.reload()
    expect(page.locator("#verdict-history")).to_contain_text("Only the ministry's count")
    expect(page.locator("#verdict-history a", has_text="example.org/statement")).to_be_visible()
    assert Verdict.objects.get(claim_id=claim_id).rating.label == "Mixed"


def test_a_claim_is_made_by_selecting_text(desk, page):
    log_in(page, desk)
    article = headline_article()
    page.goto(f"{desk}/articles/{article.pk}/")
    select_text(page, "Alexander Nemenov")
    form = page.locator("#new-claim")
    expect(form).to_be_visible()
    expect(form.locator("#new-claim-quote")).to_have_text("Alexander Nemenov")
    form.get_by_label("Claimant").fill("AFP")
    form.get_by_role("button", name="Create claim").click()

    made = page.locator("#article-text mark[data-claim-id]", has_text="Alexander Nemenov")
    expect(made).to_have_count(1)
    expect(form).to_be_hidden()
    claim = Claim.objects.get(origin="manual")
    assert article.text[claim.start:claim.end] == "Alexander Nemenov"
    assert made.get_attribute("data-claim-id") == str(claim.pk)
    expect(page.locator(f'#claim-panel [data-selected-claim="{claim.pk}"]')).to_be_visible()


def test_two_reviewers_at_once_keep_both_verdicts(desk, browser):
    article = headline_article()
    pages = []
    for name in ("rita", "sam"):
        page = browser.new_context().new_page()
        log_in(page, desk, name)
        claim_id = open_claim(page, desk, article, "63 Russian servicemen")
        pages.append(page)
    rita, sam = pages

    rita.get_by_label(re.compile("Your rating")).select_option(label="4 · Conflicting accounts")
    rita.get_by_role("button", name="Save verdict").click()
    expect(rita.locator("#verdict-history")).to_contain_text("Conflicting accounts by rita")

    sam.get_by_label(re.compile("Your rating")).select_option(label="1 · Accurate")
    sam.get_by_label("Note", exact=True).fill("The ministry's figure is confirmed by the funeral lists.")
    sam.get_by_role("button", name="Save verdict").click()
    expect(sam.locator("#panel-error")).to_contain_text("Someone else changed this claim")
    expect(sam.locator("#verdict-history")).to_contain_text("Conflicting accounts by rita")
    expect(sam.get_by_label("Note", exact=True)).to_have_value("The ministry's figure is confirmed by the funeral lists.")

    sam.get_by_role("button", name="Save my verdict too").click()
    expect(sam.locator("#reviewers-disagree")).to_contain_text("rita — Conflicting accounts")
    current = Verdict.objects.filter(claim_id=claim_id, is_current=True)
    assert sorted(current.values_list("reviewer__username", flat=True)) == ["rita", "sam"]


def test_the_keyboard_moves_between_claims_and_rates(desk, page):
    log_in(page, desk)
    page.goto(f"{desk}/articles/{headline_article().pk}/")
    page.keyboard.press("?")
    expect(page.locator("#keyboard-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#keyboard-help")).to_be_hidden()

    page.keyboard.press("j")
    panel = page.locator("#claim-panel [data-selected-claim]")
    expect(panel).to_be_visible()
    first = panel.get_attribute("data-selected-claim")
    page.keyboard.press("j")
    expect(page.locator(f'#claim-panel [data-selected-claim]:not([data-selected-claim="{first}"])')).to_be_visible()
    page.keyboard.press("k")
    expect(page.locator(f'#claim-panel [data-selected-claim="{first}"]')).to_be_visible()

    page.keyboard.press("n")
    expect(page.locator("#note-text")).to_be_focused()
    page.keyboard.type("Checked against the ministry's statement.")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#note-list")).to_contain_text("Checked against the ministry's statement.")
    settled(page)

    page.keyboard.press("Escape")
    page.keyboard.press("7")  # the seventh rating of the scale
    rating = page.get_by_label(re.compile("Your rating"))
    expect(rating).to_be_focused()
    expect(rating.locator("option:checked")).to_have_text("7 · False")
    page.keyboard.press("Control+Enter")
    expect(page.locator("#verdict-history")).to_contain_text("False by rita")
    page.keyboard.press("r")
    expect(page.get_by_label(re.compile("Your rating"))).to_be_focused()


def test_a_refused_action_is_explained_and_the_input_kept(desk, page, django_user_model):
    from django.contrib.auth.models import Group, Permission

    log_in(page, desk)
    open_claim(page, desk, headline_article(), "63 Russian servicemen")
    # The reviewers' right to rate is withdrawn while the page is open.
    Group.objects.get(name="Reviewers").permissions.remove(Permission.objects.get(codename="add_verdict"))
    page.get_by_label(re.compile("Your rating")).select_option(label="7 · False")
    page.get_by_label("Note", exact=True).fill("Keep this text")
    page.get_by_role("button", name="Save verdict").click()
    expect(page.locator("#request-error")).to_contain_text("You do not have permission")
    expect(page.get_by_label("Note", exact=True)).to_have_value("Keep this text")
    assert not Verdict.objects.exists()


def test_an_editor_changes_a_claims_span_by_selecting_text(desk, page, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="eddie", password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    log_in(page, desk, "eddie")
    article = headline_article()
    claim_id = open_claim(page, desk, article, "63 Russian servicemen")
    select_text(page, "63 Russian servicemen were killed")
    page.locator("#edit-claim summary").click()
    page.get_by_role("button", name="Use selected text as span").click()
    page.get_by_role("button", name="Save changes").click()
    expect(page.locator("#claim-panel blockquote strong")).to_have_text("63 Russian servicemen were killed")
    claim = Claim.objects.get(pk=claim_id)
    assert claim.quote == "63 Russian servicemen were killed" and claim.edited
    assert article.text[claim.start:claim.end] == claim.quote
