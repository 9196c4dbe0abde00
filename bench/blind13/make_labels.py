"""Hand labels for bench/blind13 (landslide buries part of a hill village in Myagdi, Nepal; nationwide
blackout in Greece; hostage siege at a Johannesburg shopping mall). Run from the project root:
    /work/venv/bin/python bench/blind13/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
POL = "Myagdi district police (Ramesh Khadka)"
WARD = "ward chairman Tek Bahadur Pun"
CDO = "Chief District Officer Sushila Adhikari"
RM = "Ghumte Rural Municipality chairperson Durga Gurung"
NDRRMA = "National Disaster Risk Reduction and Management Authority (NDRRMA)"
HOME = "Home Ministry (Krishna Bahadur Raut)"
ARMY = "Nepal Army (Anil Thapa)"
APF = "Armed Police Force"
DHM = "Department of Hydrology and Meteorology (Shanti Kandel)"
HOSP = "Myagdi District Hospital (Rajendra Bhattarai)"
RC = "Nepal Red Cross Society (Sita Thapa Magar)"
GEO = "geologist Manoj Lamsal"
SURV = "Mina Garbuja (survivor)"

HTO = "Hellenic Transmission Operator, HTO (Eleni Kourou)"
DEDA = "DEDA distribution network operator"
EMIN = "Energy Minister Kostas Alexiou"
MAK = "MakTrans, North Macedonia's grid operator (Dragan Petrovski)"
RAIL = "Hellas Rail"
FIRE = "Greek fire service"
HMIN = "Health Ministry (Andreas Vlachos)"
UNION = "Hospital Doctors' Union (Sofia Karra)"
CP = "civil protection authorities"
GPOL = "Greek police"
AIRPORT = "Athens International Airport"
METRO = "Athens metro operator"
FED = "Federation of Greek Retailers"
CHAMBER = "Athens Chamber of Commerce and Industry"

SAPS = "South African Police Service (Thandi Mokoena)"
POLMIN = "Police Minister Bheki Nkosi"
EMS = "Gauteng Emergency Medical Services (Nomsa Khumalo)"
HEALTH = "Gauteng Department of Health (Kagiso Molefe)"
MALL = "Kestrel Park centre manager Lindiwe Sithole"
PASTOR = "Pastor Moses Tlali"
HOST = "Pieter van Wyk (released hostage)"
WIT = "Ahmed Patel (witness)"
FAM = "Sibusiso Ndaba (hostage's brother)"
IPID = "Independent Police Investigative Directorate (IPID)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- landslide: Bhalukhola, Myagdi district, Nepal (5-6 August 2025, NPT = UTC+5:45)
    # wire (Reuters), Tuesday midday
    ("landslide_wire.txt", "killing 11 people", 11, POL, "landslide_dead", "pol11"),
    ("landslide_wire.txt", "23 others", 23, POL, "landslide_missing", "pol23"),
    ("landslide_wire.txt", "about 60 households", 60, O, "landslide_households", "out60"),
    ("landslide_wire.txt", "some 200 km (125 miles)", 200, O, "landslide_distance_ktm", "out200"),
    ("landslide_wire.txt", "around 2:30 a.m.", None, POL, "landslide_time", "pol230"),
    ("landslide_wire.txt", "2045 GMT on Monday", None, POL, "landslide_time", "pol230"),
    ("landslide_wire.txt", "Eleven bodies", 11, POL, "landslide_dead", "pol11"),
    ("landslide_wire.txt", "Twenty-three people", 23, POL, "landslide_missing", "pol23"),
    ("landslide_wire.txt", "41 people", 41, POL, "landslide_in_houses", "pol41"),
    ("landslide_wire.txt", "seven had been pulled out alive", 7, POL, "landslide_rescued", "pol7"),
    ("landslide_wire.txt", "More than 20 people are dead", 20, WARD, "landslide_dead", "ward20"),
    ("landslide_wire.txt", "About 30 of our people", 30, WARD, "landslide_missing", "ward30"),
    ("landslide_wire.txt", "32 houses", 32, WARD, "landslide_houses_destroyed", "ward32"),
    ("landslide_wire.txt", "six injured people", 6, ARMY, "landslide_airlifted", "army6"),
    ("landslide_wire.txt", "more than 300 soldiers", 300, HOME, "landslide_searchers", "home300"),
    ("landslide_wire.txt", "212 millimetres (8.3 inches)", 212, DHM, "landslide_rain", "dhm212"),
    ("landslide_wire.txt", "had issued a heavy rainfall warning", None, DHM, "landslide_rain_warning", "dhmwarn"),
    ("landslide_wire.txt", "caused by incessant rainfall", None, HOME, "landslide_cause", "homerain"),
    ("landslide_wire.txt", "about 800 metres", 800, APF, "landslide_runout", "apf800"),
    ("landslide_wire.txt", "about 2,100 metres (6,900 feet)", 2100, O, "landslide_altitude", "out2100"),
    ("landslide_wire.txt", "four years ago", None, O, "landslide_road_built", "outroad"),
    ("landslide_wire.txt", "At least 112 people", 112, NDRRMA, "landslide_season_toll", "ndr112"),
    ("landslide_wire.txt", "killed 156 people", 156, O, "landslide_jure_toll", "out156"),
    # broadcaster (SAT News), Tuesday evening
    ("landslide_broadcast.txt", "pulled 14 bodies", 14, POL, "landslide_dead", "pol14"),
    ("landslide_broadcast.txt", "20 people are still missing", 20, POL, "landslide_missing", "pol20"),
    ("landslide_broadcast.txt", "about 125 miles", 125, O, "landslide_distance_ktm", "outb125"),
    ("landslide_broadcast.txt", "about 20:45 GMT on Monday", None, POL, "landslide_time", "pol230"),
    ("landslide_broadcast.txt", "We have recovered 14 bodies", 14, POL, "landslide_dead", "pol14"),
    ("landslide_broadcast.txt", "Twenty people are still missing", 20, POL, "landslide_missing", "pol20"),
    ("landslide_broadcast.txt", "22 people had been injured", 22, POL, "landslide_injured", "pol22"),
    ("landslide_broadcast.txt", "listed 13 dead", 13, NDRRMA, "landslide_dead", "ndr13"),
    ("landslide_broadcast.txt", "more than two dozen people", 24, CDO, "landslide_missing", "cdo24"),
    ("landslide_broadcast.txt", "27 houses", 27, CDO, "landslide_houses_destroyed", "cdo27"),
    ("landslide_broadcast.txt", "Some 84 families", 84, CDO, "landslide_displaced", "cdo84"),
    ("landslide_broadcast.txt", "About 350 security personnel", 350, CDO, "landslide_searchers", "cdo350"),
    ("landslide_broadcast.txt", "about 50 people", 50, WARD, "landslide_in_houses", "ward50"),
    ("landslide_broadcast.txt", "around 1 in the morning", None, SURV, "landslide_time", "surv1"),
    ("landslide_broadcast.txt", "Nobody told us to leave", None, SURV, "landslide_told_to_leave", "survno"),
    ("landslide_broadcast.txt", "some 2,600 ft", 2600, APF, "landslide_runout", "apf800"),
    ("landslide_broadcast.txt", "212mm", 212, DHM, "landslide_rain", "dhm212"),
    ("landslide_broadcast.txt", "more than 150 people", 150, O, "landslide_jure_toll", "out150"),
    # local paper (The Gandaki Post), Wednesday
    ("landslide_local.txt", "death toll from the landslide to 17", 17, POL, "landslide_dead", "pol17"),
    ("landslide_local.txt", "Sixteen people are still missing", 16, POL, "landslide_missing", "pol16"),
    ("landslide_local.txt", "eight people had been rescued alive", 8, POL, "landslide_rescued", "pol8"),
    ("landslide_local.txt", "41 people", 41, POL, "landslide_in_houses", "pol41"),
    ("landslide_local.txt", "With 17 dead", 17, POL, "landslide_dead", "pol17"),
    ("landslide_local.txt", "16 missing", 16, POL, "landslide_missing", "pol16"),
    ("landslide_local.txt", "eight rescued", 8, POL, "landslide_rescued", "pol8"),
    ("landslide_local.txt", "Five children", 5, POL, "landslide_dead_children", "pol5ch"),
    ("landslide_local.txt", "put the toll at 17", 17, CDO, "landslide_dead", "cdo17"),
    ("landslide_local.txt", "another 40 houses", 40, CDO, "landslide_houses_damaged", "cdo40"),
    ("landslide_local.txt", "more than 20 people had died", 20, WARD, "landslide_dead", "ward20"),
    ("landslide_local.txt", "at least 15 people", 15, RC, "landslide_missing", "rc15"),
    ("landslide_local.txt", "more than 100 families", 100, RC, "landslide_displaced", "rc100"),
    ("landslide_local.txt", "96 households", 96, RC, "landslide_relief_households", "rc96"),
    ("landslide_local.txt", "19 injured people", 19, HOSP, "landslide_injured", "hosp19"),
    ("landslide_local.txt", "five of whom were flown to Pokhara", 5, HOSP, "landslide_airlifted", "hosp5"),
    ("landslide_local.txt", "62 households", 62, RM, "landslide_households", "rm62"),
    ("landslide_local.txt", "27 houses were destroyed", 27, RM, "landslide_houses_destroyed", "rm27"),
    ("landslide_local.txt", "We had asked families living on the upper slope to move", None, RM,
     "landslide_told_to_leave", "rmyes"),
    ("landslide_local.txt", "in 2021", None, GEO, "landslide_road_built", "geo2021"),
    ("landslide_local.txt", "cut into the slope without drainage", None, GEO, "landslide_cause", "georoad"),
    ("landslide_local.txt", "more than a kilometre", 1000, WARD, "landslide_runout", "ward1km"),
    ("landslide_local.txt", "about 2,000 metres", 2000, O, "landslide_altitude", "outl2000"),
    ("landslide_local.txt", "more than 200 mm", 200, DHM, "landslide_rain", "dhm200"),
    ("landslide_local.txt", "more than 120 people", 120, HOME, "landslide_season_toll", "home120"),
    ("landslide_local.txt", "Rs 200,000", 200000, CDO, "landslide_relief_payment", "cdo200k"),
    # live blog (Kathmandu Live), Tuesday, NPT
    ("landslide_live.txt", "toll now 14", 14, POL, "landslide_dead", "pol14"),
    ("landslide_live.txt", "14 bodies", 14, POL, "landslide_dead", "pol14"),
    ("landslide_live.txt", "20 people remain missing", 20, POL, "landslide_missing", "pol20"),
    ("landslide_live.txt", "116 people have died", 116, NDRRMA, "landslide_season_toll", "ndr116"),
    ("landslide_live.txt", "about 45 houses", 45, RC, "landslide_houses_damaged", "rc45"),
    ("landslide_live.txt", "Six of the dead are children", 6, WARD, "landslide_dead_children", "ward6ch"),
    ("landslide_live.txt", "six children", 6, WARD, "landslide_dead_children", "ward6ch"),
    ("landslide_live.txt", "No one from the government warned us", None, WARD, "landslide_told_to_leave", "wardno"),
    ("landslide_live.txt", "The road has nothing to do with it", None, RM, "landslide_cause", "rmnoroad"),
    ("landslide_live.txt", "Hospital treating 19", 19, HOSP, "landslide_injured", "hosp19"),
    ("landslide_live.txt", "19 injured people", 19, HOSP, "landslide_injured", "hosp19"),
    ("landslide_live.txt", "six injured villagers", 6, ARMY, "landslide_airlifted", "army6"),
    ("landslide_live.txt", "Eleven bodies recovered", 11, POL, "landslide_dead", "pol11"),
    ("landslide_live.txt", "11 bodies", 11, POL, "landslide_dead", "pol11"),
    ("landslide_live.txt", "23 people are missing", 23, POL, "landslide_missing", "pol23"),
    ("landslide_live.txt", "at least three places", 3, O, "landslide_road_blocked", "outblock3"),
    ("landslide_live.txt", "Over 300 personnel", 300, HOME, "landslide_searchers", "home300"),
    ("landslide_live.txt", "84 families", 84, CDO, "landslide_displaced", "cdo84"),
    ("landslide_live.txt", "about 2.30am today", None, POL, "landslide_time", "pol230"),

    # ---------------- blackout: nationwide power cut in Greece (16-17 October 2025, EEST = UTC+3)
    # wire (AP), Thursday evening
    ("blackout_wire.txt", "14:32 local time", None, HTO, "blackout_start", "hto1432"),
    ("blackout_wire.txt", "1132 GMT", None, HTO, "blackout_start", "hto1432"),
    ("blackout_wire.txt", "4,200 megawatts", 4200, HTO, "blackout_power_lost", "hto4200"),
    ("blackout_wire.txt", "about four seconds", 4, HTO, "blackout_seconds", "hto4s"),
    ("blackout_wire.txt", "originated outside the Greek system", None, HTO, "blackout_origin", "htoext"),
    ("blackout_wire.txt", "About 5.8 million customers", 5800000, DEDA, "blackout_customers", "deda58"),
    ("blackout_wire.txt", "about 60% of customers", 60, HTO, "blackout_restored_share", "hto60"),
    ("blackout_wire.txt", "not ruling out a cyberattack", None, EMIN, "blackout_cyberattack", "mincyber"),
    ("blackout_wire.txt", "41 trains", 41, RAIL, "blackout_trains", "rail41"),
    ("blackout_wire.txt", "more than 300 people trapped in elevators", 300, FIRE, "blackout_lifts", "fire300"),
    ("blackout_wire.txt", "all 124 public hospitals", 124, HMIN, "blackout_hospitals_generators", "hm124"),
    ("blackout_wire.txt", "no hospital was left without power", None, HMIN, "blackout_generator_failures", "hmnone"),
    ("blackout_wire.txt", "87 flights", 87, AIRPORT, "blackout_flights", "ap87"),
    ("blackout_wire.txt", "some 55 million people", 55000000, O, "blackout_iberia", "out55m"),
    # broadcaster (Euro24), Thursday night, CEST
    ("blackout_broadcast.txt", "inside the Greek transmission system", None, EMIN, "blackout_origin", "minint"),
    ("blackout_broadcast.txt", "about five gigawatts", 5, EMIN, "blackout_power_lost", "min5gw"),
    ("blackout_broadcast.txt", "came from outside our borders", None, HTO, "blackout_origin", "htoext"),
    ("blackout_broadcast.txt", "no indication of a cyberattack", None, HTO, "blackout_cyberattack", "htono"),
    ("blackout_broadcast.txt", "some 6.5 million customers", 6500000, EMIN, "blackout_customers", "min65"),
    ("blackout_broadcast.txt", "shortly after 2.30pm", None, EMIN, "blackout_start", "min230"),
    ("blackout_broadcast.txt", "about 75%", 75, HTO, "blackout_restored_share", "hto75"),
    ("blackout_broadcast.txt", "after about seven hours", 7, EMIN, "blackout_hours", "min7h"),
    ("blackout_broadcast.txt", "more than 30 trains", 30, FIRE, "blackout_trains", "fire30"),
    ("blackout_broadcast.txt", "more than 300 people from lifts", 300, FIRE, "blackout_lifts", "fire300"),
    ("blackout_broadcast.txt", "about 6,000 passengers", 6000, METRO, "blackout_metro_evacuated", "metro6000"),
    ("blackout_broadcast.txt", "at least three hospitals", 3, UNION, "blackout_generator_failures", "union3"),
    ("blackout_broadcast.txt", "one person had died", 1, CP, "blackout_deaths", "cp1"),
    ("blackout_broadcast.txt", "about 1,400 traffic lights", 1400, GPOL, "blackout_traffic_lights", "pol1400"),
    ("blackout_broadcast.txt", "87 flights", 87, AIRPORT, "blackout_flights", "ap87"),
    ("blackout_broadcast.txt", "around 10 million people", 10000000, O, "blackout_people", "out10m"),
    # local paper (The Athens Herald), Friday
    ("blackout_local.txt", "more than 99% of customers", 99, HTO, "blackout_restored_share", "hto99"),
    ("blackout_local.txt", "There was no fault on our network", None, MAK, "blackout_origin", "makno"),
    ("blackout_local.txt", "13:32 CEST", None, MAK, "blackout_start", "mak1332"),
    ("blackout_local.txt", "about 1,100 megawatts", 1100, HTO, "blackout_interconnector_flow", "hto1100"),
    ("blackout_local.txt", "4.2 gigawatts", 4.2, HTO, "blackout_power_lost", "hto4200"),
    ("blackout_local.txt", "within four seconds", 4, HTO, "blackout_seconds", "hto4s"),
    ("blackout_local.txt", "within eight hours", 8, HTO, "blackout_hours", "hto8h"),
    ("blackout_local.txt", "there is no evidence of a cyberattack", None, EMIN, "blackout_cyberattack", "minno"),
    ("blackout_local.txt", "About 5.8 million customers", 5800000, DEDA, "blackout_customers", "deda58"),
    ("blackout_local.txt", "two people died", 2, GPOL, "blackout_deaths", "pol2d"),
    ("blackout_local.txt", "the backup generator at Saint Irene General Hospital in Piraeus failed", None, HMIN,
     "blackout_generator_failures", "hmone"),
    ("blackout_local.txt", "about 40 minutes", 40, HMIN, "blackout_generator_minutes", "hm40"),
    ("blackout_local.txt", "43 trains", 43, RAIL, "blackout_trains", "rail43"),
    ("blackout_local.txt", "some 3,200 passengers", 3200, RAIL, "blackout_train_passengers", "rail3200"),
    ("blackout_local.txt", "412 people", 412, FIRE, "blackout_lifts", "fire412"),
    ("blackout_local.txt", "more than 120 flights", 120, AIRPORT, "blackout_flights", "ap120"),
    ("blackout_local.txt", "€250 million or more", 250000000, FED, "blackout_cost", "fed250"),
    ("blackout_local.txt", "About 1,400 traffic lights", 1400, GPOL, "blackout_traffic_lights", "pol1400"),
    ("blackout_local.txt", "more than 50 million people", 50000000, O, "blackout_iberia", "outl50m"),
    # live blog (Hellas Today), Thursday-Friday, Athens time
    ("blackout_live.txt", "Restoration at 85%", 85, HTO, "blackout_restored_share", "hto85"),
    ("blackout_live.txt", "85% of customers", 85, HTO, "blackout_restored_share", "hto85"),
    ("blackout_live.txt", "more than 11 hours", 11, DEDA, "blackout_crete_hours", "deda11h"),
    ("blackout_live.txt", "The problem started in the Greek system", None, MAK, "blackout_origin", "makno"),
    ("blackout_live.txt", "about 350 megawatts", 350, MAK, "blackout_interconnector_flow", "mak350"),
    ("blackout_live.txt", "€400 million", 400000000, CHAMBER, "blackout_cost", "ch400"),
    ("blackout_live.txt", "deaths linked to the blackout to two", 2, GPOL, "blackout_deaths", "pol2d"),
    ("blackout_live.txt", "three hospitals lost generators", 3, UNION, "blackout_generator_failures", "union3"),
    ("blackout_live.txt", "generators failed at three hospitals", 3, UNION, "blackout_generator_failures", "union3"),
    ("blackout_live.txt", "freed 412 people", 412, FIRE, "blackout_lifts", "fire412"),
    ("blackout_live.txt", "6,000 passengers", 6000, METRO, "blackout_metro_evacuated", "metro6000"),
    ("blackout_live.txt", "some 2,000 rail passengers", 2000, FIRE, "blackout_train_passengers", "fire2000"),
    ("blackout_live.txt", "about 2,000 people", 2000, FIRE, "blackout_train_passengers", "fire2000"),
    ("blackout_live.txt", "a cyberattack cannot be ruled out", None, EMIN, "blackout_cyberattack", "mincyber"),
    ("blackout_live.txt", "more than 4 million customers", 4000000, DEDA, "blackout_customers", "deda4"),
    ("blackout_live.txt", "more than 300 people trapped in lifts", 300, FIRE, "blackout_lifts", "fire300"),
    ("blackout_live.txt", "at 14:32", None, O, "blackout_start", "outstart"),
    ("blackout_live.txt", "11:32 GMT", None, O, "blackout_start", "outstart"),
    ("blackout_live.txt", "roughly 10 million people", 10000000, O, "blackout_people", "outlive10m"),

    # ---------------- siege: hostage siege at Kestrel Park Mall, Johannesburg (22-23 November 2025, SAST = UTC+2)
    # wire (AFP), Saturday evening
    ("siege_wire.txt", "more than seven hours", 7, O, "siege_duration", "out7h"),
    ("siege_wire.txt", "killing three gunmen", 3, SAPS, "siege_attackers_killed", "saps3k"),
    ("siege_wire.txt", "Two hostages were killed", 2, SAPS, "siege_hostages_killed", "saps2h"),
    ("siege_wire.txt", "32 were freed", 32, SAPS, "siege_freed_in_assault", "saps32"),
    ("siege_wire.txt", "Twelve others", 12, SAPS, "siege_released", "saps12"),
    ("siege_wire.txt", "46 people", 46, SAPS, "siege_hostages", "saps46"),
    ("siege_wire.txt", "five attackers", 5, SAPS, "siege_attackers", "saps5a"),
    ("siege_wire.txt", "two were arrested", 2, SAPS, "siege_arrested", "saps2arr"),
    ("siege_wire.txt", "at about 10:35 am", None, SAPS, "siege_start", "saps1035"),
    ("siege_wire.txt", "0835 GMT", None, SAPS, "siege_start", "saps1035"),
    ("siege_wire.txt", "shot dead a security guard", None, SAPS, "siege_guard_killed", "sapsguard"),
    ("siege_wire.txt", "the suspects opened fire on officers", None, SAPS, "siege_fired_first", "sapsfirst"),
    ("siege_wire.txt", "the hostages were killed by the gunmen", None, SAPS, "siege_hostage_deaths_cause", "sapsgunmen"),
    ("siege_wire.txt", "made no demands at any point", None, SAPS, "siege_demands", "sapsnodem"),
    ("siege_wire.txt", "conducted by the police's own trained negotiators", None, SAPS, "siege_negotiator", "sapsneg"),
    ("siege_wire.txt", "at around 5 pm", None, WIT, "siege_assault_time", "wit5pm"),
    ("siege_wire.txt", "11 people", 11, EMS, "siege_injured", "ems11"),
    ("siege_wire.txt", "More than 2,000 shoppers", 2000, SAPS, "siege_evacuated", "saps2000"),
    ("siege_wire.txt", "between 45 and 50", 47, HOST, "siege_hostages", "host45"),
    ("siege_wire.txt", "around 75 murders a day", 75, SAPS, "siege_murders_per_day", "saps75"),
    ("siege_wire.txt", "left 67 people dead", 67, O, "siege_westgate_toll", "outwg67"),
    # local paper (The Rand Courier), Sunday
    ("siege_local.txt", "one of the two hostages killed", 2, O, "siege_hostages_killed", "outl2h"),
    ("siege_local.txt", "killed by police bullets", None, FAM, "siege_hostage_deaths_cause", "fampolice"),
    ("siege_local.txt", "all five deaths", 5, IPID, "siege_total_dead", "ipid5"),
    ("siege_local.txt", "46 hostages", 46, SAPS, "siege_hostages", "saps46"),
    ("siege_local.txt", "32 were rescued alive", 32, SAPS, "siege_freed_in_assault", "saps32"),
    ("siege_local.txt", "at 17:50", None, SAPS, "siege_assault_time", "saps1750"),
    ("siege_local.txt", "five suspects", 5, SAPS, "siege_attackers", "saps5a"),
    ("siege_local.txt", "three of them were killed", 3, SAPS, "siege_attackers_killed", "saps3k"),
    ("siege_local.txt", "two were arrested", 2, SAPS, "siege_arrested", "saps2arr"),
    ("siege_local.txt", "Two police officers were wounded", 2, SAPS, "siege_officers_injured", "saps2off"),
    ("siege_local.txt", "The suspects fired first", None, SAPS, "siege_fired_first", "sapsfirst"),
    ("siege_local.txt", "Five firearms", 5, SAPS, "siege_firearms", "saps5guns"),
    ("siege_local.txt", "more than 60 people", 60, MALL, "siege_hostages", "mall60"),
    ("siege_local.txt", "three hostages were killed", 3, MALL, "siege_hostages_killed", "mall3h"),
    ("siege_local.txt", "just before 10.30am", None, MALL, "siege_start", "mall1030"),
    ("siege_local.txt", "about 3,000 shoppers", 3000, MALL, "siege_evacuated", "mall3000"),
    ("siege_local.txt", "185 stores", 185, MALL, "siege_stores", "mall185"),
    ("siege_local.txt", "I was the one talking to them", None, PASTOR, "siege_negotiator", "pastorneg"),
    ("siege_local.txt", "demanded a car and safe passage", None, PASTOR, "siege_demands", "pastordem"),
    ("siege_local.txt", "14 people were let go", 14, PASTOR, "siege_released", "pastor14"),
    ("siege_local.txt", "nine patients", 9, HEALTH, "siege_injured", "health9"),
    ("siege_local.txt", "three were in a critical condition", 3, HEALTH, "siege_critical", "health3"),
    ("siege_local.txt", "The seven-hour siege", 7, O, "siege_duration", "outl7h"),
    # live blog (World Now), Saturday, GMT
    ("siege_live.txt", "three attackers dead", 3, SAPS, "siege_attackers_killed", "saps3k"),
    ("siege_live.txt", "three suspects were killed", 3, SAPS, "siege_attackers_killed", "saps3k"),
    ("siege_live.txt", "two arrested", 2, SAPS, "siege_arrested", "saps2arr"),
    ("siege_live.txt", "at 15:50 GMT", None, SAPS, "siege_assault_time", "saps1750"),
    ("siege_live.txt", "32 hostages were freed", 32, SAPS, "siege_freed_in_assault", "saps32"),
    ("siege_live.txt", "had been 46", 46, SAPS, "siege_hostages", "saps46"),
    ("siege_live.txt", "They wanted a car", None, HOST, "siege_demands", "hostdem"),
    ("siege_live.txt", "at least 67 people", 67, O, "siege_westgate_toll", "outwg67l"),
    ("siege_live.txt", "police fired first", None, WIT, "siege_fired_first", "witpol"),
    ("siege_live.txt", "The police started shooting first", None, WIT, "siege_fired_first", "witpol"),
    ("siege_live.txt", "the suspects opened fire on officers", None, SAPS, "siege_fired_first", "sapsfirst"),
    ("siege_live.txt", "two of the attackers were killed", 2, POLMIN, "siege_attackers_killed", "polmin2k"),
    ("siege_live.txt", "11 people were taken to hospital", 11, EMS, "siege_injured", "ems11"),
    ("siege_live.txt", "two police officers", 2, EMS, "siege_officers_injured", "ems2off"),
    ("siege_live.txt", "two members of the Special Task Force", 2, SAPS, "siege_officers_injured", "saps2off"),
    ("siege_live.txt", "at about 15:50 GMT", None, O, "siege_assault_time", "outasl"),
    ("siege_live.txt", "speaking to the gunmen by phone", None, PASTOR, "siege_negotiator", "pastorneg"),
    ("siege_live.txt", "Twelve hostages released", 12, SAPS, "siege_released", "saps12"),
    ("siege_live.txt", "12 hostages have been released", 12, SAPS, "siege_released", "saps12"),
    ("siege_live.txt", "Our trained negotiators are talking to the suspects", None, SAPS, "siege_negotiator", "sapsneg"),
    ("siege_live.txt", "No demands, police say", None, SAPS, "siege_demands", "sapsnodem"),
    ("siege_live.txt", "have made no demands", None, SAPS, "siege_demands", "sapsnodem"),
    ("siege_live.txt", "six or seven gunmen", 6, WIT, "siege_attackers", "wit6a"),
    ("siege_live.txt", "six or seven men", 6, WIT, "siege_attackers", "wit6a"),
    ("siege_live.txt", "four suspects", 4, SAPS, "siege_attackers", "saps4a"),
    ("siege_live.txt", "About 30 hostages", 30, SAPS, "siege_hostages", "saps30"),
    ("siege_live.txt", "about 30 people", 30, SAPS, "siege_hostages", "saps30"),
    ("siege_live.txt", "Thousands of shoppers", None, O, "siege_evacuated", "outthousands"),
    ("siege_live.txt", "more than 180 stores", 180, O, "siege_stores", "out180"),
    ("siege_live.txt", "at about 08:35 GMT", None, SAPS, "siege_start", "saps1035"),
    ("siege_live.txt", "A security guard was shot dead", None, SAPS, "siege_guard_killed", "sapsguard"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("landslide_wire.txt", "two army helicopters", 2, ARMY, "landslide_opt_helicopters"),
    ("landslide_broadcast.txt", "Mina Garbuja, 42", 42, O, "landslide_opt_age"),
    ("landslide_broadcast.txt", "two nephews", 2, SURV, "landslide_opt_nephews"),
    ("landslide_local.txt", "three more bodies", 3, POL, "landslide_opt_more_bodies"),
    ("landslide_live.txt", "aged four and seven", None, WARD, "landslide_opt_ages"),
    ("landslide_live.txt", "25 houses are gone", 25, "reader Ramesh_Pkr", "landslide_opt_reader_houses"),
    ("landslide_live.txt", "30 people missing", 30, "reader Ramesh_Pkr", "landslide_opt_reader_missing"),
    ("landslide_live.txt", "9 died", 9, "reader bikram_gurung88", "landslide_opt_reader_2020"),
    ("blackout_broadcast.txt", "79-year-old", 79, CP, "blackout_opt_age"),
    ("blackout_broadcast.txt", "10.4 million", 10400000, O, "blackout_opt_population"),
    ("blackout_local.txt", "34-year-old", 34, GPOL, "blackout_opt_age2"),
    ("blackout_local.txt", "some 15 hours", 15, O, "blackout_opt_fifteen_hours"),
    ("blackout_local.txt", "within 30 days", 30, EMIN, "blackout_opt_inquiry"),
    ("blackout_local.txt", "more than five hours", 5, RAIL, "blackout_opt_wait"),
    ("blackout_local.txt", "no hospital had been left without power", None, HMIN, "blackout_opt_earlier_statement"),
    ("blackout_wire.txt", "six months after", None, O, "blackout_opt_six_months"),
    ("blackout_live.txt", "Hundreds trapped in lifts", None, FIRE, "blackout_opt_hundreds"),
    ("blackout_live.txt", "12 hours now", 12, "reader Giorgos_P", "blackout_opt_reader_hours"),
    ("blackout_live.txt", "4 GW gone in seconds", 4, "reader eleni.m", "blackout_opt_reader_gw"),
    ("blackout_live.txt", "stuck 2 hours", 2, "reader kostas1976", "blackout_opt_reader_lift"),
    ("siege_wire.txt", "two loud bangs", 2, WIT, "siege_opt_bangs"),
    ("siege_local.txt", "Lerato, 27", 27, FAM, "siege_opt_age"),
    ("siege_local.txt", "two rifles", 2, SAPS, "siege_opt_rifles"),
    ("siege_live.txt", "Pieter van Wyk, 58", 58, O, "siege_opt_age2"),
    ("siege_live.txt", "at least two explosions", 2, O, "siege_opt_explosions"),
    ("siege_live.txt", "no demands were made", None, SAPS, "siege_opt_earlier_statement"),
    ("siege_live.txt", "46 people held for 7 hours", 46, "reader Thabo_M", "siege_opt_reader_held"),
    ("siege_live.txt", "50 people inside", 50, "reader jozi_girl", "siege_opt_reader_inside"),
    ("siege_live.txt", "67 dead there", 67, "reader ray.b", "siege_opt_reader_westgate"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # landslide (arithmetic: police 41 in the houses = 11 dead + 23 missing + 7 rescued, later 17 + 16 + 8)
    "landslide_dead": {("pol11", "pol11"): SC, ("pol11", "pol14"): U, ("pol11", "pol17"): U, ("pol14", "pol17"): U,
                       ("pol14", "pol14"): SC, ("pol11", "ndr13"): C, ("pol14", "ndr13"): C, ("ndr13", "pol17"): C,
                       ("ndr13", "cdo17"): C, ("ndr13", "ward20"): C, ("pol11", "cdo17"): C, ("pol14", "cdo17"): C,
                       ("pol11", "ward20"): C, ("pol14", "ward20"): C, ("pol17", "ward20"): C, ("cdo17", "ward20"): C,
                       ("ward20", "ward20"): SC},
    "landslide_missing": {("pol23", "pol23"): SC, ("pol23", "pol20"): U, ("pol23", "pol16"): U, ("pol20", "pol16"): U,
                          ("pol20", "pol20"): SC, ("pol23", "cdo24"): C, ("pol20", "cdo24"): C, ("cdo24", "pol16"): C,
                          ("pol23", "rc15"): CO, ("pol20", "rc15"): CO, ("cdo24", "rc15"): CO, ("rc15", "ward30"): CO,
                          ("cdo24", "ward30"): CO, ("pol23", "ward30"): C, ("pol20", "ward30"): C, ("pol16", "ward30"): C},
    "landslide_rescued": {("pol7", "pol8"): U},
    "landslide_in_houses": {("pol41", "pol41"): SC, ("pol41", "ward50"): C},
    "landslide_houses_destroyed": {("ward32", "cdo27"): C, ("ward32", "rm27"): C, ("cdo27", "rm27"): CO},
    "landslide_houses_damaged": {("cdo40", "rc45"): C},
    "landslide_dead_children": {("pol5ch", "ward6ch"): C},
    "landslide_injured": {("pol22", "hosp19"): C, ("hosp19", "hosp19"): SC},
    "landslide_airlifted": {("army6", "army6"): SC, ("army6", "hosp5"): C},
    "landslide_time": {("pol230", "pol230"): SC, ("pol230", "surv1"): C},
    "landslide_rain": {("dhm212", "dhm212"): SC, ("dhm212", "dhm200"): SC},
    "landslide_told_to_leave": {("survno", "rmyes"): C, ("survno", "wardno"): CO, ("rmyes", "wardno"): C},
    "landslide_cause": {("homerain", "georoad"): C, ("homerain", "rmnoroad"): CO, ("georoad", "rmnoroad"): C},
    "landslide_runout": {("apf800", "apf800"): SC, ("apf800", "ward1km"): C},
    "landslide_altitude": {("out2100", "outl2000"): CO},
    "landslide_distance_ktm": {("out200", "outb125"): CO},
    "landslide_households": {("out60", "rm62"): CO},
    "landslide_searchers": {("home300", "home300"): SC, ("home300", "cdo350"): CO},
    "landslide_displaced": {("cdo84", "cdo84"): SC, ("cdo84", "rc100"): C},
    "landslide_season_toll": {("ndr112", "ndr116"): U, ("ndr112", "home120"): C, ("home120", "ndr116"): C},
    "landslide_jure_toll": {("out156", "out150"): CO},
    "landslide_road_built": {("outroad", "geo2021"): CO},
    # blackout (14:32 EEST = 11:32 GMT = 13:32 CEST)
    "blackout_start": {("hto1432", "min230"): CO, ("hto1432", "mak1332"): CO, ("hto1432", "outstart"): CO,
                       ("min230", "mak1332"): CO, ("min230", "outstart"): CO, ("mak1332", "outstart"): CO},
    "blackout_power_lost": {("hto4200", "hto4200"): SC, ("hto4200", "min5gw"): C},
    "blackout_seconds": {("hto4s", "hto4s"): SC},
    "blackout_origin": {("htoext", "htoext"): SC, ("htoext", "minint"): C, ("htoext", "makno"): C,
                        ("minint", "makno"): CO, ("makno", "makno"): SC},
    "blackout_cyberattack": {("mincyber", "mincyber"): SC, ("mincyber", "htono"): C, ("mincyber", "minno"): U,
                             ("htono", "minno"): CO},
    "blackout_customers": {("deda58", "deda58"): SC, ("deda58", "min65"): C, ("deda4", "deda58"): U,
                           ("min65", "deda4"): CO},
    "blackout_people": {("out10m", "outlive10m"): CO},
    "blackout_restored_share": {("hto60", "hto75"): U, ("hto60", "hto85"): U, ("hto60", "hto99"): U,
                                ("hto75", "hto85"): U, ("hto75", "hto99"): U, ("hto85", "hto99"): U},
    "blackout_hours": {("min7h", "hto8h"): CO},
    "blackout_interconnector_flow": {("hto1100", "mak350"): C},
    "blackout_trains": {("rail41", "fire30"): CO, ("rail41", "rail43"): U, ("fire30", "rail43"): CO},
    "blackout_train_passengers": {("rail3200", "fire2000"): C},
    "blackout_lifts": {("fire300", "fire300"): SC, ("fire300", "fire412"): U, ("fire412", "fire412"): SC},
    "blackout_metro_evacuated": {("metro6000", "metro6000"): SC},
    "blackout_generator_failures": {("hmnone", "union3"): C, ("hmnone", "hmone"): U, ("union3", "union3"): SC,
                                    ("union3", "hmone"): C},
    "blackout_deaths": {("cp1", "pol2d"): C, ("pol2d", "pol2d"): SC},
    "blackout_traffic_lights": {("pol1400", "pol1400"): SC},
    "blackout_flights": {("ap87", "ap87"): SC, ("ap87", "ap120"): U},
    "blackout_cost": {("fed250", "ch400"): C},
    "blackout_iberia": {("out55m", "outl50m"): CO},
    # siege (arithmetic: police 46 hostages = 12 released + 32 freed + 2 killed; 5 attackers = 3 killed + 2 arrested;
    # 10:35 SAST = 08:35 GMT, 17:50 SAST = 15:50 GMT)
    "siege_hostages": {("saps30", "saps46"): U, ("saps30", "mall60"): C, ("saps30", "host45"): C,
                       ("saps46", "saps46"): SC, ("saps46", "mall60"): C, ("saps46", "host45"): CO,
                       ("mall60", "host45"): C},
    "siege_released": {("saps12", "saps12"): SC, ("saps12", "pastor14"): C},
    "siege_freed_in_assault": {("saps32", "saps32"): SC},
    "siege_hostages_killed": {("saps2h", "mall3h"): C, ("saps2h", "outl2h"): CO},
    "siege_attackers": {("saps4a", "saps5a"): U, ("saps5a", "saps5a"): SC, ("saps5a", "wit6a"): C},
    "siege_attackers_killed": {("saps3k", "saps3k"): SC, ("saps3k", "polmin2k"): C},
    "siege_arrested": {("saps2arr", "saps2arr"): SC},
    "siege_injured": {("ems11", "ems11"): SC, ("ems11", "health9"): C},
    "siege_officers_injured": {("saps2off", "saps2off"): SC, ("saps2off", "ems2off"): CO},
    "siege_assault_time": {("saps1750", "saps1750"): SC, ("saps1750", "wit5pm"): C, ("wit5pm", "outasl"): C,
                           ("saps1750", "outasl"): CO},
    "siege_start": {("saps1035", "saps1035"): SC, ("saps1035", "mall1030"): C},
    "siege_duration": {("out7h", "outl7h"): CO},
    "siege_negotiator": {("sapsneg", "sapsneg"): SC, ("sapsneg", "pastorneg"): C, ("pastorneg", "pastorneg"): SC},
    "siege_demands": {("sapsnodem", "sapsnodem"): SC, ("sapsnodem", "pastordem"): C, ("sapsnodem", "hostdem"): C,
                      ("pastordem", "hostdem"): CO},
    "siege_fired_first": {("sapsfirst", "sapsfirst"): SC, ("sapsfirst", "witpol"): C},
    "siege_hostage_deaths_cause": {("sapsgunmen", "fampolice"): C},
    "siege_evacuated": {("saps2000", "mall3000"): CO, ("saps2000", "outthousands"): CO,
                        ("mall3000", "outthousands"): CO},
    "siege_stores": {("mall185", "out180"): CO},
    "siege_guard_killed": {("sapsguard", "sapsguard"): SC},
    "siege_westgate_toll": {("outwg67", "outwg67l"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
