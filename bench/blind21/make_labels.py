"""Hand labels for bench/blind21 (mass poisoning from methanol-tainted bootleg liquor in an Indonesian regency;
container ship aground blocking the channel of a Brazilian port; surge of refugees across the Thai border after
fighting in Myanmar).
Run from the project root:
    /work/venv/bin/python bench/blind21/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a rounded or vague figure followed by a later, larger or exact one

# claimants, spelled once
HO = "Cibaruna regency health office (Dr Ratna Setiawati)"
POL = "Cibaruna police (chief Hendra Wiranata, spokesman Dadang Sumarna)"
HOSP = "Cibaruna Regional General Hospital (director Dr Yohanes Purba, ophthalmologist Dr Lestari Wibowo)"
FAM = "victims' families (spokesman Asep Kurniawan)"
OPP = "opposition provincial lawmaker Dewi Maharani (National Welfare Party)"
VH = "Pasirlaja village head Ujang Saepudin"
REG = "Cibaruna regent Bambang Suharyo / regency government"
BPOM = "National Agency of Drug and Food Control (BPOM)"
MOH = "Indonesian Health Ministry"
WHO = "World Health Organization"

PA = "Marabaixo Port Authority (president Ricardo Falcão)"
OWN = "Tessaly Lines, shipowner (spokeswoman Eleni Voulgari)"
UNION = "Marabaixo Harbour Pilots' Union (president Cláudio Reis)"
CV = "Costa Viva environmental group (coordinator Marina Teixeira)"
NAVY = "Brazilian Navy port captaincy (Commander Luíza Tavares)"
AENE = "Northeast Exporters' Association (AENE)"
SALV = "Brandvoort Salvage (salvage master Pieter Vos)"
BOR = "Boreal Mutual P&I Club, the ship's insurer"
COLONY = "Praia do Farol fishing colony"

UNHCR = "UNHCR, the UN refugee agency"
GOV = "Thai government (Tak governor Anurak Chaiyasit, interior ministry, provincial offices)"
MAYOR = "Mae Salakam mayor Kittipong Saenmuang"
AID = "Border Aid Network (coordinator Naw Paw Htoo)"
UNICEF = "UNICEF"
WFP = "World Food Programme"
HOSPB = "Mae Salakam Hospital (director Dr Wiroj Thanasan)"
ARMY = "Thai army border task force (Col Preecha Boonmee)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- liquor: methanol-laced bootleg liquor sold at a kiosk in Pasirlaja, Cibaruna regency (West
    # Java, Indonesia), drunk on Fri 5 Dec 2025; the hospital dates the first arrivals to Sat 6 Dec 01:15 WIB (UTC+7)
    # = Fri 18:15 GMT = Fri 1:15 p.m. EST; police raid on the supplier Mon 8 Dec 04:00 WIB = Sun 4 p.m. EST
    # wire (Reuters style), Sunday 7 Dec
    ("liquor_wire.txt", "Twenty-three people", 23, HO, "liq_deaths", "ho23"),
    ("liquor_wire.txt", "112 people", 112, HO, "liq_hospitalised", "ho112"),
    ("liquor_wire.txt", "six people had lost their sight", 6, HO, "liq_blinded", "ho6"),
    ("liquor_wire.txt", "five villages", 5, HO, "liq_villages", "ho5"),
    ("liquor_wire.txt", "examined 19 bodies", 19, POL, "liq_autopsies", "pol19b"),
    ("liquor_wire.txt", "at about 1:15 a.m. on Saturday", None, HOSP, "liq_first_arrival", "hosp115"),
    ("liquor_wire.txt", "1815 GMT on Friday", None, HOSP, "liq_first_arrival", "hosp115"),
    ("liquor_wire.txt", "arrested four people", 4, POL, "liq_arrests", "pol4"),
    ("liquor_wire.txt", "1,200 litres", 1200, POL, "liq_seized", "pol1200"),
    ("liquor_wire.txt", "had received no complaints about the kiosk", None, POL, "liq_warned", "polno"),
    ("liquor_wire.txt", "20,000 rupiah", 20000, O, "liq_price", "outw20k"),
    ("liquor_wire.txt", "$1.20", 1.2, O, "liq_price", "outw20k"),
    ("liquor_wire.txt", "10 million rupiah", 10000000, REG, "liq_compensation", "reg10m"),
    ("liquor_wire.txt", "$601", 601, REG, "liq_compensation", "reg10m"),
    ("liquor_wire.txt", "more than 480 deaths", 480, MOH, "liq_national", "moh480"),
    ("liquor_wire.txt", "some 27 people", 27, O, "liq_2019_deaths", "outw27"),
    # live blog (Java Daily Live, WIB), Monday 8 Dec
    ("liquor_live.txt", "at least 50 people", 50, FAM, "liq_deaths", "fam50"),
    ("liquor_live.txt", "31 people have now died", 31, HO, "liq_deaths", "ho31"),
    ("liquor_live.txt", "146 people", 146, HO, "liq_hospitalised", "ho146"),
    ("liquor_live.txt", "Four of the dead are women", 4, HO, "liq_women", "ho4w"),
    ("liquor_live.txt", "warned the police about the kiosk twice", None, VH, "liq_warned", "vhwarn"),
    ("liquor_live.txt", "for three years", 3, VH, "liq_kiosk_since", "vh3y"),
    ("liquor_live.txt", "around 3 a.m. on Saturday", None, HO, "liq_first_arrival", "ho3am"),
    ("liquor_live.txt", "about 24 per cent methanol", 24, POL, "liq_methanol", "polab24"),
    ("liquor_live.txt", "at least nine people had been left blind", 9, HOSP, "liq_blinded", "hosp9"),
    ("liquor_live.txt", "19 patients remained in intensive care", 19, HOSP, "liq_icu", "hosp19icu"),
    ("liquor_live.txt", "six dialysis machines", 6, HOSP, "liq_dialysis", "hosp6dial"),
    ("liquor_live.txt", "22 patients", 22, HOSP, "liq_referred", "hosp22"),
    ("liquor_live.txt", "nine suspects", 9, POL, "liq_arrests", "pol9"),
    ("liquor_live.txt", "at 4 a.m. this morning", None, POL, "liq_raid_time", "polraid"),
    ("liquor_live.txt", "about 150 bags", 150, POL, "liq_bags_sold", "pol150"),
    # broadcaster website (LCN News, US, times in ET), Tuesday 9 Dec
    ("liquor_broadcast.txt", "risen to 38", 38, HO, "liq_deaths", "ho38"),
    ("liquor_broadcast.txt", "put the toll at 44", 44, HOSP, "liq_deaths", "hosp44"),
    ("liquor_broadcast.txt", "nearly 70 people", 70, OPP, "liq_deaths", "opp70"),
    ("liquor_broadcast.txt", "more than 200 patients", 200, HOSP, "liq_hospitalised", "hosp200"),
    ("liquor_broadcast.txt", "Fourteen of them have lost their sight", 14, HOSP, "liq_blinded", "hosp14"),
    ("liquor_broadcast.txt", "63 patients had been discharged", 63, HOSP, "liq_discharged", "hosp63"),
    ("liquor_broadcast.txt", "around 1:15 p.m. ET on Friday", None, HOSP, "liq_first_arrival", "hosp115"),
    ("liquor_broadcast.txt", "police had been warned about the kiosk", None, OPP, "liq_warned", "oppwarn"),
    ("liquor_broadcast.txt", "only two people were actually in custody", 2, OPP, "liq_arrests", "opp2"),
    ("liquor_broadcast.txt", "at 4 p.m. ET on Sunday", None, O, "liq_raid_time", "outbraid"),
    ("liquor_broadcast.txt", "1,200 liters", 1200, POL, "liq_seized", "pol1200"),
    ("liquor_broadcast.txt", "about 317 gallons", 317, POL, "liq_seized", "pol1200"),
    ("liquor_broadcast.txt", "up to 37 percent methanol", 37, BPOM, "liq_methanol", "bpom37"),
    ("liquor_broadcast.txt", "about $1.20", 1.2, O, "liq_price", "outb120"),
    ("liquor_broadcast.txt", "0.01 percent", 0.01, O, "liq_methanol_limit", "outblim"),
    ("liquor_broadcast.txt", "15 patients had been sent to hospitals in Bandung", 15, HO, "liq_referred", "ho15"),
    ("liquor_broadcast.txt", "ten dialysis machines", 10, HO, "liq_dialysis", "ho10dial"),
    ("liquor_broadcast.txt", "only 5 million rupiah", 5000000, FAM, "liq_compensation", "fam5m"),
    ("liquor_broadcast.txt", "about $300", 300, FAM, "liq_compensation", "fam5m"),
    ("liquor_broadcast.txt", "more than 480 people", 480, MOH, "liq_national", "moh480"),
    # local paper (The Cibaruna Tribune), Wednesday 10 Dec
    ("liquor_local.txt", "41 people had died", 41, HO, "liq_deaths", "ho41"),
    ("liquor_local.txt", "27 lives", 27, O, "liq_2019_deaths", "outl27"),
    ("liquor_local.txt", "more than 60 people", 60, FAM, "liq_deaths", "fam60"),
    ("liquor_local.txt", "seven women", 7, FAM, "liq_women", "fam7w"),
    ("liquor_local.txt", "eight villages", 8, FAM, "liq_villages", "fam8"),
    ("liquor_local.txt", "About 30 people have lost their sight", 30, FAM, "liq_blinded", "fam30"),
    ("liquor_local.txt", "before midnight on Friday", None, FAM, "liq_first_arrival", "fammid"),
    ("liquor_local.txt", "217 patients", 217, HOSP, "liq_hospitalised", "hosp217"),
    ("liquor_local.txt", "Eighty-eight have gone home", 88, HOSP, "liq_discharged", "hosp88"),
    ("liquor_local.txt", "a dozen remain in intensive care", 12, HOSP, "liq_icu", "hosp12icu"),
    ("liquor_local.txt", "had reached the police station in October", None, POL, "liq_warned", "polletter"),
    ("liquor_local.txt", "only since August", None, POL, "liq_kiosk_since", "polaug"),
    ("liquor_local.txt", "11 suspects", 11, POL, "liq_arrests", "pol11"),
    ("liquor_local.txt", "4,500 litres", 4500, POL, "liq_seized", "pol4500"),
    ("liquor_local.txt", "1,200 litres", 1200, POL, "liq_seized", "pol1200"),
    ("liquor_local.txt", "examined 26 bodies", 26, POL, "liq_autopsies", "pol26b"),
    ("liquor_local.txt", "more than 200 bags", 200, POL, "liq_bags_sold", "pol200"),
    ("liquor_local.txt", "37% methanol", 37, BPOM, "liq_methanol", "bpom37"),
    ("liquor_local.txt", "0.01%", 0.01, O, "liq_methanol_limit", "outllim"),
    ("liquor_local.txt", "25 million rupiah", 25000000, REG, "liq_compensation", "reg25m"),
    ("liquor_local.txt", "Rp20.000", 20000, O, "liq_price", "outl20k"),

    # ---------------- ship: the container ship Marisol Grace aground in the approach channel of Marabaixo
    # (north-eastern Brazil), Tue 10 Jun 2025 at 03:40 BRT (UTC-3) = 06:40 GMT = 07:40 BST (port authority's time)
    # wire (AFP style, date glued to the dateline), Tuesday 10 Jun
    ("ship_wire.txt", "335-metre", 335, O, "ship_length", "outw335"),
    ("ship_wire.txt", "at 03:40 local time", None, PA, "ship_grounding_time", "pa340"),
    ("ship_wire.txt", "0640 GMT", None, PA, "ship_grounding_time", "pa340"),
    ("ship_wire.txt", "11,800 containers", 11800, PA, "ship_containers_aboard", "pa11800"),
    ("ship_wire.txt", "37 ships", 37, PA, "ship_waiting", "pa37"),
    ("ship_wire.txt", "dozens of fishing boats", None, PA, "ship_fishing_boats", "padozens"),
    ("ship_wire.txt", "within 48 hours", 48, PA, "ship_reopen", "pa48h"),
    ("ship_wire.txt", "Six tugs", 6, PA, "ship_tugs", "pa6"),
    ("ship_wire.txt", "a harbour pilot was on board", None, PA, "ship_pilot_aboard", "payes"),
    ("ship_wire.txt", "14 containers", 14, OWN, "ship_containers_lost", "own14"),
    ("ship_wire.txt", "24 crew", 24, OWN, "ship_crew", "own24"),
    ("ship_wire.txt", "less than one tonne", 1, OWN, "ship_fuel_leaked", "own1t"),
    ("ship_wire.txt", "did not fail at any point", None, OWN, "ship_engine", "ownno"),
    ("ship_wire.txt", "about 4,200 tonnes", 4200, OWN, "ship_fuel_aboard", "own4200"),
    ("ship_wire.txt", "about 350 million reais", 350000000, AENE, "ship_cost_day", "aene350"),
    ("ship_wire.txt", "$63 million", 63000000, AENE, "ship_cost_day", "aene350"),
    ("ship_wire.txt", "14.5 metres", 14.5, PA, "ship_depth", "pa145"),
    ("ship_wire.txt", "about 1.4 million containers", 1400000, PA, "ship_port_volume", "pa14m"),
    ("ship_wire.txt", "19 hours", 19, O, "ship_2023_closure", "outw19"),
    # live blog (Brazil Coast Post, BRT), Wednesday 11 Jun
    ("ship_live.txt", "14 kilometres", 14, CV, "ship_slick", "cv14"),
    ("ship_live.txt", "at least 150 tonnes", 150, CV, "ship_fuel_leaked", "cv150"),
    ("ship_live.txt", "more than 60 containers", 60, CV, "ship_containers_lost", "cv60"),
    ("ship_live.txt", "the ship's main engine failed", None, UNION, "ship_engine", "uneng"),
    ("ship_live.txt", "no pilot was on board", None, UNION, "ship_pilot_aboard", "unno"),
    ("ship_live.txt", "shortly after 3 a.m.", None, UNION, "ship_grounding_time", "un3am"),
    ("ship_live.txt", "Only two pilots were on duty", 2, UNION, "ship_pilots_duty", "un2pil"),
    ("ship_live.txt", "only four tugboats", 4, UNION, "ship_tugs", "un4tug"),
    ("ship_live.txt", "five to seven days", 5, SALV, "ship_reopen", "salv57"),
    ("ship_live.txt", "about 20,000 cubic metres", 20000, SALV, "ship_dredge", "salv20k"),
    ("ship_live.txt", "52 vessels", 52, PA, "ship_waiting", "pa52"),
    ("ship_live.txt", "six crew members", 6, NAVY, "ship_evacuated", "navy6"),
    ("ship_live.txt", "1,400 fishermen", 1400, COLONY, "ship_fishermen", "colony1400"),
    # broadcaster website (Britline News, UK, times in BST), Thursday 12 Jun
    ("ship_broadcast.txt", "1,100ft", 1100, O, "ship_length", "outb335"),
    ("ship_broadcast.txt", "335m", 335, O, "ship_length", "outb335"),
    ("ship_broadcast.txt", "7.40am BST", None, O, "ship_grounding_time", "outb740"),
    ("ship_broadcast.txt", "nearly 12,000 containers", 12000, O, "ship_containers_aboard", "outb12k"),
    ("ship_broadcast.txt", "by Sunday", None, PA, "ship_reopen", "pasun"),
    ("ship_broadcast.txt", "61 ships", 61, PA, "ship_waiting", "pa61"),
    ("ship_broadcast.txt", "nine vessels had been diverted", 9, PA, "ship_diverted", "pa9div"),
    ("ship_broadcast.txt", "around 90 million reais", 90000000, PA, "ship_cost_day", "pa90"),
    ("ship_broadcast.txt", "£12m", 12000000, PA, "ship_cost_day", "pa90"),
    ("ship_broadcast.txt", "14.5m", 14.5, PA, "ship_depth", "pa145"),
    ("ship_broadcast.txt", "48ft", 48, PA, "ship_depth", "pa145"),
    ("ship_broadcast.txt", "about 40 containers", 40, NAVY, "ship_containers_lost", "navy40"),
    ("ship_broadcast.txt", "three of them holding hazardous goods", 3, NAVY, "ship_hazardous", "navy3haz"),
    ("ship_broadcast.txt", "about 12 tonnes", 12, NAVY, "ship_fuel_leaked", "navy12"),
    ("ship_broadcast.txt", "a total power blackout", None, NAVY, "ship_engine", "navyblack"),
    ("ship_broadcast.txt", "had the conn", None, OWN, "ship_pilot_aboard", "ownyes"),
    ("ship_broadcast.txt", "four crew members", 4, OWN, "ship_evacuated", "own4"),
    ("ship_broadcast.txt", "crew of 24", 24, OWN, "ship_crew", "own24"),
    ("ship_broadcast.txt", "14km", 14, CV, "ship_slick", "cv14"),
    ("ship_broadcast.txt", "nine miles", 9, CV, "ship_slick", "cv14"),
    ("ship_broadcast.txt", "three attempts", 3, SALV, "ship_attempts", "salv3"),
    ("ship_broadcast.txt", "at least 30,000 cubic metres", 30000, SALV, "ship_dredge", "salv30k"),
    ("ship_broadcast.txt", "$200m", 200000000, BOR, "ship_insured", "bor200"),
    ("ship_broadcast.txt", "£148m", 148000000, BOR, "ship_insured", "bor200"),
    # local paper (The Marabaixo Gazette), Saturday 14 Jun
    ("ship_local.txt", "23 containers", 23, OWN, "ship_containers_lost", "own23"),
    ("ship_local.txt", "a brief loss of propulsion", None, OWN, "ship_engine", "ownloss"),
    ("ship_local.txt", "at 03:52", None, OWN, "ship_grounding_time", "own352"),
    ("ship_local.txt", "24-strong crew", 24, OWN, "ship_crew", "own24"),
    ("ship_local.txt", "Our pilot was still on the launch", None, UNION, "ship_pilot_aboard", "unno"),
    ("ship_local.txt", "barely 13 metres", 13, UNION, "ship_depth", "un13"),
    ("ship_local.txt", "two to three weeks", 2, UNION, "ship_reopen", "un23w"),
    ("ship_local.txt", "four pilots were on duty", 4, PA, "ship_pilots_duty", "pa4pil"),
    ("ship_local.txt", "ten tugs", 10, PA, "ship_tugs", "pa10"),
    ("ship_local.txt", "Two attempts to refloat the ship had failed", 2, PA, "ship_attempts", "pa2"),
    ("ship_local.txt", "Nine ships have been diverted", 9, PA, "ship_diverted", "pa9div"),
    ("ship_local.txt", "43 fishing boats", 43, PA, "ship_fishing_boats", "pa43"),
    ("ship_local.txt", "more than 80 vessels", 80, AENE, "ship_waiting", "aene80"),
    ("ship_local.txt", "400 million reais", 400000000, AENE, "ship_cost_day", "aene400"),
    ("ship_local.txt", "18 tonnes", 18, NAVY, "ship_fuel_leaked", "navy18"),
    ("ship_local.txt", "about 2 km", 2, NAVY, "ship_slick", "navy2"),
    ("ship_local.txt", "at least seven of the lost containers", 7, CV, "ship_hazardous", "cv7haz"),
    ("ship_local.txt", "as much as $350 million", 350000000, BOR, "ship_insured", "bor350"),
    ("ship_local.txt", "4,200 tonnes of heavy fuel oil", 4200, O, "ship_fuel_aboard", "outl4200"),
    ("ship_local.txt", "1.4 million boxes", 1400000, O, "ship_port_volume", "outl14m"),
    ("ship_local.txt", "19-hour closure", 19, O, "ship_2023_closure", "outl19"),
    ("ship_local.txt", "About 1,400 fishermen", 1400, O, "ship_fishermen", "outl1400"),

    # ---------------- border: refugees crossing the Thaung river into Mae Salakam (Tak province, Thailand) after
    # fighting broke out in Myawlay (Myanmar) on Sat 15 Mar 2025; checkpoint hours 6 a.m.-6 p.m. ICT (UTC+7)
    # = 23:00 (previous day)-11:00 GMT
    # wire (AP style), Wednesday 19 Mar
    ("border_wire.txt", "about 8,000 people", 8000, UNHCR, "bord_total", "unhcr8k"),
    ("border_wire.txt", "Some 3,200 people", 3200, UNHCR, "bord_tuesday", "unhcr3200"),
    ("border_wire.txt", "4,100 people", 4100, GOV, "bord_total", "gov4100"),
    ("border_wire.txt", "built for 5,000 people", 5000, GOV, "bord_capacity", "gov5000"),
    ("border_wire.txt", "six schools", 6, GOV, "bord_shelters", "gov6sch"),
    ("border_wire.txt", "300 million baht", 300000000, GOV, "bord_budget", "gov300m"),
    ("border_wire.txt", "The border remains open to anyone fleeing the fighting", None, GOV, "bord_open", "govopen"),
    ("border_wire.txt", "from 6 a.m. to 6 p.m.", None, GOV, "bord_hours", "gov6to6"),
    ("border_wire.txt", "2300 GMT to 1100 GMT", None, GOV, "bord_hours", "gov6to6"),
    ("border_wire.txt", "three people had drowned", 3, MAYOR, "bord_drowned", "mayor3"),
    ("border_wire.txt", "hundreds of people", None, MAYOR, "bord_temples", "mayorhundreds"),
    ("border_wire.txt", "About 60%", 60, UNICEF, "bord_children_share", "unicef60"),
    ("border_wire.txt", "at least 340 children", 340, UNICEF, "bord_unaccompanied", "unicef340"),
    ("border_wire.txt", "42 trucks", 42, WFP, "bord_trucks", "wfp42"),
    ("border_wire.txt", "120 tonnes of rice", 120, WFP, "bord_rice", "wfp120"),
    ("border_wire.txt", "64 wounded people", 64, HOSPB, "bord_injured", "hosp64"),
    ("border_wire.txt", "$48 million", 48000000, UNHCR, "bord_appeal", "unhcr48"),
    ("border_wire.txt", "1.6 billion baht", 1600000000, UNHCR, "bord_appeal", "unhcr48"),
    ("border_wire.txt", "about 90,000 refugees", 90000, UNHCR, "bord_national", "unhcr90k"),
    ("border_wire.txt", "some 9,000 villagers", 9000, O, "bord_2021", "outw9k"),
    # broadcaster website (Beacon News, UK, times in GMT), Thursday 20 Mar
    ("border_broadcast.txt", "More than 14,000 people", 14000, UNHCR, "bord_total", "unhcr14k"),
    ("border_broadcast.txt", "More than half of them are children", None, UNHCR, "bord_children_share", "unhcrhalf"),
    ("border_broadcast.txt", "nearly 20,000", 20000, MAYOR, "bord_total", "mayor20k"),
    ("border_broadcast.txt", "1,450 people", 1450, GOV, "bord_tuesday", "gov1450"),
    ("border_broadcast.txt", "from 11pm to 11am GMT", None, O, "bord_hours", "outb6to6"),
    ("border_broadcast.txt", "about 2,000 people", 2000, AID, "bord_daily", "aid2000"),
    ("border_broadcast.txt", "designed for 5,000 people", 5000, GOV, "bord_capacity", "gov5000"),
    ("border_broadcast.txt", "room for 3,000", 3000, AID, "bord_capacity", "aid3000"),
    ("border_broadcast.txt", "more than 11,000 people", 11000, AID, "bord_camp_pop", "aid11k"),
    ("border_broadcast.txt", "about 900 children", 900, AID, "bord_unaccompanied", "aid900"),
    ("border_broadcast.txt", "Only 18 trucks", 18, AID, "bord_trucks", "aid18"),
    ("border_broadcast.txt", "42 trucks", 42, WFP, "bord_trucks", "wfp42"),
    ("border_broadcast.txt", "only 5 litres", 5, AID, "bord_water", "aid5l"),
    ("border_broadcast.txt", "more than 150 wounded", 150, AID, "bord_injured", "aid150"),
    ("border_broadcast.txt", "turned families back at the bridge", None, AID, "bord_open", "aidclosed"),
    ("border_broadcast.txt", "at least 600 people", 600, AID, "bord_pushed_back", "aid600"),
    ("border_broadcast.txt", "one person had drowned", 1, ARMY, "bord_drowned", "army1"),
    ("border_broadcast.txt", "£37m", 37000000, UNHCR, "bord_appeal", "unhcr48"),
    ("border_broadcast.txt", "some 90,000 people", 90000, O, "bord_national", "outb90k"),
    # local paper (The Frontier Times), Saturday 22 Mar
    ("border_local.txt", "17,600 people", 17600, UNHCR, "bord_total", "unhcr17600"),
    ("border_local.txt", "at 9,800", 9800, GOV, "bord_total", "gov9800"),
    ("border_local.txt", "as many as 25,000", 25000, AID, "bord_total", "aid25k"),
    ("border_local.txt", "more than 5,000 people", 5000, MAYOR, "bord_tuesday", "mayor5000"),
    ("border_local.txt", "about 1,500 people", 1500, MAYOR, "bord_temples", "mayor1500"),
    ("border_local.txt", "14 schools", 14, MAYOR, "bord_shelters", "mayor14sch"),
    ("border_local.txt", "a few hundred a day", None, GOV, "bord_daily", "govfew"),
    ("border_local.txt", "5,000 places", 5000, GOV, "bord_capacity", "gov5000"),
    ("border_local.txt", "7,300 people", 7300, GOV, "bord_camp_pop", "gov7300"),
    ("border_local.txt", "40 per cent", 40, GOV, "bord_children_share", "gov40"),
    ("border_local.txt", "412 unaccompanied children", 412, UNICEF, "bord_unaccompanied", "unicef412"),
    ("border_local.txt", "fewer than 100", 100, GOV, "bord_unaccompanied", "gov100"),
    ("border_local.txt", "has never been closed", None, GOV, "bord_open", "govopen"),
    ("border_local.txt", "closed to new arrivals since Thursday night", None, MAYOR, "bord_open", "mayorclosed"),
    ("border_local.txt", "only between 8 a.m. and 4 p.m.", None, MAYOR, "bord_hours", "mayor8to4"),
    ("border_local.txt", "until 8 p.m.", None, GOV, "bord_hours", "gov8pm"),
    ("border_local.txt", "no one has been sent back", None, ARMY, "bord_pushed_back", "armynone"),
    ("border_local.txt", "75 trucks", 75, WFP, "bord_trucks", "wfp75"),
    ("border_local.txt", "310 tonnes of rice", 310, WFP, "bord_rice", "wfp310"),
    ("border_local.txt", "15 litres", 15, GOV, "bord_water", "gov15l"),
    ("border_local.txt", "97 wounded people", 97, HOSPB, "bord_injured", "hosp97"),
    ("border_local.txt", "2.2 billion baht", 2200000000, UNHCR, "bord_appeal", "unhcrup"),
    ("border_local.txt", "300 million baht", 300000000, GOV, "bord_budget", "gov300m"),
    ("border_local.txt", "9,000 people in 2021", 9000, O, "bord_2021", "outl9k"),
    ("border_local.txt", "about 90,000 refugees", 90000, O, "bord_national", "outl90k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("liquor_wire.txt", "on Friday night", None, O, "liq_opt_drank"),
    ("liquor_wire.txt", "46-year-old", 46, POL, "liq_opt_age"),
    ("liquor_wire.txt", "about a third of the price", None, O, "liq_opt_price_ratio"),
    ("liquor_live.txt", "since Saturday", None, HO, "liq_opt_since"),
    ("liquor_live.txt", "the youngest victim was 17", 17, HO, "liq_opt_age"),
    ("liquor_live.txt", "in August and again in October", None, VH, "liq_opt_warning_dates"),
    ("liquor_live.txt", "two young men fell ill", 2, VH, "liq_opt_earlier_cases"),
    ("liquor_live.txt", "an hour later", None, HO, "liq_opt_alerted"),
    ("liquor_live.txt", "70 people in Cikadu Hilir alone", 70, "reader dewi_cbr", "liq_opt_reader"),
    ("liquor_live.txt", "27 dead", 27, "reader agus.prt", "liq_opt_reader"),
    ("liquor_live.txt", "20 thousand a bag", 20000, "reader rahmat88", "liq_opt_reader"),
    ("liquor_broadcast.txt", "As little as 30 milliliters", 30, WHO, "liq_opt_lethal_dose"),
    ("liquor_broadcast.txt", "four lent by other hospitals", 4, HO, "liq_opt_lent"),
    ("liquor_local.txt", "13 houses", 13, POL, "liq_opt_raids"),
    ("liquor_local.txt", "did not mention any poisoning", None, POL, "liq_opt_letter_content"),
    ("liquor_local.txt", "Rp15.000 for one bag", 15000, "reader Nana S.", "liq_opt_reader"),
    ("liquor_local.txt", "twelve funerals in one street", 12, "reader H. Rohman", "liq_opt_reader"),
    ("liquor_local.txt", "25-million payment", 25000000, "reader H. Rohman", "liq_opt_reader"),
    ("ship_wire.txt", "early Tuesday", None, O, "ship_opt_when"),
    ("ship_live.txt", "a hundred times what the company admits", 100, CV, "ship_opt_ratio"),
    ("ship_live.txt", "four required by the port's own rules", 4, UNION, "ship_opt_pilots_required"),
    ("ship_live.txt", "for more than a day", None, O, "ship_opt_stuck"),
    ("ship_live.txt", "40 years at sea", 40, "reader capitao_ze", "ship_opt_reader"),
    ("ship_live.txt", "at 6 this morning", None, "reader luana.mbx", "ship_opt_reader"),
    ("ship_live.txt", "R$ 80 mil a day", 80000, "reader rodrigo_exp", "ship_opt_reader"),
    ("ship_broadcast.txt", "since Tuesday", None, O, "ship_opt_since"),
    ("ship_broadcast.txt", "two beaches where turtles nest", 2, CV, "ship_opt_beaches"),
    ("ship_broadcast.txt", "less than a metre", 1, SALV, "ship_opt_moved"),
    ("ship_local.txt", "the 14 it reported on Tuesday", 14, OWN, "ship_opt_restated"),
    ("ship_local.txt", "for two years", 2, UNION, "ship_opt_dredged"),
    ("ship_local.txt", "since Wednesday", None, O, "ship_opt_ashore"),
    ("ship_local.txt", "for 22 years", 22, "reader Joaquim P.", "ship_opt_reader"),
    ("ship_local.txt", "four nights in my cab", 4, "reader Joaquim P.", "ship_opt_reader"),
    ("border_wire.txt", "Thousands of people", None, O, "bord_opt_thousands"),
    ("border_wire.txt", "broke out on Saturday", None, UNHCR, "bord_opt_fighting_start"),
    ("border_wire.txt", "about 8 kilometers", 8, O, "bord_opt_distance"),
    ("border_wire.txt", "5 miles", 5, O, "bord_opt_distance"),
    ("border_wire.txt", "for six months", 6, UNHCR, "bord_opt_appeal_months"),
    ("border_wire.txt", "nine camps", 9, UNHCR, "bord_opt_camps"),
    ("border_wire.txt", "within weeks", None, O, "bord_opt_2021_return"),
    ("border_broadcast.txt", "only 12% funded", 12, UNHCR, "bord_opt_funded"),
    ("border_broadcast.txt", "within weeks", None, O, "bord_opt_2021_return"),
    ("border_local.txt", "since last Saturday", None, UNHCR, "bord_opt_fighting_start"),
    ("border_local.txt", "within a month", None, O, "bord_opt_2021_return"),
    ("border_local.txt", "300 people a day", 300, "reader Mrs Ratana", "bord_opt_reader"),
    ("border_local.txt", "up 40 baht", 40, "reader, a farmer", "bord_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # liquor
    "liq_deaths": {("ho23", "ho31"): U, ("ho23", "fam50"): C,
                   ("ho23", "ho38"): U, ("ho23", "hosp44"): C, ("ho23", "opp70"): C,
                   ("ho23", "ho41"): U, ("ho23", "fam60"): C, ("ho31", "ho38"): U, ("ho31", "hosp44"): C,
                   ("ho31", "opp70"): C, ("fam50", "ho38"): C, ("fam50", "hosp44"): C, ("fam50", "opp70"): C,
                   ("ho31", "ho41"): U, ("ho31", "fam60"): C, ("fam50", "ho41"): C, ("fam50", "fam60"): UC,
                   ("ho38", "ho41"): U, ("ho38", "fam60"): C, ("hosp44", "ho41"): C, ("hosp44", "fam60"): C,
                   ("opp70", "ho41"): C, ("opp70", "fam60"): C},
    "liq_hospitalised": {("ho112", "ho146"): U, ("ho112", "hosp200"): C, ("ho112", "hosp217"): C,
                         ("ho146", "hosp200"): C, ("ho146", "hosp217"): C, ("hosp200", "hosp217"): UC},
    "liq_autopsies": {("pol19b", "pol26b"): U},
    "liq_icu": {("hosp19icu", "hosp12icu"): U},
    "liq_blinded": {("ho6", "hosp9"): C, ("ho6", "hosp14"): C, ("ho6", "fam30"): C, ("hosp9", "hosp14"): UC,
                    ("hosp9", "fam30"): C, ("hosp14", "fam30"): C},
    "liq_seized": {("pol1200", "pol1200"): SC, ("pol1200", "pol4500"): U},
    "liq_arrests": {("pol4", "pol9"): U, ("pol4", "opp2"): C, ("pol4", "pol11"): U, ("pol9", "opp2"): C,
                    ("pol9", "pol11"): U, ("opp2", "pol11"): C},
    "liq_methanol": {("polab24", "bpom37"): C, ("bpom37", "bpom37"): SC},
    "liq_methanol_limit": {("outblim", "outllim"): CO},
    "liq_compensation": {("reg10m", "fam5m"): C, ("reg10m", "reg25m"): U, ("fam5m", "reg25m"): C},
    "liq_first_arrival": {("hosp115", "hosp115"): SC, ("hosp115", "ho3am"): C, ("hosp115", "fammid"): C,
                          ("ho3am", "fammid"): C},
    "liq_warned": {("polno", "vhwarn"): C, ("polno", "oppwarn"): C, ("polno", "polletter"): U,
                   ("vhwarn", "oppwarn"): CO, ("vhwarn", "polletter"): CO, ("oppwarn", "polletter"): CO},
    "liq_kiosk_since": {("vh3y", "polaug"): C},
    "liq_bags_sold": {("pol150", "pol200"): UC},
    "liq_price": {("outw20k", "outl20k"): CO, ("outw20k", "outb120"): CO, ("outb120", "outl20k"): CO},
    "liq_villages": {("ho5", "fam8"): C},
    "liq_women": {("ho4w", "fam7w"): C},
    "liq_dialysis": {("hosp6dial", "ho10dial"): C},
    "liq_referred": {("hosp22", "ho15"): C},
    "liq_discharged": {("hosp63", "hosp88"): U},
    "liq_raid_time": {("polraid", "outbraid"): CO},
    "liq_national": {("moh480", "moh480"): SC},
    "liq_2019_deaths": {("outw27", "outl27"): CO},
    # ship
    "ship_containers_lost": {("own14", "cv60"): C, ("own14", "navy40"): C, ("own14", "own23"): U,
                             ("cv60", "navy40"): C, ("cv60", "own23"): C, ("navy40", "own23"): C},
    "ship_containers_aboard": {("pa11800", "outb12k"): CO},
    "ship_port_volume": {("pa14m", "outl14m"): CO},
    "ship_waiting": {("pa37", "pa52"): U, ("pa37", "pa61"): U, ("pa37", "aene80"): C, ("pa52", "pa61"): U,
                     ("pa52", "aene80"): C, ("pa61", "aene80"): C},
    "ship_diverted": {("pa9div", "pa9div"): SC},
    "ship_fishing_boats": {("padozens", "pa43"): UC},
    "ship_reopen": {("pa48h", "salv57"): C, ("pa48h", "pasun"): U, ("pa48h", "un23w"): C, ("salv57", "pasun"): C,
                    ("salv57", "un23w"): C, ("pasun", "un23w"): C},
    "ship_fuel_leaked": {("own1t", "cv150"): C, ("own1t", "navy12"): C, ("own1t", "navy18"): C,
                         ("cv150", "navy12"): C, ("cv150", "navy18"): C, ("navy12", "navy18"): U},
    "ship_fuel_aboard": {("own4200", "outl4200"): CO},
    "ship_slick": {("cv14", "cv14"): SC, ("cv14", "navy2"): C},
    "ship_tugs": {("pa6", "un4tug"): C, ("pa6", "pa10"): U, ("un4tug", "pa10"): C},
    "ship_crew": {("own24", "own24"): SC},
    "ship_evacuated": {("navy6", "own4"): C},
    "ship_cost_day": {("aene350", "pa90"): C, ("aene350", "aene400"): U, ("pa90", "aene400"): C},
    "ship_grounding_time": {("pa340", "un3am"): C, ("pa340", "outb740"): CO, ("pa340", "own352"): C,
                            ("un3am", "outb740"): C, ("un3am", "own352"): C, ("outb740", "own352"): C},
    "ship_pilot_aboard": {("payes", "unno"): C, ("payes", "ownyes"): CO, ("unno", "ownyes"): C, ("unno", "unno"): SC},
    "ship_engine": {("ownno", "uneng"): C, ("ownno", "navyblack"): C, ("ownno", "ownloss"): U,
                    ("uneng", "navyblack"): CO, ("uneng", "ownloss"): CO, ("navyblack", "ownloss"): CO},
    "ship_insured": {("bor200", "bor350"): U},
    "ship_depth": {("pa145", "pa145"): SC, ("pa145", "un13"): C},
    "ship_attempts": {("salv3", "pa2"): C},
    "ship_dredge": {("salv20k", "salv30k"): U},
    "ship_hazardous": {("navy3haz", "cv7haz"): C},
    "ship_pilots_duty": {("un2pil", "pa4pil"): C},
    "ship_fishermen": {("colony1400", "outl1400"): CO},
    "ship_length": {("outw335", "outb335"): CO},
    "ship_2023_closure": {("outw19", "outl19"): CO},
    # border
    "bord_total": {("unhcr8k", "unhcr14k"): U, ("unhcr8k", "mayor20k"): C, ("gov4100", "unhcr14k"): C,
                   ("gov4100", "mayor20k"): C, ("unhcr8k", "unhcr17600"): U, ("unhcr8k", "gov9800"): C,
                   ("unhcr8k", "aid25k"): C, ("gov4100", "unhcr17600"): C, ("gov4100", "gov9800"): U,
                   ("gov4100", "aid25k"): C, ("unhcr14k", "unhcr17600"): UC, ("unhcr14k", "gov9800"): C,
                   ("unhcr14k", "aid25k"): C, ("mayor20k", "unhcr17600"): C, ("mayor20k", "gov9800"): C,
                   ("mayor20k", "aid25k"): C},
    "bord_tuesday": {("unhcr3200", "gov1450"): C, ("unhcr3200", "mayor5000"): C, ("gov1450", "mayor5000"): C},
    "bord_daily": {("aid2000", "govfew"): C},
    "bord_capacity": {("gov5000", "aid3000"): C, ("gov5000", "gov5000"): SC},
    "bord_camp_pop": {("aid11k", "gov7300"): C},
    "bord_children_share": {("unicef60", "unhcrhalf"): CO, ("unicef60", "gov40"): C, ("unhcrhalf", "gov40"): C},
    "bord_unaccompanied": {("unicef340", "aid900"): C, ("unicef340", "unicef412"): UC, ("unicef340", "gov100"): C,
                           ("aid900", "unicef412"): C, ("aid900", "gov100"): C},
    "bord_trucks": {("wfp42", "aid18"): C, ("wfp42", "wfp75"): U, ("aid18", "wfp75"): C, ("wfp42", "wfp42"): SC},
    "bord_rice": {("wfp120", "wfp310"): U},
    "bord_hours": {("gov6to6", "outb6to6"): CO, ("gov6to6", "mayor8to4"): C, ("gov6to6", "gov8pm"): U,
                   ("outb6to6", "mayor8to4"): C, ("outb6to6", "gov8pm"): C},
    "bord_open": {("govopen", "govopen"): SC, ("govopen", "aidclosed"): C, ("govopen", "mayorclosed"): C,
                  ("aidclosed", "mayorclosed"): CO},
    "bord_pushed_back": {("aid600", "armynone"): C},
    "bord_appeal": {("unhcr48", "unhcr48"): SC, ("unhcr48", "unhcrup"): U},
    "bord_budget": {("gov300m", "gov300m"): SC},
    "bord_injured": {("hosp64", "aid150"): C, ("hosp64", "hosp97"): U, ("aid150", "hosp97"): C},
    "bord_drowned": {("mayor3", "army1"): C},
    "bord_temples": {("mayorhundreds", "mayor1500"): UC},
    "bord_shelters": {("gov6sch", "mayor14sch"): C},
    "bord_water": {("aid5l", "gov15l"): C},
    "bord_2021": {("outw9k", "outl9k"): CO},
    "bord_national": {("unhcr90k", "outb90k"): CO, ("unhcr90k", "outl90k"): CO, ("outb90k", "outl90k"): CO},
}


def _check_once(here: Path) -> None:
    """Every labelled value occurs exactly once in its file, so the label points at one sentence."""
    texts = {}
    for f, v, *_ in claims + opt:
        texts.setdefault(f, (here / "articles" / f).read_text())
        n = texts[f].count(v)
        assert n == 1, ("value occurs", n, "times", f, v)


if __name__ == "__main__":
    _check_once(HERE)
    write_labels(HERE, claims, opt, REL)
