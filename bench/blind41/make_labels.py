"""Hand labels for bench/blind41 (the announced closure of Arvenne's car plant in Tanger Automotive City, Morocco, its
jobs, output, aid, severance and destination disputed, with times in Morocco's Ramadan time, UTC+0, CET and GMT; a
record methamphetamine seizure from a yacht at Vuda Marina near Lautoka, Fiji, its weight, value, arrests, voyage and
origin disputed, with times in Fiji time, UTC+12, Australian Eastern Daylight Time, UTC+11, and New Zealand Daylight
Time, UTC+13; drought restrictions on the Panama Canal, its draft, daily slots, lake level, queue, auction prices and
revenue disputed, with times in Panama time, UTC-5, US Eastern Daylight Time, UTC-4, and CET, UTC+1).
Run from the project root:
    python3 bench/blind41/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
ARV = ("Arvenne Automobiles, the carmaker (executive vice-president for manufacturing Claire Vasseur-Lindqvist; "
       "Morocco human resources director Karim Bensouda-Laraki)")
STAT = ("Tangier Automotive Workers' Union (STAT), Arvenne Tangier section "
        "(secretary-general Abdelkrim Ouazzani-Touhami)")
MIND = "Morocco's Ministry of Industry (minister Mehdi Alaoui-Benhima)"
WILAYA = "the wilaya (regional administration) of Tangier"
ZNIBER = "economist Dr Houda Zniber (Institut Méditerranéen d'Études Industrielles, Rabat)"
FRIEND = "a paint-shop worker at the plant (the newsletter writer's friend)"

POL = "Fiji police (Commissioner Adriu Tabualevu)"
MINP = "Fiji's Minister for Policing and National Security, Hon. J. Vakarau"
OPP = "opposition MP Salote Waqairatu"
JNT = "Australia's Joint Narcotics Taskforce (Detective Superintendent Karen Osei-Whitfield)"
RES = "Dr Mere Naisoro-Whitcombe (Pacific Drug Policy Centre, Suva)"
LAW = "defence lawyer Vikash Prasad-Lal"
OWNER = "a yacht owner at Vuda Marina (unnamed)"
OFFS = "two police officers involved in the operation (unnamed, quoted by The Pacific Ledger)"

AUTH = ("Panama's canal administration (administrator Rodrigo Ábrego Castillo; "
        "water resources director Itzel Marín de Obaldía)")
AGENTS = "two shipping agents (unnamed, quoted by Meridian)"
TRK = "Seatrace Analytics, a ship-tracking firm"
BRK = "two brokers familiar with the bidding (unnamed, quoted by Meridian)"
PRET = "economist Julián Pretelt Arosemena (Istmo Capital)"
DEP = "opposition deputy Marisol Quintero Saavedra"
VOSS = "Hamburg broker Henrik Vosskamp-Ortega"
IHI = "Instituto de Hidrometeorología del Istmo (IHI)"
HRL = "Hanseatic Reefer Line (fleet director Katrin Oelschläger-Díaz)"
CONS = "consultants (unnamed, cited by Nordmeer Shipping Weekly)"
SANJUR = "shipping agent Gilberto Sanjur (Colón)"
CAST = "hydrologist Dr Aurelio Castrellón (Instituto del Agua del Istmo)"
AMI = "Aguas Metropolitanas del Istmo (AMI), the water utility"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- plant: Arvenne Automobiles tells the workers of its plant in Tanger Automotive City, Morocco,
    # on Thu 1 Dec 2033 at 10:00 local time that the plant will close; Morocco keeps UTC+0 during Ramadan (20 Nov to
    # 25 Dec 2033), so 10:00 in Tangier = 10:00 GMT = 11:00 CET in Lyon and Paris; no one hurt
    # the carmaker's press release (Lyon; date prefix with the masthead continuing on the same line, CET time,
    # "About" boilerplate with look-alike figures, press contact with a phone number), Thursday 1 Dec
    ("plant_release.txt", "by 30 June 2034", None, ARV, "plant_close", "arv30jun"),
    ("plant_release.txt", "at 11:00 CET", None, ARV, "plant_time", "arv1100"),
    ("plant_release.txt", "opened in 2013", None, ARV, "plant_opened", "arv2013"),
    ("plant_release.txt", "a capacity of 120,000 vehicles a year", 120000, ARV, "plant_capacity", "arv120"),
    ("plant_release.txt", "built 84,000 cars in 2032", 84000, ARV, "plant_output", "arv84"),
    ("plant_release.txt", "European demand for small petrol cars has collapsed", None, ARV, "plant_reason", "arvdemand"),
    ("plant_release.txt", "fell by 38 per cent", 38, ARV, "plant_demand", "arv38"),
    ("plant_release.txt", "will move to Arvenne's plant in Žilina, Slovakia", None, ARV, "plant_dest", "arvzil"),
    ("plant_release.txt", "The decision affects 1,850 employees", 1850, ARV, "plant_jobs", "arv1850"),
    ("plant_release.txt", "two months' salary for every year of service", 2, ARV, "plant_severance", "arv2m"),
    ("plant_release.txt", "the plant's 37 local suppliers", 37, ARV, "plant_suppliers", "arv37"),
    ("plant_release.txt", "informed the Moroccan government of our review in October", None, ARV, "plant_informed", "arvoct"),
    ("plant_release.txt", "the €45 million in investment support", 45000000, ARV, "plant_aid", "arv45"),
    ("plant_release.txt", "begin on 12 December", None, ARV, "plant_talks", "arv12dec"),
    # the union's communiqué (STAT, Tangier; leading-space own-line date, numbered points, an unofficial
    # translation, a glued sentence "demand.According", the company's figures quoted back), Friday 2 Dec
    ("plant_union.txt", "on Thursday 1 December", None, STAT, "plant_date", "statthu1"),
    ("plant_union.txt", "at ten o'clock in the morning", None, STAT, "plant_time", "stat1000"),
    ("plant_union.txt", "1,850 employees", 1850, ARV, "plant_jobs", "arv1850"),
    ("plant_union.txt", "but 2,400 workers", 2400, STAT, "plant_jobs", "stat2400"),
    ("plant_union.txt", "more than 500 temporary and agency workers", 500, STAT, "plant_temps", "stat500"),
    ("plant_union.txt", "to cut costs, not for lack of demand", None, STAT, "plant_reason", "statcosts"),
    ("plant_union.txt", "fell by about a fifth", 20, STAT, "plant_demand", "stat20"),
    ("plant_union.txt", "the 38 per cent the group now cites", 38, ARV, "plant_demand", "arv38"),
    ("plant_union.txt", "going to Bursa in Turkey", None, STAT, "plant_dest", "statbursa"),
    ("plant_union.txt", "barely 60,000 cars in 2032", 60000, STAT, "plant_output", "stat60"),
    ("plant_union.txt", "cut the third shift in March 2032", None, STAT, "plant_shiftcut", "statmar32"),
    ("plant_union.txt", "barely one month's pay per year worked", 1, STAT, "plant_severance", "stat1m"),
    ("plant_union.txt", "3,400 dirhams a month", 3400, STAT, "plant_wage", "stat3400"),
    ("plant_union.txt", "about €310", 310, STAT, "plant_wage", "stat3400"),
    ("plant_union.txt", "more than 60 subcontractors", 60, STAT, "plant_suppliers", "stat60s"),
    ("plant_union.txt", "some 6,000 jobs at suppliers", 6000, STAT, "plant_supplier_jobs", "stat6k"),
    ("plant_union.txt", "more than €600 million", 600000000, STAT, "plant_aid", "stat600"),
    ("plant_union.txt", "since the plant opened in 2012", None, STAT, "plant_opened", "stat2012"),
    ("plant_union.txt", "has known of the group's plans since the summer", None, STAT, "plant_informed", "statsummer"),
    ("plant_union.txt", "will come by the end of June", None, ARV, "plant_close", "arv30jun"),
    ("plant_union.txt", "from 31 March 2034", None, STAT, "plant_close", "stat31mar"),
    ("plant_union.txt", "more than 3,000 workers", 3000, STAT, "plant_sitin", "stat3k"),
    ("plant_union.txt", "on 15 December", None, STAT, "plant_talks", "stat15dec"),
    # a car-industry analyst's weekly letter (Gearbox Notes by Élodie Marchetti-Haddad, Paris; no date line, heading
    # date Sunday 4 Dec, first person, bold-headed paragraphs, a friend and the ministry quoted, a glued sentence
    # "floor.The", three reader comments (one with a figure), comment boilerplate)
    ("plant_blog.txt", "at 11 o'clock Paris time", None, O, "plant_time", "outb1100"),
    ("plant_blog.txt", "on Thursday", None, O, "plant_date", "outbthu"),
    ("plant_blog.txt", "opened its doors in October 2013", None, O, "plant_opened", "outb2013"),
    ("plant_blog.txt", "designed for 150,000 cars a year", 150000, O, "plant_capacity", "outb150"),
    ("plant_blog.txt", "roughly 7,000 cars a month last year", 7000, O, "plant_output", "outb7k"),
    ("plant_blog.txt", "down 31 per cent", 31, O, "plant_demand", "outb31"),
    ("plant_blog.txt", "the Kestra is going to Žilina", None, O, "plant_dest", "outbzil"),
    ("plant_blog.txt", "about 2,200 jobs", 2200, MIND, "plant_jobs", "mind2200"),
    ("plant_blog.txt", "nearly 9,000 indirect jobs", 9000, O, "plant_supplier_jobs", "outb9k"),
    ("plant_blog.txt", "More than half of the plant's workforce are women", 50, O, "plant_women", "outbhalf"),
    ("plant_blog.txt", "Several hundred workers were there", None, FRIEND, "plant_sitin", "friend100s"),
    ("plant_blog.txt", "4.6 billion dirhams", 4600000000, O, "plant_invest", "outb46"),
    ("plant_blog.txt", "about €420 million", 420000000, O, "plant_invest", "outb46"),
    ("plant_blog.txt", "The night shift went in September 2031", None, O, "plant_shiftcut", "outbsep31"),
    ("plant_blog.txt", "about 15 per cent of Morocco's car exports", 15, O, "plant_exports", "outb15"),
    ("plant_blog.txt", "some 28 per cent of Morocco's exports", 28, O, "plant_sector_exports", "outb28"),
    ("plant_blog.txt", "talks on 12 December", None, O, "plant_talks", "outb12dec"),
    # a Casablanca business podcast's transcript (The Atlas Ledger, episode 87; own-line date, speaker labels with
    # timestamps, the host's zone mistake "nine o'clock GMT" (as if Morocco kept UTC+1 in Ramadan), the company's HR
    # director and an economist as guests, a recorded clip of the minister), Tuesday 6 Dec
    ("plant_podcast.txt", "Last Thursday", None, O, "plant_date", "outpthu"),
    ("plant_podcast.txt", "at nine o'clock GMT", None, O, "plant_time", "outp0900"),
    ("plant_podcast.txt", "the closure concerns 1,920 people", 1920, ARV, "plant_jobs", "arv1920"),
    ("plant_podcast.txt", "about 300 agency workers", 300, ARV, "plant_temps", "arv300"),
    ("plant_podcast.txt", "a month's pay per year", 1, STAT, "plant_severance", "stat1m"),
    ("plant_podcast.txt", "two months of salary for each year of service", 2, ARV, "plant_severance", "arv2m"),
    ("plant_podcast.txt", "6,100 dirhams gross", 6100, ARV, "plant_wage", "arv6100"),
    ("plant_podcast.txt", "42 per cent of the workforce are women", 42, ARV, "plant_women", "arv42"),
    ("plant_podcast.txt", "The last Kestra will leave the line on 30 June", None, ARV, "plant_close", "arv30jun"),
    ("plant_podcast.txt", "We learned of it on Wednesday evening", None, MIND, "plant_informed", "mindwed"),
    ("plant_podcast.txt", "1.2 billion dirhams of support", 1200000000, MIND, "plant_aid", "mind12"),
    ("plant_podcast.txt", "at about 800 people", 800, WILAYA, "plant_sitin", "wil800"),
    ("plant_podcast.txt", "the union says thousands", None, STAT, "plant_sitin", "stat3k"),
    ("plant_podcast.txt", "the 120,000-car plant", 120000, O, "plant_capacity", "outp120"),
    ("plant_podcast.txt", "about 4,000 jobs at suppliers", 4000, ZNIBER, "plant_supplier_jobs", "zn4k"),
    ("plant_podcast.txt", "the 45 or so local suppliers", 45, ZNIBER, "plant_suppliers", "zn45"),
    ("plant_podcast.txt", "a tenth of the country's car exports", 10, ZNIBER, "plant_exports", "zn10"),
    ("plant_podcast.txt", "the sector employs more than 220,000 people", 220000, ZNIBER, "plant_sector_jobs", "zn220k"),
    ("plant_podcast.txt", "nearer €700 million", 700000000, ZNIBER, "plant_invest", "zn700"),

    # ---------------- haul: police and navy board a yacht at Vuda Marina near Lautoka, Fiji, early on Tue 10 Jan 2034
    # at 03:40 Fiji time (UTC+12, no summer time since 2022) = 15:40 UTC on Mon 9 Jan = 02:40 AEDT (Sydney, UTC+11)
    # = 04:40 NZDT (Auckland, UTC+13); weight 3.2 tonnes (police, Tuesday) -> 4.1 tonnes (police, Wednesday); arrests
    # five (police, Tuesday) -> seven (police, Wednesday); court Thursday (police, Tuesday) -> Friday (police,
    # Wednesday); no one hurt
    # Australian general news wire (Southern Cross Press; no date line, a time line "Tuesday, 10 January 2034 |
    # 11:52 AEDT", glued dateline "SUVA, Jan 10 (SCP)Fijian", AEDT and A$ in brackets, a glued sentence "said.A",
    # reporting/editing sign-off), Tuesday 10 Jan
    ("haul_wire.txt", "3.2 tonnes of methamphetamine", 3.2, POL, "haul_weight", "pol32"),
    ("haul_wire.txt", "the biggest drug haul in the country's history", None, POL, "haul_record_fiji", "polrec"),
    ("haul_wire.txt", "the 14-metre yacht", 14, POL, "haul_length", "pol14"),
    ("haul_wire.txt", "early on Tuesday", None, POL, "haul_date", "poltue"),
    ("haul_wire.txt", "at 3.40am local time", None, POL, "haul_time", "pol0340"),
    ("haul_wire.txt", "0240 AEDT", None, POL, "haul_time", "pol0340"),
    ("haul_wire.txt", "some 1,600 packages", 1600, POL, "haul_packages", "pol1600"),
    ("haul_wire.txt", "A warehouse in Nadi", None, POL, "haul_warehouse", "polnadi"),
    ("haul_wire.txt", "F$480,000 in cash", 480000, POL, "haul_cash", "pol480"),
    ("haul_wire.txt", "Five people", 5, POL, "haul_arrests", "pol5"),
    ("haul_wire.txt", "the three men found on board", 3, POL, "haul_crew", "pol3"),
    ("haul_wire.txt", "on Thursday", None, POL, "haul_court", "polthu"),
    ("haul_wire.txt", "about 40 nautical miles west of Viti Levu", 40, POL, "haul_distance", "pol40"),
    ("haul_wire.txt", "F$1.8 billion", 1800000000, POL, "haul_value_fj", "pol18"),
    ("haul_wire.txt", "about A$1.2 billion", 1200000000, POL, "haul_value_fj", "pol18"),
    ("haul_wire.txt", "bound for Australia", None, POL, "haul_destination", "polaus"),
    ("haul_wire.txt", "after 41 days at sea", 41, POL, "haul_voyage", "pol41"),
    ("haul_wire.txt", "more than A$3 billion", 3000000000, JNT, "haul_value_au", "jnt3"),
    # the parliament's daily Hansard (Parliament of the Republic of Fiji; date prefix glued to the masthead, the
    # minister's statement, an opposition point of order, the Speaker), Wednesday 11 Jan
    ("haul_hansard.txt", "In the early hours of Tuesday 10th January", None, MINP, "haul_date", "mindate"),
    ("haul_hansard.txt", "at 3.40 a.m.", None, MINP, "haul_time", "min0340"),
    ("haul_hansard.txt", "more than four tonnes of methamphetamine", 4, MINP, "haul_weight", "min4"),
    ("haul_hansard.txt", "1,640 packages", 1640, MINP, "haul_packages", "min1640"),
    ("haul_hansard.txt", "a street value of some F$1.8 billion", 1800000000, MINP, "haul_value_fj", "min18"),
    ("haul_hansard.txt", "Seven people have been arrested", 7, MINP, "haul_arrests", "min7"),
    ("haul_hansard.txt", "on Friday", None, MINP, "haul_court", "minfri"),
    ("haul_hansard.txt", "more than 120 officers", 120, MINP, "haul_officers", "min120"),
    ("haul_hansard.txt", "from a port in Ecuador", None, MINP, "haul_origin", "minecu"),
    ("haul_hansard.txt", "on 2nd January", None, MINP, "haul_arrival", "min2jan"),
    ("haul_hansard.txt", "the largest drug seizure ever made in the Pacific islands", None, MINP, "haul_record_pacific", "minrec"),
    ("haul_hansard.txt", "about 5,000 people in Fiji use methamphetamine regularly", 5000, MINP, "haul_users", "min5k"),
    ("haul_hansard.txt", "1,130 people were admitted to our hospitals", 1130, MINP, "haul_admissions", "min1130"),
    ("haul_hansard.txt", "an additional F$20 million", 20000000, MINP, "haul_funding", "min20"),
    ("haul_hansard.txt", "now has 58 officers", 58, MINP, "haul_unit", "min58"),
    ("haul_hansard.txt", "warned in November", None, OPP, "haul_warning", "oppnov"),
    # a Pacific radio bulletin's transcript (Radio Moana Pacific, Auckland; leading-space date with the programme
    # line continuing on it, the presenter's zone mistake "3.40 in the morning New Zealand time" (as if Fiji kept
    # New Zealand's summer time, UTC+13, as it did in some past summers), recorded clips), Wednesday 11 Jan
    ("haul_radio.txt", "before dawn yesterday", None, O, "haul_date", "outrdate"),
    ("haul_radio.txt", "at 3.40 in the morning New Zealand time", None, O, "haul_time", "outr0340nz"),
    ("haul_radio.txt", "4.1 tonnes", 4.1, POL, "haul_weight", "pol41"),
    ("haul_radio.txt", "about 80 per cent pure", 80, POL, "haul_purity", "pol80"),
    ("haul_radio.txt", "we now hold seven people", 7, POL, "haul_arrests", "pol7"),
    ("haul_radio.txt", "an 18-metre catamaran", 18, O, "haul_length", "outr18"),
    ("haul_radio.txt", "some 20 nautical miles out", 20, O, "haul_distance", "outr20"),
    ("haul_radio.txt", "at sea for more than two months", 2, O, "haul_voyage", "outr2m"),
    ("haul_radio.txt", "US$300,000 in cash", 300000, O, "haul_cash", "outr300"),
    ("haul_radio.txt", "a storage unit in Lautoka", None, O, "haul_warehouse", "outrlau"),
    ("haul_radio.txt", "in court on Friday", None, POL, "haul_court", "polfri"),
    ("haul_radio.txt", "bound for New Zealand", None, RES, "haul_destination", "resnz"),
    ("haul_radio.txt", "no more than F$300 million", 300000000, RES, "haul_value_fj", "res300"),
    ("haul_radio.txt", "some 20,000 regular users", 20000, RES, "haul_users", "res20k"),
    ("haul_radio.txt", "moored there since Christmas Eve", None, OWNER, "haul_arrival", "ownerxmas"),
    ("haul_radio.txt", "just 46 officers", 46, OPP, "haul_unit", "opp46"),
    ("haul_radio.txt", "Ninety officers turned up", 90, OPP, "haul_officers", "opp90"),
    # a Pacific magazine's long read (The Pacific Ledger; own-line date, a photo caption with a wrong year "on 10
    # January 2033", pounds, a glued sentence "say.A 2029", the defence lawyer and a researcher quoted), Monday 16 Jan
    ("haul_longread.txt", "on 10 January 2033", None, O, "haul_date", "outlcap"),
    ("haul_longread.txt", "At twenty to four in the morning", None, O, "haul_time", "outl0340"),
    ("haul_longread.txt", "Last Tuesday", None, O, "haul_date", "outlltue"),
    ("haul_longread.txt", "a 46-foot yacht", 46, O, "haul_length", "outl46"),
    ("haul_longread.txt", "the largest drug seizure Fiji has ever made", None, O, "haul_record_fiji", "outlrec"),
    ("haul_longread.txt", "nearly 9,000 pounds of methamphetamine", 9000, O, "haul_weight", "outl9000"),
    ("haul_longread.txt", "about 2,000 bricks", 2000, O, "haul_packages", "outl2000"),
    ("haul_longread.txt", "Eight people are now in custody", 8, O, "haul_arrests", "outl8"),
    ("haul_longread.txt", "a crew of four", 4, O, "haul_crew", "outl4"),
    ("haul_longread.txt", "from Mexico's Pacific coast", None, O, "haul_origin", "outlmex"),
    ("haul_longread.txt", "a six-week voyage", 6, O, "haul_voyage", "outl6w"),
    ("haul_longread.txt", "74 kilometres off the coast of Viti Levu", 74, O, "haul_distance", "outl74"),
    ("haul_longread.txt", "about 80 police officers and sailors", 80, O, "haul_officers", "outl80"),
    ("haul_longread.txt", "on 28 December", None, OFFS, "haul_warning", "offs28dec"),
    ("haul_longread.txt", "destined for Australia", None, POL, "haul_destination", "polaus"),
    ("haul_longread.txt", "A$2.4 billion", 2400000000, RES, "haul_value_au", "res24"),
    ("haul_longread.txt", "well under 50 per cent pure", 50, RES, "haul_purity", "res50"),
    ("haul_longread.txt", "A 2029 seizure off Tonga was bigger", None, O, "haul_record_pacific", "outltonga"),
    ("haul_longread.txt", "under three tonnes", 3, LAW, "haul_weight", "law3"),
    ("haul_longread.txt", "In the Nadi warehouse", None, O, "haul_warehouse", "outlnadi"),
    ("haul_longread.txt", "nearly half a million Fiji dollars", 500000, O, "haul_cash", "outl500"),
    ("haul_longread.txt", "an extra F$12 million", 12000000, O, "haul_funding", "outl12"),

    # ---------------- canal: Panama's canal administration announces draft and transit cuts on Wed 15 Mar 2034 at
    # 16:00 Panama time (UTC-5, no summer time) = 17:00 EDT in New York (UTC-4 since 12 Mar) = 21:00 UTC = 22:00 CET in
    # Hamburg (UTC+1 until 26 Mar); revenue loss about US$300 million (the administration, Wednesday) -> closer to
    # US$450 million (the administrator, Thursday); no one hurt
    # the administration's advisory to shipping (own-line date, numbered paragraphs, feet with metres in brackets,
    # signature and customer-service line), Wednesday 15 Mar
    ("canal_advisory.txt", "at 16:00 local time", None, AUTH, "canal_time", "auth1600"),
    ("canal_advisory.txt", "on Saturday 1 April 2034", None, AUTH, "canal_effective", "authapr1"),
    ("canal_advisory.txt", "44.0 feet", 44.0, AUTH, "canal_draft", "auth44"),
    ("canal_advisory.txt", "13.41 metres", 13.41, AUTH, "canal_draft", "auth44"),
    ("canal_advisory.txt", "the current 47.0 feet", 47.0, AUTH, "canal_draft_now", "auth47"),
    ("canal_advisory.txt", "reduced to 24", 24, AUTH, "canal_slots", "auth24"),
    ("canal_advisory.txt", "a normal capacity of 36 transits a day", 36, AUTH, "canal_slots_normal", "auth36"),
    ("canal_advisory.txt", "18 will be offered through the booking system", 18, AUTH, "canal_booking", "auth18"),
    ("canal_advisory.txt", "79.6 feet", 79.6, AUTH, "canal_gatun", "auth796"),
    ("canal_advisory.txt", "a normal level for mid-March of 84.5 feet", 84.5, AUTH, "canal_gatun_normal", "auth845"),
    ("canal_advisory.txt", "38 per cent below the historical average", 38, AUTH, "canal_rain", "auth38"),
    ("canal_advisory.txt", "some 50 million gallons of fresh water", 50000000, AUTH, "canal_water", "auth50"),
    ("canal_advisory.txt", "92 vessels were awaiting transit", 92, AUTH, "canal_queue", "auth92"),
    ("canal_advisory.txt", "6.2 days", 6.2, AUTH, "canal_wait_avg", "auth62"),
    ("canal_advisory.txt", "about US$300 million", 300000000, AUTH, "canal_revenue", "auth300"),
    # a financial news wire (Meridian Markets Wire, New York; no date line, a time line "March 15, 2034 6:12 PM
    # EDT", glued dateline "(Meridian) -Panama's", the zone mistake "at 4 p.m. EDT" (as if Panama kept New York's
    # summer time), a glued sentence "said.The", reporting/editing sign-off), Wednesday 15 Mar
    ("canal_wire.txt", "at 4 p.m. EDT", None, O, "canal_time", "outw4pm"),
    ("canal_wire.txt", "limit transits to 24 a day", 24, AUTH, "canal_slots", "auth24"),
    ("canal_wire.txt", "a maximum draft of 44 feet", 44, AUTH, "canal_draft", "auth44"),
    ("canal_wire.txt", "from April 1", None, AUTH, "canal_effective", "authapr1"),
    ("canal_wire.txt", "cut from 46 feet currently", 46, O, "canal_draft_now", "outw46"),
    ("canal_wire.txt", "only 22 slots a day", 22, AGENTS, "canal_slots", "agents22"),
    ("canal_wire.txt", "about 38 a day in a normal year", 38, O, "canal_slots_normal", "outw38"),
    ("canal_wire.txt", "about 5 per cent of world seaborne trade", 5, O, "canal_share", "outw5"),
    ("canal_wire.txt", "about 40 per cent of US container traffic", 40, O, "canal_us_share", "outw40"),
    ("canal_wire.txt", "143 vessels", 143, TRK, "canal_queue", "trk143"),
    ("canal_wire.txt", "up to 21 days", 21, TRK, "canal_wait_max", "trk21"),
    ("canal_wire.txt", "At least 50 ships have diverted", 50, TRK, "canal_diverted", "trk50"),
    ("canal_wire.txt", "a record US$4.2 million", 4200000, BRK, "canal_auction", "brk42"),
    ("canal_wire.txt", "closer to $1 billion", 1000000000, PRET, "canal_revenue", "pret1bn"),
    ("canal_wire.txt", "roughly 500 containers for every foot of draft lost", 500, PRET, "canal_boxes", "pret500"),
    ("canal_wire.txt", "more than a million residents", 1000000, DEP, "canal_rationed", "dep1m"),
    ("canal_wire.txt", "for 20 hours a day", 20, DEP, "canal_cut_hours", "dep20"),
    # a maritime trade weekly (Nordmeer Shipping Weekly, Hamburg; date prefix glued to the masthead, CET time,
    # metres, euros in brackets, "(€1 = US$1.09)", "NSW view", publication and subscription line), Monday 20 Mar
    ("canal_trade.txt", "at 22:00 CET on Wednesday", None, O, "canal_time", "outt2200"),
    ("canal_trade.txt", "from 25 March", None, O, "canal_effective", "outt25mar"),
    ("canal_trade.txt", "24 daily slots", 24, O, "canal_slots", "outt24"),
    ("canal_trade.txt", "a maximum draught of 13.41 m", 13.41, O, "canal_draft", "outt1341"),
    ("canal_trade.txt", "Only 16 booking slots", 16, O, "canal_booking", "outt16"),
    ("canal_trade.txt", "the usual 36", 36, O, "canal_slots_normal", "outt36"),
    ("canal_trade.txt", "more than 160 ships", 160, VOSS, "canal_queue", "voss160"),
    ("canal_trade.txt", "nine days on average", 9, VOSS, "canal_wait_avg", "voss9"),
    ("canal_trade.txt", "Some 30 ships", 30, VOSS, "canal_diverted", "voss30"),
    ("canal_trade.txt", "24.3 m on 14 March", 24.3, O, "canal_gatun", "outt243"),
    ("canal_trade.txt", "45 per cent below normal", 45, IHI, "canal_rain", "ihi45"),
    ("canal_trade.txt", "some 190 million litres", 190000000, O, "canal_water", "outt190"),
    ("canal_trade.txt", "US$3.9 million", 3900000, O, "canal_auction", "outt39"),
    ("canal_trade.txt", "€3.6 million", 3600000, O, "canal_auction", "outt39"),
    ("canal_trade.txt", "about 300 containers for every foot of draught", 300, HRL, "canal_boxes", "hrl300"),
    ("canal_trade.txt", "a US$2 billion project", 2000000000, O, "canal_reservoir_cost", "outt2bn"),
    ("canal_trade.txt", "not before 2041", None, CONS, "canal_reservoir_year", "cons2041"),
    ("canal_trade.txt", "about 11,200 transits in fiscal 2033", 11200, O, "canal_transits_year", "outt11200"),
    ("canal_trade.txt", "some 3 per cent of world seaborne trade", 3, O, "canal_share", "outt3"),
    # a Panama City daily's English edition (The Isthmus Herald; date prefix with the masthead continuing on the
    # same line, an interview with the administrator, a hydrologist and the water utility quoted, a glued sentence
    # "normal.Each", three reader comments (two with figures), comment boilerplate), Friday 17 Mar
    ("canal_daily.txt", "at four in the afternoon on Wednesday", None, O, "canal_time", "outd4pm"),
    ("canal_daily.txt", "closer to US$450 million", 450000000, AUTH, "canal_revenue", "auth450"),
    ("canal_daily.txt", "Some 90 ships are waiting today", 90, AUTH, "canal_queue", "auth92"),
    ("canal_daily.txt", "about six days", 6, AUTH, "canal_wait_avg", "auth62"),
    ("canal_daily.txt", "From Saturday 1 April", None, O, "canal_effective", "outdapr1"),
    ("canal_daily.txt", "only two dozen ships a day", 24, O, "canal_slots", "outd24"),
    ("canal_daily.txt", "the 44-foot limit", 44, O, "canal_draft", "outd44"),
    ("canal_daily.txt", "as long as three weeks", 3, SANJUR, "canal_wait_max", "sanjur3w"),
    ("canal_daily.txt", "US$1.6 billion", 1600000000, AUTH, "canal_reservoir_cost", "auth16bn"),
    ("canal_daily.txt", "by 2039", None, AUTH, "canal_reservoir_year", "auth2039"),
    ("canal_daily.txt", "12,400 transits in fiscal 2033", 12400, AUTH, "canal_transits_year", "auth12400"),
    ("canal_daily.txt", "79.1 feet on Tuesday", 79.1, CAST, "canal_gatun", "cast791"),
    ("canal_daily.txt", "nearly half below normal", 50, CAST, "canal_rain", "casthalf"),
    ("canal_daily.txt", "55 million gallons", 55000000, CAST, "canal_water", "cast55"),
    ("canal_daily.txt", "about 600,000 people", 600000, AMI, "canal_rationed", "ami600"),
    ("canal_daily.txt", "eight hours a night", 8, AMI, "canal_cut_hours", "ami8"),
    ("canal_daily.txt", "more than four million dollars", 4000000, O, "canal_auction", "outd4m"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("plant_union.txt", "some of them for six years", 6, STAT, "plant_opt_temp_years"),
    ("plant_blog.txt", "We built 90,000 a year", 90000, "reader Said B.", "plant_opt_reader_output"),
    ("plant_blog.txt", "a seat supplier with 400 workers", 400, "reader Nadia_Tetouan", "plant_opt_reader_supplier"),
    ("haul_hansard.txt", "sat at the marina for a week", 7, OPP, "haul_opt_week"),
    ("haul_radio.txt", "a seventh suspect is now in custody", 7, O, "haul_opt_seventh"),
    ("haul_radio.txt", "three hundred islands", 300, OPP, "haul_opt_islands"),
    ("haul_radio.txt", "close to zero ten years ago", 0, RES, "haul_opt_users_then"),
    ("haul_longread.txt", "in late November", None, O, "haul_opt_departure"),
    ("canal_advisory.txt", "at least 14 days in advance", 14, AUTH, "canal_opt_notice"),
    ("canal_trade.txt", "some 4,000 tonnes of cargo", 4000, HRL, "canal_opt_tonnes"),
    ("canal_trade.txt", "a third fewer ships", 33, O, "canal_opt_third"),
    ("canal_daily.txt", "36 hours", 36, "reader Yaritza P.", "canal_opt_reader_hours"),
    ("canal_daily.txt", "81 feet this time last year", 81, "reader ChiriquíSailor", "canal_opt_reader_lake"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # plant
    "plant_time": {("arv1100", "stat1000"): CO, ("arv1100", "outb1100"): CO, ("stat1000", "outb1100"): CO,
                   ("arv1100", "outp0900"): C, ("stat1000", "outp0900"): C, ("outb1100", "outp0900"): C},
    "plant_date": {("statthu1", "outpthu"): CO, ("statthu1", "outbthu"): CO, ("outbthu", "outpthu"): CO},
    "plant_close": {("arv30jun", "arv30jun"): SC, ("arv30jun", "stat31mar"): C},
    "plant_jobs": {("arv1850", "arv1850"): SC, ("arv1850", "stat2400"): C, ("arv1850", "mind2200"): C,
                   ("arv1850", "arv1920"): U, ("stat2400", "mind2200"): C, ("stat2400", "arv1920"): C,
                   ("mind2200", "arv1920"): C},
    "plant_temps": {("stat500", "arv300"): C},
    "plant_output": {("arv84", "stat60"): C, ("arv84", "outb7k"): CO, ("stat60", "outb7k"): C},
    "plant_capacity": {("arv120", "outb150"): C, ("arv120", "outp120"): CO, ("outb150", "outp120"): C},
    "plant_opened": {("arv2013", "stat2012"): C, ("arv2013", "outb2013"): CO, ("stat2012", "outb2013"): C},
    "plant_demand": {("arv38", "arv38"): SC, ("arv38", "stat20"): C, ("arv38", "outb31"): C, ("stat20", "outb31"): C},
    "plant_dest": {("arvzil", "statbursa"): C, ("arvzil", "outbzil"): CO, ("statbursa", "outbzil"): C},
    "plant_reason": {("arvdemand", "statcosts"): C},
    "plant_severance": {("arv2m", "arv2m"): SC, ("arv2m", "stat1m"): C, ("stat1m", "stat1m"): SC},
    "plant_wage": {("stat3400", "arv6100"): C},
    "plant_suppliers": {("arv37", "stat60s"): C, ("arv37", "zn45"): C, ("stat60s", "zn45"): C},
    "plant_supplier_jobs": {("stat6k", "outb9k"): C, ("stat6k", "zn4k"): C, ("outb9k", "zn4k"): C},
    "plant_aid": {("arv45", "stat600"): C, ("arv45", "mind12"): C, ("stat600", "mind12"): C},
    "plant_sitin": {("stat3k", "friend100s"): C, ("stat3k", "wil800"): C, ("friend100s", "wil800"): CO,
                    ("stat3k", "stat3k"): SC},
    "plant_informed": {("arvoct", "statsummer"): C, ("arvoct", "mindwed"): C, ("statsummer", "mindwed"): C},
    "plant_talks": {("arv12dec", "stat15dec"): C, ("arv12dec", "outb12dec"): CO, ("stat15dec", "outb12dec"): C},
    "plant_shiftcut": {("statmar32", "outbsep31"): C},
    "plant_invest": {("outb46", "zn700"): C},
    "plant_women": {("outbhalf", "arv42"): C},
    "plant_exports": {("outb15", "zn10"): C},
    # haul
    "haul_time": {("pol0340", "min0340"): CO, ("pol0340", "outl0340"): CO, ("min0340", "outl0340"): CO,
                  ("pol0340", "outr0340nz"): C, ("min0340", "outr0340nz"): C, ("outl0340", "outr0340nz"): C},
    "haul_date": {("poltue", "mindate"): CO, ("poltue", "outrdate"): CO, ("mindate", "outrdate"): CO,
                  ("poltue", "outlcap"): C, ("mindate", "outlcap"): C, ("outrdate", "outlcap"): C,
                  ("poltue", "outlltue"): CO, ("mindate", "outlltue"): CO, ("outrdate", "outlltue"): CO},
    "haul_weight": {("pol32", "pol41"): U, ("pol32", "min4"): C, ("pol32", "outl9000"): C, ("pol32", "law3"): C,
                    ("pol41", "min4"): CO, ("pol41", "outl9000"): CO, ("pol41", "law3"): C,
                    ("min4", "outl9000"): CO, ("min4", "law3"): C},
    "haul_packages": {("pol1600", "min1640"): CO, ("pol1600", "outl2000"): C, ("min1640", "outl2000"): C},
    "haul_arrests": {("pol5", "pol7"): U, ("pol5", "min7"): C, ("pol5", "outl8"): C, ("pol7", "min7"): CO,
                     ("pol7", "outl8"): C, ("min7", "outl8"): C},
    "haul_value_fj": {("pol18", "min18"): CO, ("pol18", "res300"): C, ("min18", "res300"): C},
    "haul_value_au": {("jnt3", "res24"): C},
    "haul_length": {("pol14", "outr18"): C, ("pol14", "outl46"): CO, ("outr18", "outl46"): C},
    "haul_distance": {("pol40", "outr20"): C, ("pol40", "outl74"): CO, ("outr20", "outl74"): C},
    "haul_cash": {("pol480", "outr300"): C, ("pol480", "outl500"): CO, ("outr300", "outl500"): C},
    "haul_court": {("polthu", "minfri"): C, ("polthu", "polfri"): U, ("minfri", "polfri"): CO},
    "haul_officers": {("min120", "opp90"): C, ("min120", "outl80"): C, ("opp90", "outl80"): C},
    "haul_origin": {("minecu", "outlmex"): C},
    "haul_arrival": {("min2jan", "ownerxmas"): C},
    "haul_unit": {("min58", "opp46"): C},
    "haul_users": {("min5k", "res20k"): C},
    "haul_funding": {("min20", "outl12"): C},
    "haul_record_fiji": {("polrec", "outlrec"): CO},
    "haul_record_pacific": {("minrec", "outltonga"): C},
    "haul_warning": {("oppnov", "offs28dec"): C},
    "haul_destination": {("polaus", "polaus"): SC, ("polaus", "resnz"): C},
    "haul_purity": {("pol80", "res50"): C},
    "haul_crew": {("pol3", "outl4"): C},
    "haul_voyage": {("pol41", "outr2m"): C, ("pol41", "outl6w"): CO, ("outr2m", "outl6w"): C},
    "haul_warehouse": {("polnadi", "outrlau"): C, ("polnadi", "outlnadi"): CO, ("outrlau", "outlnadi"): C},
    # canal
    "canal_time": {("auth1600", "outt2200"): CO, ("auth1600", "outd4pm"): CO, ("outt2200", "outd4pm"): CO,
                   ("auth1600", "outw4pm"): C, ("outw4pm", "outt2200"): C, ("outw4pm", "outd4pm"): C},
    "canal_effective": {("authapr1", "authapr1"): SC, ("authapr1", "outt25mar"): C, ("authapr1", "outdapr1"): CO,
                        ("outt25mar", "outdapr1"): C},
    "canal_draft": {("auth44", "auth44"): SC, ("auth44", "outt1341"): CO, ("auth44", "outd44"): CO,
                    ("outt1341", "outd44"): CO},
    "canal_draft_now": {("auth47", "outw46"): C},
    "canal_slots": {("auth24", "auth24"): SC, ("auth24", "agents22"): C, ("auth24", "outt24"): CO,
                    ("auth24", "outd24"): CO, ("agents22", "outt24"): C, ("agents22", "outd24"): C,
                    ("outt24", "outd24"): CO},
    "canal_slots_normal": {("auth36", "outw38"): C, ("auth36", "outt36"): CO, ("outw38", "outt36"): C},
    "canal_booking": {("auth18", "outt16"): C},
    "canal_gatun": {("auth796", "outt243"): CO, ("auth796", "cast791"): C, ("outt243", "cast791"): C},
    "canal_rain": {("auth38", "ihi45"): C, ("auth38", "casthalf"): C, ("ihi45", "casthalf"): CO},
    "canal_water": {("auth50", "outt190"): CO, ("auth50", "cast55"): C, ("outt190", "cast55"): C},
    "canal_queue": {("auth92", "auth92"): SC, ("auth92", "trk143"): C, ("auth92", "voss160"): C,
                    ("trk143", "voss160"): C},
    "canal_wait_avg": {("auth62", "auth62"): SC, ("auth62", "voss9"): C},
    "canal_wait_max": {("trk21", "sanjur3w"): CO},
    "canal_auction": {("brk42", "outt39"): C, ("brk42", "outd4m"): CO, ("outt39", "outd4m"): C},
    "canal_revenue": {("auth300", "auth450"): U, ("auth300", "pret1bn"): C, ("auth450", "pret1bn"): C},
    "canal_reservoir_cost": {("outt2bn", "auth16bn"): C},
    "canal_reservoir_year": {("cons2041", "auth2039"): C},
    "canal_transits_year": {("outt11200", "auth12400"): C},
    "canal_share": {("outw5", "outt3"): C},
    "canal_rationed": {("dep1m", "ami600"): C},
    "canal_cut_hours": {("dep20", "ami8"): C},
    "canal_boxes": {("pret500", "hrl300"): C},
    "canal_diverted": {("trk50", "voss30"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
