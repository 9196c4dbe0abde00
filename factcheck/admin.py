"""Django admin for every record of the desk."""

from django.contrib import admin

from .models import Article, Claim, Claimant, ClaimantAlias, Fact, Link, Note, Outlet, Verdict, VerdictRating


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "url")
    search_fields = ("name",)


class ClaimInline(admin.TabularInline):
    model = Claim
    fields = ("start", "end", "quote", "kind", "claimant", "value_text", "state", "origin", "dismissed")
    readonly_fields = ("quote",)
    autocomplete_fields = ("claimant",)
    extra = 0
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published", "source_name", "imported_at")
    list_filter = ("outlet", "published")
    search_fields = ("title", "source_name", "url")
    autocomplete_fields = ("outlet",)
    readonly_fields = ("content_hash", "body_start", "imported_at")
    inlines = [ClaimInline]


class ClaimantAliasInline(admin.TabularInline):
    model = ClaimantAlias
    extra = 1


@admin.register(Claimant)
class ClaimantAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "key")
    list_filter = ("kind",)
    search_fields = ("name", "key", "aliases__text")
    inlines = [ClaimantAliasInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("id", "quote", "claimant", "kind", "value_text", "state", "origin", "dismissed", "article")
    list_filter = ("kind", "state", "origin", "dismissed")
    search_fields = ("quote", "value_text", "claimant__name")
    autocomplete_fields = ("article", "claimant", "fact")
    list_select_related = ("claimant", "article")


@admin.register(Fact)
class FactAdmin(admin.ModelAdmin):
    list_display = ("title", "created_at")
    search_fields = ("title",)


@admin.register(Link)
class LinkAdmin(admin.ModelAdmin):
    list_display = ("id", "from_claim", "relation", "to_claim", "status", "origin", "score")
    list_filter = ("relation", "status", "origin")
    raw_id_fields = ("from_claim", "to_claim")


@admin.register(VerdictRating)
class VerdictRatingAdmin(admin.ModelAdmin):
    list_display = ("label", "value", "order")
    list_editable = ("value", "order")


@admin.register(Verdict)
class VerdictAdmin(admin.ModelAdmin):
    list_display = ("claim", "rating", "reviewer", "is_current", "created_at")
    list_filter = ("rating", "is_current")
    raw_id_fields = ("claim",)


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ("text", "claim", "fact", "author", "created_at")
    raw_id_fields = ("claim", "fact")
