"""Hand labels for bench/blind33 (a nationwide overnight internet outage in Nepal, with times in Nepal Time,
UTC+5:45; a Kiribati High Court verdict fining the owners of a Philippine purse-seiner caught fishing inside the
Phoenix Islands Protected Area, with times in Tarawa, UTC+12; a hostile takeover battle for a Trinidad cement maker
by a Jamaican conglomerate).
Run from the project root:
    /work/venv/bin/python bench/blind33/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
NTA = "Nepal Telecommunications Authority (NTA), the regulator (spokesman Suman Bhattarai)"
MOCIT = "Communications Minister Pradeep Gurung (Ministry of Communication and Information Technology)"
TRINET = "TriNet Gateway Pvt Ltd, the international gateway operator (chief technology officer Anil Shrestha)"
GTEL = "Gaurishankar Telecom, the largest mobile operator (spokeswoman Sarita Maharjan)"
ISPF = "Nepal Internet Providers' Forum (president Dipendra Karki)"
BHARAT = "Bharatlink Infra, the Indian carrier"
NRB = "Nepal Rastra Bank, the central bank"
PAYSATHI = "PaySathi, digital wallet company (chief executive Nisha Rana)"
POKHAREL = "economist Dr Hari Prasad Pokharel (Tribhuvan University)"
ITEXP = "Nepal IT Exporters' Association"
CAAN = "Civil Aviation Authority of Nepal"
NEPSE = "Nepal Stock Exchange (NEPSE)"
BROKERS = "Nepal Securities Brokers' Association"
NPOLICE = "Nepal Police"
SHAKYA = "Lalitpur ward chair Bikash Shakya"
TIA = "Tribhuvan International Airport office"
NTB = "Nepal Tourism Board"
GOLD = "Nepal's gold and silver dealers' federation"
KTMWATER = "Kathmandu valley water utility"

COURT = "Justice Helen Tebano, High Court of Kiribati (Betio)"
MFMRD = "Kiribati Ministry of Fisheries and Marine Resource Development (Fisheries Minister Taabeta Kaiririete)"
PROS = "the prosecution, Office of the Attorney General of Kiribati (State Counsel Teretia Akoorau)"
DEF = "defence counsel Graham Pyke (for the master and owners of the Mindanao Pearl 8)"
OWNER = "Mindanao Blue Seas Fishing Corp, the vessel's owner (General Santos City; operations manager Ramon Dizon)"
KPOL = "Kiribati Police Maritime Unit (Superintendent Tokintekai Bwebwe, patrol boat RKS Nareau)"
FFA = "Pacific Islands Forum Fisheries Agency (FFA), Honiara"
GREEN = "Blue Pacific Watch, environmental group (Ana Rorobuaka)"
WATTANAKUL = "tuna market analyst Pim Wattanakul (Bangkok)"
PNAO = "Office of the Parties to the Nauru Agreement (PNAO)"
DFA = "Philippine Department of Foreign Affairs (DFA)"
BFAR = "Philippine Bureau of Fisheries and Aquatic Resources (BFAR)"
CREWU = "Gensan Fishworkers' Alliance"
GUIAMADIL = "crew member's wife Lorna Guiamadil (General Santos City)"
COPRA = "Kiribati copra cooperative society"
UTILMIN = "Kiribati utilities ministry"

HALCYON = "Halcyon Industrial Group, the bidder (Kingston; chief executive Marcus Wellington-Reid)"
NRCH = "Northern Range Cement Holdings, the target (board; chairman Anand Maharaj)"
TTSEC = "Trinidad and Tobago Securities and Exchange Commission (TTSEC)"
FTC = "Jamaica's Fair Trading Commission"
UNION = "National Cement and Quarry Workers' Union (president Curtis Baptiste)"
RAMDASS = "analyst Keisha Ramdass (Savannah Capital, Port of Spain)"
FRASER = "analyst Damion Fraser (Blue Mahoe Securities, Kingston)"
PERSAD = "Trinidad and Tobago Trade and Industry Minister Vishnu Persad"
PIEDRA = "Grupo Piedra Azul, Dominican cement group"
CARONI = "Caroni Workers' Pension Plan"
CSO = "Central Statistical Office (Trinidad and Tobago)"
MARAVAL = "Maraval Foods"
ENERGYMIN = "Trinidad and Tobago Energy Ministry"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- outage: a nationwide internet outage in Nepal on the night of Wed 17 - Thu 18 Jan 2029; the
    # regulator's times 9:50 p.m. Wednesday NPT (UTC+5:45) = 1605 GMT = 9:35 p.m. IST (UTC+5:30), and back by 4:40
    # a.m. Thursday NPT = 2255 GMT on Wednesday (the date changes) = 4:25 a.m. IST on Thursday; the gateway operator
    # blames roadworks in India, the regulator a software update, the Indian carrier says the fault was in Nepal
    # wire (CWN, "UPDATE 1-", date line), Thursday 18 January
    ("outage_wire.txt", "at 9:50 p.m. on Wednesday", None, NTA, "out_start", "nta950"),
    ("outage_wire.txt", "1605 GMT", None, NTA, "out_start", "nta950"),
    ("outage_wire.txt", "about 11 million internet users", 11000000, NTA, "out_users", "nta11"),
    ("outage_wire.txt", "by 4:40 a.m. on Thursday", None, NTA, "out_restored", "nta440"),
    ("outage_wire.txt", "2255 GMT on Wednesday", None, NTA, "out_restored", "nta440"),
    ("outage_wire.txt", "its investigation would report within 15 days", 15, NTA, "out_report", "nta15"),
    ("outage_wire.txt", "an excavator widening the highway on the Indian side of the border cut both fibre cables",
     None, TRINET, "out_cause", "gwdig"),
    ("outage_wire.txt", "about 6 km", 6, TRINET, "out_cut_site", "gw6"),
    ("outage_wire.txt", "3.7 miles", 3.7, TRINET, "out_cut_site", "gw6"),
    ("outage_wire.txt", "about 70% of the country's international capacity", 70, TRINET, "out_share", "gw70"),
    ("outage_wire.txt", "just three cross-border fibre links", 3, O, "out_links", "outw3"),
    ("outage_wire.txt", "about 1,240 Gbps", 1240, O, "out_capacity", "outw1240"),
    ("outage_wire.txt", "19.5 million mobile subscriptions", 19500000, GTEL, "out_gtel_subs", "gtelsubs"),
    ("outage_wire.txt", "about seven and a half hours", 7.5, GTEL, "out_duration", "gtel75"),
    ("outage_wire.txt", "5 GB of free data", 5, GTEL, "out_data_offer", "gtel5"),
    ("outage_wire.txt", "about 420,000 digital transactions failed", 420000, NRB, "out_payments", "nrb420"),
    ("outage_wire.txt", "worth 2.3 billion Nepalese rupees", 2300000000, NRB, "out_pay_value", "nrb23"),
    ("outage_wire.txt", "$17.2 million", 17200000, NRB, "out_pay_value", "nrb23"),
    ("outage_wire.txt", "23 flights were delayed", 23, CAAN, "out_flights", "caan23"),
    ("outage_wire.txt", "the 100 emergency number stayed up throughout", None, NPOLICE, "out_emergency", "police100"),
    # live blog (Nepal Tech Pulse, all times NPT, newest first, date glued to the headline), Wed 17 - Thu 18 Jan
    ("outage_live.txt", "10 GB of free data", 10, GTEL, "out_data_offer", "gtel10"),
    ("outage_live.txt", "a fine of up to Rs 10 million", 10000000, MOCIT, "out_fine_max", "mocit10"),
    ("outage_live.txt", "a report within seven days", 7, MOCIT, "out_report", "mocit7"),
    ("outage_live.txt", "more than 1.1 million payments failed", 1100000, PAYSATHI, "out_payments", "pay11"),
    ("outage_live.txt", "as much as Rs 6 billion", 6000000000, POKHAREL, "out_loss", "econ6"),
    ("outage_live.txt", "opened 75 minutes late", 75, NEPSE, "out_nepse", "nepse75"),
    ("outage_live.txt", "more than 40 flights", 40, O, "out_flights", "outl40"),
    ("outage_live.txt", "1,870 complaints", 1870, NTA, "out_complaints", "nta1870"),
    ("outage_live.txt", "nearly 18 million people", 18000000, ISPF, "out_users", "ispf18"),
    ("outage_live.txt", "six domestic flights", 6, TIA, "out_fog", "fog"),
    ("outage_live.txt", "could not reach the 100 emergency line", None, SHAKYA, "out_emergency", "shakya"),
    ("outage_live.txt", "back to normal at 4.40am", None, NTA, "out_restored", "nta440"),
    ("outage_live.txt", "around 9.15pm", None, GTEL, "out_start", "gtel915"),
    ("outage_live.txt", "were cut by roadworks in India", None, TRINET, "out_cause", "gwdig"),
    # Kathmandu daily in print (The Kathmandu Courier; masthead date, also in Bikram Sambat), Friday 19 January
    ("outage_daily.txt", "a faulty software update on the gateway's core routers", None, NTA, "out_cause", "ntasw"),
    ("outage_daily.txt", "lasted nearly seven hours", 7, NTA, "out_duration", "nta7"),
    ("outage_daily.txt", "some 12.4 million users", 12400000, NTA, "out_users", "nta124"),
    ("outage_daily.txt", "more than 4,300 complaints", 4300, NTA, "out_complaints", "nta4300"),
    ("outage_daily.txt", "was never told about any update", None, NTA, "out_notice", "ntanotice"),
    ("outage_daily.txt", "a maximum fine of Rs 2.5 million", 2500000, NTA, "out_fine_max", "nta25"),
    ("outage_daily.txt", "barely 800 metres south of the border post", 800, O, "out_cut_site", "outd800"),
    ("outage_daily.txt", "collapsed at 9.28pm on Wednesday", None, ISPF, "out_start", "ispf928"),
    ("outage_daily.txt", "not back online before 7 a.m. on Thursday", None, ISPF, "out_restored", "ispf7"),
    ("outage_daily.txt", "roughly 900 Gbps", 900, O, "out_capacity", "outd900"),
    ("outage_daily.txt", "closer to Rs 5 billion", 5000000000, PAYSATHI, "out_pay_value", "pay5"),
    ("outage_daily.txt", "at least Rs 1.8 billion", 1800000000, ITEXP, "out_loss", "itexp18"),
    ("outage_daily.txt", "29 flights in all", 29, CAAN, "out_flights", "caan29"),
    ("outage_daily.txt", "nearly two hours late", 2, BROKERS, "out_nepse", "brok2"),
    ("outage_daily.txt", "1.16 million foreign tourists", 1160000, NTB, "out_tourists", "ntb"),
    ("outage_daily.txt", "Rs 171,500 per tola", 171500, GOLD, "out_gold", "gold"),
    # Indian telecom trade publication (Signal & Spectrum, New Delhi; IST and Indian rupees, day/month byline date),
    # Thursday 18 January
    ("outage_india.txt", "at 9:35 p.m. IST on Wednesday", None, NTA, "out_start", "nta950"),
    ("outage_india.txt", "at 4:25 a.m. IST on Thursday", None, NTA, "out_restored", "nta440"),
    ("outage_india.txt", "92% of international bandwidth", 92, NTA, "out_share", "nta92"),
    ("outage_india.txt", "1.24 Tbps", 1.24, O, "out_capacity", "outi124"),
    ("outage_india.txt", "five cross-border fibre links", 5, O, "out_links", "outi5"),
    ("outage_india.txt", "the fault lay in Nepal, not in India", None, BHARAT, "out_cause", "bhnepal"),
    ("outage_india.txt", "Our network in Uttar Pradesh ran normally all night", None, BHARAT, "out_cause", "bhnepal"),
    ("outage_india.txt", "some 14 km from the border", 14, BHARAT, "out_cut_site", "bh14"),
    ("outage_india.txt", "informed the regulator two days in advance", None, TRINET, "out_notice", "gwnotice"),
    ("outage_india.txt", "more than nine hours", 9, ISPF, "out_duration", "ispf9"),
    ("outage_india.txt", "NPR 2.3 billion", 2300000000, NRB, "out_pay_value", "nrb23"),
    ("outage_india.txt", "about ₹1.44 billion", 1440000000, NRB, "out_pay_value", "nrb23"),
    ("outage_india.txt", "NPR 1.8 billion", 1800000000, ITEXP, "out_loss", "itexp18"),
    ("outage_india.txt", "about ₹1.13 billion", 1130000000, ITEXP, "out_loss", "itexp18"),
    ("outage_india.txt", "closed 1.8% lower", 1.8, O, "out_nepse_index", "outidx"),

    # ---------------- tuna: the High Court of Kiribati in Betio fines the owners of the Philippine purse-seiner
    # Mindanao Pearl 8, caught fishing inside the Phoenix Islands Protected Area (PIPA); the verdict at 10.30 a.m.
    # on Thu 16 Nov 2028, Tarawa time (UTC+12) = 11.30 a.m. NZDT (UTC+13) = 2230 GMT on Wednesday 15 Nov (the date
    # changes) = 6:30 a.m. on Thursday, Philippine time (UTC+8); the local weekly says just before noon
    # regional broadcaster website (Pacific Current, Auckland; Tarawa and NZ time), Thursday 16 November
    ("tuna_radio.txt", "A$2.8 million", 2800000, COURT, "tun_fine", "court28"),
    ("tuna_radio.txt", "at 10.30am on Thursday, Tarawa time", None, O, "tun_verdict_time", "outr"),
    ("tuna_radio.txt", "11.30am NZDT", None, O, "tun_verdict_time", "outr"),
    ("tuna_radio.txt", "knew he was inside the protected area", None, COURT, "tun_intent", "courtknew"),
    ("tuna_radio.txt", "fined him A$50,000", 50000, COURT, "tun_master_fine", "court50k"),
    ("tuna_radio.txt", "28 days to appeal", 28, COURT, "tun_appeal", "court28d"),
    ("tuna_radio.txt", "68-metre", 68, O, "tun_length", "outr68"),
    ("tuna_radio.txt", "223-foot", 223, O, "tun_length", "outr68"),
    ("tuna_radio.txt", "about 60 nautical miles inside the reserve's boundary", 60, PROS, "tun_inside", "pros60"),
    ("tuna_radio.txt", "14 fish aggregating devices", 14, PROS, "tun_fads", "pros14"),
    ("tuna_radio.txt", "asked for a fine of A$5 million", 5000000, PROS, "tun_fine_asked", "pros5m"),
    ("tuna_radio.txt", "for at least nine days", 9, FFA, "tun_days", "ffa9"),
    ("tuna_radio.txt", "about 640 tonnes of skipjack and yellowfin", 640, MFMRD, "tun_catch", "mfmrd640"),
    ("tuna_radio.txt", "worth about A$1.4 million", 1400000, MFMRD, "tun_catch_value", "mfmrd14"),
    ("tuna_radio.txt", "about 70% of the government's revenue", 70, MFMRD, "tun_rev_share", "mfmrd70"),
    ("tuna_radio.txt", "408,250 square kilometres", 408250, O, "tun_area", "outr"),
    ("tuna_radio.txt", "about 1,750 km east of Tarawa", 1750, O, "tun_distance", "outr"),
    ("tuna_radio.txt", "its 31 crew", 31, O, "tun_crew", "outr31"),
    # tuna trade publication (TunaWire Asia, Bangkok; GMT, US dollars, day/month byline date), Thursday 16 November
    ("tuna_trade.txt", "about US$1.8 million", 1800000, COURT, "tun_fine", "court28"),
    ("tuna_trade.txt", "at 2230 GMT on Wednesday", None, O, "tun_verdict_time", "outt"),
    ("tuna_trade.txt", "the 68 m seiner", 68, O, "tun_length", "outt68"),
    ("tuna_trade.txt", "for 11 days", 11, PROS, "tun_days", "pros11"),
    ("tuna_trade.txt", "some 60 nautical miles", 60, PROS, "tun_inside", "pros60"),
    ("tuna_trade.txt", "111 km", 111, PROS, "tun_inside", "pros60"),
    ("tuna_trade.txt", "about 157,600 square miles", 157600, O, "tun_area", "outt"),
    ("tuna_trade.txt", "some 945 nautical miles east of Tarawa", 945, O, "tun_distance", "outt"),
    ("tuna_trade.txt", "went dark for 52 hours", 52, FFA, "tun_ais_off", "ffa52"),
    ("tuna_trade.txt", "the transponder was turned off on purpose", None, FFA, "tun_transponder", "ffadelib"),
    ("tuna_trade.txt", "no more than 210 tonnes of fish", 210, OWNER, "tun_catch", "owner210"),
    ("tuna_trade.txt", "closer to US$700,000", 700000, WATTANAKUL, "tun_catch_value", "an700"),
    ("tuna_trade.txt", "US$1,650 a tonne", 1650, O, "tun_skipjack", "outskj"),
    ("tuna_trade.txt", "a A$3 million bond", 3000000, DEF, "tun_bond", "def3"),
    ("tuna_trade.txt", "about US$137 million", 137000000, MFMRD, "tun_rev_amount", "mfmrd210"),
    ("tuna_trade.txt", "closer to 60% of government revenue", 60, WATTANAKUL, "tun_rev_share", "an60"),
    ("tuna_trade.txt", "around US$12,000 each", 12000, PNAO, "tun_vessel_day", "pnao12"),
    ("tuna_trade.txt", "the third foreign vessel caught inside PIPA this year", 3, GREEN, "tun_previous", "green3"),
    # Philippine newspaper website (Mindanao Star-Courier, General Santos City; Philippine time, pesos), Thursday
    # 16 November
    ("tuna_manila.txt", "A$2.8 million", 2800000, COURT, "tun_fine", "court28"),
    ("tuna_manila.txt", "about ₱106 million", 106000000, COURT, "tun_fine", "court28"),
    ("tuna_manila.txt", "at 6:30 a.m. on Thursday, Philippine time", None, O, "tun_verdict_time", "outm"),
    ("tuna_manila.txt", "A$50,000", 50000, COURT, "tun_master_fine", "court50k"),
    ("tuna_manila.txt", "₱1.9 million", 1900000, COURT, "tun_master_fine", "court50k"),
    ("tuna_manila.txt", "its crew of 26", 26, OWNER, "tun_crew", "owner26"),
    ("tuna_manila.txt", "less than four nautical miles inside the boundary", 4, DEF, "tun_inside", "def4"),
    ("tuna_manila.txt", "the captain's charts were out of date", None, DEF, "tun_intent", "defcharts"),
    ("tuna_manila.txt", "the 14 days allowed for an appeal", 14, DEF, "tun_appeal", "def14"),
    ("tuna_manila.txt", "for only two days", 2, OWNER, "tun_days", "owner2"),
    ("tuna_manila.txt", "carried no FADs", None, OWNER, "tun_fads", "ownernofad"),
    ("tuna_manila.txt", "210 metric tons", 210, OWNER, "tun_catch", "owner210"),
    ("tuna_manila.txt", "The transponder broke down in heavy seas", None, OWNER, "tun_transponder", "ownerbroke"),
    ("tuna_manila.txt", "US$15,000 for every fishing day", 15000, OWNER, "tun_vessel_day", "owner15"),
    ("tuna_manila.txt", "at dawn on November 3", None, OWNER, "tun_boarding", "owner3"),
    ("tuna_manila.txt", "about ₱53 million", 53000000, MFMRD, "tun_catch_value", "mfmrd14"),
    ("tuna_manila.txt", "a bond of A$4.5 million", 4500000, MFMRD, "tun_bond", "mfmrd45"),
    ("tuna_manila.txt", "about ₱171 million", 171000000, MFMRD, "tun_bond", "mfmrd45"),
    ("tuna_manila.txt", "nearly 410,000 sq km", 410000, O, "tun_area", "outm"),
    ("tuna_manila.txt", "the crew would fly home from Tarawa via Nadi on Saturday", None, DFA, "tun_crew_home",
     "dfahome"),
    ("tuna_manila.txt", "about 1,100 tonnes of tuna a day", 1100, BFAR, "tun_gensan_landings", "bfar"),
    # Kiribati weekly (The Tarawa Tide, English pages; masthead date, Tarawa time only), Friday 17 November
    ("tuna_local.txt", "the A$2.8 million penalty", 2800000, COURT, "tun_fine", "court28"),
    ("tuna_local.txt", "just before noon on Thursday", None, O, "tun_verdict_time", "outl"),
    ("tuna_local.txt", "a bond of A$4.5 million", 4500000, MFMRD, "tun_bond", "mfmrd45"),
    ("tuna_local.txt", "the crew must stay on the vessel until the bond is paid", None, MFMRD, "tun_crew_home",
     "mfmrdstay"),
    ("tuna_local.txt", "the first arrest inside PIPA since 2023", 1, MFMRD, "tun_previous", "mfmrd1"),
    ("tuna_local.txt", "655 tonnes of tuna", 655, MFMRD, "tun_catch", "mfmrd655"),
    ("tuna_local.txt", "A$210 million last year", 210000000, MFMRD, "tun_rev_amount", "mfmrd210"),
    ("tuna_local.txt", "at 4:20 p.m. on 2 November", None, KPOL, "tun_boarding", "kpol420"),
    ("tuna_local.txt", "some 75 nautical miles inside the reserve", 75, KPOL, "tun_inside", "kpol75"),
    ("tuna_local.txt", "for nearly four days", 4, KPOL, "tun_ais_off", "kpol4"),
    ("tuna_local.txt", "32 men were on board", 32, KPOL, "tun_crew", "kpol32"),
    ("tuna_local.txt", "The 75-metre vessel", 75, O, "tun_length", "outl75"),
    ("tuna_local.txt", "more than 2,000 km from Tarawa", 2000, O, "tun_distance", "outl"),
    ("tuna_local.txt", "offered to pay A$500,000", 500000, DEF, "tun_fine_offered", "def500k"),
    ("tuna_local.txt", "A$1.10 a kilogram", 1.10, COPRA, "tun_copra", "copra"),
    ("tuna_local.txt", "4,000 cubic metres of water a day", 4000, UTILMIN, "tun_desal", "desal"),

    # ---------------- bid: Jamaica's Halcyon Industrial Group raises its hostile offer for Trinidad's Northern Range
    # Cement Holdings from TT$5.40 to TT$6.10 a share on Wed 11 Oct 2028; the offer closes at 4 p.m. on 27 Oct,
    # Trinidad time (AST, UTC-4) = 2000 GMT = 3 p.m. Jamaica time (EST, UTC-5), while the TTSEC says it must stay
    # open until 10 November; TT$1 = J$23.20, US$1 = TT$6.78
    # wire (ANW, "UPDATE 1-", date line with a leading space), Wednesday 11 October
    ("bid_wire.txt", "raised its offer to TT$6.10 a share", 6.10, HALCYON, "bid_offer", "hal610"),
    ("bid_wire.txt", "$0.90", 0.90, HALCYON, "bid_offer", "hal610"),
    ("bid_wire.txt", "about TT$2.2 billion", 2200000000, HALCYON, "bid_value", "hal22"),
    ("bid_wire.txt", "$324 million", 324000000, HALCYON, "bid_value", "hal22"),
    ("bid_wire.txt", "a 38% premium", 38, HALCYON, "bid_premium", "hal38"),
    ("bid_wire.txt", "already owns 19.6% of the company", 19.6, HALCYON, "bid_stake", "hal196"),
    ("bid_wire.txt", "acceptances for 12% of the shares", 12, HALCYON, "bid_acceptances", "hal12"),
    ("bid_wire.txt", "closes at 4 p.m. on Oct. 27", None, HALCYON, "bid_deadline", "hal427"),
    ("bid_wire.txt", "2000 GMT", None, HALCYON, "bid_deadline", "hal427"),
    ("bid_wire.txt", "8.5 times its earnings before interest", 8.5, HALCYON, "bid_multiple", "hal85"),
    ("bid_wire.txt", "a profit of just TT$188 million last year", 188000000, HALCYON, "bid_profit", "hal188"),
    ("bid_wire.txt", "below US$600 million", 600000000, HALCYON, "bid_debt", "hal600"),
    ("bid_wire.txt", "first approached the board in May", None, HALCYON, "bid_first_approach", "halmay"),
    ("bid_wire.txt", "first offered TT$5.40 a share in August", 5.40, HALCYON, "bid_offer", "hal540"),
    ("bid_wire.txt", "fell 2.4% on Wednesday", 2.4, O, "bid_halcyon_shares", "outw24"),
    ("bid_wire.txt", "employs about 2,100 people", 2100, NRCH, "bid_employees", "nrch2100"),
    ("bid_wire.txt", "runs four plants", 4, O, "bid_plants", "outw4"),
    ("bid_wire.txt", "3.2 million tonnes of cement a year", 3200000, O, "bid_capacity", "outw32"),
    ("bid_wire.txt", "closed at TT$5.92 on Tuesday", 5.92, O, "bid_close", "outw592"),
    ("bid_wire.txt", "revenue of J$148 billion", 148000000000, HALCYON, "bid_halcyon_revenue", "halrev"),
    # business daily in print (The Business Mirror, Port of Spain; date prefix with the masthead on the same line),
    # Thursday 12 October
    ("bid_business.txt", "barely 11% above the average price", 11, NRCH, "bid_premium", "nrch11"),
    ("bid_business.txt", "worth at least TT$3.1 billion", 3100000000, NRCH, "bid_value", "nrch31"),
    ("bid_business.txt", "an after-tax profit of TT$312 million in 2027", 312000000, NRCH, "bid_profit", "nrch312"),
    ("bid_business.txt", "a special dividend of TT$0.45 a share", 0.45, NRCH, "bid_dividend", "nrch45"),
    ("bid_business.txt", "fewer than 5% of the shares had been tendered", 5, NRCH, "bid_acceptances", "nrch5"),
    ("bid_business.txt", "no approach before August 14", None, NRCH, "bid_first_approach", "nrchaug"),
    ("bid_business.txt", "its original TT$5.40-a-share offer", 5.40, HALCYON, "bid_offer", "hal540"),
    ("bid_business.txt", "a 17.2% stake", 17.2, TTSEC, "bid_stake", "ttsec172"),
    ("bid_business.txt", "must remain open until November 10", None, TTSEC, "bid_deadline", "ttsec1110"),
    ("bid_business.txt", "finished Tuesday at TT$5.78", 5.78, O, "bid_close", "outb578"),
    ("bid_business.txt", "2.7 million tonnes of cement a year", 2700000, NRCH, "bid_capacity", "nrch27"),
    ("bid_business.txt", "more than 2,600 workers at the company", 2600, UNION, "bid_employees", "union2600"),
    ("bid_business.txt", "no more than 120 positions would go", 120, HALCYON, "bid_cuts", "hal120"),
    ("bid_business.txt", "would be under 40%", 40, HALCYON, "bid_market_share", "hal40"),
    ("bid_business.txt", "the government will not stand in the way", None, PERSAD, "bid_government", "persad"),
    ("bid_business.txt", "barely 6.1 times earnings", 6.1, RAMDASS, "bid_multiple", "ram61"),
    ("bid_business.txt", "is preparing a rival offer", None, RAMDASS, "bid_white_knight", "ramdass"),
    ("bid_business.txt", "holds 12.4% of Northern Range", 12.4, CARONI, "bid_pension_stake", "caroni124"),
    ("bid_business.txt", "Inflation eased to 1.9% in August", 1.9, CSO, "bid_inflation", "cso"),
    ("bid_business.txt", "a 9% rise in net profit to TT$64 million", 64000000, MARAVAL, "bid_maraval", "maraval"),
    ("bid_business.txt", "a new 40-megawatt solar farm by 2030", 40, ENERGYMIN, "bid_solar", "solar"),
    # Jamaican business live blog (The Kingston Ledger; Jamaica time, Jamaican dollars, newest first), Wednesday
    # 11 October
    ("bid_live.txt", "acceptances now cover 18%", 18, HALCYON, "bid_acceptances", "hal18"),
    ("bid_live.txt", "as many as 400 jobs", 400, UNION, "bid_cuts", "union400"),
    ("bid_live.txt", "promised us it would block the sale", None, UNION, "bid_government", "unionblock"),
    ("bid_live.txt", "has no intention of making an offer", None, PIEDRA, "bid_white_knight", "piedra"),
    ("bid_live.txt", "closed 0.6% higher", 0.6, O, "bid_jse", "outjse"),
    ("bid_live.txt", "the equivalent of about J$137", 137, O, "bid_close", "outl137"),
    ("bid_live.txt", "a premium of about 24%", 24, FRASER, "bid_premium", "fraser24"),
    ("bid_live.txt", "closer to 22%", 22, FRASER, "bid_stake", "fraser22"),
    ("bid_live.txt", "about US$900 million", 900000000, FRASER, "bid_debt", "fraser900"),
    ("bid_live.txt", "about 85% of Jamaica's cement market", 85, FTC, "bid_market_share", "ftc85"),
    ("bid_live.txt", "about J$141.50 a share", 141.50, HALCYON, "bid_offer", "hal610"),
    ("bid_live.txt", "about J$51 billion", 51000000000, HALCYON, "bid_value", "hal22"),
    ("bid_live.txt", "3 p.m. Jamaica time on October 27", None, HALCYON, "bid_deadline", "hal427"),
    ("bid_live.txt", "4 p.m. in Trinidad", None, HALCYON, "bid_deadline", "hal427"),
    ("bid_live.txt", "about J$7.24 billion", 7240000000, NRCH, "bid_profit", "nrch312"),
    ("bid_live.txt", "about J$10.44 a share", 10.44, NRCH, "bid_dividend", "nrch45"),
    ("bid_live.txt", "five plants in four countries", 5, O, "bid_plants", "outl5"),
    ("bid_live.txt", "about 9% of the shares", 9, O, "bid_pension_stake", "outl9"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("outage_wire.txt", "within two hours", 2, TRINET, "out_opt_engineers"),
    ("outage_wire.txt", "within 48 hours", 48, NRB, "out_opt_reversal"),
    ("outage_wire.txt", "waited up to three hours", 3, CAAN, "out_opt_waits"),
    ("outage_live.txt", "I run a call centre in Baneshwor with 220 agents", 220, "reader bipin_sharma",
     "out_opt_reader"),
    ("outage_live.txt", "More like 60", 60, "reader ritu.k", "out_opt_reader"),
    ("outage_live.txt", "lasted 3 hours", 3, "reader oldhand_pokhara", "out_opt_reader"),
    ("outage_daily.txt", "up 8% on the year before", 8, NTB, "out_opt_tourists_growth"),
    ("outage_daily.txt", "in 14 wards", 14, KTMWATER, "out_opt_water_cut"),
    ("outage_daily.txt", "She had answered 38 of 60 questions", 38, "letter writer R. Adhikari", "out_opt_letter"),
    ("outage_india.txt", "pegged at 1.6 to the Indian rupee", 1.6, O, "out_opt_peg"),
    ("outage_india.txt", "within minutes", None, BHARAT, "out_opt_spare_pair"),
    ("tuna_radio.txt", "banned since 2015", None, O, "tun_opt_ban_radio"),
    ("tuna_radio.txt", "eight atolls and two reefs", 8, O, "tun_opt_atolls"),
    ("tuna_radio.txt", "a nation of 33 atolls", 33, O, "tun_opt_kiribati_atolls"),
    ("tuna_radio.txt", "Fine them 10 million next time", 10000000, "reader Teabo_K", "tun_opt_reader"),
    ("tuna_radio.txt", "around 200 million a year", 200000000, "reader PacificObserver", "tun_opt_reader"),
    ("tuna_radio.txt", "3.5 million km2", 3500000, "reader PacificObserver", "tun_opt_reader"),
    ("tuna_trade.txt", "up 25 dollars on the week", 25, O, "tun_opt_skipjack_rise"),
    ("tuna_trade.txt", "more than three times that", 3, O, "tun_opt_three_times"),
    ("tuna_trade.txt", "closed to commercial fishing since 2015", None, O, "tun_opt_ban_trade"),
    ("tuna_manila.txt", "worked on that boat for nine years", 9, GUIAMADIL, "tun_opt_guiamadil"),
    ("tuna_manila.txt", "Lorna Guiamadil, 38", 38, O, "tun_opt_age"),
    ("tuna_manila.txt", "had not been paid for three months", 3, CREWU, "tun_opt_wages"),
    ("tuna_manila.txt", "has 11 vessels", 11, OWNER, "tun_opt_fleet"),
    ("tuna_manila.txt", "9 years with the company", 9, "reader gensan_tuna_boy", "tun_opt_reader"),
    ("tuna_local.txt", "a voyage of six days", 6, O, "tun_opt_voyage"),
    ("tuna_local.txt", "fished off Abaiang for 40 years", 40, "letter writer Ioane T.", "tun_opt_letter"),
    ("tuna_local.txt", "earns it in a month", 1, "letter writer, Bairiki", "tun_opt_letter"),
    ("bid_wire.txt", "ignored for three months", 3, HALCYON, "bid_opt_ignored"),
    ("bid_wire.txt", "opened in 2019", None, NRCH, "bid_opt_guyana_plant"),
    ("bid_wire.txt", "has twice rejected", 2, O, "bid_opt_rejections"),
    ("bid_business.txt", "over the past 30 days", 30, NRCH, "bid_opt_30_days"),
    ("bid_live.txt", "I have 2,000 Northern Range shares since 2015", 2000, "reader Devon_in_Portmore",
     "bid_opt_reader"),
    ("bid_live.txt", "Not selling below 160", 160, "reader Devon_in_Portmore", "bid_opt_reader"),
    ("bid_live.txt", "J$1,850 a bag", 1850, "reader CarlaMcK", "bid_opt_reader"),
    ("bid_live.txt", "paid 8 times earnings for the paint company", 8, "reader Trader_Kingston", "bid_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # outage
    "out_start": {("nta950", "nta950"): SC, ("nta950", "gtel915"): C, ("nta950", "ispf928"): C,
                  ("gtel915", "ispf928"): C},
    "out_restored": {("nta440", "nta440"): SC, ("nta440", "ispf7"): C},
    "out_duration": {("gtel75", "nta7"): C, ("gtel75", "ispf9"): C, ("nta7", "ispf9"): C},
    "out_users": {("nta11", "ispf18"): C, ("nta11", "nta124"): U, ("ispf18", "nta124"): C},
    "out_share": {("gw70", "nta92"): C},
    "out_capacity": {("outw1240", "outi124"): CO, ("outw1240", "outd900"): C, ("outi124", "outd900"): C},
    "out_cut_site": {("gw6", "bh14"): C, ("gw6", "outd800"): C, ("bh14", "outd800"): C},
    "out_cause": {("gwdig", "gwdig"): SC, ("gwdig", "ntasw"): C, ("gwdig", "bhnepal"): C, ("ntasw", "bhnepal"): CO},
    "out_notice": {("ntanotice", "gwnotice"): C},
    "out_payments": {("nrb420", "pay11"): C},
    "out_pay_value": {("nrb23", "nrb23"): SC, ("nrb23", "pay5"): C},
    "out_loss": {("itexp18", "itexp18"): SC, ("econ6", "itexp18"): C},
    "out_flights": {("caan23", "outl40"): C, ("caan23", "caan29"): U, ("outl40", "caan29"): C},
    "out_nepse": {("nepse75", "brok2"): C},
    "out_data_offer": {("gtel5", "gtel10"): U},
    "out_complaints": {("nta1870", "nta4300"): U},
    "out_links": {("outw3", "outi5"): C},
    "out_fine_max": {("mocit10", "nta25"): C},
    "out_emergency": {("police100", "shakya"): C},
    "out_report": {("nta15", "mocit7"): C},
    # tuna
    "tun_verdict_time": {("outr", "outt"): CO, ("outr", "outm"): CO, ("outt", "outm"): CO, ("outr", "outl"): C,
                         ("outt", "outl"): C, ("outm", "outl"): C},
    "tun_fine": {("court28", "court28"): SC},
    "tun_master_fine": {("court50k", "court50k"): SC},
    "tun_intent": {("courtknew", "defcharts"): C},
    "tun_appeal": {("court28d", "def14"): C},
    "tun_length": {("outr68", "outt68"): CO, ("outr68", "outl75"): C, ("outt68", "outl75"): C},
    "tun_inside": {("pros60", "pros60"): SC, ("pros60", "def4"): C, ("pros60", "kpol75"): C, ("def4", "kpol75"): C},
    "tun_fads": {("pros14", "ownernofad"): C},
    "tun_days": {("ffa9", "pros11"): CO, ("ffa9", "owner2"): C, ("pros11", "owner2"): C},
    "tun_catch": {("mfmrd640", "owner210"): C, ("mfmrd640", "mfmrd655"): U, ("owner210", "owner210"): SC,
                  ("owner210", "mfmrd655"): C},
    "tun_catch_value": {("mfmrd14", "mfmrd14"): SC, ("mfmrd14", "an700"): C},
    "tun_rev_share": {("mfmrd70", "an60"): C},
    "tun_rev_amount": {("mfmrd210", "mfmrd210"): SC},
    "tun_area": {("outr", "outt"): CO, ("outr", "outm"): CO, ("outt", "outm"): CO},
    "tun_distance": {("outr", "outt"): CO, ("outr", "outl"): C, ("outt", "outl"): C},
    "tun_crew": {("outr31", "owner26"): C, ("outr31", "kpol32"): C, ("owner26", "kpol32"): C},
    "tun_ais_off": {("ffa52", "kpol4"): C},
    "tun_transponder": {("ffadelib", "ownerbroke"): C},
    "tun_bond": {("mfmrd45", "mfmrd45"): SC, ("def3", "mfmrd45"): C},
    "tun_vessel_day": {("pnao12", "owner15"): C},
    "tun_boarding": {("owner3", "kpol420"): C},
    "tun_previous": {("green3", "mfmrd1"): C},
    "tun_crew_home": {("dfahome", "mfmrdstay"): C},
    # bid
    "bid_offer": {("hal610", "hal610"): SC, ("hal610", "hal540"): U, ("hal540", "hal540"): SC},
    "bid_value": {("hal22", "hal22"): SC, ("hal22", "nrch31"): C},
    "bid_premium": {("hal38", "nrch11"): C, ("hal38", "fraser24"): C, ("nrch11", "fraser24"): C},
    "bid_stake": {("hal196", "ttsec172"): C, ("hal196", "fraser22"): C, ("ttsec172", "fraser22"): C},
    "bid_acceptances": {("hal12", "nrch5"): C, ("hal12", "hal18"): U, ("nrch5", "hal18"): C},
    "bid_deadline": {("hal427", "hal427"): SC, ("hal427", "ttsec1110"): C},
    "bid_employees": {("nrch2100", "union2600"): C},
    "bid_cuts": {("hal120", "union400"): C},
    "bid_capacity": {("outw32", "nrch27"): C},
    "bid_profit": {("hal188", "nrch312"): C, ("nrch312", "nrch312"): SC},
    "bid_debt": {("hal600", "fraser900"): C},
    "bid_market_share": {("hal40", "ftc85"): C},
    "bid_close": {("outw592", "outb578"): C, ("outw592", "outl137"): CO, ("outb578", "outl137"): C},
    "bid_first_approach": {("halmay", "nrchaug"): C},
    "bid_white_knight": {("ramdass", "piedra"): C},
    "bid_government": {("persad", "unionblock"): C},
    "bid_dividend": {("nrch45", "nrch45"): SC},
    "bid_multiple": {("hal85", "ram61"): C},
    "bid_plants": {("outw4", "outl5"): C},
    "bid_pension_stake": {("caroni124", "outl9"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
