"""schema.org ClaimReview for claims with a current verdict, as data and as a safe JSON-LD <script>.

A claim can carry several reviewers' current verdicts; the review published is the most recent of
them (the desk speaks with one voice, and the latest reviewer saw the earlier verdicts in the panel).
The claim "appears" in its own article and in the articles of claims linked to it as the same claim
(unless that suggestion was rejected) or as a confirmed corroboration.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, Max, Min, OuterRef, Prefetch, Q
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from .models import Claim, Claimant, Link, Verdict, VerdictRating

# As django.utils.html.json_script: nothing in the JSON can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {
    ord(">"): "\\u003E",
    ord("<"): "\\u003C",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def absolute_url(path: str, request=None) -> str:
    """An absolute URL from the request, else from settings.FACTCHECK_SITE_URL when set, else the path."""
    if request is not None:
        return request.build_absolute_uri(path)
    base = getattr(settings, "FACTCHECK_SITE_URL", "").rstrip("/")
    return base + path


def rating_scale() -> tuple[int | None, int | None]:
    """(worst, best): the minimum and maximum value on the admins' verdict scale."""
    bounds = VerdictRating.objects.aggregate(worst=Min("value"), best=Max("value"))
    return bounds["worst"], bounds["best"]


def current_verdicts_prefetch() -> Prefetch:
    return Prefetch(
        "verdicts",
        queryset=Verdict.objects.filter(is_current=True).select_related("rating").order_by("-created_at", "-pk"),
        to_attr="current_verdicts",
    )


def appearance_links_q() -> Q:
    """Links that say another article carries the same claim."""
    return (Q(relation=Link.Relation.SAME) & ~Q(status=Link.Status.REJECTED)) | Q(
        relation=Link.Relation.CORROBORATES, status=Link.Status.CONFIRMED
    )


def appearance_prefetches() -> list[Prefetch]:
    related = ("article__outlet",)
    return [
        Prefetch(
            "links_out",
            queryset=Link.objects.filter(appearance_links_q()).select_related(*(f"to_claim__{r}" for r in related)),
            to_attr="appearance_links_out",
        ),
        Prefetch(
            "links_in",
            queryset=Link.objects.filter(appearance_links_q()).select_related(*(f"from_claim__{r}" for r in related)),
            to_attr="appearance_links_in",
        ),
    ]


def for_claim_review(queryset):
    """Claims with everything claim_review reads, in a fixed number of queries however many claims."""
    return queryset.select_related("claimant", "article__outlet").prefetch_related(
        current_verdicts_prefetch(), *appearance_prefetches()
    )


def reviewed_claims():
    """Every live claim with a current verdict, for the bulk download."""
    return for_claim_review(
        Claim.objects.live()
        .filter(Exists(Verdict.objects.filter(claim=OuterRef("pk"), is_current=True)))
        .order_by("pk")
    )


def latest_verdict(claim: Claim) -> Verdict | None:
    current = getattr(claim, "current_verdicts", None)
    if current is None:
        current = list(claim.verdicts.filter(is_current=True).select_related("rating").order_by("-created_at", "-pk"))
    return max(current, key=lambda v: (v.created_at, v.pk), default=None)


def appearing_articles(claim: Claim) -> list:
    """The claim's own article first, then every other article carrying it, each once."""
    out = getattr(claim, "appearance_links_out", None)
    inc = getattr(claim, "appearance_links_in", None)
    if out is None or inc is None:
        out = Link.objects.filter(appearance_links_q(), from_claim=claim).select_related("to_claim__article__outlet")
        inc = Link.objects.filter(appearance_links_q(), to_claim=claim).select_related("from_claim__article__outlet")
    others = [link.to_claim for link in out] + [link.from_claim for link in inc]
    articles = {claim.article_id: claim.article}
    for other in sorted(others, key=lambda c: c.article_id):
        if not other.dismissed:
            articles.setdefault(other.article_id, other.article)
    return list(articles.values())


def creative_work(article) -> dict:
    work = {"@type": "NewsArticle", "name": article.title}
    if article.url:
        work["url"] = article.url
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    return work


def claim_author(claim: Claim) -> dict | None:
    claimant = claim.claimant
    if claimant is None:
        outlet = claim.article.outlet
        return {"@type": "Organization", "name": outlet.name} if outlet else None
    kind = "Person" if claimant.kind == Claimant.Kind.PERSON else "Organization"
    return {"@type": kind, "name": claimant.name}


def claim_review(claim: Claim, request=None, scale: tuple[int | None, int | None] | None = None) -> dict | None:
    """The ClaimReview of a claim with a current verdict (None without one).

    `scale` is (worst, best) when the caller already has it (the bulk download asks once).
    """
    verdict = latest_verdict(claim)
    if verdict is None:
        return None
    worst, best = scale if scale is not None else rating_scale()
    item = {"@type": "Claim", "appearance": [creative_work(a) for a in appearing_articles(claim)]}
    author = claim_author(claim)
    if author:
        item["author"] = author
    if claim.article.published:
        item["datePublished"] = claim.article.published.isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute_url(claim.get_absolute_url(), request),
        "claimReviewed": claim.quote,
        "datePublished": verdict.created_at.date().isoformat(),
        "author": {"@type": "Organization", "name": settings.FACTCHECK_ORGANISATION},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": verdict.rating.value,
            "bestRating": best,
            "worstRating": worst,
            "alternateName": verdict.rating.label,
        },
        "itemReviewed": item,
    }


def json_ld_script(data) -> SafeString:
    """A <script type="application/ld+json"> whose text cannot end the element, whatever the data holds."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
