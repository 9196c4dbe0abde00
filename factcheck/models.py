"""The desk's records: outlets, articles, claimants, claims, facts, links, verdicts and notes."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


# Characters kept either side of a claim made or re-spanned by hand (the detector keeps its own).
SPAN_CONTEXT = 80


class ArticleQuerySet(models.QuerySet):
    def for_list(self):
        """Articles with the counts the article table shows, in one query."""
        live = Q(claims__dismissed=False)
        return self.select_related("outlet").annotate(
            claim_count=Count("claims", filter=live),
            # Reviewed: a reviewer has given it a verdict (corroborated and disputed are the matcher's word).
            reviewed_count=Count("claims", filter=live & Q(claims__state=Claim.State.RATED)),
            disputed_count=Count("claims", filter=live & Q(claims__state=Claim.State.DISPUTED)),
        )


class Article(models.Model):
    title = models.CharField(max_length=500)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    published = models.DateField(null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    source_name = models.CharField(max_length=500, blank=True, help_text="The imported file's name.")
    # sha256 of the stored text: importing the same content twice finds this and changes nothing.
    content_hash = models.CharField(max_length=64, unique=True)
    # Stored exactly as imported; claims point into it by offset, so it is never rewritten.
    text = models.TextField()
    # Where the article body starts (after an optional "date YYYY-MM-DD" prefix).
    body_start = models.PositiveIntegerField(default=0)
    imported_at = models.DateTimeField(auto_now_add=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "title"]
        indexes = [models.Index(fields=["published"])]
        permissions = [("export_records", "Can export records as CSV")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])

    def span(self, start: int, end: int) -> dict:
        """A claim's quote and the bit of text either side, for a span of this article's text."""
        return {
            "quote": self.text[start:end],
            "context_before": self.text[max(self.body_start, start - SPAN_CONTEXT):start],
            "context_after": self.text[end:end + SPAN_CONTEXT],
        }


class Claimant(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANISATION = "organisation", "organisation"
        OUTLET = "outlet", "the outlet"
        OTHER = "other", "other"

    name = models.CharField(max_length=300)
    # Normalised name shared by every spelling ("russian defense ministry"); see extraction.claimant_key.
    key = models.CharField(max_length=300, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class ClaimantAlias(models.Model):
    claimant = models.ForeignKey(Claimant, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=300, help_text="A spelling seen in an article.")

    class Meta:
        ordering = ["text"]
        verbose_name_plural = "claimant aliases"
        constraints = [models.UniqueConstraint(fields=["claimant", "text"], name="one_alias_per_spelling")]

    def __str__(self):
        return self.text


class Fact(models.Model):
    """A disputed question several claims answer."""

    title = models.CharField(max_length=500)
    # What the matcher groups on (measure, subject, scope); blank for facts made by hand.
    key = models.CharField(max_length=500, blank=True, db_index=True)
    # The places its articles name ("makiivka|donetsk"), "|"-separated: articles about one event
    # share a place name, so one key names one fact per event even in a busy week.
    places = models.TextField(blank=True)
    # The dates of the articles on it: one key names one fact per event, found by date.
    first_published = models.DateField(null=True, blank=True)
    last_published = models.DateField(null=True, blank=True)
    # Kept up to date by linking.refresh_facts, so the fact list sorts without aggregating links.
    claim_count = models.PositiveIntegerField(default=0)
    value_count = models.PositiveIntegerField(default=0, help_text="Distinct values claimed.")
    claimant_count = models.PositiveIntegerField(default=0, help_text="Independent claimants.")
    article_count = models.PositiveIntegerField(default=0)
    contradiction_count = models.PositiveIntegerField(default=0, help_text="Contradicting links not rejected.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-contradiction_count", "-claimant_count", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("fact_detail", args=[self.pk])

    @property
    def place_set(self) -> set[str]:
        return {p for p in self.places.split("|") if p}


class ClaimQuerySet(models.QuerySet):
    def live(self):
        return self.filter(dismissed=False)

    def for_article_page(self):
        return self.live().select_related("claimant", "fact").order_by("start", "-end", "pk")

    def for_panel(self):
        return self.select_related("claimant", "fact", "article__outlet")

    def for_matching(self):
        return self.live().select_related("claimant", "fact", "article__outlet")

    def for_claim_table(self):
        """Claims with what each row of /claims/ shows: related names and the current verdicts' ratings.

        One query for the rows and one for all their current verdicts, however many rows there are.
        """
        current = Verdict.objects.filter(is_current=True).select_related("rating").order_by("rating__order", "pk")
        return self.select_related("article__outlet", "claimant", "fact").prefetch_related(
            models.Prefetch("verdicts", queryset=current, to_attr="current_verdicts")
        ).order_by("-article__published", "article__title", "article_id", "start", "-end", "pk")


class Claim(models.Model):
    class Kind(models.TextChoices):
        QUANTITY = "quantity", "quantity"
        DATE = "date", "date or time"
        STATEMENT = "statement", "statement"

    class Origin(models.TextChoices):
        DETECTED = "detected", "detected"
        MANUAL = "manual", "manual"

    class State(models.TextChoices):
        UNREVIEWED = "unreviewed", "unreviewed"
        CORROBORATED = "corroborated", "corroborated"
        DISPUTED = "disputed", "disputed"
        RATED = "rated", "rated"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField(help_text="Offset of the first character in the article text.")
    end = models.PositiveIntegerField(help_text="Offset just past the last character.")
    quote = models.TextField()
    # A little text either side, so the claim can be found again if the article is re-imported with edits.
    context_before = models.CharField(max_length=200, blank=True)
    context_after = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    claimant = models.ForeignKey(Claimant, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    claimant_text = models.CharField(max_length=300, blank=True, help_text="The claimant as written here.")
    attribution = models.CharField(max_length=50, blank=True, help_text="The attribution word: said, claimed...")
    value_text = models.CharField(max_length=300, blank=True)
    value_qualifier = models.CharField(max_length=30, blank=True)
    value_low = models.FloatField(null=True, blank=True)
    value_high = models.FloatField(null=True, blank=True)
    value_unit = models.CharField(max_length=30, blank=True)
    value_subject = models.CharField(max_length=200, blank=True)
    value_predicate = models.CharField(max_length=100, blank=True)
    # The rest of the normalised value (vague, date, time, tz, utc), as extraction.Value gives it.
    value_data = models.JSONField(default=dict, blank=True)
    score = models.FloatField(default=0.5, help_text="Check-worthiness, 0 to 1.")
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.DETECTED)
    state = models.CharField(max_length=20, choices=State.choices, default=State.UNREVIEWED, db_index=True)
    fact = models.ForeignKey(Fact, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims")
    # A reviewer touched it: re-detection leaves it alone.
    edited = models.BooleanField(default=False)
    dismissed = models.BooleanField(default=False)
    # Bumped on every save by a reviewer; saves carrying an older version are conflicts.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start", "-end"]
        # by figure: another report giving the same figure is looked up, not searched for (linking.echoes)
        indexes = [models.Index(fields=["article", "start"]), models.Index(fields=["value_low", "value_high"])]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_not_empty"),
        ]

    def __str__(self):
        return self.quote[:80]

    def get_absolute_url(self):
        return f"{reverse('article_detail', args=[self.article_id])}?claim={self.pk}"

    @property
    def is_protected(self):
        """Whether re-detection must keep this claim as it is."""
        return self.origin == self.Origin.MANUAL or self.edited


class Link(models.Model):
    class Relation(models.TextChoices):
        CONTRADICTS = "contradicts", "contradicts"
        CORROBORATES = "corroborates", "corroborates"
        SAME = "same", "same claim"
        UPDATES = "updates", "updates"

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "suggested"
        CONFIRMED = "confirmed", "confirmed"
        REJECTED = "rejected", "rejected"

    class Origin(models.TextChoices):
        DETECTED = "detected", "detected"
        MANUAL = "manual", "manual"

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_out")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="links_in")
    relation = models.CharField(max_length=20, choices=Relation.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUGGESTED)
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.DETECTED)
    score = models.FloatField(default=0)
    reason = models.CharField(max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            # One link per ordered pair: a rejected suggestion stays and blocks the same suggestion.
            models.UniqueConstraint(fields=["from_claim", "to_claim"], name="one_link_per_pair"),
            models.CheckConstraint(condition=~Q(from_claim=models.F("to_claim")), name="link_not_to_itself"),
        ]

    def __str__(self):
        return f"{self.from_claim_id} {self.relation} {self.to_claim_id} ({self.status})"


class VerdictRating(models.Model):
    """One step of the verdict scale, editable by admins."""

    label = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=500, blank=True)
    # For schema.org ClaimReview: worst and best are the scale's minimum and maximum.
    value = models.IntegerField()
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "value"]

    def __str__(self):
        return self.label


class Verdict(models.Model):
    """A reviewer's rating of a claim. History: a new verdict never overwrites an old one."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts")
    rating = models.ForeignKey(VerdictRating, on_delete=models.PROTECT, related_name="verdicts")
    note = models.TextField(blank=True)
    evidence = models.JSONField(default=list, blank=True, help_text="http(s) links.")
    is_current = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Each reviewer has at most one current verdict per claim.
            models.UniqueConstraint(
                fields=["claim", "reviewer"], condition=Q(is_current=True), name="one_current_verdict_per_reviewer"
            ),
        ]

    def __str__(self):
        return f"{self.rating} by {self.reviewer}"


class Note(models.Model):
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.CASCADE, related_name="notes")
    fact = models.ForeignKey(Fact, null=True, blank=True, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="notes")
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(claim__isnull=False) | Q(fact__isnull=False), name="note_on_claim_or_fact"
            ),
        ]

    def __str__(self):
        return self.text[:80]
