"""Hand labels for bench/blind25 (a petrol tanker that overturned and exploded while crowds scooped fuel on a
highway in Nigeria's Niger state; a radioactive gauge capsule lost from a truck between a copper mine and a depot in
Chile's Antofagasta region; a rip-current mass drowning at a beach in southern Sri Lanka on the New Year holiday).
Run from the project root:
    /work/venv/bin/python bench/blind25/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a vague "more than" figure followed by a later, larger exact one

# claimants, spelled once
POL = "Niger State Police Command (spokesman SP Abdullahi Danjuma)"
FRSC = "Federal Road Safety Corps, Niger sector command (sector commander Aminu Bello Yakasai)"
NSEMA = "Niger State Emergency Management Agency, NSEMA (director-general Hauwa Isah Kontagora)"
HOSPNG = "Dogon Kade General Hospital (chief medical director Dr Emmanuel Yisa)"
NDAGI = "witness Aisha Ndagi (food seller at the junction)"
GANA = "witness Yakubu Gana (commercial motorcyclist)"
CHIEF = "Dogon Kade village head Alhaji Umaru Mohammed"
PTDF = "Petroleum Tanker Drivers' Forum, Niger zone (chairman Alhaji Sani Baba-Ahmed)"
SAHEL = "Sahel Crest Petroleum Ltd, the tanker's owner (operations manager Chinedu Okafor)"
GOVNG = "Niger State government (governor's spokesman Bala Usman Wushishi)"
FIRE = "Niger State Fire Service (director Tijani Ndako)"
NMDPRA = "Nigerian Midstream and Downstream Petroleum Regulatory Authority, NMDPRA"
AEDC = "Abuja Electricity Distribution Company, AEDC"
WATERNG = "Niger State Water Board"
AGRI = "Niger State Ministry of Agriculture"

CCHEN = "Chilean Nuclear Energy Commission, CChEN (radiation protection head Patricio Salinas)"
SEREMI = "Antofagasta regional health secretariat (regional health secretary Marcela Rojas)"
SENAPRED = "National Disaster Prevention and Response Service, Senapred (Antofagasta director Claudio Fuentes)"
CARAB = "Carabineros (Col. Rodrigo Vidal)"
MINE = "Minera Cerro Pardo, the mine's owner (spokeswoman Francisca Leiva)"
UNIONCL = "Cerro Pardo No 2 workers' union (president Luis Cortés)"
GOVCL = "Antofagasta regional governor Andrea Castillo"
PHYS = "physicist Tomás Ibarra"
TRANS = "Transportes Loa Norte, the haulier"
MAMANI = "resident Gladys Mamani (Pampa Alta)"
CONAF = "CONAF, the forestry agency"
WATERCL = "Antofagasta regional water utility"
PORT = "Antofagasta port authority"

POLSL = "Sri Lanka Police (spokesman SSP Nalin Gunawardena)"
NAVY = "Sri Lanka Navy (spokesman Commander Dilan Perera)"
HOSPSL = "Rathmalwatta Base Hospital"
COUNCIL = "Rathmalwatta local council (chairman Ajith Wickramasinghe)"
MET = "Sri Lanka Department of Meteorology"
LIFE = "Rathmalwatta Surf Lifesaving Club (head lifeguard Kasun Madushanka)"
FISHSL = "Rathmalwatta fisheries society (secretary Upul Senanayake)"
KUMARA = "witness Ruwan Kumara (tuk-tuk driver)"
COLE = "witness Megan Cole (US tourist)"
FERNANDO = "relative Niroshan Fernando (whose nephews were swept away)"
DMC = "Disaster Management Centre, DMC"
SLTDA = "Sri Lanka Tourism Development Authority"
GOVSL = "Sri Lankan government (Public Security Minister W. Ranjith Alwis)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- tanker: a petrol tanker overturned and exploded near Dogon Kade on the Bida-Lambata highway
    # (Niger state, Nigeria) on Sun 11 Oct 2026 while crowds scooped fuel; the FRSC's time 18:52 WAT (UTC+1) =
    # 17:52 GMT = 1:52 p.m. EDT; the witness says shortly after 2 p.m. EDT (just after 19:00 WAT), NSEMA says 19:05
    # WAT (the same moment), police say about 19:30
    # wire (PNA), Monday 12 Oct
    ("tanker_wire.txt", "at least 48 people were killed", 48, POL, "tk_dead", "pol48"),
    ("tanker_wire.txt", "more than 30 others were injured", 30, POL, "tk_injured", "pol30"),
    ("tanker_wire.txt", "Some 150 people were scooping fuel", 150, POL, "tk_crowd", "pol150"),
    ("tanker_wire.txt", "officers tried to keep people away from the tanker", None, POL, "tk_cordon", "polcordon"),
    ("tanker_wire.txt", "had counted 41 dead at the scene", 41, FRSC, "tk_dead", "frsc41"),
    ("tanker_wire.txt", "17 vehicles were burnt", 17, FRSC, "tk_vehicles", "frsc17"),
    ("tanker_wire.txt", "lost control after the brakes failed", None, FRSC, "tk_cause", "frscbrakes"),
    ("tanker_wire.txt", "about 85 km", 85, O, "tk_distance", "outw85"),
    ("tanker_wire.txt", "53 miles", 53, O, "tk_distance", "outw85"),
    ("tanker_wire.txt", "at 6:52 p.m.", None, FRSC, "tk_time", "frsc652"),
    ("tanker_wire.txt", "1752 GMT", None, FRSC, "tk_time", "frsc652"),
    ("tanker_wire.txt", "about 35 minutes after it overturned", 35, FRSC, "tk_gap", "frsc35"),
    ("tanker_wire.txt", "The driver escaped with injuries", None, FRSC, "tk_driver", "frscalive"),
    ("tanker_wire.txt", "33,000 litres of petrol", 33000, SAHEL, "tk_fuel", "co33k"),
    ("tanker_wire.txt", "8,700 U.S. gallons", 8700, SAHEL, "tk_fuel", "co33k"),
    ("tanker_wire.txt", "1 million naira", 1000000, GOVNG, "tk_payment", "gov1m"),
    ("tanker_wire.txt", "$650", 650, GOVNG, "tk_payment", "gov1m"),
    ("tanker_wire.txt", "killed 31 people", 31, O, "tk_2021", "outw31"),
    # live blog (The Daily Harmattan, WAT, date glued to the headline), Tuesday 13 Oct
    ("tanker_live.txt", "the driver has been arrested", None, POL, "tk_driver", "polarrest"),
    ("tanker_live.txt", "was driving at excessive speed", None, POL, "tk_cause", "polspeed"),
    ("tanker_live.txt", "at about 120 km/h", 120, POL, "tk_speed", "pol120"),
    ("tanker_live.txt", "the number of dead at 70", 70, NSEMA, "tk_dead", "nsema70"),
    ("tanker_live.txt", "about 90 people suffered burns", 90, NSEMA, "tk_injured", "nsema90"),
    ("tanker_live.txt", "42 motorcycles", 42, NSEMA, "tk_motorcycles", "nsema42"),
    ("tanker_live.txt", "a mass burial for 36 victims", 36, GOVNG, "tk_burial", "gov36"),
    ("tanker_live.txt", "14 feeders", 14, AEDC, "tk_abuja_power", "aedc14"),
    ("tanker_live.txt", "more than 300 people had gathered", 300, NDAGI, "tk_crowd", "wit300"),
    ("tanker_live.txt", "nearly an hour before it exploded", 1, NDAGI, "tk_gap", "witgap"),
    ("tanker_live.txt", "There was not a single policeman there", None, NDAGI, "tk_cordon", "witnopolice"),
    ("tanker_live.txt", "received 58 burn patients", 58, HOSPNG, "tk_burn_patients", "hosp58"),
    ("tanker_live.txt", "deployed four fire engines", 4, FIRE, "tk_engines", "fire4"),
    ("tanker_live.txt", "the death toll had risen to 63", 63, POL, "tk_dead", "pol63"),
    ("tanker_live.txt", "a dozen vehicles were burnt", 12, POL, "tk_vehicles", "pol12"),
    ("tanker_live.txt", "at about 7:30 p.m.", None, POL, "tk_time", "pol730"),
    # broadcaster website (ANX News, US, times in ET), Wednesday 14 Oct
    ("tanker_broadcast.txt", "1:52 p.m. ET on Sunday", None, FRSC, "tk_time", "frsc652"),
    ("tanker_broadcast.txt", "63 people had died", 63, POL, "tk_dead", "pol63"),
    ("tanker_broadcast.txt", "admitted 58 people with burns", 58, HOSPNG, "tk_burn_patients", "hosp58"),
    ("tanker_broadcast.txt", "Nineteen of them have since died", 19, HOSPNG, "tk_hospital_deaths", "hosp19"),
    ("tanker_broadcast.txt", "hundreds of people had surrounded the truck", None, FRSC, "tk_crowd", "frschund"),
    ("tanker_broadcast.txt", "destroyed 17 vehicles", 17, FRSC, "tk_vehicles", "frsc17"),
    ("tanker_broadcast.txt", "a case of brake failure", None, FRSC, "tk_cause", "frscbrakes"),
    ("tanker_broadcast.txt", "his officers cordoned off the area", None, FRSC, "tk_cordon", "frsccordon"),
    ("tanker_broadcast.txt", "shortly after 2 p.m. ET", None, NDAGI, "tk_time", "wit7"),
    ("tanker_broadcast.txt", "no fire truck came for more than two hours", 2, NDAGI, "tk_fire_response", "witfire"),
    ("tanker_broadcast.txt", "roughly 75 mph", 75, POL, "tk_speed", "pol120"),
    ("tanker_broadcast.txt", "about 8,700 gallons", 8700, SAHEL, "tk_fuel", "co33k"),
    ("tanker_broadcast.txt", "swerved to avoid a crater in the road", None, SAHEL, "tk_cause", "copothole"),
    ("tanker_broadcast.txt", "All our papers were valid", None, SAHEL, "tk_licence", "copapers"),
    ("tanker_broadcast.txt", "a payment of 1 million naira", 1000000, GOVNG, "tk_payment", "gov1m"),
    ("tanker_broadcast.txt", "about $650", 650, GOVNG, "tk_payment", "gov1m"),
    ("tanker_broadcast.txt", "some 53 miles", 53, O, "tk_distance", "outb53"),
    # local paper (The Bida Chronicle), Saturday 17 Oct
    ("tanker_local.txt", "now stands at 77", 77, POL, "tk_dead", "pol77"),
    ("tanker_local.txt", "raised the number of injured to 51", 51, POL, "tk_injured", "pol51"),
    ("tanker_local.txt", "more than 100 people died in the fire", 100, CHIEF, "tk_dead", "chief100"),
    ("tanker_local.txt", "more than 30 vehicles were destroyed", 30, CHIEF, "tk_vehicles", "chief30"),
    ("tanker_local.txt", "22 bodies went into the mass grave", 22, CHIEF, "tk_burial", "chief22"),
    ("tanker_local.txt", "27 of the burn patients have died", 27, HOSPNG, "tk_hospital_deaths", "hosp27"),
    ("tanker_local.txt", "at 19:05", None, NSEMA, "tk_time", "nsema705"),
    ("tanker_local.txt", "45,000 litres", 45000, FRSC, "tk_fuel", "frsc45k"),
    ("tanker_local.txt", "hit a deep pothole", None, PTDF, "tk_cause", "unionpothole"),
    ("tanker_local.txt", "no more than 15 minutes", 15, PTDF, "tk_gap", "union15"),
    ("tanker_local.txt", "the driver, Musa Idris, died in the fire", None, PTDF, "tk_driver", "uniondead"),
    ("tanker_local.txt", "never went above 60 km/h", 60, SAHEL, "tk_speed", "co60"),
    ("tanker_local.txt", "haulage licence had expired in June", None, NMDPRA, "tk_licence", "nmdpraexp"),
    ("tanker_local.txt", "a total of six fire engines", 6, FIRE, "tk_engines", "fire6"),
    ("tanker_local.txt", "Our men were on the scene within 25 minutes", 25, FIRE, "tk_fire_response", "fire25"),
    ("tanker_local.txt", "over 60 motorcycles", 60, GANA, "tk_motorcycles", "gana60"),
    ("tanker_local.txt", "85 kilometres", 85, O, "tk_distance", "outp85"),
    ("tanker_local.txt", "31 people died", 31, O, "tk_2021", "outp31"),
    ("tanker_local.txt", "nine communities", 9, WATERNG, "tk_water", "water9"),
    ("tanker_local.txt", "2,300 farmers", 2300, AGRI, "tk_fertiliser", "agri2300"),

    # ---------------- capsule: a caesium-137 capsule from a density gauge lost from a truck between the Cerro Pardo
    # copper mine and a depot at La Negra near Antofagasta (Chile), Jan 2026; left the mine Jan 5, found Sat 24 Jan;
    # the CChEN's time 11:15 CLST (UTC-3, Chilean summer time) = 14:15 GMT
    # wire (ANS, date glued to the headline), Monday 19 Jan
    ("capsule_wire.txt", "8 millimetres long", 8, CCHEN, "cap_length", "cchen8mm"),
    ("capsule_wire.txt", "6 mm in diameter", 6, CCHEN, "cap_width", "cchen6mm"),
    ("capsule_wire.txt", "about 130 km", 130, O, "cap_distance", "outw130"),
    ("capsule_wire.txt", "80 miles", 80, O, "cap_distance", "outw130"),
    ("capsule_wire.txt", "about 2 millisieverts an hour at one metre", 2, CCHEN, "cap_dose", "cchen2"),
    ("capsule_wire.txt", "an activity of 19 gigabecquerels", 19, CCHEN, "cap_activity", "cchen19g"),
    ("capsule_wire.txt", "some 190 km of road", 190, CCHEN, "cap_route", "cchen190"),
    ("capsule_wire.txt", "more than 120 people were taking part", 120, SENAPRED, "cap_searchers", "sen120"),
    ("capsule_wire.txt", "no one is believed to have been exposed", None, SEREMI, "cap_exposed", "seremi0"),
    ("capsule_wire.txt", "keep at least 5 metres away", 5, SEREMI, "cap_keep_away", "seremi5m"),
    ("capsule_wire.txt", "discovered the capsule was missing on January 14", None, MINE, "cap_discovered", "mine14"),
    ("capsule_wire.txt", "notified the regulator on the same day", None, MINE, "cap_notified", "minesame"),
    ("capsule_wire.txt", "packed in line with all regulations", None, MINE, "cap_packaging", "minepacked"),
    ("capsule_wire.txt", "a bolt on the gauge's housing worked loose", None, MINE, "cap_bolt", "minebolt"),
    ("capsule_wire.txt", "200 million pesos", 200000000, SEREMI, "cap_fine", "seremi200m"),
    ("capsule_wire.txt", "$222,000", 222000, SEREMI, "cap_fine", "seremi200m"),
    ("capsule_wire.txt", "the fourth such loss since 2020", 4, CCHEN, "cap_losses", "cchen4th"),
    # live blog (The Atacama Mirror, CLST), Saturday 24 Jan
    ("capsule_live.txt", "about 210 people took part in the search", 210, SENAPRED, "cap_searchers", "sen210"),
    ("capsule_live.txt", "more than 240 km of roads and tracks", 240, SENAPRED, "cap_route", "sen240"),
    ("capsule_live.txt", "up to 14 people may have been exposed", 14, SEREMI, "cap_exposed", "seremi14"),
    ("capsule_live.txt", "screened 46 people", 46, SEREMI, "cap_screened", "seremi46"),
    ("capsule_live.txt", "up to 7 millisieverts an hour at one metre", 7, PHYS, "cap_dose", "phys7"),
    ("capsule_live.txt", "850 hectares", 850, CONAF, "cap_calama_fire", "conaf850"),
    ("capsule_live.txt", "missing for 19 days", 19, CCHEN, "cap_days_missing", "cchen19"),
    ("capsule_live.txt", "not informed until January 16", None, CCHEN, "cap_notified", "cchen16"),
    ("capsule_live.txt", "the transport container did not meet the standard", None, CCHEN, "cap_packaging", "cchenpack"),
    ("capsule_live.txt", "the equivalent of 10 X-rays", 10, CCHEN, "cap_xray", "cchen10x"),
    ("capsule_live.txt", "shortly after 1 p.m.", None, CARAB, "cap_found_time", "carab13"),
    ("capsule_live.txt", "more than 1,300 vehicles", 1300, CARAB, "cap_vehicles", "carab1300"),
    ("capsule_live.txt", "at 11:15 a.m.", None, CCHEN, "cap_found_time", "cchen1115"),
    ("capsule_live.txt", "about two metres from the edge of the road", 2, CCHEN, "cap_found_offset", "cchen2m"),
    ("capsule_live.txt", "74 km north of Antofagasta", 74, CCHEN, "cap_found_where", "cchen74"),
    ("capsule_live.txt", "detected by a CChEN vehicle fitted with a radiation detector", None, CCHEN, "cap_found_by",
     "cchenfound"),
    # broadcaster website (Severn World News, UK, times in GMT), Sunday 25 Jan
    ("capsule_broadcast.txt", "2.15pm GMT on Saturday", None, CCHEN, "cap_found_time", "cchen1115"),
    ("capsule_broadcast.txt", "A joint search team located the capsule", None, SENAPRED, "cap_found_by", "senfound"),
    ("capsule_broadcast.txt", "about 6.5 feet from the roadside", 6.5, CCHEN, "cap_found_offset", "cchen2m"),
    ("capsule_broadcast.txt", "about 0.3 inches long", 0.3, CCHEN, "cap_length", "cchen8mm"),
    ("capsule_broadcast.txt", "0.24 inches wide", 0.24, CCHEN, "cap_width", "cchen6mm"),
    ("capsule_broadcast.txt", "about half a curie", 0.5, CCHEN, "cap_activity", "cchen19g"),
    ("capsule_broadcast.txt", "2,000 microsieverts per hour", 2000, CCHEN, "cap_dose", "cchen2"),
    ("capsule_broadcast.txt", "about 118 miles of road", 118, CCHEN, "cap_route", "cchen190"),
    ("capsule_broadcast.txt", "deployed 70 soldiers", 70, O, "cap_soldiers", "outb70"),
    ("capsule_broadcast.txt", "keep at least 16ft away", 16, SEREMI, "cap_keep_away", "seremi5m"),
    ("capsule_broadcast.txt", "missing for only 10 days", 10, MINE, "cap_days_missing", "mine10"),
    ("capsule_broadcast.txt", "as many as 60 workers", 60, UNIONCL, "cap_exposed", "union60"),
    ("capsule_broadcast.txt", "up to 20 millisieverts", 20, UNIONCL, "cap_max_dose", "union20"),
    ("capsule_broadcast.txt", "the company took two days to tell anyone", 2, GOVCL, "cap_notified", "gov2d"),
    ("capsule_broadcast.txt", "the bolts were all in place when the crate was unloaded", None, TRANS, "cap_bolt",
     "transbolt"),
    ("capsule_broadcast.txt", "up to 200 million pesos", 200000000, SEREMI, "cap_fine", "seremi200m"),
    ("capsule_broadcast.txt", "about £165,000", 165000, SEREMI, "cap_fine", "seremi200m"),
    ("capsule_broadcast.txt", "some 80 miles", 80, O, "cap_distance", "outb80"),
    # local paper (Norte Grande Weekly, English edition), Wednesday 28 Jan
    ("capsule_local.txt", "within 48 hours, as the law requires", 48, MINE, "cap_notified", "mine48"),
    ("capsule_local.txt", "Our own search crew found it", None, MINE, "cap_found_by", "minefound"),
    ("capsule_local.txt", "at about 10:40", None, MINE, "cap_found_time", "mine1040"),
    ("capsule_local.txt", "nearly 30 metres off the road", 30, MINE, "cap_found_offset", "mine30m"),
    ("capsule_local.txt", "less than 0.5 millisieverts per hour", 0.5, MINE, "cap_dose", "mine05"),
    ("capsule_local.txt", "roughly 10 mm long", 10, MINE, "cap_length", "mine10mm"),
    ("capsule_local.txt", "a 145-km trip", 145, MINE, "cap_route", "mine145"),
    ("capsule_local.txt", "identified 31 people who may have been exposed", 31, SEREMI, "cap_exposed", "seremi31"),
    ("capsule_local.txt", "checked 118 people", 118, SEREMI, "cap_screened", "seremi118"),
    ("capsule_local.txt", "no one received more than 1 millisievert", 1, SEREMI, "cap_max_dose", "seremi1"),
    ("capsule_local.txt", "supervisors knew by January 9", None, UNIONCL, "cap_discovered", "union9"),
    ("capsule_local.txt", "nearly three weeks", 3, UNIONCL, "cap_days_missing", "union3w"),
    ("capsule_local.txt", "packed in a cardboard box", None, UNIONCL, "cap_packaging", "unionbox"),
    ("capsule_local.txt", "like 100 chest X-rays an hour", 100, UNIONCL, "cap_xray", "union100x"),
    ("capsule_local.txt", "only about 40 people were actually searching", 40, UNIONCL, "cap_searchers", "union40"),
    ("capsule_local.txt", "at least seven gauges have gone missing since 2020", 7, UNIONCL, "cap_losses", "union7"),
    ("capsule_local.txt", "hundreds of us could have been exposed", None, MAMANI, "cap_exposed", "reshund"),
    ("capsule_local.txt", "about 90 km from the city", 90, CARAB, "cap_found_where", "carab90"),
    ("capsule_local.txt", "2,150 vehicles", 2150, CARAB, "cap_vehicles", "carab2150"),
    ("capsule_local.txt", "130 kilometres", 130, O, "cap_distance", "outp130"),
    ("capsule_local.txt", "11 neighbourhoods", 11, WATERCL, "cap_water", "water11"),
    ("capsule_local.txt", "some 5,200 passengers", 5200, PORT, "cap_port", "port5200"),

    # ---------------- beach: a rip current at Rathmalwatta beach (Southern Province, Sri Lanka) on Tue 14 Apr 2026,
    # the Sinhala and Tamil New Year holiday; the police's time 16:10 SLST (UTC+5:30) = 10:40 GMT = 6:40 a.m. EDT;
    # the head lifeguard says just after 15:30 SLST, the US tourist around 6 a.m. EDT (the same moment)
    # wire (IOW, leading space, headline on the date line), Tuesday 14 Apr
    ("beach_wire.txt", "At least 11 people drowned", 11, POLSL, "bch_dead", "pol11"),
    ("beach_wire.txt", "around 4:10 p.m.", None, POLSL, "bch_time", "pol410"),
    ("beach_wire.txt", "1040 GMT", None, POLSL, "bch_time", "pol410"),
    ("beach_wire.txt", "about 5,000 people were on the beach", 5000, POLSL, "bch_crowd", "pol5000"),
    ("beach_wire.txt", "about 170 km", 170, O, "bch_distance", "outw170"),
    ("beach_wire.txt", "105 miles", 105, O, "bch_distance", "outw170"),
    ("beach_wire.txt", "four people were still missing", 4, POLSL, "bch_missing", "pol4m"),
    ("beach_wire.txt", "two of the dead were foreign tourists", 2, POLSL, "bch_foreigners", "pol2f"),
    ("beach_wire.txt", "rescued 37 people", 37, NAVY, "bch_rescued", "navy37"),
    ("beach_wire.txt", "deployed eight boats", 8, NAVY, "bch_boats", "navy8b"),
    ("beach_wire.txt", "nearly 100 metres wide", 100, NAVY, "bch_rip_width", "navy100"),
    ("beach_wire.txt", "admitted 23 people", 23, HOSPSL, "bch_admitted", "hosp23"),
    ("beach_wire.txt", "six lifeguards were on duty", 6, COUNCIL, "bch_lifeguards", "council6"),
    ("beach_wire.txt", "red flags were flying along the beach", None, COUNCIL, "bch_flags", "councilflags"),
    ("beach_wire.txt", "issued a rough-sea warning on Monday", None, MET, "bch_warning", "metwarn"),
    ("beach_wire.txt", "waves of up to 2.5 metres", 2.5, MET, "bch_waves", "met25"),
    ("beach_wire.txt", "100,000 rupees", 100000, GOVSL, "bch_payment", "gov100k"),
    ("beach_wire.txt", "$330", 330, GOVSL, "bch_payment", "gov100k"),
    ("beach_wire.txt", "At least 19 people have drowned at Rathmalwatta since 2020", 19, O, "bch_history", "outw19"),
    # live blog (Colombo Sentinel Live, SLST), Wednesday 15 Apr
    ("beach_live.txt", "closed to swimmers until April 21", None, COUNCIL, "bch_closure", "councilclosed"),
    ("beach_live.txt", "no warning reached us", None, COUNCIL, "bch_warning", "councilnowarn"),
    ("beach_live.txt", "nearly 12,000 holidaymakers", 12000, COUNCIL, "bch_crowd", "council12k"),
    ("beach_live.txt", "1,140 drivers", 1140, POLSL, "bch_drink_driving", "poldrunk"),
    ("beach_live.txt", "more than 20 people drowned", 20, FISHSL, "bch_dead", "fish20"),
    ("beach_live.txt", "more than 4 metres high", 4, FISHSL, "bch_waves", "fish4"),
    ("beach_live.txt", "five of the dead were children", 5, HOSPSL, "bch_children", "hosp5c"),
    ("beach_live.txt", "only two of us were on duty", 2, LIFE, "bch_lifeguards", "life2"),
    ("beach_live.txt", "pulled more than 60 people out of the water", 60, LIFE, "bch_rescued", "life60"),
    ("beach_live.txt", "just after 3:30 p.m.", None, LIFE, "bch_time", "life330"),
    ("beach_live.txt", "about 40 metres wide", 40, LIFE, "bch_rip_width", "life40"),
    ("beach_live.txt", "lost 30 people here in five years", 30, LIFE, "bch_history", "life30"),
    ("beach_live.txt", "the red flags were not up", None, KUMARA, "bch_flags", "witnoflags"),
    ("beach_live.txt", "the ambulance took more than an hour to come", 1, KUMARA, "bch_ambulance", "witamb"),
    ("beach_live.txt", "12 boats", 12, NAVY, "bch_boats", "navy12b"),
    ("beach_live.txt", "the toll rose to 14", 14, POLSL, "bch_dead", "pol14"),
    ("beach_live.txt", "two remain missing", 2, POLSL, "bch_missing", "pol2m"),
    ("beach_live.txt", "170 km south-east of Colombo", 170, O, "bch_distance", "outl170"),
    # broadcaster website (Liberty One News, US, times in ET, date glued to the headline), Thursday 16 Apr
    ("beach_broadcast.txt", "16 people died", 16, DMC, "bch_dead", "dmc16"),
    ("beach_broadcast.txt", "14 people drowned", 14, POLSL, "bch_dead", "pol14"),
    ("beach_broadcast.txt", "6:40 a.m. ET on Tuesday", None, POLSL, "bch_time", "pol410"),
    ("beach_broadcast.txt", "around 6 a.m. ET", None, COLE, "bch_time", "cole330"),
    ("beach_broadcast.txt", "41 people were rescued", 41, NAVY, "bch_rescued", "navy41"),
    ("beach_broadcast.txt", "at least seven people are still unaccounted for", 7, FERNANDO, "bch_missing", "fam7"),
    ("beach_broadcast.txt", "seven children were among the dead", 7, POLSL, "bch_children", "pol7c"),
    ("beach_broadcast.txt", "more than 8,000 people were on the beach", 8000, DMC, "bch_crowd", "dmc8k"),
    ("beach_broadcast.txt", "the alert was sent to every coastal council on Monday", None, DMC, "bch_warning",
     "dmcsent"),
    ("beach_broadcast.txt", "four lifeguards were on duty", 4, COUNCIL, "bch_lifeguards", "council4"),
    ("beach_broadcast.txt", "there were no warning flags on that stretch", None, POLSL, "bch_flags", "polnoflags"),
    ("beach_broadcast.txt", "closed until further notice", None, POLSL, "bch_closure", "polclosed"),
    ("beach_broadcast.txt", "waves up to 8 feet", 8, MET, "bch_waves", "met25"),
    ("beach_broadcast.txt", "roughly 130 feet wide", 130, LIFE, "bch_rip_width", "life40"),
    ("beach_broadcast.txt", "admitted 31 people", 31, HOSPSL, "bch_admitted", "hosp31"),
    ("beach_broadcast.txt", "within 20 minutes of the first call", 20, HOSPSL, "bch_ambulance", "hosp20"),
    ("beach_broadcast.txt", "no foreign nationals were among the dead", None, SLTDA, "bch_foreigners", "sltdano"),
    ("beach_broadcast.txt", "100,000 rupees", 100000, GOVSL, "bch_payment", "gov100k"),
    ("beach_broadcast.txt", "about $330", 330, GOVSL, "bch_payment", "gov100k"),
    ("beach_broadcast.txt", "about 105 miles", 105, O, "bch_distance", "outb105"),
    ("beach_broadcast.txt", "19 drownings since 2020", 19, O, "bch_history", "outb19"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("tanker_wire.txt", "among them two commuter buses", 2, FRSC, "tk_opt_buses"),
    ("tanker_wire.txt", "more than tripled", None, O, "tk_opt_prices"),
    ("tanker_live.txt", "Aisha Ndagi, 34", 34, NDAGI, "tk_opt_age"),
    ("tanker_live.txt", "more than 60 percent of their bodies", 60, HOSPNG, "tk_opt_burn_extent"),
    ("tanker_live.txt", "the fire was put out before midnight", None, FIRE, "tk_opt_fire_out"),
    ("tanker_live.txt", "Police on Monday said 48 people were killed", 48, O, "tk_opt_restated_toll"),
    ("tanker_live.txt", "The FRSC has blamed brake failure", None, O, "tk_opt_restated_cause"),
    ("tanker_live.txt", "promised 1 million naira to each bereaved family", 1000000, O, "tk_opt_restated_payment"),
    ("tanker_live.txt", "lost 3 children", 3, "reader Musa_K", "tk_opt_reader"),
    ("tanker_live.txt", "33,000 litres of petrol on that road", 33000, "reader Ngozi.A", "tk_opt_reader"),
    ("tanker_broadcast.txt", "about 100 yards from the truck", 100, NDAGI, "tk_opt_yards"),
    ("tanker_broadcast.txt", "95F (35C)", 95, O, "tk_opt_heat"),
    ("tanker_broadcast.txt", "rejecting reports that the company's license had lapsed", None, SAHEL,
     "tk_opt_license_reports"),
    ("tanker_local.txt", "Umaru Mohammed, 71", 71, CHIEF, "tk_opt_age_chief"),
    ("tanker_local.txt", "Some families have lost four or five", 4, CHIEF, "tk_opt_families"),
    ("tanker_local.txt", "not 36 as the government said", 36, CHIEF, "tk_opt_restated_burial"),
    ("tanker_local.txt", "who said he had been arrested", None, POL, "tk_opt_restated_arrest"),
    ("tanker_local.txt", "for 19 years", 19, "reader Yusuf Alhassan", "tk_opt_reader"),
    ("tanker_local.txt", "counted 40 potholes", 40, "reader Yusuf Alhassan", "tk_opt_reader"),
    ("tanker_local.txt", "One million naira for a life", 1000000, "reader Hadiza M.", "tk_opt_reader"),
    ("tanker_local.txt", "costs 80,000 naira", 80000, "reader Hadiza M.", "tk_opt_reader"),
    ("capsule_wire.txt", "left the mine on Jan. 5", None, MINE, "cap_opt_left_mine"),
    ("capsule_live.txt", "Tomás Ibarra, 58", 58, PHYS, "cap_opt_age"),
    ("capsule_live.txt", "None has shown symptoms so far", None, SEREMI, "cap_opt_symptoms"),
    ("capsule_live.txt", "The capsule, 8 mm long", 8, O, "cap_opt_restated_length"),
    ("capsule_live.txt", "it told the regulator the same day it found the gauge empty", None, O,
     "cap_opt_restated_notified"),
    ("capsule_live.txt", "More than 120 people were searching on Monday", 120, O, "cap_opt_restated_searchers"),
    ("capsule_live.txt", "3 times this week", 3, "reader pedro_antof", "cap_opt_reader"),
    ("capsule_live.txt", "19 days and nobody told", 19, "reader Carla V.", "cap_opt_reader"),
    ("capsule_live.txt", "7 mSv at a metre", 7, "reader jm_calama", "cap_opt_reader"),
    ("capsule_broadcast.txt", "nearly a year of natural background radiation", 1, O, "cap_opt_background"),
    ("capsule_broadcast.txt", "86F (30C)", 86, O, "cap_opt_heat"),
    ("capsule_local.txt", "rather than on the same day as it said last week", None, O, "cap_opt_restated_same_day"),
    ("capsule_local.txt", "Gladys Mamani, 62", 62, MAMANI, "cap_opt_age_resident"),
    ("capsule_local.txt", "employs about 2,400 people", 2400, O, "cap_opt_staff"),
    ("capsule_local.txt", "for 40 years", 40, "reader Hernán Soto", "cap_opt_reader"),
    ("capsule_local.txt", "a fine of 200 million pesos", 200000000, "reader M. Araya", "cap_opt_reader"),
    ("capsule_local.txt", "three cruise ships", 3, PORT, "cap_opt_cruise"),
    ("capsule_local.txt", "on Thursday from 8 a.m.", None, WATERCL, "cap_opt_water_time"),
    ("beach_wire.txt", "within minutes", None, NAVY, "bch_opt_minutes"),
    ("beach_live.txt", "Kasun Madushanka, 27", 27, LIFE, "bch_opt_age"),
    ("beach_live.txt", "at least 11 people drowned", 11, O, "bch_opt_restated_toll"),
    ("beach_live.txt", "it rescued 37 people", 37, O, "bch_opt_restated_rescued"),
    ("beach_live.txt", "The council said six lifeguards were on duty", 6, O, "bch_opt_restated_lifeguards"),
    ("beach_live.txt", "We were there at 3!", None, "reader Chamari_P", "bch_opt_reader"),
    ("beach_live.txt", "100,000 rupees for a life", 100000, "reader Lakmal.S", "bch_opt_reader"),
    ("beach_live.txt", "2 lifeguards for a beach like that", 2, "reader anura_fonseka", "bch_opt_reader"),
    ("beach_broadcast.txt", "two nephews", 2, FERNANDO, "bch_opt_nephews"),
    ("beach_broadcast.txt", "dozens of swimmers were struggling", None, O, "bch_opt_dozens"),
    ("beach_broadcast.txt", "88F (31C)", 88, O, "bch_opt_heat"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # tanker
    "tk_dead": {("pol48", "pol63"): U, ("pol48", "nsema70"): C, ("pol48", "pol77"): U, ("pol48", "chief100"): C,
                ("frsc41", "pol63"): C, ("frsc41", "nsema70"): C, ("frsc41", "pol77"): C, ("frsc41", "chief100"): C,
                ("pol63", "pol63"): SC, ("pol63", "nsema70"): C, ("pol63", "pol77"): U, ("pol63", "chief100"): C,
                ("nsema70", "pol77"): C, ("nsema70", "chief100"): C},
    "tk_injured": {("pol30", "nsema90"): C, ("pol30", "pol51"): UC, ("nsema90", "pol51"): C},
    "tk_crowd": {("pol150", "wit300"): C, ("pol150", "frschund"): C, ("wit300", "frschund"): CO},
    "tk_cordon": {("polcordon", "witnopolice"): C, ("polcordon", "frsccordon"): CO,
                  ("witnopolice", "frsccordon"): C},
    "tk_vehicles": {("frsc17", "pol12"): C, ("frsc17", "frsc17"): SC, ("frsc17", "chief30"): C,
                    ("pol12", "chief30"): C},
    "tk_cause": {("frscbrakes", "polspeed"): C, ("frscbrakes", "frscbrakes"): SC, ("frscbrakes", "copothole"): C,
                 ("frscbrakes", "unionpothole"): C, ("polspeed", "copothole"): C, ("polspeed", "unionpothole"): C,
                 ("copothole", "unionpothole"): CO},
    "tk_distance": {("outw85", "outb53"): CO, ("outw85", "outp85"): CO, ("outb53", "outp85"): CO},
    "tk_time": {("frsc652", "pol730"): C, ("frsc652", "frsc652"): SC, ("frsc652", "wit7"): C,
                ("frsc652", "nsema705"): C, ("pol730", "wit7"): C, ("pol730", "nsema705"): C,
                ("wit7", "nsema705"): CO},
    "tk_gap": {("frsc35", "witgap"): C, ("frsc35", "union15"): C, ("witgap", "union15"): C},
    "tk_driver": {("frscalive", "polarrest"): CO, ("frscalive", "uniondead"): C, ("polarrest", "uniondead"): C},
    "tk_fuel": {("co33k", "co33k"): SC, ("co33k", "frsc45k"): C},
    "tk_speed": {("pol120", "pol120"): SC, ("pol120", "co60"): C},
    "tk_burn_patients": {("hosp58", "hosp58"): SC},
    "tk_hospital_deaths": {("hosp19", "hosp27"): U},
    "tk_motorcycles": {("nsema42", "gana60"): C},
    "tk_burial": {("gov36", "chief22"): C},
    "tk_engines": {("fire4", "fire6"): U},
    "tk_fire_response": {("witfire", "fire25"): C},
    "tk_licence": {("copapers", "nmdpraexp"): C},
    "tk_payment": {("gov1m", "gov1m"): SC},
    "tk_2021": {("outw31", "outp31"): CO},
    # capsule
    "cap_length": {("cchen8mm", "cchen8mm"): SC, ("cchen8mm", "mine10mm"): C},
    "cap_width": {("cchen6mm", "cchen6mm"): SC},
    "cap_distance": {("outw130", "outb80"): CO, ("outw130", "outp130"): CO, ("outb80", "outp130"): CO},
    "cap_dose": {("cchen2", "phys7"): C, ("cchen2", "cchen2"): SC, ("cchen2", "mine05"): C, ("phys7", "mine05"): C},
    "cap_activity": {("cchen19g", "cchen19g"): SC},
    "cap_route": {("cchen190", "sen240"): C, ("cchen190", "cchen190"): SC, ("cchen190", "mine145"): C,
                  ("sen240", "mine145"): C},
    "cap_searchers": {("sen120", "sen210"): UC, ("sen120", "union40"): C, ("sen210", "union40"): C},
    "cap_exposed": {("seremi0", "seremi14"): U, ("seremi0", "union60"): C, ("seremi0", "seremi31"): U,
                    ("seremi0", "reshund"): C, ("seremi14", "union60"): C, ("seremi14", "seremi31"): U,
                    ("seremi14", "reshund"): C, ("union60", "seremi31"): C, ("union60", "reshund"): C},
    "cap_keep_away": {("seremi5m", "seremi5m"): SC},
    "cap_discovered": {("mine14", "union9"): C},
    "cap_notified": {("minesame", "cchen16"): C, ("minesame", "gov2d"): C, ("minesame", "mine48"): U,
                     ("cchen16", "gov2d"): CO, ("cchen16", "mine48"): CO, ("gov2d", "mine48"): CO},
    "cap_packaging": {("minepacked", "cchenpack"): C, ("minepacked", "unionbox"): C, ("cchenpack", "unionbox"): CO},
    "cap_bolt": {("minebolt", "transbolt"): C},
    "cap_fine": {("seremi200m", "seremi200m"): SC},
    "cap_losses": {("cchen4th", "union7"): C},
    "cap_screened": {("seremi46", "seremi118"): U},
    "cap_days_missing": {("cchen19", "mine10"): C, ("cchen19", "union3w"): CO, ("mine10", "union3w"): C},
    "cap_xray": {("cchen10x", "union100x"): C},
    "cap_found_time": {("carab13", "cchen1115"): C, ("cchen1115", "cchen1115"): SC, ("cchen1115", "mine1040"): C,
                       ("carab13", "mine1040"): C},
    "cap_found_offset": {("cchen2m", "cchen2m"): SC, ("cchen2m", "mine30m"): C},
    "cap_found_where": {("cchen74", "carab90"): C},
    "cap_found_by": {("cchenfound", "senfound"): CO, ("cchenfound", "minefound"): C, ("senfound", "minefound"): C},
    "cap_vehicles": {("carab1300", "carab2150"): UC},
    "cap_max_dose": {("union20", "seremi1"): C},
    # beach
    "bch_dead": {("pol11", "fish20"): C, ("pol11", "pol14"): U, ("pol11", "dmc16"): C, ("fish20", "pol14"): C,
                 ("fish20", "dmc16"): C, ("pol14", "pol14"): SC, ("pol14", "dmc16"): C},
    "bch_time": {("pol410", "pol410"): SC, ("pol410", "life330"): C, ("pol410", "cole330"): C,
                 ("life330", "cole330"): CO},
    "bch_crowd": {("pol5000", "council12k"): C, ("pol5000", "dmc8k"): C, ("council12k", "dmc8k"): C},
    "bch_distance": {("outw170", "outl170"): CO, ("outw170", "outb105"): CO, ("outl170", "outb105"): CO},
    "bch_missing": {("pol4m", "pol2m"): U, ("pol4m", "fam7"): C, ("pol2m", "fam7"): C},
    "bch_foreigners": {("pol2f", "sltdano"): C},
    "bch_rescued": {("navy37", "life60"): C, ("navy37", "navy41"): U, ("life60", "navy41"): C},
    "bch_boats": {("navy8b", "navy12b"): U},
    "bch_rip_width": {("navy100", "life40"): C, ("life40", "life40"): SC},
    "bch_admitted": {("hosp23", "hosp31"): U},
    "bch_lifeguards": {("council6", "life2"): C, ("council6", "council4"): U, ("life2", "council4"): C},
    "bch_flags": {("councilflags", "witnoflags"): C, ("councilflags", "polnoflags"): C,
                  ("witnoflags", "polnoflags"): CO},
    "bch_warning": {("metwarn", "councilnowarn"): C, ("metwarn", "dmcsent"): CO, ("councilnowarn", "dmcsent"): C},
    "bch_waves": {("met25", "fish4"): C, ("met25", "met25"): SC},
    "bch_payment": {("gov100k", "gov100k"): SC},
    "bch_history": {("outw19", "life30"): C, ("outw19", "outb19"): CO, ("life30", "outb19"): C},
    "bch_closure": {("councilclosed", "polclosed"): C},
    "bch_children": {("hosp5c", "pol7c"): C},
    "bch_ambulance": {("witamb", "hosp20"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
