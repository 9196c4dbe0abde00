"""Figures that are not head counts: readings of one quantity (a magnitude, a temperature, a wind
speed, a rate), ballots and vote shares, money and percentages, job cuts, and the units they are
given in."""

from __future__ import annotations

import dataclasses
import functools
import re

from factcheck import places as gazetteer
from factcheck.extraction import Value
from factcheck.numbers import RACE_TIME_RE, SHARE_RATE_RE, span_kind
from factcheck.sentences import fact_line_label

from .core import _COUNTRIES
from .measures import (_HUMAN_CLASSES, _STORY_EVENTS, _article_event, _event_family, _infer_measure, _measure, _sing,
                       _subject_class, _value_span, own_verb)
from .scope import _NAME, _Where, _clean_name, _level
from .values import _figure, base_unit


_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH"}


def _unit_class(unit: str) -> str:
    """"" for plain counts, "%" for shares, the ISO code for money (compared across currencies in relations)."""
    u = (unit or "").strip()
    if not u or u.lower() in {"people", "persons", "person"}:
        return ""
    if u.lower() in {"%", "percent", "per cent", "pct"}:
        return "%"
    if u in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[u]
    if re.fullmatch(r"[A-Za-z]{3}", u) and u.isupper():
        return u
    return u.lower()


def _is_money(unit: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", unit))


# Measurements: a reading of one quantity of the event or of the economy - an earthquake's magnitude,
# its depth, a temperature, a wind speed, a water level, rainfall, an interest rate. What is measured
# is the fact, never the verb ("the magnitude 6.9 quake hit", "a 6.9-magnitude earthquake", "put it at
# magnitude 6.6" are one question). (quantity, units it is read in, cue that must be near the figure)
LENGTH_UNITS = {"km", "m", "miles", "nmi", "ft", "yd"}
CONCENTRATION_UNITS = {"mg/l", "µg/l", "ppm", "ppb", "µg/m3", "mg/m3", "mg/kg", "µg/kg"}
SPEED_UNITS = {"km/h", "mph", "knots", "m/s", "km/s", "mi/s"}
# what says a length is how far something fell ("fell", "plunged", "rolled"), here and in the sizes of structures
FALL_CUE = re.compile(r"\b(?:fell|falls?|falling|plunged?|plunging|plummet\w*|tumbled?|tumbling|rolled|rolling|dropped|"
                      r"drop)\b")
# the kinds of zone a radius is given for ("an exclusion zone", "a no-go zone")
_ZONE_KINDS = r"danger|exclusion|evacuation|no-go|no-entry|restricted|safety"
_RATE_CUE = re.compile(r"(?:interest|policy|benchmark|base|key|lending|deposit|refinancing|repo|bank) rates?\b|"
                       # "held rates at 5%", "cut its rate to 4.5%", but not "the pass rate to 44 per cent"
                       r"\b(?!" + SHARE_RATE_RE + r"\s)[a-z-]+\s+rates? (?:at|to|by)\b|^rates? (?:at|to|by)\b|"
                       # "interest of up to 16 percent", "16 per cent interest"
                       r"\binterest\s+(?:of|at)\b|(?:per\s*cent|percent|%)\s+(?:annual\s+)?interest\b(?!\s+in\b)")
_READINGS: list[tuple[str, set[str], re.Pattern | None]] = [
    ("magnitude", {"magnitude"}, None),
    ("depth", LENGTH_UNITS, re.compile(r"\bdeep(?:er|est)?\b|\bdepths?\b|below the surface|beneath the surface|"
                                                    r"underground|below (?:the )?(?:ground|sea ?bed|sea floor)")),
    ("wind speed", SPEED_UNITS, re.compile(r"\bwinds?\b|\bgusts?\b")),
    ("temperature", {"degrees", "°c", "°f", "c", "f"}, re.compile(r"temperature|degrees|°|\bheat\b|\bcold\b|"
                                                                  r"thermometer|celsius|fahrenheit")),
    ("water level", {"m", "ft", "cm"}, re.compile(r"(?:water|river|lake|reservoir|flood|sea)[ -]levels?|\bcrest|"
                                                 r"\bpeaked\b|\bgauge\b")),
    ("rainfall", {"mm", "cm", "in"}, re.compile(r"\brain|precipitation|downpour")),
    # the radius of a danger zone, an exclusion zone, a cordon: "a 6-kilometre radius", "10 km around the crater"
    ("radius", LENGTH_UNITS, re.compile(r"\bradius\b|\b(?:" + _ZONE_KINDS + r"|permanent)\s+zones?\b|\bcordon\b|"
                                        r"\baround\s+(?:the\s+)?(?:crater|summit|vent|volcano|plant|reactor|site|peak)\b")),
    # how far something fell, how wide, long or high it is: each its own question
    ("fall", LENGTH_UNITS, FALL_CUE),
    ("width", LENGTH_UNITS, re.compile(r"\bwide\b|\bwidth\b|\bacross\b")),
    ("height", LENGTH_UNITS, re.compile(r"\bhigh\b|\btall\b|\bheight\b|\bwaves?\b|\bswells?\b|"
                                        r"\b(?:ash|smoke|steam|plumes?|flames?)\b[^.;,]{0,25}\b(?:reached|rose|risen|soared|climbed)\b|"
                                        r"\b(?:ash|smoke|steam|eruption)\s+"
                                        r"(?:columns?|plumes?|clouds?)\b|\bplumes?\b|\b(?:rose|soared|shot|climbed|billowed)\b[^,;]*"
                                        r"\babove\b|\babove\s+(?:the\s+)?(?:crater|summit|vent|peak|sea\s+level)\b")),
    # how far a ship, a boat or a slick drifted: "drifted some 14 nautical miles", "was carried almost 40 kilometres
    # before the tugs reached it"
    ("drift", LENGTH_UNITS, re.compile(r"\bdrift(?:ed|ing|s)?\b|\badrift\b|"
                                       r"\b(?:carried|pushed|blown|swept)\b[^.;]{0,40}"
                                       r"\b(?:before|until)\b[^.;]{0,30}\b(?:tugs?|tow|towed|towing)\b")),
    ("length", LENGTH_UNITS, re.compile(r"\blong\b|\blength\b|\bon\s+the\s+ground\b|\bpath\b|\btrack\b|"
                                        r"\btravell?ed\b|\bstretch\w*\b|\bran\b|\bspread\b|\bextend\w*\b")),
    ("power", {"mw", "gw", "kw"}, None),
    # energy: a plant's use per unit of what it makes ("4.2 kWh per cubic metre") or a total over a period
    ("energy", {"kwh", "mwh", "gwh", "twh", "j", "kj", "mj", "gj", "tj"}, None),
    # a machine's magnetic field and electric current ("a magnetic field of 3.5 tesla", "a 1-megaampere current")
    ("magnetic field", {"tesla"}, None),
    ("current", {"a", "ka", "ma"}, None),
    # a network's capacity or speed: "bandwidth of roughly 900 Gbps", "1.24 Tbps"
    ("data rate", {"gbps", "tbps", "mbps"}, None),
    # how much of a substance is in water, air or soil: "38 milligrams per litre", "634 µg/m³", "12 ppm"
    ("concentration", CONCENTRATION_UNITS, None),
    # a speed that is not the wind's: a train's, a car's, a ship's; a speed limit is its own question
    ("speed", SPEED_UNITS, None),
    # an area: burnt, flooded, affected, searched; conversions make hectares, acres and km2 one figure
    ("area", {"ha", "acres", "km2", "sq mi"}, None),
    # radiation: a dose received, a dose rate a source gives off ("2 millisieverts an hour at one metre"), and
    # the source's activity ("19 gigabecquerels", "about 0.5 curies")
    ("radiation", {"sv", "msv", "µsv"}, None),
    ("activity", {"bq", "gbq", "tbq", "ci"}, None),
    # how far a rate was moved: "raised its policy rate by 200 basis points", "cut rates 0.5 percentage points"
    ("rate change", {"percentage points", "bp"}, _RATE_CUE),
    ("interest rate", {"%"}, _RATE_CUE),
]
# what a figure in megawatts is of: the grid lost it, it flowed over a line, plants made it, it was asked for, or it
# is what a plant or a line can make or carry
_POWER_WHAT = re.compile(r"\b(?:(lost|lose|losing|shed|tripped|went offline|disconnected|knocked out|cut)|"
                         r"(import\w*|export\w*|flow\w*|interconnect\w*|transmitted|sent|carry\w*|carried)|"
                         r"(generat\w*|produc\w*|output)|(demand|consum\w*|load|peak)|(capacity|installed|rated)|"
                         r"(heating|cooling))\b")
# a rating told before what has it (or its name): "the 650 MW Kalevlink link", "a 40-megawatt solar farm", "an 8 MW
# solar array"
_RATED_THING = re.compile(r"\s*(?:(?!(?:was|were|is|are|of|through|to|from|in|on|at|for|and|when)\b)[\w-]+\s+){0,2}?"
                          r"(?:link|plant|station|cable|interconnector|line|reactor|unit|farm|park|array|field|project|"
                          r"facility|turbine|connection|generator|dam|battery|complex)s?\b")


def _power_what(low: str, pos: int) -> str:
    """Which power question a figure answers, from the nearest cue in its clause (before it first)."""
    lo = max(0, pos - 80)
    start = max([lo] + [lo + m.end() for m in re.finditer(r";|\.(?=\s)|\bwhen\b|\bwhile\b|\band that\b", low[lo:pos])])
    before = list(_POWER_WHAT.finditer(low, start, pos))
    after = _POWER_WHAT.search(low, pos, pos + 50)
    cue = before[-1] if before else after
    if cue is None:
        return "demand"
    return ("lost", "flow", "output", "demand", "capacity", "heating")[next(i for i in range(6) if cue.group(i + 1))]


_PER_TIME = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:/\s*h\b|(?:an|a|per|each|every)\s+(?:hour|day|year)\b)")
_ANOMALY = re.compile(r"^\s*(?:celsius|fahrenheit|c|f)?\s*(?:\([^)]*\)\s*)?(?:above|below|higher than|lower than|warmer "
                      r"than|cooler than|colder than)\s+(?:the\s+)?(?:normal|average|usual|seasonal|the norm)", re.I)
# a temperature a thing is built for, or kept at as a rule, is no reading of the day: "designed for water between 24
# and 26 degrees", "vaccines are normally stored at 2C", "clinics keep samples in liquid nitrogen at -196C"
_DESIGNED_FOR = re.compile(r"\b(?:designed|rated|built|certified|specified)\s+(?:for|to\s+(?:hold|withstand|take))\s+"
                           r"(?:(?:water|temperatures?|winters?|summers?|weather|conditions|use|operation)\s+"
                           r"(?:(?:that|which)\s+(?:reach|reaches|hit|hits|fall\s+to|drop\s+to)\s+)?)?"
                           r"(?:(?:of|between|up\s+to|at|below|above)\s+)?"
                           r"(?:about\s+)?$")
# ... kept at by whoever keeps or stores a thing: not the weather that "will keep temperatures at 40C", nor "the
# store was at 35C"
_KEPT_AS_A_RULE = re.compile(r"\b(?:(?:normally|usually|routinely|typically|ordinarily)\s+"
                             r"(?:kept|stored|held|maintained)|(?<!\bwill\s)(?<!\bthe\s)(?<!\ba\s)(?:keeps?|stores?)\s+"
                             r"(?!(?:the\s+)?(?:temperatures?|highs?|lows?|mercury)\b)(?:the|its|their|all|our|them|it|"
                             r"[a-z]+s)\b[^.;,]{0,40})\s+(?:at|below|between)\s+"
                             r"(?:about\s+|an?\s+(?:constant|steady|stable|even)\s+)?$")
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b")
_FORECAST = re.compile(r"\bforecast(?!ers?\b)|\bexpected\b|\bpredict|\bshould (?:bring|fall|drop|ease|rise|reach)|\bwill\b|"
                       r"\bis likely\b|\bcould\b|\boutlook\b")


def _reading_day(sentence: str, pos: int) -> str:
    """Which day a reading is of: a forecast ("expected to ease to around 38 by Friday") is "forecast";
    otherwise the weekday named nearest the figure in its clause, "" when none. Temperatures on two
    days, or a reading and a forecast, answer different questions."""
    low = sentence.lower()
    lo = max(0, low.rfind(";", 0, pos) + 1)
    hi = low.find(";", pos)
    clause = low[lo:hi if hi >= 0 else len(low)]
    if _FORECAST.search(clause):
        return "forecast"
    best, best_d = "", 10**9
    for m in _WEEKDAY.finditer(clause):
        d = abs(lo + m.start() - pos)
        if d < best_d:
            best, best_d = m.group(1), d
    return best


# An aftershock's or a foreshock's magnitude is not the main shock's.
_SUB_EVENT = re.compile(r"aftershock|foreshock", re.I)


_DISTANCE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:away\s+)?(?:from|outside|short\s+of|(off)|(?:north|south|east|west)(?:-?(?:east|west))?"
                       r"(?:wards?)?\s+of|inland\s+from)\s+(?:the\s+)?"
                       # "west of the state capital Minna", "from the edge of the road", "off the hard shoulder"
                       r"(?:(?:(?:state|regional|provincial|district|county|national)\s+)?capital\s+(?!city\b|of\b)(?=[a-z]+\b)|"
                       r"(?:edge|side|shoulder|verge)\s+of\s+(?:the\s+)?|"
                       # "north-east of the town of Gharm", "west of the island of Vis", "from the capital, Dushanbe"
                       r"(?:(?:small\s+|coastal\s+|market\s+|mountain\s+)?(?:town|city|village|island|port|"
                       r"settlement)\s+of\s+|capital,\s+)(?=[a-z]+\b))?"
                       r"([a-z][a-z\-]+)|\s*(?:\([^)]*\)\s*)?(offshore)\b")
_ROADSIDE = {"roadside": "road", "roads": "road", "highway": "road", "shoulder": "road", "verge": "road", "track": "road",
             "roadway": "road", "kerb": "road", "curb": "road"}


def _distance(low: str, value_end: int) -> str:
    """What a distance is measured to: "6 km (4 miles) from the border" -> "border", "140 kilometres
    southwest of Harare" -> "harare"; "" when the figure is not a distance."""
    m = _DISTANCE.match(low, value_end)
    if m is None:
        return ""
    target = _ROADSIDE.get(m.group(2) or "", m.group(2))
    if m.group(1) and target == "road":
        return target  # "30 metres off the road": from the road
    # a ship "3.5 nautical miles off Cape Jervis" or "six kilometres offshore": how far out at sea
    if m.group(1) or m.group(3):
        return "coast"
    # "270 km south-east of Ankara" and "170 miles from the capital" measure from one city
    return "capital" if gazetteer.country_of_capital(target) else target


# how far a zone, a cordon or an order reached: "a 500-metre exclusion zone", "an exclusion zone reaching about
# 1,640 feet from the terminal", "the cordon reached only 200 metres from the pool", "asked everyone within 5 km of
# the zoo to stay indoors", "evacuated homes within 1.5 km": one question whatever the zone is measured from
_ZONE_WORDS = re.compile(r"\b(?:radius|(?:" + _ZONE_KINDS + r"|security)\s+zones?|cordon(?:ed)?)\b")
_WITHIN = re.compile(r"\bwithin\s+(?:a\s+|about\s+|some\s+|around\s+|roughly\s+)?$")
_ORDERED = re.compile(r"\b(?:evacuat\w*|indoors|stay\s+(?:inside|away|home)|keep\s+away|cleared|ordered|told|asked|urged|"
                      r"warned|advised|closed|sealed)\b")


def _zone_radius(low: str, span: tuple[int, int]) -> bool:
    """Whether a length is how far a zone or an order reached (see _ZONE_WORDS)."""
    lo = max([max(0, span[0] - 60)] + [m.end() for m in re.finditer(r"[;.]\s|\bbut\b|\bwhile\b", low[:span[0]])])
    before, after = low[lo:span[0]], low[span[1]:span[1] + 30]
    zone = _ZONE_WORDS.search(before)
    if zone and not re.search(r"[,;]\s", before[zone.end():]):
        return True  # "a cordon reaching 200 metres", "an exclusion zone reaching about 1,640 feet from ..."
    if re.search(r"-[a-z]+$", low[span[0]:span[1]]) and \
            re.match(r"\s*(?:\([^)]*\)\s*)?(?:radius|(?:exclusion|danger|evacuation|safety)\s+zone|zone|cordon)\b", after):
        return True  # "a 2-kilometre radius", "a three-kilometre zone"
    return bool(_WITHIN.search(before) and _ORDERED.search(low[max(0, span[0] - 120):span[1] + 80]))


