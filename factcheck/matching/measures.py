"""What a claim measures (killed, wounded, fired, intercepted, turnout...), the event it belongs to
(an earthquake, a fire, an attack), and whom it counts (soldiers, civilians, children, drones...)."""

from __future__ import annotations

import functools
import re

from factcheck import places as gazetteer
from factcheck.extraction import ASIDE, PLACE_FALLS, PROPOSITION_BREAK, Value, unpublished

from .core import UNKNOWN, _COUNTRIES, _DEMONYMS


# --------------------------------------------------------------------------------------------
# Measures


# flown out by helicopter or plane: the injured taken to hospital
AIRLIFT = r"airlift|flown (?:out )?(?:by \w+ )?(?:helicopter )?to\b|evacuated by (?:helicopter|air)"

_MEASURES: list[tuple[str, re.Pattern]] = [
    (m, re.compile(p))
    for m, p in [
        ("intercepted", r"shot down|shoot down|intercept|downed|neutrali[sz]|repel|repuls|brought down|"
                        r"air defen[cs]e"),
        ("casualties", r"(?:killed|dead|died) (?:and|or) (?:wounded|injured|hurt)|casualt"),
        # who lost their sight: not the dead, and more than any one hospital's eye ward counts
        ("blinded", r"blinded|\blost (?:their|his|her) (?:eye)?sight|\blost (?:their|his|her) vision|"
                    r"\b(?:left|gone|went|go|been|are|were|was|is) blind\b"),
        # put down on purpose (stranded whales, sick livestock): among the dead, and a count of its own
        ("euthanised", r"euthani[sz]|\bput down\b(?! (?:the|a|an|its|their|his|her)\b)|\bput to sleep\b"),
        ("killed", r"kill|\bdead\b|\bdied\b|\bdie\b|death|lost (?:their|his|her) li|perish|fatalit|slain|"
                   r"drown|murder|\bbodies\b|\btoll\b|eliminat|liquidat"),
        # who an avalanche, a landslide or crossfire caught: more than it killed
        ("caught", r"^caught$|\bcaught (?:up )?(?:in|by)\b|\bcaught (?:about |some |around |at least |more than |nearly )?"
                   r"(?:\d|a dozen|dozens|several)"),
        # who fell ill in an outbreak or a poisoning: more than those admitted to hospital
        ("sick", r"^sick$|\b(?:fell|fallen|falls?|falling|taken|became|got) (?:seriously )?(?:ill|sick)\b|sickened|"
                 r"symptoms|food poisoning|\b(?:were|was|are|is|been) (?:\w+ )?(?:sick|ill)\b"),
        # kept apart so as not to spread it: fewer than the sick, and a count that falls as they recover
        ("isolated", r"\bisolat|\bquarantin|\bconfined to (?:their |his |her )?(?:cabins?|rooms?|homes?|quarters)"),
        # the patients who went home: not the sick, nor those in hospital
        ("discharged", r"discharg|sent home|released from (?:the )?hospital|left (?:the )?hospital"),
        # who came forward for care: more than the injured, and more than those admitted
        ("sought care", r"^sought care$|\b(?:sought|seeking|seeks?|asked for|requested) (?:urgent |emergency )?"
                        r"(?:medical )?(?:help|care|attention|assistance|treatment)\b"),
        # in a critical condition: fewer still, and what doctors report
        ("critical", r"critical|intensive care|\bin (?:a )?serious (?:but stable )?condition"),
        # in hospital is its own count: fewer than the injured, and a count hospitals keep
        ("hospitalised", r"hospitali[sz]|\badmitted\b|\bin hospital\b|(?:taken|brought|rushed) to (?:a |the )?hospitals?\b|"
                         r"\bsent to (?:a |the )?hospital\b(?!s)|"
                         r"\b(?:taken|carried|driven|rushed)\s+(?:away\s+)?(?:by|in)\s+(?:an\s+)?ambulances?\b|"
                         + AIRLIFT),
        ("wounded", r"wound|injur|\bhurt\b|\btreated\b|\bfirst[ -]aid\b"),
        ("missing", r"missing|unaccounted|disappear"),
        ("trapped", r"\btrapped|stranded|stuck|\bcame ashore\b|\bbeached\b|entombed|buried alive|"
                    r"\bcut off\b(?! from (?:power|electricity))|"
                    r"\b(?:are|is|were|was|still|remain\w*) (?:still )?under (?:the )?(?:mud|rubble|debris|ruins|snow|wreckage)"),
        # a jail break: who got out, who was caught again, who is still on the run (before "captured")
        ("escaped", r"escap|breakout|jailbreak|fled (?:the )?(?:prison|jail)|broke (?:out of|free|loose)\b|"
                    r"\b(?:got|get|gets|getting) out\b(?! alive| of (?:control|hand)\b)(?= (?:of|through|and)\b|\W|$)|"
                    r"\b(?:had been|have been|has been|were|was|got|ran) loose\b"),
        ("recaptured", r"recaptur|re-?arrest|caught again|returned to (?:custody|prison)"),
        ("at large", r"at large|on the run|\b(?:still|remain\w*) (?:on the )?loose\b"),
        ("transferred", r"transferr|transfers?\b|moved to other (?:prisons|jails|facilities)"),
        # who was charged (the accused, the defendants): fewer than those arrested, and the court's count
        ("charged", r"\bcharged\b|\baccused\b|\bindicted\b|\bdefendants\b|\bprosecuted\b"),
        ("arrested", r"arrest|detain|custody|apprehend|\bjailed\b|rounded up|(?:been|were|was|being) held\b(?! hostage| captive)"),
        ("displaced", r"displac|evacuat|evacuees?\b|\bfled\b|\bflee|homeless|relocat|uproot|(?:been|were|was) moved\b|\bmoved out\b|"
                      r"\b(?:had|forced|ordered|told|asked) to (?:leave|flee|get out|abandon)\b|"
                      r"\b(?:leave|left|leaving|abandon\w*) (?:their|his|her) (?:homes?|houses?|villages?)"),
        # who left a race, a contest or a deal before its end: "six teams scratched", "two mushers withdrew"
        # (not the places left, "withdrew from 12 villages", nor "thieves scratched 40 cars")
        ("withdrew", r"\b(?:withdr[ae]w|withdrawn)\b(?!\s+from\s+(?:\w+\s+){0,2}\d)|"
                     r"\bscratch(?:ed|es)\b"
                     r"(?=\s*(?:[.,;:]|$|(?:from|out|before|after|on|at|in|during|with|and|because)\b))|"
                     r"\bpulled out of (?:the )?(?:race|contest|competition|tournament|election|talks)\b"),
        ("rescued", r"rescu|\bsaved\b|\brefloat|pulled (?:out|from|alive)|surviv|\bfound alive\b|\bto safety\b|"
                    r"\b(?:brought|carried|pulled|dug|lifted|got)\s+(?:\w+\s+){0,3}?(?:down|out|up|back)\s+alive\b|"
                    # "six crew were taken off the ship by helicopter", "four were flown off": lifted off a
                    # stricken vessel or a roof
                    r"\b(?:taken|flown|lifted|winched|airlifted|plucked)\s+(?:off|from)\s+(?:the|a|their|its)\s+"
                    r"(?:\w+\s+)?(?:ship|vessel|boat|ferry|tanker|rig|platform|roofs?|wreck)\b"),
        ("released", r"releas|\bfreed\b|set free|handed over|exchanged|swapped"),
        ("captured", r"captur|taken prisoner|prisoners of war|surrender|hostage|abduct|kidnap|captive"),
        ("cancelled", r"cancel|scrapped|called off"),
        # ships or flights sent elsewhere: not those still waiting, nor those cancelled
        ("diverted", r"divert|rerout|re-rout"),
        ("without power", r"without (?:power|electricity)|lost (?:power|electricity)|power cut|blackout|outage|"
                          r"cut off from (?:power|electricity)|no (?:power|electricity)"),
        ("aboard", r"on board|aboard|onboard|\bcarrying\b|\bcarried\b|\bpassengers\b|\bstrapped in|"
                   # a cargo: "14,600 head were loaded in Darwin", "the ship left Darwin with 14,850 cattle"
                   r"\b(?:were|was|been|being) (?:\w+ )?loaded\b(?!\s+(?:onto|into|on|to|aboard)\b)|"
                   r"\b(?:ship|vessel|carrier|freighter|boat|ferry|tanker|plane|aircraft|flight|convoy|truck|train)\s+"
                   r"(?:had\s+)?(?:left|departed|sailed\s+from)\s+(?:[a-z][\w'’-]*\s+){1,3}with\b|"
                   r"\bon (?:the|that|a) (?:bus|coach|boat|plane|flight|train|ferry|vessel|minibus|truck|ride|"
                   r"gondola|aircraft|jet|airliner|ship|tram)\b|"
                   # "we were more than 50 in the boat": who rode in a small craft or a vehicle
                   r"\bin (?:the|that|a|one|our|their|his|her) (?:\w+ )?(?:boat|dinghy|raft|canoe|skiff|lifeboat|bus|"
                   r"minibus|van|truck|lorry|basket|gondola|cable car|cabin|carriage|helicopter|lift|elevator)\b"),
        # who was there when it happened: "87 miners were underground", "were on the shift", "inside"
        ("present", r"\bpresent\b|\b(?:were|was) (?:underground|inside|at work|on duty|working|sleeping|sheltering|"
                    r"on (?:the )?site)\b|"
                    r"\b(?:were|was|had been) (?:on|working) (?:the |that |its )?(?:night |day |late |early |morning |"
                    r"evening )?shift\b|"
                    r"\b(?:were|was|had been)\s+(?:living\s+)?in (?:the|that|those|their) (?:building|factory|plant|mine|"
                    r"hall|venue|club|school|church|mosque|hotel|premises|stadium|warehouse|tunnel|houses?|homes?|"
                    r"vehicles?|cars?)\b|\bin the (?:vehicles|cars) (?:crossing|on)\b|"
                    r"\bon (?:the |their |that |a |night |day |morning )?shifts?\b"),
        # who took part in a study or a programme by signing up to it: "enrolled 1,214 patients", "randomised"
        ("enrolled", r"\benrol|\brandomi[sz]ed\b|\brecruited\b"),
        # shares that changed hands on a trading day: not the shares a company sold in its offer
        ("traded", r"changed hands|change hands|changing hands|\btraded\b(?! (?:fire|blows|insults|accusations|barbs))|"
                   r"trading volume"),
        ("turnout", r"turnout|march|protest|attend|\brall|gather|demonstrat|took to the streets|"
                    r"participat|\bcrowd|took part|turned out|\bjoined\b|walked out|\bwatch(?:ed|ing)\s+(?:the|from|as|on)\b|"
                    # who was out there when it happened: "5,000 people were on the beach", "had surrounded the truck"
                    r"\bsurrounded\b|\bflock\w*|\b(?:were|was)\s+(?:\w+\s+)?(?:on|at)\s+the\s+(?:beach|seafront|shore|"
                    r"waterfront|promenade|scene|junction|square)\b|"
                    # people who lined a route or packed a quay: "4,000 people lined the dock", "fans thronged the
                    # square", "spectators were on Victoria Quay" (not police or soldiers lining the streets, nor
                    # trucks or ships)
                    r"\b(?:people|spectators|fans|residents|supporters|onlookers|mourners|well-wishers|locals|"
                    r"families|pilgrims|worshippers|visitors)\s+(?:had\s+|have\s+)?(?:"
                    r"(?:lined|thronged|packed)\s+(?:(?:the|both|its|their)\s+)?(?:\w+\s+)?(?:streets?|route|roads?|"
                    r"avenue|boulevard|course|finish|bridge|square|stands|terraces|seafront|waterfront|promenade|beach|"
                    r"shore|docks?|quays?|quayside|pier|wharf|harbou?r|harbou?rfront|banks?|riverbank)|"
                    r"(?:were|was)\s+(?:\w+\s+)?(?:on|at)\s+(?:the\s+)?(?:\w+\s+)?(?:docks?|quays?|quayside|pier|wharf|"
                    r"harbou?r|harbou?rfront|banks?|riverbank))\b|"
                    # "10,000 depositors had been outside the head office"
                    r"\b(?:were|was|had\s+been)\s+(?:\w+\s+)?outside\s+(?:the|its|their)\b"),
        ("hit", r"\bhit\b|\bhits\b|struck|\bstrike\b|landed|impact|reached|got through|broke through|penetrated|"
                r"evaded (?:the )?air defen"),
        ("fired", r"\bfired\b(?!\s+up\b(?!\s+to\b))|\bfiring\b|\bfires? (?:at|on)\b|launch|\bshot\b|\bsent\b|headed|"
                  r"\btarget|\baimed|\bused\b|salvo|barrage"),
        # homes destroyed and homes damaged are two counts (the damaged are usually more); a count of both
        # is a third
        ("destroyed or damaged", r"destroyed (?:or|and) damaged|damaged (?:or|and) destroyed|destroyed or partly|"
                                 r"damaged or flattened"),
        ("damaged", r"damag"),
        ("destroyed", r"destroy|wreck|burn|flatten|collaps|razed|\bburied\b|swept away|washed away|engulfed"),
        # those a measure reaches: "the decree would reach about 465,000 workers", "will benefit 2 million families"
        ("affected", r"affect|\bbenefit(?:s|ed|ing)?\b(?! from)|\bbeneficiar|\breach(?:es)?\s+(?:about|some|around|"
                     r"roughly|nearly|almost|more\s+than|over|up\s+to)?\s*[\d,.]+\s*(?:million\s+)?(?:workers|people|"
                     r"households|families|employees|pensioners|farmers)\b"),
    ]
]

