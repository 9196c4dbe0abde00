"""Django admin for every record of the desk, with CSV export of articles, claims, links, verdicts and notes.

Verdicts and notes are history: the admin shows them but never changes or deletes them. Claims keep
their quote in step with their span, and articles come in through the import page so that their
claims are detected.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, F, Q
from django.http import StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import Truncator

from .exports import iter_csv_lines
from .models import Article, Claim, Claimant, ClaimantAlias, Fact, Link, Note, Outlet, Verdict, VerdictRating

EXPORT_PERMISSION = "factcheck.export_records"


def short(text, words=12):
    return Truncator(text).words(words)


def csv_response(kind, queryset):
    """The same bytes `manage.py export_csv KIND` writes for these rows: UTF-8 without a BOM."""
    response = StreamingHttpResponse(iter_csv_lines(kind, queryset), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    response["Content-Disposition"] = f'attachment; filename="{kind}-{stamp}.csv"'
    return response


class CsvExportMixin:
    """An "Export selected as CSV" action and an "Export all matching as CSV" button on the changelist."""

    export_kind = ""
    change_list_template = "admin/factcheck/change_list_export.html"
    actions = ["export_selected_csv"]

    def has_export_permission(self, request):
        return request.user.is_active and request.user.is_staff and request.user.has_perm(EXPORT_PERMISSION)

    @admin.action(description="Export selected as CSV", permissions=["export"])
    def export_selected_csv(self, request, queryset):
        return csv_response(self.export_kind, queryset)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        export = path("export.csv", self.admin_site.admin_view(self.export_all_view), name="%s_%s_export" % info)
        return [export, *super().get_urls()]

    def export_all_view(self, request):
        """Everything the changelist with these filters and this search shows, on every page."""
        if not (self.has_export_permission(request) and self.has_view_permission(request)):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            info = self.opts.app_label, self.opts.model_name
            return redirect(reverse("admin:%s_%s_changelist" % info, current_app=self.admin_site.name) + "?e=1")
        # The changelist's own queryset: its filters, search and date drill-down, before paging.
        return csv_response(self.export_kind, changelist.queryset)

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        if self.has_export_permission(request):
            info = self.opts.app_label, self.opts.model_name
            query = request.GET.copy()
            for param in ("p", "e", "_changelist_filters"):
                query.pop(param, None)
            url = reverse("admin:%s_%s_export" % info, current_app=self.admin_site.name)
            extra_context["export_all_url"] = f"{url}?{query.urlencode()}" if query else url
        return super().changelist_view(request, extra_context)


class ReadOnlyHistoryMixin:
    """Records that are history: shown, never added, changed or deleted here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "article_total")
    # Explicit: a model's default ordering is dropped from aggregated (GROUP BY) querysets.
    ordering = ("name",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    search_fields = ("name",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description="articles", ordering="article_total")
    def article_total(self, outlet):
        return outlet.article_total


class ClaimInline(admin.TabularInline):
    """The article's claims at a glance; a claim's own page edits it (its span keeps its quote in step)."""

    model = Claim
    fields = ("start", "end", "quote", "claimant", "kind", "value_text", "state", "origin", "dismissed")
    readonly_fields = ("start", "end", "quote", "claimant", "kind", "value_text", "state", "origin")
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        # A claim is made by selecting its text on the article page (or on the claim's own admin page).
        return False

    def get_queryset(self, request):
        # The claimant is shown read-only on every row: one join instead of a query per claim.
        return super().get_queryset(request).select_related("claimant")


@admin.register(Article)
class ArticleAdmin(CsvExportMixin, admin.ModelAdmin):
    export_kind = "articles"
    ordering = ("-published", "title")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "outlet", "published", "source_name", "claim_total", "disputed_total", "imported_at")
    list_filter = ("outlet", "published")
    list_select_related = ("outlet",)
    date_hierarchy = "published"
    search_fields = ("title", "source_name", "url", "outlet__name")
    autocomplete_fields = ("outlet",)
    fields = ("title", "outlet", "published", "url", "source_name", "text", "body_start", "content_hash",
              "imported_at")
    # The text is never rewritten once claims point into it by offset.
    readonly_fields = ("text", "content_hash", "body_start", "imported_at")
    inlines = [ClaimInline]

    def get_queryset(self, request):
        live = Q(claims__dismissed=False)
        return super().get_queryset(request).annotate(
            claim_total=Count("claims", filter=live),
            disputed_total=Count("claims", filter=live & Q(claims__state=Claim.State.DISPUTED)),
        )

    @admin.display(description="claims", ordering="claim_total")
    def claim_total(self, article):
        return article.claim_total

    @admin.display(description="disputed", ordering="disputed_total")
    def disputed_total(self, article):
        return article.disputed_total

    def add_view(self, request, form_url="", extra_context=None):
        # An article needs its claims detected and linked: the import page runs the whole pipeline.
        return redirect("import_articles")

    def save_formset(self, request, form, formset, change):
        for inline_form in formset.forms:
            if inline_form.has_changed() and inline_form.instance.pk:
                mark_edited(inline_form.instance)
        super().save_formset(request, form, formset, change)


