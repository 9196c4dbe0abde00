"""Hand labels for bench/blind46 (the stock-market debut of Thu Bon Mobility, a Vietnamese maker of electric
motorbikes, on the Ho Chi Minh City Stock Exchange on Tuesday 14 July 2037, the time of the first trade, the offer
price and size, the money raised, the cover, the opening and closing prices, the market value, the volume, the sales,
the market share, the profit, the plant, the licence, the founders' stake and lock-up disputed, with times in Indochina
Time, UTC+7 (Ho Chi Minh City), Singapore time, UTC+8, and US Eastern Daylight Time, UTC-4, across midnight; the
demolition of Chandrima Bosti, an informal settlement on railway land at Tejgaon in Dhaka, Bangladesh, on Wednesday
16 September 2037, the start, the notice, the homes, the people and families, the land, the court's stay and when it
reached the site, the end of the demolition, the injured, a death, the arrests, the police, the cost of the rail
project and the payment per family disputed, with times in Bangladesh Standard Time, UTC+6 (also written BST), British
Summer Time, UTC+1 (BST), and GMT, across midnight; the doping case of an Ecuadorian cyclist, Wilmer Andrés
Chalá-Minda, whose sample from an Italian stage race held clenbuterol, the sample's time, day and concentration, the
stage, the laboratory, the notification, the B sample, the tests, the meal, the flight, the contract, the ban and the
beef disputed, with times in Central European Summer Time, UTC+2 (Italy, Lausanne), and Ecuador time, UTC-5, across
midnight).
Run from the project root:
    python3 bench/blind46/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
TBM = "Thu Bon Mobility JSC, the listed electric-motorbike maker (chairman and chief executive Trần Quốc Vĩnh)"
HOSE = "the Ho Chi Minh City Stock Exchange, HOSE (its trading data)"
RDS = "Rạng Đông Securities JSC, the offer's sole bookrunner"
SSC = "Vietnam's State Securities Commission (its website)"
KRA = "analyst Priya Ramanathan-Goh (Kranji Capital, Singapore)"
PM = "an unnamed portfolio manager at a New York frontier-markets fund"
VAM = "the Vietnamese motorcycle makers' association (its members' sales data)"
QNP = "the People's Committee of Quảng Nam province"

BR = ("Bangladesh Railway, Office of the Divisional Estate Officer, Dhaka (Divisional Estate Officer Md Rezaul "
      "Karim-Bhuiyan)")
RES = ("the residents of Chandrima Bosti and their welfare committee (president Rahima Begum-Sarder)")
LAW = "the residents' lawyer Tanvir Ahmed-Majumder (Nagorik Ain Forum)"
DMP = "the Dhaka Metropolitan Police (deputy commissioner, Tejgaon division, Mahbub Alam-Sikder)"
DMCH = "a duty doctor at Dhaka Medical College Hospital"
MINR = "Bangladesh's State Minister for Railways Nurul Haque-Talukder"
DRI = "Dwelling Rights International, a London-based housing-rights group (researcher Farhana Islam-Whitby)"
WIT = "witnesses quoted by the Meridian Press Agency"
DNCC = "the Dhaka North City Corporation"

ITA = "the International Testing Agency, ITA (its media release and a spokesperson)"
RID = ("the rider Wilmer Andrés Chalá-Minda and his lawyer Dra. Paola Andrade-Villacís (Andrade-Villacís Abogados, "
       "Quito)")
TEAM = "the Ardesia–Valtellina team (team manager Marco Bellotti-Zanin)"
ORG = "the organisers of the Giro delle Prealpi Carniche"
SCI = "Professor Lukas Hartwig-Navarro, former director of a WADA-accredited laboratory in Germany"
FED = "the Ecuadorian Cycling Federation (president Galo Proaño-Ruales)"
AGRO = "Agrocalidad, Ecuador's agricultural regulator"
UTN = "Dr Jimena Pozo-Cevallos (Universidad Técnica del Norte, Ibarra) and her study of beef"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- ipo: Thu Bon Mobility's 120 million new shares at VND 38,000 (VND 4,560 billion, about $180
    # million at VND 25,300 to the dollar) begin trading on HOSE on Tuesday 14 July 2037; the first trade at 09:15 in
    # Ho Chi Minh City (ICT, UTC+7) = 10:15 in Singapore (UTC+8) = 22:15 EDT on Monday 13 July in New York (UTC-4);
    # opens at the 20 per cent first-day ceiling, VND 45,600; closes at VND 43,150 (+13.6 per cent); 600 million
    # shares, VND 25,890 billion, about $1.02 billion; the company's cover 12 times (Friday) -> 14 times (Tuesday);
    # HOSE's volume 14.2 million (Tuesday) -> 15.8 million with negotiated deals (Wednesday)
    # the company's press release (own-line date, letterhead, place-and-date opening, the chairman quoted, use of
    # proceeds, "About", forward-looking statements, investor-relations contact), Tuesday 14 Jul
    ("ipo_release.txt", "120 million new shares", 120000000, TBM, "ipo_shares", "tbm120"),
    ("ipo_release.txt", "VND 38,000 each", 38000, TBM, "ipo_price", "tbm38k"),
    ("ipo_release.txt", "raising VND 4,560 billion", 4560000000000, TBM, "ipo_raised", "tbm4560"),
    ("ipo_release.txt", "about $180 million", 180000000, TBM, "ipo_raised", "tbm4560"),
    ("ipo_release.txt", "closed on Friday 10 July", None, TBM, "ipo_book_close", "tbmfri"),
    ("ipo_release.txt", "covered 14 times", 14, TBM, "ipo_cover", "tbm14"),
    ("ipo_release.txt", "more than 86,000 retail investors", 86000, TBM, "ipo_retail", "tbm86k"),
    ("ipo_release.txt", "57 institutions", 57, TBM, "ipo_institutions", "tbm57"),
    ("ipo_release.txt", "Foreign investors took 41 per cent", 41, TBM, "ipo_foreign", "tbm41"),
    ("ipo_release.txt", "the 49 per cent foreign ownership limit", 49, TBM, "ipo_cap", "tbm49"),
    ("ipo_release.txt", "at 9:15 a.m.", None, TBM, "ipo_time", "tbm0915"),
    ("ipo_release.txt", "the first matched price at VND 45,600", 45600, TBM, "ipo_open", "tbm45600"),
    ("ipo_release.txt", "the 20 per cent limit allowed on a first trading day", 20, TBM, "ipo_band", "tbm20"),
    ("ipo_release.txt", "closed at VND 43,150", 43150, TBM, "ipo_close", "tbm43150"),
    ("ipo_release.txt", "a market value of VND 25,890 billion", 25890000000000, TBM, "ipo_mcap", "tbm25890"),
    ("ipo_release.txt", "about $1 billion", 1000000000, TBM, "ipo_mcap", "tbm25890"),
    ("ipo_release.txt", "600 million shares outstanding", 600000000, TBM, "ipo_outstanding", "tbm600m"),
    ("ipo_release.txt", "we sold 212,000 electric motorbikes", 212000, TBM, "ipo_sales", "tbm212k"),
    ("ipo_release.txt", "about 18 per cent of all electric two-wheelers sold in Vietnam", 18, TBM, "ipo_share", "tbm18"),
    ("ipo_release.txt", "a net profit of VND 640 billion", 640000000000, TBM, "ipo_profit", "tbm640"),
    ("ipo_release.txt", "About 60 per cent of the net proceeds", 60, TBM, "ipo_proceeds_use", "tbm60pc"),
    ("ipo_release.txt", "300,000 battery packs a year", 300000, TBM, "ipo_plant_capacity", "tbm300k"),
    ("ipo_release.txt", "by the third quarter of 2038", None, TBM, "ipo_plant_open", "tbmq3"),
    ("ipo_release.txt", "licensed by the State Securities Commission on 22 June", None, TBM, "ipo_licence", "tbm22jun"),
    ("ipo_release.txt", "will hold 52 per cent of the Company", 52, TBM, "ipo_founders", "tbm52"),
    ("ipo_release.txt", "not to sell shares for 12 months", 12, TBM, "ipo_lockup", "tbm12m"),
    ("ipo_release.txt", "Founded in Da Nang in 2027", None, TBM, "ipo_founded", "tbm2027"),
    ("ipo_release.txt", "640 dealers", 640, TBM, "ipo_dealers", "tbm640d"),
    # a Singapore financial wire (Serangoon Financial Wire; no date line, a time line in SGT, "UPDATE 3", glued
    # dateline "(SFW) -Shares", the zone mistake "at 9.15am Singapore time" (the Ho Chi Minh City clock given as
    # Singapore's: it was 10.15am in Singapore), the company's Friday cover quoted, an unnamed person at the bookrunner,
    # a Singapore analyst, HOSE data, its own valuation, reporting/editing sign-off, copyright line), Tuesday 14 Jul
    ("ipo_wire.txt", "opened 20 per cent above their offer price", 20, O, "ipo_open", "sfw20"),
    ("ipo_wire.txt", "close 13.6 per cent higher", 13.6, O, "ipo_close", "sfw136"),
    ("ipo_wire.txt", "at 9.15am Singapore time", None, O, "ipo_time", "sfwsgt"),
    ("ipo_wire.txt", "sold 120 million shares", 120000000, TBM, "ipo_shares", "tbm120"),
    ("ipo_wire.txt", "38,000 dong apiece", 38000, TBM, "ipo_price", "tbm38k"),
    ("ipo_wire.txt", "VND4.56 trillion", 4560000000000, TBM, "ipo_raised", "tbm4560"),
    ("ipo_wire.txt", "about $180 million", 180000000, TBM, "ipo_raised", "tbm4560"),
    ("ipo_wire.txt", "the biggest IPO in Vietnam so far this year", 1, O, "ipo_rank", "sfwbig"),
    ("ipo_wire.txt", "covered 12 times", 12, TBM, "ipo_cover", "tbm12"),
    ("ipo_wire.txt", "oversubscription at 11.6 times", 11.6, RDS, "ipo_cover", "rds116"),
    ("ipo_wire.txt", "closer to a third of the book", 33, KRA, "ipo_foreign", "kra33"),
    ("ipo_wire.txt", "closer to 150,000 units", 150000, KRA, "ipo_sales", "kra150k"),
    ("ipo_wire.txt", "won't be producing before 2039", None, KRA, "ipo_plant_open", "kra2039"),
    ("ipo_wire.txt", "14.2 million shares changed hands", 14200000, HOSE, "ipo_volume", "hose142"),
    ("ipo_wire.txt", "about US$1 billion", 1000000000, O, "ipo_mcap", "sfw1b"),
    # a New York emerging-markets newsletter (Frontier Tape; leading-space own-line date, a masthead with the issue
    # time in ET, the first trade "at 10:15 p.m. ET on Monday" (right: Tuesday 09:15 in Ho Chi Minh City), its own
    # price, proceeds, opening gain, volume, market value, loss, stake, lock-up and cap, the company's Friday cover
    # quoted, an unnamed fund manager, bullet points, disclaimer, unsubscribe and address lines), Tuesday 14 Jul
    ("ipo_newsletter.txt", "at 10:15 p.m. ET on Monday", None, O, "ipo_time", "ftet"),
    ("ipo_newsletter.txt", "opened up 26%", 26, O, "ipo_open", "ft26"),
    ("ipo_newsletter.txt", "finish the day at VND 43,150", 43150, O, "ipo_close", "ft43150"),
    ("ipo_newsletter.txt", "priced at VND 36,500 a share", 36500, O, "ipo_price", "ft365"),
    ("ipo_newsletter.txt", "raised about $210 million", 210000000, O, "ipo_raised", "ft210"),
    ("ipo_newsletter.txt", "More than 20 million shares traded", 20000000, O, "ipo_volume", "ft20m"),
    ("ipo_newsletter.txt", "a $1.4 billion market cap", 1400000000, O, "ipo_mcap", "ft14b"),
    ("ipo_newsletter.txt", "a net loss of VND 310 billion", 310000000000, O, "ipo_profit", "ftloss"),
    ("ipo_newsletter.txt", "212,000 e-bikes", 212000, TBM, "ipo_sales", "tbm212k"),
    ("ipo_newsletter.txt", "covered 12x", 12, TBM, "ipo_cover", "tbm12"),
    ("ipo_newsletter.txt", "keeps 61%", 61, O, "ipo_founders", "ft61"),
    ("ipo_newsletter.txt", "a six-month lock-up", 6, O, "ipo_lockup", "ft6m"),
    ("ipo_newsletter.txt", "a 30% foreign-ownership cap", 30, O, "ipo_cap", "ft30"),
    ("ipo_newsletter.txt", "barely a quarter", 25, PM, "ipo_foreign", "pm25"),
    # a Hanoi daily's English edition (Thăng Long Tribune; date prefix with the masthead continuing on the same line,
    # byline, its own close, founding year, offer size, rank and dealer count, HOSE's data and raised volume, the
    # chairman's "fourteen times", the bookrunner, the commission's website, the makers' association, the province, a
    # retail investor, two reader comments, moderation line), Wednesday 15 Jul
    ("ipo_daily.txt", "at 41,900 dong", 41900, O, "ipo_close", "tlt41900"),
    ("ipo_daily.txt", "the first trade at 9:15", None, HOSE, "ipo_time", "hose0915"),
    ("ipo_daily.txt", "at 45,600 dong", 45600, HOSE, "ipo_open", "hose45600"),
    ("ipo_daily.txt", "the 20 per cent ceiling for a first day", 20, HOSE, "ipo_band", "hose20"),
    ("ipo_daily.txt", "15.8 million shares had changed hands", 15800000, HOSE, "ipo_volume", "hose158"),
    ("ipo_daily.txt", "founded in 2029", None, O, "ipo_founded", "tlt2029"),
    ("ipo_daily.txt", "sold 150 million shares", 150000000, O, "ipo_shares", "tlt150m"),
    ("ipo_daily.txt", "38,000 dong per share", 38000, O, "ipo_price", "tlt38k"),
    ("ipo_daily.txt", "the second-largest listing of the year", 2, O, "ipo_rank", "tlt2nd"),
    ("ipo_daily.txt", "fourteen times", 14, TBM, "ipo_cover", "tbm14"),
    ("ipo_daily.txt", "about 61,000 retail accounts", 61000, RDS, "ipo_retail", "rds61k"),
    ("ipo_daily.txt", "49 institutions", 49, RDS, "ipo_institutions", "rds49"),
    ("ipo_daily.txt", "the founders' lock-up runs for six months", 6, RDS, "ipo_lockup", "rds6m"),
    ("ipo_daily.txt", "the offer licence was issued on 19 June", None, SSC, "ipo_licence", "ssc19jun"),
    ("ipo_daily.txt", "about 190,000 electric motorbikes", 190000, VAM, "ipo_sales", "vam190k"),
    ("ipo_daily.txt", "11 per cent of the electric two-wheeler market", 11, VAM, "ipo_share", "vam11"),
    ("ipo_daily.txt", "half a million battery packs a year", 500000, QNP, "ipo_plant_capacity", "qnp500k"),
    ("ipo_daily.txt", "about 410 dealers", 410, O, "ipo_dealers", "tlt410"),

    # ---------------- eviction: Bangladesh Railway demolishes Chandrima Bosti beside the Dhaka-Tongi line at Tejgaon,
    # Dhaka, on Wednesday 16 September 2037; the excavators arrive at 05:30 in Dhaka (Bangladesh Standard Time, UTC+6)
    # = 00:30 BST in London (British Summer Time, UTC+1) = 23:30 GMT on Tuesday 15 September; the High Court's stay at
    # 11:40 in Dhaka = 05:40 GMT = 06:40 BST; the railway stops at 13:20 (07:20 GMT), the residents' lawyer says at
    # about 16:00 (10:00 GMT, 11:00 BST); the railway's structures 1,200 (Wed) -> 1,460 (Thu); the rights group's
    # displaced about 9,000 (Wed) -> about 11,000 (Thu); the police's injured seven (Wed) -> 11 (Thu)
    # the railway's press release (own-line date, government letterhead, release number and date, subject line,
    # numbered points 2 to 9, signature block, phone), Wednesday 16 Sep
    ("eviction_railway.txt", "began at 7:00 a.m.", None, BR, "evict_start", "br0700"),
    ("eviction_railway.txt", "on Wednesday 16 September", None, BR, "evict_date", "brwed"),
    ("eviction_railway.txt", "Notices were served on the occupants on 1 September", None, BR, "evict_notice", "brnotice"),
    ("eviction_railway.txt", "15 days' notice", 15, BR, "evict_notice", "brnotice"),
    ("eviction_railway.txt", "About 1,200 illegal structures", 1200, BR, "evict_structures", "br1200"),
    ("eviction_railway.txt", "a 2.3-kilometre stretch", 2.3, BR, "evict_stretch", "br23"),
    ("eviction_railway.txt", "fewer than 3,000 people", 3000, BR, "evict_people", "br3000"),
    ("eviction_railway.txt", "about 650 families", 650, BR, "evict_families", "br650"),
    ("eviction_railway.txt", "within the last eight years", 8, BR, "evict_age", "br8y"),
    ("eviction_railway.txt", "Six excavators", 6, BR, "evict_excavators", "br6"),
    ("eviction_railway.txt", "About 18 acres of railway land", 18, BR, "evict_area", "br18"),
    ("eviction_railway.txt", "No mosque, school or madrasa was touched", None, BR, "evict_schools", "brnone"),
    ("eviction_railway.txt", "received at the site at 1:15 p.m.", None, BR, "evict_served", "br1315"),
    ("eviction_railway.txt", "stopped at 1:20 p.m.", None, BR, "evict_stop", "br1320"),
    ("eviction_railway.txt", "Tk 3,500 crore", 35000000000, BR, "evict_cost", "br3500cr"),
    ("eviction_railway.txt", "Tk 5,000 per family", 5000, BR, "evict_payment", "br5000"),
    # a Dhaka daily (The Buriganga Post; date prefix glued to the masthead, published/modified lines in local time,
    # staff byline, residents and their committee, a death, its own count of excavators, shanties, track and land in
    # bighas, the railway's raised count, the residents' lawyer on the stay, the police, its own arrests, a hospital
    # doctor, the minister, two reader comments, moderation line), Thursday 17 Sep
    ("eviction_daily.txt", "at around 5:30 a.m.", None, RES, "evict_start", "res0530"),
    ("eviction_daily.txt", "more than 12,000 people", 12000, RES, "evict_people", "res12k"),
    ("eviction_daily.txt", "about 3,100 families", 3100, RES, "evict_families", "res3100"),
    ("eviction_daily.txt", "for more than 40 years", 40, RES, "evict_age", "res40y"),
    ("eviction_daily.txt", "with only three days' notice", 3, RES, "evict_notice", "resnotice"),
    ("eviction_daily.txt", "collapsed and died", None, RES, "evict_death", "resdied"),
    ("eviction_daily.txt", "eleven excavators", 11, O, "evict_excavators", "pst11"),
    ("eviction_daily.txt", "nearly 1,800 shanties and shops", 1800, O, "evict_structures", "pst1800"),
    ("eviction_daily.txt", "about a kilometre of track", 1, O, "evict_stretch", "pst1km"),
    ("eviction_daily.txt", "about 54 bighas", 54, O, "evict_area", "pst54"),
    ("eviction_daily.txt", "1,460 structures had been removed", 1460, BR, "evict_structures", "br1460"),
    ("eviction_daily.txt", "stayed the eviction at 11:40 a.m.", None, LAW, "evict_stay", "law1140"),
    ("eviction_daily.txt", "at the site at 12:05 p.m.", None, LAW, "evict_served", "law1205"),
    ("eviction_daily.txt", "until about 4 p.m.", None, LAW, "evict_stop", "law1600"),
    ("eviction_daily.txt", "the next hearing for 4 October", None, LAW, "evict_hearing", "law4oct"),
    ("eviction_daily.txt", "about 300 officers", 300, DMP, "evict_police", "dmp300"),
    ("eviction_daily.txt", "14 people were arrested", 14, DMP, "evict_arrests", "dmp14"),
    ("eviction_daily.txt", "Seven people were hurt", 7, DMP, "evict_injured", "dmp7"),
    ("eviction_daily.txt", "including three police officers", 3, DMP, "evict_police_injured", "dmp3"),
    ("eviction_daily.txt", "No one died during the drive", None, DMP, "evict_death", "dmpnone"),
    ("eviction_daily.txt", "No tear gas or rubber bullets were used", None, DMP, "evict_force", "dmpnoforce"),
    ("eviction_daily.txt", "at least 19 people", 19, O, "evict_arrests", "pst19"),
    ("eviction_daily.txt", "23 people were treated for injuries", 23, DMCH, "evict_injured", "dmch23"),
    ("eviction_daily.txt", "each family would get Tk 8,000", 8000, MINR, "evict_payment", "min8000"),
    # a London housing-rights group's news release (Dwelling Rights International; own-line date, letterhead with a
    # charity number and address, release time in BST, every time in British Summer Time ("at 00:30 BST" is 05:30 in
    # Dhaka, whose own standard time is also abbreviated BST), residents by telephone, its own counts, a researcher
    # quoted, a bulleted list of demands, notes to editors with the zone spelled out and a phone number), Wed 16 Sep
    ("eviction_ngo.txt", "at 00:30 BST", None, DRI, "evict_start", "dri0030"),
    ("eviction_ngo.txt", "in the early hours of Wednesday", None, DRI, "evict_date", "driwed"),
    ("eviction_ngo.txt", "about 9,000 people", 9000, DRI, "evict_people", "dri9k"),
    ("eviction_ngo.txt", "More than 2,400 homes were destroyed", 2400, DRI, "evict_structures", "dri2400"),
    ("eviction_ngo.txt", "two schools and a mosque", None, DRI, "evict_schools", "drischools"),
    ("eviction_ngo.txt", "since the 1980s", None, DRI, "evict_age", "dri1980s"),
    ("eviction_ngo.txt", "pasted on walls on Sunday 13 September", None, DRI, "evict_notice", "drinotice"),
    ("eviction_ngo.txt", "More than 700 police and Ansar members", 700, DRI, "evict_police", "dri700"),
    ("eviction_ngo.txt", "more than 40 people were injured", 40, RES, "evict_injured", "res40"),
    ("eviction_ngo.txt", "a 68-year-old man died of a heart attack", None, RES, "evict_death", "resdied"),
    ("eviction_ngo.txt", "No alternative shelter was offered", None, DRI, "evict_shelter", "drinoshelter"),
    ("eviction_ngo.txt", "stayed the eviction at 06:40 BST", None, DRI, "evict_stay", "dri0640"),
    ("eviction_ngo.txt", "continued until 11:00 BST", None, LAW, "evict_stop", "law1600"),
    ("eviction_ngo.txt", "a $420 million rail project", 420000000, DRI, "evict_cost", "dri420"),
    # a London news agency's wire (Meridian Press Agency; no date line, a time line in GMT, "UPDATE 2", dateline
    # "DHAKA, Sept 17 (MPA) -", the start "at 2330 GMT on Tuesday" (right: 05:30 on Wednesday in Dhaka), the zone
    # mistake "at 11:40 GMT" for the Dhaka clock (it was 05:40 GMT), the railway's stop rightly "at 0720 GMT", the
    # rights group's raised and earlier counts, witnesses, police, the minister in taka and dollars, the city
    # corporation, background, reporting/editing sign-off), Thursday 17 Sep
    ("eviction_wire.txt", "about 11,000", 11000, DRI, "evict_people", "dri11k"),
    ("eviction_wire.txt", "at 2330 GMT on Tuesday", None, O, "evict_start", "mpa2330"),
    ("eviction_wire.txt", "police fired tear gas", None, WIT, "evict_force", "wittg"),
    ("eviction_wire.txt", "1,460 structures had been removed", 1460, BR, "evict_structures", "br1460"),
    ("eviction_wire.txt", "about 7 hectares", 7, BR, "evict_area", "br18"),
    ("eviction_wire.txt", "35 billion taka", 35000000000, BR, "evict_cost", "br3500cr"),
    ("eviction_wire.txt", "about $285 million", 285000000, BR, "evict_cost", "br3500cr"),
    ("eviction_wire.txt", "stopped at 0720 GMT", None, BR, "evict_stop", "br1320"),
    ("eviction_wire.txt", "ordered a halt at 11:40 GMT", None, O, "evict_stay", "mpa1140"),
    ("eviction_wire.txt", "hear the case on Sept. 30", None, O, "evict_hearing", "mpa30sep"),
    ("eviction_wire.txt", "11 people had been injured", 11, DMP, "evict_injured", "dmp11"),
    ("eviction_wire.txt", "among them four police officers", 4, DMP, "evict_police_injured", "dmp4"),
    ("eviction_wire.txt", "14 people had been arrested", 14, DMP, "evict_arrests", "dmp14"),
    ("eviction_wire.txt", "8,000 taka", 8000, MINR, "evict_payment", "min8000"),
    ("eviction_wire.txt", "about $65", 65, MINR, "evict_payment", "min8000"),
    ("eviction_wire.txt", "three community centres as shelters", 3, DNCC, "evict_shelter", "dncc3"),
    ("eviction_wire.txt", "about 9,000 people had been made homeless", 9000, DRI, "evict_people", "dri9k"),

    # ---------------- doping: the urine sample of Ecuadorian cyclist Wilmer Andrés Chalá-Minda is collected after
    # stage 4 of the Giro delle Prealpi Carniche, Italy, at 17:55 CEST (UTC+2) on Wednesday 17 June 2037 = 10:55 in
    # Ecuador (UTC-5); clenbuterol at 0.8 ng/mL (800 pg/mL); the ITA announces the case at 18:00 CEST on Monday 6 July
    # (11:00 in Quito); the rider's press conference at 19:00 on Tuesday 7 July in Quito = 02:00 CEST on Wednesday 8
    # July; the rider's meal 12 June (the lawyer's statement) -> 10 June (the rider, at the press conference)
    # the testing agency's media release (date prefix with the letterhead continuing on the same line, place, date and
    # time line in CEST, the sample's time in local time, the laboratory, the notification, the sanction, "About the
    # ITA", a phone number), Monday 6 Jul
    ("doping_ita.txt", "an anabolic agent", None, ITA, "doping_class", "itaanab"),
    ("doping_ita.txt", "at 17:55 local time", None, ITA, "doping_sample_time", "ita1755"),
    ("doping_ita.txt", "on 17 June 2037", None, ITA, "doping_sample_date", "itadate"),
    ("doping_ita.txt", "after stage 4", 4, ITA, "doping_stage", "itast4"),
    ("doping_ita.txt", "the WADA-accredited laboratory in Rome", None, ITA, "doping_lab", "itarome"),
    ("doping_ita.txt", "a concentration of 0.8 nanograms per millilitre", 0.8, ITA, "doping_conc", "ita08"),
    ("doping_ita.txt", "notified on 2 July 2037", None, ITA, "doping_notified", "ita2jul"),
    ("doping_ita.txt", "up to four years", 4, ITA, "doping_ban", "ita4y"),
    # the rider's statement through his lawyer (own-line date, law firm letterhead and address, "English translation",
    # place-and-date line, numbered points 1 to 6, the sample's time given in Ecuador time, the concentration in
    # picograms, the meal, the flight, a study cited, the B sample, the contract, the press conference, signature),
    # Tuesday 7 Jul
    ("doping_lawyer.txt", "a 24-year-old professional cyclist", 24, RID, "doping_age", "rid24"),
    ("doping_lawyer.txt", "only on 4 July 2037", None, RID, "doping_notified", "rid4jul"),
    ("doping_lawyer.txt", "on Wednesday 17 June", None, RID, "doping_sample_date", "riddate"),
    ("doping_lawyer.txt", "at 10:55 a.m. Ecuador time", None, RID, "doping_sample_time", "rid1055"),
    ("doping_lawyer.txt", "after the fourth stage", 4, RID, "doping_stage", "ridst4"),
    ("doping_lawyer.txt", "80 picograms per millilitre", 80, RID, "doping_conc", "rid80"),
    ("doping_lawyer.txt", "a trace so small that it can only come from food", None, RID, "doping_cause", "ridfood"),
    ("doping_lawyer.txt", "tested 23 times in 2037", 23, RID, "doping_tests", "rid23"),
    ("doping_lawyer.txt", "On 12 June", None, RID, "doping_meal", "rid12jun"),
    ("doping_lawyer.txt", "flew from Quito to Milan the next morning, on 13 June", None, RID, "doping_arrival",
     "rid13jun"),
    ("doping_lawyer.txt", "9 of 60 beef samples", 9, UTN, "doping_beeftests", "utn9"),
    ("doping_lawyer.txt", "the fifth Ecuadorian cyclist in five years", 5, RID, "doping_cases", "rid5th"),
    ("doping_lawyer.txt", "has asked the ITA to open and analyse the B sample", None, RID, "doping_bsample", "ridb"),
    ("doping_lawyer.txt", "runs until the end of 2038", None, RID, "doping_contract_end", "rid2038"),
    ("doping_lawyer.txt", "remains in force", None, RID, "doping_contract", "ridcontract"),
    ("doping_lawyer.txt", "today at 19:00", None, RID, "doping_presser", "rid1900"),
    # an Italian cycling website's English page (Ciclonews24; leading-space own-line date, section and time line, a
    # byline, the press conference "at 2 a.m. Italian time on Wednesday" (right: 19:00 on Tuesday in Quito), the ITA's
    # figure in two units, an ITA spokesperson, the team manager, its own stage, margin, standing, contract and
    # salary, the organisers, a sceptical scientist, its own view of the ban, "Read also", tags, comment count,
    # copyright line), Wednesday 8 Jul
    ("doping_site.txt", "the 24-year-old Ecuadorian", 24, O, "doping_age", "cn24"),
    ("doping_site.txt", "won stage 4", 4, O, "doping_stage", "cnst4"),
    ("doping_site.txt", "at 2 a.m. Italian time on Wednesday", None, O, "doping_presser", "cn0200"),
    ("doping_site.txt", "announced the case at 18:00 on Monday", None, O, "doping_announce", "cn1800"),
    ("doping_site.txt", "0.8 ng/ml", 0.8, ITA, "doping_conc", "ita08"),
    ("doping_site.txt", "800 picograms per millilitre", 800, ITA, "doping_conc", "ita08"),
    ("doping_site.txt", "no request for a B-sample analysis has been received", None, ITA, "doping_bsample", "itanob"),
    ("doping_site.txt", "tested 11 times in 2037", 11, ITA, "doping_tests", "ita11"),
    ("doping_site.txt", "informed on 2 July", None, ITA, "doping_notified", "ita2jul"),
    ("doping_site.txt", "terminated the rider's contract with immediate effect", None, TEAM, "doping_contract",
     "teamfired"),
    ("doping_site.txt", "ran to the end of 2039", None, O, "doping_contract_end", "cn2039"),
    ("doping_site.txt", "a reported €60,000 a year", 60000, O, "doping_salary", "cn60k"),
    ("doping_site.txt", "racing in Europe since early May", None, TEAM, "doping_arrival", "teammay"),
    ("doping_site.txt", "the 178 km stage", 178, O, "doping_length", "cn178"),
    ("doping_site.txt", "by 41 seconds", 41, O, "doping_margin", "cn41"),
    ("doping_site.txt", "finished second overall", 2, O, "doping_overall", "cn2"),
    ("doping_site.txt", "€11,500 in prize money", 11500, ORG, "doping_prize", "org11500"),
    ("doping_site.txt", "taken at 17.55", None, O, "doping_sample_time", "cn1755"),
    ("doping_site.txt", "far more than a steak would give you", None, SCI, "doping_cause", "scisteak"),
    ("doping_site.txt", "faces a four-year ban", 4, O, "doping_ban", "cn4y"),
    # a Quito daily's English edition (Mitad del Mundo Daily; date prefix glued to the masthead, byline, its own age,
    # standing, press-conference time, drug class, announcement time, the sample's date and the zone mistake "at 17:55
    # Ecuador time" (the Italian clock given as Ecuador's: it was 10:55 in Ecuador), stage, length, margin and
    # laboratory, the ITA's figure, the rider's changed meal date, the team, its own prize money and salary in
    # dollars, the federation, the regulator, the researcher, three reader comments, moderation line), Wednesday 8 Jul
    ("doping_quito.txt", "the 26-year-old", 26, O, "doping_age", "mdm26"),
    ("doping_quito.txt", "finished third overall", 3, O, "doping_overall", "mdm3rd"),
    ("doping_quito.txt", "at 7 p.m. on Tuesday", None, O, "doping_presser", "mdm1900"),
    ("doping_quito.txt", "the banned stimulant", None, O, "doping_class", "mdmstim"),
    ("doping_quito.txt", "announced the case at 11 a.m. on Monday", None, O, "doping_announce", "mdm1100"),
    ("doping_quito.txt", "on 18 June", None, O, "doping_sample_date", "mdm18"),
    ("doping_quito.txt", "at 17:55 Ecuador time", None, O, "doping_sample_time", "mdm1755"),
    ("doping_quito.txt", "won the third stage", 3, O, "doping_stage", "mdm3"),
    ("doping_quito.txt", "a 192 km mountain stage", 192, O, "doping_length", "mdm192"),
    ("doping_quito.txt", "by 1 minute 12 seconds", 72, O, "doping_margin", "mdm72"),
    ("doping_quito.txt", "0.8 ng/ml", 0.8, ITA, "doping_conc", "ita08"),
    ("doping_quito.txt", "a laboratory in Cologne", None, O, "doping_lab", "mdmcologne"),
    ("doping_quito.txt", "ate the meat on 10 June", None, RID, "doping_meal", "rid10jun"),
    ("doping_quito.txt", "tested 23 times this year", 23, RID, "doping_tests", "rid23"),
    ("doping_quito.txt", "his contract had been terminated", None, TEAM, "doping_contract", "teamfired"),
    ("doping_quito.txt", "about $9,000 in prize money", 9000, O, "doping_prize", "mdm9k"),
    ("doping_quito.txt", "a salary of $140,000 a year", 140000, O, "doping_salary", "mdm140k"),
    ("doping_quito.txt", "two years at most", 2, FED, "doping_ban", "fed2y"),
    ("doping_quito.txt", "the second Ecuadorian cyclist to test positive for clenbuterol since 2032", 2, FED,
     "doping_cases", "fed2nd"),
    ("doping_quito.txt", "none of the 412 beef samples", 412, AGRO, "doping_beeftests", "agro412"),
    ("doping_quito.txt", "nine of 60 samples", 9, UTN, "doping_beeftests", "utn9"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("ipo_release.txt", "the indicative range of VND 34,000–38,000", 34000, TBM, "ipo_opt_range"),
    ("ipo_release.txt", "four engineers in a rented workshop", 4, TBM, "ipo_opt_founders_count"),
    ("ipo_release.txt", "58 provinces and cities", 58, TBM, "ipo_opt_provinces"),
    ("ipo_wire.txt", "the most traded stock on the exchange on Tuesday", 1, HOSE, "ipo_opt_most_traded"),
    ("ipo_daily.txt", "I applied for 2,000 shares and got 140", 2000, "retail investor Đỗ Văn Hùng",
     "ipo_opt_allocation"),
    ("ipo_daily.txt", "sold at 43,000", 43000, "reader minh_ck", "ipo_opt_reader_sale"),
    ("eviction_daily.txt", "Tk 5,000 does not pay one month's rent in Tejgaon", 5000, "reader Shirin",
     "evict_opt_reader_rent"),
    ("eviction_ngo.txt", "compensation of at least Tk 50,000", 50000, DRI, "evict_opt_demand"),
    ("eviction_ngo.txt", "23 forced evictions in Dhaka since 2031", 23, DRI, "evict_opt_evictions"),
    ("eviction_wire.txt", "a city of more than 23 million people", 23000000, O, "evict_opt_dhaka_population"),
    ("eviction_wire.txt", "an estimated 5,000 slums", 5000, O, "evict_opt_slums"),
    ("doping_site.txt", "half an hour after he crossed the line", 30, O, "doping_opt_finish"),
    ("doping_quito.txt", "sold beef in the Ibarra market for 30 years", 30, "reader Carlos V.", "doping_opt_reader_beef"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # ipo
    "ipo_shares": {("tbm120", "tbm120"): SC, ("tbm120", "tlt150m"): C},
    "ipo_price": {("tbm38k", "tbm38k"): SC, ("tbm38k", "ft365"): C, ("tbm38k", "tlt38k"): CO, ("ft365", "tlt38k"): C},
    "ipo_raised": {("tbm4560", "tbm4560"): SC, ("tbm4560", "ft210"): C},
    "ipo_cover": {("tbm14", "tbm14"): SC, ("tbm12", "tbm12"): SC, ("tbm12", "tbm14"): U, ("tbm14", "rds116"): C,
                  ("tbm12", "rds116"): C},
    "ipo_retail": {("tbm86k", "rds61k"): C},
    "ipo_institutions": {("tbm57", "rds49"): C},
    "ipo_foreign": {("tbm41", "kra33"): C, ("tbm41", "pm25"): C, ("kra33", "pm25"): C},
    "ipo_cap": {("tbm49", "ft30"): C},
    "ipo_time": {("tbm0915", "sfwsgt"): C, ("tbm0915", "ftet"): CO, ("tbm0915", "hose0915"): CO,
                 ("sfwsgt", "ftet"): C, ("sfwsgt", "hose0915"): C, ("ftet", "hose0915"): CO},
    "ipo_open": {("tbm45600", "sfw20"): CO, ("tbm45600", "ft26"): C, ("tbm45600", "hose45600"): CO,
                 ("sfw20", "ft26"): C, ("sfw20", "hose45600"): CO, ("ft26", "hose45600"): C},
    "ipo_band": {("tbm20", "hose20"): CO},
    "ipo_close": {("tbm43150", "sfw136"): CO, ("tbm43150", "ft43150"): CO, ("tbm43150", "tlt41900"): C,
                  ("sfw136", "ft43150"): CO, ("sfw136", "tlt41900"): C, ("ft43150", "tlt41900"): C},
    "ipo_mcap": {("tbm25890", "sfw1b"): CO, ("tbm25890", "ft14b"): C, ("sfw1b", "ft14b"): C},
    "ipo_volume": {("hose142", "ft20m"): C, ("hose142", "hose158"): U, ("ft20m", "hose158"): C},
    "ipo_sales": {("tbm212k", "tbm212k"): SC, ("tbm212k", "kra150k"): C, ("tbm212k", "vam190k"): C,
                  ("kra150k", "vam190k"): C},
    "ipo_share": {("tbm18", "vam11"): C},
    "ipo_profit": {("tbm640", "ftloss"): C},
    "ipo_plant_capacity": {("tbm300k", "qnp500k"): C},
    "ipo_plant_open": {("tbmq3", "kra2039"): C},
    "ipo_licence": {("tbm22jun", "ssc19jun"): C},
    "ipo_founders": {("tbm52", "ft61"): C},
    "ipo_lockup": {("tbm12m", "ft6m"): C, ("tbm12m", "rds6m"): C, ("ft6m", "rds6m"): CO},
    "ipo_founded": {("tbm2027", "tlt2029"): C},
    "ipo_dealers": {("tbm640d", "tlt410"): C},
    "ipo_rank": {("sfwbig", "tlt2nd"): C},
    # eviction
    "evict_start": {("br0700", "res0530"): C, ("br0700", "dri0030"): C, ("br0700", "mpa2330"): C,
                    ("res0530", "dri0030"): CO, ("res0530", "mpa2330"): CO, ("dri0030", "mpa2330"): CO},
    "evict_date": {("brwed", "driwed"): CO},
    "evict_notice": {("brnotice", "resnotice"): C, ("brnotice", "drinotice"): C, ("resnotice", "drinotice"): CO},
    "evict_structures": {("br1200", "pst1800"): C, ("br1200", "br1460"): U, ("br1200", "dri2400"): C,
                         ("pst1800", "dri2400"): C, ("pst1800", "br1460"): C, ("br1460", "br1460"): SC,
                         ("br1460", "dri2400"): C},
    "evict_stretch": {("br23", "pst1km"): C},
    "evict_people": {("br3000", "res12k"): C, ("br3000", "dri9k"): C, ("br3000", "dri11k"): C,
                     ("res12k", "dri9k"): C, ("res12k", "dri11k"): C, ("dri9k", "dri9k"): SC, ("dri9k", "dri11k"): U},
    "evict_families": {("br650", "res3100"): C},
    "evict_age": {("br8y", "res40y"): C, ("br8y", "dri1980s"): C, ("res40y", "dri1980s"): CO},
    "evict_excavators": {("br6", "pst11"): C},
    "evict_area": {("br18", "br18"): SC, ("br18", "pst54"): CO},
    "evict_schools": {("brnone", "drischools"): C},
    "evict_served": {("br1315", "law1205"): C},
    "evict_stop": {("br1320", "br1320"): SC, ("br1320", "law1600"): C, ("law1600", "law1600"): SC},
    "evict_cost": {("br3500cr", "br3500cr"): SC, ("br3500cr", "dri420"): C},
    "evict_payment": {("br5000", "min8000"): C, ("min8000", "min8000"): SC},
    "evict_stay": {("law1140", "dri0640"): CO, ("law1140", "mpa1140"): C, ("dri0640", "mpa1140"): C},
    "evict_hearing": {("law4oct", "mpa30sep"): C},
    "evict_police": {("dmp300", "dri700"): C},
    "evict_arrests": {("dmp14", "dmp14"): SC, ("pst19", "dmp14"): C},
    "evict_injured": {("dmp7", "res40"): C, ("dmp7", "dmp11"): U, ("dmch23", "res40"): C, ("dmch23", "dmp11"): C,
                      ("res40", "dmp11"): C},
    "evict_police_injured": {("dmp3", "dmp4"): U},
    "evict_death": {("resdied", "resdied"): SC, ("dmpnone", "resdied"): C},
    "evict_force": {("dmpnoforce", "wittg"): C},
    "evict_shelter": {("drinoshelter", "dncc3"): C},
    # doping
    "doping_age": {("rid24", "cn24"): CO, ("rid24", "mdm26"): C, ("cn24", "mdm26"): C},
    "doping_notified": {("ita2jul", "ita2jul"): SC, ("ita2jul", "rid4jul"): C},
    "doping_sample_date": {("itadate", "riddate"): CO, ("itadate", "mdm18"): C, ("riddate", "mdm18"): C},
    "doping_sample_time": {("ita1755", "rid1055"): CO, ("ita1755", "cn1755"): CO, ("ita1755", "mdm1755"): C,
                           ("rid1055", "cn1755"): CO, ("rid1055", "mdm1755"): C, ("cn1755", "mdm1755"): C},
    "doping_stage": {("itast4", "ridst4"): CO, ("itast4", "cnst4"): CO, ("itast4", "mdm3"): C,
                     ("ridst4", "cnst4"): CO, ("ridst4", "mdm3"): C, ("cnst4", "mdm3"): C},
    "doping_conc": {("ita08", "ita08"): SC, ("ita08", "rid80"): C},
    "doping_class": {("itaanab", "mdmstim"): C},
    "doping_lab": {("itarome", "mdmcologne"): C},
    "doping_ban": {("ita4y", "cn4y"): CO, ("ita4y", "fed2y"): C, ("cn4y", "fed2y"): C},
    "doping_cause": {("ridfood", "scisteak"): C},
    "doping_tests": {("rid23", "rid23"): SC, ("rid23", "ita11"): C},
    "doping_meal": {("rid12jun", "rid10jun"): U},
    "doping_arrival": {("rid13jun", "teammay"): C},
    "doping_beeftests": {("utn9", "utn9"): SC, ("utn9", "agro412"): C},
    "doping_cases": {("rid5th", "fed2nd"): C},
    "doping_bsample": {("ridb", "itanob"): C},
    "doping_contract": {("ridcontract", "teamfired"): C, ("teamfired", "teamfired"): SC},
    "doping_contract_end": {("rid2038", "cn2039"): C},
    "doping_presser": {("rid1900", "cn0200"): CO, ("rid1900", "mdm1900"): CO, ("cn0200", "mdm1900"): CO},
    "doping_length": {("cn178", "mdm192"): C},
    "doping_margin": {("cn41", "mdm72"): C},
    "doping_overall": {("cn2", "mdm3rd"): C},
    "doping_prize": {("org11500", "mdm9k"): C},
    "doping_salary": {("cn60k", "mdm140k"): C},
    "doping_announce": {("cn1800", "mdm1100"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
