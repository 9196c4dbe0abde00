"""Hand labels for bench/blind34 (a women's four's record west-to-east row across the North Atlantic, from St.
John's, Newfoundland, to the Isles of Scilly, with times in Newfoundland Daylight Time, UTC-2:30, BST and GMT; a
royal Sicán tomb announced in Peru, with times in Lima, UTC-5, GMT and Swedish summer time; Malawi's devaluation of
the kwacha and the IMF deal that came with it, with times in Central Africa Time, UTC+2, GMT, London and Washington).
Run from the project root:
    python3 bench/blind34/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
ORRB = "Ocean Rowing Ratification Board (ORRB), the records body (secretary Colin Pettigrew)"
DONNELLY = "skipper Maeve Donnelly (Kittiwake crew)"
TOBIN = "rower Kerry-Ann Tobin (Kittiwake crew)"
WHITCOMBE = "rower Hannah Whitcombe (Kittiwake crew)"
RAGHU = "rower Priya Raghunathan (Kittiwake crew)"
VIKHOLM = "Lars Vikholm, stroke of the Norwegian four that held the record"
TREVASKIS = "Falmouth harbour master Captain Alan Trevaskis"
COASTGUARD = "Falmouth Coastguard"
BELL = "team doctor Dr Sunita Bell (Kittiwake team)"
TRUST = "Harbour Lights Trust, the charity (chief executive Fiona Rowe)"
TERN = "Tern Marine Insurance (Halifax), the main sponsor"
PASCOE = "Met Office forecaster Jenny Pascoe"
HYNES = "Wade Hynes, skipper of the longliner Cape Race Provider"
MACLEOD = "weather router Ewan MacLeod (Skerry Routing, Inverness)"
WHITFORD = "Dana Whitford, OceanRowTrack tracking site"
CARBIS = "sports scientist Dr Tom Carbis (University of Exeter)"
TIDEWRIGHT = "Tidewright Boats (Lymington), the boat's builder"
KAVANAGH = "shore manager Ruth Kavanagh (Kittiwake team)"
FTC = "Falmouth Town Council"

QUISPE = "project director Rosa Quispe Aranda (Huaca La Merced excavation)"
MINCULT = "Peru's Ministry of Culture (Culture Minister Gonzalo Ferreyros)"
PNP = "Peruvian police"
LINDQVIST = "Professor Anders Lindqvist (Lund University radiocarbon laboratory, excavation co-director)"
OBERG = "osteologist Dr Karin Öberg (Lund University)"
VILCA = "archaeologist Dr Ernesto Vilca (Pontifical Catholic University of Peru)"
FARMERS = "Mórrope rice growers' association (president Segundo Chapoñán)"
TELLO = "Congresswoman Milagros Tello"
LLONTOP = "prosecutor Iván Llontop"
REGION = "Lambayeque regional governor's office"
LUND = "Lund University"

RBM = "Reserve Bank of Malawi (RBM), the central bank (Governor Lusungu Mkandawire)"
IMF = "International Monetary Fund (IMF) (mission chief Hélène Dubreuil)"
MSISKA = "Malawi Finance Minister Joseph Msiska"
OPP = "Malawi's main opposition party (spokesperson Kondwani Chisale)"
NSO = "National Statistical Office (Malawi)"
MERA = "Malawi Energy Regulatory Authority (MERA) (chief executive Ellen Kalua)"
FBA = "Forex Bureaux Association of Malawi (chairman Yusuf Patel)"
CHIRWA = "economist Dr Grace Chirwa (University of Malawi)"
MWALE = "Minibus Owners Association of Malawi (chairman Blessings Mwale)"
MPOLICE = "Malawi police in Lilongwe"
REINHOLT = "strategist Tobias Reinholt (Meridian Frontier Research)"
TOBACCO = "Tobacco Commission (Malawi)"
EXPORTERS = "Malawi tobacco exporters"
CAMA = "Consumers Association of Malawi (CAMA)"
ADMARC = "ADMARC, the state grain marketer"
ROADS = "Malawi Roads Authority"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- row: the Kittiwake, a women's four, rows west to east across the North Atlantic from St.
    # John's to the Bishop Rock line; restart 6:40 a.m. NDT (UTC-2:30) on Sat 9 June 2029 = 0910 GMT, finish
    # 11:52 p.m. BST on Thu 19 July = 2252 GMT = 8:22 p.m. NDT; 40 days 13 h 42 min against the Norwegians'
    # 44 days 9 h (2022), a margin of 3 days 19 h 18 min; the old record holder counts from the first start on 7 June
    # wire (MPS, "UPDATE 1-", leading-space date line), Friday 20 July
    ("row_wire.txt", "at 11:52 p.m. BST on Thursday", None, ORRB, "row_finish", "orrb1152"),
    ("row_wire.txt", "2252 GMT", None, ORRB, "row_finish", "orrb1152"),
    ("row_wire.txt", "at 6:40 a.m. Newfoundland time on June 9", None, O, "row_start", "outw640"),
    ("row_wire.txt", "0910 GMT", None, O, "row_start", "outw640"),
    ("row_wire.txt", "40 days, 13 hours and 42 minutes", 40.57, ORRB, "row_duration", "orrb40"),
    ("row_wire.txt", "44 days and nine hours", 44.375, ORRB, "row_old_record", "orrb449"),
    ("row_wire.txt", "a great-circle distance of 1,808 nautical miles", 1808, ORRB, "row_route", "orrb1808"),
    ("row_wire.txt", "by almost four days", 4, DONNELLY, "row_margin", "don4"),
    ("row_wire.txt", "2,254 nautical miles rowed", 2254, DONNELLY, "row_rowed", "don2254"),
    ("row_wire.txt", "We capsized twice", 2, DONNELLY, "row_capsizes", "don2"),
    ("row_wire.txt", "never took so much as a biscuit from anyone", None, DONNELLY, "row_assist", "donnone"),
    ("row_wire.txt", "waves of 15 metres", 15, DONNELLY, "row_waves", "don15"),
    ("row_wire.txt", "broke three of their eight oars", 3, DONNELLY, "row_oars", "don3"),
    ("row_wire.txt", "about 5,000 calories a day", 5000, DONNELLY, "row_calories", "don5000"),
    ("row_wire.txt", "raised more than £500,000", 500000, DONNELLY, "row_raised", "don500"),
    ("row_wire.txt", "about £86,000", 86000, TERN, "row_sponsor", "tern"),
    ("row_wire.txt", "Hundreds of people", None, O, "row_crowd", "outwhund"),
    ("row_wire.txt", "at about 2:15 p.m. on Friday", None, O, "row_alongside", "outw215"),
    ("row_wire.txt", "a 28-foot boat", 28, O, "row_boat_length", "outw28"),
    ("row_wire.txt", "can take up to eight weeks", 8, ORRB, "row_review", "orrb8"),
    # Cornish local news website (West Cornwall Herald), Friday 20 July; photo caption, reader comments
    ("row_cornwall.txt", "about 2,000 people", 2000, TREVASKIS, "row_crowd", "harb2000"),
    ("row_cornwall.txt", "the 8.5-metre Kittiwake", 8.5, O, "row_boat_length", "outc85"),
    ("row_cornwall.txt", "at 1.45pm", None, O, "row_alongside", "outc145"),
    ("row_cornwall.txt", "late on Thursday", None, O, "row_finish", "outclate"),
    ("row_cornwall.txt", "at 12.20am on Friday", None, COASTGUARD, "row_finish", "cg1220"),
    ("row_cornwall.txt", "just under 41 days", 41, DONNELLY, "row_duration", "don41"),
    ("row_cornwall.txt", "the 45-day record", 45, O, "row_old_record", "outc45"),
    ("row_cornwall.txt", "by five days", 5, O, "row_margin", "outc5"),
    ("row_cornwall.txt", "hand-pump their drinking water for 11 days", 11, WHITCOMBE, "row_handpump", "whit11"),
    ("row_cornwall.txt", "on the sea anchor for six days", 6, DONNELLY, "row_sea_anchor", "don6"),
    ("row_cornwall.txt", "50-foot waves", 50, DONNELLY, "row_waves", "don15"),
    ("row_cornwall.txt", "had cost £95,000", 95000, DONNELLY, "row_boat_cost", "don95"),
    ("row_cornwall.txt", "an average of 9 kg each", 9, BELL, "row_weight", "bell9"),
    ("row_cornwall.txt", "raised £412,000", 412000, TRUST, "row_raised", "trust412"),
    ("row_cornwall.txt", "nearer 8 metres", 8, PASCOE, "row_waves", "pascoe8"),
    # Newfoundland radio transcript (Bayline Radio 590, "The Morning Tide"; NDT), Friday 20 July
    ("row_radio.txt", "At 8:22 p.m. our time last night", None, ORRB, "row_finish", "orrb1152"),
    ("row_radio.txt", "in 40 days and 13 hours", 40.54, ORRB, "row_duration", "orrb40"),
    ("row_radio.txt", "three days, 19 hours and 18 minutes faster", 3.8, ORRB, "row_margin", "orrb319"),
    ("row_radio.txt", "the little 24-foot boat", 24, O, "row_boat_length", "outr24"),
    ("row_radio.txt", "at 6:40 in the morning on Saturday, June 9", None, O, "row_start", "outr640"),
    ("row_radio.txt", "We went over three times", 3, TOBIN, "row_capsizes", "tob3"),
    ("row_radio.txt", "We snapped four oars", 4, TOBIN, "row_oars", "tob4"),
    ("row_radio.txt", "about 12 kilograms each", 12, DONNELLY, "row_weight", "don12"),
    ("row_radio.txt", "hand-pumping water for about a week", 7, RAGHU, "row_handpump", "rag7"),
    ("row_radio.txt", "about 4,170 kilometres", 4170, DONNELLY, "row_rowed", "don2254"),
    ("row_radio.txt", "about 3,350 kilometres", 3350, O, "row_route", "outr3350"),
    ("row_radio.txt", "handed them a spare pump for the water-maker", None, HYNES, "row_assist", "hynes"),
    ("row_radio.txt", "had no outside help at all", None, DONNELLY, "row_assist", "donnone"),
    ("row_radio.txt", "about C$720,000", 720000, TRUST, "row_raised", "trust412"),
    ("row_radio.txt", "it put in C$150,000", 150000, TERN, "row_sponsor", "tern"),
    ("row_radio.txt", "roughly C$166,000", 166000, DONNELLY, "row_boat_cost", "don95"),
    ("row_radio.txt", "just under two knots", 2, O, "row_speed", "outrspeed"),
    # rowing magazine newsletter (Oar & Ocean, "The Saturday Stroke"; date prefix with the masthead on the same
    # line), Saturday 21 July
    ("row_blog.txt", "just before midnight on Thursday, UK time", None, O, "row_finish", "outbmid"),
    ("row_blog.txt", "44 days, nine hours and 20 minutes", 44.39, VIKHOLM, "row_old_record", "vik449"),
    ("row_blog.txt", "first left St. John's on June 7", None, VIKHOLM, "row_start", "vik7"),
    ("row_blog.txt", "more like 42 days and 15 hours", 42.625, VIKHOLM, "row_duration", "vik42"),
    ("row_blog.txt", "by less than two days", 2, VIKHOLM, "row_margin", "vik2"),
    ("row_blog.txt", "classed the row as unassisted", None, ORRB, "row_assist", "orrbunass"),
    ("row_blog.txt", "We went over three times, not twice", 3, DONNELLY, "row_capsizes", "don3"),
    ("row_blog.txt", "nearer three days on the sea anchor", 3, MACLEOD, "row_sea_anchor", "mac3"),
    ("row_blog.txt", "no more than 2,050 nautical miles rowed", 2050, WHITFORD, "row_rowed", "dw2050"),
    ("row_blog.txt", "nearly 8,000 calories a day", 8000, CARBIS, "row_calories", "carbis8000"),
    ("row_blog.txt", "20 pounds a head", 20, BELL, "row_weight", "bell9"),
    ("row_blog.txt", "to £468,000", 468000, TRUST, "row_raised", "trust468"),
    ("row_blog.txt", "nearer £140,000", 140000, TIDEWRIGHT, "row_newbuild_price", "tide140"),
    ("row_blog.txt", "more than 5,000 people", 5000, KAVANAGH, "row_crowd", "kav5000"),

    # ---------------- tomb: a royal Sicán tomb under Huaca La Merced, near Mórrope (Lambayeque, Peru), announced
    # in Lima at 11 a.m. on Tue 4 Sept 2029 (Lima, UTC-5) = 1600 GMT = 6 p.m. in Sweden (CEST, UTC+2); age, bodies,
    # objects, the mask's weight, depth, when it was found and the museum money are all disputed
    # wire (LWS, date line), Tuesday 4 September
    ("tomb_wire.txt", "11 metres", 11, QUISPE, "tomb_depth", "q11"),
    ("tomb_wire.txt", "36 feet", 36, QUISPE, "tomb_depth", "q11"),
    ("tomb_wire.txt", "at 11 a.m.", None, O, "tomb_announced", "outw11"),
    ("tomb_wire.txt", "1600 GMT", None, O, "tomb_announced", "outw11"),
    ("tomb_wire.txt", "about 1,100 years old", 1100, QUISPE, "tomb_age", "q1100"),
    ("tomb_wire.txt", "the remains of 14 individuals", 14, QUISPE, "tomb_bodies", "q14"),
    ("tomb_wire.txt", "aged between 30 and 35", None, QUISPE, "tomb_woman_age", "q3035"),
    ("tomb_wire.txt", "4.5 by 5 metres", 4.5, QUISPE, "tomb_chamber_size", "q45"),
    ("tomb_wire.txt", "She belonged to the Sicán culture", None, QUISPE, "tomb_culture", "qsican"),
    ("tomb_wire.txt", "on August 14", None, QUISPE, "tomb_found", "q814"),
    ("tomb_wire.txt", "the project's third field season", 3, QUISPE, "tomb_season", "q3"),
    ("tomb_wire.txt", "weighs 1.2 kilograms", 1.2, QUISPE, "tomb_mask", "q12"),
    ("tomb_wire.txt", "more than 300 objects", 300, MINCULT, "tomb_objects", "min300"),
    ("tomb_wire.txt", "5 million soles", 5000000, MINCULT, "tomb_museum_money", "min5m"),
    ("tomb_wire.txt", "about $1.34 million", 1340000, MINCULT, "tomb_museum_money", "min5m"),
    ("tomb_wire.txt", "seized 47 objects", 47, PNP, "tomb_seized", "pol47"),
    ("tomb_wire.txt", "arrested three men", 3, PNP, "tomb_arrests", "pol3"),
    ("tomb_wire.txt", "about 120,000 visitors a year", 120000, O, "tomb_visitors", "outw120"),
    ("tomb_wire.txt", "12 officers would guard the site", 12, MINCULT, "tomb_guards", "min12"),
    # English-language Lima news website (The Lima Observer), Wednesday 5 September; photo caption, comments
    ("tomb_lima.txt", "at noon on Tuesday", None, O, "tomb_announced", "outlnoon"),
    ("tomb_lima.txt", "more than a thousand years old", 1000, MINCULT, "tomb_age", "min1000"),
    ("tomb_lima.txt", "at least 11 people", 11, MINCULT, "tomb_bodies", "min11"),
    ("tomb_lima.txt", "nearly two kilograms", 2, MINCULT, "tomb_mask", "min2"),
    ("tomb_lima.txt", "214 pieces", 214, QUISPE, "tomb_objects", "q214"),
    ("tomb_lima.txt", "seven metres underground", 7, O, "tomb_depth", "outl7"),
    ("tomb_lima.txt", "in early July", None, FARMERS, "tomb_found", "farmjuly"),
    ("tomb_lima.txt", "promised 80,000 soles in compensation", 80000, FARMERS, "tomb_compensation", "farm80"),
    ("tomb_lima.txt", "Nobody promised anything", None, MINCULT, "tomb_compensation", "minnone"),
    ("tomb_lima.txt", "more than twenty skeletons", 20, FARMERS, "tomb_bodies", "farm20"),
    ("tomb_lima.txt", "only two guards watch the site at night", 2, FARMERS, "tomb_guards", "farm2"),
    ("tomb_lima.txt", "looks Chimú to me", None, VILCA, "tomb_culture", "vilchimu"),
    ("tomb_lima.txt", "no more than 650 years old", 650, VILCA, "tomb_age", "vil650"),
    ("tomb_lima.txt", "just 1.2 million soles", 1200000, TELLO, "tomb_museum_money", "tello12"),
    ("tomb_lima.txt", "52 pieces had been recovered", 52, LLONTOP, "tomb_seized", "pros52"),
    ("tomb_lima.txt", "four men had been detained", 4, LLONTOP, "tomb_arrests", "pros4"),
    ("tomb_lima.txt", "nearly 200,000 visitors a year", 200000, REGION, "tomb_visitors", "reg200"),
    # Stockholm science news site (Heritage Science News; date prefix glued to the masthead), Thursday 6 Sept
    ("tomb_science.txt", "at 6 p.m. Swedish time on Tuesday", None, O, "tomb_announced", "outs6"),
    ("tomb_science.txt", "more than a millennium old", 1000, MINCULT, "tomb_age", "min1000"),
    ("tomb_science.txt", "nine samples", 9, LINDQVIST, "tomb_samples", "lind9"),
    ("tomb_science.txt", "between AD 1020 and 1080", None, LINDQVIST, "tomb_age", "lind1020"),
    ("tomb_science.txt", "a late Sicán burial", None, LINDQVIST, "tomb_culture", "lindsican"),
    ("tomb_science.txt", "some 11 m down", 11, O, "tomb_depth", "outs11"),
    ("tomb_science.txt", "in mid-August", None, O, "tomb_found", "outsaug"),
    ("tomb_science.txt", "recorded 17 individuals", 17, QUISPE, "tomb_bodies", "q17"),
    ("tomb_science.txt", "just over 200", 200, QUISPE, "tomb_objects", "q214"),
    ("tomb_science.txt", "the ministry's figure of more than 300", 300, MINCULT, "tomb_objects", "min300"),
    ("tomb_science.txt", "closer to 45 at death", 45, OBERG, "tomb_woman_age", "ober45"),
    ("tomb_science.txt", "a little over a kilo", 1, LINDQVIST, "tomb_mask", "lind1"),
    ("tomb_science.txt", "pledged 5 million soles", 5000000, MINCULT, "tomb_museum_money", "min5m"),
    ("tomb_science.txt", "about €1.2 million", 1200000, MINCULT, "tomb_museum_money", "min5m"),
    ("tomb_science.txt", "SEK 3.5 million", 3500000, LUND, "tomb_lund_money", "lund35"),
    ("tomb_science.txt", "about €305,000", 305000, LUND, "tomb_lund_money", "lund35"),
    ("tomb_science.txt", "in its fifth field season", 5, O, "tomb_season", "outs5"),

    # ---------------- fx: the Reserve Bank of Malawi devalues the kwacha from MK1,751 to MK2,800 to the dollar
    # (a 37.5% fall in the kwacha = a 60% rise in the dollar's price) at 7 p.m. on Wed 10 Oct 2029, Central Africa
    # Time (UTC+2, also South Africa's) = 1700 GMT = 18:00 in London (BST) = 1 p.m. in Washington (EDT); an IMF
    # staff deal, fuel prices, the parallel market, inflation, reserves, a march
    # wire (PAN, "UPDATE 2-", leading-space date line), Thursday 11 October
    ("fx_wire.txt", "devalued the kwacha by 37.5%", 37.5, RBM, "fx_devaluation", "rbm375"),
    ("fx_wire.txt", "MK2,800 to the dollar", 2800, RBM, "fx_new_rate", "rbm2800"),
    ("fx_wire.txt", "from MK1,751", 1751, RBM, "fx_old_rate", "rbm1751"),
    ("fx_wire.txt", "at 7 p.m. on Wednesday", None, RBM, "fx_announced", "rbm7"),
    ("fx_wire.txt", "1700 GMT", None, RBM, "fx_announced", "rbm7"),
    ("fx_wire.txt", "would from now on be set by the market", None, RBM, "fx_future", "rbmmarket"),
    ("fx_wire.txt", "by 200 basis points", 200, RBM, "fx_rate_rise", "rbm200"),
    ("fx_wire.txt", "to 28%", 28, RBM, "fx_policy_rate", "rbm28"),
    ("fx_wire.txt", "peak at about 32%", 32, RBM, "fx_inflation_peak", "rbm32"),
    ("fx_wire.txt", "28.4% in September", 28.4, NSO, "fx_inflation", "nso284"),
    ("fx_wire.txt", "1.1 months of imports", 1.1, RBM, "fx_reserves_months", "rbm11"),
    ("fx_wire.txt", "a 38-month loan", 38, IMF, "fx_imf_term", "imf38"),
    ("fx_wire.txt", "US$175 million", 175000000, IMF, "fx_imf_amount", "imf175"),
    ("fx_wire.txt", "raised petrol prices by 38%", 38, MERA, "fx_petrol_rise", "mera38"),
    ("fx_wire.txt", "MK3,499 a litre", 3499, MERA, "fx_petrol_price", "mera3499"),
    ("fx_wire.txt", "diesel by 34%", 34, MERA, "fx_diesel", "mera34"),
    ("fx_wire.txt", "MK3,400 to the dollar", 3400, FBA, "fx_parallel", "fba3400"),
    ("fx_wire.txt", "more than half of its export earnings", 50, O, "fx_tobacco_share", "outwtob"),
    # Malawian daily in print (The Malawi Chronicle, Blantyre), Thursday 11 October; masthead, In brief
    ("fx_daily.txt", "after 9 p.m. on Wednesday", None, O, "fx_announced", "outd9"),
    ("fx_daily.txt", "from about K1,750", 1750, RBM, "fx_old_rate", "rbm1751"),
    ("fx_daily.txt", "K2,800 per US dollar", 2800, RBM, "fx_new_rate", "rbm2800"),
    ("fx_daily.txt", "an adjustment of 60 percent", 60, MSISKA, "fx_devaluation", "fin60"),
    ("fx_daily.txt", "US$210 million", 210000000, MSISKA, "fx_imf_amount", "fin210"),
    ("fx_daily.txt", "a three-year programme", 3, MSISKA, "fx_imf_term", "fin3y"),
    ("fx_daily.txt", "no further adjustment of the kwacha", None, MSISKA, "fx_future", "finnomore"),
    ("fx_daily.txt", "grow by 3.2 percent this year", 3.2, MSISKA, "fx_growth", "fin32"),
    ("fx_daily.txt", "nearly halved the value of the kwacha", 50, OPP, "fx_devaluation", "opphalf"),
    ("fx_daily.txt", "already above 30 percent", 30, OPP, "fx_inflation", "opp30"),
    ("fx_daily.txt", "K3,499 per litre", 3499, MERA, "fx_petrol_price", "mera3499"),
    ("fx_daily.txt", "from K1,800 to K2,400", 2400, CAMA, "fx_bread", "cama2400"),
    ("fx_daily.txt", "now stands at 26 percent", 26, O, "fx_policy_rate", "outd26"),
    ("fx_daily.txt", "a two-point increase", 2, O, "fx_rate_rise", "outd2"),
    ("fx_daily.txt", "US$151 million", 151000000, RBM, "fx_reserves_usd", "rbm151"),
    ("fx_daily.txt", "US$380 million", 380000000, TOBACCO, "fx_tobacco", "tc380"),
    ("fx_daily.txt", "K950 per kilogram", 950, ADMARC, "fx_maize", "admarc"),
    # South African business radio transcript (Rand Talk Business, "First Trade"; SAST = CAT), Friday 12 October
    ("fx_radio.txt", "at seven o'clock on Wednesday evening", None, O, "fx_announced", "outr7"),
    ("fx_radio.txt", "officially 2,800 to the dollar", 2800, RBM, "fx_new_rate", "rbm2800"),
    ("fx_radio.txt", "about 158 kwacha to the rand", 158, RBM, "fx_new_rate", "rbm2800"),
    ("fx_radio.txt", "60% more kwacha", 60, CHIRWA, "fx_devaluation", "chir60"),
    ("fx_radio.txt", "around MK3,100", 3100, CHIRWA, "fx_parallel", "chir3100"),
    ("fx_radio.txt", "inflation above 40% by March", 40, CHIRWA, "fx_inflation_peak", "chir40"),
    ("fx_radio.txt", "less than three weeks of imports", 3, CHIRWA, "fx_reserves_months", "chir3w"),
    ("fx_radio.txt", "about R3.1 billion", 3100000000, IMF, "fx_imf_amount", "imf175"),
    ("fx_radio.txt", "more than 40 percent in one night", 40, MWALE, "fx_petrol_rise", "mwale40"),
    ("fx_radio.txt", "MK3,650 a litre", 3650, MWALE, "fx_petrol_price", "mwale3650"),
    ("fx_radio.txt", "from K700 to K1,000", 1000, MWALE, "fx_fares", "mwalefare"),
    ("fx_radio.txt", "about 300 people", 300, MPOLICE, "fx_march", "pol300"),
    ("fx_radio.txt", "14 people were arrested", 14, MPOLICE, "fx_detained", "pol14"),
    ("fx_radio.txt", "US$310 million", 310000000, EXPORTERS, "fx_tobacco", "exp310"),
    ("fx_radio.txt", "about R5.5 billion", 5500000000, EXPORTERS, "fx_tobacco", "exp310"),
    ("fx_radio.txt", "the JSE opened 0.4% firmer", 0.4, O, "fx_jse", "outrjse"),
    # London frontier-markets live newsletter (Frontier Brief; BST and GMT), Friday 12 October
    ("fx_brief.txt", "MK3,650 to the dollar", 3650, FBA, "fx_parallel", "fba3650"),
    ("fx_brief.txt", "is now 30%", 30, O, "fx_parallel_gap", "outbgap"),
    ("fx_brief.txt", "more than 5,000 people", 5000, OPP, "fx_march", "opp5000"),
    ("fx_brief.txt", "more than 30 were detained", 30, OPP, "fx_detained", "opp30det"),
    ("fx_brief.txt", "several hundred on the livestream", None, O, "fx_march", "outbhund"),
    ("fx_brief.txt", "up 43% since Wednesday", 43, MWALE, "fx_fares", "mwalefare"),
    ("fx_brief.txt", "allowed to move with the market", None, IMF, "fx_future", "imfmarket"),
    ("fx_brief.txt", "$175m", 175000000, IMF, "fx_imf_amount", "imf175"),
    ("fx_brief.txt", "over 38 months", 38, IMF, "fx_imf_term", "imf38"),
    ("fx_brief.txt", "growth would slow to 1.8%", 1.8, IMF, "fx_growth", "imf18"),
    ("fx_brief.txt", "roughly 37% of its value", 37, REINHOLT, "fx_devaluation", "rein37"),
    ("fx_brief.txt", "near 36% in March", 36, REINHOLT, "fx_inflation_peak", "rein36"),
    ("fx_brief.txt", "nearer US$90 million", 90000000, REINHOLT, "fx_reserves_usd", "rein90"),
    ("fx_brief.txt", "at 18:00 London time on Wednesday", None, O, "fx_announced", "outb18"),
    ("fx_brief.txt", "1 p.m. in Washington", None, O, "fx_announced", "outb18"),
    ("fx_brief.txt", "2 percentage points", 2, RBM, "fx_rate_rise", "rbm200"),
    ("fx_brief.txt", "to 28%", 28, RBM, "fx_policy_rate", "rbm28"),
    ("fx_brief.txt", "about MK3,580 to the pound", 3580, RBM, "fx_new_rate", "rbm2800"),
    ("fx_brief.txt", "roughly MK2,240 before the move", 2240, RBM, "fx_old_rate", "rbm1751"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("row_wire.txt", "a 44-year-old doctor", 44, O, "row_opt_age_donnelly"),
    ("row_wire.txt", "Hannah Whitcombe, 29", 29, O, "row_opt_age_whitcombe"),
    ("row_wire.txt", "Priya Raghunathan, 36", 36, O, "row_opt_age_raghunathan"),
    ("row_wire.txt", "Kerry-Ann Tobin, 52", 52, O, "row_opt_age_tobin"),
    ("row_wire.txt", "two days after a first start was abandoned", 2, O, "row_opt_restart_gap"),
    ("row_wire.txt", "set by a Norwegian men's crew in 2022", None, ORRB, "row_opt_record_year"),
    ("row_cornwall.txt", "on Monday evening", None, FTC, "row_opt_reception"),
    ("row_cornwall.txt", "I rowed gig for 30 years", 30, "reader TrelissickTom", "row_opt_reader"),
    ("row_cornwall.txt", "more like 5,000 on the Prince of Wales Pier alone", 5000, "reader Kernow_Sue",
     "row_opt_reader"),
    ("row_radio.txt", "on day 23", 23, TOBIN, "row_opt_third_capsize"),
    ("row_radio.txt", "on June 21 or thereabouts", None, HYNES, "row_opt_meeting"),
    ("row_blog.txt", "rowing the Pacific solo at 61", 61, O, "row_opt_laird"),
    ("tomb_wire.txt", "in May", None, PNP, "tomb_opt_looters_may"),
    ("tomb_wire.txt", "by less than a metre", 1, QUISPE, "tomb_opt_near_miss"),
    ("tomb_lima.txt", "for three decades", 30, O, "tomb_opt_vilca_career"),
    ("tomb_lima.txt", "expects the new find to double that", 2, REGION, "tomb_opt_double"),
    ("tomb_lima.txt", "When Sipán was found in 1987", None, "reader Rocío_Chiclayo", "tomb_opt_reader"),
    ("tomb_lima.txt", "1.2 million soles is about $320k", 320000, "reader gringo_en_barranco", "tomb_opt_reader"),
    ("tomb_science.txt", "it is not 1,100 years old", 1100, LINDQVIST, "tomb_opt_not_1100"),
    ("tomb_science.txt", "in October", None, LINDQVIST, "tomb_opt_mask_travel"),
    ("tomb_science.txt", "resumes in November", None, O, "tomb_opt_resumes"),
    ("fx_wire.txt", "in December", None, IMF, "fx_opt_board"),
    ("fx_wire.txt", "about 21 million people", 21000000, O, "fx_opt_population"),
    ("fx_wire.txt", "of 44%, in November 2023", 44, O, "fx_opt_last_devaluation"),
    ("fx_wire.txt", "against the three months it considers safe", 3, RBM, "fx_opt_safe_reserves"),
    ("fx_daily.txt", "the third devaluation in six years", 3, O, "fx_opt_third"),
    ("fx_daily.txt", "will reopen on November 1", None, ROADS, "fx_opt_road"),
    ("fx_radio.txt", "At Area 25 yesterday", None, MWALE, "fx_opt_area25"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # row
    "row_finish": {("orrb1152", "orrb1152"): SC, ("orrb1152", "outclate"): CO, ("orrb1152", "cg1220"): C,
                   ("orrb1152", "outbmid"): CO, ("outclate", "outbmid"): CO, ("cg1220", "outbmid"): C},
    "row_start": {("outw640", "outr640"): CO, ("outw640", "vik7"): C, ("outr640", "vik7"): C},
    "row_duration": {("orrb40", "orrb40"): SC, ("orrb40", "don41"): CO, ("orrb40", "vik42"): C,
                     ("don41", "vik42"): C},
    "row_old_record": {("orrb449", "outc45"): C, ("orrb449", "vik449"): CO, ("outc45", "vik449"): C},
    "row_margin": {("don4", "outc5"): C, ("don4", "orrb319"): CO, ("don4", "vik2"): C, ("outc5", "orrb319"): C,
                   ("outc5", "vik2"): C, ("orrb319", "vik2"): C},
    "row_route": {("orrb1808", "outr3350"): CO},
    "row_rowed": {("don2254", "don2254"): SC, ("don2254", "dw2050"): C},
    "row_capsizes": {("don2", "tob3"): C, ("don2", "don3"): U, ("tob3", "don3"): CO},
    "row_assist": {("donnone", "donnone"): SC, ("donnone", "hynes"): C, ("donnone", "orrbunass"): CO,
                   ("hynes", "orrbunass"): C},
    "row_waves": {("don15", "don15"): SC, ("don15", "pascoe8"): C},
    "row_oars": {("don3", "tob4"): C},
    "row_calories": {("don5000", "carbis8000"): C},
    "row_raised": {("don500", "trust412"): C, ("don500", "trust468"): C, ("trust412", "trust412"): SC,
                   ("trust412", "trust468"): U},
    "row_sponsor": {("tern", "tern"): SC},
    "row_crowd": {("outwhund", "harb2000"): C, ("outwhund", "kav5000"): C, ("harb2000", "kav5000"): C},
    "row_alongside": {("outw215", "outc145"): C},
    "row_boat_length": {("outw28", "outc85"): CO, ("outw28", "outr24"): C, ("outc85", "outr24"): C},
    "row_handpump": {("whit11", "rag7"): C},
    "row_sea_anchor": {("don6", "mac3"): C},
    "row_boat_cost": {("don95", "don95"): SC},
    "row_weight": {("bell9", "bell9"): SC, ("bell9", "don12"): C},
    # tomb
    "tomb_announced": {("outw11", "outlnoon"): C, ("outw11", "outs6"): CO, ("outlnoon", "outs6"): C},
    "tomb_age": {("q1100", "min1000"): CO, ("q1100", "vil650"): C, ("q1100", "lind1020"): C,
                 ("min1000", "min1000"): SC, ("min1000", "lind1020"): C, ("vil650", "min1000"): C,
                 ("vil650", "lind1020"): C},
    "tomb_culture": {("qsican", "vilchimu"): C, ("qsican", "lindsican"): CO, ("vilchimu", "lindsican"): C},
    "tomb_bodies": {("q14", "min11"): CO, ("q14", "farm20"): C, ("q14", "q17"): U, ("min11", "q17"): CO,
                    ("farm20", "q17"): C},
    "tomb_woman_age": {("q3035", "ober45"): C},
    "tomb_objects": {("min300", "q214"): C, ("min300", "min300"): SC, ("q214", "q214"): SC},
    "tomb_mask": {("q12", "min2"): C, ("q12", "lind1"): CO, ("min2", "lind1"): C},
    "tomb_depth": {("q11", "outl7"): C, ("q11", "outs11"): CO, ("outl7", "outs11"): C},
    "tomb_found": {("q814", "farmjuly"): C, ("q814", "outsaug"): CO, ("farmjuly", "outsaug"): C},
    "tomb_season": {("q3", "outs5"): C},
    "tomb_museum_money": {("min5m", "min5m"): SC, ("min5m", "tello12"): C},
    "tomb_seized": {("pol47", "pros52"): C},
    "tomb_arrests": {("pol3", "pros4"): C},
    "tomb_visitors": {("outw120", "reg200"): C},
    "tomb_guards": {("min12", "farm2"): C},
    # fx
    "fx_devaluation": {("rbm375", "fin60"): CO, ("rbm375", "opphalf"): C, ("rbm375", "chir60"): CO,
                       ("rbm375", "rein37"): CO, ("fin60", "chir60"): CO, ("fin60", "rein37"): CO,
                       ("opphalf", "chir60"): C, ("opphalf", "rein37"): C, ("chir60", "rein37"): CO},
    "fx_new_rate": {("rbm2800", "rbm2800"): SC},
    "fx_old_rate": {("rbm1751", "rbm1751"): SC},
    "fx_announced": {("rbm7", "outd9"): C, ("rbm7", "outr7"): CO, ("rbm7", "outb18"): CO, ("outd9", "outr7"): C,
                     ("outd9", "outb18"): C, ("outr7", "outb18"): CO},
    "fx_future": {("rbmmarket", "finnomore"): C, ("rbmmarket", "imfmarket"): CO, ("finnomore", "imfmarket"): C},
    "fx_rate_rise": {("rbm200", "rbm200"): SC, ("rbm200", "outd2"): CO},
    "fx_policy_rate": {("rbm28", "rbm28"): SC, ("rbm28", "outd26"): C},
    "fx_inflation_peak": {("rbm32", "chir40"): C, ("rbm32", "rein36"): C, ("chir40", "rein36"): C},
    "fx_inflation": {("nso284", "opp30"): C},
    "fx_reserves_months": {("rbm11", "chir3w"): C},
    "fx_reserves_usd": {("rbm151", "rein90"): C},
    "fx_imf_term": {("imf38", "imf38"): SC, ("imf38", "fin3y"): C},
    "fx_imf_amount": {("imf175", "imf175"): SC, ("imf175", "fin210"): C},
    "fx_petrol_rise": {("mera38", "mwale40"): C},
    "fx_petrol_price": {("mera3499", "mera3499"): SC, ("mera3499", "mwale3650"): C},
    "fx_parallel": {("fba3400", "chir3100"): C, ("fba3400", "fba3650"): U, ("chir3100", "fba3650"): C},
    "fx_growth": {("fin32", "imf18"): C},
    "fx_tobacco": {("tc380", "exp310"): C},
    "fx_march": {("pol300", "opp5000"): C, ("pol300", "outbhund"): CO},
    "fx_detained": {("pol14", "opp30det"): C},
    "fx_fares": {("mwalefare", "mwalefare"): SC},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
