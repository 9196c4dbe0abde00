"""Hand labels for bench/blind52 (the recall of Sólbrekka Dairy's Lítill 1 first infant formula in Iceland, announced
at 17:45 on Tuesday 12 June 2035 after Cronobacter sakazakii was found at its Selfoss plant: the time of the recall,
the tins and batches recalled and their revised counts, the production period, the organism and its source, the first
positive result, the positive samples, the ill infants and their revised count, the infants in intensive care, the
countries, the tins sold in Denmark and Norway, whether tins reached the UK, the shops, the market share, the price of
a tin, the babies fed the formula, the cost, the tins returned, the restart, the workers sent home, the alert to the
EU's RASFF system and the last recall disputed, with times in Greenwich Mean Time (UTC+0 all year, Iceland), British
Summer Time (UTC+1) and Central European Summer Time (UTC+2, Copenhagen); the hijacking of the bulk carrier Kallisto
Dawn by Somali pirates at 06:40 on Thursday 19 July 2035 in the Indian Ocean: the time of the boarding and of the
security alert, the last contact, the position, the pirates and their revised count, the skiffs, the crew, the
Filipinos, whether anyone was hurt, the cargo, its kind and its destination, the ship's length, tonnage, year, flag
and master's age, the ransom, the anchorage, the dhow, the hijackings this year, the warships and the war-risk premium
disputed, with times in East Africa Time (UTC+3, Somalia), Eastern European Summer Time (UTC+3, Piraeus, the same
clock), UTC and Philippine time (UTC+8); the shark attack on a swimmer off Anse Vata in Nouméa, New Caledonia, at
08:35 on Saturday 10 February 2035: the time, the victim's age, the distance from shore, the species and length, the
rescue, the transport, the victim's condition and its update, the surgery, the ban zone, the flags, the drones and
their cost, the swimmers, the beaches closed and for how long, the race, the sharks caught and their revised count,
the attacks and deaths since 2019 and the sharks culled disputed, with times in New Caledonia time (UTC+11 all year),
GMT, Central European Time (UTC+1, Paris) and Australian Eastern Daylight Time (UTC+11, Sydney, the same clock),
across midnight).
Run from the project root:
    python3 bench/blind52/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
SOL = "Sólbrekka Dairy, the manufacturer (chief executive Hrafnhildur Jónsdóttir-Marsh)"
MAST = "Iceland's Food and Veterinary Authority, MAST (spokesman Einar Steinsson-Clarke)"
DOH = "Iceland's Directorate of Health"
LSH = "Landspítali children's hospital, Reykjavík (paediatrician Dr Ari Gunnarsson-Vale)"
PN = "the Parents' Network for Safe Formula (spokeswoman Katrín Eydal-Moss)"
DVFA = "the Danish Veterinary and Food Administration"
MT = "the Norwegian Food Safety Authority, Mattilsynet"
FSA = "the UK Food Standards Agency"
FJC = "Fjörður Capital analyst Bjarki Hallsson-Reid"
UNF = "the food workers' union at Selfoss (shop steward Guðrún Pálsdóttir-Wells)"
RET = "retailers contacted by the Reykjavík Ledger"

ACS = "Aegean Crest Shipmanagement, the ship's manager (spokesman Nikos Karalis-Dunmore)"
EUNF = "the EU naval force, EUNAVFOR Operation Atalanta"
UKMTO = "UK Maritime Trade Operations, UKMTO"
PMPF = "the Puntland Maritime Police Force (spokesman Abdirizak Warsame-Lowe)"
DMW = "the Philippine Department of Migrant Workers, DMW"
UFSA = "the United Filipino Seafarers' Alliance (president Ramon Dizon-Carver)"
HRA = "Horn Risk Advisory analyst Wanjiru Kamau-Stroud"
ST = "ship-tracking firm SeaTrace"
ELD = "a clan elder in Eyl (Yusuf Farah-Nolan)"
BRKW = "war-risk insurance brokers (as quoted by the Nairobi wire)"
BRKL = "a London war-risk insurance broker (as quoted by the Piraeus paper)"
LOG = "a person briefed on the manager's log (anonymous)"

CTY = "the City of Nouméa (Mayor Sylvie Wakaté-Lambert)"
FIRE = "Nouméa's fire and rescue service"
HOSP = "the Médipôle hospital at Koutio (spokeswoman Dr Hélène Gowé-Barras)"
AQ = "Aquarium des Lagons biologist Dr Thomas Renaud-Kaouma"
PS = "New Caledonia's Southern Province"
LG = "the Lagoon Guardians association (conservation group)"
WIT = "witness Jean-Luc Tein-Marchal, a paddleboarder"
CLUB = "the Nouméa Open Water Swimming Club (president Anaïs Bouteiller-Grey)"
COU = "opposition councillor Patrick Néa-Dalton"
LMED = "local media, unnamed (as reported by the Sydney live page)"
LWIT = "witnesses quoted by local media (as reported by the Sydney live page)"
REL_V = "a relative of the victim (as told to the Paris wire)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- formula: Sólbrekka Dairy recalls Lítill 1 at 17:45 on Tuesday 12 June 2035 in Selfoss (GMT,
    # UTC+0 all year) = 18:45 BST in London = 19:45 CEST in Copenhagen; ISK 172 to the pound (the London page's own
    # rate), so ISK 600 million is about £3.5 million and ISK 4,990 about £29
    # the dairy's press release (own-line date, letterhead with an address and web site, "PRESS RELEASE · Selfoss,
    # 12 June 2035 · 18:10", "FOR IMMEDIATE RELEASE", a title in capitals, the chief executive quoted, a heading in
    # capitals, "ABOUT SÓLBREKKA", a consumer line with hours, "###"), Tuesday 12 Jun
    ("formula_dairy.txt", "at 17:45 on Tuesday", None, SOL, "formula_time", "sol1745"),
    ("formula_dairy.txt", "tested positive for Cronobacter sakazakii", None, SOL, "formula_organism", "solcrono"),
    ("formula_dairy.txt", "The recall covers 11 batches", 11, SOL, "formula_batches", "sol11"),
    ("formula_dairy.txt", "about 48,000 tins", 48000, SOL, "formula_tins", "sol48k"),
    ("formula_dairy.txt", "produced between 2 May and 29 May 2035", None, SOL, "formula_period", "solmay"),
    ("formula_dairy.txt", "received the first positive result on Saturday, 9 June", None, SOL, "formula_first_positive",
     "sol9jun"),
    ("formula_dairy.txt", "Three samples out of 40 tested positive", 3, SOL, "formula_samples", "sol3"),
    ("formula_dairy.txt", "traced the contamination to a consignment of lactose from an outside supplier", None, SOL,
     "formula_source", "sollactose"),
    ("formula_dairy.txt", "sold in 210 shops and pharmacies across Iceland", 210, SOL, "formula_shops", "sol210"),
    ("formula_dairy.txt", "exported to four countries", 4, SOL, "formula_countries", "sol4"),
    ("formula_dairy.txt", "Roughly 1,200 tins from the affected batches went to Norway", 1200, SOL, "formula_norway",
     "sol1200"),
    ("formula_dairy.txt", "A small number of tins were also sold through online retailers to customers in the United "
     "Kingdom", None, SOL, "formula_uk", "solukyes"),
    ("formula_dairy.txt", "expects to resume production within two weeks", 2, SOL, "formula_restart", "sol2w"),
    ("formula_dairy.txt", "38 production workers have been sent home", 38, SOL, "formula_sent_home", "sol38"),
    ("formula_dairy.txt", "supplies about 30 per cent of the infant formula sold in Iceland", 30, SOL, "formula_share",
     "sol30"),
    # a Reykjavík English-language news site (The Reykjavík Ledger; date prefix glued to the masthead, headline and
    # standfirst, byline, photo caption, glued dateline "SELFOSS -Sólbrekka", its own time, price, RASFF alert and last
    # recall, the dairy's revised tins and batches, returns, calls, cost, users and Danish tins, MAST's source, samples,
    # first positive and restart, the Directorate's cases, Landspítali, retailers' share and shops, a union, a parents'
    # group, "Read more", "COMMENTS (3)" with three reader comments, copyright line), Wednesday 13 Jun
    ("formula_ledger.txt", "shortly before 6pm on Tuesday", None, O, "formula_time", "led6pm"),
    ("formula_ledger.txt", "the recall now covers 71,000 tins", 71000, SOL, "formula_tins", "sol71k"),
    ("formula_ledger.txt", "from 16 batches", 16, SOL, "formula_batches", "sol16"),
    ("formula_ledger.txt", "About 22,000 tins had been returned by Wednesday noon", 22000, SOL, "formula_returned",
     "sol22k"),
    ("formula_ledger.txt", "the consumer line had taken 1,800 calls", 1800, SOL, "formula_calls", "sol1800"),
    ("formula_ledger.txt", "at ISK 600 million", 600000000, SOL, "formula_cost", "sol600m"),
    ("formula_ledger.txt", "found the bacteria inside the plant's spray dryer", None, MAST, "formula_source",
     "mastdryer"),
    ("formula_ledger.txt", "seven samples of the formula have tested positive so far", 7, MAST, "formula_samples",
     "mast7"),
    ("formula_ledger.txt", "first positive result on 4 June", None, MAST, "formula_first_positive", "mast4jun"),
    ("formula_ledger.txt", "will not restart before the end of July", None, MAST, "formula_restart", "mastjuly"),
    ("formula_ledger.txt", "alerted the EU's rapid alert system for food on Wednesday morning", None, O,
     "formula_rasff", "ledwed"),
    ("formula_ledger.txt", "three infants have fallen ill", 3, DOH, "formula_ill", "doh3"),
    ("formula_ledger.txt", "two of them are in intensive care", 2, LSH, "formula_icu", "lsh2"),
    ("formula_ledger.txt", "sells for ISK 4,990", 4990, O, "formula_price", "led4990"),
    ("formula_ledger.txt", "about 1,500 infants in Iceland are fed Lítill 1", 1500, SOL, "formula_users", "sol1500"),
    ("formula_ledger.txt", "about 6,000 tins went to Denmark", 6000, SOL, "formula_denmark", "sol6000"),
    ("formula_ledger.txt", "holds nearly half of the Icelandic market", 50, RET, "formula_share", "rethalf"),
    ("formula_ledger.txt", "stocked by more than 300 shops", 300, RET, "formula_shops", "ret300"),
    ("formula_ledger.txt", "more than 60 workers had been sent home", 60, UNF, "formula_sent_home", "unf60"),
    ("formula_ledger.txt", "the dairy's first recall since 2019", None, O, "formula_last_recall", "led2019"),
    # a London broadcaster's live page (Thames Broadcasting; leading-space own-line date, "LIVE", "Updated 16:52 BST",
    # key points, entries stamped in BST newest first, the recall "at 5.45pm UK time on Tuesday" (wrong: 17:45 GMT was
    # 6.45pm BST), its own period, organism, price and intensive-care count, the dairy's first and revised tins, first
    # batches and cost in pounds with "£1 = ISK 172", the parents' group, the Directorate, the FSA, a photo caption,
    # "Comments are closed", copyright line), Wednesday 13 Jun
    ("formula_live.txt", "raised the figure to 71,000 tins", 71000, SOL, "formula_tins", "sol71k"),
    ("formula_live.txt", "some 48,000 tins", 48000, SOL, "formula_tins", "sol48k"),
    ("formula_live.txt", "roughly £3.5 million", 3500000, SOL, "formula_cost", "sol600m"),
    ("formula_live.txt", "£1 = ISK 172", 172, O, "formula_fx", "tbfx"),
    ("formula_live.txt", "at least nine babies who fell ill", 9, PN, "formula_ill", "pn9"),
    ("formula_live.txt", "some 2,500 babies in Iceland are fed Lítill 1", 2500, PN, "formula_users", "pn2500"),
    ("formula_live.txt", "One baby is in intensive care", 1, O, "formula_icu", "tb1"),
    ("formula_live.txt", "confirmed three infants with Cronobacter infections", 3, DOH, "formula_ill", "doh3"),
    ("formula_live.txt", "no affected tins were sold in the UK through shops or online retailers", None, FSA,
     "formula_uk", "fsano"),
    ("formula_live.txt", "at 5.45pm UK time on Tuesday", None, O, "formula_time", "tb1745"),
    ("formula_live.txt", "made in April and May", None, O, "formula_period", "tbapr"),
    ("formula_live.txt", "contaminated with salmonella", None, O, "formula_organism", "tbsalm"),
    ("formula_live.txt", "about £29 a tin", 29, O, "formula_price", "tb29"),
    ("formula_live.txt", "recalled 11 batches at first", 11, SOL, "formula_batches", "sol11"),
    # a Copenhagen trade newsletter (Nordic Food Safety Bulletin; a date prefix with the masthead continuing on the same
    # line, issue number, a heading in capitals, run-in paragraph heads, the recall "at 19:45 Danish time on Tuesday"
    # (right), its own period and last recall, the dairy's revised tins and batches, MAST's tins, organism, source,
    # RASFF alert, countries and returns, the Directorate's revised cases, Landspítali, the Danish and Norwegian
    # authorities, an analyst's cost and share, "ALSO THIS WEEK" with a webinar time, subscription and address lines),
    # Thursday 14 Jun
    ("formula_bulletin.txt", "at 19:45 Danish time on Tuesday", None, O, "formula_time", "nfs1945"),
    ("formula_bulletin.txt", "initially covered formula produced in May", None, O, "formula_period", "nfsmay"),
    ("formula_bulletin.txt", "revised count of 71,000 tins", 71000, SOL, "formula_tins", "sol71k"),
    ("formula_bulletin.txt", "sixteen batches", 16, SOL, "formula_batches", "sol16"),
    ("formula_bulletin.txt", "about 90,000 tins", 90000, MAST, "formula_tins", "mast90k"),
    ("formula_bulletin.txt", "MAST has confirmed Cronobacter sakazakii", None, MAST, "formula_organism", "mastcrono"),
    ("formula_bulletin.txt", "still blames a supplier's lactose", None, SOL, "formula_source", "sollactose"),
    ("formula_bulletin.txt", "MAST's inspectors point to the plant itself", None, MAST, "formula_source", "mastdryer"),
    ("formula_bulletin.txt", "notified the EU's RASFF system at 21:10 on Tuesday", None, MAST, "formula_rasff",
     "mast2110"),
    ("formula_bulletin.txt", "raised its count to five infants", 5, DOH, "formula_ill", "doh5"),
    ("formula_bulletin.txt", "two remain in intensive care", 2, LSH, "formula_icu", "lsh2"),
    ("formula_bulletin.txt", "sold in six countries", 6, MAST, "formula_countries", "mast6"),
    ("formula_bulletin.txt", "9,200 tins reached Danish shops", 9200, DVFA, "formula_denmark", "dvfa9200"),
    ("formula_bulletin.txt", "put the Norwegian figure at about 2,100 tins", 2100, MT, "formula_norway", "mt2100"),
    ("formula_bulletin.txt", "Only about 12,000 tins had been accounted for", 12000, MAST, "formula_returned",
     "mast12k"),
    ("formula_bulletin.txt", "closer to ISK 1.5 billion", 1500000000, FJC, "formula_cost", "fjc15bn"),
    ("formula_bulletin.txt", "a 38 per cent share", 38, FJC, "formula_share", "fjc38"),
    ("formula_bulletin.txt", "the dairy's second recall in three years", None, O, "formula_last_recall", "nfs2nd"),

    # ---------------- hijack: pirates board the bulk carrier Kallisto Dawn at 06:40 on Thursday 19 July 2035 in the
    # Indian Ocean off Somalia (EAT, UTC+3) = 03:40 UTC = 06:40 EEST in Piraeus (the same clock in summer) = 11:40 in
    # Manila (UTC+8); the security alert at 06:44 = 03:44 UTC; 340 nautical miles is about 630 km
    # the manager's statement (own-line date, letterhead with an address and phones, "STATEMENT · Piraeus, 19 July 2035
    # · 13:30 · UPDATED 21:15", a title in capitals, "UPDATE 21:15", a media contact, "-ENDS-"), Thursday 19 Jul
    ("hijack_manager.txt", "at 06:40 local time on Thursday, 19 July 2035", None, ACS, "hijack_time", "acs0640"),
    ("hijack_manager.txt", "some 630 kilometres off the Somali coast", 630, ACS, "hijack_position", "acs630"),
    ("hijack_manager.txt", "eight armed men climbed aboard", 8, ACS, "hijack_pirates", "acs8"),
    ("hijack_manager.txt", "from a single skiff", 1, ACS, "hijack_skiffs", "acs1"),
    ("hijack_manager.txt", "activated the ship security alert at 06:44", None, ACS, "hijack_alert", "acs0644"),
    ("hijack_manager.txt", "The company's last contact with the master was at 07:12", None, ACS, "hijack_last_contact",
     "acs0712"),
    ("hijack_manager.txt", "has 21 crew on board", 21, ACS, "hijack_crew", "acs21"),
    ("hijack_manager.txt", "17 are Philippine nationals", 17, ACS, "hijack_filipinos", "acs17"),
    ("hijack_manager.txt", "three are Indian nationals", 3, ACS, "hijack_indians", "acs3"),
    ("hijack_manager.txt", "all crew members were reported safe and unharmed", None, ACS, "hijack_hurt", "acssafe"),
    ("hijack_manager.txt", "laden with 61,000 tonnes of cargo", 61000, ACS, "hijack_cargo", "acs61k"),
    ("hijack_manager.txt", "loaded granular urea fertiliser at Jubail", None, ACS, "hijack_cargo_kind", "acsurea"),
    ("hijack_manager.txt", "bound for Maputo, Mozambique", None, ACS, "hijack_destination", "acsmaputo"),
    ("hijack_manager.txt", "a 190-metre bulk carrier", 190, ACS, "hijack_length", "acs190"),
    ("hijack_manager.txt", "of 63,500 dwt", 63500, ACS, "hijack_dwt", "acs635"),
    ("hijack_manager.txt", "built in 2016", None, ACS, "hijack_built", "acs2016"),
    ("hijack_manager.txt", "sailing under the Marshall Islands flag", None, ACS, "hijack_flag", "acsmhl"),
    ("hijack_manager.txt", "The master, aged 52", 52, ACS, "hijack_master_age", "acs52"),
    # a Nairobi news wire (East Africa Newswire; no date line, a time line "20/07/2035 09:15 GMT · UPDATE 4", headline,
    # glued dateline "(EANW) -Somali", its own crew, flag, year and cargo kind, UKMTO's time in GMT (right), the naval
    # force's pirates, skiffs, position, injured, frigate, anchorage, dhow, hijackings and warships, the Puntland
    # police's position, an elder's ransom, the manager's Filipinos, brokers' premium, reporting and copyright lines),
    # Friday 20 Jul
    ("hijack_wire.txt", "its 21 crew", 21, O, "hijack_crew", "eanw21"),
    ("hijack_wire.txt", "The Marshall Islands-flagged Kallisto Dawn", None, O, "hijack_flag", "eanwmhl"),
    ("hijack_wire.txt", "boarded at 0340 GMT on Thursday", None, UKMTO, "hijack_time", "ukmto0340"),
    ("hijack_wire.txt", "six suspected pirates", 6, EUNF, "hijack_pirates", "eunf6"),
    ("hijack_wire.txt", "in two skiffs", 2, EUNF, "hijack_skiffs", "eunf2"),
    ("hijack_wire.txt", "about 340 nautical miles east of Eyl", 340, EUNF, "hijack_position", "eunf340"),
    ("hijack_wire.txt", "One crew member appeared to have been injured", None, EUNF, "hijack_hurt", "eunfinj"),
    ("hijack_wire.txt", "at a distance of about 5 nautical miles", 5, EUNF, "hijack_frigate", "eunf5"),
    ("hijack_wire.txt", "the ship was anchored off Garacad", None, EUNF, "hijack_anchorage", "eunfgar"),
    ("hijack_wire.txt", "a fishing dhow that was seized on 11 July", None, EUNF, "hijack_dhow", "eunf11jul"),
    ("hijack_wire.txt", "the third merchant ship hijacked in the region this year", 3, EUNF, "hijack_this_year",
     "eunf3rd"),
    ("hijack_wire.txt", "has three warships in the area", 3, EUNF, "hijack_warships", "eunf3ships"),
    ("hijack_wire.txt", "about 190 nautical miles off the coast", 190, PMPF, "hijack_position", "pmpf190"),
    ("hijack_wire.txt", "the gang was demanding US$6 million", 6000000, ELD, "hijack_ransom", "eld6m"),
    ("hijack_wire.txt", "17 Filipinos are among the crew", 17, ACS, "hijack_filipinos", "acs17"),
    ("hijack_wire.txt", "The 2014-built vessel", None, O, "hijack_built", "eanw2014"),
    ("hijack_wire.txt", "was carrying iron ore", None, O, "hijack_cargo_kind", "eanwore"),
    ("hijack_wire.txt", "risen to 0.7 per cent of hull value", 0.7, BRKW, "hijack_premium", "brkw07"),
    # a Piraeus shipping daily (Piraeus Maritime Chronicle; date prefix glued to the masthead, headline and standfirst,
    # byline, photo caption, glued dateline "PIRAEUS -The", the boarding "at 06:40 Greek time" (right: EEST is the
    # Somali clock in summer), the alert in UTC, its own skiffs, tonnage and year, the manager's revised pirates, ransom,
    # crew and safety, an anonymous source on the last call, the Puntland police, a tracker, an analyst, a broker,
    # "Read more", "COMMENTS (2)" with two reader comments, copyright line), Friday 20 Jul
    ("hijack_piraeus.txt", "ten armed men on board", 10, ACS, "hijack_pirates", "acs10"),
    ("hijack_piraeus.txt", "No ransom demand has been received", None, ACS, "hijack_ransom", "acsnoransom"),
    ("hijack_piraeus.txt", "no one has been hurt", None, ACS, "hijack_hurt", "acssafe"),
    ("hijack_piraeus.txt", "its crew of 21", 21, ACS, "hijack_crew", "acs21"),
    ("hijack_piraeus.txt", "at 06:40 Greek time on Thursday", None, O, "hijack_time", "pmc0640"),
    ("hijack_piraeus.txt", "attacked from two small boats", 2, O, "hijack_skiffs", "pmc2"),
    ("hijack_piraeus.txt", "her security alert went out at 0344 UTC", None, O, "hijack_alert", "pmc0344"),
    ("hijack_piraeus.txt", "The last call from the bridge came at 07:25", None, LOG, "hijack_last_contact", "log0725"),
    ("hijack_piraeus.txt", "at least a dozen pirates were involved", 12, PMPF, "hijack_pirates", "pmpf12"),
    ("hijack_piraeus.txt", "taken to an anchorage near Eyl", None, PMPF, "hijack_anchorage", "pmpfeyl"),
    ("hijack_piraeus.txt", "hijacked a Yemeni fishing dhow on 4 July", None, PMPF, "hijack_dhow", "pmpf4jul"),
    ("hijack_piraeus.txt", "sailing at 11.5 knots", 11.5, ST, "hijack_speed", "st115"),
    ("hijack_piraeus.txt", "a cargo of about 54,000 tonnes", 54000, ST, "hijack_cargo", "st54k"),
    ("hijack_piraeus.txt", "a 58,000-dwt Supramax", 58000, O, "hijack_dwt", "pmc58k"),
    ("hijack_piraeus.txt", "delivered in 2016 from a Japanese yard", None, O, "hijack_built", "pmc2016"),
    ("hijack_piraeus.txt", "the fifth merchant ship hijacked off Somalia this year", 5, HRA, "hijack_this_year",
     "hra5th"),
    ("hijack_piraeus.txt", "There are only two warships", 2, HRA, "hijack_warships", "hra2"),
    ("hijack_piraeus.txt", "risen to 0.5 per cent of hull value", 0.5, BRKL, "hijack_premium", "brkl05"),
    ("hijack_piraeus.txt", "the first hijacking of a Greek-managed vessel since 2011", None, O, "hijack_greek_first",
     "pmc2011"),
    # a Manila broadcaster's web page (Luzon Broadcasting News Online; leading-space own-line date, section line,
    # headline, published and updated times, byline, glued dateline "MANILA, Philippines -Eighteen", the boarding "at
    # 2:40 p.m. Manila time" (wrong: 06:40 EAT was 11:40 a.m. in Manila), its own position, flag, crew, length,
    # destination, anchorage and master's age, the DMW's Filipinos and aid, the manager's pirates and cargo, the naval
    # force's pirates, a seafarers' union, an elder's ransom, a photo caption, "ALSO ON LBN", a comments line), Fri 20 Jul
    ("hijack_manila.txt", "Eighteen Filipino seafarers are among the crew", 18, DMW, "hijack_filipinos", "dmw18"),
    ("hijack_manila.txt", "at 2:40 p.m. Manila time on Thursday", None, O, "hijack_time", "lbn1440"),
    ("hijack_manila.txt", "more than 600 kilometers off Somalia", 600, O, "hijack_position", "lbn600"),
    ("hijack_manila.txt", "The Liberian-flagged ship", None, O, "hijack_flag", "lbnlib"),
    ("hijack_manila.txt", "has 22 crew members", 22, O, "hijack_crew", "lbn22"),
    ("hijack_manila.txt", "PHP 50,000 in financial assistance", 50000, DMW, "hijack_aid", "dmw50k"),
    ("hijack_manila.txt", "eight pirates had taken the vessel", 8, ACS, "hijack_pirates", "acs8"),
    ("hijack_manila.txt", "Six gunmen attacked the ship", 6, EUNF, "hijack_pirates", "eunf6"),
    ("hijack_manila.txt", "one seafarer was beaten with a rifle butt", None, UFSA, "hijack_hurt", "ufsabeaten"),
    ("hijack_manila.txt", "The 229-meter ship", 229, O, "hijack_length", "lbn229"),
    ("hijack_manila.txt", "carrying 61,000 metric tons of fertilizer", 61000, ACS, "hijack_cargo", "acs61k"),
    ("hijack_manila.txt", "was bound for Durban, South Africa", None, O, "hijack_destination", "lbndurban"),
    ("hijack_manila.txt", "It is now anchored off Garacad", None, O, "hijack_anchorage", "lbngar"),
    ("hijack_manila.txt", "a 49-year-old Greek", 49, O, "hijack_master_age", "lbn49"),
    ("hijack_manila.txt", "the pirates want a $6-million ransom", 6000000, ELD, "hijack_ransom", "eld6m"),

    # ---------------- shark: a shark attacks a swimmer off Anse Vata, Nouméa, at 08:35 on Saturday 10 February 2035
    # (New Caledonia time, UTC+11 all year) = 21:35 GMT and 22:35 CET on Friday 9 February = 08:35 AEDT in Sydney
    # (the same clock while Sydney is on summer time); XPF 119.33 to the euro (fixed) and the Sydney page's
    # A$1 = 72.5 CFP francs, so XPF 45 million is about €377,000 and about A$620,000
    # the city's press release (a date prefix with the letterhead continuing on the same line, "PRESS RELEASE /
    # COMMUNIQUÉ DE PRESSE · Nouméa, Saturday 10 February 2035 · 13:00 · UPDATED 19:30", a note on the French text, a
    # title in capitals, the fire service and the hospital, headings "MEASURES" and "BACKGROUND", the Mayor quoted, a
    # press-office line), Saturday 10 Feb
    ("shark_city.txt", "attacked a 38-year-old man", 38, CTY, "shark_age", "cty38"),
    ("shark_city.txt", "at 08:35 on Saturday", None, CTY, "shark_time", "cty0835"),
    ("shark_city.txt", "about 150 metres from the shore", 150, CTY, "shark_distance", "cty150"),
    ("shark_city.txt", "probably a bull shark", None, CTY, "shark_species", "ctybull"),
    ("shark_city.txt", "reached him within four minutes of the alarm", 4, FIRE, "shark_rescue_time", "fire4"),
    ("shark_city.txt", "flown by helicopter to the Médipôle hospital", None, CTY, "shark_transport", "ctyheli"),
    ("shark_city.txt", "admitted at 09:20", None, HOSP, "shark_admitted", "hosp0920"),
    ("shark_city.txt", "was in a critical condition", None, HOSP, "shark_condition", "hospcrit"),
    ("shark_city.txt", "received 14 units of blood", 14, HOSP, "shark_blood", "hosp14"),
    ("shark_city.txt", "inside the area where swimming has been banned since 2023", None, CTY, "shark_ban_zone",
     "ctyinside"),
    ("shark_city.txt", "Red flags were flying at the time of the attack", None, CTY, "shark_flag", "ctyred"),
    ("shark_city.txt", "two surveillance drones were in the air", 2, CTY, "shark_drones_flying", "ctydrones"),
    ("shark_city.txt", "About 30 swimmers were in the water", 30, CTY, "shark_swimmers", "cty30"),
    ("shark_city.txt", "closed five beaches", 5, CTY, "shark_beaches", "cty5"),
    ("shark_city.txt", "until 18:00 on Tuesday 13 February", None, CTY, "shark_closure", "ctytue"),
    ("shark_city.txt", "The open-water race planned for 3 March is cancelled", None, CTY, "shark_race", "ctycancel"),
    ("shark_city.txt", "the 14th shark attack recorded in New Caledonia since 2019", 14, CTY, "shark_attacks", "cty14"),
    ("shark_city.txt", "five of which were fatal", 5, CTY, "shark_deaths", "cty5dead"),
    ("shark_city.txt", "has cost XPF 45 million", 45000000, CTY, "shark_drone_cost", "cty45m"),
    # a Nouméa daily (Caledonian Daily News; own-line date, masthead with the date, headline and standfirst, byline,
    # photo caption, glued dateline "NOUMÉA -The", its own time, age and attack count, the hospital's surgery and update,
    # a witness, the fire service on the ambulance, the swimming club, the aquarium's biologist, the province's revised
    # catch, a conservation group, the city's beaches and cost in euros, a councillor, "Read more", "COMMENTS (3)" with
    # three reader comments, copyright line), Sunday 11 Feb
    ("shark_local.txt", "shortly after 8.30am on Saturday", None, O, "shark_time", "cdn0830"),
    ("shark_local.txt", "underwent six hours of surgery", 6, HOSP, "shark_surgery", "hosp6h"),
    ("shark_local.txt", "The man, aged 39", 39, O, "shark_age", "cdn39"),
    ("shark_local.txt", "is no longer in danger", None, HOSP, "shark_condition", "hospok"),
    ("shark_local.txt", "the victim was barely 40 metres out", 40, WIT, "shark_distance", "wit40"),
    ("shark_local.txt", "It was nearly 15 minutes before the jet ski came", 15, WIT, "shark_rescue_time", "wit15"),
    ("shark_local.txt", "More than 100 people were swimming off the beach", 100, WIT, "shark_swimmers", "wit100"),
    ("shark_local.txt", "taken by ambulance to the Médipôle", None, FIRE, "shark_transport", "fireamb"),
    ("shark_local.txt", "he was swimming outside the ban zone", None, CLUB, "shark_ban_zone", "clubout"),
    ("shark_local.txt", "no flag was up when he entered the water", None, CLUB, "shark_flag", "clubnoflag"),
    ("shark_local.txt", "the club's race on 3 March will go ahead", None, CLUB, "shark_race", "clubrace"),
    ("shark_local.txt", "the bite marks point to a tiger shark", None, AQ, "shark_species", "aqtiger"),
    ("shark_local.txt", "about 3.5 metres long", 3.5, AQ, "shark_length", "aq35"),
    ("shark_local.txt", "had caught three sharks overnight", 3, PS, "shark_caught", "ps3"),
    ("shark_local.txt", "the operation had killed five sharks", 5, LG, "shark_caught", "lg5"),
    ("shark_local.txt", "the city's drones had not flown since December", None, LG, "shark_drones_flying",
     "lgnodrones"),
    ("shark_local.txt", "shut all five beaches", 5, CTY, "shark_beaches", "cty5"),
    ("shark_local.txt", "cost about €377,000", 377000, CTY, "shark_drone_cost", "cty45m"),
    ("shark_local.txt", "the true cost was XPF 60 million", 60000000, COU, "shark_drone_cost", "cou60m"),
    ("shark_local.txt", "the 12th shark attack in New Caledonia since 2019", 12, O, "shark_attacks", "cdn12"),
    # a Sydney news site's live page (Harbour City Live; leading-space own-line date, "LIVE", "Last updated 9.50pm
    # AEDT", key events, entries stamped in AEDT newest first, the attack "at 7.35am Sydney time" (wrong: Sydney keeps
    # Nouméa's clock in February, so it was 8.35am AEDT), its own age and deaths, the province's catch, the conservation
    # group's cull, the hospital, the city's distance and cost in dollars with "A$1 = 72.5 CFP francs", the fire
    # service, local media and witnesses on the shark, a photo caption, a comments line), Saturday 10 Feb
    ("shark_sydney.txt", "have caught two tiger sharks", 2, PS, "shark_caught", "ps2"),
    ("shark_sydney.txt", "more than 500 sharks have been killed", 500, LG, "shark_culled", "lg500"),
    ("shark_sydney.txt", "recorded four deaths since 2019", 4, O, "shark_deaths", "hcl4"),
    ("shark_sydney.txt", "remains in critical condition", None, HOSP, "shark_condition", "hospcrit"),
    ("shark_sydney.txt", "cost about A$620,000", 620000, CTY, "shark_drone_cost", "cty45m"),
    ("shark_sydney.txt", "A$1 = 72.5 CFP francs", 72.5, O, "shark_fx", "hclfx"),
    ("shark_sydney.txt", "a shark of around five metres", 5, LWIT, "shark_length", "lwit5"),
    ("shark_sydney.txt", "the shark was a great white", None, LMED, "shark_species", "lmedwhite"),
    ("shark_sydney.txt", "Rescuers reached the man four minutes after the alarm was raised", 4, FIRE,
     "shark_rescue_time", "fire4"),
    ("shark_sydney.txt", "about 150m from the beach", 150, CTY, "shark_distance", "cty150"),
    ("shark_sydney.txt", "at 7.35am Sydney time on Saturday", None, O, "shark_time", "hcl0735"),
    ("shark_sydney.txt", "The 38-year-old", 38, O, "shark_age", "hcl38"),
    # a Paris news wire (Pacific-Europe Press Agency; no date line, a time line "10/02/2035 09:40 GMT · UPDATE 2",
    # headline, glued dateline "(PEPA) -A", the city's time in local time, GMT and Paris time (right), its own
    # distance, ban zone, beaches, closure and attack count, the hospital, a relative on the operation, the biologist,
    # the province's catch and cull, reporting and copyright lines), Saturday 10 Feb
    ("shark_wire.txt", "at 08:35 local time on Saturday", None, CTY, "shark_time", "cty0835"),
    ("shark_wire.txt", "2135 GMT on Friday", None, CTY, "shark_time", "cty0835"),
    ("shark_wire.txt", "22:35 Paris time on Friday", None, CTY, "shark_time", "cty0835"),
    ("shark_wire.txt", "swimming inside a zone where swimming is banned", None, O, "shark_ban_zone", "pepainside"),
    ("shark_wire.txt", "some 200 metres off the beach", 200, O, "shark_distance", "pepa200"),
    ("shark_wire.txt", "in critical condition on Saturday evening", None, HOSP, "shark_condition", "hospcrit"),
    ("shark_wire.txt", "a four-hour operation", 4, REL_V, "shark_surgery", "rel4h"),
    ("shark_wire.txt", "most likely a tiger shark", None, AQ, "shark_species", "aqtiger"),
    ("shark_wire.txt", "measured around 3.5 metres", 3.5, AQ, "shark_length", "aq35"),
    ("shark_wire.txt", "closed six beaches", 6, O, "shark_beaches", "pepa6"),
    ("shark_wire.txt", "for at least a week", 1, O, "shark_closure", "pepaweek"),
    ("shark_wire.txt", "caught two tiger sharks in the lagoon", 2, PS, "shark_caught", "ps2"),
    ("shark_wire.txt", "at least 14 attacks since 2019", 14, O, "shark_attacks", "pepa14"),
    ("shark_wire.txt", "killed about 250 sharks", 250, PS, "shark_culled", "ps250"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("formula_dairy.txt", "founded in 1931", None, SOL, "formula_opt_founded"),
    ("formula_ledger.txt", "five days earlier than it has said", 5, MAST, "formula_opt_five_days"),
    ("formula_ledger.txt", "sat on this for eight days", 8, PN, "formula_opt_eight_days"),
    ("formula_ledger.txt", "We threw away four tins this morning", 4, "reader Hulda_R", "formula_opt_comment_tins"),
    ("formula_ledger.txt", "Half of our mothers' group uses this brand", None, "reader magnusth",
     "formula_opt_comment_half"),
    ("formula_ledger.txt", "still had it on the shelf at 10am", None, "reader Anna K.", "formula_opt_comment_shelf"),
    ("formula_bulletin.txt", "no illness had been reported in their countries", None, DVFA, "formula_opt_no_illness"),
    ("formula_bulletin.txt", "mainly through two discount chains", 2, DVFA, "formula_opt_chains"),
    ("hijack_manager.txt", "has been with the company for eleven years", 11, ACS, "hijack_opt_master_years"),
    ("hijack_manager.txt", "one, the master, is Greek", None, ACS, "hijack_opt_master_greek"),
    ("hijack_wire.txt", "the biggest attack on merchant shipping in the area for years", None, O, "hijack_opt_biggest"),
    ("hijack_piraeus.txt", "two more than it said on Thursday", 2, ACS, "hijack_opt_two_more"),
    ("hijack_piraeus.txt", "had had anti-piracy training in May", None, ACS, "hijack_opt_training"),
    ("hijack_piraeus.txt", "from 0.1 per cent in January", 0.1, BRKL, "hijack_opt_premium_jan"),
    ("hijack_piraeus.txt", "an area the size of western Europe", None, HRA, "hijack_opt_area"),
    ("shark_city.txt", "launched in 2024", None, CTY, "shark_opt_drones_launched"),
    ("shark_local.txt", "two fellow swimmers pulled him onto my board", 2, WIT, "shark_opt_swimmers_pulled"),
    ("shark_local.txt", "There was no red flag at 7:30", None, "reader lagon_bleu", "shark_opt_comment_flag"),
    ("shark_local.txt", "The corridor has been there for two years", 2, "reader Rémi D.", "shark_opt_comment_corridor"),
    ("shark_sydney.txt", "about a kilometre off Anse Vata", 1, PS, "shark_opt_islet"),
    ("shark_sydney.txt", "a three-hour flight from Sydney", 3, O, "shark_opt_flight"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # formula
    "formula_time": {("sol1745", "led6pm"): CO, ("sol1745", "tb1745"): C, ("sol1745", "nfs1945"): CO,
                     ("led6pm", "tb1745"): C, ("led6pm", "nfs1945"): CO, ("tb1745", "nfs1945"): C},
    "formula_tins": {("sol48k", "sol48k"): SC, ("sol48k", "sol71k"): U, ("sol48k", "mast90k"): C,
                     ("sol71k", "sol71k"): SC, ("sol71k", "mast90k"): C},
    "formula_batches": {("sol11", "sol11"): SC, ("sol11", "sol16"): U, ("sol16", "sol16"): SC},
    "formula_period": {("solmay", "tbapr"): C, ("solmay", "nfsmay"): CO, ("tbapr", "nfsmay"): C},
    "formula_organism": {("solcrono", "tbsalm"): C, ("solcrono", "mastcrono"): CO, ("tbsalm", "mastcrono"): C},
    "formula_source": {("sollactose", "mastdryer"): C, ("sollactose", "sollactose"): SC, ("mastdryer", "mastdryer"): SC},
    "formula_first_positive": {("sol9jun", "mast4jun"): C},
    "formula_samples": {("sol3", "mast7"): C},
    "formula_shops": {("sol210", "ret300"): C},
    "formula_countries": {("sol4", "mast6"): C},
    "formula_norway": {("sol1200", "mt2100"): C},
    "formula_uk": {("solukyes", "fsano"): C},
    "formula_restart": {("sol2w", "mastjuly"): C},
    "formula_sent_home": {("sol38", "unf60"): C},
    "formula_share": {("sol30", "rethalf"): C, ("sol30", "fjc38"): C, ("rethalf", "fjc38"): C},
    "formula_returned": {("sol22k", "mast12k"): C},
    "formula_cost": {("sol600m", "sol600m"): SC, ("sol600m", "fjc15bn"): C},
    "formula_rasff": {("ledwed", "mast2110"): C},
    "formula_ill": {("doh3", "doh3"): SC, ("doh3", "pn9"): C, ("doh3", "doh5"): U, ("pn9", "doh5"): C},
    "formula_icu": {("lsh2", "tb1"): C, ("lsh2", "lsh2"): SC},
    "formula_price": {("led4990", "tb29"): CO},
    "formula_users": {("sol1500", "pn2500"): C},
    "formula_denmark": {("sol6000", "dvfa9200"): C},
    "formula_last_recall": {("led2019", "nfs2nd"): C},
    # hijack
    "hijack_time": {("acs0640", "ukmto0340"): CO, ("acs0640", "pmc0640"): CO, ("acs0640", "lbn1440"): C,
                    ("ukmto0340", "pmc0640"): CO, ("ukmto0340", "lbn1440"): C, ("pmc0640", "lbn1440"): C},
    "hijack_position": {("acs630", "eunf340"): CO, ("acs630", "pmpf190"): C, ("acs630", "lbn600"): CO,
                        ("eunf340", "lbn600"): CO, ("pmpf190", "lbn600"): C},
    "hijack_pirates": {("acs8", "eunf6"): C, ("acs8", "acs10"): U, ("acs8", "pmpf12"): C, ("acs8", "acs8"): SC,
                       ("eunf6", "acs10"): C, ("eunf6", "pmpf12"): C, ("eunf6", "eunf6"): SC},
    "hijack_skiffs": {("acs1", "eunf2"): C, ("acs1", "pmc2"): C, ("eunf2", "pmc2"): CO},
    "hijack_alert": {("acs0644", "pmc0344"): CO},
    "hijack_last_contact": {("acs0712", "log0725"): C},
    "hijack_crew": {("acs21", "eanw21"): CO, ("acs21", "acs21"): SC, ("acs21", "lbn22"): C, ("eanw21", "lbn22"): C},
    "hijack_filipinos": {("acs17", "acs17"): SC, ("acs17", "dmw18"): C},
    "hijack_hurt": {("acssafe", "eunfinj"): C, ("acssafe", "acssafe"): SC, ("acssafe", "ufsabeaten"): C,
                    ("eunfinj", "ufsabeaten"): CO},
    "hijack_cargo": {("acs61k", "st54k"): C, ("acs61k", "acs61k"): SC},
    "hijack_cargo_kind": {("acsurea", "eanwore"): C},
    "hijack_destination": {("acsmaputo", "lbndurban"): C},
    "hijack_length": {("acs190", "lbn229"): C},
    "hijack_dwt": {("acs635", "pmc58k"): C},
    "hijack_built": {("acs2016", "eanw2014"): C, ("acs2016", "pmc2016"): CO, ("eanw2014", "pmc2016"): C},
    "hijack_flag": {("acsmhl", "eanwmhl"): CO, ("acsmhl", "lbnlib"): C, ("eanwmhl", "lbnlib"): C},
    "hijack_master_age": {("acs52", "lbn49"): C},
    "hijack_ransom": {("eld6m", "acsnoransom"): C, ("eld6m", "eld6m"): SC},
    "hijack_anchorage": {("eunfgar", "pmpfeyl"): C, ("eunfgar", "lbngar"): CO, ("pmpfeyl", "lbngar"): C},
    "hijack_dhow": {("eunf11jul", "pmpf4jul"): C},
    "hijack_this_year": {("eunf3rd", "hra5th"): C},
    "hijack_warships": {("eunf3ships", "hra2"): C},
    "hijack_premium": {("brkw07", "brkl05"): C},
    # shark
    "shark_time": {("cty0835", "cdn0830"): CO, ("cty0835", "hcl0735"): C, ("cty0835", "cty0835"): SC,
                   ("cdn0830", "hcl0735"): C},
    "shark_age": {("cty38", "cdn39"): C, ("cty38", "hcl38"): CO, ("cdn39", "hcl38"): C},
    "shark_distance": {("cty150", "wit40"): C, ("cty150", "cty150"): SC, ("cty150", "pepa200"): C,
                       ("wit40", "pepa200"): C},
    "shark_species": {("ctybull", "aqtiger"): C, ("ctybull", "lmedwhite"): C, ("aqtiger", "lmedwhite"): C,
                      ("aqtiger", "aqtiger"): SC},
    "shark_length": {("aq35", "lwit5"): C, ("aq35", "aq35"): SC},
    "shark_rescue_time": {("fire4", "wit15"): C, ("fire4", "fire4"): SC},
    "shark_transport": {("ctyheli", "fireamb"): C},
    "shark_condition": {("hospcrit", "hospok"): U, ("hospcrit", "hospcrit"): SC},
    "shark_surgery": {("hosp6h", "rel4h"): C},
    "shark_ban_zone": {("ctyinside", "clubout"): C, ("ctyinside", "pepainside"): CO, ("clubout", "pepainside"): C},
    "shark_flag": {("ctyred", "clubnoflag"): C},
    "shark_drones_flying": {("ctydrones", "lgnodrones"): C},
    "shark_swimmers": {("cty30", "wit100"): C},
    "shark_beaches": {("cty5", "cty5"): SC, ("cty5", "pepa6"): C},
    "shark_closure": {("ctytue", "pepaweek"): C},
    "shark_race": {("ctycancel", "clubrace"): C},
    "shark_attacks": {("cty14", "cdn12"): C, ("cty14", "pepa14"): CO, ("cdn12", "pepa14"): C},
    "shark_deaths": {("cty5dead", "hcl4"): C},
    "shark_drone_cost": {("cty45m", "cty45m"): SC, ("cty45m", "cou60m"): C},
    "shark_caught": {("ps3", "ps2"): U, ("lg5", "ps2"): C, ("ps2", "ps2"): SC},
    "shark_culled": {("lg500", "ps250"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
