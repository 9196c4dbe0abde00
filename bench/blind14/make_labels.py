"""Hand labels for bench/blind14 (measles outbreak in Zamboanga del Norte, Philippines; cargo-ship collision
in the Dover Strait; gas explosion in a Winnipeg apartment tower). Run from the project root:
    /work/venv/bin/python bench/blind14/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
DOHR = "DOH regional office (Rowena Dimaculangan)"
DOHC = "DOH central office, Manila (Marcelo Tiongson)"
PHO = "provincial health officer Alfredo Caballes"
MHO = "municipal health office (Kristine Manalo)"
MAYOR = "Mayor Josefina Saldivar"
BM = "Board Member Ramil Odchigue"
WHO = "World Health Organization"
UNICEF = "UNICEF (Anders Lindqvist)"
HOSPM = "district hospital chief Ernesto Villaruel"
CAPT = "barangay captain Renato Ybanez"
MOTHER = "Lorna Bagatsing (mother)"

HMCG = "HM Coastguard, UK coast guard (Ian Pritchard)"
FR = "French maritime prefecture (Claire Vasseur)"
KESSEL = "Kessel Bulk Shipping"
NORD = "Nordhavn Container Lines (Mette Skov)"
MCA = "Maritime and Coastguard Agency (MCA)"
SURV = "Rey Castillo (survivor)"
HOSPK = "South Kent Hospital"
HARB = "harbour master Gail Penfold"
RNLI = "RNLI (coxswain Dave Collard)"
NAUT = "Nautilus International (seafarers' union)"

WPS = "police (Const. Darnell Whitford)"
WFPS = "Fire Paramedic Service (Deputy Chief Marnie Kowalchuk)"
PG = "Prairie Gas (Glen Osadchuk)"
KEY = "Keystone Residential Management"
RC = "Canadian Red Cross"
SH = "Shared Health"
COUN = "Coun. Ravi Dhaliwal"
UNION = "firefighters' union (Craig Mabey)"
OFC = "Office of the Fire Commissioner"
CITY = "building inspector Lorraine Fedoruk"
CITYREC = "city records"
RES = "residents"
HADDAD = "Amira Haddad"
PELL = "Doug Pelletier"
CRUZ = "Marisol Cruz"
TAYLOR = "Bernice Taylor"
TA = "Ashgrove Tenants' Association"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- measles: outbreak in Zamboanga del Norte, Philippines (6-10 March 2025)
    # wire (Reuters), Thursday
    ("measles_wire.txt", "17 people", 17, DOHR, "measles_deaths", "doh17"),
    ("measles_wire.txt", "1,214 suspected measles cases", 1214, DOHR, "measles_cases_province", "doh1214"),
    ("measles_wire.txt", "387", 387, DOHR, "measles_confirmed", "doh387"),
    ("measles_wire.txt", "just 94 cases", 94, DOHR, "measles_cases_lastyear", "doh94"),
    ("measles_wire.txt", "had received a single dose", None, DOHR, "measles_dead_unvaccinated", "dohnodose"),
    ("measles_wire.txt", "82 percent", 82, DOHR, "measles_unvaccinated_share", "doh82"),
    ("measles_wire.txt", "nearly two-thirds", None, DOHR, "measles_under5_share", "doh23"),
    ("measles_wire.txt", "2,046 suspected cases", 2046, DOHR, "measles_cases_region", "doh2046"),
    ("measles_wire.txt", "6,870", 6870, DOHC, "measles_cases_national", "dohc6870"),
    ("measles_wire.txt", "more than 400 cases", 400, MAYOR, "measles_cases_tagbalay", "mayor400"),
    ("measles_wire.txt", "more than 50 children", 50, HOSPM, "measles_hosp_tagbalay", "hosp50"),
    ("measles_wire.txt", "Eleven children", 11, MAYOR, "measles_deaths_tagbalay", "mayor11"),
    ("measles_wire.txt", "58 percent", 58, DOHR, "measles_coverage", "doh58"),
    ("measles_wire.txt", "95 percent", 95, WHO, "measles_target_coverage", "who95"),
    ("measles_wire.txt", "visited every barangay", None, DOHR, "measles_outreach", "dohvisit"),
    ("measles_wire.txt", "on March 3", None, DOHR, "measles_campaign_start", "doh0303"),
    ("measles_wire.txt", "186,000 children", 186000, DOHR, "measles_campaign_target", "doh186k"),
    ("measles_wire.txt", "48,500 children", 48500, DOHR, "measles_campaign_vaccinated", "doh48500"),
    ("measles_wire.txt", "250,000 doses", 250000, DOHR, "measles_doses", "doh250k"),
    ("measles_wire.txt", "enough vaccine for every eligible child", None, DOHR, "measles_vaccine_stock", "dohenough"),
    ("measles_wire.txt", "45 million pesos", 45000000, DOHC, "measles_funds", "dohc45m"),
    ("measles_wire.txt", "in the first week of January", None, DOHR, "measles_first_case", "dohjan"),
    ("measles_wire.txt", "killed 31 children", 31, O, "measles_toll_2018", "out31"),
    # broadcaster (SEA News Network), Friday evening
    ("measles_broadcast.txt", "25 beds", 25, O, "measles_beds", "out25"),
    ("measles_broadcast.txt", "63 children", 63, HOSPM, "measles_hosp_tagbalay", "hosp63"),
    ("measles_broadcast.txt", "more than 1,300 cases", 1300, PHO, "measles_cases_province", "pho1300"),
    ("measles_broadcast.txt", "nineteen children", 19, PHO, "measles_deaths", "pho19"),
    ("measles_broadcast.txt", "17 deaths", 17, DOHR, "measles_deaths", "doh17"),
    ("measles_broadcast.txt", "hundreds of cases", None, O, "measles_cases_tagbalay", "outhundreds"),
    ("measles_broadcast.txt", "twelve children", 12, MAYOR, "measles_deaths_tagbalay", "mayor12"),
    ("measles_broadcast.txt", "in late November", None, MAYOR, "measles_first_case", "mayornov"),
    ("measles_broadcast.txt", "some 290 cases", 290, WHO, "measles_confirmed", "who290"),
    ("measles_broadcast.txt", "nearly nine in ten", None, UNICEF, "measles_unvaccinated_share", "unicef90"),
    ("measles_broadcast.txt", "around half", None, UNICEF, "measles_under5_share", "unicefhalf"),
    ("measles_broadcast.txt", "just under 60 per cent", 60, UNICEF, "measles_coverage", "unicef60"),
    ("measles_broadcast.txt", "95 per cent", 95, WHO, "measles_target_coverage", "who95"),
    ("measles_broadcast.txt", "200,000 doses", 200000, UNICEF, "measles_unicef_doses", "unicef200k"),
    ("measles_broadcast.txt", "the health workers stopped coming after 2023", None, CAPT, "measles_outreach", "captain"),
    ("measles_broadcast.txt", "on March 3", None, PHO, "measles_campaign_start", "pho0303"),
    ("measles_broadcast.txt", "about 60,000 children", 60000, PHO, "measles_campaign_vaccinated", "pho60k"),
    ("measles_broadcast.txt", "there is no shortage of vaccine", None, PHO, "measles_vaccine_stock", "phoenough"),
    ("measles_broadcast.txt", "nearly 7,000", 7000, DOHC, "measles_cases_national", "dohc7000"),
    # local paper (The Peninsula Tribune, Dipolog), Monday
    ("measles_local.txt", "Twenty-one deaths", 21, DOHR, "measles_deaths", "doh21"),
    ("measles_local.txt", "1,389 suspected cases", 1389, DOHR, "measles_cases_province", "doh1389"),
    ("measles_local.txt", "412", 412, DOHR, "measles_confirmed", "doh412"),
    ("measles_local.txt", "2,310", 2310, DOHR, "measles_cases_region", "doh2310"),
    ("measles_local.txt", "7,412 cases", 7412, DOHC, "measles_cases_national", "dohc7412"),
    ("measles_local.txt", "nearly 2,000 cases", 2000, BM, "measles_cases_province", "bm2000"),
    ("measles_local.txt", "at least 25 children", 25, BM, "measles_deaths", "bm25"),
    ("measles_local.txt", "barely 40 percent", 40, BM, "measles_coverage", "bm40"),
    ("measles_local.txt", "until March 5", None, BM, "measles_campaign_start", "bm0305"),
    ("measles_local.txt", "only P12 million", 12000000, BM, "measles_funds_arrived", "bm12m"),
    ("measles_local.txt", "at twelve", 12, MAYOR, "measles_deaths_tagbalay", "mayor12"),
    ("measles_local.txt", "nine deaths", 9, MHO, "measles_deaths_tagbalay", "mho9"),
    ("measles_local.txt", "437 cases", 437, MHO, "measles_cases_tagbalay", "mho437"),
    ("measles_local.txt", "had received one dose", None, MHO, "measles_dead_unvaccinated", "mhodose"),
    ("measles_local.txt", "ran out of vaccine for four days", None, MHO, "measles_vaccine_stock", "mhostock"),
    ("measles_local.txt", "to mid-December", None, MHO, "measles_first_case", "mhodec"),
    ("measles_local.txt", "No one came to vaccinate our children", None, MOTHER, "measles_outreach", "mother"),
    ("measles_local.txt", "about 80 percent", 80, PHO, "measles_unvaccinated_share", "pho80"),
    ("measles_local.txt", "more than 140 measles patients", 140, PHO, "measles_hosp_province", "pho140"),
    ("measles_local.txt", "has 25 beds", 25, O, "measles_beds", "out25b"),
    ("measles_local.txt", "seventy children", 70, HOSPM, "measles_hosp_tagbalay", "hosp70"),
    ("measles_local.txt", "more than 71,000 children", 71000, DOHR, "measles_campaign_vaccinated", "doh71k"),
    ("measles_local.txt", "some 186,000", 186000, DOHR, "measles_campaign_target", "doh186k"),
    ("measles_local.txt", "a quarter of a million doses", 250000, DOHR, "measles_doses", "doh250k"),
    ("measles_local.txt", "95 percent", 95, WHO, "measles_target_coverage", "who95"),
    ("measles_local.txt", "about 30 children", 30, O, "measles_toll_2018", "out30"),

    # ---------------- ship: container ship and bulk carrier collide in the Dover Strait (17-18 September 2025)
    # wire (AP), Wednesday afternoon
    ("ship_wire.txt", "Two seafarers were killed", 2, HMCG, "ship_dead", "hmcg2"),
    ("ship_wire.txt", "four others were missing", 4, HMCG, "ship_missing", "hmcg4"),
    ("ship_wire.txt", "0340 BST", None, HMCG, "ship_time", "hmcg340"),
    ("ship_wire.txt", "0240 GMT", None, HMCG, "ship_time", "hmcg340"),
    ("ship_wire.txt", "about 11 nautical miles", 11, HMCG, "ship_distance_dover", "hmcg11"),
    ("ship_wire.txt", "Thirteen", 13, HMCG, "ship_rescued", "hmcg13"),
    ("ship_wire.txt", "Five of the rescued crew", 5, HMCG, "ship_hospital_kent", "hmcg5"),
    ("ship_wire.txt", "eight others", 8, HMCG, "ship_flown_france", "hmcg8"),
    ("ship_wire.txt", "19 crew", 19, KESSEL, "ship_crew_orla", "own19"),
    ("ship_wire.txt", "190-meter", 190, KESSEL, "ship_length", "own190"),
    ("ship_wire.txt", "built in 2008", None, KESSEL, "ship_age", "own2008"),
    ("ship_wire.txt", "31,000 tons of wheat", 31000, KESSEL, "ship_cargo", "own31k"),
    ("ship_wire.txt", "about 420 tons", 420, KESSEL, "ship_fuel", "own420"),
    ("ship_wire.txt", "24 crew", 24, NORD, "ship_crew_meridian", "op24"),
    ("ship_wire.txt", "37 containers", 37, NORD, "ship_containers", "op37"),
    ("ship_wire.txt", "Two of the lost containers", 2, NORD, "ship_hazardous", "op2haz"),
    ("ship_wire.txt", "around 14 knots", 14, NORD, "ship_speed", "op14"),
    ("ship_wire.txt", "sounded its whistle", None, NORD, "ship_warning", "opwarn"),
    ("ship_wire.txt", "no major spill", None, MCA, "ship_pollution", "mcanospill"),
    ("ship_wire.txt", "More than 400 ships", 400, O, "ship_traffic", "out400"),
    # broadcaster (Britannia News), Wednesday evening
    ("ship_broadcast.txt", "three sailors", 3, FR, "ship_missing", "fr3"),
    ("ship_broadcast.txt", "around 20km (12 miles)", 20, O, "ship_distance_dover", "out20km"),
    ("ship_broadcast.txt", "19 people on board", 19, HMCG, "ship_crew_orla", "hmcg19"),
    ("ship_broadcast.txt", "15 survivors", 15, FR, "ship_rescued", "fr15"),
    ("ship_broadcast.txt", "eight crew members", 8, FR, "ship_flown_france", "fr8"),
    ("ship_broadcast.txt", "4.40am French time", None, FR, "ship_time", "fr440"),
    ("ship_broadcast.txt", "nine nautical miles", 9, FR, "ship_distance_grisnez", "fr9nm"),
    ("ship_broadcast.txt", "two of our colleagues", 2, KESSEL, "ship_dead", "own2"),
    ("ship_broadcast.txt", "turned into our path", None, NORD, "ship_fault", "opfault"),
    ("ship_broadcast.txt", "about 14 knots", 14, NORD, "ship_speed", "op14"),
    ("ship_broadcast.txt", "623ft", 623, O, "ship_length", "out623"),
    ("ship_broadcast.txt", "some 600 tonnes", 600, MCA, "ship_fuel", "mca600"),
    ("ship_broadcast.txt", "about 30 containers", 30, MCA, "ship_containers", "mca30"),
    ("ship_broadcast.txt", "three of them carrying hazardous goods", 3, MCA, "ship_hazardous", "mca3haz"),
    ("ship_broadcast.txt", "03:40 BST", None, HMCG, "ship_time", "hmcg340"),
    ("ship_broadcast.txt", "around 17C", 17, HMCG, "ship_water_temp", "hmcg17"),
    ("ship_broadcast.txt", "About 500 vessels a day", 500, O, "ship_traffic", "out500"),
    ("ship_broadcast.txt", "33km wide", 33, O, "ship_strait_width", "out33"),
    # local paper (The Fernhythe Mercury), Thursday
    ("ship_local.txt", "14 of the Orla Venture's crew", 14, HMCG, "ship_rescued", "hmcg14"),
    ("ship_local.txt", "three had died", 3, HMCG, "ship_dead", "hmcg3"),
    ("ship_local.txt", "two were still missing", 2, HMCG, "ship_missing", "hmcg2m"),
    ("ship_local.txt", "no horn, no radio call", None, SURV, "ship_warning", "survwarn"),
    ("ship_local.txt", "3.40am", None, HMCG, "ship_time", "hmcg340"),
    ("ship_local.txt", "around one in the morning", None, SURV, "ship_time", "surv1"),
    ("ship_local.txt", "02:40 UTC", None, NORD, "ship_time", "op240"),
    ("ship_local.txt", "holding its course and speed", None, KESSEL, "ship_fault", "ownfault"),
    ("ship_local.txt", "nineteen seafarers", 19, KESSEL, "ship_crew_orla", "own19"),
    ("ship_local.txt", "18 knots", 18, FR, "ship_speed", "fr18"),
    ("ship_local.txt", "600 tonnes of fuel oil", 600, MCA, "ship_fuel", "mca600"),
    ("ship_local.txt", "31,000 tonnes of wheat", 31000, KESSEL, "ship_cargo", "own31k"),
    ("ship_local.txt", "four patients", 4, HOSPK, "ship_hospital_kent", "hosp4"),
    ("ship_local.txt", "03:58", None, HARB, "ship_lifeboat_launch", "harb358"),
    ("ship_local.txt", "six men", 6, RNLI, "ship_rescued_by_lifeboat", "rnli6"),
    ("ship_local.txt", "dozens of containers", None, O, "ship_containers", "outdozens"),
    ("ship_local.txt", "41 by its operator's latest count", 41, NORD, "ship_containers", "op41"),
    ("ship_local.txt", "190-metre", 190, O, "ship_length", "out190b"),
    # live blog (Channel Coast Live, BST), Wednesday
    ("ship_live.txt", "a third body", 3, HMCG, "ship_dead", "hmcg3"),
    ("ship_live.txt", "Two crew remain missing", 2, HMCG, "ship_missing", "hmcg2m"),
    ("ship_live.txt", "a slick about four kilometres long", 4, FR, "ship_pollution", "frslick"),
    ("ship_live.txt", "the number rescued to 14", 14, HMCG, "ship_rescued", "hmcg14"),
    ("ship_live.txt", "21 crew", 21, FR, "ship_crew_orla", "fr21"),
    ("ship_live.txt", "some 17km", 17, FR, "ship_distance_grisnez", "fr17km"),
    ("ship_live.txt", "04:40 Paris time", None, FR, "ship_time", "fr440"),
    ("ship_live.txt", "17-year-old vessel", 17, FR, "ship_age", "fr17y"),
    ("ship_live.txt", "two of its crew have died", 2, KESSEL, "ship_dead", "own2"),
    ("ship_live.txt", "41 containers", 41, NORD, "ship_containers", "op41"),
    ("ship_live.txt", "had no warning", None, NAUT, "ship_warning", "nautwarn"),
    ("ship_live.txt", "about 17 degrees", 17, HMCG, "ship_water_temp", "hmcg17"),
    ("ship_live.txt", "launched at 4.10am", None, RNLI, "ship_lifeboat_launch", "rnli410"),
    ("ship_live.txt", "five crew", 5, HMCG, "ship_hospital_kent", "hmcg5"),
    ("ship_live.txt", "8 crew", 8, FR, "ship_flown_france", "fr8"),
    ("ship_live.txt", "24 crew members", 24, NORD, "ship_crew_meridian", "op24"),
    ("ship_live.txt", "one body", 1, HMCG, "ship_dead", "hmcg1"),
    ("ship_live.txt", "at least 12 people", 12, HMCG, "ship_rescued", "hmcg12"),
    ("ship_live.txt", "six crew are unaccounted for", 6, HMCG, "ship_missing", "hmcg6m"),
    ("ship_live.txt", "at 03:40", None, HMCG, "ship_time", "hmcg340"),

    # ---------------- gas: explosion at Ashgrove Court, Riverbend Heights, Winnipeg (8-10 November 2025)
    # wire (Canadian Press style), Saturday afternoon
    ("gas_wire.txt", "Three people", 3, WPS, "gas_dead", "pol3"),
    ("gas_wire.txt", "two residents", 2, WPS, "gas_missing", "pol2u"),
    ("gas_wire.txt", "11-storey", 11, O, "gas_floors", "out11"),
    ("gas_wire.txt", "6:52 a.m.", None, WFPS, "gas_time", "wfps652"),
    ("gas_wire.txt", "not being treated as suspicious", None, WPS, "gas_suspicious", "polnosusp"),
    ("gas_wire.txt", "14 people", 14, WFPS, "gas_injured", "wfps14"),
    ("gas_wire.txt", "four of them in critical condition", 4, WFPS, "gas_critical", "wfps4c"),
    ("gas_wire.txt", "About 200 residents", 200, WFPS, "gas_evacuated", "wfps200"),
    ("gas_wire.txt", "More than 80 firefighters", 80, WFPS, "gas_firefighters", "wfps80"),
    ("gas_wire.txt", "up to 300 metres away", 300, WFPS, "gas_windows_radius", "wfps300"),
    ("gas_wire.txt", "had complained about a smell of gas", None, RES, "gas_smell_reports", "resyes"),
    ("gas_wire.txt", "last inspected in March", None, PG, "gas_inspection", "pgmarch"),
    ("gas_wire.txt", "148 units", 148, KEY, "gas_units", "key148"),
    ("gas_wire.txt", "built in 1968", None, CITYREC, "gas_building_age", "city1968"),
    # broadcaster (Canadian Broadcast Network News, times in ET), Saturday night
    ("gas_broadcast.txt", "three people are dead", 3, WPS, "gas_dead", "pol3"),
    ("gas_broadcast.txt", "five people were killed", 5, COUN, "gas_dead", "coun5"),
    ("gas_broadcast.txt", "one person remains unaccounted for", 1, WPS, "gas_missing", "pol1u"),
    ("gas_broadcast.txt", "fourteen people", 14, WFPS, "gas_injured", "wfps14"),
    ("gas_broadcast.txt", "more than a dozen others", 12, O, "gas_injured", "outdozen"),
    ("gas_broadcast.txt", "five patients", 5, SH, "gas_critical", "sh5c"),
    ("gas_broadcast.txt", "7:52 a.m. ET", None, WFPS, "gas_time", "wfps652"),
    ("gas_broadcast.txt", "6:52 a.m. in Winnipeg", None, WFPS, "gas_time", "wfps652"),
    ("gas_broadcast.txt", "7:58 a.m. ET", None, WPS, "gas_first_call", "pol658"),
    ("gas_broadcast.txt", "in a suite on the second floor", None, WFPS, "gas_origin", "wfps2nd"),
    ("gas_broadcast.txt", "12-floor", 12, WFPS, "gas_floors", "wfps12f"),
    ("gas_broadcast.txt", "nearly 1,000 feet away", 1000, WFPS, "gas_windows_radius", "wfps300"),
    ("gas_broadcast.txt", "about 300 feet", 300, WPS, "gas_cordon", "pol100m"),
    ("gas_broadcast.txt", "had received no reports of a gas odour", None, PG, "gas_smell_reports", "pgno"),
    ("gas_broadcast.txt", "last inspected in March", None, PG, "gas_inspection", "pgmarch"),
    ("gas_broadcast.txt", "57-year-old", 57, O, "gas_building_age", "out57"),
    ("gas_broadcast.txt", "nearly 150 apartments", 150, O, "gas_units", "out150"),
    ("gas_broadcast.txt", "17 neighbouring homes", 17, CITY, "gas_damaged_homes", "city17"),
    ("gas_broadcast.txt", "more than 300 people", 300, RC, "gas_evacuated", "rc300"),
    ("gas_broadcast.txt", "hundreds from their homes", None, O, "gas_evacuated", "outhundreds"),
    ("gas_broadcast.txt", "$750 per household", 750, KEY, "gas_relief_payment", "key750"),
    ("gas_broadcast.txt", "about 60 firefighters", 60, UNION, "gas_firefighters", "union60"),
    # local paper (The Winnipeg Ledger), Monday
    ("gas_local.txt", "the death toll to four", 4, WPS, "gas_dead", "pol4"),
    ("gas_local.txt", "all residents have now been accounted for", None, WPS, "gas_missing", "pol0u"),
    ("gas_local.txt", "11 patients", 11, SH, "gas_still_in_hospital", "sh11"),
    ("gas_local.txt", "three remain in critical condition", 3, SH, "gas_critical_monday", "sh3c"),
    ("gas_local.txt", "at least 20 people", 20, PELL, "gas_injured", "pel20"),
    ("gas_local.txt", "around 6:30", None, CRUZ, "gas_time", "cruz630"),
    ("gas_local.txt", "11-storey", 11, O, "gas_floors", "out11b"),
    ("gas_local.txt", "I complained to the manager twice and I called the gas company myself", None, HADDAD,
     "gas_smell_reports", "haddad"),
    ("gas_local.txt", "had received two calls", 2, PG, "gas_smell_reports", "pg2"),
    ("gas_local.txt", "originated in the basement mechanical room", None, OFC, "gas_origin", "ofcbase"),
    ("gas_local.txt", "half a kilometre away", None, TAYLOR, "gas_windows_radius", "taylor500"),
    ("gas_local.txt", "312 people", 312, RC, "gas_evacuated", "rc312"),
    ("gas_local.txt", "about 40", 40, RC, "gas_reception_centre", "rc40"),
    ("gas_local.txt", "$250 a household", 250, TA, "gas_relief_payment", "ta250"),
    ("gas_local.txt", "148-unit", 148, KEY, "gas_units", "key148"),
    ("gas_local.txt", "completed in 1971", None, KEY, "gas_building_age", "key1971"),
    ("gas_local.txt", "23 homes", 23, CITY, "gas_damaged_homes", "city23"),
    ("gas_local.txt", "$40 million", 40000000, COUN, "gas_damage_cost", "coun40m"),
    # live blog (Winnipeg Now, CST), Saturday
    ("gas_live.txt", "No tenant ever reported a gas smell", None, KEY, "gas_smell_reports", "keyno"),
    ("gas_live.txt", "148 suites", 148, KEY, "gas_units", "key148"),
    ("gas_live.txt", "in 2022", None, KEY, "gas_inspection", "key2022"),
    ("gas_live.txt", "280 people", 280, RC, "gas_evacuated", "rc280"),
    ("gas_live.txt", "more than a dozen homes", 12, O, "gas_damaged_homes", "outdozenhomes"),
    ("gas_live.txt", "100-metre cordon", 100, WPS, "gas_cordon", "pol100m"),
    ("gas_live.txt", "three people have died", 3, WPS, "gas_dead", "pol3"),
    ("gas_live.txt", "two remain unaccounted for", 2, WPS, "gas_missing", "pol2u"),
    ("gas_live.txt", "not considered suspicious", None, WPS, "gas_suspicious", "polnosusp"),
    ("gas_live.txt", "14 taken to hospital", 14, WFPS, "gas_injured", "wfps14"),
    ("gas_live.txt", "4 in critical condition", 4, WFPS, "gas_critical", "wfps4c"),
    ("gas_live.txt", "Over 80 firefighters", 80, WFPS, "gas_firefighters", "wfps80"),
    ("gas_live.txt", "started in a second-floor unit", None, WFPS, "gas_origin", "wfps2nd"),
    ("gas_live.txt", "roughly 200 people", 200, WFPS, "gas_evacuated", "wfps200"),
    ("gas_live.txt", "two people have died", 2, WFPS, "gas_dead", "wfps2"),
    ("gas_live.txt", "At least a dozen", 12, WFPS, "gas_injured", "wfps12"),
    ("gas_live.txt", "six people are unaccounted for", 6, WFPS, "gas_missing", "wfps6u"),
    ("gas_live.txt", "6:54 a.m.", None, WFPS, "gas_first_call", "wfps654"),
    ("gas_live.txt", "just before 7 a.m.", None, O, "gas_time", "out7"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("measles_wire.txt", "about 48,000 people", 48000, O, "measles_opt_population"),
    ("measles_wire.txt", "six to 59 months", None, DOHR, "measles_opt_age_range"),
    ("measles_broadcast.txt", "two decades", None, HOSPM, "measles_opt_experience"),
    ("measles_broadcast.txt", "one more than she had counted on Thursday", None, O, "measles_opt_difference"),
    ("measles_broadcast.txt", "an hour's ride", None, O, "measles_opt_ride"),
    ("measles_local.txt", "P45 million", 45000000, DOHC, "measles_opt_funds_recalled"),
    ("measles_local.txt", "three-year-old", None, O, "measles_opt_age"),
    ("measles_local.txt", "on Feb. 27", None, MOTHER, "measles_opt_death_date"),
    ("ship_wire.txt", "two tugs", 2, O, "ship_opt_tugs"),
    ("ship_broadcast.txt", "Two RNLI lifeboats", 2, O, "ship_opt_lifeboats"),
    ("ship_broadcast.txt", "two coastguard helicopters", 2, O, "ship_opt_helicopters"),
    ("ship_live.txt", "Two coastguard helicopters", 2, HMCG, "ship_opt_helicopters"),
    ("ship_broadcast.txt", "visibility was good", None, HMCG, "ship_opt_visibility"),
    ("ship_local.txt", "34-year-old", None, O, "ship_opt_age"),
    ("ship_local.txt", "within 40 minutes", None, HARB, "ship_opt_on_scene"),
    ("ship_local.txt", "one had been discharged", None, HOSPK, "ship_opt_discharged"),
    ("ship_local.txt", "more than a decade", None, O, "ship_opt_decade"),
    ("ship_live.txt", "two more than the ship's manager has said", 2, O, "ship_opt_difference"),
    ("ship_live.txt", "400 ships a day", 400, "reader deal_dave", "ship_opt_reader"),
    ("ship_live.txt", "20 knots", 20, "reader Mireille_C", "ship_opt_reader"),
    ("ship_live.txt", "the 2 who died", 2, "reader kentmum", "ship_opt_reader"),
    ("gas_wire.txt", "minus 12 C", None, O, "gas_opt_temperature"),
    ("gas_live.txt", "It is minus 12", None, O, "gas_opt_temperature"),
    ("gas_broadcast.txt", "down from two earlier in the day", 2, WPS, "gas_opt_missing_earlier"),
    ("gas_broadcast.txt", "one hour behind", None, O, "gas_opt_timezone"),
    ("gas_broadcast.txt", "for a week", None, KEY, "gas_opt_hotel"),
    ("gas_local.txt", "Harold Beaulieu, 78", None, WPS, "gas_opt_ages"),
    ("gas_local.txt", "Nadia Osei, 31", None, WPS, "gas_opt_ages"),
    ("gas_local.txt", "Kwame, 6", None, WPS, "gas_opt_ages"),
    ("gas_local.txt", "Gerald Tran, 54", None, WPS, "gas_opt_ages"),
    ("gas_local.txt", "had no record of complaints", None, PG, "gas_opt_pg_earlier"),
    ("gas_live.txt", "within four minutes", None, WFPS, "gas_opt_response"),
    ("gas_live.txt", "6 people still missing", 6, "reader jen_wpg", "gas_opt_reader"),
    ("gas_live.txt", "3 dead because nobody listened", 3, "reader darrenK", "gas_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # measles
    "measles_deaths": {("doh17", "pho19"): C, ("doh17", "doh17"): SC, ("doh17", "doh21"): U, ("doh17", "bm25"): C,
                       ("pho19", "doh21"): C, ("pho19", "bm25"): C},
    "measles_cases_province": {("doh1214", "pho1300"): C, ("doh1214", "doh1389"): U, ("doh1214", "bm2000"): C,
                               ("pho1300", "doh1389"): CO, ("pho1300", "bm2000"): C},
    "measles_confirmed": {("doh387", "who290"): C, ("doh387", "doh412"): U, ("who290", "doh412"): C},
    "measles_cases_region": {("doh2046", "doh2310"): U},
    "measles_cases_national": {("dohc6870", "dohc7000"): SC, ("dohc6870", "dohc7412"): U, ("dohc7000", "dohc7412"): U},
    "measles_cases_tagbalay": {("mayor400", "outhundreds"): CO, ("mayor400", "mho437"): CO, ("outhundreds", "mho437"): CO},
    "measles_deaths_tagbalay": {("mayor11", "mayor12"): U, ("mayor11", "mho9"): C, ("mayor12", "mho9"): C,
                                ("mayor12", "mayor12"): SC},
    "measles_dead_unvaccinated": {("dohnodose", "mhodose"): C},
    "measles_unvaccinated_share": {("doh82", "unicef90"): C, ("doh82", "pho80"): CO, ("unicef90", "pho80"): C},
    "measles_under5_share": {("doh23", "unicefhalf"): C},
    "measles_coverage": {("doh58", "unicef60"): CO, ("doh58", "bm40"): C, ("unicef60", "bm40"): C},
    "measles_target_coverage": {("who95", "who95"): SC},
    "measles_outreach": {("dohvisit", "captain"): C, ("dohvisit", "mother"): C, ("captain", "mother"): CO},
    "measles_campaign_start": {("doh0303", "pho0303"): CO, ("doh0303", "bm0305"): C, ("pho0303", "bm0305"): C},
    "measles_campaign_target": {("doh186k", "doh186k"): SC},
    "measles_campaign_vaccinated": {("doh48500", "pho60k"): C, ("doh48500", "doh71k"): U, ("pho60k", "doh71k"): C},
    "measles_doses": {("doh250k", "doh250k"): SC},
    "measles_vaccine_stock": {("dohenough", "phoenough"): CO, ("dohenough", "mhostock"): C, ("phoenough", "mhostock"): C},
    "measles_first_case": {("dohjan", "mayornov"): C, ("dohjan", "mhodec"): C, ("mayornov", "mhodec"): C},
    "measles_hosp_tagbalay": {("hosp50", "hosp63"): U, ("hosp50", "hosp70"): U, ("hosp63", "hosp70"): U},
    "measles_beds": {("out25", "out25b"): CO},
    "measles_toll_2018": {("out31", "out30"): CO},
    # ship
    "ship_dead": {("hmcg2", "own2"): CO, ("hmcg2", "hmcg3"): U, ("hmcg2", "hmcg1"): U, ("own2", "hmcg3"): C,
                  ("own2", "hmcg1"): C, ("own2", "own2"): SC, ("hmcg3", "hmcg3"): SC, ("hmcg3", "hmcg1"): U},
    "ship_missing": {("hmcg4", "fr3"): C, ("hmcg4", "hmcg2m"): U, ("hmcg4", "hmcg6m"): U, ("fr3", "hmcg2m"): C,
                     ("fr3", "hmcg6m"): C, ("hmcg2m", "hmcg2m"): SC, ("hmcg2m", "hmcg6m"): U},
    "ship_rescued": {("hmcg13", "fr15"): C, ("hmcg13", "hmcg14"): U, ("hmcg13", "hmcg12"): U, ("fr15", "hmcg14"): C,
                     ("fr15", "hmcg12"): CO, ("hmcg14", "hmcg14"): SC, ("hmcg14", "hmcg12"): U},
    "ship_time": {("hmcg340", "hmcg340"): SC, ("hmcg340", "fr440"): CO, ("hmcg340", "surv1"): C,
                  ("hmcg340", "op240"): CO, ("fr440", "surv1"): C, ("fr440", "op240"): CO, ("fr440", "fr440"): SC},
    "ship_crew_orla": {("own19", "hmcg19"): CO, ("own19", "own19"): SC, ("own19", "fr21"): C, ("hmcg19", "fr21"): C},
    "ship_crew_meridian": {("op24", "op24"): SC},
    "ship_distance_dover": {("hmcg11", "out20km"): CO},
    "ship_distance_grisnez": {("fr9nm", "fr17km"): SC},
    "ship_flown_france": {("hmcg8", "fr8"): CO, ("fr8", "fr8"): SC},
    "ship_hospital_kent": {("hmcg5", "hmcg5"): SC, ("hmcg5", "hosp4"): C},
    "ship_length": {("own190", "out623"): CO, ("own190", "out190b"): CO, ("out623", "out190b"): CO},
    "ship_age": {("own2008", "fr17y"): CO},
    "ship_cargo": {("own31k", "own31k"): SC},
    "ship_fuel": {("own420", "mca600"): C, ("mca600", "mca600"): SC},
    "ship_containers": {("op37", "mca30"): C, ("op37", "outdozens"): CO, ("op37", "op41"): U, ("mca30", "outdozens"): CO,
                        ("mca30", "op41"): C, ("outdozens", "op41"): CO, ("op41", "op41"): SC},
    "ship_hazardous": {("op2haz", "mca3haz"): C},
    "ship_speed": {("op14", "op14"): SC, ("op14", "fr18"): C},
    "ship_warning": {("opwarn", "survwarn"): C, ("opwarn", "nautwarn"): C, ("survwarn", "nautwarn"): CO},
    "ship_fault": {("opfault", "ownfault"): C},
    "ship_pollution": {("mcanospill", "frslick"): C},
    "ship_water_temp": {("hmcg17", "hmcg17"): SC},
    "ship_traffic": {("out400", "out500"): C},
    "ship_lifeboat_launch": {("harb358", "rnli410"): C},
    # gas
    "gas_dead": {("pol3", "pol3"): SC, ("pol3", "coun5"): C, ("pol3", "pol4"): U, ("pol3", "wfps2"): C,
                 ("coun5", "pol4"): C, ("coun5", "wfps2"): C, ("pol4", "wfps2"): C},
    "gas_missing": {("pol2u", "pol1u"): U, ("pol2u", "pol0u"): U, ("pol2u", "pol2u"): SC, ("pol2u", "wfps6u"): C,
                    ("pol1u", "pol0u"): U, ("pol1u", "wfps6u"): C, ("pol0u", "wfps6u"): C},
    "gas_injured": {("wfps14", "wfps14"): SC, ("wfps14", "outdozen"): CO, ("wfps14", "pel20"): C, ("wfps14", "wfps12"): U,
                    ("outdozen", "pel20"): CO, ("outdozen", "wfps12"): CO, ("pel20", "wfps12"): CO},
    "gas_critical": {("wfps4c", "wfps4c"): SC, ("wfps4c", "sh5c"): C},
    "gas_evacuated": {("wfps200", "wfps200"): SC, ("wfps200", "rc300"): C, ("wfps200", "outhundreds"): CO,
                      ("wfps200", "rc312"): C, ("wfps200", "rc280"): C, ("rc300", "rc312"): U, ("rc300", "rc280"): U,
                      ("outhundreds", "rc312"): CO, ("outhundreds", "rc280"): CO, ("rc312", "rc280"): U},
    "gas_units": {("key148", "out150"): CO, ("key148", "key148"): SC},
    "gas_floors": {("out11", "wfps12f"): C, ("out11", "out11b"): CO, ("wfps12f", "out11b"): C},
    "gas_time": {("wfps652", "wfps652"): SC, ("wfps652", "cruz630"): C, ("wfps652", "out7"): CO, ("cruz630", "out7"): C},
    "gas_first_call": {("pol658", "wfps654"): C},
    "gas_smell_reports": {("resyes", "pgno"): C, ("resyes", "haddad"): CO, ("resyes", "pg2"): CO, ("resyes", "keyno"): C,
                          ("pgno", "haddad"): C, ("pgno", "pg2"): U, ("pgno", "keyno"): CO, ("haddad", "keyno"): C,
                          ("pg2", "keyno"): C},
    "gas_origin": {("wfps2nd", "wfps2nd"): SC, ("wfps2nd", "ofcbase"): C},
    "gas_windows_radius": {("wfps300", "wfps300"): SC, ("wfps300", "taylor500"): C},
    "gas_cordon": {("pol100m", "pol100m"): SC},
    "gas_firefighters": {("wfps80", "union60"): C, ("wfps80", "wfps80"): SC},
    "gas_relief_payment": {("key750", "ta250"): C},
    "gas_inspection": {("pgmarch", "pgmarch"): SC, ("pgmarch", "key2022"): C},
    "gas_building_age": {("city1968", "out57"): CO, ("city1968", "key1971"): C, ("out57", "key1971"): C},
    "gas_damaged_homes": {("city17", "city23"): U, ("city17", "outdozenhomes"): CO, ("city23", "outdozenhomes"): CO},
    "gas_suspicious": {("polnosusp", "polnosusp"): SC},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
