"""Hand labels for bench/blind50 (a nationwide strike of Hungary's locomotive drivers that began at 00:00 on Wednesday
18 October 2034, its start, length and end, the share of trains that ran, the drivers who joined, the union's members,
the ballot, the pay claim, the offer and its date, pay, overtime, vacancies, the last such strike, the court's minimum
service, freight, the rally and the detained, the passengers hit, daily and cancelled trains, replacement buses and the
daily cost disputed, with times in Central European Summer Time (UTC+2, Budapest and Vienna), GMT and British Summer
Time (UTC+1), across midnight; a nationwide payday outage at a Malaysian bank, Bank Sentosa Raya, from 7.42pm on Friday
25 August 2034 to 5.10am on Saturday, its start, restoration and length, customers, customers hit, failed
transactions, ATMs in all and offline, double debits and their reversal, the goodwill credit, the cause, a claimed
cyber attack, engineers, calls, the regulator's report, branches, app users, earlier outages, complaints, retailers'
losses, the share fall and the cost disputed, with times in Malaysia Time (UTC+8), GMT and British Summer Time; the
approval of Uruguay's five-year budget by the Chamber of Representatives at 01:40 on Thursday 12 October 2034, the
time of the vote, the votes for and against, deputies present, the session's length, amendments, articles, new
spending, the deficit now and in 2039, growth, net debt, education money, teachers' pay, police posts, child poverty
and its programme, the march, arrests, the Senate's time limit and total spending disputed, with times in Uruguay time
(UTC-3 all year, the same clock as Buenos Aires) and GMT, across midnight).
Run from the project root:
    python3 bench/blind50/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
FMSZ = "the Independent Union of Hungarian Locomotive Drivers, FMSZ (president Zsolt Kovács-Baranyi)"
PV = "Pannonvasút Zrt., Hungary's state passenger rail operator"
MIN = "Hungary's transport ministry (State Secretary Levente Orosz-Kádár)"
COURT = "the Budapest-Capital Regional Court"
POL = "the Budapest police"
ASS = "the Hungarian Rail Passengers' Association (chair Edit Pintér-Szalai)"
ECON = "Kálvin Analytics economist Dr Balázs Vörös-Lengyel"
RABA = "freight operator Rába Cargo"

BSR = "Bank Sentosa Raya Berhad, BSR (Group CEO Dato' Kamal Rizal Hasbullah-Tan)"
GPN = "the National Consumers' Coalition, GPN (secretary-general Ravindran Muthu-Abdullah)"
KKPM = "the Malaysian Bank Staff Union, KKPM (general secretary Lee Wei Ming-Hassan)"
BNM = "Bank Negara Malaysia, BNM, Malaysia's central bank"
TRK = "the outage-tracking site DownWatch.my"
URA = "the United Retailers' Association (Malaysia)"
SWITCH = "the national interbank switch operator RangkaiBayar Sdn Bhd"
ANL = "Straits Harbour Securities analyst Chloe Tan-Whitfield"
HACK = "a hacking group calling itself Merdeka404"

MEF = "Uruguay's Ministry of Economy and Finance, MEF (Minister Cr. Santiago Larrañaga-Pereyra)"
OPP = "the opposition in Uruguay's Chamber of Representatives (deputy Federico Ibarburu-Vidal)"
CFA = "Uruguay's Fiscal Advisory Council, CFA"
FNDS = "the secondary teachers' federation, FNDS (Uruguay)"
SPU = "the police union, SPU (Uruguay)"
INE = "Uruguay's National Statistics Institute, INE"
FNP = "children's charity Fundación Niñez Plena"
MINT = "Uruguay's Interior Ministry"
CSO = "the union confederation CSO, which called the march (Uruguay)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- rail: FMSZ's strike starts at 00:00 on Wednesday 18 October 2034 in Hungary (CEST, UTC+2) =
    # 22:00 GMT and 23:00 BST on Tuesday 17 October; planned for 48 hours (to 00:00 on Friday = 23:00 BST on
    # Thursday), extended on Thursday to 72 hours (to 00:00 on Saturday); the forint at about 445 to the pound;
    # FMSZ's share of drivers on strike 94 per cent (Wednesday) -> 97 per cent (Thursday)
    # the union's press release (own-line date, letterhead with an address and phone, "Budapest, 18 October 2034,
    # 12:00", a title in capitals, "By 10:00 this morning", a quote, notes for editors, "###"), Wednesday 18 Oct
    ("rail_union.txt", "from 00:00 on Wednesday, 18 October", None, FMSZ, "rail_start", "un0000"),
    ("rail_union.txt", "The 48-hour strike", 48, FMSZ, "rail_duration", "un48"),
    ("rail_union.txt", "end at 00:00 on Friday, 20 October", None, FMSZ, "rail_end", "unfri"),
    ("rail_union.txt", "94 per cent of drivers rostered for duty", 94, FMSZ, "rail_turnout", "un94"),
    ("rail_union.txt", "Only 8 per cent of scheduled passenger trains ran", 8, FMSZ, "rail_share_ran", "un8"),
    ("rail_union.txt", "a minimum service of 30 per cent", 30, COURT, "rail_min_service", "court30"),
    ("rail_union.txt", "87 per cent voted in favour", 87, FMSZ, "rail_ballot_yes", "un87"),
    ("rail_union.txt", "a turnout of 78 per cent", 78, FMSZ, "rail_ballot_turnout", "un78"),
    ("rail_union.txt", "represents 4,100 of the country's locomotive drivers", 4100, FMSZ, "rail_members", "un4100"),
    ("rail_union.txt", "average gross monthly pay is HUF 512,000", 512000, FMSZ, "rail_pay", "un512"),
    ("rail_union.txt", "an 18 per cent pay rise", 18, FMSZ, "rail_demand", "un18"),
    ("rail_union.txt", "so far, on 9 October", None, FMSZ, "rail_offer_date", "unoct9"),
    ("rail_union.txt", "a rise of 5 per cent", 5, FMSZ, "rail_offer", "un5"),
    ("rail_union.txt", "1.2 million hours of overtime", 1200000, FMSZ, "rail_overtime", "un1200k"),
    ("rail_union.txt", "650 driver posts are unfilled", 650, FMSZ, "rail_vacancies", "un650"),
    ("rail_union.txt", "the first national strike of train drivers since 2016", None, FMSZ, "rail_last_strike", "un2016"),
    ("rail_union.txt", "freight traffic on the network fell by 65 per cent", 65, FMSZ, "rail_freight", "un65"),
    ("rail_union.txt", "More than 10,000 people stood with us", 10000, FMSZ, "rail_rally", "un10k"),
    ("rail_union.txt", "Five of our activists were detained", 5, FMSZ, "rail_detained", "un5det"),
    # a London broadcaster's web page with a transcript (Meridian World Service; leading-space own-line date, section
    # and time line in BST, share and listen line, image caption, the start "at 1am UK time on Wednesday" (wrong: it
    # was 23:00 BST on Tuesday), the end "at 11pm UK time on Thursday" (right), a correspondent's two-way, the union's
    # pay in pounds, the economist's cost in pounds, an exchange-rate line, "MORE ON THIS STORY", copyright), Wed 18 Oct
    ("rail_broadcaster.txt", "a two-day stoppage", 2, O, "rail_duration", "mws2d"),
    ("rail_broadcaster.txt", "hundreds of thousands of commuters", None, O, "rail_passengers", "mwshk"),
    ("rail_broadcaster.txt", "began at 1am UK time on Wednesday", None, O, "rail_start", "mws0100"),
    ("rail_broadcaster.txt", "29 per cent of scheduled trains ran", 29, PV, "rail_share_ran", "pv29"),
    ("rail_broadcaster.txt", "fewer than half of the drivers on duty had stayed away", 50, PV, "rail_turnout", "pvhalf"),
    ("rail_broadcaster.txt", "several thousand people at the rally", None, O, "rail_rally", "mwsseveral"),
    ("rail_broadcaster.txt", "asking for is 18 per cent", 18, FMSZ, "rail_demand", "un18"),
    ("rail_broadcaster.txt", "the company has put 6 per cent on the table", 6, PV, "rail_offer", "pv6"),
    ("rail_broadcaster.txt", "about £1,150 a month", 1150, FMSZ, "rail_pay", "un512"),
    ("rail_broadcaster.txt", "650 vacant driver jobs", 650, FMSZ, "rail_vacancies", "un650"),
    ("rail_broadcaster.txt", "around 300 buses", 300, O, "rail_buses", "mws300"),
    ("rail_broadcaster.txt", "about £10m a day", 10000000, ECON, "rail_cost", "econ"),
    ("rail_broadcaster.txt", "in nearly two decades", 20, O, "rail_last_strike", "mws2dec"),
    ("rail_broadcaster.txt", "end at 11pm UK time on Thursday", None, O, "rail_end", "mwsend"),
    ("rail_broadcaster.txt", "£1 is worth about 445 forints", 445, O, "rail_fx", "mwsfx"),
    # a Budapest English-language daily (Budapest Courier; date prefix glued to the masthead, headline and
    # standfirst, byline, photo caption, its own share of trains, the strike's length and start, the operator's early
    # walk-off, share, ballot, offer, pay, drivers, vacancies and overtime, the union restated, the court, buses, the
    # passengers' association, the economist, the police, "SEE ALSO" with page numbers, two reader comments), Thu 19 Oct
    ("rail_local.txt", "Barely a fifth of trains ran on Wednesday", 20, O, "rail_share_ran", "bc20"),
    ("rail_local.txt", "the 48-hour strike", 48, O, "rail_duration", "bc48"),
    ("rail_local.txt", "began at 0:00 on Wednesday", None, O, "rail_start", "bc0000"),
    ("rail_local.txt", "walked off from 22:00 on Tuesday", None, PV, "rail_start", "pv2200"),
    ("rail_local.txt", "ran 29 per cent of scheduled services", 29, PV, "rail_share_ran", "pv29"),
    ("rail_local.txt", "only about half of the union's members took part in the strike ballot", 50, PV,
     "rail_ballot_turnout", "pvhalfballot"),
    ("rail_local.txt", "the offer it made on 2 October", None, PV, "rail_offer_date", "pvoct2"),
    ("rail_local.txt", "a 6 per cent rise in basic pay", 6, PV, "rail_offer", "pv6"),
    ("rail_local.txt", "average gross pay for its drivers at HUF 690,000 a month", 690000, PV, "rail_pay", "pv690"),
    ("rail_local.txt", "employs 5,300 locomotive drivers", 5300, PV, "rail_drivers_total", "pv5300"),
    ("rail_local.txt", "represents 4,100 drivers", 4100, FMSZ, "rail_members", "un4100"),
    ("rail_local.txt", "wants 18 per cent", 18, FMSZ, "rail_demand", "un18"),
    ("rail_local.txt", "94 per cent of rostered drivers joined the strike", 94, FMSZ, "rail_turnout", "un94"),
    ("rail_local.txt", "87 per cent voted for the strike", 87, FMSZ, "rail_ballot_yes", "un87"),
    ("rail_local.txt", "only about 200 vacancies for drivers", 200, PV, "rail_vacancies", "pv200"),
    ("rail_local.txt", "roughly 700,000 hours of overtime in 2033", 700000, PV, "rail_overtime", "pv700k"),
    ("rail_local.txt", "a minimum service of 30 per cent on suburban lines", 30, COURT, "rail_min_service", "court30"),
    ("rail_local.txt", "420 replacement buses", 420, PV, "rail_buses", "pv420"),
    ("rail_local.txt", "1.1 million daily journeys were being disrupted", 1100000, ASS, "rail_passengers", "ass1100k"),
    ("rail_local.txt", "some 3,100 daily services", 3100, ASS, "rail_daily_trains", "ass3100"),
    ("rail_local.txt", "more than 2,500 of them were cancelled", 2500, ASS, "rail_cancelled", "ass2500"),
    ("rail_local.txt", "HUF 4.5 billion a day", 4500000000, ECON, "rail_cost", "econ"),
    ("rail_local.txt", "counted about 3,000 demonstrators", 3000, POL, "rail_rally", "pol3000"),
    ("rail_local.txt", "two people were detained", 2, POL, "rail_detained", "pol2"),
    # a Vienna news agency's wire (CENA; no date line, a time line in GMT with "UPDATE 2", glued dateline
    # "(CENA) -Hungary's", the union's extension to 00:00 on Saturday and 72 hours, the start "at 2200 GMT on Tuesday"
    # (right: 00:00 on Wednesday in Budapest), its own pay claim and last strike, the operator's share, passengers,
    # cancellations, daily trains and court order, the ministry's cost, members and offer, the freight operator, the
    # police, reporting and copyright lines), Thursday 19 Oct
    ("rail_wire.txt", "until 00:00 on Saturday", None, FMSZ, "rail_end", "unsat"),
    ("rail_wire.txt", "began at 2200 GMT on Tuesday", None, O, "rail_start", "cena2200"),
    ("rail_wire.txt", "97 per cent of rostered drivers", 97, FMSZ, "rail_turnout", "un97"),
    ("rail_wire.txt", "extend the stoppage to 72 hours", 72, FMSZ, "rail_duration", "un72"),
    ("rail_wire.txt", "a 20 per cent pay rise", 20, O, "rail_demand", "cena20"),
    ("rail_wire.txt", "nearly 30 per cent of scheduled trains ran", 30, PV, "rail_share_ran", "pv29"),
    ("rail_wire.txt", "about 600,000 passengers had been affected", 600000, PV, "rail_passengers", "pv600k"),
    ("rail_wire.txt", "cancelled 1,910", 1910, PV, "rail_cancelled", "pv1910"),
    ("rail_wire.txt", "its 2,700 daily passenger trains", 2700, PV, "rail_daily_trains", "pv2700"),
    ("rail_wire.txt", "the court had ordered half of suburban trains to run", 50, PV, "rail_min_service", "pv50sub"),
    ("rail_wire.txt", "about HUF 2 billion a day", 2000000000, MIN, "rail_cost", "min2bn"),
    ("rail_wire.txt", "represented about 2,600 drivers", 2600, MIN, "rail_members", "min2600"),
    ("rail_wire.txt", "worth 9 per cent over two years", 9, MIN, "rail_offer", "min9"),
    ("rail_wire.txt", "down by only about 20 per cent", 20, RABA, "rail_freight", "raba20"),
    ("rail_wire.txt", "some 3,000 people attended", 3000, POL, "rail_rally", "pol3000"),
    ("rail_wire.txt", "two people were briefly detained", 2, POL, "rail_detained", "pol2"),
    ("rail_wire.txt", "the first nationwide rail strike in Hungary since 2012", None, O, "rail_last_strike", "cena2012"),

    # ---------------- bank: BSR's outage from 7.42pm on Friday 25 August 2034 in Malaysia (MYT, UTC+8 all year) =
    # 11:42 GMT = 12:42 BST, to 5.10am on Saturday 26 August = 21:10 GMT = 22:10 BST on Friday; 9 hours 28 minutes;
    # the ringgit at 5.90 to the pound (the newsletter's own rate); three working days from Saturday is Wednesday
    # the bank's media statement (own-line date, letterhead with a registration number, address and contact centre,
    # "For immediate release" with "11.30 a.m.", a title in capitals, a chief executive quoted, "About" paragraph with
    # the deposit-insurance limit, "-END-"), Saturday 26 Aug
    ("bank_release.txt", "from approximately 7.42pm on Friday, 25 August 2034", None, BSR, "bank_start", "bsr1942"),
    ("bank_release.txt", "fully restored at 5.10am on Saturday", None, BSR, "bank_restored", "bsr0510"),
    ("bank_release.txt", "about nine and a half hours", 9.5, BSR, "bank_duration", "bsr95"),
    ("bank_release.txt", "caused by a faulty storage controller during scheduled maintenance", None, BSR, "bank_cause",
     "bsrstorage"),
    ("bank_release.txt", "There is no evidence of a cyber attack", None, BSR, "bank_cyber", "bsrnocyber"),
    ("bank_release.txt", "3.8 million retail customers", 3800000, BSR, "bank_customers", "bsr38"),
    ("bank_release.txt", "Around 1.2 million customers", 1200000, BSR, "bank_affected", "bsr12"),
    ("bank_release.txt", "about 410,000 transactions did not go through", 410000, BSR, "bank_transactions", "bsr410k"),
    ("bank_release.txt", "our network of 1,150 ATMs", 1150, BSR, "bank_atm_network", "bsr1150"),
    ("bank_release.txt", "about 300 were affected", 300, BSR, "bank_atm_down", "bsr300"),
    ("bank_release.txt", "some 18,000 customers were debited twice", 18000, BSR, "bank_double", "bsr18k"),
    ("bank_release.txt", "within three working days", 3, BSR, "bank_reversal", "bsr3wd"),
    ("bank_release.txt", "a goodwill credit of RM50", 50, BSR, "bank_credit", "bsr50"),
    ("bank_release.txt", "More than 120 engineers", 120, BSR, "bank_engineers", "bsr120"),
    ("bank_release.txt", "handled 96,000 calls", 96000, BSR, "bank_calls", "bsr96k"),
    ("bank_release.txt", "within 14 days", 14, BSR, "bank_report", "bsr14"),
    ("bank_release.txt", "all 212 branches", 212, BSR, "bank_branches", "bsr212"),
    ("bank_release.txt", "used by 2.9 million people", 2900000, BSR, "bank_app_users", "bsr29"),
    # a Kuala Lumpur paper's live blog (Klang Valley Daily; leading-space own-line date, "LIVE" masthead, key
    # updates, entries newest first in MYT across Friday and Saturday, its own start, credit and ATM count, the
    # consumer group, the staff union, the central bank, retailers, the outage tracker, a reader, a comment), Sat 26 Aug
    ("bank_liveblog.txt", "shortly before 8pm on Friday", None, O, "bank_start", "kvd2000"),
    ("bank_liveblog.txt", "remained patchy until Saturday afternoon", None, GPN, "bank_restored", "gpnpatchy"),
    ("bank_liveblog.txt", "more than 20 hours", 20, GPN, "bank_duration", "gpn20"),
    ("bank_liveblog.txt", "at least 2 million customers were affected", 2000000, GPN, "bank_affected", "gpn2m"),
    ("bank_liveblog.txt", "at least 35,000 customers were debited twice", 35000, GPN, "bank_double", "gpn35k"),
    ("bank_liveblog.txt", "BSR's third major outage this year", 3, GPN, "bank_previous", "gpn3rd"),
    ("bank_liveblog.txt", "an RM30 credit", 30, O, "bank_credit", "kvd30"),
    ("bank_liveblog.txt", "network of 1,200 ATMs", 1200, O, "bank_atm_network", "kvd1200"),
    ("bank_liveblog.txt", "a botched software upgrade", None, KKPM, "bank_cause", "kkpmsw"),
    ("bank_liveblog.txt", "more than 700 ATMs were out of service", 700, KKPM, "bank_atm_down", "kkpm700"),
    ("bank_liveblog.txt", "more than 200,000 calls", 200000, KKPM, "bank_calls", "kkpm200k"),
    ("bank_liveblog.txt", "only 40 staff were on the overnight IT shift", 40, KKPM, "bank_engineers", "kkpm40"),
    ("bank_liveblog.txt", "within seven days", 7, BNM, "bank_report", "bnm7"),
    ("bank_liveblog.txt", "received 2,300 complaints", 2300, BNM, "bank_bnm_complaints", "bnm2300"),
    ("bank_liveblog.txt", "lost RM15 million in sales", 15000000, URA, "bank_merchant_loss", "ura15m"),
    ("bank_liveblog.txt", "from as early as 6.15pm on Friday", None, TRK, "bank_start", "trk1815"),
    # a Singapore markets wire (AsiaPac Markets Wire; no date line, a time line in GMT, glued dateline "(APMW)
    # -Shares", its own share fall and price, start "at 1142 GMT on Friday" (right: 7.42pm in Kuala Lumpur), length,
    # rank, customers and branches, the bank's restoration in GMT, cause, customers hit, ATMs and reversal, the switch
    # operator, the central bank, an analyst's range, background, an index line, reporting and copyright), Mon 28 Aug
    ("bank_wire.txt", "fell 4.2 per cent", 4.2, O, "bank_share_fall", "apmw42"),
    ("bank_wire.txt", "to RM6.84", 6.84, O, "bank_share_price", "apmw684"),
    ("bank_wire.txt", "began at 1142 GMT on Friday", None, O, "bank_start", "apmw1142"),
    ("bank_wire.txt", "lasted nearly 10 hours", 10, O, "bank_duration", "apmw10"),
    ("bank_wire.txt", "restored at 2110 GMT on Friday", None, BSR, "bank_restored", "bsr0510"),
    ("bank_wire.txt", "a hardware fault in a storage system", None, BSR, "bank_cause", "bsrstorage"),
    ("bank_wire.txt", "ruling out a cyber attack", None, BSR, "bank_cyber", "bsrnocyber"),
    ("bank_wire.txt", "the country's fifth-largest lender by deposits", 5, O, "bank_rank", "apmwrank"),
    ("bank_wire.txt", "4.6 million retail customers", 4600000, O, "bank_customers", "apmw46"),
    ("bank_wire.txt", "1.2 million customers were affected", 1200000, BSR, "bank_affected", "bsr12"),
    ("bank_wire.txt", "about 300 ATMs went offline", 300, BSR, "bank_atm_down", "bsr300"),
    ("bank_wire.txt", "out of 1,150 ATMs nationwide", 1150, BSR, "bank_atm_network", "bsr1150"),
    ("bank_wire.txt", "reversed by Wednesday", None, BSR, "bank_reversal", "bsr3wd"),
    ("bank_wire.txt", "more than 900,000 transactions", 900000, SWITCH, "bank_transactions", "sw900k"),
    ("bank_wire.txt", "given BSR seven days", 7, BNM, "bank_report", "bnm7"),
    ("bank_wire.txt", "the first major disruption since 2031", None, BSR, "bank_previous", "bsr2031"),
    ("bank_wire.txt", "all of its 230 branches", 230, O, "bank_branches", "apmw230"),
    ("bank_wire.txt", "RM25 million to RM40 million", None, ANL, "bank_cost", "anl25_40"),
    # a London fintech newsletter (The Ledger Line; date prefix glued to the masthead with an issue number, a
    # greeting, a sponsored-content notice, numbered sections, the start "at 11.42am BST on Friday" (wrong: it was
    # 12.42pm BST), the bank's restoration "just after 10pm UK time on Friday" (right: 22:10 BST), its own length,
    # customers hit and in all, double debits, reversal, share fall, cost, complaints, earlier outages, branches and
    # app users, the credit and the retailers' losses in pounds with a rate, the hackers' claim, "Our take", an
    # advert, a licence item, unsubscribe and copyright lines), Tuesday 29 Aug
    ("bank_newsletter.txt", "at 11.42am BST on Friday", None, O, "bank_start", "ll1142"),
    ("bank_newsletter.txt", "restored just after 10pm UK time on Friday", None, BSR, "bank_restored", "bsr0510"),
    ("bank_newsletter.txt", "a 12-hour outage", 12, O, "bank_duration", "ll12"),
    ("bank_newsletter.txt", "Nearly 1.5 million customers were hit", 1500000, O, "bank_affected", "ll15"),
    ("bank_newsletter.txt", "its 3.8 million customers in total", 3800000, O, "bank_customers", "ll38"),
    ("bank_newsletter.txt", "About 18,000 customers were charged twice", 18000, O, "bank_double", "ll18k"),
    ("bank_newsletter.txt", "within 24 hours", 24, O, "bank_reversal", "ll24h"),
    ("bank_newsletter.txt", "a goodwill payment of about £8.50 each, which is the bank's RM50", 8.5, BSR, "bank_credit",
     "bsr50"),
    ("bank_newsletter.txt", "£1 = RM5.90", 5.9, O, "bank_fx", "llfx"),
    ("bank_newsletter.txt", "roughly £2.5m in sales", 2500000, URA, "bank_merchant_loss", "ura15m"),
    ("bank_newsletter.txt", "a storage controller failed during maintenance", None, BSR, "bank_cause", "bsrstorage"),
    ("bank_newsletter.txt", "claimed on Telegram that it had caused the outage", None, HACK, "bank_cyber", "hack"),
    ("bank_newsletter.txt", "there is no sign of an attack", None, BSR, "bank_cyber", "bsrnocyber"),
    ("bank_newsletter.txt", "Shares dropped 6 per cent on Monday", 6, O, "bank_share_fall", "ll6"),
    ("bank_newsletter.txt", "around £12m", 12000000, O, "bank_cost", "ll12m"),
    ("bank_newsletter.txt", "About 5,000 complaints have gone to the central bank", 5000, O, "bank_bnm_complaints",
     "ll5000"),
    ("bank_newsletter.txt", "BSR's second outage of 2034", 2, O, "bank_previous", "ll2nd"),
    ("bank_newsletter.txt", "It has 212 branches", 212, O, "bank_branches", "ll212"),
    ("bank_newsletter.txt", "2.1 million app users", 2100000, O, "bank_app_users", "ll21"),

    # ---------------- budget: the Chamber of Representatives approves Uruguay's 2035-2039 budget at 01:40 on
    # Thursday 12 October 2034 in Montevideo (UTC-3 all year; Buenos Aires keeps the same clock) = 04:40 GMT on
    # Thursday = 06:40 in Madrid (CEST); US$1 = EUR 0.93 (the wire's own rate)
    # the finance ministry's press release (a date prefix with the ministry's name continuing on the same line, an
    # address, "Comunicado de prensa / Press release" with "09:00", a title in capitals, the budget period in the
    # title, bulleted priorities, the minister quoted, a phone line), Thursday 12 Oct
    ("budget_ministry.txt", "at 01:40 on Thursday, 12 October", None, MEF, "budget_vote_time", "mef0140"),
    ("budget_ministry.txt", "51 votes in favour", 51, MEF, "budget_yes", "mef51"),
    ("budget_ministry.txt", "97 of the 99 deputies present", 97, MEF, "budget_present", "mef97"),
    ("budget_ministry.txt", "has 45 days to consider it", 45, MEF, "budget_senate_days", "mef45"),
    ("budget_ministry.txt", "additional spending of US$420 million", 420000000, MEF, "budget_extra", "mef420"),
    ("budget_ministry.txt", "closed at 3.9 per cent of GDP in 2033", 3.9, MEF, "budget_deficit_now", "mef39"),
    ("budget_ministry.txt", "fall to 2.5 per cent of GDP by 2039", 2.5, MEF, "budget_deficit_target", "mef25"),
    ("budget_ministry.txt", "expected growth of 2.6 per cent a year", 2.6, MEF, "budget_growth", "mef26"),
    ("budget_ministry.txt", "stabilise at 61 per cent of GDP", 61, MEF, "budget_debt", "mef61"),
    ("budget_ministry.txt", "US$150 million more for education", 150000000, MEF, "budget_education", "mef150"),
    ("budget_ministry.txt", "a real increase in teachers' salaries of 3 per cent a year", 3, MEF, "budget_teacher_pay",
     "mef3"),
    ("budget_ministry.txt", "1,500 new police posts", 1500, MEF, "budget_police", "mef1500"),
    ("budget_ministry.txt", "US$80 million for a programme against child poverty", 80000000, MEF,
     "budget_child_programme", "mef80"),
    ("budget_ministry.txt", "17.1 per cent of children live in households below the poverty line", 17.1, INE,
     "budget_child_poverty", "ine171"),
    ("budget_ministry.txt", "its 487 articles", 487, MEF, "budget_articles", "mef487"),
    # a Montevideo news site's English live blog (Rambla 24; leading-space own-line date, "LIVE" masthead, entries
    # newest first in Uruguay time across Wednesday and Thursday, its own vote time, tally, session, amendments,
    # articles and crowd, the opposition, the fiscal council, the Interior Ministry, the teachers' and police unions,
    # a children's charity, a comment), Thursday 12 Oct
    ("budget_liveblog.txt", "The vote came at 1.40am", None, O, "budget_vote_time", "r24_0140"),
    ("budget_liveblog.txt", "51 deputies voted yes", 51, O, "budget_yes", "r24_51"),
    ("budget_liveblog.txt", "46 voted no", 46, O, "budget_no", "r24_46"),
    ("budget_liveblog.txt", "a 19-hour session", 19, O, "budget_session", "r24_19"),
    ("budget_liveblog.txt", "the 312 amendments", 312, O, "budget_amendments", "r24_312"),
    ("budget_liveblog.txt", "the 512-article bill", 512, O, "budget_articles", "r24_512"),
    ("budget_liveblog.txt", "barely US$250 million", 250000000, OPP, "budget_extra", "opp250"),
    ("budget_liveblog.txt", "closer to 3.4 per cent of GDP", 3.4, CFA, "budget_deficit_target", "cfa34"),
    ("budget_liveblog.txt", "average 1.8 per cent", 1.8, CFA, "budget_growth", "cfa18"),
    ("budget_liveblog.txt", "climb to 65 per cent of GDP", 65, CFA, "budget_debt", "cfa65"),
    ("budget_liveblog.txt", "about 4,000 marchers", 4000, MINT, "budget_march", "mint4000"),
    ("budget_liveblog.txt", "some 8,000", 8000, O, "budget_march", "r24_8000"),
    ("budget_liveblog.txt", "barely 1 per cent a year in real terms", 1, FNDS, "budget_teacher_pay", "fnds1"),
    ("budget_liveblog.txt", "only 600 new police posts", 600, SPU, "budget_police", "spu600"),
    ("budget_liveblog.txt", "one in five children", 20, FNP, "budget_child_poverty", "fnp20"),
    ("budget_liveblog.txt", "the US$85 million for the child-poverty programme", 85000000, FNP, "budget_child_programme",
     "fnp85"),
    # a Buenos Aires radio station's English transcript (Radio Plata Internacional; own-line date, station line with
    # the frequency, a presenter and a Montevideo correspondent, the time as "twenty to two in the morning" (right:
    # Buenos Aires and Montevideo keep one clock), number words, the broadcast time and the weather), Thursday 12 Oct
    ("budget_radio.txt", "at twenty to two in the morning", None, O, "budget_vote_time", "rp0140"),
    ("budget_radio.txt", "more than 16 hours of debate", 16, O, "budget_session", "rp16"),
    ("budget_radio.txt", "fifty votes in favour", 50, O, "budget_yes", "rp50"),
    ("budget_radio.txt", "forty-seven against", 47, O, "budget_no", "rp47"),
    ("budget_radio.txt", "more than 400 amendments", 400, O, "budget_amendments", "rp400"),
    ("budget_radio.txt", "four hundred and twenty million dollars of additional spending", 420000000, MEF,
     "budget_extra", "mef420"),
    ("budget_radio.txt", "something like 19 billion dollars a year", 19000000000, O, "budget_total", "rp19bn"),
    ("budget_radio.txt", "two thousand new police officers", 2000, O, "budget_police", "rp2000"),
    ("budget_radio.txt", "only 60 million dollars of new money", 60000000, FNDS, "budget_education", "fnds60"),
    ("budget_radio.txt", "above 4 per cent of GDP", 4, OPP, "budget_deficit_target", "opp4"),
    ("budget_radio.txt", "more than 30,000 people came out", 30000, CSO, "budget_march", "cso30k"),
    ("budget_radio.txt", "at least a dozen of its members were arrested", 12, CSO, "budget_arrests", "cso12"),
    ("budget_radio.txt", "a month and a half", 1.5, O, "budget_senate_days", "rp45d"),
    # a Madrid news agency's English wire (AIN; no date line, a time line in GMT, dateline "MONTEVIDEO, Oct 12 (AIN)
    # -", the vote "at 2240 GMT on Wednesday" (wrong: three hours taken off instead of added; it was 04:40 GMT on
    # Thursday), its own tally, debate, deputies, articles, total spending and Senate limit, the ministry's spending in
    # euros, police, deficit and growth, the opposition, the teachers, the Interior Ministry, an exchange-rate line,
    # reporting and copyright lines), Thursday 12 Oct
    ("budget_wire.txt", "at 2240 GMT on Wednesday", None, O, "budget_vote_time", "ain2240"),
    ("budget_wire.txt", "with 51 votes", 51, O, "budget_yes", "ain51"),
    ("budget_wire.txt", "45 against", 45, O, "budget_no", "ain45"),
    ("budget_wire.txt", "a 14-hour debate", 14, O, "budget_session", "ain14"),
    ("budget_wire.txt", "all 99 deputies", 99, O, "budget_present", "ain99"),
    ("budget_wire.txt", "nearly 500 articles", 500, O, "budget_articles", "ain500"),
    ("budget_wire.txt", "some €390 million", 390000000, MEF, "budget_extra", "mef420"),
    ("budget_wire.txt", "1,500 new police jobs", 1500, MEF, "budget_police", "mef1500"),
    ("budget_wire.txt", "about US$21 billion a year", 21000000000, O, "budget_total", "ain21bn"),
    ("budget_wire.txt", "fall to 2.5% of GDP by 2039", 2.5, MEF, "budget_deficit_target", "mef25"),
    ("budget_wire.txt", "growth of 2.6% a year", 2.6, MEF, "budget_growth", "mef26"),
    ("budget_wire.txt", "the deficit was 4.3 per cent last year", 4.3, OPP, "budget_deficit_now", "opp43"),
    ("budget_wire.txt", "only US$60 million of the education money was new", 60000000, FNDS, "budget_education",
     "fnds60"),
    ("budget_wire.txt", "about 4,000 people joined", 4000, MINT, "budget_march", "mint4000"),
    ("budget_wire.txt", "three people were arrested", 3, MINT, "budget_arrests", "mint3"),
    ("budget_wire.txt", "The Senate has 30 days", 30, O, "budget_senate_days", "ain30"),
    ("budget_wire.txt", "US$1 = €0.93", 0.93, O, "budget_fx", "ainfx"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("rail_union.txt", "closed on 6 October", None, FMSZ, "rail_opt_ballot_date"),
    ("rail_union.txt", "from 1 January 2035", None, FMSZ, "rail_opt_rise_date"),
    ("rail_union.txt", "founded in 1990", None, FMSZ, "rail_opt_founded"),
    ("rail_local.txt", "two hours before the legal start", 2, PV, "rail_opt_two_hours"),
    ("rail_local.txt", "talks between the two sides were due to resume on Friday", None, MIN, "rail_opt_talks"),
    ("rail_local.txt", "My bus took 2 hours instead of 40 minutes", 2, "a reader (Gergely_from_Pest)",
     "rail_opt_reader_bus"),
    ("rail_local.txt", "690,000 a month and they strike?", 690000, "a reader (anna.k)", "rail_opt_reader_pay"),
    ("rail_wire.txt", "a full timetable from Saturday morning", None, PV, "rail_opt_full_timetable"),
    ("rail_wire.txt", "a third of trains could be at risk next week", None, PV, "rail_opt_next_week"),
    ("bank_release.txt", "by 31 August 2034", None, BSR, "bank_opt_credit_date"),
    ("bank_release.txt", "from 9.00 a.m. to 4.00 p.m.", None, BSR, "bank_opt_branch_hours"),
    ("bank_release.txt", "founded in 1973", None, BSR, "bank_opt_founded"),
    ("bank_liveblog.txt", "more than an hour before the bank acknowledged anything", 1, TRK, "bank_opt_hour"),
    ("bank_liveblog.txt", "for 40 minutes with a full tank", 40, "a commenter (azmi_kl)", "bank_opt_reader"),
    ("bank_wire.txt", "rose 0.3 per cent on Monday", 0.3, O, "bank_opt_index"),
    ("bank_wire.txt", "several disruptions in recent years", None, O, "bank_opt_several"),
    ("bank_newsletter.txt", "nine months after applying", 9, O, "bank_opt_licence"),
    ("budget_liveblog.txt", "Nineteen hours and nobody read the bill", 19, "a commenter (pepe_montevideo)",
     "budget_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # rail
    "rail_start": {("un0000", "mws0100"): C, ("un0000", "bc0000"): CO, ("un0000", "pv2200"): C,
                   ("un0000", "cena2200"): CO, ("mws0100", "bc0000"): C, ("mws0100", "pv2200"): C,
                   ("mws0100", "cena2200"): C, ("bc0000", "cena2200"): CO, ("pv2200", "cena2200"): C},
    "rail_duration": {("un48", "mws2d"): CO, ("un48", "bc48"): CO, ("un48", "un72"): U, ("mws2d", "bc48"): CO,
                      ("mws2d", "un72"): C, ("bc48", "un72"): C},
    "rail_end": {("unfri", "mwsend"): CO, ("unfri", "unsat"): U, ("mwsend", "unsat"): C},
    "rail_share_ran": {("un8", "pv29"): C, ("un8", "bc20"): C, ("pv29", "pv29"): SC, ("pv29", "bc20"): C},
    "rail_turnout": {("un94", "pvhalf"): C, ("un94", "un94"): SC, ("un94", "un97"): U, ("pvhalf", "un97"): C},
    "rail_members": {("un4100", "un4100"): SC, ("un4100", "min2600"): C},
    "rail_ballot_yes": {("un87", "un87"): SC},
    "rail_ballot_turnout": {("un78", "pvhalfballot"): C},
    "rail_demand": {("un18", "un18"): SC, ("un18", "cena20"): C},
    "rail_offer": {("un5", "pv6"): C, ("un5", "min9"): C, ("pv6", "pv6"): SC, ("pv6", "min9"): C},
    "rail_offer_date": {("unoct9", "pvoct2"): C},
    "rail_pay": {("un512", "un512"): SC, ("un512", "pv690"): C},
    "rail_overtime": {("un1200k", "pv700k"): C},
    "rail_vacancies": {("un650", "un650"): SC, ("un650", "pv200"): C},
    "rail_last_strike": {("un2016", "mws2dec"): CO, ("un2016", "cena2012"): C, ("mws2dec", "cena2012"): C},
    "rail_min_service": {("court30", "court30"): SC, ("court30", "pv50sub"): C},
    "rail_freight": {("un65", "raba20"): C},
    "rail_rally": {("un10k", "mwsseveral"): C, ("un10k", "pol3000"): C, ("mwsseveral", "pol3000"): CO,
                   ("pol3000", "pol3000"): SC},
    "rail_detained": {("un5det", "pol2"): C, ("pol2", "pol2"): SC},
    "rail_passengers": {("mwshk", "ass1100k"): C, ("mwshk", "pv600k"): CO, ("ass1100k", "pv600k"): C},
    "rail_daily_trains": {("ass3100", "pv2700"): C},
    "rail_cancelled": {("ass2500", "pv1910"): C},
    "rail_buses": {("mws300", "pv420"): C},
    "rail_cost": {("econ", "econ"): SC, ("econ", "min2bn"): C},
    # bank
    "bank_start": {("bsr1942", "kvd2000"): CO, ("bsr1942", "trk1815"): C, ("bsr1942", "apmw1142"): CO,
                   ("bsr1942", "ll1142"): C, ("kvd2000", "apmw1142"): CO, ("kvd2000", "ll1142"): C,
                   ("trk1815", "apmw1142"): C, ("trk1815", "ll1142"): C, ("apmw1142", "ll1142"): C},
    "bank_restored": {("bsr0510", "bsr0510"): SC, ("bsr0510", "gpnpatchy"): C},
    "bank_duration": {("bsr95", "gpn20"): C, ("bsr95", "apmw10"): CO, ("bsr95", "ll12"): C, ("gpn20", "apmw10"): C,
                      ("gpn20", "ll12"): C, ("apmw10", "ll12"): C},
    "bank_customers": {("bsr38", "apmw46"): C, ("bsr38", "ll38"): CO, ("apmw46", "ll38"): C},
    "bank_affected": {("bsr12", "bsr12"): SC, ("bsr12", "gpn2m"): C, ("bsr12", "ll15"): C, ("gpn2m", "ll15"): C},
    "bank_transactions": {("bsr410k", "sw900k"): C},
    "bank_atm_network": {("bsr1150", "bsr1150"): SC, ("bsr1150", "kvd1200"): C},
    "bank_atm_down": {("bsr300", "bsr300"): SC, ("bsr300", "kkpm700"): C},
    "bank_double": {("bsr18k", "gpn35k"): C, ("bsr18k", "ll18k"): CO, ("gpn35k", "ll18k"): C},
    "bank_reversal": {("bsr3wd", "bsr3wd"): SC, ("bsr3wd", "ll24h"): C},
    "bank_credit": {("bsr50", "bsr50"): SC, ("bsr50", "kvd30"): C},
    "bank_cause": {("bsrstorage", "bsrstorage"): SC, ("bsrstorage", "kkpmsw"): C},
    "bank_cyber": {("bsrnocyber", "bsrnocyber"): SC, ("bsrnocyber", "hack"): C},
    "bank_engineers": {("bsr120", "kkpm40"): C},
    "bank_calls": {("bsr96k", "kkpm200k"): C},
    "bank_report": {("bsr14", "bnm7"): C, ("bnm7", "bnm7"): SC},
    "bank_branches": {("bsr212", "apmw230"): C, ("bsr212", "ll212"): CO, ("apmw230", "ll212"): C},
    "bank_app_users": {("bsr29", "ll21"): C},
    "bank_previous": {("gpn3rd", "bsr2031"): C, ("gpn3rd", "ll2nd"): C, ("bsr2031", "ll2nd"): C},
    "bank_bnm_complaints": {("bnm2300", "ll5000"): C},
    "bank_merchant_loss": {("ura15m", "ura15m"): SC},
    "bank_share_fall": {("apmw42", "ll6"): C},
    "bank_cost": {("anl25_40", "ll12m"): C},
    # budget
    "budget_vote_time": {("mef0140", "r24_0140"): CO, ("mef0140", "rp0140"): CO, ("mef0140", "ain2240"): C,
                         ("r24_0140", "rp0140"): CO, ("r24_0140", "ain2240"): C, ("rp0140", "ain2240"): C},
    "budget_yes": {("mef51", "r24_51"): CO, ("mef51", "rp50"): C, ("mef51", "ain51"): CO, ("r24_51", "rp50"): C,
                   ("r24_51", "ain51"): CO, ("rp50", "ain51"): C},
    "budget_no": {("r24_46", "rp47"): C, ("r24_46", "ain45"): C, ("rp47", "ain45"): C},
    "budget_present": {("mef97", "ain99"): C},
    "budget_session": {("r24_19", "rp16"): CO, ("r24_19", "ain14"): C, ("rp16", "ain14"): C},
    "budget_amendments": {("r24_312", "rp400"): C},
    "budget_articles": {("mef487", "r24_512"): C, ("mef487", "ain500"): CO, ("r24_512", "ain500"): C},
    "budget_extra": {("mef420", "mef420"): SC, ("mef420", "opp250"): C},
    "budget_deficit_target": {("mef25", "mef25"): SC, ("mef25", "cfa34"): C, ("mef25", "opp4"): C,
                              ("cfa34", "opp4"): C},
    "budget_deficit_now": {("mef39", "opp43"): C},
    "budget_growth": {("mef26", "mef26"): SC, ("mef26", "cfa18"): C},
    "budget_debt": {("mef61", "cfa65"): C},
    "budget_education": {("mef150", "fnds60"): C, ("fnds60", "fnds60"): SC},
    "budget_teacher_pay": {("mef3", "fnds1"): C},
    "budget_police": {("mef1500", "mef1500"): SC, ("mef1500", "spu600"): C, ("mef1500", "rp2000"): C,
                      ("spu600", "rp2000"): C},
    "budget_child_poverty": {("ine171", "fnp20"): C},
    "budget_child_programme": {("mef80", "fnp85"): C},
    "budget_march": {("mint4000", "mint4000"): SC, ("mint4000", "cso30k"): C, ("mint4000", "r24_8000"): C,
                     ("r24_8000", "cso30k"): C},
    "budget_arrests": {("cso12", "mint3"): C},
    "budget_senate_days": {("mef45", "rp45d"): CO, ("mef45", "ain30"): C, ("rp45d", "ain30"): C},
    "budget_total": {("rp19bn", "ain21bn"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
