"""Who says it: attribution patterns in news sentences, claimant names and their keys.

Pure. `find_attributions` finds "X said", "..., X said", "..., said X", "according to X",
"X, a senior official, said", "with X confirming", "X had maintained Sunday that";
`Claimants` resolves what was found against what the article said before ("he", "it",
"the ministry", a bare surname) and gives each claimant a display name and a key.

Key rules (`claimant_key`):
- lower-case, articles and possessive "'s" dropped, British spellings made American
  (defence -> defense, organisation -> organization, programme -> program...);
- a country as a modifier becomes its demonym: "Russia's defence ministry", "the defence
  ministry in Moscow", "the Defence Ministry of Russia" -> "russian defense ministry"; a bare
  country stays a country ("russia"), a bare capital used as a speaker becomes its country;
- "ministry of X" -> "X ministry"; a trailing "statement" is dropped ("a defense ministry
  statement" -> "defense ministry"); a spokesperson speaks for the body: "a spokesman for the
  ministry" -> "ministry";
- "the power company Ukrenergo" -> "ukrenergo" (a proper name after a common description);
- persons: "firstname lastname" lower-case without titles or roles ("Kyiv Mayor Vitali
  Klitschko" -> "vitali klitschko"), accents removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import places
from .numbers import CURRENCY_WORDS_RE, WORD_NUMBER

# "reported by nearly one in five patients", "used by 40% of households": the ones counted, not who says so
_COUNTED_BY = re.compile(r"(?:(?:nearly|almost|about|around|roughly|some|more than|over|less than|under|just|only|"
                         rf"up to|at least)\s+)?(?:\d|(?:{WORD_NUMBER})\b)", re.I)

# A live blog's word glued to the next entry ("announcedThe Ministry", "injuredThe cantonal..."): a token of its own
GLUED_WORD = r"[a-z]{4,}(?=[A-Z][a-z])"
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|\d+(?=[A-Z][a-z])|\d{1,3}(?:,\d{3})+(?!\d)|" + GLUED_WORD + r"|[^\W_](?:[\w’'\-]*[^\W_])?|[^\w\s]")  # "07:15Police": a glued time is no part of a name

ATTR_VERBS = {
    "said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "announced",
    "announces", "stated", "states", "wrote", "writes", "tweeted", "tweets", "told", "tells",
    "added", "adds", "confirmed", "confirms", "denied", "denies", "insisted", "insists",
    "estimated", "estimates", "maintained", "maintains", "warned", "warns", "acknowledged",
    "acknowledges", "posted", "noted", "notes", "alleged", "alleges", "admitted", "admits",
    "revealed", "reveals", "declared", "declares", "asserted", "asserts", "argued", "argues",
    "explained", "explains", "disclosed", "predicted", "predicts", "forecast", "forecasts",
    "projected", "projects", "stressed", "emphasised", "emphasized", "countered", "replied",
    "responded", "concluded", "indicated", "repeated", "repeats", "reiterated", "reiterates", "reads",
} | {
    # plural present: "Police confirm three dead", "rescuers report", "officials warn" (also nouns: "the
    # agency's report says", so they never end a speaker's name)
    "confirm", "report", "estimate", "warn", "insist", "deny", "announce", "allege",
    # a forecast is its maker's figure: "an economist at the institute expects no more than $150 million"
    "expects", "expect",
}
_ALSO_NOUNS = {"report", "estimate", "claim", "forecast"}
GERUNDS = {
    "saying", "claiming", "confirming", "reporting", "announcing", "adding", "stating",
    "noting", "insisting", "estimating", "warning", "denying", "acknowledging", "alleging",
    "admitting", "revealing", "declaring", "asserting", "arguing", "explaining", "telling",
}
AMBIGUOUS_VERBS = {"claims", "claim", "report", "estimate", "reports", "states", "estimates", "notes", "projects",
                   "expects", "expect",
                   "forecast", "forecasts", "say", "posted", "projected", "told", "added",
                   "indicated", "noted", "repeated", "repeats", "reads"}
PRONOUNS = {"he", "she", "it", "they", "we", "i"}
STATEMENT_VERBS = ATTR_VERBS | GERUNDS

_STOP_BACK = {
    "that", "which", "who", "whom", "whose", "while", "whereas", "but", "and", "or", "as",
    "because", "when", "after", "before", "if", "though", "although", "since", "where", "so",
    "then", "than", "with", "by", "what", "how", "why", "whether", "not", "also", "to", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "do", "does", "did", "meanwhile", "however",
    "this", "these", "those", "said", "says", "once", "until", "unless", "yet", "nor",
    "there", "here", "just", "even", "still", "already", "however", "instead", "only",
    "without", "despite", "amid", "during", "following", "unlike", "like", "upon", "via",
}
GROUP_NOUNS = {
    "bloggers", "correspondents", "journalists", "officials", "sources", "residents",
    "witnesses", "organizers", "organisers", "protesters", "analysts", "experts", "doctors",
    "rescuers", "troops", "soldiers", "workers", "medics", "researchers", "scientists",
    "investigators", "prosecutors", "lawyers", "forces", "activists", "leaders", "people",
    "media", "users", "critics", "commentators", "observers", "monitors", "volunteers",
}
_SKIP_BEFORE_VERB = {
    "has", "have", "had", "also", "later", "earlier", "previously", "again", "repeatedly",
    "then", "separately", "initially", "originally", "first", "further", "would", "on",
    "late", "early", "last", "night", "morning", "afternoon", "evening", "today", "yesterday",
    "tonight", "recently", "publicly", "officially", "privately", "subsequently", "had",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "reportedly", "there", "here",
    "himself", "herself", "itself", "themselves", "now", "once", "did", "does", "still", "just",
}
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "dawn", "dusk", "nightfall",
              "then", "now", "end", "time", "weekend"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
               "yesterday", "tonight", "on", "late", "early", "last", "this", "earlier", "later", "in"}
_TIMES_OF_DAY = _TIME_WORDS | _DAY_PARTS
# "X, which/who ...," right before a verb: X is the verb's subject
_RELATIVE_BEFORE_RE = re.compile(
    r"((?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.&'’-]*\s+|[a-z]+\s+){0,5}?[\w.&'’-]+),\s+(?:which|who|whose)\b(?:[^,]|(?<=\d),(?=\d))*,\s*$")
_STOP_FWD = {
    "who", "which", "that", "on", "at", "late", "early", "adding", "as", "after", "told",
    "when", "while", "because", "whose", "last", "earlier", "later", "during", "before",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "via", "through", "citing", "and", "but", "said", "says", "with", "where",
    "from", "without", "than", "were", "was", "is", "are", "had", "has", "have", "in",
}
TITLES = {
    "president", "prime", "minister", "mayor", "governor", "gov", "general", "gen", "lt",
    "lieutenant", "colonel", "col", "major", "maj", "captain", "capt", "sergeant", "sgt",
    "admiral", "adm", "chancellor", "senator", "sen", "rep", "representative", "secretary",
    "chief", "commander", "director", "chairman", "chairwoman", "chair", "ceo", "cfo",
    "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "miss", "dr", "prof",
    "professor", "judge", "justice", "pope", "king", "queen", "prince", "princess", "sheikh",
    "ayatollah", "bishop", "rev", "reverend", "father", "sir", "dame", "lord", "lady",
    "ambassador", "envoy", "commissioner", "inspector", "superintendent", "officer", "deputy",
    "vice", "speaker", "leader", "head", "premier", "councillor", "councilor", "coach",
    "marshal", "founder", "chairperson", "executive", "cardinal", "rabbi", "imam", "emir",
    "sultan", "crown", "field", "brigadier", "private", "corporal", "cpl", "pvt", "det",
    "detective", "constable", "sheriff", "attorney", "prosecutor", "manager", "mp", "mep",
    "congressman", "congresswoman", "correspondent", "analyst", "activist", "blogger",
    "spokesmen", "economist", "adviser", "advisor", "aide", "official", "former", "then",
    "acting", "interim", "senior", "first", "state", "foreign", "defence", "defense",
    "interior", "finance", "health", "home", "emergencies", "emergency", "energy", "economy",
    "trade", "education", "agriculture", "transport", "environment", "labour", "labor",
    "vice-president", "ex-president", "presidential", "opposition", "party", "regional",
    "district", "city", "provincial", "county", "local", "military", "army", "police",
    "fire", "rescue", "team", "union", "region", "province",
}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos",
                  "das", "bin", "ibn", "al", "el", "la", "le", "ter", "ten", "mac", "st"}
ORG_WORDS = {
    "ministry", "ministerio", "ministère", "ministério", "department", "office", "police", "army", "forces",
    "force", "military",
    "government", "council", "agency", "service", "services", "committee", "commission",
    "company", "corporation", "group", "bank", "union", "party", "court", "parliament",
    "assembly", "staff", "command", "directorate", "administration", "authority",
    "authorities", "university", "institute", "organization", "organisation", "association",
    "federation", "news", "times", "post", "press", "club", "fund", "foundation", "network",
    "board", "bureau", "center", "centre", "cross", "crescent", "nations", "inc", "corp",
    "ltd", "plc", "llc", "airlines", "airways", "motors", "guard", "guards", "navy", "kremlin",
    "pentagon", "house", "senate", "congress", "cabinet", "secretariat", "embassy",
    "consulate", "mission", "coalition", "alliance", "front", "movement", "brigade",
    "battalion", "regiment", "division", "unit", "hospital", "clinic", "school", "church",
    "media", "agency", "tass", "ria", "reuters", "afp", "bbc", "cnn", "ap", "nato", "un",
    "eu", "who", "imf", "unicef", "unhcr", "icrc", "opec", "observatory", "monitor",
    "watch", "international", "institution", "exchange", "market", "markets", "system",
    "industries", "holdings", "group's", "statement", "channel", "tv", "radio", "newspaper",
    "agency's", "ministry's", "officials", "sources", "residents", "witnesses", "staff",
    "bloggers", "correspondents", "journalists", "organizers", "organisers", "protesters",
    "analysts", "experts", "doctors", "rescuers", "troops", "soldiers", "workers",
    "medics", "researchers", "scientists", "investigators", "prosecutors", "lawyers",
    "survey", "geological", "meteorological", "seismological", "hurricane", "weather",
    "centers", "laboratory", "lab", "commission", "tribunal", "regulator", "inspectorate",
    "corps", "brigades", "militia", "rebels", "government's", "airport", "port", "railways",
    "railway", "police's", "state", "media", "results", "data", "figures", "report",
    "union", "unions", "college", "academy", "society", "trust", "charity", "partnership",
}
_BRIT = {
    "defence": "defense", "organisation": "organization", "organisations": "organizations",
    "programme": "program", "programmes": "programs", "centre": "center", "labour": "labor",
    "offence": "offense", "honour": "honor", "neighbour": "neighbor", "harbour": "harbor",
    "colour": "color", "favour": "favor", "behaviour": "behavior", "rumour": "rumor",
    "organiser": "organizer", "organisers": "organizers", "mobilised": "mobilized",
    "metre": "meter", "theatre": "theater", "licence": "license", "analyse": "analyze",
    "catalogue": "catalog", "tonne": "ton", "tonnes": "tons", "armour": "armor",
    "armoured": "armored", "spokesperson": "spokesperson",
}
_ED_ADJECTIVES = {
    "armed", "united", "allied", "associated", "related", "concerned", "retired", "unnamed",
    "unidentified", "qualified", "advanced", "combined", "limited", "organised", "organized",
    "registered", "listed", "elected", "appointed", "installed", "backed", "based", "led",
    "affiliated", "accredited", "licensed", "certified", "trained", "embedded", "displaced",
    "wounded", "injured", "exiled", "jailed", "detained", "occupied", "disputed", "regulated",
    "sanctioned", "designated", "self-styled", "mobilized", "mobilised", "coordinated",
}
_TO_NOUNS = {"close", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "aide",
             "ambassador", "envoy", "loyal", "linked", "near", "next", "secretary", "assistant",
             "counsellor", "counselor", "representative", "successor", "heir", "party", "witness"}
# a currency's sign or short name before a figure: "$4", "₲2.7 million", "TSh 6,500", "Rs. 500"
_MONEY_SIGN = r"(?:[$€£¥₹₲₡₵₦₱₩₪฿₫₺₽₴৳]|[A-Z]{1,3}\$|(?:Rs|Tk|Gs|K?Sh|TSh)\.?\s?)?"
_FIGURE_VERBS = {"put", "puts", "putting", "placed", "counted", "counts", "recorded", "records",
                 "registered", "tallied", "gave", "gives", "given", "giving", "estimated", "estimates", "listed",
                 "lists", "list", "values", "valued"}
# "Phivolcs downgraded the magnitude to 6.7", "the ministry raised the toll to 40", "the company cut its
# revenue forecast to €17bn", "the survey measured the quake at 6.6": whoever revises or measures a figure
# states it. Only with a figure noun and "to"/"at" after the verb ("cut 3,500 jobs" names no speaker).
_REVISE_VERBS = {"downgraded", "downgrades", "upgraded", "upgrades", "revised", "revises", "raised", "raises",
                 "lowered", "lowers", "cut", "cuts", "trimmed", "lifted", "measured", "measures", "updated",
                 "updates", "increased", "reduced", "adjusted"}
_FIGURE_VERBS = _FIGURE_VERBS | _REVISE_VERBS
# ... and whoever measured a reading: "SMHI measured a sea temperature of 22.4C", "the station measured 41 mm"
_MEASURED_RE = re.compile(r"\s+(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?"
                          r"[-−+]?(?!(?:1[89]|20)\d\d\b)\d")
# "UNHCR appealed for $48 million", "the government has set aside 300 million baht", "the agency asked donors for
# the equivalent of £37m": whoever asks for, pledges or sets aside a sum states it. Only with money after the verb.
_MONEY_VERBS = {"appealed", "appeals", "asked", "asks", "requested", "requests", "pledged", "pledges", "promised",
                "promises", "allocated", "allocates", "earmarked", "earmarks", "budgeted", "set", "sets", "offered",
                "offers", "approved", "approves", "proposed", "proposes", "demanded", "demands", "sought", "seeks"}
_MONEY_AFTER_RE = re.compile(
    r"\s+(?:aside\s+|for\s+|(?:\w+\s+){0,2}?for\s+)?(?:(?:an?\s+)?(?:extra|additional|further|another)\s+)?"
    r"(?:the\s+equivalent\s+of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+|over\s+|more\s+than\s+)?"
    r"(?:(?:US|C|A|R)?[$£€¥₹]\s?\d|(?:Rs\.?|Rp|R\$)\s?\d|\d[\d,.]*\s*(?:million|billion|bn|mn|m|k)?\s*"
    r"(?:" + CURRENCY_WORDS_RE + r")\b|"
    # a side's offer or demand in a pay round: "proposed a rise of 4.5 per cent", "sought a 23 per cent rise"
    r"(?:an?\s+)?(?:(?:[\w-]+\s+)?(?:rise|increase|raise|cut|hike)\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?)?"
    r"\d[\d,.]*\s*(?:%|per\s?cent\b|percent\b))", re.I)
_PUT_AT_RE = re.compile(
    r"\s+(?:(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:figure|number|toll|total|count|"
    r"turnout|tally|estimate|cost|losses|damage|crowd|attendance)\b[^.;]{0,40}?\b(?:at|as)\b|(?:it|them)\s+at\b|"
    # "SUEC now gives 1,604 metres for the depth": a figure given
    r"(?:(?:about|some|around|roughly|nearly|almost|just|only|more\s+than|at\s+least|up\s+to)\s+)?"
    + _MONEY_SIGN + r"\d[\d,.]*\s*(?:[a-z%]+\s+)?(?:for|as)\b)",
    re.I,
)
# "put the agreed fixed fee at closer to 8 million euros", "puts Herat's crop this year at 48 metric tons": after
# "put", any noun phrase, when a figure that is no clock time follows its "at"
_PUT_NP_AT_RE = re.compile(
    r"\s+(?!(?:up|out|down|off|on|forward|in|together|away|back|aside)\b)(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w'’-]+\s+){1,5}?at\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|more\s+than|at\s+least|"
    r"up\s+to|closer\s+to|close\s+to|less\s+than|fewer\s+than|over|under|between)\s+)?" + _MONEY_SIGN +
    r"(?:\d(?![\d,]*(?:[.:]\d\d(?:\b|\s*[ap]\.?m)|\s*(?:[ap]\.?m\b|h\d|o['’]clock|GMT|UTC|hrs\b)))|"
    r"(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))\b(?!\s*(?:[ap]\.?m\b|o['’]clock)))", re.I)
# a participle after what was logged, then where, then the verb of the sentence: "Landings reported to the
# Department total 21,400 tonnes", "Cases recorded in the province so far stand at 310"; not "reported to parliament
# that 40 ..."
_LOGGED_VERBS = {"reported", "recorded", "registered", "logged", "listed", "notified"}
_LOGGED_TO_RE = re.compile(r"\s+(?:to|with|in|at|since|so\s+far|this\s+(?:year|month|week|season))\b"
                           r"(?:(?!\b(?:that|there)\b)[^,.;:\d\"“”])*?\s(?:total|totals|totall?ed|stand|stands|stood|"
                           r"rose|rise|fell|reached|numbered|amount|amounted)\b", re.I)
_PASSIVE_AUX = {"was", "were", "is", "are", "be", "been", "being"}
# "it had given a toll of six", "gave a figure of 40", "gave a higher toll."
_TOLL_OF_RE = re.compile(r"\s+(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:toll|figure|number|count|tally|total|"
                         r"estimate|rating|rate|turnout|percentage)(?:\s+of\b|\s*[.;:]|\s+than\b)",
                         re.I)  # "gave a higher toll.", "its first toll:", "gave a national pass rate of"
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"}
_REVISE_RE = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:figure|number|toll|total|count|"
    r"turnout|tally|estimate|cost|losses|damage|crowd|attendance|magnitude|depth|strength|quake|earthquake|"
    r"tremor|forecast|outlook|guidance|target|rate|share|projection|assessment|reading|speed|level|alert|rating|"
    r"radius|zone)\b[^.;]{0,70}?"
    r"\b(?:at|to|as)\b",
    re.I,
)
_CORPORATE_HEADS = {"company", "firm", "group", "carrier", "airline", "bank", "lender", "retailer",
                    "automaker", "carmaker", "manufacturer", "insurer", "operator", "conglomerate"}
_CORPORATE_RE = re.compile(
    r"\b((?:[A-Z][\w&.\-]*\s+){1,4}(?:Corp|Corporation|Inc|Ltd|Limited|plc|PLC|Group|Co|Company|"
    r"Holdings|AG|SA|NV|LLC|Airlines|Airways|Motors|Bank|Industries|Technologies|Energy|Management|Shipping|Lines|"
    r"Logistics|Mining|Resources|Maritime)\b(?:['’]s)?|"
    # a bank named by its own word first: "Banque Sfaxienne de Crédit", "Banco Andino", "Bank of Valletta"
    r"(?:Bank|Banque|Banco|Banca)\s+(?:(?:of|de|do|di|del|du|für)\s+)?[A-Z][\w\-]*"
    r"(?:\s+(?:(?:of|de|do|di|del|du|des|für)\s+)?[A-Z][\w\-]*){0,3})"
)
# "K-Electric, the city's sole private electricity supplier": a name with a description of its kind;
# "K-Electric's demand record": a possessive name written with a capital inside or a hyphen (a brand)
_UTILITY_HEADS = {"utility", "supplier", "provider", "distributor", "producer", "exporter", "importer"}
# "the charity", "the aid group", "the NGO": a body described by what it is, named once nearby
_NGO_HEADS = {"charity", "ngo", "organisation", "organization", "aid group", "relief group", "broadcaster", "developer"}
_KIND_RE = "|".join(sorted(_CORPORATE_HEADS | _UTILITY_HEADS | _NGO_HEADS | {"giant", "maker", "owner", "builder", "agency"}))
_ORG_NAME = r"([A-Z][\w&.\-]*(?:\s+(?:[A-Z][\w&.\-]*|of|for|and))*\s*[A-Z][\w&.\-]*|[A-Z][\w&.\-]*)"
# "the German charity Sea Watch", "the aid group Blue Harbour"; "a plane operated by Skyline Air"
_KIND_BEFORE_RE = re.compile(r"\b(?i:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?(" + _KIND_RE + r")\s+" + _ORG_NAME)
_OPERATED_BY_RE = re.compile(r"\b(?:operated|run|owned|flown|chartered)\s+by\s+(?:the\s+)?" + _ORG_NAME)
_APPOS_ORG_RE = re.compile(
    r"\b([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}),\s+(?:the|a|an|its|which)\s+(?:[\w'’\-]+\s+){0,6}?"
    r"(?:" + _KIND_RE + r")s?\b(?!\s+(?:said|says|told|tells|added|adds|stated|states|announced|wrote|insists|insisted|"
    r"claimed|claims|confirmed|confirms)\b)")  # "... minus 45 degrees Celsius, the company said": no name
_BRAND_RE = re.compile(r"\b([A-Z][a-z]*-?[A-Z][\w\-]*|[A-Z]+-[A-Z]?[\w\-]+)(?=['’]s\b|\s+(?:said|says|spokes))")
# heads that stand for a company or a group named earlier ("the company said", "the charity says")
_BODY_HEADS = _CORPORATE_HEADS | _UTILITY_HEADS | _NGO_HEADS | {"club", "owner", "manager", "operator"}
# words of public bodies: "the company" never stands for the ministry or the police that spoke before it
_PUBLIC_WORDS = {"ministry", "department", "office", "police", "army", "government", "council", "agency", "service",
                 "bureau", "inspectorate", "prosecutor", "prosecutors", "investigation",
                 "guard", "authority", "authorities", "commission", "committee", "court", "parliament", "navy",
                 "force", "forces", "military", "administration", "municipality", "state", "governor", "mayor",
                 "brigade", "prefecture", "coastguard", "minister", "officials", "directorate"} | GROUP_NOUNS
# nor does "the company" stand for a charity or a union
_NON_PROFIT_WORDS = {"foundation", "charity", "association", "society", "trust", "institute", "union", "federation",
                     "church", "hospital", "university", "cross", "crescent", "ngo", "network", "observatory", "monitor"}
# noun phrases that name no speaker: a negation ("nobody", "no one from the government"), a sum or a count
_NOT_A_SPEAKER = re.compile(r"(?:no|nobody|none|nothing|neither|not|never)\b|[\d$€£¥₱]|[a-z]{1,3}\s?\d[\d,.]*\s*"
                            r"(?:million|billion|thousand|bn|m|k)\b")
_TOLD = {"told", "tells", "tell"}  # ", told Metro TV": who is told follows the verb, never who speaks
# "the trade minister has spoken of $650 million", "the union speaks of 12 million listeners": a figure someone
# names is theirs ("spoke to reporters" names no figure, and "talks of 12 hours" are a meeting)
_SPOKE_OF = {"spoke", "speaks", "speak", "spoken"}
# "a Nusantara Wings flight", "the Skyline Air jet": the airline a flight or an aircraft is named after
_POINTED = {"pointed", "points", "point"}
_FLIGHT_OF_RE = re.compile(r"\b([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+(?:flight|jet|plane|aircraft|airliner|"
                           r"turboprop|Boeing|Airbus|ATR|Embraer|Bombardier)\b")
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative"}
_GENERIC_LEAD = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"}


@dataclass(frozen=True)
class Attribution:
    """An attribution found in a sentence. Offsets are absolute."""

    verb_start: int
    verb_end: int
    word: str  # "said", "according to", "claimed"...
    np: str  # the claimant noun phrase as written (may be a pronoun)
    np_start: int
    np_end: int
    span_start: int  # the whole attribution (noun phrase + verb + appositive)
    span_end: int
    form: str  # "pre", "inverted", "appositive", "according", "headline", "entry" (a live blog's), "gerund",
    # "subject" (a gerund whose speaker is its clause's subject: "X put the toll higher, telling ...")


@dataclass(frozen=True)
class Resolved:
    display: str
    key: str
    text: str  # as written
    is_person: bool


def _tokens(sent: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(sent)]


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


# words in -ing that are nouns, among them trades that name who works in them ("two shipping agents told ...")
_ING_NOUNS = {"building", "thing", "king", "wing", "ring", "spring", "morning", "evening", "meeting", "briefing",
              "ruling", "wedding", "bombing", "shooting", "killing", "uprising", "shipping", "mining", "fishing",
              "banking", "farming", "trading", "housing", "nursing", "engineering", "marketing", "clothing",
              "publishing", "logging", "catering", "manufacturing", "lending", "dredging"}


def _looks_verbal(tok: str) -> bool:
    t = tok.lower()
    if not tok[:1].islower():
        return False
    if "-" in t:
        return False
    if t in ORG_WORDS:
        return False
    if t in _ED_ADJECTIVES:
        return False
    return (t.endswith("ed") and len(t) > 4) or (t.endswith("ing") and len(t) > 5 and t not in _ING_NOUNS)


_PARTICIPLE_PREPS = {"near", "in", "at", "on", "from", "around", "outside", "inside", "with", "for", "by", "to", "into",
                     "over", "under", "across", "along"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "our", "all"}
_NOT_PARTICIPLES = {"including", "according", "during", "following", "regarding", "concerning", "excluding",
                    "saying", "adding", "noting", "citing", "speaking", "using", "being", "having"}


def _doer_before(toks, low, k: int, j: int) -> tuple[int, int]:
    """Where the speaker starts when the noun phrase before the verb is the object of a participle or a
    relative clause: "The hospital treating the students said", "Rescuers searching the rubble said",
    "Residents living near the plant said", "A doctor who treated the victims said" - the hospital, the
    rescuers, the residents and the doctor speak. `k` is where the noun phrase before the verb (at `j`)
    starts; the answer is the speaker's first token and one past its last."""
    m = k - 1
    if m >= 1 and low[m] in _PARTICIPLE_PREPS:
        m -= 1
    elif m >= 0 and k < j and low[k] not in _DETERMINERS and low[k] not in _PARTICIPLE_PREPS:
        return k, j  # "the UN human rights monitoring mission said": a participle naming a kind of mission
    if m < 1 or not _is_word(toks[m][0]) or low[m] in _NOT_PARTICIPLES or not _looks_verbal(toks[m][0]):
        return k, j
    head_end = m - 1 if m >= 2 and low[m - 1] in {"who", "that"} else m
    if not low[m].endswith("ing") and head_end == m:
        return k, j  # "the figures released the ministry": only "-ing" or a relative clause
    h = _np_back(toks, head_end)
    words = low[h:head_end]
    if not words or len(words) > 5 or words[-1] in PRONOUNS or words[-1] in {"the", "a", "an"}:
        return k, j
    if h > 0 and (toks[h - 1][0][0].isdigit() or low[h - 1] in _NUMBER_WORDS):
        return k, j  # "17 schools reporting cases said": a count, not a speaker
    return h, head_end


