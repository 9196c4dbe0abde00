"""The claim panel beside the article text, and what a reviewer does in it (links, facts)."""

from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.db.models import Q
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from .. import linking
from ..claimreview import claim_review, for_claim_review, json_ld_script
from ..models import Claim, Fact, Link, VerdictRating

CANDIDATES_SHOWN = 10


@dataclass(frozen=True)
class PanelLink:
    link: Link
    other: Claim
    # "updates" reads differently from each end: this figure updates, or is updated by, the other.
    outgoing: bool


def panel_links(claim):
    links = (
        Link.objects.filter(Q(from_claim=claim) | Q(to_claim=claim))
        .select_related(
            "from_claim__article__outlet", "from_claim__claimant", "to_claim__article__outlet", "to_claim__claimant"
        )
        .order_by("-score", "pk")
    )
    competing, corroborating, rejected = [], [], []
    for link in links:
        outgoing = link.from_claim_id == claim.pk
        other = link.to_claim if outgoing else link.from_claim
        if other.dismissed:
            continue
        row = PanelLink(link, other, outgoing)
        if link.status == Link.Status.REJECTED:
            rejected.append(row)
        elif link.relation == Link.Relation.CONTRADICTS:
            competing.append(row)
        else:
            corroborating.append(row)
    return competing, corroborating, rejected


def panel_context(request, claim, error="", **extra):
    competing, corroborating, rejected = panel_links(claim)
    verdicts = list(claim.verdicts.select_related("reviewer", "rating"))
    current = [v for v in verdicts if v.is_current]
    overlapping = list(
        claim.article.claims.live()
        .filter(start__lt=claim.end, end__gt=claim.start)
        .exclude(pk=claim.pk)
        .select_related("claimant")
    )
    review = None
    if current:
        reviewed = for_claim_review(Claim.objects.filter(pk=claim.pk)).first()
        review = json_ld_script(claim_review(reviewed, request))
    return {
        "article": claim.article,
        "selected": claim,
        "claim_review": review,
        "overlapping": overlapping,
        "competing": competing,
        "corroborating": corroborating,
        "rejected": rejected,
        "relations": Link.Relation.choices,
        "can_link": request.user.has_perm("factcheck.add_link"),
        "can_decide": request.user.has_perm("factcheck.change_link"),
        "can_move": request.user.has_perm("factcheck.change_claim"),
        "can_edit": request.user.has_perm("factcheck.change_claim"),
        "can_rate": request.user.has_perm("factcheck.add_verdict"),
        "can_note": request.user.has_perm("factcheck.add_note"),
        "verdicts": verdicts,
        "current_verdicts": current,
        "disagreement": len({v.rating_id for v in current}) > 1,
        "my_verdict": next((v for v in current if v.reviewer_id == request.user.pk), None),
        "notes": list(claim.notes.select_related("author")),
        "ratings": list(VerdictRating.objects.all()),
        "kinds": Claim.Kind.choices,
        "panel_error": error,
        **extra,
    }


def render_panel(request, claim, *, error="", article_changed=False, **extra):
    """The refreshed panel; with article_changed, the highlighted text and legend too (out of band).

    Without htmx (a form posted before the page's script took it over) the answer is a redirect to
    the claim's page, with any error as a message there: post, redirect, get.
    """
    claim = panel_claim(claim.pk)
    if not request.htmx:
        if error:
            messages.warning(request, error)
        return redirect(claim.get_absolute_url())
    context = panel_context(request, claim, error, **extra)
    if article_changed:
        from .articles import article_text_context  # articles imports this module

        context.update(article_text_context(claim.article))
        context["oob"] = True
    return render(request, "article_detail.html#panel-response", context)


def panel_claim(pk):
    return get_object_or_404(Claim.objects.for_panel(), pk=pk)


