"""Hand labels for bench/blind28 (a crush on the stairway of a hilltop temple near Hetauda, southern Nepal, on the last
day of its fair; an ice floe carrying smelt anglers that broke away off Starodubskoye on Russia's Sakhalin island; an
oxygen supply failure at a state hospital in Kaduna, northern Nigeria).
Run from the project root:
    /work/venv/bin/python bench/blind28/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
POLNP = "Nepal Police, Makwanpur district police office (Superintendent Bikram Adhikari)"
CDO = "District Administration Office, Makwanpur (Chief District Officer Sarita Koirala)"
MOHA = "Nepal's Ministry of Home Affairs"
HOSPNP = "Makwanpur Provincial Hospital (medical superintendent Dr Anjana Shrestha)"
TRUST = "Tilkeshwar Mai temple management committee (chairman Hari Bahadur Lama)"
NRCS = "Nepal Red Cross Society, Makwanpur chapter (secretary Sushil Pokharel)"
INDEMB = "Embassy of India in Kathmandu"
BIHAR = "Bihar state government"
SSB = "Sashastra Seema Bal, India's border guard"
TAMANG = "witness Krishna Bahadur Tamang (tea-stall owner at the upper gate)"
YADAV = "witness Sunita Yadav (pilgrim from Birgunj)"
MAHARJAN = "crowd-safety researcher Prof. Dinesh Maharjan (Tribhuvan University)"
HETAUDA = "Hetauda Sub-Metropolitan City"
DOENV = "Nepal's Department of Environment"
ORANGE = "Makwanpur Orange Growers' Cooperative"

EMER = "Russian Emergencies Ministry, Sakhalin directorate (spokeswoman Yelena Morozova)"
GOVSAK = "Sakhalin regional government (deputy governor Anton Belov)"
DOLINSK = "Dolinsk district administration"
HEALTHRU = "Sakhalin regional health ministry"
HOSPRU = "Dolinsk district hospital (chief doctor Marina Kim)"
HYDRO = "Sakhalin Hydrometeorological Centre (forecaster Anna Sidorenko)"
ANGLERS = "Sakhalin Amateur Anglers' Society (chairman Nikolai Ten)"
LEBEDEV = "angler Sergei Lebedev (walked ashore before the floe broke free)"
PAK = "angler Vladimir Pak (winched off the floe)"
JPCONS = "Consulate-General of Japan in Yuzhno-Sakhalinsk"
CITY = "Yuzhno-Sakhalinsk city hall"
SK = "Investigative Committee, Sakhalin branch"

MOHKD = "Kaduna State Ministry of Health (commissioner Dr Hauwa Bello)"
HOSPNG = "Barnawa Specialist Hospital management (CMD Dr Ibrahim Suleiman, spokesman Aliyu Garba)"
SUPPLIER = "Crescent Industrial Gases, the oxygen supplier (managing director Olumide Bakare)"
NMA = "Nigerian Medical Association, Kaduna branch (chairman Dr Chinedu Okafor)"
ARD = "Association of Resident Doctors at the hospital (president Dr Maryam Ibrahim)"
GOVKD = "Kaduna State government (governor's spokesman Yakubu Danladi)"
POLKD = "Kaduna State police"
POWER = "Northline Power Distribution, the electricity distributor"
FMOH = "Nigeria's federal health ministry"
NURSE = "a nurse on the hospital's medical ward (unnamed)"
ADEYEMI = "Dr Tunde Adeyemi, Manchester (brother of a patient)"
YUSUF = "Amina Yusuf (mother of a baby who died)"
TRAFFIC = "Kaduna State traffic agency"
GMC = "General Medical Council (UK)"
KSLG = "Kaduna South Local Government"
EXAMS = "Kaduna State Examinations Board"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- stampede: a crush on the stone stairway of the hilltop Tilkeshwar Mai temple outside Hetauda
    # (Makwanpur district, Bagmati Province, southern Nepal) on Sat 5 Dec 2026, the last day of its fair; the police
    # time 4:40 p.m. Nepal time (UTC+5:45) = 10:55 GMT = 4:25 p.m. IST (UTC+5:30, a quarter of an hour behind);
    # the Indian embassy says around 4:25 p.m. Indian time (the same moment), the district officer 4:40 p.m. (the
    # same moment), the temple committee shortly after 5 p.m., a pilgrim around 3:30
    # wire (SWN, date line), Saturday 5 December
    ("stampede_wire.txt", "killed 12 people", 12, POLNP, "stp_dead", "pol12"),
    ("stampede_wire.txt", "injured 46", 46, POLNP, "stp_injured", "pol46"),
    ("stampede_wire.txt", "at 4:40 p.m.", None, POLNP, "stp_time", "pol440"),
    ("stampede_wire.txt", "1055 GMT", None, POLNP, "stp_time", "pol440"),
    ("stampede_wire.txt", "Seven of the dead were women", 7, POLNP, "stp_women", "pol7w"),
    ("stampede_wire.txt", "about 3,000 people were on the stairway", 3000, POLNP, "stp_on_stairs", "pol3000"),
    ("stampede_wire.txt", "deployed 450 police officers", 450, POLNP, "stp_police", "pol450"),
    ("stampede_wire.txt", "Four children were among the dead", 4, CDO, "stp_children", "cdo4c"),
    ("stampede_wire.txt", "about 25,000 devotees", 25000, TRUST, "stp_crowd", "trust25k"),
    ("stampede_wire.txt", "a rumour that the doors would close at sunset", None, TRUST, "stp_cause", "trustrumour"),
    ("stampede_wire.txt", "The stairway passed a safety inspection last month", None, TRUST, "stp_inspection",
     "trustinspected"),
    ("stampede_wire.txt", "a stairway of about 1,100 steps", 1100, O, "stp_steps", "outw1100"),
    ("stampede_wire.txt", "drew about 180,000 visitors last year", 180000, HETAUDA, "stp_fair_last_year", "het180k"),
    ("stampede_wire.txt", "1 million rupees", 1000000, MOHA, "stp_comp", "moha1m"),
    ("stampede_wire.txt", "$7,500", 7500, MOHA, "stp_comp", "moha1m"),
    ("stampede_wire.txt", "killed 121 people", 121, O, "stp_hathras", "outhathras"),
    ("stampede_wire.txt", "about 80 km", 80, O, "stp_distance", "outw80"),
    ("stampede_wire.txt", "50 miles", 50, O, "stp_distance", "outw80"),
    # live blog (The Kathmandu Ledger, Nepal time, date glued to the headline), Sunday 6 December
    ("stampede_live.txt", "the toll rose to 17", 17, POLNP, "stp_dead", "pol17"),
    ("stampede_live.txt", "Three Indian pilgrims were among the dead", 3, POLNP, "stp_indian_dead", "pol3in"),
    ("stampede_live.txt", "five people remain missing", 5, POLNP, "stp_missing", "pol5m"),
    ("stampede_live.txt", "No lathi charge took place", None, POLNP, "stp_baton", "polnobaton"),
    ("stampede_live.txt", "more than 60,000 people", 60000, POLNP, "stp_crowd", "pol60k"),
    ("stampede_live.txt", "31 patients are still being treated", 31, HOSPNP, "stp_in_hospital", "hosp31"),
    ("stampede_live.txt", "six of them are in critical condition", 6, HOSPNP, "stp_critical", "hosp6c"),
    ("stampede_live.txt", "reached 182", 182, DOENV, "stp_aqi", "env182"),
    ("stampede_live.txt", "about 70 people were injured", 70, NRCS, "stp_injured", "nrcs70"),
    ("stampede_live.txt", "only 14 ambulances in all reached the foot of the hill", 14, NRCS, "stp_ambulances",
     "nrcs14"),
    ("stampede_live.txt", "nine of the 12 people who died on Saturday were women", 9, NRCS, "stp_women", "nrcs9w"),
    ("stampede_live.txt", "had warned the temple committee on Friday that the stairway was too crowded", None, NRCS,
     "stp_warning", "nrcswarned"),
    ("stampede_live.txt", "ordered the fair suspended", None, CDO, "stp_closure", "cdoordered"),
    ("stampede_live.txt", "never submitted a crowd-management plan", None, CDO, "stp_plan", "cdonoplan"),
    ("stampede_live.txt", "shortly after 5 p.m.", None, TRUST, "stp_time", "trust5"),
    ("stampede_live.txt", "some 80 kilometres south of Kathmandu", 80, O, "stp_distance", "outl80"),
    # broadcaster website (Kosi TV News, Patna, times in IST only, byline date only), Monday 7 December
    ("stampede_broadcast.txt", "Four Indian nationals were among the dead", 4, INDEMB, "stp_indian_dead", "emb4"),
    ("stampede_broadcast.txt", "around 4:25 pm Indian time", None, INDEMB, "stp_time", "emb425"),
    ("stampede_broadcast.txt", "17 people have died", 17, POLNP, "stp_dead", "pol17"),
    ("stampede_broadcast.txt", "at 4:25 pm IST on Saturday", None, POLNP, "stp_time", "pol440"),
    ("stampede_broadcast.txt", "still gave a toll of 12", 12, TRUST, "stp_dead", "trust12"),
    ("stampede_broadcast.txt", "only 15 people were hurt", 15, TRUST, "stp_injured", "trust15"),
    ("stampede_broadcast.txt", "every gate was open", None, TRUST, "stp_gates", "trustopen"),
    ("stampede_broadcast.txt", "Nobody raised any concern before the fair", None, TRUST, "stp_warning",
     "trustnoconcern"),
    ("stampede_broadcast.txt", "nine were critically injured", 9, MOHA, "stp_critical", "moha9c"),
    ("stampede_broadcast.txt", "six of those killed on Saturday were children", 6, NRCS, "stp_children", "nrcs6c"),
    ("stampede_broadcast.txt", "hundreds of people were pushing from behind", None, TAMANG, "stp_on_stairs",
     "tamanghundreds"),
    ("stampede_broadcast.txt", "started hitting people with bamboo sticks", None, TAMANG, "stp_baton",
     "tamangsticks"),
    ("stampede_broadcast.txt", "can safely hold about 800 people", 800, MAHARJAN, "stp_capacity", "exp800"),
    ("stampede_broadcast.txt", "only 2.5 metres wide", 2.5, MAHARJAN, "stp_width", "exp25"),
    ("stampede_broadcast.txt", "about 8 feet", 8, MAHARJAN, "stp_width", "exp25"),
    ("stampede_broadcast.txt", "funnelled everyone through a single gate", None, MAHARJAN, "stp_cause", "expgate"),
    ("stampede_broadcast.txt", "1,100 stone steps", 1100, O, "stp_steps", "outb1100"),
    ("stampede_broadcast.txt", "about 5,000 pilgrims from Bihar crossed at Raxaul", 5000, SSB, "stp_bihar_pilgrims",
     "ssb5000"),
    ("stampede_broadcast.txt", "1 million Nepali rupees", 1000000, MOHA, "stp_comp", "moha1m"),
    ("stampede_broadcast.txt", "about 6.25 lakh Indian rupees", 625000, MOHA, "stp_comp", "moha1m"),
    ("stampede_broadcast.txt", "Rs 4 lakh to the family of each pilgrim from Bihar who died", 400000, BIHAR,
     "stp_bihar_aid", "bihar4l"),
    # local weekly (The Hetauda Chronicle, masthead date only), Thursday 10 December
    ("stampede_local.txt", "the death toll has reached 19", 19, POLNP, "stp_dead", "pol19"),
    ("stampede_local.txt", "now put the number of injured at 58", 58, POLNP, "stp_injured", "pol58"),
    ("stampede_local.txt", "two people are still unaccounted for", 2, POLNP, "stp_missing", "pol2m"),
    ("stampede_local.txt", "a metal railing gave way under the weight of the crowd", None, POLNP, "stp_cause",
     "polrailing"),
    ("stampede_local.txt", "the Red Cross counts 21 dead", 21, NRCS, "stp_dead", "nrcs21"),
    ("stampede_local.txt", "at 4:40 p.m. on Saturday", None, CDO, "stp_time", "cdo440"),
    ("stampede_local.txt", "22 ambulances took the injured to hospital", 22, CDO, "stp_ambulances", "cdo22"),
    ("stampede_local.txt", "the stairway was never inspected", None, CDO, "stp_inspection", "cdonever"),
    ("stampede_local.txt", "11 remain in hospital", 11, HOSPNP, "stp_in_hospital", "hosp11"),
    ("stampede_local.txt", "submitted our crowd plan to the district office in October", None, TRUST, "stp_plan",
     "trustplan"),
    ("stampede_local.txt", "built for 2,000 people", 2000, TRUST, "stp_capacity", "trust2000"),
    ("stampede_local.txt", "four metres wide", 4, TRUST, "stp_width", "trust4m"),
    ("stampede_local.txt", "No more than 25,000 pilgrims came", 25000, TRUST, "stp_crowd", "trust25k"),
    ("stampede_local.txt", "barely 100 police officers were on duty", 100, TRUST, "stp_police", "trust100"),
    ("stampede_local.txt", "closed the temple of its own accord", None, TRUST, "stp_closure", "trustown"),
    ("stampede_local.txt", "around 3:30", None, YADAV, "stp_time", "yadav330"),
    ("stampede_local.txt", "The exit gate at the top was locked", None, YADAV, "stp_gates", "yadavlocked"),
    ("stampede_local.txt", "The temple's 900 steps", 900, O, "stp_steps", "outloc900"),
    ("stampede_local.txt", "expect a harvest of 18,000 tonnes", 18000, ORANGE, "stp_oranges", "orange18k"),
    ("stampede_local.txt", "blacktopped 12 km of the Hetauda-Bhimphedi road", 12, HETAUDA, "stp_road", "het12km"),

    # ---------------- icefloe: an ice floe carrying smelt anglers broke away off Starodubskoye (Gulf of Patience,
    # Dolinsk district, Sakhalin, Russia) on Sat 13 Feb 2027; the Emergencies Ministry's time 7:40 a.m. Sakhalin
    # time (UTC+11) = 20:40 GMT on Friday (the date changes) = 5:40 a.m. JST on Saturday (UTC+9); the Japanese
    # consulate says around 5:40 a.m. Japan time (the same moment), the anglers' society about 6:30 a.m.
    # wire (PNW, leading space, date and headline on one line), Saturday 13 February
    ("icefloe_wire.txt", "carrying 58 anglers", 58, EMER, "ice_on_floe", "emer58"),
    ("icefloe_wire.txt", "one angler drowned", 1, EMER, "ice_dead", "emer1"),
    ("icefloe_wire.txt", "at 7:40 a.m.", None, EMER, "ice_time", "emer740"),
    ("icefloe_wire.txt", "2040 GMT on Friday", None, EMER, "ice_time", "emer740"),
    ("icefloe_wire.txt", "about 3 kilometres long", 3, EMER, "ice_floe_size", "emer3"),
    ("icefloe_wire.txt", "nearly 2 miles", 2, EMER, "ice_floe_size", "emer3"),
    ("icefloe_wire.txt", "drifted about 2 km from the shore", 2, EMER, "ice_drift", "emer2km"),
    ("icefloe_wire.txt", "Three children were among those stranded", 3, EMER, "ice_children", "emer3c"),
    ("icefloe_wire.txt", "two Mi-8 helicopters", 2, EMER, "ice_helicopters", "emer2h"),
    ("icefloe_wire.txt", "more than 120 rescuers", 120, EMER, "ice_rescuers", "emer120"),
    ("icefloe_wire.txt", "had warned anglers on Friday to stay off the ice", None, EMER, "ice_warning",
     "emerwarned"),
    ("icefloe_wire.txt", "A strong offshore wind tore the ice from the shore", None, EMER, "ice_cause", "emerwind"),
    ("icefloe_wire.txt", "17 people were taken to hospital", 17, HEALTHRU, "ice_hospital", "health17"),
    ("icefloe_wire.txt", "There was hardly any wind", None, LEBEDEV, "ice_wind", "lebedevcalm"),
    ("icefloe_wire.txt", "It was minus 30 out there", -30, LEBEDEV, "ice_temperature", "lebedevm30"),
    ("icefloe_wire.txt", "the ice was 60 centimetres thick", 60, LEBEDEV, "ice_thickness", "lebedev60"),
    ("icefloe_wire.txt", "as many as 2,000 anglers go out on a winter weekend", 2000, ANGLERS, "ice_weekend",
     "anglers2000"),
    ("icefloe_wire.txt", "fines of up to 3,000 roubles", 3000, GOVSAK, "ice_fine", "gov3000"),
    ("icefloe_wire.txt", "$34", 34, GOVSAK, "ice_fine", "gov3000"),
    ("icefloe_wire.txt", "about 90 km", 90, O, "ice_distance", "outw90"),
    ("icefloe_wire.txt", "56 miles", 56, O, "ice_distance", "outw90"),
    # live blog (The Island Observer, Sakhalin time, date line), Sunday 14 February
    ("icefloe_live.txt", "raised the death toll to two", 2, EMER, "ice_dead", "emer2"),
    ("icefloe_live.txt", "four people remain missing", 4, EMER, "ice_missing", "emer4m"),
    ("icefloe_live.txt", "a total of 74 people had been on the floe", 74, EMER, "ice_on_floe", "emer74"),
    ("icefloe_live.txt", "41 people were lifted off by helicopter", 41, EMER, "ice_rescued", "emer41"),
    ("icefloe_live.txt", "About 150 rescuers", 150, EMER, "ice_rescuers", "emer150"),
    ("icefloe_live.txt", "was only 20 cm thick", 20, EMER, "ice_thickness", "emer20cm"),
    ("icefloe_live.txt", "23 people have now been treated in hospital", 23, HEALTHRU, "ice_hospital", "health23"),
    ("icefloe_live.txt", "five of them have frostbite", 5, HEALTHRU, "ice_frostbite", "health5"),
    ("icefloe_live.txt", "removed 36,000 cubic metres of snow overnight", 36000, CITY, "ice_snow", "city36k"),
    ("icefloe_live.txt", "no more than 1.5 km long", 1.5, HYDRO, "ice_floe_size", "hydro15"),
    ("icefloe_live.txt", "gusts of up to 15 metres per second", 15, HYDRO, "ice_wind", "hydro15ms"),
    ("icefloe_live.txt", "minus 18 degrees", -18, HYDRO, "ice_temperature", "hydrom18"),
    ("icefloe_live.txt", "at about 6:30 a.m.", None, ANGLERS, "ice_time", "anglers630"),
    ("icefloe_live.txt", "Nobody told us the ice was unsafe", None, ANGLERS, "ice_warning", "anglersnowarning"),
    ("icefloe_live.txt", "a fishing trawler passed close to the shore and broke up the ice", None, PAK, "ice_cause",
     "pakship"),
    ("icefloe_live.txt", "we were 6 kilometres out", 6, PAK, "ice_drift", "pak6"),
    ("icefloe_live.txt", "was banned from February 10", None, GOVSAK, "ice_ban", "govban"),
    ("icefloe_live.txt", "one Japanese citizen was among the anglers", 1, GOVSAK, "ice_japanese", "gov1jp"),
    ("icefloe_live.txt", "500,000 roubles to the family of each victim", 500000, GOVSAK, "ice_comp", "gov500k"),
    ("icefloe_live.txt", "12 million roubles", 12000000, GOVSAK, "ice_rescue_cost", "gov12m"),
    ("icefloe_live.txt", "a smelt-fishing contest was under way", None, DOLINSK, "ice_contest", "dolinskcontest"),
    ("icefloe_live.txt", "some 90 kilometres north of Yuzhno-Sakhalinsk", 90, O, "ice_distance", "outl90"),
    # broadcaster website (HNB, Sapporo, times in JST only, byline date only), Monday 15 February
    ("icefloe_broadcast.txt", "two Japanese nationals were among those rescued", 2, JPCONS, "ice_japanese", "jpcons2"),
    ("icefloe_broadcast.txt", "around 5:40 in the morning, Japan time", None, JPCONS, "ice_time", "jpcons540"),
    ("icefloe_broadcast.txt", "About 280 Japanese nationals live on Sakhalin", 280, JPCONS, "ice_jp_residents",
     "jpcons280"),
    ("icefloe_broadcast.txt", "some 3 km long", 3, EMER, "ice_floe_size", "emer3"),
    ("icefloe_broadcast.txt", "at 5:40 a.m. Japan time on Saturday", None, EMER, "ice_time", "emer740"),
    ("icefloe_broadcast.txt", "74 people were stranded on the floe", 74, EMER, "ice_on_floe", "emer74"),
    ("icefloe_broadcast.txt", "Two anglers died", 2, EMER, "ice_dead", "emer2"),
    ("icefloe_broadcast.txt", "two people are still missing", 2, EMER, "ice_missing", "emer2m"),
    ("icefloe_broadcast.txt", "six anglers are still unaccounted for", 6, DOLINSK, "ice_missing", "dolinsk6m"),
    ("icefloe_broadcast.txt", "no ban was in force", None, DOLINSK, "ice_ban", "dolinsknoban"),
    ("icefloe_broadcast.txt", "more than 100 anglers were on the floe", 100, ANGLERS, "ice_on_floe", "anglers100"),
    ("icefloe_broadcast.txt", "three men drowned", 3, ANGLERS, "ice_dead", "anglers3"),
    ("icefloe_broadcast.txt", "no contest was held", None, ANGLERS, "ice_contest", "anglersnocontest"),
    ("icefloe_broadcast.txt", "helicopters rescued 52 people", 52, GOVSAK, "ice_rescued", "gov52"),
    ("icefloe_broadcast.txt", "four helicopters", 4, GOVSAK, "ice_helicopters", "gov4h"),
    ("icefloe_broadcast.txt", "five children were on the floe", 5, GOVSAK, "ice_children", "gov5c"),
    ("icefloe_broadcast.txt", "the alert was sent to every phone in the district", None, GOVSAK, "ice_warning",
     "govsms"),
    ("icefloe_broadcast.txt", "about 20 million yen", 20000000, GOVSAK, "ice_rescue_cost", "gov12m"),
    ("icefloe_broadcast.txt", "only nine people needed hospital treatment", 9, GOVSAK, "ice_hospital", "gov9"),
    ("icefloe_broadcast.txt", "11 people with frostbite", 11, HEALTHRU, "ice_frostbite", "health11"),
    ("icefloe_broadcast.txt", "gusts of about 54 km/h", 54, HYDRO, "ice_wind", "hydro15ms"),
    ("icefloe_broadcast.txt", "minus 18 degrees Celsius", -18, HYDRO, "ice_temperature", "hydrom18"),
    ("icefloe_broadcast.txt", "it was not the wind but a sudden thaw that loosened the ice", None, HYDRO, "ice_cause",
     "hydrothaw"),
    ("icefloe_broadcast.txt", "3,000 roubles", 3000, GOVSAK, "ice_fine", "gov3000"),
    ("icefloe_broadcast.txt", "about 5,000 yen", 5000, GOVSAK, "ice_fine", "gov3000"),
    ("icefloe_broadcast.txt", "500,000 roubles", 500000, GOVSAK, "ice_comp", "gov500k"),
    ("icefloe_broadcast.txt", "about 850,000 yen", 850000, GOVSAK, "ice_comp", "gov500k"),

    # ---------------- oxygen: the oxygen supply to the ICU, neonatal unit and two medical wards of the state-run
    # Barnawa Specialist Hospital in Kaduna (northern Nigeria) failed before dawn on Tue 10 Nov 2026; the health
    # ministry's time 3:50 a.m. West Africa Time (UTC+1) = 02:50 GMT = 2:50 a.m. UK time (the UK is back on GMT);
    # a patient's brother in Manchester says ten to three in the morning UK time (the same moment), the hospital
    # around 5 a.m., a nurse shortly after midnight
    # wire (AWN, date line), Tuesday 10 November
    ("oxygen_wire.txt", "killing nine patients", 9, MOHKD, "oxy_dead", "moh9"),
    ("oxygen_wire.txt", "four of them newborns", 4, MOHKD, "oxy_babies", "moh4b"),
    ("oxygen_wire.txt", "at about 3:50 a.m.", None, MOHKD, "oxy_time", "moh350"),
    ("oxygen_wire.txt", "0250 GMT", None, MOHKD, "oxy_time", "moh350"),
    ("oxygen_wire.txt", "23 patients were moved to other hospitals", 23, MOHKD, "oxy_transferred", "moh23"),
    ("oxygen_wire.txt", "32 patients were on oxygen", 32, HOSPNG, "oxy_on_oxygen", "hosp32"),
    ("oxygen_wire.txt", "A power cut shut down the hospital's oxygen plant", None, HOSPNG, "oxy_power", "hosppower"),
    ("oxygen_wire.txt", "the supply was restored within 40 minutes", 40, HOSPNG, "oxy_duration", "hosp40"),
    ("oxygen_wire.txt", "delivered a full tank on Saturday", None, SUPPLIER, "oxy_last_delivery", "supsat"),
    ("oxygen_wire.txt", "38 oxygen plants", 38, FMOH, "oxy_plants_built", "fmoh38"),
    ("oxygen_wire.txt", "produces about 40 cylinders a day", 40, FMOH, "oxy_plant_output", "fmoh40"),
    ("oxygen_wire.txt", "costs about 25,000 naira", 25000, O, "oxy_price", "outw25k"),
    ("oxygen_wire.txt", "$16", 16, O, "oxy_price", "outw25k"),
    ("oxygen_wire.txt", "The 400-bed hospital", 400, O, "oxy_beds", "outw400"),
    ("oxygen_wire.txt", "about 190 km", 190, O, "oxy_distance", "outw190"),
    ("oxygen_wire.txt", "120 miles", 120, O, "oxy_distance", "outw190"),
    # live blog (Kaduna Mirror, West Africa Time, date glued to the headline), Wednesday 11 November
    ("oxygen_live.txt", "the toll had risen to 14", 14, MOHKD, "oxy_dead", "moh14"),
    ("oxygen_live.txt", "at least 20 patients died", 20, ARD, "oxy_dead", "ard20"),
    ("oxygen_live.txt", "There were no backup cylinders on the ward", None, ARD, "oxy_backup", "ardnobackup"),
    ("oxygen_live.txt", "ordered the suspension of the chief medical director", None, GOVKD, "oxy_cmd",
     "govsuspend"),
    ("oxygen_live.txt", "given 14 days to report", 14, GOVKD, "oxy_panel", "govpanel14"),
    ("oxygen_live.txt", "5 million naira to each bereaved family", 5000000, GOVKD, "oxy_comp", "gov5m"),
    ("oxygen_live.txt", "the tank holds 10,000 litres of liquid oxygen", 10000, SUPPLIER, "oxy_tank", "sup10k"),
    ("oxygen_live.txt", "The hospital owes us 48 million naira", 48000000, SUPPLIER, "oxy_debt", "sup48"),
    ("oxygen_live.txt", "we transferred 11 patients", 11, HOSPNG, "oxy_transferred", "hosp11"),
    ("oxygen_live.txt", "12 patients remain in intensive care", 12, HOSPNG, "oxy_icu", "hosp12icu"),
    ("oxygen_live.txt", "around 5 a.m.", None, HOSPNG, "oxy_time", "hosp5"),
    ("oxygen_live.txt", "no delivery had arrived since the end of October", None, HOSPNG, "oxy_last_delivery",
     "hospnodelivery"),
    ("oxygen_live.txt", "can fill 120 cylinders a day", 120, HOSPNG, "oxy_plant_output", "hosp120"),
    ("oxygen_live.txt", "impounded 64 commercial motorcycles", 64, TRAFFIC, "oxy_okada", "traffic64"),
    ("oxygen_live.txt", "six babies died in the neonatal unit", 6, NMA, "oxy_babies", "nma6b"),
    ("oxygen_live.txt", "the tank had simply run dry", None, NMA, "oxy_cause", "nmadry"),
    # broadcaster website (Kingsway Broadcasting Africa, London, times in GMT only, byline date only), Thursday 12 Nov
    ("oxygen_broadcast.txt", "at ten to three in the morning UK time", None, ADEYEMI, "oxy_time", "adeyemi"),
    ("oxygen_broadcast.txt", "at 2:50am GMT on Tuesday", None, MOHKD, "oxy_time", "moh350"),
    ("oxygen_broadcast.txt", "14 patients have died", 14, MOHKD, "oxy_dead", "moh14"),
    ("oxygen_broadcast.txt", "only seven patients died", 7, HOSPNG, "oxy_dead", "hosp7"),
    ("oxygen_broadcast.txt", "backup cylinders were connected within minutes", None, HOSPNG, "oxy_backup",
     "hospbackup"),
    ("oxygen_broadcast.txt", "eight nurses were on duty that night", 8, HOSPNG, "oxy_nurses", "hosp8n"),
    ("oxygen_broadcast.txt", "more than 60 patients depended on piped oxygen", 60, ARD, "oxy_on_oxygen", "ard60"),
    ("oxygen_broadcast.txt", "patients went without oxygen for four hours", 4, ARD, "oxy_duration", "ard4h"),
    ("oxygen_broadcast.txt", "had warned management in writing about the oxygen supply", None, NMA, "oxy_warning",
     "nmawarned"),
    ("oxygen_broadcast.txt", "about 2,200 gallons", 2200, SUPPLIER, "oxy_tank", "sup10k"),
    ("oxygen_broadcast.txt", "48 million naira", 48000000, SUPPLIER, "oxy_debt", "sup48"),
    ("oxygen_broadcast.txt", "about £23,000", 23000, SUPPLIER, "oxy_debt", "sup48"),
    ("oxygen_broadcast.txt", "staff switched the manifold to an empty bank of cylinders", None, SUPPLIER, "oxy_cause",
     "supmanifold"),
    ("oxygen_broadcast.txt", "all invoices had been paid", None, GOVKD, "oxy_debt", "govpaid"),
    ("oxygen_broadcast.txt", "two staff members were arrested", 2, POLKD, "oxy_arrests", "pol2"),
    ("oxygen_broadcast.txt", "5 million naira", 5000000, GOVKD, "oxy_comp", "gov5m"),
    ("oxygen_broadcast.txt", "about £2,400", 2400, GOVKD, "oxy_comp", "gov5m"),
    ("oxygen_broadcast.txt", "I paid 60,000 naira for one cylinder", 60000, YUSUF, "oxy_price", "yusuf60k"),
    ("oxygen_broadcast.txt", "some 120 miles north of Abuja", 120, O, "oxy_distance", "outb120"),
    ("oxygen_broadcast.txt", "More than 11,000 Nigerian-trained doctors", 11000, GMC, "oxy_uk_doctors", "gmc11k"),
    # local weekly (The Kaduna Clarion, leading space, date and masthead on one line), Monday 16 November
    ("oxygen_local.txt", "the death toll has risen to 16", 16, MOHKD, "oxy_dead", "moh16"),
    ("oxygen_local.txt", "47 patients were on oxygen", 47, MOHKD, "oxy_on_oxygen", "moh47"),
    ("oxygen_local.txt", "a failed pressure regulator", None, MOHKD, "oxy_cause", "mohregulator"),
    ("oxygen_local.txt", "has 30 days to report", 30, MOHKD, "oxy_panel", "moh30"),
    ("oxygen_local.txt", "the NMA counts 19 dead", 19, NMA, "oxy_dead", "nma19"),
    ("oxygen_local.txt", "raised the payment to 10 million naira", 10000000, GOVKD, "oxy_comp", "gov10m"),
    ("oxygen_local.txt", "shortly after midnight", None, NURSE, "oxy_time", "nurse12"),
    ("oxygen_local.txt", "We had no oxygen for almost three hours", 3, NURSE, "oxy_duration", "nurse3h"),
    ("oxygen_local.txt", "only three nurses on the ward", 3, NURSE, "oxy_nurses", "nurse3n"),
    ("oxygen_local.txt", "We have 250 beds", 250, HOSPNG, "oxy_beds", "hosp250"),
    ("oxygen_local.txt", "Two of the dead were babies", 2, HOSPNG, "oxy_babies", "hosp2b"),
    ("oxygen_local.txt", "a 6,000-litre tank", 6000, HOSPNG, "oxy_tank", "hosp6k"),
    ("oxygen_local.txt", "five remain in intensive care", 5, HOSPNG, "oxy_icu", "hosp5icu"),
    ("oxygen_local.txt", "We owe the supplier 31 million naira", 31000000, HOSPNG, "oxy_debt", "hosp31m"),
    ("oxygen_local.txt", "the CMD stepped aside voluntarily", None, HOSPNG, "oxy_cmd", "hospvoluntary"),
    ("oxygen_local.txt", "no complaint about oxygen ever reached management", None, HOSPNG, "oxy_warning",
     "hospnocomplaint"),
    ("oxygen_local.txt", "no member of staff has been arrested", None, HOSPNG, "oxy_arrests", "hospnoarrest"),
    ("oxygen_local.txt", "the hospital's feeder was never interrupted", None, POWER, "oxy_power", "powerno"),
    ("oxygen_local.txt", "repaired 45 boreholes", 45, KSLG, "oxy_boreholes", "kslg45"),
    ("oxygen_local.txt", "registered 2,300 candidates", 2300, EXAMS, "oxy_exams", "exams2300"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("stampede_wire.txt", "at least three hospitals", 3, CDO, "stp_opt_hospitals"),
    ("stampede_wire.txt", "sent hundreds of people hurrying up the last flight of steps", None, TRUST,
     "stp_opt_hurrying"),
    ("stampede_wire.txt", "a high-level team would fly to Hetauda on Sunday", None, "Prime Minister's office",
     "stp_opt_team"),
    ("stampede_live.txt", "Two more of the injured died overnight", 2, POLNP, "stp_opt_more_dead"),
    ("stampede_live.txt", "three bodies were recovered", 3, POLNP, "stp_opt_bodies"),
    ("stampede_live.txt", "more than twice the committee's figure", 2, O, "stp_opt_twice"),
    ("stampede_live.txt", "killed 12 people and injured 46", 12, POLNP, "stp_opt_restated_toll"),
    ("stampede_live.txt", "began at 4:40 p.m. on Saturday", None, POLNP, "stp_opt_restated_time"),
    ("stampede_live.txt", "1 million rupees per family", 1000000, MOHA, "stp_opt_restated_comp"),
    ("stampede_live.txt", "they let 40,000 people in that day", 40000, "reader ramesh_htd", "stp_opt_reader"),
    ("stampede_live.txt", "waited 6 hours", 6, "reader BiharSe_Hoon", "stp_opt_reader"),
    ("stampede_live.txt", "The ropeway ticket is 700 rupees", 700, "reader Anita K.", "stp_opt_reader"),
    ("stampede_broadcast.txt", "opened a helpline for families", None, INDEMB, "stp_opt_helpline"),
    ("stampede_broadcast.txt", "In thirty years we never had an accident", 30, TRUST, "stp_opt_thirty_years"),
    ("stampede_local.txt", "including two pilgrims who died after being taken home to India", 2, NRCS,
     "stp_opt_died_home"),
    ("stampede_local.txt", "sending dozens of people tumbling onto the steps below", None, POLNP, "stp_opt_dozens"),
    ("stampede_local.txt", "one of them on a ventilator", 1, HOSPNP, "stp_opt_ventilator"),
    ("stampede_local.txt", "rebuilt with government money in 2014", None, TRUST, "stp_opt_rebuilt"),
    ("stampede_local.txt", "Sunita Yadav, 38", 38, YADAV, "stp_opt_age"),
    ("stampede_local.txt", "for 22 years", 22, "reader Bishnu Maya Pudasaini", "stp_opt_reader"),
    ("stampede_local.txt", "hired 60 volunteers", 60, "reader Bishnu Maya Pudasaini", "stp_opt_reader"),
    ("stampede_local.txt", "no more than ten", 10, "reader Bishnu Maya Pudasaini", "stp_opt_reader"),
    ("icefloe_wire.txt", "Sergei Lebedev, 44", 44, LEBEDEV, "ice_opt_age"),
    ("icefloe_wire.txt", "a winter pastime for thousands of people on Sakhalin", None, O, "ice_opt_thousands"),
    ("icefloe_live.txt", "not 58 as it said on Saturday", 58, EMER, "ice_opt_restated_58"),
    ("icefloe_live.txt", "one man is in intensive care", 1, HOSPRU, "ice_opt_intensive_care"),
    ("icefloe_live.txt", "Vladimir Pak, 51", 51, PAK, "ice_opt_age"),
    ("icefloe_live.txt", "spent five hours on the floe", 5, PAK, "ice_opt_hours"),
    ("icefloe_live.txt", "has opened a criminal case for negligence causing death", None, SK, "ice_opt_case"),
    ("icefloe_live.txt", "it now says 74", 74, EMER, "ice_opt_restated_74"),
    ("icefloe_live.txt", "17 people had been taken to hospital", 17, HEALTHRU, "ice_opt_restated_17"),
    ("icefloe_live.txt", "Dozens of cars were still out on the ice", None, "reader Sakh_Rybak", "ice_opt_reader"),
    ("icefloe_live.txt", "for 40 years", 40, "reader Irina D.", "ice_opt_reader"),
    ("icefloe_live.txt", "400 roubles a kilo", 400, "reader korsakov_guy", "ice_opt_reader"),
    ("icefloe_broadcast.txt", "Two anglers from Hokkaido were pulled off an ice floe", 2, JPCONS,
     "ice_opt_restated_japanese"),
    ("icefloe_broadcast.txt", "both men in their sixties", None, JPCONS, "ice_opt_sixties"),
    ("icefloe_broadcast.txt", "about 43 km across the La Perouse Strait", 43, O, "ice_opt_strait"),
    ("oxygen_wire.txt", "would announce a panel of inquiry on Wednesday", None, GOVKD, "oxy_opt_panel_announced"),
    ("oxygen_live.txt", "five more patients died", 5, MOHKD, "oxy_opt_five_more"),
    ("oxygen_live.txt", "A seven-member panel", 7, GOVKD, "oxy_opt_panel_size"),
    ("oxygen_live.txt", "was full on Saturday", None, SUPPLIER, "oxy_opt_restated_full"),
    ("oxygen_live.txt", "nine patients died, four of them newborns", 9, MOHKD, "oxy_opt_restated_toll"),
    ("oxygen_live.txt", "32 patients were on oxygen at the time", 32, HOSPNG, "oxy_opt_restated_on_oxygen"),
    ("oxygen_live.txt", "paid 35,000 naira for a cylinder", 35000, "reader Zainab_KD", "oxy_opt_reader"),
    ("oxygen_live.txt", "took light at 2am", None, "reader Engr Tunde", "oxy_opt_reader"),
    ("oxygen_live.txt", "3,000 naira", 3000, "reader Baba Sadiq", "oxy_opt_reader"),
    ("oxygen_broadcast.txt", "three-week-old daughter", 3, YUSUF, "oxy_opt_age"),
    ("oxygen_local.txt", "including three patients it says were discharged and died at home", 3, NMA,
     "oxy_opt_died_home"),
    ("oxygen_local.txt", "Two more patients who were moved", 2, MOHKD, "oxy_opt_two_more"),
    ("oxygen_local.txt", "not the two weeks announced at Government House", None, MOHKD, "oxy_opt_restated_panel"),
    ("oxygen_local.txt", "for more than forty patients", 40, NURSE, "oxy_opt_forty"),
    ("oxygen_local.txt", "spent 11 days at Barnawa in 2023", 11, "reader Hajiya Rakiya Musa", "oxy_opt_reader"),
    ("oxygen_local.txt", "18,000 naira each", 18000, "reader Hajiya Rakiya Musa", "oxy_opt_reader"),
    ("oxygen_local.txt", "donated 20 cylinders", 20, "reader Rev. Joseph Gambo", "oxy_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # stampede
    "stp_dead": {("pol12", "pol17"): U, ("pol12", "trust12"): CO, ("pol12", "pol19"): U, ("pol12", "nrcs21"): C,
                 ("pol17", "pol17"): SC, ("pol17", "trust12"): C, ("pol17", "pol19"): U, ("pol17", "nrcs21"): C,
                 ("trust12", "pol19"): C, ("trust12", "nrcs21"): C},
    "stp_injured": {("pol46", "nrcs70"): C, ("pol46", "trust15"): C, ("pol46", "pol58"): U, ("nrcs70", "trust15"): C,
                    ("nrcs70", "pol58"): C, ("trust15", "pol58"): C},
    "stp_in_hospital": {("hosp31", "hosp11"): U},
    "stp_critical": {("hosp6c", "moha9c"): C},
    "stp_women": {("pol7w", "nrcs9w"): C},
    "stp_children": {("cdo4c", "nrcs6c"): C},
    "stp_indian_dead": {("pol3in", "emb4"): C},
    "stp_missing": {("pol5m", "pol2m"): U},
    "stp_crowd": {("trust25k", "pol60k"): C, ("trust25k", "trust25k"): SC},
    "stp_on_stairs": {("pol3000", "tamanghundreds"): C},
    "stp_capacity": {("exp800", "trust2000"): C},
    "stp_width": {("exp25", "trust4m"): C},
    "stp_police": {("pol450", "trust100"): C},
    "stp_ambulances": {("nrcs14", "cdo22"): C},
    "stp_time": {("pol440", "trust5"): C, ("pol440", "pol440"): SC, ("pol440", "emb425"): CO, ("pol440", "cdo440"): CO,
                 ("pol440", "yadav330"): C, ("trust5", "emb425"): C, ("trust5", "cdo440"): C,
                 ("trust5", "yadav330"): C, ("emb425", "cdo440"): CO, ("emb425", "yadav330"): C},
    "stp_cause": {("trustrumour", "expgate"): C, ("trustrumour", "polrailing"): C, ("expgate", "polrailing"): C},
    "stp_baton": {("polnobaton", "tamangsticks"): C},
    "stp_plan": {("cdonoplan", "trustplan"): C},
    "stp_closure": {("cdoordered", "trustown"): C},
    "stp_warning": {("nrcswarned", "trustnoconcern"): C},
    "stp_gates": {("trustopen", "yadavlocked"): C},
    "stp_inspection": {("trustinspected", "cdonever"): C},
    "stp_comp": {("moha1m", "moha1m"): SC},
    "stp_steps": {("outw1100", "outb1100"): CO, ("outw1100", "outloc900"): C, ("outb1100", "outloc900"): C},
    "stp_distance": {("outw80", "outl80"): CO},
    # icefloe
    "ice_on_floe": {("emer58", "emer74"): U, ("emer58", "anglers100"): C, ("emer74", "emer74"): SC,
                    ("emer74", "anglers100"): C},
    "ice_dead": {("emer1", "emer2"): U, ("emer1", "anglers3"): C, ("emer2", "emer2"): SC, ("emer2", "anglers3"): C},
    "ice_missing": {("emer4m", "emer2m"): U, ("emer4m", "dolinsk6m"): C},
    "ice_rescued": {("emer41", "gov52"): C},
    "ice_hospital": {("health17", "health23"): U, ("health17", "gov9"): C, ("health23", "gov9"): C},
    "ice_frostbite": {("health5", "health11"): U},
    "ice_children": {("emer3c", "gov5c"): C},
    "ice_japanese": {("gov1jp", "jpcons2"): C},
    "ice_floe_size": {("emer3", "hydro15"): C, ("emer3", "emer3"): SC},
    "ice_drift": {("emer2km", "pak6"): C},
    "ice_wind": {("lebedevcalm", "hydro15ms"): C, ("hydro15ms", "hydro15ms"): SC},
    "ice_temperature": {("lebedevm30", "hydrom18"): C, ("hydrom18", "hydrom18"): SC},
    "ice_thickness": {("lebedev60", "emer20cm"): C},
    "ice_time": {("emer740", "anglers630"): C, ("emer740", "emer740"): SC, ("emer740", "jpcons540"): CO,
                 ("anglers630", "jpcons540"): C},
    "ice_warning": {("emerwarned", "anglersnowarning"): C, ("emerwarned", "govsms"): CO,
                    ("anglersnowarning", "govsms"): C},
    "ice_ban": {("govban", "dolinsknoban"): C},
    "ice_cause": {("emerwind", "pakship"): C, ("emerwind", "hydrothaw"): C, ("pakship", "hydrothaw"): C},
    "ice_contest": {("dolinskcontest", "anglersnocontest"): C},
    "ice_helicopters": {("emer2h", "gov4h"): C},
    "ice_rescuers": {("emer120", "emer150"): U},
    "ice_fine": {("gov3000", "gov3000"): SC},
    "ice_comp": {("gov500k", "gov500k"): SC},
    "ice_rescue_cost": {("gov12m", "gov12m"): SC},
    "ice_distance": {("outw90", "outl90"): CO},
    # oxygen
    "oxy_dead": {("moh9", "moh14"): U, ("moh9", "ard20"): C, ("moh9", "hosp7"): C, ("moh9", "moh16"): U,
                 ("moh9", "nma19"): C, ("moh14", "moh14"): SC, ("moh14", "hosp7"): C, ("moh14", "moh16"): U,
                 ("moh14", "nma19"): C, ("ard20", "moh14"): C, ("ard20", "hosp7"): C, ("ard20", "moh16"): C,
                 ("ard20", "nma19"): C, ("hosp7", "moh16"): C, ("hosp7", "nma19"): C},
    "oxy_babies": {("moh4b", "nma6b"): C, ("moh4b", "hosp2b"): C, ("nma6b", "hosp2b"): C},
    "oxy_on_oxygen": {("hosp32", "ard60"): C, ("hosp32", "moh47"): C, ("ard60", "moh47"): C},
    "oxy_transferred": {("moh23", "hosp11"): C},
    "oxy_icu": {("hosp12icu", "hosp5icu"): U},
    "oxy_time": {("moh350", "hosp5"): C, ("moh350", "moh350"): SC, ("moh350", "adeyemi"): CO, ("moh350", "nurse12"): C,
                 ("hosp5", "adeyemi"): C, ("hosp5", "nurse12"): C, ("adeyemi", "nurse12"): C},
    "oxy_duration": {("hosp40", "ard4h"): C, ("hosp40", "nurse3h"): C, ("ard4h", "nurse3h"): C},
    "oxy_nurses": {("hosp8n", "nurse3n"): C},
    "oxy_tank": {("sup10k", "sup10k"): SC, ("sup10k", "hosp6k"): C},
    "oxy_plant_output": {("fmoh40", "hosp120"): C},
    "oxy_last_delivery": {("supsat", "hospnodelivery"): C},
    "oxy_debt": {("sup48", "sup48"): SC, ("sup48", "govpaid"): C, ("sup48", "hosp31m"): C, ("govpaid", "hosp31m"): C},
    "oxy_power": {("hosppower", "powerno"): C},
    "oxy_cause": {("nmadry", "supmanifold"): C, ("nmadry", "mohregulator"): C, ("supmanifold", "mohregulator"): C},
    "oxy_backup": {("ardnobackup", "hospbackup"): C},
    "oxy_warning": {("nmawarned", "hospnocomplaint"): C},
    "oxy_cmd": {("govsuspend", "hospvoluntary"): C},
    "oxy_arrests": {("pol2", "hospnoarrest"): C},
    "oxy_panel": {("govpanel14", "moh30"): C},
    "oxy_comp": {("gov5m", "gov5m"): SC, ("gov5m", "gov10m"): U},
    "oxy_price": {("outw25k", "yusuf60k"): C},
    "oxy_beds": {("outw400", "hosp250"): C},
    "oxy_distance": {("outw190", "outb120"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
