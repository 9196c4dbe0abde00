"""Hand labels for bench/blind55 (the burst of the Reef Atrium, a 16-metre cylindrical aquarium in the atrium of the
Marsa Pearl Hotel on the Lusail waterfront north of Doha, Qatar, at 01:52 on Friday 16 January 2037: the time of the
burst, of the first call and of the response, the tank's volume, height, panel thickness, opening year and last
inspection, the cause, the water temperature, the fish and the hotel's revised count, the species, the sharks, the
fish saved, the guests evacuated and how fast, the injured, guests hurt and admitted, the water's depth, the rooms,
the hotel's opening year, its staff, the tank's cost, the closure and the other aquariums to be inspected disputed,
with times in Arabia Standard Time (UTC+3 all year, Doha, written "AST" like Atlantic Standard Time), GMT and India
Standard Time (UTC+5:30, Kochi), across midnight (01:52 on Friday in Doha is 22:52 GMT on Thursday and 04:22 IST on
Friday); a rat filmed near the wharf of Lord Howe Island, New South Wales, years after the island was declared
rodent-free, and the Lord Howe Island Board's incursion response: the time of the footage and of the first catch,
the rats caught and the Board's revised count, their species and the first rat's sex, the camera's distance from the
wharf, the traps, the zone, the dogs, the staff and the Board's revised count, the supply ship's last call, its
fumigation and whether it brought the rats, the visitor cap, cancellations, emergency funding, residents, the
distance from Sydney, the woodhens, and the 2019 eradication's year, bait, cost, kill and rodent-free date disputed,
with times in Lord Howe Standard Time (UTC+10:30 in the southern winter, a half-hour zone whose summer time moves it
only half an hour, to UTC+11), Australian Eastern Standard Time (UTC+10, Sydney and Brisbane) and New Zealand
Standard Time (UTC+12), across midnight (12:20 a.m. on Wednesday on Lord Howe is 11:50 p.m. on Tuesday in Sydney and
1:50 a.m. on Wednesday in New Zealand); the failure of a liquid-nitrogen storage tank at the Amathus Fertility
Centre in Limassol, Cyprus, on the night of Saturday 7 to Sunday 8 February 2037: the time of the alarm and of the
discovery, the cause, the last service and refill, the tanks and the failed tank's age, the temperatures, the hours
above the threshold, the eggs and embryos and the clinic's revised count, the embryos, the patients and the clinic's
revised count, the Israeli and British patients, the share still viable, the clinic's founding year, the licence
suspension, the clinics, cycles and foreign share of Cyprus's fertility industry and the price of a cycle disputed,
with times in Eastern European Time (UTC+2, Cyprus, the same clock as Israel in winter), GMT and Israel Standard
Time (UTC+2), across midnight (00:40 on Sunday in Limassol is 22:40 GMT on Saturday)).
Run from the project root:
    python3 bench/blind55/make_labels.py
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
HOTEL = "the Marsa Pearl Hotel and its owner Lusail Bay Hospitality (general manager Rania Al-Haddad Moore)"
CD = "Qatar's General Directorate of Civil Defence"
HMC = "Hamad Medical Corporation (Hamad General Hospital)"
WIT = "hotel guest Lina Haddad"
WITS = "witnesses (as cited by Gulf Crescent Daily)"
AQ = "a former aquarist at the hotel (anonymous)"
QU = "marine biologist Dr Hessa Al-Kuwari, Qatar University"
MUN = "Qatar's Ministry of Municipality"
MAKER = "Acrylwerk Inntal GmbH, the acrylic panel maker (managing director Jürgen Falk-Morrison)"
EXP = "marine experts (unnamed, as cited by the wire)"
LOCAL = "local reports (as cited by the wire)"
ANAQ = "insurance broker analyst Claire Whitcombe-Shah, Harrowgate Re"
NORKA = "the Norka Roots helpdesk"
WRK = "housekeeping supervisor Shijo Varghese, a Kerala worker at the hotel"
EMB = "the Indian embassy in Doha"

LHIB = "the Lord Howe Island Board (chief executive Dr Helen Marsh-Ogilvie)"
RES = "lodge owner Pete Wilson-Nakamura, who filmed the rat"
DOG = "detection-dog handler Greg Tully-Hart"
MIN = "NSW Environment Minister Carla Drummond-Vance"
SHIP = "Pacific Coastal Freight, operator of the supply ship MV Capella Trader"
ECO = "ecologist Dr Nadia Forsythe-Quinn, University of Newcastle"
TOUR = "the Lord Howe Island Tourism Association"
MUS = "the Australian Museum"
COMM = "the island's community association (president Maree Kemp-Thornton)"
PORT = "port records (as cited by the Coral Coast Herald)"
QLD = "Queensland's biosecurity agency"
DOC = "Dr Sam Kereama-Boyd, adviser to New Zealand's Department of Conservation"
FRI = "Friends of the Woodhen, a conservation group"

CL = "the Amathus Fertility Centre, Limassol (medical director Dr Andreas Kyprianou-Hale)"
STAFF = "an embryologist at the clinic (anonymous)"
POL = "the Limassol police"
LAW = "lawyer Eleni Stavrou-Kane, for patients' families"
GRP = "Second Chance Families, a patients' group"
COU = "the Council for Medically Assisted Reproduction, Cyprus's fertility regulator"
MINC = "Cyprus Health Minister Michalis Loizou-Brent"
UKE = "embryologist Prof. Martin Hollis-Reid, London"
FIRM = "CryoServ Benelux, the Dutch tank maintenance company"
HFEA = "the UK Human Fertilisation and Embryology Authority"
RACH = "Rachel Dunmore, a British patient"
ISR = "Israel's Health Ministry"
PATS = "patients (as cited by the Coastal Plain Report)"
CYMED = "Cypriot media (as cited by the Coastal Plain Report)"
YAEL = "Yael, an Israeli patient from Haifa"
ILAW = "Israeli lawyer Gideon Marom-Shapiro"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- aqua: the Reef Atrium aquarium of the Marsa Pearl Hotel, Lusail, Qatar, bursts at 01:52 on
    # Friday 16 January 2037 (AST, UTC+3 all year) = 22:52 GMT on Thursday 15 January = 04:22 IST on Friday (Kochi,
    # UTC+5:30, two and a half hours ahead of Doha); Civil Defence's first call at 01:58 AST = 22:58 GMT; guests moved
    # out by 04:30 AST, within three hours; QR 3.64 to the US dollar (the riyal's peg), so QR 44 million is about $12.1
    # million; 264,000 US gallons is about 999,000 litres, and 1,000 cubic metres is 1 million litres; opened in 2027,
    # the tank was ten years old
    # the hotel owner's statement (own-line date, letterhead with an address, "STATEMENT · Doha, 16 January 2037 ·
    # 11:00", a title in capitals, the general manager quoted, "EVACUATION" with a bulleted list, "CAUSE", "ABOUT THE
    # MARSA PEARL", a media contact), Friday 16 Jan
    ("aqua_hotel.txt", "At 01:52 on Friday 16 January", None, HOTEL, "aqua_time", "hot0152"),
    ("aqua_hotel.txt", "No guests were injured", 0, HOTEL, "aqua_guests_hurt", "hotnoguest"),
    ("aqua_hotel.txt", "Two members of staff suffered minor cuts", 2, HOTEL, "aqua_injured", "hot2"),
    ("aqua_hotel.txt", "none needed to stay in hospital", 0, HOTEL, "aqua_admitted", "hot0"),
    ("aqua_hotel.txt", "The 16-metre aquarium", 16, HOTEL, "aqua_height", "hot16"),
    ("aqua_hotel.txt", "held 1 million litres of seawater", 1000000, HOTEL, "aqua_volume", "hot1m"),
    ("aqua_hotel.txt", "about 1,500 fish", 1500, HOTEL, "aqua_fish", "hot1500"),
    ("aqua_hotel.txt", "some 80 species", 80, HOTEL, "aqua_species", "hot80"),
    ("aqua_hotel.txt", "Our aquarists saved about 300 fish", 300, HOTEL, "aqua_rescued", "hot300"),
    ("aqua_hotel.txt", "All 387 guests staying in the hotel", 387, HOTEL, "aqua_evac", "hot387"),
    ("aqua_hotel.txt", "to two neighbouring hotels by 04:30", None, HOTEL, "aqua_evac_time", "hot0430"),
    ("aqua_hotel.txt", "which has 292 rooms", 292, HOTEL, "aqua_rooms", "hot292"),
    ("aqua_hotel.txt", "within about three months", 3, HOTEL, "aqua_closure", "hot3m"),
    ("aqua_hotel.txt", "a failure at a joint between two acrylic panels", None, HOTEL, "aqua_cause", "hotjoint"),
    ("aqua_hotel.txt", "The aquarium opened in 2027", 2027, HOTEL, "aqua_opened", "hot2027"),
    ("aqua_hotel.txt", "was last inspected in October", None, HOTEL, "aqua_inspected", "hotoct"),
    ("aqua_hotel.txt", "opened in 2026 on the Lusail waterfront", 2026, HOTEL, "aqua_hotel_opened", "hot2026"),
    ("aqua_hotel.txt", "employs 540 people", 540, HOTEL, "aqua_staff", "hot540"),
    ("aqua_hotel.txt", "team of 12 aquarists", 12, HOTEL, "aqua_aquarists", "hot12"),
    # a Doha English-language daily (Gulf Crescent Daily; date prefix glued to the masthead, section and updated
    # lines, headline and standfirst, byline, photo caption, glued dateline "LUSAIL -The", its own time, water depth,
    # opening years, cost and rooms, Civil Defence, the hospital, witnesses, a guest, the hotel's revised count, a
    # former aquarist, a biologist, the municipality, two sentences glued without a space, "Read more", "COMMENTS (3)"
    # with three reader comments, copyright line), Saturday 17 Jan
    ("aqua_doha.txt", "shortly before 2 a.m. on Friday", None, O, "aqua_time", "gcd2am"),
    ("aqua_doha.txt", "received the first call at 01:58", None, CD, "aqua_call", "cd0158"),
    ("aqua_doha.txt", "its teams arrived within seven minutes", 7, CD, "aqua_response", "cd7"),
    ("aqua_doha.txt", "Two people were slightly injured by flying glass", 2, CD, "aqua_injured", "cd2"),
    ("aqua_doha.txt", "more than 450 guests were evacuated", 450, CD, "aqua_evac", "cd450"),
    ("aqua_doha.txt", "Five people were treated at Hamad General Hospital", 5, HMC, "aqua_injured", "hmc5"),
    ("aqua_doha.txt", "a 34-year-old man, was admitted for observation", 1, HMC, "aqua_admitted", "hmc1"),
    ("aqua_doha.txt", "Water about 40 centimetres deep", 40, O, "aqua_flood", "gcd40"),
    ("aqua_doha.txt", "including two blacktip reef sharks", 2, WITS, "aqua_sharks", "wits2"),
    ("aqua_doha.txt", "at about half past one", None, WIT, "aqua_time", "wit0130"),
    ("aqua_doha.txt", "another guest, was bleeding from his arm", None, WIT, "aqua_guests_hurt", "witguest"),
    ("aqua_doha.txt", "the tank had held 1,720 fish and other animals", 1720, HOTEL, "aqua_fish", "hot1720"),
    ("aqua_doha.txt", "well over 2,000 fish", 2000, AQ, "aqua_fish", "aq2000"),
    ("aqua_doha.txt", "the water was always kept at 25 degrees", 25, AQ, "aqua_water_temp", "aq25"),
    ("aqua_doha.txt", "fewer than 150 fish were pulled out alive", 150, QU, "aqua_rescued", "qu150"),
    ("aqua_doha.txt", "which opened in 2028", 2028, O, "aqua_opened", "gcd2028"),
    ("aqua_doha.txt", "built at a cost of QR 44 million", 44000000, O, "aqua_cost", "gcd44m"),
    ("aqua_doha.txt", "first welcomed guests in 2025", 2025, O, "aqua_hotel_opened", "gcd2025"),
    ("aqua_doha.txt", "has nearly 300 rooms", 300, O, "aqua_rooms", "gcd300"),
    ("aqua_doha.txt", "inspections of 11 other large aquariums", 11, MUN, "aqua_other_tanks", "mun11"),
    # a London news wire (Fleetline News Agency; no date line, a time line "16/01/2037 14:05 GMT · UPDATE 2",
    # headline, byline, glued dateline "(FNA) -A", the burst "at 2252 GMT on Thursday" (right), its own height,
    # evacuees, volume in US gallons, injured and water depth, the hotel's fish, unnamed experts' species, Civil
    # Defence's call in GMT (right), the panel maker's thickness, design and actual temperature, denial, inspection,
    # height and volume, local reports' cost in dollars, an analyst, two sentences glued without a space, reporting
    # and copyright lines), Friday 16 Jan 14:05 GMT
    ("aqua_wire.txt", "A 16-metre-high aquarium", 16, O, "aqua_height", "fna16"),
    ("aqua_wire.txt", "burst at 2252 GMT on Thursday", None, O, "aqua_time", "fna2252"),
    ("aqua_wire.txt", "about 500 hotel guests", 500, O, "aqua_evac", "fna500"),
    ("aqua_wire.txt", "roughly 264,000 gallons of seawater", 264000, O, "aqua_volume", "fna264k"),
    ("aqua_wire.txt", "some 1,500 fish", 1500, HOTEL, "aqua_fish", "hot1500"),
    ("aqua_wire.txt", "put the number of species at more than 100", 100, EXP, "aqua_species", "exp100"),
    ("aqua_wire.txt", "At least three people were hurt", 3, O, "aqua_injured", "fna3"),
    ("aqua_wire.txt", "water nearly a metre deep", 1, O, "aqua_flood", "fna1m"),
    ("aqua_wire.txt", "received the first emergency call at 2258 GMT", None, CD, "aqua_call", "cd0158"),
    ("aqua_wire.txt", "all guests had been moved out within three hours", 3, CD, "aqua_evac_time", "cd3h"),
    ("aqua_wire.txt", "rejected any suggestion that its work was to blame", None, MAKER, "aqua_cause", "maknot"),
    ("aqua_wire.txt", "each 26 centimetres thick", 26, MAKER, "aqua_thickness", "mak26"),
    ("aqua_wire.txt", "designed for water between 24 and 26 degrees", None, MAKER, "aqua_design_temp", "mak2426"),
    ("aqua_wire.txt", "lowered the water to 19 degrees in December", 19, MAKER, "aqua_water_temp", "mak19"),
    ("aqua_wire.txt", "last been asked to inspect the tank in 2033", 2033, MAKER, "aqua_inspected", "mak2033"),
    ("aqua_wire.txt", "a 14-metre cylinder", 14, MAKER, "aqua_height", "mak14"),
    ("aqua_wire.txt", "holding 1.2 million litres", 1200000, MAKER, "aqua_volume", "mak12m"),
    ("aqua_wire.txt", "cost about $12 million to build", 12000000, LOCAL, "aqua_cost", "loc12m"),
    ("aqua_wire.txt", "a closure of at least a year", 1, ANAQ, "aqua_closure", "ana1y"),
    ("aqua_wire.txt", "insured losses could reach $40 million", 40000000, ANAQ, "aqua_loss", "ana40m"),
    ("aqua_wire.txt", "checks on nine other public aquariums", 9, CD, "aqua_other_tanks", "cd9"),
    # a Kochi news site (Malabar Coast Online; leading-space own-line date, a section and time line in IST, headline,
    # byline, dateline "KOCHI:", the burst "at 3.22am IST on Friday" (wrong: 01:52 AST is 04:22 IST; the site took
    # Qatar to be an hour and a half behind India, as the UAE is), its own age, thickness, volume in cubic metres and
    # fish, Norka Roots, a Kerala worker, the hospital, the embassy, the hotel's rescued fish, a helpline, "ALSO READ"),
    # Friday 16 Jan
    ("aqua_kochi.txt", "burst at 3.22am IST on Friday", None, O, "aqua_time", "mco0322"),
    ("aqua_kochi.txt", "Qatar time is an hour and a half behind IST", 1.5, O, "aqua_offset", "mco15"),
    ("aqua_kochi.txt", "Around 60 workers from Kerala", 60, NORKA, "aqua_kerala", "norka60"),
    ("aqua_kochi.txt", "I saw three sharks on the floor of the lobby", 3, WRK, "aqua_sharks", "wrk3"),
    ("aqua_kochi.txt", "it was 25 minutes before the first fire engines came", 25, WRK, "aqua_response", "wrk25"),
    ("aqua_kochi.txt", "There are more than 600 staff at the hotel", 600, WRK, "aqua_staff", "wrk600"),
    ("aqua_kochi.txt", "one of five people treated at Hamad General Hospital", 5, HMC, "aqua_injured", "hmc5"),
    ("aqua_kochi.txt", "no Indian national had been seriously injured", 0, EMB, "aqua_indians_hurt", "emb0"),
    ("aqua_kochi.txt", "The ten-year-old tank", 10, O, "aqua_opened", "mco10y"),
    ("aqua_kochi.txt", "22-centimetre acrylic walls", 22, O, "aqua_thickness", "mco22"),
    ("aqua_kochi.txt", "about 1,000 cubic metres of water", 1000, O, "aqua_volume", "mco1000"),
    ("aqua_kochi.txt", "nearly 1,500 fish", 1500, O, "aqua_fish", "mco1500"),
    ("aqua_kochi.txt", "Only about 300 fish were saved", 300, HOTEL, "aqua_rescued", "hot300"),

    # ---------------- rat: a rat is filmed near the wharf of Lord Howe Island at 12:20 a.m. on Wednesday 10 June 2037
    # (Lord Howe Standard Time, UTC+10:30 in winter) = 11:50 p.m. on Tuesday 9 June in Sydney and Brisbane (AEST,
    # UTC+10) = 13:50 UTC on Tuesday = 1:50 a.m. on Wednesday in New Zealand (NZST, UTC+12); the first rat is trapped
    # at 6:15 a.m. on Thursday 11 June, island time = 5:45 a.m. AEST; the Board's count is two on Thursday and four on
    # Saturday 13 June; 2019 - 2037: the eradication's year, baits and cost
    # the Board's media release (a date prefix with the letterhead continuing on the same line after a space, "MEDIA
    # RELEASE · Thursday 11 June 2037 · 4:30 pm (Lord Howe Standard Time)", a title in capitals, the chief executive
    # quoted, "RESPONSE" with a bulleted list, "HOW DID IT ARRIVE?", "VISITORS", "ABOUT THE RODENT ERADICATION", a
    # media contact), Thursday 11 Jun
    ("rat_board.txt", "at 12:20 am on Wednesday 10 June", None, LHIB, "rat_time", "lh0020"),
    ("rat_board.txt", "about 50 metres from the wharf", 50, LHIB, "rat_camera_distance", "lh50"),
    ("rat_board.txt", "confirmed by Board staff at 11 am", None, LHIB, "rat_confirmed", "lh1100"),
    ("rat_board.txt", "at 6:15 am on Thursday", None, LHIB, "rat_first_trap", "lh0615"),
    ("rat_board.txt", "Two rats have now been trapped", 2, LHIB, "rat_count", "lh2"),
    ("rat_board.txt", "Both are black rats (Rattus rattus)", None, LHIB, "rat_species", "lhblack"),
    ("rat_board.txt", "the first was a young male", None, LHIB, "rat_sex", "lhmale"),
    ("rat_board.txt", "More than 1,200 traps and bait stations", 1200, LHIB, "rat_traps", "lh1200"),
    ("rat_board.txt", "within 1 kilometre of the wharf", 1, LHIB, "rat_zone", "lh1km"),
    ("rat_board.txt", "Three detection dogs", 3, LHIB, "rat_dogs", "lh3"),
    ("rat_board.txt", "18 Board and NSW Government staff", 18, LHIB, "rat_staff", "lh18"),
    ("rat_board.txt", "most likely arrived on the supply vessel", None, LHIB, "rat_origin", "lhship"),
    ("rat_board.txt", "unloaded at the wharf on Monday 8 June", None, LHIB, "rat_ship_call", "lhmon"),
    ("rat_board.txt", "capped at 400 at any one time", 400, LHIB, "rat_cap", "lh400"),
    ("rat_board.txt", "there have been no cancellations so far", 0, LHIB, "rat_cancellations", "lhnone"),
    ("rat_board.txt", "by a shipwreck in 1918", 1918, LHIB, "rat_first_arrival", "lh1918"),
    ("rat_board.txt", "In 2019 the Board and its partners", 2019, LHIB, "rat_erad_year", "lh2019"),
    ("rat_board.txt", "42 tonnes of cereal bait", 42, LHIB, "rat_bait", "lh42"),
    ("rat_board.txt", "the $15.5 million", 15500000, LHIB, "rat_erad_cost", "lh155"),
    ("rat_board.txt", "declared rodent-free in 2021", 2021, LHIB, "rat_free_year", "lh2021"),
    # a Sydney daily (The Harbour Sentinel; own-line date, masthead and section, headline, byline and posted time,
    # the footage "at 11.50pm on Tuesday, Sydney time" and "12.20am on Wednesday, island time" (both right), the
    # offset, the lodge owner, the Board's first catch in Sydney time (right) and count, its own traps, zone,
    # eradication year, kill and cost, residents and cap, a dog handler, the minister, the ship operator, an
    # ecologist, the tourism association, "RELATED"), Friday 12 Jun
    ("rat_sydney.txt", "700 kilometres north-east of Sydney", 700, O, "rat_distance", "hs700"),
    ("rat_sydney.txt", "at 11.50pm on Tuesday, Sydney time", None, O, "rat_time", "hs2350"),
    ("rat_sydney.txt", "half an hour ahead of Sydney in winter", 0.5, O, "rat_offset", "hs30"),
    ("rat_sydney.txt", "time-stamped 12.20am on Wednesday, island time", None, O, "rat_time", "hs0020"),
    ("rat_sydney.txt", "14 seconds of a rat", 14, RES, "rat_footage", "res14"),
    ("rat_sydney.txt", "caught at 5.45am Sydney time on Thursday", None, LHIB, "rat_first_trap", "lh0615"),
    ("rat_sydney.txt", "two rats had been trapped by Thursday night", 2, LHIB, "rat_count", "lh2"),
    ("rat_sydney.txt", "laid 1,250 traps", 1250, O, "rat_traps", "hs1250"),
    ("rat_sydney.txt", "a 500-metre zone around the wharf", 500, O, "rat_zone", "hs500"),
    ("rat_sydney.txt", "We've only got two dogs on the island", 2, DOG, "rat_dogs", "dog2"),
    ("rat_sydney.txt", "$850,000 in emergency funding", 850000, MIN, "rat_funding", "min850"),
    ("rat_sydney.txt", "had been fumigated on June 4", None, SHIP, "rat_fumigated", "ship4"),
    ("rat_sydney.txt", "no rat had come from the vessel", None, SHIP, "rat_origin", "shipnot"),
    ("rat_sydney.txt", "population of about 500 woodhens", 500, ECO, "rat_woodhens", "eco500"),
    ("rat_sydney.txt", "fewer than 30 birds in the 1980s", 30, ECO, "rat_woodhen_low", "eco30"),
    ("rat_sydney.txt", "The 2019 eradication", 2019, O, "rat_erad_year", "hs2019"),
    ("rat_sydney.txt", "killed an estimated 300,000 rats and mice", 300000, O, "rat_erad_kill", "hs300k"),
    ("rat_sydney.txt", "cost $15.5 million", 15500000, O, "rat_erad_cost", "hs155"),
    ("rat_sydney.txt", "About 380 people live on the island", 380, O, "rat_residents", "hs380"),
    ("rat_sydney.txt", "a 400-bed cap on tourist accommodation", 400, O, "rat_cap", "hs400"),
    ("rat_sydney.txt", "about 60 bookings had been cancelled", 60, TOUR, "rat_cancellations", "tour60"),
    # a Brisbane news site (Coral Coast Herald; date prefix glued to the masthead, headline, byline and date line,
    # image caption, the footage "at 12.50am on Wednesday (AEST)" (wrong: 12:20 a.m. island time was 11:50 p.m. on
    # Tuesday AEST; the site added the half hour instead of taking it away), its own first catch, traps, funding,
    # ship's call, residents, cap, rodent-free year, cost and eradication year, the museum, the community
    # association, the lodge owner, port records, the ship operator, Queensland's agency, a sentence glued without a
    # space, "COMMENTS (2)"), Friday 12 Jun
    ("rat_brisbane.txt", "the first rat caught on the island was a pregnant female", None, MUS, "rat_sex",
     "musfemale"),
    ("rat_brisbane.txt", "The rat was caught at dawn on Friday", None, O, "rat_first_trap", "ccfri"),
    ("rat_brisbane.txt", "at 12.50am on Wednesday (AEST)", None, O, "rat_time", "cc0050"),
    ("rat_brisbane.txt", "Both rats were black rats, the museum confirmed", None, MUS, "rat_species", "musblack"),
    ("rat_brisbane.txt", "at least six rats had been caught", 6, COMM, "rat_count", "comm6"),
    ("rat_brisbane.txt", "Some 900 traps", 900, O, "rat_traps", "cc900"),
    ("rat_brisbane.txt", "set aside $1.5 million for the response", 1500000, O, "rat_funding", "cc15m"),
    ("rat_brisbane.txt", "about 200 metres from the wharf", 200, RES, "rat_camera_distance", "res200"),
    ("rat_brisbane.txt", "last call at the island was on Saturday June 6", None, O, "rat_ship_call", "ccsat"),
    ("rat_brisbane.txt", "the vessel was last fumigated in May", None, PORT, "rat_fumigated", "portmay"),
    ("rat_brisbane.txt", "for 12 years without a rodent incident", 12, SHIP, "rat_ship_record", "ship12"),
    ("rat_brisbane.txt", "about 350 permanent residents", 350, O, "rat_residents", "cc350"),
    ("rat_brisbane.txt", "a cap of 450 visitors", 450, O, "rat_cap", "cc450"),
    ("rat_brisbane.txt", "rodent-free since 2020", 2020, O, "rat_free_year", "cc2020"),
    ("rat_brisbane.txt", "$15.5 million", 15500000, O, "rat_erad_cost", "cc155"),
    ("rat_brisbane.txt", "eradication in 2018", 2018, O, "rat_erad_year", "cc2018"),
    ("rat_brisbane.txt", "offered to send two more dogs", 2, QLD, "rat_qld_dogs", "qld2"),
    # a New Zealand conservation news site (Southern Islands Conservation Weekly; no date line, a masthead and time
    # line "Sunday 14 June 2037 · 9:15am NZST", headline, byline, the footage "at 1.50am on Wednesday, New Zealand
    # time" (right), the Board's revised count and staff, dogs, its own eradication year, bait, distance and cost, a
    # DOC adviser, the museum, a conservation group, "MORE FROM SICW"), Sunday 14 Jun
    ("rat_nz.txt", "at 1.50am on Wednesday, New Zealand time", None, O, "rat_time", "nz0150"),
    ("rat_nz.txt", "four rats had now been trapped", 4, LHIB, "rat_count", "lh4"),
    ("rat_nz.txt", "three detection dogs were working the area", 3, LHIB, "rat_dogs", "lh3"),
    ("rat_nz.txt", "a team of 25 people", 25, LHIB, "rat_staff", "lh25"),
    ("rat_nz.txt", "The 2019 operation", 2019, O, "rat_erad_year", "nz2019"),
    ("rat_nz.txt", "about 22 tonnes of bait", 22, O, "rat_bait", "nz22"),
    ("rat_nz.txt", "780 km north-east of Sydney", 780, O, "rat_distance", "nz780"),
    ("rat_nz.txt", "an A$16.5 million programme", 16500000, O, "rat_erad_cost", "nz165"),
    ("rat_nz.txt", "The baiting killed hundreds of thousands of rodents", None, DOC, "rat_erad_kill", "dochund"),
    ("rat_nz.txt", "at least 12 rat reinvasions on New Zealand islands since 2010", 12, DOC, "rat_nz_reinvasions",
     "doc12"),
    ("rat_nz.txt", "the first rat caught on Lord Howe was a pregnant female", None, MUS, "rat_sex", "musfemale"),
    ("rat_nz.txt", "fewer than 300 woodhens", 300, FRI, "rat_woodhens", "fri300"),

    # ---------------- ivf: tank 4 at the Amathus Fertility Centre, Agios Tychonas, Limassol, fails; its local alarm
    # sounds at 00:40 on Sunday 8 February 2037 (EET, UTC+2) = 22:40 GMT on Saturday 7 February = 00:40 on Sunday in
    # Israel (IST, UTC+2, the same clock in winter); the failure is found at 07:10 EET = 05:10 GMT; the clinic's
    # counts are about 2,100 eggs and embryos and about 700 patients on Sunday, 2,460 (1,380 embryos + 1,080 eggs) and
    # 731 patients on Monday; installed in 2031, the tank was six years old
    # the clinic's statement (own-line date, letterhead with an address, "STATEMENT FROM THE MEDICAL DIRECTOR ·
    # Limassol, Monday 9 February 2037 · 10:00 EET", a title in capitals, "WHAT HAPPENED", "WHO IS AFFECTED", "OUR
    # RESPONSE" with a bulleted list, the medical director quoted, a helpline), Monday 9 Feb
    ("ivf_clinic.txt", "one of seven storage tanks", 7, CL, "ivf_tanks", "cl7"),
    ("ivf_clinic.txt", "Its local alarm sounded at 00:40 on Sunday", None, CL, "ivf_alarm", "cl0040"),
    ("ivf_clinic.txt", "The automatic dialler that should have telephoned our on-call embryologist failed to make the "
     "call", None, CL, "ivf_cause", "cldialler"),
    ("ivf_clinic.txt", "The failure was discovered at 07:10", None, CL, "ivf_found", "cl0710"),
    ("ivf_clinic.txt", "normally kept at minus 196C", -196, CL, "ivf_normal_temp", "cl196"),
    ("ivf_clinic.txt", "rose to about minus 150C", -150, CL, "ivf_temp", "cl150"),
    ("ivf_clinic.txt", "above the safe threshold for about six hours", 6, CL, "ivf_hours", "cl6h"),
    ("ivf_clinic.txt", "Tank 4 held 2,460 eggs and embryos", 2460, CL, "ivf_specimens", "cl2460"),
    ("ivf_clinic.txt", "1,380 embryos", 1380, CL, "ivf_embryos", "cl1380"),
    ("ivf_clinic.txt", "1,080 eggs", 1080, CL, "ivf_eggs", "cl1080"),
    ("ivf_clinic.txt", "They belong to 731 patients", 731, CL, "ivf_patients", "cl731"),
    ("ivf_clinic.txt", "180 patients from Israel", 180, CL, "ivf_israelis", "cl180"),
    ("ivf_clinic.txt", "about 70 from the United Kingdom", 70, CL, "ivf_british", "cl70"),
    ("ivf_clinic.txt", "received more than 400 calls", 400, CL, "ivf_calls", "cl400"),
    ("ivf_clinic.txt", "at least 40 per cent of the specimens may still be viable", 40, CL, "ivf_viable", "cl40"),
    ("ivf_clinic.txt", "The tank was installed in 2031", 2031, CL, "ivf_tank_age", "cl2031"),
    ("ivf_clinic.txt", "was serviced in December", None, CL, "ivf_service", "cldec"),
    ("ivf_clinic.txt", "last topped up with liquid nitrogen on Friday", None, CL, "ivf_refill", "clfri"),
    ("ivf_clinic.txt", "will be offered a free treatment cycle", 1, CL, "ivf_offer", "clfree"),
    ("ivf_clinic.txt", "from Cyprus and abroad since 2009", 2009, CL, "ivf_founded", "cl2009"),
    # a Limassol English-language daily (The Limassol Observer; date prefix glued to the masthead, section,
    # headline and standfirst, byline, photo caption, its own time and founding year, the clinic's first counts, an
    # anonymous embryologist, the police, a lawyer, a patients' group, the regulator, the health minister, a
    # sentence glued without a space, "Related:", copyright line), Monday 9 Feb
    ("ivf_cyprus.txt", "shortly after midnight on Sunday", None, O, "ivf_alarm", "lo_mid"),
    ("ivf_cyprus.txt", "about 2,100 eggs and embryos", 2100, CL, "ivf_specimens", "cl2100"),
    ("ivf_cyprus.txt", "They belonged to about 700 patients", 700, CL, "ivf_patients", "cl700"),
    ("ivf_cyprus.txt", "the failure was not found until after 8am", None, STAFF, "ivf_found", "staff8"),
    ("ivf_cyprus.txt", "The dialler had been failing for weeks and we told management", None, STAFF,
     "ivf_known", "staffweeks"),
    ("ivf_cyprus.txt", "The tank had not been filled since Wednesday", None, STAFF, "ivf_refill", "staffwed"),
    ("ivf_cyprus.txt", "The laboratory has nine tanks", 9, STAFF, "ivf_tanks", "staff9"),
    ("ivf_cyprus.txt", "the one that failed was 14 years old", 14, STAFF, "ivf_tank_age", "staff14"),
    ("ivf_cyprus.txt", "two employees had been questioned on Sunday", 2, POL, "ivf_questioned", "pol2"),
    ("ivf_cyprus.txt", "a criminal investigation for negligence had been opened", None, POL, "ivf_investigation",
     "polinq"),
    ("ivf_cyprus.txt", "instructed by 40 families", 40, LAW, "ivf_law_families", "law40"),
    ("ivf_cyprus.txt", "the alarm went off as early as 11pm on Saturday", None, LAW, "ivf_alarm", "law23"),
    ("ivf_cyprus.txt", "climbed to minus 60 degrees", -60, LAW, "ivf_temp", "law60"),
    ("ivf_cyprus.txt", "More than 3,000 eggs and embryos were in the tank", 3000, LAW, "ivf_specimens", "law3000"),
    ("ivf_cyprus.txt", "more than 950 patients", 950, GRP, "ivf_patients", "grp950"),
    ("ivf_cyprus.txt", "the second such incident at a Cyprus clinic in three years", 2, GRP, "ivf_precedent",
     "grp2nd"),
    ("ivf_cyprus.txt", "to store new eggs and embryos for 30 days", 30, COU, "ivf_suspension", "cou30"),
    ("ivf_cyprus.txt", "the first incident of its kind in Cyprus", 1, COU, "ivf_precedent", "cou1st"),
    ("ivf_cyprus.txt", "19 licensed fertility clinics", 19, COU, "ivf_clinics", "cou19"),
    ("ivf_cyprus.txt", "about 12,000 IVF cycles a year", 12000, COU, "ivf_cycles", "cou12k"),
    ("ivf_cyprus.txt", "more than half of them for patients from abroad", 50, COU, "ivf_foreign", "couhalf"),
    ("ivf_cyprus.txt", "which opened in 2011", 2011, O, "ivf_founded", "lo2011"),
    ("ivf_cyprus.txt", "expected a report within two weeks", 2, MINC, "ivf_report", "min2w"),
    # a London newspaper site (The Albion Post; no date line, a masthead and time line "09/02/2037 · 16:40 GMT",
    # headline, byline, the alarm "at 23:40 GMT on Saturday" (wrong: 00:40 EET was 22:40 GMT; the paper took Cyprus
    # to be one hour ahead of London, as central Europe is), the clinic's discovery in GMT (right) and revised count,
    # its own British patients, embryos, temperature, clinics, cycles and price, a London embryologist, the
    # maintenance company, the HFEA, a patient, the lawyer, "Read more"), Monday 9 Feb 16:40 GMT
    ("ivf_london.txt", "went off at 23:40 GMT on Saturday", None, O, "ivf_alarm", "ap2340"),
    ("ivf_london.txt", "not found until 05:10 GMT on Sunday", None, CL, "ivf_found", "cl0710"),
    ("ivf_london.txt", "2,460 eggs and embryos had been in the tank", 2460, CL, "ivf_specimens", "cl2460"),
    ("ivf_london.txt", "At least 90 British patients", 90, O, "ivf_british", "ap90"),
    ("ivf_london.txt", "about 1,000 embryos are thought to be affected", 1000, O, "ivf_embryos", "ap1000"),
    ("ivf_london.txt", "keep samples in liquid nitrogen at −196C", -196, O, "ivf_normal_temp", "ap196"),
    ("ivf_london.txt", "After at least eight hours above the critical temperature", 8, UKE, "ivf_hours", "uk8h"),
    ("ivf_london.txt", "less than 10 per cent to survive thawing", 10, UKE, "ivf_viable", "uk10"),
    ("ivf_london.txt", "the clinic had cancelled its remote-monitoring contract in October", None, FIRM, "ivf_cause",
     "firmoct"),
    ("ivf_london.txt", "the tank was last serviced in March 2036", None, FIRM, "ivf_service", "firmmar"),
    ("ivf_london.txt", "it had no power over clinics abroad", None, HFEA, "ivf_hfea", "hfea"),
    ("ivf_london.txt", "about 25 clinics", 25, O, "ivf_clinics", "ap25"),
    ("ivf_london.txt", "some 9,000 cycles a year", 9000, O, "ivf_cycles", "ap9k"),
    ("ivf_london.txt", "A cycle there costs about £3,000", 3000, O, "ivf_price", "ap3000"),
    ("ivf_london.txt", "whose four embryos were in the tank", 4, RACH, "ivf_rachel", "rach4"),
    ("ivf_london.txt", "more than 3,000 eggs and embryos had been stored in the tank", 3000, LAW, "ivf_specimens",
     "law3000"),
    # a Tel Aviv news site (The Coastal Plain Report; leading-space own-line date, masthead and time line in Israel
    # time, headline and standfirst, byline, the alarm "at 00:40 on Sunday, Israel time" (right), its own founding
    # year and foreign share, the clinic's embryos (rounded), patients, temperature and Israelis, Israel's health
    # ministry, patients' price, Cypriot media's suspension, an Israeli patient, an Israeli lawyer, "Related:",
    # "Comments are closed"), Monday 9 Feb
    ("ivf_israel.txt", "The tank's alarm sounded at 00:40 on Sunday, Israel time", None, O, "ivf_alarm", "cp0040"),
    ("ivf_israel.txt", "has treated Israeli patients since 2009", 2009, O, "ivf_founded", "cp2009"),
    ("ivf_israel.txt", "some 1,400 embryos were in the tank", 1400, CL, "ivf_embryos", "cl1380"),
    ("ivf_israel.txt", "they belonged to 731 patients", 731, CL, "ivf_patients", "cl731"),
    ("ivf_israel.txt", "the temperature climbed to about minus 150 degrees", -150, CL, "ivf_temp", "cl150"),
    ("ivf_israel.txt", "about 300 Israelis were among those affected", 300, ISR, "ivf_israelis", "isr300"),
    ("ivf_israel.txt", "The clinic put the number of its Israeli patients in the tank at 180", 180, CL,
     "ivf_israelis", "cl180"),
    ("ivf_israel.txt", "about 70 per cent of fertility patients come from abroad", 70, O, "ivf_foreign", "cp70"),
    ("ivf_israel.txt", "costs about €4,500, patients said", 4500, PATS, "ivf_price", "pats4500"),
    ("ivf_israel.txt", "to store new embryos for two months", 2, CYMED, "ivf_suspension", "cymed2m"),
    ("ivf_israel.txt", "We had six embryos there", 6, YAEL, "ivf_yael", "yael6"),
    ("ivf_israel.txt", "approached by 35 families", 35, ILAW, "ivf_ilaw_families", "ilaw35"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("aqua_doha.txt", "dozens of dying fish", None, WITS, "aqua_opt_dozens"),
    ("aqua_doha.txt", "lobby lights flickering from our balcony at 2am", None, "reader pearlresident_88",
     "aqua_opt_comment_2am"),
    ("aqua_wire.txt", "A temperature shock of that kind puts enormous stress on the joints", None, MAKER,
     "aqua_opt_stress"),
    ("aqua_wire.txt", "the largest his company had ever built outside Europe", None, MAKER, "aqua_opt_largest"),
    ("aqua_kochi.txt", "About 25 of them work in housekeeping and the kitchens", 25, NORKA, "aqua_opt_housekeeping"),
    ("aqua_kochi.txt", "She was discharged on Friday afternoon", None, "the nurse's family", "aqua_opt_discharged"),
    ("rat_board.txt", "It is too early to say whether there are more rats", None, LHIB, "rat_opt_too_early"),
    ("rat_sydney.txt", "every morning for six years", 6, RES, "rat_opt_six_years"),
    ("rat_sydney.txt", "A single pregnant female can undo nearly two decades of work", None, ECO, "rat_opt_decades"),
    ("rat_brisbane.txt", "a day and a half after a camera filmed a rat", 1.5, O, "rat_opt_day_and_half"),
    ("rat_nz.txt", "The first two weeks are decisive", 2, DOC, "rat_opt_two_weeks"),
    ("ivf_clinic.txt", "during the night of Saturday 7 to Sunday 8 February", None, CL, "ivf_opt_night"),
    ("ivf_london.txt", "less than half the typical price of private treatment in Britain", None, O,
     "ivf_opt_half_price"),
    ("ivf_london.txt", "Nobody from the clinic has called us yet", None, RACH, "ivf_opt_not_called"),
    ("ivf_israel.txt", "Cyprus and Israel keep the same clock in winter", None, O, "ivf_opt_same_clock"),
    ("ivf_israel.txt", "flown to Limassol four times since 2034", 4, YAEL, "ivf_opt_four_trips"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # aqua
    "aqua_time": {("hot0152", "gcd2am"): CO, ("hot0152", "wit0130"): C, ("hot0152", "fna2252"): CO,
                  ("hot0152", "mco0322"): C, ("gcd2am", "fna2252"): CO, ("gcd2am", "mco0322"): C,
                  ("wit0130", "fna2252"): C, ("wit0130", "mco0322"): C, ("fna2252", "mco0322"): C},
    "aqua_call": {("cd0158", "cd0158"): SC},
    "aqua_response": {("cd7", "wrk25"): C},
    "aqua_volume": {("hot1m", "fna264k"): CO, ("hot1m", "mak12m"): C, ("hot1m", "mco1000"): CO,
                    ("fna264k", "mco1000"): CO, ("mak12m", "mco1000"): C},
    "aqua_height": {("hot16", "fna16"): CO, ("hot16", "mak14"): C},
    "aqua_fish": {("hot1500", "hot1500"): SC, ("hot1500", "hot1720"): U, ("hot1500", "aq2000"): C,
                  ("hot1500", "mco1500"): CO, ("hot1720", "mco1500"): C, ("aq2000", "mco1500"): C},
    "aqua_species": {("hot80", "exp100"): C},
    "aqua_evac": {("hot387", "cd450"): C, ("hot387", "fna500"): C, ("cd450", "fna500"): CO},
    "aqua_evac_time": {("hot0430", "cd3h"): CO},
    "aqua_injured": {("hot2", "cd2"): CO, ("hot2", "hmc5"): C, ("hot2", "fna3"): C, ("cd2", "fna3"): C,
                     ("hmc5", "fna3"): CO, ("hmc5", "hmc5"): SC, ("cd2", "hmc5"): C},
    "aqua_guests_hurt": {("hotnoguest", "witguest"): C},
    "aqua_admitted": {("hot0", "hmc1"): C},
    "aqua_rescued": {("hot300", "qu150"): C, ("hot300", "hot300"): SC},
    "aqua_opened": {("hot2027", "gcd2028"): C, ("hot2027", "mco10y"): CO, ("gcd2028", "mco10y"): C},
    "aqua_hotel_opened": {("hot2026", "gcd2025"): C},
    "aqua_inspected": {("hotoct", "mak2033"): C},
    "aqua_cause": {("hotjoint", "maknot"): C},
    "aqua_water_temp": {("aq25", "mak19"): C},
    "aqua_rooms": {("hot292", "gcd300"): CO},
    "aqua_staff": {("hot540", "wrk600"): C},
    "aqua_thickness": {("mak26", "mco22"): C},
    "aqua_sharks": {("wits2", "wrk3"): C},
    "aqua_cost": {("gcd44m", "loc12m"): CO},
    "aqua_closure": {("hot3m", "ana1y"): C},
    "aqua_other_tanks": {("mun11", "cd9"): C},
    "aqua_flood": {("gcd40", "fna1m"): C},
    # rat
    "rat_time": {("lh0020", "hs2350"): CO, ("lh0020", "hs0020"): CO, ("lh0020", "cc0050"): C,
                 ("lh0020", "nz0150"): CO, ("hs2350", "cc0050"): C, ("hs0020", "cc0050"): C,
                 ("hs2350", "nz0150"): CO, ("hs0020", "nz0150"): CO, ("cc0050", "nz0150"): C},
    "rat_first_trap": {("lh0615", "lh0615"): SC, ("lh0615", "ccfri"): C},
    "rat_count": {("lh2", "lh2"): SC, ("lh2", "comm6"): C, ("lh2", "lh4"): U, ("comm6", "lh4"): C},
    "rat_species": {("lhblack", "musblack"): CO},
    "rat_sex": {("lhmale", "musfemale"): C, ("musfemale", "musfemale"): SC},
    "rat_traps": {("lh1200", "hs1250"): CO, ("lh1200", "cc900"): C, ("hs1250", "cc900"): C},
    "rat_zone": {("lh1km", "hs500"): C},
    "rat_dogs": {("lh3", "dog2"): C, ("lh3", "lh3"): SC},
    "rat_staff": {("lh18", "lh25"): U},
    "rat_origin": {("lhship", "shipnot"): C},
    "rat_fumigated": {("ship4", "portmay"): C},
    "rat_ship_call": {("lhmon", "ccsat"): C},
    "rat_camera_distance": {("lh50", "res200"): C},
    "rat_cap": {("lh400", "hs400"): CO, ("lh400", "cc450"): C, ("hs400", "cc450"): C},
    "rat_cancellations": {("lhnone", "tour60"): C},
    "rat_erad_year": {("lh2019", "hs2019"): CO, ("lh2019", "cc2018"): C, ("lh2019", "nz2019"): CO,
                      ("hs2019", "cc2018"): C, ("hs2019", "nz2019"): CO, ("cc2018", "nz2019"): C},
    "rat_bait": {("lh42", "nz22"): C},
    "rat_erad_cost": {("lh155", "hs155"): CO, ("lh155", "cc155"): CO, ("lh155", "nz165"): C,
                      ("hs155", "cc155"): CO, ("hs155", "nz165"): C, ("cc155", "nz165"): C},
    "rat_free_year": {("lh2021", "cc2020"): C},
    "rat_erad_kill": {("hs300k", "dochund"): CO},
    "rat_woodhens": {("eco500", "fri300"): C},
    "rat_residents": {("hs380", "cc350"): C},
    "rat_distance": {("hs700", "nz780"): C},
    "rat_funding": {("min850", "cc15m"): C},
    # ivf
    "ivf_alarm": {("cl0040", "lo_mid"): CO, ("cl0040", "law23"): C, ("cl0040", "ap2340"): C,
                  ("cl0040", "cp0040"): CO, ("lo_mid", "ap2340"): C, ("lo_mid", "cp0040"): CO,
                  ("law23", "ap2340"): C, ("law23", "cp0040"): C, ("ap2340", "cp0040"): C},
    "ivf_found": {("cl0710", "staff8"): C, ("cl0710", "cl0710"): SC},
    "ivf_specimens": {("cl2100", "cl2460"): U, ("cl2100", "law3000"): C, ("law3000", "cl2460"): C,
                      ("law3000", "law3000"): SC, ("cl2460", "cl2460"): SC},
    "ivf_patients": {("cl700", "cl731"): U, ("grp950", "cl731"): C, ("cl731", "cl731"): SC},
    "ivf_tanks": {("cl7", "staff9"): C},
    "ivf_tank_age": {("cl2031", "staff14"): C},
    "ivf_refill": {("clfri", "staffwed"): C},
    "ivf_temp": {("cl150", "law60"): C, ("cl150", "cl150"): SC},
    "ivf_normal_temp": {("cl196", "ap196"): CO},
    "ivf_hours": {("cl6h", "uk8h"): C},
    "ivf_embryos": {("cl1380", "ap1000"): C, ("cl1380", "cl1380"): SC},
    "ivf_israelis": {("cl180", "cl180"): SC, ("cl180", "isr300"): C},
    "ivf_british": {("cl70", "ap90"): C},
    "ivf_viable": {("cl40", "uk10"): C},
    "ivf_cause": {("cldialler", "firmoct"): C},
    "ivf_service": {("cldec", "firmmar"): C},
    "ivf_founded": {("cl2009", "lo2011"): C, ("cl2009", "cp2009"): CO, ("lo2011", "cp2009"): C},
    "ivf_suspension": {("cou30", "cymed2m"): C},
    "ivf_clinics": {("cou19", "ap25"): C},
    "ivf_cycles": {("cou12k", "ap9k"): C},
    "ivf_foreign": {("couhalf", "cp70"): CO},
    "ivf_price": {("ap3000", "pats4500"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
