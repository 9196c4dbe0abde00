"""Values as intervals: what the words allow (the literal interval) and what a reader takes away (the
heard interval), from qualifiers (about, nearly, up to, more than...) and vague numbers (dozens,
hundreds)."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from factcheck.extraction import Value
from factcheck.numbers import western


# --------------------------------------------------------------------------------------------
# Values as intervals

# word, literal range, and the top it is heard up to against an exact figure: "thousands fled" is said of
# 12,000 evacuees as readily as of 5,000 ("twelve thousand"); "dozens" is not said of 100, nor "several
# thousand" of 12,000, and against another vague word each keeps its literal top
_VAGUE = [
    (r"tens of thousands", 20000, 99999, 99999),
    (r"hundreds of thousands", 200000, 999999, 999999),
    (r"several thousand|a few thousand", 2000, 9999, 9999),
    (r"thousands", 2000, 9999, 19999),
    (r"several hundred|a few hundred", 200, 999, 999),
    (r"hundreds", 200, 999, 1999),
    (r"several dozen|dozens", 24, 99, 99),
    (r"\bscores\b", 40, 99, 99),
    (r"a dozen", 10, 14, 14),
    (r"a handful|a few\b", 2, 6, 6),
    (r"\bseveral\b", 3, 9, 9),
]
_ABOUT = re.compile(r"^(?:about|around|some|approximately|approx\.?|roughly|an estimated|estimated|circa|nearly about|"
                    r"more or less|close to|~)$")
_NEARLY = re.compile(r"^(?:nearly|almost|just under|just shy of|close to|not quite)$")
_UPTO = re.compile(r"^(?:up to|as many as|as much as|at most|no more than|a maximum of|maximum)$")
_MORE = re.compile(r"^(?:more than|over|at least|upwards of|in excess of|above|no fewer than|no less than|"
                   r"a minimum of|minimum|exceeding|beyond|just over)$")
_LESS = re.compile(r"^(?:fewer than|less than|under|below)$")
_QUAL_IN_TEXT = re.compile(
    r"^\s*(about|around|some|approximately|roughly|an estimated|nearly|almost|just under|close to|up to|"
    r"as many as|at most|no more than|more than|over|at least|upwards of|in excess of|just over|fewer than|"
    r"less than|under|below)\b",
    re.I,
)
_NUMWORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}

# Physical units, as (unit of comparison, factor): "115 mph" and "185 km/h", "four miles" and "6 km",
# "1,300 feet" and "400 metres" are one figure. Money is no unit here: amounts in two currencies are compared
# in rough dollars by the relations (see USD_PER_UNIT).
_BASE_UNITS = {
    "km": ("m", 1000.0), "m": ("m", 1.0), "miles": ("m", 1609.344), "nmi": ("m", 1852.0), "ft": ("m", 0.3048), "yd": ("m", 0.9144),
    "cm": ("mm", 10.0), "mm": ("mm", 1.0), "in": ("mm", 25.4),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344), "knots": ("km/h", 1.852), "m/s": ("km/h", 3.6),
    "km/s": ("km/h", 3600.0), "mi/s": ("km/h", 5793.6384),
    "t": ("t", 1.0), "kg": ("t", 0.001), "lb": ("t", 0.000453592),
    "g": ("t", 1e-6), "ct": ("t", 2e-7),  # grams, and carats of 0.2 g
    "ha": ("ha", 1.0), "acres": ("ha", 0.404686), "km2": ("ha", 100.0), "sq mi": ("ha", 258.999),
    "mw": ("mw", 1.0), "gw": ("mw", 1000.0), "kw": ("mw", 0.001),
    "kwh": ("kwh", 1.0), "mwh": ("kwh", 1e3), "gwh": ("kwh", 1e6), "twh": ("kwh", 1e9),
    "j": ("kwh", 1 / 3.6e6), "kj": ("kwh", 1 / 3.6e3), "mj": ("kwh", 1 / 3.6), "gj": ("kwh", 1e3 / 3.6),
    "tj": ("kwh", 1e6 / 3.6),
    "a": ("a", 1.0), "ka": ("a", 1e3), "ma": ("a", 1e6), "tesla": ("tesla", 1.0),
    "gbps": ("gbps", 1.0), "tbps": ("gbps", 1000.0), "mbps": ("gbps", 0.001),
    "m3": ("m3", 1.0), "l": ("m3", 0.001), "gal": ("m3", 0.00378541), "impgal": ("m3", 0.00454609), "barrels": ("m3", 0.158987),
    # how long: "nearly three weeks" and "19 days" are one span, and so are "22 months" and "two years"
    "seconds": ("days", 1 / 86400), "second": ("days", 1 / 86400),
    "minutes": ("days", 1 / 1440), "minute": ("days", 1 / 1440), "hours": ("days", 1 / 24), "hour": ("days", 1 / 24),
    "days": ("days", 1.0), "day": ("days", 1.0), "weeks": ("days", 7.0), "week": ("days", 7.0),
    "months": ("days", 365.25 / 12), "month": ("days", 365.25 / 12),
    "years": ("days", 365.25), "year": ("days", 365.25),
    "sv": ("msv", 1000.0), "msv": ("msv", 1.0), "µsv": ("msv", 0.001),
    "bq": ("gbq", 1e-9), "gbq": ("gbq", 1.0), "tbq": ("gbq", 1000.0), "ci": ("gbq", 37.0),
    "mg/l": ("mg/l", 1.0), "µg/l": ("mg/l", 0.001), "ppm": ("ppm", 1.0), "ppb": ("ppm", 0.001),
    "µg/m3": ("µg/m3", 1.0), "mg/m3": ("µg/m3", 1000.0), "mg/kg": ("mg/kg", 1.0), "µg/kg": ("mg/kg", 0.001),
    "bp": ("percentage points", 0.01),  # "200 basis points" and "2 percentage points" are one rise
    "°c": ("degrees", 1.0),  # "degrees" alone is read as Celsius; Fahrenheit is shifted as well as scaled
    "°f": ("degrees", 5 / 9),
}
_OFFSETS = {"°f": 32.0}  # a scale whose zero is not the base unit's: (x - 32) x 5/9


# Rough US dollars per unit of the currencies that move slowly, so that a report's amount and its conversion
# in another outlet ("1.2 million zlotys", "about 280,000 euros", "£240,000") meet on one fact. The rates
# are years apart from an article's own, so an amount in another currency is heard within CURRENCY_SLACK of
# its converted value, and fast-moving currencies (lira, naira, pesos of Argentina...) are left out: their
# amounts meet only amounts in the same currency.
USD_PER_UNIT = {
    "USD": 1.0, "EUR": 1.08, "GBP": 1.27, "CHF": 1.12, "CAD": 0.73, "AUD": 0.66, "NZD": 0.6, "JPY": 0.0067,
    "CNY": 0.14, "HKD": 0.128, "SGD": 0.74, "KRW": 0.00074, "INR": 0.012, "PLN": 0.25, "CZK": 0.043, "HUF": 0.0027,
    "SEK": 0.095, "NOK": 0.094, "DKK": 0.145, "KES": 0.0077, "ZAR": 0.054, "SAR": 0.2667, "AED": 0.2723,
    "ILS": 0.27, "THB": 0.028, "MYR": 0.22, "PHP": 0.0175, "IDR": 0.000063, "MXN": 0.055, "BRL": 0.19,
    "PEN": 0.27, "CLP": 0.00105, "COP": 0.00025, "GTQ": 0.13, "BOB": 0.145, "NPR": 0.0075, "TWD": 0.031,
    "TTD": 0.147, "JMD": 0.0064, "VND": 0.00004,
    # pegged, or slow enough over a few years
    "MNT": 0.00029, "KZT": 0.002, "AZN": 0.59, "GEL": 0.37, "AMD": 0.0026, "BGN": 0.55, "RON": 0.22, "MDL": 0.056,
    "JOD": 1.41, "KWD": 3.25, "BHD": 2.65, "QAR": 0.275, "OMR": 2.6, "MAD": 0.1, "TND": 0.32, "XOF": 0.00165,
    "XAF": 0.00165, "TJS": 0.092, "KGS": 0.0115,
    "BWP": 0.074, "MZN": 0.0157, "NAD": 0.054, "MUR": 0.022, "SCR": 0.073, "KHR": 0.000245, "MOP": 0.124,
    "MVR": 0.065, "BTN": 0.012, "ISK": 0.0072, "ALL": 0.0105, "MKD": 0.0175, "RSD": 0.0092, "FJD": 0.44,
    "PGK": 0.26, "WST": 0.37, "TOP": 0.42, "XCD": 0.37, "BSD": 1.0, "BBD": 0.5, "BZD": 0.5, "DOP": 0.017,
    "UYU": 0.025, "CRC": 0.0019, "HNL": 0.04, "BYN": 0.3,
}
CURRENCY_SLACK = 0.15


def convertible(unit: str) -> bool:
    """Whether amounts in this currency are compared with amounts in others (see USD_PER_UNIT)."""
    return unit in USD_PER_UNIT


def in_dollars(r: "_Range", unit: str) -> "_Range":
    """An amount's interval in rough US dollars, widened by CURRENCY_SLACK: never an exact figure."""
    k = USD_PER_UNIT[unit]
    lo, hi = 1 - CURRENCY_SLACK, 1 + CURRENCY_SLACK
    return _Range(r.lit_lo * k * lo, r.lit_hi * k * hi, r.lo * k * lo, r.hi * k * hi, False, r.vague, r.soft,
                  r.loose_hi * k * hi)


