"""Claim matching: which claims answer the same question, and do they agree. Pure: no ORM, no Django.

Vocabulary (see SPEC.md): a *fact* is the question several claims answer ("military personnel
killed in Makiivka"); a *link* is a relation between two claims in different articles.

How a fact is decided
---------------------
Shared words do not make a fact. Three things do:

1. **Measure** - what is counted, from the predicate (or, when it is missing, from the words
   nearest the figure): killed / wounded / casualties (killed and wounded together) / missing /
   arrested / displaced / rescued / captured / turnout / fired / intercepted / hit / destroyed /
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
"""

from __future__ import annotations

import bisect
import functools
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from datetime import date

from factcheck.extraction import Value

try:  # a pure gazetteer module of the project; matching still works without it
    from factcheck import places as _places

    _COUNTRIES = set(_places.ALIAS_COUNTRY) | set(_places.COUNTRY_DEMONYM)
    _DEMONYMS = set(_places.DEMONYMS)
    _CAPITALS = set(_places.CAPITAL_COUNTRY)
except Exception:  # pragma: no cover - gazetteer missing or broken
    _COUNTRIES, _DEMONYMS, _CAPITALS = set(), set(), set()

WINDOW_DAYS = 10

QUANTITY, DATE, STATEMENT = "quantity", "date", "statement"
UNKNOWN = "unknown"  # subject class of a human count that does not say whose (may meet any human class)
CONTRADICTS, CORROBORATES, SAME, UPDATES = "contradicts", "corroborates", "same", "updates"


# --------------------------------------------------------------------------------------------
# Public data types


@dataclass(frozen=True)
class MatchClaim:
    id: int
    article_id: int
    claimant_key: str  # normalised claimant; "outlet:..." when the outlet speaks itself
    kind: str  # "quantity" | "date" | "statement"
    value: Value
    sentence: str  # the claim's quote with a little context either side
    published: date | None  # article date
    outlet: str = ""
    # The whole article, lower-case: a claim placed in one town and another placed in a second
    # town are still one event when each article names the other's place (a town and the
    # state capital where officials speak). Not compared; excluded from equality and hashing.
    article_text: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class FactKey:
    key: str  # block key: "killed|military", "fired|missiles", "when|attack", "amount|aid|money"
    title: str  # readable: "military personnel killed in Makiivka"
    place: str = ""  # the claim's most specific place, lower-case ("makiivka"), "" when none
    scope: str = ""  # "wide" (country-wide, several regions), "site" (one named place/target), ""


@dataclass(frozen=True)
class Suggestion:
    from_id: int
    to_id: int
    relation: str  # "contradicts" | "corroborates" | "same" | "updates"
    score: float  # 0..1 confidence
    reason: str  # readable


# --------------------------------------------------------------------------------------------
# Measures


_MEASURES: list[tuple[str, re.Pattern]] = [
    (m, re.compile(p))
    for m, p in [
        ("intercepted", r"shot down|shoot down|intercept|downed|neutrali[sz]|repel|repuls|brought down|"
                        r"air defen[cs]e"),
        ("casualties", r"(?:killed|dead|died) (?:and|or) (?:wounded|injured|hurt)|casualt"),
        ("killed", r"kill|\bdead\b|\bdied\b|\bdie\b|death|lost (?:their|his|her) li|perish|fatalit|slain|"
                   r"drown|murder|\bbodies\b|\btoll\b"),
        ("wounded", r"wound|injur|\bhurt\b|hospitali[sz]"),
        ("missing", r"missing|unaccounted|disappear"),
        ("arrested", r"arrest|detain|custody|apprehend|\bjailed\b|rounded up"),
        ("displaced", r"displac|evacuat|\bfled\b|\bflee|homeless|relocat|uproot"),
        ("rescued", r"rescu|\bsaved\b|pulled (?:out|from|alive)"),
        ("released", r"releas|\bfreed\b|set free|handed over|exchanged|swapped"),
        ("captured", r"captur|taken prisoner|prisoners of war|surrender|hostage|abduct|kidnap|captive"),
        ("without power", r"without (?:power|electricity)|lost (?:power|electricity)|power cut|blackout|outage|"
                          r"cut off from (?:power|electricity)|no (?:power|electricity)"),
        ("aboard", r"on board|aboard|onboard|\bcarrying\b|\bcarried\b"),
        ("turnout", r"turnout|march|protest|attend|\brall|gather|demonstrat|took to the streets|"
                    r"participat|\bcrowd|took part|turned out|\bjoined\b|walked out"),
        ("hit", r"\bhit\b|\bhits\b|struck|\bstrike\b|landed|impact|reached"),
        ("fired", r"\bfired?\b|\bfires\b|launch|\bshot\b|\bsent\b|headed|\btarget|\baimed|\bused\b|salvo|barrage"),
        ("destroyed", r"destroy|damag|wreck|burn|flatten|collaps|razed"),
        ("affected", r"affect"),
    ]
]

_HUMAN_MEASURES = {"killed", "wounded", "casualties", "missing", "arrested", "displaced", "rescued",
                   "captured", "released", "affected", "turnout", "aboard"}
_PROJECTILE_MEASURES = ("fired", "intercepted", "hit")

_MEASURE_WORDS = {
    "killed": "killed", "wounded": "wounded", "casualties": "killed or wounded", "missing": "missing",
    "arrested": "arrested", "displaced": "displaced", "rescued": "rescued", "captured": "captured",
    "turnout": "turnout", "fired": "fired", "released": "released", "without power": "without power",
    "aboard": "on board", "intercepted": "shot down", "hit": "that hit",
    "destroyed": "destroyed or damaged", "affected": "affected",
}

# Event nouns, by family: "the quake", "the tremor" and "the earthquake" are one event; so are "the
# blaze" and "the fire", "the blast" and "the attack". The noun decides, never the verb: a quake
# "hit" and a missile "hit" are different events (verbs only decide when no noun is in sight).
_EVENTS: list[tuple[str, re.Pattern]] = [
    (e, re.compile(p))
    for e, p in [
        ("earthquake", r"quake|tremor|temblor|seismic"),
        ("attack", r"attack|\bstrikes?\b|airstrike|shelling|bomb|explo|blast|missile|rocket|drone|raid|assault"),
        ("flood", r"flood|\brain|\bstorm|cyclone|hurricane|typhoon|landslide|mudslide|\bdam\b|tsunami"),
        ("departure", r"\bdepart|\bleft\b|\bleaving\b|set sail|\bsailed\b|took off|pulled out of"),
        ("fire", r"\bfire\b(?!\s*(?:service|brigade|department|fighter|officials?|crews?|station|chief|and rescue))"
                 r"|blaze|wildfire|inferno"),
        ("speech", r"\baddress(?:ed)?\b|\bspeech\b|press conference|news conference|\bbriefing\b"),
        ("collapse", r"collaps|cave-in|caved in"),
        ("protest", r"protest|rally|march|demonstrat|strike action|walkout|riot"),
        ("crash", r"crash|collision|derail|capsiz|sank|sink"),
        ("shooting", r"shooting|gunman|stabbing"),
        ("election", r"election|\bvot|ballot|\bpolls?\b"),
    ]
]
_MOMENTS = {"departure", "speech"}
_EVENT_VERBS: list[tuple[str, re.Pattern]] = [
    ("attack", re.compile(r"\bhit\b|struck|strike|fired|launch|shell")),
    ("fire", re.compile(r"\bburn")),
    ("shooting", re.compile(r"\bshot\b")),
]


def _no_month(text: str) -> str:
    """Lower-case text where the month is not a march: "on March 22", "22 March", "in March"."""
    return re.sub(r"\bmarch(?=\.?,?\s+\d)|(?<=\d )march\b|(?<=\bin )march\b|(?<=\bof )march\b", "xxxxx",
                  text.lower())


def _event_family(text: str, pos: int | None = None, patterns=None) -> str:
    """The event family a text names: the first family that matches, or with `pos` the one whose
    word is nearest that offset."""
    low = _no_month(text)
    best, best_d = "", 10**9
    for name, rx in patterns or _EVENTS:
        for m in rx.finditer(low):
            if pos is None:
                return name
            d = abs(m.start() - pos)
            if d < best_d:
                best, best_d = name, d
    return best


def _article_event(article_text: str) -> str:
    """The event family an article is about: the family whose nouns it uses most."""
    low = _no_month(article_text)
    # a departure or a speech is a moment inside the story, never what the whole article is about
    counts = {name: len(rx.findall(low)) for name, rx in _EVENTS if name not in _MOMENTS} if article_text else {}
    counts = {k: n for k, n in counts.items() if n}
    return max(counts, key=counts.get) if counts else ""


_HAPPENED = re.compile(r"happen|occur|took place|began|started|hit|struck")


def _measure(pred: str) -> str:
    p = pred.lower()
    for name, rx in _MEASURES:
        if rx.search(p):
            return name
    return ""


# --------------------------------------------------------------------------------------------
# Subjects


def _sing(w: str) -> str:
    w = w.lower().strip(".,;:'’\"()")
    if w in {"people", "police", "personnel", "staff", "crowd", "equipment", "children", "men", "women",
             "servicemen", "policemen", "firemen", "militia", "aircraft", "infrastructure", "news"}:
        return w
    if w.endswith("men") and len(w) > 5:
        return w[:-3] + "man"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_CLASS_WORDS: dict[str, str] = {}
