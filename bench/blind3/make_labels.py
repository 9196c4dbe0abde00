"""The hand labels, as a table: writes labels.json and checks that every value occurs in its file,
that links join claims on one fact in different files, and that every such pair has a relation."""
import json, itertools, os
from pathlib import Path
HERE = Path(__file__).resolve().parent
A = str(HERE / "articles") + "/"
H_AP, H_R, H_K, H_B = "heatwave_ap.txt", "heatwave_reuters.txt", "heatwave_karachiherald.txt", "heatwave_blog.txt"
F_AP, F_R, F_C, F_B = "ferry_ap.txt", "ferry_reuters.txt", "ferry_dhakachronicle.txt", "ferry_bbc.txt"
C_R, C_L, C_B = "cholera_reuters.txt", "cholera_lusakatimes.txt", "cholera_blog.txt"
O = "outlet"
claims = [
 # heatwave AP
 (H_AP, "at least 22", 22, "Sindh health department", "heat_deaths_karachi"),
 (H_AP, "427 bodies", 427, "Edhi Foundation", "edhi_morgue_bodies"),
 (H_AP, "more than four times", 4, "Edhi Foundation", "edhi_bodies_vs_usual"),
 (H_AP, "50 degrees Celsius", 50, O, "jacobabad_peak_temp"),
 (H_AP, "51.2 degrees Celsius", 51.2, "Pakistan Meteorological Department", "jacobabad_peak_temp"),
 (H_AP, "42 C", 42, O, "karachi_temp_monday"),
 (H_AP, "more than 1,100", 1100, "Imran Sarwar", "jpmc_heat_patients"),
 (H_AP, "3,870 megawatts", 3870, "K-Electric", "ke_peak_demand"),
 (H_AP, "up to 10 hours", 10, "residents", "outage_hours_per_day"),
 (H_AP, "30 heatstroke relief camps", 30, "provincial government", "relief_camps"),
 (H_AP, "4 to 6 degrees", 4, "Pakistan Meteorological Department", "temp_anomaly_forecast"),
 (H_AP, "more than 1,200", 1200, O, "bg_2015_heatwave_deaths"),
 # heatwave Reuters
 (H_R, "At least 41", 41, "Sindh health department", "heat_deaths_karachi"),
 (H_R, "568 bodies", 568, "Edhi Foundation", "edhi_morgue_bodies"),
 (H_R, "about 30 a day", 30, "Edhi Foundation", "edhi_usual_daily_bodies"),
 (H_R, "51 degrees Celsius", 51, "Pakistan Meteorological Department", "jacobabad_peak_temp"),
 (H_R, "1,650", 1650, "Imran Sarwar", "jpmc_heat_patients"),
 (H_R, "nearly 3,900 megawatts", 3900, "K-Electric", "ke_peak_demand"),
 (H_R, "0945 GMT", None, "K-Electric", "ke_peak_time"),
 (H_R, "Hundreds of residents", None, "police", "orangi_protesters"),
 (H_R, "about 1,200", 1200, "official figures", "bg_2015_heatwave_deaths"),
 (H_R, "10 countries", 10, "Germanwatch Climate Risk Index", "climate_risk_rank"),
 # heatwave Karachi Herald
 (H_K, "risen to 65", 65, "Karachi Metropolitan Corporation", "heat_deaths_karachi"),
 (H_K, "17 people", 17, "medical superintendent", "civil_hospital_heat_deaths"),
 (H_K, "43.5 degrees Celsius", 43.5, "Met Office", "karachi_temp_tuesday"),
 (H_K, "around 60 percent", 60, "Met Office", "karachi_humidity"),
 (H_K, "3,870MW", 3870, "K-Electric spokesperson", "ke_peak_demand"),
 (H_K, "2:45pm", None, "K-Electric spokesperson", "ke_peak_time"),
 (H_K, "up to 12 hours", 12, "residents", "outage_hours_lyari_orangi_tuesday"),
 (H_K, "32 heatstroke relief camps", 32, "Karachi Metropolitan Corporation", "relief_camps"),
 (H_K, "another 15", 15, "Karachi Metropolitan Corporation", "new_relief_camps"),
 (H_K, "some 5,000 bottles", 5000, "volunteers", "water_bottles_handed_out"),
 (H_K, "more than 100 graves", 100, "gravedigger", "graves_dug"),
 (H_K, "around 38 degrees", 38, "Met Office", "karachi_temp_friday_forecast"),
 # heatwave blog
 (H_B, "at least 65", 65, "city officials", "heat_deaths_karachi"),
 (H_B, "toll at 41", 41, "Sindh health department", "heat_deaths_karachi"),
 (H_B, "51.2C", 51.2, "Pakistan Meteorological Department", "jacobabad_peak_temp"),
 (H_B, "42 degrees", 42, O, "karachi_temp_monday"),
 (H_B, "nearly 2,000 patients", 2000, "nurse", "jpmc_heat_patients"),
 (H_B, "a third of the dead", None, "nurse", "share_dead_over_60"),
 (H_B, "1,650", 1650, "emergency head", "jpmc_heat_patients"),
 (H_B, "3,870MW", 3870, "K-Electric", "ke_peak_demand"),
 (H_B, "eight to ten hours", 8, O, "outage_hours_per_day"),
 (H_B, "more than 1,200", 1200, O, "bg_2015_heatwave_deaths"),
 (H_B, "32 relief camps", 32, O, "relief_camps"),
 (H_B, "more than 20 million", 20000000, O, "karachi_population"),
 # ferry AP
 (F_AP, "at least 27", 27, "police", "ferry_dead"),
 (F_AP, "dozens", None, "police", "ferry_missing"),
 (F_AP, "about 150 passengers", 150, "Mohammad Kamrul Islam", "ferry_people_on_board"),
 (F_AP, "around 1:15 a.m.", None, "Mohammad Kamrul Islam", "ferry_collision_time"),
 (F_AP, "60 kilometers", 60, O, "chandpur_distance_from_dhaka"),
 (F_AP, "86 survivors", 86, "fire service", "ferry_rescued"),
 (F_AP, "more than 200 people", 200, "Rahima Begum", "ferry_people_on_board"),
 (F_AP, "9:30 p.m. Monday", None, "Bangladesh Inland Water Transport Authority", "ferry_departure_time"),
 (F_AP, "120 passengers", 120, "Bangladesh Inland Water Transport Authority", "ferry_licensed_capacity"),
 (F_AP, "seven days", 7, "government", "inquiry_deadline"),
 (F_AP, "25,000 taka", 25000, "state minister for shipping", "compensation_per_death"),
 (F_AP, "at least 70", 70, O, "bg_2015_padma_ferry_deaths"),
 # ferry Reuters
 (F_R, "rose to 34", 34, "police", "ferry_dead"),
 (F_R, "as many as 40", 40, "Chandpur district administration", "ferry_missing"),
 (F_R, "9:30 p.m. (1530 GMT)", None, "Bangladesh Inland Water Transport Authority", "ferry_departure_time"),
 (F_R, "1915 GMT Monday", None, "Bangladesh Inland Water Transport Authority", "ferry_collision_time"),
 (F_R, "around 180 people", 180, "district administration", "ferry_people_on_board"),
 (F_R, "91 people", 91, "fire service", "ferry_rescued"),
 (F_R, "At least 60 survivors", 60, "hospital official", "ferry_survivors_treated"),
 (F_R, "14 remained", 14, "hospital official", "ferry_still_in_hospital"),
 (F_R, "eight crew members", 8, "police spokesman", "cargo_crew_arrested"),
 (F_R, "about 230 rivers", 230, O, "bangladesh_rivers"),
 (F_R, "about 20 metres", 20, "shipping ministry officials", "wreck_depth"),
 # ferry Dhaka Chronicle
 (F_C, "At least 31 bodies", 31, "Chandpur fire service officials", "ferry_dead"),
 (F_C, "hundreds of relatives", None, O, "relatives_on_riverbank"),
 (F_C, "Two dozen bodies", 24, "Chandpur fire service officials", "bodies_recovered_overnight"),
 (F_C, "11 children", 11, "district administration", "children_among_dead"),
 (F_C, "nine women", 9, "district administration", "women_among_dead"),
 (F_C, "9:45pm", None, "terminal staff", "ferry_departure_time"),
 (F_C, "15 minutes behind schedule", 15, "terminal staff", "ferry_departure_delay"),
 (F_C, "as many as 250 passengers", 250, "ticket clerk", "ferry_people_on_board"),
 (F_C, "20,000 taka", 20000, "Kamrul Hasan", "burial_grant_per_family"),
 (F_C, "nearly 40 people alive", 40, "local fishermen", "rescued_by_fishermen"),
 (F_C, "around 1:20 in the morning", None, "Abul Kashem", "ferry_collision_time"),
 # ferry BBC
 (F_B, "39 people confirmed dead", 39, "police", "ferry_dead"),
 (F_B, "12 people", 12, "police", "ferry_missing"),
 (F_B, "19:00 GMT on Monday", None, O, "ferry_collision_time"),
 (F_B, "about 150 people", 150, "police", "ferry_people_on_board"),
 (F_B, "120 people", 120, "officials", "ferry_licensed_capacity"),
 (F_B, "nine crew members", 9, O, "cargo_crew_arrested"),
 (F_B, "about 170 million", 170000000, O, "bangladesh_population"),
 (F_B, "hundreds of rivers", None, O, "bangladesh_rivers"),
 (F_B, "killing 34 people", 34, O, "bg_2020_buriganga_deaths"),
 # cholera Reuters
 (C_R, "63 cholera deaths", 63, "health ministry", "cholera_deaths_national"),
 (C_R, "1,820 cases", 1820, "health ministry", "cholera_cases_national"),
 (C_R, "in October", None, "health ministry", "outbreak_start"),
 (C_R, "two weeks", 2, "government", "school_reopening_delay"),
 (C_R, "1,540", 1540, "health ministry", "cholera_cases_lusaka_province"),
 (C_R, "3.5%", 3.5, "health ministry", "case_fatality_rate"),
 (C_R, "1%", 1, "World Health Organization", "acceptable_cfr"),
 (C_R, "1.4 million doses", 1400000, "World Health Organization", "vaccine_doses_shipped"),
 (C_R, "60,000-seat", 60000, O, "heroes_stadium_seats"),
 (C_R, "about 400 patients", 400, "Sylvia Masebo", "patients_currently_treated"),
 (C_R, "114 people", 114, O, "bg_2017_18_outbreak_deaths"),
 (C_R, "more than 1,600 deaths", 1600, O, "bg_malawi_deaths"),
 # cholera Lusaka Times
 (C_L, "killed 81 people", 81, "Ministry of Health", "cholera_deaths_national"),
 (C_L, "2,340 cases", 2340, "Ministry of Health", "cholera_cases_national"),
 (C_L, "since October", None, "Ministry of Health", "outbreak_start"),
 (C_L, "between 150 and 200", 150, "staff", "heroes_daily_admissions"),
 (C_L, "1,000 beds", 1000, "Mwila Banda", "heroes_beds"),
 (C_L, "a third of all cases", None, "UNICEF", "share_cases_children"),
 (C_L, "More than 1 million people", 1000000, "Ministry of Health", "people_vaccinated"),
 (C_L, "7pm on Wednesday", None, O, "president_address_time"),
 (C_L, "more than 50 people", 50, "Hakainde Hichilema", "gathering_limit"),
 (C_L, "some 3,000 tonnes", 3000, "Lusaka City Council", "garbage_collected"),
 # cholera blog
 (C_B, "3,005 suspected cases", 3005, "World Health Organization", "cholera_cases_national"),
 (C_B, "104 deaths", 104, "World Health Organization", "cholera_deaths_national"),
 (C_B, "81 deaths", 81, "health ministry", "cholera_deaths_national"),
 (C_B, "about 3.5%", 3.5, "World Health Organization", "case_fatality_rate"),
 (C_B, "more than 2,000 cases", 2000, "Lusaka provincial health office", "cholera_cases_lusaka_province"),
 (C_B, "two-thirds", None, O, "share_cases_lusaka"),
 (C_B, "1.2 million people", 1200000, "World Health Organization", "people_vaccinated"),
 (C_B, "1700 GMT on Wednesday", None, O, "president_address_time"),
 (C_B, "roughly three times", 3, O, "cfr_vs_target"),
 (C_B, "Fewer than half", None, "water utility", "share_piped_water"),
 (C_B, "up to 200 new patients", 200, "doctors", "heroes_daily_admissions"),
 (C_B, "114 people", 114, O, "bg_2017_18_outbreak_deaths"),
]
OPT = [  # borderline: a detection here is not a false positive, a miss is not a miss
 (H_AP, "Most of them are laborers and elderly people", None, "Imran Sarwar", "jpmc_patient_profile"),
 (H_AP, "We ran out of beds twice on Monday", None, "Imran Sarwar", "jpmc_beds"),
 (H_AP, "the heat would ease slightly by Thursday", None, "Pakistan Meteorological Department", "heat_forecast"),
 (H_R, "The corridors are full", None, "Imran Sarwar", "jpmc_corridors"),
 (H_K, "they had been overwhelmed", None, "graveyard staff", "graveyards_overwhelmed"),
 (F_C, "Deck passengers just walk on", None, "ticket clerk", "deck_tickets"),
 (C_R, "banned the sale of street food", None, O, "street_food_ban"),
 (C_L, "Some of us have been drinking from the well for weeks", None, "Esther Phiri", "well_water"),
 (C_L, "school closures would push more young people", None, "UNICEF", "school_closure_effect"),
 (C_B, "WHO counts suspected cases and community deaths", None, O, "who_count_method"),
]
STATEMENTS = [  # attributed, checkable assertions without a figure
 (H_AP, "all the deaths were confirmed heatstroke cases", None, "Sindh provincial health department", "death_count_definition"),
 (H_R, "declared Wednesday a public holiday", None, "provincial government", "public_holiday"),
 (H_R, "faults in overloaded feeders", None, "K-Electric", "outage_cause"),
 (H_K, "count included people who died at home", None, "Karachi Metropolitan Corporation", "kmc_count_method"),
 (F_AP, "the ferry was badly overloaded", None, "survivors", "ferry_overloaded"),
 (F_AP, "asleep in the lower deck", None, "Mohammad Kamrul Islam", "passengers_asleep"),
 (F_R, "safety rules are seldom enforced", None, "transport experts", "safety_enforcement"),
 (F_B, "it has tightened safety rules", None, "Bangladesh's government", "safety_rules_tightened"),
 (F_B, "inspections are rare", None, "campaigners", "inspections_rare"),
 (C_R, "fuelled by heavy rains", None, "health workers", "outbreak_cause"),
 (C_L, "water bowsers had arrived for the first time on Thursday", None, "residents", "bowsers_arrival"),
]
claims = claims + STATEMENTS
C, CO, S, U = "contradicts", "corroborates", "same", "updates"
SC = [S, CO]  # same claimant, compatible wording: either is right
links = [
 # heat deaths
 (H_AP,"at least 22",H_R,"At least 41",U), (H_AP,"at least 22",H_K,"risen to 65",C),
 (H_AP,"at least 22",H_B,"at least 65",C), (H_AP,"at least 22",H_B,"toll at 41",U),
 (H_R,"At least 41",H_K,"risen to 65",C), (H_R,"At least 41",H_B,"at least 65",C),
 (H_R,"At least 41",H_B,"toll at 41",S), (H_K,"risen to 65",H_B,"at least 65",SC),
 (H_K,"risen to 65",H_B,"toll at 41",C),
 (H_AP,"427 bodies",H_R,"568 bodies",U),
 # jacobabad
 (H_AP,"50 degrees Celsius",H_R,"51 degrees Celsius",CO), (H_AP,"50 degrees Celsius",H_B,"51.2C",CO),
 (H_AP,"51.2 degrees Celsius",H_R,"51 degrees Celsius",SC), (H_AP,"51.2 degrees Celsius",H_B,"51.2C",S),
 (H_R,"51 degrees Celsius",H_B,"51.2C",SC),
 (H_AP,"42 C",H_B,"42 degrees",CO),
 # jpmc patients
 (H_AP,"more than 1,100",H_R,"1,650",U), (H_AP,"more than 1,100",H_B,"nearly 2,000 patients",CO),
 (H_AP,"more than 1,100",H_B,"1,650",U), (H_R,"1,650",H_B,"nearly 2,000 patients",C),
 (H_R,"1,650",H_B,"1,650",S),
 # power
 (H_AP,"3,870 megawatts",H_R,"nearly 3,900 megawatts",SC), (H_AP,"3,870 megawatts",H_K,"3,870MW",S),
 (H_AP,"3,870 megawatts",H_B,"3,870MW",S), (H_R,"nearly 3,900 megawatts",H_K,"3,870MW",SC),
 (H_R,"nearly 3,900 megawatts",H_B,"3,870MW",SC), (H_K,"3,870MW",H_B,"3,870MW",S),
 (H_R,"0945 GMT",H_K,"2:45pm",SC),
 (H_AP,"up to 10 hours",H_B,"eight to ten hours",CO),
 (H_AP,"30 heatstroke relief camps",H_K,"32 heatstroke relief camps",C),
 (H_AP,"30 heatstroke relief camps",H_B,"32 relief camps",C),
 (H_K,"32 heatstroke relief camps",H_B,"32 relief camps",CO),
 (H_AP,"more than 1,200",H_R,"about 1,200",CO), (H_AP,"more than 1,200",H_B,"more than 1,200",CO),
 (H_R,"about 1,200",H_B,"more than 1,200",CO),
 # ferry dead
 (F_AP,"at least 27",F_R,"rose to 34",U), (F_AP,"at least 27",F_C,"At least 31 bodies",CO),
 (F_AP,"at least 27",F_B,"39 people confirmed dead",U), (F_R,"rose to 34",F_C,"At least 31 bodies",CO),
 (F_R,"rose to 34",F_B,"39 people confirmed dead",U), (F_C,"At least 31 bodies",F_B,"39 people confirmed dead",CO),
 # missing
 (F_AP,"dozens",F_R,"as many as 40",CO), (F_AP,"dozens",F_B,"12 people",U),
 (F_R,"as many as 40",F_B,"12 people",C),
 # on board
 (F_AP,"about 150 passengers",F_R,"around 180 people",C), (F_AP,"more than 200 people",F_R,"around 180 people",C),
 (F_AP,"about 150 passengers",F_C,"as many as 250 passengers",C), (F_AP,"more than 200 people",F_C,"as many as 250 passengers",CO),
 (F_AP,"about 150 passengers",F_B,"about 150 people",S), (F_AP,"more than 200 people",F_B,"about 150 people",C),
 (F_R,"around 180 people",F_C,"as many as 250 passengers",C), (F_R,"around 180 people",F_B,"about 150 people",C),
 (F_C,"as many as 250 passengers",F_B,"about 150 people",C),
 (F_AP,"120 passengers",F_B,"120 people",CO),
 # times
 (F_AP,"9:30 p.m. Monday",F_R,"9:30 p.m. (1530 GMT)",S), (F_AP,"9:30 p.m. Monday",F_C,"9:45pm",C),
 (F_R,"9:30 p.m. (1530 GMT)",F_C,"9:45pm",C),
 (F_AP,"around 1:15 a.m.",F_R,"1915 GMT Monday",CO), (F_AP,"around 1:15 a.m.",F_C,"around 1:20 in the morning",CO),
 (F_AP,"around 1:15 a.m.",F_B,"19:00 GMT on Monday",CO), (F_R,"1915 GMT Monday",F_C,"around 1:20 in the morning",CO),
 (F_R,"1915 GMT Monday",F_B,"19:00 GMT on Monday",CO), (F_C,"around 1:20 in the morning",F_B,"19:00 GMT on Monday",CO),
 (F_AP,"86 survivors",F_R,"91 people",U),
 (F_R,"eight crew members",F_B,"nine crew members",CO),
 (F_R,"about 230 rivers",F_B,"hundreds of rivers",CO),
 # cholera
 (C_R,"63 cholera deaths",C_L,"killed 81 people",U), (C_R,"63 cholera deaths",C_B,"104 deaths",C),
 (C_R,"63 cholera deaths",C_B,"81 deaths",U), (C_L,"killed 81 people",C_B,"104 deaths",C),
 (C_L,"killed 81 people",C_B,"81 deaths",S),
 (C_R,"1,820 cases",C_L,"2,340 cases",U), (C_R,"1,820 cases",C_B,"3,005 suspected cases",C),
 (C_L,"2,340 cases",C_B,"3,005 suspected cases",C),
 (C_R,"in October",C_L,"since October",S),
 (C_R,"1,540",C_B,"more than 2,000 cases",C),
 (C_R,"3.5%",C_B,"about 3.5%",CO),
 (C_L,"More than 1 million people",C_B,"1.2 million people",CO),
 (C_L,"7pm on Wednesday",C_B,"1700 GMT on Wednesday",CO),
 (C_L,"between 150 and 200",C_B,"up to 200 new patients",CO),
 (C_R,"114 people",C_B,"114 people",CO),
]
# checks
texts = {f: open(A+f).read() for f in os.listdir(A)}
keys = set()
for f, v, n, c, fact in claims + OPT:
    assert v in texts[f], (f, v)
    assert (f, v) not in keys, (f, v); keys.add((f, v))
