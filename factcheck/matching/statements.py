"""Statements without a figure that answer one question of a story: what caused it, whether warnings or
complaints came before it (or people were told to leave), whether the alarm sounded, whether a vehicle
was speeding, whether the situation is under control, whether permits were in order, whether a distress
call was made, whether police used force on a crowd and whether it was lethal, what the weather was,
whether demands were made, whether a trail, road or airport was closed (keyed by what was closed),
whether it is safe to drink the water or go outside (keyed by what people would do), whether supplies ran
out (keyed by the supply), who killed the victims (the state's forces or the attackers), where a journey
began.

Each question has the words that put a statement on it and say "yes" ("had complained for weeks",
"live rounds"), and the words that say "no" without a negation ("non-lethal", "illegally" for
permits in order). A negation in the statement's own clause ("no complaint was received", "was not
speeding") or a denial before it ("denied using firearms") turns the answer round. Two sources with
one answer corroborate; with opposite answers they contradict. Causes and places of departure are
compared by what they name instead: a different cause competes, the same one corroborates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.upkeep import BUILT, INSPECTED

from .core import CONTRADICTS, CORROBORATES, SAME, MatchClaim, Suggestion, _order
from .identity import _same_claimant

YES, NO = "yes", "no"
CAUSE, ORIGIN, KILLER, STARTED, FIRED_FIRST = "cause", "origin", "killer", "started", "fired first"
# questions answered by what a statement names, not yes or no
_NAMING = (CAUSE, ORIGIN, KILLER, STARTED, FIRED_FIRST)


@dataclass(frozen=True)
class _Question:
    name: str
    yes: re.Pattern  # words that answer the question "yes" (for the weather: bad weather)
    no: re.Pattern | None  # words that answer it "no" with no negation in them
    title: str  # "{event}" is the story's event family
    not_here: re.Pattern | None = None  # the same words in another sense ("warned residents to stay indoors")
    before: re.Pattern | None = None  # words that place a "yes" before the event ("had complained", "for weeks")


def _rx(p: str) -> re.Pattern:
    return re.compile(p, re.I)


# live fire, named by both questions of force on a crowd: the one it answers and the one it sets aside
_LIVE_FIRE = r"\blive\s+(?:rounds|ammunition|bullets|fire)\b|\bfirearms?\b|\bopened\s+fire\b|\bguns?\b|\brifles?\b"

# The questions a story's sources dispute in words rather than figures. Their words are those of news
# reports on any accident, disaster or unrest, not of one event.
QUESTIONS: tuple[_Question, ...] = (
    _Question(
        "warnings",
        _rx(r"\bwarn(?:ed|ing|ings)\b|\bcomplain(?:ed|ing|ts?)?\b|\bconcerns?\s+(?:had\s+been\s+|were\s+|was\s+)?raised\b|"
            r"\braised\s+(?:concerns|the\s+alarm|alarms|fears|complaints)\b|\bred\s+flags?\b|\btip-?offs?\b|"
            r"\bcracks?\s+(?:had\s+|have\s+)?(?:appeared|formed|opened|spread|been\s+(?:seen|visible|noticed|reported))\b|"
            r"\b(?:warning\s+)?signs?\s+of\s+(?:damage|distress|cracking|subsidence|weakness|trouble|a\s+leak)\b|"
            # told to get out before it happened: "we had asked families on the upper slope to move"
            r"\b(?:told|asked|ordered|urged|advised|instructed)\s+(?:[\w'’]+\s+){0,6}?to\s+(?:leave|move|evacuate|"
            r"relocate|get\s+out)\b|\bevacuation\s+(?:orders?|notices?|warnings?)\b"),
        None,
        "whether warnings or complaints came before the {event}",
        # advice and alerts given after the event, not warnings before it
        _rx(r"\bwarn(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:to|not\s+to|against)\b|\bwarn\w*\s+of\s+(?:more|further|new)\b|"
            r"\bwarn\w*\b[^.;]{0,60}\b(?:could|may|might|will|would)\s+(?:rise|increase|climb|grow|worsen|continue)\b|"
            r"\bwarnings?\s+(?:remains?|is|are|was|were|has\s+been|have\s+been)\s+(?:in\s+(?:place|force|effect)|lifted|"
            r"extended)\b|\bcomplain\w*\s+of\s+(?:pain|headaches?|nausea|dizziness|breathing|chest|stomach|burning)\b|"
            r"\bcomplaints?\s+(?:line|form|procedure|hotline)\b|\b(?:questions?|inquir\w+|investigat\w+|review|probe|"
            r"report)\s+(?:about|into|of|on)\s+(?:the\s+|any\s+)?(?:warnings?|complaints?)\b"),
        # "residents complained that aid was slow" is a complaint after the event: a "yes" must be placed before it
        _rx(r"\bhad\s+(?:been\s+|repeatedly\s+|long\s+|already\s+|also\s+)?(?:warn|complain|raise|flag|report|alert|"
            r"asked|told|ordered|urged|advised|instructed|issued)\w*|"
            r"\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:days|weeks|months|years|a\s+year|a\s+decade|decades)\b|"
            r"\b(?:repeatedly|several\s+times|many\s+times|twice|again\s+and\s+again|before|beforehand|earlier|ago|"
            r"in\s+advance|in\s+the\s+past|last\s+(?:year|month|week)|previously|ignored|in\s+time)\b|\b(?:cracks?|signs?)\b"),
    ),
    _Question(
        "alarm",
        # the verb is the answer's place: "the sirens never reached her block", "did not sound"
        _rx(r"\b(?:sirens?|alarms?|alert\s+system)\b[^.;]{0,40}?\b(sounded|sound|went\s+off|go(?:es)?\s+off|"
            r"activated|worked|work|wailed|wail|blared|rang|ring|reached|triggered|functioned|function)\b|"
            r"\b(heard|hear)\s+(?:a|the|any|an)\s+(?:\w+\s+)?(?:sirens?|alarms?)\b|"
            r"\b(sounded|triggered|activated)\s+the\s+(?:\w+\s+)?(?:alarms?|sirens?)\b"),
        _rx(r"\b(?:sirens?|alarms?|alert\s+system)\b[^.;]{0,40}?\b(?:failed|silent|malfunction\w*|broken|out\s+of\s+"
            r"(?:order|service)|faulty)\b|\bsilent\s+(?:sirens?|alarms?)\b|"
            # "the smoke detectors had been disconnected", "the detector had been switched off weeks ago"
            r"\b(?:smoke\s+|gas\s+|heat\s+)?(?:detectors?|alarms?|sirens?)\b[^.;]{0,30}?\b(?:disconnected|"
            r"switched\s+off|turned\s+off|disabled|removed|unplugged)\b"),
        "whether the alarm sounded in the {event}",
        _rx(r"\b(?:ambulances?|police|fire\s+engines?|emergency\s+vehicles?)['’]?s?\s+sirens?\b|\bcar\s+alarms?\b|"
            r"\bsirens?\s+(?:of|from)\s+(?:ambulances|police|fire\s+engines|emergency\s+vehicles)\b"),
    ),
    _Question(
        "demands",
        _rx(r"\bdemand(?:s|ed|ing)?\b|\bransom\b|\bwanted\s+(?:a|an|the|money|cash|safe|their)\b|"
            r"\basked\s+for\s+(?:a|an|money|cash|ransom|safe)\b"),
        None,
        "whether demands were made in the {event}",
        _rx(r"\b(?:power|electricity|energy|peak|consumer|market|public|growing|strong|weak|global)\s+demand\b|"
            r"\bdemand\s+(?:for|on|in|of)\s+(?:power|electricity|energy|water|goods|gas|oil|fuel)\b|"
            r"\bdemand(?:s|ed|ing)?\s+(?:answers|justice|accountability|an?\s+(?:inquiry|investigation|apology)|"
            r"the\s+(?:resignation|release\s+of\s+information)|compensation|action|change|that\s+the\s+government)\b|"
            r"\bin\s+demand\b|\bon\s+demand\b|\bdemanding\s+(?:job|work|conditions|schedule)\b"),
    ),
    _Question(
        "speeding",
        _rx(r"\bspeeding\b|\b(?:too|very|extremely|so|dangerously)\s+fast\b|\b(?:at|a)\s+(?:high|great|excessive|"
            r"breakneck|reckless)\s+speed\b|\bhigh\s+speed\b|\bexcessive\s+speed\b|\b(?:exceed\w*|broke|breaking|above|"
            r"over)\s+the\s+speed\s+limit\b|\breckless(?:ly)?\s+driv\w*\b|\bdriv\w*\s+reckless(?:ly)?\b|"
            r"\bfaster\s+than\s+(?:the\s+)?(?:speed\s+)?limit\b"),
        _rx(r"\b(?:within|below|under)\s+the\s+speed\s+limit\b|\b(?:at\s+(?:a\s+)?(?:low|normal|safe|moderate)\s+speed|"
            r"driving\s+(?:slowly|carefully|cautiously))\b|\b(?:kept|keeping|stuck|sticking)\s+to\s+the\s+speed\s+"
            r"(?:limits?|restrictions?)\b|\b(?:train|bus|coach|driver|vehicle|car|truck|lorry|ferry|ship|boat)\b[^.;]{0,40}?"
            r"\b(?:within|below|under)\s+the\s+(?:speed\s+)?limit\b"),
        "whether the vehicle was speeding before the {event}",
    ),
    _Question(
        "control",
        _rx(r"\b(?:is|was|are|were|be|been|being|now|back|brought|fully|largely)\s+under\s+control\b|"
            r"\b(?:has|had|have)\s+(?:been\s+)?(?:regained|restored|retaken)\s+control\b|\bregained\s+control\b|"
            r"\border\s+(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?restored\b|\bcalm\s+(?:has\s+|had\s+)?returned\b|"
            r"\b(?:has|had|have)\s+been\s+contained\b|\b(?:is|was|are|were)\s+(?:now\s+|fully\s+)?contained\b"),
        _rx(r"\bout\s+of\s+control\b|\bstill\s+(?:burning|raging|spreading|leaking|rioting|in\s+control\s+of)\b|"
            r"\b(?:remain|remains|remained)\s+(?:in\s+the\s+hands\s+of|in\s+control\s+of)\b"),
        "whether the {event} is under control",
    ),
    _Question(
        "permits",
        _rx(r"\b(?:had|has|have|with|got|obtained|held|holds|granted|received)\s+(?:all\s+)?(?:the\s+)?(?:necessary\s+|"
            r"required\s+|proper\s+|valid\s+|relevant\s+)?(?:approvals?|permits?|permission|licen[cs]es?|"
            r"authori[sz]ations?|certificates?|clearances?)\b|\b(?:approvals?|permits?|permission|licen[cs]es?|"
            r"authori[sz]ation)\s+(?:for|to)\b|\b(?:fully\s+)?(?:licen[cs]ed|certified|approved|authori[sz]ed)\b|"
            r"\bcompl(?:ied|ies|y|ying)\s+with\b|\b(?:up\s+to\s+code|(?:met|meet|meets|meeting)\s+(?:all\s+)?(?:the\s+)?"
            r"(?:\w+\s+)?(?:standards?|regulations|requirements|rules))\b|\bin\s+line\s+with\s+(?:all\s+)?(?:the\s+)?"
            r"(?:\w+\s+)?(?:rules|regulations|law|standards?)\b|"
            # "all our papers were valid", "its licence was up to date"
            r"\b(?:papers|documents|licen[cs]es?|permits?|certificates?|paperwork|registration)\s+(?:\w+\s+){0,2}?"
            r"(?:(?:was|were|is|are)\s+)(?:all\s+)?(?:valid|in\s+order|up\s+to\s+date|current)\b"),
        _rx(r"\b(?:illegal(?:ly)?|unlicen[cs]ed|unauthori[sz]ed|unapproved|unregistered|uncertified)\b|"
            r"\bviolat\w+\b|\bflout\w*\b|\bbreach\w*\s+(?:of\s+)?(?:the\s+)?(?:rules|regulations|code|law|standards)\b|"
            r"\bwithout\s+(?:a\s+|the\s+|any\s+)?(?:necessary\s+|required\s+|proper\s+|valid\s+)?(?:approvals?|permits?|"
            r"permission|licen[cs]es?|authori[sz]ation)\b|\bin\s+defiance\s+of\b|"
            # "its haulage licence had expired in June", "the permit was revoked"
            r"\b(?:licen[cs]es?|permits?|certificates?|registration|insurance|approvals?)\s+(?:\w+\s+){0,2}?"
            r"(?:(?:had|has|have)\s+(?:already\s+)?)?(?:(?:been|was|were)\s+)?(?:expired|lapsed|revoked|suspended|"
            r"withdrawn|cancelled|canceled|out\s+of\s+date)\b"),
        "whether the permits and approvals were in order before the {event}",
        _rx(r"\bapproved\s+(?:a|an|the)\s+(?:payment|compensation|relief|aid|funds?|budget|release|plan)\b|"
            r"\blicen[cs]ed?\s+(?:plate|number)\b|\b(?:a|an)\s+(?:fully\s+)?(?:licen[cs]ed|certified|approved|"
            r"authori[sz]ed)\s+\w+"),
    ),
    _Question(
        "police present",
        # whether police held the scene before it happened: "officers tried to keep people away", "his officers cordoned
        # off the area" against "there was not a single policeman there"
        _rx(r"\b(?:police|policemen|officers|troops|soldiers|security\s+forces|guards)\s+(?:\w+\s+){0,3}?(?:cordoned\s+off|"
            r"sealed\s+off|kept\s+(?:\w+\s+){0,2}?(?:away|back)|tried\s+to\s+(?:keep|hold|push|move)\s+(?:\w+\s+){0,2}?"
            r"(?:away|back)|(?:were|was)\s+(?:already\s+)?(?:at\s+the\s+scene|on\s+the\s+scene|present|guarding))\b"),
        _rx(r"\bnot\s+(?:a\s+single|one)\s+(?:police(?:man|men|woman)?|officers?|soldiers?)\b|\bno\s+(?:police(?:man|men)?|"
            r"officers?|security)\s+(?:(?:was|were)\s+)?(?:there|present|in\s+sight|at\s+the\s+scene|anywhere)\b"),
        "whether police held the scene of the {event}",
    ),
    _Question(
        "distress call",
        _rx(r"\bdistress\s+(?:call|signal|message|beacon|alert)s?\b|\bmayday\b|\bSOS\b|\bdeclared\s+(?:an?\s+)?"
            r"emergency\b|\b(?:radioed|called)\s+for\s+help\b"),
        None,
        "whether a distress call was made before the {event}",
    ),
    _Question(
        "informed",
        # whether those in charge were told: "the company notified the regulator on Saturday", "her office was not
        # informed until Monday", "we learned of it from the news"
        _rx(r"\b(?:notified|informed|alerted)\b|\breported\s+(?:it|this|the\s+\w+)\s+to\s+(?:the\s+)?(?:\w+\s+)?"
            r"(?:authorities|authority|regulator|police|ministry|agency|inspectorate|office|council)\b|"
            r"\btold\s+(?:the\s+)?(?:\w+\s+)?(?:authorities|regulator|police|ministry|inspectorate)\b"),
        _rx(r"\bkept\s+(?:us\s+|them\s+|the\s+\w+\s+)?in\s+the\s+dark\b|\blearn(?:ed|t)\s+(?:of|about)\s+(?:it|this|the\s+\w+)"
            r"\s+from\s+(?:the\s+)?(?:media|news|press|social\s+media|television|tv|radio|reporters|journalists)\b|"
            r"\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,10}?(?:call(?:ed)?|told|informed|notified|contacted|phoned)\s+"
            r"(?:us|them|the\s+\w+)\b"),
        "whether the authorities were told of the {event}",
        _rx(r"\bkeep\s+(?:\w+\s+){0,3}?informed\b|\binformed\s+(?:decision|choice|consent|sources?|guess)\b|"
            r"\bwell[- ]informed\b|\b(?:famil(?:y|ies)|relatives|next\s+of\s+kin|parents|passengers|residents|"
            r"public)\b[^.;]{0,30}\b(?:informed|notified|alerted)\b"),
    ),
    # tear gas, water cannon, batons: whether police used force on the crowd at all (when nothing in the
    # statement speaks of live fire or sets them against it, which is the question below)
    _Question(
        "crowd force",
        _rx(r"\btear\s*gas\b|\bwater\s+cannons?\b|\bpepper\s+spray\b|\bstun\s+grenades?\b|\brubber\s+bullets\b|"
            r"\bbaton(?:s|-charged|\s+charged?)\b|\bcharged\s+(?:at\s+)?the\s+crowd\b"),
        None,
        "whether police used force on the crowd in the {event}",
        _rx(_LIVE_FIRE + r"|\blethal\b|\bdeadly\s+force\b|"
            # "troops used only rubber bullets": said against live fire
            r"\bonly\b"),
    ),
    # whether anything toxic or radioactive got out: "dosimeters showed elevated radiation" against "radiation
    # levels are normal", "toxic fumes spread" against "nothing toxic escaped"
    _Question(
        "toxic release",
        _rx(r"\b(?:elevated|high|raised|dangerous|abnormal)\s+(?:levels?\s+of\s+)?(?:radiation|radioactivity)\b|"
            r"\b(?:radiation|radioactivity)\s+(?:levels?\s+)?(?:rose|spiked|jumped|climbed|(?:was|were|is|are)\s+"
            r"(?:high|elevated|above\s+normal|dangerous))\b|"
            r"\bradioactive\s+(?:leak|release|contamination|cloud|dust)\b|"
            r"\b(?:toxic|poisonous|hazardous)\s+(?:gas|gases|fumes|smoke|substances?|chemicals?|cloud)\s+"
            r"(?:(?:had|have|has)\s+)?(?:escaped|leaked|got\s+out|(?:was|were|had\s+been)\s+released|spread|drifted)\b"),
        _rx(r"\b(?:radiation|radioactivity)\b[^.;]{0,40}?\b(?:are|were|was|is|remain(?:ed|s)?)\s+(?:normal|within\s+"
            r"(?:normal\s+|safe\s+)?(?:limits|range|levels)|safe|unchanged)\b|"
            r"\bnormal\s+(?:background\s+)?radiation\b|\bnothing\s+(?:toxic|radioactive|hazardous)\b"),
        "whether anything toxic or radioactive was released in the {event}",
    ),
    _Question(
        "lethal force",
        _rx(_LIVE_FIRE + r"|\bfired\s+(?:on|at|into)\b|\bshot\s+at\b|"
            r"(?<!non-)(?<!non)(?<!less-)\b(?:lethal|deadly|excessive|disproportionate)\s+force\b"),
        _rx(r"\bnon-?lethal\b|\bless-lethal\b|\brubber\s+bullets\b|\btear\s*gas\b|\bwater\s+cannons?\b|\bbatons?\b|"
            r"\bpepper\s+spray\b|\bstun\s+grenades?\b"),
        "whether lethal force was used in the {event}",
        _rx(r"\bguns?\s+(?:for|to)\s+hire\b|\bstarting\s+gun\b"),
    ),
    _Question(
        "weather",
        _rx(r"\b(?:heavy|torrential|driving|pouring)\s+rain\b|\b(?:strong|high|gusty|violent|fierce|powerful)\s+winds?\b|"
            r"\bgusts?\b|\b(?:thick|dense|heavy)\s+fog\b|\bfoggy\b|\b(?:poor|low|bad|limited|reduced|zero)\s+visibility\b|"
            r"\b(?:rough|heavy|choppy|stormy)\s+seas?\b|\b(?:bad|poor|severe|stormy|harsh|adverse|foul)\s+weather\b|"
            r"\bthunderstorms?\b|\bblizzard\b|\bturbulence\b"),
        _rx(r"\b(?:weather|conditions|visibility|skies|sea|seas)\b[^.;]{0,30}\b(?:good|fine|clear|calm|normal|"
            r"favourable|favorable|perfect|excellent|ideal)\b|\b(?:good|fine|clear|calm|favourable|favorable|perfect|"
            r"ideal)\s+(?:weather|conditions|visibility|skies|seas?)\b"),
        "the weather at the time of the {event}",
        _rx(r"\b(?:forecast|expected|could|will|may|might|warning|alert|every\s+time|whenever|usually)\b"),
    ),
    _Question(
        "leak",
        _rx(r"\bstill\s+(?:leaking|escaping|coming\s+(?:off|out|from)|spilling|flowing|seeping|pouring|venting)\b|"
            r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:leaking|escaping|seeping)\b|\bcontinu\w+\s+to\s+(?:leak|escape|"
            r"spill|seep|flow|pour)\b"),
        _rx(r"\b(?:leak|flow|spill|escape)\s+(?:has|had|have)\s+been\s+(?:stopped|stemmed|plugged|sealed|capped|"
            r"contained|halted)\b|\b(?:stopped|stemmed|plugged|sealed|capped|halted)\s+the\s+(?:leak|flow)\b"),
        "whether the leak has stopped after the {event}",
    ),
    _Question(
        "response delay",
        _rx(r"\bdelay(?:ed|s)?\b|\bchose\s+to\s+wait\b|\bno\s+(?:reply|response|answer)\s+for\b|\btook\s+(?:hours|too\s+long)"
            r"\s+to\s+(?:arrive|respond|come|reach|send)\b|\bslow\s+to\s+(?:respond|react|arrive|act)\b|"
            r"\barriv\w+\s+too\s+late\b"),
        _rx(r"\b(?:sent|dispatched|deployed|responded|reacted|launched|mobili[sz]ed|arrived)\s+(?:\w+\s+){0,3}?"
            r"(?:immediately|at\s+once|promptly|within\s+minutes)\b|\b(?:immediately|promptly)\s+(?:sent|dispatched|"
            r"deployed|responded|reacted|launched|mobili[sz]ed)\b|\bwithout\s+(?:any\s+)?delay\b"),
        "whether the response to the {event} was delayed",
        _rx(r"\b(?:flights?|trains?|departures?|publication|vote|voting|results?|payments?|salar\w+|wages?|"
            r"construction|works?|project|repairs?|trial|hearing|court|launch)\b"),
    ),
    _Question(
        "target",
        _rx(r"\bmilitary\s+(?:target|facility|site|base|objective|installation|infrastructure|positions?|barracks)s?\b|"
            r"\b(?:weapons?|ammunition|arms|fuel)\s+(?:depot|store|dump|cache)s?\b|\bcommand\s+(?:post|centre|center)s?\b|"
            r"\bused\s+(?:by\s+(?:the\s+)?(?:military|army|troops|soldiers|fighters|militants|militia)|as\s+(?:a\s+)?"
            r"(?:barracks|base|command\s+post|launch\s+site|military\s+post))\b|\bhousing\s+(?:troops|soldiers|fighters)\b"),
        _rx(r"\bcivilian\s+(?:target|area|building|infrastructure|homes?|houses?|neighbou?rhood|district|site|facility|"
            r"objects?|population)s?\b|\bresidential\s+(?:building|area|block|district|neighbou?rhood|quarter)s?\b|"
            r"\bonly\s+civilians\b"),
        "whether the target of the {event} was military",
    ),
    _Question(
        "suspicious",
        _rx(r"\b(?:treat|consider|regard|deem|view|investigat|handl)\w*\s+(?:[\w'’]+\s+){0,3}?as\s+(?:suspicious|criminal|a\s+crime|"
            r"a\s+criminal\s+(?:act|matter|case)|an?\s+(?:act\s+of\s+)?(?:terror\w*|homicide|murder))\b|"
            r"\bsuspicious\s+(?:death|deaths|fire|blaze|blast|explosion|circumstances)\b"),
        _rx(r"\bnot\s+(?:\w+\s+)?suspicious\b|\bnothing\s+suspicious\b"),
        "whether the {event} is treated as a crime",
    ),
    _Question(
        "fraud",
        _rx(r"\brigged\b|\bfraud\w*\b|\birregularit\w+\b|\bballot[- ]stuffing\b|\bvote[- ]buying\b|\bmanipulat\w+\b|"
            r"\bfalsif\w+\b|\bstolen\s+(?:election|vote)\b"),
        _rx(r"\bfree\s+and\s+fair\b|\b(?:credible|transparent)\s+(?:election|vote|poll|count|process)\b|"
            r"\b(?:election|vote|poll|count|process)\s+(?:was|were|had\s+been)\s+(?:credible|transparent|clean)\b"),
        "whether the {event} was free of fraud",
    ),
)

# Causes: "caused by", "blamed on", "sparked by", "began as"; the cause is what follows the words.
_CAUSE = _rx(r"\b(?:caused|triggered|sparked|started|set\s+off|brought\s+on|provoked|fuell?ed|prompted)\s+by\s+|"
             r"\bblamed\s+(?:it\s+|this\s+|the\s+\w+\s+)?on\s+|\b(?:due|owing)\s+to\s+|\bbecause\s+of\s+|"
             r"\bthe\s+(?:likely\s+|probable\s+|main\s+|root\s+|most\s+likely\s+|suspected\s+|real\s+)?cause\s+"
             r"(?:was|is|had\s+been|appears\s+to\s+be|seems\s+to\s+be|of\s+[\w\s]{1,30}?\s+(?:was|is))\s+|"
             r"\bresult(?:ed)?\s+(?:of|from)\s+|\bstemm?(?:ed|s)\s+from\s+|\b(?:began|started|erupted|broke\s+out|"
             r"flared)\s+(?:as|over|with|during)\s+|\btraced\s+(?:it\s+|the\s+\w+\s+)?(?:back\s+)?to\s+|"
             r"\blinked\s+to\s+|\bblamed\s+|\b(?:officials|investigators|police|authorities|experts|engineers|doctors|"
             r"they|we|inspectors)\s+(?:\w+\s+)?suspect(?:ed|s)?\s+(?!that\b|of\b)")
# causes named in one word or two: "sabotage", "ruled out foul play", "an electrical fault"
_CAUSE_NAMED = _rx(r"\b(?:arson|sabotage|foul\s+play|terroris[mt]\w*|deliberately\s+(?:set|started|lit|caused)|"
                   r"(?:set|started|lit|caused)\s+(?:deliberately|on\s+purpose|intentionally)|"
                   r"human\s+error|pilot\s+error|driver\s+error|technical\s+(?:fault|failure|problem|glitch)|"
                   r"mechanical\s+(?:fault|failure|problem)|electrical\s+(?:fault|failure)|short[- ]circuit|"
                   r"brake\s+failure|engine\s+failure|structural\s+failure|metal\s+fatigue|corrosion|"
                   r"accidental(?:ly)?|was\s+an\s+accident|lightning\s+strike|cyber[- ]?attacks?|hack(?:ing|ers?)|"
                   r"computer\s+attack)\b")
_UNKNOWN_CAUSE = _rx(r"\s*(?:not\s+(?:yet\s+)?(?:immediately\s+)?(?:known|clear|determined|established|confirmed)|"
                     r"unknown|unclear|under\s+investigation|being\s+investigated|still\s+(?:unknown|unclear|being)|"
                     r"yet\s+to\s+be)\b")
# what a cause is the cause of must be the story itself: "the riot was sparked by", "it began as";
# not "schools were closed due to the outbreak"
_STORY = _rx(r"^(?:(?:it|this|that)|(?:(?:the|this|that|saturday's|sunday's|monday's|tuesday's|wednesday's|"
             r"thursday's|friday's|yesterday's|last\s+night's|the\s+day's|the\s+\w+'s)\s+)?(?:\w+\s+){0,2}?"
             r"(?:incident|accident|disaster|tragedy|event|emergency|violence|unrest|clash|clashes|riot|riots|"
             r"fire|blaze|explosion|blast|collapse|crash|outbreak|poisoning|leak|spill|derailment|sinking|"
             r"capsizing|stampede|crush|avalanche|landslide|flood|flooding|eruption|attack|uprising|mutiny|"
             r"fighting|disturbance|protest|fire|rupture|failure|deaths|collapsed|exploded|crashed|sank|capsized|"
             r"derailed|caught\s+fire|burned|burnt|flooded|failed|gave\s+way|broke\s+out|overturned|ruptured|"
             r"erupted|went\s+down))\b")
_ORIGIN = _rx(r"\b(?:left|departed|set\s+(?:off|out|sail)|sailed|took\s+off|launched|had\s+left|had\s+set\s+(?:off|out|"
              r"sail)|started\s+(?:its|the|their)\s+(?:journey|voyage|trip|crossing))\s+from\s+(?:the\s+)?|"
              r"\bdeparted\s+(?:from\s+)?(?:the\s+)?(?=[A-Z])")

# Who killed the victims: "killed by police bullets" against "the hostages were killed by the gunmen"; the
# state's forces or the attackers, whatever each is called
_STATE = (r"police|(?:the\s+)?security\s+forces|army|soldiers|troops|officers|special\s+forces|snipers|"
          r"(?:the\s+)?military|riot\s+police|commandos|the\s+state")
_ATTACKERS = (r"gunmen|attackers|suspects|militants|hijackers|kidnappers|rebels|terrorists|assailants|robbers|"
              r"hostage[- ]takers|insurgents|the\s+gang|gang\s+members|armed\s+men|jihadists")
_KILLED_BY = _rx(r"\b(?:killed|shot(?:\s+dead)?|died|murdered|executed|hit|struck)\s+(?:\w+\s+)?(?:by|from)\s+"
                 r"(?:the\s+|a\s+|their\s+)?(?:(" + _STATE + r")|(" + _ATTACKERS + r"))\b")


# Where the event started: "the blast originated in the basement mechanical room", "the fire appears to have
# started in a second-floor unit", "the problem started in the Greek system" (or "outside" it). The place is
# compared by the words that name it; a time after the verb ("began on Monday") is no place.
_STARTED_AT = _rx(r"\b(?:originated|started|began|begun|broke\s+out|ignited|erupted)\s+(in|inside|at|on|from|outside|"
                  r"within|near)\s+(?!(?:the\s+)?(?:morning|afternoon|evening|night|early|late|hours?|days?|weeks?|"
                  r"months?|years?|middle|end|start|wake|aftermath)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                  r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\d)"
                  r"(?:the\s+|a\s+|an\s+)?")
_STARTER = _rx(r"\b(?:blast|fire|blaze|explosion|problem|fault|failure|outage|blackout|leak|collapse|outbreak|riot|unrest|"
               r"violence|fighting|flames|smoke|disturbance|it)\b(?:\s+[\w'’]+){0,5}\s*$")
# Who fired first: "the suspects fired first", "the police started shooting first", "the suspects opened fire on
# officers" (the attackers began it)
_FIRED_FIRST_RE = _rx(r"\b(?:the\s+)?(?:(" + _STATE + r")|(" + _ATTACKERS + r"))\s+(?:\w+\s+)?(?:fired|opened\s+fire|"
                      r"started\s+(?:shooting|firing)|shot)\s+first\b")
_ATTACKERS_FIRED_RE = _rx(r"\b(?:the\s+)?(?:" + _ATTACKERS + r")\s+(?:\w+\s+)?opened\s+fire\s+(?:on|at)\s+(?:the\s+)?"
                          r"(?:" + _STATE + r")\b")


def _started(content: str) -> Reading | None:
    m = _STARTED_AT.search(content)
    if m is None or not _STARTER.search(re.split(r"[,;]|\bthat\b", content[:m.start()])[-1]):
        return None
    place = _words(re.split(r",|\s+(?:and|but|then|before|after|where|which)\s+", content[m.end():])[0].replace("-", " "))[:5]
    if not place:
        return None
    answer = NO if m.group(1).lower() == "outside" else _answer_at(content, m.start())
    return Reading(STARTED, answer, frozenset(place), place[0])


def _fired_first(content: str) -> Reading | None:
    m = _FIRED_FIRST_RE.search(content)
    if m is not None:
        side = "state forces" if m.group(1) else "attackers"
        return Reading(FIRED_FIRST, _answer_at(content, m.start()), frozenset({side}), side)
    m = _ATTACKERS_FIRED_RE.search(content)
    if m is not None:
        return Reading(FIRED_FIRST, _answer_at(content, m.start()), frozenset({"attackers"}), "attackers")
    return None


# Closures: whether a road, a trail, an airport, a school... was closed. The closed thing keys the question
# ("the trail was closed" and "the airport was closed" answer two); activities name the place they need.
_AUX = (r"(?:(?P<modal>(?:should|could|would|must|might|may|ought\s+to)\s+(?:not\s+)?have\s+been\s+)|"
        r"(?:had|has|have|will|would|could|should|must|to)\s+(?:already\s+|also\s+|since\s+|not\s+|never\s+)?been\s+|"
        r"(?:will|would|could|should|must|to)\s+(?:not\s+)?be\s+|(?:was|were|is|are|being)\s+|remained\s+|remains?\s+|"
        r"stayed\s+|stays?\s+)")
# where the closed thing is: "schools on the islands remain open", "the road to the coast was closed"
_WHERE = r"(?:\s+(?:on|in|at|of|across|to|near|around)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
_COUNTED = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of|hundreds\s+of)\s+"
_ADVERB = r"(?:(?:already|also|still|temporarily|fully|partly|partially|officially|then|not|never|immediately)\s+)?"
_CLOSED = _rx(r"\b(?P<thing>[A-Za-z][\w-]+)" + _WHERE + r"\s+" + _AUX + _ADVERB + r"(?P<verb>closed|shut(?:\s+down)?|banned|"
              r"prohibited|barred|off[- ]limits|cordoned\s+off|sealed\s+off)\b|"
              r"\b(?P<verb2>closed|shut|banned|barred)\s+(?:the\s+|all\s+|" + _COUNTED + r")?"
              r"(?P<thing2>[A-Za-z][\w-]+(?:\s+[a-z][\w-]+)?)\b")
_OPEN = _rx(r"\b(?P<thing>[A-Za-z][\w-]+)" + _WHERE + r"\s+" + _AUX.replace("?P<modal>", "?:") + _ADVERB +
            r"(?P<verb>open|being\s+issued|allowed|permitted|in\s+use)\b|"
            r"\b(?P<thing2>[A-Za-z][\w-]+)\s+(?:permits?\s+)?(?:were|was)\s+still\s+(?:being\s+)?"
            r"(?P<verb2>issued|sold|allowed|running|operating)\b")
_ACCESS = {
    "trail": {"trail", "trails", "path", "paths", "climbing", "climb", "climbers", "hiking", "hikers", "trekking",
              "trekkers", "summit", "crater"},
    "road": {"road", "roads", "highway", "motorway", "route", "traffic", "motorists"},
    "airport": {"airport", "airports", "airspace", "runway"},
    "school": {"school", "schools", "classes", "campus"},
    "beach": {"beach", "beaches", "swimming", "bathing"},
    "border": {"border", "crossing", "crossings"},
    "port": {"port", "ports", "harbour", "harbor"},
}
_NOT_CLOSED_THINGS = {"it", "they", "which", "that", "this", "who", "he", "she", "case", "cases", "deal", "investigation",
                      "eyes", "doors", "door", "session", "meeting", "market", "markets", "shares", "stocks", "polls",
                      "account", "accounts", "file", "inquiry", "probe", "hearing", "trial", "window", "windows"}


_ACCESS_OF = {word: thing for thing, words in _ACCESS.items() for word in words}


def _closed_thing(words: str) -> str:
    """What was closed, from the word or two that name it ("the trail", "the main road", "the motorway at")."""
    named = [w for w in words.lower().split() if w not in _STOP]
    w = ([x for x in named if x in _ACCESS_OF] or named or [""])[-1]
    if w in _ACCESS_OF:
        return _ACCESS_OF[w]
    if w in _NOT_CLOSED_THINGS or w in _STOP or len(w) < 3:
        return ""
    return _stem(w)


def _closure(content: str) -> Reading | None:
    """ "the trail was closed on October 14", "climbing had been banned", "nobody told us the trail was
    closed"; "permits were still being issued", "the road remained open"."""
    for rx, answer in ((_CLOSED, YES), (_OPEN, NO)):
        for m in rx.finditer(content):
            two = "2" if m.group("verb2") else ""
            thing = _closed_thing(m.group("thing" + two))
            if thing:
                said = _answer_at(content, m.start("verb" + two))
                if answer == YES and not two and m.group("modal"):
                    said = _flip(said, True)  # "the bridge should have been closed years ago": it was not
                return Reading(f"closed {thing}", said if answer == YES else _flip(said, True))
    return None


