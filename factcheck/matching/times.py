"""Dates and times: when an event happened, with time zones applied, and whether two claims about
it agree."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from factcheck.extraction import Value
from factcheck.numbers import _HOUR_WORDS, ZONES

from .core import (
    CONTRADICTS, CORROBORATES, SAME, UPDATES, WINDOW_DAYS, MatchClaim, Suggestion, _clamp, _fmt, _order,
)
from .identity import _same_claimant
from .keys import _Info
from .scope import _shared_place
from .values import _ABOUT, _qualifier


# ---------------------------------------------------------------------------------- dates

_TZ = re.compile(r"^(?:utc|gmt|z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)
_TZ_NAMES = {name.lower(): off for name, off in ZONES.items() if off is not None}


def _tz_minutes(tz: str) -> int | None:
    t = (tz or "").strip().lower()
    if not t:
        return None
    if t in _TZ_NAMES:
        return _TZ_NAMES[t]
    m = _TZ.match(t)
    if m:
        mins = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return mins if m.group(1) == "+" else -mins
    return None


@dataclass(frozen=True)
class _When:
    instant: dt.datetime | None  # naive UTC when known
    local: dt.datetime | None  # local date and time, zone unknown
    day: dt.date | None  # date only
    approx: bool
    tod: int | None = None  # minutes after midnight UTC of a clock time in a known zone with no date
    clock: int | None = None  # minutes after midnight of a clock time as written, in the zone it was given in
    zoned: bool = False  # whether that zone is known ("2:30 am (1830 GMT)", "0040 GMT") or not ("2:40 a.m.")


def _when(v: Value) -> _When | None:
    approx = bool(_ABOUT.match(_qualifier(v))) or bool(re.search(r"\b(?:about|around|approximately|roughly|shortly)\b",
                                                                (v.text or "").lower()))
    day = None
    if v.date:
        try:
            day = dt.date.fromisoformat(v.date[:10])
        except ValueError:
            day = None
    tm = None
    if v.time:
        try:
            hh, mm = v.time.split(":")[:2]
            tm = dt.time(int(hh), int(mm))
        except ValueError:
            tm = None
    off = _tz_minutes(v.tz)
    clock = tm.hour * 60 + tm.minute if tm else None
    zoned = off is not None
    if v.utc:
        try:
            inst = dt.datetime.fromisoformat(v.utc.replace("Z", "+00:00"))
            if inst.tzinfo is not None:
                inst = inst.astimezone(dt.timezone.utc).replace(tzinfo=None)
            return _When(inst, None, inst.date(), approx, None, clock, zoned)
        except ValueError:
            pass
    if day and tm:
        local = dt.datetime.combine(day, tm)
        if off is not None:
            return _When(local - dt.timedelta(minutes=off), None, None, approx, None, clock, zoned)
        return _When(None, local, None, approx, None, clock, zoned)
    if day:
        return _When(None, None, day, approx)
    if tm and off is not None:  # "at 0440 GMT", "3 a.m." in a one-zone country: a time of day in UTC
        return _When(None, None, None, approx, (clock - off) % 1440, clock, zoned)
    if tm:  # "at 2:40 a.m.": a clock time, no date, no zone
        return _When(None, None, None, approx, None, clock, False)
    return None


def _undated(w: _When) -> bool:
    """A clock time with no day: "at 2:40 a.m.", "at 0440 GMT"."""
    return w.clock is not None and w.instant is None and w.local is None and w.day is None


def _bare(w: _When) -> bool:
    """A clock time with neither day nor zone: "at 2:40 a.m."."""
    return _undated(w) and not w.zoned


_SHORTLY = re.compile(r"\b(?:shortly|just\s+(?:after|before))\b")
# "shortly after 5 p.m." lies on one side of five: read as 5:12 give or take a quarter of an hour (the words
# must lead the time: in "21:47 UTC, shortly before midnight local time" they belong to the other clock)
_SHORTLY_SIDE = re.compile(r"\s*(?:at\s+|from\s+)?(?:shortly|just)\s+(after|before)\b", re.I)
_SHORTLY_SHIFT = 12


def _about(v: Value) -> bool:
    """Whether a time is given as "about", "around" or "roughly" so."""
    t = (v.text or "").lower()
    return bool(re.search(r"\b(?:about|around|approximately|roughly)\b", t) or
                (_ABOUT.match(_qualifier(v)) and not _SHORTLY.search(t)))


def _slack(v: Value) -> int:
    """Minutes a stated time allows: 30 for "about" a time on the hour or the half hour (sources of one story
    who say "around 5pm" and "17:40" dispute the time), 20 for "about" one to the minute ("about 5:20 p.m."
    against 4:52 p.m. is a dispute), 15 either side of the middle of "shortly after/before" and "just after/before" (see
    `_centred`), 25 for "shortly" otherwise, 15 for a time on the hour or the half hour ("11am" against "11.30am"
    is a dispute, "6 a.m." against "6:10" a rounding), and 10 for one given to the minute or on the hour "sharp"
    ("03:40" against "03:52" is a dispute; "10:42" against "10:45" a rounding).
    """
    t = (v.text or "").lower()
    minutes = (v.time or "")[3:5]
    if _about(v):
        return 20 if minutes and minutes not in ("00", "30") else 30
    if _SHORTLY_SIDE.match(t):
        return 15
    if _SHORTLY.search(t):
        return 25
    if _EXACTLY.search(t):
        return 10  # "at five sharp" is as exact as a time given to the minute
    return 10 if minutes and minutes not in ("00", "30") else 15


_EXACTLY = re.compile(r"\bsharp\b")


def _tolerance(a: MatchClaim, b: MatchClaim) -> dt.timedelta:
    return dt.timedelta(minutes=max(_slack(a.value), _slack(b.value)))


def _tod(w: _When) -> int | None:
    if w.tod is not None:
        return w.tod
    if w.instant is not None:
        return w.instant.hour * 60 + w.instant.minute
    return None


def _fmt_dt(x: dt.datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M")


# Sources that dispute when something happened differ by minutes or an hour or two ("10:40 p.m." against
# "after midnight"); two clock times further apart in one story are mostly two of its moments (the
# eruption and a second blast, the start of a siege and the assault) that the keys could not tell apart.
_MOMENTS_APART = dt.timedelta(hours=4)
# Without a zone on one side, a dispute is within a shorter reach; and a time that bounds a state ("since
# 02:47", "by 9.40am", "not shut until after 8am") marks when something began or ended, not when it happened.
_LOCAL_APART = dt.timedelta(hours=3)
# a time given on the local clock with its conversion beside it: "03:40 local time", "2:30 am (1830 GMT)"
_LOCAL_CLOCK = re.compile(r"\blocal\b|\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|Z)\b", re.I)
_BOUND = re.compile(r"\b(?:since|by|until|till)\s+(?:about\s+|around\s+|after\s+|before\s+|just\s+\w+\s+)?$", re.I)


def _bounds(c: MatchClaim) -> bool:
    """The claim's time bounds a state: the words before it, or its own first words, say since, by or until."""
    text, sentence = c.value.text or "", c.sentence or ""
    at = sentence.find(text) if text else -1
    before = sentence[max(0, at - 25):at] if at >= 0 else ""
    return bool(re.match(r"\s*(?:since|by|until|till)\b|.*\buntil\b", text, re.I) or _BOUND.search(before))


