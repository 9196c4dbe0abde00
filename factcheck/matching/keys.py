"""The fact key of a claim: its measure, subject, unit and tags (another year, a part, a rate), read
once per claim from its own sentence, and which keys may meet."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date

from factcheck import places as _places
from factcheck.extraction import HEDGE_VERBS, PROPOSITION_BREAK, Value, detect_claims, own_proposition
from factcheck.numbers import (AGE_UNIT, ANY_FIGURE, CLOCK_OFFSET_AFTER, CURRENCY_WORDS, MEASURE_UNITS, TIME_RE,
                               _W_NUM, _W_ONE, elapsed)
from factcheck.upkeep import BUILT_VERB, SPAN_UNITS, Dating, find_datings, read_dating

from .core import DATE, QUANTITY, STATEMENT, UNKNOWN, FactKey, MatchClaim
from .measures import (
    AIRLIFT, _BODILY_MEASURES, _CIVIL_VEHICLES, _CLASS_WORDS, _EVENTS, _EVENT_VERBS, _HUMAN_CLASSES, _HUMAN_MEASURES,
    _MEASURE_WORDS,
    _MILITARY_CUE, _MOMENTS, _NAMING_EVENTS, _STORY_EVENTS, TWISTER, _PROJECTILES, _PROJECTILE_MEASURES,
    _SUBJECT_TITLES, _THINGS, _article_event, _coherent, _event_family, bare_strikes, _infer_measure, _infer_subject,
    labour_story, _measure, _side, _sing, _subject_class, _value_pos, _value_span, own_clause, own_verb,
)
from .ages import whose_age
from .readings import (
    SPEED_UNITS, _CLAUSE_END, _DIMENSIONS as _DIMENSION_WORDS, _TOLL, _actor, _ballot_reading, _figure_where, _is_capacity, _is_job_cut, VERB_NEXT, _is_money, _is_population,
    population_place, story_place, FALL_CUE, LENGTH_UNITS, _WEEKDAY, _distance, _measurement, _rising, roll_of,
    SHUTDOWN_NOUNS, container_of,
    _money_measure, _reading_day, _regional, _share_reading, _unit_class, _whose_term, change_reading, group_outcome,
)
from .scope import _Where, _where
from .statements import CAUSE as CAUSE_QUESTION, ORIGIN as ORIGIN_QUESTION, STARTED, Reading, answer_label, \
    read_statement, title as statement_title
from .values import _figure, base_unit, convertible


# --------------------------------------------------------------------------------------------
# Fact keys




@dataclass(frozen=True)
class _Info:
    key: str
    measure: str
    subject: str
    subject_inferred: bool
    where: _Where
    unit: str
    side: str = ""  # nationality or allegiance named in the subject: "russian", "foreign", "ukrainian"
    actor: str = ""  # who does it, when the sentence names another actor: "zf" plans to cut 14,000 jobs
    day: str = ""  # a reading's day: "monday", "forecast" ("expected to fall to 38 by Friday"), ""
    said: Reading | None = None  # a statement without a figure: the question it answers and its answer


_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|"
                     r"Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|est|Jr|Sr|U\.S|U\.N|U\.K|Prof|Inc|Co|Corp))$")


# what goes on after "3 p.m." in the same sentence: its day, its month or its zone ("at 3 p.m. Friday local time")
_CLOCK_GOES_ON = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                            r"July|August|September|October|November|December|GMT|UTC|[A-Z]{1,3}[SD]?T)\b")


def _own_sentence(text: str, quote: str) -> str:
    """The sentence of `text` holding the quote: context from neighbouring sentences (a photo caption, the
    previous paragraph) must not lend the claim its places, subjects or scope."""
    i = text.find(quote) if quote else -1
    if i < 0 and quote:
        i = text.lower().find(quote.lower())
    if i < 0:
        return text
    cuts = [0]
    for m in re.finditer(r"\n\s*\n|\n(?=[A-Z“\"])|[.!?][\"”’)]?(?=\s*[A-Z“\"]|\s*$)", text):
        if m.group(0).startswith((".",)) and (_ABBREV.search(text[:m.start()]) or _CLOCK_GOES_ON.match(text, m.end())
                                             and re.search(r"\b[ap]\.m$", text[:m.start()], re.I)):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    start = max(c for c in cuts if c <= i)
    end = min(c for c in cuts if c >= i + len(quote))
    return text[start:end].strip() or text


_MONTHS_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = re.compile(r"(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?![\d,.]\d|\s*(?:%|per ?cent|people|persons|troops|"
                   r"soldiers|workers|residents|homes|houses|[a-z]+s\b(?<!years)|gmt\b|utc\b|hrs\b|hours\b|local\b))", re.I)
_ANY_YEAR = re.compile(r"(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?![\d,.]\d)")
_YEAR_NAMES = re.compile(r"(?:\b(?:the|its|their|his|her|this|that|in|of|since|during|before|after|from)|['’]s|"
                         + _MONTHS_RE + r",?)\s*$", re.I)


def _month_no(text: str) -> int:
    low = text.lower()
    for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")):
        if name in low:
            return i + 1
    return 0


_IN_FULL_DATE = re.compile(_MONTHS_RE + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*$|\d{1,2}(?:st|nd|rd|th)?\s+"
                           + _MONTHS_RE + r",?\s*$", re.I)
# Only periods that date the figure itself: "N months ago" usually dates something else in the
# sentence ("since the war began 10 months ago"), so it is not among them.
_LAST_PERIOD = re.compile(r"\b(?:last|previous|past|prior|preceding)\s+(year|month|week)\b|"
                          r"\b(?:a|the)\s+(year|month|week)\s+"
                          r"(?:ago|earlier|(?:before|prior)(?=\s*(?:[,.;:)]|$|and\b|but\b)))|"
                          # "in the previous 12 months", "the preceding twelve months": last year's figure
                          r"\b(?:previous|prior|preceding)\s+(?:12|twelve)\s+(month)s\b", re.I)
# a figure the one before is compared with: "down from 7,670", "compared with 12 a year earlier"
_COMPARED_WITH = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?|on)\s+(?:the\s+|a\s+)?\S{0,3}\d")
# a figure the one before it is set against, which a year after both dates
_COMPARED_FIGURE = re.compile(r"\b(?:from|compared (?:with|to)|against|versus|vs\.?|than)\s[^.;]{0,40}?\d", re.I)
# a document dated by the period after it: "updated last month", "published a year earlier"
_DOCUMENT_DATED = re.compile(r"\b(?:updated|published|released|revised|issued|filed|dated|amended|posted)\s+$", re.I)
# "between August 2028 and July 2029", "the 2028-29 season": a period that runs into the year of the report
_RUNS_INTO = re.compile(r"\s*(?:-|–|to|and|through|until|till)\s+(?:[A-Z][a-z]+\.?\s+)?(\d{4}|\d{2})\b")
_SEASON = r"(?:monsoon|rainy season|rains|wet season|dry season|(?:\w+ )?season|winter|summer)"
# a running total of the year or of the season ("since the monsoon began", "so far this season"), not the
# event's own count. Not "since October": an outbreak that began in October counts its cases since then.
# "this year's expedition", "this year's harvest": the story's own event, not a running total ("this year's toll" is)
_YEAR_TO_DATE = re.compile(r"\b(?:so far this year|this year(?! alone)(?!['’]s\s+(?!(?:death\s+)?(?:toll|tally|total)\b))|"
                           r"since (?:the (?:start|beginning) of (?:the|this) year|january(?: 1(?:st)?)?|1 january)|"
                           r"year to date|in (?:the )?first (?:\w+ )?months of (?:the|this) year|"
                           r"(?:so far )?this " + _SEASON + r"|since the " + _SEASON + r" (?:began|started|set in|arrived)|"
                           r"since the (?:start|beginning|onset) of the " + _SEASON + r")\b", re.I)
_YEARLY = re.compile(r"\b(?:each|every|per) year\b|\bannually\b|\ba year on average\b|"
                     r"(?<!\bin )(?<!\bfor )(?<!\bwithin )(?<!\bover )\ba year\b(?!\s+(?:ago|earlier|later|after|before|on|since))", re.I)
_YEARS_SPAN = re.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:\d+|two|three|four|"
                         r"five|six|seven|eight|nine|ten|several|many)\s+(?:years|decades)\b|\bover\s+the\s+(?:past|last)\s+"
                         r"(?:decade|century)\b", re.I)
_ALONE = re.compile(r"\b[A-Za-z][\w\-]*\s+alone\b|\balone\s+(?:in|at)\b", re.I)
# what a thing runs on alone is no part: "was run on deuterium alone", "ran on battery power alone"
_RUNS_ON = re.compile(r"\b(?:run|runs|ran|running|powered|fuelled|fueled|operated)\s+(?:on|by)\s+(?:[\w-]+\s+){0,2}$",
                      re.I)


# "came six months after a power cut", "two years after the floods": another, earlier event
_CAME_AFTER = re.compile(r"\b(?:came|comes|follows|followed|happened|occurred)\s+(?:just\s+|only\s+|barely\s+)?"
                         r"(?:\w+|\d+)\s+(days?|weeks?|months?|years?|decades?)\s+after\s+(?:a|an|the|its|last)\b", re.I)


# a delivery of goods: "a shipment of", "a first lot of", "the consignment of"; or the goods then arriving
_SHIPMENT_OF = re.compile(r"\b(?:shipments?|consignments?|deliver(?:y|ies)|batch(?:es)?|lots?|cargo|load|"
                          r"delivered|shipped)\s+(?:of\s+)?"
                          r"(?:(?:some|about|around|nearly|almost|over|more\s+than|another|a\s+further)\s+)?$", re.I)
_SHIPMENT_CAME = re.compile(r"\s+(?:[\w-]+\s+){0,8}?(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                            r"(?:received|delivered|shipped|flown\s+in|unloaded)|landed|arrived|touched\s+down)\b",
                            re.I)


# readings that hold beyond the day they are told, so no reading of a day: what a happening or a thing measures once
# (how far it fell, how deep, how wide, how far away), a policy rate and its move, how long something took
_LASTING = {"fall", "height", "length", "width", "depth", "distance", "elevation", "radius", "magnitude",
            "interest rate", "change", "duration", "record", "margin", "delay"}


# what a tank or a system holds when full: its stock, not the amount that escaped ("the warehouse held 320
# tonnes" is the amount the story is about)
_HOLDS = re.compile(r"\b(?:holds|contains|can\s+(?:hold|take|store)|capacity\s+of)\s+"
                    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|at\s+least)\s+)?$", re.I)
_WHEN_FULL = re.compile(r"[^,;.]{0,40}\bwhen\s+full\b", re.I)


# the speaker going on to another point: "120 were inside, she said, and called it the third leak since 2021",
# "three of the dead were students and that the line has run since 2009"
_NEXT_POINT = re.compile(r"\b(?:and|but)\s+(?:called|said|added|described|told|warned|noted|says|calls|adds|describes|"
                         r"tells|warns|notes)\b|\b(?i:and)\s+(?i:that)\b")


# a sentence that opens on its subject's history, a participle's phrase before the main clause: "First sailed in 2024
# and held every two years,", "Built in 1931,", "Opened in 1998 and 2004,"
_OPENING_PARTICIPLE = re.compile(r"\s*(?i:(?:first|originally)\s+(?:[a-z]+ed|run|held|built|won|begun|made)|"
                                 + BUILT_VERB + r")\s+(?:in|on|since|by|as|from)\b")

# a year in a clause on when a thing was built or opened: "the link, which opened in 2030", "a mine, opened in 1998"
_BUILT_BEFORE = re.compile(r"(?:\bwhich|\bthat|,)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|first\s+)?"
                           + BUILT_VERB + r"\s+(?:in\s+)?$", re.I)

# a year a body was founded in dates the body: "The Da Nang company, founded in 2029, sold 150 million shares",
# "Founded in Da Nang in 2027, the firm sells through 640 dealers"
_FOUNDED_BEFORE = re.compile(r"\b(?i:founded|established|incorporated|set\s+up|formed)\s+(?:in\s+[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?(?:in\s+)?$")

# the time a thing dates from dates the thing: "is believed to date from the Battle of Okinawa in 1945"
_DATES_FROM = re.compile(r"\b(?:dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:from|to)|left\s+over\s+from|"
                         r"a\s+(?:relic|remnant|leftover)\s+of)\s+(?:[^.;,]{0,40}?\s)?(?:in\s+)?$", re.I)
# ... and so does how long it has worked: "a net capacity of 1,120 megawatts and has been in service since 1985"
_IN_SERVICE_SINCE = re.compile(r"\b(?:in\s+(?:service|operation|use|production)|operating|operational|running|"
                               r"online|on\s+line)\s+(?:since|from)\s+$", re.I)

# the deed done so many times: "covered 14 times", "tested 23 times", "the oversubscription at 11.6 times"
_TIMES_DONE = re.compile(r"\b([a-z]+ed|oversubscription\s+at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
                         r"more\s+than\s+|at\s+least\s+|over\s+|roughly\s+)?[\"“]?$", re.I)
_CHANGE_VERB = re.compile(r"increased|decreased|multiplied|jumped|climbed|soared|surged|grew|rose|raised|reduced|"
                          r"expanded|priced|valued|estimated|compared|rated|ranked")


def _how_far(v: Value, sentence: str) -> bool:
    """Whether a length is how far one place is from another ("300 km north of Lisbon")."""
    span = _value_span(v, sentence) if v.unit in LENGTH_UNITS else None
    return bool(span and _distance(sentence.lower(), span[1]))


# a clause of its own that a figure stands in: "..., which lies 260 kilometres north of Ashgabat"
_RELATIVE = re.compile(r",\s+(?:which|that|where|whose)\b", re.I)
# ... or an aside the year stands in: "the stairway, rebuilt with government money in 2014, is four metres wide"
_ASIDE_BEFORE = re.compile(r",\s+(?:[a-z]+ed|[a-z]*built|made|begun|dug|laid|set\s+up)\s[^,;]*$")
# a superlative compares with a period; it does not count over it: "the hottest day there this summer"
_SUPERLATIVE = (r"strongest|worst|deadliest|biggest|largest|highest|lowest|heaviest|most|first|hottest|coldest|warmest|"
                r"wettest|driest|windiest|busiest|longest|greatest|fastest|costliest")
# "the worst storm since 2016"; "the hottest day there this summer", "a record this year"
_SUPERLATIVE_SINCE = re.compile(r"\b(?:" + _SUPERLATIVE + r")\b[^.;]{0,60}$", re.I)
_SUPERLATIVE_SO_FAR = re.compile(r"\b(?:" + _SUPERLATIVE + r"|record)\b[^.;]{0,50}$", re.I)


def _compares(superlative: re.Pattern, sentence: str, lo: int, period: int, found: int) -> bool:
    """Whether a superlative before the period starting at `period` (looked for from `lo`) compares with that period
    rather than counting over it: not when the figure stands between them ("Europe's busiest airport has cancelled
    1,200 flights this year" counts over the year)."""
    sup = superlative.search(sentence, lo, period)
    return bool(sup) and not sup.start() < found < period

# how big a thing stands: "69 metres across", "20 metres deep", "148 metres tall", "3 km in diameter"
_SIZE_WORD = re.compile(r"\s+(?:across|wide|deep|high|tall|long|thick|"
                        r"in\s+(?:diameter|length|width|height|depth))\b", re.I)


def _standing_size(v: Value, sentence: str) -> bool:
    """Whether a length is a standing size of a thing or how far it lies from a place: years told of the thing
    in another clause do not date it."""
    span = _value_span(v, sentence) if v.unit in LENGTH_UNITS else None
    return bool(span and _SIZE_WORD.match(sentence, span[1])) or _how_far(v, sentence)


def _period(sentence: str, pos: int, v: Value, published: date | None) -> str:
    """When a figure is not about the reported event's own period, a tag that keeps it off the event's
    facts (it answers another question): "y2013" for a year other than the article's ("the 2013
    collapse killed more than 1,100", "since 2010"), "y<year-1>" or "last year" for "last year",
    "last month"...; "+" for an increment ("six more bodies were found", "another 12 died": a part
    of a total, not the total); "part" for an explicit part of the whole ("in the port alone").
    A year inside a full date ("Dec. 31, 2022") dates the event: no tag. "" otherwise."""
    tags = []
    own = v.text or ""
    found = sentence.find(own) if own else -1  # where the figure's own words stand, -1 when not found
    own_end = found + len(own) if found >= 0 else pos
    # "the bridge, built in 1981, is 412 metres long": a structure's history dates the structure, not the figure
    history = [(d.start, d.end) for d in find_datings(sentence)]
    standing = _standing_size(v, sentence)
    for m in _ANY_YEAR.finditer(sentence):
        if own and m.group(1) in own or any(a <= m.start() < b for a, b in history):
            continue
        if standing and (m.start() > pos and "," in sentence[pos:m.start()] or
                         m.start() < pos and (_RELATIVE.search(sentence, m.end(), pos) or
                                              _ASIDE_BEFORE.search(sentence, 0, m.start()) and
                                              "," in sentence[m.end():pos])):
            # "The crater, 69 metres across, has burned since 1971", "In 2038 tourists visited the crater, which lies
            # 260 km north of Ashgabat": the year is the crater's, not its size ("In 2009, it was 12 metres across" is)
            continue
        if re.search(r"[;:](?=\s)", sentence[min(pos, m.start()):max(pos, m.start())]):
            continue  # "Dogon Kade, 85 kilometres west of Minna, has seen this before: in 2021, 31 died": another clause
        if m.start() > pos and _NEXT_POINT.search(sentence[pos:m.start()]):
            continue  # the speaker's next point dates itself, not the figure before it
        if m.start() > pos and found >= 0 and _COMPARED_FIGURE.search(sentence, own_end, m.start()):
            continue  # "1.07 trillion tugriks, against an original budget of $180 million agreed in 2024": the budget's
        if m.start() < sentence.rfind(", ", 0, pos) and _OPENING_PARTICIPLE.match(sentence):
            continue  # "First sailed in 2024 and held every two years, the race drew 40 starters": the race's history
        if _BUILT_BEFORE.search(sentence, max(0, m.start() - 50), m.start()) or \
                _FOUNDED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) or \
                _IN_SERVICE_SINCE.search(sentence, max(0, m.start() - 60), m.start()) or \
                _DATES_FROM.search(sentence, max(0, m.start() - 70), m.start()):
            continue  # "the 700 MW link, which opened in 2030,": the year dates the thing, not the figure
        before = sentence[max(0, m.start() - 20):m.start()]
        # "2019 people were killed" is a count, but "the 2019 quakes", "in 2019", "its 2021 vote" date
        # another event
        if not _YEAR.match(sentence, m.start()) and not _YEAR_NAMES.search(before):
            continue
        year = int(m.group(1))
        if published is not None and year == published.year:
            continue
        into = _RUNS_INTO.match(sentence, m.end())
        if published is not None and into and int(into.group(1)) % 100 == published.year % 100 and \
                year == published.year - 1:
            continue
        if published is not None and year > published.year:
            continue  # "by 2027", "from 2028": a target or a plan of this event, not another event
        full = _IN_FULL_DATE.search(before)
        if full:
            # "Dec. 31, 2022" dates the event when it is within the window of the article's date
            # (a report published on Jan. 2); a month alone ("in October 2019") dates another event
            # "the shipwreck of October 3, 2013" in a 2025 report dates another event, whatever its day
            if published is None or (re.search(r"\d", full.group(0)) and published.year - year <= 1) or (
                    (published.year - year) * 12 + published.month - _month_no(full.group(0)) <= 1):
                continue
        since = re.search(r"\bsince\s+$", sentence[max(0, m.start() - 8):m.start()], re.I)
        if re.match(r",?\s+when\b", sentence[m.end():]) and pos > m.end():
            tags.append(f"y{year}")  # "the worst since 2021, when 32 people were killed": the figure is 2021's
            break
        if since and _compares(_SUPERLATIVE_SINCE, sentence, 0, m.start(), found):
            continue  # "the strongest storm to hit since 2016" compares with another year; it does not date
        tags.append(("since" if since else "y") + str(year))
        break
    if not tags:
        # "Bosch said last year it would cut 5,000 jobs, while ZF plans to cut 14,000": the period
        # dates its own clause only
        # a colon after a clause of its own ("what owners had feared since January: from 25 March ...") cuts too
        # "..., adding that the last inspection was in May this year": the next reported point dates itself
        cuts = [0] + [m.end() for m in re.finditer(r";|\bwhile\b|\bwhereas\b|,\s+but\b", sentence)] + \
            [m.start() for m in PROPOSITION_BREAK.finditer(sentence)] + \
            [m.end() for m in re.finditer(r":(?=\s)", sentence) if len(sentence[:m.start()].split()) >= 6] + \
            [len(sentence)]
        lo = max(c for c in cuts if c <= pos)
        hi = min((c for c in cuts if c > pos), default=len(sentence))
        m = _LAST_PERIOD.search(sentence[lo:hi])
        if m and _anothers_period(sentence, lo + m.start(), lo + m.end(), found, own_end):
            m = None  # "the berth, dredged to 18 metres last year, took the ship, and five tugs assisted"
        if m and lo + m.start() > pos and _COMPARED_WITH.search(sentence[own_end:lo + m.start()]):
            m = None  # "6,288 km2, down from 7,670 km2 a year earlier": the year before is the other figure's
        if m and any(a <= lo + m.start() < b for a, b in history):
            m = None
        if m and _DOCUMENT_DATED.search(sentence, max(0, lo + m.start() - 25), lo + m.start()):
            m = None  # "the registry record, updated last month, says 1,190": it dates the record, not the figure
        ytd = _YEAR_TO_DATE.search(sentence[lo:hi])
        if ytd and ytd.group(0).lower() == "this year" and _is_money(v.unit):
            ytd = None  # "a whole ticket cost ₡50,000 this year": this year's price, not a running total
        if ytd and v.unit in LENGTH_UNITS and "-" in own:
            ytd = None  # "to attempt the 20,310-foot summit this season": the summit's size, whatever the season
        if ytd and _anothers_period(sentence, lo + ytd.start(), lo + ytd.end(), found, own_end):
            ytd = None  # "found 98 breeding pairs and that 61 chicks had fledged this season": the chicks' season
        if not m and ytd and not _compares(_SUPERLATIVE_SO_FAR, sentence, lo, lo + ytd.start(), found):
            # "the largest attack since the start of the year" compares; it does not count since then
            tags.append("ytd")  # "380 people have died on the route since January": a running total, not the event's
        span = _YEARS_SPAN.search(sentence[lo:hi])
        if span and _anothers_period(sentence, lo + span.start(), lo + span.end(), found, own_end):
            span = None  # "NZ$4.2 million over four years ..., and the department plans to move 40 birds"
        yearly = _YEARLY.search(sentence[lo:hi])
        if yearly and _anothers_period(sentence, lo + yearly.start(), lo + yearly.end(), found, own_end):
            yearly = None  # "would create some 400 jobs and bring the treasury DKK 310 million a year"
        if not m and not ytd and span:
            tags.append("years")  # "we have lost 30 people here in five years": a tally of years, not the event's
        elif not m and not ytd and yearly and not _how_far(v, sentence):
            # "Porto, some 300 km north of Lisbon, draws 400,000 visitors a year": a distance is no yearly rate
            tags.append("rate")  # "more than 2,300 people are killed on the roads each year": a yearly rate
        earlier = _CAME_AFTER.search(sentence[:pos])
        if not m and earlier:
            # "the outage came six months after a power cut left 55 million without electricity": the figure
            # is the earlier event's
            tags.append(f"{earlier.group(1).lower()} before")
        if m:
            unit = "year" if re.search(r"12|twelve", m.group(0)) else next(g for g in m.groups() if g).lower()
            if unit == "year" and published is not None:
                tags.append(f"y{published.year - 1}")
            else:
                tags.append(f"last {unit}")
    after = sentence[pos + max(0, len(own) - len(own) // 2):pos + max(0, len(own) - len(own) // 2) + 30] \
        if own else sentence[pos:pos + 30]
    start = found if own else pos
    before = sentence[max(0, start - 25):max(0, start)]
    if re.match(r"\s+(?:more|additional|further|extra)\b", after) or \
            re.search(r"\b(?:another|a further|an additional|an extra)\s+$", before, re.I) or \
            re.match(r"(?:another|a further|an additional|an extra)\s", own, re.I):
        # "400 killed in the barracks and about 300 more wounded": another group beside an earlier
        # figure of the sentence, not an increment of this one
        if not re.search(r"\d.*\band\b", sentence[:max(0, start)]):
            tags.append("+")
    near = sentence[max(0, start - 45):start + len(own) + 45]
    part_of_earlier = re.match(r"\s*of (?:whom|them|those)\b", sentence[start + len(own):start + len(own) + 14], re.I) \
        and re.search(r"\d|\b(?:dozens|hundreds|thousands|scores)\b", sentence[:max(0, start)]) \
        or re.match(r"\s*of (?:the|those) (?:dead|killed|victims|injured|wounded|missing|casualties|bodies)\b",
                    sentence[start + len(own):start + len(own) + 30], re.I) \
        or _of_a_said_whole(sentence, start + len(own))
    # "of which 71,500 head in Naryn region": a part of the figure before; "of which 5,872 rejected ballots" are
    # another count, which its own word names
    of_which = re.search(r"\bof which\s+(?:[^\s,;]+\s+){0,3}$", sentence[max(0, start - 40):start], re.I) and \
        not re.match(r"\s+[a-z]+ed\b", sentence[start + len(own):])
    alone = any(m.end() > start - 60 and m.start() < start + len(own) + 60 and not _RUNS_ON.search(sentence[:m.start()])
                for m in _ALONE.finditer(sentence))
    if part_of_earlier or alone or _AMONG.search(near) or of_which or \
            re.search(r"\b(?:including|among them|of whom|of them)\s+(?:[^\s,;]+\s+){0,3}$",
                      sentence[max(0, start - 40):start], re.I):
        tags.append("part")  # "nine women and 11 children were among the dead", "including 12 children"
    elif "+" not in tags and _INCREMENT.search(near) and _RECOVERED.search(near):
        tags.append("+")  # "two dozen bodies were pulled out overnight": the night's recoveries, not the toll
    if _NOW_BEFORE_CHANGE.search(sentence[max(0, start - 40):start]) and (
            re.search(r"\b(?:current|present|existing|today['’]s)\s+$", before, re.I) or
            _NOW_AFTER.match(sentence, start + len(own))):
        tags.append("current")  # "cut from 46 feet currently", "reduced from the current 47 feet": before the change
    rate = _RATE.search(sentence[start + len(own):start + len(own) + 40]) or \
        (v.unit != "%" and _RATE_BEFORE.search(sentence[max(0, start - 60):max(0, start)]))
    if rate and _unit_class(v.unit) not in SPEED_UNITS:
        # "the usual about 30 a day": a rate, not the event's count; a wage of Gs. 133,000 a day and one of Gs.
        # 3,458,000 a month are two questions
        tags.append(f"rate/{rate.group('per') or 'day'}")
    elif _usual(sentence, start, start + len(own)):
        tags.append("rate")
    return ",".join(tags)


# a day of the month is no figure: "since the monsoon began on June 13", "on 13 June"
_DAY_OF_MONTH = re.compile(r"\b" + _MONTHS_RE + r"\s+$", re.I)
_DAY_OF_MONTH_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS_RE + r"(?![a-z])", re.I)


def _anothers_period(sentence: str, start: int, end: int, own_start: int, own_end: int) -> bool:
    """Whether a phrase of time ("last year", "this season", "over four years") that follows another figure of
    the sentence dates that figure rather than this one: it stands nearer the other, with no punctuation
    between them. A phrase before every figure ("Last year, 30 died and 12 were hurt") dates them all."""
    if own_start < 0:
        return False
    others = [(f.start(), f.end()) for f in ANY_FIGURE.finditer(sentence)
              if not own_start <= f.start() < own_end and not start <= f.start() < end
              and not _DAY_OF_MONTH.search(sentence[max(0, f.start() - 12):f.start()])
              and not _DAY_OF_MONTH_AFTER.match(sentence, f.end())]
    if not any(b <= start for _, b in others) and own_end > start:
        return False

    def gap(a: int, b: int) -> int:
        return start - b if b <= start else a - end if a >= end else 0

    def joined(a: int, b: int) -> bool:  # no punctuation between the figure and the phrase
        return not re.search(r"[,;:()]", sentence[b:start] if b <= start else sentence[end:a])
    return min((gap(a, b) for a, b in others if joined(a, b)), default=10**9) < gap(own_start, own_end)


# words for the animals of a story that do not say which kind
_GENERIC_ANIMALS = {"animal", "creature", "mammal", "beast"}
# farm animals, counted in a hard winter, a drought or an outbreak
_LIVESTOCK = {"sheep", "goat", "horse", "yak", "cattle", "cow", "camel", "pig", "reindeer", "buffalo", "donkey", "ox",
              "lamb", "calf", "poultry", "chicken", "hen", "duck"}
_ANIMALS = _GENERIC_ANIMALS | _LIVESTOCK
# kinds of fish: a story's fish are one count whatever a report calls them ("42,000 salmon", "some 42,000 fish")
_FISH = {"salmon", "trout", "cod", "tuna", "carp", "tilapia", "herring", "sardine", "mackerel", "catfish", "sea bass",
         "bass", "bream", "halibut", "eel", "smolt"}
# what got out: "freed some 42,000 fish", "more than 160,000 fish had got out" in a story of an escape
_ESCAPE_STORY = re.compile(r"\bescap", re.I)
# how many a country or a farm has: "the national herd at", "the number of livestock in the republic was", "the
# country had about 16.5 million head of livestock"
_HERD = re.compile(r"\bherds?\b[^.;,]{0,30}\b(?:at|of|was|is|numbered|stood at|stands at|totals?)\s+"
                   r"(?:[a-z]+\s+){0,2}$|"
                   r"\bnumber of (?:livestock|animals|cattle|sheep|goats|horses)\b[^.;]{0,50}\b(?:was|is|stood at|"
                   r"stands at|at|reached)\s+(?:[a-z]+\s+){0,2}$|"
                   r"\b(?:livestock|animal) (?:population|numbers)\b[^.;]{0,40}$", re.I)
_HERD_HAS = re.compile(r"\b(?:had|has|have|owns|owned|keeps|kept)\s+(?:about|some|around|roughly|nearly|almost|"
                       r"more than|over)?\s*$", re.I)
_ANIMALS_LOST = re.compile(r"\blos(?:s|ses|t|ing)\b|\bdead\b|\bdied\b|\bdeaths?\b|\btoll\b|\bperished\b|"
                           r"\bcarcass", re.I)
# the dead a story tells of, named with what befell them: "187 dead vultures", "vultures have been poisoned"
_DEAD_NAMED = re.compile(r"\b(?:dead|poisoned)\s+([a-z]{2,}[^s\W]s|cattle|sheep)\b|"
                         r"\b([a-z]{2,}[^s\W]s|cattle|sheep)\s+(?:(?:have|had)\s+been|were|are)\s+"
                         r"(?:killed|poisoned|found\s+dead)\b|"
                         r"\b([a-z]{2,}[^s\W]s|cattle|sheep)\s+(?:(?:that|which)\s+)?(?:(?:have|had)\s+)?"
                         r"(?:(?:already|now)\s+)?died\b")


_VICTIM_GENERIC = _GENERIC_ANIMALS | {"bird", "fish"}


@functools.lru_cache(maxsize=256)
def _story_victims(text: str) -> str:
    """The kind of animal a story's dead are, when it names the dead as animals only ("" otherwise)."""
    kinds: list[str] = []
    for m in _DEAD_NAMED.finditer(text.lower()):
        noun = m.group(1) or m.group(2) or m.group(3)
        cls = _subject_class(noun, "", "killed")
        if cls in _HUMAN_CLASSES or _PERSON_NOUN.search(_sing(noun)) or noun in ("others", "thousands", "hundreds",
                                                                                "dozens", "scores", "tens"):
            return ""
        kinds.append(_sing(noun))
    named = set(kinds) - _VICTIM_GENERIC or set(kinds)  # "dead birds" beside "dead vultures": the vultures
    if named & _LIVESTOCK and not _story_livestock(text):
        return ""  # dead sheep in a story of sheep, goats and yaks: its toll counts all the herds
    return named.pop() if len(named) == 1 and len(kinds) >= 2 else ""


# animals named in a toll's own sentence ("raised its death toll to 49 ... saying a dozen animals had been
# euthanased"), and people who are not
_ANIMAL_WORDS = re.compile(r"\b(?:animals?|livestock|cattle|cows?|sheep|goats?|pigs?|horses?|camels?|poultry|"
                           r"chickens?|birds?|herds?|flocks?|steers?|calves|lambs?)\b", re.I)
_PEOPLE_WORDS = re.compile(r"\b(?:people|persons?|residents?|passengers?|victims?|children|civilians?|workers?|"
                           r"farmers?|villagers?|men|women|crew)\b", re.I)


def _toll_of_animals(sentence: str, article_text: str) -> str:
    """The animals a toll counts when its own sentence names animals and no people ("" otherwise)."""
    if not _ANIMAL_WORDS.search(sentence) or _PEOPLE_WORDS.search(sentence):
        return ""
    return _story_livestock(article_text or sentence) or "animal"


_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|thousands|scores)\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b")
_INTENSITY = re.compile(r"\bintensity\b|\bshaking\b|\bMSK\b|\bMercalli\b|\bMMI\b|\bEMS-98\b|\bshindo\b", re.I)
_OUT_OF_HOSPITAL = re.compile(r"\b(?:carried|moved|taken|brought|wheeled|evacuated|transferred|led)\s+"
                              r"(?:out\s+of|from)\s+"
                              r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:hospital|clinic|ward|wards)\b", re.I)