_HUMAN_MEASURES = {"killed", "blinded", "wounded", "discharged", "sick", "isolated", "caught", "escaped", "recaptured", "at large",
                   "transferred", "hospitalised", "critical", "casualties", "missing", "trapped", "present", "arrested", "charged",
                   "displaced", "rescued",
                   "sought care", "captured", "released", "affected", "turnout", "aboard"}
_PROJECTILE_MEASURES = ("fired", "intercepted", "hit")

_MEASURE_WORDS = {
    "killed": "killed", "blinded": "blinded", "wounded": "wounded", "discharged": "sent home from hospital", "sick": "fell ill", "caught": "caught", "escaped": "escaped", "recaptured": "recaptured", "at large": "still at large",
    "transferred": "transferred", "hospitalised": "in hospital", "critical": "in critical condition", "casualties": "killed or wounded", "missing": "missing", "trapped": "trapped", "present": "present",
    "arrested": "arrested", "charged": "charged", "displaced": "displaced", "rescued": "rescued", "captured": "captured",
    "turnout": "turnout", "fired": "fired", "released": "released", "without power": "without power",
    "aboard": "on board", "intercepted": "shot down", "hit": "that hit", "withdrew": "who withdrew",
    "destroyed": "destroyed", "damaged": "damaged", "cancelled": "cancelled", "diverted": "diverted", "destroyed or damaged": "destroyed or damaged",
    "affected": "affected", "isolated": "isolated", "euthanised": "put down", "sought care": "who sought medical help",
}

# what lands when it "touches down" (a tornado touches down too)
_FLIERS = ("plane", "aircraft", "jet", "flight", "airliner", "helicopter", "we")
# a story with a tornado in it names it: "touched down" alone is a flight's landing anywhere else
TWISTER = re.compile(r"tornado|twister|funnel cloud", re.I)
_PROJECTILE_WORDS = ("missile", "missiles", "rocket", "rockets", "shell", "shells", "drone", "drones", "bomb", "bombs",
                     "debris", "fragments")

# what generates power, whose shutdown is the outage itself: "shut down reactor 2", "shutting down unit 3"
_POWER_UNIT = r"(?:reactors?|(?:generating\s+)?units?|power\s+(?:plant|station)s?|generators?|turbines?)\b"
_POWER_SHUTDOWN = rf"shut(?:s|ting)?\s+down\s+(?:[\w-]+\s+){{0,3}}?(?:{_POWER_UNIT})"
# what is closed or stopped in a closure: a place, a route, or the traffic through it
_CLOSABLE = (r"airports?|airspace|runways?|terminals?|stations?|roads?|motorways?|highways?|bridges?|tunnels?|borders?|"
             r"border\s+crossings?|ports?|harbou?rs?|schools?|beach(?:es)?|trails?|streets?|routes?|passes|venues?|"
             r"stadiums?|flights|flying|traffic|take-?offs|landings|operations|services|lanes|"
             r"(?:rail|metro|subway|tube)\s+lines?")


# what travels and so departs: "the convoy set off", "the ferry sets off from Dover"
_TRAVELLERS = (r"(?:convoy|tankers?|trucks?|lorr(?:y|ies)|train|ship|vessel|ferry|boat|bus|coach|flight|plane|aircraft|"
               r"crew|expedition|caravan)")

