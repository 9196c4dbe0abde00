"""django-tables2 tables for the desk's list pages."""

import django_tables2 as tables

from .models import Article


class ArticleTable(tables.Table):
    title = tables.Column(linkify=True, attrs={"td": {"class": "w-50"}})
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
