"""Hand labels for bench/blind66 (a land speed record set by Skylance, a British jet car from Bristol, on the Salar
de Uyuni in Bolivia's Potosi department on Tuesday 4 November 2036, Bolivia time (BOT, UTC-4 all year): first run at
07:12 BOT = 11:12 GMT = 04:12 MST (Salt Lake City), return run at 07:54 BOT = 11:54 GMT, 42 minutes later, and a news
conference at 20:30 BOT on Tuesday = 00:30 GMT on Wednesday 5 November = 17:30 MST on Tuesday (Britain back on GMT
since 26 October, the US on standard time since 2 November); the run times, the news conference, the offsets from
Britain and Utah, the average (FIA 1,288.4 km/h = 800.57 mph; the team's GPS 1,291, then 1,288), each run's speed
(1,306.2 = 811.6 mph, 1,270.6 = 789.5 mph), the turnaround, the old record (1,228 km/h = 763.035 mph, 1997) and its
age, the Mach number and the air temperature (-3 degC = 27 degF against 10 degC), the speed of sound, altitude
(3,656 m = 12,000 ft), distance from Uyuni (90 km = 55 mi), track (19 km = 12 mi), thrust (150 kN = 33,700 lbf),
weight (7.5 t = 16,500 lb), length (13.5 m = 44 ft), crust, wind, ratification, driver's age, team size, the crowd with
the police's revised count, foreign visitors, broken windows, payments to the town and to the salt cooperative, the
cost with the team's revised figure and the timing gates, with times in BOT, GMT and MST, across midnight; a Potosi
daily gives bare local times, and a Bristol paper takes Bolivia to be five hours behind Britain, as in the British
summer, instead of four and puts the runs and the news conference an hour late);
the calving of a large iceberg from the Fimbul Ice Shelf in Dronning Maud Land, Antarctica, first seen in a radar
image taken at 23:48 UTC on Sunday 14 January 2046 = 00:48 CET (Norway, UTC+1) and 01:48 SAST (Cape Town, UTC+2) on
Monday 15 January = 16:48 MST (Boulder) on Sunday; the camp's staff flown out at 05:30 CET = 04:30 UTC = 21:30 MST on
Sunday; the Norwegian Polar Institute's briefing at 14:00 CET = 13:00 UTC = 15:00 SAST = 06:00 MST on Monday: the
image, briefing and evacuation times, the offset from Cape Town, the area (1,700 km2 = 660 sq mi, then 1,840 km2 =
710 sq mi), thickness (260 m = 850 ft), mass (400 then 440 billion tonnes), length (62 km, nearly 40 mi), width,
drift (5 km = 3 mi a day), direction, the camp's staff and distance (14 km = 9 mi), the rift's age, rank on the shelf
and in Antarctica, the shelf's area (41,000 km2 = 16,000 sq mi) and share lost, cause, the camp's cost, the name,
Troll's staff and SANAE IV's distance (400 km = 250 mi), with times in UTC, CET, SAST and MST, across midnight; a
Tromso daily gives bare local times, and a Cape Town paper says Norway keeps South African time, as it does in the
northern summer, and puts the image, the evacuation and the briefing an hour early);
Ethiopia's national tree-planting day, the Green Highlands Day, on Monday 29 July 2041 (EAT, UTC+3 all year):
planting from 06:00 EAT = 03:00 GMT = 04:00 BST to 18:00 EAT = 15:00 GMT = 16:00 BST, twelve hours; the first total
at 01:30 EAT on Tuesday 30 July = 22:30 GMT = 23:30 BST on Monday; the start, end and announcement times, the offset
from Britain, the total (the Prime Minister's Office's 612 then 655 million, the ministry's 590, the opposition's 150),
the target, the 2019 record (353 million), participants, area (410,000 ha = 1 million acres), survival since 2019,
indigenous share, forest cover, cost, nurseries' debt, the counting app's outage (14:20 EAT = 11:20 GMT) and its
length, seedlings since 2019, Addis Ababa and Oromia (240 then 210 million), the twelve hours, the holiday and the
record, with times in EAT, GMT and BST, across midnight; an Addis Ababa daily gives bare local times, and a London
paper takes Ethiopia to be three hours ahead of Britain, as in the British winter, instead of two and puts the start,
the end and the announcement an hour early).
Run from the project root:
    /work/venv/bin/python bench/blind66/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
TEAM = "the Skylance Land Speed Project, Bristol (team director Neil Brackenbury-Sato)"
DRIVER = "Skylance's driver, Harriet Oduya-Penhallow"
FIA = "the FIA's timekeepers and steward on the salt flat"
RIVAL = "the rival Mojave Arrow team, Reno (owner Dale Kittredge-Moss)"
MAYOR = "the mayor of Uyuni, Rosendo Mamani-Quispe"
POLICE = "the police in Potosí department"
COOP = "the Colchani salt producers' cooperative (president Eulogia Choque-Flores)"
GREEN = "Salar Vivo, an environmental group"
PHYS = "aerodynamicist Dr Aileen Marchetti-Rowe, University of Southampton"
TOUR = "Bolivia's Vice-Ministry of Tourism"
FILINGS = "the Skylance project company's filed accounts"

NPI = "the Norwegian Polar Institute, Tromsø (director Dr Sigrid Hallvardsen-Moe)"
CAMP = "the Vindhamar camp's leader, Eirik Solbakk-Nyhus"
MINCL = "Norway's climate and environment minister, Håkon Ulvestad-Rahimi"
MPNO = "opposition MP Tiril Marken-Oyelaran"
NIC = "the US National Ice Center"
GLAC = "glaciologist Prof. Renate Vossberg-Achterberg, University of Bremen"
SANAP = "the South African National Antarctic Programme"
KRILL = "Sørhav Krill, a Norwegian krill company"
CRUISE = "Polar Horizons, a Cape Town expedition cruise operator"
HARBOUR = "Cape Town's harbour master's office"

PMO = "Ethiopia's Prime Minister's Office (press secretary Selam Gebremariam-Tekle)"
MOA = "Ethiopia's Agriculture Ministry (state minister for forestry Dr Yonas Abebe-Wolde)"
OPP = "the opposition Unity for Democracy Front (spokesman Dawit Mekonnen-Assefa)"
RES = "forest ecologist Dr Meron Tadesse-Haile, Wondo Genet College of Forestry"
SAT = "Canopy Count, a satellite-monitoring group in Nairobi"
NURS = "the Ethiopian Nursery Growers' Association"
APP = "Tesfa Digital, maker of the counting app"
CITY = "the Addis Ababa city administration"
OROMIA = "the Oromia regional government"
ERCS = "the Ethiopian Red Cross Society"
MET = "Ethiopia's national meteorology institute"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- speed: Skylance's first run at 07:12 on Tuesday 4 November 2036 in Bolivia (BOT, UTC-4) =
    # 11:12 GMT = 04:12 MST; return run 07:54 BOT = 11:54 GMT, 42 minutes later; news conference 20:30 BOT = 00:30
    # GMT on Wednesday = 17:30 MST on Tuesday; Bolivia 4 hours behind GMT (5 behind BST in the British summer), 3
    # ahead of MST; FIA average 1,288.4 km/h = 800.57 mph = (1,306.2 + 1,270.6) / 2; 1,306.2 km/h = 811.6 mph,
    # 1,270.6 = 789.5 mph, 1,291 km/h = 802 mph; old record 1,227.985 km/h = 763.035 mph (1997), 39 years; speed of
    # sound 1,186 km/h = 737 mph at -3 degC (Mach 1.09), 1,214 km/h at 10 degC (Mach 1.06); -3 degC = 27 degF;
    # 3,656 m = 12,000 ft; 90 km = 55 mi; 19 km = 12 mi; 150 kN = 33,700 lbf; 7.5 t = 16,500 lb; 13.5 m = 44 ft
    # a La Paz wire's English service (Andes Press Agency; no date line, time line "05.11.2036 · 01:20 GMT", slug with
    # "(UPDATE 2)", headline, dateline; its own run times with GMT and news conference with GMT, right, the offset,
    # right, old record, altitude, distance, days and driver's age; the FIA on average, run speeds, gates and
    # ratification; the team on Mach, temperature, thrust, track, crust and wind; the police on the crowd and
    # soldiers; the tourism vice-ministry on visitors; reporting and copyright lines), Wednesday 5 November 01:20 GMT
    ("speed_wire.txt", "with an average of 1,288.4 km/h over two runs", 1288.4, FIA, "speed_average", "fia1288"),
    ("speed_wire.txt", "Harriet Oduya-Penhallow, 38,", 38, O, "speed_driver_age", "w38"),
    ("speed_wire.txt", "entered the measured kilometre at 1112 GMT", None, O, "speed_run1_time", "wrun1"),
    ("speed_wire.txt", "made its return run at 1154 GMT", None, O, "speed_run2_time", "wrun2"),
    ("speed_wire.txt", "clocked 1,306.2 km/h on the first run", 1306.2, FIA, "speed_run1_speed", "fia1306"),
    ("speed_wire.txt", "1,270.6 km/h on the way back", 1270.6, FIA, "speed_run2_speed", "fia1270"),
    ("speed_wire.txt", "FIA staff laid out and checked the timing gates themselves", None, FIA, "speed_gates",
     "fiagates"),
    ("speed_wire.txt", "the record should be ratified within 30 days", 30, FIA, "speed_ratify", "fia30"),
    ("speed_wire.txt", "The old mark of 1,228 km/h was set in Nevada in 1997", 1228, O, "speed_old_record", "w1228"),
    ("speed_wire.txt", "went through the sound barrier at Mach 1.09", 1.09, TEAM, "speed_mach", "team109"),
    ("speed_wire.txt", "it was minus 3 degrees Celsius at the start line", -3, TEAM, "speed_temp", "teamm3"),
    ("speed_wire.txt", "150 kilonewtons of thrust", 150, TEAM, "speed_thrust", "team150"),
    ("speed_wire.txt", "the track is 19 kilometres long", 19, TEAM, "speed_track", "team19"),
    ("speed_wire.txt", "at least 40 centimetres thick", 40, TEAM, "speed_crust", "team40"),
    ("speed_wire.txt", "the wind was below 8 km/h", 8, TEAM, "speed_wind", "team8"),
    ("speed_wire.txt", "3,656 metres above sea level", 3656, O, "speed_altitude", "w3656"),
    ("speed_wire.txt", "about 90 km west of Uyuni town", 90, O, "speed_distance", "w90"),
    ("speed_wire.txt", "The team had waited on the salt for 29 days", 29, O, "speed_days_waited", "w29"),
    ("speed_wire.txt", "some 2,500 spectators", 2500, POLICE, "speed_crowd", "pol2500"),
    ("speed_wire.txt", "dozens of soldiers keeping them back", None, POLICE, "speed_soldiers", "polsoldiers"),
    ("speed_wire.txt", "about 1,800 foreign visitors", 1800, TOUR, "speed_visitors", "tour1800"),
    ("speed_wire.txt", "a news conference at 20:30 local time (0030 GMT on Wednesday)", None, O, "speed_presser_time",
     "wpress"),
    ("speed_wire.txt", "Bolivia is four hours behind GMT", 4, O, "speed_offset_uk", "w4h"),
    # a Potosi daily's English digest (The Potosí Chronicle; own-line date, masthead, date and section line,
    # headline, byline, dateline; its own run times "7.12am" and "7.54am", bare local times, right, the turnaround,
    # the first run's speed on the team's screen, weight, length, track, team size and visitors; the team's first
    # average from GPS; the driver's peak; the mayor on crowd, windows and Colchani's distance; the cooperative on
    # payment, a sentence glued without a space; Salar Vivo on the crust; comments and digest line), Wednesday
    ("speed_daily.txt", "crossed the Salar de Uyuni at 7.12am on Tuesday", None, O, "speed_run1_time", "drun1"),
    ("speed_daily.txt", "came back at 7.54am", None, O, "speed_run2_time", "drun2"),
    ("speed_daily.txt", "42 minutes later", 42, O, "speed_turnaround", "d42"),
    ("speed_daily.txt", "the team gave the average as 1,291 km/h", 1291, TEAM, "speed_average", "team1291"),
    ("speed_daily.txt", "The first run showed 1,310 km/h on the team's screen", 1310, O, "speed_run1_speed", "d1310"),
    ("speed_daily.txt", "her display had touched 1,334 km/h", 1334, DRIVER, "speed_peak", "drv1334"),
    ("speed_daily.txt", "Skylance weighs nine tonnes", 9, O, "speed_weight", "d9t"),
    ("speed_daily.txt", "is 13.5 metres long", 13.5, O, "speed_length", "d135"),
    ("speed_daily.txt", "a 19-km course", 19, O, "speed_track", "d19"),
    ("speed_daily.txt", "the team brought about 90 people to the salar", 90, O, "speed_team_size", "d90"),
    ("speed_daily.txt", "about 6,000 people watched", 6000, MAYOR, "speed_crowd", "mayor6000"),
    ("speed_daily.txt", "The sonic boom broke 14 windows in Colchani", 14, MAYOR, "speed_windows", "mayor14"),
    ("speed_daily.txt", "70 km from the track", 70, MAYOR, "speed_colchani_distance", "mayor70"),
    ("speed_daily.txt", "Not a single boliviano has reached the cooperative", 0, COOP, "speed_pay_coop", "coop0"),
    ("speed_daily.txt", "less than 15 centimetres thick in places", 15, GREEN, "speed_crust", "green15"),
    ("speed_daily.txt", "fewer than 1,000 foreigners came", 1000, O, "speed_visitors", "d1000"),
    # a Bristol daily (The Severn Chronicle; date glued to the first sentence, masthead, date and section line,
    # headline, byline; its own run times "12:12 British time" and "12:54" and news conference "01:30 on Wednesday
    # British time", an hour late, "five hours behind Britain", wrong, track, altitude, distance, the average in mph,
    # old record, its age, first woman, the Filton crowd and ratification; the team's revised average, weight, cost,
    # staff and denial of damage; the Southampton aerodynamicist on temperature, speed of sound and Mach; the mayor
    # on the town's payment; a photo caption with the wrong day; read-more and briefing lines), Wednesday
    ("speed_bristol.txt", "made its first run at 12:12 British time on Tuesday", None, O, "speed_run1_time", "brun1"),
    ("speed_bristol.txt", "its second at 12:54", None, O, "speed_run2_time", "brun2"),
    ("speed_bristol.txt", "on a 12-mile course", 12, O, "speed_track", "b12mi"),
    ("speed_bristol.txt", "12,000 feet up in the Andes", 12000, O, "speed_altitude", "b12000"),
    ("speed_bristol.txt", "55 miles from Uyuni", 55, O, "speed_distance", "b55"),
    ("speed_bristol.txt", "Bolivia is five hours behind Britain", 5, O, "speed_offset_uk", "b5h"),
    ("speed_bristol.txt", "The team now gives its average as 1,288 km/h", 1288, TEAM, "speed_average", "team1288"),
    ("speed_bristol.txt", "just over 800mph", 800, O, "speed_average", "b800"),
    ("speed_bristol.txt", "read out at 01:30 on Wednesday British time", None, O, "speed_presser_time", "bpress"),
    ("speed_bristol.txt", "The old record, 763mph", 763, O, "speed_old_record", "b763"),
    ("speed_bristol.txt", "had stood for 39 years", 39, O, "speed_record_age", "b39"),
    ("speed_bristol.txt", "the first woman to hold the outright land speed record", None, O, "speed_first_woman",
     "bwoman"),
    ("speed_bristol.txt", "the 7.5-tonne car", 7.5, TEAM, "speed_weight", "team75"),
    ("speed_bristol.txt", "had cost £38 million over 11 years", 38000000, TEAM, "speed_cost", "team38"),
    ("speed_bristol.txt", "62 engineers and crew", 62, TEAM, "speed_team_size", "team62"),
    ("speed_bristol.txt", "No windows were broken anywhere", 0, TEAM, "speed_windows", "teamnone"),
    ("speed_bristol.txt", "the air was nearer 10°C", 10, PHYS, "speed_temp", "phys10"),
    ("speed_bristol.txt", "sound travels at about 1,214 km/h in such air", 1214, PHYS, "speed_sound", "phys1214"),
    ("speed_bristol.txt", "closer to Mach 1.06", 1.06, PHYS, "speed_mach", "phys106"),
    ("speed_bristol.txt", "had received only 200,000 bolivianos", 200000, MAYOR, "speed_pay_town", "mayor200k"),
    ("speed_bristol.txt", "about 300 people watched the runs", 300, O, "speed_filton_crowd", "b300"),
    ("speed_bristol.txt", "ratified before Christmas", None, O, "speed_ratify", "bxmas"),
    # a Salt Lake City land-speed trade site (Salt Flat Speed Journal; leading-space own-line date, masthead,
    # tagline, time line "November 4, 2036 · 9:05 p.m. MT", headline, byline; its own first run "4:12 a.m. Mountain
    # time" and news conference "5:30 p.m. Mountain time", right, "three hours ahead of Salt Lake City", right, the
    # average and run speeds in mph, turnaround, old record, its age, weight, thrust, length, driver's age,
    # temperature in Fahrenheit and the speed of sound; the police's revised crowd; the team's revised cost and its
    # payments; the filed accounts' cost; the rival team on the gates and the wind; comments and subscription line)
    ("speed_trade.txt", "fired up for its first pass at 4:12 a.m. Mountain time on Tuesday", None, O,
     "speed_run1_time", "trun1"),
    ("speed_trade.txt", "averaged 800.57 mph over the two runs", 800.57, O, "speed_average", "t80057"),
    ("speed_trade.txt", "Its first pass was 811.6 mph", 811.6, O, "speed_run1_speed", "t8116"),
    ("speed_trade.txt", "its return 789.5 mph", 789.5, O, "speed_run2_speed", "t7895"),
    ("speed_trade.txt", "a 47-minute turnaround", 47, O, "speed_turnaround", "t47"),
    ("speed_trade.txt", "Thrust SSC's 763.035 mph", 763.035, O, "speed_old_record", "t763035"),
    ("speed_trade.txt", "stood for nearly four decades", 40, O, "speed_record_age", "t4dec"),
    ("speed_trade.txt", "The 16,500 lb car", 16500, O, "speed_weight", "t16500"),
    ("speed_trade.txt", "about 33,700 lbf of thrust", 33700, O, "speed_thrust", "t33700"),
    ("speed_trade.txt", "is 44 feet long", 44, O, "speed_length", "t44ft"),
    ("speed_trade.txt", "a 39-year-old former RAF pilot", 39, O, "speed_driver_age", "t39"),
    ("speed_trade.txt", "ran in 27 °F air", 27, O, "speed_temp", "t27f"),
    ("speed_trade.txt", "the speed of sound in that cold air is about 737 mph", 737, O, "speed_sound", "t737"),
    ("speed_trade.txt", "Bolivian police now put the crowd at 3,200", 3200, POLICE, "speed_crowd", "pol3200"),
    ("speed_trade.txt", "at a 5:30 p.m. Mountain time news conference on Tuesday", None, O, "speed_presser_time",
     "tpress"),
    ("speed_trade.txt", "Uyuni is three hours ahead of Salt Lake City", 3, O, "speed_offset_us", "t3h"),
    ("speed_trade.txt", "closer to £45 million", 45000000, TEAM, "speed_cost", "team45"),
    ("speed_trade.txt", "show spending of £52 million", 52000000, FILINGS, "speed_cost", "filings52"),
    ("speed_trade.txt", "paid 350,000 bolivianos to the municipality of Uyuni", 350000, TEAM, "speed_pay_town",
     "team350k"),
    ("speed_trade.txt", "50,000 bolivianos to the salt cooperative", 50000, TEAM, "speed_pay_coop", "team50k"),
    ("speed_trade.txt", "The timing gates were set out by Skylance's own people", None, RIVAL, "speed_gates",
     "rivalgates"),
    ("speed_trade.txt", "gusts of up to 30 km/h on that salt", 30, RIVAL, "speed_wind", "rival30"),

    # ---------------- iceberg: radar image at 23:48 UTC on Sunday 14 January 2046 = 00:48 CET (Norway, UTC+1) =
    # 01:48 SAST (Cape Town, UTC+2) on Monday 15 January = 16:48 MST (Boulder, UTC-7) on Sunday; staff flown out at
    # 05:30 CET = 04:30 UTC = 06:30 SAST on Monday = 21:30 MST on Sunday; briefing 14:00 CET = 13:00 UTC = 15:00
    # SAST = 06:00 MST on Monday; Cape Town is an hour ahead of Norway in the northern winter (the same clock in the
    # northern summer); 1,700 km2 = 656 sq mi, 1,840 km2 = 710 sq mi; 260 m = 850 ft; 1,700 km2 x 0.26 km x 0.917 =
    # 405 Gt, 1,840 km2 x 0.26 km x 0.917 = 439 Gt; 62 km = 38.5 mi; 5 km = 3.1 mi; 14 km = 8.7 mi; 2031 = 15 years
    # before 2046; 41,000 km2 = 15,800 sq mi and 1,700 / 41,000 = 4.1 %; 400 km = 249 mi
    # the Norwegian Polar Institute's press release (own-line date, letterhead with address, e-mail and phone, "PRESS
    # RELEASE", issue line "Monday 15 January 2046, 14:00 CET", title in capitals, dateline "TROMSØ —", the director
    # quoted, note to editors, "ENDS", media contact; the image time in UTC and Norwegian time, first area and mass,
    # length, width, thickness, drift, fragments, camp distance and staff, Troll's staff, rank, cause, rift, shelf
    # area and share, sea level and cost), Monday 15 January 14:00 CET
    ("iceberg_release.txt", "taken at 23:48 UTC on Sunday 14 January (00:48 Norwegian time on Monday)", None, NPI,
     "ice_image_time", "npiimg"),
    ("iceberg_release.txt", "covers about 1,700 square kilometres", 1700, NPI, "ice_area", "npi1700"),
    ("iceberg_release.txt", "is about 62 km long", 62, NPI, "ice_length", "npi62"),
    ("iceberg_release.txt", "around 30 km wide", 30, NPI, "ice_width", "npi30"),
    ("iceberg_release.txt", "is about 260 metres thick", 260, NPI, "ice_thickness", "npi260"),
    ("iceberg_release.txt", "at about 400 billion tonnes", 400000000000, NPI, "ice_mass", "npi400"),
    ("iceberg_release.txt", "drifting slowly westward", None, NPI, "ice_direction", "npiwest"),
    ("iceberg_release.txt", "at about 5 km a day", 5, NPI, "ice_drift", "npi5"),
    ("iceberg_release.txt", "Hundreds of smaller fragments broke off with it", None, NPI, "ice_fragments", "npifrag"),
    ("iceberg_release.txt", "passed 14 km from the institute's Vindhamar field camp", 14, NPI, "ice_camp_distance",
     "npi14"),
    ("iceberg_release.txt", "its nine staff", 9, NPI, "ice_camp_staff", "npi9"),
    ("iceberg_release.txt", "Troll, where 45 people work this summer", 45, NPI, "ice_troll_staff", "npi45"),
    ("iceberg_release.txt", "the largest calving from the Fimbul Ice Shelf since satellite records began", 1, NPI,
     "ice_rank_shelf", "npirank"),
    ("iceberg_release.txt", "it is part of a natural cycle", None, NPI, "ice_cause", "npicause"),
    ("iceberg_release.txt", "The rift was first seen in 2031", 2031, NPI, "ice_rift", "npi2031"),
    ("iceberg_release.txt", "covers about 41,000 square kilometres", 41000, NPI, "ice_shelf_area", "npi41k"),
    ("iceberg_release.txt", "has lost about 4 per cent of its area", 4, NPI, "ice_shelf_share", "npi4"),
    ("iceberg_release.txt", "the iceberg will not raise sea level", None, NPI, "ice_sea_level", "npisea"),
    ("iceberg_release.txt", "will cost an estimated NOK 40 million", 40000000, NPI, "ice_cost", "npi40"),
    # a Tromso daily's English edition (Ishavsposten; date prefix with the masthead continuing on the line,
    # headline, byline; its own image "00.48 on Monday", briefing "14.00 on Monday" and evacuation "05.30 on Monday",
    # bare local times, right, thickness, width, rift, rank, shelf area, Troll's staff and "Cape Town, an hour ahead
    # of us in winter", right; the institute's revised area and mass; the camp leader on staff and distance; the
    # minister on cause and cost; the opposition MP on cost; newsletter line), Tuesday 16 January
    ("iceberg_tromso.txt", "now puts it at 1,840 square kilometres", 1840, NPI, "ice_area", "npi1840"),
    ("iceberg_tromso.txt", "about 440 billion tonnes", 440000000000, NPI, "ice_mass", "npi440"),
    ("iceberg_tromso.txt", "on a radar image at 00.48 on Monday", None, O, "ice_image_time", "timg"),
    ("iceberg_tromso.txt", "at a press briefing at 14.00 on Monday", None, O, "ice_announce_time", "tann"),
    ("iceberg_tromso.txt", "flew the staff out at 05.30 on Monday", None, O, "ice_evac_time", "tevac"),
    ("iceberg_tromso.txt", "All nine of us were on the plane", 9, CAMP, "ice_camp_staff", "camp9"),
    ("iceberg_tromso.txt", "to within nine kilometres of the tents", 9, CAMP, "ice_camp_distance", "camp9km"),
    ("iceberg_tromso.txt", "some 260 m thick", 260, O, "ice_thickness", "t260"),
    ("iceberg_tromso.txt", "30 kilometres across", 30, O, "ice_width", "t30"),
    ("iceberg_tromso.txt", "had been widening since 2029", 2029, O, "ice_rift", "t2029"),
    ("iceberg_tromso.txt", "the shelf's second-largest calving on record", 2, O, "ice_rank_shelf", "tsecond"),
    ("iceberg_tromso.txt", "the whole shelf covers 36,000 square kilometres", 36000, O, "ice_shelf_area", "t36k"),
    ("iceberg_tromso.txt", "nothing to suggest climate change", None, MINCL, "ice_cause", "mincause"),
    ("iceberg_tromso.txt", "would cost about 45 million kroner", 45000000, MINCL, "ice_cost", "min45"),
    ("iceberg_tromso.txt", "at least 120 million kroner", 120000000, MPNO, "ice_cost", "mp120"),
    ("iceberg_tromso.txt", "About 40 people are now at Troll", 40, O, "ice_troll_staff", "t40"),
    ("iceberg_tromso.txt", "Cape Town, an hour ahead of us in winter", 1, O, "ice_offset_sa", "toffset"),
    # a Cape Town daily (The Cape Mercury; own-line date, masthead, date and section line, headline, byline; its own
    # image "00:48 South African time on Monday", briefing "14:00 South African time on Monday" and evacuation
    # "05:30 South African time", an hour early, "Norway keeps the same clock as South Africa", wrong, area in square
    # miles, length in miles, staff, rank, mass, direction, drift and name; the Bremen glaciologist on the cause;
    # SANAP on SANAE IV's distance; the harbour master on voyages; the krill company and the cruise operator on
    # their ships; a photo caption with the wrong distance; comments-closed line), Wednesday 17 January
    ("iceberg_capetown.txt", "about 710 square miles in size", 710, O, "ice_area", "ct710"),
    ("iceberg_capetown.txt", "nearly 40 miles long", 40, O, "ice_length", "ct40mi"),
    ("iceberg_capetown.txt", "at 00:48 South African time on Monday", None, O, "ice_image_time", "ctimg"),
    ("iceberg_capetown.txt", "Norway keeps the same clock as South Africa", 0, O, "ice_offset_sa", "ctoffset"),
    ("iceberg_capetown.txt", "at 14:00 South African time on Monday", None, O, "ice_announce_time", "ctann"),
    ("iceberg_capetown.txt", "a dozen researchers were flown off the ice", 12, O, "ice_camp_staff", "ctdozen"),
    ("iceberg_capetown.txt", "at 05:30 South African time", None, O, "ice_evac_time", "ctevac"),
    ("iceberg_capetown.txt", "the largest ever recorded", 1, O, "ice_rank_antarctica", "ctrank"),
    ("iceberg_capetown.txt", "weighs more than 600 billion tonnes", 600000000000, O, "ice_mass", "ct600"),
    ("iceberg_capetown.txt", "heading north-east towards the open ocean", None, O, "ice_direction", "ctne"),
    ("iceberg_capetown.txt", "at 12 kilometres a day", 12, O, "ice_drift", "ct12"),
    ("iceberg_capetown.txt", "It has been named D-40", None, O, "ice_name", "ctname"),
    ("iceberg_capetown.txt", "warmer water was eating the shelf from below", None, GLAC, "ice_cause", "glaccause"),
    ("iceberg_capetown.txt", "about 400 km from the iceberg", 400, SANAP, "ice_sanae_distance", "sanap400"),
    ("iceberg_capetown.txt", "about 30 Antarctic supply and tourist voyages a season", 30, HARBOUR,
     "ice_port_voyages", "harb30"),
    ("iceberg_capetown.txt", "its three trawlers were well clear", 3, KRILL, "ice_krill_company", "krill3"),
    ("iceberg_capetown.txt", "rerouted a ship with 380 passengers", 380, CRUISE, "ice_cruise_passengers", "cruise380"),
    # a Boulder polar-science news site (IceLine; no date line, time line "January 15, 2046 · 9:40 a.m. MST",
    # headline, byline; its own image "4:48 p.m. Mountain time on Sunday", briefing "6 a.m. Mountain time on Monday"
    # and evacuation "by 9:30 p.m. Mountain time on Sunday", right, drift in miles, trawlers, SANAE IV's and the
    # camp's distances in miles, the rift's age and the shelf's area in square miles; the institute's first area in
    # square miles, its mass in gigatonnes and thickness in feet, reported back; the National Ice Center on area,
    # name, rank and the icebergs it tracks; the Bremen glaciologist on the share lost and the water; comments and
    # support line), Monday 15 January 9:40 a.m. MST
    ("iceberg_trade.txt", "at 4:48 p.m. Mountain time on Sunday", None, O, "ice_image_time", "trimg"),
    ("iceberg_trade.txt", "at 6 a.m. Mountain time on Monday", None, O, "ice_announce_time", "trann"),
    ("iceberg_trade.txt", "by 9:30 p.m. Mountain time on Sunday", None, O, "ice_evac_time", "trevac"),
    ("iceberg_trade.txt", "roughly 660 square miles", 660, NPI, "ice_area", "npi1700"),
    ("iceberg_trade.txt", "which named it D-41", None, NIC, "ice_name", "nicname"),
    ("iceberg_trade.txt", "puts it at 1,910 square kilometres", 1910, NIC, "ice_area", "nic1910"),
    ("iceberg_trade.txt", "the largest anywhere in Antarctica since 2038", 1, NIC, "ice_rank_antarctica", "nicrank"),
    ("iceberg_trade.txt", "estimate of 400 gigatonnes", 400000000000, NPI, "ice_mass", "npi400"),
    ("iceberg_trade.txt", "some 850 feet thick", 850, NPI, "ice_thickness", "npi260"),
    ("iceberg_trade.txt", "moving about 3 miles a day", 3, O, "ice_drift", "tr3mi"),
    ("iceberg_trade.txt", "Five krill trawlers were working within 300 km of it", 5, O, "ice_trawlers_nearby",
     "tr5"),
    ("iceberg_trade.txt", "some 250 miles away", 250, O, "ice_sanae_distance", "tr250"),
    ("iceberg_trade.txt", "about 9 miles from the break", 9, O, "ice_camp_distance", "tr9mi"),
    ("iceberg_trade.txt", "growing for 15 years", 15, O, "ice_rift", "tr15"),
    ("iceberg_trade.txt", "covers some 16,000 square miles", 16000, O, "ice_shelf_area", "tr16k"),
    ("iceberg_trade.txt", "lost nearly a tenth of its area", 10, GLAC, "ice_shelf_share", "glac10"),
    ("iceberg_trade.txt", "0.8 °C warmer than in the 1990s", 0.8, GLAC, "ice_warming", "glac08"),
    ("iceberg_trade.txt", "tracks 38 named Antarctic icebergs", 38, NIC, "ice_nic_tracked", "nic38"),

    # ---------------- trees: planting from 06:00 EAT (UTC+3) on Monday 29 July 2041 = 03:00 GMT = 04:00 BST to 18:00
    # EAT = 15:00 GMT = 16:00 BST, twelve hours; first total at 01:30 EAT on Tuesday 30 July = 22:30 GMT = 23:30 BST
    # on Monday; the app down at 14:20 EAT = 11:20 GMT; Ethiopia three hours ahead of GMT, two ahead of Britain in
    # summer (three in the British winter); 612 million / 720 minutes = 850,000 a minute; 410,000 ha = 1.01 million
    # acres; 2019's record 353 million
    # an Addis Ababa wire's English service (Abyssinia Press Service; no date line, time line "29 July 2041 · 23:05
    # GMT", slug with "(UPDATE 3)", headline, dateline glued to the first sentence; its own start "0300 GMT" and
    # announcement "2230 GMT on Monday", right, twelve hours, 2019's record, the app's outage "1120 GMT", right, and
    # "three hours ahead of GMT", right; the Prime Minister's Office on total, target, holiday, next year and fruit
    # trees; the ministry on area, species and nurseries; Canopy Count on tree cover; reporting and copyright lines)
    ("trees_wire.txt", "planted 612 million seedlings on Monday", 612000000, PMO, "trees_total", "pmo612"),
    ("trees_wire.txt", "beating a target of 600 million", 600000000, PMO, "trees_target", "pmo600"),
    ("trees_wire.txt", "released at 2230 GMT on Monday", None, O, "trees_announce_time", "wann"),
    ("trees_wire.txt", "Planting began at 0300 GMT", None, O, "trees_start_time", "wstart"),
    ("trees_wire.txt", "was meant to run for 12 hours", 12, O, "trees_hours", "w12h"),
    ("trees_wire.txt", "about 410,000 hectares were planted", 410000, MOA, "trees_area", "moa410k"),
    ("trees_wire.txt", "more than 120 species", 120, MOA, "trees_species", "moa120"),
    ("trees_wire.txt", "The previous record, 353 million in 2019", 353000000, O, "trees_2019", "w353"),
    ("trees_wire.txt", "declared Monday a public holiday", None, PMO, "trees_holiday", "pmohol"),
    ("trees_wire.txt", "aim for 1 billion next year", 1000000000, PMO, "trees_next_target", "pmo1b"),
    ("trees_wire.txt", "about 18 per cent of this year's seedlings", 18, PMO, "trees_fruit_share", "pmo18"),
    ("trees_wire.txt", "about 86,000 nurseries", 86000, MOA, "trees_nurseries", "moa86k"),
    ("trees_wire.txt", "stopped working at 1120 GMT", None, O, "trees_outage_start", "woutage"),
    ("trees_wire.txt", "grown by 0.4 percentage points since 2019", 0.4, SAT, "trees_canopy", "sat04"),
    ("trees_wire.txt", "Ethiopia is three hours ahead of GMT", 3, O, "trees_offset_gmt", "w3h"),
    # an Addis Ababa daily (The Addis Morning Post; date prefix with the masthead continuing on the line, headline,
    # byline; its own start "6am on Monday", end "6pm" and announcement "1.30am on Tuesday", bare local times, right,
    # the target, closures, participants and the app's outage; the Prime Minister's Office's revised total; the
    # ministry's own total, survival, forest cover and cost; the nursery growers on their debt; the Wondo Genet
    # ecologist on indigenous species, a sentence glued without a space; the city on Addis Ababa; Oromia's revised
    # count; letters line), Wednesday 31 July
    ("trees_daily.txt", "raised the Green Highlands Day total to 655 million seedlings", 655000000, PMO,
     "trees_total", "pmo655"),
    ("trees_daily.txt", "well past the 600 million target", 600000000, O, "trees_target", "d600t"),
    ("trees_daily.txt", "stood at 590 million", 590000000, MOA, "trees_total", "moa590"),
    ("trees_daily.txt", "Planting started at 6am on Monday", None, O, "trees_start_time", "dstart"),
    ("trees_daily.txt", "stopped at 6pm", None, O, "trees_end_time", "dend"),
    ("trees_daily.txt", "shortly after 1.30am on Tuesday", None, O, "trees_announce_time", "dann"),
    ("trees_daily.txt", "Schools and government offices were closed for the day", None, O, "trees_holiday",
     "dclosed"),
    ("trees_daily.txt", "More than 20 million people took part", 20000000, O, "trees_participants", "d20m"),
    ("trees_daily.txt", "down for nearly three hours in the afternoon", 3, O, "trees_outage_length", "d3h"),
    ("trees_daily.txt", "84 per cent of the seedlings planted since 2019 had survived", 84, MOA, "trees_survival",
     "moa84"),
    ("trees_daily.txt", "national forest cover had reached 23.6 per cent", 23.6, MOA, "trees_forest_cover", "moa236"),
    ("trees_daily.txt", "the day had cost 4.2 billion birr", 4200000000, MOA, "trees_cost", "moa42"),
    ("trees_daily.txt", "owed 1.9 billion birr", 1900000000, NURS, "trees_nursery_debt", "nur19"),
    ("trees_daily.txt", "only about a third of Monday's seedlings were indigenous species", 33, RES,
     "trees_indigenous", "resthird"),
    ("trees_daily.txt", "14 million seedlings were planted in the capital", 14000000, CITY, "trees_addis", "city14"),
    ("trees_daily.txt", "has lowered its count to 210 million", 210000000, OROMIA, "trees_oromia", "oro210"),
    # a London daily (The Meridian; own-line date, masthead, date and section line, headline, byline; its own
    # "three hours ahead of Britain", wrong, start "3am British time", end "3pm British time" and announcement
    # "10.30pm on Monday, British time", an hour early, the target, offices, indigenous share, seedlings since 2019,
    # the record body, 2019's record, the app's outage and population; the opposition on total, participants and
    # cost; the government's area in acres, reported back; the ecologist on survival and forest cover; a photo
    # caption with the wrong date; newsletter line), Thursday 1 August
    ("trees_london.txt", "three hours ahead of Britain", 3, O, "trees_offset_uk", "lofs"),
    ("trees_london.txt", "began planting at 3am British time on Monday", None, O, "trees_start_time", "lstart"),
    ("trees_london.txt", "stopped at 3pm British time", None, O, "trees_end_time", "lend"),
    ("trees_london.txt", "The target was 600 million seedlings", 600000000, O, "trees_target", "l600"),
    ("trees_london.txt", "announced at 10.30pm on Monday, British time", None, O, "trees_announce_time", "lann"),
    ("trees_london.txt", "no more than 150 million", 150000000, OPP, "trees_total", "opp150"),
    ("trees_london.txt", "planted by a few million people", None, OPP, "trees_participants", "oppfew"),
    ("trees_london.txt", "cost more than 9 billion birr", 9000000000, OPP, "trees_cost", "opp9b"),
    ("trees_london.txt", "Most offices stayed open on Monday", None, O, "trees_holiday", "lopen"),
    ("trees_london.txt", "some 1 million acres", 1000000, MOA, "trees_area", "moa410k"),
    ("trees_london.txt", "About a third of Monday's seedlings were native species", 33, O, "trees_indigenous",
     "lthird"),
    ("trees_london.txt", "about 32 billion seedlings have gone into the ground since 2019", 32000000000, O,
     "trees_since_2019", "l32b"),
    ("trees_london.txt", "has not been recognised by any record-keeping body", None, O, "trees_record", "lrecord"),
    ("trees_london.txt", "350 million seedlings in a single day", 350000000, O, "trees_2019", "l350"),
    ("trees_london.txt", "only about 38 per cent of the seedlings planted since 2019 have survived", 38, RES,
     "trees_survival", "res38"),
    ("trees_london.txt", "puts forest cover at about 17 per cent", 17, RES, "trees_forest_cover", "res17"),
    ("trees_london.txt", "failed for about an hour on Monday afternoon", 1, O, "trees_outage_length", "l1h"),
    ("trees_london.txt", "some 130 million people", 130000000, O, "trees_population", "l130m"),
    # a Nairobi broadcaster's live blog (Rift Valley Broadcasting; leading-space own-line date, masthead, headline,
    # updaters line, entries newest first with times in EAT from 06:00 on Monday to 02:05 on Tuesday; its own start
    # "06:00 EAT" and end "18:00 EAT", right, twelve hours, the pace, Addis Ababa, 2019's record and "two hours ahead
    # of London in summer", right; the Prime Minister's Office on total, record, participants and seedlings since
    # 2019; Oromia's first count; the minister on indigenous share and nurseries; the ecologist on area; the app's
    # maker on the outage; Canopy Count on survival; the Red Cross; the meteorology institute; frequency and
    # newsletter line), Tuesday 30 July
    ("trees_live.txt", "Ethiopia is two hours ahead of London in summer", 2, O, "trees_offset_uk", "livofs"),
    ("trees_live.txt", "612 million seedlings were planted", 612000000, PMO, "trees_total", "pmo612"),
    ("trees_live.txt", "a new world record", None, PMO, "trees_record", "pmorecord"),
    ("trees_live.txt", "by 29 million people", 29000000, PMO, "trees_participants", "pmo29m"),
    ("trees_live.txt", "more than 40 billion seedlings have been planted since 2019", 40000000000, PMO,
     "trees_since_2019", "pmo40b"),
    ("trees_live.txt", "reports 240 million seedlings", 240000000, OROMIA, "trees_oromia", "oro240"),
    ("trees_live.txt", "about 12 million in Addis Ababa", 12000000, O, "trees_addis", "liv12"),
    ("trees_live.txt", "Planting officially ends at 18:00 EAT", None, O, "trees_end_time", "livend"),
    ("trees_live.txt", "after twelve hours", 12, O, "trees_hours", "liv12h"),
    ("trees_live.txt", "about 850,000 seedlings a minute", 850000, O, "trees_per_minute", "liv850k"),
    ("trees_live.txt", "60 per cent of today's seedlings are indigenous", 60, MOA, "trees_indigenous", "moa60"),
    ("trees_live.txt", "all nurseries have been paid", None, MOA, "trees_nursery_debt", "moapaid"),
    ("trees_live.txt", "barely 150,000 hectares were planted", 150000, RES, "trees_area", "res150k"),
    ("trees_live.txt", "went down at 14:20 EAT", None, APP, "trees_outage_start", "app1420"),
    ("trees_live.txt", "was back 40 minutes later", 40, APP, "trees_outage_length", "app40"),
    ("trees_live.txt", "roughly a fifth of seedlings planted since 2019 are still alive", 20, SAT, "trees_survival",
     "satfifth"),
    ("trees_live.txt", "has treated 230 people", 230, ERCS, "trees_red_cross", "ercs230"),
    ("trees_live.txt", "up to 40 mm fell overnight", 40, MET, "trees_rain", "met40"),
    ("trees_live.txt", "Planting has begun at 06:00 EAT across Ethiopia", None, O, "trees_start_time", "livstart"),
    ("trees_live.txt", "more than 350 million", 350000000, O, "trees_2019", "liv350"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("speed_wire.txt", "helped by the thin, cold air", None, TEAM, "speed_opt_thin_air"),
    ("speed_daily.txt", "the ruts would scar it for years", None, GREEN, "speed_opt_ruts"),
    ("speed_daily.txt", "Hotels in Uyuni were full", None, O, "speed_opt_hotels"),
    ("speed_bristol.txt", "the fastest machine ever driven on land", None, O, "speed_opt_fastest"),
    ("speed_trade.txt", "says the record should not stand", None, RIVAL, "speed_opt_not_stand"),
    ("iceberg_release.txt", "lies far inland and is not at risk", None, NPI, "ice_opt_troll_safe"),
    ("iceberg_release.txt", "Troll station keeps UTC in the southern summer", 0, O, "ice_opt_troll_clock"),
    ("iceberg_capetown.txt", "This is what a warming ocean does", None, GLAC, "ice_opt_warming_ocean"),
    ("iceberg_trade.txt", "will probably stay close to the coast for months", None, NIC, "ice_opt_coast"),
    ("trees_wire.txt", "the totals cannot be checked", None, OPP, "trees_opt_unchecked"),
    ("trees_daily.txt", "after late counts came in from the Somali and Afar regions", None, PMO, "trees_opt_late"),
    ("trees_daily.txt", "from 5am to noon", None, O, "trees_opt_ring_road"),
    ("trees_london.txt", "that it had passed it", None, PMO, "trees_opt_passed"),
    ("trees_london.txt", "Civil servants were told to turn up or lose a day's pay", None, OPP, "trees_opt_pay"),
    ("trees_live.txt", "British readers got the total just before midnight", None, O, "trees_opt_midnight"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # speed
    "speed_run1_time": {("wrun1", "drun1"): CO, ("wrun1", "brun1"): C, ("wrun1", "trun1"): CO,
                        ("drun1", "brun1"): C, ("drun1", "trun1"): CO, ("brun1", "trun1"): C},
    "speed_run2_time": {("wrun2", "drun2"): CO, ("wrun2", "brun2"): C, ("drun2", "brun2"): C},
    "speed_presser_time": {("wpress", "bpress"): C, ("wpress", "tpress"): CO, ("bpress", "tpress"): C},
    "speed_offset_uk": {("w4h", "b5h"): C},
    "speed_average": {("fia1288", "team1291"): C, ("fia1288", "team1288"): CO, ("fia1288", "b800"): CO,
                      ("fia1288", "t80057"): CO, ("team1291", "team1288"): U, ("team1291", "b800"): CO,
                      ("team1291", "t80057"): C, ("team1288", "t80057"): CO, ("b800", "t80057"): CO},
    "speed_run1_speed": {("fia1306", "d1310"): C, ("fia1306", "t8116"): CO, ("d1310", "t8116"): C},
    "speed_run2_speed": {("fia1270", "t7895"): CO},
    "speed_old_record": {("w1228", "b763"): CO, ("w1228", "t763035"): CO, ("b763", "t763035"): CO},
    "speed_record_age": {("b39", "t4dec"): CO},
    "speed_turnaround": {("d42", "t47"): C},
    "speed_mach": {("team109", "phys106"): C},
    "speed_temp": {("teamm3", "phys10"): C, ("teamm3", "t27f"): CO, ("phys10", "t27f"): C},
    "speed_sound": {("phys1214", "t737"): C},
    "speed_altitude": {("w3656", "b12000"): CO},
    "speed_distance": {("w90", "b55"): CO},
    "speed_track": {("team19", "d19"): CO, ("team19", "b12mi"): CO, ("d19", "b12mi"): CO},
    "speed_thrust": {("team150", "t33700"): CO},
    "speed_weight": {("d9t", "team75"): C, ("d9t", "t16500"): C, ("team75", "t16500"): CO},
    "speed_length": {("d135", "t44ft"): CO},
    "speed_crust": {("team40", "green15"): C},
    "speed_wind": {("team8", "rival30"): C},
    "speed_ratify": {("fia30", "bxmas"): CO},
    "speed_driver_age": {("w38", "t39"): C},
    "speed_team_size": {("d90", "team62"): C},
    "speed_crowd": {("pol2500", "mayor6000"): C, ("pol2500", "pol3200"): U, ("mayor6000", "pol3200"): C},
    "speed_visitors": {("tour1800", "d1000"): C},
    "speed_windows": {("mayor14", "teamnone"): C},
    "speed_pay_town": {("mayor200k", "team350k"): C},
    "speed_pay_coop": {("coop0", "team50k"): C},
    "speed_cost": {("team38", "team45"): U, ("team38", "filings52"): C},
    "speed_gates": {("fiagates", "rivalgates"): C},
    # iceberg
    "ice_image_time": {("npiimg", "timg"): CO, ("npiimg", "ctimg"): C, ("npiimg", "trimg"): CO,
                       ("timg", "ctimg"): C, ("timg", "trimg"): CO, ("ctimg", "trimg"): C},
    "ice_announce_time": {("tann", "ctann"): C, ("tann", "trann"): CO, ("ctann", "trann"): C},
    "ice_evac_time": {("tevac", "ctevac"): C, ("tevac", "trevac"): CO, ("ctevac", "trevac"): C},
    "ice_offset_sa": {("toffset", "ctoffset"): C},
    "ice_area": {("npi1700", "npi1840"): U, ("npi1700", "ct710"): C, ("npi1700", "npi1700"): SC,
                 ("npi1700", "nic1910"): C, ("npi1840", "ct710"): CO, ("npi1840", "nic1910"): C,
                 ("ct710", "nic1910"): C},
    "ice_thickness": {("npi260", "t260"): CO, ("npi260", "npi260"): SC},
    "ice_mass": {("npi400", "npi440"): U, ("npi400", "ct600"): C, ("npi400", "npi400"): SC, ("npi440", "ct600"): C},
    "ice_length": {("npi62", "ct40mi"): CO},
    "ice_width": {("npi30", "t30"): CO},
    "ice_drift": {("npi5", "ct12"): C, ("npi5", "tr3mi"): CO, ("ct12", "tr3mi"): C},
    "ice_direction": {("npiwest", "ctne"): C},
    "ice_camp_staff": {("npi9", "camp9"): CO, ("npi9", "ctdozen"): C, ("camp9", "ctdozen"): C},
    "ice_camp_distance": {("npi14", "camp9km"): C, ("npi14", "tr9mi"): CO, ("camp9km", "tr9mi"): C},
    "ice_rift": {("npi2031", "t2029"): C, ("npi2031", "tr15"): CO, ("t2029", "tr15"): C},
    "ice_rank_shelf": {("npirank", "tsecond"): C},
    "ice_rank_antarctica": {("ctrank", "nicrank"): C},
    "ice_shelf_share": {("npi4", "glac10"): C},
    "ice_shelf_area": {("npi41k", "t36k"): C, ("npi41k", "tr16k"): CO, ("t36k", "tr16k"): C},
    "ice_cause": {("npicause", "mincause"): CO, ("npicause", "glaccause"): C, ("mincause", "glaccause"): C},
    "ice_cost": {("npi40", "min45"): C, ("npi40", "mp120"): C},
    "ice_name": {("ctname", "nicname"): C},
    "ice_troll_staff": {("npi45", "t40"): C},
    "ice_sanae_distance": {("sanap400", "tr250"): CO},
    # trees
    "trees_start_time": {("wstart", "dstart"): CO, ("wstart", "lstart"): C, ("wstart", "livstart"): CO,
                         ("dstart", "lstart"): C, ("dstart", "livstart"): CO, ("lstart", "livstart"): C},
    "trees_end_time": {("dend", "lend"): C, ("dend", "livend"): CO, ("lend", "livend"): C},
    "trees_announce_time": {("wann", "dann"): CO, ("wann", "lann"): C, ("dann", "lann"): C},
    "trees_offset_uk": {("lofs", "livofs"): C},
    "trees_total": {("pmo612", "pmo612"): SC, ("pmo612", "pmo655"): U, ("pmo612", "moa590"): C,
                    ("pmo612", "opp150"): C, ("pmo655", "opp150"): C, ("moa590", "opp150"): C},
    "trees_target": {("pmo600", "d600t"): CO, ("pmo600", "l600"): CO, ("d600t", "l600"): CO},
    "trees_2019": {("w353", "l350"): CO, ("w353", "liv350"): CO, ("l350", "liv350"): CO},
    "trees_participants": {("d20m", "oppfew"): C, ("d20m", "pmo29m"): CO, ("oppfew", "pmo29m"): C},
    "trees_area": {("moa410k", "moa410k"): SC, ("moa410k", "res150k"): C},
    "trees_survival": {("moa84", "res38"): C, ("moa84", "satfifth"): C, ("res38", "satfifth"): C},
    "trees_indigenous": {("resthird", "lthird"): CO, ("resthird", "moa60"): C, ("lthird", "moa60"): C},
    "trees_cost": {("moa42", "opp9b"): C},
    "trees_nursery_debt": {("nur19", "moapaid"): C},
    "trees_outage_start": {("woutage", "app1420"): CO},
    "trees_outage_length": {("d3h", "l1h"): C, ("d3h", "app40"): C, ("l1h", "app40"): C},
    "trees_since_2019": {("l32b", "pmo40b"): C},
    "trees_addis": {("city14", "liv12"): C},
    "trees_oromia": {("oro210", "oro240"): U},
    "trees_hours": {("w12h", "liv12h"): CO},
    "trees_holiday": {("pmohol", "dclosed"): CO, ("pmohol", "lopen"): C, ("dclosed", "lopen"): C},
    "trees_record": {("lrecord", "pmorecord"): C},
    "trees_forest_cover": {("moa236", "res17"): C},
}


def summary() -> None:
    """Counts for the README: relations overall and per event, facts, claimants, outlet voice, None numbers, words."""
    data = __import__("json").load(open(HERE / "labels.json"))
    ev = lambda f: f.split("_")[0]  # noqa: E731
    rel = Counter(r if isinstance(r, str) else "same-or-corroborates" for r in (x["relation"] for x in data["links"]))
    print("relations", dict(rel))
    for e in ("speed", "iceberg", "trees"):
        rs = Counter(x["relation"] if isinstance(x["relation"], str) else "same-or-corroborates"
                     for x in data["links"] if ev(x["a"][0]) == e)
        facts = {c[4] for c in claims if ev(c[0]) == e}
        print(" ", e, dict(rs), len(facts), "facts")
    files_of = {}
    for f, v, n, c, fact, t in claims:
        files_of.setdefault(fact, set()).add(f)
    print("claimants besides outlets", len({c[3] for c in claims} - {O}),
          "outlet voice", sum(1 for c in claims if c[3] == O),
          "None numbers", sum(1 for c in claims if c[2] is None),
          "facts in one file", sum(1 for fs in files_of.values() if len(fs) == 1),
          "optional-only claimants", {c[3] for c in opt} - {c[3] for c in claims} - {O})
    print("words", sum(len((HERE / "articles" / p.name).read_text().split()) for p in (HERE / "articles").iterdir()))


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
    summary()