# Event nouns, by family: "the quake", "the tremor" and "the earthquake" are one event; so are "the
# blaze" and "the fire", "the blast" and "the attack". The noun decides, never the verb: a quake
# "hit" and a missile "hit" are different events (verbs only decide when no noun is in sight).
_EVENTS: list[tuple[str, re.Pattern]] = [
    (e, re.compile(p))
    for e, p in [
        ("earthquake", r"quake|tremor|temblor|seismic"),
        # a labour strike is a protest: "a 24-hour general strike", "workers went on strike"
        ("attack", r"attack|(?<!general )(?<!hunger )(?<!on )\bstrikes?\b(?! action)|"
                   r"airstrike|shelling|bomb|explo(?!r|it)|blast|missile|rocket(?!ed|ing)|drone|"
                   r"\braid|assault|"
                   r"\bstorm(?:ed|ing)\b|\bsiege\b|hostage|robbery|\bheist\b"),
        # a breakout from a prison, a jail or a detention centre: the escape or the breakout named as a thing, or
        # someone who escaped or broke out of custody; not gas that escaped or children who escaped unhurt
        ("escape", r"\b(?:the|an|their|this|that|his|her|saturday's|sunday's|night's)\s+(?:[\w-]+\s+)?"
                   r"(?:escape|breakout)\b(?!\s+(?:route|room|hatch|velocity|key|of\b|from\s+(?:the\s+)?"
                   r"(?:flames|fire|floods?|water|blaze|building)))|\bjailbreak\b|\bprison\s+break\b|"
                   r"\b(?:escaped|broke\s+out|got\s+out|fled)\s+(?:from\s+|of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
                   r"(?:prison|jail|gaol|custody|detention|remand|penitentiary|cells?)\b|"
                   r"\b(?:inmates?|prisoners?|detainees?|convicts?)\s+(?:[\w-]+\s+){0,3}?(?:escaped|broke\s+out)\b"),
        # the clocks going back or forward: a moment of the night, not what happened in it
        ("clock change", r"\bclocks?\s+(?:go|goes|went|going|were\s+put|are\s+put|will\s+go|change[sd]?)\s+"
                         r"(?:back|forward)|\b(?:change|switch|changeover)\s+to\s+(?:winter|summer|standard|"
                         r"daylight(?:\s+saving)?)\s+time\b|\bclock\s+change\b|\bput\s+(?:their|the|its)\s+clocks\b"),
        ("avalanche", r"avalanche|snowslide|\bslide\b"),
        ("outbreak", r"poisoning|fell ill|taken ill|symptoms|\boutbreak\b(?! of (?:violence|fighting|war|unrest|protests?))|"
                     r"norovirus|cholera|measles|dengue|salmonella|\bepidemic"),
        ("tornado", r"tornado|twister|" + "".join(f"(?<!{w} )" for w in _FLIERS) + "touched down"),
        # a flight's landing is a moment of its own, hours after what happened on board
        ("landing", r"\b(?:" + "|".join(_FLIERS) + r"|consignment|shipment|cargo|vaccines?|doses)\s+"
                    r"(?:[\w,]+\s+){0,3}?(?:landed|touched down)\b|"
                    # what lands after it was fired is the attack: "the missile landed in a field at 3:05 a.m."
                    r"" + "".join(f"(?<!{w} )" for w in _PROJECTILE_WORDS) +
                    r"\blanded\s+(?:safely\s+)?(?:at|in)\s+(?!hospital|jail|prison|court|trouble|the dock)|"
                    r"\b(?:emergency|safe|hard)\s+landing\b|"
                    # what a flight brought, at the airport: "the doses were received at Douala International Airport"
                    r"\b(?:received|arrived|delivered|flown\s+in)\s+(?:at|to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                    r"(?:airport|airfield|air\s?base)\b"),
        ("flood", r"flood(?! (?:warning|alert|watch))|\brain|\bstorm(?:s|y)?\b(?! (?:warning|alert|watch))|cyclone|"
                  r"hurricane|typhoon|landslide|mudslide|\bdam\b|tsunami(?! (?:warning|alert|watch))|"
                  r"\bhail(?!ed|ing)|blizzard|snowstorm|lightning|thunder"),
        # "..., leaving travellers stranded": what it left behind, no departure
        # ... and the first of many flights: "rescue flights began at 5:20 a.m.", "made 14 flights, starting at"
        ("departure", r"\b(?:flights|sorties|airlift|shuttles?)\s+(?:[\w-]+\s+){0,2}?(?P<at>began|begun|started)\b|"
                      r"\b(?:flights|sorties)\b[^.;,]{0,50},\s+(?P<at2>starting)\b|"
                      r"\bdepart(?!ment)|\bleft\b(?! the (?:rails|tracks?|road|runway))|"
                      r"\bleaving\b(?! (?:[\w-]+ ){0,3}?(?:stranded|homeless|dead|injured|hurt|without|behind))|"
                      r"set sail|"
                      # what travels sets off ("the convoy of tankers set off from Norseman", "the convoy carried
                      # 105,000 litres and it set off at 3am"); a march that sets off is the march itself, even
                      # one "led by a truck"
                      r"\b" + _TRAVELLERS + r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?P<at3>set|sets|setting)\s+"
                      r"(?:off|out)\b|"
                      r"\b" + _TRAVELLERS + r"\b[^.;]{0,50}?\b(?:it|they)\s+(?P<at4>set|sets)\s+(?:off|out)\b|"
                      r"\bsailed\b|\bsail(?:s|ing)\s+(?=at|from|for|on|out|shortly|just|early|late)|took off|"
                      r"pulled out of|\blift(?:s|ed)?[- ]?off\b|\bliftoff\b|\bblast(?:s|ed)?[- ]off\b"),
        # a ship's arrival at its berth: "berthed at 0110 GMT", "docked at 7am", "moored at the terminal"
        ("berthing", r"\bberth(?:ed|ing)\b|\bdock(?:ed|ing)\b(?!\s+(?:workers?|strike))|\bmoored\b|\btied up\b|"
                     r"\bcame alongside\b"),
        # the end of a race, a crossing or a record attempt: "crossed the finish line", "finished at"
        ("finish", r"\bfinish(?:ing)? line\b|\bcrossed the (?:[\w-]+ ){0,3}?line\b|"
                   r"\b(?:completed|finished) the (?:crossing|race|row|voyage|journey|swim|climb|course|marathon)\b|"
                   # ... and of a game: its winning shot, its final whistle ("won it at 3.08pm ET", "the match
                   # ended at")
                   r"\bwinning\s+(?:[\w-]+\s+){0,2}?(?:shot|goal|basket|three|three-pointer|try|run|putt|header|"
                   r"penalty)\b|\bgame[- ]winner\b|\bwon it\b|"
                   # what happened "seconds after the final whistle" happened after it, not at it
                   r"(?<!after )(?<!after the )(?<!before )(?<!before the )(?<!since the )"
                   r"\b(?:final (?:whistle|buzzer|hooter|siren)|full[- ]time|buzzer)\b|"
                   r"\b(?:game|match|bout|fight|final(?!\s+(?:[\w-]+\s+){0,2}?(?:transmission|broadcast))|contest)\b"
                   r"[^.;,]{0,40}?\b(?P<at>ended|finished)\b"),
        # the start of a game: "tipped off at noon ET", "kick-off was at 19:45", "the match started at". A race's start
        # is the race's own time ("the gun went at 0300 GMT"), and police "tipped off" by a caller start no game
        ("kickoff", r"(?<!were )(?<!was )(?<!been )(?<!being )\b(?:tipped|kicked)[- ]off\b|"
                    r"\b(?:tip|kick)-?off\s+(?:is|was|at|time)\b|\b(?:opening|first) whistle\b|\bfirst pitch\b|"
                    r"\b(?:game|match|bout|fight)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?P<at>began|started|got under ?way)\b"),
        # the moments of a dispute, a crime or a market: talks that broke up, an arrest, a court appearance,
        # trading stopped: the words that name it ("shares ... before being suspended") are where it is read from
        ("talks", r"\btalks\b|\bnegotiat\w+|\bmeeting\b"),
        # a decree, a law or a deal signed, and the moment it takes effect: two moments of one story ("signed the
        # decree at 22:40 on Tuesday", "the levy took effect at 00:01 GMT", "went live at 23:01 SAST")
        ("signing", r"\bsign(?:ed|ing|s)\s+(?!up\b|off\b|in\b|of\b)|\bsignature\b|\bsigned\b"),
        # a closure that "took effect" is the closing itself, the moment "police closed the road" tells
        ("effect", r"(?<!closure )(?<!closures )(?<!shutdown )"
                   r"\b(?:take|takes|taking|taken|took)\s+effect\b|\b(?:came|come|comes|coming|enter(?:s|ed)?)\s+"
                   r"into\s+force\b|\bin\s+force\s+(?:from|since|on)\b|\b(?:went|go|goes)\s+live\b|"
                   r"\beffective\s+(?:from|on|at|as\s+of)\b|\bapplies\s+from\b|\bkick(?:s|ed)?\s+in\b|"
                   # a levy or a rule that changes "from" a moment: "the duty will rise from 00:00 on Sunday", "raises
                   # its duty on sugary drinks from 2am SAST" (not "from 3 cents to 8 cents", nor opening hours)
                   r"\b(?:duty|duties|tax|taxes|levy|levies|excise|tariffs?|fares?|prices?|ban|curfew|law|rules?|"
                   r"regulations?)\b[^.;]{0,80}?\b(?P<at>from)\s+"
                   r"(?=(?:\d|midnight|noon)(?![^.;]{0,30}\b(?:to|until|till)\b))"),
        ("arrest", r"\barrest(?:s|ed|ing)?\b|\bdetained\b|\bhanded (?:himself|herself|themselves) (?:in|over)\b|"
                   r"\bturned (?:himself|herself|themselves) in\b|\btaken into custody\b"),
        ("court", r"\bappeared (?:[\w-]+ ){0,3}?(?:in|before|at) (?:the )?(?:[\w-]+ ){0,4}?(?:court|dock|magistrate|judge|"
                  r"tribunal)\b|\bin the dock\b|\bhearing\b|\barraigned\b|\bsentenced\b|"
                  # a ruling: "gave her ruling just before noon", "a verdict handed down at 2230 GMT", "a court
                  # fined ... at"
                  r"\bruling\b|\bverdict\b|\bjudge?ments?\b|\bhanded down\b|\bacquitted\b|\bconvicted\b|"
                  r"\bcourt\b[^.;]{0,60}?\b(?P<at>fined)\b"),
        ("suspension", r"\b(?:trading|shares|stock|listing)\b[^.;]{0,60}?\b(?P<at>suspen\w*|halt(?:s|ed)?)\b|"
                       r"\b(?:suspen\w*|halt(?:s|ed|ing)?|stopp?(?:s|ed|ing)?)\s+(?:trading|dealings|"
                       r"(?:[\w'’-]+\s+){0,2}(?:shares|stock|listing))\b|\btrading\s+halt\b"),
        ("fire", r"\bfire\b(?!\s*(?:service|brigade|department|fighter|officials?|crews?|station|chief|and rescue))"
                 r"|blaze|wildfire|inferno"),
        # a company's call with analysts or investors is its news conference: "told analysts on a call at 7:30
        # p.m.", "on an investor webcast at 11.30am"
        ("speech", r"\baddress(?:ed)?\b|\bspeech\b|press conference|news conference|\bbriefing\b|\bwebcast\b|"
                   r"\b(?:conference|earnings|investor|analysts?'?) call\b|"
                   r"\b(?:told|briefed) (?:analysts|investors) on a call\b"),
        # an air-raid alert and its all-clear are moments of an attack, not the attack
        # ... and so is an order lifted: "the evacuation order was lifted at 11:30", "police lifted the cordon at"
        ("all clear", r"all[- ]clear|\b(?:orders?|evacuation|cordon|curfew|lockdown|restrictions?|warnings?)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|had\s+been|is|are)\s+(?P<at>lifted)\b|"
                      r"\blift(?:ed|s|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:evacuation\s+)?(?:order|cordon|curfew|"
                      r"lockdown|restrictions)\b|"
                      # ... and an alert taken back: "the warning was withdrawn at 1021 GMT", "cancelled the alert at"
                      r"\b(?:alerts?|warnings?|alarms?)\s+(?:(?:for|in|on|of)\s+(?:the\s+)?[\w-]+\s+)?"
                      r"(?:was|were|has\s+been|had\s+been)\s+"
                      r"(?P<at2>cancell?ed|withdrawn|called\s+off|retracted|rescinded|revoked)\b|"
                      r"\b(?:cancell?(?:ed|ing)|withdr[ae]w|withdrawing|retract(?:ed|ing)|rescind(?:ed|ing)|"
                      r"revok(?:ed|ing))\s+"
                      r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<at3>alert|warning|alarm)s?\b|"
                      r"\b(?:cancell?ation|retraction|withdrawal|correction)\s+(?:message|alert|notice|text|"
                      r"notification)s?\b|\bsent\s+(?:the|a|an|its|their)\s+"
                      r"(?:[\w-]+\s+)?(?:cancell?ation|retraction|correction)\b|"
                      # a cancellation that went out, told without what it took back: "a cancellation followed at
                      # 2329 GMT", "the cancellation did not come until 1.30 a.m." (not one announced)
                      r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+)?cancell?ation\s+(?:(?:did\s+not|didn['’]t|only)\s+)?"
                      r"(?:followed|came|come|went\s+out|was\s+sent|arrived|reached)\b"),
        # the time by which people had to be gone: "asked to leave their homes by 9:00", "had to be out by 2 p.m."
        ("deadline", r"\b(?:asked|told|ordered|urged|required|had|have|has|needed|need)\s+to\s+"
                     r"(?:[\w'’-]+\s+){0,6}?(?P<at>by)\s+(?=\d|noon|midnight)"),
        ("alert", r"\bsirens?\b|air[- ]raid (?:alert|warning)s?|\balert\b(?! to)|(?<!without )(?<!no )(?<!little )"
                  r"(?<!any )\bwarnings?\b(?! (?:signs?|shots?|lights?|labels?))"),
        # the moments of the response: the first call for help, the crews' arrival, the end
        ("call", r"\b(?:911|999|112)\b|\b(?:emergency|distress|sos)\s+(?:calls?|messages?|signals?|beacons?|texts?)\b|"
                 r"\bsos\b|\bfirst calls?\b|\bcalls? (?:came|was|were) (?:in|received|made)|"
                 r"\bmayday\b|raised the alarm|sounded the alarm|\bcall(?:ed|s)?\s+for\s+help\b"),
        # a crew leaving its ship: "abandoned ship at 04:35", "the crew took to the lifeboat at about 4.30am"
        ("abandon", r"(?<!\ban )(?<!\bthe )(?<!\ba )\babandon(?:ed|ing|s)?\s+(?:the\s+|their\s+|her\s+)?"
                    r"(?:ship|vessel|boat)\b|"
                    r"\btook\s+to\s+(?:the\s+|their\s+)?(?:lifeboats?|life\s*rafts?|liferafts?)\b"),
        # a rescue lifeboat sent out, not a ship's own ("the vessel's lifeboat", "took to the lifeboat")
        ("arrival", r"(?<!ship's )(?<!ship’s )(?<!vessel's )(?<!vessel’s )(?<!boat's )(?<!boat’s )(?<!to the )"
                    r"(?<!their )(?<!its own )\blifeboats?\b|\bdispatched\b|\bscrambled\b|"
                    r"\b(?:crews?|firefighters|rescuers|paramedics|"
                    r"ambulances?|responders|units)\b[^.,;]{0,30}\b(?:arrived|reached|were on (?:the )?scene)\b|"
                    r"\bfirst (?:crews|responders|firefighters|units|rescuers)\b"),
        # a place or a service closed, a moment of its own: "suspended all take-offs and landings at 18:52", "police
        # closed the station at 23:00", "the bridge was shut at 6pm" (not when the crash or the attack happened)
        ("closure", r"\bpull(?:ed|s|ing)?\s+the\s+plug\b|"
                    # a station or a service that ended its broadcasts: "went off the air at 01:00", "went silent at
                    # 8pm", "switched off the last transmitter", "the final transmission ended at 00:00 UTC"
                    r"\b(?:went|go|goes|going|gone)\s+off\s+(?:the\s+)?air\b|"
                    r"\b(?:radio|station|broadcaster|broadcasts?|transmitters?|frequency|channel|shortwave|service)\b"
                    r"[^.;]{0,60}?\b(?:went|go|goes|gone)\s+silent\b|"
                    r"\bswitch(?:ed|es|ing)?\s+off\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:transmitters?|transmissions?|broadcasts?)\b|"
                    r"\b(?:final|last)\s+(?:[\w-]+\s+){0,2}?(?:transmission|broadcast)\s+"
                    r"(?P<at5>ended|finished|closed)\b|"
                    rf"\b(?!{_POWER_SHUTDOWN})"
                    r"(?:closed|closes|closing|shut|shuts|shutting|suspended|suspends|suspending|halted|halts|"
                    r"halting|halt|stopped|stopping|grounded|grounding)\s+(?:all\s+|its\s+|the\s+|their\s+)?"
                    rf"(?:[^\s.;]+\s+){{0,6}}?(?:{_CLOSABLE})\b|"
                    # "the closure took effect at 10:40 p.m.", "announced the suspension of all scheduled services at"
                    r"\b(?:closures?|shutdown|suspension)\s+(?:[^\s.;]+\s+){0,3}?(?:took|takes|take|taking|taken)\s+"
                    r"effect\b|"
                    rf"\b(?:closure|closing|shutdown|suspension|halt)\s+of\s+(?:[^\s.;]+\s+){{0,4}}?(?:{_CLOSABLE})\b|"
                    rf"\b(?:{_CLOSABLE})\s+(?:[\w'’/-]+\s+){{0,4}}?"
                    r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
                    r"(?P<at>closed|shut|suspended|halted)\b(?!\s+(?:off|down)\b)"),
        ("end", r"under control|\bcontained\b|extinguish|\bput out\b|\bdoused\b|\bquelled\b|\bregained control\b|"
                # "is due to end at 11pm", "will end at 00:00 on Friday", "keeping it going until 00:00 on Saturday"
                r"\b(?:due|set|expected|scheduled|planned)\s+to\s+end\b|\bwill\s+end\b|"
                # an undertaking that ended at a time, apart from when it began: "the operation began at 5am and ended
                # at 4.20am", "the surgery was completed at" (talks, a vote or a game that ended are their own moments)
                r"\b(?:operation|surgery|procedure|search|siege|stand-?off|rescue|evacuation|mission|hunt|manhunt)\b"
                r"(?:(?!\b(?:after|when|as|once|until|before|which|that|while|because)\b)[^.;,]){0,60}?"
                r"(?P<next>\b(?:ended|concluded|wrapped\s+up|came\s+to\s+an\s+end|(?:was|were)\s+"
                r"(?:finally\s+)?completed)\s+(?=(?:at|shortly|just|around|about|soon|only|finally)\b))|"
                # "took part in the operation, which ended at 8am"
                r"\b(?:operation|raid|surgery|procedure|search|siege|stand-?off|rescue|evacuation|mission|hunt|manhunt)"
                r",?\s+which\s+(?:finally\s+)?(?P<at6>ended|concluded|wrapped\s+up)\s+"
                r"(?=(?:at|shortly|just|around|about)\b)|"
                # a run or a test that ended: "the run ended at 00:52", "held a plasma until it ended at 10:52 a.m."
                r"\b(?:run|shot|pulse|test|experiment|trial|session|it)\s+(?:had\s+)?(?P<at7>ended)\s+(?=at\b)|"
                r"\b(?:keep(?:s|ing)?|kept|continu\w*|last(?:s|ed|ing)?|go(?:es|ing)?\s+on|extend\w*)\s+"
                r"(?:[\w-]+\s+){0,3}?(?P<at>until)\b|"
                r"\bsecured\b|\bre-?open(?:ed|s|ing)?\b|\brestored\b|"
                rf"\bshut (?:off|down)\b(?!\s+(?:[\w-]+\s+){{0,3}}?(?:{_POWER_UNIT}))|"
                r"\bwas shut\b(?!\s+down)|\bturned off\b|"
                # the last of them home: "the last climbers reached the lower camp at 8:40 p.m."
                r"\bthe\s+last\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:reached|arrived|walked\s+(?:in|into|out)|"
                r"got\s+(?:to|out)|(?:was|were)\s+(?:brought|flown|taken|lifted)\s+(?:out|off|down|to))\b|"
                # "flight operations resumed at 01:15", "didn't restart operations until 8:15 p.m."
                r"\b(?:resum|restart)\w*\s+(?:[\w-]+\s+){0,2}?(?:operations|flights|flying|services?|traffic|"
                r"departures|trains|sailings)\b|"
                r"\b(?:operations|flights|flying|departures|trains|sailings)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:resumed|restarted)\b|"
                r"\bsealed\b|\bcapped\b|"
                # a service back: "traffic was back to normal at 4.40am", "full service returned at 04:25"
                r"\bback (?:to normal|online|on ?line|up and running)\b|\b(?:service|services|power|electricity|"
                r"supply|supplies|traffic|connectivity|connections?|signal|water)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:returned|resumed|came back)\b"),
        # the time something was due to happen, a question apart from when it did: "the landing had been scheduled
        # for 7:30 a.m.", "the landing is due at about 3.30am", "the ferry was due to dock at 6pm" (not a cause: "due to
        # heavy rain")
        ("plan", r"(?P<next>\b(?:scheduled|due|planned|timetabled|slated|expected)\s+(?:for|at)\b|"
                 r"\b(?:was|were|is|are|been|originally|initially)\s+set\s+for\b|"
                 r"\b(?:scheduled|planned|timetabled|slated|set|expected)\s+to\s+(?!end\b|be\s+(?:held|over)\b)"
                 r"(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]+\b|"
                 # "due to" a verb, not a cause ("due to snow at 2pm")
                 r"\bdue\s+to\s+(?:arrive|land|leave|depart|dock|berth|sail|start|begin|open|close|finish|take\s+off|"
                 r"lift\s+off|launch|meet|speak|appear|resume|return|kick\s+off|be\s+(?!held\b|over\b)[a-z]+ed)\b)"),
        # when those in charge were told: "notified the port health office at 18:40", "not informed until Monday"
        ("notice", r"\bnotif(?:ied|ication)\b|\binformed\b|\balerted\b|\breported (?:it|this|the \w+) to\b|"
                   r"\bcontacted (?:\w+ ){0,2}(?:office|officials|authorit|regulator|ministry|agency|inspectorate)"),
        # when something was found, read only just before the time: "the stone was recovered on 16 August", "the
        # crew spotted the capsule at about 10:40"
        ("find", r"\b(?:was|were|been|being)\s+(?:first\s+)?(?:not\s+)?(?:found|recovered|discovered|unearthed|dug up|"
                 r"spotted|noticed)\b|"
                 # "the ministry's timeline had the escape discovered at 03:25"
                 r"\b(?:had|has|have)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?P<at>found|discovered|"
                 r"spotted|noticed)\b|"
                 r"\b(?:found|spotted|discovered|recovered|unearthed)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
                 r"(?=(?:at|on|in|just|shortly|around|about|when)\b)|\b(?:found|spotted|discovered)\s+that\b"),
        ("collapse", r"collaps|cave-in|caved in"),
        # a labour strike: its kind or its length names it ("the 48-hour strike", "a general strike", "went on
        # strike"; _no_month calls those "stoppe"), and so does a bare "strike" in a story of a labour dispute
        ("strike", r"\bstoppes?\b|\bwalk-?outs?\b|\bwalked (?:out|off)\b|\bstoppages?\b|industrial action|"
                   r"strike action|\bstrikers?\b"),
        # whole words: "generally" holds no rally, "Marchetti" no march, "patriot" no riot, and a drug that
        # "demonstrated" an effect no demonstration
        ("protest", r"protest|\brall(?:y|ies|ied|ying)\b|\bmarch(?:es|ed|ing|ers)?\b|\bdemonstrat(?:ions?|ors?|ing)\b"
                    # a machine built to show it works is no protest: "a demonstration power plant by 2050"
                    r"(?!\s+(?:(?:power|fusion|nuclear|pilot)\s+)?(?:plants?|reactors?|projects?|models?|versions?|"
                    r"units?|facilit(?:y|ies)|flights?|phase|programmes?|programs?|stage)\b)|"
                    r"hunger\s+strikes?\b|\briot"),
        ("crash", r"crash|collision|collided|derail|capsiz|sank|sink|overturn|plunged|plunge|"
                  r"\b(?:balloon|plane|aircraft|helicopter|jet|glider|airliner)\s+(?:\w+\s+)?came down\b|"
                  r"(?:left|came off|went off|jumped) the (?:rails|tracks?|road|runway)"),
        ("shooting", r"shooting|gunman|stabbing"),
        ("grounding", r"aground|\bgrounding|\bgrounded\b|touched bottom|struck (?:a )?(?:reef|rocks?|sandbank)"),
        # a ship, a train or a plane that lost its engines: the breakdown, whatever came after it ("lost
        # propulsion at 2140 GMT after leaving Split" is no departure)
        ("breakdown", r"\blost\s+(?:all\s+)?(?:its\s+|her\s+)?(?:propulsion|steering|(?:engine|main)\s+power|"
                      r"both\s+engines|an\s+engine|engines?)\b|\bengine\s+(?:failure|fault|trouble)|\bwent\s+adrift\b|"
                      r"\b(?:ship|ferry|vessel|boat|train|plane|aircraft|tanker|freighter|carrier|liner|it|she)\s+"
                      r"lost\s+"
                      r"(?:all\s+)?(?:its\s+|her\s+)?(?:engine\s+)?power\b|"
                      # talks that broke down are the talks' moment
                      r"\b(?:ship|ferry|vessel|boat|train|bus|coach|lorry|truck|engine|lift|elevator|locomotive)s?\s+"
                      r"(?:had\s+)?broke(?:n)?\s+down\b"),
        # a generating unit shut down is the outage: "shut down reactor 2 at 23:41", "the unit was shut down"
        ("outage", rf"\b{_POWER_SHUTDOWN}|"
                   rf"\b(?:{_POWER_UNIT})\s+(?:[\w-]+\s+){{0,3}}?(?:was|were|had\s+been|has\s+been)\s+"
                   r"(?:[\w-]+\s+)?shut\s+(?P<at>down)\b|"
                   r"outage|blackout|power cut|went (?:down|offline|dark|dead)|\btripped\b(?! (?:over|up|on)\b)"),
        ("election", r"election|\bvot|ballot|\bpolls?\b"),
    ]
]
# moments named only by the words around a time, never by the predicate the extractor took for it ("three
# suspects were killed and two arrested when the police stormed the building at 15:50": the assault)
_READ_NEAR = {"talks", "arrest", "court", "suspension"}
_MOMENTS = {"closure", "departure", "finish", "kickoff", "speech", "all clear", "deadline", "alert", "call", "arrival",
            "clock change", "abandon", "plan",
            "end", "request", "notice", "landing", "find", "signing", "effect"} | _READ_NEAR
_NAMING_EVENTS = [(n, rx) for n, rx in _EVENTS if n not in _READ_NEAR]
# the events a size or a reading can belong to: no moment of the story (a news conference, a departure)
_STORY_EVENTS = [(n, rx) for n, rx in _EVENTS if n not in _MOMENTS]
# moments whose words date only a time before them: "brought in around 3 a.m., and the office was alerted later"
_NAMED_BEFORE = {"notice"}
# ... and only right by it: "the stranding was discovered at 5:15am", or after a time that opens the sentence ("At
# 05:50, staff found that the net had been torn"); not "the first refloating attempt was made at 11:42am" later in
# the sentence
_NAMED_JUST_BEFORE = {"find"}
# a time that opens its sentence ("On Sunday, at 05:50, staff found..."), so the verb after it is what happened then
_FRONTED = re.compile(r"\W*(?:[a-z]+\W+){0,2}")
_EVENT_VERBS: list[tuple[str, re.Pattern]] = [
    # a machine "fired up" started; "fired up to 40 rockets" fired them
    ("attack", re.compile(r"\bhit\b|struck|strike|fired(?!\s+up\b(?!\s+to\b))|launch|shell")),
    ("fire", re.compile(r"\bburn")),
    ("shooting", re.compile(r"\bshot\b")),
]


def _no_month(text: str) -> str:
    """Lower-case text where the month is not a march ("on March 22", "22 March", "in March", "before March",
    "mid-March"), a town's falls are not a fall, a body's name names no event ("the National Multi Hazard Early
    Warning Centre", "the National Committee for Emergency Management") and a labour strike told by its kind or
    its length is no attack ("the 48-hour strike": "the 48-hour stoppe", the same length)."""
    text = PLACE_FALLS.sub(r"\1xxxxx", text)
    text = _BODY_NAME.sub(lambda m: "x" * len(m.group(0)), text)
    text = _QUALIFIED_STRIKE.sub(lambda m: m.group(0)[:-6] + "stoppe", text)
    return _MONTH_MARCH.sub(lambda m: m.group(0)[:-5] + "xxxxx", text.lower())


# a labour strike told by its kind or its length: "the 48-hour strike", "a general strike", "drivers went on strike"
_QUALIFIED_STRIKE = re.compile(r"\b(?:(?:general|national|nationwide|indefinite|rail|transport|port|dock|union|"
                               r"(?:drivers|workers|teachers|nurses|doctors|pilots|dockers|miners|staff)['’]?|"
                               r"\d+-(?:hour|day|week)|(?:one|two|three|four|five|seven)-day)\s+|on\s+)strike", re.I)
# a story of a labour dispute, in which a bare "strike" is the walkout; not a war's
_LABOUR_WORDS = re.compile(r"\bunions?\b|\bwalk-?outs?\b|\bpicket|industrial action|\bstrikers\b|\bwages?\b|"
                           r"\bpay\s+(?:rise|claim|offer|deal|talks|dispute)|\bstoppages?\b", re.I)
_WAR_WORDS = re.compile(r"\bair ?strikes?\b|\bdrones?\b|\bmissiles?\b|\brockets?\b|\bshelling\b|\btroops\b|"
                        r"\bsoldiers\b|\bmilitary\b|\bbomb", re.I)


@functools.lru_cache(maxsize=64)
def labour_story(article_text: str) -> bool:
    """Whether an article is about a labour dispute: two of its words, and no war's."""
    return len(_LABOUR_WORDS.findall(article_text)) >= 2 and not _WAR_WORDS.search(article_text)


def bare_strikes(text: str, article_text: str) -> str:
    """`text` with its bare "strike" called a "stoppe" (the same length) in a story of a labour dispute."""
    return re.sub(r"\bstrike(?=s?\b)", "stoppe", text, flags=re.I) if labour_story(article_text) else text


# a body's name: capitalised words that end in what a body is called
_BODY_NAME = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:(?:for|of|and|on)\s+)?)+"
                        r"(?:Centre|Center|Committee|Agency|Authority|Office|Ministry|Department|Service|Institute|"
                        r"Council|Commission|Management|Administration|Bureau|Directorate|Organi[sz]ation|Network|"
                        r"Society|Association|Corps|Unit|System)\b")
