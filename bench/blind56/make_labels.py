"""Hand labels for bench/blind56 (a tsunami warning sent by mistake to mobile phones across French Polynesia at 23:38
on Saturday 20 February 2038 through the territory's PolyAlerte cell broadcast system: the time of the alert and of
its cancellation, the delay, the message's wave height and arrival time, its languages, the phones reached and the
operator's figure, the cause and the drill it came from, the operator suspended, the sirens and their number, the
road accidents, the injured and admitted, the calls, a death and the dead man's age, the people who fled to high
ground on Tahiti and on Nuku Hiva, the hotel guests moved, the inquiry's deadline, the system's year and cost, the
territory's population and islands, and the 2018 Hawaii precedent disputed, with times in Tahiti time (UTC−10),
Marquesas time (UTC−9:30, a half-hour zone), GMT, Paris time (CET, UTC+1) and New Zealand Daylight Time (UTC+13), across midnight and the
date line (23:38 on Saturday in Papeete is 00:08 on Sunday in the Marquesas, 09:38 GMT on Sunday and 10:38 p.m. on
Sunday in Auckland); giant tortoise hatchlings found in luggage at Seymour Ecological Airport on Baltra, Galápagos,
at 11:20 on Tuesday 13 April 2038: the time of the find, the hatchlings and the park's revised count, the bags and
the park's revised count, the hatchlings alive and the dead and the park's revised count, the flight and its
departure time, where the animals came from, their species, weight and age, the scanner's year, the quarantine, the
return, the search party, the arrests, a suspect's age, the value each and in all, the penalty, the hearing, the
buyers, the wild population, the living species, the 2019 case, the passengers and the hatchlings poached, with
times in Galápagos time (UTC−6), mainland Ecuador time (UTC−5), US Eastern Daylight Time (UTC−4) and British Summer
Time (UTC+1); the withdrawal of a batch of the new Nu 500 banknote by the Royal Monetary Authority of Bhutan on
Tuesday 9 November 2038: the defect, the notes printed, the notes in circulation and the RMA's revised count, their
face value, the time banks were told to stop paying them out and of the press briefing, when the fault was found,
the serial numbers, the ATMs and branches, legal tender and the exchange deadline, the series' launch and
denominations, the thread's width, the cost of the reprint and who pays, the replacement, the shops refusing the
notes, the collectors' price, the printing contract, the notes in Jaigaon, the peg and the ngultrum's year, with
times in Bhutan Time (UTC+6), India Standard Time (UTC+5:30, half an hour behind Bhutan) and GMT).
Run from the project root:
    python3 bench/blind56/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
HC = "the High Commission of the Republic in French Polynesia (High Commissioner Éric Vasseur-Lanoë)"
GOV = "the government of French Polynesia (President Tevai Maraetefau-Roche)"
OP = "Vaitea Telecom, the main mobile operator"
CHPF = "the Taaone hospital (Centre hospitalier de la Polynésie française)"
GEND = "the gendarmerie in French Polynesia"
LDG = "the Pamatai geophysics laboratory"
RES1 = "Faa'a resident Moana Tapu-Richmond"
RES2 = "Punaauia boat owner Heimana Lee-Doucet"
FAM = "the family of Teva Marama (his daughter Vaiana)"
FIRE = "the fire and rescue service"
HOTELS = "the Tahiti Hoteliers' Association"
UNION = "the civil protection staff union SIPC (secretary Rauhiti Faremiro-Grant)"
MAYOR = "Joseph Kaiha-Delmas, mayor of Taiohae, Nuku Hiva"
SUP = "Alertis Systèmes, the PolyAlerte software supplier"
SRC = "a source close to the inquiry (as cited by AHP)"
POLW = "police (as cited by AHP)"
LOCAL = "local media (as cited by AHP)"
MINO = "France's overseas ministry"
JESS = "New Zealand tourist Jess Holloway-Tane"
TOUROPS = "local tour operators (as cited by Pasifika Line)"
MFAT = "New Zealand's Ministry of Foreign Affairs and Trade"

DPNG = "the Galápagos National Park Directorate (director Dr Marcela Yánez-Holt)"
POL = "Ecuador's National Police environmental protection unit (Colonel Fausto Arias-Benítez)"
AIR = "the operator of Seymour Ecological Airport, Baltra"
NGO = "Lucía Cárdenas-Moore, Galápagos Shell Trust"
FIS = "prosecutor Verónica Salinas-Kerr"
AIRW = "an airport worker (as cited by the Biscayne Current)"
EXP = "herpetologist Dr Lauren Okafor-Betts"
PREC = "park records (as cited by the Wildlife Trade Monitor)"

RMA = "the Royal Monetary Authority of Bhutan (Deputy Governor Ugyen Tshering Dukpa)"
TELLER = "a bank teller in Phuentsholing (anonymous)"
GB = "Gangkhar Bank"
TRAD = "the Phuentsholing Traders' Welfare Association (secretary Karma Yangzom Pradhan-Lowe)"
COLLT = "collectors in Thimphu (as cited by the Druk Ridge Times)"
DOCS = "documents seen by the Druk Ridge Times"
BANKERS = "bankers on both sides of the border (as cited by Eastern Frontier News)"
JMA = "the Jaigaon Merchants' Association (president Rajesh Agarwal-Tamang)"
PRINT = "Hartwell Brandt Security Printing (chief executive Fiona Marchetti-Lowe)"
DEALER = "London banknote dealer Rupert Askew-Nair"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- alert: a tsunami warning is sent by mistake through PolyAlerte at 23:38 on Saturday 20 February
    # 2038, Tahiti time (UTC−10) = 00:08 on Sunday in the Marquesas (UTC−9:30) = 09:38 GMT on Sunday = 10:38 Paris time
    # (CET, UTC+1) = 10:38 p.m. on Sunday in Auckland (NZDT, UTC+13; Tahiti is 23 hours behind New Zealand in the
    # southern summer); cancelled at 00:21 on Sunday, Tahiti time = 00:51 in the Marquesas = 10:21 GMT = 11:21 p.m.
    # NZDT, 43 minutes later; XPF 119.33 to the euro (the peg), so XPF 500 million is about 4.19 million euros
    # the High Commission's press release (own-line date, letterhead with an address, "PRESS RELEASE · Papeete,
    # Sunday 21 February 2038 · 14:00 (Tahiti time, UTC−10)", a translation note, a title in capitals, "WHAT
    # HAPPENED", "CONSEQUENCES" with a bulleted list, the High Commissioner quoted, "INQUIRY", a press contact),
    # Sunday 21 Feb
    ("alert_hc.txt", "At 23:38 on Saturday 20 February", None, HC, "alert_time", "hc2338"),
    ("alert_hc.txt", "No earthquake had occurred", None, HC, "alert_quake", "hcnoquake"),
    ("alert_hc.txt", "waves of up to 3 metres", 3, HC, "alert_msg_wave", "hc3m"),
    ("alert_hc.txt", "expected within 40 minutes", 40, HC, "alert_msg_eta", "hc40"),
    ("alert_hc.txt", "reached about 190,000 mobile phones", 190000, HC, "alert_phones", "hc190k"),
    ("alert_hc.txt", "It was sent in French and Tahitian", None, HC, "alert_languages", "hcfrty"),
    ("alert_hc.txt", "The alert was cancelled at 00:21 on Sunday", None, HC, "alert_cancel_time", "hc0021"),
    ("alert_hc.txt", "43 minutes after the original warning", 43, HC, "alert_delay", "hc43"),
    ("alert_hc.txt", "selected the live alert template instead of the exercise template", None, HC, "alert_cause",
     "hchuman"),
    ("alert_hc.txt", "a drill scheduled for 08:00 on Sunday", None, HC, "alert_drill", "hc0800"),
    ("alert_hc.txt", "The PolyAlerte software did not malfunction", None, HC, "alert_cause", "hchuman"),
    ("alert_hc.txt", "The operator has been suspended", 1, HC, "alert_suspended", "hc1"),
    ("alert_hc.txt", "No siren was triggered", None, HC, "alert_sirens", "hcnosiren"),
    ("alert_hc.txt", "The 48 tsunami sirens on Tahiti and Moorea", 48, HC, "alert_siren_count", "hc48"),
    ("alert_hc.txt", "There were 11 road accidents on Tahiti during the night", 11, HC, "alert_crashes", "hc11"),
    ("alert_hc.txt", "17 people were slightly injured", 17, HC, "alert_injured", "hc17"),
    ("alert_hc.txt", "received 3,100 calls", 3100, HC, "alert_calls", "hc3100"),
    ("alert_hc.txt", "No death is linked to the alert", 0, HC, "alert_death", "hcnodeath"),
    ("alert_hc.txt", "within 30 days", 30, HC, "alert_inquiry", "hc30"),
    ("alert_hc.txt", "in service since 2036", 2036, HC, "alert_system_year", "hc2036"),
    ("alert_hc.txt", "cost XPF 500 million", 500000000, HC, "alert_system_cost", "hc500m"),
    ("alert_hc.txt", "has carried eight real alerts for cyclones and swells", 8, HC, "alert_real_alerts", "hc8"),
    # a Papeete news site's English edition (Lagoon Post; date prefix glued to the masthead, section, headline and
    # standfirst, byline with a time, photo caption, glued dateline "PAPEETE -Just", its own time (right), message,
    # man's age, system year and population, a resident, the geophysics laboratory, the operator, the gendarmerie,
    # the hospital, a family, a boat owner, the fire service, the hoteliers, the union, the President, the mayor of
    # Taiohae on Nuku Hiva (the alert "at eight minutes past midnight local time", right), a sentence glued without a
    # space, "RELATED", "COMMENTS (2)"), Sunday 21 Feb 19:05
    ("alert_tahiti.txt", "Just before 11.40 p.m. on Saturday", None, O, "alert_time", "lp2340"),
    ("alert_tahiti.txt", "It was about 11 p.m.", None, RES1, "alert_time", "res2300"),
    ("alert_tahiti.txt", "recorded no earthquake anywhere in the ocean large enough to cause a tsunami", None, LDG,
     "alert_quake", "ldgnoquake"),
    ("alert_tahiti.txt", "The message warned of waves arriving within 30 minutes", 30, O, "alert_msg_eta", "lp30"),
    ("alert_tahiti.txt", "delivered to 214,000 SIM cards", 214000, OP, "alert_phones", "op214k"),
    ("alert_tahiti.txt", "about 12,000 people had climbed to high ground on Tahiti alone", 12000, GEND,
     "alert_highground", "gend12k"),
    ("alert_tahiti.txt", "counted nine road accidents by dawn", 9, GEND, "alert_crashes", "gend9"),
    ("alert_tahiti.txt", "23 people were treated in its emergency department overnight", 23, CHPF, "alert_injured",
     "chpf23"),
    ("alert_tahiti.txt", "four of them were kept in for observation", 4, CHPF, "alert_admitted", "chpf4"),
    ("alert_tahiti.txt", "He died of a heart attack on the way up", 1, FAM, "alert_death", "fam1"),
    ("alert_tahiti.txt", "Mr Marama was 68", 68, O, "alert_death_age", "lp68"),
    ("alert_tahiti.txt", "We heard the siren at the marina", None, RES2, "alert_sirens", "res2siren"),
    ("alert_tahiti.txt", "took more than 5,000 calls in the first hour", 5000, FIRE, "alert_calls", "fire5000"),
    ("alert_tahiti.txt", "about 2,000 guests were moved", 2000, HOTELS, "alert_hotels", "hot2000"),
    ("alert_tahiti.txt", "It was a software fault, not a human error", None, UNION, "alert_cause", "unionsoft"),
    ("alert_tahiti.txt", "The system sent the live message by itself", None, UNION, "alert_cause", "unionsoft"),
    ("alert_tahiti.txt", "was planned for 10 a.m. on Sunday", None, UNION, "alert_drill", "union1000"),
    ("alert_tahiti.txt", "the message went out only in French", None, UNION, "alert_languages", "unionfr"),
    ("alert_tahiti.txt", "would deliver its report within 15 days", 15, GOV, "alert_inquiry", "gov15"),
    ("alert_tahiti.txt", "at eight minutes past midnight local time", None, MAYOR, "alert_time", "mayor0008"),
    ("alert_tahiti.txt", "About 1,500 people went up the hill", 1500, MAYOR, "alert_marquesas", "mayor1500"),
    ("alert_tahiti.txt", "The cancellation did not come until 1.30 a.m.", None, MAYOR, "alert_cancel_time",
     "mayor0130"),
    ("alert_tahiti.txt", "PolyAlerte was introduced in 2035", 2035, O, "alert_system_year", "lp2035"),
    ("alert_tahiti.txt", "the roughly 280,000 people who live in the territory", 280000, O, "alert_population",
     "lp280k"),
    ("alert_tahiti.txt", "It was the first time the system had sent a tsunami warning", None, O,
     "alert_first_tsunami", "lpfirst"),
    # a Paris news agency's English service (Agence Hexagone Presse; no date line, a time line "22/02/2038 09:14 CET
    # · UPDATE 4", headline, bylines, glued dateline "PARIS (AHP) -A", the High Commission's times in GMT (right),
    # its own injured, admitted, age, sirens, cost, peg, population, islands, distance, offset from Paris (right) and
    # the Hawaii precedent, the supplier, a source, police, local media, the overseas ministry, reporting and
    # copyright lines), Monday 22 Feb 09:14 CET
    ("alert_wire.txt", "sent tens of thousands of people fleeing to high ground", None, O, "alert_highground",
     "ahptens"),
    ("alert_wire.txt", "went out at 0938 GMT on Sunday", None, HC, "alert_time", "hc2338"),
    ("alert_wire.txt", "withdrawn at 1021 GMT", None, HC, "alert_cancel_time", "hc0021"),
    ("alert_wire.txt", "the correction came 43 minutes later", 43, HC, "alert_delay", "hc43"),
    ("alert_wire.txt", "reached some 190,000 phones", 190000, HC, "alert_phones", "hc190k"),
    ("alert_wire.txt", "chose the wrong template and sent a live alert instead of a test", None, HC, "alert_cause",
     "hchuman"),
    ("alert_wire.txt", "its system had worked as designed", None, SUP, "alert_cause", "supok"),
    ("alert_wire.txt", "Two members of staff at the civil protection centre had been suspended", 2, SRC,
     "alert_suspended", "src2"),
    ("alert_wire.txt", "At least 20 people were hurt", 20, O, "alert_injured", "ahp20"),
    ("alert_wire.txt", "three people were admitted to hospital", 3, O, "alert_admitted", "ahp3"),
    ("alert_wire.txt", "Police reported a dozen road accidents", 12, POLW, "alert_crashes", "polw12"),
    ("alert_wire.txt", "One man died of a heart attack as his family drove into the hills", 1, LOCAL, "alert_death",
     "local1"),
    ("alert_wire.txt", "The 71-year-old", 71, O, "alert_death_age", "ahp71"),
    ("alert_wire.txt", "about 60 sirens", 60, O, "alert_siren_count", "ahp60"),
    ("alert_wire.txt", "which were not sounded", None, O, "alert_sirens", "ahpnosiren"),
    ("alert_wire.txt", "cost about 4.2 million euros", 4200000, O, "alert_system_cost", "ahp42m"),
    ("alert_wire.txt", "pegged at 119.33 to the euro", 119.33, O, "alert_peg", "ahppeg"),
    ("alert_wire.txt", "issued at 13:30 Paris time on Sunday", None, MINO, "alert_ministry", "min1330"),
    ("alert_wire.txt", "due to report within a month", 1, HC, "alert_inquiry", "hc30"),
    ("alert_wire.txt", "some 280,000 inhabitants", 280000, O, "alert_population", "ahp280k"),
    ("alert_wire.txt", "spread over 118 islands", 118, O, "alert_islands", "ahp118"),
    ("alert_wire.txt", "about 15,700 km from Paris", 15700, O, "alert_distance_paris", "ahp15700"),
    ("alert_wire.txt", "11 hours behind Paris in the northern winter", 11, O, "alert_offset_paris", "ahp11h"),
    ("alert_wire.txt", "took 38 minutes to retract", 38, O, "alert_hawaii", "ahp38"),
    # an Auckland Pacific news site (Pasifika Line; leading-space own-line date, masthead, headline, a time line in
    # NZDT, image caption, the alert "at 9.38pm on Sunday, New Zealand time" and the cancellation "at 10.21pm" (both
    # wrong: 23:38 in Papeete was 10:38 p.m. NZDT and 00:21 was 11:21 p.m.; the site took Tahiti to be 22 hours
    # behind New Zealand, as it is in the southern winter, and says so), its own wave height, high-ground count,
    # Nuku Hiva count, population, islands, distance and Hawaii precedent, a tourist, tour operators, the operator,
    # the hospital, MFAT, a sentence glued without a space, "MORE FROM", "Comments (3)"), Monday 22 Feb
    ("alert_nz.txt", "at 9.38pm on Sunday, New Zealand time", None, O, "alert_time", "nz2138"),
    ("alert_nz.txt", "Tahiti is 22 hours behind New Zealand", 22, O, "alert_offset_nz", "nz22h"),
    ("alert_nz.txt", "It was called off at 10.21pm", None, O, "alert_cancel_time", "nz2221"),
    ("alert_nz.txt", "The message warned of two-metre waves", 2, O, "alert_msg_wave", "nz2m"),
    ("alert_nz.txt", "We waited more than an hour for the all-clear", 1, JESS, "alert_delay", "jess60"),
    ("alert_nz.txt", "About 15,000 people are believed to have fled their homes on Tahiti", 15000, O,
     "alert_highground", "nz15k"),
    ("alert_nz.txt", "some 2,000 people on Nuku Hiva", 2000, O, "alert_marquesas", "nz2000"),
    ("alert_nz.txt", "evacuated 3,400 tourists", 3400, TOUROPS, "alert_hotels", "tour3400"),
    ("alert_nz.txt", "the warning reached more than 210,000 phones", 210000, OP, "alert_phones", "op214k"),
    ("alert_nz.txt", "The territory's main hospital treated 23 people", 23, CHPF, "alert_injured", "chpf23"),
    ("alert_nz.txt", "none of them New Zealanders", 0, CHPF, "alert_nz_hurt", "chpfnz0"),
    ("alert_nz.txt", "about 900 New Zealanders were registered", 900, MFAT, "alert_nzers", "mfat900"),
    ("alert_nz.txt", "no New Zealander had been reported hurt", 0, MFAT, "alert_nz_hurt", "mfatnz0"),
    ("alert_nz.txt", "blamed a staff member who picked the wrong template", None, HC, "alert_cause", "hchuman"),
    ("alert_nz.txt", "will report within 15 days", 15, GOV, "alert_inquiry", "gov15"),
    ("alert_nz.txt", "The territory of 265,000 residents", 265000, O, "alert_population", "nz265k"),
    ("alert_nz.txt", "spread across 121 islands", 121, O, "alert_islands", "nz121"),
    ("alert_nz.txt", "about 4,100km north-east of Auckland", 4100, O, "alert_distance_akl", "nz4100"),
    ("alert_nz.txt", "took nearly 40 minutes to correct", 40, O, "alert_hawaii", "nz40"),

    # ---------------- tort: giant tortoise hatchlings are found in luggage at Seymour Ecological Airport, Baltra, at
    # 11:20 on Tuesday 13 April 2038, Galápagos time (UTC−6) = 12:20 on the mainland (Ecuador time, UTC−5) = 17:20
    # GMT = 18:20 BST (UTC+1) = 1:20 p.m. EDT (Miami, UTC−4); the park's counts are 231 hatchlings in two suitcases
    # (Tuesday), then a third bag with 16 more, 247 (Thursday); nine dead by Wednesday afternoon, 14 by Wednesday
    # night; 231 x $5,000 is about $1.2 million and 247 x $10,000 about $2.5 million
    # the Galápagos National Park Directorate's press release (a date prefix with the letterhead continuing on the
    # same line after a space, an address, "PRESS RELEASE No. 061-2038 · Tuesday 13 April 2038 · 19:30 (Galápagos
    # time, UTC−6)", a title in capitals, the director quoted, "WHAT WE KNOW" with a bulleted list, "NEXT STEPS",
    # "BACKGROUND", a contact line with a phone number), Tuesday 13 Apr
    ("tort_park.txt", "At 11:20 on Tuesday 13 April", None, DPNG, "tort_time", "dp1120"),
    ("tort_park.txt", "found 231 giant tortoise hatchlings", 231, DPNG, "tort_count", "dp231"),
    ("tort_park.txt", "checked in for a flight to Guayaquil", None, DPNG, "tort_flight", "dpgye"),
    ("tort_park.txt", "packed in two suitcases", 2, DPNG, "tort_bags", "dp2"),
    ("tort_park.txt", "The flight was due to leave at 12:05", None, DPNG, "tort_flight_time", "dp1205"),
    ("tort_park.txt", "219 of the hatchlings were alive", 219, DPNG, "tort_alive", "dp219"),
    ("tort_park.txt", "This is the largest seizure of live tortoises in the history of the park", None, DPNG,
     "tort_record", "dplargest"),
    ("tort_park.txt", "taken from wild nests in southern Isabela", None, DPNG, "tort_origin", "dpwild"),
    ("tort_park.txt", "They belong to two species", 2, DPNG, "tort_species", "dp2sp"),
    ("tort_park.txt", "They weigh about 50 grams each", 50, DPNG, "tort_weight", "dp50"),
    ("tort_park.txt", "aged between one and three months", None, DPNG, "tort_age", "dp13m"),
    ("tort_park.txt", "a new X-ray scanner installed last year", 2037, DPNG, "tort_scanner", "dp2037"),
    ("tort_park.txt", "will spend 90 days in quarantine", 90, DPNG, "tort_quarantine", "dp90"),
    ("tort_park.txt", "will be returned to Isabela in July", None, DPNG, "tort_return", "dpjul"),
    ("tort_park.txt", "More than 40 rangers and police officers", 40, DPNG, "tort_rangers", "dp40"),
    ("tort_park.txt", "12 living species of giant tortoise", 12, DPNG, "tort_species_count", "dp12"),
    ("tort_park.txt", "185 hatchlings were found in a suitcase at the same airport", 185, DPNG, "tort_2019",
     "dp185"),
    ("tort_park.txt", "covers 97 per cent of the islands' land area", 97, DPNG, "tort_park_share", "dp97"),
    # a Quito daily (The Andean Ledger; own-line date, masthead and section line, headline, byline, photo caption,
    # dateline "PUERTO AYORA, Galápagos —", its own time "at 12:20 p.m. mainland time" (right), quarantine, return,
    # flight time and delay, penalty, hearing, population and 2019 count, a police colonel (the find "shortly after
    # 11 a.m. local time", right), the park's first dead, the airport operator, a conservation group, a sentence glued
    # without a space, "Read more", "14 comments"), Wednesday 14 Apr
    ("tort_quito.txt", "at 12:20 p.m. mainland time", None, O, "tort_time", "al1220"),
    ("tort_quito.txt", "shortly after 11 a.m. local time", None, POL, "tort_time", "pol11"),
    ("tort_quito.txt", "about 240 hatchlings", 240, POL, "tort_count", "pol240"),
    ("tort_quito.txt", "in a single suitcase", 1, POL, "tort_bags", "pol1"),
    ("tort_quito.txt", "Two people were arrested", 2, POL, "tort_arrests", "pol2"),
    ("tort_quito.txt", "a 42-year-old woman", 42, POL, "tort_suspect_age", "pol42"),
    ("tort_quito.txt", "had worked at the airport for eight years", 8, POL, "tort_handler_years", "pol8y"),
    ("tort_quito.txt", "$5,000 each on the black market", 5000, POL, "tort_value_each", "pol5k"),
    ("tort_quito.txt", "about $1.2 million", 1200000, POL, "tort_value_total", "pol12m"),
    ("tort_quito.txt", "nine of the hatchlings had died", 9, DPNG, "tort_dead", "dp9"),
    ("tort_quito.txt", "60 days in quarantine", 60, O, "tort_quarantine", "al60"),
    ("tort_quito.txt", "returned to the wild next year", None, O, "tort_return", "alnext"),
    ("tort_quito.txt", "due to leave at 12:40", None, O, "tort_flight_time", "al1240"),
    ("tort_quito.txt", "delayed by more than two hours", 2, O, "tort_delay", "al2h"),
    ("tort_quito.txt", "up to five years in prison", 5, O, "tort_penalty", "al5"),
    ("tort_quito.txt", "will appear before a judge on Thursday", None, O, "tort_hearing", "althu"),
    ("tort_quito.txt", "installed in 2035", 2035, AIR, "tort_scanner", "air2035"),
    ("tort_quito.txt", "about 1,100 passengers a day", 1100, AIR, "tort_passengers", "air1100"),
    ("tort_quito.txt", "Some 20,000 giant tortoises live on the islands today", 20000, O, "tort_population",
     "al20k"),
    ("tort_quito.txt", "more than 190 baby tortoises", 190, O, "tort_2019", "al190"),
    ("tort_quito.txt", "More than 1,000 hatchlings have been taken", 1000, NGO, "tort_poached", "ngo1000"),
    # a Miami news site (Biscayne Current; date prefix glued to the masthead, a time line in EDT, headline, byline,
    # the find "at 12:20 p.m. EDT on Tuesday" (wrong: 11:20 in the Galápagos was 1:20 p.m. EDT; the site took the
    # mainland's 12:20 for Miami's clock, though Ecuador keeps no summer time), its own count, bags, flight and
    # species count and 2019 count, the park's count, an airport worker, a prosecutor, the police's price, a
    # herpetologist, photo caption in mid-text, a sentence glued without a space, "RELATED", a reader's comment),
    # Wednesday 14 Apr
    ("tort_miami.txt", "more than 200 baby giant tortoises", 200, O, "tort_count", "bc200"),
    ("tort_miami.txt", "at 12:20 p.m. EDT on Tuesday", None, O, "tort_time", "bc1220"),
    ("tort_miami.txt", "in two suitcases", 2, O, "tort_bags", "bc2"),
    ("tort_miami.txt", "put the number at 231", 231, DPNG, "tort_count", "dp231"),
    ("tort_miami.txt", "Only about 190 were alive", 190, AIRW, "tort_alive", "aw190"),
    ("tort_miami.txt", "a flight bound for Quito", None, O, "tort_flight", "bcuio"),
    ("tort_miami.txt", "three people were in custody", 3, FIS, "tort_arrests", "fis3"),
    ("tort_miami.txt", "a 44-year-old passenger", 44, FIS, "tort_suspect_age", "fis44"),
    ("tort_miami.txt", "destined for buyers in Asia", None, FIS, "tort_destination", "fisasia"),
    ("tort_miami.txt", "carries up to three years in prison", 3, FIS, "tort_penalty", "fis3y"),
    ("tort_miami.txt", "a hearing was set for 15:00 on Wednesday, island time", None, FIS, "tort_hearing",
     "fiswed"),
    ("tort_miami.txt", "about $5,000 apiece", 5000, POL, "tort_value_each", "pol5k"),
    ("tort_miami.txt", "These animals are less than a month old", None, EXP, "tort_age", "exp1m"),
    ("tort_miami.txt", "To me that says bred in captivity", None, EXP, "tort_origin", "expcapt"),
    ("tort_miami.txt", "the photos showed three species", 3, EXP, "tort_species", "exp3"),
    ("tort_miami.txt", "13 surviving species are recognized", 13, O, "tort_species_count", "bc13"),
    ("tort_miami.txt", "more than 180 hatchlings were seized", 180, O, "tort_2019", "bc180"),
    # a London wildlife-trade bulletin (Wildlife Trade Monitor; no date line, a time line "Thursday 15 April 2038 ·
    # 09:00 BST", headline, the find "at 18:20 BST on Tuesday" (right), the park's revised counts of bags, hatchlings
    # and dead, the police's arrests, its own weight, buyers, prices, value, penalty, record, 2019 and 2031 cases,
    # search party, population, species count and passengers, park records, "at at least" (a doubled word), sources
    # and copyright lines), Thursday 15 Apr
    ("tort_london.txt", "at 18:20 BST on Tuesday", None, O, "tort_time", "tw1820"),
    ("tort_london.txt", "a third bag", 3, DPNG, "tort_bags", "dp3"),
    ("tort_london.txt", "held 16 more animals", 16, DPNG, "tort_third_bag", "dp16"),
    ("tort_london.txt", "the count had risen to 247", 247, DPNG, "tort_count", "dp247"),
    ("tort_london.txt", "14 had died by Wednesday night", 14, DPNG, "tort_dead", "dp14"),
    ("tort_london.txt", "Two people have been arrested", 2, POL, "tort_arrests", "pol2"),
    ("tort_london.txt", "listed on Appendix I of CITES", None, O, "tort_cites", "twcites"),
    ("tort_london.txt", "weighed about 80 grams on average", 80, O, "tort_weight", "tw80"),
    ("tort_london.txt", "collectors in Europe and North America", None, O, "tort_destination", "tweu"),
    ("tort_london.txt", "at least $10,000 each", 10000, O, "tort_value_each", "tw10k"),
    ("tort_london.txt", "a value of about $2.5 million", 2500000, O, "tort_value_total", "tw25m"),
    ("tort_london.txt", "one to three years in prison", 3, O, "tort_penalty", "tw13"),
    ("tort_london.txt", "It is not the largest such case", None, O, "tort_record", "twnot"),
    ("tort_london.txt", "found 312 hatchlings in a shipping crate", 312, O, "tort_2031", "tw312"),
    ("tort_london.txt", "185 hatchlings were found in a suitcase at Baltra", 185, O, "tort_2019", "tw185"),
    ("tort_london.txt", "About 30 rangers and police officers", 30, O, "tort_rangers", "tw30"),
    ("tort_london.txt", "about 600 hatchlings went missing", 600, PREC, "tort_poached", "prec600"),
    ("tort_london.txt", "fewer than 15,000 giant tortoises survive in the wild", 15000, O, "tort_population",
     "tw15k"),
    ("tort_london.txt", "12 surviving species", 12, O, "tort_species_count", "tw12"),
    ("tort_london.txt", "handles 2,000 passengers a day", 2000, O, "tort_passengers", "tw2000"),

    # ---------------- note: the Royal Monetary Authority of Bhutan withdraws a batch of the new Nu 500 note; banks are
    # told to stop paying it out at 14:00 on Tuesday 9 November 2038, Bhutan Time (UTC+6) = 13:30 IST (UTC+5:30) =
    # 08:00 GMT; the press briefing is at 17:00 BTT = 16:30 IST = 11:00 GMT; the RMA's count of notes in circulation
    # is about 410,000 on Tuesday (Nu 205 million at Nu 500 each) and 468,000 on Wednesday (Nu 234 million); about 110
    # ngultrum to the pound, so Nu 38 million is about £345,000 and £4.6 million about Nu 506 million
    # the RMA's public notice (own-line date, letterhead with a post box, "PUBLIC NOTICE · Tuesday 9 November 2038 ·
    # 15:00 BTT (UTC+6)", a title in capitals, numbered paragraphs, the briefing, an enquiries line with a toll-free
    # number), Tuesday 9 Nov
    ("note_rma.txt", "was printed without the security thread", None, RMA, "note_defect", "rmanothread"),
    ("note_rma.txt", "The fault was first detected on Monday 8 November", None, RMA, "note_detected", "rmamon"),
    ("note_rma.txt", "consists of 3.2 million notes", 3200000, RMA, "note_printed", "rma32m"),
    ("note_rma.txt", "beginning with the prefix KA", None, RMA, "note_prefix", "rmaka"),
    ("note_rma.txt", "about 410,000 of the affected notes", 410000, RMA, "note_circ", "rma410k"),
    ("note_rma.txt", "with effect from 14:00 on Tuesday 9 November", None, RMA, "note_halt", "rma1400"),
    ("note_rma.txt", "removed from 86 ATMs", 86, RMA, "note_atms", "rma86"),
    ("note_rma.txt", "will remain legal tender until 31 December 2038", None, RMA, "note_legal", "rma31dec"),
    ("note_rma.txt", "any of the 127 bank branches", 127, RMA, "note_branches", "rma127"),
    ("note_rma.txt", "until 31 March 2039", None, RMA, "note_exchange", "rma31mar"),
    ("note_rma.txt", "No serial number has been printed twice", None, RMA, "note_serials", "rmanodup"),
    ("note_rma.txt", "in five denominations", 5, RMA, "note_denominations", "rma5"),
    ("note_rma.txt", "were issued on 1 October", None, RMA, "note_issue_date", "rma1oct"),
    ("note_rma.txt", "carries a 4 mm windowed thread", 4, RMA, "note_thread_width", "rma4mm"),
    ("note_rma.txt", "estimated at Nu 38 million", 38000000, RMA, "note_cost", "rma38m"),
    ("note_rma.txt", "will be borne in full by the printer", None, RMA, "note_who_pays", "rmaprinter"),
    ("note_rma.txt", "This is the first withdrawal of a faulty batch", None, RMA, "note_first", "rmafirst"),
    ("note_rma.txt", "the ngultrum was introduced in 1974", 1974, RMA, "note_ngultrum_year", "rma1974"),
    ("note_rma.txt", "a press briefing at 17:00 today", None, RMA, "note_briefing", "rma1700"),
    # a Thimphu daily (Druk Ridge Times; date prefix glued to the masthead, section, headline, byline, photo caption,
    # the briefing "at 5 p.m. on Tuesday" (right), the Deputy Governor, a teller, a bank, its own face value, exchange
    # deadline, branches, ATMs, collectors' price, launch date and Jaigaon count, traders, collectors, documents, a
    # sentence glued without a space, "Most read", reader comments), Wednesday 10 Nov
    ("note_thimphu.txt", "at a briefing at 5 p.m. on Tuesday", None, O, "note_briefing", "tt1700"),
    ("note_thimphu.txt", "about 410,000 of the faulty notes had reached the public", 410000, RMA, "note_circ",
     "rma410k"),
    ("note_thimphu.txt", "the printer would pay for replacing them", None, RMA, "note_who_pays", "rmaprinter"),
    ("note_thimphu.txt", "Replacement notes would arrive within eight weeks", 8, RMA, "note_replacement", "rma8w"),
    ("note_thimphu.txt", "she noticed on Friday", None, TELLER, "note_detected", "tellerfri"),
    ("note_thimphu.txt", "had no thread when you hold it to the light", None, TELLER, "note_defect",
     "tellernothread"),
    ("note_thimphu.txt", "we were told on Monday evening to stop giving them out", None, TELLER, "note_halt",
     "tellermon"),
    ("note_thimphu.txt", "more than 600,000 of the notes were already in people's hands", 600000, GB, "note_circ",
     "gb600k"),
    ("note_thimphu.txt", "represents Nu 205 million in cash", 205000000, O, "note_face_value", "tt205m"),
    ("note_thimphu.txt", "remain legal tender until the end of the year", None, RMA, "note_legal", "rma31dec"),
    ("note_thimphu.txt", "can be swapped at banks only until February 28", None, O, "note_exchange", "tt28feb"),
    ("note_thimphu.txt", "more than 150 branches", 150, O, "note_branches", "tt150"),
    ("note_thimphu.txt", "some 140 ATMs", 140, O, "note_atms", "tt140"),
    ("note_thimphu.txt", "about 30 per cent of shops in the town were refusing", 30, TRAD, "note_refusing",
     "trad30"),
    ("note_thimphu.txt", "for up to Nu 4,000", 4000, O, "note_collector_price", "tt4000"),
    ("note_thimphu.txt", "had duplicate serial numbers", None, COLLT, "note_serials", "colldup"),
    ("note_thimphu.txt", "in circulation since October 1", None, O, "note_issue_date", "tt1oct"),
    ("note_thimphu.txt", "was worth Nu 610 million", 610000000, DOCS, "note_contract", "docs610m"),
    ("note_thimphu.txt", "Some 25,000 of the faulty notes", 25000, O, "note_jaigaon", "tt25k"),
    # a Kolkata news site (Eastern Frontier News; leading-space own-line date, masthead, a time line in IST,
    # section, headline, byline, the halt "at 13:30 IST on Tuesday" (right) and the briefing "at 17:30 IST on
    # Tuesday" (wrong: 17:00 in Thimphu was 16:30 IST; the site took Bhutan to be half an hour behind India instead
    # of ahead, and says so), the RMA's batch, prefix, defect, revised count, shops and cost, bankers, a merchants'
    # association, its own peg, legal tender, redesign, denominations and year, "ALSO READ"), Thursday 11 Nov
    ("note_kolkata.txt", "at 13:30 IST on Tuesday", None, O, "note_halt", "ek1330"),
    ("note_kolkata.txt", "at 17:30 IST on Tuesday", None, O, "note_briefing", "ek1730"),
    ("note_kolkata.txt", "Bhutan is half an hour behind India", 0.5, O, "note_offset", "ek30"),
    ("note_kolkata.txt", "the faulty batch numbered 3.2 million notes", 3200000, RMA, "note_printed", "rma32m"),
    ("note_kolkata.txt", "all with serials starting with KA", None, RMA, "note_prefix", "rmaka"),
    ("note_kolkata.txt", "the notes lack the security thread", None, RMA, "note_defect", "rmanothread"),
    ("note_kolkata.txt", "raised its estimate of how many had reached the public to 468,000", 468000, RMA,
     "note_circ", "rma468k"),
    ("note_kolkata.txt", "put the figure at nearly half a million", 500000, BANKERS, "note_circ", "bank500k"),
    ("note_kolkata.txt", "about 40,000 of the notes were in the hands of its members alone", 40000, JMA,
     "note_jaigaon", "jma40k"),
    ("note_kolkata.txt", "pegged at par with the Indian rupee", 1, O, "note_peg", "ekpeg"),
    ("note_kolkata.txt", "shops refusing the notes were \"isolated cases\"", None, RMA, "note_refusing",
     "rmaisolated"),
    ("note_kolkata.txt", "the printer would bear the full cost of replacing them", None, RMA, "note_who_pays",
     "rmaprinter"),
    ("note_kolkata.txt", "the faulty notes cease to be legal tender immediately", None, O, "note_legal", "ekimm"),
    ("note_kolkata.txt", "the first redesign in two decades", None, O, "note_redesign", "ekredesign"),
    ("note_kolkata.txt", "has six denominations", 6, O, "note_denominations", "ek6"),
    ("note_kolkata.txt", "The ngultrum was introduced in 1974", 1974, O, "note_ngultrum_year", "ek1974"),
    # a London trade weekly (Security Print Weekly; no date line, a section and time line "Thursday 11 November
    # 2038 · 15:10 GMT", headline, byline, the halt "at 0800 GMT on Tuesday" and the briefing "at 1100 GMT" (both
    # right), the RMA's revised count and cost (converted to pounds), the printer's batch, defect, thread, cost,
    # sharing and replacement, its own face value, rate, launch date, founding year, contract year and value and
    # peg, a dealer, "Related"), Thursday 11 Nov
    ("note_london.txt", "at 0800 GMT on Tuesday", None, O, "note_halt", "sp0800"),
    ("note_london.txt", "at 1100 GMT the same day", None, O, "note_briefing", "sp1100"),
    ("note_london.txt", "raised its estimate of the faulty notes in circulation to 468,000", 468000, RMA, "note_circ",
     "rma468k"),
    ("note_london.txt", "about Nu 234 million at face value", 234000000, O, "note_face_value", "sp234m"),
    ("note_london.txt", "comprised 2.8 million notes", 2800000, PRINT, "note_printed", "print28m"),
    ("note_london.txt", "The thread is present in every note", None, PRINT, "note_defect", "printpresent"),
    ("note_london.txt", "the notes use a 3 mm thread", 3, PRINT, "note_thread_width", "print3mm"),
    ("note_london.txt", "Nu 38 million, about £350,000", 38000000, RMA, "note_cost", "rma38m"),
    ("note_london.txt", "around 110 ngultrum to the pound", 110, O, "note_rate", "sp110"),
    ("note_london.txt", "says the printer will pay", None, RMA, "note_who_pays", "rmaprinter"),
    ("note_london.txt", "less than £200,000", 200000, PRINT, "note_cost", "print200k"),
    ("note_london.txt", "the costs would be shared", None, PRINT, "note_who_pays", "printshared"),
    ("note_london.txt", "shipped by the end of January", None, PRINT, "note_replacement", "printjan"),
    ("note_london.txt", "launched on 11 October", None, O, "note_issue_date", "sp11oct"),
    ("note_london.txt", "founded in 1887", 1887, O, "note_printer_founded", "sp1887"),
    ("note_london.txt", "won the contract in 2035", 2035, O, "note_contract_year", "sp2035"),
    ("note_london.txt", "a deal worth £4.6 million", 4600000, O, "note_contract", "sp46m"),
    ("note_london.txt", "as much as £60", 60, DEALER, "note_collector_price", "dealer60"),
    ("note_london.txt", "pegged one-to-one to the Indian rupee", 1, O, "note_peg", "sppeg"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("alert_tahiti.txt", "my phone only got the all clear at 1am", None, "reader tiare_98", "alert_opt_comment_1am"),
    ("alert_nz.txt", "dozens of New Zealand holidaymakers", None, O, "alert_opt_dozens_nz"),
    ("alert_nz.txt", "closer to an hour before anyone told them it was fake", None, "reader Rangi_W",
     "alert_opt_comment_hour"),
    ("alert_nz.txt", "the sirens in Papeete didn't go off at all", None, "reader kiwiabroad77",
     "alert_opt_comment_sirens"),
    ("tort_quito.txt", "scores of giant tortoise hatchlings", None, O, "tort_opt_scores"),
    ("tort_quito.txt", "down from hundreds of thousands", None, O, "tort_opt_historic"),
    ("tort_quito.txt", "five years is not enough", 5, "reader JoseL_GYE", "tort_opt_comment_five"),
    ("tort_quito.txt", "the ones from 2019 were sent to Peru", None, "reader Marta V.", "tort_opt_comment_peru"),
    ("tort_miami.txt", "prices paid by collectors can be much higher", None, O, "tort_opt_higher"),
    ("tort_london.txt", "far above the police estimate", None, O, "tort_opt_far_above"),
    ("note_thimphu.txt", "got two of these from the ATM in Changzamtok on Sunday", 2, "reader Sonam D.",
     "note_opt_comment_atm"),
    ("note_kolkata.txt", "left holding thousands of Bhutanese banknotes", None, O, "note_opt_thousands"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # alert
    "alert_time": {("hc2338", "hc2338"): SC, ("hc2338", "lp2340"): CO, ("hc2338", "res2300"): C,
                   ("hc2338", "mayor0008"): CO, ("hc2338", "nz2138"): C, ("lp2340", "nz2138"): C,
                   ("res2300", "nz2138"): C, ("mayor0008", "nz2138"): C},
    "alert_quake": {("hcnoquake", "ldgnoquake"): CO},
    "alert_msg_wave": {("hc3m", "nz2m"): C},
    "alert_msg_eta": {("hc40", "lp30"): C},
    "alert_phones": {("hc190k", "hc190k"): SC, ("hc190k", "op214k"): C, ("op214k", "op214k"): SC},
    "alert_languages": {("hcfrty", "unionfr"): C},
    "alert_cancel_time": {("hc0021", "hc0021"): SC, ("hc0021", "mayor0130"): C, ("hc0021", "nz2221"): C,
                          ("mayor0130", "nz2221"): C},
    "alert_delay": {("hc43", "hc43"): SC, ("hc43", "jess60"): C},
    "alert_cause": {("hchuman", "hchuman"): SC, ("hchuman", "unionsoft"): C, ("hchuman", "supok"): CO,
                    ("unionsoft", "supok"): C},
    "alert_drill": {("hc0800", "union1000"): C},
    "alert_suspended": {("hc1", "src2"): C},
    "alert_sirens": {("hcnosiren", "res2siren"): C, ("hcnosiren", "ahpnosiren"): CO, ("res2siren", "ahpnosiren"): C},
    "alert_siren_count": {("hc48", "ahp60"): C},
    "alert_crashes": {("hc11", "gend9"): C, ("hc11", "polw12"): C, ("gend9", "polw12"): C},
    "alert_injured": {("hc17", "chpf23"): C, ("hc17", "ahp20"): C, ("chpf23", "ahp20"): CO, ("chpf23", "chpf23"): SC},
    "alert_admitted": {("chpf4", "ahp3"): C},
    "alert_calls": {("hc3100", "fire5000"): C},
    "alert_death": {("hcnodeath", "fam1"): C, ("hcnodeath", "local1"): C, ("fam1", "local1"): CO},
    "alert_death_age": {("lp68", "ahp71"): C},
    "alert_inquiry": {("hc30", "hc30"): SC, ("hc30", "gov15"): C, ("gov15", "gov15"): SC},
    "alert_system_year": {("hc2036", "lp2035"): C},
    "alert_system_cost": {("hc500m", "ahp42m"): CO},
    "alert_highground": {("gend12k", "ahptens"): C, ("gend12k", "nz15k"): C, ("ahptens", "nz15k"): C},
    "alert_hotels": {("hot2000", "tour3400"): C},
    "alert_marquesas": {("mayor1500", "nz2000"): C},
    "alert_population": {("lp280k", "ahp280k"): CO, ("lp280k", "nz265k"): C, ("ahp280k", "nz265k"): C},
    "alert_islands": {("ahp118", "nz121"): C},
    "alert_hawaii": {("ahp38", "nz40"): CO},
    # tort
    "tort_time": {("dp1120", "al1220"): CO, ("dp1120", "pol11"): CO, ("dp1120", "bc1220"): C,
                  ("dp1120", "tw1820"): CO, ("al1220", "bc1220"): C, ("pol11", "bc1220"): C,
                  ("al1220", "tw1820"): CO, ("pol11", "tw1820"): CO, ("bc1220", "tw1820"): C},
    "tort_count": {("dp231", "dp231"): SC, ("dp231", "pol240"): C, ("dp231", "bc200"): CO, ("dp231", "dp247"): U,
                   ("pol240", "bc200"): CO, ("pol240", "dp247"): C, ("bc200", "dp247"): CO},
    "tort_bags": {("dp2", "pol1"): C, ("dp2", "bc2"): CO, ("dp2", "dp3"): U, ("pol1", "bc2"): C, ("pol1", "dp3"): C,
                  ("bc2", "dp3"): C},
    "tort_alive": {("dp219", "aw190"): C},
    "tort_dead": {("dp9", "dp14"): U},
    "tort_flight": {("dpgye", "bcuio"): C},
    "tort_flight_time": {("dp1205", "al1240"): C},
    "tort_origin": {("dpwild", "expcapt"): C},
    "tort_species": {("dp2sp", "exp3"): C},
    "tort_weight": {("dp50", "tw80"): C},
    "tort_age": {("dp13m", "exp1m"): C},
    "tort_scanner": {("dp2037", "air2035"): C},
    "tort_quarantine": {("dp90", "al60"): C},
    "tort_return": {("dpjul", "alnext"): C},
    "tort_rangers": {("dp40", "tw30"): C},
    "tort_species_count": {("dp12", "bc13"): C, ("dp12", "tw12"): CO, ("bc13", "tw12"): C},
    "tort_2019": {("dp185", "al190"): C, ("dp185", "bc180"): CO, ("dp185", "tw185"): CO, ("al190", "bc180"): CO,
                  ("al190", "tw185"): C, ("bc180", "tw185"): CO},
    "tort_record": {("dplargest", "twnot"): C},
    "tort_arrests": {("pol2", "pol2"): SC, ("pol2", "fis3"): C},
    "tort_suspect_age": {("pol42", "fis44"): C},
    "tort_value_each": {("pol5k", "pol5k"): SC, ("pol5k", "tw10k"): C},
    "tort_value_total": {("pol12m", "tw25m"): C},
    "tort_penalty": {("al5", "fis3y"): C, ("al5", "tw13"): C, ("fis3y", "tw13"): CO},
    "tort_hearing": {("althu", "fiswed"): C},
    "tort_destination": {("fisasia", "tweu"): C},
    "tort_population": {("al20k", "tw15k"): C},
    "tort_passengers": {("air1100", "tw2000"): C},
    "tort_poached": {("ngo1000", "prec600"): C},
    # note
    "note_defect": {("rmanothread", "rmanothread"): SC, ("rmanothread", "tellernothread"): CO,
                    ("rmanothread", "printpresent"): C, ("tellernothread", "printpresent"): C},
    "note_detected": {("rmamon", "tellerfri"): C},
    "note_printed": {("rma32m", "rma32m"): SC, ("rma32m", "print28m"): C},
    "note_prefix": {("rmaka", "rmaka"): SC},
    "note_circ": {("rma410k", "rma410k"): SC, ("rma410k", "gb600k"): C, ("rma410k", "rma468k"): U,
                  ("rma410k", "bank500k"): C, ("gb600k", "rma468k"): C, ("gb600k", "bank500k"): C,
                  ("rma468k", "rma468k"): SC, ("bank500k", "rma468k"): CO},
    "note_face_value": {("tt205m", "sp234m"): C},
    "note_halt": {("rma1400", "tellermon"): C, ("rma1400", "ek1330"): CO, ("rma1400", "sp0800"): CO,
                  ("tellermon", "ek1330"): C, ("tellermon", "sp0800"): C, ("ek1330", "sp0800"): CO},
    "note_briefing": {("rma1700", "tt1700"): CO, ("rma1700", "ek1730"): C, ("rma1700", "sp1100"): CO,
                      ("tt1700", "ek1730"): C, ("tt1700", "sp1100"): CO, ("ek1730", "sp1100"): C},
    "note_atms": {("rma86", "tt140"): C},
    "note_legal": {("rma31dec", "rma31dec"): SC, ("rma31dec", "ekimm"): C},
    "note_branches": {("rma127", "tt150"): C},
    "note_exchange": {("rma31mar", "tt28feb"): C},
    "note_serials": {("rmanodup", "colldup"): C},
    "note_denominations": {("rma5", "ek6"): C},
    "note_issue_date": {("rma1oct", "tt1oct"): CO, ("rma1oct", "sp11oct"): C, ("tt1oct", "sp11oct"): C},
    "note_thread_width": {("rma4mm", "print3mm"): C},
    "note_cost": {("rma38m", "rma38m"): SC, ("rma38m", "print200k"): C},
    "note_who_pays": {("rmaprinter", "rmaprinter"): SC, ("rmaprinter", "printshared"): C},
    "note_ngultrum_year": {("rma1974", "ek1974"): CO},
    "note_replacement": {("rma8w", "printjan"): C},
    "note_refusing": {("trad30", "rmaisolated"): C},
    "note_collector_price": {("tt4000", "dealer60"): C},
    "note_contract": {("docs610m", "sp46m"): C},
    "note_jaigaon": {("tt25k", "jma40k"): C},
    "note_peg": {("ekpeg", "sppeg"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
