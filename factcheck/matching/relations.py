"""Comparing two claims on one fact: same, corroborates, contradicts or updates, with a score and a
reason a person can read."""

from __future__ import annotations

import math
import re

from factcheck.extraction import Value
from factcheck.numbers import COUNTRY_NAMED_CURRENCY, CURRENCY_FAMILY, RACE_TIME_RE

from .core import (
    CONTRADICTS, CORROBORATES, SAME, UNKNOWN, UPDATES, WINDOW_DAYS, MatchClaim, Suggestion, _clamp, _fmt,
    _order,
)
from .identity import _same_claimant
from .keys import DAYS_IN, _Info, _info, _keys_meet, _title, is_wholesale_pair, open_count_subject, same_happening
from .measures import _HUMAN_MEASURES
from .statements import compare_readings
from .scope import _Where, _articles_share_places, _places_conflict, _shared_place, _sites_apart_only
from .times import _compare_dates
from .values import (
    USD_PER_UNIT, _ABOUT, _Range, _figure, _gap_ratio, _overlap, _qualifier, _range, at_written_precision, base_unit,
    in_dollars, written_in_other_units,
)


# --------------------------------------------------------------------------------------------
# Comparing


def _within_window(a: MatchClaim, b: MatchClaim) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= WINDOW_DAYS


def _topic(info: _Info, shared_place: str) -> str:
    t = _title(info) if not shared_place else _title(_Info(info.key, info.measure, info.subject, False,
                                                           _Where(((shared_place, "site", 0),), info.where.scope),
                                                           info.unit))
    return t


def compare(a: MatchClaim, b: MatchClaim) -> Suggestion | None:
    """Relation between two claims on the same fact key in different articles, or None."""
    if a.article_id == b.article_id or a.id == b.id:
        return None
    return _compare(a, b, _info(a), _info(b))


_RISE_CUE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|increased|grew|grown|"
                       r"mounted|mounting|up)\s+to\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?$|"
                       r"\b(?:new|latest|updated|revised)\s+(?:death\s+)?(?:toll|figure|count|tally)\s+"
                       r"(?:of|at|to|is|was|stands\s+at|stood\s+at)?\s*(?:at\s+least\s+)?$|"
                       r"\bnow\s+(?:stands?|stood|standing)\s+at\s+(?:at\s+least\s+)?$", re.I)


def _revision(a: MatchClaim, b: MatchClaim) -> tuple[MatchClaim, MatchClaim, str] | None:
    """(new, old, why) when one source's claim revises its other claim upward on the same day: the
    higher figure is phrased as a rise ("the toll rose to 34", "has risen to 52", "the new toll")."""
    for new, old in ((a, b), (b, a)):
        fn, fo = _figure(new.value), _figure(old.value)
        if fn is None or fo is None or fn <= fo or new.value.vague or old.value.vague:
            continue
        pos = new.sentence.lower().find((new.value.text or "").lower())
        if pos > 0 and _RISE_CUE.search(new.sentence[max(0, pos - 40):pos]):
            return new, old, "raised"
    return None


def _close(fa: float | None, fb: float | None) -> bool:
    """Two wordings of one figure ("63" / "more than 60"), not a floor and a later count ("at least 18" / "22")."""
    if fa is None or fb is None:
        return True
    return abs(fa - fb) <= max(1.0, 0.1 * max(fa, fb))


def _rounds_to(fa: float | None, fb: float | None) -> bool:
    """Two figures that round to each other are one figure: "51.2" and "51" (a decimal and the whole
    number it rounds to), "3,870" and "3,900" (a figure and the same figure to two significant digits)."""
    if fa is None or fb is None or fa == fb or fa <= 0 or fb <= 0:
        return False
    for x, y in ((fa, fb), (fb, fa)):
        if y != int(y):
            continue  # y must be the rounder figure
        if x != int(x) and math.floor(x + 0.5) == y:
            return True
        if y >= 1000:
            digits = len(str(int(y)).rstrip("0"))
            if digits == 2 and x == int(x) and len(str(int(x)).rstrip("0")) > digits:
                scale = 10 ** (len(str(int(y))) - digits)
                if math.floor(x / scale + 0.5) * scale == y:
                    return True
    return False