# "around 7 o'clock", "twenty to six" with no part of the day: morning or evening
# ... and "at five sharp"
_HALF_DAY = re.compile(r"(?:\bo['’]clock\b|\bsharp\b|"
                       r"\b(?:past|to)\s+(?:" + _HOUR_WORDS + r")\b(?!\s+o['’]clock))"
                       r"(?!\s+(?:in\s+the|at\s+night|tonight|last\s+night)\b)", re.I)
# "around 3:30" on a twelve-hour clock with no part of the day (a 24-hour clock writes "03:30" or "15:30")
_TWELVE_HOUR = re.compile(r"(?<![\d:.])(?:1[0-2]|[1-9])[:.][0-5]\d(?![\d:.]|\s*(?:[ap]\.?\s?m\b|hrs?\b|h\b))", re.I)
# words that say which half of the day, or which zone, a clock time is in
_DAY_PART = re.compile(r"\b(?:morning|afternoon|evening|night|tonight|dawn|dusk|noon|midday|midnight|[ap]\.?m\b|"
                       r"gmt|utc|local)\b", re.I)


def _hours_minutes(time: str) -> tuple[int, int]:
    """The hour and minute of a Value's time ("19:20"); ValueError when it has none."""
    hh, mm = (int(x) for x in time.split(":")[:2])
    return hh, mm


def _utc_plus(utc: str, delta: dt.timedelta) -> str:
    """A Value's UTC time moved by `delta` ("" stays ""); ValueError when it cannot be read."""
    return (dt.datetime.fromisoformat(utc.replace("Z", "+00:00")) + delta).isoformat() if utc else ""