# Whether something people do is safe: drinking the water, going outside, swimming, eating the catch, going
# home. "The tap water is safe to drink" answers yes; "do not drink the tap water", "we advise against drinking
# it", "avoid all outdoor activity", "nobody should go outside" answer no. Keyed by what people would do.
_SAFE_YES = _rx(r"(?<!un)\bsafe\b(?!\s*(?:distance|zones?|limits?|levels?|havens?|houses?|places?|passage|corridors?))")
_SAFE_NO = _rx(r"\bunsafe\b|\b(?:do|does|did)\s+not\s+(?:drink|use|go|swim|eat|leave|breathe|return|touch)\b|"
               r"\b(?:don['’]t|never)\s+(?:drink|use|go|swim|eat|leave|breathe|return|touch)\b|\bavoid\w*\b|"
               r"\badvis\w+\s+(?:\w+\s+)?against\b|\b(?:should|must)\s+not\b|\b(?:shouldn|mustn)['’]t\b|"
               r"\b(?:nobody|no\s+one|no-one)\s+should\b|\bstay\s+(?:indoors|inside|at\s+home|home)\b|\bboil\w*\b")
_SAFE_ACTIVITIES = (
    ("drink the water", _rx(r"\bdrink\w*\b|\btap\s+water\b|\bwater\s+supply\b|\bboil\w*\b")),
    ("go outside", _rx(r"\boutdoors?\b|\boutside\b|\bgo\s+out\b|\bindoors\b|\binside\b|\bgo\s+to\s+(?:work|school)\b")),
    ("swim", _rx(r"\bswim\w*\b|\bbath(?:e|ing)\b|\bbeach(?:es)?\b")),
    ("eat the food", _rx(r"\beat\w*\b|\bseafood\b|\bcatch\b|\bcrops?\b")),
    ("go home", _rx(r"\breturn\w*\s+(?:to\s+(?:their|your|his|her|our)\s+)?homes?\b|\bgo\s+(?:back\s+)?home\b")),
)
SAFE = "safe to"
_SAFETY = _Question(SAFE, _SAFE_YES, _SAFE_NO, "whether it is safe to {activity} after the {event}")


