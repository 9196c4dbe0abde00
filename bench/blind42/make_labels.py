"""Hand labels for bench/blind42 (the Greenland parliament's vote on an exploitation licence for the Qingua zinc and
rare-earth mine near Maniitsoq, its tally, cost, jobs, royalty, reserve, uranium and protest disputed, with times in
West Greenland time, UTC-2 since 2023, CET and Korea time, UTC+9; a Samoa-Tonga rugby test at Apia Park after a
players' pay dispute, its crowd, fees, arrears, grant, gate and winning try disputed, with times in Samoa time,
UTC+13, American Samoa time, UTC-11, New Zealand Standard Time, UTC+12, and US Pacific Daylight Time, UTC-7; Egypt's
rise in the price of subsidised bread, its size, loaf weight, beneficiaries, subsidy bill, savings, reserves and
wheat imports disputed, with times in Egypt's summer time, UTC+3, GMT and Gulf time, UTC+4).
Run from the project root:
    python3 bench/blind42/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
QM = ("Qingua Minerals A/S, the mining company (chief executive Mette Kjærgaard-Olsen; "
      "Greenland country manager Aputsiaq Lynge-Rosing)")
PARL = "Inatsisartut, Greenland's parliament (its official voting record)"
MINR = "Greenland's Minister for Mineral Resources, Naja Brønlund-Egede"
OPPG = "opposition MP Tittus Frederiksen-Mølgaard (Nuna Nutaaq)"
SW = "Sermersuaq Watch, an environmental group (spokeswoman Ivalo Kristiansen-Hammeken)"
GWF = "Greenland Workers' Federation (chair Jens-Erik Poulsen-Kreutzmann)"
FISH = "Maniitsoq fishers' and hunters' association (chair Kaaleeraq Heilmann-Dahl)"
POLG = "the police in Nuuk"
MUNI = "officials at the municipal office in Maniitsoq (unnamed)"
KRG = "Kestrel Rock Geoconsult (the independent technical report for the licence application)"
SEON = "Seonjin Materials Co., Ltd., Seoul, the offtake partner (its own disclosure)"

LSF = "Lakapi Samoa Federation (LSF), the national rugby body (chief executive Tuala Semisi Fa'alogo-Heather)"
PPC = "Pacific Players' Collective (PPC), the players' union (general secretary Malia Seiuli-Brandt)"
MINS = "Samoa's Sports Minister Leota Faamausili-Kerr"
VSN = "Vaiala Sports Network, the broadcaster"
PAM = "Pacific Audience Measurement, a ratings agency"
FINO = "two officials at Samoa's Ministry of Finance (unnamed, quoted by the columnist)"
SELL = "ticket sellers at Apia Park (unnamed, quoted by the Tutuila Tribune)"
LAGI = "a source at Lagi Mobile, the sponsor (unnamed)"
SOME = "some players (unnamed, per the columnist)"

GOV = ("Egypt's government (cabinet spokesman Tarek Abdel-Ghaffar Nour; "
       "Minister of Supply and Internal Trade Dr Hesham Raslan-Saeed)")
ECON = "economist Nadia Shukri-Halim (Nile Policy Institute, Cairo)"
BAK = "Federation of Baladi Bakeries (head Sayed Abu-Hashem Tolba)"
MPE = "independent MP Amr Fathalla-Rizk"
CWE = "Consumer Watch Egypt (head Mona El-Gamal-Soliman)"
TRAD = "grain traders (unnamed, quoted by Gulf Grain & Oilseeds Brief)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- licence: Greenland's parliament approves an exploitation licence for Qingua Minerals' zinc and
    # rare-earth mine near Maniitsoq on Thu 23 Nov 2034 at 16:40 Nuuk time; West Greenland keeps UTC-2 in winter
    # since 2023 (UTC-3 before), so 16:40 in Nuuk = 18:40 UTC = 19:40 CET in Copenhagen = 03:40 KST on Fri 24 Nov in
    # Seoul; jobs 450 (company, Friday) -> 480 (company, Monday); no one hurt
    # a Copenhagen news wire (Nordlys Wire; no date line, a time line "23.11.2034 22:05 CET", glued dateline
    # "NUUK, Nov 23 (Nordlys)Greenland's", the zone mistake "at 20:40 Danish time" (as if Nuuk kept UTC-3), a glued
    # sentence 'she said."The public', reporting/editing sign-off), Thursday 23 Nov
    ("licence_wire.txt", "on Thursday", None, O, "licence_date", "outwthu"),
    ("licence_wire.txt", "a 30-year licence", 30, O, "licence_term", "outw30"),
    ("licence_wire.txt", "a seven-hour debate", 7, O, "licence_debate", "outw7h"),
    ("licence_wire.txt", "at 20:40 Danish time", None, O, "licence_time", "outw2040"),
    ("licence_wire.txt", "17 votes in favour", 17, PARL, "licence_for", "parl17"),
    ("licence_wire.txt", "12 against", 12, PARL, "licence_against", "parl12"),
    ("licence_wire.txt", "two abstentions", 2, PARL, "licence_abstain", "parl2"),
    ("licence_wire.txt", "some 400 permanent jobs", 400, MINR, "licence_jobs", "min400"),
    ("licence_wire.txt", "DKK 310 million a year", 310000000, MINR, "licence_revenue", "min310"),
    ("licence_wire.txt", "about $45 million", 45000000, MINR, "licence_revenue", "min310"),
    ("licence_wire.txt", "a royalty of 5.5 per cent", 5.5, MINR, "licence_royalty", "min55"),
    ("licence_wire.txt", "1,214 written submissions", 1214, MINR, "licence_submissions", "min1214"),
    ("licence_wire.txt", "4.2 billion Danish crowns", 4200000000, QM, "licence_invest", "qm42"),
    ("licence_wire.txt", "$609 million", 609000000, QM, "licence_invest", "qm42"),
    ("licence_wire.txt", "first production in 2038", None, QM, "licence_start", "qm2038"),
    ("licence_wire.txt", "some 48 million tonnes of ore", 48000000, QM, "licence_reserve", "qm48"),
    ("licence_wire.txt", "about 1,100 workers", 1100, MUNI, "licence_construction", "muni1100"),
    ("licence_wire.txt", "some 24 miles from the town", 24, O, "licence_distance", "outw24mi"),
    ("licence_wire.txt", "as much as 240 parts per million", 240, SW, "licence_uranium", "sw240"),
    ("licence_wire.txt", "the 100 ppm ceiling", 100, O, "licence_limit", "outw100"),
    ("licence_wire.txt", "about 350 people", 350, POLG, "licence_protest", "pol350"),
    # the company's announcement (Qingua Minerals A/S, Copenhagen and Nuuk; own-line date, highlights list, the chief
    # executive quoted, "About" boilerplate with look-alike figures, investor-relations phone number), Friday 24 Nov
    ("licence_release.txt", "on Thursday 23 November 2034", None, QM, "licence_date", "qmdate"),
    ("licence_release.txt", "at 16:40 Nuuk time", None, QM, "licence_time", "qm1640"),
    ("licence_release.txt", "The licence runs for 30 years", 30, QM, "licence_term", "qm30"),
    ("licence_release.txt", "DKK 4.2 billion", 4200000000, QM, "licence_invest", "qm42"),
    ("licence_release.txt", "approximately EUR 563 million", 563000000, QM, "licence_invest", "qm42"),
    ("licence_release.txt", "Probable ore reserve of 48 million tonnes", 48000000, QM, "licence_reserve", "qm48"),
    ("licence_release.txt", "6.1 per cent zinc", 6.1, QM, "licence_grade", "qm61"),
    ("licence_release.txt", "2.2 million tonnes per year", 2200000, QM, "licence_throughput", "qm22mt"),
    ("licence_release.txt", "a mine life of 22 years", 22, QM, "licence_life", "qm22y"),
    ("licence_release.txt", "some 3,500 tonnes of rare-earth oxide", 3500, QM, "licence_reo", "qm3500"),
    ("licence_release.txt", "450 permanent jobs in operation", 450, QM, "licence_jobs", "qm450"),
    ("licence_release.txt", "up to 900 workers during construction", 900, QM, "licence_construction", "qm900"),
    ("licence_release.txt", "First concentrate in 2038", None, QM, "licence_start", "qm2038"),
    ("licence_release.txt", "at least 60 per cent of the permanent workforce", 60, QM, "licence_local_share", "qm60"),
    ("licence_release.txt", "38 kilometres north of Maniitsoq", 38, QM, "licence_distance", "qm38"),
    ("licence_release.txt", "about 20 ore shipments a year", 20, QM, "licence_shipments", "qm20"),
    ("licence_release.txt", "stored on land in a lined facility", None, QM, "licence_tailings", "qmland"),
    ("licence_release.txt", "an average of 74 parts per million", 74, QM, "licence_uranium", "qm74"),
    ("licence_release.txt", "70 per cent of the zinc concentrate", 70, QM, "licence_offtake", "qm70"),
    ("licence_release.txt", "for the first ten years of production", 10, QM, "licence_offtake_years", "qm10y"),
    # a Nuuk weekly's English edition (Kalaallit Times; date prefix glued to the masthead, a photo caption with a
    # wrong year "on 23 November 2033", the time told in words, the opposition, the company, a union, an environmental
    # group and fishers quoted, a glued sentence "winter.The", three reader comments (two with figures), comment and
    # subscription boilerplate), Wednesday 29 Nov
    ("licence_local.txt", "on 23 November 2033", None, O, "licence_date", "outlcap"),
    ("licence_local.txt", "twenty to five", None, O, "licence_time", "outl1640"),
    ("licence_local.txt", "last Thursday", None, O, "licence_date", "outllthu"),
    ("licence_local.txt", "more than nine hours", 9, O, "licence_debate", "outl9h"),
    ("licence_local.txt", "Only 16 valid votes", 16, OPPG, "licence_for", "opp16"),
    ("licence_local.txt", "13 members voted against", 13, OPPG, "licence_against", "opp13"),
    ("licence_local.txt", "more than 7 billion kroner", 7000000000, OPPG, "licence_invest", "opp7"),
    ("licence_local.txt", "a royalty of just 4.5 per cent", 4.5, OPPG, "licence_royalty", "opp45"),
    ("licence_local.txt", "480 permanent jobs", 480, QM, "licence_jobs", "qm480"),
    ("licence_local.txt", "The 25-year licence", 25, O, "licence_term", "outl25"),
    ("licence_local.txt", "fewer than 300 permanent posts", 300, GWF, "licence_jobs", "gwf300"),
    ("licence_local.txt", "barely a third of them will be filled from Greenland", 33, GWF, "licence_local_share", "gwf33"),
    ("licence_local.txt", "more than 1,200 people", 1200, SW, "licence_protest", "sw1200"),
    ("licence_local.txt", "Several hundred people stood in the snow", None, O, "licence_protest", "outl100s"),
    ("licence_local.txt", "only 25 kilometres from Maniitsoq", 25, SW, "licence_distance", "sw25"),
    ("licence_local.txt", "up to 240 ppm of uranium", 240, SW, "licence_uranium", "sw240"),
    ("licence_local.txt", "the legal limit of 100 parts per million", 100, SW, "licence_limit", "sw100"),
    ("licence_local.txt", "dumped in the fjord", None, SW, "licence_tailings", "swfjord"),
    ("licence_local.txt", "nearly 2,000 submissions", 2000, SW, "licence_submissions", "sw2000"),
    ("licence_local.txt", "up to 35 ore carriers a year", 35, FISH, "licence_shipments", "fish35"),
    # a mining trade newsletter (Arctic Ore Letter, No. 418; leading-space own-line date, first person, bold-style
    # paragraph heads, CET and Seoul times, the company's figures quoted back, an independent technical report and
    # the offtake partner's disclosure, subscription boilerplate), Monday 27 Nov
    ("licence_trade.txt", "on 23 November", None, O, "licence_date", "outtdate"),
    ("licence_trade.txt", "17 of the 31 members", 17, O, "licence_for", "outt17"),
    ("licence_trade.txt", "12 against", 12, O, "licence_against", "outt12"),
    ("licence_trade.txt", "two abstentions", 2, O, "licence_abstain", "outt2"),
    ("licence_trade.txt", "at 19:40 CET", None, O, "licence_time", "outt1940"),
    ("licence_trade.txt", "03:40 on Friday in Seoul", None, O, "licence_time", "outt1940"),
    ("licence_trade.txt", "about 60 per cent of the zinc concentrate", 60, SEON, "licence_offtake", "seon60"),
    ("licence_trade.txt", "only for eight years", 8, SEON, "licence_offtake_years", "seon8y"),
    ("licence_trade.txt", "Qingua says DKK 4.2 billion", 4200000000, QM, "licence_invest", "qm42"),
    ("licence_trade.txt", "closer to DKK 6 billion", 6000000000, O, "licence_invest", "outt6"),
    ("licence_trade.txt", "about $870 million", 870000000, O, "licence_invest", "outt6"),
    ("licence_trade.txt", "41 million tonnes", 41000000, KRG, "licence_reserve", "krg41"),
    ("licence_trade.txt", "5.4 per cent zinc", 5.4, KRG, "licence_grade", "krg54"),
    ("licence_trade.txt", "2.4 million tonnes a year", 2400000, KRG, "licence_throughput", "krg24mt"),
    ("licence_trade.txt", "a mine life of 17 years", 17, O, "licence_life", "outt17y"),
    ("licence_trade.txt", "about 2,800 tonnes of oxide a year", 2800, O, "licence_reo", "outt2800"),
    ("licence_trade.txt", "a royalty of 5.5 per cent", 5.5, MINR, "licence_royalty", "min55"),
    ("licence_trade.txt", "a 4.5 per cent royalty", 4.5, O, "licence_royalty", "outt45"),
    ("licence_trade.txt", "nearer DKK 120 million a year", 120000000, O, "licence_revenue", "outt120"),
    ("licence_trade.txt", "the 310 million the minister has been quoting", 310000000, MINR, "licence_revenue", "min310"),
    ("licence_trade.txt", "The 450 jobs promised in the announcement", 450, QM, "licence_jobs", "qm450"),
    ("licence_trade.txt", "have already become 480", 480, QM, "licence_jobs", "qm480"),
    ("licence_trade.txt", "about half of them being Greenlandic", 50, O, "licence_local_share", "outt50"),
    ("licence_trade.txt", "First concentrate in 2038", None, QM, "licence_start", "qm2038"),
    ("licence_trade.txt", "Not before 2040", None, O, "licence_start", "outt2040"),

    # ---------------- test: Samoa beat Tonga 27-24 at Apia Park on Sat 8 Jul 2034, kick-off 15:00 Samoa time (UTC+13
    # all year, no summer time since 2021) = 02:00 UTC = 14:00 NZST in Auckland (UTC+12 in July) = 15:00 on Fri 7 Jul
    # in Pago Pago (UTC-11, the same clock a day earlier) = 19:00 PDT on Fri 7 Jul in Los Angeles; the pay deal signed
    # at 23:15 on Fri 7 Jul in Apia = 22:15 NZST = 23:15 on Thu 6 Jul in Pago Pago; arrears WST 180,000 (players'
    # union, Saturday) -> WST 240,000 (players' union, Monday); no one hurt
    # the federation's media statement (Lakapi Samoa Federation, Apia; leading-space date with the masthead continuing
    # on the same line, the chief executive quoted, media contact with a phone number), Sunday 9 Jul
    ("test_statement.txt", "27–24 victory", None, LSF, "test_score", "lsfscore"),
    ("test_statement.txt", "on Saturday 8 July", None, LSF, "test_date", "lsfsat8"),
    ("test_statement.txt", "at 3 p.m. Apia time", None, LSF, "test_time", "lsf1500"),
    ("test_statement.txt", "11,400 spectators", 11400, LSF, "test_attendance", "lsf11400"),
    ("test_statement.txt", "more than 1,000 supporters from American Samoa", 1000, LSF, "test_travellers", "lsf1000"),
    ("test_statement.txt", "Apia Park, which holds 15,000", 15000, LSF, "test_capacity", "lsf15000"),
    ("test_statement.txt", "in the 76th minute", 76, LSF, "test_tryminute", "lsf76"),
    ("test_statement.txt", "his 50th test", 50, LSF, "test_caps", "lsf50"),
    ("test_statement.txt", "at 23:15 on Friday", None, LSF, "test_deal_time", "lsf2315"),
    ("test_statement.txt", "the 31-man squad", 31, LSF, "test_squad", "lsf31"),
    ("test_statement.txt", "WST 4,000 per test", 4000, LSF, "test_newfee", "lsf4000"),
    ("test_statement.txt", "the WST 3,000 per match paid until now", 3000, LSF, "test_oldfee", "lsf3000"),
    ("test_statement.txt", "less than WST 100,000", 100000, LSF, "test_arrears", "lsf100k"),
    ("test_statement.txt", "by 31 August", None, LSF, "test_payby", "lsf31aug"),
    ("test_statement.txt", "fewer than ten players signed the letter", 10, LSF, "test_boycott", "lsf10"),
    ("test_statement.txt", "an emergency grant of WST 250,000", 250000, LSF, "test_grant", "lsf250k"),
    ("test_statement.txt", "1.3 million viewers", 1300000, VSN, "test_viewers", "vsn13"),
    ("test_statement.txt", "Gate takings on Saturday were WST 412,000", 412000, LSF, "test_gate", "lsf412k"),
    ("test_statement.txt", "stood at WST 1.8 million", 1800000, LSF, "test_debt", "lsf18m"),
    ("test_statement.txt", "sponsorship worth WST 2.4 million", 2400000, LSF, "test_sponsor", "lsf24m"),
    ("test_statement.txt", "against Fiji in Suva on Saturday 22 July", None, LSF, "test_next", "lsf22jul"),
    # an Auckland sports site's live blog (Touchline Pacific; date prefix with the masthead continuing on the same
    # line, entries by match minute, the zone mistake "3pm NZT" (as if New Zealand kept Samoa's UTC+13 in July, as
    # it does only in its summer), the players' union and the minister quoted, free-to-read boilerplate), Saturday 8 Jul
    ("test_liveblog.txt", "3pm NZT", None, O, "test_time", "outb3nzt"),
    ("test_liveblog.txt", "at 11.15pm Apia time last night", None, PPC, "test_deal_time", "ppc2315"),
    ("test_liveblog.txt", "WST 1,500 a test", 1500, PPC, "test_oldfee", "ppc1500"),
    ("test_liveblog.txt", "about NZ$900", 900, PPC, "test_oldfee", "ppc1500"),
    ("test_liveblog.txt", "still owed WST 180,000", 180000, PPC, "test_arrears", "ppc180k"),
    ("test_liveblog.txt", "WST 6,000 a test", 6000, PPC, "test_demand", "ppc6000"),
    ("test_liveblog.txt", "More than two dozen players", 24, O, "test_boycott", "outb24"),
    ("test_liveblog.txt", "WST 250,000 from the Sports Development Fund", 250000, MINS, "test_grant", "mins250k"),
    ("test_liveblog.txt", "his 49th cap", 49, O, "test_caps", "outb49"),
    ("test_liveblog.txt", "A 33-man squad", 33, O, "test_squad", "outb33"),
    ("test_liveblog.txt", "around 9,000 in the ground", 9000, O, "test_attendance", "outb9000"),
    ("test_liveblog.txt", "in the 78th minute", 78, O, "test_tryminute", "outb78"),
    ("test_liveblog.txt", "Samoa 27, Tonga 24", None, O, "test_score", "outbscore"),
    ("test_liveblog.txt", "two yellow cards in all", 2, O, "test_cards", "outb2"),
    ("test_liveblog.txt", "Fiji in Suva on 29 July", None, O, "test_next", "outb29jul"),
    # an American Samoa daily (Tutuila Tribune, Pago Pago; no date line, a masthead with the local date, dates and
    # times in American Samoa time, a photo caption, the players' union quoted, the union's arrears raised, a
    # dollar conversion, subscription boilerplate), Monday 10 Jul (Pago Pago)
    ("test_tribune.txt", "27-24", None, O, "test_score", "outtrscore"),
    ("test_tribune.txt", "on Friday, July 7", None, O, "test_date", "outtrfri7"),
    ("test_tribune.txt", "at 3 p.m. Friday local time", None, O, "test_time", "outtr1500"),
    ("test_tribune.txt", "7 p.m. Friday in Los Angeles", None, O, "test_time", "outtr1500"),
    ("test_tribune.txt", "nearly 15,000 fans", 15000, O, "test_attendance", "outtr15000"),
    ("test_tribune.txt", "more than 600 who flew over from Tutuila", 600, O, "test_travellers", "outtr600"),
    ("test_tribune.txt", "with two minutes left", 2, O, "test_tryminute", "outtr2left"),
    ("test_tribune.txt", "three yellow cards", 3, O, "test_cards", "outtr3"),
    ("test_tribune.txt", "at 11:15 p.m. Thursday, local time", None, O, "test_deal_time", "outtr2315"),
    ("test_tribune.txt", "Twenty-eight of the 31 players", 28, PPC, "test_boycott", "ppc28"),
    ("test_tribune.txt", "WST 240,000", 240000, PPC, "test_arrears", "ppc240k"),
    ("test_tribune.txt", "about $89,000", 89000, PPC, "test_arrears", "ppc240k"),
    ("test_tribune.txt", "by 30 September", None, PPC, "test_payby", "ppc30sep"),
    ("test_tribune.txt", "WST 4,500 a test", 4500, PPC, "test_newfee", "ppc4500"),
    ("test_tribune.txt", "gate takings topped WST 600,000", 600000, SELL, "test_gate", "sell600k"),
    ("test_tribune.txt", "worth WST 1.5 million over three years", 1500000, LAGI, "test_sponsor", "lagi15m"),
    ("test_tribune.txt", "ranked 12th in the world", 12, O, "test_ranking", "outtr12"),
    ("test_tribune.txt", "play Fiji in Suva on July 22", None, O, "test_next", "outtr22jul"),
    # an Apia weekly's opinion column (Mulinu'u Weekly; own-line date, first person, the federation's figures quoted
    # back, the columnist's own estimates, a glued sentence "invoices.The", author's note), Wednesday 12 Jul
    ("test_column.txt", "at three o'clock", None, O, "test_time", "outc1500"),
    ("test_column.txt", "last Saturday", None, O, "test_date", "outclsat"),
    ("test_column.txt", "The federation says 11,400 people were there", 11400, LSF, "test_attendance", "lsf11400"),
    ("test_column.txt", "a ground that holds 18,000", 18000, O, "test_capacity", "outc18000"),
    ("test_column.txt", "1,500 tala a test", 1500, PPC, "test_oldfee", "ppc1500"),
    ("test_column.txt", "nearly a quarter of a million tala", 250000, O, "test_arrears", "outc250k"),
    ("test_column.txt", "it paid WST 3,000 a match", 3000, LSF, "test_oldfee", "lsf3000"),
    ("test_column.txt", "half a million tala", 500000, FINO, "test_grant", "fino500k"),
    ("test_column.txt", "about WST 330,000", 330000, O, "test_gate", "outc330k"),
    ("test_column.txt", "closer to WST 3.1 million", 3100000, O, "test_debt", "outc31m"),
    ("test_column.txt", "Vaiala Sports Network says 1.3 million watched", 1300000, VSN, "test_viewers", "vsn13"),
    ("test_column.txt", "barely 400,000 viewers", 400000, PAM, "test_viewers", "pam400k"),
    ("test_column.txt", "8,000 tala a test", 8000, SOME, "test_demand", "some8000"),
    ("test_column.txt", "in the 78th minute", 78, O, "test_tryminute", "outc78"),
    ("test_column.txt", "Samoa are 13th in the world", 13, O, "test_ranking", "outc13"),
    ("test_column.txt", "late on Friday night", None, O, "test_deal_time", "outclate"),

    # ---------------- bread: Egypt's cabinet raises the price of a subsidised loaf from 20 to 35 piastres, announced
    # on Wed 3 May 2034 at 14:00 Cairo time; Egypt brought back summer time in 2023 and moved to UTC+3 on Fri 28 Apr
    # 2034, so 14:00 in Cairo = 11:00 UTC (GMT) = 12:00 BST in London = 15:00 Gulf time in Dubai (UTC+4); savings
    # EGP 38 billion (government, Wednesday) -> EGP 41 billion (the minister, Thursday); no one hurt
    # the cabinet's statement (Council of Ministers Media Office; own-line date, unofficial translation, numbered
    # points, a hotline number), Wednesday 3 May
    ("bread_statement.txt", "on Wednesday 3 May 2034", None, GOV, "bread_date", "govdate"),
    ("bread_statement.txt", "at 2 p.m.", None, GOV, "bread_time", "gov1400"),
    ("bread_statement.txt", "From Thursday 1 June 2034", None, GOV, "bread_effective", "gov1jun"),
    ("bread_statement.txt", "the price of a subsidised loaf will be 35 piastres", 35, GOV, "bread_newprice", "gov35"),
    ("bread_statement.txt", "up from 20 piastres", 20, GOV, "bread_oldprice", "gov20"),
    ("bread_statement.txt", "an increase of 75 per cent", 75, GOV, "bread_rise", "gov75"),
    ("bread_statement.txt", "The weight of the loaf remains 90 grams", 90, GOV, "bread_weight", "gov90"),
    ("bread_statement.txt", "five loaves a day", 5, GOV, "bread_perperson", "gov5"),
    ("bread_statement.txt", "the 61 million citizens registered on ration cards", 61000000, GOV, "bread_beneficiaries", "gov61"),
    ("bread_statement.txt", "has reached 125 piastres", 125, GOV, "bread_cost", "gov125"),
    ("bread_statement.txt", "EGP 134 billion", 134000000000, GOV, "bread_bill", "gov134"),
    ("bread_statement.txt", "EGP 38 billion a year", 38000000000, GOV, "bread_savings", "gov38"),
    ("bread_statement.txt", "an additional EGP 75 a month", 75, GOV, "bread_comp", "gov75m"),
    ("bread_statement.txt", "less than half a percentage point", 0.5, GOV, "bread_inflation", "gov05"),
    ("bread_statement.txt", "30,200 licensed bakeries", 30200, GOV, "bread_bakeries", "gov30200"),
    ("bread_statement.txt", "sufficient for 4.5 months", 4.5, GOV, "bread_reserves", "gov45m"),
    ("bread_statement.txt", "11.5 million tonnes of wheat", 11500000, GOV, "bread_imports", "gov115"),
    ("bread_statement.txt", "$245 a tonne", 245, GOV, "bread_wheatprice", "gov245"),
    ("bread_statement.txt", "the first change in the price of subsidised bread since 2026", None, GOV, "bread_lastrise", "gov2026"),
    # a London news wire (Albion Press Agency; no date line, a time line "Wed 3 May 2034 | 13:52 BST", glued
    # dateline "CAIRO, May 3 (APA)Egypt", the zone mistake "at 1200 GMT" (as if Egypt kept UTC+2 without its
    # summer time), dollars in brackets, a glued sentence "year.Nadia", reporting/editing sign-off), Wednesday 3 May
    ("bread_wire.txt", "to 35 piastres", 35, GOV, "bread_newprice", "gov35"),
    ("bread_wire.txt", "from 20 piastres", 20, GOV, "bread_oldprice", "gov20"),
    ("bread_wire.txt", "on Wednesday", None, O, "bread_date", "outwwed"),
    ("bread_wire.txt", "a 75% increase", 75, O, "bread_rise", "outw75"),
    ("bread_wire.txt", "at 1200 GMT", None, O, "bread_time", "outw1200"),
    ("bread_wire.txt", "from June 1", None, GOV, "bread_effective", "gov1jun"),
    ("bread_wire.txt", "About 60 million people", 60000000, O, "bread_beneficiaries", "outw60"),
    ("bread_wire.txt", "five loaves per person per day", 5, O, "bread_perperson", "outw5"),
    ("bread_wire.txt", "Each loaf weighs 90 grams", 90, O, "bread_weight", "outw90"),
    ("bread_wire.txt", "134 billion Egyptian pounds", 134000000000, GOV, "bread_bill", "gov134"),
    ("bread_wire.txt", "$2.6 billion", 2600000000, GOV, "bread_bill", "gov134"),
    ("bread_wire.txt", "closer to 160 billion pounds", 160000000000, ECON, "bread_bill", "econ160"),
    ("bread_wire.txt", "add 1.2 percentage points to annual inflation", 1.2, ECON, "bread_inflation", "econ12"),
    ("bread_wire.txt", "at least 160 piastres", 160, BAK, "bread_cost", "bak160"),
    ("bread_wire.txt", "about 27,000 bakeries", 27000, BAK, "bread_bakeries", "bak27000"),
    ("bread_wire.txt", "some 13 million tonnes a year", 13000000, O, "bread_imports", "outw13"),
    ("bread_wire.txt", "has not changed for ten years", 10, O, "bread_lastrise", "outw10y"),
    # a Cairo radio morning show's transcript (Delta FM English Service, "Cairo This Morning"; leading-space own-line
    # date, speaker labels with clock stamps, the minister's raised savings figure, a recorded MP, a consumer group
    # and the bakers told by the presenter, number words), Thursday 4 May
    ("bread_radio.txt", "thirty-five piastres", 35, O, "bread_newprice", "outr35"),
    ("bread_radio.txt", "announced it yesterday", None, O, "bread_date", "outryest"),
    ("bread_radio.txt", "at two in the afternoon", None, O, "bread_time", "outr1400"),
    ("bread_radio.txt", "the first rise in eight years", 8, GOV, "bread_lastrise", "gov2026"),
    ("bread_radio.txt", "EGP 41 billion a year", 41000000000, GOV, "bread_savings", "gov41"),
    ("bread_radio.txt", "ninety grams by law", 90, GOV, "bread_weight", "gov90"),
    ("bread_radio.txt", "250 million loaves a day", 250000000, GOV, "bread_loaves", "gov250m"),
    ("bread_radio.txt", "enough for four and a half months", 4.5, GOV, "bread_reserves", "gov45m"),
    ("bread_radio.txt", "They call it seventy-five per cent", 75, GOV, "bread_rise", "gov75"),
    ("bread_radio.txt", "nearly double", 100, MPE, "bread_rise", "mpdouble"),
    ("bread_radio.txt", "they say sixty-one million people are covered", 61000000, GOV, "bread_beneficiaries", "gov61"),
    ("bread_radio.txt", "more than 70 million Egyptians", 70000000, MPE, "bread_beneficiaries", "mp70"),
    ("bread_radio.txt", "barely 80 grams", 80, CWE, "bread_weight", "cw80"),
    ("bread_radio.txt", "150 loaves a month", 150, CWE, "bread_perperson", "cw150"),
    ("bread_radio.txt", "just EGP 50 a month", 50, CWE, "bread_comp", "cw50"),
    ("bread_radio.txt", "all twenty-seven thousand bakeries", 27000, BAK, "bread_bakeries", "bak27000"),
    ("bread_radio.txt", "from 15 May", None, BAK, "bread_effective", "bak15may"),
    ("bread_radio.txt", "one pound sixty", 1.6, BAK, "bread_cost", "bak160"),
    ("bread_radio.txt", "on the first of June", None, GOV, "bread_effective", "gov1jun"),
    # a Dubai grain-trade weekly (Gulf Grain & Oilseeds Brief; date prefix glued to the masthead, Dubai time, the
    # government's figures quoted back, its own vessel count and arithmetic, the economist and traders quoted,
    # "(US$1 = EGP 52.0)", subscription boilerplate), Monday 8 May
    ("bread_grain.txt", "on 3 May", None, O, "bread_date", "outg3may"),
    ("bread_grain.txt", "at 3 p.m. Dubai time", None, O, "bread_time", "outg1500"),
    ("bread_grain.txt", "A loaf will cost 35 piastres", 35, O, "bread_newprice", "outg35"),
    ("bread_grain.txt", "a 70 per cent rise", 70, O, "bread_rise", "outg70"),
    ("bread_grain.txt", "the 90 g loaf", 90, O, "bread_weight", "outg90"),
    ("bread_grain.txt", "Sixty-one million card holders", 61000000, O, "bread_beneficiaries", "outg61"),
    ("bread_grain.txt", "about 305 million loaves a day", 305000000, O, "bread_loaves", "outg305"),
    ("bread_grain.txt", "bakeries turn out 250 million", 250000000, GOV, "bread_loaves", "gov250m"),
    ("bread_grain.txt", "12.8 million tonnes of wheat abroad", 12800000, O, "bread_imports", "outg128"),
    ("bread_grain.txt", "an official 11.5 million", 11500000, GOV, "bread_imports", "gov115"),
    ("bread_grain.txt", "$268 a tonne", 268, O, "bread_wheatprice", "outg268"),
    ("bread_grain.txt", "the $245 the ministry cites", 245, GOV, "bread_wheatprice", "gov245"),
    ("bread_grain.txt", "reserves cover 4.5 months", 4.5, GOV, "bread_reserves", "gov45m"),
    ("bread_grain.txt", "closer to three months", 3, TRAD, "bread_reserves", "trad3m"),
    ("bread_grain.txt", "EGP 125 billion", 125000000000, O, "bread_bill", "outg125"),
    ("bread_grain.txt", "$2.4 billion", 2400000000, O, "bread_bill", "outg125"),
    ("bread_grain.txt", "the EGP 134 billion quoted on Wednesday", 134000000000, GOV, "bread_bill", "gov134"),
    ("bread_grain.txt", "save EGP 38 billion a year", 38000000000, GOV, "bread_savings", "gov38"),
    ("bread_grain.txt", "about EGP 17 billion a year", 17000000000, ECON, "bread_savings", "econ17"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("licence_wire.txt", "the 31-seat Inatsisartut", 31, O, "licence_opt_seats"),
    ("licence_wire.txt", "about 57,000 inhabitants", 57000, O, "licence_opt_population"),
    ("licence_release.txt", "within five years of start-up", 5, QM, "licence_opt_local_years"),
    ("licence_local.txt", "My uncle counted 2,000 on the steps", 2000, "reader Nivi_K", "licence_opt_reader_crowd"),
    ("licence_local.txt", "480 jobs", 480, "reader Malik_M", "licence_opt_reader_jobs"),
    ("licence_local.txt", "a town of 2,500 people", 2500, "reader Malik_M", "licence_opt_reader_town"),
    ("licence_trade.txt", "open for four months a year", 4, O, "licence_opt_port_months"),
    ("licence_trade.txt", "the port alone needs three summers", 3, O, "licence_opt_port_summers"),
    ("licence_trade.txt", "a licence that passed by five votes", 5, O, "licence_opt_margin"),
    ("test_statement.txt", "sent on Wednesday", None, LSF, "test_opt_letter_day"),
    ("test_liveblog.txt", "23 in the match-day group", 23, O, "test_opt_matchday"),
    ("test_tribune.txt", "Tonga finished with 14 men", 14, O, "test_opt_14men"),
    ("bread_grain.txt", "a rise of 15 piastres on five loaves a day for 61 million people", 15, ECON, "bread_opt_econ_sum"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # licence
    "licence_time": {("outw2040", "qm1640"): C, ("outw2040", "outl1640"): C, ("outw2040", "outt1940"): C,
                     ("qm1640", "outl1640"): CO, ("qm1640", "outt1940"): CO, ("outl1640", "outt1940"): CO},
    "licence_date": {("outwthu", "qmdate"): CO, ("outwthu", "outllthu"): CO, ("outwthu", "outlcap"): C,
                     ("outwthu", "outtdate"): CO, ("qmdate", "outllthu"): CO, ("qmdate", "outlcap"): C,
                     ("qmdate", "outtdate"): CO, ("outllthu", "outtdate"): CO, ("outlcap", "outtdate"): C},
    "licence_for": {("parl17", "opp16"): C, ("parl17", "outt17"): CO, ("opp16", "outt17"): C},
    "licence_against": {("parl12", "opp13"): C, ("parl12", "outt12"): CO, ("opp13", "outt12"): C},
    "licence_abstain": {("parl2", "outt2"): CO},
    "licence_debate": {("outw7h", "outl9h"): C},
    "licence_term": {("outw30", "qm30"): CO, ("outw30", "outl25"): C, ("qm30", "outl25"): C},
    "licence_jobs": {("min400", "qm450"): C, ("min400", "qm480"): C, ("min400", "gwf300"): C,
                     ("qm450", "qm480"): U, ("qm450", "gwf300"): C, ("qm450", "qm450"): SC,
                     ("qm480", "gwf300"): C, ("qm480", "qm480"): SC},
    "licence_construction": {("muni1100", "qm900"): C},
    "licence_local_share": {("qm60", "gwf33"): C, ("qm60", "outt50"): C, ("gwf33", "outt50"): C},
    "licence_invest": {("qm42", "qm42"): SC, ("qm42", "opp7"): C, ("qm42", "outt6"): C, ("opp7", "outt6"): C},
    "licence_royalty": {("min55", "min55"): SC, ("min55", "opp45"): C, ("min55", "outt45"): C,
                        ("opp45", "outt45"): CO},
    "licence_revenue": {("min310", "min310"): SC, ("min310", "outt120"): C},
    "licence_submissions": {("min1214", "sw2000"): C},
    "licence_start": {("qm2038", "qm2038"): SC, ("qm2038", "outt2040"): C},
    "licence_reserve": {("qm48", "qm48"): SC, ("qm48", "krg41"): C},
    "licence_grade": {("qm61", "krg54"): C},
    "licence_throughput": {("qm22mt", "krg24mt"): C},
    "licence_life": {("qm22y", "outt17y"): C},
    "licence_reo": {("qm3500", "outt2800"): C},
    "licence_offtake": {("qm70", "seon60"): C},
    "licence_offtake_years": {("qm10y", "seon8y"): C},
    "licence_uranium": {("sw240", "sw240"): SC, ("sw240", "qm74"): C},
    "licence_limit": {("outw100", "sw100"): CO},
    "licence_distance": {("outw24mi", "qm38"): CO, ("outw24mi", "sw25"): C, ("qm38", "sw25"): C},
    "licence_protest": {("pol350", "sw1200"): C, ("pol350", "outl100s"): CO},
    "licence_shipments": {("qm20", "fish35"): C},
    "licence_tailings": {("qmland", "swfjord"): C},
    # test
    "test_time": {("lsf1500", "outb3nzt"): C, ("lsf1500", "outtr1500"): CO, ("lsf1500", "outc1500"): CO,
                  ("outb3nzt", "outtr1500"): C, ("outb3nzt", "outc1500"): C, ("outtr1500", "outc1500"): CO},
    "test_date": {("lsfsat8", "outtrfri7"): CO, ("lsfsat8", "outclsat"): CO, ("outtrfri7", "outclsat"): CO},
    "test_score": {("lsfscore", "outbscore"): CO, ("lsfscore", "outtrscore"): CO, ("outbscore", "outtrscore"): CO},
    "test_tryminute": {("lsf76", "outb78"): C, ("lsf76", "outtr2left"): C, ("lsf76", "outc78"): C,
                       ("outb78", "outtr2left"): CO, ("outb78", "outc78"): CO, ("outtr2left", "outc78"): CO},
    "test_attendance": {("lsf11400", "lsf11400"): SC, ("lsf11400", "outb9000"): C, ("lsf11400", "outtr15000"): C,
                        ("outb9000", "outtr15000"): C},
    "test_capacity": {("lsf15000", "outc18000"): C},
    "test_travellers": {("lsf1000", "outtr600"): C},
    "test_caps": {("lsf50", "outb49"): C},
    "test_squad": {("lsf31", "outb33"): C},
    "test_cards": {("outb2", "outtr3"): C},
    "test_deal_time": {("lsf2315", "ppc2315"): CO, ("lsf2315", "outtr2315"): CO, ("lsf2315", "outclate"): CO,
                       ("ppc2315", "outtr2315"): CO, ("ppc2315", "outclate"): CO, ("outtr2315", "outclate"): CO},
    "test_oldfee": {("lsf3000", "lsf3000"): SC, ("lsf3000", "ppc1500"): C, ("ppc1500", "ppc1500"): SC},
    "test_newfee": {("lsf4000", "ppc4500"): C},
    "test_demand": {("ppc6000", "some8000"): C},
    "test_arrears": {("lsf100k", "ppc180k"): C, ("lsf100k", "ppc240k"): C, ("lsf100k", "outc250k"): C,
                     ("ppc180k", "ppc240k"): U, ("ppc180k", "outc250k"): C, ("ppc240k", "outc250k"): CO},
    "test_payby": {("lsf31aug", "ppc30sep"): C},
    "test_boycott": {("lsf10", "outb24"): C, ("lsf10", "ppc28"): C, ("outb24", "ppc28"): CO},
    "test_grant": {("lsf250k", "mins250k"): CO, ("lsf250k", "fino500k"): C, ("mins250k", "fino500k"): C},
    "test_viewers": {("vsn13", "vsn13"): SC, ("vsn13", "pam400k"): C},
    "test_gate": {("lsf412k", "sell600k"): C, ("lsf412k", "outc330k"): C, ("sell600k", "outc330k"): C},
    "test_debt": {("lsf18m", "outc31m"): C},
    "test_sponsor": {("lsf24m", "lagi15m"): C},
    "test_ranking": {("outtr12", "outc13"): C},
    "test_next": {("lsf22jul", "outb29jul"): C, ("lsf22jul", "outtr22jul"): CO, ("outb29jul", "outtr22jul"): C},
    # bread
    "bread_time": {("gov1400", "outw1200"): C, ("gov1400", "outr1400"): CO, ("gov1400", "outg1500"): CO,
                   ("outw1200", "outr1400"): C, ("outw1200", "outg1500"): C, ("outr1400", "outg1500"): CO},
    "bread_date": {("govdate", "outwwed"): CO, ("govdate", "outryest"): CO, ("govdate", "outg3may"): CO,
                   ("outwwed", "outryest"): CO, ("outwwed", "outg3may"): CO, ("outryest", "outg3may"): CO},
    "bread_newprice": {("gov35", "gov35"): SC, ("gov35", "outr35"): CO, ("gov35", "outg35"): CO,
                       ("outr35", "outg35"): CO},
    "bread_oldprice": {("gov20", "gov20"): SC},
    "bread_rise": {("gov75", "gov75"): SC, ("gov75", "outw75"): CO, ("gov75", "mpdouble"): C, ("gov75", "outg70"): C,
                   ("outw75", "mpdouble"): C, ("outw75", "outg70"): C, ("mpdouble", "outg70"): C},
    "bread_weight": {("gov90", "gov90"): SC, ("gov90", "outw90"): CO, ("gov90", "cw80"): C, ("gov90", "outg90"): CO,
                     ("outw90", "cw80"): C, ("outw90", "outg90"): CO, ("cw80", "outg90"): C},
    "bread_perperson": {("gov5", "outw5"): CO, ("gov5", "cw150"): CO, ("outw5", "cw150"): CO},
    "bread_beneficiaries": {("gov61", "gov61"): SC, ("gov61", "outw60"): CO, ("gov61", "mp70"): C,
                            ("gov61", "outg61"): CO, ("outw60", "mp70"): C, ("outw60", "outg61"): CO,
                            ("mp70", "outg61"): C},
    "bread_cost": {("gov125", "bak160"): C, ("bak160", "bak160"): SC},
    "bread_bill": {("gov134", "gov134"): SC, ("gov134", "econ160"): C, ("gov134", "outg125"): C,
                   ("econ160", "outg125"): C},
    "bread_savings": {("gov38", "gov38"): SC, ("gov38", "gov41"): U, ("gov38", "econ17"): C, ("gov41", "econ17"): C},
    "bread_comp": {("gov75m", "cw50"): C},
    "bread_inflation": {("gov05", "econ12"): C},
    "bread_bakeries": {("gov30200", "bak27000"): C, ("bak27000", "bak27000"): SC},
    "bread_reserves": {("gov45m", "gov45m"): SC, ("gov45m", "trad3m"): C},
    "bread_imports": {("gov115", "gov115"): SC, ("gov115", "outw13"): C, ("gov115", "outg128"): C,
                      ("outw13", "outg128"): CO},
    "bread_wheatprice": {("gov245", "gov245"): SC, ("gov245", "outg268"): C},
    "bread_lastrise": {("gov2026", "gov2026"): SC, ("gov2026", "outw10y"): C},
    "bread_effective": {("gov1jun", "gov1jun"): SC, ("gov1jun", "bak15may"): C},
    "bread_loaves": {("gov250m", "gov250m"): SC, ("gov250m", "outg305"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