_DRIFTED_FOR = re.compile(r"\b(?:drifted|drifting|adrift)\b[^.;,]{0,40}\bfor\s+"
                          r"(?:about\s+|some\s+|around\s+|roughly\s+|"
                          r"approximately\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
# places a flood, a quake or a storm reached, counted
_SETTLEMENTS = {"village", "town", "community", "settlement", "municipality", "hamlet", "district", "neighbourhood",
                "neighborhood", "suburb", "island", "county", "commune", "parish"}
# "more than 600 head of cattle", "118,000 head of livestock": the kind after "head of"
_HEAD_OF = re.compile(r"\s+head\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?([a-z]+)", re.I)
_BARE_HEAD = re.compile(r"\s+head\b(?![-\w])(?!\s+of\b)", re.I)
# one kind of farm animal, however a report names it: cows, steers and calves are cattle (a herders' story of
# sheep and lambs counts its flocks in all, so lambs stay a kind of their own)
_LIVESTOCK_KIND = {"cow": "cattle", "cows": "cattle", "ox": "cattle", "oxen": "cattle", "calf": "cattle",
                   "calves": "cattle", "steer": "cattle", "steers": "cattle", "heifer": "cattle", "heifers": "cattle",
                   "bull": "cattle", "bulls": "cattle", "buffaloes": "buffalo"}
_LIVESTOCK_NAMED = re.compile(r"\b(" + "|".join(sorted(
    _LIVESTOCK | {w + "s" for w in _LIVESTOCK} | set(_LIVESTOCK_KIND), key=len, reverse=True)) + r")\b", re.I)


def _livestock_kind(word: str) -> str:
    word = word.lower()
    return _LIVESTOCK_KIND.get(word) or _sing(word)


@functools.lru_cache(maxsize=256)
def _story_livestock(text: str) -> str:
    """The one kind of livestock a story names, when it names one kind only ("" otherwise)."""
    kinds = {_livestock_kind(m.group(1)) for m in _LIVESTOCK_NAMED.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else ""

# what emergency services send to a scene: counted as sent, whether they "were sent", "arrived" or "reached" it
_RESPONSE_VEHICLES = {"ambulance", "fire engine", "fire truck", "fire appliance", "appliance", "lifeboat", "engine"}

_AMONG = re.compile(r"\bamong (?:the |those )?(?:dead|killed|victims|deceased|fatalities|bodies|injured|"
                    r"wounded|missing|survivors|rescued)\b", re.I)
_INCREMENT = re.compile(r"\b(?:overnight|since (?:dawn|morning|midnight|last night)|in the (?:past|last) \d+ hours|"
                        r"on (?:\w+day|the day) alone|so far (?:today|this morning))\b", re.I)
_RECOVERED = re.compile(r"\b(?:recover|retriev|pulled|fished|found|brought (?:out|ashore))", re.I)
# a figure's period after it: "30 a day", "2.1 tonnes of methane an hour", "5 litres of water per person a day"
_RATE = re.compile(r"^\s*(?:[a-z]+\s+|of\s+(?:[a-z-]+\s+){1,3}?)?"
                   r"(?:(?:a|per|each)\s+(?:person|head|capita|family|household|resident)\s+)?"
                   r"(?:a|an|per|each|every) (?P<per>day|week|month|hour)\b"
                   r"(?!\s+(?:before|earlier|ago|later|after))"
                   r"|^\s*(?:[a-z]+\s+)?(?:daily|a-day)\b", re.I)
# ... or named before it: "raised the monthly minimum wage by 6.4 per cent to 3.458 million guaraníes"
_RATE_BEFORE = re.compile(r"\b(?:(?P<per>day|week|month|hour)ly|daily)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:wages?|salar(?:y|ies)|pay|"
                          r"income|earnings|rent|pensions?|allowances?|minimum)\b(?:[^.;]|\.\d){0,40}$", re.I)
_USUAL = re.compile(r"\b(?:usual(?:ly)?|normal(?:ly)?|typical(?:ly)?|on average|an average of|on a normal day|"
                    r"ordinarily)\b", re.I)


# a rate's period: "a day", "per week", "daily"
_A_PERIOD = re.compile(r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b|\b(?:daily|weekly|monthly|yearly)\b", re.I)
# what sets another figure against this one: "stood at 79.6 feet, against a normal level of 84.5 feet"
_SET_AGAINST = re.compile(r"[,;(]|\b(?:against|compared|than|versus|vs|from|while|whereas|but)\b", re.I)


# the figure a change starts from, said to be today's: "cut from 46 feet currently", "from the current 47.0 feet"
_NOW_BEFORE_CHANGE = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:current\s+|present\s+|existing\s+|"
                                r"today['’]s\s+)?(?:about\s+|some\s+|around\s+)?$", re.I)
_NOW_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:currently|at\s+present|now|today)\b", re.I)
_TURNS = re.compile(r"\b(?:against|compared|than|versus|vs|while|whereas|but|now|today|this\s+year)\b", re.I)


def _usual(sentence: str, start: int, end: int) -> bool:
    """Whether the words near a figure say it is the usual one ("the usual about 30 a day", "nine days on average"),
    not another figure the sentence sets against it ("79.6 feet, against a normal level of 84.5 feet")."""
    for m in _USUAL.finditer(sentence, max(0, start - 45), end + 45):
        if m.start() >= end and re.search(r"\b(?:below|above|than)\s+(?:the\s+)?$",
                                          sentence[max(0, m.start() - 12):m.start()]):
            continue  # "45 per cent below normal": a departure from the usual, not the usual figure
        if m.start() < start and not _TURNS.search(sentence, m.end(), start) or \
                m.start() >= start and not _SET_AGAINST.search(sentence, end, m.start()):
            return True
    return False


def _published(claim: MatchClaim) -> date | None:
    """The article's date, or for an undated one the start of the latest year its text names (a masthead's
    "Tuesday, 19 August 2025"), so that "the collapse in Ikoyi in November 2021" still dates another event."""
    if claim.published is not None or not claim.article_text:
        return claim.published
    year = _latest_year(claim.article_text)
    return date(year, 1, 1) if year else None


@functools.lru_cache(maxsize=1024)
def _latest_year(text: str) -> int:
    this_year = date.today().year
    years = [int(y) for y in re.findall(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)", text) if int(y) <= this_year]
    return max(years, default=0)


# records a story counts: insurance claims, emergency calls, complaints, applications
_RECORDS = {"claim", "call", "complaint", "application", "request", "report"}
_RECORD_OUTCOMES = {"rejected", "denied", "dismissed", "refused", "paid", "settled", "approved", "accepted", "closed",
                    "processed", "resolved", "upheld", "withdrawn"}

# a holding in a company: "already owns 19.6% of the company", "holds 12.4% of Northern Range", "a 17.2% stake"
_STAKE = re.compile(r"\b(?:owns?|owned|owning|holds?|held|holding)\s+"
                    r"(?:(?:already|about|around|some|nearly|almost|just|roughly|closer to|more than|less than|"
                    r"at least|only)\s+){0,2}$|\bstake\b[^.;,\d%]{0,20}$", re.I)
_MARKET_AFTER = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:market|sales|vote|votes|seats)\b", re.I)
_STAKE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+)?(?:stake|shareholding|holding|interest\s+in)\b", re.I)
# a venue's size told with its name: "the 55,000-capacity arena", "the 55,000-cap arena", "a 700-seater hall"
_CAPACITY_AFTER = re.compile(r"-?(?:capacity|cap|seater)\b", re.I)
# a service's users left without it for a span: "had been without data for", "went without water for"
_WENT_WITHOUT = re.compile(r"\bwithout\s+(?:[\w-]+\s+){1,3}?for\s+$", re.I)
# a place or a service shut for a span: "closed for seven days", "shut for three days only", "suspended for two hours"
_STOPPED_FOR = re.compile(r"(?:\b(?:closed|shut(?:\s+down)?|suspended|halted|stopped|banned|blocked|off\s+the\s+air|"
                          r"offline|out\s+of\s+(?:service|action|operation))\s+(?:[\w'’-]+\s+){0,4}?[\"“]?for|"
                          # "puts the suspension at 84 minutes", "a closure of two weeks"
                          r"\b(?:" + SHUTDOWN_NOUNS + r")\s+(?:lasted\s+|lasting\s+)?"
                          r"(?:at|of)?)\s+"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|"
                          r"over\s+|only\s+)?$", re.I)
