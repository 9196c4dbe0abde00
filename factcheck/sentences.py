"""Sentence units of a news text, as (start, end) offsets into the exact input string.

Pure. Handles the things real copy does: a `date YYYY-MM-DD` metadata prefix, datelines
("KYIV, Ukraine — "), a headline on the first line, section heads / credits / teaser lines
(short lines without sentence-final punctuation), glued sentences ("higher.“As",
"statement.The"), abbreviations ("Dec. 31", "U.S.-supplied", "Mr. Smith", "a.m."), and quoted
passages that contain several sentences before their attribution.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .numbers import MONTHS, PLACE_NAME, ZONES

HEADLINE = "headline"  # first line of the text, no final punctuation: may hold claims
TEXT = "text"  # an ordinary sentence
FURNITURE = "furniture"  # section head, photo credit, teaser, boilerplate: never a claim

# "date 2025-11-08", on a line of its own or with the text after it, even glued: "date 2025-11-08WINNIPEG -"
DATE_PREFIX_RE = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?!\d)[ \t]*(?:\r?\n)*")

# "KYIV, Ukraine — ", "WASHINGTON (Reuters) - ", "LONDON: ", "NEW DELHI, India (AP) — ", a wire's with its date
# and the story glued to its dash: "SINGAPORE/KUALA LUMPUR, Aug 28 (APMW) -Shares in", "CAPE TOWN, 9 June (ASW) – A"
_DATELINE_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
DATELINE_RE = re.compile(
    r"\A[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2})?"
    rf"(?:,\s*{_DATELINE_DAY})?"
    r"\s*(?:\([A-Za-z .&]+\)\s*(?:—|–|-)(?=[A-Z“\"‘'])|(?:\([A-Za-z .&]+\)\s*)?(?:—|–|--|-|:)\s+)"
)

FURNITURE_LINE_RE = re.compile(
    r"^\s*(?:read more|related|see also|also read|sign up|subscribe|follow us|leave a reply|"
    r"advertisement|photo|image|video|watch|listen|share this|click here|copyright|©|"
    r"\(?reporting by|editing by|writing by|additional reporting|your email address|"
    r"required fields|annual subscription|support (?:independent |our |quality |local )?[\w-]*\s?journalism|"
    r"comments are (?:moderated|closed|reviewed)|become an? [\w &'’-]{0,30}(?:member|subscriber))\b",
    re.I,
)

_FINAL_RE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_CLOSERS = "\"”’')]"
_OPENERS = "“\"‘'("
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "gov", "sen",
    "rep", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "no", "nos", "vs", "inc", "corp", "ltd", "co", "jr", "sr", "approx",
    "dept", "univ", "adm", "maj", "cmdr", "rev", "hon", "pres", "fig", "cf", "al", "est",
    "brig", "supt", "insp", "det", "cpl", "pvt", "messrs", "mme", "mlle",
}
# currencies written short with a point before their figure: the rupee, taka, guaraní and shillings
_CURRENCY_ABBREVIATIONS = {"rs", "tk", "gs", "sh", "ksh", "tsh", "ush"}
_NO_SPLIT_AFTER_AMPM = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "local",
    *(zone.lower() for zone in ZONES),
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
_TERM_RE = re.compile(r"[.!?…]+")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)$")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    kind: str  # HEADLINE, TEXT or FURNITURE
    paragraph: int  # index of the line/paragraph it sits in


def date_prefix(text: str) -> tuple[int, str]:
    """(end offset, ISO date) of a leading `date YYYY-MM-DD` prefix, or (0, "")."""
    m = DATE_PREFIX_RE.match(text)
    if not m:
        return 0, ""
    return m.end(), f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BYLINE_DATE_RES = [
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    # year first, as East Asian pages write it: "2040/02/08", "2040.02.08"
    re.compile(r"\b(?P<y>\d{4})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b"),
    _SLASH_DATE_RE := re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b"),
]
# a US outlet's stamp, the one place a slash date puts its month first
_US_CLOCK = re.compile(r"\b(?:E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]T|H[SD]?T)\b")
_BYLINE_CUE = re.compile(r"\b(?:posted|published|updated|by)\b", re.I)
# a masthead or byline line is cut into parts at its separators: "Vol. 9 No. 211 · Monday, March 16, 2026 · 24 pages"
_LINE_PARTS = re.compile(r"\s+[·|•]\s+|\s+[-–—]\s+|\s*\|\s*")
# what else a part that only dates the page may hold: a weekday, a clock time and its zone, "at", "updated"
_DATE_FURNITURE = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"\b[ap]\.?m\b\.?|\b(?:at|on|updated|published|posted|local|time)\b|\b[A-Z]{1,4}T\b|\b(?:GMT|UTC)(?:[+-]\d{1,2})?|[\s,.;:()]+",
    re.I)


def _date_in(line: str, alone: bool = False) -> str:
    """ISO date of the first full date in `line`; with `alone`, only when nothing else but a weekday, a clock
    time and its zone stands beside it ("Thursday, November 12, 2026, 10:14 AM ET")."""
    for rx in _BYLINE_DATE_RES:
        m = rx.search(line)
        if not m:
            continue
        if alone and _DATE_FURNITURE.sub("", line[:m.start()] + " " + line[m.end():]):
            return ""
        parts = m.groupdict()
        month = MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        day, year = int(parts["d"]), int(parts["y"])
        if rx is _SLASH_DATE_RE and (month > 12 >= day or (day <= 12 and not _US_CLOCK.search(line))):
            # 15/03/2024 is day first; so is 05/10/2027 everywhere but on a US page ("10/05/2027 9:30 AM ET")
            month, day = day, month
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return ""


# a dateline before the story's first words: "WAITANGI, Chatham Islands, 19 February 2031 —", "NAIROBI, March 3,
# 2031 (Reuters) -"
_DATELINE = re.compile(r"[A-Z][A-Z'’.\- ]{2,}(?:,\s*[A-Z][A-Za-z'’.\- ]{1,40}?)?,\s*(?P<date>[^—–()]{6,32}?)\s*"
                       r"(?:\([^)]{1,30}\)\s*)?[—–-]")


def byline_date(text: str) -> str:
    """ISO date of a file with no date prefix, from its top lines: "Posted 15.03.2024 by FW desk",
    "Updated Sun 17 Nov 2024 09:12", "By Jane Doe | March 14, 2024", a line that is only a date
    ("Thursday, November 12, 2026, 10:14 AM ET"), or a masthead part that is one ("Vol. 9 No. 211 · Monday,
    March 16, 2026 · Shs 1,500"). A date in a headline or in the story does not count: the line must carry a
    byline word or be short, or the date must stand alone between the line's separators; and the date must
    have its year. "" when none is found."""
    lines = [ln.strip() for ln in text[:1500].splitlines() if ln.strip()][:6]
    for line in lines:
        if len(line) > 200:
            continue
        if len(line) <= 140 and (_BYLINE_CUE.search(line) or (len(line.split()) <= 6 and line[-1] not in ".!?")):
            if found := _date_in(line):
                return found
        for part in _LINE_PARTS.split(line):
            if found := _date_in(part, alone=True):
                return found
        dateline = _DATELINE.match(line)
        if dateline and (found := _date_in(dateline.group("date"), alone=True)):
            return found
    return ""


def _quote_regions(line: str) -> list[tuple[int, int]]:
    """Spans of quotations that open and close within the line."""
    regions = []
    # Curly quotes: pair each “ with the next ”.
    pos = 0
    while True:
        a = line.find("“", pos)
        if a < 0:
            break
        b = line.find("”", a + 1)
        if b < 0:
            break
        regions.append((a, b + 1))
        pos = b + 1
    # Straight double quotes: pair them in order, only if balanced.
    idx = [i for i, ch in enumerate(line) if ch == '"']
    if len(idx) % 2 == 0:
        for a, b in zip(idx[::2], idx[1::2]):
            regions.append((a, b + 1))
    return regions


def _inside(line: str, i: int, j: int, regions: list[tuple[int, int]]) -> bool:
    """Is the terminator line[i:j] inside a quotation (and not the quotation's own end)?"""
    for a, b in regions:
        if a < i < b - 1:
            if all(ch in _CLOSERS for ch in line[j:b]):
                return False  # the quotation ends with this terminator
            return True
    return False


def _split_line(line: str) -> list[tuple[int, int]]:
    """Split one paragraph line into sentence spans relative to the line."""
    regions = [r for r in _quote_regions(line) if r[1] - r[0] < 1200]
    cuts = []
    for m in _TERM_RE.finditer(line):
        i, j = m.start(), m.end()
        if _inside(line, i, j, regions):
            continue
        k = j
        while k < len(line) and line[k] in _CLOSERS:
            k += 1
        if k > j and line[j] == '"' and any(a == j for a, _ in regions) and line[j + 1:j + 2].isupper():
            cuts.append(j)  # 'destroyed."Whole streets ...," she said': the quote opens the next sentence
            continue
        rest = line[k:]
        if not rest.strip():
            continue
        spaced = rest[0].isspace()
        nxt = rest.lstrip()
        if not nxt:
            continue
        c = nxt[0]
        before = line[:i]
        wb = _WORD_BEFORE_RE.search(before)
        word = wb.group(1) if wb else ""
        if line[i] == ".":
            if m.group() == "." and word.lower() in ABBREVIATIONS and (
                word.lower() not in {"inc", "corp", "ltd", "co", "jr", "sr", "est", "al"} or not c.isupper()
            ):
                continue
            if m.group() == "." and word.lower() in _CURRENCY_ABBREVIATIONS and c.isdigit():
                continue  # "Rs. 500", "Gs. 3.458.000"
            if len(word) == 1 and (i >= 2 and before[-2:-1] == "." or word.isupper() or word in "ap") and \
                    not re.search(r"°\s?[CFK]$", before):  # "It is −9 °C. The crossing": a degree, no initial
                # initials ("U.S.", "J. K. Rowling") and "a.m." / "p.m."
                if word.lower() == "m" and before[-3:-1].lower() in {"a.", "p."}:
                    # '6:12 a.m. CEST on Wednesday' goes on; 'around 2 a.m. "We were sick ...' starts anew
                    opens = c in "“\"‘" and nxt[1:2].isupper()
                    nw = re.match(r"[A-Za-z]+", nxt)
                    # "3 p.m. Beijing time", "11:48 p.m. Yukon Time", "9 a.m. Eastern Standard Time"
                    place_time = re.match(PLACE_NAME + r"(?:\s+(?:Standard|Daylight|Summer|Mean))?\s+[Tt]ime\b", nxt)
                    if not (spaced and (opens or (c.isupper() and nw and nw.group().lower() not in _NO_SPLIT_AFTER_AMPM
                                                  and not place_time))):
                        continue
                else:
                    continue
        if spaced:
            if not (c.isupper() or c.isdigit() or c in _OPENERS):
                continue
        else:
            # glued sentence: "statement.The", "higher.“As", "24.”Russia"
            if k == j and not (c.isupper() or c in "“‘"):
                continue
            if k > j and not (c.isupper() or c in "“‘\""):
                continue
            if k == j and (len(word) < 2 or not word[-1].islower()):
                glued_ok = (c in "“‘" and before[-1:].isalnum()) or (
                    before[-1:] in ")”’\"" or before[-1:].isdigit()
                ) and re.match(r"[A-Z][a-z]", nxt)
                if not glued_ok:
                    continue
        cuts.append(k)
    spans = []
    prev = 0
    for cut in cuts + [len(line)]:
        seg = line[prev:cut]
        a = prev + (len(seg) - len(seg.lstrip()))
        b = prev + len(seg.rstrip())
        if b > a:
            spans.append((a, b))
        prev = cut
    return spans


_TRAILING_COUNTER_RE = re.compile(r"\s*[^\w\s\"“”'’.,;:!?()\[\]\-–—]{1,2}\s*\d[\d.,]*\s*[kKmM]?\s*"
                                  r"(?:shares?|comments?|likes?|views?|reactions?)?\s*$")


def _is_sentence_line(line: str) -> bool:
    return bool(_FINAL_RE.search(line))


# the parts of a masthead or a page's stamp line: "BUDAPEST COURIER · Thursday, 19 October 2034 · Politics &
# Business", "Wednesday 18 October 2034 · 19:05 BST · Updated 20:40 BST"
_MASTHEAD_SEP = re.compile(r"\s[·•|]\s")


def is_masthead(line: str) -> bool:
    """Whether a line above the headline is the outlet's masthead or the page's stamp, not the headline: parts
    between separators, or the outlet's name in capitals beside one other part."""
    parts = _MASTHEAD_SEP.split(line)
    if len(parts) >= 3 or len(line.split()) <= 6 and _date_in(line):
        return True  # "Budapest, 18 October 2034, 12:00": a release's place and date
    if len(parts) == 2:
        letters = [ch for ch in parts[0] if ch.isalpha()]
        return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters) or bool(_date_in(line))
    return False


# a list of key figures in a newsletter or a release: "• Penalties: fines of up to 100 jornales per employee", "- FX:
# ₲7,900 per dollar"; not a list of other stories' headlines ("• Floods Kill 12 In Kerala")
_BULLET_RE = re.compile(r"^[•●▪◦*‣–—-]\s+")


def _fact_bullet(line: str) -> bool:
    if not _BULLET_RE.match(line) or not re.search(r"\d", line):
        return False
    words = [w for w in _BULLET_RE.sub("", line).split() if w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].islower() for w in words) >= 0.4 * len(words)


