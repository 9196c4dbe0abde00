"""Claim detection: plain article text in, claim candidates out. Pure: no ORM, no request.

The public surface other modules rely on is `detect_claims`, `Candidate`, `Value`,
`split_sentences` and `claimant_key`. Offsets are always character offsets into the exact
string passed in, so `text[c.start:c.end] == c.quote`.

How it works, per sentence unit (see sentences.py for the splitting):

1. find dates/times (numbers.find_dates) and quantities (numbers.find_quantities);
2. find attributions (claimants.find_attributions): "X said", "..., said X", "according to X"...;
3. split the sentence into clauses at ", while", ", whereas", "; ", ", but", ", although",
   ": " and at " and " when both sides carry their own value;
4. each clause takes its own attribution, else the nearest one in the sentence, else (for a
   quotation continuing the previous sentence) the previous speaker, else the outlet;
5. one claim per value; several values in one clause share it out in consecutive pieces (so
   claims never overlap); a sentence with a single claim is quoted whole; a person's age is a
   claim of its own, quoted with the words that say whose it is, inside its sentence's claim;
6. attributed clauses without a value become STATEMENT claims.

Choices worth knowing:
- a person's age ("a 19-year-old man", "aged 61") is a figure of its own; durations ("10 months")
  and audience figures ("700,000 followers") are kept only when the sentence has no better figure,
  with a low score;
- numbers inside an attribution ("a blogger with 700,000 followers, said ...") are dropped;
- a date in a clause that also has a count dates that count (value.date/time) instead of
  making a second claim;
- weekdays right after an attribution verb ("said Monday") date the statement: no claim.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

from . import claimants as _cl
from . import numbers as _nu
from . import places as _places
from . import voices as _voices
from . import upkeep as _upkeep
from .claimants import Attribution, Claimants, Resolved
from .claimants import claimant_key as _claimant_key
from .numbers import QUALIFIERS  # noqa: F401  (re-exported vocabulary)
from .sentences import FURNITURE, HEADLINE, date_prefix, fact_line, units
from .sentences import split_sentences as _split_sentences

# Claim kinds, stored on the claim and used as filters.
QUANTITY = "quantity"  # a number, range or vague amount: "63", "about 400", "dozens", "40 percent"
DATE = "date"  # a date or time that dates an event: "Dec. 31", "about 1 am on January 1"
STATEMENT = "statement"  # an attributed assertion with no number or date in it
KINDS = (QUANTITY, DATE, STATEMENT)

OUTLET = "the outlet"  # claimant name used when the article speaks in its own voice
OUTLET_KEY = "outlet"
CONTEXT_CHARS = 60


@dataclass(frozen=True)
class Value:
    """What a claim asserts, normalised where possible. Every field is JSON-serialisable."""

    text: str  # as written in the article: "about 400", "dozens", "two minutes after midnight on New Year's Day"
    qualifier: str = ""  # one of QUALIFIERS below, "" when exact or not a number
    low: float | None = None  # numeric lower bound (equal to high for an exact figure)
    high: float | None = None  # numeric upper bound (None when open-ended, e.g. "more than 100")
    unit: str = ""  # "", "%", "USD", "EUR", "km", "people"...; currency normalised to ISO codes
    subject: str = ""  # what is counted, lower-case: "russian soldiers", "drones", "rockets"
    predicate: str = ""  # what happened to it, lower-case base form: "killed", "wounded", "fired", "shot down"
    vague: bool = False  # "dozens", "hundreds", "several hundred", "many"
    date: str = ""  # ISO date when one is stated or resolvable: "2022-12-31"
    time: str = ""  # "HH:MM" 24h local time when one is stated
    tz: str = ""  # "GMT", "UTC", "+02:00"... when stated
    utc: str = ""  # ISO datetime in UTC when date, time and zone are all known

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    quote: str
    kind: str  # one of KINDS
    claimant: str  # display name: "Russian Defense Ministry", "Vitali Klitschko", OUTLET
    claimant_key: str  # normalised key shared by every spelling of one claimant
    claimant_text: str = ""  # the claimant as written here ("Russia's defense ministry"), "" for OUTLET
    attribution: str = ""  # the attribution word: "said", "claimed", "according to", "" for OUTLET
    value: Value | None = None
    score: float = 0.5  # check-worthiness, 0..1
    context_before: str = field(default="", compare=False)
    context_after: str = field(default="", compare=False)
    value_start: int = field(default=-1, compare=False)  # offsets of the value text, -1 if none
    value_end: int = field(default=-1, compare=False)
    claimant_is_person: bool = field(default=False, compare=False)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`."""
    return _split_sentences(text)


def claimant_key(name: str) -> str:
    """Normalised key so that spellings of one claimant meet."""
    if not name or name == OUTLET:
        return OUTLET_KEY
    return _claimant_key(name)


# ----------------------------------------------------------------------------- predicates
_PRED_TABLE = [
    ("shot down", r"shot\s+(?:\w+\s+)?down|shooting\s+down|downed|intercepted|intercepting|intercepts|shoot\s+down"),
    # put down on purpose (stranded whales, sick livestock): a count of its own among the dead
    ("euthanised", r"euthani[sz]ed|euthani[sz]ing|put\s+down(?!\s+(?:the|a|an|its|their|his|her)\b)|put\s+to\s+sleep"),
    # a line or a phone that "went dead" killed nobody
    ("killed", r"killed|killing|kills|kill|(?<!went )(?<!gone )(?<!goes )(?<!go )dead|died|dies|die|dying|deaths?|"
               r"perished|drowned(?!\s+out)|lost their lives|fatalities|slain|toll|"
               r"eliminated|liquidated"),
    # who came forward for care after a blast or a leak: more than the injured doctors count
    ("sought care", r"(?:sought|seeking|seeks|seek|asked\s+for|requested)\s+(?:urgent\s+|emergency\s+)?(?:medical\s+)?"
                    r"(?:help|care|attention|assistance|treatment)"),
    # treated in hospital: who is in hospital, not all the injured (before "wounded", which takes "treated")
    ("hospitalized", r"(?:treated|treating|treatment)\s+in\s+(?:a\s+|the\s+)?(?:[A-Z]\w+\s+){0,3}hospitals?"),
    ("wounded", r"wounded|wounding|injured|injuring|injuries|hurt|injures|wounds|treated|treating|treatment for|"
                r"(?:receiving|received|getting|needed|needing|required|requiring)\s+(?:medical\s+)?treatment|"
                # "112 people received first aid or treatment", "needed first aid": treated, not taken to hospital
                r"(?:receiving|received|getting|got|given|needed|needing|required|requiring)\s+first[\s-]aid"),
    # who lost their sight (a poisoning, a blast, an acid attack): a count of its own beside the dead
    ("blinded", r"blinded|(?:lost|losing)\s+(?:their|his|her)\s+(?:eye)?sight|(?:lost|losing)\s+(?:their|his|her)\s+vision|"
                r"(?:left|gone|went|go|been|are|were|was|is)\s+blind\b"),
    # in a critical condition, in intensive care: a count of its own, not the injured nor all in hospital
    ("critical", r"in\s+(?:a\s+)?(?:critical|grave|life-threatening|serious)\s+(?:but\s+stable\s+)?condition|critically\s+(?:injured|wounded|hurt|ill)|"
                 r"in\s+intensive\s+care"),
    ("hospitalized", r"hospitali[sz]ed|admitted(?!\s+(?:that|it|this|responsibility|guilt|liability|defeat|mistakes?|"
                     r"failures?|errors?|having|to\s+(?!hospital))\b)|"
                     r"(?:taken|brought|rushed|airlifted|flown)\s+(?:by\s+(?:helicopter|ambulance|air|boat)\s+)?to\s+(?:a\s+|the\s+)?(?:[A-Z]\w+\s+){0,3}hospitals?|"
                     r"(?:in|remained\s+in|still\s+in)\s+hospital|"
                     # "took 24 people to hospitals in the capital": whoever took them, the count is of patients
                     r"(?:took|takes|taking|ferried|carried|rushed|brought)(?=\s+(?:[\w,.-]+\s+){1,4}?to\s+(?:a\s+|the\s+)?"
                     r"(?:[A-Z]\w+\s+){0,3}hospitals?\b)|"
                     # "four patients remain in its care" (a hospital's)
                     r"remain(?:s|ed)?\s+in\s+(?:its|their|the\s+hospital['’]s)\s+care|"
                     # "sent to hospital"; patients "sent to hospitals in the capital" were moved on
                     r"sent\s+to\s+(?:a\s+|the\s+)?hospital\b(?!s)|"
                     r"(?:needed|needing|required|requiring|received|receiving|given)\s+hospital\s+(?:treatment|care)|"
                     r"received(?=\s+(?:about\s+|some\s+|more\s+than\s+|at\s+least\s+)?[\d,]+\s+(?:\w+\s+)?patients)"),
    ("missing", r"missing|unaccounted\s+for"),
    ("trapped", r"trapped|stranded|stuck|came\s+ashore|beached|entombed|buried\s+alive|cut\s+off(?!\s+(?:from\s+)?(?:power|electricity|supplies|the\s+supply))"),
    # a jail break: who got out, who was caught again, who is still on the run
    ("escaped", r"escaped|escaping|(?:got|get|gets|getting)\s+out(?!\s+alive|\s+of\s+(?:control|hand)\b)(?=\s+(?:of|through|and)\b|\W)|"
                r"broke\s+(?:out\s+of|free|loose)|"
                r"(?:had\s+been|have\s+been|has\s+been|were|was|got|ran)\s+loose"),
    ("recaptured", r"recaptured|re-?arrested"),
    ("at large", r"at\s+large|on\s+the\s+run|(?:still|remain\w*|remain)\s+(?:on\s+the\s+)?loose"),
    ("arrested", r"arrested|arrests?|detained|detentions?|arresting|detaining|in custody|"
                 r"(?:been|were|was|being)\s+held(?!\s+(?:hostage|captive))"),
    ("evacuated", r"evacuated|evacuating|evacuations?"),
    ("displaced", r"displaced|homeless|fled|flee|fleeing|forced from their homes|"
                  r"registered\s+(?:[\w,]+\s+){0,3}?for\s+(?:emergency\s+)?(?:lodging|shelter|accommodation|housing)|"
                  r"(?:staying|sheltering|sleeping|housed)\s+in\s+(?:emergency\s+|evacuation\s+|temporary\s+)?"
                  r"(?:shelters|centres|centers|camps)"),
    # lifted off what stranded them, by helicopter or winch: rescued, not flown to hospital
    ("rescued", r"rescued|survived|refloated|pulled\s+(?:out\s+)?alive|"
                r"(?:lifted|airlifted|winched|brought|carried|pulled|taken|led|ferried)\s+to\s+safety|"
                # "flew nine climbers off the mountain" (not "flew 200 passengers off the island": a flight)
                r"(?:flown|flew)(?=\s+(?:[\w,]+\s+){0,4}?off\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:mountain|summit|"
                r"peak|glacier|ridge|ships?|vessels?|rigs?|platforms?|roofs?|rooftops?|cliffs?|ledges?|floes?)\b)|"
                r"(?:airlifted|winched|plucked|lifted)"
                r"(?=\s+(?:[\w,]+\s+){0,4}?(?:from|off)\s+(?:the\s+|a\s+|their\s+|its\s+)?"
                r"(?:[\w-]+\s+)?(?:ships?|vessels?|boats?|ferry|ferries|tankers?|trawlers?|yachts?|cabins?|gondolas?|cable\s+cars?|roofs?|rooftops?|cliffs?|"
                r"mountain|summit|islands?|floes?|wreck|rigs?|platforms?|ledges?|trees?|floodwaters?)\b)"),
    # bodies recovered are the dead found, whatever else the sentence counts ("... and 12 are still missing")
    ("recovered", r"recovered|retrieved"),
    ("aboard", r"on\s+board|aboard|onboard|carrying(?!\s+out)|carried(?!\s+out)|"
               r"on\s+(?:the|that|a)\s+(?:bus|coach|boat|plane|flight|train|ferry|vessel|minibus|truck|aircraft|jet|airliner|"
               r"ship|tram)\b"),
    # flown out by helicopter or plane: to hospital
    ("airlifted", r"airlifted|airlifting|flown\s+(?:out\s+)?(?:by\s+(?:[\w\-]+\s+){1,4}?)?(?:helicopter\s+)?to|"
                  r"evacuated\s+by\s+(?:helicopter|air)"),
    # who an avalanche, a landslide or crossfire caught: more than it killed
    ("caught", r"caught\s+(?:up\s+)?(?:in|by)|"
               r"caught(?=\s+(?:about\s+|some\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?"
               r"(?:\d|a\s+dozen|dozens|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"),
    # who fell ill in an outbreak or a poisoning (before "fell", a decline)
    ("sick", r"(?:fell|fallen|falls?|falling|taken|became|become|becoming|got)\s+(?:seriously\s+)?(?:ill|sick)|"
             r"sickened|(?:reported|reporting|had|having|with|showed|showing|shown|displayed|displaying|developed|"
             r"suffered|suffering)\s+(?:[a-z-]+\s+)?symptoms|suffered\s+(?:from\s+)?food\s+poisoning|"
             # "the number of sick passengers": an adjective on the people counted
             r"(?:sick|ill)(?=\s+(?:[a-z]+\s+)?(?:people|passengers|patients|guests|crew|children|residents|students|"
             r"workers|pupils|tourists|travell?ers|visitors|inmates|members|staff)\b)|"
             r"(?:were|was|are|is|been)\s+(?:\w+\s+)?(?:sick|ill)(?!\s+(?:with\s+worry|at\s+ease))"),
    # kept apart so as not to spread it: fewer than the sick
    ("isolated", r"isolated|isolating|in\s+isolation|quarantined|in\s+quarantine|"
                 r"confined\s+to\s+(?:their\s+|his\s+|her\s+)?(?:cabins?|rooms?|homes?|quarters)"),
    # the patients who went home are no count of the sick
    ("discharged", r"discharged|sent\s+home|released\s+from\s+(?:the\s+)?hospitals?|left\s+(?:the\s+)?hospitals?"),
    # hostages, detainees, prisoners let go (after "discharged": released from hospital)
    ("released", r"released|freed|freeing|set\s+free|let\s+go"),
    # who was there when it happened: "140 people were sleeping in the hall"
    ("present", r"(?:were|was)\s+(?:sleeping|sheltering|staying|inside|underground|at\s+work|on\s+duty|on\s+(?:the\s+)?site)"),
    ("fired", r"(?:fired|firing|fires)(?!\s+up\b(?!\s+to\b))|launched|launching|"  # a machine "fired up" started
              r"used(?=\s+(?:[\w,-]+\s+){1,3}(?:missiles?|rockets?|drones?|shells?|projectiles?)\b)"),
    ("destroyed", r"destroyed|destroying|razed|flattened"),
    # "windows were broken in 1,240 buildings": the buildings were damaged
    ("damaged", r"damaged|damaging|(?:windows|window\s+panes|glass|roofs)\s+(?:were\s+|had\s+been\s+)?"
                r"(?:broken|shattered|smashed|blown\s+(?:out|in)|torn\s+off)"),
    ("hit", r"hit|hitting|struck|striking|got\s+through|broke\s+through"),
    ("attended", r"attended|marched|rallied|took part|taken part|take part|taking part|turned out|walked out|went on strike|gathered|protested|demonstrated|joined|turnout"),
    ("voted", r"voted|votes|ballots"),
    # "methane rising from the crater" rises out of a place: no change of a figure ("rose from the earlier 63" is)
    ("rose", r"(?:rose|risen|rises|rising)(?!\s+(?:from|out\s+of)\s+(?:the|a|an|its|their)\s+"
             r"(?!(?:previous|last|same|first|start|beginning|end|week|month|year|day)\b)[a-z][a-z-]*"
             r"(?:\s+[a-z][a-z-]*)?\b(?!\s+(?:of\s+|to\s+|by\s+)?[\d$€£]|"
             r"\s+(?:figure|estimate|toll|count|total|level|tally)))|"
             r"increased|increases|jumped|climbed|grew|soared|surged|gained|up\s+from"),
    ("fell", r"fell|fallen|falls|falling|dropped|declined|decreased|slumped|plunged|shrank|down\s+from"),
    ("affected", r"affected"),
    ("captured", r"captured|seized|liberated|retook|held\s+(?:hostage|captive)|taken\s+hostage"),
    # "80 police officers guarded its edges", "200 troops patrolled the streets": sent there
    ("deployed", r"deployed|sent|dispatched|guarded|guarding|patroll(?:ed|ing)|manned|manning"),
    # flights, trains, matches called off: a count of their own
    ("cancelled", r"cancell?ed|cancell?ing|cancell?ations?|scrapped|called\s+off"),
    # sent to another airport or port: not cancelled, and not kept waiting
    ("diverted", r"diverted|diverting|diversions?|re-?routed"),
    ("cost", r"cost|costs|costing|paying|"
             r"spent(?!\s+(?:the\s+|a\s+|\w+\s+)?(?:night|nights|day|days|hours|weeks|months))|paid|pay|"
             r"raised(?!\s+(?:(?:the|its|their|his|her|our|any|an?|no|serious)\s+)?(?:[\w-]+\s+){0,2}?"
             r"(?:alert|alarm|level|warning|toll|death|number|figure|count|estimate|tally|total|concerns?|fears?|"
             r"questions?|objections?|complaints?|doubts?|issues?|awareness|hands?|voices?)\b|"
             # "police on Sunday raised that to 35,000": an estimate raised, no money
             r"\s+(?:that|it|this)\s+(?:figure\s+|number\s+)?(?:to|from)\b(?!\s+(?:about\s+|some\s+|nearly\s+|"
             r"almost\s+|more\s+than\s+|over\s+)?[$€£¥₹]))|earned|"
             # "lost power", "lost their homes": no money
             r"lost(?!\s+(?:power|electricity|their|his|her|its|contact|control|consciousness|homes?|everything))"),
]
PRED_RE = re.compile(  # a verb glued to a live blog's next entry ("2 still missingDistrict police") still ends there,
    # on a capital letter only: "deadline" is no "dead" and "diesel" no "die"
    "|".join(f"(?P<p{i}>\\b(?:{rx})(?:\\b|(?=(?-i:[A-Z][a-z]))))" for i, (_, rx) in enumerate(_PRED_TABLE)), re.I
)