def mark_edited(claim):
    """A change made in the admin is a reviewer's edit: re-detection keeps it, open panels see a new version."""
    claim.edited = True
    claim.version = F("version") + 1


class ClaimantAliasInline(admin.TabularInline):
    model = ClaimantAlias
    extra = 1


@admin.register(Claimant)
class ClaimantAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "key", "alias_total", "claim_total")
    ordering = ("name",)
    list_filter = ("kind",)
    search_fields = ("name", "key", "aliases__text")
    inlines = [ClaimantAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            alias_total=Count("aliases", distinct=True), claim_total=Count("claims", distinct=True)
        )

    @admin.display(description="aliases", ordering="alias_total")
    def alias_total(self, claimant):
        return claimant.alias_total

    @admin.display(description="claims", ordering="claim_total")
    def claim_total(self, claimant):
        return claimant.claim_total


@admin.register(ClaimantAlias)
class ClaimantAliasAdmin(admin.ModelAdmin):
    list_display = ("text", "claimant")
    list_select_related = ("claimant",)
    search_fields = ("text", "claimant__name")
    autocomplete_fields = ("claimant",)


class NoteInline(ReadOnlyHistoryMixin, admin.TabularInline):
    model = Note
    fields = ("text", "author", "created_at")
    readonly_fields = fields
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ("title", "places", "first_published", "claim_total", "value_count", "claimant_count",
                    "contradiction_count")
    list_filter = ("first_published",)
    ordering = ("-contradiction_count", "-claimant_count", "title")
    search_fields = ("title", "key", "places")
    readonly_fields = ("claim_count", "value_count", "claimant_count", "article_count", "contradiction_count",
                       "created_at")
    inlines = [NoteInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_total=Count("claims", filter=Q(claims__dismissed=False)))

    @admin.display(description="claims", ordering="claim_total")
    def claim_total(self, fact):
        return fact.claim_total


class VerdictInline(ReadOnlyHistoryMixin, admin.TabularInline):
    model = Verdict
    fields = ("rating", "reviewer", "note", "evidence", "is_current", "created_at")
    readonly_fields = fields
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating", "reviewer")


class ClaimAdminForm(forms.ModelForm):
    class Meta:
        model = Claim
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        article, start, end = cleaned.get("article"), cleaned.get("start"), cleaned.get("end")
        if article is not None and start is not None and end is not None:
            if not 0 <= start < end <= len(article.text):
                raise forms.ValidationError(
                    f"The span must lie inside the article text (0 to {len(article.text)}) and not be empty."
                )
        return cleaned

    def save(self, commit=True):
        claim = super().save(commit=False)
        # The quote and its context always follow the span, so exports and annotations find it in the text.
        for field, value in claim.article.span(claim.start, claim.end).items():
            setattr(claim, field, value)
        if commit:
            claim.save()
            self.save_m2m()
        return claim