def base_unit(unit: str) -> str:
    """The unit two figures are compared in: metres for any length, km/h for any speed..."""
    u = (unit or "").strip().lower()
    return _BASE_UNITS[u][0] if u in _BASE_UNITS else u


def _factor(v: Value) -> float:
    u = (v.unit or "").strip().lower()
    return _BASE_UNITS[u][1] if u in _BASE_UNITS else 1.0


_CALENDAR = {"months", "month", "years", "year"}  # counted on the calendar, never rounded: 24 months are two years


def _converted(v: Value) -> bool:
    """A figure given in another unit than the one of comparison: conversions are rounded ("6 km (4
    miles)"), so it is heard as approximate."""
    return _factor(v) != 1.0 and (v.unit or "").strip().lower() not in _CALENDAR


def _in_base(v: Value, x: float, reading: bool = False) -> float:
    """A number written in the value's unit, in the unit of comparison. A reading on a scale whose zero is not
    the base unit's (84F) is shifted as well; a difference on it ("9F above normal") is only scaled."""
    shift = _OFFSETS.get((v.unit or "").strip().lower(), 0.0) if reading else 0.0
    return (x - shift) * _factor(v)


def _figure(v: Value, reading: bool = False) -> float | None:
    """The number ("about 400" -> 400) in the unit of comparison (see base_unit)."""
    x = _figure_as_written(v)
    return None if x is None else _in_base(v, x, reading)