def _safety(content: str) -> Reading | None:
    """Whether it is safe to do what the statement names (see _SAFE_ACTIVITIES), or None."""
    if not (_SAFE_YES.search(content) or _SAFE_NO.search(content)):
        return None
    activity = next((name for name, rx in _SAFE_ACTIVITIES if rx.search(content)), "")
    if not activity:
        return None
    return Reading(f"{SAFE} {activity}", _answer(_SAFETY, content))


# Whether supplies ran out: "the drinking stations ran out of water", "we ran out of beds twice", "there is no
# shortage of vaccine", "water never ran out", "not enough oxygen". Keyed by what ran out, and only for what a
# hospital, a shelter or a relief effort runs short of (not time, patience or luck).
_SUPPLIES = {
    "water", "food", "vaccine", "vaccines", "medicine", "medicines", "drugs", "oxygen", "beds", "blood", "fuel",
    "petrol", "diesel", "gas", "supplies", "space", "tents", "bread", "doses", "ambulances", "staff", "coffins",
    "antivenom", "insulin", "antibiotics", "blankets", "shelter", "rice", "flour", "milk", "formula", "masks",
    "ventilators", "stretchers", "ice", "power", "electricity", "money", "cash", "funds", "ammunition", "seats",
}
_RAN_OUT = _rx(r"\b(?P<verb>ran|run|runs|running)\s+(?:out|low|short)\s+(?:of|on)\s+(?P<thing>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\b|"
               r"\b(?P<verb2>shortages?|lack)\s+of\s+(?P<thing2>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\b|"
               r"\b(?P<thing3>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:(?:had|has|have|never|did\s+not|didn['’]t|had\s+not|"
               r"never\s+once)\s+)*(?P<verb3>ran|run|runs|running)\s+(?:out|low|short)\b(?!\s+(?:of|on|with|into|to)\b)")