def _pred_name(m: re.Match) -> str:
    """The predicate a PRED_RE match stands for: "shot down" for "downed", "killed" for "died"."""
    return next(_PRED_TABLE[int(k[1:])][0] for k, v in m.groupdict().items() if v)


# "38 drones and two missiles were shot down": a second counted noun shares the verb that follows
_COORDINATED_GAP_RE = re.compile(r"^\s+and\s+(?:[\w-]+\s+){1,3}(?:had been|have been|has been|were|was|are|is)\s+$", re.I)
# ("... and that nine vessels had been diverted" opens another reported clause, with its own verb)
_SHARED_VERB_RE = re.compile(r"\s*and\s+(?!that\b)(?:[\w$€£.-]+(?:,\d{3})*\s+){1,5}?"
                             r"(?:had been|have been|has been|were|was|are|is)\s",
                             re.I)
# an item in the middle of a list, before its figure: ", some 2,300 computers", ", 14 boats"
_LIST_ITEM_RE = re.compile(r"\s*(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s*,\s*(?:(?:about|some|around|nearly|almost|"
                           r"roughly|more\s+than|over|at\s+least)\s+)?$", re.I)
# "downed 38 of 45 drones": the second figure is the whole the first is part of
_WHOLE_OF_RE = re.compile(r"(?:\d[\d,.]*|\b(?:none|each|any|most|some|half|many|several|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|dozens|hundreds))\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.I)
_PROJECTILE_WORDS = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|projectiles?|bombs?|munitions)\b", re.I)
# "of the rescued crew were ...": the whole's noun, then the part's own verb
_NOUN_AUX_GAP_RE = re.compile(r"^\s+(?:[a-z][\w’'\-]*\s+){1,2}(?:had been|have been|has been|were|was|are|is)\s+$")
_AUX_GAP_RE = re.compile(
    r"^(?:\s|,|had|have|has|been|were|was|are|is|be|being|could|would|may|might|reportedly|"
    r"allegedly|also|all|later|since|now|already|so far|still|remain|remained|remains|confirmed|\"|“|”)*$",
    re.I,
)
CASUALTY = {"killed", "wounded", "missing", "hospitalized", "arrested", "displaced", "evacuated", "rescued"}
BACKGROUND_SUBJECTS = {"followers", "subscribers", "views", "viewers", "readers", "likes",
                       "fans", "listeners"}
# fans and listeners are a crowd where they do something ("300 fans waited"), an audience where someone has them
# ("a singer with 2 million fans", "the station's 40,000 listeners")
_CROWD_OR_AUDIENCE = {"fans", "listeners"}
_AUDIENCE_OF = re.compile(r"(?:\b(?:with|has|have|had|boasts?|gained|lost|its|his|her|their|of)|['’]s?)\s+"
                          r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least)\s+)?$", re.I)
_OPINION_RE = re.compile(
    r"\b(?:horrible|terrible|awful|shameful|disgraceful|outrageous|tragic|tragedy|wonderful|"
    r"great|unacceptable|criminal|dangerous|ridiculous|absurd|heartbreaking|shocking|"
    r"appalling|scandalous|cynical|brave|heroic|incredible|sad|disgusting|barbaric|"
    r"nonsense|lies|stupid|fool|hope|believe|feel|think|must|should|paramount|disgrace|"
    r"shame|proud|sorry|angry|outraged|devastated|love|hate)\b",
    re.I,
)
_FUTURE_RE = re.compile(r"\b(?:will|may|might|could|would|plans? to|intends? to)\b", re.I)


@dataclass
class _Clause:
    start: int
    end: int
    split: bool = False  # produced by splitting the sentence


# ----------------------------------------------------------------------------- helpers
# a word ("U.S." is one), a number or a mark
_WORD_RE = re.compile(r"(?:[A-Z]\.){2,}|" + _cl.GLUED_WORD + r"|[^\W\d_][\w’'\-]*|\d[\d,.]*|[^\w\s]")
_SUBJ_SKIP_DET = {"the", "its", "their", "his", "her", "our", "those", "these", "whom", "which",
                  "your", "my", "this", "that", "all"}
_PRONOUN_SUBJ = {"them", "those", "these", "us", "whom", "which", "it"}
_PRONOUN_ONLY = _PRONOUN_SUBJ - {"those", "these"}  # never a determiner
_SUBJ_STOP = _nu._NOT_SUBJECT | {"who", "whose", "what", "where", "said", "says", "including",
                                 "like", "such", "there", "here", "overnight", "yesterday",
                                 "today", "tonight", "however", "apiece", "each", "respectively",
                                 "still", "remain", "remains", "remained", "now", "yet", "already", "reportedly",
                                 "rather", "instead"}


# the word of what befell those counted, told before the noun that says who they are ("187 dead vultures"); "17
# injured people" keeps its verb's reading ("were being treated in hospital" is read after it)
_STATE_BEFORE_NOUN = {"dead"}
# verbs, mostly past forms that do not end in -ed, which end the noun phrase before them ("20 cranes stood idle")
_IRREGULAR_PAST = {
    "stood", "sat", "lay", "went", "ran", "came", "fell", "rose", "grew", "kept", "held", "left", "stayed", "got",
    "became", "began", "broke", "caught", "drove", "flew", "fled", "found", "gave", "lost", "made", "met", "paid",
    "saw", "sent", "shot", "spent", "sank", "sunk", "took", "told", "won", "struck", "stuck", "slept", "spoke",
    "sought", "bought", "brought", "fought", "knew", "led", "ate", "drank", "hid", "hung", "burnt", "dug", "froze",
    "shook", "threw", "tore", "swept", "spread", "hit", "washed", "sit", "stand", "lie", "withdrew", "withdrawn",
    "quit", "drew", "wrote", "rode", "swam", "wore", "chose", "forgot", "hurt", "cost", "overtook",
}

# "five of them children", "two of whom soldiers": a group noun right after the pronoun names the part
_SUBJ_NOUNS_AFTER_PRONOUN = {"children", "women", "men", "minors", "soldiers", "civilians", "officers", "police",
                             "policemen", "foreigners", "tourists", "students", "girls", "boys", "babies", "infants",
                             "teenagers", "journalists", "medics", "firefighters", "rescuers", "passengers", "workers",
                             "lorries", "trucks", "cars", "buses", "coaches", "vans", "motorcycles"}
# "241 were lorries and 71 were cars and buses": the noun after the verb says what the figure counts
_WERE_NOUN_RE = re.compile(r"\s+(?:were|are)\s+(" + "|".join(sorted(_SUBJ_NOUNS_AFTER_PRONOUN)) + r")\b", re.I)


_PART_BEFORE_RE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _subject_tokens(text: str, pos: int, end: int) -> tuple[list[str], int, bool, bool]:
    """Noun phrase right after a value. Returns (words, end offset, partitive, pronoun)."""
    toks = [(m.group(), m.start() + pos, m.end() + pos) for m in _WORD_RE.finditer(text[pos:end])]
    i = 0
    if toks and toks[0][0] in {'"', "”", "’", "'"} and toks[0][1] == pos:
        i = 1  # killed "more than 200" Serethian troops: the quotation closes on the figure
    partitive = False
    pronoun = False
    if i < len(toks) and toks[i][0].lower() in {"more", "other", "others", "additional", "further", "another", "new"}:
        if toks[i][0].lower() in {"others"}:
            return [], toks[i][2], False, False
        i += 1
    if i < len(toks) and toks[i][0].lower() == "of":
        partitive = True
        i += 1
        while i < len(toks) and (toks[i][0].lower() in _SUBJ_SKIP_DET or toks[i][0].endswith(("'s", "’s"))):
            # "those"/"these" before a noun are determiners ("of those villagers"); "whom", "which" never are
            if toks[i][0].lower() in _PRONOUN_SUBJ and (toks[i][0].lower() in _PRONOUN_ONLY or i + 1 >= len(toks)
                                                        or not toks[i + 1][0][:1].isalpha()
                                                        or toks[i + 1][0].lower() in _SUBJ_STOP):
                break
            i += 1
        if i < len(toks) and toks[i][0].lower() in _PRONOUN_SUBJ:
            nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
            if nxt not in _SUBJ_NOUNS_AFTER_PRONOUN:
                return [], toks[i][2], True, True
            i += 1  # "31 wounded, five of them children": the noun after the pronoun says who
        # "four of the six rockets"
        if i < len(toks) and (toks[i][0][0].isdigit() or toks[i][0].lower() in _nu.ONES or toks[i][0].lower().split("-")[0] in _nu.TENS):
            i += 1
    words: list[str] = []
    last_end = toks[i - 1][2] if i > 0 else pos
    while i < len(toks) and len(words) < 4:
        t = toks[i][0]
        tl = t.lower()
        if not t[:1].isalpha():
            break
        if words and toks[i][1] == toks[i - 1][2] and t[:1].isupper():
            break  # "six injuredThe cantonal...": the next entry, glued
        if tl == "of" and words == ["head"] and i + 1 < len(toks) and toks[i + 1][0][:1].isalpha():
            words.append(tl)  # "600 head of cattle": the kind is the noun after "head of"
            i += 1
            continue
        if tl in _SUBJ_STOP:
            break
        if re.fullmatch(r"[a-z]{1,4}-\d+[a-z]?", tl):
            i += 1  # a model name ("Kh-59", "S-300", "T-72") before what it names
            continue
        if tl == "cut" and i + 1 < len(toks) and toks[i + 1][0].lower() == "off":
            break  # "the 38 miners cut off by the fall": what happened to them, not who
        multi = PRED_RE.match(text, toks[i][1])
        if multi and multi.end() > toks[i][2]:
            break  # "45,000 took part", "60 lost their lives": a predicate of several words
        verbal = (tl.endswith("ed") or (tl.endswith("ing") and len(tl) > 5)) and "-" not in tl and tl not in {"armed", "united"}
        if verbal:
            nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
            if words or not nxt[:1].isalpha() or nxt.lower() in _SUBJ_STOP or PRED_RE.fullmatch(nxt):
                break
        if words and tl in _IRREGULAR_PAST:
            break  # "20 cranes stood idle", "12 generators sat unused": the verb ends the noun
        if not words and tl in _STATE_BEFORE_NOUN and i + 1 < len(toks) and toks[i + 1][0][:1].isalpha() and \
                toks[i + 1][0].lower() not in _SUBJ_STOP and not PRED_RE.fullmatch(toks[i + 1][0]):
            i += 1  # "187 dead vultures": what befell them, then who they are
            continue
        if PRED_RE.fullmatch(t) and tl not in {"strikes", "fires", "deaths", "injuries", "arrests", "votes", "ballots", "evacuations", "detentions", "wounds"}:
            break
        words.append(tl.replace("’", "'"))
        last_end = toks[i][2]
        i += 1
    return words, last_end, partitive, pronoun