# how high an aircraft flew: "cruising at 39,000 feet", "flying at about 11,000 metres", "at an altitude of 900 m"
_ALTITUDE = re.compile(r"(?:\b(?:cruising|flying|cruise|climbing|descending)\s+at|\baltitude\s+of|\bcruising\s+(?:altitude|height)"
                       r"\s+of)\s+(?:an?\s+altitude\s+of\s+)?(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$")
# how high a flight got: "the last altitude reading at 24.6 km", "the rocket reached at least 31 km" (ash that
# "reached 30,000 feet" is the height of the ash)
_ALTITUDE_READ = re.compile(r"\baltitude\s+(?:reading\s+)?(?:at|was|of)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$")
_ALTITUDE_REACHED = re.compile(r"\b(?:rocket|aircraft|plane|jet|airliner|helicopter|balloon|missile|drone|glider|launcher)s?\s+"
                               r"(?:had\s+|has\s+)?(?:reached|climbed\s+to|rose\s+to|peaked\s+at|soared\s+to)\s+"
                               r"(?:an?\s+(?:altitude|height)\s+of\s+)?"
                               r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+)?$")
# how high above the ground something happened: "the main burst was about 19 miles up", "broke apart 31 kilometres
# above the sea" ("above sea level" is a place's elevation, read first; "300 metres up the face" is a climb)
_ALTITUDE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:up\b(?!\s+(?:the|to|a|an|from|into|on|in|of|its|their|and)\b)|"
                             r"above\s+(?:the\s+)?(?:sea|ground|surface|earth|ocean|water|land|lagoon)\b"
                             r"(?![\s-]level))")
# how far off a happening was heard, felt or seen: "rattled windows as far as 40 kilometres away", "was heard 25
# miles away", "the tremor was felt 300 km away"
_AWAY = re.compile(r"\s*(?:\([^)]*\)\s*)?away\b")
_SENSED = re.compile(r"\b(?:heard|felt|seen|visible|audible|rattl\w+|shook|shaking|sensed|noticed|spotted)\b")
# the height of an orbit: "a 550 km sun-synchronous orbit", "a 520-km (323-mile) orbit"
_ORBIT_AFTER = re.compile(r"[\s-]*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}orbit\b")
_LENGTH_OF = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:stretch\s+|section\s+|length\s+)?of\s+(?:the\s+)?"
                        r"(?:(?!(?:by|from|to|in|on|at|via|and|or)\s)[\w'’-]+\s+){0,2}?"
                        r"((?:coast(?:line)?s?|shore(?:line)?s?|beach(?:es)?)(?!\s+(?:highway|road|motorway))|"
                        r"road|roads|river|track|line|pipeline|highway|motorway)\b")
# a stretch of something with no article: "23.4 kilometres of passages", "more than 4 km of rope", "300 metres of
# new fencing": a length of that thing (a place after "of" is a distance: "within 5 km of Kyiv")
_LENGTH_OF_STUFF = re.compile(r"\s*(?:\([^)]*\)\s*)?of\s+(?:new\s+|fresh\s+|unexplored\s+|mapped\s+)?"
                              r"([a-z][a-z-]{2,})(?:\s+([a-z][a-z-]{2,}))?\b")
_NOT_STUFF = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "each", "every",
              "which", "whom", "them", "it", "all", "both", "where", "what", "one", "about", "around", "some", "and",
              "or", "but", "with", "in", "on", "at", "to", "for", "from", "into", "by", "as", "than", "was",
              "were", "is", "are", "had", "has", "have", "said", "says", "while", "after", "before", "since", "across",
              "through", "along", "under", "over", "between", "near", "toward", "towards"}
_DIVED_TO = re.compile(r"\b(?:dived|dove|descended|free-?dived)\b[^.;,]{0,40}\bto\s+(?:a\s+depth\s+of\s+)?"
                       r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$")
# a place on a mountain a height is told of: "the 20,310-foot summit", "a camp at 5,400 metres" (a river's "peak at
# 8.9 metres" is no summit, so a peak is one only as the noun a height describes)
_MOUNTAIN_PLACE = (r"summit|mountain(?!\s+(?:stage|road|pass|village|town|bike|rescue|range|guide|hut|railway|"
                   r"resort)s?\b)|volcano|(?:base\s+|high\s+)?camp")
_HEIGHT_OF_PLACE = re.compile(rf"\s+(peak|{_MOUNTAIN_PLACE})\b")
_PLACE_AT = re.compile(rf"\b({_MOUNTAIN_PLACE})\s+at\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$")
# how high a place lies: "3,600 metres (11,800 feet) above sea level", "a town that sits at about 11,800 feet", "the
# entrance lies at 3,240 metres"
_ELEVATION_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:above\s+(?:mean\s+)?sea[\s-]level|a\.s\.l\.|asl\b)")
_ELEVATION_BEFORE = re.compile(r"\b(?:lies|lie|lying|sits|sit|sitting|perched|situated|located|nestled|stands|stand)\s+"
                               r"(?:high\s+)?at\s+(?:an?\s+(?:altitude|elevation|height)\s+of\s+)?"
                               r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+)?$")
# under water: what lies at a figure there lies at a depth
_UNDER_WATER = re.compile(r"\b(?:divers?|seabed|sea\s?bed|sea\s+floor|seafloor|underwater|submerged|sunken|"
                          r"remotely\s+operated|rov)\b")
# how far inside a boundary something was: "60 nautical miles inside the reserve's boundary", "3 km into Polish
# airspace", "less than four nautical miles inside the boundary"
_INSIDE_ZONE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:inside|into|within)\s+(?:the\s+|its\s+|a\s+|their\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:reserve|boundary|boundaries|zone|waters|airspace|territory|park|"
                          r"sanctuary|exclusion)\b")
# how deep, told after the figure ("some 11 m down", "11 metres (36 feet) below the summit"); "deep" is a dimension
_DEPTH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:down(?!\s+(?:the|a|an|into|to|towards|its|their|from)\b)|"
                          r"underground|below\s+(?:the\s+)?(?:ground|surface|summit|top|floor|street|sea\s*bed|"
                          r"sea\s+floor|entrance))\b")
# a ship's draught, the depth it sits at or may sit at: "a maximum draft of 44 feet", "draught of 13.41 m"
_DRAUGHT = re.compile(r"\b(?:draughts?|drafts?)\b[^.;,()]{0,60}\b(?:of|to|at|from|be|is|was|are|were)\s+"
                      r"(?:the\s+current\s+|about\s+|some\s+|around\s+|roughly\s+|just\s+|only\s+)?$")
_DRAUGHT_CHANGED = re.compile(r"\b(?:draughts?|drafts?)\b(?:[^.;]|\.(?!\s)){0,120}\b(?:reduced|cut|lowered|raised|"
                              r"increased|down|up)\s+from\s+(?:the\s+current\s+|about\s+)?$")
# a lake, a reservoir or a river read at a level: "Gatun Lake stood at 79.6 feet", "the river was at 4.2 m"
_WATER_BODY = re.compile(r"\b(?:lakes?|reservoirs?|rivers?|dams?|lagoons?|canals?|water)\b")
_WATER_STOOD = re.compile(r"\b(?:lake|reservoir|river|dam|lagoon|water)\b(?:['’]s\s+level)?\s+(?:\w+\s+)?"
                          r"(?:stood|was|is|sat|fell|dropped|rose|sank|peaked|reached)\s+(?:at|to)\s+"
                          r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+)?$")
_WATER_LEVEL_OF = re.compile(r"\blevels?\b[^.;,]{0,30}\bof\s+(?:about\s+|some\s+|around\s+)?$")
_DIMENSION_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(wide|long|high|tall|deep)\b")
_DIMENSIONS = {"wide": "width", "long": "length", "high": "height", "tall": "height", "deep": "depth"}
_CLAUSE_CUT = re.compile(r"[,;](?=\s)|\s(?:and|while|but|whereas)\s")


_LONGEST = re.compile(r"\b(?:as\s+long\s+as|up\s+to|longest|maximum|max)\s+$")
# spans short enough to be how long something took (months and years date a structure, see upkeep.SPAN_UNITS)
_TOOK_UNITS = {"seconds", "minutes", "hours", "days", "weeks"}
_SPAN_QUESTIONS = {"duration", "record", "margin", "delay"}  # see numbers.span_kind
_DELAY_UNITS = {"months", "years"}  # how late a project is, told in any span


def _story_event(sentence: str, pos: int, article_text: str) -> str:
    """The event a size or a reading belongs to: "event" for the story's own, another one only when named near the
    figure; a moment of the story ("told a news conference", "set sail") is no event a depth or an area is of."""
    named = _event_family(sentence, pos, _STORY_EVENTS)
    # the story's own event, however a report names it ("the fire", "the blaze", or nothing), is "event": an area
    # burnt and an area "the fire burnt" are one figure; only another event named near the figure is its own
    return named if named and named != _article_event(article_text) else "event"


# a route or a leg of a race named after its length: "the 178 km stage", "a 192 km mountain stage", "the 42 km trek"
_ROUTE_NOUNS = (r"stage|leg|lap|route|course|race|marathon|journey|trip|trek|hike|walk|march|swim|crossing|circuit|"
                r"loop|ride|run|voyage|trail")
_ROUTE_AFTER = re.compile(r"\s+(?:\([^()]{0,25}\)\s+)?(?:[a-z]+\s+)?(" + _ROUTE_NOUNS + r")\b(?![-’'])")
# ... or named as the subject of a verb of length: "the route measured 1.3 kilometres", "the course stretches some
# 42 km" ("the crowd lining the route stretched 3 km" measures the crowd)
_ROUTE_MEASURED = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:the|its|their|this|that|a)\s+(?:[a-z-]+\s+)?(" +
                             _ROUTE_NOUNS + r")\s+"
                             r"(?:measured|measures|measuring|stretched|stretches|stretching|spanned|spans|extended|"
                             r"extends|covered|covers)\s+"
                             r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|over\s+|"
                             r"more\s+than\s+)?$")


# whose term in prison: the role named nearest before it ("sentenced former transport minister X to nine years",
# "the owner of the company, who got four years", "the third defendant, G.N., owner and manager of V.P., is
# sentenced to 5 years": the first of two roles joined by "and")
_ROLE = (r"minister|secretary|owner|founder|director|manager|mayor|governor|president|chairman|chairwoman|chair|"
         r"ceo|chief|executive|official|officer|commander|general|colonel|senator|deputy|lawmaker|mp|judge|"
         r"businessman|businesswoman|tycoon|accountant|treasurer|head|leader|boss|priest|doctor|nurse|teacher|"
         r"coach|driver|pilot|captain|guard|soldier|policeman|constable|journalist|activist|blogger|rapper|singer")
_ROLE_RE = re.compile(rf"\b({_ROLE})s?\b(?:\s+and\s+(?:{_ROLE})\b)?")
# a term asked for, not handed down: "prosecutors had sought 10 years", "who had asked for 12 years"
_TERM_SOUGHT = re.compile(r"\b(?:sought|seeking|seeks?|requested|request(?:ing|s)?|asked\s+for|asking\s+for|"
                          r"demanded|demanding|wanted|called\s+for)\s+"
                          r"(?:an?\s+(?:total|(?:prison\s+|jail\s+)?(?:term|sentence))\s+of\s+)?$")


def _whose_term(low: str, span: tuple[int, int]) -> tuple[str, str]:
    """("sentence", whose) for a term handed down, ("sentence sought", "time") for one asked for."""
    if _TERM_SOUGHT.search(low[max(0, span[0] - 30):span[0]]):
        return "sentence sought", "time"
    roles = list(_ROLE_RE.finditer(low, 0, span[0]))
    return "sentence", roles[-1].group(1) if roles else "time"


# a shutdown that lasted, told as its clause's subject: "the closure between Balladonia and Caiguna lasted 14 and a half
# hours" ("the protest that forced the closure of the bridge lasted nine hours" is the protest's span)
SHUTDOWN_NOUNS = r"suspension|closure|shutdown|stoppage|interruption"
_SHUT_LASTED = re.compile(r"(?:^|[,;:]\s*|\bsaid\s+(?:that\s+)?)(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:" + SHUTDOWN_NOUNS + r")"
                          r"(?:\s+(?:of|on|between|along|at)\s+[^.,;]{0,45}?)?\s+(?:lasted|lasting)\s+(?:for\s+)?"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+|only\s+)?$")


# what a race time is the time of: the record that stood before the race, a split on the way, a place behind the
# winner, or the finish (the winner's, or a new record set by winning); a women's race is timed apart from the men's
_OLD_RECORD_BEFORE = re.compile(r"\b(?:previous|old|former|existing|standing)\s+(?:[\w-]+\s+){0,2}?(?:record|mark)\b"
                                r"[^.;:]{0,25}$", re.I)
_SPLIT_BEFORE = re.compile(r"\b(?:half-?way|split|\d+\s?(?:km|k|kilometres?|miles?)(?:\s+mark)?)\b[^.;:]{0,25}$", re.I)
_PLACE_BEFORE = re.compile(r"\b(second|third|fourth|fifth|runner-up|runners-up|\d+(?:st|nd|rd|th))\b[^.;:]{0,25}$",
                           re.I)
_WOMENS = re.compile(r"\b(?:women(?:['’]s)?|woman|female)\b", re.I)


def _race_time_of(sentence: str, v_start: int) -> str:
    """"record", "split", "second place"... or "finish", after "women's " when the figure's clause speaks of women:
    "won the women's race in 2:23:18", "the previous course record, 2:07:33", "went through halfway in 1:03:40",
    "Cheruiyot was second in 2:09:30"."""
    before = sentence[max(0, v_start - 60):v_start]
    clause = before + re.split(r"[,;.]", sentence[v_start:], maxsplit=1)[0]
    place = _PLACE_BEFORE.search(before)
    part = "record" if _OLD_RECORD_BEFORE.search(before) else "split" if _SPLIT_BEFORE.search(before) else \
        f"{place.group(1).lower().replace('runners-up', 'runner-up')} place" if place else "finish"
    return ("women's " if _WOMENS.search(clause) else "") + part