@require_POST
@permission_required("factcheck.change_link", raise_exception=True)
def link_decision(request, pk, decision):
    link = get_object_or_404(Link, pk=pk)
    claim = panel_claim(request.POST.get("claim") or link.from_claim_id)
    if claim.pk not in (link.from_claim_id, link.to_claim_id):
        return render_panel(request, claim, error="That link does not belong to this claim.")
    with transaction.atomic():
        link.status = Link.Status.CONFIRMED if decision == "confirm" else Link.Status.REJECTED
        link.decided_by = request.user
        link.decided_at = timezone.now()
        link.save(update_fields=["status", "decided_by", "decided_at"])
        linking.refresh_states([link.from_claim_id, link.to_claim_id])
        linking.refresh_facts(Claim.objects.filter(pk__in=[link.from_claim_id, link.to_claim_id])
                              .exclude(fact=None).values_list("fact_id", flat=True))
    return render_panel(request, panel_claim(claim.pk))


@require_GET
def claim_link_candidates(request, pk):
    """Search-as-you-type over claims in other articles, to link one by hand."""
    claim = get_object_or_404(Claim, pk=pk)
    q = request.GET.get("q", "").strip()
    results = []
    if len(q) >= 2:
        results = list(
            Claim.objects.live()
            .exclude(article_id=claim.article_id)
            .filter(Q(quote__icontains=q) | Q(value_text__icontains=q) | Q(claimant__name__icontains=q)
                    | Q(article__title__icontains=q) | Q(article__outlet__name__icontains=q))
            .select_related("article__outlet", "claimant")
            .order_by("-score", "pk")[:CANDIDATES_SHOWN]
        )
    context = {"selected": claim, "results": results, "q": q, "relations": Link.Relation.choices}
    return render(request, "article_detail.html#link-candidates", context)


@require_POST
@permission_required("factcheck.add_link", raise_exception=True)
def claim_links(request, pk):
    """Link this claim with a claim in another article, by hand."""
    claim = panel_claim(pk)
    relation = request.POST.get("relation", "")
    other_id = request.POST.get("to_claim", "")
    if relation not in Link.Relation.values:
        return render_panel(request, claim, error="Choose how the two claims relate.")
    other = Claim.objects.filter(pk=other_id if other_id.isdigit() else 0).first()
    if other is None or other.article_id == claim.article_id:
        return render_panel(request, claim, error="Choose a claim from another article.")
    with transaction.atomic():
        link = Link.objects.filter(
            Q(from_claim=claim, to_claim=other) | Q(from_claim=other, to_claim=claim)
        ).first() or Link(from_claim=claim, to_claim=other, origin=Link.Origin.MANUAL)
        link.relation = relation
        link.status = Link.Status.CONFIRMED
        link.decided_by = request.user
        link.decided_at = timezone.now()
        link.score = link.score or 1.0
        link.save()
        linking.refresh_states([claim.pk, other.pk])
    return render_panel(request, panel_claim(claim.pk))


@require_POST
@permission_required("factcheck.change_claim", raise_exception=True)
def claim_fact(request, pk):
    """Move a claim to another fact, or to a new one."""
    claim = panel_claim(pk)
    new_title = request.POST.get("new_fact", "").strip()
    fact_id = request.POST.get("fact", "")
    with transaction.atomic():
        if new_title:
            fact = Fact.objects.create(title=new_title[:500], first_published=claim.article.published,
                                       last_published=claim.article.published)
        elif fact_id.isdigit() and Fact.objects.filter(pk=fact_id).exists():
            fact = Fact.objects.get(pk=fact_id)
        else:
            return render_panel(request, claim, error="Choose a fact, or name a new one.")
        old = claim.fact_id
        Claim.objects.filter(pk=claim.pk).update(fact=fact, edited=True, version=claim.version + 1)
        linking.refresh_links({fact.pk} | ({old} if old else set()), focus={claim.pk})
    return render_panel(request, panel_claim(claim.pk))