def _plural_before(text: str, start: int, pos: int) -> str:
    """The last plural noun phrase before `pos` (for "63 of them")."""
    toks = [(m.group(), m.start()) for m in _WORD_RE.finditer(text[start:pos])]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k][0]
        tl = t.lower()
        if t[:1].isalpha() and tl.endswith("s") and not tl.endswith(("ss", "'s", "’s", "us", "is")) and len(tl) > 3 and tl not in _SUBJ_STOP and not _cl._looks_verbal(t):
            words = [tl]
            j = k - 1
            while j >= 0 and len(words) < 3:
                p = toks[j][0]
                pl = p.lower()
                if not p[:1].isalpha() or pl in _SUBJ_STOP or pl in {"a", "an"} or PRED_RE.fullmatch(p):
                    break
                if _cl._looks_verbal(p) and pl not in _cl._ED_ADJECTIVES:
                    break
                words.insert(0, pl)
                j -= 1
            return " ".join(words)
    return ""


# "Coulee Falls", "Niagara Falls": a place, nothing fell (also read by matching.measures)
PLACE_FALLS = re.compile(r"\b([A-Z][a-z]+ )Falls\b")


# where one reported proposition ends and the next begins: "said 14 containers had fallen overboard, and that
# all 24 crew were safe", "adding that 37 ships were waiting": a verb across it is another figure's
# ("while the union put its own count at 25" answers the same question: no break)
PROPOSITION_BREAK = re.compile(r",?\s+and\s+that\b|,\s*(?:adding|saying|noting)\s+that\b", re.I)


def own_proposition(text: str, cs: int, ce: int, vs: int, ve: int) -> tuple[int, int]:
    """The part of text[cs:ce] that holds the figure at vs..ve and no proposition break."""
    for m in PROPOSITION_BREAK.finditer(text, cs, ce):
        if m.end() <= vs:
            cs = m.end()
        elif m.start() >= ve:
            return cs, m.start()
    return cs, ce


# a count, report or video that is released is made public: nothing befell what it counts
PUBLISHED = re.compile(r"(?:\b(?:count|report|figures?|data|statement|tally|list|results?|numbers?|estimates?|update|"
                       r"survey|study|video|footage|images?|photos?|toll)\s*,?\s+(?:(?:was|were|is|are|has\s+been|"
                       r"had\s+been|being)\s+)?|(?<=\bpress\s)|(?<=\bnews\s)|(?<=\bmedia\s)|"
                       r"(?<=\bown\s)|"
                       # "released the results of its national survey", "releases its annual report"
                       r"(?=releas(?:ed|es?)\s+(?:(?:the|its|their|a|an|his|her)\s+)?(?:[a-z-]+\s+){0,3}?"
                       r"(?:count|report|figures|data|results|numbers|estimates|update|survey|study|video|footage|"
                       r"images|photos|statement|findings|names|details|identities|list|toll|tally|transcripts?)\b))"
                       r"(released|releases?)\b",
                       re.I)  # "said in a press release": a statement, not people set free


def unpublished(text: str) -> str:
    """`text` with the verb of a count or report made public blanked out, offsets kept."""
    return PUBLISHED.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * len(m.group(1)), text)


# an aside on some of those a figure counts: "Five people, among them the three men found on board, have been
# arrested" - what the aside says of some of them ("on board") is not what befell all five
ASIDE = re.compile(r",\s*(?:among\s+(?:them|whom)|including|of\s+(?:them|whom)|(?:most|many|some|all|several|"
                   r"two|three|four|five)\s+of\s+(?:them|whom))\b[^,;()]*,", re.I)


def _predicate(text: str, cs: int, ce: int, vs: int, subj_end: int, partitive_num: bool) -> str:
    preds = []
    cs, ce = own_proposition(text, cs, ce, vs, subj_end)
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(text, cs, ce) if not m.start() <= vs < m.end()]
    for m in PRED_RE.finditer(text, cs, ce):
        if any(lo <= m.start() < hi for lo, hi in asides):
            continue
        name = _pred_name(m)
        if name == "fell" and any(f.end() == m.end() for f in PLACE_FALLS.finditer(text, max(0, m.start() - 30), m.end())):
            continue
        if name == "released" and any(p.start(1) == m.start()
                                      for p in PUBLISHED.finditer(text, max(0, m.start() - 40), m.end() + 80)):
            continue  # "the agency's latest count, released yesterday, is 17,600": the count was made public
        preds.append((m.start(), m.end(), name))
    if not preds:
        return ""
    after = [p for p in preds if p[0] >= subj_end]
    rel = re.search(r"\bof (?:which|whom|them|those)\b", text[subj_end:after[0][0]]) if after else None
    if rel:
        # "six missiles, of which 71 drones were shot down": a verb past "of which" is another figure's
        after = [p for p in after if p[0] < subj_end + rel.start()]
    before = [p for p in preds if p[1] <= vs]
    if after and re.search(r"\bof\s+(?:those|the|all\s+those)\s+$", text[max(cs, after[0][0] - 20):after[0][0]], re.I):
        # "Seventeen of those rescued were receiving treatment", "admitted 28 of the wounded": the verb after
        # "of the" names the whole; the part's own verb comes next, or came before
        if len(after) > 1 and (_AUX_GAP_RE.match(text[after[0][1]:after[1][0]]) or _NOUN_AUX_GAP_RE.match(
                text[after[0][1]:after[1][0]])):
            return after[1][2]  # "Five of the rescued crew were taken to hospital": the crew's verb
        if before:
            return before[-1][2]
    direct = None
    if after:
        gap = text[subj_end:after[0][0]]
        if _AUX_GAP_RE.match(gap) or _COORDINATED_GAP_RE.match(gap):
            has_aux = bool(re.search(r"\b(?:were|was|are|is|been|had|have|has)\b", gap, re.I))
            if has_aux or not partitive_num:
                direct = after[0][2]
    # "52 deaths, with 87 people receiving treatment for injuries": a participle phrase right after the
    # counted noun says what happened to it, before any verb earlier in the sentence
    if not direct and after and re.match(r"^\s+(?:(?:[a-z]+ing|treated|admitted|taken|left)\b(?:\s+[a-z]+){0,4}|to)\s+$",
                                         text[subj_end:after[0][0]]):
        direct = after[0][2]
    if after and after[0][2] == "fired" and after[0][0] - subj_end <= 1 and len(after) > 1 and \
            after[1][2] in ("hit", "shot down") and re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}", text[after[0][1]:after[1][0]]):
        # "two of the missiles fired overnight struck Orvel": "fired" describes the missiles, "struck" is the verb
        return after[1][2]
    if direct == "aboard" and before and not re.search(r"[,;]", text[before[-1][1]:vs]):
        # "has sickened some 300 people on board": what befell them, not where they were
        return before[-1][2]
    if direct:
        return direct
    if before:
        return before[-1][2]
    if after and not _nu.ANY_FIGURE.search(text, subj_end, after[0][0]):
        return after[0][2]  # not another figure's verb: "61 ships were waiting and nine vessels had been diverted"
    inside = [p for p in preds if vs <= p[0] < subj_end]
    return inside[0][2] if inside else ""


# people counted, then the homes they live in: "2,100 residents in ", "some 3,000 people from "
_HOMES_OF_PEOPLE = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:residents|people|inhabitants|villagers|persons|citizens|"
                              r"tenants)\s+(?:in|from|living\s+in)\s+$", re.I)
_HOMES = {"households", "homes", "families", "houses", "flats"}


def _homes_of_people(text: str, lo: int, h) -> bool:
    """Whether a figure counts the homes of people counted just before it ("about 2,100 residents in 980
    households"): the households are a count too, not where the residents are."""
    return h.fields["subject"].rsplit(" ", 1)[-1] in _HOMES and bool(_HOMES_OF_PEOPLE.search(text, lo, h.start))


