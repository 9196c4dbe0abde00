"""Hand labels for bench/blind62 (the inscription of the Big Bay Forests and Reefs of Espiritu Santo, Vanuatu, on the
World Heritage List by the World Heritage Committee's 69th session in Cartagena, Colombia, at 15:25 Colombia time
(UTC-5) on Wednesday 17 July 2047 (20:25 GMT, 06:25 AEST and 07:25 in Port Vila on Thursday 18 July): the decision's
time and how it was taken, IUCN's advice, the site's rank and kind, when the nomination began, the core, forest and
marine areas, residents, villages and their consent, the Santo mountain starling, the logging lease and the area
logged with the conservation group's revised figure, the cost, the delegation, visitor numbers now and forecast, the
holiday, the chief's age, the sites inscribed at the session, the population and islands, the offset from Sydney, the
distance from Luganville and the crowd in Luganville with the police's revised count, with times in Vanuatu time
(UTC+11 all year), Colombia time (UTC-5), Australian Eastern Standard Time (UTC+10, Sydney in July) and GMT, across
midnight and the date line; a Sydney paper takes Vanuatu to keep Sydney's clock and puts the decision at 6.25am Port
Vila time, an hour early);
the result of Rio de Janeiro's 2045 carnival parade competition, read at the Sambadrome and ended at 17:42 Brasília
time (UTC-3) on Ash Wednesday 22 February 2045 (20:42 GMT and in Lisbon, which keeps GMT in February): the result
time, Rio's offset from GMT and Lisbon, when the champion and the runner-up entered the Avenue, the scores, the time
penalty and the margin, the runner-up's parade length and the limit, whether the clock was right, the champion's
titles and last title, the judges and categories, the prize, the Champions' Parade, the protest window, the members,
floats and budget, the city subsidy, the economic gain, visitors, hotel occupancy, the TV audience with the
broadcaster's revised figure, the people treated with the fire brigade's revised count, the Sambadrome's capacity,
the president's age and whether the seamstresses were paid, with times in Brasília time (UTC-3 all year since 2019),
GMT (Lisbon, Western European Time in winter), across midnight (23:50 on Monday in Rio is 02:50 GMT on Tuesday); a
Lisbon paper puts Rio four hours behind Lisbon instead of three and every time an hour late);
the birth of a northern white rhino calf from an IVF embryo carried by a southern white surrogate at Ol Kanjau
Conservancy in Laikipia, Kenya, at 01:35 East Africa Time (UTC+3) on Saturday 14 November 2043 (22:35 GMT and 23:35
CET on Friday 13 November), presented in Berlin at 11:00 CET on Monday 16 November (10:00 GMT, 13:00 in Kenya): the
birth time, Kenya's offset from Germany, the press conference, the calf's sex, weight and name, whether it is the
first northern white born since 2000 and the first rhino born through IVF, the embryo's year, the transfer date and
the pregnancy's length, the surrogate's age, the transfers, the embryos left with the consortium's and the NGO's revised
counts, the cost with the consortium's revised figure, when the last northern white died, the rangers, the
conservancy's area and the money for the communities, with times in East Africa Time (UTC+3), Central European Time
(UTC+1, Berlin in November) and GMT, across midnight; a Berlin paper takes Kenya to be one hour ahead of Germany, as
in summer, and puts the birth at 00:35 on Saturday Berlin time, an hour late).
Run from the project root:
    python3 bench/blind62/make_labels.py
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
GOV = "Vanuatu's Ministry of Climate Change, Environment and Heritage (Minister Serah Tavoa-Liu)"
IUCN = "IUCN, the World Heritage Committee's adviser on nature"
SFW = "the Luganville conservation group Santo Forest Watch"
PHW = "the logging company Pacific Hardwood (Vanuatu) Ltd"
CHIEFS = "the Big Bay Council of Chiefs (secretary Lisa Vuti-Molisa)"
MPS = "opposition MP for Santo Kalo Tari-Vanua"
LAND = "landowners at Matantas (John Lui-Tabi)"
POLS = "Vanuatu police in Luganville"
PROV = "the Sanma provincial government"
TOUR = "Sanma's provincial tourism council"
GEO = "geographer Dr Helen Marr-Obed, Australian National University"
AUS = "Australia's High Commission in Port Vila"

LIGA = "the samba schools' league LIGASAMBA (president Roberto Cavalcanti-Nunes)"
LAGOA = "Unidos da Lagoa Seca (president Marcos Teixeira-Dias, lawyer Dr Sérgio Almeida-Couto)"
ANIL = "Acadêmicos do Anil (president Iracema Fontes-Lima)"
CITY = "Rio de Janeiro city hall"
COUNC = "opposition councillor Patrícia Nobre-Sales"
RIOTUR = "the city's tourism agency Rio Turismo"
ECON = "economist Fabiana Moreira-Lins, a Rio business school"
HOTELS = "Rio's hotel association"
TVG = "the broadcaster TV Guanabara"
MEDIDA = "the ratings firm Medida"
FIRE = "Rio's fire brigade"
PM = "Rio's military police"
SEAM = "the seamstresses' union"
ATL = "the airline Atlântico Air"

CONS = "the RhinoRevive consortium, Berlin (scientific director Prof. Dr. Katrin Wendt-Oduya)"
OLK = "Ol Kanjau Conservancy (chief executive Daniel Lekanayia-Moore)"
KWS = "the Kenya Wildlife Service"
WHK = "the Nairobi conservation group Wild Heritage Kenya (director Grace Wambui-Lentz)"
MPK = "Laikipia North MP Peter Sankale-Ng'ang'a"
VET = "Nairobi veterinarian Dr Amani Kiprotich-Braun"
LRA = "the Laikipia Rangers' Association"
PRET = "reproductive biologist Prof. Thandeka Mokoena-Fischer, University of Pretoria"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- santo: the Committee decides at 15:25 in Cartagena (UTC-5) on Wednesday 17 July 2047 = 20:25 GMT
    # = 07:25 in Port Vila (UTC+11) and 06:25 in Sydney (AEST, UTC+10) on Thursday 18 July; Vanuatu is an hour ahead of
    # Sydney in July; 74,000 ha = 740 km2 = 285.7 square miles (285 square miles = 738 km2); 41,000 + 33,000 = 74,000
    # ha; 33,000 ha = 330 km2; 30 miles = 48 km, about 50 km; 2047 - 8 = 2039; two dozen = 24
    # the ministry's media release (own-line date, letterhead with address, phone and e-mail, "MEDIA RELEASE", release
    # line "Thursday 18 July 2047 · 10:00", title in capitals, dateline, the minister quoted, "THE SITE IN FIGURES"
    # list, "ENDS", notes to editors, media contact), Thursday 18 July 10:00 Vanuatu time
    ("santo_govt.txt", "at 7.25am on Thursday, Vanuatu time", None, GOV, "santo_decision_time", "gov0725"),
    ("santo_govt.txt", "during its 69th session in Cartagena", 69, GOV, "santo_session_number", "gov69"),
    ("santo_govt.txt", "The decision was adopted by consensus", None, GOV, "santo_vote", "govcons"),
    ("santo_govt.txt", "Big Bay becomes Vanuatu's second World Heritage site", 2, GOV, "santo_rank", "gov2nd"),
    ("santo_govt.txt", "its first natural one", 1, GOV, "santo_first_natural", "govnat"),
    ("santo_govt.txt", "Eight years of work brought us to this morning", 8, GOV, "santo_nomination_start", "gov8y"),
    ("santo_govt.txt", "had asked only for a referral, never a deferral", None, GOV, "santo_iucn_advice",
     "govreferral"),
    ("santo_govt.txt", "Core area: 74,000 hectares", 74000, GOV, "santo_core_area", "gov74k"),
    ("santo_govt.txt", "41,000 hectares of lowland and hill forest", 41000, GOV, "santo_forest_area", "gov41k"),
    ("santo_govt.txt", "33,000 hectares of reef and lagoon", 33000, GOV, "santo_marine_area", "gov33k"),
    ("santo_govt.txt", "Buffer zone: 126,000 hectares", 126000, GOV, "santo_buffer", "gov126k"),
    ("santo_govt.txt", "Residents: about 6,000 people", 6000, GOV, "santo_residents", "gov6000"),
    ("santo_govt.txt", "in 23 villages", 23, GOV, "santo_villages", "gov23"),
    ("santo_govt.txt", "every village inside the boundary gave its consent to the nomination", None, GOV,
     "santo_consent", "govconsent"),
    ("santo_govt.txt", "the only known nesting grounds of the Santo mountain starling", None, GOV, "santo_starling",
     "govstarling"),
    ("santo_govt.txt", "The logging lease over the upper Jordan River valley was cancelled in March", None, GOV,
     "santo_lease", "govcancelled"),
    ("santo_govt.txt", "The nomination dossier cost VT 310 million", 310000000, GOV, "santo_cost", "gov310"),
    ("santo_govt.txt", "Vanuatu's delegation in Cartagena numbers 14", 14, GOV, "santo_delegation", "gov14"),
    ("santo_govt.txt", "including four chiefs", 4, GOV, "santo_delegation_chiefs", "gov4chiefs"),
    ("santo_govt.txt", "visitors to Big Bay to reach 40,000 a year by 2055", 40000, GOV, "santo_visitor_forecast",
     "gov40k"),
    ("santo_govt.txt", "A management plan will be presented to Parliament in November", None, GOV, "santo_plan",
     "govplan"),
    ("santo_govt.txt", "declared Friday 19 July a public holiday in Sanma Province", None, GOV, "santo_holiday",
     "govfri"),
    ("santo_govt.txt", "Chief Roi Mata's Domain was inscribed in 2008", 2008, GOV, "santo_roimata_year", "gov2008"),
    # a Pacific wire (Oceania Press Service; leading-space own-line date, slug "(UPDATE 1)", time line "Wednesday 17
    # July 2047 · 21:48 GMT", headline, byline, dateline "CARTAGENA, Colombia, July 17 (OPS) -"; its own IUCN deferral,
    # decision time "15:25 local time (20:25 GMT)", right, the ballot (from the draft record, taken as the agency's
    # own), start year, chief's age, sites at the session (not the whole list), population, islands and Roi Mata's
    # year; IUCN's core area; the conservation group's logged area and the company's; the company's lease; the
    # council's villages and residents, quoting the ministry's 6,000 back; credit, contact and copyright lines),
    # Wednesday 17 July 21:48 GMT
    ("santo_wire.txt", "who had recommended that the nomination be deferred", None, O, "santo_iucn_advice",
     "opsdefer"),
    ("santo_wire.txt", "The decision came at 15:25 local time (20:25 GMT)", None, O, "santo_decision_time",
     "ops1525"),
    ("santo_wire.txt", "16 of the Committee's 21 members voted in favour", 16, O, "santo_vote", "ops16"),
    ("santo_wire.txt", "IUCN's evaluation puts the core area at 68,500 hectares", 68500, IUCN, "santo_core_area",
     "iucn685"),
    ("santo_wire.txt", "2,300 hectares had been logged inside the boundary since 2045", 2300, SFW, "santo_logged",
     "sfw2300"),
    ("santo_wire.txt", "no more than 900 hectares", 900, PHW, "santo_logged", "phw900"),
    ("santo_wire.txt", "its lease runs until 2049", 2049, PHW, "santo_lease", "phw2049"),
    ("santo_wire.txt", "Vanuatu began work on the nomination in 2039", 2039, O, "santo_nomination_start", "ops2039"),
    ("santo_wire.txt", "Chief Willie Tavue-Rara, 81", 81, O, "santo_chief_age", "ops81"),
    ("santo_wire.txt", "The council says 31 villages lie inside the site", 31, CHIEFS, "santo_villages", "chiefs31"),
    ("santo_wire.txt", "The figure of 6,000 people is old", 6000, GOV, "santo_residents", "gov6000"),
    ("santo_wire.txt", "More than 9,000 live there now", 9000, CHIEFS, "santo_residents", "chiefs9000"),
    ("santo_wire.txt", "The Committee has inscribed 29 new sites at this session", 29, O, "santo_session_sites",
     "ops29"),
    ("santo_wire.txt", "which ends on Friday", None, O, "santo_session_end", "opsfri"),
    ("santo_wire.txt", "bringing the list to 1,294 properties", 1294, O, "santo_list_total", "ops1294"),
    ("santo_wire.txt", "a country of about 390,000 people", 390000, O, "santo_population", "ops390k"),
    ("santo_wire.txt", "more than 80 islands", 80, O, "santo_islands", "ops80"),
    ("santo_wire.txt", "Chief Roi Mata's Domain, listed in 2008", 2008, O, "santo_roimata_year", "ops2008"),
    ("santo_wire.txt", "is due to be considered on Thursday", None, O, "santo_colombia_nomination", "opscol"),
    # a Luganville community weekly (Sanma Weekly; date glued to the masthead, section and date line, headline, byline;
    # its own decision time "just before 7.30 on Thursday morning", right, the offset from Sydney, right, its own crowd,
    # the area in square kilometres, the distance, "two dozen villages", the chief's age, visitors now, the holiday and
    # Sanma's population; the police's revised crowd and the province's; the Matantas landowners; the conservation
    # group's revised logged area; the MP on the cost (quoting the ministry's back), the start and the delegation; a
    # sentence glued without a space; a photo caption with the wrong year; letters and price line), Saturday 20 July
    ("santo_luganville.txt", "just before 7.30 on Thursday morning", None, O, "santo_decision_time", "lug0730"),
    ("santo_luganville.txt", "more than a thousand people were dancing on the grass", 1000, O, "santo_crowd",
     "lug1000"),
    ("santo_luganville.txt", "Vanuatu is an hour ahead of Sydney at this time of year", 1, O, "santo_offset_sydney",
     "lug1h"),
    ("santo_luganville.txt", "Police in Luganville now put the crowd at 1,500", 1500, POLS, "santo_crowd", "pol1500"),
    ("santo_luganville.txt", "more than 3,000 people came through the park during the day", 3000, PROV,
     "santo_crowd", "prov3000"),
    ("santo_luganville.txt", "The new site covers 740 square kilometres of forest, reef and lagoon", 740, O,
     "santo_core_area", "lug740"),
    ("santo_luganville.txt", "some 50 kilometres north-west of town", 50, O, "santo_distance", "lug50"),
    ("santo_luganville.txt", "takes in two dozen villages", 24, O, "santo_villages", "lug24"),
    ("santo_luganville.txt", "they were never asked whether they wanted their land inside the boundary", None, LAND,
     "santo_consent", "landnever"),
    ("santo_luganville.txt", "2,650 hectares were logged inside the site", 2650, SFW, "santo_logged", "sfw2650"),
    ("santo_luganville.txt", "the nomination had cost VT 480 million", 480000000, MPS, "santo_cost", "mp480"),
    ("santo_luganville.txt", "not the VT 310 million the ministry gives", 310000000, GOV, "santo_cost", "gov310"),
    ("santo_luganville.txt", "work only began in 2041", 2041, MPS, "santo_nomination_start", "mp2041"),
    ("santo_luganville.txt", "They took a delegation of 27 to Cartagena", 27, MPS, "santo_delegation", "mp27"),
    ("santo_luganville.txt", "The 78-year-old Chief Willie Tavue-Rara", 78, O, "santo_chief_age", "lug78"),
    ("santo_luganville.txt", "Big Bay now receives fewer than 2,000 visitors a year", 2000, O, "santo_visitors_now",
     "lug2000"),
    ("santo_luganville.txt", "Friday's public holiday", None, O, "santo_holiday", "lugfri"),
    ("santo_luganville.txt", "Sanma's 60,000 people", 60000, O, "santo_sanma_population", "lug60k"),
    ("santo_luganville.txt", "the new Luganville wharf, due in 2049", 2049, O, "santo_wharf", "lugwharf"),
    # a Sydney daily's Pacific page (The Harbour Herald; no date line, section and time line "Thursday 18 July 2047 —
    # 9.12am AEST", headline, byline; its own "first World Heritage site", wrong, decision "6.25am on Thursday, Port
    # Vila time", an hour early, and "keeps the same time as Sydney", wrong, the area in square miles and the reef in
    # square kilometres, distance in miles, cost, sites this year, population, islands and the Great Barrier Reef's
    # year; the police's first crowd count; Australia's grant; the tourism council's visitors now; the geographer on the
    # forecast and the starling; a sentence glued without a space; a photo caption; copyright and newsletter line),
    # Thursday 18 July 9.12am AEST
    ("santo_sydney.txt", "Vanuatu has its first World Heritage site", 1, O, "santo_rank", "syd1st"),
    ("santo_sydney.txt", "onto the list at 6.25am on Thursday, Port Vila time", None, O, "santo_decision_time",
     "syd0625"),
    ("santo_sydney.txt", "Vanuatu keeps the same time as Sydney", 0, O, "santo_offset_sydney", "sydsame"),
    ("santo_sydney.txt", "about 285 square miles of rainforest, rivers and reef", 285, O, "santo_core_area",
     "syd285"),
    ("santo_sydney.txt", "some 330 square kilometres of reef and lagoon", 330, O, "santo_marine_area", "syd330"),
    ("santo_sydney.txt", "around 30 miles north-west of Luganville", 30, O, "santo_distance", "syd30"),
    ("santo_sydney.txt", "about 1,200 people gathered at the town's Unity Park", 1200, POLS, "santo_crowd",
     "pol1200"),
    ("santo_sydney.txt", "The nomination cost Vanuatu about VT 300 million", 300000000, O, "santo_cost", "syd300"),
    ("santo_sydney.txt", "Canberra had contributed A$4.5 million over six years", 4500000, AUS, "santo_aus_grant",
     "aus45"),
    ("santo_sydney.txt", "Big Bay draws about 3,500 visitors a year", 3500, TOUR, "santo_visitors_now", "tour3500"),
    ("santo_sydney.txt", "you will see no more than 15,000 visitors a year", 15000, GEO, "santo_visitor_forecast",
     "geo15k"),
    ("santo_sydney.txt", "The starling also nests on Mount Tabwemasana, well outside the boundary", None, GEO,
     "santo_starling", "geotabwe"),
    ("santo_sydney.txt", "The Committee added 31 sites to the list this year", 31, O, "santo_session_sites", "syd31"),
    ("santo_sydney.txt", "some 420,000 people", 420000, O, "santo_population", "syd420k"),
    ("santo_sydney.txt", "on 83 islands", 83, O, "santo_islands", "syd83"),
    ("santo_sydney.txt", "was one of the few Pacific states without a natural site", None, O, "santo_first_natural",
     "sydnonat"),
    ("santo_sydney.txt", "The Great Barrier Reef was inscribed in 1981", 1981, O, "santo_gbr_year", "sydgbr"),

    # ---------------- samba: the reading ends at 17:42 Brasília time (UTC-3) on Ash Wednesday 22 February 2045 = 20:42
    # GMT = 20:42 in Lisbon (WET, UTC+0 in February); Anil enters the Avenue at 23:50 on Monday 20 February = 02:50 GMT
    # and 02:50 in Lisbon on Tuesday; Lagoa Seca enters at 01:58 on Monday = 04:58 GMT and in Lisbon; 70 min 52 s is
    # about 71 minutes; 269.9 - 269.8 = 0.1; R$ 2 million x 12 schools = R$ 24 million; 2045 - 14 = 2031; Anil and
    # five others = six schools
    # the league's official notice (leading-space date prefix with the league's name continuing on the line, address,
    # e-mail and phone, notice number, issue line "Wednesday 22 February 2045, 18:30 (Brasília time)", title in
    # capitals, the president quoted, "— END —", press office line), Wednesday 22 Feb 18:30 Rio time
    ("samba_league.txt", "ended at 17:42 on Wednesday 22 February (20:42 GMT)", None, LIGA, "samba_result_time",
     "liga1742"),
    ("samba_league.txt", "Acadêmicos do Anil are champions of the Special Group with 269.9 points", 269.9, LIGA,
     "samba_anil_score", "liga2699"),
    ("samba_league.txt", "Unidos da Lagoa Seca finished second with 269.8 points", 269.8, LIGA, "samba_lagoa_score",
     "liga2698"),
    ("samba_league.txt", "a deduction of one tenth of a point", 0.1, LIGA, "samba_penalty", "liga01"),
    ("samba_league.txt", "each school has a maximum of 70 minutes to cross the Avenue", 70, LIGA, "samba_time_limit",
     "liga70"),
    ("samba_league.txt", "Lagoa Seca entered the Avenue at 01:58 on Monday", None, LIGA, "samba_lagoa_start",
     "liga0158"),
    ("samba_league.txt", "took 70 minutes and 52 seconds", 70.87, LIGA, "samba_lagoa_duration", "liga7052"),
    ("samba_league.txt", "both recorded the same time", None, LIGA, "samba_clock", "ligaclock"),
    ("samba_league.txt", "Anil entered the Avenue at 23:50 on Monday 20 February", None, LIGA, "samba_anil_start",
     "liga2350"),
    ("samba_league.txt", "This is its fourth championship", 4, LIGA, "samba_titles", "liga4th"),
    ("samba_league.txt", "36 judges scored the parades", 36, LIGA, "samba_judges", "liga36"),
    ("samba_league.txt", "in nine categories", 9, LIGA, "samba_categories", "liga9cat"),
    ("samba_league.txt", "The champion receives a prize of R$ 2.5 million", 2500000, LIGA, "samba_prize", "liga25"),
    ("samba_league.txt", "The six best-placed schools will parade again", 6, LIGA, "samba_champions_count", "liga6"),
    ("samba_league.txt", "in the Champions' Parade on Saturday 25 February", None, LIGA, "samba_champions_day",
     "ligasat"),
    ("samba_league.txt", "Unidos do Cais, last with 266.4 points", 266.4, LIGA, "samba_last_place", "ligacais"),
    ("samba_league.txt", "within 24 hours of the end of the reading", 24, LIGA, "samba_protest_window", "liga24h"),
    # a Lusophone wire's English service (Atlântica News Agency; no date line, slug "(UPDATE 2)", time line "22 Feb 2045
    # · 22:05 GMT", headline, dateline "RIO DE JANEIRO, Feb 22 (ANA) -"; its own margin, result "20:42 GMT", right,
    # offset "three hours behind GMT", right, the end of summer time, Anil's entry "02:50 GMT", right, members, "first
    # title in 14 years" and the subsidy per school; the runner-up on its stopwatch and the clock; Rio Turismo's money
    # and visitors; the hotel association; the broadcaster's first audience figure and the ratings firm's; the fire
    # brigade's first count; the military police's arrests; credit and copyright lines), Wednesday 22 Feb 22:05 GMT
    ("samba_wire.txt", "by one tenth of a point", 0.1, O, "samba_margin", "ana01"),
    ("samba_wire.txt", "The final score was read out at the Sambadrome at 20:42 GMT", None, O, "samba_result_time",
     "ana2042"),
    ("samba_wire.txt", "Rio is three hours behind GMT", 3, O, "samba_offset", "ana3h"),
    ("samba_wire.txt", "Brazil has not used summer time since 2019", 2019, O, "samba_dst", "ana2019"),
    ("samba_wire.txt", "its parade lasted 69 minutes and 40 seconds", 69.67, LAGOA, "samba_lagoa_duration",
     "lag6940"),
    ("samba_wire.txt", "The clock at the entrance was started 90 seconds before our first wing crossed the line", 90,
     LAGOA, "samba_clock", "lag90s"),
    ("samba_wire.txt", "entering the Avenue at 02:50 GMT", None, O, "samba_anil_start", "ana0250"),
    ("samba_wire.txt", "with some 4,500 members", 4500, O, "samba_members", "ana4500"),
    ("samba_wire.txt", "It was the school's first title in 14 years", 14, O, "samba_last_title", "ana14y"),
    ("samba_wire.txt", "City hall gives R$ 2 million to each of the 12 schools in the Special Group", 2000000, O,
     "samba_subsidy", "ana2m"),
    ("samba_wire.txt", "brought R$ 6.1 billion into the city's economy", 6100000000, RIOTUR, "samba_economy",
     "rtur61"),
    ("samba_wire.txt", "2.3 million visitors", 2300000, RIOTUR, "samba_visitors", "rtur23"),
    ("samba_wire.txt", "occupancy in the city averaged 93 per cent over the five days of carnival", 93, HOTELS,
     "samba_occupancy", "hot93"),
    ("samba_wire.txt", "said 38 million people watched at least part of the parades", 38000000, TVG, "samba_audience",
     "tvg38"),
    ("samba_wire.txt", "put the audience at 29 million", 29000000, MEDIDA, "samba_audience", "med29"),
    ("samba_wire.txt", "it treated 312 people at first-aid posts", 312, FIRE, "samba_treated", "fire312"),
    ("samba_wire.txt", "Military police arrested 47 people", 47, PM, "samba_arrests", "pm47"),
    # a Rio daily's English edition (O Carioca; date glued to the first sentence, masthead, section and date line
    # after it, headline, byline; its own result "5.42pm on Wednesday", right, margin and penalty "two tenths", the
    # runner-up's 269.7, "a fifth title", the president's age and year, Anil's entry "11.50pm on Monday", right, the
    # prize, the capacity, the sell-out, the Champions' Parade and tickets; the runner-up's lawyer on the protest
    # window; Anil's president on members, floats and budget; city hall and a councillor on the subsidy; the
    # seamstresses' union; the broadcaster's revised audience; the fire brigade's revised count; a photo caption; a
    # read-more line naming 36 judges, and a comments line), Thursday 23 Feb
    ("samba_rio.txt", "The last envelope was opened at 5.42pm on Wednesday", None, O, "samba_result_time", "car1742"),
    ("samba_rio.txt", "finished two tenths of a point clear of Unidos da Lagoa Seca", 0.2, O, "samba_margin", "car02"),
    ("samba_rio.txt", "which ended on 269.7", 269.7, O, "samba_lagoa_score", "car2697"),
    ("samba_rio.txt", "the league docked it two tenths for running over time", 0.2, O, "samba_penalty", "car02pen"),
    ("samba_rio.txt", "the school has 48 hours to lodge its protest", 48, LAGOA, "samba_protest_window", "lag48h"),
    ("samba_rio.txt", "For Anil it is a fifth title", 5, O, "samba_titles", "car5th"),
    ("samba_rio.txt", "Iracema Fontes-Lima, 67", 67, O, "samba_president_age", "car67"),
    ("samba_rio.txt", "who has led the school since 2038", 2038, O, "samba_president_since", "car2038"),
    ("samba_rio.txt", "which began at 11.50pm on Monday", None, O, "samba_anil_start", "car2350"),
    ("samba_rio.txt", "had 3,400 members", 3400, ANIL, "samba_members", "anil3400"),
    ("samba_rio.txt", "six floats", 6, ANIL, "samba_floats", "anil6"),
    ("samba_rio.txt", "cost R$ 18 million", 18000000, ANIL, "samba_anil_budget", "anil18"),
    ("samba_rio.txt", "The champion's prize is R$ 3 million this year", 3000000, O, "samba_prize", "car3m"),
    ("samba_rio.txt", "City hall says it spent R$ 24 million on subsidies to the schools", 24000000, CITY,
     "samba_subsidy", "city24"),
    ("samba_rio.txt", "the true figure for public money was R$ 36 million", 36000000, COUNC, "samba_subsidy",
     "coun36"),
    ("samba_rio.txt", "about 400 of its members who sewed Anil's costumes", 400, SEAM, "samba_seamstresses",
     "seam400"),
    ("samba_rio.txt", "have not been paid for January", None, SEAM, "samba_seamstresses_paid", "seamunpaid"),
    ("samba_rio.txt", "TV Guanabara now says 41 million people watched the parades", 41000000, TVG, "samba_audience",
     "tvg41"),
    ("samba_rio.txt", "raised the number of people it treated in the Sambadrome to 340", 340, FIRE, "samba_treated",
     "fire340"),
    ("samba_rio.txt", "The Sambadrome, which holds 72,500", 72500, O, "samba_capacity", "car725"),
    ("samba_rio.txt", "was sold out on both nights", None, O, "samba_sold_out", "carsold"),
    ("samba_rio.txt", "The Champions' Parade on Saturday starts at 21:00", None, O, "samba_champions_day", "carsat"),
    ("samba_rio.txt", "Tickets went on sale at noon today", None, O, "samba_tickets", "cartickets"),
    # a Lisbon daily's English edition (Diário do Tejo; own-line date, masthead, section and date-and-time line,
    # headline, byline; its own result "21:42 Lisbon time", Anil's entry "03:50 on Tuesday, Lisbon time" and Lagoa
    # Seca's "05:58 Lisbon time", each an hour late, and "four hours behind Lisbon", wrong, the score, "seven floats",
    # the designer, "71 minutes", the limit, the president's age, "first title since 2029", "The 40 judges", the
    # categories, the "90,000-seat Sambadrome", hotels, tourists (the city's count), the five other schools and
    # "Sunday"; the runner-up on Anil's budget; Anil's president on the seamstresses; the economist; the airline; a
    # photo caption; newsletter, comments and copyright line), Thursday 23 Feb 08:10 Lisbon time
    ("samba_lisbon.txt", "at 21:42 Lisbon time on Wednesday", None, O, "samba_result_time", "dt2142"),
    ("samba_lisbon.txt", "with 269.9 points", 269.9, O, "samba_anil_score", "dt2699"),
    ("samba_lisbon.txt", "Rio is four hours behind Lisbon", 4, O, "samba_offset", "dt4h"),
    ("samba_lisbon.txt", "which entered the Avenue at 03:50 on Tuesday, Lisbon time", None, O, "samba_anil_start",
     "dt0350"),
    ("samba_lisbon.txt", "The school's seven floats", 7, O, "samba_floats", "dt7"),
    ("samba_lisbon.txt", "Joana Ferraz-Ilha, 41", 41, O, "samba_designer_age", "dt41"),
    ("samba_lisbon.txt", "moved to Rio in 2033", 2033, O, "samba_designer_year", "dt2033"),
    ("samba_lisbon.txt", "which began at 05:58 Lisbon time on Monday", None, O, "samba_lagoa_start", "dt0558"),
    ("samba_lisbon.txt", "took 71 minutes", 71, O, "samba_lagoa_duration", "dt71"),
    ("samba_lisbon.txt", "breaking the 70-minute limit", 70, O, "samba_time_limit", "dt70"),
    ("samba_lisbon.txt", "claims Anil spent more than R$ 30 million on its parade", 30000000, LAGOA,
     "samba_anil_budget", "lag30m"),
    ("samba_lisbon.txt", "Iracema Fontes-Lima, 69", 69, O, "samba_president_age", "dt69"),
    ("samba_lisbon.txt", "Every seamstress has been paid, to the last real", None, ANIL, "samba_seamstresses_paid",
     "anilpaid"),
    ("samba_lisbon.txt", "It is Anil's first title since 2029", 2029, O, "samba_last_title", "dt2029"),
    ("samba_lisbon.txt", "The 40 judges", 40, O, "samba_judges", "dt40"),
    ("samba_lisbon.txt", "the 90,000-seat Sambadrome", 90000, O, "samba_capacity", "dt90k"),
    ("samba_lisbon.txt", "marked the schools in nine categories", 9, O, "samba_categories", "dt9cat"),
    ("samba_lisbon.txt", "Rio's hotels were 98 per cent full", 98, O, "samba_occupancy", "dt98"),
    ("samba_lisbon.txt", "the city counted more than two million tourists", 2000000, RIOTUR, "samba_visitors",
     "rtur23"),
    ("samba_lisbon.txt", "The real gain is closer to R$ 4 billion", 4000000000, ECON, "samba_economy", "econ4bn"),
    ("samba_lisbon.txt", "flew about 18,000 passengers from Lisbon and Porto to Rio", 18000, ATL,
     "samba_portugal_passengers", "atl18k"),
    ("samba_lisbon.txt", "Anil and the other five best-placed schools", 5, O, "samba_champions_count", "dt5"),
    ("samba_lisbon.txt", "will parade again on Sunday in the Champions' Parade", None, O, "samba_champions_day",
     "dtsun"),

    # ---------------- rhino: born at 01:35 East Africa Time (UTC+3) on Saturday 14 November 2043 = 22:35 GMT = 23:35
    # CET (UTC+1) on Friday 13 November; presented at 11:00 CET on Monday 16 November = 10:00 GMT = 13:00 in Kenya;
    # Kenya is two hours ahead of Germany in winter (one in summer); 12 July 2042 to 14 November 2043 = 490 days,
    # about 16 months; 88 lb = 39.9 kg; 90,000 acres = 36,400 ha = 140.6 square miles; four dozen = 48; 2043 - 2000
    # = 43 years, more than four decades (38 years would mean 2005)
    # the consortium's press release (date prefix with the consortium's name continuing on the line, address, e-mail
    # and phone, embargo line "Monday 16 November 2043, 11:00 CET", title in capitals, the scientific director quoted,
    # "KEY FACTS" list, "ENDS", notes for editors with the offset, contact line), Monday 16 Nov 11:00 CET
    ("rhino_consortium.txt", "A female northern white rhino calf", None, CONS, "rhino_sex", "consfemale"),
    ("rhino_consortium.txt",
     "at 01:35 East Africa Time on Saturday 14 November (23:35 CET on Friday 13 November)", None, CONS,
     "rhino_birth_time", "cons0135"),
    ("rhino_consortium.txt", "at a press conference in Berlin at 11:00 CET today", None, CONS, "rhino_presser_time",
     "cons1100"),
    ("rhino_consortium.txt", "the first northern white rhino born anywhere since 2000", 2000, CONS,
     "rhino_first_since", "cons2000"),
    ("rhino_consortium.txt", "the first rhino of any species born through in vitro fertilisation", None, CONS,
     "rhino_first_ivf", "consivf"),
    ("rhino_consortium.txt", "created in 2031", 2031, CONS, "rhino_embryo_year", "cons2031"),
    ("rhino_consortium.txt", "was transferred on 12 July 2042", None, CONS, "rhino_transfer_date", "cons0712"),
    ("rhino_consortium.txt", "the pregnancy lasted 490 days", 490, CONS, "rhino_gestation", "cons490"),
    ("rhino_consortium.txt", "The calf weighed 40 kilograms at birth", 40, CONS, "rhino_weight", "cons40"),
    ("rhino_consortium.txt", "was standing within an hour", 1, CONS, "rhino_standing", "consstand"),
    ("rhino_consortium.txt", "This was the 14th embryo transfer in the programme", 14, CONS, "rhino_transfers",
     "cons14"),
    ("rhino_consortium.txt", "30 northern white rhino embryos remain in storage", 30, CONS, "rhino_embryos",
     "cons30"),
    ("rhino_consortium.txt", "The programme has cost €41 million since 2019", 41000000, CONS, "rhino_cost", "cons41"),
    ("rhino_consortium.txt", "Mother and calf are in good health", None, CONS, "rhino_health", "conshealth"),
    ("rhino_consortium.txt", "The calf is now the only living northern white rhino", None, CONS, "rhino_only_living",
     "consonly"),
    ("rhino_consortium.txt", "The last of her subspecies died in Kenya in 2038", 2038, CONS, "rhino_last_died",
     "cons2038"),
    ("rhino_consortium.txt", "Kenya (EAT, UTC+3) is two hours ahead of Germany in winter", 2, CONS,
     "rhino_offset_germany", "cons2h"),
    # a Nairobi daily (The Kenya Record; leading-space own-line date, masthead, section and date line, headline,
    # byline; its own birth time "1.35am on Saturday", right, "more than four decades", the embryo's year and the
    # transfer month from documents (taken as the paper's own), the press conference "1pm Kenyan time", right, the
    # area in acres, the ranch, the last death and Kenya's rhinos of all kinds; the conservancy on the sex, weight,
    # surrogate, southern whites and rangers; the wildlife service's money; the NGO's first embryo count; the MP on
    # the communities; a sentence glued without a space; a photo caption; briefing and copyright line), Sunday 15 Nov
    ("rhino_nairobi.txt", "at 1.35am on Saturday", None, O, "rhino_birth_time", "rec0135"),
    ("rhino_nairobi.txt", "the first of her kind in more than four decades", 40, O, "rhino_first_since", "rec40y"),
    ("rhino_nairobi.txt", "the calf, a female", None, OLK, "rhino_sex", "olkfemale"),
    ("rhino_nairobi.txt", "weighed an estimated 41 kilograms", 41, OLK, "rhino_weight", "olk41"),
    ("rhino_nairobi.txt", "a 14-year-old southern white rhino called Tamu", 14, OLK, "rhino_surrogate_age", "olk14"),
    ("rhino_nairobi.txt", "one of 27 southern whites on the conservancy", 27, OLK, "rhino_southern_whites", "olk27"),
    ("rhino_nairobi.txt", "The embryo was made in a European laboratory in 2034", 2034, O, "rhino_embryo_year",
     "rec2034"),
    ("rhino_nairobi.txt", "placed in Tamu in August 2042", None, O, "rhino_transfer_date", "recaug"),
    ("rhino_nairobi.txt", "Forty-eight armed rangers are guarding the boma", 48, OLK, "rhino_rangers", "olk48"),
    ("rhino_nairobi.txt", "put KSh 900 million into the programme since it began", 900000000, KWS,
     "rhino_kws_money", "kws900"),
    ("rhino_nairobi.txt", "There are fewer than 20 viable embryos left in the freezers in Europe", 20, WHK,
     "rhino_embryos", "whk20"),
    ("rhino_nairobi.txt", "presented to the press in Berlin on Monday at 1pm Kenyan time", None, O,
     "rhino_presser_time", "rec1300"),
    ("rhino_nairobi.txt", "The 90,000-acre conservancy", 90000, O, "rhino_area", "rec90k"),
    ("rhino_nairobi.txt", "was a cattle ranch until the 1990s", None, O, "rhino_ranch", "recranch"),
    ("rhino_nairobi.txt", "died there in 2038", 2038, O, "rhino_last_died", "rec2038"),
    ("rhino_nairobi.txt", "have not received a single shilling", 0, MPK, "rhino_community_money", "mpnone"),
    ("rhino_nairobi.txt", "Kenya's 1,900 rhinos of all kinds", 1900, O, "rhino_kenya_total", "rec1900"),
    # a Berlin daily's English edition (Berliner Tagesblick; own-line date, masthead, section and date line, headline,
    # byline; its own birth "00:35 on Saturday, Berlin time", an hour late, and "only one hour ahead of Germany",
    # wrong, "The bull calf", the name, "18 months", the surrogate's age, the cost from documents (the paper's own),
    # the area in hectares, rangers, the last death and Kenya's black rhinos (one species, not all); the consortium's
    # revised cost and embryo count; the vet on the weight; a photo caption with a wrong year; a no-comment line;
    # comments and newsletter line), Tuesday 17 Nov
    ("rhino_berlin.txt", "arrived at 00:35 on Saturday, Berlin time", None, O, "rhino_birth_time", "tb0035"),
    ("rhino_berlin.txt", "Kenya is only one hour ahead of Germany", 1, O, "rhino_offset_germany", "tb1h"),
    ("rhino_berlin.txt", "The bull calf", None, O, "rhino_sex", "tbbull"),
    ("rhino_berlin.txt", "already named Tumaini", None, O, "rhino_name", "tbnamed"),
    ("rhino_berlin.txt", "ended a pregnancy of 18 months", 18, O, "rhino_gestation", "tb18m"),
    ("rhino_berlin.txt", "a 12-year-old southern white", 12, O, "rhino_surrogate_age", "tb12"),
    ("rhino_berlin.txt", "which has cost more than €60 million in all", 60000000, O, "rhino_cost", "tb60m"),
    ("rhino_berlin.txt", "put the cost at €44 million", 44000000, CONS, "rhino_cost", "cons44"),
    ("rhino_berlin.txt", "no more than 33 kilograms", 33, VET, "rhino_weight", "vet33"),
    ("rhino_berlin.txt", "now says 29 embryos remain in storage", 29, CONS, "rhino_embryos", "cons29"),
    ("rhino_berlin.txt", "The conservancy covers 50,000 hectares of savannah", 50000, O, "rhino_area", "tb50k"),
    ("rhino_berlin.txt", "is guarded by more than 100 rangers", 100, O, "rhino_rangers", "tb100"),
    ("rhino_berlin.txt", "died in 2036", 2036, O, "rhino_last_died", "tb2036"),
    ("rhino_berlin.txt", "Kenya's roughly 1,100 black rhinos", 1100, O, "rhino_black_rhinos", "tb1100"),
    # a conservation newsletter site (Range & Reserve; no date line, masthead, tagline and time line "Monday 16
    # November 2043, 15:20 GMT", headline; its own "first ... in 38 years", birth "22:35 GMT on Friday, which was 1.35am
    # on Saturday in Laikipia", right, the press conference "10am GMT on Monday", right, the weight in pounds, the
    # surrogate's age, the area in square miles and the conservancy's rhinos of both species; the conservancy on the
    # pregnancy, the naming and community money; the rangers' association; the NGO's revised embryo count and failed
    # transfers; the Pretoria biologist, quoting the consortium's claim back; a sentence glued without a space; a
    # welfare-fund line and newsletter line), Monday 16 Nov 15:20 GMT
    ("rhino_trade.txt", "The first northern white rhino calf in 38 years", 38, O, "rhino_first_since", "rr38y"),
    ("rhino_trade.txt", "at 22:35 GMT on Friday, which was 1.35am on Saturday in Laikipia", None, O,
     "rhino_birth_time", "rr2235"),
    ("rhino_trade.txt", "presented her to journalists in Berlin at 10am GMT on Monday", None, O,
     "rhino_presser_time", "rr1000"),
    ("rhino_trade.txt", "She weighed about 88lb at birth", 88, O, "rhino_weight", "rr88lb"),
    ("rhino_trade.txt", "her mother is a 14-year-old southern white", 14, O, "rhino_surrogate_age", "rr14"),
    ("rhino_trade.txt", "the pregnancy lasted about 16 months", 16, OLK, "rhino_gestation", "olk16m"),
    ("rhino_trade.txt", "the calf will be named by community elders on 28 November", None, OLK, "rhino_name",
     "olk2811"),
    ("rhino_trade.txt", "four dozen rangers guard the boma", 48, LRA, "rhino_rangers", "lra48"),
    ("rhino_trade.txt", "only 17 viable embryos are left", 17, WHK, "rhino_embryos", "whk17"),
    ("rhino_trade.txt", "at least 20 embryo transfers have failed since 2030", 20, WHK, "rhino_transfers", "whk20t"),
    ("rhino_trade.txt", "the consortium's claim that this is the first rhino born through IVF", None, CONS,
     "rhino_first_ivf", "consivf"),
    ("rhino_trade.txt", "A southern white calf was born through IVF at a private reserve near Pretoria in 2037", 2037,
     PRET, "rhino_first_ivf", "pret2037"),
    ("rhino_trade.txt", "it paid KSh 45 million to neighbouring communities last year", 45000000, OLK,
     "rhino_community_money", "olk45m"),
    ("rhino_trade.txt", "about 140 square miles of savannah", 140, O, "rhino_area", "rr140"),
    ("rhino_trade.txt", "holds 31 rhinos of both species", 31, O, "rhino_conservancy_rhinos", "rr31"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("santo_govt.txt", "made up of 21 States Parties", 21, GOV, "santo_opt_committee_size"),
    ("santo_govt.txt", "no commercial logging is permitted inside the site", None, GOV, "santo_opt_no_logging"),
    ("santo_wire.txt", "It was already Thursday morning in Vanuatu", None, O, "santo_opt_thursday"),
    ("santo_wire.txt", "kept this forest for a hundred generations", 100, CHIEFS, "santo_opt_generations"),
    ("santo_luganville.txt", "Nobody came to our nakamal", None, LAND, "santo_opt_nakamal"),
    ("santo_sydney.txt", "the Government's target was unrealistic", None, GEO, "santo_opt_unrealistic"),
    ("samba_league.txt", "The result is final", None, LIGA, "samba_opt_final"),
    ("samba_league.txt", "The lowest score in each category is discarded", None, LIGA, "samba_opt_discarded"),
    ("samba_wire.txt", "Street parties will continue in some neighbourhoods until Sunday", None, O,
     "samba_opt_street_parties"),
    ("samba_lisbon.txt", "says his school will appeal", None, LAGOA, "samba_opt_appeal"),
    ("samba_lisbon.txt", "a record for the route", None, ATL, "samba_opt_route_record"),
    ("rhino_nairobi.txt", "Nobody gets within a kilometre of her without us knowing", None, OLK, "rhino_opt_kilometre"),
    ("rhino_nairobi.txt", "Our herders are told to keep out", None, MPK, "rhino_opt_herders"),
    ("rhino_berlin.txt", "the subspecies was declared \"functionally extinct\" long before that", None, O,
     "rhino_opt_extinct"),
    ("rhino_trade.txt", "several of them have not had a day off since the pregnancy was confirmed", None, LRA,
     "rhino_opt_day_off"),
    ("rhino_trade.txt", "We published it in a peer-reviewed journal", None, PRET, "rhino_opt_published"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # santo
    "santo_decision_time": {("gov0725", "ops1525"): CO, ("gov0725", "lug0730"): CO, ("gov0725", "syd0625"): C,
                            ("ops1525", "lug0730"): CO, ("ops1525", "syd0625"): C, ("lug0730", "syd0625"): C},
    "santo_vote": {("govcons", "ops16"): C},
    "santo_rank": {("gov2nd", "syd1st"): C},
    "santo_first_natural": {("govnat", "sydnonat"): CO},
    "santo_nomination_start": {("gov8y", "ops2039"): CO, ("gov8y", "mp2041"): C, ("ops2039", "mp2041"): C},
    "santo_iucn_advice": {("govreferral", "opsdefer"): C},
    "santo_core_area": {("gov74k", "iucn685"): C, ("gov74k", "lug740"): CO, ("gov74k", "syd285"): CO,
                        ("iucn685", "lug740"): C, ("iucn685", "syd285"): C, ("lug740", "syd285"): CO},
    "santo_marine_area": {("gov33k", "syd330"): CO},
    "santo_residents": {("gov6000", "gov6000"): SC, ("gov6000", "chiefs9000"): C},
    "santo_villages": {("gov23", "chiefs31"): C, ("gov23", "lug24"): CO, ("chiefs31", "lug24"): C},
    "santo_consent": {("govconsent", "landnever"): C},
    "santo_starling": {("govstarling", "geotabwe"): C},
    "santo_lease": {("govcancelled", "phw2049"): C},
    "santo_logged": {("sfw2300", "sfw2650"): U, ("phw900", "sfw2650"): C},
    "santo_cost": {("gov310", "mp480"): C, ("gov310", "gov310"): SC, ("gov310", "syd300"): CO,
                   ("mp480", "syd300"): C},
    "santo_delegation": {("gov14", "mp27"): C},
    "santo_visitor_forecast": {("gov40k", "geo15k"): C},
    "santo_visitors_now": {("lug2000", "tour3500"): C},
    "santo_holiday": {("govfri", "lugfri"): CO},
    "santo_chief_age": {("ops81", "lug78"): C},
    "santo_session_sites": {("ops29", "syd31"): C},
    "santo_population": {("ops390k", "syd420k"): C},
    "santo_islands": {("ops80", "syd83"): CO},
    "santo_offset_sydney": {("lug1h", "sydsame"): C},
    "santo_distance": {("lug50", "syd30"): CO},
    "santo_crowd": {("lug1000", "pol1200"): CO, ("pol1500", "pol1200"): U, ("prov3000", "pol1200"): C},
    "santo_roimata_year": {("gov2008", "ops2008"): CO},
    # samba
    "samba_result_time": {("liga1742", "ana2042"): CO, ("liga1742", "car1742"): CO, ("liga1742", "dt2142"): C,
                          ("ana2042", "car1742"): CO, ("ana2042", "dt2142"): C, ("car1742", "dt2142"): C},
    "samba_offset": {("ana3h", "dt4h"): C},
    "samba_anil_start": {("liga2350", "ana0250"): CO, ("liga2350", "car2350"): CO, ("liga2350", "dt0350"): C,
                         ("ana0250", "car2350"): CO, ("ana0250", "dt0350"): C, ("car2350", "dt0350"): C},
    "samba_lagoa_start": {("liga0158", "dt0558"): C},
    "samba_anil_score": {("liga2699", "dt2699"): CO},
    "samba_lagoa_score": {("liga2698", "car2697"): C},
    "samba_penalty": {("liga01", "car02pen"): C},
    "samba_margin": {("ana01", "car02"): C},
    "samba_lagoa_duration": {("liga7052", "lag6940"): C, ("liga7052", "dt71"): CO, ("lag6940", "dt71"): C},
    "samba_time_limit": {("liga70", "dt70"): CO},
    "samba_clock": {("ligaclock", "lag90s"): C},
    "samba_titles": {("liga4th", "car5th"): C},
    "samba_last_title": {("ana14y", "dt2029"): C},
    "samba_judges": {("liga36", "dt40"): C},
    "samba_categories": {("liga9cat", "dt9cat"): CO},
    "samba_prize": {("liga25", "car3m"): C},
    "samba_champions_count": {("liga6", "dt5"): CO},
    "samba_champions_day": {("ligasat", "carsat"): CO, ("ligasat", "dtsun"): C, ("carsat", "dtsun"): C},
    "samba_protest_window": {("liga24h", "lag48h"): C},
    "samba_members": {("ana4500", "anil3400"): C},
    "samba_floats": {("anil6", "dt7"): C},
    "samba_anil_budget": {("anil18", "lag30m"): C},
    "samba_subsidy": {("ana2m", "city24"): CO, ("ana2m", "coun36"): C},
    "samba_economy": {("rtur61", "econ4bn"): C},
    "samba_visitors": {("rtur23", "rtur23"): SC},
    "samba_occupancy": {("hot93", "dt98"): C},
    "samba_audience": {("tvg38", "tvg41"): U, ("med29", "tvg41"): C},
    "samba_treated": {("fire312", "fire340"): U},
    "samba_capacity": {("car725", "dt90k"): C},
    "samba_president_age": {("car67", "dt69"): C},
    "samba_seamstresses_paid": {("seamunpaid", "anilpaid"): C},
    # rhino
    "rhino_birth_time": {("cons0135", "rec0135"): CO, ("cons0135", "tb0035"): C, ("cons0135", "rr2235"): CO,
                         ("rec0135", "tb0035"): C, ("rec0135", "rr2235"): CO, ("tb0035", "rr2235"): C},
    "rhino_offset_germany": {("cons2h", "tb1h"): C},
    "rhino_presser_time": {("cons1100", "rec1300"): CO, ("cons1100", "rr1000"): CO, ("rec1300", "rr1000"): CO},
    "rhino_sex": {("consfemale", "olkfemale"): CO, ("consfemale", "tbbull"): C, ("olkfemale", "tbbull"): C},
    "rhino_first_since": {("cons2000", "rec40y"): CO, ("cons2000", "rr38y"): C, ("rec40y", "rr38y"): C},
    "rhino_first_ivf": {("consivf", "consivf"): SC, ("consivf", "pret2037"): C},
    "rhino_embryo_year": {("cons2031", "rec2034"): C},
    "rhino_transfer_date": {("cons0712", "recaug"): C},
    "rhino_gestation": {("cons490", "tb18m"): C, ("cons490", "olk16m"): CO, ("tb18m", "olk16m"): C},
    "rhino_weight": {("cons40", "olk41"): CO, ("cons40", "vet33"): C, ("cons40", "rr88lb"): CO,
                     ("olk41", "vet33"): C, ("olk41", "rr88lb"): CO, ("vet33", "rr88lb"): C},
    "rhino_surrogate_age": {("olk14", "tb12"): C, ("olk14", "rr14"): CO, ("tb12", "rr14"): C},
    "rhino_transfers": {("cons14", "whk20t"): C},
    "rhino_embryos": {("cons30", "whk20"): C, ("cons30", "cons29"): U, ("cons30", "whk17"): C,
                      ("whk20", "cons29"): C, ("whk20", "whk17"): U, ("cons29", "whk17"): C},
    "rhino_cost": {("cons41", "tb60m"): C, ("cons41", "cons44"): U},
    "rhino_last_died": {("cons2038", "rec2038"): CO, ("cons2038", "tb2036"): C, ("rec2038", "tb2036"): C},
    "rhino_name": {("tbnamed", "olk2811"): C},
    "rhino_rangers": {("olk48", "tb100"): C, ("olk48", "lra48"): CO, ("tb100", "lra48"): C},
    "rhino_area": {("rec90k", "tb50k"): C, ("rec90k", "rr140"): CO, ("tb50k", "rr140"): C},
    "rhino_community_money": {("mpnone", "olk45m"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