def other_half(v: Value) -> Value | None:
    """The other reading of a clock time that does not say morning or evening ("7 o'clock" read as 07:00
    is also 19:00, "around 3:30" is also 15:30), None for a time that says which."""
    text = v.text or ""
    twelve = _TWELVE_HOUR.search(text) and not _DAY_PART.search(text) and not v.tz
    if not (_HALF_DAY.search(text) or twelve) or not v.time:
        return None
    try:
        hh, mm = _hours_minutes(v.time)
    except ValueError:
        return None
    shift = 12 if hh < 12 else -12
    try:
        utc = _utc_plus(v.utc, dt.timedelta(hours=shift))
    except ValueError:
        utc = ""
    return replace(v, time=f"{hh + shift:02d}:{mm:02d}", utc=utc)


# the offsets clocks keep that are not whole or half hours: Nepal, Eucla and the Chatham Islands (in winter and summer)
_QUARTER_ZONES = (5 * 60 + 45, 8 * 60 + 45, 12 * 60 + 45, 13 * 60 + 45)


def _from_a_zone(off: float) -> float:
    """Minutes from a UTC offset `off` (in minutes) to the nearest offset a clock keeps: the whole and half hours,
    and those that end in 45 minutes."""
    return min(off % 30, 30 - off % 30, *(abs(off - q) for q in _QUARTER_ZONES))


def _clock_apart(x: int, y: int) -> int:
    """Minutes between two times of day, either way round midnight."""
    return min(abs(x - y), 1440 - abs(x - y))


def _gap(wa: _When, wb: _When) -> float:
    """Minutes between two readings of when, on the surest common ground: the UTC instant, the time of day
    in UTC, or the clock as written."""
    if wa.instant and wb.instant:
        return abs((wa.instant - wb.instant).total_seconds()) / 60
    ta, tb = _tod(wa), _tod(wb)
    if ta is None or tb is None:
        ta, tb = wa.clock, wb.clock
    if ta is None or tb is None:
        return 0
    return _clock_apart(ta, tb)


def _nearer_half(c: MatchClaim, other: MatchClaim) -> MatchClaim:
    """The claim with its clock read in whichever half of the day lies nearer the other claim's time."""
    alt = other_half(c.value)
    if alt is None:
        return c
    wo = _when(other.value)
    if wo is None:
        return c
    w, wa = _when(c.value), _when(alt)
    if w is None or wa is None or _gap(wa, wo) >= _gap(w, wo):
        return c
    return replace(c, value=alt)


def _centred(c: MatchClaim) -> MatchClaim:
    """The claim with a time said to lie just after or just before a clock time moved to the middle of what
    it allows: "shortly after 5 p.m." is read as 5:12 p.m., so 4:40 p.m. disputes it and 5:10 p.m. agrees."""
    v = c.value
    side = _SHORTLY_SIDE.match(v.text or "")
    if not side or not v.time:
        return c
    shift = dt.timedelta(minutes=_SHORTLY_SHIFT if side.group(1).lower() == "after" else -_SHORTLY_SHIFT)
    try:
        moved = dt.datetime.combine(dt.date.fromisoformat(v.date[:10]) if v.date else dt.date(2000, 1, 1),
                                    dt.time(*_hours_minutes(v.time))) + shift
        utc = _utc_plus(v.utc, shift)
    except ValueError:
        return c
    return replace(c, value=replace(v, time=moved.strftime("%H:%M"), utc=utc,
                                    date=moved.date().isoformat() if v.date else v.date))


