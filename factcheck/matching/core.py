"""The public data types of matching (a claim as matching sees it, a fact key, a suggestion), its
constants, and the small helpers every part shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from factcheck import places as gazetteer
from factcheck.extraction import Value


WINDOW_DAYS = 10

QUANTITY, DATE, STATEMENT = "quantity", "date", "statement"
UNKNOWN = "unknown"  # subject class of a human count that does not say whose (may meet any human class)
CONTRADICTS, CORROBORATES, SAME, UPDATES = "contradicts", "corroborates", "same", "updates"

_COUNTRIES = set(gazetteer.ALIAS_COUNTRY) | set(gazetteer.COUNTRY_DEMONYM)
_DEMONYMS = set(gazetteer.DEMONYMS)
_CAPITALS = set(gazetteer.CAPITAL_COUNTRY)


# --------------------------------------------------------------------------------------------
# Public data types


@dataclass(frozen=True)
class MatchClaim:
    id: int
    article_id: int
    claimant_key: str  # normalised claimant; "outlet:..." when the outlet speaks itself
    kind: str  # "quantity" | "date" | "statement"
    value: Value
    sentence: str  # the claim's quote with a little context either side
    published: date | None  # article date
    outlet: str = ""
    # The whole article, lower-case: a claim placed in one town and another placed in a second
    # town are still one event when each article names the other's place (a town and the
    # state capital where officials speak). Not compared; excluded from equality and hashing.
    article_text: str = field(default="", compare=False, repr=False)
    # The key of the fact the claim was put on, when it has one. A count that does not say whose
    # ("16 dead") put on one subject's fact (the civilians' toll, say) then meets only that fact's
    # claims, not the soldiers' toll of the same event as well.
    fact_key: str = field(default="", compare=False)
    # The fact itself: two claims the import put on one fact (their reports share places or tell one
    # story) are about one event, though one names the street and the other the city.
    fact_id: int | None = field(default=None, compare=False)
    # The names its article uses (`stories.story_names`): two full reports that share almost none tell
    # different stories, whatever their figures have in common (`stories.other_stories`). Empty when not known.
    names: frozenset[str] = field(default=frozenset(), compare=False, repr=False)


@dataclass(frozen=True)
class FactKey:
    key: str  # block key: "killed|military", "fired|missiles", "when|attack", "amount|aid|money"
    title: str  # readable: "military personnel killed in Makiivka"
    place: str = ""  # the claim's most specific place, lower-case ("makiivka"), "" when none
    scope: str = ""  # "wide" (country-wide, several regions), "site" (one named place/target), ""


@dataclass(frozen=True)
class Suggestion:
    from_id: int
    to_id: int
    relation: str  # "contradicts" | "corroborates" | "same" | "updates"
    score: float  # 0..1 confidence
    reason: str  # readable


def _order(a: MatchClaim, b: MatchClaim) -> tuple[MatchClaim, MatchClaim]:
    """(later, earlier) by article date, then article id, then claim id."""
    def k(c: MatchClaim):
        return (c.published or date.min, c.article_id, c.id)
    return (a, b) if k(a) >= k(b) else (b, a)


def _fmt(v: Value) -> str:
    return (v.text or "").strip() or "?"


def _clamp(x: float) -> float:
    return round(max(0.05, min(0.95, x)), 2)
