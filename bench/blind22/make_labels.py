"""Hand labels for bench/blind22 (a mass abduction of students from a boarding school in Nigeria's Kebbi State
with a ransom demand; workers trapped by the collapse of a hydropower headrace tunnel in Nepal's Dolakha district;
deaths from contaminated intravenous saline at a regional hospital in Peru's Piura region).
Run from the project root:
    /work/venv/bin/python bench/blind22/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a rounded or vague figure followed by a later, larger or exact one

# claimants, spelled once
KGOV = "Kebbi State government (Governor Yusuf Dantani, information commissioner Rakiya Maidoki)"
KPOL = "Kebbi State police command (spokesman Ahmed Kaura)"
NARMY = "Nigerian Army (spokesman Lt Col Chinedu Okafor)"
PTA = "GSS Gidan Tsamiya Parents-Teachers Association (chairman Malam Sani Kwaido)"
FATHER = "father of two abducted boys Musa Garba (Tudun Wada ward)"
VH = "Gidan Tsamiya village head Alhaji Lawali Dan-Iya"
PRIN = "GSS Gidan Tsamiya principal Hauwa Ndagi"
TEACH = "physics teacher Ibrahim Tukur"
SEN = "opposition senator Garba Maikwari"
UNICEF = "UNICEF"
SRM = "Sahel Risk Monitor, Lagos-based security research group"
NUT = "Nigeria Union of Teachers, Kebbi chapter (Comrade Isa Danmarke)"
FMOE = "Federal Ministry of Education (Nigeria)"
RES = "Gidan Tsamiya residents"
PARENTS = "parents at the school"

CDO = "Dolakha District Administration Office (Chief District Officer Bishnu Prasad Lamsal)"
DEV = "Himshikhar Urja, the developer (spokesman Prakash Karki)"
CON = "Sagarmatha-Tianrui joint venture, the contractor (project manager Deepak Rana)"
NEPARMY = "Nepali Army (spokesman Brig Gen Nabin Raj Gurung)"
UNION = "Nepal Tunnel and Construction Workers' Union (chair Hari Bahadur Tamang)"
FAMT = "relatives of the trapped workers (Kamala Thami)"
SURV = "rescued worker Bir Bahadur Thami"
HOME = "Nepal Home Ministry"
EMB = "Indian embassy in Kathmandu"
GEO = "geologist Dr Anjana Pokharel (Tribhuvan University)"

MINSA = "Peruvian Health Ministry (Health Minister Óscar Paredes)"
DIGEMID = "DIGEMID, Peru's drug regulator (director Rosa Elvira Chumpitaz)"
DIRESA = "Piura regional health directorate (director Julio Ñique)"
HOSP = "Santa Rosa Regional Hospital, Ayabamba (director Dr Marco Antonio Seminario, Dr Lucía Zapata)"
SEL = "Laboratorios Selvamed (general manager Ernesto Villanueva)"
FAMS = "families' association (spokeswoman Rosa Yarlequé)"
CARR = "Congresswoman Milagros Carrasco"
DOCU = "Piura doctors' union (secretary general Dr Víctor Chunga)"
INS = "National Institute of Health (INS)"
PROS = "Piura prosecutors"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- kidnap: gunmen abduct students from Government Secondary School Gidan Tsamiya (Kebbi State,
    # Nigeria) in the early hours of Fri 17 Oct 2025; police time 01:30 WAT (UTC+1) = 00:30 GMT = Thu 8:30 p.m. EDT;
    # the army's arrival 02:10 WAT = 01:10 GMT = Thu 9:10 p.m. EDT
    # wire (Reuters style), Saturday 18 Oct
    ("kidnap_wire.txt", "87 students", 87, KGOV, "kid_abducted", "gov87"),
    ("kidnap_wire.txt", "34 girls", 34, KGOV, "kid_girls", "gov34g"),
    ("kidnap_wire.txt", "at least 110 students", 110, KPOL, "kid_abducted", "pol110"),
    ("kidnap_wire.txt", "about 60 gunmen", 60, KPOL, "kid_gunmen", "pol60g"),
    ("kidnap_wire.txt", "at about 1:30 a.m.", None, KPOL, "kid_attack_time", "pol130"),
    ("kidnap_wire.txt", "0030 GMT", None, KPOL, "kid_attack_time", "pol130"),
    ("kidnap_wire.txt", "A security guard was killed", 1, KPOL, "kid_killed", "pol1k"),
    ("kidnap_wire.txt", "four teachers", 4, PRIN, "kid_staff", "prin4t"),
    ("kidnap_wire.txt", "612 students", 612, PRIN, "kid_enrolled", "prin612"),
    ("kidnap_wire.txt", "at 2:10 a.m.", None, NARMY, "kid_troops_time", "army210"),
    ("kidnap_wire.txt", "0110 GMT", None, NARMY, "kid_troops_time", "army210"),
    ("kidnap_wire.txt", "about 35 kilometres", 35, NARMY, "kid_distance", "army35"),
    ("kidnap_wire.txt", "22 miles", 22, NARMY, "kid_distance", "army35"),
    ("kidnap_wire.txt", "had no intelligence of a planned attack", None, KPOL, "kid_warned", "polnointel"),
    ("kidnap_wire.txt", "no ransom demand has been made", None, KGOV, "kid_ransom_contact", "govnoransom"),
    ("kidnap_wire.txt", "more than 80 students", 80, O, "kid_2021", "outw80"),
    # live blog (Arewa Ledger Live, WAT), Sunday 19 Oct
    ("kidnap_live.txt", "called on Saturday night demanding money", None, PTA, "kid_ransom_contact", "parcall"),
    ("kidnap_live.txt", "500 million naira", 500000000, PTA, "kid_ransom", "par500m"),
    ("kidnap_live.txt", "more than 200 children", 200, PTA, "kid_abducted", "par200"),
    ("kidnap_live.txt", "more than half were girls", None, PTA, "kid_girls", "parhalf"),
    ("kidnap_live.txt", "risen to 118", 118, KGOV, "kid_abducted", "gov118"),
    ("kidnap_live.txt", "rescued 19 students", 19, NARMY, "kid_rescued", "army19"),
    ("kidnap_live.txt", "no troops had been withdrawn", None, NARMY, "kid_troops_withdrawn", "armynowd"),
    ("kidnap_live.txt", "had warned the police", None, VH, "kid_warned", "vhwarn"),
    ("kidnap_live.txt", "more than 100 gunmen", 100, VH, "kid_gunmen", "vh100g"),
    ("kidnap_live.txt", "over 50 motorcycles", 50, VH, "kid_motorcycles", "vh50m"),
    ("kidnap_live.txt", "shortly before midnight", None, VH, "kid_attack_time", "vhmid"),
    ("kidnap_live.txt", "about 7 in the morning", None, VH, "kid_troops_time", "vh7"),
    ("kidnap_live.txt", "three people were killed", 3, VH, "kid_killed", "vh3k"),
    ("kidnap_live.txt", "six suspected informants", 6, KPOL, "kid_arrests", "pol6a"),
    ("kidnap_live.txt", "four armed guards", 4, KPOL, "kid_guards", "pol4g"),
    ("kidnap_live.txt", "27 students escaped", 27, KPOL, "kid_escaped", "pol27e"),
    ("kidnap_live.txt", "for nearly three hours", 3, TEACH, "kid_duration", "teach3h"),
    ("kidnap_live.txt", "almost 400 boarders", 400, PRIN, "kid_boarders", "prin400"),
    ("kidnap_live.txt", "no ransom demand had been made", None, KGOV, "kid_ransom_contact", "govnoransom"),
    # broadcaster website (ABN News, US, times in ET), Monday 20 Oct
    ("kidnap_broadcast.txt", "around 8:30 p.m. ET on Thursday", None, KPOL, "kid_attack_time", "pol130"),
    ("kidnap_broadcast.txt", "about 160 children", 160, UNICEF, "kid_abducted", "unicef160"),
    ("kidnap_broadcast.txt", "nearly 300 pupils", 300, SEN, "kid_abducted", "opp300"),
    ("kidnap_broadcast.txt", "Thirty-one students", 31, KGOV, "kid_escaped", "gov31e"),
    ("kidnap_broadcast.txt", "about 30 motorcycles", 30, KPOL, "kid_motorcycles", "pol30m"),
    ("kidnap_broadcast.txt", "about 40 minutes", 40, KPOL, "kid_duration", "pol40m"),
    ("kidnap_broadcast.txt", "some 40 bandits", 40, NARMY, "kid_gunmen", "army40g"),
    ("kidnap_broadcast.txt", "9:10 p.m. ET", None, NARMY, "kid_troops_time", "army210"),
    ("kidnap_broadcast.txt", "roughly 22 miles", 22, NARMY, "kid_distance", "army35"),
    ("kidnap_broadcast.txt", "no more than eight", 8, PTA, "kid_rescued", "par8"),
    ("kidnap_broadcast.txt", "500 million naira", 500000000, PTA, "kid_ransom", "par500m"),
    ("kidnap_broadcast.txt", "about $338,000", 338000, PTA, "kid_ransom", "par500m"),
    ("kidnap_broadcast.txt", "5 million naira per child", 5000000, PTA, "kid_per_child", "par5m"),
    ("kidnap_broadcast.txt", "repeated warnings had been ignored", None, SEN, "kid_warned", "oppwarn"),
    ("kidnap_broadcast.txt", "soldiers were withdrawn from the town", None, KGOV, "kid_troops_withdrawn", "govwd"),
    ("kidnap_broadcast.txt", "one unarmed watchman", 1, PRIN, "kid_guards", "prin1g"),
    ("kidnap_broadcast.txt", "about 390 boarders", 390, O, "kid_boarders", "outb390"),
    ("kidnap_broadcast.txt", "38 boarding schools", 38, KGOV, "kid_schools_closed", "gov38s"),
    ("kidnap_broadcast.txt", "15 billion naira", 15000000000, FMOE, "kid_safety_fund", "fed15b"),
    ("kidnap_broadcast.txt", "about $10 million", 10000000, FMOE, "kid_safety_fund", "fed15b"),
    ("kidnap_broadcast.txt", "at least 1,400 students", 1400, SRM, "kid_national", "srm1400"),
    # local paper (The Kebbi Courier), Wednesday 22 Oct
    ("kidnap_local.txt", "132 students", 132, KGOV, "kid_abducted", "gov132"),
    ("kidnap_local.txt", "53 of them are girls", 53, KGOV, "kid_girls", "gov53g"),
    ("kidnap_local.txt", "214 children", 214, PTA, "kid_abducted", "par214"),
    ("kidnap_local.txt", "acknowledged that the abductors had made contact", None, KGOV, "kid_ransom_contact", "govcontact"),
    ("kidnap_local.txt", "300 million naira", 300000000, PTA, "kid_ransom", "par300m"),
    ("kidnap_local.txt", "1 billion naira", 1000000000, SEN, "kid_ransom", "opp1b"),
    ("kidnap_local.txt", "10 million naira for each child", 10000000, FATHER, "kid_per_child", "father10m"),
    ("kidnap_local.txt", "41 students who escaped", 41, KGOV, "kid_escaped", "gov41e"),
    ("kidnap_local.txt", "rescued 46 students", 46, NARMY, "kid_rescued", "army46"),
    ("kidnap_local.txt", "three members of staff", 3, KPOL, "kid_staff", "pol3s"),
    ("kidnap_local.txt", "killed two people", 2, KPOL, "kid_killed", "pol2k"),
    ("kidnap_local.txt", "Nine suspects", 9, KPOL, "kid_arrests", "pol9a"),
    ("kidnap_local.txt", "a platoon had been redeployed", None, NARMY, "kid_troops_withdrawn", "armyredep"),
    ("kidnap_local.txt", "at around 2:15 a.m.", None, TEACH, "kid_attack_time", "teach215"),
    ("kidnap_local.txt", "at least 150 attackers", 150, TEACH, "kid_gunmen", "teach150"),
    ("kidnap_local.txt", "nearly 80 kilometres", 80, VH, "kid_distance", "vh80"),
    ("kidnap_local.txt", "47 schools", 47, KGOV, "kid_schools_closed", "gov47s"),
    ("kidnap_local.txt", "more than 70 schools", 70, NUT, "kid_schools_closed", "nut70"),
    ("kidnap_local.txt", "N15 billion", 15000000000, FMOE, "kid_safety_fund", "fed15b"),
    ("kidnap_local.txt", "more than 600 pupils", 600, O, "kid_enrolled", "outp600"),
    ("kidnap_local.txt", "more than 1,400 schoolchildren", 1400, O, "kid_national", "outp1400"),
    ("kidnap_local.txt", "80 pupils", 80, O, "kid_2021", "outp80"),

    # ---------------- tunnel: the headrace tunnel of the Upper Ghyangdi Khola Hydropower Project (Dolakha, Nepal)
    # collapses on Tue 18 Nov 2025 at 05:15 NPT (UTC+5:45, the district's time) = Mon 17 Nov 23:30 GMT
    # wire (AFP style, date glued to the headline), Wednesday 19 Nov
    ("tunnel_wire.txt", "38 workers", 38, CDO, "tun_trapped", "cdo38"),
    ("tunnel_wire.txt", "at 5:15 am", None, CDO, "tun_collapse_time", "cdo515"),
    ("tunnel_wire.txt", "2330 GMT Monday", None, CDO, "tun_collapse_time", "cdo515"),
    ("tunnel_wire.txt", "41 people", 41, DEV, "tun_trapped", "dev41"),
    ("tunnel_wire.txt", "about 1.2 kilometres", 1.2, DEV, "tun_collapse_point", "dev12"),
    ("tunnel_wire.txt", "4.6-kilometre", 4.6, O, "tun_length", "outw46"),
    ("tunnel_wire.txt", "no sign of instability", None, DEV, "tun_warned", "devno"),
    ("tunnel_wire.txt", "eight Indian workers", 8, CDO, "tun_indians", "cdo8i"),
    ("tunnel_wire.txt", "more than 300 soldiers and police", 300, NEPARMY, "tun_rescuers", "army300"),
    ("tunnel_wire.txt", "150-millimetre", 150, NEPARMY, "tun_feed_pipe", "army150"),
    ("tunnel_wire.txt", "86-megawatt", 86, O, "tun_capacity", "outw86"),
    ("tunnel_wire.txt", "22 billion rupees", 22000000000, O, "tun_cost", "outw22b"),
    ("tunnel_wire.txt", "$155 million", 155000000, O, "tun_cost", "outw22b"),
    ("tunnel_wire.txt", "14 workers", 14, O, "tun_2023", "outw14"),
    # live blog (The Kathmandu Ledger, NPT), Thursday 20 Nov
    ("tunnel_live.txt", "only after three hours", 3, UNION, "tun_alarm_delay", "un3h"),
    ("tunnel_live.txt", "had reported cracks", None, UNION, "tun_warned", "uncracks"),
    ("tunnel_live.txt", "at least 52 workers", 52, UNION, "tun_trapped", "un52"),
    ("tunnel_live.txt", "two auger drilling machines", 2, NEPARMY, "tun_machines", "army2aug"),
    ("tunnel_live.txt", "900-millimetre", 900, NEPARMY, "tun_escape_pipe", "army900"),
    ("tunnel_live.txt", "about 60 metres", 60, NEPARMY, "tun_debris", "army60"),
    ("tunnel_live.txt", "within 48 hours", 48, NEPARMY, "tun_eta", "army48h"),
    ("tunnel_live.txt", "two bodies", 2, NEPARMY, "tun_dead", "army2d"),
    ("tunnel_live.txt", "six workers had been brought out alive", 6, NEPARMY, "tun_rescued", "army6"),
    ("tunnel_live.txt", "around 4am", None, SURV, "tun_collapse_time", "surv4"),
    ("tunnel_live.txt", "43 workers", 43, CDO, "tun_trapped", "cdo43"),
    ("tunnel_live.txt", "117 workers", 117, CON, "tun_shift", "con117"),
    ("tunnel_live.txt", "in contact with the trapped workers", None, NEPARMY, "tun_contact", "armycontact"),
    ("tunnel_live.txt", "15-centimetre", 15, NEPARMY, "tun_feed_pipe", "army150"),
    # broadcaster website (Northgate News, UK, times in GMT), Friday 21 Nov
    ("tunnel_broadcast.txt", "11.30pm GMT on Monday", None, O, "tun_collapse_time", "outb1130"),
    ("tunnel_broadcast.txt", "three-quarters of a mile", 0.75, DEV, "tun_collapse_point", "dev12"),
    ("tunnel_broadcast.txt", "1.2km", 1.2, DEV, "tun_collapse_point", "dev12"),
    ("tunnel_broadcast.txt", "44 workers", 44, DEV, "tun_trapped", "dev44"),
    ("tunnel_broadcast.txt", "nearly 60 men", 60, FAMT, "tun_trapped", "fam60"),
    ("tunnel_broadcast.txt", "11 workers had been rescued alive", 11, CDO, "tun_rescued", "cdo11r"),
    ("tunnel_broadcast.txt", "at least nine", 9, UNION, "tun_dead", "un9d"),
    ("tunnel_broadcast.txt", "voices had been heard", None, NEPARMY, "tun_contact", "armyvoices"),
    ("tunnel_broadcast.txt", "4.6km", 4.6, O, "tun_length", "outb46"),
    ("tunnel_broadcast.txt", "2.9 miles", 2.9, O, "tun_length", "outb46"),
    ("tunnel_broadcast.txt", "86MW", 86, O, "tun_capacity", "outb86"),
    ("tunnel_broadcast.txt", "some 85 metres", 85, NEPARMY, "tun_debris", "army85"),
    ("tunnel_broadcast.txt", "about 280ft", 280, NEPARMY, "tun_debris", "army85"),
    ("tunnel_broadcast.txt", "drilled 22 metres", 22, NEPARMY, "tun_drilled", "army22"),
    ("tunnel_broadcast.txt", "90cm", 90, NEPARMY, "tun_escape_pipe", "army900"),
    ("tunnel_broadcast.txt", "34C", 34, NEPARMY, "tun_temp", "army34"),
    ("tunnel_broadcast.txt", "93F", 93, NEPARMY, "tun_temp", "army34"),
    ("tunnel_broadcast.txt", "by Sunday", None, HOME, "tun_eta", "homesun"),
    ("tunnel_broadcast.txt", "1 million rupees", 1000000, HOME, "tun_compensation", "home1m"),
    ("tunnel_broadcast.txt", "about £5,400", 5400, HOME, "tun_compensation", "home1m"),
    ("tunnel_broadcast.txt", "had flagged weak rock", None, GEO, "tun_warned", "geowarn"),
    ("tunnel_broadcast.txt", "about 150 litres a second", 150, GEO, "tun_water", "geo150"),
    ("tunnel_broadcast.txt", "within 20 minutes", 20, DEV, "tun_alarm_delay", "dev20m"),
    ("tunnel_broadcast.txt", "11 Indian nationals", 11, EMB, "tun_indians", "emb11"),
    ("tunnel_broadcast.txt", "£119m", 119000000, O, "tun_cost", "outb119"),
    # local paper (The Dolakha Herald), Monday 24 Nov
    ("tunnel_local.txt", "46 workers", 46, CDO, "tun_trapped", "cdo46"),
    ("tunnel_local.txt", "17 survivors", 17, NEPARMY, "tun_rescued", "army17"),
    ("tunnel_local.txt", "five bodies", 5, NEPARMY, "tun_dead", "army5d"),
    ("tunnel_local.txt", "acknowledged that cracks had been logged", None, DEV, "tun_warned", "devadmit"),
    ("tunnel_local.txt", "at 5:42 am", None, DEV, "tun_collapse_time", "dev542"),
    ("tunnel_local.txt", "1,800 metres", 1800, NEPARMY, "tun_collapse_point", "army1800"),
    ("tunnel_local.txt", "drilled 41 metres", 41, NEPARMY, "tun_drilled", "army41"),
    ("tunnel_local.txt", "three auger machines", 3, NEPARMY, "tun_machines", "army3aug"),
    ("tunnel_local.txt", "by Wednesday", None, NEPARMY, "tun_eta", "armywed"),
    ("tunnel_local.txt", "less than 30 metres", 30, CON, "tun_debris", "con30"),
    ("tunnel_local.txt", "at least another week", None, GEO, "tun_eta", "geo1w"),
    ("tunnel_local.txt", "20 litres per second", 20, CON, "tun_water", "con20"),
    ("tunnel_local.txt", "have heard nothing from the men", None, FAMT, "tun_contact", "famnone"),
    ("tunnel_local.txt", "more than 150 workers", 150, UNION, "tun_shift", "un150"),
    ("tunnel_local.txt", "above 40 degrees", 40, UNION, "tun_temp", "un40"),
    ("tunnel_local.txt", "only 500,000 rupees", 500000, UNION, "tun_compensation", "un500k"),
    ("tunnel_local.txt", "1.5 million rupees", 1500000, HOME, "tun_compensation", "home15m"),
    ("tunnel_local.txt", "about 450 rescuers", 450, CDO, "tun_rescuers", "cdo450"),
    ("tunnel_local.txt", "86 megawatts", 86, DEV, "tun_capacity", "dev86"),
    ("tunnel_local.txt", "24 billion rupees", 24000000000, DEV, "tun_cost", "dev24b"),
    ("tunnel_local.txt", "14 labourers", 14, O, "tun_2023", "outp14"),

    # ---------------- saline: contaminated IV saline from Laboratorios Selvamed kills patients at Santa Rosa
    # Regional Hospital in Ayabamba (Piura, Peru); DIGEMID's alert Tue 9 Sep 2025 18:40 PET (UTC-5) = 23:40 GMT
    # = Wed 10 Sep 00:40 BST
    # wire (AP style), Thursday 11 Sep
    ("saline_wire.txt", "nine patients have died", 9, MINSA, "sal_deaths", "minsa9"),
    ("saline_wire.txt", "62 patients", 62, MINSA, "sal_infected", "minsa62"),
    ("saline_wire.txt", "11 deaths", 11, DIRESA, "sal_deaths", "diresa11"),
    ("saline_wire.txt", "three of them children", 3, DIRESA, "sal_children", "diresa3c"),
    ("saline_wire.txt", "at 6:40 p.m. Tuesday", None, DIGEMID, "sal_alert_time", "dig640"),
    ("saline_wire.txt", "2340 GMT", None, DIGEMID, "sal_alert_time", "dig640"),
    ("saline_wire.txt", "seven hospitals", 7, DIGEMID, "sal_hospitals", "dig7"),
    ("saline_wire.txt", "four regions", 4, DIGEMID, "sal_regions", "dig4r"),
    ("saline_wire.txt", "about 180,000 bags", 180000, DIGEMID, "sal_recalled", "dig180k"),
    ("saline_wire.txt", "originated at the Selvamed plant", None, DIGEMID, "sal_source", "digplant"),
    ("saline_wire.txt", "nine of 14 samples", 9, INS, "sal_samples", "ins9"),
    ("saline_wire.txt", "60,000 bags", 60000, SEL, "sal_lot", "sel60k"),
    ("saline_wire.txt", "320-bed", 320, O, "sal_beds", "outw320b"),
    ("saline_wire.txt", "on Aug. 21", None, HOSP, "sal_first_case", "hosp21"),
    ("saline_wire.txt", "17 remain in intensive care", 17, HOSP, "sal_icu", "hosp17"),
    ("saline_wire.txt", "some 1,500 patients", 1500, DIRESA, "sal_treated", "diresa1500"),
    ("saline_wire.txt", "no report reached the directorate before September", None, DIRESA, "sal_warned", "diresano"),
    ("saline_wire.txt", "30,000 soles", 30000, MINSA, "sal_compensation", "minsa30k"),
    ("saline_wire.txt", "about $8,600", 8600, MINSA, "sal_compensation", "minsa30k"),
    ("saline_wire.txt", "suspended four officials", 4, MINSA, "sal_suspended", "minsa4s"),
    ("saline_wire.txt", "3.20 soles", 3.2, O, "sal_price", "outw320"),
    ("saline_wire.txt", "about 91 cents", 0.91, O, "sal_price", "outw320"),
    ("saline_wire.txt", "48 million soles", 48000000, O, "sal_contract", "outw48"),
    ("saline_wire.txt", "$13.7 million", 13700000, O, "sal_contract", "outw48"),
    ("saline_wire.txt", "four newborns", 4, O, "sal_2022", "outw4"),
    # broadcaster website (Westmere News, UK, times in BST), Saturday 13 Sep
    ("saline_broadcast.txt", "13 people", 13, DIRESA, "sal_deaths", "diresa13"),
    ("saline_broadcast.txt", "at least 25", 25, FAMS, "sal_deaths", "fam25"),
    ("saline_broadcast.txt", "more than 100 patients", 100, HOSP, "sal_infected", "hosp100"),
    ("saline_broadcast.txt", "12.40am BST on Wednesday", None, O, "sal_alert_time", "outb040"),
    ("saline_broadcast.txt", "11 hospitals", 11, DIGEMID, "sal_hospitals", "dig11"),
    ("saline_broadcast.txt", "more than 30,000 bags", 30000, DIGEMID, "sal_used", "dig30k"),
    ("saline_broadcast.txt", "about 1,900 patients", 1900, DIRESA, "sal_treated", "diresa1900"),
    ("saline_broadcast.txt", "on 28 August", None, DIRESA, "sal_first_case", "diresa28"),
    ("saline_broadcast.txt", "from the first days of August", None, FAMS, "sal_first_case", "famearly"),
    ("saline_broadcast.txt", "15,000 soles", 15000, FAMS, "sal_compensation", "fam15k"),
    ("saline_broadcast.txt", "12 in intensive care", 12, MINSA, "sal_icu", "minsa12"),
    ("saline_broadcast.txt", "reported the cluster to the regional directorate", None, DOCU, "sal_warned", "docuyes"),
    ("saline_broadcast.txt", "11 of 20 samples", 11, INS, "sal_samples", "ins11"),
    ("saline_broadcast.txt", "40 times the permitted limit", 40, INS, "sal_contamination_level", "ins40"),
    ("saline_broadcast.txt", "nearly 1,000km", 1000, O, "sal_distance", "outb1000"),
    ("saline_broadcast.txt", "620 miles", 620, O, "sal_distance", "outb1000"),
    ("saline_broadcast.txt", "contaminated after they left the plant", None, SEL, "sal_source", "selstore"),
    ("saline_broadcast.txt", "42,000 units", 42000, SEL, "sal_recalled", "sel42k"),
    ("saline_broadcast.txt", "about 19 million soles", 19000000, SEL, "sal_contract", "sel19"),
    ("saline_broadcast.txt", "had not been inspected since March 2024", None, DIGEMID, "sal_inspection", "diginsp"),
    ("saline_broadcast.txt", "2.1 million soles", 2100000, DIGEMID, "sal_fine", "digfine"),
    ("saline_broadcast.txt", "£444,000", 444000, DIGEMID, "sal_fine", "digfine"),
    ("saline_broadcast.txt", "three executives", 3, PROS, "sal_detained", "pros3"),
    ("saline_broadcast.txt", "about 68p", 0.68, O, "sal_price", "outb68p"),
    ("saline_broadcast.txt", "320 beds", 320, O, "sal_beds", "outb320b"),
    # local paper (The Ayabamba Herald), Monday 15 Sep
    ("saline_local.txt", "14 deaths", 14, MINSA, "sal_deaths", "minsa14"),
    ("saline_local.txt", "87 patients", 87, MINSA, "sal_infected", "minsa87"),
    ("saline_local.txt", "nearly 30 people", 30, CARR, "sal_deaths", "opp30"),
    ("saline_local.txt", "six regions", 6, CARR, "sal_regions", "opp6r"),
    ("saline_local.txt", "212,000 bags", 212000, DIGEMID, "sal_recalled", "dig212k"),
    ("saline_local.txt", "96,000 bags", 96000, DIGEMID, "sal_lot", "dig96k"),
    ("saline_local.txt", "31,500", 31500, DIGEMID, "sal_used", "dig31500"),
    ("saline_local.txt", "only two hospitals", 2, SEL, "sal_hospitals", "sel2"),
    ("saline_local.txt", "on Wednesday morning", None, SEL, "sal_alert_time", "selwed"),
    ("saline_local.txt", "passed an inspection in June", None, SEL, "sal_inspection", "selinsp"),
    ("saline_local.txt", "within permitted limits", None, SEL, "sal_contamination_level", "selok"),
    ("saline_local.txt", "acknowledged that an email from the hospital", None, DIRESA, "sal_warned", "diresaadmit"),
    ("saline_local.txt", "1,940 patients", 1940, DIRESA, "sal_treated", "diresa1940"),
    ("saline_local.txt", "seven officials", 7, MINSA, "sal_suspended", "minsa7s"),
    ("saline_local.txt", "50,000 soles", 50000, MINSA, "sal_compensation", "minsa50k"),
    ("saline_local.txt", "in the first week of August", None, FAMS, "sal_first_case", "famearly"),
    ("saline_local.txt", "six children", 6, FAMS, "sal_children", "fam6c"),
    ("saline_local.txt", "nine patients remain in intensive care", 9, HOSP, "sal_icu", "hosp9"),
    ("saline_local.txt", "stored according to the manufacturer's instructions", None, HOSP, "sal_source", "hospstore"),
    ("saline_local.txt", "detained five people", 5, PROS, "sal_detained", "pros5"),
    ("saline_local.txt", "S/ 2.1 million", 2100000, DIGEMID, "sal_fine", "digfine"),
    ("saline_local.txt", "S/ 48 million", 48000000, CARR, "sal_contract", "opp48"),
    ("saline_local.txt", "S/ 3.20", 3.2, O, "sal_price", "outp320"),
    ("saline_local.txt", "some 980 kilometres", 980, O, "sal_distance", "outp980"),
    ("saline_local.txt", "four babies", 4, O, "sal_2022", "outp4"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("kidnap_wire.txt", "scores of students", None, O, "kid_opt_scores"),
    ("kidnap_wire.txt", "manned by two officers", 2, RES, "kid_opt_police_post"),
    ("kidnap_wire.txt", "for over a year", None, O, "kid_opt_2021_held"),
    ("kidnap_wire.txt", "some 140 km", 140, RES, "kid_opt_distance_capital"),
    ("kidnap_wire.txt", "87 miles", 87, RES, "kid_opt_distance_capital"),
    ("kidnap_wire.txt", "15,000 naira", 15000, PARENTS, "kid_opt_fees"),
    ("kidnap_wire.txt", "$10", 10, PARENTS, "kid_opt_fees"),
    ("kidnap_live.txt", "seven days to pay", 7, PTA, "kid_opt_deadline"),
    ("kidnap_live.txt", "up from 87 on Saturday", 87, KGOV, "kid_opt_restated"),
    ("kidnap_live.txt", "on Wednesday", None, VH, "kid_opt_warning_day"),
    ("kidnap_live.txt", "two neighbouring villages", 2, KPOL, "kid_opt_villages"),
    ("kidnap_live.txt", "since 2016", None, TEACH, "kid_opt_teacher_since"),
    ("kidnap_live.txt", "since Friday", None, O, "kid_opt_since"),
    ("kidnap_live.txt", "230 children are gone", 230, "reader Yusuf_BK", "kid_opt_reader"),
    ("kidnap_live.txt", "15k school fees", 15000, "reader Amina.S", "kid_opt_reader"),
    ("kidnap_live.txt", "held eight months", 8, "reader Dr Kabiru M.", "kid_opt_reader"),
    ("kidnap_broadcast.txt", "a three-hour drive", 3, O, "kid_opt_drive"),
    ("kidnap_broadcast.txt", "in September", None, KGOV, "kid_opt_withdrawal_month"),
    ("kidnap_local.txt", "no demand had been received", None, KGOV, "kid_opt_earlier_denial"),
    ("kidnap_local.txt", "in five days", None, O, "kid_opt_five_days"),
    ("kidnap_local.txt", "two sons among the missing", 2, FATHER, "kid_opt_sons"),
    ("kidnap_local.txt", "40 or 60", 40, TEACH, "kid_opt_others_say"),
    ("kidnap_local.txt", "in September", None, NARMY, "kid_opt_withdrawal_month"),
    ("kidnap_local.txt", "for 30 years", 30, "reader Alh. Bala Yusuf", "kid_opt_reader"),
    ("kidnap_local.txt", "N5,000 a month", 5000, "reader Mrs. Halima Abdu", "kid_opt_reader"),
    ("tunnel_wire.txt", "Dozens of workers", None, O, "tun_opt_dozens"),
    ("tunnel_wire.txt", "Sita Tamang, 34", 34, "relative Sita Tamang", "tun_opt_age"),
    ("tunnel_wire.txt", "for four days", 4, O, "tun_opt_2023_days"),
    ("tunnel_wire.txt", "We have heard tapping on the pipe", None, NEPARMY, "tun_opt_tapping"),
    ("tunnel_live.txt", "Bir Bahadur Thami, 27", 27, SURV, "tun_opt_age"),
    ("tunnel_live.txt", "two welders", 2, CDO, "tun_opt_welders"),
    ("tunnel_live.txt", "the week before the collapse", None, UNION, "tun_opt_crack_report"),
    ("tunnel_live.txt", "3 days now", 3, "reader pemba_dolakha", "tun_opt_reader"),
    ("tunnel_live.txt", "14 were stuck", 14, "reader r.shrestha", "tun_opt_reader"),
    ("tunnel_live.txt", "22 billion for 86 MW", 22000000000, "reader Anil K", "tun_opt_reader"),
    ("tunnel_broadcast.txt", "30 million people", 30000000, O, "tun_opt_population"),
    ("tunnel_broadcast.txt", "dozens of hydropower plants", None, O, "tun_opt_plants"),
    ("tunnel_broadcast.txt", "earlier this month", None, GEO, "tun_opt_report_when"),
    ("tunnel_local.txt", "on 9 November", None, DEV, "tun_opt_crack_report"),
    ("tunnel_local.txt", "from 2027", None, DEV, "tun_opt_completion"),
    ("tunnel_local.txt", "since Wednesday", None, FAMT, "tun_opt_since"),
    ("tunnel_local.txt", "for 8 years", 8, "reader Ram Kumar Shrestha", "tun_opt_reader"),
    ("tunnel_local.txt", "3 hours by jeep", 3, "reader, Bhimeshwor-4", "tun_opt_reader"),
    ("saline_wire.txt", "two at the regional directorate", 2, MINSA, "sal_opt_suspended_regional"),
    ("saline_wire.txt", "on Sept. 3", None, "relative Carlos Yarlequé", "sal_opt_mother"),
    ("saline_wire.txt", "over the next two weeks", None, HOSP, "sal_opt_spread"),
    ("saline_wire.txt", "since 2021", None, O, "sal_opt_contracts_since"),
    ("saline_broadcast.txt", "since late August", None, HOSP, "sal_opt_since"),
    ("saline_broadcast.txt", "weeks before the alert was issued", None, DOCU, "sal_opt_weeks_before"),
    ("saline_broadcast.txt", "within days", None, O, "sal_opt_sepsis"),
    ("saline_local.txt", "the four the regulator first reported", 4, CARR, "sal_opt_restated"),
    ("saline_local.txt", "not on Tuesday evening", None, SEL, "sal_opt_not_tuesday"),
    ("saline_local.txt", "on 26 August", None, DIRESA, "sal_opt_email_date"),
    ("saline_local.txt", "the first alert had come in September", None, DIRESA, "sal_opt_earlier_claim"),
    ("saline_local.txt", "three more than last week", 3, MINSA, "sal_opt_more"),
    ("saline_local.txt", "twice a month", None, O, "sal_opt_deliveries"),
    ("saline_local.txt", "eleven bags", 11, "reader J. Chunga", "sal_opt_reader"),
    ("saline_local.txt", "for 3 years", 3, "reader, a nurse", "sal_opt_reader"),
    ("saline_local.txt", "2 nurses for 40 beds", 2, "reader, a nurse", "sal_opt_reader"),
    ("saline_local.txt", "S/ 600", 600, "reader Mrs. Elena Flores", "sal_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # kidnap
    "kid_abducted": {("gov87", "par200"): C, ("gov87", "gov118"): U, ("gov87", "unicef160"): C, ("gov87", "opp300"): C,
                     ("gov87", "gov132"): U, ("gov87", "par214"): C,
                     ("pol110", "par200"): C, ("pol110", "gov118"): C, ("pol110", "unicef160"): C,
                     ("pol110", "opp300"): C, ("pol110", "gov132"): C, ("pol110", "par214"): C,
                     ("par200", "unicef160"): C, ("par200", "opp300"): C, ("par200", "gov132"): C,
                     ("par200", "par214"): UC,
                     ("gov118", "unicef160"): C, ("gov118", "opp300"): C, ("gov118", "gov132"): U,
                     ("gov118", "par214"): C,
                     ("unicef160", "gov132"): C, ("unicef160", "par214"): C,
                     ("opp300", "gov132"): C, ("opp300", "par214"): C},
    "kid_girls": {("gov34g", "parhalf"): C, ("gov34g", "gov53g"): U, ("parhalf", "gov53g"): C},
    "kid_staff": {("prin4t", "pol3s"): C},
    "kid_escaped": {("pol27e", "gov31e"): C, ("pol27e", "gov41e"): C, ("gov31e", "gov41e"): U},
    "kid_killed": {("pol1k", "vh3k"): C, ("pol1k", "pol2k"): U, ("vh3k", "pol2k"): C},
    "kid_attack_time": {("pol130", "pol130"): SC, ("pol130", "vhmid"): C, ("pol130", "teach215"): C,
                        ("vhmid", "teach215"): C},
    "kid_troops_time": {("army210", "army210"): SC, ("army210", "vh7"): C},
    "kid_duration": {("teach3h", "pol40m"): C},
    "kid_gunmen": {("pol60g", "vh100g"): C, ("pol60g", "army40g"): C, ("pol60g", "teach150"): C,
                   ("vh100g", "army40g"): C, ("vh100g", "teach150"): C, ("army40g", "teach150"): C},
    "kid_motorcycles": {("vh50m", "pol30m"): C},
    "kid_enrolled": {("prin612", "outp600"): CO},
    "kid_boarders": {("prin400", "outb390"): CO},
    "kid_national": {("srm1400", "outp1400"): CO},
    "kid_2021": {("outw80", "outp80"): CO},
    "kid_rescued": {("army19", "par8"): C, ("army19", "army46"): U, ("par8", "army46"): C},
    "kid_ransom": {("par500m", "par500m"): SC, ("par500m", "par300m"): U, ("par500m", "opp1b"): C},
    "kid_per_child": {("par5m", "father10m"): C},
    "kid_ransom_contact": {("govnoransom", "govnoransom"): SC, ("govnoransom", "parcall"): C,
                           ("govnoransom", "govcontact"): U, ("parcall", "govcontact"): CO},
    "kid_warned": {("polnointel", "vhwarn"): C, ("polnointel", "oppwarn"): C, ("vhwarn", "oppwarn"): CO},
    "kid_troops_withdrawn": {("armynowd", "govwd"): C, ("armynowd", "armyredep"): U, ("govwd", "armyredep"): CO},
    "kid_distance": {("army35", "army35"): SC, ("army35", "vh80"): C},
    "kid_guards": {("pol4g", "prin1g"): C},
    "kid_schools_closed": {("gov38s", "gov47s"): U, ("gov38s", "nut70"): C},
    "kid_safety_fund": {("fed15b", "fed15b"): SC},
    "kid_arrests": {("pol6a", "pol9a"): U},
    # tunnel
    "tun_trapped": {("cdo38", "un52"): C, ("cdo38", "cdo43"): U, ("cdo38", "dev44"): C, ("cdo38", "fam60"): C,
                    ("cdo38", "cdo46"): U,
                    ("dev41", "un52"): C, ("dev41", "cdo43"): C, ("dev41", "dev44"): U, ("dev41", "fam60"): C,
                    ("dev41", "cdo46"): C,
                    ("un52", "dev44"): C, ("un52", "fam60"): C, ("un52", "cdo46"): C,
                    ("cdo43", "dev44"): C, ("cdo43", "fam60"): C, ("cdo43", "cdo46"): U,
                    ("dev44", "cdo46"): C, ("fam60", "cdo46"): C},
    "tun_collapse_time": {("cdo515", "surv4"): C, ("cdo515", "outb1130"): CO, ("cdo515", "dev542"): C,
                          ("surv4", "outb1130"): C, ("surv4", "dev542"): C, ("outb1130", "dev542"): C},
    "tun_collapse_point": {("dev12", "dev12"): SC, ("dev12", "army1800"): C},
    "tun_length": {("outw46", "outb46"): CO},
    "tun_warned": {("devno", "uncracks"): C, ("devno", "geowarn"): C, ("devno", "devadmit"): U,
                   ("uncracks", "geowarn"): CO, ("uncracks", "devadmit"): CO, ("geowarn", "devadmit"): CO},
    "tun_indians": {("cdo8i", "emb11"): C},
    "tun_rescuers": {("army300", "cdo450"): C},
    "tun_feed_pipe": {("army150", "army150"): SC},
    "tun_capacity": {("outw86", "outb86"): CO, ("outw86", "dev86"): CO, ("outb86", "dev86"): CO},
    "tun_cost": {("outw22b", "outb119"): CO, ("outw22b", "dev24b"): C, ("outb119", "dev24b"): C},
    "tun_2023": {("outw14", "outp14"): CO},
    "tun_alarm_delay": {("un3h", "dev20m"): C},
    "tun_machines": {("army2aug", "army3aug"): U},
    "tun_escape_pipe": {("army900", "army900"): SC},
    "tun_debris": {("army60", "army85"): U, ("army60", "con30"): C, ("army85", "con30"): C},
    "tun_eta": {("army48h", "homesun"): C, ("army48h", "armywed"): U, ("army48h", "geo1w"): C,
                ("homesun", "armywed"): C, ("homesun", "geo1w"): C},
    "tun_dead": {("army2d", "un9d"): C, ("army2d", "army5d"): U, ("un9d", "army5d"): C},
    "tun_rescued": {("army6", "cdo11r"): C, ("army6", "army17"): U, ("cdo11r", "army17"): C},
    "tun_shift": {("con117", "un150"): C},
    "tun_contact": {("armycontact", "armyvoices"): SC, ("armycontact", "famnone"): C, ("armyvoices", "famnone"): C},
    "tun_drilled": {("army22", "army41"): U},
    "tun_temp": {("army34", "un40"): C},
    "tun_water": {("geo150", "con20"): C},
    "tun_compensation": {("home1m", "home15m"): U, ("home1m", "un500k"): C},
    # saline
    "sal_deaths": {("minsa9", "diresa13"): C, ("minsa9", "fam25"): C, ("minsa9", "minsa14"): U, ("minsa9", "opp30"): C,
                   ("diresa11", "diresa13"): U, ("diresa11", "fam25"): C, ("diresa11", "minsa14"): C,
                   ("diresa11", "opp30"): C,
                   ("diresa13", "minsa14"): C, ("diresa13", "opp30"): C, ("fam25", "minsa14"): C, ("fam25", "opp30"): C},
    "sal_infected": {("minsa62", "hosp100"): C, ("minsa62", "minsa87"): U, ("hosp100", "minsa87"): C},
    "sal_children": {("diresa3c", "fam6c"): C},
    "sal_alert_time": {("dig640", "outb040"): CO, ("dig640", "selwed"): C, ("outb040", "selwed"): C},
    "sal_hospitals": {("dig7", "dig11"): U, ("dig7", "sel2"): C, ("dig11", "sel2"): C},
    "sal_regions": {("dig4r", "opp6r"): C},
    "sal_recalled": {("dig180k", "sel42k"): C, ("dig180k", "dig212k"): U, ("sel42k", "dig212k"): C},
    "sal_source": {("digplant", "selstore"): C, ("digplant", "hospstore"): CO, ("selstore", "hospstore"): C},
    "sal_samples": {("ins9", "ins11"): U},
    "sal_lot": {("sel60k", "dig96k"): C},
    "sal_beds": {("outw320b", "outb320b"): CO},
    "sal_first_case": {("hosp21", "diresa28"): C, ("hosp21", "famearly"): C, ("diresa28", "famearly"): C,
                       ("famearly", "famearly"): SC},
    "sal_icu": {("hosp17", "minsa12"): C, ("hosp17", "hosp9"): U, ("minsa12", "hosp9"): C},
    "sal_treated": {("diresa1500", "diresa1900"): U, ("diresa1500", "diresa1940"): U, ("diresa1900", "diresa1940"): UC},
    "sal_warned": {("diresano", "docuyes"): C, ("diresano", "diresaadmit"): U, ("docuyes", "diresaadmit"): CO},
    "sal_compensation": {("minsa30k", "fam15k"): C, ("minsa30k", "minsa50k"): U, ("fam15k", "minsa50k"): C},
    "sal_suspended": {("minsa4s", "minsa7s"): U},
    "sal_price": {("outw320", "outb68p"): CO, ("outw320", "outp320"): CO, ("outb68p", "outp320"): CO},
    "sal_contract": {("outw48", "sel19"): C, ("outw48", "opp48"): CO, ("sel19", "opp48"): C},
    "sal_2022": {("outw4", "outp4"): CO},
    "sal_used": {("dig30k", "dig31500"): UC},
    "sal_inspection": {("diginsp", "selinsp"): C},
    "sal_fine": {("digfine", "digfine"): SC},
    "sal_contamination_level": {("ins40", "selok"): C},
    "sal_detained": {("pros3", "pros5"): U},
    "sal_distance": {("outb1000", "outp980"): CO},
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