# a span that says how long before or after something else: "informed the regulator two days in advance"
_LEAD_TIME = re.compile(r"\s+(?:in advance|ahead|beforehand|before|after|earlier|later|prior)\b", re.I)
# a sale's or a service's queue: who waited in it
_QUEUE = re.compile(r"\bqueu(?:e|ed|ing)\b|\bwaiting room\b|\blogged (?:in|on) to (?:try to )?buy\b", re.I)
_LOST_SERVICE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:lost|losing|lose)\s+(?:their\s+|all\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:access|service|connection|connectivity|signal|coverage)\b", re.I)
# the people lost are the object of "lost": "we have lost 30 people here"
_LOST_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:[\w'’-]+\s+){0,3}?$")
_PER_PERIOD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:a|per|each|every)\s+(?:person|head|household|family|"
                         r"card-?holder|customer|resident|capita)\s+)?(?:a|per|each|every)\s+(year|day|week|month)\b"
                         r"(?!\s+(?:later|earlier|before|after|ago)\b)", re.I)
_DAILY = re.compile(r"\s+(?:daily|a-day)()\s+[a-z]", re.I)  # "24 daily slots"
_CREW_OF = re.compile(r"\bcrew of\s+(?:(?:about|around|some|just|only|nearly)\s+)?$", re.I)
# the whole of a crew, whatever befell it: "all 21 crew were rescued", "The 21 crew members abandoned ship"
_WHOLE_CREW = re.compile(r"(?:\ball\s+(?:of\s+)?(?:the\s+|its\s+|her\s+)?|(?:^|[.;:]\s*|\bsaid\s+(?:that\s+)?)the\s+)$",
                         re.I)
# ... unless what follows narrows it: "the 3 crew rescued by helicopter", "the 3 crew who were hurt"
_CREW_NARROWED = re.compile(r"\s+(?:crew|crewmen|crew\s+members|seafarers|sailors)\s+(?:who|that|which|\w+ed\s+"
                            r"(?:by|from|to|in|at|on|with|after)\b)", re.I)
# "the vessel and its 31 crew were escorted to port"
_CREW_BROUGHT = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|had been|have been)\s+"
                           r"(?:escorted|towed|brought|taken|sailed)\b")
# what a ship or an aircraft has aboard: "the ship has 22 crew members", "sailed the carrier and its 21 crew to"
_CREW_HELD = re.compile(r"\b(?:has|have|with|carrying|its|her|their)\s+"
                        r"(?:(?:about|around|some|nearly|only|just|a)\s+)?$", re.I)
# a part of those on board told by nation: "17 are Philippine nationals", "18 Filipino seafarers are among the crew"
_NATIONALS_AFTER = re.compile(r"\s+(?:are|were)\s+([A-Z][a-z]+)\s+(?:nationals|citizens)\b")
_AMONG_ABOARD = re.compile(r"[\w\s-]{0,30}?\b(?:are|were)\s+(?:among|part\s+of)\s+(?:the\s+)?(?:\w+\s+)?"
                           r"(?:crew|passengers|people\s+on\s+board|hostages)\b")
# nouns a nation's people go by that are not the country's adjective
_NATION_NOUNS = {"filipino": "philippines", "filipina": "philippines", "briton": "united kingdom",
                 "brit": "united kingdom", "kiwi": "new zealand"}


def _nation_of(word: str) -> str:
    w = _sing(word.lower())
    return _NATION_NOUNS.get(w) or _places.DEMONYM_COUNTRY.get(w) or ""


def _nationals(sentence: str, v_end: int, subj_text: str) -> str:
    """The country whose people a figure counts among those on board, told by nation: "17 are Philippine
    nationals" and "18 Filipino seafarers are among the crew" both count the Philippines' ("" otherwise)."""
    m = _NATIONALS_AFTER.match(sentence, v_end)
    if m:
        return _nation_of(m.group(1))
    if _AMONG_ABOARD.match(sentence, v_end):
        for word in (subj_text or "").split():
            if nation := _nation_of(word):
                return nation
    return ""


# what a story's cancellations and diversions are of: "counted 71 cancellations and 32 diversions" at an airport
_CALLED_OFF_KINDS = (("flight", re.compile(r"\b(?:flights?|airports?|airlines?|departures)\b", re.I)),
                     ("sailing", re.compile(r"\b(?:sailings?|ferry|ferries|crossings?)\b", re.I)),
                     ("train", re.compile(r"\btrains?\b", re.I)))


def _called_off(sentence: str, article_text: str | None) -> str:
    """The craft a bare "cancellations" or "diversions" counts: the one its sentence names, else the one the
    article names first; "" when neither names one."""
    for text in (sentence, article_text or ""):
        found = [(m.start(), kind) for kind, rx in _CALLED_OFF_KINDS if (m := rx.search(text))]
        if found:
            return min(found)[1]
    return ""


# craft kept on the ground or in port are not held in custody
_CRAFT = {"flight", "plane", "aircraft", "train", "bus", "ship", "vessel", "boat", "truck", "vehicles", "ferry"}


# a time told again in another zone in a sentence of its own: "That was 1:30 a.m. ET.", "It is 0630 GMT."
_TOLD_AGAIN = re.compile(r"\s*(?:that|this|it)\s+(?:was|is|would be|would have been|is\s+\w+\s+in)\s", re.I)


# the words after an ordinal up to the event it counts: "fourth general strike", "third major outage"
_ORDINAL_OF = re.compile(r"(?:\s+(?!(?:since|in|of|this|that|for|after|before|against|the|a|an|and|or|to|on|at)\b)"
                         r"[\w'’-]+){1,3}", re.I)


# the noun an ordinal ranks against a record, told with what it is ranked among: "fourth separation of", "seventh
# country to land"; people, ships or goals ranked in one story ("the second suspect to be charged", "the third goal of
# the night") are each their own, and rank nothing another report can dispute
_RANKED = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(countr(?:y|ies)|nations?|states?|cit(?:y|ies)|territor(?:y|ies)|"
                     r"separations?|operations?|transplants?|surger(?:y|ies)|procedures?|missions?|launch(?:es)?|"
                     r"landings?|expeditions?|ascents?|crossings?|recalls?|bailouts?|devaluations?|defaults?|"
                     r"(?:rate\s+)?(?:cuts?|hikes?|rises?|increases?)|lockdowns?|evacuations?|bans?|closures?|"
                     r"shutdowns?|outbreaks?|cases?|deaths?|companies|company|firms?|banks?)\s+"
                     r"(?:of|to|since|ever|in\s+(?:history|\d{4}|the\s+world))\b", re.I)


_UTC_NAMES = {"gmt", "utc", "greenwich", "greenwich mean time", "universal time", "zulu"}
# what a place's clock is: "the island is two hours behind", "Dili runs half an hour ahead", "clocks there are now"
_CLOCK_IS = re.compile(r"\b(?:is|are|was|were|be|been|being|runs?|stays?|remains?|sits?|keeps?|now)\s+"
                       r"(?:(?:only|just|now|still|exactly|always|usually|normally)\s+)?$", re.I)
# ... or an aside after a clock named before it: "keeps UTC+5 all year, two hours ahead of Moscow", "when it was already
# Tuesday morning in Singapore, three and a half hours ahead of Sri Lanka"
_CLOCK_WORDS = re.compile(r"\b(?:time|clocks?|UTC|GMT|keeps?|morning|afternoon|evening|night|midnight)\b", re.I)


def _clock_offset(v: Value, sentence: str) -> str:
    """"behind|chile" for "two hours behind Santiago": which way and from which place's clock a span of hours says
    a place's clock is set; "" for any other figure. A capital stands for its country, as its clock does."""
    span = _value_span(v, sentence)
    m = CLOCK_OFFSET_AFTER.match(sentence, span[1]) if span and (v.unit or "").startswith(("hour", "minute")) else None
    if m is None or not (_CLOCK_IS.search(sentence, 0, span[0]) or re.search(r",\s+$", sentence[:span[0]]) and
                         _CLOCK_WORDS.search(sentence, 0, span[0])):
        return ""  # "the relay team finished half an hour behind Ethiopia": a margin, not a clock
    ref = _places.plain(m.group(2).lower().rstrip("."))
    if ref in _UTC_NAMES:
        ref = "utc"
    elif _places.is_place(ref) or _places.zone_offset(ref, date(2025, 1, 15)):  # any day: a clock with summer time
        ref = _places.ALIAS_COUNTRY.get(ref) or _places.CAPITAL_COUNTRY.get(ref) or ref
    else:
        return ""  # "finished 19 minutes behind Kelleher-Dunn": a rival, not a clock
    return f"{'behind' if m.group(1).lower() == 'behind' else 'ahead'}|{ref}"


def _text_before(claim: MatchClaim, sentence: str) -> str:
    """Up to 400 characters of the claim's article (lower-cased) before its sentence; "" when the sentence is
    not found, or opens the article."""
    at = claim.article_text.find(sentence.strip().lower()) if claim.article_text else -1
    return claim.article_text[max(0, at - 400):at].rstrip() if at > 0 else ""


def _event_before(claim: MatchClaim, sentence: str) -> str:
    """The event a time told again in a sentence of its own is of: the one the sentence before names."""
    if not _TOLD_AGAIN.match(sentence) or len(sentence.split()) > 12:
        return ""
    before = _text_before(claim, sentence)
    previous = [p for p in re.split(r"(?<=[.?!])\s+|\n+", before) if p.strip()]
    times = list(TIME_RE.finditer(previous[-1])) if previous else []
    return _event_family(previous[-1], times[-1].start()) if times else ""  # the time it tells again