_INTRO_WORDS = {"on", "in", "at", "by", "after", "late", "early", "earlier", "later", "overnight", "meanwhile",
                "separately", "since", "before", "until", "during"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might",
                "did", "does", "also", "then", "later", "now", "again"}


def _clause_subject(toks, low, comma: int) -> tuple[int, int] | None:
    """The subject of the clause a gerund after `comma` hangs on: "Sheriff Wade Hollis put the toll
    higher, telling reporters ...", "On Sunday, police raised the toll to 12, adding ...". A speaker
    only: a name, a body or a pronoun, followed by its verb."""
    s0 = max((x + 1 for x in range(comma) if toks[x][0] in (";", ":")), default=0)
    if s0 < comma and low[s0] in _INTRO_WORDS:
        s0 = next((x + 1 for x in range(s0, comma) if toks[x][0] == ","), comma)
    b = next((x for x in range(s0, comma) if low[x] in _AUXILIARIES or low[x] in _FIGURE_VERBS or
              low[x] in ATTR_VERBS or _looks_verbal(toks[x][0])), comma)
    if not (s0 < b < comma) or any(not _is_word(t[0]) and t[0] not in ("'", "’") for t in toks[s0:b]):
        return None  # a possessive stays in the subject: "the growers' co-operative"
    words = [t[0] for t in toks[s0:b]]
    if not any(_is_cap(t) or t.lower() in PRONOUNS or t.lower() in ORG_WORDS or t.lower() in _SPOKES for t in words):
        return None
    if len(words) == 1 and low[s0] in _GENERIC_LEAD:
        return None
    return s0, b