_MONTH_MARCH = re.compile(r"\bmarch(?=\.?,?\s+\d)|(?<=\d )march\b|\b(?:in|of|before|after|until|till|since|by|from|"
                          r"early|late|last|next|this|end\s+of)\s+march\b|\bmid-march\b")


def own_clause(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the clause around `pos`: between the commas or semicolons on either side."""
    lo = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos)) + 1
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return lo, min(ends) if ends else len(text)


def _event_family(text: str, pos: int | None = None, patterns=None) -> str:
    """The event family a text names: the first family that matches, or with `pos` the one whose
    word is nearest that offset, in the offset's own clause first ("the train, which left at 9.05pm,
    derailed at 11.47pm": the 9.05pm is the departure)."""
    low = _no_month(text)
    if pos is not None:
        lo, hi = own_clause(low, pos)
        if (lo, hi) != (0, len(low)):
            inner = _nearest_family(low[lo:hi], pos - lo, patterns)
            if inner:
                return inner
    return _nearest_family(low, pos, patterns)


# a clock time in lower-case text: "6pm", "14:20", "0440 gmt", "noon"
_A_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b|\b\d{4}\s*(?:gmt|utc)\b|\bnoon\b|"
                     r"\bmidnight\b")


def _nearest_family(low: str, pos: int | None, patterns) -> str:
    best, best_d = "", 10**9
    for name, rx in patterns or _EVENTS:
        for m in rx.finditer(low):
            if pos is None:
                return name
            # a family may mark the word of its match that names the moment ("shares ... were suspended") in a
            # named group: "at", and "at2", "at3"... for further alternatives (a pattern cannot name two groups alike)
            at = next((m.start(g) for g in rx.groupindex if m.group(g)), m.start())
            if name in _NAMED_BEFORE and (at > pos or PROPOSITION_BREAK.search(low, at, pos)) or \
                    name in _NAMED_JUST_BEFORE and not (
                    0 <= pos - at <= 60 or at > pos and at - pos <= 100 and _FRONTED.fullmatch(low, 0, pos)) or \
                    "next" in rx.groupindex and m.group("next") is not None and (
                    at > pos or "," in low[m.end():pos] or _A_TIME.search(low, m.end(), pos)):
                continue  # words that name only the first time after them in their clause: "was due at 6pm but came
                # at 9.40pm", not "the rally, expected to draw thousands, began at 2pm"
            d = pos - at if at <= pos else 2 * (at - pos)  # the words before a time say what happened at it
            if d < best_d:
                best, best_d = name, d
    return best