# a results table or a fact sheet without bullets, one figure to a line, two lines or more: "Registered voters:
# 118,420", "Votes cast: 52,116 (turnout 44.0 per cent)", "Null: 840". The label is a common noun or two; what follows
# is a figure, a few words of unit and perhaps a note in brackets. A page's counters, clips, contacts and weather are
# not facts ("Shares: 845", "Watch: 1:58", "Tel: +41 ...", "Dipolog: 31°C"), nor a related story's headline
# ("Madagascar: 44% of candidates pass ...", "Kenya: 12 dead in floods").
_FACT_LINE_RE = re.compile(r"(?:[•●▪◦*‣–—-]\s+)?(?P<label>[A-Z][a-z]+(?:\s+[a-z]+){0,2}):\s+"
                           r"(?:about|around|some|nearly|almost|over|more than|at least|up to|approximately)?\s*"
                           r"(?:[A-Z]{0,3}[$€£¥₹₱₦]\s?)?\d[\d,.]*(?:\s+(?!\d)[^\s()°|·]+){0,3}"
                           r"(?:\s+\([^()]{1,60}\))?")
_NOT_FACT_LABELS = {"shares", "share", "comments", "likes", "views", "reactions", "followers", "subscribers", "watch",
                    "video", "listen", "audio", "tel", "phone", "fax", "mobile", "whatsapp", "email", "page", "pages",
                    "updated", "update", "published", "posted", "filed", "date", "time", "ref", "issue", "vol",
                    "related", "live", "gallery", "photos", "weather", "copyright", "replies", "votes", "read time",
                    "poll"}
