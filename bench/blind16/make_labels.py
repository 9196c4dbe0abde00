"""Hand labels for bench/blind16 (dust-storm pile-up on a South Australian highway, diesel in a Chilean
city's tap water, an IT outage grounding an Indian airline). Run from the project root:
    /work/venv/bin/python bench/blind16/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
POL = "South Australia Police (Superintendent Gavin Rourke)"
SAAS = "SA Ambulance Service (Kate Millard)"
CFS = "Country Fire Service (Darren Pask)"
BOM = "Bureau of Meteorology (Hamish Crawley)"
TMIN = "South Australian transport minister Rachel Dunstan"
DIT = "Department for Infrastructure and Transport"
TWU = "Transport Workers' Union (Ian Petrakis)"
HOLL = "Trent Holloway (truck driver)"
SCHOLZ = "Leanne Scholz (farmer)"
HEALTH = "SA Health"
RAA = "RAA, Royal Automobile Association"
HAIGH = "Wakefield Plains Council mayor Colin Haigh"

WCO = "Aguas del Llanquén (Rodrigo Saavedra)"
SISS = "Superintendency of Sanitary Services, SISS (Marcela Fuentes)"
SAL = "regional health authority, Seremi de Salud"
DEL = "regional presidential delegate Felipe Carrasco"
MAYOR = "Puerto Llanquén mayor Patricia Vergara"
UNION = "plant workers' union (Luis Arriagada)"
HOSP = "Hospital Base (Dr. Tomás Riquelme)"
SEN = "SENAPRED, national disaster agency"
HUEN = "Carmen Huenchul (resident)"
CONS = "Consumidores del Sur (consumer association)"

AIR = "Airavat Airways (Neha Kulkarni)"
DGCA = "Directorate General of Civil Aviation (DGCA)"
MCA = "Ministry of Civil Aviation"
CERT = "CERT-In, India's cybersecurity agency"
VEND = "NimbusCore Systems"
GUILD = "Commercial Pilots' Guild (Captain Sameer Bhatt)"
DIAL = "Delhi airport operator DIAL"
ATO = "Association of Indian Travel Operators"
KOT = "Kotwal Securities"
SHARMA = "Ritu Sharma (passenger)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- pileup: dust storm, chain crash on the Augusta Highway near Tindara, SA (20-21 Nov 2025)
    # wire (Reuters), Thursday evening
    ("pileup_wire.txt", "Three people", 3, POL, "pileup_dead", "pol3"),
    ("pileup_wire.txt", "about 40 vehicles", 40, POL, "pileup_vehicles", "pol40"),
    ("pileup_wire.txt", "about 3.40pm", None, POL, "pileup_crash_time", "pol340"),
    ("pileup_wire.txt", "0510 GMT", None, POL, "pileup_crash_time", "pol340"),
    ("pileup_wire.txt", "some 140 km", 140, O, "pileup_distance_adelaide", "out140"),
    ("pileup_wire.txt", "about two kilometres", 2, POL, "pileup_length", "pol2km"),
    ("pileup_wire.txt", "travelling too fast for the conditions", None, POL, "pileup_speed", "polspeed"),
    ("pileup_wire.txt", "11 trucks", 11, POL, "pileup_trucks", "pol11"),
    ("pileup_wire.txt", "23 people", 23, SAAS, "pileup_injured", "saas23"),
    ("pileup_wire.txt", "Nine people", 9, SAAS, "pileup_hospitalised", "saas9"),
    ("pileup_wire.txt", "four of them in a critical condition", 4, SAAS, "pileup_critical", "saas4"),
    ("pileup_wire.txt", "three were flown to Adelaide", 3, SAAS, "pileup_airlifted", "saas3"),
    ("pileup_wire.txt", "six vehicles", 6, CFS, "pileup_fire", "cfs6"),
    ("pileup_wire.txt", "at 12.55pm", None, BOM, "pileup_warning_time", "bom1255"),
    ("pileup_wire.txt", "below 100 metres", 100, BOM, "pileup_visibility", "bom100"),
    ("pileup_wire.txt", "up to 90 km/h", 90, BOM, "pileup_wind", "bom90"),
    ("pileup_wire.txt", "a 60 km stretch", 60, DIT, "pileup_closed_length", "dit60"),
    ("pileup_wire.txt", "road toll for the year to 84", 84, POL, "pileup_year_toll", "pol84"),
    ("pileup_wire.txt", "72 vehicles", 72, O, "pileup_i55_vehicles", "outi55v"),
    ("pileup_wire.txt", "killed seven people", 7, O, "pileup_i55_toll", "outi55d"),
    # broadcaster (WorldWatch News), Thursday 12:30 GMT (11pm in Adelaide)
    ("pileup_broadcast.txt", "Dozens of vehicles", None, O, "pileup_vehicles", "outdozens"),
    ("pileup_broadcast.txt", "at least four people", 4, TMIN, "pileup_dead", "min4"),
    ("pileup_broadcast.txt", "the toll at three", 3, POL, "pileup_dead", "pol3"),
    ("pileup_broadcast.txt", "about 05:10 GMT", None, POL, "pileup_crash_time", "pol340"),
    ("pileup_broadcast.txt", "about 90 miles", 90, O, "pileup_distance_adelaide", "outb90"),
    ("pileup_broadcast.txt", "at 04:50 GMT", None, BOM, "pileup_front_time", "bom320"),
    ("pileup_broadcast.txt", "less than 330 feet", 330, BOM, "pileup_visibility", "bom100"),
    ("pileup_broadcast.txt", "gusts of 56 mph", 56, BOM, "pileup_wind", "bom90"),
    ("pileup_broadcast.txt", "at 02:25 GMT", None, BOM, "pileup_warning_time", "bom1255"),
    ("pileup_broadcast.txt", "more than 60 vehicles", 60, CFS, "pileup_vehicles", "cfs60"),
    ("pileup_broadcast.txt", "about 1.2 miles", 1.2, POL, "pileup_length", "pol2km"),
    ("pileup_broadcast.txt", "11 trucks", 11, POL, "pileup_trucks", "pol11"),
    ("pileup_broadcast.txt", "more than 120 emergency workers", 120, CFS, "pileup_responders", "cfs120"),
    ("pileup_broadcast.txt", "23 people", 23, SAAS, "pileup_injured", "saas23"),
    ("pileup_broadcast.txt", "more than 20 people", 20, POL, "pileup_injured", "pol20"),
    ("pileup_broadcast.txt", "Nothing could have prevented this", None, TMIN, "pileup_preventable", "minprev"),
    ("pileup_broadcast.txt", "There was no warning that dust this thick was coming", None, TMIN, "pileup_warning",
     "minnowarn"),
    ("pileup_broadcast.txt", "about 400 vehicles", 400, DIT, "pileup_queued_vehicles", "dit400"),
    ("pileup_broadcast.txt", "at least 72 vehicles", 72, O, "pileup_i55_vehicles", "outi55vb"),
    ("pileup_broadcast.txt", "seven people died", 7, O, "pileup_i55_toll", "outi55db"),
    # local paper (The Northern Plains Courier), Friday morning
    ("pileup_local.txt", "risen to four", 4, POL, "pileup_dead", "pol4"),
    ("pileup_local.txt", "53 vehicles", 53, POL, "pileup_vehicles", "pol53"),
    ("pileup_local.txt", "at least 15 trucks", 15, TWU, "pileup_trucks", "twu15"),
    ("pileup_local.txt", "four kilometres", 4, CFS, "pileup_length", "cfs4km"),
    ("pileup_local.txt", "seven vehicles had burned", 7, CFS, "pileup_fire", "cfs7"),
    ("pileup_local.txt", "14 patients", 14, HEALTH, "pileup_hospitalised", "hlth14"),
    ("pileup_local.txt", "three of them in a critical condition", 3, HEALTH, "pileup_critical", "hlth3"),
    ("pileup_local.txt", "Two patients were airlifted", 2, HEALTH, "pileup_airlifted", "hlth2"),
    ("pileup_local.txt", "31 people", 31, SAAS, "pileup_injured", "saas31"),
    ("pileup_local.txt", "at 3.20pm", None, BOM, "pileup_front_time", "bom320"),
    ("pileup_local.txt", "about 120 kilometres an hour", 120, SCHOLZ, "pileup_wind", "sch120"),
    ("pileup_local.txt", "couldn't see more than 10 metres", 10, SCHOLZ, "pileup_visibility", "sch10"),
    ("pileup_local.txt", "at about ten past three", None, SCHOLZ, "pileup_crash_time", "sch310"),
    ("pileup_local.txt", "was out for hours", None, TWU, "pileup_warning", "twuwarn"),
    ("pileup_local.txt", "from about 11am", None, TWU, "pileup_warning_time", "twu11"),
    ("pileup_local.txt", "This crash was preventable", None, TWU, "pileup_preventable", "twuprev"),
    ("pileup_local.txt", "should have been closed well before 3pm", None, TWU, "pileup_close_earlier", "twuclose"),
    ("pileup_local.txt", "some 600 motorists", 600, POL, "pileup_stranded", "pol600"),
    ("pileup_local.txt", "by midday today", None, DIT, "pileup_reopen", "ditmidday"),
    ("pileup_local.txt", "12 crashes", 12, HAIGH, "pileup_stretch_crashes", "haigh12"),
    ("pileup_local.txt", "road toll this year to 85", 85, POL, "pileup_year_toll", "pol85"),
    # live blog (SA Today Live, ACDT), Thursday 15:55 to 23:30
    ("pileup_live.txt", "Four people have now lost their lives", 4, POL, "pileup_dead", "pol4"),
    ("pileup_live.txt", "53 vehicles", 53, POL, "pileup_vehicles", "pol53"),
    ("pileup_live.txt", "14 patients", 14, SAAS, "pileup_hospitalised", "saas14"),
    ("pileup_live.txt", "until at least 6am Friday", None, DIT, "pileup_reopen", "dit6am"),
    ("pileup_live.txt", "400 vehicles", 400, DIT, "pileup_queued_vehicles", "dit400"),
    ("pileup_live.txt", "There was no basis to close the highway earlier", None, DIT, "pileup_close_earlier", "ditno"),
    ("pileup_live.txt", "at about 3.20pm", None, BOM, "pileup_front_time", "bom320"),
    ("pileup_live.txt", "We warned about this dust storm hours in advance", None, BOM, "pileup_warning", "bomwarn"),
    ("pileup_live.txt", "gusts hit 90 km/h", 90, BOM, "pileup_wind", "bom90"),
    ("pileup_live.txt", "at least 30 cars and trucks", 30, HOLL, "pileup_vehicles", "wit30"),
    ("pileup_live.txt", "Nobody was speeding", None, HOLL, "pileup_speed", "witnospeed"),
    ("pileup_live.txt", "three or four cars", 3, HOLL, "pileup_fire", "wit34"),
    ("pileup_live.txt", "too fast for the conditions", None, POL, "pileup_speed", "polspeed"),
    ("pileup_live.txt", "about 150 emergency workers", 150, POL, "pileup_responders", "pol150"),
    ("pileup_live.txt", "four people are in a critical condition", 4, SAAS, "pileup_critical", "saas4"),
    ("pileup_live.txt", "hundreds of motorists", None, RAA, "pileup_stranded", "raahundreds"),
    ("pileup_live.txt", "three people have died", 3, POL, "pileup_dead", "pol3"),
    ("pileup_live.txt", "about 40 vehicles", 40, POL, "pileup_vehicles", "pol40"),
    ("pileup_live.txt", "roughly 2km", 2, POL, "pileup_length", "pol2km"),
    ("pileup_live.txt", "at 3.40pm", None, POL, "pileup_crash_time", "pol340"),
    ("pileup_live.txt", "Several vehicles", None, O, "pileup_fire", "outseveral"),

    # ---------------- water: diesel in the tap water of Puerto Llanquén, Los Lagos, Chile (7-8 March 2025)
    # wire (AFP), Friday
    ("water_wire.txt", "Some 170,000 residents", 170000, DEL, "water_people", "del170k"),
    ("water_wire.txt", "about 52,000 households", 52000, WCO, "water_households", "co52k"),
    ("water_wire.txt", "at 4.30am", None, WCO, "water_detected_time", "co430"),
    ("water_wire.txt", "0730 GMT", None, WCO, "water_detected_time", "co430"),
    ("water_wire.txt", "an illegal discharge upstream", None, WCO, "water_cause", "coupstream"),
    ("water_wire.txt", "began early on Friday", None, WCO, "water_contamination_start", "cofri"),
    ("water_wire.txt", "within 48 hours", 48, WCO, "water_restore", "co48"),
    ("water_wire.txt", "about 90%", 90, WCO, "water_plant_share", "co90pct"),
    ("water_wire.txt", "about 2,400 litres", 2400, SISS, "water_fuel_volume", "siss2400"),
    ("water_wire.txt", "87 people", 87, SAL, "water_sick", "sal87"),
    ("water_wire.txt", "Six people", 6, SAL, "water_hospitalised", "sal6"),
    ("water_wire.txt", "65 tanker trucks", 65, DEL, "water_tankers", "del65"),
    ("water_wire.txt", "24 distribution points", 24, DEL, "water_points", "del24"),
    ("water_wire.txt", "tens of thousands of homes", None, O, "water_osorno_homes", "outosornohomes"),
    ("water_wire.txt", "about 10 days", 10, O, "water_osorno_days", "outosorno10"),
    # broadcaster (Americas24), Friday 23:40 GMT
    ("water_broadcast.txt", "Nearly 180,000 people", 180000, O, "water_people", "out180k"),
    ("water_broadcast.txt", "at 07:30 GMT", None, WCO, "water_detected_time", "co430"),
    ("water_broadcast.txt", "took more than five hours to notify us", None, SISS, "water_notify", "sissdelay"),
    ("water_broadcast.txt", "came from the plant's own diesel tank", None, SISS, "water_cause", "sisstank"),
    ("water_broadcast.txt", "some 630 gallons", 630, SISS, "water_fuel_volume", "siss2400"),
    ("water_broadcast.txt", "about 2,600 gallons", 2600, SISS, "water_tank_capacity", "siss2600gal"),
    ("water_broadcast.txt", "61,000 households", 61000, SISS, "water_households", "siss61k"),
    ("water_broadcast.txt", "not before Wednesday", None, SISS, "water_restore", "sisswed"),
    ("water_broadcast.txt", "up to about $4.3 million", 4300000, SISS, "water_fine", "siss4bn"),
    ("water_broadcast.txt", "four times the permitted limit", None, SAL, "water_level", "sal4x"),
    ("water_broadcast.txt", "87 residents", 87, SAL, "water_sick", "sal87"),
    ("water_broadcast.txt", "Six people", 6, SAL, "water_hospitalised", "sal6"),
    ("water_broadcast.txt", "about 40 children", 40, MAYOR, "water_children_sick", "mayor40"),
    ("water_broadcast.txt", "more than 200,000 litres", 200000, SEN, "water_bottled", "sen200k"),
    ("water_broadcast.txt", "65 water trucks", 65, DEL, "water_tankers", "del65"),
    ("water_broadcast.txt", "112 schools", 112, DEL, "water_schools", "del112"),
    # local paper (El Correo de Llanquén, English edition), Saturday
    ("water_local.txt", "rose to 143", 143, SAL, "water_sick", "sal143"),
    ("water_local.txt", "more than 200 patients", 200, HOSP, "water_sick", "hosp200"),
    ("water_local.txt", "eight patients", 8, HOSP, "water_hospitalised", "hosp8"),
    ("water_local.txt", "more than 60,000 homes", 60000, MAYOR, "water_households", "mayor60k"),
    ("water_local.txt", "more than 160,000 people", 160000, MAYOR, "water_people", "mayor160k"),
    ("water_local.txt", "Only 30 tankers", 30, MAYOR, "water_tankers", "mayor30"),
    ("water_local.txt", "barely 80,000 litres", 80000, MAYOR, "water_bottled", "mayor80k"),
    ("water_local.txt", "18 points", 18, MAYOR, "water_points", "mayor18"),
    ("water_local.txt", "90 tanker trucks", 90, DEL, "water_tankers", "del90"),
    ("water_local.txt", "All 74 municipal schools", 74, MAYOR, "water_municipal_schools", "mayor74"),
    ("water_local.txt", "around 1am", None, UNION, "water_detected_time", "union1"),
    ("water_local.txt", "a valve on the diesel tank was left open", None, UNION, "water_cause", "unionvalve"),
    ("water_local.txt", "We informed the authorities immediately", None, WCO, "water_notify", "coimm"),
    ("water_local.txt", "less than 500 litres", 500, WCO, "water_fuel_volume", "co500"),
    ("water_local.txt", "barely above the limit", None, WCO, "water_level", "cobarely"),
    ("water_local.txt", "smelled of diesel on Thursday evening", None, HUEN, "water_contamination_start", "resthu"),
    ("water_local.txt", "more than 3,000 complaints", 3000, CONS, "water_complaints", "cons3000"),
    ("water_local.txt", "up to 4 billion pesos", 4000000000, SISS, "water_fine", "siss4bn"),
    ("water_local.txt", "ten-day", 10, O, "water_osorno_days", "outosorno10b"),
    # live blog (Chile Al Día Live, UTC-3), Friday 09:10 to Saturday 00:40
    ("water_live.txt", "at least five days", 5, WCO, "water_restore", "co5d"),
    ("water_live.txt", "a third party dumped fuel into the river upstream", None, WCO, "water_cause", "coupstream"),
    ("water_live.txt", "143 people", 143, SAL, "water_sick", "sal143"),
    ("water_live.txt", "31 children", 31, SAL, "water_children_sick", "sal31"),
    ("water_live.txt", "Six were admitted", 6, SAL, "water_hospitalised", "sal6"),
    ("water_live.txt", "11 people", 11, SAL, "water_neighbour_sick", "sal11"),
    ("water_live.txt", "at least 4,000 litres", 4000, UNION, "water_fuel_volume", "union4000"),
    ("water_live.txt", "shortly after 2am", None, SISS, "water_detected_time", "siss2"),
    ("water_live.txt", "four times the legal limit", None, SAL, "water_level", "sal4x"),
    ("water_live.txt", "90 tanker trucks", 90, DEL, "water_tankers", "del90"),
    ("water_live.txt", "24 distribution points", 24, DEL, "water_points", "del24"),
    ("water_live.txt", "did not alert us until after 9am", None, DEL, "water_notify", "deldelay"),
    ("water_live.txt", "over 200,000 litres", 200000, SEN, "water_bottled", "sen200k"),
    ("water_live.txt", "112 schools", 112, DEL, "water_schools", "del112"),
    ("water_live.txt", "52,000 homes", 52000, WCO, "water_households", "co52k"),
    ("water_live.txt", "1,900 complaints", 1900, CONS, "water_complaints", "cons1900"),
    ("water_live.txt", "about 190,000 people", 190000, O, "water_population", "out190k"),
    ("water_live.txt", "within 48 hours", 48, WCO, "water_restore", "co48"),
    ("water_live.txt", "at 4.30am", None, WCO, "water_detected_time", "co430"),

    # ---------------- outage: IT failure grounds Airavat Airways across India (14-15 July 2025)
    # wire (AP), Monday
    ("outage_wire.txt", "312 flights", 312, AIR, "outage_cancelled", "air312"),
    ("outage_wire.txt", "about 48,000 passengers", 48000, AIR, "outage_passengers", "air48k"),
    ("outage_wire.txt", "at 5.50 a.m.", None, AIR, "outage_start_time", "air550"),
    ("outage_wire.txt", "0020 GMT", None, AIR, "outage_start_time", "air550"),
    ("outage_wire.txt", "by 1.40 p.m.", None, AIR, "outage_restored_time", "air140"),
    ("outage_wire.txt", "0810 GMT", None, AIR, "outage_restored_time", "air140"),
    ("outage_wire.txt", "About 150 flights", 150, AIR, "outage_delayed", "air150"),
    ("outage_wire.txt", "a faulty software update", None, AIR, "outage_cause", "airupdate"),
    ("outage_wire.txt", "all 118 aircraft", 118, AIR, "outage_grounded_aircraft", "air118"),
    ("outage_wire.txt", "about 6,500 Airavat passengers", 6500, DIAL, "outage_delhi_stranded", "dial6500"),
    ("outage_wire.txt", "no evidence of a cyberattack", None, CERT, "outage_cyberattack", "certno"),
    ("outage_wire.txt", "within 72 hours", 72, DGCA, "outage_report_deadline", "dgca72"),
    ("outage_wire.txt", "about 640 daily flights", 640, O, "outage_daily_flights", "out640"),
    ("outage_wire.txt", "about 11%", 11, O, "outage_market_share", "out11pct"),
    ("outage_wire.txt", "as much as 6.2%", 6.2, O, "outage_share_intraday", "out62"),
    ("outage_wire.txt", "about $18 million", 18000000, KOT, "outage_loss", "kot150cr"),
    ("outage_wire.txt", "about 8.5 million Windows computers", 8500000, O, "outage_crowdstrike", "outcs"),
    # local paper (The Bombay Courier), Tuesday
    ("outage_local.txt", "368 flights", 368, AIR, "outage_cancelled", "air368"),
    ("outage_local.txt", "nearly 500", 500, ATO, "outage_cancelled", "ato500"),
    ("outage_local.txt", "more than 200 flights", 200, DGCA, "outage_delayed", "dgca200"),
    ("outage_local.txt", "over 60,000 passengers", 60000, MCA, "outage_passengers", "mca60k"),
    ("outage_local.txt", "some 6,500 passengers", 6500, DIAL, "outage_delhi_stranded", "dial6500"),
    ("outage_local.txt", "around 4.30am", None, GUILD, "outage_start_time", "guild430"),
    ("outage_local.txt", "until late evening", None, GUILD, "outage_restored_time", "guildlate"),
    ("outage_local.txt", "over 900 crew members", 900, GUILD, "outage_crew", "guild900"),
    ("outage_local.txt", "about eight hours", 8, AIR, "outage_duration", "air8h"),
    ("outage_local.txt", "a faulty update pushed by our vendor", None, AIR, "outage_cause", "airupdate"),
    ("outage_local.txt", "It was not a cyberattack", None, AIR, "outage_cyberattack", "airnocyber"),
    ("outage_local.txt", "No update was deployed", None, VEND, "outage_cause", "vendno"),
    ("outage_local.txt", "has issued a show-cause notice", None, DGCA, "outage_notice", "dgcanotice"),
    ("outage_local.txt", "up to Rs 10,000", 10000, DGCA, "outage_compensation", "dgca10k"),
    ("outage_local.txt", "three days", 3, DGCA, "outage_report_deadline", "dgca72"),
    ("outage_local.txt", "₹150 crore", 1500000000, KOT, "outage_loss", "kot150cr"),
    ("outage_local.txt", "4.8% lower", 4.8, O, "outage_share_close", "out48"),
    ("outage_local.txt", "126 aircraft", 126, O, "outage_fleet", "out126"),
    ("outage_local.txt", "more than five hours", 5, SHARMA, "outage_queue", "sharma5h"),
    # live blog (Delhi Now Live, IST), Monday 07:00 to 23:00
    ("outage_live.txt", "368 flights", 368, AIR, "outage_cancelled", "air368"),
    ("outage_live.txt", "more than 400", 400, DGCA, "outage_cancelled", "dgca400"),
    ("outage_live.txt", "nearly 10 hours", 10, DGCA, "outage_duration", "dgca10h"),
    ("outage_live.txt", "about 90 aircraft", 90, DGCA, "outage_grounded_aircraft", "dgca90"),
    ("outage_live.txt", "up to ₹10,000", 10000, DGCA, "outage_compensation", "dgca10k"),
    ("outage_live.txt", "has not received any notice", None, AIR, "outage_notice", "airnonotice"),
    ("outage_live.txt", "nearly 1.2 lakh passengers", 120000, ATO, "outage_passengers", "ato120k"),
    ("outage_live.txt", "48,000 passengers", 48000, AIR, "outage_passengers", "air48k"),
    ("outage_live.txt", "About 600 crew members", 600, AIR, "outage_crew", "air600"),
    ("outage_live.txt", "6,500 passengers", 6500, DIAL, "outage_delhi_stranded", "dial6500"),
    ("outage_live.txt", "did not push any update", None, VEND, "outage_cause", "vendno"),
    ("outage_live.txt", "312 flights", 312, AIR, "outage_cancelled", "air312"),
    ("outage_live.txt", "around 150 delayed", 150, AIR, "outage_delayed", "air150"),
    ("outage_live.txt", "at 1:40 pm", None, AIR, "outage_restored_time", "air140"),
    ("outage_live.txt", "no sign of a cyberattack", None, CERT, "outage_cyberattack", "certno"),
    ("outage_live.txt", "6.2% in early trade", 6.2, O, "outage_share_intraday", "out62b"),
    ("outage_live.txt", "some 8.5 million devices", 8500000, O, "outage_crowdstrike", "outcsb"),
    ("outage_live.txt", "cannot rule out a cyberattack", None, AIR, "outage_cyberattack", "aircyberq"),
    ("outage_live.txt", "just before 6am", None, DGCA, "outage_start_time", "dgca6"),
    ("outage_live.txt", "at 5:50 am", None, AIR, "outage_start_time", "air550"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("pileup_wire.txt", "87 miles", 87, O, "pileup_opt_miles"),
    ("pileup_wire.txt", "two of them trucks", 2, CFS, "pileup_opt_trucks_burned"),
    ("pileup_wire.txt", "56 mph", 56, BOM, "pileup_opt_mph"),
    ("pileup_wire.txt", "nearly three hours before the crash", 3, BOM, "pileup_opt_lead_time"),
    ("pileup_wire.txt", "in May 2023", None, O, "pileup_opt_i55_date"),
    ("pileup_broadcast.txt", "in May 2023", None, O, "pileup_opt_i55_date"),
    ("pileup_local.txt", "a man in his 60s", 60, POL, "pileup_opt_age"),
    ("pileup_local.txt", "in the past five years", 5, HAIGH, "pileup_opt_period"),
    ("pileup_live.txt", "a man in his 60s", 60, POL, "pileup_opt_age"),
    ("pileup_live.txt", "up from nine earlier", 9, SAAS, "pileup_opt_recall"),
    ("pileup_live.txt", "drove that road at 3pm", None, "reader dustydave_SA", "pileup_opt_reader"),
    ("pileup_live.txt", "couldn't see 20 metres", 20, "reader dustydave_SA", "pileup_opt_reader"),
    ("pileup_live.txt", "50 cars at least", 50, "reader dustydave_SA", "pileup_opt_reader"),
    ("pileup_live.txt", "6 dead not 4", 6, "reader Mel K", "pileup_opt_reader"),
    ("water_wire.txt", "In July 2019", None, O, "water_opt_osorno_date"),
    ("water_local.txt", "Two of them are children", 2, HOSP, "water_opt_children_admitted"),
    ("water_local.txt", "from six workers to two", 2, UNION, "water_opt_night_shift"),
    ("water_local.txt", "Carmen Huenchul, 67", 67, O, "water_opt_age"),
    ("water_local.txt", "Osorno water cut of 2019", None, O, "water_opt_osorno_date"),
    ("water_live.txt", "ONE tanker for 400 families", 400, "reader Rosa_PM", "water_opt_reader"),
    ("water_live.txt", "10,000 litres leaked", 10000, "reader Jorge L.", "water_opt_reader"),
    ("outage_wire.txt", "almost a year", 1, O, "outage_opt_since_crowdstrike"),
    ("outage_wire.txt", "in July 2024", None, O, "outage_opt_crowdstrike_date"),
    ("outage_local.txt", "more than an hour before", 1, GUILD, "outage_opt_guild_gap"),
    ("outage_local.txt", "third-largest", 3, O, "outage_opt_rank"),
    ("outage_local.txt", "her two children", 2, SHARMA, "outage_opt_children"),
    ("outage_live.txt", "July 2024", None, O, "outage_opt_crowdstrike_date"),
    ("outage_live.txt", "14 hours now", 14, "reader rahul_k", "outage_opt_reader"),
    ("outage_live.txt", "500+ flights cancelled", 500, "reader AnitaD", "outage_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # pileup
    "pileup_dead": {("pol3", "pol3"): SC, ("pol3", "min4"): C, ("pol3", "pol4"): U, ("min4", "pol4"): CO,
                    ("pol4", "pol4"): SC},
    "pileup_vehicles": {("pol40", "pol40"): SC, ("pol40", "outdozens"): CO, ("pol40", "cfs60"): C,
                        ("pol40", "pol53"): U, ("pol40", "wit30"): CO, ("outdozens", "pol53"): CO,
                        ("outdozens", "wit30"): CO, ("cfs60", "pol53"): C, ("cfs60", "wit30"): CO,
                        ("pol53", "pol53"): S, ("pol53", "wit30"): CO},
    "pileup_trucks": {("pol11", "pol11"): S, ("pol11", "twu15"): C},
    "pileup_injured": {("saas23", "saas23"): S, ("saas23", "pol20"): CO, ("saas23", "saas31"): U,
                       ("pol20", "saas31"): CO},
    "pileup_hospitalised": {("saas9", "hlth14"): C, ("saas9", "saas14"): U, ("hlth14", "saas14"): CO},
    "pileup_critical": {("saas4", "saas4"): SC, ("saas4", "hlth3"): C},
    "pileup_airlifted": {("saas3", "hlth2"): C},
    "pileup_crash_time": {("pol340", "pol340"): SC, ("pol340", "sch310"): C},
    "pileup_front_time": {("bom320", "bom320"): SC},
    "pileup_warning_time": {("bom1255", "bom1255"): SC, ("bom1255", "twu11"): C},
    "pileup_warning": {("minnowarn", "twuwarn"): C, ("minnowarn", "bomwarn"): C, ("twuwarn", "bomwarn"): CO},
    "pileup_visibility": {("bom100", "bom100"): SC, ("bom100", "sch10"): CO},
    "pileup_wind": {("bom90", "bom90"): SC, ("bom90", "sch120"): C},
    "pileup_length": {("pol2km", "pol2km"): SC, ("pol2km", "cfs4km"): C},
    "pileup_fire": {("cfs6", "cfs7"): U, ("cfs6", "wit34"): C, ("cfs6", "outseveral"): CO, ("cfs7", "wit34"): C,
                    ("cfs7", "outseveral"): CO},
    "pileup_speed": {("polspeed", "polspeed"): SC, ("polspeed", "witnospeed"): C},
    "pileup_preventable": {("minprev", "twuprev"): C},
    "pileup_close_earlier": {("twuclose", "ditno"): C},
    "pileup_responders": {("cfs120", "pol150"): CO},
    "pileup_stranded": {("pol600", "raahundreds"): CO},
    "pileup_queued_vehicles": {("dit400", "dit400"): SC},
    "pileup_reopen": {("ditmidday", "dit6am"): U},
    "pileup_year_toll": {("pol84", "pol85"): U},
    "pileup_distance_adelaide": {("out140", "outb90"): CO},
    "pileup_i55_vehicles": {("outi55v", "outi55vb"): CO},
    "pileup_i55_toll": {("outi55d", "outi55db"): CO},
    # water
    "water_people": {("del170k", "out180k"): CO, ("del170k", "mayor160k"): CO, ("out180k", "mayor160k"): CO},
    "water_households": {("co52k", "co52k"): SC, ("co52k", "siss61k"): C, ("co52k", "mayor60k"): C,
                         ("siss61k", "mayor60k"): CO},
    "water_detected_time": {("co430", "co430"): SC, ("co430", "union1"): C, ("co430", "siss2"): C,
                            ("union1", "siss2"): C},
    "water_cause": {("coupstream", "coupstream"): SC, ("coupstream", "sisstank"): C, ("coupstream", "unionvalve"): C,
                    ("sisstank", "unionvalve"): CO},
    "water_contamination_start": {("cofri", "resthu"): C},
    "water_restore": {("co48", "co48"): S, ("co48", "sisswed"): C, ("co48", "co5d"): U, ("sisswed", "co5d"): CO},
    "water_fuel_volume": {("siss2400", "siss2400"): SC, ("siss2400", "co500"): C, ("siss2400", "union4000"): C,
                          ("co500", "union4000"): C},
    "water_sick": {("sal87", "sal87"): SC, ("sal87", "sal143"): U, ("sal87", "hosp200"): C, ("sal143", "sal143"): SC,
                   ("sal143", "hosp200"): C},
    "water_hospitalised": {("sal6", "sal6"): SC, ("sal6", "hosp8"): C},
    "water_tankers": {("del65", "del65"): SC, ("del65", "mayor30"): C, ("del65", "del90"): U,
                      ("mayor30", "del90"): C, ("del90", "del90"): S},
    "water_points": {("del24", "del24"): S, ("del24", "mayor18"): C},
    "water_notify": {("sissdelay", "coimm"): C, ("sissdelay", "deldelay"): CO, ("coimm", "deldelay"): C},
    "water_level": {("sal4x", "sal4x"): SC, ("sal4x", "cobarely"): C},
    "water_fine": {("siss4bn", "siss4bn"): SC},
    "water_children_sick": {("mayor40", "sal31"): C},
    "water_bottled": {("sen200k", "sen200k"): SC, ("sen200k", "mayor80k"): C},
    "water_schools": {("del112", "del112"): S},
    "water_complaints": {("cons3000", "cons1900"): U},
    "water_osorno_days": {("outosorno10", "outosorno10b"): CO},
    # outage
    "outage_cancelled": {("air312", "air312"): S, ("air312", "air368"): U, ("air312", "ato500"): C,
                         ("air312", "dgca400"): C, ("air368", "air368"): S, ("air368", "ato500"): C,
                         ("air368", "dgca400"): C, ("ato500", "dgca400"): CO},
    "outage_delayed": {("air150", "air150"): SC, ("air150", "dgca200"): C},
    "outage_passengers": {("air48k", "air48k"): SC, ("air48k", "mca60k"): C, ("air48k", "ato120k"): C,
                          ("mca60k", "ato120k"): C},
    "outage_delhi_stranded": {("dial6500", "dial6500"): SC},
    "outage_start_time": {("air550", "air550"): SC, ("air550", "guild430"): C, ("air550", "dgca6"): CO,
                          ("guild430", "dgca6"): C},
    "outage_restored_time": {("air140", "air140"): SC, ("air140", "guildlate"): C},
    "outage_duration": {("air8h", "dgca10h"): C},
    "outage_cause": {("airupdate", "airupdate"): SC, ("airupdate", "vendno"): C, ("vendno", "vendno"): SC},
    "outage_cyberattack": {("certno", "certno"): SC, ("certno", "airnocyber"): CO, ("certno", "aircyberq"): C,
                           ("airnocyber", "aircyberq"): U},
    "outage_grounded_aircraft": {("air118", "dgca90"): C},
    "outage_crew": {("guild900", "air600"): C},
    "outage_compensation": {("dgca10k", "dgca10k"): SC},
    "outage_loss": {("kot150cr", "kot150cr"): SC},
    "outage_share_intraday": {("out62", "out62b"): CO},
    "outage_report_deadline": {("dgca72", "dgca72"): SC},
    "outage_notice": {("dgcanotice", "airnonotice"): C},
    "outage_crowdstrike": {("outcs", "outcsb"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
