"""An admin imports articles from the browser: two good files and a bad one, with progress, then reads one."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from factcheck.models import Article

pytestmark = pytest.mark.browser

FLOOD = "date 2024-05-03\nRiver bursts its banks\n\nThe governor said 120 people died in the flood, police said 95.\n"
PROTEST = "Police said 12,000 people marched on Saturday, while organisers put the crowd at 80,000.\n"

# Records every progress line the page shows, so the test sees the bar move, not just its end.
WATCH_PROGRESS = """
window.seenProgress = [];
document.addEventListener("DOMContentLoaded", () => {
  const note = () => {
    const el = document.getElementById("import-progress-text");
    const text = el && el.textContent.trim();
    if (text && window.seenProgress[window.seenProgress.length - 1] !== text) window.seenProgress.push(text);
  };
  note();
  new MutationObserver(note).observe(document.body, {childList: true, subtree: true});
});
"""


@pytest.fixture
def desk(live_server, transactional_db, django_user_model, settings, tmp_path):
    settings.FACTCHECK_IMPORT_DIR = str(tmp_path / "imports")
    user = django_user_model.objects.create_user(username="ada", password="a-long-test-password")
    user.groups.add(Group.objects.get(name="Admins"))
    return live_server.url


def test_admin_uploads_files_sees_each_result_and_opens_an_article(desk, page):
    page.add_init_script(WATCH_PROGRESS)
    page.goto(desk + "/accounts/login/")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Import").click()
    expect(page).to_have_url(re.compile(r"/import/$"))

    page.get_by_label("Text files").set_input_files([
        {"name": "flood.txt", "mimeType": "text/plain", "buffer": FLOOD.encode()},
        {"name": "broken.txt", "mimeType": "text/plain", "buffer": b"\x00\x01binary"},
        {"name": "protest.txt", "mimeType": "text/plain", "buffer": PROTEST.encode()},
    ])
    page.get_by_label("Outlet").fill("Daily Post")
    page.get_by_role("button", name="Import").click()

    expect(page.locator("#import-summary")).to_contain_text("Finished: 2 imported, 0 unchanged, 1 failed")
    expect(page.locator("#import-progress-text")).to_have_text("3 of 3 files done")
    lines = page.locator("#import-lines .import-line")
    expect(lines).to_have_count(3)
    expect(lines.nth(0)).to_contain_text(re.compile(r"flood\.txt:\s+imported as article \d+\s+with \d+ claims?"))
    expect(lines.nth(1)).to_contain_text(re.compile(r"broken\.txt:\s+failed: the file is binary, not text"))
    expect(lines.nth(2)).to_contain_text(re.compile(r"protest\.txt:\s+imported as article"))
    seen = page.evaluate("window.seenProgress")
    assert seen[:4] == ["0 of 3 files done", "1 of 3 files done", "2 of 3 files done", "3 of 3 files done"], seen

    lines.nth(0).get_by_role("link").click()
    flood = Article.objects.get(source_name="flood.txt")
    expect(page).to_have_url(re.compile(rf"/articles/{flood.pk}/$"))
    expect(page.locator("article.article-text mark[data-claim-id]").first).to_be_visible()
    assert page.locator("article.article-text mark[data-claim-id]").count() == flood.claims.live().count() >= 1
    assert flood.outlet.name == "Daily Post" and Article.objects.count() == 2