def _speaker_of_verb(sent, toks, speaker: tuple[int, int], offset: int, vs: int, ve: int, w: str,
                     form: str) -> Attribution:
    """An attribution whose span is the verb alone: the words between the speaker (tokens speaker[0] to
    speaker[1]) and the verb describe the speaker and may hold figures of their own ("The agency, which
    counted about 18,000, said ...")."""
    np_s, np_e = toks[speaker[0]][1], toks[speaker[1] - 1][2]
    return Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset, np_e + offset, vs + offset,
                       ve + offset, form)


def _clock_colon(toks, x: int) -> bool:
    """Whether the colon at token x is a clock's ("at 18:00"), no clause boundary."""
    return (toks[x][0] == ":" and 0 < x < len(toks) - 1 and toks[x - 1][0].isdigit() and toks[x + 1][0].isdigit()
            and toks[x - 1][2] == toks[x][1] and toks[x][2] == toks[x + 1][1])


def _relative_subject(toks, low, comma: int) -> tuple[int, int] | None:
    """The speaker a relative clause ending at `comma` describes: "Mina Garbuja, 42, who lost her mother,
    said", "The union, which represents 4,000 drivers, said". A name or a body only."""
    x = comma - 1
    while x > 0 and low[x] not in {"who", "which"} and (toks[x][0] not in {".", ";", ":", "(", ")"}
                                                        or _clock_colon(toks, x)) and (
            toks[x][0] != "," or toks[x - 1][0][-1:].isdigit() and toks[x + 1][0][:1].isdigit()
            and toks[x - 1][2] == toks[x][1] == toks[x + 1][1] - 1):
        x -= 1  # a thousands comma ("4,000 drivers") is no end of the clause
    if not (x > 1 and low[x] in {"who", "which"} and toks[x - 1][0] == ","):
        return None
    end = x - 1
    if end >= 2 and toks[end - 1][0][0].isdigit() and toks[end - 2][0] == ",":
        end -= 2  # "Mina Garbuja, 42, who ...": an age between the name and its clause
    k = _np_back(toks, end)
    words = [t[0] for t in toks[k:end]]
    if not words or not any(_is_cap(t) or t.lower() in ORG_WORDS for t in words):
        return None
    return k, end


def _and_in_name(toks, k: int) -> bool:
    """Whether the "and" at token k joins two halves of one body's name: "the National Disaster Risk
    Reduction and Management Council", "the Garment and Industrial Workers Federation" - capitalised words
    either side running, after it, into a capitalised organisation word. "Russia and Ukraine" is two."""
    if not (0 < k < len(toks) - 1 and _is_cap(toks[k - 1][0]) and _is_cap(toks[k + 1][0])):
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        word = toks[m][0]
        if not (_is_word(word) and _is_cap(word)):
            break
        if word.lower() in ORG_WORDS:
            return True
    # "the Ministry of Science and Technology", "the Department of Fisheries and Oceans": a body's name whose
    # organisation word comes first, its "of" then joining two capitalised fields
    m = k - 1
    while m > 0 and _is_word(toks[m][0]) and _is_cap(toks[m][0]) and toks[m][0].lower() not in ORG_WORDS:
        m -= 1
    after = k + 1
    while after < len(toks) and _is_word(toks[after][0]) and _is_cap(toks[after][0]):
        after += 1
    fields = [t[0] for t in toks[k + 1:after]]
    # ... but not a second body, a place or an acronym after "and" ("the Ministry of Defence and Ukraine", "the
    # Department of Justice and FBI")
    if not fields or any(f.isupper() or f.lower() in ORG_WORDS or places.is_place(f) for f in fields):
        return False
    return m >= 1 and k - m <= 3 and len(fields) <= 2 and toks[m][0].lower() in {"of", "for"} and \
        toks[m - 1][0].lower() in ORG_WORDS and _is_cap(toks[m - 1][0])


_JOINING = {"of", "for", "in", "at", "on", "from", "to", "and", "with", "by", "near", "close", "inside", "outside"}


# a speaker's age in the words that name them ("the 78-year-old abbot"): part of the description, not of the name
_AGE_WORD = re.compile(r"\b\d{1,3}-years?-old\b", re.I)
_AGE_BEFORE_NAME = re.compile(_AGE_WORD.pattern + r"\s+", re.I)


_SPOKE = {"said", "say", "says", "told", "tell", "tells", "warned", "insisted", "added", "explained"}