def _both_lower_bounds(ra: _Range, rb: _Range) -> bool:
    return ra.soft and rb.soft and ra.lit_hi == math.inf and rb.lit_hi == math.inf


_DOTTED = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")


def _dotted_thousands(v: Value, x: float | None, other: float | None) -> bool:
    """A figure written with a dot between thousands ("6.288 km²", as Brazil and much of Europe write 6,288) that
    another report gives with the same digits: one figure, not one a thousand times smaller."""
    return bool(x and other and _DOTTED.search(v.text or "") and abs(x * 1000 / other - 1) < 1e-6)


def _scaled(r: _Range, k: float) -> _Range:
    return _Range(r.lit_lo * k, r.lit_hi * k, r.lo * k, r.hi * k, r.crisp, r.vague, r.soft, r.loose_hi * k)


def _approx_apart(va: Value, ra: _Range, fa: float | None, vb: Value, rb: _Range, fb: float | None) -> bool:
    """Two figures whose heard ranges touch, yet read as different figures. An approximate figure
    ("about 150", "around 180") is heard as its central value: two approximate figures whose central
    values differ by more than 10% contradict (about 150 vs around 180: 20% apart); and an approximate
    figure whose central value lies outside the other's heard range (around 180 vs "more than 200", vs
    "as many as 250") contradicts it too."""
    if fa is None or fb is None or ra.vague or rb.vague:
        return False
    qa, qb = _qualifier(va), _qualifier(vb)
    about_a, about_b = bool(qa and _ABOUT.match(qa)), bool(qb and _ABOUT.match(qb))
    if not (about_a or about_b):
        return False
    if about_a and about_b:
        return abs(fa - fb) > 0.1 * max(fa, fb)
    x, other = (fa, rb) if about_a else (fb, ra)
    if other.crisp or written_in_other_units(va, vb) and not _qualifier(vb if about_a else va):
        # "about 150" vs "160": the exact figure sits in the approximate one; "about 110" vs "94" does not; nor
        # does "about four miles" vs "6 km", a plain figure in other units
        return abs(x - (other.lo + other.hi) / 2) > 0.1 * x
    return not (other.lo <= x <= other.hi)


# How wide an area a claimant speaks for, from its name: a town's hospital or co-operative (1), a
# province's or county's office (2), a ministry, a national agency or the air force (3); 0 when its name
# does not say.
_LOCAL_BODY = re.compile(r"\b(?:city|town|municipal\w*|mayor|village|ward|barangay|hospital|clinic|infirmary|"
                         r"co-?operative|co-op|local|fire (?:department|brigade|service)|police department|sheriff)\b")
_REGIONAL_BODY = re.compile(r"\b(?:province|provincial|regional|region|county|district|prefecture|oblast|governor|"
                            r"governorate)\b")
_NATIONAL_BODY = re.compile(r"\b(?:ministry|ministries|national|federal|nationwide|air force|general staff|"
                            r"department|government)\b")


def _claimant_level(claimant_key: str) -> int:
    if not claimant_key or claimant_key.startswith("outlet:"):
        return 0
    for level, rx in ((1, _LOCAL_BODY), (2, _REGIONAL_BODY), (3, _NATIONAL_BODY)):
        if rx.search(claimant_key):
            return level
    return 0