@functools.lru_cache(maxsize=64)  # read for each claim of an article, and the text is the same each time
def _article_event(article_text: str) -> str:
    """The event family an article is about: the family whose nouns it uses most."""
    low = _no_month(article_text)
    # a departure or a speech is a moment inside the story, never what the whole article is about
    counts = {name: len(rx.findall(low)) for name, rx in _EVENTS if name not in _MOMENTS} if article_text else {}
    counts = {k: n for k, n in counts.items() if n}
    if "tornado" in counts and not TWISTER.search(low):
        del counts["tornado"]  # "the charter touched down at 08:05": a flight, in a story with no tornado
    # a false alarm is a story about its alert: "a tsunami warning sent in error", told far more often than
    # any tsunami, is what its bare times date
    alerts = len(_ALERT_WORDS.findall(low)) if article_text else 0
    if alerts >= 4 and alerts >= 2 * max(counts.values(), default=0) and _FALSE_ALARM.search(low):
        return "alert"
    return max(counts, key=counts.get) if counts else ""


_ALERT_WORDS = dict(_EVENTS)["alert"]
# an alert sent by mistake: what makes the alert itself the story
_FALSE_ALARM = re.compile(r"\b(?:false|mistaken|erroneous)\s+(?:[\w-]+\s+)?(?:alerts?|alarms?|warnings?)\b|"
                          r"\b(?:alerts?|alarms?|warnings?|messages?)\b[^.;]{0,80}?\b(?:in\s+error|by\s+mistake|"
                          r"mistakenly|accidentally|wrongly)\b")


