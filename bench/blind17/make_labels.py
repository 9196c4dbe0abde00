"""Hand labels for bench/blind17 (gondola cabin falls at a Swiss ski resort, bird-flu culls on poultry farms
around Barneveld, explosion at a fireworks warehouse near Mexico City). Run from the project root:
    /work/venv/bin/python bench/blind17/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
POL = "Valais cantonal police (Markus Rieder)"
OP = "Mattenberg Bergbahnen, the gondola operator (Beat Imboden, Nadia Pfammatter)"
REGA = "Rega, Swiss air rescue service (Thomas Jenni)"
HOSP = "cantonal hospital in Sion"
FOT = "Federal Office of Transport (Claudia Baumann)"
METEO = "MeteoSwiss weather service"
MOSER = "Lukas Moser (skier, witness)"
BONVIN = "Monique Bonvin (restaurant owner, witness)"
EMP = "lift employee (anonymous)"

NVWA = "NVWA, Netherlands Food and Consumer Product Safety Authority (Inge Verhoef, Ruud Hoogendoorn)"
MIN = "Agriculture Minister Johan Lammers (agriculture ministry)"
POV = "Dutch Poultry Farmers' Association (Wim Schuurman)"
RIVM = "RIVM, National Institute for Public Health and the Environment"
WBVR = "Wageningen Bioveterinary Research laboratory"
VDIJK = "Gerrit van Dijk (poultry farmer)"
PACK = "local egg packers"

PC = "State of Mexico civil protection agency (Adriana Solís)"
FIS = "State of Mexico prosecutor's office (Héctor Villalobos)"
CR = "Mexican Red Cross"
ISEM = "State health institute ISEM"
MAYOR = "San Mateo Xalpan Mayor Rogelio Ibarra"
DEF = "Defense Department of Mexico"
IMEPI = "State of Mexico Pyrotechnics Institute, IMEPI (Sergio Carmona)"
HERN = "María Hernández (resident)"
ORTIZ = "Javier Ortiz (resident)"
RAMIREZ = "Lucía Ramírez (resident)"
RESCOM = "Barrio de La Cruz residents' committee (Guadalupe Rivas)"
LAWYER = "Mauricio Téllez (lawyer for the warehouse owners)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- gondola: cabin falls from the Hohwang gondola, Mattenberg, Valais, Sat 7 Feb 2026, 10:47 CET
    # wire (Reuters), Saturday
    ("gondola_wire.txt", "Three people", 3, POL, "gondola_dead", "pol3"),
    ("gondola_wire.txt", "five were injured", 5, POL, "gondola_injured", "pol5"),
    ("gondola_wire.txt", "eight-seat", 8, O, "gondola_capacity", "outcap8"),
    ("gondola_wire.txt", "eight people", 8, POL, "gondola_aboard", "pol8"),
    ("gondola_wire.txt", "10:47 a.m.", None, POL, "gondola_time", "pol1047"),
    ("gondola_wire.txt", "0947 GMT", None, POL, "gondola_time", "pol1047"),
    ("gondola_wire.txt", "about 40 metres", 40, POL, "gondola_height", "pol40"),
    ("gondola_wire.txt", "about 120 passengers", 120, OP, "gondola_stranded", "op120"),
    ("gondola_wire.txt", "by 4:30 p.m.", None, REGA, "gondola_evac_end", "rega1630"),
    ("gondola_wire.txt", "four helicopters", 4, POL, "gondola_helicopters", "pol4heli"),
    ("gondola_wire.txt", "more than 60 rescuers", 60, POL, "gondola_rescuers", "pol60resc"),
    ("gondola_wire.txt", "opened a criminal investigation", None, POL, "gondola_investigation", "polinv"),
    ("gondola_wire.txt", "in October 2025", None, FOT, "gondola_inspection", "fotoct"),
    ("gondola_wire.txt", "no defects had been found", None, FOT, "gondola_defects", "fotnodef"),
    ("gondola_wire.txt", "met all the requirements", None, FOT, "gondola_defects", "fotnodef"),
    ("gondola_wire.txt", "in 1997", None, O, "gondola_built", "out1997"),
    ("gondola_wire.txt", "42 million Swiss francs", 42000000, OP, "gondola_investment", "op42m"),
    ("gondola_wire.txt", "killing 14 people", 14, O, "gondola_mottarone", "outmot14"),
    # broadcaster (Channel 24 Europe), Saturday evening, times in GMT
    ("gondola_broadcast.txt", "09:47 GMT", None, POL, "gondola_time", "pol1047"),
    ("gondola_broadcast.txt", "10:47 CET", None, POL, "gondola_time", "pol1047"),
    ("gondola_broadcast.txt", "eight people", 8, POL, "gondola_aboard", "pol8"),
    ("gondola_broadcast.txt", "more than 60 metres", 60, MOSER, "gondola_height", "wit60"),
    ("gondola_broadcast.txt", "six or seven people", 6, MOSER, "gondola_aboard", "wit67"),
    ("gondola_broadcast.txt", "three people died", 3, POL, "gondola_dead", "pol3"),
    ("gondola_broadcast.txt", "at least three", 3, REGA, "gondola_dead", "rega3"),
    ("gondola_broadcast.txt", "two of the injured", 2, HOSP, "gondola_critical", "hosp2"),
    ("gondola_broadcast.txt", "more than 150 people", 150, REGA, "gondola_stranded", "rega150"),
    ("gondola_broadcast.txt", "15:30 GMT", None, REGA, "gondola_evac_end", "rega1630"),
    ("gondola_broadcast.txt", "Six helicopters", 6, REGA, "gondola_helicopters", "rega6"),
    ("gondola_broadcast.txt", "gusts of up to 95 km/h", 95, METEO, "gondola_wind", "meteo95"),
    ("gondola_broadcast.txt", "stopped twice that morning", None, EMP, "gondola_stops_morning", "empstop"),
    ("gondola_broadcast.txt", "around 6,000 skiers", 6000, OP, "gondola_skiers", "op6000"),
    ("gondola_broadcast.txt", "14 people died", 14, O, "gondola_mottarone", "outmot14b"),
    # local paper (The Valais Courier), Sunday
    ("gondola_local.txt", "bringing the toll to four", 4, POL, "gondola_dead", "pol4"),
    ("gondola_local.txt", "Four other passengers", 4, POL, "gondola_injured", "pol4inj"),
    ("gondola_local.txt", "one of them", 1, HOSP, "gondola_critical", "hosp1"),
    ("gondola_local.txt", "eight passengers", 8, OP, "gondola_aboard", "op8"),
    ("gondola_local.txt", "up to eight people", 8, OP, "gondola_capacity", "opcap8"),
    ("gondola_local.txt", "about 25 metres", 25, OP, "gondola_height", "op25"),
    ("gondola_local.txt", "The line ran normally all morning", None, OP, "gondola_stops_morning", "opnormal"),
    ("gondola_local.txt", "below 50 km/h", 50, OP, "gondola_wind", "op50"),
    ("gondola_local.txt", "inspected in October", None, OP, "gondola_inspection", "opoct"),
    ("gondola_local.txt", "around half past ten", None, BONVIN, "gondola_time", "wit1030"),
    ("gondola_local.txt", "156 people", 156, POL, "gondola_stranded", "pol156"),
    ("gondola_local.txt", "about 1,200 inhabitants", 1200, O, "gondola_population", "out1200"),
    ("gondola_local.txt", "since 1997", None, O, "gondola_built", "out1997b"),
    ("gondola_local.txt", "stay closed until further notice", None, OP, "gondola_closed", "opclosed"),
    # live blog (Alpine Live, CET), Saturday
    ("gondola_live.txt", "opened a criminal investigation", None, POL, "gondola_investigation", "polinv"),
    ("gondola_live.txt", "stay closed until further notice", None, OP, "gondola_closed", "opclosed"),
    ("gondola_live.txt", "about 120 people", 120, OP, "gondola_stranded", "op120"),
    ("gondola_live.txt", "16:30", None, REGA, "gondola_evac_end", "rega1630"),
    ("gondola_live.txt", "about 40 km/h", 40, OP, "gondola_wind", "op40"),
    ("gondola_live.txt", "three dead", 3, POL, "gondola_dead", "pol3"),
    ("gondola_live.txt", "three people have died", 3, POL, "gondola_dead", "pol3"),
    ("gondola_live.txt", "five injured", 5, POL, "gondola_injured", "pol5"),
    ("gondola_live.txt", "40 metres", 40, POL, "gondola_height", "pol40"),
    ("gondola_live.txt", "six helicopters", 6, REGA, "gondola_helicopters", "rega6"),
    ("gondola_live.txt", "two deaths", 2, POL, "gondola_dead", "pol2"),
    ("gondola_live.txt", "two people have died", 2, POL, "gondola_dead", "pol2"),
    ("gondola_live.txt", "10:47", None, POL, "gondola_time", "pol1047"),

    # ---------------- birdflu: H5N1 on poultry farms around Barneveld, the Netherlands, 10-14 Nov 2025
    # wire (AP), Tuesday
    ("birdflu_wire.txt", "about 210,000", 210000, NVWA, "birdflu_culled", "nv210"),
    ("birdflu_wire.txt", "five poultry farms", 5, NVWA, "birdflu_farms_culled", "nv5f"),
    ("birdflu_wire.txt", "three of them", 3, NVWA, "birdflu_farms_infected", "nv3"),
    ("birdflu_wire.txt", "three laying-hen farms", 3, NVWA, "birdflu_farms_infected", "nv3"),
    ("birdflu_wire.txt", "H5N1 strain", None, NVWA, "birdflu_strain", "nvh5"),
    ("birdflu_wire.txt", "About 150,000 hens", 150000, NVWA, "birdflu_culled_infected", "nv150"),
    ("birdflu_wire.txt", "about 60,000 birds", 60000, NVWA, "birdflu_culled_preventive", "nv60"),
    ("birdflu_wire.txt", "two neighbouring farms", 2, NVWA, "birdflu_farms_preventive", "nv2p"),
    ("birdflu_wire.txt", "on Saturday", None, NVWA, "birdflu_first_deaths", "nvsat"),
    ("birdflu_wire.txt", "on Sunday evening", None, NVWA, "birdflu_alerted", "nvsun"),
    ("birdflu_wire.txt", "on Monday", None, NVWA, "birdflu_confirmed", "nvmon"),
    ("birdflu_wire.txt", "72-hour", 72, MIN, "birdflu_transport_ban", "min72"),
    ("birdflu_wire.txt", "kept indoors", None, MIN, "birdflu_housing_order", "minindoors"),
    ("birdflu_wire.txt", "10-kilometre", 10, NVWA, "birdflu_zone_radius", "nv10"),
    ("birdflu_wire.txt", "62 poultry farms", 62, NVWA, "birdflu_zone_farms", "nv62"),
    ("birdflu_wire.txt", "about €6 million", 6000000, MIN, "birdflu_compensation", "min6m"),
    ("birdflu_wire.txt", "no human infections", None, RIVM, "birdflu_human", "rivmno"),
    ("birdflu_wire.txt", "about 30 million birds", 30000000, O, "birdflu_2003", "out30m"),
    # broadcaster (Holland World Service), Wednesday
    ("birdflu_broadcast.txt", "some 290,000", 290000, NVWA, "birdflu_culled", "nv290"),
    ("birdflu_broadcast.txt", "a fourth farm", 4, NVWA, "birdflu_farms_infected", "nv4"),
    ("birdflu_broadcast.txt", "35,000 chickens", 35000, NVWA, "birdflu_fourth_farm_size", "nv35k"),
    ("birdflu_broadcast.txt", "10-kilometre zone", 10, NVWA, "birdflu_zone_radius", "nv10"),
    ("birdflu_broadcast.txt", "62 farms", 62, NVWA, "birdflu_zone_farms", "nv62"),
    ("birdflu_broadcast.txt", "72 hours", 72, MIN, "birdflu_transport_ban", "min72"),
    ("birdflu_broadcast.txt", "by 48 hours", 48, MIN, "birdflu_ban_extension", "min48"),
    ("birdflu_broadcast.txt", "some 6 million euros", 6000000, MIN, "birdflu_compensation", "min6m"),
    ("birdflu_broadcast.txt", "also cover lost production", None, MIN, "birdflu_comp_scope", "minlost"),
    ("birdflu_broadcast.txt", "48,000 laying hens", 48000, VDIJK, "birdflu_vandijk_flock", "vd48k"),
    ("birdflu_broadcast.txt", "last Thursday", None, VDIJK, "birdflu_first_deaths", "vdthu"),
    ("birdflu_broadcast.txt", "30 dead hens", 30, VDIJK, "birdflu_early_deaths", "vd30"),
    ("birdflu_broadcast.txt", "more than 20 dead swans", 20, NVWA, "birdflu_swans", "nv20sw"),
    ("birdflu_broadcast.txt", "about 15 kilometres", 15, NVWA, "birdflu_swans_distance", "nv15km"),
    ("birdflu_broadcast.txt", "about 100 million chickens", 100000000, O, "birdflu_national_flock", "out100m"),
    ("birdflu_broadcast.txt", "some 30 million birds", 30000000, O, "birdflu_2003", "out30mb"),
    # local paper (The Valley Gazette), Friday
    ("birdflu_local.txt", "five poultry farms", 5, NVWA, "birdflu_farms_infected", "nv5"),
    ("birdflu_local.txt", "five infected farms", 5, NVWA, "birdflu_farms_infected", "nv5"),
    ("birdflu_local.txt", "346,000 birds", 346000, NVWA, "birdflu_culled", "nv346"),
    ("birdflu_local.txt", "nine farms", 9, NVWA, "birdflu_farms_culled", "nv9f"),
    ("birdflu_local.txt", "265,000", 265000, NVWA, "birdflu_culled_infected", "nv265"),
    ("birdflu_local.txt", "81,000", 81000, NVWA, "birdflu_culled_preventive", "nv81"),
    ("birdflu_local.txt", "four neighbouring farms", 4, NVWA, "birdflu_farms_preventive", "nv4p"),
    ("birdflu_local.txt", "H5N1 strain", None, WBVR, "birdflu_strain", "wbvrh5"),
    ("birdflu_local.txt", "Nearly 400,000 birds", 400000, POV, "birdflu_culled", "pov400"),
    ("birdflu_local.txt", "at least six farms", 6, POV, "birdflu_farms_infected", "pov6"),
    ("birdflu_local.txt", "at least €15 million", 15000000, POV, "birdflu_compensation", "pov15m"),
    ("birdflu_local.txt", "Farmers get nothing", None, POV, "birdflu_comp_scope", "povno"),
    ("birdflu_local.txt", "no cases in people", None, RIVM, "birdflu_human", "rivmno"),
    ("birdflu_local.txt", "About 40 cull workers", 40, RIVM, "birdflu_antivirals", "rivm40"),
    ("birdflu_local.txt", "10 km", 10, NVWA, "birdflu_zone_radius", "nv10"),
    ("birdflu_local.txt", "62 poultry farms", 62, NVWA, "birdflu_zone_farms", "nv62"),
    ("birdflu_local.txt", "at least 30 days", 30, NVWA, "birdflu_zone_duration", "nv30d"),
    ("birdflu_local.txt", "about 60,000 residents", 60000, O, "birdflu_town_population", "out60k"),
    ("birdflu_local.txt", "some 25,000 visitors", 25000, O, "birdflu_museum_visitors", "out25k"),
    ("birdflu_local.txt", "about 2.5 million eggs a week", 2500000, PACK, "birdflu_eggs_lost", "pack25m"),

    # ---------------- fireworks: warehouse explodes in San Mateo Xalpan, State of Mexico, Fri 19 Dec 2025,
    # 11:40 local time (UTC-6) = 17:40 GMT
    # wire (AP), Friday
    ("fireworks_wire.txt", "killing seven people", 7, PC, "fireworks_dead", "pc7"),
    ("fireworks_wire.txt", "seven bodies", 7, PC, "fireworks_dead", "pc7"),
    ("fireworks_wire.txt", "injuring 23", 23, CR, "fireworks_injured", "cr23"),
    ("fireworks_wire.txt", "23 people were injured", 23, CR, "fireworks_injured", "cr23"),
    ("fireworks_wire.txt", "11:40 a.m.", None, PC, "fireworks_time", "pc1140"),
    ("fireworks_wire.txt", "four of whom", 4, CR, "fireworks_serious", "cr4"),
    ("fireworks_wire.txt", "three explosions", 3, HERN, "fireworks_explosions", "wit3"),
    ("fireworks_wire.txt", "up to 500 metres", 500, PC, "fireworks_window_radius", "pc500"),
    ("fireworks_wire.txt", "about 300 residents", 300, PC, "fireworks_evacuated", "pc300"),
    ("fireworks_wire.txt", "about 40 homes", 40, MAYOR, "fireworks_homes_damaged", "may40"),
    ("fireworks_wire.txt", "had no valid permit", None, DEF, "fireworks_permit", "defno"),
    ("fireworks_wire.txt", "opened an investigation", None, FIS, "fireworks_investigation", "fisinv"),
    ("fireworks_wire.txt", "killed 42 people", 42, O, "fireworks_2016", "out42"),
    # broadcaster (World Report 24), Friday night, times in GMT
    ("fireworks_broadcast.txt", "Eight people", 8, FIS, "fireworks_dead", "fis8"),
    ("fireworks_broadcast.txt", "two of them children", 2, FIS, "fireworks_dead_children", "fis2ch"),
    ("fireworks_broadcast.txt", "17:40 GMT", None, PC, "fireworks_time", "pc1140"),
    ("fireworks_broadcast.txt", "11:40 local time", None, PC, "fireworks_time", "pc1140"),
    ("fireworks_broadcast.txt", "more than 30 people", 30, PC, "fireworks_injured", "pc30"),
    ("fireworks_broadcast.txt", "about 2 tonnes", 2, FIS, "fireworks_stored", "fis2t"),
    ("fireworks_broadcast.txt", "detained two people", 2, FIS, "fireworks_detained", "fis2"),
    ("fireworks_broadcast.txt", "more than a kilometre away", 1, RAMIREZ, "fireworks_window_radius", "wit1km"),
    ("fireworks_broadcast.txt", "About 250 firefighters", 250, PC, "fireworks_rescuers", "pc250"),
    ("fireworks_broadcast.txt", "more than 40 people", 40, O, "fireworks_2016", "out40"),
    ("fireworks_broadcast.txt", "about 20,000 people", 20000, IMEPI, "fireworks_industry_jobs", "imepi20kp"),
    # local paper (Valle de México Post), Saturday
    ("fireworks_local.txt", "rose to nine", 9, PC, "fireworks_dead", "pc9"),
    ("fireworks_local.txt", "two injured men", 2, PC, "fireworks_died_in_hospital", "pc2hosp"),
    ("fireworks_local.txt", "31 people", 31, ISEM, "fireworks_injured", "isem31"),
    ("fireworks_local.txt", "six of them", 6, ISEM, "fireworks_serious", "isem6"),
    ("fireworks_local.txt", "Three patients", 3, ISEM, "fireworks_burns_transferred", "isem3"),
    ("fireworks_local.txt", "62 homes", 62, PC, "fireworks_homes_damaged", "pc62"),
    ("fireworks_local.txt", "eight of them", 8, PC, "fireworks_homes_destroyed", "pc8"),
    ("fireworks_local.txt", "about 180 people", 180, PC, "fireworks_sheltered", "pc180"),
    ("fireworks_local.txt", "at least five blasts", 5, ORTIZ, "fireworks_explosions", "ort5"),
    ("fireworks_local.txt", "about 10:30 in the morning", None, ORTIZ, "fireworks_time", "ort1030"),
    ("fireworks_local.txt", "more than five tonnes", 5, IMEPI, "fireworks_stored", "imepi5t"),
    ("fireworks_local.txt", "up to 300 kilograms", 300, IMEPI, "fireworks_licensed_amount", "imepi300"),
    ("fireworks_local.txt", "expired in August", None, IMEPI, "fireworks_permit", "imepiexp"),
    ("fireworks_local.txt", "two men", 2, FIS, "fireworks_detained", "fis2"),
    ("fireworks_local.txt", "about 20,000 families", 20000, IMEPI, "fireworks_families", "imepi20kf"),
    ("fireworks_local.txt", "some 35,000 people", 35000, O, "fireworks_town_population", "out35k"),
    ("fireworks_local.txt", "about 400 registered workshops", 400, O, "fireworks_workshops", "out400"),
    ("fireworks_local.txt", "killed 24 people", 24, O, "fireworks_2018", "out24"),
    # live blog (Mexiquense Al Día, local time), Friday
    ("fireworks_live.txt", "at least 10", 10, MAYOR, "fireworks_dead", "may10"),
    ("fireworks_live.txt", "a dozen houses", 12, MAYOR, "fireworks_homes_destroyed", "may12"),
    ("fireworks_live.txt", "more than 100 houses", 100, RESCOM, "fireworks_homes_damaged", "res100"),
    ("fireworks_live.txt", "had all its permits in order", None, LAWYER, "fireworks_permit", "lawyes"),
    ("fireworks_live.txt", "two children", 2, FIS, "fireworks_dead_children", "fis2ch"),
    ("fireworks_live.txt", "two minors", 2, FIS, "fireworks_dead_children", "fis2ch"),
    ("fireworks_live.txt", "some two tonnes", 2, FIS, "fireworks_stored", "fis2t"),
    ("fireworks_live.txt", "rises to seven", 7, PC, "fireworks_dead", "pc7"),
    ("fireworks_live.txt", "seven people have died", 7, PC, "fireworks_dead", "pc7"),
    ("fireworks_live.txt", "More than 200 rescuers", 200, PC, "fireworks_rescuers", "pc200"),
    ("fireworks_live.txt", "About 300 people", 300, PC, "fireworks_evacuated", "pc300"),
    ("fireworks_live.txt", "at least 20 injured", 20, CR, "fireworks_injured", "cr20"),
    ("fireworks_live.txt", "at least 20 people", 20, CR, "fireworks_injured", "cr20"),
    ("fireworks_live.txt", "Five dead", 5, PC, "fireworks_dead", "pc5"),
    ("fireworks_live.txt", "five people were killed", 5, PC, "fireworks_dead", "pc5"),
    ("fireworks_live.txt", "at 11:40", None, PC, "fireworks_time", "pc1140"),
]

opt = [  # borderline figures: (file, value as written, number, claimant, fact of its own)
    ("gondola_wire.txt", "2,650 metres", 2650, O, "gondola_opt_ridge_altitude"),
    ("gondola_wire.txt", "May 2021", None, O, "gondola_opt_mottarone_date"),
    ("gondola_broadcast.txt", "almost five years", 5, O, "gondola_opt_years_since"),
    ("gondola_broadcast.txt", "May 2021", None, O, "gondola_opt_mottarone_date_b"),
    ("gondola_broadcast.txt", "has sent a team", None, O, "gondola_opt_stsb"),
    ("gondola_local.txt", "A fourth person", 4, POL, "gondola_opt_fourth_victim"),
    ("gondola_local.txt", "61-year-old", 61, POL, "gondola_opt_victim_age"),
    ("gondola_local.txt", "more than five hours", 5, POL, "gondola_opt_hours_waited"),
    ("gondola_live.txt", "dozens of rescuers", None, O, "gondola_opt_rescuers_pictured"),
    ("birdflu_wire.txt", "In 2003", None, O, "birdflu_opt_2003_date"),
    ("birdflu_wire.txt", "death of a veterinarian", None, O, "birdflu_opt_2003_vet"),
    ("birdflu_wire.txt", "since 2021", None, O, "birdflu_opt_since_2021"),
    ("birdflu_wire.txt", "risk to the public remained low", None, RIVM, "birdflu_opt_public_risk"),
    ("birdflu_broadcast.txt", "two days before", 2, O, "birdflu_opt_two_days"),
    ("birdflu_broadcast.txt", "hundreds", None, VDIJK, "birdflu_opt_hundreds"),
    ("birdflu_broadcast.txt", "stood by its timeline", None, NVWA, "birdflu_opt_timeline"),
    ("birdflu_broadcast.txt", "in 2003", None, O, "birdflu_opt_2003_date_b"),
    ("birdflu_local.txt", "cleared on Thursday", None, NVWA, "birdflu_opt_cleared"),
    ("birdflu_local.txt", "since Monday", None, NVWA, "birdflu_opt_since_monday"),
    ("fireworks_wire.txt", "Most had burns", None, CR, "fireworks_opt_burns"),
    ("fireworks_wire.txt", "two streets away", 2, HERN, "fireworks_opt_streets"),
    ("fireworks_wire.txt", "In December 2016", None, O, "fireworks_opt_2016_date"),
    ("fireworks_broadcast.txt", "a week before Christmas", None, O, "fireworks_opt_week"),
    ("fireworks_broadcast.txt", "in December 2016", None, O, "fireworks_opt_2016_date_b"),
    ("fireworks_local.txt", "Javier Ortiz, 54", 54, O, "fireworks_opt_age"),
    ("fireworks_local.txt", "on Monday", None, FIS, "fireworks_opt_court_date"),
    ("fireworks_local.txt", "July 2018", None, O, "fireworks_opt_2018_date"),
    ("fireworks_live.txt", "still people under the rubble", None, MAYOR, "fireworks_opt_under_rubble"),
    ("fireworks_live.txt", "3 blocks away", 3, "reader comment", "fireworks_opt_comment_blocks"),
    ("fireworks_live.txt", "24 dead", 24, "reader comment", "fireworks_opt_comment_2018"),
]

REL = {
    # gondola (arithmetic: police 8 aboard = 3 dead + 5 injured on Saturday, 4 + 4 on Sunday;
    # 10:47 CET = 09:47 GMT, 16:30 CET = 15:30 GMT)
    "gondola_dead": {("pol3", "pol3"): SC, ("pol3", "pol4"): U, ("pol2", "pol3"): U, ("pol2", "pol4"): U,
                     ("rega3", "pol3"): CO, ("rega3", "pol4"): CO, ("rega3", "pol2"): C},
    "gondola_injured": {("pol5", "pol5"): SC, ("pol5", "pol4inj"): U},
    "gondola_critical": {("hosp2", "hosp1"): U},
    "gondola_aboard": {("pol8", "pol8"): SC, ("pol8", "op8"): CO, ("pol8", "wit67"): C, ("wit67", "op8"): C},
    "gondola_capacity": {("outcap8", "opcap8"): CO},
    "gondola_time": {("pol1047", "pol1047"): SC, ("pol1047", "wit1030"): C},
    "gondola_height": {("pol40", "pol40"): SC, ("pol40", "wit60"): C, ("pol40", "op25"): C, ("wit60", "op25"): C},
    "gondola_stranded": {("op120", "op120"): SC, ("op120", "rega150"): C, ("op120", "pol156"): C,
                         ("rega150", "pol156"): CO},
    "gondola_evac_end": {("rega1630", "rega1630"): SC},
    "gondola_helicopters": {("pol4heli", "rega6"): C, ("rega6", "rega6"): SC},
    "gondola_wind": {("meteo95", "op50"): C, ("meteo95", "op40"): C, ("op50", "op40"): SC},
    "gondola_stops_morning": {("empstop", "opnormal"): C},
    "gondola_inspection": {("fotoct", "opoct"): CO},
    "gondola_built": {("out1997", "out1997b"): CO},
    "gondola_mottarone": {("outmot14", "outmot14b"): CO},
    "gondola_investigation": {("polinv", "polinv"): SC},
    "gondola_closed": {("opclosed", "opclosed"): SC},
    # birdflu (arithmetic: NVWA Tuesday 150,000 + 60,000 = 210,000 birds at 3 infected + 2 neighbouring = 5 farms;
    # Friday 265,000 + 81,000 = 346,000 at 5 + 4 = 9 farms)
    "birdflu_culled": {("nv210", "nv290"): U, ("nv210", "nv346"): U, ("nv290", "nv346"): U,
                       ("nv210", "pov400"): C, ("nv290", "pov400"): C},
    "birdflu_farms_infected": {("nv3", "nv4"): U, ("nv3", "nv5"): U, ("nv4", "nv5"): U,
                               ("nv3", "pov6"): C, ("nv4", "pov6"): C},
    "birdflu_farms_culled": {("nv5f", "nv9f"): U},
    "birdflu_farms_preventive": {("nv2p", "nv4p"): U},
    "birdflu_culled_infected": {("nv150", "nv265"): U},
    "birdflu_culled_preventive": {("nv60", "nv81"): U},
    "birdflu_strain": {("nvh5", "wbvrh5"): CO},
    "birdflu_first_deaths": {("nvsat", "vdthu"): C},
    "birdflu_transport_ban": {("min72", "min72"): SC},
    "birdflu_zone_radius": {("nv10", "nv10"): SC},
    "birdflu_zone_farms": {("nv62", "nv62"): SC},
    "birdflu_compensation": {("min6m", "min6m"): SC, ("min6m", "pov15m"): C},
    "birdflu_comp_scope": {("minlost", "povno"): C},
    "birdflu_human": {("rivmno", "rivmno"): SC},
    "birdflu_2003": {("out30m", "out30mb"): CO},
    # fireworks (arithmetic: civil protection 7 dead on Friday + 2 injured men died in hospital = 9 on Saturday;
    # 11:40 local time (UTC-6) = 17:40 GMT)
    "fireworks_dead": {("pc7", "pc7"): SC, ("pc7", "fis8"): C, ("pc7", "pc9"): U, ("pc5", "pc7"): U,
                       ("pc7", "may10"): C, ("fis8", "pc9"): C, ("pc5", "fis8"): C, ("fis8", "may10"): C,
                       ("pc5", "pc9"): U, ("pc9", "may10"): C},
    "fireworks_dead_children": {("fis2ch", "fis2ch"): SC},
    "fireworks_injured": {("cr23", "pc30"): C, ("cr23", "isem31"): C, ("cr23", "cr20"): U,
                          ("pc30", "isem31"): CO, ("pc30", "cr20"): CO, ("isem31", "cr20"): CO},
    "fireworks_serious": {("cr4", "isem6"): C},
    "fireworks_time": {("pc1140", "pc1140"): SC, ("pc1140", "ort1030"): C},
    "fireworks_explosions": {("wit3", "ort5"): C},
    "fireworks_window_radius": {("pc500", "wit1km"): C},
    "fireworks_evacuated": {("pc300", "pc300"): SC},
    "fireworks_homes_damaged": {("may40", "pc62"): C, ("may40", "res100"): C, ("pc62", "res100"): C},
    "fireworks_homes_destroyed": {("pc8", "may12"): C},
    "fireworks_permit": {("defno", "imepiexp"): CO, ("defno", "lawyes"): C, ("imepiexp", "lawyes"): C},
    "fireworks_stored": {("fis2t", "fis2t"): SC, ("fis2t", "imepi5t"): C},
    "fireworks_detained": {("fis2", "fis2"): SC},
    "fireworks_rescuers": {("pc250", "pc200"): [CO, U]},
    "fireworks_2016": {("out42", "out40"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
