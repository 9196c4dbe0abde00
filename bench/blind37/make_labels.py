"""Hand labels for bench/blind37 (the summer count of the Chatham Islands black robin, raised by the Department of
Conservation from 312 to 327 birds and disputed by a volunteer trust, with times in Chatham Daylight Time, UTC+13:45,
New Zealand Daylight Time, UTC+13, and GMT; a record container ship's call at a Colombo terminal, its moves, hours
alongside and size disputed by a dockers' union, an analyst and the local press, with times in Sri Lanka time,
UTC+5:30, Singapore time, UTC+8, and GMT; a Kenyan's course record at a city marathon in Almaty, its time revised by
the organisers and the course said to be short, with times in Kazakhstan's single zone, UTC+5, Kenyan time, UTC+3, GMT
and BST).
Run from the project root:
    python3 bench/blind37/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
DOC = "New Zealand's Department of Conservation (Chatham Islands operations manager Mereana Pohatu; ranger Tama Rewi-Holt)"
CRG = "Chatham Robin Guardians, a volunteer charity (chair Glenys Harwood-Tipene)"
SOLHEIM = "ecologist Dr Ingrid Solheim (Massey University)"

SLPA = "Sri Lanka Ports Authority (chairman Chaminda Wickramarachchi)"
KGT = "Kelani Gateway Terminals (KGT), the terminal operator (chief executive Dilani Ferdinando-Marsh)"
KOL = "Kestrel Orient Lines, the ship's operator"
HWF = "Harbour Workers' Front, a dockers' union (branch secretary S. Yogarajah)"
PNK = "analyst Priya Nathan-Koh (Straits Maritime Advisory, Singapore)"
MP = "opposition MP Rohan Senaratne-Fonseka"
HM = "staff of Colombo's harbour master's office"

ORG = "the Almaty Golden Apple Marathon organisers (race director Timur Abenov)"
KFED = "Kazakhstan's national athletics federation"
MGR = "the winner's manager Pieter Vanderloo (Hollandia Running Management)"
MSR = "accredited course measurer Gulnara Ospanova"
AKIMAT = "Almaty city akimat (the mayor's office)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- robin: the Department of Conservation's summer count of the Chatham Islands black robin,
    # released on Tue 18 Feb 2031 at 10:00 NZDT (UTC+13) = 10:45 Chatham Daylight Time (UTC+13:45, a quarter-hour
    # zone) = 21:00 GMT on Monday 17 Feb; 312 adult birds (271 on Rangatira + 41 on Mangere), raised on Wednesday to
    # 327 (271 + 56); a volunteer trust says fewer than 260; no one hurt
    # national public broadcaster's web text (TPR News), Tuesday 18 February
    ("robin_radio.txt", "at 10am NZDT on Tuesday", None, O, "robin_announced", "outr10"),
    ("robin_radio.txt", "312 adult birds", 312, DOC, "robin_total", "doc312"),
    ("robin_radio.txt", "up 14 per cent on the 2026 count", 14, DOC, "robin_change", "doc14"),
    ("robin_radio.txt", "271 birds were on Rangatira", 271, DOC, "robin_rangatira", "doc271"),
    ("robin_radio.txt", "41 on Mangere Island", 41, DOC, "robin_mangere", "doc41"),
    ("robin_radio.txt", "98 breeding pairs", 98, DOC, "robin_pairs", "doc98"),
    ("robin_radio.txt", "61 chicks had fledged this season", 61, DOC, "robin_fledged", "doc61"),
    ("robin_radio.txt", "The last full count, in 2026", None, O, "robin_prev_year", "outr2026"),
    ("robin_radio.txt", "found 274 birds", 274, O, "robin_prev_count", "outr274"),
    ("robin_radio.txt", "A team of 14 rangers and volunteers", 14, DOC, "robin_team", "doc14team"),
    ("robin_radio.txt", "spent 11 days on the two islands", 11, DOC, "robin_days", "doc11"),
    ("robin_radio.txt", "About a quarter of the birds they saw carried no band", 25, DOC, "robin_unbanded", "docq"),
    ("robin_radio.txt", "no sign of rats or cats on Rangatira", None, DOC, "robin_rats", "docnorats"),
    ("robin_radio.txt", "the 218-hectare island", 218, O, "robin_area", "outr218"),
    ("robin_radio.txt", "NZ$4.2 million over four years", 4200000, DOC, "robin_funding", "doc42"),
    ("robin_radio.txt", "move 40 birds to a predator-fenced reserve on Pitt Island", 40, DOC, "robin_pitt", "doc40"),
    ("robin_radio.txt", "in late March", None, DOC, "robin_pitt_when", "docmarch"),
    ("robin_radio.txt", "estimated the population at fewer than 260", 260, CRG, "robin_total", "crg260"),
    ("robin_radio.txt", "counted some birds twice", None, CRG, "robin_double", "crgdouble"),
    ("robin_radio.txt", "put the number at about 280", 280, SOLHEIM, "robin_total", "sol280"),
    ("robin_radio.txt", "about 800 kilometres east of the mainland", 800, O, "robin_distance", "outr800"),
    # Chatham Islands community weekly (The Chatham Clarion; date prefix glued to the masthead, a glued sentence, a
    # photo caption with a wrong figure, community notices), Thursday 20 February
    ("robin_local.txt", "it now stands at 327 adult birds", 327, DOC, "robin_total", "doc327"),
    ("robin_local.txt", "56 birds had been found on Mangere Island", 56, DOC, "robin_mangere", "doc56"),
    ("robin_local.txt", "not the 41 first reported", 41, DOC, "robin_mangere", "doc41"),
    ("robin_local.txt", "the Rangatira figure of 271", 271, DOC, "robin_rangatira", "doc271"),
    ("robin_local.txt", "Tuesday's figure of 312", 312, DOC, "robin_total", "doc312"),
    ("robin_local.txt", "at 10.45am Chatham time", None, O, "robin_announced", "outl1045"),
    ("robin_local.txt", "Nobody was counted twice", None, DOC, "robin_double", "docnodouble"),
    ("robin_local.txt", "More than five dozen chicks fledged this season", 60, DOC, "robin_fledged", "doc61"),
    ("robin_local.txt", "a 13-year-old female", 13, DOC, "robin_oldest", "doc13y"),
    ("robin_local.txt", "The count team of 18", 18, O, "robin_team", "outl18"),
    ("robin_local.txt", "left Waitangi on January 6", None, O, "robin_count_start", "outljan6"),
    ("robin_local.txt", "about 40 birds would be moved to Pitt Island", 40, DOC, "robin_pitt", "doc40"),
    ("robin_local.txt", "probably the last week of March", None, DOC, "robin_pitt_when", "docmarch"),
    ("robin_local.txt", "fewer than 260 birds", 260, CRG, "robin_total", "crg260"),
    ("robin_local.txt", "found a ship rat in a trap near the Rangatira landing in January", None, CRG, "robin_rats",
     "crgrat"),
    ("robin_local.txt", "on the boat, not on the island", None, DOC, "robin_rats", "docnorats"),
    ("robin_local.txt", "They say 98 pairs", 98, DOC, "robin_pairs", "doc98"),
    ("robin_local.txt", "We found just over 70 pairs", 70, CRG, "robin_pairs", "crg70"),
    ("robin_local.txt", "The last full count, in 2025", None, O, "robin_prev_year", "outl2025"),
    ("robin_local.txt", "one of the 372 birds found in this summer's count", 372, O, "robin_total", "outlcap"),
    # the trust's media release (Chatham Robin Guardians; glued dateline "19 February 2031 —Chatham", ENDS, notes to
    # editors, a charity number and a phone number), Wednesday 19 February
    ("robin_release.txt", "fewer than 260 adult birds", 260, CRG, "robin_total", "crg260"),
    ("robin_release.txt", "has not grown since the last full count", None, CRG, "robin_change", "crgflat"),
    ("robin_release.txt", "DOC's figure of 312", 312, DOC, "robin_total", "doc312"),
    ("robin_release.txt", "announced at 10.45am on Tuesday", None, CRG, "robin_announced", "crg1045"),
    ("robin_release.txt", "counts some birds twice", None, CRG, "robin_double", "crgdouble"),
    ("robin_release.txt", "during the 11-day count", 11, CRG, "robin_days", "crg11"),
    ("robin_release.txt", "The 2026 count found 281 birds", 281, CRG, "robin_prev_count", "crg281"),
    ("robin_release.txt", "no more than 30 birds on Mangere Island", 30, CRG, "robin_mangere", "crg30"),
    ("robin_release.txt", "just 48 chicks fledged this season", 48, CRG, "robin_fledged", "crg48"),
    ("robin_release.txt", "A ship rat was trapped on Rangatira in January", None, CRG, "robin_rats", "crgrat"),
    ("robin_release.txt", "DOC intends to move up to 60 birds", 60, CRG, "robin_pitt", "crg60"),
    ("robin_release.txt", "the NZ$4.2m package announced in December", 4200000, DOC, "robin_funding", "doc42"),
    ("robin_release.txt", "only NZ$1.6m is new money", 1600000, CRG, "robin_new_money", "crg16"),
    ("robin_release.txt", "Our three dozen volunteers", 36, CRG, "robin_volunteers", "crg36"),
    ("robin_release.txt", "about 800km east of Christchurch", 800, CRG, "robin_distance", "crg800"),
    # birding newsletter (The Feathered Ledger by Rowan Tealby; first person, so his own readings are the outlet's
    # voice; GMT for readers in Britain; two glued sentences; subscription line and comments), Friday 21 February
    ("robin_blog.txt", "at 9.45am Chatham time on Tuesday", None, O, "robin_announced", "outb945"),
    ("robin_blog.txt", "8pm GMT on Monday", None, O, "robin_announced", "outb945"),
    ("robin_blog.txt", "now says 327 adult black robins", 327, DOC, "robin_total", "doc327"),
    ("robin_blog.txt", "the 312 it announced first", 312, DOC, "robin_total", "doc312"),
    ("robin_blog.txt", "56 of them turned up on Mangere", 56, DOC, "robin_mangere", "doc56"),
    ("robin_blog.txt", "a rise of more than a fifth", 20, O, "robin_change", "outbfifth"),
    ("robin_blog.txt", "the 2026 count of 268", 268, O, "robin_prev_count", "outb268"),
    ("robin_blog.txt", "only about 540 acres", 540, O, "robin_area", "outb540"),
    ("robin_blog.txt", "some 500 miles east of Christchurch", 500, O, "robin_distance", "outb500"),
    ("robin_blog.txt", "spent a fortnight on the island", 14, O, "robin_days", "outb14d"),
    ("robin_blog.txt", "starting on January 9", None, O, "robin_count_start", "outbjan9"),
    ("robin_blog.txt", "roughly a hundred pairs are breeding", 100, DOC, "robin_pairs", "doc98"),
    ("robin_blog.txt", "the population is under 260", 260, CRG, "robin_total", "crg260"),
    ("robin_blog.txt", "says about 280", 280, SOLHEIM, "robin_total", "sol280"),
    ("robin_blog.txt", "nearly 40 per cent of the birds she saw in December carried no bands", 40, SOLHEIM,
     "robin_unbanded", "sol40"),
    ("robin_blog.txt", "about a dozen volunteers", 12, O, "robin_volunteers", "outb12"),
    ("robin_blog.txt", "The NZ$4.2m", 4200000, DOC, "robin_funding", "doc42"),
    ("robin_blog.txt", "about US$2.5 million", 2500000, DOC, "robin_funding", "doc42"),
    ("robin_blog.txt", "still describes as 40 birds", 40, DOC, "robin_pitt", "doc40"),
    ("robin_blog.txt", "pencilled in for April", None, O, "robin_pitt_when", "outbapril"),

    # ---------------- port: the Kestrel Meridian's call at the Kelani Gateway terminal in Colombo, berthed Fri 11 July
    # 2031 at 06:40 Sri Lanka time (SLST, UTC+5:30, a half-hour zone) = 0110 GMT = 09:10 Singapore time (UTC+8),
    # sailed Sat 12 July at 23:25 SLST = 1755 GMT (40 h 45 min alongside); 9,412 moves (terminal, at sailing) ->
    # 10,068 (terminal, reconciled on Sunday) vs fewer than 8,000 (union); no one hurt
    # international wire (AMW; glued dateline "COLOMBO, July 13 (AMW) -The", "($1 = 301.50 Sri Lankan rupees)",
    # reporting/editing sign-off), Sunday 13 July
    ("port_wire.txt", "The largest container ship ever to call at a South Asian port", None, SLPA, "port_largest",
     "slpabig"),
    ("port_wire.txt", "The 24,000-TEU Kestrel Meridian", 24000, O, "port_capacity", "outw24k"),
    ("port_wire.txt", "at 0110 GMT on Friday", None, KGT, "port_berthed", "kgt0640"),
    ("port_wire.txt", "at 1755 GMT on Saturday", None, KGT, "port_sailed", "kgt2325"),
    ("port_wire.txt", "completed 9,412 container moves", 9412, KGT, "port_moves", "kgt9412"),
    ("port_wire.txt", "a peak rate of 412 moves an hour", 412, KGT, "port_peak", "kgt412"),
    ("port_wire.txt", "The 400-metre-long vessel", 400, O, "port_length", "outw400"),
    ("port_wire.txt", "59 metres wide", 59, O, "port_beam", "outw59"),
    ("port_wire.txt", "needed four tugs", 4, O, "port_tugs", "outw4"),
    ("port_wire.txt", "18-metre-deep berth", 18, O, "port_depth", "outw18"),
    ("port_wire.txt", "US$1.4 million in dues and charges", 1400000, SLPA, "port_dues", "slpa14"),
    ("port_wire.txt", "7.9 million twenty-foot equivalent units", 7900000, SLPA, "port_annual", "slpa79"),
    ("port_wire.txt", "about 80 percent of it transhipment", 80, SLPA, "port_tranship", "slpa80"),
    ("port_wire.txt", "a $1.2 billion expansion", 1200000000, SLPA, "port_expansion", "slpa12"),
    ("port_wire.txt", "fewer than 8,000 moves", 8000, HWF, "port_moves", "hwf8000"),
    ("port_wire.txt", "with a crew of 24", 24, O, "port_crew", "outw24"),
    ("port_wire.txt", "is bound for Singapore", None, O, "port_next", "outwsg"),
    # Colombo English-language daily's website (The Galle Face Courier; leading-space date line, breadcrumb, a glued
    # sentence, feet, rupees, a photo caption with a wrong figure, a reader comment), Monday 14 July
    ("port_daily.txt", "the biggest container ship ever to tie up in Sri Lanka", None, O, "port_largest", "outdbig"),
    ("port_daily.txt", "at 6.40 a.m. on Friday", None, O, "port_berthed", "outd640"),
    ("port_daily.txt", "at 11.25 p.m. on Saturday", None, O, "port_sailed", "outd2325"),
    ("port_daily.txt", "more than 9,400 moves", 9400, KGT, "port_moves", "kgt9412"),
    ("port_daily.txt", "around 7,600 moves", 7600, HWF, "port_moves", "hwf8000"),
    ("port_daily.txt", "nearly two days", 2, HWF, "port_hours", "hwf2d"),
    ("port_daily.txt", "about 450 dockworkers", 450, HWF, "port_workers", "hwf450"),
    ("port_daily.txt", "worked by six cranes", 6, O, "port_cranes", "outd6"),
    ("port_daily.txt", "rated at 23,500 TEU", 23500, O, "port_capacity", "outd235"),
    ("port_daily.txt", "1,312 feet long", 1312, O, "port_length", "outd1312"),
    ("port_daily.txt", "about nine hours behind schedule", 9, O, "port_late", "outdlate"),
    ("port_daily.txt", "carried 26 crew", 26, O, "port_crew", "outd26"),
    ("port_daily.txt", "about 420 million rupees", 420000000, SLPA, "port_dues", "slpa14"),
    ("port_daily.txt", "barely $900,000", 900000, MP, "port_dues", "mp900"),
    ("port_daily.txt", "nearly 8 million TEU last year", 8000000, O, "port_annual", "outd8m"),
    ("port_daily.txt", "roughly three-quarters of it transhipment", 75, O, "port_tranship", "outd75"),
    ("port_daily.txt", "only three tugs", 3, HM, "port_tugs", "hm3"),
    ("port_daily.txt", "The 430-metre Kestrel Meridian", 430, O, "port_length", "outdcap"),
    # the terminal operator's news release (KGT; "date 2031-07-14 NEWS RELEASE" on one line, 24-hour "hours" times,
    # "About" boilerplate with look-alike figures, media contact, "– ENDS –"), Monday 14 July
    ("port_release.txt", "completed 10,068 container moves", 10068, KGT, "port_moves", "kgt10068"),
    ("port_release.txt", "the biggest vessel ever handled in South Asia", None, KGT, "port_largest", "kgtbig"),
    ("port_release.txt", "in just 41 hours alongside", 41, KGT, "port_hours", "kgt41"),
    ("port_release.txt", "the provisional count of 9,412 moves", 9412, KGT, "port_moves", "kgt9412"),
    ("port_release.txt", "berthed at 06:40 hours on Friday 11 July", None, KGT, "port_berthed", "kgt0640"),
    ("port_release.txt", "sailed at 23:25 hours on Saturday 12 July", None, KGT, "port_sailed", "kgt2325"),
    ("port_release.txt", "Eight ship-to-shore cranes worked the vessel", 8, KGT, "port_cranes", "kgt8"),
    ("port_release.txt", "a peak of 412 moves per hour", 412, KGT, "port_peak", "kgt412"),
    ("port_release.txt", "averaging 38 moves per crane-hour", 38, KGT, "port_crane_rate", "kgt38"),
    ("port_release.txt", "A total of 14,950 TEU", 14950, KGT, "port_teu", "kgt14950"),
    ("port_release.txt", "dredged to 18 metres", 18, KGT, "port_depth", "kgt18"),
    ("port_release.txt", "five tugs assisted the berthing", 5, KGT, "port_tugs", "kgt5"),
    ("port_release.txt", "More than 600 KGT colleagues", 600, KGT, "port_workers", "kgt600"),
    # shipping trade newsletter (BoxLine Intelligence; subscriber briefing, BST byline, its own AIS reading, an analyst
    # who "estimated", "put ... at" and "wrote", "Related" links, licence boilerplate), Tuesday 15 July
    ("port_trade.txt", "the 24,116 TEU Kestrel Meridian", 24116, O, "port_capacity", "outt24116"),
    ("port_trade.txt", "a reconciled figure of 10,068 moves", 10068, KGT, "port_moves", "kgt10068"),
    ("port_trade.txt", "40 hours 45 minutes from first line to last", 40.75, O, "port_hours", "outt4045"),
    ("port_trade.txt", "399.9m long", 399.9, KOL, "port_length", "kol3999"),
    ("port_trade.txt", "61.5m beam", 61.5, KOL, "port_beam", "kol615"),
    ("port_trade.txt", "berthed at 09:10 Singapore time on Friday", None, KOL, "port_berthed", "kol0910"),
    ("port_trade.txt", "arrived on schedule", None, KOL, "port_late", "kolontime"),
    ("port_trade.txt", "a draught of 15.8 metres", 15.8, KOL, "port_draught", "kol158"),
    ("port_trade.txt", "berthed at 07:10 local time on Friday", None, O, "port_berthed", "outt0710"),
    ("port_trade.txt", "sailing at 17:55 GMT on Saturday", None, O, "port_sailed", "outt1755"),
    ("port_trade.txt", "almost 15,000 TEU crossed the quay", 15000, O, "port_teu", "outt15k"),
    ("port_trade.txt", "around 11,000 TEU at most", 11000, HWF, "port_teu", "hwf11k"),
    ("port_trade.txt", "about 31 moves per crane-hour", 31, PNK, "port_crane_rate", "pnk31"),
    ("port_trade.txt", "A slightly larger ship called at Colombo in November 2029", None, PNK, "port_largest",
     "pnknot"),
    ("port_trade.txt", "at 7.4 million TEU", 7400000, PNK, "port_annual", "pnk74"),
    ("port_trade.txt", "roughly 85% of it transhipment", 85, PNK, "port_tranship", "pnk85"),
    ("port_trade.txt", "closer to $1.5 billion", 1500000000, PNK, "port_expansion", "pnk15"),
    ("port_trade.txt", "due at Port Klang on Tuesday", None, KOL, "port_next", "kolklang"),

    # ---------------- marathon: Kenya's Elkana Chepsiror wins the Almaty Golden Apple Marathon on Sun 20 April 2031;
    # the start at 8 a.m. in Almaty (Kazakhstan's single zone, UTC+5, since March 2024) = 0300 GMT = 4am BST = 6am in
    # Nairobi (EAT, UTC+3); a provisional 2:06:41 (organisers, Sunday) -> 2:06:44 (official results, Monday); a course
    # measurer says the course was about 210 metres short; no one hurt
    # Kazakh news agency's English service (ZNA; "20.04.2031, 14:52" section line, dateline "ALMATY. April 20. ZNA –",
    # a glued sentence, tenge, reporting/editing sign-off, copyright line), Sunday 20 April
    ("marathon_agency.txt", "in a provisional 2:06:41", None, ORG, "marathon_win_time", "org0641"),
    ("marathon_agency.txt", "a course record, the organisers said", None, ORG, "marathon_course_record", "orgrec"),
    ("marathon_agency.txt", "The 27-year-old", 27, O, "marathon_age", "outa27"),
    ("marathon_agency.txt", "running only his second marathon", 2, O, "marathon_experience", "outa2nd"),
    ("marathon_agency.txt", "finished 19 seconds ahead of him", 19, O, "marathon_margin", "outa19"),
    ("marathon_agency.txt", "Kiwanuka was second in 2:07:00", None, O, "marathon_second", "outa0700"),
    ("marathon_agency.txt", "Six Kenyans finished in the top ten", 6, O, "marathon_kenyans", "outa6"),
    ("marathon_agency.txt", "The previous course record, 2:07:33", None, O, "marathon_prev_record", "outa0733"),
    ("marathon_agency.txt", "was set in 2028", None, O, "marathon_prev_year", "outa2028"),
    ("marathon_agency.txt", "started at 8 a.m.", None, O, "marathon_start", "outa8"),
    ("marathon_agency.txt", "0300 GMT", None, O, "marathon_start", "outa8"),
    ("marathon_agency.txt", "the temperature at 9C", 9, O, "marathon_temp", "outa9"),
    ("marathon_agency.txt", "about 800 metres above sea level", 800, O, "marathon_altitude", "outa800"),
    ("marathon_agency.txt", "4,210 runners had started the marathon", 4210, ORG, "marathon_starters", "org4210"),
    ("marathon_agency.txt", "the course had been measured and certified", None, ORG, "marathon_course", "orgcert"),
    ("marathon_agency.txt", "Athletes came from 62 countries", 62, ORG, "marathon_countries", "org62"),
    ("marathon_agency.txt", "three pacemakers", 3, ORG, "marathon_pacers", "org3"),
    ("marathon_agency.txt", "won the women's race in 2:23:18", None, O, "marathon_women", "outa2318"),
    ("marathon_agency.txt", "a national record, the national athletics federation said", None, KFED,
     "marathon_national_record", "fedrec"),
    ("marathon_agency.txt", "The winner takes home $30,000", 30000, O, "marathon_prize", "outa30k"),
    ("marathon_agency.txt", "about 15 million tenge", 15000000, O, "marathon_prize", "outa30k"),
    ("marathon_agency.txt", "a $10,000 bonus for the course record", 10000, O, "marathon_bonus", "outa10k"),
    ("marathon_agency.txt", "the bonus would be paid", None, ORG, "marathon_bonus_paid", "orgpaid"),
    ("marathon_agency.txt", "Some 3,900 runners finished the marathon", 3900, O, "marathon_finishers", "outa3900"),
    ("marathon_agency.txt", "more than 15,000 people took part in the four races", 15000, AKIMAT,
     "marathon_all_races", "akim15k"),
    ("marathon_agency.txt", "about 12,000 names in the published start lists", 12000, O, "marathon_all_races",
     "outa12k"),
    # Kenyan daily's website (The Iten Chronicle; leading-space date line, shillings, "5am Kenyan time" an hour out,
    # a glued sentence, a photo caption with a wrong year, READ ALSO, reader comments and a comments policy), Monday
    # 21 April
    ("marathon_kenya.txt", "clocked 2:06:14", None, O, "marathon_win_time", "outk0614"),
    ("marathon_kenya.txt", "the previous mark of 2:07:05", None, O, "marathon_prev_record", "outk0705"),
    ("marathon_kenya.txt", "set in 2029", None, O, "marathon_prev_year", "outk2029"),
    ("marathon_kenya.txt", "setting a new course record", None, O, "marathon_course_record", "outkrec"),
    ("marathon_kenya.txt", "The 29-year-old", 29, O, "marathon_age", "outk29"),
    ("marathon_kenya.txt", "by more than half a minute", 30, O, "marathon_margin", "outk30"),
    ("marathon_kenya.txt", "in his marathon debut", 1, O, "marathon_experience", "outkdebut"),
    ("marathon_kenya.txt", "Sh3.9 million in prize money", 3900000, O, "marathon_prize", "outk39"),
    ("marathon_kenya.txt", "a Sh1.3 million bonus for the record", 1300000, O, "marathon_bonus", "outk13"),
    ("marathon_kenya.txt", "started at 5am Kenyan time", None, O, "marathon_start", "outk5"),
    ("marathon_kenya.txt", "temperatures of 14 degrees Celsius", 14, O, "marathon_temp", "outk14"),
    ("marathon_kenya.txt", "went through halfway in 1:03:40", None, O, "marathon_half", "outk0340"),
    ("marathon_kenya.txt", "He ran 2:06:41", None, MGR, "marathon_win_time", "mgr0641"),
    ("marathon_kenya.txt", "with only two pacemakers", 2, MGR, "marathon_pacers", "mgr2"),
    ("marathon_kenya.txt", "which sits at 1,000 metres", 1000, O, "marathon_altitude", "outk1000"),
    ("marathon_kenya.txt", "nearly 5,000 marathon runners", 5000, O, "marathon_starters", "outk5000"),
    ("marathon_kenya.txt", "from more than 70 countries", 70, O, "marathon_countries", "outk70"),
    ("marathon_kenya.txt", "the course was re-measured in March and is accurate", None, KFED, "marathon_course",
     "fedok"),
    ("marathon_kenya.txt", "Seitkali's 2:22:48", None, O, "marathon_women", "outk2248"),
    ("marathon_kenya.txt", "Kenyans filled seven of the top ten places", 7, O, "marathon_kenyans", "outk7"),
    # running-statistics newsletter (Negative Split by Tobias Wrenfield; first person, GMT and BST and Fahrenheit for
    # UK readers, feet, numbered sections, paid-subscription boilerplate), Tuesday 22 April
    ("marathon_stats.txt", "give Elkana Chepsiror 2:06:44", None, ORG, "marathon_win_time", "org0644"),
    ("marathon_stats.txt", "Isaac Kiwanuka 2:07:03", None, ORG, "marathon_second", "org0703"),
    ("marathon_stats.txt", "the gap 19 seconds", 19, O, "marathon_margin", "outs19"),
    ("marathon_stats.txt", "the gun went at 0300 GMT", None, O, "marathon_start", "outs0300"),
    ("marathon_stats.txt", "4am BST", None, O, "marathon_start", "outs0300"),
    ("marathon_stats.txt", "48F at the start", 48, O, "marathon_temp", "outs48"),
    ("marathon_stats.txt", "about 210 metres short", 210, MSR, "marathon_course", "msr210"),
    ("marathon_stats.txt", "can't be ratified as a course record", None, O, "marathon_course_record", "outsnotrec"),
    ("marathon_stats.txt", "the 2:07:33 from 2028", None, O, "marathon_prev_record", "outs0733"),
    ("marathon_stats.txt", "the bonus was on hold", None, ORG, "marathon_bonus_paid", "orghold"),
    ("marathon_stats.txt", "turned 27 in January", 27, O, "marathon_age", "outs27"),
    ("marathon_stats.txt", "this was his second marathon", 2, O, "marathon_experience", "outs2nd"),
    ("marathon_stats.txt", "went through halfway in 1:02:58", None, O, "marathon_half", "outs0258"),
    ("marathon_stats.txt", "2,600ft above sea level", 2600, O, "marathon_altitude", "outs2600"),
    ("marathon_stats.txt", "list 4,210 starters", 4210, ORG, "marathon_starters", "org4210"),
    ("marathon_stats.txt", "3,412 finishers", 3412, ORG, "marathon_finishers", "org3412"),
    ("marathon_stats.txt", "Aigerim Seitkali's 2:23:18", None, O, "marathon_women", "outs2318"),
    ("marathon_stats.txt", "more than a minute outside the national record", None, O, "marathon_national_record",
     "outsnotnat"),
    ("marathon_stats.txt", "the national record of 2:22:05", None, O, "marathon_national_best", "outs2205"),
    ("marathon_stats.txt", "A $25,000 first prize", 25000, O, "marathon_prize", "outs25k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("robin_radio.txt", "has passed 300 for the first time", 300, DOC, "robin_opt_first_300"),
    ("robin_release.txt", "the first rodent found on the island in more than a decade", None, CRG, "robin_opt_rodent"),
    ("robin_blog.txt", "we counted 38 birds", 38, "reader Mags T.", "robin_opt_reader_mangere"),
    ("robin_blog.txt", "The oldest bird they found is 15", 15, "reader Kiwi_Ornitho", "robin_opt_reader_oldest"),
    ("port_wire.txt", "sailed from Colombo late on Saturday", None, SLPA, "port_opt_late_saturday"),
    ("port_daily.txt", "a South Asian record", None, KGT, "port_opt_record_moves"),
    ("port_daily.txt", "450 workers for a ship like that", 450, "reader Sarath W.", "port_opt_reader"),
    ("marathon_agency.txt", "run for the sixth time this year", 6, O, "marathon_opt_edition"),
    ("marathon_kenya.txt", "in Almaty on April 20, 2021", None, O, "marathon_opt_caption"),
    ("marathon_kenya.txt", "He is 27, I was in his class", 27, "reader Wanjiru M.", "marathon_opt_reader_age"),
    ("marathon_stats.txt", "a single clock, UTC+5, since 2024", None, O, "marathon_opt_clock"),
    ("marathon_stats.txt", "three seconds slower", 3, O, "marathon_opt_three_seconds"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # robin
    "robin_total": {("doc312", "doc312"): SC, ("doc327", "doc327"): SC, ("doc312", "doc327"): U,
                    ("crg260", "crg260"): SC, ("sol280", "sol280"): SC,
                    ("doc312", "crg260"): C, ("doc312", "sol280"): C, ("doc327", "crg260"): C,
                    ("doc327", "sol280"): C, ("crg260", "sol280"): C,
                    ("outlcap", "doc312"): C, ("outlcap", "doc327"): C, ("outlcap", "crg260"): C,
                    ("outlcap", "sol280"): C},
    "robin_mangere": {("doc41", "doc41"): SC, ("doc41", "doc56"): U, ("doc56", "doc56"): SC,
                      ("doc41", "crg30"): C, ("doc56", "crg30"): C},
    "robin_rangatira": {("doc271", "doc271"): SC},
    "robin_pairs": {("doc98", "doc98"): SC, ("doc98", "crg70"): C},
    "robin_fledged": {("doc61", "doc61"): SC, ("doc61", "crg48"): C},
    "robin_change": {("doc14", "crgflat"): C, ("doc14", "outbfifth"): C, ("crgflat", "outbfifth"): C},
    "robin_prev_count": {("outr274", "crg281"): C, ("outr274", "outb268"): C, ("crg281", "outb268"): C},
    "robin_prev_year": {("outr2026", "outl2025"): C},
    "robin_announced": {("outr10", "outl1045"): CO, ("outr10", "crg1045"): CO, ("outl1045", "crg1045"): CO,
                        ("outr10", "outb945"): C, ("outl1045", "outb945"): C, ("crg1045", "outb945"): C},
    "robin_team": {("doc14team", "outl18"): C},
    "robin_days": {("doc11", "crg11"): CO, ("doc11", "outb14d"): C, ("crg11", "outb14d"): C},
    "robin_count_start": {("outljan6", "outbjan9"): C},
    "robin_unbanded": {("docq", "sol40"): C},
    "robin_rats": {("docnorats", "docnorats"): SC, ("crgrat", "crgrat"): SC, ("docnorats", "crgrat"): C},
    "robin_double": {("crgdouble", "crgdouble"): SC, ("crgdouble", "docnodouble"): C},
    "robin_area": {("outr218", "outb540"): CO},
    "robin_distance": {("outr800", "crg800"): CO, ("outr800", "outb500"): CO, ("crg800", "outb500"): CO},
    "robin_funding": {("doc42", "doc42"): SC},
    "robin_pitt": {("doc40", "doc40"): SC, ("doc40", "crg60"): C},
    "robin_pitt_when": {("docmarch", "docmarch"): SC, ("docmarch", "outbapril"): C},
    "robin_volunteers": {("crg36", "outb12"): C},
    # port
    "port_largest": {("slpabig", "outdbig"): CO, ("slpabig", "kgtbig"): CO, ("outdbig", "kgtbig"): CO,
                     ("slpabig", "pnknot"): C, ("outdbig", "pnknot"): C, ("kgtbig", "pnknot"): C},
    "port_capacity": {("outw24k", "outt24116"): CO, ("outw24k", "outd235"): C, ("outd235", "outt24116"): C},
    "port_berthed": {("kgt0640", "kgt0640"): SC, ("kgt0640", "outd640"): CO, ("kgt0640", "kol0910"): CO,
                     ("outd640", "kol0910"): CO, ("kgt0640", "outt0710"): C, ("outd640", "outt0710"): C},
    "port_sailed": {("kgt2325", "kgt2325"): SC, ("kgt2325", "outd2325"): CO, ("kgt2325", "outt1755"): CO,
                    ("outd2325", "outt1755"): CO},
    "port_moves": {("kgt9412", "kgt9412"): SC, ("kgt10068", "kgt10068"): SC, ("kgt9412", "kgt10068"): U,
                   ("hwf8000", "hwf8000"): SC, ("kgt9412", "hwf8000"): C, ("kgt10068", "hwf8000"): C},
    "port_peak": {("kgt412", "kgt412"): SC},
    "port_length": {("outw400", "outd1312"): CO, ("outw400", "outdcap"): C, ("outw400", "kol3999"): CO,
                    ("outd1312", "kol3999"): CO, ("outdcap", "kol3999"): C},
    "port_beam": {("outw59", "kol615"): C},
    "port_tugs": {("outw4", "hm3"): C, ("outw4", "kgt5"): C, ("hm3", "kgt5"): C},
    "port_depth": {("outw18", "kgt18"): CO},
    "port_dues": {("slpa14", "slpa14"): SC, ("slpa14", "mp900"): C},
    "port_annual": {("slpa79", "outd8m"): CO, ("slpa79", "pnk74"): C, ("outd8m", "pnk74"): C},
    "port_tranship": {("slpa80", "outd75"): C, ("slpa80", "pnk85"): C, ("outd75", "pnk85"): C},
    "port_expansion": {("slpa12", "pnk15"): C},
    "port_crew": {("outw24", "outd26"): C},
    "port_next": {("outwsg", "kolklang"): C},
    "port_hours": {("kgt41", "outt4045"): CO, ("hwf2d", "kgt41"): C, ("hwf2d", "outt4045"): C},
    "port_workers": {("hwf450", "kgt600"): C},
    "port_cranes": {("outd6", "kgt8"): C},
    "port_late": {("outdlate", "kolontime"): C},
    "port_teu": {("kgt14950", "outt15k"): CO, ("kgt14950", "hwf11k"): C},
    "port_crane_rate": {("kgt38", "pnk31"): C},
    # marathon
    "marathon_win_time": {("org0641", "outk0614"): C, ("org0641", "mgr0641"): CO, ("org0641", "org0644"): U,
                          ("outk0614", "org0644"): C, ("mgr0641", "org0644"): C},
    "marathon_course_record": {("orgrec", "outkrec"): CO, ("orgrec", "outsnotrec"): C, ("outkrec", "outsnotrec"): C},
    "marathon_age": {("outa27", "outs27"): CO, ("outa27", "outk29"): C, ("outk29", "outs27"): C},
    "marathon_experience": {("outa2nd", "outs2nd"): CO, ("outa2nd", "outkdebut"): C, ("outkdebut", "outs2nd"): C},
    "marathon_margin": {("outa19", "outs19"): CO, ("outa19", "outk30"): C, ("outk30", "outs19"): C},
    "marathon_second": {("outa0700", "org0703"): C},
    "marathon_kenyans": {("outa6", "outk7"): C},
    "marathon_prev_record": {("outa0733", "outs0733"): CO, ("outa0733", "outk0705"): C, ("outk0705", "outs0733"): C},
    "marathon_prev_year": {("outa2028", "outk2029"): C},
    "marathon_start": {("outa8", "outs0300"): CO, ("outa8", "outk5"): C, ("outk5", "outs0300"): C},
    "marathon_temp": {("outa9", "outs48"): CO, ("outa9", "outk14"): C, ("outk14", "outs48"): C},
    "marathon_altitude": {("outa800", "outs2600"): CO, ("outa800", "outk1000"): C, ("outk1000", "outs2600"): C},
    "marathon_starters": {("org4210", "org4210"): SC, ("org4210", "outk5000"): C},
    "marathon_course": {("orgcert", "fedok"): CO, ("orgcert", "msr210"): C, ("fedok", "msr210"): C},
    "marathon_countries": {("org62", "outk70"): C},
    "marathon_pacers": {("org3", "mgr2"): C},
    "marathon_women": {("outa2318", "outs2318"): CO, ("outa2318", "outk2248"): C, ("outk2248", "outs2318"): C},
    "marathon_national_record": {("fedrec", "outsnotnat"): C},
    "marathon_prize": {("outa30k", "outk39"): CO, ("outa30k", "outs25k"): C, ("outk39", "outs25k"): C},
    "marathon_bonus": {("outa10k", "outk13"): CO},
    "marathon_bonus_paid": {("orgpaid", "orghold"): U},
    "marathon_finishers": {("outa3900", "org3412"): C},
    "marathon_half": {("outk0340", "outs0258"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