_HAPPENED = re.compile(r"happen|occur|took place|began|started|hit|struck")


def _measure(pred: str) -> str:
    p = pred.lower()
    for name, rx in _MEASURES:
        if rx.search(p):
            return name
    return ""


# --------------------------------------------------------------------------------------------
# Subjects


_F_PLURALS = {"loaves": "loaf", "knives": "knife", "wives": "wife", "lives": "life", "halves": "half",
              "shelves": "shelf", "wolves": "wolf", "calves": "calf", "thieves": "thief", "sheaves": "sheaf"}


def _sing(w: str) -> str:
    w = w.lower().strip(".,;:'’\"()")
    if w in {"people", "police", "personnel", "staff", "crowd", "equipment", "children", "men", "women",
             "servicemen", "policemen", "firemen", "militia", "aircraft", "infrastructure", "news"}:
        return w
    if w.endswith("men") and len(w) > 5:
        return w[:-3] + "man"
    if w in _F_PLURALS:
        return _F_PLURALS[w]
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
              "asylum-seeker survivor climber hiker trekker skier fan guest diner customer commuter traveller traveler evacuee "
              "colleague employee staff staffer runner athlete competitor entrant cyclist swimmer jogger rider driver "
              "motorist pedestrian holidaymaker holiday-maker beachgoer bather sunbather vacationer",
    # who works a ship or an aircraft: counted apart from its passengers ("22 crew and 180 passengers")
    "crew": "crew crewman crewmen crewmember crew-member seafarer deckhand",
    "children": "child children kid minor student pupil schoolchild teenager boy girl infant baby",
    "police": "police policeman policemen police-officer gendarme",
    "journalists": "journalist reporter photographer cameraman",
    "rescuers": "rescuer firefighter fireman firemen emergency-worker lifeguard fire-crew rescue-crew ambulance-crew "
                "diver searcher coastguard",
    "medics": "medic doctor nurse paramedic health-worker",
    "prisoners": "prisoner inmate detainee hostage captive",
    "attackers": "attacker gunman gunmen assailant suspect perpetrator hijacker kidnapper hostage-taker raider "
                 "robber shooter",
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
    "grain": "grain wheat maize corn barley soybean rye sorghum cereal",
}.items():
    for _w in _words.split():
        _CLASS_WORDS[_w] = _cls

_MILITARY_MODIFIERS = {"military", "army", "mobilised", "mobilized", "enlisted", "uniformed"}
_MILITARY_CUE = re.compile(
    r"soldier|troop|servicem|military|\barmy\b|\bforces\b|barrack|\bfront(?:line)?\b|combat|mobili[sz]|"
    r"recruit|personnel|conscript|regiment|brigade|battalion|defen[cs]e ministry|ministry of defen[cs]e|"
    # a disaster agency's or a hospital's unit is no army's
    r"(?<!care )(?<!management )(?<!mitigation )(?<!response )(?<!emergency )(?<!disaster )(?<!housing )"
    r"(?<!trauma )(?<!burns )(?<!maternity )(?<!investigation )(?<!investigations )(?<!crime )\bunit\b|"
    r"deployment point|\bcamp\b|garrison"
)
# specialists sent to a disaster are rescuers
_RESCUE_CUE = re.compile(r"\brescu|\bemergenc|\bsearch\s+(?:dogs|and\s+rescue|teams?)\b|\bdisaster\s+zone", re.I)
_SUBJECT_TITLES = {
    "military": "military personnel", "people": "people", "children": "children", "police": "police",
    "journalists": "journalists", "rescuers": "rescuers", "medics": "medics", "migrants": "migrants",
    "prisoners": "prisoners", "crowd": "crowd", "crew": "crew members", "missiles": "rockets/missiles", "drones": "drones",
    "aircraft": "aircraft", "shells": "shells", "tanks": "tanks", "vehicles": "vehicles/equipment",
    "buildings": "buildings", "infrastructure": "infrastructure sites", "households": "households", "grain": "grain",
    UNKNOWN: "people (unspecified)",
}
_PROJECTILES = {"missiles", "drones", "shells", "aircraft"}


