"""Hand labels for bench/blind12 (tornado in Ellery, Oklahoma; eruption of Mount Sibulan, Sorsogon,
Philippines; collapse of the Tauari river bridge in Para, Brazil). Run from the project root:
    /work/venv/bin/python bench/blind12/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
OEM = "Oklahoma Department of Emergency Management (Dana Whitfield)"
SHER = "Garvey County Sheriff Wade Hollis"
NWS = "National Weather Service, Norman (Alan Pruitt, Sharon Voss)"
EM = "Garvey County emergency management director Rick Tolliver"
COOP = "Prairie Electric Cooperative"
RC = "American Red Cross (Carla Nguyen)"
TMAYOR = "Ellery Mayor Glenda Farris"
THOSP = "Garvey County Regional Medical Center (Beth Kimura)"
RADAR = "Southern Plains Mobile Radar Project (Kelsey Marano)"
CHASER = "storm chaser Troy Beckett"
REYES = "Tammy Reyes (resident)"
TGOV = "governor's office"
INS = "Oklahoma Insurance Department"

PHIV = "Phivolcs, Philippine Institute of Volcanology and Seismology (Lorna Villareal)"
OCD = "Office of Civil Defense, Bicol (Rommel Abrenica)"
PDR = "Sorsogon provincial disaster office, PDRRMO (Jaime Lacson)"
DSWD = "Department of Social Welfare and Development"
CAAP = "Civil Aviation Authority of the Philippines"
VAAC = "Volcanic Ash Advisory Centre in Tokyo"
ARMY = "Philippine Army, 9th Infantry Division (Jerome Alcaraz)"
SPOL = "Sorsogon provincial police"
VGOV = "Sorsogon governor Teodoro Abad"
NDR = "NDRRMC, National Disaster Risk Reduction and Management Council (Arnel Soriano)"
GUIDES = "Sibulan Mountain Guides Association (Rodel Gamboa)"
TOUR = "Dalupan municipal tourism office (Marivic Lagdameo)"
CAPT = "Celso Dimaano, Barangay Lunas captain"
ISLA = "Isla Air"
OFF = "officials"

BOMB = "Para Military Fire Brigade (Marcio Tavares)"
DC = "Para state civil defence (Ana Paula Rezende)"
SETRAN = "Para state transport secretariat (Joaquim Brito)"
CONTR = "Construtora Rio Verde (maintenance contractor)"
RESA = "Tauari residents' association (Raimundo Costa)"
BMAYOR = "Sao Benedito do Tauari mayor Lucia Farias"
DRIVER = "Edivaldo Souza (truck driver)"
FISH = "Josue Pantoja (fisherman)"
NAVY = "Brazilian Navy, Port Captaincy of the Eastern Amazon"
CREA = "Paulo Henrique Lobato, CREA-PA engineering council"
STATE = "Para state government"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- tornado: EF4 tornado hits Ellery, Garvey County, Oklahoma (Sat 7 Nov 2026, 6:42 p.m. CST)
    # wire (AP), Sunday midday
    ("tornado_wire.txt", "at least five people", 5, OEM, "tornado_dead", "oem5"),
    ("tornado_wire.txt", "Five people were killed", 5, OEM, "tornado_dead", "oem5"),
    ("tornado_wire.txt", "more than 40", 40, OEM, "tornado_injured", "oem40"),
    ("tornado_wire.txt", "at least six", 6, SHER, "tornado_dead", "sher6"),
    ("tornado_wire.txt", "6:42 p.m.", None, NWS, "tornado_touchdown_time", "nws642"),
    ("tornado_wire.txt", "at least EF3", 3, NWS, "tornado_rating", "nwsef3"),
    ("tornado_wire.txt", "up to 150 mph", 150, NWS, "tornado_wind", "nws150"),
    ("tornado_wire.txt", "240 kph", 240, NWS, "tornado_wind", "nws150"),
    ("tornado_wire.txt", "about 20 miles", 20, NWS, "tornado_path_length", "nws20"),
    ("tornado_wire.txt", "32 kilometers", 32, NWS, "tornado_path_length", "nws20"),
    ("tornado_wire.txt", "6:24 p.m.", None, NWS, "tornado_warning_time", "nws624"),
    ("tornado_wire.txt", "18 minutes", 18, NWS, "tornado_lead_time", "nws18"),
    ("tornado_wire.txt", "every outdoor warning siren in the county activated", None, EM, "tornado_sirens", "emok"),
    ("tornado_wire.txt", "they sounded on time", None, EM, "tornado_sirens", "emok"),
    ("tornado_wire.txt", "about 4,300", 4300, COOP, "tornado_power_out", "coop4300"),
    ("tornado_wire.txt", "more than 21,000", 21000, OEM, "tornado_power_state", "oem21000"),
    ("tornado_wire.txt", "85 people", 85, RC, "tornado_shelter", "rc85"),
    ("tornado_wire.txt", "killed 24 people", 24, O, "tornado_moore_toll", "outmoore1"),
    # broadcaster (KGCT 7 News), Sunday evening
    ("tornado_broadcast.txt", "Seven people are now confirmed dead", 7, OEM, "tornado_dead", "oem7"),
    ("tornado_broadcast.txt", "up from five", 5, OEM, "tornado_dead", "oem5"),
    ("tornado_broadcast.txt", "Two of the dead were children", 2, OEM, "tornado_dead_children", "oem2c"),
    ("tornado_broadcast.txt", "EF4", 4, NWS, "tornado_rating", "nwsef4"),
    ("tornado_broadcast.txt", "165 mph", 165, NWS, "tornado_wind", "nws165"),
    ("tornado_broadcast.txt", "265 km/h", 265, NWS, "tornado_wind", "nws165"),
    ("tornado_broadcast.txt", "1,100 yards", 1100, NWS, "tornado_path_width", "nwswidth"),
    ("tornado_broadcast.txt", "at least 25 miles", 25, NWS, "tornado_path_length", "nws25"),
    ("tornado_broadcast.txt", "6:42 p.m. CST", None, NWS, "tornado_touchdown_time", "nws642"),
    ("tornado_broadcast.txt", "more than 50", 50, TMAYOR, "tornado_injured", "mayor50"),
    ("tornado_broadcast.txt", "maybe five minutes", 5, TMAYOR, "tornado_lead_time", "mayor5"),
    ("tornado_broadcast.txt", "the sirens never reached her block", None, REYES, "tornado_sirens", "resno"),
    ("tornado_broadcast.txt", "We never heard a siren", None, REYES, "tornado_sirens", "resno"),
    ("tornado_broadcast.txt", "23 patients", 23, THOSP, "tornado_hospital", "hosp23"),
    ("tornado_broadcast.txt", "Four were flown", 4, THOSP, "tornado_airlifted", "hosp4"),
    ("tornado_broadcast.txt", "about 120 homes", 120, EM, "tornado_homes_destroyed", "em120"),
    ("tornado_broadcast.txt", "more than 300 damaged", 300, EM, "tornado_homes_damaged", "em300"),
    ("tornado_broadcast.txt", "1,900 customers", 1900, COOP, "tornado_power_out", "coop1900"),
    ("tornado_broadcast.txt", "about 60 Oklahoma National Guard members", 60, TGOV, "tornado_guard", "gov60"),
    # local paper (Garvey County Ledger), Tuesday
    ("tornado_local.txt", "killed seven people", 7, O, "tornado_dead", "out7"),
    ("tornado_local.txt", "27.4 miles", 27.4, NWS, "tornado_path_length", "nws27"),
    ("tornado_local.txt", "EF4", 4, NWS, "tornado_rating", "nwsef4"),
    ("tornado_local.txt", "165 mph", 165, NWS, "tornado_wind", "nws165"),
    ("tornado_local.txt", "nearly two-thirds of a mile", 0.67, NWS, "tornado_path_width", "nwswidth"),
    ("tornado_local.txt", "18 minutes of lead time", 18, NWS, "tornado_lead_time", "nws18"),
    ("tornado_local.txt", "190 mph", 190, RADAR, "tornado_wind", "radar190"),
    ("tornado_local.txt", "6:31", None, CHASER, "tornado_touchdown_time", "chaser631"),
    ("tornado_local.txt", "6:42 p.m.", None, NWS, "tornado_touchdown_time", "nws642"),
    ("tornado_local.txt", "the siren at the east end of town did not sound", None, TMAYOR, "tornado_sirens", "mayorno"),
    ("tornado_local.txt", "all sirens worked", None, EM, "tornado_sirens", "emok"),
    ("tornado_local.txt", "at least one of the town's warning sirens did not work", None, O, "tornado_sirens", "outsiren"),
    ("tornado_local.txt", "seven people died", 7, OEM, "tornado_dead", "oem7"),
    ("tornado_local.txt", "58 people were injured", 58, OEM, "tornado_injured", "oem58"),
    ("tornado_local.txt", "at least 85 homes destroyed", 85, OEM, "tornado_homes_destroyed", "oem85"),
    ("tornado_local.txt", "about 340 damaged", 340, OEM, "tornado_homes_damaged", "oem340"),
    ("tornado_local.txt", "23 patients", 23, THOSP, "tornado_hospital", "hosp23"),
    ("tornado_local.txt", "Six remain in the hospital", 6, THOSP, "tornado_still_hospital", "hosp6"),
    ("tornado_local.txt", "fewer than 600 customers", 600, COOP, "tornado_power_out", "coop600"),
    ("tornado_local.txt", "about 140 people", 140, RC, "tornado_shelter", "rc140"),
    ("tornado_local.txt", "more than $40 million", 40_000_000, INS, "tornado_insured_losses", "ins40m"),
    ("tornado_local.txt", "killed three people", 3, O, "tornado_1998_toll", "out1998"),
    ("tornado_local.txt", "killed 24 people", 24, O, "tornado_moore_toll", "outmoore2"),
    ("tornado_local.txt", "seven children", 7, O, "tornado_moore_children", "outmoore7"),
    # live blog (Global Desk Live, times GMT), Saturday night to Sunday afternoon local time
    ("tornado_live.txt", "Seven people killed", 7, OEM, "tornado_dead", "oem7"),
    ("tornado_live.txt", "preliminary EF3 rating", 3, NWS, "tornado_rating", "nwsef3"),
    ("tornado_live.txt", "Death toll rises to seven", 7, OEM, "tornado_dead", "oem7"),
    ("tornado_live.txt", "seven people were killed", 7, OEM, "tornado_dead", "oem7"),
    ("tornado_live.txt", "at least EF3", 3, NWS, "tornado_rating", "nwsef3"),
    ("tornado_live.txt", "up to 150mph", 150, NWS, "tornado_wind", "nws150"),
    ("tornado_live.txt", "about 4,300 customers", 4300, COOP, "tornado_power_out", "coop4300"),
    ("tornado_live.txt", "Five dead", 5, OEM, "tornado_dead", "oem5"),
    ("tornado_live.txt", "more than 40 injured", 40, OEM, "tornado_injured", "oem40"),
    ("tornado_live.txt", "five confirmed dead", 5, OEM, "tornado_dead", "oem5"),
    ("tornado_live.txt", "two children are among those killed", 2, SHER, "tornado_dead_children", "sher2c"),
    ("tornado_live.txt", "at least 15 patients", 15, THOSP, "tornado_hospital", "hosp15"),
    ("tornado_live.txt", "nearly 200 homes", 200, TMAYOR, "tornado_homes_destroyed", "mayor200"),
    ("tornado_live.txt", "a mile wide", 1, CHASER, "tornado_path_width", "chaser1mi"),
    ("tornado_live.txt", "At least two dead", 2, SHER, "tornado_dead", "sher2"),
    ("tornado_live.txt", "at least two people are dead", 2, SHER, "tornado_dead", "sher2"),
    ("tornado_live.txt", "dozens injured", None, SHER, "tornado_injured", "sherdoz"),
    ("tornado_live.txt", "00:24 GMT", None, NWS, "tornado_warning_time", "nws624"),
    ("tornado_live.txt", "00:42 GMT", None, NWS, "tornado_touchdown_time", "nws642"),

    # ---------------- volcano: Mount Sibulan, Sorsogon, Philippines erupts (Tue 20 Oct 2026, 11:37 a.m. PHT)
    # wire (AFP), Tuesday evening
    ("volcano_wire.txt", "thousands of villagers", None, OFF, "volcano_evacuated", "thouw"),
    ("volcano_wire.txt", "nine climbers missing", 9, OFF, "volcano_missing", "pdr9"),
    ("volcano_wire.txt", "11:37 am", None, PHIV, "volcano_eruption_time", "phiv1137"),
    ("volcano_wire.txt", "0337 GMT", None, PHIV, "volcano_eruption_time", "phiv1137"),
    ("volcano_wire.txt", "5.5 kilometres", 5.5, PHIV, "volcano_ash_column", "phiv55"),
    ("volcano_wire.txt", "Alert Level 3", 3, PHIV, "volcano_alert_level", "phiv3"),
    ("volcano_wire.txt", "6-kilometre radius", 6, PHIV, "volcano_danger_zone", "phiv6"),
    ("volcano_wire.txt", "Alert Level 1", 1, PHIV, "volcano_prior_alert", "phiv1"),
    ("volcano_wire.txt", "since March", None, PHIV, "volcano_prior_alert_since", "phivsince"),
    ("volcano_wire.txt", "More than 12,000 people", 12000, OCD, "volcano_evacuated", "ocd12k"),
    ("volcano_wire.txt", "Fourteen climbers and guides", 14, PDR, "volcano_on_trail", "pdr14"),
    ("volcano_wire.txt", "Nine of them were still missing", 9, PDR, "volcano_missing", "pdr9"),
    ("volcano_wire.txt", "five down alive", 5, ARMY, "volcano_rescued", "army5"),
    ("volcano_wire.txt", "climbing had been banned", None, PDR, "volcano_trail_closed", "pdrclosed"),
    ("volcano_wire.txt", "38 barangays", 38, PDR, "volcano_villages_ash", "pdr38"),
    ("volcano_wire.txt", "24 domestic flights", 24, CAAP, "volcano_flights", "caap24"),
    ("volcano_wire.txt", "24 active volcanoes", 24, O, "volcano_active_count", "out24"),
    ("volcano_wire.txt", "killed 11 people", 11, O, "volcano_1987_toll", "out1987a"),
    # broadcaster (Asia Pacific Newsroom, GMT), Tuesday
    ("volcano_broadcast.txt", "Thousands of people have fled", None, O, "volcano_evacuated", "thoub"),
    ("volcano_broadcast.txt", "03:37 GMT", None, PHIV, "volcano_eruption_time", "phiv1137"),
    ("volcano_broadcast.txt", "about 18,000 feet", 18000, PHIV, "volcano_ash_column", "phiv55"),
    ("volcano_broadcast.txt", "Alert Level 3", 3, PHIV, "volcano_alert_level", "phiv3"),
    ("volcano_broadcast.txt", "six-kilometre", 6, PHIV, "volcano_danger_zone", "phiv6"),
    ("volcano_broadcast.txt", "3.7-mile", 3.7, PHIV, "volcano_danger_zone", "phiv6"),
    ("volcano_broadcast.txt", "Nearly 15,000 people", 15000, PDR, "volcano_evacuated", "pdr15k"),
    ("volcano_broadcast.txt", "all 25,000 residents", 25000, VGOV, "volcano_zone_population", "gov25k"),
    ("volcano_broadcast.txt", "9,800 people", 9800, DSWD, "volcano_in_centres", "dswd98"),
    ("volcano_broadcast.txt", "41 evacuation centres", 41, DSWD, "volcano_centres", "dswd41"),
    ("volcano_broadcast.txt", "At least eight climbers", 8, SPOL, "volcano_missing", "pol8"),
    ("volcano_broadcast.txt", "climbing permits were still being issued on Monday", None, TOUR, "volcano_trail_closed", "touropen"),
    ("volcano_broadcast.txt", "We were not told to stop", None, TOUR, "volcano_trail_closed", "touropen"),
    ("volcano_broadcast.txt", "dozens of villages", None, O, "volcano_villages_ash", "outdoz"),
    ("volcano_broadcast.txt", "11 of its flights", 11, ISLA, "volcano_isla_flights", "isla11"),
    # local paper (Bicol Sentinel), Wednesday
    ("volcano_local.txt", "Alert Level 4", 4, PHIV, "volcano_alert_level", "phiv4"),
    ("volcano_local.txt", "4:50 a.m.", None, PHIV, "volcano_second_explosion", "phiv450"),
    ("volcano_local.txt", "10-kilometer radius", 10, PHIV, "volcano_danger_zone", "phiv10"),
    ("volcano_local.txt", "5,500 meters", 5500, PHIV, "volcano_ash_column", "phiv55"),
    ("volcano_local.txt", "146 volcanic earthquakes", 146, PHIV, "volcano_quakes", "phiv146"),
    ("volcano_local.txt", "2,130 tonnes a day", 2130, PHIV, "volcano_so2", "phiv2130"),
    ("volcano_local.txt", "Alert Level 1", 1, PHIV, "volcano_prior_alert", "phiv1"),
    ("volcano_local.txt", "for seven months", 7, PHIV, "volcano_prior_alert_since", "phivsince"),
    ("volcano_local.txt", "about 18,500 people", 18500, OCD, "volcano_evacuated", "ocd185"),
    ("volcano_local.txt", "about 11,200", 11200, DSWD, "volcano_in_centres", "dswd112"),
    ("volcano_local.txt", "47 evacuation centers", 47, DSWD, "volcano_centres", "dswd47"),
    ("volcano_local.txt", "bringing the number rescued alive to seven", 7, ARMY, "volcano_rescued", "army7"),
    ("volcano_local.txt", "bodies of two climbers", 2, PDR, "volcano_dead", "pdr2"),
    ("volcano_local.txt", "five are still missing", 5, PDR, "volcano_missing", "pdr5"),
    ("volcano_local.txt", "16 people were on the trail", 16, GUIDES, "volcano_on_trail", "guide16"),
    ("volcano_local.txt", "Nobody told us the trail was closed", None, GUIDES, "volcano_trail_closed", "guidesopen"),
    ("volcano_local.txt", "shortly after 10 in the morning", None, CAPT, "volcano_eruption_time", "capt10"),
    ("volcano_local.txt", "more than 40 villages", 40, VGOV, "volcano_villages_ash", "gov40"),
    ("volcano_local.txt", "nine towns", 9, O, "volcano_classes", "out9towns"),
    ("volcano_local.txt", "32 flights", 32, CAAP, "volcano_flights", "caap32"),
    ("volcano_local.txt", "claimed 11 lives", 11, O, "volcano_1987_toll", "out1987b"),
    # live blog (PinoyNow Live, PHT), Tuesday to Wednesday morning
    ("volcano_live.txt", "three dead", 3, NDR, "volcano_dead", "ndr3"),
    ("volcano_live.txt", "three deaths", 3, NDR, "volcano_dead", "ndr3"),
    ("volcano_live.txt", "at least 30 flights", 30, CAAP, "volcano_flights", "caap30"),
    ("volcano_live.txt", "about 18,500", 18500, OCD, "volcano_evacuated", "ocd185"),
    ("volcano_live.txt", "Alert Level 4", 4, PHIV, "volcano_alert_level", "phiv4"),
    ("volcano_live.txt", "4:50 am", None, PHIV, "volcano_second_explosion", "phiv450"),
    ("volcano_live.txt", "10 km around the crater", 10, PHIV, "volcano_danger_zone", "phiv10"),
    ("volcano_live.txt", "Nine climbers still missing", 9, PDR, "volcano_missing", "pdr9"),
    ("volcano_live.txt", "nine climbers are still unaccounted for", 9, PDR, "volcano_missing", "pdr9"),
    ("volcano_live.txt", "five climbers down alive", 5, ARMY, "volcano_rescued", "army5"),
    ("volcano_live.txt", "30,000 feet", 30000, VAAC, "volcano_ash_column", "vaac30"),
    ("volcano_live.txt", "Over 12,000", 12000, OCD, "volcano_evacuated", "ocd12k"),
    ("volcano_live.txt", "More than 12,000 people", 12000, OCD, "volcano_evacuated", "ocd12k"),
    ("volcano_live.txt", "Trail was closed", None, PDR, "volcano_trail_closed", "pdrclosed"),
    ("volcano_live.txt", "the Sibulan trail was closed on October 14", None, PDR, "volcano_trail_closed", "pdrclosed"),
    ("volcano_live.txt", "Alert Level 3", 3, PHIV, "volcano_alert_level", "phiv3"),
    ("volcano_live.txt", "6-km danger zone", 6, PHIV, "volcano_danger_zone", "phiv6"),
    ("volcano_live.txt", "11:37 am", None, PHIV, "volcano_eruption_time", "phiv1137"),

    # ---------------- bridge: Tauari river bridge on the PA-461 collapses, Para, Brazil (Thu 12 Nov 2026, 17:20 BRT)
    # wire (Reuters), Friday
    ("bridge_wire.txt", "at least four people", 4, BOMB, "bridge_dead", "bomb4"),
    ("bridge_wire.txt", "six people still missing", 6, BOMB, "bridge_missing", "bomb6m"),
    ("bridge_wire.txt", "5:20 p.m.", None, BOMB, "bridge_collapse_time", "bomb520"),
    ("bridge_wire.txt", "2020 GMT", None, BOMB, "bridge_collapse_time", "bomb520"),
    ("bridge_wire.txt", "Four people were confirmed dead", 4, BOMB, "bridge_dead", "bomb4"),
    ("bridge_wire.txt", "six were missing", 6, BOMB, "bridge_missing", "bomb6m"),
    ("bridge_wire.txt", "five had been pulled from the river alive", 5, BOMB, "bridge_rescued", "bomb5r"),
    ("bridge_wire.txt", "Fifteen people", 15, BOMB, "bridge_aboard", "bomb15"),
    ("bridge_wire.txt", "five vehicles in all", 5, BOMB, "bridge_vehicles", "bomb5v"),
    ("bridge_wire.txt", "death toll at five", 5, DC, "bridge_dead", "dc5"),
    ("bridge_wire.txt", "18 divers", 18, BOMB, "bridge_divers", "bomb18"),
    ("bridge_wire.txt", "90-metre", 90, SETRAN, "bridge_span_fell", "set90"),
    ("bridge_wire.txt", "295-foot", 295, SETRAN, "bridge_span_fell", "set90"),
    ("bridge_wire.txt", "412-metre bridge", 412, SETRAN, "bridge_length", "set412"),
    ("bridge_wire.txt", "built in 1979", None, SETRAN, "bridge_year_built", "set1979"),
    ("bridge_wire.txt", "about 8,000 vehicles a day", 8000, SETRAN, "bridge_traffic", "set8000"),
    ("bridge_wire.txt", "in August of last year", None, CONTR, "bridge_last_inspection", "contrinsp"),
    ("bridge_wire.txt", "carrying loads far above the bridge's 45-tonne limit", None, CONTR, "bridge_cause", "contrcause"),
    ("bridge_wire.txt", "three times since 2024", 3, RESA, "bridge_warnings", "res3"),
    ("bridge_wire.txt", "We sent letters", None, RESA, "bridge_warnings", "res3"),
    ("bridge_wire.txt", "killed 43 people", 43, O, "bridge_genoa_toll", "outg43w"),
    # broadcaster (TV Norte Brasil, English edition), Friday evening
    ("bridge_broadcast.txt", "bringing to seven", 7, BOMB, "bridge_dead", "bomb7"),
    ("bridge_broadcast.txt", "Three people are still missing", 3, BOMB, "bridge_missing", "bomb3m"),
    ("bridge_broadcast.txt", "five survivors", 5, BOMB, "bridge_rescued", "bomb5r"),
    ("bridge_broadcast.txt", "about 25 metres deep", 25, BOMB, "bridge_river_depth", "bomb25d"),
    ("bridge_broadcast.txt", "about 40 divers", 40, DC, "bridge_divers", "dc40"),
    ("bridge_broadcast.txt", "17:20", None, BOMB, "bridge_collapse_time", "bomb520"),
    ("bridge_broadcast.txt", "about 20 people", 20, SETRAN, "bridge_aboard", "set20"),
    ("bridge_broadcast.txt", "at least seven vehicles", 7, SETRAN, "bridge_vehicles", "set7v"),
    ("bridge_broadcast.txt", "a barge hit one of the pillars", None, SETRAN, "bridge_cause", "setbarge"),
    ("bridge_broadcast.txt", "This was not a maintenance problem", None, SETRAN, "bridge_cause", "setbarge"),
    ("bridge_broadcast.txt", "Everything indicates an impact", None, SETRAN, "bridge_cause", "setbarge"),
    ("bridge_broadcast.txt", "inspected in August 2025", None, SETRAN, "bridge_last_inspection", "setinsp"),
    ("bridge_broadcast.txt", "R$ 12 million", 12_000_000, SETRAN, "bridge_repair_budget", "set12m"),
    ("bridge_broadcast.txt", "never received any formal complaint", None, SETRAN, "bridge_warnings", "setno"),
    ("bridge_broadcast.txt", "There is no record, no letter, nothing", None, SETRAN, "bridge_warnings", "setno"),
    ("bridge_broadcast.txt", "three of the dead are children", 3, BMAYOR, "bridge_dead_children", "mayor3c"),
    ("bridge_broadcast.txt", "90-metre stretch", 90, O, "bridge_span_fell", "out90"),
    ("bridge_broadcast.txt", "killed 43 people", 43, O, "bridge_genoa_toll", "outg43b"),
    # local paper (Correio do Tauari, English edition), Saturday
    ("bridge_local.txt", "an eighth body", 8, BOMB, "bridge_dead", "bomb8"),
    ("bridge_local.txt", "15 people", 15, BOMB, "bridge_aboard", "bomb15"),
    ("bridge_local.txt", "Two people remain missing", 2, BOMB, "bridge_missing", "bomb2m"),
    ("bridge_local.txt", "All five survivors", 5, BOMB, "bridge_rescued", "bomb5r"),
    ("bridge_local.txt", "Two of the victims were children", 2, BOMB, "bridge_dead_children", "bomb2c"),
    ("bridge_local.txt", "at least 10 people missing", 10, BMAYOR, "bridge_missing", "mayor10"),
    ("bridge_local.txt", "eight or nine vehicles", 8, DRIVER, "bridge_vehicles", "drv89"),
    ("bridge_local.txt", "just after half past four", None, FISH, "bridge_collapse_time", "fish430"),
    ("bridge_local.txt", "pulled three people out", 3, FISH, "bridge_rescued_by_fisherman", "fish3"),
    ("bridge_local.txt", "more than 40 metres deep", 40, FISH, "bridge_river_depth", "fish40"),
    ("bridge_local.txt", "More than 30 divers", 30, BOMB, "bridge_divers", "bomb30"),
    ("bridge_local.txt", "12 Navy divers", 12, BOMB, "bridge_navy_divers", "bomb12n"),
    ("bridge_local.txt", "a barge loaded with gravel struck the central pillar", None, NAVY, "bridge_cause", "navybarge"),
    ("bridge_local.txt", "the barge could not explain the collapse on its own", None, CREA, "bridge_cause", "creacorr"),
    ("bridge_local.txt", "corrosion of the steel in the pillars", None, CREA, "bridge_cause", "creacorr"),
    ("bridge_local.txt", "had not had a full inspection since 2019", None, CREA, "bridge_last_inspection", "creainsp"),
    ("bridge_local.txt", "no warning about the structure was ever passed on to the company", None, CONTR, "bridge_warnings", "contrno"),
    ("bridge_local.txt", "the three letters", 3, RESA, "bridge_warnings", "res3"),
    ("bridge_local.txt", "120-metre central section", 120, O, "bridge_span_fell", "out120"),
    ("bridge_local.txt", "built in 1981", None, O, "bridge_year_built", "out1981"),
    ("bridge_local.txt", "412 metres long", 412, O, "bridge_length", "out412"),
    ("bridge_local.txt", "12 million reais", 12_000_000, STATE, "bridge_repair_budget", "state12m"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("tornado_wire.txt", "some 3,000 people", 3000, O, "tornado_opt_population"),
    ("tornado_wire.txt", "Castillo, 62", 62, O, "tornado_opt_age"),
    ("tornado_broadcast.txt", "out for a week", None, COOP, "tornado_opt_restore_week"),
    ("tornado_local.txt", "about 200 feet", 200, RADAR, "tornado_opt_radar_height"),
    ("tornado_local.txt", "millions of times", None, O, "tornado_opt_views"),
    ("tornado_local.txt", "by Thursday", None, COOP, "tornado_opt_restore_day"),
    ("tornado_local.txt", "since April 1998", None, O, "tornado_opt_deadliest_since"),
    ("tornado_local.txt", "better than average", None, NWS, "tornado_opt_lead_time_average"),
    ("tornado_local.txt", "not used for the official rating", None, O, "tornado_opt_radar_rule"),
    ("tornado_live.txt", "Thousands without power", None, O, "tornado_opt_power_region"),
    ("tornado_live.txt", "two more than the department's morning figure", 2, OEM, "tornado_opt_toll_increase"),
    ("tornado_live.txt", "12 dead on her street", 12, "reader OkieDan", "tornado_opt_reader"),
    ("tornado_live.txt", "150mph is way too low", 150, "reader stormnerd_ks", "tornado_opt_reader"),
    ("tornado_live.txt", "Donated $50", 50, "reader Marge T.", "tornado_opt_reader_donation"),
    ("volcano_wire.txt", "several kilometres into the sky", None, O, "volcano_opt_column_vague"),
    ("volcano_wire.txt", "five-step scale", 5, O, "volcano_opt_scale"),
    ("volcano_wire.txt", "possible within weeks", None, PHIV, "volcano_opt_level3_meaning"),
    ("volcano_wire.txt", "We are seeing magma moving up", None, PHIV, "volcano_opt_magma"),
    ("volcano_broadcast.txt", "three-day trek", 3, SPOL, "volcano_opt_trek"),
    ("volcano_local.txt", "two more climbers", 2, ARMY, "volcano_opt_rescued_wednesday"),
    ("volcano_local.txt", "the 14 the province has counted", 14, GUIDES, "volcano_opt_province_count"),
    ("volcano_local.txt", "two porters", 2, GUIDES, "volcano_opt_porters"),
    ("volcano_local.txt", "5 kilometers from the crater", 5, O, "volcano_opt_lunas_distance"),
    ("volcano_local.txt", "a few hundred tonnes", None, PHIV, "volcano_opt_so2_september"),
    ("volcano_local.txt", "declared a state of calamity", None, VGOV, "volcano_opt_calamity"),
    ("volcano_live.txt", "71-year-old farmer", 71, NDR, "volcano_opt_farmer_age"),
    ("volcano_live.txt", "within hours to days", None, PHIV, "volcano_opt_level4_meaning"),
    ("volcano_live.txt", "without permission", None, PDR, "volcano_opt_without_permission"),
    ("volcano_live.txt", "2 inches thick", 2, "reader jun_sorsogon", "volcano_opt_reader"),
    ("volcano_live.txt", "20 people were up there", 20, "reader bikolana_88", "volcano_opt_reader"),
    ("bridge_wire.txt", "two cars, two trucks and a motorcycle", 5, BOMB, "bridge_opt_vehicle_types"),
    ("bridge_wire.txt", "found no structural risk", None, CONTR, "bridge_opt_inspection_result"),
    ("bridge_wire.txt", "opened an investigation", None, "Para state prosecutors", "bridge_opt_investigation"),
    ("bridge_broadcast.txt", "three more bodies", 3, BOMB, "bridge_opt_bodies_friday"),
    ("bridge_broadcast.txt", "town of 22,000", 22000, BMAYOR, "bridge_opt_population"),
    ("bridge_broadcast.txt", "worst bridge disaster in years", None, O, "bridge_opt_worst"),
    ("bridge_local.txt", "Souza, 47", 47, O, "bridge_opt_driver_age"),
    ("bridge_local.txt", "about 180 km", 180, O, "bridge_opt_detour"),
    ("bridge_local.txt", "Two ferries", 2, O, "bridge_opt_ferries"),
    ("bridge_local.txt", "the tugboat's captain had been questioned", None, NAVY, "bridge_opt_tug_captain"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # tornado
    "tornado_dead": {("oem5", "oem5"): SC, ("oem5", "sher6"): C, ("oem5", "oem7"): U, ("oem5", "out7"): C,
                     ("oem5", "sher2"): CO, ("sher6", "oem7"): CO, ("sher6", "out7"): CO, ("sher6", "sher2"): U,
                     ("oem7", "oem7"): SC, ("oem7", "out7"): CO, ("oem7", "sher2"): CO, ("out7", "sher2"): CO},
    "tornado_dead_children": {("oem2c", "sher2c"): CO},
    "tornado_injured": {("oem40", "oem40"): SC, ("oem40", "mayor50"): CO, ("oem40", "oem58"): U,
                        ("oem40", "sherdoz"): CO, ("mayor50", "oem58"): CO, ("mayor50", "sherdoz"): CO,
                        ("oem58", "sherdoz"): CO},
    "tornado_hospital": {("hosp23", "hosp23"): SC, ("hosp15", "hosp23"): U},
    "tornado_homes_destroyed": {("em120", "oem85"): CO, ("em120", "mayor200"): C, ("oem85", "mayor200"): CO},
    "tornado_homes_damaged": {("em300", "oem340"): CO},
    "tornado_power_out": {("coop4300", "coop4300"): SC, ("coop4300", "coop1900"): U, ("coop4300", "coop600"): U,
                          ("coop1900", "coop600"): U},
    "tornado_rating": {("nwsef3", "nwsef3"): SC, ("nwsef3", "nwsef4"): U, ("nwsef4", "nwsef4"): SC},
    "tornado_wind": {("nws150", "nws150"): SC, ("nws150", "nws165"): U, ("nws150", "radar190"): C,
                     ("nws165", "nws165"): SC, ("nws165", "radar190"): C},
    "tornado_path_length": {("nws20", "nws25"): U, ("nws20", "nws27"): U, ("nws25", "nws27"): U},
    "tornado_path_width": {("nwswidth", "nwswidth"): SC, ("nwswidth", "chaser1mi"): C},
    "tornado_touchdown_time": {("nws642", "nws642"): SC, ("nws642", "chaser631"): C},
    "tornado_warning_time": {("nws624", "nws624"): SC},
    "tornado_lead_time": {("nws18", "nws18"): SC, ("nws18", "mayor5"): C},
    "tornado_sirens": {("emok", "emok"): SC, ("emok", "resno"): C, ("emok", "mayorno"): C, ("resno", "mayorno"): CO,
                       ("emok", "outsiren"): C, ("resno", "outsiren"): CO},
    "tornado_shelter": {("rc85", "rc140"): U},
    "tornado_moore_toll": {("outmoore1", "outmoore2"): CO},
    # volcano
    "volcano_evacuated": {("thouw", "thoub"): CO, ("thouw", "ocd12k"): CO, ("thouw", "pdr15k"): CO,
                          ("thouw", "ocd185"): CO, ("ocd12k", "thoub"): CO, ("ocd12k", "ocd12k"): SC,
                          ("ocd12k", "pdr15k"): CO, ("ocd12k", "ocd185"): U, ("thoub", "ocd185"): CO,
                          ("pdr15k", "ocd185"): C, ("ocd185", "ocd185"): SC},
    "volcano_in_centres": {("dswd98", "dswd112"): U},
    "volcano_centres": {("dswd41", "dswd47"): U},
    "volcano_ash_column": {("phiv55", "phiv55"): SC, ("phiv55", "vaac30"): C},
    "volcano_eruption_time": {("phiv1137", "phiv1137"): SC, ("phiv1137", "capt10"): C},
    "volcano_alert_level": {("phiv3", "phiv3"): SC, ("phiv3", "phiv4"): U, ("phiv4", "phiv4"): SC},
    "volcano_prior_alert": {("phiv1", "phiv1"): SC},
    "volcano_prior_alert_since": {("phivsince", "phivsince"): SC},
    "volcano_danger_zone": {("phiv6", "phiv6"): SC, ("phiv6", "phiv10"): U, ("phiv10", "phiv10"): SC},
    "volcano_second_explosion": {("phiv450", "phiv450"): SC},
    "volcano_on_trail": {("pdr14", "guide16"): C},
    "volcano_rescued": {("army5", "army5"): SC, ("army5", "army7"): U},
    "volcano_missing": {("pdr9", "pdr9"): SC, ("pdr9", "pol8"): CO, ("pdr9", "pdr5"): U, ("pol8", "pdr5"): C},
    "volcano_dead": {("pdr2", "ndr3"): C},
    "volcano_villages_ash": {("pdr38", "outdoz"): CO, ("pdr38", "gov40"): C, ("outdoz", "gov40"): CO},
    "volcano_flights": {("caap24", "caap30"): U, ("caap24", "caap32"): U, ("caap32", "caap30"): U},
    "volcano_trail_closed": {("pdrclosed", "pdrclosed"): SC, ("pdrclosed", "touropen"): C,
                             ("pdrclosed", "guidesopen"): C, ("touropen", "guidesopen"): CO},
    "volcano_1987_toll": {("out1987a", "out1987b"): CO},
    # bridge
    "bridge_dead": {("bomb4", "bomb7"): U, ("bomb4", "bomb8"): U, ("bomb7", "bomb8"): U,
                    ("dc5", "bomb7"): C, ("dc5", "bomb8"): C},
    "bridge_missing": {("bomb6m", "bomb3m"): U, ("bomb6m", "bomb2m"): U, ("bomb3m", "bomb2m"): U,
                       ("bomb6m", "mayor10"): C, ("bomb3m", "mayor10"): C},
    "bridge_rescued": {("bomb5r", "bomb5r"): SC},
    "bridge_aboard": {("bomb15", "bomb15"): SC, ("bomb15", "set20"): C},
    "bridge_vehicles": {("bomb5v", "set7v"): C, ("bomb5v", "drv89"): C, ("set7v", "drv89"): CO},
    "bridge_dead_children": {("mayor3c", "bomb2c"): C},
    "bridge_collapse_time": {("bomb520", "bomb520"): SC, ("bomb520", "fish430"): C},
    "bridge_divers": {("bomb18", "dc40"): C, ("bomb18", "bomb30"): U, ("dc40", "bomb30"): CO},
    "bridge_river_depth": {("bomb25d", "fish40"): C},
    "bridge_span_fell": {("set90", "out90"): CO, ("set90", "out120"): C, ("out90", "out120"): C},
    "bridge_length": {("set412", "out412"): CO},
    "bridge_year_built": {("set1979", "out1981"): C},
    "bridge_last_inspection": {("contrinsp", "setinsp"): CO, ("contrinsp", "creainsp"): C, ("setinsp", "creainsp"): C},
    "bridge_warnings": {("res3", "res3"): SC, ("res3", "setno"): C, ("res3", "contrno"): C, ("setno", "contrno"): CO},
    "bridge_cause": {("contrcause", "setbarge"): C, ("contrcause", "navybarge"): C, ("contrcause", "creacorr"): C,
                     ("setbarge", "navybarge"): CO, ("setbarge", "creacorr"): C},
    "bridge_repair_budget": {("set12m", "state12m"): SC},
    "bridge_genoa_toll": {("outg43w", "outg43b"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