def _measurement(v: Value, unit: str, sentence: str, pos: int, article_text: str) -> tuple[str, str] | None:
    """(quantity, what) when the figure reads a measurement; None for counts and amounts."""
    if not unit:
        return None
    if unit in _TOOK_UNITS and RACE_TIME_RE.fullmatch(v.text or ""):
        # a race time, whatever the verb ("won in", "finished in", "a winning time of"); a record that stood before
        # the race is the record of any span ("the previous record of 44 days")
        part = _race_time_of(sentence, (_value_span(v, sentence) or (pos, pos))[0])
        return ("record", part.replace("record", "time")) if part.endswith("record") else ("race time", part)
    low = sentence.lower()
    if unit in _TOOK_UNITS or unit in _DELAY_UNITS:
        span = _value_span(v, sentence)
        if span and span_kind(low, *span) == "sentence":
            return _whose_term(low, span)
    if unit in _TOOK_UNITS or unit in _DELAY_UNITS:
        span = _value_span(v, sentence)
        told = span_kind(low, *span) if span else ""
        if told in _SPAN_QUESTIONS and (unit in _TOOK_UNITS or told == "delay" or
                                        (told, unit) == ("duration", "months")):  # "took two months of weaving"
            if told == "duration" and _SHUT_LASTED.search(low, max(0, span[0] - 80), span[0]):
                return "stopped", "time"  # "the closure between the two towns lasted 14 hours": how long it was shut
            return told, "time"  # how long it took, the record, the margin, how late: questions of one story
        if told == "waiting" and unit != "years":
            # "the average waiting time was 6.2 days"; the longest wait ("have waited as long as three weeks") is
            # another question
            return "waiting", "longest" if _LONGEST.search(low[max(0, span[0] - 20):span[0]]) else "time"
    lo, hi = max(0, pos - 70), pos + 70
    clause = low[lo:hi]
    own_start = max(0, low.rfind(",", 0, max(0, pos - 5)) + 1)  # the figure's own clause starts after a comma
    if unit in LENGTH_UNITS:
        span = _value_span(v, sentence)
        if span and _zone_radius(low, span):
            return "radius", "zone"
        before = low[max(0, span[0] - 60):span[0]] if span else ""
        if span and _ELEVATION_BEFORE.search(before) and _UNDER_WATER.search(low):
            # "divers located the damaged section lying at 64 metres": how deep it lies under water
            return "depth", _story_event(sentence, pos, article_text)
        if span and (_ELEVATION_AFTER.match(low, span[1]) or _ELEVATION_BEFORE.search(before)):
            return "elevation", "place"
        height_of = (_HEIGHT_OF_PLACE.match(low, span[1]) or _PLACE_AT.search(before)) \
            if span and unit in ("m", "ft") else None
        if height_of:
            # "the 20,310-foot summit", "a 6,194-metre peak", "the 17,200-foot high camp", "a camp at 5,400 metres":
            # how high a place on the mountain lies
            place = re.sub(r"\s+", " ", height_of.group(1))
            return "elevation", place if "camp" in place else "summit"
        if span and (_DRAUGHT.search(before) or _DRAUGHT_CHANGED.search(low, max(0, span[0] - 140), span[0])):
            return "draught", "vessel"  # "a maximum draft of 44 feet", "draught of 13.41 m": how deep ships may sit
        if span and (_WATER_STOOD.search(before) or _WATER_LEVEL_OF.search(before) and _WATER_BODY.search(low)):
            return "water level", "water"  # "Gatun Lake stood at 79.6 feet", "a normal level for March of 84.5 feet"
        if span and _DIVED_TO.search(before):
            return "depth", "dive"  # "dived the sump to 37 metres": how deep a diver went, not how deep the site is
        if span and (_ALTITUDE.search(before) or _ALTITUDE_READ.search(before) or
                     _ALTITUDE_REACHED.search(before)):
            return "altitude", "aircraft"
        if span and _ORBIT_AFTER.match(low, span[1]):
            return "altitude", "orbit"
        if span and _ALTITUDE_AFTER.match(low, span[1]) and not re.search(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", before):
            # "dropped from at least 50 metres up" is the height of a fall
            return "altitude", _story_event(sentence, pos, article_text)
        if span and _AWAY.match(low, span[1]) and _SENSED.search(low):
            return "distance", "sensed"  # how far off it was noticed: one question of the story's reach
        if span and _DEPTH_AFTER.match(low, span[1]):
            # "some 11 m down", "11 metres (36 feet) below the summit": how deep it lies
            return "depth", _story_event(sentence, pos, article_text)
        if span and _INSIDE_ZONE.match(low, span[1]):
            return "distance", "inside"  # "some 60 nautical miles inside the reserve", "3 km into its airspace"
        if span and (_SHORTENED_BY.search(before) or _SAVES_DISTANCE.search(before) and not
                     re.match(r"\s+(?:of|long|wide|deep|high|away|from|north|south|east|west)\b", low[span[1]:]) or
                     _CUTS_DISTANCE.search(before) and re.match(r"\s+off\b", low[span[1]:])):
            return "distance", "saved"  # "shortens the journey by 400 km", "saves about 1,000 km", "cuts 600 miles off"
        if span:
            target = _distance(low, span[1])
            if target:
                return "distance", target
            along = _LENGTH_OF.match(low, span[1])
            if along:
                # "more than 40 kilometres of the island's coastline", "12 km of road": a stretch of that, not the
                # length of the slick or the path
                return "length", "coast" if along.group(1).startswith(("coast", "shore", "beach")) else along.group(1)
            stuff = _LENGTH_OF_STUFF.match(low, span[1])
            if stuff and not _WITHIN.search(before) and stuff.group(1) not in _NOT_STUFF and \
                    sentence[stuff.start(1)].islower():
                # "of cave passages", "of fibre-optic cable": the second word is the head after a modifier, not
                # after a plural noun ("of tunnels beneath") or before a verb ("of tunnel run under")
                first, second = stuff.group(1), stuff.group(2) or ""
                two = second not in _NOT_STUFF and (
                    second.endswith("s") and not first.endswith("s") or "-" in first or
                    first.endswith(("ic", "al", "ous", "ive")))
                return "length", _sing(second if two else first)
            route = _ROUTE_AFTER.match(low, span[1]) or _ROUTE_MEASURED.search(before)
            if route:
                # "the 178 km stage", "a 192 km mountain stage", "the course stretches 42 km": how long the route
                return "length", route.group(1)
            said = _DIMENSION_AFTER.match(low, span[1])
            if said:
                # "90 metres long", "1,100 yards wide": the word after the figure says what it measures
                what = _rising(low[own_start:span[1]]) if _DIMENSIONS[said.group(1)] == "height" else ""
                return _DIMENSIONS[said.group(1)], what or _story_event(sentence, pos, article_text)
        # a dimension's word is in the figure's own clause: "travelled 20 miles on the ground and was 1,100
        # yards wide" has a length and a width
        c_lo = max([lo] + [m.end() for m in _CLAUSE_CUT.finditer(low, lo, pos)])
        c_hi = min([hi] + [m.start() for m in _CLAUSE_CUT.finditer(low, pos, hi)])
        clause = low[c_lo:c_hi]
    for quantity, units, cue in _READINGS:
        if unit not in units:
            continue
        window = clause if units is LENGTH_UNITS else low[lo:hi]
        if quantity == "drift" and re.search(r"\btravell?ed\b|\bcovered\b|\bmoved\b", clause):
            window = low  # "the ship drifted for seven hours ... and travelled about 16 miles": how far it drifted
        if cue is not None and not cue.search(window) and not (quantity == "temperature" and unit in ("°c", "°f")):
            continue  # a figure in degrees Celsius or Fahrenheit is a temperature whatever is near it
        if quantity == "interest rate":
            return quantity, "rate"
        if quantity == "rate change":
            return "change", "interest rate"
        if quantity == "radiation":
            span = _value_span(v, sentence)
            rate = _PER_TIME.match(low, span[1] if span else pos)
            return ("dose rate", "source") if rate else ("dose", "people")
        if quantity == "activity":
            return quantity, "source"
        if quantity == "concentration":
            return quantity, _concentration_what(low, pos, _value_span(v, sentence))
        if quantity == "power":
            span = _value_span(v, sentence)
            if span and (_RATED_THING.match(low, span[1]) or re.match(r"[ -](?-i:[A-Z][a-z])", sentence[span[1]:])):
                return quantity, "capacity"  # what the thing can carry or make, not what it did at one moment
            return quantity, _power_what(low, pos)
        if quantity == "energy":
            span = _value_span(v, sentence)
            per = re.match(r"\s*(?:/|per\b|a\b|an\b|each\b|for\s+(?:each|every)\b)", low[span[1] if span else pos:])
            return quantity, "per unit" if per else _power_what(low, pos)
        if quantity == "data rate":
            return quantity, "network"
        if quantity in ("magnetic field", "current"):
            return quantity, "machine"
        at = (_value_span(v, sentence) or (pos, pos))[0]  # from the figure's first word, not its middle
        if quantity == "temperature" and _ANOMALY.match(re.sub(r"^[\d.,\s]+", "", re.split(r"degrees?|°", low[at:at + 60], maxsplit=1)[-1])):
            return quantity, "anomaly"  # "4 to 6 degrees above normal": a departure from normal, not a reading
        if quantity == "temperature":
            lead_in = low[max(0, at - 60):at]
            if _DESIGNED_FOR.search(lead_in):
                return quantity, "design"
            if _KEPT_AS_A_RULE.search(lead_in):
                return quantity, "normal"
        if quantity == "wind speed":
            # "sustained winds of 185 km/h and gusts of up to 230 km/h": the last of the two words
            # before the figure says which; a gust and a sustained wind are different readings
            said = re.findall(r"\b(gust|wind)", low[max(0, pos - 45):pos])
            return quantity, "gusts" if (said[-1:] or re.findall(r"\b(gust|wind)", low[lo:hi])[:1]) == ["gust"] else "weather"
        if quantity == "speed":
            span = _value_span(v, sentence)
            end = span[1] if span else pos
            limit = re.search(r"\b(?:limit|restriction|maximum|allowed)\b[^.;,]{0,20}$", low[max(0, end - 45):end]) or \
                re.match(r"\s*(?:\([^)]*\)\s*)?(?:speed\s+)?(?:limit|restriction|curve|zone|section)\b", low[end:])
            return quantity, "limit" if limit else "vehicle"
        if quantity == "area":
            return quantity, _story_event(sentence, pos, article_text)
        if quantity in ("temperature", "rainfall", "water level"):
            return quantity, "weather" if quantity != "water level" else "water"
        # magnitude and depth belong to the event: the main shock, unless an aftershock is named
        # in the figure's clause
        clause = low[own_start:pos + 40]
        # "the main shock measured 5.9 and that more than 60 aftershocks had been recorded": the next proposition's
        # aftershocks are not this figure's
        own = low[own_start:pos] + re.split(r",|;|\band\b", low[pos:pos + 40], maxsplit=1)[0]
        main = re.search(r"\b(?:main|first|initial) (?:quake|shock|earthquake)", low)
        if _SUB_EVENT.search(own if main else clause) or (quantity == "magnitude" and _SUB_EVENT.search(low)
                                                          and not main):
            return quantity, "aftershock"
        if quantity == "magnitude":
            return quantity, "earthquake"  # in the news only earthquakes have a magnitude
        if quantity == "radius":
            return quantity, "zone"  # the zone is the story's, whatever is near it or the story is called
        if quantity == "fall":
            return quantity, "event"  # how far it fell: the story's one fall, however a report names the crash
        rising = _rising(clause) if quantity == "height" else ""
        if rising:
            return quantity, rising
        event = _story_event(sentence, pos, article_text)
        return quantity, event
    return None


# a concentration that is a rule, not a reading: "permits 1.5 mg/l", "the WHO guideline of 15 µg/m³", "a limit of
# 0.5 mg/l"; an average over a day or a year is its own reading
_LIMIT_BEFORE = re.compile(r"\b(?:limits?|permit\w*|allow\w*|permissible|standards?|guidelines?|norms?|thresholds?|"
                           r"maximum|safe\s+(?:level|limit)s?)\b[^.;,]{0,40}$")
_LIMIT_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[a-z]+\s+){0,2}(?:limits?|standards?|guidelines?|norms?|thresholds?|"
                          r"maximum)\b")
_AVERAGE = re.compile(r"\b(?:average\w*|mean|daily\s+mean|annual)\b[^.;,]{0,40}$")


def _concentration_what(low: str, pos: int, span: tuple[int, int] | None) -> str:
    """Whether a concentration is a limit, an average or a reading (a sample, a peak)."""
    start, end = span or (pos, pos)
    before = low[max(0, start - 60):start]
    if _LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(low, end):
        return "limit"
    if _AVERAGE.search(before):
        return "average"
    return "reading"


def _rising(clause: str) -> str:
    """What rose in a height's clause, "" if nothing named: an eruption's ash, a fire's flames, a flood's water.
    How high the ash went is one question however the story's event is named."""
    m = _RISING.search(clause)
    return _RISING_WHAT.get(m.group(1), m.group(1)) if m else ""


# what rises in a story, in the figure's clause: an eruption's ash, a fire's flames, a flood's water
_RISING = re.compile(r"\b(ash|smoke|steam|flames?|plumes?|waves?|water|floodwaters?|mud)\b")
_RISING_WHAT = {"plume": "ash", "plumes": "ash", "steam": "ash", "flame": "flames", "wave": "water", "waves": "water",
                "floodwater": "water", "floodwaters": "water", "mud": "water"}


_SETTLEMENT_OF = re.compile(
    r"\b(?:a|the|this|its)\s+(?:\w+\s+)?(?:town|city|village|country|nation|community|district|island|region|"
    r"province|state|municipality|settlement|capital|port|suburb|county)\s+of\s+(?:about|some|around|roughly|nearly|"
    r"almost|more than|over|just over|just under|fewer than|less than|under|approximately)?\s*$|"
    r"\b(?:home to|population(?: [^.;]{0,70}?)? (?:of|is|was|stands at|stood at|at|to|reached|totals|totalled|numbers|"
    r"numbered))\s+"
    r"[\"“‘']?(?:about|some|around|roughly|nearly|almost|more than|over|just over|just under|at least|"
    r"approximately|an estimated)?\s*$")
# "the region has more than 400,000 people", "the 2011 census counted 7.3 million people": how many live there when
# nothing befalls them in the sentence
_PLACE_HAS = re.compile(
    r"\b(?:town|city|village|country|nation|island|region|province|state|municipality|capital|county|census)"
    r"(?:,\s+[^,;]{3,60},)?\s+(?:now\s+)?(?:has|had|have|counts|counted|numbers|numbered|found|recorded)\s+"
    r"(?:about|some|around|roughly|"
    r"nearly|almost|more than|over|just over|just under|fewer than|less than|approximately|an estimated)?\s*$")


def roll_of(v: Value, sentence: str) -> str:
    """Who an institution has, "" when the figure is not that: "the school has about 1,400 students"
    ("students"), "Los Almendros holds about 4,300 inmates" ("inmates"), "the firm employs 1,200 staff". How
    many it has is its own question, never how many something happened to, nor a town's population. Whoever
    is employed, hired or runs a place is its staff, however named ("will employ 35 Namibians", "run by 45 AICV
    employees", "about 60 local staff", "creates some 300 jobs")."""
    span = _value_span(v, sentence)
    if span is None:
        return ""
    low = sentence.lower()
    lead = low[max(0, span[0] - 60):span[0]]
    if _EMPLOYS.search(lead) and _EMPLOYED.match(low, span[1]) and not _WHOLE_TRADE.search(lead):
        return "staff"
    if _BODY_HAS.search(lead) and re.match(r"\s*(?:[a-z'’-]+\s+)?members\b", low[span[1]:]) or \
            _MEMBERSHIP_OF.search(lead):
        return "members"
    noun = re.match(r"\s*(students|pupils|learners|employees|staff|workers|members|inmates|prisoners|patients|beds)\b",
                    low[span[1]:])
    if noun and (_INSTITUTION_HAS.search(lead) or
                 re.search(r"\b(?:holds|houses|housed|employs|employed|for)\s+(?:about|some|around|roughly|nearly|"
                           r"almost|more than|over|approximately)?\s*$", lead)):
        return {"pupils": "students", "learners": "students", "prisoners": "inmates", "employees": "staff",
                "workers": "staff"}.get(noun.group(1), noun.group(1))
    if _WORKED_AT.match(low, span[1]) and not _JOB_LOSS.search(low):
        return "staff"  # "about 50 technicians worked at Noblejas": who works at a place is its staff
    kin = _KIN_AFTER.match(low, span[1])
    # "her two children died", "were taken to hospital": what befell them
    acted = kin and (VERB_NEXT.match(low, kin.end()) or re.match(r"\s+(?:died|dies|die|perished)\b", low[kin.end():]))
    if kin and (not acted or re.match(r"\s+(?:were|was)\s+(?:all\s+)?born\b", low[kin.end():])) and \
            (_KIN_LEAD.search(lead) or len(set(_KIN_COUNTED.findall(low))) > 1 or kin.group(1) in _KIN_ONLY) and \
            own_verb(sentence, *span) in ("", "born") and not _KIN_HARMED.search(low):
        # "she had eleven children", "her nine children were all born there", "nine children, 31 grandchildren and
        # 64 great-grandchildren": who a family has, not what befell them
        return _KIN_NOUNS.get(kin.group(1), kin.group(1))
    staff = _WORKFORCE.match(low, span[1])
    if not staff or VERB_NEXT.match(low, staff.end()) or _JOB_LOSS.search(low) or own_verb(sentence, *span):
        return ""  # "45 employees were tested", "31 employees and contractors were on site": what befell them
    return "staff"


# a family's children and their children, counted: "had eleven children", "her 31 grandchildren", "survived by
# three sons", "a mother of nine children"
_KIN = r"(children|sons|daughters|grandchildren|grandsons|granddaughters|great-grandchildren|" \
       r"great-great-grandchildren|" \
       r"descendants|siblings|brothers|sisters)"
_KIN_NOUNS = {"grandsons": "grandchildren", "granddaughters": "grandchildren"}
# kin that only a family counts, whatever the words before ("the family now counts 118 descendants")
_KIN_ONLY = {"grandchildren", "great-grandchildren", "great-great-grandchildren", "descendants"}
# ... and what befalls children in a disaster is no family's count ("a mother and her three children were killed")
_KIN_HARMED = re.compile(r"\b(?:killed|injured|hurt|missing|rescued|trapped|wounded|drowned|evacuated|hospitali[sz]ed|"
                         r"orphaned|abducted|kidnapped|arrested|charged|detained|swept|dead|ill|sick|condition|"
                         r"among\s+the\s+dead)\b")