def _compare_dates(a: MatchClaim, b: MatchClaim, ia: _Info, ib: _Info) -> Suggestion | None:
    centred = {c.id: _centred(c) for c in (a, b)}
    shifted = [c for c in (a, b) if centred[c.id] is not c]
    written = {c.id: _when(c.value) for c in shifted}  # the clock as written of a time said to lie shortly after it
    moved = [f'"{c.value.text}" read as {centred[c.id].value.time}' for c in shifted]
    a, b = centred[a.id], centred[b.id]
    a, b = _nearer_half(a, b), _nearer_half(b, a)
    wa, wb = _when(a.value), _when(b.value)
    if wa is None or wb is None:
        return None
    later, earlier = _order(a, b)
    wl, we = (wa, wb) if later is a else (wb, wa)
    place = _shared_place(ia.where, ib.where)
    topic = ("when it was due to happen" if ia.subject.startswith("plan") else f"when the {ia.subject} happened") + \
        (f" in {place.title()}" if place else "")
    vl, ve = _fmt(later.value), _fmt(earlier.value)
    same = _same_claimant(a, b)
    base = 0.05 if place else 0.0

    def verdict(ok: bool, score: float, why: str) -> Suggestion:
        if same:
            if ok:
                return Suggestion(later.id, earlier.id, SAME, _clamp(score + 0.1), f"the same source dates {topic}: {ve} / {vl}")
            if later.published and earlier.published and later.published > earlier.published:
                return Suggestion(later.id, earlier.id, UPDATES, _clamp(0.6), f"the same source changed {topic}: {ve} then {vl}")
        return Suggestion(later.id, earlier.id, CORROBORATES if ok else CONTRADICTS, _clamp(score + base),
                          f"{topic}: {vl} vs {ve} - {why}" + "".join(f"; {m}" for m in moved))

    minute = dt.timedelta(minutes=1)
    hm = lambda t: f"{t // 60:02d}:{t % 60:02d}"  # noqa: E731
    # a clock time in an unknown zone with no date ("at 2:40 a.m."): the same clock elsewhere, or a zone
    # that reconciles it with a time known in UTC, agree
    bare = wl if _bare(wl) else (we if _bare(we) else None)
    if bare is None:  # a local clock on a known day against a clock with no day: the day adds nothing
        bare = next((x for x, y in ((wl, we), (we, wl)) if _undated(y) and x.local is not None and not x.zoned), None)
    if bare is not None:
        other = we if bare is wl else wl
        tol = max(_slack(later.value), _slack(earlier.value))
        diff = _clock_apart(bare.clock, other.clock) if other.clock is not None else 0
        if other.clock is not None:
            if diff <= tol:
                return verdict(True, 0.6, f"the same local time ({hm(bare.clock)} / {hm(other.clock)})")
        # a clock with neither date nor zone may be given in UTC: it agrees when a zone reconciles it
        utc = _tod(other)
        if utc is not None and other.clock == utc:
            # which zone would reconcile them is read from the clock as written ("shortly after noon" is no
            # reading of 12:12 to the minute)
            own = written.get((later if bare is wl else earlier).id)
            off = ((own.clock if own and own.clock is not None else bare.clock) - utc) % 1440
            off = off - 1440 if off > 14 * 60 else off
            near = _from_a_zone(off)
            # "about" either side leaves 20 minutes for the zone, whatever the clock's precision
            if near <= max((45 if _about(later.value) or _about(earlier.value) else tol) - 25, 5):
                return verdict(True, 0.4, f"agree if the local time is UTC{off / 60:+.1f}; depends on the time zone")
            return None
        # sources of one story giving its clock time in the story's own zone (one of them without saying so):
        # an hour or two apart they dispute it; further apart they are two moments of the story
        if other.clock is not None and diff <= _LOCAL_APART / minute and \
                not _bounds(later) and not _bounds(earlier):
            return verdict(False, 0.45, f"{diff // 60} h {diff % 60} min apart in local time")
        return None
    # a time of day known in UTC with no date on one side: compare the clock, one event, one day
    ta, tb = _tod(wl), _tod(we)
    if ta is not None and tb is not None and (wl.tod is not None or we.tod is not None):
        diff = _clock_apart(ta, tb)
        tol = max(_slack(later.value), _slack(earlier.value))
        if diff <= tol:
            return verdict(True, 0.75, f"the same time of day in UTC ({hm(ta)} / {hm(tb)})")
        if diff > _MOMENTS_APART / minute:
            return None  # hours apart: more likely two moments of the story than one moment disputed
        return verdict(False, 0.6, f"{diff // 60} h {diff % 60} min apart in UTC")
    day_a = wl.instant or wl.local or (dt.datetime.combine(wl.day, dt.time(12)) if wl.day else None)
    day_b = we.instant or we.local or (dt.datetime.combine(we.day, dt.time(12)) if we.day else None)
    if day_a and day_b and abs(day_a - day_b) > dt.timedelta(days=WINDOW_DAYS):
        return None  # dates further apart than the window date different events, not one event twice
    # both instants known in UTC
    if wl.instant and we.instant:
        diff = abs(wl.instant - we.instant)
        if diff <= _tolerance(a, b):
            return verdict(True, 0.85, f"the same moment in UTC ({_fmt_dt(wl.instant)} / {_fmt_dt(we.instant)})")
        if diff > _MOMENTS_APART and wl.clock is not None and we.clock is not None:
            return None  # the start of a siege and the assault that ended it: other moments, not a dispute
        return verdict(False, 0.75, f"{int(diff / minute) // 60} h {int(diff / minute) % 60} min apart in UTC")
    # an instant in UTC against a local time or a date in an unknown zone
    inst = wl.instant or we.instant
    other = we if wl.instant else wl
    if inst and other.local:
        off = (other.local - inst) / minute  # zone offset that would reconcile them, in minutes
        slack = _tolerance(a, b) / minute
        # "1:15 a.m. on Saturday (1815 GMT on Friday)" gives the story's own clock: a time the next source
        # gives without a zone is on that clock too, so "around 3 a.m. on Saturday" disputes it
        timed = later if wl.instant else earlier
        own = _tz_minutes(timed.value.tz)
        if own and _LOCAL_CLOCK.search(timed.value.text or ""):  # a clock on UTC is no story's local clock
            apart = abs(off - own)
            if apart <= slack:
                return verdict(True, 0.6, f"the same local time (UTC{own / 60:+.1f})")
            if apart <= _LOCAL_APART / minute and not _bounds(a) and not _bounds(b):
                return verdict(False, 0.5, f"{int(apart) // 60} h {int(apart) % 60} min apart in local time")
        # the offset that would reconcile them must be one a clock keeps: "10:40" against "14:15 GMT" would
        # need UTC-3:35
        if -12 * 60 - slack <= off <= 14 * 60 + slack and _from_a_zone(off) <= slack:
            return verdict(True, 0.5, f"agree if the local time is UTC{off / 60:+.1f}; depends on the time zone")
        return verdict(False, 0.6, "no time zone reconciles them")
    if inst and other.day:
        lo, hi = inst - dt.timedelta(hours=12), inst + dt.timedelta(hours=14)
        if lo.date() <= other.day <= hi.date():
            if other.day == inst.date():
                return verdict(True, 0.7, f"the same day in UTC ({_fmt_dt(inst)} UTC)")
            return verdict(True, 0.45, f"{_fmt_dt(inst)} UTC falls on {other.day.isoformat()} in some time zones; depends on the zone")
        return verdict(False, 0.7, f"{(other.day - inst.date()).days:+d} days apart")
    # a local time (zone unknown) against a date, or two local times
    la = wl.local or (dt.datetime.combine(wl.day, dt.time(12)) if wl.day else None)
    lb = we.local or (dt.datetime.combine(we.day, dt.time(12)) if we.day else None)
    if la is None or lb is None:
        return None
    if wl.local and we.local:
        diff = abs(wl.local - we.local)
        if diff <= _tolerance(a, b):
            return verdict(True, 0.65, "the same local time (zones not stated)")
        if diff <= dt.timedelta(hours=14):
            return verdict(True, 0.3, f"{diff / minute / 60:.1f} h apart; could be the same moment in different time zones")
        if wl.clock is not None and we.clock is not None:
            return None  # two clock times most of a day apart: two moments of the story
        return verdict(False, 0.6, f"{diff / minute / 60:.0f} h apart")
    timed = wl if wl.local else (we if we.local else None)
    dated = we if timed is wl else wl
    if timed is not None and dated.day is not None:
        t = timed.local
        if t.date() == dated.day:
            return verdict(True, 0.7, "the same day")
        # how far the local time must move to fall on the other day
        start = dt.datetime.combine(dated.day, dt.time(0))
        end = start + dt.timedelta(days=1)
        shift = (start - t) if t < start else (t - end + minute)
        hours = shift / minute / 60
        if hours <= 12:
            return verdict(True, 0.45 if hours <= 3 else 0.3,
                           f"{_fmt_dt(t)} local is {dated.day.isoformat()} in zones {hours:.1f} h or more "
                           f"{'ahead' if t < start else 'behind'}; depends on the time zone")
        return verdict(False, 0.65, f"{abs((dated.day - t.date()).days)} day(s) apart")
    # two dates
    days = abs((wl.day - we.day).days)
    if days > WINDOW_DAYS:
        return None  # a background date ("the invasion began on February 24"), not this event
    if days == 0:
        return verdict(True, 0.75, "the same date")
    if days == 1:
        return verdict(False, 0.35, "one day apart; could be the same night in different time zones")
    return verdict(False, 0.75, f"{days} days apart")