# Claims are immutable values: the same claim met again in a later import is not parsed again.
@functools.lru_cache(maxsize=65536)
def _info(claim: MatchClaim) -> _Info | None:
    v = claim.value
    if v is None:
        return None
    sentence = _own_sentence(claim.sentence or v.text or "", v.text)
    pos = _value_pos(v, sentence)
    where = _where(sentence, pos)
    if claim.kind == DATE:
        # measured from where the time starts: "the alert began at 23:24 GMT (01:24 local time) and the
        # all-clear came at 04:50" - the words before a time say what happened at it
        span = _value_span(v, sentence)
        start = span[0] if span else pos
        if not v.time:
            # "built in 1981", "last inspected in March": a structure's history, not when the event happened
            dating = read_dating(sentence, _published(claim), start)
            if dating is not None:
                return _said(dating, claim, where)
        if not (v.date or v.utc or v.time):
            return None
        # the event noun decides: the claim's subject, its predicate, the nearest noun in its sentence,
        # the article's event; a verb ("struck", "hit") only when no noun says what happened
        said = _dated_statement(claim, v, sentence, start)
        if said is not None:
            return said
        event = (_event_family(v.subject, None, _NAMING_EVENTS) or _event_family(v.predicate, None, _NAMING_EVENTS)
                 or _event_family(bare_strikes(sentence, claim.article_text), start) or _event_before(claim, sentence)
                 or _phase(sentence, start) or _article_event(claim.article_text)
                 or _event_family(f"{v.predicate} {sentence}", None, _EVENT_VERBS))
        if event == "plan":
            # a clock time something was due at, keyed by what was due ("a hearing was set for 15:00" and "the flight
            # was due to leave at 12:05" are two plans); a day something was planned for is the day it is on
            event = _planned(sentence, start) if v.time else (_event_family(sentence, start, _NOT_PLANS)
                                                               or _article_event(claim.article_text) or "event")
        if not event and v.time:
            event = "event"  # a clock time in a story whose kind of event we cannot name: still when it happened
        if event == "tornado" and not TWISTER.search(claim.article_text or "") and "touched down" in sentence.lower():
            event = "landing"  # "touched down at Entebbe at 8:15": in a story with no tornado, a flight landed
        if not event:
            return None
        return _Info(f"when|{event}", "when", event, False, where, "")
    if claim.kind == STATEMENT:
        # a statement without a figure: the question of the story it answers (its cause, warnings before
        # it, speeding...), if any ("no complaint was received" is one, not a count of complaints); one
        # that puts a count at zero ("no inmate escaped") meets that count's figures. The article's event
        # family names the question but does not key it: one article calls a plane crash a crash, the next
        # its "explosion"; which event it is, is for the places and the days to say.
        dating = read_dating(v.text or "", _published(claim))
        if dating is not None:
            return _said(dating, claim, where)
        event = _article_event(claim.article_text) or "event"
        said = read_statement(_statement_text(v.text or "", sentence), sentence, weather_story=event == "flood")
        if said is not None:
            return _answered(said, claim, where, event)
    if claim.kind != QUANTITY and not _zero(v):
        return None
    if v.unit == AGE_UNIT:
        # "the 23-year-old Tamar Abashidze", "Abashidze, aged 24": how old one person is; wherever the sentence
        # says the person comes from, it is the same question
        span = _value_span(v, sentence) or (pos, pos + len(v.text or ""))
        who = whose_age(sentence, *span)
        return _Info(f"age|{who}", "age", who, False, _where(""), AGE_UNIT) if who else None
    offset = _clock_offset(v, sentence)
    if offset:
        # "the island is two hours behind Santiago" and "four hours behind Sweden": one question for each clock
        return _Info(f"offset|{offset}", "offset", offset, False, _where(""), v.unit)
    if (v.unit or "") == "ordinal":
        # "the fire began in a flat on the third floor": an ordinal names a place, and the statement says
        # where the event started
        said = read_statement(sentence, sentence)
        if said is not None and said.question == STARTED:
            return _answered(said, claim, where)
        # "its fourth general strike this year", "BSR's third major outage": how many such events there have been
        span = _value_span(v, sentence) or (pos, pos + len(v.text or ""))
        told = bare_strikes(sentence, claim.article_text)
        after = _ORDINAL_OF.match(told, span[1])
        event = _event_family(after.group(), None, _STORY_EVENTS) if after else ""
        if not event and re.search(r",\s+(?:the|its|their)\s+$", told[:span[0]]):
            # "observed the 24-hour strike, the fourth since the government took office": the event before it
            before = told[max(0, span[0] - 60):span[0]]
            event = _event_family(before, len(before), _STORY_EVENTS)
        if not event and re.search(r"(?:\bthe|\bits|\btheir|['’]s)\s+$", told[:span[0]]):
            # "the hospital's fourth separation of conjoined twins", "the seventh country to land on the Moon": a rank
            # among things of one kind, the same question whatever the sentence goes on to say
            ranked = _RANKED.match(told, span[1])
            event = _sing(" ".join(ranked.group(1).split())) if ranked else ""  # "rate cuts" -> "rate cut"
        if not event and re.search(r"\b(?:a|an)\s+$", told[:span[0]], re.I):
            # "a seventh team scratched", "plans for a third show": one more of them, the count it makes
            more = re.match(r"\s+([a-z][a-z-]+)\b", told[span[1]:])
            event = _sing(more.group(1)) if more else ""
        if event:
            return _Info(f"ordinal|{event}", "ordinal", event, False, where, "ordinal")
    if _unit_class(v.unit) in SPAN_UNITS:
        # "went 18 months without an inspection", "the line is more than 30 years old": a structure's history
        dating = read_dating(sentence, _published(claim), pos)
        if dating is not None:
            return _said(dating, claim, where)
    v_start, v_end = _value_span(v, sentence) or (pos, pos)
    if _MULTIPLE.match(sentence, v_end):
        over = _OVER_LIMIT.match(sentence, v_end)
        if over:
            # "ammonia four times above the safe limit", "PM2.5 at 12 times the WHO guideline": how far over
            # the limit, a question of its own for each substance
            substance = _substance(sentence, v_start)
            return _Info(f"over limit|{substance}", "over limit", substance, False, where, "")
        done = _TIMES_DONE.search(sentence[max(0, v_start - 40):v_start])
        if done and not _CHANGE_VERB.fullmatch(done.group(1).lower()):
            # "the book was covered 14 times", "put the oversubscription at 11.6 times", "he has been tested 23
            # times": how often a thing was done, one question for each deed
            deed = "oversubscribed" if re.match(r"covered|(?:over)?subscri", done.group(1), re.I) else \
                done.group(1).lower()
            return _Info(f"{deed}|times", deed, "times", False, where, "")
        return None  # "three times what a well-run response would see": a ratio, not a count
    if _NUMBER_NAME.search(sentence[max(0, pos - 40):v_start]):
        return None  # "Night train 742", "Flight 1549", "Route 9": a name, not a count
    scale = _scale_level(v, sentence, pos)
    if scale:
        # "Alert Level 3", "a Category 4 storm", "Signal No. 3": a step on a warning scale, not a count;
        # the step it stood at before ("had been at Alert Level 1 since March", "raised from 2") is another
        before = _LEVEL_BEFORE.search(sentence[max(0, pos - 60):pos]) or _LEVEL_SINCE.match(sentence[pos:pos + 40])
        return _Info(f"level|{scale}" + ("@before" if before else ""), "level", scale, False, where, "")
    if v.low is None and v.high is None and not v.vague and _figure(v) is None:
        return None
    restated = _restated(claim, sentence, v_start)
    if restated is not None:
        return restated
    unit = _unit_class(v.unit)
    size = _structure_size(v, unit, sentence) or _building_has(v, sentence) or _object_size(v, unit, sentence) or \
        _weighs(v, unit, sentence) or _told_as_adjective(v) or _term(v, sentence)
    if size is not None:
        return _Info(f"{size[0]}|{size[1]}" + (f"|{size[2]}" if size[2] else ""), size[0], size[1], False, where, size[2])
    if not unit and (v.subject or "").strip().lower() in ("point", "points") and _INTENSITY.search(sentence):
        # "the intensity of shaking reached 7 points on the MSK-64 scale", "shaking of up to 8 points": how hard the
        # ground shook, a question of its own beside the magnitude
        return _Info("intensity|earthquake", "intensity", "earthquake", False, where, "")
    reading = _measurement(v, unit, sentence, pos, claim.article_text)
    if reading is not None:
        quantity, what = reading
        unit = base_unit(unit)
        key = f"{quantity}|{what}|{unit}"
        # a year near a span dates the record it is measured against, not the span ("beat the record set in 2022")
        period = "" if what == "time" else _period(sentence, pos, v, _published(claim))
        if what == "normal":
            # "normally kept at minus 196C": the reading is the usual one already, so the "rate" tag "normally"
            # gives would only keep it from "clinics keep samples at -196C"
            period = ",".join(t for t in period.split(",") if t != "rate")
        if period:
            key += f"@{period}"
        day = "" if quantity in _LASTING else _reading_day(sentence, pos)
        return _Info(key, quantity, what, False, where, unit, day=day)
    if _is_job_cut(v, sentence, pos, claim.article_text):
        # "cut 3,500 jobs", "up to 5,000 jobs could go", "the cuts in Germany remain at 1,900": one
        # measure, whatever the verb; where the jobs are is read from the words after the figure
        where = _figure_where(sentence, pos, v) or where
        key = "job cuts|jobs"
        period = _period(sentence, pos, v, _published(claim))
        if period:
            key += f"@{period}"
        return _Info(key, "job cuts", "jobs", False, where, unit, actor=_actor(sentence, pos))
    ballot = _ballot_reading(v, unit, sentence, pos, claim.article_text)
    if ballot == ("turnout", "crowd") and not _BALLOT_WORDS.search(sentence) and \
            labour_story(claim.article_text or sentence):
        ballot = None  # "unions claim 90% turnout" in a strike: how many struck (below), no election's turnout
    if ballot is not None:
        # an election night's figures: each candidate's votes and share, the lead, ballots cast, rejected
        # and still to count, turnout are different questions
        quantity, what = ballot
        key = f"{quantity}|{what}" + (f"|{unit}" if unit else "")
        period = _period(sentence, pos, v, _published(claim))
        if period:
            key += f"@{period}"
        return _Info(key, quantity, what, False, where, unit)
    if _is_money(unit):
        # money needs a measure noun: a revenue forecast never meets a restructuring cost
        noun = _money_measure(v, sentence, pos)
        if not noun:
            return None
        if noun in ("loss", "lost") and not _results_story(claim.article_text):
            # after a storm, a spill or a blackout, "insured losses of $620m" and "insured damage at C$620m"
            # are one estimate; only a company's results make a loss a question of its own
            noun = "damage"
        # amounts in currencies with a rough rate meet whatever the currency (see values.USD_PER_UNIT)
        key = f"{noun}|money" + ("" if convertible(unit) else f"|{unit}")
        period = _period(sentence, pos, v, _published(claim))
        if period:
            key += f"@{period}"
        return _Info(key, noun, "money", False, where, unit)
    unit = base_unit(unit)
    if unit == "p":
        return _Info("p-value|study", "p-value", "study", False, where, "")  # a study's "p<0.001", "p = 0.047"
    if unit != "%" and (re.fullmatch(r"seats?", (v.subject or "").strip().lower()) or unit in ("seat", "seats") or
                        _CAPACITY_AFTER.match(sentence, v_end)):  # "40 per cent of the seats" is a share
        return _Info("capacity|seats", "capacity", "seats", False, where, "")  # "a 39-seat bus", "registered with 39 seats"
    if _is_capacity(v, sentence):
        # "licensed to store no more than 500 tonnes", "a stadium for 40,000", "a capacity of 36 transits a day"
        thing = _subject_class(_counted_words(v.subject), sentence, "") if _counted_words(v.subject) else ""
        if thing in _CIVIL_VEHICLES:
            thing = "vehicles"  # a plant "designed for 150,000 cars a year" and its "capacity of 120,000 vehicles"
        what = "mass" if unit == "t" else (container_of(v, sentence) or "volume") if unit == "m3" else \
            thing if thing and thing not in _HUMAN_CLASSES | {UNKNOWN} else "people"  # a tank's litres or gallons
        return _Info(f"capacity|{what}" + (f"|{unit}" if unit else ""), "capacity", what, False, where, unit)
    roll = roll_of(v, sentence)
    if roll == "members":
        return _Info("count|member", "count", "member", False, where, "")  # a body's members, as its savers are
    if roll:
        return _Info(f"roll|{roll}", "roll", roll, False, where, "")  # "the school has about 1,400 students"
    if _is_population(v, sentence, pos):
        # how many live in one place: background for every story about it, never its toll; the population of a
        # province never meets the country's
        place = population_place(sentence, v_start)
        if place is None:
            place = story_place(where.best())
        period = _period(sentence, pos, v, _published(claim))
        tags = "-".join(filter(None, (place, period)))
        return _Info("population|people" + (f"@{tags}" if tags else ""), "population", "people", False, where, unit)
    counted = _counted_words(v.subject)
    per = _PER_PERIOD.match(sentence, v_end) or _DAILY.match(sentence, v_end)
    if per and not unit and counted:
        # "draws about 120,000 visitors a year", "handles 40,000 passengers a day", "24 daily slots": how many come
        # in a year or a day, not a count of what happened
        what = _sing(counted.split()[-1])
        period = per.group(1) or "day"
        # "22 slots a day, against about 38 a day in a normal year": the usual rate, set against another; a rate
        # told alone is the same question whether or not it says "normally" ("handles about 430 flights a day")
        usual = "@rate" if _usual(sentence, v_start, v_end) and len(_A_PERIOD.findall(sentence)) > 1 else ""
        return _Info(f"a {period}|{what}{usual}", f"a {period}", what, False, where, "")
    world = _figure_where(sentence, pos, v)
    if world is not None and world.scope == "world":
        where = world
    measure = _measure(v.predicate) if v.predicate else ""
    # "rose to 327 birds", "327 birds, up from 312": how many there are now, not by how many more
    level = not measure and v.predicate in ("rose", "fell") and unit != "%" and \
        bool(_TO_LEVEL.search(sentence[max(0, v_start - 40):v_start]) or _FROM_LEVEL.match(sentence, v_end))
    changed = re.fullmatch(r"(?:rose|risen|rise|rises|fell|fallen|increased|climbed|jumped|reached|stands? at|stood at|up|"
                           r"down)", (v.predicate or "").strip().lower()) or \
        (not v.predicate and re.search(r"\b(?:stands?|stood|standing|now)\s+at\s+$", sentence[max(0, v_start - 30):v_start]))
    if not measure and changed:
        # "the death toll rose to 52": the verb says it changed; what is counted is named before it
        # "The number of civilians killed in a strike on ... has risen to 21": the number's own noun phrase
        number_of = _NUMBER_OF_WHAT.search(sentence[:pos])
        measure = (_measure(number_of.group(1)) if number_of else "") or _measure(v.subject) or \
            _measure(sentence[max(0, pos - 90):pos]) or _infer_measure(sentence, pos)
    subj_text = counted
    crew_of = not subj_text and _CREW_OF.search(sentence[max(0, v_start - 30):v_start])
    if crew_of:
        subj_text = "crew"  # "its crew of 26"
    if not subj_text and not measure and changed and re.search(r"\b(?:cases|infections)\b", sentence[max(0, pos - 90):pos].lower()):
        subj_text = "cases"  # "confirmed cases in the outbreak have risen to 57", "the number of cases now stands at 89"
    subject_back = ""
    if subj_text and re.search(r"\b(?:number|figure|total|toll|count|tally|estimate)$", v.subject.strip().lower()) and \
            _ANAPHOR_AT.search(sentence[max(0, v_start - 40):v_start]):
        subj_text = ""  # "the real number is nearly 20,000": the figure names nothing by "real"
    if not measure and not v.predicate and not subj_text and _ANAPHOR_AT.search(sentence[max(0, v_start - 40):v_start]):
        # "put the figure at between 50 and 55", "the real number is 12": what the figure before it counted;
        # when no figure before says what, the words around this one do not either ("the figure of 52 came
        # from interviews with the survivors" counts no survivors)
        borrowed = _borrowed_measure(claim, sentence)
        if borrowed is None:
            return None
        measure, subject_back = borrowed
    if not measure and not level:
        measure = _clause_measure(v, sentence, pos) if not v.predicate else re.sub(r"\W+", " ", v.predicate.lower()).strip()
        hedged = _HEDGED.search(sentence, v_start, v_end + 60)
        if hedged and measure in _HEDGES:
            # "no one is believed to have been exposed": what befell them, not how sure the speaker is
            measure = _measure(hedged.group(1)) or hedged.group(1).lower()
    if unit in _AMOUNT_UNITS and measure in _HUMAN_MEASURES:
        measure = ""  # "320 tonnes ... and no toxic substances had escaped": an amount, not a count of people
    if unit == "m3":
        # "60,000 litres of waste escaped", "about 8 cubic metres leaked", "2,000 gallons spilled": how much of
        # the stuff came out, whatever the verb; litres, gallons, barrels and cubic metres are one figure
        key = "amount|volume|m3"
        if _EACH.match(sentence, v_end) or _EACH_BEFORE.search(sentence, max(0, v_start - 40), v_start):
            key = "ration|volume|m3"  # "up to 10 litres per person": what each is given, not what came out
        period = _period(sentence, pos, v, _published(claim))
        return _Info(key + (f"@{period}" if period else ""), "amount", "volume", False, where, unit)
    inferred = deaths = False
    if re.fullmatch(r"(?:the\s+)?(?:(?:real|actual|true|official|latest|new|revised|final|overall|death|casualty|"
                    r"nationwide|national|regional|provincial|global|cumulative|running)\s+){0,2}"
                    r"(?:toll|number|figure|total|tally|count|"
                    r"casualties|losses|dead|death)s?", subj_text) or \
            re.fullmatch(r"(?:the\s+)?(?:number|toll|count|tally) of (?:the\s+)?(?:dead|wounded|injured|killed|missing|"
                         r"casualties|deaths|injuries|arrests|arrested|displaced|evacuated)", subj_text) or \
            re.search(r"(?:^|\s)(?:death\s+)?toll$", subj_text):
        # "five deaths had been confirmed": people died, unless the sentence says whose deaths
        deaths = re.fullmatch(r"(?:deaths|dead|fatalities)", subj_text) is not None
        subj_text = ""  # "the death toll was in the hundreds": the measure, not who
    if re.search(r"\b(?:river|sea|lake|bay|coast|province|region|district|city|town|village|country|capital|prison|jail|"
                 r"penitentiary|mine|mall|stadium|market|plant|factory|warehouse)$|"
                 r"^(?:\w+['’]s\s+)?(?:lake|mount|river)\s+\w+$", subj_text):
        subj_text = ""  # "the toll in Bangladesh's Meghna river rose to 34": a place, not what is counted
    if re.fullmatch(r"(?:[a-z-]+\s+)?lives", subj_text):
        # "claimed 11 lives", "cost 40 lives": the dead; "saved 12 lives": the rescued
        measure = "rescued" if re.search(r"\bsav\w*\s+\S*\s*$", sentence[max(0, pos - 30):pos].lower()) else "killed"
        subj_text = "people"
    subject = _subject_class(subj_text, sentence, measure) if subj_text else subject_back
    if subject == "officer" and re.fullmatch(r"(?:armed\s+)?officers?", subj_text) and \
            _police_story(claim.article_text):
        subject = "police"  # "about 1,200 officers took part", in a report of a police raid: police officers
    head_of = _HEAD_OF.match(sentence, v_end) if subject in _GENERIC_ANIMALS else None
    if head_of:
        subject = _subject_class(head_of.group(1), sentence, measure)  # "600 head of cattle": cattle
    elif subject in _GENERIC_ANIMALS and _BARE_HEAD.match(sentence, v_end) and \
            (kind := _story_livestock(claim.article_text or sentence)):
        subject = kind  # "14,640 head were loaded": the livestock the story is about
    elif subject in _GENERIC_ANIMALS:
        # "nearly 260 whales stranded ... volunteers refloated 110 of the animals": the kind named before
        named = [m.group(1) for m in _COUNTED_BEFORE.finditer(sentence[:pos])
                 # "4,500 hectares of maize ... 600 head of cattle": a unit or a currency is no kind of animal
                 if _sing(m.group(1)) not in _GENERIC_ANIMALS and m.group(1) not in MEASURE_UNITS
                 and m.group(1) not in CURRENCY_WORDS
                 and _subject_class(m.group(1), sentence, measure) not in _HUMAN_CLASSES]
        subject = _sing(named[-1]) if named else subject
    if subject in _FISH:
        subject = "fish"
    if (subject == "fish" or subject in _ANIMALS) and measure == "released" and \
            _ESCAPE_STORY.search(claim.article_text or sentence):
        measure = "escaped"  # "the storm freed some 42,000 fish": in a story of an escape, the ones that got out
    if subject in _ANIMALS:
        if _HERD.search(sentence[max(0, v_start - 80):v_start]) or (
                _HERD_HAS.search(sentence[max(0, v_start - 30):v_start]) and
                not _ANIMALS_LOST.search(sentence[max(0, v_start - 100):v_start])):
            measure = "herd"  # "the national herd at roughly 14 million animals": how many there are, not the dead
        elif measure in ("lost", "cost") or measure in ("", "count") and \
                _ANIMALS_LOST.search(claim.article_text or sentence[max(0, v_start - 100):v_start]):
            # "the loss of livestock amounted to 118,000 head", "lost 140 of his sheep", in a story of their losses
            # "the real number is more than 300,000 animals": the dead
            measure = "killed"
    if subject in ("drowning", "death", "fatality") and measure in ("", "killed"):
        measure, subject = "killed", "people"  # "19 drownings since 2020", "12 deaths": the dead
    toll = _TOLL.search(sentence[max(0, pos - 100):pos])
    if not subject and toll and measure in ("killed", "casualties", "wounded", ""):
        # "the death toll ... rose to 27 as rescuers reached the villages": the toll counts people;
        # only a noun between the toll and the figure, or in the figure's own clause, says whose
        start = max(0, pos - 100) + toll.start()
        end = _CLAUSE_END.search(sentence, pos)
        part = sentence[start:end.start() if end else len(sentence)]
        subject = _infer_subject(part, pos - start, measure or "killed")
        if not subject:
            # "raised its death toll to 49", in a story whose dead are named as cattle only: the cattle
            subject = UNKNOWN if _MILITARY_CUE.search(sentence.lower()) else (
                measure in ("", "killed") and _toll_of_animals(sentence, claim.article_text) or "people")
        measure = measure or ("casualties" if re.search(r"casualt", toll.group(0), re.I) else "killed")
        inferred = True
    if not subject:
        subject = _infer_subject(sentence, pos, measure) or ("people" if deaths else "")
        inferred = True
    if subject in _RECORDS and not inferred:
        # "18,500 claims had been filed", "received 34,000 claims", "1,200 calls to 911": records are counted
        # as such whatever else the sentence names ("casualty insurers", the storm's damage); only an outcome
        # ("rejected 300 claims") is a count of its own
        verb = own_verb(sentence, v_start, v_end)
        measure = verb if verb in _RECORD_OUTCOMES else "count"
    if measure and subject and not _coherent(measure, subject):
        # houses "killed", children "fired", people "destroyed": one of the two is misread. A class the
        # figure names itself stands and the measure is looked for again; an inferred one gives way.
        if inferred:
            subject = _infer_subject(sentence, pos, measure)
        else:
            measure = _infer_measure(sentence, pos, fits=subject)
            measure = measure if _coherent(measure, subject) else ""
    if subject in ("rescuers", "police", "military", "medics") and not measure and \
            (verb := own_verb(sentence, v_start, v_end)) in _HUMAN_MEASURES:
        measure = verb  # "three nurses suffered burns": they were hurt, not sent
    if subject in ("rescuers", "police", "military", "medics") and (not inferred or measure == "present") and \
            measure in ("", "rescued", "present") and not _PASSIVE_RESCUE.search(sentence):
        # "More than 80 firefighters battled the blaze", "some 40 rescuers", "only two of us were on duty" (said
        # by a lifeguard): the responders sent
        measure = "deployed"
    if subject not in _THINGS and _SEARCHING.match(sentence, v_end):
        measure, subject = "deployed", "rescuers"  # "about 210 people took part in the search": the searchers
    if subject in _RESPONSE_VEHICLES and measure not in ("destroyed", "damaged", "destroyed or damaged"):
        measure = "deployed"  # "sent 17 ambulances", "six ambulances reached the scene": the response, however worded
    if measure == "cost" and not unit and subject in _HUMAN_CLASSES and \
            _LOST_BEFORE.search(sentence[max(0, v_start - 40):v_start]):
        measure = "killed"  # "we have lost 30 people here in five years": the dead ("40 people lost access": not)
    if measure in ("wounded", "hospitalised", "") and (_AIRLIFTED.search(sentence[pos:pos + 70]) or (
            _FLOWN_BEFORE.search(sentence[max(0, v_start - 30):v_start]) and _TO_AFTER.match(sentence, v_end))):
        measure, subject = "hospitalised", "people"  # "seven injured were airlifted to the capital": to hospital
    if measure == "destroyed" and subject in _PROJECTILES:
        measure = "intercepted"
    if measure in ("killed", "wounded") and re.search(
            r"(?:killed|dead|died) (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) (?:killed|dead)",
            sentence[max(0, pos - 80):pos + 80].lower()):
        measure = "casualties"  # "hundreds have been killed and wounded": one figure for both
    if re.search(r"\b(?:bod(?:y|ies)|corpses|remains)\b", v.subject.lower()) and measure not in ("missing",):
        measure, subject = "killed", ("military" if _MILITARY_CUE.search(sentence.lower()) else "people")
    if re.search(r"\bsurvivors?\b", subj_text) and measure in ("", "aboard", "hit", "present"):
        measure = "rescued"  # "rescuers pulled 21 survivors from the water": survivors are the rescued
    if subject == "case" or re.search(r"\b(?:cases|infections)\b", subj_text):
        measure, subject = "cases", "people"  # "2,340 cases": cases counted, whatever verb the sentence has
        if re.search(r"\b(?:suspected|probable|possible|presumptive|presumed|unconfirmed)\b", subj_text):
            subject = "suspected"  # "nearly 700 suspected cases" is another count than "57 confirmed cases"
    elif re.search(r"\b(?:bod(?:y|ies)|corpses)\b", v.subject.lower()) and \
            re.search(r"\b(?:morgues?|mortuar(?:y|ies)|cold storage|graveyards?|cemeter(?:y|ies))\b|"
                      r"\b(?:brought|taken|delivered|transported) to (?:the |a )?(?:[\w-]+ ){0,3}hospitals?\b|"
                      r"\bhospitals?\b[^.;]{0,30}\b(?:has |had |have )?received\b",
                      sentence[max(0, pos - 80):pos + 80].lower()):
        measure, subject = "received", "bodies"  # "568 bodies at its morgue": what one place took in, not the toll
    if not unit and subject not in _HUMAN_CLASSES and subject not in _PROJECTILES and measure in ("", "hit", "count") \
            and not _PERSON_NOUN.search(subject) and (
            _SHIPMENT_OF.search(sentence, max(0, v_start - 40), v_start) or _SHIPMENT_CAME.match(sentence, v_end,
                                                                                                   v_end + 120)):
        # "a first shipment of 1.25 million doses landed", "a lot of 1 248 000 doses was received": what one
        # delivery brought, as "the cargo plane carried 1.5 million doses" tells it; not what is held or promised
        measure = "aboard"
    if measure in ("arrested", "captured") and subject in _CRAFT:
        measure = ""  # "40 flights were held at the airport": kept on the ground, not taken into custody
    if subject == "crew" and measure in ("", "rescued", "abandoned", "escorted") and \
            _WHOLE_CREW.search(sentence[max(0, v_start - 30):v_start]) and not _PART_OF.match(sentence, v_end) and \
            not _CREW_NARROWED.match(sentence, v_end):
        measure = "aboard"  # "all 21 crew members had been rescued", "the 21 crew abandoned ship": the whole crew
    if subject == "crew" and (crew_of or measure in ("", "escorted") and
                              _CREW_BROUGHT.match(sentence[v_end:v_end + 60]) or
                              measure == "" and _CREW_HELD.search(sentence[max(0, v_start - 30):v_start])):
        measure = "aboard"  # "the vessel and its 31 crew were escorted", "its crew of 26", "the ship has 22 crew
        # members": who was on board
    if measure == "arrested" and _HELD_HOSTAGE.search(sentence[max(0, v_start - 40):v_end + 60]) and \
            _HOSTAGE_STORY.search(claim.article_text or sentence) and \
            not _IN_CUSTODY.search(sentence, v_end, v_end + 60):
        measure = "captured"  # "about 30 people are being held in the supermarket", in a story of hostages
    elif measure == "arrested" and subject == "attackers":
        subject = "people"  # "three suspects had been arrested", "two people were detained": the same arrests
    if measure == "captured" and subject in ("people", UNKNOWN):
        subject = "prisoners"  # "46 people were held hostage": the hostages
    if subject == "prisoners" and measure not in ("killed", "wounded", "missing", "released", "casualties", "escaped",
                                                  "recaptured", "at large", "transferred"):
        measure = "captured"  # hostages "held", "taken", "seized": how many are held
    overboard_said = _OVERBOARD.match(subj_text)  # "containers went overboard" read as the subject
    if (overboard_said or _OVERBOARD.search(sentence[pos:pos + 60]) or
            (measure == "cost" and not _is_money(unit) and unit != "%")) and subject not in _HUMAN_CLASSES:
        # "lost 37 containers", "41 containers went overboard": cargo lost, not a cost in money
        measure = "lost"
        if overboard_said:
            subject = _subject_class(re.split(r"\s+(?:went|fell|were|was|washed|swept)\b", subj_text)[0], sentence, measure)
    if not unit and _QUEUE.search(sentence, max(0, v_start - 80), v_end + 80) and (
            _of_people(subject) or subject == "crowd"):
        # "1.4 million people had joined its virtual queue", "2.2 million users sat in the queue", "revised the
        # number in its queue to 2.2 million": how many queued, whatever the verb or the noun
        measure, subject = "queued", "people"
    if not unit and measure in ("", "missing", "count", "affected", "lost") and not _of_people(subject) and \
            subject not in _GENERIC_ANIMALS and _SHORTAGE_STORY.search(claim.article_text or sentence) and \
            (measure == "affected" or _STOCK_OUT.search(sentence, *own_clause(sentence, pos))):
        # in a shortage, the goods "out of stock", "missing from shelves", "unavailable" or "affected" are one list
        # however told and whatever the goods are called; a kind named before the noun ("four cancer medicines") is
        # a part of it, a question of its own
        measure, subject = "out of stock", _stock_kind(subj_text)
    if measure in ("cancelled", "diverted") and subject in ("cancellation", "diversion", UNKNOWN, ""):
        # "71 cancellations": of flights, in a story of flights
        subject = _called_off(sentence, claim.article_text) or subject
    if measure == "cancelled" and subject in ("crossing", "voyage"):
        subject = "sailing"  # "four sailings have been cancelled", "six crossings to Ancona have been cancelled"
    if measure == "hit" and subject in _SETTLEMENTS:
        measure = "affected"  # "23 villages had been hit", "17 villages had been affected": the places it reached
    if measure == "affected" and subject == "households" and _article_event(claim.article_text) == "outage":
        measure = "without power"  # "5.8 million customers were affected" in a blackout: they lost power
    if measure == "affected" and subject in _HUMAN_CLASSES | {UNKNOWN} and _article_event(claim.article_text) == "outbreak":
        measure = "sick"  # "the outbreak has now affected 329 people": they fell ill
    if subject == "people" and measure == "cost" and _LOST_SERVICE.match(sentence, v_end):
        subject = "user"  # "nearly 18 million people lost internet access": the users of a service
    if not unit and measure in ("affected", "trapped", "cost", "lost", "") and \
            subject in ("user", "subscriber", "customer", "households", UNKNOWN) and \
            _article_event(claim.article_text) == "outage":  # the article's event last: it reads the whole text
        measure = "without power"  # in an outage, the users "cut off", who "lost access" or "were affected"
    if measure == "without power":
        subject = "households"  # homes, households, customers: the unit utilities count
    if unit == "days" and _DRIFTED_FOR.search(sentence[max(0, v_start - 60):v_start]):
        measure = "drifted"  # "drifted helplessly in the bura for nearly 11 hours": how long it was adrift
    if unit == "days" and elapsed(sentence, v_start, v_end):
        measure, subject = "elapsed", "time"  # "41 seconds into the flight", "T+58 seconds": how far in it happened
    elif unit == "days" and (measure == "turnout" or _RESPONDERS_CAME.search(sentence, max(0, v_start - 60), v_end)):
        # "our men were on the scene within 25 minutes", "no ambulance came for 50 minutes": how long help took
        measure = "response"
    if unit == "days" and (measure == "without power" or _WENT_WITHOUT.search(sentence[max(0, v_start - 60):v_start])) \
            and not _LEAD_TIME.match(sentence, v_end):
        # "without power for 12 hours", "went without water for three days": how long the outage lasted
        measure, subject = "duration", "time"
    if unit == "days" and measure in ("", "duration", "trapped") and \
            _STOPPED_FOR.search(sentence[max(0, v_start - 70):v_start]) and not _LEAD_TIME.match(sentence, v_end):
        # "the market has been closed for seven days", "the draw was suspended for more than two hours", "out of
        # service for at least four months": how long it stayed shut, also where what it stranded is named first
        # ("stuck because the road was closed for two days")
        measure, subject = "stopped", "time"
    if unit == "days" and _FLYING_TIME.search(sentence, max(0, v_start - 40), v_end + 40):
        measure, subject = "flying time", "pilot"  # "1,150 logged hours", "about 400 hours in the air"
    elif unit == "days" and measure in _PROJECTILE_MEASURES and not v.predicate:
        return None  # "closed to shipping for six hours before the launch": the launch fired no span
    elif unit == "days" and measure:
        # "missing for 19 days", "trapped for 17 days", "without power for 12 hours": how long it lasted, whoever it
        # befell; the story has one such span for each measure
        subject = "time"
    if measure == "turnout" and subject in ("rescuers", "police", "military", "medics") and \
            v.predicate == "attended" and not _GATHERING.search(sentence):
        measure = "deployed"  # "about 30 soldiers took part in the operation": sent, not a crowd that came
    if measure == "turnout" and (not subject or subject in _HUMAN_CLASSES or subject == "member" or
                                 _PERSON_NOUN.search(subject)):
        subject = "crowd"  # the savers or the depositors who came are the crowd
    elif subject == "crowd" and measure and measure != "turnout":
        subject = "people"  # "300 protesters detained" and "300 people arrested" count the same people
    if subject == "crowd" and not measure:
        measure = "turnout"
    if (subject == "signature" and not unit) or (
            measure in ("", "signed") and subject in ("people", UNKNOWN) and
            re.search(r"\bsigned\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?petition", sentence, re.I)):
        # a petition "has", "gathered" or "was sent with" 84,000 signatures, or 84,000 people signed it: how many
        # signed it
        measure, subject = "count", "signature"
    nation = "" if unit or measure not in ("", "aboard", "count") else _nationals(sentence, v_end, v.subject)
    if nation:
        measure, subject = "count", nation  # "17 are Philippine nationals", "18 Filipino seafarers are among the crew"
    if not measure:
        if _is_money(unit):
            measure = "amount"
        elif unit == "%":
            measure = "share"
        elif unit in _AMOUNT_UNITS:
            # "about 320 metric tons of ammonium nitrate", "up to 900 tonnes": how much of the stuff the
            # story is about; the substance is often left out once named, so the unit decides
            measure, subject = "amount", "mass"
            if _HOLDS.search(sentence[max(0, v_start - 50):v_start]) or _WHEN_FULL.match(sentence, v_end):
                measure = "stock"  # "the system holds 5,500 kilograms when full": what was there, not what came out
        elif subject == "attackers":
            measure = "count"  # "police say there are four suspects", "of the five attackers": how many took part
        elif subj_text and subject and not unit and subject not in _HUMAN_CLASSES and subject != UNKNOWN and \
                re.fullmatch(r"[a-z][a-z\-]{2,}", subject) and subject not in _NOT_COUNTED:
            # "30 heatstroke relief camps", "1,650 heatstroke patients": the noun says what is counted
            measure = "count"
        elif subject in _HUMAN_CLASSES | {UNKNOWN, ""} and (verb := own_verb(sentence, v_start, v_end)):
            measure = verb  # "48,500 children had been vaccinated"
            if verb == "turnout":
                subject = "crowd"  # "more than 16,000 fans packed the arena"
            if not subject and not unit and not subj_text:
                subject = UNKNOWN  # "as many as 25,000 have crossed": people, whose the story says elsewhere
        else:
            borrowed = _borrowed_measure(claim, sentence)
            group = "" if borrowed or unit else _named_group(subj_text, sentence, v_end)
            if group:
                # "in front of some 400 guests", "more than 300 hikers": how many of them there were, a question
                # of its own for each kind of people; people, residents or victims say too little of whom. Those
                # who come to an occasion are its crowd ("at least 150 invited guests attended")
                measure, subject = ("turnout", "crowd") if group in _COMERS else ("count", group)
            elif borrowed is None:
                return None  # a bare number with nothing to say what it counts
            else:
                measure, subject = borrowed
                inferred = True
    if not subject:
        if measure in _HUMAN_MEASURES:
            # "hundreds could have been killed": whose dead? a military cue in the sentence says soldiers;
            # otherwise the subject is unknown and may meet any human class (see related_keys)
            subject = "military" if _MILITARY_CUE.search(sentence.lower()) else UNKNOWN
        elif not unit:
            return None  # "63 ... destroyed": destroyed what? nothing to match on
    if not unit and measure == "count" and _PERSON_NOUN.search(subject or "") and \
            (outcome := group_outcome(sentence, v_start, v_end, after=45)) in ("completed", "dropped out", "responded"):
        measure = outcome  # "only 871 patients finished the study", "of whom 1,046 completed": not all who took part
    if (unit == "%" or (measure, subject) == ("turnout", "crowd")) and labour_story(claim.article_text or sentence):
        clause = " ".join(sentence[own_clause(sentence, v_start)[0]:own_clause(sentence, v_end)[1]].split())
        if not _BALLOT_WORDS.search(clause) and (_STRUCK.search(clause) or unit == "%" and _TOOK_PART.search(clause)):
            # "80 per cent of drivers joined the strike", "put participation at about 30%", "claim 90% turnout":
            # how many struck, not a rally's crowd nor a strike ballot's turnout
            measure, subject = "turnout", "strikers"
    if unit == "%" and measure != "turnout":
        share = _share_reading(v, measure, sentence, pos)
        if share is not None:
            measure, subject = share
        if change := change_reading(sentence, v_start, v_end):
            # "an increase of 75 per cent", "a 70 per cent rise in the price": the size of a change, of what its
            # own clause names ("" when it names nothing, which meets any change)
            lo, hi = own_clause(sentence, v_start)
            named = _share_reading(v, change, sentence[lo:hi], max(0, pos - lo)) if share is not None else None
            measure, subject = change, named[1] if named else ""
        if (_STAKE.search(sentence[max(0, v_start - 60):v_start]) or _STAKE_AFTER.match(sentence, v_end)) and \
                not _MARKET_AFTER.match(sentence, v_end):
            measure, subject = "share", "stake"  # "owns 19.6% of the company", "a 17.2% stake": who holds how much
        elif (measure in ("share", "fell", "enrolled") or measure in _HUMAN_MEASURES) and _of_people(subject) and \
                (outcome := group_outcome(sentence, v_start, v_end)):
            # "13.8% of patients had stopped treatment", "14% of participants dropped out": what befell them
            measure, subject = outcome, "people"
    if measure in ("aboard", "present") and subject in _HUMAN_CLASSES and _PART_OF.match(sentence, v_end):
        # "two of the 40 passengers on the bus were killed": the part is counted by the verb after the whole
        measure = _infer_measure(sentence[v_end:v_end + 100], 0, fits=subject, skip=("aboard", "present")) or measure
    if _WHOLE_BEFORE.search(sentence[max(0, v_start - 30):v_start]):
        # "three of the five attackers were killed", "none of the 120 workers on the night shift was hurt":
        # the figure is the whole group, the verb tells what befell a part of it
        if subject == "attackers" and not v.predicate:
            measure = "count"  # five took part
        elif subject in _HUMAN_CLASSES and measure in _BODILY_MEASURES | {"missing", "rescued", "trapped"} and \
                not _WHOLE_SAID.match(sentence, v_end):
            measure = _infer_measure(sentence[v_start:v_start + 80], 0, fits=subject)
            measure = measure if measure in ("aboard", "present") else "present"
    if not unit and measure not in _HUMAN_MEASURES and subject in _HUMAN_CLASSES | {UNKNOWN, ""} | _BENEFIT_NOUNS and \
            _COVERED.match(sentence, v_end):
        # who a scheme serves, however it is told: "60 million people are entitled to", "61 million citizens
        # registered on ration cards", "61 million card holders", "70 million Egyptians depend on this bread"
        measure, subject = "covered", "people"
        if _UNDER_ORDER.match(sentence, v_end) and re.search(r"\bevacuat", claim.article_text or sentence, re.I):
            measure = "displaced"  # "2,340 people had been covered by the order", in a story of an evacuation
    if subject == UNKNOWN and measure == "killed" and (
            kind := _story_victims(claim.article_text or "") or _toll_of_animals(sentence, claim.article_text)):
        subject = kind  # "the dead number more than 400", in a story of poisoned vultures: the vultures
    key = _block_key(measure, subject, "" if _is_money(unit) and convertible(unit) else unit)  # "turnout|crowd|%"
    period = _period(sentence, pos, v, _published(claim))
    if not period and _ELSEWHERE.match(sentence):
        period = "elsewhere"  # "Elsewhere, shelling killed two people in Kherson": not the story's event
    if not period and measure == "trapped" and re.search(r"\b(?:still|remain\w*|yet to be (?:reached|freed|rescued))\b",
                                                         sentence[max(0, pos - 30):pos + 50].lower()):
        period = "still"  # "21 are still trapped" counts who is left, not how many the collapse cut off
        if subject == UNKNOWN:
            subject = "people"
    if subject == "patient" and (measure in ("evacuated", "displaced") or _OUT_OF_HOSPITAL.search(
            sentence, max(0, v_start - 20), v_end + 80)):
        # "86 patients were evacuated to tents", "120 patients had to be carried out of the district hospital": a
        # hospital emptied, not people taken to one
        measure = "evacuated"
        key = _block_key(measure, subject, unit)
    elif subject == "patient" and measure in _HUMAN_MEASURES:
        # "received 38 patients" and "63 people taken to hospital" count the same, as do "eight patients were
        # killed" and a death toll; the patients a hospital treated are the people treated in hospital, not all
        # the injured
        subject, measure = "people", ("hospitalised" if measure == "wounded" else measure)
        key = _block_key(measure, subject, unit)
    if measure in ("critical", "hospitalised") and period == "part" and (re.match(
            r"[^,;.]{0,12}\bof (?:whom|them)\s+(?:(?:were|are|was|remain\w*|still|now)\s+)*(?:in\b|taken|admitted|"
            r"hospitali|critical|being treated)", sentence[pos:pos + 60], re.I) or re.search(
            r"\bof (?:whom|them)\s+\S*$", sentence[max(0, pos - 25):pos], re.I) or re.match(
            r"\S*\s+of (?:the|those) (?:injured|wounded|hurt|casualties)\b", sentence[pos:pos + 40], re.I)):
        period = ""  # "57 injured, 23 of whom in hospital, four of them critical": each is a count of its own
    if measure == "killed" and period == "part" and re.match(
            r"[^,;.]{0,12}\bof (?:whom|them)\s+(?:(?:had|have|has|later|since|subsequently|now)\s+)*"
            r"(?:died|been killed|were killed|are dead|were dead)\b", sentence[pos:pos + 60], re.I) and \
            not re.search(r"\b(?:injur|wound|hurt|hospital|critical|sick|ill\b)", sentence[:pos], re.I):
        # "about 180 whales stranded, and 62 of them had died": the dead among those stranded are the toll
        period = ""
    # the figure's own clause: "more than 50, of whom 21 remain in hospital" keeps "remain" for the 21
    c_start = max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos), pos - 40) + 1
    c_ends = [i for i in (sentence.find(",", pos + 1), sentence.find(";", pos + 1)) if i >= 0]
    near = sentence[c_start:min(c_ends + [pos + 60])].lower()
    if period in ("", "part") and measure in ("wounded", "hospitalised") and re.search(
            r"\b(?:still|remain\w*)\b[^,;.]{0,20}\b(?:being treated|in hospital|hospitali[sz]ed|receiving treatment|"
            r"in (?:its|their|the hospital['’]s) care)\b|"
            # "About 80 people are in hospital": told in the present, who is there now
            r"\b(?:are|is)\s+(?:now\s+)?(?:in\s+hospital|being\s+treated\s+in\s+hospital|hospitali[sz]ed)\b", near):
        measure, period = "hospitalised", "still"  # "22 were still being treated": who is left in hospital
        key = _block_key(measure, subject, unit)
    if not period and measure == "displaced" and re.search(
            r"\b(?:still|remain\w*|yet to)\b[^,;.]{0,25}\b(?:return|displaced|homeless|in shelters?|away from)\b|"
            r"\b(?:could not|cannot|can't|unable to) (?:yet )?return\b", near):
        period = "still"  # "600 still could not return home": who is still out, not how many left
    if period:
        key += f"@{period}"  # a background or partial figure: its own fact (see _period)
    elif (measure in _HUMAN_MEASURES or measure == "cases") and _regional(sentence):
        # a province's toll and the national toll are different questions: a figure the sentence scopes
        # to a province, state or region (or a governor gives) meets only other regional figures
        if subject == UNKNOWN:
            subject = "people"
            key = _block_key(measure, subject, unit)
        key += "@region"
    return _Info(key, measure, subject, inferred, where, unit, _side(v.subject))