_KIN_AFTER = re.compile(r"\s+(?:surviving\s+|living\s+|adult\s+)?" + _KIN + r"\b")
_KIN_COUNTED = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[\d,]*\s+"
                          r"(?:surviving\s+|living\s+)?" + _KIN + r"\b")
_KIN_LEAD = re.compile(r"\b(?:had|has|have|having|raised|her|his|their|(?:mother|father|parents?)\s+of|survived\s+by|"
                       r"leaves|gave\s+birth\s+to)\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$")
# people who work at a place ("about 50 technicians worked at the site"; not "were working at the mine when it
# collapsed", who were there)
_WORKED_AT = re.compile(r"(?:\s*(?:[a-z-]+\s+){0,2}?(?:technicians|engineers|employees|staff|workers|people|nurses|"
                        r"doctors|teachers|miners|rangers|scientists|researchers)\s+(?:still\s+|actually\s+|now\s+)?"
                        r"(?:work|worked)\s+(?:at|in|for)\b|"
                        # ... and who work on a machine or a project now ("430 scientists work on MIRAE-2"; "50
                        # engineers worked on the pump" is a task done)
                        r"\s*(?:[a-z-]+\s+){0,2}?(?:engineers|staff|workers|people|scientists|researchers|"
                        r"technicians)\s+"
                        r"(?:still\s+|actually\s+|now\s+)?work\s+on\b)"
                        r"(?![^.;,]{0,60}\b(?:when|as|while|during|until)\b)")
# a union's or an association's membership: "the union, which has 12,000 members", "a membership of 3,000" (those
# it "represents" are counted by their own noun: "represents about 27,000 bakeries")
_BODY_HAS = re.compile(r"\b(?:union|association|federation|guild|co-?operative|club|party|syndicate|confederation|"
                       r"society|league|chamber)\b[^.;:]{0,40}?\b(?:has|had|counts|counted|claims|claimed|boasts|with)"
                       r"\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|approximately)\s+)?$")
_MEMBERSHIP_OF = re.compile(r"\bmembership\s+(?:of|stands\s+at|stood\s+at|is|was|totals|totalled|totaled)\s+"
                            r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|approximately)\s+)?$")
_ABOUT = r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|over|just\s+over|just\s+under|fewer\s+than|" \
         r"less\s+than|up\s+to|at\s+least|approximately|an\s+estimated|only|just)\s+)*"
# a verb that gives people work: whoever it is said of is the staff ("employs about 2,100 people", "will employ 35
# Namibians", "the plant will be run by 45 AICV employees", "hired 300 locals")
_EMPLOYS = re.compile(r"\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|run\s+by|staffed\s+by|"
                      r"operated\s+by|workforce\s+of|staff\s+of)\s+" + _ABOUT + r"$")
_EMPLOYED = re.compile(r"\s*(?:[a-z'’-]+\s+){0,2}?(?:people|persons|staff|staffers|employees|workers|locals|"
                       r"[a-z]+(?:ians|eans|ese|anis|is|ans))\b")
# a whole trade employs no staff of one place: "The German car industry employs about 770,000 people"
_WHOLE_TRADE = re.compile(r"\b(?:industry|industries|sector|economy|trade|nationwide|countrywide)\b")
# staff named by what they are, with a word or two before the noun: "45 permanent staff", "about 60 local staff",
# "45 AICV employees", "more than 2,600 workers at the company" (jobs created are a count of their own)
_WORKFORCE = re.compile(r"\s*(?:[a-z'’-]+\s+){0,2}?(?:staff|staffers|employees)\b|"
                        r"\s*workers\s+(?:at|in|on)\s+(?:the\s+)?(?:company|firm|plant|factory|mine|site|group|"
                        r"observatory|port|terminal)\b")
# a verb after a counted noun: the people are the subject of what the sentence tells ("were on site", "stayed
# there", "came on Saturday"), not merely counted
VERB_NEXT = re.compile(r"(?:\s+and\s+[a-z]+)?\s+(?:who\s+|that\s+)?(?:had|have|has|were|was|are|is|will|would|could|"
                       r"may|might|can|did|do|does|came|come|comes|went|go|goes|left|leave|remain\w*|stay\w*|"
                       r"live[sd]?|spent|took|take|got|get|[a-z]{3,}ed)\b")
_JOB_LOSS = re.compile(r"\b(?:cut|cuts|cutting|axe[sd]?|shed|sheds|shedding|lay(?:s|ing)?\s+off|laid\s+off|lost|lose|"
                       r"loses|losing|redundan\w*|layoffs?|furlough\w*|strike|striking|walked\s+out|evacuated|"
                       r"trapped|killed|injured|hurt|missing|rescued|sick|died|dead)\b")


_INSTITUTION_HAS = re.compile(
    r"\b(?:school|university|college|academy|company|firm|factory|plant|hospital|prison|jail|camp|home|centre|"
    r"center|facility|mine)\s+(?:has|had|employs|employed|houses|housed|holds|held|enrols|enrolls|enrolled|counts)\s+"
    r"(?:about|some|around|roughly|nearly|almost|more than|over|just over|approximately)?\s*$")
# how many lived in a place, told by who they are or by where they lived: "The occupants numbered fewer than 3,000
# people", "more than 12,000 people from about 3,100 families lived in the bosti"
_OCCUPANTS_NUMBERED = re.compile(r"\b(?:occupants|residents|inhabitants|dwellers|population)\s+(?:numbered|number|"
                                 r"totall?ed|totals?|stood\s+at|was)\s+(?:about\s+|some\s+|around\s+|roughly\s+|"
                                 r"nearly\s+|almost\s+|more\s+than\s+|over\s+|fewer\s+than\s+|less\s+than\s+|"
                                 r"under\s+)?$")
_LIVED_THERE = re.compile(r"\s*(?:people|persons|residents|inhabitants|souls)\s+(?:from\s+(?:about\s+|some\s+|"
                          r"around\s+|more\s+than\s+|nearly\s+)?[\d,]+\s+(?:families|households)\s+)?"
                          r"(?:had\s+|have\s+|has\s+)?(?:lived|live|living|resided|reside)\s+"
                          r"(?:in|on|at|along|beside)\s+"
                          r"(?:the\s|a\s|an\s|[A-Z])")
# people named after the figure, or nothing at all: "a population of 90,000.", "puts the population at 11.86 million,
# counted in July"
_DWELLERS = re.compile(r"^\s*(?:(people|persons|residents|inhabitants|souls)\b|(?=[,.;:)\"”’']|$)|"
                       r"(?:in|at|on|by|as|and|according|counted|recorded|when|with)\b)")


# a census table told as a list, up to the figure: "- Hela Province: 291,300 persons"
_CENSUS_LINE = re.compile(r"^\W*([A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,5})\s*:\s*$")
_PLACE_NOUN = r"(?:town|city|village|country|nation|island|region|province|state|municipality|capital|county|district)"
_HAS_PEOPLE = r"\s+(?:now\s+)?(?:has|had|is|was|counts|numbers)\s+(?:[a-z]+\s+){0,2}$"
_POPULATION_OF = [
    re.compile(r"\bpopulation\s+of\s+(?:the\s+)?(" + _NAME + r")"),  # "the population of Hela Province"
    re.compile(r"(" + _NAME + r")['’]s\s+(?:\w+\s+)?population\b"),  # "Bougainville's population"
    re.compile(r"(" + _NAME + r")" + _HAS_PEOPLE),  # "Bougainville has 400,000 people"
    re.compile(_PLACE_NOUN + r",\s+(" + _NAME + r")," + _HAS_PEOPLE),  # "the capital, Port Moresby, has"
    _CENSUS_LINE,
    re.compile(r"(" + _NAME + r"),\s+(?:an?|the)\s+(?:\w+\s+)?" + _PLACE_NOUN + r"\s+of\s+(?:[a-z]+\s+){0,2}$"),
    # "The Rasht valley, home to some 400,000 people", "Buvuma, which is home to about", "Gharm is home to"
    re.compile(r"(" + _NAME + r")(?:\s+(?:valley|basin|delta|plain|plateau|gorge|peninsula|coast|" + _PLACE_NOUN +
               r"))?(?:\s*,\s*(?:which|that)?|\s+)\s*(?:is|was|remains|has\s+been)?\s*home\s+to\s+(?:[a-z]+\s+){0,2}$"),
    # "Bougainville's government has long said the region has": the place the sentence named
    re.compile(r"(" + _NAME + r")['’]s\s+[^.;]*\b(?:the|its|this|that)\s+" + _PLACE_NOUN + _HAS_PEOPLE),
]
_PLACE_KIND_WORDS = {"autonomous", "region", "province", "district", "state", "county", "municipality", "city", "of",
                     "the"}
_NOT_POPULATED = {"it", "this", "that", "he", "she", "they", "the", "there", "here"}


def population_place(sentence: str, start: int) -> str | None:
    """Whose population the figure at `start` is, lower-case: "the population of Hela Province", "Bougainville
    has more than 400,000 people", "- Hela Province: 291,300 persons". A country's population is the story's own:
    "". A part named only by what it is ("his province has over 500,000 people") is that word, so it never meets
    the whole country's count. None when the words do not say whose it is."""
    lead = sentence[:start]
    for pattern in _POPULATION_OF:
        found = list(pattern.finditer(lead))
        if not found:
            continue
        name = re.sub(r"^(?:in|at|on|near)\s+", "", _clean_name(found[-1].group(1)).lower())
        if not name or name in _NOT_POPULATED:
            continue
        # "the Autonomous Region of Bougainville" and "Bougainville", "Hela Province" and "Hela"
        name = " ".join(w for w in name.split() if w not in _PLACE_KIND_WORDS) or name
        return story_place(name)
    part = re.search(r"\b(?:his|her|their|our|my|your|the|its|this|that)\s+(region|province|state|district|county|"
                     r"municipality|capital|city|town|village|island)" + _HAS_PEOPLE, lead)
    if part:
        return part.group(1)
    # the place the sentence is about: "Buvuma lies 70 kilometres east of Kampala ... and has roughly 90,000
    # residents", "In Lesznica, the town of 55,000 people downstream"
    subject = re.match(r"\W*(?:In\s+)?(" + _NAME + r")(?:,|\s+(?:lies|sits|is|was|has|had|stands)\b)", sentence)
    if subject and not re.search(r"\b(?:said|says|told|according)\b", lead):
        name = _clean_name(subject.group(1)).lower()
        if name and name not in _NOT_POPULATED:
            return story_place(name)
    return None


def story_place(name: str) -> str:
    """A place's name as a population's tag: "" for a country, whose population is the story's own."""
    return "" if name in gazetteer.ALIAS_COUNTRY or name in _COUNTRIES else name


def _is_population(v: Value, sentence: str, pos: int) -> bool:
    """Whether a figure is how many people live somewhere: "a town of about 14,000 people", "home to
    2 million", "a population of 90,000", or residents counted with nothing done to them ("it had some
    14,000 residents before the war"). A population is background, never a toll or a turnout."""
    span = _value_span(v, sentence) if _unit_class(v.unit) == "" else None
    if span is None:
        return False
    if v.subject and _subject_class(v.subject, sentence, "") not in _HUMAN_CLASSES | {"", "soul"}:
        return False  # "a population of fewer than 260 adult birds": a count of the birds
    low = sentence.lower()
    lead = low[max(0, span[0] - 110):span[0]]
    dwellers = _DWELLERS.match(low[span[1]:])
    if dwellers and not dwellers.group(1) and (_figure(v) or 0) < 1000:
        return False  # "estimated the population at fewer than 260": a colony's birds as likely as a place's people
    if _SETTLEMENT_OF.search(lead) and dwellers:
        return True
    if dwellers and (_OCCUPANTS_NUMBERED.search(lead) or (dwellers.group(1) and _LIVED_THERE.match(sentence, span[1]))):
        return True  # "the occupants numbered fewer than 3,000 people", "12,000 people from 3,100 families lived in"
    if dwellers and dwellers.group(1) in ("persons", "inhabitants", "residents") and \
            _CENSUS_LINE.fullmatch(sentence[:span[0]]):
        return True  # a census table told as a list: "- Hela Province: 291,300 persons."
    # "Lakeside has more than 700,000 people": a name that has people, when it names them
    named_has = dwellers and dwellers.group(1) and \
        re.search(r"\b[A-Z][\w'’-]+\s+(?:now\s+)?(?:has|had)\s+(?:[a-z]+\s+){0,2}$", sentence[:span[0]])
    if dwellers and (_PLACE_HAS.search(lead) or named_has) and not VERB_NEXT.match(low, span[1]) and \
            not (v.predicate and _measure(v.predicate)) and \
            not _infer_measure(re.split(r"[;:]|,\s+(?:and|but|while)\b", sentence[span[1]:])[0], 0):
        return True  # nothing befalls them in their clause
    if not (re.fullmatch(r"(?:\w+\s+)?(?:residents|inhabitants)", (v.subject or "").lower())
            and re.search(r"\b(?:had|has|have|with|of|home to|counts?|counted|numbers?)\s+$", lead)):
        return False
    measured = bool(v.predicate and _measure(v.predicate)) or bool(_infer_measure(sentence, pos))
    return not measured


_CAPACITY = re.compile(r"\b(?:(?:designed|built|meant) for|(?:licen[sc]ed|designed|built|certified|allowed|permitted|rated|meant) to (?:carry|hold|take|"
                       r"seat|accommodate|store|keep)|(?:a )?capacity (?:of|for)|can (?:carry|hold|seat|accommodate|take|store)|"
                       r"room for|seats? for)\s+(?:up to |about |around |some |more than |nearly |no more than |"
                       r"a maximum of |at most )?$")


def _is_capacity(v: Value, sentence: str) -> bool:
    """Whether a figure is how many something can hold ("licensed to carry 120 passengers", "a
    capacity of 60,000"): a limit, never how many were there."""
    span = _value_span(v, sentence)
    return bool(span) and (bool(_CAPACITY.search(sentence.lower()[max(0, span[0] - 45):span[0]])) or
                           bool(container_of(v, sentence)))


def container_of(v: Value, sentence: str) -> str:
    """The container whose size a volume is: "a 1,000-litre tank", "a 264-gallon drum", "the tank it installed
    holds about 2,200 gallons" ("tank", "drum"); "" for any other figure."""
    span = _value_span(v, sentence)
    if not span or base_unit(v.unit or "") != "m3":
        return ""
    low = sentence.lower()
    m = _CONTAINER_AFTER.match(low, span[1]) if re.search(r"-(?:litre|liter|gallon)$", v.text or "", re.I) else None
    m = m or _CONTAINER_HOLDS.search(low[max(0, span[0] - 60):span[0]])
    return _sing(m.group("box")) if m else ""


# containers whose size is told in litres or gallons; the small ones only as "a 20-litre jerrycan"
_CONTAINERS = r"tanks?|drums?|barrels?|containers?|vats?|cisterns?|reservoirs?|tankers?"
_CONTAINER_HOLDS = re.compile(r"\b(?P<box>" + _CONTAINERS + r")\b"
                              r"(?:\s+[\w'’-]+){0,3}?\s+(?:holds|can\s+hold|could\s+hold)\s+"
                              r"(?:(?:about|some|around|nearly|up\s+to|more\s+than|no\s+more\s+than)\s+)?$")
_CONTAINER_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?P<box>" + _CONTAINERS +
                              r"|bottles?|cans?|bins?|jerrycans?|canisters?|pools?)\b")


_JOBS = r"(?:jobs?|positions|posts|roles|job cuts|job losses|layoffs|lay-offs|redundancies)"
_CUT = re.compile(r"\bcut|eliminat|\blay(?:ing)? off|\blaid off|layoffs?|lay-offs?|\bshed|\baxe|\bslash|\bgo\b|"
                  r"\bgoing\b|\blost\b|\blose\b|at risk|redundan|job losses|\bscrap", re.I)


_AFFECTS = re.compile(r"\b(?:affect(?:s|ed|ing)?|concern(?:s|ed|ing)?|hits?|touch(?:es|ed)?)\s+(?:about\s+|some\s+|"
                      r"around\s+|nearly\s+|more\s+than\s+|up\s+to\s+|all\s+)?[\"“‘']?$")
