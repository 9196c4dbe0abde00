"""django-tables2 tables for the desk's list pages."""

import django_tables2 as tables

from .models import Article, Fact


class ArticleTable(tables.Table):
    # The table is boosted for sorting and paging; opening an article is a whole new page.
    title = tables.Column(linkify=True, attrs={"td": {"class": "w-50"}, "a": {"hx-boost": "false"}})
    outlet = tables.Column(default="—", order_by=("outlet__name",))
    published = tables.DateColumn(format="Y-m-d", default="—")
    claim_count = tables.Column(verbose_name="Claims", attrs={"td": {"class": "text-end"}})
    reviewed_count = tables.Column(verbose_name="Reviewed", attrs={"td": {"class": "text-end"}})
    disputed_count = tables.Column(verbose_name="Disputed", attrs={"td": {"class": "text-end"}})

    class Meta:
        model = Article
        fields = ("title", "outlet", "published", "claim_count", "reviewed_count", "disputed_count")
        order_by = ("-published", "title")
        attrs = {"class": "table table-hover align-middle", "id": "articles"}
        row_attrs = {"data-article-id": lambda record: record.pk}
        empty_text = "No articles match. Import some with: python manage.py import_articles PATH"


class FactTable(tables.Table):
    title = tables.Column(linkify=True, attrs={"a": {"hx-boost": "false"}})
    contradiction_count = tables.Column(verbose_name="Contradictions", attrs={"td": {"class": "text-end"}})
    value_count = tables.Column(verbose_name="Values", attrs={"td": {"class": "text-end"}})
    claimant_count = tables.Column(verbose_name="Independent claimants", attrs={"td": {"class": "text-end"}})
    claim_count = tables.Column(verbose_name="Claims", attrs={"td": {"class": "text-end"}})
    article_count = tables.Column(verbose_name="Articles", attrs={"td": {"class": "text-end"}})
    first_published = tables.DateColumn(format="Y-m-d", verbose_name="From", default="—")

    class Meta:
        model = Fact
        fields = ("title", "contradiction_count", "value_count", "claimant_count", "claim_count", "article_count",
                  "first_published")
        attrs = {"class": "table table-hover align-middle", "id": "facts"}
        row_attrs = {"data-fact-id": lambda record: record.pk}
        empty_text = "No facts yet: they appear when claims from different articles answer the same question."
