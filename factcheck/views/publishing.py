"""What the desk publishes for other tools: ClaimReview JSON-LD in bulk, and claims as Web Annotations."""

import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from ..annotations import CONTENT_TYPE, all_annotations, article_annotations
from ..claimreview import claim_review, rating_scale, reviewed_claims
from ..models import Article


@require_GET
@login_required
def claimreview_json(request):
    """Every claim with a current verdict as schema.org ClaimReview, one JSON list."""
    scale = rating_scale()
    reviews = [claim_review(claim, request, scale=scale) for claim in reviewed_claims()]
    response = JsonResponse(reviews, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'inline; filename="claimreview.json"'
    return response


def jsonld_response(data):
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return HttpResponse(body, content_type=CONTENT_TYPE + "; charset=utf-8")


@require_GET
@login_required
def article_annotations_jsonld(request, pk):
    article = get_object_or_404(Article, pk=pk)
    return jsonld_response(article_annotations(article, request))


@require_GET
@login_required
def annotations_jsonld(request):
    return jsonld_response(all_annotations(request))