def _np_back(toks, i: int) -> int:
    """Index of the first token of the noun phrase that ends at token i-1 (i if empty)."""
    j = i
    while j > 0 and i - j < 12:
        t = toks[j - 1][0]
        tl = t.lower()
        if tl in _ALSO_NOUNS and j == i:
            j -= 1  # "the agency's morning report says": the noun the verb follows
            continue
        if tl == "and" and _and_in_name(toks, j - 1):
            j -= 1
            continue
        if t in ("'", "’") and j >= 2 and toks[j - 2][2] == toks[j - 1][1] and toks[j - 2][0].lower().endswith("s"):
            j -= 1  # "the doctors' union said": a plural's possessive is part of the name
            continue
        if not _is_word(t):
            if t == "." and j >= 2 and toks[j - 2][0].lower() in {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "maj", "adm", "st", "rev"}:
                j -= 1
                continue
            break
        if tl == "to" and j >= 2 and toks[j - 2][0].lower() in _TO_NOUNS:
            j -= 1
            continue
        if tl in _STOP_BACK or tl in ATTR_VERBS or tl in GERUNDS:
            break
        if j < i and toks[j - 1][2] == toks[j][1] and _is_word(toks[j][0]) and _is_word(t):
            break  # "Three deadPolice confirm": the heading glued before the name is no part of it
        if tl in {"the", "a", "an"} and t[0].islower() and j >= 2 and _is_word(toks[j - 2][0]) and \
                toks[j - 2][0].lower() not in _JOINING:
            j -= 1  # a noun phrase starts at its article: "By the afternoon the coast guard said"
            break
        if t[0].isdigit() and not _AGE_WORD.fullmatch(t):
            break  # but "the 78-year-old abbot said": an age is part of the speaker's description
        if _looks_verbal(t):
            break
        if tl.endswith("ly") and t[0].islower() and tl not in {"family", "italy", "assembly", "july", "ally", "rally", "supply"}:
            break
        j -= 1
    # do not start with a preposition left dangling
    while j < i and toks[j][0].lower() in {"of", "in", "for", "at", "on", "from"}:
        j += 1
    return j


def _np_fwd(toks, i: int, limit: int = 14) -> int:
    """Index one past the last token of the noun phrase that starts at token i."""
    j = i
    while j < len(toks) and j - i < limit:
        t = toks[j][0]
        tl = t.lower()
        if not _is_word(t):
            if t == "." and j > i and toks[j - 1][0].lower() in {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "maj", "adm", "st", "rev"}:
                j += 1
                continue
            break
        if tl in ("in",) and j + 1 < len(toks) and _is_cap(toks[j + 1][0]) and j > i:
            j += 1
            continue
        if tl == "and" and j > i and _and_in_name(toks, j):
            j += 1
            continue
        if tl in _STOP_FWD and j > i:
            break
        if tl in ATTR_VERBS and j > i:
            break
        if t[0].isdigit():
            break
        if _looks_verbal(t) and j > i and tl not in {"named", "called"} and not (j > i and toks[j - 1][0].lower() in {"as"}):
            break
        j += 1
    return j


def _is_name_run(words: list[str]) -> bool:
    if not (1 <= len(words) <= 5):
        return False
    if not _is_cap(words[0]) or not _is_cap(words[-1]):
        return False
    for w in words:
        wl = w.lower()
        if wl in NAME_PARTICLES:
            continue
        if not _is_cap(w):
            return False
        if wl in ORG_WORDS or wl in TITLES:
            return False
        if places.is_place(wl.replace("’s", "").replace("'s", "")):
            return False
    return True


# words that end the names of firms and clubs rather than of people: "Harlow Ferries", "Nordhavn Container Lines"
# the nouns a state's name is made with: "the Kyrgyz Republic", "the Kingdom of Tonga"
_STATE_NOUNS = {"republic", "kingdom", "emirate", "federation", "commonwealth"}
_FIRM_WORDS = {
    "ferries", "ferry", "shipping", "lines", "line", "container", "containers", "gold", "mining", "mines", "mobile",
    "energy", "power", "gas", "oil", "petroleum", "air", "aviation", "rail", "water", "telecom", "telecoms",
    "networks", "chemicals", "chemical", "steel", "foods", "logistics", "construction", "properties", "property",
    "management", "partners", "insurance", "systems", "technologies", "tech", "pharma", "pharmaceuticals", "electric",
    "grid", "resources", "capital", "hotels", "resorts", "developers", "development", "estates", "transport", "transit",
    "express", "cargo", "freight", "stores", "supermarkets", "retail", "mills", "textiles", "garments", "cement",
    "rovers", "united", "athletic", "fc", "wanderers", "residential", "utilities", "solutions", "enterprises",
    "analytics", "consulting", "consultants", "advisory", "advisers", "advisors", "associates", "holdings", "ventures",
    "industries", "motors", "automobiles", "airlines", "airways", "media", "research", "insights", "intelligence",
    "markets", "securities", "labs", "laboratories", "therapeutics", "biotech", "software", "data", "digital",
    "communications", "services", "brands", "trading", "exports", "imports", "finance", "investments", "bank",
} | _STATE_NOUNS  # a state's name is no person's: "the Kyrgyz Republic", "the Federal Republic"
_ABBR_PAREN_RE = re.compile(r"(?<=[A-Za-z])\s*\((?:[A-Z][A-Za-z&\-]{1,9})\)(?=\s*(?:,|[a-z]))")


_DOC_MODIFIERS = {"the", "a", "an", "official", "new", "latest", "provisional", "preliminary", "final", "initial",
                  "updated", "revised", "its", "their"}
_DOCUMENT_NOUNS = {"figures", "figure", "data", "results", "statistics", "numbers", "estimates", "estimate", "tally",
                   "count", "records", "documents", "statement", "report", "tallies", "counts", "reports", "statements",
                   "readings", "measurements"}


def _told_by_a_speaker(low: list[str]) -> bool:
    """Whether a sentence, as lower-case tokens, names who tells it ("..., the budget department said", "according
    to ..."), so a verb of setting aside or of measuring does not name the claimant."""
    return "according" in low or any(x in ATTR_VERBS or x in GERUNDS for x in low)