for _cls, _words in {
    "military": "soldier troop serviceman servicemen servicemember service-member personnel recruit conscript "
                "mobilised mobilized mobilisee fighter combatant militant marine paratrooper reservist mercenary "
                "sailor airman infantryman commando guardsman trooper sapper gunner officer-cadet cadet "
                "insurgent rebel jihadist army-men",
    "people": "people person civilian resident inhabitant villager citizen individual victim passenger local "
              "man woman men women adult occupant worker miner pilgrim tourist visitor shopper migrant refugee "
              "asylum-seeker survivor",
    "children": "child children kid minor student pupil schoolchild teenager boy girl infant baby",
    "police": "police policeman policemen police-officer gendarme",
    "journalists": "journalist reporter photographer cameraman",
    "rescuers": "rescuer firefighter fireman firemen emergency-worker lifeguard",
    "medics": "medic doctor nurse paramedic health-worker",
    "prisoners": "prisoner inmate detainee hostage captive",
    "crowd": "protester protestor demonstrator marcher participant attendee spectator supporter",
    "missiles": "rocket missile projectile warhead himars iskander kalibr kinzhal s-300 s-400 grad atacms",
    "drones": "drone uav shahed shahed-136 quadcopter kamikaze",
    "aircraft": "aircraft plane jet helicopter warplane fighter-jet bomber",
    "shells": "shell artillery-shell mortar round grenade",
    "tanks": "tank",
    "vehicles": "vehicle truck car bus armoured-vehicle apc equipment launcher howitzer hardware",
    "buildings": "building home house apartment flat dwelling structure property school hospital shop",
    "infrastructure": "infrastructure substation power-plant plant facility bridge pipeline",
    "households": "household customer",
}.items():
    for _w in _words.split():
        _CLASS_WORDS[_w] = _cls

_MILITARY_MODIFIERS = {"military", "army", "mobilised", "mobilized", "enlisted", "uniformed"}
_MILITARY_CUE = re.compile(
    r"soldier|troop|servicem|military|\barmy\b|\bforces\b|barrack|\bfront(?:line)?\b|combat|mobili[sz]|"
    r"recruit|personnel|conscript|regiment|brigade|battalion|defen[cs]e ministry|ministry of defen[cs]e|"
    r"\bunit\b|deployment point|\bcamp\b|garrison"
)
_SUBJECT_TITLES = {
    "military": "military personnel", "people": "people", "children": "children", "police": "police",
    "journalists": "journalists", "rescuers": "rescuers", "medics": "medics", "migrants": "migrants",
    "prisoners": "prisoners", "crowd": "crowd", "missiles": "rockets/missiles", "drones": "drones",
    "aircraft": "aircraft", "shells": "shells", "tanks": "tanks", "vehicles": "vehicles/equipment",
    "buildings": "buildings", "infrastructure": "infrastructure sites", "households": "households",
    UNKNOWN: "people (unspecified)",
}
_PROJECTILES = {"missiles", "drones", "shells", "aircraft"}


def _is_demonym_plural(w: str) -> bool:
    s = _sing(w)
    if s in _DEMONYMS:
        return True
    return bool(re.fullmatch(r"[a-z]+(?:ian|ean|ese|ani|i|an)", s)) and not _DEMONYMS and s not in _CLASS_WORDS


def _subject_class(subject: str, sentence: str, measure: str) -> str:
    """Class of a counted noun phrase, "" when it names nothing we know."""
    words = [w for w in re.split(r"[\s/]+", subject.lower().replace("-", " ")) if w]
    if not words:
        return ""
    singles = [_sing(w) for w in words]
    # two-word entries ("power plant", "artillery shell", "police officer")
    for a, b in zip(singles, singles[1:]):
        cls = _CLASS_WORDS.get(f"{a}-{b}")
        if cls:
            return cls
    head = singles[-1]
    cls = _CLASS_WORDS.get(head)
    mods = set(singles[:-1])
    if cls in (None, "people") and mods & _MILITARY_MODIFIERS:
        return "military"
    if cls == "people" and head in {"man", "men"} and _MILITARY_CUE.search(sentence.lower()):
        return "military"
    if cls:
        if cls == "vehicles" and ("armoured" in mods or "armored" in mods or "military" in mods):
            return "vehicles"
        return cls
    if _is_demonym_plural(words[-1]):
        if measure in _HUMAN_MEASURES and _MILITARY_CUE.search(sentence.lower()):
            return "military"
        return "people"
    for w in reversed(singles[:-1]):  # "ukrainian drone attacks" -> drones
        if w in _CLASS_WORDS:
            return _CLASS_WORDS[w]
    return head


def _side(subject: str) -> str:
    """Whose people or things: a nationality in the subject ("russian soldiers", "israelis") or "foreign".
    Two claims naming different sides ("russian soldiers" vs "foreign mercenaries") are different facts."""
    for w in re.split(r"[\s/\-]+", subject.lower()):
        w = w.strip(".,'’")
        if w in ("foreign", "international"):
            return "foreign"
        sw = _sing(w)
        if sw in _DEMONYMS:
            return sw
        if w in _COUNTRIES and _places_demonym(w):
            return _places_demonym(w)
    return ""


def _places_demonym(country: str) -> str:
    try:
        return _places.demonym(country)
    except Exception:  # pragma: no cover
        return ""


def _value_pos(v: Value, sentence: str) -> int:
    if v.text:
        i = sentence.find(v.text)
        if i < 0:
            i = sentence.lower().find(v.text.lower())
        if i >= 0:
            return i + len(v.text) // 2
    return len(sentence) // 2


_HUMAN_CLASSES = {"military", "people", "children", "police", "journalists", "rescuers", "medics", "prisoners",
                  "crowd"}


def _fits_measure(cls: str, measure: str) -> bool:
    """Whether a class noun can be what `measure` counts (people are not "hit", buildings not "wounded")."""
    if measure in _HUMAN_MEASURES:
        return cls in _HUMAN_CLASSES
    if measure in _PROJECTILE_MEASURES:
        return cls in _PROJECTILES
    if measure == "destroyed":
        return cls not in _HUMAN_CLASSES
    return True


def _infer_subject(sentence: str, pos: int, measure: str) -> str:
    """Nearest known class noun to the figure that the measure can count, preferring words after it."""
    best, best_d = "", 10**9
    # "about 300 more were wounded", "another 300": the figure counts what the previous one counted
    back_ref = re.search(r"^\W*more\b", sentence[pos:pos + 40].split(" ", 1)[-1]) or \
        re.search(r"\b(?:another|a further|an additional)\s+\S*$", sentence[max(0, pos - 40):pos])
    limit = 10**6 if back_ref else 130
    for m in re.finditer(r"[A-Za-z][A-Za-z\-]+", sentence):
        w = m.group(0)
        s = _sing(w)
        cls = _CLASS_WORDS.get(s)
        if not cls and _is_demonym_plural(w) and w.lower().endswith("s"):
            cls = "military" if measure in _HUMAN_MEASURES and _MILITARY_CUE.search(sentence.lower()) else "people"
        if not cls or not _fits_measure(cls, measure):
            continue
        # "police said 60 were dead", "according to residents": the speaker, not what is counted
        after = sentence[m.end():m.end() + 25].lower()
        before = sentence[max(0, m.start() - 16):m.start()].lower()
        if re.match(r"\W*(?:said|say|says|told|reported|claimed|added|estimated|counted|put|confirmed)\b", after) \
                or before.rstrip().endswith("according to"):
            continue
        d = m.start() - pos
        d = d if d >= 0 else -d * 1.5  # words after the figure name what it counts
        if d < best_d and d < limit:
            best, best_d = cls, d
    return best


def _infer_measure(sentence: str, pos: int) -> str:
    best, best_d = "", 10**9
    low = sentence.lower()
    for name, rx in _MEASURES:
        for m in rx.finditer(low):
            d = abs(m.start() - pos)
            if d < best_d and d < 120:
                best, best_d = name, d
    return best


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
}
_LEVEL_WORDS = {
    "region": "region", "province": "region", "oblast": "region", "state": "region", "county": "region",
    "district": "region", "governorate": "region", "prefecture": "region", "department": "region",
    "territory": "region", "valley": "region", "basin": "region", "area": "region", "island": "region",
    "town": "site", "city": "site", "village": "site", "port": "site", "capital": "site",
    "settlement": "site", "suburb": "site", "neighbourhood": "site", "neighborhood": "site",
}
_NAME = r"[A-Z][\w'’.\-]*[\w](?:[ \t]+(?:(?:de|do|da|del|la|el|al|sur)[ \t]+)?[A-Z][\w'’\-]*[\w])*"
_PREP = r"\b(?:in|at|near|over|on|across|throughout|through|around|outside|inside|into|towards?|for|targeting|hit|struck|attacked|shelled)\s+"
_ADJ = (r"(?:(?:the|occupied|embattled|besieged|frontline|front-line|southern|northern|eastern|western|central|"
        r"north|south|east|west|north-eastern|north-western|south-eastern|south-western|northeastern|"
        r"northwestern|southeastern|southwestern|coastal|rural|flooded|devastated|capital|nearby|"
        r"neighbouring|neighboring|city|town|village|port|region|province|district)\s+)*")
