"""Hand labels for bench/blind45 (the Kalevlink power cable between Estonia and Finland, cut on the seabed of the Gulf
of Finland in the night of 8 to 9 January 2036, with a bulk carrier suspected of dragging its anchor over it, the time
of the fault, the flow, the place, the depth, the cause, the ship, its crew, cargo and speed, the drag mark, the repair
time and cost, the outages, the reserve plant and the prices disputed, with times in Eastern European Time, UTC+2
(Tallinn and Helsinki), Central European Time, UTC+1 (Stockholm), and UTC, across midnight; a mass poisoning of hooded
vultures at the cattle market of Gabú in eastern Guinea-Bissau in May 2036, the day and time the birds were found, the
count, the species, the poison, the bait, the motive, the arrests, the dogs, the penalties, the population and the
roost disputed, with times in Guinea-Bissau time, GMT (UTC+0 all year), and British Summer Time, UTC+1; the annulled
first-prize extraction of Costa Rica's Christmas lottery, the Gordo Navideño, on Sunday 14 December 2036, the times, the
delay, the missing ball, the cause, the numbers drawn, the prize, the sales, the complaints and the machine disputed,
with times in Costa Rica time, UTC-6 all year, US Eastern Standard Time, UTC-5, and Central European Time, UTC+1,
across midnight).
Run from the project root:
    python3 bench/blind45/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
KAL = "Kalevlink AS, owner and operator of the Estonia-Finland link (chief executive Heli Raudsepp-Vaher)"
FBG = "the Finnish Border Guard (Commander Sanna Viitanen-Berg, Gulf of Finland Coast Guard District)"
NBI = "Finland's National Bureau of Investigation, NBI (Detective Chief Inspector Jussi Korhola-Lindqvist)"
NAVY = "the Estonian Navy (spokesman Lieutenant Commander Andres Pihlakas-Mänd)"
MINE = "Estonia's climate and energy minister Kadri Saar-Villems"
ARC = "Arcturus Marine Management, the Dubai-based manager of the Sable Horizon"
SHIPT = "ShipTrail, a ship-tracking company"
FTSO = "Finland's transmission system operator"
BPA = "energy analyst Mihkel Tõnisson-Ruus (Baltic Power Analytics)"
NORDL = "Nordlinja, owner of the Helsinki-Tallinn data cable"

MIN = ("Guinea-Bissau's Ministry of Agriculture and Rural Development and its Directorate-General of Forests and "
       "Hunting, DGFC (Agriculture Minister Fernando Sanhá-Correia)")
SRT = ("the Sahel Raptor Trust, a British-registered conservation charity (field officer Iaia Candé-Mendes, West Africa "
       "programme director Dr Helen Ashworth-Diallo)")
LAB = ("the toxicology unit of the Inter-State School of Veterinary Sciences and Medicine, EISMV, in Dakar (Professor "
       "Ousmane Faye-Ndiaye)")
POL = "Guinea-Bissau's Judicial Police (spokesman Inspector Mamadú Djaló-Embaló)"
VET = "Gabú regional veterinary officer Dr Quintino Gomes-Sambú"
TRA = "livestock traders in Gabú (their association's president Sajo Baldé-Camará)"
LAW = "Bissau environmental lawyer Ana Tcheda-Pereira"

JPS = "Costa Rica's Junta de Protección Social, JPS, the national lottery board (press office, a spokeswoman)"
BOL = "Bolatec Sistemas, S.L., the Spanish maker of the draw machine"
DEP = "opposition deputy Esteban Mora-Arguedas"
UNI = "the lottery sellers' union UNAVEL (secretary-general Olman Rojas-Chacón)"
CON = "the consumer group Consumidores Unidos"
FP = "Costa Rica's Fuerza Pública (police)"
RAT = "TV ratings firm Medición Audiovisual CR"
STAT = "statistician Dr Adriana Salas-Fonseca (University of Costa Rica)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- cable: the Kalevlink HVDC cable (Kunda, Estonia - Loviisa, Finland) trips at 00:37 on Wednesday
    # 9 Jan 2036 in Tallinn and Helsinki (EET, UTC+2) = 22:37 UTC and 23:37 CET on Tuesday 8 Jan; the Finnish Border
    # Guard boards the bulk carrier Sable Horizon at 04:50 EET = 03:50 CET; NBI's drag mark about 60 km (Wed) -> about
    # 95 km (Thu, repeated Fri); Kalevlink's repair time at least four months (Wed) -> end of June at the earliest (Fri)
    # the operator's press release (own-line date, place-and-date line, the time in local time and UTC, "About
    # Kalevlink", media contact, next-update line), Wednesday 9 Jan
    ("cable_release.txt", "at 00:37 local time", None, KAL, "cable_time", "kal0037"),
    ("cable_release.txt", "on Wednesday 9 January 2036", None, KAL, "cable_date", "kaldate"),
    ("cable_release.txt", "22:37 UTC on Tuesday", None, KAL, "cable_time", "kal0037"),
    ("cable_release.txt", "about 540 megawatts", 540, KAL, "cable_flow", "kal540"),
    ("cable_release.txt", "about 42 kilometres north of Kunda", 42, KAL, "cable_site", "kal42"),
    ("cable_release.txt", "a depth of about 80 metres", 80, KAL, "cable_depth", "kal80"),
    ("cable_release.txt", "consistent with mechanical damage from outside", None, KAL, "cable_cause", "kalext"),
    ("cable_release.txt", "at least four months", 4, KAL, "cable_repair", "kal4m"),
    ("cable_release.txt", "€35 million to €50 million", 35000000, KAL, "cable_cost", "kal3550"),
    ("cable_release.txt", "No customer lost electricity", None, KAL, "cable_outage", "kalnone"),
    ("cable_release.txt", "within 15 minutes", 15, KAL, "cable_reserve", "kal15"),
    ("cable_release.txt", "The 700-megawatt Kalevlink", 700, KAL, "cable_capacity", "kal700"),
    ("cable_release.txt", "since 2031", None, KAL, "cable_since", "kal2031"),
    ("cable_release.txt", "The 146-kilometre cable", 146, KAL, "cable_length", "kal146"),
    # a Stockholm news wire's English service (Nordpress; no date line, a time line in CET, "UPDATE 2", glued dateline
    # "HELSINKI/TALLINN, Jan 9 (Nordpress)An", the zone mistake "at 00:37 CET on Wednesday" (the Tallinn clock given as
    # CET: it was 23:37 CET on Tuesday), the Border Guard's time correctly in CET, the NBI, a tracking firm, the navy,
    # the exchange price, reporting/editing sign-off, copyright line), Wednesday 9 Jan
    ("cable_wire.txt", "at 00:37 CET on Wednesday", None, O, "cable_time", "outwcet"),
    ("cable_wire.txt", "the fourth such incident", 4, O, "cable_incidents", "outw4"),
    ("cable_wire.txt", "The 650 MW Kalevlink", 650, O, "cable_capacity", "outw650"),
    ("cable_wire.txt", "about 170 km", 170, O, "cable_length", "outw170"),
    ("cable_wire.txt", "about 540 MW", 540, KAL, "cable_flow", "kal540"),
    ("cable_wire.txt", "take at least four months", 4, KAL, "cable_repair", "kal4m"),
    ("cable_wire.txt", "Comoros-flagged", None, O, "cable_flag", "outwcom"),
    ("cable_wire.txt", "at 03:50 CET", None, FBG, "cable_board", "fbg0450"),
    ("cable_wire.txt", "The 189-metre ship", 189, O, "cable_shiplen", "outw189"),
    ("cable_wire.txt", "about 33,000 tonnes of fertiliser", 33000, FBG, "cable_cargo", "fbg33k"),
    ("cable_wire.txt", "24 crew members", 24, FBG, "cable_crew", "fbg24"),
    ("cable_wire.txt", "a drag mark about 60 kilometres long", 60, NBI, "cable_drag", "nbi60"),
    ("cable_wire.txt", "the ship's anchor was dragged across the cable", None, NBI, "cable_cause", "nbianchor"),
    ("cable_wire.txt", "slowed to about 2 knots", 2, SHIPT, "cable_speed", "st2"),
    ("cable_wire.txt", "two patrol vessels", 2, NAVY, "cable_navyships", "navy2"),
    ("cable_wire.txt", "€412 per megawatt-hour", 412, O, "cable_price", "outw412"),
    # a Finnish broadcaster's English web text (Uutisaalto; leading-space own-line date, section line with an update
    # time "17.42", a photo caption, times written "00.37" and "04.50" in Finnish time, the NBI's raised drag mark, the
    # Border Guard commander, the ship manager's denials, the Finnish grid operator, an analyst, "Read also" links,
    # corrections line), Thursday 10 Jan
    ("cable_kbc.txt", "about 95 kilometres long", 95, NBI, "cable_drag", "nbi95"),
    ("cable_kbc.txt", "a 700-megawatt link", 700, O, "cable_capacity", "outk700"),
    ("cable_kbc.txt", "at 00.37 Finnish time", None, O, "cable_time", "outk0037"),
    ("cable_kbc.txt", "in the early hours of Wednesday", None, O, "cable_date", "outkwed"),
    ("cable_kbc.txt", "lying at 64 metres", 64, NBI, "cable_depth", "nbi64"),
    ("cable_kbc.txt", "a data cable between Helsinki and Tallinn had also been damaged", None, NBI, "cable_telecom",
     "nbitel"),
    ("cable_kbc.txt", "the 229-metre bulk carrier", 229, O, "cable_shiplen", "outk229"),
    ("cable_kbc.txt", "at 04.50 on Wednesday", None, O, "cable_board", "outk0450"),
    ("cable_kbc.txt", "There are 24 sailors on board", 24, FBG, "cable_crew", "fbg24"),
    ("cable_kbc.txt", "sails under the flag of Gabon", None, O, "cable_flag", "outkgab"),
    ("cable_kbc.txt", "kept a steady nine knots", 9, ARC, "cable_speed", "arc9"),
    ("cable_kbc.txt", "was sailing in ballast", None, ARC, "cable_cargo", "arcballast"),
    ("cable_kbc.txt", "a crew of 21", 21, ARC, "cable_crew", "arc21"),
    ("cable_kbc.txt", "both anchors are in place", None, ARC, "cable_anchor", "arcanch"),
    ("cable_kbc.txt", "a fault in the cable itself", None, ARC, "cable_cause", "arcfault"),
    ("cable_kbc.txt", "nearly 600 MW", 600, FTSO, "cable_flow", "ftso600"),
    ("cable_kbc.txt", "€35–50 million", 35000000, KAL, "cable_cost", "kal3550"),
    ("cable_kbc.txt", "nearer €80 million", 80000000, BPA, "cable_cost", "bpa80"),
    ("cable_kbc.txt", "closer to 15 per cent", 15, BPA, "cable_share", "bpa15"),
    # a Tallinn daily's English edition (Toompea Daily; date prefix glued to the masthead, byline, the minister and the
    # chief executive on the repair, the daily's own outage count, reading of grid data and exchange price, the NBI, the
    # data cable's owner, the navy, a glued sentence ('normal."The'), three reader comments, moderation line), Fri 11 Jan
    ("cable_daily.txt", "by the end of March", None, MINE, "cable_repair", "minmar"),
    ("cable_daily.txt", "until the end of June at the earliest", None, KAL, "cable_repair", "kaljun"),
    ("cable_daily.txt", "€35–50 million", 35000000, KAL, "cable_cost", "kal3550"),
    ("cable_daily.txt", "The 700 MW link", 700, O, "cable_capacity", "outd700"),
    ("cable_daily.txt", "opened in 2030", None, O, "cable_since", "outd2030"),
    ("cable_daily.txt", "at 37 minutes past midnight", None, O, "cable_time", "outd0037"),
    ("cable_daily.txt", "on the night to Wednesday", None, O, "cable_date", "outdwed"),
    ("cable_daily.txt", "no customer had lost power", None, KAL, "cable_outage", "kalnone"),
    ("cable_daily.txt", "about 2,300 households", 2300, O, "cable_outage", "outd2300"),
    ("cable_daily.txt", "not started until almost 50 minutes after the fault", 50, O, "cable_reserve", "outd50"),
    ("cable_daily.txt", "€389 per megawatt-hour", 389, O, "cable_price", "outd389"),
    ("cable_daily.txt", "the third cable cut", 3, MINE, "cable_incidents", "min3"),
    ("cable_daily.txt", "about a quarter of our electricity", 25, MINE, "cable_share", "min25"),
    ("cable_daily.txt", "Comoros-registered", None, O, "cable_flag", "outdcom"),
    ("cable_daily.txt", "shortly before 5 a.m.", None, O, "cable_board", "outd5"),
    ("cable_daily.txt", "the port anchor was missing", None, NBI, "cable_anchor", "nbimissing"),
    ("cable_daily.txt", "the drag mark measured 95 kilometres", 95, NBI, "cable_drag", "nbi95"),
    ("cable_daily.txt", "Our cable is intact", None, NORDL, "cable_telecom", "nordl"),
    ("cable_daily.txt", "more than 130 kilometres", 130, NAVY, "cable_drag", "navy130"),
    ("cable_daily.txt", "roughly 30 kilometres off the Estonian coast", 30, NAVY, "cable_site", "navy30"),
    ("cable_daily.txt", "three Estonian navy vessels", 3, O, "cable_navyships", "outd3"),

    # ---------------- vulture: dead hooded vultures found at and around the Gabú cattle market, eastern
    # Guinea-Bissau, at about 07:00 on Sunday 18 May 2036 (Guinea-Bissau keeps GMT, UTC+0, all year) = 08:00 BST in
    # Cambridge; the ministry's count 187 (Tue) -> 263 (Wed); its poison an organophosphate (Tue) -> carbofuran (Wed);
    # its dead dogs 6 -> 11; the police's arrests 3 (Wed) -> 5 (Thu)
    # the ministry's communiqué (date prefix with the letterhead continuing on the same line, communiqué number,
    # "Unofficial English translation", numbered points, place-and-date line, signature line), Tuesday 20 May
    ("vulture_ministry.txt", "On Sunday 18 May 2036", None, MIN, "vulture_date", "minsun"),
    ("vulture_ministry.txt", "at around 07:00", None, MIN, "vulture_time", "min0700"),
    ("vulture_ministry.txt", "A team of six veterinarians", 6, MIN, "vulture_vets", "min6v"),
    ("vulture_ministry.txt", "187 dead vultures", 187, MIN, "vulture_count", "min187"),
    ("vulture_ministry.txt", "all of them hooded vultures", None, MIN, "vulture_species", "minhooded"),
    ("vulture_ministry.txt", "within 3 kilometres of the market", 3, MIN, "vulture_distance", "min3km"),
    ("vulture_ministry.txt", "Six dogs were also found dead", 6, MIN, "vulture_dogs", "min6dogs"),
    ("vulture_ministry.txt", "an organophosphate pesticide", None, MIN, "vulture_poison", "minop"),
    ("vulture_ministry.txt", "Samples from 12 birds", 12, MIN, "vulture_samples", "min12"),
    ("vulture_ministry.txt", "were burned on Monday", None, MIN, "vulture_disposal", "minmon"),
    ("vulture_ministry.txt", "Two people were detained", 2, MIN, "vulture_arrests", "min2"),
    ("vulture_ministry.txt", "closed for seven days", 7, MIN, "vulture_closed", "min7d"),
    ("vulture_ministry.txt", "up to three years in prison", 3, MIN, "vulture_prison", "min3y"),
    ("vulture_ministry.txt", "a fine of up to 1 million CFA francs", 1000000, MIN, "vulture_fine", "min1m"),
    ("vulture_ministry.txt", "a reward of 2 million CFA francs", 2000000, MIN, "vulture_reward", "minrew"),
    ("vulture_ministry.txt", "roughly 12,000 hooded vultures", 12000, MIN, "vulture_population", "min12k"),
    ("vulture_ministry.txt", "less than 2 per cent of the national population", 2, MIN, "vulture_share", "min2pc"),
    ("vulture_ministry.txt", "About 1,500 vultures use the roost", 1500, MIN, "vulture_roost", "min1500"),
    # a British conservation charity's statement (Sahel Raptor Trust; own-line date, letterhead, release time in BST,
    # the zone mistake "at 07:00 BST" for the Gabú clock (07:00 in Gabú was 08:00 BST), its field officer and programme
    # director, its own counts, a bulleted list of demands, notes to editors with a phone number), Tuesday 20 May
    ("vulture_ngo.txt", "More than 400 vultures", 400, SRT, "vulture_count", "srt400"),
    ("vulture_ngo.txt", "at 07:00 BST", None, SRT, "vulture_time", "srt0700bst"),
    ("vulture_ngo.txt", "on Sunday 18 May", None, SRT, "vulture_date", "srt18"),
    ("vulture_ngo.txt", "as far as 25 kilometres away", 25, SRT, "vulture_distance", "srt25"),
    ("vulture_ngo.txt", "Critically Endangered", None, SRT, "vulture_status", "srtcr"),
    ("vulture_ngo.txt", "white-backed vultures were also among the dead", None, SRT, "vulture_species", "srtwb"),
    ("vulture_ngo.txt", "at least 14 dogs", 14, SRT, "vulture_dogs", "srt14"),
    ("vulture_ngo.txt", "to sell their heads for traditional medicine", None, SRT, "vulture_motive", "srtheads"),
    ("vulture_ngo.txt", "at least four carcasses laced with poison", 4, SRT, "vulture_bait", "srt4"),
    ("vulture_ngo.txt", "a carbamate", None, SRT, "vulture_poison", "srtcarb"),
    ("vulture_ngo.txt", "had still not been collected", None, SRT, "vulture_disposal", "srttue"),
    ("vulture_ngo.txt", "about 600 vultures", 600, SRT, "vulture_roost", "srt600"),
    ("vulture_ngo.txt", "about 5,000 hooded vultures left", 5000, SRT, "vulture_population", "srt5k"),
    ("vulture_ngo.txt", "around 8 per cent of the national population", 8, SRT, "vulture_share", "srt8"),
    ("vulture_ngo.txt", "a maximum fine of 250,000 CFA francs", 250000, SRT, "vulture_fine", "srt250k"),
    ("vulture_ngo.txt", "about €380", 380, SRT, "vulture_fine", "srt250k"),
    # a Dakar news wire's English desk (Teranga Wire; no date line, a time line in GMT, dateline "DAKAR, May 21 (TW) -",
    # the laboratory, the ministry's earlier figures quoted back, the charity's count, a regional vet, the police, the
    # reward in CFA francs and euros, reporting/editing sign-off), Wednesday 21 May
    ("vulture_wire.txt", "the pesticide carbofuran", None, LAB, "vulture_poison", "labcarb"),
    ("vulture_wire.txt", "three suspects had been arrested", 3, POL, "vulture_arrests", "pol3"),
    ("vulture_wire.txt", "tissue from nine birds", 9, LAB, "vulture_samples", "lab9"),
    ("vulture_wire.txt", "at 15:30 GMT", None, LAB, "vulture_results", "lab1530"),
    ("vulture_wire.txt", "an organophosphate was suspected", None, MIN, "vulture_poison", "minop"),
    ("vulture_wire.txt", "at 0700 GMT on Sunday", None, MIN, "vulture_time", "min0700"),
    ("vulture_wire.txt", "put the toll at 187", 187, MIN, "vulture_count", "min187"),
    ("vulture_wire.txt", "more than 400 died", 400, SRT, "vulture_count", "srt400"),
    ("vulture_wire.txt", "about 350", 350, VET, "vulture_count", "vet350"),
    ("vulture_wire.txt", "critically endangered", None, O, "vulture_status", "outwcr"),
    ("vulture_wire.txt", "about 20,000 of them", 20000, O, "vulture_population", "outw20k"),
    ("vulture_wire.txt", "questioned dozens of people", None, POL, "vulture_questioned", "polq"),
    ("vulture_wire.txt", "meant for stray dogs", None, POL, "vulture_motive", "poldogs"),
    ("vulture_wire.txt", "a single poisoned cow carcass", 1, POL, "vulture_bait", "pol1"),
    ("vulture_wire.txt", "a reward of 2 million CFA francs", 2000000, MIN, "vulture_reward", "minrew"),
    ("vulture_wire.txt", "about €3,050", 3050, MIN, "vulture_reward", "minrew"),
    ("vulture_wire.txt", "shut the Gabú market for a week", 1, MIN, "vulture_closed", "min7d"),
    # a Gambian daily (The Kombo Observer; own-line date, masthead, byline, a photo caption, the ministry's raised
    # count and changed poison, the minister's time, the police, traders who contradict the authorities, a lawyer, the
    # charity, Gambian background, three reader comments, moderation line), Thursday 22 May
    ("vulture_banjul.txt", "263 vultures", 263, MIN, "vulture_count", "min263"),
    ("vulture_banjul.txt", "up from 187 on Tuesday", 187, MIN, "vulture_count", "min187"),
    ("vulture_banjul.txt", "five suspects were now in custody", 5, POL, "vulture_arrests", "pol5"),
    ("vulture_banjul.txt", "the poison was carbofuran", None, MIN, "vulture_poison", "mincarb"),
    ("vulture_banjul.txt", "at 4.30pm on Wednesday", None, MIN, "vulture_results", "min1630"),
    ("vulture_banjul.txt", "at 7am on Sunday", None, MIN, "vulture_time", "min0700"),
    ("vulture_banjul.txt", "the number of dogs found dead to 11", 11, MIN, "vulture_dogs", "min11dogs"),
    ("vulture_banjul.txt", "within three kilometres of the market", 3, MIN, "vulture_distance", "min3km"),
    ("vulture_banjul.txt", "questioned more than 30 people", 30, POL, "vulture_questioned", "polq"),
    ("vulture_banjul.txt", "first found on Friday", None, TRA, "vulture_date", "trafri"),
    ("vulture_banjul.txt", "to kill jackals that had been taking goats", None, TRA, "vulture_motive", "trajackal"),
    ("vulture_banjul.txt", "shut for three days", 3, TRA, "vulture_closed", "tra3d"),
    ("vulture_banjul.txt", "only two veterinarians", 2, O, "vulture_vets", "outb2v"),
    ("vulture_banjul.txt", "no more than six months in prison", 6, LAW, "vulture_prison", "law6m"),
    ("vulture_banjul.txt", "the dead number more than 400", 400, SRT, "vulture_count", "srt400"),
    ("vulture_banjul.txt", "only about 5,000 hooded vultures left", 5000, SRT, "vulture_population", "srt5k"),

    # ---------------- lottery: the Gordo Navideño draw in San José on Sunday 14 Dec 2036 (Costa Rica, UTC-6 all year)
    # begins at 19:00 (= 20:00 EST in Miami = 02:00 CET on Monday in Spain), is halted at 19:42 (= 20:42 EST = 02:42
    # CET) and the first prize is drawn again at 21:06 (= 22:06 EST = 04:06 CET), 84 minutes later; the JPS's complaints
    # 126 (Mon) -> 311 (Tue)
    # the lottery board's press release (date prefix with the letterhead continuing on the same line, release number,
    # place-and-date opening, times in local time, contact line), Monday 15 Dec
    ("lottery_jps.txt", "on Sunday 14 December", None, JPS, "lottery_date", "jpssun"),
    ("lottery_jps.txt", "began at 7:00 p.m.", None, JPS, "lottery_start", "jps700"),
    ("lottery_jps.txt", "At 7:42 p.m.", None, JPS, "lottery_halt", "jps742"),
    ("lottery_jps.txt", "the number 48", 48, JPS, "lottery_first", "jps48"),
    ("lottery_jps.txt", "series 519", 519, JPS, "lottery_first_series", "jps519"),
    ("lottery_jps.txt", "ball 37", 37, JPS, "lottery_ball", "jps37"),
    ("lottery_jps.txt", "had lodged in the gate of the number drum", None, JPS, "lottery_cause", "jpsgate"),
    ("lottery_jps.txt", "All 100 balls of the number drum", 100, JPS, "lottery_ballcount", "jps100"),
    ("lottery_jps.txt", "at 9:06 p.m.", None, JPS, "lottery_redraw", "jps906"),
    ("lottery_jps.txt", "84 minutes after the suspension", 84, JPS, "lottery_delay", "jps84"),
    ("lottery_jps.txt", "number 71", 71, JPS, "lottery_win_number", "jps71"),
    ("lottery_jps.txt", "series 402", 402, JPS, "lottery_win_series", "jps402"),
    ("lottery_jps.txt", "certified by the notary public who was present throughout the draw", None, JPS,
     "lottery_notary", "jpsnotary"),
    ("lottery_jps.txt", "₡1,800 million per whole ticket", 1800000000, JPS, "lottery_prize", "jps1800"),
    ("lottery_jps.txt", "96 per cent of the tickets printed", 96, JPS, "lottery_sold", "jps96"),
    ("lottery_jps.txt", "₡3,900 million for the social programmes", 3900000000, JPS, "lottery_social", "jps3900"),
    ("lottery_jps.txt", "A whole ticket costs ₡60,000", 60000, JPS, "lottery_price", "jps60k"),
    ("lottery_jps.txt", "6,150 fractions of number 48", 6150, JPS, "lottery_fractions", "jps6150"),
    ("lottery_jps.txt", "126 complaints", 126, JPS, "lottery_complaints", "jps126"),
    ("lottery_jps.txt", "1.4 million viewers", 1400000, JPS, "lottery_viewers", "jps14m"),
    ("lottery_jps.txt", "in service since 2029", None, JPS, "lottery_since", "jps2029"),
    ("lottery_jps.txt", "within 30 days", 30, JPS, "lottery_audit", "jps30d"),
    ("lottery_jps.txt", "7,400 authorised sellers", 7400, JPS, "lottery_sellers", "jps7400"),
    # a Miami Spanish-language broadcaster's English web text (Canal 47 Noticias; leading-space own-line date, an
    # "Updated" line in ET, the zone mistake "at 7:42 p.m. ET" (the San José clock given as Eastern: it was 8:42 p.m.
    # ET), the redraw correctly in Miami time, the first number with its digits swapped ("84"), the series wrong
    # ("420"), the prize in dollars, a deputy, the sellers' union, a consumer group, video and app boilerplate), Mon 15 Dec
    ("lottery_miami.txt", "at 7:42 p.m. ET", None, O, "lottery_halt", "outm742et"),
    ("lottery_miami.txt", "The number first drawn, 84", 84, O, "lottery_first", "outm84"),
    ("lottery_miami.txt", "just after 10 p.m. Miami time", None, O, "lottery_redraw", "outm10pm"),
    ("lottery_miami.txt", "the winning 71", 71, O, "lottery_win_number", "outm71"),
    ("lottery_miami.txt", "series 420", 420, O, "lottery_win_series", "outm420"),
    ("lottery_miami.txt", "about $3.5 million per whole ticket", 3500000, JPS, "lottery_prize", "jps1800"),
    ("lottery_miami.txt", "96% of the tickets were sold", 96, JPS, "lottery_sold", "jps96"),
    ("lottery_miami.txt", "6,150 fractions of the annulled number", 6150, JPS, "lottery_fractions", "jps6150"),
    ("lottery_miami.txt", "only 99 balls", 99, DEP, "lottery_ballcount", "dep99"),
    ("lottery_miami.txt", "ball number 37", 37, DEP, "lottery_ball", "dep37"),
    ("lottery_miami.txt", "was never in the drum at all", None, DEP, "lottery_cause", "depnever"),
    ("lottery_miami.txt", "$1.2 million", 1200000, DEP, "lottery_machine_cost", "dep12m"),
    ("lottery_miami.txt", "nearly an hour and a half", 1.5, UNI, "lottery_delay", "uni90"),
    ("lottery_miami.txt", "puts the suspension at 84 minutes", 84, JPS, "lottery_delay", "jps84"),
    ("lottery_miami.txt", "more than 1,000 sellers and ticket holders", 1000, UNI, "lottery_crowd", "uni1000"),
    ("lottery_miami.txt", "more than 2,000 complaints", 2000, CON, "lottery_complaints", "con2000"),
    # a San José daily's English edition (The San José Sentinel; date prefix glued to the masthead, a photo caption with
    # the missing ball's digits swapped ("ball 73"), times written "7.42pm", its own start time, delay, prize and ticket
    # price, the JPS's raised complaint count, the consumer group, a glued sentence ('denies.Lottery'), the sellers'
    # union, the police, a ratings firm, a statistician, three reader comments, moderation line), Tuesday 16 Dec
    ("lottery_daily.txt", "ball 73", 73, O, "lottery_ball", "outd73"),
    ("lottery_daily.txt", "started 20 minutes late, at 7.20pm", None, O, "lottery_start", "outd720"),
    ("lottery_daily.txt", "on Sunday night", None, O, "lottery_date", "outdsun"),
    ("lottery_daily.txt", "halted at 7.42pm", None, O, "lottery_halt", "outd742"),
    ("lottery_daily.txt", "suspended for more than two hours", 2, O, "lottery_delay", "outd2h"),
    ("lottery_daily.txt", "The first number announced, 48", 48, O, "lottery_first", "outd48"),
    ("lottery_daily.txt", "The winning number is 71", 71, JPS, "lottery_win_number", "jps71"),
    ("lottery_daily.txt", "series 402", 402, JPS, "lottery_win_series", "jps402"),
    ("lottery_daily.txt", "₡1.8 billion per whole ticket", 1800000000, O, "lottery_prize", "outd18b"),
    ("lottery_daily.txt", "a whole ticket cost ₡50,000", 50000, O, "lottery_price", "outd50k"),
    ("lottery_daily.txt", "complaints had risen to 311", 311, JPS, "lottery_complaints", "jps311"),
    ("lottery_daily.txt", "within a month", 1, JPS, "lottery_audit", "jps30d"),
    ("lottery_daily.txt", "no notary was present at the redraw", None, CON, "lottery_notary", "connotary"),
    ("lottery_daily.txt", "barely 80 per cent", 80, UNI, "lottery_sold", "uni80"),
    ("lottery_daily.txt", "11,000 street sellers", 11000, UNI, "lottery_sellers", "uni11k"),
    ("lottery_daily.txt", "less than ₡3,000 million", 3000000000, UNI, "lottery_social", "uni3000"),
    ("lottery_daily.txt", "about 9,000 fractions of 48", 9000, UNI, "lottery_fractions", "uni9000"),
    ("lottery_daily.txt", "about 300 people", 300, FP, "lottery_crowd", "fp300"),
    ("lottery_daily.txt", "about 900,000 viewers", 900000, RAT, "lottery_viewers", "rat900k"),
    # the machine maker's statement (Bolatec; own-line date, letterhead, place-and-date line, times in CET on Monday
    # with the Costa Rican clock once, the maker's account of the drum, the machine's delivery and price, media line),
    # Tuesday 16 Dec
    ("lottery_supplier.txt", "began at 02:00 CET", None, BOL, "lottery_start", "bol0200"),
    ("lottery_supplier.txt", "at 02:42 CET on Monday 15 December", None, BOL, "lottery_halt", "bol0242"),
    ("lottery_supplier.txt", "19:42 on Sunday in Costa Rica", None, BOL, "lottery_halt", "bol0242"),
    ("lottery_supplier.txt", "at 04:06 CET", None, BOL, "lottery_redraw", "bol0406"),
    ("lottery_supplier.txt", "84 minutes later", 84, BOL, "lottery_delay", "bol84"),
    ("lottery_supplier.txt", "which produced number 48", 48, BOL, "lottery_first", "bol48"),
    ("lottery_supplier.txt", "loaded with 99 balls, not 100", 99, BOL, "lottery_ballcount", "bol99"),
    ("lottery_supplier.txt", "ball 37", 37, BOL, "lottery_ball", "bol37"),
    ("lottery_supplier.txt", "an error by the board's staff when the drum was loaded", None, BOL, "lottery_cause",
     "bolstaff"),
    ("lottery_supplier.txt", "delivered to the JPS in 2033", None, BOL, "lottery_since", "bol2033"),
    ("lottery_supplier.txt", "€640,000", 640000, BOL, "lottery_machine_cost", "bol640k"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("cable_wire.txt", "about €85 on Wednesday", 85, O, "cable_opt_price_wednesday"),
    ("cable_daily.txt", "for up to 40 minutes", 40, O, "cable_opt_outage_minutes"),
    ("cable_daily.txt", "Lights went out in Sillamäe at 00:40 and came back after half an hour", None,
     "reader Priit_K", "cable_opt_reader_sillamae"),
    ("vulture_ngo.txt", "since 2029", None, SRT, "vulture_opt_monitoring"),
    ("vulture_wire.txt", "all of which tested positive", None, LAB, "vulture_opt_positive"),
    ("vulture_wire.txt", "about 200 km east of Bissau", 200, O, "vulture_opt_gabu_distance"),
    ("vulture_banjul.txt", "some 3,000 head of cattle", 3000, O, "vulture_opt_cattle"),
    ("vulture_banjul.txt", "I counted 31 vultures at the Abuko dump this morning", 31, "reader ModouS",
     "vulture_opt_reader_abuko"),
    ("lottery_jps.txt", "all 1,000 balls of the series drum", 1000, JPS, "lottery_opt_series_balls"),
    ("lottery_daily.txt", "a 1-in-99 chance of winning instead of 1 in 100", 99, STAT, "lottery_opt_odds"),
    ("lottery_daily.txt", "I had three fractions of 48", 3, "reader TicoEnToronto", "lottery_opt_reader_48"),
    ("lottery_supplier.txt", "more than 40 national and regional lotteries on four continents", 40, BOL, "lottery_opt_lotteries"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # cable
    "cable_time": {("kal0037", "outwcet"): C, ("kal0037", "outk0037"): CO, ("kal0037", "outd0037"): CO,
                   ("outwcet", "outk0037"): C, ("outwcet", "outd0037"): C, ("outk0037", "outd0037"): CO},
    "cable_date": {("kaldate", "outkwed"): CO, ("kaldate", "outdwed"): CO, ("outkwed", "outdwed"): CO},
    "cable_flow": {("kal540", "kal540"): SC, ("kal540", "ftso600"): C},
    "cable_site": {("kal42", "navy30"): C},
    "cable_depth": {("kal80", "nbi64"): C},
    "cable_cause": {("kalext", "nbianchor"): CO, ("kalext", "arcfault"): C, ("nbianchor", "arcfault"): C},
    "cable_anchor": {("arcanch", "nbimissing"): C},
    "cable_repair": {("kal4m", "kal4m"): SC, ("kal4m", "kaljun"): U, ("kal4m", "minmar"): C},
    "cable_cost": {("kal3550", "kal3550"): SC, ("kal3550", "bpa80"): C},
    "cable_outage": {("kalnone", "kalnone"): SC, ("kalnone", "outd2300"): C},
    "cable_reserve": {("kal15", "outd50"): C},
    "cable_capacity": {("kal700", "outw650"): C, ("kal700", "outk700"): CO, ("kal700", "outd700"): CO,
                       ("outw650", "outk700"): C, ("outw650", "outd700"): C, ("outk700", "outd700"): CO},
    "cable_since": {("kal2031", "outd2030"): C},
    "cable_length": {("kal146", "outw170"): C},
    "cable_flag": {("outwcom", "outkgab"): C, ("outwcom", "outdcom"): CO, ("outkgab", "outdcom"): C},
    "cable_board": {("fbg0450", "outk0450"): CO, ("fbg0450", "outd5"): CO, ("outk0450", "outd5"): CO},
    "cable_shiplen": {("outw189", "outk229"): C},
    "cable_cargo": {("fbg33k", "arcballast"): C},
    "cable_crew": {("fbg24", "fbg24"): SC, ("fbg24", "arc21"): C},
    "cable_drag": {("nbi60", "nbi95"): U, ("nbi95", "nbi95"): SC, ("nbi60", "navy130"): C, ("nbi95", "navy130"): C},
    "cable_speed": {("st2", "arc9"): C},
    "cable_price": {("outw412", "outd389"): C},
    "cable_share": {("bpa15", "min25"): C},
    "cable_incidents": {("outw4", "min3"): C},
    "cable_telecom": {("nbitel", "nordl"): C},
    "cable_navyships": {("navy2", "outd3"): C},
    # vulture
    "vulture_date": {("minsun", "srt18"): CO, ("minsun", "trafri"): C, ("srt18", "trafri"): C},
    "vulture_time": {("min0700", "min0700"): SC, ("min0700", "srt0700bst"): C},
    "vulture_count": {("min187", "min187"): SC, ("min187", "min263"): U, ("min187", "srt400"): C,
                      ("min187", "vet350"): C, ("srt400", "srt400"): SC, ("srt400", "min263"): C,
                      ("srt400", "vet350"): C, ("min263", "vet350"): C},
    "vulture_species": {("minhooded", "srtwb"): C},
    "vulture_status": {("srtcr", "outwcr"): CO},
    "vulture_poison": {("minop", "minop"): SC, ("minop", "srtcarb"): C, ("minop", "labcarb"): C,
                       ("minop", "mincarb"): U, ("srtcarb", "labcarb"): CO, ("srtcarb", "mincarb"): CO,
                       ("labcarb", "mincarb"): CO},
    "vulture_samples": {("min12", "lab9"): C},
    "vulture_bait": {("srt4", "pol1"): C},
    "vulture_motive": {("srtheads", "poldogs"): C, ("srtheads", "trajackal"): C, ("poldogs", "trajackal"): C},
    "vulture_arrests": {("min2", "pol3"): C, ("min2", "pol5"): C, ("pol3", "pol5"): U},
    "vulture_questioned": {("polq", "polq"): SC},
    "vulture_dogs": {("min6dogs", "srt14"): C, ("min6dogs", "min11dogs"): U, ("srt14", "min11dogs"): C},
    "vulture_distance": {("min3km", "min3km"): SC, ("min3km", "srt25"): C},
    "vulture_disposal": {("minmon", "srttue"): C},
    "vulture_closed": {("min7d", "min7d"): SC, ("min7d", "tra3d"): C},
    "vulture_prison": {("min3y", "law6m"): C},
    "vulture_fine": {("min1m", "srt250k"): C},
    "vulture_reward": {("minrew", "minrew"): SC},
    "vulture_population": {("min12k", "srt5k"): C, ("min12k", "outw20k"): C, ("srt5k", "srt5k"): SC,
                           ("srt5k", "outw20k"): C},
    "vulture_share": {("min2pc", "srt8"): C},
    "vulture_roost": {("min1500", "srt600"): C},
    "vulture_vets": {("min6v", "outb2v"): C},
    "vulture_results": {("lab1530", "min1630"): C},
    # lottery
    "lottery_date": {("jpssun", "outdsun"): CO},
    "lottery_start": {("jps700", "outd720"): C, ("jps700", "bol0200"): CO, ("outd720", "bol0200"): C},
    "lottery_halt": {("jps742", "outm742et"): C, ("jps742", "outd742"): CO, ("jps742", "bol0242"): CO,
                     ("outm742et", "outd742"): C, ("outm742et", "bol0242"): C, ("outd742", "bol0242"): CO},
    "lottery_redraw": {("jps906", "outm10pm"): CO, ("jps906", "bol0406"): CO, ("outm10pm", "bol0406"): CO},
    "lottery_delay": {("jps84", "jps84"): SC, ("jps84", "uni90"): CO, ("jps84", "outd2h"): C, ("jps84", "bol84"): CO,
                      ("uni90", "outd2h"): C, ("uni90", "bol84"): CO, ("outd2h", "bol84"): C},
    "lottery_ballcount": {("jps100", "dep99"): C, ("jps100", "bol99"): C, ("dep99", "bol99"): CO},
    "lottery_cause": {("jpsgate", "depnever"): C, ("jpsgate", "bolstaff"): C, ("depnever", "bolstaff"): CO},
    "lottery_ball": {("jps37", "dep37"): CO, ("jps37", "outd73"): C, ("jps37", "bol37"): CO, ("dep37", "outd73"): C,
                     ("dep37", "bol37"): CO, ("outd73", "bol37"): C},
    "lottery_first": {("jps48", "outm84"): C, ("jps48", "outd48"): CO, ("jps48", "bol48"): CO,
                      ("outm84", "outd48"): C, ("outm84", "bol48"): C, ("outd48", "bol48"): CO},
    "lottery_win_number": {("jps71", "jps71"): SC, ("jps71", "outm71"): CO},
    "lottery_win_series": {("jps402", "jps402"): SC, ("jps402", "outm420"): C},
    "lottery_prize": {("jps1800", "jps1800"): SC, ("jps1800", "outd18b"): CO},
    "lottery_sold": {("jps96", "jps96"): SC, ("jps96", "uni80"): C},
    "lottery_sellers": {("jps7400", "uni11k"): C},
    "lottery_social": {("jps3900", "uni3000"): C},
    "lottery_price": {("jps60k", "outd50k"): C},
    "lottery_fractions": {("jps6150", "jps6150"): SC, ("jps6150", "uni9000"): C},
    "lottery_complaints": {("jps126", "jps311"): U, ("jps126", "con2000"): C, ("jps311", "con2000"): C},
    "lottery_crowd": {("uni1000", "fp300"): C},
    "lottery_viewers": {("jps14m", "rat900k"): C},
    "lottery_since": {("jps2029", "bol2033"): C},
    "lottery_machine_cost": {("dep12m", "bol640k"): C},
    "lottery_audit": {("jps30d", "jps30d"): SC},
    "lottery_notary": {("jpsnotary", "connotary"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
