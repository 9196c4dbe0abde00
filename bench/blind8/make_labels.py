"""The hand labels, as a table: writes labels.json and checks that every value occurs in its file,
that links join claims on one fact in different files, and that every such pair has a relation.

Each claim carries a source tag (who said which figure, e.g. "pol17" = Brevanne police / Commissioner
Livia Dorn saying 17 dead). The relation of two claims in different files on one fact is looked up,
by hand, in REL[fact][(tag, tag)], so every cross-file pair gets the relation a careful fact-checker
would give.
"""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402,F401
C_W, C_N, C_H = "crush_cpa.txt", "crush_newsline.txt", "crush_herald.txt"
S_W, S_B, S_P, S_A = "strike_meridian.txt", "strike_abn.txt", "strike_lesktribune.txt", "strike_crisisdesk.txt"
F_W, F_B, F_S = "flood_npa.txt", "flood_europa24.txt", "flood_sentinel.txt"
O = "outlet"
# crush
POL = "Brevanne police"
DORN = "Livia Dorn"
HM = "Health Ministry"
HOSP = "Brevanne General Hospital"
ALANIS = "Ruth Alanis"
CLUB = "Brevanne Rovers"
MARSH = "Gideon Marsh"
TRUST = "Rovers Supporters' Trust"
KESSEL = "Nadia Kessel"
SFF = "Sarvonian Football Federation"
VERL = "Tomas Verl"
# strike
VOLK = "Adrian Volk"
ZMOD = "Zarkovian Defence Ministry"
GS = "Beltranian general staff"
AF = "Beltranian air force"
LASKO = "Ivo Lasko"
HAVEN = "Haven International"
BRENN = "Katya Brenn"
SELL = "Marta Sell"
RS = "State Rescue Service"
# flood
WEISS = "Clara Weiss"
CPAG = "Civil Protection Agency"
NMI = "National Meteorological Institute"
FELDER = "Jonas Felder"
ARMY = "Valtenian army"

