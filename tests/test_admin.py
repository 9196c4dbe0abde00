"""The admin: every model's changelist and change form loads, in a number of queries that does not grow with rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factcheck.models import (
    Article, Claim, Claimant, ClaimantAlias, Fact, Link, Note, Outlet, Verdict, VerdictRating,
)

pytestmark = pytest.mark.django_db

MODELS = [Outlet, Article, Claimant, ClaimantAlias, Fact, Claim, Link, VerdictRating, Verdict, Note]


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def build(make_article, make_claim, admin_user):
    """Adds `n` of every record: articles with claims, aliases, facts, links, verdicts and notes."""
    rating = VerdictRating.objects.get_or_create(label="admin-test rating", defaults={"value": 1})[0]

    made = []

    def add(n):
        for i in range(len(made), len(made) + n):
            made.append(i)
            fact = Fact.objects.create(title=f"Fact {i}")
            article = make_article(text=f"The mayor said {i + 10} people died, police said {i + 20}.",
                                   title=f"Report {i}", outlet=f"Outlet {i}", source_name=f"r{i}.txt")
            first = make_claim(article, f"{i + 10} people died", claimant=f"Mayor {i}", fact=fact)
            second = make_claim(article, f"{i + 20}", claimant=f"Police {i}", fact=fact)
            ClaimantAlias.objects.create(claimant=first.claimant, text=f"the mayor {i}")
            Link.objects.create(from_claim=first, to_claim=second, relation="contradicts", decided_by=admin_user)
            Verdict.objects.create(claim=first, reviewer=admin_user, rating=rating, note=f"note {i}")
            Note.objects.create(claim=first, author=admin_user, text=f"A note {i}")
            Note.objects.create(fact=fact, author=admin_user, text=f"A fact note {i}")

    return add


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        assert response.status_code == 200, url
        response.content  # rendered inside the context, so lazy template queries count
    return len(ctx.captured_queries)


def changelist(model):
    return reverse(f"admin:factcheck_{model._meta.model_name}_changelist")


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(admin_client_, build, model):
    build(2)
    few = queries(admin_client_, changelist(model))
    build(6)
    assert model.objects.count() >= 8 or model is VerdictRating
    assert queries(admin_client_, changelist(model)) == few


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_search_and_filters_load(admin_client_, build, model):
    build(2)
    response = admin_client_.get(changelist(model), {"q": "1"})
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_change_form_loads(admin_client_, build, model):
    build(2)
    obj = model.objects.order_by("pk").first()
    url = reverse(f"admin:factcheck_{model._meta.model_name}_change", args=[obj.pk])
    assert admin_client_.get(url).status_code == 200


def test_article_form_query_count_does_not_grow_with_its_claims(admin_client_, make_article, make_claim):
    words = " ".join(f"w{i}" for i in range(40))
    article = make_article(text=words)
    url = reverse("admin:factcheck_article_change", args=[article.pk])
    for i in range(2):
        make_claim(article, f"w{i}", claimant=f"Claimant {i}", start=words.index(f"w{i} "))
    few = queries(admin_client_, url)
    for i in range(2, 12):
        make_claim(article, f"w{i}", claimant=f"Claimant {i}", start=words.index(f"w{i} "))
    response = admin_client_.get(url)
    assert response.content.count(b'name="claims-') >= 12 * 2
    assert queries(admin_client_, url) == few


def test_claim_form_shows_verdict_and_note_history_in_flat_queries(admin_client_, admin_user, make_article,
                                                                    make_claim, django_user_model):
    claim = make_claim(make_article(), "12 people died")
    rating = VerdictRating.objects.get_or_create(label="admin-test rating", defaults={"value": 1})[0]
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])

    def add(i):
        user = django_user_model.objects.create_user(username=f"reviewer{i}")
        Verdict.objects.create(claim=claim, reviewer=user, rating=rating, note=f"verdict note {i}")
        Note.objects.create(claim=claim, author=user, text=f"history note {i}")

    add(0)
    few = queries(admin_client_, url)
    for i in range(1, 6):
        add(i)
    assert queries(admin_client_, url) == few
    page = admin_client_.get(url).content.decode()
    assert "verdict note 5" in page and "history note 5" in page
    # Read-only history: no form fields for past verdicts or notes.
    assert 'name="verdicts-0-note"' not in page and 'name="notes-0-text"' not in page


def test_verdicts_and_notes_cannot_be_changed_or_deleted(admin_client_, admin_user, make_article, make_claim):
    claim = make_claim(make_article(), "12 people died")
    rating = VerdictRating.objects.get_or_create(label="admin-test rating", defaults={"value": 1})[0]
    verdict = Verdict.objects.create(claim=claim, reviewer=admin_user, rating=rating, note="first")
    note = Note.objects.create(claim=claim, author=admin_user, text="kept")
    change = reverse("admin:factcheck_verdict_change", args=[verdict.pk])
    page = admin_client_.get(change).content.decode()
    assert 'name="note"' not in page
    admin_client_.post(change, {"note": "rewritten", "rating": rating.pk, "claim": claim.pk})
    verdict.refresh_from_db()
    assert verdict.note == "first"
    for url in (reverse("admin:factcheck_verdict_delete", args=[verdict.pk]),
                reverse("admin:factcheck_note_delete", args=[note.pk])):
        assert admin_client_.post(url, {"post": "yes"}).status_code == 403
    assert Verdict.objects.filter(pk=verdict.pk).exists() and Note.objects.filter(pk=note.pk).exists()


def test_editing_a_claim_span_in_the_admin_keeps_its_quote_in_step(admin_client_, make_article, make_claim):
    article = make_article(text="The governor said 120 people died on Monday.")
    claim = make_claim(article, "120 people")
    url = reverse("admin:factcheck_claim_change", args=[claim.pk])
    form = {
        "article": article.pk, "start": claim.start, "end": claim.end + len(" died"), "kind": claim.kind,
        "claimant": claim.claimant_id, "state": claim.state, "origin": claim.origin, "score": "0.5",
        "value_data": "{}", "claimant_text": "", "attribution": "", "value_text": "120",
        "verdicts-TOTAL_FORMS": "0", "verdicts-INITIAL_FORMS": "0",
        "notes-TOTAL_FORMS": "0", "notes-INITIAL_FORMS": "0",
    }
    response = admin_client_.post(url, form)
    assert response.status_code == 302, response.content.decode()[-2000:]
    claim.refresh_from_db()
    assert claim.quote == "120 people died" == article.text[claim.start:claim.end]
    assert claim.edited and claim.version == 2

    form["end"] = len(article.text) + 5
    response = admin_client_.post(url, form)
    assert response.status_code == 200 and "inside the article text" in response.content.decode()


def test_adding_an_article_leads_to_the_import_page(admin_client_):
    response = admin_client_.get(reverse("admin:factcheck_article_add"))
    assert response.status_code == 302 and response["Location"] == reverse("import_articles")


def test_autocomplete_answers_for_claims_and_claimants(admin_client_, make_article, make_claim):
    make_claim(make_article(text="Police said 12,000 marched."), "12,000 marched", claimant="City Police")
    for model, field, term in (("link", "from_claim", "12,000"), ("claim", "claimant", "Police")):
        response = admin_client_.get(reverse("admin:autocomplete"), {
            "app_label": "factcheck", "model_name": model, "field_name": field, "term": term,
        })
        assert response.status_code == 200 and response.json()["results"], (model, field)