_HEADLINE_WORDS = re.compile(r"\b(?:dead|die[ds]?|killed|kills?|injured|hurt|missing|feared|held|arrested|rescued|"
                             r"evacuated|wins?|won|loses?|lost)\b", re.I)


def fact_line_label(line: str) -> str:
    """The label of a line of a results table or a fact sheet ("Votes cast" in "Votes cast: 52,116"); "" for any
    other line."""
    m = _FACT_LINE_RE.fullmatch(line.strip().rstrip(".;"))
    if not m or m["label"].lower() in _NOT_FACT_LABELS or _HEADLINE_WORDS.search(line, m.end("label")):
        return ""
    return m["label"]


def fact_line(line: str) -> bool:
    return bool(fact_line_label(line))


def units(text: str) -> list[Unit]:
    """Every sentence-like unit of the text after the date prefix, with its kind."""
    begin, _ = date_prefix(text)
    out: list[Unit] = []
    first = True
    para = 0
    lines = [m.group().strip() for m in re.finditer(r"[^\n]+", text[begin:]) if m.group().strip()]
    rows = [fact_line(line) for line in lines]
    # a table's rows stand together: a line of one is a fact when a line beside it is one too
    table = {line for i, line in enumerate(lines)
             if rows[i] and (i > 0 and rows[i - 1] or i + 1 < len(lines) and rows[i + 1])}
    for m in re.finditer(r"[^\n]+", text[begin:]):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lstart = begin + m.start() + (len(raw) - len(raw.lstrip()))
        line = stripped
        words = len(line.split())
        if first:
            dl = DATELINE_RE.match(line)
            if dl and len(line) - dl.end() > 20:
                lstart += dl.end()
                line = line[dl.end():]
        counter = _TRAILING_COUNTER_RE.search(line)
        if counter and _FINAL_RE.search(line[:counter.start()]):
            # a live blog's share counter after the entry ("...told Nepal Now.↗ 508"): no part of the text
            line = line[:counter.start()]
            words = len(line.split())
        if FURNITURE_LINE_RE.match(line):
            out.append(Unit(lstart, lstart + len(line), FURNITURE, para))
            first = False
            para += 1
            continue
        if (not _is_sentence_line(line) or len(_MASTHEAD_SEP.split(line)) >= 3) and words <= 30 and \
                not (not first and (_fact_bullet(line) or line in table)):
            masthead = first and is_masthead(line)
            kind = HEADLINE if first and not masthead else FURNITURE
            out.append(Unit(lstart, lstart + len(line), kind, para))
            first = masthead  # the headline is the line after the masthead
            para += 1
            continue
        if not first or True:
            dl = DATELINE_RE.match(line)
            if dl and len(line) - dl.end() > 20:
                lstart += dl.end()
                line = line[dl.end():]
        first = False
        bullet = _BULLET_RE.match(line)
        if bullet:
            lstart += bullet.end()
            line = line[bullet.end():]
        for a, b in _split_line(line):
            out.append(Unit(lstart + a, lstart + b, TEXT, para))
        para += 1
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence-like unit in `text` (headlines and furniture
    lines included as their own units; the date prefix and datelines excluded)."""
    return [(u.start, u.end) for u in units(text)]
