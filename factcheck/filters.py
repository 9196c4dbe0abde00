"""django-filter filter sets for the desk's list pages."""

import django_filters
from django.db.models import Q

from .models import Article, Outlet


class ArticleFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    outlet = django_filters.ModelChoiceFilter(queryset=Outlet.objects.all(), empty_label="All outlets")

    class Meta:
        model = Article
        fields = ["q", "outlet"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(source_name__icontains=value))
