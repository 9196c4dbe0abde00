"""Hand labels for bench/blind49 (an emergency spillway release from Mwela Gorge Dam, a hydropower dam on the Lunga
River in Zambia's North-Western Province, whose operator opened the gates at 01:30 on Saturday 7 February 2032, the
time of the release and of the warning, the sirens, the water's arrival, the gates, the discharge, the reservoir level,
the rain, the distance to the first village, the dam's height, capacity, output and age, earlier releases, the
villages, households and people displaced, the camps, the rescued, the dead and missing, crops, cattle, schools, the
road, compensation and relief money disputed, with times in Central Africa Time, UTC+2 all year (Zambia), South Africa
Standard Time, UTC+2, and GMT, across midnight; an earthquake in the Rasht valley of Tajikistan at 02:47 on Tuesday 14
October 2031, its time, magnitude, depth, intensity, epicentre and distance from the capital, the dead (revised
twice), children among them, the injured and hospitalised, houses destroyed and damaged, schools, villages, the
hospital, landslides, the road, rescuers, Russian aid, aftershocks, tents, the valley's population and the cost
disputed, with times in Tajikistan time, UTC+5 all year, Moscow time, UTC+3, UTC and British Summer Time, UTC+1,
across midnight; the overnight Split-Ancona ferry Sveti Duje, which lost power in a bora west of the Croatian island
of Vis at 23:40 on Friday 22 August 2031 and drifted until tugs towed it back to Split, the times of departure, power
loss and berthing, the hours adrift, passengers, crew, cars and lorries, the cause, wind, waves, position, drift,
tugs, injured and airlifted, the ship's age, length and capacity, the last inspection, compensation, cancelled
sailings, nationalities and Britons on board disputed, with times in Central European Summer Time, UTC+2, GMT and
British Summer Time, UTC+1).
Run from the project root:
    python3 bench/blind49/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
OPR = ("Lunga Hydro Power Company Limited, LHPC, the dam's operator (Managing Director Eng. Bwalya Kasonde-Phiri, "
       "corporate affairs manager Natasha Mumba-Chileshe)")
DMMU = "Zambia's Disaster Management and Mitigation Unit, DMMU (national coordinator Mutinta Hamoonga-Zulu)"
POLZ = "the Zambia Police in North-Western Province (provincial commissioner Davies Mulenga-Sichone)"
MPZ = "Hon. Precious Mutale-Lungu, MP for Kasempa Central (Zambia)"
HDM = "Kamilombe village headman Jackson Kalaba-Nkhata"
FARM = "the Kasempa District Farmers' Association (chairperson Gift Chilufya-Mwale) and the district's farmers"
MINZ = "Zambia's Energy Minister Hon. Dr. Laura Siachitema-Bwalya"
RDA = "Zambia's Road Development Agency, RDA"
DC = "Kasempa District Commissioner Oscar Lubinda-Ngoma and his office"
WARMA = "Zambia's Water Resources Management Authority, WARMA"
ZMD = "the Zambia Meteorological Department"
ZFRN = "the Zambia Flood Response Network, an alliance of charities (coordinator Ruth Nalwamba-Chanda)"
GRID = "a source at Zambia's national grid operator (unnamed, speaking to ESAPA)"

COES = "Tajikistan's Committee of Emergency Situations and Civil Defence, CoES"
IGS = ("the Institute of Geology, Earthquake Engineering and Seismology of Tajikistan's National Academy of Sciences "
       "(director Dr. Farrukh Sharifzoda-Nazarov)")
USGS = "the US Geological Survey, USGS"
GSRAS = "the Geophysical Survey of the Russian Academy of Sciences"
MOH = "Tajikistan's Ministry of Health and Social Protection of Population"
DIST = "Rasht district chairman Davlat Qurbonzoda-Rahmon (Tajikistan)"
BT = "Barqi Tojik, Tajikistan's state power company"
GOVT = "the Government of Tajikistan (First Deputy Prime Minister Khurshed Mirzozoda-Latifov)"
RES = "residents of the Rasht valley (reached by telephone by Eurasia Today)"
EMER = "Russia's Emergencies Ministry"
RCST = "the Red Crescent Society of Tajikistan (secretary general Manizha Rahimova-Boboeva)"
DRV = "drivers waiting at Obigarm (to The Northern Ledger)"

DSL = "Dalmatia Sea Lines d.d., DSL, the ferry's operator (chief executive Ante Barišić-Kovač)"
HM = "the Split Harbour Master's Office (harbour master Capt. Mirela Jurić-Tomasović)"
DHMZ = "Croatia's State Hydrometeorological Institute, DHMZ"
KBC = "the Clinical Hospital Centre Split, KBC Split"
SHPT = "the Croatian Ferry Crews' Union, SHPT (president Tomislav Vukić-Lozina)"
MINC = "Croatia's Minister of the Sea, Transport and Infrastructure Dr. Zoran Matijević-Šarić"
ITCG = "the Italian Coast Guard"
UKEMB = "the British embassy in Zagreb"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- dam: LHPC opens the spillway gates of Mwela Gorge Dam at 01:30 on Saturday 7 February 2032 in
    # Zambia (Central Africa Time, UTC+2 all year) = 23:30 GMT on Friday 6 February = 01:30 SAST (UTC+2, the same
    # clock); 1 cubic metre is 1,000 litres; 1 hectare is about 2.47 acres; the kwacha at 26.5 to the dollar; the
    # DMMU's households 1,430 -> 2,015 and people about 8,600 -> about 11,400 (Sunday -> Monday)
    # the operator's press statement (own-line date, letterhead with an address and toll-free line, "For immediate
    # release" with "14:00 hours", a title in capitals, a quote, notes to editors, "-ENDS-"), Saturday 7 Feb
    ("dam_operator.txt", "at 01:30 hours on Saturday, 7 February 2032", None, OPR, "dam_time", "opr0130"),
    ("dam_operator.txt", "more than 200 mm in two days", 200, OPR, "dam_rain", "opr200"),
    ("dam_operator.txt", "98.6 per cent of capacity", 98.6, OPR, "dam_level", "opr986"),
    ("dam_operator.txt", "the 62-metre dam wall", 62, OPR, "dam_height", "opr62"),
    ("dam_operator.txt", "opened three", 3, OPR, "dam_gates_open", "opr3"),
    ("dam_operator.txt", "the five spillway gates", 5, OPR, "dam_total_gates", "opr5"),
    ("dam_operator.txt", "approximately 1,200 cubic metres per second", 1200, OPR, "dam_flow", "opr1200"),
    ("dam_operator.txt", "notified at 23:45 hours on Friday, 6 February", None, OPR, "dam_warning", "opr2345"),
    ("dam_operator.txt", "Sirens at the dam site were sounded", None, OPR, "dam_sirens", "oprsiren"),
    ("dam_operator.txt", "some 38 kilometres downstream", 38, OPR, "dam_distance", "opr38"),
    ("dam_operator.txt", "the first spillway release since March 2023", None, OPR, "dam_previous", "oprfirst"),
    ("dam_operator.txt", "the 120 MW power station", 120, OPR, "dam_capacity", "opr120"),
    ("dam_operator.txt", "reduced to 40 MW", 40, OPR, "dam_generation", "opr40"),
    ("dam_operator.txt", "commissioned in 2019", None, OPR, "dam_commissioned", "opr2019"),
    # a Lusaka daily (The Lusaka Sentinel; date prefix glued to the masthead, headline and standfirst, byline, photo
    # caption, its own time, gates, opening year and gate count, the DMMU's first figures, the police, an MP, a
    # headman, farmers, the minister, the roads agency, "SEE ALSO" line, "COMMENTS (3)", publisher line), Monday 9 Feb
    ("dam_local.txt", "opened three spillway gates", 3, O, "dam_gates_open", "ls3"),
    ("dam_local.txt", "at about 1.30am on Saturday", None, O, "dam_time", "ls0130"),
    ("dam_local.txt", "opened in 2017", None, O, "dam_commissioned", "ls2017"),
    ("dam_local.txt", "six radial gates", 6, O, "dam_total_gates", "ls6"),
    ("dam_local.txt", "17 villages had been affected", 17, DMMU, "dam_villages", "dmmu17"),
    ("dam_local.txt", "1,430 households displaced", 1430, DMMU, "dam_households", "dmmu1430"),
    ("dam_local.txt", "about 8,600 people in all", 8600, DMMU, "dam_people", "dmmu8600"),
    ("dam_local.txt", "11 camps had been opened", 11, DMMU, "dam_camps", "dmmu11"),
    ("dam_local.txt", "rescued 37 people", 37, DMMU, "dam_rescued", "dmmu37"),
    ("dam_local.txt", "four people, two of them children, drowned", 4, POLZ, "dam_deaths", "pol4"),
    ("dam_local.txt", "Three people remain missing", 3, POLZ, "dam_missing", "pol3"),
    ("dam_local.txt", "at least nine people had died", 9, MPZ, "dam_deaths", "mp9"),
    ("dam_local.txt", "about 15 kilometres below the dam", 15, O, "dam_distance", "ls15"),
    ("dam_local.txt", "the water arrived at around 3am", None, HDM, "dam_arrival", "hdm0300"),
    ("dam_local.txt", "Nobody heard a siren", None, HDM, "dam_sirens", "hdmnosiren"),
    ("dam_local.txt", "4,500 hectares of maize and groundnuts", 4500, FARM, "dam_crops", "farm4500"),
    ("dam_local.txt", "more than 600 head of cattle", 600, FARM, "dam_cattle", "farm600"),
    ("dam_local.txt", "K5,000 in emergency support", 5000, MINZ, "dam_compensation", "min5000"),
    ("dam_local.txt", "closed for at least two weeks", 2, RDA, "dam_road", "rda2w"),
    # a Johannesburg broadcaster's web page (HBC News; leading-space own-line date, section line with a time in SAST,
    # share and listen line, video caption, the release "at 01:30 SAST on Saturday" (right: SAST and Zambia's CAT are
    # the same clock), the discharge in litres, its own gate count, capacity and dam height, the DMMU's deaths, the
    # district commissioner, WARMA disputing the timeline, the weather office, the charities' network, farmers' acres,
    # the minister's payment in dollars, "RELATED" line, copyright line), Sunday 8 Feb
    ("dam_broadcaster.txt", "at 01:30 SAST on Saturday", None, O, "dam_time", "hbc0130"),
    ("dam_broadcaster.txt", "1.2 million litres a second", 1200000, OPR, "dam_flow", "opr1200"),
    ("dam_broadcaster.txt", "all five spillway gates were opened", 5, O, "dam_gates_open", "hbc5"),
    ("dam_broadcaster.txt", "five deaths had been confirmed", 5, DMMU, "dam_deaths", "dmmu5"),
    ("dam_broadcaster.txt", "23 villages had been hit", 23, DC, "dam_villages", "dc23"),
    ("dam_broadcaster.txt", "14 schools closed", 14, DC, "dam_schools", "dc14"),
    ("dam_broadcaster.txt", "about 250 cattle had drowned", 250, DC, "dam_cattle", "dc250"),
    ("dam_broadcaster.txt", "informed of the release only at 4.10am", None, DC, "dam_warning", "dc0410"),
    ("dam_broadcaster.txt", "the water reached the first villages around 6am", None, DC, "dam_arrival", "dc0600"),
    ("dam_broadcaster.txt", "reopen within four days", 4, DC, "dam_road", "dc4d"),
    ("dam_broadcaster.txt", "opened from about 11pm on Friday", None, WARMA, "dam_time", "warma2300"),
    ("dam_broadcaster.txt", "about 2,100 cubic metres per second", 2100, WARMA, "dam_flow", "warma2100"),
    ("dam_broadcaster.txt", "about 1.4 metres above full supply level", 1.4, WARMA, "dam_level", "warma14"),
    ("dam_broadcaster.txt", "142mm of rain", 142, ZMD, "dam_rain", "zmd142"),
    ("dam_broadcaster.txt", "at least 15,000 people had been displaced", 15000, ZFRN, "dam_people", "ngo15k"),
    ("dam_broadcaster.txt", "more than 3,000 households", 3000, ZFRN, "dam_households", "ngo3000"),
    ("dam_broadcaster.txt", "eleven people were unaccounted for", 11, ZFRN, "dam_missing", "ngo11"),
    ("dam_broadcaster.txt", "about 60 people had been plucked from rooftops", 60, ZFRN, "dam_rescued", "ngo60"),
    ("dam_broadcaster.txt", "11,000 acres of crops", 11000, FARM, "dam_crops", "farm4500"),
    ("dam_broadcaster.txt", "K5,000, or about US$190", 5000, MINZ, "dam_compensation", "min5000"),
    ("dam_broadcaster.txt", "The 120MW station", 120, O, "dam_capacity", "hbc120"),
    ("dam_broadcaster.txt", "an 80-metre-high dam wall", 80, O, "dam_height", "hbc80"),
    # a Nairobi news agency's wire (ESAPA; no date line, a time line in GMT with "UPDATE 3", glued dateline
    # "(ESAPA) -Zambia's", the release "at 2330 GMT on Friday" (right: 01:30 on Saturday in Zambia), the DMMU's raised
    # counts, its crop figure and relief money, the district office's camps, the police restated, the charities'
    # schools and earlier releases, its own capacity, a grid source on generation, the exchange rate, sign-off and
    # copyright lines), Monday 9 Feb
    ("dam_wire.txt", "to about 11,400", 11400, DMMU, "dam_people", "dmmu11400"),
    ("dam_wire.txt", "at 2330 GMT on Friday", None, O, "dam_time", "esa2330"),
    ("dam_wire.txt", "about 1,200 cubic metres a second", 1200, OPR, "dam_flow", "opr1200"),
    ("dam_wire.txt", "142 millimetres of rain", 142, ZMD, "dam_rain", "zmd142"),
    ("dam_wire.txt", "2,015 households", 2015, DMMU, "dam_households", "dmmu2015"),
    ("dam_wire.txt", "across 17 villages", 17, DMMU, "dam_villages", "dmmu17"),
    ("dam_wire.txt", "about 1,900 hectares", 1900, DMMU, "dam_crops", "dmmu1900"),
    ("dam_wire.txt", "K12 million", 12000000, DMMU, "dam_relief_funds", "dmmu12m"),
    ("dam_wire.txt", "sheltering in 14 camps", 14, DC, "dam_camps", "dc14c"),
    ("dam_wire.txt", "four people had drowned", 4, POLZ, "dam_deaths", "pol4"),
    ("dam_wire.txt", "three were missing", 3, POLZ, "dam_missing", "pol3"),
    ("dam_wire.txt", "more than 20 schools were closed", 20, ZFRN, "dam_schools", "ngo20"),
    ("dam_wire.txt", "opened three times in five years", 3, ZFRN, "dam_previous", "ngo3in5"),
    ("dam_wire.txt", "the 150-megawatt plant", 150, O, "dam_capacity", "esa150"),
    ("dam_wire.txt", "has been halted entirely", None, GRID, "dam_generation", "grid0"),
    ("dam_wire.txt", "$1 = 26.5 Zambian kwacha", 26.5, O, "dam_fx", "esafx"),

    # ---------------- quake: an earthquake in the Rasht valley at 02:47 on Tuesday 14 October 2031 in Tajikistan
    # (UTC+5 all year) = 21:47 UTC on Monday 13 October = 22:47 BST (UTC+1) on Monday = 00:47 Moscow time (UTC+3) on
    # Tuesday; 1 mile is 1.609 km; the somoni at 11 to the dollar; the CoES's dead 11 (09:00 Tuesday) -> 19 (Tuesday
    # evening) -> 23 (Wednesday morning) and damaged houses 2,740 -> 3,115
    # the emergencies committee's information message (date prefix with the committee's name continuing on the same
    # line, a press-centre line with "14.10.2031 · 09:00", "INFORMATION MESSAGE No. 2", numbered paragraphs, the
    # seismology institute's parameters, "persons", a hotline and phone number), Tuesday 14 Oct
    ("quake_coes.txt", "at 02:47 (Dushanbe time) on 14 October 2031", None, COES, "quake_time", "coes0247"),
    ("quake_coes.txt", "a magnitude of 5.9", 5.9, IGS, "quake_magnitude", "igs59"),
    ("quake_coes.txt", "27 kilometres north-east of the town of Gharm", 27, IGS, "quake_epicentre", "igs27"),
    ("quake_coes.txt", "at a depth of 12 km", 12, IGS, "quake_depth", "igs12"),
    ("quake_coes.txt", "reached 7 points on the MSK-64 scale", 7, COES, "quake_intensity", "coes7"),
    ("quake_coes.txt", "11 persons died", 11, COES, "quake_deaths", "coes11"),
    ("quake_coes.txt", "including 4 children", 4, COES, "quake_children", "coes4"),
    ("quake_coes.txt", "64 persons received injuries", 64, COES, "quake_injured", "coes64"),
    ("quake_coes.txt", "In 38 villages", 38, COES, "quake_villages", "coes38"),
    ("quake_coes.txt", "312 residential houses were completely destroyed", 312, COES, "quake_destroyed", "coes312"),
    ("quake_coes.txt", "2,740 houses were damaged", 2740, COES, "quake_damaged", "coes2740"),
    ("quake_coes.txt", "9 schools", 9, COES, "quake_schools", "coes9"),
    ("quake_coes.txt", "86 patients", 86, COES, "quake_hospital_evac", "coes86"),
    ("quake_coes.txt", "blocked by landslides in four places", 4, COES, "quake_landslides", "coes4pl"),
    ("quake_coes.txt", "1,240 rescuers and servicemen", 1240, COES, "quake_rescuers", "coes1240"),
    # a Dushanbe news agency's English service (Varzob; own-line date, section line with "20:35", headline with the
    # toll, dateline "DUSHANBE, 14 October (Varzob) –", the committee's raised toll and houses, its correspondent's
    # schools and blocked road, the institute's aftershocks, the health ministry, the district chairman, the road's
    # reopening, tents and Russian aid, the power company, the deputy prime minister's damage in somoni, its own
    # distance and population, tags, reprint line), Tuesday 14 Oct
    ("quake_agency.txt", "at 2:47 a.m. local time on Tuesday", None, O, "quake_time", "dta0247"),
    ("quake_agency.txt", "has risen to 19", 19, COES, "quake_deaths", "coes19"),
    ("quake_agency.txt", "had risen to 3,115", 3115, COES, "quake_damaged", "coes3115"),
    ("quake_agency.txt", "14 schools were damaged", 14, O, "quake_schools", "dta14"),
    ("quake_agency.txt", "measured 5.9", 5.9, IGS, "quake_magnitude", "igs59"),
    ("quake_agency.txt", "more than 60 aftershocks", 60, IGS, "quake_aftershocks", "igs60"),
    ("quake_agency.txt", "of magnitude 4.8", 4.8, IGS, "quake_largest_aftershock", "igs48"),
    ("quake_agency.txt", "132 people were injured", 132, MOH, "quake_injured", "moh132"),
    ("quake_agency.txt", "47 remain in hospital", 47, MOH, "quake_hospitalised", "moh47"),
    ("quake_agency.txt", "14 of the dead were residents of his district", 14, DIST, "quake_district_deaths", "dist14"),
    ("quake_agency.txt", "more than 50 villages", 50, DIST, "quake_villages", "dist50"),
    ("quake_agency.txt", "reopened to traffic at 16:00 on Tuesday", None, COES, "quake_road", "coes1600"),
    ("quake_agency.txt", "blocked in seven places", 7, O, "quake_landslides", "dta7"),
    ("quake_agency.txt", "2,000 tents", 2000, COES, "quake_tents", "coes2000"),
    ("quake_agency.txt", "one aircraft of the Russian Emergencies Ministry", 1, COES, "quake_ru_planes", "coes1pl"),
    ("quake_agency.txt", "46 specialists", 46, COES, "quake_ru_rescuers", "coes46"),
    ("quake_agency.txt", "about 18,000 households", 18000, BT, "quake_power_households", "bt18k"),
    ("quake_agency.txt", "640 million somoni", 640000000, GOVT, "quake_cost", "gov640"),
    ("quake_agency.txt", "about 180 kilometres east of Dushanbe", 180, O, "quake_capital_distance", "dta180"),
    ("quake_agency.txt", "about 250,000 people", 250000, O, "quake_population", "dta250k"),
    # a Moscow broadcaster's English web page (Eurasia Today; date prefix glued to the masthead, a time in MSK, the
    # zone mistake "at 23:47 Moscow time on Monday" (Moscow is two hours behind Dushanbe: it was 00:47 on Tuesday),
    # the Russian survey's magnitude and depth, its own intensity, distances, injured, hospital, houses and
    # population, residents on the dead and the children, Russia's ministry on its aircraft and rescuers, "Read more"
    # lines, copyright line), Tuesday 14 Oct
    ("quake_moscow.txt", "at least 35 people", 35, RES, "quake_deaths", "res35"),
    ("quake_moscow.txt", "at 23:47 Moscow time on Monday", None, O, "quake_time", "msk2347"),
    ("quake_moscow.txt", "put its magnitude at 6.3", 6.3, GSRAS, "quake_magnitude", "gsras63"),
    ("quake_moscow.txt", "about 20 km underground", 20, GSRAS, "quake_depth", "gsras20"),
    ("quake_moscow.txt", "Shaking of up to 8 points", 8, O, "quake_intensity", "msk8"),
    ("quake_moscow.txt", "about 60 km from Gharm", 60, O, "quake_epicentre", "msk60"),
    ("quake_moscow.txt", "some 250 km from the capital", 250, O, "quake_capital_distance", "msk250"),
    ("quake_moscow.txt", "at least 10 children were among the dead", 10, RES, "quake_children", "res10"),
    ("quake_moscow.txt", "About 170 people have been injured", 170, O, "quake_injured", "msk170"),
    ("quake_moscow.txt", "about 120 patients", 120, O, "quake_hospital_evac", "msk120"),
    ("quake_moscow.txt", "About 450 homes were destroyed", 450, O, "quake_destroyed", "msk450"),
    ("quake_moscow.txt", "about 4,000 damaged", 4000, O, "quake_damaged", "msk4000"),
    ("quake_moscow.txt", "two Il-76 aircraft", 2, EMER, "quake_ru_planes", "emer2"),
    ("quake_moscow.txt", "96 rescuers", 96, EMER, "quake_ru_rescuers", "emer96"),
    ("quake_moscow.txt", "some 400,000 people", 400000, O, "quake_population", "msk400k"),
    # a London paper's live blog (The Northern Ledger; leading-space own-line date, "Live" masthead, key events,
    # entries newest first with times in BST across two days, the committee's toll, the Red Crescent, drivers on the
    # road, its own hospital count, aftershock count, rescuers and people without power, the government's damage in
    # dollars with an exchange rate, the USGS's time in UTC, magnitude, depth, aftershock and distances in miles, its
    # own time "at 10.47pm UK time on Monday" (right: 22:47 BST), a comment count, two reader comments), Tue 14 - Wed
    # 15 Oct
    ("quake_liveblog.txt", "now says 23 people have died", 23, COES, "quake_deaths", "coes23"),
    ("quake_liveblog.txt", "up from 19 last night", 19, COES, "quake_deaths", "coes19"),
    ("quake_liveblog.txt", "more than 200 people were injured", 200, RCST, "quake_injured", "rc200"),
    ("quake_liveblog.txt", "nearly 600 homes destroyed", 600, RCST, "quake_destroyed", "rc600"),
    ("quake_liveblog.txt", "1,850 families need shelter", 1850, RCST, "quake_families", "rc1850"),
    ("quake_liveblog.txt", "remained closed on Wednesday morning", None, DRV, "quake_road", "drvclosed"),
    ("quake_liveblog.txt", "About 80 people are in hospital", 80, O, "quake_hospitalised", "ntl80"),
    ("quake_liveblog.txt", "only 700 tents have reached families", 700, RCST, "quake_tents", "rc700"),
    ("quake_liveblog.txt", "about two dozen aftershocks", 24, O, "quake_aftershocks", "ntl24"),
    ("quake_liveblog.txt", "about $58m", 58000000, GOVT, "quake_cost", "gov640"),
    ("quake_liveblog.txt", "$1 = 11 somoni", 11, O, "quake_fx", "ntlfx"),
    ("quake_liveblog.txt", "About 900 rescuers", 900, O, "quake_rescuers", "ntl900"),
    ("quake_liveblog.txt", "some 40,000 people", 40000, O, "quake_power_people", "ntl40k"),
    ("quake_liveblog.txt", "the strongest aftershock so far, a 5.2", 5.2, USGS, "quake_largest_aftershock", "usgs52"),
    ("quake_liveblog.txt", "at 10.47pm UK time on Monday", None, O, "quake_time", "ntl2247"),
    ("quake_liveblog.txt", "21:47 UTC on Monday", None, USGS, "quake_time", "usgs2147"),
    ("quake_liveblog.txt", "the magnitude as 6.1", 6.1, USGS, "quake_magnitude", "usgs61"),
    ("quake_liveblog.txt", "at a depth of 10 kilometres", 10, USGS, "quake_depth", "usgs10"),
    ("quake_liveblog.txt", "about 17 miles north-east of Gharm", 17, USGS, "quake_epicentre", "usgs17mi"),
    ("quake_liveblog.txt", "roughly 110 miles east of the capital", 110, USGS, "quake_capital_distance", "usgs110mi"),

    # ---------------- ferry: the Sveti Duje leaves Split at 20:30 on Friday 22 August 2031 (Central European Summer
    # Time, UTC+2) = 18:30 GMT = 19:30 BST, loses propulsion at 23:40 CEST = 21:40 GMT = 22:40 BST and berths in Split
    # at 10:15 CEST on Saturday 23 August = 08:15 GMT = 09:15 BST; 1 nautical mile is 1.852 km and about 1.15 miles,
    # 1 knot is 1.852 km/h
    # the operator's press release (own-line date, letterhead with an address, "PRESS RELEASE" with place and date, a
    # title in capitals, a quote, "About the vessel", passenger line with "(0-24)", "-END-"), Saturday 23 Aug
    ("ferry_operator.txt", "lost propulsion at 23:40 on Friday, 22 August", None, DSL, "ferry_blackout", "dsl2340"),
    ("ferry_operator.txt", "a failure of the main electrical switchboard", None, DSL, "ferry_cause", "dslswitch"),
    ("ferry_operator.txt", "departed Split at 20:30", None, DSL, "ferry_departure", "dsl2030"),
    ("ferry_operator.txt", "612 passengers", 612, DSL, "ferry_passengers", "dsl612"),
    ("ferry_operator.txt", "58 crew members", 58, DSL, "ferry_crew", "dsl58"),
    ("ferry_operator.txt", "184 cars", 184, DSL, "ferry_cars", "dsl184"),
    ("ferry_operator.txt", "37 lorries", 37, DSL, "ferry_lorries", "dsl37"),
    ("ferry_operator.txt", "passengers from 23 countries", 23, DSL, "ferry_countries", "dsl23"),
    ("ferry_operator.txt", "18 nautical miles west of the island of Vis", 18, DSL, "ferry_position", "dsl18"),
    ("ferry_operator.txt", "winds of up to 120 km/h", 120, DSL, "ferry_wind", "dsl120"),
    ("ferry_operator.txt", "waves of up to six metres", 6, DSL, "ferry_waves", "dsl6"),
    ("ferry_operator.txt", "drifted for approximately seven hours", 7, DSL, "ferry_adrift_hours", "dsl7"),
    ("ferry_operator.txt", "two tugs took it in tow", 2, DSL, "ferry_tugs", "dsl2t"),
    ("ferry_operator.txt", "Nine passengers suffered minor injuries", 9, DSL, "ferry_injured", "dsl9"),
    ("ferry_operator.txt", "compensation of €150 per passenger", 150, DSL, "ferry_compensation", "dsl150"),
    ("ferry_operator.txt", "Four sailings on the Split–Ancona line have been cancelled", 4, DSL, "ferry_cancelled",
     "dsl4"),
    ("ferry_operator.txt", "a 137-metre ro-pax ferry", 137, DSL, "ferry_length", "dsl137"),
    ("ferry_operator.txt", "built in 1998", None, DSL, "ferry_built", "dsl1998"),
    ("ferry_operator.txt", "certified to carry 1,200 passengers", 1200, DSL, "ferry_capacity", "dsl1200"),
    # a Split daily's English edition (Dalmatinski Dnevnik; date prefix with the paper's name continuing on the same
    # line and a Croatian-style date "24.08.2031.", section line, a headline in capitals with a quote, author and photo
    # line, photo caption, "bura", its own hours adrift, time, trucks, drift in kilometres and cancelled crossings, the
    # harbour master, the weather institute, the hospital, the union, the operator's offer and its cause restated, the
    # minister, a passenger, "READ ALSO" line, "Comments (2)", rights line), Sunday 24 Aug
    ("ferry_local.txt", "for nearly 11 hours", 11, O, "ferry_adrift_hours", "dd11"),
    ("ferry_local.txt", "shortly before midnight on Friday", None, O, "ferry_blackout", "dd2355"),
    ("ferry_local.txt", "627 passengers were on board", 627, HM, "ferry_passengers", "hm627"),
    ("ferry_local.txt", "berthed in Split at 10:15 on Saturday", None, HM, "ferry_berth", "hm1015"),
    ("ferry_local.txt", "two tugs from Split", 2, HM, "ferry_tugs", "hm2t"),
    ("ferry_local.txt", "Two passengers, a pregnant woman and a man with chest pains, were airlifted", 2, HM,
     "ferry_airlifted", "hm2a"),
    ("ferry_local.txt", "gusts of up to 45 knots", 45, DHMZ, "ferry_wind", "dhmz45"),
    ("ferry_local.txt", "Of the 52 trucks on board", 52, O, "ferry_lorries", "dd52"),
    ("ferry_local.txt", "almost 40 kilometres", 40, O, "ferry_drift_distance", "dd40"),
    ("ferry_local.txt", "treated 17 people", 17, KBC, "ferry_injured", "kbc17"),
    ("ferry_local.txt", "a fire in the engine room", None, SHPT, "ferry_cause", "unfire"),
    ("ferry_local.txt", "a failure of the switchboard as the company says", None, DSL, "ferry_cause", "dslswitch"),
    ("ferry_local.txt", "only 41 crew", 41, SHPT, "ferry_crew", "un41"),
    ("ferry_local.txt", "a 34-year-old ship", 34, SHPT, "ferry_built", "un34"),
    ("ferry_local.txt", "licensed for 1,000 passengers", 1000, SHPT, "ferry_capacity", "un1000"),
    ("ferry_local.txt", "its last full inspection was in 2029", None, SHPT, "ferry_inspection", "un2029"),
    ("ferry_local.txt", "€150 of compensation", 150, DSL, "ferry_compensation", "dsl150"),
    ("ferry_local.txt", "Six crossings to Ancona have been cancelled", 6, O, "ferry_cancelled", "dd6"),
    ("ferry_local.txt", "preliminary findings within 30 days", 30, MINC, "ferry_inquiry", "minc30"),
    # a Rome news agency's English wire (ASA; no date line, a time line in GMT with "URGENT / UPDATE 2", glued dateline
    # "(ASA) -A", "bora", its own passengers, length, times in GMT, crew, tugs and countries, the Italian Coast Guard
    # on the position and the airlift, the harbour master on the fire, the drift in nautical miles and the inspection,
    # the weather service's waves, the British embassy, background, reporting line, copyright line), Saturday 23 Aug
    ("ferry_wire.txt", "more than 600 passengers", 600, O, "ferry_passengers", "asa600"),
    ("ferry_wire.txt", "The 150-metre ferry", 150, O, "ferry_length", "asa150"),
    ("ferry_wire.txt", "lost propulsion at 2140 GMT on Friday", None, O, "ferry_blackout", "asa2140"),
    ("ferry_wire.txt", "leaving Split at 1830 GMT", None, O, "ferry_departure", "asa1830"),
    ("ferry_wire.txt", "Its 58 crew", 58, O, "ferry_crew", "asa58"),
    ("ferry_wire.txt", "about 30 nautical miles south-west of Vis", 30, ITCG, "ferry_position", "itcg30"),
    ("ferry_wire.txt", "a small fire in the engine room", None, HM, "ferry_cause", "hmfire"),
    ("ferry_wire.txt", "drifted some 14 nautical miles", 14, HM, "ferry_drift_distance", "hm14"),
    ("ferry_wire.txt", "last full inspection was in May this year", None, HM, "ferry_inspection", "hmmay"),
    ("ferry_wire.txt", "Three tugboats reached the ferry", 3, O, "ferry_tugs", "asa3t"),
    ("ferry_wire.txt", "docked at 0815 GMT on Saturday", None, O, "ferry_berth", "asa0815"),
    ("ferry_wire.txt", "Three people were flown to hospital by helicopter", 3, ITCG, "ferry_airlifted", "itcg3"),
    ("ferry_wire.txt", "waves reached up to four metres", 4, DHMZ, "ferry_waves", "dhmz4"),
    ("ferry_wire.txt", "Passengers came from 19 countries", 19, O, "ferry_countries", "asa19"),
    ("ferry_wire.txt", "about 90 British nationals", 90, UKEMB, "ferry_britons", "ukemb90"),
    # a London travel newsletter (The Sunlounger Brief; date prefix glued to the masthead with an issue number,
    # affiliate disclosure, numbered sections, its own departure "at 8pm", the zone mistake "At 11.40pm BST" (Split's
    # CEST clock given as BST: it was 22:40 BST) and "at 11.15am UK time" (an hour added instead of taken away: it
    # was 09:15 BST), the operator's passengers, hours and cause restated, the weather service's gusts in km/h, the
    # port officials' drift in miles, its own Britons, cars, injured and compensation, a reader quoted, "Our take", a
    # price and sea-temperature item, unsubscribe and copyright lines), Monday 25 Aug
    ("ferry_newsletter.txt", "left Split at 8pm on Friday", None, O, "ferry_departure", "slb2000"),
    ("ferry_newsletter.txt", "At 11.40pm BST", None, O, "ferry_blackout", "slb2340bst"),
    ("ferry_newsletter.txt", "gusts of around 83km/h", 83, DHMZ, "ferry_wind", "dhmz45"),
    ("ferry_newsletter.txt", "612 passengers, according to the operator", 612, DSL, "ferry_passengers", "dsl612"),
    ("ferry_newsletter.txt", "around 140 Britons", 140, O, "ferry_britons", "slb140"),
    ("ferry_newsletter.txt", "about 150 cars", 150, O, "ferry_cars", "slb150"),
    ("ferry_newsletter.txt", "drifted for seven hours, the operator says", 7, DSL, "ferry_adrift_hours", "dsl7"),
    ("ferry_newsletter.txt", "about 16 miles, according to Croatian port officials", 16, HM, "ferry_drift_distance",
     "hm14"),
    ("ferry_newsletter.txt", "docked back in Split at 11.15am UK time on Saturday", None, O, "ferry_berth", "slb1115"),
    ("ferry_newsletter.txt", "A dozen people were hurt", 12, O, "ferry_injured", "slb12"),
    ("ferry_newsletter.txt", "blamed an electrical fault", None, DSL, "ferry_cause", "dslswitch"),
    ("ferry_newsletter.txt", "€250 in compensation", 250, O, "ferry_compensation", "slb250"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("dam_operator.txt", "within 72 hours", 72, OPR, "dam_opt_normal_level"),
    ("dam_operator.txt", "two boats, a truck and food supplies", 2, OPR, "dam_opt_boats"),
    ("dam_local.txt", "Thousands of families", None, O, "dam_opt_thousands"),
    ("dam_local.txt", "We lost 40 bags of maize", 40, "reader Bana Mulenga", "dam_opt_reader_maize"),
    ("dam_wire.txt", "up to eight hours a day", 8, GRID, "dam_opt_power_cuts"),
    ("quake_coes.txt", "3 medical institutions", 3, COES, "quake_opt_medical"),
    ("quake_coes.txt", "2 bridges", 2, COES, "quake_opt_bridges"),
    ("quake_coes.txt", "136 units of equipment", 136, COES, "quake_opt_equipment"),
    ("quake_moscow.txt", "40 tonnes of humanitarian cargo", 40, EMER, "quake_opt_cargo"),
    ("quake_moscow.txt", "flattening homes in dozens of villages", None, O, "quake_opt_dozens"),
    ("quake_liveblog.txt", "struck at 08.58 BST", None, USGS, "quake_opt_aftershock_time"),
    ("quake_liveblog.txt", "No electricity for 30 hours now", 30, "reader Farida_in_Leeds", "quake_opt_reader_power"),
    ("ferry_operator.txt", "a full refund of their fare", None, DSL, "ferry_opt_refund"),
    ("ferry_operator.txt", "in the DSL fleet since 2014", None, DSL, "ferry_opt_fleet"),
    ("ferry_local.txt", "three were kept for observation", 3, KBC, "ferry_opt_observation"),
    ("ferry_local.txt", "travelling on this line for 20 years", 20, "passenger Marija from Kaštela",
     "ferry_opt_passenger"),
    ("ferry_wire.txt", "the second involving a passenger ship in the Adriatic this summer", 2, O, "ferry_opt_second"),
    ("ferry_newsletter.txt", "50 per cent of your fare", 50, O, "ferry_opt_eu_rights"),
    ("ferry_newsletter.txt", "nobody told us anything for the first two hours", 2, "reader Hannah from Bristol",
     "ferry_opt_reader_two_hours"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # dam
    "dam_time": {("opr0130", "ls0130"): CO, ("opr0130", "hbc0130"): CO, ("opr0130", "warma2300"): C,
                 ("opr0130", "esa2330"): CO, ("ls0130", "hbc0130"): CO, ("ls0130", "warma2300"): C,
                 ("ls0130", "esa2330"): CO, ("hbc0130", "esa2330"): CO, ("warma2300", "esa2330"): C},
    "dam_warning": {("opr2345", "dc0410"): C},
    "dam_sirens": {("oprsiren", "hdmnosiren"): C},
    "dam_arrival": {("hdm0300", "dc0600"): C},
    "dam_gates_open": {("opr3", "ls3"): CO, ("opr3", "hbc5"): C, ("ls3", "hbc5"): C},
    "dam_total_gates": {("opr5", "ls6"): C},
    "dam_flow": {("opr1200", "opr1200"): SC, ("opr1200", "warma2100"): C},
    "dam_level": {("opr986", "warma14"): C},
    "dam_rain": {("opr200", "zmd142"): C, ("zmd142", "zmd142"): SC},
    "dam_distance": {("opr38", "ls15"): C},
    "dam_height": {("opr62", "hbc80"): C},
    "dam_capacity": {("opr120", "hbc120"): CO, ("opr120", "esa150"): C, ("hbc120", "esa150"): C},
    "dam_generation": {("opr40", "grid0"): C},
    "dam_commissioned": {("opr2019", "ls2017"): C},
    "dam_previous": {("oprfirst", "ngo3in5"): C},
    "dam_villages": {("dmmu17", "dmmu17"): SC, ("dmmu17", "dc23"): C},
    "dam_households": {("dmmu1430", "ngo3000"): C, ("dmmu1430", "dmmu2015"): U, ("ngo3000", "dmmu2015"): C},
    "dam_people": {("dmmu8600", "ngo15k"): C, ("dmmu8600", "dmmu11400"): U, ("ngo15k", "dmmu11400"): C},
    "dam_camps": {("dmmu11", "dc14c"): C},
    "dam_rescued": {("dmmu37", "ngo60"): C},
    "dam_deaths": {("pol4", "pol4"): SC, ("pol4", "dmmu5"): C, ("pol4", "mp9"): C, ("mp9", "dmmu5"): C},
    "dam_missing": {("pol3", "pol3"): SC, ("pol3", "ngo11"): C},
    "dam_crops": {("farm4500", "farm4500"): SC, ("farm4500", "dmmu1900"): C},
    "dam_cattle": {("farm600", "dc250"): C},
    "dam_schools": {("dc14", "ngo20"): C},
    "dam_road": {("rda2w", "dc4d"): C},
    "dam_compensation": {("min5000", "min5000"): SC},
    # quake
    "quake_time": {("coes0247", "dta0247"): CO, ("coes0247", "msk2347"): C, ("coes0247", "ntl2247"): CO,
                   ("coes0247", "usgs2147"): CO, ("dta0247", "msk2347"): C, ("dta0247", "ntl2247"): CO,
                   ("dta0247", "usgs2147"): CO, ("msk2347", "ntl2247"): C, ("msk2347", "usgs2147"): C},
    "quake_magnitude": {("igs59", "igs59"): SC, ("igs59", "gsras63"): C, ("igs59", "usgs61"): C,
                        ("gsras63", "usgs61"): C},
    "quake_depth": {("igs12", "gsras20"): C, ("igs12", "usgs10"): C, ("gsras20", "usgs10"): C},
    "quake_intensity": {("coes7", "msk8"): C},
    "quake_epicentre": {("igs27", "msk60"): C, ("igs27", "usgs17mi"): CO, ("msk60", "usgs17mi"): C},
    "quake_capital_distance": {("dta180", "msk250"): C, ("dta180", "usgs110mi"): CO, ("msk250", "usgs110mi"): C},
    "quake_deaths": {("coes11", "coes19"): U, ("coes11", "res35"): C, ("coes11", "coes23"): U,
                     ("coes19", "coes19"): SC, ("coes19", "res35"): C, ("coes19", "coes23"): U,
                     ("res35", "coes23"): C},
    "quake_children": {("coes4", "res10"): C},
    "quake_injured": {("coes64", "moh132"): C, ("coes64", "msk170"): C, ("coes64", "rc200"): C,
                      ("moh132", "msk170"): C, ("moh132", "rc200"): C, ("msk170", "rc200"): C},
    "quake_hospitalised": {("moh47", "ntl80"): C},
    "quake_destroyed": {("coes312", "msk450"): C, ("coes312", "rc600"): C, ("msk450", "rc600"): C},
    "quake_damaged": {("coes2740", "coes3115"): U, ("coes2740", "msk4000"): C, ("coes3115", "msk4000"): C},
    "quake_schools": {("coes9", "dta14"): C},
    "quake_villages": {("coes38", "dist50"): C},
    "quake_hospital_evac": {("coes86", "msk120"): C},
    "quake_landslides": {("coes4pl", "dta7"): C},
    "quake_road": {("coes1600", "drvclosed"): C},
    "quake_rescuers": {("coes1240", "ntl900"): C},
    "quake_aftershocks": {("igs60", "ntl24"): C},
    "quake_largest_aftershock": {("igs48", "usgs52"): C},
    "quake_ru_planes": {("coes1pl", "emer2"): C},
    "quake_ru_rescuers": {("coes46", "emer96"): C},
    "quake_tents": {("coes2000", "rc700"): C},
    "quake_population": {("dta250k", "msk400k"): C},
    "quake_cost": {("gov640", "gov640"): SC},
    # ferry
    "ferry_blackout": {("dsl2340", "dd2355"): CO, ("dsl2340", "asa2140"): CO, ("dsl2340", "slb2340bst"): C,
                       ("dd2355", "asa2140"): CO, ("dd2355", "slb2340bst"): C, ("asa2140", "slb2340bst"): C},
    "ferry_departure": {("dsl2030", "asa1830"): CO, ("dsl2030", "slb2000"): C, ("asa1830", "slb2000"): C},
    "ferry_berth": {("hm1015", "asa0815"): CO, ("hm1015", "slb1115"): C, ("asa0815", "slb1115"): C},
    "ferry_adrift_hours": {("dsl7", "dsl7"): SC, ("dsl7", "dd11"): C},
    "ferry_passengers": {("dsl612", "dsl612"): SC, ("dsl612", "hm627"): C, ("dsl612", "asa600"): CO,
                         ("hm627", "asa600"): CO},
    "ferry_crew": {("dsl58", "un41"): C, ("dsl58", "asa58"): CO, ("un41", "asa58"): C},
    "ferry_cars": {("dsl184", "slb150"): C},
    "ferry_lorries": {("dsl37", "dd52"): C},
    "ferry_cause": {("dslswitch", "dslswitch"): SC, ("dslswitch", "unfire"): C, ("dslswitch", "hmfire"): C,
                    ("unfire", "hmfire"): CO},
    "ferry_wind": {("dsl120", "dhmz45"): C, ("dhmz45", "dhmz45"): SC},
    "ferry_waves": {("dsl6", "dhmz4"): C},
    "ferry_position": {("dsl18", "itcg30"): C},
    "ferry_drift_distance": {("dd40", "hm14"): C, ("hm14", "hm14"): SC},
    "ferry_tugs": {("dsl2t", "hm2t"): CO, ("dsl2t", "asa3t"): C, ("hm2t", "asa3t"): C},
    "ferry_injured": {("dsl9", "kbc17"): C, ("dsl9", "slb12"): C, ("kbc17", "slb12"): C},
    "ferry_airlifted": {("hm2a", "itcg3"): C},
    "ferry_built": {("dsl1998", "un34"): C},
    "ferry_length": {("dsl137", "asa150"): C},
    "ferry_capacity": {("dsl1200", "un1000"): C},
    "ferry_inspection": {("un2029", "hmmay"): C},
    "ferry_compensation": {("dsl150", "dsl150"): SC, ("dsl150", "slb250"): C},
    "ferry_cancelled": {("dsl4", "dd6"): C},
    "ferry_countries": {("dsl23", "asa19"): C},
    "ferry_britons": {("ukemb90", "slb140"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
