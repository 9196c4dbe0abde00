"""Hand labels for bench/blind65 (a record long plasma run in MIRAE-2, a superconducting tokamak at the Daedeok Fusion
Energy Centre in Daejeon, South Korea, that began at 00:33 on Thursday 18 February 2038 Korea time (KST, UTC+9 all
year) = 15:33 GMT = 16:33 CET (Germany) = 10:33 EST (US East) on Wednesday 17 February and ended at 00:52 after 1,120
seconds (18 min 40 s), announced at a news conference at 10:00 KST on Friday 19 February = 01:00 GMT = 02:00 CET on
Friday = 20:00 EST on Thursday: the start, end and announcement times, the offsets from GMT, Germany and Washington,
the pulse length, the ion temperature (100 million degC = 180 million degF, about 6.7 times the Sun's core of 15
million degC = 27 million degF), the time above 100 million degrees, whether it is a record, China's earlier pulse,
fuel, heating power with the centre's revised figure, energy injected, magnetic field, plasma current, countries,
staff, attempts, the next goal, cost with the ministry's revised figure, delay, first plasma, the demonstration
plant and the power drawn from the grid, with times in KST, GMT, CET and EST, across midnight; a Seoul daily gives bare
local times, and a Berlin paper takes Korea to be seven hours ahead of Germany, as in the German summer, instead of
eight and puts the start and the news conference an hour late);
a tunnel robbery at a Banque Sfaxienne de Crédit branch in Sfax, Tunisia, whose vault alarm went off at 23:40 on
Saturday 11 July 2043 Tunisian time (UTC+1 all year) = 22:40 GMT = 23:40 BST on Saturday = 00:40 CEST (Italy) on
Sunday 12 July, discovered at 08:10 on Monday 13 July (07:10 GMT), with two men arrested in Sicily after landing at
Marsala at 04:15 CEST on Tuesday 14 July (03:15 in Tunisia, 02:15 GMT): the alarm and discovery times, the
response, the tunnel's length, depth and width (28 m = 92 ft, 4 m = 13 ft), the boxes opened with the ministry's
revised count, the boxes in the vault, the cash taken, the total loss, the arrests in Tunisia with the ministry's
revised count, the arrests, gold and cash in Italy, the landing time, the lease, the digging, guards, cameras,
insurance, the reward, investigators, earlier tunnel raids, the branch's opening year, the crowd, the suspects sought
and the offsets from Italy and London, with times in Tunisian time, GMT, BST and CEST, across midnight; a Sfax daily
gives bare local times, and a Palermo paper says Tunisia keeps Italian time and puts the alarm and the discovery an
hour early on Italian clocks);
the death of Marie-Célestine Lapierre, said to be the world's oldest person, at 21:40 on Sunday 6 February 2039 in Le
Morne-Rouge, Martinique (AST, UTC-4 all year) = 01:40 GMT and 02:40 CET (Paris, Madrid) on Monday 7 February =
20:40 EST (New York) on Sunday: the time and place of death, the cause, her age (116 years 171 days from a birth on
19 August 1922; the family says 1921 and 117), her rank among the oldest ever, Jeanne Calment's record, how long she
was the oldest living person, her successor's age, children, grandchildren and descendants (9 + 31 + 64 + 12 = 116,
then the family's 118) with the family's revised count, surviving children, her eldest son's age, her work, her first
vote, Mount Pelee's 1902 toll, the Assembly's minute of silence (10:00 AST = 14:00 GMT = 15:00 CET = 09:00 EST), the
funeral's day and crowd with the mayor's revised figure, the birthday-party crowd, documents, validation year,
centenarians, the distance from Fort-de-France (30 km = 19 miles) and the offsets from Paris and New York, with times
in AST, UTC, CET and EST, across midnight; a Martinique radio's live blog gives bare local times, and a Paris site
takes Martinique to be six hours behind Paris, as in the northern summer, instead of five and puts the death and the
minute of silence an hour late).
Run from the project root:
    /work/venv/bin/python bench/blind65/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
DFEC = "the Daedeok Fusion Energy Centre, Daejeon (director Dr Kwon Ha-rin)"
MINSCI = "South Korea's Ministry of Science and ICT"
OPPK = "opposition lawmaker Choi Min-seo"
UNIONK = "the centre's researchers' union (chair Lim Tae-gyu)"
ENG = "engineers at the centre who asked not to be named"
PHYS = "plasma physicist Prof. Katharina Wendt-Albers, Baltic Institute for Plasma Research, Greifswald"
CNLAB = "China's Hefei Fusion Science Centre (a spokesman)"
FIC = "the Fusion Industry Council, Washington (chief executive Dana Whitcomb-Reyes)"

INT = "Tunisia's Interior Ministry (spokesman Col. Houssem Ben Ammar-Jlassi)"
BANK = "Banque Sfaxienne de Crédit, the bank (spokeswoman Amel Triki-Ghorbel)"
UNIONB = "the bank workers' union (Sami Dhouib-Mansour)"
ASSOC = "the box holders' collective (lawyer Nizar Karoui-Belhaj)"
LANDLORD = "the shop's owner, Mohamed Ellouze-Frikha"
CC = "Italy's Carabinieri in Trapani"
INS = "the bank's insurer, Méditerranée Assurances"
CONS = "security consultant Graham Pell-Okafor, London"
FISHER = "a fisherman at Marsala who gave his name as Vito"

FAM = "her grandson, Joël Lapierre-Sainte-Rose, for the family"
MAYOR = "the mayor of Le Morne-Rouge, Roseline Édouard-Larcher, and her town hall"
GRN = "the Gerontology Records Network, Madrid (director Dr Inés Vallbona-Carrasco)"
ARS = "the regional health agency (ARS Martinique)"
INSEE = "INSEE, France's statistics institute"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- fusion: MIRAE-2's run begins at 00:33 on Thursday 18 February 2038 KST (UTC+9) = 15:33 GMT =
    # 16:33 CET = 10:33 EST on Wednesday 17 February and ends at 00:52 KST = 10:52 EST after 1,120 s = 18 min 40 s;
    # news conference 10:00 KST on Friday = 01:00 GMT = 02:00 CET on Friday = 20:00 EST on Thursday; Korea is 8 hours
    # ahead of CET in February (7 in the German summer), 9 ahead of GMT, 14 ahead of EST; 100 million degC = 180
    # million degF; the Sun's core 15 million degC = 27 million degF, 100/15 = 6.7; 12 MW x 1,120 s = 13.4 GJ, 16 MW x
    # 1,120 s = 17.9 GJ; 1.4 trillion won = $1.05 billion, so 2.1 trillion won = $1.6 billion; 14 failed attempts, so
    # the 15th succeeded; 3,600 s = an hour; 23 minutes = 1,380 s
    # a Seoul wire's English service (Hanbit News Service; no date line, time line "19.02.2038 · 11:40 KST", slug with
    # "(UPDATE 1)", headline, dateline; its own start with GMT, right, news conference with GMT, right, first plasma,
    # shot number and offsets, right; the centre on pulse, end, temperature, time above 100 million, record, fuel,
    # heating, field, current, countries, staff and goal; the ministry on cost and delay; reporting and copyright
    # lines), Friday 19 February 11:40 KST
    ("fusion_wire.txt", "began at 00:33 on Thursday (1533 GMT on Wednesday)", None, O, "fusion_start_time", "wstart"),
    ("fusion_wire.txt", "a news conference at 10:00 (0100 GMT) on Friday", None, O, "fusion_presser_time", "wpress"),
    ("fusion_wire.txt", "held the plasma for 1,120 seconds", 1120, DFEC, "fusion_pulse", "dfec1120"),
    ("fusion_wire.txt", "The run ended at 00:52", None, DFEC, "fusion_end_time", "dfecend"),
    ("fusion_wire.txt", "above 100 million degrees Celsius", 100000000, DFEC, "fusion_temp", "dfec100"),
    ("fusion_wire.txt", "for more than 1,000 seconds", 1000, DFEC, "fusion_peak_hold", "dfec1000"),
    ("fusion_wire.txt", "This is the longest such plasma ever held in a tokamak", None, DFEC, "fusion_record",
     "dfecrec"),
    ("fusion_wire.txt", "number 41,207 in the machine's log", 41207, O, "fusion_shot_number", "w41207"),
    ("fusion_wire.txt", "was run on deuterium alone", None, DFEC, "fusion_fuel", "dfecfuel"),
    ("fusion_wire.txt", "16 megawatts of heating", 16, DFEC, "fusion_heating", "dfec16"),
    ("fusion_wire.txt", "a magnetic field of 3.5 tesla", 3.5, DFEC, "fusion_field", "dfec35"),
    ("fusion_wire.txt", "a plasma current of 0.8 megaamperes", 0.8, DFEC, "fusion_current", "dfec08"),
    ("fusion_wire.txt", "Researchers from eleven countries", 11, DFEC, "fusion_countries", "dfec11"),
    ("fusion_wire.txt", "430 scientists and engineers work on MIRAE-2", 430, DFEC, "fusion_staff", "dfec430"),
    ("fusion_wire.txt", "aims to hold such a plasma for 3,600 seconds", 3600, DFEC, "fusion_next_goal", "dfec3600"),
    ("fusion_wire.txt", "1.4 trillion won (about $1.05 billion)", 1400000000000, MINSCI, "fusion_cost", "min14"),
    ("fusion_wire.txt", "about two years late", 2, MINSCI, "fusion_delay", "min2y"),
    ("fusion_wire.txt", "produced its first plasma in 2035", 2035, O, "fusion_first_plasma", "w2035"),
    ("fusion_wire.txt", "South Korea is nine hours ahead of GMT", 9, O, "fusion_offset_gmt", "w9h"),
    ("fusion_wire.txt", "eight hours ahead of Central Europe", 8, O, "fusion_offset_de", "w8h"),
    # a Seoul daily's English edition (The Seoul Daily Courier; own-line date, masthead, date and section line,
    # headline, byline, dateline; its own start "12:33 a.m. on Thursday", a bare local time, right, the pulse, the
    # temperature against the Sun, the Sun's core, the record and China's best; the centre's corrected heating power
    # and its attempts, a sentence glued without a space; unnamed engineers on the grid; the ministry's revised cost,
    # demonstration plant and programme; the opposition lawmaker on cost and delay; the union on staff, hours and
    # contracts; a photo caption with the wrong city; reader comments and newsletter line), Saturday 20 February
    ("fusion_daily.txt", "was switched on at 12:33 a.m. on Thursday", None, O, "fusion_start_time", "dstart"),
    ("fusion_daily.txt", "for 18 minutes and 40 seconds", 1120, O, "fusion_pulse", "d1840"),
    ("fusion_daily.txt", "nearly seven times hotter than the core of the Sun", 7, O, "fusion_temp", "d7x"),
    ("fusion_daily.txt", "which burns at about 15 million degrees", 15000000, O, "fusion_sun_core", "d15m"),
    ("fusion_daily.txt", "The run is a world record for a tokamak at such temperatures", None, O, "fusion_record",
     "drec"),
    ("fusion_daily.txt", "China's best is about 1,000 seconds", 1000, O, "fusion_rival", "d1000"),
    ("fusion_daily.txt", "the heating power was 17 megawatts, not 16 as first announced", 17, DFEC, "fusion_heating",
     "dfec17"),
    ("fusion_daily.txt", "14 failed attempts since December", 14, DFEC, "fusion_attempts", "dfec14"),
    ("fusion_daily.txt", "drew about 60 megawatts from the grid", 60, ENG, "fusion_grid", "eng60"),
    ("fusion_daily.txt", "had cost 1.55 trillion won", 1550000000000, MINSCI, "fusion_cost", "min155"),
    ("fusion_daily.txt", "a demonstration power plant by 2050", 2050, MINSCI, "fusion_demo", "min2050"),
    ("fusion_daily.txt", "1.2 trillion won on fusion research over the next decade", 1200000000000, MINSCI,
     "fusion_programme", "min12"),
    ("fusion_daily.txt", "the true cost was 2.1 trillion won", 2100000000000, OPPK, "fusion_cost", "opp21"),
    ("fusion_daily.txt", "four years behind schedule", 4, OPPK, "fusion_delay", "opp4y"),
    ("fusion_daily.txt", "Only about 300 people actually work on the machine", 300, UNIONK, "fusion_staff",
     "union300"),
    ("fusion_daily.txt", "70-hour weeks", 70, UNIONK, "fusion_hours", "union70"),
    ("fusion_daily.txt", "Dozens of young researchers", None, UNIONK, "fusion_contracts", "uniondozens"),
    # a Berlin daily's English edition (Berliner Tagesbote; date glued to the first sentence, masthead, date and
    # section line, headline, byline; its own start "17:33 German time on Wednesday" and news conference "03:00 German
    # time on Friday", both an hour late, "seven hours ahead of Germany", wrong, the pulse, heating, energy (12 MW x
    # 1,120 s), cost and Germany's budget; the Greifswald physicist on temperature, time above 100 million, China's
    # run, the grid and the demonstration plant, a quote glued to the sentence before; letters line), Friday 19
    # February
    ("fusion_berlin.txt", "began at 17:33 German time on Wednesday", None, O, "fusion_start_time", "bstart"),
    ("fusion_berlin.txt", "which is seven hours ahead of Germany", 7, O, "fusion_offset_de", "b7h"),
    ("fusion_berlin.txt", "It lasted almost 19 minutes", 19, O, "fusion_pulse", "b19"),
    ("fusion_berlin.txt", "at a news conference at 03:00 German time on Friday", None, O, "fusion_presser_time",
     "bpress"),
    ("fusion_berlin.txt", "12 megawatts of heating", 12, O, "fusion_heating", "b12"),
    ("fusion_berlin.txt", "about 13 gigajoules went into the plasma", 13, O, "fusion_energy", "b13gj"),
    ("fusion_berlin.txt", "the 1.4-trillion-won machine", 1400000000000, O, "fusion_cost", "b14"),
    ("fusion_berlin.txt", "closer to 75 million degrees", 75000000, PHYS, "fusion_temp", "phys75"),
    ("fusion_berlin.txt", "For no more than 300 seconds", 300, PHYS, "fusion_peak_hold", "phys300"),
    ("fusion_berlin.txt", "a Chinese machine ran for 23 minutes in 2036", 23, PHYS, "fusion_rival", "phys23m"),
    ("fusion_berlin.txt", "drew about 90 megawatts from the grid", 90, PHYS, "fusion_grid", "phys90"),
    ("fusion_berlin.txt", "Not before 2060", 2060, PHYS, "fusion_demo", "phys2060"),
    ("fusion_berlin.txt", "Germany spends about €180 million a year on fusion research", 180000000, O,
     "fusion_de_budget", "b180"),
    # a Washington fusion-industry trade site (The Fusion Report; leading-space own-line date, masthead, tagline,
    # time line "February 18, 2038 · 11:15 p.m. ET", headline, byline; its own start "10:33 a.m. Eastern on
    # Wednesday", end "10:52 a.m." and news conference "8 p.m. Eastern on Thursday", right, "14 hours ahead of
    # Washington", right, the temperature in Fahrenheit, the time above it, the pulse, the attempt, the Sun's core in
    # Fahrenheit, heating and energy (16 MW x 1,120 s), field, current, fuel, countries and first run; the
    # opposition's cost reported back in dollars; China's Hefei centre on the record and its pulse; the industry
    # council on private money; the centre's goal reported back; reader comments and subscription line), Thursday
    # 18 February 11:15 p.m. ET
    ("fusion_trade.txt", "fired up at 10:33 a.m. Eastern on Wednesday", None, O, "fusion_start_time", "tstart"),
    ("fusion_trade.txt", "until it ended at 10:52 a.m.", None, O, "fusion_end_time", "tend"),
    ("fusion_trade.txt", "a news conference at 8 p.m. Eastern on Thursday", None, O, "fusion_presser_time", "tpress"),
    ("fusion_trade.txt", "Daejeon is 14 hours ahead of Washington", 14, O, "fusion_offset_us", "t14h"),
    ("fusion_trade.txt", "above 180 million degrees Fahrenheit", 180000000, O, "fusion_temp", "t180f"),
    ("fusion_trade.txt", "for roughly 17 minutes", 17, O, "fusion_peak_hold", "t17"),
    ("fusion_trade.txt", "the 1,120-second shot", 1120, O, "fusion_pulse", "t1120"),
    ("fusion_trade.txt", "the 15th attempt of the winter campaign", 15, O, "fusion_attempts", "t15"),
    ("fusion_trade.txt", "the Sun's core is about 27 million °F", 27000000, O, "fusion_sun_core", "t27f"),
    ("fusion_trade.txt", "16 MW of heating", 16, O, "fusion_heating", "t16"),
    ("fusion_trade.txt", "nearly 18 gigajoules into the plasma", 18, O, "fusion_energy", "t18gj"),
    ("fusion_trade.txt", "a 3.5-tesla field", 3.5, O, "fusion_field", "t35"),
    ("fusion_trade.txt", "a 1-megaampere current", 1, O, "fusion_current", "t1ma"),
    ("fusion_trade.txt", "a deuterium-tritium mix", None, O, "fusion_fuel", "tfuel"),
    ("fusion_trade.txt", "Researchers from 11 countries", 11, O, "fusion_countries", "t11"),
    ("fusion_trade.txt", "first ran in December 2035", 2035, O, "fusion_first_plasma", "t2035"),
    ("fusion_trade.txt", "has cost $1.6 billion by the opposition's count", 1600000000, OPPK, "fusion_cost", "opp21"),
    ("fusion_trade.txt", "This is not a world record", None, CNLAB, "fusion_record", "cnrec"),
    ("fusion_trade.txt", "for 1,380 seconds in 2036", 1380, CNLAB, "fusion_rival", "cn1380"),
    ("fusion_trade.txt", "US private fusion firms raised $4.8 billion last year", 4800000000, FIC,
     "fusion_private_money", "fic48"),
    ("fusion_trade.txt", "it aims for an hour-long pulse next", 3600, DFEC, "fusion_next_goal", "dfec3600"),

    # ---------------- heist: the vault alarm goes off at 23:40 on Saturday 11 July 2043 in Sfax (Tunisia, UTC+1 all
    # year) = 22:40 GMT = 23:40 BST on Saturday = 00:40 CEST in Italy on Sunday 12 July; the theft is discovered at
    # 08:10 on Monday 13 July = 07:10 GMT = 09:10 CEST; the boat lands at Marsala at 04:15 CEST on Tuesday 14 July =
    # 03:15 in Tunisia = 02:15 GMT; Tunisia is an hour behind Italy in summer and on London's clock; 28 m = 92 ft,
    # 4 m = 13 ft; 3.2 kg = 7.05 lb; 1.6 million dinars at about 3.4 dinars to the euro = EUR 470,000; the ministry's
    # boxes 212 then 247 and arrests five then seven
    # a wire (Maghreb Press International; no date line, time line "13 July 2043 · 19:05 GMT", slug with "(UPDATE
    # 2)", headline, dateline; its own alarm "22:40 GMT on Saturday" and discovery "0710 GMT on Monday", right, the
    # first tunnel robbery and the crowd; the ministry on boxes, response, tunnel, digging, arrests, suspects and
    # reward; the bank on cash, loss, guards and cameras; currency, reporting and editing lines), Monday 13 July
    ("heist_wire.txt", "emptied 212 safe-deposit boxes", 212, INT, "heist_boxes_opened", "int212"),
    ("heist_wire.txt", "the first tunnel robbery in the country's history", None, O, "heist_first", "wfirst"),
    ("heist_wire.txt", "went off at 22:40 GMT on Saturday", None, O, "heist_alarm_time", "walarm"),
    ("heist_wire.txt", "reached the bank within 15 minutes", 15, INT, "heist_response", "int15"),
    ("heist_wire.txt", "at 0710 GMT on Monday", None, O, "heist_discovery_time", "wdisc"),
    ("heist_wire.txt", "The tunnel ran 28 metres", 28, INT, "heist_tunnel_length", "int28"),
    ("heist_wire.txt", "four metres below the street", 4, INT, "heist_tunnel_depth", "int4"),
    ("heist_wire.txt", "digging for about six weeks", 6, INT, "heist_digging", "int6w"),
    ("heist_wire.txt", "Five people have been arrested", 5, INT, "heist_arrests_tunisia", "int5"),
    ("heist_wire.txt", "three more suspects are being sought", 3, INT, "heist_suspects_sought", "int3sought"),
    ("heist_wire.txt", "a reward of 100,000 dinars", 100000, INT, "heist_reward", "int100k"),
    ("heist_wire.txt", "1.6 million dinars was taken from the vault's cash reserve", 1600000, BANK, "heist_cash",
     "bank16"),
    ("heist_wire.txt", "no more than 5 million dinars", 5000000, BANK, "heist_total_loss", "bank5m"),
    ("heist_wire.txt", "two security guards were on duty all weekend", 2, BANK, "heist_guards", "bank2g"),
    ("heist_wire.txt", "all cameras were working", None, BANK, "heist_cameras", "bankcam"),
    ("heist_wire.txt", "Hundreds of customers gathered outside the branch", None, O, "heist_crowd", "whundreds"),
    # a Sfax daily's English digest (The Sfax Observer; own-line date, masthead, date and section line, headline,
    # byline; its own alarm "11.40pm on Saturday", a bare local time, right, the vault's boxes, the tunnel, the Sicily
    # arrests, the landing "3.15am Tunisian time", right, the offset from Italy, right, the cash in Italy, the crowd
    # and the branch's year; the union on response, guards and cameras; the bank on discovery and boxes; the shop's
    # owner on the lease and rent; the ministry's revised arrests, the cash and investigators; the collective on
    # the loss and insurance, a quote glued to the sentence before; a photo caption with the wrong city; comments and
    # bulletin line), Tuesday 14 July
    ("heist_daily.txt", "rang at 11.40pm on Saturday", None, O, "heist_alarm_time", "dalarm"),
    ("heist_daily.txt", "nobody came for nearly an hour", 1, UNIONB, "heist_response", "union1h"),
    ("heist_daily.txt", "discovered the theft at 8.10am on Monday", None, BANK, "heist_discovery_time", "bankdisc"),
    ("heist_daily.txt", "fewer than 200 boxes were opened", 200, BANK, "heist_boxes_opened", "bank200"),
    ("heist_daily.txt", "The vault has some 1,400 boxes in all", 1400, O, "heist_boxes_total", "d1400"),
    ("heist_daily.txt", "about 30 metres long", 30, O, "heist_tunnel_length", "d30"),
    ("heist_daily.txt", "six metres deep", 6, O, "heist_tunnel_depth", "d6"),
    ("heist_daily.txt", "rented the shop in April", None, LANDLORD, "heist_lease", "landapr"),
    ("heist_daily.txt", "900 dinars a month", 900, LANDLORD, "heist_rent", "land900"),
    ("heist_daily.txt", "raised the number of people arrested to seven", 7, INT, "heist_arrests_tunisia", "int7"),
    ("heist_daily.txt", "2.3 million dinars in cash had been taken", 2300000, INT, "heist_cash", "int23"),
    ("heist_daily.txt", "Some 60 investigators are on the case", 60, INT, "heist_investigators", "int60"),
    ("heist_daily.txt", "two Tunisian men were detained in Sicily", 2, O, "heist_arrests_italy", "d2"),
    ("heist_daily.txt", "at 3.15am Tunisian time", None, O, "heist_landing_time", "d0315"),
    ("heist_daily.txt", "Italy being one hour ahead of Tunisia in summer", 1, O, "heist_offset_italy", "d1h"),
    ("heist_daily.txt", "€64,000 in cash", 64000, O, "heist_cash_italy", "d64k"),
    ("heist_daily.txt", "About 400 box holders gathered outside the branch", 400, O, "heist_crowd", "d400"),
    ("heist_daily.txt", "more than 30 million dinars", 30000000, ASSOC, "heist_total_loss", "assoc30m"),
    ("heist_daily.txt", "nothing in the boxes was insured", None, ASSOC, "heist_insurance", "assocnone"),
    ("heist_daily.txt", "a single guard covered the weekend", 1, UNIONB, "heist_guards", "union1"),
    ("heist_daily.txt", "the vault cameras had not worked since March", None, UNIONB, "heist_cameras", "unioncam"),
    ("heist_daily.txt", "The branch opened in 1987", 1987, O, "heist_branch_opened", "d1987"),
    # a Palermo daily's English edition (La Voce di Palermo; date prefix with the masthead continuing on the line,
    # date line, headline, byline, dateline; the Carabinieri on the arrests, landing, gold, cash and ages; its own
    # boat, extradition limit, arrests in Tunisia and suspects on the run; the ministry's revised boxes; its own
    # "Tunisia keeps Italian time", wrong, alarm "23:40 Italian time on Saturday" and discovery "8.10am Italian time
    # on Monday", both an hour early, the tunnel, the branch's year and the reward; "read also" and copyright lines),
    # Wednesday 15 July
    ("heist_palermo.txt", "arrested two men early on Tuesday", 2, CC, "heist_arrests_italy", "cc2"),
    ("heist_palermo.txt", "their 9-metre fishing boat", 9, O, "heist_boat_length", "p9m"),
    ("heist_palermo.txt", "landed at Marsala at 04:15 on Tuesday", None, CC, "heist_landing_time", "cc0415"),
    ("heist_palermo.txt", "3.2 kilograms of gold jewellery", 3.2, CC, "heist_gold_seized", "cc32"),
    ("heist_palermo.txt", "€64,000 in cash", 64000, CC, "heist_cash_italy", "cc64k"),
    ("heist_palermo.txt", "aged 34 and 41", 34, CC, "heist_suspect_ages", "ccages"),
    ("heist_palermo.txt", "an extradition request within 40 days", 40, O, "heist_extradition", "p40days"),
    ("heist_palermo.txt", "now says 247 boxes were emptied", 247, INT, "heist_boxes_opened", "int247"),
    ("heist_palermo.txt", "Eight people are in custody in Tunisia", 8, O, "heist_arrests_tunisia", "p8"),
    ("heist_palermo.txt", "two suspects are still on the run", 2, O, "heist_suspects_sought", "p2run"),
    ("heist_palermo.txt", "Tunisia keeps Italian time", 0, O, "heist_offset_italy", "psame"),
    ("heist_palermo.txt", "sounded at 23:40 Italian time on Saturday", None, O, "heist_alarm_time", "palarm"),
    ("heist_palermo.txt", "at 8.10am Italian time on Monday", None, O, "heist_discovery_time", "pdisc"),
    ("heist_palermo.txt", "The tunnel was 40 metres long", 40, O, "heist_tunnel_length", "p40"),
    ("heist_palermo.txt", "70 centimetres wide", 70, O, "heist_tunnel_width", "p70"),
    ("heist_palermo.txt", "The branch opened in 1987", 1987, O, "heist_branch_opened", "p1987"),
    ("heist_palermo.txt", "A reward of 100,000 dinars", 100000, O, "heist_reward", "p100k"),
    # a London security-industry trade site (VaultSecure Weekly; own-line date, masthead, section and date line,
    # headline, byline; its own alarm "11.40pm BST on Saturday", right, the offsets from Italy and London, right, the
    # tunnel in feet and centimetres, the lease, the gold in pounds, the landing "02:15 GMT on Tuesday", right, the
    # Sicily arrests and officers; the consultant on earth, digging and earlier raids; the bank on boxes, cash (with
    # euros) and insurance; the insurer on the loss; the collective on members and boxes; readership and
    # subscription lines), Thursday 16 July
    ("heist_trade.txt", "tripped at 11.40pm BST on Saturday", None, O, "heist_alarm_time", "talarm"),
    ("heist_trade.txt", "Tunisia is an hour behind Italy in summer", 1, O, "heist_offset_italy", "t1h"),
    ("heist_trade.txt", "keeps the same clock as London", 0, O, "heist_offset_london", "tlondon"),
    ("heist_trade.txt", "The tunnel was 92 feet long", 92, O, "heist_tunnel_length", "t92ft"),
    ("heist_trade.txt", "13 feet down", 13, O, "heist_tunnel_depth", "t13ft"),
    ("heist_trade.txt", "just 70 cm wide", 70, O, "heist_tunnel_width", "t70"),
    ("heist_trade.txt", "some 20 cubic metres of earth", 20, CONS, "heist_earth", "cons20"),
    ("heist_trade.txt", "three months of digging", 3, CONS, "heist_digging", "cons3m"),
    ("heist_trade.txt", "the third tunnel raid on a Tunisian bank since 2030", 3, CONS, "heist_first", "cons3rd"),
    ("heist_trade.txt", "The lease on the empty shop was signed on 2 May", None, O, "heist_lease", "t2may"),
    ("heist_trade.txt", "the vault held 1,150 boxes", 1150, BANK, "heist_boxes_total", "bank1150"),
    ("heist_trade.txt", "1.6 million dinars (about €470,000)", 1600000, BANK, "heist_cash", "bank16"),
    ("heist_trade.txt", "insured up to 10,000 dinars each", 10000, BANK, "heist_insurance", "bank10k"),
    ("heist_trade.txt", "about 12 million dinars", 12000000, INS, "heist_total_loss", "ins12m"),
    ("heist_trade.txt", "more than 600 members", 600, ASSOC, "heist_collective_members", "assoc600"),
    ("heist_trade.txt", "more than 300 boxes were forced", 300, ASSOC, "heist_boxes_opened", "assoc300"),
    ("heist_trade.txt", "about 7 lb of gold", 7, O, "heist_gold_seized", "t7lb"),
    ("heist_trade.txt", "at 02:15 GMT on Tuesday", None, O, "heist_landing_time", "t0215"),
    ("heist_trade.txt", "three men were arrested in Sicily", 3, O, "heist_arrests_italy", "t3"),
    ("heist_trade.txt", "More than 80 officers are now working the case", 80, O, "heist_investigators", "t80"),

    # ---------------- oldest: Marie-Célestine Lapierre dies at 21:40 on Sunday 6 February 2039 in Le Morne-Rouge
    # (Martinique, AST, UTC-4 all year) = 01:40 UTC = 02:40 CET (Paris, Madrid) on Monday 7 February = 20:40 EST
    # (New York) on Sunday; Martinique is five hours behind CET in February (six in the northern summer) and one hour
    # ahead of New York in winter; the Assembly's minute of silence at 10:00 AST on Monday = 14:00 GMT = 15:00 CET =
    # 09:00 EST; born 19 August 1922, so 116 years and 171 days; oldest living since 3 March 2037, nearly two years;
    # Calment's 122 years 164 days = 122 years 5 months; 9 + 31 + 64 + 12 = 116 descendants, then the family's 118;
    # the mayor's funeral crowd up to 3,000, then 5,000; 30 km = 19 miles; the funeral on Saturday 12 February
    # a Martinique radio's English live blog (Radio Pelée Caraïbes; own-line date, masthead, headline, updaters line,
    # entries newest first with bare local times from Sunday 22:05 to Monday 14:05; the family on the death, its
    # time and place, her age, birth, the family's count, her eldest son, the cause and the rum; the mayor and town
    # hall on the funeral, its crowd, the descendants and the birthday party; the health agency on centenarians; its
    # own minute of silence "at 10:00", her work and the distance; frequency and e-mail line), Monday 7 February
    ("oldest_live.txt", "the funeral will be held on Saturday at 15:00", None, MAYOR, "oldest_funeral_day", "mayorfun"),
    ("oldest_live.txt", "the town expects up to 3,000 people", 3000, MAYOR, "oldest_funeral_crowd", "mayor3000"),
    ("oldest_live.txt", "Martinique has about 250 centenarians", 250, ARS, "oldest_centenarians", "ars250"),
    ("oldest_live.txt", "stood for a minute of silence at 10:00", None, O, "oldest_tribute_time", "lvtrib"),
    ("oldest_live.txt", "nine children", 9, FAM, "oldest_children", "fam9"),
    ("oldest_live.txt", "31 grandchildren", 31, FAM, "oldest_grandchildren", "fam31"),
    ("oldest_live.txt", "64 great-grandchildren", 64, FAM, "oldest_great_grandchildren", "fam64"),
    ("oldest_live.txt", "12 great-great-grandchildren", 12, FAM, "oldest_great_great", "fam12"),
    ("oldest_live.txt", "so 116 descendants in all", 116, FAM, "oldest_descendants", "fam116d"),
    ("oldest_live.txt", "Her eldest surviving son is 94", 94, FAM, "oldest_eldest_son", "fam94"),
    ("oldest_live.txt", "about 80 descendants", 80, MAYOR, "oldest_descendants", "mayor80"),
    ("oldest_live.txt", "worked 40 years in the kitchens of the Bellevue distillery", 40, O, "oldest_work", "lv40"),
    ("oldest_live.txt", "The town hall counted 1,200 guests at her last birthday party", 1200, MAYOR,
     "oldest_birthday_crowd", "mayor1200"),
    ("oldest_live.txt", 'the cause was "old age, nothing else"', None, FAM, "oldest_cause", "famcause"),
    ("oldest_live.txt", "took a glass of rum every Sunday", None, FAM, "oldest_rum", "famrum"),
    ("oldest_live.txt", "about 30 km north of Fort-de-France", 30, O, "oldest_distance", "lv30km"),
    ("oldest_live.txt", "died at 21:40 on Sunday", None, FAM, "oldest_death_time", "famdeath"),
    ("oldest_live.txt", "at home in Le Morne-Rouge", None, FAM, "oldest_place", "famhome"),
    ("oldest_live.txt", "she was 117 years old", 117, FAM, "oldest_age", "fam117"),
    ("oldest_live.txt", "She was born in 1921", 1921, FAM, "oldest_birth", "fam1921"),
    # a Paris news site's English edition (Paris Matinal; date glued to the first sentence, masthead, date and
    # section line, headline, byline; its own death "03:40 Paris time on Monday" and minute of silence "16:00 Paris
    # time on Monday", both an hour late, "six hours behind Paris", wrong, the age, the hospital, the birth year,
    # Pelee's toll, the time as oldest, documents, rank, Calment, successor, children, survivors, grandchildren,
    # descendants, first vote, funeral and crowd; the health agency on the cause; INSEE on centenarians; an archive
    # photo caption; most-read line), Monday 7 February
    ("oldest_paris.txt", "died at 03:40 Paris time on Monday", None, O, "oldest_death_time", "pdeath"),
    ("oldest_paris.txt", "aged 116", 116, O, "oldest_age", "p116"),
    ("oldest_paris.txt", "at the University Hospital in Fort-de-France", None, O, "oldest_place", "phosp"),
    ("oldest_paris.txt", "Martinique is six hours behind Paris", 6, O, "oldest_offset_cet", "p6h"),
    ("oldest_paris.txt", "she had been treated for pneumonia", None, ARS, "oldest_cause", "arscause"),
    ("oldest_paris.txt", "Born in 1922", 1922, O, "oldest_birth", "p1922"),
    ("oldest_paris.txt", "killed some 28,000 people", 28000, O, "oldest_pelee", "p28k"),
    ("oldest_paris.txt", "for nearly two years", 2, O, "oldest_living_since", "p2y"),
    ("oldest_paris.txt", "validated on the strength of a dozen documents", 12, O, "oldest_documents", "p12docs"),
    ("oldest_paris.txt", "the second-oldest person ever verified", 2, O, "oldest_rank", "p2nd"),
    ("oldest_paris.txt", "122 years and 164 days", 122, O, "oldest_calment", "p122"),
    ("oldest_paris.txt", "a woman in Japan aged 115", 115, O, "oldest_successor_age", "p115"),
    ("oldest_paris.txt", "eleven children", 11, O, "oldest_children", "p11"),
    ("oldest_paris.txt", "of whom two survive", 2, O, "oldest_children_alive", "p2alive"),
    ("oldest_paris.txt", "31 grandchildren", 31, O, "oldest_grandchildren", "p31"),
    ("oldest_paris.txt", "more than 100 descendants", 100, O, "oldest_descendants", "p100"),
    ("oldest_paris.txt", "She first voted in 1945", 1945, O, "oldest_first_vote", "p1945"),
    ("oldest_paris.txt", "a minute of silence at 16:00 Paris time on Monday", None, O, "oldest_tribute_time", "ptrib"),
    ("oldest_paris.txt", "She will be buried on Saturday", None, O, "oldest_funeral_day", "pfun"),
    ("oldest_paris.txt", "At least 4,000 mourners are expected", 4000, O, "oldest_funeral_crowd", "p4000"),
    ("oldest_paris.txt", "312 people aged 100 or over in Martinique", 312, INSEE, "oldest_centenarians", "insee312"),
    # a Madrid gerontology network's press release (Gerontology Records Network; leading-space own-line date,
    # letterhead with address, e-mail and phone, "PRESS RELEASE", issue line "Monday 7 February 2039, 11:00 CET",
    # title in capitals, dateline "MADRID —", the director quoted, "Note", "ENDS", notes to editors, media contact;
    # the death "01:40 UTC on Monday 7 February", right, at home, the birth, age, rank, time as oldest, predecessor,
    # documents, validation, successor, supercentenarians and "five hours behind Central European Time", right),
    # Monday 7 February 11:00 CET
    ("oldest_release.txt", "at 01:40 UTC on Monday 7 February", None, GRN, "oldest_death_time", "grndeath"),
    ("oldest_release.txt", "at her home", None, GRN, "oldest_place", "grnhome"),
    ("oldest_release.txt", "born on 19 August 1922", 1922, GRN, "oldest_birth", "grn1922"),
    ("oldest_release.txt", "116 years and 171 days", 116, GRN, "oldest_age", "grn116"),
    ("oldest_release.txt", "the third-oldest person ever verified", 3, GRN, "oldest_rank", "grn3rd"),
    ("oldest_release.txt", "since 3 March 2037", None, GRN, "oldest_living_since", "grn0337"),
    ("oldest_release.txt", "the death of a 117-year-old Japanese woman", 117, GRN, "oldest_predecessor_age",
     "grn117jp"),
    ("oldest_release.txt", "We examined 14 documents", 14, GRN, "oldest_documents", "grn14"),
    ("oldest_release.txt", "validated her age in 2035", 2035, GRN, "oldest_validation_year", "grn2035"),
    ("oldest_release.txt", "a woman in Kagoshima, Japan, aged 115", 115, GRN, "oldest_successor_age", "grn115"),
    ("oldest_release.txt", "61 validated supercentenarians alive worldwide", 61, GRN, "oldest_supercentenarians",
     "grn61"),
    ("oldest_release.txt", "Martinique is five hours behind Central European Time in February", 5, GRN,
     "oldest_offset_cet", "grn5h"),
    # a Brooklyn Caribbean weekly (Caribbean Tide; no date line, masthead with date, headline, byline; its own death
    # "8:40 p.m. Eastern time on Sunday", right, "one hour ahead of New York in winter", right, minute of silence "9
    # a.m. Eastern on Monday", right, age, rank, time as oldest, Calment, validation year, funeral "on Friday",
    # wrong, eldest son, distance in miles, house, children, alcohol, Pelee's toll, birthday party and the Brooklyn
    # community; the family's revised descendants, survivors, work and first vote; the mayor's revised funeral crowd
    # reported by the family; a sentence glued without a space; a photo caption with the wrong birthday; comments and
    # subscription line), Thursday
    # 10 February
    ("oldest_ny.txt", "She died at 8:40 p.m. Eastern time on Sunday", None, O, "oldest_death_time", "nydeath"),
    ("oldest_ny.txt", "Martinique is one hour ahead of New York in winter", 1, O, "oldest_offset_ny", "ny1h"),
    ("oldest_ny.txt", "who died at 116", 116, O, "oldest_age", "ny116"),
    ("oldest_ny.txt", "the fourth-oldest person ever verified", 4, O, "oldest_rank", "ny4th"),
    ("oldest_ny.txt", "the world's oldest living person since 2036", 2036, O, "oldest_living_since", "ny2036"),
    ("oldest_ny.txt", "122 years and five months", 122, O, "oldest_calment", "ny122"),
    ("oldest_ny.txt", "Her age was validated in 2034", 2034, O, "oldest_validation_year", "ny2034"),
    ("oldest_ny.txt", "the family now counts 118 descendants", 118, FAM, "oldest_descendants", "fam118"),
    ("oldest_ny.txt", "three of her children are still living", 3, FAM, "oldest_children_alive", "fam3alive"),
    ("oldest_ny.txt", "She cooked for 35 years at a rum distillery", 35, FAM, "oldest_work", "fam35"),
    ("oldest_ny.txt", "first voted in 1945", 1945, FAM, "oldest_first_vote", "fam1945"),
    ("oldest_ny.txt", "the mayor now expects 5,000 people at the funeral", 5000, MAYOR, "oldest_funeral_crowd",
     "mayor5000"),
    ("oldest_ny.txt", "The funeral will be held on Friday", None, O, "oldest_funeral_day", "nyfun"),
    ("oldest_ny.txt", "Her eldest son, 93,", 93, O, "oldest_eldest_son", "ny93"),
    ("oldest_ny.txt", "some 19 miles from Fort-de-France", 19, O, "oldest_distance", "ny19mi"),
    ("oldest_ny.txt", "a house she moved into in 1948", 1948, O, "oldest_house", "ny1948"),
    ("oldest_ny.txt", "Her nine children", 9, O, "oldest_children", "ny9"),
    ("oldest_ny.txt", "She never drank alcohol", None, O, "oldest_rum", "nyrum"),
    ("oldest_ny.txt", "killed about 30,000 people", 30000, O, "oldest_pelee", "ny30k"),
    ("oldest_ny.txt", "About 500 people came to her 116th birthday party", 500, O, "oldest_birthday_crowd", "ny500"),
    ("oldest_ny.txt", "some 3,000 strong", 3000, O, "oldest_brooklyn_community", "ny3000"),
    ("oldest_ny.txt", "a minute of silence at 9 a.m. Eastern on Monday", None, O, "oldest_tribute_time", "nytrib"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("fusion_wire.txt", "operators ramped it down as planned", None, DFEC, "fusion_opt_rampdown"),
    ("fusion_wire.txt", "it makes no electricity", None, O, "fusion_opt_no_electricity"),
    ("fusion_daily.txt", "the control room at the Daedeok Fusion Energy Centre barely spoke", None, O,
     "fusion_opt_silence"),
    ("fusion_berlin.txt", "already the small hours of Thursday in Korea", None, O, "fusion_opt_small_hours"),
    ("fusion_berlin.txt", "Fusion has always been 30 years away", 30, PHYS, "fusion_opt_30_years"),
    ("fusion_berlin.txt", "would be published in a peer-reviewed journal within months", None, DFEC,
     "fusion_opt_journal"),
    ("fusion_berlin.txt", "the German criticism was \"based on an early data set\"", None, DFEC, "fusion_opt_early_data"),
    ("fusion_trade.txt", "a milestone for the whole field", None, FIC, "fusion_opt_milestone"),
    ("heist_wire.txt", "found the doors locked and left", None, INT, "heist_opt_locked"),
    ("heist_wire.txt", "from a shop two doors away", None, INT, "heist_opt_two_doors"),
    ("heist_wire.txt", "Tunisia's second city and its industrial centre", None, O, "heist_opt_second_city"),
    ("heist_daily.txt", "to sell phone covers", None, LANDLORD, "heist_opt_phone_covers"),
    ("heist_daily.txt", "more than the bank admits", None, O, "heist_opt_more_than_bank"),
    ("heist_palermo.txt", "hidden under the engine cover", None, CC, "heist_opt_engine_cover"),
    ("heist_palermo.txt", "Dozens of us saw it", None, FISHER, "heist_opt_dozens"),
    ("heist_trade.txt", "It is a textbook job", None, CONS, "heist_opt_textbook"),
    ("oldest_live.txt", "She was lucid until Friday", None, FAM, "oldest_opt_lucid"),
    ("oldest_live.txt", "Dozens of neighbours have gathered with candles", None, O, "oldest_opt_neighbours"),
    ("oldest_paris.txt", "where she had been taken on Friday", None, O, "oldest_opt_taken_friday"),
    ("oldest_paris.txt", "two decades after the 1902 eruption", 1902, O, "oldest_opt_1902"),
    ("oldest_paris.txt", "who died in Arles in 1997", 1997, O, "oldest_opt_calment_death"),
    ("oldest_release.txt", "No document contradicts the 1922 birth certificate", None, GRN,
     "oldest_opt_no_contradiction"),
    ("oldest_ny.txt", "with two babies born this winter", 2, FAM, "oldest_opt_babies"),
    ("oldest_ny.txt", "a handful of others lived longer", None, O, "oldest_opt_handful"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # fusion
    "fusion_start_time": {("wstart", "dstart"): CO, ("wstart", "bstart"): C, ("wstart", "tstart"): CO,
                          ("dstart", "bstart"): C, ("dstart", "tstart"): CO, ("bstart", "tstart"): C},
    "fusion_presser_time": {("wpress", "bpress"): C, ("wpress", "tpress"): CO, ("bpress", "tpress"): C},
    "fusion_pulse": {("dfec1120", "d1840"): CO, ("dfec1120", "b19"): CO, ("dfec1120", "t1120"): CO,
                     ("d1840", "b19"): CO, ("d1840", "t1120"): CO, ("b19", "t1120"): CO},
    "fusion_end_time": {("dfecend", "tend"): CO},
    "fusion_temp": {("dfec100", "d7x"): CO, ("dfec100", "phys75"): C, ("dfec100", "t180f"): CO,
                    ("d7x", "phys75"): C, ("d7x", "t180f"): CO, ("phys75", "t180f"): C},
    "fusion_peak_hold": {("dfec1000", "phys300"): C, ("dfec1000", "t17"): CO, ("phys300", "t17"): C},
    "fusion_record": {("dfecrec", "drec"): CO, ("dfecrec", "cnrec"): C, ("drec", "cnrec"): C},
    "fusion_rival": {("d1000", "phys23m"): C, ("d1000", "cn1380"): C, ("phys23m", "cn1380"): CO},
    "fusion_fuel": {("dfecfuel", "tfuel"): C},
    "fusion_heating": {("dfec16", "dfec17"): U, ("dfec16", "b12"): C, ("dfec16", "t16"): CO,
                       ("dfec17", "b12"): C, ("dfec17", "t16"): C, ("b12", "t16"): C},
    "fusion_field": {("dfec35", "t35"): CO},
    "fusion_current": {("dfec08", "t1ma"): C},
    "fusion_countries": {("dfec11", "t11"): CO},
    "fusion_staff": {("dfec430", "union300"): C},
    "fusion_next_goal": {("dfec3600", "dfec3600"): SC},
    "fusion_cost": {("min14", "min155"): U, ("min14", "opp21"): C, ("min14", "b14"): CO, ("min155", "b14"): C,
                    ("min155", "opp21"): C, ("opp21", "b14"): C, ("opp21", "opp21"): SC},
    "fusion_delay": {("min2y", "opp4y"): C},
    "fusion_first_plasma": {("w2035", "t2035"): CO},
    "fusion_offset_de": {("w8h", "b7h"): C},
    "fusion_sun_core": {("d15m", "t27f"): CO},
    "fusion_energy": {("b13gj", "t18gj"): C},
    "fusion_attempts": {("dfec14", "t15"): CO},
    "fusion_demo": {("min2050", "phys2060"): C},
    "fusion_grid": {("eng60", "phys90"): C},
    # heist
    "heist_alarm_time": {("walarm", "dalarm"): CO, ("walarm", "palarm"): C, ("walarm", "talarm"): CO,
                         ("dalarm", "palarm"): C, ("dalarm", "talarm"): CO, ("palarm", "talarm"): C},
    "heist_discovery_time": {("wdisc", "bankdisc"): CO, ("wdisc", "pdisc"): C, ("bankdisc", "pdisc"): C},
    "heist_response": {("int15", "union1h"): C},
    "heist_tunnel_length": {("int28", "d30"): CO, ("int28", "p40"): C, ("int28", "t92ft"): CO,
                            ("d30", "p40"): C, ("d30", "t92ft"): CO, ("p40", "t92ft"): C},
    "heist_tunnel_depth": {("int4", "d6"): C, ("int4", "t13ft"): CO, ("d6", "t13ft"): C},
    "heist_tunnel_width": {("p70", "t70"): CO},
    "heist_boxes_opened": {("int212", "bank200"): C, ("int212", "int247"): U, ("int212", "assoc300"): C,
                           ("bank200", "int247"): C, ("bank200", "assoc300"): C, ("int247", "assoc300"): C},
    "heist_boxes_total": {("d1400", "bank1150"): C},
    "heist_cash": {("bank16", "int23"): C, ("bank16", "bank16"): SC},
    "heist_total_loss": {("bank5m", "assoc30m"): C, ("bank5m", "ins12m"): C, ("assoc30m", "ins12m"): C},
    "heist_gold_seized": {("cc32", "t7lb"): CO},
    "heist_cash_italy": {("d64k", "cc64k"): CO},
    "heist_arrests_tunisia": {("int5", "int7"): U, ("int5", "p8"): C, ("int7", "p8"): C},
    "heist_arrests_italy": {("d2", "cc2"): CO, ("d2", "t3"): C, ("cc2", "t3"): C},
    "heist_landing_time": {("d0315", "cc0415"): CO, ("d0315", "t0215"): CO, ("cc0415", "t0215"): CO},
    "heist_lease": {("landapr", "t2may"): C},
    "heist_digging": {("int6w", "cons3m"): C},
    "heist_guards": {("bank2g", "union1"): C},
    "heist_cameras": {("bankcam", "unioncam"): C},
    "heist_insurance": {("assocnone", "bank10k"): C},
    "heist_reward": {("int100k", "p100k"): CO},
    "heist_investigators": {("int60", "t80"): C},
    "heist_first": {("wfirst", "cons3rd"): C},
    "heist_branch_opened": {("d1987", "p1987"): CO},
    "heist_crowd": {("whundreds", "d400"): CO},
    "heist_offset_italy": {("d1h", "psame"): C, ("d1h", "t1h"): CO, ("psame", "t1h"): C},
    "heist_suspects_sought": {("int3sought", "p2run"): C},
    # oldest
    "oldest_death_time": {("famdeath", "pdeath"): C, ("famdeath", "grndeath"): CO, ("famdeath", "nydeath"): CO,
                          ("pdeath", "grndeath"): C, ("pdeath", "nydeath"): C, ("grndeath", "nydeath"): CO},
    "oldest_age": {("fam117", "p116"): C, ("fam117", "grn116"): C, ("fam117", "ny116"): C,
                   ("p116", "grn116"): CO, ("p116", "ny116"): CO, ("grn116", "ny116"): CO},
    "oldest_birth": {("fam1921", "p1922"): C, ("fam1921", "grn1922"): C, ("p1922", "grn1922"): CO},
    "oldest_place": {("famhome", "phosp"): C, ("famhome", "grnhome"): CO, ("phosp", "grnhome"): C},
    "oldest_cause": {("famcause", "arscause"): C},
    "oldest_rank": {("p2nd", "grn3rd"): C, ("p2nd", "ny4th"): C, ("grn3rd", "ny4th"): C},
    "oldest_calment": {("p122", "ny122"): CO},
    "oldest_living_since": {("p2y", "grn0337"): CO, ("p2y", "ny2036"): C, ("grn0337", "ny2036"): C},
    "oldest_successor_age": {("p115", "grn115"): CO},
    "oldest_children": {("fam9", "p11"): C, ("fam9", "ny9"): CO, ("p11", "ny9"): C},
    "oldest_grandchildren": {("fam31", "p31"): CO},
    "oldest_descendants": {("fam116d", "p100"): CO, ("fam116d", "fam118"): U, ("mayor80", "p100"): C,
                           ("mayor80", "fam118"): C, ("p100", "fam118"): CO},
    "oldest_children_alive": {("p2alive", "fam3alive"): C},
    "oldest_eldest_son": {("fam94", "ny93"): C},
    "oldest_work": {("lv40", "fam35"): C},
    "oldest_pelee": {("p28k", "ny30k"): C},
    "oldest_tribute_time": {("lvtrib", "ptrib"): C, ("lvtrib", "nytrib"): CO, ("ptrib", "nytrib"): C},
    "oldest_funeral_day": {("mayorfun", "pfun"): CO, ("mayorfun", "nyfun"): C, ("pfun", "nyfun"): C},
    "oldest_funeral_crowd": {("mayor3000", "p4000"): C, ("mayor3000", "mayor5000"): U, ("p4000", "mayor5000"): CO},
    "oldest_documents": {("p12docs", "grn14"): C},
    "oldest_validation_year": {("grn2035", "ny2034"): C},
    "oldest_centenarians": {("ars250", "insee312"): C},
    "oldest_distance": {("lv30km", "ny19mi"): CO},
    "oldest_first_vote": {("p1945", "fam1945"): CO},
    "oldest_rum": {("famrum", "nyrum"): C},
    "oldest_offset_cet": {("p6h", "grn5h"): C},
    "oldest_birthday_crowd": {("mayor1200", "ny500"): C},
}


def summary() -> None:
    """Counts for the README: relations overall and per event, facts, claimants, outlet voice, None numbers, words."""
    data = __import__("json").load(open(HERE / "labels.json"))
    ev = lambda f: f.split("_")[0]  # noqa: E731
    rel = Counter(r if isinstance(r, str) else "same-or-corroborates" for r in (x["relation"] for x in data["links"]))
    print("relations", dict(rel))
    for e in ("fusion", "heist", "oldest"):
        rs = Counter(x["relation"] if isinstance(x["relation"], str) else "same-or-corroborates"
                     for x in data["links"] if ev(x["a"][0]) == e)
        facts = {c[4] for c in claims if ev(c[0]) == e}
        print(" ", e, dict(rs), len(facts), "facts")
    files_of = {}
    for f, v, n, c, fact, t in claims:
        files_of.setdefault(fact, set()).add(f)
    print("claimants besides outlets", len({c[3] for c in claims} - {O}),
          "outlet voice", sum(1 for c in claims if c[3] == O),
          "None numbers", sum(1 for c in claims if c[2] is None),
          "facts in one file", sum(1 for fs in files_of.values() if len(fs) == 1),
          "optional-only claimants", {c[3] for c in opt} - {c[3] for c in claims} - {O})
    print("words", sum(len((HERE / "articles" / p.name).read_text().split()) for p in (HERE / "articles").iterdir()))


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
    summary()
