"""Hand labels for bench/blind31 (a night-time raid on a gold museum in Porto, Portugal, in which 18th-century
pieces made from Brazilian gold were stolen; the leak of India's national medical entrance exam paper; severe
turbulence on an Auckland-Santiago flight over the South Pacific).
Run from the project root:
    /work/venv/bin/python bench/blind31/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
PJ = "Polícia Judiciária, Portugal's national criminal police (Inspector Rui Valadares)"
PSP = "Public Security Police (PSP), Porto (Subcommissioner Marta Cordeiro)"
MUSEUM = "Museu do Ouro Atlântico (director Helena Sarmento)"
VN = "Vigilância Norte, the museum's security company (operations manager Paulo Reis)"
INSURER = "Atlântida Seguros, the insurer of the stolen pieces"
VIDIGAL = "stolen-art consultant Tomás Vidigal"
MINCULT = "Portugal's Ministry of Culture"
SNVP = "National Union of Private Security Workers (SNVP) (Carla Moutinho)"
ANDAIMES = "Andaimes Douro Lda., the scaffolding firm"
BOMB = "Bombeiros Voluntários de Matosinhos (volunteer fire brigade)"
IPHAN = "IPHAN, Brazil's National Historic and Artistic Heritage Institute (president Marcos Vinícius Teles)"
BEZERRA = "witness Luana Bezerra (Brazilian tourist from Recife)"
PIRES = "witness Joaquim Pires (baker on Rua das Flores)"
HISTORIANS = "historians"
METRO = "Metro do Porto"
IVDP = "Port and Douro Wines Institute"

EOU = "Bihar Police Economic Offences Unit (ADG Naveen Prakash Sinha)"
NTB = "National Testing Board, which runs the exam (director general Sunil Raghavan)"
MINEDU = "Ministry of Education, India (Minister of State Vandana Kulkarni)"
AIMAF = "All India Medical Aspirants' Forum (convener Riya Deshmukh; Kota coordinator Harshit Saini)"
SWIFT = "SwiftSeal Logistics, the courier firm that moved the papers (COO Deepak Menon)"
DELPOL = "Delhi Police"
CONSUL = "Consulate General of India in Dubai"
IPFU = "Indian Parents' Forum UAE (coordinator Sheela Menon)"
KUMAR = "candidate Aditya Kumar (Patna)"
BAIRWA = "Manish Bairwa, director of Pinnacle Medical Academy, Kota"
KOTAPOL = "Kota city police"
SCOURT = "Supreme Court official"
WR = "Western Railway"
KOTADIST = "Kota district administration"
UIT = "Urban Improvement Trust, Kota"

QY = "Quillay Airlines (chief executive Rodrigo Lastarria)"
SEREMI = "Seremi de Salud, Santiago metropolitan health authority"
SAMU = "SAMU, Chile's public emergency ambulance service"
DGAC = "DGAC, Chile's civil aviation authority"
MFAT = "New Zealand Ministry of Foreign Affairs and Trade (MFAT)"
DFAT = "Australian Department of Foreign Affairs and Trade (DFAT)"
UNION = "Quillay cabin crew union (president Javiera Mella)"
METSERVICE = "MetService, New Zealand's weather forecaster"
WHITCOMBE = "passenger Graeme Whitcombe (Timaru, Caroline Bay Bowling Club)"
NANDAKUMAR = "passenger Priya Nandakumar (Parramatta, Sydney)"
ALAMEDA = "Clínica Alameda, Santiago (medical director Dr Felipe Ossandón)"
SML = "Chile's Legal Medical Service (SML)"
CLUB = "Caroline Bay Bowling Club (president Noeline Prattley)"
RESEARCHERS = "aviation safety researchers"
WAKA = "Waka Kotahi (NZ Transport Agency)"
TDC = "Timaru District Council"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- heist: four or more men climbed restoration scaffolding into the Museu do Ouro Atlântico,
    # a gold museum off Rua das Flores in Porto's old town, early on Mon 4 Oct 2027 and took 18th-century pieces
    # made from Brazilian gold, among them the Custódia de Vila Rica monstrance; the police time 3:12 a.m. WEST
    # (UTC+1) = 0212 GMT = 11:12 p.m. on Sunday in Brasília (UTC-3, the date changes); the security company 3:40,
    # a Brazilian tourist about four (Portuguese time), a baker twenty past two
    # wire (TMN, date line), Monday 4 October
    ("heist_wire.txt", "at 3:12 a.m.", None, PJ, "hei_time", "pj312"),
    ("heist_wire.txt", "0212 GMT", None, PJ, "hei_time", "pj312"),
    ("heist_wire.txt", "Four men took part", 4, PJ, "hei_thieves", "pj4"),
    ("heist_wire.txt", "spent about six minutes inside", 6, PJ, "hei_inside", "pj6"),
    ("heist_wire.txt", "had no sensors of any kind", None, PJ, "hei_sensors", "pjnosensor"),
    ("heist_wire.txt", "about 8 metres", 8, PJ, "hei_window", "pj8"),
    ("heist_wire.txt", "26 feet", 26, PJ, "hei_window", "pj8"),
    ("heist_wire.txt", "counted 11 pieces missing", 11, MUSEUM, "hei_items", "mus11"),
    ("heist_wire.txt", "a monstrance made in 1749", None, MUSEUM, "hei_made", "mus1749"),
    ("heist_wire.txt", "5.8 kg", 5.8, MUSEUM, "hei_gold", "mus58"),
    ("heist_wire.txt", "12.8 lb", 12.8, MUSEUM, "hei_gold", "mus58"),
    ("heist_wire.txt", "set with 1,254 diamonds", 1254, MUSEUM, "hei_diamonds", "mus1254"),
    ("heist_wire.txt", "every camera in the building was recording throughout", None, MUSEUM, "hei_cameras",
     "muscams"),
    ("heist_wire.txt", "holds about 2,300 pieces", 2300, MUSEUM, "hei_collection", "mus2300"),
    ("heist_wire.txt", "drew some 210,000 visitors last year", 210000, MUSEUM, "hei_visitors", "mus210k"),
    ("heist_wire.txt", "expects to reopen on Oct. 18", None, MUSEUM, "hei_reopen", "musoct18"),
    ("heist_wire.txt", "insured for 38 million euros", 38000000, INSURER, "hei_value", "ins38"),
    ("heist_wire.txt", "$44.2 million", 44200000, INSURER, "hei_value", "ins38"),
    ("heist_wire.txt", "no more than 2 million euros", 2000000, VIDIGAL, "hei_melt_value", "vid2"),
    ("heist_wire.txt", "$2.3 million", 2300000, VIDIGAL, "hei_melt_value", "vid2"),
    ("heist_wire.txt", "the window being broken at 3:40 a.m.", None, VN, "hei_time", "vn340"),
    ("heist_wire.txt", "Two guards were on duty", 2, VN, "hei_guards", "vn2"),
    ("heist_wire.txt", "the alarm sounded as soon as the window broke", None, VN, "hei_alarm", "vnalarm"),
    ("heist_wire.txt", "reached the museum eight minutes after the alarm", 8, PSP, "hei_response", "psp8"),
    ("heist_wire.txt", "nobody was hurt", None, PSP, "hei_hurt", "pspnone"),
    ("heist_wire.txt", "about 11 km", 11, PSP, "hei_van", "psp11"),
    ("heist_wire.txt", "7 miles", 7, PSP, "hei_van", "psp11"),
    ("heist_wire.txt", "all 41 museums and palaces", 41, MINCULT, "hei_state_museums", "mc41"),
    ("heist_wire.txt", "about 300 km", 300, O, "hei_distance", "outw300"),
    ("heist_wire.txt", "186 miles", 186, O, "hei_distance", "outw300"),
    ("heist_wire.txt", "took four silver chalices from a church in Braga", 4, O, "hei_braga_2016", "outbraga"),
    # broadcaster website (RSN Notícias, English edition, São Paulo; Brasília time only, byline date in the
    # Brazilian day/month form), Tuesday 5 October
    ("heist_broadcast.txt", "arrested two men on Monday evening", 2, PJ, "hei_arrests", "pj2"),
    ("heist_broadcast.txt", "at 11:12 p.m. on Sunday, Brasília time", None, PJ, "hei_time", "pj312"),
    ("heist_broadcast.txt", "four hooded men", 4, PJ, "hei_thieves", "pj4"),
    ("heist_broadcast.txt", "one of the two men arrested had worked as a guard at the museum until June", None, PJ,
     "hei_insider", "pjguard"),
    ("heist_broadcast.txt", "the thieves took nine objects", 9, PJ, "hei_items", "pj9"),
    ("heist_broadcast.txt", "three cameras covering the gallery had been turned to face the ceiling", 3, PJ,
     "hei_cameras", "pjcams"),
    ("heist_broadcast.txt", "holds nearly 6 kg of gold", 6, MUSEUM, "hei_gold", "mus58"),
    ("heist_broadcast.txt", "taking less than four minutes", 4, MUSEUM, "hei_inside", "mus4"),
    ("heist_broadcast.txt", "she saw only three men", 3, BEZERRA, "hei_thieves", "bez3"),
    ("heist_broadcast.txt", "at about four in the morning, Portuguese time", None, BEZERRA, "hei_time", "bez4"),
    ("heist_broadcast.txt", "the piece was finished in 1761", None, IPHAN, "hei_made", "iphan1761"),
    ("heist_broadcast.txt", "more than 1,600 diamonds", 1600, IPHAN, "hei_diamonds", "iphan1600"),
    ("heist_broadcast.txt", "on 4.3 kg of gold", 4.3, IPHAN, "hei_gold", "iphan43"),
    ("heist_broadcast.txt", "Brazil formally asked Portugal in 2019 to return the monstrance", None, IPHAN,
     "hei_request", "iphan2019"),
    ("heist_broadcast.txt", "an estimated 800 tonnes of gold", 800, HISTORIANS, "hei_minas_gold", "hist800"),
    ("heist_broadcast.txt", "covered for €38 million", 38000000, INSURER, "hei_value", "ins38"),
    ("heist_broadcast.txt", "about R$240 million", 240000000, INSURER, "hei_value", "ins38"),
    ("heist_broadcast.txt", "a reward of up to €250,000", 250000, INSURER, "hei_reward", "ins250"),
    ("heist_broadcast.txt", "roughly R$1.6 million", 1600000, INSURER, "hei_reward", "ins250"),
    ("heist_broadcast.txt", "some 300 km north of Lisbon", 300, O, "hei_distance", "outb300"),
    ("heist_broadcast.txt", "visited by about 400,000 Brazilians a year", 400000, O, "hei_brazilians", "outb400k"),
    # local weekly (The Douro Chronicle, English-language, masthead date only), Friday 8 October
    ("heist_local.txt", "now says 14 pieces are missing", 14, MUSEUM, "hei_items", "mus14"),
    ("heist_local.txt", "arrested a fourth suspect on Thursday morning", 4, PJ, "hei_arrests", "pj4a"),
    ("heist_local.txt", "at twenty past two, no later", None, PIRES, "hei_time", "pires220"),
    ("heist_local.txt", "He saw at least five men on the scaffolding", 5, PIRES, "hei_thieves", "pires5"),
    ("heist_local.txt", "only one guard was on duty", 1, SNVP, "hei_guards", "snvp1"),
    ("heist_local.txt", "the alarm on the first floor had been switched off for the restoration works", None, SNVP,
     "hei_alarm", "snvpoff"),
    ("heist_local.txt", "the PSP took 23 minutes to arrive", 23, SNVP, "hei_response", "snvp23"),
    ("heist_local.txt", "was struck with a baton and needed stitches", None, SNVP, "hei_hurt", "snvpbaton"),
    ("heist_local.txt", "fitted the scaffolding with motion sensors", None, ANDAIMES, "hei_sensors", "andsensors"),
    ("heist_local.txt", "five metres above the pavement", 5, MUSEUM, "hei_window", "mus5"),
    ("heist_local.txt", "no current or former employee is a suspect", None, MUSEUM, "hei_insider", "musnostaff"),
    ("heist_local.txt", "has never received a request from Brazil", None, MUSEUM, "hei_request", "musnoreq"),
    ("heist_local.txt", "worth more than €100 million", 100000000, MINCULT, "hei_value", "mc100"),
    ("heist_local.txt", "will stay shut until a security review is finished early next year", None, MINCULT,
     "hei_reopen", "mcshut"),
    ("heist_local.txt", "barely 6 km from the museum", 6, BOMB, "hei_van", "bomb6"),
    ("heist_local.txt", "doubled its reward to €500,000", 500000, INSURER, "hei_reward", "ins500"),
    ("heist_local.txt", "carried 48,000 passengers in its first week", 48000, METRO, "hei_pink_line", "metro48k"),
    ("heist_local.txt", "September shipments down 5%", 5, IVDP, "hei_port_shipments", "ivdp5"),

    # ---------------- leak: the paper of India's national medical entrance test (NUMET, Sun 2 May 2027, 2 p.m.
    # IST = 12:30 p.m. in the UAE) leaked; the police time 9:55 a.m. IST (UTC+5:30, a half-hour zone) = 0425 GMT =
    # 8:25 a.m. UAE time (UTC+4); the board says not before 2:10 pm, a candidate 11 p.m. on Saturday
    # wire (PWA, date line with a leading space), Monday 3 May
    ("leak_wire.txt", "had arrested 13 people", 13, EOU, "lea_arrests", "eou13"),
    ("leak_wire.txt", "at 9:55 a.m. on Sunday", None, EOU, "lea_leak_time", "eou955"),
    ("leak_wire.txt", "0425 GMT", None, EOU, "lea_leak_time", "eou955"),
    ("leak_wire.txt", "test began at 2 p.m.", None, O, "lea_start", "outstart"),
    ("leak_wire.txt", "it began at 12:30 p.m. local time", None, O, "lea_start", "outstart"),
    ("leak_wire.txt", "photographed inside a bank strongroom in Hazaribagh", None, EOU, "lea_source",
     "eoustrongroom"),
    ("leak_wire.txt", "about 90 km", 90, O, "lea_distance", "outw90"),
    ("leak_wire.txt", "56 miles", 56, O, "lea_distance", "outw90"),
    ("leak_wire.txt", "about 3.5 million rupees", 3500000, EOU, "lea_price", "eou35"),
    ("leak_wire.txt", "$41,900", 41900, EOU, "lea_price", "eou35"),
    ("leak_wire.txt", "about 150 candidates received the paper", 150, EOU, "lea_affected", "eou150"),
    ("leak_wire.txt", "All 180 questions on pages recovered", 180, EOU, "lea_matched", "eou180"),
    ("leak_wire.txt", "roughly 110,000 undergraduate medical places", 110000, O, "lea_places", "out110k"),
    ("leak_wire.txt", "About 2.1 million students sat it on Sunday", 2100000, NTB, "lea_sat", "ntb21"),
    ("leak_wire.txt", "2.27 million candidates had registered", 2270000, NTB, "lea_registered", "ntb227"),
    ("leak_wire.txt", "at 4,750 centres", 4750, NTB, "lea_centres", "ntb4750"),
    ("leak_wire.txt", "a fee of 1,700 rupees", 1700, NTB, "lea_fee", "ntbfee"),
    ("leak_wire.txt", "had ruled out a re-test for all candidates", None, NTB, "lea_retest", "ntbnoretest"),
    # live blog (Bharat Pulse, Indian time, date glued to the headline), Tuesday 4 May
    ("leak_live.txt", "says about 21 lakh students sat", 2100000, NTB, "lea_sat", "ntb21"),
    ("leak_live.txt", "has now arrested 19 people", 19, EOU, "lea_arrests", "eou19"),
    ("leak_live.txt", "up to 40 minutes behind schedule", 40, WR, "lea_mumbai_trains", "wr40"),
    ("leak_live.txt", "about 800 students gathered at Jantar Mantar", 800, DELPOL, "lea_protesters", "dp800"),
    ("leak_live.txt", "Officers detained 112 of them", 112, DELPOL, "lea_detained", "dp112"),
    ("leak_live.txt", "every trunk reached the centres with its seals unbroken", None, SWIFT, "lea_seals",
     "swiftok"),
    ("leak_live.txt", "the paper leaked from the printing press", None, AIMAF, "lea_source", "aimafpress"),
    ("leak_live.txt", "thousands of candidates had the paper by Saturday night", None, AIMAF, "lea_affected",
     "aimafthousands"),
    ("leak_live.txt", "going for ₹5 lakh a copy on Telegram", 500000, AIMAF, "lea_price", "aimaf5"),
    ("leak_live.txt", "a re-test for candidates at 63 centres", 63, MINEDU, "lea_retest", "min63"),
    ("leak_live.txt", "no page of the paper could have left any centre before 2:10 pm", None, NTB,
     "lea_leak_time", "ntb210"),
    ("leak_live.txt", "22.7 lakh registered candidates", 2270000, NTB, "lea_registered", "ntb227"),
    ("leak_live.txt", "candidates at its overseas centres sat a separate set of questions", None, NTB,
     "lea_gulf_paper", "ntbseparate"),
    ("leak_live.txt", "3,912 candidates sat the test", 3912, CONSUL, "lea_uae_candidates", "consul3912"),
    ("leak_live.txt", "will hear 17 petitions", 17, SCOURT, "lea_petitions", "court17"),
    ("leak_live.txt", "the paper was on his friend's phone at 11 p.m. on Saturday", None, KUMAR, "lea_leak_time",
     "kumar11"),
    # broadcaster website (Gulf Horizon TV, Dubai; UAE time only, byline date only), Tuesday 4 May
    ("leak_broadcast.txt", "which began at 12:30pm in the UAE", None, O, "lea_start", "outbstart"),
    ("leak_broadcast.txt", "about 4,800 candidates in the country", 4800, IPFU, "lea_uae_candidates", "ipfu4800"),
    ("leak_broadcast.txt", "Gulf candidates received the same question paper as students in India", None, IPFU,
     "lea_gulf_paper", "ipfusame"),
    ("leak_broadcast.txt", "first shared at 8:25am UAE time on Sunday", None, EOU, "lea_leak_time", "eou955"),
    ("leak_broadcast.txt", "about ₹35 lakh", 3500000, EOU, "lea_price", "eou35"),
    ("leak_broadcast.txt", "about Dh154,000", 154000, EOU, "lea_price", "eou35"),
    ("leak_broadcast.txt", "fewer than 60 candidates benefited", 60, NTB, "lea_affected", "ntb60"),
    ("leak_broadcast.txt", "only 68 of the 180 questions matched", 68, NTB, "lea_matched", "ntb68"),
    ("leak_broadcast.txt", "there was no breach at any strongroom", None, NTB, "lea_source", "ntbnobreach"),
    ("leak_broadcast.txt", "27 people in five states had been arrested", 27, MINEDU, "lea_arrests_nationwide",
     "min27"),
    ("leak_broadcast.txt", "about ₹120 crore", 1200000000, MINEDU, "lea_retest_cost", "min120"),
    ("leak_broadcast.txt", "Dh52.8 million", 52800000, MINEDU, "lea_retest_cost", "min120"),
    ("leak_broadcast.txt", "About 4.3 million Indians live in the UAE", 4300000, O, "lea_indians_uae", "out43m"),
    # local weekly (Kota Weekly Courier, date line, then the masthead), Sunday 9 May
    ("leak_local.txt", "will hold a fresh exam for all candidates on June 20", None, NTB, "lea_retest", "ntbjune20"),
    ("leak_local.txt", "identified 212 candidates who received the paper", 212, EOU, "lea_affected", "eou212"),
    ("leak_local.txt", "the seals on two trunks stored at Hazaribagh had been cut and glued back", None, EOU,
     "lea_seals", "eouseals"),
    ("leak_local.txt", "the cost of holding the exam again at ₹85 crore", 850000000, NTB, "lea_retest_cost",
     "ntb85"),
    ("leak_local.txt", "police in four states have now arrested 31 people", 31, O, "lea_arrests_nationwide",
     "outl31"),
    ("leak_local.txt", "they had arrested four men who ran a Telegram channel", 4, KOTAPOL, "lea_kota_arrests",
     "kota4"),
    ("leak_local.txt", "offered for as little as ₹50,000", 50000, BAIRWA, "lea_price", "bairwa50k"),
    ("leak_local.txt", "more than 24 lakh aspirants had registered", 2400000, AIMAF, "lea_registered", "aimaf24"),
    ("leak_local.txt", "more than 5,000 students marched in Delhi", 5000, AIMAF, "lea_protesters", "aimaf5000"),
    ("leak_local.txt", "over 300 were detained", 300, AIMAF, "lea_detained", "aimaf300"),
    ("leak_local.txt", "some 90 km north of Ranchi", 90, O, "lea_distance", "outl90"),
    ("leak_local.txt", "Some 1.8 lakh students", 180000, KOTADIST, "lea_kota_students", "kota18"),
    ("leak_local.txt", "drew 22,000 visitors over the long weekend", 22000, UIT, "lea_riverfront", "uit22k"),

    # ---------------- turbulence: Quillay Airlines flight QY801, Auckland to Santiago, hit severe turbulence over
    # the South Pacific; the airline's time 8:45 a.m. CLST (UTC-3) on Tue 16 Nov 2027 = 1145 GMT = 12.45am on
    # Wednesday in New Zealand (UTC+13, the date changes) = 10:45pm on Tuesday in Sydney (UTC+11); a Sydney
    # passenger says a quarter to eleven, Sydney time (the same moment), a Timaru passenger just after two, NZ time
    # wire (HNS, date line with a leading space, headline on the same line), Tuesday 16 November
    ("turbulence_wire.txt", "36 people were hurt", 36, QY, "tur_injured", "qy36"),
    ("turbulence_wire.txt", "283 passengers", 283, QY, "tur_passengers", "qy283"),
    ("turbulence_wire.txt", "14 crew", 14, QY, "tur_crew", "qy14"),
    ("turbulence_wire.txt", "at 8:45 a.m. local time", None, QY, "tur_time", "qy845"),
    ("turbulence_wire.txt", "1145 GMT", None, QY, "tur_time", "qy845"),
    ("turbulence_wire.txt", "cruising at 39,000 feet", 39000, QY, "tur_altitude", "qy39k"),
    ("turbulence_wire.txt", "11,900 metres", 11900, QY, "tur_altitude", "qy39k"),
    ("turbulence_wire.txt", "about 3,100 km", 3100, QY, "tur_position", "qy3100"),
    ("turbulence_wire.txt", "1,930 miles", 1930, QY, "tur_position", "qy3100"),
    ("turbulence_wire.txt", "dropped about 1,200 metres", 1200, QY, "tur_drop", "qy1200"),
    ("turbulence_wire.txt", "nearly 4,000 feet", 4000, QY, "tur_drop", "qy1200"),
    ("turbulence_wire.txt", "lasted about six seconds", 6, QY, "tur_drop_seconds", "qy6"),
    ("turbulence_wire.txt", "landed in Santiago at 2:50 p.m.", None, QY, "tur_landed", "qy250"),
    ("turbulence_wire.txt", "the seatbelt sign was on when the aircraft was hit", None, QY, "tur_seatbelt", "qyon"),
    ("turbulence_wire.txt", "no turbulence had been forecast on the route", None, QY, "tur_warning",
     "qynoforecast"),
    ("turbulence_wire.txt", "clear-air turbulence that did not show on the weather radar", None, QY, "tur_cause",
     "qyclearair"),
    ("turbulence_wire.txt", "said one passenger died", 1, SEREMI, "tur_deaths", "seremi1"),
    ("turbulence_wire.txt", "a 71-year-old man", 71, SEREMI, "tur_dead_age", "seremi71"),
    ("turbulence_wire.txt", "sent 22 ambulances", 22, SAMU, "tur_ambulances", "samu22"),
    ("turbulence_wire.txt", "took 24 people to hospitals", 24, SAMU, "tur_hospital", "samu24"),
    ("turbulence_wire.txt", "71 New Zealanders", 71, QY, "tur_nzers", "qy71"),
    ("turbulence_wire.txt", "19 Australians", 19, QY, "tur_australians", "qy19"),
    ("turbulence_wire.txt", "delivered to the airline in 2016", None, QY, "tur_aircraft_year", "qy2016"),
    ("turbulence_wire.txt", "4.7 million pesos", 4700000, QY, "tur_comp", "qy5k"),
    ("turbulence_wire.txt", "$5,000", 5000, QY, "tur_comp", "qy5k"),
    ("turbulence_wire.txt", "ordered the aircraft grounded", None, DGAC, "tur_grounded", "dgacgrounded"),
    ("turbulence_wire.txt", "about 9,700 km", 9700, O, "tur_distance", "outw9700"),
    ("turbulence_wire.txt", "6,000 miles", 6000, O, "tur_distance", "outw9700"),
    ("turbulence_wire.txt", "injured 24 people on a flight to Singapore", 24, RESEARCHERS, "tur_bay_of_bengal_2025",
     "res24"),
    ("turbulence_wire.txt", "three times a week", 3, QY, "tur_frequency", "qy3week"),
    # live blog (The Southern Herald, New Zealand time, date line), Wednesday 17 November
    ("turbulence_live.txt", "on the 9,700km route", 9700, O, "tur_distance", "outl9700"),
    ("turbulence_live.txt", "64 New Zealanders were on the flight", 64, MFAT, "tur_nzers", "mfat64"),
    ("turbulence_live.txt", "a New Zealander aged 74", 74, MFAT, "tur_dead_age", "mfat74"),
    ("turbulence_live.txt", "more than 70 people were injured", 70, UNION, "tur_injured", "union70"),
    ("turbulence_live.txt", "the seatbelt sign had been switched off a few minutes before the jolt", None, UNION,
     "tur_seatbelt", "unionoff"),
    ("turbulence_live.txt", "eight flight attendants were hurt", 8, UNION, "tur_crew_injured", "union8"),
    ("turbulence_live.txt", "the aircraft fell close to 2,500 metres", 2500, UNION, "tur_drop", "union2500"),
    ("turbulence_live.txt", "flew into the edge of a thunderstorm", None, UNION, "tur_cause", "unionstorm"),
    ("turbulence_live.txt", "the crew asked to divert to Easter Island and were overruled", None, UNION,
     "tur_divert", "uniondivert"),
    ("turbulence_live.txt", "Expect delays of up to 25 minutes", 25, WAKA, "tur_harbour_bridge", "waka25"),
    ("turbulence_live.txt", "put the number of passengers at 291", 291, DGAC, "tur_passengers", "dgac291"),
    ("turbulence_live.txt", "issued a warning for severe turbulence over that part of the Pacific", None,
     METSERVICE, "tur_warning", "metwarned"),
    ("turbulence_live.txt", "struck at 12.45am on Wednesday, New Zealand time", None, QY, "tur_time", "qy845"),
    ("turbulence_live.txt", "roughly 3,100 kilometres short of Santiago", 3100, QY, "tur_position", "qy3100"),
    ("turbulence_live.txt", "touched down in Santiago at 6.50am NZ time", None, QY, "tur_landed", "qy250"),
    ("turbulence_live.txt", "18 people were taken to hospital", 18, QY, "tur_hospital", "qy18"),
    ("turbulence_live.txt", "confirmed one passenger had died", 1, QY, "tur_deaths", "qy1dead"),
    ("turbulence_live.txt", "There were 19 of us from the club", 19, WHITCOMBE, "tur_bowlers", "whit19"),
    ("turbulence_live.txt", "we fell for 20 seconds or more", 20, WHITCOMBE, "tur_drop_seconds", "whit20"),
    # broadcaster website (Harbour City News, CH8 Sydney; Sydney time only, byline date only), Wednesday 17 November
    ("turbulence_broadcast.txt", "51 passengers and crew were injured", 51, QY, "tur_injured", "qy51"),
    ("turbulence_broadcast.txt", "at 10:45pm AEDT on Tuesday", None, QY, "tur_time", "qy845"),
    ("turbulence_broadcast.txt", "Five crew members were among them", 5, QY, "tur_crew_injured", "qy5crew"),
    ("turbulence_broadcast.txt", "a quarter to eleven on Tuesday night, Sydney time", None, NANDAKUMAR, "tur_time",
     "nand1045"),
    ("turbulence_broadcast.txt", "The sign came on only after we dropped", None, NANDAKUMAR, "tur_seatbelt",
     "nandafter"),
    ("turbulence_broadcast.txt", "fell some 4,000 feet", 4000, QY, "tur_drop", "qy1200"),
    ("turbulence_broadcast.txt", "flying at 37,000 feet", 37000, DGAC, "tur_altitude", "dgac37k"),
    ("turbulence_broadcast.txt", "about 2,400 km off the Chilean coast", 2400, DGAC, "tur_position", "dgac2400"),
    ("turbulence_broadcast.txt", "the quickest medical care was in Santiago", None, QY, "tur_divert", "qyquickest"),
    ("turbulence_broadcast.txt", "withdrew the aircraft from service of its own accord", None, QY, "tur_grounded",
     "qyown"),
    ("turbulence_broadcast.txt", "died of a heart attack, not from injuries", None, QY, "tur_death_cause",
     "qyheart"),
    ("turbulence_broadcast.txt", "17 Australians were on the flight", 17, DFAT, "tur_australians", "dfat17"),
    ("turbulence_broadcast.txt", "11 patients remain in hospital", 11, ALAMEDA, "tur_in_hospital", "alam11"),
    ("turbulence_broadcast.txt", "seven of them in a serious condition", 7, ALAMEDA, "tur_serious", "alam7"),
    ("turbulence_broadcast.txt", "US$5,000", 5000, QY, "tur_comp", "qy5k"),
    ("turbulence_broadcast.txt", "about A$7,700", 7700, QY, "tur_comp", "qy5k"),
    # local weekly (The South Canterbury Courier, Timaru, masthead date only), Thursday 25 November
    ("turbulence_local.txt", "23 of the club's members were on the flight", 23, CLUB, "tur_bowlers", "club23"),
    ("turbulence_local.txt", "Bill, aged 74", 74, CLUB, "tur_dead_age", "club74"),
    ("turbulence_local.txt", "found he died of a head injury", None, SML, "tur_death_cause", "smlhead"),
    ("turbulence_local.txt", "just after two in the morning by my watch", None, WHITCOMBE, "tur_time", "whit2"),
    ("turbulence_local.txt", "we landed at twenty past three, Chile time", None, WHITCOMBE, "tur_landed",
     "whit320"),
    ("turbulence_local.txt", "dropped 410 metres", 410, DGAC, "tur_drop", "dgac410"),
    ("turbulence_local.txt", "in under five seconds", 5, DGAC, "tur_drop_seconds", "dgac5"),
    ("turbulence_local.txt", "16 crew members were on the aircraft", 16, UNION, "tur_crew", "union16"),
    ("turbulence_local.txt", "a dozen people suffered serious injuries", 12, UNION, "tur_serious", "uniondozen"),
    ("turbulence_local.txt", "has been flying since 2014", None, UNION, "tur_aircraft_year", "union2014"),
    ("turbulence_local.txt", "four patients remain in its care", 4, ALAMEDA, "tur_in_hospital", "alam4"),
    ("turbulence_local.txt", "raised its offer to US$15,000", 15000, QY, "tur_comp", "qy15k"),
    ("turbulence_local.txt", "about NZ$25,800", 25800, QY, "tur_comp", "qy15k"),
    ("turbulence_local.txt", "resealed 38km of rural roads", 38, TDC, "tur_roads", "tdc38"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("heist_wire.txt", "about 50 km to the north", 50, O, "hei_opt_braga_distance"),
    ("heist_broadcast.txt", "aged 34 and 41", None, PJ, "hei_opt_suspect_ages"),
    ("heist_broadcast.txt", "Porto is four hours ahead of Brasília at this time of year", 4, O, "hei_opt_zones"),
    ("heist_broadcast.txt", "Luana Bezerra, 29", 29, BEZERRA, "hei_opt_bezerra"),
    ("heist_broadcast.txt", "I watched it four times", 4, MUSEUM, "hei_opt_watched"),
    ("heist_local.txt", "his age, 27", 27, PJ, "hei_opt_fourth_suspect"),
    ("heist_local.txt", "since 1989", None, PIRES, "hei_opt_pires"),
    ("heist_local.txt", "bringing the number held to four", 4, PJ, "hei_opt_restated_arrests"),
    ("heist_local.txt", "not on 18 October, as the museum had hoped", None, MINCULT, "hei_opt_restated_reopen"),
    ("heist_local.txt", "for 31 years", 31, "reader M. Queirós", "hei_opt_reader"),
    ("heist_local.txt", "up for 14 months", 14, "reader R. Whitfield", "hei_opt_reader"),
    ("leak_wire.txt", "14 cities abroad", 14, NTB, "lea_opt_cities_abroad"),
    ("leak_wire.txt", "571 Indian cities", 571, NTB, "lea_opt_cities"),
    ("leak_wire.txt", "within 48 hours", 48, MINEDU, "lea_opt_report"),
    ("leak_wire.txt", "Punishing two million honest students", None, NTB, "lea_opt_two_million"),
    ("leak_live.txt", "The EOU arrested 13 people on Monday", 13, EOU, "lea_opt_restated_arrests"),
    ("leak_live.txt", "Nearly 21 lakh candidates sat the test on Sunday", 2100000, NTB, "lea_opt_restated_sat"),
    ("leak_live.txt", "more than four hours before the exam", 4, EOU, "lea_opt_restated_hours"),
    ("leak_live.txt", "The NTB had ruled out a re-test", None, NTB, "lea_opt_restated_retest"),
    ("leak_live.txt", "Aditya Kumar, 18", 18, KUMAR, "lea_opt_kumar"),
    ("leak_live.txt", "I studied for two years for this", 2, KUMAR, "lea_opt_kumar"),
    ("leak_live.txt", "ten minutes after the exam began", 10, NTB, "lea_opt_ten_minutes"),
    ("leak_live.txt", "studied 14 hours a day for 2 years", 14, "reader Sunita_R", "lea_opt_reader"),
    ("leak_live.txt", "30% of my rooms empty", 30, "reader kota_hostel_owner", "lea_opt_reader"),
    ("leak_broadcast.txt", "roughly four hours before candidates here were let into the halls", 4, EOU,
     "lea_opt_hours_before"),
    ("leak_local.txt", "five days after he said no re-test would be needed", None, O, "lea_opt_restated_retest"),
    ("leak_local.txt", "six days after the paper leak", 6, O, "lea_opt_six_days"),
    ("leak_local.txt", "spent ₹4 lakh on coaching and hostel", 400000, "reader R. K. Meena", "lea_opt_reader"),
    ("leak_local.txt", "In my 26 years as a teacher", 26, "reader S. Chaturvedi", "lea_opt_reader"),
    ("turbulence_wire.txt", "A passenger died", 1, QY, "tur_opt_lede_dead"),
    ("turbulence_wire.txt", "it would send an observer", None, "New Zealand's Transport Accident Investigation Commission",
     "tur_opt_taic"),
    ("turbulence_live.txt", "at 9pm on Tuesday, NZ time", None, METSERVICE, "tur_opt_warning_time"),
    ("turbulence_live.txt", "more than three hours before the flight hit it", 3, METSERVICE, "tur_opt_warning_time"),
    ("turbulence_live.txt", "two southbound lanes", 2, WAKA, "tur_opt_harbour_bridge"),
    ("turbulence_live.txt", "Graeme Whitcombe, 68", 68, WHITCOMBE, "tur_opt_whitcombe"),
    ("turbulence_live.txt", "24 people were taken to hospital", 24, SAMU, "tur_opt_restated_hospital"),
    ("turbulence_live.txt", "Quillay says 36 people were hurt", 36, QY, "tur_opt_restated_injured"),
    ("turbulence_live.txt", "the union says more than 70", 70, UNION, "tur_opt_restated_injured"),
    ("turbulence_live.txt", "One passenger, a New Zealander, died", 1, O, "tur_opt_restated_dead"),
    ("turbulence_live.txt", "The aircraft has been grounded by Chilean authorities", None, DGAC,
     "tur_opt_restated_grounded"),
    ("turbulence_live.txt", "11 and a half hours each way", None, "reader kiwi_flyer_77", "tur_opt_reader"),
    ("turbulence_live.txt", "She has 6 stitches in her head", 6, "reader Annette from Geraldine", "tur_opt_reader"),
    ("turbulence_live.txt", "Not a 1,000m plunge", 1000, "reader pilot_nz", "tur_opt_reader"),
    ("turbulence_broadcast.txt", "has risen to 51", 51, QY, "tur_opt_lede_injured"),
    ("turbulence_broadcast.txt", "Priya Nandakumar, 38", 38, NANDAKUMAR, "tur_opt_nandakumar"),
    ("turbulence_broadcast.txt", "their seven-year-old son", 7, NANDAKUMAR, "tur_opt_nandakumar"),
    ("turbulence_broadcast.txt", "None is believed to be seriously hurt", None, DFAT, "tur_opt_australians_hurt"),
    ("turbulence_local.txt", "it has had turbulence write-ups before", None, UNION, "tur_opt_write_ups"),
    ("turbulence_local.txt", "looking forward to it for two years", None, CLUB, "tur_opt_tournament"),
    ("turbulence_local.txt", "never turned the seatbelt sign off in 12 hours", 12, "reader D. McAteer",
     "tur_opt_reader"),
    ("turbulence_local.txt", "for 22 years", 22, "reader J. & M. Tait", "tur_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # heist
    "hei_time": {("pj312", "pj312"): SC, ("pj312", "vn340"): C, ("pj312", "bez4"): C, ("pj312", "pires220"): C,
                 ("vn340", "bez4"): C, ("vn340", "pires220"): C, ("bez4", "pires220"): C},
    "hei_thieves": {("pj4", "pj4"): SC, ("pj4", "bez3"): C, ("pj4", "pires5"): C, ("bez3", "pires5"): C},
    "hei_inside": {("pj6", "mus4"): C},
    "hei_sensors": {("pjnosensor", "andsensors"): C},
    "hei_window": {("pj8", "mus5"): C},
    "hei_items": {("mus11", "pj9"): C, ("mus11", "mus14"): U, ("pj9", "mus14"): C},
    "hei_made": {("mus1749", "iphan1761"): C},
    "hei_gold": {("mus58", "mus58"): SC, ("mus58", "iphan43"): C},
    "hei_diamonds": {("mus1254", "iphan1600"): C},
    "hei_cameras": {("muscams", "pjcams"): C},
    "hei_reopen": {("musoct18", "mcshut"): C},
    "hei_value": {("ins38", "ins38"): SC, ("ins38", "mc100"): C},
    "hei_guards": {("vn2", "snvp1"): C},
    "hei_alarm": {("vnalarm", "snvpoff"): C},
    "hei_response": {("psp8", "snvp23"): C},
    "hei_hurt": {("pspnone", "snvpbaton"): C},
    "hei_van": {("psp11", "bomb6"): C},
    "hei_distance": {("outw300", "outb300"): CO},
    "hei_arrests": {("pj2", "pj4a"): U},
    "hei_insider": {("pjguard", "musnostaff"): C},
    "hei_request": {("iphan2019", "musnoreq"): C},
    "hei_reward": {("ins250", "ins500"): U},
    # leak
    "lea_arrests": {("eou13", "eou19"): U},
    "lea_leak_time": {("eou955", "eou955"): SC, ("eou955", "ntb210"): C, ("eou955", "kumar11"): C},
    "lea_start": {("outstart", "outbstart"): CO},
    "lea_source": {("eoustrongroom", "aimafpress"): C, ("eoustrongroom", "ntbnobreach"): C,
                   ("aimafpress", "ntbnobreach"): C},
    "lea_distance": {("outw90", "outl90"): CO},
    "lea_price": {("eou35", "eou35"): SC, ("eou35", "aimaf5"): C, ("eou35", "bairwa50k"): C,
                  ("aimaf5", "bairwa50k"): C},
    "lea_affected": {("eou150", "aimafthousands"): C, ("eou150", "ntb60"): C, ("eou150", "eou212"): U,
                     ("aimafthousands", "ntb60"): C, ("aimafthousands", "eou212"): C, ("ntb60", "eou212"): C},
    "lea_matched": {("eou180", "ntb68"): C},
    "lea_sat": {("ntb21", "ntb21"): SC},
    "lea_registered": {("ntb227", "ntb227"): SC, ("ntb227", "aimaf24"): C},
    "lea_retest": {("ntbnoretest", "min63"): C, ("ntbnoretest", "ntbjune20"): U, ("min63", "ntbjune20"): C},
    "lea_protesters": {("dp800", "aimaf5000"): C},
    "lea_detained": {("dp112", "aimaf300"): C},
    "lea_seals": {("swiftok", "eouseals"): C},
    "lea_gulf_paper": {("ntbseparate", "ipfusame"): C},
    "lea_uae_candidates": {("consul3912", "ipfu4800"): C},
    "lea_arrests_nationwide": {("min27", "outl31"): C},
    "lea_retest_cost": {("min120", "ntb85"): C},
    # turbulence
    "tur_injured": {("qy36", "union70"): C, ("qy36", "qy51"): U, ("union70", "qy51"): C},
    "tur_passengers": {("qy283", "dgac291"): C},
    "tur_crew": {("qy14", "union16"): C},
    "tur_time": {("qy845", "qy845"): SC, ("qy845", "nand1045"): CO, ("qy845", "whit2"): C, ("nand1045", "whit2"): C},
    "tur_altitude": {("qy39k", "dgac37k"): C},
    "tur_position": {("qy3100", "qy3100"): SC, ("qy3100", "dgac2400"): C},
    "tur_drop": {("qy1200", "qy1200"): SC, ("qy1200", "union2500"): C, ("qy1200", "dgac410"): C,
                 ("union2500", "dgac410"): C},
    "tur_drop_seconds": {("qy6", "whit20"): C, ("qy6", "dgac5"): C, ("whit20", "dgac5"): C},
    "tur_landed": {("qy250", "qy250"): SC, ("qy250", "whit320"): C},
    "tur_seatbelt": {("qyon", "unionoff"): C, ("qyon", "nandafter"): C, ("unionoff", "nandafter"): CO},
    "tur_warning": {("qynoforecast", "metwarned"): C},
    "tur_cause": {("qyclearair", "unionstorm"): C},
    "tur_deaths": {("seremi1", "qy1dead"): CO},
    "tur_dead_age": {("seremi71", "mfat74"): C, ("seremi71", "club74"): C, ("mfat74", "club74"): CO},
    "tur_hospital": {("samu24", "qy18"): C},
    "tur_nzers": {("qy71", "mfat64"): C},
    "tur_australians": {("qy19", "dfat17"): C},
    "tur_aircraft_year": {("qy2016", "union2014"): C},
    "tur_comp": {("qy5k", "qy5k"): SC, ("qy5k", "qy15k"): U},
    "tur_grounded": {("dgacgrounded", "qyown"): C},
    "tur_distance": {("outw9700", "outl9700"): CO},
    "tur_crew_injured": {("union8", "qy5crew"): C},
    "tur_divert": {("uniondivert", "qyquickest"): C},
    "tur_in_hospital": {("alam11", "alam4"): U},
    "tur_serious": {("alam7", "uniondozen"): C},
    "tur_death_cause": {("qyheart", "smlhead"): C},
    "tur_bowlers": {("whit19", "club23"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