_AGE_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|de|da|van|von|al|el|bin))*\s+[A-Z][a-z'’-]+,\s*$")
_NUMBER_OF_RE = re.compile(r"\bnumber of ((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:killed|dead|wounded|injured|hurt|missing|"
                           r"arrested|detained|displaced|evacuated|rescued|trapped|stranded|freed|released|held|"
                           r"abducted|kidnapped|deported|repatriated|charged|"
                           r"infected|affected|hospitali[sz]ed)\b", re.I)
# "experts put the number of species at more than 100", "estimated the total of vehicles lost at 300": the count
# an estimate is put at counts what its "number of" names. People are left to the story's question ("put the number
# of patients at 1,650" is how many the hospital treated), read from the words around as before.
_PUT_NUMBER_OF_RE = re.compile(r"\b(?:put|puts|putting|estimated?|estimates|estimating|placed?|places|placing)"
                               r"\s+(?:the|their|its)\s+(?:number|count|tally|total)\s+of\s+((?:[a-z]+\s+){0,2}?[a-z]+)"
                               r"(?:\s+[a-z]+ed)?\s+at\s*$", re.I)
_PEOPLE_PUT_AT = {"people", "persons", "patients", "victims", "dead", "injured", "wounded", "casualties", "protesters",
                  "demonstrators", "marchers", "residents", "passengers", "migrants", "refugees", "workers", "staff",
                  "students", "children", "soldiers", "troops", "displaced", "evacuees", "missing"}


# a group told by how many it holds: "her 11-dog team", "a 14-truck convoy" count the dogs and the trucks
_GROUP_OF = re.compile(r"-(?!(?:man|men|woman|women|person|people|member|strong)\b)([a-z]{3,})\s+"
                       r"(?:team|crew|squad|fleet|convoy|pack|herd|flotilla|string|column)\b")
# a list item's bullet, and what may open its line before its text: blanks and the bullet, or blanks alone
_BULLET = r"[-•*–—]"
_LIST_ITEM_LEAD = re.compile(r"[ \t]*(?P<bullet>" + _BULLET + r"[ \t]+)?")


def _list_item_lead(text: str, at: int) -> re.Match | None:
    """What stands before `at` on its line, when it is no more than blanks and a bullet; None otherwise."""
    return _LIST_ITEM_LEAD.fullmatch(text, text.rfind("\n", 0, at) + 1, at)


# the label of a figure in a release's list, one to a line, up to the words that place it: "Teams" in "Teams at
# the start: 27", "Veterinarians" in "- Veterinarians on the trail: 12" (the figure ends its line: "Coralwing
# grounded: thousands stranded" is a headline); the label names things counted, in the plural ("Wind speed: 120" and
# "Magnitude: 6.8" count nothing)
_FACT_SHEET_LABEL = re.compile(r"\s*(?:" + _BULLET + r"\s+)?([A-Z][a-z'’-]+(?:\s+(?!\w+ed\b)[a-z][a-z'’-]+)?)"
                               r"(?:\s+[a-z]+ed)?"
                               r"(?:\s+(?:at|on|in|of|for|to|from|by|with|during|per|across)\s[^:]{1,40})?\s*:\s*")


# "a national pass rate of", "the country's unemployment rate fell to", "the vaccination rate stood at"
_RATE_OF_RE = re.compile(r"\b(?:a|an|the|its|their|this\s+year['’]s|last\s+year['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(" + _nu.SHARE_RATE_RE + r")\s+rate\s+"
                         r"(?:of|at|to|was|is|stood\s+at|fell\s+to|rose\s+to|reached|hit)\s+"
                         r"(?:(?:about|around|nearly|almost|just|some|only|barely|over|under|more\s+than|"
                         r"less\s+than)\s+)?$",
                         re.I)


def _subject_before(text: str, cs: int, vs: int) -> str:
    """"revenue rose 12%", "turnout was 67 percent", "the death toll rose to 120", "raised the number of
    soldiers killed ... to 23"."""
    seg = text[cs:vs]
    m = _NUMBER_OF_RE.search(seg)
    if m:
        return m.group(1).lower()
    m = _RATE_OF_RE.search(seg)
    if m:
        return m.group(1).lower()  # "a pass rate of 43.8 per cent", "the jobless rate fell to 6.1%": a share of what
    m = _PUT_NUMBER_OF_RE.search(seg)
    if m and m.group(1).lower().rsplit(" ", 1)[-1] not in _PEOPLE_PUT_AT:
        return m.group(1).lower()
    m = _FACT_SHEET_LABEL.fullmatch(seg)
    if m and re.search(r"[^s]s$", m.group(1)) and _list_item_lead(text, cs) and \
            re.match(r"[^\s,;(]+\s*(?:[,;(][^\n]*)?(?:\n|$)", text[vs:]):
        return m.group(1).lower()  # "Teams at the start: 27", "- Checkpoints: 9": a release's list of figures
    m = re.search(
        r"((?:[A-Za-z][\w’'\-]*\s+){0,2}[A-Za-z][\w’'\-]*)\s+(?:was|were|is|are|stood at|reached|"
        r"totall?ed|hit|rose|fell|climbed|jumped|dropped|declined|increased|decreased|grew|"
        r"rose to|fell to|climbed to|jumped to|increased to|dropped to|declined to|"
        r"rose by|fell by|up|down)(?:\s+(?:to|by|at|in|from))?(?:\s+the)?\s*$",
        seg,
        re.I,
    )
    if not m:
        return ""
    words = [w.lower() for w in m.group(1).split()]
    words = [w for w in words if w not in {"the", "a", "an", "its", "their", "his", "her", "and", "that", "said", "had", "has", "have"}]
    while words and (words[0] in _SUBJ_STOP or _cl._looks_verbal(words[0])):
        words = words[1:]
    if len(words) > 2 and words[0] in {"number", "count", "tally", "total"} and words[1] == "of":
        words = words[2:]  # "the number of dead rose to 97": the dead
    return " ".join(words[-3:])


def _trim(text: str, s: int, e: int, strip_final: bool) -> tuple[int, int]:
    lead = re.compile(r"(?:[\s,;:—–\-]+|(?:and|but|while|whereas|although|though|however|and\s+that|that)\b)+", re.I)
    while True:
        m = lead.match(text, s, e)
        if not m or m.end() == s:
            break
        s = m.end()
    tail = " \t\n,;:—–-" + (".!?" if strip_final else "")
    # ... and a bracket's close the piece did not open: "(turnout 44.0 per cent)" after another figure
    while e > s and (text[e - 1] in tail or text[e - 1] == ")" and text.count("(", s, e) < text.count(")", s, e)):
        e -= 1
    return s, e


def _in_quote_or_paren(sent: str, i: int) -> bool:
    before = sent[:i]
    if before.count("(") > before.count(")"):
        return True
    if before.count("“") > before.count("”"):
        return True
    if before.count('"') % 2 == 1:
        return True
    return False


# how a speaker goes on to a next point: "..., he said, and ...", "..., the company said, adding that ..."
_GOES_ON = r"(?:and|adding|saying|noting|insisting|stressing)"
_SEP_RE = re.compile(r",\s+(?:while|whereas|but|although|though|even as)\s+|;\s+|:\s+(?=\S)|\s+—\s+(?=(?:while|but)\b)|"
                     # "..., the company said, adding that levels never exceeded 25 ppm": the speaker's next point
                     r"(?<=\bsaid|\bsays|\btold\b)(?:\s+\w+){0,3},\s+(?=" + _GOES_ON + r"\s)")
# "62 of the injured are children, he said, and radiation levels are normal": the speaker's next point
_SPEAKER_GOES_ON = re.compile(r",?\s*" + _GOES_ON + r"\s+(?:that\s+)?(?=[a-z])")
_AND_RE = re.compile(r",?\s+and\s+")
_VERBISH_RE = re.compile(r"\b(?:were|was|are|is|had|have|has|been|will|would|could|said|says|\w+ed|\w+ing)\b", re.I)


# a fact sheet's label before its figures, an item of a list: "- Core area", "• Buffer zone", "- Residents" (a few
# words, no verb; not "Update:" or "Correction:" opening a paragraph)
_LABEL_BEFORE_COLON = re.compile(r"\s*(?P<bullet>" + _BULLET + r"\s+)?[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*")


def _clauses(text: str, s: int, e: int, value_spans: list[tuple[int, int]], attrs: list[Attribution]) -> list[_Clause]:
    sent = text[s:e]
    cuts: list[int] = []
    for m in _SEP_RE.finditer(sent):
        a = m.start() + s
        if _in_quote_or_paren(sent, m.start()):
            continue
        if any(vs <= a < ve for vs, ve in value_spans):
            continue
        if m.group().startswith(":"):
            left = sent[:m.start()]
            if re.search(r"\b(?:said|says|told|wrote|added|tweeted|stated|announced|follows|following|include|including|are|were)\s*$", left, re.I):
                continue
            if len(left.split()) > 25 or not re.search(r"\w", sent[m.end():]):
                continue
            label = _LABEL_BEFORE_COLON.fullmatch(left)
            lead = _list_item_lead(text, s)
            if label and (label.group("bullet") or lead and lead.group("bullet") or fact_line(sent)) and \
                    not any(vs < a for vs, _ in value_spans):
                continue  # "- Core area: 74,000 hectares, made up of ...": a fact sheet's label names the first figure
        cuts.append(a)
    # "X addressed the nation at 7pm, announcing ...": a gerund whose speaker is the clause's subject
    # speaks for what follows it only
    for at in attrs:
        if at.form == "subject":
            comma = text.rfind(",", s, at.verb_start)
            if comma > s and not any(vs <= comma < ve for vs, ve in value_spans):
                cuts.append(comma)
    # " and " when both sides carry their own value and the right side has a verb
    for m in _AND_RE.finditer(sent):
        a = m.start() + s
        b = m.end() + s
        if _in_quote_or_paren(sent, m.start()):
            continue
        if any(vs <= a < ve for vs, ve in value_spans):
            continue
        prev_cut = max([c for c in cuts if c < a], default=s)
        next_cut = min([c for c in cuts if c > b], default=e)
        left_vals = [v for v in value_spans if prev_cut <= v[0] and v[1] <= a]
        right_vals = [v for v in value_spans if b <= v[0] and v[1] <= next_cut]
        if not left_vals or not right_vals:
            continue
        # "on New Year's Eve and New Year's Day": coordinated values, no split
        if right_vals[0][0] - b <= 1 and a - left_vals[-1][1] <= 1:
            continue
        right_text = text[b:next_cut]
        if not (_VERBISH_RE.search(right_text) or PRED_RE.search(right_text)):
            continue
        # keep an attribution noun phrase and its verb together
        if any(at.span_start < a < at.verb_end for at in attrs):
            continue
        cuts.append(a)
    cuts = sorted(set(cuts))
    out = []
    prev = s
    for c in cuts + [e]:
        out.append(_Clause(prev, c, split=bool(cuts)))
        prev = c
    return out


def _score_quantity(v: dict, attributed: bool, minor: bool, predicate: str, subject: str) -> float:
    unit = v.get("unit", "")
    if minor:
        return 0.3 if subject not in BACKGROUND_SUBJECTS else 0.25
    score = 0.6
    if predicate in CASUALTY:
        score += 0.25
    elif predicate in {"fired", "shot down", "destroyed", "damaged", "hit", "attended", "voted", "captured"}:
        score += 0.15
    if unit in ("%",) or (len(unit) == 3 and unit.isupper()):
        score += 0.15
    if unit == "magnitude":
        score += 0.2
    if attributed:
        score += 0.05
    if not subject and not predicate and not unit:
        score -= 0.15
    if v.get("vague"):
        score -= 0.05
    return round(max(0.05, min(1.0, score)), 2)


# "No one was killed", "not a single serviceman was in the building", "none of its soldiers died", "there
# were no casualties", "denied that any civilian building was hit": a statement that puts a count at zero.
# the verbs that hedge what befell someone: "no one is believed to have been exposed"
HEDGE_VERBS = ("believed", "thought", "feared", "known", "understood", "presumed", "reported", "said")
_ZERO_AUX = r"(?:(?:had|has|have|was|were|is|are|been|being|ever|actually|even|in fact|still|now|yet|" \
            r"(?:" + "|".join(HEDGE_VERBS) + r") to(?: have)?)\s+)*"
_ZERO_VERB = (r"(?P<verb>(?:" + "|".join(rx for _, rx in _PRED_TABLE) + r")\b|"
              r"(?:in|inside|at|near|on board|aboard|present|stationed|based)\b|[a-z]{3,}(?:ed|en)\b)")
_ZERO_NP = r"(?P<np>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
_ZERO_LEAD = r"(?:^|\b(?:that|and|but|said|as|because|while)\s+|[,;:]\s*)"
_ZERO_PATTERNS = [re.compile(_ZERO_LEAD + p, re.I) for p in (
    r"(?:there (?:were|was|had been|have been|has been) )?no (?P<noun>deaths|fatalities|casualties|injuries|victims|"
    r"dead|injured)\b",
    r"(?P<nobody>no one|no-one|nobody|none)\s+" + _ZERO_AUX + _ZERO_VERB,
    r"(?:no|not a single|not one|not any|none of (?:the|its|their|our|his|her|those))\s+" + _ZERO_NP + r"\s+"
    + _ZERO_AUX + _ZERO_VERB,
    r"(?P<there>there (?:were|was|had been|have been|has been)) no\s+" + _ZERO_NP + r"(?=\s+(?:in|inside|at|on|near|aboard)\b|\s*$)",
)]
# absence of news, not news of absence: "no immediate reports of casualties", "no word on injuries"
_ZERO_NOT = re.compile(r"\b(?:reports?|word|information|details?|signs?|indications?|evidence|confirmation|claims?|"
                       r"immediate|further|new|more|other|additional|fresh|longer|reason|need|plans?|way|idea|one knows|"
                       r"decision|comment|doubt|threat|danger|risk|chance)\b", re.I)
_NOT_NP = r"(?!(?:have|has|had|were|was|are|is|now|since|been|all)\b)"
_ALL_ACCOUNTED_RE = re.compile(r"\b(?:all|everyone|everybody)\s+(?:(?:of\s+)?(?:the|its|their|our)\s+)?"
                               r"(?P<np>" + _NOT_NP + r"[a-z]+(?:\s+" + _NOT_NP + r"[a-z]+)?)?\s*"
                               r"(?:(?:have|has|had|were|was|are|is)\s+)?(?:now\s+|since\s+|all\s+)?(?:been\s+)?"
                               r"accounted\s+for\b", re.I)
_ZERO_NOUNS = {"deaths": "killed", "fatalities": "killed", "dead": "killed", "victims": "killed",
               "casualties": "casualties", "injuries": "wounded", "injured": "wounded"}


def _zero_reading(content: str, word: str) -> dict | None:
    """The count a statement sets at zero, as value fields (low = high = 0, subject, predicate), or None."""
    text = content.strip()
    if word in {"denied", "denies", "rejected"}:
        # "denied that any civilian building was hit": a denial of any is a claim of none
        text = re.sub(r"^(?:that\s+)?(?:any|anyone|anybody)\b", lambda m: "no" if m.group(0).lower().endswith("any")
                      else "nobody", text, flags=re.I)
    accounted = _ALL_ACCOUNTED_RE.search(text)
    if accounted and not _FUTURE_RE.search(text[:accounted.end()]) and "?" not in text:
        # "all residents have now been accounted for": none is missing
        return {"low": 0, "high": 0, "subject": accounted.group("np") or "people", "predicate": "missing"}
    m = next((m for m in (p.search(text) for p in _ZERO_PATTERNS) if m), None)
    if m is None or _FUTURE_RE.search(text[:m.end()]) or "?" in text:
        return None
    groups = {k: v for k, v in m.groupdict().items() if v}
    if groups.get("noun"):
        return {"low": 0, "high": 0, "subject": "people", "predicate": _ZERO_NOUNS[groups["noun"].lower()]}
    np = groups.get("np", "").lower()
    if np and (_ZERO_NOT.search(np) or PRED_RE.search(np) or re.search(r"\b(?:more|less|fewer|than|longer)\b", np)):
        return None
    verb = groups.get("verb", "").lower()
    if groups.get("there") or verb in {"in", "inside", "at", "near", "on board", "aboard", "present", "stationed", "based"}:
        predicate = "present"  # "not a single soldier was in the building", "there were no troops at the market"
    else:
        p = PRED_RE.match(text, m.start("verb")) if verb else None  # read in place: "raised any concern" is no sum
        predicate = _pred_name(p) if p else verb
    if not predicate:
        return None
    return {"low": 0, "high": 0, "subject": np or "people", "predicate": predicate}


# a relative clause in which the speaker states, counts or fields a figure of its own ("which deployed 4,800
# monitors", "which says it had 240 monitors", "which employs about 48,000 people"); the figures of an
# appositive that tells the speaker's story ("a blogger with 700,000 followers", "who rode out the storm with
# her two grandchildren") are background
_OWN_COUNT_CLAUSE = re.compile(r",\s*(?:which|who)\s+(?:\w+\s+){0,2}(?:says?|said|claims?|claimed|counted|counts|"
                               r"estimates?|estimated|puts?|reported|reports|recorded|records|registered|registers|"
                               r"deployed|deploys|fielded|mobili[sz]ed|sent|employs|employed|represents|operates|runs|"
                               r"monitors|monitored)\b[^,;]*$", re.I)


def _statement_content(text: str, cs: int, ce: int, at: Attribution | None) -> str:
    seg_s, seg_e = cs, ce
    if at is not None:
        before = text[cs:at.span_start]
        if at.span_start <= cs + 2 or before.strip(" ,“”\"") == "":
            seg_s = max(cs, at.span_end)
        elif at.span_end >= ce - 3:
            seg_e = min(ce, at.span_start)
        elif re.search(r"[,”\"]\s*$", before) and len(before.split()) >= 3 and re.match(
            r"^\s*(?:(?:late |early )?(?:on )?\w+day(?: night| morning| evening| afternoon)?|in a statement|on [\w ]{1,25}?)?\s*(?:[,.;]|$)",
            text[at.span_end:ce],
        ):
            seg_e = at.span_start  # "..., officials said Monday, as ..."
        else:
            seg_s = max(cs, at.span_end) if at.form in ("pre", "appositive", "gerund", "subject") else seg_s
            if at.form in ("inverted", "according"):
                seg_e = at.span_start
    content = text[seg_s:seg_e]
    content = re.sub(r"^[\s,:;“”\"']*(?:" + _GOES_ON + r"\s+)?"
                     r"(?:that\s+|in a statement\s+(?:that\s+)?|on [\w ]{1,30}? that\s+)?", "", content, flags=re.I)
    # "told the council in an emergency meeting on Monday that the siren did not sound": where and when it
    # was said is no part of what was said
    content = re.sub(r"^(?:in|at|on|during|after|before|by|to|with|from|over|late|early|last)\b[^.;:\"“”,]{0,90}?"
                     r"\s+that\s+", "", content, flags=re.I)
    content = re.sub(r"^(?:(?:on|late on|early on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:that\s+)?", "", content)
    content = re.sub(r"^(?:yesterday|today|again|earlier|later|last night|this morning)"
                     r"(?:\s+(?:morning|afternoon|evening|night))?\s+that\s+", "", content,
                     flags=re.I)
    return content.strip(" ,;:.“”\"'")


_ADVERB_KEYS = {"long", "also", "repeatedly", "previously", "often", "already", "since", "later", "earlier",
                "again", "still", "now", "recently", "initially", "first", "once", "always", "never"}


# ----------------------------------------------------------------------------- article zone
_DATELINE_RE = re.compile(r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s*)?"
                          r"([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’\-]{2,40}?)\s*(?:,\s+([A-Z][\w.'’ ]{2,30}?))?\s*"
                          r"(?:\(|—|–|-|,\s+[A-Z][a-z]{2}|$)", re.M)