_ENOUGH = _rx(r"\b(?P<verb>enough|plenty\s+of|sufficient|adequate|ample)\s+(?P<thing>(?:[\w'’-]+\s+){0,1}[\w'’-]+)\b|"
              r"\bthere\s+(?:was|were|is|are)\s+always\s+(?:enough\s+|plenty\s+of\s+)?(?P<thing2>(?:[\w'’-]+\s+){0,1}[\w'’-]+)\b")


def _supply(words: str) -> str:
    """The supply the words name, one word for its singular and plural ("vaccines": "vaccine"), or ""."""
    named = [w.removesuffix("'s") for w in words.lower().replace("’", "'").split() if w.removesuffix("'s") in _SUPPLIES]
    if not named:
        return ""
    w = named[-1]
    return w[:-1] if w.endswith("s") and w[:-1] in _SUPPLIES else w


def _shortage(content: str) -> Reading | None:
    """Whether a supply ran out, keyed by the supply (see _SUPPLIES), or None."""
    for m in _RAN_OUT.finditer(content):
        n = next(i for i in ("", "2", "3") if m.group("verb" + i))
        thing = _supply(m.group("thing" + n))
        if thing:
            return Reading(f"{RAN_OUT} {thing}", _answer_at(content, m.start("verb" + n)))
    for m in _ENOUGH.finditer(content):
        thing = _supply(m.group("thing") or m.group("thing2"))
        if thing:
            return Reading(f"{RAN_OUT} {thing}", _flip(_answer_at(content, m.start()), True))
    return None