# people named by their nation with a noun of its own: "90 Britons" are "90 British nationals"
_NATIONAL_NOUNS = {"briton": "british", "brit": "british", "swede": "swedish", "dane": "danish", "finn": "finnish",
                   "pole": "polish", "scot": "british", "turk": "turkish", "spaniard": "spanish", "croat": "croatian",
                   "serb": "serbian", "frenchman": "french", "frenchmen": "french", "dutchman": "dutch",
                   "dutchmen": "dutch", "englishman": "british", "englishmen": "british"}


def _is_demonym_plural(w: str) -> bool:
    s = _sing(w)
    if s in _DEMONYMS or s in _NATIONAL_NOUNS:
        return True
    return bool(re.fullmatch(r"[a-z]+(?:ian|ean|ese|ani|i|an)", s)) and not _DEMONYMS and s not in _CLASS_WORDS


# what a ferry or a train carries, counted one kind at a time
_CARRIED_VEHICLES = {"car", "truck", "lorry", "van", "motorcycle", "motorbike", "bus", "coach", "campervan", "caravan",
                     "trailer", "bicycle"}


# a participle after the counted noun: what was done to the things counted, not what they are
_PARTICIPLE = re.compile(r"[a-z]{3,}ed|cut|built|made|set|laid|dug|hewn|carved|known|found|left|held|kept|put|shown|seen|"
                         r"given|taken|sunk|hung|drawn|thrown|bought|brought|caught|sold|sent|spent|worn|torn")


# class words that also serve as adjectives: "adult birds" and "local businesses" are not people
_ADJECTIVE_CLASS_WORDS = {"adult", "local"}
_CIVIL_VEHICLES = {"truck", "lorry", "car", "bus", "coach", "van"}
# a count of all vehicles the kinds are part of ("347 vehicles, 268 of them lorries"), not a plant's capacity
_VEHICLES_COUNTED = re.compile(r"(?<!capacity of )(?<!designed for )(?<!built for )(?<![\w,.])\d[\d,.]*\s+vehicles\b",
                               re.I)


def _subject_class(subject: str, sentence: str, measure: str) -> str:
    """Class of a counted noun phrase, "" when it names nothing we know."""
    words = [w for w in re.split(r"[\s/]+", subject.lower().replace("-", " ")) if w]
    cut = next((i for i, w in enumerate(words) if i and w in ("in", "on", "under", "at")), 0)
    words = words[:cut] or words  # "ferries in service", "workers on site": the noun before what is said of it
    if all(w.endswith("ly") or w in ("most", "more", "less", "least") for w in words):
        return ""  # "the most seriously injured": how badly, not who
    while len(words) > 1 and _PARTICIPLE.fullmatch(words[-1]) and (_CLASS_WORDS.get(_sing(words[-2])) or
                                                                   re.fullmatch(r"[a-z]{3,}s", words[-2])):
        words = words[:-1]  # "steps cut into the hillside", "houses built on stilts": the noun, not what was done to it
    singles = [_sing(w) for w in words]
    # two-word entries ("power plant", "artillery shell", "police officer")
    for a, b in zip(singles, singles[1:]):
        cls = _CLASS_WORDS.get(f"{a}-{b}")
        if cls:
            return cls
    head = singles[-1]
    if len(singles) > 1 and singles[-2] in ("creditor", "donor", "lender") and \
            head in ("country", "government", "nation", "state"):
        return singles[-2]  # "fifteen creditor countries", "11 creditor governments": the creditors
    if measure == "aboard" and head in _CARRIED_VEHICLES:
        return _SAME_THING.get(head, head)  # a ferry's "184 cars" and its "37 lorries" (or "52 trucks") are two counts
    cls = _CLASS_WORDS.get(head) or _CLASS_WORDS.get(_SAME_THING.get(head, ""))  # "37 lorries" and "52 trucks"
    mods = set(singles[:-1])
    if cls in (None, "people") and mods & _MILITARY_MODIFIERS:
        return "military"
    if cls == "people" and head in {"man", "men"} and _MILITARY_CUE.search(sentence.lower()):
        return "military"
    if head == "sailor" and not mods & _MILITARY_MODIFIERS and not _MILITARY_CUE.search(sentence.lower()):
        return "crew"  # "three sailors" of a cargo ship: its crew, not a navy's
    if head == "officer" and not cls:
        # "23 officers were injured": police officers in a sentence about police, else soldiers
        if re.search(r"\bpolice|\bconstab", sentence.lower()):
            return "police"
        if _MILITARY_CUE.search(sentence.lower()):
            return "military"
    if head in ("specialist", "expert") and not cls and _RESCUE_CUE.search(sentence):
        return "rescuers"  # "an aircraft of the Emergencies Ministry with 46 specialists and search dogs"
    if head in ("national", "citizen") and not cls and any(_side(m) for m in mods):
        return "people"  # "about 90 British nationals", "12 Kenyan citizens": people of that nation
    if head == "member" and not cls and measure in _HUMAN_MEASURES and measure != "turnout":
        return "people"  # "three of our members are dead": a union's, a club's, a family's members are people
    if cls:
        if cls == "vehicles" and ("armoured" in mods or "armored" in mods or "military" in mods):
            return "vehicles"
        if cls == "vehicles" and head in _CIVIL_VEHICLES and _VEHICLES_COUNTED.search(sentence) and \
                not _MILITARY_CUE.search(sentence.lower()) and \
                measure not in ("destroyed", "damaged", "destroyed or damaged", "captured", "hit", "lost"):
            # "347 vehicles, 268 of them lorries", "95 cars and buses": beside a count of all vehicles, each kind is
            # its own count (an army's lost trucks and cars are its lost vehicles)
            return _SAME_THING.get(head, head)
        return cls
    if _is_demonym_plural(words[-1]):
        if measure in _HUMAN_MEASURES and _MILITARY_CUE.search(sentence.lower()):
            return "military"
        return "people"
    if head == "member":
        return head  # "more than 500 women members": a body's members, whoever they are
    if head in _JOB_WORDS and mods & _JOB_MODIFIERS:
        return "job"  # "fewer than 300 permanent posts", "120 full-time positions": jobs
    for w in reversed(singles[:-1]):  # "ukrainian drone attacks" -> drones
        if w in _CLASS_WORDS and w not in _ADJECTIVE_CLASS_WORDS:
            return _CLASS_WORDS[w]
    return _SAME_THING.get(head, head)


# nouns one outlet uses where the next uses another for the same things: "52 vessels" and "61 ships"
_SAME_THING = {"vessel": "ship", "tugboat": "tug", "lorry": "truck", "automobile": "car", "transit": "ship",
               # livestock counted by the head: "118,000 head of livestock", "164,000 head", "210,000 animals"
               "livestock": "animal", "head": "animal",
               "subcontractor": "supplier",
               # a savings cooperative's or a credit union's members are its savers and depositors
               "saver": "member", "depositor": "member", "account-holder": "member", "shareholder-member": "member"}


# posts and positions are jobs when they are said to be held ("permanent posts"); a border post or an army's
# positions are not
_JOB_WORDS = {"post", "position", "role", "vacancy"}
_JOB_MODIFIERS = {"permanent", "full-time", "part-time", "temporary", "seasonal", "direct", "indirect", "skilled",
                  "local", "paid", "salaried", "contract"}


_COUNTRY_INITIALS = {"u.s": "american", "us": "american", "u.k": "british", "uk": "british"}


def _side(subject: str) -> str:
    """Whose people or things: a nationality in the subject ("russian soldiers", "israelis") or "foreign".
    Two claims naming different sides ("russian soldiers" vs "foreign mercenaries") are different facts."""
    for w in re.split(r"[\s/\-]+", subject.lower()):
        w = w.strip(".,'’")
        w = _COUNTRY_INITIALS.get(w, w)
        if w in ("foreign", "international"):
            return "foreign"
        sw = _sing(w)
        sw = _NATIONAL_NOUNS.get(sw, sw)
        if sw in _DEMONYMS:
            return sw
        if w in _COUNTRIES and _places_demonym(w):
            return _places_demonym(w)
    return ""


def _places_demonym(country: str) -> str:
    try:
        return gazetteer.demonym(country)
    except Exception:  # pragma: no cover
        return ""


def _value_span(v: Value, sentence: str) -> tuple[int, int] | None:
    """Where the value's words stand in the sentence (matched without case), None when they do not."""
    if not v.text:
        return None
    i = sentence.find(v.text)
    if i < 0:
        i = sentence.lower().find(v.text.lower())
    return (i, i + len(v.text)) if i >= 0 else None


def _value_pos(v: Value, sentence: str) -> int:
    span = _value_span(v, sentence)
    return (span[0] + span[1]) // 2 if span else len(sentence) // 2


_HUMAN_CLASSES = {"military", "people", "children", "police", "journalists", "rescuers", "medics", "prisoners",
                  "crowd", "attackers", "crew"}


# what only befalls people: a house is not "killed", a helicopter not "wounded"
_BODILY_MEASURES = {"killed", "blinded", "wounded", "casualties", "hospitalised", "critical", "sick", "discharged"}
# things a human measure cannot count: a count of them is of what was destroyed, damaged, fired...
_THINGS = _PROJECTILES | {"tanks", "vehicles", "buildings", "infrastructure", "grain"}