fact_of = {(f, v): fact for f, v, n, c, fact in claims}
pairs = set()
for a, av, b, bv, r in links:
    assert (a, av) in keys and (b, bv) in keys, (a, av, b, bv)
    assert a != b and fact_of[(a, av)] == fact_of[(b, bv)], (a, av, b, bv)
    pairs.add(frozenset([(a, av), (b, bv)]))
byfact = {}
for f, v, n, c, fact in claims: byfact.setdefault(fact, []).append((f, v))
for fact, ms in byfact.items():
    for x, y in itertools.combinations(ms, 2):
        if x[0] != y[0]:
            assert frozenset([x, y]) in pairs, ("missing link", fact, x, y)
out = {
 "about": "Hand labels for bench/blind3/articles. claims: check-worthy claims per file; links: expected relations between claims in different files on the same fact. Labels with optional=true are borderline: detecting them is not a false positive and missing them is not a miss. Every cross-file pair on the same fact is listed; pairs on different facts must not be linked. A relation given as a list accepts any of its members (same claimant, same figure in different wording).",
 "claims": [dict(file=f, value=v, number=n, claimant=c, fact=fact) for f, v, n, c, fact in claims]
           + [dict(file=f, value=v, number=n, claimant=c, fact=fact, optional=True) for f, v, n, c, fact in OPT],
 "links": [dict(a=[a, av], b=[b, bv], relation=r) for a, av, b, bv, r in links],
}
json.dump(out, open(HERE / "labels.json", "w"), indent=1, ensure_ascii=False)
print(len(claims), "claims", len(links), "links", len(byfact), "facts")