def _figure_as_written(v: Value) -> float | None:
    """The number as written ("about 400" -> 400), from the bounds or the text."""
    q = _qualifier(v)
    if v.low is not None and v.high is not None:
        if v.low == v.high:
            return float(v.low)
        if _ABOUT.match(q):
            return (v.low + v.high) / 2
        if _NEARLY.match(q) or _UPTO.match(q) or _LESS.match(q):
            return float(v.high)
        if _MORE.match(q):
            return float(v.low)
    if v.high is not None and v.low is None:
        return float(v.high)
    if v.low is not None and v.high is None:
        return float(v.low)
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|k|m)?\b", western(v.text or ""), re.I)
    if m:
        x = float(m.group(1).replace(",", ""))
        if m.group(2):
            x *= _SCALE[m.group(2).lower()]
        return x
    low = (v.text or "").lower()
    for w, n in sorted(_NUMWORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{w}\b", low):
            return float(n)
    return None


def _qualifier(v: Value) -> str:
    q = (v.qualifier or "").strip().lower()
    if not q:
        m = _QUAL_IN_TEXT.match(v.text or "")
        if m:
            q = m.group(1).lower()
    return q


def _more_than_top(x: float, dozens: bool = False) -> float:
    """Top of what "more than x" is heard as: 1.4x (and a few more for small figures: "at least four"
    dead fits six), but 2x for powers of ten ("more than 100", "more than a million" speak of an order
    of magnitude, so 1.5 million still fits), and up to a dozen more for figures counted in dozens
    ("more than a dozen homes" fits 17 and 23)."""
    if x >= 100 and abs(math.log10(x) - round(math.log10(x))) < 1e-9:
        return 2 * x
    return max(1.4 * x, x + (12 if dozens else 3))


@dataclass(frozen=True)
class _Range:
    lit_lo: float
    lit_hi: float
    lo: float  # heard
    hi: float
    crisp: bool  # an exact figure
    vague: bool
    soft: bool  # heard interval narrower than the literal one (up to, more than, fewer than)
    loose_hi: float = 0.0  # a vague word's top when set against an exact figure (see _VAGUE)


@functools.lru_cache(maxsize=65536)
def _range(v: Value, reading: bool = False) -> _Range | None:
    text = (v.text or "").lower()
    if v.vague or (v.low is None and v.high is None):
        for pat, lo, hi, loose in _VAGUE:
            if re.search(pat, text):
                return _Range(lo, hi, lo, hi, False, True, False, loose)
        if v.vague:
            if v.low is not None or v.high is not None:
                lo = float(v.low or 0)
                hi = float(v.high) if v.high is not None else lo * 10
                return _Range(lo, hi, lo, hi, False, True, False)
            return None  # "many", "an unspecified number"
    x = _figure(v, reading)
    if x is None:
        return None
    q = _qualifier(v)
    inf = math.inf
    if v.low is not None and v.high is not None and v.low != v.high and not q:
        lo, hi = _in_base(v, float(v.low), reading), _in_base(v, float(v.high), reading)
        return _Range(lo, hi, lo, hi, False, False, False)
    if _converted(v) and not q:
        # "46 feet", "79.6 feet", "4 miles": as precise as it is written, and a conversion's rounding beside
        rel, written = _step(v), _figure_as_written(v)
        lo, hi = sorted(_in_base(v, written * (1 + d), reading) for d in (-rel, rel)) \
            if rel is not None and written else (0.9 * x, 1.1 * x)
        lo, hi = min(lo, x - 0.002 * abs(x)), max(hi, x + 0.002 * abs(x))
        return _Range(lo, hi, lo, hi, False, False, False)
    if _NEARLY.match(q):
        return _Range(0.85 * x, x, 0.85 * x, x, False, False, False)
    if _ABOUT.match(q):
        return _Range(0.85 * x, 1.15 * x, 0.85 * x, 1.15 * x, False, False, False)
    if _UPTO.match(q):
        return _Range(0.0, x, 0.75 * x, x, False, False, True)
    if _MORE.match(q):
        return _Range(x, inf, x, _more_than_top(x, "dozen" in text), False, False, True)
    if _LESS.match(q):
        return _Range(0.0, x, 0.7 * x, x, False, False, True)
    if v.low is not None and v.high is None and q:
        return _Range(x, inf, x, _more_than_top(x, "dozen" in text), False, False, True)
    return _Range(x, x, x, x, True, False, False)


def _step(v: Value) -> float | None:
    """The step of the last digit a figure is written to, relative to the figure and at most 5%: 0.1 of 79.6 for
    "79.6", 1 of 46 for "46", 500 of 9,000 for "9,000", 0.1 of 1.2 for "1.2 million"; None when no digits show.
    A whole step, not half: writers cut figures as often as they round them (987 µg written as "0.98 milligrams"); a
    round figure of four digits or more ("9,000") is rounded, to half its step."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", western(v.text or ""))
    if not m or not float(m.group().replace(",", "")):
        return None
    digits = m.group().replace(",", "")
    if m.group(1):
        step = 10 ** -len(m.group(1))
    elif len(digits) >= 4:
        step = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))  # "9,000" is a round figure, rounded
    else:
        step = 1  # "10 km", "150 mph": to the unit
    return min(step / float(digits), 0.05)


def at_written_precision(v: Value, r: _Range) -> _Range:
    """An exact figure heard as precise as it is written ("15 metres" is 14 to 16), for comparison with a figure
    written in another unit: one of the two is often the writer's rounded conversion of the other ("50-foot
    waves", "waves of 15 metres")."""
    rel = _step(v) if r.crisp else None
    if not rel:
        return r
    lo, hi = sorted((r.lo * (1 - rel), r.hi * (1 + rel)))
    return _Range(lo, hi, lo, hi, False, False, False)


def written_in_other_units(a: Value, b: Value) -> bool:
    """Two figures of one quantity written in different units ("15 metres", "50-foot")."""
    ua, ub = (a.unit or "").strip().lower(), (b.unit or "").strip().lower()
    return ua != ub and ua in _BASE_UNITS and ub in _BASE_UNITS and base_unit(ua) == base_unit(ub)


def _overlap(lo1: float, hi1: float, lo2: float, hi2: float) -> bool:
    eps = 1e-9 * max(1.0, abs(lo1), abs(lo2))
    return lo1 <= hi2 + eps and lo2 <= hi1 + eps


def _gap_ratio(a: _Range, b: _Range) -> float:
    """How far apart two heard intervals are, as a ratio >= 1."""
    if a.hi < b.lo:
        return (b.lo + 1) / (a.hi + 1)
    if b.hi < a.lo:
        return (a.lo + 1) / (b.hi + 1)
    return 1.0