_PLACE_AFTER_PREP = re.compile(_PREP + _ADJ + r"(" + _NAME + r")(?:\s+(region|province|oblast|state|county|"
                               r"district|governorate|prefecture|department|territory|valley|basin|area|island))?")
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
    scope: str  # "wide", "site" or ""
    near: int = 0  # offset of the figure in the sentence

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
                     r"sources|correspondents?|reporters?|analysts?|the kremlin|administration|president|"
                     r"headquarters|prosecutors?|court|agency|media|bureau|based|residents? of|governor of|"
                     r"mayor of)\s*,?\s*$", re.I)


def _where(sentence: str, near: int = 0) -> _Where:
    places: list[tuple[str, str, int]] = []
    seen = set()

    def add(name: str, level: str, pos: int) -> None:
        if name and name not in seen and name not in _DEMONYMS:
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


def _places_conflict(a: _Where, b: _Where) -> str:
    """A reason when the two claims are about different places or scopes, else ""."""
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


def _articles_share_places(a: MatchClaim, ia: _Info, b: MatchClaim, ib: _Info) -> bool:
    """Whether each claim's place is named in the other claim's article (same scope assumed)."""
    if not (a.article_text and b.article_text) or {ia.where.scope, ib.where.scope} == {"wide", "site"} \
            or "world" in (ia.where.scope, ib.where.scope):
        return False
    levels = ("site", "region", "country")
    named_a = set().union(*(ia.where.names(level) for level in levels))
    named_b = set().union(*(ib.where.names(level) for level in levels))
    return all(name in b.article_text for name in named_a) and all(name in a.article_text for name in named_b)


def _shared_place(a: _Where, b: _Where) -> str:
    for level in ("site", "region", "country"):
        common = a.names(level) & b.names(level)
        if common:
            return sorted(common)[0]
    return ""


# --------------------------------------------------------------------------------------------
# Fact keys


_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH"}


def _unit_class(unit: str) -> str:
    """"" for plain counts, "%" for shares, the ISO code for money (no conversion: $ never meets €)."""
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


_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|"
                     r"Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|est|Jr|Sr|U\.S|U\.N|U\.K|Prof|Inc|Co|Corp))$")


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
        if m.group(0).startswith((".",)) and _ABBREV.search(text[:m.start()]):
            continue
        cuts.append(m.end())
    cuts.append(len(text))
    start = max(c for c in cuts if c <= i)
    end = min(c for c in cuts if c >= i + len(quote))
    return text[start:end].strip() or text


_MONTHS_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = re.compile(r"(?<![\d,.$€£])\b(1[89]\d\d|20\d\d)\b(?![\d,.]\d|\s*(?:%|per ?cent|people|persons|troops|"
                   r"soldiers|workers|residents|homes|houses|[a-z]+s\b(?<!years)))", re.I)
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
_LAST_PERIOD = re.compile(r"\b(?:last|previous|past)\s+(year|month|week)\b|\ba\s+(year|month|week)\s+(?:ago|earlier)\b",
                          re.I)
_ALONE = re.compile(r"\b[A-Za-z][\w\-]*\s+alone\b|\balone\s+(?:in|at)\b", re.I)


