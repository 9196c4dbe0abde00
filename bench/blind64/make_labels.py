"""Hand labels for bench/blind64 (the reopening of the land border between Armenia and Turkey at the Margara-Alican
crossing, closed since April 1993, at 00:00 on Saturday 21 February 2037 Armenia time (UTC+4 all year) = 23:00 on
Friday 20 February in Turkey (UTC+3 all year) = 20:00 GMT = 21:00 CET (Brussels) = noon PST (Los Angeles): the opening
time, the offsets, the first vehicle and its time, the years the border was closed, the vehicles, lorries, cars and
buses and people in the first 24 hours with the Armenian customs service's revised counts, the lorries and the queue
waiting, the temperature, clearance, customs officers, opening hours, the terminal's cost, EU money, the first-year
trade forecast, the trade already going through Georgia, the rail link, visa-free stays, the bridge, the ceremony's
time (11:00 Turkish time = 12:00 in Armenia = 08:00 GMT = 09:00 CET = midnight PST), the protest, the detained with
the police's revised count, the distance from Yerevan, the detour saved and the years of talks, with times in Armenia
time, Turkish time, GMT, CET and PST, across midnight; a Yerevan live blog gives bare local times, and a Brussels
freight site takes Armenia to be two hours ahead of Brussels instead of three and puts the opening and the ceremony an
hour late);
a police raid on the Blue Crane Garden scam compound at Sihanoukville, Cambodia, that began at 02:30 on Thursday
18 August 2039 (Indochina Time, UTC+7 = 19:30 GMT and 22:30 in Nairobi, UTC+3, on Wednesday 17 August = 02:30 WIB in
Jakarta) and ended at about 11:00: the start, the end and the length, the people freed with the police's revised
count, nationalities, arrests with the police's revised count, officers, phones, computers, cash, buildings, area,
distance, Chinese, Indonesians and Kenyans (with Kenya's revised count), women, minors, officers hurt, the money taken,
the people in such compounds nationwide, pay promised, hours worked, passports, repatriation and what the business
was, with times in Indochina Time, Western Indonesia Time (the same clock), East Africa Time and GMT, across midnight;
a Phnom Penh daily gives bare local times, and a Nairobi paper takes Cambodia to be three hours ahead of Kenya instead
of four and puts the start and the end an hour late);
the end of Radio Exterior de España's shortwave service from Noblejas, Spain, at 01:00 CET on Sunday 1 December 2041
(= 00:00 UTC on Sunday = 21:00 on Saturday 30 November in Buenos Aires, UTC-3 all year = 7 p.m. EST on Saturday): the
last transmission's time, the offset from Buenos Aires, the years on air, the final programme's length, listeners
worldwide and in the Americas, the savings, the electricity bill, the jobs lost with the union's revised count, the
Noblejas staff, languages, the Ladino programme, the online audience, complaints, the petition, the site's area, its
future and opening year, transmitters, their power, the last frequency, the last music and the hours a day, with times
in CET, UTC, Argentina time and EST, across midnight; the union's release gives a bare local time, and a Buenos Aires
paper takes Spain to be five hours ahead of Argentina, as in the northern summer, instead of four and puts the end an
hour early).
Run from the project root:
    /work/venv/bin/python bench/blind64/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
AMCUST = "Armenia's State Revenue Committee, the customs service (spokesperson Narine Avagyan-Petrosyan)"
AMDPM = "Armenia's Deputy Prime Minister Tigran Melkonyan-Sahakyan"
AMPOL = "Armenia's police (Armavir)"
TRTRADE = "Turkey's Trade Ministry (minister Selim Karaağaç-Doğan)"
TRENVOY = "Turkey's special envoy for the normalisation talks, Ambassador Haluk Sezer-Altun"
IGDIR = "the Governor of Igdir, Cemal Yurtsever-Kaya"
KARS = "the Kars Chamber of Commerce"
TRUCK = "the Armenian road hauliers' association AIRCA (chair Aram Gevorgyan-Mirzoyan)"
EU = "the EU Delegation to Armenia"
ECON = "economist Ani Karapetyan-Hovhannisyan, Caucasus Trade Institute, Yerevan"
OPP = "the opposition Hayrenik bloc (MP Levon Sargsyan-Ohanyan)"
FAMILY1 = "Ara Boyajian-Cruz, a Glendale pharmacist"

KHPOL = "Cambodia's National Police (spokesperson Lt Gen Chhay Vannak)"
KHINT = "Cambodia's Interior Ministry"
KEMFA = "Kenya's Ministry of Foreign Affairs and its embassy in Bangkok"
IDFM = "Indonesia's foreign ministry and its embassy in Phnom Penh"
CNEMB = "China's embassy in Phnom Penh"
NGO = "Freedom Pathway Asia, Bangkok (director Ratana Worawit-Ellis)"
UNODC = "the UN Office on Drugs and Crime"
COMP = "Blue Crane Holdings, the compound's leaseholder (its lawyer)"
VIC = "freed Kenyan worker Brian Otieno-Wafula"
FAM = "the worker's mother, Grace Achieng-Otieno"
ANALYST = "analyst Somchai Lertpanya-Hughes, Mekong Security Forum, Bangkok"

RTVE = "RTVE, Spain's public broadcaster (Radio Exterior's director Marta Iribarren-Solís)"
UNION = "the radio workers' union SITRA (general secretary Javier Lucena-Ortiz)"
MAYOR = "the mayor of Noblejas, Julián Moreno-Pastrana"
CLUB = "the Buenos Aires listeners' club Amigos de la Onda Corta (president Héctor Villalba-Roux)"
RES = "media researcher Dr Claire Ashdown-Mbeki, Kingsbridge Audience Lab, London"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- border: the Margara-Alican crossing opens at 00:00 on Saturday 21 February 2037 in Armenia
    # (UTC+4) = 23:00 on Friday 20 February in Turkey (UTC+3) = 20:00 GMT = 21:00 CET = 12:00 PST; first lorry 00:17 in
    # Armenia = 20:17 GMT = 12:17 PST (the Turkish coach at 23:25 Turkish time = 00:25 in Armenia); ceremony 11:00
    # Turkish time = 12:00 in Armenia = 08:00 GMT = 09:00 CET = 00:00 PST on Saturday; closed April 1993 to February
    # 2037 = 43 years 10 months; talks since December 2021 = 15 years; customs 241 + 71 = 312 (the Turkish ministry's
    # 170 + 95 = 265, not 290); -9 degC = 15.8 degF, 15 degF = -9.4 degC; 30 miles = 48 km; 600 miles = 966 km;
    # 9.8 billion drams at about 392 drams to the dollar = $25 million
    # a Yerevan news site's live blog (own-line date, masthead, headline, reporters line, entries newest first with
    # bare local times, a sentence glued without a space, newsletter line), Saturday 21 February to Sunday 00:46
    ("border_live.txt", "312 vehicles crossed in the first 24 hours", 312, AMCUST, "border_vehicles", "cust312"),
    ("border_live.txt", "241 were lorries", 241, AMCUST, "border_lorries_crossed", "cust241"),
    ("border_live.txt", "71 were cars and buses", 71, AMCUST, "border_cars_buses", "cust71"),
    ("border_live.txt", "1,840 people crossed", 1840, AMCUST, "border_people", "cust1840"),
    ("border_live.txt", "about 300 people joined the Hayrenik bloc's protest", 300, AMPOL, "border_protest_crowd",
     "pol300"),
    ("border_live.txt", "14 people were detained", 14, AMPOL, "border_detained", "pol14"),
    ("border_live.txt", "cut the ribbon at 12:00", None, O, "border_ceremony_time", "live1200"),
    ("border_live.txt", "the 140-metre bridge over the Araks", 140, O, "border_bridge", "live140"),
    ("border_live.txt", "the new terminal cost 9.8 billion drams (about $25 million)", 9800000000, AMDPM,
     "border_terminal_cost", "dpm98"),
    ("border_live.txt", "direct trade of $400 million in the first year", 400000000, AMDPM, "border_trade_forecast",
     "dpm400"),
    ("border_live.txt", "trains running between Gyumri and Kars by autumn 2038", 2038, AMDPM, "border_rail",
     "dpmrail"),
    ("border_live.txt", "stay visa-free for 90 days", 90, AMDPM, "border_visa", "dpm90"),
    ("border_live.txt", "The EU put €16 million into the crossing", 16000000, O, "border_eu_money", "live16"),
    ("border_live.txt", "the first lorry was through both checks in under 40 minutes", 40, AMCUST,
     "border_clearance", "cust40"),
    ("border_live.txt", "60 customs officers", 60, AMCUST, "border_officers", "cust60"),
    ("border_live.txt", "the crossing will be open 24 hours a day", 24, AMCUST, "border_hours", "cust24"),
    ("border_live.txt", "was a Yerevan-registered lorry loaded with mineral water, at 00:17", None, AMCUST,
     "border_first_vehicle", "custfirst"),
    ("border_live.txt", "The barrier went up at exactly 00:00", None, O, "border_open_time", "liveopen"),
    ("border_live.txt", "Turkey is an hour behind us", 1, O, "border_offset_tr", "live1h"),
    ("border_live.txt", "about 180 lorries waiting on the Armenian side", 180, O, "border_lorries_waiting", "live180"),
    ("border_live.txt", "The queue on our side stretches nearly 4 km", 4, O, "border_queue_am", "live4km"),
    ("border_live.txt", "It is −9 °C", -9, O, "border_temp", "livem9"),
    ("border_live.txt", "about 50 km from Yerevan", 50, O, "border_distance", "live50"),
    ("border_live.txt", "has been closed since April 1993", 1993, O, "border_years_closed", "live1993"),
    # an Ankara wire's English service (Kuzey News Agency; no date line, time line "22.02.2037 · 10:05 GMT", slug
    # with "(UPDATE 2)", headline, dateline glued to the first sentence; its own opening time with GMT, right, offset,
    # right, ceremony with GMT, right, years closed, protest, bridge and talks; the Trade Ministry's first vehicle,
    # counts (trucks plus cars and buses short of the total), forecast and detour; the Kars chamber; the governor on
    # hours and the Turkish queue; the envoy on rail and visas; the Armenian police's revised count; reporting and
    # copyright lines), Sunday 22 February 10:05 GMT
    ("border_wire.txt", "closed for nearly 44 years", 44, O, "border_years_closed", "kna44"),
    ("border_wire.txt", "opened at 23:00 Turkish time (2000 GMT) on Friday", None, O, "border_open_time", "knaopen"),
    ("border_wire.txt", "which is one hour ahead of Turkey", 1, O, "border_offset_tr", "kna1h"),
    ("border_wire.txt", "The first vehicle across was a coach from Kars, at 23:25", None, TRTRADE,
     "border_first_vehicle", "trfirst"),
    ("border_wire.txt", "290 vehicles crossed in the first 24 hours", 290, TRTRADE, "border_vehicles", "tr290"),
    ("border_wire.txt", "170 of them trucks", 170, TRTRADE, "border_lorries_crossed", "tr170"),
    ("border_wire.txt", "95 cars and buses", 95, TRTRADE, "border_cars_buses", "tr95"),
    ("border_wire.txt", "along with 2,600 people", 2600, TRTRADE, "border_people", "tr2600"),
    ("border_wire.txt", "a ceremony at 11:00 Turkish time (0800 GMT) on Saturday", None, O, "border_ceremony_time",
     "kna1100"),
    ("border_wire.txt", "bilateral trade could reach $650 million in the first year", 650000000, TRTRADE,
     "border_trade_forecast", "tr650"),
    ("border_wire.txt", "shortens the journey between eastern Turkey and Armenia by 400 km", 400, TRTRADE,
     "border_detour", "tr400"),
    ("border_wire.txt", "about $900 million of Turkish goods reached Armenia through Georgia last year", 900000000,
     KARS, "border_indirect_trade", "kars900"),
    ("border_wire.txt", "open from 08:00 to 20:00", 12, IGDIR, "border_hours", "igd12"),
    ("border_wire.txt", "the queue on the Turkish side at about 6 km", 6, IGDIR, "border_queue_tr", "igd6"),
    ("border_wire.txt", "would run again not before 2040", 2040, TRENVOY, "border_rail", "envrail"),
    ("border_wire.txt", "stay up to 30 days without a visa", 30, TRENVOY, "border_visa", "env30"),
    ("border_wire.txt", "Several hundred protesters", None, O, "border_protest_crowd", "knasev"),
    ("border_wire.txt", "19 people had been detained", 19, AMPOL, "border_detained", "pol19"),
    ("border_wire.txt", "The 120-metre bridge over the Aras river", 120, O, "border_bridge", "kna120"),
    ("border_wire.txt", "after 15 years of talks", 15, O, "border_talks", "kna15"),
    ("border_wire.txt", "named special envoys in December 2021", 2021, O, "border_talks_start", "kna2021"),
    # a Brussels road-freight and trade-policy site (TransitWatch Europe; date prefix with the masthead continuing on
    # the line, time line "Monday 23 February 2037 | 08:30 CET", section, headline, byline; its own opening "22:00
    # Brussels time on Friday" and ceremony "10:00 Brussels time on Saturday", both an hour late, "two hours ahead of
    # Brussels", wrong, "more than 45 years", the terminal's cost, "15 years" of talks, the distance, the offset
    # from Turkey, right, and the temperature; the customs service's revised counts; the hauliers on the detour, the queue, clearance, officers and hours, a quote
    # glued to the sentence before; the EU Delegation; the minister's forecast reported back; the economist;
    # newsletter line), Monday 23 February 08:30 CET
    ("border_freight.txt", "opened at 22:00 Brussels time on Friday", None, O, "border_open_time", "twopen"),
    ("border_freight.txt", "a closure of more than 45 years", 45, O, "border_years_closed", "tw45"),
    ("border_freight.txt", "Armenia is two hours ahead of Brussels", 2, O, "border_offset_brussels", "tw2h"),
    ("border_freight.txt", "the opening ceremony at 10:00 Brussels time on Saturday", None, O, "border_ceremony_time",
     "tw1000"),
    ("border_freight.txt", "347 vehicles", 347, AMCUST, "border_vehicles", "cust347"),
    ("border_freight.txt", "268 of them lorries", 268, AMCUST, "border_lorries_crossed", "cust268"),
    ("border_freight.txt", "saves about 1,000 km", 1000, TRUCK, "border_detour", "truck1000"),
    ("border_freight.txt", "more than 400 trucks were queuing on the Armenian side at midnight", 400, TRUCK,
     "border_lorries_waiting", "truck400"),
    ("border_freight.txt", "in a line 11 km long", 11, TRUCK, "border_queue_am", "truck11"),
    ("border_freight.txt", "It took us four hours to clear both sides", 4, TRUCK, "border_clearance", "truck4h"),
    ("border_freight.txt", "only 40 officers on duty on our side", 40, TRUCK, "border_officers", "truck40"),
    ("border_freight.txt", "the Turkish gate works only 12 hours a day", 12, TRUCK, "border_hours", "truck12"),
    ("border_freight.txt", "contributed €18 million to the Margara terminal and bridge", 18000000, EU,
     "border_eu_money", "eu18"),
    ("border_freight.txt", "The whole terminal cost $25 million", 25000000, O, "border_terminal_cost", "tw25"),
    ("border_freight.txt", "$650 million in trade in the first year", 650000000, TRTRADE, "border_trade_forecast",
     "tr650"),
    ("border_freight.txt", "expects no more than $150 million", 150000000, ECON, "border_trade_forecast", "econ150"),
    ("border_freight.txt", "$1.1 billion worth last year", 1100000000, ECON, "border_indirect_trade", "econ11"),
    ("border_freight.txt", "waited through the night at −9 °C", -9, O, "border_temp", "twm9"),
    ("border_freight.txt", "15 years of negotiations", 15, O, "border_talks", "tw15"),
    ("border_freight.txt", "some 50 km west of Yerevan", 50, O, "border_distance", "tw50"),
    ("border_freight.txt", "Turkey is an hour behind Armenia", 1, O, "border_offset_tr", "tw1h"),
    # a Glendale, California, Armenian community weekly (The Hye Herald; leading-space own-line date, masthead and
    # date line, headline, byline; its own opening "noon on Friday, Los Angeles time", right, "12 hours ahead of Los
    # Angeles in winter", right, ceremony "midnight Friday night Pacific time", right, first vehicle "12:17 p.m.
    # Pacific time", right, 1993, "more than a decade", "More than 300 vehicles", rail "next year", 30 miles, 600
    # miles and 15 degF; the EU's figure reported back; the opposition on the protest and arrests; a photo caption
    # with the wrong year; letters and subscription line), Thursday 26 February
    ("border_diaspora.txt", "opened at noon on Friday, Los Angeles time", None, O, "border_open_time", "hhopen"),
    ("border_diaspora.txt", "more than 200 people watched the livestream", 200, O, "border_watch_crowd", "hh200"),
    ("border_diaspora.txt", "Armenia is 12 hours ahead of Los Angeles in winter", 12, O, "border_offset_la", "hh12h"),
    ("border_diaspora.txt", "at midnight Friday night Pacific time", None, O, "border_ceremony_time", "hhcer"),
    ("border_diaspora.txt", "The first to cross was a truck from Yerevan, at 12:17 p.m. Pacific time", None, O,
     "border_first_vehicle", "hhfirst"),
    ("border_diaspora.txt", "The border was closed in 1993", 1993, O, "border_years_closed", "hh1993"),
    ("border_diaspora.txt", "after more than a decade of talks", 10, O, "border_talks", "hhdecade"),
    ("border_diaspora.txt", "More than 300 vehicles crossed on the first day", 300, O, "border_vehicles", "hh300"),
    ("border_diaspora.txt", "trains between Gyumri and Kars are promised for next year", 2038, O, "border_rail",
     "hhrail"),
    ("border_diaspora.txt", "just 30 miles from Yerevan", 30, O, "border_distance", "hh30mi"),
    ("border_diaspora.txt", "cuts around 600 miles off the old truck route through Georgia", 600, O, "border_detour",
     "hh600"),
    ("border_diaspora.txt", "The European Union paid €18 million toward the project", 18000000, EU, "border_eu_money",
     "eu18"),
    ("border_diaspora.txt", "It was 15 °F at the border on Friday night", 15, O, "border_temp", "hh15f"),
    ("border_diaspora.txt", "more than 2,000 people joined its protest", 2000, OPP, "border_protest_crowd", "opp2000"),
    ("border_diaspora.txt", "Thirty of our supporters were arrested", 30, OPP, "border_detained", "opp30"),

    # ---------------- raid: starts 02:30 on Thursday 18 August 2039 in Cambodia (ICT, UTC+7) = 19:30 GMT and 22:30 in
    # Nairobi (EAT, UTC+3) on Wednesday 17 August = 02:30 WIB in Jakarta (UTC+7) on Thursday; ends about 11:00 ICT =
    # 07:00 EAT = 04:00 GMT, 8 h 30 min; taking Cambodia to be three hours ahead of Kenya gives 23:30 and 08:00;
    # 30 acres = 12.1 hectares; 417 of 1,146 = 36 per cent, about a third; the police's freed 1,146 then 1,318 and
    # arrests 86 then 97; Kenya's 47 then 52
    # a Phnom Penh English daily (The Phnom Penh Ledger; own-line date, masthead, date and section line, headline,
    # byline, dateline glued to the first sentence; its own start "shortly after 2.30am on Thursday", bare local time,
    # right, area, the resort's year, distance and the hall; the police on the end, the people freed, countries,
    # officers, arrests, buildings, phones, computers, cash, Chinese, Indonesians, women, officers hurt, minors and
    # the money taken, a sentence glued without a space; Kenya's embassy; the company's lawyer; the Interior
    # Ministry; a photo caption with the wrong province; comments line), Friday 19 August
    ("raid_daily.txt", "shortly after 2.30am on Thursday", None, O, "raid_start", "pplstart"),
    ("raid_daily.txt", "the operation ended at about 11am", None, KHPOL, "raid_end", "polend"),
    ("raid_daily.txt", "1,146 foreign nationals", 1146, KHPOL, "raid_freed", "pol1146"),
    ("raid_daily.txt", "from 17 countries", 17, KHPOL, "raid_nationalities", "pol17"),
    ("raid_daily.txt", "about 1,200 officers took part", 1200, KHPOL, "raid_officers", "pol1200"),
    ("raid_daily.txt", "86 people were arrested", 86, KHPOL, "raid_arrests", "pol86"),
    ("raid_daily.txt", "searched 11 buildings", 11, KHPOL, "raid_buildings", "pol11"),
    ("raid_daily.txt", "more than 14,000 mobile phones", 14000, KHPOL, "raid_phones", "pol14k"),
    ("raid_daily.txt", "2,300 computers", 2300, KHPOL, "raid_computers", "pol2300"),
    ("raid_daily.txt", "US$ 2.7 million in cash", 2700000, KHPOL, "raid_cash", "pol27"),
    ("raid_daily.txt", "612 Chinese", 612, KHPOL, "raid_chinese", "pol612"),
    ("raid_daily.txt", "198 Indonesians", 198, KHPOL, "raid_indonesians", "pol198"),
    ("raid_daily.txt", "417 of the people brought out were women", 417, KHPOL, "raid_women", "pol417"),
    ("raid_daily.txt", "Two officers were slightly injured", 2, KHPOL, "raid_officers_hurt", "pol2hurt"),
    ("raid_daily.txt", "No minors were found", None, KHPOL, "raid_minors", "polnominors"),
    ("raid_daily.txt", "an estimated US$ 80 million", 80000000, KHPOL, "raid_money_taken", "pol80"),
    ("raid_daily.txt", "47 Kenyans were among those freed", 47, KEMFA, "raid_kenyans", "ke47"),
    ("raid_daily.txt", "The 12-hectare compound", 12, O, "raid_area", "ppl12ha"),
    ("raid_daily.txt", "was built as a casino resort in 2019", 2019, O, "raid_built", "ppl2019"),
    ("raid_daily.txt", "about 15 km from the city centre", 15, O, "raid_distance", "ppl15km"),
    ("raid_daily.txt", "can hold about 1,500 people", 1500, O, "raid_hall", "pplhall"),
    ("raid_daily.txt", "ran a licensed online gaming and customer-service business", None, COMP,
     "raid_business", "coclaim"),
    ("raid_daily.txt", "fewer than 20,000 foreigners still work in such compounds nationwide", 20000, KHINT,
     "raid_nationwide", "int20k"),
    # a Nairobi daily (The Nairobi Sentinel; own-line date, masthead, date and section line, headline, byline; its
    # own start "about 11.30pm on Wednesday, Kenyan time" and end "8am Kenyan time", both an hour late, "three hours
    # ahead of Kenya", wrong, the people freed, officers, phones, area, distance and the worker's age and months held;
    # the ministry's revised count of Kenyans, repatriation and Kenyans still held; the worker on pay, hours and
    # passports; his mother on the agent's fee; the analyst on the money and "dozens" of sites; tips line),
    # Friday 19 August
    ("raid_nairobi.txt", "at about 11.30pm on Wednesday, Kenyan time", None, O, "raid_start", "nsstart"),
    ("raid_nairobi.txt", "freeing more than 1,100 workers", 1100, O, "raid_freed", "ns1100"),
    ("raid_nairobi.txt", "Cambodia is three hours ahead of Kenya", 3, O, "raid_offset_kenya", "ns3h"),
    ("raid_nairobi.txt", "52 Kenyans had been identified among those freed", 52, KEMFA, "raid_kenyans", "ke52"),
    ("raid_nairobi.txt", "would be repatriated within two weeks", 14, KEMFA, "raid_repatriation", "kerepat"),
    ("raid_nairobi.txt", "About 300 Kenyans are still believed to be held", 300, KEMFA, "raid_kenyans_still_held",
     "ke300"),
    ("raid_nairobi.txt", "Brian Otieno-Wafula, 27", 27, O, "raid_worker_age", "ns27"),
    ("raid_nairobi.txt", "promised $1,500 a month", 1500, VIC, "raid_pay_promised", "vic1500"),
    ("raid_nairobi.txt", "made to work 17 hours a day", 17, VIC, "raid_hours_worked", "vic17"),
    ("raid_nairobi.txt", "They took our passports on the first day", None, VIC, "raid_passports", "vicpass"),
    ("raid_nairobi.txt", "He was held for seven months", 7, O, "raid_worker_held", "ns7m"),
    ("raid_nairobi.txt", "paid an agent 350,000 shillings", 350000, FAM, "raid_agent_fee", "fam350k"),
    ("raid_nairobi.txt", "More than 1,000 police officers took part", 1000, O, "raid_officers", "ns1000"),
    ("raid_nairobi.txt", "which ended at 8am Kenyan time", None, O, "raid_end", "nsend"),
    ("raid_nairobi.txt", "About 4,000 phones were seized", 4000, O, "raid_phones", "ns4000"),
    ("raid_nairobi.txt", "The compound covers 30 acres", 30, O, "raid_area", "ns30ac"),
    ("raid_nairobi.txt", "about 15 km outside the city", 15, O, "raid_distance", "ns15km"),
    ("raid_nairobi.txt", "had taken about US$ 45 million from victims", 45000000, ANALYST, "raid_money_taken",
     "ana45"),
    ("raid_nairobi.txt", '"dozens" of similar sites are still running', None, ANALYST, "raid_sites_running",
     "anadozens"),
    # an anti-trafficking group's press release (Freedom Pathway Asia; leading-space own-line date, letterhead with
    # address, e-mail and phone, "PRESS RELEASE", issue line "Thursday 18 August 2039, 17:00 (Bangkok, UTC+7)",
    # title in capitals, dateline "BANGKOK —", the director quoted, "ENDS", notes to editors with the offsets, media
    # contact; the start "02:30 ... (ICT, UTC+7)", right, the people brought out, blocks, nationalities, women,
    # minors, length, pay, hours, passports, arrests, Kenyans and repatriation; UNODC's estimate), Thursday 17:00
    ("raid_ngo.txt", "which began at 02:30 on Thursday 18 August (ICT, UTC+7)", None, NGO, "raid_start", "ngostart"),
    ("raid_ngo.txt", "more than 1,500 people were brought out", 1500, NGO, "raid_freed", "ngo1500"),
    ("raid_ngo.txt", "the compound's nine blocks", 9, NGO, "raid_buildings", "ngo9"),
    ("raid_ngo.txt", "at least 20 nationalities", 20, NGO, "raid_nationalities", "ngo20"),
    ("raid_ngo.txt", "about a third of them were women", 0.33, NGO, "raid_women", "ngothird"),
    ("raid_ngo.txt", "Some were as young as 15", 15, NGO, "raid_minors", "ngo15"),
    ("raid_ngo.txt", "The operation lasted more than eight hours", 8, NGO, "raid_length", "ngo8h"),
    ("raid_ngo.txt", "promised US$ 1,000 to US$ 1,500 a month", 1000, NGO, "raid_pay_promised", "ngorange"),
    ("raid_ngo.txt", "worked up to 18 hours a day", 18, NGO, "raid_hours_worked", "ngo18"),
    ("raid_ngo.txt", "Most had their passports taken on arrival", None, NGO, "raid_passports", "ngopass"),
    ("raid_ngo.txt", "Fewer than 50 people were arrested", 50, NGO, "raid_arrests", "ngo50"),
    ("raid_ngo.txt", "Over 60 Kenyans", 60, NGO, "raid_kenyans", "ngo60"),
    ("raid_ngo.txt", "getting them home could take months", None, NGO, "raid_repatriation", "ngorepat"),
    ("raid_ngo.txt", "at least 100,000 people are held in scam compounds in Cambodia", 100000, UNODC,
     "raid_nationwide", "un100k"),
    ("raid_ngo.txt", "Cambodia is four hours ahead of Kenya", 4, NGO, "raid_offset_kenya", "ngo4h"),
    ("raid_ngo.txt", "seven hours ahead of GMT", 7, NGO, "raid_offset_gmt", "ngo7h"),
    ("raid_ngo.txt", "had 14 caseworkers at the site", 14, NGO, "raid_caseworkers", "ngo14"),
    # a Jakarta broadcaster's English web story (NusaNews TV; no date line, section path, date and time line
    # "Friday, 19 August 2039 | 14:12 WIB | Updated 18:40 WIB", headline, dateline "Jakarta (NusaNews) –", an "UPDATE
    # 18:40 WIB" paragraph; the embassy's Indonesians and first flight; its own start "02.30 WIB", right, "the same
    # clock as Jakarta", right, the length, officers, phones, computers, cash and officers hurt; the police's revised
    # counts, the countries and the money reported back, and the scam centre; China's embassy; the ministry's total; watch
    # line), Friday 19 August 18:40 WIB
    ("raid_tv.txt", "214 Indonesians were among the people freed", 214, IDFM, "raid_indonesians", "id214"),
    ("raid_tv.txt", "The first 120 of them will fly home on Monday", 120, IDFM, "raid_indonesian_flight", "id120"),
    ("raid_tv.txt", "The raid began at 02.30 WIB on Thursday", None, O, "raid_start", "ntvstart"),
    ("raid_tv.txt", "Cambodia keeps the same clock as Jakarta", 0, O, "raid_offset_jakarta", "ntvsame"),
    ("raid_tv.txt", "lasted about eight and a half hours", 8.5, O, "raid_length", "ntv85h"),
    ("raid_tv.txt", "raised the number of people freed to 1,318", 1318, KHPOL, "raid_freed", "pol1318"),
    ("raid_tv.txt", "the number of arrests to 97", 97, KHPOL, "raid_arrests", "pol97"),
    ("raid_tv.txt", "came from 17 countries", 17, KHPOL, "raid_nationalities", "pol17"),
    ("raid_tv.txt", "one of the largest scam centres in the country", None, KHPOL, "raid_business", "polscam"),
    ("raid_tv.txt", "Some 14,500 phones", 14500, O, "raid_phones", "ntv14500"),
    ("raid_tv.txt", "some 2,300 computers", 2300, O, "raid_computers", "ntv2300"),
    ("raid_tv.txt", "some 1,200 officers taking part", 1200, O, "raid_officers", "ntv1200"),
    ("raid_tv.txt", "US$ 2.1 million in cash", 2100000, O, "raid_cash", "ntv21"),
    ("raid_tv.txt", "three officers were hurt", 3, O, "raid_officers_hurt", "ntv3"),
    ("raid_tv.txt", "588 Chinese citizens had been freed", 588, CNEMB, "raid_chinese", "cn588"),
    ("raid_tv.txt", "an estimated US$ 80 million from victims", 80000000, KHPOL, "raid_money_taken", "pol80"),
    ("raid_tv.txt", "more than 5,000 Indonesians have been brought home", 5000, IDFM, "raid_indonesians_total",
     "id5000"),

    # ---------------- shortwave: the last transmission ends at 01:00 CET (UTC+1) on Sunday 1 December 2041 = 00:00
    # UTC on Sunday = 21:00 in Buenos Aires (UTC-3 all year) and 19:00 EST (UTC-5) on Saturday 30 November; Buenos
    # Aires is four hours behind Madrid in the northern winter, five in summer; first broadcast 1942, so 99 years;
    # 395 acres = 159.9 hectares; 41 + 22 = 63 jobs
    # the union's press release (date prefix with the union's name continuing on the line, address, e-mail and
    # phone, issue line "Sunday 1 December 2041, 09:30", title in capitals, dateline "MADRID —", the general secretary
    # quoted, a fact box with colons, "ENDS", press contact; the end "at 01:00 on Sunday", bare local time), Sunday
    # 1 December 09:30
    ("sw_union.txt", "went off the air on shortwave at 01:00 on Sunday", None, UNION, "sw_end_time", "unend"),
    ("sw_union.txt", "a three-hour special", 3, UNION, "sw_final_length", "un3h"),
    ("sw_union.txt", "about 12 million listeners", 12000000, UNION, "sw_listeners", "un12m"),
    ("sw_union.txt", "to save barely €1.5 million a year", 1500000, UNION, "sw_savings", "un15"),
    ("sw_union.txt", "The electricity bill is €900,000 a year", 900000, UNION, "sw_electricity", "un900k"),
    ("sw_union.txt", "The Ladino programme ends for good", None, UNION, "sw_ladino", "unladino"),
    ("sw_union.txt", "fewer than 300,000 streams a month", 300000, UNION, "sw_online", "un300k"),
    ("sw_union.txt", "more than 30,000 letters and emails of protest", 30000, UNION, "sw_complaints", "un30k"),
    ("sw_union.txt", "a petition from the Americas has 84,000 signatures", 84000, UNION, "sw_petition", "un84k"),
    ("sw_union.txt", "a 24-hour strike at RTVE radio for Thursday 12 December", None, UNION, "sw_strike",
     "unstrike"),
    ("sw_union.txt", "Years on the air: 99", 99, UNION, "sw_years", "un99"),
    ("sw_union.txt", "Transmitters switched off at Noblejas: eight", 8, UNION, "sw_transmitters", "un8"),
    ("sw_union.txt", "Languages: seven", 7, UNION, "sw_languages", "un7"),
    ("sw_union.txt", "Noblejas site: 200 hectares", 200, UNION, "sw_site_area", "un200"),
    ("sw_union.txt", "Jobs lost: 63", 63, UNION, "sw_jobs_lost", "un63"),
    ("sw_union.txt", "41 at Noblejas", 41, UNION, "sw_noblejas_staff", "un41"),
    ("sw_union.txt", "22 in Madrid", 22, UNION, "sw_madrid_jobs", "un22"),
    # a Madrid daily's English edition (El Mirador; own-line date, masthead, date and section line, headline,
    # byline; its own end "shortly after 1am", bare local time, right, "99 years", "four hours behind Madrid at this
    # time of year", right, the programme's length, staff, area, distance, transmitters, hours and opening year;
    # RTVE's director on savings, listeners, jobs, electricity, online audience, Ladino and complaints; the union's
    # revised job losses; the mayor on the sale and taxes; comments line), Sunday 1 December
    ("sw_madrid.txt", "shortly after 1am", None, O, "sw_end_time", "mdend"),
    ("sw_madrid.txt", "ending 99 years of broadcasts", 99, O, "sw_years", "md99"),
    ("sw_madrid.txt", "four hours behind Madrid at this time of year", 4, O, "sw_offset_ba", "md4h"),
    ("sw_madrid.txt", "a two-hour special", 2, O, "sw_final_length", "md2h"),
    ("sw_madrid.txt", "will save €4.2 million a year", 4200000, RTVE, "sw_savings", "rtve42"),
    ("sw_madrid.txt", "fewer than 400,000 regular listeners", 400000, RTVE, "sw_listeners", "rtve400k"),
    ("sw_madrid.txt", "No one will lose their job", 0, RTVE, "sw_jobs_lost", "rtvenojob"),
    ("sw_madrid.txt", "Electricity alone costs the station €2.6 million a year", 2600000, RTVE, "sw_electricity",
     "rtve26"),
    ("sw_madrid.txt", "already reaches 2.3 million listeners a month", 2300000, RTVE, "sw_online", "rtve23"),
    ("sw_madrid.txt", "The Ladino programme will continue as a podcast", None, RTVE, "sw_ladino", "rtveladino"),
    ("sw_madrid.txt", "about 4,000 complaints", 4000, RTVE, "sw_complaints", "rtve4000"),
    ("sw_madrid.txt", "put the job losses at 71", 71, UNION, "sw_jobs_lost", "un71"),
    ("sw_madrid.txt", "About 50 technicians worked at Noblejas", 50, O, "sw_noblejas_staff", "md50"),
    ("sw_madrid.txt", "a 160-hectare plain", 160, O, "sw_site_area", "md160"),
    ("sw_madrid.txt", "60 km south-east of Madrid", 60, O, "sw_site_distance", "md60km"),
    ("sw_madrid.txt", "ran a dozen transmitters", 12, O, "sw_transmitters", "md12"),
    ("sw_madrid.txt", "broadcast 18 hours a day", 18, O, "sw_hours_daily", "md18"),
    ("sw_madrid.txt", "The centre opened in 1989", 1989, O, "sw_site_opened", "md1989"),
    ("sw_madrid.txt", "the site will be sold for a solar plant", None, MAYOR, "sw_site_future", "mayorsolar"),
    ("sw_madrid.txt", "€310,000 a year in local taxes", 310000, MAYOR, "sw_local_taxes", "mayor310k"),
    # a Buenos Aires daily's English digest (The La Plata Courier; date glued to the first sentence, masthead and
    # date line after it, headline, byline; its own end "8pm on Saturday, Argentine time", an hour early, "five hours
    # ahead of Argentina", wrong, "more than a century", the club's founding and members, power, frequency, last
    # music, savings and Argentina's own switch-off; the club on the petition and Latin American listeners; the
    # union's figure reported back; a photo caption with the wrong petition figure; subscribe line), Sunday
    # 1 December
    ("sw_baires.txt", "went silent at 8pm on Saturday, Argentine time", None, O, "sw_end_time", "bastart"),
    ("sw_baires.txt", "more than a century of broadcasting", 100, O, "sw_years", "bacentury"),
    ("sw_baires.txt", "Spain is five hours ahead of Argentina", 5, O, "sw_offset_ba", "ba5h"),
    ("sw_baires.txt", "had gathered 84,000 signatures", 84000, CLUB, "sw_petition", "club84k"),
    ("sw_baires.txt", "three million listeners in Latin America alone", 3000000, CLUB, "sw_listeners_americas",
     "club3m"),
    ("sw_baires.txt", "12 million listeners around the world", 12000000, UNION, "sw_listeners", "un12m"),
    ("sw_baires.txt", "The club, founded in 1958", 1958, O, "sw_club_founded", "ba1958"),
    ("sw_baires.txt", "has 1,200 members", 1200, O, "sw_club_members", "ba1200"),
    ("sw_baires.txt", "The station's 500-kilowatt transmitters", 500, O, "sw_power", "ba500"),
    ("sw_baires.txt", "Its last frequency, 9,690 kHz", 9690, O, "sw_frequency", "ba9690"),
    ("sw_baires.txt", "closed with the Spanish national anthem", None, O, "sw_last_music", "baanthem"),
    ("sw_baires.txt", "save about €4 million a year", 4000000, O, "sw_savings", "ba4m"),
    ("sw_baires.txt", "Argentina's own public radio left shortwave in 2029", 2029, O, "sw_argentina", "ba2029"),
    # a British shortwave listeners' site (Shortwave Logbook; no date line, tagline and time line "Sunday 1 December
    # 2041 · 10:15 UTC", section, headline, byline; its own end "00:00 UTC on Sunday 1 December" and "7 p.m. EST on
    # Saturday", right, the programme's length, frequency, last music, transmitters, power, antennas, acres, opening
    # year, first broadcast, hours, languages and petition; RTVE on the site, staff and listeners in the Americas;
    # the researcher on listeners; reader comments and newsletter line), Sunday 1 December 10:15 UTC
    ("sw_dx.txt", "ended at 00:00 UTC on Sunday 1 December", None, O, "sw_end_time", "dxend"),
    ("sw_dx.txt", "7 p.m. EST on Saturday", None, O, "sw_end_time", "dxest"),
    ("sw_dx.txt", "The farewell programme ran for three hours", 3, O, "sw_final_length", "dx3h"),
    ("sw_dx.txt", "on 9,690 kHz", 9690, O, "sw_frequency", "dx9690"),
    ("sw_dx.txt", "ended with Rodrigo's Concierto de Aranjuez", None, O, "sw_last_music", "dxaranjuez"),
    ("sw_dx.txt", "Noblejas had eight transmitters", 8, O, "sw_transmitters", "dx8"),
    ("sw_dx.txt", "each rated at 350 kilowatts", 350, O, "sw_power", "dx350"),
    ("sw_dx.txt", "36 curtain antennas", 36, O, "sw_antennas", "dx36"),
    ("sw_dx.txt", "spread over 395 acres", 395, O, "sw_site_area", "dx395"),
    ("sw_dx.txt", "The site has been in service since 1991", 1991, O, "sw_site_opened", "dx1991"),
    ("sw_dx.txt", "Radio Exterior first broadcast in 1942", 1942, O, "sw_years", "dx1942"),
    ("sw_dx.txt", "21 hours of programming a day", 21, O, "sw_hours_daily", "dx21"),
    ("sw_dx.txt", "in six languages", 6, O, "sw_languages", "dx6"),
    ("sw_dx.txt", "no decision has been taken on the future of the site", None, RTVE, "sw_site_future", "rtvenodec"),
    ("sw_dx.txt", "the 41 staff at Noblejas will be redeployed", 41, RTVE, "sw_noblejas_staff", "rtve41"),
    ("sw_dx.txt", "number fewer than 150,000", 150000, RTVE, "sw_listeners_americas", "rtve150k"),
    ("sw_dx.txt", "the worldwide shortwave audience was well under a million", 1000000, RES, "sw_listeners",
     "res1m"),
    ("sw_dx.txt", "more than 80,000 signatures", 80000, O, "sw_petition", "dx80k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("border_live.txt", "Clearance is quick so far", None, O, "border_opt_quick"),
    ("border_live.txt", "The driver honked all the way across the bridge", None, O, "border_opt_honk"),
    ("border_wire.txt", "was rebuilt with European Union money", None, O, "border_opt_eu_bridge"),
    ("border_freight.txt", "supply contracts will shift slowly", None, ECON, "border_opt_contracts"),
    ("border_freight.txt", "a bridge that had not carried traffic since the Soviet era", None, O,
     "border_opt_soviet"),
    ("border_diaspora.txt", "My grandfather walked out of Kars in 1920", 1920, FAMILY1, "border_opt_grandfather"),
    ("border_diaspora.txt", "most of the crowd had gone home to bed", None, O, "border_opt_home"),
    ("raid_daily.txt", "three men police describe as managers", 3, KHPOL, "raid_opt_managers"),
    ("raid_daily.txt", "had no knowledge of any fraud", None, COMP, "raid_opt_no_knowledge"),
    ("raid_nairobi.txt", "lured by offers of jobs in Thailand", None, O, "raid_opt_lured"),
    ("raid_ngo.txt", "none of the owners", None, NGO, "raid_opt_owners"),
    ("raid_ngo.txt", "almost all of them guards", None, NGO, "raid_opt_guards"),
    ("raid_tv.txt", "more than the Cambodian police list showed", None, O, "raid_opt_more_than_list"),
    ("sw_union.txt", "reached listeners from Malabo to Montevideo", None, UNION, "sw_opt_malabo"),
    ("sw_union.txt", "the only regular broadcast in Judaeo-Spanish on any public radio", None, UNION,
     "sw_opt_only_ladino"),
    ("sw_madrid.txt", "it was still Saturday evening", None, O, "sw_opt_saturday"),
    ("sw_baires.txt", "could be heard as far south as the Esperanza base in Antarctica", None, O, "sw_opt_esperanza"),
    ("sw_dx.txt", "Reception in western Europe was strong to the end", None, O, "sw_opt_reception"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # border
    "border_open_time": {("liveopen", "knaopen"): CO, ("liveopen", "twopen"): C, ("liveopen", "hhopen"): CO,
                         ("knaopen", "twopen"): C, ("knaopen", "hhopen"): CO, ("twopen", "hhopen"): C},
    "border_offset_tr": {("live1h", "kna1h"): CO, ("live1h", "tw1h"): CO, ("kna1h", "tw1h"): CO},
    "border_first_vehicle": {("custfirst", "trfirst"): C, ("custfirst", "hhfirst"): CO, ("trfirst", "hhfirst"): C},
    "border_years_closed": {("live1993", "kna44"): CO, ("live1993", "tw45"): C, ("live1993", "hh1993"): CO,
                            ("kna44", "tw45"): C, ("kna44", "hh1993"): CO, ("tw45", "hh1993"): C},
    "border_vehicles": {("cust312", "tr290"): C, ("cust312", "cust347"): U, ("cust312", "hh300"): CO,
                        ("tr290", "cust347"): C, ("tr290", "hh300"): C, ("cust347", "hh300"): CO},
    "border_lorries_crossed": {("cust241", "tr170"): C, ("cust241", "cust268"): U, ("tr170", "cust268"): C},
    "border_cars_buses": {("cust71", "tr95"): C},
    "border_people": {("cust1840", "tr2600"): C},
    "border_lorries_waiting": {("live180", "truck400"): C},
    "border_queue_am": {("live4km", "truck11"): C},
    "border_temp": {("livem9", "twm9"): CO, ("livem9", "hh15f"): CO, ("twm9", "hh15f"): CO},
    "border_clearance": {("cust40", "truck4h"): C},
    "border_officers": {("cust60", "truck40"): C},
    "border_hours": {("cust24", "igd12"): C, ("cust24", "truck12"): C, ("igd12", "truck12"): CO},
    "border_terminal_cost": {("dpm98", "tw25"): CO},
    "border_eu_money": {("live16", "eu18"): C, ("eu18", "eu18"): SC},
    "border_trade_forecast": {("dpm400", "tr650"): C, ("dpm400", "econ150"): C, ("tr650", "tr650"): SC,
                              ("tr650", "econ150"): C},
    "border_rail": {("dpmrail", "envrail"): C, ("dpmrail", "hhrail"): CO, ("envrail", "hhrail"): C},
    "border_visa": {("dpm90", "env30"): C},
    "border_bridge": {("live140", "kna120"): C},
    "border_ceremony_time": {("live1200", "kna1100"): CO, ("live1200", "tw1000"): C, ("live1200", "hhcer"): CO,
                             ("kna1100", "tw1000"): C, ("kna1100", "hhcer"): CO, ("tw1000", "hhcer"): C},
    "border_protest_crowd": {("pol300", "knasev"): CO, ("pol300", "opp2000"): C, ("knasev", "opp2000"): C},
    "border_detained": {("pol14", "pol19"): U, ("pol14", "opp30"): C, ("pol19", "opp30"): C},
    "border_distance": {("live50", "hh30mi"): CO, ("live50", "tw50"): CO, ("hh30mi", "tw50"): CO},
    "border_detour": {("tr400", "truck1000"): C, ("tr400", "hh600"): C, ("truck1000", "hh600"): CO},
    "border_indirect_trade": {("kars900", "econ11"): C},
    "border_talks": {("kna15", "tw15"): CO, ("kna15", "hhdecade"): CO, ("tw15", "hhdecade"): CO},
    # raid
    "raid_start": {("pplstart", "nsstart"): C, ("pplstart", "ngostart"): CO, ("pplstart", "ntvstart"): CO,
                   ("nsstart", "ngostart"): C, ("nsstart", "ntvstart"): C, ("ngostart", "ntvstart"): CO},
    "raid_end": {("polend", "nsend"): C},
    "raid_length": {("ngo8h", "ntv85h"): CO},
    "raid_offset_kenya": {("ns3h", "ngo4h"): C},
    "raid_freed": {("pol1146", "ns1100"): CO, ("pol1146", "ngo1500"): C, ("pol1146", "pol1318"): U,
                   ("ns1100", "ngo1500"): CO, ("ns1100", "pol1318"): CO, ("ngo1500", "pol1318"): C},
    "raid_nationalities": {("pol17", "ngo20"): C, ("pol17", "pol17"): SC},
    "raid_arrests": {("pol86", "ngo50"): C, ("pol86", "pol97"): U, ("ngo50", "pol97"): C},
    "raid_officers": {("pol1200", "ns1000"): CO, ("pol1200", "ntv1200"): CO, ("ns1000", "ntv1200"): CO},
    "raid_phones": {("pol14k", "ns4000"): C, ("pol14k", "ntv14500"): CO, ("ns4000", "ntv14500"): C},
    "raid_computers": {("pol2300", "ntv2300"): CO},
    "raid_cash": {("pol27", "ntv21"): C},
    "raid_buildings": {("pol11", "ngo9"): C},
    "raid_area": {("ppl12ha", "ns30ac"): CO},
    "raid_distance": {("ppl15km", "ns15km"): CO},
    "raid_chinese": {("pol612", "cn588"): C},
    "raid_indonesians": {("pol198", "id214"): C},
    "raid_women": {("pol417", "ngothird"): CO},
    "raid_kenyans": {("ke47", "ke52"): U, ("ke47", "ngo60"): C, ("ke52", "ngo60"): C},
    "raid_officers_hurt": {("pol2hurt", "ntv3"): C},
    "raid_minors": {("polnominors", "ngo15"): C},
    "raid_money_taken": {("pol80", "ana45"): C, ("pol80", "pol80"): SC},
    "raid_nationwide": {("int20k", "un100k"): C},
    "raid_pay_promised": {("vic1500", "ngorange"): CO},
    "raid_hours_worked": {("vic17", "ngo18"): CO},
    "raid_passports": {("vicpass", "ngopass"): CO},
    "raid_repatriation": {("kerepat", "ngorepat"): C},
    "raid_business": {("coclaim", "polscam"): C},
    # shortwave
    "sw_end_time": {("unend", "mdend"): CO, ("unend", "bastart"): C, ("unend", "dxend"): CO, ("unend", "dxest"): CO,
                    ("mdend", "bastart"): C, ("mdend", "dxend"): CO, ("mdend", "dxest"): CO,
                    ("bastart", "dxend"): C, ("bastart", "dxest"): C},
    "sw_years": {("un99", "md99"): CO, ("un99", "bacentury"): C, ("un99", "dx1942"): CO, ("md99", "bacentury"): C,
                 ("md99", "dx1942"): CO, ("bacentury", "dx1942"): C},
    "sw_offset_ba": {("md4h", "ba5h"): C},
    "sw_final_length": {("un3h", "md2h"): C, ("un3h", "dx3h"): CO, ("md2h", "dx3h"): C},
    "sw_listeners": {("un12m", "rtve400k"): C, ("un12m", "un12m"): SC, ("un12m", "res1m"): C,
                     ("rtve400k", "res1m"): CO},
    "sw_savings": {("un15", "rtve42"): C, ("un15", "ba4m"): C, ("rtve42", "ba4m"): CO},
    "sw_electricity": {("un900k", "rtve26"): C},
    "sw_jobs_lost": {("un63", "rtvenojob"): C, ("un63", "un71"): U},
    "sw_noblejas_staff": {("un41", "md50"): C, ("un41", "rtve41"): CO, ("md50", "rtve41"): C},
    "sw_languages": {("un7", "dx6"): C},
    "sw_ladino": {("unladino", "rtveladino"): C},
    "sw_online": {("un300k", "rtve23"): C},
    "sw_complaints": {("un30k", "rtve4000"): C},
    "sw_petition": {("un84k", "club84k"): CO, ("un84k", "dx80k"): CO, ("club84k", "dx80k"): CO},
    "sw_site_area": {("un200", "md160"): C, ("un200", "dx395"): C, ("md160", "dx395"): CO},
    "sw_transmitters": {("un8", "md12"): C, ("un8", "dx8"): CO, ("md12", "dx8"): C},
    "sw_hours_daily": {("md18", "dx21"): C},
    "sw_site_opened": {("md1989", "dx1991"): C},
    "sw_site_future": {("mayorsolar", "rtvenodec"): C},
    "sw_power": {("ba500", "dx350"): C},
    "sw_frequency": {("ba9690", "dx9690"): CO},
    "sw_last_music": {("baanthem", "dxaranjuez"): C},
    "sw_listeners_americas": {("club3m", "rtve150k"): C},
}


def summary() -> None:
    """Counts for the README: relations overall and per event, facts, claimants, outlet voice, None numbers, words."""
    data = __import__("json").load(open(HERE / "labels.json"))
    ev = lambda f: f.split("_")[0]  # noqa: E731
    rel = Counter(r if isinstance(r, str) else "same-or-corroborates" for r in (x["relation"] for x in data["links"]))
    print("relations", dict(rel))
    for e in ("border", "raid", "sw"):
        rs = Counter(x["relation"] if isinstance(x["relation"], str) else "same-or-corroborates"
                     for x in data["links"] if ev(x["a"][0]) == e)
        facts = {c[4] for c in claims if ev(c[0]) == e}
        print(" ", e, dict(rs), len(facts), "facts")
    files_of = {}
    for f, v, n, c, fact, t in claims:
        files_of.setdefault(fact, set()).add(f)
    print("claimants besides outlets", len({c[3] for c in claims} - {O}),
          "outlet voice", sum(1 for c in claims if c[3] == O),
          "None numbers", sum(1 for c in claims if c[2] is None),
          "facts in one file", sum(1 for fs in files_of.values() if len(fs) == 1),
          "optional-only claimants", {c[3] for c in opt} - {c[3] for c in claims} - {O})
    print("words", sum(len((HERE / "articles" / p.name).read_text().split()) for p in (HERE / "articles").iterdir()))


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
    summary()