# (file, value as it appears, number, claimant, fact, source tag)
claims = [
 # crush, Continental Press Association wire (Saturday night)
 (C_W, "At least 11 people were killed", 11, POL, "crush_deaths", "pol11"),
 (C_W, "more than 80 injured", 80, POL, "crush_injured", "pol80"),
 (C_W, "two children were among the dead", 2, DORN, "crush_child_deaths", "pol2"),
 (C_W, "at about 9:50 p.m. (1950 GMT)", None, O, "crush_time", "cpa950"),
 (C_W, "received 38 patients", 38, HOSP, "crush_hospital_received", "hosp38"),
 (C_W, "nine of them in critical condition", 9, HOSP, "crush_critical", "hosp9"),
 (C_W, "gates at the bottom of the stairway were locked", None, "supporters", "crush_gates", "supp"),
 (C_W, "crowd at 31,500", 31500, CLUB, "crush_attendance", "club31500"),
 (C_W, "capacity of 32,000", 32000, O, "crush_capacity", "cpa32000"),
 (C_W, "killed nine people", 9, O, "crush_2011_deaths", "cpa9"),
 # crush, Newsline live blog (Saturday night to Sunday noon)
 (C_N, "death toll at 15", 15, HM, "crush_deaths", "hm15"),
 (C_N, "63 people taken to hospital", 63, HM, "crush_hospitalised", "hm63"),
 (C_N, "11 of the dead had been identified", 11, "Petar Holm", "crush_identified", "holm11"),
 (C_N, "450 stewards", 450, CLUB, "crush_stewards", "club450"),
 (C_N, "300 police officers", 300, CLUB, "crush_police_on_duty", "club300"),
 (C_N, "14 people died", 14, POL, "crush_deaths", "pol14"),
 (C_N, "about 150", 150, "Sarvonian Red Cross", "crush_injured", "rc150"),
 (C_N, "now at least 11", 11, DORN, "crush_deaths", "pol11"),
 (C_N, "29,800 tickets", 29800, SFF, "crush_tickets", "sff"),
 (C_N, "at least seven people have died", 7, POL, "crush_deaths", "pol7"),
 (C_N, "around 21:45 local time (19:45 GMT)", None, "witnesses", "crush_time", "wit945"),
 # crush, Brevanne Herald (Monday)
 (C_H, "has risen to 17", 17, DORN, "crush_deaths", "pol17"),
 (C_H, "Three of the dead were children", 3, DORN, "crush_child_deaths", "pol3"),
 (C_H, "was 15 dead", 15, HM, "crush_deaths", "hm15"),
 (C_H, "at least 20 people died", 20, TRUST, "crush_deaths", "trust20"),
 (C_H, "had been chained shut", None, KESSEL, "crush_gates", "kessel"),
 (C_H, "more than 40,000 people", 40000, KESSEL, "crush_attendance", "trust40000"),
 (C_H, "holds 32,000", 32000, O, "crush_capacity", "herald32000"),
 (C_H, "31,500 fans attended", 31500, MARSH, "crush_attendance", "club31500"),
 (C_H, "450 stewards were on duty", 450, MARSH, "crush_stewards", "club450"),
 (C_H, "29,800 tickets", 29800, SFF, "crush_tickets", "sff"),
 (C_H, "fewer than 200 stewards", 200, "Event Security Workers' Union", "crush_stewards", "union200"),
 (C_H, "Every exit gate at the stadium was open", None, DORN, "crush_gates", "dorn_open"),
 (C_H, "more than 250 officers", 250, DORN, "crush_police_on_duty", "dorn250"),
 (C_H, "at 9.48pm", None, POL, "crush_time", "pol948"),
 (C_H, "156 people were injured", 156, POL, "crush_injured", "pol156"),
 (C_H, "71 were taken to hospital", 71, HM, "crush_hospitalised", "hm71"),
 (C_H, "received 40 patients", 40, ALANIS, "crush_hospital_received", "hosp40"),
 (C_H, "22 were still being treated", 22, ALANIS, "crush_still_in_hospital", "hosp22"),
 (C_H, "six remained in critical condition", 6, ALANIS, "crush_critical", "hosp6"),
 (C_H, "eight people died", 8, O, "crush_2011_deaths", "herald8"),

 # strike, Meridian wire (Wednesday morning)
 (S_W, "killed at least 12 people", 12, VOLK, "strike_civilian_deaths", "gov12"),
 (S_W, "wounded at least 35", 35, VOLK, "strike_injured", "gov35"),
 (S_W, "at about 3:20 a.m. (0020 GMT)", None, O, "strike_time", "mer320"),
 (S_W, "About 140 people were sleeping", 140, HAVEN, "strike_people_in_hall", "haven140"),
 (S_W, "up to 130 servicemen", 130, ZMOD, "strike_soldiers_killed_at_hall", "zmod130"),
 (S_W, "Not a single serviceman was in the building", None, GS, "strike_soldiers_killed_at_hall", "gs0"),
 (S_W, "86 drones", 86, AF, "strike_drones_launched", "af86"),
 (S_W, "six ballistic missiles", 6, AF, "strike_missiles_launched", "af6"),
 (S_W, "71 of the drones", 71, AF, "strike_drones_downed", "af71"),
 (S_W, "four of the missiles", 4, AF, "strike_missiles_downed", "af4"),
 (S_W, "more than 20 residential buildings", 20, VOLK, "strike_buildings_damaged", "gov20"),
 (S_W, "killed 14 people", 14, O, "strike_2022_deaths", "mer14"),
 # strike, ABN World broadcaster (Wednesday evening)
 (S_B, "has risen to 21", 21, VOLK, "strike_civilian_deaths", "gov21"),
 (S_B, "among them seven children", 7, VOLK, "strike_child_deaths", "gov7"),
 (S_B, "48 people had been wounded", 48, VOLK, "strike_injured", "gov48"),
 (S_B, "at 03:18 local time (00:18 GMT)", None, AF, "strike_time", "af318"),
 (S_B, "at 02:47 local time (23:47 GMT on Tuesday)", None, "regional administration", "strike_alert_time", "adm247"),
 (S_B, "two of the missiles fired overnight struck Orvel", 2, LASKO, "strike_missiles_hit_town", "af2"),
 (S_B, "86 attack drones", 86, LASKO, "strike_drones_launched", "af86"),
 (S_B, "six ballistic missiles", 6, LASKO, "strike_missiles_launched", "af6"),
 (S_B, "71 drones were shot down", 71, LASKO, "strike_drones_downed", "af71"),
 (S_B, "as many as 130 servicemen", 130, ZMOD, "strike_soldiers_killed_at_hall", "zmod130"),
 (S_B, "two soldiers were killed", 2, GS, "strike_checkpoint_soldier_deaths", "gs2"),
 (S_B, "29 patients", 29, SELL, "strike_hospital_admitted", "hosp29"),
 (S_B, "eight of them in serious condition", 8, SELL, "strike_serious", "hosp8"),
 (S_B, "1,200 residents had been evacuated", 1200, RS, "strike_evacuated", "rs1200"),
 # strike, Lesk Tribune (Friday)
 (S_P, "has risen to 27", 27, VOLK, "strike_civilian_deaths", "gov27"),
 (S_P, "Nine children are among the dead", 9, VOLK, "strike_child_deaths", "gov9"),
 (S_P, "at least 30 people were killed", 30, HAVEN, "strike_civilian_deaths", "haven30"),
 (S_P, "nearly 150 people", 150, BRENN, "strike_people_in_hall", "brenn150"),
 (S_P, "Three missiles struck the town", 3, BRENN, "strike_missiles_hit_town", "brenn3"),
 (S_P, "which has said two", 2, AF, "strike_missiles_hit_town", "af2"),
 (S_P, "at 3.18am", None, O, "strike_time", "trib318"),
 (S_P, "150 soldiers had died", 150, "Zarkovian state television", "strike_soldiers_killed_at_hall", "ztv150"),
 (S_P, "there were no military personnel in the building", None, GS, "strike_soldiers_killed_at_hall", "gs0"),
 (S_P, "three soldiers", 3, GS, "strike_checkpoint_soldier_deaths", "gs3"),
 (S_P, "More than 50 people were wounded", 50, VOLK, "strike_injured", "gov50"),
 (S_P, "31 people had been admitted", 31, SELL, "strike_hospital_admitted", "hosp31"),
 (S_P, "14 remained in hospital", 14, SELL, "strike_still_in_hospital", "hosp14"),
 (S_P, "About 1,500 people were evacuated", 1500, BRENN, "strike_evacuated", "brenn1500"),
 (S_P, "some 600 residents", 600, BRENN, "strike_still_displaced", "brenn600"),
 (S_P, "34 residential buildings", 34, BRENN, "strike_buildings_damaged", "brenn34"),
 (S_P, "five of them beyond repair", 5, BRENN, "strike_buildings_destroyed", "brenn5"),
 (S_P, "killed 13 workers", 13, O, "strike_2022_deaths", "trib13"),
 # strike, Crisis Desk live aggregator (Wednesday)
 (S_A, "now puts the death toll at 21", 21, VOLK, "strike_civilian_deaths", "gov21"),
 (S_A, "fired seven missiles", 7, AF, "strike_missiles_launched", "af7"),
 (S_A, "Five of them were intercepted", 5, AF, "strike_missiles_downed", "af5"),
 (S_A, "Two missiles reached Orvel", 2, AF, "strike_missiles_hit_town", "af2"),
 (S_A, "There were only families with children in that hall", None, BRENN, "strike_soldiers_killed_at_hall", "brenn0"),
 (S_A, "over 200", 200, "pro-Zarkovian military bloggers", "strike_soldiers_killed_at_hall", "blog200"),
 (S_A, "19 people killed", 19, RS, "strike_civilian_deaths", "rs19"),
 (S_A, "at least four children", 4, RS, "strike_child_deaths", "rs4"),
 (S_A, "40 people injured", 40, RS, "strike_injured", "rs40"),
 (S_A, "More than 1,000 residents have been evacuated", 1000, RS, "strike_evacuated", "rs1000"),
 (S_A, "29 wounded have been taken there", 29, "Orvel District Hospital", "strike_hospital_admitted", "hosp29"),
 (S_A, "some 200 people were sleeping", 200, "Yana Dorsk", "strike_people_in_hall", "dorsk200"),
 (S_A, "More than 80 drones were launched", 80, "monitoring channels", "strike_drones_launched", "mon80"),
 (S_A, "at least five people killed", 5, RS, "strike_civilian_deaths", "rs5"),
 (S_A, "since 02:47", None, O, "strike_alert_time", "cd247"),

 # flood, Northern Press Agency wire (Sunday; date prefix with a leading space, headline on the same line)
 (F_W, "killing at least eight people", 8, WEISS, "flood_deaths", "min8"),
 (F_W, "more than 30 missing", 30, WEISS, "flood_missing", "min30"),
 (F_W, "at around 5:40 a.m.", None, CPAG, "flood_breach_time", "cp540"),
 (F_W, "182 millimetres of rain", 182, NMI, "flood_rainfall", "inst182"),
 (F_W, "about 4,000 people had been evacuated", 4000, CPAG, "flood_evacuated", "cp4000"),
 (F_W, "five bridges", 5, WEISS, "flood_bridges", "min5"),
 (F_W, "killed 23 people", 23, O, "flood_2014_deaths", "npa23"),
 # flood, Europa24 broadcaster (Monday)
 (F_B, "has risen to 13", 13, WEISS, "flood_deaths", "min13"),
 (F_B, "23 people are still missing", 23, WEISS, "flood_missing", "min23"),
 (F_B, "higher toll of 14", 14, CPAG, "flood_deaths", "cp14"),
 (F_B, "six of the dead were residents of a care home", 6, CPAG, "flood_care_home_deaths", "cp6"),
 (F_B, "at 05:40 local time (03:40 GMT)", None, O, "flood_breach_time", "e24_540"),
 (F_B, "at 04:55 local time (02:55 GMT)", None, CPAG, "flood_warning_time", "cp455"),
 (F_B, "6.4 metres", 6.4, "state hydrological office", "flood_river_peak", "hyd64"),
 (F_B, "182mm of rain", 182, NMI, "flood_rainfall", "inst182"),
 (F_B, "Some 6,500 people", 6500, CPAG, "flood_evacuated", "cp6500"),
 (F_B, "lifted 147 people", 147, ARMY, "flood_airlifted", "army147"),
 (F_B, "about 600 million florins", 600_000_000, "Valtenian Insurance Association", "flood_damage", "ins600"),
 (F_B, "killed 21 people", 21, O, "flood_2014_deaths", "e24_21"),
 # flood, Mirel Sentinel (Tuesday)
 (F_S, "Sixteen people are now known to have died", 16, WEISS, "flood_deaths", "min16"),
 (F_S, "at least 18 people", 18, FELDER, "flood_deaths", "felder18"),
 (F_S, "Seven residents of the Sorna Care home", 7, "Sorna Care Group", "flood_care_home_deaths", "op7"),
 (F_S, "nine people were still missing", 9, WEISS, "flood_missing", "min9"),
 (F_S, "at 6.15am", None, "residents", "flood_warning_time", "res615"),
 (F_S, "before 5am", None, CPAG, "flood_warning_time", "cp_before5"),
 (F_S, "at 5.40am", None, O, "flood_breach_time", "sent540"),
 (F_S, "more than 6,000 people had been evacuated", 6000, FELDER, "flood_evacuated", "felder6000"),
 (F_S, "2,100 were still unable to return home", 2100, CPAG, "flood_still_displaced", "cp2100"),
 (F_S, "more than 140 people", 140, ARMY, "flood_airlifted", "army140"),
 (F_S, "6.8 metres", 6.8, FELDER, "flood_river_peak", "felder68"),
 (F_S, "more than 180 millimetres", 180, NMI, "flood_rainfall", "inst180"),
 (F_S, "1.2 billion florins", 1_200_000_000, "Raul Denn", "flood_damage", "fin1200"),
 (F_S, "seven bridges", 7, "regional roads authority", "flood_bridges", "roads7"),
 (F_S, "when 23 people died", 23, O, "flood_2014_deaths", "sent23"),
]