# a page's own stamp ("Updated 16/10/2025 - 23:48 CEST", "Published 5 August 2025, 19:10 BST") is in the
# outlet's zone, not the event's
_STAMPED_RE = re.compile(r"\b(?:updated|published|posted|modified)\b|^\s*by\s|\b(?:19|20)\d\d\b[\s,\-–|]*$", re.I)
# "All times BST", "Times are Monterrey time", "All times local (GMT+2)": the zone a report says it gives its
# times in (not "at all times")
_TIMES_IN_RE = re.compile(r"(?<!\bat )\b(?:all\s+times|times\s+are|times(?=\s+in\s))\s+(?:are\s+)?(?:given\s+)?(?:in\s+)?"
                          r"(?P<body>[^.\n|]{1,60})", re.I)
_OFFSET_RE = re.compile(r"\b(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d{2})?")


def _written_zone_offset(zone: str, published: dt.date | None) -> str:
    """The offset of a zone as a report writes it ("BST", "ET", "GMT+2", "UTC−3:30"), "" when unknown."""
    zone = re.sub(r"\s+", "", zone.strip(" ()").upper()).replace("−", "-")
    if zone in _nu._US_ZONES:
        return _places.zone_offset(_nu._US_ZONES[zone], published)
    off = _nu._zone_offset(zone)
    return "" if off is None else _places.offset_text(off)


def _zone_in(body: str, published: dt.date | None) -> str:
    """The zone a "times are ..." note names: an abbreviation, a place's time ("New Zealand time", "Mountain
    Daylight Time") or, failing those, an offset ("local (GMT+2)", "Orvel time (GMT+3)")."""
    ab = re.match(r"(?:" + _nu._ZONE_NAMES + r")\b", body)
    if ab:
        return _written_zone_offset(ab.group(), published)
    place = re.match(r"(?:the\s+)?(" + _nu.PLACE_NAME + r")\s+(?:(?:daylight|standard|summer)\s+)?time\b", body, re.I)
    if place:
        name = place.group(1)
        for cand in (name, name.split()[0]):
            off = _places.zone_offset(cand, published)
            if off:
                return off
    m = _OFFSET_RE.search(body)
    return _written_zone_offset(m.group(), published) if m else ""


def _stated_zone(text: str, published: dt.date | None) -> str:
    """The one zone a report writes its clock times in when it names one: "all times BST", or every
    zone it gives ("0340 BST", "6:42 p.m. CST") the same, and more than once. UTC/GMT, which wires give
    beside the local time, conversions in brackets and the page's own stamps do not count."""
    for m in _TIMES_IN_RE.finditer(text):
        zone = _zone_in(m.group("body"), published)
        if zone:
            return zone
    named = [
        t.group("zone") for t in _nu.TIME_RE.finditer(text)
        if t.group("zone") and "(" not in t.group("zone") and text[max(0, t.start() - 1):t.start()] != "("
        and not re.match(r"\s*(?:local|gmt|utc|z\b)", t.group("zone"), re.I)
        and not _STAMPED_RE.search(text[text.rfind("\n", 0, t.start()) + 1:t.start()])]
    zones = {z.strip(" ()").upper() for z in named}
    if len(zones) != 1 or len(named) < 2:
        return ""  # one zone named once may be another place's clock ("13:32 CEST", quoted from abroad)
    return _written_zone_offset(zones.pop(), published)


def article_zone(text: str, published: dt.date | None = None) -> str:
    """The UTC offset ("+01:00") of the clock an article's bare times ("at 3 a.m.") are given in, "" when
    unknown. In order: the one zone the report names for its times (`_stated_zone`); the dateline's city
    in the time-zone database ("WINNIPEG -") or its country ("AKURE, Nigeria (AP) -", "NAIROBI, Kenya -",
    a capital alone: "LIMA (Reuters) -"); without a dateline, the country the text names most often (by
    name or demonym), when one clearly leads. A country with several zones, or with summer time when the
    date is unknown, gives none (places.utc_offset)."""
    stated = _stated_zone(text, published)
    if stated:
        return stated
    head = text[:400]
    for m in _DATELINE_RE.finditer(head):
        city, country = m.group(1).strip().lower(), (m.group(2) or "").strip().lower()
        c = _places.ALIAS_COUNTRY.get(country) or _places.CAPITAL_COUNTRY.get(city) or _places.ALIAS_COUNTRY.get(city)
        city_zone = _places.zone_offset(city, published) if len(city) > 3 else ""
        if c or city_zone:
            return city_zone or _places.zone_offset(c, published)
    for m in _PLACE_DATE_LINE_RE.finditer(head):
        city = m.group(1).strip()
        c = _places.CAPITAL_COUNTRY.get(city.lower()) or _places.ALIAS_COUNTRY.get(city.lower())
        zone = _places.zone_offset(city, published) or (_places.zone_offset(c, published) if c else "")
        if zone:
            return zone
    country = leading_country(text)
    if country:
        return _places.zone_offset(country, published)
    return _leading_city_zone(text, published) or _masthead_zone(text, published)


def _masthead_zone(text: str, published: dt.date | None) -> str:
    """The clock of the capital a local paper is named after ("THE PHNOM PENH LEDGER", "THE NAIROBI COURIER"), for a
    report whose dateline and text name no clock: a city's own paper gives its bare times on the city's clock."""
    words = _voices.own_name(text).split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i:i + n])
            if _places.CAPITAL_COUNTRY.get(name.lower()):
                return _places.named_place_zone(name, published)
    return ""


def _leading_city_zone(text: str, published: dt.date | None) -> str:
    """The clock of the capitals a report names, when it names no country: a Budapest paper that says
    "Budapest" three times gives its bare times in Budapest's clock. Named at least twice, and at least twice
    as often as any other clock; "" otherwise. (Other cities' names are too often a person's or a street's:
    "Rosario", "Christmas".)"""
    def clock(name: str) -> str:
        # a capital only; named_place_zone passes over the capitals that are more often a person's name
        return _places.named_place_zone(name, published) if _places.CAPITAL_COUNTRY.get(name.lower()) else ""
    return _clear_leader(r"\b[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?", text, clock)


def _clear_leader(runs: str, text: str, name_of) -> str:
    """What the capitalised runs of `text` (one or two words, matched by `runs`) name most, by `name_of`, when
    it is named at least twice and at least twice as often as the next; "" otherwise. A run counts once, for the
    pair ("Addis Ababa") or else for its first word that names something: "In Nairobi" opens a sentence,
    "Greater Nairobi" and "Bank Negara Malaysia" hold the name second."""
    counts: dict[str, int] = {}
    for m in re.finditer(runs, text):
        words = m.group().split()
        for cand in ([m.group()] if len(words) == 2 else []) + words:
            named = name_of(cand)
            if named:
                counts[named] = counts.get(named, 0) + 1
                break
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return ""


# a release's place and date, on a line of their own or a segment of its head: "Asunción, 29 June 2038",
# "Ref. No. MoF/47/2038 · Dodoma, 30 June 2038", "Brussels, March 3, 2031", "Nouméa, Saturday 10 February 2035
# · 13:00 · UPDATED 19:30"
_PLACE_DATE_LINE_RE = re.compile(r"(?:^|[·|]\s*)([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}),\s+"
                                 r"(?:[A-Z][a-z]+day,?\s+)?"
                                 r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}"
                                 r"\s*(?:[·|][^\n]*)?$", re.M)


_LEAD_PLACE_RE = re.compile(r"\b[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}")


def event_zone(text: str, published: dt.date | None = None) -> str:
    """The UTC offset of the place a report is about, for its times written "local time": the first place with
    one clock named in its headline or, failing that, its first paragraph ("Kiritimati meteorite is an H5
    chondrite" under a "SUVA, Fiji" dateline: 21:47 local time is Kiritimati's clock, not Fiji's). "" when
    neither names one."""
    head = text[:600].split("\n\n")
    for part in head[:3]:
        for m in _LEAD_PLACE_RE.finditer(part):
            words = m.group().replace("-", " ").split()
            for n in range(len(words), 0, -1):  # "La Paz" before "La"
                for i in range(len(words) - n + 1):
                    off = _places.named_place_zone(" ".join(words[i:i + n]), published)
                    if off:
                        return off
    return ""


@functools.lru_cache(maxsize=32)
def leading_country(text: str) -> str:
    """The country a report names most often (by name or demonym), when one clearly leads; "" otherwise.
    Cached: the article's zone and its bare currencies both ask it of one text."""
    return _clear_leader(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?", text,
                         lambda name: _places.ALIAS_COUNTRY.get(name.lower()) or
                         _places.DEMONYM_COUNTRY.get(name.lower()) or "")


def national_currencies(text: str) -> dict[str, str]:
    """What a bare "pesos" or "kroner" means in this report: the country's currency it names
    elsewhere ("($1 = 940 Chilean pesos)"), or else the currency of the country it is about. {word: code}."""
    country = leading_country(text)
    demonym = _places.COUNTRY_DEMONYM.get(country, "").lower() if country else ""
    out: dict[str, str] = {}
    for word in _nu.BARE_CURRENCY:
        nations = _nu._NATIONAL_CURRENCIES[word]
        named = {code for adj, code in nations.items() if re.search(rf"\b{re.escape(adj)}\s+{word}\b", text, re.I)}
        if len(named) == 1:
            out[word] = named.pop()
        elif demonym in nations:
            out[word] = nations[demonym]
    return out


_BARE_CURRENCY_RE = re.compile(r"\b(" + "|".join(_nu.BARE_CURRENCY) + r")\b", re.I)


def _bare_currencies(claims: list[Candidate], text: str) -> list[Candidate]:
    """Amounts in a bare "pesos" or "kroner" in the currency of the country the report is about."""
    if not any(c.value and c.value.unit in _nu.BARE_CURRENCY.values() for c in claims):
        return claims
    national = national_currencies(text)
    out = []
    for c in claims:
        v = c.value
        word = _BARE_CURRENCY_RE.search(v.text or "") if v and v.unit in _nu.BARE_CURRENCY.values() else None
        code = national.get(word.group(1).lower()) if word else None
        if code and code != v.unit and _nu.BARE_CURRENCY[word.group(1).lower()] == v.unit and \
                not _nu.COUNTRY_NAMED_CURRENCY.search((v.text or "").split("(")[0]):  # "(US$289,000)" converts it
            c = replace(c, value=replace(v, unit=code))
        out.append(c)
    return out


def _zone_times(date_hits, zone: str, local_zone: str = "") -> None:
    """A clock time with no zone ("3 a.m.", "10 a.m. local time") in an article set in a one-zone
    country is that country's time: give it the zone, and the UTC instant when the date is known. A time
    written "local time" is the clock of the place the report is about (`local_zone`), when it names one."""
    offsets = {z: dt.timedelta(minutes=(1 if z[0] == "+" else -1) * (int(z[1:3]) * 60 + int(z[4:6])))
               for z in (zone, local_zone) if z}
    for h in date_hits:
        f = h.fields
        if not f.get("time") or f.get("tz") or f.get("utc"):
            continue
        here = local_zone if local_zone and re.search(r"\blocal\b", f.get("text") or "", re.I) else zone
        if not here:
            continue
        off = offsets[here]
        f["tz"] = here
        if f.get("date"):
            try:
                local = dt.datetime.fromisoformat(f"{f['date'][:10]}T{f['time']}")
            except ValueError:
                continue
            f["utc"] = (local - off).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------- main
# what follows a live blog's entry stamp: a dash, bar or colon, a line break, or the entry's first word
# glued to it ("08:12Mayor Holm says...")
_STAMP_AFTER_RE = re.compile(r"[ \t]*(?:[-–—|:]|\.\s)[ \t]|[ \t]*\n|(?=[A-Z][a-z])")
_HEADLINE_ATTR_RE = re.compile(r"^([A-Z][\w’'.\- ]{1,40}?):\s+(?=\S)")


_SPEECH_WORDS = {"said", "says", "say", "told", "tells", "according to", "added", "announced", "reported",
                 "stated", "confirmed", "estimated", "warned", "wrote", "tweeted"}
_MEASURE_VERBS = {"recorded", "records", "registered", "registers", "measured", "logged", "logs", "saw", "sees",
                  "reached", "reaches", "hit", "hits", "experienced", "counted", "put", "puts"}
_PLACE_NP_RE = re.compile(r"(?:the\s+)?(?:town|city|village|district|province|region|state|county|port|capital|island|"
                          r"area|neighbo(?:u)?rhood|suburb|desert|valley|mercury|thermometer|temperatures?|the heat)\b"
                          r"(?:\s+of\b|$)", re.I)


