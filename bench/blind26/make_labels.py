"""Hand labels for bench/blind26 (a hot-air balloon that struck a power line while landing in Turkey's Cappadocia
region; a lightning strike during an amateur football match in the Peruvian Andes; a run on a failed savings
cooperative in Pokhara, Nepal, with a deadly crush at its head office).
Run from the project root:
    /work/venv/bin/python bench/blind26/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a vague "at least" figure followed by a later, larger exact one

# claimants, spelled once
GOVTR = "Nevşehir governor's office (governor Hakan Özdemir)"
SHGM = "Directorate General of Civil Aviation, SHGM (spokesman Serkan Aydın)"
JAND = "Nevşehir provincial gendarmerie command (Col. Murat Kaplan)"
MGM = "Turkish State Meteorological Service"
KAYA = "Kaya Sky Balloons, the operator (general manager Selin Karataş)"
PILOTS = "Cappadocia Balloon Pilots' Association (chairman Oğuz Erdem)"
HOSPTR = "Ortahisar State Hospital (chief physician Dr Aylin Şahin)"
AKSOY = "witness Mehmet Aksoy (farmer in the valley)"
HARTLEY = "witness Claire Hartley (British tourist in another balloon)"
FCDO = "UK Foreign, Commonwealth and Development Office"
CNCONS = "Chinese Consulate General in Istanbul"
AGENCY = "Anatolian Dreams Tours, an Istanbul travel agency"
LAWYER = "the pilot's lawyer Burak Tan"
TOURTR = "Nevşehir provincial culture and tourism directorate"
SAW = "Sabiha Gökçen airport operator"
FEST = "Ürgüp grape and wine festival organisers"
NEVMUN = "Nevşehir municipality (mayor's office)"

PNP = "Peruvian National Police, Huancavelica (Col. Jorge Quispe Huamán)"
DIRESA = "Huancavelica regional health directorate, Diresa (director Dr Rosa Taipe)"
HOSPPE = "Achuco support hospital (director Dr Walter Ccora)"
BOMB = "fire brigade (commander Luis Paucar)"
SENAMHI = "Senamhi, Peru's national weather service (forecaster Gabriela Ríos)"
INDECI = "Indeci, Peru's civil defence institute"
MAYORPE = "Achuco mayor Teodoro Huamaní"
LEAGUE = "Angaraes provincial football league (president Efraín Soto)"
REF = "referee Julio Cárdenas"
CLUB = "Deportivo Achuco (club president Nilo Rojas)"
SULCA = "Atlético Minas Lircay goalkeeper Rubén Sulca"
CONDORI = "witness Marleni Condori (spectator)"
YAURI = "relative Edwin Yauri (New Jersey, cousin of a player)"
FAP = "Peruvian Air Force"
GOVPE = "Huancavelica regional government"
LIMAAIR = "Lima airport operator"
FAIR = "Angaraes camelid fair organisers"
AGRIPE = "Huancavelica regional agriculture directorate"

POLNP = "Kaski District Police Office (SP Bishnu Prasad Khatiwada)"
DOC = "Department of Cooperatives (registrar Sita Devi Poudel)"
NRB = "Nepal Rastra Bank, the central bank"
COOP = "Seti Gandaki Savings and Credit Cooperative (board member Kamala Shrestha)"
COMM = "Seti Gandaki depositors' struggle committee (coordinator Dil Bahadur Gurung)"
HOSPNP = "Phewa Community Hospital"
FINMIN = "Finance Minister Bhim Raj Acharya"
CIB = "Nepal Police Central Investigation Bureau, CIB"
PUN = "witness Purna Bahadur Pun (retired Gurkha soldier, depositor)"
TAMANG = "Anita Tamang, Sydney (daughter of a depositor)"
NRNA = "Non-Resident Nepali Association in Australia"
KMC = "Kathmandu Metropolitan City"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- balloon: a hot-air balloon of Kaya Sky Balloons struck a power line while landing in the
    # Sarıtaş valley near Ortahisar (Nevşehir province, Cappadocia, Turkey) on Sat 9 May 2026; the governor's time
    # 6:25 TRT (UTC+3, no daylight saving) = 03:25 GMT = 4:25 BST (UTC+1, British summer time); the pilots'
    # association says 06:25 (the same moment), the gendarmerie about 6:40
    # wire (TWS, date line), Saturday 9 May
    ("balloon_wire.txt", "killing two people", 2, GOVTR, "bal_dead", "gov2"),
    ("balloon_wire.txt", "injuring 17 others", 17, GOVTR, "bal_injured", "gov17"),
    ("balloon_wire.txt", "about 270 km", 270, O, "bal_distance", "outw270"),
    ("balloon_wire.txt", "170 miles", 170, O, "bal_distance", "outw270"),
    ("balloon_wire.txt", "at 6:25 a.m.", None, GOVTR, "bal_time", "gov625"),
    ("balloon_wire.txt", "0325 GMT", None, GOVTR, "bal_time", "gov625"),
    ("balloon_wire.txt", "the basket struck a high-voltage line", None, GOVTR, "bal_power_line", "govline"),
    ("balloon_wire.txt", "nine Chinese tourists were among the injured", 9, GOVTR, "bal_chinese", "gov9cn"),
    ("balloon_wire.txt", "fell from a height of about 30 metres", 30, JAND, "bal_height", "jand30"),
    ("balloon_wire.txt", "21 people were on board", 21, KAYA, "bal_aboard", "kaya21"),
    ("balloon_wire.txt", "the balloon took off at 5:42 a.m.", None, KAYA, "bal_takeoff", "kaya542"),
    ("balloon_wire.txt", "All flights that morning had been cleared by the aviation authority", None, KAYA,
     "bal_flag", "kayacleared"),
    ("balloon_wire.txt", "a sudden downdraft that no forecast predicted", None, KAYA, "bal_cause", "kayagust"),
    ("balloon_wire.txt", "the pilot held a valid commercial licence", None, KAYA, "bal_licence", "kayalic"),
    ("balloon_wire.txt", "more than 2,000 flight hours", 2000, KAYA, "bal_hours", "kaya2000"),
    ("balloon_wire.txt", "gusts of up to 35 km/h", 35, MGM, "bal_wind", "mgm35"),
    ("balloon_wire.txt", "112 balloons were in the air", 112, SHGM, "bal_balloons_up", "shgm112"),
    ("balloon_wire.txt", "1.5 million lira", 1500000, GOVTR, "bal_payment", "gov15m"),
    ("balloon_wire.txt", "$38,000", 38000, GOVTR, "bal_payment", "gov15m"),
    ("balloon_wire.txt", "cost about 250 euros per person", 250, O, "bal_price", "outw250"),
    ("balloon_wire.txt", "More than 790,000 passengers flew last year", 790000, TOURTR, "bal_passengers_year",
     "tour790"),
    # live blog (The Bosphorus Ledger, TRT, date glued to the headline), Sunday 10 May
    ("balloon_live.txt", "There were 26 people in that basket", 26, PILOTS, "bal_aboard", "pil26"),
    ("balloon_live.txt", "built for 16", 16, PILOTS, "bal_capacity", "pil16"),
    ("balloon_live.txt", "nearly 150 balloons were up", 150, PILOTS, "bal_balloons_up", "pil150"),
    ("balloon_live.txt", "winds were gusting at 15 knots", 15, PILOTS, "bal_wind", "pil15kn"),
    ("balloon_live.txt", "had renewed his licence in January", None, PILOTS, "bal_licence", "pilrenew"),
    ("balloon_live.txt", "only about 400 hours in the air", 400, PILOTS, "bal_hours", "pil400"),
    ("balloon_live.txt", "the death toll rose to three", 3, GOVTR, "bal_dead", "gov3"),
    ("balloon_live.txt", "put the number of injured at 18", 18, JAND, "bal_injured", "jand18"),
    ("balloon_live.txt", "the balloon passed its annual inspection on April 28", None, KAYA, "bal_inspection",
     "kayainsp"),
    ("balloon_live.txt", "a yellow flag restricting flights over the southern valleys was in force", None, SHGM,
     "bal_flag", "shgmyellow"),
    ("balloon_live.txt", "suspended all balloon flights in the province for two days", 2, SHGM, "bal_grounded",
     "shgm2d"),
    ("balloon_live.txt", "The pilot has been detained", None, JAND, "bal_pilot_detained", "janddet"),
    ("balloon_live.txt", "the envelope snagged on power cables", None, JAND, "bal_power_line", "jandline"),
    ("balloon_live.txt", "at about 6:40 a.m.", None, JAND, "bal_time", "jand640"),
    ("balloon_live.txt", "forced 27 flights to divert", 27, SAW, "bal_fog", "saw27"),
    ("balloon_live.txt", "eight patients remain in hospital", 8, HOSPTR, "bal_in_hospital", "hosp8"),
    ("balloon_live.txt", "four of them in intensive care", 4, HOSPTR, "bal_icu", "hosp4icu"),
    ("balloon_live.txt", "It dropped from at least 50 metres up", 50, AKSOY, "bal_height", "aksoy50"),
    ("balloon_live.txt", "At least five people were killed", 5, AKSOY, "bal_dead", "aksoy5"),
    ("balloon_live.txt", "11 Chinese citizens were injured", 11, CNCONS, "bal_chinese", "cn11"),
    ("balloon_live.txt", "three of its guests from Britain were hurt", 3, AGENCY, "bal_british", "agency3"),
    # broadcaster website (Wessex World News, UK, times in BST, byline date only), Monday 11 May
    ("balloon_broadcast.txt", "Three people have died", 3, GOVTR, "bal_dead", "gov3"),
    ("balloon_broadcast.txt", "4.25am BST on Saturday", None, GOVTR, "bal_time", "gov625"),
    ("balloon_broadcast.txt", "some 170 miles", 170, O, "bal_distance", "outb170"),
    ("balloon_broadcast.txt", "the pilot attempted to land too close to the power lines", None, SHGM, "bal_cause",
     "shgmerror"),
    ("balloon_broadcast.txt", "certified to carry a maximum of 20 people", 20, SHGM, "bal_capacity", "shgm20"),
    ("balloon_broadcast.txt", "no inspection had been recorded since June 2024", None, SHGM, "bal_inspection",
     "shgmnoinsp"),
    ("balloon_broadcast.txt", "1,150 logged hours", 1150, SHGM, "bal_hours", "shgm1150"),
    ("balloon_broadcast.txt", "23 people were aboard", 23, GOVTR, "bal_aboard", "gov23"),
    ("balloon_broadcast.txt", "about 30 people in it", 30, HARTLEY, "bal_aboard", "hart30"),
    ("balloon_broadcast.txt", "fell about 100ft", 100, JAND, "bal_height", "jand30"),
    ("balloon_broadcast.txt", "gusts of about 22mph", 22, MGM, "bal_wind", "mgm35"),
    ("balloon_broadcast.txt", "the pilot was fully licensed", None, KAYA, "bal_licence", "kayalic"),
    ("balloon_broadcast.txt", "two British nationals were injured", 2, FCDO, "bal_british", "fcdo2"),
    ("balloon_broadcast.txt", "1.5 million lira", 1500000, GOVTR, "bal_payment", "gov15m"),
    ("balloon_broadcast.txt", "about £29,000", 29000, GOVTR, "bal_payment", "gov15m"),
    ("balloon_broadcast.txt", "around £215", 215, O, "bal_price", "outb215"),
    # local paper (Kapadokya Post, English edition, masthead date), Thursday 14 May
    ("balloon_local.txt", "the death toll rose to four on Wednesday evening", 4, GOVTR, "bal_dead", "gov4"),
    ("balloon_local.txt", "19 people were injured in all", 19, GOVTR, "bal_injured", "gov19"),
    ("balloon_local.txt", "five patients are still being treated there", 5, HOSPTR, "bal_in_hospital", "hosp5"),
    ("balloon_local.txt", "two are still in intensive care", 2, HOSPTR, "bal_icu", "hosp2icu"),
    ("balloon_local.txt", "came down at 06:25", None, PILOTS, "bal_time", "pil625"),
    ("balloon_local.txt", "had not left the ground until after 6 a.m.", None, PILOTS, "bal_takeoff", "pil6"),
    ("balloon_local.txt", "the green flag went up at 5:10 a.m.", None, PILOTS, "bal_flag", "pilgreen"),
    ("balloon_local.txt", "the basket was overloaded", None, PILOTS, "bal_cause", "piloverload"),
    ("balloon_local.txt", "There were exactly 21 people in the basket", 21, KAYA, "bal_aboard", "kaya21"),
    ("balloon_local.txt", "approved for up to 24 passengers", 24, KAYA, "bal_capacity", "kaya24"),
    ("balloon_local.txt", "the wind never exceeded 10 km/h", 10, KAYA, "bal_wind", "kaya10"),
    ("balloon_local.txt", "fell no more than 4 metres", 4, KAYA, "bal_height", "kaya4m"),
    ("balloon_local.txt", "The balloon never touched the power lines", None, KAYA, "bal_power_line", "kayanoline"),
    ("balloon_local.txt", "We charge 180 euros", 180, KAYA, "bal_price", "kaya180"),
    ("balloon_local.txt", "the pilot's licence had expired on March 31", None, SHGM, "bal_licence", "shgmexp"),
    ("balloon_local.txt", "fined Kaya Sky 2.8 million lira", 2800000, SHGM, "bal_fine", "shgmfine"),
    ("balloon_local.txt", "He has not been detained", None, LAWYER, "bal_pilot_detained", "lawnodet"),
    ("balloon_local.txt", "about 270 kilometres", 270, O, "bal_distance", "outp270"),
    ("balloon_local.txt", "flights were halted for four days", 4, PILOTS, "bal_grounded", "pil4d"),
    ("balloon_local.txt", "expects 40,000 visitors", 40000, FEST, "bal_festival", "fest40k"),
    ("balloon_local.txt", "resurface 12 km of village roads", 12, NEVMUN, "bal_roads", "roads12"),

    # ---------------- lightning: lightning struck a Copa Perú match at the municipal stadium of Achuco
    # (Huancavelica region, Peru) on Sun 25 Oct 2026; the police's time 15:40 PET (UTC-5) = 20:40 GMT = 4:40 p.m.
    # EDT (UTC-4; US daylight saving runs to 1 Nov); a cousin in New Jersey says about 4:40 p.m. his time (the same
    # moment); a spectator says around 4:15 p.m., the league about 3:20 p.m.
    # live blog (Peru Daily Post, PET, date line), Sunday 25 Oct
    ("lightning_live.txt", "three people were killed", 3, MAYORPE, "lt_dead", "mayor3"),
    ("lightning_live.txt", "We never received any alert from Senamhi", None, MAYORPE, "lt_warning", "mayornoalert"),
    ("lightning_live.txt", "the stadium has a lightning rod", None, MAYORPE, "lt_rod", "mayorrod"),
    ("lightning_live.txt", "more than 30 people were injured", 30, BOMB, "lt_injured", "bomb30"),
    ("lightning_live.txt", "19 millimetres of rain in an hour", 19, SENAMHI, "lt_rain", "sen19"),
    ("lightning_live.txt", "five of the injured were in critical condition", 5, DIRESA, "lt_critical", "diresa5c"),
    ("lightning_live.txt", "Four patients would be flown to Lima", 4, DIRESA, "lt_airlifted", "diresa4a"),
    ("lightning_live.txt", "I had already stopped the game", None, REF, "lt_play", "refstop"),
    ("lightning_live.txt", "in the 38th minute", 38, REF, "lt_minute", "ref38"),
    ("lightning_live.txt", "seven players fell to the ground", 7, REF, "lt_players_down", "ref7"),
    ("lightning_live.txt", "it struck the centre of the pitch", None, REF, "lt_struck", "refcentre"),
    ("lightning_live.txt", "delayed 46 flights", 46, LIMAAIR, "lt_lima_flights", "lima46"),
    ("lightning_live.txt", "more than 2,000 people", 2000, CONDORI, "lt_crowd", "fan2000"),
    ("lightning_live.txt", "around 4:15 in the afternoon", None, CONDORI, "lt_time", "fan415"),
    ("lightning_live.txt", "Nobody told us to leave", None, CONDORI, "lt_evacuate", "fannoevac"),
    ("lightning_live.txt", "No ambulance came for 50 minutes", 50, CONDORI, "lt_ambulance", "fan50"),
    ("lightning_live.txt", "one person was killed", 1, PNP, "lt_dead", "pnp1"),
    # wire (CPW, leading space, headline on the date line), Monday 26 Oct
    ("lightning_wire.txt", "killing two people", 2, PNP, "lt_dead", "pnp2"),
    ("lightning_wire.txt", "3,600 metres", 3600, O, "lt_altitude", "outw3600"),
    ("lightning_wire.txt", "11,800 feet", 11800, O, "lt_altitude", "outw3600"),
    ("lightning_wire.txt", "about 350 km", 350, O, "lt_distance", "outw350"),
    ("lightning_wire.txt", "220 miles", 220, O, "lt_distance", "outw350"),
    ("lightning_wire.txt", "at 3:40 p.m.", None, PNP, "lt_time", "pnp340"),
    ("lightning_wire.txt", "2040 GMT", None, PNP, "lt_time", "pnp340"),
    ("lightning_wire.txt", "struck a metal floodlight pole beside the pitch", None, PNP, "lt_struck", "pnppole"),
    ("lightning_wire.txt", "about 400 spectators", 400, PNP, "lt_crowd", "pnp400"),
    ("lightning_wire.txt", "16 people were injured", 16, DIRESA, "lt_injured", "diresa16"),
    ("lightning_wire.txt", "five of them minors", 5, DIRESA, "lt_children", "diresa5m"),
    ("lightning_wire.txt", "Three remained in critical condition", 3, HOSPPE, "lt_critical", "hosp3c"),
    ("lightning_wire.txt", "had issued an orange alert for thunderstorms in the central Andes on Saturday", None,
     SENAMHI, "lt_warning", "senalert"),
    ("lightning_wire.txt", "recorded 340 lightning strikes", 340, SENAMHI, "lt_strikes", "sen340"),
    ("lightning_wire.txt", "5,000 soles", 5000, GOVPE, "lt_payment", "gov5k"),
    ("lightning_wire.txt", "$1,350", 1350, GOVPE, "lt_payment", "gov5k"),
    ("lightning_wire.txt", "Lightning killed 21 people in Peru last year", 21, O, "lt_history", "outw21"),
    # broadcaster website (Beacon 24 News, US, times in ET, byline date only), Tuesday 27 Oct
    ("lightning_broadcast.txt", "has killed three people", 3, PNP, "lt_dead", "pnp3"),
    ("lightning_broadcast.txt", "4:40 p.m. ET on Sunday", None, PNP, "lt_time", "pnp340"),
    ("lightning_broadcast.txt", "about 11,800 feet", 11800, O, "lt_altitude", "outb11800"),
    ("lightning_broadcast.txt", "some 220 miles", 220, O, "lt_distance", "outb220"),
    ("lightning_broadcast.txt", "At about 4:40 in the afternoon, New Jersey time", None, YAURI, "lt_time", "yauri"),
    ("lightning_broadcast.txt", "eight children were among the injured", 8, PNP, "lt_children", "pnp8m"),
    ("lightning_broadcast.txt", "about a dozen people were hurt", 12, LEAGUE, "lt_injured", "league12"),
    ("lightning_broadcast.txt", "612 tickets had been sold", 612, LEAGUE, "lt_tickets", "league612"),
    ("lightning_broadcast.txt", "shortly before half-time", None, CLUB, "lt_minute", "clubht"),
    ("lightning_broadcast.txt", "The referee let us play on", None, SULCA, "lt_play", "sulcaon"),
    ("lightning_broadcast.txt", "the stadium had no lightning protection system", None, INDECI, "lt_rod",
     "indecinorod"),
    ("lightning_broadcast.txt", "failed a safety inspection in March", None, INDECI, "lt_inspection", "indecifail"),
    ("lightning_broadcast.txt", "carried six patients to Lima", 6, FAP, "lt_airlifted", "fap6"),
    ("lightning_broadcast.txt", "about three-quarters of an inch of rain", 0.75, SENAMHI, "lt_rain", "sen19"),
    ("lightning_broadcast.txt", "5,000 soles", 5000, GOVPE, "lt_payment", "gov5k"),
    ("lightning_broadcast.txt", "about $1,350", 1350, GOVPE, "lt_payment", "gov5k"),
    # local paper (Andes Weekly Courier, leading space, masthead on the date line), Friday 30 Oct
    ("lightning_local.txt", "three people have died", 3, DIRESA, "lt_dead", "diresa3"),
    ("lightning_local.txt", "raised the number of injured to 22", 22, DIRESA, "lt_injured", "diresa22"),
    ("lightning_local.txt", "One patient remains in critical condition", 1, HOSPPE, "lt_critical", "hosp1c"),
    ("lightning_local.txt", "Our ambulances reached the stadium within 12 minutes", 12, DIRESA, "lt_ambulance",
     "diresa12"),
    ("lightning_local.txt", "some 1,200 people were in the ground", 1200, MAYORPE, "lt_crowd", "mayor1200"),
    ("lightning_local.txt", "the announcer told spectators to leave the stands", None, MAYORPE, "lt_evacuate",
     "mayorevac"),
    ("lightning_local.txt", "passed its civil defense inspection in August", None, MAYORPE, "lt_inspection",
     "mayorpass"),
    ("lightning_local.txt", "in the 52nd minute", 52, LEAGUE, "lt_minute", "league52"),
    ("lightning_local.txt", "at about 3:20 p.m.", None, LEAGUE, "lt_time", "league320"),
    ("lightning_local.txt", "the match was never suspended", None, LEAGUE, "lt_play", "leaguenostop"),
    ("lightning_local.txt", "11 players were knocked flat", 11, CLUB, "lt_players_down", "club11"),
    ("lightning_local.txt", "the bolt hit the metal fence behind the north goal", None, BOMB, "lt_struck",
     "bombfence"),
    ("lightning_local.txt", "the warning was passed to every district council", None, INDECI, "lt_warning",
     "indecisent"),
    ("lightning_local.txt", "Lightning killed at least 34 people in Peru last year", 34, INDECI, "lt_history",
     "indeci34"),
    ("lightning_local.txt", "doubled the payment to 10,000 soles", 10000, GOVPE, "lt_payment", "gov10k"),
    ("lightning_local.txt", "3,600 metres above sea level", 3600, O, "lt_altitude", "outp3600"),
    ("lightning_local.txt", "expects 3,000 llamas and alpacas", 3000, FAIR, "lt_fair", "fair3000"),
    ("lightning_local.txt", "fell to 1.20 soles a kilo", 1.2, AGRIPE, "lt_potatoes", "potato"),

    # ---------------- bank: a run on the Seti Gandaki Savings and Credit Cooperative in Pokhara (Kaski district,
    # Gandaki Province, Nepal), which stopped paying out on Tue 10 Feb 2026; a crush at its head office on Thu 12 Feb;
    # the police's time 10:15 NPT (UTC+5:45, a quarter-hour zone) = 04:30 GMT = 3:30 p.m. AEDT (UTC+11, Australian
    # daylight saving); a depositor's daughter in Sydney says about 3.30pm Sydney time (the same moment); the
    # cooperative says shortly before noon
    # wire (AWP, date line), Thursday 12 Feb
    ("bank_wire.txt", "One woman died", 1, POLNP, "bank_dead", "pol1"),
    ("bank_wire.txt", "at least 11 people were injured", 11, POLNP, "bank_injured", "pol11"),
    ("bank_wire.txt", "at about 10:15 a.m.", None, POLNP, "bank_time", "pol1015"),
    ("bank_wire.txt", "0430 GMT", None, POLNP, "bank_time", "pol1015"),
    ("bank_wire.txt", "about 3,000 people had gathered", 3000, POLNP, "bank_crowd", "pol3000"),
    ("bank_wire.txt", "Police fired tear gas into the crowd", None, PUN, "bank_teargas", "pungas"),
    ("bank_wire.txt", "is believed to have crossed into India", None, POLNP, "bank_chairman", "polindia"),
    ("bank_wire.txt", "6.8 billion rupees", 6800000000, DOC, "bank_owed", "doc68"),
    ("bank_wire.txt", "$50 million", 50000000, DOC, "bank_owed", "doc68"),
    ("bank_wire.txt", "some 29,000 cooperatives", 29000, DOC, "bank_sector", "doc29k"),
    ("bank_wire.txt", "about 18,500 members", 18500, COOP, "bank_members", "coop18k"),
    ("bank_wire.txt", "capped withdrawals at 25,000 rupees a day", 25000, COOP, "bank_cap", "coop25k"),
    ("bank_wire.txt", "its accounts are audited every year", None, COOP, "bank_audit", "coopaudit"),
    ("bank_wire.txt", "withdrawn only about 300 million rupees", 300000000, COOP, "bank_withdrawn", "coop300"),
    ("bank_wire.txt", "the freeze had been ordered by the Department of Cooperatives", None, COOP, "bank_freeze",
     "coopfreeze"),
    ("bank_wire.txt", "refund deposits of up to 500,000 rupees", 500000, FINMIN, "bank_refund", "fin500k"),
    ("bank_wire.txt", "$3,700", 3700, FINMIN, "bank_refund", "fin500k"),
    ("bank_wire.txt", "interest of up to 16 percent", 16, O, "bank_interest", "outw16"),
    ("bank_wire.txt", "about 200 km", 200, O, "bank_distance", "outw200"),
    ("bank_wire.txt", "125 miles", 125, O, "bank_distance", "outw200"),
    # live blog (Kathmandu Courier, NPT, date glued to the headline), Friday 13 Feb
    ("bank_live.txt", "two depositors died in the crush", 2, COMM, "bank_dead", "com2"),
    ("bank_live.txt", "more than 10,000 depositors", 10000, COMM, "bank_crowd", "com10k"),
    ("bank_live.txt", "more than 42,000 savers", 42000, COMM, "bank_members", "com42k"),
    ("bank_live.txt", "9.2 billion rupees", 9200000000, COMM, "bank_owed", "com92"),
    ("bank_live.txt", "we were allowed only 5,000 rupees", 5000, COMM, "bank_cap", "com5k"),
    ("bank_live.txt", "raised the ceiling to 1 million rupees", 1000000, FINMIN, "bank_refund", "fin1m"),
    ("bank_live.txt", "Nepal Rastra Bank flagged the cooperative in 2024", None, FINMIN, "bank_flagged", "finflag"),
    ("bank_live.txt", "The department ordered no freeze", None, DOC, "bank_freeze", "docnofreeze"),
    ("bank_live.txt", "had not filed an audited statement since 2023", None, DOC, "bank_audit", "docnoaudit"),
    ("bank_live.txt", "1.2 billion rupees was withdrawn", 1200000000, DOC, "bank_withdrawn", "doc12"),
    ("bank_live.txt", "3.1 billion rupees had been lent to companies linked to board members", 3100000000, DOC,
     "bank_insider", "doc31"),
    ("bank_live.txt", "plant 5,000 trees", 5000, KMC, "bank_trees", "kmc5000"),
    ("bank_live.txt", "14 people were hurt", 14, POLNP, "bank_injured", "pol14"),
    ("bank_live.txt", "nine people were detained", 9, POLNP, "bank_arrests", "pol9"),
    ("bank_live.txt", "No tear gas was used", None, POLNP, "bank_teargas", "polnogas"),
    ("bank_live.txt", "treated 17 people", 17, HOSPNP, "bank_treated", "hosp17"),
    ("bank_live.txt", "the chairman is in Kathmandu and cooperating with the department", None, COOP,
     "bank_chairman", "coopktm"),
    ("bank_live.txt", "shortly before noon", None, COOP, "bank_time", "coopnoon"),
    ("bank_live.txt", "the cooperative is fully registered and in good standing", None, COOP, "bank_registered",
     "coopreg"),
    ("bank_live.txt", "200 km west of the capital", 200, O, "bank_distance", "outl200"),
    # broadcaster website (SCB News, Australia, times in AEDT, byline date only), Saturday 14 Feb
    ("bank_broadcast.txt", "two people have died", 2, POLNP, "bank_dead", "pol2"),
    ("bank_broadcast.txt", "3.30pm AEDT on Thursday", None, POLNP, "bank_time", "pol1015"),
    ("bank_broadcast.txt", "It was about 3.30pm Sydney time", None, TAMANG, "bank_time", "tamang"),
    ("bank_broadcast.txt", "arrested the chairman, Rabindra Adhikari, at a hotel in Bhairahawa", None, CIB,
     "bank_chairman", "cibarrest"),
    ("bank_broadcast.txt", "7.4 billion rupees", 7400000000, DOC, "bank_owed", "doc74"),
    ("bank_broadcast.txt", "about A$85 million", 85000000, DOC, "bank_owed", "doc74"),
    ("bank_broadcast.txt", "31,400 members", 31400, DOC, "bank_members", "doc31k"),
    ("bank_broadcast.txt", "barred from taking new deposits in November", None, DOC, "bank_registered", "docbarred"),
    ("bank_broadcast.txt", "4.1 billion rupees", 4100000000, COOP, "bank_owed", "coop41"),
    ("bank_broadcast.txt", "A$47 million", 47000000, COOP, "bank_owed", "coop41"),
    ("bank_broadcast.txt", "less than 500 million rupees went to related parties", 500000000, COOP, "bank_insider",
     "coop500"),
    ("bank_broadcast.txt", "no more than 800 people came to the office", 800, COOP, "bank_crowd", "coop800"),
    ("bank_broadcast.txt", "25,000 rupees", 25000, COOP, "bank_cap", "coop25k"),
    ("bank_broadcast.txt", "about A$290", 290, COOP, "bank_cap", "coop25k"),
    ("bank_broadcast.txt", "more than 40 people were hurt", 40, COMM, "bank_injured", "com40"),
    ("bank_broadcast.txt", "police used tear gas on elderly savers", None, COMM, "bank_teargas", "comgas"),
    ("bank_broadcast.txt", "dozens of its members were arrested", None, COMM, "bank_arrests", "comdozens"),
    ("bank_broadcast.txt", "never issued any warning about Seti Gandaki", None, NRB, "bank_flagged", "nrbno"),
    ("bank_broadcast.txt", "up to 1 million rupees", 1000000, FINMIN, "bank_refund", "fin1m"),
    ("bank_broadcast.txt", "about A$11,500", 11500, FINMIN, "bank_refund", "fin1m"),
    ("bank_broadcast.txt", "treated 19 people", 19, HOSPNP, "bank_treated", "hosp19"),
    ("bank_broadcast.txt", "about 650 families in Australia", 650, NRNA, "bank_diaspora", "nrna650"),
    ("bank_broadcast.txt", "as much as 16 per cent interest", 16, O, "bank_interest", "outb16"),
    ("bank_broadcast.txt", "about 200 kilometres west of Kathmandu", 200, O, "bank_distance", "outb200"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("balloon_wire.txt", "three of them seriously", 3, GOVTR, "bal_opt_serious"),
    ("balloon_live.txt", "The Sarıtaş valley was inside the restricted area", None, SHGM, "bal_opt_restricted"),
    ("balloon_live.txt", "two patients had been moved to Kayseri", 2, HOSPTR, "bal_opt_moved"),
    ("balloon_live.txt", "Mehmet Aksoy, 52", 52, AKSOY, "bal_opt_age"),
    ("balloon_live.txt", "dozens of villagers ran across the fields", None, AKSOY, "bal_opt_villagers"),
    ("balloon_live.txt", "said on Saturday two people were killed and 17 injured", 2, O, "bal_opt_restated_toll"),
    ("balloon_live.txt", "Kaya Sky Balloons says 21 people were on board", 21, O, "bal_opt_restated_aboard"),
    ("balloon_live.txt", "Weather service: gusts of up to 35 km/h at sunrise", 35, O, "bal_opt_restated_wind"),
    ("balloon_live.txt", "cost about 250 euros a head", 250, O, "bal_opt_restated_price"),
    ("balloon_live.txt", "there were 28 of us in the basket", 28, "reader Ayse_K", "bal_opt_reader"),
    ("balloon_live.txt", "250 euros a ride", 250, "reader tom.from.leeds", "bal_opt_reader"),
    ("balloon_live.txt", "7 days a week", 7, "reader pilot_anon", "bal_opt_reader"),
    ("balloon_broadcast.txt", "31-year-old Emre Yıldız", 31, SHGM, "bal_opt_pilot_age"),
    ("balloon_broadcast.txt", "two more than the operator", 2, O, "bal_opt_restated_operator"),
    ("balloon_broadcast.txt", "nobody on the ground waved it off", None, HARTLEY, "bal_opt_waved"),
    ("balloon_broadcast.txt", "46F (8C)", 46, O, "bal_opt_temperature"),
    ("balloon_local.txt", "not the 250 you read everywhere", 250, KAYA, "bal_opt_restated_250"),
    ("balloon_local.txt", "resumed on Wednesday morning", None, O, "bal_opt_resumed"),
    ("balloon_local.txt", "for 30 years", 30, "reader Hasan Demir", "bal_opt_reader"),
    ("balloon_local.txt", "2 flights a day", 2, "reader Fatma Yıldırım", "bal_opt_reader"),
    ("balloon_local.txt", "45,000 lira a month", 45000, "reader Fatma Yıldırım", "bal_opt_reader"),
    ("lightning_live.txt", "two players and a spectator", 2, MAYORPE, "lt_opt_breakdown"),
    ("lightning_live.txt", "three days of mourning", 3, MAYORPE, "lt_opt_mourning"),
    ("lightning_live.txt", "Marleni Condori, 29", 29, CONDORI, "lt_opt_age"),
    ("lightning_live.txt", "the mayor now says three", 3, O, "lt_opt_restated_toll"),
    ("lightning_live.txt", "killed 3 in Junín last year", 3, "reader rosa_hvca", "lt_opt_reader"),
    ("lightning_live.txt", "he is 17", 17, "reader Jhon_A", "lt_opt_reader"),
    ("lightning_live.txt", "2 years ago same thing", 2, "reader Wilber.Q", "lt_opt_reader"),
    ("lightning_wire.txt", "who on Sunday gave a toll of three", 3, O, "lt_opt_restated_mayor"),
    ("lightning_broadcast.txt", "41F (5C)", 41, O, "lt_opt_temperature"),
    ("lightning_local.txt", "Hundreds of people followed the coffins", None, O, "lt_opt_funeral"),
    ("lightning_local.txt", "for 22 years", 22, "reader Ernesto Vilca", "lt_opt_reader"),
    ("lightning_local.txt", "cost 2.4 million soles", 2400000, "reader Celia Quispe", "lt_opt_reader"),
    ("bank_wire.txt", "Purna Bahadur Pun, 68", 68, PUN, "bank_opt_age"),
    ("bank_wire.txt", "1.8 million rupees", 1800000, PUN, "bank_opt_savings"),
    ("bank_wire.txt", "founded in 2009", None, O, "bank_opt_founded"),
    ("bank_live.txt", "not one as police say", 1, COMM, "bank_opt_restated_police"),
    ("bank_live.txt", "not the 25,000 they talk about", 25000, COMM, "bank_opt_restated_cap"),
    ("bank_live.txt", "four were kept overnight", 4, HOSPNP, "bank_opt_kept"),
    ("bank_live.txt", "one woman died and 11 were injured", 1, O, "bank_opt_restated_toll"),
    ("bank_live.txt", "refunds of up to 500,000 rupees", 500000, O, "bank_opt_restated_refund"),
    ("bank_live.txt", "withdrawals were capped at 25,000 rupees a day", 25000, O, "bank_opt_restated_cap2"),
    ("bank_live.txt", "4 lakh in Seti Gandaki", 400000, "reader Sarita_G", "bank_opt_reader"),
    ("bank_live.txt", "16% interest", 16, "reader bikash.pkr", "bank_opt_reader"),
    ("bank_live.txt", "3 cooperatives collapsed in Chitwan", 3, "reader ram_thapa_uk", "bank_opt_reader"),
    ("bank_broadcast.txt", "a 66-year-old man", 66, POLNP, "bank_opt_age2"),
    ("bank_broadcast.txt", "Around 650 Nepali-Australian families", 650, O, "bank_opt_restated_diaspora"),
    ("bank_broadcast.txt", "The cooperative's chairman was arrested on Friday", None, O, "bank_opt_restated_arrest"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # balloon
    "bal_dead": {("gov2", "gov3"): U, ("gov2", "aksoy5"): C, ("gov2", "gov4"): U, ("gov3", "gov3"): SC,
                 ("gov3", "aksoy5"): C, ("gov3", "gov4"): U, ("aksoy5", "gov4"): C},
    "bal_injured": {("gov17", "jand18"): C, ("gov17", "gov19"): U, ("jand18", "gov19"): C},
    "bal_aboard": {("kaya21", "kaya21"): SC, ("kaya21", "pil26"): C, ("kaya21", "gov23"): C, ("kaya21", "hart30"): C,
                   ("pil26", "gov23"): C, ("pil26", "hart30"): C},
    "bal_capacity": {("pil16", "shgm20"): C, ("pil16", "kaya24"): C, ("shgm20", "kaya24"): C},
    "bal_time": {("gov625", "gov625"): SC, ("gov625", "jand640"): C, ("gov625", "pil625"): CO,
                 ("jand640", "pil625"): C},
    "bal_takeoff": {("kaya542", "pil6"): C},
    "bal_wind": {("mgm35", "mgm35"): SC, ("mgm35", "pil15kn"): C, ("mgm35", "kaya10"): C, ("pil15kn", "kaya10"): C},
    "bal_flag": {("kayacleared", "shgmyellow"): C, ("kayacleared", "pilgreen"): CO, ("shgmyellow", "pilgreen"): C},
    "bal_cause": {("kayagust", "shgmerror"): C, ("kayagust", "piloverload"): C, ("shgmerror", "piloverload"): C},
    "bal_power_line": {("govline", "jandline"): CO, ("govline", "kayanoline"): C, ("jandline", "kayanoline"): C},
    "bal_height": {("jand30", "jand30"): SC, ("jand30", "aksoy50"): C, ("jand30", "kaya4m"): C,
                   ("aksoy50", "kaya4m"): C},
    "bal_licence": {("kayalic", "kayalic"): SC, ("kayalic", "pilrenew"): CO, ("kayalic", "shgmexp"): C,
                    ("pilrenew", "shgmexp"): C},
    "bal_hours": {("kaya2000", "pil400"): C, ("kaya2000", "shgm1150"): C, ("pil400", "shgm1150"): C},
    "bal_inspection": {("kayainsp", "shgmnoinsp"): C},
    "bal_pilot_detained": {("janddet", "lawnodet"): C},
    "bal_balloons_up": {("shgm112", "pil150"): C},
    "bal_british": {("agency3", "fcdo2"): C},
    "bal_chinese": {("gov9cn", "cn11"): C},
    "bal_in_hospital": {("hosp8", "hosp5"): U},
    "bal_icu": {("hosp4icu", "hosp2icu"): U},
    "bal_price": {("outw250", "outb215"): CO, ("outw250", "kaya180"): C, ("outb215", "kaya180"): C},
    "bal_payment": {("gov15m", "gov15m"): SC},
    "bal_distance": {("outw270", "outb170"): CO, ("outw270", "outp270"): CO, ("outb170", "outp270"): CO},
    "bal_grounded": {("shgm2d", "pil4d"): C},
    # lightning
    "lt_dead": {("pnp1", "pnp2"): U, ("pnp1", "pnp3"): U, ("pnp1", "diresa3"): C, ("mayor3", "pnp2"): C,
                ("mayor3", "pnp3"): CO, ("mayor3", "diresa3"): CO, ("pnp2", "pnp3"): U, ("pnp2", "diresa3"): C,
                ("pnp3", "diresa3"): CO},
    "lt_injured": {("bomb30", "diresa16"): C, ("bomb30", "league12"): C, ("bomb30", "diresa22"): C,
                   ("diresa16", "league12"): C, ("diresa16", "diresa22"): U, ("league12", "diresa22"): C},
    "lt_players_down": {("ref7", "club11"): C},
    "lt_critical": {("diresa5c", "hosp3c"): C, ("diresa5c", "hosp1c"): C, ("hosp3c", "hosp1c"): U},
    "lt_airlifted": {("diresa4a", "fap6"): C},
    "lt_children": {("diresa5m", "pnp8m"): C},
    "lt_crowd": {("fan2000", "pnp400"): C, ("fan2000", "mayor1200"): C, ("pnp400", "mayor1200"): C},
    "lt_time": {("pnp340", "pnp340"): SC, ("pnp340", "fan415"): C, ("pnp340", "yauri"): CO, ("pnp340", "league320"): C,
                ("fan415", "yauri"): C, ("fan415", "league320"): C, ("yauri", "league320"): C},
    "lt_minute": {("ref38", "clubht"): CO, ("ref38", "league52"): C, ("clubht", "league52"): C},
    "lt_warning": {("senalert", "mayornoalert"): C, ("senalert", "indecisent"): CO, ("mayornoalert", "indecisent"): C},
    "lt_play": {("refstop", "sulcaon"): C, ("refstop", "leaguenostop"): C, ("sulcaon", "leaguenostop"): CO},
    "lt_rod": {("mayorrod", "indecinorod"): C},
    "lt_inspection": {("indecifail", "mayorpass"): C},
    "lt_evacuate": {("fannoevac", "mayorevac"): C},
    "lt_struck": {("refcentre", "pnppole"): C, ("refcentre", "bombfence"): C, ("pnppole", "bombfence"): C},
    "lt_altitude": {("outw3600", "outb11800"): CO, ("outw3600", "outp3600"): CO, ("outb11800", "outp3600"): CO},
    "lt_distance": {("outw350", "outb220"): CO},
    "lt_rain": {("sen19", "sen19"): SC},
    "lt_ambulance": {("fan50", "diresa12"): C},
    "lt_payment": {("gov5k", "gov5k"): SC, ("gov5k", "gov10k"): U},
    "lt_history": {("outw21", "indeci34"): C},
    # bank
    "bank_dead": {("pol1", "com2"): C, ("pol1", "pol2"): U, ("com2", "pol2"): CO},
    "bank_injured": {("pol11", "pol14"): UC, ("pol11", "com40"): C, ("pol14", "com40"): C},
    "bank_treated": {("hosp17", "hosp19"): U},
    "bank_time": {("pol1015", "pol1015"): SC, ("pol1015", "coopnoon"): C, ("pol1015", "tamang"): CO,
                  ("coopnoon", "tamang"): C},
    "bank_crowd": {("pol3000", "com10k"): C, ("pol3000", "coop800"): C, ("com10k", "coop800"): C},
    "bank_members": {("coop18k", "com42k"): C, ("coop18k", "doc31k"): C, ("com42k", "doc31k"): C},
    "bank_owed": {("doc68", "com92"): C, ("doc68", "doc74"): U, ("doc68", "coop41"): C, ("com92", "doc74"): C,
                  ("com92", "coop41"): C},
    "bank_withdrawn": {("coop300", "doc12"): C},
    "bank_cap": {("coop25k", "coop25k"): SC, ("coop25k", "com5k"): C},
    "bank_refund": {("fin500k", "fin1m"): U, ("fin1m", "fin1m"): SC},
    "bank_chairman": {("polindia", "coopktm"): C, ("polindia", "cibarrest"): C, ("coopktm", "cibarrest"): C},
    "bank_audit": {("coopaudit", "docnoaudit"): C},
    "bank_flagged": {("finflag", "nrbno"): C},
    "bank_insider": {("doc31", "coop500"): C},
    "bank_teargas": {("pungas", "polnogas"): C, ("pungas", "comgas"): CO, ("polnogas", "comgas"): C},
    "bank_freeze": {("coopfreeze", "docnofreeze"): C},
    "bank_registered": {("coopreg", "docbarred"): C},
    "bank_arrests": {("pol9", "comdozens"): C},
    "bank_interest": {("outw16", "outb16"): CO},
    "bank_distance": {("outw200", "outl200"): CO, ("outw200", "outb200"): CO, ("outl200", "outb200"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