def _wider_claimant_larger(a: MatchClaim, b: MatchClaim, ra: _Range, rb: _Range) -> bool:
    """Whether the larger figure comes from a body that speaks for a wider area than the other's: the
    air force's drones shot down over the country and a city administration's over the city."""
    la, lb = _claimant_level(a.claimant_key), _claimant_level(b.claimant_key)
    if not la or not lb or la == lb:
        return False
    mid_a, mid_b = (ra.lo + min(ra.hi, 2 * ra.lo)) / 2, (rb.lo + min(rb.hi, 2 * rb.lo)) / 2
    return (mid_a > mid_b) == (la > lb)


# Two sources disputing one count differ by up to about twelve times (a ministry's 17 soldiers killed
# against a rival's "more than 200"); figures further apart count different things: the cargo and the
# spill, the season's toll and the day's, a state's outages and a town's.
ORDERS_APART = 15
# A count whose verb we do not read meets a counted verb of the same noun only with a figure within this many
# times of it: one source's 6 tugs against another's 10 answer one question; further apart, the plain count
# more likely counts the whole (the cranes a port has) and the other a part (the cranes damaged).
OPEN_COUNT_APART = 3
# counts that fall to none as a story ends: the missing are found, the trapped freed, the escaped caught
_EMPTIED = {"missing", "trapped", "at large", "hospitalised", "critical", "displaced"}


# people counted by their passport: citizens, nationals, or a nationality alone ("three Britons", "two Chinese")
_NATIONALS = re.compile(r"\b(?:citizens?|nationals?|passport[- ]holders?|foreigners?)$|^[a-z]+(?:s|ese|ish|ch)$")


def _one_currency_unnamed(va: Value, vb: Value) -> bool:
    """Two amounts in currencies of one name ("rupees", "dollars") where one does not say whose country's: the
    bare "rupees" of a Nepali story may be the other's Nepali rupees."""
    ua, ub = va.unit or "", vb.unit or ""
    if ua == ub or not CURRENCY_FAMILY.get(ua) or CURRENCY_FAMILY.get(ua) != CURRENCY_FAMILY.get(ub):
        return False
    return bool(COUNTRY_NAMED_CURRENCY.search(va.text or "")) != bool(COUNTRY_NAMED_CURRENCY.search(vb.text or ""))