RAN_OUT = "ran out of"


# A negation in the words just before what answers the question, in its own clause
_NEGATION = _rx(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|hardly|barely)\b|n['’]t\b|"
                r"\bno\s+one\b|\bfailed\s+to\b|\bden(?:y|ies|ied|ying)\b|\brefus\w+\s+to\b|\bhave\s+yet\s+to\b|"
                r"\bruled\s+out\b|\bany\s+(?:sign|evidence|record|indication)\s+of\b")
_DENIAL_BEFORE = _rx(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut\w+|disput\w+|"
                     r"ruled\s+out|rules\s+out|contest\w*)\b(?:\s+(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|"
                     r"suggestions?|accusations?|accounts?))?(?:\s+that)?[\s,]*$")
_NOT_RULED_OUT = _rx(r"\b(?:not|n['’]t|cannot|never)\s+(?:yet\s+)?(?:be\s+|being\s+|been\s+)?rul(?:ed|ing|e)\s+out\b")
_CLAUSE_CUT = re.compile(r"[,;:(]|\b(?:but|while|whereas|although|though|however|and\s+that|because)\b", re.I)

_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "its", "their",
    "his", "her", "that", "this", "these", "those", "which", "who", "was", "were", "is", "are", "been", "be",
    "had", "has", "have", "possible", "possibly", "likely", "probably", "apparent", "apparently", "suspected",
    "some", "kind", "sort", "type", "form", "between", "among", "into", "over", "after", "before", "during",
    "about", "inside", "outside", "near", "within", "what", "appeared", "appears", "seems", "seemed", "say",
    "said", "says", "believed", "thought", "most", "main", "also", "than", "more", "other", "another", "such",
    "very", "there", "it", "they", "them", "while", "where", "when", "people", "both", "rival",
}


