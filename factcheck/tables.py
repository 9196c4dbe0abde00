"""django-tables2 tables for the desk's list pages."""

import django_tables2 as tables
from django.utils.html import format_html
from django.utils.text import Truncator

from .models import Article, Claim, Fact


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


class ClaimTable(tables.Table):
    # Every sort ends on pk so that paging is stable when many rows tie (one claimant, one kind...).
    id = tables.Column(verbose_name="Claim ID", visible=False)
    quote = tables.Column(
        verbose_name="Claim", order_by=("quote", "pk"),
        linkify=lambda record: f"{record.get_absolute_url()}#claim-{record.pk}",
        attrs={"td": {"class": "w-25"}, "a": {"hx-boost": "false"}},
    )
    claimant = tables.Column(default="—", order_by=("claimant__name", "pk"))
    kind = tables.Column(order_by=("kind", "pk"))
    value = tables.Column(
        accessor="value_text", verbose_name="Value", default="—", order_by=("value_low", "value_text", "pk")
    )
    fact = tables.Column(
        default="—", linkify=True, order_by=("fact__title", "pk"), attrs={"a": {"hx-boost": "false"}}
    )
    state = tables.Column(order_by=("state", "pk"))
    verdict = tables.Column(empty_values=(), orderable=False)
    article = tables.Column(linkify=True, order_by=("article__title", "pk"),
                            attrs={"a": {"hx-boost": "false"}, "td": {"style": "min-width: 14rem"}})
    outlet = tables.Column(
        accessor="article__outlet__name", verbose_name="Outlet", default="—", order_by=("article__outlet__name", "pk")
    )
    published = tables.DateColumn(
        accessor="article__published", verbose_name="Published", format="Y-m-d", default="—",
        order_by=("article__published", "pk"), attrs={"td": {"class": "text-nowrap"}},
    )

    class Meta:
        model = Claim
        fields = ()
        sequence = ("id", "quote", "claimant", "kind", "value", "fact", "state", "verdict", "article", "outlet",
                    "published")
        attrs = {"class": "table table-hover align-middle", "id": "claims"}
        row_attrs = {
            "data-claim-id": lambda record: record.pk,
            "class": lambda record: "claim-row dismissed text-body-secondary" if record.dismissed else "claim-row",
        }
        empty_text = "No claims match these filters."

    def render_quote(self, value):
        return Truncator(value).chars(120)

    def render_article(self, value):
        return Truncator(value.title).chars(40)

    def value_article(self, value):
        return value.title

    def value_quote(self, value):
        return value

    def render_state(self, record):
        label = record.get_state_display()
        if record.dismissed:
            label = f"{label}, dismissed"
        return format_html('<span class="badge text-dark claim-{}">{}</span>', record.state, label)

    def value_state(self, record):
        return record.state

    def render_verdict(self, record):
        return self.value_verdict(record) or "—"

    def value_verdict(self, record):
        # Two reviewers agreeing on "false" is one label; their names are in the claim panel.
        return "; ".join(dict.fromkeys(v.rating.label for v in record.current_verdicts))
