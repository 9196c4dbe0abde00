"""One figure in two reports of one story.

Outlets pass figures on: when two reports of one story give the same specific figure ("412 metres",
"R$ 12 million", "about 18,000", "32 hostages"), they are almost always giving one answer to one
question, even when the words around it were read as two questions ("412 people were freed" and "412
people trapped in lifts") or as none ("R$ 12 million for repairs this year"). Such a pair is suggested as
corroborating (or as the same claim, from one claimant), with a lower score than a pair whose fact was
read, and the reason says why.

Small figures are left out: "three", "five" and "12" recur in one story as the dead, the missing and the
helicopters sent. So are figures about another period ("the 2016 typhoon's 185 km/h"), which answer
another question whatever their value.
"""

from __future__ import annotations

import re

from .core import CORROBORATES, QUANTITY, SAME, MatchClaim, Suggestion, _fmt, _order
from .identity import _same_claimant
from .keys import _NUMBER_NAME, _Info, _info, _keys_meet, _own_sentence, _period, _published, _value_pos
from .measures import _value_span
from .relations import _within_window
from .values import _figure

# The smallest figure that two reports are taken to share by more than chance.
ECHO_MIN = 20

# Tags of a figure's period that still leave it an answer about the story's event: a part of the toll,
# an increment, a count still standing, a region's count, a running total of the year.
_SAME_PERIOD = {"part", "+", "still", "region", "ytd", "elsewhere"}


def echo_signature(claim: MatchClaim) -> tuple[str, float | None, float | None] | None:
    """What two claims must share to echo each other: unit and bounds of a specific figure, or None."""
    v = claim.value
    if claim.kind != QUANTITY or v is None or (v.low is None and v.high is None) or v.vague:
        return None
    figure = _figure(v)
    if figure is None or figure < ECHO_MIN:
        return None
    return (v.unit or "", v.low, v.high)


# A number right after a capitalised word names rather than counts: "an ATR 72", "Boeing 737" (and, as
# for any figure, "Night train 742", "Flight 1549": keys._NUMBER_NAME).
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*[\s-]*$")


def _says_what(claim: MatchClaim, info: _Info | None, sentence: str) -> bool:
    """Whether a figure is more than a bare number: a fact was read for it, or it has a unit, a noun or a
    qualifier ("about 18,000" counts something; a bare "72" may be a plane's model). A number written
    right after a name is a name."""
    v = claim.value
    span = _value_span(v, sentence)
    if span and not v.qualifier and not v.text[:1].isalpha():
        before = sentence[max(0, span[0] - 40):span[0]]
        if _CAPITALISED_BEFORE.search(before) or _NUMBER_NAME.search(before):
            return False
    return info is not None or bool(v.unit or v.subject or v.qualifier)


def _period_of(claim: MatchClaim, info: _Info | None, sentence: str) -> frozenset[str]:
    """The period tags of a claim's figure, those that keep it off the story's event."""
    if info is not None:
        tags = info.key.partition("@")[2]
    else:
        tags = _period(sentence, _value_pos(claim.value, sentence), claim.value, _published(claim))
    return frozenset(t for t in tags.split(",") if t) - _SAME_PERIOD


def echo(a: MatchClaim, b: MatchClaim) -> Suggestion | None:
    """A suggestion for two claims in different reports of one story that give the same figure, or None.

    The caller vouches that the two reports tell one story; this checks the figure, the window and the
    period. Two claims read as one question were judged by the matcher already, and are left to it."""
    if a.article_id == b.article_id or a.id == b.id:
        return None
    sig = echo_signature(a)
    if sig is None or sig != echo_signature(b) or not _within_window(a, b):
        return None
    ia, ib = _info(a), _info(b)
    if ia is not None and ib is not None and _keys_meet(ia, ib):
        return None
    sa, sb = (_own_sentence(c.sentence or c.value.text or "", c.value.text) for c in (a, b))
    if not (_says_what(a, ia, sa) and _says_what(b, ib, sb)) or _period_of(a, ia, sa) != _period_of(b, ib, sb):
        return None
    later, earlier = _order(a, b)
    figures = _fmt(earlier.value) if _fmt(earlier.value).lower() == _fmt(later.value).lower() else \
        f"{_fmt(later.value)} / {_fmt(earlier.value)}"
    if _same_claimant(a, b):
        return Suggestion(later.id, earlier.id, SAME, 0.5, f"the same source gives the same figure in two reports "
                                                           f"of one story: {figures}")
    return Suggestion(later.id, earlier.id, CORROBORATES, 0.45,
                      f"two reports of one story give the same figure: {figures} (what each counts was read "
                      f"from different words; check that it is one question)")