def _compare(a: MatchClaim, b: MatchClaim, ia: _Info | None, ib: _Info | None) -> Suggestion | None:
    if a.article_id == b.article_id or a.id == b.id:
        return None
    if ia is None or ib is None or not (_keys_meet(ia, ib) or same_happening(a, b, ia, ib)):
        return None
    if not _within_window(a, b):
        return None
    if _places_conflict(ia.where, ib.where) and not _articles_share_places(a, ia, b, ib) and \
            not (a.fact_id is not None and a.fact_id == b.fact_id and _sites_apart_only(ia.where, ib.where)):
        return None  # different places, unless the import put both on one event's fact and only the site differs
    if (ia.actor and b.article_text and ia.actor not in b.article_text) or (
            ib.actor and a.article_text and ib.actor not in a.article_text):
        return None  # "ZF plans to cut 14,000 jobs": another company's figure, named only in one article
    if ia.day and ib.day and ia.day != ib.day and "forecast" not in (ia.day, ib.day) or \
            (ia.day == "forecast") != (ib.day == "forecast"):
        return None  # Monday's temperature and Tuesday's, a reading and a forecast: different questions
    if ia.side and ib.side and ia.side != ib.side:
        return None  # "russian soldiers" vs "ukrainian soldiers", "foreign mercenaries"
    sided, sided_info = (a, ia) if ia.side else (b, ib)
    if bool(ia.side) != bool(ib.side) and ia.measure in _HUMAN_MEASURES and sided_info.subject == "people" and \
            _NATIONALS.search(sided.value.subject or ""):
        return None  # "two U.S. citizens were injured" against all the injured: the foreigners among them
    if ia.measure == "when":
        return _compare_dates(a, b, ia, ib)
    if ia.said is not None or ib.said is not None:
        if ia.said is None or ib.said is None:
            return None
        return compare_readings(a, b, ia.said, ib.said, _title(ia))
    if {ia.measure, ib.measure} == {"rose", "fell"}:
        # "an increase of 6%" against "a fall of nearly a fifth": whatever the sizes, the directions exclude each other
        later, earlier = _order(a, b)
        up, down = (a, b) if ia.measure == "rose" else (b, a)
        what = (ia.subject or ib.subject or "it").replace("|", " ")
        return Suggestion(later.id, earlier.id, CONTRADICTS, 0.55,
                          f"one says {what} rose ({_fmt(up.value)}), the other that it fell ({_fmt(down.value)})")
    reading = ia.measure == "temperature" and ia.subject != "anomaly"  # 1,470F is 800C; 9F above normal is 5C
    ra, rb = _range(a.value, reading), _range(b.value, reading)
    if ra is None or rb is None:
        return None
    per_day = ia.measure != ib.measure and ia.measure in DAYS_IN and ib.measure in DAYS_IN
    if per_day:
        ra, rb = _scaled(ra, 1 / DAYS_IN[ia.measure]), _scaled(rb, 1 / DAYS_IN[ib.measure])  # "150 a month" is 5 a day
    if ia.key != ib.key and (open_count_subject(ia.key) or open_count_subject(ib.key)) and \
            _gap_ratio(ra, rb) > OPEN_COUNT_APART:
        return None  # "the port has 40 cranes" and "eight cranes were damaged": the whole and a part
    if is_wholesale_pair(ia, ib):
        (rp, rc) = (ra, rb) if ia.subject == "people" else (rb, ra)
        if rc.hi is not None and rc.hi < rp.lo:
            return None  # 12 children among 30 people killed: a part of the whole, not another count of it
    later, earlier = _order(a, b)
    rl, re_ = (ra, rb) if later is a else (rb, ra)
    place = _shared_place(ia.where, ib.where)
    # name the fact by the claim that says whose count it is, or what befell what it counts
    ref = ib if ia.subject == UNKNOWN or open_count_subject(ia.key) else ia
    where = ia.where if ia.where.best() else ib.where  # and place it where either claim places it
    topic = _topic(ref, place) if place else _title(_Info(ref.key, ref.measure, ref.subject, False, where, ref.unit))
    both = f"both count {topic}"
    # confidence that the two claims are on one fact
    fact_conf = 0.0
    if place:
        fact_conf += 0.1
    elif not ia.where.places and not ib.where.places:
        fact_conf -= 0.05
    if ia.subject_inferred or ib.subject_inferred:
        fact_conf -= 0.05
    if ia.subject != ib.subject:
        fact_conf -= 0.15  # one does not say whose count it is
    if (ia.where.scope == "wide") != (ib.where.scope == "wide"):
        fact_conf -= 0.15  # one country-wide, the other unspecified
    fa, fb = _figure(a.value, reading), _figure(b.value, reading)
    if per_day and fa is not None and fb is not None:
        fa, fb = fa / DAYS_IN[ia.measure], fb / DAYS_IN[ib.measure]
    if _dotted_thousands(a.value, fa, fb):
        ra, fa = _scaled(ra, fb / fa), fb
    elif _dotted_thousands(b.value, fb, fa):
        rb, fb = _scaled(rb, fa / fb), fa
    ua, ub = a.value.unit or "", b.value.unit or ""
    if _one_currency_unnamed(a.value, b.value) and _overlap(ra.lo, ra.hi, rb.lo, rb.hi):
        ub = ua  # "1 million rupees" in a Nepali story and "1 million Nepali rupees": one amount, one currency
    exchanged = ua != ub and ua in USD_PER_UNIT and ub in USD_PER_UNIT
    crisp = ra.crisp, rb.crisp
    if written_in_other_units(a.value, b.value):
        ra, rb = at_written_precision(a.value, ra), at_written_precision(b.value, rb)
    if exchanged:
        # "3 million zlotys" against "about 700,000 euros": compared in rough dollars, never as exact figures
        ra, rb = in_dollars(ra, ua), in_dollars(rb, ub)
        fa, fb = (None if fa is None else fa * USD_PER_UNIT[ua]), (None if fb is None else fb * USD_PER_UNIT[ub])
    compatible = _overlap(ra.lo, ra.hi, rb.lo, rb.hi)
    literal = _overlap(ra.lit_lo, ra.lit_hi, rb.lit_lo, rb.lit_hi)
    if not compatible and ra.vague != rb.vague:
        vague, exact = (ra, rb) if ra.vague else (rb, ra)
        compatible = vague.loose_hi > 0 and _overlap(vague.lo, vague.loose_hi, exact.lo, exact.hi)
    if not compatible and _both_lower_bounds(ra, rb):
        # "at least 40" and "at least 70" both hold if 70 do: two floors agree unless far apart
        lo, hi = sorted((ra.lo, rb.lo))
        compatible = hi <= 1.8 * lo or hi - lo <= 6
    if (fa == 0) != (fb == 0) and max(ra.lo, rb.lo) > 0:
        compatible = literal = False  # "no soldiers were killed" against "up to 60": none excludes any
    if compatible and not exchanged and _approx_apart(a.value, ra, fa, b.value, rb, fb):
        compatible = False
    # "3,870" and "nearly 3,900" too: a compatible wording of the same figure, rounded
    rounded = not exchanged and _rounds_to(fa, fb) and (all(crisp) or (compatible and any(crisp)))
    if rounded:
        compatible = True  # "51.2" and "51": one figure, rounded
    if ia.measure == ib.measure == "offset" or all(RACE_TIME_RE.fullmatch(c.value.text or "") for c in (a, b)):
        # a clock is set to the half hour: "five hours behind Spain" and "six hours behind" exclude each other; a race
        # is timed to the second: "2:08:12" and "2:08:40" are two times
        compatible = literal = rounded = fa is not None and fb is not None and math.isclose(fa, fb)
    vl, ve = _fmt(later.value), _fmt(earlier.value)
    if per_day:
        il, ie = (ia, ib) if later is a else (ib, ia)
        vl, ve = f"{vl} {il.measure}", f"{ve} {ie.measure}"  # "150 a month vs five a day"
    if ia.measure == "level" and fa is not None and fb is not None and fa != fb:
        # a warning scale's step is set by one authority and moves: two steps are a change, not a dispute;
        # on one day, the higher step is taken as the later (alerts are raised as a crisis grows)
        if not (later.published and earlier.published and later.published > earlier.published):
            later, earlier = (a, b) if fa > fb else (b, a)
        return Suggestion(later.id, earlier.id, UPDATES, _clamp(0.6 + fact_conf),
                          f"{topic} changed: {_fmt(earlier.value)} then {_fmt(later.value)}")
    if not compatible and not literal and fa != 0 and fb != 0 and min(ra.hi, rb.hi) > 0 and \
            (base_unit(ua) == base_unit(ub) or exchanged) and _gap_ratio(ra, rb) > ORDERS_APART:
        # 60,000 tonnes aboard and 50 spilled, 116 dead this season and 14 here: other counts; so are 2,600
        # hectares cleared by miners and a country's 6,288 km2
        return None
    if _same_claimant(a, b):
        identical = (ra.lit_lo, ra.lit_hi, ra.lo, ra.hi) == (rb.lit_lo, rb.lit_hi, rb.lo, rb.hi)
        # one figure converted ("44.0 feet", "13.41 m") or exchanged is one figure too
        same_figure = identical or (compatible and fa is not None and fa == fb) or rounded or \
            (compatible and (exchanged or written_in_other_units(a.value, b.value)))
        dated_apart = bool(later.published and earlier.published and later.published > earlier.published)
        # one claimant, one figure ("12,000" / "about 12,000"), or two wordings of one figure on one day
        # ("63" / "more than 60") is the same claim; a different figure is a revision (SPEC: "a later
        # figure from the same claimant"), even when the two overlap ("more than 200", then "at least
        # 250"). Which came first: the later article; on one day, the figure given as a rise ("rose to
        # 34"); failing that, a toll only grows (the higher figure is the later) and the missing are found
        # (the lower figure is the later).
        if same_figure:
            return Suggestion(later.id, earlier.id, SAME, _clamp(0.9 + fact_conf),
                              f"the same source repeats {topic}: {ve}" + ("" if identical else f" / {vl}"))
        if (fa == 0) != (fb == 0) and not (dated_apart and ia.measure in _EMPTIED):
            # one source's "none were killed at the market" and its "two were killed" on one day: two counts;
            # "five still missing", then days later "no one is still missing": a revision
            return None
        revision = None if dated_apart else _revision(a, b)
        if revision:
            new, old, direction = revision
            return Suggestion(new.id, old.id, UPDATES, _clamp(0.7 + fact_conf),
                              f"the same source {direction} its figure for {topic}: {_fmt(old.value)} then "
                              f"{_fmt(new.value)}")
        if compatible and not dated_apart and _close(fa, fb):
            return Suggestion(later.id, earlier.id, SAME, _clamp(0.75 + fact_conf),
                              f"the same source repeats {topic}: {ve} / {vl}")
        mid = lambda r: (r.lo + r.hi) / 2  # noqa: E731
        other_counts = ia.key != ib.key and UNKNOWN not in (ia.subject, ib.subject)
        if _gap_ratio(ra, rb) >= 2.5 and (other_counts or not dated_apart):
            # one source's six babies who died in one ward and its 19 dead; its 19 dead and its 6 critically ill
            # on one day: two counts, not a revision
            return None
        if dated_apart:
            direction = "raised" if mid(rl) > mid(re_) else "lowered"
            return Suggestion(later.id, earlier.id, UPDATES, _clamp(0.75 + fact_conf),
                              f"the same source {direction} its figure for {topic}: {ve} then {vl}")
        falls = ia.measure == "missing"
        new, old = (a, b) if (mid(ra) > mid(rb)) != falls else (b, a)
        return Suggestion(new.id, old.id, UPDATES, _clamp(0.55 + fact_conf),
                          f"the same source gives two figures for {topic} on one day: {_fmt(old.value)} and "
                          f"{_fmt(new.value)} - taken as a revision ({'the lower' if falls else 'the higher'} "
                          f"figure as the later)")
    if compatible:
        score = 0.6 + fact_conf
        if ra.crisp and rb.crisp:
            score += 0.15
        elif ra.vague or rb.vague:
            score -= 0.1
        how = "the same figure" if ra.crisp and rb.crisp and ra.lo == rb.lo else "compatible figures"
        return Suggestion(later.id, earlier.id, CORROBORATES, _clamp(score),
                          f"{both}: {vl} vs {ve} - {how}")
    gap = _gap_ratio(ra, rb)
    if gap >= 2.5 and _wider_claimant_larger(a, b, ra, rb):
        return None  # a town hospital's 14 injured and the region's 57: the wider body counts more places
    # far-apart figures are the likelier to count different things (a season's toll and a day's), so a
    # contradiction is surest when the figures are near: 63 vs 89 more than 17 vs "hundreds"
    score = 0.6 + fact_conf - (0.1 if gap > 3 else 0.0) - (0.1 if gap > 8 else 0.0)
    note = ""
    if literal:
        score -= 0.2
        note = " (the words do not strictly exclude each other, but read as different figures)"
    elif ra.vague or rb.vague:
        score -= 0.05
    return Suggestion(later.id, earlier.id, CONTRADICTS, _clamp(score), f"{both}: {vl} vs {ve}{note}")
