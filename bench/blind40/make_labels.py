"""Hand labels for bench/blind40 (the commissioning of the Santiago Sul seawater desalination plant near Praia, Cape
Verde, its capacity, cost, reach and brine disputed, with times in Cape Verde time, UTC-1, GMT, Central European Summer
Time and Rotterdam time; first light of the Gamsberg Survey Telescope in Namibia's Khomas Highland, its mirror, cost,
site and first image disputed, with times in Central Africa Time, UTC+2, CEST, South African Standard Time and UTC; a
disputed clock in the armageddon game that decided the Batumi Black Sea Open chess tournament in Georgia, the clock,
the appeal, the fine and the event's figures disputed, with times in Georgia time, UTC+4, Belgrade summer time,
UTC+2, and UTC).
Run from the project root:
    python3 bench/blind40/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
MIN = "Cape Verde's Minister of Water and Energy, Josefa Semedo Rocha"
AICV = "Águas Insulares de Cabo Verde (AICV), the state water company (chairman Anildo Brito Spencer)"
HID = "Hidromar Ibérica, the builder (project director Iñaki Garmendia Ruiz)"
MIF = "Macaronesia Infrastructure Fund (MIF), the lender (investment director Carmela Quintana Déniz)"
UNION = "Praia Consumers' Union (Kátia Andrade Gomes)"
FISH = "São Martinho fishermen's association (president Zeca Varela Mendes)"
HYD = "hydrogeologist Dr Adilson Monteiro Fonseca (Atlantic Institute for Water Studies, Mindelo)"
COUSIN = "Nelson, a control-room operator at the plant (the writer's cousin)"
AUNT = "Filomena, a resident of Achada Santo António (the writer's aunt)"
FOBS = "National Fisheries Observatory, Mindelo"

SSSC = ("Southern Skies Survey Consortium, the builders (project scientist Prof. Henrike Vollmer-Adjei, "
        "Rhein-Neckar Institute for Observational Astronomy; spokesman Tobias Reinhold)")
NSSC = "Namibian Space Science Council (chairperson Dr Ndapewa Shikongo)"
MINT = "Namibia's Minister of Higher Education and Innovation, Helvi Kandjii-Nauyoma"
MP = "opposition MP Rosina Kaapama"
MAB = "astronomer Dr Sipho Mabandla (Karoo Optical Institute)"
SAALE = "Saale Glaswerke, the mirror maker (chief executive Konrad Weißenfels)"

BSC = "Black Sea Chess Festival Foundation, the organisers"
ARB = "chief arbiter Helga Moosbrugger"
RIST = "Grandmaster Dušan Ristović"
MAN = "Vesna Lukić-Hadžić, Ristović's manager"
KRON = "Kronos Timing, the clock supplier (technical director Matej Kovačič)"
VIEW = "Viewcount Labs, a chess-stream tracker"
GCU = "Global Chess Union (spokesman Pieter Aalbersberg)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- desal: the Santiago Sul desalination plant at São Martinho Grande, west of Praia, Cape Verde,
    # inaugurated on Thu 12 May 2033; first water at 10:30 Cape Verde time (UTC-1) = 11:30 GMT = 12:30 Lisbon and
    # Canaries (WEST) = 13:30 CEST (Madrid, Rotterdam); cost 4.9 billion escudos (the minister, Thursday) -> 5.3
    # billion escudos (the minister, Friday) = EUR 48.07 million at the peg of 110.265 escudos to the euro; no one hurt
    # Lusophone news agency's English wire (AAN; own-line date, glued dateline "PRAIA, May 12 (AAN)Cape", a glued
    # sentence "year.He", GMT in brackets, reporting/editing sign-off), Thursday 12 May
    ("desal_wire.txt", "at 10:30 a.m. local time", None, O, "desal_time", "outw1030"),
    ("desal_wire.txt", "11:30 GMT", None, O, "desal_time", "outw1030"),
    ("desal_wire.txt", "some 400 guests", 400, O, "desal_guests", "outw400"),
    ("desal_wire.txt", "25,000 cubic metres of water a day", 25000, MIN, "desal_capacity", "min25"),
    ("desal_wire.txt", "enough for about 150,000 people", 150000, MIN, "desal_people", "min150"),
    ("desal_wire.txt", "about half of the capital's water needs", 50, MIN, "desal_share", "minhalf"),
    ("desal_wire.txt", "deliver 12,000 cubic metres a day", 12000, AICV, "desal_first_phase", "aicv12"),
    ("desal_wire.txt", "a 6 MW solar field", 6, AICV, "desal_solar", "aicv6"),
    ("desal_wire.txt", "45 permanent staff", 45, AICV, "desal_jobs", "aicv45"),
    ("desal_wire.txt", "290 escudos per cubic metre", 290, AICV, "desal_tariff", "aicv290"),
    ("desal_wire.txt", "now pay 340 escudos", 340, O, "desal_tariff_old", "outw340"),
    ("desal_wire.txt", "up to 900 escudos a cubic metre", 900, O, "desal_tanker", "outw900"),
    ("desal_wire.txt", "4.9 billion escudos", 4900000000, MIN, "desal_cost", "min49"),
    ("desal_wire.txt", "a €35 million loan", 35000000, MIN, "desal_loan", "min35"),
    ("desal_wire.txt", "on schedule", None, MIN, "desal_delay", "minok"),
    ("desal_wire.txt", "in under two years", 2, MIN, "desal_build", "minu2"),
    ("desal_wire.txt", "a 14-kilometre pipeline", 14, O, "desal_pipeline", "outw14"),
    ("desal_wire.txt", "a 10,000-cubic-metre tank", 10000, O, "desal_storage", "outw10k"),
    ("desal_wire.txt", "fallen by about half", 50, FISH, "desal_catch", "fishhalf"),
    ("desal_wire.txt", "about 85 per cent of the country's drinking water", 85, O, "desal_national", "outw85"),
    # the builder's press release (Hidromar Ibérica, Madrid; date prefix with the text continuing on the same line,
    # CEST time, quotes from the project director and the lender, "About" boilerplate with look-alike figures (founded
    # in 1987, more than 140 plants, 23 countries, 4.1 million m3 a day, some 2,600 people), press contact with a
    # phone number), Thursday 12 May
    ("desal_release.txt", "at 13:30 CEST", None, HID, "desal_time", "hid1330"),
    ("desal_release.txt", "20,000 m³ per day", 20000, HID, "desal_capacity", "hid20"),
    ("desal_release.txt", "some 200,000 people", 200000, HID, "desal_people", "hid200"),
    ("desal_release.txt", "€48 million", 48000000, HID, "desal_cost", "hid48"),
    ("desal_release.txt", "signed in November 2030", None, HID, "desal_contract", "hidnov30"),
    ("desal_release.txt", "began in July 2031", None, HID, "desal_start", "hidjul31"),
    ("desal_release.txt", "a 10,000 m³ storage tank", 10000, HID, "desal_storage", "hid10k"),
    ("desal_release.txt", "four reverse-osmosis trains", 4, HID, "desal_trains", "hid4"),
    ("desal_release.txt", "1,344 membrane elements", 1344, HID, "desal_membranes", "hid1344"),
    ("desal_release.txt", "3.1 kilowatt-hours per cubic metre", 3.1, HID, "desal_energy", "hid31"),
    ("desal_release.txt", "a 9.6-megawatt solar farm", 9.6, HID, "desal_solar", "hid96"),
    ("desal_release.txt", "a diffuser 600 metres offshore", 600, HID, "desal_brine_dist", "hid600"),
    ("desal_release.txt", "found no measurable effect on marine life", None, HID, "desal_brine_effect", "hidnone"),
    ("desal_release.txt", "a €32 million loan", 32000000, MIF, "desal_loan", "mif32"),
    # a diaspora newsletter from Rotterdam (Morabeza Letter by Djamila Fortes-Verhoeven; first person, a time told
    # in words in Rotterdam time, bold-headed paragraphs, relatives quoted, a glued sentence "Grande.But", four
    # comments (two with figures), comment boilerplate), no date line, heading date Saturday 14 May
    ("desal_blog.txt", "at half past one in the afternoon here in Rotterdam", None, O, "desal_time", "outb1330"),
    ("desal_blog.txt", "about two hundred guests", 200, O, "desal_guests", "outb200"),
    ("desal_blog.txt", "built for 20,000 cubic metres a day", 20000, O, "desal_capacity", "outb20"),
    ("desal_blog.txt", "the 25,000 the minister keeps repeating", 25000, MIN, "desal_capacity", "min25"),
    ("desal_blog.txt", "barely 8,000 cubic metres a day", 8000, COUSIN, "desal_first_phase", "cousin8"),
    ("desal_blog.txt", "fewer than 90,000 residents", 90000, UNION, "desal_people", "union90"),
    ("desal_blog.txt", "a third at most", 33, HYD, "desal_share", "hyd3rd"),
    ("desal_blog.txt", "the minister said 4.9 billion escudos", 4900000000, MIN, "desal_cost", "min49"),
    ("desal_blog.txt", "now puts it at 5.3 billion escudos", 5300000000, MIN, "desal_cost", "min53"),
    ("desal_blog.txt", "three years late", 3, UNION, "desal_delay", "union3y"),
    ("desal_blog.txt", "work started in 2030", None, O, "desal_start", "outb2030"),
    ("desal_blog.txt", "about 60 jobs", 60, MIN, "desal_jobs", "min60"),
    ("desal_blog.txt", "1,200 escudos for a cubic metre", 1200, AUNT, "desal_tanker", "aunt1200"),
    ("desal_blog.txt", "no less than 340 escudos", 340, UNION, "desal_tariff", "union340"),
    ("desal_blog.txt", "more than four kilowatt-hours per cubic metre", 4, HYD, "desal_energy", "hyd4"),
    ("desal_blog.txt", "a pipeline of about 20 km", 20, O, "desal_pipeline", "outb20km"),
    ("desal_blog.txt", "barely 200 metres from the rocks", 200, FISH, "desal_brine_dist", "fish200"),
    ("desal_blog.txt", "the octopus have gone since March", None, FISH, "desal_brine_effect", "fishgone"),
    # water-industry trade weekly (Membrane & Brine Report, Singapore; date prefix glued to the masthead, the zone
    # mistake "10:30 GMT" (as if Cape Verde kept GMT), a "Plant at a glance" bullet list, US gallons, miles, yards,
    # dollars "(EUR 1 = US$1.08)", "MBR view", publisher and subscription line), Wednesday 18 May
    ("desal_trade.txt", "at 10:30 GMT", None, O, "desal_time", "outt1030"),
    ("desal_trade.txt", "built the plant in 22 months", 22, O, "desal_build", "outt22"),
    ("desal_trade.txt", "some 5.3 million US gallons a day", 5300000, HID, "desal_capacity", "hid20"),
    ("desal_trade.txt", "five trains", 5, O, "desal_trains", "outt5"),
    ("desal_trade.txt", "more than 1,500 membrane elements", 1500, O, "desal_membranes", "outt1500"),
    ("desal_trade.txt", "3.1 kWh/m3", 3.1, HID, "desal_energy", "hid31"),
    ("desal_trade.txt", "an 8 MW solar array", 8, O, "desal_solar", "outt8"),
    ("desal_trade.txt", "a 15,000 m3 tank", 15000, O, "desal_storage", "outt15k"),
    ("desal_trade.txt", "8.7 miles of pipe", 8.7, O, "desal_pipeline", "outt87"),
    ("desal_trade.txt", "some 650 yards offshore", 650, HID, "desal_brine_dist", "hid600"),
    ("desal_trade.txt", "about US$52 million", 52000000, HID, "desal_cost", "hid48"),
    ("desal_trade.txt", "€32m", 32000000, MIF, "desal_loan", "mif32"),
    ("desal_trade.txt", "about 3.2 million gallons a day", 3200000, AICV, "desal_first_phase", "aicv12"),
    ("desal_trade.txt", "40 per cent of Praia's daily demand", 40, AICV, "desal_share", "aicv40"),
    ("desal_trade.txt", "serving some 150,000 people", 150000, AICV, "desal_people", "aicv150"),
    ("desal_trade.txt", "45 AICV employees", 45, AICV, "desal_jobs", "aicv45"),
    ("desal_trade.txt", "some 80 per cent of the country's water", 80, O, "desal_national", "outt80"),
    ("desal_trade.txt", "about €2.63 per cubic metre", 2.63, AICV, "desal_tariff", "aicv290"),
    ("desal_trade.txt", "4.2 kWh per cubic metre", 4.2, HYD, "desal_energy", "hyd4"),
    ("desal_trade.txt", "closer to €60 million", 60000000, UNION, "desal_cost", "union60"),
    ("desal_trade.txt", "a 15 per cent drop in octopus landings", 15, FOBS, "desal_catch", "fobs15"),

    # ---------------- tele: first light of the Gamsberg Survey Telescope, Khomas Highland, Namibia, on the night of
    # Tue 7 June 2033 at 23:12 Namibian time (CAT, UTC+2) = 21:12 UTC = 23:12 CEST = 23:12 SAST; cost EUR 86 million
    # (the consortium, Wednesday) -> EUR 93 million (the consortium, Thursday); no one hurt
    # Windhoek daily's website (The Windhoek Clarion; leading-space date line with the masthead continuing on it,
    # a photo caption with a wrong year, "(EUR 1 = N$19.80)", a glued sentence "said.The", three reader comments),
    # Thursday 9 June
    ("tele_daily.txt", "on 7 June 2023", None, O, "tele_date", "outdcap"),
    ("tele_daily.txt", "about 120 km south-west of Windhoek", 120, O, "tele_distance", "outd120"),
    ("tele_daily.txt", "at 11.12pm on Tuesday", None, NSSC, "tele_time", "nssc2312"),
    ("tele_daily.txt", "the Carina Nebula", None, NSSC, "tele_object", "nssccarina"),
    ("tele_daily.txt", "Africa's biggest telescope", None, MINT, "tele_largest", "mintbig"),
    ("tele_daily.txt", "more than 300 guests", 300, O, "tele_guests", "outd300"),
    ("tele_daily.txt", "more than 2,500 metres above sea level", 2500, O, "tele_altitude", "outd2500"),
    ("tele_daily.txt", "Its 30-metre dome", 30, NSSC, "tele_dome", "nssc30"),
    ("tele_daily.txt", "a 4.5-metre mirror", 4.5, NSSC, "tele_mirror", "nssc45"),
    ("tele_daily.txt", "from seven countries", 7, O, "tele_countries", "outd7"),
    ("tele_daily.txt", "N$1.7 billion", 1700000000, NSSC, "tele_cost", "nssc17"),
    ("tele_daily.txt", "N$180 million", 180000000, NSSC, "tele_share", "nssc180"),
    ("tele_daily.txt", "two years late", 2, NSSC, "tele_delay", "nssc2y"),
    ("tele_daily.txt", "employ 35 Namibians", 35, NSSC, "tele_staff", "nssc35"),
    ("tele_daily.txt", "minus 3 degrees Celsius", -3, O, "tele_temp", "outdm3"),
    # the consortium's press release (Rhein-Neckar Institute for Observational Astronomy, Heidelberg; date prefix
    # glued to the release line, CEST time with the local time in brackets, a foot conversion in brackets, a quote
    # from the project scientist, "About" boilerplate with look-alike figures (founded in 1961, about 410 people, 14
    # institutes), media contact with a phone number), Wednesday 8 June
    ("tele_release.txt", "In the night of 7 June", None, SSSC, "tele_date", "ssscdate"),
    ("tele_release.txt", "at 23:12 CEST", None, SSSC, "tele_time", "sssc2312"),
    ("tele_release.txt", "23:12 local time in Namibia", None, SSSC, "tele_time", "sssc2312"),
    ("tele_release.txt", "a 30-second exposure", 30, SSSC, "tele_exposure", "sssc30s"),
    ("tele_release.txt", "the globular cluster Omega Centauri", None, SSSC, "tele_object", "ssscomega"),
    ("tele_release.txt", "an image quality of 0.6 arcseconds", 0.6, SSSC, "tele_seeing", "sssc06"),
    ("tele_release.txt", "the largest optical telescope in Africa", None, SSSC, "tele_largest", "sssclargest"),
    ("tele_release.txt", "Its 4.1-metre", 4.1, SSSC, "tele_mirror", "sssc41"),
    ("tele_release.txt", "13.5-foot) primary mirror", 13.5, SSSC, "tele_mirror", "sssc41"),
    ("tele_release.txt", "weighs 16.5 tonnes", 16.5, SSSC, "tele_mweight", "sssc165"),
    ("tele_release.txt", "a 28-metre dome", 28, SSSC, "tele_dome", "sssc28"),
    ("tele_release.txt", "2,347 metres above sea level", 2347, SSSC, "tele_altitude", "sssc2347"),
    ("tele_release.txt", "a field of 3 square degrees", 3, SSSC, "tele_field", "sssc3"),
    ("tele_release.txt", "about 20 terabytes of data a night", 20, SSSC, "tele_data", "sssc20"),
    ("tele_release.txt", "more than 300 clear nights a year", 300, SSSC, "tele_nights", "sssc300"),
    ("tele_release.txt", "a ten-year survey", 10, SSSC, "tele_survey", "sssc10y"),
    ("tele_release.txt", "about 18 months later than first planned", 18, SSSC, "tele_delay", "sssc18m"),
    ("tele_release.txt", "€86 million", 86000000, SSSC, "tele_cost", "sssc86"),
    ("tele_release.txt", "institutes in six countries", 6, SSSC, "tele_countries", "sssc6"),
    ("tele_release.txt", "about a tenth of the cost", 10, SSSC, "tele_share", "ssscfrac"),
    ("tele_release.txt", "10 per cent of the observing time", 10, SSSC, "tele_obs_time", "ssscobs"),
    ("tele_release.txt", "employ 35 Namibian staff", 35, SSSC, "tele_staff", "sssc35"),
    # pan-African science news agency (Afriscience Wire, Cape Town; no date line, section and time line "Astronomy
    # | Thursday 9 June 2033 | 14:05 SAST", dateline "CAPE TOWN, 9 June (ASW) –", SAST time, rand in brackets, an
    # opposition MP quoted, a glued sentence "Africa.The", "– ASW –"), Thursday 9 June
    ("tele_agency.txt", "on Tuesday 7 June", None, O, "tele_date", "outadate"),
    ("tele_agency.txt", "at 23:12 South African time", None, O, "tele_time", "outa2312"),
    ("tele_agency.txt", "the giant star cluster Omega Centauri", None, O, "tele_object", "outaomega"),
    ("tele_agency.txt", "better than 0.8 arcseconds", 0.8, O, "tele_seeing", "outa08"),
    ("tele_agency.txt", "about 145 kilometres south-west of Windhoek", 145, O, "tele_distance", "outa145"),
    ("tele_agency.txt", "nearly 85 per cent of nights", 85, O, "tele_nights", "outa85"),
    ("tele_agency.txt", "4.12 metres across", 4.12, SAALE, "tele_mirror", "saale412"),
    ("tele_agency.txt", "more than 18 tonnes", 18, SAALE, "tele_mweight", "saale18"),
    ("tele_agency.txt", "now puts the cost at €93 million", 93000000, SSSC, "tele_cost", "sssc93"),
    ("tele_agency.txt", "about R1.84 billion", 1840000000, SSSC, "tele_cost", "sssc93"),
    ("tele_agency.txt", "N$2.4 billion", 2400000000, MP, "tele_cost", "mp24"),
    ("tele_agency.txt", "four years behind schedule", 4, MP, "tele_delay", "mp4y"),
    ("tele_agency.txt", "more than N$400 million", 400000000, MP, "tele_share", "mp400"),
    ("tele_agency.txt", "for ten per cent of the telescope's time", 10, MP, "tele_obs_time", "mp10"),
    ("tele_agency.txt", "about 60 local staff", 60, O, "tele_staff", "outa60"),
    ("tele_agency.txt", "at least 150 invited guests", 150, O, "tele_guests", "outa150"),
    ("tele_agency.txt", "expected to last eight years", 8, O, "tele_survey", "outa8y"),
    # a South African astronomy podcast's transcript (The Southern Sky Hour, episode 112; own-line date, speaker
    # labels with timestamps, the zone mistake "22:12 UTC" (as if Namibia still kept its old winter time, UTC+1),
    # the project scientist and a sceptical astronomer as guests), Friday 10 June
    ("tele_podcast.txt", "Last Tuesday night", None, O, "tele_date", "outpdate"),
    ("tele_podcast.txt", "at 22:12 UTC", None, O, "tele_time", "outp2212"),
    ("tele_podcast.txt", "about two degrees above freezing", 2, SSSC, "tele_temp", "sssc2c"),
    ("tele_podcast.txt", "4.1 metres across", 4.1, SSSC, "tele_mirror", "sssc41"),
    ("tele_podcast.txt", "institutes in six nations", 6, SSSC, "tele_countries", "sssc6"),
    ("tele_podcast.txt", "a two-minute exposure", 2, MAB, "tele_exposure", "mab2m"),
    ("tele_podcast.txt", "more like 1.2 arcseconds", 1.2, MAB, "tele_seeing", "mab12"),
    ("tele_podcast.txt", "about 2,350 metres up", 2350, MAB, "tele_altitude", "mab2350"),
    ("tele_podcast.txt", "about 230 usable nights a year", 230, MAB, "tele_nights", "mab230"),
    ("tele_podcast.txt", "not even the largest on the continent", None, MAB, "tele_largest", "mabnot"),
    ("tele_podcast.txt", "The final figure is €93 million", 93000000, SSSC, "tele_cost", "sssc93"),
    ("tele_podcast.txt", "about 18 months late", 18, SSSC, "tele_delay", "sssc18m"),
    ("tele_podcast.txt", "Closer to 12 terabytes a night", 12, MAB, "tele_data", "mab12tb"),
    ("tele_podcast.txt", "2.5 square degrees", 2.5, MAB, "tele_field", "mab25"),

    # ---------------- chess: the armageddon game that decided the Batumi Black Sea Open ended on Sat 3 Sep 2033 at
    # 23:47 Georgia time (UTC+4) = 19:47 UTC = 21:47 Belgrade summer time (CEST, UTC+2); Black (Ristovic) lost on
    # time; no one hurt
    # international sports wire (CSA; no date line, a time line "Sunday, September 4, 2033 | 08:40 GMT", glued
    # dateline "BATUMI, Georgia, Sept 4 (CSA) –Georgia's", a glued sentence "history.Some", sign-off), Sunday 4 Sep
    ("chess_wire.txt", "on move 57", 57, O, "chess_move", "outw57"),
    ("chess_wire.txt", "at 23:47 local time", None, O, "chess_end", "outw2347"),
    ("chess_wire.txt", "had shown four seconds", 4, RIST, "chess_seconds", "rist4"),
    ("chess_wire.txt", "The clock froze", None, RIST, "chess_clock", "ristfroze"),
    ("chess_wire.txt", "the 11-round Swiss tournament", 11, O, "chess_rounds", "outw11"),
    ("chess_wire.txt", "after four rapid games", 4, O, "chess_tiebreak", "outw4"),
    ("chess_wire.txt", "The 24-year-old Abashidze", 24, O, "chess_age_a", "outw24"),
    ("chess_wire.txt", "rated 2,586", 2586, O, "chess_rating", "outw2586"),
    ("chess_wire.txt", "the first Georgian woman to win the open section", None, O, "chess_first", "outwfirst"),
    ("chess_wire.txt", "more than 300 players", 300, O, "chess_players", "outw300"),
    ("chess_wire.txt", "from 41 countries", 41, O, "chess_countries", "outw41"),
    ("chess_wire.txt", "1.2 million viewers at its peak", 1200000, BSC, "chess_viewers", "bsc12m"),
    ("chess_wire.txt", "the prize fund of US$250,000", 250000, BSC, "chess_prize", "bsc250"),
    ("chess_wire.txt", "Some 1,500 spectators", 1500, O, "chess_spectators", "outw1500"),
    # the organisers' official statement (Black Sea Chess Festival Foundation; leading-space own-line date,
    # numbered paragraphs, the chief arbiter's report quoted, "About" boilerplate (founded in 2019, every year since
    # 2020), press contact with a phone number), Monday 5 Sep
    ("chess_statement.txt", "at 23:47 Batumi time on Saturday 3 September", None, BSC, "chess_end", "bsc2347"),
    ("chess_statement.txt", "the clock showed zero", 0, ARB, "chess_seconds", "arb0"),
    ("chess_statement.txt", "at move 57", 57, ARB, "chess_move", "arb57"),
    ("chess_statement.txt", "the clock worked correctly throughout the game", None, ARB, "chess_clock", "arbok"),
    ("chess_statement.txt", "five minutes for White against four for Black", None, BSC, "chess_tc", "bsc54"),
    ("chess_statement.txt", "lodged 35 minutes after the end of the game", 35, BSC, "chess_appeal", "bsc35"),
    ("chess_statement.txt", "rejected it unanimously", None, BSC, "chess_vote", "bscunan"),
    ("chess_statement.txt", "has been fined €2,000", 2000, BSC, "chess_fine", "bsc2000"),
    ("chess_statement.txt", "confirms GM Tamar Abashidze as champion", None, BSC, "chess_title", "bscchamp"),
    ("chess_statement.txt", "the US$40,000 first prize", 40000, BSC, "chess_winner", "bsc40k"),
    ("chess_statement.txt", "312 players", 312, BSC, "chess_players", "bsc312"),
    ("chess_statement.txt", "41 countries", 41, BSC, "chess_countries", "bsc41"),
    ("chess_statement.txt", "over 11 rounds", 11, BSC, "chess_rounds", "bsc11"),
    ("chess_statement.txt", "a prize fund of US$250,000", 250000, BSC, "chess_prize", "bsc250"),
    ("chess_statement.txt", "more than 1.2 million viewers", 1200000, BSC, "chess_viewers", "bsc12m"),
    # Belgrade sports daily's English web edition (Belgrade Sport Courier; date prefix with the masthead continuing
    # on the same line, Belgrade time, the player's manager quoted, three reader comments (two with figures),
    # comment boilerplate), Monday 5 Sep
    ("chess_daily.txt", "at 21:47 Belgrade time on Saturday", None, O, "chess_end", "outd2147"),
    ("chess_daily.txt", "aged 31", 31, O, "chess_age_r", "outd31"),
    ("chess_daily.txt", "four seconds left on his clock", 4, RIST, "chess_seconds", "rist4"),
    ("chess_daily.txt", "The clock had frozen", None, RIST, "chess_clock", "ristfroze"),
    ("chess_daily.txt", "within ten minutes of the game", 10, MAN, "chess_appeal", "man10"),
    ("chess_daily.txt", "by two votes to one", None, MAN, "chess_vote", "man21"),
    ("chess_daily.txt", "The game should be replayed", None, MAN, "chess_title", "manreplay"),
    ("chess_daily.txt", "about €230,000", 230000, BSC, "chess_prize", "bsc250"),
    ("chess_daily.txt", "fined Ristović 1,500 euros", 1500, O, "chess_fine", "outd1500"),
    ("chess_daily.txt", "The first prize of $50,000", 50000, O, "chess_winner", "outd50k"),
    ("chess_daily.txt", "the 23-year-old Tamar Abashidze", 23, O, "chess_age_a", "outd23"),
    ("chess_daily.txt", "the 312-player field", 312, O, "chess_players", "outd312"),
    ("chess_daily.txt", "played over nine rounds", 9, O, "chess_rounds", "outd9"),
    ("chess_daily.txt", "More than 1,000 people were in the hall", 1000, O, "chess_spectators", "outd1000"),
    ("chess_daily.txt", "More than 40 grandmasters", 40, O, "chess_letter", "outd40"),
    # chess news site's long read (The Rook File; no date line, "Posted 6 September 2033", a photo caption with the
    # hall's seats, the date mistake "19:47 UTC on Sunday" (the game ended on Saturday), frame-by-frame reading in
    # its own voice, the clock supplier and the world body quoted, membership line), Tuesday 6 Sep
    ("chess_site.txt", "which seats 800", 800, O, "chess_hall", "outs800"),
    ("chess_site.txt", "at 19:47 UTC on Sunday", None, O, "chess_end", "outs1947"),
    ("chess_site.txt", "on the 61st move", 61, O, "chess_move", "outs61"),
    ("chess_site.txt", "shows two seconds", 2, O, "chess_seconds", "outs2"),
    ("chess_site.txt", "found no fault", None, KRON, "chess_clock", "kronok"),
    ("chess_site.txt", "six minutes against five", None, O, "chess_tc", "outs65"),
    ("chess_site.txt", "some 20 minutes after the game", 20, O, "chess_appeal", "outs20"),
    ("chess_site.txt", "split 2–1", None, O, "chess_vote", "outs21"),
    ("chess_site.txt", "fined €2,000", 2000, O, "chess_fine", "outs2000"),
    ("chess_site.txt", "the result stands", None, GCU, "chess_title", "gcustands"),
    ("chess_site.txt", "About two dozen grandmasters", 24, O, "chess_letter", "outs24gm"),
    ("chess_site.txt", "The 24-year-old Georgian", 24, O, "chess_age_a", "outs24"),
    ("chess_site.txt", "an official rating of 2,591", 2591, O, "chess_rating", "outs2591"),
    ("chess_site.txt", "a live rating of 2,612", 2612, O, "chess_live", "outs2612"),
    ("chess_site.txt", "the second Georgian woman to win the open, after Nino Gelovani in 2029", None, O, "chess_first", "outssecond"),
    ("chess_site.txt", "after six rapid games", 6, O, "chess_tiebreak", "outs6"),
    ("chess_site.txt", "the 29-year-old Serb", 29, O, "chess_age_r", "outs29"),
    ("chess_site.txt", "a prize fund of half a million lari", 500000, O, "chess_prize", "outs500k"),
    ("chess_site.txt", "about 280 players", 280, O, "chess_players", "outs280"),
    ("chess_site.txt", "nearly 50 countries", 50, O, "chess_countries", "outs50"),
    ("chess_site.txt", "a peak of about 380,000", 380000, VIEW, "chess_viewers", "view380"),
    ("chess_site.txt", "9.4 million views", 9400000, VIEW, "chess_views", "view94m"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("desal_wire.txt", "some 570 km off the coast of Senegal", 570, O, "desal_opt_distance"),
    ("desal_wire.txt", "more than a quarter of the population", 25, O, "desal_opt_praia_pop"),
    ("desal_release.txt", "Up to 380 workers", 380, HID, "desal_opt_peak_workers"),
    ("desal_release.txt", "trained 30 Cape Verdean technicians", 30, HID, "desal_opt_trainees"),
    ("desal_blog.txt", "250 escudos a cubic metre", 250, "reader Ivone S.", "desal_opt_reader_tariff"),
    ("desal_blog.txt", "at 11:30 Praia time", None, "reader Rui from Brockton", "desal_opt_reader_time"),
    ("tele_release.txt", "about 17,000 light years from Earth", 17000, SSSC, "tele_opt_distance"),
    ("tele_release.txt", "about fifteen times the area of the full Moon", 15, SSSC, "tele_opt_moon"),
    ("tele_release.txt", "trained 120 Namibian students", 120, SSSC, "tele_opt_students"),
    ("tele_daily.txt", "one of the 120 students", 120, "reader Maria K.", "tele_opt_reader_students"),
    ("chess_statement.txt", "the 30-minute limit", 30, BSC, "chess_opt_limit"),
    ("chess_daily.txt", "He had 4 seconds", 4, "reader dragan_s_knight", "chess_opt_reader_seconds"),
    ("chess_daily.txt", "after 35 minutes", 35, "reader Jelena M.", "chess_opt_reader_appeal"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # desal
    "desal_time": {("outw1030", "hid1330"): CO, ("outw1030", "outb1330"): CO, ("hid1330", "outb1330"): CO,
                   ("outw1030", "outt1030"): C, ("hid1330", "outt1030"): C, ("outb1330", "outt1030"): C},
    "desal_capacity": {("min25", "min25"): SC, ("hid20", "hid20"): SC, ("min25", "hid20"): C, ("min25", "outb20"): C,
                       ("hid20", "outb20"): CO},
    "desal_first_phase": {("aicv12", "aicv12"): SC, ("aicv12", "cousin8"): C},
    "desal_people": {("min150", "aicv150"): CO, ("min150", "hid200"): C, ("min150", "union90"): C,
                     ("hid200", "union90"): C, ("hid200", "aicv150"): C, ("union90", "aicv150"): C},
    "desal_share": {("minhalf", "hyd3rd"): C, ("minhalf", "aicv40"): C, ("hyd3rd", "aicv40"): C},
    "desal_national": {("outw85", "outt80"): C},
    "desal_cost": {("min49", "min49"): SC, ("hid48", "hid48"): SC, ("min49", "min53"): U, ("min49", "hid48"): C,
                   ("min49", "union60"): C, ("hid48", "min53"): CO, ("hid48", "union60"): C, ("min53", "union60"): C},
    "desal_loan": {("min35", "mif32"): C, ("mif32", "mif32"): SC},
    "desal_energy": {("hid31", "hid31"): SC, ("hyd4", "hyd4"): SC, ("hid31", "hyd4"): C},
    "desal_solar": {("aicv6", "hid96"): C, ("aicv6", "outt8"): C, ("hid96", "outt8"): C},
    "desal_tariff": {("aicv290", "aicv290"): SC, ("aicv290", "union340"): C},
    "desal_tanker": {("outw900", "aunt1200"): C},
    "desal_pipeline": {("outw14", "outt87"): CO, ("outw14", "outb20km"): C, ("outb20km", "outt87"): C},
    "desal_brine_dist": {("hid600", "hid600"): SC, ("hid600", "fish200"): C},
    "desal_brine_effect": {("hidnone", "fishgone"): C},
    "desal_catch": {("fishhalf", "fobs15"): C},
    "desal_jobs": {("aicv45", "aicv45"): SC, ("aicv45", "min60"): C},
    "desal_build": {("minu2", "outt22"): CO},
    "desal_delay": {("minok", "union3y"): C},
    "desal_start": {("hidjul31", "outb2030"): C},
    "desal_trains": {("hid4", "outt5"): C},
    "desal_membranes": {("hid1344", "outt1500"): C},
    "desal_storage": {("outw10k", "hid10k"): CO, ("outw10k", "outt15k"): C, ("hid10k", "outt15k"): C},
    "desal_guests": {("outw400", "outb200"): C},
    # tele
    "tele_time": {("nssc2312", "sssc2312"): CO, ("nssc2312", "outa2312"): CO, ("sssc2312", "outa2312"): CO,
                  ("nssc2312", "outp2212"): C, ("sssc2312", "outp2212"): C, ("outa2312", "outp2212"): C},
    "tele_date": {("outdcap", "ssscdate"): C, ("outdcap", "outadate"): C, ("outdcap", "outpdate"): C,
                  ("ssscdate", "outadate"): CO, ("ssscdate", "outpdate"): CO, ("outadate", "outpdate"): CO},
    "tele_mirror": {("nssc45", "sssc41"): C, ("nssc45", "saale412"): C, ("sssc41", "saale412"): CO,
                    ("sssc41", "sssc41"): SC},
    "tele_altitude": {("outd2500", "sssc2347"): C, ("outd2500", "mab2350"): C, ("sssc2347", "mab2350"): CO},
    "tele_cost": {("nssc17", "sssc86"): CO, ("nssc17", "sssc93"): C, ("nssc17", "mp24"): C, ("sssc86", "sssc93"): U,
                  ("sssc86", "mp24"): C, ("sssc93", "sssc93"): SC, ("sssc93", "mp24"): C},
    "tele_share": {("nssc180", "ssscfrac"): CO, ("nssc180", "mp400"): C, ("ssscfrac", "mp400"): C},
    "tele_obs_time": {("ssscobs", "mp10"): CO},
    "tele_countries": {("outd7", "sssc6"): C, ("sssc6", "sssc6"): SC},
    "tele_object": {("nssccarina", "ssscomega"): C, ("nssccarina", "outaomega"): C, ("ssscomega", "outaomega"): CO},
    "tele_exposure": {("sssc30s", "mab2m"): C},
    "tele_seeing": {("sssc06", "outa08"): CO, ("sssc06", "mab12"): C, ("outa08", "mab12"): C},
    "tele_nights": {("sssc300", "outa85"): CO, ("sssc300", "mab230"): C, ("outa85", "mab230"): C},
    "tele_delay": {("nssc2y", "sssc18m"): C, ("nssc2y", "mp4y"): C, ("sssc18m", "mp4y"): C, ("sssc18m", "sssc18m"): SC},
    "tele_staff": {("nssc35", "sssc35"): CO, ("nssc35", "outa60"): C, ("sssc35", "outa60"): C},
    "tele_largest": {("mintbig", "sssclargest"): CO, ("mintbig", "mabnot"): C, ("sssclargest", "mabnot"): C},
    "tele_distance": {("outd120", "outa145"): C},
    "tele_dome": {("nssc30", "sssc28"): C},
    "tele_mweight": {("sssc165", "saale18"): C},
    "tele_data": {("sssc20", "mab12tb"): C},
    "tele_survey": {("sssc10y", "outa8y"): C},
    "tele_guests": {("outd300", "outa150"): CO},
    "tele_field": {("sssc3", "mab25"): C},
    "tele_temp": {("outdm3", "sssc2c"): C},
    # chess
    "chess_end": {("outw2347", "bsc2347"): CO, ("outw2347", "outd2147"): CO, ("bsc2347", "outd2147"): CO,
                  ("outw2347", "outs1947"): C, ("bsc2347", "outs1947"): C, ("outd2147", "outs1947"): C},
    "chess_seconds": {("rist4", "rist4"): SC, ("rist4", "arb0"): C, ("rist4", "outs2"): C, ("arb0", "outs2"): C},
    "chess_move": {("outw57", "arb57"): CO, ("outw57", "outs61"): C, ("arb57", "outs61"): C},
    "chess_clock": {("ristfroze", "ristfroze"): SC, ("ristfroze", "arbok"): C, ("ristfroze", "kronok"): C,
                    ("arbok", "kronok"): CO},
    "chess_appeal": {("bsc35", "man10"): C, ("bsc35", "outs20"): C, ("man10", "outs20"): C},
    "chess_vote": {("bscunan", "man21"): C, ("bscunan", "outs21"): C, ("man21", "outs21"): CO},
    "chess_fine": {("bsc2000", "outd1500"): C, ("bsc2000", "outs2000"): CO, ("outd1500", "outs2000"): C},
    "chess_prize": {("bsc250", "bsc250"): SC, ("bsc250", "outs500k"): C},
    "chess_winner": {("bsc40k", "outd50k"): C},
    "chess_players": {("outw300", "bsc312"): CO, ("outw300", "outd312"): CO, ("bsc312", "outd312"): CO,
                      ("outw300", "outs280"): C, ("bsc312", "outs280"): C, ("outd312", "outs280"): C},
    "chess_countries": {("outw41", "bsc41"): CO, ("outw41", "outs50"): C, ("bsc41", "outs50"): C},
    "chess_viewers": {("bsc12m", "bsc12m"): SC, ("bsc12m", "view380"): C},
    "chess_rounds": {("outw11", "bsc11"): CO, ("outw11", "outd9"): C, ("bsc11", "outd9"): C},
    "chess_tiebreak": {("outw4", "outs6"): C},
    "chess_age_a": {("outw24", "outd23"): C, ("outw24", "outs24"): CO, ("outd23", "outs24"): C},
    "chess_age_r": {("outd31", "outs29"): C},
    "chess_rating": {("outw2586", "outs2591"): C},
    "chess_first": {("outwfirst", "outssecond"): C},
    "chess_spectators": {("outw1500", "outd1000"): CO},
    "chess_letter": {("outd40", "outs24gm"): C},
    "chess_tc": {("bsc54", "outs65"): C},
    "chess_title": {("bscchamp", "manreplay"): C, ("bscchamp", "gcustands"): CO, ("manreplay", "gcustands"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
