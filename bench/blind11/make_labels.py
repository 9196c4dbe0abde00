"""Hand labels for bench/blind11 (gas pipeline explosion in Konaseema, Andhra Pradesh; prison riot in
Guayaquil, Ecuador; tanker oil spill off Kangaroo Island, South Australia). Run from the project root:
    /work/venv/bin/python bench/blind11/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
COL = "district collector P. Lakshmi Prasanna (district administration)"
SP = "police, Superintendent of Police Ravi Teja Varma"
DGGL = "Deccan Gas Grid Ltd (DGGL), Nikhil Menon"
CESA = "Centre for Energy Safety and Accountability (CESA), Meera Iyer"
NDRF = "National Disaster Response Force (NDRF), Harpreet Sandhu"
FIRE = "fire services, Fire Officer M. Srinivasulu"
DMHO = "medical and health officer Dr B. Venkateswarlu"
GGH = "Government General Hospital (GGH) Kakinada, Dr K. Radha Kumari"
SARP = "Venkata Ramana, village sarpanch"
SATYA = "K. Satyanarayana (farmer)"
MRO = "Mandal Revenue Officer S. Padmavathi"
PMO = "Prime Minister's Office"
STATE = "Andhra Pradesh state government (chief minister's office)"
WIT = "witnesses"

SNAI = "SNAI prison agency, director Patricio Valdivieso"
POL = "National Police, General Marcela Ortiz"
MIN = "Interior Minister Rodrigo Salcedo (government)"
OMB = "Ombudsman Lucia Andrade"
RCVP = "Citizen Prison Monitoring Network (RCVP), Andres Cevallos"
UNION = "prison guards' association, Jorge Piguave"
MIL = "army Joint Command"
QUIN = "Rosa Quinonez (inmate's mother)"
HOSPN = "Hospital del Norte"
FOR = "forensic service (SNMLCF)"
PRES = "presidency (President's office)"

AMSA = "Australian Maritime Safety Authority (AMSA), Claire Donnelly"
LUMEN = "Lumen Shipping, Daniel Koh"
SAPOL = "South Australia Police, Inspector Grant Tulloch"
EPA = "EPA"
SCWR = "Southern Coast Wildlife Rescue, Jess Moriarty"
MINE = "Environment Minister Kate Harrow"
DIT = "Department for Infrastructure and Transport"
MAYOR = "Kangaroo Island Mayor Heather Blyth"
PAPPAS = "Con Pappas (rock lobster fisherman)"
MCA = "Marine Conservation Alliance SA, Paul Nguyen"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- pipeline: gas pipeline explosion at Kothapalem, Konaseema, Andhra Pradesh (5-6 November 2026, IST = UTC+5:30)
    # wire (AFP), Thursday afternoon
    ("pipeline_wire.txt", "seven people", 7, COL, "pipe_dead", "col7"),
    ("pipeline_wire.txt", "23", 23, COL, "pipe_injured", "col23"),
    ("pipeline_wire.txt", "about 5:50 am", None, SP, "pipe_time", "sp550"),
    ("pipeline_wire.txt", "About 1,200 people", 1200, COL, "pipe_evacuated", "col1200"),
    ("pipeline_wire.txt", "three villages", 3, COL, "pipe_villages", "col3v"),
    ("pipeline_wire.txt", "42 houses", 42, COL, "pipe_houses", "col42"),
    ("pipeline_wire.txt", "as high as 50 metres", 50, WIT, "pipe_flame_height", "wit50"),
    ("pipeline_wire.txt", "had complained about the smell of gas for weeks", None, SATYA, "pipe_leak_complaints", "satya"),
    ("pipeline_wire.txt", "in 2001", None, DGGL, "pipe_pipeline_age", "dggl2001"),
    ("pipeline_wire.txt", "by 6:35 am", None, DGGL, "pipe_valve_closed", "dggl635"),
    ("pipeline_wire.txt", "Rs 2 lakh", 200000, PMO, "pipe_pm_exgratia", "pmo2l"),
    ("pipeline_wire.txt", "Rs 50,000", 50000, PMO, "pipe_pm_injured", "pmo50k"),
    ("pipeline_wire.txt", "Rs 25 lakh", 2500000, STATE, "pipe_state_comp", "state25"),
    ("pipeline_wire.txt", "22 people", 22, O, "pipe_nagaram_toll", "out22"),
    # broadcaster website (NewsLine 24x7), Thursday 21:40 IST
    ("pipeline_broadcast.txt", "risen to 11", 11, COL, "pipe_dead", "col11"),
    ("pipeline_broadcast.txt", "at least 14 people", 14, CESA, "pipe_dead", "cesa14"),
    ("pipeline_broadcast.txt", "Thirty-one", 31, COL, "pipe_injured", "col31"),
    ("pipeline_broadcast.txt", "four who are critical", 4, COL, "pipe_critical", "col4c"),
    ("pipeline_broadcast.txt", "Nineteen", 19, COL, "pipe_ggh_admitted", "col19"),
    ("pipeline_broadcast.txt", "12", 12, COL, "pipe_area_admitted", "col12a"),
    ("pipeline_broadcast.txt", "two children", 2, COL, "pipe_dead_children", "col2ch"),
    ("pipeline_broadcast.txt", "shortly before 6 am", None, COL, "pipe_time", "col6"),
    ("pipeline_broadcast.txt", "Nearly 1,500 people", 1500, NDRF, "pipe_evacuated", "ndrf1500"),
    ("pipeline_broadcast.txt", "about 30 metres", 30, FIRE, "pipe_flame_height", "fire30"),
    ("pipeline_broadcast.txt", "around 9.40 am", None, FIRE, "pipe_fire_out", "fire940"),
    ("pipeline_broadcast.txt", "A dozen fire tenders", 12, FIRE, "pipe_fire_tenders", "fire12"),
    ("pipeline_broadcast.txt", "three officials", 3, SP, "pipe_arrests", "sp3"),
    ("pipeline_broadcast.txt", "no complaint of a gas leak was received", None, DGGL, "pipe_leak_complaints", "dgglno"),
    ("pipeline_broadcast.txt", "inspected in August", None, DGGL, "pipe_inspection", "dgglaug"),
    ("pipeline_broadcast.txt", "the valve was not shut until after 8 am", None, CESA, "pipe_valve_closed", "cesa8"),
    ("pipeline_broadcast.txt", "more than 30 years old", 30, CESA, "pipe_pipeline_age", "cesa30"),
    ("pipeline_broadcast.txt", "Rs 25 lakh", 2500000, STATE, "pipe_state_comp", "state25"),
    # local paper (The Godavari Chronicle), Friday
    ("pipeline_local.txt", "toll to 12", 12, COL, "pipe_dead", "col12"),
    ("pipeline_local.txt", "thirty-one people", 31, DMHO, "pipe_injured", "dmho31"),
    ("pipeline_local.txt", "six of them", 6, DMHO, "pipe_critical", "dmho6"),
    ("pipeline_local.txt", "19 patients", 19, GGH, "pipe_ggh_admitted", "ggh19"),
    ("pipeline_local.txt", "5.50 am", None, SP, "pipe_time", "sp550"),
    ("pipeline_local.txt", "by 9.40 am", None, FIRE, "pipe_fire_out", "fire940"),
    ("pipeline_local.txt", "100 feet", 100, SARP, "pipe_flame_height", "sarp100"),
    ("pipeline_local.txt", "four villages", 4, SARP, "pipe_villages", "sarp4v"),
    ("pipeline_local.txt", "Three of the dead", 3, SARP, "pipe_dead_children", "sarp3ch"),
    ("pipeline_local.txt", "We complained to the company officials twice", None, SARP, "pipe_leak_complaints", "sarpyes"),
    ("pipeline_local.txt", "14 fire tenders", 14, MRO, "pipe_fire_tenders", "mro14"),
    ("pipeline_local.txt", "more than 60", 60, MRO, "pipe_houses", "mro60"),
    ("pipeline_local.txt", "Rs 10 lakh", 1000000, DGGL, "pipe_company_comp", "dggl10l"),
    ("pipeline_local.txt", "Rs 25 lakh", 2500000, STATE, "pipe_state_comp", "state25"),
    ("pipeline_local.txt", "none of its employees had been arrested", None, DGGL, "pipe_arrests", "dgglnone"),
    ("pipeline_local.txt", "25-year-old", 25, DGGL, "pipe_pipeline_age", "dggl2001"),
    ("pipeline_local.txt", "in 2028", None, DGGL, "pipe_replacement", "dggl2028"),
    ("pipeline_local.txt", "last inspected in 2019", None, CESA, "pipe_inspection", "cesa2019"),
    ("pipeline_local.txt", "more than 20 lives", 20, O, "pipe_nagaram_toll", "out20"),

    # ---------------- riot: prison riot at Los Almendros, Guayaquil, Ecuador (20-22 October 2026, ECT = UTC-5)
    # wire (Reuters), Wednesday
    ("riot_wire.txt", "At least 14", 14, SNAI, "riot_dead", "snai14"),
    ("riot_wire.txt", "around 9:30 p.m.", None, SNAI, "riot_start_time", "snai930"),
    ("riot_wire.txt", "6:15 a.m.", None, SNAI, "riot_control_time", "snai615"),
    ("riot_wire.txt", "Seven guards", 7, SNAI, "riot_hostages", "snai7"),
    ("riot_wire.txt", "36 people", 36, POL, "riot_injured", "pol36"),
    ("riot_wire.txt", "nine police officers", 9, POL, "riot_injured_officers", "pol9"),
    ("riot_wire.txt", "no inmate escaped", None, MIN, "riot_escaped", "min0"),
    ("riot_wire.txt", "a dispute between the Los Condores and Los Chacales gangs", None, MIN, "riot_cause", "mingang"),
    ("riot_wire.txt", "The situation is under control", None, MIN, "riot_under_control", "minctrl"),
    ("riot_wire.txt", "about 4,300 inmates", 4300, SNAI, "riot_population", "snai4300"),
    ("riot_wire.txt", "60-day", 60, PRES, "riot_emergency", "pres60"),
    ("riot_wire.txt", "at least 118", 118, O, "riot_2021_toll", "out118"),
    # broadcaster website (HNN), Wednesday evening
    ("riot_broadcast.txt", "Nineteen", 19, SNAI, "riot_dead", "snai19"),
    ("riot_broadcast.txt", "at least 20", 20, OMB, "riot_dead", "omb20"),
    ("riot_broadcast.txt", "Nothing is under control", None, OMB, "riot_under_control", "ombctrl"),
    ("riot_broadcast.txt", "nobody got out", None, MIN, "riot_escaped", "min0"),
    ("riot_broadcast.txt", "42 inmates", 42, POL, "riot_escaped", "pol42"),
    ("riot_broadcast.txt", "21:30 local time", None, POL, "riot_start_time", "pol2130"),
    ("riot_broadcast.txt", "used only non-lethal force", None, POL, "riot_force", "polforce"),
    ("riot_broadcast.txt", "nine guards", 9, UNION, "riot_hostages", "union9"),
    ("riot_broadcast.txt", "seven guards", 7, SNAI, "riot_hostages", "snai7"),
    ("riot_broadcast.txt", "48 guards", 48, SNAI, "riot_guards_on_duty", "snai48"),
    ("riot_broadcast.txt", "two guards", 2, SNAI, "riot_guards_injured", "snai2g"),
    ("riot_broadcast.txt", "a turf war between gangs", None, MIN, "riot_cause", "mingang"),
    ("riot_broadcast.txt", "a protest by inmates against the planned transfer of gang leaders", None, RCVP, "riot_cause",
     "rcvpprotest"),
    ("riot_broadcast.txt", "More than 4,000 people", 4000, RCVP, "riot_population", "rcvp4000"),
    ("riot_broadcast.txt", "built for 1,800", 1800, RCVP, "riot_capacity", "rcvp1800"),
    ("riot_broadcast.txt", "At least 60 inmates", 60, RCVP, "riot_year_toll", "rcvp60"),
    ("riot_broadcast.txt", "60-day", 60, PRES, "riot_emergency", "pres60"),
    # live blog (Latin America Desk), Wednesday, times GMT
    ("riot_live.txt", "19 inmates killed", 19, SNAI, "riot_dead", "snai19"),
    ("riot_live.txt", "At least 14", 14, SNAI, "riot_dead", "snai14"),
    ("riot_live.txt", "42 got out", 42, POL, "riot_escaped", "pol42"),
    ("riot_live.txt", "at least 35", 35, POL, "riot_escaped", "pol35"),
    ("riot_live.txt", "no one had escaped", None, MIN, "riot_escaped", "min0"),
    ("riot_live.txt", "11 of them recaptured", 11, POL, "riot_recaptured", "pol11r"),
    ("riot_live.txt", "31 still on the run", 31, POL, "riot_at_large", "pol31l"),
    ("riot_live.txt", "18 injured people", 18, HOSPN, "riot_hospital_intake", "hosp18"),
    ("riot_live.txt", "three of them in intensive care", 3, HOSPN, "riot_icu", "hosp3"),
    ("riot_live.txt", "about 150 inmates", 150, MIN, "riot_transfers", "min150"),
    ("riot_live.txt", "a clash between rival gangs", None, SNAI, "riot_cause", "snaigang"),
    ("riot_live.txt", "17 bodies", 17, FOR, "riot_morgue", "for17"),
    ("riot_live.txt", "11:15 GMT", None, POL, "riot_control_time", "pol1115"),
    ("riot_live.txt", "Nine officers", 9, POL, "riot_injured_officers", "pol9"),
    ("riot_live.txt", "02:30 GMT", None, SNAI, "riot_start_time", "snai930"),
    ("riot_live.txt", "Seven guards", 7, SNAI, "riot_hostages", "snai7"),
    # local paper (The Coastal Post, English-language), Thursday
    ("riot_local.txt", "rose to 22", 22, SNAI, "riot_dead", "snai22"),
    ("riot_local.txt", "more than 30", 30, RCVP, "riot_dead", "rcvp30"),
    ("riot_local.txt", "42 inmates escaped", 42, POL, "riot_escaped", "pol42"),
    ("riot_local.txt", "17 have been recaptured", 17, POL, "riot_recaptured", "pol17r"),
    ("riot_local.txt", "25 remain at large", 25, POL, "riot_at_large", "pol25l"),
    ("riot_local.txt", "$5,000", 5000, POL, "riot_reward", "pol5000"),
    ("riot_local.txt", "41 people", 41, POL, "riot_injured", "pol41"),
    ("riot_local.txt", "all seven guards", 7, SNAI, "riot_hostages", "snai7"),
    ("riot_local.txt", "120 inmates", 120, SNAI, "riot_transfers", "snai120"),
    ("riot_local.txt", "only 19 guards", 19, UNION, "riot_guards_on_duty", "union19"),
    ("riot_local.txt", "some 4,000 inmates", 4000, UNION, "riot_population", "union4000"),
    ("riot_local.txt", "four guards", 4, UNION, "riot_guards_injured", "union4g"),
    ("riot_local.txt", "designed for 2,400", 2400, SNAI, "riot_capacity", "snai2400"),
    ("riot_local.txt", "shortly after 5 a.m.", None, MIL, "riot_control_time", "mil5"),
    ("riot_local.txt", "around 8 in the evening", None, QUIN, "riot_start_time", "quin8"),
    ("riot_local.txt", "fired tear gas and live rounds at unarmed inmates", None, QUIN, "riot_force", "quinfire"),
    ("riot_local.txt", "deny using firearms", None, POL, "riot_force", "polforce"),
    ("riot_local.txt", "At least 60 inmates", 60, RCVP, "riot_year_toll", "rcvp60"),
    ("riot_local.txt", "119 inmates", 119, O, "riot_2021_toll", "out119"),

    # ---------------- spill: tanker Coral Mariner aground in Backstairs Passage, South Australia (15-16 November 2026,
    # ACDT = UTC+10:30, summer time)
    # wire (AP), Sunday
    ("spill_wire.txt", "about 150 tonnes", 150, AMSA, "spill_volume", "amsa150"),
    ("spill_wire.txt", "less than 50 tonnes", 49, LUMEN, "spill_volume", "lumen50"),
    ("spill_wire.txt", "about 2:40 a.m.", None, AMSA, "spill_time", "amsa240"),
    ("spill_wire.txt", "about 60,000 tonnes", 60000, AMSA, "spill_cargo", "amsa60k"),
    ("spill_wire.txt", "none of which had leaked", None, AMSA, "spill_cargo_leak", "amsanone"),
    ("spill_wire.txt", "1,200 tonnes", 1200, AMSA, "spill_bunker", "amsa1200"),
    ("spill_wire.txt", "about 12 kilometers", 12, AMSA, "spill_slick_length", "amsa12"),
    ("spill_wire.txt", "about 3.5 nautical miles", 3.5, AMSA, "spill_distance", "amsa35"),
    ("spill_wire.txt", "All 22 crew members", 22, SAPOL, "spill_crew", "pol22"),
    ("spill_wire.txt", "one crew member", 1, SAPOL, "spill_crew_injured", "pol1"),
    ("spill_wire.txt", "the leak had been stopped", None, LUMEN, "spill_leak_status", "lumenstop"),
    ("spill_wire.txt", "A licensed pilot was on board", None, LUMEN, "spill_pilot", "lumenpilot"),
    ("spill_wire.txt", "about 270 tonnes", 270, O, "spill_pa_volume", "outpa270"),
    # broadcaster website (Southern Cross News), Sunday evening
    ("spill_broadcast.txt", "Up to 400 tonnes", 400, AMSA, "spill_volume", "amsa400"),
    ("spill_broadcast.txt", "More than 300 responders", 300, AMSA, "spill_responders", "amsa300"),
    ("spill_broadcast.txt", "no further oil is leaking", None, LUMEN, "spill_leak_status", "lumenstop"),
    ("spill_broadcast.txt", "3.05am", None, LUMEN, "spill_time", "lumen305"),
    ("spill_broadcast.txt", "all 22 crew", 22, LUMEN, "spill_crew", "lumen22"),
    ("spill_broadcast.txt", "no pilot had been requested", None, DIT, "spill_pilot", "ditno"),
    ("spill_broadcast.txt", "a licensed pilot was on board", None, LUMEN, "spill_pilot", "lumenpilot"),
    ("spill_broadcast.txt", "about eight kilometres", 8, EPA, "spill_slick_length", "epa8"),
    ("spill_broadcast.txt", "about 18 kilometres", 18, EPA, "spill_coastline", "epa18"),
    ("spill_broadcast.txt", "more than 200 oiled birds", 200, SCWR, "spill_birds", "scwr200"),
    ("spill_broadcast.txt", "about six kilometres", 6, SAPOL, "spill_distance", "pol6km"),
    ("spill_broadcast.txt", "at least $30 million", 30000000, MINE, "spill_cleanup_cost", "min30m"),
    # local paper (The Island Courier), Monday
    ("spill_local.txt", "still escaping", None, AMSA, "spill_leak_status", "amsaleak"),
    ("spill_local.txt", "the leak had been plugged", None, LUMEN, "spill_leak_status", "lumenstop"),
    ("spill_local.txt", "up to 400 tonnes", 400, AMSA, "spill_volume", "amsa400"),
    ("spill_local.txt", "around 25 kilometres", 25, AMSA, "spill_slick_length", "amsa25"),
    ("spill_local.txt", "more than 40 kilometres", 40, MAYOR, "spill_coastline", "mayor40"),
    ("spill_local.txt", "340 oiled birds", 340, SCWR, "spill_birds", "scwr340"),
    ("spill_local.txt", "60 of them little penguins", 60, SCWR, "spill_birds_penguins", "scwr60"),
    ("spill_local.txt", "At least 45 birds", 45, SCWR, "spill_birds_dead", "scwr45"),
    ("spill_local.txt", "two crew members", 2, LUMEN, "spill_crew_injured", "lumen2"),
    ("spill_local.txt", "about $10 million", 10000000, LUMEN, "spill_cleanup_cost", "lumen10m"),
    ("spill_local.txt", "around 2.45am", None, PAPPAS, "spill_time", "pappas245"),
    ("spill_local.txt", "at least a month", None, MINE, "spill_closure", "minmonth"),
    ("spill_local.txt", "Eleven beaches", 11, EPA, "spill_beaches", "epa11"),
    ("spill_local.txt", "270 tonnes", 270, O, "spill_pa_volume", "outpa270b"),
    # live blog (The Adelaide Ledger), Sunday, times ACDT
    ("spill_live.txt", "up to 400 tonnes", 400, AMSA, "spill_volume", "amsa400"),
    ("spill_live.txt", "less than 50 tonnes", 49, LUMEN, "spill_volume", "lumen50"),
    ("spill_live.txt", "more than 500 tonnes", 500, MCA, "spill_volume", "mca500"),
    ("spill_live.txt", "90 oiled birds", 90, EPA, "spill_birds", "epa90"),
    ("spill_live.txt", "within 20 nautical miles", 20, EPA, "spill_closure_area", "epa20nm"),
    ("spill_live.txt", "for two weeks", None, EPA, "spill_closure", "epa2w"),
    ("spill_live.txt", "11 beaches", 11, EPA, "spill_beaches", "epa11"),
    ("spill_live.txt", "only eight kilometres", 8, MAYOR, "spill_distance", "mayor8km"),
    ("spill_live.txt", "about 12km", 12, AMSA, "spill_slick_length", "amsa12"),
    ("spill_live.txt", "A sheen is still coming off the ship", None, EPA, "spill_leak_status", "epaleak"),
    ("spill_live.txt", "1610 UTC", None, AMSA, "spill_time", "amsa240"),
    ("spill_live.txt", "All 22 crew", 22, SAPOL, "spill_crew", "pol22"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("pipeline_wire.txt", "0020 GMT", None, SP, "pipe_opt_time_gmt"),
    ("pipeline_wire.txt", "more than half of their bodies", None, COL, "pipe_opt_burns"),
    ("pipeline_wire.txt", "54-year-old", 54, O, "pipe_opt_age"),
    ("pipeline_wire.txt", "18-inch", 18, DGGL, "pipe_opt_diameter"),
    ("pipeline_wire.txt", "$2,400", 2400, O, "pipe_opt_usd"),
    ("pipeline_wire.txt", "June 2014", None, O, "pipe_opt_nagaram_date"),
    ("pipeline_broadcast.txt", "four more bodies", 4, COL, "pipe_opt_more_bodies"),
    ("pipeline_broadcast.txt", "aged six and nine", None, COL, "pipe_opt_child_ages"),
    ("pipeline_broadcast.txt", "The search is over", None, COL, "pipe_opt_search_over"),
    ("pipeline_broadcast.txt", "nearly four hours", 4, FIRE, "pipe_opt_fire_duration"),
    ("pipeline_broadcast.txt", "11 dead", 11, "reader ramesh_k", "pipe_opt_reader"),
    ("pipeline_broadcast.txt", "2 km", 2, "reader Sujatha V", "pipe_opt_reader"),
    ("pipeline_broadcast.txt", "for a month at least", None, "reader Sujatha V", "pipe_opt_reader"),
    ("pipeline_broadcast.txt", "more than one hour", 1, "reader KP_Razole", "pipe_opt_reader"),
    ("pipeline_local.txt", "38-year-old", 38, O, "pipe_opt_age"),
    ("pipeline_local.txt", "not three as officials claimed", None, SARP, "pipe_opt_restated"),
    ("pipeline_local.txt", "not in August", None, CESA, "pipe_opt_restated"),
    ("pipeline_local.txt", "June 2014", None, O, "pipe_opt_nagaram_date"),
    ("pipeline_local.txt", "40 km", 40, O, "pipe_opt_nagaram_distance"),
    ("pipeline_local.txt", "Rs 1 crore", 10000000, "residents", "pipe_opt_nagaram_penalty"),
    ("riot_wire.txt", "0230 GMT", None, SNAI, "riot_opt_start_gmt"),
    ("riot_broadcast.txt", "14 given in the morning", 14, SNAI, "riot_opt_earlier_toll"),
    ("riot_broadcast.txt", "not seven", None, UNION, "riot_opt_restated"),
    ("riot_live.txt", "6:15 a.m. local", None, POL, "riot_opt_control_local"),
    ("riot_live.txt", "42 escaped and the minister said none", 42, "reader @guayaco_83", "riot_opt_reader"),
    ("riot_live.txt", "3 days with no news", 3, "reader @mari.q", "riot_opt_reader"),
    ("riot_live.txt", "25 dead", 25, "reader @mari.q", "riot_opt_reader"),
    ("riot_local.txt", "three more bodies", 3, SNAI, "riot_opt_more_bodies"),
    ("riot_local.txt", "counting slowly on purpose", None, RCVP, "riot_opt_accusation"),
    ("riot_local.txt", "one of them by a machete", 1, UNION, "riot_opt_machete"),
    ("spill_wire.txt", "1610 GMT", None, AMSA, "spill_opt_time_gmt"),
    ("spill_wire.txt", "7.5 miles", 7.5, O, "spill_opt_miles"),
    ("spill_broadcast.txt", "more than twice", 2, AMSA, "spill_opt_twice"),
    ("spill_local.txt", "about half an hour later", None, PAPPAS, "spill_opt_smell"),
    ("spill_local.txt", "do not match what our people are seeing", None, MAYOR, "spill_opt_mayor_doubt"),
    ("spill_live.txt", "The official numbers are a guess", None, MCA, "spill_opt_guess"),
    ("spill_live.txt", "November 29", None, EPA, "spill_opt_review"),
    ("spill_live.txt", "November 1", None, O, "spill_opt_season"),
    ("spill_live.txt", "2.40am Sunday", None, O, "spill_opt_time_local"),
    ("spill_live.txt", "150 tonnes my foot", 150, "reader KI_local", "spill_opt_reader"),
    ("spill_live.txt", "14 oiled penguins", 14, "reader Deb from Penneshaw", "spill_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # pipeline
    "pipe_dead": {("col7", "col11"): U, ("col7", "cesa14"): C, ("col7", "col12"): U, ("col11", "col12"): U,
                  ("cesa14", "col12"): C},
    "pipe_injured": {("col23", "col31"): U, ("col23", "dmho31"): C, ("col31", "dmho31"): CO},
    "pipe_critical": {("col4c", "dmho6"): C},
    "pipe_ggh_admitted": {("col19", "ggh19"): CO},
    "pipe_dead_children": {("col2ch", "sarp3ch"): C},
    "pipe_time": {("sp550", "sp550"): SC, ("sp550", "col6"): CO},
    "pipe_evacuated": {("col1200", "ndrf1500"): C},
    "pipe_villages": {("col3v", "sarp4v"): C},
    "pipe_houses": {("col42", "mro60"): C},
    "pipe_flame_height": {("wit50", "fire30"): C, ("wit50", "sarp100"): C, ("fire30", "sarp100"): CO},
    "pipe_fire_out": {("fire940", "fire940"): SC},
    "pipe_fire_tenders": {("fire12", "mro14"): C},
    "pipe_arrests": {("sp3", "dgglnone"): C},
    "pipe_leak_complaints": {("satya", "dgglno"): C, ("satya", "sarpyes"): CO, ("dgglno", "sarpyes"): C},
    "pipe_inspection": {("dgglaug", "cesa2019"): C},
    "pipe_pipeline_age": {("dggl2001", "cesa30"): C, ("dggl2001", "dggl2001"): SC},
    "pipe_valve_closed": {("dggl635", "cesa8"): C},
    "pipe_state_comp": {("state25", "state25"): S},
    "pipe_nagaram_toll": {("out22", "out20"): CO},
    # riot
    "riot_dead": {("snai14", "snai14"): S, ("snai14", "snai19"): U, ("snai14", "omb20"): CO, ("snai14", "snai22"): U,
                  ("snai14", "rcvp30"): CO, ("snai19", "snai19"): SC, ("snai19", "omb20"): C, ("snai19", "snai22"): U,
                  ("snai19", "rcvp30"): C, ("omb20", "snai22"): CO, ("omb20", "rcvp30"): CO},
    "riot_escaped": {("min0", "min0"): SC, ("min0", "pol42"): C, ("min0", "pol35"): C, ("pol42", "pol42"): SC,
                     ("pol35", "pol42"): U},
    "riot_recaptured": {("pol11r", "pol17r"): U},
    "riot_at_large": {("pol31l", "pol25l"): U},
    "riot_injured": {("pol36", "pol41"): U},
    "riot_injured_officers": {("pol9", "pol9"): SC},
    "riot_hostages": {("snai7", "snai7"): SC, ("snai7", "union9"): C},
    "riot_start_time": {("snai930", "snai930"): SC, ("snai930", "pol2130"): CO, ("snai930", "quin8"): C,
                        ("pol2130", "quin8"): C},
    "riot_control_time": {("snai615", "pol1115"): CO, ("snai615", "mil5"): C, ("pol1115", "mil5"): C},
    "riot_cause": {("mingang", "mingang"): SC, ("mingang", "rcvpprotest"): C, ("mingang", "snaigang"): CO,
                   ("rcvpprotest", "snaigang"): C},
    "riot_under_control": {("minctrl", "ombctrl"): C},
    "riot_force": {("polforce", "polforce"): SC, ("polforce", "quinfire"): C},
    "riot_population": {("snai4300", "rcvp4000"): CO, ("snai4300", "union4000"): CO, ("rcvp4000", "union4000"): CO},
    "riot_capacity": {("rcvp1800", "snai2400"): C},
    "riot_guards_on_duty": {("snai48", "union19"): C},
    "riot_guards_injured": {("snai2g", "union4g"): C},
    "riot_transfers": {("min150", "snai120"): C},
    "riot_year_toll": {("rcvp60", "rcvp60"): S},
    "riot_emergency": {("pres60", "pres60"): S},
    "riot_2021_toll": {("out118", "out119"): CO},
    # spill
    "spill_volume": {("amsa150", "lumen50"): C, ("amsa150", "amsa400"): U, ("amsa150", "mca500"): C,
                     ("lumen50", "lumen50"): S, ("lumen50", "amsa400"): C, ("lumen50", "mca500"): C,
                     ("amsa400", "amsa400"): SC, ("amsa400", "mca500"): C},
    "spill_time": {("amsa240", "amsa240"): SC, ("amsa240", "lumen305"): C, ("amsa240", "pappas245"): CO,
                   ("lumen305", "pappas245"): C},
    "spill_slick_length": {("amsa12", "amsa12"): SC, ("amsa12", "epa8"): C, ("amsa12", "amsa25"): U,
                           ("epa8", "amsa25"): C},
    "spill_coastline": {("epa18", "mayor40"): C},
    "spill_birds": {("scwr200", "scwr340"): U, ("scwr200", "epa90"): C, ("scwr340", "epa90"): C},
    "spill_distance": {("amsa35", "pol6km"): CO, ("amsa35", "mayor8km"): C, ("pol6km", "mayor8km"): C},
    "spill_crew": {("pol22", "pol22"): SC, ("pol22", "lumen22"): CO},
    "spill_crew_injured": {("pol1", "lumen2"): C},
    "spill_leak_status": {("lumenstop", "lumenstop"): SC, ("lumenstop", "amsaleak"): C, ("lumenstop", "epaleak"): C,
                          ("amsaleak", "epaleak"): CO},
    "spill_pilot": {("lumenpilot", "lumenpilot"): S, ("lumenpilot", "ditno"): C},
    "spill_cleanup_cost": {("min30m", "lumen10m"): C},
    "spill_closure": {("epa2w", "minmonth"): C},
    "spill_beaches": {("epa11", "epa11"): SC},
    "spill_pa_volume": {("outpa270", "outpa270b"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
