"""Hand labels for the blind evaluation set; writes labels.json.

Every row below was written by hand from reading the articles in articles/.  Columns:
  file, value (as written), number (main figure, None for dates/times/vague amounts),
  claimant (as a fact-checker would name it), ckey (my identity key for the claimant:
  two rows with the same ckey are the same speaker; outlet voice is per file),
  fact (my id for the question), lo, hi (the interval I judge the value to assert;
  times are minutes after midnight UTC on the event day; None = open),
  extra (near: a phrase around the claim to disambiguate repeats; step: position in an
  explicit revision by the same claimant, e.g. 40 then 52).

Links: every pair of labelled claims in different files on the same fact is expected to be
linked.  Relation: same revision chain with different steps -> updates; same claimant and
compatible intervals -> same; compatible -> corroborates; otherwise contradicts.
"""
import json
from pathlib import Path

N = None
SEMA = ("Ondo State Emergency Management Agency (Kolawole Adeyemi)", "sema")
NEMA = ("National Emergency Management Agency (NEMA)", "nema")
RC = ("Nigerian Red Cross Society", "redcross")
MWR = ("federal Ministry of Water Resources", "mwr")
FS = ("Fire Service and Civil Defence", "firesvc")
UNION = ("Bangladesh Garment and Industrial Workers Federation", "union")
OWNER = ("factory owner Mizanur Rahman", "owner")
LABMIN = ("Labour Minister Rezaul Karim", "labmin")
CGT = ("CGT (General Confederation of Labor)", "cgt")
SECMIN = ("Argentina's Security Ministry", "secmin")
CITYPOL = ("Buenos Aires city police", "citypolice")
FERRARO = ("Cabinet chief Julián Ferraro", "ferraro")
AIRPORT = ("airport operator", "airport")
AEROL = ("Aerolineas Argentinas", "aerolineas")
CAME = ("business chamber CAME", "came")
CELS = ("human rights group CELS", "cels")
OUT = ("outlet", None)  # ckey filled per file


def t(h, m=0):
    return h * 60 + m