@dataclass(frozen=True)
class Reading:
    question: str  # a name in QUESTIONS, or "cause" or "origin"
    answer: str  # YES / NO; for causes and places, whether the statement asserts or denies what it names
    detail: frozenset[str] = frozenset()  # what a cause or a place of departure names (stems)
    head: str = ""  # the cause's first word ("dispute", "protest"); the words that date a span ("since 2019")
    span: tuple[int, int] | None = None  # the months (year * 12 + month - 1) a dated answer allows


def read_statement(content: str, sentence: str, weather_story: bool = False) -> Reading | None:
    """The question a statement answers and its answer, or None when it answers none we know.
    `content` is what the claimant says (the claim's value); `sentence` holds it, with the verb
    that reports it ("denied that..."). `weather_story`: the story is a storm or a flood, so the
    weather is its subject, not a question about it."""
    if not content:
        return None
    denied = _denied(content, sentence)
    cause = _CAUSE.search(content)
    if cause and _UNKNOWN_CAUSE.match(content[cause.end():]):
        cause = None  # "the cause was not immediately known": no answer yet
    if cause and _is_the_story(content[:cause.start()], cause.group(0)):
        words = _words(content[cause.end():])
        if words:
            return Reading(CAUSE, _flip(_answer_at(content, cause.start()), denied), frozenset(words), words[0])
    named = _CAUSE_NAMED.search(content)
    if named:
        words = _words(named.group(0))
        return Reading(CAUSE, _flip(_answer_at(content, named.start()), denied), frozenset(words), words[0])
    origin = _ORIGIN.search(content)
    if origin:
        names = _names(content[origin.end():origin.end() + 60])
        if names:
            return Reading(ORIGIN, _flip(_answer_at(content, origin.start()), denied), frozenset(names))
    for reading in (_started(content), _fired_first(content)):
        if reading is not None:
            return replace(reading, answer=_flip(reading.answer, denied))
    killer = _KILLED_BY.search(content)
    if killer:
        side = "state forces" if killer.group(1) else "attackers"
        return Reading(KILLER, _flip(_answer_at(content, killer.start()), denied), frozenset({side}), side)
    closure = _closure(content)
    if closure is not None:
        return Reading(closure.question, _flip(closure.answer, denied))
    safety = _safety(content)
    if safety is not None:
        return replace(safety, answer=_flip(safety.answer, denied))
    shortage = _shortage(content)
    if shortage is not None:
        return replace(shortage, answer=_flip(shortage.answer, denied))
    for q in QUESTIONS:
        if q.name == "weather" and weather_story:
            continue
        if q.not_here is not None and q.not_here.search(content):
            continue
        answer = _answer(q, content)
        if answer == YES and q.before is not None and not q.before.search(content):
            continue
        if answer:
            return Reading(q.name, _flip(answer, denied))
    return None


