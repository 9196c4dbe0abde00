"""Claim matching: which claims answer the same question, and do they agree. Pure: no ORM, no Django.

Vocabulary (see SPEC.md): a *fact* is the question several claims answer ("military personnel
killed in Makiivka"); a *link* is a relation between two claims in different articles.

How a fact is decided
---------------------
Shared words do not make a fact. Three things do:

1. **Measure** - what is counted, from the predicate (or, when it is missing, from the words
   nearest the figure): killed / wounded / casualties (killed and wounded together) / missing /
   arrested / displaced / rescued / captured / turnout / fired / intercepted / hit / destroyed /
   damaged (homes destroyed and homes damaged are two counts) /
   affected; money and percentages keep the unit in the key so a share never meets a count.
   ``destroyed`` said of drones or missiles means ``intercepted`` (air defence "destroyed" 40
   drones); said of vehicles or buildings it stays ``destroyed``.
2. **Subject class** - about whom or what: ``military`` (soldiers, troops, servicemen,
   personnel, recruits, conscripts, mobilised men...), ``people`` (people, civilians, residents,
   villagers, persons...), narrower groups that are a *different* question from all people
   (children, police, journalists, rescuers, medics, migrants, prisoners), ``crowd`` for every
   turnout, and things: ``missiles`` (rockets and missiles are one family), ``drones``,
   ``aircraft``, ``shells``, ``tanks``, ``vehicles`` (vehicles and equipment), ``buildings``,
   ``infrastructure``. Anything else keeps its own head noun.
   *Nationality plurals* ("400 Russians were killed"): military when a military cue (soldier,
   troop, army, forces, barracks, front, defence ministry, mobilised...) appears in the claim's
   sentence, otherwise people. A missing subject is looked for in the sentence next to the
   figure (skipping speakers: "police said 60 were dead"); failing that a human count is
   military when the sentence has a military cue, else ``unknown``: an unknown-subject count
   meets every human class of the same measure (``related_keys``), with a lower score.
   *Sides*: a nationality or "foreign" in both subjects that differs ("russian soldiers" vs
   "foreign mercenaries") makes different facts; one side named and the other not may match.
   Places, scope and subject cues are read from the claim's own sentence only, not from the
   context either side (a neighbouring photo caption must not lend its place).
3. **Scope and place** - places named in the sentence ("in Makiivka", "over Kyiv", "the town of
   X", "X region"), and whether the claim is country-wide ("across the country", "nationwide",
   "across <place>", "in several regions") or about one site (a named town or a target such as
   "a building", "the school"). Two claims naming different places at the same level are
   different facts; a claim with no place can match one with a place (most articles name the
   place once); a country-wide claim never matches a single-site claim.

``FactKey.key`` is ``measure|subject`` (``|unit`` for money and percentages; ``when|event`` for
dates). It is the *block*: the caller only compares claims sharing a key. Place, scope and the
time window are checked pairwise inside the block by ``compare`` - they are not in the key
because most articles name the place once, so a key with the place in it would split one fact.

Time window: claims from articles published more than ``WINDOW_DAYS`` (10) days apart are about
different events and are never compared. ``suggest`` sorts each block by date and only compares
claims inside the window, so a growing database does not make blocks quadratic.

How values are compared
-----------------------
Each value becomes two intervals: the *literal* one (what the words allow) and the *heard* one
(what a reader takes away). Compatible = heard intervals overlap.

==================  ======================  =====================================
qualifier           literal                 heard
==================  ======================  =====================================
exact 63            [63, 63]                [63, 63]
about/some/around   [0.85x, 1.15x]          same
nearly/almost       [0.85x, x]              same
up to/as many as    [0, x]                  [0.75x, x]  ("up to 400" sounds like ~400)
more than/at least  [x, inf)                [x, 1.4x]   ("more than 60" sounds like 60-odd;
                                            2x for 100, 1000, a million: order of magnitude)
fewer than/under    [0, x]                  [0.7x, x]
range 50-60         [50, 60]                same
dozens              [24, 99]                same (scores 40-99, hundreds 200-999,
                                            several hundred 200-999, thousands 2000-9999...)
==================  ======================  =====================================

Approximate figures are heard as their central value: two "about" figures whose central values differ
by more than 10% contradict ("about 150" vs "around 180": the ranges touch, the figures do not), and
so does an "about" figure whose central value lies outside the other's heard range ("around 180" vs
"more than 200"). Two exact figures that round to each other ("51.2" / "51", "3,870" / "3,900") are
one figure. A figure counted with no measure word but with a noun ("30 relief camps") is a ``count``
of that noun; "N cases" are ``cases``; bodies at a morgue are ``received|bodies``; power in MW is a
reading. Parts ("among the dead", "including"), recoveries in a short period ("overnight") and
rates ("a day", "usually") carry tags (``part``, ``+``, ``rate``). Readings (temperatures...) of two
different days, or a reading and a forecast, are different questions; "N degrees above normal" is
an ``anomaly``. Dates: "left/departed/set sail" is a ``departure``, an address or briefing a
``speech`` - moments of the story, never the article's whole event.

Two figures more than fifteen times apart, in one unit and neither of them none, are not linked: they
count different things (the cargo and the spill, the season's toll and the day's); a rival's figure
twelve times the official one is still a dispute.

One story: reports that share eight or more names (``stories``) join each other's facts whatever places
they name, and the time of the story's happening is one question however a report names the event
(``happening_time_keys``: "when|collapse" and "when|flood" for one landslide).

When heard intervals do not overlap but literal ones do ("up to 400" vs 63, "more than 100" vs
about 300) the pair is still suggested as ``contradicts`` with a lower score, and the reason
says that the words do not strictly exclude each other. So "at least 120" (officials) and "more
than 150" (aid group) corroborate - both are lower bounds and 150 sits in 120-168 - while "at
least 120" and "nearly 200" contradict: 180-200 is far above what "at least 120" tells a reader.

Relations: same claimant and the same figure ("12,000" / "about 12,000"), or compatible values on
one day -> ``same``; same claimant, a different figure in a *later* article -> ``updates`` from the
later article to the earlier (no order of publication: they compete like any two figures);
different claimants -> ``corroborates`` or ``contradicts``, never ``updates``. One claimant =
``same_claimant_keys``: equal keys, spelling variants whose words are a subset of the other's (at
least two words), or an abbreviation of the other's initials; the outlet's own voice only for the
same named outlet. Background and partial figures (another year, "last year", "N more", "another N",
"X alone") carry a tag in their key (``killed|people@y2013``) and meet only their own kind. Arithmetic (``suggest`` only): for one projectile family and one event,
fired - intercepted = hit corroborates ("6 fired - 2 shot down = 4 hit"); hit or intercepted
exceeding fired contradicts; a lone "4 hit" vs "6 fired" is no link at all.

Dates: the fact is "when did <event> happen" (``when|attack``, ``when|flood``...). Two instants
known in UTC agree within 30 minutes (90 with "about"); a UTC instant and a local time or date in
an unknown zone agree when some zone between UTC-12 and UTC+14 reconciles them (the reason says
it depends on the zone, and the score is lower); dates a day apart with no times are a weak
contradiction; further apart, a contradiction.

Where each part lives
---------------------
``core`` (the public types and constants), ``measures`` (what is counted, in which event, about
whom), ``scope`` (places and how wide), ``readings`` (magnitudes, temperatures, ballots, money,
shares, units), ``keys`` (a claim's fact key, read once per claim), ``values`` (values as
intervals), ``identity`` (one claimant under several names), ``times`` (dates and time zones),
``relations`` (comparing two claims), ``blocks`` (suggesting within blocks, arithmetic), ``stories``
(which reports tell one story, by the names they share), ``echoes`` (one specific figure in two
reports of one story, whatever each was read to count) and ``wording`` (one question worded alike in two
reports of one story: a rare word by both figures).
"""

