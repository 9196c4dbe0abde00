"""Hand labels for bench/blind15 (winter storm stranding motorists on Ontario's Highway 400, ransomware
attack on an English hospital group, tower crane collapse on a workers' camp in Thane). Run from the
project root:
    /work/venv/bin/python bench/blind15/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
OPP = "Ontario Provincial Police (OPP), Sgt. Dana Whitlock"
MTO = "Ontario Ministry of Transportation (MTO), Raj Dhillon"
MENARD = "Ontario transportation minister Carol Menard"
ECCC = "Environment and Climate Change Canada (ECCC), meteorologist Leo Fortin"
HURONIA = "Huronia Power"
PWU = "Power Workers' Union local (Mike Baptiste)"
OTA = "Ontario Truckers' Alliance (Sandeep Gill)"
RC = "Canadian Red Cross"
PARA = "Simcoe County Paramedic Services (Chief Gord Elliott)"
GBRH = "Georgian Bay Regional Hospital"
PLOW = "Ontario Snowplow Contractors' Association (Bill Tremblay)"
EMO = "Emergency Management Ontario"
ENERGY = "Ontario Ministry of Energy"
HASKETT = "Marlow Corners mayor Linda Haskett"
NAIR = "Priya Nair (stranded motorist)"
MARSH = "Steven Marsh (brother of the dead man)"
KOWALSKI = "Dale Kowalski (truck driver)"
REILLY = "Tom Reilly (stranded motorist)"
AIRPORT = "Lake Simcoe Regional Airport weather station"
SCHOOLS = "Simcoe County District School Board"

TRUST = "Severn Vale Hospitals NHS Foundation Trust (chief executive Helen Crowther)"
NHSE = "NHS England (Dr Owen Pritchard)"
NCSC = "National Cyber Security Centre (NCSC)"
NCA = "National Crime Agency"
ELLWOOD = "health minister Sarah Ellwood"
BMA = "British Medical Association (BMA)"
RCN = "Royal College of Nursing (Tom Beckett)"
UNISON = "Unison branch secretary Kelly Dunn"
GROUP = "ransomware group BlackHarrow"
FIRM = "Northgate Threat Labs (Marta Lindqvist)"
AMB = "regional ambulance service"
HW = "Healthwatch Severn Vale"
STAFF = "senior member of the trust's IT staff (anonymous)"
HALE = "Martin Hale (patient)"

POL = "Thane police (DCP Sandeep Kadam)"
TMC = "Thane Municipal Corporation (TMC) disaster management cell (Avinash Sawant)"
BUILDER = "Aarav Infraprojects (director Nikhil Bhansali)"
UNION = "Nirman Mazdoor Sangh construction workers' union (Shalini Gaikwad)"
NDRF = "National Disaster Response Force (NDRF), commandant R.K. Yadav"
FIRE = "Thane fire brigade (chief fire officer Prakash Naik)"
HOSP = "Thane civil hospital (Dr Meera Joshi)"
IMD = "India Meteorological Department (IMD)"
CM = "Maharashtra chief minister"
DEVI = "Anita Devi (resident of the labour camp)"
PAWAR = "Suresh Pawar (worker, witness)"
RESID = "residents of the labour camp"
LABOUR = "Maharashtra state labour department"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- snow: squalls strand motorists on Highway 400, Ontario (13-15 January 2026, EST = UTC-5)
    # wire (Reuters), Wednesday morning; date glued to the first sentence
    ("snow_wire.txt", "Two people", 2, OPP, "snow_dead", "opp2"),
    ("snow_wire.txt", "about 1,200 vehicles", 1200, OPP, "snow_vehicles", "opp1200"),
    ("snow_wire.txt", "30-kilometre (19-mile)", 30, OPP, "snow_stretch", "opp30"),
    ("snow_wire.txt", "10:40 p.m.", None, OPP, "snow_closure_time", "opp1040"),
    ("snow_wire.txt", "0340 GMT", None, OPP, "snow_closure_time", "opp1040"),
    ("snow_wire.txt", "dozens of collisions", None, OPP, "snow_collisions", "oppdozens"),
    ("snow_wire.txt", "carbon monoxide poisoning", None, OPP, "snow_death_cause", "oppco"),
    ("snow_wire.txt", "about 20 people", 20, OPP, "snow_hospital", "opp20"),
    ("snow_wire.txt", "more than 2,000 people", 2000, RC, "snow_people", "rc2000"),
    ("snow_wire.txt", "minus 22 Celsius", -22, ECCC, "snow_temp", "eccc22"),
    ("snow_wire.txt", "wind chill of minus 35", -35, ECCC, "snow_windchill", "eccc35"),
    ("snow_wire.txt", "1600 GMT on Tuesday", None, ECCC, "snow_warning_time", "eccc11"),
    ("snow_wire.txt", "up to 60 centimetres", 60, ECCC, "snow_snowfall", "eccc60"),
    ("snow_wire.txt", "gusts of 90 km/h", 90, ECCC, "snow_wind", "eccc90"),
    ("snow_wire.txt", "responded as quickly as humanly possible", None, MENARD, "snow_response", "minok"),
    ("snow_wire.txt", "about 48,000 customers", 48000, HURONIA, "snow_power", "hp48"),
    ("snow_wire.txt", "17 hours", 17, KOWALSKI, "snow_kowalski_hours", "kow17"),
    ("snow_wire.txt", "an estimated 150 abandoned vehicles", 150, OPP, "snow_abandoned", "opp150"),
    ("snow_wire.txt", "around 300 people", 300, O, "snow_402_stranded", "out300"),
    # broadcaster (News 4 Niagara, Buffalo), Wednesday 12:31 EST; miles, Fahrenheit
    ("snow_broadcast.txt", "two deaths", 2, OPP, "snow_dead", "opp2"),
    ("snow_broadcast.txt", "three people had died", 3, PARA, "snow_dead", "para3"),
    ("snow_broadcast.txt", "41 people", 41, PARA, "snow_treated", "para41"),
    ("snow_broadcast.txt", "around 7 a.m.", None, PARA, "snow_third_found", "para7"),
    ("snow_broadcast.txt", "19-mile stretch", 19, OPP, "snow_stretch", "opp30"),
    ("snow_broadcast.txt", "shortly before 11 p.m. ET", None, MTO, "snow_closure_time", "mto11"),
    ("snow_broadcast.txt", "some 900 vehicles", 900, MTO, "snow_vehicles", "mto900"),
    ("snow_broadcast.txt", "about 400 transport trucks", 400, OTA, "snow_trucks", "ota400"),
    ("snow_broadcast.txt", "wasn't closed until after midnight", None, OTA, "snow_closure_time", "otamid"),
    ("snow_broadcast.txt", "came at 3 p.m.", None, OTA, "snow_warning_time", "ota3pm"),
    ("snow_broadcast.txt", "nearly two feet", 2, ECCC, "snow_snowfall", "eccc2ft"),
    ("snow_broadcast.txt", "gusts of 56 mph", 56, ECCC, "snow_wind", "eccc90"),
    ("snow_broadcast.txt", "minus 8 degrees Fahrenheit", -8, ECCC, "snow_temp", "eccc22"),
    ("snow_broadcast.txt", "minus 31 Fahrenheit", -31, ECCC, "snow_windchill", "eccc35"),
    ("snow_broadcast.txt", "48,000 homes and businesses", 48000, HURONIA, "snow_power", "hp48"),
    ("snow_broadcast.txt", "by Friday", None, HURONIA, "snow_power_restore", "hpfri"),
    ("snow_broadcast.txt", "140 plows", 140, MTO, "snow_plows", "mto140"),
    ("snow_broadcast.txt", "about 600 people", 600, RC, "snow_warming", "rc600"),
    ("snow_broadcast.txt", "four people have died", 4, HASKETT, "snow_county_dead", "mayor4"),
    ("snow_broadcast.txt", "13 hours", 13, REILLY, "snow_reilly_hours", "reilly13"),
    # local paper (The Simcoe Ledger), Thursday
    ("snow_local.txt", "three people died", 3, OPP, "snow_dead", "opp3"),
    ("snow_local.txt", "shortly after 5 a.m.", None, OPP, "snow_third_found", "opp5"),
    ("snow_local.txt", "about 1,500 vehicles", 1500, OPP, "snow_vehicles", "opp1500"),
    ("snow_local.txt", "at 10:40 on Tuesday night", None, OPP, "snow_closure_time", "opp1040"),
    ("snow_local.txt", "about 14 hours", 14, OPP, "snow_longest_wait", "opp14"),
    ("snow_local.txt", "checked on every vehicle at least once", None, OPP, "snow_response", "oppchecked"),
    ("snow_local.txt", "more than 70 collisions", 70, OPP, "snow_collisions", "opp70"),
    ("snow_local.txt", "more than 300 abandoned vehicles", 300, OPP, "snow_abandoned", "opp300ab"),
    ("snow_local.txt", "1:50 p.m. on Wednesday", None, MTO, "snow_reopen", "mto150"),
    ("snow_local.txt", "about 45 kilometres", 45, MTO, "snow_stretch", "mto45"),
    ("snow_local.txt", "140 snowplows", 140, MTO, "snow_plows", "mto140"),
    ("snow_local.txt", "nearly 3,000 vehicles", 3000, OTA, "snow_vehicles", "ota3000"),
    ("snow_local.txt", "19 patients", 19, GBRH, "snow_hospital", "hosp19"),
    ("snow_local.txt", "three of whom remain in serious condition", 3, GBRH, "snow_serious", "hosp3"),
    ("snow_local.txt", "more than 60 people", 60, PARA, "snow_treated", "para60"),
    ("snow_local.txt", "carbon monoxide poisoning", None, OPP, "snow_death_cause", "oppco"),
    ("snow_local.txt", "No one came to check on us", None, NAIR, "snow_response", "nairno"),
    ("snow_local.txt", "more than 2,000 motorists", 2000, RC, "snow_people", "rc2000"),
    ("snow_local.txt", "hundreds of people", None, HASKETT, "snow_warming", "mayorhund"),
    ("snow_local.txt", "nearly 62,000 customers", 62000, HURONIA, "snow_power", "hp62"),
    ("snow_local.txt", "more than 200 hydro poles", 200, HURONIA, "snow_poles", "hp200"),
    ("snow_local.txt", "by Friday evening", None, HURONIA, "snow_power_restore", "hpfri"),
    ("snow_local.txt", "about 130,000 customers province-wide", 130000, ENERGY, "snow_power_ontario", "en130"),
    ("snow_local.txt", "seven storm-related deaths", 7, EMO, "snow_dead_ontario", "emo7"),
    ("snow_local.txt", "71 centimetres", 71, ECCC, "snow_snowfall", "eccc71"),
    ("snow_local.txt", "at 11 a.m. on Tuesday", None, ECCC, "snow_warning_time", "eccc11"),
    ("snow_local.txt", "70 km/h", 70, AIRPORT, "snow_wind", "apt70"),
    ("snow_local.txt", "more than 300 motorists", 300, O, "snow_402_stranded", "out300b"),
    # live blog (Ontario Now), Tuesday 15:30 to Wednesday 14:10 ET, newest first
    ("snow_live.txt", "shortly before 2 p.m.", None, OPP, "snow_reopen", "opp2pm"),
    ("snow_live.txt", "could take until Sunday", None, PWU, "snow_power_restore", "pwusun"),
    ("snow_live.txt", "closer to 80,000 customers", 80000, PWU, "snow_power", "pwu80"),
    ("snow_live.txt", "three people died", 3, OPP, "snow_dead", "opp3"),
    ("snow_live.txt", "revised to 1,500 vehicles", 1500, OPP, "snow_vehicles", "opp1500"),
    ("snow_live.txt", "fewer than 90 plows", 90, PLOW, "snow_plows", "plow90"),
    ("snow_live.txt", "It was his heart", None, MARSH, "snow_death_cause", "marshheart"),
    ("snow_live.txt", "19 storm patients", 19, GBRH, "snow_hospital", "hosp19"),
    ("snow_live.txt", "more than 600 people", 600, RC, "snow_warming", "rc600b"),
    ("snow_live.txt", "waited as long as 18 hours", 18, RC, "snow_longest_wait", "rc18"),
    ("snow_live.txt", "left to fend for themselves", None, OTA, "snow_response", "otano"),
    ("snow_live.txt", "more than 130,000 customers across Ontario", 130000, ENERGY, "snow_power_ontario", "en130"),
    ("snow_live.txt", "at least seven people", 7, EMO, "snow_dead_ontario", "emo7"),
    ("snow_live.txt", "all 94 schools", 94, SCHOOLS, "snow_schools", "sch94"),
    ("snow_live.txt", "41 patients", 41, PARA, "snow_treated", "para41"),
    ("snow_live.txt", "two people have died", 2, OPP, "snow_dead", "opp2"),
    ("snow_live.txt", "some 3,000 people", 3000, OPP, "snow_people", "opp3000"),
    ("snow_live.txt", "around 250 tractor-trailers", 250, OPP, "snow_trucks", "opp250"),
    ("snow_live.txt", "62,000 customers", 62000, HURONIA, "snow_power", "hp62"),
    ("snow_live.txt", "near -35", -35, ECCC, "snow_windchill", "eccc35"),
    ("snow_live.txt", "more than 80 centimetres", 80, MTO, "snow_snowfall", "mto80"),
    ("snow_live.txt", "roughly 1,200 vehicles", 1200, OPP, "snow_vehicles", "opp1200"),
    ("snow_live.txt", "30 km stretch", 30, OPP, "snow_stretch", "opp30"),
    ("snow_live.txt", "took effect at 10:40 p.m.", None, OPP, "snow_closure_time", "opp1040"),
    ("snow_live.txt", "since 11 a.m.", None, ECCC, "snow_warning_time", "eccc11"),

    # ---------------- ransom: ransomware attack on Severn Vale Hospitals NHS trust (15-18 June 2026, BST = UTC+1)
    # wire (AFP), Monday evening, times in GMT
    ("ransom_wire.txt", "430 planned operations", 430, TRUST, "ransom_ops_cancelled", "tr430"),
    ("ransom_wire.txt", "all four of its hospitals", 4, TRUST, "ransom_hospitals", "tr4"),
    ("ransom_wire.txt", "0140 GMT", None, TRUST, "ransom_detect_time", "tr240"),
    ("ransom_wire.txt", "A&E departments remain open", None, TRUST, "ransom_ae_open", "traeopen"),
    ("ransom_wire.txt", "no evidence that patient data has been taken", None, TRUST, "ransom_data_taken", "trno"),
    ("ransom_wire.txt", "1.2 terabytes", 1.2, GROUP, "ransom_data_volume", "grp12tb"),
    ("ransom_wire.txt", "850,000 patients", 850000, GROUP, "ransom_records", "grp850"),
    ("ransom_wire.txt", "$4 million", 4000000, GROUP, "ransom_demand", "grp4m"),
    ("ransom_wire.txt", "within seven days", 7, GROUP, "ransom_deadline", "grp7"),
    ("ransom_wire.txt", "Russian-speaking criminal group", None, NCSC, "ransom_attribution", "ncscrus"),
    ("ransom_wire.txt", "about 9,000 staff", 9000, O, "ransom_staff", "out9000"),
    ("ransom_wire.txt", "1,450 beds", 1450, O, "ransom_beds", "out1450"),
    ("ransom_wire.txt", "moved to paper records", None, TRUST, "ransom_paper", "trpaper"),
    ("ransom_wire.txt", "about 19,000 appointments", 19000, O, "ransom_wannacry", "outwc19a"),
    # broadcaster (Albion News), Tuesday morning, BST
    ("ransom_broadcast.txt", "nearly 2,000 operations", 2000, BMA, "ransom_ops_cancelled", "bma2000"),
    ("ransom_broadcast.txt", "at least 60 cancer operations", 60, BMA, "ransom_cancer_ops", "bma60"),
    ("ransom_broadcast.txt", "some 3,500 outpatient appointments", 3500, TRUST, "ransom_outpatient", "tr3500"),
    ("ransom_broadcast.txt", "working with pen and paper", None, TRUST, "ransom_paper", "trpaper"),
    ("ransom_broadcast.txt", "its four hospitals", 4, TRUST, "ransom_hospitals", "tr4"),
    ("ransom_broadcast.txt", "no patient had come to harm", None, TRUST, "ransom_harm", "trnoharm"),
    ("ransom_broadcast.txt", "would not pay a ransom", None, TRUST, "ransom_pay", "trnopay"),
    ("ransom_broadcast.txt", "seven to 10 days", None, TRUST, "ransom_restore", "tr710"),
    ("ransom_broadcast.txt", "about 30% of normal capacity", 30, TRUST, "ransom_pathology", "tr30"),
    ("ransom_broadcast.txt", "emergency departments continue to operate normally", None, NHSE, "ransom_ae_open", "nhseopen"),
    ("ransom_broadcast.txt", "64 ambulances", 64, AMB, "ransom_ambulances", "amb64"),
    ("ransom_broadcast.txt", "from about 11pm on Sunday", None, STAFF, "ransom_detect_time", "staff11"),
    ("ransom_broadcast.txt", "appeared to be genuine patient records", None, FIRM, "ransom_data_taken", "firmyes"),
    ("ransom_broadcast.txt", "about 400 gigabytes", 400, FIRM, "ransom_data_volume", "firm400"),
    ("ransom_broadcast.txt", "$2.5 million", 2500000, FIRM, "ransom_demand", "firm25"),
    ("ransom_broadcast.txt", "eleven months", 11, HALE, "ransom_hale_wait", "hale11"),
    ("ransom_broadcast.txt", "more than 20 NHS organisations", 20, NCSC, "ransom_nhs_incidents", "ncsc20"),
    # local paper (The Severnside Echo), Thursday
    ("ransom_local.txt", "some patient data has been taken", None, TRUST, "ransom_data_taken", "tryes"),
    ("ransom_local.txt", "fewer than 200,000 patients", 200000, TRUST, "ransom_records", "tr200"),
    ("ransom_local.txt", "1,146 planned operations", 1146, TRUST, "ransom_ops_cancelled", "tr1146"),
    ("ransom_local.txt", "37 of them cancer operations", 37, TRUST, "ransom_cancer_ops", "tr37"),
    ("ransom_local.txt", "2.40am on Monday", None, TRUST, "ransom_detect_time", "tr240"),
    ("ransom_local.txt", "about 1,100 operations", 1100, ELLWOOD, "ransom_ops_cancelled", "min1100"),
    ("ransom_local.txt", "does not pay ransoms", None, ELLWOOD, "ransom_pay", "minnopay"),
    ("ransom_local.txt", "all four sites", 4, NHSE, "ransom_hospitals", "nhse4"),
    ("ransom_local.txt", "effectively closed", None, RCN, "ransom_ae_open", "rcnshut"),
    ("ransom_local.txt", "at least two patients had come to harm", 2, RCN, "ransom_harm", "rcn2"),
    ("ransom_local.txt", "142 ambulances", 142, AMB, "ransom_ambulances", "amb142"),
    ("ransom_local.txt", "barely 10%", 10, UNISON, "ransom_pathology", "uni10"),
    ("ransom_local.txt", "some 70 GP practices", 70, NHSE, "ransom_gp", "nhse70"),
    ("ransom_local.txt", "about 5,000 outpatient appointments", 5000, HW, "ransom_outpatient", "hw5000"),
    ("ransom_local.txt", "Russian-speaking ransomware gang", None, NCA, "ransom_attribution", "ncarus"),
    ("ransom_local.txt", "two to three months", None, FIRM, "ransom_restore", "firm23"),
    ("ransom_local.txt", "nearly 9,000 staff", 9000, TRUST, "ransom_staff", "tr9000"),
    ("ransom_local.txt", "19,000 appointments", 19000, O, "ransom_wannacry", "outwc19b"),
    # live blog (The Breach Desk, US), Monday to Tuesday, times in ET (UTC-4)
    ("ransom_live.txt", "seven to ten days", None, TRUST, "ransom_restore", "tr710"),
    ("ransom_live.txt", "not aware of any patient harm", None, NHSE, "ransom_harm", "nhsenoharm"),
    ("ransom_live.txt", "about 50 ambulances", 50, TRUST, "ransom_ambulances", "tr50"),
    ("ransom_live.txt", "3,500 outpatient appointments", 3500, TRUST, "ransom_outpatient", "tr3500"),
    ("ransom_live.txt", "1,200 gigabytes", 1200, GROUP, "ransom_data_volume", "grp12tb"),
    ("ransom_live.txt", "850,000 patient records", 850000, GROUP, "ransom_records", "grp850"),
    ("ransom_live.txt", "We took everything", None, GROUP, "ransom_data_taken", "grpyes"),
    ("ransom_live.txt", "five hospitals", 5, GROUP, "ransom_hospitals", "grp5"),
    ("ransom_live.txt", "negotiations are under way", None, GROUP, "ransom_pay", "grptalk"),
    ("ransom_live.txt", "$4m in bitcoin", 4000000, GROUP, "ransom_demand", "grp4m"),
    ("ransom_live.txt", "deadline of a week", None, GROUP, "ransom_deadline", "grp7"),
    ("ransom_live.txt", "9:40 p.m. ET on Sunday", None, TRUST, "ransom_detect_time", "tr240"),
    ("ransom_live.txt", "2:40 a.m. local time", None, TRUST, "ransom_detect_time", "tr240"),
    ("ransom_live.txt", "430 operations", 430, TRUST, "ransom_ops_cancelled", "tr430"),
    ("ransom_live.txt", "A&E remains open", None, TRUST, "ransom_ae_open", "traeopen"),
    ("ransom_live.txt", "41 victims", 41, FIRM, "ransom_group_victims", "firm41"),

    # ---------------- crane: tower crane falls on a workers' camp in Thane, India (10-11 March 2026, IST = UTC+5:30)
    # wire (AFP), Tuesday evening, times in IST and GMT
    ("crane_wire.txt", "killing seven workers", 7, POL, "crane_dead", "pol7"),
    ("crane_wire.txt", "injuring 14 others", 14, POL, "crane_injured", "pol14"),
    ("crane_wire.txt", "62-metre (203-foot)", 62, POL, "crane_height", "pol62"),
    ("crane_wire.txt", "about four tonnes", 4, POL, "crane_load", "pol4"),
    ("crane_wire.txt", "32-storey", 32, O, "crane_floors", "out32"),
    ("crane_wire.txt", "about 2:15 pm", None, POL, "crane_time", "pol215"),
    ("crane_wire.txt", "0845 GMT", None, POL, "crane_time", "pol215"),
    ("crane_wire.txt", "three tin sheds", 3, POL, "crane_sheds", "pol3sheds"),
    ("crane_wire.txt", "Nearly 80 labourers", 80, POL, "crane_workers", "pol80"),
    ("crane_wire.txt", "six people alive", 6, FIRE, "crane_rescued", "fire6"),
    ("crane_wire.txt", "pointed to negligence", None, POL, "crane_cause", "polneg"),
    ("crane_wire.txt", "Three people", 3, POL, "crane_arrests", "pol3arr"),
    ("crane_wire.txt", "a supervisor from the developer", None, POL, "crane_company_arrest", "polcoarr"),
    ("crane_wire.txt", "the crane operator had fled", None, POL, "crane_operator", "polfled"),
    ("crane_wire.txt", "no valid fitness certificate", None, TMC, "crane_inspection", "tmcnocert"),
    ("crane_wire.txt", "winds of 45 km/h", 45, IMD, "crane_wind", "imd45"),
    ("crane_wire.txt", "500,000 rupees", 500000, CM, "crane_comp_state", "cm5"),
    ("crane_wire.txt", "one million rupees", 1000000, BUILDER, "crane_comp_builder", "bld10"),
    ("crane_wire.txt", "killing 20 workers", 20, O, "crane_2023_toll", "out20"),
    # local paper (The Konkan Chronicle), Wednesday
    ("crane_local.txt", "nine workers", 9, POL, "crane_dead", "pol9"),
    ("crane_local.txt", "at least 12 labourers", 12, UNION, "crane_dead", "uni12"),
    ("crane_local.txt", "five people, including the project manager", 5, POL, "crane_arrests", "pol5arr"),
    ("crane_local.txt", "around 2.15 pm", None, POL, "crane_time", "pol215"),
    ("crane_local.txt", "11 patients", 11, HOSP, "crane_hospital", "hosp11"),
    ("crane_local.txt", "three of them critical", 3, HOSP, "crane_critical", "hosp3"),
    ("crane_local.txt", "injured at 16", 16, TMC, "crane_injured", "tmc16"),
    ("crane_local.txt", "five labourers alive", 5, NDRF, "crane_rescued", "ndrf5"),
    ("crane_local.txt", "a sudden gust of wind", None, BUILDER, "crane_cause", "bldwind"),
    ("crane_local.txt", "over 70 km/h", 70, BUILDER, "crane_wind", "bld70"),
    ("crane_local.txt", "inspected on February 20", None, BUILDER, "crane_inspection", "bldfeb20"),
    ("crane_local.txt", "in 2019", None, BUILDER, "crane_age", "bld2019"),
    ("crane_local.txt", "2.5 tonnes", 2.5, BUILDER, "crane_load", "bld25"),
    ("crane_local.txt", "About 60 workers", 60, BUILDER, "crane_workers", "bld60"),
    ("crane_local.txt", "32 floors", 32, BUILDER, "crane_floors", "bld32"),
    ("crane_local.txt", "The operator is in hospital", None, BUILDER, "crane_operator", "bldophosp"),
    ("crane_local.txt", "Rs 15 lakh", 1500000, BUILDER, "crane_comp_builder", "bld15"),
    ("crane_local.txt", "Rs 5 lakh", 500000, CM, "crane_comp_state", "cm5"),
    ("crane_local.txt", "about 70 metres", 70, TMC, "crane_height", "tmc70"),
    ("crane_local.txt", "within 12 minutes", 12, FIRE, "crane_response", "fire12"),
    ("crane_local.txt", "Five huts", 5, DEVI, "crane_sheds", "devi5"),
    ("crane_local.txt", "20 labourers", 20, O, "crane_2023_toll", "out20b"),
    ("crane_local.txt", "17 construction workers", 17, LABOUR, "crane_district_deaths", "lab17"),
    # live blog (NewsNation24), Tuesday 14:40 to 21:30 IST, newest first
    ("crane_live.txt", "No one from our company has been arrested", None, BUILDER, "crane_company_arrest", "bldnoarr"),
    ("crane_live.txt", "62 metres", 62, BUILDER, "crane_height", "bld62"),
    ("crane_live.txt", "was properly certified", None, BUILDER, "crane_inspection", "bldcert"),
    ("crane_live.txt", "Rs 10 lakh", 1000000, BUILDER, "crane_comp_builder", "bld10"),
    ("crane_live.txt", "nine people have now died", 9, POL, "crane_dead", "pol9"),
    ("crane_live.txt", "fourteen people were injured", 14, POL, "crane_injured", "pol14"),
    ("crane_live.txt", "three arrested", 3, POL, "crane_arrests", "pol3arr"),
    ("crane_live.txt", "eleven are admitted", 11, HOSP, "crane_hospital", "hosp11"),
    ("crane_live.txt", "three of them in critical condition", 3, HOSP, "crane_critical", "hosp3"),
    ("crane_live.txt", "eight bodies", 8, TMC, "crane_dead", "tmc8"),
    ("crane_live.txt", "the crane was overloaded", None, UNION, "crane_cause", "unioverload"),
    ("crane_live.txt", "more than six tonnes", 6, UNION, "crane_load", "uni6"),
    ("crane_live.txt", "not been inspected for more than a year", None, UNION, "crane_inspection", "uniyear"),
    ("crane_live.txt", "more than 100 workers", 100, UNION, "crane_workers", "uni100"),
    ("crane_live.txt", "35-storey tower", 35, UNION, "crane_floors", "uni35"),
    ("crane_live.txt", "more than 15 years old", 15, UNION, "crane_age", "uni15"),
    ("crane_live.txt", "operator is absconding", None, POL, "crane_operator", "polfled"),
    ("crane_live.txt", "around 45 kmph", 45, IMD, "crane_wind", "imd45"),
    ("crane_live.txt", "five workers were pulled out alive", 5, NDRF, "crane_rescued", "ndrf5"),
    ("crane_live.txt", "Rs 5 lakh for kin", 500000, CM, "crane_comp_state", "cm5"),
    ("crane_live.txt", "after more than an hour", None, RESID, "crane_response", "res60"),
    ("crane_live.txt", "around 2.45 pm", None, PAWAR, "crane_time", "pawar245"),
    ("crane_live.txt", "Seven people are dead", 7, POL, "crane_dead", "pol7"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("snow_wire.txt", "64-year-old", 64, OPP, "snow_opt_victim_age"),
    ("snow_wire.txt", "Kowalski, 51", 51, O, "snow_opt_driver_age"),
    ("snow_wire.txt", "half a tank of diesel", None, KOWALSKI, "snow_opt_fuel"),
    ("snow_broadcast.txt", "every week for 20 years", 20, "reader Thomas J.", "snow_opt_reader"),
    ("snow_broadcast.txt", "stuck 15 hours near Coldwater", 15, "reader LockportMom", "snow_opt_reader"),
    ("snow_broadcast.txt", "they said 900 cars", 900, "reader LockportMom", "snow_opt_reader"),
    ("snow_local.txt", "not the 1,200 police had cited", 1200, OPP, "snow_opt_vehicles_earlier"),
    ("snow_local.txt", "about three hours later", None, MTO, "snow_opt_northbound"),
    ("snow_local.txt", "the three on Highway 400", 3, EMO, "snow_opt_three"),
    ("snow_live.txt", "9 hours on the 400", 9, "reader Bev_in_Barrie", "snow_opt_reader"),
    ("snow_live.txt", "More like 4,000 cars", 4000, "reader trucker_joe", "snow_opt_reader"),
    ("ransom_wire.txt", "a third of NHS trusts", None, O, "ransom_opt_wannacry_trusts"),
    ("ransom_wire.txt", "£3 million", 3000000, GROUP, "ransom_opt_demand_pounds"),
    ("ransom_broadcast.txt", "almost four hours", 4, O, "ransom_opt_gap"),
    ("ransom_broadcast.txt", "not the 1.2 terabytes it claims", 1.2, FIRM, "ransom_opt_claimed_volume"),
    ("ransom_broadcast.txt", "Martin Hale, 67", 67, O, "ransom_opt_age"),
    ("ransom_broadcast.txt", "rang at seven", None, HALE, "ransom_opt_call"),
    ("ransom_local.txt", "the 850,000 claimed", 850000, GROUP, "ransom_opt_claimed_records"),
    ("ransom_live.txt", "within the hour", None, TRUST, "ransom_opt_offline"),
    ("ransom_live.txt", "not four", 4, GROUP, "ransom_opt_not_four"),
    ("ransom_live.txt", "1.2TB from an NHS trust", 1.2, "reader kev_sec", "ransom_opt_reader"),
    ("ransom_live.txt", "3 weeks minimum", 3, "reader nurse_jo", "ransom_opt_reader"),
    ("crane_wire.txt", "$5,700", 5700, O, "crane_opt_usd"),
    ("crane_local.txt", "toll rises to 9", 9, POL, "crane_opt_headline_toll"),
    ("crane_local.txt", "five arrested", 5, POL, "crane_opt_headline_arrests"),
    ("crane_live.txt", "12 people died not 9", 12, "reader Rakesh M", "crane_opt_reader"),
    ("crane_live.txt", "3rd crane accident", 3, "reader Priya S", "crane_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # snow
    "snow_vehicles": {("opp1200", "opp1200"): SC, ("opp1200", "opp1500"): U, ("opp1500", "opp1500"): SC,
                      ("opp1200", "mto900"): C, ("mto900", "opp1500"): C, ("opp1200", "ota3000"): C,
                      ("opp1500", "ota3000"): C, ("mto900", "ota3000"): C},
    "snow_trucks": {("ota400", "opp250"): C},
    "snow_people": {("rc2000", "rc2000"): SC, ("rc2000", "opp3000"): CO},
    "snow_stretch": {("opp30", "opp30"): SC, ("opp30", "mto45"): C},
    "snow_closure_time": {("opp1040", "opp1040"): SC, ("opp1040", "mto11"): CO, ("opp1040", "otamid"): C},
    "snow_warning_time": {("eccc11", "eccc11"): SC, ("eccc11", "ota3pm"): C},
    "snow_reopen": {("mto150", "opp2pm"): CO},
    "snow_dead": {("opp2", "opp2"): SC, ("opp2", "opp3"): U, ("opp3", "opp3"): SC, ("opp2", "para3"): C,
                  ("para3", "opp3"): CO},
    "snow_dead_ontario": {("emo7", "emo7"): SC},
    "snow_death_cause": {("oppco", "oppco"): SC, ("oppco", "marshheart"): C},
    "snow_treated": {("para41", "para41"): SC, ("para41", "para60"): U},
    "snow_hospital": {("opp20", "hosp19"): CO, ("hosp19", "hosp19"): SC},
    "snow_snowfall": {("eccc60", "eccc2ft"): SC, ("eccc60", "eccc71"): U, ("eccc2ft", "eccc71"): U,
                      ("eccc60", "mto80"): C, ("eccc2ft", "mto80"): C, ("eccc71", "mto80"): C},
    "snow_wind": {("eccc90", "eccc90"): SC, ("eccc90", "apt70"): C},
    "snow_temp": {("eccc22", "eccc22"): SC},
    "snow_windchill": {("eccc35", "eccc35"): SC},
    "snow_power": {("hp48", "hp48"): SC, ("hp48", "hp62"): U, ("hp62", "hp62"): SC, ("hp48", "pwu80"): C,
                   ("hp62", "pwu80"): C},
    "snow_power_ontario": {("en130", "en130"): SC},
    "snow_power_restore": {("hpfri", "hpfri"): SC, ("hpfri", "pwusun"): C},
    "snow_plows": {("mto140", "mto140"): SC, ("mto140", "plow90"): C},
    "snow_response": {("minok", "oppchecked"): CO, ("minok", "nairno"): C, ("minok", "otano"): C,
                      ("oppchecked", "otano"): C, ("nairno", "otano"): CO},
    "snow_warming": {("rc600", "rc600b"): SC, ("rc600", "mayorhund"): CO, ("rc600b", "mayorhund"): CO},
    "snow_longest_wait": {("opp14", "rc18"): C},
    "snow_collisions": {("oppdozens", "opp70"): SC},
    "snow_abandoned": {("opp150", "opp300ab"): U},
    "snow_third_found": {("para7", "opp5"): C},
    "snow_402_stranded": {("out300", "out300b"): CO},
    # ransom
    "ransom_ops_cancelled": {("tr430", "tr430"): SC, ("tr430", "bma2000"): C, ("tr430", "tr1146"): U,
                             ("tr430", "min1100"): C, ("bma2000", "tr1146"): C, ("bma2000", "min1100"): C},
    "ransom_outpatient": {("tr3500", "tr3500"): SC, ("tr3500", "hw5000"): C},
    "ransom_cancer_ops": {("bma60", "tr37"): C},
    "ransom_hospitals": {("tr4", "tr4"): SC, ("tr4", "nhse4"): CO, ("tr4", "grp5"): C, ("nhse4", "grp5"): C},
    "ransom_ambulances": {("amb64", "amb142"): U, ("amb64", "tr50"): C, ("amb142", "tr50"): C},
    "ransom_ae_open": {("traeopen", "traeopen"): SC, ("traeopen", "nhseopen"): CO, ("traeopen", "rcnshut"): C,
                       ("nhseopen", "rcnshut"): C},
    "ransom_detect_time": {("tr240", "tr240"): SC, ("tr240", "staff11"): C},
    "ransom_data_taken": {("trno", "tryes"): U, ("trno", "grpyes"): C, ("trno", "firmyes"): C,
                          ("tryes", "grpyes"): CO, ("tryes", "firmyes"): CO, ("grpyes", "firmyes"): CO},
    "ransom_data_volume": {("grp12tb", "grp12tb"): SC, ("grp12tb", "firm400"): C},
    "ransom_records": {("grp850", "grp850"): SC, ("grp850", "tr200"): C},
    "ransom_demand": {("grp4m", "grp4m"): SC, ("grp4m", "firm25"): C},
    "ransom_pay": {("trnopay", "minnopay"): CO, ("trnopay", "grptalk"): C, ("minnopay", "grptalk"): C},
    "ransom_deadline": {("grp7", "grp7"): SC},
    "ransom_restore": {("tr710", "tr710"): SC, ("tr710", "firm23"): C},
    "ransom_staff": {("out9000", "tr9000"): CO},
    "ransom_harm": {("trnoharm", "nhsenoharm"): CO, ("trnoharm", "rcn2"): C, ("nhsenoharm", "rcn2"): C},
    "ransom_wannacry": {("outwc19a", "outwc19b"): CO},
    "ransom_paper": {("trpaper", "trpaper"): SC},
    "ransom_pathology": {("tr30", "uni10"): C},
    "ransom_attribution": {("ncscrus", "ncarus"): CO},
    # crane
    "crane_dead": {("pol7", "pol7"): SC, ("pol7", "tmc8"): C, ("pol7", "pol9"): U, ("pol7", "uni12"): C,
                   ("tmc8", "pol9"): C, ("tmc8", "uni12"): C, ("pol9", "pol9"): SC, ("pol9", "uni12"): C},
    "crane_injured": {("pol14", "pol14"): SC, ("pol14", "tmc16"): C},
    "crane_hospital": {("hosp11", "hosp11"): SC},
    "crane_critical": {("hosp3", "hosp3"): SC},
    "crane_workers": {("pol80", "bld60"): C, ("pol80", "uni100"): C, ("bld60", "uni100"): C},
    "crane_rescued": {("fire6", "ndrf5"): C, ("ndrf5", "ndrf5"): SC},
    "crane_height": {("pol62", "bld62"): CO, ("pol62", "tmc70"): C, ("tmc70", "bld62"): C},
    "crane_load": {("pol4", "bld25"): C, ("pol4", "uni6"): C, ("bld25", "uni6"): C},
    "crane_wind": {("imd45", "imd45"): SC, ("imd45", "bld70"): C},
    "crane_cause": {("polneg", "bldwind"): C, ("polneg", "unioverload"): CO, ("bldwind", "unioverload"): C},
    "crane_inspection": {("tmcnocert", "bldfeb20"): C, ("tmcnocert", "bldcert"): C, ("tmcnocert", "uniyear"): CO,
                         ("bldfeb20", "bldcert"): SC, ("bldfeb20", "uniyear"): C},
    "crane_time": {("pol215", "pol215"): SC, ("pol215", "pawar245"): C},
    "crane_arrests": {("pol3arr", "pol3arr"): SC, ("pol3arr", "pol5arr"): U},
    "crane_company_arrest": {("polcoarr", "bldnoarr"): C},
    "crane_comp_state": {("cm5", "cm5"): SC},
    "crane_comp_builder": {("bld10", "bld10"): SC, ("bld10", "bld15"): U},
    "crane_floors": {("out32", "bld32"): CO, ("out32", "uni35"): C, ("bld32", "uni35"): C},
    "crane_sheds": {("pol3sheds", "devi5"): C},
    "crane_age": {("bld2019", "uni15"): C},
    "crane_operator": {("polfled", "polfled"): SC, ("polfled", "bldophosp"): C},
    "crane_2023_toll": {("out20", "out20b"): CO},
    "crane_response": {("fire12", "res60"): C},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
