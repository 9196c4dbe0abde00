"""/import/: upload or paste, one file at a time through the import pipeline, with per-file results."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from factcheck.models import Article

from .conftest import SEEDS

pytestmark = pytest.mark.django_db

FLOOD = "date 2024-05-03\nRiver bursts its banks\n\nThe governor said 120 people died in the flood.\n"
PROTEST = "Police said 12,000 people marched on Saturday, while organisers put the crowd at 80,000.\n"


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.FACTCHECK_IMPORT_DIR = str(tmp_path / "imports")


@pytest.fixture
def admin_client_(client, django_user_model):
    user = django_user_model.objects.create_user(username="ada", password="a-long-test-password")
    user.groups.add(Group.objects.get(name="Admins"))
    client.force_login(user)
    return client


def upload(name, content):
    return SimpleUploadedFile(name, content if isinstance(content, bytes) else content.encode("utf-8"),
                              content_type="text/plain")


def run_batch(client, response):
    """Follow the redirect to the batch page, then import each file as htmx would."""
    assert response.status_code == 302, response.content.decode()[-1500:]
    batch_url = response["Location"]
    next_url = batch_url + "next/"
    steps = []
    while True:
        page = client.get(batch_url).content.decode()
        if 'id="import-next"' not in page:
            return page, steps
        steps.append(client.post(next_url, headers={"HX-Request": "true"}).content.decode())


def test_it_imports_files_and_reports_each_one(admin_client_):
    response = admin_client_.post(reverse("import_articles"), {
        "files": [upload("flood.txt", FLOOD), upload("empty.txt", b"  \n"), upload("protest.txt", PROTEST),
                  upload("notes.pdf", b"%PDF-1.4"), upload("latin1.txt", "Caf\xe9 said 3 died.".encode("latin-1"))],
        "outlet": "Daily Post",
    })
    page, steps = run_batch(admin_client_, response)
    assert len(steps) == 5
    assert "1 of 5 files done" in steps[0] and "5 of 5 files done" in steps[-1]
    assert 'hx-swap-oob="true"' in steps[0] and 'id="import-next"' in steps[0]
    assert 'id="import-next"' not in steps[-1] and "Finished: 2 imported, 0 unchanged, 3 failed" in steps[-1]

    flood = Article.objects.get(source_name="flood.txt")
    assert flood.title == "River bursts its banks" and str(flood.published) == "2024-05-03"
    assert flood.outlet.name == "Daily Post" and flood.claims.exists()
    assert f"imported as <a href=\"/articles/{flood.pk}/\">article {flood.pk}</a>" in page
    assert re.search(r"empty.txt</strong>:\s*<span class=\"text-danger\">failed: the file is empty", page)
    assert re.search(r"notes.pdf</strong>:\s*<span class=\"text-danger\">failed: not a .txt file", page)
    assert "failed: the file is not UTF-8 text" in page
    assert Article.objects.count() == 2


def test_the_same_file_twice_is_unchanged(admin_client_):
    run_batch(admin_client_, admin_client_.post(reverse("import_articles"), {"files": [upload("a.txt", FLOOD)]}))
    page, _ = run_batch(admin_client_, admin_client_.post(reverse("import_articles"), {"files": [upload("b.txt", FLOOD)]}))
    assert "unchanged (already" in page and Article.objects.count() == 1


def test_a_pasted_text_with_title_date_and_url(admin_client_):
    response = admin_client_.post(reverse("import_articles"), {
        "text": PROTEST.replace("\n", "\r\n"), "title": "Crowd sizes", "published": "2024-06-01",
        "url": "https://news.example/crowd", "outlet": "",
    })
    page, steps = run_batch(admin_client_, response)
    article = Article.objects.get()
    assert article.title == "Crowd sizes" and str(article.published) == "2024-06-01"
    assert article.url == "https://news.example/crowd" and article.outlet is None and article.source_name == ""
    assert "\r" not in article.text and "Pasted text" in page


def test_bad_input_loses_nothing(admin_client_):
    pasted = "date 2024-13-45\nSomething happened."
    response = admin_client_.post(reverse("import_articles"), {
        "text": pasted, "title": "Two titles?", "outlet": "Wire", "published": "not a date",
        "files": [upload("flood.txt", FLOOD)],
    })
    page = response.content.decode()
    assert response.status_code == 200
    assert "The pasted text cannot be imported: the date prefix" in page
    assert "A title belongs to one article" in page and "Enter a valid date" in page
    assert pasted in page and 'value="Wire"' in page and 'value="Two titles?"' in page
    kept = re.search(r'name="kept" value="([0-9a-f]{32})"', page).group(1)
    assert "flood.txt" in page

    # Fixed on the second try without choosing the file again.
    response = admin_client_.post(reverse("import_articles"), {"kept": kept, "outlet": "Wire", "text": ""})
    page, _ = run_batch(admin_client_, response)
    assert Article.objects.get().source_name == "flood.txt"


def test_nothing_to_import_is_an_error(admin_client_):
    response = admin_client_.post(reverse("import_articles"), {"outlet": "Wire"})
    assert response.status_code == 200 and "Choose one or more .txt files, or paste a text" in response.content.decode()


def test_the_seeds_import_as_the_command_imports_them(admin_client_):
    files = [upload(path.name, path.read_bytes()) for path in sorted(SEEDS.glob("*.txt"))]
    page, _ = run_batch(admin_client_, admin_client_.post(reverse("import_articles"), {"files": files}))
    assert f"Finished: {len(files)} imported, 0 unchanged, 0 failed" in page
    assert {a.source_name for a in Article.objects.all()} == {f.name for f in files}


def test_without_htmx_next_redirects_to_the_batch_page(admin_client_):
    response = admin_client_.post(reverse("import_articles"), {"files": [upload("flood.txt", FLOOD)]})
    batch_url = response["Location"]
    assert admin_client_.post(batch_url + "next/")["Location"] == batch_url
    assert Article.objects.count() == 1


def test_users_without_the_permission_get_a_clear_403(client, reviewer):
    client.force_login(reviewer)
    response = client.get(reverse("import_articles"))
    assert response.status_code == 403
    assert "needs the permission to add articles" in response.content.decode()
    assert client.post(reverse("import_articles"), {"text": PROTEST}).status_code == 403
    assert Article.objects.count() == 0
    assert 'href="/import/"' not in client.get("/").content.decode()


def test_a_batch_belongs_to_its_user(admin_client_, client, django_user_model):
    response = admin_client_.post(reverse("import_articles"), {"files": [upload("flood.txt", FLOOD)]})
    batch_url = response["Location"]
    other = django_user_model.objects.create_user(username="bob")
    other.groups.add(Group.objects.get(name="Admins"))
    client.force_login(other)
    assert client.get(batch_url).status_code == 404
    assert client.post(batch_url + "next/").status_code == 404


def test_the_navbar_links_to_the_import_page_for_admins(admin_client_):
    assert 'href="/import/"' in admin_client_.get("/").content.decode()


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get(reverse("import_articles"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