_SCALE_BEFORE = re.compile(r"\b(?:(alert|warning|threat|danger|hazard|volcano|volcanic|emergency|evacuation|fire|storm|"
                           r"hurricane|typhoon|cyclone|flood|heat|drought|terror|travel)\s+)?(level|category|"
                           r"signal(?:\s+no\.?|\s+number)?)\s*$", re.I)
_SCALE_KIND_AFTER = re.compile(r"\s*(alert|warning|storm|hurricane|typhoon|cyclone|emergency|evacuation|threat|"
                               r"heat\s*wave|heatwave|drought)\b", re.I)


_LEVEL_BEFORE = re.compile(r"\b(?:had\s+been|had\s+stood|had\s+remained|previously|until\s+then|formerly)\b[^.;,]*$|"
                           r"\bfrom\s+(?:\w+\s+){0,2}$", re.I)
_LEVEL_SINCE = re.compile(r"[^.;,]{0,20}\bsince\b", re.I)


# When no event is named at a time, the verb before it may still say which moment of the story it is: "the
# race was stopped at 11:40" and "medics asked for the race to be stopped at 10:20" are two questions, and
# neither is when the runners collapsed. (A start is not one: "the eruption began at 03:37" is the event.)
_PHASES = (
    ("request", re.compile(r"\b(?:asked|requested|recommended|urged|called for|demanded)\b[^.;]{0,50}"
                           r"\b(?:stop|halt|end|call\w* off|cancel)|\brequests?\b")),
    # something stopped by someone ("was stopped", "a stop order"), not a thing that stopped by itself
    ("end", re.compile(r"\b(?:was|were|be|been)\s+(?:\w+\s+)?(?:stopped|halted|called off|abandoned|suspended)\b|"
                       r"\bstop order\b")),
)


_NOT_PLANS = [(n, rx) for n, rx in _EVENTS if n != "plan"]


def _planned(sentence: str, start: int) -> str:
    """The key family of a time something was due at: "plan", with the happening its clause names ("plan@court")."""
    lo, _ = own_clause(sentence, start)
    what = _event_family(sentence[lo:start], start - lo, _NOT_PLANS)
    return f"plan@{what}" if what else "plan"


def _phase(sentence: str, start: int) -> str:
    """The moment the verb of a time's own clause names (see _PHASES), or ""."""
    lo, _ = own_clause(sentence, start)
    before = sentence[lo:start].lower()
    for name, rx in _PHASES:
        if rx.search(before):
            return name
    return ""


def _scale_level(v: Value, sentence: str, pos: int) -> str:
    """The scale a figure is a step on ("alert", "category"), "" when it is not one."""
    if v.unit or v.vague:
        return ""
    span = _value_span(v, sentence)
    start, end = span if span else (pos, pos)
    m = _SCALE_BEFORE.search(sentence[max(0, start - 40):start])
    if not m:
        return ""
    kind = (m.group(1) or "").lower()
    if not kind:
        after = _SCALE_KIND_AFTER.match(sentence, end)
        before = re.findall(r"\b(alert|warning|threat)\b", sentence[max(0, start - 50):start], re.I)
        kind = after.group(1).lower() if after else (before[-1].lower() if before else "")
    if kind in ("volcano", "volcanic", "danger", "hazard"):
        kind = "alert"
    noun = m.group(2).lower().split()[0]
    if kind in ("storm", "hurricane", "typhoon", "cyclone") or noun == "category":
        return "category"  # a storm's category, whatever the storm is called
    if not kind and noun == "level":
        return ""  # "on level 3 of the car park": a floor
    return kind or noun


# the whole group's own participle: "six of the 21 people killed when ..." counts the dead
_WHOLE_SAID = re.compile(r"\s+(?:(?!(?:were|was|are|is|have|has|had|been|being)\b)[a-z-]+\s+){0,2}?"
                         r"(?:killed|dead|died|injured|wounded|hurt|missing|rescued|trapped|evacuated|hospitali[sz]ed|"
                         r"arrested|detained)\b", re.I)
# "six of the 21 people killed": a part of a counted whole
_OF_A_WHOLE = re.compile(rf"\s*of (?:the|those|its|their|all)\s+(?:\d[\d,]*|{_W_NUM})\b", re.I)


def _of_a_said_whole(sentence: str, end: int) -> bool:
    """Whether the figure ending at `end` is a part of a whole counted by the same participle: "six of the 21
    people killed" (not "two of the 40 passengers were killed", which counts the dead)."""
    whole = _OF_A_WHOLE.match(sentence, end)
    return bool(whole and _WHOLE_SAID.match(sentence, whole.end()))


_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|those|all|them)\b", re.I)
_WHOLE_BEFORE = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|none|each)"
                           r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?$", re.I)


def _dated_statement(claim: MatchClaim, v: Value, sentence: str, pos: int) -> _Info | None:
    """A date in a statement that answers a question of the story, with no event of its own in its
    clause: "the trail was closed on October 14" answers whether the trail was closed, not when
    something happened. A clock time stays a time: "order was restored at 11:15 GMT" is when."""
    if v.time or _event_family(v.subject) or _event_family(v.predicate):
        return None
    lo, hi = own_clause(sentence, pos)
    clause = sentence[lo:hi]
    if _event_family(clause) not in ("", "closure"):  # "the trail was closed on October 14" says it was closed
        return None
    event = _article_event(claim.article_text) or "event"
    said = read_statement(clause, sentence, weather_story=event == "flood")
    if said is None or said.question in (CAUSE_QUESTION, ORIGIN_QUESTION):
        return None  # "left Sfax at 9pm": the time of a departure, not where it began
    return _Info(f"said|{said.question}", said.question, event, False, _where(sentence, pos), "", said=said)


def _said(dating: Dating, claim: MatchClaim, where: _Where) -> _Info:
    """The key of a dating of a structure's history, named after the article's event."""
    return _answered(Reading(dating.question, dating.answer, head=dating.head, span=dating.span), claim, where)


