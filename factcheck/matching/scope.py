"""Where a claim is about, and how wide: the places its sentence names, at which level (a site, a
region, a country), and whether it counts one site or a whole country."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.numbers import CURRENCY_PREFIX

from .core import MatchClaim, _COUNTRIES, _DEMONYMS

if TYPE_CHECKING:  # annotations only
    from .keys import _Info


# --------------------------------------------------------------------------------------------
# Places and scope

_NOT_PLACE = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "kremlin", "pentagon",
    "easter", "the", "a", "an", "telegram", "twitter", "facebook", "x", "instagram", "vkontakte", "ministry",
    "defense", "defence", "council", "army", "forces", "government", "parliament", "police", "agency",
    "president", "mayor", "governor", "minister", "general", "staff", "state", "department", "office", "court",
    "his", "her", "their", "its", "this", "that", "these", "those", "he", "she", "they", "it", "we", "i",
    "ramadan", "eid", "day", "eve", "year", "years", "week", "gmt", "utc", "am", "pm", "english", "reuters",
    "ap", "afp", "cnn", "bbc", "red", "un", "nato", "eu", "who", "an", "st", "mr", "mrs", "ms", "dr",
    "earth", "planet", "world",  # "one of the driest places on Earth"
} | {code for code in CURRENCY_PREFIX if code.isalpha()}  # "DKK 60 million", "Rs 400 crore": money, not a place
_LEVEL_WORDS = {
    "region": "region", "province": "region", "oblast": "region", "state": "region", "county": "region",
    "district": "region", "governorate": "region", "prefecture": "region", "department": "region",
    "territory": "region", "valley": "region", "basin": "region", "area": "region", "island": "region",
    "town": "site", "city": "site", "village": "site", "municipality": "site", "port": "site", "capital": "site",
    "settlement": "site", "suburb": "site", "neighbourhood": "site", "neighborhood": "site",
}
# a body of water, a cape or an island named "of" something is one name: "the Gulf of Patience", "the Sea of Okhotsk"
_FEATURE_OF = r"(?:Gulf|Sea|Bay|Straits?|Isle|Lake|Cape|Sound|Bight|Firth)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*[\w]"
_NAME = r"(?:" + _FEATURE_OF + r"|[A-Z][\w'’.\-]*[\w](?:[ \t]+(?:(?:de|do|da|del|la|el|al|sur)[ \t]+)?[A-Z][\w'’\-]*[\w])*)"
# "In Valparaíso, ..." opens a sentence with its place as often as "... in Valparaíso" closes one
_PREP = (r"\b(?:in|at|near|off|over|on|across|throughout|through|around|outside|inside|into|towards?|for|targeting|hit|"
         r"struck|attacked|shelled|In|At|Near|Off|Across|Throughout|Outside|Inside)\s+")
_ADJ = (r"(?:(?:the|occupied|embattled|besieged|frontline|front-line|southern|northern|eastern|western|central|"
        r"north|south|east|west|north-eastern|north-western|south-eastern|south-western|northeastern|"
        r"northwestern|southeastern|southwestern|coastal|rural|flooded|devastated|capital|nearby|"
        r"neighbouring|neighboring|city|town|village|port|region|province|district)\s+)*")
_PLACE_AFTER_PREP = re.compile(_PREP + _ADJ + r"(" + _NAME + r")(?:\s+(region|province|oblast|state|county|"
                               r"district|governorate|prefecture|department|territory|valley|basin|area|island))?")
# a place named without a preposition: "neighbouring Amazonas lost ...", "Pará, the state with the most ..."
_PLACE_NAMED = re.compile(r"\b(?:neighbou?ring|nearby|adjacent)\s+(?P<named>" + _NAME + r")|"
                          r"(?P<name>" + _NAME + r"),\s+"
                          r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<word>state|province|region|county|district|"
                          r"prefecture|governorate|territory|town|city|village|municipality)\b")
_PLACE_OF = re.compile(r"\b(town|city|village|port|capital|settlement|suburb|region|province|oblast|state|"
                       r"county|district|governorate|prefecture|neighbou?rhood)\s+of\s+(" + _NAME + r")")
_FUNCTION_WORDS = {
    "in", "on", "at", "and", "or", "that", "which", "where", "overnight", "last", "this", "after", "before",
    "during", "when", "as", "with", "by", "to", "of", "since", "early", "late", "yesterday", "today", "while",
    "but", "from", "late", "on", "was", "were", "is", "are", "had", "has", "have", "said", "says", "the", "a",
    "an", "for", "than", "because", "until", "amid", "following", "under", "said.", "tonight", "following",
}
_WIDE = re.compile(
    r"\b(?:across|throughout|all over|around)\s+(?:the\s+)?(?:country|nation|region|state|province|territory|"
    r"island|continent|world|globe)\b|\bnation-?wide\b|\bcountry-?wide\b|\bnationally\b|"
    r"\bin\s+(?:several|multiple|various|many|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|"
    r"dozens of)\s+(?:regions|provinces|cities|towns|states|districts|counties|areas|locations|oblasts)\b"
)
_WIDE_PLACE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?(?:" + _ADJ + r")(" + _NAME + ")")
_SITE_TARGET = re.compile(
    r"\b(?:at|on|into|in|inside|struck|hit|targeted|hitting|striking)\s+(?:a|an|the|one|its|their|that)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:building|school|facility|barracks|base|camp|hospital|house|home|apartment block|"
    r"block of flats|market|station|plant|factory|bridge|dormitory|hotel|church|mosque|airport|compound|site|"
    r"quarters|headquarters|warehouse|depot|checkpoint|village|shopping (?:centre|center|mall)|mall|stadium|"
    r"deployment point|theatre|theater|nightclub|concert hall|square)\b",
    re.I,
)


@dataclass(frozen=True)
class _Where:
    places: tuple[tuple[str, str, int], ...]  # (name, level, offset) with level in site/region/country
    scope: str  # "wide", "site", "part" (a place its article counts apart from its total) or ""
    near: int = 0  # offset of the figure in the sentence

    def subject_place(self) -> str:
        """The place a figure is told of: the nearest named before it ("Pará accounted for 2,105 km2, while
        neighbouring Amazonas lost 1,146": Amazonas for the second), else the nearest after it. A place right
        after the figure is its own ("271 on Rangatira and 41 on Mangere": Mangere for the second)."""
        right_after = [p for p in self.places if 0 < p[2] - self.near <= 12]
        if right_after:
            return min(right_after, key=lambda p: p[2])[0]
        before = [p for p in self.places if p[2] <= self.near]
        if before:
            return max(before, key=lambda p: p[2])[0]
        return min(self.places, key=lambda p: p[2])[0] if self.places else ""

    def all_names(self) -> set[str]:
        return {p[0] for p in self.places}

    def names(self, level: str) -> set[str]:
        return {p[0] for p in self.places if p[1] == level}

    def best(self) -> str:
        """The most specific place, the one nearest the figure among equals."""
        for level in ("site", "region", "country"):
            cands = [p for p in self.places if p[1] == level]
            if cands:
                return min(cands, key=lambda p: abs(p[2] - self.near))[0]
        return ""


def _clean_name(name: str) -> str:
    # holidays and times are not places: "New Year's Eve", "Independence Day", "Easter Sunday"
    if re.search(r"^new year|(?:year|eve|day|week|month|night|morning|evening)(?:['’]s)?$", name, re.I):
        return ""
    words = [re.sub(r"['’]s$", "", w) for w in name.split()]
    while words and words[0].lower() in _NOT_PLACE:
        words = words[1:]
    while words and (words[-1].lower() in _NOT_PLACE or words[-1].lower() in {"de", "do", "da", "del", "la", "el",
                                                                                "al", "sur"}):
        words = words[:-1]
    while len(words) > 1 and words[-1].lower() in _DEMONYMS:  # "Ukraine Russian" across a line break
        words = words[:-1]
    if not words:
        return ""
    if any(re.search(r"-(?:controlled|held|occupied|backed|installed|appointed|led|made|based|supplied)$", w, re.I)
           for w in words):
        return ""
    return " ".join(words).lower()


def _level(name: str, level_word: str | None) -> str:
    if level_word:
        return _LEVEL_WORDS.get(level_word.lower(), "region")
    if name in _COUNTRIES:
        return "country"
    return "site"


_WHO_IN = re.compile(r"(?:ministry|government|officials?|authorities|embassy|spokes\w+|office|command|leaders?|"
                     r"(?:ship['’]s|shipping|port|local|its|their)\s+agents?|representatives?|"
                     r"sources|correspondents?|reporters?|analysts?|the kremlin|administration|president|"
                     r"headquarters|prosecutors?|court|agency|media|bureau|based|residents? of|governor of|"
                     r"mayor of|"
                     # where words were said or a mission is run from: "said in Tokyo that", "mission control in Wigram"
                     r"\bsaid|\bsays|\btold|\bspeaking|\bspoke|\bannounced|\bmission\s+control|"
                     r"\bcontrol\s+(?:room|centre|center))"
                     r"\s*,?\s*$", re.I)


# the last word of a firm's name, never of a place's: "an analyst at Chancery Hill Securities"
_FIRM_ENDS = {"securities", "capital", "partners", "markets", "holdings", "ltd", "inc", "plc", "llc", "corp",
              "corporation", "advisers", "advisors", "consulting", "brokers", "associates"}
_BODY_FOR = re.compile(r"\b(?:organi[sz]ation|office|agency|commission|commissioner|council|centre|center|institute|"
                       r"committee|fund|programme|program|union|federation|coalition|alliance|network|society|"
                       r"foundation|ministry|minister|secretary|department|board|authority|association|campaign|"
                       r"movement|party|front|league|bureau|service|secretariat|directorate|inspectorate|"
                       r"commissariat|tribunal|observatory|academy|trust|forum|partnership|"
                       r"initiative|task\s+force|taskforce|panel)\s*$", re.I)


_REASON_AFTER = re.compile(r",\s+(?:after|because\s+of|following)\s+(?:(?:finding|discovering|noticing|spotting)\s+)?"
                           r"(?:an?\s+)?(?:[\w-]+\s+)?(?:error|mistake|miscount|double[- ]count)s?\b", re.I)


def _where(sentence: str, near: int = 0) -> _Where:
    places: list[tuple[str, str, int]] = []
    seen = set()

    def add(name: str, level: str, pos: int) -> None:
        if name and name not in seen and name not in _DEMONYMS and name.rsplit(" ", 1)[-1] not in _FIRM_ENDS:
            seen.add(name)
            places.append((name, level, pos))

    for m in _PLACE_OF.finditer(sentence):
        if _WHO_IN.search(sentence[max(0, m.start() - 30):m.start()]):
            continue
        name = _clean_name(m.group(2))
        add(name, _level(name, m.group(1)) if m.group(1).lower() not in ("town", "city", "village") else "site",
            m.start(2))
    for m in _PLACE_AFTER_PREP.finditer(sentence):
        raw, level_word = m.group(1), m.group(2)
        name = _clean_name(raw)
        if not name:
            continue
        # "the defence ministry in Moscow", "officials in Kyiv": where the speaker sits, not the event
        if _WHO_IN.search(sentence[max(0, m.start() - 30):m.start()]):
            continue
        if m.group(0)[:3].lower() == "for" and _BODY_FOR.search(sentence[max(0, m.start() - 30):m.start()]):
            continue  # "the International Organization for Migration", "the Minister for Health": a name
        if not level_word:
            # "in Russian strikes", "in Ukrainian missile attacks": an adjective, not a place
            rest = sentence[m.end():].lstrip()
            nxt = re.match(r"([A-Za-z][\w\-]*)", rest)
            if nxt and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _FUNCTION_WORDS \
                    and len(raw.split()) == 1 and (name in _DEMONYMS or re.search(r"(?:ian|ese|ish|ean)$", name)):
                continue
            if name in _DEMONYMS:
                continue
        add(name, _level(name, level_word), m.start(1))
    for m in _PLACE_NAMED.finditer(sentence):
        words = _clean_name(m.group("name") or m.group("named")).split()
        while words and (words[0] in _FUNCTION_WORDS or words[0] in _NOT_PLACE):
            words.pop(0)  # "In Hetauda, a town ...": the name after the preposition
        if words:
            name = " ".join(words)
            add(name, _level(name, m.group("word")), m.start("name") if m.group("name") else m.start("named"))
    reason = _REASON_AFTER.search(sentence, near) if near else None
    if reason:
        # "corrected the pass rate to 44.1 per cent, after finding an error in the Vakinankaratra region": the
        # place of why it changed, not of what the figure counts
        places = [p for p in places if p[2] < reason.start()]
    scope = ""
    if _WIDE.search(sentence):
        scope = "wide"
    else:
        wm = _WIDE_PLACE.search(sentence)
        if wm:
            name = _clean_name(wm.group(1))
            if name and (name in _COUNTRIES or _level(name, None) == "country" or name not in seen or True):
                scope = "wide"
                # the place a wide claim spans is a country/region, not a site
                places = [(n, ("country" if n in _COUNTRIES else "region") if n == name else lv, p)
                          for n, lv, p in places]
    if not scope and (any(p[1] == "site" for p in places) or _SITE_TARGET.search(sentence)):
        scope = "site"
    return _Where(tuple(places), scope, near)


# A dateline: "KOLAKA -", "GUAYAQUIL, Ecuador, Oct 21 (Reuters) -", "ADELAIDE, Australia (AP) —"
_DATELINE = re.compile(r"^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3})"
                       r"((?:,[ \t]*[A-Z][A-Za-z.'’\-]+(?:[ \t][A-Z][A-Za-z.'’\-]+)*)*)"
                       r"(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]\d{1,2})?[ \t]*(?:\([^)\n]{1,30}\))?[ \t]*[-—–][ \t]", re.M)
# a release's place and date on a line of their own: "Asunción, 29 June 2038", "Dodoma, 30 June 2038"
_PLACE_DATE_LINE = re.compile(r"(?:^|[·|][ \t]*)(?!(?:By|Updated|Published|Posted|Issued|Released|Dated)\b)"
                              r"([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}),[ \t]+"
                              r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$", re.M)
_MASTHEAD_WORDS = re.compile(r"\b(?:HERALD|TIMES|TODAY|NEWS|POST|COURIER|TRIBUNE|GAZETTE|GAZZETTA|DAILY|CHRONICLE|"
                             r"JOURNAL|LIVE|EDITION|EXPRESS|STAR|MIRROR|OBSERVER|REVIEW|WEEKLY|UPDATE|BREAKING|"
                             r"EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|WATCH|DESK|REPORT)\b")


def dateline_places(text: str) -> set[str]:
    """The places an article's dateline names ("KOLAKA -", "GUAYAQUIL, Ecuador, Oct 21 (Reuters) -"), lower-case:
    a wire report names its place there and perhaps nowhere else. The town only: a country is no sign that
    two reports are on one event."""
    m = _DATELINE.search(text[:1500]) or _PLACE_DATE_LINE.search(text[:600])
    if not m or _MASTHEAD_WORDS.search(m.group(1)):
        return set()
    name = m.group(1).strip().lower()
    return set() if name in _NOT_PLACE or name in _COUNTRIES else {name}


_LEVEL_RANK = {"country": 1, "region": 2, "site": 3}


def _depth(where: _Where) -> int:
    """How narrow a claim's place is: 0 for none or country-wide, up to 3 for a site."""
    return 0 if where.scope == "wide" else max((_LEVEL_RANK.get(p[1], 0) for p in where.places), default=0)


def counts_a_part(part: _Where, total: _Where) -> bool:
    """Whether `part`, beside `total` in one article, names a narrower place that `total` does not: "Pará
    accounted for 2,105 km2" beside the country's 6,288 km2 (the figures decide the rest, see blocks)."""
    names = part.all_names()
    return bool(names) and _depth(part) > _depth(total) and not names & total.all_names()


def _one_is_part(a: _Where, b: _Where) -> bool:
    """One claim counts a part its article tells apart by its place, and the other does not name that place."""
    if (a.scope == "part") == (b.scope == "part"):
        return False
    part, other = (a, b) if a.scope == "part" else (b, a)
    return not part.all_names() & other.all_names()


def _places_conflict(a: _Where, b: _Where) -> str:
    """A reason when the two claims are about different places or scopes, else ""."""
    if _one_is_part(a, b):
        return f"one counts {(a if a.scope == 'part' else b).subject_place()} alone, the other the whole"
    if (a.scope == "wide" and b.scope == "site") or (a.scope == "site" and b.scope == "wide"):
        return "one counts country-wide, the other a single place"
    if (a.scope == "world") != (b.scope == "world") and (a.places or b.places):
        return "one counts worldwide, the other in one place"
    for level in ("site", "region", "country"):
        na, nb = a.names(level), b.names(level)
        if na and nb:
            if na & nb:
                return ""
            return f"different places: {', '.join(sorted(na))} vs {', '.join(sorted(nb))}"
    return ""


def _sites_apart_only(a: _Where, b: _Where) -> bool:
    """Whether the claims differ only in the site they name ("Ashgrove Court" against "Winnipeg"), not in
    scope, region or country: within one event's fact, a street, a building and its city are one place."""
    if {a.scope, b.scope} == {"wide", "site"} or "world" in (a.scope, b.scope) or _one_is_part(a, b):
        return False
    return not any(a.names(level) and b.names(level) and not a.names(level) & b.names(level)
                   for level in ("region", "country"))


def _articles_share_places(a: MatchClaim, ia: _Info, b: MatchClaim, ib: _Info) -> bool:
    """Whether each claim's place is named in the other claim's article (same scope assumed)."""
    if not (a.article_text and b.article_text) or {ia.where.scope, ib.where.scope} == {"wide", "site"} \
            or "world" in (ia.where.scope, ib.where.scope) or _one_is_part(ia.where, ib.where):
        return False
    return all(name in b.article_text for name in ia.where.all_names()) and \
        all(name in a.article_text for name in ib.where.all_names())


def _shared_place(a: _Where, b: _Where) -> str:
    for level in ("site", "region", "country"):
        common = a.names(level) & b.names(level)
        if common:
            return sorted(common)[0]
    return ""
