"""Hand labels for bench/blind54 (an unexploded wartime bomb found at a building site in the Asato district of Naha,
Okinawa, Japan, and made safe on Sunday 15 June 2036 after an evacuation: the time it was made safe, the time the
evacuation order was lifted, the deadline to leave, the kind of ordnance, its weight, length, depth and fuses, the day
it was found, what was being built, the radius, the residents and the city's revised count, the households, the
shelters and the people in them, the businesses, the troops and the police, the road and monorail closures, the
heat cases and those taken to hospital, the temperature, the builder's delay, the cost, the disposals a year and the
ordnance still buried disputed, with times in Japan Standard Time (UTC+9 all year), GMT and Hawaii-Aleutian Standard
Time (UTC-10, Honolulu, across the date line); a swarm of jellyfish that blocked the cooling-water intake of reactor 2
at the Kråkvik nuclear power station near Oskarshamn, Sweden, which was shut down manually at 23:41 on Tuesday 22
July 2036: the time of the shutdown and of the first alarm, the screens blocked, the species, the sea temperature,
the reactor's capacity and age, the restart and the operator's revised date, reactor 1's output, the workers and
divers, the tonnes removed and the operator's revised figure, the lost revenue, the staff, earlier shutdowns,
radioactivity, the INES level, the share of Sweden's power, the homes, the bloom's extent, the power price on
Wednesday and Tuesday, the imports from Finland and the owner's stake disputed, with times in Central European Summer
Time (UTC+2, Sweden), Eastern European Summer Time (UTC+3, Helsinki) and GMT, across midnight; a storm that trapped
climbers at the 17,200-foot high camp on Denali, Alaska, from which the National Park Service evacuated them on
Saturday 7 June 2036: the time of the distress call, of the first rescue flight and of the last climbers' arrival,
the camp's and the summit's height, the climbers stranded and the park's revised count, the dead climber's age, the
rangers, the flights, the climbers flown off, frostbite, the guided party, the gusts, the wind chill, the storm's
length, the snow, the body's recovery, earlier deaths, the climbers registered, the fee, the cost, whether climbers
pay and the Argentines on the mountain disputed, with times in Alaska Daylight Time (UTC-8), US Pacific Daylight Time
(UTC-7, Seattle), Argentina time (UTC-3 all year) and GMT, across midnight).
Run from the project root:
    python3 bench/blind54/make_labels.py
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
NAHA = "the City of Naha (Crisis Management Division, director Keiko Higa-Morrow)"
JG = "the JGSDF 101st Unexploded Ordnance Disposal Unit (spokesman Maj. Takeshi Oshiro-Fenn)"
OPP = "the Okinawa Prefectural Police"
PREF = "Okinawa Prefecture's unexploded ordnance office"
NFD = "the Naha City Fire Department"
KEN = "Shurei Kensetsu, the builder (site manager Hiroshi Tamaki-Grey)"
YUI = "Yui Rail, the Okinawa monorail operator"
HIST = "historian Dr Masaru Chinen-Hayes, University of the Ryukyus"
WIT = "resident Tomoko Kinjo-Bell"
VOL = "shelter volunteer Yuki Oyadomari-Lane"
NGO = "the Okinawa Ordnance Watch, a citizens' group (spokesman Shinji Arakaki-Voss)"
USMC = "Marine Corps Installations Pacific, Camp Butler (Capt. Dana Whitfield-Ono)"

KK = "Kråkvik Kraft AB, the operator (head of communications Linnea Ek-Harrow)"
SSM = "the Swedish Radiation Safety Authority (SSM)"
UNI = "the plant's local union branch (chair Mats Berglund-Kerr)"
SMHI = "SMHI, the Swedish weather and water institute"
BIO = "marine biologist Dr Sofia Lindqvist-Ray, Linnaeus University"
KBV = "the Swedish Coast Guard"
SVK = "Svenska kraftnät, the grid operator"
ENV = "Östersjövakten, an environmental group (spokeswoman Karin Sund-Abbott)"
POH = "Pohjavoima Oyj, the Finnish majority owner"
ANA = "analyst Henrik Voss-Carter, Nordlys Energy Research"
NP = "Nord Pool, the power exchange"
BUOY = "local monitoring buoys (as cited by the London wire)"

NPS = "Denali National Park and Preserve, the National Park Service (Maureen Talley-Kwan)"
NWS = "the National Weather Service in Anchorage"
GUIDE = "Borealis Alpine Guides (owner Erik Sandvold-Price)"
CLIMB = "climber Lucía Benedetti-Ross, of Mendoza"
FAM = "the dead climber's family in Córdoba"
HOSP = "Providence Alaska Medical Center"
MRE = "Argentina's foreign ministry"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- bomb: a US aircraft bomb from 1945 found on Thursday 12 June 2036 at a building site in Asato,
    # Naha, is made safe at 10:47 on Sunday 15 June (JST, UTC+9 all year) = 01:47 GMT on Sunday = 3:47 p.m. HST on
    # Saturday 14 June (Honolulu, UTC-10, 19 hours behind); residents must leave by 09:00 JST = 00:00 GMT = 2 p.m. HST
    # on Saturday; the order is lifted at 11:30 JST = 02:30 GMT = 4:30 p.m. HST; ¥150 to the US dollar (the Honolulu
    # site's rate), so ¥4.8 million is about $32,000; 250 kg is about 550 lb; 3 m is about 10 ft; 300 m is about
    # 1,000 ft; 31C is about 88F
    # the city's press release (own-line date, letterhead with an address, "PRESS RELEASE · Naha, 15 June 2036 · 13:30
    # JST", a title in capitals, the director quoted, "EVACUATION" with a bulleted list, "COST", "ABOUT UNEXPLODED
    # ORDNANCE IN OKINAWA", a media contact), Sunday 15 Jun
    ("bomb_city.txt", "completed at 10:47 on Sunday", None, NAHA, "bomb_defused", "naha1047"),
    ("bomb_city.txt", "the evacuation order was lifted at 11:30", None, NAHA, "bomb_lifted", "naha1130"),
    ("bomb_city.txt", "a US-made aircraft bomb", None, NAHA, "bomb_type", "nahaair"),
    ("bomb_city.txt", "weighing about 250 kilograms", 250, NAHA, "bomb_weight", "naha250"),
    ("bomb_city.txt", "was discovered on Thursday afternoon", None, NAHA, "bomb_found", "nahathu"),
    ("bomb_city.txt", "the foundations of a 12-storey apartment block", 12, NAHA, "bomb_building", "naha12"),
    ("bomb_city.txt", "at a depth of about 3 metres", 3, NAHA, "bomb_depth", "naha3"),
    ("bomb_city.txt", "a radius of 300 metres", 300, NAHA, "bomb_radius", "naha300"),
    ("bomb_city.txt", "About 2,100 residents", 2100, NAHA, "bomb_residents", "naha2100"),
    ("bomb_city.txt", "in 980 households", 980, NAHA, "bomb_households", "naha980"),
    ("bomb_city.txt", "asked to leave their homes by 9:00", None, NAHA, "bomb_deadline", "naha0900"),
    ("bomb_city.txt", "Four evacuation centres were opened", 4, NAHA, "bomb_shelters", "naha4"),
    ("bomb_city.txt", "312 people used them", 312, NAHA, "bomb_sheltered", "naha312"),
    ("bomb_city.txt", "About 60 shops and businesses", 60, NAHA, "bomb_businesses", "naha60"),
    ("bomb_city.txt", "closed from 08:45 to 11:40", 175, NAHA, "bomb_road", "naha175"),
    ("bomb_city.txt", "suspended from 09:40 to 11:10", 90, YUI, "bomb_monorail", "yui90"),
    ("bomb_city.txt", "Two elderly residents were treated for heat exhaustion", 2, NAHA, "bomb_heat", "naha2"),
    ("bomb_city.txt", "No one needed hospital care", 0, NAHA, "bomb_heat_hospital", "naha0"),
    ("bomb_city.txt", "estimated at about ¥4.8 million", 4800000, NAHA, "bomb_cost", "naha48"),
    # an Okinawa English-language daily (The Ryukyu Courier; date prefix glued to the masthead, headline and
    # standfirst, byline, photo caption, glued dateline "NAHA -Residents", its own time, households, temperature and
    # closures, the disposal unit's bomb, length, fuses, team and disposals, the city's revised count, the police's
    # officers, empty zone and lifting, a resident, a volunteer, the fire department, the builder, a historian, the
    # prefecture, "Read more", "COMMENTS (3)" with three reader comments, copyright line), Monday 16 Jun
    ("bomb_daily.txt", "shortly before 11 a.m. on Sunday", None, O, "bomb_defused", "rc11"),
    ("bomb_daily.txt", "a 250-kilogram general-purpose bomb", 250, JG, "bomb_weight", "jg250"),
    ("bomb_daily.txt", "dropped by American aircraft", None, JG, "bomb_type", "jgair"),
    ("bomb_daily.txt", "about 1.2 metres long", 1.2, JG, "bomb_length", "jg12"),
    ("bomb_daily.txt", "We removed both fuses", 2, JG, "bomb_fuses", "jg2"),
    ("bomb_daily.txt", "a team of 15", 15, JG, "bomb_troops", "jg15"),
    ("bomb_daily.txt", "carried out 412 disposals in the last fiscal year", 412, JG, "bomb_disposals", "jg412"),
    ("bomb_daily.txt", "2,340 people had been covered by the order", 2340, NAHA, "bomb_residents", "naha2340"),
    ("bomb_daily.txt", "about 1,200 households", 1200, O, "bomb_households", "rc1200"),
    ("bomb_daily.txt", "about 150 officers", 150, OPP, "bomb_police", "opp150"),
    ("bomb_daily.txt", "confirmed at 9:12 a.m. that the zone was empty", None, OPP, "bomb_zone_clear", "opp0912"),
    ("bomb_daily.txt", "the evacuation order was lifted at 11:50 a.m.", None, OPP, "bomb_lifted", "opp1150"),
    ("bomb_daily.txt", "still walking their dogs past the site at 9:30", None, WIT, "bomb_zone_clear", "wit0930"),
    ("bomb_daily.txt", "fewer than 200 people came to the shelters", 200, VOL, "bomb_sheltered", "vol200"),
    ("bomb_daily.txt", "five people were treated for heat-related illness", 5, NFD, "bomb_heat", "nfd5"),
    ("bomb_daily.txt", "two of them taken to hospital", 2, NFD, "bomb_heat_hospital", "nfd2"),
    ("bomb_daily.txt", "reached 31 degrees by mid-morning", 31, O, "bomb_temp", "rc31"),
    ("bomb_daily.txt", "struck the casing at about 2:15 p.m. on Thursday", None, KEN, "bomb_found", "kenthu"),
    ("bomb_daily.txt", "only 1.5 metres down", 1.5, KEN, "bomb_depth", "ken15"),
    ("bomb_daily.txt", "work had been halted for four days", 4, KEN, "bomb_delay", "ken4"),
    ("bomb_daily.txt", "cost the company about ¥30 million", 30000000, KEN, "bomb_builder_loss", "ken30m"),
    ("bomb_daily.txt", "shut for 90 minutes", 90, O, "bomb_road", "rc90"),
    ("bomb_daily.txt", "did not run for more than two hours", 120, O, "bomb_monorail", "rc2h"),
    ("bomb_daily.txt", "a shell fired from a US warship", None, HIST, "bomb_type", "histshell"),
    ("bomb_daily.txt", "About 200,000 people died in the Battle of Okinawa", 200000, HIST, "bomb_battle_dead",
     "hist200k"),
    ("bomb_daily.txt", "about 1,800 tonnes of unexploded ordnance", 1800, PREF, "bomb_remaining", "pref1800"),
    ("bomb_daily.txt", "will take another 70 years", 70, PREF, "bomb_clear_years", "pref70"),
    # a London news wire (Meridian Press Agency; no date line, a time line "15/06/2036 03:20 GMT · UPDATE 1", headline,
    # byline, glued dateline "(MPA) -A", the bomb made safe "at 0247 GMT on Sunday" (wrong: 10:47 JST was 01:47 GMT;
    # the wire used the British summer offset), the deadline in local time and GMT (right), the police's residents,
    # its own radius, shelters, soldiers, fuse, length, day found, businesses, cost, civilians and disposals, a
    # citizens' group, reporting and copyright lines), Sunday 15 Jun 03:20 GMT
    ("bomb_wire.txt", "made safe at 0247 GMT on Sunday", None, O, "bomb_defused", "mpa0247"),
    ("bomb_wire.txt", "about 3,000 people were moved out of their homes", 3000, OPP, "bomb_residents", "opp3000"),
    ("bomb_wire.txt", "within 500 metres of the site", 500, O, "bomb_radius", "mpa500"),
    ("bomb_wire.txt", "had to leave by 9 a.m. local time", None, O, "bomb_deadline", "mpa9"),
    ("bomb_wire.txt", "0000 GMT on Sunday", None, O, "bomb_deadline", "mpa9"),
    ("bomb_wire.txt", "six shelters", 6, O, "bomb_shelters", "mpa6"),
    ("bomb_wire.txt", "About 30 soldiers", 30, O, "bomb_troops", "mpa30"),
    ("bomb_wire.txt", "removed the bomb's single fuse", 1, O, "bomb_fuses", "mpa1"),
    ("bomb_wire.txt", "90 centimetres long", 0.9, O, "bomb_length", "mpa90"),
    ("bomb_wire.txt", "was found on Wednesday", None, O, "bomb_found", "mpawed"),
    ("bomb_wire.txt", "More than 100 businesses", 100, O, "bomb_businesses", "mpa100"),
    ("bomb_wire.txt", "cost about ¥9 million", 9000000, O, "bomb_cost", "mpa9m"),
    ("bomb_wire.txt", "killed more than 100,000 civilians", 100000, O, "bomb_civilians", "mpa100k"),
    ("bomb_wire.txt", "more than 500 times a year", 500, O, "bomb_disposals", "mpa500x"),
    ("bomb_wire.txt", "more than 2,000 tonnes of explosives remain underground", 2000, NGO, "bomb_remaining",
     "ngo2000"),
    ("bomb_wire.txt", "In 2009 a buried shell exploded during roadworks in Itoman", 2009, O, "bomb_itoman", "mpa2009"),
    # a Honolulu news site (Island Ledger Hawaii; leading-space own-line date with the US date of Saturday 14 June,
    # section line, headline, posted time in HST with the byline, the deadline, the completion and the lifting in
    # Hawaii time (all right), the time difference, its own weight in pounds, depth in feet, building, radius in
    # feet, police, specialists, delay and temperature in Fahrenheit, the city's cost in dollars, the prefecture's
    # tonnage in metric tons, the Marines, two sentences glued without a space, a local relative, "Related:"),
    # Saturday 14 Jun (US date)
    ("bomb_honolulu.txt", "a 1,000-pound bomb", 1000, O, "bomb_weight", "hl1000"),
    ("bomb_honolulu.txt", "Residents had to be out by 2 p.m. Saturday, Hawaii time", None, O, "bomb_deadline",
     "hl2pm"),
    ("bomb_honolulu.txt", "finished the job at 3:47 p.m. Saturday, Hawaii time", None, NAHA, "bomb_defused",
     "naha1047"),
    ("bomb_honolulu.txt", "lifted at 4:30 p.m. Hawaii time", None, NAHA, "bomb_lifted", "naha1130"),
    ("bomb_honolulu.txt", "Okinawa is 19 hours ahead of Honolulu", 19, O, "bomb_offset", "hl19"),
    ("bomb_honolulu.txt", "about 10 feet below ground", 10, O, "bomb_depth", "hl10ft"),
    ("bomb_honolulu.txt", "a nine-story hotel", 9, O, "bomb_building", "hl9"),
    ("bomb_honolulu.txt", "roughly 1,000 feet from the site", 1000, O, "bomb_radius", "hl1000ft"),
    ("bomb_honolulu.txt", "80 police officers", 80, O, "bomb_police", "hl80"),
    ("bomb_honolulu.txt", "15 Japanese army bomb-disposal specialists", 15, O, "bomb_troops", "hl15"),
    ("bomb_honolulu.txt", "about $32,000", 32000, NAHA, "bomb_cost", "naha48"),
    ("bomb_honolulu.txt", "¥150 to the dollar", 150, O, "bomb_fx", "hlfx"),
    ("bomb_honolulu.txt", "about a week's delay", 7, O, "bomb_delay", "hlweek"),
    ("bomb_honolulu.txt", "about 88 degrees", 88, O, "bomb_temp", "hl88"),
    ("bomb_honolulu.txt", "had offered help but that none was requested", None, USMC, "bomb_marines", "usmc"),
    ("bomb_honolulu.txt", "roughly 1,800 metric tons", 1800, PREF, "bomb_remaining", "pref1800"),
    ("bomb_honolulu.txt", "estimated at 50,000 people", 50000, O, "bomb_community", "hl50k"),
    ("bomb_honolulu.txt", "the first Okinawan immigrants arrived here in 1900", 1900, O, "bomb_immigrants", "hl1900"),

    # ---------------- jelly: jellyfish block the cooling-water intake of reactor 2 at Kråkvik, near Oskarshamn,
    # Sweden; it is shut down manually at 23:41 on Tuesday 22 July 2036 (CEST, UTC+2) = 21:41 GMT on Tuesday = 00:41
    # EEST on Wednesday 23 July in Helsinki (UTC+3); SEK 11.2 to the euro (the London wire's rate), so SEK 15 million
    # is about €1.3 million; 1,120 MW is 1.12 GW
    # the operator's press release (a date prefix with the letterhead continuing on the same line after a space,
    # "PRESS RELEASE · Oskarshamn, 23 July 2036 · 06:30", a title in capitals, the head of communications quoted,
    # "CLEAN-UP", "ABOUT KRÅKVIK KRAFT", a press contact), Wednesday 23 Jul
    ("jelly_operator.txt", "manually at 23:41 on Tuesday", None, KK, "jelly_time", "kk2341"),
    ("jelly_operator.txt", "There was no release of radioactivity", None, KK, "jelly_release", "kknone"),
    ("jelly_operator.txt", "The first alarm on the intake screens sounded at 21:15", None, KK, "jelly_alarm",
     "kk2115"),
    ("jelly_operator.txt", "four of the six intake screens were clogged", 4, KK, "jelly_screens", "kk4"),
    ("jelly_operator.txt", "moon jellyfish (Aurelia aurita)", None, KK, "jelly_species", "kkmoon"),
    ("jelly_operator.txt", "The sea temperature at the intake was 24 degrees", 24, KK, "jelly_water", "kk24"),
    ("jelly_operator.txt", "a net capacity of 1,120 megawatts", 1120, KK, "jelly_capacity", "kk1120"),
    ("jelly_operator.txt", "in service since 1985", 1985, KK, "jelly_year", "kk1985"),
    ("jelly_operator.txt", "expected to restart within 48 hours", 48, KK, "jelly_restart", "kk48"),
    ("jelly_operator.txt", "reduced to about 50 per cent of its output", 50, KK, "jelly_r1", "kk50"),
    ("jelly_operator.txt", "About 60 staff and contractors", 60, KK, "jelly_workers", "kk60"),
    ("jelly_operator.txt", "including eight divers", 8, KK, "jelly_divers", "kk8"),
    ("jelly_operator.txt", "removed about 40 tonnes of jellyfish", 40, KK, "jelly_tonnes", "kk40"),
    ("jelly_operator.txt", "taken to a biogas plant in Kalmar", None, KK, "jelly_disposal", "kkbiogas"),
    ("jelly_operator.txt", "the third time since 2019", 3, KK, "jelly_previous", "kk3"),
    ("jelly_operator.txt", "around SEK 15 million a day", 15000000, KK, "jelly_cost", "kk15m"),
    ("jelly_operator.txt", "employs about 1,100 people", 1100, KK, "jelly_staff", "kk1100"),
    # a Swedish English-language news site (The Nordic Ledger; own-line date, masthead with the date, headline and
    # standfirst, byline, photo caption, glued dateline "OSKARSHAMN -A", its own time, share, homes, price and stake,
    # the regulator, the union, the weather institute, a biologist, the coast guard, the grid operator, an
    # environmental group, two sentences glued without a space, "COMMENTS (2)" with two reader comments, copyright
    # line), Wednesday 23 Jul
    ("jelly_local.txt", "shortly before midnight on Tuesday", None, O, "jelly_time", "nlmid"),
    ("jelly_local.txt", "about 8 per cent of Sweden's electricity", 8, O, "jelly_share", "nl8"),
    ("jelly_local.txt", "enough for about 1.2 million homes", 1200000, O, "jelly_homes", "nl12m"),
    ("jelly_local.txt", "there had been no radioactive release", None, SSM, "jelly_release", "ssmnone"),
    ("jelly_local.txt", "level 0 on the international INES scale", 0, SSM, "jelly_ines", "ssm0"),
    ("jelly_local.txt", "The alarms had been going off since about 19:30", None, UNI, "jelly_alarm", "uni1930"),
    ("jelly_local.txt", "all six screens were blocked", 6, UNI, "jelly_screens", "uni6"),
    ("jelly_local.txt", "just 25 people were working on the screens overnight", 25, UNI, "jelly_workers", "uni25"),
    ("jelly_local.txt", "not the 60 the company claimed", 60, KK, "jelly_workers", "kk60"),
    ("jelly_local.txt", "only four divers were in the water", 4, UNI, "jelly_divers", "uni4"),
    ("jelly_local.txt", "at least 150 tonnes of jellyfish", 150, UNI, "jelly_tonnes", "uni150"),
    ("jelly_local.txt", "a sea temperature of 22.4C off Oskarshamn", 22.4, SMHI, "jelly_water", "smhi224"),
    ("jelly_local.txt", "about three degrees above the July average", 3, SMHI, "jelly_anomaly", "smhi3"),
    ("jelly_local.txt", "mostly of lion's mane jellyfish rather than moon jellyfish", None, BIO, "jelly_species",
     "biolion"),
    ("jelly_local.txt", "up to 200 jellyfish per cubic metre", 200, BIO, "jelly_density", "bio200"),
    ("jelly_local.txt", "covered about 12 kilometres of coast", 12, KBV, "jelly_extent", "kbv12"),
    ("jelly_local.txt", "rose to €118 per megawatt-hour for Wednesday", 118, O, "jelly_price", "nl118"),
    ("jelly_local.txt", "imports of up to 1,800 megawatts from Finland", 1800, SVK, "jelly_imports", "svk1800"),
    ("jelly_local.txt", "there was no risk to supply", None, SVK, "jelly_supply", "svknorisk"),
    ("jelly_local.txt", "the fourth time since 2019", 4, ENV, "jelly_previous", "env4"),
    ("jelly_local.txt", "holds 51 per cent of Kråkvik Kraft", 51, O, "jelly_stake", "nl51"),
    # a Helsinki energy newsletter (Pohjola Energy Brief; leading-space own-line date, section line, headline, a time
    # line "23.7.2036 · 15:10 EEST" with the byline, the shutdown "at 01:41 Finnish time on Wednesday" (wrong: 23:41
    # CEST was 00:41 EEST), its own capacity, reactor 1, Tuesday's price, imports, INES level and staff, the
    # operator's first tonnage, an analyst, Nord Pool, the owner, the biologist, publisher line), Wednesday 23 Jul
    ("jelly_helsinki.txt", "at 01:41 Finnish time on Wednesday", None, O, "jelly_time", "peb0141"),
    ("jelly_helsinki.txt", "the 1.12 GW unit", 1120, O, "jelly_capacity", "peb112"),
    ("jelly_helsinki.txt", "Kråkvik 1 was cut to a third of its output", 33.3, O, "jelly_r1", "peb13"),
    ("jelly_helsinki.txt", "removed 40 tonnes of jellyfish overnight", 40, KK, "jelly_tonnes", "kk40"),
    ("jelly_helsinki.txt", "at least a week without Kråkvik 2", 7, ANA, "jelly_restart", "ana7"),
    ("jelly_helsinki.txt", "about €2.5 million a day", 2500000, ANA, "jelly_cost", "ana25"),
    ("jelly_helsinki.txt", "averaged €142.30/MWh for Wednesday", 142.3, NP, "jelly_price", "np142"),
    ("jelly_helsinki.txt", "the area price had been about €55", 55, O, "jelly_price_tue", "peb55"),
    ("jelly_helsinki.txt", "Finland exported about 2,100 MW to Sweden through the night", 2100, O, "jelly_imports",
     "peb2100"),
    ("jelly_helsinki.txt", "Pohjavoima's shares fell 3.8 per cent in Helsinki by midday", 3.8, O,
     "jelly_shares_midday", "peb38"),
    ("jelly_helsinki.txt", "holds a 54 per cent stake", 54, POH, "jelly_stake", "poh54"),
    ("jelly_helsinki.txt", "a level-1 event on the INES scale", 1, O, "jelly_ines", "peb1"),
    ("jelly_helsinki.txt", "The plant employs 850 people", 850, O, "jelly_staff", "peb850"),
    ("jelly_helsinki.txt", "some 30 kilometres along the coast", 30, BIO, "jelly_extent", "bio30"),
    # a London energy news wire (Albion Energy Wire; no date line, a time line "23/07/2036 16:45 UTC · UPDATE 2",
    # headline, byline, glued dateline "(AEW) -Swedish", the operator's shutdown in GMT (right), revised restart and
    # tonnage and cost in euros, its own capacity, share, households, year, earlier shutdowns and share price, Nord
    # Pool, buoys, two sentences glued without a space, reporting and copyright lines), Wednesday 23 Jul 16:45 UTC
    ("jelly_wire.txt", "is now expected to restart on Saturday", None, KK, "jelly_restart", "kksat"),
    ("jelly_wire.txt", "shut down manually at 2141 GMT on Tuesday", None, KK, "jelly_time", "kk2341"),
    ("jelly_wire.txt", "about 90 tonnes of jellyfish had been removed so far", 90, KK, "jelly_tonnes", "kk90"),
    ("jelly_wire.txt", "about €1.3 million a day", 1300000, KK, "jelly_cost", "kk15m"),
    ("jelly_wire.txt", "SEK 11.2 to the euro", 11.2, O, "jelly_fx", "aewfx"),
    ("jelly_wire.txt", "The 1,400-megawatt unit", 1400, O, "jelly_capacity", "aew1400"),
    ("jelly_wire.txt", "roughly 5 per cent of Sweden's electricity", 5, O, "jelly_share", "aew5"),
    ("jelly_wire.txt", "around 900,000 households", 900000, O, "jelly_homes", "aew900k"),
    ("jelly_wire.txt", "It was commissioned in 1983", 1983, O, "jelly_year", "aew1983"),
    ("jelly_wire.txt", "averaged €142.30 per megawatt-hour on Nord Pool", 142.3, NP, "jelly_price", "np142"),
    ("jelly_wire.txt", "up from €61.80 on Tuesday", 61.8, NP, "jelly_price_tue", "np618"),
    ("jelly_wire.txt", "reached as high as 25C this month", 25, BUOY, "jelly_water_month", "buoy25"),
    ("jelly_wire.txt", "the second such shutdown at Kråkvik since 2019", 2, O, "jelly_previous", "aew2"),
    ("jelly_wire.txt", "closed down 2.1% in Helsinki", 2.1, O, "jelly_shares_close", "aew21"),

    # ---------------- denali: a storm pins climbers down at the 17,200-foot high camp on Denali; the distress message
    # reaches the Talkeetna Ranger Station at 11:10 p.m. on Thursday 5 June 2036 (AKDT, UTC-8) = 07:10 GMT on Friday =
    # 00:10 PDT on Friday in Seattle = 4:10 a.m. on Friday in Buenos Aires (UTC-3 all year); rescue flights begin at
    # 5:20 a.m. on Saturday 7 June = 13:20 GMT = 10:20 a.m. in Buenos Aires; the last climbers reach the 14,200-foot
    # camp at 8:40 p.m. on Saturday = 04:40 GMT = 1:40 a.m. on Sunday in Buenos Aires; 17,200 ft is about 5,243 m and
    # 20,310 ft about 6,190 m; minus 40 degrees is the same in Fahrenheit and Celsius
    # the park's news release (own-line date, agency and park lines with an address, "NEWS RELEASE · For immediate
    # release · June 7, 2036, 10:30 p.m. AKDT", headline, dateline "TALKEETNA, Alaska –", the spokeswoman quoted,
    # "-NPS-"), Saturday 7 Jun
    ("denali_nps.txt", "the 17,200-foot high camp", 17200, NPS, "denali_camp", "nps17200"),
    ("denali_nps.txt", "a three-day storm", 3, NPS, "denali_storm", "nps3d"),
    ("denali_nps.txt", "pinned down 13 climbers", 13, NPS, "denali_stranded", "nps13"),
    ("denali_nps.txt", "from four expeditions", 4, NPS, "denali_expeditions", "nps4x"),
    ("denali_nps.txt", "a 41-year-old man from Argentina", 41, NPS, "denali_age", "nps41"),
    ("denali_nps.txt", "at 11:10 p.m. Thursday", None, NPS, "denali_call", "nps2310"),
    ("denali_nps.txt", "Two rangers and two volunteer patrol members", 2, NPS, "denali_rangers", "nps2"),
    ("denali_nps.txt", "Rescue flights began at 5:20 a.m. Saturday", None, NPS, "denali_start", "nps520"),
    ("denali_nps.txt", "the helicopter made 14 flights", 14, NPS, "denali_flights", "nps14"),
    ("denali_nps.txt", "seven climbers were flown off the mountain", 7, NPS, "denali_flown", "nps7"),
    ("denali_nps.txt", "The remaining six descended on foot", 6, NPS, "denali_walked", "nps6"),
    ("denali_nps.txt", "reached the 14,200-foot camp at 8:40 p.m.", None, NPS, "denali_last", "nps2040"),
    ("denali_nps.txt", "Four climbers were treated for frostbite", 4, NPS, "denali_frostbite", "nps4"),
    ("denali_nps.txt", "a guided party of nine", 9, NPS, "denali_party", "nps9"),
    ("denali_nps.txt", "gusts of up to 80 mph", 80, NPS, "denali_gusts", "nps80"),
    ("denali_nps.txt", "wind chills of minus 40 degrees Fahrenheit", -40, NPS, "denali_windchill", "npsm40"),
    ("denali_nps.txt", "will be recovered when the weather allows", None, NPS, "denali_body", "npslater"),
    ("denali_nps.txt", "the first fatality on Denali since 2033", None, NPS, "denali_previous", "npsfirst"),
    ("denali_nps.txt", "1,142 climbers had registered", 1142, NPS, "denali_registered", "nps1142"),
    ("denali_nps.txt", "the 20,310-foot summit", 20310, NPS, "denali_summit", "nps20310"),
    ("denali_nps.txt", "a summit rate of 38 per cent so far", 38, NPS, "denali_rate", "nps38"),
    ("denali_nps.txt", "is $460 this year", 460, NPS, "denali_fee", "nps460"),
    # a Seattle outdoor site (Cascade Summit Journal; leading-space own-line date, section line, headline, posted time
    # in PDT with the byline, the distress message "at 11:10 p.m. Thursday, Pacific time" (wrong: 11:10 p.m. AKDT was
    # 12:10 a.m. PDT on Friday), the park's first count, rangers and camp, the guide service's count and Argentines,
    # the weather service, its own registrations and fee, two sentences glued without a space, "Related:"), Friday
    # 6 Jun
    ("denali_seattle.txt", "at 17,200 feet on Denali", 17200, NPS, "denali_camp", "nps17200"),
    ("denali_seattle.txt", "at 11:10 p.m. Thursday, Pacific time", None, O, "denali_call", "csj2310"),
    ("denali_seattle.txt", "Eleven climbers are stranded at the camp", 11, NPS, "denali_stranded", "nps11"),
    ("denali_seattle.txt", "two rangers there", 2, NPS, "denali_rangers", "nps2"),
    ("denali_seattle.txt", "it counted 14 climbers at high camp", 14, GUIDE, "denali_stranded", "guide14"),
    ("denali_seattle.txt", "four Argentine climbers", 4, GUIDE, "denali_argentines", "guide4"),
    ("denali_seattle.txt", "gusts near 100 mph", 100, NWS, "denali_gusts", "nws100"),
    ("denali_seattle.txt", "up to three feet of new snow", 3, NWS, "denali_snow", "nws3"),
    ("denali_seattle.txt", "about 1,300 climbers have signed up for Denali this year", 1300, O, "denali_registered",
     "csj1300"),
    ("denali_seattle.txt", "a $395 special use fee", 395, O, "denali_fee", "csj395"),
    ("denali_seattle.txt", "they have food and fuel for a week", 7, GUIDE, "denali_supplies", "guide7d"),
    # an Anchorage daily (The Cook Inlet Chronicle; date prefix glued to the masthead, headline and standfirst,
    # byline, photo caption, glued dateline "TALKEETNA -The", its own first flight, call, earlier death, flights,
    # climbers flown off, last arrival and summit, the family, the guide service, a rescued climber, the hospital, the
    # park's cost, "COMMENTS (3)" with three reader comments, copyright line), Sunday 8 Jun
    ("denali_anchorage.txt", "about 7 a.m. Saturday", None, O, "denali_start", "cic7"),
    ("denali_anchorage.txt", "shortly after 11 p.m. on Thursday", None, O, "denali_call", "cic11"),
    ("denali_anchorage.txt", "said he was 43", 43, FAM, "denali_age", "fam43"),
    ("denali_anchorage.txt", "the second death on the mountain this season", 2, O, "denali_previous", "cic2nd"),
    ("denali_anchorage.txt", "flew nine climbers off the mountain", 9, O, "denali_flown", "cic9"),
    ("denali_anchorage.txt", "in 11 sorties", 11, O, "denali_flights", "cic11s"),
    ("denali_anchorage.txt", "shortly before 10 p.m.", None, O, "denali_last", "cic10pm"),
    ("denali_anchorage.txt", "two guides and six clients", 8, GUIDE, "denali_party", "guide8"),
    ("denali_anchorage.txt", "It was 36 hours of real storm", 36, GUIDE, "denali_storm", "guide36h"),
    ("denali_anchorage.txt", "winds of 70 mph", 70, GUIDE, "denali_gusts", "guide70"),
    ("denali_anchorage.txt", "there was one ranger up there", 1, CLIMB, "denali_rangers", "climb1"),
    ("denali_anchorage.txt", "for the 13 of them", 13, CLIMB, "denali_stranded", "climb13"),
    ("denali_anchorage.txt", "more than five feet of snow fell in two nights", 5, CLIMB, "denali_snow", "climb5"),
    ("denali_anchorage.txt", "six patients with frostbite were admitted on Saturday", 6, HOSP, "denali_frostbite",
     "hosp6"),
    ("denali_anchorage.txt", "two of them in serious condition", 2, HOSP, "denali_serious", "hosp2"),
    ("denali_anchorage.txt", "about $220,000", 220000, NPS, "denali_cost", "nps220k"),
    ("denali_anchorage.txt", "which it does not charge to climbers", None, NPS, "denali_charge", "npsnocharge"),
    ("denali_anchorage.txt", "Denali, at 20,310 feet", 20310, O, "denali_summit", "cic20310"),
    ("denali_anchorage.txt", "about 1,200 climbers in a normal year", 1200, O, "denali_normal_year", "cic1200"),
    # a Buenos Aires English-language daily (The River Plate Standard; no date line, a time line "08/06/2036 · 11:20
    # ART" with the masthead, headline, byline, glued dateline "BUENOS AIRES -An", the foreign ministry's Argentines,
    # age, body and frostbite, the call in Buenos Aires time (right), the park's flights, first flight and last
    # arrival converted to Argentine time (right), its own camp and summit in metres (both wrong), wind chill in
    # Celsius, cost and charge, Aconcagua, "Read more"), Sunday 8 Jun
    ("denali_baires.txt", "three Argentines were on the expedition", 3, MRE, "denali_argentines", "mre3"),
    ("denali_baires.txt", "Diego Ferreyra-Hall, 41", 41, MRE, "denali_age", "mre41"),
    ("denali_baires.txt", "His body was brought down to Talkeetna on Saturday evening", None, MRE, "denali_body",
     "mresat"),
    ("denali_baires.txt", "at 4:10 a.m. on Friday, Buenos Aires time", None, O, "denali_call", "rps0410"),
    ("denali_baires.txt", "a camp at 5,400 metres", 5400, O, "denali_camp", "rps5400"),
    ("denali_baires.txt", "a wind chill of -40C", -40, O, "denali_windchill", "rpsm40"),
    ("denali_baires.txt", "its helicopter made 14 flights", 14, NPS, "denali_flights", "nps14"),
    ("denali_baires.txt", "starting at 10:20 a.m. Argentine time on Saturday", None, NPS, "denali_start", "nps520"),
    ("denali_baires.txt", "at 1:40 a.m. on Sunday, Buenos Aires time", None, NPS, "denali_last", "nps2040"),
    ("denali_baires.txt", "a 6,194-metre peak", 6194, O, "denali_summit", "rps6194"),
    ("denali_baires.txt", "cost more than US$500,000", 500000, O, "denali_cost", "rps500k"),
    ("denali_baires.txt", "the Argentine climbers will not have to pay", None, O, "denali_charge", "rpsnopay"),
    ("denali_baires.txt", "Two of the Argentines have frostbite", 2, MRE, "denali_arg_frostbite", "mre2"),
    ("denali_baires.txt", "the highest mountain outside Asia at 6,961 metres", 6961, O, "denali_aconcagua", "rps6961"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("bomb_city.txt", "date from the Battle of Okinawa in 1945", 1945, NAHA, "bomb_opt_1945"),
    ("bomb_city.txt", "nobody was hurt by the bomb", None, NAHA, "bomb_opt_nobody_hurt"),
    ("bomb_city.txt", "still found in Okinawa almost every week", None, NAHA, "bomb_opt_every_week"),
    ("bomb_daily.txt", "for more than ninety years", 90, O, "bomb_opt_ninety_years"),
    ("bomb_daily.txt", "about two hours after the evacuation began", 2, O, "bomb_opt_two_hours"),
    ("bomb_daily.txt", "We waited at the school from 8:30 to noon", None, "reader haisai_mama",
     "bomb_opt_comment_school"),
    ("bomb_honolulu.txt", "Thousands of residents", None, O, "bomb_opt_thousands"),
    ("bomb_honolulu.txt", "She called me at midnight our time", None, "Gary Miyashiro-Keala, a relative",
     "bomb_opt_midnight_call"),
    ("jelly_helsinki.txt", "Intake problems like this rarely clear in two days", 2, ANA, "jelly_opt_two_days"),
    ("jelly_wire.txt", "jellyfish have forced reactors in Scotland, Israel and Japan offline in the past", None, O,
     "jelly_opt_other_countries"),
    ("jelly_local.txt", "from 0.70 to 1.40 kronor overnight", None, "reader elpris_nu", "jelly_opt_comment_price"),
    ("denali_seattle.txt", "no window before Saturday morning at the earliest", None, NWS, "denali_opt_window"),
    ("denali_anchorage.txt", "after a Japanese climber fell on the Messner Couloir in May", None, O,
     "denali_opt_may_death"),
    ("denali_baires.txt", "four times", 4, O, "denali_opt_aconcagua_climbs"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # bomb
    "bomb_defused": {("naha1047", "naha1047"): SC, ("naha1047", "rc11"): CO, ("naha1047", "mpa0247"): C,
                     ("rc11", "mpa0247"): C},
    "bomb_lifted": {("naha1130", "naha1130"): SC, ("naha1130", "opp1150"): C},
    "bomb_deadline": {("naha0900", "mpa9"): CO, ("naha0900", "hl2pm"): CO, ("mpa9", "hl2pm"): CO},
    "bomb_type": {("nahaair", "jgair"): CO, ("nahaair", "histshell"): C},
    "bomb_weight": {("naha250", "jg250"): CO, ("naha250", "hl1000"): C, ("jg250", "hl1000"): C},
    "bomb_length": {("jg12", "mpa90"): C},
    "bomb_fuses": {("jg2", "mpa1"): C},
    "bomb_found": {("nahathu", "kenthu"): CO, ("nahathu", "mpawed"): C, ("kenthu", "mpawed"): C},
    "bomb_building": {("naha12", "hl9"): C},
    "bomb_depth": {("naha3", "ken15"): C, ("naha3", "hl10ft"): CO, ("ken15", "hl10ft"): C},
    "bomb_radius": {("naha300", "mpa500"): C, ("naha300", "hl1000ft"): CO, ("mpa500", "hl1000ft"): C},
    "bomb_residents": {("naha2100", "naha2340"): U, ("naha2100", "opp3000"): C, ("naha2340", "opp3000"): C},
    "bomb_households": {("naha980", "rc1200"): C},
    "bomb_shelters": {("naha4", "mpa6"): C},
    "bomb_sheltered": {("naha312", "vol200"): C},
    "bomb_businesses": {("naha60", "mpa100"): C},
    "bomb_troops": {("jg15", "mpa30"): C, ("jg15", "hl15"): CO, ("mpa30", "hl15"): C},
    "bomb_police": {("opp150", "hl80"): C},
    "bomb_road": {("naha175", "rc90"): C},
    "bomb_monorail": {("yui90", "rc2h"): C},
    "bomb_heat": {("naha2", "nfd5"): C},
    "bomb_heat_hospital": {("naha0", "nfd2"): C},
    "bomb_temp": {("rc31", "hl88"): CO},
    "bomb_delay": {("ken4", "hlweek"): C},
    "bomb_cost": {("naha48", "naha48"): SC, ("naha48", "mpa9m"): C},
    "bomb_disposals": {("jg412", "mpa500x"): C},
    "bomb_remaining": {("pref1800", "pref1800"): SC, ("pref1800", "ngo2000"): C},
    # jelly
    "jelly_time": {("kk2341", "kk2341"): SC, ("kk2341", "nlmid"): CO, ("kk2341", "peb0141"): C,
                   ("nlmid", "peb0141"): C},
    "jelly_alarm": {("kk2115", "uni1930"): C},
    "jelly_screens": {("kk4", "uni6"): C},
    "jelly_species": {("kkmoon", "biolion"): C},
    "jelly_water": {("kk24", "smhi224"): C},
    "jelly_capacity": {("kk1120", "peb112"): CO, ("kk1120", "aew1400"): C, ("peb112", "aew1400"): C},
    "jelly_year": {("kk1985", "aew1983"): C},
    "jelly_restart": {("kk48", "kksat"): U, ("kk48", "ana7"): C, ("ana7", "kksat"): C},
    "jelly_r1": {("kk50", "peb13"): C},
    "jelly_workers": {("kk60", "kk60"): SC, ("kk60", "uni25"): C},
    "jelly_divers": {("kk8", "uni4"): C},
    "jelly_tonnes": {("kk40", "kk40"): SC, ("kk40", "kk90"): U, ("kk40", "uni150"): C, ("uni150", "kk90"): C},
    "jelly_cost": {("kk15m", "kk15m"): SC, ("kk15m", "ana25"): C},
    "jelly_staff": {("kk1100", "peb850"): C},
    "jelly_previous": {("kk3", "env4"): C, ("kk3", "aew2"): C, ("env4", "aew2"): C},
    "jelly_release": {("kknone", "ssmnone"): CO},
    "jelly_ines": {("ssm0", "peb1"): C},
    "jelly_share": {("nl8", "aew5"): C},
    "jelly_homes": {("nl12m", "aew900k"): C},
    "jelly_extent": {("kbv12", "bio30"): C},
    "jelly_price": {("nl118", "np142"): C, ("np142", "np142"): SC},
    "jelly_price_tue": {("peb55", "np618"): C},
    "jelly_imports": {("svk1800", "peb2100"): C},
    "jelly_stake": {("nl51", "poh54"): C},
    # denali
    "denali_call": {("nps2310", "csj2310"): C, ("nps2310", "cic11"): CO, ("nps2310", "rps0410"): CO,
                    ("csj2310", "cic11"): C, ("csj2310", "rps0410"): C, ("cic11", "rps0410"): CO},
    "denali_start": {("nps520", "cic7"): C, ("nps520", "nps520"): SC},
    "denali_last": {("nps2040", "cic10pm"): C, ("nps2040", "nps2040"): SC},
    "denali_camp": {("nps17200", "nps17200"): SC, ("nps17200", "rps5400"): C},
    "denali_summit": {("nps20310", "cic20310"): CO, ("nps20310", "rps6194"): C, ("cic20310", "rps6194"): C},
    "denali_stranded": {("nps11", "nps13"): U, ("nps13", "guide14"): C, ("nps11", "climb13"): C,
                        ("nps13", "climb13"): CO, ("guide14", "climb13"): C},
    "denali_age": {("nps41", "fam43"): C, ("nps41", "mre41"): CO, ("fam43", "mre41"): C},
    "denali_rangers": {("nps2", "nps2"): SC, ("nps2", "climb1"): C},
    "denali_flights": {("nps14", "cic11s"): C, ("nps14", "nps14"): SC},
    "denali_flown": {("nps7", "cic9"): C},
    "denali_frostbite": {("nps4", "hosp6"): C},
    "denali_party": {("nps9", "guide8"): C},
    "denali_gusts": {("nps80", "nws100"): C, ("nps80", "guide70"): C, ("nws100", "guide70"): C},
    "denali_windchill": {("npsm40", "rpsm40"): CO},
    "denali_storm": {("nps3d", "guide36h"): C},
    "denali_snow": {("nws3", "climb5"): C},
    "denali_body": {("npslater", "mresat"): C},
    "denali_previous": {("npsfirst", "cic2nd"): C},
    "denali_registered": {("nps1142", "csj1300"): C},
    "denali_fee": {("nps460", "csj395"): C},
    "denali_cost": {("nps220k", "rps500k"): C},
    "denali_charge": {("npsnocharge", "rpsnopay"): CO},
    "denali_argentines": {("guide4", "mre3"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
