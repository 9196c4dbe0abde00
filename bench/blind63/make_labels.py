"""Hand labels for bench/blind63 (the finish of the 12th Tasman Crossing Race, an ocean yacht race from Auckland to
Hobart, won on the water by the New Zealand maxi Kōtuku at 00:52:17 AEDT (UTC+11) on Sunday 30 December 2046
(13:52:17 GMT on Saturday 29 December, 02:52:17 NZDT on Sunday), after a start at 13:00 NZDT (UTC+13) on Wednesday
26 December (00:00 GMT, 11:00 AEDT), and kept after the International Jury's 30-minute penalty for passing too close to
the Three Kings Islands: the finish and start times, the elapsed and corrected times, the margins on the water and
after the penalty, the runner-up's finish, the protest's time, time limit and demand, the exclusion distance and how
close Kōtuku came, the penalty, the ruling's time, the appeal, the old record and its year, the edition, the course,
the starters, retirements with the club's revised count, the boat's length, crew and cost, injuries with the club's
revised count, hospital cases, the crowd, the skipper's age, Auckland's offset from Hobart, top speed, gusts, the sea
temperature and whether Kōtuku is the first New Zealand winner, with times in New Zealand Daylight Time (UTC+13),
Australian Eastern Daylight Time (UTC+11, Hobart) and GMT, across midnight; an Auckland paper subtracts the Auckland
start from the Hobart finish on local clocks and gets an elapsed time two hours short, and a London sailing site puts
the start at 01:00 GMT, an hour late);
the announcement by Thornbury University and the Sabah Forestry Department, at 10:00 BST (UTC+1) on Tuesday 9 April
2041 (09:00 GMT, 17:00 in Sabah, 05:00 EDT), of a yellow meranti in Sabah, Malaysian Borneo, measured by climbers at
102.4 metres, the tallest tropical tree known: the height, the lidar height, the species, whether it is the tallest,
the announcement's time, the climb's time (07:15 on Saturday 16 March in Sabah, 23:15 GMT and 7:15 p.m. EDT on Friday
15 March), the offset from Britain, the old record and its year, the margin, the survey area, the trees above 100
metres with the Forestry Department's revised count, protection and logging, age, trunk, mass, the climbers, the
climb's length, the name, funding, visitors, the lead climber's age and the temperature in the crown, with times in
Malaysia time (UTC+8), British Summer Time (UTC+1), GMT and US Eastern Daylight Time (UTC-4), across midnight; a Kota
Kinabalu daily takes Malaysia to be eight hours ahead of Britain, as in the northern winter, and puts the announcement
at 6pm, an hour late);
the communal plebiscite in Punta Arenas, Chile, on Sunday 21 June 2043 on the Viento Austral green ammonia plant at
Cabo Negro, rejected by 25,302 votes to 24,870 on a turnout of 44.0 per cent, below the 50 per cent needed to bind the
council: the count's end (21:47 in Punta Arenas, UTC-3 all year = 20:47 in Santiago, UTC-4 in winter = 00:47 GMT and
02:47 CEST on Monday), the offset from Santiago, the poll's close, polling places, registered voters, votes cast,
turnout, the Yes and No votes, the No share, the margin with the municipality's preliminary figures, the threshold,
whether the result binds, the council's date, the temperature, investment, construction and permanent jobs, turbines,
area, distance, the Hamburg partner's stake, flamingos, whether it was the first plebiscite, campaign spending and
the city's population, with times in Magallanes time (UTC-3 all year), Chile's winter time (UTC-4, Santiago), GMT and
Central European Summer Time (UTC+2, Hamburg), across midnight; a Hamburg trade site says Punta Arenas keeps
Santiago's clock and puts the end of the count at 03:47 German time, an hour late).
Run from the project root:
    python3 bench/blind63/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import (  # noqa: E402,F401
    C, CO, S, SC, U, check_each_value_once, check_no_overlap, check_relation_sanity, write_labels,
)

# claimants, spelled once
CLUB = "the Derwent Ocean Racing Club, Hobart (race director Margaret Lowe-Baines)"
JURY = "the International Jury of the Tasman Crossing Race"
STEMP = "Southern Tempest's skipper Greg Halloran-Price"
SKIP = "Kōtuku's skipper Aroha Ngata-Whitfield"
KNAV = "Kōtuku's navigator Sam Tupou-Reid"
OWNER = "Kōtuku's syndicate owner Hemi Clarke-Rowe"
POL = "Tasmania Police"
BOM = "the Bureau of Meteorology"

UNI = "Thornbury University's Borneo Canopy Survey (Dr Fiona Marsh-Adeyemi)"
SFD = "the Sabah Forestry Department (chief conservator Rosli Ambrose-Lim)"
CLIMB = "lead climber Jamila Osman-Tan, Borneo Canopy Access"
BOT = "retired herbarium curator Dr Victor Gimbang-Lau"
NGO = "the conservation group Sahabat Imbak (Nurul Ain Mojuntin-Ross)"
GEN = "geneticist Dr Lena Okafor-Hale, Redwood State University"
MIN = "Sabah's tourism minister Peter Liew-Sandai"

MUNI = "the Municipality of Punta Arenas and its Plebiscite Commission (Mayor Claudio Barría-Oyarzún)"
NO = "the No campaign Magallanes Sin Amoníaco (spokesperson Fernanda Soto-Mimica)"
COMP = "the project company Viento Austral (chief executive Matías Kusanovic-Reyes)"
GOV = "Magallanes Regional Governor Pablo Aguilar-Bahamonde"
UNION = "the regional construction workers' union"
AVES = "the bird group Aves Australes"
NORD = "Nordhafen Energie, Hamburg"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- tasman: start 13:00 NZDT (UTC+13) Wednesday 26 December 2046 = 00:00 GMT = 11:00 AEDT (UTC+11);
    # Kōtuku finishes 00:52:17 AEDT Sunday 30 December = 13:52:17 GMT Saturday 29 December = 02:52:17 NZDT Sunday;
    # elapsed 3 d 13 h 52 min 17 s = 85 h 52 min 17 s (the Auckland paper's local-clock subtraction gives 3 d 11 h 52
    # min); Southern Tempest 01:33:29 AEDT = 14:33:29 GMT, 41 min 12 s behind; protest 02:40 AEDT = 15:40 GMT Saturday;
    # ruling 16:45 AEDT = 05:45 GMT = 18:45 NZDT; penalty 30 min: corrected 3 d 14 h 22 min 17 s, margin 11 min 12 s;
    # 1,280 nm x 1.852 = 2,370.6 km; 34.6 kn = 64.1 km/h; 48 kn = 88.9 km/h; 14 °C = 57.2 °F; 100 ft = 30.48 m;
    # biennial from 2024, so 2046 is the 12th edition; 9 of 38 = 23.7 per cent, nearly a quarter
    # the club's media release (own-line date, letterhead with address, e-mail and phone, "MEDIA RELEASE", release
    # line "Sunday 30 December 2046 · 18:30 AEDT", title in capitals, dateline "HOBART —", the race director quoted,
    # the jury's finding and penalty, "THE RACE IN FIGURES" list, "ENDS", notes to editors, media contact)
    ("tasman_club.txt", "at 00:52:17 AEDT on Sunday 30 December", None, CLUB, "tasman_finish_time", "clubfin"),
    ("tasman_club.txt", "the 12th Tasman Crossing Race", 12, CLUB, "tasman_edition", "club12th"),
    ("tasman_club.txt", "started in Auckland at 13:00 NZDT on Wednesday 26 December", None, CLUB, "tasman_start_time",
     "clubstart"),
    ("tasman_club.txt", "the 1,280-nautical-mile course", 1280, CLUB, "tasman_course", "club1280"),
    ("tasman_club.txt", "an elapsed time of 3 days 13 hours 52 minutes 17 seconds", 85.87, CLUB, "tasman_elapsed",
     "clubel"),
    ("tasman_club.txt", "41 minutes and 12 seconds ahead of Southern Tempest", 41.2, CLUB, "tasman_margin",
     "club4112"),
    ("tasman_club.txt", "which finished at 01:33:29 AEDT", None, CLUB, "tasman_runnerup_finish", "clubst"),
    ("tasman_club.txt", "lodged a protest at 02:40 AEDT", None, CLUB, "tasman_protest_time", "club0240"),
    ("tasman_club.txt", "stay at least 3 nautical miles off the islands", 3, CLUB, "tasman_exclusion", "club3nm"),
    ("tasman_club.txt", "within two hours of finishing", 2, CLUB, "tasman_protest_window", "club2h"),
    ("tasman_club.txt", "came within 2.6 nautical miles of the islands", 2.6, JURY, "tasman_distance_off", "jury26"),
    ("tasman_club.txt", "imposed a time penalty of 30 minutes", 30, JURY, "tasman_penalty", "jury30"),
    ("tasman_club.txt", "The decision was announced at 16:45 AEDT", None, CLUB, "tasman_ruling_time", "club1645"),
    ("tasman_club.txt", "corrected time of 3 days 14 hours 22 minutes 17 seconds", 86.37, CLUB, "tasman_corrected",
     "clubcorr"),
    ("tasman_club.txt", "she keeps line honours by 11 minutes 12 seconds", 11.2, CLUB, "tasman_margin_after",
     "club1112"),
    ("tasman_club.txt", "Decisions of an international jury cannot be appealed", None, CLUB, "tasman_appeal",
     "clubnoappeal"),
    ("tasman_club.txt", "The previous record, 3 days 16 hours 20 minutes 5 seconds", 88.33, CLUB, "tasman_old_record",
     "clubrec"),
    ("tasman_club.txt", "was set by Southern Tempest in 2042", 2042, CLUB, "tasman_record_year", "club2042"),
    ("tasman_club.txt", "The prize-giving will be held at the club at 12:00 AEDT on Tuesday 1 January", None, CLUB,
     "tasman_prizegiving", "clubprize"),
    ("tasman_club.txt", "Starters: 38 yachts", 38, CLUB, "tasman_starters", "club38"),
    ("tasman_club.txt", "nine yachts have retired", 9, CLUB, "tasman_retired", "club9"),
    ("tasman_club.txt", "the 100-foot Kōtuku", 100, CLUB, "tasman_length", "club100ft"),
    ("tasman_club.txt", "her 18 crew", 18, CLUB, "tasman_crew", "club18"),
    ("tasman_club.txt", "three sailors were injured during the race", 3, CLUB, "tasman_injured", "club3inj"),
    ("tasman_club.txt", "more than 4,000 people lined Constitution Dock", 4000, CLUB, "tasman_crowd", "club4000"),
    # a Hobart broadcaster's web text (IBC News; no date line, posted and updated lines "Posted Sun 30 Dec 2046, 9:10am
    # AEDT · Updated 5:05pm AEDT" and an "UPDATED 5:05pm" line, headline, byline; the jury's penalty reported back; its
    # own finish "just before 1am on Sunday" and start "11am Hobart time on Wednesday", right, the offset, right, the
    # corrected time, the margin after the penalty, the skipper's age, the length and "since 2038"; the runner-up's
    # skipper on the distance, the demand and the appeal; the club's earlier counts of retirements and injuries; the
    # police on the hospital case and the crowd; the weather bureau on gusts and the sea; a sentence glued without a
    # space; watch and contact line), Sunday 30 December 9:10am, updated 5:05pm AEDT
    ("tasman_hobart.txt", "handed her a half-hour penalty", 30, JURY, "tasman_penalty", "jury30"),
    ("tasman_hobart.txt", "just before 1am on Sunday", None, O, "tasman_finish_time", "ibcfin"),
    ("tasman_hobart.txt", "left Auckland at 11am Hobart time on Wednesday", None, O, "tasman_start_time", "ibcstart"),
    ("tasman_hobart.txt", "Auckland is two hours ahead of Hobart in summer", 2, O, "tasman_offset_akl", "ibc2h"),
    ("tasman_hobart.txt", "her corrected time is 3 days, 14 hours and 22 minutes", 86.37, O, "tasman_corrected",
     "ibccorr"),
    ("tasman_hobart.txt", "her winning margin has shrunk to just 11 minutes", 11, O, "tasman_margin_after", "ibc11"),
    ("tasman_hobart.txt", "passed just 1.4 nautical miles off the islands", 1.4, STEMP, "tasman_distance_off", "st14"),
    ("tasman_hobart.txt", "had asked the jury to disqualify Kōtuku", None, STEMP, "tasman_protest_demand", "stdq"),
    ("tasman_hobart.txt", "We will appeal this to World Sailing", None, STEMP, "tasman_appeal", "stappeal"),
    ("tasman_hobart.txt", "The 46-year-old Kōtuku skipper", 46, O, "tasman_skipper_age", "ibc46"),
    ("tasman_hobart.txt", "the club said seven yachts had retired", 7, CLUB, "tasman_retired", "club7"),
    ("tasman_hobart.txt", "two crew had been injured", 2, CLUB, "tasman_injured", "club2inj"),
    ("tasman_hobart.txt", "one sailor was taken to Royal Hobart Hospital", 1, POL, "tasman_hospital", "pol1"),
    ("tasman_hobart.txt", "gusts of up to 48 knots off Tasman Island", 48, BOM, "tasman_gusts", "bom48"),
    ("tasman_hobart.txt", "a sea temperature of 14 °C", 14, BOM, "tasman_sea_temp", "bom14"),
    ("tasman_hobart.txt", "about 1,500 people were on Constitution Dock", 1500, POL, "tasman_crowd", "pol1500"),
    ("tasman_hobart.txt", "a 98-footer", 98, O, "tasman_length", "ibc98"),
    ("tasman_hobart.txt", "the first Kiwi boat to take line honours since 2038", 2038, O, "tasman_first_nz",
     "ibc2038"),
    ("tasman_hobart.txt", "The smallest boats in the fleet are not expected in Hobart before Wednesday", None, O,
     "tasman_last_boats", "ibclast"),
    # an Auckland daily (The Auckland Courier; date glued to the first sentence, masthead, section and date line after
    # it, headline, byline; its own finish "2.52am on Sunday, New Zealand time", right, elapsed "three days, 11 hours
    # and 52 minutes", two hours short (local clocks subtracted across zones), start "1pm start on Boxing Day", right,
    # the offset, right, "first ... ever", the 41-minute lead, the margin after, the ruling "6.45pm on Sunday", right,
    # the demand (the paper's own understanding), the skipper's age, first woman skipper, the course, the old record
    # and its year, "Nearly a quarter" retired; the navigator on the distance and top speed; the skipper on the gusts
    # and the time limit; the owner on the cost and crew; a photo caption with the wrong year; letters line),
    # Monday 31 December
    ("tasman_auckland.txt", "at 2.52am on Sunday, New Zealand time", None, O, "tasman_finish_time", "aklfin"),
    ("tasman_auckland.txt", "three days, 11 hours and 52 minutes", 83.87, O, "tasman_elapsed", "aklel"),
    ("tasman_auckland.txt", "the 1pm start on Boxing Day", None, O, "tasman_start_time", "aklstart"),
    ("tasman_auckland.txt", "Hobart is two hours behind Auckland", 2, O, "tasman_offset_akl", "akl2h"),
    ("tasman_auckland.txt", "the first New Zealand yacht ever to take line honours", None, O, "tasman_first_nz",
     "aklfirst"),
    ("tasman_auckland.txt", "Her 41-minute lead over Sydney's Southern Tempest", 41, O, "tasman_margin", "akl41"),
    ("tasman_auckland.txt", "cut to a margin of 11 minutes", 11, O, "tasman_margin_after", "akl11"),
    ("tasman_auckland.txt", "the jury's ruling at 6.45pm on Sunday", None, O, "tasman_ruling_time", "akl1845"),
    ("tasman_auckland.txt", "never closer than 3.2 nautical miles", 3.2, KNAV, "tasman_distance_off", "nav32"),
    ("tasman_auckland.txt", "the boat hit 34.6 knots", 34.6, KNAV, "tasman_top_speed", "nav346"),
    ("tasman_auckland.txt", "had sought only a time penalty, not disqualification", None, O, "tasman_protest_demand",
     "akltp"),
    ("tasman_auckland.txt", "Aroha Ngata-Whitfield, 44", 44, O, "tasman_skipper_age", "akl44"),
    ("tasman_auckland.txt", "gusts of 55 knots", 55, SKIP, "tasman_gusts", "skip55"),
    ("tasman_auckland.txt", "lodged outside the one-hour limit", 1, SKIP, "tasman_protest_window", "skip1h"),
    ("tasman_auckland.txt", "is the first woman to skipper a line-honours winner in the race", None, O,
     "tasman_first_woman", "aklwoman"),
    ("tasman_auckland.txt", "cost NZ$ 31 million to build", 31000000, OWNER, "tasman_cost", "own31"),
    ("tasman_auckland.txt", "carried a crew of 20", 20, OWNER, "tasman_crew", "own20"),
    ("tasman_auckland.txt", "The race covers 1,350 nautical miles", 1350, O, "tasman_course", "akl1350"),
    ("tasman_auckland.txt", "the old mark of 3 days 18 hours", 90, O, "tasman_old_record", "aklrec"),
    ("tasman_auckland.txt", "had stood since 2042", 2042, O, "tasman_record_year", "akl2042"),
    ("tasman_auckland.txt", "Nearly a quarter of the fleet retired", None, O, "tasman_retired", "aklq"),
    # a London sailing site (Bluewater Report; leading-space own-line date, masthead, tagline and time line "Sunday 30
    # December 2046 · 07:40 GMT", headline in capitals, byline; its own finish "13:52 GMT on Saturday", right, offset
    # from GMT, right, the length in metres, the start "01:00 GMT on Boxing Day", an hour late, the course in km,
    # elapsed in hours, right, the margin "43 minutes", the runner-up's finish, right, speed and gusts in km/h, the sea
    # in °F, the protest "15:40 GMT on Saturday", right, the 5-mile zone, the ruling "05:45 GMT", right, the 20-minute
    # penalty, the race's first year, the starters, two in hospital, the cost and the third boat; reader comments and
    # newsletter lines), Sunday 30 December 07:40 GMT
    ("tasman_offshore.txt", "at 13:52 GMT on Saturday", None, O, "tasman_finish_time", "bwfin"),
    ("tasman_offshore.txt", "Hobart is 11 hours ahead of GMT in the southern summer", 11, O, "tasman_offset_gmt",
     "bw11h"),
    ("tasman_offshore.txt", "The 30.5-metre New Zealand maxi", 30.5, O, "tasman_length", "bw305"),
    ("tasman_offshore.txt", "left Auckland at 01:00 GMT on Boxing Day", None, O, "tasman_start_time", "bwstart"),
    ("tasman_offshore.txt", "about 2,370 km", 2370, O, "tasman_course", "bw2370"),
    ("tasman_offshore.txt", "in 85 hours and 52 minutes on the water", 85.87, O, "tasman_elapsed", "bwel"),
    ("tasman_offshore.txt", "She beat Southern Tempest by 43 minutes", 43, O, "tasman_margin", "bw43"),
    ("tasman_offshore.txt", "the Sydney boat crossed at 14:33 GMT", None, O, "tasman_runnerup_finish", "bwst"),
    ("tasman_offshore.txt", "Kōtuku touched about 64 km/h", 64, O, "tasman_top_speed", "bw64"),
    ("tasman_offshore.txt", "winds gusting to almost 90 km/h", 90, O, "tasman_gusts", "bw90"),
    ("tasman_offshore.txt", "the sea never rose above 57 °F", 57, O, "tasman_sea_temp", "bw57f"),
    ("tasman_offshore.txt", "lodged at 15:40 GMT on Saturday", None, O, "tasman_protest_time", "bw1540"),
    ("tasman_offshore.txt", "a 5-nautical-mile exclusion zone", 5, O, "tasman_exclusion", "bw5nm"),
    ("tasman_offshore.txt", "The jury ruled at 05:45 GMT", None, O, "tasman_ruling_time", "bw0545"),
    ("tasman_offshore.txt", "gave Kōtuku a 20-minute penalty", 20, O, "tasman_penalty", "bw20"),
    ("tasman_offshore.txt", "First sailed in 2024 and held every two years", 2024, O, "tasman_edition", "bw2024"),
    ("tasman_offshore.txt", "more than 40 starters", 40, O, "tasman_starters", "bw40"),
    ("tasman_offshore.txt", "Two sailors were treated in hospital in Hobart", 2, O, "tasman_hospital", "bw2hosp"),
    ("tasman_offshore.txt", "a NZ$ 25 million build", 25000000, O, "tasman_cost", "bw25"),
    ("tasman_offshore.txt",
     "Third across the line was the Hobart 72-footer Aurora Australis, almost five hours behind the leaders", None, O,
     "tasman_third", "bwthird"),

    # ---------------- tree: announced at 10:00 BST (UTC+1) Tuesday 9 April 2041 = 09:00 GMT = 17:00 in Sabah (UTC+8) =
    # 05:00 EDT (UTC-4); climbers at the top 07:15 Saturday 16 March in Sabah = 23:15 GMT = 7:15 p.m. EDT Friday 15
    # March; Sabah is seven hours ahead of Britain under BST (eight under GMT); 102.4 m = 336 ft; 102.4 - 101.3 =
    # 1.1 m; 2,400 km2 = 240,000 ha = 927 square miles; a trunk 2.6 m across has a girth of pi x 2.6 = 8.2 m and is
    # 8.5 ft wide; 81 t = 178,600 lb; 19 °C = 66 °F; 450 years = four and a half centuries
    # the university's press release (leading-space own-line date, letterhead with address, e-mail and phone, "PRESS
    # RELEASE", embargo line "EMBARGOED UNTIL 10:00 BST, TUESDAY 9 APRIL 2041", title in capitals, the survey leader
    # quoted, "ENDS", notes to editors with the offset, media line), Tuesday 9 April 10:00 BST
    ("tree_university.txt", "A yellow meranti (Shorea faguetiana)", None, UNI, "tree_species", "unisp"),
    ("tree_university.txt", "is the tallest tropical tree known", None, UNI, "tree_tallest", "unitall"),
    ("tree_university.txt", "announced at 10:00 BST today", None, UNI, "tree_announce_time", "uni1000"),
    ("tree_university.txt", "Climbers reached the top at 07:15 on Saturday 16 March, Malaysia time", None, UNI,
     "tree_climb_time", "uniclimb"),
    ("tree_university.txt", "The tree measured 102.4 metres", 102.4, UNI, "tree_height", "uni1024"),
    ("tree_university.txt", "Lidar flights in 2040 had put it at 102.9 metres", 102.9, UNI, "tree_lidar_height",
     "uni1029"),
    ("tree_university.txt", "the previous record of 101.3 metres", 101.3, UNI, "tree_old_record", "uni1013"),
    ("tree_university.txt", "measured in 2033", 2033, UNI, "tree_old_record_year", "uni2033"),
    ("tree_university.txt", "by 1.1 metres", 1.1, UNI, "tree_margin", "uni11"),
    ("tree_university.txt", "We flew lidar over 2,400 square kilometres of forest", 2400, UNI, "tree_survey_area",
     "uni2400"),
    ("tree_university.txt", "found seven trees taller than 100 metres", 7, UNI, "tree_over100", "uni7"),
    ("tree_university.txt", "This one stands inside a fully protected forest reserve", None, UNI, "tree_protected",
     "uniprot"),
    ("tree_university.txt", "about 450 years old", 450, UNI, "tree_age", "uni450"),
    ("tree_university.txt", "Its trunk is 2.6 metres across at chest height", 2.6, UNI, "tree_trunk", "uni26"),
    ("tree_university.txt", "weighs an estimated 81 tonnes", 81, UNI, "tree_mass", "uni81"),
    ("tree_university.txt", "stores about 38 tonnes of carbon", 38, UNI, "tree_carbon", "uni38"),
    ("tree_university.txt", "A team of five climbers", 5, UNI, "tree_climbers", "uni5"),
    ("tree_university.txt", "took four hours to reach the crown", 4, UNI, "tree_climb_duration", "uni4h"),
    ("tree_university.txt", "The tree has not yet been named", None, UNI, "tree_name", "uninoname"),
    ("tree_university.txt", "funded with £2.1 million", 2100000, UNI, "tree_funding", "uni21"),
    ("tree_university.txt", "The team will return in September to fit sensors", None, UNI, "tree_sensors",
     "unisensors"),
    ("tree_university.txt", "seven hours ahead of the UK while British Summer Time is in force", 7, UNI,
     "tree_offset", "uni7h"),
    # a Kuala Lumpur wire (Straits Newswire; no date line, time line "Tuesday 9 April 2041 · 09:42 GMT", slug with
    # "(UPDATE 1)", headline, dateline "KUALA LUMPUR, April 9 (SNW) -"; the scientists' height and rank and the
    # university's margin reported back; its own announcement "09:00 GMT", right, climb "23:15 GMT on 15 March", right,
    # lidar 103 metres, the offset, right, the area in hectares, the age and the funding; the Forestry Department's
    # first count and the logging distance; the minister's walkway; reporting and copyright lines), 09:42 GMT
    ("tree_wire.txt", "is the tallest tropical tree yet measured", None, UNI, "tree_tallest", "unitall"),
    ("tree_wire.txt", "at 102.4 metres", 102.4, UNI, "tree_height", "uni1024"),
    ("tree_wire.txt", "made in Britain at 09:00 GMT", None, O, "tree_announce_time", "snw0900"),
    ("tree_wire.txt", "climbers reached the crown at 23:15 GMT on 15 March", None, O, "tree_climb_time", "snwclimb"),
    ("tree_wire.txt", "Airborne lidar had suggested 103 metres", 103, O, "tree_lidar_height", "snw103"),
    ("tree_wire.txt", "Sabah is seven hours ahead of London at this time of year", 7, O, "tree_offset", "snw7h"),
    ("tree_wire.txt", "beats the previous record by more than a metre", 1, UNI, "tree_margin", "uni11"),
    ("tree_wire.txt", "counted eight trees above 100 metres", 8, SFD, "tree_over100", "sfd8"),
    ("tree_wire.txt", "the nearest logging was 15 km from the tree", 15, SFD, "tree_logging_distance", "sfd15"),
    ("tree_wire.txt", "240,000 hectares", 240000, O, "tree_survey_area", "snw240k"),
    ("tree_wire.txt", "four and a half centuries old", 450, O, "tree_age", "snw450"),
    ("tree_wire.txt", "a canopy walkway would open the site to visitors by 2043", None, MIN, "tree_visitors",
     "minwalk"),
    ("tree_wire.txt", "had funding of £1.6 million", 1600000, O, "tree_funding", "snw16"),
    # a Kota Kinabalu daily (The North Borneo Tribune; own-line date, masthead, place, date and section line, headline,
    # byline; its own announcement "6pm Malaysian time yesterday", an hour late, and "eight hours behind us", wrong,
    # the climber's age, the girth, the old record's year and the climbing team's record; the Forestry Department's
    # species, revised count, closure, name and money; the climber on her team, the time, the climb's length and the
    # temperature; the curator on age and height; the group on protection and logging; a sentence glued without a
    # space; a photo caption with the wrong day; letters line), Wednesday 10 April
    ("tree_kk.txt", "at 6pm Malaysian time yesterday", None, O, "tree_announce_time", "nbt1800"),
    ("tree_kk.txt", "which is eight hours behind us", 8, O, "tree_offset", "nbt8h"),
    ("tree_kk.txt", "confirmed the tree is a yellow meranti", None, SFD, "tree_species", "sfdsp"),
    ("tree_kk.txt", "now counts 10 trees above 100 metres", 10, SFD, "tree_over100", "sfd10"),
    ("tree_kk.txt", "The site will stay closed to visitors", None, SFD, "tree_visitors", "sfdclosed"),
    ("tree_kk.txt", "the department has named the tree Puncak Imbak", None, SFD, "tree_name", "sfdname"),
    ("tree_kk.txt", "Jamila Osman-Tan, 34", 34, O, "tree_climber_age", "nbt34"),
    ("tree_kk.txt", "her team of six", 6, CLIMB, "tree_climbers", "climb6"),
    ("tree_kk.txt", "reached the crown shortly after 7am on March 16", None, CLIMB, "tree_climb_time", "climbtime"),
    ("tree_kk.txt", "It took us three hours and 40 minutes", 3.67, CLIMB, "tree_climb_duration", "climb340"),
    ("tree_kk.txt", "a cool 19 °C at the top", 19, CLIMB, "tree_crown_temp", "climb19"),
    ("tree_kk.txt", "has climbed 14 of the survey's tallest trees since 2039", 14, O, "tree_team_climbs", "nbt14"),
    ("tree_kk.txt", "a girth of 8.2 metres", 8.2, O, "tree_trunk", "nbt82"),
    ("tree_kk.txt", "was measured in 2031", 2031, O, "tree_old_record_year", "nbt2031"),
    ("tree_kk.txt", "at least 700 years old", 700, BOT, "tree_age", "bot700"),
    ("tree_kk.txt", "no more than 100.9 metres", 100.9, BOT, "tree_height", "bot1009"),
    ("tree_kk.txt", "stands in a logging concession outside the conservation area", None, NGO, "tree_protected",
     "ngoconc"),
    ("tree_kk.txt", "less than 3 km from it", 3, NGO, "tree_logging_distance", "ngo3"),
    ("tree_kk.txt", "contributed RM 3 million to the survey", 3000000, SFD, "tree_sabah_share", "sfd3m"),
    # a US specialist science site (Canopy Science News; date prefix with the masthead continuing on the line, section,
    # date and time line "Tuesday, April 9, 2041 | 11:20 a.m. EDT", headline, byline; its own announcement "5 a.m. EDT
    # today", right, height in feet, "five-person" team, climb "7:15 p.m. EDT on Friday, March 15", right, °F, the old
    # record at 100.8 metres, the gap to Hyperion, the trunk in feet, the mass in pounds, the area in square miles and
    # the climber's age; the geneticist on the species, the Kalimantan tree and the rank; a correction line; comments
    # and newsletter lines), Tuesday 9 April 11:20 a.m. EDT
    ("tree_science.txt", "made their announcement at 5 a.m. EDT today", None, O, "tree_announce_time", "csn0500"),
    ("tree_science.txt", "The Bornean giant stands 336 feet tall", 336, O, "tree_height", "csn336"),
    ("tree_science.txt", "Their five-person climbing team", 5, O, "tree_climbers", "csn5"),
    ("tree_science.txt", "topped out at 7:15 p.m. EDT on Friday, March 15", None, O, "tree_climb_time", "csnclimb"),
    ("tree_science.txt", "It was 66 °F in the crown", 66, O, "tree_crown_temp", "csn66f"),
    ("tree_science.txt", "a 100.8-metre meranti", 100.8, O, "tree_old_record", "csn1008"),
    ("tree_science.txt", "about 13.5 metres shorter than Hyperion", 13.5, O, "tree_redwood_gap", "csn135"),
    ("tree_science.txt", "points to light red meranti, Shorea johorensis", None, GEN, "tree_species", "genjoh"),
    ("tree_science.txt", "measured by lidar at 104 metres in 2039", 104, GEN, "tree_kalimantan", "gen104"),
    ("tree_science.txt", "so this is not the tallest tropical tree", None, GEN, "tree_tallest", "gennot"),
    ("tree_science.txt", "The 8.5-foot-wide trunk", 8.5, O, "tree_trunk", "csn85"),
    ("tree_science.txt", "weighs about 179,000 pounds", 179000, O, "tree_mass", "csn179k"),
    ("tree_science.txt", "about 930 square miles", 930, O, "tree_survey_area", "csn930"),
    ("tree_science.txt", "36-year-old Jamila Osman-Tan", 36, O, "tree_climber_age", "csn36"),

    # ---------------- vote: the count ends 21:47 Sunday 21 June 2043 in Punta Arenas (UTC-3 all year) = 20:47 in
    # Santiago (UTC-4 in winter) = 00:47 GMT and 02:47 CEST (UTC+2) on Monday 22 June (taking Punta Arenas to keep
    # Santiago's clock gives 03:47 CEST); polls close 18:00 = 17:00 in Santiago; 24,870 + 25,302 = 50,172 valid, +
    # 1,104 blank + 840 null = 52,116 cast; 52,116 / 118,420 = 44.0 per cent; 25,302 / 50,172 = 50.43 per cent;
    # margin 432 (preliminary: 25,302 - 24,812 = 490); 380 km2 = 38,000 ha = 146.7 square miles
    # the municipality's official notice (date prefix with the municipality's name continuing on the line, address,
    # e-mail and phone, notice number, issue line "Monday 22 June 2043, 10:00 (Magallanes time, UTC−3)", title in
    # capitals, results table, the mayor quoted, "— END OF NOTICE —", press office line), Monday 22 June 10:00
    ("vote_muni.txt", "open from 08:00 to 18:00", None, MUNI, "vote_poll_close", "munihours"),
    ("vote_muni.txt", "142 voting tables", 142, MUNI, "vote_tables", "muni142"),
    ("vote_muni.txt", "28 polling places", 28, MUNI, "vote_places", "muni28"),
    ("vote_muni.txt", "The final count was completed at 21:47 on Sunday 21 June", None, MUNI, "vote_count_end",
     "muni2147"),
    ("vote_muni.txt", "Registered voters: 118,420", 118420, MUNI, "vote_registered", "muni118k"),
    ("vote_muni.txt", "Votes cast: 52,116", 52116, MUNI, "vote_cast", "muni52k"),
    ("vote_muni.txt", "turnout 44.0 per cent", 44.0, MUNI, "vote_turnout", "muni44"),
    ("vote_muni.txt", "Yes: 24,870", 24870, MUNI, "vote_yes", "muniyes"),
    ("vote_muni.txt", "No: 25,302", 25302, MUNI, "vote_no", "munino"),
    ("vote_muni.txt", "50.43 per cent of valid votes", 50.43, MUNI, "vote_no_share", "muni5043"),
    ("vote_muni.txt", "Blank: 1,104", 1104, MUNI, "vote_blank", "muniblank"),
    ("vote_muni.txt", "Null: 840", 840, MUNI, "vote_null", "muninull"),
    ("vote_muni.txt", "The No option won by 432 votes", 432, MUNI, "vote_margin", "muni432"),
    ("vote_muni.txt",
     "received 17 formal objections to the count at individual tables, and dismissed all of them", 17, MUNI,
     "vote_objections", "muni17"),
    ("vote_muni.txt", "binding only if more than 50 per cent of registered voters take part", 50, MUNI,
     "vote_threshold", "muni50"),
    ("vote_muni.txt", "The result is therefore not binding on the council", None, MUNI, "vote_binding", "muninot"),
    ("vote_muni.txt", "The council will vote on the change of land use on Tuesday 7 July", None, MUNI,
     "vote_council_date", "muni0707"),
    # the Punta Arenas daily's English digest (El Estrecho; own-line date, masthead, tagline and date line, headline,
    # byline; its own margin, votes, count "9.47pm", right, offset "an hour later by the clock than in Santiago",
    # right, turnout "Fewer than half", registered voters, the temperature, permanent staff, distance, area in km2, the
    # partner's "quarter", the council's 14 July and "second plebiscite"; the No campaign on binding and turbines; the
    # company on investment, construction jobs and campaign cost; the bird group; voters quoted; a sentence glued
    # without a space; a photo caption with the wrong year; subscribe line), Monday 22 June
    ("vote_estrecho.txt", "by fewer than 500 votes", 500, O, "vote_margin", "est500"),
    ("vote_estrecho.txt", "25,302 votes for No", 25302, O, "vote_no", "estno"),
    ("vote_estrecho.txt", "24,870 for Yes", 24870, O, "vote_yes", "estyes"),
    ("vote_estrecho.txt", "The count ended at 9.47pm", None, O, "vote_count_end", "est2147"),
    ("vote_estrecho.txt", "an hour later by the clock than in Santiago", 1, O, "vote_offset", "est1h"),
    ("vote_estrecho.txt", "Fewer than half", 50, O, "vote_turnout", "esthalf"),
    ("vote_estrecho.txt", "some 118,000 registered voters", 118000, O, "vote_registered", "est118k"),
    ("vote_estrecho.txt", "at −4 °C", -4, O, "vote_temperature", "estm4"),
    ("vote_estrecho.txt", "The result is binding, whatever the mayor says", None, NO, "vote_binding", "nobinding"),
    ("vote_estrecho.txt", "the company planned more than 300 turbines", 300, NO, "vote_turbines", "no300"),
    ("vote_estrecho.txt", "US$ 4.6 billion of investment", 4600000000, COMP, "vote_investment", "comp46"),
    ("vote_estrecho.txt", "3,500 jobs during construction", 3500, COMP, "vote_construction_jobs", "comp3500"),
    ("vote_estrecho.txt", "the company's campaign had cost 180 million pesos", 180000000, COMP,
     "vote_campaign_spend", "comp180"),
    ("vote_estrecho.txt", "about 400 permanent staff", 400, O, "vote_permanent_jobs", "est400"),
    ("vote_estrecho.txt", "28 km north of the city", 28, O, "vote_distance", "est28"),
    ("vote_estrecho.txt", "380 square kilometres of steppe", 380, O, "vote_area", "est380"),
    ("vote_estrecho.txt", "owns a quarter of the project", 25, O, "vote_stake", "estq"),
    ("vote_estrecho.txt", "would sit on the flight path of Chilean flamingos", None, AVES, "vote_flamingos",
     "avespath"),
    ("vote_estrecho.txt", "The council will decide on 14 July", None, O, "vote_council_date", "est1407"),
    ("vote_estrecho.txt", "It was the city's second plebiscite, after the 2031 vote on a casino licence", 2, O,
     "vote_rank", "est2nd"),
    # a Santiago broadcaster's web text (Radio Andes Noticias; leading-space own-line date, masthead, section, time
    # and "UPDATE" line, headline, dateline "PUNTA ARENAS —"; the municipality's preliminary margin and Yes votes; its
    # own poll close "5pm Santiago time" and count "20:47 Santiago time", right, the offset, right, votes cast, "51 per
    # cent", the threshold, distance, area in square miles, "first" plebiscite, polling stations, temperature,
    # population and distance from Santiago; the governor on investment; the union on construction jobs; the No
    # campaign on spending; the Energy Ministry; copyright line), Sunday 21 June 22:35, updated Monday 09:10
    ("vote_santiago.txt", "by 490 votes in the preliminary count", 490, MUNI, "vote_margin", "muni490"),
    ("vote_santiago.txt", "with Yes on 24,812", 24812, MUNI, "vote_yes", "muniprelim"),
    ("vote_santiago.txt", "Polls closed at 5pm Santiago time", None, O, "vote_poll_close", "ran1700"),
    ("vote_santiago.txt", "the count was completed at 20:47 Santiago time", None, O, "vote_count_end", "ran2047"),
    ("vote_santiago.txt", "Magallanes keeps summer time all year and is one hour ahead of Santiago in winter", 1, O,
     "vote_offset", "ran1h"),
    ("vote_santiago.txt", "Just over 52,000 people voted", 52000, O, "vote_cast", "ran52k"),
    ("vote_santiago.txt", "No took 51 per cent of valid votes", 51, O, "vote_no_share", "ran51"),
    ("vote_santiago.txt", "a 50 percent threshold", 50, O, "vote_threshold", "ran50"),
    ("vote_santiago.txt", "closer to US$ 3 billion", 3000000000, GOV, "vote_investment", "gov3"),
    ("vote_santiago.txt", "fewer than 2,000 construction jobs", 2000, UNION, "vote_construction_jobs", "union2000"),
    ("vote_santiago.txt", "more than 900 million pesos on advertising", 900000000, NO, "vote_campaign_spend",
     "no900"),
    ("vote_santiago.txt", "some 40 kilometres north of Punta Arenas", 40, O, "vote_distance", "ran40"),
    ("vote_santiago.txt", "about 147 square miles of steppe", 147, O, "vote_area", "ran147"),
    ("vote_santiago.txt", "the first communal plebiscite ever held in Magallanes", 1, O, "vote_rank", "ran1st"),
    ("vote_santiago.txt", "30 polling stations", 30, O, "vote_places", "ran30"),
    ("vote_santiago.txt", "minus six degrees", -6, O, "vote_temperature", "ranm6"),
    ("vote_santiago.txt", "a city of about 131,000 inhabitants", 131000, O, "vote_population", "ran131k"),
    ("vote_santiago.txt", "some 2,200 km south of Santiago", 2200, O, "vote_distance_santiago", "ran2200"),
    # a Hamburg hydrogen trade site's English edition (H2 Markt; no date line, masthead, tagline and time line
    # "Monday, 22 June 2043 | 11:05 CEST", headline; its own population, count "03:47 on Monday, German time", an hour
    # late, and "keeps Santiago's clock, six hours behind Germany", wrong, "50.4%", "48%", eligible voters, the "60%"
    # threshold, not binding, investment in dollars and euros and the share price; the company on jobs, area,
    # turbines, output and flamingos; the partner's stake and shipments; tracker and newsletter lines), 11:05 CEST
    ("vote_hamburg.txt", "a city of 140,000", 140000, O, "vote_population", "h2140k"),
    ("vote_hamburg.txt", "completed at 03:47 on Monday, German time", None, O, "vote_count_end", "h20347"),
    ("vote_hamburg.txt", "Punta Arenas keeps Santiago's clock, six hours behind Germany", 0, O, "vote_offset",
     "h2same"),
    ("vote_hamburg.txt", "No won 50.4% of valid votes", 50.4, O, "vote_no_share", "h2504"),
    ("vote_hamburg.txt", "a turnout of 48%", 48, O, "vote_turnout", "h248"),
    ("vote_hamburg.txt", "around 125,000 eligible voters", 125000, O, "vote_registered", "h2125k"),
    ("vote_hamburg.txt", "a 60% turnout threshold", 60, O, "vote_threshold", "h260"),
    ("vote_hamburg.txt", "so the result is not binding", None, O, "vote_binding", "h2not"),
    ("vote_hamburg.txt", "420 permanent jobs", 420, COMP, "vote_permanent_jobs", "comp420"),
    ("vote_hamburg.txt", "38,000 hectares", 38000, COMP, "vote_area", "comp38k"),
    ("vote_hamburg.txt", "210 wind turbines", 210, COMP, "vote_turbines", "comp210"),
    ("vote_hamburg.txt", "1.1 million tonnes of ammonia a year", 1100000, COMP, "vote_output", "comp11"),
    ("vote_hamburg.txt", "the turbines are not on any flamingo flight path", None, COMP, "vote_flamingos",
     "compnopath"),
    ("vote_hamburg.txt", "US$ 4.6 billion (about €4.2 billion)", 4600000000, O, "vote_investment", "h246"),
    ("vote_hamburg.txt", "Nordhafen holds 30 per cent", 30, NORD, "vote_stake", "nord30"),
    ("vote_hamburg.txt", "Nordhafen shares fell 3.1% in Frankfurt in the first hour of trading on Monday", 3.1, O,
     "vote_shares", "h2shares"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("tasman_club.txt", "its decision is final", None, CLUB, "tasman_opt_final"),
    ("tasman_club.txt", "is still a race record", None, CLUB, "tasman_opt_still_record"),
    ("tasman_hobart.txt", "her crew had sailed a clean race", None, SKIP, "tasman_opt_clean"),
    ("tasman_hobart.txt", "spent the afternoon stripping their torn headsail", None, O, "tasman_opt_headsail"),
    ("tasman_auckland.txt", "it should never have been heard", None, SKIP, "tasman_opt_heard"),
    ("tasman_auckland.txt", "most of them with sail damage", None, O, "tasman_opt_sail_damage"),
    ("tasman_auckland.txt", "Kōtuku is to be shipped home in January", None, O, "tasman_opt_shipped"),
    ("tasman_offshore.txt", "which leaves the result unchanged", None, O, "tasman_opt_unchanged"),
    ("tree_university.txt", "Giants like this hold more carbon than whole hectares of younger forest", None, UNI,
     "tree_opt_giants"),
    ("tree_university.txt", "its exact location is being kept secret to protect it", None, UNI, "tree_opt_secret"),
    ("tree_university.txt", "published today in the Journal of Tropical Canopy Research", None, UNI,
     "tree_opt_journal"),
    ("tree_wire.txt", "several urged the state to keep the site closed", None, O, "tree_opt_urged"),
    ("tree_wire.txt", "The find adds to a run of record trees measured on Borneo over the past two decades", None, O,
     "tree_opt_run"),
    ("tree_science.txt", "which was already Saturday morning in Sabah", None, O, "tree_opt_saturday"),
    ("tree_science.txt", "a tape dropped from the top leader to the ground is still the gold standard", None, O,
     "tree_opt_gold_standard"),
    ("vote_muni.txt", "Representatives of both campaigns were present throughout", None, MUNI, "vote_opt_present"),
    ("vote_muni.txt", "The people of Punta Arenas have spoken", None, MUNI, "vote_opt_spoken"),
    ("vote_estrecho.txt", "he had voted No", None, O, "vote_opt_fisherman"),
    ("vote_santiago.txt", "which is still under review", None, O, "vote_opt_permit"),
    ("vote_hamburg.txt", "first shipments to the Elbe were planned for 2049", 2049, NORD, "vote_opt_shipments"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # tasman
    "tasman_finish_time": {("clubfin", "ibcfin"): CO, ("clubfin", "aklfin"): CO, ("clubfin", "bwfin"): CO,
                           ("ibcfin", "aklfin"): CO, ("ibcfin", "bwfin"): CO, ("aklfin", "bwfin"): CO},
    "tasman_start_time": {("clubstart", "ibcstart"): CO, ("clubstart", "aklstart"): CO, ("clubstart", "bwstart"): C,
                          ("ibcstart", "aklstart"): CO, ("ibcstart", "bwstart"): C, ("aklstart", "bwstart"): C},
    "tasman_elapsed": {("clubel", "aklel"): C, ("clubel", "bwel"): CO, ("aklel", "bwel"): C},
    "tasman_margin": {("club4112", "akl41"): CO, ("club4112", "bw43"): C, ("akl41", "bw43"): C},
    "tasman_runnerup_finish": {("clubst", "bwst"): CO},
    "tasman_protest_time": {("club0240", "bw1540"): CO},
    "tasman_exclusion": {("club3nm", "bw5nm"): C},
    "tasman_protest_window": {("club2h", "skip1h"): C},
    "tasman_distance_off": {("jury26", "st14"): C, ("jury26", "nav32"): C, ("st14", "nav32"): C},
    "tasman_penalty": {("jury30", "jury30"): SC, ("jury30", "bw20"): C},
    "tasman_ruling_time": {("club1645", "akl1845"): CO, ("club1645", "bw0545"): CO, ("akl1845", "bw0545"): CO},
    "tasman_corrected": {("clubcorr", "ibccorr"): CO},
    "tasman_margin_after": {("club1112", "ibc11"): CO, ("club1112", "akl11"): CO, ("ibc11", "akl11"): CO},
    "tasman_appeal": {("clubnoappeal", "stappeal"): C},
    "tasman_protest_demand": {("stdq", "akltp"): C},
    "tasman_old_record": {("clubrec", "aklrec"): C},
    "tasman_record_year": {("club2042", "akl2042"): CO},
    "tasman_edition": {("club12th", "bw2024"): CO},
    "tasman_course": {("club1280", "akl1350"): C, ("club1280", "bw2370"): CO, ("akl1350", "bw2370"): C},
    "tasman_starters": {("club38", "bw40"): C},
    "tasman_retired": {("club9", "club7"): U, ("club9", "aklq"): CO, ("club7", "aklq"): C},
    "tasman_length": {("club100ft", "ibc98"): C, ("club100ft", "bw305"): CO, ("ibc98", "bw305"): C},
    "tasman_crew": {("club18", "own20"): C},
    "tasman_injured": {("club3inj", "club2inj"): U},
    "tasman_hospital": {("pol1", "bw2hosp"): C},
    "tasman_crowd": {("club4000", "pol1500"): C},
    "tasman_skipper_age": {("ibc46", "akl44"): C},
    "tasman_offset_akl": {("ibc2h", "akl2h"): CO},
    "tasman_top_speed": {("nav346", "bw64"): CO},
    "tasman_gusts": {("bom48", "skip55"): C, ("bom48", "bw90"): CO, ("skip55", "bw90"): C},
    "tasman_sea_temp": {("bom14", "bw57f"): CO},
    "tasman_first_nz": {("ibc2038", "aklfirst"): C},
    "tasman_cost": {("own31", "bw25"): C},
    # tree
    "tree_species": {("unisp", "sfdsp"): CO, ("unisp", "genjoh"): C, ("sfdsp", "genjoh"): C},
    "tree_tallest": {("unitall", "unitall"): SC, ("unitall", "gennot"): C},
    "tree_announce_time": {("uni1000", "snw0900"): CO, ("uni1000", "nbt1800"): C, ("uni1000", "csn0500"): CO,
                           ("snw0900", "nbt1800"): C, ("snw0900", "csn0500"): CO, ("nbt1800", "csn0500"): C},
    "tree_climb_time": {("uniclimb", "snwclimb"): CO, ("uniclimb", "climbtime"): CO, ("uniclimb", "csnclimb"): CO,
                        ("snwclimb", "climbtime"): CO, ("snwclimb", "csnclimb"): CO, ("climbtime", "csnclimb"): CO},
    "tree_height": {("uni1024", "uni1024"): SC, ("uni1024", "bot1009"): C, ("uni1024", "csn336"): CO,
                    ("bot1009", "csn336"): C},
    "tree_lidar_height": {("uni1029", "snw103"): CO},
    "tree_old_record": {("uni1013", "csn1008"): C},
    "tree_old_record_year": {("uni2033", "nbt2031"): C},
    "tree_margin": {("uni11", "uni11"): SC},
    "tree_survey_area": {("uni2400", "snw240k"): CO, ("uni2400", "csn930"): CO, ("snw240k", "csn930"): CO},
    "tree_over100": {("uni7", "sfd8"): C, ("uni7", "sfd10"): C, ("sfd8", "sfd10"): U},
    "tree_protected": {("uniprot", "ngoconc"): C},
    "tree_logging_distance": {("sfd15", "ngo3"): C},
    "tree_age": {("uni450", "snw450"): CO, ("uni450", "bot700"): C, ("snw450", "bot700"): C},
    "tree_trunk": {("uni26", "nbt82"): CO, ("uni26", "csn85"): CO, ("nbt82", "csn85"): CO},
    "tree_mass": {("uni81", "csn179k"): CO},
    "tree_climbers": {("uni5", "climb6"): C, ("uni5", "csn5"): CO, ("climb6", "csn5"): C},
    "tree_climb_duration": {("uni4h", "climb340"): C},
    "tree_name": {("uninoname", "sfdname"): C},
    "tree_funding": {("uni21", "snw16"): C},
    "tree_offset": {("uni7h", "snw7h"): CO, ("uni7h", "nbt8h"): C, ("snw7h", "nbt8h"): C},
    "tree_visitors": {("minwalk", "sfdclosed"): C},
    "tree_climber_age": {("nbt34", "csn36"): C},
    "tree_crown_temp": {("climb19", "csn66f"): CO},
    # vote
    "vote_count_end": {("muni2147", "est2147"): CO, ("muni2147", "ran2047"): CO, ("muni2147", "h20347"): C,
                       ("est2147", "ran2047"): CO, ("est2147", "h20347"): C, ("ran2047", "h20347"): C},
    "vote_offset": {("est1h", "ran1h"): CO, ("est1h", "h2same"): C, ("ran1h", "h2same"): C},
    "vote_poll_close": {("munihours", "ran1700"): CO},
    "vote_places": {("muni28", "ran30"): C},
    "vote_registered": {("muni118k", "est118k"): CO, ("muni118k", "h2125k"): C, ("est118k", "h2125k"): C},
    "vote_cast": {("muni52k", "ran52k"): CO},
    "vote_turnout": {("muni44", "esthalf"): CO, ("muni44", "h248"): C, ("esthalf", "h248"): CO},
    "vote_yes": {("muniyes", "estyes"): CO, ("muniyes", "muniprelim"): U, ("estyes", "muniprelim"): C},
    "vote_no": {("munino", "estno"): CO},
    "vote_no_share": {("muni5043", "ran51"): C, ("muni5043", "h2504"): CO, ("ran51", "h2504"): C},
    "vote_margin": {("muni432", "est500"): CO, ("muni432", "muni490"): U, ("est500", "muni490"): CO},
    "vote_threshold": {("muni50", "ran50"): CO, ("muni50", "h260"): C, ("ran50", "h260"): C},
    "vote_binding": {("muninot", "nobinding"): C, ("muninot", "h2not"): CO, ("nobinding", "h2not"): C},
    "vote_council_date": {("muni0707", "est1407"): C},
    "vote_temperature": {("estm4", "ranm6"): C},
    "vote_investment": {("comp46", "gov3"): C, ("comp46", "h246"): CO, ("gov3", "h246"): C},
    "vote_construction_jobs": {("comp3500", "union2000"): C},
    "vote_permanent_jobs": {("est400", "comp420"): CO},
    "vote_turbines": {("no300", "comp210"): C},
    "vote_area": {("est380", "ran147"): CO, ("est380", "comp38k"): CO, ("ran147", "comp38k"): CO},
    "vote_distance": {("est28", "ran40"): C},
    "vote_stake": {("estq", "nord30"): C},
    "vote_flamingos": {("avespath", "compnopath"): C},
    "vote_rank": {("est2nd", "ran1st"): C},
    "vote_campaign_spend": {("comp180", "no900"): C},
    "vote_population": {("ran131k", "h2140k"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
