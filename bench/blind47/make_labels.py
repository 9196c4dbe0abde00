"""Hand labels for bench/blind47 (Paraguay's minimum-wage decree of Tuesday 29 June 2038, the time it was signed,
the new monthly and daily minimum, the rise, the inflation it follows, the council's session and vote, the workers
covered, the public and private cost, the inspectors, the fines, the union's demand and march, informality, last
year's rise and the rank in South America disputed, with times in Paraguay time, UTC-3 all year since October 2024
(Asunción), GMT, Central European Summer Time (Madrid) and US Eastern Daylight Time (Miami), across midnight; the
Irish Data Protection Commission's EUR 410 million fine on Pulsewise, a US fitness-app maker, announced on Thursday 16
September 2038, the fine's size and currency, the time of the announcement, the users, the third parties, the data,
the period, the deadline, the draft fine, the complaints, the objecting regulators, the dates of the decision, the
EDPB decision and the inquiry, the rank, the share of turnover, the revenue, the global users, the appeal and the
Dublin hub disputed, with times in Irish Standard Time, UTC+1 in summer (IST), India Standard Time, UTC+5:30 (also IST),
and US Pacific Daylight Time, UTC-7, across midnight; Tanzania's mobile money transaction levy, in force from 00:01 on
Thursday 1 July 2038, its start, the vote, its floor, cap and exemption, the levy on a TSh 20,000 transfer, the
revenue forecast, the accounts, agents and traffic, the fall in volumes and value, agent closures and the Kariakoo
shop strike disputed, with times in East Africa Time, UTC+3, South Africa Standard Time, UTC+2, and GMT, across
midnight).
Run from the project root:
    python3 bench/blind47/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
MTESS = ("Paraguay's Ministry of Labour, Employment and Social Security (minister María Celeste Villalba-Ortiz, "
         "vice-minister Óscar Duarte-Paredes)")
BCP = "the Banco Central del Paraguay, BCP (its consumer price index)"
MEF = "Paraguay's Ministry of Economy and Finance"
CSTP = "the Confederación Sindical Tapé Porã, CSTP (secretary general Ramón Giménez-Cardozo)"
CPE = "the Cámara Paraguaya de Empleadores, CPE (president Liz Aquino-Rotela)"
POLPY = "the police in Asunción"
ECO = "economist Natalia Fretes-Lezcano (Centro de Estudios Económicos Ñandutí)"
INE = "Paraguay's Instituto Nacional de Estadística, INE"

DPC = "Ireland's Data Protection Commission, DPC (Commissioner for Data Protection Dr Aoife Brennan-Kilroy)"
PW = ("Pulsewise, the fitness-app maker, and its Irish and Indian arms (spokesperson Dana Whitcombe-Ruiz, India head "
      "Sandeep Kulkarni-Bhat)")
PCE = "Privacy Collective Europe, a Brussels privacy group (lawyer Maren Vos-Lindqvist)"
CRO = "Pulsewise Ireland's latest accounts filed with the Companies Registration Office"
DPBI = "an official of the Data Protection Board of India"

MOF = ("Tanzania's Ministry of Finance (Minister for Finance Dr Halima Mwakyusa-Msuya, Deputy Minister Juma "
       "Shaban-Lukindo)")
TCRA = "the Tanzania Communications Regulatory Authority, TCRA (its figures)"
KBOU = "the Kariakoo Business Owners' Union (chairman Abdallah Ngwale-Mussa)"
POLTZ = "the police in the Dar es Salaam Special Zone"
MWP = "MwangaPay, a Tanzanian mobile money service (a spokesperson)"
AGT = "the Tanzania Mobile Money Agents Association"
FORUM = "the Tanzania Mobile Financial Services Forum, the main operators' body"
BOT = "the Bank of Tanzania"
BRR = "Thandeka Mokoena-Reid, head of payments research at Braamfontein Research (Johannesburg)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- wage: President Ignacio Benegas-Roa signs Decree N° 1.947 at 22:40 on Tuesday 29 June 2038 in
    # Asunción (Paraguay time, UTC-3 all year since October 2024) = 01:40 GMT and 03:40 CEST on Wednesday 30 June =
    # 21:40 EDT on Tuesday in Miami; the monthly minimum rises 6.4 per cent from Gs. 3,250,000 to Gs. 3,458,000
    # (208,000 more; about $438 at 7,900 to the dollar, about 405 euros at 1.08 dollars), the daily minimum is
    # Gs. 133,000 (a 26th of the month); the ministry's workers covered about 410,000 (Tuesday) -> about 465,000 (its
    # vice-minister, Wednesday)
    # the labour ministry's release (own-line date, letterhead, release number, "Unofficial English translation",
    # Spanish number style "Gs. 3.458.000" and "6,4 %", the decree number "N° 1.947", the minister quoted, a free
    # phone line, contact lines), Tuesday 29 Jun
    ("wage_ministry.txt", "at 22:40 on Tuesday", None, MTESS, "wage_time", "mt2240"),
    ("wage_ministry.txt", "Gs. 3.458.000 per month", 3458000, MTESS, "wage_new", "mt3458"),
    ("wage_ministry.txt", "was Gs. 3.250.000", 3250000, MTESS, "wage_old", "mt3250"),
    ("wage_ministry.txt", "an adjustment of 6,4 %", 6.4, MTESS, "wage_rise", "mt64"),
    ("wage_ministry.txt", "stood at 6,4 % as well", 6.4, BCP, "wage_inflation", "bcp64"),
    ("wage_ministry.txt", "applies from 1 July 2038", None, MTESS, "wage_effective", "mtjul1"),
    ("wage_ministry.txt", "Gs. 133.000 per day", 133000, MTESS, "wage_daily_rate", "mt133"),
    ("wage_ministry.txt", "a nine-hour session", 9, MTESS, "wage_session", "mt9h"),
    ("wage_ministry.txt", "on Monday 28 June", None, MTESS, "wage_session_day", "mtmon"),
    ("wage_ministry.txt", "approved by eight votes", 8, MTESS, "wage_votes", "mt8"),
    ("wage_ministry.txt", "after the workers' representatives withdrew from the session", None, MTESS, "wage_walkout",
     "mtwalk"),
    ("wage_ministry.txt", "about 410,000 workers", 410000, MTESS, "wage_covered", "mt410k"),
    ("wage_ministry.txt", "Gs. 380.000 millones a year", 380000000000, MEF, "wage_public_cost", "mef380"),
    ("wage_ministry.txt", "186 labour inspectors", 186, MTESS, "wage_inspectors", "mt186"),
    ("wage_ministry.txt", "more than 1,500 inspections in July", 1500, MTESS, "wage_inspections", "mt1500"),
    ("wage_ministry.txt", "fines of up to 50 daily minimum wages", 50, MTESS, "wage_penalty", "mt50"),
    ("wage_ministry.txt", "will be published in the Gaceta Oficial on Wednesday", None, MTESS, "wage_gazette", "mtgaz"),
    # an Asunción daily's English digest (El Centinela; date prefix with the masthead continuing on the same line,
    # byline, photo caption, its own time, session length, vote and last year's rise, the union, the police, the
    # employers' chamber, the vice-minister's raised count, an economist, a glued sentence, "Read also" with a date,
    # three reader comments, moderation line), Thursday 1 Jul
    ("wage_daily.txt", "3,458,000 guaraníes a month", 3458000, O, "wage_new", "cen3458"),
    ("wage_daily.txt", "came into force on Thursday", None, O, "wage_effective", "centhu"),
    ("wage_daily.txt", "shortly before 11 p.m. on Tuesday", None, O, "wage_time", "cen2300"),
    ("wage_daily.txt", "broke up on Monday", None, O, "wage_session_day", "cenmon"),
    ("wage_daily.txt", "a session of more than 12 hours", 12, O, "wage_session", "cen12h"),
    ("wage_daily.txt", "The workers' delegates walked out", None, O, "wage_walkout", "cenwalk"),
    ("wage_daily.txt", "passed with seven votes", 7, O, "wage_votes", "cen7"),
    ("wage_daily.txt", "The decree was published in the Gaceta Oficial on Wednesday", None, O, "wage_gazette", "cengaz"),
    ("wage_daily.txt", "We asked for 4 million guaraníes", 4000000, CSTP, "wage_demand", "cstp4m"),
    ("wage_daily.txt", "food prices rose 11.3 per cent in a year", 11.3, CSTP, "wage_food", "cstp113"),
    ("wage_daily.txt", "costs 3.9 million guaraníes", 3900000, CSTP, "wage_basket", "cstp39"),
    ("wage_daily.txt", "a 24-hour general strike for 15 July", None, CSTP, "wage_strike", "cstp15jul"),
    ("wage_daily.txt", "25,000 people marched", 25000, CSTP, "wage_march", "cstp25k"),
    ("wage_daily.txt", "Police put the crowd at about 3,000", 3000, POLPY, "wage_march", "pol3k"),
    ("wage_daily.txt", "barely 60 inspectors", 60, CSTP, "wage_inspectors", "cstp60"),
    ("wage_daily.txt", "proposed a rise of 4.5 per cent", 4.5, CPE, "wage_offer", "cpe45"),
    ("wage_daily.txt", "a survey of more than 300 member companies", 300, CPE, "wage_survey", "cpe300"),
    ("wage_daily.txt", "1.1 trillion guaraníes a year", 1100000000000, CPE, "wage_employer_cost", "cpe11t"),
    ("wage_daily.txt", "up to 30,000 jobs", 30000, CPE, "wage_jobs", "cpe30k"),
    ("wage_daily.txt", "about 465,000 workers", 465000, MTESS, "wage_covered", "mt465k"),
    ("wage_daily.txt", "About 64 per cent of workers are informal", 64, ECO, "wage_informal", "eco64"),
    ("wage_daily.txt", "About 38 per cent of formal workers are paid the minimum", 38, ECO, "wage_at_minimum", "eco38"),
    ("wage_daily.txt", "about 55,000 domestic workers registered with IPS", 55000, MTESS, "wage_domestic_registered",
     "mt55k"),
    ("wage_daily.txt", "last year's increase of 4.8 per cent", 4.8, O, "wage_prev_rise", "cen48"),
    # a Madrid news agency's wire (Agencia Ibérica de Noticias; no date line, a time line in CEST, "UPDATE 2", glued
    # dateline "(AIN) -Paraguay", the zone mistake "at 02:40 GMT on Wednesday" (Paraguay's old winter offset, UTC-4:
    # it was 01:40 GMT), the ministry's figures in millions, dollars and euros, the central bank, the union, the
    # employers, the finance ministry in dollars, its own rank, "did not immediately respond", background, sign-off,
    # copyright line), Wednesday 30 Jun
    ("wage_wire.txt", "by 6.4 per cent", 6.4, O, "wage_rise", "ain64"),
    ("wage_wire.txt", "at 02:40 GMT on Wednesday", None, O, "wage_time", "ain0240"),
    ("wage_wire.txt", "3.458 million guaraníes", 3458000, MTESS, "wage_new", "mt3458"),
    ("wage_wire.txt", "about $438", 438, MTESS, "wage_new", "mt3458"),
    ("wage_wire.txt", "405 euros", 405, MTESS, "wage_new", "mt3458"),
    ("wage_wire.txt", "an increase of 208,000 guaraníes", 208000, MTESS, "wage_increase", "mt208k"),
    ("wage_wire.txt", "takes effect on 1 July", None, MTESS, "wage_effective", "mtjul1"),
    ("wage_wire.txt", "12-month inflation of 6.4 per cent to May", 6.4, BCP, "wage_inflation", "bcp64"),
    ("wage_wire.txt", "a 23 per cent rise", 23, CSTP, "wage_demand", "cstp4m"),
    ("wage_wire.txt", "to 4 million guaraníes", 4000000, CSTP, "wage_demand", "cstp4m"),
    ("wage_wire.txt", "more than 700,000 workers", 700000, CSTP, "wage_covered", "cstp700k"),
    ("wage_wire.txt", "seven out of ten Paraguayan workers have no formal contract", 70, CSTP, "wage_informal",
     "cstp70"),
    ("wage_wire.txt", "More than 250,000 domestic workers", 250000, CSTP, "wage_domestic_all", "cstp250k"),
    ("wage_wire.txt", "Employers had offered 4.5 per cent", 4.5, CPE, "wage_offer", "cpe45"),
    ("wage_wire.txt", "a 24-hour general strike for July 15", None, CSTP, "wage_strike", "cstp15jul"),
    ("wage_wire.txt", "about $48 million a year", 48000000, MEF, "wage_public_cost", "mef380"),
    ("wage_wire.txt", "the third-highest in South America", 3, O, "wage_rank", "ain3rd"),
    # a Miami payroll newsletter (LatAm Payroll Brief; leading-space own-line date, masthead in ET with an issue
    # number, the signing "at 9:40 p.m. Miami time on Tuesday" (right: 22:40 in Asunción), the central bank's core
    # measure, bullet points, the unit trap "₲133,000 a month" (the daily minimum given as the monthly), its own
    # penalties, last year's rise, exchange rate, public cost and rank, the employers' chamber in dollars, the police,
    # the statistics institute, disclaimer, unsubscribe and address lines), Wednesday 30 Jun
    ("wage_newsletter.txt", "at 9:40 p.m. Miami time on Tuesday", None, O, "wage_time", "lpb2140"),
    ("wage_newsletter.txt", "10:40 p.m. in Asunción", None, O, "wage_time", "lpb2140"),
    ("wage_newsletter.txt", "The 6.4% raise", 6.4, O, "wage_rise", "lpb64"),
    ("wage_newsletter.txt", "The central bank's core measure ran at 5.9%", 5.9, BCP, "wage_core", "bcp59"),
    ("wage_newsletter.txt", "₲133,000 a month", 133000, O, "wage_new", "lpb133k"),
    ("wage_newsletter.txt", "~$17", 17, O, "wage_new", "lpb133k"),
    ("wage_newsletter.txt", "Effective July 1", None, O, "wage_effective", "lpbjul1"),
    ("wage_newsletter.txt", "Rise: 6.4%", 6.4, O, "wage_rise", "lpb64"),
    ("wage_newsletter.txt", "+₲208,000", 208000, O, "wage_increase", "lpb208k"),
    ("wage_newsletter.txt", "2037's 4.1% bump", 4.1, O, "wage_prev_rise", "lpb41"),
    ("wage_newsletter.txt", "fines of up to 100 jornales per employee", 100, O, "wage_penalty", "lpb100"),
    ("wage_newsletter.txt", "₲7,900 per dollar", 7900, O, "wage_fx", "lpbfx"),
    ("wage_newsletter.txt", "about $140 million a year", 140000000, CPE, "wage_employer_cost", "cpe11t"),
    ("wage_newsletter.txt", "up to 30,000 jobs at risk", 30000, CPE, "wage_jobs", "cpe30k"),
    ("wage_newsletter.txt", "closer to $61 million a year", 61000000, O, "wage_public_cost", "lpb61m"),
    ("wage_newsletter.txt", "Police counted about 3,000 marchers", 3000, POLPY, "wage_march", "pol3k"),
    ("wage_newsletter.txt", "₲2.7 million for a family of four", 2700000, INE, "wage_basket", "ine27"),
    ("wage_newsletter.txt", "the fifth-highest minimum wage in South America", 5, O, "wage_rank", "lpb5th"),
    ("wage_newsletter.txt", "about half of formal-sector workers are paid at the floor", 50, O, "wage_at_minimum",
     "lpbhalf"),

    # ---------------- fine: the DPC's final decision on Pulsewise Ireland Limited, adopted on Tuesday 14 September
    # 2038, published at 07:30 on Thursday 16 September in Dublin (Irish Standard Time, UTC+1, written IST) = 06:30 UTC
    # = 12:00 India Standard Time (also IST) = 23:30 PDT on Wednesday 15 September; EUR 410 million (EUR 310 million
    # + EUR 100 million), about $443 million at 1.08 dollars and about 3,895 crore rupees at 95 rupees to the euro;
    # the company's active EU accounts "fewer than 9 million" (overnight) -> about 7.4 million (Thursday afternoon)
    # the regulator's press release (date prefix with the letterhead continuing on the same line, its split of the
    # fine, the users, the third parties, the data, the period, the order, the inquiry, the EDPB, the Commissioner
    # quoted, numbered notes to editors with the maximum fine and the publication time in IST, media contact), Thu 16 Sep
    ("fine_dpc.txt", "adopted on 14 September 2038", None, DPC, "fine_adopted", "dpc14"),
    ("fine_dpc.txt", "fines totalling €410 million", 410000000, DPC, "fine_total", "dpc410"),
    ("fine_dpc.txt", "€310 million for infringements of Articles 6 and 9", 310000000, DPC, "fine_basis", "dpc310"),
    ("fine_dpc.txt", "€100 million for infringements of Articles 12 and 13", 100000000, DPC, "fine_transparency",
     "dpc100"),
    ("fine_dpc.txt", "from May 2033", None, DPC, "fine_start", "dpcmay33"),
    ("fine_dpc.txt", "until November 2036", None, DPC, "fine_end", "dpcnov36"),
    ("fine_dpc.txt", "approximately 23 million users", 23000000, DPC, "fine_users", "dpc23m"),
    ("fine_dpc.txt", "with 14 third parties", 14, DPC, "fine_parties", "dpc14p"),
    ("fine_dpc.txt", "heart-rate, sleep, menstrual-cycle and precise location data", None, DPC, "fine_data", "dpcdata"),
    ("fine_dpc.txt", "within three months", 3, DPC, "fine_deadline", "dpc3m"),
    ("fine_dpc.txt", "commenced its inquiry on 9 April 2034", None, DPC, "fine_inquiry", "dpcapr34"),
    ("fine_dpc.txt", "following 11 complaints", 11, DPC, "fine_complaints", "dpc11"),
    ("fine_dpc.txt", "adopted on 20 July 2038", None, DPC, "fine_edpb", "dpcjul20"),
    ("fine_dpc.txt", "six other supervisory authorities", 6, DPC, "fine_objectors", "dpc6"),
    ("fine_dpc.txt", "up to 4 per cent of an undertaking's total worldwide annual turnover", 4, DPC, "fine_max",
     "dpcmax"),
    ("fine_dpc.txt", "at 07:30 IST on Thursday 16 September 2038", None, DPC, "fine_time", "dpc0730"),
    ("fine_dpc.txt", "runs to 214 pages", 214, DPC, "fine_pages", "dpc214"),
    # a Dublin news site (The Liffey Ledger; own-line date, section line with "Updated 10:15", headline and standfirst,
    # byline, photo caption, its own complaints, rank, share of turnover, decision day, EDPB month, objecting countries,
    # draft fine and appeal period, the company's overnight statement, its Dublin staff against its filed accounts,
    # four reader comments, copyright and moderation line), Thursday 16 Sep
    ("fine_irish.txt", "fined Pulsewise €410m", 410000000, DPC, "fine_total", "dpc410"),
    ("fine_irish.txt", "after 16 complaints from users across Europe", 16, O, "fine_complaints", "ll16"),
    ("fine_irish.txt", "published at 7.30am on Thursday", None, O, "fine_time", "ll0730"),
    ("fine_irish.txt", "the fourth-largest the DPC has imposed", 4, O, "fine_rank", "ll4th"),
    ("fine_irish.txt", "about 1.9 per cent of Pulsewise's global turnover last year", 1.9, O, "fine_share", "ll19"),
    ("fine_irish.txt", "adopted on Monday", None, O, "fine_adopted", "llmon"),
    ("fine_irish.txt", "the European Data Protection Board in June", None, O, "fine_edpb", "lljune"),
    ("fine_irish.txt", "regulators in nine other countries", 9, O, "fine_objectors", "ll9"),
    ("fine_irish.txt", "The draft had proposed a fine of €180m", 180000000, O, "fine_draft", "ll180"),
    ("fine_irish.txt", "gives Pulsewise three months", 3, O, "fine_deadline", "ll3m"),
    ("fine_irish.txt", "The 214-page decision", 214, O, "fine_pages", "ll214"),
    ("fine_irish.txt", "€100m of the fine", 100000000, DPC, "fine_transparency", "dpc100"),
    ("fine_irish.txt", "fewer than 9 million EU accounts were active", 9000000, PW, "fine_users", "pw9m"),
    ("fine_irish.txt", "four analytics vendors", 4, PW, "fine_parties", "pw4"),
    ("fine_irish.txt", "began in September 2034", None, PW, "fine_start", "pwsep34"),
    ("fine_irish.txt", "stopped in March 2035", None, PW, "fine_end", "pwmar35"),
    ("fine_irish.txt", "We will appeal this decision to the High Court", None, PW, "fine_appeal", "pwappeal"),
    ("fine_irish.txt", "It has 28 days to lodge an appeal", 28, O, "fine_appeal_days", "ll28"),
    ("fine_irish.txt", "employs 1,800 people in Dublin", 1800, PW, "fine_staff", "pw1800"),
    ("fine_irish.txt", "since 2029", None, PW, "fine_hub", "pw2029"),
    ("fine_irish.txt", "show about 1,400 staff", 1400, CRO, "fine_staff", "cro1400"),
    ("fine_irish.txt", "took more than four years", 4, O, "fine_length", "ll4y"),
    # a San Francisco tech blog (Valley Stack; leading-space own-line date, a post line in PT, the unit trap "$410
    # million" (the euro figure given as dollars), the zone mistake "at 7 p.m. Pacific time on Wednesday" (the DPC's
    # IST read as India Standard Time: 07:30 in Dublin was 23:30 PDT), its own rank, global users, revenue, deadline
    # and appeal period, the DPC's findings restated, the company's spokesperson by email, the complainant group, an
    # analyst, an update line, comment count, "Related" line), Thursday 16 Sep (00:40 PDT)
    ("fine_blog.txt", "fined Pulsewise $410 million", 410000000, O, "fine_total", "vs410usd"),
    ("fine_blog.txt", "the third-largest GDPR fine ever", 3, O, "fine_gdpr_rank", "vs3rd"),
    ("fine_blog.txt", "at 7 p.m. Pacific time on Wednesday", None, O, "fine_time", "vs1900"),
    ("fine_blog.txt", "140 million users worldwide", 140000000, O, "fine_global_users", "vs140m"),
    ("fine_blog.txt", "$23.3 billion in revenue last year", 23300000000, O, "fine_revenue", "vs233"),
    ("fine_blog.txt", "within six months", 6, O, "fine_deadline", "vs6m"),
    ("fine_blog.txt", "shared heart-rate, sleep and location data with advertising companies", None, DPC, "fine_data",
     "dpcdata"),
    ("fine_blog.txt", "No menstrual-cycle data was ever shared with an advertiser", None, PW, "fine_data", "pwnomens"),
    ("fine_blog.txt", "fewer than 9 million active European accounts", 9000000, PW, "fine_users", "pw9m"),
    ("fine_blog.txt", "More than 30 million people in Europe", 30000000, PCE, "fine_users", "pce30m"),
    ("fine_blog.txt", "at least 20 companies", 20, PCE, "fine_parties", "pce20"),
    ("fine_blog.txt", "Ireland's draft fine was just €120 million", 120000000, PCE, "fine_draft", "pce120"),
    ("fine_blog.txt", "filed its complaint on February 11, 2034", None, PCE, "fine_complaint_date", "pcefeb34"),
    ("fine_blog.txt", "on behalf of 1,200 users", 1200, PCE, "fine_complainants", "pce1200"),
    ("fine_blog.txt", "has 30 days to appeal", 30, O, "fine_appeal_days", "vs30"),
    # a Bengaluru tech news site (Cubbon Tech Times; date prefix glued to the masthead, time in India Standard Time,
    # the fine in crore and euros, the announcement "at noon IST" (right: 07:30 in Dublin), its own share of revenue,
    # rank, inquiry year, revenue and hub year, the company's lowered count of accounts and its global and Indian
    # users, a Pulsewise India spokesperson, a privacy researcher, the Indian board, "Also read" with a date, two reader
    # comments, copyright line), Thursday 16 Sep
    ("fine_india.txt", "about ₹3,900 crore", 39000000000, DPC, "fine_total", "dpc410"),
    ("fine_india.txt", "€410 million", 410000000, DPC, "fine_total", "dpc410"),
    ("fine_india.txt", "at noon IST on Thursday", None, O, "fine_time", "ctt1200"),
    ("fine_india.txt", "nearly 4 per cent of the company's global revenue", 4, O, "fine_share", "ctt4"),
    ("fine_india.txt", "the DPC's second-biggest", 2, O, "fine_rank", "ctt2nd"),
    ("fine_india.txt", "an inquiry that began in 2035", None, O, "fine_inquiry", "ctt2035"),
    ("fine_india.txt", "$19 billion in revenue in 2037", 19000000000, O, "fine_revenue", "ctt19"),
    ("fine_india.txt", "more than 160 million users worldwide", 160000000, PW, "fine_global_users", "pw160m"),
    ("fine_india.txt", "with 14 outside companies", 14, DPC, "fine_parties", "dpc14p"),
    ("fine_india.txt", "Its 180-page decision", 180, O, "fine_pages", "ctt180"),
    ("fine_india.txt", "about 7.4 million EU accounts", 7400000, PW, "fine_users", "pw74"),
    ("fine_india.txt", "it would appeal the decision in Ireland", None, PW, "fine_appeal", "pwappeal"),
    ("fine_india.txt", "set up its Dublin hub in 2031", None, O, "fine_hub", "ctt2031"),
    ("fine_india.txt", "about 31 million users in India", 31000000, PW, "fine_india_users", "pw31m"),
    ("fine_india.txt", "employs about 2,600 people", 2600, O, "fine_bengaluru", "ctt2600"),
    ("fine_india.txt", "has not opened an inquiry into Pulsewise", None, DPBI, "fine_india_board", "dpbino"),

    # ---------------- levy: the Mobile Money Transaction Levy takes effect at 00:01 on Thursday 1 July 2038 in
    # Tanzania (East Africa Time, UTC+3) = 23:01 SAST (UTC+2) and 21:01 GMT on Wednesday 30 June; the ministry's cap
    # TSh 6,500 (30 June) -> TSh 4,000 from 15 July (the minister, Tuesday 13 July); the agents' association's closed
    # agents at least 12,000 (Monday 12 July) -> more than 15,000 (Friday 16 July); the shilling at 2,660 to the dollar
    # the finance ministry's press statement (own-line date, government letterhead, a Swahili heading, a reference
    # number, numbered points 1 to 7, the start in local time, the schedule, an example, the forecast, the regulator's
    # figures, contact lines), Wednesday 30 Jun
    ("levy_ministry.txt", "at 00:01 on Thursday 1 July 2038", None, MOF, "levy_start", "mof0001"),
    ("levy_ministry.txt", "on 24 June 2038", None, MOF, "levy_passed", "mof24jun"),
    ("levy_ministry.txt", "from TSh 15 on small transfers", 15, MOF, "levy_min", "mof15"),
    ("levy_ministry.txt", "a maximum of TSh 6,500 per transaction", 6500, MOF, "levy_cap", "mof6500"),
    ("levy_ministry.txt", "Transfers below TSh 1,000 are exempt", 1000, MOF, "levy_exempt", "mof1000"),
    ("levy_ministry.txt", "Cash withdrawals are charged at half the rate applied to transfers", None, MOF,
     "levy_withdrawals", "mofhalf"),
    ("levy_ministry.txt", "a levy of TSh 190 only", 190, MOF, "levy_example", "mof190"),
    ("levy_ministry.txt", "TSh 1.25 trillion in the 2038/39 financial year", 1250000000000, MOF, "levy_revenue",
     "mof125"),
    ("levy_ministry.txt", "Seventy per cent of the proceeds", 70, MOF, "levy_roads", "mof70"),
    ("levy_ministry.txt", "30 per cent for rural water projects", 30, MOF, "levy_water", "mof30"),
    ("levy_ministry.txt", "more than 52 million registered mobile money accounts", 52000000, TCRA, "levy_accounts",
     "tcra52"),
    ("levy_ministry.txt", "about 380 million transactions a month", 380000000, TCRA, "levy_tx", "tcra380"),
    ("levy_ministry.txt", "worth TSh 14.6 trillion", 14600000000000, TCRA, "levy_tx_value", "tcra146"),
    ("levy_ministry.txt", "more than 1.1 million registered agents", 1100000, TCRA, "levy_agents", "tcra11m"),
    # a Dar es Salaam daily (The Coastal Standard; own-line date, masthead with its date, byline, photo caption, the
    # market strike, the union and the police, its own start, cap, exemption, vote count and traders, a trader quoted,
    # a glued sentence, an operator, the agents' association, the regulator, "did not answer calls", three reader
    # comments, moderation line), Monday 12 Jul
    ("levy_daily.txt", "about 40,000 traders work", 40000, O, "levy_traders", "cs40k"),
    ("levy_daily.txt", "more than 3,000 shops stayed shut", 3000, KBOU, "levy_shops", "kb3000"),
    ("levy_daily.txt", "about 200 shops were closed", 200, POLTZ, "levy_shops", "pol200"),
    ("levy_daily.txt", "from one minute past midnight on Thursday 1 July", None, O, "levy_start", "cs0001"),
    ("levy_daily.txt", "up to TSh 10,000 on the largest transfers", 10000, O, "levy_cap", "cs10k"),
    ("levy_daily.txt", "Transfers below TSh 5,000 are exempt", 5000, O, "levy_exempt", "cs5000"),
    ("levy_daily.txt", "by 301 votes to 38", 301, O, "levy_votes", "cs301"),
    ("levy_daily.txt", "fell 41 per cent in the first week of July", 41, MWP, "levy_mwanga", "mwp41"),
    ("levy_daily.txt", "at least 12,000 agents had closed their kiosks", 12000, AGT, "levy_agents_closed", "agt12k"),
    ("levy_daily.txt", "52.4 million registered mobile money accounts", 52400000, TCRA, "levy_accounts", "tcra52"),
    # a London news agency's wire (Albion Newswire; no date line, a time line in GMT, "UPDATE 1", glued dateline
    # "(Albion) -Tanzania", the minister's cut of the cap in shillings and dollars, the police and the union, its own
    # traders, the zone mistake "at 00:01 GMT on July 1" (the Tanzanian clock given as GMT: it was 21:01 GMT on 30
    # June), the regulator in dollars, the operators' forum, the deputy minister, the central bank, its own vote date
    # and count, background, exchange rate, sign-off, copyright line), Tuesday 13 Jul
    ("levy_wire.txt", "to 4,000 shillings", 4000, MOF, "levy_cap", "mof4000"),
    ("levy_wire.txt", "about $1.50", 1.5, MOF, "levy_cap", "mof4000"),
    ("levy_wire.txt", "from July 15", None, MOF, "levy_cut_date", "mofjul15"),
    ("levy_wire.txt", "from 6,500 shillings", 6500, MOF, "levy_cap", "mof6500"),
    ("levy_wire.txt", "Police said about 200 shops closed", 200, POLTZ, "levy_shops", "pol200"),
    ("levy_wire.txt", "put the number at more than 3,000", 3000, KBOU, "levy_shops", "kb3000"),
    ("levy_wire.txt", "Kariakoo has about 25,000 traders", 25000, O, "levy_traders", "alb25k"),
    ("levy_wire.txt", "took effect at 00:01 GMT on July 1", None, O, "levy_start", "alb0001"),
    ("levy_wire.txt", "about $5.5 billion a month", 5500000000, TCRA, "levy_tx_value", "tcra146"),
    ("levy_wire.txt", "about 12 million mobile money transactions a day", 12000000, TCRA, "levy_tx", "tcra380"),
    ("levy_wire.txt", "had already raised 31 billion shillings", 31000000000, MOF, "levy_raised_10d", "mof31"),
    ("levy_wire.txt", "Person-to-person volumes fell 38 per cent", 38, FORUM, "levy_volume", "for38"),
    ("levy_wire.txt", "540 billion shillings at most", 540000000000, FORUM, "levy_revenue", "for540"),
    ("levy_wire.txt", "1.25 trillion shillings", 1250000000000, MOF, "levy_revenue", "mof125"),
    ("levy_wire.txt", "$470 million", 470000000, MOF, "levy_revenue", "mof125"),
    ("levy_wire.txt", "Volumes have fallen only 9 per cent", 9, MOF, "levy_volume", "mof9"),
    ("levy_wire.txt", "fewer than 800 agents had stopped trading", 800, MOF, "levy_agents_closed", "mof800"),
    ("levy_wire.txt", "21 per cent lower", 21, BOT, "levy_value", "bot21"),
    ("levy_wire.txt", "on June 22", None, O, "levy_passed", "albjun22"),
    ("levy_wire.txt", "with 294 votes in favour", 294, O, "levy_votes", "alb294"),
    ("levy_wire.txt", "2,660 to the dollar", 2660, O, "levy_fx", "albfx"),
    # a Johannesburg fintech weekly (Rand Fintech Weekly; leading-space own-line date, masthead with issue number, the
    # start "at 23:01 SAST on Wednesday 30 June" (right: 00:01 on Thursday in Tanzania), its own floor and example,
    # the new cap, a list of the numbers so far, active accounts against registered, the forum's agent count, the
    # agents' association's raised count, an analyst, context on Kenya and Uganda, publisher and unsubscribe lines),
    # Friday 16 Jul
    ("levy_trade.txt", "at 23:01 SAST on Wednesday 30 June", None, O, "levy_start", "rfw2301"),
    ("levy_trade.txt", "from TSh 10 per transfer", 10, O, "levy_min", "rfw10"),
    ("levy_trade.txt", "capped at TSh 4,000 per transaction", 4000, MOF, "levy_cap", "mof4000"),
    ("levy_trade.txt", "from Monday 19 July", None, O, "levy_cut_date", "rfw19jul"),
    ("levy_trade.txt", "Cash withdrawals pay the same rate as transfers", None, O, "levy_withdrawals", "rfwsame"),
    ("levy_trade.txt", "Two-thirds of the money is earmarked for rural roads", 67, O, "levy_roads", "rfw23"),
    ("levy_trade.txt", "its person-to-person transfers down 41 per cent", 41, MWP, "levy_mwanga", "mwp41"),
    ("levy_trade.txt", "about TSh 19 billion", 19000000000, BRR, "levy_raised_10d", "brr19"),
    ("levy_trade.txt", "about TSh 400", 400, O, "levy_example", "rfw400"),
    ("levy_trade.txt", "volumes down 38%", 38, FORUM, "levy_volume", "for38"),
    ("levy_trade.txt", "transaction value down 21 per cent", 21, BOT, "levy_value", "bot21"),
    ("levy_trade.txt", "about 36 million active mobile money accounts", 36000000, FORUM, "levy_active", "for36m"),
    ("levy_trade.txt", "about 950,000 mobile money agents", 950000, FORUM, "levy_agents", "for950k"),
    ("levy_trade.txt", "the 1.1 million the government cites", 1100000, TCRA, "levy_agents", "tcra11m"),
    ("levy_trade.txt", "more than 15,000 agents have closed", 15000, AGT, "levy_agents_closed", "agt15k"),
    ("levy_trade.txt", "The government's TSh 1.25 trillion", 1250000000000, MOF, "levy_revenue", "mof125"),
    ("levy_trade.txt", "TSh 700 billion is a realistic number", 700000000000, BRR, "levy_revenue", "brr700"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("wage_ministry.txt", "in force since July 2037", None, MTESS, "wage_opt_previous_since"),
    ("wage_ministry.txt", "100 per cent of the general minimum wage", 100, MTESS, "wage_opt_domestic"),
    ("wage_daily.txt", "a 90-day grace period", 90, CPE, "wage_opt_grace"),
    ("wage_daily.txt", "Dozens of bus drivers", None, O, "wage_opt_drivers"),
    ("wage_daily.txt", "pay 1.5 million rent in Lambaré", 1500000, "reader gabriela_py", "wage_opt_reader_rent"),
    ("wage_daily.txt", "133 mil por día", 133000, "reader jornalero77", "wage_opt_reader_jornal"),
    ("wage_wire.txt", "a landlocked country of about 6.9 million people", 6900000, O, "wage_opt_population"),
    ("fine_irish.txt", "€410m is about two days of their revenue", 2, "reader Aisling D.", "fine_opt_reader_days"),
    ("fine_blog.txt", "It's roughly a week of revenue", 1, "analyst Jefferson Quill (Sandhill Signals, Menlo Park)",
     "fine_opt_week"),
    ("fine_blog.txt", "on Wednesday night", None, O, "fine_opt_night"),
    ("fine_blog.txt", "little changed in after-hours trading", None, O, "fine_opt_stock"),
    ("fine_india.txt", "the 9 million it gave earlier in the day", 9000000, PW, "fine_opt_earlier"),
    ("fine_india.txt", "including heart rate and menstrual cycles", None,
     "privacy researcher Anusha Venkataraman (Open Data Rights Forum, Bengaluru)", "fine_opt_india_data"),
    ("fine_india.txt", "Noon IST is 7:30 in Dublin", None, "reader Rohit K.", "fine_opt_reader_time"),
    ("levy_ministry.txt", "within seven days after the end of each week", 7, MOF, "levy_opt_remit"),
    ("levy_daily.txt", "cut their sales by half", 50, "Kariakoo traders", "levy_opt_sales"),
    ("levy_daily.txt", "the country's second-largest mobile money service", 2, O, "levy_opt_mwanga_rank"),
    ("levy_daily.txt", "paid 1,150 in levy alone", 1150, "reader Mama Neema", "levy_opt_reader_levy"),
    ("levy_wire.txt", "shut hundreds of shops", None, O, "levy_opt_hundreds"),
    ("levy_wire.txt", "A similar levy introduced in 2021 was cut", None, O, "levy_opt_2021"),
    ("levy_trade.txt", "Dozens of agents on the Zambian border", None, BRR, "levy_opt_border"),
    ("levy_trade.txt", "a 15 per cent excise duty on transfer fees", 15, O, "levy_opt_kenya"),
    ("levy_trade.txt", "Uganda's 2018 tax on mobile money was reduced within weeks", None, O, "levy_opt_uganda"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # wage
    "wage_time": {("mt2240", "cen2300"): CO, ("mt2240", "ain0240"): C, ("mt2240", "lpb2140"): CO,
                  ("cen2300", "ain0240"): C, ("cen2300", "lpb2140"): CO, ("ain0240", "lpb2140"): C},
    "wage_new": {("mt3458", "mt3458"): SC, ("mt3458", "cen3458"): CO, ("mt3458", "lpb133k"): C,
                 ("cen3458", "lpb133k"): C},
    "wage_rise": {("mt64", "ain64"): CO, ("mt64", "lpb64"): CO, ("ain64", "lpb64"): CO},
    "wage_inflation": {("bcp64", "bcp64"): SC},
    "wage_effective": {("mtjul1", "mtjul1"): SC, ("mtjul1", "centhu"): CO, ("mtjul1", "lpbjul1"): CO,
                       ("centhu", "lpbjul1"): CO},
    "wage_session": {("mt9h", "cen12h"): C},
    "wage_session_day": {("mtmon", "cenmon"): CO},
    "wage_votes": {("mt8", "cen7"): C},
    "wage_walkout": {("mtwalk", "cenwalk"): CO},
    "wage_gazette": {("mtgaz", "cengaz"): CO},
    "wage_covered": {("mt410k", "mt465k"): U, ("mt410k", "cstp700k"): C, ("mt465k", "cstp700k"): C},
    "wage_public_cost": {("mef380", "mef380"): SC, ("mef380", "lpb61m"): C},
    "wage_inspectors": {("mt186", "cstp60"): C},
    "wage_penalty": {("mt50", "lpb100"): C},
    "wage_demand": {("cstp4m", "cstp4m"): SC},
    "wage_basket": {("cstp39", "ine27"): C},
    "wage_strike": {("cstp15jul", "cstp15jul"): SC},
    "wage_march": {("pol3k", "pol3k"): SC, ("cstp25k", "pol3k"): C},
    "wage_offer": {("cpe45", "cpe45"): SC},
    "wage_employer_cost": {("cpe11t", "cpe11t"): SC},
    "wage_jobs": {("cpe30k", "cpe30k"): SC},
    "wage_informal": {("eco64", "cstp70"): C},
    "wage_prev_rise": {("cen48", "lpb41"): C},
    "wage_increase": {("mt208k", "lpb208k"): CO},
    "wage_rank": {("ain3rd", "lpb5th"): C},
    "wage_at_minimum": {("eco38", "lpbhalf"): C},
    # fine
    "fine_total": {("dpc410", "dpc410"): SC, ("dpc410", "vs410usd"): C},
    "fine_time": {("dpc0730", "ll0730"): CO, ("dpc0730", "vs1900"): C, ("dpc0730", "ctt1200"): CO,
                  ("ll0730", "vs1900"): C, ("ll0730", "ctt1200"): CO, ("vs1900", "ctt1200"): C},
    "fine_adopted": {("dpc14", "llmon"): C},
    "fine_edpb": {("dpcjul20", "lljune"): C},
    "fine_objectors": {("dpc6", "ll9"): C},
    "fine_complaints": {("dpc11", "ll16"): C},
    "fine_draft": {("ll180", "pce120"): C},
    "fine_deadline": {("dpc3m", "ll3m"): CO, ("dpc3m", "vs6m"): C, ("ll3m", "vs6m"): C},
    "fine_transparency": {("dpc100", "dpc100"): SC},
    "fine_users": {("dpc23m", "pw9m"): C, ("dpc23m", "pce30m"): C, ("dpc23m", "pw74"): C, ("pw9m", "pw9m"): SC,
                   ("pw9m", "pce30m"): C, ("pw9m", "pw74"): U, ("pce30m", "pw74"): C},
    "fine_parties": {("dpc14p", "dpc14p"): SC, ("dpc14p", "pw4"): C, ("dpc14p", "pce20"): C, ("pw4", "pce20"): C},
    "fine_start": {("dpcmay33", "pwsep34"): C},
    "fine_end": {("dpcnov36", "pwmar35"): C},
    "fine_data": {("dpcdata", "dpcdata"): SC, ("dpcdata", "pwnomens"): C},
    "fine_inquiry": {("dpcapr34", "ctt2035"): C},
    "fine_rank": {("ll4th", "ctt2nd"): C},
    "fine_share": {("ll19", "ctt4"): C},
    "fine_revenue": {("vs233", "ctt19"): C},
    "fine_global_users": {("vs140m", "pw160m"): C},
    "fine_appeal": {("pwappeal", "pwappeal"): SC},
    "fine_appeal_days": {("ll28", "vs30"): C},
    "fine_hub": {("pw2029", "ctt2031"): C},
    "fine_pages": {("dpc214", "ll214"): CO, ("dpc214", "ctt180"): C, ("ll214", "ctt180"): C},
    # levy
    "levy_start": {("mof0001", "cs0001"): CO, ("mof0001", "alb0001"): C, ("mof0001", "rfw2301"): CO,
                   ("cs0001", "alb0001"): C, ("cs0001", "rfw2301"): CO, ("alb0001", "rfw2301"): C},
    "levy_passed": {("mof24jun", "albjun22"): C},
    "levy_votes": {("cs301", "alb294"): C},
    "levy_min": {("mof15", "rfw10"): C},
    "levy_cap": {("mof6500", "mof6500"): SC, ("mof4000", "mof4000"): SC, ("mof6500", "mof4000"): U,
                 ("mof6500", "cs10k"): C, ("cs10k", "mof4000"): C},
    "levy_exempt": {("mof1000", "cs5000"): C},
    "levy_example": {("mof190", "rfw400"): C},
    "levy_revenue": {("mof125", "mof125"): SC, ("mof125", "for540"): C, ("mof125", "brr700"): C,
                     ("for540", "brr700"): C},
    "levy_accounts": {("tcra52", "tcra52"): SC},
    "levy_tx_value": {("tcra146", "tcra146"): SC},
    "levy_agents": {("tcra11m", "tcra11m"): SC, ("tcra11m", "for950k"): C},
    "levy_shops": {("kb3000", "kb3000"): SC, ("pol200", "pol200"): SC, ("kb3000", "pol200"): C},
    "levy_traders": {("cs40k", "alb25k"): C},
    "levy_volume": {("for38", "for38"): SC, ("for38", "mof9"): C},
    "levy_value": {("bot21", "bot21"): SC},
    "levy_withdrawals": {("mofhalf", "rfwsame"): C},
    "levy_roads": {("mof70", "rfw23"): C},
    "levy_mwanga": {("mwp41", "mwp41"): SC},
    "levy_tx": {("tcra380", "tcra380"): SC},
    "levy_raised_10d": {("mof31", "brr19"): C},
    "levy_cut_date": {("mofjul15", "rfw19jul"): C},
    "levy_agents_closed": {("agt12k", "agt15k"): U, ("agt12k", "mof800"): C, ("mof800", "agt15k"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