def _answered(reading: Reading, claim: MatchClaim, where: _Where, event: str = "") -> _Info:
    """The key of a statement's answer to a question of the story, named after the article's event (`event`
    when the caller has read it already)."""
    event = event or _article_event(claim.article_text) or "event"
    return _Info(f"said|{reading.question}", reading.question, event, False, where, "", said=reading)


def _statement_text(text: str, sentence: str) -> str:
    """All of what a statement says: its value shows the first fourteen words, the question it answers may
    come after them ("... the siren at the east end of town did not sound")."""
    at = sentence.find(text) if len(text.split()) >= 14 else -1
    if at < 0:
        return text
    rest = sentence[at:]
    end = _STATEMENT_END.search(rest, 1)
    return rest[:end.start() if end else len(rest)]


# where a statement's words end: the sentence's end, the speaker after it, or another statement ("..., and that
# the hostages ...")
_STATEMENT_END = re.compile(r"[.;](?:\s|$)|,\s+(?:[\w'’.-]+\s+){1,4}(?:said|says|told|added|insisted)\b|"
                            r",?\s+and\s+(?:that|said|added)\b")


def _zero(v: Value) -> bool:
    """A statement that sets a count at zero: "no troops were killed there", "nobody was injured"."""
    return v.low == 0 and v.high == 0 and bool(v.predicate)


_RESULTS_WORDS = re.compile(r"\b(?:quarter(?:ly)?|full-year|half-year|first-half|fiscal|results|revenues?|earnings|"
                            r"profits?|guidance|dividends?|shareholders|analysts)\b", re.I)


@functools.lru_cache(maxsize=64)
def _results_story(article_text: str) -> bool:
    """Whether an article reports a company's results, where a loss is a line of the accounts."""
    return len(_RESULTS_WORDS.findall(article_text or "")) >= 3


def _clause_measure(v: Value, sentence: str, pos: int) -> str:
    """The measure nearest a figure that has no verb of its own, read in its clause first: in "12
    rockets and 60 shells; nine rockets were intercepted" the 12 were not intercepted. Rockets or
    drones counted with no verb in their clause were fired. A reported proposition of its own ("..., and
    that all 24 crew were safe") never borrows the measure of the one before or after it."""
    lo = sentence.rfind(";", 0, pos) + 1
    hi = sentence.find(";", pos)
    hi = len(sentence) if hi < 0 else hi
    bounds = own_proposition(sentence, lo, hi, pos, pos)
    own = bounds != (lo, hi)
    lo, hi = bounds
    if lo == 0 and hi == len(sentence):
        return _infer_measure(sentence, pos)
    measure = _infer_measure(sentence[lo:hi], pos - lo)
    if not measure and _subject_class((v.subject or "").lower(), sentence, "fired") in _PROJECTILES:
        return "fired"
    return measure or ("" if own else _infer_measure(sentence, pos))


_ANAPHOR_AT = re.compile(r"\b(?:put|puts|putting|placed?|places|set|sets|estimated?|estimates)\s+(?:the|that|this|its|"
                         r"their|his|her)\s+(?:\w+\s+)?(?:number|figure|total|toll|count|tally|estimate|population)\s+"
                         r"(?:at|as high as|as low as)\s+(?:\S+\s+){0,2}$|"
                         r"\b(?:the|that|its|their)\s+(?:real\s+|true\s+|actual\s+|official\s+)?(?:number|figure|total|toll|count|tally)\s+"
                         r"(?:is|was|stands at|stood at|would be|could be)\s+(?:\w+\s+){0,2}$|"
                         r"\b(?:the|that|this|its|their|\w+['’]s)\s+(?:\w+\s+)?(?:figure|estimate)\s+of\s+$", re.I)
# What a structure or a vessel is, by the noun a size is given for ("an 11-storey building", "a 623ft
# bulk carrier", "the 120-metre central section"): two reports give the size of one thing.
_STRUCTURES = {
    "building": "building", "tower": "building", "block": "building", "high-rise": "building", "complex": "building",
    "hotel": "building", "factory": "building", "warehouse": "building", "mall": "building", "apartment": "building",
    "ship": "vessel", "vessel": "vessel", "carrier": "vessel", "tanker": "vessel", "freighter": "vessel",
    "ferry": "vessel", "boat": "vessel", "trawler": "vessel", "barge": "vessel", "yacht": "vessel", "liner": "vessel",
    "bridge": "bridge", "span": "section", "section": "section", "crane": "crane", "dam": "dam", "tunnel": "tunnel",
    "pipeline": "pipeline", "pipe": "pipeline", "aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft",
    "silo": "silo", "fence": "fence", "wall": "wall", "chimney": "chimney", "mast": "mast", "statue": "statue",
    "cabin": "cabin", "escalator": "escalator", "stage": "stage", "scaffold": "scaffold", "scaffolding": "scaffold",
}
_STRUCTURE_RE = re.compile(r"\b(" + "|".join(sorted(_STRUCTURES, key=len, reverse=True)) + r")s?\b", re.I)
_SIZE_MEASURES = {"storeys": "floors", "units": "units"}
# the size a bare "42-metre silo" or "190-metre ship" gives: what stands is measured up, what lies or sails along
_STANDING = {"building", "silo", "fence", "wall", "chimney", "mast", "statue", "stage", "scaffold"}
# a size said of a structure named before it: "the silo was about 138 feet tall", "the perimeter fence was only
# 2.5 metres high", "the highest cabin hung 60 metres above the ground", "the escalator, which is 26 metres long"
_SIDE_SAID = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(tall|high|long|wide|deep)\b|in\s+(height|length|width)\b|"
                        r"(above)\s+(?:the\s+)?(?:ground|water|street|road|lake|river|valley|floor)\b|"
                        # how deep a tunnel or a pipe lies: "four metres below the street", "13 feet down"
                        r"(below|beneath|under)\s+(?:the\s+)?(?:ground|street|road|surface|floor|pavement|city)\b|"
                        r"(underground)\b|(down)\b(?!\s+(?:the|a|an|to|into|from|through|towards?|on)\b))", re.I)
# the words that qualify a figure after the verb that leads to it ("stood about", "weighs more than")
_LEAD_QUALIFIERS = r"about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least|just|only"
_STOOD_BEFORE = re.compile(r"(?:\b(?:stood|stands|standing|rise|rose|rises|towered|towers|towering|reached|reaches)|"
                           r"\bas\s+(high|tall|long|wide|deep)\s+as|\b(?:a|the|its|their)\s+(height|length|width)\s+of)\s+"
                           r"(?:(?:" + _LEAD_QUALIFIERS + r")\s+)*$", re.I)
_SIDE_WORDS = {**_DIMENSION_WORDS, "above": "height", "height": "height", "length": "length", "width": "width",
               "below": "depth", "beneath": "depth", "under": "depth", "underground": "depth", "down": "depth"}
# how far a structure that lies along the ground runs: "the tunnel ran 28 metres", "the wall stretches 3 km"
_RAN_VERB = r"(?:ran|runs|running|stretched|stretches|stretching|extended|extends|extending)\s+(?:for\s+)?(?:(?:" + \
    _LEAD_QUALIFIERS + r")\s+)*$"
_RAN_BEFORE = re.compile(r"\b" + _RAN_VERB, re.I)
_RAN_RIGHT_AFTER = re.compile(r"s?\s+" + _RAN_VERB, re.I)  # the verb right after the structure's noun
_LYING = {"tunnel", "pipeline", "wall", "fence", "bridge", "dam"}
_BURIED = {"tunnel", "pipeline"}  # what lies "below the street" or "13 feet down"
_DEPTH_WORDS = {"below", "beneath", "under", "underground", "down"}


def _structure_size(v: Value, unit: str, sentence: str) -> tuple[str, str, str] | None:
    """(measure, structure, unit) of a size given as an adjective before the thing it measures ("an
    11-storey building", "a 148-unit tower", "the 190-metre Orla Venture, the largest ship ..."); None for
    any other figure. A stretch of road or a slick is not a structure: its length is another question."""
    measure = _SIZE_MEASURES.get((v.unit or "").strip().lower()) or ("length" if base_unit(unit) == "m" else "")
    span = _value_span(v, sentence)
    if not measure or span is None:
        return None
    if not re.search(r"-[a-z]+$|\d[a-z]+$", v.text or "", re.I):
        # not an adjective ("11-storey", "623ft"): a size said of a structure before it, or no structure's size
        return _structure_side(span, unit, sentence) if measure == "length" else None
    after = re.sub(r"^\s*\([^()]{0,30}\)", "", sentence[span[1]:span[1] + 60])[:40]  # "68-metre (223-foot) vessel"
    words = re.findall(r"[A-Za-z][\w-]*", re.split(r"[,;:.()]", after, maxsplit=1)[0])[:3]
    head = ""
    for w in words:  # the last structure noun before a verb or a preposition: "a 60-metre tower crane"
        if w.lower() in _SIZE_STOP:
            break
        head = _STRUCTURES.get(w.lower()) or _STRUCTURES.get(w.lower().rstrip("s")) or head
    if not head and re.match(r"\s+[A-Z]", after):
        # "the 190-metre Orla Venture is the largest ship ...": a name; the sentence says what it is
        named = _STRUCTURE_RE.search(sentence, span[1])
        head = _STRUCTURES[named.group(1).lower()] if named else ""
    if not head:
        return None
    if measure == "length" and head in _STANDING:
        measure = "height"
    return measure, head, base_unit(unit) if measure in ("length", "height") else ""


# a figure joined to a noun before another noun says how many of the first the second has: "the eight-lane
# bridge", "a 300-bed hospital", "a 40-page report". Measures, spans of time and groups of people are read
# elsewhere ("a 2km stretch", "a four-year deal", "a five-man crew", "a 500-strong crowd")
_ADJECTIVE_FIGURE = re.compile(r"[\w.,]+-(?:and-a-half-)?([a-z]{3,})", re.I)


def _told_as_adjective(v: Value) -> tuple[str, str, str] | None:
    """("count", what is counted, "") of a figure told as an adjective before a noun ("the eight-lane bridge"),
    so that it meets the same figure told as what the thing has ("the bridge has eight lanes")."""
    m = _ADJECTIVE_FIGURE.fullmatch((v.text or "").strip())
    unit = (v.unit or "").strip().lower()
    if not m or not unit.isalpha() or unit in MEASURE_UNITS or unit in SPAN_UNITS:
        return None
    noun = m.group(1).lower()
    if unit not in (noun, noun + "s", noun + "es", noun[:-1] + "ies") or noun in MEASURE_UNITS or \
            noun in _NOT_COUNTED_ADJECTIVE or _sing(noun) in _NOT_COUNTED_ADJECTIVE:
        return None  # "R2-million bail" is money, "a five-man crew" a group
    noun = _sing(noun)
    if noun in _ROLL_ADJECTIVES:
        return "roll", _ROLL_ADJECTIVES[noun], ""  # "a 300-bed hospital" has 300 beds (see readings.roll_of)
    return "count", noun, ""


# how long an agreement or a penalty runs: "a four-and-a-half-year contract", "a two-year loan deal", "a lease of
# 99 years", "a three-month ban"; each kind of agreement is a question of its own
_TERMS = {"contract": "contract", "deal": "contract", "agreement": "contract", "extension": "contract",
          "lease": "lease", "concession": "concession", "licence": "licence", "license": "licence", "loan": "loan",
          "mortgage": "loan", "ban": "ban", "suspension": "ban", "sentence": "sentence", "term": "sentence",
          "mandate": "mandate", "moratorium": "moratorium", "ceasefire": "ceasefire", "truce": "ceasefire"}
_TERM_WORDS = "|".join(sorted(_TERMS, key=len, reverse=True))
_TERM_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(" + _TERM_WORDS + r")s?\b", re.I)
_TERM_BEFORE = re.compile(r"\b(" + _TERM_WORDS + r")s?\s+(?:of|lasting|running\s+for)\s+(?:(?:" + _LEAD_QUALIFIERS +
                          r")\s+)*$", re.I)
_TERM_UNITS = {"days", "weeks", "months", "years"}


def _term(v: Value, sentence: str) -> tuple[str, str, str] | None:
    """("term", the kind of agreement, "days") for how long an agreement or a penalty runs."""
    span = _value_span(v, sentence)
    if span is None or (v.unit or "").strip().lower() not in _TERM_UNITS:
        return None
    adjective = re.search(r"-(?:day|week|month|year)$", v.text or "")
    told = _TERM_AFTER.match(sentence, span[1]) if adjective else _TERM_BEFORE.search(sentence[max(0, span[0] - 40):
                                                                                            span[0]])
    if told is None:
        return None
    kind = _TERMS[told.group(1).lower()]
    if kind == "sentence":
        # "a sentence of five years", "a five-year prison term": the term in prison that "jailed for five years"
        # tells, read as readings does it (whose it is, or one asked for)
        return *_whose_term(sentence.lower(), span), "days"
    return "term", kind, "days"


_ROLL_ADJECTIVES = {"bed": "beds", "student": "students", "pupil": "students", "inmate": "inmates",
                    "patient": "patients", "employee": "staff", "worker": "staff"}


def _structure_side(span: tuple[int, int], unit: str, sentence: str) -> tuple[str, str, str] | None:
    """(height, length, width or depth, structure, unit) of a size said of a structure named before the figure in
    its sentence: "the silo was about 138 feet tall", "which the survey says stood 55 metres", "cabins as high as
    110 metres". Flames, smoke or water that rose so high are the fire's or the flood's, and a structure that fell
    so far is a fall (see readings)."""
    said = _SIDE_SAID.match(sentence, span[1])
    stood = _STOOD_BEFORE.search(sentence[max(0, span[0] - 40):span[0]])
    ran = _RAN_BEFORE.search(sentence[max(0, span[0] - 40):span[0]])
    if not (said or stood or ran):
        return None
    before = sentence[:span[0]]
    named = list(_STRUCTURE_RE.finditer(before))
    between = before[named[-1].end():].lower() if named else ""
    if not named or len(between) > 90 or _rising(between) or FALL_CUE.search(between):
        return None  # "the cabin fell from a height of 30 metres": how far it fell (see readings)
    head = _STRUCTURES[named[-1].group(1).lower()]
    if ran and not (said or stood):
        # the structure is what ran: "the tunnel ran 28 metres" (not "near the bridge, traffic ran 12 miles back")
        runs_itself = _RAN_RIGHT_AFTER.fullmatch(between)
        return ("length", head, base_unit(unit)) if head in _LYING and runs_itself else None
    word = next((g for g in (said.groups() if said else ()) + (stood.groups() if stood else ()) if g), "")
    if word.lower() in _DEPTH_WORDS and head not in _BURIED:
        return None
    measure = _SIDE_WORDS.get(word.lower(), "") or ("height" if stood else "")
    if not measure:
        return None
    return measure, head, base_unit(unit)


# how big one small thing is: "hailstones up to 7 centimeters (2.75 inches) across", "as large as 9 centimeters",
# "a stone of 10.2 centimetres", "a crack 3 inches wide"
_ACROSS_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:across|wide|in\s+diameter|in\s+size|in\s+width)\b", re.I)
# one side of a small thing: "a capsule 8 mm long", "a crack 2 inches deep"; its width is its size (above)
_SIDES = {**{w: d for w, d in _DIMENSION_WORDS.items() if w != "wide"}, "thick": "thickness"}
_SIDE_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(" + "|".join(_SIDES) + r")\b", re.I)
# "8 millimetres long and 6 mm in diameter": the second figure belongs to the thing the first does
_OTHER_SIDE = re.compile(r"(?:about|roughly|some|nearly|almost|around)?\s*[\d.,]+\s*[^\W\d]+\.?\s+"
                         r"(?:long|wide|high|tall|deep|thick|across|in\s+diameter)\s*(?:,\s*|\s+)(?:and\s+|by\s+)?$", re.I)
# the thing, then where it lies ("the ice off Starodubskoye was only 20 cm thick"), its verb and qualifiers
_SIZE_BEFORE = re.compile(r"\b([a-z]+),?\s+(?:(?:off|at|in|near|on)\s+(?-i:[A-Z][\w'’\-]*)\s+)?"
                          r"(?:(?:that\s+were|that\s+was|were|was|is|are|measuring|of|reaching|up\s+to|"
                          r"as\s+(?:large|big|wide)\s+as|the\s+size\s+of|(?:of\s+)?about|around|some|nearly|almost|"
                          r"more\s+than|at\s+least|roughly|over|only|just|barely|less\s+than|no\s+more\s+than|under)\s+){0,3}$",
                          re.I)
_ONE_OBJECT_OF = re.compile(r"\b(?:a|an|one)\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s+$", re.I)
_AS_LARGE_AS = re.compile(r"\bas\s+(?:large|big|wide)\s+as\s+(?:\w+\s+)?$|\bthe\s+size\s+of\s+$", re.I)
_DIMENSIONS = {"depth", "height", "length", "width", "distance", "total", "rainfall", "rain", "snow", "snowfall",
               "maximum", "average", "thickness", "radius", "level", "rise", "drop", "fall", "range", "visibility",
               "accumulation", "surge", "swell", "wave", "waves", "stretch", "section", "speed", "altitude", "elevation"}


def _object_size(v: Value, unit: str, sentence: str) -> tuple[str, str, str] | None:
    """("size", thing, unit) for a length that says how big one thing is ("hailstones up to 7 cm across", "a stone
    of 10.2 centimetres", "as large as 9 centimeters"): a question of its own, whatever else the sentence says
    fell, hurt or was damaged. A converted figure in brackets is read with the figure it converts."""
    if base_unit(unit) != "mm":
        return None  # a slide "400 metres wide" or a crater "40 metres across" is a width (see readings)
    span = _value_span(v, sentence)
    if span is None:
        return None
    before = sentence[max(0, span[0] - 80):span[0]]
    # "7 centimeters (2.75 inches)", "9 centimeters, or 3.5 inches": a conversion is read from its figure's words
    before = re.sub(r"(?<![\w-])[\d.,]+\s*[^\W\d]+\.?\s*(?:\(|,?\s+or|,)\s*(?:or\s+|about\s+|roughly\s+)?$", "", before)
    before = _OTHER_SIDE.sub(" ", before)
    across = _ACROSS_AFTER.match(sentence, span[1])
    side = _SIDE_AFTER.match(sentence, span[1])
    one = _ONE_OBJECT_OF.search(before)
    if not (across or side or _AS_LARGE_AS.search(before) or one):
        return None
    m = one or _SIZE_BEFORE.search(before)
    noun = _sing(m.group(1).lower()) if m else ""
    if not noun or noun in _DIMENSIONS or noun in _SIZE_STOP:
        return None
    if noun.startswith("hail"):
        noun = noun[4:] or "stone"  # hail, hailstones and stones: the stones
    return (_SIDES[side.group(1).lower()] if side else "size"), noun, base_unit(unit)


# how heavy one thing is: "the largest male weighs about 190 kg", "the truck, which weighed 40 tonnes"
_WEIGHT_QUALIFIERS = _LEAD_QUALIFIERS + r"|up\s+to|less\s+than|under"
_WEIGHS_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:(?:" + _WEIGHT_QUALIFIERS + r")\s+)*$", re.I)
_WEIGH_VERB = re.compile(r"\bweigh(?:s|ed|ing)?\b", re.I)
_NOT_WEIGHED = {"it", "which", "that", "who", "he", "she", "they", "each", "one", "alone", "reportedly", "now", "then", "also",
                "itself", "themselves", "himself", "herself",
                "still", "only", "just", "had", "has", "to", "would", "could", "may", "might", "can", "said", "says", "and",
                "the", "a", "an", "of", "its", "their"}
_HEAVIEST = {"largest", "heaviest", "biggest", "smallest", "lightest"}
# "more than 60 pieces, the heaviest about 7 kilograms": the heaviest of the things just counted
_HEAVIEST_BEFORE = re.compile(r"\b([a-z]+),\s+(?:and\s+)?the\s+(?:heaviest|largest|biggest)(?:\s+(?:one|of\s+them))?\s+"
                              r"(?:weigh(?:s|ed|ing)?\s+|at\s+)?(?:(?:" + _LEAD_QUALIFIERS + r"|up\s+to)\s+)*$", re.I)
_EARLIER_FROM = re.compile(r"\b(?:down|up|revised|cut|lowered|raised)\s+from\s+(?:the\s+|an?\s+|its\s+)?"
                           r"(?:(?:initial|earlier|first|original|previous)\s+)?$", re.I)
# ... past a hyphenated word that qualifies it: "a 250-kilogram general-purpose bomb"
_WEIGHT_OF_THING = re.compile(r"[\s-]+(?:[a-z]+(?:-[a-z]+)+\s+)?([a-z]{3,})\b(?![\s-]+(?:of|worth)\b)", re.I)
_WEIGHT_SAID_OF = re.compile(r"(?:\bweight\s+of\s+|\b)(?:the|each|every|one|a|an)\s+([a-z]{3,})\s+(?:is|was|remains|"
                             r"remained|now\s+weighs)\s+(?:(?:" + _WEIGHT_QUALIFIERS + r"|barely)\s+)*$", re.I)