def _answer(q: _Question, content: str) -> str:
    # each match answers as its words say, unless a negation before it turns it round
    yes = [_answer_at(content, _place(m)) for m in q.yes.finditer(content)]
    no = [_flip(_answer_at(content, m.start()), True) for m in q.no.finditer(content)] if q.no is not None else []
    if YES in yes:
        return YES  # "fired tear gas and live rounds": the live rounds decide
    if NO in no:
        return NO
    return (yes or no or [""])[0]  # only negated words: "no complaint was received", "the weather was not good"


def _place(m: re.Match) -> int:
    """Where a match's answer sits: its first group that took part (the verb), else its start."""
    return next((m.start(g) for g in range(1, (m.lastindex or 0) + 1) if m.start(g) >= 0), m.start())


def _answer_at(content: str, at: int) -> str:
    """YES unless the words just before `at`, in its own clause, negate it."""
    before = content[max(0, at - 60):at]
    cuts = list(_CLAUSE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    before = " ".join(before.split()[-6:])
    if _NOT_RULED_OUT.search(before):
        return YES  # "not ruling out a cyberattack": still a possibility, not a denial
    return NO if _NEGATION.search(before) else YES


def _denied(content: str, sentence: str) -> bool:
    at = sentence.find(content[:40])
    return at > 0 and bool(_DENIAL_BEFORE.search(sentence[max(0, at - 60):at]))


def _flip(answer: str, denied: bool) -> str:
    return (NO if answer == YES else YES) if denied else answer


def _is_the_story(before: str, cue: str) -> bool:
    before = before.strip(" ,")
    if cue.lower().startswith("blamed"):
        return True  # "officials blamed contaminated water", "police blamed the riot on"
    if not before:
        return True  # "due to a gas leak" said on its own
    clause = re.split(r"[,;]\s*", before)[-1]
    subject = re.sub(r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|may\s+have\s+been|might\s+have\s+been|"
                     r"could\s+have\s+been|appears\s+to\s+have\s+been|seems\s+to\s+have\s+been|had|has|was\s+likely|"
                     r"was\s+probably|most\s+likely|likely|probably|possibly|all|entirely|partly|largely|mainly|"
                     r"in\s+part|not|n['’]t)\b.*$", "", clause, flags=re.I).strip()
    return bool(_STORY.match(subject)) and len(subject.split()) <= 5


def _stem(word: str) -> str:
    w = word.lower().strip("'’")
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:6]