def find_attributions(sent: str, offset: int = 0) -> list[Attribution]:
    """Attributions in one sentence, leftmost first.

    A bracketed abbreviation after a name ("the National Disaster Agency (NDA) said") is an alias of
    the name, not a word between the speaker and the verb: it is read as blank space."""
    toks = _tokens(_ABBR_PAREN_RE.sub(lambda m: " " * len(m.group()), sent))
    out: list[Attribution] = []
    n = len(toks)
    low = [t[0].lower() for t in toks]
    used_verbs = set()
    # "according to X"
    for i in range(n - 1):
        if low[i] == "according" and low[i + 1] == "to":
            a = i + 2
            b = _np_fwd(toks, a)
            if b <= a:
                continue
            # "according to figures posted by the electoral commission", "according to data from the ministry":
            # the body behind the document speaks
            if low[b - 1] in _DOCUMENT_NOUNS and all(w in _DOC_MODIFIERS or w in _DOCUMENT_NOUNS for w in low[a:b]):
                k = b + (1 if b < n and low[b].endswith("ed") and low[b] not in ("by",) else 0)
                if k < n and low[k] in ("by", "from", "of") and k + 1 < n:
                    b2 = _np_fwd(toks, k + 1)
                    if b2 > k + 1:
                        a, b = k + 1, b2
            np_s, np_e = toks[a][1], toks[b - 1][2]
            span_e = np_e
            # "according to the governor of X region, Dmitry Azarov,"
            if b + 1 < n and toks[b][0] == ",":
                c = b + 1
                d = c
                while d < n and (_is_cap(toks[d][0]) or low[d] in NAME_PARTICLES) and _is_word(toks[d][0]):
                    d += 1
                if d > c + 1 and (d == n or toks[d][0] in ",.;") and _is_name_run([t[0] for t in toks[c:d]]):
                    np_s, np_e = toks[c][1], toks[d - 1][2]
                    span_e = np_e
            out.append(Attribution(toks[i][1] + offset, toks[i + 1][2] + offset, "according to",
                                   sent[np_s:np_e], np_s + offset, np_e + offset,
                                   toks[i][1] + offset, span_e + offset, "according"))
    # "140 per Tessora, more than 200 per the union": a digest's shorthand for "according to"
    for i in range(n - 1):
        if low[i] != "per" or not (i > 0 and (toks[i - 1][0][0].isdigit() or low[i - 1] in _NUMBER_WORDS)):
            continue
        a = i + 1
        b = _np_fwd(toks, a, limit=6)
        words = [t[0] for t in toks[a:b]]
        if b <= a or not (_is_cap(words[0]) or (words[0].lower() in {"the", "its"} and any(
                w.lower() in ORG_WORDS or _is_cap(w) for w in words[1:]))):
            continue
        np_s, np_e = toks[a][1], toks[b - 1][2]
        out.append(Attribution(toks[i][1] + offset, toks[i][2] + offset, "according to", sent[np_s:np_e],
                               np_s + offset, np_e + offset, toks[i][1] + offset, np_e + offset, "according"))
    for i in range(n):
        w = low[i]
        if w in _FIGURE_VERBS and toks[i][0][0].islower():
            # "the union put the figure at some 80,000", "police counted 12,000 marchers"; "the counted forms",
            # "its recorded figure": a participle used as an adjective has no speaker
            if i > 0 and low[i - 1] in _DETERMINERS:
                continue
            rest = sent[toks[i][2]:toks[i][2] + 80]
            if w in {"put", "puts", "putting", "placed", "gave", "gives", "given", "giving", "values",
                     "valued"} and not (
                    _PUT_AT_RE.match(rest) or (w.startswith(("put", "plac", "valu")) and _PUT_NP_AT_RE.match(rest)) or
                    (_REVISE_RE.match(rest) and re.match(r"[^.;]{0,60}?\bat\b", rest))
                    or (w.startswith("giv") or w.startswith("gave")) and _TOLL_OF_RE.match(rest)):
                continue
            if w in _REVISE_VERBS and not (
                    _REVISE_RE.match(rest) or re.match(r"\s+(?:it|them)\s+at\b", rest) or
                    w.startswith("measure") and _MEASURED_RE.match(rest) and not _told_by_a_speaker(low)):
                continue  # "the survey measured it at 5.4" names its speaker; "cut 3,500 jobs" none
        elif w in _MONEY_VERBS and toks[i][0][0].islower():
            if (i > 0 and low[i - 1] in _DETERMINERS) or not _MONEY_AFTER_RE.match(sent[toks[i][2]:toks[i][2] + 80]) \
                    or _told_by_a_speaker(low):
                continue  # "The government has set aside 500 million pesos, the budget department said": who said
        elif w in {"expects", "expect"} and "according to" in sent.lower():
            continue  # "The company expects ..., according to its founder": the founder says so
        elif w in _SPOKE_OF:
            if low[i + 1:i + 2] != ["of"] or toks[i][0][0].isupper():
                continue
        elif w in _POINTED:
            if low[i + 1:i + 2] != ["out"] or toks[i][0][0].isupper():
                continue  # "she pointed out that ...", "critics point out"; not "pointed to the map"
        elif w not in ATTR_VERBS and w not in GERUNDS:
            continue
        if not toks[i][0][0].islower() and i > 0:
            continue
        gerund = w in GERUNDS
        vs, ve = toks[i][1], toks[i][2]
        if i + 1 < n and toks[i + 1][1] == ve and _is_cap(toks[i + 1][0]) and _is_word(toks[i + 1][0]):
            continue  # "Compensation announcedThe ministry says": the verb ends a heading glued to the entry
        if w in _LOGGED_VERBS and _LOGGED_TO_RE.match(sent, ve) and not (i > 0 and low[i - 1] in _PASSIVE_AUX):
            continue  # "Landings reported to the Department total 21,400 tonnes": what was reported, no speaker
        nxt = low[i + 1] if i + 1 < n else ""
        # passive "reported by X": X is the claimant, unless X is counted ("reported by 12% of patients")
        if nxt == "by" and not gerund:
            a = i + 2
            b = _np_fwd(toks, a)
            if b > a and (i == 0 or low[i - 1] in {"was", "were", "is", "are", "been", "as"}) and \
                    not _COUNTED_BY.match(sent, toks[a][1]) and \
                    low[a] not in _TIMES_OF_DAY and not (low[a] == "the" and a + 1 < n and low[a + 1] in _DAY_PARTS):
                # "admitted by Wednesday afternoon", "reported by late evening": a time, not who
                np_s, np_e = toks[a][1], toks[b - 1][2]
                out.append(Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset,
                                       np_e + offset, vs + offset, np_e + offset, "inverted"))
            continue
        if w in AMBIGUOUS_VERBS and (nxt in {"were", "was", "are", "is", "of", "have", "has", "had", "by", "on", "about", "to", "from"}
                                     or nxt in ATTR_VERBS) and not (
                w in {"say", "says"} and nxt == "about" and i + 2 < n and
                (toks[i + 2][0][0].isdigit() or low[i + 2] in _NUMBER_WORDS)):
            continue  # "the agency's report says": a noun before the verb ("Police say about 300 joined" is said)
        if w in {"admitted", "admits"} and (nxt in {",", ".", ";", "with", "overnight", "since", "and", "at", "after", "into"}
                                            or (nxt == "to" and low[i + 2:i + 3] not in (["having"], ["being"], ["making"]))):
            continue  # "the 127 students admitted, 96 ...", "admitted to hospital": a patient, not a speaker
        # skip adverbs and time words between the noun phrase and the verb
        j = i
        while j > 0 and (low[j - 1] in _SKIP_BEFORE_VERB or (low[j - 1].endswith("ly") and toks[j - 1][0][0].islower() and len(low[j - 1]) > 4)):
            j -= 1
        prev = toks[j - 1][0] if j > 0 else ""
        # inverted: `..., said X` / `"...," said X`
        if not gerund and w in ATTR_VERBS and w not in _TOLD and prev in {",", "”", '"', "’", "'"} or (not gerund and j == 0 and i + 1 < n and _is_cap(toks[i + 1][0]) and False):
            quoted = prev in {"”", '"', "’", "'"} or (j >= 2 and toks[j - 2][0] in {"”", '"'})
            a = i + 1
            b = _np_fwd(toks, a)
            if not quoted and (a >= n or low[a] in _TIME_WORDS):
                # "The union, which had warned Tuesday that ..., said Wednesday that ...": a time word
                # after the verb is no speaker; the speaker is the noun phrase the relative clause
                # (", which ...,") hangs on
                rel = _RELATIVE_BEFORE_RE.search(sent[:toks[j - 1][1] + 1])
                if rel:
                    np_s, np_e = rel.start(1), rel.end(1)
                    out.append(Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset,
                                           np_e + offset, vs + offset, ve + offset, "pre"))
                    used_verbs.add(i)
                    continue
                if a < n and low[a] in _TIME_WORDS - {"on", "in", "late", "early", "last", "this"}:
                    b = a  # "..., said Wednesday that": never "Wednesday" as the speaker; one may stand before
            if b > a and (quoted or _is_cap(toks[a][0]) or low[a] in {"a", "an", "the", "his", "her", "their", "its", "one"}):
                # appositive check first when not quoted: "Bezsonov, an official, said the..."
                if not quoted:
                    app = _appositive(sent, toks, j - 1, offset, vs, ve, w)
                    if app is not None:
                        out.append(app)
                        used_verbs.add(i)
                        continue
                    rel = _relative_subject(toks, low, j - 1) if j >= 1 and toks[j - 1][0] == "," else None
                    if rel is not None:
                        # "Amal Haddad, 37, who lost her home, said the water rose": the speaker comes first
                        out.append(_speaker_of_verb(sent, toks, rel, offset, vs, ve, w, "pre"))
                        used_verbs.add(i)
                        continue
                np_s, np_e = toks[a][1], toks[b - 1][2]
                span_s = vs
                out.append(Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset,
                                       np_e + offset, span_s + offset, np_e + offset, "inverted"))
                used_verbs.add(i)
                continue
        if prev == ",":
            app = _appositive(sent, toks, j - 1, offset, vs, ve, w)
            if app is not None:
                out.append(app)
                used_verbs.add(i)
                continue
            rel = None if gerund else _relative_subject(toks, low, j - 1)
            if rel is None and not gerund and 2 <= j - 1 <= 5 and _is_name_run([t[0] for t in toks[:j - 1]]):
                rel = (0, j - 1)  # "Bolanle Ogunsanya, told Metro TV": a name left alone by a title's full stop
            if rel is not None:
                out.append(_speaker_of_verb(sent, toks, rel, offset, vs, ve, w, "pre"))
                used_verbs.add(i)
                continue
            if gerund and not any(a.verb_start < vs + offset for a in out):
                subj = _clause_subject(toks, low, j - 1)
                if subj is not None:
                    out.append(_speaker_of_verb(sent, toks, subj, offset, vs, ve, w, "subject"))
                    used_verbs.add(i)
                    continue
        if not gerund and w in _SPOKE and j >= 2 and low[j - 1] == "and":
            # "The co-operative has some 400 members ..., and says pickers earn about $5 a day": the sentence's
            # subject says it
            subj = _clause_subject(toks, low, j - 1)
            if subj is not None:
                out.append(_speaker_of_verb(sent, toks, subj, offset, vs, ve, w, "subject"))
                used_verbs.add(i)
            continue
        k = _np_back(toks, j)
        if k >= j:
            continue
        if low[j - 1] in PRONOUNS:
            k = j - 1  # "Later on Friday he said"
        end = j
        if low[j - 1] not in PRONOUNS:
            k, end = _doer_before(toks, low, k, j)
        np_tokens = [t[0] for t in toks[k:end]]
        if len(np_tokens) == 1 and np_tokens[0].lower() in {"the", "a", "an"}:
            continue
        if w in AMBIGUOUS_VERBS or gerund or w in _FIGURE_VERBS:
            if not any(_is_cap(t) or t.lower() in PRONOUNS or t.lower() in ORG_WORDS or t.lower() in _SPOKES
                       for t in np_tokens):
                continue
        if all(t.lower() in {"the", "a", "an", "some", "many", "others", "other", "one", "all"} for t in np_tokens):
            continue
        if k > 0 and (toks[k - 1][0][0].isdigit() or low[k - 1] in _NUMBER_WORDS) and not _is_cap(np_tokens[0]):
            # "at least 17 schools have reported outbreaks": what is counted, not who speaks; but "the 4,000
            # residents Mayor Eva Lindqvist said": the name after the counted noun
            caps = [x for x in range(k, end) if _is_cap(toks[x][0])]
            if caps:
                k = caps[0]
            elif w in _SPOKE and low[k - 1] in _NUMBER_WORDS and k - 1 == 0:
                k -= 1  # "Two shipping agents told Meridian that ...": a number of people who spoke
            else:
                continue
            np_tokens = [t[0] for t in toks[k:end]]
        np_s, np_e = toks[k][1], toks[end - 1][2]
        span_e = ve
        if w in {"told", "tells", "tell", "telling"} and i + 1 < n:
            # "told reporters", "told a local radio station": the audience is part of the attribution
            b = _np_fwd(toks, i + 1, limit=8)
            if b > i + 1:
                span_e = toks[b - 1][2]
        out.append(Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset, np_e + offset,
                               np_s + offset, span_e + offset, "gerund" if gerund else "pre"))
        used_verbs.add(i)
    out += _possessive_attributions(sent, toks, offset, out)
    out += _record_attributions(sent, offset, out)
    out += _counted_by_attributions(sent, offset, out)
    # a verb inside a quotation is part of what is quoted ("Nobody told us to leave," she said): the
    # speaker of a quotation stands outside it
    quoted = _quoted_spans(sent)
    out = [a for a in out if not any(qs <= a.verb_start - offset < qe for qs, qe in quoted)]
    # "..., whatever police say", "no matter what the company says": a concession names no one's figure
    out = [a for a in out if not _CONCEDED.search(sent, 0, max(0, min(a.np_start, a.verb_start) - offset)) and
           not _CONCEDED_NP.match(a.np)]
    out.sort(key=lambda a: a.verb_start)
    return out


_CONCESSION = r"(?:whatever|no matter what|regardless of what)"
_CONCEDED = re.compile(r"\b" + _CONCESSION + r"\s+(?:the\s+)?$", re.I)
_CONCEDED_NP = re.compile(_CONCESSION + r"\b", re.I)


_OPENING_QUOTES = "“„«"  # the other marks close, but for the straight quote, which may do either


def _quoted_spans(sent: str) -> list[tuple[int, int]]:
    """The stretches of a sentence inside quotation marks. A straight quote opens when a word follows it
    and closes when one precedes it; a quotation open at the sentence's end runs to its end, one closed
    with no opening mark began before the sentence."""
    spans: list[tuple[int, int]] = []
    start = None
    for m in re.finditer(r'[“”„«»"]', sent):
        ch, at = m.group(), m.start()
        if ch == '"':
            before, after = sent[at - 1:at], sent[at + 1:at + 2]
            # '"We', ' "We', '."Whole' (a quotation glued to the sentence before it) open; 'gone," she' closes
            opening = after.strip() != "" and (not before or before.isspace() or before in "([:—–-" or (
                before in ".!?" and after.isupper()))
        else:
            opening = ch in _OPENING_QUOTES
        if opening:
            if start is None:
                start = at
        elif start is not None:
            spans.append((start, at + 1))
            start = None
        elif not spans:
            spans.append((0, at + 1))
    if start is not None:
        spans.append((start, len(sent)))
    return spans


_FIGURE_NOUNS = {"toll", "figure", "figures", "count", "estimate", "estimates", "tally", "total", "number", "numbers",
                 "data", "statistics", "count's"}
_FIGURE_NOUN_MODIFIERS = {"latest", "own", "official", "updated", "revised", "new", "preliminary", "final", "death",
                          "casualty", "initial", "first", "earlier", "last", "current"}


def _possessive_attributions(sent: str, toks, offset: int, found: list[Attribution]) -> list[Attribution]:
    """"The Interior Ministry's toll stands at 21", "the UN's latest estimate of 400": the body whose figure
    it is states it. Only a capitalised name or an organisation word before the possessive, and a
    figure after it in the same clause."""
    out = []
    low = [t[0].lower() for t in toks]
    for i, (tok, ts, te) in enumerate(toks):
        if not tok.endswith(("'s", "’s")) or len(tok) < 4:
            continue
        j = i + 1
        while j < len(toks) and low[j] in _FIGURE_NOUN_MODIFIERS and j - i <= 2:
            j += 1
        if j >= len(toks) or low[j] not in _FIGURE_NOUNS:
            continue
        clause = re.split(r"[;.]", sent[toks[j][2]:toks[j][2] + 80], maxsplit=1)[0]
        if not re.search(r"\d|\b(?:dozens|hundreds|thousands|scores)\b", clause):
            continue
        k = _np_back(toks, i)
        words = [t[0] for t in toks[k:i]] + [tok[:-2]]
        if not (_is_cap(tok) or any(w.lower() in ORG_WORDS for w in words)):
            continue
        np_s, np_e = toks[k][1] if k < i else ts, te - 2
        if any(a.np_start <= np_s + offset < a.span_end for a in found):
            continue
        out.append(Attribution(toks[j][1] + offset, toks[j][2] + offset, "'s " + low[j], sent[np_s:np_e],
                               np_s + offset, np_e + offset, np_s + offset, toks[j][2] + offset, "possessive"))
    return out


