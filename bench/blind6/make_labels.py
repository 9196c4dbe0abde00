"""The hand labels, as a table: writes labels.json and checks that every value occurs in its file,
that links join claims on one fact in different files, and that every such pair has a relation.

Each claim carries a source tag (who said which figure, e.g. "mayor7" = Mayor Katarin Holm saying
seven dead). The relation of two claims in different files on one fact is looked up, by hand, in
REL[fact][(tag, tag)], so every cross-file pair gets the relation a careful fact-checker would give.
"""
import json, itertools, os
from pathlib import Path
HERE = Path(__file__).resolve().parent
A = str(HERE / "articles") + "/"
D_R, D_B, D_H, D_L = "drone_reuters.txt", "drone_bbc.txt", "drone_merinherald.txt", "drone_liveblog.txt"
T_A, T_D, T_P, T_W = "train_ap.txt", "train_dw.txt", "train_marenzapost.txt", "train_railwatch.txt"
W_A, W_E, W_K = "wildfire_afp.txt", "wildfire_euronews.txt", "wildfire_kalistratimes.txt"
O = "outlet"
HOLM = "Katarin Holm"
LAF = "Lutavian Air Force"
KMOD = "Kasmarian Defence Ministry"
SES = "State Emergency Service"
MILADM = "Merin military administration"
IM = "Interior Ministry"
CSR = "Calveran State Railways"
RWU = "Railway Workers' Union"
TAIB = "Transport Accident Investigation Board"
CPA = "Civil Protection Agency"
FS = "fire service"
ARETIS = "Nikos Aretis"
# (file, value as it appears, number, claimant, fact, source tag)
claims = [
 # drone attack, Reuters (Sunday morning)
 (D_R, "killing seven people", 7, HOLM, "civilians_killed", "mayor7"),
 (D_R, "including two children", 2, HOLM, "children_killed", "mayor"),
 (D_R, "1:24 a.m. (2324 GMT on Saturday)", None, O, "alert_time", "out"),  # "Reuters witnesses said": the outlet's own reporters
 (D_R, "more than four hours", 4, O, "explosions_duration", "out"),
 (D_R, "187 attack drones", 187, LAF, "drones_launched", "af"),
 (D_R, "14 missiles", 14, LAF, "missiles_launched", "af"),
 (D_R, "146 of the drones", 146, LAF, "drones_shot_down", "af146"),
 (D_R, "11 of the missiles", 11, LAF, "missiles_shot_down", "af"),
 (D_R, "more than 40 drones", 40, MILADM, "drones_downed_capital", "mil"),
 (D_R, "Thirty-four people were injured", 34, HOLM, "injured", "mayor34"),
 (D_R, "at least 14 residential buildings", 14, HOLM, "residential_buildings_damaged", "mayor14"),
 (D_R, "at least three missiles", 3, "Lutavian officials", "missiles_hit_repair_plant", "off"),
 (D_R, "about 120,000 households", 120000, "MerinEnergo", "households_without_power_peak", "energo"),
 (D_R, "75 drones", 75, O, "bg_nov2023_drones", "out75"),
 # drone attack, BBC (Sunday evening)
 (D_B, "Eleven people have been killed", 11, HOLM, "civilians_killed", "mayor11"),
 (D_B, "seven dead", 7, HOLM, "civilians_killed", "mayor7"),
 (D_B, "nine dead", 9, SES, "civilians_killed", "ses9"),
 (D_B, "at least nine civilians", 9, "UN human rights monitoring mission", "civilians_killed", "un"),
 (D_B, "including two children", 2, "UN human rights monitoring mission", "children_killed", "un"),
 (D_B, "more than 50", 50, HOLM, "injured", "mayor50"),
 (D_B, "34 injured", 34, HOLM, "injured", "mayor34"),
 (D_B, "21 remain in hospital", 21, HOLM, "hospitalised", "mayor"),
 (D_B, "162 of the 187 drones", 162, LAF, "drones_shot_down", "af162"),
 (D_B, "187 drones", 187, LAF, "drones_launched", "af"),
 (D_B, "a further 19", 19, LAF, "drones_lost_jamming", "af"),
 (D_B, "Eleven of the 14 missiles", 11, LAF, "missiles_shot_down", "af"),
 (D_B, "the 14 missiles", 14, LAF, "missiles_launched", "af"),
 (D_B, "four of five ballistic missiles", 4, LAF, "ballistic_missiles_shot_down", "af"),
 (D_B, "not a single", None, KMOD, "missiles_shot_down", "kas"),
 (D_B, "up to 60 Lutavian servicemen", 60, KMOD, "servicemen_killed_airfield", "kas"),
 (D_B, "23:24 GMT on Saturday", None, O, "alert_time", "out"),
 (D_B, "04:50 GMT", None, O, "all_clear_time", "out"),
 (D_B, "nearly five and a half hours", 5.5, O, "alert_duration", "out"),
 (D_B, "nine of the city's 10 districts", 9, "military administration", "districts_hit_by_debris", "mil"),
 (D_B, "a quarter of a million residents", 250000, HOLM, "residents_without_power", "mayor"),
 # drone attack, Merin Herald (local paper, Monday)
 (D_H, "Eleven people were killed", 11, HOLM, "civilians_killed", "mayor11"),
 (D_H, "a 9-year-old girl and her 12-year-old brother", None, HOLM, "children_killed", "mayor"),
 (D_H, "more than 50 people had been hurt", 50, "Holm", "injured", "mayor50"),
 (D_H, "21 were still being treated in hospital", 21, "city health department", "hospitalised", "health"),
 (D_H, "six of them children", 6, "city health department", "children_hospitalised", "health"),
 (D_H, "its gymnasium and two classrooms were destroyed", None, O, "civilian_buildings_hit", "out"),
 (D_H, "no civilian buildings had been hit", None, KMOD, "civilian_buildings_hit", "kas"),
 (D_H, "about 1.40am", None, "neighbours", "first_explosions_time", "res"),
 (D_H, "43 drones", 43, MILADM, "drones_downed_capital", "mil43"),
 (D_H, "three missiles had been shot down", 3, MILADM, "missiles_downed_capital", "mil"),
 (D_H, "17 apartment buildings", 17, "Holm", "residential_buildings_damaged", "mayor17"),
 (D_H, "the 14 she reported", 14, "Holm", "residential_buildings_damaged", "mayor14"),
 (D_H, "about 8,000 households", 8000, "MerinEnergo", "households_still_without_power", "energo"),
 # drone attack, Lutavia Now live blog (glued sentences)
 (D_L, "seven people have been killed", 7, HOLM, "civilians_killed", "mayor7"),
 (D_L, "Two of the dead are children", 2, HOLM, "children_killed", "mayor"),
 (D_L, "dozens of injured people", None, O, "injured", "out_dozens"),
 (D_L, "187 drones launched", 187, "Lutavian air force", "drones_launched", "af"),
 (D_L, "146 drones downed", 146, "Lutavian air force", "drones_shot_down", "af146"),
 (D_L, "more than 250 drones", 250, "Northern Hammer", "drones_launched", "nh"),
 (D_L, "at least 43 drones", 43, "Military administration", "drones_downed_capital", "mil43"),
 (D_L, "Debris fell in nine districts", 9, "Military administration", "districts_hit_by_debris", "mil"),
 (D_L, "not one civilian object", None, KMOD, "civilian_buildings_hit", "kas"),
 (D_L, "Pictures from School No. 117 say otherwise", None, O, "civilian_buildings_hit", "out"),
 (D_L, "up to 60 soldiers", 60, "Kasmarian state TV (defence ministry claim)", "servicemen_killed_airfield", "kas"),
 (D_L, "no troops were killed there", None, "Lutavia's general staff", "servicemen_killed_airfield", "gs"),
 (D_L, "nine people are dead", 9, SES, "civilians_killed", "ses9"),
 (D_L, "162 drones shot down", 162, "Lutavian air force", "drones_shot_down", "af162"),
 (D_L, "19 lost to jamming", 19, "Lutavian air force", "drones_lost_jamming", "af"),
 (D_L, "at least nine civilians killed", 9, "UN monitors", "civilians_killed", "un"),
 (D_L, "57 drones", 57, O, "bg_nov2023_drones", "out57"),
 (D_L, "death toll now 11", 11, "Holm", "civilians_killed", "mayor11"),
 (D_L, "More than 50 injured", 50, "Holm", "injured", "mayor50"),
 (D_L, "lasted five and a half hours", 5.5, O, "alert_duration", "out"),
 (D_L, "from 01:24", None, O, "alert_time", "out"),
 (D_L, "06:50 local time", None, O, "all_clear_time", "out"),
 (D_L, "01:39", None, O, "first_explosions_time", "out"),
 # train derailment, AP (Friday)
 (T_A, "killing 14 people", 14, IM, "train_deaths", "im14"),
 (T_A, "injuring 86", 86, IM, "train_injured", "im"),
 (T_A, "Three children were among the dead", 3, IM, "train_children_killed", "im"),
 (T_A, "412 passengers", 412, CSR, "passengers_on_board", "csr412"),
 (T_A, "nine crew", 9, CSR, "crew_on_board", "csr"),
 (T_A, "seven of its 11 carriages", 7, CSR, "carriages_derailed", "csr7"),
 (T_A, "11 carriages", 11, CSR, "carriages_in_train", "csr"),
 (T_A, "11:47 p.m. (2147 GMT)", None, CSR, "derailment_time", "csr"),
 (T_A, "Two of the carriages rolled down an embankment", 2, O, "carriages_down_embankment", "out"),
 (T_A, "9:05 p.m.", None, "operator (Calveran State Railways)", "departure_time", "csr"),
 (T_A, "about 10 minutes late", 10, "operator (Calveran State Railways)", "delay_minutes", "csr"),
 (T_A, "about 110 kph (68 mph)", 110, RWU, "train_speed", "union"),
 (T_A, "80 kph (50 mph)", 80, RWU, "speed_limit_on_curve", "union"),
 (T_A, "not been inspected for 18 months", 18, RWU, "last_track_inspection", "union"),
 (T_A, "running within the permitted speed", None, "Sofia Randel (Calveran State Railways)", "within_speed_limit", "csr"),
 (T_A, "last been inspected in March", None, "Sofia Randel (Calveran State Railways)", "last_track_inspection", "csr"),
 (T_A, "More than 300 rescuers", 300, O, "rescuers", "out"),
 (T_A, "at least 17 people had died", 17, "Marta Ilves", "train_deaths", "gov17"),
 (T_A, "30,000 crowns each", 30000, "Ilario Benat", "compensation_per_family", "gov"),
 (T_A, "about 140 kilometers (87 miles)", 140, O, "distance_from_capital", "out"),
 (T_A, "killed 29 people", 29, O, "bg_2016_ostra_deaths", "out29"),
 # train derailment, DW (Friday evening)
 (T_D, "bringing the death toll to 21", 21, IM, "train_deaths", "im21"),
 (T_D, "the number of dead at 14", 14, IM, "train_deaths", "im14"),
 (T_D, "Five people were still unaccounted for", 5, IM, "people_missing", "im5"),
 (T_D, "21:47 UTC on Thursday", None, O, "derailment_time", "out"),
 (T_D, "412 passengers on board", 412, "operator, Calveran State Railways (CSR)", "passengers_on_board", "csr412"),
 (T_D, "close to 500 people", 500, "Dario Kell (Railway Workers' Union)", "passengers_on_board", "union500"),
 (T_D, "Of the 86 people injured", 86, "Health Ministry", "train_injured", "hm"),
 (T_D, "52 were still in hospital", 52, "Health Ministry", "train_hospitalised", "hm"),
 (T_D, "nine of them in critical condition", 9, "Health Ministry", "critical_condition", "hm"),
 (T_D, "six carriages had derailed", 6, "firefighters", "carriages_derailed", "fire6"),
 (T_D, "seven of the train's 11 cars", 7, "CSR", "carriages_derailed", "csr7"),
 (T_D, "11 cars", 11, "CSR", "carriages_in_train", "csr"),
 (T_D, "94 kilometers per hour", 94, TAIB, "train_speed", "taib"),
 (T_D, "about 110 km/h", 110, "union (Railway Workers' Union)", "train_speed", "union"),
 (T_D, "30,000 crowns (about €1,200)", 30000, "government", "compensation_per_family", "gov"),
 (T_D, "about 90 million passengers a year", 90e6, O, "network_passengers_per_year", "out"),
 # train derailment, Marenza Post (local paper, Saturday)
 (T_P, "Six of the 21", 6, "Marenza city council", "dead_from_marenza", "council"),
 (T_P, "21 people killed", 21, O, "train_deaths", "out21"),
 (T_P, "9.05pm", None, O, "departure_time", "out"),
 (T_P, "11.47pm", None, O, "derailment_time", "out"),
 (T_P, "More than 400 passengers", 400, CSR, "passengers_on_board", "csr400"),
 (T_P, "no one was still missing", None, IM, "people_missing", "im0"),
 (T_P, "for a year and a half", None, RWU, "last_track_inspection", "union"),
 (T_P, "the track was inspected in March", None, "CSR", "last_track_inspection", "csr"),
 (T_P, "far faster than the limit", None, "Dario Kell (Railway Workers' Union)", "within_speed_limit", "union"),
 (T_P, "had kept to the speed restrictions", None, "Sofia Randel (CSR)", "within_speed_limit", "csr"),
 (T_P, "Thirty-eight of the injured", 38, "Anton Vey", "injured_brought_to_marenza_hospital", "vey"),
 (T_P, "Fourteen were still there", 14, "Anton Vey", "still_in_marenza_hospital", "vey"),
 (T_P, "31 people died", 31, O, "bg_2016_ostra_deaths", "out31"),
 # train derailment, RailWatch (aggregator, glued sentences)
 (T_W, "23:47 local time", None, O, "derailment_time", "out"),
 (T_W, "Seven of eleven coaches", 7, "CSR", "carriages_derailed", "csr7"),
 (T_W, "eleven coaches", 11, "CSR", "carriages_in_train", "csr"),
 (T_W, "Local firefighters counted six", 6, "local firefighters", "carriages_derailed", "fire6"),
 (T_W, "toll stands at 21 dead", 21, IM, "train_deaths", "im21"),
 (T_W, "including three children", 3, IM, "train_children_killed", "im"),
 (T_W, "86 injured", 86, IM, "train_injured", "im"),
 (T_W, "about 110 km/h", 110, "union (RWU)", "train_speed", "union"),
 (T_W, "an 80 km/h curve", 80, "union (RWU)", "speed_limit_on_curve", "union"),
 (T_W, "94 km/h", 94, "accident board", "train_speed", "taib"),
 (T_W, "the train was within the limit", None, "CSR", "within_speed_limit", "csr"),
 (T_W, "CSR says 412", 412, "CSR", "passengers_on_board", "csr412"),
 (T_W, "RWU says close to 500", 500, "RWU", "passengers_on_board", "union500"),
 (T_W, "about 450 seats", 450, O, "seats_on_train", "out"),
 (T_W, "18 months without inspection", 18, "RWU", "last_track_inspection", "union"),
 (T_W, "CSR says March", None, "CSR", "last_track_inspection", "csr"),
 (T_W, "29 dead", 29, O, "bg_2016_ostra_deaths", "out29"),
 (T_W, "at least 17", 17, "Governor Ilves", "train_deaths", "gov17"),
 # wildfire, AFP (Tuesday)
 (W_A, "about 18,000 people", 18000, CPA, "evacuated", "cpa"),
 (W_A, "about 2:30 pm (1130 GMT) on Monday", None, CPA, "fire_start_time", "cpa"),
 (W_A, "12,400 hectares", 12400, CPA, "area_burnt", "cpa12400"),
 (W_A, "More than 900 firefighters", 900, FS, "firefighters_deployed", "fs900"),
 (W_A, "14 water-bombing aircraft", 14, FS, "water_bombers", "fs"),
 (W_A, "nine helicopters", 9, FS, "helicopters", "fs"),
 (W_A, "up to 80 kilometres (50 miles) per hour", 80, "national weather service", "wind_gusts", "met"),
 (W_A, "41 degrees Celsius", 41, "national weather service", "max_temperature", "met"),
 (W_A, "more than 25,000 people", 25000, ARETIS, "evacuated", "mayor"),
 (W_A, "thousands of tourists", None, ARETIS, "tourists_evacuated", "mayor"),
 (W_A, "A 72-year-old man was found dead", None, FS, "fire_deaths", "fs1"),
 (W_A, "Eleven firefighters", 11, FS, "firefighters_injured", "fs11"),
 (W_A, "120 homes", 120, FS, "homes_destroyed", "fs120"),
 (W_A, "nearly 200 houses", 200, "Aretis", "homes_destroyed", "mayor200"),
 (W_A, "started by sparks from a power line", None, "residents of Ano Livadi", "fire_cause", "res"),
 (W_A, "denied that its lines had caused the fire", None, "AndGrid", "fire_cause", "grid"),
 (W_A, "burnt 9,000 hectares", 9000, O, "bg_2021_area_burnt", "out9000"),
 (W_A, "destroyed 60 homes", 60, O, "bg_2021_homes_destroyed", "out"),
 # wildfire, Euronews-style broadcaster (Wednesday)
 (W_E, "bringing the number of dead to two", 2, FS, "fire_deaths", "fs2"),
 (W_E, "around 16:00 local time (13:00 GMT)", None, "Eleni Vardas (fire service)", "firefighter_death_time", "fs"),
 (W_E, "14 firefighters had now been injured", 14, "Eleni Vardas (fire service)", "firefighters_injured", "fs14"),
 (W_E, "16,800 hectares", 16800, CPA, "area_burnt", "cpa16800"),
 (W_E, "up from 12,400", 12400, CPA, "area_burnt", "cpa12400"),
 (W_E, "19,500 hectares", 19500, "Copernicus emergency mapping service", "area_burnt", "cop"),
 (W_E, "Tens of thousands of residents and holidaymakers", None, O, "evacuated", "out_tens"),
 (W_E, "Around 18,000 people", 18000, CPA, "evacuated", "cpa"),
 (W_E, "more than 25,000", 25000, ARETIS, "evacuated", "mayor"),
 (W_E, "about 6,000", 6000, "Andarian Hotel Association", "tourists_evacuated", "aha"),
 (W_E, "About 1,200 firefighters", 1200, FS, "firefighters_deployed", "fs1200"),
 (W_E, "Thirty-seven people", 37, "health officials", "treated_smoke_inhalation", "health"),
 (W_E, "eight of whom were admitted to hospital", 8, "health officials", "fire_hospitalised", "health"),
 (W_E, "driest spring in 40 years", 40, "national weather service", "driest_spring", "met"),
 # wildfire, Kalistra Times (local paper, Thursday)
 (W_K, "largely contained", None, FS, "fire_contained", "fs"),
 (W_K, "around 2.30pm", None, O, "fire_start_time", "out"),
 (W_K, "64 of its 210 homes", 64, "village council", "homes_destroyed_ano_livadi", "council"),
 (W_K, "143 homes destroyed", 143, FS, "homes_destroyed", "fs143"),
 (W_K, "340 damaged", 340, FS, "homes_damaged", "fs"),
 (W_K, "nearly 200 were lost", 200, "Mayor Nikos Aretis", "homes_destroyed", "mayor200"),
 (W_K, "The two dead", 2, O, "fire_deaths", "out2"),
 (W_K, "at about 4pm on Wednesday", None, O, "firefighter_death_time", "out"),
 (W_K, "some 16,800 hectares", 16800, "civil protection officials", "area_burnt", "cpa16800"),
 (W_K, "about 11,000 hectares", 11000, O, "bg_2021_area_burnt", "out11000"),
 (W_K, "25,000 evacuees", 25000, "town hall", "evacuated", "mayor"),
 (W_K, "about 18,000", 18000, CPA, "evacuated", "cpa"),
 (W_K, "around 3,500 people", 3500, CPA, "still_in_shelters", "cpa"),
 (W_K, "an inspection found its line intact", None, "AndGrid", "fire_cause", "grid"),
]
OPT = [  # borderline: a detection here is not a false positive, a miss is not a miss
 (D_R, "shortly after 7 a.m.", None, "Katarin Holm", "holm_post_time"),
 (D_R, "the largest combined attack since the start of the year", None, LAF, "largest_since_new_year"),
 (D_R, "a massive strike with long-range precision weapons", None, KMOD, "kas_strike_description"),
 (D_R, "Every missile that gets through is paid for in lives", None, "Oren Falk", "falk_quote"),
 (D_R, "restore most supplies by the evening", None, "MerinEnergo", "power_restore_eta"),
 (D_R, "adding that the count was preliminary", None, LAF, "count_preliminary"),
 (D_B, "(01:24 local time)", None, O, "alert_time_local_bbc"),
 (D_B, "one of the heaviest Kasmarian air attacks on the city this year", None, O, "heaviest_this_year"),
 (D_B, "a five-storey block", 5, SES, "block_storeys"),
 (D_B, "the figure was likely to rise", None, "UN human rights monitoring mission", "un_toll_may_rise"),
 (D_B, "mobile fire groups had done much of the work", None, "Mikola Aren", "mobile_fire_groups"),
 (D_B, "mixed decoy drones without warheads into the swarm", None, "General Aren", "decoy_drones"),
 (D_H, "more than a year", None, O, "heaviest_in_more_than_a_year"),
 (D_H, "They say they only hit military targets", None, "Aleksandr Brenn", "caretaker_quote"),
 (D_H, "a quarter of an hour after the sirens", None, "neighbours", "explosions_after_sirens"),
 (D_H, "until half past five", None, "Lidia Moroz", "shaking_until"),
 (D_H, "Lidia Moroz, 71", 71, O, "moroz_age"),
 (D_H, "March 2, 2024", None, O, "photo_date"),
 (D_L, "calls the air force figures", None, "Northern Hammer", "af_figures_invented"),
 (D_L, "Holm's number was seven", 7, "Holm", "holm_seven_repeat"),
 (D_L, "preliminary", None, "Andrii Kosten", "count_preliminary"),
 (D_L, "six unaccounted for", 6, O, "drones_unaccounted"),
 (D_L, "the largest since then", None, O, "largest_since_nov2023"),
 (D_L, "at least 20 dead", 20, "reader's cousin", "reader_comment"),
 (T_A, "Elena Sarto, 34", 34, O, "sarto_age"),
 (T_A, "the fourth carriage", 4, "Elena Sarto", "sarto_carriage"),
 (T_A, "late Friday morning", None, O, "ilves_statement_time"),
 (T_A, "three days of national mourning", 3, "Ilario Benat", "national_mourning"),
 (T_D, "shortly before midnight local time", None, O, "derailment_time_local_dw"),
 (T_D, "some two and a half hours after leaving", None, O, "journey_time"),
 (T_D, "far too early", None, "Ilario Benat", "too_early_for_blame"),
 (T_D, "The operator only counts the people it sold seats to", None, "Dario Kell", "kell_quote_dw"),
 (T_P, "Pavel Oster, 58", 58, O, "oster_age"),
 (T_P, "at eleven", None, "Irena Castell", "oster_call_time"),
 (T_P, "may still rise", None, "Marta Ilves", "toll_may_rise"),
 (T_P, "They saved money on inspections", None, "Dario Kell", "kell_quote_post"),
 (T_P, "survived with a broken arm", None, "Sofia Randel", "driver_survived"),
 (T_P, "June 13, 2024", None, O, "photo_date"),
 (T_W, "Either way that is over the limit", None, O, "over_limit_inference"),
 (T_W, "the union's 80 km/h figure", 80, O, "speed_limit_repeat"),
 (T_W, "in 2009", None, "trainfan88", "reader_comment"),
 (W_A, "(30,640 acres)", 30640, CPA, "area_burnt_acres_afp"),
 (W_A, "We have emptied whole neighbourhoods", None, ARETIS, "mayor_quote"),
 (W_E, "The 29-year-old volunteer", 29, FS, "firefighter_age"),
 (W_E, "many tourists left on their own and were never registered", None, ARETIS, "tourists_unregistered"),
 (W_E, "three neighbouring countries", 3, FS, "foreign_crews"),
 (W_E, "detained a 57-year-old man", None, "police", "arrest_separate_fire"),
 (W_E, "no evidence linking him to the main blaze", None, "police", "arrest_link"),
 (W_K, "for three days", None, O, "fire_duration"),
 (W_K, "210 homes", 210, "village council", "village_homes_total"),
 (W_K, "barely a house on the upper road is still standing", None, O, "upper_road_houses"),
 (W_K, "Stavros Kalas, 72", 72, O, "kalas_age"),
 (W_K, "Dimitra Lenou, 29", 29, O, "lenou_age"),
 (W_K, "(about 41,500 acres)", 41500, O, "area_burnt_acres_times"),
 (W_K, "about a quarter of the municipality's forest", None, O, "forest_share"),
 (W_K, "Satellite-based estimates run higher", None, O, "satellite_higher"),
 (W_K, "I watched the sparks fall into the grass", None, "Yannis Tsolis", "tsolis_quote"),
 (W_K, "July 22, 2024", None, O, "photo_date"),
]
STATEMENTS = [  # attributed, checkable assertions without a figure
 (D_R, "a secondary school in the Zarechna district had been hit", None, HOLM, "civilian_buildings_hit", "mayor"),
 (D_R, "all designated targets had been hit", None, KMOD, "all_targets_hit", "kas"),
 (D_R, "denied that any civilian building was hit", None, KMOD, "civilian_buildings_hit", "kas"),
 (D_B, "no military personnel had been killed", None, "Lutavia's general staff", "servicemen_killed_airfield", "gs"),
 (D_L, "all targets were hit", None, "Kasmaria's defence ministry", "all_targets_hit", "kas"),
 (W_K, "Villagers blame a sagging power line for the fire", None, "villagers", "fire_cause", "res"),
]
claims = claims + STATEMENTS
C, CO, S, U = "contradicts", "corroborates", "same", "updates"
SC = [S, CO]  # same claimant, compatible wording (or a claimant named two ways): either is right
# relation between two source tags on a fact (order does not matter)
REL = {
 # --- drone attack on Merin (Lutavia's capital), night of 1-2 March 2025; local time = GMT+2
 "civilians_killed": {
  ("mayor7", "mayor7"): S, ("mayor7", "mayor11"): U, ("mayor11", "mayor11"): S,
  ("mayor7", "ses9"): C, ("mayor11", "ses9"): C, ("ses9", "ses9"): S,
  ("mayor7", "un"): C,  # 7 is below the UN's "at least nine"
  ("mayor11", "un"): CO, ("ses9", "un"): CO, ("un", "un"): S,
 },
 "children_killed": {("mayor", "mayor"): SC, ("mayor", "un"): CO},
 "injured": {("mayor34", "mayor34"): S, ("mayor34", "mayor50"): U, ("mayor50", "mayor50"): S,
             ("out_dozens", "mayor34"): CO, ("out_dozens", "mayor50"): CO},
 "hospitalised": {("mayor", "health"): CO},
 "drones_launched": {("af", "af"): S, ("af", "nh"): C},
 "missiles_launched": {("af", "af"): S},
 "drones_shot_down": {("af146", "af146"): S, ("af146", "af162"): U, ("af162", "af162"): S},
 "drones_lost_jamming": {("af", "af"): S},
 "missiles_shot_down": {("af", "af"): SC, ("af", "kas"): C},
 "drones_downed_capital": {("mil", "mil43"): SC, ("mil43", "mil43"): SC},  # "more than 40" / 43 / "at least 43"
 "civilian_buildings_hit": {
  ("mayor", "kas"): C, ("mayor", "out"): CO, ("kas", "kas"): SC, ("kas", "out"): C, ("out", "out"): CO,
 },
 "all_targets_hit": {("kas", "kas"): SC},
 "servicemen_killed_airfield": {("kas", "kas"): SC, ("kas", "gs"): C, ("gs", "gs"): SC},
 "residential_buildings_damaged": {("mayor14", "mayor14"): S, ("mayor14", "mayor17"): U},
 "alert_time": {("out", "out"): CO},  # 1:24 a.m. local = 2324 GMT the day before
 "all_clear_time": {("out", "out"): CO},  # 04:50 GMT = 06:50 local
 "alert_duration": {("out", "out"): CO},
 "first_explosions_time": {("res", "out"): CO},  # "about 1.40am" / 01:39
 "districts_hit_by_debris": {("mil", "mil"): SC},
 "bg_nov2023_drones": {("out75", "out57"): C},
 # --- train derailment near Turris, Calvera, 12 June 2025; local time = GMT+2
 "train_deaths": {
  ("im14", "im14"): S, ("im14", "im21"): U, ("im21", "im21"): S,
  ("im14", "gov17"): C, ("im21", "gov17"): CO, ("gov17", "gov17"): S,
  ("im14", "out21"): C, ("im21", "out21"): CO, ("gov17", "out21"): CO,
 },
 "train_children_killed": {("im", "im"): SC},
 "train_injured": {("im", "im"): S, ("im", "hm"): CO},
 "passengers_on_board": {
  ("csr412", "csr412"): S, ("csr412", "csr400"): SC, ("csr412", "union500"): C, ("csr400", "union500"): C,
  ("union500", "union500"): S,
 },
 "carriages_derailed": {("csr7", "csr7"): SC, ("csr7", "fire6"): C, ("fire6", "fire6"): SC},
 "carriages_in_train": {("csr", "csr"): SC},
 "derailment_time": {("csr", "out"): CO, ("out", "out"): CO},  # 11:47 p.m. local = 2147 GMT
 "departure_time": {("csr", "out"): CO},
 "train_speed": {("union", "union"): SC, ("union", "taib"): C, ("taib", "taib"): S},
 "speed_limit_on_curve": {("union", "union"): SC},
 "within_speed_limit": {("csr", "csr"): SC, ("csr", "union"): C},
 "last_track_inspection": {("union", "union"): SC, ("union", "csr"): C, ("csr", "csr"): SC},
 "compensation_per_family": {("gov", "gov"): SC},  # the minister / the government
 "bg_2016_ostra_deaths": {("out29", "out29"): CO, ("out29", "out31"): C},
 "people_missing": {("im5", "im0"): U},
 # --- wildfire above Kalistra, Andaria, from 21 July 2025; local time = GMT+3
 "evacuated": {("cpa", "cpa"): SC, ("cpa", "mayor"): C, ("mayor", "mayor"): SC, ("out_tens", "cpa"): CO, ("out_tens", "mayor"): CO},
 "tourists_evacuated": {("mayor", "aha"): CO},
 "fire_start_time": {("cpa", "out"): CO},  # 2:30 pm local = 1130 GMT
 "area_burnt": {
  ("cpa12400", "cpa12400"): S, ("cpa12400", "cpa16800"): U, ("cpa16800", "cpa16800"): SC,
  ("cpa12400", "cop"): C, ("cpa16800", "cop"): C,
 },
 "firefighters_deployed": {("fs900", "fs1200"): U},
 "fire_deaths": {("fs1", "fs2"): U, ("fs1", "out2"): CO, ("fs2", "out2"): CO},  # the man found dead is one of the two
 "firefighters_injured": {("fs11", "fs14"): U},
 "firefighter_death_time": {("fs", "out"): CO},  # 16:00 local = 13:00 GMT = "about 4pm"
 "homes_destroyed": {
  ("fs120", "fs143"): U, ("fs120", "mayor200"): C, ("fs143", "mayor200"): C, ("mayor200", "mayor200"): S,
 },
 "fire_cause": {("res", "res"): SC, ("res", "grid"): C, ("grid", "grid"): SC},
 "bg_2021_area_burnt": {("out9000", "out11000"): C},
}


