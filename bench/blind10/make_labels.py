"""Hand labels for bench/blind10 (bus plunging into a gorge in western Nepal, avalanche at a Swiss ski
resort, mass food poisoning at a Kenyan girls' boarding school). Run from the project root:
    /work/venv/bin/python bench/blind10/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
POL = "Kalikot District Police Office (DSP Ramesh Bahadur Thapa)"
CDO = "Chief District Officer of Kalikot, Bishnu Prasad Lamsal"
MOHA = "Ministry of Home Affairs (Narayan Bhandari)"
NRCS = "Nepal Red Cross Society, Kalikot chapter (Sabina Oli)"
KPH = "Karnali Province Hospital (Dr Kiran Bista)"
ARMY = "Nepal Army"
APF = "Armed Police Force (Hem Raj Bohara)"
OWNER = "Himal Karnali Yatayat, bus company (Gopal Malla)"
COND = "Prem Rawal (bus conductor)"
SHAHI = "Dil Bahadur Shahi (passenger)"
TMO = "transport management office in Surkhet"
NPOL = "Nepal Police"
PROV = "Karnali provincial government"

VPOL = "Valais cantonal police (Jean-Marc Sierro)"
OCVS = "OCVS, cantonal rescue organisation"
SLF = "WSL Institute for Snow and Avalanche Research SLF (Martin Keller)"
OP = "Remontées Mécaniques de Plan-Sevey, lift company (Laurent Fournier)"
AA = "German Foreign Office"
VHOSP = "Valais Hospital in Sion"
PRALONG = "Yannick Pralong (ski instructor)"
MAYOR = "Plan-Sevey mayor Christophe Dayer"

CTY = "Kakamega County health executive Dr Benson Wekesa"
MOH = "Ministry of Health (Dr Wanjiru Kariuki)"
KHOSP = "Kakamega County General Teaching and Referral Hospital (Dr Alice Muhonja)"
KRCS = "Kenya Red Cross"
PRIN = "principal Rose Akinyi"
KPOL = "Kakamega County police commander Joseph Kiprono"
NPHL = "National Public Health Laboratory"
MOE = "Ministry of Education"
PARENT = "John Shikuku (parents' association)"
STUD = "Form Three student"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- bus: bus plunges into a gorge on the Karnali Highway, Kalikot, Nepal (17-18 October 2026)
    # wire (Reuters), Saturday
    ("bus_wire.txt", "at least 18", 18, POL, "bus_dead", "pol18"),
    ("bus_wire.txt", "27 injured", 27, POL, "bus_injured", "pol27"),
    ("bus_wire.txt", "around 6:30 a.m.", None, POL, "bus_time", "pol630"),
    ("bus_wire.txt", "about 300 metres", 300, POL, "bus_fall", "pol300"),
    ("bus_wire.txt", "travelling at high speed", None, POL, "bus_speed", "polfast"),
    ("bus_wire.txt", "about 45", 45, POL, "bus_aboard", "pol45"),
    ("bus_wire.txt", "Seven", 7, ARMY, "bus_airlifted", "army7"),
    ("bus_wire.txt", "39-seat", 39, O, "bus_seats", "out39"),
    ("bus_wire.txt", "More than 2,300", 2300, NPOL, "bus_road_deaths_year", "npol2300"),
    ("bus_wire.txt", "at least 28", 28, O, "bus_mugu_toll", "outmugu28"),
    # broadcaster (APB News), Saturday evening
    ("bus_broadcast.txt", "Twenty-two", 22, POL, "bus_dead", "pol22"),
    ("bus_broadcast.txt", "two passengers", 2, POL, "bus_missing", "pol2"),
    ("bus_broadcast.txt", "25 people", 25, POL, "bus_injured", "pol25"),
    ("bus_broadcast.txt", "49 people", 49, POL, "bus_aboard", "pol49"),
    ("bus_broadcast.txt", "23 deaths", 23, CDO, "bus_dead", "cdo23"),
    ("bus_broadcast.txt", "00:45 GMT", None, CDO, "bus_time", "cdo630"),
    ("bus_broadcast.txt", "some 150 metres", 150, APF, "bus_fall", "apf150"),
    ("bus_broadcast.txt", "Eight", 8, POL, "bus_airlifted", "pol8"),
    ("bus_broadcast.txt", "19 patients", 19, KPH, "bus_hospital_intake", "hosp19"),
    ("bus_broadcast.txt", "no more than 39", 39, OWNER, "bus_aboard", "own39"),
    ("bus_broadcast.txt", "was not speeding", None, OWNER, "bus_speed", "ownno"),
    ("bus_broadcast.txt", "at 4am", None, OWNER, "bus_departure_time", "own4"),
    ("bus_broadcast.txt", "100,000 rupees", 100000, MOHA, "bus_compensation", "moha100k"),
    # local paper (The Karnali Post), Sunday
    ("bus_local.txt", "24 people", 24, POL, "bus_dead", "pol24"),
    ("bus_local.txt", "No passenger remains unaccounted for", None, POL, "bus_missing", "pol0"),
    ("bus_local.txt", "25 injured", 25, POL, "bus_injured", "pol25"),
    ("bus_local.txt", "four children", 4, POL, "bus_dead_children", "pol4"),
    ("bus_local.txt", "twenty-four", 24, CDO, "bus_dead", "cdo24"),
    ("bus_local.txt", "300-metre", 300, O, "bus_fall", "out300"),
    ("bus_local.txt", "49 people", 49, POL, "bus_aboard", "pol49"),
    ("bus_local.txt", "52 people", 52, COND, "bus_aboard", "cond52"),
    ("bus_local.txt", "around 3am", None, COND, "bus_departure_time", "cond3"),
    ("bus_local.txt", "39 seats", 39, TMO, "bus_seats", "tmo39"),
    ("bus_local.txt", "around 5.30 in the morning", None, SHAHI, "bus_time", "shahi530"),
    ("bus_local.txt", "going very fast", None, SHAHI, "bus_speed", "shahifast"),
    ("bus_local.txt", "19 of the injured", 19, KPH, "bus_hospital_intake", "hosp19"),
    ("bus_local.txt", "11 had been sent home", 11, KPH, "bus_discharged", "hosp11"),
    ("bus_local.txt", "Rs 50,000", 50000, PROV, "bus_provincial_relief", "prov50k"),
    ("bus_local.txt", "32 people", 32, O, "bus_mugu_toll", "outmugu32"),
    # live blog (Nepal Now), Saturday, newest first
    ("bus_live.txt", "Rs 100,000", 100000, MOHA, "bus_compensation", "moha100k"),
    ("bus_live.txt", "22 people", 22, POL, "bus_dead", "pol22"),
    ("bus_live.txt", "Two passengers", 2, POL, "bus_missing", "pol2"),
    ("bus_live.txt", "more than 30", 30, NRCS, "bus_injured", "nrcs30"),
    ("bus_live.txt", "at least five", 5, NRCS, "bus_missing", "nrcs5"),
    ("bus_live.txt", "more than 50 people", 50, NRCS, "bus_aboard", "nrcs50"),
    ("bus_live.txt", "Three children", 3, NRCS, "bus_dead_children", "nrcs3"),
    ("bus_live.txt", "At least 20", 20, MOHA, "bus_dead", "moha20"),
    ("bus_live.txt", "7 injured", 7, ARMY, "bus_airlifted", "army7"),
    ("bus_live.txt", "18 dead", 18, POL, "bus_dead", "pol18"),
    ("bus_live.txt", "27 injured", 27, POL, "bus_injured", "pol27"),
    ("bus_live.txt", "at least 12 bodies", 12, POL, "bus_dead", "pol12"),

    # ---------------- avalanche: avalanche at the Plan-Sevey ski resort, Valais, Switzerland (1-2 February 2026)
    # wire (AFP), Sunday afternoon
    ("avalanche_wire.txt", "Three people", 3, VPOL, "ava_dead", "pol3"),
    ("avalanche_wire.txt", "five were injured", 5, VPOL, "ava_injured", "polinj5"),
    ("avalanche_wire.txt", "at least two", 2, VPOL, "ava_missing", "pol2m"),
    ("avalanche_wire.txt", "about 11.20am", None, VPOL, "ava_time", "pol1120"),
    ("avalanche_wire.txt", "about a dozen", 12, VPOL, "ava_caught", "pol12"),
    ("avalanche_wire.txt", "skiing off-piste", None, VPOL, "ava_offpiste", "poloff"),
    ("avalanche_wire.txt", "about 300 metres wide", 300, VPOL, "ava_width", "pol300w"),
    ("avalanche_wire.txt", "two German nationals", 2, VPOL, "ava_dead_germans", "pol2de"),
    ("avalanche_wire.txt", "five helicopters", 5, OCVS, "ava_helicopters", "ocvs5h"),
    ("avalanche_wire.txt", "4 on a five-level scale", 4, SLF, "ava_danger", "slf4"),
    ("avalanche_wire.txt", "Around 20", 20, SLF, "ava_year_toll", "slf20"),
    # broadcaster (ARTV), Sunday evening
    ("avalanche_broadcast.txt", "Four people", 4, VPOL, "ava_dead", "pol4"),
    ("avalanche_broadcast.txt", "one person", 1, VPOL, "ava_missing", "pol1m"),
    ("avalanche_broadcast.txt", "More than 80 rescuers", 80, VPOL, "ava_rescuers", "pol80"),
    ("avalanche_broadcast.txt", "eight skiers", 8, OP, "ava_caught", "op8"),
    ("avalanche_broadcast.txt", "had left the marked slopes", None, OP, "ava_offpiste", "opoff"),
    ("avalanche_broadcast.txt", "level 3", 3, OP, "ava_danger", "op3"),
    ("avalanche_broadcast.txt", "shortly after 11am", None, OP, "ava_time", "op11"),
    ("avalanche_broadcast.txt", "will reopen on Tuesday", None, OP, "ava_reopen", "optue"),
    ("avalanche_broadcast.txt", "three German citizens", 3, AA, "ava_dead_germans", "aa3de"),
    ("avalanche_broadcast.txt", "three patients", 3, VHOSP, "ava_hospital", "hosp3"),
    ("avalanche_broadcast.txt", "a dozen people", 12, O, "ava_evolene_toll", "outevo12b"),
    # live blog (The Alpine Times, times in GMT), Sunday, newest first
    ("avalanche_live.txt", "4 dead", 4, VPOL, "ava_dead", "pol4"),
    ("avalanche_live.txt", "six injured", 6, OCVS, "ava_injured", "ocvs6"),
    ("avalanche_live.txt", "at least five", 5, OCVS, "ava_dead", "ocvs5"),
    ("avalanche_live.txt", "level 4", 4, SLF, "ava_danger", "slf4"),
    ("avalanche_live.txt", "some 200 metres wide", 200, SLF, "ava_width", "slf200w"),
    ("avalanche_live.txt", "14th avalanche death", 14, SLF, "ava_season_toll", "slf14"),
    ("avalanche_live.txt", "ten people", 10, VPOL, "ava_caught", "pol10"),
    ("avalanche_live.txt", "More than 80 rescuers", 80, VPOL, "ava_rescuers", "pol80"),
    ("avalanche_live.txt", "three dead", 3, VPOL, "ava_dead", "pol3"),
    ("avalanche_live.txt", "10:20 GMT", None, VPOL, "ava_time", "pol1120"),
    # local paper (Valais Herald, English edition), Monday
    ("avalanche_local.txt", "ten skiers", 10, VPOL, "ava_caught", "pol10"),
    ("avalanche_local.txt", "four died", 4, VPOL, "ava_dead", "pol4"),
    ("avalanche_local.txt", "five were injured", 5, VPOL, "ava_injured", "polinj5"),
    ("avalanche_local.txt", "one is still missing", 1, VPOL, "ava_missing", "pol1m"),
    ("avalanche_local.txt", "Four helicopters", 4, VPOL, "ava_helicopters", "pol4h"),
    ("avalanche_local.txt", "Three of the injured", 3, VHOSP, "ava_hospital", "hosp3"),
    ("avalanche_local.txt", "They were on the piste", None, PRALONG, "ava_offpiste", "witon"),
    ("avalanche_local.txt", "at least 15", 15, PRALONG, "ava_caught", "wit15"),
    ("avalanche_local.txt", "around 1pm", None, PRALONG, "ava_time", "wit1"),
    ("avalanche_local.txt", "remain closed until further notice", None, MAYOR, "ava_reopen", "mayorno"),
    ("avalanche_local.txt", "an average of 20", 20, SLF, "ava_year_toll", "slf20"),
    ("avalanche_local.txt", "12 people", 12, O, "ava_evolene_toll", "outevo12"),

    # ---------------- poisoning: mass food poisoning at Lurambi Hills Girls' High School, Kakamega, Kenya (10-13 March 2026)
    # wire (AP), Wednesday
    ("poisoning_wire.txt", "More than 300", 300, CTY, "pois_sick", "cty300"),
    ("poisoning_wire.txt", "one student", 1, CTY, "pois_dead", "cty1"),
    ("poisoning_wire.txt", "around 11 p.m.", None, CTY, "pois_onset", "cty11"),
    ("poisoning_wire.txt", "contaminated water from the school's borehole", None, CTY, "pois_cause", "ctywater"),
    ("poisoning_wire.txt", "about 1,400 students", 1400, CTY, "pois_enrolment", "cty1400"),
    ("poisoning_wire.txt", "127 students", 127, KHOSP, "pois_admitted", "hosp127"),
    ("poisoning_wire.txt", "six were in critical condition", 6, KHOSP, "pois_critical", "hosp6"),
    ("poisoning_wire.txt", "closed for two weeks", None, CTY, "pois_closure", "cty2w"),
    ("poisoning_wire.txt", "At least 17 schools", 17, MOE, "pois_school_outbreaks", "moe17"),
    # broadcaster (PABS News), Wednesday evening
    ("poisoning_broadcast.txt", "two students", 2, KHOSP, "pois_dead", "hosp2"),
    ("poisoning_broadcast.txt", "no student has lost her life", None, MOH, "pois_dead", "moh0"),
    ("poisoning_broadcast.txt", "about 250", 250, MOH, "pois_sick", "moh250"),
    ("poisoning_broadcast.txt", "more than 300 girls", 300, CTY, "pois_sick", "cty300"),
    ("poisoning_broadcast.txt", "Four of them", 4, CTY, "pois_critical", "cty4"),
    ("poisoning_broadcast.txt", "20:00 GMT", None, CTY, "pois_onset", "cty11"),
    ("poisoning_broadcast.txt", "About 60 girls", 60, PRIN, "pois_sick", "prin60"),
    ("poisoning_broadcast.txt", "The food served was safe", None, PRIN, "pois_cause", "prinsafe"),
    ("poisoning_broadcast.txt", "1,450 students", 1450, PRIN, "pois_enrolment", "prin1450"),
    ("poisoning_broadcast.txt", "never received any complaint", None, PRIN, "pois_complaints", "prinno"),
    ("poisoning_broadcast.txt", "three kitchen staff", 3, KPOL, "pois_arrests", "pol3k"),
    # local paper (The Western Echo), Friday
    ("poisoning_local.txt", "salmonella in the beef stew", None, NPHL, "pois_cause", "nphlstew"),
    ("poisoning_local.txt", "412", 412, CTY, "pois_sick", "cty412"),
    ("poisoning_local.txt", "nearly 400", 400, KRCS, "pois_sick", "krcs400"),
    ("poisoning_local.txt", "two", 2, CTY, "pois_dead", "cty2"),
    ("poisoning_local.txt", "158 students", 158, KHOSP, "pois_admitted", "hosp158"),
    ("poisoning_local.txt", "96 had been discharged", 96, KHOSP, "pois_discharged", "hosp96"),
    ("poisoning_local.txt", "around 2 a.m.", None, STUD, "pois_onset", "stud2"),
    ("poisoning_local.txt", "four kitchen workers", 4, KPOL, "pois_arrests", "pol4k"),
    ("poisoning_local.txt", "closed indefinitely", None, MOE, "pois_closure", "moeindef"),
    ("poisoning_local.txt", "17 schools", 17, MOE, "pois_school_outbreaks", "moe17"),
    ("poisoning_local.txt", "complained about the food for months", None, PARENT, "pois_complaints", "parentyes"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("bus_wire.txt", "hundreds of thousands", None, O, "bus_opt_festival_travellers"),
    ("bus_wire.txt", "In 2021", None, O, "bus_opt_mugu_year"),
    ("bus_local.txt", "since 2021", None, O, "bus_opt_mugu_year"),
    ("bus_wire.txt", "The driver was among the dead", None, POL, "bus_opt_driver_dead"),
    ("bus_live.txt", "The driver is among the dead", None, POL, "bus_opt_driver_dead"),
    ("bus_wire.txt", "A crowded bus", None, O, "bus_opt_crowded"),
    ("bus_broadcast.txt", "an overcrowded bus", None, O, "bus_opt_crowded"),
    ("bus_broadcast.txt", "three of them needing surgery", 3, KPH, "bus_opt_surgery"),
    ("bus_broadcast.txt", "15 years' experience", 15, OWNER, "bus_opt_driver_experience"),
    ("bus_local.txt", "last two passengers", 2, POL, "bus_opt_last_missing"),
    ("bus_local.txt", "34", 34, O, "bus_opt_age"),
    ("bus_live.txt", "55 people", 55, "reader Bikram_K", "bus_opt_reader"),
    ("bus_live.txt", "14 hours", 14, "reader sita.bhandari", "bus_opt_reader"),
    ("avalanche_wire.txt", "most of them off-piste skiers", None, SLF, "ava_opt_victims"),
    ("avalanche_broadcast.txt", "none of them in a life-threatening condition", None, VHOSP, "ava_opt_condition"),
    ("avalanche_broadcast.txt", "February 1999", None, O, "ava_opt_evolene_year"),
    ("avalanche_local.txt", "in 1999", None, O, "ava_opt_evolene_year"),
    ("avalanche_live.txt", "3 of my mates", 3, "reader PowderHound88", "ava_opt_reader"),
    ("avalanche_live.txt", "at least 20 skiers", 20, "reader Marianne V.", "ava_opt_reader"),
    ("poisoning_broadcast.txt", "most had mild symptoms", None, MOH, "pois_opt_mild"),
    ("poisoning_broadcast.txt", "most of them are back in their dormitories", None, PRIN, "pois_opt_mild"),
    ("poisoning_local.txt", "Nobody came", None, STUD, "pois_opt_nobody_came"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # bus (police: 12 -> 18 -> 22 -> 24 dead; CDO 23 -> 24; 45 aboard = 18 + 27 at noon, 49 = 22 + 25 + 2 missing, later 24 + 25)
    "bus_dead": {("pol12", "pol18"): U, ("pol12", "pol22"): U, ("pol12", "cdo23"): CO, ("pol12", "pol24"): U,
                 ("pol12", "cdo24"): CO, ("pol18", "pol18"): SC, ("pol18", "pol22"): U, ("pol18", "cdo23"): CO,
                 ("pol18", "moha20"): CO, ("pol18", "pol24"): U, ("pol18", "cdo24"): CO, ("pol22", "pol22"): SC,
                 ("pol22", "moha20"): CO, ("pol22", "cdo23"): C, ("pol22", "pol24"): U, ("pol22", "cdo24"): C,
                 ("cdo23", "moha20"): CO, ("cdo23", "pol24"): C, ("cdo23", "cdo24"): U, ("moha20", "pol24"): CO,
                 ("moha20", "cdo24"): CO},
    "bus_injured": {("pol27", "pol27"): SC, ("pol27", "pol25"): U, ("pol27", "nrcs30"): C, ("pol25", "pol25"): SC,
                    ("pol25", "nrcs30"): C},
    "bus_missing": {("pol2", "pol2"): SC, ("pol2", "nrcs5"): C, ("pol2", "pol0"): U, ("nrcs5", "pol0"): C},
    "bus_aboard": {("pol45", "pol49"): U, ("pol45", "own39"): C, ("pol45", "cond52"): C, ("pol45", "nrcs50"): C,
                   ("pol49", "pol49"): SC, ("pol49", "cond52"): C, ("pol49", "nrcs50"): C, ("own39", "pol49"): C,
                   ("own39", "cond52"): C, ("own39", "nrcs50"): C, ("cond52", "nrcs50"): CO},
    "bus_seats": {("out39", "tmo39"): CO},
    "bus_fall": {("pol300", "apf150"): C, ("pol300", "out300"): CO, ("apf150", "out300"): C},
    "bus_time": {("pol630", "cdo630"): CO, ("pol630", "shahi530"): C, ("cdo630", "shahi530"): C},
    "bus_speed": {("polfast", "ownno"): C, ("polfast", "shahifast"): CO, ("ownno", "shahifast"): C},
    "bus_airlifted": {("army7", "army7"): SC, ("army7", "pol8"): C},
    "bus_hospital_intake": {("hosp19", "hosp19"): SC},
    "bus_dead_children": {("pol4", "nrcs3"): C},
    "bus_mugu_toll": {("outmugu28", "outmugu32"): CO},
    "bus_compensation": {("moha100k", "moha100k"): SC},
    "bus_departure_time": {("own4", "cond3"): C},
    # avalanche (police: 3 -> 4 dead, about a dozen -> ten caught, at least two -> one missing; ten = 4 + 5 + 1)
    "ava_dead": {("pol3", "pol3"): SC, ("pol3", "pol4"): U, ("pol4", "pol4"): SC, ("pol3", "ocvs5"): C,
                 ("pol4", "ocvs5"): C},
    "ava_caught": {("pol12", "op8"): C, ("pol12", "pol10"): U, ("pol12", "wit15"): C, ("op8", "pol10"): C,
                   ("op8", "wit15"): C, ("pol10", "pol10"): SC, ("pol10", "wit15"): C},
    "ava_injured": {("polinj5", "polinj5"): SC, ("polinj5", "ocvs6"): C},
    "ava_hospital": {("hosp3", "hosp3"): SC},
    "ava_missing": {("pol2m", "pol1m"): U, ("pol1m", "pol1m"): SC},
    "ava_time": {("pol1120", "pol1120"): SC, ("pol1120", "op11"): CO, ("pol1120", "wit1"): C, ("op11", "wit1"): C},
    "ava_danger": {("slf4", "slf4"): SC, ("slf4", "op3"): C},
    "ava_offpiste": {("poloff", "opoff"): CO, ("poloff", "witon"): C, ("opoff", "witon"): C},
    "ava_width": {("pol300w", "slf200w"): C},
    "ava_dead_germans": {("pol2de", "aa3de"): C},
    "ava_helicopters": {("ocvs5h", "pol4h"): C},
    "ava_rescuers": {("pol80", "pol80"): SC},
    "ava_year_toll": {("slf20", "slf20"): SC},
    "ava_evolene_toll": {("outevo12b", "outevo12"): CO},
    "ava_reopen": {("optue", "mayorno"): C},
    # poisoning (county: more than 300 -> 412 ill, one -> two dead; hospital 127 -> 158 admitted)
    "pois_sick": {("cty300", "cty300"): SC, ("cty300", "moh250"): C, ("cty300", "prin60"): C, ("cty300", "cty412"): U,
                  ("cty300", "krcs400"): CO, ("moh250", "cty412"): C, ("moh250", "krcs400"): C,
                  ("prin60", "cty412"): C, ("prin60", "krcs400"): C},
    "pois_dead": {("cty1", "hosp2"): C, ("cty1", "moh0"): C, ("cty1", "cty2"): U, ("hosp2", "cty2"): CO,
                  ("moh0", "cty2"): C},
    "pois_onset": {("cty11", "cty11"): SC, ("cty11", "stud2"): C},
    "pois_cause": {("ctywater", "prinsafe"): CO, ("ctywater", "nphlstew"): C, ("prinsafe", "nphlstew"): C},
    "pois_enrolment": {("cty1400", "prin1450"): CO},
    "pois_admitted": {("hosp127", "hosp158"): U},
    "pois_critical": {("hosp6", "cty4"): C},
    "pois_arrests": {("pol3k", "pol4k"): U},
    "pois_closure": {("cty2w", "moeindef"): C},
    "pois_school_outbreaks": {("moe17", "moe17"): SC},
    "pois_complaints": {("prinno", "parentyes"): C},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
