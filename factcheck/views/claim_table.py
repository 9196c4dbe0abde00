"""The claims table: every claim, filtered, sorted and paged through htmx, and exported as CSV."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.vary import vary_on_headers
from django_tables2 import RequestConfig
from django_tables2.export import TableExport
from tablib import Dataset

from ..exports import safe_cell
from ..filters import ClaimFilter
from ..models import Claim
from ..tables import ClaimTable

CLAIMS_PER_PAGE = 50
EXPORT_TRIGGER = "_export"


class SafeTableExport(TableExport):
    """django-tables2's export with every cell a spreadsheet would run as a formula neutralised."""

    def table_to_dataset(self, table, exclude_columns, dataset_kwargs=None):
        rows = table.as_values(exclude_columns=exclude_columns)
        dataset = Dataset(**{"title": "Claims", **(dataset_kwargs or {})})
        dataset.headers = next(rows)
        for row in rows:
            dataset.append([safe_cell(cell) for cell in row])
        return dataset


@vary_on_headers("HX-Request")
def claim_list(request):
    claims = ClaimFilter(request.GET, queryset=Claim.objects.for_claim_table())
    table = ClaimTable(claims.qs)
    export_format = request.GET.get(EXPORT_TRIGGER)
    if export_format is not None:
        return export(request, table, export_format)
    RequestConfig(request, paginate={"per_page": CLAIMS_PER_PAGE}).configure(table)
    context = {
        "table": table,
        "filter": claims,
        "can_export": request.user.has_perm("factcheck.export_records"),
        "export_query": export_query(request),
    }
    if request.htmx and request.htmx.target == "claim-table":
        return render(request, "claim_list.html#table", context)
    return render(request, "claim_list.html", context)


def export(request, table, export_format):
    # The check is here, not around the link: anyone can type ?_export=csv.
    if not request.user.has_perm("factcheck.export_records"):
        raise PermissionDenied("Exporting needs the export_records permission.")
    if export_format != TableExport.CSV:
        return HttpResponseBadRequest("Only CSV exports are offered.")
    RequestConfig(request, paginate=False).configure(table)
    return SafeTableExport(export_format, table).response(filename="claims.csv")


def export_query(request):
    """The current filters and sort, without the page: the export holds every filtered row."""
    query = request.GET.copy()
    query.pop("page", None)
    query[EXPORT_TRIGGER] = TableExport.CSV
    return query.urlencode()