USED = set()


def rel(fact, ta, tb):
    table = REL[fact]
    key = (ta, tb) if (ta, tb) in table else (tb, ta)
    assert key in table, ("no relation for", fact, ta, tb)
    USED.add((fact, key))
    return table[key]


tag_of = {(f, v): t for f, v, n, c, fact, t in claims}
fact_of = {(f, v): fact for f, v, n, c, fact, t in claims}
links = []
for x, y in itertools.combinations(claims, 2):
    if x[4] == y[4] and x[0] != y[0]:
        links.append((x[0], x[1], y[0], y[1], rel(x[4], x[5], y[5])))
# checks
texts = {f: open(A+f).read() for f in os.listdir(A)}
keys = set()
for f, v, n, c, fact in [x[:5] for x in claims] + OPT:
    assert v in texts[f], (f, v)
    assert (f, v) not in keys, (f, v); keys.add((f, v))
opt_facts = {x[4] for x in OPT}
assert not opt_facts & set(fact_of.values()), opt_facts & set(fact_of.values())
assert all(len({f.split("_")[0] for f, v, n, c, fa, t in claims if fa == fact}) == 1 for fact in set(fact_of.values()))
pairs = set()
for a, av, b, bv, r in links:
    assert (a, av) in keys and (b, bv) in keys, (a, av, b, bv)
    assert a != b and fact_of[(a, av)] == fact_of[(b, bv)], (a, av, b, bv)
    assert r in (C, CO, S, U) or (isinstance(r, list) and set(r) <= {C, CO, S, U}), r
    pairs.add(frozenset([(a, av), (b, bv)]))
