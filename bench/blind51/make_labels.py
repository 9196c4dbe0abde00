"""Hand labels for bench/blind51 (the deciding Game 5 of the Lithuanian basketball league final at Santaka Arena in
Kaunas on Saturday 10 June 2034, won 84-83 by Sostinė Vilnius on a three-pointer at the buzzer that the home club,
Nemunas Kaunas, says came too late: the score, the series, the tip-off, the time of the shot, the time left on the
clock, whether the ball was out in time, the review, the camera angles, when the result was confirmed, the shooter's
points, age, contract and buyout, the attendance and the arena's capacity, the protest's time and time limit, the
fine and the appeal, the prize money, the lead, the detained, the injured stewards, stewards and police, the TV
audience, the clubs' budgets and the last title disputed, with times in Eastern European Summer Time (UTC+3, Kaunas),
GMT and US Eastern Daylight Time (UTC-4), across midnight; the signing of Laos's debt agreement with its official
creditors and the exchange of its Thai baht bonds at 16:30 on Friday 22 September 2034 in Vientiane: the time, the
talks, the debt covered, the external debt, maturities, grace period, interest rate, relief, creditors, bondholders'
participation, the bonds, savings, debt to GDP now and in 2040, the share of revenue, the power companies' debt,
reserves and import cover, the kip, inflation, power exports, the rating and late salaries disputed, with times in
Indochina Time (UTC+7, Vientiane and Bangkok), GMT and Australian Eastern Standard Time (UTC+10, Melbourne, a week
before its summer time); the rise in Mauritius's excise duty on sugar-sweetened drinks from 00:00 on Sunday 1
October 2034: the start, the new and old rates, the threshold, the price of a bottle, the revenue and its share for
diabetes care, submissions, jobs at risk and jobs in the industry, diabetes, amputations, reformulation, local sugar,
the protest, the vote, the effect of the 2013 duty and the sell-off period disputed, with times in Mauritius Time
(UTC+4), South Africa Standard Time (UTC+2) and Central European Summer Time (UTC+2, Geneva), across midnight).
Run from the project root:
    python3 bench/blind51/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
LKL = "the Lithuanian Basketball League, LKL (commissioner Vaida Martinkutė-Orr)"
NEM = "Nemunas Kaunas, the home club (president Gintaras Paulauskas-Dunn)"
SOST = "Sostinė Vilnius, the champions (the club)"
TVB = "broadcaster TV Baltija Sport"
BAR = "ratings agency Baltic Audience Research"
POLK = "Kaunas County police"
SR = "stewarding company Saugus Renginys"
AGENT = "Jonas Lee-Mickus, agent of Darius Kavaliauskas-Moore"

MOF = "Laos's Ministry of Finance (Minister Phonesavanh Keomany-Ruiz)"
BOL = "the Bank of the Lao PDR, Laos's central bank"
TBG = "the Thai Bondholder Group (spokeswoman Siriporn Chaiyasit-Hale)"
NPW = "Chao Phraya Securities chief economist Dr Nattapong Wiriya-Clark"
DEAL = "currency dealers in Vientiane"
LPEC = "Lao Power Export Company"
KES = "rating agency Kestrel Ratings"
DJM = "campaign group Debt Justice Mekong (Bounmy Vongsa-Pereira)"
LSB = "the Lao Statistics Bureau"
CIV = "civil servants in Vientiane"

MOFM = "Mauritius's Ministry of Finance and Economic Development"
MOH = "Mauritius's Ministry of Health and Wellness"
MBA = "the Mauritius Beverage Association (spokesman Christophe Appadoo-Grant)"
MDF = "the Mauritius Diabetes Federation (president Dr Leela Ramsurrun-Hoareau)"
SURG = "vascular surgeon Dr Aisha Joomun-Blake (Victoria Hospital, Mauritius)"
PCGU = "the Planters' and Cane Growers' Union (secretary Rajesh Dookhun-Barry)"
SM = "Statistics Mauritius"
POLM = "the Mauritius police"
UNM = "the bottling workers' unions (Mauritius)"
ECO = "University of Mauritius economist Dr Kevin Li Yuen-Okafor"
UOM = "a University of Mauritius study"
HB = "Highveld Bottling (chief executive Thabo Mokoena-Leigh)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- hoops: Game 5 of the LKL final at Santaka Arena, Kaunas, Saturday 10 June 2034 (EEST, UTC+3):
    # tip-off 20:00 = 17:00 GMT = 13:00 EDT; the winning shot 22:08 = 19:08 GMT = 15:08 EDT; the result confirmed at
    # 00:20 on Sunday 11 June = 21:20 GMT = 17:20 EDT on Saturday; the protest at 22:51 = 43 minutes after 22:08;
    # EUR 1 = USD 1.10 (the newsletter's own rate)
    # the league's official statement (own-line date, letterhead with an address and phone, "01:10 · UPDATED 12:30",
    # a title in capitals, the commissioner quoted, headed sections, the disciplinary decision, "About", "###"), Sun 11 Jun
    ("hoops_league.txt", "beating Nemunas Kaunas 84-83", None, LKL, "hoops_score", "lkl84"),
    ("hoops_league.txt", "to take the series 3-2", None, LKL, "hoops_series", "lkl32"),
    ("hoops_league.txt", "tipped off at 20:00", None, LKL, "hoops_tipoff", "lkl2000"),
    ("hoops_league.txt", "ended at 22:08", None, LKL, "hoops_buzzer", "lkl2208"),
    ("hoops_league.txt", "with 0.4 seconds left on the game clock", 0.4, LKL, "hoops_clock", "lkl04"),
    ("hoops_league.txt", "a review lasting four minutes", 4, LKL, "hoops_review", "lkl4"),
    ("hoops_league.txt", "studied eight camera angles", 8, LKL, "hoops_angles", "lkl8"),
    ("hoops_league.txt", "ruled that the ball left his hand before the horn", None, LKL, "hoops_release", "lklbefore"),
    ("hoops_league.txt", "confirmed at 00:20 on Sunday, 11 June", None, LKL, "hoops_confirmed", "lkl0020"),
    ("hoops_league.txt", "finished with 31 points", 31, LKL, "hoops_points", "lkl31"),
    ("hoops_league.txt", "The official attendance was 15,412 spectators", 15412, LKL, "hoops_attendance", "lkl15412"),
    ("hoops_league.txt", "lodged a written protest at 22:51", None, LKL, "hoops_protest_time", "lkl2251"),
    ("hoops_league.txt", "within 30 minutes of the end of the game", 30, LKL, "hoops_protest_limit", "lkl30"),
    ("hoops_league.txt", "is fined €25,000", 25000, LKL, "hoops_fine", "lkl25k"),
    ("hoops_league.txt", "may appeal within 48 hours", 48, LKL, "hoops_appeal", "lkl48"),
    ("hoops_league.txt", "receives €150,000 in prize money", 150000, LKL, "hoops_prize", "lkl150k"),
    ("hoops_league.txt", "Nemunas Kaunas receives €75,000", 75000, LKL, "hoops_prize_runner", "lkl75k"),
    # a Kaunas daily (Kaunas Evening Post; date prefix glued to the masthead, headline and standfirst, byline, photo
    # caption, glued sentences, its own crowd, score, lead, points, time of the shot, review, confirmation, last title,
    # budget and prize, the home club, the broadcaster, the police and the stewarding company, "Read more", three
    # reader comments, copyright line), Sunday 11 Jun
    ("hoops_kaunas.txt", "More than 16,000 fans packed Santaka Arena", 16000, O, "hoops_attendance", "kep16k"),
    ("hoops_kaunas.txt", "the 84:83 defeat", None, O, "hoops_score", "kep84"),
    ("hoops_kaunas.txt", "Nemunas had led by 11 points", 11, O, "hoops_lead", "kep11"),
    ("hoops_kaunas.txt", "who scored 29 points", 29, O, "hoops_points", "kep29"),
    ("hoops_kaunas.txt", "went in at 22:11 by the arena clock", None, O, "hoops_buzzer", "kep2211"),
    ("hoops_kaunas.txt", "there were only 0.2 seconds left", 0.2, NEM, "hoops_clock", "nem02"),
    ("hoops_kaunas.txt", "The ball was still in his hand when the red light came on", None, NEM, "hoops_release",
     "nemafter"),
    ("hoops_kaunas.txt", "nearly 12 minutes at the monitor", 12, O, "hoops_review", "kep12"),
    ("hoops_kaunas.txt", "confirmed the result shortly after midnight", None, O, "hoops_confirmed", "kepmid"),
    ("hoops_kaunas.txt", "lodged its protest at 22:35", None, NEM, "hoops_protest_time", "nem2235"),
    ("hoops_kaunas.txt", "well inside the one hour the rules give us", 1, NEM, "hoops_protest_limit", "nem1h"),
    ("hoops_kaunas.txt", "the ball leaving his hand 0.05 seconds after the light came on", 0.05, TVB, "hoops_release",
     "tvafter"),
    ("hoops_kaunas.txt", "only three camera angles were available to the referees", 3, TVB, "hoops_angles", "tv3"),
    ("hoops_kaunas.txt", "they detained nine people", 9, POLK, "hoops_detained", "pol9"),
    ("hoops_kaunas.txt", "two stewards were treated for minor injuries", 2, POLK, "hoops_injured", "pol2"),
    ("hoops_kaunas.txt", "five of its stewards were hurt", 5, SR, "hoops_injured", "sr5"),
    ("hoops_kaunas.txt", "it had 320 stewards on duty", 320, SR, "hoops_stewards", "sr320"),
    ("hoops_kaunas.txt", "the number of stewards at only 210", 210, POLK, "hoops_stewards", "pol210"),
    ("hoops_kaunas.txt", "140 police officers", 140, POLK, "hoops_police", "pol140"),
    ("hoops_kaunas.txt", "first championship since 2021", None, O, "hoops_last_title", "kep2021"),
    ("hoops_kaunas.txt", "with a budget of about €6 million", 6000000, O, "hoops_budget", "kep6m"),
    ("hoops_kaunas.txt", "the League's €120,000 prize", 120000, O, "hoops_prize", "kep120k"),
    # a Stockholm sports wire (Nordic-Baltic Sports Wire; no date line, a time line "11/06/2034 13:05 GMT · UPDATE 1",
    # headline, glued dateline "(NBSW) -Sostinė", its own score, series, points, time of the shot in GMT, tip-off in
    # GMT, crowd, capacity, review, lead, age and last title, the league's clock, confirmation in GMT, fine and protest
    # in minutes, the police (11 detained by Sunday, up from the nine the Kaunas paper reports), the ratings agency and
    # the broadcaster, the club and the agent, reporting and copyright lines), Sunday 11 Jun
    ("hoops_wire.txt", "beat Nemunas Kaunas 84-83", None, O, "hoops_score", "nbsw84"),
    ("hoops_wire.txt", "winning the best-of-five series 3-2", None, O, "hoops_series", "nbsw32"),
    ("hoops_wire.txt", "scored 31 points", 31, O, "hoops_points", "nbsw31"),
    ("hoops_wire.txt", "the winning shot at 1908 GMT", None, O, "hoops_buzzer", "nbsw1908"),
    ("hoops_wire.txt", "inbounded with 0.4 seconds remaining", 0.4, LKL, "hoops_clock", "lkl04"),
    ("hoops_wire.txt", "tipped off at 1700 GMT", None, O, "hoops_tipoff", "nbsw1700"),
    ("hoops_wire.txt", "in front of 15,412 spectators", 15412, O, "hoops_attendance", "nbsw15412"),
    ("hoops_wire.txt", "the 15,500-seat Santaka Arena", 15500, O, "hoops_capacity", "nbsw15500"),
    ("hoops_wire.txt", "After a four-minute video review", 4, O, "hoops_review", "nbsw4"),
    ("hoops_wire.txt", "it confirmed the result at 2120 GMT on Saturday", None, LKL, "hoops_confirmed", "lkl0020"),
    ("hoops_wire.txt", "fined Nemunas 25,000 euros", 25000, LKL, "hoops_fine", "lkl25k"),
    ("hoops_wire.txt", "who led by 14 points in the third quarter", 14, O, "hoops_lead", "nbsw14"),
    ("hoops_wire.txt", "lodged 43 minutes after the final buzzer", 43, LKL, "hoops_protest_time", "lkl2251"),
    ("hoops_wire.txt", "11 people had been detained", 11, POLK, "hoops_detained", "pol11"),
    ("hoops_wire.txt", "two stewards were slightly hurt", 2, POLK, "hoops_injured", "pol2"),
    ("hoops_wire.txt", "Police said 210 stewards", 210, POLK, "hoops_stewards", "pol210"),
    ("hoops_wire.txt", "140 officers were on duty", 140, POLK, "hoops_police", "pol140"),
    ("hoops_wire.txt", "an average of 780,000 viewers", 780000, BAR, "hoops_tv", "bar780k"),
    ("hoops_wire.txt", "claimed 1.1 million viewers", 1100000, TVB, "hoops_tv", "tv11m"),
    ("hoops_wire.txt", "a 64 per cent share", 64, TVB, "hoops_tv_share", "tv64"),
    ("hoops_wire.txt", "Kavaliauskas-Moore, 27", 27, O, "hoops_age", "nbsw27"),
    ("hoops_wire.txt", "agreed a two-year extension", 2, SOST, "hoops_contract", "sost2"),
    ("hoops_wire.txt", "the deal was for three years", 3, AGENT, "hoops_contract", "agent3"),
    ("hoops_wire.txt", "an NBA buyout of 1.5 million euros", 1500000, AGENT, "hoops_buyout", "agent15"),
    ("hoops_wire.txt", "first LKL title since 2021", None, O, "hoops_last_title", "nbsw2021"),
    # a New York basketball newsletter (Euro Hoops Insider; leading-space own-line date, "All times Eastern (ET)",
    # numbered sections, a glued sentence, number words, the tip-off "at noon ET" (wrong: 20:00 EEST was 1pm EDT), the
    # shot "at 3.08pm ET" (right), the confirmation "until 6.20pm ET Saturday" (wrong: 00:20 EEST was 5.20pm EDT), its
    # own score, clock, review, capacity, fine, appeal, budget, age and buyout, the league's crowd, the prize in
    # dollars with "(€1 = $1.10)", the broadcaster, the agent, "Read more" lines, a sponsored item), Sunday 11 Jun
    ("hoops_newsletter.txt", "an 85-83 win", None, O, "hoops_score", "ehi85"),
    ("hoops_newsletter.txt", "taking the series three games to two", None, O, "hoops_series", "ehi32"),
    ("hoops_newsletter.txt", "tipped off at noon ET", None, O, "hoops_tipoff", "ehinoon"),
    ("hoops_newsletter.txt", "won it at 3.08pm ET", None, O, "hoops_buzzer", "ehi1508"),
    ("hoops_newsletter.txt", "thirty-one points", 31, O, "hoops_points", "ehi31"),
    ("hoops_newsletter.txt", "The clock showed 0.6 seconds", 0.6, O, "hoops_clock", "ehi06"),
    ("hoops_newsletter.txt", "for about four minutes", 4, O, "hoops_review", "ehi4"),
    ("hoops_newsletter.txt", "didn't confirm the result until 6.20pm ET Saturday", None, O, "hoops_confirmed",
     "ehi1820"),
    ("hoops_newsletter.txt", "the ball leaving his hand five hundredths of a second after the red light", 0.05, TVB,
     "hoops_release", "tvafter"),
    ("hoops_newsletter.txt", "more than a million Lithuanians watched", 1000000, TVB, "hoops_tv", "tv11m"),
    ("hoops_newsletter.txt", "a 17,000-seat building", 17000, O, "hoops_capacity", "ehi17k"),
    ("hoops_newsletter.txt", "about 15,400 people, per the league", 15400, LKL, "hoops_attendance", "lkl15412"),
    ("hoops_newsletter.txt", "a €20,000 fine", 20000, O, "hoops_fine", "ehi20k"),
    ("hoops_newsletter.txt", "has 72 hours to appeal", 72, O, "hoops_appeal", "ehi72"),
    ("hoops_newsletter.txt", "about $165,000 in prize money", 165000, LKL, "hoops_prize", "lkl150k"),
    ("hoops_newsletter.txt", "€1 = $1.10", 1.1, O, "hoops_fx", "ehifx"),
    ("hoops_newsletter.txt", "on a $9 million budget", 9000000, O, "hoops_budget", "ehi9m"),
    ("hoops_newsletter.txt", "the 26-year-old Finals MVP", 26, O, "hoops_age", "ehi26"),
    ("hoops_newsletter.txt", "his new contract runs three years", 3, AGENT, "hoops_contract", "agent3"),
    ("hoops_newsletter.txt", "the NBA buyout is only $1 million", 1000000, O, "hoops_buyout", "ehi1m"),

    # ---------------- debt: Laos signs with its official creditors at 16:30 on Friday 22 September 2034 in
    # Vientiane (ICT, UTC+7 all year; Bangkok keeps the same clock) = 09:30 GMT = 19:30 AEST in Melbourne (Victoria
    # starts summer time only on Sunday 1 October 2034); 42 billion baht is about US$1.2 billion at some 35 baht
    # the finance ministry's press release (a date prefix with the ministry's name continuing on the same line, an
    # address, "PRESS RELEASE" with "18:00", a title in capitals, bulleted terms, the minister quoted, the central
    # bank's reserves, a phone line), Friday 22 Sep
    ("debt_ministry.txt", "at 16:30 on Friday, 22 September", None, MOF, "debt_signed", "mof1630"),
    ("debt_ministry.txt", "after 19 months of negotiations", 19, MOF, "debt_talks", "mof19"),
    ("debt_ministry.txt", "cover US$5.2 billion", 5200000000, MOF, "debt_covered", "mof52"),
    ("debt_ministry.txt", "stood at US$13.8 billion", 13800000000, MOF, "debt_external", "mof138"),
    ("debt_ministry.txt", "Maturities extended by 12 years", 12, MOF, "debt_maturity", "mof12"),
    ("debt_ministry.txt", "A five-year grace period on principal", 5, MOF, "debt_grace", "mof5"),
    ("debt_ministry.txt", "An average interest rate of 2.1 per cent", 2.1, MOF, "debt_rate", "mof21"),
    ("debt_ministry.txt", "down from 4.8 per cent", 4.8, MOF, "debt_rate_old", "mof48"),
    ("debt_ministry.txt", "A 40 per cent reduction in the net present value", 40, MOF, "debt_relief", "mof40"),
    ("debt_ministry.txt", "signed with 14 bilateral creditors", 14, MOF, "debt_creditors", "mof14"),
    ("debt_ministry.txt", "holders of 91 per cent", 91, MOF, "debt_participation", "mof91"),
    ("debt_ministry.txt", "the THB 42 billion of outstanding baht bonds", 42000000000, MOF, "debt_bonds", "mof42"),
    ("debt_ministry.txt", "save US$900 million a year", 900000000, MOF, "debt_savings", "mof900"),
    ("debt_ministry.txt", "108 per cent of GDP in 2033", 108, MOF, "debt_ratio", "mof108"),
    ("debt_ministry.txt", "fall to 70 per cent of GDP by 2040", 70, MOF, "debt_target", "mof70"),
    ("debt_ministry.txt", "debt service absorbed 48 per cent of domestic revenue", 48, MOF, "debt_service_share",
     "mof48rev"),
    ("debt_ministry.txt", "guaranteed by the Government is included in the treatment", None, MOF,
     "debt_power_included", "mofincl"),
    ("debt_ministry.txt", "foreign reserves of US$2.1 billion", 2100000000, BOL, "debt_reserves", "bol21"),
    ("debt_ministry.txt", "equal to 3.5 months of imports", 3.5, BOL, "debt_import_cover", "bol35"),
    # a Bangkok English-language daily (The Chao Phraya Times; own-line date, masthead, headline and standfirst,
    # byline, photo caption, glued dateline "VIENTIANE/BANGKOK -Laos", a glued sentence, its own time, external debt,
    # power exports and rating, the ministry's bonds, debt covered, participation and grace period quoted back, the
    # bondholders, the economist, dealers, the power exporter, "Read more", two reader comments), Saturday 23 Sep
    ("debt_bangkok.txt", "at 4.30pm on Friday", None, O, "debt_signed", "cpt1630"),
    ("debt_bangkok.txt", "an exchange of 42 billion baht of bonds", 42000000000, MOF, "debt_bonds", "mof42"),
    ("debt_bangkok.txt", "The deal covers 5.2 billion dollars of debt", 5200000000, MOF, "debt_covered", "mof52"),
    ("debt_bangkok.txt", "an external debt of nearly US$14 billion", 14000000000, O, "debt_external", "cpt14"),
    ("debt_bangkok.txt", "nine in ten bondholders signed up", 90, MOF, "debt_participation", "mof91"),
    ("debt_bangkok.txt", "Only 78 per cent of holders", 78, TBG, "debt_participation", "tbg78"),
    ("debt_bangkok.txt", "only a three-year grace period", 3, TBG, "debt_grace", "tbg3"),
    ("debt_bangkok.txt", "not the five years the ministry announced", 5, MOF, "debt_grace", "mof5"),
    ("debt_bangkok.txt", "closer to 22 per cent", 22, NPW, "debt_relief", "npw22"),
    ("debt_bangkok.txt", "the new average rate works out at 3.2 per cent", 3.2, NPW, "debt_rate", "npw32"),
    ("debt_bangkok.txt", "nearer US$550 million a year", 550000000, NPW, "debt_savings", "npw550"),
    ("debt_bangkok.txt", "The kip rose 4 per cent against the dollar on Friday", 4, DEAL, "debt_kip", "deal4"),
    ("debt_bangkok.txt", "about US$2 billion from electricity exports", 2000000000, O, "debt_power_exports", "cpt2bn"),
    ("debt_bangkok.txt", "the figure was US$2.6 billion", 2600000000, LPEC, "debt_power_exports", "lpec26"),
    ("debt_bangkok.txt", "raised Laos to B-", None, O, "debt_rating", "cptb"),
    # a Paris financial wire (Continental Finance Wire; no date line, a time line "22/09/2034 14:05 GMT · UPDATE 3",
    # headline, glued dateline "(CFW) -Laos", the signing "at 0930 GMT on Friday" (right), its own talks, debt
    # covered, maturities, creditors and kip from a term sheet and the market, the rating agency's rating, debt,
    # relief, reserves and ratios, the campaign group, the statistics bureau, the ministry's savings, reporting and
    # copyright lines), Friday 22 Sep
    ("debt_wire.txt", "at 0930 GMT on Friday", None, MOF, "debt_signed", "mof1630"),
    ("debt_wire.txt", "more than two years of negotiations", 2, O, "debt_talks", "cfw2y"),
    ("debt_wire.txt", "about $5 billion of debt", 5000000000, O, "debt_covered", "cfw5"),
    ("debt_wire.txt", "a 10-year extension on maturities", 10, O, "debt_maturity", "cfw10"),
    ("debt_wire.txt", "signed with 11 creditor governments", 11, O, "debt_creditors", "cfw11"),
    ("debt_wire.txt", "raised Laos to CCC+ from CC", None, KES, "debt_rating", "kes"),
    ("debt_wire.txt", "about US$15.6 billion", 15600000000, KES, "debt_external", "kes156"),
    ("debt_wire.txt", "amounts to about 30 per cent", 30, KES, "debt_relief", "kes30"),
    ("debt_wire.txt", "foreign reserves at US$1.6 billion", 1600000000, KES, "debt_reserves", "kes16"),
    ("debt_wire.txt", "121 per cent of GDP at the end of 2033", 121, KES, "debt_ratio", "kes121"),
    ("debt_wire.txt", "still be above 90 per cent in 2040", 90, KES, "debt_target", "kes90"),
    ("debt_wire.txt", "the power companies' debt is left out of the deal", None, DJM, "debt_power_included", "djm"),
    ("debt_wire.txt", "more than 60 per cent of government revenue", 60, DJM, "debt_service_share", "djm60"),
    ("debt_wire.txt", "The kip gained 2.3 per cent on Friday", 2.3, O, "debt_kip", "cfw23"),
    ("debt_wire.txt", "to 21,450 per dollar", 21450, O, "debt_kip_rate", "cfw21450"),
    ("debt_wire.txt", "slowed to 14.6 per cent in August", 14.6, LSB, "debt_inflation", "lsb146"),
    ("debt_wire.txt", "save it 900 million dollars a year", 900000000, MOF, "debt_savings", "mof900"),
    # a Melbourne economics radio show's transcript (Asia Pacific Economics Radio, "The Mekong Money Show";
    # leading-space own-line date, a recording line in AEST, a transcript disclaimer, host and Bangkok correspondent,
    # number words, the signing "at half past eight on Friday evening, Melbourne time" (wrong: 16:30 in Vientiane was
    # 19:30 AEST; Melbourne was not yet on summer time), its own talks, maturities, bonds in dollars and inflation, the
    # ministry (its creditors now fifteen, up from the fourteen of Friday's release), the campaign group, the rating
    # agency, the bondholders, the economist, the power exporter, civil servants, a glued sentence, "Read more"),
    # Saturday 23 Sep
    ("debt_podcast.txt", "at half past eight on Friday evening, Melbourne time", None, O, "debt_signed", "aper2030"),
    ("debt_podcast.txt", "after nineteen months of talks", 19, O, "debt_talks", "aper19"),
    ("debt_podcast.txt", "covers five point two billion US dollars", 5200000000, MOF, "debt_covered", "mof52"),
    ("debt_podcast.txt", "barely 3.4 billion dollars", 3400000000, DJM, "debt_covered", "djm34"),
    ("debt_podcast.txt", "about 1.2 billion US dollars at today's exchange rate", 1200000000, O, "debt_bonds",
     "aper12"),
    ("debt_podcast.txt", "Maturities pushed out twelve years", 12, O, "debt_maturity", "aper12y"),
    ("debt_podcast.txt", "saves nearly a billion dollars a year", 1000000000, MOF, "debt_savings", "mof900"),
    ("debt_podcast.txt", "Fifteen creditor countries have now signed", 15, MOF, "debt_creditors", "mof15"),
    ("debt_podcast.txt", "bumped Laos up to CCC-plus", None, KES, "debt_rating", "kes"),
    ("debt_podcast.txt", "only got a three-year grace period", 3, TBG, "debt_grace", "tbg3"),
    ("debt_podcast.txt", "inflation is running at around 20 per cent", 20, O, "debt_inflation", "aper20"),
    ("debt_podcast.txt", "barely two months of import cover", 2, NPW, "debt_import_cover", "npw2"),
    ("debt_podcast.txt", "two point six billion dollars from selling electricity", 2600000000, LPEC,
     "debt_power_exports", "lpec26"),
    ("debt_podcast.txt", "salaries were paid three weeks late in August", 3, CIV, "debt_salaries", "civ3w"),

    # ---------------- sugar: Mauritius's excise duty on sugar-sweetened drinks rises from 00:00 on Sunday 1 October
    # 2034 (MUT, UTC+4 all year) = 20:00 GMT = 22:00 SAST = 22:00 CEST (Geneva) on Saturday 30 September; Rs 1 = R0.41
    # (the Johannesburg site's rate) and US$1 = Rs 46 (the Geneva newsletter's rate)
    # the finance ministry's communiqué (own-line date, a government letterhead, "COMMUNIQUÉ", a title in capitals with
    # the date, the health ministry's figures, a glued sentence, the revenue authority's phone line), Friday 29 Sep
    ("sugar_ministry.txt", "from 00:00 on Sunday, 1 October 2034", None, MOFM, "sugar_start", "mof0000"),
    ("sugar_ministry.txt", "from Rs 0.03", 0.03, MOFM, "sugar_rate_old", "mof003"),
    ("sugar_ministry.txt", "to Rs 0.08 per gram of sugar", 0.08, MOFM, "sugar_rate_new", "mof008"),
    ("sugar_ministry.txt", "more than 6 grams of sugar per 100 ml", 6, MOFM, "sugar_threshold", "mof6"),
    ("sugar_ministry.txt", "rise by about Rs 9", 9, MOFM, "sugar_price", "mof9"),
    ("sugar_ministry.txt", "raise Rs 1.4 billion a year", 1400000000, MOFM, "sugar_revenue", "mof14bn"),
    ("sugar_ministry.txt", "40 per cent of which will be allocated", 40, MOFM, "sugar_earmark", "mof40"),
    ("sugar_ministry.txt", "312 written submissions", 312, MOFM, "sugar_submissions", "mof312"),
    ("sugar_ministry.txt", "no more than 150 jobs", 150, MOFM, "sugar_jobs", "mof150"),
    ("sugar_ministry.txt", "22.6 per cent of adults aged 20 to 74", 22.6, MOH, "sugar_diabetes", "moh226"),
    ("sugar_ministry.txt", "about 450 diabetes-related amputations", 450, MOH, "sugar_amputations", "moh450"),
    ("sugar_ministry.txt", "costs the public health service Rs 4.5 billion a year", 4500000000, MOH,
     "sugar_diabetes_cost", "moh45"),
    ("sugar_ministry.txt", "fell by 14 per cent", 14, MOFM, "sugar_past_effect", "mof14"),
    ("sugar_ministry.txt", "until 31 October 2034", None, MOFM, "sugar_old_stock", "mof31oct"),
    # a Port Louis weekly (Port Louis Observer; date prefix glued to the masthead, headline and standfirst, byline,
    # photo caption, glued dateline "PORT LOUIS -The", its own start, rates in cents and vote, the beverage
    # association, the diabetes federation, a surgeon, the cane growers, Statistics Mauritius, the police and the
    # unions, an economist, "Read more", three reader comments), Sunday 1 Oct
    ("sugar_portlouis.txt", "at the stroke of midnight on Saturday night", None, O, "sugar_start", "plo0000"),
    ("sugar_portlouis.txt", "8 cents a gram of sugar", 0.08, O, "sugar_rate_new", "plo008"),
    ("sugar_portlouis.txt", "up from 3 cents", 0.03, O, "sugar_rate_old", "plo003"),
    ("sugar_portlouis.txt", "its members employ 4,300 people", 4300, MBA, "sugar_industry_jobs", "mba4300"),
    ("sugar_portlouis.txt", "will go up by Rs 22", 22, MBA, "sugar_price", "mba22"),
    ("sugar_portlouis.txt", "1,200 jobs could go", 1200, MBA, "sugar_jobs", "mba1200"),
    ("sugar_portlouis.txt", "reformulated 40 per cent of their drinks", 40, MBA, "sugar_reformulated", "mba40"),
    ("sugar_portlouis.txt", "more than 600 submissions", 600, MBA, "sugar_submissions", "mba600"),
    ("sugar_portlouis.txt", "only 15 per cent of the money", 15, MDF, "sugar_earmark", "mdf15"),
    ("sugar_portlouis.txt", "Nearly one in three adults", 33, MDF, "sugar_diabetes", "mdf33"),
    ("sugar_portlouis.txt", "fewer than one in ten drinks on the shelves had been reformulated", 10, MDF,
     "sugar_reformulated", "mdf10"),
    ("sugar_portlouis.txt", "more than 700 amputations a year", 700, SURG, "sugar_amputations", "surg700"),
    ("sugar_portlouis.txt", "14,000 tonnes of Mauritian sugar a year", 14000, PCGU, "sugar_local_sugar", "pcgu14k"),
    ("sugar_portlouis.txt", "about 6,500 tonnes", 6500, MBA, "sugar_local_sugar", "mba6500"),
    ("sugar_portlouis.txt", "the beverage industry employs 2,900 people", 2900, SM, "sugar_industry_jobs", "sm2900"),
    ("sugar_portlouis.txt", "about 250 workers", 250, POLM, "sugar_protest", "pol250"),
    ("sugar_portlouis.txt", "1,500 marched", 1500, UNM, "sugar_protest", "un1500"),
    ("sugar_portlouis.txt", "closer to Rs 700 million a year", 700000000, ECO, "sugar_revenue", "eco700"),
    ("sugar_portlouis.txt", "41 members voted for the Finance Bill clause", 41, O, "sugar_vote_yes", "plo41"),
    ("sugar_portlouis.txt", "18 against", 18, O, "sugar_vote_no", "plo18"),
    # a Johannesburg business site (Highveld Business Desk; leading-space own-line date, section line, a date and
    # time line in SAST with "4 min read", the start "from 2am SAST on Sunday" (wrong: 00:00 in Mauritius was 22:00
    # SAST on Saturday), its own rates, threshold, vote, protest and sell-off date, the beverage association's price in
    # rand, jobs and sugar, a South African bottler, the ministry's revenue in rupees and rand, the police's first
    # count of the protest (about 200, raised to about 250 in the Port Louis paper the next day), an exchange-rate
    # line, "Read more", copyright line), Saturday 30 Sep
    ("sugar_joburg.txt", "from 2am SAST on Sunday", None, O, "sugar_start", "hbd0200"),
    ("sugar_joburg.txt", "Rs 0.10 per gram of sugar", 0.10, O, "sugar_rate_new", "hbd010"),
    ("sugar_joburg.txt", "up from Rs 0.04", 0.04, O, "sugar_rate_old", "hbd004"),
    ("sugar_joburg.txt", "more than 4g of sugar per 100ml", 4, O, "sugar_threshold", "hbd4"),
    ("sugar_joburg.txt", "about R9 more on the shelf", 9, MBA, "sugar_price", "mba22"),
    ("sugar_joburg.txt", "1,200 jobs are at risk", 1200, MBA, "sugar_jobs", "mba1200"),
    ("sugar_joburg.txt", "about 6,500 tonnes of local sugar a year", 6500, MBA, "sugar_local_sugar", "mba6500"),
    ("sugar_joburg.txt", "employs 380 people in Mauritius", 380, HB, "sugar_hb_staff", "hb380"),
    ("sugar_joburg.txt", "Volumes in Mauritius fell 9 per cent in the first half", 9, HB, "sugar_hb_volumes", "hb9"),
    ("sugar_joburg.txt", "raise Rs 1.4 billion a year", 1400000000, MOFM, "sugar_revenue", "mof14bn"),
    ("sugar_joburg.txt", "about R570 million", 570000000, MOFM, "sugar_revenue", "mof14bn"),
    ("sugar_joburg.txt", "with 44 votes in favour", 44, O, "sugar_vote_yes", "hbd44"),
    ("sugar_joburg.txt", "Hundreds of bottling workers protested", None, O, "sugar_protest", "hbdhundreds"),
    ("sugar_joburg.txt", "about 200 according to police", 200, POLM, "sugar_protest", "pol200"),
    ("sugar_joburg.txt", "until the end of November", None, O, "sugar_old_stock", "hbdnov"),
    ("sugar_joburg.txt", "Rs 1 = R0.41", 0.41, O, "sugar_fx_zar", "hbdfx"),
    # a Geneva health-policy newsletter (The Geneva Health Policy Brief; own-line date, "Sent 07:30 CEST", the start
    # "at 22:00 Geneva time on Saturday" (right), its own rate, threshold and diabetes share, the ministry's revenue in
    # dollars with "(US$1 = MUR 46)" and its share for diabetes care, the health ministry's amputations, the beverage
    # association, a university study, "Read more" lines, a webinar time, a sponsored item), Monday 2 Oct
    ("sugar_newsletter.txt", "at 22:00 Geneva time on Saturday", None, O, "sugar_start", "ghp2200"),
    ("sugar_newsletter.txt", "MUR 0.08 per gram", 0.08, O, "sugar_rate_new", "ghp008"),
    ("sugar_newsletter.txt", "above 6 g per 100 ml", 6, O, "sugar_threshold", "ghp6"),
    ("sugar_newsletter.txt", "about US$30 million a year", 30000000, MOFM, "sugar_revenue", "mof14bn"),
    ("sugar_newsletter.txt", "US$1 = MUR 46", 46, O, "sugar_fx_usd", "ghpfx"),
    ("sugar_newsletter.txt", "says 40 per cent will go to diabetes care", 40, MOFM, "sugar_earmark", "mof40"),
    ("sugar_newsletter.txt", "about 23 per cent of Mauritian adults have diabetes", 23, O, "sugar_diabetes", "ghp23"),
    ("sugar_newsletter.txt", "roughly 450 amputations a year", 450, MOH, "sugar_amputations", "moh450"),
    ("sugar_newsletter.txt", "counts 4,300 workers in the industry", 4300, MBA, "sugar_industry_jobs", "mba4300"),
    ("sugar_newsletter.txt", "40 per cent of drinks have already been reformulated", 40, MBA, "sugar_reformulated",
     "mba40"),
    ("sugar_newsletter.txt", "cut consumption by only 3 per cent", 3, UOM, "sugar_past_effect", "uom3"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("hoops_league.txt", "a delay of 14 minutes before the trophy presentation", 14, LKL, "hoops_opt_delay"),
    ("hoops_league.txt", "The game was sold out", None, LKL, "hoops_opt_soldout"),
    ("hoops_league.txt", "founded in 1993", None, LKL, "hoops_opt_founded"),
    ("hoops_league.txt", "Ten clubs took part", 10, LKL, "hoops_opt_clubs"),
    ("hoops_kaunas.txt", "less than half the size of Nemunas", None, O, "hoops_opt_size"),
    ("hoops_kaunas.txt", "0.2 seconds is not enough for a catch and shoot", 0.2, "reader Laurynas_K",
     "hoops_opt_comment"),
    ("hoops_kaunas.txt", "I paid 180 euros for that ticket", 180, "reader ona.m", "hoops_opt_ticket"),
    ("hoops_wire.txt", "their protest was lodged in time", None, NEM, "hoops_opt_intime"),
    ("hoops_wire.txt", "13 minutes too late", 13, LKL, "hoops_opt_late"),
    ("hoops_wire.txt", "since its records began in 2012", None, BAR, "hoops_opt_records"),
    ("hoops_newsletter.txt", "his only made shot of the fourth quarter", None, O, "hoops_opt_fourth"),
    ("hoops_newsletter.txt", "Nemunas spend at least twice that", None, O, "hoops_opt_twice"),
    ("debt_ministry.txt", "mature between 2041 and 2046", None, MOF, "debt_opt_bond_maturity"),
    ("debt_bangkok.txt", "weighed on the kip for two years", 2, O, "debt_opt_standoff"),
    ("debt_bangkok.txt", "78% is generous", 78, "reader somchai_bkk", "debt_opt_comment"),
    ("debt_wire.txt", "its strongest level since March", None, O, "debt_opt_kip_level"),
    ("debt_podcast.txt", "one more on Saturday morning", 1, MOF, "debt_opt_one_more"),
    ("sugar_ministry.txt", "introduced in 2013", None, MOFM, "sugar_opt_2013"),
    ("sugar_portlouis.txt", "half the government's estimate", None, ECO, "sugar_opt_half"),
    ("sugar_portlouis.txt", "Rs 22 more for a bottle of cola", 22, "reader kreol_gal", "sugar_opt_comment"),
    ("sugar_portlouis.txt", "lost a leg to diabetes at 61", 61, "reader Pradeep R.", "sugar_opt_comment_leg"),
    ("sugar_joburg.txt", "it would cut one shift", 1, HB, "sugar_opt_shift"),
    ("sugar_newsletter.txt", "raise barely half that", None, "local researchers (Mauritius)", "sugar_opt_half_gva"),
    ("sugar_newsletter.txt", "one of the highest rates in the world", None, O, "sugar_opt_rank"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # hoops
    "hoops_score": {("lkl84", "kep84"): CO, ("lkl84", "nbsw84"): CO, ("lkl84", "ehi85"): C, ("kep84", "nbsw84"): CO,
                    ("kep84", "ehi85"): C, ("nbsw84", "ehi85"): C},
    "hoops_series": {("lkl32", "nbsw32"): CO, ("lkl32", "ehi32"): CO, ("nbsw32", "ehi32"): CO},
    "hoops_tipoff": {("lkl2000", "nbsw1700"): CO, ("lkl2000", "ehinoon"): C, ("nbsw1700", "ehinoon"): C},
    "hoops_buzzer": {("lkl2208", "kep2211"): C, ("lkl2208", "nbsw1908"): CO, ("lkl2208", "ehi1508"): CO,
                     ("kep2211", "nbsw1908"): C, ("kep2211", "ehi1508"): C, ("nbsw1908", "ehi1508"): CO},
    "hoops_clock": {("lkl04", "nem02"): C, ("lkl04", "lkl04"): SC, ("lkl04", "ehi06"): C, ("nem02", "ehi06"): C},
    "hoops_review": {("lkl4", "kep12"): C, ("lkl4", "nbsw4"): CO, ("lkl4", "ehi4"): CO, ("kep12", "nbsw4"): C,
                     ("kep12", "ehi4"): C, ("nbsw4", "ehi4"): CO},
    "hoops_angles": {("lkl8", "tv3"): C},
    "hoops_release": {("lklbefore", "nemafter"): C, ("lklbefore", "tvafter"): C, ("nemafter", "tvafter"): CO,
                      ("tvafter", "tvafter"): SC},
    "hoops_confirmed": {("lkl0020", "kepmid"): CO, ("lkl0020", "lkl0020"): SC, ("lkl0020", "ehi1820"): C,
                        ("kepmid", "ehi1820"): C},
    "hoops_points": {("lkl31", "kep29"): C, ("lkl31", "nbsw31"): CO, ("lkl31", "ehi31"): CO, ("kep29", "nbsw31"): C,
                     ("kep29", "ehi31"): C, ("nbsw31", "ehi31"): CO},
    "hoops_attendance": {("lkl15412", "kep16k"): C, ("lkl15412", "nbsw15412"): CO, ("lkl15412", "lkl15412"): SC,
                         ("kep16k", "nbsw15412"): C},
    "hoops_capacity": {("nbsw15500", "ehi17k"): C},
    "hoops_protest_time": {("lkl2251", "nem2235"): C, ("lkl2251", "lkl2251"): SC},
    "hoops_protest_limit": {("lkl30", "nem1h"): C},
    "hoops_fine": {("lkl25k", "lkl25k"): SC, ("lkl25k", "ehi20k"): C},
    "hoops_appeal": {("lkl48", "ehi72"): C},
    "hoops_prize": {("lkl150k", "kep120k"): C, ("lkl150k", "lkl150k"): SC},
    "hoops_lead": {("kep11", "nbsw14"): C},
    "hoops_detained": {("pol9", "pol11"): U},
    "hoops_injured": {("pol2", "pol2"): SC, ("sr5", "pol2"): C},
    "hoops_stewards": {("pol210", "pol210"): SC, ("sr320", "pol210"): C},
    "hoops_police": {("pol140", "pol140"): SC},
    "hoops_tv": {("bar780k", "tv11m"): C, ("tv11m", "tv11m"): SC},
    "hoops_age": {("nbsw27", "ehi26"): C},
    "hoops_contract": {("sost2", "agent3"): C, ("agent3", "agent3"): SC},
    "hoops_buyout": {("agent15", "ehi1m"): C},
    "hoops_last_title": {("kep2021", "nbsw2021"): CO},
    "hoops_budget": {("kep6m", "ehi9m"): C},
    # debt
    "debt_signed": {("mof1630", "cpt1630"): CO, ("mof1630", "mof1630"): SC, ("mof1630", "aper2030"): C,
                    ("cpt1630", "aper2030"): C},
    "debt_talks": {("mof19", "cfw2y"): C, ("mof19", "aper19"): CO, ("cfw2y", "aper19"): C},
    "debt_covered": {("mof52", "mof52"): SC, ("mof52", "cfw5"): CO, ("mof52", "djm34"): C, ("cfw5", "djm34"): C},
    "debt_external": {("mof138", "cpt14"): CO, ("mof138", "kes156"): C, ("cpt14", "kes156"): C},
    "debt_maturity": {("mof12", "cfw10"): C, ("mof12", "aper12y"): CO, ("cfw10", "aper12y"): C},
    "debt_grace": {("mof5", "mof5"): SC, ("mof5", "tbg3"): C, ("tbg3", "tbg3"): SC},
    "debt_rate": {("mof21", "npw32"): C},
    "debt_relief": {("mof40", "npw22"): C, ("mof40", "kes30"): C, ("npw22", "kes30"): C},
    "debt_creditors": {("mof14", "mof15"): U, ("mof14", "cfw11"): C, ("cfw11", "mof15"): C},
    "debt_participation": {("mof91", "mof91"): SC, ("mof91", "tbg78"): C},
    "debt_bonds": {("mof42", "mof42"): SC, ("mof42", "aper12"): CO},
    "debt_savings": {("mof900", "mof900"): SC, ("mof900", "npw550"): C},
    "debt_ratio": {("mof108", "kes121"): C},
    "debt_target": {("mof70", "kes90"): C},
    "debt_service_share": {("mof48rev", "djm60"): C},
    "debt_power_included": {("mofincl", "djm"): C},
    "debt_reserves": {("bol21", "kes16"): C},
    "debt_import_cover": {("bol35", "npw2"): C},
    "debt_kip": {("deal4", "cfw23"): C},
    "debt_power_exports": {("cpt2bn", "lpec26"): C, ("lpec26", "lpec26"): SC},
    "debt_rating": {("cptb", "kes"): C, ("kes", "kes"): SC},
    "debt_inflation": {("lsb146", "aper20"): C},
    # sugar
    "sugar_start": {("mof0000", "plo0000"): CO, ("mof0000", "hbd0200"): C, ("mof0000", "ghp2200"): CO,
                    ("plo0000", "hbd0200"): C, ("plo0000", "ghp2200"): CO, ("hbd0200", "ghp2200"): C},
    "sugar_rate_new": {("mof008", "plo008"): CO, ("mof008", "hbd010"): C, ("mof008", "ghp008"): CO,
                       ("plo008", "hbd010"): C, ("plo008", "ghp008"): CO, ("hbd010", "ghp008"): C},
    "sugar_rate_old": {("mof003", "plo003"): CO, ("mof003", "hbd004"): C, ("plo003", "hbd004"): C},
    "sugar_threshold": {("mof6", "hbd4"): C, ("mof6", "ghp6"): CO, ("hbd4", "ghp6"): C},
    "sugar_price": {("mof9", "mba22"): C, ("mba22", "mba22"): SC},
    "sugar_revenue": {("mof14bn", "mof14bn"): SC, ("mof14bn", "eco700"): C},
    "sugar_earmark": {("mof40", "mof40"): SC, ("mof40", "mdf15"): C},
    "sugar_submissions": {("mof312", "mba600"): C},
    "sugar_jobs": {("mof150", "mba1200"): C, ("mba1200", "mba1200"): SC},
    "sugar_diabetes": {("moh226", "mdf33"): C, ("moh226", "ghp23"): CO, ("mdf33", "ghp23"): C},
    "sugar_amputations": {("moh450", "moh450"): SC, ("moh450", "surg700"): C},
    "sugar_past_effect": {("mof14", "uom3"): C},
    "sugar_old_stock": {("mof31oct", "hbdnov"): C},
    "sugar_industry_jobs": {("mba4300", "mba4300"): SC, ("sm2900", "mba4300"): C},
    "sugar_reformulated": {("mba40", "mba40"): SC, ("mdf10", "mba40"): C},
    "sugar_local_sugar": {("pcgu14k", "mba6500"): C, ("mba6500", "mba6500"): SC},
    "sugar_protest": {("pol250", "hbdhundreds"): CO, ("un1500", "hbdhundreds"): C, ("pol200", "pol250"): U,
                      ("pol200", "un1500"): C},
    "sugar_vote_yes": {("plo41", "hbd44"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
