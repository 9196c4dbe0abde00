"""The hand labels, as a table: writes labels.json and checks that every value occurs in its file,
that links join claims on one fact in different files, and that every such pair has a relation.

Each claim carries a source tag (who said which figure, e.g. "gov16" = Governor Ilona Marek saying
16 dead). The relation of two claims in different files on one fact is looked up, by hand, in
REL[fact][(tag, tag)], so every cross-file pair gets the relation a careful fact-checker would give.
"""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402,F401
M_R, M_B, M_C, M_L = "market_reuters.txt", "market_bbc.txt", "market_selvikcourier.txt", "market_liveblog.txt"
C_A, C_D, C_G, C_W = "chem_ap.txt", "chem_dw.txt", "chem_gazette.txt", "chem_chemwatch.txt"
O = "outlet"
MAREK = "Ilona Marek"
IM = "Interior Ministry"
SES = "State Emergency Service"
DAF = "Dravonian air force"
KMOD = "Korvenian Defence Ministry"
GS = "Dravonian general staff"
RUSKO = "Pavel Rusko"
HOSP = "Selvik City Hospital"
HERDA = "Tomas Herda"
ADM = "regional administration"
FB = "Ravelstad fire brigade"
ADLER = "Jonas Adler"
TESS = "Tessora Chemicals"
SORELL = "Annika Sorell"
UNION = "Chemical and Energy Workers' Union"
BERGER = "Mats Berger"
HEALTH = "regional health authority"
POLICE = "police"
LIND = "Eva Lindqvist"
ENV = "national environment agency"
RUH = "Ravelstad University Hospital"
# (file, value as it appears, number, claimant, fact, source tag)
claims = [
 # market strike, Reuters (Saturday)
 (M_R, "killing 16 people", 16, MAREK, "market_deaths", "gov16"),
 (M_R, "among them four children", 4, MAREK, "market_children_killed", "gov"),
 (M_R, "10:42 a.m. (0742 GMT)", None, MAREK, "strike_time", "gov"),
 (M_R, "Forty-one people were wounded", 41, MAREK, "market_injured", "gov41"),
 (M_R, "put the death toll at 19", 19, IM, "market_deaths", "im19"),
 (M_R, "Seven people were still unaccounted for", 7, SES, "market_missing", "ses7"),
 (M_R, "the two missiles that hit Selvik", 2, DAF, "missiles_hit_selvik", "af"),
 (M_R, "nine missiles", 9, DAF, "missiles_launched_nationwide", "af"),
 (M_R, "five were shot down", 5, DAF, "missiles_intercepted_nationwide", "af"),
 (M_R, "a temporary deployment point of Dravonian army units and foreign mercenaries", None, KMOD, "military_presence_at_market", "kmod"),
 (M_R, "killing up to 70 servicemen", 70, KMOD, "servicemen_killed_at_market", "kmod"),
 (M_R, "no military unit was stationed anywhere near the market", None, GS, "military_presence_at_market", "gs"),
 (M_R, "There were no soldiers", None, RUSKO, "military_presence_at_market", "mayor"),
 (M_R, "admitted 28 of the wounded", 28, HOSP, "market_hospitalised", "hosp28"),
 (M_R, "some 30 km (19 miles)", 30, O, "distance_to_front", "out"),
 (M_R, "killed 12 people", 12, O, "bg_2024_station_deaths", "out12"),
 # market strike, BBC (Sunday)
 (M_B, "has risen to 23", 23, MAREK, "market_deaths", "gov23"),
 (M_B, "she had reported 16 dead", 16, "Ms Marek", "market_deaths", "gov16"),
 (M_B, "Four children are among those killed", 4, MAREK, "market_children_killed", "gov"),
 (M_B, "07:42 GMT (10:42 local time)", None, O, "strike_time", "out"),
 (M_B, "at least 20 civilians", 20, "Observatory for Civilian Harm", "market_deaths", "och"),
 (M_B, "more than 60", 60, "Ms Marek", "market_injured", "gov60"),
 (M_B, "from 41 on Saturday", 41, "Ms Marek", "market_injured", "gov41"),
 (M_B, "28 people had been admitted", 28, HERDA, "market_hospitalised", "hosp28"),
 (M_B, "six of them were in a critical condition", 6, HERDA, "market_critical", "hosp6"),
 (M_B, "a gathering of Dravonian troops", None, KMOD, "military_presence_at_market", "kmod"),
 (M_B, "as many as 70 soldiers", 70, KMOD, "servicemen_killed_at_market", "kmod"),
 (M_B, "none of its servicemen had been killed at the market", None, GS, "servicemen_killed_at_market", "gs"),
 (M_B, "two soldiers were killed", 2, GS, "soldiers_killed_checkpoint", "gs"),
 (M_B, "declared at 10:37 local time", None, ADM, "alert_time", "adm"),
 (M_B, "they had heard no siren", None, "stallholders", "warning_given", "res"),
 (M_B, "two people were still missing", 2, SES, "market_missing", "ses2"),
 (M_B, "down from seven on Saturday", 7, SES, "market_missing", "ses7"),
 (M_B, "the two missiles that reached Selvik", 2, DAF, "missiles_hit_selvik", "af"),
 (M_B, "Nine missiles were launched", 9, DAF, "missiles_launched_nationwide", "af"),
 (M_B, "five of them intercepted", 5, DAF, "missiles_intercepted_nationwide", "af"),
 (M_B, "more than 120", 120, "market administration", "stalls_destroyed", "admin"),
 (M_B, "about 30km from the front line", 30, O, "distance_to_front", "out"),
 (M_B, "that killed 12 people", 12, O, "bg_2024_station_deaths", "out12"),
 # market strike, Selvik Courier (local paper, Monday; byline date only)
 (M_C, "Twenty-three people were killed", 23, MAREK, "market_deaths", "gov23"),
 (M_C, "two missiles struck Selvik's Saturday market", 2, MAREK, "missiles_hit_selvik", "gov"),
 (M_C, "The dead include four children", 4, MAREK, "market_children_killed", "gov"),
 (M_C, "still listed 19 dead", 19, IM, "market_deaths", "im19"),
 (M_C, "10.42am", None, O, "strike_time", "out"),
 (M_C, "Residents had been warned in time", None, ADM, "warning_given", "adm"),
 (M_C, "Nobody heard a siren", None, "Vera Sokol", "warning_given", "res"),
 (M_C, "killed up to 70 servicemen", 70, "Korvenia", "servicemen_killed_at_market", "kmod"),
 (M_C, "a base for mercenaries", None, "Korvenia", "military_presence_at_market", "kmod"),
 (M_C, "there had not been a uniform in sight", None, RUSKO, "military_presence_at_market", "mayor"),
 (M_C, "nearly 100", 100, "Mayor Rusko", "stalls_destroyed", "mayor"),
 (M_C, "31 of the wounded had now been admitted", 31, HERDA, "market_hospitalised", "hosp31"),
 (M_C, "up from 28 on Saturday", 28, HERDA, "market_hospitalised", "hosp28"),
 (M_C, "Five were still in a critical condition", 5, HERDA, "market_critical", "hosp5"),
 (M_C, "more than 60 people were hurt", 60, "Governor Marek", "market_injured", "gov60"),
 (M_C, "killed 14 people", 14, O, "bg_2024_station_deaths", "out14"),
 # market strike, Frontline Today live blog (Saturday; glued sentences)
 (M_L, "16 dead", 16, "Governor Marek", "market_deaths", "gov16"),
 (M_L, "41 wounded", 41, "Governor Marek", "market_injured", "gov41"),
 (M_L, "four of the dead are children", 4, "Governor Marek", "market_children_killed", "gov"),
 (M_L, "seven people missing", 7, SES, "market_missing", "ses7"),
 (M_L, "28 patients admitted", 28, HOSP, "market_hospitalised", "hosp28"),
 (M_L, "six in critical condition", 6, HOSP, "market_critical", "hosp6"),
 (M_L, "up to 70 Dravonian servicemen", 70, "Korvenian MoD", "servicemen_killed_at_market", "kmod"),
 (M_L, "a strike on a deployment point in Selvik", None, "Korvenian MoD", "military_presence_at_market", "kmod"),
 (M_L, "not one serviceman died at the market", None, "General Staff", "servicemen_killed_at_market", "gs"),
 (M_L, "Two soldiers were killed by a drone", 2, "General Staff", "soldiers_killed_checkpoint", "gs"),
 (M_L, "four missiles hit", 4, "Steel Front", "missiles_hit_selvik", "sf"),
 (M_L, "two missiles hit Selvik", 2, DAF, "missiles_hit_selvik", "af"),
 (M_L, "19 dead", 19, IM, "market_deaths", "im19"),
 (M_L, "declared at 10:37", None, "Regional administration", "alert_time", "adm"),
 (M_L, "no siren sounded", None, "residents", "warning_given", "res"),
 (M_L, "16 killed", 16, "Marek", "market_deaths", "gov16"),
 (M_L, "at least 9 dead", 9, MAREK, "market_deaths", "gov9"),
 # chemical plant explosion, AP (Tuesday; date glued to the headline)
 (C_A, "killing six people", 6, FB, "chem_deaths", "fb6"),
 (C_A, "injuring dozens", None, FB, "chem_injured", "fb_dozens"),
 (C_A, "Four people were missing", 4, FB, "chem_missing", "fb4"),
 (C_A, "2:20 p.m. (1220 GMT)", None, ADLER, "blast_time", "fb"),
 (C_A, "five of its employees", 5, TESS, "employees_killed", "co5"),
 (C_A, "About 140 workers were on site", 140, TESS, "workers_on_site", "co"),
 (C_A, "more than 200", 200, UNION, "workers_on_site", "union"),
 (C_A, "57 people had been injured", 57, HEALTH, "chem_injured", "health"),
 (C_A, "23 of whom were taken to hospital", 23, HEALTH, "chem_hospitalised", "health"),
 (C_A, "about 2,500 people", 2500, POLICE, "evacuated", "police"),
 (C_A, "3-kilometer (1.9-mile) radius", 3, POLICE, "exclusion_radius", "police"),
 (C_A, "about 320 metric tons of ammonium nitrate", 320, SORELL, "nitrate_stored", "co"),
 (C_A, "no toxic substances had escaped", None, SORELL, "toxic_release", "co"),
 (C_A, "had not been inspected since 2022", None, BERGER, "last_inspection", "union"),
 (C_A, "its last safety inspection took place in May", None, TESS, "last_inspection", "co"),
 (C_A, "employs about 600 people", 600, O, "tessora_staff_ravelstad", "out"),
 (C_A, "injured 11 workers", 11, O, "bg_2019_injured", "out11"),
 # chemical plant explosion, DW (Wednesday)
 (C_D, "rose to nine", 9, FB, "chem_deaths", "fb9"),
 (C_D, "a toll of six", 6, FB, "chem_deaths", "fb6"),
 (C_D, "One person was still missing", 1, FB, "chem_missing", "fb1"),
 (C_D, "down from four", 4, FB, "chem_missing", "fb4"),
 (C_D, "12:20 UTC (14:20 local time)", None, ADLER, "blast_time", "fb"),
 (C_D, "at least 12 people had died", 12, UNION, "chem_deaths", "union12"),
 (C_D, "seven of the dead were its employees", 7, TESS, "employees_killed", "co7"),
 (C_D, "around 320 tonnes", 320, TESS, "nitrate_stored", "co"),
 (C_D, "as much as 900 tonnes", 900, BERGER, "nitrate_stored", "union"),
 (C_D, "four times above the safe limit", 4, ENV, "toxic_release", "env"),
 (C_D, "no toxic substances were released", None, "the company (Tessora)", "toxic_release", "co"),
 (C_D, "about 4,000 residents", 4000, LIND, "evacuated", "mayor"),
 (C_D, "the number of evacuees as 2,500", 2500, "Police", "evacuated", "police"),
 (C_D, "14 people with severe burns", 14, RUH, "burns_patients", "hosp"),
 (C_D, "four of them in critical condition", 4, RUH, "chem_critical", "hosp4"),
 (C_D, "57 people were injured", 57, HEALTH, "chem_injured", "health"),
 # chemical plant explosion, Ravelstad Gazette (local paper, Thursday)
 (C_G, "Nine people are now known to have died", 9, "fire brigade", "chem_deaths", "fb9"),
 (C_G, "Seven of them worked for Tessora", 7, "the company (Tessora)", "employees_killed", "co7"),
 (C_G, "two were employed by a cleaning contractor", 2, "the company (Tessora)", "contractors_killed", "co"),
 (C_G, "the last missing worker", None, ADLER, "chem_missing", "fb1"),
 (C_G, "at least 12 people died", 12, BERGER, "chem_deaths", "union12"),
 (C_G, "2.20pm", None, O, "blast_time", "out"),
 (C_G, "320 tonnes", 320, SORELL, "nitrate_stored", "co"),
 (C_G, "up to 900 tonnes", 900, "the union", "nitrate_stored", "union"),
 (C_G, "no more than 500 tonnes", 500, "planning documents", "licensed_nitrate_capacity", "docs"),
 (C_G, "last full inspection took place in May this year", None, "regional labour inspectorate", "last_inspection", "insp"),
 (C_G, "roughly 4,000 residents", 4000, "Mayor Eva Lindqvist", "evacuated", "mayor"),
 (C_G, "all but about 600", 600, "the city", "still_evacuated", "city"),
 (C_G, "19 patients were still in hospital", 19, RUH, "still_in_hospital", "hosp"),
 (C_G, "three remain in a critical condition", 3, RUH, "chem_critical", "hosp3"),
 (C_G, "injured 13 workers", 13, O, "bg_2019_injured", "out13"),
 # chemical plant explosion, ChemWatch Digest (aggregator; glued sentences)
 (C_W, "exploded at 14:20 local time", None, O, "blast_time", "out"),
 (C_W, "from six on Tuesday", 6, "fire brigade", "chem_deaths", "fb6"),
 (C_W, "to nine on Wednesday", 9, "fire brigade", "chem_deaths", "fb9"),
 (C_W, "The union says at least 12", 12, "the union", "chem_deaths", "union12"),
 (C_W, "seven of the dead were staff", 7, "Tessora", "employees_killed", "co7"),
 (C_W, "up from five in its first statement", 5, "Tessora", "employees_killed", "co5"),
 (C_W, "57 injured", 57, HEALTH, "chem_injured", "health"),
 (C_W, "23 hospitalised", 23, HEALTH, "chem_hospitalised", "health"),
 (C_W, "about 320 tonnes", 320, "the company (Tessora)", "nitrate_stored", "co"),
 (C_W, "up to 900 tonnes", 900, "union sources", "nitrate_stored", "union"),
 (C_W, "police said 2,500", 2500, "police", "evacuated", "police"),
 (C_W, "the mayor says about 4,000", 4000, "the mayor", "evacuated", "mayor"),
 (C_W, "four times the safe limit", 4, "environment agency", "toxic_release", "env"),
 (C_W, "nothing toxic got out", None, "Tessora", "toxic_release", "co"),
 (C_W, "140 per Tessora", 140, "Tessora", "workers_on_site", "co"),
 (C_W, "more than 200 per the union", 200, "the union", "workers_on_site", "union"),
]
OPT = [  # borderline: a detection here is not a false positive, a miss is not a miss
 (M_R, "Reuters could not independently verify either side's account", None, O, "unverified_note"),
 (M_R, "could have stopped them", None, DAF, "interception_impossible"),
 (M_B, "rescuers had recovered more bodies overnight", None, MAREK, "more_bodies_recovered"),  # added after the first run: written but forgotten
 (M_B, "hundreds of people were doing their weekend shopping", None, O, "shoppers_present"),
 (M_B, "expected the number to grow", None, "Observatory for Civilian Harm", "toll_may_rise"),
 (M_B, "We ran out of beds on the surgical ward within an hour", None, HERDA, "herda_quote"),
 (M_B, "about 6km (4 miles) from the market", 6, GS, "checkpoint_distance"),
 (M_B, "roughly 300 stalls", 300, "market administration", "stalls_total"),
 (M_B, "the deadliest in the Harnau region", None, O, "deadliest_since_2024"),
 (M_C, "toll reaches 23", 23, O, "subheadline_courier"),  # a sub-headline below the title lines
 (M_C, "the youngest a girl of six", 6, MAREK, "youngest_victim_age"),
 (M_C, "less than a minute later", None, "witnesses", "second_missile_delay"),
 (M_C, "Vera Sokol, 64", 64, O, "sokol_age"),
 (M_C, "for 30 years", 30, "Vera Sokol", "sokol_years"),
 (M_C, "What base?", None, "Vera Sokol", "sokol_quote"),
 (M_C, "the second time in a year", None, O, "second_time_in_year"),
 (M_C, "October 4, 2024", None, O, "photo_date"),
 (M_C, "is higher", None, "market administration", "admin_count_higher"),
 (M_L, "many wounded", None, MAREK, "many_wounded_early"),
 (M_L, "That is more than the governor's", None, O, "im_above_governor"),
 (M_L, "the market was hit", None, "Local channels", "first_reports"),
 (M_L, "a \"mercenary base\"", None, "Steel Front", "steel_front_target"),
 (M_L, "at least 30 dead", 30, "kasia_77", "reader_comment"),
 (C_A, "shattered windows several kilometers away", None, O, "windows_shattered"),
 (C_A, "keep windows closed", None, POLICE, "windows_advice"),
 (C_A, "The situation is under control", None, SORELL, "sorell_quote"),
 (C_A, "one of Auland's largest fertilizer producers", None, O, "tessora_size"),
 (C_D, "more bodies", None, FB, "more_bodies"),
 (C_D, "A union says the real toll is higher", None, UNION, "union_toll_higher"),  # added after the first run: written but forgotten
 (C_D, "the authorities had not yet identified", None, UNION, "unidentified_workers"),
 (C_D, "They are counting the bodies they have found, not the people who are gone", None, BERGER, "berger_quote"),
 (C_D, "\"stacked to the roof\"", None, BERGER, "stacked_quote"),
 (C_D, "opened an investigation into suspected negligent homicide", None, "prosecutors", "investigation"),
 (C_G, "Nine dead, one still missing", 9, O, "subheadline_gazette"),  # a sub-headline below the title lines
 (C_G, "a figure Adler said had \"no basis\"", None, ADLER, "no_basis"),
 (C_G, "as far away as Solby, 25 km up the coast", 25, O, "blast_heard_distance"),
 (C_G, "found \"minor shortcomings\"", None, "regional labour inspectorate", "inspection_shortcomings"),
 (C_G, "Tuesday 9 September 2024", None, O, "photo_date"),
 (C_W, "this was never a small store", None, O, "chemwatch_take"),
 (C_W, "way more than 320t", 320, "ex_tessora_op", "reader_comment"),
]
STATEMENTS = [  # attributed, checkable assertions without a figure: none beyond those above
]
claims = claims + STATEMENTS
# relation between two source tags on a fact (order does not matter)
REL = {
 # --- missile strike on Selvik market, Dravonia, Saturday 4 October 2025, 10:42 local = 07:42 GMT
 "market_deaths": {
  ("gov9", "gov16"): U, ("gov9", "gov23"): U, ("gov16", "gov16"): S, ("gov16", "gov23"): U, ("gov23", "gov23"): S,
  ("gov9", "im19"): CO,  # "at least 9" is compatible with 19
  ("gov9", "och"): CO,   # "at least 9" and "at least 20" are compatible
  ("gov16", "im19"): C, ("gov23", "im19"): C, ("im19", "im19"): S,
  ("gov16", "och"): C,   # 16 is below the monitors' "at least 20"
  ("gov23", "och"): CO, ("im19", "och"): C,
 },
 "market_children_killed": {("gov", "gov"): SC},
 "market_injured": {("gov41", "gov41"): S, ("gov41", "gov60"): U, ("gov60", "gov60"): S},
 "market_hospitalised": {("hosp28", "hosp28"): SC, ("hosp28", "hosp31"): U},  # the hospital / its director
 "market_critical": {("hosp6", "hosp6"): SC, ("hosp6", "hosp5"): U},
 "market_missing": {("ses7", "ses7"): S, ("ses7", "ses2"): U},
 "strike_time": {("gov", "out"): CO, ("out", "out"): CO},  # 10:42 a.m. local = 0742 GMT = 10.42am
 "missiles_hit_selvik": {("af", "af"): SC, ("af", "sf"): C, ("gov", "af"): CO, ("gov", "sf"): C},
 "missiles_launched_nationwide": {("af", "af"): SC},
 "missiles_intercepted_nationwide": {("af", "af"): SC},
 "military_presence_at_market": {
  ("kmod", "kmod"): SC, ("kmod", "gs"): C, ("kmod", "mayor"): C, ("gs", "mayor"): CO, ("mayor", "mayor"): SC,
 },
 "servicemen_killed_at_market": {("kmod", "kmod"): SC, ("kmod", "gs"): C, ("gs", "gs"): SC},
 "soldiers_killed_checkpoint": {("gs", "gs"): SC},
 "alert_time": {("adm", "adm"): SC},
 "warning_given": {("adm", "res"): C, ("res", "res"): CO},  # different residents, same account
 "stalls_destroyed": {("admin", "mayor"): C},  # "more than 120" vs "nearly 100"
 "distance_to_front": {("out", "out"): CO},
 "bg_2024_station_deaths": {("out12", "out12"): CO, ("out12", "out14"): C},
 # --- explosion at the Tessora fertilizer plant, Ravelstad, Auland, Tuesday 9 September 2025, 14:20 local = 12:20 GMT
 "chem_deaths": {
  ("fb6", "fb6"): S, ("fb6", "fb9"): U, ("fb9", "fb9"): SC,
  ("fb6", "union12"): C, ("fb9", "union12"): C, ("union12", "union12"): SC,
 },
 "chem_injured": {("health", "health"): S, ("fb_dozens", "health"): CO},
 "chem_hospitalised": {("health", "health"): S},
 "chem_critical": {("hosp4", "hosp3"): U},
 "chem_missing": {("fb4", "fb4"): S, ("fb4", "fb1"): U, ("fb1", "fb1"): SC},
 "blast_time": {("fb", "fb"): SC, ("fb", "out"): CO, ("out", "out"): CO},  # 2:20 p.m. = 1220 GMT = 12:20 UTC = 14:20 = 2.20pm
 "employees_killed": {("co5", "co5"): S, ("co5", "co7"): U, ("co7", "co7"): SC},
 "workers_on_site": {("co", "co"): S, ("co", "union"): C, ("union", "union"): S},
 "nitrate_stored": {("co", "co"): SC, ("co", "union"): C, ("union", "union"): SC},  # 320 metric tons = 320 tonnes
 "toxic_release": {("co", "co"): SC, ("co", "env"): C, ("env", "env"): S},
 "evacuated": {("police", "police"): SC, ("police", "mayor"): C, ("mayor", "mayor"): SC},
 "last_inspection": {("union", "insp"): C, ("co", "insp"): CO},  # the union and the company (both AP) are also at odds
 "bg_2019_injured": {("out11", "out13"): C},
}


if __name__ == "__main__":
    write_labels(HERE, claims, OPT, REL)
