"""Hand labels for bench/blind38 (the Oq Ilon cave in Uzbekistan's Boysuntov range, its depth announced by a
Polish-led expedition, revised by the club and disputed by a deep-caves register, with times in Uzbekistan time,
UTC+5, Polish summer time, UTC+2, Georgian time, UTC+4, and GMT; the first direct air shipment of saffron from Herat
to a Dubai importer, its weight, price and quality disputed, with times in Afghanistan time, UTC+4:30, a half-hour
zone, Gulf Standard Time, UTC+4, Central European Time and GMT; a palm-leaf library found in a monastery at
Amarapura near Mandalay, its size and age disputed, with times in Myanmar time, UTC+6:30, a half-hour zone, Bangkok
time, UTC+7, Japan time, UTC+9, and GMT).
Run from the project root:
    python3 bench/blind38/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
SUEC = "Silesian Underground Exploration Club (SUEC), the expedition's lead club (expedition leader Marta Zielonka-Brzęk)"
SKA = "Surxon Karst Association, the expedition's Uzbek partner (Jasur Tojiboev)"
GEO = "Uzbekistan's State Geology Committee (spokesman Dilshod Rakhmatullaev)"
REG = "Henrik Vasstrand, compiler of the World Deep Caves Register"
USM = "hydrogeologist Dr Malika Usmonova (Amu Darya Institute of Hydrogeology, Termez)"

COOP = "Zarin Gul Saffron Co-operative, Ghoryan district, Herat (chair Fereshta Noori)"
IMP = "Dhow Gate Spices LLC, the Dubai importer (managing director Omar Haddad-Sultani)"
MIN = "Afghanistan's Ministry of Agriculture, Irrigation and Livestock (spokesman Abdul Wasi Rahimzai)"
LAB = "Gulf Assay Laboratories"
ANA = "analyst Ruud Kaptein-Osei (Maas Commodity Research)"
NET = "Herat Women Workers' Network (Nahid Sultani)"

KF = "Kinnaree Foundation for Manuscript Heritage, Bangkok (director Dr Pornthip Wongsakul)"
ABB = "the abbot of Sanda Hlaing monastery, U Pyinnya Thiri"
DEPT = "Myanmar's Department of Archaeology and National Museum (deputy director Daw Khin Myat Noe)"
HOS = "Hoshino Cultural Fund, Tokyo"
ARA = "Professor Kenji Aramaki (Kansai Institute of Buddhist Philology)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- cave: the Oq Ilon cave in the Boysuntov range, southern Uzbekistan; the last of the push team
    # surfaced on Wed 13 Aug 2031 at 14:20 Uzbekistan time (UTC+5) = 09:20 GMT = 11:20 in Poland (CEST, UTC+2) =
    # 13:20 in Tbilisi (UTC+4); depth 1,617 m (the club, Wednesday/Thursday) -> 1,604 m (the club, after reprocessing
    # the survey on Friday 15 Aug) vs no deeper than 1,550 m (the register); no one hurt
    # international wire (EWS; own-line date, glued dateline "TASHKENT, Aug 14 (EWS) -", a glued sentence, feet in
    # brackets, reporting/editing sign-off), Thursday 14 August
    ("cave_wire.txt", "a depth of 1,617 metres", 1617, SUEC, "cave_depth", "suec1617"),
    ("cave_wire.txt", "5,305 feet", 5305, SUEC, "cave_depth", "suec1617"),
    ("cave_wire.txt", "the deepest known cave in Central Asia", None, SUEC, "cave_rank", "suecdeep"),
    ("cave_wire.txt", "at 0920 GMT on Wednesday", None, SUEC, "cave_surfaced", "suec1420"),
    ("cave_wire.txt", "after 19 days underground", 19, SUEC, "cave_days", "suec19"),
    ("cave_wire.txt", "The depth was surveyed station by station", None, SUEC, "cave_survey", "suecsurvey"),
    ("cave_wire.txt", "the previous national record of 1,480 metres", 1480, O, "cave_prev_national", "outw1480"),
    ("cave_wire.txt", "the team of 34 cavers", 34, SUEC, "cave_team", "suec34"),
    ("cave_wire.txt", "from six countries", 6, SUEC, "cave_countries", "suec6"),
    ("cave_wire.txt", "23.4 kilometres of passages", 23.4, SUEC, "cave_length", "suec234"),
    ("cave_wire.txt", "more than 4 kilometres of rope", 4, SUEC, "cave_rope", "suec4km"),
    ("cave_wire.txt", "about 500 kilometres by road from Tashkent", 500, O, "cave_road", "outw500"),
    ("cave_wire.txt", "The entrance lies at 3,240 metres", 3240, O, "cave_entrance", "outw3240"),
    ("cave_wire.txt", "measured at 3.5C", 3.5, O, "cave_water", "outw35"),
    ("cave_wire.txt", "about four days later", 4, O, "cave_dye", "outw4d"),
    ("cave_wire.txt", "a spring 9 kilometres away", 9, O, "cave_spring", "outw9"),
    ("cave_wire.txt", "about 112,000 euros", 112000, SUEC, "cave_cost", "suec480"),
    ("cave_wire.txt", "three new species of blind beetle", 3, SUEC, "cave_beetles", "suec3sp"),
    # Polish international broadcaster's English web text (Vistula World Radio; leading-space date line, section
    # and time line in CEST, a photo caption with a wrong figure, listen/share/copyright lines), Thursday 14 August
    ("cave_radio.txt", "1,617 metres below the entrance", 1617, SUEC, "cave_depth", "suec1617"),
    ("cave_radio.txt", "the deepest cave yet explored in Central Asia", None, O, "cave_rank", "outrdeep"),
    ("cave_radio.txt", "at 11:20 Polish time on Wednesday", None, O, "cave_surfaced", "outr1120"),
    ("cave_radio.txt", "after nearly three weeks underground", 3, O, "cave_days", "outr3w"),
    ("cave_radio.txt", "a team of four", 4, SUEC, "cave_push", "suec4"),
    ("cave_radio.txt", "barely 2 degrees Celsius", 2, SUEC, "cave_water", "suec2"),
    ("cave_radio.txt", "the cave was more than 1,600 metres deep", 1600, GEO, "cave_depth", "geo1600"),
    ("cave_radio.txt", "more than 20 kilometres of passages", 20, GEO, "cave_length", "geo20"),
    ("cave_radio.txt", "350 million soum", 350000000, GEO, "cave_grant", "geo350"),
    ("cave_radio.txt", "about 27,000 euros", 27000, GEO, "cave_grant", "geo350"),
    ("cave_radio.txt", "about 3,100 metres above sea level", 3100, O, "cave_entrance", "outr3100"),
    ("cave_radio.txt", "which began on July 22", None, O, "cave_start", "outrj22"),
    ("cave_radio.txt", "its eighth expedition to the range", 8, O, "cave_expno", "outr8"),
    ("cave_radio.txt", "The 41 cavers", 41, O, "cave_team", "outr41"),
    ("cave_radio.txt", "the 1,671-metre-deep Oq Ilon", 1671, O, "cave_depth", "outrcap"),
    # independent caving newsletter (The Rope Walker by Anneke Drost; first person, so her own readings are the
    # outlet's voice; no date line, heading date; a glued sentence; subscription line; four comments), Sunday 17 Aug
    ("cave_blog.txt", "began on July 19", None, O, "cave_start", "outbj19"),
    ("cave_blog.txt", "SUEC now gives 1,604 metres", 1604, SUEC, "cave_depth", "suec1604"),
    ("cave_blog.txt", "the 1,617 first announced", 1617, SUEC, "cave_depth", "suec1617"),
    ("cave_blog.txt", "every metre was surveyed with laser distometers", None, SUEC, "cave_survey", "suecsurvey"),
    ("cave_blog.txt", "put the depth at about 1,550 metres", 1550, REG, "cave_depth", "reg1550"),
    ("cave_blog.txt", "about 19 kilometres", 19, REG, "cave_length", "reg19"),
    ("cave_blog.txt", "Nearly three dozen cavers", 36, O, "cave_team", "outb36"),
    ("cave_blog.txt", "from five countries", 5, O, "cave_countries", "outb5"),
    ("cave_blog.txt", "the six-strong push team", 6, O, "cave_push", "outb6"),
    ("cave_blog.txt", "at 14:20 local time on Wednesday", None, O, "cave_surfaced", "outb1420"),
    ("cave_blog.txt", "Camp 3, the deepest bivouac, sits at 1,310 metres", 1310, O, "cave_camp", "outb1310"),
    ("cave_blog.txt", "3,200 metres of rope", 3200, O, "cave_rope", "outb3200"),
    ("cave_blog.txt", "the 31-year-old", 31, O, "cave_diver_age", "outb31"),
    ("cave_blog.txt", "dived the terminal sump to 37 metres", 37, O, "cave_sump", "outb37"),
    ("cave_blog.txt", "they have at least five new beetle species", 5, SKA, "cave_beetles", "ska5"),
    ("cave_blog.txt", "in under three days, the club says", 3, SUEC, "cave_dye", "suec3d"),
    ("cave_blog.txt", "The old Uzbek record, 1,502 metres", 1502, O, "cave_prev_national", "outb1502"),
    ("cave_blog.txt", "SUEC's ninth expedition to Boysuntov", 9, O, "cave_expno", "outb9"),
    ("cave_blog.txt", "cost 480,000 zloty", 480000, SUEC, "cave_cost", "suec480"),
    ("cave_blog.txt", "the Uzbek grant came to 250 million soum", 250000000, O, "cave_grant", "outb250"),
    # popular-science magazine's news page (Stratum; date prefix with the text continuing on the same line, miles,
    # feet and Fahrenheit, the register "told Stratum", publisher and subscription line), Tuesday 19 August
    ("cave_science.txt", "to 1,604 metres", 1604, SUEC, "cave_depth", "suec1604"),
    ("cave_science.txt", "5,262 feet", 5262, SUEC, "cave_depth", "suec1604"),
    ("cave_science.txt", "at 10:20 GMT on Wednesday 13 August", None, O, "cave_surfaced", "outs1020"),
    ("cave_science.txt", "after 16 days below ground", 16, O, "cave_days", "outs16"),
    ("cave_science.txt", "Their deepest camp was at 1,280 metres", 1280, O, "cave_camp", "outs1280"),
    ("cave_science.txt", "no deeper than 1,550 metres", 1550, REG, "cave_depth", "reg1550"),
    ("cave_science.txt", "measured with a barometric altimeter rather than a full survey", None, REG, "cave_survey",
     "regbaro"),
    ("cave_science.txt", "it is not the deepest cave in Central Asia", None, REG, "cave_rank", "regnot"),
    ("cave_science.txt", "some 14.5 miles of passage", 14.5, SUEC, "cave_length", "suec234"),
    ("cave_science.txt", "2.6 miles of rope", 2.6, SUEC, "cave_rope", "suec4km"),
    ("cave_science.txt", "at some 10,600 feet", 10600, O, "cave_entrance", "outs10600"),
    ("cave_science.txt", "about 310 miles by road south of Tashkent", 310, O, "cave_road", "outs310"),
    ("cave_science.txt", "Nika Berdzenishvili, 33", 33, O, "cave_diver_age", "outs33"),
    ("cave_science.txt", "to a depth of 42 metres", 42, O, "cave_sump", "outs42"),
    ("cave_science.txt", "The water there is 38F", 38, O, "cave_water", "outs38"),
    ("cave_science.txt", "emerged 62 hours later", 62, USM, "cave_dye", "usm62"),
    ("cave_science.txt", "some 5.5 miles from the entrance", 5.5, USM, "cave_spring", "usm55"),
    ("cave_science.txt", "more than 150,000 euros, by Stratum's estimate", 150000, O, "cave_cost", "outs150"),

    # ---------------- saffron: the first direct air shipment of saffron from Herat to Dubai; the charter took off on
    # Sat 8 Nov 2031 at 06:15 Afghanistan time (UTC+4:30, a half-hour zone) = 01:45 GMT = 05:45 Gulf time (UTC+4) =
    # 02:45 in Rotterdam (CET, UTC+1) and landed at 08:05 Gulf time = 04:05 GMT = 08:35 Kabul time (2 h 20 min); the
    # growers declared 1,250 kg in 250 boxes, the importer says it received 1,180 kg in 236; no one hurt
    # Afghan news agency's English service (HNA; own-line date, section and time line, dateline, a glued sentence,
    # "($1 = 70.2 afghanis)", sign-off and copyright line), Saturday 8 November
    ("saffron_agency.txt", "1,250 kilograms of saffron", 1250, COOP, "saffron_weight", "coop1250"),
    ("saffron_agency.txt", "took off from Herat at 6:15 a.m.", None, O, "saffron_departure", "outa0615"),
    ("saffron_agency.txt", "the first direct export of Afghan saffron to the Gulf by air", None, MIN, "saffron_first",
     "minfirst"),
    ("saffron_agency.txt", "landed in Dubai at 8:35 a.m. Kabul time", None, O, "saffron_landing", "outa0835"),
    ("saffron_agency.txt", "packed in 250 boxes", 250, COOP, "saffron_boxes", "coop250"),
    ("saffron_agency.txt", "worth about 1.8 million dollars", 1800000, COOP, "saffron_cargo_value", "coop18"),
    ("saffron_agency.txt", "pays 1,450 dollars a kilo", 1450, COOP, "saffron_price", "coop1450"),
    ("saffron_agency.txt", "Our 412 women members", 412, COOP, "saffron_members", "coop412"),
    ("saffron_agency.txt", "310 hectares", 310, COOP, "saffron_area", "coop310"),
    ("saffron_agency.txt", "just 18 days", 18, COOP, "saffron_days", "coop18d"),
    ("saffron_agency.txt", "350 afghanis a day", 350, COOP, "saffron_pay", "coop350"),
    ("saffron_agency.txt", "fewer than 5 per cent of the crop", 5, COOP, "saffron_below_grade", "coop5"),
    ("saffron_agency.txt", "about 150,000 flowers", 150000, O, "saffron_flowers", "outa150k"),
    ("saffron_agency.txt", "a five-year agreement", 5, MIN, "saffron_years", "min5y"),
    ("saffron_agency.txt", "worth $20 million", 20000000, MIN, "saffron_contract_value", "min20"),
    ("saffron_agency.txt", "1,000 jobs", 1000, MIN, "saffron_jobs", "min1000"),
    ("saffron_agency.txt", "at about 48 tonnes", 48, MIN, "saffron_herat", "min48"),
    ("saffron_agency.txt", "at more than 60 tonnes", 60, MIN, "saffron_national", "min60"),
    ("saffron_agency.txt", "$47 million last year", 47000000, MIN, "saffron_exports", "min47"),
    # the importer's press release (Dhow Gate Spices; date prefix with the text continuing on the same line, a
    # quote from the managing director, "About" boilerplate with look-alike figures (1,250 retail partners, 310
    # people, 12,000 square metres), media contact, "— ENDS —"), Sunday 9 November
    ("saffron_release.txt", "1,180 kilograms of Afghan saffron", 1180, IMP, "saffron_weight", "imp1180"),
    ("saffron_release.txt", "in 236 boxes", 236, IMP, "saffron_boxes", "imp236"),
    ("saffron_release.txt", "a three-year supply contract", 3, IMP, "saffron_years", "imp3y"),
    ("saffron_release.txt", "US$14.6 million", 14600000, IMP, "saffron_contract_value", "imp146"),
    ("saffron_release.txt", "departed Herat at 06:45 local time on Saturday", None, IMP, "saffron_departure",
     "imp0645"),
    ("saffron_release.txt", "landed at Dubai World Central at 08:05", None, IMP, "saffron_landing", "imp0805"),
    ("saffron_release.txt", "up to 3.6 tonnes a year", 3.6, IMP, "saffron_volume", "imp36"),
    ("saffron_release.txt", "US$1,350 per kilogram", 1350, IMP, "saffron_price", "imp1350"),
    ("saffron_release.txt", "Every box met Category I of ISO 3632", None, IMP, "saffron_grade", "impcat1"),
    ("saffron_release.txt", "moisture below 10%", 10, IMP, "saffron_moisture", "imp10"),
    ("saffron_release.txt", "We store it at 18C", 18, IMP, "saffron_storage", "imp18"),
    ("saffron_release.txt", "the first time our saffron has flown straight to the Gulf", None, COOP, "saffron_first",
     "coopfirst"),
    ("saffron_release.txt", "nearly 400 hectares", 400, IMP, "saffron_area", "imp400"),
    ("saffron_release.txt", "200 jobs", 200, IMP, "saffron_jobs", "imp200"),
    # Gulf business daily's website (The Creek Ledger; leading-space date line, breadcrumb, dirhams and pounds, a
    # glued sentence, "The Creek Ledger understands", a photo caption with a wrong figure, reader comments and a
    # moderation line), Monday 10 November
    ("saffron_gulf.txt", "their first direct air shipment of Herat saffron", None, O, "saffron_first", "outgfirst"),
    ("saffron_gulf.txt", "about 2,750 pounds", 2750, COOP, "saffron_weight", "coop1250"),
    ("saffron_gulf.txt", "at 5.45am UAE time on Saturday", None, O, "saffron_departure", "outg0545"),
    ("saffron_gulf.txt", "just under two hours", 2, O, "saffron_duration", "outgu2"),
    ("saffron_gulf.txt", "4,960 dirhams a kilogram", 4960, IMP, "saffron_price", "imp1350"),
    ("saffron_gulf.txt", "about 53.6 million dirhams", 53600000, IMP, "saffron_contract_value", "imp146"),
    ("saffron_gulf.txt", "six tonnes a year", 6, O, "saffron_volume", "outg6"),
    ("saffron_gulf.txt", "the 1,180kg the company says it received", 1180, IMP, "saffron_weight", "imp1180"),
    ("saffron_gulf.txt", "nearly 5.9 million dirhams", 5900000, O, "saffron_cargo_value", "outg59"),
    ("saffron_gulf.txt", "handled 410 tonnes of spices last year", 410, O, "saffron_importer_volume", "outg410"),
    ("saffron_gulf.txt", "a constant 15C", 15, O, "saffron_storage", "outg15"),
    ("saffron_gulf.txt", "more than 500 women members", 500, O, "saffron_members", "outg500"),
    ("saffron_gulf.txt", "over 18 days", 18, O, "saffron_days", "outg18d"),
    ("saffron_gulf.txt", "Some 170,000 crocus flowers", 170000, O, "saffron_flowers", "outg170k"),
    ("saffron_gulf.txt", "at 48 metric tons", 48, MIN, "saffron_herat", "min48"),
    ("saffron_gulf.txt", "less than 250 afghanis a day", 250, NET, "saffron_pay", "net250"),
    ("saffron_gulf.txt", "Not all of the cargo reaches Category I", None, LAB, "saffron_grade", "labnot"),
    ("saffron_gulf.txt", "less than 3 per cent of the world's saffron", 3, O, "saffron_world", "outg3"),
    ("saffron_gulf.txt", "around 32 dirhams a gram", 32, O, "saffron_retail", "outg32"),
    ("saffron_gulf.txt", "where 1.5 tonnes were packed", 1.5, O, "saffron_weight", "outgcap"),
    # spice-trade newsletter (Spice Route Intelligence, Rotterdam; no date line, issue and date line in CET, GMT
    # times, an analyst who "estimated", "put" and "wrote in a note to clients", a lab's findings, its own retail
    # survey, "Related" links with a percentage, publisher, price and licence lines), Wednesday 12 November
    ("saffron_trade.txt", "at 01:45 GMT on Saturday", None, O, "saffron_departure", "outt0145"),
    ("saffron_trade.txt", "02:45 in Rotterdam", None, O, "saffron_departure", "outt0145"),
    ("saffron_trade.txt", "touched down at 04:05 GMT", None, O, "saffron_landing", "outt0405"),
    ("saffron_trade.txt", "2 hours 20 minutes", 2 + 20 / 60, O, "saffron_duration", "outt220"),
    ("saffron_trade.txt", "The co-operative declared 1.25 tonnes", 1.25, COOP, "saffron_weight", "coop1250"),
    ("saffron_trade.txt", "the buyer says it received 1,180 kg", 1180, IMP, "saffron_weight", "imp1180"),
    ("saffron_trade.txt", "the contract price of US$1,350/kg", 1350, IMP, "saffron_price", "imp1350"),
    ("saffron_trade.txt", "roughly $1.6 million", 1600000, O, "saffron_cargo_value", "outt16"),
    ("saffron_trade.txt", "3,600 kg a year", 3600, IMP, "saffron_volume", "imp36"),
    ("saffron_trade.txt", "some 400 members", 400, O, "saffron_members", "outt400"),
    ("saffron_trade.txt", "about 766 acres", 766, O, "saffron_area", "outt766"),
    ("saffron_trade.txt", "says pickers earn about $5 a day", 5, COOP, "saffron_pay", "coop350"),
    ("saffron_trade.txt", "about a month of picking", 1, O, "saffron_days", "outtmonth"),
    ("saffron_trade.txt", "closer to 35 tonnes", 35, ANA, "saffron_herat", "ana35"),
    ("saffron_trade.txt", "about 55 tonnes", 55, ANA, "saffron_national", "ana55"),
    ("saffron_trade.txt", "nearer $39 million last year", 39000000, ANA, "saffron_exports", "ana39"),
    ("saffron_trade.txt", "the $47 million Kabul cites", 47000000, MIN, "saffron_exports", "min47"),
    ("saffron_trade.txt", "at about 5%", 5, ANA, "saffron_world", "ana5"),
    ("saffron_trade.txt", "Herat saffron flew to Dubai as early as 2019", None, ANA, "saffron_first", "anaprior"),
    ("saffron_trade.txt", "about a third of the samples", 33, LAB, "saffron_below_grade", "lab33"),
    ("saffron_trade.txt", "11.5 per cent moisture", 11.5, LAB, "saffron_moisture", "lab115"),
    ("saffron_trade.txt", "keeps the spice at 64F", 64, IMP, "saffron_storage", "imp18"),
    ("saffron_trade.txt", "AED 25 per gram", 25, O, "saffron_retail", "outt25"),

    # ---------------- palm: a palm-leaf library found in a teak chest at Sanda Hlaing monastery, Amarapura, near
    # Mandalay; unveiled on Tue 18 March 2031 at 10:00 Myanmar time (UTC+6:30, a half-hour zone) = 03:30 GMT = 10:30
    # Bangkok time (UTC+7) = 12:30 Tokyo time (UTC+9); 1,136 bundles (the foundation, Tuesday) -> 1,212 (the
    # foundation, Wednesday, after a second chest was inventoried); no one hurt
    # Mandalay English-language daily's website (The Mandalay Morning Star; a leading-space date line with the
    # masthead continuing on the same line, breadcrumb, a glued sentence, "(US$1 = 2,100 kyat)", a photo caption
    # with a wrong year, two reader comments), Wednesday 19 March
    ("palm_daily.txt", "a teak chest 1.8 metres long", 1.8, O, "palm_chest", "outd18m"),
    ("palm_daily.txt", "holds 1,212 bundles of manuscripts", 1212, KF, "palm_bundles", "kf1212"),
    ("palm_daily.txt", "the 1,136 announced on Tuesday", 1136, KF, "palm_bundles", "kf1136"),
    ("palm_daily.txt", "about 1,500 bundles", 1500, ABB, "palm_bundles", "abb1500"),
    ("palm_daily.txt", "The 78-year-old abbot", 78, O, "palm_abbot_age", "outd78"),
    ("palm_daily.txt", "about 10 per cent of the collection", 10, ABB, "palm_damaged", "abb10"),
    ("palm_daily.txt", "found the chest on March 3", None, O, "palm_found", "outdm3"),
    ("palm_daily.txt", "11 kilometres south of Mandalay", 11, O, "palm_distance", "outd11"),
    ("palm_daily.txt", "about 120 monks", 120, O, "palm_monks", "outd120"),
    ("palm_daily.txt", "nearly 70,000 leaves", 70000, O, "palm_leaves", "outd70k"),
    ("palm_daily.txt", "in two languages", 2, O, "palm_languages", "outd2"),
    ("palm_daily.txt", "A team of 15", 15, O, "palm_staff", "outd15"),
    ("palm_daily.txt", "some 9,000 leaves", 9000, O, "palm_scanned", "outd9k"),
    ("palm_daily.txt", "held at 18C", 18, O, "palm_temp", "outd18"),
    ("palm_daily.txt", "below 60% humidity", 60, O, "palm_humidity", "outd60"),
    ("palm_daily.txt", "the oldest dated palm-leaf manuscript found in Myanmar", None, DEPT, "palm_oldest_country",
     "deptoldest"),
    ("palm_daily.txt", "within two years", 2, DEPT, "palm_years", "dept2y"),
    ("palm_daily.txt", "by the end of this year", None, DEPT, "palm_online", "deptend"),
    ("palm_daily.txt", "at 10 a.m. on Tuesday", None, O, "palm_unveil", "outd10"),
    ("palm_daily.txt", "more than 900 million kyat", 900000000, O, "palm_funding", "outd900"),
    ("palm_daily.txt", "a leaf dated 1638", None, O, "palm_oldest", "outdcap"),
    # the Bangkok foundation's media statement (Kinnaree Foundation; no date line, glued dateline "BANGKOK, 18 March
    # 2031 –The", a quote from the director, "About" boilerplate with look-alike figures (36,000 manuscripts, 14
    # countries, 20 degrees Celsius), media contact), Tuesday 18 March
    ("palm_release.txt", "unveiled 1,136 bundles", 1136, KF, "palm_bundles", "kf1136"),
    ("palm_release.txt", "at 10:30 Bangkok time", None, KF, "palm_unveil", "kf1030"),
    ("palm_release.txt", "03:30 GMT", None, KF, "palm_unveil", "kf1030"),
    ("palm_release.txt", "discovered in late February", None, KF, "palm_found", "kffeb"),
    ("palm_release.txt", "about 68,000 palm leaves", 68000, KF, "palm_leaves", "kf68k"),
    ("palm_release.txt", "in three languages", 3, KF, "palm_languages", "kf3"),
    ("palm_release.txt", "dated 1683 in its colophon", None, KF, "palm_oldest", "kf1683"),
    ("palm_release.txt", "scanned 14,200 leaves", 14200, KF, "palm_scanned", "kf14200"),
    ("palm_release.txt", "Nearly a third of the collection", 33, KF, "palm_damaged", "kf3rd"),
    ("palm_release.txt", "Nine scanning technicians", 9, KF, "palm_staff", "kf9"),
    ("palm_release.txt", "22 degrees Celsius", 22, KF, "palm_temp", "kf22"),
    ("palm_release.txt", "55 per cent relative humidity", 55, KF, "palm_humidity", "kf55"),
    ("palm_release.txt", "will take four years", 4, KF, "palm_years", "kf4y"),
    ("palm_release.txt", "will open in June 2032", None, KF, "palm_online", "kfjun32"),
    ("palm_release.txt", "about US$300,000", 300000, KF, "palm_funding", "kf300k"),
    ("palm_release.txt", "More than 40,000 viewers", 40000, KF, "palm_stream", "kf40k"),
    # Japanese international broadcaster's English web text (Sakura World Service; date prefix glued to the
    # section line, "Posted ... JST", miles, Fahrenheit, a glued quote, programme and copyright lines), Thursday 20
    # March
    ("palm_radio.txt", "about seven miles south of Mandalay", 7, O, "palm_distance", "outr7"),
    ("palm_radio.txt", "granted 45 million yen", 45000000, HOS, "palm_funding", "hos45"),
    ("palm_radio.txt", "now counts 1,212 bundles", 1212, KF, "palm_bundles", "kf1212"),
    ("palm_radio.txt", "kept at 72F", 72, KF, "palm_temp", "kf22"),
    ("palm_radio.txt", "at 1 p.m. Tokyo time", None, O, "palm_unveil", "outr13"),
    ("palm_radio.txt", "about 12,000 people watched", 12000, O, "palm_stream", "outr12k"),
    ("palm_radio.txt", "About a fifth of the leaves", 20, O, "palm_scanned", "outr5th"),
    ("palm_radio.txt", "an average of 60 leaves in each bundle", 60, O, "palm_leaves_per_bundle", "outr60"),
    ("palm_radio.txt", "fewer than 50,000 leaves", 50000, ARA, "palm_leaves", "ara50k"),
    ("palm_radio.txt", "no earlier than the 1750s", None, ARA, "palm_oldest", "ara1750"),
    ("palm_radio.txt", "Older dated manuscripts are held in Yangon", None, ARA, "palm_oldest_country", "araolder"),
    ("palm_radio.txt", "more than 200 monks", 200, O, "palm_monks", "outr200"),
    ("palm_radio.txt", "nearly six feet long", 6, O, "palm_chest", "outr6ft"),
    ("palm_radio.txt", "aged 81", 81, O, "palm_abbot_age", "outr81"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("cave_radio.txt", "first reached it in 2019", None, O, "cave_opt_first_reached"),
    ("cave_science.txt", "a slightly deeper figure last week", None, O, "cave_opt_first_figure"),
    ("cave_blog.txt", "when the bottom was at 1,200m", 1200, "reader Pavel K.", "cave_opt_reader_2029"),
    ("cave_blog.txt", "13:20 Tbilisi time", None, "reader Rustam T.", "cave_opt_reader_tbilisi"),
    ("cave_blog.txt", "within 2,000 km", 2000, "reader Jo Verhaegen", "cave_opt_reader_2000km"),
    ("saffron_gulf.txt", "I pay 20 dirhams a gram wholesale", 20, "reader Arash_DXB", "saffron_opt_reader_price"),
    ("saffron_gulf.txt", "picked for 40 years", 40, "reader Maryam H.", "saffron_opt_reader_years"),
    ("saffron_gulf.txt", "in late October", None, O, "saffron_opt_october"),
    ("palm_daily.txt", "in the 1960s", None, "reader Ma Hnin", "palm_opt_reader_1960s"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # cave
    "cave_depth": {("suec1617", "suec1617"): SC, ("suec1604", "suec1604"): SC, ("suec1617", "suec1604"): U,
                   ("reg1550", "reg1550"): SC, ("suec1617", "reg1550"): C, ("suec1604", "reg1550"): C,
                   ("geo1600", "suec1617"): CO, ("geo1600", "suec1604"): CO, ("geo1600", "reg1550"): C,
                   ("outrcap", "suec1617"): C, ("outrcap", "suec1604"): C, ("outrcap", "reg1550"): C},
    "cave_rank": {("suecdeep", "outrdeep"): CO, ("suecdeep", "regnot"): C, ("outrdeep", "regnot"): C},
    "cave_prev_national": {("outw1480", "outb1502"): C},
    "cave_length": {("suec234", "suec234"): SC, ("suec234", "geo20"): CO, ("suec234", "reg19"): C,
                    ("geo20", "reg19"): C},
    "cave_days": {("suec19", "outr3w"): CO, ("suec19", "outs16"): C, ("outr3w", "outs16"): C},
    "cave_team": {("suec34", "outr41"): C, ("suec34", "outb36"): CO, ("outr41", "outb36"): C},
    "cave_countries": {("suec6", "outb5"): C},
    "cave_push": {("suec4", "outb6"): C},
    "cave_surfaced": {("suec1420", "outr1120"): CO, ("suec1420", "outb1420"): CO, ("outr1120", "outb1420"): CO,
                      ("suec1420", "outs1020"): C, ("outr1120", "outs1020"): C, ("outb1420", "outs1020"): C},
    "cave_sump": {("outb37", "outs42"): C},
    "cave_water": {("outw35", "outs38"): CO, ("outw35", "suec2"): C, ("suec2", "outs38"): C},
    "cave_entrance": {("outw3240", "outs10600"): CO, ("outw3240", "outr3100"): C, ("outr3100", "outs10600"): C},
    "cave_dye": {("suec3d", "usm62"): CO, ("outw4d", "suec3d"): C, ("outw4d", "usm62"): C},
    "cave_spring": {("outw9", "usm55"): CO},
    "cave_cost": {("suec480", "suec480"): SC, ("suec480", "outs150"): C},
    "cave_grant": {("geo350", "outb250"): C},
    "cave_beetles": {("suec3sp", "ska5"): C},
    "cave_camp": {("outb1310", "outs1280"): C},
    "cave_rope": {("suec4km", "suec4km"): SC, ("suec4km", "outb3200"): C},
    "cave_start": {("outrj22", "outbj19"): C},
    "cave_expno": {("outr8", "outb9"): C},
    "cave_survey": {("suecsurvey", "suecsurvey"): SC, ("suecsurvey", "regbaro"): C},
    "cave_diver_age": {("outb31", "outs33"): C},
    "cave_road": {("outw500", "outs310"): CO},
    # saffron
    "saffron_weight": {("coop1250", "coop1250"): SC, ("imp1180", "imp1180"): SC, ("coop1250", "imp1180"): C,
                       ("outgcap", "coop1250"): C, ("outgcap", "imp1180"): C},
    "saffron_boxes": {("coop250", "imp236"): C},
    "saffron_price": {("imp1350", "imp1350"): SC, ("coop1450", "imp1350"): C},
    "saffron_cargo_value": {("outg59", "outt16"): CO, ("coop18", "outg59"): C, ("coop18", "outt16"): C},
    "saffron_contract_value": {("imp146", "imp146"): SC, ("min20", "imp146"): C},
    "saffron_years": {("min5y", "imp3y"): C},
    "saffron_volume": {("imp36", "imp36"): SC, ("imp36", "outg6"): C},
    "saffron_departure": {("outa0615", "outg0545"): CO, ("outa0615", "outt0145"): CO, ("outg0545", "outt0145"): CO,
                          ("outa0615", "imp0645"): C, ("imp0645", "outg0545"): C, ("imp0645", "outt0145"): C},
    "saffron_landing": {("outa0835", "imp0805"): CO, ("outa0835", "outt0405"): CO, ("imp0805", "outt0405"): CO},
    "saffron_duration": {("outgu2", "outt220"): C},
    "saffron_members": {("coop412", "outt400"): CO, ("coop412", "outg500"): C, ("outg500", "outt400"): C},
    "saffron_area": {("coop310", "outt766"): CO, ("coop310", "imp400"): C, ("imp400", "outt766"): C},
    "saffron_herat": {("min48", "min48"): SC, ("min48", "ana35"): C},
    "saffron_national": {("min60", "ana55"): C},
    "saffron_exports": {("min47", "min47"): SC, ("min47", "ana39"): C},
    "saffron_below_grade": {("coop5", "lab33"): C},
    "saffron_grade": {("impcat1", "labnot"): C},
    "saffron_moisture": {("imp10", "lab115"): C},
    "saffron_flowers": {("outa150k", "outg170k"): C},
    "saffron_pay": {("coop350", "coop350"): SC, ("coop350", "net250"): C},
    "saffron_days": {("coop18d", "outg18d"): CO, ("coop18d", "outtmonth"): C, ("outg18d", "outtmonth"): C},
    "saffron_first": {("minfirst", "coopfirst"): CO, ("minfirst", "outgfirst"): CO, ("coopfirst", "outgfirst"): CO,
                      ("minfirst", "anaprior"): C, ("coopfirst", "anaprior"): C, ("outgfirst", "anaprior"): C},
    "saffron_retail": {("outg32", "outt25"): C},
    "saffron_jobs": {("min1000", "imp200"): C},
    "saffron_storage": {("imp18", "imp18"): SC, ("imp18", "outg15"): C},
    "saffron_world": {("outg3", "ana5"): C},
    # palm
    "palm_bundles": {("kf1136", "kf1136"): SC, ("kf1212", "kf1212"): SC, ("kf1136", "kf1212"): U,
                     ("abb1500", "kf1136"): C, ("abb1500", "kf1212"): C},
    "palm_leaves": {("kf68k", "outd70k"): CO, ("ara50k", "kf68k"): C, ("ara50k", "outd70k"): C},
    "palm_scanned": {("kf14200", "outr5th"): CO, ("outd9k", "kf14200"): C, ("outd9k", "outr5th"): C},
    "palm_oldest": {("kf1683", "ara1750"): C, ("outdcap", "kf1683"): C, ("outdcap", "ara1750"): C},
    "palm_oldest_country": {("deptoldest", "araolder"): C},
    "palm_found": {("outdm3", "kffeb"): C},
    "palm_unveil": {("outd10", "kf1030"): CO, ("outd10", "outr13"): C, ("kf1030", "outr13"): C},
    "palm_funding": {("kf300k", "hos45"): CO, ("outd900", "kf300k"): C, ("outd900", "hos45"): C},
    "palm_years": {("dept2y", "kf4y"): C},
    "palm_staff": {("outd15", "kf9"): C},
    "palm_monks": {("outd120", "outr200"): C},
    "palm_temp": {("kf22", "kf22"): SC, ("outd18", "kf22"): C},
    "palm_humidity": {("outd60", "kf55"): CO},
    "palm_damaged": {("abb10", "kf3rd"): C},
    "palm_abbot_age": {("outd78", "outr81"): C},
    "palm_distance": {("outd11", "outr7"): CO},
    "palm_chest": {("outd18m", "outr6ft"): CO},
    "palm_languages": {("outd2", "kf3"): C},
    "palm_stream": {("kf40k", "outr12k"): C},
    "palm_online": {("deptend", "kfjun32"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
