"""CSV exports of the desk's records: one code path for the command line, the admin and the pages.

Rows are streamed from the database in chunks, so memory stays flat however many rows there are.
Text cells a spreadsheet would run as a formula are neutralised (OWASP's rule).
"""

import csv
from collections import defaultdict
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from .models import Article, Claim, Link, Note, Verdict

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
CHUNK_SIZE = 2000


def safe_cell(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Export:
    columns: tuple[str, ...]
    model: type
    # Decorates any queryset of `model` (the whole table, or what an admin changelist matches) with the
    # joins and prefetches `row` needs, so a filtered export is as flat as a full one.
    prepare: Callable[[QuerySet], QuerySet]
    row: Callable[[object], tuple] | None = None
    # For the biggest table: rows straight from the database as tuples, without model instances.
    rows: Callable[[QuerySet], Iterator[tuple]] | None = None

    def queryset(self, queryset: QuerySet | None = None) -> QuerySet:
        qs = self.model.objects.all() if queryset is None else queryset
        # Ordered by id whatever the caller's ordering, so the admin and the command give the same bytes.
        return self.prepare(qs).order_by("pk")


CLAIM_FIELDS = ("pk", "article_id", "article__title", "article__outlet__name", "article__source_name", "start",
                "end", "quote", "claimant__name", "kind", "value_text", "value_qualifier", "value_low", "value_high",
                "value_unit", "value_subject", "fact_id", "fact__title", "state", "origin", "dismissed", "score")
VERDICT_AT = CLAIM_FIELDS.index("state") + 1


def claim_rows(queryset: QuerySet) -> Iterator[tuple]:
    """Claims as value tuples, a chunk at a time, each chunk's current verdicts in one more query.

    Tuples rather than model instances: building five model objects per row made a million-row
    export ten times slower than the database could deliver it.
    """
    values = queryset.values_list(*CLAIM_FIELDS).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(values, CHUNK_SIZE)):
        labels = defaultdict(set)
        current = Verdict.objects.filter(claim_id__in=[row[0] for row in chunk], is_current=True)
        for claim_id, label in current.values_list("claim_id", "rating__label"):
            labels[claim_id].add(label)
        for row in chunk:
            row = tuple("" if v is None and name.endswith(("__name", "__title")) else v
                        for name, v in zip(CLAIM_FIELDS, row))
            verdict = "; ".join(sorted(labels.get(row[0], ())))
            yield row[:VERDICT_AT] + (verdict,) + row[VERDICT_AT:-1] + (round(row[-1], 3),)


def live_claim_total():
    # A subquery, not Count("claims"): a join would multiply with any aggregate the caller's queryset has.
    live = (
        Claim.objects.filter(article=OuterRef("pk"), dismissed=False)
        .order_by()
        .values("article")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(live), 0)


EXPORTS = {
    "articles": Export(
        columns=("article_id", "title", "outlet", "published", "source_name", "url", "claims"),
        model=Article,
        prepare=lambda qs: qs.select_related("outlet").annotate(export_claim_total=live_claim_total()),
        row=lambda a: (a.pk, a.title, a.outlet.name if a.outlet else "", a.published, a.source_name, a.url,
                       a.export_claim_total),
    ),
    "claims": Export(
        columns=("claim_id", "article_id", "article_title", "outlet", "source_name", "start", "end", "quote",
                 "claimant", "kind", "value", "qualifier", "low", "high", "unit", "subject", "fact_id", "fact",
                 "state", "verdict", "origin", "dismissed", "score"),
        model=Claim,
        prepare=lambda qs: qs,
        rows=claim_rows,
    ),
    "links": Export(
        columns=("link_id", "from_claim_id", "to_claim_id", "relation", "status", "origin", "score",
                 "from_article_id", "to_article_id", "reason"),
        model=Link,
        prepare=lambda qs: qs.select_related("from_claim", "to_claim"),
        row=lambda link: (link.pk, link.from_claim_id, link.to_claim_id, link.relation, link.status, link.origin,
                          round(link.score, 3), link.from_claim.article_id, link.to_claim.article_id, link.reason),
    ),
    "verdicts": Export(
        columns=("verdict_id", "claim_id", "rating", "reviewer", "note", "evidence", "created_at", "is_current"),
        model=Verdict,
        prepare=lambda qs: qs.select_related("rating", "reviewer"),
        row=lambda v: (v.pk, v.claim_id, v.rating.label, v.reviewer.get_username(), v.note, " ".join(v.evidence),
                       v.created_at.isoformat(), v.is_current),
    ),
    "notes": Export(
        columns=("note_id", "claim_id", "fact_id", "author", "text", "created_at"),
        model=Note,
        prepare=lambda qs: qs.select_related("author"),
        row=lambda n: (n.pk, n.claim_id, n.fact_id, n.author.get_username(), n.text, n.created_at.isoformat()),
    ),
}
KINDS = tuple(EXPORTS)


def iter_rows(kind: str, queryset: QuerySet | None = None) -> Iterator[tuple]:
    """The header, then one neutralised row per record, fetched in chunks.

    `queryset` narrows the export (an admin selection or changelist filter); it is decorated here
    with what the rows need, so callers pass plain filtered querysets.
    """
    export = EXPORTS[kind]
    yield export.columns
    queryset = export.queryset(queryset)
    rows = export.rows(queryset) if export.rows else map(export.row, queryset.iterator(chunk_size=CHUNK_SIZE))
    for row in rows:
        yield tuple(safe_cell(v) for v in row)


class Echo:
    """A file-like object whose write returns the line, for csv.writer inside a streaming response."""

    def write(self, value):
        return value


def iter_csv_lines(kind: str, queryset: QuerySet | None = None) -> Iterable[str]:
    writer = csv.writer(Echo())
    for row in iter_rows(kind, queryset):
        yield writer.writerow(row)


def write_csv(kind: str, fileobj, queryset: QuerySet | None = None) -> int:
    """Write the export to an open text file; returns the number of data rows."""
    count = -1
    for count, line in enumerate(iter_csv_lines(kind, queryset)):
        fileobj.write(line)
    return count
