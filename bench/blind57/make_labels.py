"""Hand labels for bench/blind57 (fuel running out at the roadhouses of the Eyre Highway across the Nullarbor Plain,
Western Australia, with the Eucla roadhouse dry at 00:30 on Saturday 8 January 2039 in Eucla's unofficial Central
Western Time (UTC+8:45): the time the pumps ran dry, the roadhouses and the travellers and vehicles stranded and the
police's revised counts, the convoy's tankers, litres, departure and arrival, the rationing, the highway's closure,
reopening and length of closure, its cause and the rain, the drivers on the run, the water, the heat cases and the
flight out, the temperature, the traffic, the distances, Border Village's prices and the complaints and the
motorists' group's revised count, the vehicles turned back in South Australia and SA Police's revised count, and
Eucla's offsets from Perth and Adelaide disputed, with times in Central Western Time (UTC+8:45, a quarter-hour zone
kept by custom, not law), Australian Western Standard Time (UTC+8, Perth), Australian Central Daylight Time
(UTC+10:30, Ceduna and Adelaide), Australian Eastern Daylight Time (UTC+11, Sydney) and GMT, across midnight (00:30 on
Saturday in Eucla is 23:45 on Friday in Perth, 02:15 on Saturday in Ceduna, 02:45 AEDT and 15:45 GMT on Friday);
a march in Valletta, Malta, against the Il-Ponta tower and marina project on Saturday 21 May 2039: the start, the
crowd and the organisers' revised count, the route, the arrests and the police's revised count, why the men were
arrested, the injured officers, first aid and hospital, the police on duty, the end, the record, the objections,
the heat, the Planning Authority's vote and its date, the storeys, height, apartments, berths, cost, jobs and
reclaimed land, the board's independence, the peak's time and the population, with times in Central European
Summer Time (UTC+2), GMT and British Summer Time (UTC+1) (17:25 in Valletta is 15:25 GMT and 16:25 BST; a London
site's "4.25pm GMT" is wrong); the Darvaza gas crater in Turkmenistan's Karakum desert declared extinguished at
09:40 on Wednesday 14 September 2039: the time and whether the fire is out, whether gas still leaks and how much
methane and the monitoring firm's revised figure, the crater's width and depth, the year it was lit and the years it
burned, the wells, workers, start of the work and cost, the gas flow, the ceremony and the diplomats, the tourists,
the distance, the president's order and the offset from Moscow, with times in Turkmenistan time (UTC+5 all year),
Moscow time (UTC+3), Central European Summer Time (UTC+2, Prague), British Summer Time (UTC+1) and GMT (09:40 in
Ashgabat is 07:40 in Moscow, 06:40 in Prague and 04:40 GMT; a Moscow agency's "08:40 Moscow time" is wrong).
Run from the project root:
    python3 bench/blind57/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
POLWA = "Western Australia Police (Superintendent Gareth Oyelaran-Pike, Goldfields-Esperance District)"
OWNER = "Dale Kerrigan-Moss, manager of the Eucla roadhouse"
FQ = "stranded traveller Nadia Ferreira-Quill"
NFL = "Nullarbor Fuel Logistics, the roadhouses' fuel supplier"
MRWA = "Main Roads WA"
BOM = "the Bureau of Meteorology"
MASA = "the Motorists' Association of South Australia"
BV = "Priya Sandhu-Lowe, manager of the Border Village roadhouse"
SAPOL = "South Australia Police"
UNION = "the Road Transport Workers' Union (state secretary Mick Ostrowski-Tane)"
YAL = "Leon Bryce-Coleman, Yalata community chairman"
RFDS = "the Royal Flying Doctor Service"
DFES = "the Department of Fire and Emergency Services (WA)"
MIN = "WA Emergency Services Minister Corinne Halloway-Reid"

POLMT = "the Malta Police Force"
ORG = "the Living Shore coalition (spokeswoman Maria Agius-Brennan)"
REDX = "Malta Red Cross volunteers"
MET = "the Malta Met Office at Luqa"
APP = "the Il-Ponta planning application (as cited by the Harbour Gazette)"
MPT = "Malta Public Transport"
STAT = "University of Malta statistician Dr Julian Camilleri-Ng"
DEV = "Ponta Developments, the developer"
GOV = "the government of Malta (Prime Minister Daniel Borg-Okoro)"
PA = "the Planning Authority"
ECON = "economist Rachel Fenech-Adeyemi, University of Malta"
WIT = "witnesses (as cited by Mediterranean Eye)"

CAB = "the Cabinet of Ministers of Turkmenistan (press service)"
VDS = "Volga Drilling Services, the Russian drilling contractor (deputy director Pavel Lisitsyn-Orr)"
ORBIS = "Orbis Methane, a London methane-monitoring firm (chief scientist Dr Imran Vasquez-Lund)"
RES = "residents of Yerbent"
DRV = "a driver who passes the crater every day (anonymous)"
TGSRC = "sources in Türkmengaz (as cited by the Karakum Bulletin)"
GEO = "an exiled Turkmen geologist (anonymous)"
TOUR = "tour operators in Ashgabat"
DIPL = "a diplomat in Ashgabat (anonymous)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- fuel: the Eucla roadhouse runs out of diesel at 00:30 on Saturday 8 January 2039, Central
    # Western Time (UTC+8:45, kept by custom from Caiguna to Border Village) = 23:45 on Friday AWST (UTC+8, Perth) =
    # 02:15 on Saturday ACDT (UTC+10:30, Ceduna and Adelaide) = 02:45 AEDT (UTC+11, Sydney) = 15:45 GMT on Friday; the
    # convoy reaches Eucla at 14:15 CWT = 13:30 AWST = 16:00 ACDT = 16:30 AEDT = 05:30 GMT; the highway is closed
    # between Balladonia and Caiguna from 16:40 AWST on Thursday (19:40 AEDT) to 07:10 AWST on Friday, 14.5 hours;
    # Eucla is 45 minutes ahead of Perth and 1 hour 45 minutes behind Adelaide in the southern summer
    # the WA Police media statement (own-line date, district office address, "MEDIA STATEMENT · Saturday 8 January
    # 2039 · 6.05pm AWST (UTC+8)", a title in capitals, "WHAT HAPPENED" with a bulleted list, the superintendent
    # quoted, "ADVICE TO MOTORISTS", a media line with a phone number), Saturday 8 Jan
    ("fuel_police.txt", "ran out of diesel at about 11.45pm on Friday, WA time", None, POLWA, "fuel_dry_time",
     "pol2345"),
    ("fuel_police.txt", "four roadhouses between Caiguna and the South Australian border had no diesel", 4, POLWA,
     "fuel_roadhouses", "pol4"),
    ("fuel_police.txt", "About 300 people", 300, POLWA, "fuel_people", "pol300"),
    ("fuel_police.txt", "in 120 vehicles", 120, POLWA, "fuel_vehicles", "pol120"),
    ("fuel_police.txt", "Three tankers", 3, POLWA, "fuel_tankers", "pol3"),
    ("fuel_police.txt", "carrying 90,000 litres of diesel and unleaded petrol", 90000, POLWA, "fuel_litres",
     "pol90k"),
    ("fuel_police.txt", "left Norseman at 4am on Saturday", None, POLWA, "fuel_convoy_left", "pol0400"),
    ("fuel_police.txt", "The convoy reached Eucla at 1.30pm, WA time", None, POLWA, "fuel_convoy_time", "pol1330"),
    ("fuel_police.txt", "limited to 30 litres per vehicle", 30, POLWA, "fuel_limit", "pol30"),
    ("fuel_police.txt", "closed between Balladonia and Caiguna from 4.40pm on Thursday", None, POLWA,
     "fuel_closure_start", "pol1640"),
    ("fuel_police.txt", "until 7.10am on Friday", None, POLWA, "fuel_reopen", "pol0710"),
    ("fuel_police.txt", "because of flooding over the road", None, POLWA, "fuel_closure_cause", "polflood"),
    ("fuel_police.txt", "fuel deliveries resumed as soon as it reopened", None, POLWA, "fuel_resumed", "polresumed"),
    ("fuel_police.txt", "Nobody was left without drinking water at any stage", None, POLWA, "fuel_water_out",
     "polwater"),
    ("fuel_police.txt", "Two people were treated for heat-related illness", 2, POLWA, "fuel_heat", "pol2h"),
    ("fuel_police.txt", "flown to Kalgoorlie by the Royal Flying Doctor Service", None, POLWA, "fuel_flown",
     "polkal"),
    ("fuel_police.txt", "is in a stable condition", None, POLWA, "fuel_condition", "polstable"),
    ("fuel_police.txt", "handed out 1,200 litres of bottled water", 1200, POLWA, "fuel_water_litres", "pol1200"),
    ("fuel_police.txt", "Eight officers", 8, POLWA, "fuel_officers", "pol8"),
    ("fuel_police.txt", "can exceed 180 kilometres", 180, POLWA, "fuel_gap", "pol180"),
    # a Perth news site (Perth Beacon; date prefix glued to the masthead, headline, byline with a time, photo
    # caption, glued dateline "EUCLA -Hundreds", the roadhouse manager (pumps dry "at 12.30am on Saturday" and the
    # tankers "at 2.15pm local time", both Eucla time and both right), its own stretch, distance and offset (right),
    # a stranded family, the supplier, Main Roads WA, police, the Bureau, a sentence glued without a space,
    # "RELATED", "Comments (3)"), Sunday 9 Jan
    ("fuel_perth.txt", "along a 350-kilometre stretch of the Eyre Highway", 350, O, "fuel_stretch", "pb350"),
    ("fuel_perth.txt", "his pumps ran dry at 12.30am on Saturday", None, OWNER, "fuel_dry_time", "own0030"),
    ("fuel_perth.txt", "about 1,430 kilometres east of Perth by road", 1430, O, "fuel_distance", "pb1430"),
    ("fuel_perth.txt", "45 minutes ahead of Perth", 45, O, "fuel_offset_perth", "pb45"),
    ("fuel_perth.txt", "Every roadhouse from Caiguna to Border Village was dry by breakfast", None, OWNER,
     "fuel_roadhouses", "ownevery"),
    ("fuel_perth.txt", "more than 600 people were stuck", 600, OWNER, "fuel_people", "own600"),
    ("fuel_perth.txt", "limited each vehicle to 40 litres", 40, OWNER, "fuel_limit", "own40"),
    ("fuel_perth.txt", "the tankers pulled in at 2.15pm local time", None, OWNER, "fuel_convoy_time", "own1415"),
    ("fuel_perth.txt", "People were in real danger out here", None, OWNER, "fuel_danger", "owndanger"),
    ("fuel_perth.txt", "her husband and three children", 3, FQ, "fuel_family", "fqkids"),
    ("fuel_perth.txt", "the family waited 19 hours at Mundrabilla", 19, FQ, "fuel_wait", "fq19"),
    ("fuel_perth.txt", "We ran out of water on Friday afternoon", None, FQ, "fuel_water_out", "fqwater"),
    ("fuel_perth.txt", 'the highway was closed "for almost two days"', 2, NFL, "fuel_closure_length", "nfl2d"),
    ("fuel_perth.txt", "The closure of the highway was the only reason the roadhouses ran out", None, NFL,
     "fuel_cause", "nflroad"),
    ("fuel_perth.txt", "the convoy carried 105,000 litres", 105000, NFL, "fuel_litres", "nfl105k"),
    ("fuel_perth.txt", "it set off from Norseman at 3am", None, NFL, "fuel_convoy_left", "nfl0300"),
    ("fuel_perth.txt", "the company still has six drivers on the Nullarbor run", 6, NFL, "fuel_drivers", "nfl6"),
    ("fuel_perth.txt", "lasted 14 and a half hours", 14.5, MRWA, "fuel_closure_length", "mr145"),
    ("fuel_perth.txt", "the highway reopened at 7.10am on Friday", None, MRWA, "fuel_reopen", "mr0710"),
    ("fuel_perth.txt", "about 600 vehicles a day cross the border at Eucla", 600, MRWA, "fuel_traffic", "mr600"),
    ("fuel_perth.txt", "two people had been treated for heat illness", 2, POLWA, "fuel_heat", "pol2h"),
    ("fuel_perth.txt", "recorded 44.6C at Eucla on Friday", 44.6, BOM, "fuel_temp", "bom446"),
    # a Ceduna regional paper (Far West Courier; leading-space own-line date, masthead, towns line, date line,
    # headline, glued dateline "CEDUNA:A", the motorists' group and its revised count, the Border Village manager, its
    # own time for Eucla's dry pumps "at 3am on Saturday, SA time" (wrong: 00:30 in Eucla was 02:15 in Ceduna; the
    # paper took Eucla to keep Perth time, and says so), police's convoy time converted to Ceduna (right), SA Police,
    # photo caption in mid-text, the union, the Bureau, Yalata, a sentence glued without a space, "Have your say"),
    # Monday 10 Jan
    ("fuel_ceduna.txt", "charging $4.60 a litre for the last of its unleaded petrol", 4.6, MASA, "fuel_bv_price",
     "masa460"),
    ("fuel_ceduna.txt", "it had now received 52 complaints", 52, MASA, "fuel_complaints", "masa52"),
    ("fuel_ceduna.txt", 'charged $3.65 a litre "the whole time"', 3.65, BV, "fuel_bv_price", "bv365"),
    ("fuel_ceduna.txt", "ran out of unleaded at 9pm on Friday", None, BV, "fuel_bv_dry", "bv2100"),
    ("fuel_ceduna.txt", "13 kilometres inside Western Australia", 13, O, "fuel_border_km", "fw13"),
    ("fuel_ceduna.txt", "ran dry at 3am on Saturday, SA time", None, O, "fuel_dry_time", "fw0300"),
    ("fuel_ceduna.txt", "Eucla runs on Perth time", 0, O, "fuel_offset_perth", "fwperth"),
    ("fuel_ceduna.txt", "two and a half hours behind South Australia", 2.5, O, "fuel_offset_sa", "fw25"),
    ("fuel_ceduna.txt", "reached Eucla at 1.30pm WA time, 4pm in Ceduna", None, POLWA, "fuel_convoy_time",
     "pol1330"),
    ("fuel_ceduna.txt", "turned back about 80 westbound vehicles", 80, SAPOL, "fuel_turned_back", "sa80"),
    ("fuel_ceduna.txt", "the shortage had nothing to do with the weather", None, UNION, "fuel_cause", "unionstaff"),
    ("fuel_ceduna.txt", "cut the Nullarbor run from six drivers to three", 3, UNION, "fuel_drivers", "union3"),
    ("fuel_ceduna.txt", "The road was shut for less than a day", 1, UNION, "fuel_closure_length", "union1d"),
    ("fuel_ceduna.txt", "No tanker left Norseman until Friday night", None, UNION, "fuel_resumed", "unionfri"),
    ("fuel_ceduna.txt", "reached 44.6 degrees on Friday", 44.6, BOM, "fuel_temp", "bom446"),
    ("fuel_ceduna.txt", "about 40 stranded travellers were given beds", 40, YAL, "fuel_yalata", "yal40"),
    # a Sydney national news agency (Austral Newswire; no date line, a time line "09/01/2039 11:20 AEDT · UPDATE 2",
    # headline, byline, glued dateline "PERTH (AN) -Police", the police's revised counts, its own roadhouses, the dry
    # pumps "at 2.45am AEDT" and the closure "from 7.40pm AEDT" (both right), police's convoy in AEDT and GMT
    # (right), its own temperature, traffic, gaps, stretch, distance and offsets (right), the RFDS, DFES, the
    # supplier, the Bureau, the motorists' group, the Border Village manager, SA Police, the minister, reporting and
    # copyright lines), Sunday 9 Jan 11:20 AEDT
    ("fuel_wire.txt", "raised their estimate of the number of travellers stranded on the Nullarbor Plain to about 450",
     450, POLWA, "fuel_people", "pol450"),
    ("fuel_wire.txt", "in some 160 vehicles", 160, POLWA, "fuel_vehicles", "pol160"),
    ("fuel_wire.txt", "fuel ran out at five roadhouses", 5, O, "fuel_roadhouses", "an5"),
    ("fuel_wire.txt", "ran dry at 2.45am AEDT on Saturday", None, O, "fuel_dry_time", "an0245"),
    ("fuel_wire.txt", "ran out of unleaded on Saturday morning", None, O, "fuel_bv_dry", "anbvsat"),
    ("fuel_wire.txt", "A convoy of three road tankers", 3, POLWA, "fuel_tankers", "pol3"),
    ("fuel_wire.txt", "reached Eucla at 4.30pm AEDT (0530 GMT)", None, POLWA, "fuel_convoy_time", "pol1330"),
    ("fuel_wire.txt", "Temperatures reached 46 degrees at Eucla on Friday", 46, O, "fuel_temp", "an46"),
    ("fuel_wire.txt", "One traveller was flown to Perth with heat exhaustion", None, RFDS, "fuel_flown", "rfdsperth"),
    ("fuel_wire.txt", "distributed more than 2,000 litres of water", 2000, DFES, "fuel_water_litres", "dfes2000"),
    ("fuel_wire.txt", '"more than 120mm of rain in a few hours"', 120, NFL, "fuel_rain", "nfl120"),
    ("fuel_wire.txt", "from 7.40pm AEDT on Thursday", None, O, "fuel_closure_start", "an1940"),
    ("fuel_wire.txt", "78mm fell at Balladonia over six hours", 78, BOM, "fuel_rain", "bom78"),
    ("fuel_wire.txt", "Border Village had charged $4.60 a litre for unleaded", 4.6, MASA, "fuel_bv_price",
     "masa460"),
    ("fuel_wire.txt", "it had received 37 complaints", 37, MASA, "fuel_complaints", "masa37"),
    ("fuel_wire.txt", "it never charged more than $3.65", 3.65, BV, "fuel_bv_price", "bv365"),
    ("fuel_wire.txt", "turned back more than 100 westbound vehicles at Nundroo", 100, SAPOL, "fuel_turned_back",
     "sa100"),
    ("fuel_wire.txt", "At no point was anyone in danger", None, MIN, "fuel_danger", "minnodanger"),
    ("fuel_wire.txt", "About 1,000 vehicles a day cross the Nullarbor in January", 1000, O, "fuel_traffic", "an1000"),
    ("fuel_wire.txt", "stretches of up to 200 kilometres between fuel stops", 200, O, "fuel_gap", "an200"),
    ("fuel_wire.txt", "Fuel ran out across some 500 kilometres of highway", 500, O, "fuel_stretch", "an500"),
    ("fuel_wire.txt", "more than 1,400 kilometres east of Perth", 1400, O, "fuel_distance", "an1400"),
    ("fuel_wire.txt", "is 45 minutes ahead of Perth", 45, O, "fuel_offset_perth", "an45"),
    ("fuel_wire.txt", "an hour and three-quarters behind Adelaide in summer", 1.75, O, "fuel_offset_sa", "an175"),
    ("fuel_wire.txt", "a local convention not recognised in law", None, O, "fuel_zone_legal", "anlaw"),

    # ---------------- march: a march against the Il-Ponta tower and marina project sets off from the Triton Fountain
    # in Floriana at 17:25 on Saturday 21 May 2039, Central European Summer Time (UTC+2) = 15:25 GMT = 16:25 BST
    # (UTC+1); the drone count's peak at 18:05 CEST = 17:05 BST; the crowd: police about 8,500, the organisers more
    # than 30,000 on Saturday and 35,000 on Sunday, a statistician's drone count 13,400, the Harbour Gazette at least
    # 15,000, Mediterranean Eye around 20,000
    # the Malta Police Force's press statement (a date prefix with the masthead continuing on the same line after a
    # space, an address, "PRESS STATEMENT · Saturday 21 May 2039 · 22:30 (CEST)", a title in capitals, numbered
    # paragraphs, a media line with a phone number), Saturday 21 May
    ("march_police.txt", "The march set off from the Triton Fountain at 17:25", None, POLMT, "march_start", "pol1725"),
    ("march_police.txt", "about 8,500 people took part", 8500, POLMT, "march_crowd", "pol8500"),
    ("march_police.txt", "The route measured 1.3 kilometres", 1.3, POLMT, "march_route", "pol13"),
    ("march_police.txt", "Two men were arrested", 2, POLMT, "march_arrests", "pol2"),
    ("march_police.txt", "after eggs were thrown at the Office of the Prime Minister", None, POLMT,
     "march_arrest_reason", "poleggs"),
    ("march_police.txt", "expected to be arraigned on Monday", None, POLMT, "march_arraign", "polmon"),
    ("march_police.txt", "One officer suffered a minor hand injury", 1, POLMT, "march_officers_hurt", "pol1"),
    ("march_police.txt", "Six people were given first aid", 6, POLMT, "march_first_aid", "pol6"),
    ("march_police.txt", "none was taken to hospital", 0, POLMT, "march_hospital", "pol0"),
    ("march_police.txt", "About 250 officers were deployed", 250, POLMT, "march_police_deployed", "pol250"),
    ("march_police.txt", "dispersed peacefully by 20:10", None, POLMT, "march_end", "pol2010"),
    ("march_police.txt", "Traffic restrictions in Floriana were lifted at 21:00", None, POLMT, "march_traffic",
     "pol2100"),
    # a Valletta English-language daily (The Harbour Gazette; own-line date, masthead, date and section line,
    # headline, byline, photo caption, glued dateline "VALLETTA -A", its own count, start (right), lateness, route,
    # vote, date, storeys, apartments, berths and population, the coalition, police, the Red Cross, the Met Office,
    # the planning application, the bus operator, a sentence glued without a space, "READ MORE", comment
    # boilerplate), Sunday 22 May
    ("march_herald.txt", "at least 15,000 people, by this newspaper's count", 15000, O, "march_crowd", "hg15k"),
    ("march_herald.txt", "the largest environmental protest Malta has seen", None, ORG, "march_record",
     "orglargest"),
    ("march_herald.txt", "put the turnout at more than 30,000", 30000, ORG, "march_crowd", "org30k"),
    ("march_herald.txt", "Police put it at about 8,500", 8500, POLMT, "march_crowd", "pol8500"),
    ("march_herald.txt", "The march set off at 5.25pm", None, O, "march_start", "hg1725"),
    ("march_herald.txt", "almost half an hour late", None, O, "march_late", "hglate"),
    ("march_herald.txt", "a two-kilometre route", 2, O, "march_route", "hg2km"),
    ("march_herald.txt", "We started at five sharp", None, ORG, "march_start", "org1700"),
    ("march_herald.txt", "41,200 objections had been filed against the project", 41200, ORG, "march_objections",
     "org41200"),
    ("march_herald.txt", "four of the coalition's volunteers were detained by police", 4, ORG, "march_arrests",
     "org4"),
    ("march_herald.txt", "had been holding a flare, not throwing eggs", None, ORG, "march_arrest_reason",
     "orgflare"),
    ("march_herald.txt", "they treated 14 people", 14, REDX, "march_first_aid", "rc14"),
    ("march_herald.txt", "one woman was taken to Mater Dei Hospital", 1, REDX, "march_hospital", "rc1"),
    ("march_herald.txt", "recorded a high of 31 degrees", 31, MET, "march_temp", "met31"),
    ("march_herald.txt", "by eight votes to five", None, O, "march_vote", "hg85"),
    ("march_herald.txt", "on April 28", None, O, "march_vote_date", "hg28apr"),
    ("march_herald.txt", "a 42-storey tower", 42, O, "march_storeys", "hg42"),
    ("march_herald.txt", "640 apartments", 640, O, "march_apartments", "hg640"),
    ("march_herald.txt", "a 250-berth marina", 250, O, "march_berths", "hg250"),
    ("march_herald.txt", "Its planning application puts the cost at €950 million", 950000000, APP, "march_cost",
     "app950m"),
    ("march_herald.txt", "added 30 buses to its Saturday evening timetable", 30, MPT, "march_buses", "mpt30"),
    ("march_herald.txt", "a country of about 570,000 people", 570000, O, "march_population", "hg570k"),
    ("march_herald.txt", "one of the most densely populated in Europe", None, O, "march_density", "hgdense"),
    # a Rome news agency's English service (Agenzia Tirrena; no date line, a time line "22/05/2039 13:05 CEST",
    # headline, glued dateline "VALLETTA, May 22 (AT) -Organisers", the organisers' revised count, its own ratio,
    # the statistician and his peak time, its own start "at 1525 GMT" (right) and end, the police's revised
    # arrests, the developer, the Prime Minister, the Planning Authority, an economist, its own population, a
    # slug line), Sunday 22 May 13:05 CEST
    ("march_agency.txt", "raised their estimate of the turnout to 35,000", 35000, ORG, "march_crowd", "org35k"),
    ("march_agency.txt", "more than four times the police figure", 4, O, "march_ratio", "atratio"),
    ("march_agency.txt", "a third man had been arrested", 3, POLMT, "march_arrests", "pol3"),
    ("march_agency.txt", "his analysis of 212 drone photographs", 212, STAT, "march_drone_photos", "stat212"),
    ("march_agency.txt", "showed 13,400 people at the peak", 13400, STAT, "march_crowd", "stat13400"),
    ("march_agency.txt", "at 18:05", None, STAT, "march_peak_time", "stat1805"),
    ("march_agency.txt", "set off at 1525 GMT on Saturday", None, O, "march_start", "at1525"),
    ("march_agency.txt", "the last marchers left Castille Place at about 9pm", None, O, "march_end", "at2100"),
    ("march_agency.txt", "Three people have now been arrested in connection with the assembly", 3, POLMT,
     "march_arrests", "pol3"),
    ("march_agency.txt", "which it valued at 1.2 billion euros", 1200000000, DEV, "march_cost", "dev12bn"),
    ("march_agency.txt", "would create 2,400 jobs", 2400, DEV, "march_jobs", "dev2400"),
    ("march_agency.txt", "reclaiming 3.8 hectares of sea", 3.8, DEV, "march_reclaimed", "dev38"),
    ("march_agency.txt", "a 148-metre tower", 148, DEV, "march_height", "dev148"),
    ("march_agency.txt", "600 apartments", 600, DEV, "march_apartments", "dev600"),
    ("march_agency.txt", "was approved by an independent authority after a full process", None, GOV,
     "march_independent", "govindep"),
    ("march_agency.txt", "had received about 29,000 objections", 29000, PA, "march_objections", "pa29k"),
    ("march_agency.txt", "approved the project by nine votes to four", None, PA, "march_vote", "pa94"),
    ("march_agency.txt", "about 700 permanent jobs, not 2,400", 700, ECON, "march_jobs", "econ700"),
    ("march_agency.txt", "the European Union's smallest member state", None, O, "march_smallest", "atsmall"),
    ("march_agency.txt", "has about 570,000 inhabitants", 570000, O, "march_population", "at570k"),
    # a London news site on southern Europe (Mediterranean Eye; leading-space own-line date, masthead, section,
    # a time line in BST, headline, byline, the start "at 4.25pm GMT" (wrong: 17:25 in Valletta was 15:25 GMT; the
    # site wrote GMT for UK time, which in May is BST), its own duration, count, record, height, vote date, heat,
    # police numbers and Britons, the coalition's counts, police, the statistician's peak "at 5.05pm UK time"
    # (right), the coalition's spokeswoman, the developer, the government, witnesses, a sentence glued without a
    # space, "Related", "Share this article"), Monday 23 May
    ("march_london.txt", "set off at 4.25pm GMT", None, O, "march_start", "me1625gmt"),
    ("march_london.txt", "filled Republic Street for well over two hours", 2, O, "march_duration", "meduration"),
    ("march_london.txt", "first said more than 30,000 people took part", 30000, ORG, "march_crowd", "org30k"),
    ("march_london.txt", "on Sunday raised that to 35,000", 35000, ORG, "march_crowd", "org35k"),
    ("march_london.txt", "Police said about 8,500", 8500, POLMT, "march_crowd", "pol8500"),
    ("march_london.txt", "found 13,400 at the peak", 13400, STAT, "march_crowd", "stat13400"),
    ("march_london.txt", "at 5.05pm UK time", None, STAT, "march_peak_time", "stat1805"),
    ("march_london.txt", "put the crowd at around 20,000", 20000, O, "march_crowd", "me20k"),
    ("march_london.txt", "the biggest environmental protest in Malta's history", None, ORG, "march_record",
     "orglargest"),
    ("march_london.txt", "a 2034 march against a motorway through Buskett was larger by police figures", None, O,
     "march_record", "menot"),
    ("march_london.txt", "is stacked with government appointees", None, ORG, "march_independent", "orgstacked"),
    ("march_london.txt", "would in fact have 46 floors once plant levels were counted", 46, ORG, "march_storeys",
     "org46"),
    ("march_london.txt", "on almost six hectares of reclaimed land", 6, ORG, "march_reclaimed", "org6ha"),
    ("march_london.txt", "will rise 148 metres", 148, DEV, "march_height", "dev148"),
    ("march_london.txt", "over 42 storeys", 42, DEV, "march_storeys", "dev42"),
    ("march_london.txt", "with a 300-berth marina", 300, DEV, "march_berths", "dev300"),
    ("march_london.txt", "gives a height of about 170 metres", 170, O, "march_height", "me170"),
    ("march_london.txt", "approved the scheme on 27 April", None, O, "march_vote_date", "me27apr"),
    ("march_london.txt", "the project will bring 2,400 jobs", 2400, GOV, "march_jobs", "gov2400"),
    ("march_london.txt", "reached 34C on Saturday", 34, O, "march_temp", "me34"),
    ("march_london.txt", "two police officers were hurt, according to witnesses", 2, WIT, "march_officers_hurt",
     "wit2"),
    ("march_london.txt", "Some 400 police were on duty", 400, O, "march_police_deployed", "me400"),
    ("march_london.txt", "Around 14,000 Britons live in Malta", 14000, O, "march_britons", "mebritons"),

    # ---------------- crater: the Cabinet of Ministers of Turkmenistan says the fire at the Darvaza gas crater went
    # out at 09:40 on Wednesday 14 September 2039, Turkmenistan time (UTC+5 all year) = 07:40 Moscow time (UTC+3) =
    # 06:40 CEST (UTC+2, Prague) = 05:40 BST = 04:40 GMT; the ceremony at 11:00 = 08:00 CEST = 06:00 GMT; the
    # monitoring firm's first plume at 12:10 GMT = 15:10 Moscow time = 17:10 in Ashgabat, seven and a half hours
    # later; its hot spot at 21:05 GMT on Wednesday = 02:05 on Thursday in Ashgabat; 95 million manat at the official
    # 3.5 manat to the dollar is about $27 million
    # the Cabinet's press service communiqué (own-line date, masthead, "Ashgabat · 14 September 2039 · 16:00
    # Ashgabat time (UTC+5)", "OFFICIAL COMMUNIQUÉ", a bulleted list, a signature line), Wednesday 14 Sep
    ("crater_cabinet.txt", "At 09:40 on Wednesday 14 September 2039", None, CAB, "crater_time", "cab0940"),
    ("crater_cabinet.txt", "was completely extinguished", None, CAB, "crater_out", "cabout"),
    ("crater_cabinet.txt", "in January 2022", None, CAB, "crater_order", "cab2022"),
    ("crater_cabinet.txt", "69 metres across", 69, CAB, "crater_width", "cab69"),
    ("crater_cabinet.txt", "30 metres deep", 30, CAB, "crater_depth", "cab30"),
    ("crater_cabinet.txt", "had burned continuously since 1971", 1971, CAB, "crater_since", "cab1971"),
    ("crater_cabinet.txt", "For 68 years", 68, CAB, "crater_years", "cab68"),
    ("crater_cabinet.txt", "six directional wells were drilled around the crater", 6, CAB, "crater_wells", "cab6"),
    ("crater_cabinet.txt", "more than 400 specialists took part", 400, CAB, "crater_workers", "cab400"),
    ("crater_cabinet.txt", "work began on 12 June 2039", None, CAB, "crater_start", "cab12jun"),
    ("crater_cabinet.txt", "the cost of the project was 95 million manat", 95000000, CAB, "crater_cost", "cab95m"),
    ("crater_cabinet.txt", "about 1.8 million cubic metres a day", 1800000, CAB, "crater_gasflow", "cab18"),
    ("crater_cabinet.txt", "A ceremony at the site at 11:00", None, CAB, "crater_ceremony", "cab1100"),
    ("crater_cabinet.txt", "diplomats from fourteen countries", 14, CAB, "crater_diplomats", "cab14"),
    ("crater_cabinet.txt", "about 12,000 foreign tourists visited the crater", 12000, CAB, "crater_tourists",
     "cab12k"),
    ("crater_cabinet.txt", "260 kilometres north of Ashgabat", 260, CAB, "crater_distance", "cab260"),
    ("crater_cabinet.txt", "will open at the site in 2041", 2041, CAB, "crater_museum", "cab2041"),
    ("crater_cabinet.txt", "The crater is now safe", None, CAB, "crater_safe", "cabsafe"),
    ("crater_cabinet.txt", "no gas is escaping from it", None, CAB, "crater_leak", "cabnoleak"),
    # a Moscow news agency's English service (Severny Telegraf; no date line, a time line "14 September 2039, 18:47
    # MSK", headline, glued dateline "ASHGABAT, Sept 14 (ST) -Turkmenistan", the government's claims, its own
    # "08:40 Moscow time" (wrong: 09:40 in Ashgabat was 07:40 in Moscow; the agency took Ashgabat to be one hour
    # ahead of Moscow, not two, and says so), the contractor, the cost converted to dollars (right), its own width,
    # distance, order year and reserves, the monitoring firm's plume "at 15:10 Moscow time" (right), copyright
    # line), Wednesday 14 Sep 18:47 MSK
    ("crater_moscow.txt", "it had extinguished the fire at the Darvaza gas crater", None, CAB, "crater_out", "cabout"),
    ("crater_moscow.txt", "which had burned for 68 years", 68, O, "crater_years", "st68"),
    ("crater_moscow.txt", "The flame went out at 08:40 Moscow time", None, O, "crater_time", "st0840"),
    ("crater_moscow.txt", "Ashgabat is one hour ahead of Moscow", 1, O, "crater_offset_msk", "st1h"),
    ("crater_moscow.txt", "its crews had drilled four wells", 4, VDS, "crater_wells", "vds4"),
    ("crater_moscow.txt", 'the last flames went out "shortly before 10 a.m. local time"', None, VDS, "crater_time",
     "vds10"),
    ("crater_moscow.txt", "We started drilling in May", None, VDS, "crater_start", "vdsmay"),
    ("crater_moscow.txt", "More than 200 of our engineers and workers have been on site", 200, VDS,
     "crater_vds_staff", "vds200"),
    ("crater_moscow.txt", "95 million manat, about $27 million at the official rate", 95000000, CAB, "crater_cost",
     "cab95m"),
    ("crater_moscow.txt", "about 70 metres wide", 70, O, "crater_width", "st70"),
    ("crater_moscow.txt", "some 190 kilometres north of the capital", 190, O, "crater_distance", "st190"),
    ("crater_moscow.txt", "The president ordered in 2022", None, O, "crater_order", "st2022"),
    ("crater_moscow.txt", "a plume of about 2.1 tonnes of methane an hour", 2.1, ORBIS, "crater_methane", "orb21"),
    ("crater_moscow.txt", "at 15:10 Moscow time on Wednesday", None, ORBIS, "crater_plume_time", "orb1510"),
    ("crater_moscow.txt", "the world's fourth-largest proven gas reserves", 4, O, "crater_reserves", "st4"),
    # an exile news site in Prague (Karakum Bulletin; date prefix glued to the masthead, a date line, headline, a
    # sources line, the government's time in Ashgabat and Prague time (right), residents, a driver, sources in
    # Türkmengaz, a geologist, photo caption in mid-text, its own width, ceremony time in Prague (right) and offsets
    # (right), tour operators, a diplomat, the monitoring firm, a sentence glued without a space, "12 comments"),
    # Thursday 15 Sep
    ("crater_exile.txt", "went out at 09:40 Ashgabat time on Wednesday (06:40 in Prague)", None, CAB, "crater_time",
     "cab0940"),
    ("crater_exile.txt", "a glow was still visible over the crater after dark", None, RES, "crater_out", "resglow"),
    ("crater_exile.txt", "At midnight you could still see the light from the road", None, DRV, "crater_out",
     "drvglow"),
    ("crater_exile.txt", "It is smaller, but it is burning", None, DRV, "crater_out", "drvglow"),
    ("crater_exile.txt", "work at the site began in April, not June", None, TGSRC, "crater_start", "srcapril"),
    ("crater_exile.txt", "about 150 workers were involved", 150, TGSRC, "crater_workers", "src150"),
    ("crater_exile.txt", "more than $60 million", 60000000, TGSRC, "crater_cost", "src60m"),
    ("crater_exile.txt", "the crater was not set alight in 1971 but in the mid-1980s", 1985, GEO, "crater_since",
     "geo1985"),
    ("crater_exile.txt", "The Soviet papers from 1971 describe a collapse, not a fire", None, GEO, "crater_since",
     "geo1985"),
    ("crater_exile.txt", "The crater is about 60 metres wide", 60, O, "crater_width", "kb60"),
    ("crater_exile.txt", "fewer than 5,000 foreign tourists visited last year", 5000, TOUR, "crater_tourists",
     "tour5k"),
    ("crater_exile.txt", "the two yurt camps near the crater were dismantled in August", 2, TOUR, "crater_camps",
     "tourcamps"),
    ("crater_exile.txt", "Only the ambassadors of three countries attended", 3, DIPL, "crater_diplomats", "dipl3"),
    ("crater_exile.txt", "It began at 11:00 local time, 08:00 in Prague", None, O, "crater_ceremony", "kb1100"),
    ("crater_exile.txt", "Turkmenistan keeps UTC+5 all year", 5, O, "crater_utc", "kbutc"),
    ("crater_exile.txt", "two hours ahead of Moscow", 2, O, "crater_offset_msk", "kb2h"),
    ("crater_exile.txt", "three hours ahead of Prague", 3, O, "crater_offset_prague", "kb3h"),
    ("crater_exile.txt", "its satellites saw 2.1 tonnes of methane an hour", 2.1, ORBIS, "crater_methane", "orb21"),
    # a London methane and gas trade weekly (Flare Watch Weekly; a leading-space date prefix with the masthead
    # continuing on the same line, a time line in BST, headline, byline, the monitoring firm's first and revised
    # plume, its overpass "12:10 GMT" (right), its hot spot "at 21:05 GMT on Wednesday", after midnight in Ashgabat
    # (right), its gas flow, the government's gas flow and cost converted (right), its own leak, gap, rate, width,
    # depth, year, reserves and warming figure, "RELATED", copyright line), Friday 16 Sep
    ("crater_london.txt", "is still leaking methane", None, O, "crater_leak", "fwleak"),
    ("crater_london.txt", "the government declared its fire extinguished", None, CAB, "crater_out", "cabout"),
    ("crater_london.txt", "first reported a plume of 2.1 tonnes an hour", 2.1, ORBIS, "crater_methane", "orb21"),
    ("crater_london.txt", "has revised its estimate to 1.4 tonnes an hour", 1.4, ORBIS, "crater_methane", "orb14"),
    ("crater_london.txt", "the gas is still coming up through the crater floor", None, ORBIS, "crater_leak",
     "orbleak"),
    ("crater_london.txt", "a 12:10 GMT overpass on Wednesday", None, ORBIS, "crater_plume_time", "orb1510"),
    ("crater_london.txt", "seven and a half hours after the official extinction", 7.5, O, "crater_plume_gap",
     "fwgap"),
    ("crater_london.txt", "recorded a hot spot at the crater at 21:05 GMT on Wednesday", None, ORBIS,
     "crater_hotspot", "orbhot"),
    ("crater_london.txt", "after midnight in Ashgabat", None, O, "crater_hotspot_local", "fwmidnight"),
    ("crater_london.txt", "consistent with small residual flames", None, ORBIS, "crater_out", "orbflames"),
    ("crater_london.txt", "burned about 0.25 million cubic metres of gas a day", 250000, ORBIS, "crater_gasflow",
     "orb025"),
    ("crater_london.txt", "the 1.8 million cubic metres a day the government now says it will recover", 1800000, CAB,
     "crater_gasflow", "cab18"),
    ("crater_london.txt", "95 million manat, is about $27 million", 95000000, CAB, "crater_cost", "cab95m"),
    ("crater_london.txt", "the official rate of 3.5 manat to the dollar", 3.5, O, "crater_rate", "fwrate"),
    ("crater_london.txt", "about 70 metres wide", 70, O, "crater_width", "fw70"),
    ("crater_london.txt", "20 metres deep", 20, O, "crater_depth", "fw20"),
    ("crater_london.txt", "was lit by Soviet geologists in 1971", 1971, O, "crater_since", "fw1971"),
    ("crater_london.txt", "the world's fourth-largest gas reserves", 4, O, "crater_reserves", "fw4"),
    ("crater_london.txt", "more than 80 times as much heat as carbon dioxide over 20 years", 80, O, "crater_gwp",
     "fwgwp"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("fuel_police.txt", "at least 10 litres of water per person", 10, POLWA, "fuel_opt_advice"),
    ("fuel_perth.txt", "Hundreds of travellers spent a sweltering night", None, O, "fuel_opt_hundreds"),
    ("fuel_perth.txt", "the hottest day there this summer", None, BOM, "fuel_opt_hottest"),
    ("fuel_perth.txt", "45 mins ahead of Perth", 45, "reader sandgroper_71", "fuel_opt_comment_45"),
    ("fuel_perth.txt", "We came through Cocklebiddy on Thursday night and they still had diesel then", None,
     "reader Bec W.", "fuel_opt_comment_cocklebiddy"),
    ("fuel_perth.txt", "Been driving this road 30 years", 30, "reader Trucker Col", "fuel_opt_comment_30y"),
    ("fuel_ceduna.txt", "Paid $4.60 at the border Saturday arvo", 4.6, "reader Ron from Penong",
     "fuel_opt_comment_receipt"),
    ("fuel_ceduna.txt", "Eucla is NOT on Perth time, it's 45 minutes ahead", 45, "reader Jules K",
     "fuel_opt_comment_zone"),
    ("march_herald.txt", "The two men arrested", 2, ORG, "march_opt_two_men"),
    ("march_agency.txt", "its new figure was based on ferry and bus counts", None, ORG, "march_opt_basis"),
    ("march_agency.txt", "respects the right to protest", None, GOV, "march_opt_right"),
    ("crater_cabinet.txt", "when it formed during geological exploration", None, CAB, "crater_opt_formed"),
    ("crater_cabinet.txt", "carried out by the State Concern Türkmengaz together with foreign partners", None, CAB,
     "crater_opt_who"),
    ("crater_moscow.txt", "officials said was wasting gas that could be sold abroad", None, O, "crater_opt_wasting"),
    ("crater_exile.txt", "they were all told not to talk to anyone", None, "reader Aman_G", "crater_opt_comment_told"),
    ("crater_exile.txt", "the camp owner said 40 tourists a night in high season", 40, "reader Tourist2035",
     "crater_opt_comment_40"),
    ("crater_london.txt", "The big flame is out", None, ORBIS, "crater_opt_big_flame"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # fuel
    "fuel_dry_time": {("pol2345", "own0030"): CO, ("pol2345", "fw0300"): C, ("pol2345", "an0245"): CO,
                      ("own0030", "fw0300"): C, ("own0030", "an0245"): CO, ("fw0300", "an0245"): C},
    "fuel_roadhouses": {("pol4", "ownevery"): C, ("pol4", "an5"): C, ("ownevery", "an5"): C},
    "fuel_people": {("pol300", "own600"): C, ("pol300", "pol450"): U, ("own600", "pol450"): C},
    "fuel_vehicles": {("pol120", "pol160"): U},
    "fuel_tankers": {("pol3", "pol3"): SC},
    "fuel_litres": {("pol90k", "nfl105k"): C},
    "fuel_convoy_left": {("pol0400", "nfl0300"): C},
    "fuel_convoy_time": {("pol1330", "pol1330"): SC, ("pol1330", "own1415"): CO},
    "fuel_limit": {("pol30", "own40"): C},
    "fuel_closure_start": {("pol1640", "an1940"): CO},
    "fuel_reopen": {("pol0710", "mr0710"): CO},
    "fuel_resumed": {("polresumed", "unionfri"): C},
    "fuel_water_out": {("polwater", "fqwater"): C},
    "fuel_heat": {("pol2h", "pol2h"): SC},
    "fuel_flown": {("polkal", "rfdsperth"): C},
    "fuel_water_litres": {("pol1200", "dfes2000"): C},
    "fuel_gap": {("pol180", "an200"): CO},
    "fuel_stretch": {("pb350", "an500"): C},
    "fuel_distance": {("pb1430", "an1400"): CO},
    "fuel_offset_perth": {("pb45", "fwperth"): C, ("pb45", "an45"): CO, ("fwperth", "an45"): C},
    "fuel_offset_sa": {("fw25", "an175"): C},
    "fuel_danger": {("owndanger", "minnodanger"): C},
    "fuel_closure_length": {("nfl2d", "union1d"): C, ("mr145", "union1d"): CO},
    "fuel_cause": {("nflroad", "unionstaff"): C},
    "fuel_drivers": {("nfl6", "union3"): C},
    "fuel_traffic": {("mr600", "an1000"): C},
    "fuel_temp": {("bom446", "bom446"): SC, ("bom446", "an46"): C},
    "fuel_bv_price": {("masa460", "masa460"): SC, ("masa460", "bv365"): C, ("bv365", "bv365"): SC},
    "fuel_complaints": {("masa52", "masa37"): U},
    "fuel_bv_dry": {("bv2100", "anbvsat"): C},
    "fuel_turned_back": {("sa80", "sa100"): U},
    # march
    "march_start": {("pol1725", "hg1725"): CO, ("pol1725", "org1700"): C, ("pol1725", "at1525"): CO,
                    ("pol1725", "me1625gmt"): C, ("hg1725", "at1525"): CO, ("org1700", "at1525"): C,
                    ("hg1725", "me1625gmt"): C, ("org1700", "me1625gmt"): C, ("at1525", "me1625gmt"): C},
    "march_crowd": {("pol8500", "pol8500"): SC, ("pol8500", "hg15k"): C, ("pol8500", "org30k"): C,
                    ("pol8500", "org35k"): C, ("pol8500", "stat13400"): C, ("pol8500", "me20k"): C,
                    ("hg15k", "org30k"): CO, ("hg15k", "org35k"): CO, ("hg15k", "stat13400"): C,
                    ("hg15k", "me20k"): CO, ("org30k", "org30k"): SC, ("org30k", "org35k"): U,
                    ("org30k", "stat13400"): C, ("org30k", "me20k"): C, ("org35k", "org35k"): SC,
                    ("org35k", "stat13400"): C, ("org35k", "me20k"): C, ("stat13400", "stat13400"): SC,
                    ("stat13400", "me20k"): C},
    "march_route": {("pol13", "hg2km"): C},
    "march_arrests": {("pol2", "org4"): C, ("pol2", "pol3"): U, ("org4", "pol3"): C},
    "march_arrest_reason": {("poleggs", "orgflare"): C},
    "march_officers_hurt": {("pol1", "wit2"): C},
    "march_first_aid": {("pol6", "rc14"): C},
    "march_hospital": {("pol0", "rc1"): C},
    "march_police_deployed": {("pol250", "me400"): C},
    "march_end": {("pol2010", "at2100"): C},
    "march_record": {("orglargest", "orglargest"): SC, ("orglargest", "menot"): C},
    "march_objections": {("org41200", "pa29k"): C},
    "march_temp": {("met31", "me34"): C},
    "march_vote": {("hg85", "pa94"): C},
    "march_vote_date": {("hg28apr", "me27apr"): C},
    "march_storeys": {("hg42", "org46"): C, ("hg42", "dev42"): CO},
    "march_apartments": {("hg640", "dev600"): C},
    "march_berths": {("hg250", "dev300"): C},
    "march_cost": {("app950m", "dev12bn"): C},
    "march_population": {("hg570k", "at570k"): CO},
    "march_peak_time": {("stat1805", "stat1805"): SC},
    "march_jobs": {("dev2400", "gov2400"): CO, ("econ700", "gov2400"): C},
    "march_reclaimed": {("dev38", "org6ha"): C},
    "march_height": {("dev148", "dev148"): SC, ("dev148", "me170"): C},
    "march_independent": {("govindep", "orgstacked"): C},
    # crater
    "crater_time": {("cab0940", "st0840"): C, ("cab0940", "vds10"): CO, ("cab0940", "cab0940"): SC},
    "crater_out": {("cabout", "cabout"): SC, ("cabout", "resglow"): C, ("cabout", "drvglow"): C,
                   ("cabout", "orbflames"): C, ("resglow", "orbflames"): CO, ("drvglow", "orbflames"): CO},
    "crater_order": {("cab2022", "st2022"): CO},
    "crater_width": {("cab69", "st70"): CO, ("cab69", "kb60"): C, ("cab69", "fw70"): CO, ("st70", "kb60"): C,
                     ("st70", "fw70"): CO, ("kb60", "fw70"): C},
    "crater_depth": {("cab30", "fw20"): C},
    "crater_since": {("cab1971", "geo1985"): C, ("cab1971", "fw1971"): CO, ("geo1985", "fw1971"): C},
    "crater_years": {("cab68", "st68"): CO},
    "crater_wells": {("cab6", "vds4"): C},
    "crater_workers": {("cab400", "src150"): C},
    "crater_start": {("cab12jun", "vdsmay"): C, ("cab12jun", "srcapril"): C, ("vdsmay", "srcapril"): C},
    "crater_cost": {("cab95m", "cab95m"): SC, ("cab95m", "src60m"): C},
    "crater_gasflow": {("cab18", "cab18"): SC, ("cab18", "orb025"): C},
    "crater_ceremony": {("cab1100", "kb1100"): CO},
    "crater_diplomats": {("cab14", "dipl3"): C},
    "crater_tourists": {("cab12k", "tour5k"): C},
    "crater_distance": {("cab260", "st190"): C},
    "crater_leak": {("cabnoleak", "fwleak"): C, ("cabnoleak", "orbleak"): C},
    "crater_offset_msk": {("st1h", "kb2h"): C},
    "crater_methane": {("orb21", "orb21"): SC, ("orb21", "orb14"): U},
    "crater_plume_time": {("orb1510", "orb1510"): SC},
    "crater_reserves": {("st4", "fw4"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
