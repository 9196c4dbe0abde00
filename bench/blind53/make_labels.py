"""Hand labels for bench/blind53 (drone sightings that closed Václav Havel Airport Prague from 18:52 on Friday
16 November 2035 to 01:15 on Saturday: the time of the closure and of the reopening, the hours closed, the sightings
and their revised count, the drones, how close and how high they flew, the first sighting, the flights cancelled on
Friday and on Saturday, the diversions, the aircraft held, the first landing, the passengers affected and the
airport's revised count, the people who slept in the terminal, the people detained and their revised count, the
army's arrival, whether a drone was brought down, the officers searching, the airport's losses, the reward, the
compensation, the penalty, whether it had happened before, the daily flights, last year's passengers and what kind
of drones they were disputed, with times in Central European Time (UTC+1, Prague, after summer time ended), GMT and
US Eastern Standard Time (UTC-5, New York, after its summer time ended), across midnight; the environmental
emergency declared over sargassum seaweed on the Punta Cana coast of the Dominican Republic at 22:30 on Monday 9 July
2035: the time and length of the emergency, the coast covered, the beaches closed and their revised count, the
seaweed removed and arriving, the barrier and its revised length, the boats, the workers, hydrogen sulphide, the
people treated and their revised count, the Atlantic mass, the peak, hotel occupancy, cancellations, the cost, the
airport's passengers, fishermen, dead turtles, the record, where the seaweed goes and the hotel rooms disputed, with
times in Atlantic Standard Time (UTC-4 all year, Santo Domingo), GMT, Central European Summer Time (UTC+2, Madrid)
and US Eastern Daylight Time (UTC-4, Miami, the same clock), across midnight; New Year's Eve 2035/36 at Taipei 101
in Taiwan: the time and length of the fireworks, the shells, the cost and the sponsors' share, the crowd and the
city's revised estimate, the foreign visitors, the metro's trips, hours and closed station, the people treated and
the fire department's revised count, the hospitalised, the officers, the detained and the police's revised count,
the rubbish, PM2.5, the temperature, the livestream audience, hotel rates, a crowd surge, the tower's height and the
show's edition disputed, with times in Taiwan time (UTC+8 all year, written "CST" like US Central Standard Time),
GMT, Japan time (UTC+9) and US Central Standard Time (UTC-6, Chicago), across midnight).
Run from the project root:
    python3 bench/blind53/make_labels.py
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
APO = "Prague Airport, the operator (spokeswoman Kateřina Holubová-Reed)"
POL = "the Czech police (spokesman Lt Col Tomáš Vrba-Hale)"
PSRC = "a police source (anonymous, as quoted by the Vienna wire)"
ANS = "Air Navigation Services of the Czech Republic, the air traffic control company"
MOD = "the Czech defence ministry (spokesman Maj. Ondřej Kalina-Frost)"
MIN = "Interior Minister Pavel Doležal-Grant"
VLT = "Vltava Air, a low-cost carrier (chief operating officer Barbora Klímová-Dean)"
ANA = "Aerolytics aviation analyst Radek Šimek-Lowry"
EXP = "drone researcher Dr Jan Sýkora-Bell, Czech Technical University"
SKY = "flight-tracking service SkyPlot"
PIL = "the Czech Airline Pilots' Association"
CLW = "passenger-rights firm ClaimWings"
VIE = "Vienna Airport"

MMA = "the Dominican Ministry of Environment and Natural Resources (Vice-Minister Ramona Peguero-Hart)"
NAVY = "the Dominican Navy"
MIT = "the Dominican tourism ministry (Tourism Minister Luis Almánzar-Cole)"
MSP = "the Dominican public health ministry"
EHA = "the Eastern Hotels Association (president Elena Castillo-Frye)"
ALI = "Grupo Alisio, a Spanish hotel chain (chief executive Javier Olmedo-Sands)"
LIM = "beach-cleaning contractor Limpiamar (Ernesto Paulino-Reyes)"
DEP = "opposition deputy Rafael Tavárez-Quinn"
UASD = "chemist Dr Julio Cedano-Park, Autonomous University of Santo Domingo"
COOP = "the Juanillo fishermen's cooperative (Fausto Cedeño-Hill)"
CLIN = "Dr Yesenia Marte-Lowe, an urgent-care clinic in Bávaro"
ASW = "the Atlantic Sargassum Watch, Key Biscayne Marine Institute (Dr Mark Ellery-Soto)"
TDE = "the turtle group Tortugas del Este (biologist Carla Jiménez-Wolfe)"
ALG = "AlgaBlock, a Punta Cana start-up"

CITY = "the Taipei City Government (commissioner Chia-hui Lo-Whitman)"
EMB = "Ember Arts, the fireworks designer (creative director Wen-hao Chiu-Larkin)"
FIRE = "the Taipei City Fire Department"
TPD = "the Taipei City Police Department"
MRT = "Taipei Metro"
DEPT = "Taipei's Department of Environmental Protection"
COU = "opposition city councillor Chien-ming Wu-Price"
TEL = "mobile operator Formosa Mobile"
CWA = "the Central Weather Administration"
MOENV = "the environment ministry's Songshan monitoring station"
BT = "Breathe Taipei, an environmental group"
PBS = "Taiwan's public broadcaster"
GUILD = "the Xinyi Hoteliers' Guild"
STAY = "booking site StayPlanner"
WIT = "witness Ya-wen Hsu-Carter, a student"
LREP = "local reports (as cited by the Chicago blog)"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- drones: drone sightings close Václav Havel Airport Prague at 18:52 on Friday 16 November 2035
    # (CET, UTC+1; summer time ended on 28 October) = 17:52 GMT = 12:52 EST (New York left summer time on 4 November);
    # it reopens at 01:15 on Saturday = 00:15 GMT on Saturday = 19:15 EST on Friday, after six hours and 23 minutes;
    # CZK 22 to the US dollar, so CZK 60 million is about $2.7 million and CZK 500,000 about $23,000
    # the airport's media statement (own-line date, letterhead with an address and web site, "MEDIA STATEMENT ·
    # Prague, 16 November 2035 · 20:10 · UPDATED 09:30, 17 November 2035", a title in capitals, the spokeswoman
    # quoted, "UPDATE 09:30, SATURDAY 17 NOVEMBER", "ABOUT PRAGUE AIRPORT", a media contact, "-END-"), Fri 16 Nov
    ("drones_airport.txt", "at 18:52 on Friday", None, APO, "drones_time", "apo1852"),
    ("drones_airport.txt", "more than 40 sightings", 40, APO, "drones_sightings", "apo40"),
    ("drones_airport.txt", "no drone came closer than 1.5 kilometres to either runway", 1.5, APO, "drones_distance",
     "apo15"),
    ("drones_airport.txt", "resumed at 01:15 on Saturday", None, APO, "drones_reopen", "apo0115"),
    ("drones_airport.txt", "closed for six hours and 23 minutes", 383, APO, "drones_hours", "apo623"),
    ("drones_airport.txt", "touched down at 01:32", None, APO, "drones_first_landing", "apo0132"),
    ("drones_airport.txt", "63 flights were cancelled on Friday evening", 63, APO, "drones_cancelled", "apo63"),
    ("drones_airport.txt", "41 flights were diverted", 41, APO, "drones_diverted", "apo41"),
    ("drones_airport.txt", "About 9,500 passengers were affected", 9500, APO, "drones_passengers", "apo9500"),
    ("drones_airport.txt", "Around 1,200 people spent the night in the terminal", 1200, APO, "drones_night",
     "apo1200"),
    ("drones_airport.txt", "about 30 more flights have been cancelled on Saturday morning", 30, APO,
     "drones_sat_cancelled", "apo30"),
    ("drones_airport.txt", "about 430 flights a day", 430, APO, "drones_daily_flights", "apo430"),
    ("drones_airport.txt", "served 15.3 million passengers in 2034", 15300000, APO, "drones_annual", "apo153"),
    # a Vienna news wire (Central European Newswire; no date line, a time line "17/11/2035 00:40 GMT · UPDATE 3",
    # headline, byline, glued dateline "(CEN) -Prague's", the airport's times in GMT (right), its own cancellations,
    # daily flights, annual passengers and the army's arrival, the police's first detentions, sightings, drones,
    # height, search and penalty, an anonymous police source, air traffic control's distance, holding and first
    # sighting, Vienna Airport, reporting and copyright lines), Saturday 17 Nov 00:40 GMT
    ("drones_wire.txt", "reopened at 0015 GMT on Saturday", None, APO, "drones_reopen", "apo0115"),
    ("drones_wire.txt", "halt all traffic at 1752 GMT on Friday", None, APO, "drones_time", "apo1852"),
    ("drones_wire.txt", "More than 80 flights were cancelled", 80, O, "drones_cancelled", "cen80"),
    ("drones_wire.txt", "about 350 daily flights", 350, O, "drones_daily_flights", "cen350"),
    ("drones_wire.txt", "served nearly 14 million passengers last year", 14000000, O, "drones_annual", "cen14m"),
    ("drones_wire.txt", "more than 40 sightings", 40, APO, "drones_sightings", "apo40"),
    ("drones_wire.txt", "two people had been detained", 2, POL, "drones_detained", "pol2p"),
    ("drones_wire.txt", "14 reported sightings", 14, POL, "drones_sightings", "pol14"),
    ("drones_wire.txt", "We are looking for two drones", 2, POL, "drones_count", "pol2"),
    ("drones_wire.txt", "flying below 150 metres", 150, POL, "drones_altitude", "pol150"),
    ("drones_wire.txt", "None of the drones has been recovered", None, POL, "drones_downed", "polnone"),
    ("drones_wire.txt", "More than 100 officers", 100, POL, "drones_officers", "pol100"),
    ("drones_wire.txt", "four people had been held for questioning", 4, PSRC, "drones_detained", "psrc4"),
    ("drones_wire.txt", "within 300 metres of the runway threshold", 300, ANS, "drones_distance", "ans300"),
    ("drones_wire.txt", "nine aircraft had been put into holding patterns", 9, ANS, "drones_holding", "ans9"),
    ("drones_wire.txt", "The first drone was spotted at 18:41 local time", None, ANS, "drones_first_seen", "ans1841"),
    ("drones_wire.txt", "arrived at the airport only around 22:00", None, O, "drones_army", "cen22"),
    ("drones_wire.txt", "taken in 14 of the diverted flights", 14, VIE, "drones_vienna", "vie14"),
    ("drones_wire.txt", "up to five years in prison", 5, POL, "drones_penalty", "pol5y"),
    # a Prague English-language news site (The Bohemia Post; date prefix glued to the masthead, headline and
    # standfirst, byline, photo caption, glued dateline "PRAGUE -Prague", its own times, first closure, stranded
    # travellers, officers and penalty, the police's revised detentions and sightings, first sighting and reward, the
    # defence ministry's drone, deployment and jamming, the minister, the airport's revised passengers and losses, an
    # analyst, the airline, two sentences glued without a space, "Read more", "COMMENTS (3)" with three reader
    # comments, copyright line), Saturday 17 Nov
    ("drones_prague.txt", "shortly before 7pm on Friday", None, O, "drones_time", "bp7pm"),
    ("drones_prague.txt", "did not reopen until 1.15am on Saturday", None, O, "drones_reopen", "bp0115"),
    ("drones_prague.txt", "the first time drones have closed the country's main airport", None, O, "drones_previous",
     "bpfirst"),
    ("drones_prague.txt", "had now detained three people", 3, POL, "drones_detained", "pol3p"),
    ("drones_prague.txt", "reported sightings had reached 23", 23, POL, "drones_sightings", "pol23"),
    ("drones_prague.txt", "Officers first saw a drone over the airport fence at 18:31", None, POL, "drones_first_seen",
     "pol1831"),
    ("drones_prague.txt", "Investigators believe two drones were involved", 2, POL, "drones_count", "pol2"),
    ("drones_prague.txt", "a reward of CZK 500,000", 500000, POL, "drones_reward", "pol500k"),
    ("drones_prague.txt", "tracked a single drone", 1, MOD, "drones_count", "mod1"),
    ("drones_prague.txt", "counter-drone unit was deployed at 20:05", None, MOD, "drones_army", "mod2005"),
    ("drones_prague.txt", "One drone was forced down by a jammer near Kněževes at about 23:40", None, MOD,
     "drones_downed", "modjam"),
    ("drones_prague.txt", "military-grade machines, not toys", None, MIN, "drones_type", "minmil"),
    ("drones_prague.txt", "nearly 11,000 passengers had been affected", 11000, APO, "drones_passengers", "apo11k"),
    ("drones_prague.txt", "at about CZK 60 million", 60000000, APO, "drones_cost", "apo60m"),
    ("drones_prague.txt", "closer to CZK 150 million", 150000000, ANA, "drones_cost", "ana150m"),
    ("drones_prague.txt", "some 3,000 travellers sleeping on floors and benches", 3000, O, "drones_night", "bp3000"),
    ("drones_prague.txt", "some 60 police officers", 60, O, "drones_officers", "bp60"),
    ("drones_prague.txt", "19 of its flights had been cancelled or diverted", 19, VLT, "drones_vltava_flights",
     "vlt19"),
    ("drones_prague.txt", "frozen for nearly eight hours", 8, VLT, "drones_hours", "vlt8h"),
    ("drones_prague.txt", "about 2,600 of its passengers were affected", 2600, VLT, "drones_vltava_passengers",
     "vlt2600"),
    ("drones_prague.txt", "no compensation is due under EU rules", None, VLT, "drones_compensation", "vltnocomp"),
    ("drones_prague.txt", "punishable by up to eight years in prison", 8, O, "drones_penalty", "bp8y"),
    # a New York aviation news site (The Ramp Report; leading-space own-line date, section line, headline, byline with
    # "Updated 8:05 a.m. ET", the closure "at 1:52 p.m. Eastern on Friday" and the reopening "around 8:15 p.m. ET"
    # (both wrong: New York had left summer time, so they were 12:52 p.m. and 7:15 p.m. EST), its own length and
    # earlier closure, a tracker's cancellations, diversions, holding and first landing, the pilots' drones and height,
    # the researcher, the airport's losses and the police reward in dollars, a passenger-rights firm, "Related:"),
    # Saturday 17 Nov
    ("drones_nyblog.txt", "at 1:52 p.m. Eastern on Friday", None, O, "drones_time", "rr152"),
    ("drones_nyblog.txt", "around 8:15 p.m. ET", None, O, "drones_reopen", "rr815"),
    ("drones_nyblog.txt", "a shutdown of roughly six and a half hours", 6.5, O, "drones_hours", "rr65h"),
    ("drones_nyblog.txt", "the second drone closure at Prague this year", None, O, "drones_previous", "rrsecond"),
    ("drones_nyblog.txt", "counted 71 cancellations", 71, SKY, "drones_cancelled", "sky71"),
    ("drones_nyblog.txt", "32 diversions", 32, SKY, "drones_diverted", "sky32"),
    ("drones_nyblog.txt", "another 45 flights canceled on Saturday morning", 45, SKY, "drones_sat_cancelled", "sky45"),
    ("drones_nyblog.txt", "At least 14 aircraft circled in holding patterns", 14, SKY, "drones_holding", "sky14"),
    ("drones_nyblog.txt", "landed at 01:47 local time", None, SKY, "drones_first_landing", "sky0147"),
    ("drones_nyblog.txt", "63 cancellations", 63, APO, "drones_cancelled", "apo63"),
    ("drones_nyblog.txt", "41 diversions", 41, APO, "drones_diverted", "apo41"),
    ("drones_nyblog.txt", "three people are in custody", 3, POL, "drones_detained", "pol3p"),
    ("drones_nyblog.txt", "after 23 sightings", 23, POL, "drones_sightings", "pol23"),
    ("drones_nyblog.txt", "five drones flying in formation", 5, PIL, "drones_count", "pil5"),
    ("drones_nyblog.txt", "at about 600 meters above the ground", 600, PIL, "drones_altitude", "pil600"),
    ("drones_nyblog.txt", "ordinary hobby drones costing under €2,000, not military hardware", None, EXP,
     "drones_type", "exphobby"),
    ("drones_nyblog.txt", "about $2.7 million", 2700000, APO, "drones_cost", "apo60m"),
    ("drones_nyblog.txt", "a reward of about $23,000", 23000, POL, "drones_reward", "pol500k"),
    ("drones_nyblog.txt", "more than 14,000 passengers", 14000, CLW, "drones_passengers", "clw14k"),
    ("drones_nyblog.txt", "entitled to up to €600 each", 600, CLW, "drones_compensation", "clw600"),

    # ---------------- sarg: the Dominican environment ministry declares an environmental emergency over sargassum on
    # the coast of La Altagracia (Punta Cana, Bávaro) at 22:30 on Monday 9 July 2035 (Atlantic Standard Time, UTC-4 all
    # year) = 02:30 GMT and 04:30 CEST in Madrid on Tuesday = 22:30 EDT in Miami on Monday (the same clock in July);
    # RD$62 to the US dollar (the Santo Domingo daily's rate), so RD$480 million is about US$7.7 million; 120 miles is
    # about 193 km
    # the ministry's press release (a date prefix with the letterhead continuing on the same line, "PRESS RELEASE No.
    # 214-2035 · Santo Domingo, 9 July 2035 · 23:40", a note that the Spanish text prevails, a title in capitals, the
    # vice-minister quoted, "SITUATION" with a bulleted list, "OUTLOOK", "FUNDING", advice, a press contact), Mon 9 Jul
    ("sarg_ministry.txt", "at 22:30 on Monday", None, MMA, "sarg_time", "mma2230"),
    ("sarg_ministry.txt", "02:30 GMT on Tuesday", None, MMA, "sarg_time", "mma2230"),
    ("sarg_ministry.txt", "about 120 kilometres of coastline", 120, MMA, "sarg_coast", "mma120km"),
    ("sarg_ministry.txt", "will last for 90 days", 90, MMA, "sarg_duration", "mma90"),
    ("sarg_ministry.txt", "at 17 public beaches", 17, MMA, "sarg_beaches", "mma17"),
    ("sarg_ministry.txt", "removed about 31,000 tonnes", 31000, MMA, "sarg_removed", "mma31k"),
    ("sarg_ministry.txt", "up to 1,800 tonnes a day", 1800, MMA, "sarg_arriving", "mma1800"),
    ("sarg_ministry.txt", "More than 1,400 workers", 1400, MMA, "sarg_workers", "mma1400"),
    ("sarg_ministry.txt", "four collector vessels", 4, MMA, "sarg_boats", "mma4"),
    ("sarg_ministry.txt", "5 kilometres of floating barrier", 5, MMA, "sarg_barrier", "mma5km"),
    ("sarg_ministry.txt", "peaked at 4 parts per million", 4, MMA, "sarg_h2s", "mma4ppm"),
    ("sarg_ministry.txt", "Three dead sea turtles", 3, MMA, "sarg_turtles", "mma3"),
    ("sarg_ministry.txt", "taken to an authorised composting site near Higüey", None, MMA, "sarg_disposal",
     "mmacompost"),
    ("sarg_ministry.txt", "38 million tonnes in June", 38000000, MMA, "sarg_atlantic", "mma38m"),
    ("sarg_ministry.txt", "expects arrivals to ease by mid-July", None, MMA, "sarg_peak", "mmamidjuly"),
    ("sarg_ministry.txt", "has reached RD$480 million", 480000000, MMA, "sarg_cost", "mma480m"),
    ("sarg_ministry.txt", "an emergency fund of RD$300 million", 300000000, MMA, "sarg_fund", "mma300m"),
    # a Santo Domingo English-language daily (The Hispaniola Herald; own-line date, masthead with the date, headline
    # and standfirst, byline, photo caption, glued dateline "PUNTA CANA -Tractors", its own time, record, rooms and
    # exchange rate, the ministry's length, beaches, removals and cost in dollars, the hotels, the tourism minister,
    # the contractor, the navy, an opposition deputy, a chemist, the health ministry's first count, fishermen,
    # "COMMENTS (3)" with three reader comments, copyright line), Tuesday 10 Jul
    ("sarg_daily.txt", "shortly before 11pm on Monday", None, O, "sarg_time", "hh11pm"),
    ("sarg_daily.txt", "the worst sargassum season since monitoring began in 2011", None, O, "sarg_record", "hh2011"),
    ("sarg_daily.txt", "runs for three months", 3, MMA, "sarg_duration", "mma90"),
    ("sarg_daily.txt", "bans swimming at 17 beaches", 17, MMA, "sarg_beaches", "mma17"),
    ("sarg_daily.txt", "removed 31,000 tonnes of the brown seaweed since June 1", 31000, MMA, "sarg_removed", "mma31k"),
    ("sarg_daily.txt", "about US$7.7 million", 7700000, MMA, "sarg_cost", "mma480m"),
    ("sarg_daily.txt", "RD$62 to the dollar", 62, O, "sarg_fx", "hhfx"),
    ("sarg_daily.txt", "More than 200 kilometres of our coast are affected", 200, EHA, "sarg_coast", "eha200"),
    ("sarg_daily.txt", "about 9,000 cancelled bookings", 9000, EHA, "sarg_cancellations", "eha9000"),
    ("sarg_daily.txt", "stood at 87 per cent", 87, MIT, "sarg_occupancy", "mit87"),
    ("sarg_daily.txt", "about 52,000 hotel rooms", 52000, O, "sarg_rooms", "hh52k"),
    ("sarg_daily.txt", "some 3,000 tonnes washed up on the worst day", 3000, LIM, "sarg_arriving", "lim3000"),
    ("sarg_daily.txt", "four of its vessels were collecting seaweed offshore", 4, NAVY, "sarg_boats", "navy4"),
    ("sarg_daily.txt", "only two boats were actually working", 2, DEP, "sarg_boats", "dep2"),
    ("sarg_daily.txt", "spent barely RD$150 million on the cleanup", 150000000, DEP, "sarg_cost", "dep150m"),
    ("sarg_daily.txt", "fell 6 per cent in June", -6, DEP, "sarg_airport", "depminus6"),
    ("sarg_daily.txt", "up to 9 ppm near Cabeza de Toro", 9, UASD, "sarg_h2s", "uasd9"),
    ("sarg_daily.txt", "38 people had been treated", 38, MSP, "sarg_treated", "msp38"),
    ("sarg_daily.txt", "including nine children", 9, MSP, "sarg_children", "msp9"),
    ("sarg_daily.txt", "about 600 of them had been unable to go to sea", 600, COOP, "sarg_fishermen", "coop600"),
    ("sarg_daily.txt", "dump the sargassum in the mangroves at Laguna Bávaro", None, COOP, "sarg_disposal",
     "coopmangroves"),
    ("sarg_daily.txt", "a record 41 million tonnes of sargassum floating in the Atlantic in June", 41000000, ASW,
     "sarg_atlantic", "asw41m"),
    # a Madrid travel-trade site (Travel Trade Ibérica, English edition; leading-space own-line date, section line,
    # headline, a time line "10/07/2035 · 12:05 CEST" with the byline, the declaration "at 03:30 Spanish time on
    # Tuesday" (wrong: 22:30 AST was 04:30 CEST), its own length, beaches and record, the hotels' removals, barrier,
    # workers, spending and occupancy, a Spanish chain, the tourism minister, the satellite programme, "Related:",
    # copyright line), Tuesday 10 Jul
    ("sarg_madrid.txt", "at 03:30 Spanish time on Tuesday", None, O, "sarg_time", "tti0330"),
    ("sarg_madrid.txt", "a 60-day emergency", 60, O, "sarg_duration", "tti60"),
    ("sarg_madrid.txt", "closes a dozen beaches", 12, O, "sarg_beaches", "tti12"),
    ("sarg_madrid.txt", "removed nearly 50,000 tonnes of seaweed since June", 50000, EHA, "sarg_removed", "eha50k"),
    ("sarg_madrid.txt", "the ministry's 31,000 tonnes", 31000, MMA, "sarg_removed", "mma31k"),
    ("sarg_madrid.txt", "only 3.5 kilometres of the promised barrier", 3.5, EHA, "sarg_barrier", "eha35"),
    ("sarg_madrid.txt", "about 900 people in all are working on the beaches", 900, EHA, "sarg_workers", "eha900"),
    ("sarg_madrid.txt", "spending US$2 million a month", 2000000, EHA, "sarg_hotel_spending", "eha2m"),
    ("sarg_madrid.txt", "fell to 64 per cent", 64, EHA, "sarg_occupancy", "eha64"),
    ("sarg_madrid.txt", "which has 11 resorts in the country", 11, ALI, "sarg_alisio_resorts", "ali11"),
    ("sarg_madrid.txt", "around 70 per cent", 70, ALI, "sarg_occupancy", "ali70"),
    ("sarg_madrid.txt", "moved 340 guests", 340, ALI, "sarg_alisio_moved", "ali340"),
    ("sarg_madrid.txt", "fewer than 2,000 bookings had been cancelled", 2000, MIT, "sarg_cancellations", "mit2000"),
    ("sarg_madrid.txt", "handled 4 per cent more passengers in June", 4, MIT, "sarg_airport", "mitplus4"),
    ("sarg_madrid.txt", "about 41 million tonnes of sargassum in June", 41000000, ASW, "sarg_atlantic", "asw41m"),
    ("sarg_madrid.txt", "the worst sargassum year on the Dominican coast since 2018", None, O, "sarg_record",
     "tti2018"),
    # a Miami TV station's web page (Biscayne 7 News; no date line, posted and updated times, headline, byline,
    # glued dateline "MIAMI -If", the declaration "at 10:30 p.m. Monday, the same time it was in Miami" (right: EDT is
    # the Dominican clock in July), its own coast in miles and hotel rooms, the ministry's revised beaches and barrier
    # and its fishermen, the health ministry's revised count, a clinic, the satellite programme, a turtle group, the
    # tourism ministry, a start-up, two sentences glued without a space, "Comments are closed"), Wednesday 11 Jul
    ("sarg_miami.txt", "at 10:30 p.m. Monday", None, O, "sarg_time", "b7_1030"),
    ("sarg_miami.txt", "some 120 miles of coast", 120, O, "sarg_coast", "b7_120mi"),
    ("sarg_miami.txt", "set to last 90 days", 90, MMA, "sarg_duration", "mma90"),
    ("sarg_miami.txt", "raised the number of beaches closed to swimmers to 22", 22, MMA, "sarg_beaches", "mma22"),
    ("sarg_miami.txt", "8 kilometers of floating barrier were now in place", 8, MMA, "sarg_barrier", "mma8km"),
    ("sarg_miami.txt", "54 people had now been treated", 54, MSP, "sarg_treated", "msp54"),
    ("sarg_miami.txt", "more than 120 patients", 120, CLIN, "sarg_treated", "clin120"),
    ("sarg_miami.txt", "about 41 million metric tons", 41000000, ASW, "sarg_atlantic", "asw41m"),
    ("sarg_miami.txt", "would not peak before late August", None, ASW, "sarg_peak", "aswaug"),
    ("sarg_miami.txt", "11 dead sea turtles", 11, TDE, "sarg_turtles", "tde11"),
    ("sarg_miami.txt", "about 250 fishermen have been affected", 250, MMA, "sarg_fishermen", "mma250"),
    ("sarg_miami.txt", "hotel occupancy in the area was 87%", 87, MIT, "sarg_occupancy", "mit87"),
    ("sarg_miami.txt", "occupancy has fallen to 64%", 64, EHA, "sarg_occupancy", "eha64"),
    ("sarg_miami.txt", "turns about 40 tonnes of sargassum a day into building blocks", 40, ALG, "sarg_blocks",
     "alg40"),
    ("sarg_miami.txt", "some 47,000 hotel rooms", 47000, O, "sarg_rooms", "b747k"),

    # ---------------- nye: Taipei 101's New Year fireworks start at 00:00 on Tuesday 1 January 2036 (Taiwan time,
    # UTC+8 all year, often written "CST" for China Standard Time) = 16:00 GMT on Monday 31 December = 01:00 on
    # Tuesday in Tokyo (UTC+9) = 10:00 CST on Monday in Chicago (US Central Standard Time, UTC-6), 14 hours behind;
    # NT$31.5 to the US dollar (the Chicago blog's rate), so NT$60 million is about US$1.9 million
    # the city's press release (own-line date, letterhead with an address, "PRESS RELEASE · Taipei, 1 January 2036 ·
    # 15:00", a title in capitals, the designer and the commissioner quoted, "SAFETY", "TRANSPORT AND CLEAN-UP", a
    # media line), Tuesday 1 Jan
    ("nye_city.txt", "About 1.1 million people celebrated", 1100000, CITY, "nye_crowd", "city11m"),
    ("nye_city.txt", "about 62,000 foreign visitors", 62000, CITY, "nye_foreign", "city62k"),
    ("nye_city.txt", "began at 00:00 on Tuesday, 1 January", None, CITY, "nye_time", "city0000"),
    ("nye_city.txt", "lasted 300 seconds", 300, CITY, "nye_length", "city300"),
    ("nye_city.txt", "We used about 16,000 shells", 16000, EMB, "nye_shells", "emb16k"),
    ("nye_city.txt", "launched from 29 floors of the tower", 29, EMB, "nye_floors", "emb29"),
    ("nye_city.txt", "cost NT$60 million", 60000000, CITY, "nye_cost", "city60m"),
    ("nye_city.txt", "two-thirds of which was paid by", 66.7, CITY, "nye_sponsor_share", "city23"),
    ("nye_city.txt", "eight corporate sponsors", 8, CITY, "nye_sponsors", "city8"),
    ("nye_city.txt", "112 people received first aid or treatment", 112, FIRE, "nye_treated", "fire112"),
    ("nye_city.txt", "19 were taken to hospital", 19, FIRE, "nye_hospital", "fire19"),
    ("nye_city.txt", "36 ambulances on standby", 36, FIRE, "nye_ambulances", "fire36"),
    ("nye_city.txt", "deployed 3,500 officers", 3500, TPD, "nye_officers", "tpd3500"),
    ("nye_city.txt", "detained 14 people", 14, TPD, "nye_detained", "tpd14"),
    ("nye_city.txt", "reunited 31 lost children", 31, TPD, "nye_lost_children", "tpd31"),
    ("nye_city.txt", "no one was hurt", None, TPD, "nye_surge", "tpdnohurt"),
    ("nye_city.txt", "ran trains for 42 hours without a break", 42, MRT, "nye_metro_hours", "mrt42"),
    ("nye_city.txt", "a record 3.17 million passenger trips", 3170000, MRT, "nye_metro_trips", "mrt317"),
    ("nye_city.txt", "collected 42 tonnes of rubbish", 42, DEPT, "nye_rubbish", "dept42"),
    # a Taipei English-language daily (The Formosa Standard; date prefix glued to the masthead, headline and
    # standfirst, byline, photo caption, glued dateline "TAIPEI -Fireworks", the fireworks "at the stroke of midnight,
    # which was 5 p.m. in London" (the London hour wrong: London was on GMT, so it was 4 p.m.), its own height,
    # edition, length, audience and rubbish, the designer's shells, the police's crowd and station closure, a
    # councillor, the metro, the fire department's first count, a witness, the weather, PM2.5, the hoteliers, "Read
    # more", copyright line), Tuesday 1 Jan
    ("nye_taipei.txt", "the 508-metre tower", 508, O, "nye_height", "fs508"),
    ("nye_taipei.txt", "at the stroke of midnight", None, O, "nye_time", "fsmid"),
    ("nye_taipei.txt", "which was 5 p.m. in London", None, O, "nye_time", "fs5pm"),
    ("nye_taipei.txt", "its 32nd New Year's Eve display", 32, O, "nye_edition", "fs32"),
    ("nye_taipei.txt", "The show lasted five minutes", 5, O, "nye_length", "fs5min"),
    ("nye_taipei.txt", "some 16,000 shells, according to its designer", 16000, EMB, "nye_shells", "emb16k"),
    ("nye_taipei.txt", "spoke of more than a million people", 1000000, CITY, "nye_crowd", "city1m"),
    ("nye_taipei.txt", "put the crowd at around 450,000", 450000, TPD, "nye_crowd", "tpd450k"),
    ("nye_taipei.txt", "closer to NT$95 million", 95000000, COU, "nye_cost", "cou95m"),
    ("nye_taipei.txt", "sponsors had covered less than a third", 33.3, COU, "nye_sponsor_share", "cou13"),
    ("nye_taipei.txt", "carried 3.17 million trips", 3170000, MRT, "nye_metro_trips", "mrt317"),
    ("nye_taipei.txt", "closed Taipei 101/World Trade Center station at 23:00", None, TPD, "nye_station", "tpd2300"),
    ("nye_taipei.txt", "86 people had been treated by medics", 86, FIRE, "nye_treated", "fire86"),
    ("nye_taipei.txt", "At least five were hurt", 5, WIT, "nye_surge", "wit5"),
    ("nye_taipei.txt", "recorded 14.2C at midnight", 14.2, CWA, "nye_temperature", "cwa142"),
    ("nye_taipei.txt", "light rain from 01:40", None, CWA, "nye_rain", "cwarain"),
    ("nye_taipei.txt", "peaking at 71 micrograms per cubic metre", 71, MOENV, "nye_pm25", "moenv71"),
    ("nye_taipei.txt", "up about 40 per cent on a normal weekend", 40, GUILD, "nye_hotel_rates", "guild40"),
    ("nye_taipei.txt", "About 3 million people watched the countdown online", 3000000, O, "nye_audience", "fs3m"),
    ("nye_taipei.txt", "about 60 tonnes of rubbish", 60, O, "nye_rubbish", "fs60"),
    # a Tokyo news wire (Asia-Pacific Press Service; no date line, a time line "31/12/2035 17:35 GMT · UPDATE 2",
    # headline, byline, glued dateline "(APPS) -Taiwan's", the fireworks in GMT and Tokyo time (right), its own length,
    # fireworks, trips and officers, the city's first crowd estimate, a mobile operator, the metro's station closure,
    # the fire department's first count, the police's first detentions, an environmental group, the broadcaster, two
    # sentences glued without a space, reporting and copyright lines), Monday 31 Dec 17:35 GMT
    ("nye_wire.txt", "a 240-second fireworks display", 240, O, "nye_length", "apps240"),
    ("nye_wire.txt", "began at 1600 GMT on Monday", None, O, "nye_time", "apps1600"),
    ("nye_wire.txt", "01:00 in Tokyo", None, O, "nye_time", "apps1600"),
    ("nye_wire.txt", "more than 22,000 fireworks", 22000, O, "nye_shells", "apps22k"),
    ("nye_wire.txt", "estimated at about a million people", 1000000, CITY, "nye_crowd", "city1m"),
    ("nye_wire.txt", "780,000 handsets in Xinyi District", 780000, TEL, "nye_crowd", "tel780k"),
    ("nye_wire.txt", "more than 3 million rides", 3000000, O, "nye_metro_trips", "apps3m"),
    ("nye_wire.txt", "the station beneath the tower was closed at 22:40", None, MRT, "nye_station", "mrt2240"),
    ("nye_wire.txt", "had treated 86 people", 86, FIRE, "nye_treated", "fire86"),
    ("nye_wire.txt", "nine people were detained", 9, TPD, "nye_detained", "tpd9"),
    ("nye_wire.txt", "About 2,000 officers were on duty", 2000, O, "nye_officers", "apps2000"),
    ("nye_wire.txt", "topped 150 micrograms per cubic metre", 150, BT, "nye_pm25", "bt150"),
    ("nye_wire.txt", "4.2 million people watched its livestream", 4200000, PBS, "nye_audience", "pbs42m"),
    # a Chicago travel blog (Lakefront Travel Desk; a date prefix with the masthead continuing on the same line, the
    # US date of 31 December, posted and updated times in CST, the fireworks "at 10 a.m. CST on Monday" (right: US
    # Central Standard Time, while Taiwan's own "CST" is UTC+8), its own height, time difference, length, edition,
    # crowd, foreign tourists, metro hours, weather and exchange rate, the city's cost in dollars, local reports on the
    # hospitalised, a booking site, "COMMENTS (2)" with two reader comments), Monday 31 Dec (updated Tuesday)
    ("nye_chicago.txt", "the 509-meter Taipei 101", 509, O, "nye_height", "ltd509"),
    ("nye_chicago.txt", "at 10 a.m. CST on Monday", None, O, "nye_time", "ltd10am"),
    ("nye_chicago.txt", "is 14 hours ahead of us in winter", 14, O, "nye_offset", "ltd14h"),
    ("nye_chicago.txt", "The six-minute show", 6, O, "nye_length", "ltd6min"),
    ("nye_chicago.txt", "the skyscraper's 30th New Year's display", 30, O, "nye_edition", "ltd30"),
    ("nye_chicago.txt", "more than a million revelers", 1000000, O, "nye_crowd", "ltd1m"),
    ("nye_chicago.txt", "about US$1.9 million", 1900000, CITY, "nye_cost", "city60m"),
    ("nye_chicago.txt", "NT$60 million", 60000000, CITY, "nye_cost", "city60m"),
    ("nye_chicago.txt", "NT$31.5 to the dollar", 31.5, O, "nye_fx", "ltdfx"),
    ("nye_chicago.txt", "Some 100,000 foreign tourists flew in", 100000, O, "nye_foreign", "ltd100k"),
    ("nye_chicago.txt", "ran around the clock for 24 hours straight", 24, O, "nye_metro_hours", "ltd24h"),
    ("nye_chicago.txt", "a balmy 20C", 20, O, "nye_temperature", "ltd20c"),
    ("nye_chicago.txt", "112 people needed first aid", 112, FIRE, "nye_treated", "fire112"),
    ("nye_chicago.txt", "27 people were hospitalized", 27, LREP, "nye_hospital", "lrep27"),
    ("nye_chicago.txt", "police detained 14 people", 14, TPD, "nye_detained", "tpd14"),
    ("nye_chicago.txt", "Xinyi hotel rates tripled", 200, STAY, "nye_hotel_rates", "stay3x"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("drones_prague.txt", "will meet at 10:00 on Saturday", None, O, "drones_opt_council"),
    ("drones_prague.txt", "My flight from Lisbon landed in Vienna at 22:30 and the bus got us to Prague at 4am", None,
     "reader petr_v", "drones_opt_comment_bus"),
    ("drones_prague.txt", "circling over the fields from about 18:20", None, "reader Anna Š.",
     "drones_opt_comment_lights"),
    ("drones_prague.txt", "Six hours shut because of two toys", 6, "reader marek1987", "drones_opt_comment_toys"),
    ("drones_nyblog.txt", "after a 40-minute stop in June", 40, O, "drones_opt_june"),
    ("sarg_ministry.txt", "in shifts from 05:00 to 18:00", None, MMA, "sarg_opt_shifts"),
    ("sarg_ministry.txt", "the largest sargassum event in our history", None, MMA, "sarg_opt_largest"),
    ("sarg_daily.txt", "for two weeks", 2, COOP, "sarg_opt_two_weeks"),
    ("sarg_daily.txt", "I have seen one boat in ten days", 1, "reader Ramón P.", "sarg_opt_comment_boat"),
    ("sarg_miami.txt", "nonstop flights from Miami take about 2 hours 10 minutes", 130, O, "sarg_opt_flight"),
    ("sarg_miami.txt", "Most are hotel workers, not tourists", None, CLIN, "sarg_opt_hotel_workers"),
    ("nye_city.txt", "the largest crowd the city has recorded for New Year's Eve", None, CITY, "nye_opt_largest"),
    ("nye_taipei.txt", "half an hour after the show", None, MOENV, "nye_opt_pm_time"),
    ("nye_wire.txt", "the island's largest mobile operator", None, O, "nye_opt_largest_operator"),
    ("nye_chicago.txt", "I thought Taiwan was 13 hours ahead of Chicago", 13, "reader Bill from Naperville",
     "nye_opt_comment_13h"),
    ("nye_chicago.txt", "Was there for 2034", None, "reader jlee_312", "nye_opt_comment_2034"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # drones
    "drones_time": {("apo1852", "apo1852"): SC, ("apo1852", "bp7pm"): CO, ("apo1852", "rr152"): C,
                    ("bp7pm", "rr152"): C},
    "drones_reopen": {("apo0115", "apo0115"): SC, ("apo0115", "bp0115"): CO, ("apo0115", "rr815"): C,
                      ("bp0115", "rr815"): C},
    "drones_hours": {("apo623", "vlt8h"): C, ("apo623", "rr65h"): CO, ("vlt8h", "rr65h"): C},
    "drones_sightings": {("apo40", "pol14"): C, ("apo40", "pol23"): C, ("pol14", "pol23"): U, ("apo40", "apo40"): SC,
                         ("pol23", "pol23"): SC},
    "drones_count": {("pol2", "pol2"): SC, ("pol2", "mod1"): C, ("pol2", "pil5"): C, ("mod1", "pil5"): C},
    "drones_distance": {("apo15", "ans300"): C},
    "drones_altitude": {("pol150", "pil600"): C},
    "drones_first_seen": {("ans1841", "pol1831"): C},
    "drones_cancelled": {("apo63", "cen80"): C, ("apo63", "sky71"): C, ("cen80", "sky71"): C, ("apo63", "apo63"): SC},
    "drones_sat_cancelled": {("apo30", "sky45"): C},
    "drones_diverted": {("apo41", "sky32"): C, ("apo41", "apo41"): SC},
    "drones_holding": {("ans9", "sky14"): C},
    "drones_first_landing": {("apo0132", "sky0147"): C},
    "drones_passengers": {("apo9500", "apo11k"): U, ("apo9500", "clw14k"): C, ("apo11k", "clw14k"): C},
    "drones_night": {("apo1200", "bp3000"): C},
    "drones_detained": {("pol2p", "pol3p"): U, ("psrc4", "pol3p"): C, ("pol3p", "pol3p"): SC},
    "drones_army": {("cen22", "mod2005"): C},
    "drones_downed": {("polnone", "modjam"): C},
    "drones_officers": {("pol100", "bp60"): C},
    "drones_cost": {("apo60m", "apo60m"): SC, ("ana150m", "apo60m"): C},
    "drones_reward": {("pol500k", "pol500k"): SC},
    "drones_compensation": {("vltnocomp", "clw600"): C},
    "drones_penalty": {("pol5y", "bp8y"): C},
    "drones_previous": {("bpfirst", "rrsecond"): C},
    "drones_daily_flights": {("apo430", "cen350"): C},
    "drones_annual": {("apo153", "cen14m"): C},
    "drones_type": {("minmil", "exphobby"): C},
    # sarg
    "sarg_time": {("mma2230", "hh11pm"): CO, ("mma2230", "tti0330"): C, ("mma2230", "b7_1030"): CO,
                  ("hh11pm", "tti0330"): C, ("hh11pm", "b7_1030"): CO, ("tti0330", "b7_1030"): C},
    "sarg_duration": {("mma90", "mma90"): SC, ("mma90", "tti60"): C},
    "sarg_coast": {("mma120km", "eha200"): C, ("mma120km", "b7_120mi"): C, ("eha200", "b7_120mi"): C},
    "sarg_beaches": {("mma17", "mma17"): SC, ("mma17", "tti12"): C, ("mma17", "mma22"): U, ("tti12", "mma22"): C},
    "sarg_removed": {("mma31k", "mma31k"): SC, ("mma31k", "eha50k"): C},
    "sarg_arriving": {("mma1800", "lim3000"): C},
    "sarg_barrier": {("mma5km", "eha35"): C, ("mma5km", "mma8km"): U, ("eha35", "mma8km"): C},
    "sarg_boats": {("mma4", "navy4"): CO, ("mma4", "dep2"): C},
    "sarg_workers": {("mma1400", "eha900"): C},
    "sarg_h2s": {("mma4ppm", "uasd9"): C},
    "sarg_treated": {("msp38", "msp54"): U, ("msp38", "clin120"): C},
    "sarg_atlantic": {("mma38m", "asw41m"): C, ("asw41m", "asw41m"): SC},
    "sarg_peak": {("mmamidjuly", "aswaug"): C},
    "sarg_occupancy": {("mit87", "eha64"): C, ("mit87", "ali70"): C, ("mit87", "mit87"): SC, ("eha64", "eha64"): SC,
                       ("eha64", "ali70"): C},
    "sarg_cancellations": {("eha9000", "mit2000"): C},
    "sarg_cost": {("mma480m", "mma480m"): SC, ("mma480m", "dep150m"): C},
    "sarg_airport": {("depminus6", "mitplus4"): C},
    "sarg_fishermen": {("coop600", "mma250"): C},
    "sarg_turtles": {("mma3", "tde11"): C},
    "sarg_record": {("hh2011", "tti2018"): C},
    "sarg_disposal": {("mmacompost", "coopmangroves"): C},
    "sarg_rooms": {("hh52k", "b747k"): C},
    # nye
    "nye_time": {("city0000", "fsmid"): CO, ("city0000", "fs5pm"): C, ("city0000", "apps1600"): CO,
                 ("city0000", "ltd10am"): CO, ("fsmid", "apps1600"): CO, ("fsmid", "ltd10am"): CO,
                 ("fs5pm", "apps1600"): C, ("fs5pm", "ltd10am"): C, ("apps1600", "ltd10am"): CO},
    "nye_length": {("city300", "fs5min"): CO, ("city300", "apps240"): C, ("city300", "ltd6min"): C,
                   ("fs5min", "apps240"): C, ("fs5min", "ltd6min"): C, ("apps240", "ltd6min"): C},
    "nye_shells": {("emb16k", "emb16k"): SC, ("emb16k", "apps22k"): C},
    "nye_cost": {("city60m", "cou95m"): C, ("city60m", "city60m"): SC},
    "nye_sponsor_share": {("city23", "cou13"): C},
    "nye_crowd": {("city11m", "tpd450k"): C, ("city11m", "city1m"): U, ("city11m", "tel780k"): C,
                  ("city11m", "ltd1m"): CO, ("tpd450k", "city1m"): C, ("tpd450k", "tel780k"): C,
                  ("tpd450k", "ltd1m"): C, ("city1m", "ltd1m"): CO, ("tel780k", "ltd1m"): C, ("city1m", "city1m"): SC,
                  ("city1m", "tel780k"): C},
    "nye_foreign": {("city62k", "ltd100k"): C},
    "nye_metro_trips": {("mrt317", "mrt317"): SC, ("mrt317", "apps3m"): CO},
    "nye_metro_hours": {("mrt42", "ltd24h"): C},
    "nye_station": {("tpd2300", "mrt2240"): C},
    "nye_treated": {("fire112", "fire86"): U, ("fire86", "fire86"): SC, ("fire112", "fire112"): SC},
    "nye_hospital": {("fire19", "lrep27"): C},
    "nye_officers": {("tpd3500", "apps2000"): C},
    "nye_detained": {("tpd14", "tpd9"): U, ("tpd14", "tpd14"): SC},
    "nye_rubbish": {("dept42", "fs60"): C},
    "nye_pm25": {("moenv71", "bt150"): C},
    "nye_temperature": {("cwa142", "ltd20c"): C},
    "nye_audience": {("fs3m", "pbs42m"): C},
    "nye_hotel_rates": {("guild40", "stay3x"): C},
    "nye_surge": {("tpdnohurt", "wit5"): C},
    "nye_height": {("fs508", "ltd509"): C},
    "nye_edition": {("fs32", "ltd30"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
