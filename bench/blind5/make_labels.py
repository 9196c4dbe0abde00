"""The hand labels, as a table: writes labels.json and checks that every value occurs in its file,
that links join claims on one fact in different files, and that every such pair has a relation.

Each claim carries a source tag (who said which figure, e.g. "mod17" = Serethia's defence ministry
saying 17). The relation of two claims in different files on one fact is looked up, by hand, in
REL[fact][(tag, tag)], so every cross-file pair gets the relation a careful fact-checker would give.
"""
import json, itertools, os
from pathlib import Path
HERE = Path(__file__).resolve().parent
A = str(HERE / "articles") + "/"
S_R, S_B, S_C, S_F = "shelling_reuters.txt", "shelling_bbc.txt", "shelling_kalveshcourier.txt", "shelling_frontwatch.txt"
M_A, M_M, M_D = "mine_ap.txt", "mine_kadomamirror.txt", "mine_dw.txt"
P_A, P_R, P_D, P_B = "protest_afp.txt", "protest_radio.txt", "protest_ostreldaily.txt", "protest_blog.txt"
O = "outlet"
MOD = "Serethia's Defence Ministry"
MGS = "Morvania's General Staff"
CCO = "Conflict Casualty Observatory"
KCG = "Kadoma Consolidated Gold"
MAKONI = "Rudo Makoni (Kadoma Consolidated Gold)"
CEC = "Central Electoral Commission"
# (file, value as it appears, number, claimant, fact, source tag)
claims = [
 # shelling Reuters (day 1)
 (S_R, "17 soldiers", 17, MOD, "soldiers_killed", "mod17"),
 (S_R, "wounding 41", 41, MOD, "soldiers_wounded", "mod41"),
 (S_R, "4:40 a.m. (0240 GMT)", None, MOD, "strike_time", "mod"),
 (S_R, "about 60 artillery shells", 60, MOD, "shells_fired", "mod"),
 (S_R, "12 rockets", 12, MOD, "rockets_fired", "mod"),
 (S_R, "nine of the rockets", 9, MOD, "rockets_intercepted", "mod"),
 (S_R, "more than 200", 200, MGS, "soldiers_killed", "mgs"),
 (S_R, "31 Serethian soldiers", 31, CCO, "soldiers_killed", "cco"),
 (S_R, "six civilians", 6, "Mirela Dragan", "civilians_killed", "gov"),
 (S_R, "About 2,300 residents", 2300, "Mirela Dragan", "evacuated_northern_districts", "gov"),
 (S_R, "about 14,000 people", 14000, O, "kalvesh_population", "out"),
 (S_R, "6 km", 6, O, "distance_from_border", "out"),
 (S_R, "Nine Serethian soldiers", 9, O, "bg_2021_clash_deaths", "nine"),
 (S_R, "four Morvanian firing positions", 4, "Anton Veres", "morvanian_positions_hit", "ser4"),
 # shelling BBC (day 2)
 (S_B, "to 23", 23, "Serethia's defence ministry", "soldiers_killed", "mod23"),
 (S_B, "up from 17", 17, "Serethia's defence ministry", "soldiers_killed", "mod17"),
 (S_B, "58 soldiers were wounded", 58, "defence ministry", "soldiers_wounded", "mod58"),
 (S_B, "more than 200", 200, "Morvania's military", "soldiers_killed", "mgs"),
 (S_B, "hundreds", None, "Iron Front", "soldiers_killed", "iron"),
 (S_B, "killed at 31", 31, CCO, "soldiers_killed", "cco"),
 (S_B, "at least four civilians", 4, "UN human rights office (OHCHR)", "civilians_killed", "un"),
 (S_B, "17 injured", 17, "UN human rights office (OHCHR)", "civilians_injured", "un"),
 (S_B, "shortly before 05:00 local time", None, O, "strike_time", "out"),
 (S_B, "shot down nine", 9, "Serethian military", "rockets_intercepted", "mil"),
 (S_B, "12 rockets fired", 12, "Serethian military", "rockets_fired", "mil"),
 (S_B, "eight guided missiles", 8, "Morvania", "rockets_fired", "mgs"),
 (S_B, "four Morvanian artillery positions", 4, "General Balan", "morvanian_positions_hit", "ser4b"),
 (S_B, "about four miles", 4, O, "distance_from_border", "out"),
 (S_B, "some 14,000 residents", 14000, O, "kalvesh_population", "out"),
 (S_B, "nine soldiers died", 9, O, "bg_2021_clash_deaths", "nine"),
 # shelling Kalvesh Courier (local paper, day 2)
 (S_C, "Six people", 6, "Mirela Dragan", "civilians_killed", "gov"),
 (S_C, "two of them children", 2, "Mirela Dragan", "children_killed", "gov"),
 (S_C, "Nineteen more civilians", 19, "Mirela Dragan", "civilians_injured", "gov"),
 (S_C, "three of them in intensive care", 3, "Mirela Dragan", "civilians_intensive_care", "gov"),
 (S_C, "more than 100 shells", 100, "residents", "shells_fired", "res"),
 (S_C, "4.40am", None, "residents", "strike_time", "res"),
 (S_C, "at least a dozen burnt-out cars", 12, O, "cars_burnt", "out"),
 (S_C, "23 soldiers died", 23, "Defence Ministry", "soldiers_killed", "mod23"),
 (S_C, "the 17 it announced", 17, "Defence Ministry", "soldiers_killed", "mod17"),
 (S_C, "58 were wounded", 58, "Defence Ministry", "soldiers_wounded", "mod58"),
 (S_C, "31 soldiers were killed", 31, "independent observatory", "soldiers_killed", "cco"),
 (S_C, "about 400 soldiers", 400, "former officer", "soldiers_at_base", "officer"),
 (S_C, "nearly 3,000 people", 3000, "municipality", "residents_left_town", "muni"),
 (S_C, "about 2,300 moved out", 2300, "governor's office", "evacuated_northern_districts", "gov"),
 (S_C, "11 soldiers were killed", 11, O, "bg_2021_clash_deaths", "eleven"),
 # shelling FrontWatch (aggregator, glued sentences)
 (S_F, "more than 200 Serethian servicemen", 200, MGS, "soldiers_killed", "mgs"),
 (S_F, "hundreds", None, "Dmitar Kovic (Iron Front)", "soldiers_killed", "iron"),
 (S_F, "17 soldiers were killed", 17, "Serethia's defence ministry", "soldiers_killed", "mod17"),
 (S_F, "toll to 23", 23, "Serethia's defence ministry", "soldiers_killed", "mod23"),
 (S_F, "counts 31 dead", 31, CCO, "soldiers_killed", "cco"),
 (S_F, "around 0240 GMT", None, "Serethian ministry", "strike_time", "mod"),
 (S_F, "12 rockets", 12, "Serethia", "rockets_fired", "mod"),
 (S_F, "about 60 shells", 60, "Serethia", "shells_fired", "mod"),
 (S_F, "nine rockets were intercepted", 9, "Serethia", "rockets_intercepted", "mod"),
 (S_F, "eight guided missiles", 8, "Morvania", "rockets_fired", "mgs"),
 (S_F, "did not intercept a single one", None, "Dmitar Kovic", "rockets_intercepted", "kovic"),
 (S_F, "15 armoured vehicles", 15, "Dmitar Kovic", "armoured_vehicles_destroyed", "kovic"),
 (S_F, "six civilians were killed", 6, "governor of Kalvesh province", "civilians_killed", "gov"),
 # mine AP (Wednesday morning)
 (M_A, "at least five", 5, "Kadoma Consolidated Gold (the mine's operator)", "miners_dead", "kcg_atleast5"),
 (M_A, "Eighty-seven miners", 87, KCG, "miners_underground", "kcg87"),
 (M_A, "about 9:15 p.m. Tuesday", None, KCG, "collapse_time", "kcg"),
 (M_A, "Forty-nine of them", 49, KCG, "miners_escaped", "kcg"),
 (M_A, "38 were cut off", 38, KCG, "miners_trapped_initially", "kcg38"),
 (M_A, "12 of them alive", 12, MAKONI, "miners_rescued", "kcg12"),
 (M_A, "five bodies", 5, MAKONI, "miners_dead", "kcg5"),
 (M_A, "Twenty-one miners", 21, MAKONI, "miners_still_trapped", "kcg21"),
 (M_A, "about 400 meters", 400, MAKONI, "collapse_depth", "kcg"),
 (M_A, "more than 100 miners", 100, "Tendai Marufu", "miners_underground", "union"),
 (M_A, "at least 45 men", 45, "Tendai Marufu", "miners_trapped_initially", "union45"),
 (M_A, "about $1.8 billion", 1.8e9, "central bank", "gold_export_earnings_2023", "cb"),
 (M_A, "11 miners died", 11, O, "bg_2016_deaths", "out"),
 (M_A, "about 140 kilometers", 140, O, "distance_from_harare", "out"),
 # mine Kadoma Mirror (local paper, Thursday edition, reporting Wednesday)
 (M_M, "seven bodies", 7, "Grace Mutasa", "miners_dead", "mut7"),
 (M_M, "15 miners had been rescued alive", 15, "Grace Mutasa", "miners_rescued", "mut15"),
 (M_M, "about 20 others", 20, "Grace Mutasa", "miners_still_trapped", "mut20"),
 (M_M, "US$2,000", 2000, "Grace Mutasa", "funeral_grant_per_family", "mut"),
 (M_M, "The 87 miners on the shift", 87, "Grace Mutasa", "miners_underground", "mut87"),
 (M_M, "just after 9pm on Tuesday", None, "mine officials", "collapse_time", "off"),
 (M_M, "more than 400m", 400, "mine officials", "collapse_depth", "off"),
 (M_M, "650 metres", 650, O, "shaft_depth", "out"),
 (M_M, "more than 100 people", 100, "Tendai Marufu", "miners_underground", "union"),
 (M_M, "more than 150 rescuers", 150, "Civil Protection Unit", "rescuers_on_site", "cpu"),
 (M_M, "six rescued miners", 6, "nurse", "rescued_in_hospital", "nurse"),
 (M_M, "two of them in critical condition", 2, "nurse", "rescued_critical", "nurse"),
 (M_M, "eleven miners", 11, O, "bg_2016_deaths", "out"),
 # mine DW (broadcaster, Wednesday evening)
 (M_D, "Nine miners", 9, KCG, "miners_dead", "kcg9"),
 (M_D, "11 remain trapped", 11, KCG, "miners_still_trapped", "kcg11"),
 (M_D, "Of the 38 miners", 38, KCG, "miners_trapped_initially", "kcg38"),
 (M_D, "18 have been rescued alive", 18, KCG, "miners_rescued", "kcg18"),
 (M_D, "1915 GMT on Tuesday", None, KCG, "collapse_time", "kcg"),
 (M_D, "around 420 metres", 420, KCG, "collapse_depth", "kcg"),
 (M_D, "within 24 hours", 24, "Peter van Zyl", "rescue_eta_hours", "kcg"),
 (M_D, "at least six men alive", 6, "Peter van Zyl", "men_alive_in_refuge_chamber", "kcg"),
 (M_D, "at least 11 miners had died", 11, "Tendai Marufu", "miners_dead", "union11"),
 (M_D, "well over a hundred", 100, "Tendai Marufu", "miners_underground", "union"),
 (M_D, "87 miners were on the shift", 87, KCG, "miners_underground", "kcg87"),
 (M_D, "About 200 rescue workers", 200, KCG, "rescuers_on_site", "kcg"),
 (M_D, "at seven", 7, "Grace Mutasa", "miners_dead", "mut7"),
 (M_D, "more than a third", None, O, "gold_share_of_exports", "out"),
 (M_D, "more than 100 people", 100, "Ministry of Mines", "informal_mining_deaths_2023", "mom"),
 # protest AFP (Saturday night)
 (P_A, "Tens of thousands", None, O, "crowd_size", "out_tens"),
 (P_A, "around 45,000", 45000, "police", "crowd_size", "pol45"),
 (P_A, "at least 250,000", 250000, "Civic Platform", "crowd_size", "org"),
 (P_A, "about 80,000", 80000, "Crowd Count Lab", "crowd_size", "ccl"),
 (P_A, "6 p.m. (1700 GMT)", None, O, "march_start_time", "out6"),
 (P_A, "112 people", 112, "police", "arrests", "pol112"),
 (P_A, "23 officers", 23, "police", "officers_injured", "pol"),
 (P_A, "more than 300 people", 300, "Lisvanian Civic Rights Centre", "arrests", "lcrc"),
 (P_A, "at least 60 protesters", 60, "volunteer medics", "protesters_treated", "med"),
 (P_A, "52.3 percent", 52.3, CEC, "dovan_vote_share", "cec"),
 (P_A, "47.7 percent", 47.7, CEC, "varga_vote_share", "cec"),
 (P_A, "about 51 percent", 51, "Ilona Varga", "varga_vote_share", "varga"),
 (P_A, "4,800 monitors", 4800, "Fair Count", "fair_count_monitors", "fc"),
 (P_A, "49.1 percent", 49.1, "Fair Count", "dovan_vote_share", "fc"),
 (P_A, "1.2 points", 1.2, "Fair Count", "fair_count_margin_of_error", "fc"),
 (P_A, "63.4 percent", 63.4, CEC, "turnout", "cec634"),
 (P_A, "61.8 percent", 61.8, CEC, "turnout", "cec618"),
 (P_A, "58.9 percent", 58.9, O, "first_round_turnout", "out"),
 # protest radio (Sunday)
 (P_R, "127 people", 127, "police", "arrests", "pol127"),
 (P_R, "up from 112", 112, "police", "arrests", "pol112"),
 (P_R, "23 officers", 23, "Irina Vos (police)", "officers_injured", "pol"),
 (P_R, "four of whom", 4, "Irina Vos (police)", "officers_hospitalised", "pol"),
 (P_R, "14 protesters", 14, "Emergency Hospital doctors", "protesters_hospitalised", "hosp"),
 (P_R, "18:00 local time", None, O, "march_start_time", "out6"),
 (P_R, "tens of thousands", None, O, "crowd_size", "out_tens"),
 (P_R, "about 45,000", 45000, "interior ministry", "crowd_size", "pol45i"),
 (P_R, "a quarter of a million", 250000, "organisers", "crowd_size", "org_q"),
 (P_R, "80,000 at the peak", 80000, "Crowd Count Lab", "crowd_size", "ccl"),
 (P_R, "just over half", None, "official results (Central Electoral Commission)", "dovan_vote_share", "cec_half"),
 (P_R, "gives her 51%", 51, "Ilona Varga", "varga_vote_share", "varga51"),
 (P_R, "63.4%", 63.4, CEC, "turnout", "cec634"),
 (P_R, "several thousand", None, "police", "monday_rally_size", "pol"),
 (P_R, "10 days", 10, O, "court_ruling_deadline", "out"),
 # protest Ostrel Daily News (local paper, Sunday)
 (P_D, "about 6.15pm", None, O, "march_start_time", "out615"),
 (P_D, "nearly two hours", 2, O, "march_duration", "out"),
 (P_D, "the 3km", 3, O, "route_length", "out"),
 (P_D, "45,000 people", 45000, "police", "crowd_size", "pol45"),
 (P_D, "at least 250,000", 250000, "Civic Platform", "crowd_size", "org"),
 (P_D, "about 80,000", 80000, "Crowd Count Lab", "crowd_size", "ccl"),
 (P_D, "some 100,000", 100000, O, "bg_2014_protest_size", "out"),
 (P_D, "more than 300 people", 300, "Lisvanian Civic Rights Centre", "arrests", "lcrc"),
 (P_D, "41 minors", 41, "Lisvanian Civic Rights Centre", "minors_detained", "lcrc"),
 (P_D, "112 had been held", 112, "police", "arrests", "pol112"),
 (P_D, "more than 60 people", 60, "Red Line volunteer medics", "protesters_treated", "med"),
 (P_D, "nine damaged tram shelters", 9, "Jana Kral", "damaged_tram_shelters", "mayor"),
 (P_D, "52.3%", 52.3, "officials", "dovan_vote_share", "cec"),
 (P_D, "about 184,000 votes", 184000, "officials", "vote_margin", "cec"),
 (P_D, "61.8%", 61.8, "commission", "turnout", "cec618"),
 (P_D, "63.4%", 63.4, "commission", "turnout", "cec634"),
 (P_D, "58%", 58, O, "bg_2019_turnout", "out"),
 # protest blog (glued sentences, Sunday)
 (P_B, "around 45,000", 45000, "police", "crowd_size", "pol45"),
 (P_B, "at least 250,000", 250000, "organisers", "crowd_size", "org"),
 (P_B, "roughly 80,000", 80000, "Crowd Count Lab", "crowd_size", "ccl"),
 (P_B, "some 100,000", 100000, O, "bg_2014_protest_size", "out"),
 (P_B, "1700 GMT", None, O, "march_start_time", "out6"),
 (P_B, "127 people", 127, "police", "arrests", "pol127"),
 (P_B, "more than 300", 300, "Civic Rights Centre", "arrests", "lcrc"),
 (P_B, "23 police officers", 23, "police", "officers_injured", "pol"),
 (P_B, "over 60", 60, "volunteer medics", "protesters_treated", "med"),
 (P_B, "52.3%", 52.3, "official results (Central Electoral Commission)", "dovan_vote_share", "cec"),
 (P_B, "Varga 47.7%", 47.7, "official results (Central Electoral Commission)", "varga_vote_share", "cec"),
 (P_B, "49.1% for Dovan", 49.1, "Fair Count", "dovan_vote_share", "fc"),
 (P_B, "about 51%", 51, "Ilona Varga", "varga_vote_share", "varga"),
 (P_B, "63.4% (final)", 63.4, "election commission", "turnout", "cec634"),
 (P_B, "preliminary 61.8%", 61.8, "election commission", "turnout", "cec618"),
 (P_B, "58.9%", 58.9, O, "first_round_turnout", "out"),
]
OPT = [  # borderline: a detection here is not a false positive, a miss is not a miss
 (S_R, "Several of the barracks buildings collapsed", None, "Lena Hartmann", "barracks_collapsed"),
 (S_R, "a new round of talks planned for April", None, "diplomats", "talks_april"),
 (S_R, "4 miles", 4, O, "distance_from_border_conversion"),
 (S_R, "for three decades", None, O, "conflict_duration"),
 (S_B, "two barracks buildings", 2, "defence ministry", "barracks_searched"),
 (S_B, "12-year-old girl", 12, "UN human rights office (OHCHR)", "girl_age"),
 (S_B, "all of which it says hit their targets", None, "Morvania", "rockets_intercepted_opt"),
 (S_C, "for an hour and a half", None, "Vesna Horak", "shelling_duration"),
 (S_C, "rebuilt within weeks", None, "Balan", "brigade_rebuilt"),
 (S_C, "a little after six", None, "residents", "shelling_end_time"),
 (S_C, "March 14, 2023", None, O, "photo_date"),
 (S_F, "at least 50 soldiers", 50, "reader's cousin", "reader_comment"),
 (S_F, "response to Serethian drone attacks", None, MGS, "strike_motive"),
 (M_A, "Casual workers are not on the company's list", None, "Tendai Marufu", "casual_workers"),
 (M_A, "8 o'clock", None, "Chipo Moyo", "husband_call_time"),
 (M_A, "established contact with at least one group", None, "Rudo Makoni", "contact_established"),
 (M_A, "1,300 feet", 1300, MAKONI, "collapse_depth_conversion"),
 (M_A, "85 miles", 85, O, "distance_from_harare_conversion"),
 (M_M, "shortly after noon", None, O, "mutasa_address_time"),
 (M_M, "three neighbouring mines", 3, "Civil Protection Unit", "rescue_teams_mines"),
 (M_M, "14 years", 14, "Tonderai Chuma", "chuma_years"),
 (M_M, "Blue Reef has never been safe", None, "Tonderai Chuma", "mine_safety"),
 (M_D, "The government has declared a national disaster", None, O, "national_disaster_dw"),
 (P_A, "Dovan, 61,", 61, O, "dovan_age"),
 (P_A, "since 2014", None, O, "dovan_in_power_since"),
 (P_R, "the third since the runoff", 3, O, "march_count"),
 (P_R, "Wednesday at 5pm", None, "organisers", "next_march_time"),
 (P_R, "has until Tuesday to file her appeal", None, O, "appeal_deadline"),
 (P_D, "a quarter of an hour late", None, O, "march_delay"),
 (P_D, "Nov. 16, 2023", None, O, "photo_date"),
 (P_D, "the November 10 runoff", None, "officials", "runoff_date"),
 (P_B, "biggest protest since independence", None, "organisers", "biggest_since_independence"),
 (P_B, "at least 300k", 300000, "reader", "reader_comment"),
 (P_B, "three northern provinces", 3, "opposition", "recount_provinces"),
]
STATEMENTS = [  # attributed, checkable assertions without a figure
 (S_R, "hit in the middle of a rotation", None, "Teodor Balan", "base_rotation", "ser"),
 (S_R, "no positions had been hit", None, MGS, "morvanian_positions_hit", "none"),
 (S_F, "denies targeting civilian areas", None, "Morvanian military", "civilian_areas_targeted", "mgs"),
 (S_F, "relieved of his post", None, "Iron Front (Dmitar Kovic)", "balan_dismissed", "iron"),
 (M_A, "operations at the mine had been suspended", None, "Ministry of Mines", "operations_suspended", "mom"),
 (M_M, "declared the accident a national disaster", None, "Grace Mutasa", "national_disaster", "mut"),
 (P_A, "was rigged", None, "opposition", "election_rigged", "opp"),
 (P_A, "organised from abroad", None, "Marek Dovan", "protests_organised_abroad", "dovan"),
 (P_A, "accused police of using excessive force", None, "Lisvanian Civic Rights Centre", "police_excessive_force", "lcrc"),
 (P_R, "used tear gas only after protesters threw flares", None, "Irina Vos", "tear_gas_sequence", "pol"),
 (P_B, "stopped for hours", None, "opposition", "count_interrupted", "opp"),
 (P_B, "denies that counting was interrupted", None, "commission", "count_interrupted", "cec"),
]
claims = claims + STATEMENTS
C, CO, S, U = "contradicts", "corroborates", "same", "updates"
SC = [S, CO]  # same claimant, compatible wording (or a claimant named two ways): either is right
# relation between two source tags on a fact (order does not matter)
REL = {
 "soldiers_killed": {
  ("mod17", "mod17"): S, ("mod17", "mod23"): U, ("mod23", "mod23"): S,
  ("mod17", "mgs"): C, ("mod23", "mgs"): C, ("mod17", "iron"): C, ("mod23", "iron"): C,
  ("mod17", "cco"): C, ("mod23", "cco"): C,
  ("mgs", "mgs"): S, ("mgs", "iron"): CO, ("mgs", "cco"): C,
  ("iron", "iron"): SC, ("iron", "cco"): C, ("cco", "cco"): S,
 },
 "soldiers_wounded": {("mod41", "mod58"): U, ("mod58", "mod58"): S},
 "strike_time": {("mod", "mod"): SC, ("mod", "out"): CO, ("mod", "res"): CO, ("out", "res"): CO},
 "shells_fired": {("mod", "mod"): S, ("mod", "res"): C},
 "rockets_fired": {("mod", "mod"): S, ("mod", "mil"): SC, ("mod", "mgs"): C, ("mil", "mgs"): C, ("mgs", "mgs"): S},
 "rockets_intercepted": {("mod", "mod"): S, ("mod", "mil"): SC, ("mod", "kovic"): C, ("mil", "kovic"): C},
 "civilians_killed": {("gov", "gov"): S, ("gov", "un"): CO},
 "civilians_injured": {("gov", "un"): C},
 "morvanian_positions_hit": {("ser4", "ser4b"): CO, ("none", "ser4b"): C},
 "distance_from_border": {("out", "out"): CO},  # 6 km = 3.7 miles, "about four miles"
 "kalvesh_population": {("out", "out"): CO},
 "bg_2021_clash_deaths": {("nine", "nine"): CO, ("nine", "eleven"): C},
 "evacuated_northern_districts": {("gov", "gov"): S},
 "miners_dead": {
  ("kcg_atleast5", "mut7"): CO, ("kcg5", "mut7"): C, ("kcg_atleast5", "kcg9"): U, ("kcg5", "kcg9"): U,
  ("kcg_atleast5", "union11"): CO, ("kcg5", "union11"): C, ("mut7", "kcg9"): C, ("mut7", "union11"): C,
  ("mut7", "mut7"): S,
 },
 "miners_underground": {
  ("kcg87", "kcg87"): S, ("kcg87", "mut87"): CO, ("kcg87", "union"): C, ("mut87", "union"): C,
  ("union", "union"): SC,
 },
 "miners_trapped_initially": {("kcg38", "kcg38"): S, ("union45", "kcg38"): C},
 "miners_rescued": {("kcg12", "mut15"): C, ("kcg12", "kcg18"): U, ("mut15", "kcg18"): C},
 "miners_still_trapped": {("kcg21", "mut20"): CO, ("kcg21", "kcg11"): U, ("mut20", "kcg11"): C},
 "collapse_time": {("kcg", "kcg"): SC, ("kcg", "off"): SC},  # 9:15 p.m. CAT = 1915 GMT
 "collapse_depth": {("kcg", "kcg"): SC, ("kcg", "off"): SC},
 "rescuers_on_site": {("cpu", "kcg"): CO},
 "bg_2016_deaths": {("out", "out"): CO},
 "crowd_size": {
  ("out_tens", "out_tens"): CO, ("out_tens", "pol45"): CO, ("out_tens", "pol45i"): CO, ("out_tens", "org"): C,
  ("out_tens", "org_q"): C, ("out_tens", "ccl"): CO,
  ("pol45", "pol45"): S, ("pol45", "pol45i"): SC, ("pol45", "org"): C, ("pol45", "org_q"): C, ("pol45", "ccl"): C,
  ("pol45i", "org"): C, ("pol45i", "ccl"): C,
  ("org", "org"): S, ("org", "org_q"): SC, ("org", "ccl"): C, ("org_q", "ccl"): C, ("ccl", "ccl"): S,
 },
 "march_start_time": {("out6", "out6"): CO, ("out6", "out615"): C},  # 6 p.m. CET = 1700 GMT
 "arrests": {
  ("pol112", "pol112"): S, ("pol112", "pol127"): U, ("pol127", "pol127"): S,
  ("pol112", "lcrc"): C, ("pol127", "lcrc"): C, ("lcrc", "lcrc"): S,
 },
 "officers_injured": {("pol", "pol"): S},
 "protesters_treated": {("med", "med"): SC},
 "dovan_vote_share": {("cec", "cec"): S, ("cec", "cec_half"): SC, ("cec", "fc"): C, ("cec_half", "fc"): C, ("fc", "fc"): S},
 "varga_vote_share": {("cec", "cec"): S, ("cec", "varga"): C, ("cec", "varga51"): C, ("varga", "varga"): S, ("varga", "varga51"): SC},
 "turnout": {("cec618", "cec618"): S, ("cec618", "cec634"): U, ("cec634", "cec634"): S},
 "first_round_turnout": {("out", "out"): CO},
 "bg_2014_protest_size": {("out", "out"): CO},
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
out = {
 "about": "Hand labels for bench/blind5/articles. claims: check-worthy claims per file; links: expected relations between claims in different files on the same fact. Labels with optional=true are borderline: detecting them is not a false positive and missing them is not a miss. Every cross-file pair on the same fact is listed; pairs on different facts must not be linked. A relation given as a list accepts any of its members (same claimant, same figure in different wording).",
 "claims": [dict(file=f, value=v, number=n, claimant=c, fact=fact) for f, v, n, c, fact, t in claims]
           + [dict(file=f, value=v, number=n, claimant=c, fact=fact, optional=True) for f, v, n, c, fact in OPT],
 "links": [dict(a=[a, av], b=[b, bv], relation=r) for a, av, b, bv, r in links],
}
json.dump(out, open(HERE / "labels.json", "w"), indent=1, ensure_ascii=False)
print(len(claims), "claims", len(OPT), "optional", len(links), "links", len(byfact), "facts")