ROWS = [
    # ---------------- dam: Ogbese Dam collapse, Ondo State, Nigeria, Sunday 2025-09-14 ~02:00 UTC
    ("dam_ap.txt", "at least 40", 40, *SEMA, "dam_killed", 40, N, {"step": 1}),
    ("dam_ap.txt", "around 3 a.m.", N, *SEMA, "dam_collapse_time", t(1, 45), t(2, 15), {}),
    ("dam_ap.txt", "64", 64, *SEMA, "dam_missing", 64, 64, {}),
    ("dam_ap.txt", "about 12,000", 12000, *NEMA, "dam_evacuated", 10800, 13200, {}),
    ("dam_ap.txt", "at least 70", 70, *RC, "dam_killed", 70, N, {}),
    ("dam_ap.txt", "more than 100", 100, *RC, "dam_missing", 101, N, {}),
    ("dam_ap.txt", "38", 38, "police", "police_ondo", "dam_bodies_ogbese_town", 38, 38, {}),
    ("dam_ap.txt", "1989", N, *MWR, "dam_completed_year", 1989, 1989, {}),
    ("dam_ap.txt", "about 40 million cubic meters", 40e6, *MWR, "dam_capacity", 36e6, 44e6, {}),
    ("dam_ap.txt", "2021", N, "local media", "localmedia", "dam_inspection_report_year", 2021, 2021, {}),
    ("dam_ap.txt", "roughly 25 kilometers", 25, *OUT, "dam_distance_akure", 22, 28, {}),
    ("dam_ap.txt", "three days", 3, *OUT, "dam_mourning_days", 3, 3, {}),
    ("dam_ap.txt", "more than 600", 600, "federal government", "fedgov", "dam_bg_flood_deaths_last_year", 601, N, {}),
    ("dam_ap.txt", "hundreds of thousands", N, "federal government", "fedgov", "dam_bg_displaced_last_year", 2e5, 999999, {}),

    ("dam_reuters.txt", "52", 52, *SEMA, "dam_killed", 52, 52, {"step": 2, "near": "rises to 52"}),
    ("dam_reuters.txt", "52", 52, *SEMA, "dam_killed", 52, 52, {"step": 2, "near": "risen to 52"}),
    ("dam_reuters.txt", "52", 52, *SEMA, "dam_killed", 52, 52, {"step": 2, "near": "stands at 52"}),
    ("dam_reuters.txt", "dozens", N, *OUT, "dam_missing", 24, 99, {}),
    ("dam_reuters.txt", "about 0200 GMT", N, *SEMA, "dam_collapse_time", t(1, 45), t(2, 15), {}),
    ("dam_reuters.txt", "at least 14", 14, *SEMA, "dam_villages_flooded", 14, N, {}),
    ("dam_reuters.txt", "40", 40, *SEMA, "dam_killed", 40, 40, {"step": 1, "near": "toll of 40"}),
    ("dam_reuters.txt", "87", 87, *SEMA, "dam_injured", 87, 87, {}),
    ("dam_reuters.txt", "more than 50", 50, "Ondo governor Babatunde Olaniyan", "governor", "dam_killed", 51, N, {}),
    ("dam_reuters.txt", "at least 70", 70, *RC, "dam_killed", 70, N, {}),
    ("dam_reuters.txt", "12,000", 12000, *NEMA, "dam_evacuated", 12000, 12000, {}),
    ("dam_reuters.txt", "3,400", 3400, *NEMA, "dam_homes_destroyed", 3400, 3400, {}),
    ("dam_reuters.txt", "180 millimetres", 180, "Nigerian Meteorological Agency", "nimet", "dam_rainfall", 180, 180, {}),
    ("dam_reuters.txt", "1991", N, *MWR, "dam_completed_year", 1991, 1991, {}),
    ("dam_reuters.txt", "40 million cubic metres", 40e6, *MWR, "dam_capacity", 40e6, 40e6, {}),
    ("dam_reuters.txt", "23 other dams", 23, *MWR, "dam_dams_to_inspect", 23, 23, {}),
    ("dam_reuters.txt", "5 billion naira", 5e9, "Information Minister Yusuf Bello (federal government)", "fedgov", "dam_relief_funds", 5e9, 5e9, {}),
    ("dam_reuters.txt", "about 400 dams", 400, *OUT, "dam_bg_number_of_dams", 360, 440, {}),

    ("dam_local.txt", "38", 38, *OUT, "dam_bodies_ogbese_town", 38, 38, {"near": "38 bodies recovered in town"}),
    ("dam_local.txt", "38", 38, "police spokesperson Superintendent Funmilayo Odunlami", "police_ondo", "dam_bodies_ogbese_town", 38, 38, {"near": "recovered 38 bodies"}),
    ("dam_local.txt", "at least 40", 40, *SEMA, "dam_killed", 40, N, {"step": 1}),
    ("dam_local.txt", "some 11,500", 11500, *SEMA, "dam_evacuated", 10350, 12650, {}),
    ("dam_local.txt", "3,400", 3400, *SEMA, "dam_homes_destroyed", 3400, 3400, {}),
    ("dam_local.txt", "shortly after 1 a.m.", N, "residents", "residents", "dam_collapse_time", t(0, 0), t(0, 30), {}),
    ("dam_local.txt", "45", 45, "doctors at Ogbese General Hospital", "hospital_ogbese", "dam_hospital_treated", 45, 45, {}),
    ("dam_local.txt", "N5bn", 5e9, "federal government", "fedgov", "dam_relief_funds", 5e9, 5e9, {}),
    ("dam_local.txt", "more than 100", 100, *RC, "dam_missing", 101, N, {}),
    ("dam_local.txt", "hundreds of farms", N, "local leaders", "localleaders", "dam_farms_flooded", 200, 999, {}),

    ("dam_blog.txt", "Over 100", 100, *OUT, "dam_killed", 101, N, {"near": "Over 100 feared dead as"}),
    ("dam_blog.txt", "Over 100", 100, *OUT, "dam_killed", 101, N, {"near": "Over 100 people are feared"}),
    ("dam_blog.txt", "3am", N, *OUT, "dam_collapse_time", t(1, 55), t(2, 5), {}),
    ("dam_blog.txt", "thousands of homes", N, *OUT, "dam_homes_destroyed", 2000, 9999, {}),
    ("dam_blog.txt", "scores injured", N, *OUT, "dam_injured", 40, 199, {}),
    ("dam_blog.txt", "52", 52, *SEMA, "dam_killed", 52, 52, {"step": 2}),
    ("dam_blog.txt", "more than 100", 100, *RC, "dam_missing", 101, N, {}),
    ("dam_blog.txt", "more than 2 million", 2e6, *OUT, "dam_video_views", 2000001, N, {}),
    ("dam_blog.txt", "three days", 3, *OUT, "dam_mourning_days", 3, 3, {}),
    ("dam_blog.txt", "1989", N, "retired engineer Musa Garba", "garba", "dam_completed_year", 1989, 1989, {}),
    ("dam_blog.txt", "About 12,000", 12000, *NEMA, "dam_evacuated", 10800, 13200, {}),

    # ---------------- fire: Nurjahan Knit Composite, Gazipur, Bangladesh, Thursday 2025-06-12 04:40 UTC
    ("fire_wire.txt", "17", 17, *FS, "fire_killed", 17, 17, {"step": 1}),
    ("fire_wire.txt", "more than 50", 50, *FS, "fire_injured", 51, N, {}),
    ("fire_wire.txt", "third floor", 3, *FS, "fire_origin_floor", 3, 3, {}),
    ("fire_wire.txt", "about 35 km", 35, *OUT, "fire_distance_dhaka", 31, 39, {}),
    ("fire_wire.txt", "0440 GMT", N, *FS, "fire_start_time", t(4, 40), t(4, 40), {}),
    ("fire_wire.txt", "Fourteen", 14, *FS, "fire_units", 14, 14, {}),
    ("fire_wire.txt", "about eight hours", 8, *FS, "fire_duration_hours", 7.5, 8.5, {}),
    ("fire_wire.txt", "about 600", 600, *OWNER, "fire_workers_inside", 540, 660, {}),
    ("fire_wire.txt", "two of the building's three staircases", 2, *UNION, "fire_locked_staircases", 2, 2, {}),
    ("fire_wire.txt", "about 1,800", 1800, "BGMEA", "bgmea", "fire_factory_employees", 1620, 1980, {}),
    ("fire_wire.txt", "$40 billion", 40e9, *OUT, "fire_bg_industry_value", 40e9, 40e9, {}),
    ("fire_wire.txt", "about 4 million", 4e6, *OUT, "fire_bg_industry_workers", 3.6e6, 4.4e6, {}),
    ("fire_wire.txt", "2013", N, *OUT, "fire_bg_rana_plaza_year", 2013, 2013, {}),
    ("fire_wire.txt", "more than 1,100", 1100, *OUT, "fire_bg_rana_plaza_killed", 1101, N, {}),

    ("fire_bbc.txt", "23", 23, *OUT, "fire_killed", 23, 23, {"near": "rises to 23"}),
    ("fire_bbc.txt", "23", 23, *FS, "fire_killed", 23, 23, {"step": 2, "near": "risen to 23"}),
    ("fire_bbc.txt", "17", 17, "officials (fire service)", "firesvc", "fire_killed", 17, 17, {"step": 1}),
    ("fire_bbc.txt", "six more bodies", 6, *OUT, "fire_bodies_found_overnight", 6, 6, {}),
    ("fire_bbc.txt", "at least 31", 31, *UNION, "fire_killed", 31, N, {}),
    ("fire_bbc.txt", "about 10:30 local time", N, *OUT, "fire_start_time", t(4, 15), t(4, 45), {}),
    ("fire_bbc.txt", "eight-storey", 8, *OUT, "fire_building_floors", 8, 8, {}),
    ("fire_bbc.txt", "Dozens", N, *FS, "fire_injured", 24, 99, {}),
    ("fire_bbc.txt", "more than 1,000", 1000, *UNION, "fire_workers_inside", 1001, N, {}),
    ("fire_bbc.txt", "two of its three staircases", 2, *UNION, "fire_locked_staircases", 2, 2, {}),
    ("fire_bbc.txt", "about 600", 600, *OWNER, "fire_workers_inside", 540, 660, {}),
    ("fire_bbc.txt", "200,000 taka", 200000, *LABMIN, "fire_compensation_killed", 200000, 200000, {}),
    ("fire_bbc.txt", "five-member", 5, *LABMIN, "fire_committee_size", 5, 5, {}),
    ("fire_bbc.txt", "15 days", 15, *LABMIN, "fire_committee_deadline_days", 15, 15, {}),
    ("fire_bbc.txt", "more than 80%", 80, *OUT, "fire_bg_export_share", 80.01, N, {}),
    ("fire_bbc.txt", "2013", N, *OUT, "fire_bg_rana_plaza_year", 2013, 2013, {}),
    ("fire_bbc.txt", "more than 1,100", 1100, *OUT, "fire_bg_rana_plaza_killed", 1101, N, {}),

    ("fire_dhaka.txt", "At least 23", 23, *FS, "fire_killed", 23, N, {"step": 2}),
    ("fire_dhaka.txt", "seven-storey", 7, *OUT, "fire_building_floors", 7, 7, {}),
    ("fire_dhaka.txt", "10:40am", N, *FS, "fire_start_time", t(4, 40), t(4, 40), {}),
    ("fire_dhaka.txt", "third floor", 3, *FS, "fire_origin_floor", 3, 3, {}),
    ("fire_dhaka.txt", "16 units", 16, *FS, "fire_units", 16, 16, {}),
    ("fire_dhaka.txt", "nine hours", 9, *FS, "fire_duration_hours", 9, 9, {}),
    # she disputes the official count, so "as many as 40" asserts more than the officials, up to 40
    ("fire_dhaka.txt", "as many as 40", 40, "union president Shahida Begum (Bangladesh Garment and Industrial Workers Federation)", "union", "fire_killed", 31, 40, {}),
    ("fire_dhaka.txt", "38 people", 38, "Dhaka Medical College Hospital burn unit (Dr Mahmudul Hasan)", "dmch", "fire_burn_unit_treated", 38, 38, {}),
    ("fire_dhaka.txt", "11", 11, "Dhaka Medical College Hospital burn unit (Dr Mahmudul Hasan)", "dmch", "fire_burn_unit_critical", 11, 11, {}),
    ("fire_dhaka.txt", "nearly 700", 700, "production manager Abdul Halim", "halim", "fire_workers_inside", 630, 699, {}),
    ("fire_dhaka.txt", "Tk 2 lakh", 200000, *LABMIN, "fire_compensation_killed", 200000, 200000, {}),
    ("fire_dhaka.txt", "Tk 50,000", 50000, *LABMIN, "fire_compensation_injured", 50000, 50000, {}),
    ("fire_dhaka.txt", "about two hours", 2, *OUT, "fire_highway_blockade_hours", 1.5, 2.5, {}),
    ("fire_dhaka.txt", "three people", 3, "Gazipur police superintendent Kazi Shafiqul Alam", "gazipur_police", "fire_detained", 3, 3, {}),
    ("fire_dhaka.txt", "March", N, "BGMEA", "bgmea", "fire_last_inspection", N, N, {}),

    # ---------------- strike: CGT general strike, Argentina, Thursday 2025-11-20; march 11:00 local = 14:00 UTC
    ("strike_ap.txt", "fourth", 4, *OUT, "strike_ordinal", 4, 4, {}),
    ("strike_ap.txt", "tens of thousands", N, *OUT, "strike_march_bsas", 10000, 99999, {}),
    ("strike_ap.txt", "90%", 90, *CGT, "strike_adherence_pct", 90, 90, {}),
    ("strike_ap.txt", "24-hour", 24, *OUT, "strike_duration_hours", 24, 24, {}),
    ("strike_ap.txt", "11 a.m. local time", N, *OUT, "strike_march_start_time", t(14), t(14), {}),
    ("strike_ap.txt", "about 35,000", 35000, *CITYPOL, "strike_march_bsas", 31500, 38500, {}),
    ("strike_ap.txt", "more than 300,000", 300000, *CGT, "strike_march_bsas", 300001, N, {"step": 1}),
    ("strike_ap.txt", "more than 300", 300, *AIRPORT, "strike_flights_cancelled", 301, N, {}),
    ("strike_ap.txt", "some 40,000", 40000, *AIRPORT, "strike_passengers_affected", 36000, 44000, {}),
    ("strike_ap.txt", "12", 12, *SECMIN, "strike_arrests", 12, 12, {"step": 1}),

    ("strike_reuters.txt", "17", 17, *SECMIN, "strike_arrests", 17, 17, {"step": 2, "near": "says 17 arrested"}),
    ("strike_reuters.txt", "90%", 90, *CGT, "strike_adherence_pct", 90, 90, {"near": "claim 90% turnout"}),
    ("strike_reuters.txt", "17", 17, *SECMIN, "strike_arrests", 17, 17, {"step": 2, "near": "arrested 17 people"}),
    ("strike_reuters.txt", "12 arrests", 12, *SECMIN, "strike_arrests", 12, 12, {"step": 1}),
    ("strike_reuters.txt", "nine police officers", 9, *SECMIN, "strike_police_injured", 9, 9, {}),
    ("strike_reuters.txt", "two of them", 2, *SECMIN, "strike_police_seriously_injured", 2, 2, {}),
    ("strike_reuters.txt", "90%", 90, *CGT, "strike_adherence_pct", 90, 90, {"near": "said 90% of workers"}),
    ("strike_reuters.txt", "24-hour", 24, *OUT, "strike_duration_hours", 24, 24, {}),
    ("strike_reuters.txt", "fourth", 4, *OUT, "strike_ordinal", 4, 4, {}),
    ("strike_reuters.txt", "about 30%", 30, *FERRARO, "strike_adherence_pct", 27, 33, {}),
    ("strike_reuters.txt", "1400 GMT", N, *OUT, "strike_march_start_time", t(14), t(14), {}),
    ("strike_reuters.txt", "60,000", 60000, "organisers", "cgt", "strike_march_cordoba", 60000, 60000, {}),
    ("strike_reuters.txt", "258", 258, *AEROL, "strike_flights_cancelled_aerolineas", 258, 258, {}),
    ("strike_reuters.txt", "around 31,000", 31000, *AEROL, "strike_passengers_aerolineas", 27900, 34100, {}),
    ("strike_reuters.txt", "4 billion pesos", 4e9, *AEROL, "strike_aerolineas_loss", 4e9, 4e9, {}),
    ("strike_reuters.txt", "about $800 million", 800e6, *CAME, "strike_economic_loss", 720e6, 880e6, {}),
    ("strike_reuters.txt", "1.4%", 1.4, *OUT, "strike_merval_change", 1.4, 1.4, {}),
    ("strike_reuters.txt", "12 hours", 12, "draft bill", "draftbill", "strike_bill_max_workday_hours", 12, 12, {}),

    ("strike_local.txt", "Third", 3, *OUT, "strike_ordinal", 3, 3, {"near": "Third general strike paralyses"}),
    ("strike_local.txt", "third", 3, *OUT, "strike_ordinal", 3, 3, {"near": "for the third general strike"}),
    ("strike_local.txt", "tens of thousands", N, *OUT, "strike_march_bsas", 10000, 99999, {}),
    ("strike_local.txt", "shortly after noon", N, *OUT, "strike_march_start_time", t(15), t(15, 30), {}),
    ("strike_local.txt", "some 35,000", 35000, *CITYPOL, "strike_march_bsas", 31500, 38500, {}),
    ("strike_local.txt", "over 300,000", 300000, *CGT, "strike_march_bsas", 300001, N, {"step": 1}),
    ("strike_local.txt", "six subway lines", 6, *OUT, "strike_subway_lines_shut", 6, 6, {}),
    ("strike_local.txt", "At least 15", 15, *CELS, "strike_arrests", 15, N, {}),
    ("strike_local.txt", "at least 20", 20, *CELS, "strike_protesters_injured", 20, N, {}),
    ("strike_local.txt", "about 30 percent", 30, *FERRARO, "strike_adherence_pct", 27, 33, {}),
    ("strike_local.txt", "about 380,000 pesos", 380000, "pensioners", "pensioners", "strike_monthly_pension", 342000, 418000, {}),

    ("strike_blog.txt", "Half a million", 500000, *OUT, "strike_march_bsas", 450000, 550000, {"near": "Half a million march"}),
    ("strike_blog.txt", "90 per cent", 90, *CGT, "strike_adherence_pct", 90, 90, {}),
    ("strike_blog.txt", "Nearly 400", 400, *OUT, "strike_flights_cancelled", 360, 399, {}),
    ("strike_blog.txt", "tens of thousands", N, *OUT, "strike_passengers_affected", 10000, 99999, {}),
    ("strike_blog.txt", "at noon", N, *OUT, "strike_march_start_time", t(15), t(15), {}),
    ("strike_blog.txt", "more than 300,000", 300000, *CGT, "strike_march_bsas", 300001, N, {"step": 1}),
    ("strike_blog.txt", "half a million", 500000, *CGT, "strike_march_bsas", 450000, 550000, {"step": 2, "near": "raised its estimate to half a million"}),
    ("strike_blog.txt", "six subte lines", 6, *OUT, "strike_subway_lines_shut", 6, 6, {}),
    ("strike_blog.txt", "$800m", 800e6, *CAME, "strike_economic_loss", 800e6, 800e6, {}),
    ("strike_blog.txt", "17", 17, *SECMIN, "strike_arrests", 17, 17, {"step": 2}),
    ("strike_blog.txt", "two dozen", 24, "volunteer medics", "medics", "strike_protesters_injured", 22, 26, {}),
]


