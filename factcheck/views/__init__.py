"""Pages of Factcheck desk, one module per concept: articles, claims (the panel and its actions), facts."""

from .articles import article_detail, article_list
from .claim_table import claim_list
from .claims import claim_fact, claim_link_candidates, claim_links, link_decision
from .facts import fact_detail, fact_list
from .imports import import_articles, import_batch, import_next
from .publishing import annotations_jsonld, article_annotations_jsonld, claimreview_json
from .reviews import article_claim_create, claim_dismiss, claim_edit, claim_note, claim_verdict, fact_note

__all__ = [
    "article_claim_create", "claim_dismiss", "claim_edit", "claim_note", "claim_verdict", "fact_note",
    "article_detail", "article_list", "claim_fact", "claim_link_candidates", "claim_links", "claim_list",
    "fact_detail", "fact_list", "link_decision",
    "annotations_jsonld", "article_annotations_jsonld", "claimreview_json", "import_articles", "import_batch",
    "import_next",
]