def _words(text: str) -> list[str]:
    text = re.split(r"[.;:(]|\s+(?:and\s+that|but|while|whereas|although|officials\s+said|police\s+said|"
                    r"according\s+to)\b", text, maxsplit=1)[0]
    return [_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)[:10]
            if w.lower() not in _STOP and len(w) >= 3]


def _names(text: str) -> list[str]:
    """The place a journey began: its capitalised words and place adjectives ("the Tunisian port of Sfax")."""
    text = re.split(r"[.;,]|\s+(?:with|carrying|bound|heading|towards|for|on|at|and)\s", text, maxsplit=1)[0]
    return [_stem(w) for w in re.findall(r"\b[A-Z][\w'’-]+", text) if w.lower() not in _STOP]


def answer_label(reading: Reading) -> str:
    """How the fact page groups statements: by their answer ("yes" / "no"), a cause or a place by what it
    names first."""
    if reading.span is not None or reading.question == INSPECTED:
        return reading.head
    if reading.question in _NAMING:
        named = reading.head or min(reading.detail, default="")
        return f"{'not ' if reading.answer == NO else ''}{named}".strip()
    return reading.answer


_NAMED_TITLES = {
    CAUSE: "what caused the {event}",
    ORIGIN: "where the journey before the {event} began",
    KILLER: "who killed the victims of the {event}",
    STARTED: "where the {event} started",
    FIRED_FIRST: "who fired first in the {event}",
    INSPECTED: "when the site of the {event} was last inspected",
}


def title(question: str, event: str) -> str:
    event = event or "event"
    if question in _NAMED_TITLES:
        return _NAMED_TITLES[question].format(event=event)
    if question.startswith(BUILT):
        return f"when the {question[len(BUILT) + 1:] or 'structure'} in the {event} was built"
    if question.startswith(SAFE + " "):
        return _SAFETY.title.format(activity=question[len(SAFE) + 1:], event=event)
    if question.startswith("closed "):
        return f"whether the {question[7:]} was closed at the time of the {event}"
    if question.startswith(RAN_OUT + " "):
        return f"whether {question[len(RAN_OUT) + 1:]} ran out in the {event}"
    for q in QUESTIONS:
        if q.name == question:
            return q.title.format(event=event)
    return question


def compare_readings(a: MatchClaim, b: MatchClaim, ra: Reading, rb: Reading, topic: str) -> Suggestion | None:
    """Two statements on one question: one answer corroborates, opposite answers contradict. A cause or a
    place of departure: the same one named corroborates, a different one contradicts; a denial meets
    only the one it denies."""
    later, earlier = _order(a, b)
    rl, re_ = (ra, rb) if later is a else (rb, ra)
    said = f"{_quote(later)} vs {_quote(earlier)}"
    if ra.question == INSPECTED or ra.question.startswith(BUILT):
        return _compare_spans(a, b, ra, rb, topic)
    if ra.question in _NAMING:
        shared = ra.detail & rb.detail
        same_thing = (ra.head and ra.head == rb.head) or len(shared) >= 2 or (
            ra.question == ORIGIN and shared)
        if not same_thing and shared:
            return None  # one word in common: neither clearly the same nor clearly another
        if ra.answer == NO and rb.answer == NO:
            return None  # two denials say nothing about each other
        if ra.answer != rb.answer:
            if not same_thing:
                return None  # "not from Tunisia" against "from Zuwara": no clash in words we can read
            return Suggestion(later.id, earlier.id, CONTRADICTS, 0.5, f"one denies what the other names as {topic}: {said}")
        if same_thing:
            if _same_claimant(a, b):
                return Suggestion(later.id, earlier.id, SAME, 0.6, f"the same source repeats {topic}: {said}")
            return Suggestion(later.id, earlier.id, CORROBORATES, 0.5, f"both name the same for {topic}: {said}")
        if _same_claimant(a, b):
            return None  # one source naming two things: more likely both than a change of mind
        return Suggestion(later.id, earlier.id, CONTRADICTS, 0.4, f"they name different things as {topic}: {said}")
    if ra.answer == rb.answer:
        if _same_claimant(a, b):
            return Suggestion(later.id, earlier.id, SAME, 0.6, f"the same source repeats {topic}: {said}")
        return Suggestion(later.id, earlier.id, CORROBORATES, 0.5, f"both answer {topic} {rl.answer}: {said}")
    if _same_claimant(a, b):
        return None
    return Suggestion(later.id, earlier.id, CONTRADICTS, 0.5,
                      f"they answer {topic} differently ({rl.answer} / {re_.answer}): {said}")


def _compare_spans(a: MatchClaim, b: MatchClaim, ra: Reading, rb: Reading, topic: str) -> Suggestion | None:
    """Two datings of one structure's history: spans that overlap agree; spans apart, or a date against
    "never", contradict."""
    later, earlier = _order(a, b)
    said = f"{_quote(later)} vs {_quote(earlier)}"
    if ra.span is None and rb.span is None:
        agree = ra.answer == rb.answer  # "never inspected" twice
    elif ra.span is None or rb.span is None:
        agree = False if NO in (ra.answer, rb.answer) else None
    else:
        agree = ra.span[0] <= rb.span[1] and rb.span[0] <= ra.span[1]
    if agree is None:
        return None
    if agree:
        if _same_claimant(a, b):
            return Suggestion(later.id, earlier.id, SAME, 0.6, f"the same source repeats {topic}: {said}")
        return Suggestion(later.id, earlier.id, CORROBORATES, 0.55, f"both date {topic} alike: {said}")
    if _same_claimant(a, b):
        return None
    return Suggestion(later.id, earlier.id, CONTRADICTS, 0.55, f"they date {topic} differently: {said}")


def _quote(c: MatchClaim) -> str:
    text = (c.value.text or "").strip()
    return f"“{text[:80]}”" if text else "?"