# "18:55 Holm: death toll now 11", "Mayor Katarin Holm: seven dead": a live blog's entry led by its speaker
_LIST_NUMBER_RE = re.compile(r"\(?\d{1,2}[.)]|\(\d{1,2}\)")
_TURN_STAMP_RE = re.compile(r"\s*[\[(]" + _voices.STAMP + r"[\])]")
_ENTRY_ATTR_RE = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*)?([A-Z][\w’'.\- ]{1,40}?):\s*(?=\S)")


# "Governor Marek's latest figures:", "Interior Ministry gives its own toll:", "Marek updates:"
_ENTRY_POSSESSIVE_RE = re.compile(r"^(.+?)['’]s\s+(?:(?:latest|own|new|official|updated|revised|first|final|death)\s+)*"
                                  r"(?:figures?|toll|count|tally|numbers?|estimates?|update|assessment)$", re.I)
_ENTRY_VERB_RE = re.compile(r"^(.+?)\s+(?:now\s+)?(?:says|said|updates|updated|gives|gave|confirms|confirmed|reports|"
                            r"reported|adds|added|puts|put|claims|claimed|announces|announced|raises|raised|revises|"
                            r"revised|insists|denies|denied)(?:\s+[\w’'-]+){0,4}$")


# a verb right after a bare number: "the four had been pinned", a group counted before and named by its number
_GROUP_NAMED = re.compile(r"\s+(?:had|has|have|were|was|are|is|will|would|could|can|did|also|all|then|later|still)\b",
                          re.I)
# a span that says when: "two days after the collapse", "three weeks later"
_WHEN_AFTER_RE = re.compile(r"\s+(?:after|later|ago|before|earlier|on from)\b", re.I)


# A sentence that opens in the writer's own voice does not go on with the last speaker: a contrast, a
# look back, background ("But", "Last year", "In 2019", "The town lies..."), or what its own reporter saw.
_OWN_VOICE_RE = re.compile(r"[^.]*\b(?:our|this newspaper's|an? [\w-]+ news agency)\s+(?:own\s+)?(?:reporters?|"
                           r"correspondents?|photographers?|team)\b|"
                           r"\s*(?:but|however|yet|meanwhile|elsewhere|separately|last\s+(?:year|month|week)|"
                           r"in\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|"
                           r"november|december)|(?:the|a|an)\s+(?:\w+\s+){0,3}(?:lies|is located|has a population))\b",
                           re.I)


_HUMAN_TOLL_RE = re.compile(r"\b(?:dead|died|killed|wounded|injured|hurt|missing|unaccounted|critical|hospitali[sz]ed|"
                            r"admitted|evacuat\w*|trapped|rescued|bodies|victims|casualties)\b", re.I)


def _entry_label(label: str) -> str:
    """Who speaks in a live blog entry's label: the label itself ("Holm"), or the name in "Holm's
    latest figures" and "Interior Ministry gives its own toll"."""
    m = _ENTRY_POSSESSIVE_RE.match(label) or _ENTRY_VERB_RE.match(label) or _ENTRY_FROM_RE.match(label)
    return m.group(1).strip() if m else label


# "Latest from the coast guard:", "Update from Basarnas:", "New figures from the ministry:"
_ENTRY_FROM_RE = re.compile(r"^(?:(?:the\s+)?latest|(?:an?\s+)?update|more|(?:new\s+|latest\s+)?figures|word)\s+from\s+(.+)$",
                            re.I)


def _entry_speaker(label: str, tracker: Claimants) -> bool:
    """Whether the words before a colon at the start of a body sentence name who speaks: a person's
    name, a surname already met in the article, or a body; not a topic ("Passengers:", "Previous:",
    "WHAT WAS FIRED:")."""
    words = label.split()
    if len(words) > 4 or re.search(r"\d", label) or label.isupper() or _topic_label(label):
        return False
    if _cl.person_name(label) or words[-1].lower() in _cl.ORG_WORDS or words[-1].lower() in _cl.TITLES:
        return True
    return len(words) == 1 and any(r.is_person and r.key.split()[-1] == label.lower() for r in tracker.history)


def _topic_label(words: str) -> bool:
    """"Bangladesh ferry: Search called off", "Ukraine war: ...": a headline's topic before the colon,
    not a speaker ("Zelensky: ...", "Kyiv mayor: ...", "UN: ..."). A speaker is a name or ends in a
    title or a body; a topic ends in a common noun."""
    last = words.split()[-1]
    return last[:1].islower() and last.lower() not in _cl.TITLES and last.lower() not in _cl.ORG_WORDS


def _same_figure(a: Value | None, b: Value | None) -> bool:
    if a is None or b is None:
        return False
    if a.low is not None or a.high is not None:
        return (a.low, a.high, a.unit) == (b.low, b.high, b.unit)
    return bool(a.utc and a.utc == b.utc) or (bool(a.date) and (a.date, a.time) == (b.date, b.time))


def _headline_sources(claims: list[Candidate], headline_ids: set[int]) -> list[Candidate]:
    """A headline sums up the story's lead: a figure in it is the lead's figure, from the lead's
    source. "Ferry capsizes, killing at least 27" takes the police from "killing at least 27 people,
    police said"; "Argentina says 17 arrested" takes the Security Ministry of the lead. The first body
    claim with the same figure and a named source lends it; a headline figure the body never repeats
    keeps what the headline says."""
    body = [c for c in claims if id(c) not in headline_ids]
    out = []
    for c in claims:
        if id(c) in headline_ids:
            twin = next((b for b in body if b.kind == c.kind and b.claimant_key != OUTLET_KEY
                         and _same_figure(c.value, b.value)), None)
            if twin is not None and twin.claimant_key != c.claimant_key:
                c = replace(c, claimant=twin.claimant, claimant_key=twin.claimant_key,
                                        claimant_text=twin.claimant_text, attribution=twin.attribution,
                                        claimant_is_person=twin.claimant_is_person)
        out.append(c)
    return out


def detect_claims(text: str, published: dt.date | None = None) -> list[Candidate]:
    """Every check-worthy claim in `text`, ordered by start offset."""
    _, prefix_date = date_prefix(text)
    if published is None and prefix_date:
        try:
            published = dt.date.fromisoformat(prefix_date)
        except ValueError:
            published = None
    if isinstance(published, dt.datetime):
        published = published.date()
    tracker = Claimants()
    zone = article_zone(text, published)
    local_zone = event_zone(text, published)
    out: list[Candidate] = []
    headline_ids: set[int] = set()
    last_para = -1
    last_speaker: Resolved | None = None
    for u in units(text):
        if u.kind == FURNITURE:
            last_speaker = None
            continue
        if _LIST_NUMBER_RE.fullmatch(text[u.start:u.end].strip()):
            continue  # "1." before a statement's numbered paragraph: the paragraph's number, no claim
        if u.paragraph != last_para:
            # a new paragraph that opens with a quotation may continue the last speaker
            if not text[u.start:u.start + 1] in "“\"":
                last_speaker = None
            last_para = u.paragraph
        remembered = len(tracker.history)
        claims, speaker = _sentence_claims(text, u.start, u.end, u.kind == HEADLINE, published, tracker, last_speaker,
                                           zone, local_zone)
        out.extend(claims)
        if u.kind == HEADLINE:
            headline_ids.update(id(c) for c in claims)
            # the body below may say "the firm" of a name the headline gives ("Veltra Mobile: ..."), never of a
            # common noun read as a speaker there ("... shares slide; regulator demands report")
            tracker.history[remembered:] = [r for r in tracker.history[remembered:] if r.text[:1].isupper()]
        last_speaker = speaker
    out = _speakers_voice(_bare_currencies(_headline_sources(out, headline_ids), text), text, tracker)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _speakers_voice(cands: list[Candidate], text: str, tracker: Claimants) -> list[Candidate]:
    """What the text says in its own voice, said by someone (see voices.py): in a transcript, a turn's words are
    its speaker's; in a press release or an organisation's statement, the issuer's, a claimant like any other,
    so its figures meet the same body's figures quoted in other reports."""
    def said_by(c: Candidate, who: Resolved, name: str) -> Candidate:
        return replace(c, claimant=who.display, claimant_key=who.key, claimant_text=name,
                       claimant_is_person=who.is_person)

    for start, end, name in _voices.turns(text):
        who = tracker.resolve(name)
        if who is not None:
            cands = [said_by(c, who, name) if c.claimant_key == OUTLET_KEY and start <= c.start < end else c
                     for c in cands]
    masthead = _voices.own_name(text)
    # "By the Post's estimate" in the Post itself, "according to our reporter": its own voice
    cands = [replace(c, claimant=OUTLET, claimant_key=OUTLET_KEY, claimant_text="", claimant_is_person=False)
             if c.claimant_text and (_voices.is_ours(c.claimant_text) or
                                     masthead and _voices.is_own_name(c.claimant_text, masthead))
             else c for c in cands]
    name = _voices.issuer(text)
    who = tracker.resolve(name) if name else None
    if who is None:
        return cands
    return [said_by(c, who, name) if c.claimant_key == OUTLET_KEY or
            c.claimant_text and _voices.is_issuers_people(c.claimant_text) else c for c in cands]


# a speaker's act and when it came, with nothing between ("announced at 16:00 on Thursday that", "confirmed shortly
# after midnight"): the time is the writer's report of the act
_ACT_VERBS = {"said", "says", "announced", "announces", "confirmed", "confirms", "declared", "declares", "revealed",
              "stated", "told", "reported", "published", "released", "issued", "posted", "tweeted", "wrote"}
_ACT_TIME_RE = re.compile(r"\s+(?:(?:only|just|shortly|soon|late|early)\s+)?(?:at|on|after|before)\s+"
                          r"(?:about\s+|around\s+)?")
_ACT_CONTENT_AFTER = re.compile(r"\s*,?\s*(?:that\b|:|[“\"])")


# a speaker in a later clause of time or cause ("..., after the department warned that ...") speaks for that clause,
# not for what the sentence said before it
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|because|since|until|once|when)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


# a relative "that" or "which" right after a noun, before a speaker ("a meeting that unions said ..."), and the
# finite verb after the speaker's verb that shows the clause goes on ("... said was decided before it began")
_RELATIVE_SPEAKER_RE = re.compile(r"\b(?!(?:said|says|told|claimed|added|stated|noted|warned|insisted|argued|"
                                  r"believe[sd]?|thinks?|thought|knows?|knew|so|such|now|and|but)\b)[a-z]{3,}\s+"
                                  r"(?P<rel>that|which)\s+(?:[\w'’-]+\s+){0,4}$")
_FINITE_AFTER_RE = re.compile(r"\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|did|cost|costs)\b")


def _sentence_claims(text: str, s: int, e: int, headline: bool, published, tracker: Claimants,
                     last_speaker: Resolved | None, zone: str = "",
                     local_zone: str = "") -> tuple[list[Candidate], Resolved | None]:
    sent = text[s:e]
    date_hits = _nu.find_dates(sent, s, published)
    # "0340 GMT - PAGASA confirms...", "10:45 BST: Police say...": a live blog's entry stamp dates the
    # post, not the event
    date_hits = [h for h in date_hits if not (not text[s:h.start].strip() and _STAMP_AFTER_RE.match(text, h.end))]
    # "[00:01:35] SIPHO MABANDLA: ...": a transcript's time stamp says where in the programme, not when
    stamp = _TURN_STAMP_RE.match(text, s)
    if stamp:
        date_hits = [h for h in date_hits if h.start >= stamp.end()]
    _zone_times(date_hits, zone, local_zone)
    masked = [(h.start, h.end) for h in date_hits]
    qty_hits = _nu.find_quantities(sent, s, masked)
    # "51.2 degrees Celsius (124.2 degrees Fahrenheit)", "60 km (37 miles)": a conversion in brackets
    # right after a figure with a unit restates that figure; it is no claim of its own
    qty_hits = [h for i, h in enumerate(qty_hits)
                if not (i > 0 and h.fields.get("unit") not in (None, "", "p") and qty_hits[i - 1].fields.get("unit")
                        and re.fullmatch(r"\s*(?:[A-Za-z°]+\.?\s*){0,2}\(\s*(?:about|around|some|roughly|or|nearly)?\s*",
                                         text[qty_hits[i - 1].end:h.start])
                        and re.match(r"[^()]{0,40}\)", text[h.end:h.end + 41]))]
    # "Deborah Lyle, 67, of Eastleigh": a person's age, read as one (see numbers._AGE_APPOSITIVE), no count
    qty_hits = [h for h in qty_hits if h.fields.get("unit") == _nu.AGE_UNIT or not (
                _AGE_BEFORE.search(text, max(0, h.start - 60), h.start)
                and re.fullmatch(r"\d{1,3}", text[h.start:h.end].strip()) and re.match(r"\s*,", text[h.end:h.end + 3]))]
    date_hits, qty_hits = _history_hits(sent, s, published, date_hits, qty_hits)
    # people's ages are claims of their own beside the sentence's others (see _age_claims)
    ages = [h for h in qty_hits if h.fields.get("unit") == _nu.AGE_UNIT]
    qty_hits = [h for h in qty_hits if h not in ages]
    attrs = _cl.find_attributions(sent, s)
    if headline:
        m = _HEADLINE_ATTR_RE.match(sent)
        if m and len(m.group(1).split()) <= 5 and not re.search(r"\d", m.group(1)) and not _topic_label(m.group(1)):
            attrs.insert(0, Attribution(s + m.end(1), s + m.end(1) + 1, ":", m.group(1), s, s + m.end(1), s, s + m.end(1) + 1, "headline"))
    else:
        m = _ENTRY_ATTR_RE.match(sent)
        if m:
            label = _entry_label(m.group(1))
            if label and _entry_speaker(label, tracker):
                a, b = s + m.start(1), s + m.end(1)
                attrs.insert(0, Attribution(b, b + 1, ":", label, a, a + len(label), a, b + 1, "entry"))
    # drop attributions that are comparisons ("than Russia reported") or relative ("which it said")
    keep = []
    for a in attrs:
        st = min(a.np_start, a.span_start)
        pre = text[max(s, st - 24):st].lower()
        if re.search(r"\bthan\s*$", pre) or (
            re.search(r"\bas\s*$", pre) and not re.search(r"\b(?:known|described|identified|named|referred to)\s+as\s*$", pre)
        ):
            continue
        if re.search(r"\bwhich\s*$", pre) and a.np.lower() in _cl.PRONOUNS:
            continue
        # "with 23 people confirmed dead": a participle describing the count, not a speaker
        if a.word.lower() in {"confirmed", "reported", "feared", "believed", "presumed"} and \
                re.match(r"\s*(?:dead|killed|missing|injured|drowned|died|to have)\b", text[a.verb_end:a.verb_end + 20], re.I):
            continue
        keep.append(a)
    # "The town of X recorded 51 degrees ..., the weather office said": a place or a thing that
    # "records" or "reaches" a figure is where it was measured; the speech verb names who says so
    speech = [a for a in keep if a.word.lower() in _SPEECH_WORDS]
    if speech:
        keep = [a for a in keep if a in speech or a.word.lower() not in _MEASURE_VERBS or (
            not _PLACE_NP_RE.match(a.np.strip()) and not _places.is_place(re.sub(r"^the\s+", "", a.np.strip(), flags=re.I)))]
    attrs = keep
    # quantities inside an attribution ("a blogger with 700,000 followers, said") are background
    for h in qty_hits:
        for a in attrs:
            end = a.span_end
            if a.form == "inverted":
                # the speaker's appositive: "said X, a blogger with 700,000 followers."
                m = re.compile(r"\s*,[^,.;:]*").match(text, a.np_end, e)
                if m and not re.search(r"\b(?:said|says|told|added|who|which|that)\b", m.group()):
                    end = m.end()
            if a.span_start <= h.start and h.end <= end:
                if a.form == "inverted" and h.start < a.np_start:
                    continue
                if _OWN_COUNT_CLAUSE.search(text, a.span_start, h.start):
                    continue  # "the Election Watch, which says it had 240 monitors, said": a claim of its own
                h.minor = True
                h.fields["_in_attr"] = True
    # subjects and background figures
    for h in qty_hits:
        words, subj_end, partitive, pronoun = _subject_tokens(text, h.end, e)
        h.fields["_subj_end"] = subj_end
        h.fields["_partitive_num"] = partitive and not pronoun and bool(re.match(r"\s+of\s+(?:the\s+)?(?:\d|[a-z]+\s)", text[h.end:subj_end]) and not words == [])
        h.fields["_pronoun"] = pronoun
        h.fields["_partitive"] = partitive
        group = not words and _GROUP_OF.match(text, h.end)
        if group:
            words = [group.group(1) + ("es" if group.group(1).endswith(("s", "x", "ch", "sh")) else "s")]
        h.fields["subject"] = " ".join(words)
        crowd = words and words[-1] in _CROWD_OR_AUDIENCE and not _AUDIENCE_OF.search(text, max(s, h.start - 40),
                                                                                       h.start)
        if words and words[-1] in BACKGROUND_SUBJECTS and not crowd:
            h.minor = True
        # "the four had been pinned", "the two were later freed": a group counted before, named by its number
        if not words and not h.fields.get("unit") and re.fullmatch(_nu.WORD_NUMBER, h.fields["text"], re.I) and \
                re.search(r"\bthe\s+$", text[max(s, h.start - 5):h.start], re.I) and _GROUP_NAMED.match(text, h.end):
            h.minor = True
    # "two of them", "about 300 more", "the ministry said 63": borrow the subject
    for i, h in enumerate(qty_hits):
        if h.fields["subject"] and not h.fields.get("_pronoun"):
            continue
        named = _WERE_NOUN_RE.match(text, h.end) if not h.fields.get("unit") else None
        if named:
            h.fields["subject"] = named.group(1).lower()
            continue
        # "21 dead, including three children, and 86 injured": the 86 are not children; a part named after
        # "including" lends its noun only to another part
        part = _PART_BEFORE_RE.search(text, max(s, h.start - 30), h.start)
        # nor do bodies lend theirs: "14 bodies have been recovered and 31 are still missing"
        prev = next((q.fields["subject"] for q in reversed(qty_hits[:i]) if q.fields["subject"] and not q.minor
                     and (part or not _PART_BEFORE_RE.search(text, max(s, q.start - 30), q.start))
                     and not re.search(r"\b(?:bod(?:y|ies)|corpses|remains)$", q.fields["subject"])), "")
        if h.fields.get("_pronoun"):
            h.fields["subject"] = prev or _plural_before(text, s, h.start)
        elif h.fields.get("unit") == "%":
            # "240 monitors ... turnout of about 53 per cent": a share is not a count of the noun before it,
            # only another share's ("58 percent of children ..., well below the 95 percent needed")
            h.fields["subject"] = next((q.fields["subject"] for q in reversed(qty_hits[:i]) if q.fields["subject"]
                                        and not q.minor and q.fields.get("unit") == "%"), "") or \
                _subject_before(text, s, h.start)
        else:
            h.fields["subject"] = prev or _subject_before(text, s, h.start)
    # resolve claimants in order of appearance
    resolved: dict[int, Resolved | None] = {}
    for a in attrs:
        r = tracker.resolve(a.np, text[max(0, a.np_start - 2000):a.np_start])
        # not a speaker: "the number of ... said" read across a quotation, an adverb ("have long warned")
        if r is not None and not r.is_person and (
                re.match(r"(?:number|total|toll|figure|count|rest|majority|most|some|all|many|few)\b", r.key)
                or r.key in _ADVERB_KEYS):
            r = None
        resolved[id(a)] = r
    majors = [h for h in qty_hits if not h.minor]
    if len(majors) > 1:
        for h in majors:
            pre = text[max(s, h.start - 8):h.start]
            # "stands at 52", "put the crowd at 30,000": the figure the sentence is about, not a place or label
            stands = re.search(r"\b(?:stands?|stood|standing|put|puts|putting|pegged|placed|estimated|was|is)\s+"
                               r"(?:[\w’'-]+\s+){0,5}?at\s+$", text[max(s, h.start - 60):h.start], re.I)
            # "windows were broken in 1,870 buildings": what happened, then where it happened, is a count
            w0 = max(s, h.start - 50)
            done_in = [w0 + p.start() for p in PRED_RE.finditer(text[w0:h.start])
                       if re.fullmatch(r"\s+(?:in|across|at|on)\s+", text[w0 + p.end():h.start])]
            # ... unless the verb has its count already ("three were killed in 12 villages")
            done_in = done_in and not any(o is not h and not o.minor and done_in[-1] - 30 <= o.start < h.start
                                          for o in qty_hits)
            if re.search(r"\b(?:in|across|from|at|on)\s+$", pre, re.I) and not h.fields.get("unit") and not h.fields.get("qualifier") \
                    and not stands and not done_in and not _homes_of_people(text, max(s, h.start - 60), h):
                gap_pred = _predicate(text, h.start, min(e, h.fields.get("_subj_end", h.end) + 40), h.start, h.fields.get("_subj_end", h.end), False)
                after = text[h.fields.get("_subj_end", h.end):h.fields.get("_subj_end", h.end) + 30]
                if not (gap_pred and _AUX_GAP_RE.match(after[:max(0, PRED_RE.search(after).start())] if PRED_RE.search(after) else "x")):
                    h.minor = True
        majors = [h for h in qty_hits if not h.minor]
    # "two days after the collapse", "three weeks later" say when, not how many
    minors = [h for h in qty_hits if h.minor and not h.fields.get("_in_attr") and not _WHEN_AFTER_RE.match(text, h.end)]
    dates_full = [h for h in date_hits if not h.weekday_only]
    weekday_dates = [h for h in date_hits if h.weekday_only]
    value_spans = sorted((h.start, h.end) for h in majors + dates_full)
    # "ending a meeting that unions said was decided before it began": a speaker inside a relative clause speaks
    # for that clause alone, which starts at its "that"
    relative = {id(a): m.start("rel") for a in attrs if a.form == "pre"
                and (m := _RELATIVE_SPEAKER_RE.search(text, max(0, a.np_start - 40), a.np_start))
                and _FINITE_AFTER_RE.match(text, a.verb_end)}
    clauses = _clauses(text, s, e, value_spans, attrs)
    if relative:
        cuts = sorted({c.start for c in clauses[1:]} | {r for r in relative.values() if s < r < e})
        clauses = [_Clause(a, b, split=True) for a, b in zip([s] + cuts, cuts + [e])]
    # attribution per clause
    clause_attr: list[Attribution | None] = []
    for c in clauses:
        own = [a for a in attrs if c.start <= a.verb_start < c.end and resolved.get(id(a))]
        clause_attr.append(own[0] if own else None)
    quoted_open = bool(re.match(r"^\s*[“\"]", text[s:s + 2]))
    eff: list[tuple[Attribution | None, Resolved | None, bool]] = []  # (attr, resolved, own)
    for i, c in enumerate(clauses):
        a = clause_attr[i]
        if a is not None:
            eff.append((a, resolved[id(a)], True))
            continue
        prev = next((clause_attr[j] for j in range(i - 1, -1, -1) if clause_attr[j] is not None
                     and id(clause_attr[j]) not in relative), None)
        # "X addressed the nation at 7pm, announcing ...": what comes before the gerund is the writer's
        nxt = next((clause_attr[j] for j in range(i + 1, len(clauses))
                    if clause_attr[j] is not None and clause_attr[j].form != "subject"
                    and id(clause_attr[j]) not in relative), None)
        pick = prev or nxt
        if pick is not None:
            eff.append((pick, resolved[id(pick)], False))
        elif last_speaker is not None and (quoted_open or (_HUMAN_TOLL_RE.search(sent) and not _OWN_VOICE_RE.match(sent))):
            # "..., the fire brigade said. Four people were missing.": a toll with no speaker of its own
            # goes on with the last one in its paragraph (as does a quotation opening the next one);
            # times, sums and descriptions of the scene stay in the writer's voice
            eff.append((None, last_speaker, False))
        else:
            eff.append((None, None, False))

    sentence_speaker = next((r for _, r, _o in eff if r is not None), None)

    raw: list[tuple[int, int, str, dict, Attribution | None, Resolved | None, bool, int, int]] = []
    for ci, c in enumerate(clauses):
        at, who, own = eff[ci]
        c_majors = [h for h in majors if c.start <= h.start < c.end]
        c_dates = [h for h in dates_full if c.start <= h.start < c.end]
        c_weekdays = [h for h in weekday_dates if c.start <= h.start < c.end]
        timed = [d for d in c_dates if d.fields.get("time") or d.fields.get("_history")]
        if c_majors:
            # a time of day is its own claim; a plain date dates the counts beside it
            vals = sorted(c_majors + timed, key=lambda h: h.start)
            c_dates = [d for d in c_dates if d not in timed]
            for h in c_majors:
                d = min(c_dates + c_weekdays, key=lambda d: abs(d.start - h.start), default=None)
                if d is not None:
                    for k in ("date", "time", "tz", "utc"):
                        if d.fields.get(k):
                            h.fields[k] = d.fields[k]
        elif c_dates:
            vals = c_dates
        elif [h for h in minors if c.start <= h.start < c.end]:
            # only a background figure ("Ten months into the war"): a low-score claim
            vals = [h for h in minors if c.start <= h.start < c.end][:1]
        else:
            vals = []
        if vals:
            for h in c_majors:
                h.fields["predicate"] = _predicate(text, c.start, c.end, h.start, h.fields.get("_subj_end", h.end), h.fields.get("_partitive_num", False))
                if _WHOLE_OF_RE.search(text[max(c.start, h.start - 24):h.start]):
                    # "shot down 38 of 45 drones": 45 were launched, not shot down
                    projectiles = _PROJECTILE_WORDS.search(h.fields.get("subject", ""))
                    h.fields["predicate"] = "fired" if projectiles else ""
                    h.fields["_whole"] = True
            pieces = _partition(text, c.start, c.end, vals)
            for pi, ((ps, pe), h) in enumerate(zip(pieces, vals)):
                p_at, p_who = at, who
                if h.kind == DATE and at is not None and _ACT_TIME_RE.fullmatch(text, at.verb_end, h.start) \
                        and at.form == "pre" and at.word.lower() in _ACT_VERBS and \
                        _ACT_CONTENT_AFTER.match(text, h.end):
                    # "The ministry announced at 4pm that ...": when it spoke is the writer's report, not its claim
                    p_at, p_who = None, None
                if at is not None and at.form == "pre" and h.start < at.np_start and \
                        (h.kind == DATE or h.fields.get("unit") in _nu.DURATION_UNITS) and \
                        _SUBORDINATE_BEFORE.search(text, max(s, at.np_start - 14), at.np_start):
                    # "closes at 23:59, after the department warned that too few squid were left": the speaker of a
                    # later clause of time or cause does not say when things happened before it, nor how long they
                    # lasted; a speaker before the figure does ("the toll rose to 57 after officials said" is theirs)
                    prior = [o for o in attrs if o.verb_end <= h.start and resolved.get(id(o))]
                    p_at, p_who = (prior[-1], resolved[id(prior[-1])]) if prior else (None, None)
                if pi:
                    # "CSR says 412, RWU says close to 500": a later figure with a speaker of its own
                    mine = [a for a in attrs if ps <= a.verb_start < h.start and resolved.get(id(a))]
                    if mine and mine[0] is not at:
                        p_at, p_who = mine[0], resolved[id(mine[0])]
                raw.append((ps, pe, h.kind, h.fields, p_at, p_who, h.minor and h.kind == QUANTITY, h.start, h.end))
                h.fields["_clause"] = (c.start, c.end)
                h.fields["_hit"] = h
        elif who is not None and (own or (at is None and who is last_speaker and quoted_open)
                                  or _SPEAKER_GOES_ON.match(text, c.start)):
            word = at.word if at is not None else ""
            if at is not None and at.word not in _cl.STATEMENT_VERBS and at.word not in ("according to", ":"):
                continue
            content = _statement_content(text, c.start, c.end, at)
            min_words = 1 if word in {"denied", "denies", "confirmed", "confirms", "rejected"} else 3
            if len(content.split()) < min_words:
                continue
            # the value shows the first fourteen words; a count set at zero is read from all of them
            fields = {"text": " ".join(content.split()[:14]), **(_zero_reading(content, word) or {})}
            raw.append((c.start, c.end, STATEMENT, fields, at, who, False, -1, -1))
    if not raw and minors:
        h = minors[0]
        at, who, _own = eff[0]
        raw.append((s, e, QUANTITY, h.fields, at, who, True, h.start, h.end))
        h.fields["_clause"] = (s, e)
        h.fields["_hit"] = h
    # a list whose last item carries the verb: "Some 14,500 phones, some 2,300 computers and US$ 2.1 million in
    # cash were seized" (each item is seized, not hurt as the next clause's officers are)
    for i in range(len(raw) - 2, -1, -1):
        f, nxt = raw[i][3], raw[i + 1]
        if raw[i][2] != QUANTITY or raw[i][6] or f.get("predicate") or f.get("_whole") or \
                nxt[2] != QUANTITY or nxt[6]:
            continue
        item = _LIST_ITEM_RE.match(text, raw[i][8], nxt[7])
        if nxt[3].get("_listed") and item and \
                re.sub(r"^of\s+", "", item.group("noun").lower()) == f.get("subject", "").lower():
            # an item before another listed one ("40 boats sank, 12 cars and ..." is no list: "sank" is no noun)
            f["predicate"] = f["_listed"] = nxt[3]["_listed"]
        elif nxt[3].get("predicate") and _SHARED_VERB_RE.match(text, nxt[0], nxt[1]):
            f["predicate"] = f["_listed"] = nxt[3]["predicate"]
    prev_pred, prev_end = "", -1
    for i, r in enumerate(raw):
        f = r[3]
        if r[2] == QUANTITY and not r[6] and prev_end >= 0 and r[7] >= 0 and PROPOSITION_BREAK.search(text, prev_end, r[7]):
            prev_pred = ""  # "14 containers had fallen overboard, and that all 24 crew were safe"
        if r[2] == QUANTITY and not r[6]:
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            if not f.get("predicate") and not f.get("_whole") and nxt is not None and nxt[2] == QUANTITY and \
                    nxt[3].get("predicate") and \
                    _SHARED_VERB_RE.match(text, nxt[0], nxt[1]):
                f["predicate"] = nxt[3]["predicate"]  # "38 drones and two missiles were shot down"
            if not f.get("predicate") and prev_pred and not f.get("_whole"):
                # "fired 45 drones and six missiles"; but "three of the five attackers were killed": five is all
                f["predicate"] = prev_pred
            prev_pred = f.get("predicate") or prev_pred
            prev_end = r[8]
    cands = []
    single = len(raw) == 1
    for ps, pe, kind, f, at, who, minor, vs, ve in raw:
        if single:
            qs, qe = _trim(text, s, e, strip_final=False)
            # keep the sentence whole, only dropping stray leading punctuation
            qs, qe = s, e
        else:
            qs, qe = _trim(text, ps, pe, strip_final=True)
            if qe <= qs:
                qs, qe = ps, pe
            elif qe < ve <= pe:
                qe = ve  # "... vomiting around 2 a.m.": the sentence's full stop is the figure's own
        value = _make_value(text, kind, f, vs, ve, s, e)
        attributed = who is not None
        if kind == QUANTITY:
            score = _score_quantity(f, attributed, minor, value.predicate, value.subject)
            if f.get("_ordinal"):
                score = 0.3  # "its fourth general strike": checkable, rarely the point
            elif f.get("_compound"):
                score = min(score, 0.45)  # "an eight-storey building", "a 24-hour strike": a description
        elif kind == DATE:
            hit = f.get("_hit")
            score = 0.3 if (hit is not None and hit.weekday_only) else 0.7
            if f.get("time"):
                score += 0.1
            if re.search(r"\b(?:since|after|before|until)\s*$", text[max(s, vs - 10):vs]):
                score -= 0.25
            if attributed:
                score += 0.05
            score = round(min(1.0, score), 2)
        else:
            content = f.get("text", "")
            score = 0.55
            clause_text = text[ps:pe]
            if "?" in clause_text:
                score = 0.2
            elif _OPINION_RE.search(content):
                score = 0.25
            elif _FUTURE_RE.search(content):
                score = 0.35
            elif re.search(r"\b(?:denied|deny|denies|confirmed|confirms)\b", (at.word if at else "")):
                score = 0.6
        cands.append(_candidate(text, qs, qe, kind, value, score, at, who, vs, ve))
    cands += _age_claims(text, ages, clauses, eff)
    return cands, (sentence_speaker or None)


# the words after an age that say whose it is: "the 23-year-old Tamar Abashidze", "a 34-year-old security guard"
_AGE_TAIL = re.compile(r"(?:\s+[A-Z][\w'’.-]*){1,3}|(?:\s+(?!(?:who|whom|that|which|was|were|is|are|has|had|have|"
                       r"from|of|in|on|at|with|for|and|or|but|to|by|said|says|told)\b)[a-z][a-z-]*(?<!ed)(?<!ing)\b)"
                       r"{1,2}")


def _age_claims(text: str, ages, clauses, eff) -> list[Candidate]:
    """A claim for each person's age, quoted with the words that say whose it is. They stand beside the
    sentence's other claims and never take their place ("Ristović, aged 31, insists there were four seconds
    left"). The age is said by whoever says its clause, but a speaker's own age ("Ristović, aged 31, insists",
    "a 44-year-old doctor from Galway, said") is the writer's description of them."""
    out = []
    for h in ages:
        ci = next((i for i, c in enumerate(clauses) if c.start <= h.start < c.end), None)
        at, who, _own = eff[ci] if ci is not None else (None, None, False)
        if at is not None and at.span_start <= h.start < at.span_end:
            at, who = None, None
        if h.fields["text"].lower().startswith("aged"):
            lead = re.search(r"(?:\b(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,2}[\w'’.-]+,?\s+$",
                             text[max(0, h.start - 60):h.start])
            qs, qe = (h.start - len(lead.group(0)) if lead else h.start), h.end
        elif _nu.BIRTHDAY.match(h.fields["text"]) or re.match(r"(?:died|dies)\b", h.fields["text"], re.I):
            # "Chepsiror turned 27 in January", "Okafor, who turns 60 next week", "Sowande, who died at 104": quoted
            # with who and when
            named = re.search(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s*who)?\s+$",
                              text[max(0, h.start - 60):h.start])
            when = re.match(r"\s+(?:in|on|last|this|next)\s+[A-Z]?[a-z]+\b", text[h.end:])
            qs, qe = h.start - (len(named.group(0)) if named else 0), h.end + (when.end() if when else 0)
        elif h.fields["text"].isdigit():
            # "Dilini, 26": quoted with the name it follows
            named = re.search(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*$", text[max(0, h.start - 60):h.start])
            qs, qe = (h.start - len(named.group(0)) if named else h.start), h.end
        else:
            det = re.search(r"\b(?:the|a|an)\s+$", text[max(0, h.start - 6):h.start], re.I)
            tail = _AGE_TAIL.match(text, h.end)
            qs, qe = h.start - (len(det.group(0)) if det else 0), (tail.end() if tail else h.end)
        value = Value(text=h.fields["text"], low=h.fields["low"], high=h.fields["high"], unit=_nu.AGE_UNIT)
        out.append(_candidate(text, qs, qe, QUANTITY, value, 0.4, at, who, h.start, h.end))
    return out


def _candidate(text: str, qs: int, qe: int, kind: str, value: Value, score: float, at: Attribution | None,
               who: Resolved | None, vs: int, ve: int) -> Candidate:
    """The claim quoted at text[qs:qe], said by `who` (the outlet's own voice when None)."""
    if who is None:
        cl_name, cl_key, cl_text, word, person = OUTLET, OUTLET_KEY, "", "", False
    else:
        cl_name, cl_key, cl_text, person = who.display, who.key, (at.np if at is not None else who.text), who.is_person
        word = at.word if at is not None else ""
    return Candidate(
        start=qs, end=qe, quote=text[qs:qe], kind=kind, claimant=cl_name, claimant_key=cl_key,
        claimant_text=cl_text, attribution=word, value=value, score=score,
        context_before=text[max(0, qs - CONTEXT_CHARS):qs], context_after=text[qe:qe + CONTEXT_CHARS],
        value_start=vs, value_end=ve, claimant_is_person=person,
    )


def _history_hits(sent: str, s: int, published, date_hits, qty_hits):
    """Add the phrases that date a structure's history ("built in 1981", "last inspected in March", "the
    25-year-old line") as dates of their own: each is checkable apart from the counts beside it. One that
    holds a span of time ("18 months without an inspection") replaces the bare duration."""
    for d in _upkeep.find_datings(sent, published):
        a, b = s + d.start, s + d.end
        if any(h.start < b and a < h.end for h in date_hits):
            continue  # "last inspected on March 3": the date found already says it
        inside = [h for h in qty_hits if h.start < b and a < h.end]
        if any((h.fields.get("unit") or "").lower() not in _upkeep.SPAN_UNITS | {_nu.AGE_UNIT} for h in inside):
            continue
        qty_hits = [h for h in qty_hits if h not in inside]
        date_hits = sorted([*date_hits, _nu.Hit(a, b, DATE, {"text": sent[d.start:d.end].strip(), "_history": True})],
                           key=lambda h: h.start)
    return date_hits, qty_hits


_PIECE_BOUNDARY = re.compile(r"(?:,|;|[.!?](?=\s+[A-Z“\"]))\s+(?:and\s+|but\s+|while\s+)?(?:that\s+)?|"
                             r"\s+(?:and|but|while)\s+(?:that\s+)?")


# the verb a time says when of, right before it: "touched down", "began", "was declared"
_TIME_VERB = (r"(?:(?!(?:bed|shed|red|need|speed|seed|feed|breed|hundred)\b)[a-z]{2,}ed|began|begun|came|went|took|"
              r"left|set|met|rose|fell|struck|ran|shut|sank|broke|hit|won|lost|opens|closes|ends|starts|begins|"
              r"arrives|lands)(?:\s+(?:down|up|off|out|in|back|over|away))?")
# ... with its own subject after a word that opens a clause ("... when the plane touched down at 10.40pm")
_VERB_BEFORE_TIME = re.compile(r"\b(?:when|as|while|until|before|after|and)\s+(?:[\w'’-]+\s+){1,8}?"
                               r"(?P<verb>(?:(?:was|were|is|are|had|has|been)\s+)?" + _TIME_VERB + r")\s+$")
# ... or active, right after a thing a measure names ("the 51.5m-beam ship berthed at 09:10"; not "12 people were
# killed at 3pm", whose verb is the count's)
_VERB_RIGHT_BEFORE_TIME = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )\b(?P<verb>" +
                                     _TIME_VERB + r")\s+$")


