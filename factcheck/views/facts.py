"""Facts: the disputed questions, most disputed first, and each one's claims side by side."""

import datetime as dt
from itertools import groupby

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, render
from django.views.decorators.vary import vary_on_headers
from django_tables2 import RequestConfig

from ..claimreview import claim_review, for_claim_review, json_ld_script, rating_scale
from ..linking import value_group
from ..models import Claim, Fact, Verdict
from ..plots import Point, value_plot
from ..tables import FactTable

FACTS_PER_PAGE = 50


@vary_on_headers("HX-Request")
def fact_list(request):
    table = FactTable(Fact.objects.filter(claim_count__gt=0))
    RequestConfig(request, paginate={"per_page": FACTS_PER_PAGE}).configure(table)
    context = {"table": table}
    if request.htmx and request.htmx.target == "fact-table":
        return render(request, "fact_list.html#table", context)
    return render(request, "fact_list.html", context)


def time_bounds(claim):
    """A date or time claim as a span of UTC seconds: a stated instant, or the whole day."""
    data = claim.value_data or {}
    try:
        if data.get("utc"):
            moment = dt.datetime.fromisoformat(data["utc"].replace("Z", "+00:00"))
            return moment.timestamp(), moment.timestamp()
        if data.get("date"):
            day = dt.datetime.fromisoformat(data["date"]).replace(tzinfo=dt.timezone.utc)
            if data.get("time"):
                hours, minutes = map(int, data["time"].split(":")[:2])
                moment = day + dt.timedelta(hours=hours, minutes=minutes)
                return moment.timestamp(), moment.timestamp()
            return day.timestamp(), (day + dt.timedelta(days=1)).timestamp()
    except ValueError:
        pass
    return None, None


def fact_detail(request, pk):
    fact = get_object_or_404(Fact, pk=pk)
    claims = list(
        fact.claims.live()
        .select_related("claimant", "article__outlet")
        .order_by("value_low", "value_high", "article__published", "pk")
    )
    is_time = bool(claims) and all(c.kind == Claim.Kind.DATE for c in claims)
    labels = {c.pk: value_group(c) for c in claims}  # once per claim: a statement's is read from its text
    groups = []
    for label, members in groupby(sorted(claims, key=lambda c: (sort_key(c), labels[c.pk])), key=lambda c: labels[c.pk]):
        members = list(members)
        # statements group by their answer ("says no"); a figure or a time by its first wording ("about 400")
        said = members[0].kind == Claim.Kind.STATEMENT and label.startswith(("says ", "names "))
        groups.append((label if said else members[0].value_text or label, members))
    points = []
    for claim in claims:
        low, high = time_bounds(claim) if is_time else (claim.value_low, claim.value_high)
        who = claim.claimant.name if claim.claimant else "unknown"
        points.append(Point(claim.pk, who, claim.value_text, low, high, f"claim-{claim.state}"))
    claimants = {c.claimant_id for c in claims}
    context = {
        "fact": fact,
        "groups": groups,
        "plot": value_plot(points, is_time=is_time),
        "claim_total": len(claims),
        "article_total": len({c.article_id for c in claims}),
        "claimant_total": len(claimants),
        "notes": list(fact.notes.select_related("author")),
        "claim_reviews": fact_claim_reviews(request, fact),
        "can_note": request.user.has_perm("factcheck.add_note"),
    }
    return render(request, "fact_detail.html", context)


def fact_claim_reviews(request, fact):
    """ClaimReview JSON-LD for the fact's rated claims, for search engines and fact-check aggregators."""
    reviewed = list(for_claim_review(
        fact.claims.live().filter(Exists(Verdict.objects.filter(claim=OuterRef("pk"), is_current=True)))
    ))
    if not reviewed:
        return ""
    scale = rating_scale()
    return json_ld_script([claim_review(claim, request, scale=scale) for claim in reviewed])


def sort_key(claim):
    low = claim.value_low if claim.value_low is not None else (claim.value_high or 0)
    return (low, claim.value_high if claim.value_high is not None else float("inf"))