# a workplace closing: "the closure", "will close the plant", "the brewery will close", layoffs
_WORKPLACE = r"(?:plant|factory|site|mine|mill|brewery|stores?|shops?|office|yard|works|branch(?:es)?|depot|warehouse)"
_CLOSURE = re.compile(r"\bclosure\b|\b" + _WORKPLACE +
                      r"\b[^.;]{0,40}\b(?:clos(?:e|es|ed|ing)|shut|wind(?:s|ing)? down)\b|"
                      r"\b(?:clos(?:e|es|ed|ing)|shut(?:ting)?\s+down|wind(?:ing)?\s+down)\s+(?:the\s+|its\s+|a\s+)?"
                      r"(?:[\w-]+\s+)?" + _WORKPLACE + r"\b|\blay-?offs?\b|\bjob\s+cuts\b|\bredundanc", re.I)


def _is_job_cut(v: Value, sentence: str, pos: int, article_text: str) -> bool:
    """Whether the figure counts jobs cut (or at risk): jobs named with the figure and a cut in the
    sentence, or "the cuts ... 1,900" in an article about job cuts."""
    if _unit_class(v.unit) != "":
        return False
    low = sentence.lower()
    end = low.find((v.text or "").lower(), max(0, pos - len(v.text or "")))
    end = (end + len(v.text)) if end >= 0 and v.text else pos
    after = low[end:end + 30]
    subj = (v.subject or "").lower()
    jobs_here = re.match(r"\s*(?:more\s+|new\s+|[a-z]{2,3}\s+)?" + _JOBS + r"\b", after) or re.search(
        r"\b" + _JOBS + r"\b", subj)
    if jobs_here and _CUT.search(low):
        return True
    # "the decision affects 1,850 employees", "the closure concerns 1,920 people": in a closure, who loses work
    start = end - len(v.text or "")
    staff = re.match(r"\s*(?:[a-z-]+\s+)?(?:employees|workers|staff|people|jobs)\b", after)
    if _AFFECTS.search(low[max(0, start - 40):start]) and staff and \
            _CLOSURE.search(low + " " + (article_text or "")[:600]):  # the sentence, or the story's head
        return True
    # "the cuts in Germany remain at 1,900", "more than half of the cuts, 1,900, will fall in Germany"
    before = low[max(0, pos - 60):pos]
    return bool(re.search(r"\b(?:job )?cuts\b", before) and not re.match(r"\s*(?:[a-z]+\s+){0,2}(?:people|workers)",
                                                                        after)
                and re.search(r"\bjobs?\b", article_text or low) and _unit_class(v.unit) == "")


_WORLD = re.compile(r"^[^,;]{0,25}?\b(?:worldwide|world-wide|globally|around the (?:world|globe)|across the (?:world|"
                    r"globe|group)|across (?:its|the company's) (?:global )?operations)\b", re.I)
_TAIL_PLACE = re.compile(r"^,?\s*(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?(" + _NAME + ")")


def _figure_where(sentence: str, pos: int, v: Value) -> "_Where | None":
    """Where the words right after the figure place it: "3,500 jobs worldwide" (the whole world,
    whatever else the sentence names), "1,900 in Germany", "400 UK jobs". None when they say nothing."""
    text = v.text or ""
    i = sentence.find(text, max(0, pos - len(text))) if text else -1
    end = i + len(text) if i >= 0 else pos
    tail = sentence[end:end + 60]
    if _WORLD.search(tail):
        return _Where((), "world", pos)
    m = _TAIL_PLACE.match(tail)
    if m:
        name = _clean_name(m.group(1))
        if name:
            return _Where(((name, _level(name, None), end + m.start(1)),), "", pos)
    m = re.match(r"\s+([A-Z][A-Za-z.]+)\s+" + _JOBS, tail)
    if m and m.group(1).lower().strip(".") in _COUNTRIES | {"uk", "us", "eu"}:
        name = m.group(1).lower().strip(".")
        return _Where(((name, "country", end),), "", pos)
    return None


_ACTOR = re.compile(r"([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)\s+(?:said\s+(?:\w+\s+){0,3}?(?:it|they)\s+)?"
                    r"(?:(?:plans|planned|intends|intended|wants|aims|is set|was set|has decided|decided|is going|"
                    r"will|would|could|is to|has|had|is|was|also)\s+)?(?:to\s+)?(?:cut|cuts|cutting|eliminate|"
                    r"shed|axe|slash|lay off)\b")


def _actor(sentence: str, pos: int) -> str:
    """The organisation the sentence says does it, when named right before the verb ("ZF plans to cut
    up to 14,000 jobs"): lower-case first word, "" when none."""
    start = max(sentence.rfind(";", 0, pos), sentence.rfind(" while ", 0, pos), sentence.rfind(", and ", 0, pos))
    found = ""
    for m in _ACTOR.finditer(sentence, max(0, start), pos):
        words = [w for w in m.group(1).split() if w.lower() not in ("the", "a", "an", "it", "they", "he", "she")]
        if words:
            found = words[0].lower().strip(".")
    return found


_TOLL = re.compile(r"\b(?:death|casualty|fatality)?\s*tolls?\b(?![^.;]*\b(?:said|says)\b)", re.I)
_CLAUSE_END = re.compile(r",|;|\s(?:as|while|after|when|but|because|since|and then)\s|\s[-–—]\s")



# ------------------------------------------------------------------------------ ballots, money, shares

_BALLOT_CUE = re.compile(r"\bvot(?:e|es|ed|ers?|ing)\b|\bballots?\b|\bprecincts?\b|\bturnout\b|\bpolls?\b|"
                         r"\belect(?:ion|ions|oral|ed)\b|\bcandidates?\b", re.I)
_CAND_STOP = {"with", "the", "a", "an", "in", "on", "at", "according", "after", "before", "by", "of", "and", "but",
              "mr", "mrs", "ms", "dr", "mayor", "challenger", "incumbent", "governor", "senator", "president", "that",
              "this", "it", "he", "she", "they", "on", "election", "when", "as", "while", "or", "board", "county",
              "unofficial", "official", "final", "results", "overall", "under", "if", "once", "nearly", "about",
              "some", "almost", "more", "less", "just"} | {m.lower() for m in (
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun "
    "Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()}
_SIDE_SPLIT = re.compile(r";|\b(?:to|against|versus|vs\.?|while|whereas|compared with|and|but)\s+(?=[A-Z])")


def _candidate_before(sentence: str, pos: int) -> str:
    """The candidate or party a vote count or share is about: the last name before the figure in its own
    side of the sentence ("Ortega had 126,410 votes, or 50.4%, to Whitfield's 124,394": Ortega, then
    Whitfield). "" when no name is there."""
    seg = sentence[:pos]
    cuts = list(_SIDE_SPLIT.finditer(seg))
    if cuts:
        seg = seg[cuts[-1].end():]
    names = [m for m in re.finditer(r"\b([A-Z][A-Za-z\-]+)(?:['’]s)?\b", seg)
             if m.group(1).lower() not in _CAND_STOP]
    if not names:
        return ""
    name = names[-1].group(1).lower()
    if _COUNTRIES and name in _COUNTRIES:
        return ""
    return name


def _candidate_after(sentence: str, end: int) -> str:
    """"50.2% of the vote against 49.8% for the incumbent, Dana Whitfield": the name after "for"."""
    m = re.match(r"\s*(?:of the (?:vote|ballots)\s+|votes?\s+)?for\s+(?:(?:the|a|an)\s+)?(?:[a-z\-]+,?\s+){0,3}((?:[A-Z][\w\-]+\s+)*"
                 r"[A-Z][\w\-]+)", sentence[end:end + 70])
    if not m:
        return ""
    name = m.group(1).split()[-1].lower()
    return "" if name in _CAND_STOP else name


_PARTY_WORDS = {"party", "alliance", "movement", "front", "congress", "union", "coalition", "league", "democrats",
                "republicans", "bloc", "council", "commission", "ruling", "opposition", "governing", "candidate"}


@functools.lru_cache(maxsize=256)  # keyed on an article's text: a few articles' worth, not the whole desk's
def _candidate_of_party(party: str, article_text: str) -> str:
    """The surname of the candidate a party's name or initials stand for in one article ("Samuel Wambura of the
    ruling United People's Party (UPP)", "Grace Nyamweya (DRA)", "the UPP candidate, Samuel Wambura"), ""
    when the article does not pair them. A vote count written against the party and one against the
    candidate are then one count."""
    p = re.escape(party)
    if not re.search(rf"\({p}\)|\b{p}(?:['’]s)?\s+(?:candidate|nominee)\b", article_text):
        return ""  # a person's name, not a party's
    seen: dict[str, int] = {}
    for rx in (rf"\b([a-z][a-z\-]+)\s+\({p}\)",
               rf"\b([a-z][a-z\-]+),?\s+(?:of|from)\s+the\s+(?:[a-z'’\-]+\s+){{0,5}}?(?:\({p}\)|{p}\b)",
               rf"\b{p}(?:['’]s)?\s+(?:candidate|nominee|leader|contender)\s*,?\s+(?:[a-z\-]+\s+)?([a-z][a-z\-]+)"):
        for m in re.finditer(rx, article_text):
            name = m.group(1)
            if name not in _PARTY_WORDS and name not in _CAND_STOP and name != party:
                seen[name] = seen.get(name, 0) + 1
    return max(seen, key=seen.get) if seen else ""


# the side a vote on a motion is cast on, right after its figure: "17 votes in favour", "13 members voted against",
# "17 of the 31 members voting yes", "16 valid votes were cast for the licence", "two abstentions" (not "votes for
# Ortega": a candidate's votes)
_VOTE_SIDE = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:\d+\s+)?)?(?:(?:valid|[a-z]+-?seat)\s+)?"
                        r"(?:(?:votes?|ballots?|members?|mps|deputies|lawmakers|legislators|senators|councillors|"
                        r"councilors|delegates|shareholders)\s+)?(?:(?:were|was|had been|have been)\s+)?(?:cast\s+)?"
                        r"(?:(?:voting|voted|votes?)\s+)?"
                        r"(in favou?r|for(?=\s+(?:the|a|an|it|this|that|and|[a-z]+ing)\b|[,;.]|$)|yes\b|"
                        r"against\b(?!\s+(?:\d|[A-Z]|the\s+\d|(?:some|about|just)\s+\d))|"
                        r"no\b(?!\s+(?:longer|more|one|other))|abstentions?\b|abstain(?:ed|ing)?\b)")
# ... and a side people voted for in a referendum: "14,220 people voted yes"
_PEOPLE_VOTED_SIDE = re.compile(r"\s*(?:people|voters|residents|citizens|electors)\s+voted\s+(yes|no)\b")
_SIDES = {"in": "for", "yes": "for", "no": "against", "abstention": "abstained", "abstentions": "abstained",
          "abstain": "abstained", "abstaining": "abstained"}


_TABLE_ROWS = (
    (r"(?:registered|eligible|enrolled)\s+voters|electors|electorate|voters\s+registered", ("electorate", "voters")),
    (r"(?:total\s+)?(?:votes|ballots)(?:\s+cast)?|total", ("cast", "ballots")),
    (r"valid\s+(?:votes|ballots)", ("valid", "ballots")),
    (r"turnout|participation", ("turnout", "crowd")),
    (r"blank(?:\s+(?:votes|ballots))?", ("ballots", "blank")),
    (r"(?:null|void|spoil(?:ed|t)|invalid|rejected)(?:\s+(?:votes|ballots))?", ("ballots rejected", "ballots")),
    (r"abstentions?", ("votes", "abstained")),
    (r"majority|margin|lead", ("lead", "votes")),
    (r"yes|for|in\s+favou?r|approve|approved", ("votes", "for")),
    (r"no|against|reject", ("votes", "against")),
)
# a results table's rows that name no candidate
_NOT_CANDIDATES = {"seats", "precincts", "counted", "reporting", "attendance", "employees", "population", "area",
                   "polls", "stations", "tables", "count", "result", "results", "winner", "quota"}
# a count of those who may vote, right after its figure: "some 118,000 registered voters", "125,000 eligible voters"
_ELECTORATE_AFTER = re.compile(r"\s*(?:registered|eligible|enrolled)\s+(?:voters|electors)\b|"
                               r"\s*(?:voters|electors)\s+(?:registered|on\s+the\s+(?:roll|register|rolls))\b|"
                               r"\s*(?:people|citizens|residents)\s+(?:are|were)\s+(?:registered|eligible)\s+"
                               r"to\s+vote\b(?!\s+for\s+the\s+first)")
_VOTED_AFTER = re.compile(r"\s+(?:had\s+|have\s+)?(?:cast|voted|turned\s+out|took\s+part|went\s+to\s+the\s+polls)\b")
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+['’]s?\s+)?"
                           r"(?:some\s+|about\s+|around\s+|nearly\s+)?$")


def _table_row(sentence: str, unit: str, article_text: str) -> tuple[str, str] | None:
    """What a line of an election's results table counts, read from its label ("Votes cast: 52,116", "No: 25,302
    (50.43 per cent of valid votes)"): the first figure of the line only, in a story about a vote."""
    label = fact_line_label(sentence)
    if not label or not _BALLOT_CUE.search(article_text or ""):
        return None
    name = label.lower()
    for rx, reading in _TABLE_ROWS:
        if re.fullmatch(rx, name):
            measure, whose = reading
            return ("share", whose) if unit == "%" and measure == "votes" else (measure, whose)
    # "Wambura: 176,320": a candidate's votes, when the article's prose names the candidate in a race ("Wambura held
    # the seat", "votes for Wambura"; not "Seats:", "Attendance:" or "Employees:")
    n = re.escape(name)
    if " " not in name and name not in _NOT_CANDIDATES and re.search(
            rf"\S[ \t]+{n}\b[^.\n]{{0,40}}\b(?:won|wins|held|holds|took|takes|elected|beat|defeated|led|leads|"
            rf"votes?|candidate)\b|\b(?:for|beat|defeated|candidate|challenger|incumbent)\s+(?:\w+\s+)?{n}\b",
            article_text or ""):
        cand = _candidate_of_party(name, article_text) or name
        return ("share" if unit == "%" else "votes"), cand
    return None


