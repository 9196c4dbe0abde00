"""Hand labels for bench/blind30 (an explosion in a concrete grain silo at a port terminal at Outer Harbor,
north-west of Adelaide, South Australia; lions that escaped from a private zoo in Midrand, north of Johannesburg,
after a storm; a gondola that stopped above Pokhara, Nepal, leaving passengers stranded in its cabins overnight).
Run from the project root:
    /work/venv/bin/python bench/blind30/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
SAPOL = "South Australia Police (Superintendent Craig Tolhurst)"
MFS = "SA Metropolitan Fire Service (Commander Deb Kowalczyk)"
SAAS = "SA Ambulance Service"
SAHEALTH = "SA Health"
GBH = "Gulf Bulk Handling Ltd, the terminal's operator (chief executive Martin Oakes)"
PGWU = "Port and Grain Workers' Union, South Australian branch (secretary Lena Papadakis)"
SAFEWORK = "SafeWork SA, the workplace safety regulator (executive director Tim Rourke)"
EPASA = "Environment Protection Authority, South Australia"
MARCHETTI = "dust-explosion researcher Assoc. Prof. Helen Marchetti (University of Adelaide)"
PRAIRIE = "Prairie Steel Bins Inc. of Hutchinson, Kansas (vice president Dale Brewer)"
LATU = "witness Sione Latu (truck driver queued at the terminal gate)"
PAE = "City of Port Adelaide Enfield (Mayor Rosa Gianakis)"
FRINGE = "Adelaide Fringe organisers"
LBSC = "Largs Bay Sailing Club"

SAPS = "South African Police Service (Brigadier Thandi Mokoena; Midrand police station)"
ZOO = "Sondela Wildlife Zoo (managing director Pieter van Wyk)"
EMS = "City of Johannesburg Emergency Management Services (spokesman Lerato Dube)"
GDARD = "Gauteng Department of Agriculture and Rural Development"
GDE = "Gauteng Department of Education"
NSPCA = "NSPCA wildlife protection unit (senior inspector Marika Botha)"
GASA = "Glen Austin Smallholders' Association (chairman Johan Pretorius)"
KHUMALO = "wildlife vet Dr Naledi Khumalo (Onderstepoort, University of Pretoria)"
PATEL = "resident Ayesha Patel (Glen Austin)"
WHITLOCK = "British volunteer Hannah Whitlock (from Bristol)"
JHBWATER = "Johannesburg Water"
LIBRARY = "Midrand library"

NPOL = "Nepal Police, Kaski District Police Office (Deputy Superintendent Ramesh Adhikari)"
APF = "Armed Police Force, Nepal (spokesman SSP Bishnu Thapa)"
ARMY = "Nepal Army (Brig. Gen. Anil Gurung)"
FEWA = "Fewa Ropeways Pvt. Ltd., the gondola's operator (managing director Sushil Shrestha)"
NEA = "Nepal Electricity Authority, Pokhara distribution centre"
MOCTCA = "Ministry of Culture, Tourism and Civil Aviation (Joint Secretary Kamala Poudel)"
EMBIND = "Embassy of India in Kathmandu"
UPGOV = "Uttar Pradesh government"
LAKESIDE = "Lakeside Community Hospital, Pokhara (medical superintendent Dr Prakash KC)"
HRR = "Himalayan Rope Rescue, volunteer rope team (team leader Pasang Lama)"
JOSHI = "ropeway engineer Prof. Bikash Joshi (Institute of Engineering, Tribhuvan University)"
ALPENSEIL = "Alpenseil GmbH, the Austrian maker of the cabins"
MEHTA = "passenger Anjali Mehta (tourist from Ahmedabad)"
VERMA = "passenger Rahul Verma (bank officer from Lucknow)"
STAFF = "ropeway staff representative Hari Bahadur Gurung"
DHM = "Department of Hydrology and Meteorology"
CAAN = "Civil Aviation Authority of Nepal"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- silo: a concrete grain silo at the Gulf Bulk Handling terminal at Outer Harbor (Lefevre
    # Peninsula, about 20 km north-west of central Adelaide, South Australia) exploded early on Thu 18 Feb 2027;
    # the police time 6:20 a.m. ACDT (UTC+10:30, a half-hour zone) = 19:50 GMT on Wednesday (the date changes)
    # = 1:50 p.m. CST on Wednesday in Kansas (UTC-6); the Kansas maker of a conveyor says its monitoring link went
    # dead about 1:50 p.m. Wednesday, Kansas time (the same moment), the operator 6:35 a.m., a truck driver just
    # before six
    # wire (LRN, date line), Thursday 18 February
    ("silo_wire.txt", "two workers were killed", 2, SAPOL, "sil_dead", "pol2"),
    ("silo_wire.txt", "one worker was still unaccounted for", 1, SAPOL, "sil_missing", "pol1m"),
    ("silo_wire.txt", "about 20 km", 20, O, "sil_distance", "outw20"),
    ("silo_wire.txt", "12 miles", 12, O, "sil_distance", "outw20"),
    ("silo_wire.txt", "at 6:20 a.m.", None, SAPOL, "sil_time", "pol620"),
    ("silo_wire.txt", "1950 GMT on Wednesday", None, SAPOL, "sil_time", "pol620"),
    ("silo_wire.txt", "31 employees and contractors were on site", 31, GBH, "sil_on_site", "gbh31"),
    ("silo_wire.txt", "a spark from a conveyor motor", None, GBH, "sil_cause", "gbhspark"),
    ("silo_wire.txt", "about 8,000 tonnes of wheat", 8000, GBH, "sil_grain", "gbh8000"),
    ("silo_wire.txt", "the 42-metre concrete silo", 42, GBH, "sil_height", "gbh42"),
    ("silo_wire.txt", "were built in 1971", None, GBH, "sil_age", "gbh1971"),
    ("silo_wire.txt", "passed a SafeWork SA inspection in November", None, GBH, "sil_inspection", "gbhnov"),
    ("silo_wire.txt", "handled about 4.2 million tonnes of grain last year", 4200000, GBH, "sil_throughput",
     "gbh42m"),
    ("silo_wire.txt", "nine people were injured", 9, MFS, "sil_injured", "mfs9"),
    ("silo_wire.txt", "more than 80 firefighters", 80, MFS, "sil_firefighters", "mfs80"),
    ("silo_wire.txt", "a 500-metre exclusion zone", 500, MFS, "sil_exclusion", "mfs500"),
    ("silo_wire.txt", "two are in a critical condition", 2, SAHEALTH, "sil_critical", "sah2c"),
    ("silo_wire.txt", "aged between 19 and 64", None, SAHEALTH, "sil_ages", "sahages"),
    ("silo_wire.txt", "fines of up to A$3.5 million", 3500000, SAFEWORK, "sil_fine", "sw35m"),
    ("silo_wire.txt", "$2.29 million", 2290000, SAFEWORK, "sil_fine", "sw35m"),
    ("silo_wire.txt", "injured five workers", 5, O, "sil_feed_mill_2009", "out5"),
    # live blog (SA Morning Post, Adelaide time, date glued to the headline), Friday 19 February
    ("silo_live.txt", "some 20 kilometres northwest of the city", 20, O, "sil_distance", "outl20"),
    ("silo_live.txt", "the toll rose to three", 3, SAPOL, "sil_dead", "pol3"),
    ("silo_live.txt", "close to 50 people were on the site", 50, PGWU, "sil_on_site", "union50"),
    ("silo_live.txt", "the dust extraction system had been off for nine days", 9, PGWU, "sil_extraction",
     "union9d"),
    ("silo_live.txt", "wrote to the company in January about dust levels", None, PGWU, "sil_warning",
     "unionwarned"),
    ("silo_live.txt", "asbestos sheeting from the roof was scattered across Osborne", None, PGWU, "sil_asbestos",
     "unionasb"),
    ("silo_live.txt", "burned for about 11 hours", 11, MFS, "sil_fire_duration", "mfs11h"),
    ("silo_live.txt", "130 firefighters had worked at the site", 130, MFS, "sil_firefighters", "mfs130"),
    ("silo_live.txt", "nearly 12,000 tonnes of grain", 12000, MFS, "sil_grain", "mfs12000"),
    ("silo_live.txt", "issued a prohibition notice", None, SAFEWORK, "sil_closure", "swnotice"),
    ("silo_live.txt", "a one-kilometre exclusion zone", 1, SAPOL, "sil_exclusion", "pol1km"),
    ("silo_live.txt", "About 120 homes were evacuated", 120, SAPOL, "sil_homes", "pol120"),
    ("silo_live.txt", "six people were admitted to hospital", 6, SAHEALTH, "sil_in_hospital", "sah6"),
    ("silo_live.txt", "a 58-year-old American man", 58, SAHEALTH, "sil_engineer_age", "sah58"),
    ("silo_live.txt", "burns to 45 per cent of his body", 45, SAHEALTH, "sil_burns", "sah45"),
    ("silo_live.txt", "crews treated 14 people", 14, SAAS, "sil_injured", "saas14"),
    ("silo_live.txt", "sold 612,000 tickets", 612000, FRINGE, "sil_fringe", "fringe612k"),
    ("silo_live.txt", "every worker on the morning shift had been accounted for", None, GBH, "sil_missing",
     "gbhall"),
    ("silo_live.txt", "at 6:35 a.m.", None, GBH, "sil_time", "gbh635"),
    ("silo_live.txt", "a fund of A$250,000", 250000, GBH, "sil_fund", "gbh250k"),
    # broadcaster website (Heartland 9 News, Wichita, times in Central time only, byline date only), Friday
    # 19 February (Saturday morning in Adelaide)
    ("silo_broadcast.txt", "burns to about 30 percent of his body", 30, PRAIRIE, "sil_burns", "prairie30"),
    ("silo_broadcast.txt", "three workers have died", 3, SAPOL, "sil_dead", "pol3"),
    ("silo_broadcast.txt", "at 1:50 p.m. Central time on Wednesday", None, SAPOL, "sil_time", "pol620"),
    ("silo_broadcast.txt", "the 61-year-old engineer", 61, PRAIRIE, "sil_engineer_age", "prairie61"),
    ("silo_broadcast.txt", "about 1:50 p.m. Wednesday, Kansas time", None, PRAIRIE, "sil_time", "prairie150"),
    ("silo_broadcast.txt", "about 138 feet tall", 138, GBH, "sil_height", "gbh42"),
    ("silo_broadcast.txt", "roughly 294,000 bushels", 294000, GBH, "sil_grain", "gbh8000"),
    ("silo_broadcast.txt", "can store 240,000 metric tons", 240000, GBH, "sil_capacity", "gbh240k"),
    ("silo_broadcast.txt", "about 290 million bushels", 290000000, O, "sil_kansas_harvest", "out290m"),
    ("silo_broadcast.txt", "the dust extraction system was running normally", None, GBH, "sil_extraction",
     "gbhrunning"),
    ("silo_broadcast.txt", "more than 20 were hurt", 20, PGWU, "sil_injured", "union20"),
    ("silo_broadcast.txt", "three men are fighting for their lives", 3, PGWU, "sil_critical", "union3c"),
    ("silo_broadcast.txt", "a smouldering hot spot in damp grain", None, MARCHETTI, "sil_cause", "marchetti"),
    ("silo_broadcast.txt", "about 1,640 feet", 1640, MFS, "sil_exclusion", "mfs500"),
    ("silo_broadcast.txt", "250,000 Australian dollars", 250000, GBH, "sil_fund", "gbh250k"),
    ("silo_broadcast.txt", "about $163,000", 163000, GBH, "sil_fund", "gbh250k"),
    ("silo_broadcast.txt", "about $2.3 million", 2300000, SAFEWORK, "sil_fine", "sw35m"),
    # local weekly (The Portside Messenger, masthead date only), Wednesday 24 February
    ("silo_local.txt", "says four men died", 4, PGWU, "sil_dead", "union4"),
    ("silo_local.txt", "raised the number of injured to 11", 11, MFS, "sil_injured", "mfs11"),
    ("silo_local.txt", "four remain in hospital", 4, SAHEALTH, "sil_in_hospital", "sah4"),
    ("silo_local.txt", "dust built up because the extraction fans were switched off", None, PGWU, "sil_cause",
     "uniondust"),
    ("silo_local.txt", "never received a written complaint", None, GBH, "sil_warning", "gbhnocomplaint"),
    ("silo_local.txt", "was out within four hours", 4, GBH, "sil_fire_duration", "gbh4h"),
    ("silo_local.txt", "stopped operations of its own accord", None, GBH, "sil_closure", "gbhown"),
    ("silo_local.txt", "raised the fund to A$1 million", 1000000, GBH, "sil_fund", "gbh1m"),
    ("silo_local.txt", "had not inspected the terminal since 2024", None, SAFEWORK, "sil_inspection", "sw2024"),
    ("silo_local.txt", "found no asbestos in the debris", None, EPASA, "sil_asbestos", "epanoasb"),
    ("silo_local.txt", "only a few dozen households had to leave", None, PAE, "sil_homes", "councildozen"),
    ("silo_local.txt", "stood 55 metres", 55, PAE, "sil_height", "council55"),
    ("silo_local.txt", "went up in 1963", None, PAE, "sil_age", "council1963"),
    ("silo_local.txt", "just before six in the morning", None, LATU, "sil_time", "latu6"),
    ("silo_local.txt", "planted 2,400 trees", 2400, PAE, "sil_trees", "council2400"),
    ("silo_local.txt", "drew 86 boats", 86, LBSC, "sil_regatta", "club86"),

    # ---------------- zoo: lions escaped from Sondela Wildlife Zoo in Midrand (Gauteng, South Africa, about
    # 25 km north of Johannesburg) before dawn on Thu 11 Feb 2027 after a thunderstorm; the police time 5:40 a.m.
    # SAST (UTC+2) = 03:40 GMT; a British volunteer says the alarm went at twenty to six local time (the same
    # moment), the zoo 6:15 a.m., a resident about 4 a.m.
    # wire (QWS, leading space, date and headline on one line), Thursday 11 February
    ("zoo_wire.txt", "about 25 km", 25, O, "zoo_distance", "outw25"),
    ("zoo_wire.txt", "16 miles", 16, O, "zoo_distance", "outw25"),
    ("zoo_wire.txt", "four lions escaped", 4, ZOO, "zoo_escaped", "zoo4"),
    ("zoo_wire.txt", "a tree brought down by the storm tore through the fence", None, ZOO, "zoo_cause", "zootree"),
    ("zoo_wire.txt", "at 5:40 a.m.", None, SAPS, "zoo_time", "saps540"),
    ("zoo_wire.txt", "0340 GMT", None, SAPS, "zoo_time", "saps540"),
    ("zoo_wire.txt", "One lion was shot dead", 1, SAPS, "zoo_shot", "saps1"),
    ("zoo_wire.txt", "found 9 km from the zoo", 9, SAPS, "zoo_roamed", "saps9"),
    ("zoo_wire.txt", "everyone within 5 km of the zoo", 5, SAPS, "zoo_radius", "saps5km"),
    ("zoo_wire.txt", "About 120 officers", 120, SAPS, "zoo_officers", "saps120"),
    ("zoo_wire.txt", "Two people were injured", 2, EMS, "zoo_injured", "ems2"),
    ("zoo_wire.txt", "a 34-year-old security guard", 34, EMS, "zoo_guard_age", "ems34"),
    ("zoo_wire.txt", "keeps 46 lions", 46, ZOO, "zoo_lions_kept", "zoo46"),
    ("zoo_wire.txt", "about 90,000 visitors a year", 90000, ZOO, "zoo_visitors", "zoo90k"),
    ("zoo_wire.txt", "aged between four and nine", None, ZOO, "zoo_ages", "zooages"),
    ("zoo_wire.txt", "weighs about 190 kg", 190, ZOO, "zoo_weight", "zoo190"),
    ("zoo_wire.txt", "its 4-metre fence", 4, ZOO, "zoo_fence", "zoo4m"),
    ("zoo_wire.txt", "inspected the enclosures in November", None, GDARD, "zoo_inspection", "gdardnov"),
    ("zoo_wire.txt", "fines of up to R10 million", 10000000, GDARD, "zoo_fine", "gdard10m"),
    ("zoo_wire.txt", "$540,540", 540540, GDARD, "zoo_fine", "gdard10m"),
    ("zoo_wire.txt", "closed seven schools", 7, GDE, "zoo_schools", "gde7"),
    # live blog (Highveld Daily, South African time, date line), Friday 12 February
    ("zoo_live.txt", "after 31 hours on the loose", 31, SAPS, "zoo_search_hours", "saps31h"),
    ("zoo_live.txt", "five lions had been loose", 5, SAPS, "zoo_escaped", "saps5"),
    ("zoo_live.txt", "more than 200 officers", 200, SAPS, "zoo_officers", "saps200"),
    ("zoo_live.txt", "investigators believe the fence had been cut", None, SAPS, "zoo_cause", "sapscut"),
    ("zoo_live.txt", "a police marksman fired the shot", None, SAPS, "zoo_shooter", "sapsmarksman"),
    ("zoo_live.txt", "Three people were hurt", 3, SAPS, "zoo_injured", "saps3h"),
    ("zoo_live.txt", "three lions have been darted and are back in their enclosure", 3, ZOO, "zoo_recaptured",
     "zoo3"),
    ("zoo_live.txt", "never more than 3 km from the fence", 3, ZOO, "zoo_roamed", "zoo3km"),
    ("zoo_live.txt", "at 6:15 a.m. on Thursday", None, ZOO, "zoo_time", "zoo615"),
    ("zoo_live.txt", "R500,000 to compensate farmers", 500000, ZOO, "zoo_comp", "zoo500k"),
    ("zoo_live.txt", "more than 230 kilograms", 230, KHUMALO, "zoo_weight", "vet230"),
    ("zoo_live.txt", "the lions killed 14 goats", 14, GASA, "zoo_livestock", "gasa14"),
    ("zoo_live.txt", "warned the zoo in January about a sagging section of fence", None, GASA, "zoo_warning",
     "gasawarned"),
    ("zoo_live.txt", "the zoo's permit expired in October", None, GDARD, "zoo_permit", "gdardexpired"),
    ("zoo_live.txt", "a 2-kilometre radius", 2, EMS, "zoo_radius", "ems2km"),
    ("zoo_live.txt", "22 suburbs", 22, JHBWATER, "zoo_water_outage", "jw22"),
    # broadcaster website (BNC News, London, times in GMT only, byline date only), Saturday 13 February
    ("zoo_broadcast.txt", "at 3.40am GMT on Thursday", None, SAPS, "zoo_time", "saps540"),
    ("zoo_broadcast.txt", "at twenty to six local time", None, WHITLOCK, "zoo_time", "whit540"),
    ("zoo_broadcast.txt", "six lions got out", 6, NSPCA, "zoo_escaped", "nspca6"),
    ("zoo_broadcast.txt", "two of the lions were shot", 2, NSPCA, "zoo_shot", "nspca2"),
    ("zoo_broadcast.txt", "more than 60 lions", 60, NSPCA, "zoo_lions_kept", "nspca60"),
    ("zoo_broadcast.txt", "no official has inspected the enclosures for two years", 2, NSPCA, "zoo_inspection",
     "nspca2y"),
    ("zoo_broadcast.txt", "the 13-foot fence", 13, ZOO, "zoo_fence", "zoo4m"),
    ("zoo_broadcast.txt", "the electric fence was live all night", None, ZOO, "zoo_power", "zoolive"),
    ("zoo_broadcast.txt", "the zoo's own vet shot the lion after two darts failed", None, ZOO, "zoo_shooter",
     "zoovet"),
    ("zoo_broadcast.txt", "around 420 lb", 420, ZOO, "zoo_weight", "zoo190"),
    ("zoo_broadcast.txt", "R500,000", 500000, ZOO, "zoo_comp", "zoo500k"),
    ("zoo_broadcast.txt", "about £21,500", 21500, ZOO, "zoo_comp", "zoo500k"),
    ("zoo_broadcast.txt", "about 5.6 miles away", 5.6, SAPS, "zoo_roamed", "saps9"),
    ("zoo_broadcast.txt", "only two have been recaptured", 2, GDARD, "zoo_recaptured", "gdard2"),
    ("zoo_broadcast.txt", "ordered the zoo to close", None, GDARD, "zoo_closure", "gdardorder"),
    ("zoo_broadcast.txt", "R10m", 10000000, GDARD, "zoo_fine", "gdard10m"),
    ("zoo_broadcast.txt", "about £430,000", 430000, GDARD, "zoo_fine", "gdard10m"),
    ("zoo_broadcast.txt", "12 schools stayed closed", 12, GDE, "zoo_schools", "gde12"),
    ("zoo_broadcast.txt", "three lions escaped from a private reserve", 3, O, "zoo_limpopo_2019", "out3"),
    # local weekly (The Midrand Mirror, date line, then the masthead), Wednesday 17 February
    ("zoo_local.txt", "some 25 kilometres north of Johannesburg", 25, O, "zoo_distance", "outloc25"),
    ("zoo_local.txt", "five lions in all had got out", 5, ZOO, "zoo_escaped", "zoo5"),
    ("zoo_local.txt", "a second lion was shot dead", 2, SAPS, "zoo_shot", "saps2"),
    ("zoo_local.txt", "six goats were killed", 6, SAPS, "zoo_livestock", "saps6g"),
    ("zoo_local.txt", "the 41-year-old guard", 41, ZOO, "zoo_guard_age", "zoo41"),
    ("zoo_local.txt", "all the lions were back within 20 hours", 20, ZOO, "zoo_search_hours", "zoo20h"),
    ("zoo_local.txt", "no one had complained about the fence", None, ZOO, "zoo_warning", "zoonocomplaint"),
    ("zoo_local.txt", "decided on its own to shut to visitors", None, ZOO, "zoo_closure", "zooown"),
    ("zoo_local.txt", "our permit runs until 2028", None, ZOO, "zoo_permit", "zoo2028"),
    ("zoo_local.txt", "raised the compensation fund to R1.5 million", 1500000, ZOO, "zoo_comp", "zoo15m"),
    ("zoo_local.txt", "only 2.5 metres high in places", 2.5, NSPCA, "zoo_fence", "nspca25"),
    ("zoo_local.txt", "a keeper left a service gate unlocked", None, NSPCA, "zoo_cause", "nspcagate"),
    ("zoo_local.txt", "cubs bred for petting, none older than three", 3, NSPCA, "zoo_ages", "nspcacubs"),
    ("zoo_local.txt", "the zoo's electric fence had been dead", None, GASA, "zoo_power", "gasadead"),
    ("zoo_local.txt", "at about 4 a.m.", None, PATEL, "zoo_time", "patel4"),
    ("zoo_local.txt", "31 captive lion facilities in Gauteng", 31, GDARD, "zoo_facilities", "gdard31"),
    ("zoo_local.txt", "lent 3,100 books", 3100, LIBRARY, "zoo_library", "lib3100"),
    ("zoo_local.txt", "Some 3,500 runners", 3500, O, "zoo_fun_run", "run3500"),

    # ---------------- gondola: the Fewa gondola from the shore of Phewa Lake up Sarangkot hill in Pokhara (Kaski
    # district, Gandaki Province, Nepal, about 200 km west of Kathmandu) stopped on the afternoon of Sat 6 Mar
    # 2027 and passengers spent the night in its cabins; the police time 4:35 p.m. NPT (UTC+5:45, a 45-minute
    # zone) = 10:50 GMT = 4:20 p.m. IST (UTC+5:30, a quarter of an hour behind Nepal); the Indian embassy says
    # 4.20 pm Indian time (the same moment), the operator 5:10 p.m., a passenger just before four; the last
    # passenger down 9:40 a.m. NPT on Sunday = 9.25 am IST (army) vs by 4.45 am IST (operator)
    # wire (ZTA, leading space, date on its own line), Saturday 6 March
    ("gondola_wire.txt", "About 150 people were stranded", 150, NPOL, "gon_stranded", "pol150"),
    ("gondola_wire.txt", "at 4:35 p.m.", None, NPOL, "gon_time", "pol435"),
    ("gondola_wire.txt", "1050 GMT", None, NPOL, "gon_time", "pol435"),
    ("gondola_wire.txt", "about 300 rescuers", 300, NPOL, "gon_rescuers", "pol300"),
    ("gondola_wire.txt", "nine people were taken to hospital", 9, NPOL, "gon_hospital", "pol9"),
    ("gondola_wire.txt", "34 cabins were stuck", 34, FEWA, "gon_cabins", "fewa34"),
    ("gondola_wire.txt", "about 60 metres above the ground", 60, FEWA, "gon_height", "fewa60"),
    ("gondola_wire.txt", "a power cut from the national grid", None, FEWA, "gon_cause", "fewapower"),
    ("gondola_wire.txt", "Each cabin carries up to six passengers", 6, FEWA, "gon_capacity", "fewa6"),
    ("gondola_wire.txt", "about 3,000 passengers a day", 3000, FEWA, "gon_daily_riders", "fewa3000"),
    ("gondola_wire.txt", "about 200 km", 200, O, "gon_distance", "outw200"),
    ("gondola_wire.txt", "124 miles", 124, O, "gon_distance", "outw200"),
    ("gondola_wire.txt", "the ropeway's safety certificate expired in January", None, MOCTCA, "gon_certificate",
     "moctcaexpired"),
    ("gondola_wire.txt", "Rs 10,000", 10000, FEWA, "gon_comp", "fewa10k"),
    ("gondola_wire.txt", "$75", 75, FEWA, "gon_comp", "fewa10k"),
    # broadcaster website (DeshLive TV, New Delhi, times in Indian time only, byline date only), Sunday 7 March
    ("gondola_broadcast.txt", "at 4:20 pm IST", None, NPOL, "gon_time", "pol435"),
    ("gondola_broadcast.txt", "63 Indian tourists", 63, EMBIND, "gon_indians", "emb63"),
    ("gondola_broadcast.txt", "at 4.20 pm Indian time", None, EMBIND, "gon_time", "emb420"),
    ("gondola_broadcast.txt", "One Indian passenger died in hospital", 1, EMBIND, "gon_deaths", "emb1"),
    ("gondola_broadcast.txt", "₹2 lakh", 200000, UPGOV, "gon_up_aid", "up2l"),
    ("gondola_broadcast.txt", "118 passengers were in the cabins", 118, FEWA, "gon_stranded", "fewa118"),
    ("gondola_broadcast.txt", "the helicopters lifted off just 22 people", 22, FEWA, "gon_airlifted", "fewa22"),
    ("gondola_broadcast.txt", "no one spent more than 12 hours in a cabin", 12, FEWA, "gon_hours", "fewa12"),
    ("gondola_broadcast.txt", "by 4.45 am IST on Sunday", None, FEWA, "gon_last_down", "fewa5"),
    ("gondola_broadcast.txt", "nearly 200 ft above the ground", 200, FEWA, "gon_height", "fewa60"),
    ("gondola_broadcast.txt", "at 9.25 am IST", None, ARMY, "gon_last_down", "army940"),
    ("gondola_broadcast.txt", "the supply from the grid dropped out", None, FEWA, "gon_cause", "fewapower"),
    ("gondola_broadcast.txt", "the backup engine was serviced last month", None, FEWA, "gon_generator",
     "fewaserviced"),
    ("gondola_broadcast.txt", "its safety certificate was renewed in October", None, FEWA, "gon_certificate",
     "fewarenewed"),
    ("gondola_broadcast.txt", "plans to reopen the line on Wednesday", None, FEWA, "gon_reopen", "fewareopen"),
    ("gondola_broadcast.txt", "NPR 10,000", 10000, FEWA, "gon_comp", "fewa10k"),
    ("gondola_broadcast.txt", "₹6,250", 6250, FEWA, "gon_comp", "fewa10k"),
    ("gondola_broadcast.txt", "lowered more than 120 people", 120, HRR, "gon_rope", "hrr120"),
    ("gondola_broadcast.txt", "about 30 minutes for each person", 30, HRR, "gon_descent", "hrr30"),
    ("gondola_broadcast.txt", "designed for eight riders", 8, ALPENSEIL, "gon_capacity", "maker8"),
    ("gondola_broadcast.txt", "the temperature dropped below zero", 0, VERMA, "gon_temp", "verma0"),
    ("gondola_broadcast.txt", "Nepal has 11 passenger ropeways", 11, O, "gon_ropeways", "out11"),
    ("gondola_broadcast.txt", "NPR 1,200", 1200, O, "gon_ticket", "out1200"),
    ("gondola_broadcast.txt", "₹750", 750, O, "gon_ticket", "out1200"),
    # live blog (The Himalayan Ledger, Nepal time, date glued to the headline), Sunday 7 March
    ("gondola_live.txt", "has ordered the gondola shut until a full inspection", None, MOCTCA, "gon_reopen",
     "moctcashut"),
    ("gondola_live.txt", "raised the payment to Rs 25,000", 25000, FEWA, "gon_comp", "fewa25k"),
    ("gondola_live.txt", "168 people had been trapped", 168, NPOL, "gon_stranded", "pol168"),
    ("gondola_live.txt", "41 cabins", 41, NPOL, "gon_cabins", "pol41"),
    ("gondola_live.txt", "no passenger has died", None, NPOL, "gon_deaths", "polnone"),
    ("gondola_live.txt", "57 Indian nationals", 57, NPOL, "gon_indians", "pol57"),
    ("gondola_live.txt", "More than 400 security personnel", 400, NPOL, "gon_rescuers", "pol400"),
    ("gondola_live.txt", "the haul rope jumped off a sheave", None, JOSHI, "gon_cause", "joshirope"),
    ("gondola_live.txt", "the feeder supplying the gondola had no interruption", None, NEA, "gon_cause",
     "neanone"),
    ("gondola_live.txt", "the backup diesel engine had not worked since December", None, STAFF, "gon_generator",
     "staffbroken"),
    ("gondola_live.txt", "treated 17 people for hypothermia and shock", 17, LAKESIDE, "gon_hospital", "hosp17"),
    ("gondola_live.txt", "at 5:10 p.m. on Saturday", None, FEWA, "gon_time", "fewa510"),
    ("gondola_live.txt", "brought down 96 people on ropes", 96, APF, "gon_rope", "apf96"),
    ("gondola_live.txt", "as high as 110 metres", 110, APF, "gon_height", "apf110"),
    ("gondola_live.txt", "between 10 and 15 minutes", None, APF, "gon_descent", "apf1015"),
    ("gondola_live.txt", "23 flights were cancelled", 23, CAAN, "gon_flights", "caan23"),
    ("gondola_live.txt", "at 9:40 a.m. on Sunday", None, ARMY, "gon_last_down", "army940"),
    ("gondola_live.txt", "airlifted 38 people", 38, ARMY, "gon_airlifted", "army38"),
    ("gondola_live.txt", "just before four o'clock", None, MEHTA, "gon_time", "mehta4"),
    ("gondola_live.txt", "We were up there for 17 hours", 17, MEHTA, "gon_hours", "mehta17"),
    ("gondola_live.txt", "fell to 6 degrees Celsius", 6, DHM, "gon_temp", "dhm6"),
    ("gondola_live.txt", "some 200 kilometres west of Kathmandu", 200, O, "gon_distance", "outl200"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("silo_wire.txt", "its seven neighbours", 7, GBH, "sil_opt_neighbours"),
    ("silo_wire.txt", "still burning inside the silo at midday", None, MFS, "sil_opt_midday"),
    ("silo_wire.txt", "at least one of them is a foreign national", 1, SAHEALTH, "sil_opt_foreign"),
    ("silo_wire.txt", "but no one was killed", None, O, "sil_opt_2009_dead"),
    ("silo_wire.txt", "raised concerns about dust at the terminal for months", None, PGWU, "sil_opt_months"),
    ("silo_wire.txt", "Shipping at the terminal's berth was suspended on Thursday", None, O, "sil_opt_shipping"),
    ("silo_live.txt", "the remaining seven silos", 7, SAFEWORK, "sil_opt_seven_silos"),
    ("silo_live.txt", "Two workers were killed on Thursday", 2, SAPOL, "sil_opt_restated_dead"),
    ("silo_live.txt", "a third man's body was found on Friday", 3, SAPOL, "sil_opt_restated_dead"),
    ("silo_live.txt", "at about 6:20 am on Thursday", None, SAPOL, "sil_opt_restated_time"),
    ("silo_live.txt", "Nine people were injured, according to the MFS", 9, MFS, "sil_opt_restated_injured"),
    ("silo_live.txt", "for 22 years", 22, "reader portgrainie", "sil_opt_reader"),
    ("silo_live.txt", "at 6.20 on the dot", None, "reader Largs_local", "sil_opt_reader"),
    ("silo_live.txt", "had a fire in 2015", None, "reader Tash K.", "sil_opt_reader"),
    ("silo_live.txt", "3 trucks turned up", 3, "reader Tash K.", "sil_opt_reader"),
    ("silo_broadcast.txt", "had been in Australia for six weeks", 6, PRAIRIE, "sil_opt_sorensen"),
    ("silo_broadcast.txt", "was expected to reach Adelaide on Saturday", None, PRAIRIE, "sil_opt_sorensen"),
    ("silo_broadcast.txt", "for 30 years", 30, PRAIRIE, "sil_opt_sorensen"),
    ("silo_broadcast.txt", "about 50 miles northwest of Wichita", 50, O, "sil_opt_hutchinson"),
    ("silo_broadcast.txt", "Hot spots can sit in a silo for days", None, MARCHETTI, "sil_opt_hot_spots"),
    ("silo_local.txt", "died in hospital on Sunday", None, PGWU, "sil_opt_contractor"),
    ("silo_local.txt", "which issued a prohibition notice on the terminal last Friday", None, SAFEWORK,
     "sil_opt_restated_notice"),
    ("silo_local.txt", "its biggest fleet in a decade", None, LBSC, "sil_opt_regatta"),
    ("silo_local.txt", "for 41 years", 41, "reader Maureen Kiely", "sil_opt_reader"),
    ("silo_local.txt", "lost power for 9 hours", 9, "reader D. Vukovic", "sil_opt_reader"),
    ("zoo_wire.txt", "another was darted", 1, SAPS, "zoo_opt_darted"),
    ("zoo_wire.txt", "Both were taken to hospital", 2, EMS, "zoo_opt_both"),
    ("zoo_wire.txt", "never been breached in 22 years", 22, ZOO, "zoo_opt_22_years"),
    ("zoo_wire.txt", "parents at several others kept children at home", None, O, "zoo_opt_several_schools"),
    ("zoo_wire.txt", "several hundred facilities that breed lions in captivity", None, O, "zoo_opt_facilities"),
    ("zoo_live.txt", "helped dart two of the lions", 2, KHUMALO, "zoo_opt_vet_darts"),
    ("zoo_live.txt", "on three plots", 3, GASA, "zoo_opt_plots"),
    ("zoo_live.txt", "Police shot one lion dead", 1, SAPS, "zoo_opt_restated_shot"),
    ("zoo_live.txt", "Seven schools were closed on Thursday", 7, GDE, "zoo_opt_restated_schools"),
    ("zoo_live.txt", "We live 800m from that fence", 800, "reader GlenAustinMom", "zoo_opt_reader"),
    ("zoo_live.txt", "Load-shedding was on from 2am", None, "reader Thabo_M", "zoo_opt_reader"),
    ("zoo_live.txt", "closed for 2 days", 2, "reader Riaan vd B", "zoo_opt_reader"),
    ("zoo_broadcast.txt", "Hannah Whitlock, 24", 24, WHITLOCK, "zoo_opt_whitlock"),
    ("zoo_broadcast.txt", "spent the past two months volunteering", 2, WHITLOCK, "zoo_opt_whitlock"),
    ("zoo_broadcast.txt", "ignoring years of warnings", None, O, "zoo_opt_years_of_warnings"),
    ("zoo_broadcast.txt", "were recaptured within a week", None, O, "zoo_opt_limpopo_week"),
    ("zoo_local.txt", "after two operations on his shoulder", 2, ZOO, "zoo_opt_operations"),
    ("zoo_local.txt", "all of them will be inspected before the end of March", None, GDARD, "zoo_opt_inspect_all"),
    ("zoo_local.txt", "every morning for 6 years", 6, "reader Carol Fourie", "zoo_opt_reader"),
    ("zoo_local.txt", "We paid R180 a ticket", 180, "reader S. Naidoo", "zoo_opt_reader"),
    ("gondola_wire.txt", "Our backup engine could not restart the rope safely", None, FEWA, "gon_opt_backup"),
    ("gondola_wire.txt", "at first light", None, ARMY, "gon_opt_first_light"),
    ("gondola_wire.txt", "a full refund", None, FEWA, "gon_opt_refund"),
    ("gondola_broadcast.txt", "Dozens of Indian tourists", None, O, "gon_opt_dozens"),
    ("gondola_broadcast.txt", "a man of 68 from Varanasi", 68, EMBIND, "gon_opt_age"),
    ("gondola_broadcast.txt", "it had not been told of any fault", None, ALPENSEIL, "gon_opt_maker_fault"),
    ("gondola_broadcast.txt", "We had one shawl between three of us", None, VERMA, "gon_opt_shawl"),
    ("gondola_live.txt", "runs 2.3 kilometres", 2.3, O, "gon_opt_length"),
    ("gondola_live.txt", "Two were kept in for observation", 2, LAKESIDE, "gon_opt_observation"),
    ("gondola_live.txt", "We reported it to the office three times", 3, STAFF, "gon_opt_reported"),
    ("gondola_live.txt", "Police first said about 150 people were stranded", 150, NPOL, "gon_opt_restated_stranded"),
    ("gondola_live.txt", "Fewa Ropeways promised each passenger Rs 10,000", 10000, FEWA, "gon_opt_restated_comp"),
    ("gondola_live.txt", "the cabin swayed for 2 minutes", 2, "reader trekker_bhai", "gon_opt_reader"),
    ("gondola_live.txt", "ran the old chairlift from 2009", None, "reader ktm_engineer", "gon_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # silo
    "sil_dead": {("pol2", "pol3"): U, ("pol3", "pol3"): SC, ("pol2", "union4"): C, ("pol3", "union4"): C},
    "sil_missing": {("pol1m", "gbhall"): C},
    "sil_injured": {("mfs9", "saas14"): C, ("mfs9", "mfs11"): U, ("mfs9", "union20"): C, ("saas14", "mfs11"): C,
                    ("saas14", "union20"): C, ("mfs11", "union20"): C},
    "sil_in_hospital": {("sah6", "sah4"): U},
    "sil_critical": {("sah2c", "union3c"): C},
    "sil_burns": {("sah45", "prairie30"): C},
    "sil_engineer_age": {("sah58", "prairie61"): C},
    "sil_on_site": {("gbh31", "union50"): C},
    "sil_time": {("pol620", "pol620"): SC, ("pol620", "prairie150"): CO, ("pol620", "gbh635"): C,
                 ("pol620", "latu6"): C, ("prairie150", "gbh635"): C, ("prairie150", "latu6"): C,
                 ("gbh635", "latu6"): C},
    "sil_height": {("gbh42", "gbh42"): SC, ("gbh42", "council55"): C},
    "sil_grain": {("gbh8000", "gbh8000"): SC, ("gbh8000", "mfs12000"): C},
    "sil_exclusion": {("mfs500", "mfs500"): SC, ("mfs500", "pol1km"): C},
    "sil_homes": {("pol120", "councildozen"): C},
    "sil_firefighters": {("mfs80", "mfs130"): U},
    "sil_fire_duration": {("mfs11h", "gbh4h"): C},
    "sil_cause": {("gbhspark", "marchetti"): C, ("gbhspark", "uniondust"): C, ("marchetti", "uniondust"): C},
    "sil_extraction": {("union9d", "gbhrunning"): C},
    "sil_inspection": {("gbhnov", "sw2024"): C},
    "sil_warning": {("unionwarned", "gbhnocomplaint"): C},
    "sil_closure": {("swnotice", "gbhown"): C},
    "sil_asbestos": {("unionasb", "epanoasb"): C},
    "sil_fund": {("gbh250k", "gbh250k"): SC, ("gbh250k", "gbh1m"): U},
    "sil_fine": {("sw35m", "sw35m"): SC},
    "sil_age": {("gbh1971", "council1963"): C},
    "sil_distance": {("outw20", "outl20"): CO},
    # zoo
    "zoo_escaped": {("zoo4", "saps5"): C, ("zoo4", "zoo5"): U, ("zoo4", "nspca6"): C, ("saps5", "zoo5"): CO,
                    ("saps5", "nspca6"): C, ("zoo5", "nspca6"): C},
    "zoo_shot": {("saps1", "nspca2"): C, ("saps1", "saps2"): U, ("nspca2", "saps2"): CO},
    "zoo_recaptured": {("zoo3", "gdard2"): C},
    "zoo_injured": {("ems2", "saps3h"): C},
    "zoo_guard_age": {("ems34", "zoo41"): C},
    "zoo_livestock": {("gasa14", "saps6g"): C},
    "zoo_roamed": {("saps9", "saps9"): SC, ("saps9", "zoo3km"): C},
    "zoo_fence": {("zoo4m", "zoo4m"): SC, ("zoo4m", "nspca25"): C},
    "zoo_cause": {("zootree", "sapscut"): C, ("zootree", "nspcagate"): C, ("sapscut", "nspcagate"): C},
    "zoo_power": {("zoolive", "gasadead"): C},
    "zoo_permit": {("gdardexpired", "zoo2028"): C},
    "zoo_inspection": {("gdardnov", "nspca2y"): C},
    "zoo_warning": {("gasawarned", "zoonocomplaint"): C},
    "zoo_shooter": {("sapsmarksman", "zoovet"): C},
    "zoo_closure": {("gdardorder", "zooown"): C},
    "zoo_weight": {("zoo190", "zoo190"): SC, ("zoo190", "vet230"): C},
    "zoo_lions_kept": {("zoo46", "nspca60"): C},
    "zoo_schools": {("gde7", "gde12"): U},
    "zoo_radius": {("saps5km", "ems2km"): C},
    "zoo_officers": {("saps120", "saps200"): U},
    "zoo_search_hours": {("saps31h", "zoo20h"): C},
    "zoo_time": {("saps540", "saps540"): SC, ("saps540", "whit540"): CO, ("saps540", "zoo615"): C,
                 ("saps540", "patel4"): C, ("whit540", "zoo615"): C, ("whit540", "patel4"): C,
                 ("zoo615", "patel4"): C},
    "zoo_comp": {("zoo500k", "zoo500k"): SC, ("zoo500k", "zoo15m"): U},
    "zoo_fine": {("gdard10m", "gdard10m"): SC},
    "zoo_ages": {("zooages", "nspcacubs"): C},
    "zoo_distance": {("outw25", "outloc25"): CO},
    # gondola
    "gon_time": {("pol435", "pol435"): SC, ("pol435", "emb420"): CO, ("pol435", "fewa510"): C,
                 ("pol435", "mehta4"): C, ("emb420", "fewa510"): C, ("emb420", "mehta4"): C},
    "gon_last_down": {("army940", "army940"): SC, ("army940", "fewa5"): C},
    "gon_stranded": {("pol150", "pol168"): U, ("pol150", "fewa118"): C, ("pol168", "fewa118"): C},
    "gon_cabins": {("fewa34", "pol41"): C},
    "gon_rope": {("apf96", "hrr120"): C},
    "gon_airlifted": {("army38", "fewa22"): C},
    "gon_hours": {("mehta17", "fewa12"): C},
    "gon_height": {("fewa60", "fewa60"): SC, ("fewa60", "apf110"): C},
    "gon_indians": {("pol57", "emb63"): C},
    "gon_hospital": {("pol9", "hosp17"): C},
    "gon_temp": {("dhm6", "verma0"): C},
    "gon_cause": {("fewapower", "fewapower"): SC, ("fewapower", "joshirope"): C, ("fewapower", "neanone"): C},
    "gon_generator": {("staffbroken", "fewaserviced"): C},
    "gon_certificate": {("moctcaexpired", "fewarenewed"): C},
    "gon_reopen": {("moctcashut", "fewareopen"): C},
    "gon_capacity": {("fewa6", "maker8"): C},
    "gon_comp": {("fewa10k", "fewa10k"): SC, ("fewa10k", "fewa25k"): U},
    "gon_rescuers": {("pol300", "pol400"): U},
    "gon_distance": {("outw200", "outl200"): CO},
    "gon_deaths": {("emb1", "polnone"): C},
    "gon_descent": {("apf1015", "hrr30"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