def _period(sentence: str, pos: int, v: Value, published: date | None) -> str:
    """When a figure is not about the reported event's own period, a tag that keeps it off the event's
    facts (it answers another question): "y2013" for a year other than the article's ("the 2013
    collapse killed more than 1,100", "since 2010"), "y<year-1>" or "last year" for "last year",
    "last month"...; "+" for an increment ("six more bodies were found", "another 12 died": a part
    of a total, not the total); "part" for an explicit part of the whole ("in the port alone").
    A year inside a full date ("Dec. 31, 2022") dates the event: no tag. "" otherwise."""
    tags = []
    own = v.text or ""
    for m in _ANY_YEAR.finditer(sentence):
        if own and m.group(1) in own:
            continue
        before = sentence[max(0, m.start() - 20):m.start()]
        # "2019 people were killed" is a count, but "the 2019 quakes", "in 2019", "its 2021 vote" date
        # another event
        if not _YEAR.match(sentence, m.start()) and not _YEAR_NAMES.search(before):
            continue
        year = int(m.group(1))
        if published is not None and year == published.year:
            continue
        if published is not None and year > published.year:
            continue  # "by 2027", "from 2028": a target or a plan of this event, not another event
        full = _IN_FULL_DATE.search(before)
        if full:
            # "Dec. 31, 2022" dates the event when it is within the window of the article's date
            # (a report published on Jan. 2); a month alone ("in October 2019") dates another event
            if published is None or re.search(r"\d", full.group(0)) or (
                    (published.year - year) * 12 + published.month - _month_no(full.group(0)) <= 1):
                continue
        since = re.search(r"\bsince\s+$", sentence[max(0, m.start() - 8):m.start()], re.I)
        tags.append(("since" if since else "y") + str(year))
        break
    if not tags:
        # "Bosch said last year it would cut 5,000 jobs, while ZF plans to cut 14,000": the period
        # dates its own clause only
        cuts = [0] + [m.end() for m in re.finditer(r";|\bwhile\b|\bwhereas\b|,\s+but\b", sentence)] + [len(sentence)]
        lo = max(c for c in cuts if c <= pos)
        hi = min((c for c in cuts if c > pos), default=len(sentence))
        m = _LAST_PERIOD.search(sentence[lo:hi])
        if m:
            unit = (m.group(1) or m.group(2)).lower()
            if unit == "year" and published is not None:
                tags.append(f"y{published.year - 1}")
            else:
                tags.append(f"last {unit}")
    after = sentence[pos + max(0, len(own) - len(own) // 2):pos + max(0, len(own) - len(own) // 2) + 30] \
        if own else sentence[pos:pos + 30]
    start = sentence.find(own) if own else pos
    before = sentence[max(0, start - 25):max(0, start)]
    if re.match(r"\s+(?:more|additional|further|extra)\b", after) or \
            re.search(r"\b(?:another|a further|an additional|an extra)\s+$", before, re.I) or \
            re.match(r"(?:another|a further|an additional|an extra)\s", own, re.I):
        # "400 killed in the barracks and about 300 more wounded": another group beside an earlier
        # figure of the sentence, not an increment of this one
        if not re.search(r"\d.*\band\b", sentence[:max(0, start)]):
            tags.append("+")
    win = sentence[max(0, start - 60):start + len(own) + 60]
    near = sentence[max(0, start - 45):start + len(own) + 45]
    if _ALONE.search(win) or _AMONG.search(near) or re.search(r"\b(?:including|among them|of whom|of them)\s+(?:\S+\s+){0,3}$",
                                                         sentence[max(0, start - 40):start], re.I):
        tags.append("part")  # "nine women and 11 children were among the dead", "including 12 children"
    elif "+" not in tags and _INCREMENT.search(near) and _RECOVERED.search(near):
        tags.append("+")  # "two dozen bodies were pulled out overnight": the night's recoveries, not the toll
    if _RATE.search(sentence[start + len(own):start + len(own) + 30]) or _USUAL.search(near):
        tags.append("rate")  # "the usual about 30 a day": a normal rate, not the event's count
    return ",".join(tags)


_AMONG = re.compile(r"\bamong (?:the |those )?(?:dead|killed|victims|deceased|fatalities|bodies|injured|"
                    r"wounded|missing|survivors|rescued)\b", re.I)
_INCREMENT = re.compile(r"\b(?:overnight|since (?:dawn|morning|midnight|last night)|in the (?:past|last) \d+ hours|"
                        r"on (?:\w+day|the day) alone|so far (?:today|this morning))\b", re.I)
_RECOVERED = re.compile(r"\b(?:recover|retriev|pulled|fished|found|brought (?:out|ashore))", re.I)
_RATE = re.compile(r"^\s*(?:[a-z]+\s+)?(?:a|per|each|every) (?:day|week|month|hour)\b(?!\s+(?:before|earlier|ago|later|after))"
                   r"|^\s*(?:[a-z]+\s+)?(?:daily|a-day)\b", re.I)
_USUAL = re.compile(r"\b(?:usual(?:ly)?|normal(?:ly)?|typical(?:ly)?|on average|an average of|on a normal day|"
                    r"ordinarily)\b", re.I)


# Measurements: a reading of one quantity of the event or of the economy - an earthquake's magnitude,
# its depth, a temperature, a wind speed, a water level, rainfall, an interest rate. What is measured
# is the fact, never the verb ("the magnitude 6.9 quake hit", "a 6.9-magnitude earthquake", "put it at
# magnitude 6.6" are one question). (quantity, units it is read in, cue that must be near the figure)
_READINGS: list[tuple[str, set[str], re.Pattern | None]] = [
    ("magnitude", {"magnitude"}, None),
    ("depth", {"km", "m", "miles", "ft"}, re.compile(r"\bdeep\b|\bdepths?\b|below the surface|beneath the surface|"
                                                    r"underground|below (?:the )?(?:ground|sea ?bed|sea floor)")),
    ("wind speed", {"km/h", "mph", "knots", "m/s"}, re.compile(r"\bwinds?\b|\bgusts?\b")),
    ("temperature", {"degrees", "°c", "°f", "c", "f"}, re.compile(r"temperature|degrees|°|\bheat\b|\bcold\b|"
                                                                  r"thermometer|celsius|fahrenheit")),
    ("water level", {"m", "ft", "cm"}, re.compile(r"(?:water|river|lake|reservoir|flood|sea)[ -]levels?|\bcrest|"
                                                 r"\bpeaked\b|\bgauge\b")),
    ("rainfall", {"mm", "cm", "in"}, re.compile(r"\brain|precipitation|downpour")),
    ("power", {"mw", "gw", "kw", "mwh", "gwh"}, None),
    ("interest rate", {"%"}, re.compile(r"(?:interest|policy|benchmark|base|key|lending|deposit|refinancing|"
                                        r"repo|bank) rates?\b|\brates? (?:at|to|by)\b")),
]
_ANOMALY = re.compile(r"^\s*(?:celsius|fahrenheit|c|f)?\s*(?:\([^)]*\)\s*)?(?:above|below|higher than|lower than|warmer "
                      r"than|cooler than|colder than)\s+(?:the\s+)?(?:normal|average|usual|seasonal|the norm)", re.I)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b")
_FORECAST = re.compile(r"\bforecast|\bexpected\b|\bpredict|\bshould (?:bring|fall|drop|ease|rise|reach)|\bwill\b|"
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


def _measurement(v: Value, unit: str, sentence: str, pos: int, article_text: str) -> tuple[str, str] | None:
    """(quantity, what) when the figure reads a measurement; None for counts and amounts."""
    if not unit:
        return None
    low = sentence.lower()
    lo, hi = max(0, pos - 70), pos + 70
    for quantity, units, cue in _READINGS:
        if unit not in units:
            continue
        if cue is not None and not cue.search(low[lo:hi]):
            continue
        if quantity == "interest rate":
            return quantity, "rate"
        if quantity == "power":
            return quantity, "demand"
        if quantity == "temperature" and _ANOMALY.match(low[pos:pos + 40].split("degrees", 1)[-1]):
            return quantity, "anomaly"  # "4 to 6 degrees above normal": a departure from normal, not a reading
        if quantity in ("temperature", "wind speed", "rainfall", "water level"):
            return quantity, "weather" if quantity != "water level" else "water"
        # magnitude and depth belong to the event: the main shock, unless an aftershock is named
        # in the figure's clause
        clause = low[max(0, low.rfind(",", 0, max(0, pos - 5)) + 1):pos + 40]
        if _SUB_EVENT.search(clause) or (quantity == "magnitude" and _SUB_EVENT.search(low)
                                         and not re.search(r"\b(?:main|first|initial) (?:quake|shock)", low)):
            return quantity, "aftershock"
        if quantity == "magnitude":
            return quantity, "earthquake"  # in the news only earthquakes have a magnitude
        event = _event_family(sentence, pos) or _article_event(article_text) or "event"
        return quantity, event
    return None


_JOBS = r"(?:jobs?|positions|posts|roles|job cuts|job losses|layoffs|lay-offs|redundancies)"
_CUT = re.compile(r"\bcut|eliminat|\blay(?:ing)? off|\blaid off|layoffs?|lay-offs?|\bshed|\baxe|\bslash|\bgo\b|"
                  r"\bgoing\b|\blost\b|\blose\b|at risk|redundan|job losses|\bscrap", re.I)


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
    m = re.match(r"\s*(?:of the (?:vote|ballots)\s+)?for\s+(?:(?:the|a|an)\s+)?(?:[a-z\-]+,?\s+){0,3}((?:[A-Z][\w\-]+\s+)*"
                 r"[A-Z][\w\-]+)", sentence[end:end + 70])
    if not m:
        return ""
    name = m.group(1).split()[-1].lower()
    return "" if name in _CAND_STOP else name


def _ballot_reading(v: Value, unit: str, sentence: str, pos: int) -> tuple[str, str] | None:
    """What an election figure measures: votes or a share for one candidate (``votes|ortega``,
    ``share|ortega|%``), the lead between them, ballots cast, rejected or still to count, precincts
    reporting, turnout. None when the figure is not about an election count."""
    if unit not in ("", "%"):
        return None
    low = sentence.lower()
    vt = (v.text or "").lower()
    pos = max(0, pos - len(vt) // 2)  # _value_pos gives the middle of the figure
    end = pos + len(vt)
    after = low[end:end + 60]
    clause_start = max(low.rfind(";", 0, pos), low.rfind(". ", 0, pos)) + 1
    before = low[max(clause_start, pos - 90):pos]
    subj = (v.subject or "").lower()
    if not (_BALLOT_CUE.search(subj) or _BALLOT_CUE.search(after[:40]) or (v.predicate or "") == "voted"
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
    if re.search(r"\bturnout\b|\bregistered voters\b|\beligible voters\b|\bvoting-age\b", near):
        # turnout of registered voters is the usual turnout (the key every turnout shares); turnout of the
        # voting-age or eligible population is another figure
        whose = "voting-age" if re.search(r"voting-age|voting age|eligible", near) else "crowd"
        return "turnout", whose
    long_before = low[max(clause_start, pos - 150):pos]
    if (re.search(r"\b(?:lead|leads|led|margin|gap|ahead|advantage|edge[ds]?|trail(?:s|ed|ing)?|behind|"
                  r"difference|separat\w+)\b[^.;]{0,110}$", long_before) or re.search(r"\bby\s+$", before)) and (
            unit == "%" or re.match(r"\s*(?:votes?|ballots?|(?:percentage\s+)?points?)\b", after)):
        return "lead", "votes"
    if re.search(r"\b(?:votes?|ballots?)\s+(?:were\s+|had been\s+|have been\s+)?cast\b|\bcast\s+(?:ballots|votes)\b",
                 near) and unit == "":
        return "cast", "ballots"
    if unit == "" and not re.match(r"\s*(?:[a-z\-]+\s+)?votes?\b", after) and not re.search(r"['’]s\s*$", before):
        return None
    cand = _candidate_after(sentence, end) or _candidate_before(sentence, pos)
    if not cand:
        return None
    return ("share" if unit == "%" else "votes"), cand


_MONEY_NOUN = re.compile(
    r"\b(?:(net|operating|pre-tax|pretax|gross|core|annual|quarterly|full-year|restructuring|adjusted|underlying)\s+)?"
    r"(revenues?|sales|turnover|profits?|earnings|ebitda|ebit|income|loss(?:es)?|costs?|savings|aid|"
    r"damages?|fines?|penalty|penalties|compensation|budget|forecast|outlook|guidance|spending|spent|investments?|"
    r"debts?|deficit|bonus(?:es)?|salary|salaries|wages?|prices?|valuation|funding|loans?|grants?|taxes|tax|"
    r"dividends?|bill|reserves|capital|assets|pledged?|donat\w+|settlement|ransom|bail|payouts?|"
    r"market value|market capitalisation|market capitalization|sav(?:e|es|ed|ing)|restructuring|severance|"
    r"spend(?:s|ing)?)\b", re.I)
_CHANGE_UP = re.compile(r"\b(?:rose|risen|rises|rising|increased|increases|jumped|climbed|grew|soared|surged|gained|"
                        r"up|higher|rebounded)\b", re.I)
_CHANGE_DOWN = re.compile(r"\b(?:fell|fallen|falls|falling|dropped|declined|decreased|slumped|slumps|plunged|shrank|"
                          r"down|lower|slid|tumbled|sank|lost)\b", re.I)
_NOUN_CANON = {"revenues": "revenue", "sales": "revenue", "turnover": "revenue", "profits": "profit",
               "earnings": "profit", "losses": "loss", "costs": "cost", "damages": "damage", "fines": "fine",
               "penalty": "fine", "penalties": "fine", "spent": "spending", "investments": "investment",
               "debts": "debt", "bonuses": "bonus", "salaries": "salary", "wages": "wage", "prices": "price",
               "loans": "loan", "grants": "grant", "taxes": "tax", "dividends": "dividend", "pledge": "aid",
               "pledged": "aid", "payouts": "payout", "outlook": "forecast", "guidance": "forecast",
               "market capitalization": "market value", "market capitalisation": "market value", "save": "savings",
               "saves": "savings", "saved": "savings", "saving": "savings", "restructuring": "restructuring cost",
               "severance": "restructuring cost", "spend": "spending", "spends": "spending"}


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


def _money_measure(v: Value, sentence: str, pos: int) -> str:
    """What an amount of money is: "net profit", "revenue forecast", "restructuring cost", "aid"...
    "" when nothing in the sentence says (a bare "€450m" is not linked to another bare amount)."""
    start = max(0, pos - len(v.text or "") // 2)
    # "down from €287m a year earlier": the earlier value of the measure named before, however far
    reach = 200 if re.search(r"\b(?:from|compared with|against|versus)\s+(?:about\s+|some\s+)?$",
                             sentence[max(0, start - 30):start].lower()) else 70
    m = _nearest_noun(_MONEY_NOUN, sentence, pos, len(v.text or ""), reach)
    if m is None:
        pred = (v.predicate or "").lower()
        if pred in ("cost", "spent", "paid", "raised", "pledged", "donated", "lost", "earned"):
            return {"spent": "spending", "pledged": "aid", "donated": "aid"}.get(pred, pred)
        return ""
    noun = m.group(2).lower()
    noun = _NOUN_CANON.get(noun, noun)
    mod = (m.group(1) or "").lower()
    if mod in ("operating", "pre-tax", "pretax", "gross", "core", "adjusted", "underlying", "restructuring"):
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
                   r"\b(?:expected|estimated)\b", low[max(0, m.start() - 60):m.start()]):
        noun = "expected " + noun
    return noun


_SHARE_NOUN = re.compile(
    r"\b(?:(net|operating|pre-tax|gross|core)\s+)?(revenues?|sales|turnover|profits?|earnings|income|loss(?:es)?|"
    r"costs?|shares|stock|prices?|inflation|gdp|economy|growth|output|exports?|imports?|unemployment|workforce|"
    r"staff|headcount|margin|orders|deliveries|production|traffic|passengers|bookings|rents?|wages?|ratings?|"
    r"approval|support|crime|homicides|emissions|index)\b", re.I)


def _share_reading(v: Value, measure: str, sentence: str, pos: int) -> tuple[str, str] | None:
    """A percentage's subject is the measure noun nearest to it, not a noun the extractor took from a
    neighbouring figure ("cut 3,500 jobs worldwide after its net profit fell 61%": profit); its measure
    is the change the nearest verb states (rose / fell) or a plain share."""
    m = _nearest_noun(_SHARE_NOUN, sentence, pos, len(v.text or ""), reach=120, after_cost=25)
    if m is None:
        return None
    noun = m.group(2).lower()
    noun = _NOUN_CANON.get(noun, noun)
    noun = {"stock": "shares", "staff": "workforce", "headcount": "workforce", "rent": "rents"}.get(noun, noun)
    if m.group(1) and m.group(1).lower() in ("operating", "pre-tax", "gross", "core"):
        noun = f"{m.group(1).lower()} {noun}"
    lo, hi = min(m.start(), pos), max(m.end(), pos + len(v.text or ""))
    span = sentence[max(0, lo - 15):hi + 12]
    up, down = _CHANGE_UP.search(span), _CHANGE_DOWN.search(span)
    if measure in ("rose", "fell") and (up or down):
        direction = "rose" if up and not down else "fell" if down and not up else measure
    else:
        direction = "rose" if up and not down else "fell" if down and not up else (measure if measure in ("rose", "fell") else "share")
    return direction, noun


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
        if not (v.date or v.utc or v.time):
            return None
        # the event noun decides: the claim's subject, its predicate, the nearest noun in its sentence,
        # the article's event; a verb ("struck", "hit") only when no noun says what happened
        event = (_event_family(v.subject) or _event_family(v.predicate) or _event_family(sentence, pos)
                 or _article_event(claim.article_text)
                 or _event_family(f"{v.predicate} {sentence}", None, _EVENT_VERBS))
        if not event:
            return None
        return _Info(f"when|{event}", "when", event, False, where, "")
    if claim.kind != QUANTITY:
        return None  # statements: no measure we can compare
    if v.low is None and v.high is None and not v.vague and _figure(v) is None:
        return None
    unit = _unit_class(v.unit)
    reading = _measurement(v, unit, sentence, pos, claim.article_text)
    if reading is not None:
        quantity, what = reading
        key = f"{quantity}|{what}|{unit}"
        period = _period(sentence, pos, v, claim.published)
        if period:
            key += f"@{period}"
        return _Info(key, quantity, what, False, where, unit, day=_reading_day(sentence, pos))
    if _is_job_cut(v, sentence, pos, claim.article_text):
        # "cut 3,500 jobs", "up to 5,000 jobs could go", "the cuts in Germany remain at 1,900": one
        # measure, whatever the verb; where the jobs are is read from the words after the figure
        where = _figure_where(sentence, pos, v) or where
        key = "job cuts|jobs"
        period = _period(sentence, pos, v, claim.published)
        if period:
            key += f"@{period}"
        return _Info(key, "job cuts", "jobs", False, where, unit, actor=_actor(sentence, pos))
    ballot = _ballot_reading(v, unit, sentence, pos)
    if ballot is not None:
        # an election night's figures: each candidate's votes and share, the lead, ballots cast, rejected
        # and still to count, turnout are different questions
        quantity, what = ballot
        key = f"{quantity}|{what}" + (f"|{unit}" if unit else "")
        period = _period(sentence, pos, v, claim.published)
        if period:
            key += f"@{period}"
        return _Info(key, quantity, what, False, where, unit)
    if _is_money(unit):
        # money needs a measure noun: a revenue forecast never meets a restructuring cost
        noun = _money_measure(v, sentence, pos)
        if not noun:
            return None
        key = f"{noun}|money|{unit}"
        period = _period(sentence, pos, v, claim.published)
        if period:
            key += f"@{period}"
        return _Info(key, noun, "money", False, where, unit)
    world = _figure_where(sentence, pos, v)
    if world is not None and world.scope == "world":
        where = world
    measure = _measure(v.predicate) if v.predicate else ""
    if not measure and re.fullmatch(r"(?:rose|risen|rise|rises|fell|fallen|increased|climbed|jumped|reached|"
                                    r"stands? at|stood at|up|down)", (v.predicate or "").strip().lower()):
        # "the death toll rose to 52": the verb says it changed; what is counted is named before it
        measure = _measure(v.subject) or _measure(sentence[max(0, pos - 90):pos]) or _infer_measure(sentence, pos)
    if not measure:
        measure = _infer_measure(sentence, pos) if not v.predicate else re.sub(r"\W+", " ", v.predicate.lower()).strip()
    inferred = False
    subj_text = v.subject.strip().lower()
    if re.fullmatch(r"(?:the\s+)?(?:death\s+|casualty\s+|final\s+|overall\s+)?(?:toll|number|figure|total|tally|count|"
                    r"casualties|losses|dead|death)s?", subj_text):
        subj_text = ""  # "the death toll was in the hundreds": the measure, not who
    if re.search(r"\b(?:river|sea|lake|bay|coast|province|region|district|city|town|village|country|capital)$|"
                 r"^(?:\w+['’]s\s+)?(?:lake|mount|river)\s+\w+$", subj_text):
        subj_text = ""  # "the toll in Bangladesh's Meghna river rose to 34": a place, not what is counted
    subject = _subject_class(subj_text, sentence, measure) if subj_text else ""
    toll = _TOLL.search(sentence[max(0, pos - 100):pos])
    if not subject and toll and measure in ("killed", "casualties", "wounded", ""):
        # "the death toll ... rose to 27 as rescuers reached the villages": the toll counts people;
        # only a noun between the toll and the figure, or in the figure's own clause, says whose
        start = max(0, pos - 100) + toll.start()
        end = _CLAUSE_END.search(sentence, pos)
        part = sentence[start:end.start() if end else len(sentence)]
        subject = _infer_subject(part, pos - start, measure or "killed")
        if not subject:
            subject = UNKNOWN if _MILITARY_CUE.search(sentence.lower()) else "people"
        measure = measure or ("casualties" if re.search(r"casualt", toll.group(0), re.I) else "killed")
        inferred = True
    if not subject:
        subject = _infer_subject(sentence, pos, measure)
        inferred = True
    if measure == "destroyed" and subject in _PROJECTILES:
        measure = "intercepted"
    if measure in ("killed", "wounded") and re.search(
            r"(?:killed|dead|died) (?:and|or) (?:wounded|injured)|(?:wounded|injured) (?:and|or) (?:killed|dead)",
            sentence[max(0, pos - 80):pos + 80].lower()):
        measure = "casualties"  # "hundreds have been killed and wounded": one figure for both
    if re.search(r"\b(?:bod(?:y|ies)|corpses|remains)\b", v.subject.lower()) and measure not in ("missing",):
        measure, subject = "killed", ("military" if _MILITARY_CUE.search(sentence.lower()) else "people")
    if subject == "case" or re.search(r"\b(?:cases|infections)\b", subj_text):
        measure, subject = "cases", "people"  # "2,340 cases": cases counted, whatever verb the sentence has
    elif re.search(r"\b(?:bod(?:y|ies)|corpses)\b", v.subject.lower()) and \
            re.search(r"\b(?:morgues?|mortuar(?:y|ies)|cold storage|graveyards?|cemeter(?:y|ies))\b",
                      sentence[max(0, pos - 80):pos + 80].lower()):
        measure, subject = "received", "bodies"  # "568 bodies at its morgue": what one place took in, not the toll
    if subject == "prisoners" and measure not in ("killed", "wounded", "missing", "released", "casualties"):
        measure = "captured"  # hostages "held", "taken", "seized": how many are held
    if measure == "without power":
        subject = "households"  # homes, households, customers: the unit utilities count
    if measure == "turnout" and (not subject or subject in _HUMAN_CLASSES):
        subject = "crowd"
    elif subject == "crowd" and measure and measure != "turnout":
        subject = "people"  # "300 protesters detained" and "300 people arrested" count the same people
    if subject == "crowd" and not measure:
        measure = "turnout"
    if not measure:
        if _is_money(unit):
            measure = "amount"
        elif unit == "%":
            measure = "share"
        elif subj_text and subject and not unit and subject not in _HUMAN_CLASSES and subject != UNKNOWN and \
                re.fullmatch(r"[a-z][a-z\-]{2,}", subject) and subject not in _NOT_COUNTED:
            # "30 heatstroke relief camps", "1,650 heatstroke patients": the noun says what is counted
            measure = "count"
        else:
            return None  # a bare number with nothing to say what it counts
    if not subject:
        if measure in _HUMAN_MEASURES:
            # "hundreds could have been killed": whose dead? a military cue in the sentence says soldiers;
            # otherwise the subject is unknown and may meet any human class (see related_keys)
            subject = "military" if _MILITARY_CUE.search(sentence.lower()) else UNKNOWN
        elif not unit:
            return None  # "63 ... destroyed": destroyed what? nothing to match on
    if unit == "%" and measure != "turnout":
        share = _share_reading(v, measure, sentence, pos)
        if share is not None:
            measure, subject = share
    key = f"{measure}|{subject}" + (f"|{unit}" if unit else "")  # "pledged|aid|USD", "turnout|crowd|%"
    period = _period(sentence, pos, v, claim.published)
    if period:
        key += f"@{period}"  # a background or partial figure: its own fact (see _period)
    elif (measure in _HUMAN_MEASURES or measure == "cases") and _regional(sentence):
        # a province's toll and the national toll are different questions: a figure the sentence scopes
        # to a province, state or region (or a governor gives) meets only other regional figures
        if subject == UNKNOWN:
            subject = "people"
            key = f"{measure}|{subject}" + (f"|{unit}" if unit else "")
        key += "@region"
    return _Info(key, measure, subject, inferred, where, unit, _side(v.subject))


# heads that say how often or how long, not what is counted ("three times", "two weeks")
_NOT_COUNTED = {"time", "times", "week", "day", "hour", "year", "month", "minute", "second", "percent", "point",
                "fold", "other", "more", "each", "one", "ones", "all", "half", "rest", "number", "total", "still",
                "alive", "dead", "later", "earlier", "ago", "seat"}


def _title(info: _Info) -> str:
    place = info.where.best()
    place_txt = place.title() if place else ""
    if info.measure == "when":
        t = f"when the {info.subject} happened"
        return t + (f" in {place_txt}" if place_txt else "")
    subj = _SUBJECT_TITLES.get(info.subject, info.subject)
    if info.measure == "turnout":
        t = "turnout"
    elif info.measure in _MEASURE_WORDS:
        t = f"{subj} {_MEASURE_WORDS[info.measure]}"
    else:
        t = f"{subj} {info.measure}".strip()
    if info.unit:
        t += f" ({info.unit})"
    if info.where.scope == "wide":
        return t + (f" across {place_txt}" if place_txt else " country-wide")
    if place_txt:
        t += f" {'over' if info.measure in ('intercepted',) else 'in'} {place_txt}"
    return t


def fact_key(claim: MatchClaim) -> FactKey | None:
    """The fact a claim answers, or None when it cannot be matched (no measure, vague statement)."""
    info = _info(claim)
    if info is None:
        return None
    return FactKey(info.key, _title(info), info.where.best(), info.where.scope)


def place_of(text: str) -> str:
    """The most specific place a headline or sentence names, lower-case; "" when none."""
    return _where(text, 0).best()


def related_keys(key: str) -> list[str]:
    """Keys whose claims can be linked to claims of `key` besides `key` itself: fired/intercepted/hit of
    one projectile family (arithmetic), and for a human count that does not say whose ("unknown"),
    every human class (and back). The caller's block for `key` is: claims of `key` + related keys."""
    if "@" in key:
        return []  # background and partial figures meet only their own kind
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
    return out


def _keys_meet(a: _Info, b: _Info) -> bool:
    """Same key, or one human count that does not say whose against one that does."""
    if a.key == b.key:
        return True
    if a.measure != b.measure or a.unit != b.unit or "@" in a.key or "@" in b.key:
        return False
    return (a.subject == UNKNOWN and b.subject in _HUMAN_CLASSES) or (b.subject == UNKNOWN and a.subject in _HUMAN_CLASSES)


def independent_sources(claims: list[MatchClaim]) -> int:
    """Distinct claimants: one claimant repeated by five outlets counts once; each outlet's own voice
    ("outlet:..." keys) counts as its own source; an unknown claimant counts once per article."""
    keys = set()
    for c in claims:
        k = (c.claimant_key or "").strip().lower()
        keys.add(k if k else f"unknown-in-article:{c.article_id}")
    return len(keys)


# --------------------------------------------------------------------------------------------
# Values as intervals

_VAGUE = [
    (r"tens of thousands", 20000, 99999),
    (r"hundreds of thousands", 200000, 999999),
    (r"several thousand|thousands", 2000, 9999),
    (r"several hundred|hundreds|a few hundred", 200, 999),
    (r"several dozen|dozens", 24, 99),
    (r"\bscores\b", 40, 99),
    (r"a dozen", 10, 14),
    (r"a handful|a few\b", 2, 6),
    (r"\bseveral\b", 3, 9),
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


def _figure(v: Value) -> float | None:
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
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|k|m)?\b", v.text or "", re.I)
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


def _more_than_top(x: float) -> float:
    """Top of what "more than x" is heard as: 1.4x, but 2x for powers of ten ("more than 100", "more
    than a million" speak of an order of magnitude, so 1.5 million still fits)."""
    if x >= 100 and abs(math.log10(x) - round(math.log10(x))) < 1e-9:
        return 2 * x
    return 1.4 * x


@dataclass(frozen=True)
class _Range:
    lit_lo: float
    lit_hi: float
    lo: float  # heard
    hi: float
    crisp: bool  # an exact figure
    vague: bool
    soft: bool  # heard interval narrower than the literal one (up to, more than, fewer than)


@functools.lru_cache(maxsize=65536)
def _range(v: Value) -> _Range | None:
    text = (v.text or "").lower()
    if v.vague or (v.low is None and v.high is None):
        for pat, lo, hi in _VAGUE:
            if re.search(pat, text):
                return _Range(lo, hi, lo, hi, False, True, False)
        if v.vague:
            if v.low is not None or v.high is not None:
                lo = float(v.low or 0)
                hi = float(v.high) if v.high is not None else lo * 10
                return _Range(lo, hi, lo, hi, False, True, False)
            return None  # "many", "an unspecified number"
    x = _figure(v)
    if x is None:
        return None
    q = _qualifier(v)
    inf = math.inf
    if v.low is not None and v.high is not None and v.low != v.high and not q:
        return _Range(float(v.low), float(v.high), float(v.low), float(v.high), False, False, False)
    if _NEARLY.match(q):
        return _Range(0.85 * x, x, 0.85 * x, x, False, False, False)
    if _ABOUT.match(q):
        return _Range(0.85 * x, 1.15 * x, 0.85 * x, 1.15 * x, False, False, False)
    if _UPTO.match(q):
        return _Range(0.0, x, 0.75 * x, x, False, False, True)
    if _MORE.match(q):
        return _Range(x, inf, x, _more_than_top(x), False, False, True)
    if _LESS.match(q):
        return _Range(0.0, x, 0.7 * x, x, False, False, True)
    if v.low is not None and v.high is None and q:
        return _Range(x, inf, x, _more_than_top(x), False, False, True)
    return _Range(x, x, x, x, True, False, False)


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


# --------------------------------------------------------------------------------------------
# Comparing


def _order(a: MatchClaim, b: MatchClaim) -> tuple[MatchClaim, MatchClaim]:
    """(later, earlier) by article date, then article id, then claim id."""
    def k(c: MatchClaim):
        return (c.published or date.min, c.article_id, c.id)
    return (a, b) if k(a) >= k(b) else (b, a)


def _within_window(a: MatchClaim, b: MatchClaim) -> bool:
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= WINDOW_DAYS


_KEY_FILLER = {"the", "of", "for", "and", "in", "on", "'s", "a", "an"}


def _key_words(key: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", key) if w and w not in _KEY_FILLER]


def _initials_of(short: str, long_words: list[str]) -> bool:
    """"nema" names "national emergency management agency"; "sema" names "(ondo) state emergency
    management agency": the initials of the long key's last words (a leading place may be dropped)."""
    if not (2 <= len(short) <= 7) or len(long_words) < 2:
        return False
    initials = "".join(w[0] for w in long_words)
    return any(initials[i:] == short for i in range(0, len(initials) - 1))


def same_claimant_keys(ka: str, kb: str) -> bool:
    """Whether two claimant keys name one speaker.

    - equal keys (a leading "the" ignored) are one speaker;
    - the outlet's own voice ("outlet:<name>") is one speaker only for the same, named outlet: two
      articles of unknown outlets are two voices;
    - spelling variants of one body: the words of one key (at least two of them) are a subset of the
      other's ("security ministry" / "argentinian security ministry", "fire service" / "bangladesh fire
      service"). One-word keys ("police", "ministry") are too generic for this. The caller only asks
      this for two claims on the same fact, where the shorter key names the same body;
    - an abbreviation is its body: a one-word key equal to the initials of the other key's words
      ("nema" / "national emergency management agency"), a leading place allowed ("sema" / "ondo state
      emergency management agency");
    - a short name of the body: two or more words, the same non-generic head noun, in the same order
      inside the long name ("disaster council" / "national disaster risk reduction and management
      council"), or whose initials sit in order inside the body's initialism and end on its last letter
      ("management council" / "ndrrmc");
    - a one-word key that is the head noun of the other ("board" / "hale county board of elections",
      "council" / "city council"): a later paragraph's "the board said" names the body the article
      named in full. Allowed only because the caller asks this for two claims on the same fact (so
      the same event and question); generic heads ("officials", "sources", "analysts") never count.
    """
    ka = re.sub(r"^the\s+", "", (ka or "").strip().lower())
    kb = re.sub(r"^the\s+", "", (kb or "").strip().lower())
    if not ka or not kb:
        return False
    if ka.startswith("outlet") or kb.startswith("outlet"):
        name = ka.partition(":")[2].strip()
        return ka == kb and bool(name)
    if ka == kb:
        return True
    wa, wb = _key_words(ka), _key_words(kb)
    if not wa or not wb:
        return False
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(small) >= 2 and set(small) <= set(big):
        return True  # a subset, or the same words reordered ("ministry of health" / "health ministry")
    if len(small) == 1 and _initials_of(small[0], big):
        return True
    if len(small) == 1 and len(big) >= 2 and small[0] == _head_noun(kb if wb is big else ka):
        return True
    if len(small) >= 2 and len(big) >= 2 and small[-1] == big[-1] and _head_noun(" ".join(small)) and \
            _subsequence(small, big):
        return True  # "disaster council" / "national disaster risk reduction and management council"
    if len(small) == 1 and len(big) >= 2 and _head_noun(" ".join(big)) and _initials_cover(big, small[0]):
        return True  # "management council" / "ndrrmc": the initials of the short name end the initialism
    return False


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(w in it for w in small)


def _initials_cover(words: list[str], acronym: str) -> bool:
    """"disaster council" and "management council" are parts of "ndrrmc": the initials of the words are
    a subsequence of the initialism ending in its last letter (the head noun's)."""
    if not (3 <= len(acronym) <= 8) or not acronym.isalpha():
        return False
    initials = [w[0] for w in words]
    if initials[-1] != acronym[-1]:
        return False
    it = iter(acronym[:-1])
    return all(ch in it for ch in initials[:-1])


_GENERIC_HEADS = {"officials", "official", "sources", "source", "people", "residents", "witnesses", "analysts",
                  "experts", "media", "reports", "report", "statement", "data", "figures", "government",
                  "police", "ministry", "army", "military", "forces", "authorities", "spokesman",
                  "spokeswoman", "spokesperson", "union", "company", "group"}


def _head_noun(key: str) -> str:
    """The noun a body's name is built on: "board" in "hale county board of elections" and in "county
    elections board", "council" in "national disaster council". "" for generic heads (officials,
    sources, analysts, police, ministry, union, company), which name different speakers in different
    articles."""
    words = re.split(r"[\s\-]+", key.strip())
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    head = words[-1] if words else ""
    return "" if head in _GENERIC_HEADS else head


def _same_claimant(a: MatchClaim, b: MatchClaim) -> bool:
    return same_claimant_keys(a.claimant_key, b.claimant_key)


def _fmt(v: Value) -> str:
    return (v.text or "").strip() or "?"


def _clamp(x: float) -> float:
    return round(max(0.05, min(0.95, x)), 2)


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
    if other.crisp:
        return False  # "about 150" vs "160": the exact figure sits in the approximate one
    return not (other.lo <= x <= other.hi)


def _compare(a: MatchClaim, b: MatchClaim, ia: _Info | None, ib: _Info | None) -> Suggestion | None:
    if a.article_id == b.article_id or a.id == b.id:
        return None
    if ia is None or ib is None or not _keys_meet(ia, ib):
        return None
    if not _within_window(a, b):
        return None
    if _places_conflict(ia.where, ib.where) and not _articles_share_places(a, ia, b, ib):
        return None
    if (ia.actor and b.article_text and ia.actor not in b.article_text) or (
            ib.actor and a.article_text and ib.actor not in a.article_text):
        return None  # "ZF plans to cut 14,000 jobs": another company's figure, named only in one article
    if ia.day and ib.day and ia.day != ib.day and "forecast" not in (ia.day, ib.day) or \
            (ia.day == "forecast") != (ib.day == "forecast"):
        return None  # Monday's temperature and Tuesday's, a reading and a forecast: different questions
    if ia.side and ib.side and ia.side != ib.side:
        return None  # "russian soldiers" vs "ukrainian soldiers", "foreign mercenaries"
    if ia.measure == "when":
        return _compare_dates(a, b, ia, ib)
    ra, rb = _range(a.value), _range(b.value)
    if ra is None or rb is None:
        return None
    later, earlier = _order(a, b)
    rl, re_ = (ra, rb) if later is a else (rb, ra)
    place = _shared_place(ia.where, ib.where)
    ref = ib if ia.subject == UNKNOWN else ia  # name the fact by the claim that says whose count it is
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
    compatible = _overlap(ra.lo, ra.hi, rb.lo, rb.hi)
    literal = _overlap(ra.lit_lo, ra.lit_hi, rb.lit_lo, rb.lit_hi)
    fa, fb = _figure(a.value), _figure(b.value)
    if compatible and _approx_apart(a.value, ra, fa, b.value, rb, fb):
        compatible = False
    # "3,870" and "nearly 3,900" too: a compatible wording of the same figure, rounded
    rounded = _rounds_to(fa, fb) and ((ra.crisp and rb.crisp) or (compatible and (ra.crisp or rb.crisp)))
    if rounded:
        compatible = True  # "51.2" and "51": one figure, rounded
    vl, ve = _fmt(later.value), _fmt(earlier.value)
    if _same_claimant(a, b):
        identical = (ra.lit_lo, ra.lit_hi, ra.lo, ra.hi) == (rb.lit_lo, rb.lit_hi, rb.lo, rb.hi)
        same_figure = identical or (compatible and fa is not None and fa == fb) or rounded
        dated_apart = bool(later.published and earlier.published and later.published > earlier.published)
        # one claimant, one figure ("12,000" / "about 12,000"), or two wordings of one figure on one day
        # ("63" / "more than 60") is the same claim; a different figure in a later article is a revision
        # even when the two overlap ("more than 200", then "at least 250"). Different figures with no
        # order of publication are not a revision: they compete like any two figures.
        if same_figure or (compatible and not dated_apart):
            return Suggestion(later.id, earlier.id, SAME, _clamp((0.9 if same_figure else 0.75) + fact_conf),
                              f"the same source repeats {topic}: {ve}" + ("" if identical else f" / {vl}"))
        if dated_apart:
            mid = lambda r: (r.lo + r.hi) / 2  # noqa: E731
            direction = "raised" if mid(rl) > mid(re_) else "lowered"
            return Suggestion(later.id, earlier.id, UPDATES, _clamp(0.75 + fact_conf),
                              f"the same source {direction} its figure for {topic}: {ve} then {vl}")
    if compatible:
        score = 0.6 + fact_conf
        if ra.crisp and rb.crisp:
            score += 0.15
        elif ra.vague or rb.vague:
            score -= 0.1
        how = "the same figure" if ra.crisp and rb.crisp and ra.lo == rb.lo else "compatible figures"
        return Suggestion(later.id, earlier.id, CORROBORATES, _clamp(score),
                          f"{both}: {vl} vs {ve} - {how}")
    score = 0.6 + fact_conf + min(0.2, 0.1 * math.log(_gap_ratio(ra, rb), 2))
    note = ""
    if literal:
        score -= 0.2
        note = " (the words do not strictly exclude each other, but read as different figures)"
    elif ra.vague or rb.vague:
        score -= 0.05
    return Suggestion(later.id, earlier.id, CONTRADICTS, _clamp(score), f"{both}: {vl} vs {ve}{note}")


# ---------------------------------------------------------------------------------- dates

_TZ = re.compile(r"^(?:utc|gmt|z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.I)
_TZ_NAMES = {"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
             "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
             "pst": -480, "pdt": -420, "ist": 330, "jst": 540, "aest": 600, "wib": 420, "pkt": 300}


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
    if v.utc:
        try:
            inst = dt.datetime.fromisoformat(v.utc.replace("Z", "+00:00"))
            if inst.tzinfo is not None:
                inst = inst.astimezone(dt.timezone.utc).replace(tzinfo=None)
            return _When(inst, None, inst.date(), approx)
        except ValueError:
            pass
    if day and tm:
        off = _tz_minutes(v.tz)
        local = dt.datetime.combine(day, tm)
        if off is not None:
            return _When(local - dt.timedelta(minutes=off), None, None, approx)
        return _When(None, local, None, approx)
    if day:
        return _When(None, None, day, approx)
    off = _tz_minutes(v.tz)
    if tm and off is not None:  # "at 0440 GMT", "3 a.m." in a one-zone country: a time of day in UTC
        return _When(None, None, None, approx, (tm.hour * 60 + tm.minute - off) % 1440)
    return None


def _slack(v: Value) -> int:
    """Minutes a stated time allows: 30 exact, 45 for "shortly after/before", 90 for "about"."""
    t = (v.text or "").lower()
    if _ABOUT.match(_qualifier(v)) and not re.search(r"\bshortly\b", t) or \
            re.search(r"\b(?:about|around|approximately|roughly)\b", t):
        return 90
    return 45 if re.search(r"\bshortly\b", t) else 30


def _tod(w: _When) -> int | None:
    if w.tod is not None:
        return w.tod
    if w.instant is not None:
        return w.instant.hour * 60 + w.instant.minute
    return None


def _fmt_dt(x: dt.datetime) -> str:
    return x.strftime("%Y-%m-%d %H:%M")


def _compare_dates(a: MatchClaim, b: MatchClaim, ia: _Info, ib: _Info) -> Suggestion | None:
    wa, wb = _when(a.value), _when(b.value)
    if wa is None or wb is None:
        return None
    later, earlier = _order(a, b)
    wl, we = (wa, wb) if later is a else (wb, wa)
    place = _shared_place(ia.where, ib.where)
    topic = f"when the {ia.subject} happened" + (f" in {place.title()}" if place else "")
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
                          f"{topic}: {vl} vs {ve} - {why}")

    minute = dt.timedelta(minutes=1)
    # a time of day known in UTC with no date on one side: compare the clock, one event, one day
    ta, tb = _tod(wl), _tod(we)
    if ta is not None and tb is not None and (wl.tod is not None or we.tod is not None):
        diff = min(abs(ta - tb), 1440 - abs(ta - tb))
        tol = max(_slack(later.value), _slack(earlier.value))
        hm = lambda t: f"{t // 60:02d}:{t % 60:02d}"  # noqa: E731
        if diff <= tol:
            return verdict(True, 0.75, f"the same time of day in UTC ({hm(ta)} / {hm(tb)})")
        return verdict(False, 0.6, f"{diff // 60} h {diff % 60} min apart in UTC")
    day_a = wl.instant or wl.local or (dt.datetime.combine(wl.day, dt.time(12)) if wl.day else None)
    day_b = we.instant or we.local or (dt.datetime.combine(we.day, dt.time(12)) if we.day else None)
    if day_a and day_b and abs(day_a - day_b) > dt.timedelta(days=WINDOW_DAYS):
        return None  # dates further apart than the window date different events, not one event twice
    # both instants known in UTC
    if wl.instant and we.instant:
        diff = abs(wl.instant - we.instant)
        tol = dt.timedelta(minutes=90 if (wl.approx or we.approx) else 30)
        if diff <= tol:
            return verdict(True, 0.85, f"the same moment in UTC ({_fmt_dt(wl.instant)} / {_fmt_dt(we.instant)})")
        return verdict(False, 0.75, f"{int(diff / minute) // 60} h {int(diff / minute) % 60} min apart in UTC")
    # an instant in UTC against a local time or a date in an unknown zone
    inst = wl.instant or we.instant
    other = we if wl.instant else wl
    if inst and other.local:
        off = (other.local - inst) / minute  # zone offset that would reconcile them, in minutes
        slack = 90 if (wl.approx or we.approx) else 30
        if -12 * 60 - slack <= off <= 14 * 60 + slack:
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
        if diff <= dt.timedelta(minutes=90 if (wl.approx or we.approx) else 30):
            return verdict(True, 0.65, "the same local time (zones not stated)")
        if diff <= dt.timedelta(hours=14):
            return verdict(True, 0.3, f"{diff / minute / 60:.1f} h apart; could be the same moment in different time zones")
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


# --------------------------------------------------------------------------------------------
# Suggesting within blocks


def _window_pairs(items: list[tuple[MatchClaim, _Info]], focus: set[int] | None = None):
    """Pairs of claims in different articles whose publication dates are within the window.

    With `focus`, only pairs with at least one claim in it, found without visiting the others.
    """
    if focus is not None:
        for x in items:
            if x[0].id not in focus:
                continue
            for y in items:
                if y[0].id == x[0].id or (y[0].id in focus and y[0].id < x[0].id):
                    continue
                if x[0].published is None or y[0].published is None or abs(
                    (x[0].published - y[0].published).days
                ) <= WINDOW_DAYS:
                    yield x, y
        return
    dated = sorted((x for x in items if x[0].published is not None), key=lambda x: x[0].published)
    undated = [x for x in items if x[0].published is None]
    days = [x[0].published.toordinal() for x in dated]
    for i, x in enumerate(dated):
        j_end = bisect.bisect_right(days, days[i] + WINDOW_DAYS)
        for y in dated[i + 1:j_end]:
            yield x, y
    for i, x in enumerate(undated):
        for y in undated[i + 1:] + dated:
            yield x, y


def _fits_event(pairs: list[tuple[tuple[MatchClaim, _Info], tuple[MatchClaim, _Info]]]) -> bool:
    return all(_within_window(x[0], y[0]) and not _places_conflict(x[1].where, y[1].where) for x, y in pairs)


def _arithmetic(by_measure: dict[str, list[tuple[MatchClaim, _Info]]], family: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    fired, inter, hit = (by_measure.get(m, []) for m in _PROJECTILE_MEASURES)
    subj = _SUBJECT_TITLES.get(family, family)
    # full triples: fired - intercepted = hit. One suggestion per "hit" claim (to the fired claim, or to the
    # intercepted one when the fired claim is in the hit claim's article), preferring a triple from another
    # claimant and with crisp figures, so six repeats of one statement do not make thirty links.
    for h in hit:
        rh = _range(h[0].value)
        if rh is None:
            continue
        best_t = None
        for f in fired:
            rf = _range(f[0].value)
            if rf is None or not _fits_event([(f, h)]):
                continue
            for i in inter:
                ri = _range(i[0].value)
                if ri is None or not _fits_event([(f, i), (i, h)]):
                    continue
                partner = f if f[0].article_id != h[0].article_id else (i if i[0].article_id != h[0].article_id else None)
                if partner is None:
                    continue
                lo, hi = rf.lo - ri.hi, rf.hi - ri.lo
                fits = _overlap(lo, hi, rh.lo, rh.hi)
                if not fits and not rh.lo > hi:
                    continue  # fewer hit than fired minus intercepted: some missed; no claim either way
                crisp = rf.crisp and ri.crisp and rh.crisp
                rank = (fits, not _same_claimant(h[0], partner[0]), crisp, -partner[0].id)
                if best_t is None or rank > best_t[0]:
                    best_t = (rank, f, i, partner, fits, crisp)
        if best_t is None:
            continue
        _, f, i, partner, fits, crisp = best_t
        expr = f"{_fmt(f[0].value)} fired − {_fmt(i[0].value)} shot down"
        reason = (f"{expr} = {_fmt(h[0].value)} hit ({subj})" if fits
                  else f"{expr} leaves fewer than the {_fmt(h[0].value)} said to have hit ({subj})")
        score = (0.8 if crisp else 0.6) if fits else 0.55
        later, earlier = _order(h[0], partner[0])
        out.append(Suggestion(later.id, earlier.id, CORROBORATES if fits else CONTRADICTS, _clamp(score), reason))
    # impossible pairs: more hit or shot down than were fired
    for f in fired:
        rf = _range(f[0].value)
        if rf is None:
            continue
        for part, word in ((hit, "hit"), (inter, "shot down")):
            for p in part:
                rp = _range(p[0].value)
                if rp is None or p[0].article_id == f[0].article_id or not _fits_event([(f, p)]):
                    continue
                if bool(f[1].where.best()) != bool(p[1].where.best()):
                    continue  # "40 fired at Kyiv" vs "80 shot down" (where?): perhaps a wider count
                if rp.lit_lo > rf.lit_hi:
                    later, earlier = _order(f[0], p[0])
                    out.append(Suggestion(later.id, earlier.id, CONTRADICTS, 0.55,
                                          f"{_fmt(p[0].value)} {subj} {word} but only {_fmt(f[0].value)} fired"))
    return out


def suggest(claims: list[MatchClaim], focus: set[int] | None = None) -> list[Suggestion]:
    """All suggestions among `claims` (a block: claims sharing a fact key, plus arithmetic partners).

    Works on any list: it groups by key itself and only compares claims inside the time window,
    so passing a larger set costs about proportionally more, not quadratically more. With
    `focus` (the ids of newly imported claims), only pairs touching one of them are compared, so
    adding k claims to a block of n costs k x n comparisons, not n x n.
    """

    def wanted(x, y) -> bool:
        return focus is None or x[0].id in focus or y[0].id in focus

    infos: list[tuple[MatchClaim, _Info]] = []
    seen_ids = set()
    for c in claims:
        if c.id in seen_ids:
            continue
        seen_ids.add(c.id)
        info = _info(c)
        if info is not None:
            infos.append((c, info))
    blocks: dict[str, list[tuple[MatchClaim, _Info]]] = {}
    for x in infos:
        blocks.setdefault(x[1].key, []).append(x)
    best: dict[tuple[int, int], Suggestion] = {}

    def keep(s: Suggestion) -> None:
        best[(min(s.from_id, s.to_id), max(s.from_id, s.to_id))] = s

    for items in blocks.values():
        for x, y in _window_pairs(items, focus):
            if x[0].article_id == y[0].article_id or not wanted(x, y):
                continue
            s = _compare(x[0], y[0], x[1], y[1])
            if s is not None:
                keep(s)
    # human counts that do not say whose, against every human class of the same measure
    for key, items in blocks.items():
        if key.split("|")[1] != UNKNOWN:
            continue
        ids = {x[0].id for x in items}
        for other in related_keys(key):
            if other not in blocks:
                continue
            for x, y in _window_pairs(items + blocks[other], focus):
                if (x[0].id in ids) == (y[0].id in ids) or x[0].article_id == y[0].article_id or not wanted(x, y):
                    continue
                s = _compare(x[0], y[0], x[1], y[1])
                if s is not None:
                    keep(s)
    # arithmetic across fired / intercepted / hit of one projectile family (and unit)
    families: dict[str, dict[str, list[tuple[MatchClaim, _Info]]]] = {}
    for key, items in blocks.items():
        measure, _, rest = key.partition("|")
        if measure in _PROJECTILE_MEASURES:
            families.setdefault(rest, {})[measure] = items
    for rest, by_measure in families.items():
        if len(by_measure) < 2:
            continue
        for s in _arithmetic(by_measure, rest.split("|")[0]):
            if focus is not None and s.from_id not in focus and s.to_id not in focus:
                continue
            pair = (min(s.from_id, s.to_id), max(s.from_id, s.to_id))
            old = best.get(pair)
            if old is None or s.score > old.score:
                best[pair] = s
    return sorted(best.values(), key=lambda s: (-s.score, s.from_id, s.to_id))
