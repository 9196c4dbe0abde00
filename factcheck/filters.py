"""django-filter filter sets for the desk's list pages."""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from .models import Article, Claim, Claimant, Fact, Outlet, VerdictRating


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    outlet = django_filters.ModelChoiceFilter(queryset=Outlet.objects.all(), empty_label="All outlets")

    class Meta:
        model = Article
        fields = ["q", "outlet"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(source_name__icontains=value))


def select(label):
    # Titles can be long: a narrow select keeps the filters on one or two lines.
    return forms.Select(attrs={"class": "form-select form-select-sm", "aria-label": label, "style": "max-width: 13rem"})


class ClaimFilter(django_filters.FilterSet):
    """The /claims/ filters. Dismissed claims stay hidden unless show_dismissed is ticked."""

    q = django_filters.CharFilter(method="search", label="Search")
    article = django_filters.ModelChoiceFilter(
        queryset=Article.objects.only("pk", "title").order_by("title"), empty_label="All articles",
        widget=select("Article"),
    )
    outlet = django_filters.ModelChoiceFilter(
        field_name="article__outlet", queryset=Outlet.objects.all(), empty_label="All outlets", widget=select("Outlet")
    )
    claimant = django_filters.ModelChoiceFilter(
        queryset=Claimant.objects.only("pk", "name"), empty_label="All claimants", widget=select("Claimant")
    )
    kind = django_filters.ChoiceFilter(choices=Claim.Kind.choices, empty_label="All kinds", widget=select("Kind"))
    fact = django_filters.ModelChoiceFilter(
        queryset=Fact.objects.filter(claim_count__gt=0).only("pk", "title").order_by("title"),
        empty_label="All facts", widget=select("Fact"),
    )
    state = django_filters.ChoiceFilter(choices=Claim.State.choices, empty_label="All states", widget=select("State"))
    verdict = django_filters.ModelChoiceFilter(
        queryset=VerdictRating.objects.all(), method="by_verdict", empty_label="Any verdict", widget=select("Verdict")
    )
    reviewer = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(verdicts__is_current=True).distinct().order_by("username"),
        method="by_reviewer", empty_label="Any reviewer", widget=select("Reviewer"),
    )
    # Applied in filter_queryset: an unticked box sends nothing, and hiding must be the default.
    show_dismissed = django_filters.BooleanFilter(
        method="keep", label="Show dismissed", widget=forms.CheckboxInput(attrs={"class": "form-check-input"})
    )

    class Meta:
        model = Claim
        fields = ["q", "article", "outlet", "claimant", "kind", "fact", "state", "verdict", "reviewer",
                  "show_dismissed"]

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(quote__icontains=value) | Q(value_text__icontains=value) | Q(claimant__name__icontains=value)
            | Q(claimant_text__icontains=value) | Q(article__title__icontains=value)
        )

    def by_verdict(self, queryset, name, value):
        # A subquery rather than a join, so a claim with two matching verdicts is still one row.
        return queryset.filter(pk__in=value.verdicts.filter(is_current=True).values("claim_id"))

    def by_reviewer(self, queryset, name, value):
        return queryset.filter(pk__in=value.verdicts.filter(is_current=True).values("claim_id"))

    def keep(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("show_dismissed"):
            queryset = queryset.live()
        return queryset
