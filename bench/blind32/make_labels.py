"""Hand labels for bench/blind32 (a coffee growers' price strike with road blockades in Colombia's coffee belt;
the failure of a Norwegian startup's first orbital rocket, launched from Andøya, with a Darwin startup's satellite
on board; an accounting fraud at a South African furniture retailer and its former chief executive's first court
appearance in Bellville, Cape Town).
Run from the project root:
    /work/venv/bin/python bench/blind32/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
UCN = "Unidad Cafetera Nacional (UCN), the growers' movement (spokesman Óscar Gutiérrez Arango; Quindío coordinator Luz Marina Henao)"
ACETRIC = "Acetric, the coffee exporters' association (president Camila Restrepo Uribe)"
MINAG = "Colombia's Ministry of Agriculture and Rural Development (Minister Hernán Darío Salcedo)"
POLCO = "Colombian National Police"
USDA = "U.S. Department of Agriculture (USDA) attaché in Bogotá"
CARDENAS = "agricultural economist Liliana Cárdenas (Manizales)"
COLFLETES = "Colfletes, the freight hauliers' association"
OSPINA = "grower Jairo Ospina (Chinchiná)"
IDEAM = "IDEAM, Colombia's weather and environment institute"
SALENTO = "Salento mayor's office"
COCORA = "Cocora Valley landowners' association"

VL = "Vesterål Launch AS (chief executive Ingrid Solbakken)"
NOSA = "Norwegian Space Agency (head of launch oversight Bjørn Stavik)"
KYST = "Norwegian Coastal Administration"
JRCC = "Joint Rescue Coordination Centre of Northern Norway"
NPOL = "Nordland Police District"
RANGE = "range safety at the Andøya launch site (Kjetil Rasmussen)"
ENGINEER = "former Vesterål Launch engineer (unnamed)"
AAS = "space industry analyst Henrik Aas (NordSpace Consulting)"
JABIRU = "Jabiru Space Pty Ltd, Darwin (co-founder Dr Mei-Ling Tran)"
NILSEN = "skipper Oddvar Nilsen (trawler Havbris, Andenes)"
JOHANSEN = "spectator Marte Johansen (Andenes)"
NTGOV = "Northern Territory Government"
FLORIDA = "a Florida launch operator"
WHALE = "Andenes whale safari operators' association"
ANDOY = "Andøy municipality"

TH = "Tafelberg Home Holdings (board, chair Nomvula Khumalo)"
FORENSIC = "Mokoena & Vos, forensic accountants (report for Tafelberg's board)"
NPA = "National Prosecuting Authority (NPA) (prosecutor Adv. Refilwe Maseko)"
HAWKS = "Directorate for Priority Crime Investigation (Hawks)"
DEFENCE = "Adv. Johan Steyn SC, counsel for Deon Visagie"
MAG = "Magistrate Lindiwe Sithole, Specialised Commercial Crime Court, Bellville"
GROUP = "Tafelberg Shareholders' Action Group (lawyer Anika Pretorius)"
FUND = "Cape Municipal Pension Fund"
UNIONF = "National Union of Retail and Furniture Workers (general secretary Bongani Mahlangu)"
DUBE = "analyst Sipho Dube (Kloof Street Capital)"
CLAY = "analyst Rupert Clay (Farringdon Equity Research, London)"
WHISTLE = "whistleblower Carmen Jacobs, former group accountant"
AUDITOR = "Kruger Marais Inc., Tafelberg's auditors"
FSCA = "Financial Sector Conduct Authority (FSCA)"
STATSSA = "Stats SA"
HIGHVELD = "Highveld Bind, cement maker"
CPTTRAFFIC = "City of Cape Town traffic service"
LENDER = "a UK mortgage lender"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- coffee: Colombian coffee growers (UCN) block roads across the coffee belt and march in
    # Manizales after talks with the agriculture ministry over a guaranteed price collapse; the growers' time
    # 11:40 p.m. Tue 14 Mar 2028 COT (UTC-5) = 0440 GMT Wed = 12:40 a.m. EDT Wed (UTC-4, US daylight saving began
    # on 12 March; the date changes); the ministry says shortly after 2 a.m.
    # wire (MPA, date line), Wednesday 15 March
    ("coffee_wire.txt", "more than 60 blockades", 60, UCN, "caf_blockades", "ucn60"),
    ("coffee_wire.txt", "more than 15,000 growers", 15000, UCN, "caf_protesters", "ucn15k"),
    ("coffee_wire.txt", "about 290 km", 290, O, "caf_distance", "outw290"),
    ("coffee_wire.txt", "180 miles", 180, O, "caf_distance", "outw290"),
    ("coffee_wire.txt", "a guaranteed floor of 2.2 million pesos per carga", 2200000, UCN, "caf_ask", "ucn22"),
    ("coffee_wire.txt", "a base price of 1,480,000 pesos per carga", 1480000, ACETRIC, "caf_price", "acetric148"),
    ("coffee_wire.txt", "or about $372", 372, ACETRIC, "caf_price", "acetric148"),
    ("coffee_wire.txt", "at 11:40 p.m. on Tuesday", None, UCN, "caf_talks_end", "ucn1140"),
    ("coffee_wire.txt", "0440 GMT on Wednesday", None, UCN, "caf_talks_end", "ucn1140"),
    ("coffee_wire.txt", "after 14 hours of talks", 14, UCN, "caf_talks_hours", "ucn14"),
    ("coffee_wire.txt", "the minister got up and left", None, UCN, "caf_walkout", "ucnminister"),
    ("coffee_wire.txt", "acting as a cartel to keep farm-gate prices down", None, UCN, "caf_collusion", "ucncartel"),
    ("coffee_wire.txt", "for about 1.35 million pesos", 1350000, ACETRIC, "caf_cost", "acetric135"),
    ("coffee_wire.txt", "had fallen to about $1.70 a pound", 1.70, ACETRIC, "caf_ny_price", "acetric170"),
    ("coffee_wire.txt", "shipped 10.9 million 60-kg bags last year", 10900000, ACETRIC, "caf_exports", "acetricexp"),
    ("coffee_wire.txt", "at 12.6 million 60-kg bags", 12600000, MINAG, "caf_harvest", "minag126"),
    ("coffee_wire.txt", "756,000 tonnes", 756000, MINAG, "caf_harvest", "minag126"),
    ("coffee_wire.txt", "worth 10.2 trillion pesos to growers", 10200000000000, MINAG, "caf_value", "minag102"),
    ("coffee_wire.txt", "about 540,000 families", 540000, MINAG, "caf_families", "minag540"),
    ("coffee_wire.txt", "provides work for about 780,000 people", 780000, MINAG, "caf_jobs", "minagjobs"),
    ("coffee_wire.txt", "no tear gas was used", None, POLCO, "caf_teargas", "polnogas"),
    ("coffee_wire.txt", "About 1,300 trucks were stranded", 1300, POLCO, "caf_trucks", "pol1300"),
    ("coffee_wire.txt", "a relief fund of 350 billion pesos", 350000000000, MINAG, "caf_aid", "minag350"),
    ("coffee_wire.txt", "risen about 12% in a year", 12, MINAG, "caf_fertiliser", "minag12"),
    # radio station website (Radio Cordillera English, Manizales; date glued to the headline), Wednesday 15 March
    ("coffee_radio.txt", "began on Monday, March 6", None, UCN, "caf_strike_start", "ucnmar6"),
    ("coffee_radio.txt", "about 2,500 people", 2500, POLCO, "caf_protesters", "pol2500"),
    ("coffee_radio.txt", "arrested 12 people after a shop window was broken", 12, POLCO, "caf_arrests", "pol12"),
    ("coffee_radio.txt", "at 31 points on the country's roads", 31, POLCO, "caf_blockades", "pol31"),
    ("coffee_radio.txt", "riot police fired tear gas at growers", None, UCN, "caf_teargas", "ucngas"),
    ("coffee_radio.txt", "costs a grower 1.9 million pesos to produce a carga", 1900000, UCN, "caf_cost", "ucn19"),
    ("coffee_radio.txt", "more than 560,000 families", 560000, UCN, "caf_families", "ucn560"),
    ("coffee_radio.txt", "worth 120 billion pesos at most", 120000000000, UCN, "caf_aid", "ucn120"),
    ("coffee_radio.txt", "about 56,000 million pesos a day", 56000000000, ACETRIC, "caf_loss_day", "acetric56"),
    ("coffee_radio.txt", "holding out for 2.5 million pesos per carga", 2500000, ACETRIC, "caf_ask", "acetric25"),
    ("coffee_radio.txt", "about 4,500 trucks were stuck", 4500, COLFLETES, "caf_trucks", "colf4500"),
    ("coffee_radio.txt", "shortly after 2 a.m. on Wednesday", None, MINAG, "caf_talks_end", "minag2am"),
    ("coffee_radio.txt", "it was the growers' negotiators who walked out", None, MINAG, "caf_walkout", "minaggrowers"),
    ("coffee_radio.txt", "has met growers' leaders four times since January", 4, MINAG, "caf_meet", "minag4"),
    ("coffee_radio.txt", "more than 2.40 dollars a pound", 2.40, UCN, "caf_ny_price", "ucn240"),
    ("coffee_radio.txt", "up to 120 millimetres of rain", 120, IDEAM, "caf_rain", "ideam120"),
    # US trade publication (Green Bean Report, New York; Eastern time, US dollars), Thursday 16 March
    ("coffee_trade.txt", "US$372 per 125-kg carga", 372, ACETRIC, "caf_price", "acetric148"),
    ("coffee_trade.txt", "about US$553 a carga", 553, UCN, "caf_ask", "ucn22"),
    ("coffee_trade.txt", "at 12:40 a.m. ET on Wednesday", None, UCN, "caf_talks_end", "ucn1140"),
    ("coffee_trade.txt", "lasted less than nine hours", 9, MINAG, "caf_talks_hours", "minag9"),
    ("coffee_trade.txt", "about US$14 million a day", 14000000, ACETRIC, "caf_loss_day", "acetric56"),
    ("coffee_trade.txt", "some 1,900 containers", 1900, ACETRIC, "caf_containers", "acetric1900"),
    ("coffee_trade.txt", "every exporter sets its own buying price", None, ACETRIC, "caf_collusion", "acetricown"),
    ("coffee_trade.txt", "settled on Wednesday at US$1.94 a pound", 1.94, O, "caf_ny_price", "out194"),
    ("coffee_trade.txt", "11.8 million bags", 11800000, USDA, "caf_harvest", "usda118"),
    ("coffee_trade.txt", "about US$2.56 billion", 2560000000, MINAG, "caf_value", "minag102"),
    ("coffee_trade.txt", "about 66 million bags", 66000000, O, "caf_brazil", "outbrazil"),
    # local weekly (The Coffee Triangle Courier, Salento, English-language; masthead date), Wednesday 22 March
    ("coffee_local.txt", "now holding 84 blockades", 84, UCN, "caf_blockades", "ucn84"),
    ("coffee_local.txt", "the first blockades went up on March 8", None, POLCO, "caf_strike_start", "qpolmar8"),
    ("coffee_local.txt", "arrested 19 people in all", 19, POLCO, "caf_arrests", "pol19"),
    ("coffee_local.txt", "raised its base price to 1,560,000 pesos", 1560000, ACETRIC, "caf_price", "acetric156"),
    ("coffee_local.txt", "barely 8 trillion pesos", 8000000000000, UCN, "caf_value", "ucn8"),
    ("coffee_local.txt", "relief fund for growers to 500 billion pesos", 500000000000, MINAG, "caf_aid", "minag500"),
    ("coffee_local.txt", "has not met us once", None, UCN, "caf_meet", "ucnnever"),
    ("coffee_local.txt", "some 290 km from Bogotá", 290, O, "caf_distance", "outl290"),
    ("coffee_local.txt", "up 45% since last year", 45, OSPINA, "caf_fertiliser", "ospina45"),
    ("coffee_local.txt", "at 1.62 million pesos", 1620000, CARDENAS, "caf_cost", "card162"),
    ("coffee_local.txt", "closer to 20,000 million pesos a day", 20000000000, CARDENAS, "caf_loss_day", "card20"),
    ("coffee_local.txt", "received 1.2 million visitors last year", 1200000, SALENTO, "caf_salento_visitors", "salento"),
    ("coffee_local.txt", "will rise to 20,000 pesos from April 1", 20000, COCORA, "caf_cocora_fee", "cocora"),

    # ---------------- rocket: Vesterål Launch's Skarv rocket, on its first orbital attempt from the Nordmela pad
    # on Andøya, Norway, failed about a minute after liftoff and fell into the Norwegian Sea; liftoff 11:07 p.m.
    # CEST (UTC+2) on Tue 20 Jun 2028 = 2107 GMT = 6:37 a.m. on Wednesday in Darwin (ACST, UTC+9:30, a half-hour
    # zone; the date changes); a spectator says about a quarter to twelve
    # wire (PNA, date line with a leading space), Wednesday 21 June
    ("rocket_wire.txt", "all seven satellites on board", 7, VL, "roc_satellites", "vl7"),
    ("rocket_wire.txt", "27-metre", 27, O, "roc_height", "outw27"),
    ("rocket_wire.txt", "89-foot", 89, O, "roc_height", "outw27"),
    ("rocket_wire.txt", "at 11:07 p.m. local time", None, VL, "roc_liftoff", "vl2307"),
    ("rocket_wire.txt", "2107 GMT", None, VL, "roc_liftoff", "vl2307"),
    ("rocket_wire.txt", "about 270 km", 270, O, "roc_arctic", "outw270"),
    ("rocket_wire.txt", "170 miles", 170, O, "roc_arctic", "outw270"),
    ("rocket_wire.txt", "73 seconds after liftoff", 73, VL, "roc_anomaly", "vl73"),
    ("rocket_wire.txt", "about 18 km", 18, VL, "roc_altitude", "vl18"),
    ("rocket_wire.txt", "11 miles", 11, VL, "roc_altitude", "vl18"),
    ("rocket_wire.txt", "a valve in the first-stage oxidiser feed line stuck open", None, VL, "roc_cause", "vlvalve"),
    ("rocket_wire.txt", "about 40 km", 40, VL, "roc_offshore", "vl40"),
    ("rocket_wire.txt", "25 miles", 25, VL, "roc_offshore", "vl40"),
    ("rocket_wire.txt", "within five months", 5, VL, "roc_next", "vl5"),
    ("rocket_wire.txt", "more than 5,000 spectators", 5000, VL, "roc_spectators", "vl5000"),
    ("rocket_wire.txt", "called off three times earlier in June", 3, VL, "roc_scrubs", "vl3"),
    ("rocket_wire.txt", "520-km", 520, VL, "roc_orbit", "vl520"),
    ("rocket_wire.txt", "323-mile", 323, VL, "roc_orbit", "vl520"),
    ("rocket_wire.txt", "insured for a total of 340 million Norwegian crowns", 340000000, VL, "roc_payload_value",
     "vl340"),
    ("rocket_wire.txt", "$32.5 million", 32500000, VL, "roc_payload_value", "vl340"),
    ("rocket_wire.txt", "recovered 14 pieces of debris", 14, KYST, "roc_debris", "kyst14"),
    ("rocket_wire.txt", "no vessel was closer than 9 km", 9, KYST, "roc_closest", "kyst9"),
    ("rocket_wire.txt", "No fuel slick had been seen on the water", None, KYST, "roc_slick", "kystnoslick"),
    ("rocket_wire.txt", "for six hours before the launch", 6, KYST, "roc_closure", "kyst6h"),
    ("rocket_wire.txt", "fell 27% on Wednesday", 27, O, "roc_shares", "outshares"),
    ("rocket_wire.txt", "employs about 160 people", 160, VL, "roc_staff", "vl160"),
    ("rocket_wire.txt", "a launch costs it about 95 million crowns", 95000000, VL, "roc_launch_cost", "vl95"),
    # live blog (Orbit Ledger, all times UTC, newest first, date glued to the headline), Tue 20 - Wed 21 June
    ("rocket_live.txt", "about 41 seconds into the flight", 41, NOSA, "roc_anomaly", "nosa41"),
    ("rocket_live.txt", "It is too early to name a cause", None, NOSA, "roc_cause", "nosaearly"),
    ("rocket_live.txt", "closer to NOK 180 million", 180000000, AAS, "roc_launch_cost", "aas180"),
    ("rocket_live.txt", "lift off at 6.37am", None, JABIRU, "roc_liftoff", "jab637"),
    ("rocket_live.txt", "lists Jabiru-1 as a 12 kg cubesat", 12, VL, "roc_jabiru_mass", "vl12"),
    ("rocket_live.txt", "the flight termination system triggered automatically", None, VL, "roc_terminate",
     "vlauto"),
    ("rocket_live.txt", "telemetry froze at T+58 seconds", 58, O, "roc_anomaly", "out58"),
    ("rocket_live.txt", "the last altitude reading at 24.6 km", 24.6, O, "roc_altitude", "out246"),
    ("rocket_live.txt", "slipped 24 hours", 24, FLORIDA, "roc_florida", "florida"),
    ("rocket_live.txt", "lifted off at 21:07:12 UTC", None, O, "roc_liftoff", "outlive"),
    ("rocket_live.txt", "after four scrubbed attempts this month", 4, O, "roc_scrubs", "out4"),
    ("rocket_live.txt", "nine satellites are on board", 9, O, "roc_satellites", "out9"),
    ("rocket_live.txt", "a 550 km sun-synchronous orbit", 550, O, "roc_orbit", "out550"),
    ("rocket_live.txt", "cost about US$1.9 million to build", 1900000, O, "roc_jabiru_cost", "out19"),
    ("rocket_live.txt", "300 km north of the Arctic Circle", 300, O, "roc_arctic", "outlive300"),
    # broadcaster website (TEB8 News Darwin; Darwin time only, Australian dollars), Wednesday 21 June
    ("rocket_darwin.txt", "at 6:37am on Wednesday, Darwin time", None, O, "roc_liftoff", "outdarwin"),
    ("rocket_darwin.txt", "one of eight satellites on board", 8, O, "roc_satellites", "outdarwin8"),
    ("rocket_darwin.txt", "just over a minute into the flight", 1, VL, "roc_anomaly", "vl73"),
    ("rocket_darwin.txt", "the 16-kilogram satellite", 16, JABIRU, "roc_jabiru_mass", "jab16"),
    ("rocket_darwin.txt", "cost A$3.8 million to build", 3800000, JABIRU, "roc_jabiru_cost", "jab38"),
    ("rocket_darwin.txt", "about NOK 26 million", 26000000, JABIRU, "roc_jabiru_cost", "jab38"),
    ("rocket_darwin.txt", "Jabiru-1 was not insured", None, JABIRU, "roc_jabiru_insured", "jabnotins"),
    ("rocket_darwin.txt", "insured for a total of about A$49 million", 49000000, VL, "roc_payload_value", "vl340"),
    ("rocket_darwin.txt", "a A$1.2 million grant", 1200000, NTGOV, "roc_grant", "ntgrant"),
    ("rocket_darwin.txt", "The company's 12 staff", 12, O, "roc_jabiru_staff", "outstaff"),
    ("rocket_darwin.txt", "could be ready in 18 months", 18, JABIRU, "roc_replacement", "jab18"),
    ("rocket_darwin.txt", "the 30-metre Skarv", 30, O, "roc_height", "outdarwin30"),
    ("rocket_darwin.txt", "about A$13.7 million", 13700000, VL, "roc_launch_cost", "vl95"),
    ("rocket_darwin.txt", "fly again before the end of the year", None, VL, "roc_next", "vl5"),
    # local weekly (The Vesterålen Weekly, English edition, Andenes; date line), Friday 23 June
    ("rocket_local.txt", "came down within 300 metres of our trawler", 300, NILSEN, "roc_closest", "nilsen300"),
    ("rocket_local.txt", "a slick about three kilometres long", 3, NILSEN, "roc_slick", "nilsenslick"),
    ("rocket_local.txt", "recovered 31 pieces of debris", 31, KYST, "roc_debris", "kyst31"),
    ("rocket_local.txt", "some 12 nautical miles off Andøya's west coast", 12, JRCC, "roc_offshore", "jrcc12"),
    ("rocket_local.txt", "about 1,800 people watched the launch", 1800, NPOL, "roc_spectators", "npol1800"),
    ("rocket_local.txt", "at about a quarter to twelve", None, JOHANSEN, "roc_liftoff", "johansen"),
    ("rocket_local.txt", "the range safety officer sent the command to end the flight", None, RANGE,
     "roc_terminate", "rangecmd"),
    ("rocket_local.txt", "after 66 seconds", 66, RANGE, "roc_anomaly", "range66"),
    ("rocket_local.txt", "a software error in the guidance computer", None, ENGINEER, "roc_cause", "engsoftware"),
    ("rocket_local.txt", "reached at least 31 km", 31, NOSA, "roc_altitude", "nosa31"),
    ("rocket_local.txt", "no new launch licence before next summer", None, NOSA, "roc_next", "nosanext"),
    ("rocket_local.txt", "every payload on board was insured", None, VL, "roc_jabiru_insured", "vlallins"),
    ("rocket_local.txt", "worth no more than 150 million crowns", 150000000, AAS, "roc_payload_value", "aas150"),
    ("rocket_local.txt", "The 27-metre Skarv", 27, O, "roc_height", "outl27"),
    ("rocket_local.txt", "a record 41,000 passengers last season", 41000, WHALE, "roc_whales", "whale"),
    ("rocket_local.txt", "spend kr 12 million", 12000000, ANDOY, "roc_bleik_road", "andoy"),

    # ---------------- fraud: a forensic report (Tue 5 Sep 2028) found that Tafelberg Home Holdings, a South African
    # furniture retailer (owner of the UK chain Hearth & Harbour), had booked sham sales; its shares fell and were
    # suspended at 10:15 a.m. SAST (UTC+2) = 9.15am BST (UTC+1); the former chief executive Deon Visagie was arrested
    # at 5:40 a.m. on Wednesday (4.40am UK time; his counsel says he handed himself in at 8 a.m.) and appeared in
    # the Specialised Commercial Crime Court in Bellville, Cape Town, at 2:12 p.m. (just after 1pm UK time)
    # business daily (The Exchange Gazette, Johannesburg; date prefix with a leading space and the masthead on the
    # same line), Thursday 7 September
    ("fraud_business.txt", "bringing the number of accused to nine", 9, NPA, "fra_accused", "npa9"),
    ("fraud_business.txt", "overstated profit by R7.9 billion", 7900000000, FORENSIC, "fra_overstated", "forensic79"),
    ("fraud_business.txt", "from the 2021 financial year", None, FORENSIC, "fra_period", "forensic2021"),
    ("fraud_business.txt", "personally approved 37 of the fictitious transactions", 37, FORENSIC, "fra_signed",
     "forensic37"),
    ("fraud_business.txt", "fell 61%", 61, O, "fra_share_fall", "outb61"),
    ("fraud_business.txt", "at 10:15 a.m. on Tuesday", None, O, "fra_susp_time", "outbsusp"),
    ("fraud_business.txt", "wiped R23 billion off", 23000000000, O, "fra_value_lost", "outb23"),
    ("fraud_business.txt", "a reported profit of R3.1 billion", 3100000000, TH, "fra_reported_profit", "th31"),
    ("fraud_business.txt", "a restated loss of R2.3 billion", 2300000000, TH, "fra_restated", "th23"),
    ("fraud_business.txt", "at 5:40 a.m. on Wednesday", None, HAWKS, "fra_arrest_time", "hawks540"),
    ("fraud_business.txt", "shortly after 3 p.m.", None, O, "fra_court_time", "outb3pm"),
    ("fraud_business.txt", "granted R2-million bail", 2000000, MAG, "fra_bail", "mag2m"),
    ("fraud_business.txt", "the R250,000 his counsel had offered", 250000, DEFENCE, "fra_bail_offered", "def250k"),
    ("fraud_business.txt", "has not handed over a Portuguese passport", None, NPA, "fra_passport", "npaport"),
    ("fraud_business.txt", "first learned of irregularities in November 2027", None, TH, "fra_whistle", "thnov27"),
    ("fraud_business.txt", "about 38,000 people", 38000, TH, "fra_employees", "th38k"),
    ("fraud_business.txt", "1,240 stores", 1240, TH, "fra_stores", "th1240"),
    ("fraud_business.txt", "R14 billion of debt", 14000000000, TH, "fra_debt", "th14"),
    ("fraud_business.txt", "R96 million in audit fees", 96000000, FORENSIC, "fra_audit_fee", "forensic96"),
    ("fraud_business.txt", "received R46.5 million", 46500000, TH, "fra_ceo_pay", "th465"),
    ("fraud_business.txt", "closer to R3.4 billion", 3400000000, GROUP, "fra_pension_loss", "group34"),
    ("fraud_business.txt", "share sales worth R310 million", 310000000, FSCA, "fra_insider", "fsca310"),
    ("fraud_business.txt", "Retail sales rose 3.1% in July", 3.1, STATSSA, "fra_retail_sales", "statssa"),
    ("fraud_business.txt", "interim profit rose 12%", 12, HIGHVELD, "fra_cement", "highveld"),
    # live blog (Mother City Live, Bellville court, SAST, newest first; date line), Wednesday 6 September
    ("fraud_live.txt", "postponed the case to 14 November", None, MAG, "fra_next_date", "mag1411"),
    ("fraud_live.txt", "set bail of R2 million", 2000000, MAG, "fra_bail", "mag2m"),
    ("fraud_live.txt", "asked for bail of R10 million", 10000000, NPA, "fra_bail_asked", "npa10m"),
    ("fraud_live.txt", "never approved a single one of these entries", None, DEFENCE, "fra_signed", "defnever"),
    ("fraud_live.txt", "surrendered both his passports", None, DEFENCE, "fra_passport", "defboth"),
    ("fraud_live.txt", "handed himself in at 8 a.m.", None, DEFENCE, "fra_arrest_time", "def8"),
    ("fraud_live.txt", "the fraud ran to more than R11 billion", 11000000000, NPA, "fra_overstated", "npa11"),
    ("fraud_live.txt", "since at least 2019", None, NPA, "fra_period", "npa2019"),
    ("fraud_live.txt", "had charged seven accused so far", 7, NPA, "fra_accused", "npa7"),
    ("fraud_live.txt", "facing 1,163 counts", 1163, NPA, "fra_counts", "npa1163"),
    ("fraud_live.txt", "appeared in the dock at 2:12pm", None, O, "fra_court_time", "outlive212"),
    ("fraud_live.txt", "taken home R71 million last year", 71000000, UNIONF, "fra_ceo_pay", "union71"),
    ("fraud_live.txt", "more than 52,000 workers", 52000, UNIONF, "fra_employees", "union52k"),
    ("fraud_live.txt", "lost R38 billion since Tuesday morning", 38000000000, GROUP, "fra_value_lost", "group38"),
    ("fraud_live.txt", "worth more than R500 million", 500000000, GROUP, "fra_insider", "group500"),
    ("fraud_live.txt", "has lost R2.1 billion on its stake", 2100000000, FUND, "fra_pension_loss", "fund21"),
    ("fraud_live.txt", "warned the audit committee in March 2025", None, WHISTLE, "fra_whistle", "whistle2025"),
    ("fraud_live.txt", "halted Tafelberg shares shortly after 11 on Tuesday", None, DUBE, "fra_susp_time", "dube11"),
    ("fraud_live.txt", "down 68%", 68, DUBE, "fra_share_fall", "dube68"),
    ("fraud_live.txt", "to show a loss of R2.3 billion", 2300000000, TH, "fra_restated", "th23"),
    ("fraud_live.txt", "a 6km tailback", 6, CPTTRAFFIC, "fra_traffic", "traffic"),
    # UK broadcaster website (ABN News Business; UK time, pounds), Wednesday 6 September
    ("fraud_uk.txt", "just after 1pm UK time", None, O, "fra_court_time", "outuk1pm"),
    ("fraud_uk.txt", "at 4.40am UK time", None, HAWKS, "fra_arrest_time", "hawks540"),
    ("fraud_uk.txt", "bail at about £86,000", 86000, MAG, "fra_bail", "mag2m"),
    ("fraud_uk.txt", "until November 14", None, MAG, "fra_next_date", "mag1411"),
    ("fraud_uk.txt", "about £340 million", 340000000, FORENSIC, "fra_overstated", "forensic79"),
    ("fraud_uk.txt", "signed off on 37 of the sham deals", 37, FORENSIC, "fra_signed", "forensic37"),
    ("fraud_uk.txt", "put the overstatement at R4.6 billion", 4600000000, TH, "fra_overstated", "th46"),
    ("fraud_uk.txt", "confined to the past three financial years", None, TH, "fra_period", "ththree"),
    ("fraud_uk.txt", "11 people had now been charged", 11, HAWKS, "fra_accused", "hawks11"),
    ("fraud_uk.txt", "more than 1,100 counts", 1100, O, "fra_counts", "outuk1100"),
    ("fraud_uk.txt", "plunged 74%", 74, O, "fra_share_fall", "outuk74"),
    ("fraud_uk.txt", "at 9.15am UK time", None, O, "fra_susp_time", "outuksusp"),
    ("fraud_uk.txt", "nearly £1 billion", 1000000000, O, "fra_value_lost", "outuk1"),
    ("fraud_uk.txt", "more than 1,400 shops", 1400, O, "fra_stores", "outuk1400"),
    ("fraud_uk.txt", "160 Hearth & Harbour stores", 160, O, "fra_uk_stores", "outuk160"),
    ("fraud_uk.txt", "employs 1,900 staff in Britain", 1900, O, "fra_uk_staff", "outuk1900"),
    ("fraud_uk.txt", "raised the alarm three years ago", None, WHISTLE, "fra_whistle", "whistle2025"),
    ("fraud_uk.txt", "paid about £2 million last year", 2000000, TH, "fra_ceo_pay", "th465"),
    ("fraud_uk.txt", "paid R61 million over the period", 61000000, AUDITOR, "fra_audit_fee", "aud61"),
    ("fraud_uk.txt", "a loss of at least R5 billion", 5000000000, CLAY, "fra_restated", "clay5"),
    ("fraud_uk.txt", "closer to R19 billion", 19000000000, CLAY, "fra_debt", "clay19"),
    ("fraud_uk.txt", "lost about £90 million on its stake", 90000000, FUND, "fra_pension_loss", "fund21"),
    ("fraud_uk.txt", "rose 1.2% in August", 1.2, LENDER, "fra_uk_house_prices", "lender"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("coffee_wire.txt", "thousands marched in the city of Manizales", None, O, "caf_opt_lede_march"),
    ("coffee_wire.txt", "125-kg (276-lb) load", 125, O, "caf_opt_carga"),
    ("coffee_wire.txt", "their lowest in 14 months", 14, ACETRIC, "caf_opt_lowest"),
    ("coffee_wire.txt", "cleared two blockades near Pitalito", 2, POLCO, "caf_opt_cleared"),
    ("coffee_wire.txt", "A police officer was hit by a stone", 1, POLCO, "caf_opt_officer"),
    ("coffee_wire.txt", "that lasted 12 days", 12, O, "caf_opt_2013"),
    ("coffee_radio.txt", "Thousands of coffee growers", None, O, "caf_opt_radio_march"),
    ("coffee_radio.txt", "the tenth day of a strike", 10, O, "caf_opt_tenth_day"),
    ("coffee_radio.txt", "in 14 neighbourhoods", 14, "Manizales water company", "caf_opt_water_cut"),
    ("coffee_radio.txt", "grew coffee for 44 years", 44, "reader jorgeluis_chinchina", "caf_opt_reader"),
    ("coffee_radio.txt", "Paid 14,000 pesos for a bag of fertiliser in 2020", 14000, "reader Marta R.",
     "caf_opt_reader"),
    ("coffee_trade.txt", "at least two U.S. roasters", 2, O, "caf_opt_roasters"),
    ("coffee_trade.txt", "up 6 cents on the day", 6, O, "caf_opt_six_cents"),
    ("coffee_trade.txt", "around 29 million", 29000000, O, "caf_opt_vietnam"),
    ("coffee_local.txt", "entered its third week", 3, O, "caf_opt_third_week"),
    ("coffee_local.txt", "across nine departments", 9, UCN, "caf_opt_departments"),
    ("coffee_local.txt", "I used to buy 40 bags for the main harvest", 40, OSPINA, "caf_opt_ospina_bags"),
    ("coffee_local.txt", "This year I bought 22", 22, OSPINA, "caf_opt_ospina_bags"),
    ("coffee_local.txt", "survey of 112 farms", 112, CARDENAS, "caf_opt_survey"),
    ("coffee_local.txt", "start at 7 p.m. on Holy Thursday", None, O, "caf_opt_procession"),
    ("coffee_local.txt", "in Filandia for 31 years", 31, "reader A. Montoya", "caf_opt_reader"),
    ("coffee_local.txt", "In 2013 the strike lasted 12 days", 12, "reader A. Montoya", "caf_opt_reader"),
    ("coffee_local.txt", "lost 60% of its bookings", 60, "reader K. Baxter", "caf_opt_reader"),
    ("rocket_wire.txt", "27 minutes into its launch window", 27, VL, "roc_opt_window"),
    ("rocket_wire.txt", "weighed 85 kg", 85, VL, "roc_opt_largest"),
    ("rocket_wire.txt", "a 4-metre section of the interstage", 4, KYST, "roc_opt_largest_piece"),
    ("rocket_wire.txt", "it would lead an investigation", None, NOSA, "roc_opt_investigation"),
    ("rocket_live.txt", "since its first engine test in 2021", None, AAS, "roc_opt_engine_test"),
    ("rocket_live.txt", "we knew something was wrong a minute later", 1, JABIRU, "roc_opt_minute_later"),
    ("rocket_live.txt", "No one on the ground was hurt", None, VL, "roc_opt_nobody_hurt"),
    ("rocket_live.txt", "from about T+50", 50, O, "roc_opt_plume"),
    ("rocket_live.txt", "runs for two hours", 2, O, "roc_opt_window_length"),
    ("rocket_live.txt", "Seven satellite operators", 7, O, "roc_opt_operators"),
    ("rocket_live.txt", "must have been 3,000 of us", 3000, "reader polarwatcher", "roc_opt_reader"),
    ("rocket_live.txt", "I have seen 14 launches", 14, "reader TromsoRocketFan", "roc_opt_reader"),
    ("rocket_live.txt", "27 minutes into the window and they still went", 27, "reader k_hansen", "roc_opt_reader"),
    ("rocket_darwin.txt", "spent three years building", 3, JABIRU, "roc_opt_three_years"),
    ("rocket_darwin.txt", "more than a third of the satellite's cost", None, JABIRU, "roc_opt_premium"),
    ("rocket_darwin.txt", "A$3.8m is nothing", 3800000, "reader NightcliffMike", "roc_opt_reader"),
    ("rocket_darwin.txt", "12 of the smartest people", 12, "reader Kaz_Palmerston", "roc_opt_reader"),
    ("rocket_local.txt", "for 38 years", 38, NILSEN, "roc_opt_nilsen"),
    ("rocket_local.txt", "in Bleik for 52 years", 52, "reader Solveig B.", "roc_opt_reader"),
    ("rocket_local.txt", "brought 40 jobs to Andøy", 40, "reader T. Karlsen", "roc_opt_reader"),
    ("fraud_business.txt", "Visagie, 58", 58, O, "fra_opt_age"),
    ("fraud_business.txt", "more than 4,000 small investors", 4000, GROUP, "fra_opt_members"),
    ("fraud_business.txt", "four local banks", 4, TH, "fra_opt_banks"),
    ("fraud_business.txt", "over the six years covered by the report", 6, FORENSIC, "fra_opt_six_years"),
    ("fraud_business.txt", "meets again on 21 September", None, "South African Reserve Bank", "fra_opt_mpc"),
    ("fraud_live.txt", "twice a week", 2, MAG, "fra_opt_reporting"),
    ("fraud_live.txt", "two years earlier than the forensic report says", 2, NPA, "fra_opt_two_years"),
    ("fraud_live.txt", "about 200 members", 200, O, "fra_opt_picket"),
    ("fraud_live.txt", "a 4% increase", 4, UNIONF, "fra_opt_pay_rise"),
    ("fraud_live.txt", "six months later I was retrenched", 6, WHISTLE, "fra_opt_retrenched"),
    ("fraud_live.txt", "R40,000 of my savings", 40000, "reader Zanele_M", "fra_opt_reader"),
    ("fraud_live.txt", "2 million bail for an 11 billion fraud", None, "reader capetown_investor", "fra_opt_reader"),
    ("fraud_live.txt", "it lasted 2 years", 2, "reader Riaan vd W", "fra_opt_reader"),
    ("fraud_uk.txt", "over six years", 6, FORENSIC, "fra_opt_uk_six_years"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # coffee
    "caf_blockades": {("ucn60", "pol31"): C, ("ucn60", "ucn84"): U, ("pol31", "ucn84"): C},
    "caf_protesters": {("ucn15k", "pol2500"): C},
    "caf_distance": {("outw290", "outl290"): CO},
    "caf_ask": {("ucn22", "ucn22"): SC, ("ucn22", "acetric25"): C},
    "caf_price": {("acetric148", "acetric148"): SC, ("acetric148", "acetric156"): U},
    "caf_talks_end": {("ucn1140", "ucn1140"): SC, ("ucn1140", "minag2am"): C},
    "caf_talks_hours": {("ucn14", "minag9"): C},
    "caf_walkout": {("ucnminister", "minaggrowers"): C},
    "caf_collusion": {("ucncartel", "acetricown"): C},
    "caf_cost": {("acetric135", "ucn19"): C, ("acetric135", "card162"): C, ("ucn19", "card162"): C},
    "caf_ny_price": {("acetric170", "out194"): C, ("acetric170", "ucn240"): C, ("out194", "ucn240"): C},
    "caf_harvest": {("minag126", "usda118"): C},
    "caf_value": {("minag102", "minag102"): SC, ("minag102", "ucn8"): C},
    "caf_families": {("minag540", "ucn560"): C},
    "caf_teargas": {("polnogas", "ucngas"): C},
    "caf_aid": {("minag350", "ucn120"): C, ("minag350", "minag500"): U, ("ucn120", "minag500"): C},
    "caf_fertiliser": {("minag12", "ospina45"): C},
    "caf_strike_start": {("ucnmar6", "qpolmar8"): C},
    "caf_arrests": {("pol12", "pol19"): U},
    "caf_loss_day": {("acetric56", "acetric56"): SC, ("acetric56", "card20"): C},
    "caf_trucks": {("colf4500", "pol1300"): C},
    "caf_meet": {("minag4", "ucnnever"): C},
    # rocket
    "roc_satellites": {("vl7", "out9"): C, ("vl7", "outdarwin8"): C, ("out9", "outdarwin8"): C},
    "roc_height": {("outw27", "outdarwin30"): C, ("outw27", "outl27"): CO, ("outdarwin30", "outl27"): C},
    "roc_liftoff": {("vl2307", "outlive"): CO, ("vl2307", "jab637"): CO, ("vl2307", "outdarwin"): CO,
                    ("vl2307", "johansen"): C, ("outlive", "outdarwin"): CO, ("jab637", "outdarwin"): CO,
                    ("outlive", "johansen"): C, ("jab637", "johansen"): C, ("outdarwin", "johansen"): C},
    "roc_arctic": {("outw270", "outlive300"): C},
    "roc_anomaly": {("vl73", "vl73"): SC, ("vl73", "nosa41"): C, ("vl73", "out58"): C, ("vl73", "range66"): C,
                    ("nosa41", "range66"): C, ("out58", "range66"): C},
    "roc_altitude": {("vl18", "out246"): C, ("vl18", "nosa31"): C, ("out246", "nosa31"): C},
    "roc_cause": {("vlvalve", "nosaearly"): C, ("vlvalve", "engsoftware"): C, ("nosaearly", "engsoftware"): C},
    "roc_offshore": {("vl40", "jrcc12"): C},
    "roc_next": {("vl5", "vl5"): SC, ("vl5", "nosanext"): C},
    "roc_spectators": {("vl5000", "npol1800"): C},
    "roc_scrubs": {("vl3", "out4"): C},
    "roc_orbit": {("vl520", "out550"): C},
    "roc_payload_value": {("vl340", "vl340"): SC, ("vl340", "aas150"): C},
    "roc_debris": {("kyst14", "kyst31"): U},
    "roc_closest": {("kyst9", "nilsen300"): C},
    "roc_slick": {("kystnoslick", "nilsenslick"): C},
    "roc_launch_cost": {("vl95", "vl95"): SC, ("vl95", "aas180"): C},
    "roc_jabiru_mass": {("vl12", "jab16"): C},
    "roc_terminate": {("vlauto", "rangecmd"): C},
    "roc_jabiru_cost": {("out19", "jab38"): C},
    "roc_jabiru_insured": {("jabnotins", "vlallins"): C},
    # fraud
    "fra_accused": {("npa9", "npa7"): U, ("npa9", "hawks11"): C, ("npa7", "hawks11"): C},
    "fra_overstated": {("forensic79", "forensic79"): SC, ("forensic79", "npa11"): C, ("forensic79", "th46"): C,
                       ("npa11", "th46"): C},
    "fra_period": {("forensic2021", "npa2019"): C, ("forensic2021", "ththree"): C, ("npa2019", "ththree"): C},
    "fra_signed": {("forensic37", "forensic37"): SC, ("forensic37", "defnever"): C},
    "fra_share_fall": {("outb61", "dube68"): C, ("outb61", "outuk74"): C, ("dube68", "outuk74"): C},
    "fra_susp_time": {("outbsusp", "dube11"): C, ("outbsusp", "outuksusp"): CO, ("dube11", "outuksusp"): C},
    "fra_value_lost": {("outb23", "group38"): C, ("outb23", "outuk1"): CO, ("group38", "outuk1"): C},
    "fra_restated": {("th23", "th23"): SC, ("th23", "clay5"): C},
    "fra_arrest_time": {("hawks540", "hawks540"): SC, ("hawks540", "def8"): C},
    "fra_court_time": {("outb3pm", "outlive212"): C, ("outb3pm", "outuk1pm"): C, ("outlive212", "outuk1pm"): CO},
    "fra_bail": {("mag2m", "mag2m"): SC},
    "fra_passport": {("npaport", "defboth"): C},
    "fra_whistle": {("thnov27", "whistle2025"): C, ("whistle2025", "whistle2025"): SC},
    "fra_employees": {("th38k", "union52k"): C},
    "fra_stores": {("th1240", "outuk1400"): C},
    "fra_debt": {("th14", "clay19"): C},
    "fra_audit_fee": {("forensic96", "aud61"): C},
    "fra_ceo_pay": {("th465", "union71"): C, ("th465", "th465"): SC},
    "fra_pension_loss": {("group34", "fund21"): C, ("fund21", "fund21"): SC},
    "fra_insider": {("fsca310", "group500"): C},
    "fra_next_date": {("mag1411", "mag1411"): SC},
    "fra_counts": {("npa1163", "outuk1100"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