# borderline: detecting them is not a false positive, missing them is not a miss (each on a fact of its own)
opt = [
 (C_W, "three days of mourning", 3, VERL, "crush_mourning"),
 (C_N, "three days of mourning", 3, VERL, "crush_mourning"),
 (C_H, "three days of mourning", 3, VERL, "crush_mourning"),
 (C_N, "Dozens of people have been injured", None, POL, "crush_injured_first_report"),
 (C_N, "at least 40 people down on those stairs", 40, "danek_77", "crush_reader_comment"),
 (C_H, "a boy of 11", 11, DORN, "crush_youngest_victim"),
 (S_W, "about 38,000", 38000, O, "strike_town_population"),
 (S_W, "used as a shelter since March", None, "residents", "strike_shelter_since"),
 (S_W, "saw no military vehicles or equipment", None, O, "strike_site_observed"),
 (S_B, 'called that claim "a lie"', None, GS, "strike_general_staff_denial"),
 (S_B, "more than a kilometre", 1, O, "strike_checkpoint_distance"),
 (S_B, "roughly 20 metres across", 20, O, "strike_hole_size"),
 (S_P, "a girl of three", 3, VOLK, "strike_youngest_victim"),
 (S_P, "the first eleven victims", 11, O, "strike_funerals"),
 (S_A, "two more schools", 2, BRENN, "strike_new_shelters"),
 (S_A, "dozens trapped", None, RS, "strike_trapped"),
 (S_A, "at least 40 died in that hall", 40, "V.Kr.", "strike_reader_comment"),
 (F_W, "a further 60 millimetres", 60, NMI, "flood_rain_forecast"),
 (F_W, "usually receives in two months", None, NMI, "flood_rain_comparison"),
 (F_W, "more than a decade", None, WEISS, "flood_worst_in_decade"),
 (F_W, "We heard the water before we heard any warning", None, "Pavel", "flood_warning_testimony"),
 (F_B, "received nothing until the water was already in their homes", None, "residents", "flood_warning_testimony"),
 (F_S, "the water was at the second step", None, "Ana Brodsky", "flood_warning_testimony"),
 (F_B, "about 20,000 people", 20000, O, "flood_town_population"),
 (F_B, "more than four times its normal level", 4, "state hydrological office", "flood_river_ratio"),
]