# what holds or sums a mass of something, not one thing that weighs it ("the haul was 350 kg"), and words after a
# figure that name no thing ("the 2,217 carats first announced")
_NOT_ONE_THING = {"haul", "shipment", "cargo", "total", "amount", "harvest", "catch", "production", "output", "load",
                  "quantity", "figure", "estimate", "number", "consignment", "seizure", "first", "last", "more", "less",
                  "stock", "stocks", "supply", "demand", "capacity", "limit", "target", "guidance", "forecast"}
# what breaks into many: one question however the pieces are called
_PIECES = {"piece": "fragment", "chunk": "fragment", "shard": "fragment", "rock": "fragment", "stone": "fragment",
           "meteorite": "fragment"}


_GEMS = {"gem", "gemstone", "diamond", "sapphire", "ruby", "emerald", "opal", "jade", "pearl", "topaz", "tanzanite",
         "garnet", "amethyst", "aquamarine"}


def _weighed(noun: str, unit: str) -> str:
    """What a weight is of: a gem when it is told in carats ("it weighs 2,217 ct", "a stone that weighs 1,080
    carats") or named as one, the pieces of what broke up, else the noun."""
    return "gem" if unit == "ct" or noun in _GEMS else _PIECES.get(noun, noun)


def _weighs(v: Value, unit: str, sentence: str) -> tuple[str, str, str] | None:
    """("weight", thing, "t") for a mass said of one thing by a verb of weighing: "the largest of the escaped
    males weighs around 420 lb" and "the largest male weighed more than 230 kilograms" answer one question,
    never how much grain a silo held or fish died. "14 fragments ..., and the largest weighs 3.4 kg" and "60
    pieces, the heaviest about 7 kilograms" weigh the heaviest of what was counted."""
    span = _value_span(v, sentence)
    if base_unit(unit) != "t" or span is None:
        return None
    lead = sentence[max(0, span[0] - 120):span[0]]
    heaviest = _HEAVIEST_BEFORE.search(lead)
    verb = heaviest or _WEIGHS_BEFORE.search(lead)
    earlier = _EARLIER_FROM.search(lead)
    if verb is None and earlier:
        # "weighs 1,062 carats after cleaning, down from the 1,080 carats first announced": the same weight, before
        weighings = list(_WEIGH_VERB.finditer(lead, 0, earlier.start()))
        verb = weighings[-1] if weighings else None
    if verb is None:
        # "a 2,217 carat diamond", "the 90 g loaf": the weight of the thing it is told before; "the weight of the
        # loaf remains 90 grams", "the loaf is barely 80 grams": the weight of the thing it is said of
        told_of = _WEIGHT_OF_THING.match(sentence, span[1]) if re.search(r"\b(?:a|an|the)\s+$", lead) else None
        told_of = told_of or _WEIGHT_SAID_OF.search(lead)
        noun = told_of.group(1).lower() if told_of else ""
        if not noun or noun in _SIZE_STOP or noun in _NOT_WEIGHED or noun in _NOT_ONE_THING or noun.endswith("ly"):
            return None
        return "weight", _weighed(_sing(noun), unit), "t"
    # "the gold mask, painted red with cinnabar, weighs 1.2 kilograms": the mask, not what it is painted with
    said_of = re.sub(r",[^,]*,\s*$", " ", lead[:verb.start()])
    words = [heaviest.group(1).lower()] if heaviest else re.findall(r"[a-z]+", said_of.lower())[-6:]
    if heaviest or words[-1:] and words[-1] in _HEAVIEST:
        # "14 fragments near the village, and the largest weighs 3.4 kg": the largest of the things counted
        # before it in the sentence
        counted = re.findall(r"(?<![\w.,])\d[\d,.]*\s+([a-z]+)\b", lead[:verb.start()].lower())
        words = counted[-1:] or ([heaviest.group(1).lower()] if heaviest else [])
    words = [w for w in words if w not in _NOT_WEIGHED and w not in _HEAVIEST]
    noun = _sing(words[-1]) if words else "thing"
    return "weight", _weighed(noun, unit), "t"


# what a building "has": its homes ("148 suites", "nearly 150 apartments") and its floors
_BUILDING_PARTS = {"apartment": "units", "flat": "units", "suite": "units", "condo": "units", "unit": "units",
                   "storey": "floors", "story": "floors", "floor": "floors"}
_HAS_BEFORE = re.compile(r"\b(?:has|had|have|with|contains?|containing|compris\w*)\s+$", re.I)
_BUILDING_CUE = re.compile(r"\b(?:building|tower|block|high-rise|court|complex|residential|tenants?|rental|apartments?|"
                           r"condominium|landlord)\b", re.I)


def _building_has(v: Value, sentence: str) -> tuple[str, str, str] | None:
    """("units" or "floors", "building", "") for a building's size told as what it has: "Ashgrove Court has 148
    suites", "a rental tower with nearly 150 apartments", or the floors it rises: the question a "148-unit tower"
    or a "42-storey tower" answers."""
    words = (v.subject or "").lower().split()
    part = _BUILDING_PARTS.get(_sing(words[-1])) if words else None
    span = _value_span(v, sentence)
    if not part or span is None:
        return None
    # ... or as how high it rises: "the tower would rise over 42 storeys"
    if not _HAS_BEFORE.search(sentence[max(0, span[0] - 20):span[0]]) and \
            not (part == "floors" and _TOWER_RISES.search(sentence[max(0, span[0] - 60):span[0]])):
        return None
    if not _BUILDING_CUE.search(sentence) and part == "units":
        return None  # "the company has 148 units": of what?
    return part, "building", ""


# ... a tower that rises so many floors ("flames rose 10 floors up the side" are no tower's)
_TOWER_RISES = re.compile(r"\b(?:tower|building|block|skyscraper|high-rise|hotel)\s+(?:would\s+|will\s+|is\s+to\s+|"
                          r"is\s+set\s+to\s+|could\s+)?(?:rise|rises|rose|stand|stands|stood)\s+(?:to\s+)?"
                          r"(?:(?:" + _LEAD_QUALIFIERS + r")\s+)*$", re.I)


_SIZE_STOP = {"on", "in", "of", "at", "with", "that", "which", "was", "were", "is", "are", "has", "had", "lies", "fell",
              "for", "from", "to", "by", "and", "near"}


# a short answer that only says who gives the figure: "The union says at least 12.", "Police put it at 45,000."
_SAYS_ONLY = re.compile(r"\b(?:says?|said|puts?|estimates?|estimated|claims?|claimed|counts?|counted|reports?|reported|"
                        r"according to)\b[^.;]*?\d[\d,.]*(?:\s+or\s+(?:more|so))?\W*$|^\W*(?:\w+\s+){0,3}\d[\d,.]*\W*"
                        r"(?:,\s*)?(?:says?|said|according to)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:the|that|this|its|their|his|her) (?:real |true |actual |official |new )?(?:number|figure|"
                     r"total|toll|count|tally|estimate)\b|\b\w+['’]s (?:figure|estimate) of\b|"
                     r"\b(?:put|puts|estimated?|estimates)\s+the\s+population\s+at\b", re.I)


def _borrowed_measure(claim: MatchClaim, sentence: str) -> tuple[str, str] | None:
    """What a short answer counts, from the sentences before it: "How many people were there? Police
    say around 45,000. Organisers say at least 250,000." Short sentences only (answers in a list of
    estimates: "The union says at least 12.") or one that points back ("put the figure at between 50 and
    55"), and only a measure that a figure in a sentence before them has."""
    anaphor = bool(_ANAPHOR.search(sentence))
    if not claim.article_text or not anaphor and (len(re.findall(r"[A-Za-z]+", sentence)) > 12 or not _SAYS_ONLY.search(sentence)):
        return None  # "Six remain in the hospital": a short sentence that says more than who gives the figure
    before = _text_before(claim, sentence)
    previous = [p for p in re.split(r"(?<=[.?!])\s*(?=[a-z\"“])|\n+", before) if p.strip()][-3:]
    for prev in reversed(previous):
        measure, subject = _figure_measure(prev)
        if not measure and re.search(r"\bhow many\b.*\b(?:there|came|showed up|turned up)\b", prev) and \
                _article_event(claim.article_text) == "protest":
            measure = "turnout"  # "So how many people were there?" in a report on a protest
        if measure:
            if measure == "turnout" or subject == "crowd":
                return "turnout", "crowd"
            return (measure, subject) if subject else None
        if anaphor or len(re.findall(r"[A-Za-z]+", prev)) > 12 or not re.search(r"\d", prev):
            break  # only a run of short answers leads back to the question
    return _antecedent(claim, previous) if anaphor else None


# a figure told again in other units after "or": "to 1,604 metres, or 5,262 feet"
_OR_AGAIN = re.compile(r"(?:\s+(?:long|deep|high|tall|wide|away|across|heavy))?\s*,?\s+or\s+(?:about\s+|some\s+|"
                       r"roughly\s+|nearly\s+|around\s+)?")
_OR_BEFORE = re.compile(r"\sor\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$")


def _restated(claim: MatchClaim, sentence: str, v_start: int) -> _Info | None:
    """The reading of the figure a figure restates in other units ("1,604 metres, or 5,262 feet"), or None."""
    unit = base_unit(claim.value.unit or "")
    if not unit or not _OR_BEFORE.search(sentence, max(0, v_start - 30), v_start):
        return None  # the sentence is read again only for a figure right after "or"
    for c in _claims_in(sentence, claim.published):
        if c.value is None or c.value is claim.value or base_unit(c.value.unit or "") != unit or \
                (c.value.unit or "") == (claim.value.unit or ""):
            continue
        at = sentence.find(c.value.text or "\0")
        if at >= 0 and _OR_AGAIN.fullmatch(sentence[at + len(c.value.text):v_start]):
            return _info(dataclasses.replace(claim, value=c.value))
    return None


@functools.lru_cache(maxsize=4096)
def _claims_in(sentence: str, published: date | None) -> tuple:
    return tuple(detect_claims(sentence, published=published))


def _antecedent(claim: MatchClaim, previous: list[str]) -> tuple[str, str] | None:
    """What a figure that points back ("DOC's figure of 312", "put the number at about 280") counts: the count the
    last figure before it answers, read as a claim of its own, from the sentence before or the one before that."""
    for prev in reversed(previous[-2:]):
        for c in reversed(_claims_in(prev, claim.published)):
            if c.kind != QUANTITY or c.value is None or c.value.unit:
                continue
            info = _info(MatchClaim(id=0, article_id=claim.article_id, claimant_key="", kind=QUANTITY, value=c.value,
                                    sentence=prev, published=claim.published, article_text=claim.article_text))
            if info is not None and "@" not in info.key and info.measure not in ("when", "said", "level"):
                return info.measure, info.subject
    return None


_FIGURE_AT = re.compile(r"(?<![\w.,])\d|\b(?:" + _W_ONE + r"|dozens|hundreds|thousands)\b", re.I)


def _figure_measure(prev: str) -> tuple[str, str]:
    """The measure and subject of the last figure in a sentence that has one ("the fire brigade's toll went
    from six to nine": killed), else of the sentence's end (a question: "how many were injured?")."""
    for m in reversed(list(_FIGURE_AT.finditer(prev))):
        measure = _infer_measure(prev[max(0, m.start() - 60):m.start() + 60], min(60, m.start()))
        if not measure and _TOLL.search(prev[max(0, m.start() - 60):m.start()]):
            measure = "killed"
        if not measure:
            # "8,000 people have crossed": a verb of the figure's own, for the people it counts
            end = m.start() + re.match(r"[\d,.]+|\w+", prev[m.start():]).end()
            verb = own_verb(prev, m.start(), end)
            subject = _infer_subject(prev, m.start(), verb) if verb else ""
            if subject in _HUMAN_CLASSES:
                return verb, subject
        if measure:
            subject = _infer_subject(prev, m.start(), measure)
            return measure, subject or (UNKNOWN if measure in _HUMAN_MEASURES else "")
    measure = _infer_measure(prev, len(prev))
    return measure, _infer_subject(prev, len(prev), measure) if measure else ""


_MULTIPLE = re.compile(r"\s*(?:times|-?fold)\b", re.I)
_OVER_LIMIT = re.compile(r"\s*(?:times|-?fold)\s+(?:above\s+|over\s+|higher\s+than\s+|more\s+than\s+|beyond\s+)?"
                         r"(?:the\s+|a\s+|its\s+)?(?:[\w.'’-]+\s+){0,3}?(?:limits?|levels?\s+(?:allowed|permitted)|(?:permitted|allowed|permissible|acceptable|legal)\s+"
                         r"(?:levels?|amounts?|concentrations?|values?)|"
                         r"thresholds?|norms?|standards?|guidelines?|safe\s+levels?|maximums?)\b", re.I)
_SUBSTANCE = re.compile(r"\b(ammonia|chlorine|lead|arsenic|mercury|nitrates?|nitrites?|benzene|cyanide|cadmium|"
                        r"pm\s?2\.5|pm\s?10|ozone|nitrogen\s+dioxide|sulph?fur\s+dioxide|carbon\s+monoxide|radiation|"
                        r"radioactivity|ca?esium|iodine|e\.?\s?coli|bacteria|coliforms?|pesticides?|phosphates?|dioxins?|"
                        r"toxins?|particulates?|fine\s+particles|oil|hydrocarbons?|sewage)\b", re.I)


def _substance(sentence: str, start: int) -> str:
    """The substance a reading over a limit is of: the nearest named before the figure, else after it."""
    before = list(_SUBSTANCE.finditer(sentence, 0, start))
    m = before[-1] if before else _SUBSTANCE.search(sentence, start)
    if not m:
        return ""
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if word.startswith("pm"):
        return word.replace(" ", "")  # "PM 2.5", "PM2.5"
    if word.startswith("e"):
        word = re.sub(r"^e\.?\s?coli$", "e. coli", word)
    return _sing(word) if word.endswith("s") and word not in ("bacteria",) else word


def _police_story(article_text: str) -> bool:
    """Whether a report's officers are police: police named at least twice and more often than soldiers, troops or
    the army, and no other officers (prison, customs...) named."""
    low = (article_text or "").lower()
    if re.search(r"\b(?:prison|jail|customs|border|immigration|correctional|corrections|fire|probation|election|"
                 r"medical|health|security|army|naval|military)\s+officers\b", low):
        return False  # "12 officers had been on duty" where prison officers are named: which officers, unsaid
    police = len(re.findall(r"\bpolice\b|\bconstabular|\bgendarm", low))
    return police >= 2 and police > len(re.findall(r"\bsoldiers?\b|\btroops\b|\barmy\b|\bmilitary\b", low))


# what a crowd gathers for, in which responders who "took part" or "joined" are part of the crowd
_GATHERING = re.compile(r"\b(?:crowds?|protest\w*|rall(?:y|ies)|(?-i:march(?:es)?)|demonstrat\w*|strikes?|vigils?|"
                        r"parades?|ceremon(?:y|ies)|funerals?|memorials?|commemorat\w*|festivals?|concerts?|matche?s?|"
                        r"marathons?|races?|elections?|votes?|ballots?)\b", re.I)
_SEARCHING = re.compile(r"[^.;]{0,30}?\b(?:(?:took|taking|take|takes)\s+part\s+in\s+(?:the\s+)?(?:search|hunt|rescue)|"
                        r"(?:were|are|was|is|been)\s+(?:\w+\s+)?(?:searching|combing|scouring))\b", re.I)
_OVERBOARD = re.compile(r"^[^.;]{0,40}?\b(?:went|fell|fallen|falling|washed|swept|lost|knocked|toppled)\s+"
                        r"(?:overboard\b|into\s+the\s+(?:sea|water|ocean)\b)", re.I)
_PASSIVE_RESCUE = re.compile(r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:rescued|saved|pulled|freed|airlifted)\b", re.I)
_NUMBER_NAME = re.compile(r"\b(?:train|flight|bus|route|highway|motorway|interstate|platform|gate|pier|berth|terminal|"
                          r"ward|room|apartment|unit|no\.)\s+$", re.I)
_ELSEWHERE = re.compile(r"^\W*(?:elsewhere|separately|in (?:a|another) separate\b|in other (?:news|developments)|"
                        r"meanwhile,? in\b)", re.I)


# flown out soon after the figure: "12 were airlifted to Kathmandu", the injured taken to hospital
_AIRLIFTED = re.compile(r"^[^.;]{0,40}?\b(?:" + AIRLIFT + ")", re.I)
# held where no police hold them, in a story of hostages: the hostages
_HELD_HOSTAGE = re.compile(r"\b(?:held|holding)\b", re.I)
_HOSTAGE_STORY = re.compile(r"\bhostages?\b", re.I)
_IN_CUSTODY = re.compile(r"\b(?:police|custody|detention|detained|arrest\w*|questioning|jail|prison|cells?)\b", re.I)
# ... or flown before the figure: "helicopters have flown six injured villagers to Pokhara"
_FLOWN_BEFORE = re.compile(r"\b(?:airlifted|flown|flew|airlifting|flying)\s+(?:\w+\s+)?$", re.I)
_TO_AFTER = re.compile(r"[^.;,]{0,40}?\bto\b")
# those who took part in a labour strike, however told; a strike ballot is a vote of its own
_STRUCK = re.compile(r"\b(?:joined|observed|took part in|taking part in|heeded)\s+(?:the\s+|a\s+|its\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:strike|walkout|stoppage|industrial action)|\bstayed (?:away|at home|home)|"
                     r"\bwalked out|\bwent on strike|\bdowned tools|\bon strike\b", re.I)
_TOOK_PART = re.compile(r"\b(?:adherence|participation|turnout|compliance)\b", re.I)
_BALLOT_WORDS = re.compile(r"\b(?:ballot|voted?|votes|voting|poll|polls|survey)\b", re.I)


# the people a crowd is made of, named by what they do: growers, farmers, teachers, students, supporters
_PERSON_NOUN = re.compile(r"^(?!tractor|trailer|container|computer|generator|motor|vehicle)[a-z-]+"
                          r"(?:er|or|ist|ant|ent|ian|ee)$")


_SHORTAGE_STORY = re.compile(r"\bshortages?\b|\bout[ -]of[ -]stock\b|\bin short supply\b|\bstock-?outs?\b", re.I)
_STOCK_OUT = re.compile(r"\bout[ -]of[ -]stock\b|\bin short supply\b|\b(?:un|not\s+|no\s+longer\s+)available\b|"
                        r"\bstocked[ -]out\b|\bstock-?outs?\b|\bmissing\b|\bshort(?:ages?)?\b|\bscarce\b|"
                        r"\bunobtainable\b|\bcannot be (?:found|bought|obtained)\b|\bempty shelves\b", re.I)
# words before the goods' noun that do not make them a kind of their own
_ANY_GOODS = {"more", "other", "essential", "different", "key", "vital", "important", "common", "basic", "such",
              "these", "those", "the", "some", "many", "several", "all", "new", "additional", "further", "imported",
              "local", "registered", "listed", "critical", "everyday", "of", "its", "their", "our"}


def _stock_kind(counted: str) -> str:
    """The goods a shortage list counts: "items", or a kind of them ("cancer items" for "nine cancer drugs")."""
    words = re.findall(r"[a-z][a-z-]*", (counted or "").lower())
    kind = words[-2] if len(words) > 1 and words[-2] not in _ANY_GOODS else ""
    return f"{kind} items".strip()


def _of_people(subject: str) -> bool:
    """Whether a subject counts people: a human class, a noun for a person ("patient", "user", "voter"), or none
    said ("those randomised", "1.4 million had joined")."""
    return subject in _HUMAN_CLASSES or subject in (UNKNOWN, "") or bool(_PERSON_NOUN.search(subject or ""))


# heads that say how often or how long, not what is counted ("three times", "two weeks")
_NOT_COUNTED = {"time", "times", "week", "day", "hour", "year", "month", "minute", "second", "percent", "point",
                "fold", "other", "more", "each", "one", "ones", "all", "half", "rest", "number", "total", "still",
                "alive", "dead", "later", "earlier", "ago", "seat",
                # "the number of wounded rose to 31": the measure, not whom it counts
                "wounded", "injured", "missing", "deceased", "sick", "displaced", "evacuated", "detained",
                "arrested"}
# nouns a figure told as an adjective does not count (see _told_as_adjective): how often or how long, a group of
# people ("a five-man crew", "a 500-strong crowd"), a building's floors and a venue's seats, read elsewhere
_NOT_COUNTED_ADJECTIVE = _NOT_COUNTED | {"strong", "man", "men", "member", "person", "people", "woman", "women",
                                        "decade", "century", "odd", "plus", "storey", "story", "unit", "capacity"}