# a body's records that show a figure speak for the body: "HOSE data showed 14.2 million shares changed hands", "The
# State Securities Commission's website shows the licence was issued on 19 June", "police records show", "figures from
# the ministry show"
_RECORD_MODIFIERS = r"official|latest|own|trading|published|provisional|preliminary|daily|new|government"
_RECORDS = r"(?i:(?:(?:" + _RECORD_MODIFIERS + r")\s+)?(?:data|figures|records|statistics|website|web\s+site|" \
           r"filings?|register|logs?|database|tallies))"
_BODY_NP = r"(?:[Tt]he\s+)?(?:[A-Z][\w&.\-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w&.\-]*"
_SHOW = r"\s+(?:showed|shows|show|indicated|indicate|indicates)\b"
# "the official figures show": records that name no body
_NO_BODY_RE = re.compile(r"(?i:(?:the\s+)?(?:" + _RECORD_MODIFIERS + r"|data|figures|records|statistics))")
_RECORDS_OF_RE = re.compile(r"(?:^|(?<=\s))(?P<np>" + _BODY_NP + r"|police|[a-z]+\s+ministry)(?:['’]s)?\s+" + _RECORDS
                            + _SHOW)
_RECORDS_FROM_RE = re.compile(r"\b" + _RECORDS + r"\s+(?:from|published\s+by|released\s+by|kept\s+by)\s+"
                              r"(?P<np>" + _BODY_NP + r"|(?:the\s+)?(?:police|[a-z]+\s+ministry))" + _SHOW)


def _record_attributions(sent: str, offset: int, found: list[Attribution]) -> list[Attribution]:
    """Records, data or a website that show a figure: the body they belong to states it."""
    out = []
    for rx in (_RECORDS_OF_RE, _RECORDS_FROM_RE):
        for m in rx.finditer(sent):
            np_s, np_e = m.span("np")
            if _NO_BODY_RE.fullmatch(m.group("np")):
                continue
            if any(a.np_start <= np_s + offset < a.span_end or a.verb_start - offset in range(np_s, m.end())
                   for a in found):
                continue
            vs = m.end() - len(m.group().split()[-1])
            out.append(Attribution(vs + offset, m.end() + offset, m.group().split()[-1], sent[np_s:np_e],
                                   np_s + offset, np_e + offset, np_s + offset, m.end() + offset, "pre"))
    return out


# a figure told "by" someone's count: "has cost $1.6 billion by the opposition's count", "by police count", "by its
# own reckoning", "by the count of the researchers who track such things"; not "by some counts", "by any measure"
_COUNT_NOUNS = r"(?:count|counts|estimates?|tally|reckoning|calculations?|figures?)"
_COUNTED_BY_RE = re.compile(
    r"\b[Bb]y\s+(?:(?P<np>(?:the\s+)?(?:[A-Z][\w&.\-]*\s+){0,4}[\w&.\-]+?)['’]s?|(?P<pro>its|their|his|her|our))\s+"
    r"(?:own\s+|latest\s+|official\s+|initial\s+|first\s+|revised\s+|new\s+)*" + _COUNT_NOUNS + r"\b|"
    r"\b[Bb]y\s+(?P<bare>police|(?:the\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+" + _COUNT_NOUNS + r"\b|"
    r"\b[Bb]y\s+the\s+(?:count|reckoning|estimates?|tally|figures?)\s+of\s+"
    r"(?P<of>(?:the\s+)?(?:[A-Z][\w&.\-]*\s+){0,4}[\w&.\-]+)")
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "last", "this", "yesterday's", "today's"}
_PRONOUN_OF = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we"}


def _counted_by_attributions(sent: str, offset: int, found: list[Attribution]) -> list[Attribution]:
    """A figure "by X's count": X states it."""
    out = []
    for m in _COUNTED_BY_RE.finditer(sent):
        group = next(g for g in ("np", "pro", "bare", "of") if m.group(g))
        np = m.group(group)
        words = np.split()
        if words[0].lower() in _TIME_WORDS or words[0].lower() in _MONTH_WORDS:
            continue  # "by Tuesday's count": when, not whose
        if group != "pro" and not (any(_is_cap(w) for w in words) or words[-1].lower() in ORG_WORDS or
                                   words[-1].lower() in {"police", "organisers", "organizers", "researchers",
                                                         "opposition", "unions", "union", "government"}):
            continue  # "by some counts", "by one estimate", "by any measure": nobody's
        np_s, np_e = m.span(group)
        if any(a.np_start <= np_s + offset < a.span_end for a in found):
            continue
        if group == "pro" and (np.lower() == "our" or any(a.verb_start < m.start() + offset for a in found)):
            # "by our estimate" is the outlet's; "MHR puts the herd at 14 million, so by its count ...": the speaker
            # the sentence has named already
            continue
        out.append(Attribution(m.start() + offset, m.start() + 2 + offset, "by", _PRONOUN_OF.get(np.lower(), np),
                               np_s + offset, np_e + offset, m.start() + offset, m.end() + offset, "according"))
    return out


def _place_comma(toks, k: int, end: int) -> bool:
    """Whether the comma at `k` only separates a town from its country, state or province ("in Austin,
    Texas", "near Southampton, England"): a capitalised word after "in", "near", "from"... before it, and
    one capitalised word (or a country of two) after it up to `end`. "The mayor of Kalistra, Nikos Aretis,"
    names a person."""
    after = [t[0] for t in toks[k + 1:end]]
    return (k >= 2 and (len(after) == 1 or (len(after) == 2 and places.is_place(" ".join(after))))
            and all(_is_cap(x) for x in after) and _is_cap(toks[k - 1][0])
            and toks[k - 2][0].lower() in {"in", "near", "from", "of", "at", "outside"})


def _appositive(sent, toks, comma_idx, offset, vs, ve, w) -> Attribution | None:
    """`A, B, said`: the claimant is B when B is a name ("The Samara governor, Dmitry Azarov,
    said"), else A ("Daniil Bezsonov, a senior official in X, said")."""
    # find the opening comma of B (at most ~40 tokens back, not crossing quotes)
    k = comma_idx - 1
    figured = False  # a note in brackets with a figure: no part of a title, though a relative clause may hold one
    while k >= 0 and comma_idx - k < 45:
        t = toks[k][0]
        if t == "," and _place_comma(toks, k, comma_idx):
            k -= 1
            continue  # "which is based in Southampton, England, said": a place and its country are one
        if t == ",":
            break
        if t == ")" and "(" in [x[0] for x in toks[max(0, k - 8):k]]:
            # "Mahbub Alam, deputy commissioner (Tejgaon division) of the Dhaka police, said": a note in brackets;
            # one with a figure ("about 25 km (16 miles) north of the city") is no part of a title
            o = max(x for x in range(max(0, k - 8), k) if toks[x][0] == "(")
            figured = figured or any(x[0][0].isdigit() for x in toks[o:k])
            k = o - 1
            continue
        if t in {"”", "“", '"', ";", ":", "(", ")"} and not _clock_colon(toks, k):
            return None
        k -= 1
    else:
        return None
    if k < 0:
        return None
    b_words = [t[0] for t in toks[k + 1:comma_idx]]
    if not b_words or figured and b_words[0].lower() not in {"who", "whose", "which"}:
        # "about 25 km (16 miles) north of the city": a place; "who opened it at 11:00 (0800 GMT)": a speaker's
        return None
    a_start = _np_back(toks, k)
    a_words = [t[0] for t in toks[a_start:k]]
    # A must begin the sentence or follow a clause boundary
    before_a = toks[a_start - 1][0] if a_start > 0 else ""
    a_ok = bool(a_words) and (a_start == 0 or before_a in {",", ";", ":", "—", "–", "(", "”", '"'} or before_a.lower() in {"and", "but", "while", "as", "whereas", "although", "though", "meanwhile"})
    # "A rights group, the Citizen Prison Monitoring Network, said": a body of no name, then its name
    b_named = b_words[0].lower() == "the" and len(b_words) >= 3 and all(
        _is_cap(x) or x.lower() in {"of", "for", "and", "on", "in"} for x in b_words[1:]) and not any(
        _is_cap(x) for x in a_words[1:])
    named = b_words
    while len(named) > 2 and named[0].lower().rstrip(".") in TITLES:
        named = named[1:]  # "the head of the agency, Dr Nia Mensah, said"
    if (_is_name_run(named) and len(named) >= 2) or b_named:
        np_s, np_e = toks[k + 1][1], toks[comma_idx - 1][2]
        span_s = toks[a_start][1] if a_words else np_s
        return Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset, np_e + offset,
                           span_s + offset, ve + offset, "appositive")
    finite = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    if any(w.lower() in finite for w in b_words) and b_words[0].lower() not in {"who", "whose", "which", "whom"}:
        return None
    if a_ok and len(a_words) <= 12:
        b0 = b_words[0].lower()
        if b0 in {"a", "an", "the", "who", "whose", "which", "one", "its", "his", "her", "their"} or len(b_words) <= 12:
            np_s, np_e = toks[a_start][1], toks[k - 1][2]
            return Attribution(vs + offset, ve + offset, w, sent[np_s:np_e], np_s + offset, np_e + offset,
                               np_s + offset, ve + offset, "appositive")
    return None


