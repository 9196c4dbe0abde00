"""The article list and the article page. An htmx request gets the page's fragment."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.views.decorators.vary import vary_on_headers
from django_tables2 import RequestConfig

from ..filters import ArticleFilter
from ..highlight import Span, highlight
from ..models import Article, Claim
from ..tables import ArticleTable
from .claims import panel_context

ARTICLES_PER_PAGE = 25


@vary_on_headers("HX-Request")
def article_list(request):
    articles = ArticleFilter(request.GET, queryset=Article.objects.for_list())
    table = ArticleTable(articles.qs)
    RequestConfig(request, paginate={"per_page": ARTICLES_PER_PAGE}).configure(table)
    progress = Claim.objects.live().aggregate(
        total=Count("pk"), reviewed=Count("pk", filter=Q(state=Claim.State.RATED))
    )
    context = {"table": table, "filter": articles, "progress": progress}
    if request.htmx and request.htmx.target == "article-table":
        return render(request, "article_list.html#table", context)
    return render(request, "article_list.html", context)


@vary_on_headers("HX-Request")
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    selected = None
    if request.GET.get("claim", "").isdigit():
        # Dismissed claims too: a shared link to one still opens it.
        selected = get_object_or_404(article.claims.for_panel(), pk=request.GET["claim"])
    context = panel_context(request, selected) if selected else {"selected": None}
    context["article"] = article
    context["can_add_claim"] = request.user.has_perm("factcheck.add_claim")
    if request.htmx and request.htmx.target == "claim-panel":
        return render(request, "article_detail.html#panel", context)
    context.update(article_text_context(article))
    context["kinds"] = Claim.Kind.choices
    context["dismissed_claims"] = list(article.claims.filter(dismissed=True).only("pk", "quote"))
    return render(request, "article_detail.html", context)


def article_text_context(article):
    """The highlighted text, the legend and the review progress of one article."""
    claims = list(article.claims.for_article_page())
    counts = {state: 0 for state in Claim.State.values}
    for claim in claims:
        counts[claim.state] += 1
    return {
        "text_html": highlight(
            article.text, [Span(c.start, c.end, c.pk, f"claim-{c.state}") for c in claims], start=article.body_start
        ),
        "state_counts": [(state, label, counts[state]) for state, label in Claim.State.choices],
        "claims_total": len(claims),
        "reviewed_total": counts[Claim.State.RATED],
    }
