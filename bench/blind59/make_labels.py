"""Hand labels for bench/blind59 (the Southern Lantern, a lunar lander built by Harrowfield Aerospace of
Christchurch, New Zealand, which touched down in Mare Nectaris at 14:31 UTC on Saturday 28 September 2041, 31 minutes
after New Zealand's clocks went forward for daylight saving (02:00 NZST became 03:00 NZDT): the touchdown time and
site, the gap after the clock change, the distance from the target, the landing speed, the burn, the propellant left,
the tilt and the company's revised figure, the legs, the silence after touchdown and when the signal came back, the
first image, the staff, the launch date, the journey, the distance travelled, the launch mass, height, payloads and
their countries, the rover's mass and the company's revised rover date, the mission length, cost and government
funding, the first lander's crash, the watch-party crowd, the stream audience, the country's rank and New Zealand's
offset from UTC, with times in New Zealand Standard Time (UTC+12) turning into New Zealand Daylight Time (UTC+13) at
02:00, US Pacific Daylight Time (UTC-7), US Eastern Daylight Time (UTC-4), Japan Standard Time (UTC+9) and UTC/GMT,
across midnight and the date line (03:31 NZDT on Sunday is 14:31 UTC, 7:31 a.m. PDT and 23:31 JST on Saturday; a
Christchurch paper's "2.31am on Sunday" is a time that did not exist that night: it took New Zealand to be 12 hours
ahead of GMT, as before the change); conjoined twin girls from Sri Lanka separated at Tanjong Children's Medical
Centre in Singapore in an operation from 07:30 on Tuesday 26 November 2041 to 01:50 on Wednesday 27 November, Singapore
time: the start, the moment of separation and the end, the duration, the twins' age, what they shared, how they were
joined, the team, the weight, the blood and the hospital's revised count, their condition, the ventilators and the
hospital's update, the intensive-care stay and the hospital's revised estimate, the arrival in Singapore and the
flight, the earlier operations, the hospital's earlier separations, the cost, whether the Sri Lankan government pays,
the charity's raised sum and its revised figure, the vigil, the odds, the return home, the mother's age, the father's
work, the home town, the birth and Singapore's offset from Sri Lanka, with times in Singapore time (SGT, UTC+8), Sri
Lanka time (UTC+5:30, a half-hour zone, two and a half hours behind Singapore) and GMT, across midnight (01:50 on
Wednesday in Singapore is 23:20 on Tuesday in Sri Lanka and 17:50 GMT on Tuesday; 07:30 SGT on Tuesday is 23:30 GMT on
Monday; a Colombo daily's "4.20am on Wednesday, Sri Lanka time" adds the offset instead of taking it away);
the opening weekend of "Eko Gold", a Nollywood heist comedy, in Nigeria from Friday 13 to Sunday 15 December 2041:
the gross and the distributor's revised figure, the record, the previous record, the admissions, cinemas, screens,
average ticket, Friday's gross, the day it passed a billion naira, the budget, the premiere's time and guests, the
leak's time, the views of the pirated copy, the arrests, the runtime, the rating, a streaming deal, the UK release's
cinemas and date, the 2040 box office and Lagos's offset from London, with times in West Africa Time (WAT, UTC+1 all
year, Lagos), GMT (London in December, an hour behind Lagos) and US Pacific Standard Time (UTC-8, Los Angeles),
across midnight (the leak at 02:14 on Saturday in Lagos is 01:14 GMT on Saturday and 17:14 PST on Friday; a Los
Angeles trade site takes Lagos to keep London's clock and puts the premiere and the leak an hour late).
Run from the project root:
    python3 bench/blind59/make_labels.py
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
HW = "Harrowfield Aerospace, the lander's builder (chief executive Lydia Ashburn-Tane, mission director Dr Rohan Pillai-Westgate)"
KIS = "Kisaragi Robotics, Tokyo, the rover's maker"
OPP = "New Zealand opposition science spokeswoman Anahera Liddell-Frost"
MIN = "New Zealand Science Minister Hamish Carrow-Teague"
SRC = "two unnamed people familiar with the telemetry (cited by Launchpad Daily)"
TRK = "Deep Space Listeners, a volunteer radio-tracking group in the Netherlands"
NASA = "NASA"
SCI = "planetary geologist Dr Imogen Sato-Blakely, University of Canterbury"
CCC = "Christchurch City Council"

TC = "Tanjong Children's Medical Centre, Singapore (lead surgeon Assoc Prof Dinesh Varadan-Koh)"
FAM = "the twins' father, Chaminda Wickramage"
MOH = "Sri Lanka's Health Ministry (spokesman Dr Asela Gunaratne-Pryce)"
MP = "Sri Lankan opposition MP Nalin Seneviratne-Hope"
CH = "the Little Lotus Trust, a UK charity (founder Clare Whitcombe-Dias)"

SAP = "Sapphire Screen Distribution, the distributor (managing director Ngozi Ashiru-Bell)"
COF = "the Nigerian Cinema Owners' Forum (secretary Bankole Idowu-Marsh)"
PROD = "Lagoon Bay Films, the producers (producer Tobi Ashby-Okoye)"
NCC = "the Nigerian Copyright Commission"
NFVCB = "the National Film and Video Censors Board"
BTX = "BoxTally NG, an independent box-office tracker"
RIV = "rival producer Kunle Adebayo-Marsh"
POL = "Lagos State police"
ISRC = "industry sources (cited by Pan-African Wire)"
IND = "industry figures (cited by Pan-African Wire)"
KRP = "Kensal Rise Pictures, the UK distributor"
HL = "Harbor Lane Releasing, the North American distributor"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- lander: Southern Lantern touches down in Mare Nectaris at 14:31 UTC on Saturday 28 September
    # 2041 = 03:31 NZDT (UTC+13) on Sunday 29 September, 31 minutes after New Zealand's clocks went from 02:00 NZST
    # (14:00 UTC) to 03:00 NZDT = 7:31 a.m. PDT (UTC-7) and 23:31 JST (UTC+9) on Saturday; launched at 10:12 p.m. EDT on
    # Friday 16 August = 02:12 UTC and 14:12 NZST on Saturday 17 August, 42.5 days earlier; 350 m is under a quarter
    # of a mile (402 m); 1,240 kg is about 2,730 lb; 2.1 m is about 7 ft; 4.8 kg is about 10.6 lb; 2.3 million km is
    # about 1.43 million miles; contact back at 3.42am NZDT = 14:42 UTC
    # Harrowfield's media release (own-line date, letterhead with address, e-mail and phone, "MEDIA RELEASE · Sunday
    # 29 September 2041 · 09:00 NZDT (UTC+13)", title in capitals, "KEY FACTS" bullets, the chief executive quoted,
    # "ENDS", media line, boilerplate), Sunday 29 Sep 09:00 NZDT
    ("lander_harrowfield.txt", "touched down in Mare Nectaris", None, HW, "lander_site", "hwsite"),
    ("lander_harrowfield.txt", "at 3.31am NZDT on Sunday 29 September (14:31 UTC on Saturday 28 September)", None, HW,
     "lander_touchdown_time", "hw0331"),
    ("lander_harrowfield.txt", "31 minutes after New Zealand's clocks went forward for daylight saving", 31, HW,
     "lander_clock_gap", "hw31"),
    ("lander_harrowfield.txt", "within 350 metres of its planned landing point", 350, HW, "lander_target_distance",
     "hw350"),
    ("lander_harrowfield.txt", "touched down at 1.2 metres per second", 1.2, HW, "lander_landing_speed", "hw12ms"),
    ("lander_harrowfield.txt", "its design limit of 3 metres per second", 3, HW, "lander_design_limit", "hw3ms"),
    ("lander_harrowfield.txt", "The descent burn lasted 12 minutes", 12, HW, "lander_burn_length", "hw12min"),
    ("lander_harrowfield.txt", "about 8 per cent of the propellant", 8, HW, "lander_propellant_left", "hw8"),
    ("lander_harrowfield.txt", "standing upright, tilted about 4 degrees", 4, HW, "lander_tilt", "hw4"),
    ("lander_harrowfield.txt", "all four landing legs are intact", None, HW, "lander_legs", "hwintact"),
    ("lander_harrowfield.txt", "Contact was lost for 11 minutes after touchdown", 11, HW, "lander_signal_gap",
     "hw11min"),
    ("lander_harrowfield.txt", "The first image was received in Christchurch 47 minutes after touchdown", 47, HW,
     "lander_first_image", "hw47"),
    ("lander_harrowfield.txt", "by our 310 staff", 310, HW, "lander_staff", "hw310"),
    ("lander_harrowfield.txt", "the first private company in the Southern Hemisphere to land softly on another world",
     None, HW, "lander_first_south", "hwfirst"),
    ("lander_harrowfield.txt", "launched from Cape Canaveral, Florida, on 17 August", None, HW, "lander_launch_date",
     "hw17aug"),
    ("lander_harrowfield.txt", "after a 42-day journey", 42, HW, "lander_transit", "hw42"),
    ("lander_harrowfield.txt", "about 2.3 million kilometres", 2300000, HW, "lander_distance_travelled", "hw23m"),
    ("lander_harrowfield.txt", "It weighed 1,240 kilograms at launch", 1240, HW, "lander_launch_mass", "hw1240"),
    ("lander_harrowfield.txt", "about 520 kilograms on landing", 520, HW, "lander_landed_mass", "hw520"),
    ("lander_harrowfield.txt", "stands 2.1 metres tall", 2.1, HW, "lander_height", "hw21"),
    ("lander_harrowfield.txt", "The lander carries nine payloads", 9, HW, "lander_payloads", "hw9"),
    ("lander_harrowfield.txt", "for customers in six countries", 6, HW, "lander_payload_countries", "hw6"),
    ("lander_harrowfield.txt", "a 4.8 kg rover", 4.8, HW, "lander_rover_mass", "hw48"),
    ("lander_harrowfield.txt", "due to drive down the lander's ramp on Wednesday", None, HW, "lander_rover_date",
     "hwwed"),
    ("lander_harrowfield.txt", "designed to work for about 12 Earth days", 12, HW, "lander_mission_length", "hw12d"),
    ("lander_harrowfield.txt", "The total mission cost is NZ$148 million", 148000000, HW, "lander_cost", "hw148"),
    ("lander_harrowfield.txt", "NZ$40 million from the Government's Space Strategic Fund", 40000000, HW,
     "lander_govt_funding", "hw40"),
    ("lander_harrowfield.txt", "which crashed on the Moon in 2038", 2038, HW, "lander_pathfinder_year", "hw2038"),
    ("lander_harrowfield.txt", "will brief media at Wigram at 2pm today", None, HW, "lander_briefing", "hw1400"),
    # a New Zealand news site's live blog (SouthNet; leading-space own-line date, section line, headline, "Last
    # updated 5.05am NZDT", a note on the clock change, share lines, timestamped entries newest first with headings,
    # entries before 2am in NZST and after it in NZDT; its own offset "13 hours ahead of UTC", right; mission control's
    # times; the crowd and stream audience from Harrowfield; its own "half an hour" after the clock change, right; the
    # 4 degrees in Cathedral Square (a temperature, not the tilt); Kisaragi's rover day; the opposition's funding figure;
    # its own "six weeks"; a sentence glued without a space), Sunday 29 Sep, last updated 05:05 NZDT
    ("lander_liveblog.txt", "New Zealand is now 13 hours ahead of UTC", 13, O, "lander_nz_offset", "sn13"),
    ("lander_liveblog.txt", "the picture came down the line at 4.18am", None, HW, "lander_first_image", "hw47"),
    ("lander_liveblog.txt", "Contact was re-established at 3.42am", None, HW, "lander_signal_back", "hw0342"),
    ("lander_liveblog.txt", "Cathedral Square at more than 4,000 people", 4000, HW, "lander_crowd", "hw4000"),
    ("lander_liveblog.txt", "1.3 million people are watching its stream", 1300000, HW, "lander_stream", "hw13m"),
    ("lander_liveblog.txt", "Mission control in Wigram confirms touchdown at 3.31am", None, HW, "lander_touchdown_time",
     "hw0331"),
    ("lander_liveblog.txt", "Barely half an hour after the clocks changed", 30, O, "lander_clock_gap", "sn30"),
    ("lander_liveblog.txt", "The braking burn began at 3.19am", None, HW, "lander_burn_start", "hw0319"),
    ("lander_liveblog.txt", "the clocks jump from 1.59am straight to 3am", None, O, "lander_clock_change", "snjump"),
    ("lander_liveblog.txt", "It's 4 degrees in Cathedral Square", 4, O, "lander_square_temp", "sn4c"),
    ("lander_liveblog.txt", "it hopes to drive it down the ramp on Tuesday", None, KIS, "lander_rover_date", "kistue"),
    ("lander_liveblog.txt", "\"$65 million of taxpayers' money\"", 65000000, OPP, "lander_govt_funding", "opp65"),
    ("lander_liveblog.txt", "has been travelling for six weeks", 42, O, "lander_transit", "sn6w"),
    ("lander_liveblog.txt", "the landing is due at about 3.30am", None, HW, "lander_planned_time", "hw0330"),
    # a Seattle space news site (Launchpad Daily; no date line, a time line "Sept. 28, 2041 · 9:05 a.m. PDT · Updated
    # 1:40 p.m. PDT", glued dateline "SEATTLE -A", its own touchdown "7:31 a.m. PDT (1431 GMT)", right, and burn
    # length from the webcast, two unnamed sources on the tilt, legs, speed and propellant, Harrowfield's distance in
    # miles, a Dutch tracking group, Kisaragi's "11:31 p.m. Japan time", right, its own mass, height, payloads, launch
    # "10:12 p.m. EDT on Aug. 16", right (17 August in New Zealand), route and rank, NASA, newsletter and copyright lines),
    # Saturday 28 Sep 13:40 PDT
    ("lander_seattle.txt", "in Mare Nectaris", None, O, "lander_site", "lpsite"),
    ("lander_seattle.txt", "at 7:31 a.m. PDT (1431 GMT) on Saturday", None, O, "lander_touchdown_time", "lp0731"),
    ("lander_seattle.txt", "a braking burn of about nine minutes", 9, O, "lander_burn_length", "lp9"),
    ("lander_seattle.txt", "The landing had been scheduled for 7:30 a.m.", None, O, "lander_planned_time", "lp0730"),
    ("lander_seattle.txt", "lying at an angle of about 30 degrees", 30, SRC, "lander_tilt", "src30"),
    ("lander_seattle.txt", "one of its four legs buckled on impact", None, SRC, "lander_legs", "srcbuckled"),
    ("lander_seattle.txt", "came in at nearly 4 meters per second", 4, SRC, "lander_landing_speed", "src4"),
    ("lander_seattle.txt", "less than 2% of its propellant", 2, SRC, "lander_propellant_left", "src2"),
    ("lander_seattle.txt", "less than a quarter of a mile from its aim point", 0.25, HW, "lander_target_distance",
     "hw350"),
    ("lander_seattle.txt", "heard nothing from the lander for more than 40 minutes after touchdown", 40, TRK,
     "lander_signal_gap", "trk40"),
    ("lander_seattle.txt", "did not pick up its carrier signal again until 1514 GMT", None, TRK, "lander_signal_back",
     "trk1514"),
    ("lander_seattle.txt", "the landing came at 11:31 p.m. Japan time", None, KIS, "lander_touchdown_time", "kis2331"),
    ("lander_seattle.txt", "10.6-pound rover", 10.6, KIS, "lander_rover_mass", "kis106"),
    ("lander_seattle.txt", "off the lander on Tuesday", None, KIS, "lander_rover_date", "kistue"),
    ("lander_seattle.txt", "weighed about 2,700 pounds when it left Earth", 2700, O, "lander_launch_mass", "lp2700"),
    ("lander_seattle.txt", "stands 7 feet tall", 7, O, "lander_height", "lp7ft"),
    ("lander_seattle.txt", "It carries eight payloads", 8, O, "lander_payloads", "lp8"),
    ("lander_seattle.txt", "launched at 10:12 p.m. EDT on Aug. 16 from Cape Canaveral", None, O, "lander_launch_date",
     "lp16aug"),
    ("lander_seattle.txt", "a looping 1.4-million-mile route", 1400000, O, "lander_distance_travelled", "lp14m"),
    ("lander_seattle.txt", "New Zealand becomes the seventh country to land a spacecraft softly on the Moon", 7, O,
     "lander_country_rank", "lp7"),
    ("lander_seattle.txt", "would try to photograph the landing site within 48 hours", 48, NASA, "lander_lro_photo",
     "nasa48"),
    # a Christchurch daily (The Canterbury Mail; the date glued to the first sentence, masthead line after it,
    # headline, byline, the company's revised tilt, its own "2.31am on Sunday" (wrong: a time that did not exist that
    # night) beside a right "14:31 GMT on Saturday" and a wrong "12 hours ahead of Greenwich", the rover's new day, a
    # university geologist, a photo caption in mid-text, the council's crowd, its own stream audience, shares, staff and
    # crash year, a sentence glued without a space, the minister, the opposition, its own mass, countries and the
    # Moon's distance, readers' comments, newsletter line), Monday 30 Sep
    ("lander_christchurch.txt", "the lander was tilted at 11 degrees", 11, HW, "lander_tilt", "hw11"),
    ("lander_christchurch.txt", "not the 4 degrees the company announced on Sunday morning", 4, HW, "lander_tilt",
     "hw4"),
    ("lander_christchurch.txt", "in the Sea of Nectar", None, O, "lander_site", "cmsite"),
    ("lander_christchurch.txt", "at 2.31am on Sunday", None, O, "lander_touchdown_time", "cm0231"),
    ("lander_christchurch.txt", "or 14:31 GMT on Saturday", None, O, "lander_touchdown_time", "cm1431"),
    ("lander_christchurch.txt", "New Zealand being 12 hours ahead of Greenwich", 12, O, "lander_nz_offset", "cm12"),
    ("lander_christchurch.txt", "The lander had sent back 214 images by last night", 214, HW, "lander_images", "hw214"),
    ("lander_christchurch.txt", "now expected to leave the lander on Thursday", None, HW, "lander_rover_date", "hwthu"),
    ("lander_christchurch.txt", "about 1.2 kilometres from its target", 1.2, SCI, "lander_target_distance", "sci12"),
    ("lander_christchurch.txt", "its batteries were unlikely to last more than nine days", 9, SCI,
     "lander_mission_length", "sci9"),
    ("lander_christchurch.txt", "Thousands braved a near-freezing night", None, O, "lander_crowd", "cmthousands"),
    ("lander_christchurch.txt", "estimated the crowd at about 2,500 at its peak", 2500, CCC, "lander_crowd",
     "ccc2500"),
    ("lander_christchurch.txt", "About 900,000 people watched the landing online", 900000, O, "lander_stream",
     "cm900k"),
    ("lander_christchurch.txt", "shares closed 38 per cent higher", 38, O, "lander_share_rise", "cm38"),
    ("lander_christchurch.txt", "at $4.12 on the NZX yesterday", 4.12, O, "lander_share_price", "cm412"),
    ("lander_christchurch.txt", "which employs about 300 people", 300, O, "lander_staff", "cm300"),
    ("lander_christchurch.txt", "when it crashed in 2039", 2039, O, "lander_pathfinder_year", "cm2039"),
    ("lander_christchurch.txt", "the Government's $40 million contribution", 40000000, MIN, "lander_govt_funding",
     "min40"),
    ("lander_christchurch.txt", "New Zealand was now the sixth country to land on the Moon", 6, MIN,
     "lander_country_rank", "min6"),
    ("lander_christchurch.txt", "the true cost of the mission was \"well over $200 million\"", 200000000, OPP,
     "lander_cost", "opp200"),
    ("lander_christchurch.txt", "The 1.4-tonne lander", 1.4, O, "lander_launch_mass", "cm14t"),
    ("lander_christchurch.txt", "for customers in five countries", 5, O, "lander_payload_countries", "cm5"),
    ("lander_christchurch.txt", "on average 384,400km from Earth", 384400, O, "lander_moon_distance", "cm384k"),
    ("lander_christchurch.txt", "a journey of more than two million kilometres", 2000000, HW, "lander_distance_travelled",
     "hw23m"),

    # ---------------- twins: the operation runs from 07:30 SGT (UTC+8) on Tuesday 26 November 2041 = 05:00 Sri Lanka
    # time (UTC+5:30) on Tuesday = 23:30 GMT on Monday, to 01:50 SGT on Wednesday 27 November = 23:20 Sri Lanka time and
    # 17:50 GMT on Tuesday, 18 hours 20 minutes; the separation at 19:12 SGT = 16:42 Sri Lanka time = 11:12 GMT;
    # 15.8 kg is about 34.8 lb
    # the hospital's media statement (date prefix with the letterhead continuing on the same line, contact line,
    # "MEDIA STATEMENT", "Wednesday 27 November 2041, 10.00am (SGT, UTC+8)", title in capitals, numbered paragraphs,
    # issued-by line), Wednesday 27 Nov 10:00 SGT
    ("twins_hospital.txt", "14-month-old conjoined twin girls", 14, TC, "twins_age", "tc14"),
    ("twins_hospital.txt", "began at 7.30am on Tuesday 26 November", None, TC, "twins_start_time", "tc0730"),
    ("twins_hospital.txt", "ended at 1.50am on Wednesday 27 November", None, TC, "twins_end_time", "tc0150"),
    ("twins_hospital.txt", "18 hours and 20 minutes later", 18.33, TC, "twins_duration", "tc1820"),
    ("twins_hospital.txt", "joined at the lower chest and abdomen", None, TC, "twins_join", "tcjoin"),
    ("twins_hospital.txt", "shared a liver and part of the small bowel", None, TC, "twins_organs", "tcliver"),
    ("twins_hospital.txt", "They did not share a heart", None, TC, "twins_heart", "tcnoheart"),
    ("twins_hospital.txt", "The moment of separation came at 7.12pm on Tuesday", None, TC, "twins_separation_time",
     "tc1912"),
    ("twins_hospital.txt", "A team of 46 doctors, nurses and technicians", 46, TC, "twins_team", "tc46"),
    ("twins_hospital.txt", "weighed a combined 15.8 kg before surgery", 15.8, TC, "twins_weight", "tc158"),
    ("twins_hospital.txt", "received 20 units of blood during the operation", 20, TC, "twins_blood", "tc20"),
    ("twins_hospital.txt", "in a critical but stable condition", None, TC, "twins_condition", "tccrit"),
    ("twins_hospital.txt", "remain on ventilators", None, TC, "twins_ventilator", "tcvent"),
    ("twins_hospital.txt", "stay in intensive care for at least three weeks", 21, TC, "twins_icu_stay", "tc3w"),
    ("twins_hospital.txt", "arrived in Singapore with their mother in August", None, TC, "twins_arrival", "tcaug"),
    ("twins_hospital.txt", "three earlier operations", 3, TC, "twins_prior_ops", "tc3"),
    ("twins_hospital.txt", "the centre's fifth separation of conjoined twins since 2031", 5, TC, "twins_previous",
     "tc5"),
    ("twins_hospital.txt", "estimated at about S$1.3 million", 1300000, TC, "twins_cost", "tc13m"),
    ("twins_hospital.txt", "is being met by the Government of Sri Lanka and the Little Lotus Trust", None, TC,
     "twins_govt_pays", "tcboth"),
    ("twins_hospital.txt", "at 11am on Thursday 28 November", None, TC, "twins_briefing", "tc1100"),
    # a Colombo daily (Ceylon Morning Post; own-line date, masthead, section line, headline, byline with date and time,
    # glued dateline "COLOMBO:The", its own start "5am Sri Lanka time", right, and end "4.20am on Wednesday, Sri Lanka
    # time" (wrong: 01:50 SGT was 23:20 on Tuesday in Sri Lanka; the paper added two and a half hours instead of taking
    # them away), the hospital's separation time converted, right, its own offset, right, its own team, the father, a
    # photo caption in mid-text, the Health Ministry, the opposition MP, a sentence glued without a space, the charity's
    # website, its own vigil, related-link, comments and WhatsApp lines), Thursday 28 Nov
    ("twins_colombo.txt", "The conjoined twins from Gampola", None, O, "twins_hometown", "cmpgampola"),
    ("twins_colombo.txt", "began at 5am Sri Lanka time on Tuesday", None, O, "twins_start_time", "cmp0500"),
    ("twins_colombo.txt", "ended at 4.20am on Wednesday, Sri Lanka time", None, O, "twins_end_time", "cmp0420"),
    ("twins_colombo.txt", "came at 4.42pm Sri Lanka time on Tuesday, the hospital said", None, TC,
     "twins_separation_time", "tc1912"),
    ("twins_colombo.txt", "Singapore is two and a half hours ahead of Sri Lanka", 2.5, O, "twins_offset", "cmp25"),
    ("twins_colombo.txt", "More than 60 doctors and nurses took part", 60, O, "twins_team", "cmp60"),
    ("twins_colombo.txt", "a tea-estate worker", None, O, "twins_father_job", "cmptea"),
    ("twins_colombo.txt", "the operation took more than 20 hours", 20, FAM, "twins_duration", "fam20"),
    ("twins_colombo.txt", "both girls are breathing on their own", None, FAM, "twins_ventilator", "fambreath"),
    ("twins_colombo.txt", "are out of danger", None, FAM, "twins_condition", "famsafe"),
    ("twins_colombo.txt", "an 80 per cent chance that both would live", 80, FAM, "twins_odds", "fam80"),
    ("twins_colombo.txt", "home for the Sinhala and Tamil New Year in April", None, FAM, "twins_return", "famapril"),
    ("twins_colombo.txt", "born on September 21 last year at Kandy Teaching Hospital", None, O, "twins_birth",
     "cmpsep21"),
    ("twins_colombo.txt", "Dilini, 26", 26, O, "twins_mother_age", "cmp26"),
    ("twins_colombo.txt", "the government had paid Rs 120 million towards the twins' treatment", 120000000, MOH,
     "twins_govt_pays", "moh120"),
    ("twins_colombo.txt", "flown to Singapore on September 2", None, MOH, "twins_arrival", "moh2sep"),
    ("twins_colombo.txt", "on a Sri Lanka Air Force aircraft", None, MOH, "twins_flight", "mohaf"),
    ("twins_colombo.txt", "\"has not spent a single rupee\"", 0, MP, "twins_govt_pays", "mpnone"),
    ("twins_colombo.txt", "had raised about £500,000 for the surgery", 500000, CH, "twins_charity_raised", "ch500k"),
    ("twins_colombo.txt", "Hundreds of people gathered", None, O, "twins_vigil", "cmphundreds"),
    # a Singapore news site (Harbourfront Daily; no date line, a date and time line, headline, byline, dateline
    # "SINGAPORE —", the lead surgeon at the briefing: one twin off her ventilator, the revised blood count and
    # intensive-care stay, the hearts, the odds, the incidence per live birth, the return home; a photo caption in
    # mid-text, its own "nearly 19-hour", weight, earlier operations and count of separations, a sentence glued without
    # a space, read-more and newsletter lines), Thursday 28 Nov 14:15 SGT
    ("twins_singapore.txt", "the nearly 19-hour operation", 19, O, "twins_duration", "hf19"),
    ("twins_singapore.txt", "Speaking at an 11am briefing", None, O, "twins_briefing", "hf1100"),
    ("twins_singapore.txt", "Senuri had been taken off her ventilator at about 9am", None, TC, "twins_ventilator",
     "tcoff"),
    ("twins_singapore.txt", "need about ten days in intensive care", 10, TC, "twins_icu_stay", "tc10d"),
    ("twins_singapore.txt", "could go home to Sri Lanka in about three months", 3, TC, "twins_return", "tc3m"),
    ("twins_singapore.txt", "31 units of blood in all", 31, TC, "twins_blood", "tc31"),
    ("twins_singapore.txt", "now weigh 7.4kg and 8.1kg", None, TC, "twins_weights_now", "tcnow"),
    ("twins_singapore.txt", "dividing the shared liver", None, TC, "twins_organs", "tcliver"),
    ("twins_singapore.txt", "the hearts were completely separate", None, TC, "twins_heart", "tcnoheart"),
    ("twins_singapore.txt", "the chance of both girls surviving was about 50 per cent", 50, TC, "twins_odds", "tc50"),
    ("twins_singapore.txt", "A team of 21 surgeons and anaesthetists", 21, O, "twins_surgeons", "hf21"),
    ("twins_singapore.txt", "ended shortly before 2am on Wednesday", None, TC, "twins_end_time", "tc0150"),
    ("twins_singapore.txt", "weighed nearly 16kg between them before surgery", 16, O, "twins_weight", "hf16"),
    ("twins_singapore.txt", "had two earlier operations to stretch their skin", 2, O, "twins_prior_ops", "hf2"),
    ("twins_singapore.txt", "about one in 200,000 live births", 200000, TC, "twins_incidence_births", "tc200k"),
    ("twins_singapore.txt", "the hospital's fourth separation of conjoined twins", 4, O, "twins_previous", "hf4"),
    # a London national site (The London Globe; leading-space own-line date, masthead, section line, headline, byline,
    # date and time line in GMT, share line, its own "16-hour", age, "a heart", weight in pounds ("15.8lb", the
    # kilogram figure written as pounds), its own GMT times, right, its own "three and a half hours ahead", wrong, the
    # hospital's blood count, its own birth month, village, mother's age and father's work, its own vigil, the charity's
    # founder, its own incidence per pregnancy, most-read, comments-closed and newsletter lines), Wednesday 27 Nov
    # 19:05 GMT
    ("twins_london.txt", "a gruelling 16-hour operation", 16, O, "twins_duration", "gl16"),
    ("twins_london.txt", "who were born joined at the chest", None, O, "twins_join", "gljoin"),
    ("twins_london.txt", "13-month-old girls", 13, O, "twins_age", "gl13"),
    ("twins_london.txt", "shared a heart and a liver", None, O, "twins_heart", "glheart"),
    ("twins_london.txt", "weighed just 15.8lb between them", 15.8, O, "twins_weight", "gl158lb"),
    ("twins_london.txt", "began at 11.30pm GMT on Monday", None, O, "twins_start_time", "gl2330"),
    ("twins_london.txt", "three and a half hours ahead of Sri Lanka", 3.5, O, "twins_offset", "gl35"),
    ("twins_london.txt", "separated the girls at 11.12am GMT on Tuesday", None, O, "twins_separation_time", "gl1112"),
    ("twins_london.txt", "the last stitches went in at 5.50pm GMT", None, O, "twins_end_time", "gl1750"),
    ("twins_london.txt", "needed 20 units of blood during the surgery", 20, TC, "twins_blood", "tc20"),
    ("twins_london.txt", "born in October 2040", None, O, "twins_birth", "gloct"),
    ("twins_london.txt", "in a village outside Colombo", None, O, "twins_hometown", "glcolombo"),
    ("twins_london.txt", "Dilini, 24", 24, O, "twins_mother_age", "gl24"),
    ("twins_london.txt", "a tuk-tuk driver", None, O, "twins_father_job", "gltuk"),
    ("twins_london.txt", "Thousands of people prayed for the sisters", None, O, "twins_vigil", "glthousands"),
    ("twins_london.txt", "had raised £640,000", 640000, CH, "twins_charity_raised", "ch640k"),
    ("twins_london.txt", "from more than 9,000 donors", 9000, CH, "twins_donors", "ch9000"),
    ("twins_london.txt", "The total bill will be more than S$1.8 million", 1800000, CH, "twins_cost", "ch18m"),
    ("twins_london.txt", "so far the Sri Lankan government has not paid a penny", 0, CH, "twins_govt_pays", "chnone"),
    ("twins_london.txt", "on a scheduled commercial flight paid for by the Trust", None, CH, "twins_flight",
     "chcommercial"),
    ("twins_london.txt", "around one in every 50,000 pregnancies", 50000, O, "twins_incidence_pregnancies", "gl50k"),
    ("twins_london.txt", "around one in four sets are born joined at the chest", 25, O, "twins_chest_share",
     "gl1in4"),

    # ---------------- boxoffice: "Eko Gold" opens on Friday 13 December 2041; premiere at 19:00 WAT (UTC+1) on
    # Thursday 12 December = 18:00 GMT = 10:00 PST (UTC-8); the pirated copy appears at 02:14 WAT on Saturday 14
    # December = 01:14 GMT on Saturday = 17:14 PST on Friday; 142 minutes is two hours 22 minutes; ₦1.38 billion over
    # 152,000 tickets is about ₦9,080 a ticket
    # the distributor's press release (own-line date, letterhead with address, e-mail and phone, "PRESS RELEASE", "For
    # immediate release · Monday, 16 December 2041", title in capitals, highlights with dashes, the managing director
    # quoted, sub-headings, "-ENDS-", notes to editors, press contact), Monday 16 Dec
    ("boxoffice_distributor.txt", "took ₦1.38 billion at Nigerian cinemas in its opening weekend", 1380000000, SAP,
     "box_opening_gross", "sap138"),
    ("boxoffice_distributor.txt", "the biggest opening weekend ever for any film in Nigeria", None, SAP, "box_record",
     "sapbiggest"),
    ("boxoffice_distributor.txt", "₦412 million on Friday alone", 412000000, SAP, "box_friday", "sap412"),
    ("boxoffice_distributor.txt", "a single-day record", None, SAP, "box_friday_record", "sapday"),
    ("boxoffice_distributor.txt", "152,000 tickets sold over the three days", 152000, SAP, "box_admissions", "sap152k"),
    ("boxoffice_distributor.txt", "Crossed ₦1 billion on Saturday, its second day", None, SAP, "box_billion_day",
     "sapsat"),
    ("boxoffice_distributor.txt", "Beat the previous record of ₦1.02 billion", 1020000000, SAP, "box_previous_record",
     "sap102"),
    ("boxoffice_distributor.txt", "on 318 screens", 318, SAP, "box_screens", "sap318"),
    ("boxoffice_distributor.txt", "in 96 cinemas", 96, SAP, "box_cinemas", "sap96"),
    ("boxoffice_distributor.txt", "across 21 states and the Federal Capital Territory", 21, SAP, "box_states", "sap21"),
    ("boxoffice_distributor.txt", "first public screenings at 10am on Friday", None, SAP, "box_first_screening",
     "sap1000"),
    ("boxoffice_distributor.txt", "It runs 142 minutes", 142, SAP, "box_runtime", "sap142"),
    ("boxoffice_distributor.txt", "appeared on a Telegram channel at 2.14am on Saturday", None, SAP, "box_leak_time",
     "sap0214"),
    ("boxoffice_distributor.txt", "less than 17 hours after the first public screening", 17, SAP, "box_leak_delay",
     "sap17"),
    ("boxoffice_distributor.txt", "has been viewed more than 2 million times", 2000000, SAP, "box_pirate_views",
     "sap2m"),
    ("boxoffice_distributor.txt", "No streaming deal has been signed", None, SAP, "box_streaming", "sapnone"),
    ("boxoffice_distributor.txt", "exclusive to cinemas for at least 90 days", 90, SAP, "box_window", "sap90"),
    ("boxoffice_distributor.txt", "on Friday, 20 December", None, SAP, "box_uk_date", "sap20dec"),
    ("boxoffice_distributor.txt", "in 41 cinemas", 41, SAP, "box_uk_cinemas", "sap41"),
    ("boxoffice_distributor.txt", "at 7pm on Thursday, 12 December", None, SAP, "box_premiere_time", "sap1900"),
    ("boxoffice_distributor.txt", "before 800 invited guests", 800, SAP, "box_premiere_guests", "sap800"),
    # a Lagos entertainment news site (NollyBeat; date prefix glued to the masthead, section line, headline, byline,
    # glued dateline "LAGOS:Cinema", the cinema owners' forum, the distributor standing by its figure, its own average
    # ticket, a sentence glued without a space, its own red carpet (6pm, not the 7pm screening) and guests, the
    # producer, a photo caption in mid-text, the Copyright Commission, the censors, its own runtime, comments and
    # newsletter lines), Monday 16 Dec 18:40 WAT
    ("boxoffice_lagos.txt", "reported ₦1.21 billion in ticket sales from Friday to Sunday", 1210000000, COF,
     "box_opening_gross", "cof121"),
    ("boxoffice_lagos.txt", "from 131,000 admissions", 131000, COF, "box_admissions", "cof131k"),
    ("boxoffice_lagos.txt", "the film played in 87 cinemas", 87, COF, "box_cinemas", "cof87"),
    ("boxoffice_lagos.txt", "Nigerian cinemas took ₦14.6 billion in the whole of 2040", 14600000000, COF,
     "box_annual_2040", "cof146"),
    ("boxoffice_lagos.txt", "stood by its figure of ₦1.38 billion", 1380000000, SAP, "box_opening_gross", "sap138"),
    ("boxoffice_lagos.txt", "tickets averaging ₦7,500", 7500, O, "box_avg_ticket", "nb7500"),
    ("boxoffice_lagos.txt", "The red carpet at Thursday's premiere in Lekki opened at 6pm", None, O, "box_red_carpet",
     "nb1800"),
    ("boxoffice_lagos.txt", "drew more than 1,500 guests", 1500, O, "box_premiere_guests", "nb1500"),
    ("boxoffice_lagos.txt", "the film cost ₦2.4 billion to make", 2400000000, PROD, "box_budget", "prod24"),
    ("boxoffice_lagos.txt", "a six-week shoot", 6, PROD, "box_shoot", "prod6w"),
    ("boxoffice_lagos.txt", "two men were arrested in Ikeja on Sunday", 2, NCC, "box_arrests", "ncc2"),
    ("boxoffice_lagos.txt", "downloaded about 380,000 times", 380000, NCC, "box_pirate_downloads", "ncc380k"),
    ("boxoffice_lagos.txt", "rated \"Eko Gold\" 15", 15, NFVCB, "box_rating", "nfvcb15"),
    ("boxoffice_lagos.txt", "The film runs for 2hrs 35mins", 155, O, "box_runtime", "nb155"),
    # a London news agency (Pan-African Wire; no date line, a time line "16/12/2041 17:20 GMT · UPDATE 2", slug line,
    # headline, byline, glued dateline "LAGOS, Dec 16 (PAW) -Nollywood", the distributor's Sunday estimate and Monday
    # figure, the tracker, a rival producer, its own premiere "18:00 GMT", right, and "one hour ahead of London in
    # winter", right, its own leak "01:14 GMT on Saturday", right, the police, industry sources, industry figures, the
    # UK distributor, reporting, contact, keywords and copyright lines), Monday 16 Dec 17:20 GMT
    ("boxoffice_wire.txt", "estimated the weekend take at ₦1.34 billion", 1340000000, SAP, "box_opening_gross",
     "sap134"),
    ("boxoffice_wire.txt", "raised it on Monday to ₦1.38 billion", 1380000000, SAP, "box_opening_gross", "sap138"),
    ("boxoffice_wire.txt", "from 152,000 admissions", 152000, SAP, "box_admissions", "sap152k"),
    ("boxoffice_wire.txt", "put the three-day total at ₦1.29 billion", 1290000000, BTX, "box_opening_gross", "btx129"),
    ("boxoffice_wire.txt", "including ₦385 million on Friday", 385000000, BTX, "box_friday", "btx385"),
    ("boxoffice_wire.txt", "crossed ₦1 billion only on Sunday", None, BTX, "box_billion_day", "btxsun"),
    ("boxoffice_wire.txt", "the second-biggest opening for a Nigerian film", None, BTX, "box_record", "btxsecond"),
    ("boxoffice_wire.txt", "which took ₦1.31 billion in 2040", 1310000000, BTX, "box_previous_record", "btx131"),
    ("boxoffice_wire.txt", "could not have cost more than ₦900 million", 900000000, RIV, "box_budget", "riv900"),
    ("boxoffice_wire.txt", "The premiere was held in Lagos at 18:00 GMT on Thursday", None, O, "box_premiere_time",
     "paw1800"),
    ("boxoffice_wire.txt", "Lagos is one hour ahead of London in winter", 1, O, "box_offset_london", "paw1h"),
    ("boxoffice_wire.txt", "surfaced online at 01:14 GMT on Saturday", None, O, "box_leak_time", "paw0114"),
    ("boxoffice_wire.txt", "three people had been arrested over the leak", 3, POL, "box_arrests", "pol3"),
    ("boxoffice_wire.txt", "had paid $4.2 million for worldwide streaming rights", 4200000, ISRC, "box_streaming",
     "src42m"),
    ("boxoffice_wire.txt", "Nigerian cinemas took about ₦12.8 billion in 2040", 12800000000, IND, "box_annual_2040",
     "ind128"),
    ("boxoffice_wire.txt", "would open in 41 UK cinemas", 41, KRP, "box_uk_cinemas", "krp41"),
    ("boxoffice_wire.txt", "on Friday, December 20", None, KRP, "box_uk_date", "krp20"),
    ("boxoffice_wire.txt", "the widest UK release yet for a Nollywood title", None, KRP, "box_uk_widest", "krpwidest"),
    # a Los Angeles trade site (Reel Dispatch; leading-space date prefix with the masthead, section and a time in PT
    # continuing on the same line, headline, byline, dateline "LOS ANGELES —", the distributor's figure and record
    # claim, its own screens and average ticket, its own premiere "11 a.m. PT" and leak "6:14 p.m. PT on Friday" (both
    # wrong by an hour: the site takes Lagos to keep London's clock, and says so), its own views, runtime, rating, UK
    # cinemas and date, a sentence glued without a space, the US distributor, related, newsletter and copyright lines),
    # Monday 16 Dec 10:15 PST
    ("boxoffice_losangeles.txt", "grossed ₦1.38 billion over its opening weekend", 1380000000, SAP,
     "box_opening_gross", "sap138"),
    ("boxoffice_losangeles.txt", "calls it Nigeria's biggest opening of all time", None, SAP, "box_record",
     "sapbiggest"),
    ("boxoffice_losangeles.txt", "on more than 300 screens", 300, O, "box_screens", "rd300"),
    ("boxoffice_losangeles.txt", "an average ticket price of about ₦9,100", 9100, O, "box_avg_ticket", "rd9100"),
    ("boxoffice_losangeles.txt", "The premiere began at 11 a.m. PT on Thursday", None, O, "box_premiere_time",
     "rd1100"),
    ("boxoffice_losangeles.txt", "Nigeria keeps the same clock as London", 0, O, "box_offset_london", "rd0"),
    ("boxoffice_losangeles.txt", "hit Telegram at 6:14 p.m. PT on Friday", None, O, "box_leak_time", "rd1814"),
    ("boxoffice_losangeles.txt", "streamed some 2.4 million times", 2400000, O, "box_pirate_views", "rd24m"),
    ("boxoffice_losangeles.txt", "the producers say cost ₦2.4 billion", 2400000000, PROD, "box_budget", "prod24"),
    ("boxoffice_losangeles.txt", "At two hours and 22 minutes", 142, O, "box_runtime", "rd142"),
    ("boxoffice_losangeles.txt", "an 18 rating in Nigeria", 18, O, "box_rating", "rd18"),
    ("boxoffice_losangeles.txt", "more than 60 U.K. cinemas", 60, O, "box_uk_cinemas", "rd60"),
    ("boxoffice_losangeles.txt", "on Dec. 27", None, O, "box_uk_date", "rd27"),
    ("boxoffice_losangeles.txt", "in 25 North American theaters", 25, HL, "box_us_theaters", "hl25"),
    ("boxoffice_losangeles.txt", "on Jan. 10", None, HL, "box_us_date", "hljan10"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("lander_harrowfield.txt", "we did it at the second attempt", 2, HW, "lander_opt_second_attempt"),
    ("lander_liveblog.txt", "upright and healthy", None, HW, "lander_opt_healthy"),
    ("lander_seattle.txt", "called the landing \"nominal\"", None, HW, "lander_opt_nominal"),
    ("lander_christchurch.txt", "\"stable and fully functional\"", None, HW, "lander_opt_stable"),
    ("twins_singapore.txt", "most do not survive their first days", None, TC, "twins_opt_most_die"),
    ("twins_singapore.txt", "\"They are doing better than we hoped,\"", None, TC, "twins_opt_better"),
    ("boxoffice_distributor.txt", "\"Nigerians came out for this film in numbers we have never seen,\"", None, SAP,
     "box_opt_numbers"),
    ("boxoffice_lagos.txt", "\"not the 96 being quoted\"", 96, COF, "box_opt_not96"),
    ("boxoffice_lagos.txt", "₦7,500 for a ticket in this economy?", 7500, "reader Amaka O.", "box_opt_comment_ticket"),
    ("boxoffice_wire.txt", "the biggest or second-biggest weekend in Nigerian box-office history", None, O,
     "box_opt_depending"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # lander
    "lander_site": {("hwsite", "lpsite"): CO, ("hwsite", "cmsite"): CO, ("lpsite", "cmsite"): CO},
    "lander_touchdown_time": {("hw0331", "hw0331"): SC, ("hw0331", "lp0731"): CO, ("hw0331", "kis2331"): CO,
                              ("hw0331", "cm0231"): C, ("hw0331", "cm1431"): CO, ("lp0731", "cm0231"): C,
                              ("lp0731", "cm1431"): CO, ("kis2331", "cm0231"): C, ("kis2331", "cm1431"): CO},
    "lander_clock_gap": {("hw31", "sn30"): CO},
    "lander_target_distance": {("hw350", "hw350"): SC, ("hw350", "sci12"): C},
    "lander_landing_speed": {("hw12ms", "src4"): C},
    "lander_burn_length": {("hw12min", "lp9"): C},
    "lander_propellant_left": {("hw8", "src2"): C},
    "lander_tilt": {("hw4", "src30"): C, ("hw4", "hw4"): SC, ("hw4", "hw11"): U, ("src30", "hw11"): C},
    "lander_legs": {("hwintact", "srcbuckled"): C},
    "lander_signal_gap": {("hw11min", "trk40"): C},
    "lander_signal_back": {("hw0342", "trk1514"): C},
    "lander_first_image": {("hw47", "hw47"): SC},
    "lander_staff": {("hw310", "cm300"): CO},
    "lander_launch_date": {("hw17aug", "lp16aug"): CO},
    "lander_transit": {("hw42", "sn6w"): CO},
    "lander_distance_travelled": {("hw23m", "lp14m"): CO, ("hw23m", "hw23m"): SC},
    "lander_launch_mass": {("hw1240", "lp2700"): CO, ("hw1240", "cm14t"): C, ("lp2700", "cm14t"): C},
    "lander_height": {("hw21", "lp7ft"): CO},
    "lander_payloads": {("hw9", "lp8"): C},
    "lander_payload_countries": {("hw6", "cm5"): C},
    "lander_rover_mass": {("hw48", "kis106"): CO},
    "lander_rover_date": {("hwwed", "kistue"): C, ("hwwed", "hwthu"): U, ("kistue", "kistue"): SC,
                          ("kistue", "hwthu"): C},
    "lander_mission_length": {("hw12d", "sci9"): C},
    "lander_cost": {("hw148", "opp200"): C},
    "lander_govt_funding": {("hw40", "opp65"): C, ("hw40", "min40"): CO, ("opp65", "min40"): C},
    "lander_pathfinder_year": {("hw2038", "cm2039"): C},
    "lander_planned_time": {("hw0330", "lp0730"): CO},
    "lander_crowd": {("hw4000", "ccc2500"): C, ("hw4000", "cmthousands"): CO},
    "lander_stream": {("hw13m", "cm900k"): C},
    "lander_country_rank": {("lp7", "min6"): C},
    "lander_nz_offset": {("sn13", "cm12"): C},
    # twins
    "twins_age": {("tc14", "gl13"): C},
    "twins_start_time": {("tc0730", "cmp0500"): CO, ("tc0730", "gl2330"): CO, ("cmp0500", "gl2330"): CO},
    "twins_end_time": {("tc0150", "tc0150"): SC, ("tc0150", "cmp0420"): C, ("tc0150", "gl1750"): CO,
                       ("cmp0420", "gl1750"): C},
    "twins_duration": {("tc1820", "fam20"): C, ("tc1820", "hf19"): CO, ("tc1820", "gl16"): C, ("fam20", "hf19"): C,
                       ("fam20", "gl16"): C, ("hf19", "gl16"): C},
    "twins_join": {("tcjoin", "gljoin"): CO},
    "twins_organs": {("tcliver", "tcliver"): SC},
    "twins_heart": {("tcnoheart", "tcnoheart"): SC, ("tcnoheart", "glheart"): C},
    "twins_separation_time": {("tc1912", "tc1912"): SC, ("tc1912", "gl1112"): CO},
    "twins_team": {("tc46", "cmp60"): C},
    "twins_weight": {("tc158", "hf16"): CO, ("tc158", "gl158lb"): C, ("hf16", "gl158lb"): C},
    "twins_blood": {("tc20", "tc20"): SC, ("tc20", "tc31"): U},
    "twins_condition": {("tccrit", "famsafe"): C},
    "twins_ventilator": {("tcvent", "fambreath"): C, ("tcvent", "tcoff"): U, ("fambreath", "tcoff"): C},
    "twins_icu_stay": {("tc3w", "tc10d"): U},
    "twins_arrival": {("tcaug", "moh2sep"): C},
    "twins_prior_ops": {("tc3", "hf2"): C},
    "twins_previous": {("tc5", "hf4"): C},
    "twins_cost": {("tc13m", "ch18m"): C},
    "twins_govt_pays": {("tcboth", "moh120"): CO, ("tcboth", "mpnone"): C, ("tcboth", "chnone"): C,
                        ("moh120", "chnone"): C, ("mpnone", "chnone"): CO},
    "twins_flight": {("mohaf", "chcommercial"): C},
    "twins_charity_raised": {("ch500k", "ch640k"): U},
    "twins_vigil": {("cmphundreds", "glthousands"): C},
    "twins_odds": {("fam80", "tc50"): C},
    "twins_return": {("famapril", "tc3m"): C},
    "twins_mother_age": {("cmp26", "gl24"): C},
    "twins_father_job": {("cmptea", "gltuk"): C},
    "twins_hometown": {("cmpgampola", "glcolombo"): C},
    "twins_birth": {("cmpsep21", "gloct"): C},
    "twins_offset": {("cmp25", "gl35"): C},
    "twins_briefing": {("tc1100", "hf1100"): CO},
    # boxoffice
    "box_opening_gross": {("sap138", "sap138"): SC, ("sap138", "cof121"): C, ("sap138", "sap134"): U,
                          ("sap138", "btx129"): C, ("cof121", "sap134"): C, ("cof121", "btx129"): C},
    "box_admissions": {("sap152k", "sap152k"): SC, ("sap152k", "cof131k"): C},
    "box_cinemas": {("sap96", "cof87"): C},
    "box_screens": {("sap318", "rd300"): CO},
    "box_avg_ticket": {("nb7500", "rd9100"): C},
    "box_friday": {("sap412", "btx385"): C},
    "box_billion_day": {("sapsat", "btxsun"): C},
    "box_record": {("sapbiggest", "sapbiggest"): SC, ("sapbiggest", "btxsecond"): C},
    "box_previous_record": {("sap102", "btx131"): C},
    "box_budget": {("prod24", "prod24"): SC, ("prod24", "riv900"): C},
    "box_premiere_time": {("sap1900", "paw1800"): CO, ("sap1900", "rd1100"): C, ("paw1800", "rd1100"): C},
    "box_offset_london": {("paw1h", "rd0"): C},
    "box_leak_time": {("sap0214", "paw0114"): CO, ("sap0214", "rd1814"): C, ("paw0114", "rd1814"): C},
    "box_pirate_views": {("sap2m", "rd24m"): CO},
    "box_arrests": {("ncc2", "pol3"): C},
    "box_runtime": {("sap142", "nb155"): C, ("sap142", "rd142"): CO, ("nb155", "rd142"): C},
    "box_rating": {("nfvcb15", "rd18"): C},
    "box_streaming": {("sapnone", "src42m"): C},
    "box_uk_cinemas": {("sap41", "krp41"): CO, ("sap41", "rd60"): C, ("krp41", "rd60"): C},
    "box_uk_date": {("sap20dec", "krp20"): CO, ("sap20dec", "rd27"): C, ("krp20", "rd27"): C},
    "box_premiere_guests": {("sap800", "nb1500"): C},
    "box_annual_2040": {("cof146", "ind128"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