# ----------------------------------------------------------------------------- names & keys
def _clean(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'")
    name = re.sub(r"\s+", " ", name).strip(" ,.;:\"“”'")
    return name


_SENTENCE_OPENERS = {"later", "earlier", "meanwhile", "yesterday", "today", "tonight", "but", "and", "so", "still",
                     "however", "also", "now", "again", "afterwards", "separately", "instead", "here", "there",
                     "finally", "initially", "previously", "since", "when", "while", "as", "if", "though", "although",
                     "after", "before", "yet", "indeed", "elsewhere", "overnight"}


def person_name(name: str) -> str:
    """The person's name without titles or roles, or "" if `name` does not name a person."""
    name = _clean(name)
    words = [w for w in re.findall(r"[^\W_][\w'\-.]*", name)]
    words = [w.rstrip(".") for w in words]
    words = [w for w in words if w]
    if not words:
        return ""
    if re.search(r"\b(?:known as|called|named|dubbed)\b", name):
        return ""
    # trailing run of capitalised words and particles
    r = len(words)
    while r > 0 and (_is_cap(words[r - 1]) or words[r - 1].lower() in NAME_PARTICLES):
        r -= 1
    run = words[r:]
    while run and run[0].lower() in NAME_PARTICLES:
        run = run[1:]
    if not run:
        return ""
    before = words[:len(words) - len(run)]
    if before and before[-1].lower() in {"to", "for", "of", "with", "at", "in", "from", "by"}:
        return ""
    if before and before[-1].lower() in {"and", "y", "et", "e"} and any(w.lower() in ORG_WORDS for w in before):
        return ""  # the last of a ministry's portfolios: "Ministry of Trade, Industry and Tourism"
    last_title = -1
    for idx, w in enumerate(run):
        if w.lower() in TITLES or w.lower().rstrip("s") in TITLES:
            last_title = idx
    titled = last_title >= 0 or any(w.lower() in TITLES for w in before)
    cand = run[last_title + 1:]
    cand = [w[:-2] if w.endswith("'s") else w for w in cand]
    # a sentence's first word is capitalised whatever it is: "Later Matos said", "Meanwhile Aisha Okonkwo said"
    while cand and cand[0].lower() in _SENTENCE_OPENERS:
        cand = cand[1:]
    # leading place words are not part of a name ("Kyiv" in "Kyiv Vitali Klitschko")
    if not cand:
        return ""
    if len(cand) == 1 and not titled:
        return ""
    if not _is_name_run(cand) or any(w.lower() in _FIRM_WORDS for w in cand):
        return ""
    if len(cand) == 1 and cand[0].isupper():
        return ""
    if all(w.isupper() and len(w) > 1 for w in cand):
        return ""
    return " ".join(cand)


def _key_tokens(name: str) -> list[str]:
    s = places.plain(_clean(name)).lower()
    s = s.replace("'s ", " 's ").replace("s' ", "s 's ")
    if s.endswith("'s"):
        s = s[:-2] + " 's"
    toks = re.findall(r"(?:[a-z]\.){2,}|[a-z0-9][a-z0-9'\-]*|'s", s)
    return toks


def _join_places(toks: list[str]) -> list[str]:
    """Merge multi-word place names into one token ("south korea")."""
    out = []
    i = 0
    while i < len(toks):
        for size in (4, 3, 2):
            chunk = " ".join(toks[i:i + size])
            if len(toks[i:i + size]) == size and (chunk in places.COUNTRY_DEMONYM or chunk in places.CAPITAL_COUNTRY or chunk in places.DEMONYMS):
                out.append(chunk)
                i += size
                break
        else:
            out.append(toks[i])
            i += 1
    return out


# the words of a state's formal name ("Arab Republic of Egypt", "Kingdom of Tonga", "Government of Samoa")
_STATE_WORDS = _STATE_NOUNS | {"arab", "state", "federal", "democratic", "people's", "islamic", "united", "socialist",
                               "government", "plurinational", "principality", "sultanate", "independent", "the"}


def org_key(name: str) -> str:
    toks = _join_places(_key_tokens(name))
    toks = [_BRIT.get(t, re.sub(r"isation(s?)$", r"ization\1", t)) for t in toks]
    toks = [t for t in toks if t not in {"the", "a", "an"}]
    # "spokesman for the ministry" -> "ministry"; "ministry spokesman" -> "ministry"
    spokes = [i for i, t in enumerate(toks) if t.startswith("spokes")]
    if spokes:
        i = spokes[0]
        if i + 1 < len(toks) and toks[i + 1] in {"for", "of"} and i + 2 < len(toks):
            toks = toks[i + 2:]
        elif i > 0:
            toks = toks[:i] + toks[i + 1:]
    while len(toks) > 1 and toks[-1] in {"statement", "statements", "spokesman", "spokeswoman", "spokesperson"}:
        toks = toks[:-1]
    # possessive country -> demonym; "'s" dropped elsewhere
    out: list[str] = []
    for i, t in enumerate(toks):
        if t == "'s":
            continue
        out.append(t)
    toks = out
    if not toks:
        return ""
    if len(toks) == 1:
        t = toks[0]
        if t in places.CAPITAL_COUNTRY:
            return places.CAPITAL_COUNTRY[t]
        if t in places.ALIAS_COUNTRY:
            return places.ALIAS_COUNTRY[t]
        return t
    # trailing "in <capital/country>" or "of <country>"
    dem = ""
    if len(toks) >= 3 and toks[-2] in {"in", "of"}:
        place = toks[-1]
        country = places.CAPITAL_COUNTRY.get(place) or places.ALIAS_COUNTRY.get(place)
        if country:
            dem = places.COUNTRY_DEMONYM[country]
            toks = toks[:-2]
            if all(t in _STATE_WORDS for t in toks):
                return f"{dem} government"  # "Arab Republic of Egypt", "Government of Tonga": the state speaks
    # "ministry of defense" -> "defense ministry"
    for head in ("ministry", "department", "minister", "secretary"):
        if head in toks[:-2] and toks[toks.index(head) + 1] == "of":
            i = toks.index(head)
            rest = toks[i + 2:]
            if len(rest) <= 3 and not any(places.is_place(t) or t == "'s" for t in rest):
                toks = toks[:i] + rest + [head]
            break
    toks = [places.COUNTRY_DEMONYM.get(t, t) if (i < len(toks) - 1 or len(toks) == 1) else t for i, t in enumerate(toks)]
    if dem and toks[0] not in places.DEMONYMS:
        toks = [dem] + toks
    if len(toks) >= 3 and toks[-2] in {"in", "at"} and toks[-3] in ORG_WORDS:
        toks = toks[:-2]  # "the Interior Ministry in the capital", "police in the city": the body
    return " ".join(toks)


def claimant_key(name: str) -> str:
    """Normalised key so that spellings of one claimant meet."""
    person = person_name(name)
    if person:
        return " ".join(_key_tokens(person)).replace(" 's", "")
    return org_key(name)


_SMALL = {"of", "for", "in", "and", "the", "to", "on", "at", "by", "de", "von", "der", "van"}


def display_for(key: str, surface: str) -> str:
    surface_words = re.findall(r"[\w.\-]+", _clean(surface))
    caps = {w.lower(): w for w in surface_words if w.isupper() and len(w) > 1}
    # a name's accents as the text writes it: "Polícia Judiciária", though its key is plain
    accented = {places.plain(w).lower(): w for w in surface_words if places.plain(w) != w and w[:1].isupper()}
    words = []
    for i, w in enumerate(key.split()):
        if w in caps:
            words.append(caps[w])
        elif w in accented:
            words.append(accented[w])
        elif w in _SMALL and i > 0:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def _speaks_as_person(text: str) -> bool:
    """"an airport spokesman", "a ministry official": a body's claim made by one person, whom "he" or "she"
    goes on to mean."""
    if set(re.findall(r"[a-z]+", text.lower())) & {
            "spokesman", "spokeswoman", "spokesperson", "official", "representative", "officer", "director", "chief",
            "head", "manager", "commissioner", "inspector", "minister"}:
        return True
    # "Supreme Court lawyer Tanvir Ahmed-Majumder of Nagorik Ain Forum": a person named before where they work
    words = text.split()
    p = next((i for i, w in enumerate(words) if w.lower() in {"of", "at", "from"}), 0)
    return p >= 2 and all(_is_cap(w) and w.lower() not in TITLES for w in words[p - 2:p]) and \
        len(person_name(" ".join(words[:p])).split()) >= 2


# what a body is named after when it runs a place: "the airport operator", "the mine owner" name the body by the
# place, not as a company named before
_FACILITIES = {"airport", "port", "mine", "plant", "dam", "hospital", "stadium", "bridge", "pipeline", "refinery", "factory",
               "railway", "rail", "tunnel", "station", "grid", "terminal", "harbour", "harbor", "canal", "prison", "school",
               "waterworks", "reservoir", "motorway", "highway", "network"}


# a body that takes a stand without a quotation: "The port authority rejected the union's claims."
_STANCE_SUBJECT = re.compile(
    r"^\s*(?P<np>(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:(?:has|had|have|also|again|flatly|strongly)\s+)*"
    r"(?:rejected|denied|disputed|dismissed|insisted|stood by|stands by|defended|admitted|acknowledged|conceded|"
    r"blamed|accused|responded|hit back|rebutted|contested|challenged|countered|maintained)\b", re.I)


# a person named at the head of a sentence: "Sergei Lebedev, 44, who walked ashore, disputed the account.", "Energy
# analyst Mihkel Tonisson of Baltic Power Analytics said ..." (a role in lower case before the name)
_LEAD_PERSON = re.compile(r"^\s*(?!(?:But|And|Yet|So|The|A|An|However|Meanwhile|Then|In|On|At|After|Before|When|"
                          r"While|As|Later|Earlier|Still|Also|Now)\b)"
                          r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){1,2}(?=[A-Z]))?"
                          r"((?:[A-Z][\w.-]+\s+){1,3}[A-Z][\w-]+)(?=\s*,|\s+[a-z])")


def _introduced_before_quote(before: str) -> str:
    """The person the sentence before a quotation opens with, when "he" or "she" closes that quotation:
    'Sergei Lebedev, 44, disputed the account. "There was hardly any wind," he said.' -> "Sergei Lebedev"."""
    tail = before[-1200:]
    closing = max(tail.rfind('"'), tail.rfind("”"))
    if closing < 0 or tail[closing + 1:].strip(" ,"):
        return ""  # the pronoun does not follow a quotation
    opening = max(tail.rfind('"', 0, closing), tail.rfind("“", 0, closing))
    if opening < 0:
        return ""
    parts = re.split(r"(?<=[.!?])\s+|\n+", tail[:opening].rstrip())
    lead = _LEAD_PERSON.match(parts[-1]) if parts else None
    return person_name(lead.group(1)) if lead else ""


def _previous_sentence(before: str) -> str:
    """The sentence before the one `before` ends inside (`before` runs up to a word of that sentence)."""
    parts = re.split(r"(?<=[.!?])[\"”’]?\s+|\n+", before[-800:])
    return parts[-2] if len(parts) >= 2 else ""


# a capitalised word of a body's name, and any word of one ("Institute of Marine Research", "Banco de Portugal")
CAP_WORD = r"[A-Z][\w'’&.-]*"
ORG_NAME_WORD = CAP_WORD + r"|(?:of|for|the|and|de|del|da|do|des|du|la|le)\b|&"


_NOT_NAME_START = {"in", "on", "at", "the", "a", "an", "for", "of", "to", "by", "with", "from", "this", "that"}


def spelled_out(acronym: str, text: str) -> str:
    """The full name an acronym stands for, the last one written in `text`: the name before it in brackets
    ("the Polícia Judiciária (PJ)"), or failing that a capitalised name whose initials it is ("SA Metropolitan
    Fire Service" for "MFS"); "" when none."""
    found = list(re.finditer(rf"((?:{CAP_WORD}[ \t]+)(?:(?:{ORG_NAME_WORD})[ \t]+){{0,7}}?(?:{ORG_NAME_WORD}))"
                             rf"[ \t]*\([ \t]*{re.escape(acronym)}\b", text))
    if found:
        # "Police and the Polícia Judiciária (PJ)": the name that begins with the acronym's first letter
        name = re.split(r"[ \t]+and[ \t]+(?=(?:the[ \t]+)?" + acronym[0] + ")", found[-1].group(1))[-1]
        return re.sub(r"^the\s+", "", name, flags=re.I)
    for m in reversed(list(re.finditer(rf"\b{CAP_WORD}(?:[ \t]+(?:{ORG_NAME_WORD})){{1,7}}", text))):
        words = m.group().split()
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:] if w[0].isupper())
            extra = len(initials) - len(acronym)  # one more initial only for a leading code: "SA Metropolitan ..."
            if initials.endswith(acronym) and (extra == 0 or extra == 1 and words[start].isupper()) and \
                    words[start][0].isupper() and words[start].lower() not in _SENTENCE_OPENERS | _NOT_NAME_START:
                name = " ".join(words[start:])
                return re.sub(r"^the\s+", "", name, flags=re.I) if len(words) - start > 1 else ""
    return ""