def _ballot_reading(v: Value, unit: str, sentence: str, pos: int, article_text: str = "") -> tuple[str, str] | None:
    """What an election figure measures: votes or a share for one candidate (``votes|ortega``,
    ``share|ortega|%``), the lead between them, ballots cast, rejected or still to count, precincts
    reporting, turnout. None when the figure is not about an election count."""
    if unit not in ("", "%"):
        return None
    colon = sentence.find(":")
    if colon > 0 and sentence[colon + 1:].lstrip().lower().startswith((v.text or "").lower()):
        row = _table_row(sentence, unit, article_text)
        if row:
            return row
    low = sentence.lower()
    vt = (v.text or "").lower()
    pos = max(0, pos - len(vt) // 2)  # _value_pos gives the middle of the figure
    end = pos + len(vt)
    after = low[end:end + 60]
    clause_start = max(low.rfind(";", 0, pos), low.rfind(". ", 0, pos)) + 1
    before = low[max(clause_start, pos - 90):pos]
    subj = (v.subject or "").lower()
    # "gave Wambura (UPP) 176,320 votes and Grace Nyamweya (DRA) 171,904", "the party's tally shows Nyamweya
    # with 182,450": a figure right after a name, in a clause that counts votes, is that name's votes
    listed = re.search(r"(?:\d\s+votes?|\btally|\bcount|\bresults?)\b[^.;]{0,60}\b[a-z][\w\-]+(?:\s+\([a-z]{2,6}\))?"
                       r"(?:\s+(?:with|on|had|got|took|won))?\s*$", before)
    side = _VOTE_SIDE.match(sentence[end:end + 60]) or _PEOPLE_VOTED_SIDE.match(sentence[end:end + 60]) \
        if unit == "" else None  # in its own case: "against Ortega"
    if not (listed or side or _BALLOT_CUE.search(subj) or _BALLOT_CUE.search(after[:40])
            or (v.predicate or "") == "voted"
            or re.search(r"\b(?:lead|margin)\b", before)):
        return None
    if not _BALLOT_CUE.search(low):
        return None
    if re.match(r"\s*(?:leading\s+|main\s+|major\s+|remaining\s+)?(?:candidates|campaigns|parties|contenders|rivals|"
                r"terms?)\b", after):
        return None  # "the top two candidates", "a second term": not a count anyone disputes
    near = before[-60:] + " " + after[:80]
    if re.search(r"\b(?:outstanding|uncounted|remain(?:ed|ing|s)?|yet to be (?:counted|tallied)|still (?:to be|out|"
                 r"being)|left to (?:count|be counted)|to be counted|not yet (?:been )?counted)\b", near) and \
            re.search(r"\bballots?\b|\bvotes?\b", near):
        return "ballots outstanding", "ballots"
    if re.search(r"\b(?:rejected|disqualified|spoiled|spoilt|invalid|thrown out|discarded|set aside)\b", near):
        return "ballots rejected", "ballots"
    if re.match(r"\s*(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?precincts?\b", after):
        return "reporting", "precincts"
    if unit == "%" and re.match(r"\s*of\s+(?:the\s+)?(?:valid\s+|total\s+|all\s+)?(?:votes|ballots)\b", after):
        cand = _candidate_before(sentence, pos)
        if cand:
            return "share", _SIDES.get(cand, cand)  # "No took 50.4% of valid votes on a turnout of 48%"
    electorate = _ELECTORATE_AFTER.match(sentence, end) if unit == "" else None
    if electorate and (not _VOTED_AFTER.match(sentence, electorate.end()) or _OF_THE_WHOLE.search(before)):
        # "some 118,000 registered voters", "half of the city's 118,000 registered voters took part": who may vote,
        # not who did ("52,000 registered voters cast their ballots")
        return "electorate", "voters"
    if re.search(r"\bturnout\b|\bregistered voters\b|\beligible voters\b|\bvoting-age\b", near):
        # turnout of registered voters is the usual turnout (the key every turnout shares); turnout of the
        # voting-age or eligible population is another figure
        whose = "voting-age" if re.search(r"voting-age|voting age|voting-eligible", near) or \
            re.match(r"\s*of\s+(?:all\s+)?eligible\b", after) else "crowd"
        return "turnout", whose
    long_before = low[max(clause_start, pos - 150):pos]
    if (re.search(r"\b(?:lead|leads|led|margin|gap|ahead|advantage|edge[ds]?|trail(?:s|ed|ing)?|behind|"
                  r"difference|separat\w+)\b[^.;]{0,110}$", long_before) or re.search(r"\bby\s+$", before)) and (
            unit == "%" or re.match(r"\s*(?:votes?|ballots?|(?:percentage\s+)?points?)\b", after) or
            re.search(r"\b(?:lead|margin|gap)\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|barely\s+)?$", before)):
        return "lead", "votes"
    if side:
        # a house's or a meeting's vote on a motion: "17 votes in favour, 12 against and two abstentions"
        return "votes", _SIDES.get(side.group(1).split()[0], side.group(1).split()[0])
    if re.search(r"\b(?:votes?|ballots?)\s+(?:were\s+|had been\s+|have been\s+)?cast\b|\bcast\s+(?:ballots|votes)\b",
                 near) and unit == "":
        return "cast", "ballots"
    if unit == "" and (v.predicate or "") == "voted" and re.match(
            r"\s*(?:people|voters|residents|citizens|electors)?\s*(?:had\s+|have\s+)?voted\b"
            r"(?!\s+(?:for|against|early|by|in\s+favou?r|yes|no|to|before|online|from|abroad)\b)", after):
        return "cast", "ballots"  # "just over 52,000 people voted": the ballots cast, whoever they went to
    if unit == "" and not re.match(r"\s*(?:[a-z\-]+\s+)?votes?\b", after) and not re.search(r"['’]s\s*$", before) \
            and not listed:
        return None
    cand = _candidate_after(sentence, end) or _candidate_before(sentence, pos)
    if not cand:
        return None
    cand = (article_text and _candidate_of_party(cand, article_text)) or cand
    # a referendum's sides are the sides of any vote on a motion: "Yes took 24,870 votes" is the count "for"
    return ("share" if unit == "%" else "votes"), _SIDES.get(cand, cand)


# a route made shorter: "shortens the journey between the two cities by 400 km", "saves about 1,000 km", "cuts around
# 600 miles off the old route"
_DISTANCE_HEDGE = r"(?:(?:about|some|around|nearly|almost|roughly|more\s+than|up\s+to|over|at\s+least)\s+)?"
_ROUTE = r"(?:journey|drive|route|trip|distance|commute|detour|crossing|voyage|haul)"
_SHORTENED_BY = re.compile(r"\b(?:shortens?|shortened|shortening)\b[^.;]{0,70}?\bby\s+" + _DISTANCE_HEDGE + "$|"
                           r"\b(?:cuts?|cutting|shaves?|shaved|trims?|trimmed)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?" + _ROUTE + r"\b[^.;]{0,50}?\bby\s+" + _DISTANCE_HEDGE + "$")
_SAVES_DISTANCE = re.compile(r"\b(?:saves?|saved|saving)\s+"
                             r"(?:(?:drivers|hauliers|truckers|travellers|travelers|motorists|lorries|trucks|them|us|"
                             r"you)\s+)?" + _DISTANCE_HEDGE + "$")
# "cuts around 600 miles off the old route", "knocks 40 km off the drive"
_CUTS_DISTANCE = re.compile(r"\b(?:cuts?|cutting|shaves?|shaved|knocks?|knocked|lops?|lopped|takes?|took)\s+"
                            + _DISTANCE_HEDGE + "$")


_MONEY_NOUN = re.compile(
    r"\b(?:(net|operating|pre-tax|pretax|gross|core|annual|quarterly|full-year|restructuring|adjusted|underlying)\s+)?"
    r"(revenues?|sales|turnover|profits?|earnings|ebitda|ebit|income|loss(?:es)?|costs?|costing|savings|aid|"
    r"damages?|fines?|fined|fining|penalty|penalties|compensation|budget|forecast|outlook|guidance|spending|spent|"
    r"investments?|"
    r"debts?|arrears|deficit|bonus(?:es)?|salary|salaries|wages?|prices?|valuation|funding|loans?|grants?|taxes|tax|"
    # what a government or a company sets aside: "allocated 500 million som", "a fund of A$250,000"
    r"funds?(?= of\b)|allocations?|allocated|allocates|earmarked|set aside|sets aside|"
    # "funded with £2.1 million": the sum is the funding (not "financed by a $220 million loan", nor "12% funded")
    r"funded(?=\s+(?:with|to\s+the\s+tune\s+of)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?"
    r"(?:[a-z]{0,3}[$€£¥₹]|\d))|"
    r"dividends?|bill|reserves|capital|assets|pledged?|donat\w+|settlement|ransom|bail|payouts?|relief|ex gratia|"
    r"rewards?|fees?|prizes?|jackpots?|winnings|levy|levies|tariffs?|surcharges?|"
    r"market value|market capitalisation|market capitalization|market cap|sav(?:e|es|ed|ing)|restructuring|severance|"
    r"spend(?:s|ing)?|"
    # the worth of goods that cross a border: "bilateral trade could reach $650 million", "$650 million in trade" (not a
    # trade minister's, a trade centre's or a trade-in value; nor import duties)
    r"(?<=bilateral )trade|(?<=two-way )trade|(?<=direct )trade|(?<=annual )trade|(?<=in )trade(?![\w-])|"
    r"(?-i:trade)(?=\s+(?:could|would|will|is|was|between|with|worth|reached|rose|fell|grew)\b)|"
    r"(?:exports?|imports?)(?!\s+(?:dut\w+|tax\w*|tariffs?|bans?|licen\w+|controls?|levy|levies))|"
    # a failed bank or fund: what it owes, what savers took out, what it lent, what they will get back
    r"owe[sd]?|owing|withdr[ae]wn?|withdrawals?|lent|lend(?:s|ing)?|refund(?:s|ed|ing)?|repa(?:y|ys|id|ying|yments?)|"
    r"reimburs\w*|"
    # works whose price is their cost: "puts the rehabilitation at about 95 billion pesos"
    r"rehabilitation|reconstruction|rebuilding|renovation|restoration|repairs?|clean-?up)\b", re.I)
_CHANGE_UP = re.compile(r"\b(?:rose|risen|rises|rising|increased|increases|jumped|climbed|grew|soared|surged|gained|"
                        r"(?<!\bmade )(?<!\bmakes )(?<!\bmake )up|higher|rebounded)\b", re.I)
_CHANGE_DOWN = re.compile(r"\b(?:fell|fallen|falls|falling|dropped|declined|decreased|slumped|slumps|plunged|shrank|"
                          r"down|lower|slid|tumbled|sank|lost)\b", re.I)
_NOUN_CANON = {"revenues": "revenue", "royalties": "royalty", "sales": "revenue", "turnover": "revenue",
               "profits": "profit",
               "registrations": "revenue",  # new cars registered are cars sold
               "rehabilitation": "cost", "reconstruction": "cost", "rebuilding": "cost", "renovation": "cost",
               "restoration": "cost", "repair": "cost", "repairs": "cost", "cleanup": "cost", "clean-up": "cost",
               "earnings": "profit", "losses": "loss", "costs": "cost", "costing": "cost",
               "damages": "damage", "fines": "fine",
               "fined": "fine", "fining": "fine",
               "penalty": "fine", "penalties": "fine", "spent": "spending", "investments": "investment",
               "prizes": "prize", "jackpot": "prize", "jackpots": "prize", "winnings": "prize",
               "debts": "debt", "bonuses": "bonus", "salaries": "salary", "wages": "wage", "prices": "price",
               "loans": "loan", "grants": "grant", "taxes": "tax", "dividends": "dividend", "pledge": "aid",
               "pledged": "aid", "payouts": "payout", "outlook": "forecast", "guidance": "forecast",
               "market capitalization": "valuation", "market capitalisation": "valuation", "market value": "valuation",
               "market cap": "valuation", "save": "savings",
               "saves": "savings", "saved": "savings", "saving": "savings", "restructuring": "restructuring cost",
               "severance": "restructuring cost", "spend": "spending", "spends": "spending", "rewards": "reward",
               "fees": "fee", "levies": "levy", "tariffs": "tariff", "surcharges": "surcharge", "export": "exports",
               "import": "imports",
               **dict.fromkeys(("owe", "owes", "owed", "owing", "arrears"), "debt"),
               **dict.fromkeys(("fund", "funds", "funded", "allocation", "allocations", "allocated", "allocates",
                                "earmarked", "set aside", "sets aside"), "funding"),
               **dict.fromkeys(("withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawals"), "withdrawals"),
               **dict.fromkeys(("lent", "lend", "lends", "lending"), "loan")}


# what was done to a budget is the figure's noun: "causing damage to the Budget of the Republic", "a loss for the
# state budget"
_HARM_TO = re.compile(r"\b(damages?|loss(?:es)?|harm)\s+(?:to|for|of)\s+(?:the\s+)?(?:state\s+|national\s+|public\s+|"
                      r"city\s+|federal\s+)?$", re.I)


def _nearest_noun(rx: re.Pattern, sentence: str, pos: int, length: int, reach: int = 70,
                  after_cost: int = 10) -> re.Match | None:
    """The match of `rx` nearest to the figure at `pos`; a clause boundary (a comma, a semicolon, a
    dash) between them counts as 35 characters more, so each figure keeps the noun of its own clause."""
    best, best_d = None, reach + 1
    pos = max(0, pos - length // 2)  # _value_pos gives the middle of the figure
    end = pos + length
    for m in rx.finditer(sentence):
        if m.end() <= pos:
            gap = sentence[m.end():pos]
            d = len(gap)
        elif m.start() >= end:
            gap = sentence[end:m.start()]
            d = len(gap) + after_cost  # a noun after the figure ("€4.2bn in revenue") is a little less likely
        else:
            continue
        d += 35 * len(re.findall(r"[,;]|\s[-–—]\s|\bincluding\b|\bafter\b|\bwhile\b|\bas\b", gap))
        if d < best_d:
            best, best_d = m, d
    return best


# one item's price: "a bag of the drink cost", "each ticket sold for", "a litre of petrol now costs"
# the words that qualify a price before it ("as little as", "up to")
_PRICE_QUALIFIERS = r"(?:(?:about|around|some|just|only|roughly|nearly|almost|up to|as little as|as much as)\s+)?"
_UNIT_PRICE = re.compile(r"\b(?:a|an|one|each|per)\s+(?:[\w'’-]+\s+){0,5}?(?:costs?|sold for|sells for|sold at|sells at|"
                         r"(?:is|was) priced at|retail(?:s|ed)? (?:for|at))\s+" + _PRICE_QUALIFIERS + "$", re.I)
# which price of the goods: what touts ask, the cheapest, the dearest ("from ₹4,500", "topped out at Rs 42,000");
# "as little as ₹50,000" is a floor of the price asked, not the cheapest seat
_RESALE = re.compile(r"\bresal\w*|\bresold\b|\bresell\w*|\btouts?\b|\bscalp\w*|\bblack[- ]market\b|"
                     r"\bsecondary market\b", re.I)
_LOW_END = re.compile(r"(?:\b(?:from|starting(?:\s+at)?)\s+(?:about\s+|around\s+|just\s+|only\s+)?|"
                      r"\b(?:cheapest|lowest)\b[^.;]{0,50})$", re.I)
_HIGH_END = re.compile(r"(?:\b(?:topp?(?:ed|ing|s)? out at|as much as|up to)\s+(?:about\s+|around\s+)?|"
                       r"\b(?:dearest|most expensive|priciest|top)\b[^.;]{0,50}|\bfrom\s+\S+\s+to\s+)$", re.I)
# goods whose price a story tells: "tickets up to about $420", "touts asking as much as Rs 1,80,000 for seats"
_TICKETS = r"tickets?|seats?|fares?|passes"
_SOLD_GOODS = re.compile(r"\b(?:" + _TICKETS + r"|admission)\b", re.I)


# a fare or a ticket's price told by the verb of the goods or after the sum: "Tickets cost 350 bolivianos one way",
# "paid US$45 for a one-way ticket", "charges about 60 dollars one way"
_TICKETS_COST = re.compile(r"\b(?:" + _TICKETS + r")\s+(?:now\s+|will\s+|would\s+|each\s+)?"
                           r"(?:cost|costs|sold\s+for|sell\s+for|go\s+for|went\s+for)\s+" + _PRICE_QUALIFIERS + "$",
                           re.I)
_FOR_A_TICKET = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:for\s+(?:a|an|one|each|the|every)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:ticket|fare|seat|pass)\b|one[\s-]way\b|(?:a|per|each)\s+way\b)", re.I)


def _price_end(sentence: str, start: int) -> str:
    """Which price an amount is: the resale price, the cheapest or the dearest, or a plain price."""
    if _RESALE.search(sentence):
        return "resale price"
    before = sentence[max(0, start - 60):start]
    if _HIGH_END.search(before):
        return "top price"
    if _LOW_END.search(before):
        return "lowest price"
    return "price"


# what a seller asks of each buyer: "planned to charge about US$455 a month", "charges patients $60"
_CHARGED = re.compile(r"\bcharg(?:e|es|ed|ing)\s+(?:(?:customers|patients|buyers|users|passengers|fans|"
                      r"subscribers|each|them|people)\s+)?" + _PRICE_QUALIFIERS + "$", re.I)
# what the goods on sale are priced at: "priced at Rs 4,500", "priced tickets from about $54", "starting at ₹3,500"
_PRICED = re.compile(r"\b(?:priced|starting|cost)\s+(?:[\w'’]+\s+){0,3}?(?:at|from)\s+" +
                     _PRICE_QUALIFIERS + "$", re.I)
# one item's price told after the sum or by the verb of a sale: "going for ₹5 lakh a copy", "paid $40,000
# each for the answers", "offered for as little as 50,000 rupees"
_EACH_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:a|per|each)\s+(?:copy|ticket|unit|piece|bag|bottle|litre|liter|kilo|"
                         r"kg|tonne|barrel|dose|seat|set|paper|pill|packet)\b|"
                         r"\s*(?:\([^)]*\)\s*)?each\b(?!\s+(?:of|year|month|week|day))|\s*apiece\b",
                         re.I)
_ON_SALE = re.compile(r"\b(?:offered|sold|going|available|selling|changing hands|fetching|fetched|hammered|knocked|"
                      r"auctioned|bought|purchased)\s+(?:[\w'’]+\s+){0,3}?"
                      r"(?:for|at)\s+" + _PRICE_QUALIFIERS + "$", re.I)
# a sum for each person hurt or stranded: "US$15,000 a passenger", "pay each passenger 4.7 million pesos"
_PAID_EACH = r"passenger|victim|survivor|traveller|traveler"
_PER_PERSON = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:a|per|to\s+each|for\s+each|to\s+every|for\s+every)\s+"
                         r"(?:" + _PAID_EACH + r"|injured\s+person)\b", re.I)