def _partition(text: str, cs: int, ce: int, hits) -> list[tuple[int, int]]:
    """Share a clause's span among its figures, in order: one (start, end) piece for each hit."""
    hits = sorted(hits, key=lambda h: h.start)
    starts, ends = [cs], []
    for prev, h in zip(hits, hits[1:]):
        # "... collected 14 fragments, and the largest weighs 3.4 kg": the pieces part at the clause
        # boundary between the two figures, which belongs to neither
        bounds = list(_PIECE_BOUNDARY.finditer(text, max(prev.end, starts[-1]), h.start))
        if bounds:
            ends.append(bounds[-1].start())
            starts.append(bounds[-1].end())
            continue
        opened = text.rfind("(", max(prev.end, starts[-1]), h.start)
        if opened >= 0 and ")" not in text[opened:h.start]:
            # "Votes cast: 52,116 (turnout 44.0 per cent)", "52,116 votes were cast (a turnout of 44 per cent)": the
            # bracket holds the next figure, and its words
            ends.append(opened)
            starts.append(opened + 1)
            continue
        c = h.start
        while True:
            m = re.search(r"(?:\b(?:of|the|to|and|or|with|from|another|including|its|their|a|an|on|at|by|in|for|"
                          r"only|just|lasted|lasting|took|taking|spent|there\s+(?:were|was|are|is))\s+|,\s*)$",
                          text[starts[-1]:c], re.I)
            if not m or starts[-1] + m.start() <= starts[-1]:
                break
            c = starts[-1] + m.start()
        if c <= starts[-1]:
            c = h.start
        verb = _VERB_BEFORE_TIME.search(text, max(prev.end, starts[-1]), c) if h.kind == DATE else None
        if verb is None and h.kind == DATE and prev.fields.get("unit"):
            # "the 51.5m-beam ship berthed at 09:10": a measure before names the thing, the verb is the time's
            verb = _VERB_RIGHT_BEFORE_TIME.search(text, max(prev.end, starts[-1]), c)
        if verb:
            c = verb.start("verb")  # "... when the plane touched down at 10.40pm": the time with what happened then
        ends.append(c)
        starts.append(c)
    ends.append(ce)
    return list(zip(starts, ends))


def _make_value(text: str, kind: str, f: dict, vs: int, ve: int, s: int, e: int) -> Value:
    if kind == STATEMENT:
        # a statement that puts a count at zero keeps what it counts, so it meets the figures on that count
        return Value(text=f.get("text", ""), low=f.get("low"), high=f.get("high"), subject=f.get("subject", ""),
                     predicate=f.get("predicate", ""))
    cs, ce = f.get("_clause", (s, e))
    subject = f.get("subject", "")
    predicate = ""
    subj_end = f.get("_subj_end", ve)
    if "predicate" in f:
        predicate = f["predicate"]
    elif kind == QUANTITY:
        predicate = _predicate(text, cs, ce, vs, subj_end, f.get("_partitive_num", False))
    else:
        predicate = _predicate(text, cs, ce, vs, ve, False)
    return Value(
        text=f.get("text", text[vs:ve]),
        qualifier=f.get("qualifier", ""),
        low=f.get("low"),
        high=f.get("high"),
        unit=f.get("unit", ""),
        subject=subject,
        predicate=predicate,
        vague=bool(f.get("vague", False)),
        date=f.get("date", ""),
        time=f.get("time", ""),
        tz=f.get("tz", ""),
        utc=f.get("utc", ""),
    )

