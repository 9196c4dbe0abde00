"""Claims as W3C Web Annotations (JSON-LD), per article and in bulk, for other annotation tools.

Each live claim is an Annotation whose target is the desk's copy of the article, selected both by
quote (TextQuoteSelector: exact, prefix, suffix) and by position (TextPositionSelector: start, end).
Positions count Unicode code points into the stored article text, exactly as Claim.start/end do,
so `text[start:end] == exact`. A claim with a current verdict is "assessing", else "highlighting".
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.urls import reverse

from .claimreview import absolute_url
from .models import Article, Claim, Verdict

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'
# How much text either side a TextQuoteSelector carries to disambiguate a repeated quote.
AFFIX_LENGTH = 32


def for_annotations(claims):
    """Live claims with their claimant and current verdicts, in a fixed number of queries."""
    current = Verdict.objects.filter(is_current=True).select_related("rating").order_by("-created_at", "-pk")
    return (
        claims.live()
        .select_related("claimant")
        .prefetch_related(Prefetch("verdicts", queryset=current, to_attr="current_verdicts"))
        .order_by("article_id", "start", "-end", "pk")
    )


def text_body(value: str, purpose: str) -> dict:
    return {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}


def annotation(claim: Claim, text: str, collection_id: str, request=None) -> dict:
    verdicts = claim.current_verdicts
    bodies = [text_body(claim.get_kind_display(), "tagging")]
    if claim.claimant:
        bodies.append(text_body(f"Claimant: {claim.claimant.name}", "describing"))
    if claim.value_text:
        bodies.append(text_body(f"Value: {claim.value_text}", "describing"))
    if verdicts:
        bodies.append(text_body(f"Verdict: {verdicts[0].rating.label}", "assessing"))
    return {
        "@context": CONTEXT,
        "id": f"{collection_id}#claim-{claim.pk}",
        "type": "Annotation",
        "motivation": "assessing" if verdicts else "highlighting",
        "created": claim.created_at.isoformat(),
        "modified": claim.updated_at.isoformat(),
        "body": bodies,
        "target": {
            "source": absolute_url(claim.article.get_absolute_url(), request),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[claim.start:claim.end],
                    "prefix": text[max(0, claim.start - AFFIX_LENGTH):claim.start],
                    "suffix": text[claim.end:claim.end + AFFIX_LENGTH],
                },
                {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
            ],
        },
    }


def annotation_collection(claims, collection_id: str, label: str, request=None) -> dict:
    """An AnnotationCollection with its one page embedded; `claims` come from for_annotations."""
    items = [annotation(c, c.article.text, collection_id, request) for c in claims]
    return {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"id": f"{collection_id}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def article_annotations(article: Article, request=None) -> dict:
    url = absolute_url(reverse("article_annotations", args=[article.pk]), request)
    claims = list(for_annotations(article.claims.all()))
    for claim in claims:
        claim.article = article  # the text is read once, not once per claim
    return annotation_collection(claims, url, f"Claims in “{article.title}”", request)


def all_annotations(request=None) -> dict:
    url = absolute_url(reverse("annotations_bulk"), request)
    # Articles prefetched, not joined: each text is fetched once, however many claims point into it.
    claims = for_annotations(Claim.objects.all()).prefetch_related("article")
    return annotation_collection(claims, url, "Claims in every article", request)