# heads a misread subject ends on that count nothing: parts of the day, distances, directions, verbs
_NOT_SUBJECTS = {"night", "morning", "afternoon", "evening", "mile", "kilometre", "kilometer", "metre", "meter", "foot",
                 "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "came", "went", "left", "got", "took", "gave", "away", "overboard"}


# people named by no more than being people, or by what befell them: no kind of their own to count
_ANY_PEOPLE = {"people", "person", "civilian", "resident", "inhabitant", "villager", "citizen", "individual", "victim",
               "local", "man", "woman", "men", "women", "adult", "occupant", "survivor", "passenger", "evacuee",
               "migrant", "refugee", "asylum-seeker", "child", "children", "kid", "minor", "boy", "girl", "infant",
               "baby", "teenager", "colleague"}


_COMERS = {"guest", "invitee", "visitor", "fan", "pilgrim", "delegate", "worshipper", "mourner", "onlooker", "reveller",
           "devotee", "well-wisher", "spectator", "attendee", "participant", "supporter"}


def _named_group(subj_text: str, sentence: str, end: int) -> str:
    """The kind of people a figure counts when the noun names one and nothing is said of them ("in front of
    some 400 invited guests": "guest"), "" for people in general, for people the sentence tells of ("guests
    stayed there") or anything else."""
    words = subj_text.split()
    if not words or len(words) > 3:
        return ""
    head = _sing(words[-1])
    if _CLASS_WORDS.get(head) not in ("people", "children", "crowd") or head in _ANY_PEOPLE:
        return ""
    noun = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?{re.escape(words[-1])}\b", re.I).match(sentence, end)
    if noun is None or VERB_NEXT.match(sentence.lower(), noun.end()):
        return ""
    return head


def _counted_words(subject: str) -> str:
    """The words of a figure's subject that can say what it counts: "23 patients Saturday night" counts
    patients; a head misread from the words after the figure ("the figure of 52 came from", "40 nautical
    miles") counts nothing."""
    words = subject.strip().lower().split()
    if " ".join(words) in ("one", "no one", "nobody", "anyone", "everyone", "someone"):
        return "people"  # "no one was still missing"
    while words and (_sing(words[-1]) in _NOT_COUNTED | _NOT_SUBJECTS or _WEEKDAY.fullmatch(words[-1])):
        words.pop()
    return " ".join(words)


_WHEN_TITLES = {"end": "when it ended or was stopped", "request": "when a stop was asked for",
                "notice": "when the authorities were told", "arrest": "when the arrest was made",
                "court": "when the court sat", "suspension": "when trading was suspended",
                "talks": "when the talks were held or broke up", "signing": "when it was signed",
                "effect": "when it took effect", "kickoff": "when it kicked off",
                "finish": "when it finished or was won", "plan": "when it was due to happen"}


_SPAN_TITLES = {"duration": "how long it took or lasted", "record": "the record time",
                "margin": "the margin over the record or a rival", "delay": "how late it is",
                "waiting": "how long the wait is"}
# readings whose title is not "<what> <quantity>"
_READING_TITLES = {("waiting", "longest"): "the longest wait", ("water level", "water"): "water level",
                   ("draught", "vessel"): "ships' draught", ("electorate", "voters"): "registered voters",
                   ("ballots", "blank"): "blank ballots", ("valid", "ballots"): "valid ballots"}


def _title(info: _Info) -> str:
    place = info.where.best()
    place_txt = place.title() if place else ""
    if info.measure == "when":
        t = _WHEN_TITLES.get(info.subject.split("@")[0]) or f"when the {info.subject} happened"
        return t + (f" in {place_txt}" if place_txt else "")
    if info.said is not None:
        return statement_title(info.said.question, info.subject) + (f" in {place_txt}" if place_txt else "")
    subj = _SUBJECT_TITLES.get(info.subject, info.subject)
    if info.measure == "race time":
        t = f"the {info.subject.replace('finish', 'winning')} time"
    elif info.subject == "time" and info.measure in _SPAN_TITLES:
        t = _SPAN_TITLES[info.measure]
    elif (info.measure, info.subject) in _READING_TITLES:
        t = _READING_TITLES[info.measure, info.subject]
    elif info.measure == "level":
        t = "storm category" if info.subject == "category" else f"{info.subject} level"
    elif info.measure == "over limit":
        t = f"{info.subject.upper() if info.subject.startswith('pm') else info.subject or 'pollution'} " \
            "as a multiple of its limit"
    elif info.measure in ("turnout", "population", "capacity"):
        t = info.measure
    elif info.measure in _MEASURE_WORDS:
        t = f"{subj} {_MEASURE_WORDS[info.measure]}"
    else:
        t = f"{subj} {info.measure}".strip()
    if info.unit and info.measure != "race time" and not (info.measure == "record" and info.unit == "days"):
        t += f" ({info.unit})"  # a race time or a record, often told in hours, minutes and seconds, is no "(days)"
    if info.where.scope == "wide":
        return t + (f" across {place_txt}" if place_txt else " country-wide")
    if place_txt:
        t += f" {'over' if info.measure in ('intercepted',) else 'in'} {place_txt}"
    return t


def _block_key(measure: str, subject: str, unit: str) -> str:
    return f"{measure}|{subject}" + (f"|{unit}" if unit else "")


_HEDGES = {*HEDGE_VERBS, "expected"}
_HEDGED = re.compile(r"\s+(?:(?:is|are|was|were)\s+)?(?:" + "|".join(sorted(_HEDGES)) +
                     r")\s+to\s+(?:have\s+)?(?:been\s+|be\s+)?([a-z]{4,}ed)\b", re.I)
_AMOUNT_UNITS = {"t"}  # volumes are read on their own (see "amount|volume|m3")
_EACH_ONE = r"(?:person|head|household|family|resident|inhabitant|customer|vehicle|car|motorist|driver|passenger)"
# ("300 litres of vodka a passenger had hidden" is no ration, nor "per vehicle-kilometre")
_EACH = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:per|a|each|for\s+each|for\s+every)\s+(?:" + _EACH_ONE +
                   r"|day)\b(?![-’'])(?!\s+(?:had|has|have|was|were|is|would|could|\w+ed)\b)", re.I)
# ... or named before it: "limited each vehicle to 40 litres", "each household received 20 litres"
_EACH_BEFORE = re.compile(r"\b(?:each|every|per)\s+" + _EACH_ONE + r"s?\s+(?:received\s+|gets?\s+|got\s+|"
                          r"(?:was|were|is)\s+(?:given|allowed)\s+|to\s+)?(?:about\s+|up\s+to\s+|only\s+|just\s+)?$",
                          re.I)
# a figure that is the level reached, not the change: "rose to 327", "fell to about 40", "327, up from 312"
_TO_LEVEL = re.compile(r"\b(?:rose|risen|rises|increased|climbed|jumped|grew|grown|fell|fallen|falls|dropped|declined|"
                       r"decreased|shrank|shrunk|revised (?:up|down)(?:wards?)?)\s+to\s+(?:[a-z]+\s+){0,2}$", re.I)
_FROM_LEVEL = re.compile(r"(?:\s+[a-z-]+){0,5}\s*,?\s*(?:up|down)\s+from\b", re.I)
_NUMBER_OF_WHAT = re.compile(r"\b(?:number|toll|count|total|tally) of (?:the\s+)?((?:[\w-]+\s+){0,3}?(?:killed|dead|died|"
                             r"wounded|injured|hurt|missing|evacuated|displaced|arrested|detained|rescued|trapped|"
                             r"stranded|infected|hospitali[sz]ed))\b",
                             re.I)


def fact_key(claim: MatchClaim) -> FactKey | None:
    """The fact a claim answers, or None when it cannot be matched (no measure, vague statement)."""
    info = _info(claim)
    if info is None:
        return None
    return FactKey(info.key, _title(info), info.where.best(), info.where.scope)


def statement_answer(claim: MatchClaim) -> str:
    """A statement's answer to its question ("yes", "no", the cause it names), "" when it answers none."""
    info = _info(claim)
    return answer_label(info.said) if info is not None and info.said is not None else ""


def place_of(text: str) -> str:
    """The most specific place a headline or sentence names, lower-case; "" when none."""
    return _where(text, 0).best()


# Classes a story may count as "people" throughout: the victims of an outbreak among children, the crew of a
# cargo ship. Soldiers and police are a side: "people" there means others; hostages and inmates are counted
# apart from the people released or killed around them.
WHOLESALE = frozenset({"children", "crew"})


def is_wholesale_pair(a: _Info, b: _Info) -> bool:
    """One count of "people" and one of a class the story's people may all belong to."""
    return a.subject != b.subject and {a.subject, b.subject} - WHOLESALE == {"people"}


def key_subject(key: str) -> str:
    """The subject of a fact key, its tag left out: "hospitalised|unknown@still" -> "unknown" ("" for none)."""
    return (key.partition("@")[0].split("|")[1:2] or [""])[0]


def related_keys(key: str) -> list[str]:
    """Keys whose claims can be linked to claims of `key` besides `key` itself: fired/intercepted/hit of
    one projectile family (arithmetic), for a human count that does not say whose ("unknown"), every
    human class (and back), for a count of "people" the classes in WHOLESALE (and back), and for a counted verb
    the count of the same noun whose verb we do not read (the way back is `open_count_subject`). The caller's
    block for `key` is: claims of `key` + related keys."""
    if key.endswith(PART) and "@" not in key[:-len(PART)]:
        base = key[:-len(PART)]
        return [base] if _part_class(base) else []
    if "@" in key:
        # background and partial figures meet only their own kind: a human count that does not say whose, each
        # human class with the same tag ("11 remain in hospital", "31 patients are still in hospital")
        base, _, tag = key.partition("@")
        measure, _, subject = base.partition("|")
        if subject == UNKNOWN and measure in _HUMAN_MEASURES:
            return [f"{measure}|{c}@{tag}" for c in sorted(_HUMAN_CLASSES - {"crowd"})]
        return []
    parts = key.split("|")
    if len(parts) < 2:
        return []
    measure, subject, unit = parts[0], parts[1], parts[2:]
    tail = "".join(f"|{u}" for u in unit)
    out = []
    if measure in _PROJECTILE_MEASURES:
        out += [f"{m}|{subject}{tail}" for m in _PROJECTILE_MEASURES if m != measure]
    if subject == UNKNOWN:
        out += [f"{measure}|{c}{tail}" for c in sorted(_HUMAN_CLASSES - {"crowd"})]
    elif subject in _HUMAN_CLASSES and subject != "crowd" and measure in _HUMAN_MEASURES:
        out.append(f"{measure}|{UNKNOWN}{tail}")
    if measure in _HUMAN_MEASURES and subject == "people":
        out += [f"{measure}|{c}{tail}" for c in sorted(WHOLESALE)]
    elif measure in _HUMAN_MEASURES and subject in WHOLESALE:
        out.append(f"{measure}|people{tail}")
    if measure in _SHORT_PERIODS and not tail:
        out += [f"{m}|{subject}" for m in _SHORT_PERIODS if m != measure]  # 5 loaves a day, 150 a month
    if measure in _CHANGES and tail == "|%":
        # a change of one thing, told as a rise or as a fall; one that does not say of what meets every change
        out += [f"{m}|{s}|%" for m in _CHANGES for s in {subject, ""} if (m, s) != (measure, subject)]
    if _part_class(key):
        out.append(key + PART)
    if subject not in _HUMAN_CLASSES | {UNKNOWN} and counts_of(subject, [key]):
        out.append(f"{COUNT}|{subject}")  # a count of the same noun whose verb we do not read
    return out


PART = "@part"


def _part_class(key: str) -> bool:
    """A human count of one named class ("killed|children"): the same question whether or not a sentence
    counts it as a part of the toll ("four of the dead are children" against "four children were
    killed"). A part of "people" or of a count that does not say whose is another question."""
    measure, _, rest = key.partition("|")
    return measure in _HUMAN_MEASURES and rest.split("|")[0] in _HUMAN_CLASSES - {"people", "crowd"}


# the moments at which something is announced or decided: a story of a decree, a briefing or a vote may have no
# other happening
_ANNOUNCING = {"speech", "talks", "call", "notice", "request", "signing"}
# a story of what was found (dead birds at a market, a capsule in a field): when it was found may be the happening
# a report names no kind of ("the birds were found at the market at 0700 GMT")
_FOUND = {"find"}
# the moments that may be the story's own happening, and the names a happening's time goes by
_MAY_BE_THE_HAPPENING = _ANNOUNCING | _FOUND
_HAPPENINGS = [n for n, _ in _EVENTS if n not in _MOMENTS] + ["event"]
_HAPPENINGS_OF_AN_EVENT = _HAPPENINGS + sorted(_MAY_BE_THE_HAPPENING)


def happening_time_keys(key: str) -> list[str]:
    """The other keys the time of one happening goes by: one outlet dates the landslide ("when|flood"), the
    next the houses that collapsed ("when|collapse"), a third when the grid "collapsed" or the blackout
    "struck". A moment inside the story (a departure, an alert, the all-clear) is a question of its own: [];
    a meeting or a briefing may be the story's happening, and meets only a time that names no kind of happening.
    [] for anything but a time."""
    measure, _, family = key.partition("|")
    if measure != "when" or "|" in family or "@" in family:
        return []
    if family in _MOMENTS:
        # a story whose happening is a meeting or a news conference: one report dates "the meeting", the next
        # names no kind of happening ("the commission took the decision at 07:00 Moscow time")
        return ["when|event"] if family in _MAY_BE_THE_HAPPENING else []
    # "event": a report that names no kind of happening ("the supply failed at 3:50 a.m."), which may be the
    # story's announcement as well
    names = _HAPPENINGS_OF_AN_EVENT if family == "event" else _HAPPENINGS
    return [f"when|{name}" for name in names if name != family]


def same_happening(a: MatchClaim, b: MatchClaim, ia: _Info, ib: _Info) -> bool:
    """Two times of one happening worded as different events, put on one fact (see `happening_time_keys`)."""
    return bool(a.fact_key) and a.fact_key == b.fact_key and (
        ib.key in happening_time_keys(ia.key) or ia.key in happening_time_keys(ib.key))


# help on its way: "our ambulances reached the stadium within 12 minutes", "no ambulance came for 50 minutes"
_RESPONDERS_CAME = re.compile(r"\b(?:ambulances?|paramedics|firefighters|fire\s+crews?|rescuers|rescue\s+teams?|police|"
                              r"help|crews|responders)\s+(?:\w+\s+){0,2}?(?:came|arrived|reached|got\s+there|turned\s+up|"
                              r"showed\s+up|took)\b", re.I)
# a pilot's experience: "2,000 flight hours", "1,150 logged hours", "400 hours in the air", "flying experience"
_FLYING_TIME = re.compile(r"\b(?:flight|flying|logged)\s+hours\b|\bhours\s+(?:in\s+the\s+air|of\s+(?:flying|flight)|"
                          r"at\s+the\s+controls|as\s+(?:a\s+)?pilot)\b|\bflying\s+experience\b", re.I)
COUNT = "count"  # the measure of a figure whose verb says nothing we read ("61 ships were waiting")


# who an order covers: "2,340 people had been covered by the order", "residents subject to the order"
_UNDER_ORDER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:covered\s+by|subject\s+to|affected\s+by)\s+"
                          r"(?:the\s+|an\s+|its\s+)?(?:evacuation\s+)?orders?\b", re.I)
# the people a scheme, a subsidy or an insurance serves, by the words after their figure
_COVERED = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:(?:are|were|is|was|remain|would\s+be|will\s+be)\s+(?:still\s+|now\s+)?)?"
                      r"(?:entitled|eligible|covered\b(?!\s+(?:in|with|by)\s+(?:ash|mud|snow|water|debris|dust))|"
                      r"registered\s+(?:on|for|with|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cards?|schemes?|programmes?|"
                      r"programs?|benefits?|subsid\w+|rations?|registers?)\b|"
                      r"depend(?:s|ed)?\s+on|rel(?:y|ies|ied)\s+on|benefit(?:s|ed|ted)?\s+from|"
                      r"beneficiar(?:y|ies)\b|recipients\b|card-?\s?holders\b)", re.I)
_BENEFIT_NOUNS = {"holder", "cardholder", "card holder", "beneficiary", "recipient", "depend", "citizen"}


_CHANGES = ("rose", "fell")
# rates over short periods, compared per day: "five loaves a day" and "150 loaves a month" agree; a yearly figure
# is often a season's, and is left to itself
DAYS_IN = {"a day": 1, "a week": 7, "a month": 30}
_SHORT_PERIODS = tuple(DAYS_IN)
_SHORT_PERIOD_SET, _CHANGE_SET = frozenset(_SHORT_PERIODS), frozenset(_CHANGES)  # read for every pair compared


def related_key_pattern(key: str) -> str:
    """A regular expression for the keys of the story's facts a fact of `key` meets beyond `related_keys`, or "":
    every counted verb of a noun whose verb we do not read ("count|ship": "caught|ship", "sank|ship"), and every
    change for one that does not say of what ("rose||%": "rose|price|%", "fell|wage|%")."""
    if subject := open_count_subject(key):
        return f"^[^|@]+\\|{re.escape(subject)}$"
    if key in ("rose||%", "fell||%"):
        return r"^(?:rose|fell)\|[^|@]*\|%$"
    return ""


def open_count_subject(key: str) -> str:
    """The subject of a count whose verb we do not read ("count|ship" -> "ship"), or "" for any other key.
    Such a count meets every counted verb of the same noun in the story ("more than 80 vessels were
    caught"), as a toll that does not say whose meets every human class. "People" and counts that do not
    say of what are left out: they are too general to say which question they answer; so are the classes of
    people, whose plain count says how many took part ("five attackers"), not what befell them."""
    parts = key.split("|")
    if len(parts) != 2 or parts[0] != COUNT or "@" in key or parts[1] in _HUMAN_CLASSES | {UNKNOWN, ""}:
        return ""
    return parts[1]


# keys of one noun that are no count of it: when it happened, what was said of it, its level, its size
_NOT_COUNTS = {COUNT, "when", "said", "level", "over limit", "floors", "population", "capacity"}


_PER_PERIODS = ("a day|", "a week|", "a month|", "a year|")  # a rate ("22 slots a day") is no count of the noun


def counts_of(subject: str, keys) -> list[str]:
    """Among `keys`, the counts of `subject` with a verb we read: what an open count of it may meet."""
    return [k for k in keys if "@" not in k and k.count("|") == 1 and k.split("|")[1] == subject
            and k.split("|")[0] not in _NOT_COUNTS and not k.startswith(_PER_PERIODS)]


def _keys_meet(a: _Info, b: _Info) -> bool:
    """Same key, one human count that does not say whose against one that does, "people" against a class
    the story's people may all belong to, or a count whose verb we do not read against a counted verb of
    the same noun."""
    if a.key == b.key:
        return True
    for x, y in ((a, b), (b, a)):
        subject = open_count_subject(x.key)
        if subject and counts_of(subject, [y.key]):
            return True
    if a.key.removesuffix(PART) == b.key.removesuffix(PART) and _part_class(a.key.removesuffix(PART)):
        return True
    # "seven people remain in hospital" and "four remain in hospital": the same tag on both
    tag_a, tag_b = a.key.partition("@")[2], b.key.partition("@")[2]
    if a.measure != b.measure and {a.measure, b.measure} <= _SHORT_PERIOD_SET and a.subject == b.subject and \
            tag_a == tag_b and a.unit == b.unit:
        return True  # "five loaves a day" and "150 loaves a month": one rate, told per day and per month
    if {a.measure, b.measure} <= _CHANGE_SET and a.unit == b.unit == "%" and tag_a == tag_b and \
            (a.subject == b.subject or "" in (a.subject, b.subject)):
        # "an increase of 75 per cent" and "a 70 per cent rise in the price": one change; "a fall of nearly a
        # fifth" against "an increase of 6%": one change told two ways
        return True
    if a.measure != b.measure or a.unit != b.unit or tag_a != tag_b:
        return False
    return (a.subject == UNKNOWN and b.subject in _HUMAN_CLASSES) or (b.subject == UNKNOWN and a.subject in _HUMAN_CLASSES) or \
        (a.measure in _HUMAN_MEASURES and not tag_a and is_wholesale_pair(a, b))


def independent_sources(claims: list[MatchClaim]) -> int:
    """Distinct claimants: one claimant repeated by five outlets counts once; each outlet's own voice
    ("outlet:..." keys) counts as its own source; an unknown claimant counts once per article."""
    keys = set()
    for c in claims:
        k = (c.claimant_key or "").strip().lower()
        keys.add(k if k else f"unknown-in-article:{c.article_id}")
    return len(keys)
