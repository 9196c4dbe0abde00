"""python manage.py match_claims [--article ID ...]: re-run fact grouping and link suggestions."""

from django.core.management.base import BaseCommand

from factcheck.linking import link_claims
from factcheck.models import Article, Claim


class Command(BaseCommand):
    help = ("Put claims on facts and refresh link suggestions, article by article. Reviewers' decisions, "
            "hand-made links and claims a reviewer moved are kept.")

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, action="append", help="Only these articles (repeatable).")

    def handle(self, *args, article, verbosity, **options):
        articles = Article.objects.order_by("published", "pk")
        if article:
            articles = articles.filter(pk__in=article)
        total = 0
        for number, art in enumerate(articles, 1):
            created = link_claims(Claim.objects.for_matching().filter(article=art))
            total += created
            if verbosity >= 2:
                self.stdout.write(f"[{number}] article {art.pk}: {created} new suggestions")
        self.stdout.write(self.style.SUCCESS(f"{total} new link suggestions"))
