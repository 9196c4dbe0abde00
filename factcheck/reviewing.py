"""What reviewers record on claims: verdicts, notes and edits, with a version check so that two
reviewers working at once never overwrite each other silently."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F

from . import linking
from .models import Claim, Note, Verdict, VerdictRating

# The default scale, stored in the database on first migrate and editable in the admin afterwards.
# Numbers are schema.org ClaimReview ratingValue: 1 (worst) to 5 (best); ratings that do not say
# true or false sit in the middle.
DEFAULT_SCALE = [
    ("Accurate", 5, "The claim is correct and complete."),
    ("Mostly accurate", 4, "Correct, but missing context or a detail is wrong."),
    ("Mixed", 3, "Partly correct, partly wrong."),
    ("Conflicting accounts", 3, "Sources give incompatible figures or versions; none can be settled yet."),
    ("Unproven", 3, "No evidence either way that can be checked."),
    ("Misleading", 2, "Technically correct but creates a false impression."),
    ("False", 1, "The claim is wrong."),
]


def ensure_default_scale(ratings=None):
    ratings = ratings if ratings is not None else VerdictRating.objects
    if not ratings.exists():
        ratings.bulk_create(
            [VerdictRating(label=label, value=value, description=text, order=n)
             for n, (label, value, text) in enumerate(DEFAULT_SCALE)]
        )


class Conflict(Exception):
    """The claim changed after the reviewer loaded it; nothing was saved."""

    def __init__(self, claim):
        super().__init__("the claim changed meanwhile")
        self.claim = claim


def parse_evidence(raw: str) -> list[str]:
    """One link per line (or separated by spaces); only http and https are accepted."""
    links = [part.strip() for part in raw.split() if part.strip()]
    validate = URLValidator(schemes=["http", "https"])
    bad = []
    for link in links:
        try:
            validate(link)
        except ValidationError:
            bad.append(link)
    if bad:
        raise ValidationError(
            "Evidence must be web links starting with http:// or https:// — not: " + ", ".join(bad[:3])
        )
    return links


def bump_version(claim: Claim, seen_version: int) -> None:
    """Take the claim from the version the reviewer saw to the next one, or raise Conflict."""
    updated = Claim.objects.filter(pk=claim.pk, version=seen_version).update(version=F("version") + 1)
    if not updated:
        raise Conflict(Claim.objects.get(pk=claim.pk))
    claim.version = seen_version + 1


@transaction.atomic
def record_verdict(claim, reviewer, rating, note="", evidence=(), seen_version=None) -> Verdict:
    """A new verdict; the reviewer's previous one stays in the history, no longer current."""
    if seen_version is not None:
        bump_version(claim, seen_version)
    else:
        Claim.objects.filter(pk=claim.pk).update(version=F("version") + 1)
    Verdict.objects.filter(claim=claim, reviewer=reviewer, is_current=True).update(is_current=False)
    verdict = Verdict.objects.create(
        claim=claim, reviewer=reviewer, rating=rating, note=note, evidence=list(evidence), is_current=True
    )
    linking.refresh_states([claim.pk])
    return verdict


def add_note(author, text, claim=None, fact=None) -> Note:
    return Note.objects.create(author=author, text=text, claim=claim, fact=fact)


@dataclass(frozen=True)
class Change:
    field: str
    theirs: str
    yours: str


def describe_changes(current: Claim, submitted: dict) -> list[Change]:
    """What someone else's save changed, against what this reviewer submitted."""
    fields = {
        "start": current.start, "end": current.end, "claimant": current.claimant.name if current.claimant else "",
        "value_text": current.value_text, "kind": current.kind, "dismissed": current.dismissed,
    }
    return [
        Change(name, str(value), str(submitted[name]))
        for name, value in fields.items()
        if name in submitted and str(submitted[name]) != str(value)
    ]
