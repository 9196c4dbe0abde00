"""Hand labels for bench/blind61 (the return of the moai Te Mata Ra'a from the Ekström Collection in Gothenburg,
Sweden, to Rapa Nui (Easter Island), Chile, landed by a Chilean Air Force transport at Mataveri at 22:40 Easter Island
summer time (UTC-5) on Tuesday 16 February 2044 (03:40 GMT, 04:40 CET and 00:40 in Santiago on Wednesday 17 February)
and handed over at Ahu Tahai at 10:00 island time on the Wednesday: the landing time, the flight's length, the crate's
and the moai's weight, its height, stone and age, the year it was taken and how long it was in the Collection, the
objects returned and those said to remain, the sea voyage, the cost and who paid, the island's offsets from Sweden and
from Santiago, the ceremony's time and place, whether it is the first return under Sweden's 2041 guidelines, the crowd
at the airport and the Carabineros' revised count of the crowd at the ceremony, the moai's condition, the council
president's age, the island's population, its distance from Santiago and its count of moai, with times in Easter
Island summer time (UTC-5), Chile summer time (UTC-3, Santiago, two hours ahead of the island), Central European Time
(UTC+1, Gothenburg) and GMT, across midnight; a Gothenburg paper takes the island to keep Santiago's clock and puts the
landing at 02:40 and the ceremony at 14:00 Swedish time, two hours early, and the island four hours behind Sweden
instead of six);
the early closure of the second Loligo squid season of 2044 in the Falkland Islands, announced by the Fisheries
Department at 16:00 Falklands time (UTC-3 all year) on Thursday 8 September and effective at 23:59 on Friday 9
September (02:59 GMT, 03:59 BST and 04:59 CEST on Saturday 10 September): the announcement and closure times, the
islands' offset from Spain, the licensed trawlers, the planned end and how early the closure came, the days fished,
the catch and the department's revised final figure, the pre-season forecast, the catch rate, the spawning stock and
its threshold, the water temperature anomaly, licence revenue and refunds, the next season's opening, fishing's share
of GDP, last year's second season, the price of squid in Vigo and its rise, the Illex jiggers outside the zone and the
crew sent home with the union's revised count, with times in Falklands time (UTC-3), GMT, British Summer Time (UTC+1)
and Central European Summer Time (UTC+2, Vigo), across midnight; a Vigo paper takes the islands to be six hours behind
Spain instead of five and puts the announcement at 10pm and the closure at 5.59am Spanish time, an hour late);
the 2044 baccalauréat results in Madagascar, put online by the Ministry of National Education at 20:30 East Africa
Time (UTC+3) on Thursday 18 August 2044 (17:30 GMT, 19:30 CEST in Paris, 21:30 in Réunion): the results time, the
offset from Paris, the pass rate and the ministry's corrected figure, the candidates registered, sitting and passing,
the exam centres, last year's rate, Analamanga's rate, the delay, the top candidate's mark, town and age, the oral
resit's start, the candidates expelled for cheating and the ministry's revised count, the marking boycott, the markers,
their pay and whether scripts were marked twice, the exam's cost and whether the results website crashed, with times
in East Africa Time (UTC+3, Antananarivo), Réunion time (UTC+4), Central European Summer Time (UTC+2, Paris) and GMT; a
Paris site puts Madagascar two hours ahead of Paris, as in the northern winter, and the results at 6.30pm Paris time
instead of 7.30pm).
Run from the project root:
    python3 bench/blind61/make_labels.py
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
EKM = ("the Ekström Collection, Gothenburg (director Dr Annika Lövgren-Ruiz, chief conservator Johan "
       "Hedberg-Araya)")
HC = "the Rapa Nui Heritage Council (president Mahina Tuki-Haoa)"
FACH = "the Chilean Air Force"
MCL = "Chile's Ministry of Cultures, Arts and Heritage (Culture Minister Carolina Ibáñez-Toro)"
ARCH = "archaeologist Dr Ignacio Bravo-Lindqvist, University of Chile"
CARAB = "Chile's Carabineros (police) on Rapa Nui"
MAYOR = "Hanga Roa mayor Pedro Atan-Pakarati"
SWE = "Swedish Culture Minister Elin Sandberg-Ohlsson"

FIG = "the Falkland Islands Government's Fisheries Department (Director of Fisheries Dr Alasdair McKinnon-Reyes)"
SFOG = "the Stanley Fishing Operators' Group (chair Derek Goss-Whitley)"
MLA = "MLA Rowena Biggs-Clement, the Legislative Assembly's natural resources portfolio holder"
ARP = "the Vigo shipowners' cooperative ARPESUR (secretary-general Xosé Manuel Lago-Fernández)"
UNION = "the Galician fishermen's union Mar Galega"
IEO = "squid biologist Dr Tomás Iglesias-Ward, Spanish Institute of Oceanography, Vigo"
SKIP = "skipper Ramón Piñeiro-Soto of the trawler Lobo Austral"
TRAD = "traders at Vigo's fish market"

MEN = "Madagascar's Ministry of National Education"
PAR = "the national parents' federation (president Hery Andrianjaka-Lucas)"
SMAF = "the secondary teachers' union SMAF (general secretary Fanja Ravelo-Bertrand)"
OBS = "the education watchdog Tsara Fianarana"
MP = "opposition MP Rivo Rakotondrabe-Gauthier"
CF = "Campus France"
TEACH = "a teacher in Antsirabe who asked not to be named"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- moai: landing at Mataveri at 22:40 Easter Island summer time (UTC-5) on Tuesday 16 February 2044
    # = 03:40 GMT = 04:40 CET (UTC+1) = 00:40 in Santiago (UTC-3) on Wednesday 17 February; take-off from Santiago at
    # 18:50 (UTC-3) = 21:50 GMT, so the flight took 5 h 50 min; ceremony at 10:00 island time on Wednesday = 15:00 GMT
    # = 16:00 CET = 12:00 in Santiago; the island is 6 hours behind Gothenburg and 2 behind Santiago; sea voyage from 5
    # January to 10 February = 36 days; 370 Swedish miles (mil, 10 km) = 3,700 km; 4.2 tonnes = 4,200 kg; the moai and
    # 14 other objects = 15 objects; 2044 - 1911 = 133 years; in the Collection since 1913 = 131 years
    # the Collection's press release (own-line date, letterhead with address, e-mail and phone, "PRESS RELEASE", release
    # line "Wednesday 17 February 2044 · 05.30 CET", title in capitals, the director quoted, "THE JOURNEY" list,
    # "ENDS", notes to editors, media line), Wednesday 17 Feb 05:30 CET
    ("moai_museum.txt", "at 22.40 local time on Tuesday 16 February (03.40 GMT / 04.40 CET on Wednesday)", None, EKM,
     "moai_landing_time", "ek2240"),
    ("moai_museum.txt", "carved from volcanic tuff from the Rano Raraku quarry", None, EKM, "moai_material", "ektuff"),
    ("moai_museum.txt", "stands 2.37 metres tall", 2.37, EKM, "moai_height", "ek237"),
    ("moai_museum.txt", "weighs 4.2 tonnes", 4.2, EKM, "moai_weight", "ek42"),
    ("moai_museum.txt", "Our specialists date it to between 1250 and 1500", 1250, EKM, "moai_age", "ek1250"),
    ("moai_museum.txt", "It was taken from the island in 1911", 1911, EKM, "moai_year_taken", "ek1911"),
    ("moai_museum.txt", "has been in the Collection since 1913", 1913, EKM, "moai_in_collection", "ek1913"),
    ("moai_museum.txt", "Te Mata Ra'a travelled with 14 other objects", 14, EKM, "moai_objects_returned", "ek14"),
    ("moai_museum.txt", "no Rapa Nui objects remain in the Collection", 0, EKM, "moai_objects_remaining", "ek0"),
    ("moai_museum.txt", "left Gothenburg by container ship on 5 January", None, EKM, "moai_ship_departure",
     "ek0105"),
    ("moai_museum.txt", "after 36 days at sea", 36, EKM, "moai_voyage", "ek36"),
    ("moai_museum.txt", "The return cost SEK 6.8 million", 6800000, EKM, "moai_cost", "ek68"),
    ("moai_museum.txt", "paid in full by the Collection", None, EKM, "moai_who_paid", "ekfull"),
    ("moai_museum.txt", "Rapa Nui is six hours behind Sweden at this time of year", 6, EKM, "moai_offset_sweden",
     "ek6h"),
    ("moai_museum.txt", "takes place at Ahu Tahai", None, EKM, "moai_ceremony_place", "ektahai"),
    ("moai_museum.txt", "at 10.00 island time today (16.00 CET)", None, EKM, "moai_ceremony_time", "ek1000"),
    ("moai_museum.txt", "the first object to be returned under the Swedish government's 2041 guidelines", 1, EKM,
     "moai_first_return", "ekfirst"),
    ("moai_museum.txt", "one of about a dozen complete moai held outside the island", 12, EKM,
     "moai_complete_abroad", "ek12"),
    # a Rapa Nui community radio site (Radio Te Vaka; no date line, station line, section and time line "Wednesday 17
    # February 2044, 19:15", headline, dateline "HANGA ROA —"; its own airport crowd "Hundreds", landing "10.40pm on
    # Tuesday", right, and a sentence glued without a space; the Air Force's flight time and crate weight (the crate,
    # not the moai); the Heritage Council on the weight, the year, consent, objects remaining, moai abroad (moai and
    # fragments, not complete moai) and the 40 days' rest; the ceremony's time and place, right; the mayor's crowd and the
    # radio's own count; a photo caption; population, distance and count of moai; a bulletin and support line),
    # Wednesday 17 Feb 19:15 island time
    ("moai_radio.txt", "Hundreds of islanders stood in the warm night at Mataveri", None, O, "moai_airport_crowd",
     "rtvhund"),
    ("moai_radio.txt", "touched down at 10.40pm on Tuesday", None, O, "moai_landing_time", "rtv2240"),
    ("moai_radio.txt", "The flight from Santiago took five hours and 50 minutes", 5.83, FACH, "moai_flight_time",
     "fach550"),
    ("moai_radio.txt", "the crate weighed 6.1 tonnes with its steel frame", 6.1, FACH, "moai_crate_weight", "fach61"),
    ("moai_radio.txt", "The moai itself weighs more than five tonnes", 5, HC, "moai_weight", "hc5"),
    ("moai_radio.txt", "Mahina Tuki-Haoa, 81", 81, O, "moai_elder_age", "rtv81"),
    ("moai_radio.txt", "the moai was taken in 1907", 1907, HC, "moai_year_taken", "hc1907"),
    ("moai_radio.txt", "not in 1911 as the Swedish museum says", 1911, EKM, "moai_year_taken", "ek1911"),
    ("moai_radio.txt", "without the consent of any family on this island", None, HC, "moai_consent", "hcconsent"),
    ("moai_radio.txt", "at least 12 Rapa Nui objects remain in Gothenburg", 12, HC, "moai_objects_remaining", "hc12"),
    ("moai_radio.txt", "More than 30 moai and moai fragments are held in museums abroad", 30, HC, "moai_all_abroad",
     "hc30"),
    ("moai_radio.txt", "began at 10 o'clock on Wednesday morning", None, O, "moai_ceremony_time", "rtv1000"),
    ("moai_radio.txt", "on the ceremonial platform at Tahai", None, O, "moai_ceremony_place", "rtvtahai"),
    ("moai_radio.txt", "more than 4,000 people came", 4000, MAYOR, "moai_ceremony_crowd", "mayor4000"),
    ("moai_radio.txt", "Radio Te Vaka's reporters counted about 3,000", 3000, O, "moai_ceremony_crowd", "rtv3000"),
    ("moai_radio.txt", "will stay under a thatched shelter for 40 days of rest", 40, HC, "moai_rest", "hc40"),
    ("moai_radio.txt", "home to about 7,700 people", 7700, O, "moai_population", "rtv7700"),
    ("moai_radio.txt", "lies more than 3,500 km west of Santiago", 3500, O, "moai_distance", "rtv3500"),
    ("moai_radio.txt", "About 900 moai stand or lie across Rapa Nui", 900, O, "moai_total", "rtv900"),
    # a Santiago daily (El Observador de Santiago, English edition; leading-space own-line date, masthead, section and
    # time line "Wednesday 17 February 2044, 15:40", headline, byline; its own landing "00.40 on Wednesday, Santiago
    # time", right, "a seven-hour flight", wrong, offset from Santiago, right, take-off time, "six-tonne crate", airport
    # crowd, height and voyage; the minister on the objects, the cost and the condition; an archaeologist on the stone
    # and the age; its own ceremony time "noon Santiago time", right; the Carabineros' first crowd count; the council
    # president's age; distance, population, visitors (not residents) and count of moai; read-more and copyright
    # lines), Wednesday 17 Feb 15:40 Santiago time
    ("moai_santiago.txt", "landed on the island at 00.40 on Wednesday, Santiago time", None, O, "moai_landing_time",
     "obs0040"),
    ("moai_santiago.txt", "after a seven-hour flight from the capital", 7, O, "moai_flight_time", "obs7h"),
    ("moai_santiago.txt", "The island is two hours behind Santiago", 2, O, "moai_offset_santiago", "obs2h"),
    ("moai_santiago.txt", "The plane took off from Santiago at 18.50 on Tuesday", None, O, "moai_takeoff", "obs1850"),
    ("moai_santiago.txt", "in a six-tonne crate", 6, O, "moai_crate_weight", "obs6t"),
    ("moai_santiago.txt", "Some 300 people waited at Mataveri airport", 300, O, "moai_airport_crowd", "obs300"),
    ("moai_santiago.txt", "15 objects in all, including the moai", 15, MCL, "moai_objects_returned", "mcl15"),
    ("moai_santiago.txt", "shared equally between Sweden and Chile", None, MCL, "moai_who_paid", "mclhalf"),
    ("moai_santiago.txt", "It arrived in perfect condition", None, MCL, "moai_condition", "mclperfect"),
    ("moai_santiago.txt", "nearly three metres tall", 3, O, "moai_height", "obs3m"),
    ("moai_santiago.txt", "spent five weeks at sea", 5, O, "moai_voyage", "obs5w"),
    ("moai_santiago.txt", "carved from basalt rather than the usual tuff", None, ARCH, "moai_material", "archbasalt"),
    ("moai_santiago.txt", "it is no more than 400 years old", 400, ARCH, "moai_age", "arch400"),
    ("moai_santiago.txt", "began at noon Santiago time", None, O, "moai_ceremony_time", "obs1200"),
    ("moai_santiago.txt", "Carabineros put the crowd at 2,500", 2500, CARAB, "moai_ceremony_crowd", "cara2500"),
    ("moai_santiago.txt", "The 82-year-old president of the Rapa Nui Heritage Council", 82, O, "moai_elder_age",
     "obs82"),
    ("moai_santiago.txt", "some 3,700 kilometres from Santiago", 3700, O, "moai_distance", "obs3700"),
    ("moai_santiago.txt", "has some 9,000 residents", 9000, O, "moai_population", "obs9000"),
    ("moai_santiago.txt", "received 112,000 visitors last year", 112000, O, "moai_island_visitors", "obs112k"),
    ("moai_santiago.txt", "It has 1,043 catalogued moai", 1043, O, "moai_total", "obs1043"),
    # a Gothenburg evening paper (Göteborgs Kvällsblad, English web edition; date prefix glued to the masthead, section
    # and date line, headline, byline; its own "more than a century", landing "02.40 Swedish time" and ceremony "14.00
    # Swedish time" (both two hours early: it says the island keeps Santiago's clock and is four hours behind Sweden,
    # wrong), airport crowd "a few dozen", ceremony place, weight in kilos, year, "16 smaller objects", "six weeks",
    # distance in Swedish miles, cost and "second restitution"; the Carabineros' revised crowd; the conservator's crack;
    # a Māori carving's return (another object); the minister's review; the museum's visitors (not the island's); a
    # photo caption; comments, newsletter and rules line), Thursday 18 Feb
    ("moai_gothenburg.txt", "stood in the Ekström Collection's stairwell for more than a century", 100, O,
     "moai_in_collection", "gk100"),
    ("moai_gothenburg.txt", "landed on Easter Island at 02.40 Swedish time on Wednesday", None, O, "moai_landing_time",
     "gk0240"),
    ("moai_gothenburg.txt", "keeps the same clock as Santiago", 0, O, "moai_offset_santiago", "gksame"),
    ("moai_gothenburg.txt", "is four hours behind Sweden", 4, O, "moai_offset_sweden", "gk4h"),
    ("moai_gothenburg.txt", "Only a few dozen islanders were at the airport", None, O, "moai_airport_crowd",
     "gkdozen"),
    ("moai_gothenburg.txt", "The handover at the foot of Rano Raraku", None, O, "moai_ceremony_place", "gkrano"),
    ("moai_gothenburg.txt", "began at 14.00 Swedish time", None, O, "moai_ceremony_time", "gk1400"),
    ("moai_gothenburg.txt", "raised their estimate of the crowd to 3,200 on Thursday", 3200, CARAB,
     "moai_ceremony_crowd", "cara3200"),
    ("moai_gothenburg.txt", "The 4,200-kilo figure", 4200, O, "moai_weight", "gk4200"),
    ("moai_gothenburg.txt", "was taken from the island in 1911", 1911, O, "moai_year_taken", "gk1911"),
    ("moai_gothenburg.txt", "It travelled with 16 smaller objects", 16, O, "moai_objects_returned", "gk16"),
    ("moai_gothenburg.txt", "spent six weeks at sea", 6, O, "moai_voyage", "gk6w"),
    ("moai_gothenburg.txt", "a flight of some 370 Swedish miles", 370, O, "moai_distance", "gk370"),
    ("moai_gothenburg.txt", "found a hairline crack about 12 centimetres long on the back of the base", 12, EKM,
     "moai_condition", "ekcrack"),
    ("moai_gothenburg.txt", "The return cost 7.4 million kronor", 7400000, O, "moai_cost", "gk74"),
    ("moai_gothenburg.txt", "It is the second restitution under the 2041 guidelines", 2, O, "moai_first_return",
     "gk2nd"),
    ("moai_gothenburg.txt", "after a Māori carving went back to New Zealand from Stockholm last year", None, O,
     "moai_maori_return", "gkmaori"),
    ("moai_gothenburg.txt", "state museums will now review about 2,300 objects from the Pacific", 2300, SWE,
     "moai_review", "swe2300"),
    ("moai_gothenburg.txt", "The Ekström Collection drew 86,000 visitors in 2043", 86000, O, "moai_museum_visitors",
     "gk86k"),

    # ---------------- squid: announced at 16:00 Falklands time (UTC-3 all year) on Thursday 8 September 2044 = 19:00
    # GMT = 20:00 BST (UTC+1) = 21:00 CEST (UTC+2, Vigo); closure at 23:59 on Friday 9 September = 02:59 GMT = 03:59
    # BST = 04:59 CEST on Saturday 10 September; the islands are 5 hours behind Spain in September; the season ran from
    # 23 July to 9 September = 49 days (seven weeks), and 9 September to the planned 6 October is 27 days (almost four
    # weeks; 15 October would be 36 days)
    # the Fisheries Department's press notice (leading-space date prefix with the government's name continuing on the
    # line, directorate line, address, e-mail and phone, notice number and date, title in capitals, the Director
    # quoted, "-ENDS-", notes for editors, enquiries line), Thursday 8 Sep 16:00 Falklands time
    ("squid_fig.txt", "announced at 16:00 today", None, FIG, "squid_announce_time", "fig1600"),
    ("squid_fig.txt",
     "will close at 23:59 Falklands time (UTC-3) on Friday 9 September, which is 02:59 GMT on Saturday", None, FIG,
     "squid_closure_time", "fig2359"),
    ("squid_fig.txt", "All 16 licensed trawlers", 16, FIG, "squid_vessels", "fig16"),
    ("squid_fig.txt", "The season opened on 23 July", None, FIG, "squid_opened", "fig0723"),
    ("squid_fig.txt", "was due to run until 6 October", None, FIG, "squid_planned_end", "fig1006"),
    ("squid_fig.txt", "It will end after 49 days", 49, FIG, "squid_days", "fig49"),
    ("squid_fig.txt", "Landings reported to the Department total 21,400 tonnes", 21400, FIG, "squid_catch", "fig214"),
    ("squid_fig.txt", "a pre-season forecast of 35,000 tonnes", 35000, FIG, "squid_forecast", "fig35"),
    ("squid_fig.txt", "Catch rates have fallen to 7.6 tonnes per vessel per day", 7.6, FIG, "squid_catch_rate",
     "fig76"),
    ("squid_fig.txt", "from more than 20 tonnes in early August", 20, FIG, "squid_rate_august", "fig20"),
    ("squid_fig.txt", "puts the spawning stock at an estimated 9,200 tonnes", 9200, FIG, "squid_biomass", "fig92"),
    ("squid_fig.txt", "the 10,000-tonne escapement threshold", 10000, FIG, "squid_threshold", "fig10k"),
    ("squid_fig.txt", "running 2°C above the long-term average since July", 2, FIG, "squid_temp_anomaly", "fig2c"),
    ("squid_fig.txt", "Licence fees for the season raised £9.8 million", 9800000, FIG, "squid_licence_revenue",
     "fig98"),
    ("squid_fig.txt", "There will be no refund of licence fees", None, FIG, "squid_refund", "fignone"),
    ("squid_fig.txt", "is expected to open on 24 February", None, FIG, "squid_next_season", "fig0224"),
    ("squid_fig.txt", "Fisheries observers are currently on board nine of the 16 trawlers", 9, FIG, "squid_observers",
     "fig9"),
    # a London fisheries trade site (Trawl & Trade; no date line, masthead, section and time line "Friday 9 September
    # 2044 · 11:05 BST", headline, dateline "LONDON —"; its own closure "just before 4am BST on Saturday" and
    # announcement "8pm BST on Thursday", both right, "barely six weeks", offset from Spain, right, catch, "15
    # trawlers", last year's second season and this year's first season (other seasons), the threshold and GDP share;
    # the operators' catch rate; Vigo prices and traders on the rise; the Illex jiggers (another fleet, another
    # species); the union's first crew count; its own next season; a briefing line), Friday 9 Sep 11:05 BST
    ("squid_london.txt", "just before 4am BST on Saturday", None, O, "squid_closure_time", "tt0359"),
    ("squid_london.txt", "a season that has lasted barely six weeks", 6, O, "squid_days", "tt6w"),
    ("squid_london.txt", "announced at 8pm BST on Thursday", None, O, "squid_announce_time", "tt2000"),
    ("squid_london.txt", "The islands are five hours behind Spain", 5, O, "squid_offset_spain", "tt5h"),
    ("squid_london.txt", "Landings so far total some 21,400 tonnes", 21400, O, "squid_catch", "tt214"),
    ("squid_london.txt", "from the 15 trawlers working the fishery", 15, O, "squid_vessels", "tt15"),
    ("squid_london.txt", "A year ago the second season landed 31,000 tonnes", 31000, O, "squid_last_year", "tt31"),
    ("squid_london.txt", "this year's first season, which ended in April, brought in 41,000 tonnes", 41000, O,
     "squid_first_season", "tt41"),
    ("squid_london.txt", "below the fishery's 12,000-tonne conservation limit", 12000, O, "squid_threshold", "tt12k"),
    ("squid_london.txt", "accounts for more than half of the islands' GDP", 50, O, "squid_gdp", "tthalf"),
    ("squid_london.txt", "Our boats are still averaging about 12 tonnes a day", 12, SFOG, "squid_catch_rate", "fog12"),
    ("squid_london.txt", "Loligo traded at €7.20 a kilo on Friday morning", 7.2, O, "squid_price", "tt72"),
    ("squid_london.txt", "prices had risen by about a quarter in a week", 25, TRAD, "squid_price_rise", "tr25"),
    ("squid_london.txt", "About 250 Asian squid jiggers", 250, O, "squid_jiggers", "tt250"),
    ("squid_london.txt", "about 600 crew on the Falklands trawlers", 600, UNION, "squid_crew", "un600"),
    ("squid_london.txt", "The next Loligo season is due to open on 1 March", None, O, "squid_next_season", "tt0301"),
    # a Vigo daily (Atlántico Sur Diario, English edition; date prefix glued to the first sentence, masthead, section
    # and date line after it, headline, byline; its own closure "5.59am Spanish time" and announcement "10pm Spanish
    # time" (both an hour late: it says the islands are six hours behind Spain, wrong), Galician-owned trawlers (not
    # the licensed fleet), "seven weeks", catch, planned end, price and rise; the shipowners on the forecast and the
    # crew; the union's revised crew count; a skipper's own August haul (one boat, not the fleet's rate); a biologist
    # on the stock and the water; processing workers (not crew); the Illex jiggers; the next season; a photo caption;
    # a supplement line), Saturday 10 Sep
    ("squid_vigo.txt", "ended at 5.59am Spanish time this Saturday", None, O, "squid_closure_time", "asd0559"),
    ("squid_vigo.txt", "announced the early closure at 10pm Spanish time on Thursday", None, O, "squid_announce_time",
     "asd2200"),
    ("squid_vigo.txt", "The islands are six hours behind peninsular Spain", 6, O, "squid_offset_spain", "asd6h"),
    ("squid_vigo.txt", "Fourteen of the trawlers licensed to fish for Loligo are owned by Galician companies", 14, O,
     "squid_galician_owned", "asd14"),
    ("squid_vigo.txt", "After seven weeks of fishing", 7, O, "squid_days", "asd7w"),
    ("squid_vigo.txt", "they had landed more than 21,000 tonnes", 21000, O, "squid_catch", "asd21k"),
    ("squid_vigo.txt", "the 40,000 tonnes the shipowners' cooperative ARPESUR says its members were promised", 40000,
     ARP, "squid_forecast", "arp40"),
    ("squid_vigo.txt", "The season had been scheduled to close on 15 October", None, O, "squid_planned_end",
     "asd1015"),
    ("squid_vigo.txt", "We were hauling 30 tonnes a day in August", 30, SKIP, "squid_skipper_rate", "skip30"),
    ("squid_vigo.txt", "nearly 500 sailors would be home within two weeks", 500, ARP, "squid_crew", "arp500"),
    ("squid_vigo.txt", "put the number at more than 650", 650, UNION, "squid_crew", "un650"),
    ("squid_vigo.txt", "the stock was probably nearer 15,000 tonnes", 15000, IEO, "squid_biomass", "ieo15"),
    ("squid_vigo.txt", "the water only half a degree above normal", 0.5, IEO, "squid_temp_anomaly", "ieo05"),
    ("squid_vigo.txt", "Loligo sold at €6.80 a kilo on Friday", 6.8, O, "squid_price", "asd68"),
    ("squid_vigo.txt", "up 40 per cent in a week", 40, O, "squid_price_rise", "asd40"),
    ("squid_vigo.txt", "More than 200 workers at two processing plants in Vigo and Marín face temporary lay-offs", 200,
     O, "squid_plant_workers", "asd200"),
    ("squid_vigo.txt", "Nearly 400 jiggers", 400, O, "squid_jiggers", "asd400"),
    ("squid_vigo.txt", "The next season should open in late February", None, O, "squid_next_season", "asdlatefeb"),
    # a Stanley weekly (The Stanley Beacon; own-line date, masthead and date line, headline; its own announcement "4pm
    # on Thursday" and closure "one minute before midnight on Friday", both right, "almost four weeks early"; the
    # department's final catch; the operators on the catch and the vessels, and quoting the department's stock back;
    # the MLA on revenue and refunds; the department's notice on refunds; its own GDP share, local jobs and last year's
    # season; a photo caption; toothfish (another fishery); a letters and price line), Wednesday 14 Sep
    ("squid_stanley.txt", "announced at 4pm on Thursday", None, O, "squid_announce_time", "sb1600"),
    ("squid_stanley.txt", "would end one minute before midnight on Friday", None, O, "squid_closure_time", "sb2359"),
    ("squid_stanley.txt", "almost four weeks early", 4, O, "squid_planned_end", "sb4w"),
    ("squid_stanley.txt", "put total landings for the season at 21,950 tonnes", 21950, FIG, "squid_catch", "fig2195"),
    ("squid_stanley.txt", "the true figure is barely 19,000 tonnes", 19000, SFOG, "squid_catch", "fog19"),
    ("squid_stanley.txt", "all sixteen vessels had followed the order", 16, SFOG, "squid_vessels", "fog16"),
    ("squid_stanley.txt", "there are only 9,200 tonnes out there", 9200, FIG, "squid_biomass", "fig92"),
    ("squid_stanley.txt", "licence fees had raised about £12 million for the season", 12000000, MLA,
     "squid_licence_revenue", "mla12"),
    ("squid_stanley.txt", "partial refunds are being considered", None, MLA, "squid_refund", "mlapartial"),
    ("squid_stanley.txt", "The department's notice of Thursday ruled out any refund", None, FIG, "squid_refund",
     "fignone"),
    ("squid_stanley.txt", "Fishing makes up about 40 per cent of the islands' GDP", 40, O, "squid_gdp", "sb40"),
    ("squid_stanley.txt", "about 120 islanders work in jobs that depend directly on the squid fleet", 120, O,
     "squid_local_jobs", "sb120"),
    ("squid_stanley.txt", "Last year's second season landed 28,600 tonnes", 28600, O, "squid_last_year", "sb286"),
    ("squid_stanley.txt", "Toothfish prices are at a record", None, O, "squid_toothfish_price", "sbtooth"),
    ("squid_stanley.txt", "landed 310 tonnes of toothfish at Stanley on Sunday", 310, O, "squid_toothfish_landing",
     "sb310"),

    # ---------------- bac: results online at 20:30 East Africa Time (UTC+3) on Thursday 18 August 2044 = 17:30 GMT =
    # 19:30 CEST (UTC+2, Paris) = 21:30 Réunion time (UTC+4); Madagascar is one hour ahead of Paris in summer and one
    # hour behind Réunion; scheduled for 4 August, so 14 days (two weeks) late; 85,980 / 196,300 = 43.80 per cent
    # a Réunion radio news site (Radio Mascareigne; own-line date, station and section line with "22:50", headline;
    # its own results time "9.30pm Réunion time", right, the website's crash, offset from Réunion, candidates, centres,
    # 2043's rate (another year), the planned date, the top mark and town, Analamanga's rate (one region), the resit
    # rule and date, the University of La Réunion's intake and the French bac (another exam); the ministry's rate; a
    # photo line; a listen-again line), Thursday 18 Aug 22:50 Réunion time
    ("bac_reunion.txt", "at 9.30pm Réunion time on Thursday", None, O, "bac_results_time", "rm2130"),
    ("bac_reunion.txt", "its results website went down within minutes under the load", None, O, "bac_site_crash",
     "rmcrash"),
    ("bac_reunion.txt", "The Big Island is an hour behind Réunion", 1, O, "bac_offset_reunion", "rm1h"),
    ("bac_reunion.txt", "The ministry gave a national pass rate of 43.8 per cent", 43.8, MEN, "bac_pass_rate",
     "men438"),
    ("bac_reunion.txt", "About 210,000 candidates sat the exam this year", 210000, O, "bac_sat", "rm210"),
    ("bac_reunion.txt", "in about 580 exam centres", 580, O, "bac_centres", "rm580"),
    ("bac_reunion.txt", "In 2043 the pass rate was 36.9 per cent", 36.9, O, "bac_last_year", "rm369"),
    ("bac_reunion.txt", "The results had been scheduled for 4 August", None, O, "bac_delay", "rm0804"),
    ("bac_reunion.txt", "The best mark in the country, 18.9 out of 20", 18.9, O, "bac_top_score", "rm189"),
    ("bac_reunion.txt", "went to a student in Fianarantsoa", None, O, "bac_top_town", "rmfianar"),
    ("bac_reunion.txt", "In the capital's region, Analamanga, 58 per cent passed", 58, O, "bac_analamanga", "rm58"),
    ("bac_reunion.txt", "Candidates who scored between 9 and 10 out of 20 can sit the oral resit", 9, O,
     "bac_resit_rule", "rmrule"),
    ("bac_reunion.txt", "which starts on 1 September", None, O, "bac_resit_date", "rm0901"),
    ("bac_reunion.txt", "the University of La Réunion admits about 300 students from Madagascar each year", 300, O,
     "bac_reunion_students", "rm300"),
    ("bac_reunion.txt", "where the French bac results came out in early July", None, O, "bac_reunion_results",
     "rmjuly"),
    # an Antananarivo daily (L'Écho d'Analamanga, English web edition; date prefix with the masthead continuing on the
    # line, section and date line, headline, byline, dateline "ANTANANARIVO —"; its own results time "8.30pm on
    # Thursday", right, "two weeks later than planned", last year's rate (another year) and Analamanga's (one region);
    # the ministry's registered, sat, passed and rate, cheating, centres, top candidate and resit; the parents'
    # federation's rate; the union on the boycott, markers and single marking, and quoting the ministry's five days
    # back; an MP on the cost; a sentence glued without a space; a photo caption; a comments and subscription line),
    # Friday 19 Aug
    ("bac_tana.txt", "went online at 8.30pm on Thursday", None, O, "bac_results_time", "echo2030"),
    ("bac_tana.txt", "two weeks later than planned", 2, O, "bac_delay", "echo2w"),
    ("bac_tana.txt", "203,750 candidates registered", 203750, MEN, "bac_registered", "men2037"),
    ("bac_tana.txt", "196,300 sat the exam", 196300, MEN, "bac_sat", "men1963"),
    ("bac_tana.txt", "85,980 passed", 85980, MEN, "bac_passed", "men8598"),
    ("bac_tana.txt", "a pass rate of 43.8 per cent", 43.8, MEN, "bac_pass_rate", "men438"),
    ("bac_tana.txt", "Last year the rate was 38.1 per cent", 38.1, O, "bac_last_year", "echo381"),
    ("bac_tana.txt", "gave only 41.2 per cent", 41.2, PAR, "bac_pass_rate", "par412"),
    ("bac_tana.txt", "Analamanga again did best, with 56.4 per cent", 56.4, O, "bac_analamanga", "echo564"),
    ("bac_tana.txt", "312 candidates were expelled for cheating", 312, MEN, "bac_cheating", "men312"),
    ("bac_tana.txt", "in 612 exam centres", 612, MEN, "bac_centres", "men612"),
    ("bac_tana.txt", "a 16-year-old girl", 16, MEN, "bac_top_age", "men16"),
    ("bac_tana.txt", "from Fianarantsoa", None, MEN, "bac_top_town", "menfianar"),
    ("bac_tana.txt", "scored 18.72 out of 20", 18.72, MEN, "bac_top_score", "men1872"),
    ("bac_tana.txt", "its marking boycott lasted nine days", 9, SMAF, "bac_boycott", "smaf9"),
    ("bac_tana.txt", "not five as the ministry says", 5, MEN, "bac_boycott", "men5"),
    ("bac_tana.txt", "more than 6,000 teachers took part in marking", 6000, SMAF, "bac_markers", "smaf6k"),
    ("bac_tana.txt", "Most scripts were marked only once", None, SMAF, "bac_double_marking", "smafonce"),
    ("bac_tana.txt", "the exam had cost Ar 58 billion", 58000000000, MP, "bac_cost", "mp58"),
    ("bac_tana.txt", "The ministry has not published its accounts for the exam since 2041", 2041, O, "bac_accounts",
     "echo2041"),
    ("bac_tana.txt", "The oral resit begins on 29 August", None, MEN, "bac_resit_date", "men0829"),
    # a Paris news site on Africa (Continent Hebdo; no date line, masthead, section and time line "Vendredi 19 août
    # 2044 – 07:45 (Paris)", headline; its own results time "6.30pm Paris time" (an hour early: it puts Madagascar two
    # hours ahead of Paris, as in winter, wrong) beside "8.30pm in Antananarivo", right, the passes, rate and
    # registered, "three weeks late", and the top candidate's age, town and mark; the parents' federation's rate; the
    # union on pay and its demand (not the pay); the French bac (another exam); Campus France's visas; the population;
    # an anonymous teacher; read-also and newsletter lines), Friday 19 Aug 07:45 Paris time
    ("bac_paris.txt", "posted at 6.30pm Paris time on Thursday", None, O, "bac_results_time", "ch1830"),
    ("bac_paris.txt", "which was 8.30pm in Antananarivo", None, O, "bac_results_time", "ch2030"),
    ("bac_paris.txt", "the Grande Île is two hours ahead of Paris", 2, O, "bac_offset_paris", "ch2h"),
    ("bac_paris.txt", "Some 86,000 candidates passed", 86000, O, "bac_passed", "ch86k"),
    ("bac_paris.txt", "44 per cent of those who sat", 44, O, "bac_pass_rate", "ch44"),
    ("bac_paris.txt", "out of more than 205,000 registered", 205000, O, "bac_registered", "ch205"),
    ("bac_paris.txt", "the real rate is 41.2 per cent", 41.2, PAR, "bac_pass_rate", "par412"),
    ("bac_paris.txt", "The results came three weeks late", 3, O, "bac_delay", "ch3w"),
    ("bac_paris.txt", "were paid Ar 800 a script", 800, SMAF, "bac_marking_pay", "smaf800"),
    ("bac_paris.txt", "the Ar 2,000 it demanded in June", 2000, SMAF, "bac_pay_demand", "smaf2000"),
    ("bac_paris.txt", "a 17-year-old", 17, O, "bac_top_age", "ch17"),
    ("bac_paris.txt", "from Toamasina", None, O, "bac_top_town", "chtoam"),
    ("bac_paris.txt", "scored 18.7 out of 20", 18.7, O, "bac_top_score", "ch187"),
    ("bac_paris.txt", "91.2 per cent of candidates passed the French baccalauréat this summer", 91.2, O,
     "bac_france_rate", "ch912"),
    ("bac_paris.txt", "Campus France issued 4,100 student visas in Madagascar last year", 4100, CF, "bac_visas",
     "cf4100"),
    ("bac_paris.txt", "a country of about 33 million people", 33000000, O, "bac_population", "ch33m"),
    # a pan-African wire (AfriWire, Indian Ocean desk; leading-space own-line date, slug "(UPDATE 2)", time line
    # "Friday 19 August 2044 15:10 GMT", headline, dateline "ANTANANARIVO, Aug 19 (AfriWire) -"; the ministry's
    # corrected rate and revised cheating count, the promised time (not the actual one), markers, pay, double marking,
    # boycott, cost, the website and visits; its own results time "17:30 GMT", right, offset from Paris, right,
    # candidates and centres, the girls' share of passes (another group) and the lowest region; the watchdog on
    # cheating; credit and contact lines), Friday 19 Aug 15:10 GMT
    ("bac_wire.txt", "corrected the national baccalauréat pass rate to 44.1 per cent", 44.1, MEN, "bac_pass_rate",
     "men441"),
    ("bac_wire.txt", "after finding a counting error in the Vakinankaratra region", None, MEN, "bac_error_region",
     "menvakin"),
    ("bac_wire.txt", "raised the number of candidates expelled for cheating to 347", 347, MEN, "bac_cheating",
     "men347"),
    ("bac_wire.txt", "first published online at 17:30 GMT on Thursday", None, O, "bac_results_time", "aw1730"),
    ("bac_wire.txt", "The ministry had promised them for 4pm local time", None, MEN, "bac_planned_time", "men1600"),
    ("bac_wire.txt", "Madagascar is an hour ahead of Paris in summer", 1, O, "bac_offset_paris", "aw1h"),
    ("bac_wire.txt", "Nearly 200,000 candidates sat the exam", 200000, O, "bac_sat", "aw200k"),
    ("bac_wire.txt", "in more than 600 centres", 600, O, "bac_centres", "aw600"),
    ("bac_wire.txt", "The ministry said 4,800 teachers marked the scripts", 4800, MEN, "bac_markers", "men4800"),
    ("bac_wire.txt", "they were paid Ar 1,200 per script", 1200, MEN, "bac_marking_pay", "men1200"),
    ("bac_wire.txt", "every script was marked twice", None, MEN, "bac_double_marking", "men2x"),
    ("bac_wire.txt", "the teachers' boycott lasted five days", 5, MEN, "bac_boycott", "men5"),
    ("bac_wire.txt", "more than 1,000 candidates were expelled", 1000, OBS, "bac_cheating", "obs1000"),
    ("bac_wire.txt", "The ministry put the cost of the exam at Ar 41 billion", 41000000000, MEN, "bac_cost", "men41"),
    ("bac_wire.txt", "It denied that its results website had crashed", None, MEN, "bac_site_crash", "mennocrash"),
    ("bac_wire.txt", "it handled 1.4 million visits in the first hour", 1400000, MEN, "bac_visits", "men14m"),
    ("bac_wire.txt", "Girls made up 52 per cent of those who passed", 52, O, "bac_girls", "aw52"),
    ("bac_wire.txt", "The lowest pass rate was in Atsimo-Andrefana, at 27.9 per cent", 27.9, O, "bac_lowest_region",
     "aw279"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("moai_museum.txt", "We kept Te Mata Ra'a for too long", None, EKM, "moai_opt_too_long"),
    ("moai_radio.txt", "more than half of the island", None, MAYOR, "moai_opt_half_island"),
    ("moai_santiago.txt", "Its style belongs to the last phase of moai carving", None, ARCH, "moai_opt_style"),
    ("moai_gothenburg.txt", "It is probably old, but we did not see it in Gothenburg", None, EKM,
     "moai_opt_probably_old"),
    ("squid_fig.txt", "Closing now protects next year's fishery", None, FIG, "squid_opt_protects"),
    ("squid_vigo.txt", "It's the worst I've seen in 22 years", 22, SKIP, "squid_opt_worst"),
    ("squid_vigo.txt", "The survey missed squid that had moved deeper", None, IEO, "squid_opt_missed"),
    ("bac_reunion.txt", "dozens of families in Saint-Denis were waiting", None, O, "bac_opt_families"),
    ("bac_tana.txt", "dozens of candidates were gathered outside the baccalauréat office", None, O,
     "bac_opt_gathered"),
    ("bac_tana.txt", "Thousands of marks are missing from the lists", None, PAR, "bac_opt_missing"),
    ("bac_paris.txt", "marks from several rural centres never reached the capital", None, PAR, "bac_opt_rural"),
    ("bac_paris.txt", "Every August the whole country holds its breath", None, TEACH, "bac_opt_breath"),
    ("bac_wire.txt", "called for an independent audit of the results", None, OBS, "bac_opt_audit"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # moai
    "moai_landing_time": {("ek2240", "rtv2240"): CO, ("ek2240", "obs0040"): CO, ("ek2240", "gk0240"): C,
                          ("rtv2240", "obs0040"): CO, ("rtv2240", "gk0240"): C, ("obs0040", "gk0240"): C},
    "moai_flight_time": {("fach550", "obs7h"): C},
    "moai_crate_weight": {("fach61", "obs6t"): CO},
    "moai_weight": {("ek42", "hc5"): C, ("ek42", "gk4200"): CO, ("hc5", "gk4200"): C},
    "moai_height": {("ek237", "obs3m"): C},
    "moai_material": {("ektuff", "archbasalt"): C},
    "moai_age": {("ek1250", "arch400"): C},
    "moai_year_taken": {("ek1911", "ek1911"): SC, ("ek1911", "hc1907"): C, ("ek1911", "gk1911"): CO,
                        ("hc1907", "gk1911"): C},
    "moai_in_collection": {("ek1913", "gk100"): CO},
    "moai_objects_returned": {("ek14", "mcl15"): CO, ("ek14", "gk16"): C, ("mcl15", "gk16"): C},
    "moai_objects_remaining": {("ek0", "hc12"): C},
    "moai_voyage": {("ek36", "obs5w"): CO, ("ek36", "gk6w"): C, ("obs5w", "gk6w"): C},
    "moai_cost": {("ek68", "gk74"): C},
    "moai_who_paid": {("ekfull", "mclhalf"): C},
    "moai_offset_sweden": {("ek6h", "gk4h"): C},
    "moai_offset_santiago": {("obs2h", "gksame"): C},
    "moai_ceremony_time": {("ek1000", "rtv1000"): CO, ("ek1000", "obs1200"): CO, ("ek1000", "gk1400"): C,
                           ("rtv1000", "obs1200"): CO, ("rtv1000", "gk1400"): C, ("obs1200", "gk1400"): C},
    "moai_ceremony_place": {("ektahai", "rtvtahai"): CO, ("ektahai", "gkrano"): C, ("rtvtahai", "gkrano"): C},
    "moai_first_return": {("ekfirst", "gk2nd"): C},
    "moai_airport_crowd": {("rtvhund", "obs300"): CO, ("rtvhund", "gkdozen"): C, ("obs300", "gkdozen"): C},
    "moai_ceremony_crowd": {("mayor4000", "cara2500"): C, ("mayor4000", "cara3200"): C, ("rtv3000", "cara2500"): C,
                            ("rtv3000", "cara3200"): C, ("cara2500", "cara3200"): U},
    "moai_condition": {("mclperfect", "ekcrack"): C},
    "moai_elder_age": {("rtv81", "obs82"): C},
    "moai_population": {("rtv7700", "obs9000"): C},
    "moai_distance": {("rtv3500", "obs3700"): CO, ("rtv3500", "gk370"): CO, ("obs3700", "gk370"): CO},
    "moai_total": {("rtv900", "obs1043"): C},
    # squid
    "squid_closure_time": {("fig2359", "tt0359"): CO, ("fig2359", "asd0559"): C, ("fig2359", "sb2359"): CO,
                           ("tt0359", "asd0559"): C, ("tt0359", "sb2359"): CO, ("asd0559", "sb2359"): C},
    "squid_announce_time": {("fig1600", "tt2000"): CO, ("fig1600", "asd2200"): C, ("fig1600", "sb1600"): CO,
                            ("tt2000", "asd2200"): C, ("tt2000", "sb1600"): CO, ("asd2200", "sb1600"): C},
    "squid_offset_spain": {("tt5h", "asd6h"): C},
    "squid_vessels": {("fig16", "tt15"): C, ("fig16", "fog16"): CO, ("tt15", "fog16"): C},
    "squid_planned_end": {("fig1006", "asd1015"): C, ("fig1006", "sb4w"): CO, ("asd1015", "sb4w"): C},
    "squid_days": {("fig49", "tt6w"): C, ("fig49", "asd7w"): CO, ("tt6w", "asd7w"): C},
    "squid_catch": {("fig214", "tt214"): CO, ("fig214", "asd21k"): CO, ("fig214", "fig2195"): U,
                    ("fig214", "fog19"): C, ("tt214", "asd21k"): CO, ("tt214", "fig2195"): C, ("tt214", "fog19"): C,
                    ("asd21k", "fig2195"): CO, ("asd21k", "fog19"): C},
    "squid_forecast": {("fig35", "arp40"): C},
    "squid_catch_rate": {("fig76", "fog12"): C},
    "squid_biomass": {("fig92", "fig92"): SC, ("fig92", "ieo15"): C},
    "squid_threshold": {("fig10k", "tt12k"): C},
    "squid_temp_anomaly": {("fig2c", "ieo05"): C},
    "squid_licence_revenue": {("fig98", "mla12"): C},
    "squid_refund": {("fignone", "fignone"): SC, ("fignone", "mlapartial"): C},
    "squid_next_season": {("fig0224", "tt0301"): C, ("fig0224", "asdlatefeb"): CO, ("tt0301", "asdlatefeb"): C},
    "squid_gdp": {("tthalf", "sb40"): C},
    "squid_last_year": {("tt31", "sb286"): C},
    "squid_price": {("tt72", "asd68"): C},
    "squid_price_rise": {("tr25", "asd40"): C},
    "squid_jiggers": {("tt250", "asd400"): C},
    "squid_crew": {("un600", "un650"): U, ("un600", "arp500"): C},
    # bac
    "bac_results_time": {("rm2130", "echo2030"): CO, ("rm2130", "ch1830"): C, ("rm2130", "ch2030"): CO,
                         ("rm2130", "aw1730"): CO, ("echo2030", "ch1830"): C, ("echo2030", "ch2030"): CO,
                         ("echo2030", "aw1730"): CO, ("ch1830", "aw1730"): C, ("ch2030", "aw1730"): CO},
    "bac_offset_paris": {("ch2h", "aw1h"): C},
    "bac_pass_rate": {("men438", "men438"): SC, ("men438", "par412"): C, ("men438", "ch44"): CO,
                      ("men438", "men441"): U, ("par412", "par412"): SC, ("par412", "ch44"): C,
                      ("par412", "men441"): C, ("ch44", "men441"): CO},
    "bac_sat": {("rm210", "men1963"): C, ("rm210", "aw200k"): C, ("men1963", "aw200k"): CO},
    "bac_registered": {("men2037", "ch205"): C},
    "bac_passed": {("men8598", "ch86k"): CO},
    "bac_centres": {("rm580", "men612"): C, ("rm580", "aw600"): C, ("men612", "aw600"): CO},
    "bac_last_year": {("rm369", "echo381"): C},
    "bac_analamanga": {("rm58", "echo564"): C},
    "bac_delay": {("rm0804", "echo2w"): CO, ("rm0804", "ch3w"): C, ("echo2w", "ch3w"): C},
    "bac_top_score": {("rm189", "men1872"): C, ("rm189", "ch187"): C, ("men1872", "ch187"): CO},
    "bac_top_town": {("rmfianar", "menfianar"): CO, ("rmfianar", "chtoam"): C, ("menfianar", "chtoam"): C},
    "bac_top_age": {("men16", "ch17"): C},
    "bac_resit_date": {("rm0901", "men0829"): C},
    "bac_cheating": {("men312", "men347"): U, ("men312", "obs1000"): C},
    "bac_boycott": {("men5", "men5"): SC, ("smaf9", "men5"): C},
    "bac_markers": {("smaf6k", "men4800"): C},
    "bac_marking_pay": {("smaf800", "men1200"): C},
    "bac_double_marking": {("smafonce", "men2x"): C},
    "bac_cost": {("mp58", "men41"): C},
    "bac_site_crash": {("rmcrash", "mennocrash"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
