"""What a reviewer records from the claim panel: verdicts, notes, new claims, edits, dismissals.

Every action answers with the refreshed panel (htmx swaps it in place). Validation errors and
conflicts come back as a 200 with the reviewer's input kept, so nothing typed is lost.
"""

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django_htmx.http import reswap, retarget

from .. import extraction, linking, reviewing
from ..models import Article, Claim, Claimant, ClaimantAlias, Fact, VerdictRating
from .claims import panel_claim, render_panel

NOTE_MAX = 5000


def note_error(text: str) -> str:
    """Why a note cannot be saved, or "" when it can."""
    if not text:
        return "A note needs some text."
    if len(text) > NOTE_MAX:
        return f"Notes are limited to {NOTE_MAX} characters."
    return ""


def seen_version(request):
    value = request.POST.get("version", "")
    return int(value) if value.isdigit() else None


@require_POST
@permission_required("factcheck.add_verdict", raise_exception=True)
def claim_verdict(request, pk):
    claim = panel_claim(pk)
    form = {"rating": request.POST.get("rating", ""), "note": request.POST.get("note", "").strip(),
            "evidence": request.POST.get("evidence", "")}
    rating = VerdictRating.objects.filter(pk=form["rating"] if form["rating"].isdigit() else 0).first()
    if rating is None:
        return render_panel(request, claim, error="Choose a rating.", verdict_form=form)
    try:
        evidence = reviewing.parse_evidence(form["evidence"])
    except ValidationError as exc:
        return render_panel(request, claim, error=exc.messages[0], verdict_form=form)
    try:
        reviewing.record_verdict(claim, request.user, rating, form["note"], evidence, seen_version(request))
    except reviewing.Conflict as conflict:
        return render_panel(
            request, claim, verdict_form=form, conflict=True,
            error=f"Someone else changed this claim while you were reviewing it (now version "
                  f"{conflict.claim.version}). Their change is shown below; your verdict is kept in the "
                  f"form — save it again to add it.",
        )
    return render_panel(request, claim, article_changed=True)


@require_POST
@permission_required("factcheck.add_note", raise_exception=True)
def claim_note(request, pk):
    claim = panel_claim(pk)
    text = request.POST.get("text", "").strip()
    if error := note_error(text):
        return render_panel(request, claim, error=error, note_text=text)
    reviewing.add_note(request.user, text, claim=claim)
    return render_panel(request, claim)


@require_POST
@permission_required("factcheck.add_note", raise_exception=True)
def fact_note(request, pk):
    fact = get_object_or_404(Fact, pk=pk)
    text = request.POST.get("text", "").strip()
    error = note_error(text)
    if not error:
        reviewing.add_note(request.user, text, fact=fact)
        text = ""
    if not request.htmx:
        if error:
            messages.warning(request, error)
        return redirect(fact.get_absolute_url())
    context = {"fact": fact, "notes": list(fact.notes.select_related("author")), "note_error": error,
               "note_text": text, "can_note": True}
    return render(request, "fact_detail.html#fact-notes", context)


def claimant_for(name: str):
    name = name.strip()
    if not name:
        return None
    key = extraction.claimant_key(name) or name.lower()
    claimant, _ = Claimant.objects.get_or_create(key=key, defaults={"name": name[:300]})
    ClaimantAlias.objects.get_or_create(claimant=claimant, text=name[:300])
    return claimant


def span_error(article, start, end):
    if start is None or end is None or not (article.body_start <= start < end <= len(article.text)):
        return "Select some of the article's text first."
    if not article.text[start:end].strip():
        return "The selection holds no text."
    return ""


def as_int(value):
    return int(value) if str(value).strip().isdigit() else None


@require_POST
@permission_required("factcheck.add_claim", raise_exception=True)
def article_claim_create(request, pk):
    """A claim made by hand from a selection: offsets into the stored text, checked against the quote."""
    article = get_object_or_404(Article, pk=pk)
    start, end = as_int(request.POST.get("start")), as_int(request.POST.get("end"))
    quote = request.POST.get("quote", "")
    form = {"kind": request.POST.get("kind", Claim.Kind.STATEMENT), "claimant": request.POST.get("claimant", ""),
            "value_text": request.POST.get("value_text", "")}
    error = span_error(article, start, end)
    if not error and quote and article.text[start:end] != quote:
        error = "The selection does not match the article text; select it again."
    if not error and form["kind"] not in Claim.Kind.values:
        error = "Choose what kind of claim it is."
    if error:
        if not request.htmx:
            messages.warning(request, error)
            return redirect(article.get_absolute_url())
        # The form stays as typed; only its feedback line changes.
        response = render(request, "article_detail.html#new-claim-error", {"error": error})
        return reswap(retarget(response, "#new-claim-feedback"), "innerHTML")
    span = article.span(start, end)
    with transaction.atomic():
        claim = Claim.objects.create(
            article=article, start=start, end=end, kind=form["kind"], **span,
            claimant=claimant_for(form["claimant"]), claimant_text=form["claimant"].strip()[:300],
            value_text=form["value_text"].strip()[:300] or span["quote"][:300], origin=Claim.Origin.MANUAL,
            score=1.0,
        )
        linking.link_claims([claim])
    response = render_panel(request, claim, article_changed=True)
    response["HX-Push-Url"] = f"{article.get_absolute_url()}?claim={claim.pk}"
    return response


@require_POST
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_edit(request, pk):
    """Change a claim's span, claimant, kind or value; the claim is then never replaced by re-detection."""
    claim = panel_claim(pk)
    article = claim.article
    submitted = {
        "start": request.POST.get("start", ""), "end": request.POST.get("end", ""),
        "claimant": request.POST.get("claimant", "").strip(), "value_text": request.POST.get("value_text", "").strip(),
        "kind": request.POST.get("kind", claim.kind),
    }
    start, end = as_int(submitted["start"]), as_int(submitted["end"])
    error = span_error(article, start, end)
    if not error and submitted["kind"] not in Claim.Kind.values:
        error = "Choose what kind of claim it is."
    if error:
        return render_panel(request, claim, error=error, edit_form=submitted)
    try:
        with transaction.atomic():
            reviewing.bump_version(claim, seen_version(request) or 0)
            Claim.objects.filter(pk=claim.pk).update(
                start=start, end=end, **article.span(start, end),
                claimant=claimant_for(submitted["claimant"]), claimant_text=submitted["claimant"][:300],
                value_text=submitted["value_text"][:300], kind=submitted["kind"], edited=True,
            )
    except reviewing.Conflict as conflict:
        changes = reviewing.describe_changes(conflict.claim, submitted)
        return render_panel(
            request, claim, edit_form=submitted, changes=changes, conflict=True,
            error="Someone else saved this claim while you were editing it. Their version is shown; "
                  "yours is kept in the form — save again to apply it over theirs.",
        )
    return render_panel(request, claim, article_changed=True)


@require_POST
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_dismiss(request, pk):
    """Dismiss a wrongly detected claim, or bring it back: it is kept either way."""
    claim = panel_claim(pk)
    dismiss = request.POST.get("dismiss", "1") == "1"
    with transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(dismissed=dismiss, edited=True, version=claim.version + 1)
        if claim.fact_id:
            if dismiss:
                linking.refresh_facts([claim.fact_id])
            else:
                linking.refresh_links({claim.fact_id}, focus={claim.pk})
        linking.refresh_states([claim.pk])
    return render_panel(request, claim, article_changed=True)