from factcheck.matching.blocks import suggest
from factcheck.matching.core import (
    CONTRADICTS,
    CORROBORATES,
    DATE,
    QUANTITY,
    SAME,
    STATEMENT,
    UNKNOWN,
    UPDATES,
    WINDOW_DAYS,
    FactKey,
    MatchClaim,
    Suggestion,
)
from factcheck.matching.echoes import echo, echo_signature
from factcheck.matching.identity import same_claimant_keys
from factcheck.matching.keys import (
    WHOLESALE, fact_key, happening_time_keys, independent_sources, key_subject, open_count_subject, place_of,
    related_key_pattern, related_keys, statement_answer,
)
from factcheck.matching.relations import compare
from factcheck.matching.scope import dateline_places
from factcheck.matching.stories import one_story, other_stories, story_names
from factcheck.matching.wording import alike, figure_words, shared_rarely, unit_kind

__all__ = [
    "CONTRADICTS", "CORROBORATES", "DATE", "QUANTITY", "SAME", "STATEMENT", "UNKNOWN", "UPDATES", "WINDOW_DAYS",
    "FactKey", "MatchClaim", "Suggestion", "WHOLESALE",
    "alike", "compare", "dateline_places", "echo", "echo_signature", "fact_key", "happening_time_keys",
    "independent_sources",
    "figure_words", "key_subject", "one_story", "open_count_subject", "other_stories", "place_of",
    "related_key_pattern", "related_keys",
    "same_claimant_keys", "shared_rarely", "statement_answer", "story_names", "suggest", "unit_kind",
]