byfact = {}
for f, v, n, c, fact, t in claims: byfact.setdefault(fact, []).append((f, v))
for fact, ms in byfact.items():
    for x, y in itertools.combinations(ms, 2):
        if x[0] != y[0]:
            assert frozenset([x, y]) in pairs, ("missing link", fact, x, y)
unused = [(fact, k) for fact, tab in REL.items() for k in tab if (fact, k) not in USED]
assert not unused, ("relation table entries no pair uses (a mistyped tag?)", unused)
assert set(REL) <= set(byfact), ("relation table for a fact with no claims", set(REL) - set(byfact))
out = {
 "about": "Hand labels for bench/blind6/articles. claims: check-worthy claims per file; links: expected relations between claims in different files on the same fact. Labels with optional=true are borderline: detecting them is not a false positive and missing them is not a miss. Every cross-file pair on the same fact is listed; pairs on different facts must not be linked. A relation given as a list accepts any of its members (same claimant, same figure in different wording).",
 "claims": [dict(file=f, value=v, number=n, claimant=c, fact=fact) for f, v, n, c, fact, t in claims]
           + [dict(file=f, value=v, number=n, claimant=c, fact=fact, optional=True) for f, v, n, c, fact in OPT],
 "links": [dict(a=[a, av], b=[b, bv], relation=r) for a, av, b, bv, r in links],
}
json.dump(out, open(HERE / "labels.json", "w"), indent=1, ensure_ascii=False)
print(len(claims), "claims", len(OPT), "optional", len(links), "links", len(byfact), "facts")
for ev in ("drone", "train", "wildfire"):
    print(" ", ev, sum(1 for x in claims if x[0].startswith(ev)), "claims,",
          sum(1 for x in OPT if x[0].startswith(ev)), "optional,",
          sum(1 for x in links if x[0].startswith(ev)), "links")
