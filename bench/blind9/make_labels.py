"""Hand labels for bench/blind9 (migrant boat capsizing off Lampedusa, residential building collapse in
Lagos, passenger plane crash off Sulawesi). Run from the project root:
    /work/venv/bin/python bench/blind9/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402

# claimants, spelled once
CG = "Italian coast guard (Paolo Ferrante)"
IOM = "IOM, International Organization for Migration (Giulia Marchetti)"
NGO = "Mare Solidale (Lena Hartmann)"
UNHCR = "UNHCR (Amadou Sall)"
PREF = "prefect of Agrigento (Maria Grazia Lo Bue)"
MIN = "Italian interior ministry"
TUN = "Tunisian National Guard (Mourad Ayari)"
SURV = "Ibrahima (survivor)"
APOL = "Agrigento police"
HOSP = "Civico hospital in Palermo"
MAYOR = "Lampedusa mayor Salvatore Barone"

LASEMA = "Lagos State Emergency Management Agency (LASEMA), Femi Adebanjo"
NEMA = "National Emergency Management Agency (NEMA), Kehinde Ojo"
LASBCA = "Lagos State Building Control Agency (LASBCA), Bolanle Ogunsanya"
FIRE = "Lagos State Fire and Rescue Service (Tunde Bakare)"
LPOL = "Lagos State Police Command (Chidi Okafor)"
HEALTH = "Lagos health commissioner Yetunde Olaniyan"
BELLO = "Kafayat Bello (resident)"
LAWAL = "Rasheed Lawal (landlords' association)"
AJAYI = "Funmi Ajayi (resident)"
LAWYER = "Emeka Nwosu (developer's lawyer)"
NIOB = "Nigerian Institute of Building"
WIT = "witnesses"
RES = "residents"

BAS = "Basarnas, National Search and Rescue Agency (Agus Prasetyo)"
AIR = "Nusantara Wings (Rina Kusumawati)"
TMIN = "Transport Ministry (Hendra Wibisono)"
SPOL = "Southeast Sulawesi police (Irwan Siregar)"
BHOSP = "Bhayangkara hospital identification team"
VH = "La Ode Hamid, Tanjung Baru village head"
NAVY = "Indonesian navy"
AIRNAV = "AirNav Indonesia"
BMKG = "BMKG meteorology agency (Dwi Lestari)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- boat: migrant boat capsizes off Lampedusa (14-15 March 2025)
    # wire (Reuters), midday Friday
    ("boat_wire.txt", "Six", 6, CG, "boat_dead", "cg6"),
    ("boat_wire.txt", "15", 15, CG, "boat_missing", "cg15"),
    ("boat_wire.txt", "Thirty-one", 31, CG, "boat_rescued", "cg31"),
    ("boat_wire.txt", "52", 52, CG, "boat_aboard", "cg52"),
    ("boat_wire.txt", "from the Tunisian port of Sfax", None, CG, "boat_departure", "cgsfax"),
    ("boat_wire.txt", "late on Wednesday", None, CG, "boat_departure_day", "cgwed"),
    ("boat_wire.txt", "5.40am", None, CG, "boat_capsize_time", "cg540"),
    ("boat_wire.txt", "about 40 nautical miles", 40, CG, "boat_distance", "cg40"),
    ("boat_wire.txt", "Four", 4, CG, "boat_hospital", "cg4"),
    ("boat_wire.txt", "Two", 2, CG, "boat_dead_children", "cg2"),
    ("boat_wire.txt", "4.55am", None, CG, "boat_alert_time", "cg455"),
    ("boat_wire.txt", "sent without delay", None, CG, "boat_response", "cgok"),
    ("boat_wire.txt", "2.10am", None, NGO, "boat_alert_time", "ngo210"),
    ("boat_wire.txt", "no reply for more than an hour", None, NGO, "boat_response", "ngolate"),
    ("boat_wire.txt", "about 60", 60, IOM, "boat_aboard", "iom60"),
    ("boat_wire.txt", "some 20", 20, IOM, "boat_missing", "iom20"),
    ("boat_wire.txt", "More than 380", 380, IOM, "boat_year_toll", "iom380"),
    ("boat_wire.txt", "Around 9,800", 9800, MIN, "boat_arrivals_year", "min9800"),
    ("boat_wire.txt", "more than 600", 600, O, "boat_arrivals_week", "out600"),
    # broadcaster (Europe Tonight), Friday evening
    ("boat_broadcast.txt", "Nine", 9, PREF, "boat_dead", "pref9"),
    ("boat_broadcast.txt", "at least seven", 7, NGO, "boat_dead", "ngo7"),
    ("boat_broadcast.txt", "31", 31, CG, "boat_rescued", "cg31"),
    ("boat_broadcast.txt", "5.40 in the morning", None, CG, "boat_capsize_time", "cg540"),
    ("boat_broadcast.txt", "some 40 nautical miles", 40, CG, "boat_distance", "cg40"),
    ("boat_broadcast.txt", "fifteen", 15, CG, "boat_missing", "cg15"),
    ("boat_broadcast.txt", "52", 52, CG, "boat_aboard", "cg52"),
    ("boat_broadcast.txt", "between 50 and 55", 52, NGO, "boat_aboard", "ngo50"),
    ("boat_broadcast.txt", "19 people", 19, NGO, "boat_rescued_by_ngo", "ngo19"),
    ("boat_broadcast.txt", "2.10am", None, NGO, "boat_alert_time", "ngo210"),
    ("boat_broadcast.txt", "chose to wait", None, NGO, "boat_response", "ngolate"),
    ("boat_broadcast.txt", "no delay whatsoever", None, MIN, "boat_response", "minok"),
    ("boat_broadcast.txt", "Four", 4, CG, "boat_hospital", "cg4"),
    ("boat_broadcast.txt", "had set off from Sfax", None, CG, "boat_departure", "cgsfax"),
    ("boat_broadcast.txt", "did not leave from Tunisian shores", None, TUN, "boat_departure", "tun"),
    ("boat_broadcast.txt", "as many as 600", 600, O, "boat_pylos_toll", "outpylos600"),
    # local paper (Gazzetta delle Isole), Saturday
    ("boat_local.txt", "nine", 9, CG, "boat_dead", "cg9"),
    ("boat_local.txt", "12", 12, CG, "boat_missing", "cg12"),
    ("boat_local.txt", "Thirty-one", 31, UNHCR, "boat_rescued", "un31"),
    ("boat_local.txt", "at least a dozen", 12, UNHCR, "boat_missing", "un12"),
    ("boat_local.txt", "at least two", 2, IOM, "boat_dead_children", "iom2"),
    ("boat_local.txt", "We left from Sfax", None, SURV, "boat_departure", "survsfax"),
    ("boat_local.txt", "more than 50", 50, SURV, "boat_aboard", "surv50"),
    ("boat_local.txt", "about 3 in the morning", None, SURV, "boat_capsize_time", "surv3"),
    ("boat_local.txt", "two Tunisian men", 2, APOL, "boat_arrests", "pol2"),
    ("boat_local.txt", "four of the survivors", 4, HOSP, "boat_hospital", "hosp4"),
    ("boat_local.txt", "two were in a serious condition", 2, HOSP, "boat_serious", "hosp2"),
    ("boat_local.txt", "More than 1,200", 1200, MAYOR, "boat_island_arrivals", "mayor1200"),
    ("boat_local.txt", "about 400", 400, MAYOR, "boat_hotspot_capacity", "mayor400"),
    ("boat_local.txt", "more than 1,500", 1500, MAYOR, "boat_hotspot_now", "mayor1500"),
    ("boat_local.txt", "368", 368, O, "boat_2013_toll", "out368"),
    ("boat_local.txt", "more than 500", 500, O, "boat_pylos_toll", "outpylos500"),
    # live blog (Mediterraneo Now), Friday
    ("boat_live.txt", "Nine", 9, CG, "boat_dead", "cg9"),
    ("boat_live.txt", "12", 12, CG, "boat_missing", "cg12"),
    ("boat_live.txt", "two children", 2, CG, "boat_dead_children", "cg2"),
    ("boat_live.txt", "left from Zuwara in western Libya", None, IOM, "boat_departure", "iomzuw"),
    ("boat_live.txt", "on Tuesday evening", None, IOM, "boat_departure_day", "iomtue"),
    ("boat_live.txt", "about 60", 60, IOM, "boat_aboard", "iom60"),
    ("boat_live.txt", "two men", 2, APOL, "boat_arrests", "pol2"),
    ("boat_live.txt", "04:40 GMT", None, NGO, "boat_capsize_time", "ngo440"),
    ("boat_live.txt", "some 35 nautical miles", 35, NGO, "boat_distance", "ngo35"),
    ("boat_live.txt", "19 people", 19, NGO, "boat_rescued_by_ngo", "ngo19"),
    ("boat_live.txt", "at least 380", 380, IOM, "boat_year_toll", "iom380"),
    ("boat_live.txt", "31", 31, CG, "boat_rescued", "cg31"),
    ("boat_live.txt", "six bodies", 6, CG, "boat_dead", "cg6"),
    ("boat_live.txt", "15", 15, CG, "boat_missing", "cg15"),
    ("boat_live.txt", "Four", 4, CG, "boat_hospital", "cg4"),
    ("boat_live.txt", "at least 28", 28, CG, "boat_rescued", "cg28"),

    # ---------------- building: residential block collapses in Ebute Metta, Lagos (17-19 August 2025)
    # wire (AFP), Sunday
    ("building_wire.txt", "Nine", 9, LASEMA, "building_dead", "las9"),
    ("building_wire.txt", "six-storey", 6, O, "building_floors", "out6"),
    ("building_wire.txt", "about 2.15 am", None, WIT, "building_time", "wit215"),
    ("building_wire.txt", "23", 23, LASEMA, "building_rescued", "las23"),
    ("building_wire.txt", "up to 20", 20, LASEMA, "building_trapped", "las20"),
    ("building_wire.txt", "at least 15", 15, FIRE, "building_trapped", "fire15"),
    ("building_wire.txt", "About 80", 80, BELLO, "building_residents", "bello80"),
    ("building_wire.txt", "cracks had appeared in the walls", None, RES, "building_cracks", "rescracks"),
    ("building_wire.txt", "did not have approval for the upper floors", None, LASBCA, "building_permit", "lasbcano"),
    ("building_wire.txt", "in 2023", None, LASBCA, "building_stopwork", "lasbca2023"),
    ("building_wire.txt", "more than 40", 40, O, "building_ikoyi_toll", "outikoyi40"),
    # broadcaster (Metro TV), Sunday night
    ("building_broadcast.txt", "14", 14, LASEMA, "building_dead", "las14"),
    ("building_broadcast.txt", "26", 26, LASEMA, "building_rescued", "las26"),
    ("building_broadcast.txt", "about 2.15am", None, LASEMA, "building_time", "las215"),
    ("building_broadcast.txt", "three children", 3, LASEMA, "building_dead_children", "las3"),
    ("building_broadcast.txt", "About 10", 10, LASEMA, "building_trapped", "las10"),
    ("building_broadcast.txt", "six floors", 6, LASEMA, "building_floors", "las6"),
    ("building_broadcast.txt", "some 45", 45, LASEMA, "building_residents", "las45"),
    ("building_broadcast.txt", "Seventeen", 17, LASEMA, "building_injured", "las17"),
    ("building_broadcast.txt", "three floors", 3, LASBCA, "building_floors_approved", "lasbca3"),
    ("building_broadcast.txt", "in 2023", None, LASBCA, "building_stopwork", "lasbca2023"),
    ("building_broadcast.txt", "did not have approval for what was built", None, LASBCA, "building_permit", "lasbcano"),
    ("building_broadcast.txt", "four adjacent buildings", 4, LASBCA, "building_evacuated", "lasbca4"),
    ("building_broadcast.txt", "is in our custody", None, LPOL, "building_custody", "polyes"),
    ("building_broadcast.txt", "complained about cracks in the walls for months", None, RES, "building_cracks", "rescracks"),
    ("building_broadcast.txt", "at least 12 building collapses", 12, NIOB, "building_state_collapses", "niob12"),
    # local paper (The Lagos Courier), Tuesday
    ("building_local.txt", "fourteen", 14, LASEMA, "building_dead", "las14"),
    ("building_local.txt", "at least 12", 12, LPOL, "building_dead", "pol12"),
    ("building_local.txt", "Twenty-six", 26, LASEMA, "building_rescued", "las26"),
    ("building_local.txt", "more than 20", 20, NEMA, "building_rescued", "nema20"),
    ("building_local.txt", "17 injured", 17, HEALTH, "building_injured", "health17"),
    ("building_local.txt", "seven floors", 7, LAWAL, "building_floors", "lawal7"),
    ("building_local.txt", "Four children", 4, AJAYI, "building_dead_children", "ajayi4"),
    ("building_local.txt", "just after 2am", None, AJAYI, "building_time", "ajayi2"),
    ("building_local.txt", "three-storey", 3, LASBCA, "building_floors_approved", "lasbca3"),
    ("building_local.txt", "more than 150", 150, LASBCA, "building_distressed", "lasbca150"),
    ("building_local.txt", "had all the necessary approvals", None, LAWYER, "building_permit", "lawyes"),
    ("building_local.txt", "My client is not in custody", None, LAWYER, "building_custody", "lawno"),
    ("building_local.txt", "four neighbouring buildings", 4, O, "building_evacuated", "out4"),
    ("building_local.txt", "at least 45", 45, O, "building_ikoyi_toll", "outikoyi45"),

    # ---------------- plane: Nusantara Wings flight crashes into the sea off Kolaka, Sulawesi (9-10 October 2025)
    # wire (AP), Thursday afternoon
    ("plane_wire.txt", "72 people", 72, BAS, "plane_aboard", "bas72"),
    ("plane_wire.txt", "21 survivors", 21, BAS, "plane_survivors", "bas21"),
    ("plane_wire.txt", "Nine", 9, BAS, "plane_dead", "bas9"),
    ("plane_wire.txt", "42", 42, BAS, "plane_missing", "bas42"),
    ("plane_wire.txt", "10:05 a.m.", None, AIR, "plane_takeoff", "air1005"),
    ("plane_wire.txt", "10:47 a.m.", None, AIR, "plane_last_contact", "air1047"),
    ("plane_wire.txt", "64 passengers", 64, AIR, "plane_passengers", "air64"),
    ("plane_wire.txt", "four crew members", 4, AIR, "plane_crew", "air4"),
    ("plane_wire.txt", "about 12 kilometers", 12, BAS, "plane_distance", "bas12"),
    ("plane_wire.txt", "in 2011", None, AIR, "plane_aircraft_age", "airage"),
    ("plane_wire.txt", "weather conditions were good", None, AIR, "plane_weather", "airwx"),
    ("plane_wire.txt", "all 189", 189, O, "plane_lionair_toll", "out189"),
    ("plane_wire.txt", "62 people", 62, O, "plane_sriwijaya_toll", "out62"),
    # broadcaster (Asia Newsline), Thursday evening
    ("plane_broadcast.txt", "Dozens", None, O, "plane_missing", "outdozens"),
    ("plane_broadcast.txt", "68 people", 68, TMIN, "plane_aboard", "min68"),
    ("plane_broadcast.txt", "two infants", 2, TMIN, "plane_infants", "min2"),
    ("plane_broadcast.txt", "64 passengers", 64, AIR, "plane_passengers", "air64"),
    ("plane_broadcast.txt", "31", 31, AIR, "plane_missing", "air31"),
    ("plane_broadcast.txt", "at least 20", 20, SPOL, "plane_survivors", "pol20"),
    ("plane_broadcast.txt", "At least 11", 11, SPOL, "plane_bodies_at_hospital", "pol11"),
    ("plane_broadcast.txt", "10.05am", None, TMIN, "plane_takeoff", "min1005"),
    ("plane_broadcast.txt", "10.52am", None, TMIN, "plane_last_contact", "min1052"),
    ("plane_broadcast.txt", "10:47am", None, AIR, "plane_last_contact", "air1047"),
    ("plane_broadcast.txt", "did not send a distress call", None, TMIN, "plane_distress_call", "minno"),
    ("plane_broadcast.txt", "more than 12,000 flying hours", 12000, AIR, "plane_pilot_hours", "air12000"),
    ("plane_broadcast.txt", "about 9,000", 9000, AIR, "plane_pilot_type_hours", "air9000"),
    ("plane_broadcast.txt", "more than 300 personnel", 300, BAS, "plane_searchers", "bas300"),
    ("plane_broadcast.txt", "189 people", 189, O, "plane_lionair_toll", "out189b"),
    # local paper (Sulawesi Tribune), Friday
    ("plane_local.txt", "about five kilometres", 5, VH, "plane_distance", "vh5"),
    ("plane_local.txt", "17", 17, VH, "plane_rescued_by_fishermen", "vh17"),
    ("plane_local.txt", "23", 23, BAS, "plane_survivors", "bas23"),
    ("plane_local.txt", "fourteen", 14, BAS, "plane_dead", "bas14"),
    ("plane_local.txt", "31", 31, BAS, "plane_missing", "bas31"),
    ("plane_local.txt", "68", 68, BAS, "plane_aboard", "bas68"),
    ("plane_local.txt", "sixty-four passengers", 64, AIR, "plane_passengers", "air64"),
    ("plane_local.txt", "four crew", 4, AIR, "plane_crew", "air4"),
    ("plane_local.txt", "about 30 metres", 30, BAS, "plane_depth", "bas30"),
    ("plane_local.txt", "20 nautical miles", 20, BAS, "plane_search_area", "bas20nm"),
    ("plane_local.txt", "weather conditions were good", None, AIR, "plane_weather", "airwx"),
    ("plane_local.txt", "heavy rain and strong gusts", None, BMKG, "plane_weather", "bmkgrain"),
    ("plane_local.txt", "09:30 local time", None, BMKG, "plane_weather_warning", "bmkg930"),
    ("plane_local.txt", "14 years old", 14, AIR, "plane_aircraft_age", "airage"),
    # live blog (Jakarta Today), Thursday
    ("plane_live.txt", "68", 68, BAS, "plane_aboard", "bas68"),
    ("plane_live.txt", "23", 23, BAS, "plane_survivors", "bas23"),
    ("plane_live.txt", "14 bodies", 14, BAS, "plane_dead", "bas14"),
    ("plane_live.txt", "31", 31, BAS, "plane_missing", "bas31"),
    ("plane_live.txt", "12 bodies", 12, BHOSP, "plane_bodies_at_hospital", "hosp12"),
    ("plane_live.txt", "25 metres", 25, NAVY, "plane_depth", "navy25"),
    ("plane_live.txt", "about 12 km", 12, NAVY, "plane_distance", "navy12"),
    ("plane_live.txt", "declared an emergency", None, AIR, "plane_distress_call", "airyes"),
    ("plane_live.txt", "no mayday was received", None, AIRNAV, "plane_distress_call", "airnavno"),
    ("plane_live.txt", "more than 12,000 hours", 12000, AIR, "plane_pilot_hours", "air12000"),
    ("plane_live.txt", "two infants", 2, TMIN, "plane_infants", "min2"),
    ("plane_live.txt", "02:47 UTC", None, AIR, "plane_last_contact", "air1047"),
    ("plane_live.txt", "More than 300 personnel", 300, BAS, "plane_searchers", "bas300"),
    ("plane_live.txt", "72 people", 72, BAS, "plane_aboard", "bas72"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("boat_wire.txt", "metal vessel", None, CG, "boat_opt_hull"),
    ("boat_wire.txt", "14 separate boats", 14, O, "boat_opt_boats_week"),
    ("boat_broadcast.txt", "Most of those on board were from Guinea", None, NGO, "boat_opt_nationality"),
    ("boat_local.txt", "19-year-old", 19, O, "boat_opt_age"),
    ("boat_local.txt", "1,500 Tunisian dinars", 1500, SURV, "boat_opt_fare"),
    ("boat_local.txt", "6,000 inhabitants", 6000, MAYOR, "boat_opt_population"),
    ("boat_live.txt", "52 people in a boat made for 20", 52, "reader Giorgio_P", "boat_opt_reader"),
    ("boat_live.txt", "up to 30 knots", 30, CG, "boat_opt_wind"),
    ("boat_live.txt", "Three patrol boats", 3, CG, "boat_opt_vessels"),
    ("boat_live.txt", "two patrol boats", 2, CG, "boat_opt_vessels"),
    ("building_wire.txt", "21-storey", 21, O, "building_opt_ikoyi_floors"),
    ("building_local.txt", "21-storey", 21, O, "building_opt_ikoyi_floors"),
    ("building_broadcast.txt", "at least two bodies", 2, O, "building_opt_seen"),
    ("building_local.txt", "search-and-rescue phase had ended", None, LASEMA, "building_opt_search_ended"),
    ("plane_wire.txt", "55-minute", 55, AIR, "plane_opt_duration"),
    ("plane_wire.txt", "about 12 minutes", 12, O, "plane_opt_minutes_before_landing"),
    ("plane_wire.txt", "more than four years", 4, O, "plane_opt_deadliest"),
    ("plane_broadcast.txt", "52-year-old", 52, AIR, "plane_opt_captain_age"),
    ("plane_broadcast.txt", "in 2019", None, AIR, "plane_opt_first_officer"),
    ("plane_broadcast.txt", "within 30 days", 30, O, "plane_opt_report"),
    ("plane_local.txt", "a figure of 72", 72, BAS, "plane_opt_aboard_earlier"),
    ("plane_local.txt", "more than 12 hours", 12, O, "plane_opt_journey"),
    ("plane_local.txt", "three days of mourning", 3, "provincial government", "plane_opt_mourning"),
    ("plane_live.txt", "64 passengers max", 64, "reader @budi_s", "plane_opt_reader"),
    ("plane_live.txt", "9 people", 9, "reader @rahma.kdi", "plane_opt_reader"),
    ("plane_live.txt", "under two metres", 2, NAVY, "plane_opt_visibility"),
    ("plane_live.txt", "three navy ships", 3, BAS, "plane_opt_ships"),
    ("plane_wire.txt", "more than 17,000", 17000, O, "plane_opt_islands"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # boat
    "boat_aboard": {("cg52", "cg52"): S, ("cg52", "iom60"): C, ("cg52", "ngo50"): CO, ("cg52", "surv50"): CO,
                    ("iom60", "ngo50"): C, ("iom60", "surv50"): CO, ("iom60", "iom60"): S, ("ngo50", "surv50"): CO},
    "boat_rescued": {("cg31", "cg31"): SC, ("cg31", "un31"): CO, ("cg28", "cg31"): U, ("cg28", "un31"): CO},
    "boat_rescued_by_ngo": {("ngo19", "ngo19"): S},
    "boat_dead": {("cg6", "cg6"): SC, ("cg6", "pref9"): C, ("cg6", "ngo7"): C, ("cg6", "cg9"): U,
                  ("pref9", "cg9"): CO, ("ngo7", "cg9"): CO, ("cg9", "cg9"): SC},
    "boat_dead_children": {("cg2", "cg2"): SC, ("cg2", "iom2"): CO},
    "boat_missing": {("cg15", "cg15"): SC, ("cg15", "iom20"): C, ("cg15", "cg12"): U, ("cg15", "un12"): CO,
                     ("iom20", "cg12"): C, ("iom20", "un12"): CO, ("cg12", "cg12"): S, ("cg12", "un12"): CO},
    "boat_capsize_time": {("cg540", "cg540"): SC, ("cg540", "surv3"): C, ("cg540", "ngo440"): CO,
                          ("surv3", "ngo440"): C},
    "boat_distance": {("cg40", "cg40"): SC, ("cg40", "ngo35"): C},
    "boat_alert_time": {("cg455", "ngo210"): C, ("ngo210", "ngo210"): S},
    "boat_response": {("cgok", "ngolate"): C, ("cgok", "minok"): CO, ("ngolate", "ngolate"): SC,
                      ("ngolate", "minok"): C},
    "boat_departure": {("cgsfax", "cgsfax"): SC, ("cgsfax", "tun"): C, ("cgsfax", "survsfax"): CO,
                       ("cgsfax", "iomzuw"): C, ("tun", "survsfax"): C, ("tun", "iomzuw"): CO,
                       ("survsfax", "iomzuw"): C},
    "boat_departure_day": {("cgwed", "iomtue"): C},
    "boat_hospital": {("cg4", "cg4"): SC, ("cg4", "hosp4"): CO},
    "boat_arrests": {("pol2", "pol2"): SC},
    "boat_year_toll": {("iom380", "iom380"): SC},
    "boat_pylos_toll": {("outpylos600", "outpylos500"): CO},
    # building
    "building_dead": {("las9", "las14"): U, ("las14", "las14"): SC, ("las9", "pol12"): C, ("las14", "pol12"): CO},
    "building_rescued": {("las23", "las26"): U, ("las26", "las26"): SC, ("las23", "nema20"): CO,
                         ("las26", "nema20"): CO},
    "building_trapped": {("las20", "las10"): U, ("fire15", "las10"): C},
    "building_floors": {("out6", "las6"): CO, ("out6", "lawal7"): C, ("las6", "lawal7"): C},
    "building_floors_approved": {("lasbca3", "lasbca3"): SC},
    "building_permit": {("lasbcano", "lasbcano"): SC, ("lasbcano", "lawyes"): C},
    "building_stopwork": {("lasbca2023", "lasbca2023"): SC},
    "building_residents": {("bello80", "las45"): C},
    "building_dead_children": {("las3", "ajayi4"): C},
    "building_injured": {("las17", "health17"): CO},
    "building_time": {("wit215", "las215"): CO, ("wit215", "ajayi2"): CO, ("las215", "ajayi2"): CO},
    "building_evacuated": {("lasbca4", "out4"): CO},
    "building_custody": {("polyes", "lawno"): C},
    "building_cracks": {("rescracks", "rescracks"): SC},
    "building_ikoyi_toll": {("outikoyi40", "outikoyi45"): CO},
    # plane
    "plane_aboard": {("bas72", "min68"): C, ("bas72", "bas68"): U, ("bas72", "bas72"): S, ("min68", "bas68"): CO,
                     ("bas68", "bas68"): S},
    "plane_passengers": {("air64", "air64"): SC},
    "plane_crew": {("air4", "air4"): SC},
    "plane_infants": {("min2", "min2"): S},
    "plane_survivors": {("bas21", "pol20"): CO, ("bas21", "bas23"): U, ("pol20", "bas23"): CO, ("bas23", "bas23"): S},
    "plane_dead": {("bas9", "bas14"): U, ("bas14", "bas14"): SC},
    "plane_bodies_at_hospital": {("pol11", "hosp12"): CO},
    "plane_missing": {("bas42", "outdozens"): CO, ("bas42", "air31"): C, ("bas42", "bas31"): U,
                      ("outdozens", "bas31"): CO, ("air31", "bas31"): CO, ("bas31", "bas31"): S},
    "plane_takeoff": {("air1005", "min1005"): CO},
    "plane_last_contact": {("air1047", "min1052"): C, ("air1047", "air1047"): SC},
    "plane_distance": {("bas12", "vh5"): C, ("bas12", "navy12"): CO, ("vh5", "navy12"): C},
    "plane_depth": {("bas30", "navy25"): C},
    "plane_weather": {("airwx", "airwx"): S, ("airwx", "bmkgrain"): C},
    "plane_distress_call": {("minno", "airyes"): C, ("minno", "airnavno"): CO},
    "plane_aircraft_age": {("airage", "airage"): SC},
    "plane_pilot_hours": {("air12000", "air12000"): SC},
    "plane_searchers": {("bas300", "bas300"): S},
    "plane_lionair_toll": {("out189", "out189b"): CO},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
