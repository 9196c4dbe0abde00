"""Hand labels for bench/blind27 (the gondola of a pendulum ride that broke away at an amusement park in Guadalupe,
on the edge of Monterrey, Mexico; an ammonia leak at a snow crab plant on Newfoundland's Burin Peninsula, Canada; a
meteor airburst over Kostanay in northern Kazakhstan that blew out windows across the city).
Run from the project root:
    /work/venv/bin/python bench/blind27/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
CPNL = "Nuevo León state Civil Protection (director Ramiro Cantú)"
SALUD = "Nuevo León state health ministry (spokeswoman Verónica Leal)"
HOSPMX = "Hospital Metropolitano del Oriente (medical director Dr Silvia Ramos)"
CRUZ = "Mexican Red Cross in Nuevo León (coordinator Alfonso Treviño)"
PARK = "Diversiones Regias, operator of Planeta Feria (general manager Arturo Villarreal)"
MARCON = "Marcon Rides, the Italian manufacturer of the ride"
GPEMUN = "Guadalupe municipal government"
FGENL = "Nuevo León state attorney general's office"
UNIONMX = "Union of Amusement Park Workers of Nuevo León (secretary general Efrén Alanís)"
ASSOCMX = "Nuevo León Association of Fair and Amusement Operators"
USCONS = "U.S. Consulate General in Monterrey"
MENDOZA = "witness Karla Mendoza (nurse in the queue)"
SALINAS = "witness Jorge Salinas (engineer who filmed the ride)"
PENA = "Marisol Peña, San Antonio (sister of a rider)"
ELIZONDO = "witness Rosa Elizondo (vendor at the main gate)"
TOURMX = "Nuevo León tourism ministry"
SADM = "Servicios de Agua y Drenaje de Monterrey, the water utility"
PROFECO = "Profeco, the federal consumer protection agency"
BOOKFAIR = "Guadalupe Book Fair organisers"

RCMP = "RCMP, Burin Peninsula detachment (Cpl. Janine Pardy)"
NLH = "NL Health Services, the provincial health authority"
OHS = "Service NL Occupational Health and Safety Division (director Maureen Foley)"
FIRE = "Cutter's Cove Volunteer Fire Department (Chief Wayne Keeping)"
HGS = "Harbour Grey Seafoods, the plant's owner (vice-president of operations Colin Tobin)"
UNIONCA = "Atlantic Fish Plant Workers' Union (president Darlene Brake)"
MAYORCA = "Cutter's Cove mayor Bernice Hollett"
BUNGAY = "worker Shane Bungay (crab line)"
MANALO = "worker Jericho Manalo (crab line, from the Philippines)"
DMW = "Philippine Department of Migrant Workers, DMW (spokesperson Aileen Castro)"
PHCONS = "Philippine Consulate General in Toronto"
ECCC = "Environment and Climate Change Canada (forecaster Paul Lidstone)"
TWILL = "Twillingate tourism office"
REGATTA = "Cutter's Cove Regatta committee"
COUNCIL = "Cutter's Cove town council"

MES = "Kazakhstan's Ministry of Emergency Situations (spokesman Daulet Seitkali)"
AKIM = "Kostanay regional akimat, the governor's office (akim Serik Abenov)"
HEALTHKZ = "Kostanay regional health department (Dr Gulnar Ospanova)"
EDUKZ = "Kostanay regional education department"
BEKOV = "astronomer Timur Bekov (Fesenkov Astrophysical Institute, Almaty)"
AERO = "Kazakhstan's Aerospace Committee"
NASA = "NASA (Center for Near Earth Object Studies)"
ESA = "European Space Agency's Planetary Defence Office"
POLKZ = "Kostanay regional police"
BLOG = "Telegram channel Kostanay 24/7 (administrator Ruslan Zhaksylykov)"
TEACHER = "teacher Natalya Kovalenko (School No. 14)"
AIRKZ = "Kostanay airport operator"
RAUCH = "meteorite dealer Stefan Rauch (Cologne)"
AA = "Germany's Federal Foreign Office"
AGRIKZ = "Kostanay regional agriculture department"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- ride: the gondola of El Ciclón, a giant pendulum ride at the Planeta Feria park in Guadalupe
    # (Monterrey metropolitan area, Nuevo León, Mexico), broke away from its arm on Sat 11 Apr 2026; Civil
    # Protection's time 7:20 p.m. Monterrey time (UTC-6, no daylight saving since 2022) = 01:20 GMT on Sunday =
    # 8:20 p.m. CDT (UTC-5, US daylight saving); a rider's sister in San Antonio says about 8:20 p.m. San Antonio
    # time (the same moment), the park shortly after 7:45, a vendor around 7 o'clock
    # wire (NMW, date line), Saturday 11 April
    ("ride_wire.txt", "killing one rider", 1, CPNL, "ride_dead", "cp1"),
    ("ride_wire.txt", "injuring 14", 14, CPNL, "ride_injured", "cp14"),
    ("ride_wire.txt", "at 7:20 p.m.", None, CPNL, "ride_time", "cp720"),
    ("ride_wire.txt", "0120 GMT on Sunday", None, CPNL, "ride_time", "cp720"),
    ("ride_wire.txt", "fell from a height of about 15 metres", 15, CPNL, "ride_height", "cp15"),
    ("ride_wire.txt", "50 feet", 50, CPNL, "ride_height", "cp15"),
    ("ride_wire.txt", "Six of the injured are children", 6, CPNL, "ride_children", "cp6"),
    ("ride_wire.txt", "put the number of people in the park at the time at about 3,500", 3500, CPNL, "ride_visitors",
     "cp3500"),
    ("ride_wire.txt", "18 riders were on board", 18, PARK, "ride_aboard", "park18"),
    ("ride_wire.txt", "a manufacturing defect in the arm's main bolt", None, PARK, "ride_cause", "parkbolt"),
    ("ride_wire.txt", "All of the park's permits are in order", None, PARK, "ride_permit", "parkpermits"),
    ("ride_wire.txt", "no fault had been reported by staff", None, PARK, "ride_prior_fault", "parknofault"),
    ("ride_wire.txt", "1.2 million pesos", 1200000, PARK, "ride_insurance", "park12m"),
    ("ride_wire.txt", "$69,000", 69000, PARK, "ride_insurance", "park12m"),
    ("ride_wire.txt", "reaches a top speed of 110 km/h", 110, O, "ride_top_speed", "outw110"),
    ("ride_wire.txt", "68 mph", 68, O, "ride_top_speed", "outw110"),
    ("ride_wire.txt", "cost 450 pesos", 450, O, "ride_price", "outw450"),
    ("ride_wire.txt", "$26", 26, O, "ride_price", "outw450"),
    ("ride_wire.txt", "about 220 km", 220, O, "ride_distance", "outw220"),
    ("ride_wire.txt", "135 miles", 135, O, "ride_distance", "outw220"),
    ("ride_wire.txt", "drew more than 2 million visitors last year", 2000000, TOURMX, "ride_parks_year", "tour2m"),
    # live blog (The Monterrey Herald, Monterrey time, date glued to the headline), Sunday 12 April
    ("ride_live.txt", "the death toll rose to two", 2, CPNL, "ride_dead", "cp2"),
    ("ride_live.txt", "24 people were aboard the gondola", 24, CPNL, "ride_aboard", "cp24"),
    ("ride_live.txt", "seven people remain in hospital", 7, SALUD, "ride_in_hospital", "sal7"),
    ("ride_live.txt", "three of them in critical condition", 3, SALUD, "ride_critical", "sal3c"),
    ("ride_live.txt", "nine minors were hurt", 9, SALUD, "ride_children", "sal9"),
    ("ride_live.txt", "ordered the park closed on Sunday morning", None, GPEMUN, "ride_closure", "munordered"),
    ("ride_live.txt", "the park's operating licence expired in January", None, GPEMUN, "ride_permit", "munexpired"),
    ("ride_live.txt", "cut the supply to 18 neighbourhoods", 18, SADM, "ride_water_cut", "sadm18"),
    ("ride_live.txt", "put the number of injured at more than 20", 20, CRUZ, "ride_injured", "cruz20"),
    ("ride_live.txt", "the ride passed a state inspection on March 20", None, PARK, "ride_inspection", "parkinsp"),
    ("ride_live.txt", "El Ciclón has 40 seats", 40, PARK, "ride_capacity", "park40"),
    ("ride_live.txt", "shortly after 7:45 p.m.", None, PARK, "ride_time", "park745"),
    ("ride_live.txt", "gave prosecutors every maintenance record on Sunday", None, PARK, "ride_logbook",
     "parkrecords"),
    ("ride_live.txt", "The arm made a grinding noise for several minutes before it came off", None, MENDOZA,
     "ride_warning", "mendozagrind"),
    ("ride_live.txt", "dropped from at least 25 metres", 25, MENDOZA, "ride_height", "mendoza25"),
    ("ride_live.txt", "is more than 20 years old", 20, CPNL, "ride_age", "cp20y"),
    ("ride_live.txt", "swinging at about 95 km/h", 95, CPNL, "ride_speed", "cp95"),
    ("ride_live.txt", "three US citizens were among the injured", 3, CPNL, "ride_us_injured", "cp3us"),
    # broadcaster website (Alamo 12 News, San Antonio, times in CT only, byline date only), Monday 13 April
    ("ride_broadcast.txt", "Two people have died", 2, CPNL, "ride_dead", "cp2"),
    ("ride_broadcast.txt", "at 8:20 p.m. CT on Saturday", None, CPNL, "ride_time", "cp720"),
    ("ride_broadcast.txt", "fell about 50 feet", 50, CPNL, "ride_height", "cp15"),
    ("ride_broadcast.txt", "metal fatigue that regular maintenance should have caught", None, CPNL, "ride_cause",
     "cpfatigue"),
    ("ride_broadcast.txt", "no state inspection of the ride was carried out this year", None, CPNL,
     "ride_inspection", "cpnoinsp"),
    ("ride_broadcast.txt", "sealed 11 rides at other parks", 11, CPNL, "ride_sealed", "cp11"),
    ("ride_broadcast.txt", "It was about 8:20 p.m. San Antonio time", None, PENA, "ride_time", "pena"),
    ("ride_broadcast.txt", "about 30 people were strapped in", 30, SALINAS, "ride_aboard", "salinas30"),
    ("ride_broadcast.txt", "two U.S. citizens were injured", 2, USCONS, "ride_us_injured", "cons2"),
    ("ride_broadcast.txt", "nine people were hurt", 9, PARK, "ride_injured", "park9"),
    ("ride_broadcast.txt", "still spoke of one rider killed", 1, PARK, "ride_dead", "park1"),
    ("ride_broadcast.txt", "running smoothly right up to the moment the gondola separated", None, PARK,
     "ride_warning", "parksmooth"),
    ("ride_broadcast.txt", "1.2 million pesos", 1200000, PARK, "ride_insurance", "park12m"),
    ("ride_broadcast.txt", "about $69,000", 69000, PARK, "ride_insurance", "park12m"),
    ("ride_broadcast.txt", "built for 32 riders", 32, MARCON, "ride_capacity", "marcon32"),
    ("ride_broadcast.txt", "first delivered in 2004 to a fair in Spain", None, MARCON, "ride_age", "marcon2004"),
    ("ride_broadcast.txt", "a top speed of about 68 mph", 68, O, "ride_top_speed", "outb68"),
    ("ride_broadcast.txt", "Wristbands cost about $26", 26, O, "ride_price", "outb26"),
    ("ride_broadcast.txt", "some 135 miles", 135, O, "ride_distance", "outb135"),
    # local weekly (The Guadalupe Sentinel, English edition, masthead date), Thursday 16 April
    ("ride_local.txt", "raising the death toll to three", 3, CPNL, "ride_dead", "cp3"),
    ("ride_local.txt", "now counts 16 injured", 16, CPNL, "ride_injured", "cp16"),
    ("ride_local.txt", "one patient remains in critical condition", 1, HOSPMX, "ride_critical", "hosp1c"),
    ("ride_local.txt", "four remain in hospital", 4, SALUD, "ride_in_hospital", "sal4"),
    ("ride_local.txt", "There were 18 people on the ride", 18, PARK, "ride_aboard", "park18"),
    ("ride_local.txt", "It fell no more than 6 metres", 6, PARK, "ride_height", "park6"),
    ("ride_local.txt", "bought new in 2019", None, PARK, "ride_age", "park2019"),
    ("ride_local.txt", "ran at its normal 70 km/h", 70, PARK, "ride_speed", "park70"),
    ("ride_local.txt", "closed the park voluntarily on Sunday", None, PARK, "ride_closure", "parkvoluntary"),
    ("ride_local.txt", "fewer than 2,000 visitors", 2000, PARK, "ride_visitors", "park2000"),
    ("ride_local.txt", "wristbands cost 380 pesos", 380, PARK, "ride_price", "park380"),
    ("ride_local.txt", "an operator reported a crack in the arm on Thursday", None, UNIONMX, "ride_prior_fault",
     "unioncrack"),
    ("ride_local.txt", "operators were told to skip the morning safety check to shorten queues", None, UNIONMX,
     "ride_cause", "unionskip"),
    ("ride_local.txt", "the park has not handed over the maintenance logbook", None, FGENL, "ride_logbook",
     "fgelogbook"),
    ("ride_local.txt", "around 7 o'clock", None, ELIZONDO, "ride_time", "rosa7"),
    ("ride_local.txt", "only four rides had been sealed", 4, ASSOCMX, "ride_sealed", "assoc4"),
    ("ride_local.txt", "fined the park 2.1 million pesos", 2100000, PROFECO, "ride_fine", "profeco"),
    ("ride_local.txt", "expect 80,000 visitors", 80000, BOOKFAIR, "ride_book_fair", "fair80k"),
    ("ride_local.txt", "resurface 7 km of Avenida Benito Juárez", 7, GPEMUN, "ride_roads", "mun7km"),

    # ---------------- ammonia: ammonia leaked from the refrigeration system of the Harbour Grey Seafoods snow crab
    # plant in Cutter's Cove (Burin Peninsula, Newfoundland and Labrador, Canada) during the night shift of Tue 14
    # Jul 2026; the RCMP's time 10:40 p.m. NDT (UTC-2:30, a half-hour zone on daylight saving) = 01:10 GMT on
    # Wednesday = 9:10 a.m. PHT on Wednesday (UTC+8); the Department of Migrant Workers says around 9:10 a.m.
    # Manila time (the same moment), the company about 11:15 p.m., a worker just after 10 o'clock
    # live blog (The Burin Beacon, NDT, date line), Wednesday 15 July
    ("ammonia_live.txt", "Three of our members are dead", 3, UNIONCA, "amm_dead", "union3"),
    ("ammonia_live.txt", "more than 120 people were in the plant", 120, UNIONCA, "amm_inside", "union120"),
    ("ammonia_live.txt", "the third ammonia leak at the plant since 2021", 3, UNIONCA, "amm_previous", "union3rd"),
    ("ammonia_live.txt", "The company ignored a leak it had known about for weeks", None, UNIONCA, "amm_cause",
     "unionignored"),
    ("ammonia_live.txt", "at about 11:15 p.m. on Tuesday", None, HGS, "amm_time", "hgs1115"),
    ("ammonia_live.txt", "the refrigeration system holds 5,500 kilograms of ammonia", 5500, HGS, "amm_system",
     "hgs5500"),
    ("ammonia_live.txt", "the plant passed an OHS inspection in May", None, HGS, "amm_inspection", "hgsmay"),
    ("ammonia_live.txt", "issued a stop-work order at the plant", None, OHS, "amm_order", "ohsstop"),
    ("ammonia_live.txt", "about 2,500 people came to see the iceberg", 2500, TWILL, "amm_iceberg", "twill2500"),
    ("ammonia_live.txt", "nine Filipino nationals were hospitalized", 9, PHCONS, "amm_filipinos_hurt", "cons9"),
    ("ammonia_live.txt", "100,000 pesos in emergency aid", 100000, DMW, "amm_aid", "dmw100k"),
    ("ammonia_live.txt", "No alarm went off", None, BUNGAY, "amm_alarm", "bungay"),
    ("ammonia_live.txt", "about 300 residents left their homes overnight", 300, RCMP, "amm_evacuated", "rcmp300"),
    ("ammonia_live.txt", "lifted the shelter-in-place order at 6 a.m.", None, RCMP, "amm_shelter_lifted", "rcmp6"),
    ("ammonia_live.txt", "set up a three-kilometre zone around the plant", 3, FIRE, "amm_radius", "fire3"),
    ("ammonia_live.txt", "checked about 60 people at the scene", 60, FIRE, "amm_checked_on_site", "fire60"),
    ("ammonia_live.txt", "winds under 5 km/h", 5, FIRE, "amm_wind", "fire5"),
    ("ammonia_live.txt", "five are in critical condition", 5, NLH, "amm_critical", "nlh5"),
    ("ammonia_live.txt", "one worker died at the scene", 1, RCMP, "amm_dead", "rcmp1"),
    ("ammonia_live.txt", "some 300 kilometres from St. John's", 300, O, "amm_distance", "outl300"),
    # wire (TNW, leading space, date and headline on one line), Thursday 16 July
    ("ammonia_wire.txt", "has killed two workers", 2, RCMP, "amm_dead", "rcmp2"),
    ("ammonia_wire.txt", "at 10:40 p.m. on Tuesday", None, RCMP, "amm_time", "rcmp1040"),
    ("ammonia_wire.txt", "0110 GMT on Wednesday", None, RCMP, "amm_time", "rcmp1040"),
    ("ammonia_wire.txt", "evacuated homes within 1.5 km", 1.5, RCMP, "amm_radius", "rcmp15"),
    ("ammonia_wire.txt", "about a mile", 1, RCMP, "amm_radius", "rcmp15"),
    ("ammonia_wire.txt", "23 people were taken to hospital", 23, NLH, "amm_hospital", "nlh23"),
    ("ammonia_wire.txt", "one employee had died", 1, HGS, "amm_dead", "hgs1"),
    ("ammonia_wire.txt", "62 workers were on the night shift", 62, HGS, "amm_inside", "hgs62"),
    ("ammonia_wire.txt", "a valve on a compressor failed", None, HGS, "amm_cause", "hgsvalve"),
    ("ammonia_wire.txt", "about 900 kilograms", 900, HGS, "amm_released", "hgs900"),
    ("ammonia_wire.txt", "2,000 pounds", 2000, HGS, "amm_released", "hgs900"),
    ("ammonia_wire.txt", "Every worker on the processing floor carries an escape respirator", None, HGS,
     "amm_masks", "hgsresp"),
    ("ammonia_wire.txt", "The alarm sounded at once and workers followed the evacuation plan", None, HGS,
     "amm_alarm", "hgsalarm"),
    ("ammonia_wire.txt", "never exceeded 25 ppm at the fence line", 25, HGS, "amm_ppm", "hgs25"),
    ("ammonia_wire.txt", "48 of its workers come from the Philippines", 48, HGS, "amm_filipino_workers", "hgs48"),
    ("ammonia_wire.txt", "southwest winds of about 20 km/h", 20, ECCC, "amm_wind", "eccc20"),
    ("ammonia_wire.txt", "employs about 250 people during the crab season", 250, O, "amm_jobs", "outw250"),
    ("ammonia_wire.txt", "fines of up to C$500,000", 500000, O, "amm_fine", "outwfine"),
    ("ammonia_wire.txt", "$365,000", 365000, O, "amm_fine", "outwfine"),
    ("ammonia_wire.txt", "about 300 km", 300, O, "amm_distance", "outw300"),
    ("ammonia_wire.txt", "185 miles", 185, O, "amm_distance", "outw300"),
    # broadcaster website (PinoyWave News, Manila, times in PHT only, byline date only), Friday 17 July
    ("ammonia_broadcast.txt", "at 9:10 a.m. Wednesday, Philippine time", None, RCMP, "amm_time", "rcmp1040"),
    ("ammonia_broadcast.txt", "about 90 workers were inside", 90, RCMP, "amm_inside", "rcmp90"),
    ("ammonia_broadcast.txt", "within a 1.5-kilometre radius", 1.5, RCMP, "amm_radius", "rcmp15"),
    ("ammonia_broadcast.txt", "the leak began at around 9:10 in the morning Manila time", None, DMW, "amm_time",
     "dmw910"),
    ("ammonia_broadcast.txt", "11 OFWs were brought to hospital", 11, DMW, "amm_filipinos_hurt", "dmw11"),
    ("ammonia_broadcast.txt", "71 Filipino workers at the plant", 71, DMW, "amm_filipino_workers", "dmw71"),
    ("ammonia_broadcast.txt", "P100,000", 100000, DMW, "amm_aid", "dmw100k"),
    ("ammonia_broadcast.txt", "roughly C$2,400", 2400, DMW, "amm_aid", "dmw100k"),
    ("ammonia_broadcast.txt", "About 1,200 Filipinos work in Newfoundland and Labrador's fish plants", 1200, DMW,
     "amm_filipinos_province", "dmw1200"),
    ("ammonia_broadcast.txt", "put the death toll at two workers", 2, RCMP, "amm_dead", "rcmp2"),
    ("ammonia_broadcast.txt", "more than 40 workers were sent to hospital", 40, UNIONCA, "amm_hospital", "union40"),
    ("ammonia_broadcast.txt", "the ammonia detectors had been switched off", None, UNIONCA, "amm_alarm", "uniondet"),
    ("ammonia_broadcast.txt", "the plant had not been inspected since 2023", None, OHS, "amm_inspection", "ohs2023"),
    ("ammonia_broadcast.txt", "held about eight tonnes of ammonia", 8, OHS, "amm_system", "ohs8t"),
    ("ammonia_broadcast.txt", "roughly 900 kilos", 900, HGS, "amm_released", "hgs900"),
    # local weekly (The Peninsula Tidings, leading space, date and masthead on one line), Wednesday 22 July
    ("ammonia_local.txt", "bringing the number of dead to three", 3, RCMP, "amm_dead", "rcmp3"),
    ("ammonia_local.txt", "26 people were treated in hospital in all", 26, NLH, "amm_hospital", "nlh26"),
    ("ammonia_local.txt", "three remain in critical condition", 3, NLH, "amm_critical", "nlh3"),
    ("ammonia_local.txt", "nearly 4,000 kilograms of ammonia escaped", 4000, OHS, "amm_released", "ohs4000"),
    ("ammonia_local.txt", "a maintenance crew cut into a pressurised line", None, OHS, "amm_cause", "ohscut"),
    ("ammonia_local.txt", "readings of 300 parts per million at the plant's fence", 300, OHS, "amm_ppm", "ohs300"),
    ("ammonia_local.txt", "The maximum fine is $500,000 per violation", 500000, OHS, "amm_fine", "ohsfine"),
    ("ammonia_local.txt", "35 workers were assessed on site", 35, HGS, "amm_checked_on_site", "hgs35"),
    ("ammonia_local.txt", "paused production voluntarily", None, HGS, "amm_order", "hgspause"),
    ("ammonia_local.txt", "This plant never had a leak before", None, HGS, "amm_previous", "hgsnever"),
    ("ammonia_local.txt", "nearly 700 people left their homes", 700, MAYORCA, "amm_evacuated", "mayor700"),
    ("ammonia_local.txt", "the shelter-in-place order stayed in place until noon", None, MAYORCA,
     "amm_shelter_lifted", "mayornoon"),
    ("ammonia_local.txt", "The plant's 400 jobs", 400, MAYORCA, "amm_jobs", "mayor400"),
    ("ammonia_local.txt", "just after 10 o'clock", None, MANALO, "amm_time", "manalo10"),
    ("ammonia_local.txt", "Nobody on our line had a mask", None, MANALO, "amm_masks", "manalo"),
    ("ammonia_local.txt", "expects 1,500 spectators", 1500, REGATTA, "amm_regatta", "regatta1500"),
    ("ammonia_local.txt", "approved $180,000 for a new water line", 180000, COUNCIL, "amm_water_line", "council180k"),

    # ---------------- meteor: a meteor exploded over Kostanay (northern Kazakhstan) on Wed 16 Sep 2026; the
    # emergencies ministry's time 9:12 a.m. Kazakhstan time (UTC+5, one zone since 2024) = 04:12 GMT = 6:12 a.m.
    # CEST (UTC+2, German summer time); ESA says 06:12 German time (the same moment), the astronomer 9:06, a
    # teacher around 9:30
    # wire (ERW, date line), Wednesday 16 September
    ("meteor_wire.txt", "injuring about 150 people", 150, MES, "met_injured", "mes150"),
    ("meteor_wire.txt", "at 9:12 a.m.", None, MES, "met_time", "mes912"),
    ("meteor_wire.txt", "0412 GMT", None, MES, "met_time", "mes912"),
    ("meteor_wire.txt", "Some 62 of the injured are children", 62, MES, "met_children", "mes62"),
    ("meteor_wire.txt", "radiation levels are normal", None, MES, "met_radiation", "mesnormal"),
    ("meteor_wire.txt", "sent 46 rescue teams", 46, MES, "met_rescue_teams", "mes46"),
    ("meteor_wire.txt", "more than 500 people sought medical help", 500, HEALTHKZ, "met_sought_help", "health500"),
    ("meteor_wire.txt", "31 were admitted to hospital", 31, HEALTHKZ, "met_hospitalised", "health31"),
    ("meteor_wire.txt", "windows were broken in 1,240 buildings", 1240, AKIM, "met_buildings", "akim1240"),
    ("meteor_wire.txt", "2.6 billion tenge", 2600000000, AKIM, "met_damage", "akim26"),
    ("meteor_wire.txt", "$5 million", 5000000, AKIM, "met_damage", "akim26"),
    ("meteor_wire.txt", "Kostanay airport was closed for three hours", 3, AKIM, "met_airport", "akimairport"),
    ("meteor_wire.txt", "about 12 metres across", 12, BEKOV, "met_size", "bekov12"),
    ("meteor_wire.txt", "39 feet", 39, BEKOV, "met_size", "bekov12"),
    ("meteor_wire.txt", "at about 19 kilometres per second", 19, BEKOV, "met_speed", "bekov19"),
    ("meteor_wire.txt", "about 30 km", 30, BEKOV, "met_altitude", "bekov30"),
    ("meteor_wire.txt", "19 miles", 19, BEKOV, "met_altitude", "bekov30"),
    ("meteor_wire.txt", "had been spotted by a survey telescope in Chile the night before", None, BEKOV,
     "met_warning", "bekovspotted"),
    ("meteor_wire.txt", "no launch took place at Baikonur this week", None, AERO, "met_launch", "aerono"),
    ("meteor_wire.txt", "about 580 km", 580, O, "met_distance", "outw580"),
    ("meteor_wire.txt", "360 miles", 360, O, "met_distance", "outw580"),
    ("meteor_wire.txt", "which injured about 1,500 people", 1500, O, "met_chelyabinsk", "outchel"),
    # live blog (The Steppe Times, Kazakhstan time, date glued to the headline), Thursday 17 September
    ("meteor_live.txt", "puts the damage at 3.9 billion tenge", 3900000000, AKIM, "met_damage", "akim39"),
    ("meteor_live.txt", "150,000 tenge to each family whose home was damaged", 150000, AKIM, "met_household_aid",
     "akim150k"),
    ("meteor_live.txt", "three German citizens were among the injured", 3, AKIM, "met_germans", "akim3de"),
    ("meteor_live.txt", "raised the number of injured to 214", 214, MES, "met_injured", "mes214"),
    ("meteor_live.txt", "nobody was killed by the blast", None, MES, "met_deaths", "mesnodead"),
    ("meteor_live.txt", "about 3,000 buildings were damaged", 3000, MES, "met_buildings", "mes3000"),
    ("meteor_live.txt", "burst about 20 kilometres above the ground", 20, MES, "met_altitude", "mes20"),
    ("meteor_live.txt", "no one could have seen it coming", None, MES, "met_warning", "mesnoone"),
    ("meteor_live.txt", "collected 14 fragments", 14, POLKZ, "met_fragments", "pol14"),
    ("meteor_live.txt", "the largest weighs 3.4 kg", 3.4, POLKZ, "met_largest", "pol34"),
    ("meteor_live.txt", "more than 300 people were injured", 300, HEALTHKZ, "met_injured", "health300"),
    ("meteor_live.txt", "recorded the fireball at 9:06 a.m.", None, BEKOV, "met_time", "bekov906"),
    ("meteor_live.txt", "released up to 250 kilotons of energy", 250, BEKOV, "met_energy", "bekov250"),
    ("meteor_live.txt", "an entry speed of 15.2 km/s", 15.2, NASA, "met_speed", "nasa152"),
    ("meteor_live.txt", "no bigger than 3 metres", 3, AERO, "met_size", "aero3"),
    ("meteor_live.txt", "a spent rocket stage falling from Baikonur", None, BLOG, "met_launch", "blogrocket"),
    ("meteor_live.txt", "dosimeters showed elevated radiation", None, BLOG, "met_radiation", "blograd"),
    ("meteor_live.txt", "88 pupils were hurt", 88, EDUKZ, "met_children", "edu88"),
    ("meteor_live.txt", "17 schools were damaged", 17, EDUKZ, "met_schools", "edu17"),
    ("meteor_live.txt", "Akim Abenov has ordered classes moved online until Monday", None, AKIM, "met_classes",
     "akimorder"),
    ("meteor_live.txt", "threshed 4.2 million tonnes of grain", 4200000, AGRIKZ, "met_grain", "agri42"),
    ("meteor_live.txt", "It was around 9:30, during the second lesson", None, TEACHER, "met_time", "teacher930"),
    ("meteor_live.txt", "the runway was never closed", None, AIRKZ, "met_airport", "airportno"),
    ("meteor_live.txt", "Kostanay is 580 km north-west of Astana", 580, O, "met_distance", "outl580"),
    # broadcaster website (Rheinwelle International, Germany, times in CEST only, byline date only), Friday 18 Sep
    ("meteor_broadcast.txt", "214 people were injured", 214, MES, "met_injured", "mes214"),
    ("meteor_broadcast.txt", "at 6:12 a.m. CEST on Wednesday", None, MES, "met_time", "mes912"),
    ("meteor_broadcast.txt", "logged the flash at 06:12 German time", None, ESA, "met_time", "esa612"),
    ("meteor_broadcast.txt", "was not detected before it entered the atmosphere", None, NASA, "met_warning",
     "nasanot"),
    ("meteor_broadcast.txt", "roughly 8 metres wide", 8, NASA, "met_size", "nasa8"),
    ("meteor_broadcast.txt", "at an altitude of 41.5 kilometres", 41.5, NASA, "met_altitude", "nasa415"),
    ("meteor_broadcast.txt", "about 90 kilotons of energy", 90, NASA, "met_energy", "nasa90"),
    ("meteor_broadcast.txt", "some 68,000 km/h", 68000, BEKOV, "met_speed", "bekov19"),
    ("meteor_broadcast.txt", "1,100 people asked for medical help", 1100, HEALTHKZ, "met_sought_help", "health1100"),
    ("meteor_broadcast.txt", "died of a heart attack minutes after the blast", None, HEALTHKZ, "met_deaths",
     "healthheart"),
    ("meteor_broadcast.txt", "47 people were hospitalised", 47, AKIM, "met_hospitalised", "akim47"),
    ("meteor_broadcast.txt", "windows were broken in 1,870 buildings", 1870, AKIM, "met_buildings", "akim1870"),
    ("meteor_broadcast.txt", "including nine schools", 9, AKIM, "met_schools", "akim9"),
    ("meteor_broadcast.txt", "3.9 billion tenge", 3900000000, AKIM, "met_damage", "akim39"),
    ("meteor_broadcast.txt", "about €6.5 million", 6500000, AKIM, "met_damage", "akim39"),
    ("meteor_broadcast.txt", "150,000 tenge", 150000, AKIM, "met_household_aid", "akim150k"),
    ("meteor_broadcast.txt", "about €250", 250, AKIM, "met_household_aid", "akim150k"),
    ("meteor_broadcast.txt", "the decision came from the education ministry in Astana", None, EDUKZ, "met_classes",
     "eduministry"),
    ("meteor_broadcast.txt", "two German nationals were slightly hurt", 2, AA, "met_germans", "aa2"),
    ("meteor_broadcast.txt", "more than 60 pieces", 60, RAUCH, "met_fragments", "rauch60"),
    ("meteor_broadcast.txt", "the heaviest about 7 kilograms", 7, RAUCH, "met_largest", "rauch7"),
    ("meteor_broadcast.txt", "some 580 kilometres north-west of Astana", 580, O, "met_distance", "outb580"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("ride_wire.txt", "at least four hospitals", 4, O, "ride_opt_hospitals"),
    ("ride_wire.txt", "a 240-degree arc", 240, O, "ride_opt_arc"),
    ("ride_live.txt", "a 19-year-old student", 19, CPNL, "ride_opt_age"),
    ("ride_live.txt", "Karla Mendoza, 34", 34, MENDOZA, "ride_opt_witness_age"),
    ("ride_live.txt", "not 18 as the park says", 18, CPNL, "ride_opt_restated_park"),
    ("ride_live.txt", "the youngest aged four", 4, SALUD, "ride_opt_youngest"),
    ("ride_live.txt", "carried 17 of them to hospital themselves", 17, CRUZ, "ride_opt_carried"),
    ("ride_live.txt", "one rider died and 14 were injured", 1, O, "ride_opt_restated_toll"),
    ("ride_live.txt", "fell on Saturday evening at 7:20 p.m.", None, O, "ride_opt_restated_time"),
    ("ride_live.txt", "there were 18 riders on board", 18, PARK, "ride_opt_restated_aboard"),
    ("ride_live.txt", "Weekend wristbands cost 450 pesos", 450, O, "ride_opt_restated_price"),
    ("ride_live.txt", "3 weeks ago", 3, "reader chuy_gpe", "ride_opt_reader"),
    ("ride_live.txt", "1,800 pesos for four wristbands", 1800, "reader Mariana R.", "ride_opt_reader"),
    ("ride_live.txt", "2 hours long", 2, "reader Mariana R.", "ride_opt_reader"),
    ("ride_live.txt", "they put 30 people in that thing", 30, "reader tx_cousin_88", "ride_opt_reader"),
    ("ride_broadcast.txt", "Her nephew, 12", 12, PENA, "ride_opt_nephew"),
    ("ride_broadcast.txt", "had not been asked to service the ride since it changed hands", None, MARCON,
     "ride_opt_service"),
    ("ride_broadcast.txt", "84F (29C)", 84, O, "ride_opt_temperature"),
    ("ride_local.txt", "two more than on the night of the accident", 2, CPNL, "ride_opt_restated_16"),
    ("ride_local.txt", "No one has been charged", None, FGENL, "ride_opt_charged"),
    ("ride_local.txt", "for 9 years", 9, "reader Hilda Garza", "ride_opt_reader"),
    ("ride_local.txt", "1,520 pesos", 1520, "reader Mauricio Leal", "ride_opt_reader"),
    ("ammonia_live.txt", "sent three inspectors from St. John's", 3, OHS, "amm_opt_inspectors"),
    ("ammonia_live.txt", "Shane Bungay, 27", 27, BUNGAY, "amm_opt_age"),
    ("ammonia_live.txt", "runs two shifts in season", 2, O, "amm_opt_shifts"),
    ("ammonia_live.txt", "worked at Harbour Grey 31 years", 31, "reader BurinBoy_74", "amm_opt_reader"),
    ("ammonia_live.txt", "they had a leak in 2019 too", None, "reader BurinBoy_74", "amm_opt_reader"),
    ("ammonia_live.txt", "there were 40 cars on the road", 40, "reader Krista.P", "amm_opt_reader"),
    ("ammonia_live.txt", "12 patients came through our ER", 12, "reader nfld_nurse", "amm_opt_reader"),
    ("ammonia_wire.txt", "told residents farther out to stay indoors with their windows shut", None, RCMP,
     "amm_opt_shelter"),
    ("ammonia_wire.txt", "which runs from April to August", None, O, "amm_opt_season"),
    ("ammonia_broadcast.txt", "Liza Dela Cruz, 41", 41, "Liza Dela Cruz (wife of a worker)", "amm_opt_age2"),
    ("ammonia_local.txt", "four times what the company has said", 4, OHS, "amm_opt_restated_ratio"),
    ("ammonia_local.txt", "three seasons ago", 3, MANALO, "amm_opt_seasons"),
    ("ammonia_local.txt", "a vigil for the three dead", 3, UNIONCA, "amm_opt_restated_dead"),
    ("ammonia_local.txt", "gave that plant 28 years", 28, "reader Audrey Pike", "amm_opt_reader"),
    ("ammonia_local.txt", "told to leave at 11:30", None, "reader Cyril Banfield", "amm_opt_reader"),
    ("meteor_wire.txt", "none of them in a life-threatening condition", None, HEALTHKZ, "met_opt_condition"),
    ("meteor_wire.txt", "a city of about 250,000 people", 250000, O, "met_opt_population"),
    ("meteor_wire.txt", "some 260 km to the north-west", 260, O, "met_opt_chelyabinsk_distance"),
    ("meteor_live.txt", "about 150 people were injured", 150, MES, "met_opt_restated_injured"),
    ("meteor_live.txt", "broken windows in 1,240 buildings", 1240, AKIM, "met_opt_restated_buildings"),
    ("meteor_live.txt", "which has 180,000 subscribers", 180000, O, "met_opt_subscribers"),
    ("meteor_live.txt", "Nine of them remain in hospital", 9, HEALTHKZ, "met_opt_remain"),
    ("meteor_live.txt", "Schools across the city are closed today", None, O, "met_opt_closed_today"),
    ("meteor_live.txt", "lost 40 windows", 40, "reader aigul_kst", "met_opt_reader"),
    ("meteor_live.txt", "a stone of 200 grams", 200, "reader Denis.V", "met_opt_reader"),
    ("meteor_live.txt", "in Chelyabinsk it was 1,500 hurt", 1500, "reader steppe_watcher", "met_opt_reader"),
    ("meteor_broadcast.txt", "Olga Wiebe, 58", 58, "Olga Wiebe (Bielefeld, sister of a resident)", "met_opt_age"),
    ("meteor_broadcast.txt", "about 3,300 kilometres east of Berlin", 3300, O, "met_opt_berlin"),
    ("meteor_broadcast.txt", "around 14°C", 14, O, "met_opt_temperature"),
    ("meteor_broadcast.txt", "The akimat has moved lessons online", None, O, "met_opt_restated_online"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # ride
    "ride_dead": {("cp1", "cp2"): U, ("cp1", "park1"): CO, ("cp1", "cp3"): U, ("cp2", "cp2"): SC,
                  ("cp2", "park1"): C, ("cp2", "cp3"): U, ("park1", "cp3"): C},
    "ride_injured": {("cp14", "cruz20"): C, ("cp14", "park9"): C, ("cp14", "cp16"): U, ("cruz20", "park9"): C,
                     ("cruz20", "cp16"): C, ("park9", "cp16"): C},
    "ride_in_hospital": {("sal7", "sal4"): U},
    "ride_critical": {("sal3c", "hosp1c"): C},
    "ride_children": {("cp6", "sal9"): C},
    "ride_us_injured": {("cp3us", "cons2"): C},
    "ride_aboard": {("park18", "cp24"): C, ("park18", "salinas30"): C, ("park18", "park18"): SC,
                    ("cp24", "salinas30"): C},
    "ride_capacity": {("park40", "marcon32"): C},
    "ride_visitors": {("cp3500", "park2000"): C},
    "ride_time": {("cp720", "park745"): C, ("cp720", "cp720"): SC, ("cp720", "pena"): CO, ("cp720", "rosa7"): C,
                  ("park745", "pena"): C, ("park745", "rosa7"): C, ("pena", "rosa7"): C},
    "ride_height": {("cp15", "mendoza25"): C, ("cp15", "cp15"): SC, ("cp15", "park6"): C, ("mendoza25", "park6"): C},
    "ride_speed": {("cp95", "park70"): C},
    "ride_top_speed": {("outw110", "outb68"): CO},
    "ride_age": {("cp20y", "marcon2004"): CO, ("cp20y", "park2019"): C, ("marcon2004", "park2019"): C},
    "ride_cause": {("parkbolt", "cpfatigue"): C, ("parkbolt", "unionskip"): C, ("cpfatigue", "unionskip"): C},
    "ride_inspection": {("parkinsp", "cpnoinsp"): C},
    "ride_permit": {("parkpermits", "munexpired"): C},
    "ride_prior_fault": {("parknofault", "unioncrack"): C},
    "ride_warning": {("mendozagrind", "parksmooth"): C},
    "ride_closure": {("munordered", "parkvoluntary"): C},
    "ride_logbook": {("parkrecords", "fgelogbook"): C},
    "ride_insurance": {("park12m", "park12m"): SC},
    "ride_price": {("outw450", "outb26"): CO, ("outw450", "park380"): C, ("outb26", "park380"): C},
    "ride_distance": {("outw220", "outb135"): CO},
    "ride_sealed": {("cp11", "assoc4"): C},
    # ammonia
    "amm_dead": {("union3", "rcmp2"): C, ("union3", "hgs1"): C, ("union3", "rcmp3"): CO, ("rcmp1", "rcmp2"): U,
                 ("rcmp1", "hgs1"): CO, ("rcmp1", "rcmp3"): U, ("rcmp2", "rcmp2"): SC, ("rcmp2", "rcmp3"): U,
                 ("hgs1", "rcmp2"): C, ("hgs1", "rcmp3"): C},
    "amm_hospital": {("nlh23", "union40"): C, ("nlh23", "nlh26"): U, ("union40", "nlh26"): C},
    "amm_critical": {("nlh5", "nlh3"): U},
    "amm_checked_on_site": {("fire60", "hgs35"): C},
    "amm_filipinos_hurt": {("cons9", "dmw11"): C},
    "amm_filipino_workers": {("hgs48", "dmw71"): C},
    "amm_inside": {("union120", "hgs62"): C, ("union120", "rcmp90"): C, ("hgs62", "rcmp90"): C},
    "amm_jobs": {("outw250", "mayor400"): C},
    "amm_released": {("hgs900", "hgs900"): SC, ("hgs900", "ohs4000"): C},
    "amm_system": {("hgs5500", "ohs8t"): C},
    "amm_ppm": {("hgs25", "ohs300"): C},
    "amm_time": {("hgs1115", "rcmp1040"): C, ("hgs1115", "dmw910"): C, ("hgs1115", "manalo10"): C,
                 ("rcmp1040", "rcmp1040"): SC, ("rcmp1040", "dmw910"): CO, ("rcmp1040", "manalo10"): C,
                 ("dmw910", "manalo10"): C},
    "amm_radius": {("fire3", "rcmp15"): C, ("rcmp15", "rcmp15"): SC},
    "amm_evacuated": {("rcmp300", "mayor700"): C},
    "amm_shelter_lifted": {("rcmp6", "mayornoon"): C},
    "amm_cause": {("unionignored", "hgsvalve"): C, ("unionignored", "ohscut"): C, ("hgsvalve", "ohscut"): C},
    "amm_alarm": {("bungay", "hgsalarm"): C, ("bungay", "uniondet"): CO, ("hgsalarm", "uniondet"): C},
    "amm_masks": {("hgsresp", "manalo"): C},
    "amm_inspection": {("hgsmay", "ohs2023"): C},
    "amm_order": {("ohsstop", "hgspause"): C},
    "amm_aid": {("dmw100k", "dmw100k"): SC},
    "amm_fine": {("outwfine", "ohsfine"): CO},
    "amm_wind": {("fire5", "eccc20"): C},
    "amm_previous": {("union3rd", "hgsnever"): C},
    "amm_distance": {("outl300", "outw300"): CO},
    # meteor
    "met_injured": {("mes150", "mes214"): U, ("mes150", "health300"): C, ("mes214", "mes214"): SC,
                    ("health300", "mes214"): C},
    "met_sought_help": {("health500", "health1100"): U},
    "met_hospitalised": {("health31", "akim47"): C},
    "met_children": {("mes62", "edu88"): C},
    "met_deaths": {("mesnodead", "healthheart"): C},
    "met_buildings": {("akim1240", "mes3000"): C, ("akim1240", "akim1870"): U, ("mes3000", "akim1870"): C},
    "met_schools": {("edu17", "akim9"): C},
    "met_time": {("mes912", "bekov906"): C, ("mes912", "teacher930"): C, ("mes912", "mes912"): SC,
                 ("mes912", "esa612"): CO, ("bekov906", "esa612"): C, ("teacher930", "esa612"): C},
    "met_size": {("bekov12", "aero3"): C, ("bekov12", "nasa8"): C, ("aero3", "nasa8"): C},
    "met_energy": {("bekov250", "nasa90"): C},
    "met_speed": {("bekov19", "nasa152"): C, ("bekov19", "bekov19"): SC},
    "met_altitude": {("bekov30", "mes20"): C, ("bekov30", "nasa415"): C, ("mes20", "nasa415"): C},
    "met_fragments": {("pol14", "rauch60"): C},
    "met_largest": {("pol34", "rauch7"): C},
    "met_launch": {("aerono", "blogrocket"): C},
    "met_radiation": {("mesnormal", "blograd"): C},
    "met_warning": {("bekovspotted", "mesnoone"): C, ("bekovspotted", "nasanot"): C, ("mesnoone", "nasanot"): CO},
    "met_classes": {("akimorder", "eduministry"): C},
    "met_germans": {("akim3de", "aa2"): C},
    "met_damage": {("akim26", "akim39"): U, ("akim39", "akim39"): SC},
    "met_household_aid": {("akim150k", "akim150k"): SC},
    "met_airport": {("akimairport", "airportno"): C},
    "met_distance": {("outw580", "outl580"): CO, ("outw580", "outb580"): CO, ("outl580", "outb580"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
