"""Hand labels for bench/blind43 (a "jut", a killing winter, on the high pastures of Kyrgyzstan's Naryn region and the
emergency declared over it, its livestock toll, damage, aid, hay, cold and snow disputed, with times in Kyrgyzstan
time, UTC+6, Moscow time, UTC+3, and Kazakhstan's single zone, UTC+5 since 2024; a shortage of medicines in Jordan,
its count, insulin stocks, arrears, freight, shipping delays and prices disputed, with times in Jordan time, UTC+3
all year since 2022, GMT and India Standard Time, UTC+5:30; the preliminary results of Papua New Guinea's 2034
census, its total, growth, provincial counts, cost and coverage disputed, with times in Papua New Guinea time,
UTC+10, Bougainville time, UTC+11, Australian Eastern Daylight Time, UTC+11, and US Eastern Daylight Time, UTC-4,
across the date line).
Run from the project root:
    python3 bench/blind43/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
GOVK = ("Kyrgyzstan's government (the Cabinet's press service and emergency commission, Agriculture Minister Nurlan "
        "Sadyrbaev, the Ministry of Agriculture and the Ministry of Emergency Situations)")
HYD = "Kyrgyzhydromet, Kyrgyzstan's state weather service"
NSCK = "Kyrgyzstan's National Statistical Committee"
THU = "Tian-Shan Herders' Union (chairman Kubanychbek Asanov)"
MHR = "Mountain Herders Relief (MHR), a Geneva-based aid group"
KZAG = "Kazakhstan's agriculture ministry"
JAP = "herder Temirbek Japarov (Ak-Say valley, At-Bashy district)"
NARG = "the Naryn regional governor's office"
ROAD = "the Naryn regional road department"
ECONK = "agricultural economist Aibek Dzhumabaev-Lind (Bishkek)"
INSF = "Kyrgyzstan's State Agricultural Insurance Fund"
TRADK = "hay and livestock traders in Naryn (unnamed, quoted by Steppe Agri Markets)"
HORS = "horse traders in Kochkor (unnamed, quoted by Steppe Agri Markets)"
BUTCH = "butchers at Bishkek's Osh bazaar (unnamed, quoted by Steppe Agri Markets)"

GOVJ = ("Jordan's government (the Jordan Food and Drug Administration, JFDA, director-general Dr Rana "
        "Haddadin-Qasem; Health Minister Walid Abu-Rumman-Zaid and the health ministry; the cabinet)")
JAPM = "Jordanian Association of Pharmaceutical Manufacturers (JAPM), president Samer Khoury-Bataineh"
JPA = "Jordan Pharmacists Association (JPA), president Dr Lina Obeidat-Saleh"
DIAB = "Sukkar Diabetes Society (as told by a volunteer caller, Umm Yazan)"
ONC = "an oncologist at a public hospital (unnamed, voice note)"
FWD = "freight forwarder Rakesh Iyer-Fernandes (SeaLink Logistics, Nhava Sheva)"
VARD = "Vardhan Biologics, Pune, the insulin supplier"

NSO = ("Papua New Guinea's National Statistical Office, NSO (National Statistician Dr Joseph Kila-Warupi; deputy "
       "national statistician Grace Tamanabae-Lowa)")
OPPP = "PNG Opposition Leader Peter Yama-Kepore"
HELA = "Hela Governor Jacob Tambu-Keria"
NCDG = "National Capital District Governor Ronald Aiwa-Tamate"
DEMO = "demographer Dr Helen Marave-Cooper (Pacific Population Research Centre, Canberra)"
ABG = "the Autonomous Bougainville Government (Planning Minister Theonila Kearaku-Sohia)"
DFAT = "Australia's foreign affairs department"
EBC = "PNG's Electoral Boundaries Commission"
UNPD = "the UN Population Division's projections"
UNDEM = "a UN demographer who works on the Pacific (unnamed)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- jut: Kyrgyzstan's emergency commission declares an emergency in Naryn region over a killing
    # winter on Mon 12 Mar 2035 at 10:00 Bishkek time (UTC+6, no summer time) = 04:00 UTC = 07:00 MSK in Moscow =
    # 09:00 in Almaty (Kazakhstan on a single UTC+5 since 1 March 2024; before that Almaty kept UTC+6, Bishkek's
    # clock); livestock dead 118,000 (government, Monday) -> 164,000 (government, Thursday); evacuated 312 (Monday)
    # -> more than 400 (Thursday)
    # a Moscow news agency's English service (MRN; no date line, a time line "12.03.2035 09:41 MSK", glued dateline
    # "BISHKEK, March 12 (MRN)Kyrgyzstan", the time in Moscow time, a glued sentence 'too low."The real', a Fahrenheit
    # conversion, reporting/editing sign-off), Monday 12 Mar
    ("jut_wire.txt", "on Monday", None, O, "jut_date", "outwmon"),
    ("jut_wire.txt", "at 07:00 Moscow time", None, O, "jut_time", "outw0700"),
    ("jut_wire.txt", "118,000 head of livestock", 118000, GOVK, "jut_dead", "gov118"),
    ("jut_wire.txt", "about six in ten of them in Naryn", 60, GOVK, "jut_naryn_share", "gov61"),
    ("jut_wire.txt", "the hardest winter for our herders since 2012", None, GOVK, "jut_worst", "gov2012"),
    ("jut_wire.txt", "4.1 billion som", 4100000000, GOVK, "jut_damage", "gov41"),
    ("jut_wire.txt", "about $45 million", 45000000, GOVK, "jut_damage", "gov41"),
    ("jut_wire.txt", "set aside 500 million som", 500000000, GOVK, "jut_aid", "gov500"),
    ("jut_wire.txt", "minus 42 degrees Celsius", -42, HYD, "jut_temp", "hyd42"),
    ("jut_wire.txt", "minus 44 F", -44, HYD, "jut_temp", "hyd42"),
    ("jut_wire.txt", "on March 8", None, HYD, "jut_tempday", "hyd8"),
    ("jut_wire.txt", "1.4 metres deep", 1.4, HYD, "jut_snow", "hyd14"),
    ("jut_wire.txt", "Two herders have died of exposure", 2, GOVK, "jut_deaths", "gov2"),
    ("jut_wire.txt", "312 people", 312, GOVK, "jut_evac", "gov312"),
    ("jut_wire.txt", "Fourteen roads remain closed", 14, O, "jut_roads", "outw14"),
    ("jut_wire.txt", "more than 300,000 animals", 300000, THU, "jut_dead", "thu300"),
    ("jut_wire.txt", "3,200 tonnes of hay", 3200, KZAG, "jut_haykz", "kz3200"),
    ("jut_wire.txt", "about 16.5 million head of livestock", 16500000, NSCK, "jut_herd", "nsc165"),
    ("jut_wire.txt", "less than 1 per cent of the national herd", 1, O, "jut_share_lost", "outw1"),
    ("jut_wire.txt", "about 560 som a kilogram", 560, O, "jut_mutton", "outw560"),
    # the Cabinet's press release (Cabinet of Ministers of the Kyrgyz Republic, press service; unofficial English
    # translation, own-line date, place-and-date line, numbered points, the weather service and the statistics
    # committee cited, hotline and phone number), Monday 12 Mar
    ("jut_release.txt", "On 12 March 2035", None, GOVK, "jut_date", "govdate"),
    ("jut_release.txt", "at 10:00", None, GOVK, "jut_time", "gov1000"),
    ("jut_release.txt", "amounted to 118,000 head", 118000, GOVK, "jut_dead", "gov118"),
    ("jut_release.txt", "71,500 head", 71500, GOVK, "jut_naryn", "gov715"),
    ("jut_release.txt", "61 per cent", 61, GOVK, "jut_naryn_share", "gov61"),
    ("jut_release.txt", "horses for 9,800 head", 9800, GOVK, "jut_horses", "gov9800"),
    ("jut_release.txt", "6,400 herding households", 6400, GOVK, "jut_households", "gov6400"),
    ("jut_release.txt", "estimated at 4.1 billion som", 4100000000, GOVK, "jut_damage", "gov41"),
    ("jut_release.txt", "allocated 500 million som", 500000000, GOVK, "jut_aid", "gov500"),
    ("jut_release.txt", "150 million som has already been transferred", 150000000, GOVK, "jut_aid_paid", "gov150"),
    ("jut_release.txt", "2,500 som per head of small cattle", 2500, GOVK, "jut_comp", "gov2500"),
    ("jut_release.txt", "37 veterinary teams", 37, GOVK, "jut_vets", "gov37"),
    ("jut_release.txt", "312 citizens have been evacuated", 312, GOVK, "jut_evac", "gov312"),
    ("jut_release.txt", "Two citizens died of hypothermia", 2, GOVK, "jut_deaths", "gov2"),
    ("jut_release.txt", "14 sections of local roads", 14, GOVK, "jut_roads", "gov14"),
    ("jut_release.txt", "−42.3 °C", -42.3, HYD, "jut_temp", "hyd42"),
    ("jut_release.txt", "on 8 March", None, HYD, "jut_tempday", "hyd8"),
    ("jut_release.txt", "up to 1.4 m", 1.4, HYD, "jut_snow", "hyd14"),
    ("jut_release.txt", "5,000 tonnes of hay", 5000, GOVK, "jut_haykz", "gov5000"),
    ("jut_release.txt", "16.5 million head", 16500000, NSCK, "jut_herd", "nsc165"),
    # a Naryn news site's English page (Naryn Post; leading-space own-line date, a photo caption with a wrong year
    # ("12 March 2034"), the time told in words, the government's raised toll and evacuations, the herders' union's
    # claims across sentences ("Asanov calls...", "He says..."), a herder's own readings and prices, a glued sentence
    # ("region.The"), two reader comments with figures, support boilerplate), Thursday 15 Mar
    ("jut_local.txt", "12 March 2034", None, O, "jut_date", "outlcap"),
    ("jut_local.txt", "to 164,000 head", 164000, GOVK, "jut_dead", "gov164"),
    ("jut_local.txt", "at ten in the morning", None, O, "jut_time", "outl10"),
    ("jut_local.txt", "last Monday", None, O, "jut_date", "outllmon"),
    ("jut_local.txt", "more than 300,000", 300000, THU, "jut_dead", "thu300"),
    ("jut_local.txt", "the worst jut in thirty years", 30, THU, "jut_worst", "thu30"),
    ("jut_local.txt", "three herders have died", 3, THU, "jut_deaths", "thu3"),
    ("jut_local.txt", "not two as the ministry says", 2, GOVK, "jut_deaths", "gov2"),
    ("jut_local.txt", "barely 40 million som", 40000000, THU, "jut_aid_paid", "thu40"),
    ("jut_local.txt", "the 2,500 som promised for a dead sheep", 2500, GOVK, "jut_comp", "gov2500"),
    ("jut_local.txt", "A sheep sells for 9,000 som", 9000, THU, "jut_sheepprice", "thu9000"),
    ("jut_local.txt", "minus 47", -47, JAP, "jut_temp", "jap47"),
    ("jut_local.txt", "more than two metres deep", 2, JAP, "jut_snow", "jap2m"),
    ("jut_local.txt", "A bale cost 350 som in the autumn", 350, JAP, "jut_hay_before", "jap350"),
    ("jut_local.txt", "1,200 som a bale", 1200, JAP, "jut_hay_now", "jap1200"),
    ("jut_local.txt", "nearly 90,000 animals", 90000, NARG, "jut_naryn", "narg90"),
    ("jut_local.txt", "only 11 veterinary teams", 11, NARG, "jut_vets", "narg11"),
    ("jut_local.txt", "at least 20 roads are shut", 20, ROAD, "jut_roads", "road20"),
    ("jut_local.txt", "more than 400 people", 400, GOVK, "jut_evac", "gov400"),
    ("jut_local.txt", "Fewer than 3 per cent of animals", 3, ECONK, "jut_insured", "econ3"),
    # an Almaty agricultural-markets weekly (Steppe Agri Markets No. 611; date prefix glued to the masthead, the zone
    # mistake "at 10:00 Almaty time" (as if Almaty still kept Bishkek's UTC+6), paragraph heads ("Toll.", "Feed.",
    # "Meat.", "Money."), its own share and damage estimate, an aid group, traders and butchers, the government's
    # figures quoted back, "(US$1 = KGS 91.0 = KZT 512)", subscription boilerplate), Friday 16 Mar
    ("jut_almaty.txt", "at 10:00 Almaty time", None, O, "jut_time", "outa1000"),
    ("jut_almaty.txt", "on 12 March", None, O, "jut_date", "outadate"),
    ("jut_almaty.txt", "stood at 164,000 head", 164000, GOVK, "jut_dead", "gov164"),
    ("jut_almaty.txt", "61% of the official toll", 61, O, "jut_naryn_share", "outa61"),
    ("jut_almaty.txt", "about 210,000 animals", 210000, MHR, "jut_dead", "mhr210"),
    ("jut_almaty.txt", "about 9,000 families", 9000, MHR, "jut_households", "mhr9000"),
    ("jut_almaty.txt", "roughly 14 million animals", 14000000, MHR, "jut_herd", "mhr14"),
    ("jut_almaty.txt", "about 1.5 per cent", 1.5, MHR, "jut_share_lost", "mhr15"),
    ("jut_almaty.txt", "some 20,000 horses", 20000, HORS, "jut_horses", "hors20"),
    ("jut_almaty.txt", "3,200 tonnes", 3200, KZAG, "jut_haykz", "kz3200"),
    ("jut_almaty.txt", "spoken of 5,000 tonnes", 5000, GOVK, "jut_haykz", "gov5000"),
    ("jut_almaty.txt", "about 1,000 som a bale", 1000, TRADK, "jut_hay_now", "trad1000"),
    ("jut_almaty.txt", "about 350 som last October", 350, TRADK, "jut_hay_before", "trad350"),
    ("jut_almaty.txt", "about 7,500 som a head", 7500, TRADK, "jut_sheepprice", "trad7500"),
    ("jut_almaty.txt", "480 som a kilo", 480, BUTCH, "jut_mutton", "butch480"),
    ("jut_almaty.txt", "closer to $70 million", 70000000, O, "jut_damage", "outa70"),
    ("jut_almaty.txt", "about 6.4 billion som", 6400000000, O, "jut_damage", "outa70"),
    ("jut_almaty.txt", "The cabinet's 500 million som", 500000000, GOVK, "jut_aid", "gov500"),
    ("jut_almaty.txt", "about $5.5 million", 5500000, GOVK, "jut_aid", "gov500"),
    ("jut_almaty.txt", "about 8 per cent of Kyrgyz livestock", 8, INSF, "jut_insured", "insf8"),

    # ---------------- meds: Jordan's drug regulator briefs on medicine shortages on Sun 4 Feb 2035 at 13:00 Amman
    # time; Jordan has kept UTC+3 all year since October 2022 (before that it kept UTC+2 in winter), so 13:00 in Amman
    # = 10:00 GMT = 11:00 CET = 15:30 IST; the shortage list 63 (Sunday) -> 71 (Tuesday)
    # the regulator's press statement (JFDA media office; own-line date, statement number, translation note,
    # place-and-date line without the weekday, numbered points, a toll-free number), Sunday 4 Feb
    ("meds_statement.txt", "on Sunday 4 February 2035", None, GOVJ, "meds_date", "govdate"),
    ("meds_statement.txt", "at 1 p.m.", None, GOVJ, "meds_time", "gov13"),
    ("meds_statement.txt", "63 medicines", 63, GOVJ, "meds_count", "gov63"),
    ("meds_statement.txt", "sufficient for 45 days", 45, GOVJ, "meds_insulin_days", "gov45"),
    ("meds_statement.txt", "120,000 insulin pens", 120000, GOVJ, "meds_pens", "gov120"),
    ("meds_statement.txt", "on Thursday 8 February", None, GOVJ, "meds_arrival", "gov8feb"),
    ("meds_statement.txt", "Four cancer medicines are affected", 4, GOVJ, "meds_cancer", "gov4"),
    ("meds_statement.txt", "JD 25 million", 25000000, GOVJ, "meds_fund", "gov25"),
    ("meds_statement.txt", "up to 10 per cent", 10, GOVJ, "meds_price", "gov10"),
    ("meds_statement.txt", "37 generic medicines", 37, GOVJ, "meds_price_count", "gov37"),
    ("meds_statement.txt", "within 30 days", 30, GOVJ, "meds_fasttrack", "gov30d"),
    ("meds_statement.txt", "fines of up to JD 10,000", 10000, GOVJ, "meds_fine", "gov10k"),
    # a London news wire (APW; no date line, a time line "Sun 4 Feb 2035 | 14:20 GMT", glued dateline "AMMAN, Feb 4
    # (APW)Jordan's", the time in GMT, dollars in brackets, the regulator, the manufacturers, the pharmacists and the
    # health ministry, a spelled-out name then its acronym, reporting/writing/editing sign-off), Sunday 4 Feb
    ("meds_wire.txt", "on Sunday", None, O, "meds_date", "outwsun"),
    ("meds_wire.txt", "63 medicines", 63, GOVJ, "meds_count", "gov63"),
    ("meds_wire.txt", "at 1000 GMT", None, O, "meds_time", "outw10"),
    ("meds_wire.txt", "about six weeks", 6, GOVJ, "meds_insulin_days", "gov45"),
    ("meds_wire.txt", "JD 25 million", 25000000, GOVJ, "meds_fund", "gov25"),
    ("meds_wire.txt", "$35 million", 35000000, GOVJ, "meds_fund", "gov25"),
    ("meds_wire.txt", "by as much as 10%", 10, GOVJ, "meds_price", "gov10"),
    ("meds_wire.txt", "fines of up to JD 5,000", 5000, O, "meds_fine", "outw5k"),
    ("meds_wire.txt", "JD 180 million", 180000000, JAPM, "meds_arrears", "japm180"),
    ("meds_wire.txt", "$254 million", 254000000, JAPM, "meds_arrears", "japm180"),
    ("meds_wire.txt", "Nearly 60 per cent of the active ingredients", 60, JAPM, "meds_api_share", "japm60"),
    ("meds_wire.txt", "Jordan's 22 factories", 22, JAPM, "meds_factories", "japm22"),
    ("meds_wire.txt", "at least three weeks longer", 3, JAPM, "meds_delay", "japm3w"),
    ("meds_wire.txt", "$6,000", 6000, JAPM, "meds_freight_now", "japm6000"),
    ("meds_wire.txt", "from $1,900", 1900, JAPM, "meds_freight_before", "japm1900"),
    ("meds_wire.txt", "about $100 million a year", 100000000, JAPM, "meds_india_trade", "japm100"),
    ("meds_wire.txt", "$750 million a year", 750000000, JAPM, "meds_exports", "japm750"),
    ("meds_wire.txt", "more than 180 medicines", 180, JPA, "meds_count", "jpa180"),
    ("meds_wire.txt", "nearly 3,500 pharmacies", 3500, O, "meds_pharmacies", "outw3500"),
    ("meds_wire.txt", "Some 220,000 patients rely on insulin", 220000, GOVJ, "meds_insulin_users", "gov220"),
    # an Amman radio phone-in's transcript (Radio Balqa, "Amman Morning Line"; leading-space own-line date, speaker
    # labels with clock stamps, the regulator live with the raised count, the pharmacists, a recorded minister, a
    # caller and a voice note, figures quoted back, number words), Tuesday 6 Feb
    ("meds_radio.txt", "On Sunday", None, O, "meds_date", "outrsun"),
    ("meds_radio.txt", "at one o'clock", None, O, "meds_time", "outr13"),
    ("meds_radio.txt", "sixty-three medicines", 63, GOVJ, "meds_count", "gov63"),
    ("meds_radio.txt", "seventy-one medicines", 71, GOVJ, "meds_count", "gov71"),
    ("meds_radio.txt", "forty-five days of stock", 45, GOVJ, "meds_insulin_days", "gov45"),
    ("meds_radio.txt", "a hundred and twenty thousand pens", 120000, GOVJ, "meds_pens", "gov120"),
    ("meds_radio.txt", "on Thursday in Aqaba", None, GOVJ, "meds_arrival", "gov8feb"),
    ("meds_radio.txt", "over one hundred and eighty medicines missing", 180, JPA, "meds_count", "jpa180"),
    ("meds_radio.txt", "We have 4,100 pharmacies", 4100, JPA, "meds_pharmacies", "jpa4100"),
    ("meds_radio.txt", "less than two weeks", 2, JPA, "meds_insulin_days", "jpa2w"),
    ("meds_radio.txt", "At least ninety days in practice", 90, JPA, "meds_fasttrack", "jpa90"),
    ("meds_radio.txt", "the thirty days they promise", 30, GOVJ, "meds_fasttrack", "gov30d"),
    ("meds_radio.txt", "The 25 million dinars the cabinet announced", 25000000, GOVJ, "meds_fund", "gov25"),
    ("meds_radio.txt", "ninety-five million dinars", 95000000, GOVJ, "meds_arrears", "gov95"),
    ("meds_radio.txt", "about a third of the market", 33, GOVJ, "meds_local_share", "gov33"),
    ("meds_radio.txt", "about 350,000 people in Jordan use insulin", 350000, DIAB, "meds_insulin_users", "diab350"),
    ("meds_radio.txt", "At least nine cancer drugs", 9, ONC, "meds_cancer", "onc9"),
    ("meds_radio.txt", "the four the ministry admits", 4, GOVJ, "meds_cancer", "gov4"),
    # a Mumbai pharma-export newsletter (India Pharma Export Letter; leading-space own-line date, the zone mistake
    # "at 4.30 pm IST" (as if Amman still kept UTC+2 in winter), paragraph heads, rupees in crore, a freight forwarder
    # and the supplier, its own counts and arithmetic, "(US$1 = INR 88.0; JD 1 = US$1.41)", membership
    # boilerplate), Thursday 8 Feb
    ("meds_trade.txt", "at 4.30 pm IST", None, O, "meds_time", "outt1630"),
    ("meds_trade.txt", "on 4 February", None, O, "meds_date", "outt4feb"),
    ("meds_trade.txt", "risen to 71 products", 71, GOVJ, "meds_count", "gov71"),
    ("meds_trade.txt", "fewer than 40 medicines are truly unavailable", 40, JAPM, "meds_count", "japm40"),
    ("meds_trade.txt", "about 40 per cent of Jordan's API imports", 40, O, "meds_api_share", "outt40"),
    ("meds_trade.txt", "Rs 1,240 crore", 12400000000, O, "meds_india_trade", "outt141"),
    ("meds_trade.txt", "about $141 million", 141000000, O, "meds_india_trade", "outt141"),
    ("meds_trade.txt", "45 per cent of the market by value", 45, JAPM, "meds_local_share", "japm45"),
    ("meds_trade.txt", "26 manufacturing plants", 26, O, "meds_factories", "outt26"),
    ("meds_trade.txt", "about $620 million a year", 620000000, O, "meds_exports", "outt620"),
    ("meds_trade.txt", "$4,800 per 40-foot container", 4800, FWD, "meds_freight_now", "fwd4800"),
    ("meds_trade.txt", "up from $1,900", 1900, FWD, "meds_freight_before", "fwd1900"),
    ("meds_trade.txt", "an extra 12 days", 12, FWD, "meds_delay", "fwd12"),
    ("meds_trade.txt", "80,000 pens", 80000, VARD, "meds_pens", "vard80"),
    ("meds_trade.txt", "not before 15 February", None, VARD, "meds_arrival", "vard15"),
    ("meds_trade.txt", "JD 180 million", 180000000, JAPM, "meds_arrears", "japm180"),
    ("meds_trade.txt", "a 15 per cent increase", 15, O, "meds_price", "outt15"),
    ("meds_trade.txt", "42 generics", 42, O, "meds_price_count", "outt42"),

    # ---------------- census: Papua New Guinea's National Statistical Office releases the preliminary results of
    # the 2034 census at 10:00 on Thu 22 Mar 2035 in Port Moresby (UTC+10, no summer time) = 00:00 UTC = 11:00 in
    # Bougainville (UTC+11 since 2014) = 11:00 AEDT in Sydney (UTC+11 until 1 April) = 20:00 EDT on Wed 21 Mar in New
    # York (UTC-4 since 11 March); Bougainville's count 318,400 (NSO, Thursday) -> 336,900 (NSO, Monday)
    # the NSO's media release (date prefix glued to the masthead, place-and-date line, "Key figures" list, the
    # National Statistician quoted, media contact with a phone number), Thursday 22 Mar
    ("census_release.txt", "at 10 a.m.", None, NSO, "census_time", "nso10"),
    ("census_release.txt", "Thursday 22 March 2035", None, NSO, "census_date", "nsodate"),
    ("census_release.txt", "14 July 2034", None, NSO, "census_night", "nso14jul"),
    ("census_release.txt", "11,862,410 persons", 11862410, NSO, "census_total", "nso1186"),
    ("census_release.txt", "7,275,324 recorded in 2011", 7275324, NSO, "census_2011", "nso2011"),
    ("census_release.txt", "2.1 per cent", 2.1, NSO, "census_growth", "nso21"),
    ("census_release.txt", "Households enumerated: 2,048,700", 2048700, NSO, "census_households", "nsohh"),
    ("census_release.txt", "5.8 persons", 5.8, NSO, "census_hhsize", "nso58"),
    ("census_release.txt", "13.2 per cent", 13.2, NSO, "census_urban", "nso132"),
    ("census_release.txt", "57 per cent", 57, NSO, "census_under25", "nso57"),
    ("census_release.txt", "318,400 persons", 318400, NSO, "census_bougainville", "nso318"),
    ("census_release.txt", "479,600 persons", 479600, NSO, "census_ncd", "nso480"),
    ("census_release.txt", "291,300 persons", 291300, NSO, "census_hela", "nso291"),
    ("census_release.txt", "six weeks", 6, NSO, "census_fieldwork", "nso6w"),
    ("census_release.txt", "about 19,000 enumerators", 19000, NSO, "census_enum", "nso19k"),
    ("census_release.txt", "97.6 per cent", 97.6, NSO, "census_coverage", "nso976"),
    ("census_release.txt", "2.4 per cent", 2.4, NSO, "census_undercount", "nso24"),
    ("census_release.txt", "K218 million", 218000000, NSO, "census_cost", "nso218"),
    ("census_release.txt", "by December 2035", None, NSO, "census_final", "nsodec"),
    # a Sydney daily's Pacific live blog (The Harbour Ledger; date prefix with the masthead continuing on the same
    # line, entries stamped in AEDT, the release time in AEDT, the NSO's figures restated and converted to A$, the
    # opposition, two governors, a Canberra demographer, Bougainville's position, Australia's aid and the boundaries
    # commission, a photo caption), Thursday 22 Mar
    ("census_liveblog.txt", "at 11am AEDT", None, O, "census_time", "outb11"),
    ("census_liveblog.txt", "counted 7.3 million people", 7300000, O, "census_2011", "outb73"),
    ("census_liveblog.txt", "The NSO puts the population at 11.86 million", 11860000, NSO, "census_total", "nso1186"),
    ("census_liveblog.txt", "on census night last July", None, NSO, "census_night", "nso14jul"),
    ("census_liveblog.txt", "Counting took 42 days", 42, NSO, "census_fieldwork", "nso6w"),
    ("census_liveblog.txt", "about two million households", 2000000, NSO, "census_households", "nsohh"),
    ("census_liveblog.txt", "the equivalent of A$84 million", 84000000, NSO, "census_cost", "nso218"),
    ("census_liveblog.txt", "at least 14 million", 14000000, OPPP, "census_total", "opp14"),
    ("census_liveblog.txt", "K310 million", 310000000, OPPP, "census_cost", "opp310"),
    ("census_liveblog.txt", "not before 2037", None, OPPP, "census_final", "opp2037"),
    ("census_liveblog.txt", "over 500,000 people", 500000, HELA, "census_hela", "hela500"),
    ("census_liveblog.txt", "nearer 800,000", 800000, NCDG, "census_ncd", "ncd800"),
    ("census_liveblog.txt", "closer to 12.9 million", 12900000, DEMO, "census_total", "demo129"),
    ("census_liveblog.txt", "about 3.1 per cent a year", 3.1, DEMO, "census_growth", "demo31"),
    ("census_liveblog.txt", "no more than 90 per cent", 90, DEMO, "census_coverage", "demo90"),
    ("census_liveblog.txt", "more than 14 weeks", 14, DEMO, "census_fieldwork", "demo14w"),
    ("census_liveblog.txt", "more than 400,000 people", 400000, ABG, "census_bougainville", "abg400"),
    ("census_liveblog.txt", "A$18 million", 18000000, DFAT, "census_aus", "dfat18"),
    ("census_liveblog.txt", "eight new seats", 8, EBC, "census_seats", "ebc8"),
    # a Bougainville community radio's transcript (Radio Arawa Community 88.1; leading-space own-line date, speaker
    # labels, the time in Bougainville time and Port Moresby time, the NSO's deputy with the raised Bougainville
    # figure, the region's planning minister, number words), Monday 26 Mar
    ("census_radio.txt", "last Thursday", None, O, "census_date", "outrthu"),
    ("census_radio.txt", "eleven o'clock our time", None, O, "census_time", "outr11"),
    ("census_radio.txt", "ten in Port Moresby", None, O, "census_time", "outr11"),
    ("census_radio.txt", "nearly twelve million people", 12000000, O, "census_total", "outr12"),
    ("census_radio.txt", "in July last year", None, O, "census_night", "outrjul"),
    ("census_radio.txt", "three hundred and eighteen thousand", 318000, NSO, "census_bougainville", "nso318"),
    ("census_radio.txt", "336,900", 336900, NSO, "census_bougainville", "nso337"),
    ("census_radio.txt", "two point four percent", 2.4, NSO, "census_undercount", "nso24"),
    ("census_radio.txt", "Before Christmas", None, NSO, "census_final", "nsodec"),
    ("census_radio.txt", "more than 400,000 people", 400000, ABG, "census_bougainville", "abg400"),
    # a New York development-and-data newsletter (Turtle Bay Dispatch; no date line, a masthead with its New York
    # date, the zone mistake "at 7 p.m. New York time" (as if New York were still on EST, UTC-5, ten days after the
    # clocks went forward), the day in New York and in Port Moresby, UN projections and a UN demographer, its own
    # arithmetic, US$ conversions, subscription boilerplate), Thursday 22 Mar (New York)
    ("census_ny.txt", "on Wednesday evening", None, O, "census_date", "outndate"),
    ("census_ny.txt", "at 7 p.m. New York time", None, O, "census_time", "outn7"),
    ("census_ny.txt", "Thursday morning in Port Moresby", None, O, "census_date", "outndate"),
    ("census_ny.txt", "just under 11.9 million", 11900000, NSO, "census_total", "nso1186"),
    ("census_ny.txt", "7.28 million at the 2011 count", 7280000, O, "census_2011", "outn728"),
    ("census_ny.txt", "roughly 2.1 per cent a year", 2.1, O, "census_growth", "outn21"),
    ("census_ny.txt", "13.4 million", 13400000, UNPD, "census_total", "unpd134"),
    ("census_ny.txt", "nearer 9 per cent", 9, UNDEM, "census_undercount", "undem9"),
    ("census_ny.txt", "closer to 18 per cent", 18, UNPD, "census_urban", "unpd18"),
    ("census_ny.txt", "62 per cent of Papua New Guineans are under 25", 62, UNPD, "census_under25", "unpd62"),
    ("census_ny.txt", "about 480,000 people", 480000, O, "census_ncd", "outn480"),
    ("census_ny.txt", "households average 5.79 people", 5.79, O, "census_hhsize", "outn579"),
    ("census_ny.txt", "in June 2034", None, O, "census_night", "outnjun"),
    ("census_ny.txt", "some 14,500 enumerators", 14500, O, "census_enum", "outn145"),
    ("census_ny.txt", "K218 million", 218000000, NSO, "census_cost", "nso218"),
    ("census_ny.txt", "about US$56 million", 56000000, NSO, "census_cost", "nso218"),
    ("census_ny.txt", "about US$9 million", 9000000, O, "census_aus", "outn9"),
    ("census_ny.txt", "12 new electorates", 12, O, "census_seats", "outn12"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("jut_wire.txt", "five weeks of deep snow", 5, O, "jut_opt_weeks"),
    ("jut_wire.txt", "since the start of February", None, GOVK, "jut_opt_since"),
    ("jut_release.txt", "as of 08:00 today", None, GOVK, "jut_opt_asof"),
    ("jut_release.txt", "as of 1 January 2035", None, NSCK, "jut_opt_herd_date"),
    ("jut_release.txt", "97,300 head", 97300, GOVK, "jut_opt_small"),
    ("jut_release.txt", "10,900 head", 10900, GOVK, "jut_opt_cattle"),
    ("jut_release.txt", "15,000 som per head of cattle and horses", 15000, GOVK, "jut_opt_comp_cattle"),
    ("jut_local.txt", "140 of his 310 sheep", 140, JAP, "jut_opt_japarov"),
    ("jut_local.txt", "1977 was worse", None, "reader Kochkor_Ata", "jut_opt_reader_1977"),
    ("jut_local.txt", "We lost 60 sheep in Kochkor", 60, "reader Kochkor_Ata", "jut_opt_reader_sheep"),
    ("jut_almaty.txt", "The first train of 42 wagons", 42, O, "jut_opt_wagons"),
    ("jut_almaty.txt", "28,000 tenge a tonne", 28000, O, "jut_opt_kzhay"),
    ("meds_statement.txt", "more than 9,800 registered medicinal products", 9800, GOVJ, "meds_opt_registered"),
    ("meds_statement.txt", "approved on Saturday", None, GOVJ, "meds_opt_approved"),
    ("meds_wire.txt", "about 11.7 million people", 11700000, O, "meds_opt_population"),
    ("meds_radio.txt", "six pharmacies on Saturday", 6, DIAB, "meds_opt_six"),
    ("census_liveblog.txt", "dozens of villages", None, HELA, "census_opt_villages"),
    ("census_liveblog.txt", "July 2034", None, O, "census_opt_caption"),
    ("census_radio.txt", "only 1,150 enumerators", 1150, ABG, "census_opt_bgv_enum"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # jut
    "jut_time": {("gov1000", "outw0700"): CO, ("gov1000", "outl10"): CO, ("gov1000", "outa1000"): C,
                 ("outw0700", "outl10"): CO, ("outw0700", "outa1000"): C, ("outl10", "outa1000"): C},
    "jut_date": {("govdate", "outwmon"): CO, ("govdate", "outllmon"): CO, ("govdate", "outlcap"): C,
                 ("govdate", "outadate"): CO, ("outwmon", "outllmon"): CO, ("outwmon", "outlcap"): C,
                 ("outwmon", "outadate"): CO, ("outllmon", "outadate"): CO, ("outlcap", "outadate"): C},
    "jut_dead": {("gov118", "gov118"): SC, ("gov118", "gov164"): U, ("gov118", "thu300"): C,
                 ("gov118", "mhr210"): C, ("gov164", "gov164"): SC, ("gov164", "thu300"): C,
                 ("gov164", "mhr210"): C, ("thu300", "thu300"): SC, ("thu300", "mhr210"): C},
    "jut_naryn": {("gov715", "narg90"): C},
    "jut_naryn_share": {("gov61", "gov61"): SC, ("gov61", "outa61"): CO},
    "jut_horses": {("gov9800", "hors20"): C},
    "jut_households": {("gov6400", "mhr9000"): C},
    "jut_deaths": {("gov2", "gov2"): SC, ("gov2", "thu3"): C},
    "jut_evac": {("gov312", "gov312"): SC, ("gov312", "gov400"): U},
    "jut_temp": {("hyd42", "hyd42"): SC, ("hyd42", "jap47"): C},
    "jut_tempday": {("hyd8", "hyd8"): SC},
    "jut_snow": {("hyd14", "hyd14"): SC, ("hyd14", "jap2m"): C},
    "jut_damage": {("gov41", "gov41"): SC, ("gov41", "outa70"): C},
    "jut_aid": {("gov500", "gov500"): SC},
    "jut_aid_paid": {("gov150", "thu40"): C},
    "jut_comp": {("gov2500", "gov2500"): SC},
    "jut_sheepprice": {("thu9000", "trad7500"): C},
    "jut_hay_now": {("jap1200", "trad1000"): C},
    "jut_hay_before": {("jap350", "trad350"): CO},
    "jut_haykz": {("kz3200", "kz3200"): SC, ("kz3200", "gov5000"): C, ("gov5000", "gov5000"): SC},
    "jut_roads": {("gov14", "outw14"): CO, ("gov14", "road20"): C, ("outw14", "road20"): C},
    "jut_herd": {("nsc165", "nsc165"): SC, ("nsc165", "mhr14"): C},
    "jut_share_lost": {("outw1", "mhr15"): C},
    "jut_worst": {("gov2012", "thu30"): C},
    "jut_vets": {("gov37", "narg11"): C},
    "jut_insured": {("econ3", "insf8"): C},
    "jut_mutton": {("outw560", "butch480"): C},
    # meds
    "meds_time": {("gov13", "outw10"): CO, ("gov13", "outr13"): CO, ("gov13", "outt1630"): C,
                  ("outw10", "outr13"): CO, ("outw10", "outt1630"): C, ("outr13", "outt1630"): C},
    "meds_date": {("govdate", "outwsun"): CO, ("govdate", "outrsun"): CO, ("govdate", "outt4feb"): CO,
                  ("outwsun", "outrsun"): CO, ("outwsun", "outt4feb"): CO, ("outrsun", "outt4feb"): CO},
    "meds_count": {("gov63", "gov63"): SC, ("gov63", "gov71"): U, ("gov63", "jpa180"): C, ("gov63", "japm40"): C,
                   ("gov71", "gov71"): SC, ("gov71", "jpa180"): C, ("gov71", "japm40"): C,
                   ("jpa180", "jpa180"): SC, ("jpa180", "japm40"): C},
    "meds_insulin_days": {("gov45", "gov45"): SC, ("gov45", "jpa2w"): C},
    "meds_pens": {("gov120", "gov120"): SC, ("gov120", "vard80"): C},
    "meds_arrival": {("gov8feb", "gov8feb"): SC, ("gov8feb", "vard15"): C},
    "meds_insulin_users": {("gov220", "diab350"): C},
    "meds_arrears": {("japm180", "japm180"): SC, ("japm180", "gov95"): C},
    "meds_fund": {("gov25", "gov25"): SC},
    "meds_api_share": {("japm60", "outt40"): C},
    "meds_delay": {("japm3w", "fwd12"): C},
    "meds_freight_now": {("japm6000", "fwd4800"): C},
    "meds_freight_before": {("japm1900", "fwd1900"): CO},
    "meds_india_trade": {("japm100", "outt141"): C},
    "meds_exports": {("japm750", "outt620"): C},
    "meds_factories": {("japm22", "outt26"): C},
    "meds_local_share": {("gov33", "japm45"): C},
    "meds_price": {("gov10", "gov10"): SC, ("gov10", "outt15"): C},
    "meds_price_count": {("gov37", "outt42"): C},
    "meds_cancer": {("gov4", "gov4"): SC, ("gov4", "onc9"): C},
    "meds_fasttrack": {("gov30d", "gov30d"): SC, ("gov30d", "jpa90"): C},
    "meds_fine": {("gov10k", "outw5k"): C},
    "meds_pharmacies": {("outw3500", "jpa4100"): C},
    # census
    "census_time": {("nso10", "outb11"): CO, ("nso10", "outr11"): CO, ("nso10", "outn7"): C,
                    ("outb11", "outr11"): CO, ("outb11", "outn7"): C, ("outr11", "outn7"): C},
    "census_date": {("nsodate", "outrthu"): CO, ("nsodate", "outndate"): CO, ("outrthu", "outndate"): CO},
    "census_night": {("nso14jul", "nso14jul"): SC, ("nso14jul", "outrjul"): CO, ("nso14jul", "outnjun"): C,
                     ("outrjul", "outnjun"): C},
    "census_total": {("nso1186", "nso1186"): SC, ("nso1186", "opp14"): C, ("nso1186", "demo129"): C,
                     ("nso1186", "outr12"): CO, ("nso1186", "unpd134"): C, ("opp14", "outr12"): C,
                     ("opp14", "unpd134"): C, ("demo129", "outr12"): C, ("demo129", "unpd134"): C,
                     ("outr12", "unpd134"): C},
    "census_2011": {("nso2011", "outb73"): CO, ("nso2011", "outn728"): CO, ("outb73", "outn728"): CO},
    "census_growth": {("nso21", "demo31"): C, ("nso21", "outn21"): CO, ("demo31", "outn21"): C},
    "census_bougainville": {("nso318", "nso318"): SC, ("nso318", "nso337"): U, ("nso318", "abg400"): C,
                            ("nso337", "abg400"): C, ("abg400", "abg400"): SC},
    "census_ncd": {("nso480", "ncd800"): C, ("nso480", "outn480"): CO, ("ncd800", "outn480"): C},
    "census_hela": {("nso291", "hela500"): C},
    "census_households": {("nsohh", "nsohh"): SC},
    "census_hhsize": {("nso58", "outn579"): CO},
    "census_cost": {("nso218", "nso218"): SC, ("nso218", "opp310"): C},
    "census_aus": {("dfat18", "outn9"): C},
    "census_enum": {("nso19k", "outn145"): C},
    "census_fieldwork": {("nso6w", "nso6w"): SC, ("nso6w", "demo14w"): C},
    "census_coverage": {("nso976", "demo90"): C},
    "census_undercount": {("nso24", "nso24"): SC, ("nso24", "undem9"): C},
    "census_urban": {("nso132", "unpd18"): C},
    "census_under25": {("nso57", "unpd62"): C},
    "census_seats": {("ebc8", "outn12"): C},
    "census_final": {("nsodec", "nsodec"): SC, ("nsodec", "opp2037"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