def overlap(a, b):
    lo = max(x for x in (a["lo"], b["lo"], float("-inf")) if x is not None)
    hi = min(x for x in (a["hi"], b["hi"], float("inf")) if x is not None)
    return lo <= hi


def relation(a, b):
    if a["ckey"] == b["ckey"] and a.get("step") and b.get("step") and a["step"] != b["step"]:
        return "updates"
    if a["lo"] is None and a["hi"] is None or b["lo"] is None and b["hi"] is None:
        return "corroborates"
    if not overlap(a, b):
        return "contradicts"
    return "same" if a["ckey"] == b["ckey"] else "corroborates"


def main():
    here = Path(__file__).resolve().parent
    claims = []
    for file, value, number, claimant, ckey, fact, lo, hi, extra in ROWS:
        assert (here / "articles" / file).exists(), file
        text = (here / "articles" / file).read_text()
        assert value in text, (file, value)
        if extra.get("near"):
            assert extra["near"] in text and value.lower() in extra["near"].lower(), (file, extra)
        c = {"file": file, "value": value, "number": number, "claimant": claimant, "fact": fact,
             "ckey": ckey or "outlet:" + file, "lo": lo, "hi": hi}
        c.update(extra)
        claims.append(c)
    links = []
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a["fact"] == b["fact"] and a["file"] != b["file"]:
                links.append({"a": [a["file"], a["value"]] + ([a["near"]] if a.get("near") else []),
                              "b": [b["file"], b["value"]] + ([b["near"]] if b.get("near") else []),
                              "relation": relation(a, b), "fact": a["fact"]})
    out = {"note": "Hand labels; see build_labels.py for the table and how link relations were derived. "
                   "lo/hi: the interval the value asserts (times: minutes after midnight UTC). "
                   "A third element in a link end is the 'near' phrase that tells repeated values apart.",
           "claims": claims, "links": links}
    (here / "labels.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(claims), "claims,", len(links), "links", Counter(l["relation"] for l in links))


if __name__ == "__main__":
    main()