class Claimants:
    """Resolves claimant noun phrases within one article, remembering who spoke before."""

    def __init__(self) -> None:
        self.history: list[Resolved] = []

    def _last(self, person: bool | None) -> Resolved | None:
        for r in reversed(self.history):
            if person is None or r.is_person == person or (person and _speaks_as_person(r.text)):
                return r
        return None

    def _described(self, head: str, window: str, text: str) -> Resolved | None:
        """The body last described as a `head` before: "Sea Rescue Now, the charity whose ship ...", "the aid
        group Blue Harbour", or for an airline or operator "a plane operated by Skyline Air"."""
        found = [(m.start(1), m.group(1)) for m in _APPOS_ORG_RE.finditer(window)
                 if re.search(rf"\b{head}s?\b", m.group(0), re.I)]
        found += [(m.start(2), m.group(2)) for m in _KIND_BEFORE_RE.finditer(window)
                  if m.group(1).lower().split()[-1] == head.split()[-1]]
        if head in {"airline", "operator", "carrier", "company", "firm"}:
            found += [(m.start(1), m.group(1)) for m in _OPERATED_BY_RE.finditer(window)]
        if head in {"airline", "carrier"}:
            found += [(m.start(1), m.group(1)) for m in _FLIGHT_OF_RE.finditer(window)
                      if m.group(1).split()[0].lower() not in _GENERIC_LEAD | {"a"}]
        names = [re.sub(r"['’]s$", "", n).strip() for _, n in sorted(found)]
        names = [n for n in names if claimant_key(n) and n.split()[0].lower() not in _GENERIC_LEAD]
        if not names:
            return None
        k = claimant_key(names[-1])  # the key the name gets where it speaks itself
        r = Resolved(display_for(k, names[-1]), k, text, False)
        self.history.append(r)
        return r

    def resolve(self, np: str, before: str = "") -> Resolved | None:
        """Resolve a claimant noun phrase; `before` is the article text preceding it, used to
        find the name behind "the company" when that name was never a speaker."""
        text = _AGE_BEFORE_NAME.sub("", _clean(np))  # "the 78-year-old abbot": the abbot
        # "according to the union's count", "the ministry's latest figures": the body whose count it is
        text = re.sub(r"(?<=\w)['’]s?\s+(?:(?:own|latest|official|initial|revised|new)\s+)*" + _COUNT_NOUNS + r"$", "",
                      text)
        opener = re.match(r"(\w+)\s+(?=[A-Z])", text)
        if opener and opener.group(1).lower() in _SENTENCE_OPENERS:
            text = text[opener.end():]  # "Later Matos said": Matos
        acronym = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][A-Z&]{1,6})", text)
        full = spelled_out(acronym.group(1), before) if acronym and before else ""
        if full and full != text:
            return self.resolve(full, before)  # "The PJ said" after "the Polícia Judiciária (PJ)"
        if not text:
            return None
        low = text.lower()
        if low in _TIME_WORDS or low in _MONTH_WORDS:
            return None  # "by Tuesday's count", "Monday's figures": when, not who
        m = re.search(r"\b(?:known as|called|dubbed|named)\s+(.+)$", text)
        if m:
            text = m.group(1).strip()
            low = text.lower()
        if _NOT_A_SPEAKER.match(re.sub(r"^(?:the|a|an)\s+", "", low)):
            return None  # "nobody told us", "no one from the government warned us", "P45 million announced"
        if low in {"he", "she", "him", "her"}:
            introduced = _introduced_before_quote(before)
            if introduced:
                return self.resolve(introduced)  # "Ms Ashdown" is the Claire Ashdown who spoke before
            # "Garrick Stenholm disagrees with nearly everything. He told me ...": the person the sentence before
            # opens with, though they were not quoted there
            lead = _LEAD_PERSON.match(_previous_sentence(before)) if before else None
            if lead and len(person_name(lead.group(1)).split()) >= 2:
                return self.resolve(person_name(lead.group(1)))
            return self._last(True)
        if low in {"it", "they", "we", "i"}:
            if low in {"it", "they"}:
                # "The port authority rejected the union's claims. It said four pilots were on duty": the body
                # that took a stand in the sentence before, though it was not quoted there
                stand = _STANCE_SUBJECT.match(_previous_sentence(before))
                if stand and stand.group("np").split()[-1].lower() in ORG_WORDS:
                    return self.resolve(stand.group("np"))
            r = self._last(False) if low == "it" else self._last(None)
            return r
        if re.fullmatch(r"(?:a|an|the|one)\s+(?:spokes(?:man|woman|person)|official|representative)", low) and before:
            # "The coast guard has updated its figures. Nine bodies ..., a spokesman told us": the body its
            # paragraph names, among those that spoke before
            paragraph = before[before.rfind("\n") + 1:].lower()
            for r in reversed(self.history):
                if not r.is_person and re.search(r"\b" + re.escape(r.display.lower()) + r"\b", paragraph):
                    self.history.append(r)
                    return Resolved(r.display, r.key, text, False)
        person = person_name(text)
        if person:
            key = claimant_key(person)
            r = Resolved(person, key, text, True)
            self.history.append(r)
            return r
        words = re.findall(r"[^\W_][\w'\-]*", text)
        # a bare surname: "Bezsonov said"; the first of two ("Ábrego told the Herald" after "Rodrigo Ábrego
        # Castillo")
        if len(words) == 1 and _is_cap(words[0]):
            w = places.plain(words[0]).lower()
            for r in reversed(self.history):
                if r.is_person and w in r.key.split()[1:]:
                    self.history.append(r)
                    return Resolved(r.display, r.key, text, True)
            # named in full earlier in the text though not quoted there: "The administrator, Rodrigo Ábrego
            # Castillo, defended the cuts. ... Ábrego told the Herald"
            full = [m.group(0) for m in re.finditer(r"\b(?:[A-Z][\w-]+[ \t]+){1,2}" + re.escape(words[0]) +
                                                    r"(?:[ \t]+[A-Z][\w-]+)?\b(?![ \t]+[A-Z])", before or "")]
            named = next((person_name(f) for f in reversed(full) if len(person_name(f).split()) >= 2 and
                          not {w.lower() for w in f.split()} & ORG_WORDS), "")
            if named:
                return self.resolve(named)
        key = org_key(text)
        if not key:
            return None
        # "the power company Ukrenergo" -> "Ukrenergo"
        wl = words
        r_ = len(wl)
        while r_ > 0 and _is_cap(wl[r_ - 1]):
            r_ -= 1
        if 0 < r_ < len(wl) and wl[r_ - 1][0].islower() and wl[r_ - 1].lower() not in {
                "of", "in", "for", "to", "at", "on", "from", "with", "and", "the", "a", "an", "de", "del", "y", "e",
                "et"} and wl[r_ - 1].lower() not in ORG_WORDS - {"company", "group", "agency"}:
            key = org_key(" ".join(wl[r_:]))
        # "the statement said": the body that last made a statement
        if key in {"statement", "statements"}:
            r = self._last(False)
            if r is not None:
                return Resolved(r.display, r.key, text, False)
        # subset coreference: "the ministry" -> the most recent "russian defense ministry"
        toks = set(key.split()) - {"of", "in", "for", "and"}
        generic = text.split()[0].lower() in _GENERIC_LEAD
        was_statement = bool(re.search(r"\b(?:statement|announcement|communique|release)s?$", low))
        if generic and toks:
            for r in reversed(self.history):
                if r.is_person:
                    continue
                rt = set(r.key.split()) - {"of", "in", "for", "and"}
                if was_statement and rt & GROUP_NOUNS:
                    continue
                if toks < rt:
                    self.history.append(r)
                    return Resolved(r.display, r.key, text, False)
        if generic and key in (_CORPORATE_HEADS | _UTILITY_HEADS | _NGO_HEADS) and before:
            described = self._described(key, before[-2000:], text)
            if described is not None:
                return described
        if generic and key.split()[-1] in _BODY_HEADS and len(words) <= 3 and not any(
                _is_cap(w) or w.endswith("'s") for w in words[1:]) and not set(key.split()) & _FACILITIES:
            # "the company said", "the ship manager insists" where no company was named in the words before:
            # the body that last spoke for itself by its name, when it is no public authority
            unlike = _PUBLIC_WORDS | (_NON_PROFIT_WORDS if key.split()[-1] not in _NGO_HEADS else set())
            for r in reversed(self.history):
                words_of = set(r.key.split()) | {w.rstrip("s") for w in r.key.split()}  # "unions": a union
                if not r.is_person and not (words_of & unlike) and r.key.split()[-1] not in _BODY_HEADS \
                        and not r.display.isupper():  # an acronym ("AMSA", "IOM") is more often an agency
                    self.history.append(r)
                    return Resolved(r.display, r.key, text, False)
        if generic and key in (_CORPORATE_HEADS | _UTILITY_HEADS) and before:
            # the most recent company named before: "the company said", "the utility's spokesperson"
            window = before[-2000:]
            found = [(m.start(1), m.group(1)) for rx in (_CORPORATE_RE, _APPOS_ORG_RE, _BRAND_RE)
                     for m in rx.finditer(window)
                     # "Col. Houssem Ben Ammar-Jlassi said": a double-barrelled surname after a name is a person's
                     if not (rx is _BRAND_RE and re.search(r"[A-Z][\w'’.]*\s+$", window[:m.start(1)]))]
            names = [n for _, n in sorted(found)]
            if names:
                name = re.sub(r"^[A-Z][\w-]*-based\s+", "", re.sub(r"['’]s$", "", names[-1]))  # "Dubai-based X": X
                k = org_key(name)
                r = Resolved(display_for(k, name), k, text, False)
                self.history.append(r)
                return r
        if generic and before and set(low.split()[1:]) <= TITLES and low.split()[-1] not in ORG_WORDS:
            titled = self._titled(low.split()[-1], before)
            if titled is not None:
                return titled
        r = Resolved(display_for(key, text), key, text, False)
        self.history.append(r)
        return r

    def _titled(self, title: str, before: str) -> Resolved | None:
        """"the governor said": the person who spoke as governor before, or the one the words before name
        so ("Governor Mirela Dragan", "Mirela Dragan, the regional governor")."""
        for r in reversed(self.history):
            if r.is_person and re.search(rf"\b{re.escape(title)}\b", r.text, re.I):
                self.history.append(r)
                return r
        name = r"([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|" + "|".join(NAME_PARTICLES) + r")){0,3})"
        found = [(m.start(), m.group(1)) for m in re.finditer(rf"\b(?i:{re.escape(title)})\s+{name}", before)]
        found += [(m.start(), m.group(1)) for m in re.finditer(
            name + rf",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?i:{re.escape(title)})\b", before)]
        for _, n in sorted(found, reverse=True):
            person = person_name(f"{title} {n}")
            if person:
                r = Resolved(person, claimant_key(person), f"{title} {person}", True)
                self.history.append(r)
                return r
        return None