REL = {
 # crush
 "crush_deaths": {("pol11", "pol7"): U, ("pol11", "pol11"): SC, ("pol11", "pol14"): U, ("pol11", "hm15"): CO,
                  ("pol11", "pol17"): U, ("pol11", "trust20"): CO, ("pol7", "pol17"): U, ("pol7", "hm15"): CO,
                  ("pol7", "trust20"): CO, ("pol14", "pol17"): U, ("pol14", "hm15"): C, ("pol14", "trust20"): C,
                  ("hm15", "pol17"): C, ("hm15", "hm15"): SC, ("hm15", "trust20"): C},
 "crush_injured": {("pol80", "rc150"): CO, ("pol80", "pol156"): U, ("rc150", "pol156"): CO},
 "crush_child_deaths": {("pol2", "pol3"): U},
 "crush_time": {("cpa950", "wit945"): CO, ("cpa950", "pol948"): CO, ("wit945", "pol948"): CO},
 "crush_hospital_received": {("hosp38", "hosp40"): U},
 "crush_critical": {("hosp9", "hosp6"): U},
 "crush_gates": {("supp", "kessel"): CO, ("supp", "dorn_open"): C},
 "crush_attendance": {("club31500", "club31500"): SC, ("club31500", "trust40000"): C},
 "crush_capacity": {("cpa32000", "herald32000"): CO},
 "crush_2011_deaths": {("cpa9", "herald8"): C},
 "crush_hospitalised": {("hm63", "hm71"): U},
 "crush_stewards": {("club450", "club450"): SC, ("club450", "union200"): C},
 "crush_police_on_duty": {("club300", "dorn250"): CO},
 "crush_tickets": {("sff", "sff"): SC},
 # strike
 "strike_civilian_deaths": {("gov12", "gov21"): U, ("gov12", "gov27"): U, ("gov12", "haven30"): CO,
                            ("gov12", "rs19"): CO, ("gov12", "rs5"): CO, ("gov21", "gov27"): U,
                            ("gov21", "haven30"): C, ("gov21", "gov21"): SC, ("gov21", "rs19"): C,
                            ("gov21", "rs5"): CO, ("gov27", "rs19"): C, ("gov27", "rs5"): CO,
                            ("haven30", "rs19"): C, ("haven30", "rs5"): CO},
 "strike_child_deaths": {("gov7", "gov9"): U, ("gov7", "rs4"): CO, ("gov9", "rs4"): CO},
 "strike_soldiers_killed_at_hall": {("zmod130", "zmod130"): SC, ("zmod130", "gs0"): C, ("zmod130", "ztv150"): C,
                                    ("gs0", "ztv150"): C, ("gs0", "gs0"): SC, ("zmod130", "brenn0"): C,
                                    ("zmod130", "blog200"): C, ("gs0", "brenn0"): CO, ("gs0", "blog200"): C,
                                    ("ztv150", "brenn0"): C, ("ztv150", "blog200"): C},
 "strike_checkpoint_soldier_deaths": {("gs2", "gs3"): U},
 "strike_drones_launched": {("af86", "af86"): SC, ("af86", "mon80"): CO},
 "strike_drones_downed": {("af71", "af71"): SC},
 "strike_missiles_launched": {("af6", "af6"): SC, ("af6", "af7"): U},
 "strike_missiles_downed": {("af4", "af5"): U},
 "strike_missiles_hit_town": {("af2", "af2"): SC, ("af2", "brenn3"): C},
 "strike_injured": {("gov35", "gov48"): U, ("gov35", "gov50"): U, ("gov35", "rs40"): CO,
                    ("gov48", "gov50"): U, ("gov48", "rs40"): C, ("gov50", "rs40"): C},
 "strike_hospital_admitted": {("hosp29", "hosp31"): U, ("hosp29", "hosp29"): SC},
 "strike_people_in_hall": {("haven140", "brenn150"): CO, ("haven140", "dorsk200"): C, ("brenn150", "dorsk200"): C},
 "strike_time": {("mer320", "af318"): CO, ("mer320", "trib318"): CO, ("af318", "trib318"): CO},
 "strike_alert_time": {("adm247", "cd247"): CO},
 "strike_evacuated": {("rs1200", "brenn1500"): C, ("rs1200", "rs1000"): [U, CO], ("brenn1500", "rs1000"): CO},
 "strike_buildings_damaged": {("gov20", "brenn34"): CO},
 "strike_2022_deaths": {("mer14", "trib13"): C},
 # flood
 "flood_deaths": {("min8", "min13"): U, ("min8", "cp14"): CO, ("min8", "min16"): U, ("min8", "felder18"): CO,
                  ("min13", "min16"): U, ("min13", "felder18"): C, ("cp14", "min16"): C, ("cp14", "felder18"): C},
 "flood_missing": {("min30", "min23"): U, ("min30", "min9"): U, ("min23", "min9"): U},
 "flood_care_home_deaths": {("cp6", "op7"): C},
 "flood_breach_time": {("cp540", "e24_540"): CO, ("cp540", "sent540"): CO, ("e24_540", "sent540"): CO},
 "flood_warning_time": {("cp455", "res615"): C, ("cp455", "cp_before5"): SC},
 "flood_rainfall": {("inst182", "inst182"): SC, ("inst182", "inst180"): SC},
 "flood_evacuated": {("cp4000", "cp6500"): U, ("cp4000", "felder6000"): C, ("cp6500", "felder6000"): CO},
 "flood_airlifted": {("army147", "army140"): SC},
 "flood_river_peak": {("hyd64", "felder68"): C},
 "flood_damage": {("ins600", "fin1200"): C},
 "flood_bridges": {("min5", "roads7"): C},
 "flood_2014_deaths": {("npa23", "e24_21"): C, ("npa23", "sent23"): CO, ("e24_21", "sent23"): C},
}

if __name__ == "__main__":
    write_labels(HERE, claims, opt, REL)