_EACH_PERSON_BEFORE = re.compile(r"\b(?:each|every)\s+(?:" + _PAID_EACH + r")\s+(?:(?:about|around|some|roughly|up to)\s+)?$",
                                 re.I)
# what something is insured or valued for: "covered for €38 million", "valued at $2m", "worth more than €100
# million", "values it at $45 million", "a stone like this fetches at least $90 million"
_VALUED_WORDS = (r"\b(?:insured|covered|valued|worth|insurance\s+value\s+of|"
                 r"values?\s+(?:it|them|the\s+[a-z]+)\s+at|fetch(?:es|ed)?|(?:would|could|might|will)\s+fetch|"
                 # "put the value of the shipment at about $21 million"
                 r"(?:put|puts|putting|placed?|places|placing|set|sets|setting|estimated?|estimating)\s+"
                 r"(?:the|its|their)\s+(?:total\s+|market\s+)?value\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?at)")
_VALUED = re.compile(_VALUED_WORDS + r"\s+(?:at\s+|for\s+)?"
                     r"(?:(?:about|around|some|roughly|nearly|almost|up to|more than|over|at least|less than)\s+)?$",
                     re.I)
# a worth told against another's: "put the value at about $21 million, against the exporter's $17 million" (and
# nothing after it that says what else the second sum is: "against the $17 million the owner paid")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:)]|$)")
_VALUED_EARLIER = re.compile(_VALUED_WORDS + r"[^.;]{0,80}?\b(?:against|versus|compared\s+with)\s+"
                             r"(?:(?:the|an?|its|their|[\w'’-]+['’]s)\s+){0,2}(?:own\s+)?$", re.I)
# money paid to those who lost someone, when no noun names it otherwise (relief, an ex gratia, burial costs)
_COMPENSATION = re.compile(r"\b(?:per|each|every)\s+(?:bereaved\s+)?(?:family|household)\b|\bbereaved\b|"
                           r"\b(?:to|for)\s+(?:the\s+)?famil(?:y|ies)\s+of\b|\bcompensation\b", re.I)


# an amount for each saver of a failed bank or fund
_PER_SAVER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:per|for\s+each|to\s+each|for\s+every|a)\s+"
                        r"(?:saver|depositor|member|account[\s-]holder|investor)\b", re.I)


# the goods a price is quoted by: "$1.70 a pound", "1.48 million pesos per 125-kg carga", "£4.50 a share";
# each name read as one unit
_GOODS_UNITS = {
    "pound": "pound", "lb": "pound", "kilo": "kg", "kilogram": "kg", "kg": "kg", "tonne": "tonne", "ton": "tonne",
    "metric ton": "tonne", "litre": "litre", "liter": "litre", "gallon": "gallon", "barrel": "barrel", "bag": "bag",
    "sack": "bag", "bushel": "bushel", "ounce": "ounce", "troy ounce": "ounce", "carga": "carga", "quintal": "quintal",
    "arroba": "arroba", "maund": "maund", "bale": "bale", "hundredweight": "hundredweight", "crate": "crate",
    "share": "share", "cubic metre": "cubic metre", "megawatt-hour": "mwh", "mwh": "mwh", "kilowatt-hour": "kwh",
    "kwh": "kwh", "head": "head", "gram": "gram", "carat": "carat", "metre": "metre", "meter": "metre",
    "yard": "yard", "square metre": "square metre", "square meter": "square metre", "square foot": "square foot",
}
_GOODS_RE = "|".join(sorted((re.escape(u) for u in _GOODS_UNITS), key=len, reverse=True))
# what it costs to produce one unit: "costs a grower 1.9 million pesos to produce a carga"
_PRODUCE = r"produc\w*|grow\w*|mak(?:e|es|ing)|min(?:e|es|ing)|pump\w*|extract\w*|harvest\w*|rais(?:e|es|ing)"
# the weight or size of the unit before its name: "per 125-kg carga", "a 60-kg bag"
_UNIT_SIZE = r"(?:\d[\d.,]*[\s-]?(?:kg|kilo(?:gram)?s?|lbs?|pounds?|litres?|liters?)\s+)?"
_PER_GOODS_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:a|an|per|each)\s+" + _UNIT_SIZE + r"(" + _GOODS_RE + r")s?\b"
                              r"|\s+to\s+(" + _PRODUCE + r")\s+(?:a|an|one|each)\s+"
                              + _UNIT_SIZE + r"(" + _GOODS_RE + r")\b", re.I)
# the unit named before the sum: "the cost of producing a carga at 1.62 million pesos", "could grow a tonne
# for about", "1.48 million pesos per carga, or about $372"
_PER_GOODS_BEFORE = re.compile(r"(?:\b(" + _PRODUCE + r")\s+)?\b(?:a|an|one|each|per)\s+" + _UNIT_SIZE +
                               r"(" + _GOODS_RE + r")s?\b"
                               r"(?:\s+(?:at|for|of|is|was|costs?|to be)|[^\d.;]{0,3}\(|,\s+or)\s+"
                               r"(?:(?:about|around|some|roughly|nearly|almost|just|only|up to|at least)\s+)?$", re.I)
# a sum asked for, not one paid or set: "the state had asked for bail of R10 million", "holding out for 2.5
# million pesos", "the union wants a minimum of ..."; and a sum offered by one side ("the R250,000 his counsel
# had offered")
_SOUGHT_BEFORE = re.compile(r"\b(?:ask(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+(?:the\s+)?[\w'’]+\s+to\s+guarantee|"
                            r"sought|seek(?:s|ing)?|demand(?:s|ed|ing)?|wants?|wanted|call(?:s|ed|ing)?\s+for|"
                            r"(?:holding|held|hold(?:s)?)\s+out\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|"
                            r"request(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,6}?$", re.I)
_OFFERED_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:that\s+|which\s+)?(?:his|her|their|its|the)\s+(?:[\w'’]+\s+){0,2}?"
                            r"(?:had\s+|has\s+|have\s+)?(offered|proposed|asked for|sought|demanded)\b", re.I)

# a fine on one person, not on the company or the owners fined beside them: "fined him A$50,000", "the
# captain was fined $5,000"
_ONE_PERSON = (r"(?:captain|master|skipper|driver|pilot|chief executive|ceo|director|manager|chairman|chairwoman|"
               r"engineer|officer|official|mayor|minister|doctor|coach|player|referee|man|woman|teenager|student)")
_FINED_PERSON = re.compile(r"\bfined\s+(?:him|her|(?:the|its|a|an|their)\s+(?:[\w'’-]+\s+){0,3}?" + _ONE_PERSON +
                           r")\b(?:\s*\([^)]*\))?\s+(?:(?:also|a further|another|about|around|some)\s+)?$|"
                           r"\b" + _ONE_PERSON + r"\s+(?:was|has been|had been|is)\s+(?:also\s+)?fined\s+"
                           r"(?:(?:a further|another|about|around|some)\s+)?$", re.I)


def _per_goods(sentence: str, start: int, end: int) -> tuple[str, bool]:
    """The unit of goods a sum is the price of ("" if none), and whether it is what producing one costs."""
    m = _PER_GOODS_AFTER.match(sentence, end)
    if m:
        return _GOODS_UNITS[(m.group(1) or m.group(3)).lower()], bool(m.group(2))
    m = _PER_GOODS_BEFORE.search(sentence[max(0, start - 80):start])
    if m:
        return _GOODS_UNITS[m.group(2).lower()], bool(m.group(1))
    return "", False


# a sum given again in another currency: "1,480,000 pesos per carga, or about $372", "R2 million (£86,000)"
# the words that round a sum given again ("or about $372", "NZ$250,000, about A$230,000")
_ROUNDED = r"about|around|roughly|some|nearly|almost"
_CONVERTED = re.compile(r"(\S*\d[\d,.]*(?:[\s-](?:thousand|million|billion|trillion|bn|m)\b)?(?:\s+[A-Za-z]+){0,3})\s*"
                        r"(?:(?:a|an|per)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*)?(?:(?:,\s*or|\(|\bor)\s+"
                        r"(?:(?:" + _ROUNDED + r"|just over|just under)\s+)?|"
                        r",\s+(?:(?:" + _ROUNDED + r")\s+)?)$")


# a sum for each one of a thing: "AUD 200 a stone", "500 dollars for each stone handed in", "about $60 a scan".
# Whatever a report calls the sum (a reward, a cost, what it is worth), the question is what one of them fetches: its
# price. Not a span of time ("US$6 a month"), a person ("per depositor" is a refund, "per head" a share) or a part ("a
# third of"); a unit of goods ("US$25 a gram", "800 cedis a metre") is a price per that unit (_GOODS_UNITS)
_PER_ITEM_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:a|an|per|for\s+each|for\s+every|each)\s+"
                             r"([a-z]{3,})\b(?![-’']|\s+of\b)", re.I)
_NOT_ITEMS = {"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
              "season", "term", "shift", "time", "person", "head", "family", "household", "victim", "child", "adult",
              "member", "saver", "depositor", "investor", "resident", "worker", "employee", "student", "patient",
              "passenger", "customer", "user", "subscriber", "visitor", "citizen", "pensioner", "farmer", "grower",
              "one", "two", "three", "few", "lot", "number", "total", "further", "little", "bit", "single", "record",
              "new", "result", "third", "fifth", "half"}


def _for_each_one(sentence: str, end: int) -> bool:
    """Whether a sum ending at `end` is told for each one of a thing ("AUD 200 a stone"); see _PER_ITEM_AFTER.
    Goods on sale ("₹5 lakh a copy", "$2,150 a ticket") are read by _EACH_AFTER."""
    m = _PER_ITEM_AFTER.match(sentence, end)
    if not m or _EACH_AFTER.match(sentence, end):
        return False
    item = m.group(1).lower()
    return item not in _NOT_ITEMS and not item.endswith(("ly", "ing"))


def _asked_or_offered(sentence: str, start: int, end: int) -> str:
    """ "sought" for a sum one side asks for, "offered" for one it offers, "" for a sum paid, set or reported."""
    m = _OFFERED_AFTER.match(sentence, end)
    if m:
        return "offered" if m.group(1).lower() in ("offered", "proposed") else "sought"
    lo = max(0, start - 90)
    lo = max([lo] + [lo + c.end() for c in re.finditer(r"[,;:]|\s[-–—]\s", sentence[lo:start])])
    return "sought" if _SOUGHT_BEFORE.search(sentence[lo:start]) else ""