@admin.register(Claim)
class ClaimAdmin(CsvExportMixin, admin.ModelAdmin):
    export_kind = "claims"
    form = ClaimAdminForm
    list_display = ("id", "short_quote", "claimant", "kind", "value_text", "state", "origin", "dismissed",
                    "article", "outlet", "fact")
    list_display_links = ("id", "short_quote")
    list_filter = ("state", "kind", "origin", "dismissed", "edited", ("article__outlet", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("claimant", "article__outlet", "fact")
    search_fields = ("quote", "value_text", "claimant__name", "claimant_text", "article__title", "fact__title")
    autocomplete_fields = ("article", "claimant", "fact")
    readonly_fields = ("quote", "context_before", "context_after", "version", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("article", ("start", "end"), "quote", "kind", "claimant", "claimant_text",
                           "attribution", "fact", "state", "dismissed")}),
        ("Value", {"fields": ("value_text", "value_qualifier", ("value_low", "value_high"), "value_unit",
                              "value_subject", "value_predicate", "value_data")}),
        ("Record", {"classes": ("collapse",), "fields": ("origin", "edited", "score", "context_before",
                                                        "context_after", "version", "created_at", "updated_at")}),
    )
    inlines = [VerdictInline, NoteInline]

    @admin.display(description="quote", ordering="quote")
    def short_quote(self, claim):
        return short(claim.quote)

    @admin.display(description="outlet", ordering="article__outlet__name")
    def outlet(self, claim):
        return claim.article.outlet

    def save_model(self, request, obj, form, change):
        if change:
            mark_edited(obj)
        else:
            obj.origin = Claim.Origin.MANUAL
        super().save_model(request, obj, form, change)
        obj.refresh_from_db(fields=["version"])


@admin.register(Link)
class LinkAdmin(CsvExportMixin, admin.ModelAdmin):
    export_kind = "links"
    list_display = ("id", "from_claim", "relation", "to_claim", "status", "origin", "score", "decided_by",
                    "decided_at")
    list_filter = ("relation", "status", "origin")
    list_select_related = ("from_claim", "to_claim", "decided_by")
    search_fields = ("from_claim__quote", "to_claim__quote", "reason")
    autocomplete_fields = ("from_claim", "to_claim")
    readonly_fields = ("decided_by", "decided_at", "created_at")

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data and obj.status != Link.Status.SUGGESTED:
            obj.decided_by, obj.decided_at = request.user, timezone.now()
        if not change:
            obj.origin = Link.Origin.MANUAL
        super().save_model(request, obj, form, change)


@admin.register(VerdictRating)
class VerdictRatingAdmin(admin.ModelAdmin):
    list_display = ("label", "value", "order", "description")
    list_editable = ("value", "order")
    search_fields = ("label", "description")


@admin.register(Verdict)
class VerdictAdmin(CsvExportMixin, ReadOnlyHistoryMixin, admin.ModelAdmin):
    """Verdict history; new verdicts are given in the claim panel, where the previous one stops being current."""

    export_kind = "verdicts"
    list_display = ("id", "claim_quote", "rating", "reviewer", "is_current", "created_at")
    list_filter = ("is_current", "rating", "reviewer")
    list_select_related = ("claim", "rating", "reviewer")
    date_hierarchy = "created_at"
    search_fields = ("note", "claim__quote", "reviewer__username")

    @admin.display(description="claim", ordering="claim__quote")
    def claim_quote(self, verdict):
        return short(verdict.claim.quote)


@admin.register(Note)
class NoteAdmin(CsvExportMixin, ReadOnlyHistoryMixin, admin.ModelAdmin):
    export_kind = "notes"
    list_display = ("id", "short_text", "claim", "fact", "author", "created_at")
    list_filter = ("author",)
    list_select_related = ("claim", "fact", "author")
    date_hierarchy = "created_at"
    search_fields = ("text", "claim__quote", "fact__title", "author__username")

    @admin.display(description="text", ordering="text")
    def short_text(self, note):
        return short(note.text)
