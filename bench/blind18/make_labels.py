"""Hand labels for bench/blind18 (stage roof collapse at an open-air music festival in Belgium during a
thunderstorm; dengue outbreak in Peru's Piura region; sinkhole under a boulevard in a Mexican mining city).
Run from the project root:
    /work/venv/bin/python bench/blind18/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
PROS = "Limburg public prosecutor's office (Katrien Dewulf)"
FIRE = "Kempenland fire zone (Marc Peeters)"
ZNL = "ZNL hospital group"
RMI = "Royal Meteorological Institute, RMI (David Mertens)"
ORG = "Heidebeat Productions (Jeroen Vermaelen, Sofie Claeys)"
GOV = "Limburg governor Hilde Raskin"
RC = "Red Cross Flanders (Nele Goossens)"
POL = "Kempen-Noord police zone (Wim Hendrickx)"
MAYOR_B = "Brakelheide mayor Bart Vanhove"
MUN = "Brakelheide municipality (festival permit)"
RIG = "Van Dyck Stage Systems (Koen Van Dyck)"
BTU = "stage technicians' union BTU (Dirk Mol)"
VERBEECK = "Tom Verbeeck (witness)"
JANSSENS = "Lotte Janssens (witness)"

MINSA = "Health Ministry (Carla Medina, Óscar Villena)"
DIRESA = "Piura regional health directorate, Diresa (Julio Saavedra)"
UNION = "Northern Doctors' Union, SIMENOR (Rosa Chunga, Ana Seminario)"
GOVR = "Piura regional governor Luis Alvarado"
MAYOR_S = "Santa Elvira mayor Wilmer Yovera"
HOSPD = "Hospital Regional Nuestra Señora del Chira (Miguel Farfán)"

CP = "Zacatecas state civil protection (Arturo Campos)"
FIRE_S = "fire department, fire chief Raúl Esparza"
MAYOR_L = "Santa Lucía mayor Gabriela Ortiz Luján"
UTIL = "SIAPSL water utility (Héctor Robles)"
MINER = "Minera San Judas"
PW = "Zacatecas state public works department (Lorena Villalpando)"
RES = "Las Minas neighbors / neighbourhood committee (Eduardo Salas)"
CORREA = "Jesús Correa (taxi driver)"
GEO = "Patricia Ibarra (geologist, Autonomous University of Zacatecas)"
RIVAS = "Amparo Rivas (resident)"
TRAFFIC = "municipal traffic police"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- festival: Horizon stage roof collapses at the Heidebeat festival, Brakelheide, Belgium
    # (Saturday 12 July 2025, about 21:45 CEST = 19:45 GMT = 20:45 BST)
    # wire (AFP), early Sunday
    ("festival_wire.txt", "Three people were killed", 3, PROS, "festival_dead", "pros3"),
    ("festival_wire.txt", "dozens injured", None, PROS, "festival_injured", "prosdozens"),
    ("festival_wire.txt", "Three people lost their lives", 3, PROS, "festival_dead", "pros3"),
    ("festival_wire.txt", "about 21:45 local time", None, PROS, "festival_collapse_time", "pros2145"),
    ("festival_wire.txt", "1945 GMT", None, PROS, "festival_collapse_time", "pros2145"),
    ("festival_wire.txt", "more than 40 people", 40, FIRE, "festival_injured", "fire40"),
    ("festival_wire.txt", "17 people", 17, ZNL, "festival_hospitalised", "hosp17"),
    ("festival_wire.txt", "19:20 local time", None, RMI, "festival_warning_issued", "rmi1920"),
    ("festival_wire.txt", "1720 GMT", None, RMI, "festival_warning_issued", "rmi1920"),
    ("festival_wire.txt", "up to 98 km/h", 98, RMI, "festival_gusts", "rmi98"),
    ("festival_wire.txt", "the show on the main stage had been stopped", None, ORG, "festival_show_stopped", "orgstop"),
    ("festival_wire.txt", "No one from the authorities warned us", None, ORG, "festival_warning_passed", "orgno"),
    ("festival_wire.txt", "no structure could have withstood it", None, ORG, "festival_cause", "orgfreak"),
    ("festival_wire.txt", "About 12,000 people", 12000, ORG, "festival_stage_crowd", "org12k"),
    ("festival_wire.txt", "licensed for 40,000 visitors a day", 40000, O, "festival_capacity", "out40k"),
    ("festival_wire.txt", "killed five people", 5, O, "festival_pukkelpop_toll", "outpp5"),
    # live blog (British, times in BST), Saturday night
    ("festival_live.txt", "three dead", 3, PROS, "festival_dead", "pros3"),
    ("festival_live.txt", "three people have died", 3, PROS, "festival_dead", "pros3"),
    ("festival_live.txt", "20:45 BST", None, PROS, "festival_collapse_time", "pros2145"),
    ("festival_live.txt", "21:45 in Belgium", None, PROS, "festival_collapse_time", "pros2145"),
    ("festival_live.txt", "21:31 local time", None, ORG, "festival_organiser_told", "org2131"),
    ("festival_live.txt", "We were never told", None, ORG, "festival_warning_passed", "orgno"),
    ("festival_live.txt", "about 50 injured", 50, RC, "festival_injured", "rc50"),
    ("festival_live.txt", "at least 15", 15, RC, "festival_hospitalised", "rc15"),
    ("festival_live.txt", "The music never stopped", None, VERBEECK, "festival_show_stopped", "witplay2"),
    ("festival_live.txt", "20,000 people", 20000, VERBEECK, "festival_stage_crowd", "wit20k"),
    ("festival_live.txt", "two dead", 2, FIRE, "festival_dead", "fire2"),
    ("festival_live.txt", "two people have died", 2, FIRE, "festival_dead", "fire2"),
    ("festival_live.txt", "98 kilometres an hour", 98, RMI, "festival_gusts", "rmi98"),
    ("festival_live.txt", "about 8.45pm UK time", None, O, "festival_collapse_time", "out2045"),
    ("festival_live.txt", "Dozens of people", None, O, "festival_injured", "outdozens"),
    ("festival_live.txt", "17:20 UTC", None, O, "festival_warning_issued", "out1720"),
    ("festival_live.txt", "nearly 42,000 people", 42000, POL, "festival_attendance", "pol42k"),
    # broadcaster website (Continental Today), Sunday afternoon
    ("festival_broadcast.txt", "has risen to four", 4, PROS, "festival_dead", "pros4"),
    ("festival_broadcast.txt", "63 people had been injured", 63, GOV, "festival_injured", "gov63"),
    ("festival_broadcast.txt", "22 of whom were taken to hospital", 22, GOV, "festival_hospitalised", "gov22"),
    ("festival_broadcast.txt", "Six of them remain in a critical condition", 6, GOV, "festival_critical", "gov6"),
    ("festival_broadcast.txt", "had passed the RMI warning on to the organisers", None, GOV, "festival_warning_passed", "govyes"),
    ("festival_broadcast.txt", "shortly after 8pm", None, GOV, "festival_organiser_told", "gov8"),
    ("festival_broadcast.txt", "at 21:52", None, ORG, "festival_collapse_time", "org2152"),
    ("festival_broadcast.txt", "35,000 people", 35000, ORG, "festival_attendance", "org35k"),
    ("festival_broadcast.txt", "7.20pm", None, RMI, "festival_warning_issued", "rmi1920"),
    ("festival_broadcast.txt", "98km/h", 98, RMI, "festival_gusts", "rmi98"),
    ("festival_broadcast.txt", "61mph", 61, RMI, "festival_gusts", "rmi98"),
    ("festival_broadcast.txt", "up to 100km/h", 100, RIG, "festival_stage_rating", "rig100"),
    ("festival_broadcast.txt", "The roof was built exactly to specification", None, RIG, "festival_cause", "rigok"),
    # local paper (The Kempen Courier), Monday
    ("festival_local.txt", "four people died", 4, PROS, "festival_dead", "pros4"),
    ("festival_local.txt", "Five people", 5, MAYOR_B, "festival_dead", "mayor5"),
    ("festival_local.txt", "risen to 71", 71, GOV, "festival_injured", "gov71"),
    ("festival_local.txt", "19 people remained in hospital", 19, ZNL, "festival_still_in_hospital", "hosp19"),
    ("festival_local.txt", "five of them in critical condition", 5, ZNL, "festival_critical", "hosp5"),
    ("festival_local.txt", "around twenty to ten", None, JANSSENS, "festival_collapse_time", "wit940"),
    ("festival_local.txt", "The band was still playing", None, JANSSENS, "festival_show_stopped", "witplay"),
    ("festival_local.txt", "at 20:10", None, POL, "festival_organiser_told", "pol2010"),
    ("festival_local.txt", "more than 15,000 people", 15000, POL, "festival_stage_crowd", "pol15k"),
    ("festival_local.txt", "from 19:20", None, RMI, "festival_warning_issued", "rmi1920"),
    ("festival_local.txt", "not issued until 21:05", None, ORG, "festival_warning_issued", "org2105"),
    ("festival_local.txt", "exceeded 120 km/h", 120, ORG, "festival_gusts", "org120"),
    ("festival_local.txt", "Half the ballast was missing", None, BTU, "festival_cause", "btuballast"),
    ("festival_local.txt", "only 72 km/h", 72, BTU, "festival_stage_rating", "btu72"),
    ("festival_local.txt", "up to 40,000 people a day", 40000, MUN, "festival_capacity", "mun40k"),
    ("festival_local.txt", "claimed five lives", 5, O, "festival_pukkelpop_toll", "outpp5b"),

    # ---------------- dengue: outbreak in Peru's Piura region (Monday 17 to Thursday 20 March 2025)
    # Health Ministry bulletins: Mon 12,480 = 4,210 confirmed + 8,270 suspected; Wed 13,706 = 4,655 + 9,051;
    # Thu 14,950 = 5,032 + 9,918. Diresa (Tue): more than 16,000, about 4,512 + 11,600.
    # wire (Reuters), Monday
    ("dengue_wire.txt", "12,480 cases", 12480, MINSA, "dengue_cases", "min12480"),
    ("dengue_wire.txt", "4,210 were confirmed", 4210, MINSA, "dengue_confirmed", "min4210"),
    ("dengue_wire.txt", "8,270 were listed as suspected", 8270, MINSA, "dengue_suspected", "min8270"),
    ("dengue_wire.txt", "Twenty-three people had died", 23, MINSA, "dengue_deaths", "min23"),
    ("dengue_wire.txt", "another 11 deaths", 11, MINSA, "dengue_deaths_investigated", "min11inv"),
    ("dengue_wire.txt", "Nine of the dead were children", 9, MINSA, "dengue_children_dead", "min9ch"),
    ("dengue_wire.txt", "31 districts", 31, MINSA, "dengue_districts", "min31"),
    ("dengue_wire.txt", "the region's 65", 65, MINSA, "dengue_region_districts", "min65"),
    ("dengue_wire.txt", "276 patients", 276, MINSA, "dengue_hospitalised", "min276"),
    ("dengue_wire.txt", "86,000 homes", 86000, MINSA, "dengue_fumigated_homes", "min86k"),
    ("dengue_wire.txt", "all 96 beds", 96, HOSPD, "dengue_ward_beds_full", "hosp96"),
    ("dengue_wire.txt", "far below reality", None, UNION, "dengue_underreporting", "unionhide"),
    ("dengue_wire.txt", "more than 70,000 cases", 70000, O, "dengue_2023_cases", "out70k"),
    ("dengue_wire.txt", "90-day", 90, O, "dengue_emergency_days", "out90"),
    ("dengue_wire.txt", "17 districts", 17, O, "dengue_emergency_districts", "out17"),
    # broadcaster website (Canal Pacífico), Tuesday night
    ("dengue_broadcast.txt", "more than 16,000 dengue cases", 16000, DIRESA, "dengue_cases", "dir16k"),
    ("dengue_broadcast.txt", "4,512 cases had been confirmed", 4512, DIRESA, "dengue_confirmed", "dir4512"),
    ("dengue_broadcast.txt", "some 11,600 were suspected", 11600, DIRESA, "dengue_suspected", "dir11600"),
    ("dengue_broadcast.txt", "38 districts", 38, DIRESA, "dengue_districts", "dir38"),
    ("dengue_broadcast.txt", "About 380 dengue patients", 380, DIRESA, "dengue_hospitalised", "dir380"),
    ("dengue_broadcast.txt", "more than 12,000 cases", 12000, MINSA, "dengue_cases", "min12k"),
    ("dengue_broadcast.txt", "Our brigades have reached every affected district", None, MINSA, "dengue_fumigation_reach", "minall"),
    ("dengue_broadcast.txt", "at least 40 people had died", 40, UNION, "dengue_deaths", "union40"),
    ("dengue_broadcast.txt", "The ministry is hiding deaths", None, UNION, "dengue_underreporting", "unionhide"),
    ("dengue_broadcast.txt", "fewer than 30,000 homes", 30000, UNION, "dengue_fumigated_homes", "union30k"),
    ("dengue_broadcast.txt", "about 72,000 cases", 72000, O, "dengue_2023_cases", "out72k"),
    # live blog (Lima time), Wednesday
    ("dengue_live.txt", "60 health workers", 60, UNION, "dengue_health_workers", "union60"),
    ("dengue_live.txt", "at least 60 doctors and nurses", 60, UNION, "dengue_health_workers", "union60"),
    ("dengue_live.txt", "at least 12 children", 12, UNION, "dengue_children_dead", "union12ch"),
    ("dengue_live.txt", "at least 25,000 cases", 25000, UNION, "dengue_cases", "union25k"),
    ("dengue_live.txt", "no fewer than 25,000", 25000, UNION, "dengue_cases", "union25k"),
    ("dengue_live.txt", "more than 500 dengue patients", 500, UNION, "dengue_hospitalised", "union500"),
    ("dengue_live.txt", "The figures are being massaged", None, UNION, "dengue_underreporting", "unionhide"),
    ("dengue_live.txt", "31 dead", 31, GOVR, "dengue_deaths", "gov31"),
    ("dengue_live.txt", "31 people had died", 31, GOVR, "dengue_deaths", "gov31"),
    ("dengue_live.txt", "Fumigation has not reached the rural districts", None, GOVR, "dengue_fumigation_reach", "govno"),
    ("dengue_live.txt", "1,240 cases", 1240, DIRESA, "dengue_district_cases", "dir1240"),
    ("dengue_live.txt", "13,706 cases", 13706, MINSA, "dengue_cases", "min13706"),
    ("dengue_live.txt", "4,655 confirmed", 4655, MINSA, "dengue_confirmed", "min4655"),
    ("dengue_live.txt", "9,051 suspected", 9051, MINSA, "dengue_suspected", "min9051"),
    ("dengue_live.txt", "risen to 25", 25, MINSA, "dengue_deaths", "min25"),
    ("dengue_live.txt", "nine still under investigation", 9, MINSA, "dengue_deaths_investigated", "min9inv"),
    ("dengue_live.txt", "33 districts", 33, MINSA, "dengue_districts", "min33"),
    ("dengue_live.txt", "more than 110,000 homes", 110000, MINSA, "dengue_fumigated_homes", "min110k"),
    # local paper (La Voz del Chira, English digest), Thursday
    ("dengue_local.txt", "14,950 dengue cases", 14950, MINSA, "dengue_cases", "min14950"),
    ("dengue_local.txt", "5,032 confirmed", 5032, MINSA, "dengue_confirmed", "min5032"),
    ("dengue_local.txt", "9,918 suspected", 9918, MINSA, "dengue_suspected", "min9918"),
    ("dengue_local.txt", "34 districts", 34, MINSA, "dengue_districts", "min34"),
    ("dengue_local.txt", "27 deaths", 27, MINSA, "dengue_deaths", "min27"),
    ("dengue_local.txt", "14 more under investigation", 14, MINSA, "dengue_deaths_investigated", "min14inv"),
    ("dengue_local.txt", "314 patients in hospital", 314, MINSA, "dengue_hospitalised", "min314"),
    ("dengue_local.txt", "figure of 31 deaths", 31, GOVR, "dengue_deaths", "gov31"),
    ("dengue_local.txt", "1,870 cases", 1870, MAYOR_S, "dengue_district_cases", "mayor1870"),
    ("dengue_local.txt", "Not a single fumigation brigade", None, MAYOR_S, "dengue_fumigation_reach", "mayorno"),
    ("dengue_local.txt", "the 17 districts", 17, O, "dengue_emergency_districts", "out17b"),
    ("dengue_local.txt", "90 days", 90, O, "dengue_emergency_days", "out90b"),
    ("dengue_local.txt", "There is no under-reporting", None, MINSA, "dengue_underreporting", "minnohide"),
    ("dengue_local.txt", "41 health workers", 41, MINSA, "dengue_health_workers", "min41"),
    ("dengue_local.txt", "more than 130 dengue patients", 130, UNION, "dengue_ward_patients", "union130"),
    ("dengue_local.txt", "nearly 100 people", 100, O, "dengue_2023_deaths", "out100"),

    # ---------------- sinkhole: Bulevar Minero, Santa Lucía de los Mineros, Zacatecas, Mexico
    # (Tuesday 20 May 2025, 6:40 a.m. local = UTC-6 = 12:40 GMT = 8:40 a.m. EDT)
    # wire (AP), Tuesday
    ("sinkhole_wire.txt", "three vehicles", 3, CP, "sink_vehicles", "cp3"),
    ("sinkhole_wire.txt", "two people missing", 2, CP, "sink_missing", "cp2"),
    ("sinkhole_wire.txt", "6:40 a.m.", None, CP, "sink_time", "cp640"),
    ("sinkhole_wire.txt", "1240 GMT", None, CP, "sink_time", "cp640"),
    ("sinkhole_wire.txt", "about 15 meters", 15, CP, "sink_depth", "cp15"),
    ("sinkhole_wire.txt", "50 feet", 50, CP, "sink_depth", "cp15"),
    ("sinkhole_wire.txt", "about 12 meters", 12, CP, "sink_width", "cp12"),
    ("sinkhole_wire.txt", "40 feet", 40, CP, "sink_width", "cp12"),
    ("sinkhole_wire.txt", "four people", 4, FIRE_S, "sink_rescued", "fire4"),
    ("sinkhole_wire.txt", "Three of them were taken to a hospital", 3, FIRE_S, "sink_hospital", "fire3h"),
    ("sinkhole_wire.txt", "a burst water main", None, MAYOR_L, "sink_cause_pipe", "mayorpipe"),
    ("sinkhole_wire.txt", "the ground has been sinking", None, RES, "sink_cause_mining", "resmine"),
    ("sinkhole_wire.txt", "in 2019", None, PW, "sink_inspection", "pw2019"),
    ("sinkhole_wire.txt", "Some 60,000 vehicles a day", 60000, PW, "sink_traffic", "pw60k"),
    ("sinkhole_wire.txt", "$2.3 million", 2300000, PW, "sink_repair_cost", "pw45"),
    ("sinkhole_wire.txt", "14 homes", 14, CP, "sink_evacuated", "cp14"),
    ("sinkhole_wire.txt", "swallowed two cars", 2, O, "sink_2017_vehicles", "out2"),
    # broadcaster website (AmeriNews 1, US, times in ET), Tuesday evening
    ("sinkhole_broadcast.txt", "8:40 a.m. ET", None, O, "sink_time", "out840"),
    ("sinkhole_broadcast.txt", "three people were unaccounted for", 3, FIRE_S, "sink_missing", "fire3"),
    ("sinkhole_broadcast.txt", "six people had been rescued alive", 6, CP, "sink_rescued", "cp6"),
    ("sinkhole_broadcast.txt", "no deaths so far", None, CP, "sink_dead", "cp0"),
    ("sinkhole_broadcast.txt", "at least five cars", 5, CORREA, "sink_vehicles", "wit5"),
    ("sinkhole_broadcast.txt", "more than 65 feet", 65, MAYOR_L, "sink_depth", "mayor65ft"),
    ("sinkhole_broadcast.txt", "nearly 100 feet", 100, FIRE_S, "sink_width", "fire100ft"),
    ("sinkhole_broadcast.txt", "Our pipe did not cause this", None, UTIL, "sink_cause_pipe", "utilno"),
    ("sinkhole_broadcast.txt", "24-inch", 24, UTIL, "sink_pipe_diameter", "util24"),
    ("sinkhole_broadcast.txt", "no drop in pressure", None, UTIL, "sink_pressure_drop", "utilnodrop"),
    ("sinkhole_broadcast.txt", "About 18,000 households", 18000, UTIL, "sink_water_cut", "util18k"),
    ("sinkhole_broadcast.txt", "has never operated beneath Bulevar Minero", None, MINER, "sink_cause_mining", "minerno"),
    ("sinkhole_broadcast.txt", "six years ago", 6, PW, "sink_inspection", "pw6y"),
    ("sinkhole_broadcast.txt", "45 million pesos", 45000000, PW, "sink_repair_cost", "pw45"),
    ("sinkhole_broadcast.txt", "about $2.3 million", 2300000, PW, "sink_repair_cost", "pw45"),
    ("sinkhole_broadcast.txt", "three months", 3, PW, "sink_repair_time", "pw3m"),
    ("sinkhole_broadcast.txt", "about 30 homes", 30, RES, "sink_evacuated", "res30"),
    # local paper (El Correo Minero), Wednesday
    ("sinkhole_local.txt", "the first confirmed death", 1, CP, "sink_dead", "cp1d"),
    ("sinkhole_local.txt", "One man remains missing", 1, CP, "sink_missing", "cp1"),
    ("sinkhole_local.txt", "four vehicles", 4, CP, "sink_vehicles", "cp4"),
    ("sinkhole_local.txt", "16 metres deep", 16, CP, "sink_depth", "cp16"),
    ("sinkhole_local.txt", "Fourteen houses", 14, CP, "sink_evacuated", "cp14"),
    ("sinkhole_local.txt", "rescued four people", 4, FIRE_S, "sink_rescued", "fire4"),
    ("sinkhole_local.txt", "water leaking from a broken main", None, CP, "sink_cause_pipe", "cppipe"),
    ("sinkhole_local.txt", "a drop in pressure at 5:52 a.m.", None, CP, "sink_pressure_drop", "cp552"),
    ("sinkhole_local.txt", "36-inch", 36, CP, "sink_pipe_diameter", "cp36"),
    ("sinkhole_local.txt", "the void was created by mining", None, GEO, "sink_cause_mining", "geomine"),
    ("sinkhole_local.txt", "a quarter past six", None, RIVAS, "sink_time", "wit615"),
    ("sinkhole_local.txt", "more than 20 metres deep", 20, MAYOR_L, "sink_depth", "mayor20"),
    ("sinkhole_local.txt", "11 years", 11, MAYOR_L, "sink_inspection", "mayor11"),
    ("sinkhole_local.txt", "at least 80 million pesos", 80000000, MAYOR_L, "sink_repair_cost", "mayor80"),
    ("sinkhole_local.txt", "at least six months", 6, MAYOR_L, "sink_repair_time", "mayor6m"),
    ("sinkhole_local.txt", "12.5 metres", 12.5, PW, "sink_width", "pw125"),
    ("sinkhole_local.txt", "about 45,000 vehicles", 45000, TRAFFIC, "sink_traffic", "tp45k"),
    ("sinkhole_local.txt", "18,000 homes", 18000, UTIL, "sink_water_cut", "util18k"),
    ("sinkhole_local.txt", "two vehicles fell", 2, O, "sink_2017_vehicles", "out2b"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("festival_wire.txt", "Two died at the scene", 2, PROS, "festival_opt_at_scene"),
    ("festival_wire.txt", "15-year-old", 15, ZNL, "festival_opt_age"),
    ("festival_wire.txt", "well over two hours before the collapse", None, RMI, "festival_opt_gap"),
    ("festival_wire.txt", "about 10 kilometres", 10, RMI, "festival_opt_station"),
    ("festival_wire.txt", "14th edition", 14, O, "festival_opt_edition"),
    ("festival_live.txt", "fourteen minutes before the roof came down", 14, ORG, "festival_opt_minutes"),
    ("festival_live.txt", "just before 22:00 Belgian time", None, RMI, "festival_opt_gust_time"),
    ("festival_live.txt", "21.40 local", None, "reader kempenkid_02", "festival_opt_reader"),
    ("festival_live.txt", "at least 60 people were hurt", 60, "reader Sanne V", "festival_opt_reader"),
    ("festival_live.txt", "98 km/h and they still let the band on", 98, "reader marc_h", "festival_opt_reader"),
    ("festival_broadcast.txt", "24-year-old", 24, PROS, "festival_opt_age"),
    ("festival_broadcast.txt", "seven minutes later", 7, ORG, "festival_opt_gap_org"),
    ("festival_broadcast.txt", "four minutes earlier", 4, ORG, "festival_opt_clearing"),
    ("festival_broadcast.txt", "more than two hours before the collapse", None, RMI, "festival_opt_gap"),
    ("festival_broadcast.txt", "9.41pm", None, RMI, "festival_opt_gust_time"),
    ("festival_broadcast.txt", "had been inspected on Friday", None, RIG, "festival_opt_inspection"),
    ("festival_local.txt", "58-year-old", 58, MAYOR_B, "festival_opt_age"),
    ("festival_local.txt", "Nobody had told us to leave", None, JANSSENS, "festival_opt_told_to_leave"),
    ("dengue_broadcast.txt", "the 23 deaths in the ministry's bulletin", 23, UNION, "dengue_opt_restated"),
    ("dengue_broadcast.txt", "not the 86,000 the minister talks about", 86000, UNION, "dengue_opt_restated"),
    ("dengue_broadcast.txt", "counted twice", None, MINSA, "dengue_opt_double_count"),
    ("dengue_live.txt", "from 23 on Monday", 23, MINSA, "dengue_opt_restated"),
    ("dengue_live.txt", "for three weeks", 3, GOVR, "dengue_opt_insecticide"),
    ("dengue_live.txt", "number 240", 240, O, "dengue_opt_queue"),
    ("dengue_live.txt", "14 neighbours", 14, "reader Yuri_Piura", "dengue_opt_reader"),
    ("dengue_live.txt", "9 hours", 9, "reader mamá_de_tres", "dengue_opt_reader"),
    ("dengue_live.txt", "governor says 31, ministry says 25", 31, "reader Carlos R.", "dengue_opt_reader"),
    ("dengue_local.txt", "a ward built for 96", 96, UNION, "dengue_opt_ward_capacity"),
    ("dengue_local.txt", "Every death is investigated before it is counted", None, MINSA, "dengue_opt_method"),
    ("sinkhole_wire.txt", "There was a leak there for weeks", None, MAYOR_L, "sink_opt_leak"),
    ("sinkhole_broadcast.txt", "more than two kilometers", 2, MINER, "sink_opt_mine_distance"),
    ("sinkhole_broadcast.txt", "one more than the figure state officials gave", None, FIRE_S, "sink_opt_restated"),
    ("sinkhole_local.txt", "not three as first reported", 3, CP, "sink_opt_restated"),
    ("sinkhole_local.txt", "almost an hour before the road gave way", None, CP, "sink_opt_gap"),
    ("sinkhole_local.txt", "The pipe was the trigger", None, GEO, "sink_opt_trigger"),
    ("sinkhole_local.txt", "in the 1980s", None, CP, "sink_opt_pipe_age"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # festival
    "festival_dead": {("pros3", "pros3"): SC, ("pros3", "fire2"): C, ("pros3", "pros4"): U, ("pros3", "mayor5"): C,
                      ("fire2", "pros4"): C, ("fire2", "mayor5"): C, ("pros4", "pros4"): SC, ("pros4", "mayor5"): C},
    "festival_injured": {("fire40", "rc50"): CO, ("fire40", "outdozens"): CO, ("prosdozens", "rc50"): CO,
                         ("prosdozens", "outdozens"): CO, ("fire40", "gov63"): CO, ("prosdozens", "gov63"): CO,
                         ("fire40", "gov71"): CO, ("prosdozens", "gov71"): CO, ("rc50", "gov63"): C,
                         ("outdozens", "gov63"): CO, ("rc50", "gov71"): C, ("outdozens", "gov71"): CO,
                         ("gov63", "gov71"): U},
    "festival_hospitalised": {("hosp17", "rc15"): CO, ("hosp17", "gov22"): C, ("rc15", "gov22"): CO},
    "festival_critical": {("gov6", "hosp5"): C},
    "festival_stage_crowd": {("org12k", "wit20k"): C, ("org12k", "pol15k"): C, ("wit20k", "pol15k"): CO},
    "festival_attendance": {("pol42k", "org35k"): C},
    "festival_capacity": {("out40k", "mun40k"): CO},
    "festival_gusts": {("rmi98", "rmi98"): SC, ("rmi98", "org120"): C},
    "festival_stage_rating": {("rig100", "btu72"): C},
    "festival_warning_issued": {("rmi1920", "rmi1920"): SC, ("rmi1920", "out1720"): CO, ("rmi1920", "org2105"): C,
                                ("out1720", "org2105"): C},
    "festival_collapse_time": {("pros2145", "pros2145"): SC, ("pros2145", "out2045"): CO, ("pros2145", "org2152"): C,
                               ("pros2145", "wit940"): CO, ("out2045", "org2152"): C, ("out2045", "wit940"): CO,
                               ("org2152", "wit940"): C},
    "festival_organiser_told": {("org2131", "gov8"): C, ("org2131", "pol2010"): C, ("gov8", "pol2010"): CO},
    "festival_warning_passed": {("orgno", "orgno"): SC, ("orgno", "govyes"): C},
    "festival_show_stopped": {("orgstop", "witplay2"): C, ("orgstop", "witplay"): C, ("witplay2", "witplay"): CO},
    "festival_cause": {("orgfreak", "rigok"): CO, ("orgfreak", "btuballast"): C, ("rigok", "btuballast"): C},
    "festival_pukkelpop_toll": {("outpp5", "outpp5b"): CO},
    # dengue
    "dengue_cases": {("min12480", "dir16k"): C, ("min12480", "min12k"): SC, ("min12480", "union25k"): C,
                     ("min12480", "min13706"): U, ("min12480", "min14950"): U, ("dir16k", "union25k"): CO,
                     ("dir16k", "min13706"): C, ("dir16k", "min14950"): C, ("min12k", "union25k"): C,
                     ("min12k", "min13706"): [U, CO], ("min12k", "min14950"): [U, CO], ("union25k", "min14950"): C,
                     ("min13706", "min14950"): U},
    "dengue_confirmed": {("min4210", "dir4512"): C, ("min4210", "min4655"): U, ("min4210", "min5032"): U,
                         ("dir4512", "min4655"): C, ("dir4512", "min5032"): C, ("min4655", "min5032"): U},
    "dengue_suspected": {("min8270", "dir11600"): C, ("min8270", "min9051"): U, ("min8270", "min9918"): U,
                         ("dir11600", "min9051"): C, ("dir11600", "min9918"): C, ("min9051", "min9918"): U},
    "dengue_deaths": {("min23", "union40"): C, ("min23", "gov31"): C, ("min23", "min25"): U, ("min23", "min27"): U,
                      ("union40", "gov31"): C, ("union40", "min25"): C, ("union40", "min27"): C,
                      ("gov31", "min27"): C, ("gov31", "gov31"): SC, ("min25", "min27"): U, ("min25", "gov31"): C},
    "dengue_deaths_investigated": {("min11inv", "min9inv"): U, ("min11inv", "min14inv"): U, ("min9inv", "min14inv"): U},
    "dengue_children_dead": {("min9ch", "union12ch"): C},
    "dengue_districts": {("min31", "dir38"): C, ("min31", "min33"): U, ("min31", "min34"): U, ("dir38", "min33"): C,
                         ("dir38", "min34"): C, ("min33", "min34"): U},
    "dengue_hospitalised": {("min276", "dir380"): C, ("min276", "union500"): C, ("min276", "min314"): U,
                            ("dir380", "union500"): C, ("dir380", "min314"): C, ("union500", "min314"): C},
    "dengue_fumigated_homes": {("min86k", "union30k"): C, ("min86k", "min110k"): U, ("union30k", "min110k"): C},
    "dengue_fumigation_reach": {("minall", "govno"): C, ("minall", "mayorno"): C, ("govno", "mayorno"): CO},
    "dengue_underreporting": {("unionhide", "unionhide"): SC, ("unionhide", "minnohide"): C},
    "dengue_district_cases": {("dir1240", "mayor1870"): C},
    "dengue_health_workers": {("union60", "min41"): C},
    "dengue_2023_cases": {("out70k", "out72k"): CO},
    "dengue_emergency_days": {("out90", "out90b"): CO},
    "dengue_emergency_districts": {("out17", "out17b"): CO},
    # sinkhole
    "sink_vehicles": {("cp3", "wit5"): C, ("cp3", "cp4"): U, ("wit5", "cp4"): C},
    "sink_missing": {("cp2", "fire3"): C, ("cp2", "cp1"): U, ("fire3", "cp1"): C},
    "sink_rescued": {("fire4", "cp6"): C, ("fire4", "fire4"): SC},
    "sink_dead": {("cp0", "cp1d"): U},
    "sink_depth": {("cp15", "mayor65ft"): C, ("cp15", "cp16"): U, ("cp15", "mayor20"): C, ("mayor65ft", "cp16"): C,
                   ("mayor65ft", "mayor20"): SC},
    "sink_width": {("cp12", "fire100ft"): C, ("cp12", "pw125"): CO, ("fire100ft", "pw125"): C},
    "sink_time": {("cp640", "out840"): CO, ("cp640", "wit615"): C, ("out840", "wit615"): C},
    "sink_pressure_drop": {("utilnodrop", "cp552"): C},
    "sink_cause_pipe": {("mayorpipe", "utilno"): C, ("mayorpipe", "cppipe"): CO, ("utilno", "cppipe"): C},
    "sink_cause_mining": {("resmine", "minerno"): C, ("resmine", "geomine"): CO, ("minerno", "geomine"): C},
    "sink_pipe_diameter": {("util24", "cp36"): C},
    "sink_inspection": {("pw2019", "pw6y"): SC, ("pw2019", "mayor11"): C, ("pw6y", "mayor11"): C},
    "sink_repair_cost": {("pw45", "pw45"): SC, ("pw45", "mayor80"): C},
    "sink_repair_time": {("pw3m", "mayor6m"): C},
    "sink_evacuated": {("cp14", "res30"): C, ("cp14", "cp14"): SC},
    "sink_traffic": {("pw60k", "tp45k"): C},
    "sink_water_cut": {("util18k", "util18k"): SC},
    "sink_2017_vehicles": {("out2", "out2b"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
