"""Which reports tell one story: the names they share.

Two reports of one event name the same people, towns, companies and agencies ("Kestrel Park",
"Randhaven", "Thandi Mokoena", "Special Task Force"), however differently they word the rest; two
reports of different events in the same days share at most the country, the capital, the wire's
name and a ministry or two. A *name* here is a capitalised word that the article never writes in
lower case (so "Police" opening a sentence is no name when "police" appears further on), other
than a month, a day, a time zone or the outlet's own name.

Measured on fourteen sets of invented coverage (41 events, 723 pairs of reports): reports of one
event share 8 or more names in 148 of 201 pairs; reports of different events never did (at most 6,
two stories of one local paper). Sharing is a sufficient sign of one story, not a necessary one: a
short report may name little, and places still join reports that share few names.

A name a report gives as where something is ("near Ioannina", "from the Zitsa prison"), not a country, a capital or
a kind of body, counts twice over: two reports that place their story at two such names tell one story, however
few other names they share (a ministry's release and a foreign paper name few of each other's people). On the 53
hand-labelled sets of bench/ that guide the matching (so the figures are in-sample), 152 of 846 pairs of reports of
one event share two such names, and none of 2,242 pairs of reports of different events does. A name is kept whole
("@los angeles"), and a country, a capital, a demonym or a body in it leaves it out: many stories happen "in the
United States" or quote someone "from the Red Cross".
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.places import is_place, plain

SHARED_NAMES = 8
# Two full reports (each naming at least MIN_NAMES) that share fewer than FEW_NAMES names tell different
# stories: so did 673 of 722 pairs of reports of different events in the sets above, and 2 of 276 pairs of
# reports of one event. A brief names too little for its silence to say anything.
FEW_NAMES = 3
MIN_NAMES = 15

_NOT_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst", "pdt", "ist",
    "the", "and", "but", "for", "updated", "published", "share", "shares", "comments", "photo", "video",
}
# a word is a run of letters of any script, its accents dropped: "Asunción" and "Asuncion" are one name
_WORD = re.compile(r"\b[^\W\d_]+\b")


def _words(text: str) -> list[str]:
    return _WORD.findall(plain(text))


# names told as where something is (see the module's docstring), and the words that keep a name out of them
LOCATED = "@"
_NOT_LOCATED = {
    "ministry", "government", "police", "agency", "office", "department", "council", "court", "parliament", "state",
    "university", "institute", "college", "school", "hospital", "airport", "station", "port", "city", "town",
    "national", "international", "federal", "general", "central", "new", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "finance", "health", "interior", "foreign", "affairs", "europe",
    "asia", "africa", "america", "oceania", "pacific", "atlantic", "world", "street", "road", "avenue", "house",
    "united", "nations", "union", "cross", "crescent", "press", "news", "organization", "organisation",
    "association", "company", "group", "bank", "fund", "party", "service", "services", "authority", "commission",
    "centre", "center", "committee", "corporation", "foundation", "society", "league", "english", "french",
}
_LOCATED = re.compile(r"\b(?:in|near|at|to|outside|from|out\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
                      r"\s+(?:the\s+)?"
                      r"([A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)*)")
SHARED_LOCATED = 2


@lru_cache(maxsize=512)
def story_names(text: str, outlet: str = "") -> frozenset[str]:
    """The names an article uses (lower-case), the outlet's own name left out; and each name told as where
    something is (see ``LOCATED``), whole, with ``LOCATED`` before it."""
    text = plain(text)
    words = _WORD.findall(text)
    lower = {w for w in words if w.islower()}
    skip = _NOT_NAMES | {w.lower() for w in _words(outlet)}
    names = {w for w in (m.lower() for m in words if m[0].isupper())
             if len(w) >= 3 and w not in lower and w not in skip}
    located = set()
    for m in _LOCATED.finditer(text):
        parts = [w.lower() for w in _WORD.findall(m.group(1))]
        whole = " ".join(parts)
        if parts and all(w in names for w in parts) and not is_place(whole) and \
                not any(w in _NOT_LOCATED or is_place(w) for w in parts):
            located.add(LOCATED + whole)
    return frozenset(names | located)


@lru_cache(maxsize=4096)
def _plain_count(names: frozenset[str]) -> int:
    """How many of a report's names are plain names (not ``LOCATED`` ones); read once per report, not per pair."""
    return sum(not n.startswith(LOCATED) for n in names)


def _shared(a: frozenset[str], b: frozenset[str]) -> tuple[int, int]:
    """(plain names, located names) two reports share."""
    shared = a & b
    located = sum(n.startswith(LOCATED) for n in shared)
    return len(shared) - located, located


# Reports that place a figure in one town and share a few names besides tell one story: a foreign
# broadcaster's short piece names few of the local paper's people, a report of a strike in the same town names
# none of the mine's.
SHARED_NAMES_IN_ONE_PLACE = 4


def one_story(a: frozenset[str], b: frozenset[str], *, same_place: bool = False) -> bool:
    """Whether two reports, by the names they share, tell one story (with `same_place`, two reports
    already known to name one place)."""
    plain_names, located = _shared(a, b)
    return plain_names >= (SHARED_NAMES_IN_ONE_PLACE if same_place else SHARED_NAMES) or located >= SHARED_LOCATED


def other_stories(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two full reports, by the few names they share, tell different stories (False when either
    names too little to tell, or its names are unknown)."""
    plain_names, located = _shared(a, b)
    return min(_plain_count(a), _plain_count(b)) >= MIN_NAMES and plain_names < FEW_NAMES and \
        located < SHARED_LOCATED