def _coherent(measure: str, cls: str) -> bool:
    """Whether a measure and a class can be one count: not houses "killed", children "fired" or people
    "destroyed". A class we do not know is given the benefit of the doubt."""
    if measure in _BODILY_MEASURES:
        return cls not in _THINGS
    if measure in _PROJECTILE_MEASURES or measure in ("destroyed", "damaged", "destroyed or damaged"):
        return cls not in _HUMAN_CLASSES
    return True


def _fits_measure(cls: str, measure: str) -> bool:
    """Whether a class noun can be what `measure` counts (people are not "hit", buildings not "wounded")."""
    if measure in _HUMAN_MEASURES:
        return cls in _HUMAN_CLASSES
    if measure in _PROJECTILE_MEASURES:
        return cls in _PROJECTILES
    if measure in ("destroyed", "damaged", "destroyed or damaged"):
        return cls not in _HUMAN_CLASSES
    return True


# a class word followed by its own active verb and then the figure: the doer, not the counted
_AGENT_VERB = re.compile(r"\s+(?:(?:had|have|has|also|then|later)\s+)*(?:\w+ly\s+)?(?!(?:were|was|are|is)\b)"
                         r"(?:[a-z]+ed|brought|dug|found|took|got|freed|led|drew|shot)\s+(?:\w+\s+){0,2}?\S*$", re.I)


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
        if re.search(r"\bby\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’]+\s+)?$", sentence[max(0, m.start() - 24):m.start()].lower()) \
                and m.start() > pos:
            continue  # "twelve were rescued by the crew", "killed by soldiers": who did it, not who is counted
        if cls == "crew" and re.search(r"\b(?:fire|rescue|ambulance|emergency|repair|utility|road|line|power|camera|film|"
                                       r"tv|news|work|maintenance|salvage|recovery)\s+$", sentence[max(0, m.start() - 12):m.start()].lower()):
            continue  # "fire crews", "repair crews": who responds, not who was on board
        # "police said 60 were dead", "according to residents": the speaker, not what is counted
        after = sentence[m.end():m.end() + 25].lower()
        if re.match(r"\s+(?:helicopters?|planes?|aircraft|trucks?|ambulances?|boats?|ships?|vehicles?|convoys?|"
                    r"units?|teams?|bases?|hospitals?|doctors|medics|divers)\b", after):
            continue  # "flown out by a Nepal Army helicopter": the means, not who is counted
        before = sentence[max(0, m.start() - 16):m.start()].lower()
        if re.search(r"\bof (?:them|whom)\s+$|\bincluding\s+(?:\S+\s+)?$", sentence[max(0, m.start() - 30):m.start()].lower()):
            continue  # "31 wounded, five of them children": the part, not what the whole counts
        if re.match(r"\W*(?:(?:chief|spokes\w+|commander|head|director|minister|officials?|sources?)\s+)?"
                    r"(?:(?:had|has|have|now|also|later|earlier|still|today|yesterday)\s+(?:\w+\s+)?)?"
                    r"(?:said|say|says|told|reported|reports?|claimed|claims?|added|estimated|estimates?|counted|"
                    r"put|puts|confirmed|confirms?|gave|given|gives|listed)\b", after) \
                or before.rstrip().endswith("according to") or (re.match(r"\s*:\s", after) and cls in ("police", "military")):
            continue  # "Police: 4 dead" names who speaks ("Passengers: 212" names what is counted)
        if re.search(r"\b(?:told|telling|tells|briefed|briefing|addressed|informed|assured|warned)\s+(?:the\s+|local\s+|foreign\s+)?$|"
                     r"\b(?:message|statement|letter|briefing|speech|remarks|post)\s+to\s+(?:the\s+)?$", before):
            continue  # "told reporters", "briefed journalists": who heard it, not what is counted
        if m.end() <= pos and _AGENT_VERB.match(sentence[m.end():pos]):
            continue  # "soldiers had brought five down alive", "firefighters rescued 12": who did it
        if m.end() <= pos and re.search(r":\s", sentence[m.end():pos]) and not re.match(r"\s*:", sentence[m.end():]):
            # "searched alongside the police, and has a figure: 21 dead": the lead-in's word ("Passengers: 212"
            # heads the figure with what it counts)
            continue
        d = m.start() - pos
        d = d if d >= 0 else -d * 1.5  # words after the figure name what it counts
        if d < best_d and d < limit:
            best, best_d = cls, d
    return best


def _infer_measure(sentence: str, pos: int, fits: str = "", skip: tuple[str, ...] = ()) -> str:
    """The measure word nearest the figure; with `fits`, only a measure that can count that class."""
    best, best_d, best_at = "", 10**9, -1
    weak, weak_d, weak_said = "", 10**9, False  # being aboard: said of people when nothing else befell them
    low = unpublished(_no_month(sentence))  # "the drive began on March 3": not a march; a count "released"
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(low) if not m.start() <= pos < m.end()]
    for name, rx in _MEASURES:
        if (fits and not _fits_measure(fits, name)) or name in skip:
            continue
        for m in rx.finditer(low):
            d = abs(m.start() - pos)
            if d >= 120 or any(lo <= m.start() < hi for lo, hi in asides):
                continue
            if name == "aboard":
                weak_said = weak_said or m.group(0) != "passengers"
                if d < weak_d:
                    weak, weak_d = name, d
            elif d < best_d:
                best, best_d, best_at = name, d, m.start()
    if not best or not weak:
        return best or weak
    # "sickened some 300 people on board", "126 passengers and 19 crew had reported symptoms": what befell
    # them in the figure's own clause; the word "passengers" alone never says they were merely aboard
    lo, hi = own_clause(low, pos)
    if lo <= best_at < hi or not weak_said:
        return best
    return best if best_d < weak_d else weak


# What befell the people a figure counts, read from its own verb when no measure we know names it: "48,500
# children had been vaccinated", "the Red Cross had registered 312 people", "the shelter housed about 140
# people". Two sources that use one verb ask one question; the verb is the measure's name.
_VERB_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:who\s+|that\s+)?(?:(?:have|has|had|were|was|are|is|got)\s+)?"
                         r"(?:(?:now|already|also|so\s+far|since|all|reportedly)\s+)?(?:been\s+)?([a-z]{4,}ed)\b")
_VERB_BEFORE = re.compile(r"\b([a-z]{4,}ed)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more|than|at|"
                          r"least|over|up|to|just|only|an|estimated|another|further)\s+){0,3}$")
# verbs that say who reports a figure, how it changed or what it is like, not what befell the people it counts
_NOT_OWN_VERBS = {
    "represented", "represents",  # "represents 4,100 drivers": the drivers are counted, nothing befell them
    "said", "reported", "confirmed", "estimated", "recorded", "counted", "listed", "logged", "announced", "stated",
    "claimed", "added", "noted", "cited", "quoted", "published", "released", "issued", "updated", "revised", "raised",
    "lowered", "increased", "decreased", "reduced", "doubled", "tripled", "reached", "passed", "exceeded", "topped",
    "surpassed", "climbed", "jumped", "dropped", "declined", "aged", "based", "named", "called", "expected", "needed",
    "required", "involved", "included", "compared", "used", "supposed", "scheduled", "planned", "allowed", "asked",
    "believed", "thought", "feared", "presumed", "considered", "related", "linked", "connected", "attributed",
    "verified", "identified", "located", "situated", "dressed", "armed", "masked", "numbered", "totalled", "totaled",
    "amounted", "remained", "stayed", "waited", "affected", "concerned", "described", "interviewed", "surveyed",
}


# an own verb that, with the words after it, says a measure we know: "90 people suffered burns" were wounded,
# lifeguards who "pulled more than 60 people out of the water" rescued them; and verbs that are one act
# under several names ("screened 46 people", "checked 118 people", "tested 300 residents")
_OWN_VERB_MEASURES = [
    ("wounded", re.compile(r"(?:suffered|sustained)\s+(?:[a-z-]+\s+){0,2}?(?:burns|injur\w*|wounds|fractures)\b")),
    ("rescued", re.compile(r"(?:pulled|plucked|hauled|dragged|fished)\b[^.;,]{0,50}?\b(?:out\s+of|from)\s+(?:the\s+)?"
                           r"(?:water|sea|surf|waves|river|lake|rubble|debris|wreckage|floodwaters?|mud)\b")),
    ("screened", re.compile(r"(?:screened|checked|tested|examined)\b")),
    # those who "packed Santaka Arena" or "filled the square" came: the crowd
    ("turnout", re.compile(r"(?:packed|filled|crammed|jammed|thronged)\s+(?:into\s+|in\s+)?(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}?(?:arena|stadium|estadio|stands|ground|hall|square|streets?|"
                           r"church|venue|park|theatre|theater|auditorium|terminal|plaza|avenue)\b")),
]


def own_verb(sentence: str, start: int, end: int) -> str:
    """The -ed verb of the figure at sentence[start:end] that says what befell what it counts, or ""; a verb
    that names a measure we know with the words after it gives that measure (see _OWN_VERB_MEASURES)."""
    low = sentence.lower()
    for m in (_VERB_AFTER.match(low, end), _VERB_BEFORE.search(low, max(0, start - 60), start)):
        if m and m.group(1) not in _NOT_OWN_VERBS:  # both patterns match words and spaces only
            return next((name for name, rx in _OWN_VERB_MEASURES if rx.match(low, m.start(1))), m.group(1))
    return ""