def _money_measure(v: Value, sentence: str, pos: int) -> str:
    """What an amount of money is: "net profit", "revenue forecast", "restructuring cost", "aid"... with
    what it is asked or offered for and the unit it is the price of ("price sought per carga").
    "" when nothing in the sentence says (a bare "€450m" is not linked to another bare amount)."""
    start = max(0, pos - len(v.text or "") // 2)
    end = start + len(v.text or "")
    goods, produced = _per_goods(sentence, start, end)
    if not goods and re.match(r"\s*(?:each|apiece)\b", sentence[end:]) and re.search(r"\bshares\b", sentence, re.I):
        goods = "share"  # "sold 120 million shares at 38,000 dong apiece": the price of a share
    conv = _CONVERTED.search(sentence[max(0, start - 80):start])
    if conv and conv.group(0).rstrip().endswith(",") and not re.match(r"(?:" + _ROUNDED + r")\s", v.text or ""):
        conv = None  # "$5m, $6m and $7m": a list, not a sum given again (a comma with no rounding word after it)
    if conv:
        # a conversion is the measure of the sum it converts
        first = max(0, start - 80) + conv.start(1)
        noun = _money_noun(dataclasses.replace(v, text=conv.group(1), predicate=""), sentence,
                           first + len(conv.group(1)) // 2)
    else:
        noun = _money_noun(v, sentence, pos)
    asked = _asked_or_offered(sentence, start, end)
    if not noun and asked:
        noun = _money_noun(v, sentence, pos, reach=140)  # "bail at R2 million, against the R250,000 his counsel offered"
    if goods and not produced and noun in ("cost", "paid", "spending"):
        noun = "price"  # "they pay more than 2.40 dollars a pound": what one unit costs a buyer
    if noun in ("cost", "paid", "") and not conv and (
            _TICKETS_COST.search(sentence[max(0, start - 60):start]) or _FOR_A_TICKET.match(sentence, end)):
        noun = "price"  # a fare, however the sentence tells it
    noun = noun or ("cost" if produced else "price" if goods else "")
    if not goods and noun in ("", "cost", "paid", "reward", "bounty", "valuation", "spending") and \
            _for_each_one(sentence, end):
        noun = "price"  # a reward, a cost or a worth of one of them; a fine "per violation" stays a fine
    if not noun:
        return ""
    if noun == "price":
        noun = _price_end(sentence, start)
    said_at = first if conv else start  # where the sum (or the sum it converts) is told
    if noun == "fine" and _FINED_PERSON.search(sentence[max(0, said_at - 80):said_at]):
        noun = "fine on one person"
    if asked and noun not in ("compensation", "aid", "relief", "refund"):
        noun = f"{noun} {asked}"
    return f"{noun} per {goods}" if goods else noun


# a listed share's price at a moment of a trading day: "closed at VND 43,150", "ended their first day of trading on
# the exchange on Tuesday at 41,900 dong", "finish the day at", "the first trade at 9:15 at 45,600 dong", "opened at"
_TRADED = re.compile(r"\b(?:shares?|stocks?|trad(?:e|es|ed|ing)|exchange|bourse|listing|debut)\b", re.I)
_CLOSE_AT = re.compile(r"\b(?:closed|closing|ended|ending|finish(?:ed|es|ing)?|settled|at\s+the\s+close)\b"
                       r"[^.;]{0,100}?\bat\s+" + _PRICE_QUALIFIERS + "$", re.I)
_OPEN_AT = re.compile(r"\b(?:opened|opening|first\s+(?:trade|deal|matched\s+price|price))\b[^.;]{0,60}?\bat\s+"
                      + _PRICE_QUALIFIERS + "$", re.I)
# money a sale of shares or bonds, or an appeal, brought in: "raising VND 4,560 billion", "raised about $210 million",
# "proceeds of $40 million"
_RAISED = re.compile(r"\b(?:rais(?:e|es|ed|ing)|proceeds\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|"
                     r"more\s+than|over|at\s+least|just\s+over|just\s+under|close\s+to)\s+)?$", re.I)


# money a government or a sponsor gave: "put $90,000 into the race", "granted €2m to the festival", "gave the club
# $5,000", "the $75,000 it gave the race"
_GIVEN_HEDGE = r"(?:(?:about|some|nearly|almost|roughly|more\s+than|over|an?\s+(?:extra|additional))\s+)?"
_GIVEN_BEFORE = re.compile(r"\b(?:gave|gives|give|giving|granted|grants|contributed|contributes|"
                           r"allocated|allocates)\s+"
                           r"(?:(?:the|a|an|its|this|that)\s+"
                           r"(?:(?!(?:at|as|to|of|in|on|for|by|up)\s)[\w'’-]+\s+){1,2})?" + _GIVEN_HEDGE + "$", re.I)
_GIVEN_TO = re.compile(r"\s*(?:$|[.,;]|\s+(?:to|into|towards?|for)\b)", re.I)
# ... and "put $90,000 into this year's race" (but "I would put this one nearer €80 million" is an estimate)
_PUT_BEFORE = re.compile(r"\bput(?:s|ting)?\s+" + _GIVEN_HEDGE + "$", re.I)
_PUT_INTO = re.compile(r"\s+into\b", re.I)
_GIVEN_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they|he|she|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:gave|gives|has\s+given|"
                          r"had\s+given|granted|contributed|put\s+into|allocated)\b", re.I)


def _money_noun(v: Value, sentence: str, pos: int, reach: int = 70) -> str:
    """The measure noun of an amount of money within `reach` of it, "" when nothing in the sentence says."""
    start = max(0, pos - len(v.text or "") // 2)
    # "down from €287m a year earlier": the earlier value of the measure named before, however far
    reach = 200 if re.search(r"\b(?:from|compared with|against|versus)\s+(?:about\s+|some\s+)?$",
                             sentence[max(0, start - 30):start].lower()) else reach
    before = sentence[max(0, start - 90):start]
    if _UNIT_PRICE.search(before):
        return "price"  # "a bag of the liquor cost about $1.20", "each ticket sold for 40 euros"
    if _TRADED.search(sentence):
        if _CLOSE_AT.search(sentence[max(0, start - 130):start]):
            return "closing price"
        if _OPEN_AT.search(sentence[max(0, start - 90):start]):
            return "opening price"
    if _RAISED.search(before):
        return "raised"
    if _PER_SAVER.match(sentence, start + len(v.text or "")):
        return "refund"  # "raised the ceiling to 1 million rupees per depositor": what each saver gets back
    if re.search(r"\b(?:approved|approves|approve|released|releases|unlocked|unlocks)\s+(?:an?\s+)?(?:extra\s+|"
                 r"emergency\s+|additional\s+)?$", before, re.I):
        return "funding"  # "the cabinet has approved JD 25 million to pay the most urgent bills": money granted
    if re.match(r"\s+(?:in|of|as)\s+(?:\w+\s+)?(?:compensation|damages)\b", sentence[start + len(v.text or ""):], re.I):
        return "compensation"  # "a full refund plus €250 in compensation": the words right after the sum say what it is
    m = _nearest_noun(_MONEY_NOUN, sentence, pos, len(v.text or ""), reach)
    if m is not None and (family := _COMPENSATION.search(sentence, start, start + len(v.text or "") + 45)) and \
            m.start() >= family.end() and re.search(r"\band\b|,", sentence[family.end():m.start()]):
        return "compensation"  # "pay 5,000 soles ($1,350) to each bereaved family and cover the medical costs"
    after = start + len(v.text or "")
    if m is None:
        if _COMPENSATION.search(sentence[max(0, start - 90):after + 60]) or _PER_PERSON.match(sentence, after) or \
                _EACH_PERSON_BEFORE.search(before):
            return "compensation"  # "will pay 10 million rupiah to the family of each person who died"
        if _ON_SALE.search(before) or _EACH_AFTER.match(sentence, after) or _PRICED.search(before) or \
                _CHARGED.search(before) or (
                _SOLD_GOODS.search(sentence) and (_HIGH_END.search(before) or _LOW_END.search(before)
                                                  or _RESALE.search(sentence))):
            return "price"  # "buyers paid about 3.5 million rupees ($41,900) each", "offered for as little as ₹50,000"
        if _VALUED.search(before) or _VALUED_EARLIER.search(sentence[max(0, start - 200):start]) and \
                _CLAUSE_ENDS.match(sentence, after):
            return "valuation"
        pred = (v.predicate or "").lower()
        if pred == "captured" and re.match(r"\s+(?:in\s+)?(?:[\w-]+\s+)?(?:cash|banknotes|currency)\b",
                                            sentence[after:], re.I):
            return "seized"  # "US$ 2.7 million in cash were seized" (not "$40 million worth of drugs")
        if pred in ("cost", "spent", "paid", "raised", "pledged", "donated", "lost", "earned"):
            return {"spent": "spending", "pledged": "aid", "donated": "aid"}.get(pred, pred)
        low = sentence.lower()
        if re.search(r"\b(?:give|gives|given|giving|gave|receive|receives|received|receiving|award\w*|pay|pays|"
                     r"paid)\b", low) and re.search(r"\bfamil|\bvictims?\b|\brelatives\b|\bbereaved\b|\bsurvivors\b|"
                                                    r"\beach (?:person|victim|family)\b", low):
            return "compensation"  # "the family of each person killed will receive Rs 100,000"
        if _GIVEN_BEFORE.search(before) and _GIVEN_TO.match(sentence, after) or _GIVEN_AFTER.match(sentence, after) \
                or _PUT_BEFORE.search(before) and _PUT_INTO.match(sentence, after):
            return "funding"  # "put $90,000 into this year's race", "the $75,000 it gave the race": money granted
        return _own_money_noun(sentence, start, after)
    noun = m.group(2).lower()
    noun = "refund" if noun.startswith(("refund", "repay", "repaid", "reimburs")) else _NOUN_CANON.get(noun, noun)
    harmed = _HARM_TO.search(sentence, max(0, m.start() - 40), m.start()) if noun == "budget" else None
    if harmed:
        noun = _NOUN_CANON.get(harmed.group(1).lower(), harmed.group(1).lower())  # "damage to the Budget": damage
    mod = (m.group(1) or "").lower()
    if mod in ("operating", "pre-tax", "pretax", "gross", "core", "adjusted", "underlying", "restructuring") and \
            noun != "reserves":  # a central bank's "gross reserves" are its reserves
        noun = f"{mod} {noun}"  # "net profit" is what "profit" alone means in a results story
    low = sentence.lower()
    if noun == "forecast":
        # "its full-year revenue forecast": what is forecast is the noun before it
        prev = re.search(r"\b(revenues?|sales|turnover|profits?|earnings|ebitda|ebit|income|loss(?:es)?|costs?|"
                         r"savings|spending)\s+$", low[max(0, m.start(2) - 25):m.start(2)])
        if prev:
            return _NOUN_CANON.get(prev.group(1), prev.group(1)) + " forecast"
    around = low[max(0, m.start() - 40):m.end() + 25]
    if noun != "forecast" and re.search(r"\b(?:forecast|outlook|guidance|target)\b", around):
        noun += " forecast"
    elif re.search(r"\b(?:analysts?|consensus|polled)\b[^.;]{0,40}\b(?:expected|forecast|estimated|expect)\b|"
                   r"\bexpected\b", low[max(0, m.start() - 60):m.start()]):
        noun = "expected " + noun
    return noun


# the noun an amount is told with when no measure word is known: "a A$3 million bond", "a bond of A$4.5 million"
_NOUN_AFTER_AMOUNT = re.compile(r"\s+(?:[a-z]+-)?([a-z]{3,})\b")
_NOUN_OF_AMOUNT = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+(?:[a-z-]+\s+)?([a-z]{3,})\s+of\s+(?:(?:about|"
                             r"some|around|nearly|almost|roughly|more than|up to|at least|over|under|just over|"
                             r"just under|close to)\s+)?$")
_NOT_MONEY_NOUNS = {
    # words that follow an amount without naming it
    "and", "but", "for", "from", "into", "with", "was", "were", "are", "been", "has", "had", "have", "will", "would",
    "could", "should", "may", "might", "can", "that", "which", "who", "this", "these", "those", "the", "last", "next",
    "each", "per", "year", "month", "week", "day", "more", "less", "than", "over", "under", "about", "after",
    "before", "since", "until", "while", "when", "out", "its", "their", "his", "her", "our", "your", "they", "total",
    "worth", "plus", "alone", "already", "still", "now", "then", "only", "just", "extra", "apiece", "cash", "dollar",
    "euro", "pound", "not", "all", "both", "one", "off", "back", "down", "instead", "too", "also", "overall",
    "compared", "against", "according", "including", "between", "because", "despite", "through", "toward",
    "towards", "within", "without", "rather", "whereas", "net", "gross",
    # nouns that name no particular kind of money
    "sum", "amount", "figure", "value", "tune", "excess", "maximum", "minimum", "average", "estimate",
    "equivalent", "region", "range", "rate", "record", "level", "mark", "threshold", "ceiling",
}


def _own_money_noun(sentence: str, start: int, end: int) -> str:
    """The noun an amount is told with, when it is none of the known measure words ("bond", "contract",
    "subsidy"): two reports that give the same noun an amount answer one question. "" when none."""
    low = sentence.lower()
    for m in (_NOUN_AFTER_AMOUNT.match(low, end), _NOUN_OF_AMOUNT.search(low[:start])):
        if m is None:
            continue
        noun = _sing(m.group(1))
        if noun not in _NOT_MONEY_NOUNS and not noun.endswith(("ly", "ed", "ing")):
            return noun
    return ""


# a share told against what is normal: "38 per cent below the historical average", "20% above normal"
_VS_NORMAL = re.compile(r"\s*(below|above)\s+(?:the\s+)?(?:\w+\s+)?(?:normal|average|norm|usual|mean)\b"
                        r"(?!\s+(?:price|prices|cost|costs|value|wage|wages|salary|income|rate|level|share|market)\b)",
                        re.I)
_SHARE_NOUN = re.compile(
    r"\b(?:(net|operating|pre-tax|gross|core)\s+)?(revenues?|sales|turnover|profits?|earnings|income|loss(?:es)?|"
    r"costs?|shares|stock|prices?|inflation|gdp|economy|growth|output|exports?|imports?|unemployment|workforce|"
    r"staff|headcount|margin|orders|deliveries|production|traffic|passengers|bookings|rents?|wages?|ratings?|"
    r"approval|support|crime|homicides|emissions|index|registrations|royalty|royalties|occupancy|vacancy)\b", re.I)
# a percentage a change ends at is the level, not the change: "occupancy fell to 64 per cent", "stood at 87 per cent"
# (not "rose by up to 40%")
_LEVEL_REACHED = re.compile(r"\b(?:(?<!\bup )to|at)\s+(?:about|around|roughly|nearly|almost|just|some|only|barely|"
                            r"over|under|more\s+than|less\s+than|below|above)?\s*$", re.I)


_UP_WORDS = r"increases?|rises?|hikes?|jumps?|surges?|gains?|climbs?|mark-?ups?|raises?"
_DOWN_WORDS = r"cuts?|drops?|falls?|decreases?|reductions?|declines?|slumps?"
# a percentage that is the size of a change, by the noun or verb right beside it: "an increase of 75 per cent",
# "a 75% increase", "a 12 per cent fare rise", "will rise by 12%", "cut by a third"
_CHANGE_BEFORE = re.compile(rf"\b(?:({_UP_WORDS}|raised|increased|rising)|({_DOWN_WORDS}|reduced|cut|lowered|falling))"
                            r"\s+(?:of|by)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|"
                            r"only\s+|over\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|a\s+full\s+)?$", re.I)
_CHANGE_AFTER = re.compile(rf"\s*(?:[a-z]+\s+)?(?:({_UP_WORDS})|({_DOWN_WORDS}))\b(?!\s+(?:of|in)\s+(?:the\s+)?"
                           r"(?:number|share|proportion|population))", re.I)


def change_reading(sentence: str, start: int, end: int) -> str:
    """"rose" or "fell" when a percentage is the size of a change by the words right beside it, else ""."""
    m = _CHANGE_BEFORE.search(sentence[max(0, start - 45):start]) or _CHANGE_AFTER.match(sentence, end)
    if m is None:
        return ""
    return "rose" if m.group(1) else "fell"


def _share_reading(v: Value, measure: str, sentence: str, pos: int) -> tuple[str, str] | None:
    """A percentage's subject is the measure noun nearest to it, not a noun the extractor took from a
    neighbouring figure ("cut 3,500 jobs worldwide after its net profit fell 61%": profit); its measure
    is the change the nearest verb states (rose / fell) or a plain share."""
    span = _value_span(v, sentence)
    versus = _VS_NORMAL.match(sentence, span[1]) if span else None
    at = span[0] if span else pos
    m = _nearest_noun(_SHARE_NOUN, sentence, pos, len(v.text or ""), reach=120, after_cost=25)
    if versus:
        # "rainfall has been 38 per cent below the historical average", "45% below normal": how far from normal
        noun = m.group(2).lower() if m else "rainfall" if re.search(r"\brain(?!forest)", sentence, re.I) else ""
        return (f"{versus.group(1).lower()} normal", _NOUN_CANON.get(noun, noun)) if noun else None
    if m is None:
        return None
    noun = m.group(2).lower()
    noun = _NOUN_CANON.get(noun, noun)
    # "the economy would grow by 3.2 percent" and "growth would slow to 1.8%" answer one question
    noun = {"stock": "shares", "staff": "workforce", "headcount": "workforce", "rent": "rents",
            "economy": "growth"}.get(noun, noun)
    if m.group(1) and m.group(1).lower() in ("operating", "pre-tax", "gross", "core"):
        noun = f"{m.group(1).lower()} {noun}"
    lo, hi = min(m.start(), pos), max(m.end(), pos + len(v.text or ""))
    span = sentence[max(0, lo - 15):hi + 12]
    up, down = _CHANGE_UP.search(span), _CHANGE_DOWN.search(span)
    if measure in ("rose", "fell") and (up or down):
        direction = "rose" if up and not down else "fell" if down and not up else measure
    else:
        direction = "rose" if up and not down else "fell" if down and not up else (measure if measure in ("rose", "fell") else "share")
    if direction != "share" and _LEVEL_REACHED.search(sentence[max(0, at - 30):at]):
        direction = "share"
    return direction, noun


# what befell the share of a group, when the sentence says it in words of one family: "13.8% of patients had
# stopped treatment early" and "14% of participants dropped out" count one thing; "61% of patients responded" another
_GROUP_OUTCOMES = [
    ("dropped out", r"\bstopp(?:ed|ing) (?:treatment|taking|the (?:drug|study|trial))|\bdropp(?:ed|ing) out\b|"
                    r"\bdrop-?outs?\b|\bdiscontinu\w+|\bwithdr[ae]w\w*|\bdid not (?:finish|complete)\b|\bquit\b"),
    ("responded", r"\brespon(?:ded|ders?|se rate)\b|\bhalved\b|\bcut (?:[\w-]+ ){0,2}in half\b|"
                  r"\b(?:achiev|saw|had|reach)\w* (?:at least )?an? \d+ ?(?:%|per ?cent) "
                  r"(?:reduction|improvement|fall|drop)"),
    ("adverse events", r"\badverse (?:events?|effects?|reactions?)\b|\bside[- ]effects?\b"),
    ("completed", r"\bcomplet(?:ed|ing)\b|\bfinish(?:ed|ing)\b"),
    ("backed", r"\b(?:backed|back|backs|supported|support|supports|approved?|approves|in favou?r of)\b"),
    ("opposed", r"\b(?:opposed?|opposes|against|rejected|reject|rejects|disapproved?)\b"),
    ("vaccinated", r"\bvaccinated\b|\bimmuni[sz]ed\b|\b(?:got|received|had) (?:a|the|their) (?:jab|shot|vaccine|dose)"),
]
_GROUP_OUTCOME_RES = [(name, re.compile(rx, re.I)) for name, rx in _GROUP_OUTCOMES]
# the comparison arm of a trial: "2.8% of patients receiving placebo", "39% of placebo patients"
_PLACEBO = re.compile(r"\bplacebo\b|\bcontrol (?:group|arm)\b|\bdummy (?:drug|pill)\b", re.I)


def group_outcome(sentence: str, start: int, end: int, after: int = 0) -> str:
    """What befell the share of a group (see _GROUP_OUTCOMES), "" when the words around it do not say: the
    family nearest the figure in its own stretch of the sentence, and "on placebo" for a trial's comparison arm.
    With `after`, only words within that many characters after the figure count ("871 patients finished")."""
    lo = end if after else max(0, start - 90)
    hi = min(len(sentence), end + (after or 90))
    best = None
    for name, rx in _GROUP_OUTCOME_RES:
        for m in rx.finditer(sentence, lo, hi):
            gap = start - m.end() if m.end() <= start else m.start() - end
            if best is None or gap < best[0]:
                best = (gap, name)
    if best is None:
        return ""
    arm = sentence[max(0, start - 12):min(len(sentence), end + 45)]
    return best[1] + (" on placebo" if _PLACEBO.search(arm) else "")


_REGIONAL = re.compile(
    r"\b(?:in|across|throughout|for)\s+(?:the|her|his|their|its|this|that)\s+(?:province|state|region|county|"
    r"district|prefecture|governorate|oblast)\b|"
    r"\b[A-Z][\w\-]+\s+(?:province|region|county|district|prefecture|governorate|oblast)\s+alone\b|"
    r"\b(?:of|among)\s+the\s+(?:dead|victims|deaths|injured|fatalities)\s+(?:were|was|are)\s+(?:from|in)\s+[A-Z]")
_NATIONAL = re.compile(r"\bnationwide\b|\bnationally\b|\bcountry-?wide\b|\bacross the country\b|\bnational\s+(?:death\s+)?"
                       r"(?:toll|total|tally|figure|count)\b|\bthroughout the country\b|\bin all\b", re.I)


def _regional(sentence: str) -> bool:
    """A regional figure: the sentence scopes it to a province, state or region as part of a larger
    whole ("in her province", "in the province", "Sindh province alone", "23 of the dead were from
    Cotabato") and does not say it is national. Naming the province the event happened in ("died in the
    floods in Sindh province, the interior ministry said"), or a governor or regional office speaking, is
    not enough: most events happen in one province and its governor gives the event's toll."""
    return bool(_REGIONAL.search(sentence)) and not _NATIONAL.search(sentence)
