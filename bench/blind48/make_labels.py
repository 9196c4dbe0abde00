"""Hand labels for bench/blind48 (the collapse of Coralwing Airways, a regional airline based in Barbados, whose board
suspended all flights at 11:15 p.m. on Sunday 21 November 2027 in Bridgetown and which went into receivership the next
day, the time of the suspension, the last flight, the receivers' appointment, the stranded passengers, the forward
bookings, the staff, pilots and wages owed, the fleet and leases, the debts, the government's loan and total support,
the losses, the network, the daily flights, the passengers a year, the state's stake, refunds, the sale, the founding
year and the share of visitors disputed, with times in Atlantic Standard Time, UTC-4 all year (Barbados), GMT and US
Eastern Standard Time, UTC-5, across midnight; the first-instance verdict of the Basic Criminal Court Skopje in the
"Asfalt" road-tender case against a former North Macedonian transport minister, read at 13:40 on Thursday 23 March
2028, the time, the sentences, the defendants, the convicted and acquitted, the contract, the bids, the overpricing,
the bribe, the damage, the prosecution's demand, the confiscation, the hearings and witnesses, the trial's start, the
appeal, custody and the protest disputed, with times in Central European Time, UTC+1, GMT and US Eastern Daylight
Time, UTC-4 (Toronto, already on summer time while Europe is not); the arrival of the first doses of a new malaria
vaccine in Cameroon at 23:50 on Monday 12 October 2026 in Douala and the launch of the campaign, the time, the
shipment, the allocation, the target, the age group, the schedule, the districts, the launch, the cold chain, the
health workers trained, the vaccinators' allowance, the cost and co-financing, efficacy, malaria cases and deaths and
the pilot disputed, with times in West Africa Time, UTC+1, Central European Summer Time, UTC+2, and GMT, across
midnight, and British Summer Time, UTC+1, the same clock as Douala).
Run from the project root:
    python3 bench/blind48/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
REC = ("Harrow Bryce & Partners, the joint receivers of Coralwing Airways (Delphine Alleyne-Cumberbatch, Marcus "
       "Ifill-Greaves)")
GOVB = ("the Government of Barbados (Minister of Tourism and International Transport Senator Dr. Avril "
        "Kellman-Yearwood, Finance Minister Clyde Marshall-Ward, the Ministry of Finance)")
OPPB = "opposition MP Kemar Boyce-Lashley (Barbados)"
CAAWA = "the Caribbean Aviation and Allied Workers' Association, CAAWA (general secretary Sharon Trotman-Cox)"
ECOB = "tourism economist Dr. Nyree Forde-Bascombe (Windward Institute for Economic Studies)"
ANTX = "Antilles Express, a Trinidad-based airline"
SLU = "St Lucia's foreign ministry"

CRT = "the Basic Criminal Court Skopje (judicial council presided by judge Vesna Jankulovska-Ristova)"
PRO = ("North Macedonia's Public Prosecutor's Office for Prosecuting Organized Crime and Corruption (prosecutor "
       "Aleksandra Velkovska-Janeva; its indictment)")
DEF = "the defence (former minister Ilija Trajčevski-Bogoev and his lawyer Toni Stefanovski-Ruso)"
GFO = "the opposition Civic Front for Renewal, GFO (North Macedonia)"
POLM = "the police in Skopje"
CIM = "the Centre for Integrity Monitoring, a Skopje watchdog"
KIN = "relatives of Ilija Trajčevski-Bogoev (speaking to Makedonski Glas)"

MIN = "Cameroon's Ministry of Public Health, MINSANTE (Minister Prof. Hamadou Bello-Tchinda)"
GMVF = "the Global Malaria Vaccine Facility, GMVF (Geneva; director of country programmes Ingrid Halvorsen-Mbeki)"
NUNMC = ("the National Union of Nurses and Midwives of Cameroon, NUNMC (national president Comfort Enow-Besong)")
MP = "Hon. Elvis Nkeng-Fonyuy, MP for Fako West (Cameroon)"
DOC = "paediatrician Dr. Grace Atanga-Musi (Buea Regional Hospital)"
SWD = "the South West Regional Delegate of Public Health, Dr. Fidelis Ebot-Arrey (Cameroon)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- airline: Coralwing's board suspends all flights at 11:15 p.m. on Sunday 21 November 2027 in
    # Bridgetown (Atlantic Standard Time, UTC-4 all year) = 03:15 GMT on Monday 22 November = 22:15 EST (UTC-5, New
    # York left summer time on 7 November) on Sunday; the High Court appoints receivers on Monday 22 November; the
    # Barbados dollar is pegged at 2 to the US dollar; the receivers' stranded passengers approximately 3,400 (Monday)
    # -> about 4,100 (Tuesday)
    # the receivers' statement (own-line date, letterhead with an address and postcode, "FOR IMMEDIATE RELEASE" with a
    # time, numbered paragraphs 1 to 8, a quote, helplines, media contact, notes to editors), Monday 22 Nov
    ("airline_receiver.txt", "appointed by the High Court of Barbados on Monday 22 November 2027", None, REC,
     "airline_receiver_day", "recmon"),
    ("airline_receiver.txt", "at 11:15 p.m. on Sunday 21 November 2027", None, REC, "airline_time", "rec2315"),
    ("airline_receiver.txt", "landed at 22:02", None, REC, "airline_last_flight", "rec2202"),
    ("airline_receiver.txt", "approximately 3,400 passengers", 3400, REC, "airline_stranded", "rec3400"),
    ("airline_receiver.txt", "some 27,000 forward bookings", 27000, REC, "airline_bookings", "rec27k"),
    ("airline_receiver.txt", "642 employees", 642, REC, "airline_staff", "rec642"),
    ("airline_receiver.txt", "410 are based in Barbados", 410, REC, "airline_staff_bb", "rec410"),
    ("airline_receiver.txt", "staff are owed one month's salary", 1, REC, "airline_wages_owed", "rec1m"),
    ("airline_receiver.txt", "nine ATR 72-600 aircraft", 9, REC, "airline_fleet", "rec9"),
    ("airline_receiver.txt", "six of which are leased", 6, REC, "airline_leased", "rec6"),
    ("airline_receiver.txt", "17 destinations", 17, REC, "airline_destinations", "rec17"),
    ("airline_receiver.txt", "12 countries and territories", 12, REC, "airline_countries", "rec12"),
    ("airline_receiver.txt", "about 64 scheduled flights a day", 64, REC, "airline_daily_flights", "rec64"),
    ("airline_receiver.txt", "1.1 million passengers in 2026", 1100000, REC, "airline_annual_pax", "rec11m"),
    ("airline_receiver.txt", "approximately US$112 million", 112000000, REC, "airline_debt", "rec112"),
    ("airline_receiver.txt", "holds 46 per cent of the shares", 46, REC, "airline_stake", "rec46"),
    ("airline_receiver.txt", "Tickets will not be refunded by the Receivers", None, REC, "airline_refund", "recnoref"),
    ("airline_receiver.txt", "aim to complete a sale within 90 days", 90, REC, "airline_sale", "rec90"),
    ("airline_receiver.txt", "founded in 1981", None, REC, "airline_founded", "rec1981"),
    # a Bridgetown daily (The Bajan Mercury; date prefix glued to the masthead, byline, photo caption, its own time,
    # daily flights, last landing, appointment day, losses, Barbados staff and leases, the minister's range, the
    # finance ministry, an opposition MP, the union with a glued sentence "wages.The union", an economist, a rival
    # airline, "SEE ALSO" lines, three reader comments, moderation line), Tuesday 23 Nov
    ("airline_local.txt", "shortly after 11 p.m. on Sunday", None, O, "airline_time", "bm2300"),
    ("airline_local.txt", "some 80 flights a day", 80, O, "airline_daily_flights", "bm80"),
    ("airline_local.txt", "touched down at 9.40pm", None, O, "airline_last_flight", "bm2140"),
    ("airline_local.txt", "appointed by the High Court on Monday", None, O, "airline_receiver_day", "bmmon"),
    ("airline_local.txt", "BDS$224 million", 224000000, REC, "airline_debt", "rec112"),
    ("airline_local.txt", "between 5,000 and 6,000 people", 5000, GOVB, "airline_stranded", "gov5k"),
    ("airline_local.txt", "four relief flights", 4, GOVB, "airline_relief", "gov4"),
    ("airline_local.txt", "hotel rooms for 380 passengers", 380, GOVB, "airline_hotel", "gov380"),
    ("airline_local.txt", "a BDS$60 million emergency loan", 60000000, GOVB, "airline_loan", "gov60"),
    ("airline_local.txt", "closer to BDS$90 million over three years", 90000000, OPPB, "airline_support_total",
     "opp90"),
    ("airline_local.txt", "lost BDS$38 million in 2026", 38000000, O, "airline_losses", "bm38"),
    ("airline_local.txt", "more than 700 workers", 700, CAAWA, "airline_staff", "un700"),
    ("airline_local.txt", "118 pilots", 118, CAAWA, "airline_pilots", "un118"),
    ("airline_local.txt", "owed two months' wages", 2, CAAWA, "airline_wages_owed", "un2m"),
    ("airline_local.txt", "some 480 of them in Barbados", 480, O, "airline_staff_bb", "bm480"),
    ("airline_local.txt", "seven of the nine planes are leased", 7, O, "airline_leased", "bm7"),
    ("airline_local.txt", "about 11 per cent of Barbados's stay-over visitors", 11, ECOB, "airline_tourism", "eco11"),
    ("airline_local.txt", "one-way rescue fares of US$99", 99, ANTX, "airline_rescue", "ant99"),
    # a Caribbean news agency's wire (Caribbean News Wire, Port of Spain; no date line, a time line in GMT, "UPDATE 2",
    # glued dateline "(CNW) -The", the receivers' raised count, the suspension "at 0315 GMT on Monday" (right: 23:15
    # in Bridgetown on Sunday), the government in US dollars, the opposition MP, the union, St Lucia, its own stake,
    # founding year, network and passengers a year, the exchange rate, sign-off and copyright lines), Tuesday 23 Nov
    ("airline_wire.txt", "rose to about 4,100 on Tuesday", 4100, REC, "airline_stranded", "rec4100"),
    ("airline_wire.txt", "at 0315 GMT on Monday", None, O, "airline_time", "cnw0315"),
    ("airline_wire.txt", "has 642 staff", 642, REC, "airline_staff", "rec642"),
    ("airline_wire.txt", "nine turboprops", 9, REC, "airline_fleet", "rec9"),
    ("airline_wire.txt", "debts of US$112 million", 112000000, REC, "airline_debt", "rec112"),
    ("airline_wire.txt", "owns 46% of the airline", 46, O, "airline_stake", "cnw46"),
    ("airline_wire.txt", "four charter flights on Tuesday", 4, GOVB, "airline_relief", "gov4"),
    ("airline_wire.txt", "lent Coralwing US$30 million in March", 30000000, GOVB, "airline_loan", "gov60"),
    ("airline_wire.txt", "BDS$71 million in total since 2025", 71000000, GOVB, "airline_support_total", "gov71"),
    ("airline_wire.txt", "lost more than BDS$50 million last year", 50000000, OPPB, "airline_losses", "opp50"),
    ("airline_wire.txt", "more than 700 jobs were lost", 700, CAAWA, "airline_staff", "un700"),
    ("airline_wire.txt", "about 600 St Lucians were stranded", 600, SLU, "airline_stlucians", "slu600"),
    ("airline_wire.txt", "founded in 1979", None, O, "airline_founded", "cnw1979"),
    ("airline_wire.txt", "serves 15 destinations", 15, O, "airline_destinations", "cnw15"),
    ("airline_wire.txt", "in nine countries", 9, O, "airline_countries", "cnw9"),
    ("airline_wire.txt", "about 900,000 passengers a year", 900000, O, "airline_annual_pax", "cnw900k"),
    ("airline_wire.txt", "$1 = 2.00 Barbados dollars", 2, O, "airline_fx", "cnwfx"),
    # a New York travel blog (The Layover Ledger; leading-space own-line date, post line in ET, advertiser
    # disclosure, the zone mistake "at 11:15 p.m. Eastern on Sunday" (Barbados read as Eastern time: it was 22:15
    # EST), the unit trap "owes US$224 million" (the receivers' BDS$224 million written as US dollars), its own fleet,
    # ownership, bookings, appointment day, pilots, refunds, sale and share of visitors, the receivers' figures
    # restated, a rival's fares, "Our take", "RELATED" line, comment count, copyright line), Tuesday 23 Nov
    ("airline_blog.txt", "at 11:15 p.m. Eastern on Sunday", None, O, "airline_time", "llg2315et"),
    ("airline_blog.txt", "a fleet of 11 aircraft", 11, O, "airline_fleet", "llg11"),
    ("airline_blog.txt", "about 64 daily departures", 64, REC, "airline_daily_flights", "rec64"),
    ("airline_blog.txt", "to 12 countries", 12, O, "airline_countries", "llg12"),
    ("airline_blog.txt", "majority-owned by the Barbados government", None, O, "airline_stake", "llgmaj"),
    ("airline_blog.txt", "owes US$224 million", 224000000, O, "airline_debt", "llg224usd"),
    ("airline_blog.txt", "3,400 stranded passengers", 3400, REC, "airline_stranded", "rec3400"),
    ("airline_blog.txt", "around 40,000 future bookings", 40000, O, "airline_bookings", "llg40k"),
    ("airline_blog.txt", "A receiver was appointed on Tuesday", None, O, "airline_receiver_day", "llgtue"),
    ("airline_blog.txt", "about 90 pilots", 90, O, "airline_pilots", "llg90"),
    ("airline_blog.txt", "refunds will be processed within 30 days", 30, O, "airline_refund", "llgref30"),
    ("airline_blog.txt", "A sale of the airline is expected within 60 days", 60, O, "airline_sale", "llg60"),
    ("airline_blog.txt", "one-way fares at US$99", 99, ANTX, "airline_rescue", "ant99"),
    ("airline_blog.txt", "about a fifth of Barbados's visitors", 20, O, "airline_tourism", "llgfifth"),

    # ---------------- verdict: the Basic Criminal Court Skopje reads its first-instance judgment in the "Asfalt"
    # case at 13:40 on Thursday 23 March 2028 (Central European Time, UTC+1; Europe moves to summer time only on 26
    # March) = 12:40 GMT = 08:40 EDT in Toronto (UTC-4 since 12 March); the denar at about 61.5 to the euro; the GFO's
    # damage "more than 10 million euros" (afternoon) -> "at least EUR 12 million" (evening press conference)
    # the court's announcement (date prefix with the court's name in English and Cyrillic continuing on the same line,
    # announcement number, "Unofficial translation", Macedonian number style "1.968.000.000 denars" and "EUR 350.000",
    # numbers in figures and words "8 (eight)", defendants by initials, article numbers, a reminder on the
    # presumption of innocence, contact lines), Thursday 23 Mar
    ("verdict_court.txt", "at 13:40 hours", None, CRT, "verdict_time", "crt1340"),
    ("verdict_court.txt", "a total of 9 (nine) defendants", 9, CRT, "verdict_defendants", "crt9"),
    ("verdict_court.txt", "7 (seven) of the defendants guilty", 7, CRT, "verdict_convicted", "crt7"),
    ("verdict_court.txt", "acquitted 2 (two) defendants", 2, CRT, "verdict_acquitted", "crt2"),
    ("verdict_court.txt", "I.T.-B. (58)", 58, CRT, "verdict_age", "crt58"),
    ("verdict_court.txt", "8 (eight) years and 6 (six) months", 8.5, CRT, "verdict_sentence", "crt85"),
    ("verdict_court.txt", "Minister from August 2020", None, CRT, "verdict_term_start", "crtaug20"),
    ("verdict_court.txt", "a 27-kilometre section", 27, CRT, "verdict_length", "crt27"),
    ("verdict_court.txt", "worth 1.968.000.000 denars", 1968000000, CRT, "verdict_contract", "crt1968"),
    ("verdict_court.txt", "signed on 9.11.2022", None, CRT, "verdict_signed", "crtnov22"),
    ("verdict_court.txt", "only 2 (two) bids were submitted", 2, CRT, "verdict_bids", "crt2bids"),
    ("verdict_court.txt", "higher by 15 % than the market prices", 15, CRT, "verdict_overprice", "crt15pc"),
    ("verdict_court.txt", "a benefit of EUR 350.000", 350000, CRT, "verdict_bribe", "crt350"),
    ("verdict_court.txt", "in the amount of 258.300.000 denars", 258300000, CRT, "verdict_damage", "crt258"),
    ("verdict_court.txt", "3 (three) years and 2 (two) months", 3.17, CRT, "verdict_secretary", "crt3y2m"),
    ("verdict_court.txt", "imprisonment of 5 (five) years", 5, CRT, "verdict_owner", "crt5"),
    ("verdict_court.txt", "a fine in the amount of 6.150.000 denars", 6150000, CRT, "verdict_company_fine", "crt615"),
    ("verdict_court.txt", "in the amount of 34.000.000 denars", 34000000, CRT, "verdict_confiscation", "crt34"),
    ("verdict_court.txt", "began on 14.10.2025", None, CRT, "verdict_trial_start", "crtoct25"),
    ("verdict_court.txt", "in 86 hearings", 86, CRT, "verdict_hearings", "crt86"),
    ("verdict_court.txt", "heard 64 witnesses", 64, CRT, "verdict_witnesses", "crt64"),
    ("verdict_court.txt", "within 15 days", 15, CRT, "verdict_appeal_days", "crt15"),
    ("verdict_court.txt", "the first defendant remains at liberty until the judgment becomes final", None, CRT,
     "verdict_custody", "crtfree"),
    # a Skopje news portal's English edition (Vardar Daily; leading-space own-line date, section line with a time,
    # Macedonian-influenced English "sentenced ... on eight and a half years", "€4,2 million" with a decimal comma,
    # "€100.000" and "1.000" with thousands points, photo caption, its own time, age, defendants, sentences, contract,
    # road length, signing month, hearings and witnesses, the prosecutor, the defence lawyer, the opposition, "READ
    # MORE" lines, tags, two reader comments), Thursday 23 Mar
    ("verdict_portal.txt", "today at 13.40", None, O, "verdict_time", "vd1340"),
    ("verdict_portal.txt", "eight and a half years of prison", 8.5, O, "verdict_sentence", "vd85"),
    ("verdict_portal.txt", "around €4,2 million", 4200000, CRT, "verdict_damage", "crt258"),
    ("verdict_portal.txt", "The 58-year-old former minister", 58, O, "verdict_age", "vd58"),
    ("verdict_portal.txt", "From total of eleven accused", 11, O, "verdict_defendants", "vd11"),
    ("verdict_portal.txt", "who got three years and two months", 3.17, O, "verdict_secretary", "vd3y2m"),
    ("verdict_portal.txt", "who got four years", 4, O, "verdict_owner", "vd4"),
    ("verdict_portal.txt", "fine of €100.000", 100000, O, "verdict_company_fine", "vd100k"),
    ("verdict_portal.txt", "The contract of €32 million", 32000000, O, "verdict_contract", "vd32"),
    ("verdict_portal.txt", "the 31 kilometres road", 31, O, "verdict_length", "vd31"),
    ("verdict_portal.txt", "signed in December 2022", None, O, "verdict_signed", "vddec22"),
    ("verdict_portal.txt", "We requested 12 years", 12, PRO, "verdict_demand", "pro12"),
    ("verdict_portal.txt", "higher for 31 percent", 31, PRO, "verdict_overprice", "pro31"),
    ("verdict_portal.txt", "bribe of €500.000", 500000, PRO, "verdict_bribe", "pro500"),
    ("verdict_portal.txt", "There is not a single denar of damage for the state", None, DEF, "verdict_damage",
     "defzero"),
    ("verdict_portal.txt", "we will appeal", None, DEF, "verdict_appeal", "defappeal"),
    ("verdict_portal.txt", "more than 10 million euros", 10000000, GFO, "verdict_damage", "gfo10"),
    ("verdict_portal.txt", "more than 1.000 citizens", 1000, GFO, "verdict_crowd", "gfo1000"),
    ("verdict_portal.txt", "more than 90 hearings", 90, O, "verdict_hearings", "vd90"),
    ("verdict_portal.txt", "57 witnesses", 57, O, "verdict_witnesses", "vd57"),
    # a Vienna news agency's wire (Central European News Service; no date line, a time line in GMT, "UPDATE 1",
    # headline "8-1/2 years", glued dateline "(CENS) -A", ASCII spellings "Trajcevski-Bogoev", "Stip" and "Radovis",
    # the time "at 1240 GMT" (right: 13:40 CET), its own sentence, demand, convicted and acquitted, contract and
    # trial start, the court's damage, the indictment's single bid, the defendant, the police, a watchdog,
    # background, the exchange rates, sign-off and copyright lines), Thursday 23 Mar
    ("verdict_wire.txt", "to eight years and six months in prison", 8.5, O, "verdict_sentence", "cens85"),
    ("verdict_wire.txt", "Prosecutors had sought 10 years", 10, O, "verdict_demand", "cens10"),
    ("verdict_wire.txt", "read at 1240 GMT", None, O, "verdict_time", "cens1240"),
    ("verdict_wire.txt", "at 4.2 million euros", 4200000, CRT, "verdict_damage", "crt258"),
    ("verdict_wire.txt", "Six of the nine defendants were convicted", 6, O, "verdict_convicted", "cens6"),
    ("verdict_wire.txt", "two were acquitted", 2, O, "verdict_acquitted", "cens2"),
    ("verdict_wire.txt", "was jailed for five years", 5, O, "verdict_owner", "cens5"),
    ("verdict_wire.txt", "fined 100,000 euros", 100000, O, "verdict_company_fine", "cens100k"),
    ("verdict_wire.txt", "worth 38 million euros", 38000000, O, "verdict_contract", "cens38"),
    ("verdict_wire.txt", "drew a single bid", 1, PRO, "verdict_bids", "pro1bid"),
    ("verdict_wire.txt", "said he would appeal", None, DEF, "verdict_appeal", "defappeal"),
    ("verdict_wire.txt", "which began in 2026", None, O, "verdict_trial_start", "cens2026"),
    ("verdict_wire.txt", "about 150 protesters", 150, POLM, "verdict_crowd", "pol150"),
    ("verdict_wire.txt", "only four of 31 high-level corruption cases", 4, CIM, "verdict_record", "cim4"),
    ("verdict_wire.txt", "1 euro = about 61.5 denars", 61.5, O, "verdict_fx", "censfx"),
    # a Toronto diaspora weekly's English section (Makedonski Glas; date prefix glued to the masthead with a time,
    # the zone mistake "At 7:40 a.m. Toronto time" (the usual six-hour gap, but Toronto was already on EDT: it was
    # 8:40), its own sentence, age, term, acquittals, confiscation and appeal period, relatives by phone, the court's
    # damage, the prosecution, the defence lawyer, the opposition's raised estimate, community reaction, an
    # advertising line), Thursday 23 Mar (evening in Toronto)
    ("verdict_diaspora.txt", "At 7:40 a.m. Toronto time", None, O, "verdict_time", "mg0740"),
    ("verdict_diaspora.txt", "to nine years in prison", 9, O, "verdict_sentence", "mg9"),
    ("verdict_diaspora.txt", "The 61-year-old", 61, O, "verdict_age", "mg61"),
    ("verdict_diaspora.txt", "was minister since 2019", None, O, "verdict_term_start", "mg2019"),
    ("verdict_diaspora.txt", "was taken into custody in the courtroom", None, KIN, "verdict_custody", "kincustody"),
    ("verdict_diaspora.txt", "Three were acquitted", 3, O, "verdict_acquitted", "mg3"),
    ("verdict_diaspora.txt", "the €4.2-million damage", 4200000, CRT, "verdict_damage", "crt258"),
    ("verdict_diaspora.txt", "property worth €800,000", 800000, O, "verdict_confiscation", "mg800k"),
    ("verdict_diaspora.txt", "who had asked for 12 years", 12, PRO, "verdict_demand", "pro12"),
    ("verdict_diaspora.txt", "The defence has 30 days to appeal", 30, O, "verdict_appeal_days", "mg30"),
    ("verdict_diaspora.txt", "We will take this to the Appellate Court in Skopje", None, DEF, "verdict_appeal",
     "defappeal"),
    ("verdict_diaspora.txt", "to at least €12 million", 12000000, GFO, "verdict_damage", "gfo12"),

    # ---------------- vaccine: the first MVR-2 malaria vaccines land in Douala at 23:50 on Monday 12 October 2026
    # (West Africa Time, UTC+1) = 22:50 GMT = 23:50 BST in London = 00:50 CEST in Geneva on Tuesday 13 October; the
    # campaign is launched in Bertoua on Monday 19 October; the CFA franc at about 605 to the US dollar; the ministry's
    # health workers trained 9 400 (13 October) -> more than 11,000 (the minister at the launch, 19 October)
    # the health ministry's press release (own-line date, bilingual letterhead and motto, a reference number,
    # French-influenced English "informs the national and international opinion", "23h50", "1 248 000 doses" with
    # space separators, "1,2 milliard FCFA", "four (4) doses", the minister's signature "(é)", a toll-free number),
    # Tuesday 13 Oct
    ("vaccine_ministry.txt", "1 248 000 doses", 1248000, MIN, "vaccine_shipment", "min1248"),
    ("vaccine_ministry.txt", "at 23h50 on Monday 12 October 2026", None, MIN, "vaccine_arrival", "min2350"),
    ("vaccine_ministry.txt", "4 100 000 doses for the period 2026–2027", 4100000, MIN, "vaccine_allocation", "min41"),
    ("vaccine_ministry.txt", "four (4) doses", 4, MIN, "vaccine_schedule", "min4"),
    ("vaccine_ministry.txt", "aged from 5 to 24 months", None, MIN, "vaccine_age", "min5to24"),
    ("vaccine_ministry.txt", "1 060 000 children", 1060000, MIN, "vaccine_target", "min106"),
    ("vaccine_ministry.txt", "in 42 health districts", 42, MIN, "vaccine_districts", "min42"),
    ("vaccine_ministry.txt", "all the 206 health districts", 206, MIN, "vaccine_all_districts", "min206"),
    ("vaccine_ministry.txt", "on Monday 19 October 2026", None, MIN, "vaccine_launch_date", "min19"),
    ("vaccine_ministry.txt", "in Bertoua, East Region", None, MIN, "vaccine_launch_place", "minbertoua"),
    ("vaccine_ministry.txt", "1 180 refrigerators", 1180, MIN, "vaccine_fridges", "min1180"),
    ("vaccine_ministry.txt", "9 400 health personnel", 9400, MIN, "vaccine_trained", "min9400"),
    ("vaccine_ministry.txt", "5 000 FCFA per day", 5000, MIN, "vaccine_allowance", "min5000"),
    ("vaccine_ministry.txt", "1,2 milliard FCFA", 1200000000, MIN, "vaccine_cofinance", "min12bn"),
    ("vaccine_ministry.txt", "about 2 360 FCFA", 2360, MIN, "vaccine_dose_cost", "min2360"),
    ("vaccine_ministry.txt", "3 300 000 cases", 3300000, MIN, "vaccine_cases", "min33"),
    ("vaccine_ministry.txt", "about 11 000 deaths", 11000, MIN, "vaccine_deaths", "min11k"),
    ("vaccine_ministry.txt", "67 % of them children under five", 67, MIN, "vaccine_under5", "min67"),
    # the Geneva facility's news release (date prefix with the facility's name continuing on the same line, the
    # release's own time in CEST, the landing "at 00:50 CEST on Tuesday 13 October" (right: 23:50 in Douala on
    # Monday), the allocation, target and schedule, the price per dose, co-financing, the programme's cost, trial
    # efficacy, the pilot, modelled deaths, a quote, notes to editors, media contact), Tuesday 13 Oct
    ("vaccine_facility.txt", "1.25 million doses", 1250000, GMVF, "vaccine_shipment", "gm125"),
    ("vaccine_facility.txt", "at 00:50 CEST on Tuesday 13 October", None, GMVF, "vaccine_arrival", "gm0050"),
    ("vaccine_facility.txt", "the ninth country to introduce MVR-2", 9, GMVF, "vaccine_rank", "gm9th"),
    ("vaccine_facility.txt", "the first of 4.1 million doses", 4100000, GMVF, "vaccine_allocation", "gm41"),
    ("vaccine_facility.txt", "about 1.1 million children", 1100000, GMVF, "vaccine_target", "gm11"),
    ("vaccine_facility.txt", "three primary doses and a booster", 4, GMVF, "vaccine_schedule", "gm3p1"),
    ("vaccine_facility.txt", "start in 42 districts", 42, GMVF, "vaccine_districts", "gm42"),
    ("vaccine_facility.txt", "US$3.90 per dose", 3.9, GMVF, "vaccine_dose_cost", "gm390"),
    ("vaccine_facility.txt", "8 per cent of the vaccine cost", 8, GMVF, "vaccine_share", "gm8"),
    ("vaccine_facility.txt", "totals US$23 million", 23000000, GMVF, "vaccine_programme_cost", "gm23"),
    ("vaccine_facility.txt", "by 68 per cent over 12 months", 68, GMVF, "vaccine_efficacy", "gm68"),
    ("vaccine_facility.txt", "a 2024–2025 pilot in three districts", 3, GMVF, "vaccine_pilot_districts", "gm3d"),
    ("vaccine_facility.txt", "vaccinated 48,000 children", 48000, GMVF, "vaccine_pilot_children", "gm48k"),
    ("vaccine_facility.txt", "an estimated 13,200 people", 13200, GMVF, "vaccine_deaths", "gm132"),
    # a Buea paper (The Mountain Chronicle; own-line date, masthead with its date, byline, photo caption, the landing
    # "ten minutes to midnight on Monday, October 12", its own consignment and districts, the minister at the
    # launch, a glued sentence "in two days.The campaign", the regional delegate, the nurses' union, an MP, a
    # paediatrician, a mother quoted in Pidgin, three reader comments, moderation line), Wednesday 21 Oct
    ("vaccine_local.txt", "ten minutes to midnight on Monday, October 12", None, O, "vaccine_arrival", "mc2350"),
    ("vaccine_local.txt", "flagged off on Monday", None, O, "vaccine_launch_date", "mcmon"),
    ("vaccine_local.txt", "in Bertoua", None, O, "vaccine_launch_place", "mcbertoua"),
    ("vaccine_local.txt", "1,248,000 doses", 1248000, O, "vaccine_shipment", "mc1248"),
    ("vaccine_local.txt", "more than 11,000 health workers", 11000, MIN, "vaccine_trained", "min11000"),
    ("vaccine_local.txt", "31,000 children had been vaccinated in two days", 31000, MIN, "vaccine_two_days", "min31k"),
    ("vaccine_local.txt", "covers 38 districts", 38, O, "vaccine_districts", "mc38"),
    ("vaccine_local.txt", "96,500 children are targeted", 96500, SWD, "vaccine_sw_target", "swd965"),
    ("vaccine_local.txt", "fewer than 700 working refrigerators", 700, NUNMC, "vaccine_fridges", "un700f"),
    ("vaccine_local.txt", "only about 5,000 have been trained properly", 5000, NUNMC, "vaccine_trained", "un5000"),
    ("vaccine_local.txt", "1,500 FCFA a day", 1500, NUNMC, "vaccine_allowance", "un1500"),
    ("vaccine_local.txt", "only 400 million FCFA has been paid so far", 400000000, MP, "vaccine_paid", "mp400"),
    ("vaccine_local.txt", "nearly 5 million cases a year", 5000000, DOC, "vaccine_cases", "doc5m"),
    ("vaccine_local.txt", "by about two-thirds", 67, DOC, "vaccine_efficacy", "doc23"),
    # a London global-health news site (Global Health Dispatch; date prefix glued to the masthead, a time line in BST,
    # byline, the zone mistake "at 23:50 GMT on Monday 12 October" (Douala's clock, the same as London's BST, given
    # as GMT: it was 22:50 GMT), its own shipment, allocation, target, age group, schedule, districts, launch day,
    # rank, price, share, programme cost, efficacy, deaths and pilot, the ministry's contribution in francs and
    # dollars, its own tally over three days, a nurse quoted, funding and licence lines), Thursday 22 Oct
    ("vaccine_london.txt", "at 23:50 GMT on Monday 12 October", None, O, "vaccine_arrival", "ghd2350"),
    ("vaccine_london.txt", "1.5 million doses", 1500000, O, "vaccine_shipment", "ghd15"),
    ("vaccine_london.txt", "3 million doses promised through 2027", 3000000, O, "vaccine_allocation", "ghd3m"),
    ("vaccine_london.txt", "800,000 children", 800000, O, "vaccine_target", "ghd800k"),
    ("vaccine_london.txt", "aged six months to three years", None, O, "vaccine_age", "ghd6to36"),
    ("vaccine_london.txt", "a three-dose schedule", 3, O, "vaccine_schedule", "ghd3"),
    ("vaccine_london.txt", "in 42 districts first", 42, O, "vaccine_districts", "ghd42"),
    ("vaccine_london.txt", "the country's 200 health districts", 200, O, "vaccine_all_districts", "ghd200"),
    ("vaccine_london.txt", "launched on October 20", None, O, "vaccine_launch_date", "ghd20"),
    ("vaccine_london.txt", "in the eastern city of Bertoua", None, O, "vaccine_launch_place", "ghdbertoua"),
    ("vaccine_london.txt", "the seventh country to roll out MVR-2", 7, O, "vaccine_rank", "ghd7th"),
    ("vaccine_london.txt", "$4.90 a dose", 4.9, O, "vaccine_dose_cost", "ghd490"),
    ("vaccine_london.txt", "15 per cent of the vaccine bill", 15, O, "vaccine_share", "ghd15pc"),
    ("vaccine_london.txt", "1.2 billion CFA francs", 1200000000, MIN, "vaccine_cofinance", "min12bn"),
    ("vaccine_london.txt", "about US$2 million", 2000000, MIN, "vaccine_cofinance", "min12bn"),
    ("vaccine_london.txt", "$20 million over two years", 20000000, O, "vaccine_programme_cost", "ghd20m"),
    ("vaccine_london.txt", "by 75 per cent", 75, O, "vaccine_efficacy", "ghd75"),
    ("vaccine_london.txt", "more than 14,000 malaria deaths a year", 14000, O, "vaccine_deaths", "ghd14k"),
    ("vaccine_london.txt", "more than 70 per cent of them children under five", 70, O, "vaccine_under5", "ghd70"),
    ("vaccine_london.txt", "A pilot covered six districts", 6, O, "vaccine_pilot_districts", "ghd6d"),
    ("vaccine_london.txt", "some 60,000 children", 60000, O, "vaccine_pilot_children", "ghd60k"),
    ("vaccine_london.txt", "31,000 children received a first dose in the first two days", 31000, MIN,
     "vaccine_two_days", "min31k"),
    ("vaccine_london.txt", "more than 50,000 in the first three days", 50000, O, "vaccine_three_days", "ghd50k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("airline_receiver.txt", "for travel up to 31 March 2028", None, REC, "airline_opt_horizon"),
    ("airline_local.txt", "until December 5", None, ANTX, "airline_opt_rescue_until"),
    ("airline_local.txt", "Paid $412 for my ticket to Dominica", 412, "reader SunsetOverOistins",
     "airline_opt_reader_ticket"),
    ("airline_local.txt", "Third regional airline to go under in my lifetime", 3, "reader BimBoy1966",
     "airline_opt_reader_third"),
    ("airline_wire.txt", "the second regional carrier to fail in a decade", 2, O, "airline_opt_second"),
    ("airline_blog.txt", "paychecks stopped weeks ago", None, "Coralwing crew members (to the blog)",
     "airline_opt_paychecks"),
    ("verdict_court.txt", "3 expert witnesses", 3, CRT, "verdict_opt_experts"),
    ("verdict_portal.txt", "Eight years and he will not spend a day in prison", 8, "reader Petre_K",
     "verdict_opt_reader"),
    ("verdict_wire.txt", "an EU candidate since 2005", None, O, "verdict_opt_candidate"),
    ("verdict_wire.txt", "opened accession talks in 2022", None, O, "verdict_opt_talks"),
    ("verdict_wire.txt", "one of the heaviest sentences handed to a senior politician", None, O,
     "verdict_opt_heaviest"),
    ("verdict_wire.txt", "$1 = 0.92 euros", 0.92, O, "verdict_opt_usd"),
    ("verdict_diaspora.txt", "are expected to appeal", None, PRO, "verdict_opt_pro_appeal"),
    ("vaccine_ministry.txt", "of the 10 regions", 10, MIN, "vaccine_opt_regions"),
    ("vaccine_facility.txt", "in four African countries", 4, GMVF, "vaccine_opt_trial_countries"),
    ("vaccine_facility.txt", "set up in 2023", None, GMVF, "vaccine_opt_founded"),
    ("vaccine_facility.txt", "supported introductions in 21 countries", 21, GMVF, "vaccine_opt_facility_countries"),
    ("vaccine_local.txt", "supplies for the region arrived on Saturday", None, SWD, "vaccine_opt_sw_supplies"),
    ("vaccine_local.txt", "On paper, thousands were trained", None, NUNMC, "vaccine_opt_thousands"),
    ("vaccine_local.txt", "mothers queued from 7am", None, O, "vaccine_opt_queue"),
    ("vaccine_local.txt", "Light has been off in Muea for two weeks", 2, "reader Mola Lyonga",
     "vaccine_opt_reader_power"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # airline
    "airline_time": {("rec2315", "bm2300"): CO, ("rec2315", "cnw0315"): CO, ("rec2315", "llg2315et"): C,
                     ("bm2300", "cnw0315"): CO, ("bm2300", "llg2315et"): C, ("cnw0315", "llg2315et"): C},
    "airline_last_flight": {("rec2202", "bm2140"): C},
    "airline_receiver_day": {("recmon", "bmmon"): CO, ("recmon", "llgtue"): C, ("bmmon", "llgtue"): C},
    "airline_stranded": {("rec3400", "rec3400"): SC, ("rec3400", "gov5k"): C, ("rec3400", "rec4100"): U,
                         ("gov5k", "rec4100"): C},
    "airline_bookings": {("rec27k", "llg40k"): C},
    "airline_staff": {("rec642", "rec642"): SC, ("un700", "un700"): SC, ("rec642", "un700"): C},
    "airline_staff_bb": {("rec410", "bm480"): C},
    "airline_pilots": {("un118", "llg90"): C},
    "airline_wages_owed": {("rec1m", "un2m"): C},
    "airline_fleet": {("rec9", "rec9"): SC, ("rec9", "llg11"): C},
    "airline_leased": {("rec6", "bm7"): C},
    "airline_debt": {("rec112", "rec112"): SC, ("rec112", "llg224usd"): C},
    "airline_loan": {("gov60", "gov60"): SC},
    "airline_support_total": {("opp90", "gov71"): C},
    "airline_losses": {("bm38", "opp50"): C},
    "airline_destinations": {("rec17", "cnw15"): C},
    "airline_countries": {("rec12", "cnw9"): C, ("rec12", "llg12"): CO, ("cnw9", "llg12"): C},
    "airline_daily_flights": {("rec64", "rec64"): SC, ("rec64", "bm80"): C},
    "airline_annual_pax": {("rec11m", "cnw900k"): C},
    "airline_stake": {("rec46", "cnw46"): CO, ("rec46", "llgmaj"): C, ("cnw46", "llgmaj"): C},
    "airline_refund": {("recnoref", "llgref30"): C},
    "airline_sale": {("rec90", "llg60"): C},
    "airline_founded": {("rec1981", "cnw1979"): C},
    "airline_relief": {("gov4", "gov4"): SC},
    "airline_rescue": {("ant99", "ant99"): SC},
    "airline_tourism": {("eco11", "llgfifth"): C},
    # verdict
    "verdict_time": {("crt1340", "vd1340"): CO, ("crt1340", "cens1240"): CO, ("crt1340", "mg0740"): C,
                     ("vd1340", "cens1240"): CO, ("vd1340", "mg0740"): C, ("cens1240", "mg0740"): C},
    "verdict_sentence": {("crt85", "vd85"): CO, ("crt85", "cens85"): CO, ("crt85", "mg9"): C,
                         ("vd85", "cens85"): CO, ("vd85", "mg9"): C, ("cens85", "mg9"): C},
    "verdict_age": {("crt58", "vd58"): CO, ("crt58", "mg61"): C, ("vd58", "mg61"): C},
    "verdict_defendants": {("crt9", "vd11"): C},
    "verdict_convicted": {("crt7", "cens6"): C},
    "verdict_acquitted": {("crt2", "cens2"): CO, ("crt2", "mg3"): C, ("cens2", "mg3"): C},
    "verdict_owner": {("crt5", "cens5"): CO, ("crt5", "vd4"): C, ("vd4", "cens5"): C},
    "verdict_secretary": {("crt3y2m", "vd3y2m"): CO},
    "verdict_company_fine": {("crt615", "vd100k"): CO, ("crt615", "cens100k"): CO, ("vd100k", "cens100k"): CO},
    "verdict_contract": {("crt1968", "vd32"): CO, ("crt1968", "cens38"): C, ("vd32", "cens38"): C},
    "verdict_length": {("crt27", "vd31"): C},
    "verdict_signed": {("crtnov22", "vddec22"): C},
    "verdict_bids": {("crt2bids", "pro1bid"): C},
    "verdict_overprice": {("crt15pc", "pro31"): C},
    "verdict_bribe": {("crt350", "pro500"): C},
    "verdict_damage": {("crt258", "crt258"): SC, ("crt258", "defzero"): C, ("crt258", "gfo10"): C,
                       ("crt258", "gfo12"): C, ("defzero", "gfo12"): C, ("gfo10", "gfo12"): U},
    "verdict_demand": {("pro12", "pro12"): SC, ("pro12", "cens10"): C},
    "verdict_hearings": {("crt86", "vd90"): C},
    "verdict_witnesses": {("crt64", "vd57"): C},
    "verdict_trial_start": {("crtoct25", "cens2026"): C},
    "verdict_appeal_days": {("crt15", "mg30"): C},
    "verdict_custody": {("crtfree", "kincustody"): C},
    "verdict_term_start": {("crtaug20", "mg2019"): C},
    "verdict_confiscation": {("crt34", "mg800k"): C},
    "verdict_appeal": {("defappeal", "defappeal"): SC},
    "verdict_crowd": {("gfo1000", "pol150"): C},
    # vaccine
    "vaccine_arrival": {("min2350", "gm0050"): CO, ("min2350", "mc2350"): CO, ("min2350", "ghd2350"): C,
                        ("gm0050", "mc2350"): CO, ("gm0050", "ghd2350"): C, ("mc2350", "ghd2350"): C},
    "vaccine_shipment": {("min1248", "gm125"): CO, ("min1248", "mc1248"): CO, ("min1248", "ghd15"): C,
                         ("gm125", "mc1248"): CO, ("gm125", "ghd15"): C, ("mc1248", "ghd15"): C},
    "vaccine_allocation": {("min41", "gm41"): CO, ("min41", "ghd3m"): C, ("gm41", "ghd3m"): C},
    "vaccine_target": {("min106", "gm11"): CO, ("min106", "ghd800k"): C, ("gm11", "ghd800k"): C},
    "vaccine_age": {("min5to24", "ghd6to36"): C},
    "vaccine_schedule": {("min4", "gm3p1"): CO, ("min4", "ghd3"): C, ("gm3p1", "ghd3"): C},
    "vaccine_districts": {("min42", "gm42"): CO, ("min42", "mc38"): C, ("min42", "ghd42"): CO, ("gm42", "mc38"): C,
                          ("gm42", "ghd42"): CO, ("mc38", "ghd42"): C},
    "vaccine_all_districts": {("min206", "ghd200"): C},
    "vaccine_launch_date": {("min19", "mcmon"): CO, ("min19", "ghd20"): C, ("mcmon", "ghd20"): C},
    "vaccine_launch_place": {("minbertoua", "mcbertoua"): CO, ("minbertoua", "ghdbertoua"): CO,
                             ("mcbertoua", "ghdbertoua"): CO},
    "vaccine_rank": {("gm9th", "ghd7th"): C},
    "vaccine_fridges": {("min1180", "un700f"): C},
    "vaccine_trained": {("min9400", "min11000"): U, ("min9400", "un5000"): C},
    "vaccine_allowance": {("min5000", "un1500"): C},
    "vaccine_cofinance": {("min12bn", "min12bn"): SC},
    "vaccine_dose_cost": {("min2360", "gm390"): CO, ("min2360", "ghd490"): C, ("gm390", "ghd490"): C},
    "vaccine_share": {("gm8", "ghd15pc"): C},
    "vaccine_programme_cost": {("gm23", "ghd20m"): C},
    "vaccine_efficacy": {("gm68", "doc23"): CO, ("gm68", "ghd75"): C, ("doc23", "ghd75"): C},
    "vaccine_cases": {("min33", "doc5m"): C},
    "vaccine_deaths": {("min11k", "gm132"): C, ("min11k", "ghd14k"): C, ("gm132", "ghd14k"): C},
    "vaccine_under5": {("min67", "ghd70"): C},
    "vaccine_pilot_districts": {("gm3d", "ghd6d"): C},
    "vaccine_pilot_children": {("gm48k", "ghd60k"): C},
    "vaccine_two_days": {("min31k", "min31k"): SC},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
