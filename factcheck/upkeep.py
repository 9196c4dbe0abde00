"""When a structure was last inspected or serviced, and when it was built: phrases that date a
structure's history, read as a span of months resolved against the article's date. Pure: extraction
uses it to find the phrases, matching to compare them.

"last inspected in March", "had not had a full inspection since 2019", "went 18 months without an
inspection" and "was never inspected" all answer when the last inspection was; "built in 1968", "the
25-year-old line" and "more than 30 years old" answer when the structure was built. Two sources whose
spans overlap corroborate; spans that cannot both be true contradict. A month with no year is the
latest such month before the article; an age counts back from the article's year.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from factcheck.numbers import _MONTH_RE, MONTHS, WORD_NUMBER, words_to_number

INSPECTED, BUILT = "inspected", "built"
YES, NO = "yes", "no"
# the units of a spell a dating can hold: "18 months without an inspection", "more than 30 years old"
SPAN_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades"})


@dataclass(frozen=True)
class Dating:
    question: str  # INSPECTED, or BUILT and the structure's family: "built bridge"
    answer: str  # NO for "never inspected", else YES
    head: str  # the words that date it: "since 2019", "25-year-old"
    span: tuple[int, int] | None  # the months (year * 12 + month - 1) it allows; None when it needs a date it lacks
    start: int  # where the dating phrase is in the text
    end: int

# A structure's family: the age of a ship and of the pier it hit are different questions.
_FAMILIES = {
    "bridge": r"bridges?|spans?|viaducts?|overpass|flyover|footbridge",
    "lift": r"cable[-\s]cars?|gondolas?|chair-?lifts?|ski[-\s]lifts?|lifts?|elevators?|escalators?|cabins?|ropeways?|"
            r"funiculars?|rides?|roller[-\s]coasters?",
    "vessel": r"ships?|vessels?|ferry|ferries|boats?|tankers?|freighters?|carriers?|trawlers?|barges?",
    "aircraft": r"aircraft|planes?|jets?|airliners?|helicopters?",
    "vehicle": r"bus|buses|coach|coaches|trains?|trams?|trucks?|lorry|lorries|carriages?|wagons?|locomotives?",
    "dam": r"dams?|levees?|embankments?|dykes?|dikes?|barrages?|reservoirs?",
    "pipe": r"pipelines?|pipes?|lines?|mains|cables?|tunnels?|tracks?|roads?|highways?|railways?",
    "plant": r"plants?|factory|factories|refinery|refineries|mines?|reactors?|warehouses?|depots?|facility|facilities|"
             r"rigs?|platforms?|stations?",
    "building": r"buildings?|blocks?|towers?|high-rises?|houses?|homes?|hotels?|schools?|hospitals?|stadiums?|malls?|"
                r"markets?|churche?s?|mosques?|temples?|halls?|cranes?|structures?|roofs?|stands?|walls?",
}
_STRUCTURE = re.compile(r"\b(?:" + "|".join(f"(?P<{f}>{p})" for f, p in _FAMILIES.items()) + r")\b", re.I)
_STRUCTURE_WORD = "|".join(_FAMILIES.values())

_INSPECT = (r"(?:inspect(?:ed|ion|ions)?|servic(?:ed|ing)|maintenance|maintained|overhaul(?:ed)?|"
            r"safety\s+(?:checks?|audits?|reviews?|tests?)|audit(?:ed)?|(?:last\s+)?checked|certified|certification)")
_INSPECT_RE = re.compile(r"\b" + _INSPECT + r"\b", re.I)
# what is yet to come is not a date of the last inspection: "will be inspected", "due for inspection in 2027"
_FUTURE = re.compile(r"\b(?:will|would|shall|due|scheduled|planned|next|upcoming|to\s+be|going\s+to|ordered|must|should|"
                     r"needs?\s+to|plans?\s+to|after\s+the|since\s+the)\b", re.I)
_NEVER = re.compile(r"\bnever\s+(?:been\s+|once\s+|had\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?)?" + _INSPECT, re.I)
_NEGATED = re.compile(r"\b(?:not|no|n['’]t|without|never)\b", re.I)

_N = rf"(?:\d+(?:\.\d+)?|{WORD_NUMBER}|a|an|a\s+few|several)"
_QUAL = r"(?:(?P<qual>more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|less\s+than|under)\s+)?"
_YEAR = r"(?:19|20)\d\d"
# a past point in time: "March 2025", "August of last year", "May this year", "2019", "the 1960s", "last year",
# "three months ago"
_WHEN = re.compile(
    rf"\b(?:(?P<ago>{_N})\s+(?P<ago_unit>months?|years?|decades?)\s+(?:ago|earlier|before)"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{_MONTH_RE})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    rf"(?:\s*,?\s*(?:of\s+)?(?:(?P<mon_year>{_YEAR})|(?P<mon_rel>last|this|the\s+previous)\s+year))?"
    rf"|(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?P<decade>(?:19|20)\d0)['’]?s"
    rf"|(?P<year>{_YEAR})"
    rf"|(?P<rel>last|this|the\s+previous)\s+(?P<rel_unit>year|month))\b",
    re.I)
# how long without: "18 months without an inspection", "not inspected for two years", "in more than a decade"
_DURATION = re.compile(rf"\s*(?:(?:for|in|over)\s+)?{_QUAL}(?P<n>{_N})\s+(?P<unit>months?|years?|decades?)\b", re.I)
BUILT_VERB = (r"(?:built|constructed|completed|opened|inaugurated|commissioned|laid|installed|erected|launched|"
               r"put\s+into\s+service|entered\s+service|went\s+into\s+service|dat(?:es|ed|ing)\s+(?:back\s+)?(?:from|to))")
_BUILT_RE = re.compile(rf"\b{BUILT_VERB}\s+(?:in\s+|around\s+|about\s+|as\s+early\s+as\s+)?"
                       rf"(?=(?:the\s+)?(?:early\s+|late\s+|mid-?)?"
                       rf"{_YEAR}|{_MONTH_RE}\s+{_YEAR})", re.I)
_AGE_BEFORE = re.compile(rf"{_QUAL}(?P<n>{_N})[-\s](?:years?|decades?)[-\s]old(?=\s+(?:[\w-]+\s+){{0,2}}?(?:{_STRUCTURE_WORD})\b)",
                         re.I)
_AGE_AFTER = re.compile(rf"(?:\b(?:is|was|are|were|being|been)\s+|,\s*){_QUAL}(?P<n>{_N})\s+(?P<unit>years?|decades?)\s+old\b",
                        re.I)
_DECADES_OLD = re.compile(r"\b(?:decades|centur(?:y|ies))[-\s]old\b", re.I)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _count(text: str) -> float | None:
    text = text.lower().strip()
    if text in ("a", "an"):
        return 1
    if text in ("a few", "several"):
        return 3
    try:
        return float(text)
    except ValueError:
        return words_to_number(text)


def _months(n: float, unit: str) -> float:
    unit = unit.lower()
    return n * (120 if unit.startswith("decade") else 12 if unit.startswith("year") else 1)


def _when(m: re.Match, published: date | None) -> tuple[int, int] | None:
    """The months a past point in time covers, or None when it needs an article date it has not got."""
    if m.group("year"):
        y = int(m.group("year"))
        return _month_index(y, 1), _month_index(y, 12)
    if m.group("decade"):
        y = int(m.group("decade"))
        return _month_index(y, 1), _month_index(y + 9, 12)
    if published is None:
        return None
    now = _month_index(published.year, published.month)
    if m.group("mon"):
        month = MONTHS[m.group("mon").lower().rstrip(".")]
        if m.group("mon_year"):
            year = int(m.group("mon_year"))
        elif m.group("mon_rel"):
            year = published.year - (0 if m.group("mon_rel").lower() == "this" else 1)
        else:
            year = published.year if month <= published.month else published.year - 1
        return _month_index(year, month), _month_index(year, month)
    if m.group("ago"):
        n = _count(m.group("ago"))
        if n is None:
            return None
        back = _months(n, m.group("ago_unit"))
        slack = 1 if m.group("ago_unit").lower().startswith("month") else 6
        return int(now - back - slack), int(now - back + slack)
    if m.group("rel"):
        this = m.group("rel").lower() == "this"
        if m.group("rel_unit").lower() == "year":
            year = published.year - (0 if this else 1)
            return _month_index(year, 1), min(now, _month_index(year, 12))
        return (now, now) if this else (now - 1, now - 1)
    return None


def _aged(qual: str | None, n: float, unit: str, published: date | None) -> tuple[int, int] | None:
    """When a structure of that age was built."""
    if published is None:
        return None
    now = _month_index(published.year, published.month)
    back = int(_months(n, unit))
    qual = (qual or "").lower()
    if qual in ("more than", "over", "at least"):
        return 0, now - back
    if qual in ("less than", "under"):
        return now - back, now
    slack = 18 if qual else 12
    return now - back - slack, now - back + slack


def _family(text: str) -> str:
    """The family of the last structure the text names: "built" questions are asked of one structure."""
    found = [m for m in _STRUCTURE.finditer(text)]
    if not found:
        return ""
    return next(f for f, v in found[-1].groupdict().items() if v)


def read_dating(text: str, published: date | None, at: int | None = None) -> Dating | None:
    """The dating of a structure's history in `text` that can be compared (the one around offset `at`,
    when given); None when the text dates none."""
    for d in find_datings(text, published):
        if (d.span is not None or d.answer == NO) and (at is None or d.start <= at < d.end):
            return d
    return None


# Extraction and matching read the same sentence several times (each figure in it is keyed on its own).
@functools.lru_cache(maxsize=4096)
def find_datings(text: str, published: date | None = None) -> tuple[Dating, ...]:
    """Every phrase of `text` that says when a structure was last inspected or when it was built."""
    if not text:
        return ()
    found = sorted([*_inspections(text, published), *_builds(text, published)], key=lambda d: d.start)
    out: list[Dating] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return tuple(out)


def _inspections(text: str, published: date | None):
    for m in _NEVER.finditer(text):
        yield Dating(INSPECTED, NO, "never", None, m.start(), m.end())
    for m in _INSPECT_RE.finditer(text):
        b0 = max(0, m.start() - 50)
        before = re.split(r"[,;]|\b(?:and|but)\b", text[b0:m.start()])[-1]
        after = re.split(r"[;]|,\s+(?:and|but|while|which|who)\b|\b(?:and|but)\s+(?:that|the|it|its|has|had|was|is|"
                         r"will|would)\b", text[m.end():m.end() + 70])[0]
        if _FUTURE.search(before) or re.match(r"\s*(?:work|crews?|teams?|staff|workers?|engineers?|firm|company|contract)",
                                              after, re.I) or _NEVER.search(text, max(0, m.start() - 40), m.end()):
            continue
        negated = bool(_NEGATED.search(before))
        w0 = max(0, m.start() - 60)
        went_without = re.search(rf"{_QUAL}(?P<n>{_N})\s+(?P<unit>months?|years?|decades?)\s+without\s+(?:an?\s+|any\s+)?"
                                 rf"(?:[\w-]+\s+){{0,2}}?$", text[w0:m.start()], re.I)
        if went_without:
            yield Dating(INSPECTED, YES, text[w0 + went_without.start():m.end()].strip(), _without(went_without, published),
                         w0 + went_without.start(), m.end())
            continue
        if negated:
            since = re.search(r"\bsince\s+", after, re.I)
            when = _WHEN.match(after, since.end()) if since else None
            dur = None if since else _DURATION.match(after)
            if when:
                yield Dating(INSPECTED, YES, f"since {when.group(0)}", _when(when, published), m.start(), m.end() + when.end())
            elif dur:
                yield Dating(INSPECTED, YES, dur.group(0).strip(), _without(dur, published), m.start(), m.end() + dur.end())
            continue
        if not re.search(r"\blast\b|\b(?:was|were|had\s+been|has\s+been|been|underwent|took\s+place|carried\s+out|"
                         r"conducted|passed)\b", before + " " + after[:40], re.I):
            continue
        when = _WHEN.search(after)
        if when and not re.search(r"\bsince\b|\buntil\b|\bby\b|\bevery\b", after[:when.start()], re.I):
            last = re.search(r"\blast\s+(?:[\w-]+\s+)?$", text[b0:m.start()], re.I)  # "its last full inspection"
            yield Dating(INSPECTED, YES, when.group(0), _when(when, published), b0 + last.start() if last else m.start(),
                         m.end() + when.end())


def _without(m: re.Match, published: date | None) -> tuple[int, int] | None:
    """The months the last inspection can have been in, after "n months without an inspection"."""
    if published is None:
        return None
    n = _count(m.group("n"))
    if n is None:
        return None
    now = _month_index(published.year, published.month)
    back = int(_months(n, m.group("unit")))
    return 0, now - back + (1 if (m.group("qual") or "").lower() in ("nearly", "almost", "about", "around", "some",
                                                                       "roughly") else 0)


def _builds(text: str, published: date | None):
    for m in _BUILT_RE.finditer(text):
        family = _family(text[max(0, m.start() - 100):m.start()])
        if not family or _FUTURE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        when = _WHEN.match(text, m.end()) or _WHEN.search(text, m.end(), m.end() + 20)
        if when:
            yield Dating(f"{BUILT} {family}", YES, when.group(0), _when(when, published), m.start(), when.end())
    for m in _AGE_BEFORE.finditer(text):
        n = _count(m.group("n"))
        family = _family(text[m.end():m.end() + 40])
        if n is not None and family:
            unit = "decades" if "decade" in m.group(0).lower() else "years"
            yield Dating(f"{BUILT} {family}", YES, m.group(0).strip(), _aged(m.group("qual"), n, unit, published),
                         m.start(), m.end())
    for m in _AGE_AFTER.finditer(text):
        family = _family(text[max(0, m.start() - 80):m.start()])
        n = _count(m.group("n"))
        if n is not None and family:
            start = m.start("qual") if m.group("qual") else m.start("n")
            yield Dating(f"{BUILT} {family}", YES, text[start:m.end()], _aged(m.group("qual"), n, m.group("unit"), published),
                         start, m.end())
    for m in _DECADES_OLD.finditer(text):
        family = _family(text[m.end():m.end() + 40])
        if family:
            span = (0, _month_index(published.year, published.month) - 240) if published is not None else None
            yield Dating(f"{BUILT} {family}", YES, m.group(0), span, m.start(), m.end())
