"""Hand labels for bench/blind39 (a meteorite fall on Kiritimati atoll in Kiribati's Line Islands, its stones, mass
and fireball disputed, with times in Line Islands time, UTC+14, Tarawa time, UTC+12, Hawaii time, UTC-10, Marquesas
time, UTC-9:30, a half-hour zone, and GMT; the first passenger train on the rebuilt Arica-La Paz railway, its
passengers, journey, cost and fares disputed, with times in Chilean summer time, UTC-3, Bolivian time, UTC-4, GMT and
Central European Time; a record-length kente cloth unveiled at Kpetoe in Ghana's Volta Region, its length, weight,
weavers and cost disputed, with times in Ghana time, UTC+0, West Africa Time, UTC+1, and Central European Summer Time).
Run from the project root:
    python3 bench/blind39/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
KGU = "Kiribati's National Geoscience Office (director Rereao Tekaai)"
UCP = "Planetary Materials Laboratory, University of the Central Pacific, Suva (Associate Professor Mereani Qalo)"
PASN = "Pacific All-Sky Network"
DEAL = "meteorite dealer Garrick Stenholm (Stenholm Meteorites)"

FAB = "Ferrocarril Andino Binacional (FAB), the operator (general manager Ximena Araya Pizarro)"
DRC = "Bolivia's Directorate of Rail Corridors (director Rodrigo Mamani Quispe)"
OBS = "economist Lucía Ferrer Contreras (Altiplano Trade Observatory)"
MAY = "the mayor of Charaña, Benita Condori Layme"
FAR = "Friends of the Andean Railway"

TRUST = "Agotime Kente Heritage Trust, the organisers (chairman Mawuli Adzraku)"
GRB = "Global Records Bureau (adjudicator Ingrid Solheim)"
TOUR = "Ghana Tourism Promotion Council (spokeswoman Adjoa Frimpong-Ansah)"
GUILD = "Bonwire Kente Weavers' Guild (secretary Kwadwo Ampofo-Sarpong)"
HIST = "textile historian Dr Efua Nkansah-Boateng (Kumasi Institute of Textile Heritage)"
SPON = "VoltaTel, the Trust's sponsor"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- meteor: a fireball over Kiritimati (Christmas Island), Kiribati's Line Islands, at 21:47 on Fri
    # 16 Jan 2032 in Line Islands time (UTC+14) = 07:47 GMT Friday = 19:47 Tarawa time (UTC+12) Friday = 21:47 Thu
    # 15 Jan in Hawaii (UTC-10) = 22:17 Thu 15 Jan in the Marquesas (UTC-9:30); main mass 4.6 kg (the geoscience
    # office, Sunday) -> 3.92 kg (the office, after laboratory weighing, Tuesday); no one hurt, nothing damaged
    # Pacific wire (OPA; own-line date, glued dateline "TARAWA, Jan 18 (OPA) -Islanders", a glued sentence, sign-off),
    # Sunday 18 January
    ("meteor_wire.txt", "at least 20 stones", 20, KGU, "meteor_stones", "kgu20"),
    ("meteor_wire.txt", "the first meteorite fall ever recorded in Kiribati", None, KGU, "meteor_first", "kgufirst"),
    ("meteor_wire.txt", "at 0747 GMT on Friday", None, KGU, "meteor_time", "kgu0747"),
    ("meteor_wire.txt", "7:47 p.m. in Tarawa", None, KGU, "meteor_time", "kgu0747"),
    ("meteor_wire.txt", "weighing 4.6 kilograms", 4.6, KGU, "meteor_main_mass", "kgu46"),
    ("meteor_wire.txt", "on Saturday morning", None, KGU, "meteor_found", "kgusat"),
    ("meteor_wire.txt", "a 12-year-old boy", 12, KGU, "meteor_finder_age", "kgu12"),
    ("meteor_wire.txt", "a pit 28 centimetres deep", 28, O, "meteor_pit", "outw28"),
    ("meteor_wire.txt", "about 12 km south-east of London", 12, O, "meteor_site", "outw12"),
    ("meteor_wire.txt", "more than 300 reports", 300, KGU, "meteor_reports", "kgu300"),
    ("meteor_wire.txt", "14 square kilometres", 14, KGU, "meteor_area", "kgu14"),
    ("meteor_wire.txt", "500 Australian dollars for each stone", 500, KGU, "meteor_reward", "kgu500"),
    ("meteor_wire.txt", "no fragment may leave Kiribati", None, KGU, "meteor_export", "kgustay"),
    ("meteor_wire.txt", "17.8 kilometres per second", 17.8, PASN, "meteor_speed", "pasn178"),
    ("meteor_wire.txt", "31 kilometres above the sea", 31, PASN, "meteor_burst", "pasn31"),
    ("meteor_wire.txt", "about 0.4 kilotons of TNT", 0.4, PASN, "meteor_energy", "pasn04"),
    ("meteor_wire.txt", "for 6.2 seconds", 6.2, PASN, "meteor_duration", "pasn62"),
    ("meteor_wire.txt", "as far as 40 kilometres away", 40, O, "meteor_boom", "outw40"),
    ("meteor_wire.txt", "home to about 7,000 people", 7000, O, "meteor_population", "outw7000"),
    # the university's media release (UCP; date prefix glued to the release line, a quote from the laboratory's
    # head and one from the geoscience office's director, "About" boilerplate with look-alike figures (11 member
    # governments, 23,000 students, 14 campuses, 1,200 specimens, founded 1994, opened 2019), media contact with
    # phone numbers, "– ENDS –"), Tuesday 20 January
    ("meteor_release.txt", "an H5 ordinary chondrite", None, UCP, "meteor_class", "ucph5"),
    ("meteor_release.txt", "at 21:47 local time on Friday 16 January", None, UCP, "meteor_time", "ucp2147"),
    ("meteor_release.txt", "recovered 37 stones", 37, UCP, "meteor_stones", "ucp37"),
    ("meteor_release.txt", "11.2 kilograms", 11.2, UCP, "meteor_total", "ucp112"),
    ("meteor_release.txt", "an ellipse about 7 kilometres long", 7, UCP, "meteor_strewn", "ucp7"),
    ("meteor_release.txt", "some 23 km a second", 23, UCP, "meteor_speed", "ucp23"),
    ("meteor_release.txt", "equivalent to 400 tonnes of TNT", 400, UCP, "meteor_energy", "ucp400t"),
    ("meteor_release.txt", "weighed 3.92 kilograms", 3.92, KGU, "meteor_main_mass", "kgu392"),
    ("meteor_release.txt", "about 35 per cent of the material recovered", 35, UCP, "meteor_share", "ucp35"),
    ("meteor_release.txt", "All of the stones will stay in Kiribati", None, KGU, "meteor_export", "kgustay"),
    # a meteorite hunter's newsletter (Fallen Sky Notes by Moana Tehei-Garnier, written from Taiohae on Nuku Hiva in
    # the Marquesas; first person, so her own readings are the outlet's voice; no date line, heading date; a bullet
    # list; a glued sentence; subscription line; three comments), Monday 19 January
    ("meteor_blog.txt", "at 10:17 p.m. on Thursday", None, O, "meteor_time", "outb2217"),
    ("meteor_blog.txt", "at 21:47 Hawaii time on Thursday", None, PASN, "meteor_time", "pasn2147"),
    ("meteor_blog.txt", "a good ten seconds", 10, O, "meteor_duration", "outb10s"),
    ("meteor_blog.txt", "about 19 miles up", 19, O, "meteor_burst", "outb19mi"),
    ("meteor_blog.txt", "70 km offshore", 70, O, "meteor_boom", "outb70"),
    ("meteor_blog.txt", "at first light on Saturday", None, O, "meteor_found", "outbsat"),
    ("meteor_blog.txt", "only 5 km from London", 5, O, "meteor_site", "outb5"),
    ("meteor_blog.txt", "there were 46 stones", 46, O, "meteor_stones", "outb46"),
    ("meteor_blog.txt", "about 900 hectares", 900, O, "meteor_area", "outb900"),
    ("meteor_blog.txt", "the office's 4.6 kg", 4.6, KGU, "meteor_main_mass", "kgu46"),
    ("meteor_blog.txt", "more than 5 kilograms", 5, DEAL, "meteor_main_mass", "deal5"),
    ("meteor_blog.txt", "close to 20 kilograms", 20, DEAL, "meteor_total", "deal20"),
    ("meteor_blog.txt", "at least 12 kilometres", 12, DEAL, "meteor_strewn", "deal12"),
    ("meteor_blog.txt", "more than half of it", 50, DEAL, "meteor_share", "deal50"),
    ("meteor_blog.txt", "half a metre deep", 0.5, DEAL, "meteor_pit", "deal05"),
    ("meteor_blog.txt", "an L6 chondrite", None, DEAL, "meteor_class", "deall6"),
    ("meteor_blog.txt", "US$25 a gram", 25, DEAL, "meteor_price", "deal25"),
    ("meteor_blog.txt", "already flown three stones to Honolulu", None, DEAL, "meteor_export", "dealflown"),
    ("meteor_blog.txt", "a stone picked up on Tabuaeran in 1987", None, O, "meteor_first", "outb1987"),
    ("meteor_blog.txt", "AUD 200 a stone", 200, O, "meteor_reward", "outb200"),
    # popular-astronomy magazine's news page (Night Sky Review; leading-space date line, section line, a photo
    # caption with a wrong figure, pounds, miles, square miles, inches and mph, "Our own reading", "Night Sky
    # Review has seen", publisher and subscription line), Thursday 22 January
    ("meteor_magazine.txt", "at 09:47 GMT on 16 January", None, O, "meteor_time", "outm0947"),
    ("meteor_magazine.txt", "the 6.4-kilogram main mass", 6.4, O, "meteor_main_mass", "outmcap"),
    ("meteor_magazine.txt", "about 8.6 pounds", 8.6, KGU, "meteor_main_mass", "kgu392"),
    ("meteor_magazine.txt", "on Sunday 18 January", None, O, "meteor_found", "outmsun"),
    ("meteor_magazine.txt", "13-year-old Tiaon Baree", 13, O, "meteor_finder_age", "outm13"),
    ("meteor_magazine.txt", "an 11-inch hole", 11, O, "meteor_pit", "outm11in"),
    ("meteor_magazine.txt", "some 7.5 miles south-east of London", 7.5, O, "meteor_site", "outm75"),
    ("meteor_magazine.txt", "an H-group chondrite", None, UCP, "meteor_class", "ucph5"),
    ("meteor_magazine.txt", "nearly four dozen stones", 48, O, "meteor_stones", "outm4doz"),
    ("meteor_magazine.txt", "roughly 25 pounds", 25, O, "meteor_total", "outm25lb"),
    ("meteor_magazine.txt", "roughly 4.3 miles long", 4.3, O, "meteor_strewn", "outm43"),
    ("meteor_magazine.txt", "about a third of the recovered mass", 33, O, "meteor_share", "outm3rd"),
    ("meteor_magazine.txt", "about 40,000 mph", 40000, PASN, "meteor_speed", "pasn178"),
    ("meteor_magazine.txt", "about 120 reports", 120, PASN, "meteor_reports", "pasn120"),
    ("meteor_magazine.txt", "some 28 miles up", 28, O, "meteor_burst", "outm28mi"),
    ("meteor_magazine.txt", "about 2 kilotons", 2, O, "meteor_energy", "outm2kt"),
    ("meteor_magazine.txt", "heard 25 miles away", 25, O, "meteor_boom", "outm25mi"),
    ("meteor_magazine.txt", "some 5.4 square miles", 5.4, O, "meteor_area", "outm54"),
    ("meteor_magazine.txt", "Kiribati's first recorded meteorite fall", None, O, "meteor_first", "outmfirst"),
    ("meteor_magazine.txt", "about US$330 a stone", 330, KGU, "meteor_reward", "kgu500"),
    ("meteor_magazine.txt", "as much as $60 per gram", 60, O, "meteor_price", "outm60"),

    # ---------------- rail: the first passenger train on the rebuilt Arica-La Paz railway left Arica on Sat 15 Nov
    # 2031 at 07:00 Chilean summer time (UTC-3) = 06:00 Bolivian time (UTC-4) = 10:00 GMT = 11:00 CET and reached El
    # Alto at 19:40 Bolivian time = 23:40 GMT = 00:40 CET Sunday (13 h 40 min); cost US$94 million (the operator,
    # Sunday) -> US$101 million (the operator, Monday, with signalling); no one hurt
    # the operator's press release (FAB; date prefix with the text continuing on the same line, a quote from the
    # general manager, "About" boilerplate with look-alike figures (founded 2026, 740 people, 6 locomotives, 31
    # cars, a 30-year concession), press contact with phone numbers, "###"), Sunday 16 November
    ("rail_release.txt", "left Arica at 07:00 on Saturday", None, FAB, "rail_departure", "fab0700"),
    ("rail_release.txt", "at 19:40 Bolivian time", None, FAB, "rail_arrival", "fab1940"),
    ("rail_release.txt", "13 hours and 40 minutes", 13.67, FAB, "rail_duration", "fab1340"),
    ("rail_release.txt", "312 passengers", 312, FAB, "rail_passengers", "fab312"),
    ("rail_release.txt", "seven carriages", 7, FAB, "rail_carriages", "fab7"),
    ("rail_release.txt", "new 72-tonne diesel locomotives", 72, FAB, "rail_loco", "fab72"),
    ("rail_release.txt", "sold out in 20 minutes", 20, FAB, "rail_tickets", "fab20min"),
    ("rail_release.txt", "the first passenger service since 2004", None, FAB, "rail_closed", "fab2004"),
    ("rail_release.txt", "438 kilometres", 438, FAB, "rail_length", "fab438"),
    ("rail_release.txt", "206 km on the Chilean side", 206, FAB, "rail_chile_km", "fab206"),
    ("rail_release.txt", "4,257 metres above sea level", 4257, FAB, "rail_summit", "fab4257"),
    ("rail_release.txt", "gradients of no more than 3 per cent", 3, FAB, "rail_gradient", "fab3"),
    ("rail_release.txt", "up to 60 km/h", 60, FAB, "rail_speed", "fab60"),
    ("rail_release.txt", "US$94 million", 94000000, FAB, "rail_cost", "fab94"),
    ("rail_release.txt", "begins on 1 December", None, FAB, "rail_regular_start", "fabdec1"),
    ("rail_release.txt", "two return trips a week", 2, FAB, "rail_frequency", "fab2wk"),
    ("rail_release.txt", "nine stations", 9, FAB, "rail_stations", "fab9"),
    ("rail_release.txt", "420 bolivianos", 420, FAB, "rail_fare", "fab420"),
    ("rail_release.txt", "40,000 passengers a year", 40000, FAB, "rail_annual", "fab40k"),
    ("rail_release.txt", "up to 1.2 million tonnes a year", 1200000, FAB, "rail_freight", "fab12m"),
    ("rail_release.txt", "520 permanent jobs", 520, FAB, "rail_jobs", "fab520"),
    # La Paz English-language daily's website (The La Paz Observer; leading-space date line with the masthead
    # continuing on the same line, breadcrumb, byline and date, a glued sentence, a photo caption with a wrong figure,
    # "insisted", "claimed", "(US$1 = 6.96 bolivianos)", two reader comments), Monday 17 November
    ("rail_daily.txt", "at 7.40 p.m. on Saturday", None, O, "rail_arrival", "outd1940"),
    ("rail_daily.txt", "at 6 a.m. Bolivian time", None, O, "rail_departure", "outd0600"),
    ("rail_daily.txt", "nearly 14 hours", 14, O, "rail_duration", "outd14h"),
    ("rail_daily.txt", "a 50-minute stop at Visviri", 50, O, "rail_border", "outd50"),
    ("rail_daily.txt", "at 4,725 metres near Charaña", 4725, O, "rail_summit", "outdcap"),
    ("rail_daily.txt", "now puts the bill at US$101 million", 101000000, FAB, "rail_cost", "fab101"),
    ("rail_daily.txt", "more than 800 million bolivianos", 800000000, DRC, "rail_cost", "drc800"),
    ("rail_daily.txt", "finished on schedule", None, DRC, "rail_schedule", "drcontime"),
    ("rail_daily.txt", "more than 40 per cent", 40, DRC, "rail_share", "drc40"),
    ("rail_daily.txt", "about 1,500 jobs", 1500, DRC, "rail_jobs", "drc1500"),
    ("rail_daily.txt", "fewer than 250 passengers", 250, MAY, "rail_passengers", "may250"),
    ("rail_daily.txt", "for 35 years", 35, MAY, "rail_closed", "may35"),
    ("rail_daily.txt", "nine coaches", 9, O, "rail_carriages", "outd9"),
    ("rail_daily.txt", "never faster than 40 km/h", 40, O, "rail_speed", "outd40"),
    ("rail_daily.txt", "minus 11C", -11, O, "rail_temp", "outdm11"),
    ("rail_daily.txt", "The 58-year-old driver", 58, O, "rail_driver_age", "outd58"),
    ("rail_daily.txt", "The line is about 460 km long", 460, O, "rail_length", "outd460"),
    ("rail_daily.txt", "350 bolivianos", 350, O, "rail_fare", "outd350"),
    ("rail_daily.txt", "took two days to sell", 2, O, "rail_tickets", "outd2d"),
    # European international broadcaster's English web text (Alpenfunk International; no date line, section and
    # time line "AFI English | Americas | 16.11.2031 | 09:12 CET", GMT times, "estimated", listen, share and
    # copyright lines), Sunday 16 November
    ("rail_broadcast.txt", "for the first time in nearly three decades", 3, O, "rail_closed", "outbc3dec"),
    ("rail_broadcast.txt", "at 10:00 GMT on Saturday", None, O, "rail_departure", "outbc1000"),
    ("rail_broadcast.txt", "about 320 passengers", 320, O, "rail_passengers", "outbc320"),
    ("rail_broadcast.txt", "at 22:40 GMT", None, O, "rail_arrival", "outbc2240"),
    ("rail_broadcast.txt", "12 hours and 40 minutes", 12.67, O, "rail_duration", "outbc1240"),
    ("rail_broadcast.txt", "more than 4,500 metres", 4500, O, "rail_summit", "outbc4500"),
    ("rail_broadcast.txt", "minus 4 degrees Celsius", -4, O, "rail_temp", "outbcm4"),
    ("rail_broadcast.txt", "the 90-tonne locomotives", 90, O, "rail_loco", "outbc90"),
    ("rail_broadcast.txt", "aged 61", 61, O, "rail_driver_age", "outbc61"),
    ("rail_broadcast.txt", "about a fifth of Bolivia's seaborne cargo", 20, OBS, "rail_share", "obs5th"),
    ("rail_broadcast.txt", "about 4,000 a year", 4000, OBS, "rail_annual", "obs4000"),
    ("rail_broadcast.txt", "the 230-kilometre Chilean section", 230, O, "rail_chile_km", "outbc230"),
    ("rail_broadcast.txt", "some US$115 million", 115000000, DRC, "rail_cost", "drc800"),
    ("rail_broadcast.txt", "three times a week", 3, O, "rail_frequency", "outbc3wk"),
    ("rail_broadcast.txt", "from 15 December", None, O, "rail_regular_start", "outbcdec15"),
    ("rail_broadcast.txt", "about 60 dollars one way", 60, FAB, "rail_fare", "fab420"),
    # rail trade magazine (Metre Gauge World; own-line date, section line, CET times, miles, feet, mph, short tons
    # and Fahrenheit, "(US$1 = 940 pesos)", an analyst who "wrote in a note to clients" and "estimated", publisher and
    # subscription line), Wednesday 19 November
    ("rail_trade.txt", "11:00 CET on Saturday 15 November", None, O, "rail_departure", "outt1100"),
    ("rail_trade.txt", "at 00:40 CET on Sunday", None, O, "rail_arrival", "outt0040"),
    ("rail_trade.txt", "after 27 years", 27, O, "rail_closed", "outt27"),
    ("rail_trade.txt", "nearly two hours at the border", 2, O, "rail_border", "outt2h"),
    ("rail_trade.txt", "some 272 miles", 272, FAB, "rail_length", "fab438"),
    ("rail_trade.txt", "11 stops", 11, O, "rail_stations", "outt11"),
    ("rail_trade.txt", "13,967 feet", 13967, FAB, "rail_summit", "fab4257"),
    ("rail_trade.txt", "about 37 mph", 37, FAB, "rail_speed", "fab60"),
    ("rail_trade.txt", "up to 6%", 6, FAR, "rail_gradient", "far6"),
    ("rail_trade.txt", "read 25F", 25, O, "rail_temp", "outt25f"),
    ("rail_trade.txt", "79 short tons", 79, O, "rail_loco", "outt79"),
    ("rail_trade.txt", "about 95 billion Chilean pesos", 95000000000, FAB, "rail_cost", "fab101"),
    ("rail_trade.txt", "14 months late", 14, OBS, "rail_schedule", "obs14"),
    ("rail_trade.txt", "about 400,000 tonnes a year", 400000, OBS, "rail_freight", "obs400k"),
    ("rail_trade.txt", "40,000 riders a year", 40000, FAB, "rail_annual", "fab40k"),
    ("rail_trade.txt", "paid US$45", 45, O, "rail_fare", "outt45"),

    # ---------------- kente: a record-length kente cloth unrolled at Kpetoe (Agotime), Volta Region, Ghana; declared
    # complete on Sat 7 Aug 2032 at 11:30 Ghana time (UTC+0) = 11:30 GMT = 12:30 Lagos time (WAT, UTC+1) = 13:30
    # CEST (UTC+2); length 1,846 m (the Trust, Saturday) -> 1,790 m (the Trust, after Monday's official measurement)
    # = 1,790.4 m (the records bureau); no one hurt
    # Ghanaian news agency (Gold Coast Newswire; no date line, a heading date line, glued dateline "Kpetoe (V/R),
    # Aug. 7, GCN –The", "Mr"/"Madam" style, "(US$1 = 15.5 cedis)", the agency's initials sign-off), Saturday 7 Aug
    ("kente_agency.txt", "1,846 metres long", 1846, TRUST, "kente_length", "trust1846"),
    ("kente_agency.txt", "the 1,320-metre record", 1320, O, "kente_prev_record", "outa1320"),
    ("kente_agency.txt", "316 weavers", 316, TRUST, "kente_weavers", "trust316"),
    ("kente_agency.txt", "160 looms", 160, TRUST, "kente_looms", "trust160"),
    ("kente_agency.txt", "for 47 days", 47, TRUST, "kente_days", "trust47"),
    ("kente_agency.txt", "386 kilograms", 386, TRUST, "kente_weight", "trust386"),
    ("kente_agency.txt", "24 traditional motifs", 24, TRUST, "kente_motifs", "trust24"),
    ("kente_agency.txt", "about a third of the weavers", 33, TRUST, "kente_women", "trust3rd"),
    ("kente_agency.txt", "1.4 million cedis", 1400000, TRUST, "kente_cost", "trust14m"),
    ("kente_agency.txt", "a single unbroken strip", None, TRUST, "kente_continuous", "trustone"),
    ("kente_agency.txt", "cut and sold in one-metre lengths", None, TRUST, "kente_future", "trustcut"),
    ("kente_agency.txt", "800 cedis a metre", 800, TRUST, "kente_price", "trust800"),
    ("kente_agency.txt", "at 11:30 a.m.", None, O, "kente_unveil", "outa1130"),
    ("kente_agency.txt", "the temperature at 33C", 33, O, "kente_temp", "outa33"),
    ("kente_agency.txt", "more than 20,000 people", 20000, TOUR, "kente_crowd", "tour20k"),
    ("kente_agency.txt", "about 190 kilometres from Accra", 190, O, "kente_distance", "outa190"),
    ("kente_agency.txt", "a new world record", None, TOUR, "kente_record", "tourrec"),
    ("kente_agency.txt", "the 84-year-old", 84, O, "kente_oldest_age", "outa84"),
    ("kente_agency.txt", "22,000 km of thread", 22000, O, "kente_yarn", "outa22k"),
    # the records bureau's statement (Global Records Bureau; date prefix glued to the statement line, dateline
    # "COPENHAGEN, 9 August 2032 –", a quote from the adjudicator, "About" boilerplate with look-alike figures
    # (founded 1989, 41,000 records, 160 countries, 0.1 per cent), media contact with a phone number), Monday 9 Aug
    ("kente_release.txt", "officially the longest hand-woven kente cloth", None, GRB, "kente_record", "grbrec"),
    ("kente_release.txt", "1,790.4 metres", 1790.4, GRB, "kente_length", "grb1790"),
    ("kente_release.txt", "at 13:30 CEST on Saturday", None, GRB, "kente_unveil", "grb1330"),
    ("kente_release.txt", "11 centimetres wide", 11, GRB, "kente_width", "grb11"),
    ("kente_release.txt", "woven as one continuous strip", None, GRB, "kente_continuous", "grbone"),
    ("kente_release.txt", "379 kilograms", 379, GRB, "kente_weight", "grb379"),
    ("kente_release.txt", "more than 300 weavers", 300, GRB, "kente_weavers", "grb300"),
    ("kente_release.txt", "the previous record of 1,203 metres", 1203, GRB, "kente_prev_record", "grb1203"),
    ("kente_release.txt", "set in 2027", None, GRB, "kente_prev_year", "grb2027"),
    # diaspora newsletter from Amsterdam (The Nkabom Letter by Esi Kloosterman-Owusu; first person; no date line,
    # heading date; a bullet list of her numbers; a photo caption with a wrong figure; a glued sentence; two
    # comments with figures), Wednesday 11 August
    ("kente_newsletter.txt", "at 12:30 Amsterdam time", None, O, "kente_unveil", "outn1230"),
    ("kente_newsletter.txt", "now gives 1,790 metres", 1790, TRUST, "kente_length", "trust1790"),
    ("kente_newsletter.txt", "about 15 cm wide", 15, O, "kente_width", "outn15"),
    ("kente_newsletter.txt", "nearly half a tonne", 0.5, O, "kente_weight", "outnhalf"),
    ("kente_newsletter.txt", "Some 300 weavers", 300, O, "kente_weavers", "outn300"),
    ("kente_newsletter.txt", "40 per cent of them women", 40, O, "kente_women", "outn40"),
    ("kente_newsletter.txt", "two months of weaving", 2, O, "kente_days", "outn2m"),
    ("kente_newsletter.txt", "15,000 kilometres of yarn", 15000, TRUST, "kente_yarn", "trust15k"),
    ("kente_newsletter.txt", "€120,000", 120000, O, "kente_cost", "outn120k"),
    ("kente_newsletter.txt", "aged 88", 88, O, "kente_oldest_age", "outn88"),
    ("kente_newsletter.txt", "29 degrees", 29, O, "kente_temp", "outn29"),
    ("kente_newsletter.txt", "about 8,000 people", 8000, O, "kente_crowd", "outn8000"),
    ("kente_newsletter.txt", "US$40 a metre", 40, O, "kente_price", "outn40usd"),
    ("kente_newsletter.txt", "the 1,648-metre cloth", 1648, O, "kente_length", "outncap"),
    ("kente_newsletter.txt", "whose record from 2029", None, O, "kente_prev_year", "outn2029"),
    ("kente_newsletter.txt", "stitched together from separate pieces", None, GUILD, "kente_continuous", "guildpieces"),
    # Lagos textile trade magazine (West African Textile Review; date prefix with the masthead continuing on the same
    # line, Lagos time, yards, inches, pounds, miles and Fahrenheit, "Our correspondent counted", publisher and
    # subscription line), Thursday 12 August
    ("kente_magazine.txt", "at 12:30 p.m. Lagos time", None, O, "kente_unveil", "outm1230"),
    ("kente_magazine.txt", "some 1,958 yards", 1958, GRB, "kente_length", "grb1790"),
    ("kente_magazine.txt", "the 1,846 metres first announced", 1846, TRUST, "kente_length", "trust1846"),
    ("kente_magazine.txt", "some 118 miles from Accra", 118, O, "kente_distance", "outm118"),
    ("kente_magazine.txt", "4.3 inches wide", 4.3, O, "kente_width", "outm43in"),
    ("kente_magazine.txt", "about 850 pounds", 850, TRUST, "kente_weight", "trust386"),
    ("kente_magazine.txt", "some 9,300 miles of yarn", 9300, TRUST, "kente_yarn", "trust15k"),
    ("kente_magazine.txt", "counted 120 looms", 120, O, "kente_looms", "outm120"),
    ("kente_magazine.txt", "nearly seven weeks", 7, O, "kente_days", "outm7w"),
    ("kente_magazine.txt", "two in five of the weavers", 40, O, "kente_women", "outm2in5"),
    ("kente_magazine.txt", "counted 18 motifs", 18, HIST, "kente_motifs", "hist18"),
    ("kente_magazine.txt", "more than 400 weavers", 400, TOUR, "kente_weavers", "tour400"),
    ("kente_magazine.txt", "will go to the National Museum in one piece", None, TOUR, "kente_future", "tourmuseum"),
    ("kente_magazine.txt", "about US$90,000", 90000, SPON, "kente_cost", "spon90k"),
    ("kente_magazine.txt", "has not broken any record", None, GUILD, "kente_record", "guildnot"),
    ("kente_magazine.txt", "Our 1,410-metre cloth", 1410, GUILD, "kente_prev_record", "guild1410"),
    ("kente_magazine.txt", "91F in the shade", 91, O, "kente_temp", "outm91"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("meteor_wire.txt", "some 3,300 km east of the capital", 3300, O, "meteor_opt_tarawa_distance"),
    ("meteor_wire.txt", "14 hours ahead of GMT", 14, O, "meteor_opt_offset"),
    ("meteor_release.txt", "A 40-gram slice", 40, UCP, "meteor_opt_slice"),
    ("meteor_release.txt", "in about six weeks", 6, UCP, "meteor_opt_results"),
    ("meteor_blog.txt", "counted to eight", 8, "reader Ritia K.", "meteor_opt_reader_count"),
    ("rail_daily.txt", "for 60 bolivianos", 60, "reader Luis Mendoza", "rail_opt_reader_old_fare"),
    ("rail_daily.txt", "it took 28 hours", 28, "reader Luis Mendoza", "rail_opt_reader_old_train"),
    ("rail_daily.txt", "At 4,000 m", 4000, "reader gringa_en_sopocachi", "rail_opt_reader_altitude"),
    ("kente_newsletter.txt", "Paid €35 for the livestream ticket", 35, "reader Yaa (Den Haag)", "kente_opt_reader_ticket"),
    ("kente_newsletter.txt", "with a rope in 2027", None, "reader K. Mensah", "kente_opt_reader_2027"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # meteor
    "meteor_time": {("kgu0747", "ucp2147"): CO, ("kgu0747", "outb2217"): CO, ("kgu0747", "pasn2147"): CO,
                    ("ucp2147", "outb2217"): CO, ("ucp2147", "pasn2147"): CO,
                    ("kgu0747", "outm0947"): C, ("ucp2147", "outm0947"): C, ("outb2217", "outm0947"): C,
                    ("pasn2147", "outm0947"): C},
    "meteor_main_mass": {("kgu46", "kgu46"): SC, ("kgu392", "kgu392"): SC, ("kgu46", "kgu392"): U,
                         ("deal5", "kgu46"): C, ("deal5", "kgu392"): C,
                         ("outmcap", "kgu46"): C, ("outmcap", "kgu392"): C, ("outmcap", "deal5"): C},
    "meteor_stones": {("kgu20", "ucp37"): CO, ("kgu20", "outb46"): CO, ("kgu20", "outm4doz"): CO,
                      ("ucp37", "outb46"): C, ("ucp37", "outm4doz"): C, ("outb46", "outm4doz"): CO},
    "meteor_total": {("ucp112", "outm25lb"): CO, ("deal20", "ucp112"): C, ("deal20", "outm25lb"): C},
    "meteor_speed": {("pasn178", "pasn178"): SC, ("ucp23", "pasn178"): C},
    "meteor_burst": {("pasn31", "outb19mi"): CO, ("pasn31", "outm28mi"): C, ("outb19mi", "outm28mi"): C},
    "meteor_energy": {("pasn04", "ucp400t"): CO, ("pasn04", "outm2kt"): C, ("ucp400t", "outm2kt"): C},
    "meteor_duration": {("pasn62", "outb10s"): C},
    "meteor_strewn": {("ucp7", "outm43"): CO, ("ucp7", "deal12"): C, ("deal12", "outm43"): C},
    "meteor_area": {("kgu14", "outm54"): CO, ("kgu14", "outb900"): C, ("outb900", "outm54"): C},
    "meteor_class": {("ucph5", "ucph5"): SC, ("ucph5", "deall6"): C},
    "meteor_first": {("kgufirst", "outmfirst"): CO, ("kgufirst", "outb1987"): C, ("outb1987", "outmfirst"): C},
    "meteor_reports": {("kgu300", "pasn120"): C},
    "meteor_reward": {("kgu500", "kgu500"): SC, ("kgu500", "outb200"): C},
    "meteor_price": {("deal25", "outm60"): C},
    "meteor_boom": {("outw40", "outm25mi"): CO, ("outw40", "outb70"): C, ("outb70", "outm25mi"): C},
    "meteor_pit": {("outw28", "outm11in"): CO, ("outw28", "deal05"): C, ("deal05", "outm11in"): C},
    "meteor_site": {("outw12", "outm75"): CO, ("outw12", "outb5"): C, ("outb5", "outm75"): C},
    "meteor_share": {("ucp35", "outm3rd"): CO, ("ucp35", "deal50"): C, ("deal50", "outm3rd"): C},
    "meteor_export": {("kgustay", "kgustay"): SC, ("kgustay", "dealflown"): C},
    "meteor_found": {("kgusat", "outbsat"): CO, ("kgusat", "outmsun"): C, ("outbsat", "outmsun"): C},
    "meteor_finder_age": {("kgu12", "outm13"): C},
    # rail
    "rail_departure": {("fab0700", "outd0600"): CO, ("fab0700", "outbc1000"): CO, ("fab0700", "outt1100"): CO,
                       ("outd0600", "outbc1000"): CO, ("outd0600", "outt1100"): CO, ("outbc1000", "outt1100"): CO},
    "rail_arrival": {("fab1940", "outd1940"): CO, ("fab1940", "outt0040"): CO, ("outd1940", "outt0040"): CO,
                     ("fab1940", "outbc2240"): C, ("outd1940", "outbc2240"): C, ("outbc2240", "outt0040"): C},
    "rail_duration": {("fab1340", "outd14h"): CO, ("fab1340", "outbc1240"): C, ("outd14h", "outbc1240"): C},
    "rail_passengers": {("fab312", "outbc320"): CO, ("fab312", "may250"): C, ("may250", "outbc320"): C},
    "rail_length": {("fab438", "fab438"): SC, ("fab438", "outd460"): C},
    "rail_chile_km": {("fab206", "outbc230"): C},
    "rail_summit": {("fab4257", "fab4257"): SC, ("fab4257", "outbc4500"): C, ("fab4257", "outdcap"): C,
                    ("outdcap", "outbc4500"): C},
    "rail_cost": {("fab94", "fab101"): U, ("fab101", "fab101"): SC, ("drc800", "drc800"): SC,
                  ("fab94", "drc800"): C, ("fab101", "drc800"): C},
    "rail_speed": {("fab60", "fab60"): SC, ("fab60", "outd40"): C},
    "rail_fare": {("fab420", "fab420"): SC, ("fab420", "outd350"): C, ("fab420", "outt45"): C,
                  ("outd350", "outt45"): C},
    "rail_carriages": {("fab7", "outd9"): C},
    "rail_frequency": {("fab2wk", "outbc3wk"): C},
    "rail_regular_start": {("fabdec1", "outbcdec15"): C},
    "rail_freight": {("fab12m", "obs400k"): C},
    "rail_share": {("drc40", "obs5th"): C},
    "rail_closed": {("fab2004", "outt27"): CO, ("fab2004", "outbc3dec"): CO, ("outt27", "outbc3dec"): CO,
                    ("fab2004", "may35"): C, ("may35", "outt27"): C, ("may35", "outbc3dec"): C},
    "rail_temp": {("outbcm4", "outt25f"): CO, ("outdm11", "outbcm4"): C, ("outdm11", "outt25f"): C},
    "rail_jobs": {("fab520", "drc1500"): C},
    "rail_stations": {("fab9", "outt11"): C},
    "rail_schedule": {("drcontime", "obs14"): C},
    "rail_tickets": {("fab20min", "outd2d"): C},
    "rail_border": {("outd50", "outt2h"): C},
    "rail_loco": {("fab72", "outt79"): CO, ("fab72", "outbc90"): C, ("outbc90", "outt79"): C},
    "rail_driver_age": {("outd58", "outbc61"): C},
    "rail_gradient": {("fab3", "far6"): C},
    "rail_annual": {("fab40k", "fab40k"): SC, ("fab40k", "obs4000"): C},
    # kente
    "kente_length": {("trust1846", "trust1846"): SC, ("trust1846", "trust1790"): U, ("grb1790", "trust1790"): CO,
                     ("grb1790", "grb1790"): SC, ("grb1790", "trust1846"): C,
                     ("outncap", "trust1846"): C, ("outncap", "grb1790"): C},
    "kente_prev_record": {("outa1320", "grb1203"): C, ("outa1320", "guild1410"): C, ("grb1203", "guild1410"): C},
    "kente_prev_year": {("grb2027", "outn2029"): C},
    "kente_width": {("grb11", "outm43in"): CO, ("grb11", "outn15"): C, ("outn15", "outm43in"): C},
    "kente_weight": {("trust386", "trust386"): SC, ("trust386", "grb379"): C, ("trust386", "outnhalf"): C,
                     ("grb379", "outnhalf"): C},
    "kente_weavers": {("trust316", "grb300"): CO, ("trust316", "outn300"): CO, ("grb300", "outn300"): CO,
                      ("trust316", "tour400"): C, ("grb300", "tour400"): C, ("outn300", "tour400"): C},
    "kente_women": {("trust3rd", "outn40"): C, ("trust3rd", "outm2in5"): C, ("outn40", "outm2in5"): CO},
    "kente_days": {("trust47", "outm7w"): CO, ("trust47", "outn2m"): C, ("outn2m", "outm7w"): C},
    "kente_looms": {("trust160", "outm120"): C},
    "kente_yarn": {("trust15k", "trust15k"): SC, ("outa22k", "trust15k"): C},
    "kente_cost": {("trust14m", "spon90k"): CO, ("trust14m", "outn120k"): C, ("outn120k", "spon90k"): C},
    "kente_unveil": {("outa1130", "grb1330"): CO, ("outa1130", "outm1230"): CO, ("grb1330", "outm1230"): CO,
                     ("outa1130", "outn1230"): C, ("grb1330", "outn1230"): C, ("outn1230", "outm1230"): C},
    "kente_crowd": {("tour20k", "outn8000"): C},
    "kente_motifs": {("trust24", "hist18"): C},
    "kente_oldest_age": {("outa84", "outn88"): C},
    "kente_temp": {("outa33", "outm91"): CO, ("outa33", "outn29"): C, ("outn29", "outm91"): C},
    "kente_continuous": {("trustone", "grbone"): CO, ("trustone", "guildpieces"): C, ("grbone", "guildpieces"): C},
    "kente_record": {("tourrec", "grbrec"): CO, ("tourrec", "guildnot"): C, ("grbrec", "guildnot"): C},
    "kente_distance": {("outa190", "outm118"): CO},
    "kente_future": {("trustcut", "tourmuseum"): C},
    "kente_price": {("trust800", "outn40usd"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
