"""Hand labels for bench/blind24 (a fire in the intensive care unit of a municipal hospital in Romania's Dolj
county; an mpox outbreak among fishing communities on Uganda's Lake Victoria islands, Buvuma district; a chlorine gas
leak at a municipal swimming pool during a children's swim meet in Mexico's Guanajuato state).
Run from the project root:
    /work/venv/bin/python bench/blind24/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a vague "more than" figure followed by a later, larger exact one

# claimants, spelled once
MIN = "Romanian Health Ministry (Health Minister Adrian Stoica)"
ISU = "Dolj county emergency situations inspectorate, ISU (spokesman Lt Col Marian Dobre)"
HOSP = "Targu Olteni Municipal Hospital (manager Dr Cristina Vlase)"
HIPPO = "Hippocrates health workers' union (leader Valentin Enache)"
NURSE = "nurse Alina Toma (on duty in the ward)"
CONTR = "Electro-Instal Oltenia SRL, the electrical contractor (owner Sorin Badescu)"
COUNTY = "Dolj county council, the hospital's owner (president Dorin Gavrila)"
GOVRO = "Romanian government (spokesman Mihai Dinu)"
PROS = "prosecutor Ionut Mihailescu (Dolj County Court prosecutor's office)"
PATIENTS = "Pacienti Uniti patients' association"
FAMRO = "relative Elena Muresan (daughter of a patient who died)"
MAYOR = "Targu Olteni mayor Gheorghe Popa"
POWERRO = "Constanta county electricity distribution company"

MOH = "Uganda Ministry of Health (spokesman Emmanuel Ssebunya)"
DHO = "Buvuma district health officer Dr Sarah Nakato"
WHO = "World Health Organization, Uganda country office (Kampala)"
ACDC = "Africa Centres for Disease Control and Prevention (Africa CDC)"
UVRI = "Uganda Virus Research Institute"
EDU = "Uganda Ministry of Education"
FISH = "Buvuma Fishers' Cooperative (chairman Joseph Mukasa)"
CHAIR = "Buvuma district chairman Hajji Abdu Kateregga"
LHP = "Lake Health Partners (NGO running island clinics)"
HWU = "Lakeside Health Workers' Union (secretary Agnes Namuli)"
CAA = "Uganda Civil Aviation Authority"
KCCA = "Kampala Capital City Authority"
MPUG = "MP Moses Wandera (Buvuma)"
OUMA = "boat owner Charles Ouma (Namukombe landing site)"
URCS = "Uganda Red Cross Society"
FISHOFF = "Buvuma district fisheries officer Peter Lubega"
JINJA = "Jinja city council"
MUKPOL = "police (Mukono)"

HEALTH = "Guanajuato state health ministry"
CP = "Guanajuato state civil protection (coordinator Arturo Zamudio)"
MUNI = "Villa de Los Sauces municipal government (mayor Rosa Elena Cárdenas)"
PARENTS = "parents' committee of the Delfines swim club (spokeswoman Karla Mendoza)"
CRUZ = "Mexican Red Cross"
HOSPMX = "Los Sauces Community Hospital (director Dr Hector Villalobos)"
SUPP = "Químicos del Bajío, the chemical supplier (lawyer Ramiro Acosta)"
SUT = "municipal workers' union SUTMVS"
LIFE = "lifeguard Daniel Herrera"
FGE = "Guanajuato state prosecutor's office"
GTO = "Guanajuato state government"
WATER = "San Miguel de Allende municipal water utility"
FAIR = "Fiesta de la Cantera craft fair (Dolores Hidalgo)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- icu: fire in the intensive care unit of Targu Olteni Municipal Hospital (Dolj county, Romania)
    # early on Tue 10 Nov 2026; the ISU's time 02:41 EET (UTC+2) = 00:41 GMT = 7:41 p.m. EST on Monday; the nurse
    # smelled smoke around 02:20 EET (= 7:20 p.m. EST Monday); the hospital's alarm panel logged 02:58; the ISU says
    # the fire was out at 04:10 EET (= 9:10 p.m. EST Monday), the hospital says before 03:30
    # wire (TEP), Tuesday 10 Nov
    ("icu_wire.txt", "eight patients were killed", 8, MIN, "icu_dead", "min8"),
    ("icu_wire.txt", "about 60 km", 60, O, "icu_distance", "outw60"),
    ("icu_wire.txt", "37 miles", 37, O, "icu_distance", "outw60"),
    ("icu_wire.txt", "at 2:41 a.m.", None, ISU, "icu_time", "isu241"),
    ("icu_wire.txt", "0041 GMT", None, ISU, "icu_time", "isu241"),
    ("icu_wire.txt", "12 people were injured", 12, ISU, "icu_injured", "isu12"),
    ("icu_wire.txt", "evacuated 102 patients", 102, ISU, "icu_evacuated", "isu102"),
    ("icu_wire.txt", "64 were moved to other wards", 64, ISU, "icu_other_wards", "isu64"),
    ("icu_wire.txt", "38 to other hospitals in the county", 38, ISU, "icu_other_hospitals", "isu38"),
    ("icu_wire.txt", "within seven minutes of the call", 7, ISU, "icu_response", "isu7"),
    ("icu_wire.txt", "a short circuit in an electrical panel", None, ISU, "icu_cause", "isupanel"),
    ("icu_wire.txt", "Forty-two firefighters", 42, ISU, "icu_firefighters", "isu42"),
    ("icu_wire.txt", "17 patients were in the ward", 17, HOSP, "icu_in_ward", "hosp17"),
    ("icu_wire.txt", "11 of them on ventilators", 11, HOSP, "icu_ventilated", "hosp11v"),
    ("icu_wire.txt", "four nurses were on duty", 4, HOSP, "icu_nurses", "hosp4n"),
    ("icu_wire.txt", "The fire alarm sounded immediately", None, HOSP, "icu_alarm", "hospalarm"),
    ("icu_wire.txt", "a 20-bed intensive care unit", 20, O, "icu_capacity", "outw20"),
    ("icu_wire.txt", "4.2 million lei", 4200000, COUNTY, "icu_renovation", "cc42"),
    ("icu_wire.txt", "$955,000", 955000, COUNTY, "icu_renovation", "cc42"),
    ("icu_wire.txt", "operating without a fire safety permit", None, ISU, "icu_permit", "isunopermit"),
    ("icu_wire.txt", "Some 230 hospital buildings", 230, ISU, "icu_national_permits", "isu230"),
    ("icu_wire.txt", "roughly 4,500 intensive care beds", 4500, MIN, "icu_national_beds", "min4500"),
    ("icu_wire.txt", "injured two workers", 2, O, "icu_2017", "outw2"),
    # live blog (The Bucharest Herald, EET), Wednesday 11 Nov
    ("icu_live.txt", "at least 12 patients died", 12, HIPPO, "icu_dead", "un12"),
    ("icu_live.txt", "oxygen levels in the ward were far above the safety limit", None, HIPPO, "icu_oxygen", "unox"),
    ("icu_live.txt", "three nurses suffered burns", 3, HIPPO, "icu_staff_hurt", "un3n"),
    ("icu_live.txt", "the death toll has risen to 10", 10, MIN, "icu_dead", "min10"),
    ("icu_live.txt", "Six patients were transferred to Bucharest hospitals", 6, MIN, "icu_transferred", "min6t"),
    ("icu_live.txt", "The panel was brand new and had nothing to do with this fire", None, CONTR, "icu_cause", "contr"),
    ("icu_live.txt", "around 2:20 a.m.", None, NURSE, "icu_time", "nurse220"),
    ("icu_live.txt", "No alarm sounded", None, NURSE, "icu_alarm", "nursenoalarm"),
    ("icu_live.txt", "16 patients were in the ward that night", 16, NURSE, "icu_in_ward", "nurse16"),
    ("icu_live.txt", "only five were on ventilators", 5, NURSE, "icu_ventilated", "nurse5v"),
    ("icu_live.txt", "only two nurses were on duty", 2, NURSE, "icu_nurses", "nurse2n"),
    ("icu_live.txt", "about 120 patients were evacuated", 120, MIN, "icu_evacuated", "min120"),
    ("icu_live.txt", "3,000 households", 3000, POWERRO, "icu_constanta", "power3000"),
    ("icu_live.txt", "extinguished at 4:10 a.m. on Tuesday", None, ISU, "icu_fire_out", "isu410"),
    ("icu_live.txt", "more than 800 degrees Celsius", 800, ISU, "icu_heat", "isu800"),
    ("icu_live.txt", "will receive 100,000 lei", 100000, GOVRO, "icu_compensation", "gov100k"),
    # broadcaster website (NWN News, US, times in ET), Thursday 12 Nov
    ("icu_broadcast.txt", "7:41 p.m. ET on Monday", None, ISU, "icu_time", "isu241"),
    ("icu_broadcast.txt", "20-bed ICU", 20, O, "icu_capacity", "outb20"),
    ("icu_broadcast.txt", "put the death toll at 10", 10, MIN, "icu_dead", "min10"),
    ("icu_broadcast.txt", "nine patients had died", 9, HOSP, "icu_dead", "hosp9"),
    ("icu_broadcast.txt", "15 people had been injured", 15, ISU, "icu_injured", "isu15"),
    ("icu_broadcast.txt", "one nurse was slightly hurt", 1, HOSP, "icu_staff_hurt", "hosp1n"),
    ("icu_broadcast.txt", "around 7:20 p.m. ET", None, NURSE, "icu_time", "nurse220"),
    ("icu_broadcast.txt", "started at the electrical switchboard", None, ISU, "icu_cause", "isupanel"),
    ("icu_broadcast.txt", "above 1,470 degrees Fahrenheit", 1470, ISU, "icu_heat", "isu800"),
    ("icu_broadcast.txt", "extinguished by 9:10 p.m. ET", None, ISU, "icu_fire_out", "isu410"),
    ("icu_broadcast.txt", "some 37 miles", 37, O, "icu_distance", "outb37"),
    ("icu_broadcast.txt", "Oxygen levels were within normal limits", None, HOSP, "icu_oxygen", "hospoxok"),
    ("icu_broadcast.txt", "had all the permits it needed", None, COUNTY, "icu_permit", "ccok"),
    ("icu_broadcast.txt", "for 4.2 million lei", 4200000, COUNTY, "icu_renovation", "cc42"),
    ("icu_broadcast.txt", "about $950,000", 950000, COUNTY, "icu_renovation", "cc42"),
    ("icu_broadcast.txt", "placed two people under investigation", 2, PROS, "icu_suspects", "pros2"),
    ("icu_broadcast.txt", "promised 100,000 lei", 100000, GOVRO, "icu_compensation", "gov100k"),
    ("icu_broadcast.txt", "about $22,700", 22700, GOVRO, "icu_compensation", "gov100k"),
    # local paper (Oltenia Courier, English weekly edition), Saturday 14 Nov
    ("icu_local.txt", "raised the death toll to 11", 11, MIN, "icu_dead", "min11"),
    ("icu_local.txt", "14 people have died", 14, PATIENTS, "icu_dead", "pat14"),
    ("icu_local.txt", "23 people were hurt", 23, HIPPO, "icu_injured", "un23"),
    ("icu_local.txt", "every one of the 20 beds in the ward was occupied", 20, HIPPO, "icu_in_ward", "un20"),
    ("icu_local.txt", "some 140 patients were moved out of the building", 140, HOSP, "icu_evacuated", "hosp140"),
    ("icu_local.txt", "out before 3:30 a.m.", None, HOSP, "icu_fire_out", "hosp330"),
    ("icu_local.txt", "at 02:58", None, HOSP, "icu_time", "hosp258"),
    ("icu_local.txt", "the oxygen sensor had been faulty since the summer", None, HOSP, "icu_oxygen", "hospadmit"),
    ("icu_local.txt", "took more than 25 minutes to arrive", 25, FAMRO, "icu_response", "fam25"),
    ("icu_local.txt", "about 70 firefighters", 70, MAYOR, "icu_firefighters", "mayor70"),
    ("icu_local.txt", "eight patients in all had been transferred", 8, MIN, "icu_transferred", "min8t"),
    ("icu_local.txt", "traces pointing to the electrical panel", None, PROS, "icu_cause", "prospanel"),
    ("icu_local.txt", "the smoke detectors in the ICU had been disconnected", None, PROS, "icu_alarm", "prosdet"),
    ("icu_local.txt", "Five suspects", 5, PROS, "icu_suspects", "pros5"),
    ("icu_local.txt", "had been pending since 2021", None, MIN, "icu_permit", "minpending"),
    ("icu_local.txt", "fewer than 100 hospitals", 100, MIN, "icu_national_permits", "min100"),
    ("icu_local.txt", "more than 6 million lei", 6000000, HIPPO, "icu_renovation", "un6m"),
    ("icu_local.txt", "at least 500,000 lei", 500000, PATIENTS, "icu_compensation", "pat500k"),
    ("icu_local.txt", "60 kilometres", 60, O, "icu_distance", "outp60"),
    ("icu_local.txt", "The hospital's 20-bed intensive care ward", 20, O, "icu_capacity", "outp20"),
    ("icu_local.txt", "two laundry workers were hurt", 2, O, "icu_2017", "outp2"),

    # ---------------- mpox: an mpox (clade Ib) outbreak among fishing communities on the Lake Victoria islands of
    # Buvuma district (Uganda), March 2026; the vaccine plane landed at Entebbe on Mon 9 Mar at 06:40 EAT (UTC+3) =
    # 03:40 GMT (the ministry's time); the aviation authority says 08:15 EAT
    # wire (ENA, date glued to the headline), Tuesday 10 Mar
    ("mpox_wire.txt", "42 confirmed cases", 42, MOH, "mpx_cases", "moh42"),
    ("mpox_wire.txt", "three deaths", 3, MOH, "mpx_deaths", "moh3"),
    ("mpox_wire.txt", "35 are in Buvuma district", 35, MOH, "mpx_cases_buvuma", "moh35"),
    ("mpox_wire.txt", "more than 300 suspected cases", 300, MOH, "mpx_suspected", "moh300s"),
    ("mpox_wire.txt", "found at 14 landing sites", 14, MOH, "mpx_landing_sites", "moh14ls"),
    ("mpox_wire.txt", "about 70 km", 70, O, "mpx_distance", "outw70"),
    ("mpox_wire.txt", "43 miles", 43, O, "mpx_distance", "outw70"),
    ("mpox_wire.txt", "about 90,000 people", 90000, O, "mpx_population", "outw90k"),
    ("mpox_wire.txt", "50,000 doses of the MVA-BN vaccine", 50000, MOH, "mpx_doses", "moh50k"),
    ("mpox_wire.txt", "at 6:40 a.m. on Monday", None, MOH, "mpx_arrival", "moh640"),
    ("mpox_wire.txt", "0340 GMT", None, MOH, "mpx_arrival", "moh640"),
    ("mpox_wire.txt", "the first case was confirmed on February 14", None, MOH, "mpx_first", "mohfeb14"),
    ("mpox_wire.txt", "40 isolation beds", 40, MOH, "mpx_isolation", "moh40b"),
    ("mpox_wire.txt", "traced 1,150 contacts", 1150, MOH, "mpx_contacts", "moh1150"),
    ("mpox_wire.txt", "sent 150 health workers", 150, MOH, "mpx_deployed", "moh150hw"),
    ("mpox_wire.txt", "all the samples sequenced so far were clade Ib", None, UVRI, "mpx_clade", "uvriIb"),
    ("mpox_wire.txt", "schools on the islands remain open", None, EDU, "mpx_schools", "eduopen"),
    ("mpox_wire.txt", "12.9 billion shillings", 12900000000, MOH, "mpx_appeal", "moh129"),
    ("mpox_wire.txt", "$3.5 million", 3500000, MOH, "mpx_appeal", "moh129"),
    # live blog (The Kampala Ledger, EAT), Wednesday 11 Mar
    ("mpox_live.txt", "have risen to 57", 57, MOH, "mpx_cases", "moh57"),
    ("mpox_live.txt", "2,300 people have been vaccinated", 2300, MOH, "mpx_vaccinated", "moh2300"),
    ("mpox_live.txt", "at least nine people have died", 9, FISH, "mpx_deaths", "fish9"),
    ("mpox_live.txt", "fallen by 60 percent", 60, FISH, "mpx_sales", "fish60"),
    ("mpox_live.txt", "only 12 beds", 12, DHO, "mpx_isolation", "dho12b"),
    ("mpox_live.txt", "take up to ten days", 10, DHO, "mpx_turnaround", "dho10d"),
    ("mpox_live.txt", "as early as late January", None, DHO, "mpx_first", "dhojan"),
    ("mpox_live.txt", "about 4,000 doses had reached the district", 4000, DHO, "mpx_doses_district", "dho4000"),
    ("mpox_live.txt", "closed four primary schools", 4, DHO, "mpx_schools", "dho4sch"),
    ("mpox_live.txt", "has been closed to all boats", None, CHAIR, "mpx_lockdown", "chairclosed"),
    ("mpox_live.txt", "1,200 tonnes of garbage", 1200, KCCA, "mpx_kcca", "kcca1200"),
    ("mpox_live.txt", "nearly 700 suspected cases", 700, LHP, "mpx_suspected", "lhp700"),
    ("mpox_live.txt", "no fewer than 20 landing sites", 20, LHP, "mpx_landing_sites", "lhp20ls"),
    ("mpox_live.txt", "eleven health workers have been infected", 11, HWU, "mpx_hw_infected", "hwu11"),
    ("mpox_live.txt", "Fewer than 40 health workers", 40, HWU, "mpx_deployed", "hwu40"),
    ("mpox_live.txt", "touched down at Entebbe at 8:15 a.m. on Monday", None, CAA, "mpx_arrival", "caa815"),
    # broadcaster website (Thames World News, UK, times in GMT), Friday 13 Mar
    ("mpox_broadcast.txt", "some 43 miles", 43, O, "mpx_distance", "outb43"),
    ("mpox_broadcast.txt", "57 laboratory-confirmed cases", 57, MOH, "mpx_cases", "moh57"),
    ("mpox_broadcast.txt", "five deaths", 5, MOH, "mpx_deaths", "moh5"),
    ("mpox_broadcast.txt", "more than 70 confirmed cases", 70, WHO, "mpx_cases", "who70"),
    ("mpox_broadcast.txt", "about 30 percent of the cases are children under 15", 30, WHO, "mpx_children", "who30"),
    ("mpox_broadcast.txt", "50,000 doses in all", 50000, ACDC, "mpx_doses", "acdc50k"),
    ("mpox_broadcast.txt", "3.40am GMT on Monday", None, MOH, "mpx_arrival", "moh640"),
    ("mpox_broadcast.txt", "both clade Ia and clade Ib", None, ACDC, "mpx_clade", "acdcboth"),
    ("mpox_broadcast.txt", "within 48 hours", 48, UVRI, "mpx_turnaround", "uvri48"),
    ("mpox_broadcast.txt", "No landing site has been closed", None, MOH, "mpx_lockdown", "mohnoclose"),
    ("mpox_broadcast.txt", "traced 2,400 contacts", 2400, MOH, "mpx_contacts", "moh2400"),
    ("mpox_broadcast.txt", "31 patients had been discharged", 31, MOH, "mpx_discharged", "moh31d"),
    ("mpox_broadcast.txt", "12.9bn shillings", 12900000000, MOH, "mpx_appeal", "moh129"),
    ("mpox_broadcast.txt", "£2.7m", 2700000, MOH, "mpx_appeal", "moh129"),
    # local paper (The Lakeside Observer), Monday 16 Mar
    ("mpox_local.txt", "now stands at 89", 89, MOH, "mpx_cases", "moh89"),
    ("mpox_local.txt", "103 confirmed cases in Buvuma", 103, DHO, "mpx_cases_buvuma", "dho103"),
    ("mpox_local.txt", "and six deaths", 6, DHO, "mpx_deaths", "dho6"),
    ("mpox_local.txt", "found at 23 landing sites", 23, DHO, "mpx_landing_sites", "dho23ls"),
    ("mpox_local.txt", "412 suspected cases", 412, MOH, "mpx_suspected", "moh412s"),
    ("mpox_local.txt", "Children account for 55 percent", 55, DHO, "mpx_children", "dho55"),
    ("mpox_local.txt", "expanded to 60 beds", 60, MOH, "mpx_isolation", "moh60b"),
    ("mpox_local.txt", "More than 6,000 people have now been vaccinated", 6000, MOH, "mpx_vaccinated", "moh6000"),
    ("mpox_local.txt", "47 patients have been discharged", 47, MOH, "mpx_discharged", "moh47d"),
    ("mpox_local.txt", "only 1,500 doses had actually reached the islands", 1500, MPUG, "mpx_doses_district", "mp1500"),
    ("mpox_local.txt", "People were falling sick before Christmas", None, OUMA, "mpx_first", "ouma_xmas"),
    ("mpox_local.txt", "boats are still leaving every morning", None, OUMA, "mpx_lockdown", "ouma_boats"),
    ("mpox_local.txt", "more than 5,000 contacts", 5000, URCS, "mpx_contacts", "urcs5000"),
    ("mpox_local.txt", "four health workers had been infected", 4, MOH, "mpx_hw_infected", "moh4hw"),
    ("mpox_local.txt", "two schools have been temporarily closed", 2, EDU, "mpx_schools", "edu2"),
    ("mpox_local.txt", "down about 20%", 20, FISHOFF, "mpx_sales", "fishoff20"),
    ("mpox_local.txt", "70 kilometres", 70, O, "mpx_distance", "outp70"),
    ("mpox_local.txt", "roughly 90,000 residents", 90000, O, "mpx_population", "outp90k"),
    ("mpox_local.txt", "860 stalls", 860, JINJA, "mpx_market", "jinja860"),
    ("mpox_local.txt", "14 stolen outboard engines", 14, MUKPOL, "mpx_engines", "pol14"),

    # ---------------- pool: chlorine gas at the Los Sauces Aquatic Centre, Villa de Los Sauces (Guanajuato, Mexico),
    # Sat 16 May 2026 during a children's swim meet; civil protection's time 11:20 CST (UTC-6, no daylight saving) =
    # 17:20 GMT = 12:20 p.m. CDT (Texas, UTC-5); the parents say the first children collapsed at 11:50 a.m. CDT and
    # the lifeguard saw gas around 10:50 local (the same time); the mayor says shortly before noon
    # wire (APS, leading space, headline on the date line), Saturday 16 May
    ("pool_wire.txt", "47 people were taken to hospital", 47, HEALTH, "pool_hospitalised", "health47"),
    ("pool_wire.txt", "31 were children", 31, HEALTH, "pool_children", "health31c"),
    ("pool_wire.txt", "16 were adults", 16, HEALTH, "pool_adults", "health16a"),
    ("pool_wire.txt", "four were in serious condition", 4, HEALTH, "pool_serious", "health4s"),
    ("pool_wire.txt", "No deaths had been reported", None, HEALTH, "pool_deaths", "healthnone"),
    ("pool_wire.txt", "about 40 km", 40, O, "pool_distance", "outw40"),
    ("pool_wire.txt", "25 miles", 25, O, "pool_distance", "outw40"),
    ("pool_wire.txt", "at 11:20 a.m.", None, CP, "pool_time", "cp1120"),
    ("pool_wire.txt", "1720 GMT", None, CP, "pool_time", "cp1120"),
    ("pool_wire.txt", "about 350 people were evacuated", 350, CP, "pool_evacuated", "cp350"),
    ("pool_wire.txt", "a 500-metre radius", 500, CP, "pool_radius", "cp500"),
    ("pool_wire.txt", "pumped hydrochloric acid into the chlorine tank", None, CP, "pool_cause", "cpcause"),
    ("pool_wire.txt", "a 1,000-litre tank", 1000, CP, "pool_tank", "cptank"),
    ("pool_wire.txt", "about 200 litres", 200, CP, "pool_amount", "cp200"),
    ("pool_wire.txt", "about 150 children", 150, PARENTS, "pool_swimmers", "par150"),
    ("pool_wire.txt", "the gas detector alarm sounded", None, MUNI, "pool_alarm", "munialarm"),
    ("pool_wire.txt", "four lifeguards were on duty", 4, MUNI, "pool_lifeguards", "muni4"),
    ("pool_wire.txt", "passed its civil protection inspection in March", None, MUNI, "pool_permit", "muniok"),
    ("pool_wire.txt", "detained one person", 1, FGE, "pool_arrests", "fge1"),
    ("pool_wire.txt", "treatment would be free of charge for all victims", None, GTO, "pool_costs", "gtofree"),
    ("pool_wire.txt", "5 million pesos", 5000000, GTO, "pool_fund", "gto5m"),
    ("pool_wire.txt", "$289,000", 289000, GTO, "pool_fund", "gto5m"),
    # broadcaster website (KAXN Alamo 7 News, San Antonio, times in CT), Monday 18 May
    ("pool_broadcast.txt", "more than 80 people were treated", 80, CRUZ, "pool_hospitalised", "cruz80"),
    ("pool_broadcast.txt", "sent 14 ambulances", 14, CRUZ, "pool_ambulances", "cruz14"),
    ("pool_broadcast.txt", "two dozen children were admitted to his hospital alone", 24, HOSPMX, "pool_one_hospital",
     "hospmx24"),
    ("pool_broadcast.txt", "two remain in serious condition", 2, HEALTH, "pool_serious", "health2s"),
    ("pool_broadcast.txt", "12:20 p.m. CT", None, CP, "pool_time", "cp1120"),
    ("pool_broadcast.txt", "at about 11:50 a.m. CT", None, PARENTS, "pool_time", "par1050"),
    ("pool_broadcast.txt", "No alarm ever sounded", None, PARENTS, "pool_alarm", "parnoalarm"),
    ("pool_broadcast.txt", "about 53 gallons", 53, CP, "pool_amount", "cp200"),
    ("pool_broadcast.txt", "264-gallon tank", 264, CP, "pool_tank", "cptank"),
    ("pool_broadcast.txt", "about 1,640 feet", 1640, CP, "pool_radius", "cp500"),
    ("pool_broadcast.txt", "some 600 people were evacuated", 600, MUNI, "pool_evacuated", "muni600"),
    ("pool_broadcast.txt", "our driver followed the instructions of pool staff", None, SUPP, "pool_cause", "suppdriver"),
    ("pool_broadcast.txt", "the tanks had been unlabeled for months", None, SUT, "pool_labels", "sutlabels"),
    ("pool_broadcast.txt", "112 swimmers were registered", 112, MUNI, "pool_swimmers", "muni112"),
    ("pool_broadcast.txt", "civil protection program expired in 2024", None, CP, "pool_permit", "cpexpired"),
    ("pool_broadcast.txt", "closed for at least 30 days", 30, CP, "pool_closure", "cp30d"),
    ("pool_broadcast.txt", "pledged 5 million pesos", 5000000, GTO, "pool_fund", "gto5m"),
    ("pool_broadcast.txt", "about $290,000", 290000, GTO, "pool_fund", "gto5m"),
    ("pool_broadcast.txt", "about 25 miles", 25, O, "pool_distance", "outb25"),
    ("pool_broadcast.txt", "roughly 440 miles", 440, O, "pool_laredo", "outb440"),
    # local paper (The Bajío Bulletin), Wednesday 20 May
    ("pool_local.txt", "An eight-year-old boy died on Tuesday", None, HEALTH, "pool_deaths", "health1d"),
    ("pool_local.txt", "63 people had now received hospital treatment", 63, HEALTH, "pool_hospitalised", "health63"),
    ("pool_local.txt", "nearly a hundred people needed hospital treatment", 100, PARENTS, "pool_hospitalised", "par100"),
    ("pool_local.txt", "at least 50 children among them", 50, PARENTS, "pool_children", "par50c"),
    ("pool_local.txt", "seven children are in a serious condition", 7, PARENTS, "pool_serious", "par7s"),
    ("pool_local.txt", "up to 30,000 pesos each", 30000, PARENTS, "pool_costs", "par30k"),
    ("pool_local.txt", "420 people were evacuated", 420, CP, "pool_evacuated", "cp420"),
    ("pool_local.txt", "22 ambulances took part", 22, CP, "pool_ambulances", "cp22"),
    ("pool_local.txt", "only 200 metres from the pool", 200, MUNI, "pool_radius", "muni200"),
    ("pool_local.txt", "reopen within two weeks", 2, MUNI, "pool_closure", "muni2w"),
    ("pool_local.txt", "the centre's inspection certificate had lapsed", None, MUNI, "pool_permit", "munilapsed"),
    ("pool_local.txt", "the leak began shortly before noon", None, MUNI, "pool_time", "muninoon"),
    ("pool_local.txt", "around 10:50 in the morning", None, LIFE, "pool_time", "life1050"),
    ("pool_local.txt", "only two lifeguards were on duty", 2, SUT, "pool_lifeguards", "sut2"),
    ("pool_local.txt", "the detector had been switched off weeks ago", None, SUT, "pool_alarm", "sutdet"),
    ("pool_local.txt", "every tank was clearly labelled", None, MUNI, "pool_labels", "munilabels"),
    ("pool_local.txt", "no more than 40 litres", 40, SUPP, "pool_amount", "supp40"),
    ("pool_local.txt", "connected the hose to the wrong tank", None, FGE, "pool_cause", "fgehose"),
    ("pool_local.txt", "three people, including the pool manager", 3, FGE, "pool_arrests", "fge3"),
    ("pool_local.txt", "40 kilometres", 40, O, "pool_distance", "outp40"),
    ("pool_local.txt", "14 colonias", 14, WATER, "pool_water_cut", "water14"),
    ("pool_local.txt", "20,000 visitors", 20000, FAIR, "pool_fair", "fair20k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("icu_wire.txt", "among them two firefighters", 2, ISU, "icu_opt_firefighters_hurt"),
    ("icu_wire.txt", "four-storey building", 4, O, "icu_opt_storeys"),
    ("icu_wire.txt", "within a minute", None, HOSP, "icu_opt_within_minute"),
    ("icu_live.txt", "counting two who died after being moved to other hospitals", 2, HIPPO, "icu_opt_moved_dead"),
    ("icu_live.txt", "Two more patients died this afternoon", 2, MIN, "icu_opt_two_more"),
    ("icu_live.txt", "suspended the hospital manager and two of her deputies", 2, MIN, "icu_opt_suspended"),
    ("icu_live.txt", "Alina Toma, 29", 29, NURSE, "icu_opt_age"),
    ("icu_live.txt", "not 17 as the hospital said on Tuesday", 17, NURSE, "icu_opt_restated_ward"),
    ("icu_live.txt", "put the toll at eight dead on Tuesday evening", 8, O, "icu_opt_restated_toll"),
    ("icu_live.txt", "spent 3 weeks in that ICU", 3, "reader Carmen_Dj", "icu_opt_reader"),
    ("icu_live.txt", "4.2 million lei and not one sprinkler", 4200000, "reader mihai.t", "icu_opt_reader"),
    ("icu_live.txt", "2 nurses for a whole ICU", 2, "reader Ana P.", "icu_opt_reader"),
    ("icu_broadcast.txt", "one patient who died in Bucharest", 1, HOSP, "icu_opt_bucharest_death"),
    ("icu_broadcast.txt", "more than 20 minutes before the inspectorate's time", 20, O, "icu_opt_twenty_minutes"),
    ("icu_broadcast.txt", "34F (1C)", 34, O, "icu_opt_cold"),
    ("icu_broadcast.txt", "hundreds of people gathered", None, O, "icu_opt_vigil"),
    ("icu_local.txt", "a 78-year-old woman", 78, MIN, "icu_opt_age_woman"),
    ("icu_local.txt", "81-year-old father", 81, FAMRO, "icu_opt_age_father"),
    ("icu_local.txt", "three streets away", 3, FAMRO, "icu_opt_streets"),
    ("icu_local.txt", "volunteers from three neighbouring communes", 3, MAYOR, "icu_opt_communes"),
    ("icu_local.txt", "worked 26 years", 26, "reader Maria Dinca", "icu_opt_reader"),
    ("icu_local.txt", "in 2019 and again in 2022", None, "reader Maria Dinca", "icu_opt_reader"),
    ("icu_local.txt", "4.2 million on a ward", 4200000, "reader V. Preda", "icu_opt_reader"),
    ("mpox_wire.txt", "some 50 islands", 50, O, "mpx_opt_islands"),
    ("mpox_wire.txt", "a 24-year-old fish trader", 24, MOH, "mpx_opt_age"),
    ("mpox_live.txt", "runs clinics on four islands", 4, LHP, "mpx_opt_clinics"),
    ("mpox_live.txt", "reported 42 confirmed cases and three deaths", 42, O, "mpx_opt_restated"),
    ("mpox_live.txt", "3 of his crew are sick", 3, "reader Ssali_R", "mpx_opt_reader"),
    ("mpox_live.txt", "ten days for a test result", 10, "reader Nakitto M.", "mpx_opt_reader"),
    ("mpox_live.txt", "50,000 doses for 90,000 people", 50000, "reader Okello J.", "mpx_opt_reader"),
    ("mpox_broadcast.txt", "the government has not closed any landing sites", None, O, "mpx_opt_no_closure"),
    ("mpox_broadcast.txt", "followed by a second one in April", None, ACDC, "mpx_opt_second_shipment"),
    ("mpox_broadcast.txt", "above 38C (100F)", 38, O, "mpx_opt_fever"),
    ("mpox_broadcast.txt", "up to 1,000 boats a day", 1000, O, "mpx_opt_boats"),
    ("mpox_local.txt", "up from 57 on Wednesday", 57, MOH, "mpx_opt_restated_cases"),
    ("mpox_local.txt", "two new tents", 2, MOH, "mpx_opt_tents"),
    ("mpox_local.txt", "fished on this lake for 31 years", 31, "reader Samuel Wasswa", "mpx_opt_reader"),
    ("mpox_local.txt", "we lost 12 men in one storm", 12, "reader Samuel Wasswa", "mpx_opt_reader"),
    ("mpox_local.txt", "costs 20,000 shillings", 20000, "reader Grace Nabirye", "mpx_opt_reader"),
    ("pool_broadcast.txt", "half an hour before that", None, O, "pool_opt_half_hour"),
    ("pool_broadcast.txt", "91F (33C)", 91, O, "pool_opt_heat"),
    ("pool_local.txt", "three days after chlorine gas leaked", 3, O, "pool_opt_three_days"),
    ("pool_local.txt", "had passed its inspection in March", None, MUNI, "pool_opt_restated_inspection"),
    ("pool_local.txt", "swims at Los Sauces three times a week", 3, "reader Judith Kramer", "pool_opt_reader"),
    ("pool_local.txt", "for at least 2 years", 2, "reader Judith Kramer", "pool_opt_reader"),
    ("pool_local.txt", "350 pesos a month", 350, "reader Ernesto Ruiz", "pool_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # icu
    "icu_dead": {("min8", "un12"): C, ("min8", "min10"): U, ("min8", "hosp9"): C, ("min8", "min11"): U,
                 ("min8", "pat14"): C,
                 ("un12", "min10"): C, ("un12", "hosp9"): C, ("un12", "min11"): C, ("un12", "pat14"): C,
                 ("min10", "min10"): SC, ("min10", "hosp9"): C, ("min10", "min11"): U, ("min10", "pat14"): C,
                 ("hosp9", "min11"): C, ("hosp9", "pat14"): C},
    "icu_injured": {("isu12", "isu15"): U, ("isu12", "un23"): C, ("isu15", "un23"): C},
    "icu_staff_hurt": {("un3n", "hosp1n"): C},
    "icu_in_ward": {("hosp17", "nurse16"): C, ("hosp17", "un20"): C, ("nurse16", "un20"): C},
    "icu_ventilated": {("hosp11v", "nurse5v"): C},
    "icu_nurses": {("hosp4n", "nurse2n"): C},
    "icu_capacity": {("outw20", "outb20"): CO, ("outw20", "outp20"): CO, ("outb20", "outp20"): CO},
    "icu_evacuated": {("isu102", "min120"): C, ("isu102", "hosp140"): C, ("min120", "hosp140"): C},
    "icu_transferred": {("min6t", "min8t"): U},
    "icu_time": {("isu241", "nurse220"): C, ("isu241", "isu241"): SC, ("isu241", "hosp258"): C,
                 ("nurse220", "nurse220"): SC, ("nurse220", "hosp258"): C},
    "icu_response": {("isu7", "fam25"): C},
    "icu_fire_out": {("isu410", "isu410"): SC, ("isu410", "hosp330"): C},
    "icu_heat": {("isu800", "isu800"): SC},
    "icu_cause": {("isupanel", "contr"): C, ("isupanel", "isupanel"): SC, ("isupanel", "prospanel"): CO,
                  ("contr", "prospanel"): C},
    "icu_oxygen": {("unox", "hospoxok"): C, ("unox", "hospadmit"): CO, ("hospoxok", "hospadmit"): U},
    "icu_alarm": {("hospalarm", "nursenoalarm"): C, ("hospalarm", "prosdet"): C, ("nursenoalarm", "prosdet"): CO},
    "icu_permit": {("isunopermit", "ccok"): C, ("isunopermit", "minpending"): CO, ("ccok", "minpending"): C},
    "icu_national_permits": {("isu230", "min100"): C},
    "icu_firefighters": {("isu42", "mayor70"): C},
    "icu_renovation": {("cc42", "cc42"): SC, ("cc42", "un6m"): C},
    "icu_compensation": {("gov100k", "gov100k"): SC, ("gov100k", "pat500k"): C},
    "icu_suspects": {("pros2", "pros5"): U},
    "icu_distance": {("outw60", "outb37"): CO, ("outw60", "outp60"): CO, ("outb37", "outp60"): CO},
    "icu_2017": {("outw2", "outp2"): CO},
    # mpox
    "mpx_cases": {("moh42", "moh57"): U, ("moh42", "who70"): C, ("moh42", "moh89"): U,
                  ("moh57", "moh57"): SC, ("moh57", "who70"): C, ("moh57", "moh89"): U, ("who70", "moh89"): C},
    "mpx_cases_buvuma": {("moh35", "dho103"): C},
    "mpx_suspected": {("moh300s", "lhp700"): C, ("moh300s", "moh412s"): UC, ("lhp700", "moh412s"): C},
    "mpx_landing_sites": {("moh14ls", "lhp20ls"): C, ("moh14ls", "dho23ls"): C, ("lhp20ls", "dho23ls"): C},
    "mpx_deaths": {("moh3", "fish9"): C, ("moh3", "moh5"): U, ("moh3", "dho6"): C, ("fish9", "moh5"): C,
                   ("fish9", "dho6"): C, ("moh5", "dho6"): C},
    "mpx_children": {("who30", "dho55"): C},
    "mpx_isolation": {("moh40b", "dho12b"): C, ("moh40b", "moh60b"): U, ("dho12b", "moh60b"): C},
    "mpx_doses": {("moh50k", "acdc50k"): CO},
    "mpx_doses_district": {("dho4000", "mp1500"): C},
    "mpx_vaccinated": {("moh2300", "moh6000"): U},
    "mpx_discharged": {("moh31d", "moh47d"): U},
    "mpx_arrival": {("moh640", "caa815"): C, ("moh640", "moh640"): SC},
    "mpx_first": {("mohfeb14", "dhojan"): C, ("mohfeb14", "ouma_xmas"): C, ("dhojan", "ouma_xmas"): C},
    "mpx_clade": {("uvriIb", "acdcboth"): C},
    "mpx_lockdown": {("chairclosed", "mohnoclose"): C, ("chairclosed", "ouma_boats"): C,
                     ("mohnoclose", "ouma_boats"): CO},
    "mpx_schools": {("eduopen", "dho4sch"): C, ("eduopen", "edu2"): U, ("dho4sch", "edu2"): C},
    "mpx_contacts": {("moh1150", "moh2400"): U, ("moh1150", "urcs5000"): C, ("moh2400", "urcs5000"): C},
    "mpx_hw_infected": {("hwu11", "moh4hw"): C},
    "mpx_deployed": {("moh150hw", "hwu40"): C},
    "mpx_appeal": {("moh129", "moh129"): SC},
    "mpx_distance": {("outw70", "outb43"): CO, ("outw70", "outp70"): CO, ("outb43", "outp70"): CO},
    "mpx_population": {("outw90k", "outp90k"): CO},
    "mpx_sales": {("fish60", "fishoff20"): C},
    "mpx_turnaround": {("dho10d", "uvri48"): C},
    # pool
    "pool_hospitalised": {("health47", "cruz80"): C, ("health47", "health63"): U, ("health47", "par100"): C,
                          ("cruz80", "health63"): C, ("cruz80", "par100"): C},
    "pool_children": {("health31c", "par50c"): C},
    "pool_serious": {("health4s", "health2s"): U, ("health4s", "par7s"): C, ("health2s", "par7s"): C},
    "pool_deaths": {("healthnone", "health1d"): U},
    "pool_evacuated": {("cp350", "muni600"): C, ("cp350", "cp420"): U, ("muni600", "cp420"): C},
    "pool_ambulances": {("cruz14", "cp22"): C},
    "pool_time": {("cp1120", "cp1120"): SC, ("cp1120", "par1050"): C, ("cp1120", "life1050"): C,
                  ("cp1120", "muninoon"): C, ("par1050", "life1050"): CO, ("par1050", "muninoon"): C},
    "pool_amount": {("cp200", "cp200"): SC, ("cp200", "supp40"): C},
    "pool_tank": {("cptank", "cptank"): SC},
    "pool_cause": {("cpcause", "suppdriver"): C, ("cpcause", "fgehose"): CO, ("suppdriver", "fgehose"): C},
    "pool_labels": {("sutlabels", "munilabels"): C},
    "pool_alarm": {("munialarm", "parnoalarm"): C, ("munialarm", "sutdet"): C, ("parnoalarm", "sutdet"): CO},
    "pool_permit": {("muniok", "cpexpired"): C, ("muniok", "munilapsed"): U, ("cpexpired", "munilapsed"): CO},
    "pool_lifeguards": {("muni4", "sut2"): C},
    "pool_swimmers": {("par150", "muni112"): C},
    "pool_radius": {("cp500", "cp500"): SC, ("cp500", "muni200"): C},
    "pool_fund": {("gto5m", "gto5m"): SC},
    "pool_costs": {("gtofree", "par30k"): C},
    "pool_closure": {("cp30d", "muni2w"): C},
    "pool_arrests": {("fge1", "fge3"): U},
    "pool_distance": {("outw40", "outb25"): CO, ("outw40", "outp40"): CO, ("outb25", "outp40"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
