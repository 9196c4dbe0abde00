"""Hand labels for bench/blind44 (an escape of farmed salmon from a storm-torn pen at Eystlaks's Lambavík site in
Skálafjørður, Eysturoy, Faroe Islands, its size, the pen, the tear, the storm, the cost, the harvest guidance and the
recapture disputed, with times in Faroese time, WET, UTC+0 in winter, and Central European Time, UTC+1, in Denmark and
Norway; a false tsunami warning sent to every mobile phone in Oman after a moderate earthquake off the Makran coast,
its times, the magnitude, the cause, the injured and dead, the phones, the traffic and the cost disputed, with times in
Gulf Standard Time, UTC+4, Pakistan Standard Time, UTC+5, Iran Standard Time, UTC+3:30 all year since 2022, and GMT,
across midnight; a 2,217-carat diamond unveiled in Gaborone from a mine near Letlhakane, Botswana, its weight, rank,
colour, date of recovery, value, royalty, stake, sale, workers and the country's diamond figures disputed, with times
in Central Africa Time, UTC+2, British Summer Time, UTC+1, US Eastern Daylight Time, UTC-4, and India Standard Time,
UTC+5:30).
Run from the project root:
    python3 bench/blind44/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
EYS = ("Eystlaks P/F, the salmon farmer (CEO Súsanna Poulsen-Lamhauge, site manager Bárður Hansen-Weihe, spokesperson "
       "Elin á Lakjuni-Dam)")
HFS = "the Faroese Food and Veterinary Authority (director Dr Katrin Hoydal-Mortensen)"
DMI = "the Danish Meteorological Institute (DMI)"
AWSA = "the Atlantic Wild Salmon Alliance, an Oslo-based campaign group"
MINF = "Faroese Minister of Fisheries Heðin Jacobsen-Rein"
FISHF = "Eysturoy Inshore Fishermen's Association (chairman Jákup Mikkelsen-Nolsø)"
CPHAN = "seafood analyst Mikkel Brask-Lorentzen (Amagerbanken Markets, Copenhagen)"
BERAN = "analyst Sigrid Haaland-Myhre (Fjordkapital, Bergen)"
BUY = "salmon buyers who know the site (unnamed, quoted by Bryggen Seafood Letter)"

NCEM = ("Oman's National Committee for Emergency Management, NCEM (spokesman Colonel Yaqoob al-Hashmi-Rawas), and its "
        "National Multi Hazard Early Warning Centre")
MOH = "Oman's Ministry of Health"
ROP = "the Royal Oman Police"
TRA = "Oman's Telecommunications Regulatory Authority (TRA)"
TRAOFF = "an official at Oman's telecoms regulator (unnamed)"
ENG = "an engineer at one of Oman's mobile operators (unnamed)"
USGS = "the U.S. Geological Survey (USGS)"
PMD = "the Pakistan Meteorological Department (PMD)"
IRSC = "Iran's seismological centre at the University of Tehran"
SQU = "Sultan Qaboos University's Earthquake Monitoring Center"
SHURA = "Shura Council member for Sur Khalid al-Ghailani-Rashdi"
VEYLA = "Veyla Systems, the Finnish supplier of the alerting software"
RPG = "RoadPulse Gulf, a Dubai traffic-data company"
INS = "motor insurers (as counted by the Gulf Motor Brokers Forum)"
DOC = "emergency physician Dr Maryam al-Zadjali-Rae (Muscat)"
FISHS = "Sur fisherman Salim al-Araimi-Baloushi"
SURRES = "residents of Sur (unnamed, quoted by The Muscat Courier)"
PKW = "Pakistani workers in Oman (quoted by the Karachi Evening Mail)"

KCD = "Kalahari Crown Diamonds Ltd., KCD (chief executive Graham Ashby-Molefe)"
GOVB = "Botswana's government (Minerals Minister Boitumelo Kgosietsile-Rapoo)"
ODC = "the state-owned Okavango Diamond Company, ODC (managing director Neo Phuthego-Lind)"
DAWUB = "Diamond and Allied Workers' Union of Botswana, DAWUB (general secretary Kabelo Ramotswa-Pule)"
MPB = "opposition MP Onalenna Sekgoma-Maje"
GEM = "independent gemmologist Dr Palesa Nthite-Koorts (Johannesburg)"
ANL = "analyst Ottoline Greaves-Baptiste (Chancery Hill Securities)"
DEAL = "Antwerp rough dealer Ruben Vandersteen-Malka"
TRADS = "Surat rough traders (unnamed, quoted by Varachha Diamond Weekly)"
BOB = "the Bank of Botswana"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- salmon: a storm overnight Sat 3 / Sun 4 Feb 2035 tears a net at Eystlaks's Lambavík site; staff
    # find it at about 05:50 Faroese time on Sunday (WET, UTC+0 in winter) = 06:50 CET in Copenhagen and Oslo; fish
    # escaped 42,000 (company, Sunday) -> 118,000 (company, Wednesday); cost DKK 60-80 million -> DKK 140 million;
    # harvest guidance 81,000 -> 78,500 tonnes; recaptured more than 2,000 (Mon) -> more than 6,000 (Tue) -> 9,200 (Wed)
    # the company's stock exchange notice (Euronext Oslo Børs; own-line date, place line without a date, times in local
    # time and CET, "About Eystlaks", MAR boilerplate with the publication time), Sunday 4 Feb
    ("salmon_notice.txt", "gusts exceeding 50 metres per second", 50, EYS, "salmon_gust", "eys50"),
    ("salmon_notice.txt", "waves of 15 metres", 15, EYS, "salmon_waves", "eys15"),
    ("salmon_notice.txt", "On Sunday 4 February 2035", None, EYS, "salmon_date", "eysdate"),
    ("salmon_notice.txt", "at approximately 05:50 local time", None, EYS, "salmon_time", "eys0550"),
    ("salmon_notice.txt", "06:50 CET", None, EYS, "salmon_time", "eys0550"),
    ("salmon_notice.txt", "one of the 12 pens", 12, EYS, "salmon_pens", "eys12"),
    ("salmon_notice.txt", "approximately 20 metres long", 20, EYS, "salmon_tear", "eys20"),
    ("salmon_notice.txt", "The mooring system held", None, EYS, "salmon_moorings", "eysmoor"),
    ("salmon_notice.txt", "approximately 183,000 salmon", 183000, EYS, "salmon_penstock", "eys183"),
    ("salmon_notice.txt", "average weight of 4.6 kg", 4.6, EYS, "salmon_weight", "eys46"),
    ("salmon_notice.txt", "about 42,000 salmon have escaped", 42000, EYS, "salmon_escaped", "eys42"),
    ("salmon_notice.txt", "about 1.9 million salmon in total", 1900000, EYS, "salmon_site", "eys19m"),
    ("salmon_notice.txt", "on 18 January 2035", None, EYS, "salmon_inspection", "eys18jan"),
    ("salmon_notice.txt", "0.3 adult female lice per fish", 0.3, EYS, "salmon_lice", "eys03"),
    ("salmon_notice.txt", "DKK 60–80 million", 60000000, EYS, "salmon_cost", "eys6080"),
    ("salmon_notice.txt", "81,000 tonnes gutted weight", 81000, EYS, "salmon_guidance", "eys81"),
    ("salmon_notice.txt", "19 farming sites", 19, EYS, "salmon_farms", "eys19"),
    # a Copenhagen business daily's English service (Københavns Erhvervsavis; no date line, the masthead's date, the
    # zone mistake "just before 6 a.m. Danish time" (05:50 in Tórshavn was 06:50 in Copenhagen), the CEO on a call,
    # DMI in km/h, an analyst, the alliance's figures, a glued sentence ('relaxed."Once'), translation boilerplate),
    # Monday 5 Feb
    ("salmon_cph.txt", "closed 9.4 per cent lower", 9.4, O, "salmon_shares", "outc94"),
    ("salmon_cph.txt", "some 42,000 fish", 42000, EYS, "salmon_escaped", "eys42"),
    ("salmon_cph.txt", "just before 6 a.m. Danish time", None, O, "salmon_time", "outc6"),
    ("salmon_cph.txt", "early on Sunday", None, O, "salmon_date", "outcsun"),
    ("salmon_cph.txt", "about 148 km/h", 148, DMI, "salmon_gust", "dmi41"),
    ("salmon_cph.txt", "4.6 kilograms on average", 4.6, EYS, "salmon_weight", "eys46"),
    ("salmon_cph.txt", "more than 2,000 fish", 2000, EYS, "salmon_recaptured", "eys2000"),
    ("salmon_cph.txt", "DKK 60-80 million", 60000000, EYS, "salmon_cost", "eys6080"),
    ("salmon_cph.txt", "81,000 tonnes for the year", 81000, EYS, "salmon_guidance", "eys81"),
    ("salmon_cph.txt", "closer to DKK 200 million", 200000000, CPHAN, "salmon_cost", "cphan200"),
    ("salmon_cph.txt", "more than 160,000 fish", 160000, AWSA, "salmon_escaped", "awsa160"),
    ("salmon_cph.txt", "well over 800 tonnes of farmed salmon", 800, AWSA, "salmon_biomass", "awsa800"),
    ("salmon_cph.txt", "more than 2.2 million fish", 2200000, AWSA, "salmon_site", "awsa22m"),
    ("salmon_cph.txt", "fined up to DKK 500,000", 500000, O, "salmon_fine", "outc500k"),
    ("salmon_cph.txt", "about 40 per cent of Faroese goods exports", 40, O, "salmon_exports", "outc40"),
    # a Faroese news site's English page (Tjaldur News; leading-space own-line date, a photo caption with a wrong
    # figure ("24,000 salmon", the company's 42,000 with its digits swapped), the time in words, the outlet's own count
    # of pens, the veterinary authority, DMI, the company's spokesperson, the fishermen, the minister, a glued sentence
    # ('swell."From'), two reader comments, support boilerplate with a price), Tuesday 6 Feb
    ("salmon_faroe.txt", "24,000 salmon escaped", 24000, O, "salmon_escaped", "outfcap"),
    ("salmon_faroe.txt", "found the damaged net on Sunday", None, EYS, "salmon_date", "eysdate"),
    ("salmon_faroe.txt", "just before six in the morning", None, EYS, "salmon_time", "eys0550"),
    ("salmon_faroe.txt", "one of ten at the site", 10, O, "salmon_pens", "outf10"),
    ("salmon_faroe.txt", "around 180,000 fish", 180000, O, "salmon_penstock", "outf180"),
    ("salmon_faroe.txt", "puts the number that escaped at 42,000", 42000, EYS, "salmon_escaped", "eys42"),
    ("salmon_faroe.txt", "nearly 40 metres long", 40, HFS, "salmon_tear", "hfs40"),
    ("salmon_faroe.txt", "two of the pen's mooring lines had parted", None, HFS, "salmon_moorings", "hfsmoor"),
    ("salmon_faroe.txt", "about 90,000 fish", 90000, HFS, "salmon_escaped", "hfs90"),
    ("salmon_faroe.txt", "more than 160,000 fish escaped", 160000, AWSA, "salmon_escaped", "awsa160"),
    ("salmon_faroe.txt", "41 metres per second", 41, DMI, "salmon_gust", "dmi41"),
    ("salmon_faroe.txt", "around 3 a.m. on Sunday", None, DMI, "salmon_peak", "dmi3"),
    ("salmon_faroe.txt", "about 9 metres", 9, DMI, "salmon_waves", "dmi9"),
    ("salmon_faroe.txt", "more than 6,000 fish", 6000, EYS, "salmon_recaptured", "eys6000"),
    ("salmon_faroe.txt", "60 to 80 million krónur", 60000000, EYS, "salmon_cost", "eys6080"),
    ("salmon_faroe.txt", "about 1,400 fish", 1400, FISHF, "salmon_recaptured", "fish1400"),
    ("salmon_faroe.txt", "fines of up to one million krónur", 1000000, MINF, "salmon_fine", "min1m"),
    ("salmon_faroe.txt", "the largest escape in the islands since 2012", None, MINF, "salmon_record", "min2012"),
    ("salmon_faroe.txt", "nearly half of what we export", 50, MINF, "salmon_exports", "minhalf"),
    ("salmon_faroe.txt", "19 farms in the Faroes", 19, O, "salmon_farms", "outf19"),
    # a Bergen seafood trade newsletter (Bryggen Seafood Letter No. 1184; date prefix glued to the masthead, paragraph
    # heads ("Escape.", "Biomass.", "Recapture.", "Money.", "Shares.", "Lice.", "Market."), the company's revision, its
    # own arithmetic and its reading of station data in CET, buyers who "tell us", an analyst, the alliance's claims,
    # "(DKK 1 = NOK 1.55)", subscription boilerplate), Thursday 8 Feb
    ("salmon_bergen.txt", "an estimated 118,000 fish", 118000, EYS, "salmon_escaped", "eys118"),
    ("salmon_bergen.txt", "the pen held 183,000 fish", 183000, EYS, "salmon_penstock", "eys183"),
    ("salmon_bergen.txt", "at 06:50 CET", None, O, "salmon_time", "outb0650"),
    ("salmon_bergen.txt", "on 4 February", None, O, "salmon_date", "outb4feb"),
    ("salmon_bergen.txt", "peaked at about 05:00 CET", None, O, "salmon_peak", "outb0500"),
    ("salmon_bergen.txt", "estimate of about 90,000", 90000, HFS, "salmon_escaped", "hfs90"),
    ("salmon_bergen.txt", "sticks to more than 160,000 fish", 160000, AWSA, "salmon_escaped", "awsa160"),
    ("salmon_bergen.txt", "measured the tear at nearly 40 metres", 40, HFS, "salmon_tear", "hfs40"),
    ("salmon_bergen.txt", "the largest escape ever recorded in the Faroes", None, AWSA, "salmon_record", "awsaever"),
    ("salmon_bergen.txt", "average weight of 4.6 kg", 4.6, EYS, "salmon_weight", "eys46"),
    ("salmon_bergen.txt", "about 540 tonnes", 540, O, "salmon_biomass", "outb540"),
    ("salmon_bergen.txt", "about 5.2 kilos", 5.2, BUY, "salmon_weight", "buy52"),
    ("salmon_bergen.txt", "9,200 fish had been recaptured", 9200, EYS, "salmon_recaptured", "eys9200"),
    ("salmon_bergen.txt", "DKK 140 million", 140000000, EYS, "salmon_cost", "eys140"),
    ("salmon_bergen.txt", "about NOK 217 million", 217000000, EYS, "salmon_cost", "eys140"),
    ("salmon_bergen.txt", "78,500 tonnes gutted weight", 78500, EYS, "salmon_guidance", "eys785"),
    ("salmon_bergen.txt", "expects 76,000 tonnes", 76000, BERAN, "salmon_guidance", "beran76"),
    ("salmon_bergen.txt", "fell 9.4% on Monday", 9.4, O, "salmon_shares", "outb94"),
    ("salmon_bergen.txt", "more than four adult female lice per fish", 4, AWSA, "salmon_lice", "awsa4"),
    ("salmon_bergen.txt", "since June", None, AWSA, "salmon_inspection", "awsajun"),

    # ---------------- alert: an earthquake off the Makran coast at 01:48 on Wed 18 Apr 2035 in Oman (Gulf Standard
    # Time, UTC+4, no summer time) = 21:48 UTC on Tuesday 17 Apr = 22:48 BST in London = 02:48 PKT in Karachi
    # (UTC+5) = 01:18 in Tehran (UTC+3:30 all year since Iran dropped summer time in 2022); the false tsunami warning
    # at 02:06 (= 22:06 GMT Tuesday = 03:06 PKT), the cancellation at 02:29 (NCEM); magnitude 6.2 (automatic) -> 5.6
    # (NCEM, reviewed); injured 43 (Ministry of Health, Wednesday) -> 67 (Thursday)
    # the emergency committee's statement (NCEM Statement No. 3/2035; date prefix with the masthead continuing on the
    # same line, "Unofficial English translation", place-and-date line, numbered points, the health ministry and the
    # police cited, an emergency number, "— Ends —"), Wednesday 18 Apr
    ("alert_statement.txt", "At 1:48 a.m.", None, NCEM, "alert_qtime", "nc148"),
    ("alert_statement.txt", "on Wednesday 18 April 2035", None, NCEM, "alert_date", "ncdate"),
    ("alert_statement.txt", "about 320 kilometres from Muscat", 320, NCEM, "alert_dist", "nc320"),
    ("alert_statement.txt", "at a depth of about 20 km", 20, NCEM, "alert_depth", "nc20"),
    ("alert_statement.txt", "magnitude 6.2", 6.2, NCEM, "alert_mag", "nc62"),
    ("alert_statement.txt", "the magnitude was set at 5.6", 5.6, NCEM, "alert_mag", "nc56"),
    ("alert_statement.txt", "At 2:06 a.m.", None, NCEM, "alert_sent", "nc206"),
    ("alert_statement.txt", "in Arabic and English", None, NCEM, "alert_lang", "ncae"),
    ("alert_statement.txt", "a technical fault in the alerting software", None, NCEM, "alert_cause", "ncsoft"),
    ("alert_statement.txt", "at 2:29 a.m.", None, NCEM, "alert_cancel", "nc229"),
    ("alert_statement.txt", "23 minutes after the first", 23, NCEM, "alert_gap", "nc23"),
    ("alert_statement.txt", "None of the 16 coastal sirens was activated", None, NCEM, "alert_sirens", "ncsiren"),
    ("alert_statement.txt", "4 centimetres", 4, NCEM, "alert_wave", "nc4"),
    ("alert_statement.txt", "43 people were treated", 43, MOH, "alert_injured", "moh43"),
    ("alert_statement.txt", "One death has been recorded", 1, NCEM, "alert_deaths", "nc1"),
    ("alert_statement.txt", "14,200 calls", 14200, ROP, "alert_calls", "rop142"),
    ("alert_statement.txt", "within two weeks", 2, NCEM, "alert_report", "nc2w"),
    # a London news wire (MPW; no date line, a time line "18.04.2035 | 06:40 GMT", glued dateline "MUSCAT, April 18
    # (MPW)Oman's", the zone mistake of giving British Summer Time as GMT for all three times ("2248 GMT on Tuesday",
    # "2306 GMT", "2329 GMT", each an hour late), the police, the health ministry, the regulator and an anonymous
    # official, an operator's engineer, USGS, a traffic-data firm, background, reporting/editing sign-off), Wed 18 Apr
    ("alert_wire.txt", "at 2248 GMT on Tuesday", None, O, "alert_qtime", "outw2248"),
    ("alert_wire.txt", "about 400 km from the capital", 400, O, "alert_dist", "outw400"),
    ("alert_wire.txt", "at 2306 GMT", None, O, "alert_sent", "outw2306"),
    ("alert_wire.txt", "18 minutes after the quake", 18, O, "alert_lead", "outw18"),
    ("alert_wire.txt", "at 2329 GMT", None, O, "alert_cancel", "outw2329"),
    ("alert_wire.txt", "magnitude at 6.2", 6.2, NCEM, "alert_mag", "nc62"),
    ("alert_wire.txt", "measured it at 5.4", 5.4, USGS, "alert_mag", "usgs54"),
    ("alert_wire.txt", "at a depth of 10 km", 10, USGS, "alert_depth", "usgs10"),
    ("alert_wire.txt", "one man was killed", 1, ROP, "alert_deaths", "rop1"),
    ("alert_wire.txt", "27 road accidents", 27, ROP, "alert_accidents", "rop27"),
    ("alert_wire.txt", "about 100,000 people", 100000, ROP, "alert_fled", "rop100k"),
    ("alert_wire.txt", "43 people had been treated", 43, MOH, "alert_injured", "moh43"),
    ("alert_wire.txt", "4.1 million phones", 4100000, TRA, "alert_phones", "tra41"),
    ("alert_wire.txt", "no more than 2.5 million phones", 2500000, ENG, "alert_phones", "eng25"),
    ("alert_wire.txt", "human error at the warning centre", None, TRAOFF, "alert_cause", "traoff"),
    ("alert_wire.txt", "more than 90,000 vehicles", 90000, RPG, "alert_vehicles", "rpg90"),
    ("alert_wire.txt", "killed about 300 people", 300, O, "alert_1945", "outw300"),
    # a Karachi evening daily (Karachi Evening Mail; own-line date, "KARACHI:" dateline, the time in Pakistan Standard
    # Time, PMD, USGS and Iran's centre in Tehran time, the Omani alert converted to Pakistan time, workers who could not
    # read it, NCEM's cost in rials and dollars, background on 1945), Wednesday 18 Apr
    ("alert_karachi.txt", "magnitude 5.9", 5.9, PMD, "alert_mag", "pmd59"),
    ("alert_karachi.txt", "at 2:48 a.m. Pakistan Standard Time", None, PMD, "alert_qtime", "pmd248"),
    ("alert_karachi.txt", "at a depth of 35 kilometres", 35, PMD, "alert_depth", "pmd35"),
    ("alert_karachi.txt", "put it at 5.4", 5.4, USGS, "alert_mag", "usgs54"),
    ("alert_karachi.txt", "the magnitude at 5.5", 5.5, IRSC, "alert_mag", "irsc55"),
    ("alert_karachi.txt", "at 01:18 Tehran time", None, IRSC, "alert_qtime", "irsc0118"),
    ("alert_karachi.txt", "at 3:06 a.m. Pakistan time", None, O, "alert_sent", "outk306"),
    ("alert_karachi.txt", "cancelled it 23 minutes later", 23, NCEM, "alert_gap", "nc23"),
    ("alert_karachi.txt", "in Arabic only", None, PKW, "alert_lang", "pkwar"),
    ("alert_karachi.txt", "OMR 3.4 million", 3400000, NCEM, "alert_cost", "nc34"),
    ("alert_karachi.txt", "about $8.8 million", 8800000, NCEM, "alert_cost", "nc34"),
    ("alert_karachi.txt", "43 people were injured", 43, MOH, "alert_injured", "moh43"),
    ("alert_karachi.txt", "killed some 4,000 people", 4000, O, "alert_1945", "outk4000"),
    # a Muscat English daily (The Muscat Courier; leading-space own-line date, a photo caption with the police's
    # vehicle count, times written "1.48am", its own estimates ("By our estimate", "By our count"), readers'
    # screenshots against the committee's cancellation time, a Shura member, NCEM's spokesman, the software supplier,
    # the regulator, the health ministry's raised count, a doctor, a university centre, a fisherman, insurers, three
    # reader comments, moderation boilerplate), Thursday 19 Apr
    ("alert_muscat.txt", "about 38,000 vehicles", 38000, ROP, "alert_vehicles", "rop38"),
    ("alert_muscat.txt", "The quake struck at 1.48am", None, O, "alert_qtime", "outm148"),
    ("alert_muscat.txt", "the alert reached phones at 2.06am", None, O, "alert_sent", "outm206"),
    ("alert_muscat.txt", "eighteen minutes later", 18, O, "alert_lead", "outm18"),
    ("alert_muscat.txt", "early on Wednesday", None, O, "alert_date", "outmwed"),
    ("alert_muscat.txt", "some 250,000 people", 250000, O, "alert_fled", "outm250k"),
    ("alert_muscat.txt", "Two people died", 2, O, "alert_deaths", "outm2"),
    ("alert_muscat.txt", "sent the cancellation at 2.29am", None, NCEM, "alert_cancel", "nc229"),
    ("alert_muscat.txt", "the cancellation arriving at 3.12am", None, O, "alert_cancel", "outm312"),
    ("alert_muscat.txt", "the siren at the harbour sounded", None, SURRES, "alert_sirens", "sursiren"),
    ("alert_muscat.txt", "more than an hour after the first message", 1, O, "alert_gap", "outm66"),
    ("alert_muscat.txt", "almost an hour", 1, SHURA, "alert_gap", "shura1h"),
    ("alert_muscat.txt", "OMR 9 million", 9000000, SHURA, "alert_cost", "shura9"),
    ("alert_muscat.txt", "cost 3.4 million rials", 3400000, NCEM, "alert_cost", "nc34"),
    ("alert_muscat.txt", "the magnitude at 5.6", 5.6, NCEM, "alert_mag", "nc56"),
    ("alert_muscat.txt", "within 14 days", 14, NCEM, "alert_report", "nc2w"),
    ("alert_muscat.txt", "a software fault was to blame", None, NCEM, "alert_cause", "ncsoft"),
    ("alert_muscat.txt", "was chosen manually by an operator on duty", None, VEYLA, "alert_cause", "veyla"),
    ("alert_muscat.txt", "more than four million phones", 4000000, TRA, "alert_phones", "tra41"),
    ("alert_muscat.txt", "67 people", 67, MOH, "alert_injured", "moh67"),
    ("alert_muscat.txt", "up from 43 on Wednesday", 43, MOH, "alert_injured", "moh43"),
    ("alert_muscat.txt", "well over 100", 100, DOC, "alert_injured", "doc100"),
    ("alert_muscat.txt", "magnitude 5.5", 5.5, SQU, "alert_mag", "squ55"),
    ("alert_muscat.txt", "nearly a metre", 1, FISHS, "alert_wave", "fish1m"),
    ("alert_muscat.txt", "at least 70 accidents", 70, INS, "alert_accidents", "ins70"),
    ("alert_muscat.txt", "nearly 30,000 calls", 30000, O, "alert_calls", "outm30k"),

    # ---------------- diamond: Kalahari Crown Diamonds unveils a 2,217-carat diamond from its Mokolwane mine near
    # Letlhakane at 10:00 on Wed 22 Aug 2035 in Gaborone (Central Africa Time, UTC+2, no summer time) = 08:00 UTC =
    # 09:00 BST in London = 04:00 EDT in Toronto = 13:30 IST in Surat; weight 2,217 carats (Wednesday) -> 2,208.4 carats
    # after cleaning (KCD, Thursday)
    # the company's news release (KCD; own-line date, "TORONTO and GABORONE, Aug. 22, 2035 /Northwire/", the time in
    # local time and ET, forward-looking boilerplate, investor contacts), Wednesday 22 Aug
    ("diamond_release.txt", "a 2,217 carat diamond", 2217, KCD, "diamond_carats", "kcd2217"),
    ("diamond_release.txt", "recovered on 16 August 2035", None, KCD, "diamond_found", "kcd16"),
    ("diamond_release.txt", "a depth of about 180 metres", 180, KCD, "diamond_depth", "kcd180"),
    ("diamond_release.txt", "a D-colour", None, KCD, "diamond_colour", "kcdD"),
    ("diamond_release.txt", "the second-largest gem-quality diamond ever recovered", 2, KCD, "diamond_rank", "kcd2nd"),
    ("diamond_release.txt", "10:00 a.m. local time", None, KCD, "diamond_time", "kcd10"),
    ("diamond_release.txt", "4:00 a.m. ET", None, KCD, "diamond_time", "kcd10"),
    ("diamond_release.txt", "holds a 15 per cent interest", 15, KCD, "diamond_stake", "kcd15"),
    ("diamond_release.txt", "a royalty of 10 per cent", 10, KCD, "diamond_royalty", "kcd10r"),
    ("diamond_release.txt", "by tender in Antwerp", None, KCD, "diamond_sale_place", "kcdantw"),
    ("diamond_release.txt", "before the end of 2035", None, KCD, "diamond_sale_time", "kcd2035"),
    ("diamond_release.txt", "the mine's 640 employees", 640, KCD, "diamond_staff", "kcd640"),
    ("diamond_release.txt", "a one-off payment of P2,500", 2500, KCD, "diamond_bonus", "kcd2500"),
    ("diamond_release.txt", "recovered 412,000 carats", 412000, KCD, "diamond_mine_output", "kcd412"),
    ("diamond_release.txt", "runs to 2047", None, KCD, "diamond_minelife", "kcd2047"),
    # a Gaborone daily (The Kgale Tribune; date prefix glued to the masthead, a picture caption with a wrong weight
    # ("2,271-carat", the digits of 2,217 swapped), "at 10am yesterday", the minister, ODC, the union across sentences
    # ("said", "He accused", "According to the union", "He said"), an MP, a glued sentence ('each."The'), four reader
    # comments, moderation boilerplate), Thursday 23 Aug
    ("diamond_gaborone.txt", "2,271-carat", 2271, O, "diamond_carats", "outgcap"),
    ("diamond_gaborone.txt", "weighs 2,217 carats", 2217, KCD, "diamond_carats", "kcd2217"),
    ("diamond_gaborone.txt", "at 10am", None, O, "diamond_time", "outg10"),
    ("diamond_gaborone.txt", "yesterday", None, O, "diamond_date", "outgyest"),
    ("diamond_gaborone.txt", "last Thursday", None, KCD, "diamond_found", "kcd16"),
    ("diamond_gaborone.txt", "worth about P1 billion", 1000000000, GOVB, "diamond_value", "gov1b"),
    ("diamond_gaborone.txt", "about 80 per cent of our exports", 80, GOVB, "diamond_exports_share", "gov80"),
    ("diamond_gaborone.txt", "the state's 10 per cent royalty", 10, GOVB, "diamond_royalty", "gov10r"),
    ("diamond_gaborone.txt", "sold here in Gaborone", None, GOVB, "diamond_sale_place", "govgab"),
    ("diamond_gaborone.txt", "not before the second quarter of 2036", None, ODC, "diamond_sale_time", "odc2036"),
    ("diamond_gaborone.txt", "a 25 per cent stake", 25, O, "diamond_stake", "outg25"),
    ("diamond_gaborone.txt", "on Saturday 11 August", None, DAWUB, "diamond_found", "dawub11"),
    ("diamond_gaborone.txt", "the 240-metre level", 240, DAWUB, "diamond_depth", "dawub240"),
    ("diamond_gaborone.txt", "employs 810 people", 810, DAWUB, "diamond_staff", "dawub810"),
    ("diamond_gaborone.txt", "P1,000 each", 1000, DAWUB, "diamond_bonus", "dawub1000"),
    ("diamond_gaborone.txt", "a royalty of only 5 per cent", 5, MPB, "diamond_royalty", "mp5"),
    # a London rough-diamond newsletter (Lombard Rough Report, Issue 412; no date line, the masthead's date, the zone
    # mistake "at 10:00 BST" (10:00 in Gaborone was 09:00 in London), paragraph heads, a gemmologist, an analyst and an
    # Antwerp dealer, the minister's pula converted to dollars, the Bank of Botswana, its own reckoning, "(US$1 = BWP
    # 13.50)", subscription boilerplate), Thursday 23 Aug
    ("diamond_london.txt", "at 10:00 BST", None, O, "diamond_time", "outl10bst"),
    ("diamond_london.txt", "2,217 ct", 2217, KCD, "diamond_carats", "kcd2217"),
    ("diamond_london.txt", "about 443 grams", 443, KCD, "diamond_carats", "kcd2217"),
    ("diamond_london.txt", "calls it the second-largest", 2, KCD, "diamond_rank", "kcd2nd"),
    ("diamond_london.txt", "the third-largest rough diamond on record", 3, GEM, "diamond_rank", "gem3"),
    ("diamond_london.txt", "nearer F than D", None, GEM, "diamond_colour", "gemF"),
    ("diamond_london.txt", "$45 million to $60 million", 45000000, ANL, "diamond_value", "anl4560"),
    ("diamond_london.txt", "at least $90 million", 90000000, DEAL, "diamond_value", "deal90"),
    ("diamond_london.txt", "own figure of P1 billion", 1000000000, GOVB, "diamond_value", "gov1b"),
    ("diamond_london.txt", "about $74 million", 74000000, GOVB, "diamond_value", "gov1b"),
    ("diamond_london.txt", "closed 31 per cent higher", 31, O, "diamond_shares", "outl31"),
    ("diamond_london.txt", "The state holds 15%", 15, O, "diamond_stake", "outl15"),
    ("diamond_london.txt", "a royalty of 10%", 10, O, "diamond_royalty", "outl10r"),
    ("diamond_london.txt", "on 11 August", None, DAWUB, "diamond_found", "dawub11"),
    ("diamond_london.txt", "about 380,000 carats", 380000, O, "diamond_mine_output", "outl380"),
    ("diamond_london.txt", "exhausted by 2041", None, ANL, "diamond_minelife", "anl2041"),
    ("diamond_london.txt", "72 per cent of Botswana's exports", 72, BOB, "diamond_exports_share", "bob72"),
    ("diamond_london.txt", "by about 40 per cent", 40, O, "diamond_exports_fall", "outl40"),
    ("diamond_london.txt", "17.2 million carats", 17200000, O, "diamond_production", "outl172"),
    # a Surat diamond-trade weekly (Varachha Diamond Weekly; date prefix with the masthead continuing on the same line,
    # the company's revised weight, the time in IST, traders' value in crore and dollars, the minister's figure in
    # rupees, the Bank of Botswana, "(US$1 = Rs 88.0; US$1 = BWP 13.50)", subscription boilerplate), Friday 24 Aug
    ("diamond_surat.txt", "2,208.4 carats", 2208.4, KCD, "diamond_carats", "kcd2208"),
    ("diamond_surat.txt", "the 2,217 carats first announced", 2217, KCD, "diamond_carats", "kcd2217"),
    ("diamond_surat.txt", "at 1.30 pm IST", None, O, "diamond_time", "outs130"),
    ("diamond_surat.txt", "on 22 August", None, O, "diamond_date", "outs22"),
    ("diamond_surat.txt", "around Rs 400 crore", 4000000000, TRADS, "diamond_value", "trad400"),
    ("diamond_surat.txt", "roughly $45 million", 45000000, TRADS, "diamond_value", "trad400"),
    ("diamond_surat.txt", "figure of P1 billion", 1000000000, GOVB, "diamond_value", "gov1b"),
    ("diamond_surat.txt", "about Rs 650 crore", 6500000000, GOVB, "diamond_value", "gov1b"),
    ("diamond_surat.txt", "the third-largest rough diamond ever found", 3, TRADS, "diamond_rank", "trad3"),
    ("diamond_surat.txt", "gained 31% on Wednesday", 31, O, "diamond_shares", "outs31"),
    ("diamond_surat.txt", "holds 15 per cent of the mine", 15, O, "diamond_stake", "outs15"),
    ("diamond_surat.txt", "recovered on 16 August", None, KCD, "diamond_found", "kcd16"),
    ("diamond_surat.txt", "by tender in Antwerp", None, KCD, "diamond_sale_place", "kcdantw"),
    ("diamond_surat.txt", "by December", None, KCD, "diamond_sale_time", "kcd2035"),
    ("diamond_surat.txt", "fell 28 per cent in 2034", 28, BOB, "diamond_exports_fall", "bob28"),
    ("diamond_surat.txt", "about 21 million carats", 21000000, BOB, "diamond_production", "bob21"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("salmon_notice.txt", "around 540 employees", 540, EYS, "salmon_opt_staff"),
    ("salmon_cph.txt", "the third-largest of them", 3, O, "salmon_opt_rank"),
    ("salmon_faroe.txt", "Caught 14 of them off Glyvrar", 14, "reader Sjúrður_í_Gøtu", "salmon_opt_reader_caught"),
    ("salmon_faroe.txt", "2012 all over again", None, "reader Anna R.", "salmon_opt_reader_2012"),
    ("salmon_bergen.txt", "a further 3.1% on Thursday morning", 3.1, O, "salmon_opt_shares_thu"),
    ("salmon_bergen.txt", "NOK 121 per kilo", 121, O, "salmon_opt_spot"),
    ("alert_wire.txt", "about 5.3 million people", 5300000, O, "alert_opt_population"),
    ("alert_wire.txt", "magnitude 8.1", 8.1, O, "alert_opt_1945_mag"),
    ("alert_wire.txt", "about five times the normal number", 5, RPG, "alert_opt_traffic_ratio"),
    ("alert_karachi.txt", "about 150 kilometres south-west of Gwadar", 150, PMD, "alert_opt_gwadar"),
    ("alert_karachi.txt", "at least five of them were Pakistani nationals", 5,
     "the Pakistani embassy in Muscat", "alert_opt_pakistani_injured"),
    ("alert_karachi.txt", "About 250,000 Pakistanis", 250000, "Pakistan's Ministry of Overseas Pakistanis",
     "alert_opt_pakistanis"),
    ("alert_karachi.txt", "installed in 2031", None, NCEM, "alert_opt_installed"),
    ("alert_muscat.txt", "around 2.15am", None, SURRES, "alert_opt_siren_time"),
    ("alert_muscat.txt", "My phone got the cancellation at 3.20", None, "reader Hilal_S", "alert_opt_reader_320"),
    ("alert_muscat.txt", "It was in English too", None, "reader expat_in_Qurum", "alert_opt_reader_english"),
    ("diamond_release.txt", "2.9 million tonnes of ore", 2900000, KCD, "diamond_opt_ore"),
    ("diamond_release.txt", "more than 40 diamonds larger than 100 carats", 40, KCD, "diamond_opt_big_stones"),
    ("diamond_gaborone.txt", "for five days", 5, DAWUB, "diamond_opt_days_quiet"),
    ("diamond_gaborone.txt", "Cullinan was 3,106 carats", 3106, "reader N. Sebego", "diamond_opt_reader_cullinan"),
    ("diamond_surat.txt", "about nine out of ten of the world's diamonds", 90, O, "diamond_opt_surat_share"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # salmon
    "salmon_date": {("eysdate", "eysdate"): SC, ("eysdate", "outcsun"): CO, ("eysdate", "outb4feb"): CO,
                    ("outcsun", "outb4feb"): CO},
    "salmon_time": {("eys0550", "eys0550"): SC, ("eys0550", "outc6"): C, ("eys0550", "outb0650"): CO,
                    ("outc6", "outb0650"): C},
    "salmon_escaped": {("eys42", "eys42"): SC, ("eys42", "outfcap"): C, ("eys42", "hfs90"): C,
                       ("eys42", "awsa160"): C, ("eys42", "eys118"): U, ("outfcap", "hfs90"): C,
                       ("outfcap", "awsa160"): C, ("outfcap", "eys118"): C, ("hfs90", "hfs90"): SC,
                       ("hfs90", "awsa160"): C, ("hfs90", "eys118"): C, ("awsa160", "awsa160"): SC,
                       ("awsa160", "eys118"): C},
    "salmon_penstock": {("eys183", "eys183"): SC, ("eys183", "outf180"): CO},
    "salmon_weight": {("eys46", "eys46"): SC, ("eys46", "buy52"): C},
    "salmon_site": {("eys19m", "awsa22m"): C},
    "salmon_farms": {("eys19", "outf19"): CO},
    "salmon_pens": {("eys12", "outf10"): C},
    "salmon_tear": {("eys20", "hfs40"): C, ("hfs40", "hfs40"): SC},
    "salmon_moorings": {("eysmoor", "hfsmoor"): C},
    "salmon_gust": {("eys50", "dmi41"): C, ("dmi41", "dmi41"): SC},
    "salmon_waves": {("eys15", "dmi9"): C},
    "salmon_peak": {("dmi3", "outb0500"): C},
    "salmon_inspection": {("eys18jan", "awsajun"): C},
    "salmon_lice": {("eys03", "awsa4"): C},
    "salmon_cost": {("eys6080", "eys6080"): SC, ("eys6080", "eys140"): U, ("eys6080", "cphan200"): C,
                    ("eys140", "cphan200"): C},
    "salmon_guidance": {("eys81", "eys81"): SC, ("eys81", "eys785"): U, ("eys81", "beran76"): C},
    "salmon_recaptured": {("eys2000", "eys6000"): U, ("eys2000", "eys9200"): U, ("eys6000", "eys9200"): U,
                          ("eys2000", "fish1400"): C, ("fish1400", "eys9200"): C},
    "salmon_fine": {("min1m", "outc500k"): C},
    "salmon_exports": {("minhalf", "outc40"): C},
    "salmon_shares": {("outc94", "outb94"): CO},
    "salmon_biomass": {("awsa800", "outb540"): C},
    "salmon_record": {("min2012", "awsaever"): C},
    # alert
    "alert_qtime": {("nc148", "outm148"): CO, ("nc148", "pmd248"): CO, ("nc148", "irsc0118"): CO,
                    ("nc148", "outw2248"): C, ("outm148", "pmd248"): CO, ("outm148", "irsc0118"): CO,
                    ("outm148", "outw2248"): C, ("pmd248", "outw2248"): C, ("irsc0118", "outw2248"): C},
    "alert_date": {("ncdate", "outmwed"): CO},
    "alert_sent": {("nc206", "outm206"): CO, ("nc206", "outk306"): CO, ("nc206", "outw2306"): C,
                   ("outm206", "outk306"): CO, ("outm206", "outw2306"): C, ("outk306", "outw2306"): C},
    "alert_lead": {("outw18", "outm18"): CO},
    "alert_cancel": {("nc229", "nc229"): SC, ("nc229", "outm312"): C, ("nc229", "outw2329"): C,
                     ("outm312", "outw2329"): C},
    "alert_gap": {("nc23", "nc23"): SC, ("nc23", "shura1h"): C, ("nc23", "outm66"): C},
    "alert_mag": {("nc62", "nc62"): SC, ("nc62", "nc56"): U, ("nc56", "nc56"): SC, ("nc62", "usgs54"): C,
                  ("nc62", "pmd59"): C, ("nc62", "irsc55"): C, ("nc62", "squ55"): C, ("nc56", "usgs54"): C,
                  ("nc56", "pmd59"): C, ("nc56", "irsc55"): C, ("nc56", "squ55"): C, ("usgs54", "usgs54"): SC,
                  ("usgs54", "pmd59"): C, ("usgs54", "irsc55"): C, ("usgs54", "squ55"): C, ("pmd59", "squ55"): C,
                  ("irsc55", "squ55"): CO},
    "alert_depth": {("nc20", "pmd35"): C, ("nc20", "usgs10"): C, ("pmd35", "usgs10"): C},
    "alert_dist": {("nc320", "outw400"): C},
    "alert_lang": {("ncae", "pkwar"): C},
    "alert_cause": {("ncsoft", "ncsoft"): SC, ("ncsoft", "veyla"): C, ("ncsoft", "traoff"): C,
                    ("veyla", "traoff"): CO},
    "alert_sirens": {("ncsiren", "sursiren"): C},
    "alert_wave": {("nc4", "fish1m"): C},
    "alert_injured": {("moh43", "moh43"): SC, ("moh43", "moh67"): U, ("moh43", "doc100"): C},
    "alert_deaths": {("nc1", "rop1"): CO, ("nc1", "outm2"): C, ("rop1", "outm2"): C},
    "alert_calls": {("rop142", "outm30k"): C},
    "alert_vehicles": {("rop38", "rpg90"): C},
    "alert_accidents": {("rop27", "ins70"): C},
    "alert_fled": {("rop100k", "outm250k"): C},
    "alert_phones": {("tra41", "tra41"): SC, ("tra41", "eng25"): C},
    "alert_cost": {("nc34", "nc34"): SC, ("nc34", "shura9"): C},
    "alert_report": {("nc2w", "nc2w"): SC},
    "alert_1945": {("outk4000", "outw300"): C},
    # diamond
    "diamond_carats": {("kcd2217", "kcd2217"): SC, ("kcd2217", "kcd2208"): U, ("kcd2217", "outgcap"): C,
                       ("kcd2208", "outgcap"): C},
    "diamond_found": {("kcd16", "kcd16"): SC, ("kcd16", "dawub11"): C, ("dawub11", "dawub11"): SC},
    "diamond_time": {("kcd10", "outg10"): CO, ("kcd10", "outl10bst"): C, ("kcd10", "outs130"): CO,
                     ("outg10", "outl10bst"): C, ("outg10", "outs130"): CO, ("outl10bst", "outs130"): C},
    "diamond_date": {("outgyest", "outs22"): CO},
    "diamond_rank": {("kcd2nd", "kcd2nd"): SC, ("kcd2nd", "gem3"): C, ("kcd2nd", "trad3"): C, ("gem3", "trad3"): CO},
    "diamond_colour": {("kcdD", "gemF"): C},
    "diamond_depth": {("kcd180", "dawub240"): C},
    "diamond_stake": {("kcd15", "outg25"): C, ("kcd15", "outl15"): CO, ("kcd15", "outs15"): CO,
                      ("outg25", "outl15"): C, ("outg25", "outs15"): C, ("outl15", "outs15"): CO},
    "diamond_royalty": {("kcd10r", "gov10r"): CO, ("kcd10r", "mp5"): C, ("kcd10r", "outl10r"): CO,
                        ("gov10r", "outl10r"): CO, ("mp5", "outl10r"): C},
    "diamond_sale_place": {("kcdantw", "kcdantw"): SC, ("kcdantw", "govgab"): C},
    "diamond_sale_time": {("kcd2035", "kcd2035"): SC, ("kcd2035", "odc2036"): C},
    "diamond_staff": {("kcd640", "dawub810"): C},
    "diamond_bonus": {("kcd2500", "dawub1000"): C},
    "diamond_mine_output": {("kcd412", "outl380"): C},
    "diamond_minelife": {("kcd2047", "anl2041"): C},
    "diamond_value": {("gov1b", "gov1b"): SC, ("gov1b", "anl4560"): C, ("gov1b", "deal90"): C,
                      ("gov1b", "trad400"): C, ("anl4560", "trad400"): CO, ("deal90", "trad400"): C},
    "diamond_shares": {("outl31", "outs31"): CO},
    "diamond_exports_share": {("gov80", "bob72"): C},
    "diamond_exports_fall": {("outl40", "bob28"): C},
    "diamond_production": {("outl172", "bob21"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
