"""Hand labels for bench/blind29 (an escalator that ran backwards at a rail station in Pasig City, Metro Manila,
in the morning rush; an outbreak of Legionnaires' disease linked to a hotel spa in St. John's, Newfoundland; a mass
stranding of pilot whales on Farewell Spit at the top of New Zealand's South Island).
Run from the project root:
    /work/venv/bin/python bench/blind29/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
PNP = "Philippine National Police, Eastern Police District (spokesman Maj. Ramon Villanueva)"
BFP = "Bureau of Fire Protection, Pasig (Fire Superintendent Liza Manalo)"
DOTR = "Philippine Department of Transportation (Undersecretary Carlos Dimaculangan)"
MER = "MetroEast Rail Corp., the line's operator (spokeswoman Patricia Lim-Soriano)"
MAKER = "Hanrong Elevator Co., the escalator's maker"
DOHPH = "Philippine Department of Health, Metro Manila office"
PRC = "Philippine Red Cross, Rizal chapter (administrator Benjie Ocampo)"
HOSPPH = "St. Agatha Medical Center, Pasig (medical director Dr Teresita Alcaraz)"
PASIG = "Pasig City government (Mayor Elena Dizon-Ramos)"
CSN = "Commuters' Safety Network (convenor Jomar Pascual)"
CASTILLO = "witness Rhea Castillo (call-centre agent who was on the escalator)"
REYES = "witness Danilo Reyes (security guard at the foot of the escalator)"
BAUTISTA = "elevator engineer Prof. Arnel Bautista (University of the Philippines Diliman)"
CONSULLA = "Philippine Consulate General in Los Angeles"
AQUINO = "Lorna Aquino of Carson, California (aunt of an injured passenger)"
MMDA = "Metropolitan Manila Development Authority"
CSWDO = "Pasig City Social Welfare and Development Office"
ENGPASIG = "Pasig City Engineering Office"

CMOH = "Newfoundland and Labrador Chief Medical Officer of Health (Dr Fiona Kavanagh)"
NLHS = "Newfoundland and Labrador Health Services"
HOTEL = "Harbourview Grand hotel (general manager Marc-Andre Doucet)"
SNL = "Service NL, the provincial inspection agency (environmental health officer Gail Penney)"
CITYSJ = "City of St. John's (Deputy Mayor Keith Furlong)"
LAWYERS = "Whelan Pike LLP, lawyers for sick guests (Sarah Whelan)"
MENON = "infectious-disease specialist Dr Rajiv Menon (Memorial University)"
MASSDPH = "Massachusetts Department of Public Health"
BONSPIEL = "Atlantic Winter Bonspiel organisers"
RNU = "Registered Nurses' Union Newfoundland and Labrador"
AQUAGUARD = "Aquaguard Water Hygiene, the hotel's water consultant"
BRENNAN = "guest Tom Brennan (curler from Worcester, Massachusetts)"
FOODBANK = "Avalon Food Bank"
ROOMS = "The Rooms (museum)"

DOC = "Department of Conservation, Golden Bay (operations manager Hemi Walker)"
WRA = "Whale Rescue Aotearoa, the volunteer rescue group (coordinator Kirsten Lowe)"
IWI = "Nga Kaitiaki o Onetahua, the local iwi trust (spokesman Rawiri Te Awe)"
CHEN = "marine mammal vet Dr Olivia Chen (Massey University)"
SHE = "Southern Horizon Energy, the seismic survey operator (spokesman Grant Ellison)"
RURU = "witness Dave Ruru (tour operator who raised the alarm)"
NZPOL = "New Zealand Police, Tasman district"
METSERVICE = "MetService (forecaster Lucy Hammond)"
NZTA = "NZ Transport Agency"
TASPWS = "Tasmania's Parks and Wildlife Service"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- escalator: the up escalator at Rosario station on the elevated Metro East Rail line in Pasig
    # City (Metro Manila, Philippines) ran backwards in the Monday morning rush of 7 Dec 2026; the police time
    # 7:50 a.m. Philippine time (UTC+8) = 23:50 GMT on Sunday (the date changes) = 3:50 p.m. PST on Sunday in Los
    # Angeles (UTC-8); the consulate in Los Angeles says about 3:50 p.m. Sunday California time (the same moment),
    # the operator 8:05 a.m., a security guard around 7:30
    # wire (TPW, date line), Monday 7 December
    ("escalator_wire.txt", "three people were killed", 3, PNP, "esc_dead", "pol3"),
    ("escalator_wire.txt", "at 7:50 a.m.", None, PNP, "esc_time", "pol750"),
    ("escalator_wire.txt", "2350 GMT on Sunday", None, PNP, "esc_time", "pol750"),
    ("escalator_wire.txt", "injured 37 people", 37, BFP, "esc_injured", "bfp37"),
    ("escalator_wire.txt", "sent 17 ambulances", 17, BFP, "esc_ambulances", "bfp17"),
    ("escalator_wire.txt", "evacuated about 2,400 commuters", 2400, BFP, "esc_evacuated", "bfp2400"),
    ("escalator_wire.txt", "Nine children were among the injured", 9, DOHPH, "esc_children", "doh9c"),
    ("escalator_wire.txt", "about 12 km", 12, O, "esc_distance", "outw12"),
    ("escalator_wire.txt", "7.5 miles", 7.5, O, "esc_distance", "outw12"),
    ("escalator_wire.txt", "about 40 passengers were on the escalator", 40, MER, "esc_on_escalator", "mer40"),
    ("escalator_wire.txt", "a sudden power fluctuation tripped the drive motor", None, MER, "esc_cause", "merpower"),
    ("escalator_wire.txt", "which is 26 metres long", 26, MER, "esc_length", "mer26"),
    ("escalator_wire.txt", "was installed in 2017", None, MER, "esc_age", "mer2017"),
    ("escalator_wire.txt", "passed a safety inspection on Nov. 26", None, MER, "esc_inspection", "merinspected"),
    ("escalator_wire.txt", "Every escalator on the line had been switched off", None, DOTR, "esc_shutdown", "dotrall"),
    ("escalator_wire.txt", "200,000 pesos", 200000, DOTR, "esc_comp", "dotr200k"),
    ("escalator_wire.txt", "$3,425", 3425, DOTR, "esc_comp", "dotr200k"),
    ("escalator_wire.txt", "about 310,000 passengers a day", 310000, DOTR, "esc_line_riders", "dotr310k"),
    ("escalator_wire.txt", "has installed more than 900 escalators in the Philippines", 900, MAKER,
     "esc_maker_units", "maker900"),
    ("escalator_wire.txt", "injured 11 shoppers", 11, O, "esc_mall_2025", "outmall11"),
    # live blog (Manila Daybreak, Philippine time, date glued to the headline), Tuesday 8 December
    ("escalator_live.txt", "the death toll rose to five", 5, PNP, "esc_dead", "pol5"),
    ("escalator_live.txt", "Two of the dead were college students", 2, PNP, "esc_students", "pol2s"),
    ("escalator_live.txt", "19 patients were still admitted", 19, HOSPPH, "esc_in_hospital", "hosp19"),
    ("escalator_live.txt", "four of them are in critical condition", 4, HOSPPH, "esc_critical", "hosp4c"),
    ("escalator_live.txt", "about 80 people were hurt", 80, PRC, "esc_injured", "prc80"),
    ("escalator_live.txt", "the CCTV camera above the escalator was not recording", None, MER, "esc_cctv",
     "mernocctv"),
    ("escalator_live.txt", "at 8:05 a.m.", None, MER, "esc_time", "mer805"),
    ("escalator_live.txt", "service on the line resumed after 90 minutes", 90, MER, "esc_service_down", "mer90"),
    ("escalator_live.txt", "more than 100 of us were on it", 100, CASTILLO, "esc_on_escalator", "castillo100"),
    ("escalator_live.txt", "It ran backwards for almost a minute", 1, CASTILLO, "esc_reverse_duration",
     "castillo1min"),
    ("escalator_live.txt", "ordered Rosario station closed", None, DOTR, "esc_closure", "dotrordered"),
    ("escalator_live.txt", "the escalator had not been inspected since June", None, DOTR, "esc_inspection",
     "dotrjune"),
    ("escalator_live.txt", "38 escalators of the same model", 38, DOTR, "esc_same_model", "dotr38"),
    ("escalator_live.txt", "towed 86 vehicles", 86, MMDA, "esc_mmda_towing", "mmda86"),
    ("escalator_live.txt", "had complained to MetroEast in October that the escalator jerked", None, CSN,
     "esc_warning", "csnwarned"),
    ("escalator_live.txt", "the other escalator had been broken for three weeks", 3, CSN, "esc_second_escalator",
     "csn3w"),
    ("escalator_live.txt", "some 12 kilometres east of Manila's centre", 12, O, "esc_distance", "outl12"),
    # broadcaster website (HPTV News Los Angeles, times in Pacific time only, byline date only), Tuesday 8 December
    ("escalator_broadcast.txt", "five people have died", 5, PNP, "esc_dead", "pol5"),
    ("escalator_broadcast.txt", "at 3:50 p.m. Pacific time on Sunday", None, PNP, "esc_time", "pol750"),
    ("escalator_broadcast.txt", "relatives of three victims live in Southern California", 3, CONSULLA,
     "esc_la_relatives", "consul3"),
    ("escalator_broadcast.txt", "at about 3:50 p.m. Sunday, California time", None, CONSULLA, "esc_time", "consul350"),
    ("escalator_broadcast.txt", "four passengers died", 4, MER, "esc_dead", "mer4"),
    ("escalator_broadcast.txt", "only 22 passengers needed treatment", 22, MER, "esc_injured", "mer22"),
    ("escalator_broadcast.txt", "both escalators were running that morning", None, MER, "esc_second_escalator",
     "merboth"),
    ("escalator_broadcast.txt", "only hundreds of passengers had to leave the platforms", None, MER, "esc_evacuated",
     "merhundreds"),
    ("escalator_broadcast.txt", "the escalator stopped after eight seconds", 8, MER, "esc_reverse_duration", "mer8s"),
    ("escalator_broadcast.txt", "about 85 feet long", 85, MER, "esc_length", "mer26"),
    ("escalator_broadcast.txt", "about 45,000 passengers a day", 45000, MER, "esc_station_riders", "mer45k"),
    ("escalator_broadcast.txt", "14 minors were hurt", 14, PRC, "esc_children", "prc14"),
    ("escalator_broadcast.txt", "only six ambulances reached the station in all", 6, PRC, "esc_ambulances", "prc6"),
    ("escalator_broadcast.txt", "six were in critical condition at St. Agatha Medical Center", 6, DOHPH, "esc_critical",
     "doh6c"),
    ("escalator_broadcast.txt", "a station attendant hit the emergency stop button", None, MER, "esc_stop_button",
     "merbutton"),
    ("escalator_broadcast.txt", "the auxiliary brake had been switched off during maintenance", None, MAKER,
     "esc_cause", "makerbrake"),
    ("escalator_broadcast.txt", "only 11 escalators of that model are in use on the line", 11, MAKER,
     "esc_same_model", "maker11"),
    ("escalator_broadcast.txt", "three maintenance technicians were detained", 3, PNP, "esc_detained", "pol3det"),
    ("escalator_broadcast.txt", "200,000 Philippine pesos", 200000, DOTR, "esc_comp", "dotr200k"),
    ("escalator_broadcast.txt", "about $3,400", 3400, DOTR, "esc_comp", "dotr200k"),
    # local weekly (The Pasig Courier, masthead date only), Saturday 12 December
    ("escalator_local.txt", "the toll now stands at six", 6, PNP, "esc_dead", "pol6"),
    ("escalator_local.txt", "raised its count of the injured to 52", 52, BFP, "esc_injured", "bfp52"),
    ("escalator_local.txt", "seven patients remain at the hospital", 7, HOSPPH, "esc_in_hospital", "hosp7"),
    ("escalator_local.txt", "says at least eight people died", 8, CSN, "esc_dead", "csn8"),
    ("escalator_local.txt", "three of those killed were students", 3, CSN, "esc_students", "csn3s"),
    ("escalator_local.txt", "has been in service since 2009", None, CSN, "esc_age", "csn2009"),
    ("escalator_local.txt", "trains did not run for almost four hours", 4, CSN, "esc_service_down", "csn4h"),
    ("escalator_local.txt", "at around 7:30 in the morning", None, REYES, "esc_time", "reyes730"),
    ("escalator_local.txt", "a worn drive chain snapped", None, BAUTISTA, "esc_cause", "bautchain"),
    ("escalator_local.txt", "He measured it at 32 metres", 32, BAUTISTA, "esc_length", "baut32"),
    ("escalator_local.txt", "for between 20 and 25 seconds", None, BAUTISTA, "esc_reverse_duration", "baut2025"),
    ("escalator_local.txt", "closed the station on its own initiative", None, MER, "esc_closure", "merown"),
    ("escalator_local.txt", "received no complaint about that escalator", None, MER, "esc_warning",
     "mernocomplaint"),
    ("escalator_local.txt", "escalators at the other 13 stations were never switched off", None, MER,
     "esc_shutdown", "mernever"),
    ("escalator_local.txt", "no technician was detained", None, MER, "esc_detained", "mernodet"),
    ("escalator_local.txt", "the emergency stop button at the bottom was buried under people and nobody could reach it",
     None, REYES, "esc_stop_button", "reyesbutton"),
    ("escalator_local.txt", "reviewed CCTV footage from the camera above the escalator", None, DOTR, "esc_cctv",
     "dotrcctv"),
    ("escalator_local.txt", "raised the aid to 500,000 pesos", 500000, DOTR, "esc_comp", "dotr500k"),
    ("escalator_local.txt", "50,000 pesos to each injured passenger", 50000, PASIG, "esc_pasig_aid", "pasig50k"),
    ("escalator_local.txt", "3,200 Christmas food packs", 3200, CSWDO, "esc_food_packs", "cswdo3200"),
    ("escalator_local.txt", "cleared 14 kilometres of drainage canals", 14, ENGPASIG, "esc_drainage", "eng14"),

    # ---------------- legionella: an outbreak of Legionnaires' disease linked to the spa whirlpool of the
    # Harbourview Grand hotel on Water Street, St. John's (Newfoundland and Labrador, Canada), declared on Tue 19 /
    # Wed 20 Jan 2027; the public-health time for the spa's closure 11:40 p.m. Newfoundland time (UTC-3:30) on
    # Tuesday = 03:10 GMT on Wednesday (the date changes) = 10:10 p.m. Eastern time on Tuesday (UTC-5); the
    # Massachusetts health department says 10:10 p.m. Boston time (the same moment), the hotel 6 p.m., the
    # inspector 2 a.m. on Wednesday
    # wire (NAP, leading space, date and headline on one line), Wednesday 20 January
    ("legionella_wire.txt", "one patient has died", 1, CMOH, "leg_dead", "cmoh1"),
    ("legionella_wire.txt", "nine confirmed cases", 9, CMOH, "leg_cases", "cmoh9"),
    ("legionella_wire.txt", "aged 46 to 88", None, CMOH, "leg_ages", "cmohages"),
    ("legionella_wire.txt", "the spa's whirlpool is the most likely source", None, CMOH, "leg_cause", "cmohspa"),
    ("legionella_wire.txt", "at 11:40 p.m. local time on Tuesday", None, CMOH, "leg_time", "cmoh1140"),
    ("legionella_wire.txt", "0310 GMT Wednesday", None, CMOH, "leg_time", "cmoh1140"),
    ("legionella_wire.txt", "11 patients are in hospital", 11, NLHS, "leg_in_hospital", "nlhs11"),
    ("legionella_wire.txt", "between two and 10 days", None, CMOH, "leg_incubation", "cmoh210"),
    ("legionella_wire.txt", "there is no risk to the general public", None, CMOH, "leg_public_risk", "cmohnorisk"),
    ("legionella_wire.txt", "the hotel can stay open", None, CMOH, "leg_hotel_open", "cmohopen"),
    ("legionella_wire.txt", "The first patient fell ill on Jan. 11", None, CMOH, "leg_first_case", "cmohjan11"),
    ("legionella_wire.txt", "a 214-room hotel", 214, O, "leg_rooms", "outw214"),
    ("legionella_wire.txt", "about 1,400 guests stayed there", 1400, HOTEL, "leg_guests", "hotel1400"),
    ("legionella_wire.txt", "hosted about 160 curlers", 160, BONSPIEL, "leg_curlers", "bonspiel160"),
    ("legionella_wire.txt", "it was contacting all of them", None, HOTEL, "leg_guest_contact", "hotelcontacting"),
    ("legionella_wire.txt", "39 degrees Celsius", 39, SNL, "leg_temp", "snl39"),
    ("legionella_wire.txt", "fines of up to C$25,000", 25000, SNL, "leg_fine", "snl25k"),
    ("legionella_wire.txt", "$18,250", 18250, SNL, "leg_fine", "snl25k"),
    ("legionella_wire.txt", "three cases in all of 2026", 3, CMOH, "leg_last_year", "cmoh2026"),
    ("legionella_wire.txt", "about 1,900 km", 1900, O, "leg_distance", "outw1900"),
    ("legionella_wire.txt", "1,180 miles", 1180, O, "leg_distance", "outw1900"),
    # live blog (The Avalon Current, Newfoundland time, date line), Thursday 21 January
    ("legionella_live.txt", "the number of confirmed cases rose to 14", 14, CMOH, "leg_cases", "cmoh14"),
    ("legionella_live.txt", "every one of the patients had been inside the hotel", None, CMOH, "leg_hotel_link",
     "cmohall"),
    ("legionella_live.txt", "two of the cases live in the United States", 2, CMOH, "leg_us_cases", "cmoh2us"),
    ("legionella_live.txt", "another 31 people are being tested", 31, CMOH, "leg_testing", "cmoh31"),
    ("legionella_live.txt", "more than 2,300 people stayed at the hotel", 2300, CMOH, "leg_guests", "cmoh2300"),
    ("legionella_live.txt", "10,000 colony-forming units per litre", 10000, CMOH, "leg_bacteria", "cmoh10k"),
    ("legionella_live.txt", "she ordered the spa closed", None, CMOH, "leg_closure", "cmohordered"),
    ("legionella_live.txt", "four are in intensive care", 4, NLHS, "leg_icu", "nlhs4"),
    ("legionella_live.txt", "at 6 p.m. on Tuesday", None, HOTEL, "leg_time", "hotel6"),
    ("legionella_live.txt", "the bacteria came in through the city's water main", None, HOTEL, "leg_cause",
     "hotelcity"),
    ("legionella_live.txt", "was kept at 3 parts per million", 3, HOTEL, "leg_chlorine", "hotel3"),
    ("legionella_live.txt", "warned the hotel in December about low chlorine readings", None, SNL, "leg_warning",
     "snlwarned"),
    ("legionella_live.txt", "plowed 1,300 kilometres of streets", 1300, CITYSJ, "leg_snow", "city1300"),
    ("legionella_live.txt", "seeks 15 million dollars in damages", 15000000, LAWYERS, "leg_lawsuit", "law15m"),
    ("legionella_live.txt", "guests were already sick on Jan. 6", None, LAWYERS, "leg_first_case", "lawjan6"),
    # broadcaster website (CBN News Boston, times in Eastern time only, byline date only), Friday 22 January
    ("legionella_broadcast.txt", "14 confirmed cases", 14, CMOH, "leg_cases", "cmoh14"),
    ("legionella_broadcast.txt", "three Massachusetts residents are among the confirmed cases", 3, MASSDPH,
     "leg_us_cases", "mass3"),
    ("legionella_broadcast.txt", "about 150 cases a year", 150, MASSDPH, "leg_mass_annual", "mass150"),
    ("legionella_broadcast.txt", "at 10:10 p.m. Eastern time on Tuesday", None, CMOH, "leg_time", "cmoh1140"),
    ("legionella_broadcast.txt", "41 people are awaiting test results", 41, CMOH, "leg_testing", "cmoh41"),
    ("legionella_broadcast.txt", "at 10:10 p.m. Boston time", None, MASSDPH, "leg_time", "mass1010"),
    ("legionella_broadcast.txt", "at least 25 people have Legionnaires' disease", 25, LAWYERS, "leg_cases", "law25"),
    ("legionella_broadcast.txt", "three of the sick have died", 3, LAWYERS, "leg_dead", "law3"),
    ("legionella_broadcast.txt", "15 million Canadian dollars", 15000000, LAWYERS, "leg_lawsuit", "law15m"),
    ("legionella_broadcast.txt", "about US$11 million", 11000000, LAWYERS, "leg_lawsuit", "law15m"),
    ("legionella_broadcast.txt", "no inspector ever raised a concern", None, HOTEL, "leg_warning", "hotelnowarn"),
    ("legionella_broadcast.txt", "fewer than 300 guests used the spa", 300, HOTEL, "leg_spa_users", "hotel300"),
    ("legionella_broadcast.txt", "five of the 23 water samples", 5, SNL, "leg_samples", "snl5"),
    ("legionella_broadcast.txt", "about 102 degrees Fahrenheit", 102, SNL, "leg_temp", "snl39"),
    ("legionella_broadcast.txt", "25,000 Canadian dollars", 25000, SNL, "leg_fine", "snl25k"),
    ("legionella_broadcast.txt", "about US$18,000", 18000, SNL, "leg_fine", "snl25k"),
    ("legionella_broadcast.txt", "fewer than 50 colony-forming units per liter", 50, AQUAGUARD, "leg_bacteria",
     "aqua50"),
    ("legionella_broadcast.txt", "Nobody from the hotel has called any of us", None, BRENNAN, "leg_guest_contact",
     "brennannocall"),
    ("legionella_broadcast.txt", "Anyone who walked through the lobby could have breathed it in", None, MENON,
     "leg_public_risk", "menonlobby"),
    ("legionella_broadcast.txt", "up to 14 days", 14, MENON, "leg_incubation", "menon14"),
    ("legionella_broadcast.txt", "about 1,180 miles northeast of Boston", 1180, O, "leg_distance", "outb1180"),
    # local weekly (The Avalon Packet, date line, then the masthead), Monday 25 January
    ("legionella_local.txt", "A second patient died", 2, CMOH, "leg_dead", "cmoh2"),
    ("legionella_local.txt", "confirmed cases now number 17", 17, CMOH, "leg_cases", "cmoh17"),
    ("legionella_local.txt", "seven patients are still in hospital", 7, NLHS, "leg_in_hospital", "nlhs7"),
    ("legionella_local.txt", "six Legionnaires' patients in intensive care", 6, RNU, "leg_icu", "rnu6"),
    ("legionella_local.txt", "more than 600 people used the whirlpool", 600, CMOH, "leg_spa_users", "cmoh600"),
    ("legionella_local.txt", "only four of the patients had ever been inside the hotel", 4, HOTEL, "leg_hotel_link",
     "hotel4"),
    ("legionella_local.txt", "the hotel closed the spa voluntarily", None, HOTEL, "leg_closure", "hotelvol"),
    ("legionella_local.txt", "only one of Service NL's samples came back positive", 1, HOTEL, "leg_samples", "hotel1s"),
    ("legionella_local.txt", "kept the water at 35 degrees", 35, HOTEL, "leg_temp", "hotel35"),
    ("legionella_local.txt", "the hotel's 260 rooms", 260, HOTEL, "leg_rooms", "hotel260"),
    ("legionella_local.txt", "ordered the hotel to stop taking new guests", None, CITYSJ, "leg_hotel_open",
     "citystop"),
    ("legionella_local.txt", "below 0.5 parts per million", 0.5, SNL, "leg_chlorine", "snl05"),
    ("legionella_local.txt", "not shut until 2 a.m. on Wednesday", None, SNL, "leg_time", "snl2am"),
    ("legionella_local.txt", "a cooling tower on the office building next door", None, MENON, "leg_cause",
     "menontower"),
    ("legionella_local.txt", "served 2,700 families in December", 2700, FOODBANK, "leg_food_bank", "food2700"),
    ("legionella_local.txt", "drew 9,400 visitors", 9400, ROOMS, "leg_museum", "rooms9400"),

    # ---------------- stranding: long-finned pilot whales stranded on Farewell Spit (Golden Bay, Tasman district,
    # northern tip of New Zealand's South Island) on Sat 9 Jan 2027; the DOC time of discovery 7:15 a.m. NZDT
    # (UTC+13) = 18:15 GMT on Friday (the date changes) = 5:15 a.m. AEDT in Hobart (UTC+11); the rescue group's
    # first call at quarter past seven (the same moment), the tour operator just after 6 a.m.; the high tide
    # 1:42 p.m. NZDT = 11:42 a.m. AEDT (DOC) against about 2:30 p.m. (the rescue group)
    # wire (SCN, leading space, date line), Saturday 9 January
    ("stranding_wire.txt", "about 180 long-finned pilot whales", 180, DOC, "whl_stranded", "doc180"),
    ("stranding_wire.txt", "62 of them had died", 62, DOC, "whl_dead", "doc62"),
    ("stranding_wire.txt", "at 7:15 a.m.", None, DOC, "whl_time", "doc715"),
    ("stranding_wire.txt", "1815 GMT on Friday", None, DOC, "whl_time", "doc715"),
    ("stranding_wire.txt", "a 4-kilometre stretch", 4, DOC, "whl_beach", "doc4km"),
    ("stranding_wire.txt", "two separate pods", 2, DOC, "whl_pods", "doc2pods"),
    ("stranding_wire.txt", "more than 300 whales on the sand", 300, RURU, "whl_stranded", "ruru300"),
    ("stranding_wire.txt", "the high tide at 1:42 p.m.", None, DOC, "whl_tide", "doc142"),
    ("stranding_wire.txt", "DOC closed the spit to the public", None, DOC, "whl_access", "docclosed"),
    ("stranding_wire.txt", "no more than 150 people be on the sand at a time", 150, DOC, "whl_cap", "doc150"),
    ("stranding_wire.txt", "about 400 volunteers", 400, WRA, "whl_volunteers", "wra400"),
    ("stranding_wire.txt", "air-gun blasts from a seismic survey", None, WRA, "whl_cause", "wraseismic"),
    ("stranding_wire.txt", "about 2 km out", 2, WRA, "whl_offshore", "wra2km"),
    ("stranding_wire.txt", "the largest was about 6.5 metres long", 6.5, CHEN, "whl_size", "chen65"),
    ("stranding_wire.txt", "about 95 km", 95, O, "whl_distance", "outw95"),
    ("stranding_wire.txt", "59 miles", 59, O, "whl_distance", "outw95"),
    ("stranding_wire.txt", "nearly 700 pilot whales", 700, O, "whl_2017", "out700"),
    ("stranding_wire.txt", "fines of up to NZ$250,000", 250000, DOC, "whl_fine", "doc250k"),
    ("stranding_wire.txt", "$145,350", 145350, DOC, "whl_fine", "doc250k"),
    # live blog (The Nelson Tidings, New Zealand time, date glued to the headline), Sunday 10 January
    ("stranding_live.txt", "the number of dead rose to 97", 97, DOC, "whl_dead", "doc97"),
    ("stranding_live.txt", "23 whales were euthanised", 23, DOC, "whl_euthanised", "doc23"),
    ("stranding_live.txt", "rescuers refloated 84 whales", 84, DOC, "whl_refloated", "doc84"),
    ("stranding_live.txt", "about 5 kilometres offshore", 5, DOC, "whl_offshore", "doc5km"),
    ("stranding_live.txt", "at least 120 whales are dead", 120, WRA, "whl_dead", "wra120"),
    ("stranding_live.txt", "about 50 came back in", 50, WRA, "whl_restranded", "wra50"),
    ("stranding_live.txt", "a sick or disoriented lead whale", None, CHEN, "whl_cause", "chenleader"),
    ("stranding_live.txt", "the animals were all one pod", 1, CHEN, "whl_pods", "chen1pod"),
    ("stranding_live.txt", "the spit was never closed to the public", None, NZPOL, "whl_access", "polopen"),
    ("stranding_live.txt", "reopened after 14 hours", 14, NZTA, "whl_road", "nzta14"),
    ("stranding_live.txt", "reached 28 degrees", 28, METSERVICE, "whl_heat", "met28"),
    ("stranding_live.txt", "the dead whales will be buried in the dunes", None, IWI, "whl_carcasses", "iwibury"),
    ("stranding_live.txt", "the iwi was not consulted before any whale was euthanised", None, IWI, "whl_consent",
     "iwinotconsulted"),
    ("stranding_live.txt", "found the whales just after 6 a.m.", None, RURU, "whl_time", "ruru6"),
    ("stranding_live.txt", "whales along eight kilometres of beach", 8, RURU, "whl_beach", "ruru8km"),
    ("stranding_live.txt", "a total of 214 whales had stranded", 214, DOC, "whl_stranded", "doc214"),
    ("stranding_live.txt", "at least 20 calves", 20, DOC, "whl_calves", "doc20"),
    ("stranding_live.txt", "about 175,000 dollars", 175000, DOC, "whl_cost", "doc175k"),
    ("stranding_live.txt", "more than 600 volunteers", 600, WRA, "whl_volunteers", "wra600"),
    ("stranding_live.txt", "at quarter past seven", None, WRA, "whl_time", "wra715"),
    ("stranding_live.txt", "the high tide came at about 2:30 p.m.", None, WRA, "whl_tide", "wra230"),
    ("stranding_live.txt", "the survey ship was firing its air guns on Friday night", None, WRA, "whl_survey",
     "wraguns"),
    ("stranding_live.txt", "some 95 kilometres from Nelson", 95, O, "whl_distance", "outl95"),
    # broadcaster website (DBC News Tasmania, Hobart, times in AEDT only, byline date only), Monday 11 January
    ("stranding_broadcast.txt", "214 whales came ashore", 214, DOC, "whl_stranded", "doc214"),
    ("stranding_broadcast.txt", "97 whales have died", 97, DOC, "whl_dead", "doc97"),
    ("stranding_broadcast.txt", "at 5:15am AEDT on Saturday", None, DOC, "whl_time", "doc715"),
    ("stranding_broadcast.txt", "at 11:42am AEDT", None, DOC, "whl_tide", "doc142"),
    ("stranding_broadcast.txt", "nearly 260 whales stranded", 260, WRA, "whl_stranded", "wra260"),
    ("stranding_broadcast.txt", "DOC put down 40 whales", 40, WRA, "whl_euthanised", "wra40"),
    ("stranding_broadcast.txt", "volunteers refloated 110 of the animals", 110, WRA, "whl_refloated", "wra110"),
    ("stranding_broadcast.txt", "about a dozen calves", 12, WRA, "whl_calves", "wra12"),
    ("stranding_broadcast.txt", "31 whales stranded again", 31, DOC, "whl_restranded", "doc31"),
    ("stranding_broadcast.txt", "about 2.7 nautical miles offshore", 2.7, DOC, "whl_offshore", "doc5km"),
    ("stranding_broadcast.txt", "none was longer than 5 metres", 5, DOC, "whl_size", "doc5m"),
    ("stranding_broadcast.txt", "the carcasses will be towed out to sea", None, DOC, "whl_carcasses", "doctow"),
    ("stranding_broadcast.txt", "every decision to euthanise was made together with iwi", None, DOC, "whl_consent",
     "docjointly"),
    ("stranding_broadcast.txt", "the spit's shallow, gently shelving beach", None, DOC, "whl_cause", "docbeach"),
    ("stranding_broadcast.txt", "temperatures above 30 degrees", 30, DOC, "whl_heat", "doc30"),
    ("stranding_broadcast.txt", "175,000 New Zealand dollars", 175000, DOC, "whl_cost", "doc175k"),
    ("stranding_broadcast.txt", "about A$161,000", 161000, DOC, "whl_cost", "doc175k"),
    ("stranding_broadcast.txt", "NZ$250,000", 250000, DOC, "whl_fine", "doc250k"),
    ("stranding_broadcast.txt", "about A$230,000", 230000, DOC, "whl_fine", "doc250k"),
    ("stranding_broadcast.txt", "had not used its air guns since December 20", None, SHE, "whl_survey", "shenoguns"),
    ("stranding_broadcast.txt", "about 1,000 sightseers", 1000, NZPOL, "whl_sightseers", "pol1000"),
    ("stranding_broadcast.txt", "about 470 pilot whales", 470, TASPWS, "whl_macquarie", "tas470"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("escalator_wire.txt", "from two trains held at the station", 2, BFP, "esc_opt_trains"),
    ("escalator_wire.txt", "pay the hospital bills of the injured", None, DOTR, "esc_opt_bills"),
    ("escalator_live.txt", "three people had been killed", 3, PNP, "esc_opt_restated_toll"),
    ("escalator_live.txt", "Fire officials counted 37 injured on Monday", 37, BFP, "esc_opt_restated_injured"),
    ("escalator_live.txt", "200,000 pesos to each bereaved family", 200000, DOTR, "esc_opt_restated_comp"),
    ("escalator_live.txt", "at least twice a week since August", 2, "reader mark_tayuman", "esc_opt_reader"),
    ("escalator_live.txt", "waited 5 hours", 5, "reader ninaB_pasig", "esc_opt_reader"),
    ("escalator_live.txt", "Fare went up to 35 pesos last year", 35, "reader jun.delacruz", "esc_opt_reader"),
    ("escalator_broadcast.txt", "throwing dozens of riders into a heap", None, O, "esc_opt_dozens"),
    ("escalator_broadcast.txt", "called me at four in the afternoon", None, AQUINO, "esc_opt_aquino"),
    ("escalator_broadcast.txt", "maybe 20 times", 20, AQUINO, "esc_opt_aquino"),
    ("escalator_local.txt", "almost 48 hours after she was pulled", 48, PNP, "esc_opt_48_hours"),
    ("escalator_local.txt", "two of them in intensive care", 2, HOSPPH, "esc_opt_icu"),
    ("escalator_local.txt", "including two who were taken home by relatives and died there", 2, CSN,
     "esc_opt_died_home"),
    ("escalator_local.txt", "leaving thousands of commuters to walk", None, CSN, "esc_opt_thousands"),
    ("escalator_local.txt", "he and two other guards", 2, REYES, "esc_opt_guards"),
    ("escalator_local.txt", "three workers went to the police station voluntarily", 3, MER, "esc_opt_workers"),
    ("escalator_local.txt", "for nine years", 9, "reader Ramon Legaspi", "esc_opt_reader"),
    ("escalator_local.txt", "She is 14", 14, "reader Gloria Abad", "esc_opt_reader"),
    ("legionella_wire.txt", "a third person who had stayed at the hotel was admitted", 3, CMOH, "leg_opt_third"),
    ("legionella_wire.txt", "between Jan. 2 and Jan. 16", None, HOTEL, "leg_opt_window"),
    ("legionella_wire.txt", "from Jan. 8 to 10", None, BONSPIEL, "leg_opt_bonspiel_dates"),
    ("legionella_live.txt", "One death was confirmed on Wednesday", 1, CMOH, "leg_opt_restated_death"),
    ("legionella_live.txt", "the whirlpool at the hotel's spa is the most likely source", None, CMOH,
     "leg_opt_restated_source"),
    ("legionella_live.txt", "Symptoms can take up to ten days to appear", 10, CMOH, "leg_opt_restated_incubation"),
    ("legionella_live.txt", "We stayed there Jan 9", None, "reader curlingmom_NS", "leg_opt_reader"),
    ("legionella_live.txt", "coughed for a week", 1, "reader curlingmom_NS", "leg_opt_reader"),
    ("legionella_live.txt", "Hot tubs at 40 degrees", 40, "reader Gerald P.", "leg_opt_reader"),
    ("legionella_live.txt", "Third time in 5 years", 3, "reader townie_dave", "leg_opt_reader"),
    ("legionella_broadcast.txt", "dozens of New England curlers", None, O, "leg_opt_dozens"),
    ("legionella_broadcast.txt", "the roughly 40 members of the state's curling clubs", 40, MASSDPH,
     "leg_opt_mass_curlers"),
    ("legionella_broadcast.txt", "six of us at a time", 6, BRENNAN, "leg_opt_brennan"),
    ("legionella_broadcast.txt", "spent four days in the hospital", 4, BRENNAN, "leg_opt_brennan"),
    ("legionella_broadcast.txt", "a three-hour flight", 3, O, "leg_opt_flight"),
    ("legionella_local.txt", "two critical-care beds had to be opened", 2, RNU, "leg_opt_beds"),
    ("legionella_local.txt", "between Jan. 2 and Jan. 16", None, CMOH, "leg_opt_window"),
    ("legionella_local.txt", "more than two hours after public health says it was closed", 2, SNL,
     "leg_opt_two_hours"),
    ("legionella_local.txt", "spent eleven days at the Health Sciences Centre", 11, "reader Patricia Hynes",
     "leg_opt_reader"),
    ("legionella_local.txt", "She is 81", 81, "reader Patricia Hynes", "leg_opt_reader"),
    ("legionella_local.txt", "for 12 years", 12, "reader (name withheld)", "leg_opt_reader"),
    ("stranding_wire.txt", "many of the whales were badly sunburned", None, CHEN, "whl_opt_sunburn"),
    ("stranding_live.txt", "not four", 4, RURU, "whl_opt_not_four"),
    ("stranding_live.txt", "DOC said 62 had died by Saturday afternoon", 62, DOC, "whl_opt_restated_dead"),
    ("stranding_live.txt", "fines reach NZ$250,000", 250000, DOC, "whl_opt_restated_fine"),
    ("stranding_live.txt", "there were already 30 cars at Puponga", 30, "reader kiwi_bach_Collingwood",
     "whl_opt_reader"),
    ("stranding_live.txt", "Took me 40 minutes", 40, "reader kiwi_bach_Collingwood", "whl_opt_reader"),
    ("stranding_live.txt", "Third stranding I've helped with since 2017", 3, "reader sandyfeet_nz", "whl_opt_reader"),
    ("stranding_live.txt", "Bring 2 buckets and a sheet", 2, "reader Mere T.", "whl_opt_reader"),
    ("stranding_broadcast.txt", "a plan the local iwi has opposed", None, O, "whl_opt_iwi_opposed"),
    ("stranding_broadcast.txt", "Eight volunteers from Hobart", 8, O, "whl_opt_hobart_volunteers"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # escalator
    "esc_dead": {("pol3", "pol5"): U, ("pol3", "mer4"): C, ("pol3", "pol6"): U, ("pol3", "csn8"): C,
                 ("pol5", "pol5"): SC, ("pol5", "mer4"): C, ("pol5", "pol6"): U, ("pol5", "csn8"): C,
                 ("mer4", "pol6"): C, ("mer4", "csn8"): C},
    "esc_injured": {("bfp37", "prc80"): C, ("bfp37", "mer22"): C, ("bfp37", "bfp52"): U, ("prc80", "mer22"): C,
                    ("prc80", "bfp52"): C, ("mer22", "bfp52"): C},
    "esc_in_hospital": {("hosp19", "hosp7"): U},
    "esc_critical": {("hosp4c", "doh6c"): C},
    "esc_children": {("doh9c", "prc14"): C},
    "esc_students": {("pol2s", "csn3s"): C},
    "esc_on_escalator": {("mer40", "castillo100"): C},
    "esc_time": {("pol750", "mer805"): C, ("pol750", "pol750"): SC, ("pol750", "consul350"): CO,
                 ("pol750", "reyes730"): C, ("mer805", "consul350"): C, ("mer805", "reyes730"): C,
                 ("consul350", "reyes730"): C},
    "esc_cause": {("merpower", "makerbrake"): C, ("merpower", "bautchain"): C, ("makerbrake", "bautchain"): C},
    "esc_inspection": {("merinspected", "dotrjune"): C},
    "esc_age": {("mer2017", "csn2009"): C},
    "esc_length": {("mer26", "mer26"): SC, ("mer26", "baut32"): C},
    "esc_reverse_duration": {("castillo1min", "mer8s"): C, ("castillo1min", "baut2025"): C, ("mer8s", "baut2025"): C},
    "esc_ambulances": {("bfp17", "prc6"): C},
    "esc_evacuated": {("bfp2400", "merhundreds"): C},
    "esc_comp": {("dotr200k", "dotr200k"): SC, ("dotr200k", "dotr500k"): U},
    "esc_closure": {("dotrordered", "merown"): C},
    "esc_same_model": {("dotr38", "maker11"): C},
    "esc_second_escalator": {("csn3w", "merboth"): C},
    "esc_warning": {("csnwarned", "mernocomplaint"): C},
    "esc_cctv": {("mernocctv", "dotrcctv"): C},
    "esc_service_down": {("mer90", "csn4h"): C},
    "esc_detained": {("pol3det", "mernodet"): C},
    "esc_shutdown": {("dotrall", "mernever"): C},
    "esc_stop_button": {("merbutton", "reyesbutton"): C},
    "esc_distance": {("outw12", "outl12"): CO},
    # legionella
    "leg_cases": {("cmoh9", "cmoh14"): U, ("cmoh9", "law25"): C, ("cmoh9", "cmoh17"): U, ("cmoh14", "cmoh14"): SC,
                  ("cmoh14", "law25"): C, ("cmoh14", "cmoh17"): U, ("law25", "cmoh17"): C},
    "leg_dead": {("cmoh1", "law3"): C, ("cmoh1", "cmoh2"): U, ("law3", "cmoh2"): C},
    "leg_in_hospital": {("nlhs11", "nlhs7"): U},
    "leg_icu": {("nlhs4", "rnu6"): C},
    "leg_time": {("cmoh1140", "hotel6"): C, ("cmoh1140", "cmoh1140"): SC, ("cmoh1140", "mass1010"): CO,
                 ("cmoh1140", "snl2am"): C, ("hotel6", "mass1010"): C, ("hotel6", "snl2am"): C,
                 ("mass1010", "snl2am"): C},
    "leg_cause": {("cmohspa", "hotelcity"): C, ("cmohspa", "menontower"): C, ("hotelcity", "menontower"): C},
    "leg_public_risk": {("cmohnorisk", "menonlobby"): C},
    "leg_incubation": {("cmoh210", "menon14"): C},
    "leg_first_case": {("cmohjan11", "lawjan6"): C},
    "leg_guests": {("hotel1400", "cmoh2300"): C},
    "leg_temp": {("snl39", "snl39"): SC, ("snl39", "hotel35"): C},
    "leg_fine": {("snl25k", "snl25k"): SC},
    "leg_rooms": {("outw214", "hotel260"): C},
    "leg_distance": {("outw1900", "outb1180"): CO},
    "leg_chlorine": {("hotel3", "snl05"): C},
    "leg_hotel_link": {("cmohall", "hotel4"): C},
    "leg_us_cases": {("cmoh2us", "mass3"): C},
    "leg_bacteria": {("cmoh10k", "aqua50"): C},
    "leg_warning": {("snlwarned", "hotelnowarn"): C},
    "leg_closure": {("cmohordered", "hotelvol"): C},
    "leg_lawsuit": {("law15m", "law15m"): SC},
    "leg_testing": {("cmoh31", "cmoh41"): U},
    "leg_samples": {("snl5", "hotel1s"): C},
    "leg_spa_users": {("hotel300", "cmoh600"): C},
    "leg_hotel_open": {("cmohopen", "citystop"): C},
    "leg_guest_contact": {("hotelcontacting", "brennannocall"): C},
    # stranding
    "whl_stranded": {("doc180", "doc214"): U, ("doc180", "wra260"): C, ("ruru300", "doc214"): C,
                     ("ruru300", "wra260"): C, ("doc214", "doc214"): SC, ("doc214", "wra260"): C},
    "whl_dead": {("doc62", "doc97"): U, ("doc62", "wra120"): C, ("doc97", "doc97"): SC, ("wra120", "doc97"): C},
    "whl_time": {("doc715", "doc715"): SC, ("doc715", "ruru6"): C, ("doc715", "wra715"): CO},
    "whl_tide": {("doc142", "doc142"): SC, ("doc142", "wra230"): C},
    "whl_beach": {("doc4km", "ruru8km"): C},
    "whl_pods": {("doc2pods", "chen1pod"): C},
    "whl_access": {("docclosed", "polopen"): C},
    "whl_volunteers": {("wra400", "wra600"): U},
    "whl_cause": {("wraseismic", "chenleader"): C, ("wraseismic", "docbeach"): C, ("chenleader", "docbeach"): C},
    "whl_offshore": {("wra2km", "doc5km"): C, ("doc5km", "doc5km"): SC},
    "whl_size": {("chen65", "doc5m"): C},
    "whl_distance": {("outw95", "outl95"): CO},
    "whl_fine": {("doc250k", "doc250k"): SC},
    "whl_euthanised": {("doc23", "wra40"): C},
    "whl_refloated": {("doc84", "wra110"): C},
    "whl_restranded": {("wra50", "doc31"): C},
    "whl_heat": {("met28", "doc30"): C},
    "whl_carcasses": {("iwibury", "doctow"): C},
    "whl_calves": {("doc20", "wra12"): C},
    "whl_cost": {("doc175k", "doc175k"): SC},
    "whl_survey": {("wraguns", "shenoguns"): C},
    "whl_consent": {("iwinotconsulted", "docjointly"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
