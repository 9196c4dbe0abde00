"""Hand labels for bench/blind23 (a grain silo explosion at a river port in Argentina's Santa Fe province; desert
locust swarms destroying crops in Pakistan's Sindh province; carbon monoxide poisoning at a wedding hall in Iran's
Golestan province).
Run from the project root:
    /work/venv/bin/python bench/blind23/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

UC = [U, CO]  # same claimant: a rounded or vague figure followed by a later, larger or exact one

# claimants, spelled once
PROV = "Santa Fe provincial government (Security Minister Marcela Ferraro)"
FIRE = "San Ambrosio volunteer fire brigade (chief Walter Giménez)"
AGRO = "Agroexport Litoral S.A., the terminal operator (spokesman Federico Arrieta)"
UNION = "grain handlers' union, San Ambrosio section (secretary general Ramón Quiroga)"
HOSP = "San Ambrosio Regional Hospital (director Dr Analía Peralta)"
WELD = "Metalúrgica Pavón SRL, the welding subcontractor (owner Jorge Pavón)"
LAB = "Santa Fe provincial Labour Ministry"
PROS = "prosecutor Lucía Benedetti (Santa Fe)"
PORT = "San Ambrosio port authority (president Esteban Corvalán)"
MAYOR = "San Ambrosio mayor Oscar Villalba"
CHAMBER = "Paraná Grain Exporters' Chamber (director Gustavo Lanari)"
TRUCK = "Santa Fe Cargo Truckers' Federation (Darío Funes)"
SURV = "injured worker Matías Cardozo"
EXCH = "Bolsa de Cereales del Litoral grain exchange"
CORD = "Córdoba provincial civil defence"

SAD = "Sindh Agriculture Department (agriculture secretary Nadeem Ahmed Shaikh)"
DPP = "Department of Plant Protection, Pakistan (director general Shahid Nawaz Khattak)"
FEDMIN = "Pakistan's federal Ministry of National Food Security"
SGA = "Sindh Growers' Alliance (president Mir Ghulam Qadir Talpur)"
HRF = "Haari Rights Forum (Mai Jannat Kolhi)"
FAO = "UN Food and Agriculture Organization (FAO)"
DC = "Sanghar deputy commissioner Zulfiqar Ali Memon"
ENTO = "entomologist Dr Rukhsana Jamali (agriculture university, Tando Jam)"
MPA = "opposition MPA Sardar Arbab Lanjar"
FARMER = "farmer Allah Dino Khaskheli (Mirpur Daulat)"
TRADERS = "Kunri chilli traders' association"
PUNJAB = "Punjab food department"
IRRIG = "Sindh irrigation department"
RESID = "Sanghar residents"

GOV = "Golestan provincial government (deputy governor for security Mohammad-Reza Sharifi)"
EMS = "Golestan emergency medical services (head Hamid Ghorbani)"
MED = "Golestan University of Medical Sciences"
WFIRE = "Dashtabad fire department (chief Ali Karimi)"
WPROS = "Golestan prosecutor Javad Nouri"
POL = "Golestan police"
LAW = "hall owner's lawyer Masoud Tehrani"
FAM = "relatives, the groom's family (uncle Hossein Rahimi, cousin Maryam Rahimi)"
GUILD = "Golestan guild of wedding-hall owners (head Saeed Ahmadi)"
MUNI = "Dashtabad municipality (mayor Nasser Golzari)"
MP = "MP for Gorgan Zahra Mousavi"
POWER = "Golestan electricity distribution company"
CATER = "caterer Behrouz Farahani"
LMO = "Iran's Legal Medicine Organization"
ALIPOL = "police (Aliabad-e Katul)"
COUNCIL = "Gorgan city council"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- silo: a grain silo bank explodes at the Terminal Granaria del Paraná, Puerto San Ambrosio
    # (Santa Fe, Argentina), Tue 13 Jan 2026; the fire brigade's time 14:25 ART (UTC-3) = 17:25 GMT = 12:25 p.m. EST;
    # an injured worker says about 13:30 ART (= 11:30 a.m. EST); the company's control room logs 14:38
    # wire (Atlas), Wednesday 14 Jan
    ("silo_wire.txt", "about 30 km", 30, O, "sil_distance", "outw30"),
    ("silo_wire.txt", "19 miles", 19, O, "sil_distance", "outw30"),
    ("silo_wire.txt", "at 2:25 p.m.", None, FIRE, "sil_time", "fire225"),
    ("silo_wire.txt", "1725 GMT", None, FIRE, "sil_time", "fire225"),
    ("silo_wire.txt", "45-metre concrete silo bank", 45, O, "sil_height", "outw45"),
    ("silo_wire.txt", "Four workers were killed", 4, PROV, "sil_dead", "prov4"),
    ("silo_wire.txt", "27 people were injured", 27, PROV, "sil_injured", "prov27"),
    ("silo_wire.txt", "Three workers were still missing", 3, PROV, "sil_missing", "prov3m"),
    ("silo_wire.txt", "38 people were working", 38, AGRO, "sil_onsite", "agro38"),
    ("silo_wire.txt", "about 52,000 tonnes of wheat", 52000, AGRO, "sil_stored", "agro52k"),
    ("silo_wire.txt", "about 18,000 tonnes of wheat", 18000, AGRO, "sil_grain", "agro18k"),
    ("silo_wire.txt", "can hold 80,000 tonnes", 80000, O, "sil_capacity", "outw80k"),
    ("silo_wire.txt", "welders from a subcontractor were cutting steel", None, AGRO, "sil_welding", "agroweld"),
    ("silo_wire.txt", "some 300 residents", 300, FIRE, "sil_evacuated", "fire300"),
    ("silo_wire.txt", "passed its last inspection in October", None, LAB, "sil_inspection", "labok"),
    ("silo_wire.txt", "5 million pesos", 5000000, PROV, "sil_prov_aid", "prov5m"),
    ("silo_wire.txt", "$3,450", 3450, PROV, "sil_prov_aid", "prov5m"),
    ("silo_wire.txt", "killed three men", 3, O, "sil_2019", "outw3"),
    ("silo_wire.txt", "about $226 a tonne", 226, O, "sil_wheat_price", "outw226"),
    # live blog (River Plate Times, ART), Thursday 15 Jan
    ("silo_live.txt", "at least nine workers died", 9, UNION, "sil_dead", "un9"),
    ("silo_live.txt", "five of its members are still unaccounted for", 5, UNION, "sil_missing", "un5m"),
    ("silo_live.txt", "has risen to six", 6, PROV, "sil_dead", "prov6"),
    ("silo_live.txt", "no inspector has set foot in the terminal for three years", None, UNION, "sil_inspection", "un3y"),
    ("silo_live.txt", "sent two written complaints", 2, UNION, "sil_complaints", "un2"),
    ("silo_live.txt", "had been out of order since November", None, UNION, "sil_dust", "undust"),
    ("silo_live.txt", "had left the site at midday", None, WELD, "sil_welding", "weldleft"),
    ("silo_live.txt", "12 remain in hospital", 12, HOSP, "sil_in_hospital", "hosp12"),
    ("silo_live.txt", "three of them in a serious condition", 3, HOSP, "sil_serious", "hosp3s"),
    ("silo_live.txt", "burned for 19 hours", 19, FIRE, "sil_fire_out", "fire19h"),
    ("silo_live.txt", "around 1:30 in the afternoon", None, SURV, "sil_time", "surv130"),
    ("silo_live.txt", "up to 40,000 tonnes of wheat", 40000, CHAMBER, "sil_grain", "ch40k"),
    ("silo_live.txt", "about $4.5 million", 4500000, CHAMBER, "sil_value", "ch45m"),
    ("silo_live.txt", "nearly 10 percent", 10, CHAMBER, "sil_share", "ch10"),
    ("silo_live.txt", "around 1,500 trucks", 1500, PORT, "sil_trucks", "port1500"),
    ("silo_live.txt", "1,300 people have been evacuated", 1300, CORD, "sil_cordoba", "cord1300"),
    # broadcaster website (CBN News, US, times in ET), Friday 16 Jan
    ("silo_broadcast.txt", "five people had died", 5, AGRO, "sil_dead", "agro5"),
    ("silo_broadcast.txt", "148-foot", 148, O, "sil_height", "outb148"),
    ("silo_broadcast.txt", "12:25 p.m. ET on Tuesday", None, FIRE, "sil_time", "fire225"),
    ("silo_broadcast.txt", "about 19 miles", 19, O, "sil_distance", "outb19"),
    ("silo_broadcast.txt", "put the death toll at six", 6, PROV, "sil_dead", "prov6"),
    ("silo_broadcast.txt", "34 people had been injured", 34, PROV, "sil_injured", "prov34"),
    ("silo_broadcast.txt", "two workers remain missing", 2, PROV, "sil_missing", "prov2m"),
    ("silo_broadcast.txt", "about 18,000 metric tons", 18000, AGRO, "sil_grain", "agro18k"),
    ("silo_broadcast.txt", "roughly 660,000 bushels", 660000, AGRO, "sil_grain", "agro18k"),
    ("silo_broadcast.txt", "about 3.9 billion pesos", 3900000000, AGRO, "sil_value", "agro39b"),
    ("silo_broadcast.txt", "$2.7 million", 2700000, AGRO, "sil_value", "agro39b"),
    ("silo_broadcast.txt", "about 88,000 tons", 88000, O, "sil_capacity", "outb88k"),
    ("silo_broadcast.txt", "was fully operational", None, AGRO, "sil_dust", "agrook"),
    ("silo_broadcast.txt", "had received no complaints", None, AGRO, "sil_complaints", "agronone"),
    ("silo_broadcast.txt", "welders had been working on a conveyor above the silo", None, AGRO, "sil_welding", "agroweld"),
    ("silo_broadcast.txt", "around 11:30 a.m. ET", None, SURV, "sil_time", "surv130"),
    ("silo_broadcast.txt", "about 5,500 pounds", 5500, FIRE, "sil_debris", "fire2t"),
    ("silo_broadcast.txt", "2.5 tonnes", 2.5, FIRE, "sil_debris", "fire2t"),
    ("silo_broadcast.txt", "was out by 7 p.m. ET on Tuesday", None, PORT, "sil_fire_out", "portout"),
    ("silo_broadcast.txt", "more than 3,000 trucks", 3000, TRUCK, "sil_trucks", "truck3000"),
    ("silo_broadcast.txt", "named two supervisors", 2, PROS, "sil_charged", "pros2"),
    ("silo_broadcast.txt", "20 million pesos", 20000000, AGRO, "sil_compensation", "agro20m"),
    ("silo_broadcast.txt", "about $13,800", 13800, AGRO, "sil_compensation", "agro20m"),
    ("silo_broadcast.txt", "about 6% of the country's wheat shipments", 6, O, "sil_share", "outb6"),
    ("silo_broadcast.txt", "27.7 million metric tons", 27700000, EXCH, "sil_harvest", "exch277"),
    # local paper (The Paraná Port Gazette), Monday 19 Jan
    ("silo_local.txt", "raised the death toll to seven", 7, PROV, "sil_dead", "prov7"),
    ("silo_local.txt", "11 workers died", 11, UNION, "sil_dead", "un11"),
    ("silo_local.txt", "more than 60 people were on the site", 60, UNION, "sil_onsite", "un60"),
    ("silo_local.txt", "treated 41 people", 41, HOSP, "sil_injured", "hosp41"),
    ("silo_local.txt", "Eight are still in hospital", 8, HOSP, "sil_in_hospital", "hosp8"),
    ("silo_local.txt", "two in a serious condition", 2, HOSP, "sil_serious", "hosp2s"),
    ("silo_local.txt", "charged four people", 4, PROS, "sil_charged", "pros4"),
    ("silo_local.txt", "found cutting equipment still connected", None, PROS, "sil_welding", "prosweld"),
    ("silo_local.txt", "one of the two extraction fans", None, AGRO, "sil_dust", "agroadmit"),
    ("silo_local.txt", "at 14:38", None, AGRO, "sil_time", "agro1438"),
    ("silo_local.txt", "21,500 tonnes", 21500, AGRO, "sil_grain", "agro215"),
    ("silo_local.txt", "some 65,000 tonnes", 65000, PORT, "sil_stored", "port65k"),
    ("silo_local.txt", "last full inspection of the silos was in 2022", None, LAB, "sil_inspection", "lab2022"),
    ("silo_local.txt", "about 1,200 residents", 1200, MAYOR, "sil_evacuated", "mayor1200"),
    ("silo_local.txt", "80,000-tonne", 80000, O, "sil_capacity", "outp80k"),
    ("silo_local.txt", "the 45-metre cells", 45, O, "sil_height", "outp45"),
    ("silo_local.txt", "about 400 trucks", 400, PORT, "sil_trucks", "port400"),
    ("silo_local.txt", "only 8 million pesos", 8000000, UNION, "sil_compensation", "un8m"),
    ("silo_local.txt", "7 million pesos", 7000000, PROV, "sil_prov_aid", "prov7m"),
    ("silo_local.txt", "killed three workers", 3, O, "sil_2019", "outp3"),
    ("silo_local.txt", "18.5 million tonnes", 18500000, O, "sil_last_season", "outp185"),

    # ---------------- locust: desert locust swarms in Sanghar and Umerkot districts (Sindh, Pakistan), April 2026;
    # the big swarm over Sanghar on Mon 13 Apr at 16:00 PKT (UTC+5) = 11:00 GMT = 12:00 BST (the DPP's time)
    # wire (Pan-Asia Press, date glued to the headline), Wednesday 15 Apr
    ("locust_wire.txt", "about 38,000 hectares", 38000, SAD, "loc_area", "sad38k"),
    ("locust_wire.txt", "seven swarms", 7, DPP, "loc_swarms", "dpp7"),
    ("locust_wire.txt", "about 230 km", 230, O, "loc_distance", "outw230"),
    ("locust_wire.txt", "143 miles", 143, O, "loc_distance", "outw230"),
    ("locust_wire.txt", "at about 4 p.m. on Monday", None, DPP, "loc_time", "dpp4pm"),
    ("locust_wire.txt", "1100 GMT", None, DPP, "loc_time", "dpp4pm"),
    ("locust_wire.txt", "some 20 square kilometres", 20, FAO, "loc_swarm_size", "fao20"),
    ("locust_wire.txt", "first swarms were sighted on April 4", None, SAD, "loc_first", "sadapr4"),
    ("locust_wire.txt", "about 48,000 tonnes", 48000, SAD, "loc_tonnes", "sad48k"),
    ("locust_wire.txt", "about 11,000 farmers", 11000, SAD, "loc_farmers", "sad11k"),
    ("locust_wire.txt", "began aerial spraying on April 6", None, DPP, "loc_spray_start", "dppapr6"),
    ("locust_wire.txt", "four aircraft", 4, DPP, "loc_aircraft", "dpp4"),
    ("locust_wire.txt", "sprayed 12,500 hectares", 12500, DPP, "loc_sprayed", "dpp12500"),
    ("locust_wire.txt", "About 120 ground teams", 120, DPP, "loc_teams", "dpp120"),
    ("locust_wire.txt", "did not list Sindh among areas at high risk", None, DPP, "loc_forecast", "dppno"),
    ("locust_wire.txt", "released 1.2 billion rupees", 1200000000, FEDMIN, "loc_funds", "fed12b"),
    ("locust_wire.txt", "$4.3 million", 4300000, FEDMIN, "loc_funds", "fed12b"),
    ("locust_wire.txt", "about 420,000 hectares of cultivated land", 420000, O, "loc_farmland", "outw420k"),
    ("locust_wire.txt", "damaged about 9,000 hectares", 9000, O, "loc_last_year", "outw9k"),
    # live blog (The Indus Chronicle, PKT), Thursday 16 Apr
    ("locust_live.txt", "damaged more than 90,000 hectares", 90000, SGA, "loc_area", "sga90k"),
    ("locust_live.txt", "at least 25 swarms", 25, SGA, "loc_swarms", "sga25"),
    ("locust_live.txt", "spraying came two weeks late", None, SGA, "loc_spray_start", "sgalate"),
    ("locust_live.txt", "passed 12 billion rupees", 12000000000, SGA, "loc_value", "sga12b"),
    ("locust_live.txt", "some 25,000", 25000, SGA, "loc_farmers", "sga25k"),
    ("locust_live.txt", "no swarm larger than 5 square kilometres", 5, DPP, "loc_swarm_size", "dpp5"),
    ("locust_live.txt", "45,000 litres of pesticide", 45000, DPP, "loc_pesticide", "dpp45k"),
    ("locust_live.txt", "allocated 800 million rupees", 800000000, SAD, "loc_sindh_funds", "sad800m"),
    ("locust_live.txt", "in the last days of March", None, FARMER, "loc_first", "farmermar"),
    ("locust_live.txt", "By 1 p.m. on Monday", None, FARMER, "loc_time", "farmer1pm"),
    ("locust_live.txt", "in about three weeks", None, ENTO, "loc_hoppers", "ento3w"),
    ("locust_live.txt", "up to 80 million locusts", 80000000, ENTO, "loc_density", "ento80m"),
    ("locust_live.txt", "3.5 million tonnes of wheat", 3500000, PUNJAB, "loc_punjab", "punjab35"),
    # broadcaster website (Crossfield News, UK, times in BST), Saturday 18 Apr
    ("locust_broadcast.txt", "some 20 sq km", 20, FAO, "loc_swarm_size", "fao20"),
    ("locust_broadcast.txt", "nearly 8 sq miles", 8, FAO, "loc_swarm_size", "fao20"),
    ("locust_broadcast.txt", "some 140 miles", 140, O, "loc_distance", "outb140"),
    ("locust_broadcast.txt", "225km", 225, O, "loc_distance", "outb140"),
    ("locust_broadcast.txt", "around noon BST on Monday", None, DPP, "loc_time", "dpp4pm"),
    ("locust_broadcast.txt", "38,000 hectares", 38000, SAD, "loc_area", "sad38k"),
    ("locust_broadcast.txt", "94,000 acres", 94000, SAD, "loc_area", "sad38k"),
    ("locust_broadcast.txt", "some 60,000 hectares", 60000, FAO, "loc_area", "fao60k"),
    ("locust_broadcast.txt", "has risen to 11", 11, DPP, "loc_swarms", "dpp11"),
    ("locust_broadcast.txt", "sprayed 21,000 hectares", 21000, DPP, "loc_sprayed", "dpp21k"),
    ("locust_broadcast.txt", "operations started on schedule", None, DPP, "loc_spray_start", "dppontime"),
    ("locust_broadcast.txt", "only one working plane", 1, SGA, "loc_aircraft", "sga1"),
    ("locust_broadcast.txt", "more than 30,000 families", 30000, HRF, "loc_labourers", "hrf30k"),
    ("locust_broadcast.txt", "40% of the chilli crop", 40, TRADERS, "loc_chilli", "traders40"),
    ("locust_broadcast.txt", "3.4bn rupees", 3400000000, SAD, "loc_value", "sad34b"),
    ("locust_broadcast.txt", "about £9m", 9000000, SAD, "loc_value", "sad34b"),
    ("locust_broadcast.txt", "1.2bn rupees", 1200000000, FEDMIN, "loc_funds", "fed12b"),
    ("locust_broadcast.txt", "£3.2m", 3200000, FEDMIN, "loc_funds", "fed12b"),
    ("locust_broadcast.txt", "on 2 April", None, DPP, "loc_first", "dppapr2"),
    ("locust_broadcast.txt", "flagged southern Sindh", None, FAO, "loc_forecast", "faoyes"),
    ("locust_broadcast.txt", "not before late May", None, DPP, "loc_hoppers", "dppmay"),
    # local paper (The Sanghar Observer), Monday 20 Apr
    ("locust_local.txt", "52,000 hectares", 52000, SAD, "loc_area", "sad52k"),
    ("locust_local.txt", "now stands at 14,200", 14200, SAD, "loc_farmers", "sad14200"),
    ("locust_local.txt", "2.5 lakh acres", 250000, SGA, "loc_area", "sga250k"),
    ("locust_local.txt", "more than 150,000 tonnes", 150000, SGA, "loc_tonnes", "sga150k"),
    ("locust_local.txt", "barely 5,000 acres", 5000, SGA, "loc_sprayed", "sga5kac"),
    ("locust_local.txt", "the first aircraft only took off on April 17", None, SAD, "loc_spray_start", "sadapr17"),
    ("locust_local.txt", "six aircraft", 6, DPP, "loc_aircraft", "dpp6"),
    ("locust_local.txt", "62,000 litres", 62000, DPP, "loc_pesticide", "dpp62k"),
    ("locust_local.txt", "after 5 pm on Monday", None, DC, "loc_time", "dc5pm"),
    ("locust_local.txt", "fewer than 20 spraying teams", 20, SGA, "loc_teams", "sga20"),
    ("locust_local.txt", "less than 10 percent of the chilli crop", 10, SAD, "loc_chilli", "sad10"),
    ("locust_local.txt", "only 300 million rupees", 300000000, MPA, "loc_funds", "mpa300m"),
    ("locust_local.txt", "1.04 million acres", 1040000, O, "loc_farmland", "outp104m"),
    ("locust_local.txt", "about 22,000 acres", 22000, O, "loc_last_year", "outp22k"),
    ("locust_local.txt", "14,000 farmers", 14000, SAD, "loc_seed", "sad14k"),
    ("locust_local.txt", "closed for 10 days", 10, IRRIG, "loc_canal", "irrig10"),

    # ---------------- wedding: carbon monoxide at the Golshan Garden wedding hall, Dashtabad (Golestan, Iran),
    # Thu 5 Feb 2026; the first emergency call 22:47 IRST (UTC+3:30) = 19:17 GMT; relatives say they first called for help
    # around 22:00 IRST (= 18:30 GMT); the fire chief says just before midnight
    # wire (Globe Wire), Friday 6 Feb
    ("wedding_wire.txt", "killing 11 guests", 11, GOV, "wed_dead", "gov11"),
    ("wedding_wire.txt", "about 45 km", 45, O, "wed_distance", "outw45"),
    ("wedding_wire.txt", "at 22:47", None, EMS, "wed_time", "ems2247"),
    ("wedding_wire.txt", "1917 GMT", None, EMS, "wed_time", "ems2247"),
    ("wedding_wire.txt", "62 people", 62, EMS, "wed_hospitalised", "ems62"),
    ("wedding_wire.txt", "27 ambulances", 27, EMS, "wed_ambulances", "ems27"),
    ("wedding_wire.txt", "eight minutes after the call", 8, EMS, "wed_response", "ems8"),
    ("wedding_wire.txt", "seven of them were in intensive care", 7, MED, "wed_icu", "med7"),
    ("wedding_wire.txt", "three of the dead were children", 3, GOV, "wed_children", "gov3c"),
    ("wedding_wire.txt", "more than 400 guests", 400, FAM, "wed_guests", "fam400"),
    ("wedding_wire.txt", "at about 9:40 p.m.", None, FAM, "wed_power_cut", "fam940"),
    ("wedding_wire.txt", "in a basement storeroom", None, WFIRE, "wed_generator_place", "firebase"),
    ("wedding_wire.txt", "had no carbon monoxide detectors", None, WFIRE, "wed_detectors", "fireno"),
    ("wedding_wire.txt", "held a valid licence", None, GUILD, "wed_licence", "guildok"),
    ("wedding_wire.txt", "passed a fire safety check in the autumn", None, GUILD, "wed_safety_check", "guildcheck"),
    ("wedding_wire.txt", "two people, including the hall's owner", 2, POL, "wed_arrests", "pol2"),
    ("wedding_wire.txt", "2 billion rials", 2000000000, GOV, "wed_compensation", "gov2b"),
    ("wedding_wire.txt", "about $1,900", 1900, GOV, "wed_compensation", "gov2b"),
    # broadcaster website (Meridian World Service, London, times in GMT), Saturday 7 Feb
    ("wedding_broadcast.txt", "18 people died", 18, FAM, "wed_dead", "fam18"),
    ("wedding_broadcast.txt", "some 28 miles", 28, O, "wed_distance", "outb28"),
    ("wedding_broadcast.txt", "45km", 45, O, "wed_distance", "outb28"),
    ("wedding_broadcast.txt", "13 deaths", 13, MED, "wed_dead", "med13"),
    ("wedding_broadcast.txt", "four children among them", 4, MED, "wed_children", "med4c"),
    ("wedding_broadcast.txt", "about 110 people", 110, MED, "wed_hospitalised", "med110"),
    ("wedding_broadcast.txt", "21 of whom remain in hospital", 21, MED, "wed_in_hospital", "med21"),
    ("wedding_broadcast.txt", "7.17pm GMT", None, EMS, "wed_time", "ems2247"),
    ("wedding_broadcast.txt", "22:47 local time", None, EMS, "wed_time", "ems2247"),
    ("wedding_broadcast.txt", "35 ambulances", 35, EMS, "wed_ambulances", "ems35"),
    ("wedding_broadcast.txt", "around 10pm local time", None, FAM, "wed_time", "fam10"),
    ("wedding_broadcast.txt", "6.30pm GMT", None, FAM, "wed_time", "fam10"),
    ("wedding_broadcast.txt", "about 250 guests", 250, LAW, "wed_guests", "law250"),
    ("wedding_broadcast.txt", "capacity of 500", 500, LAW, "wed_capacity", "law500"),
    ("wedding_broadcast.txt", "outside in the courtyard", None, LAW, "wed_generator_place", "lawyard"),
    ("wedding_broadcast.txt", "two carbon monoxide detectors were installed", 2, LAW, "wed_detectors", "lawyes"),
    ("wedding_broadcast.txt", "unflued gas heaters brought in by the caterer", None, LAW, "wed_heaters", "lawheat"),
    ("wedding_broadcast.txt", "for nearly two hours", 2, WFIRE, "wed_generator_time", "fire2h"),
    ("wedding_broadcast.txt", "had never inspected the hall", None, WFIRE, "wed_safety_check", "firenever"),
    ("wedding_broadcast.txt", "operating without a valid licence", None, MUNI, "wed_licence", "munino"),
    ("wedding_broadcast.txt", "three suspects", 3, WPROS, "wed_arrests", "pros3"),
    ("wedding_broadcast.txt", "2bn rials", 2000000000, GOV, "wed_compensation", "gov2b"),
    ("wedding_broadcast.txt", "about £1,400", 1400, GOV, "wed_compensation", "gov2b"),
    ("wedding_broadcast.txt", "812 deaths", 812, LMO, "wed_national", "lmo812"),
    # local paper (The Caspian Courier), Monday 9 Feb
    ("wedding_local.txt", "raised the death toll to 14", 14, GOV, "wed_dead", "gov14"),
    ("wedding_local.txt", "more than 20 people had died", 20, MP, "wed_dead", "mp20"),
    ("wedding_local.txt", "74 people had been hospitalised", 74, EMS, "wed_hospitalised", "ems74"),
    ("wedding_local.txt", "nine were still in hospital", 9, MED, "wed_in_hospital", "med9"),
    ("wedding_local.txt", "four in intensive care", 4, MED, "wed_icu", "med4"),
    ("wedding_local.txt", "about 300 people", 300, POL, "wed_guests", "pol300"),
    ("wedding_local.txt", "just before midnight", None, WFIRE, "wed_time", "firemid"),
    ("wedding_local.txt", "an unventilated basement room", None, WPROS, "wed_generator_place", "prosbase"),
    ("wedding_local.txt", "no detectors anywhere in the building", None, WPROS, "wed_detectors", "prosno"),
    ("wedding_local.txt", "four people were now in custody", 4, WPROS, "wed_arrests", "pros4"),
    ("wedding_local.txt", "less than 30 minutes", 30, LAW, "wed_generator_time", "law30"),
    ("wedding_local.txt", "began at 9 p.m.", None, POWER, "wed_power_cut", "power9"),
    ("wedding_local.txt", "the licence had expired in October", None, GUILD, "wed_licence", "guildadmit"),
    ("wedding_local.txt", "licensed for 300 guests", 300, GUILD, "wed_capacity", "guild300"),
    ("wedding_local.txt", "brought no heaters", None, CATER, "wed_heaters", "caterno"),
    ("wedding_local.txt", "200 million tomans", 200000000, GOV, "wed_compensation", "gov2b"),
    ("wedding_local.txt", "50 million tomans each", 50000000, FAM, "wed_compensation", "fam50m"),
    ("wedding_local.txt", "six children were among the dead", 6, FAM, "wed_children", "fam6c"),
    ("wedding_local.txt", "after 40 minutes", 40, FAM, "wed_response", "fam40"),
    ("wedding_local.txt", "some 45 kilometres", 45, O, "wed_distance", "outp45"),
    ("wedding_local.txt", "More than 800 people", 800, O, "wed_national", "outp800"),
    ("wedding_local.txt", "Four members of a family", 4, ALIPOL, "wed_aliabad", "ali4"),
    ("wedding_local.txt", "12 percent rise in bus fares", 12, COUNCIL, "wed_bus_fares", "council12"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("silo_wire.txt", "bank of 12 cells", 12, O, "sil_opt_cells"),
    ("silo_live.txt", "two more bodies", 2, PROV, "sil_opt_more_bodies"),
    ("silo_live.txt", "more than two hours before the explosion", None, WELD, "sil_opt_hours_before"),
    ("silo_live.txt", "two patients were moved to the burns unit", 2, HOSP, "sil_opt_burns_unit"),
    ("silo_live.txt", "Matías Cardozo, 34", 34, SURV, "sil_opt_age"),
    ("silo_live.txt", "some of them for two days", None, PORT, "sil_opt_waiting"),
    ("silo_live.txt", "toll stood at four dead on Wednesday", 4, PROV, "sil_opt_restated"),
    ("silo_live.txt", "worked 22 years", 22, "reader GraneroDeMiVida", "sil_opt_reader"),
    ("silo_live.txt", "40,000 tonnes of wheat gone", 40000, "reader R. Paz", "sil_opt_reader"),
    ("silo_live.txt", "for 2 days", 2, "reader Marcelo_SF", "sil_opt_reader"),
    ("silo_broadcast.txt", "almost an hour earlier", None, O, "sil_opt_hour_earlier"),
    ("silo_broadcast.txt", "100F (38C)", 100, O, "sil_opt_heat"),
    ("silo_local.txt", "thirteen minutes after the time given by firefighters", 13, O, "sil_opt_thirteen"),
    ("silo_local.txt", "not the 52,000 the company reported", 52000, PORT, "sil_opt_restated_stored"),
    ("silo_local.txt", "had passed an inspection in October", None, LAB, "sil_opt_restated_inspection"),
    ("silo_local.txt", "its men had left at midday", None, PROS, "sil_opt_restated_weld"),
    ("silo_local.txt", "two schools", 2, MAYOR, "sil_opt_shelters"),
    ("silo_local.txt", "31 years", 31, "reader Alberto Ledesma", "sil_opt_reader"),
    ("silo_local.txt", "twice a shift", 2, "reader Alberto Ledesma", "sil_opt_reader"),
    ("silo_local.txt", "14,000 inhabitants", 14000, "reader Norma Giacobone", "sil_opt_reader"),
    ("locust_wire.txt", "for nearly an hour", 1, RESID, "loc_opt_dark"),
    ("locust_live.txt", "more than twice the agriculture department's figure", 2, SGA, "loc_opt_twice"),
    ("locust_live.txt", "Allah Dino Khaskheli, 58", 58, FARMER, "loc_opt_age"),
    ("locust_live.txt", "Official damage estimate: 38,000 hectares", 38000, O, "loc_opt_restated"),
    ("locust_live.txt", "since early April", None, DPP, "loc_opt_since_april"),
    ("locust_live.txt", "from 11am", None, O, "loc_opt_protest_time"),
    ("locust_live.txt", "14 acres of chillies in 2 hours", 14, "reader Nabeel_Hyd", "loc_opt_reader"),
    ("locust_live.txt", "one plane costs more than that per month", None, "reader Saima R.", "loc_opt_reader"),
    ("locust_live.txt", "40% of cotton gone", 40, "reader pak_agri_watch", "loc_opt_reader"),
    ("locust_broadcast.txt", "The other three", 3, SGA, "loc_opt_grounded"),
    ("locust_broadcast.txt", "for a week", None, SGA, "loc_opt_grounded_since"),
    ("locust_broadcast.txt", "two days earlier than the date given", 2, O, "loc_opt_two_days"),
    ("locust_broadcast.txt", "more than three times their usual January rainfall", 3, O, "loc_opt_rain"),
    ("locust_broadcast.txt", "35,000 people", 35000, FAO, "loc_opt_appetite"),
    ("locust_broadcast.txt", "41C (106F)", 41, O, "loc_opt_heat"),
    ("locust_local.txt", "the 120 announced by the DPP", 120, SGA, "loc_opt_restated_teams"),
    ("locust_local.txt", "maintained that spraying began on schedule", None, DPP, "loc_opt_restated_schedule"),
    ("locust_local.txt", "from April 25", None, IRRIG, "loc_opt_canal_date"),
    ("locust_local.txt", "12 acres near Shahdadpur", 12, "reader Ghulam Rasool", "loc_opt_reader"),
    ("locust_local.txt", "three generations", 3, "reader Ghulam Rasool", "loc_opt_reader"),
    ("locust_local.txt", "Rs 4,000 per acre", 4000, "reader Parveen Kumari", "loc_opt_reader"),
    ("wedding_wire.txt", "dozens to hospital", None, O, "wed_opt_dozens"),
    ("wedding_wire.txt", "hundreds of people die of carbon monoxide poisoning each year", None, LMO,
     "wed_opt_hundreds"),
    ("wedding_broadcast.txt", "arrested on Thursday night", None, O, "wed_opt_arrest_night"),
    ("wedding_broadcast.txt", "ordered it to close twice", 2, MUNI, "wed_opt_closure_orders"),
    ("wedding_broadcast.txt", "minus 4C (25F)", -4, O, "wed_opt_cold"),
    ("wedding_local.txt", "announced a day in advance", None, POWER, "wed_opt_announced"),
    ("wedding_local.txt", "said last week that the hall held a valid licence", None, GUILD, "wed_opt_restated_licence"),
    ("wedding_local.txt", "600 guests", 600, "reader A. Rezaei", "wed_opt_reader"),
    ("wedding_local.txt", "licensed for half that", None, "reader A. Rezaei", "wed_opt_reader"),
    ("wedding_local.txt", "150 million tomans", 150000000, "reader F. Sharifi", "wed_opt_reader"),
    ("wedding_local.txt", "costs 2 million", 2000000, "reader F. Sharifi", "wed_opt_reader"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # silo
    "sil_dead": {("prov4", "un9"): C, ("prov4", "prov6"): U, ("prov4", "agro5"): C, ("prov4", "prov7"): U,
                 ("prov4", "un11"): C,
                 ("un9", "agro5"): C, ("un9", "prov6"): C, ("un9", "prov7"): C, ("un9", "un11"): U,
                 ("prov6", "agro5"): C, ("prov6", "prov6"): SC, ("prov6", "prov7"): U, ("prov6", "un11"): C,
                 ("agro5", "prov7"): C, ("agro5", "un11"): C},
    "sil_injured": {("prov27", "prov34"): U, ("prov27", "hosp41"): C, ("prov34", "hosp41"): C},
    "sil_missing": {("prov3m", "un5m"): C, ("prov3m", "prov2m"): U, ("un5m", "prov2m"): C},
    "sil_in_hospital": {("hosp12", "hosp8"): U},
    "sil_serious": {("hosp3s", "hosp2s"): U},
    "sil_time": {("fire225", "fire225"): SC, ("fire225", "surv130"): C, ("fire225", "agro1438"): C,
                 ("surv130", "surv130"): SC, ("surv130", "agro1438"): C},
    "sil_fire_out": {("fire19h", "portout"): C},
    "sil_grain": {("agro18k", "ch40k"): C, ("agro18k", "agro18k"): SC, ("agro18k", "agro215"): U,
                  ("ch40k", "agro215"): C},
    "sil_stored": {("agro52k", "port65k"): C},
    "sil_capacity": {("outw80k", "outb88k"): CO, ("outw80k", "outp80k"): CO, ("outb88k", "outp80k"): CO},
    "sil_height": {("outw45", "outb148"): CO, ("outw45", "outp45"): CO, ("outb148", "outp45"): CO},
    "sil_distance": {("outw30", "outb19"): CO},
    "sil_value": {("ch45m", "agro39b"): C},
    "sil_welding": {("agroweld", "weldleft"): C, ("agroweld", "agroweld"): SC, ("agroweld", "prosweld"): CO,
                    ("weldleft", "prosweld"): C},
    "sil_dust": {("undust", "agrook"): C, ("undust", "agroadmit"): CO, ("agrook", "agroadmit"): U},
    "sil_inspection": {("labok", "un3y"): C, ("labok", "lab2022"): U, ("un3y", "lab2022"): CO},
    "sil_complaints": {("un2", "agronone"): C},
    "sil_onsite": {("agro38", "un60"): C},
    "sil_evacuated": {("fire300", "mayor1200"): C},
    "sil_trucks": {("port1500", "truck3000"): C, ("port1500", "port400"): U, ("truck3000", "port400"): C},
    "sil_share": {("ch10", "outb6"): C},
    "sil_compensation": {("agro20m", "un8m"): C},
    "sil_prov_aid": {("prov5m", "prov7m"): U},
    "sil_charged": {("pros2", "pros4"): U},
    "sil_2019": {("outw3", "outp3"): CO},
    # locust
    "loc_area": {("sad38k", "sga90k"): C, ("sad38k", "sad38k"): SC, ("sad38k", "fao60k"): C, ("sad38k", "sad52k"): U,
                 ("sad38k", "sga250k"): C, ("sga90k", "fao60k"): C, ("sga90k", "sad52k"): C, ("sga90k", "sga250k"): UC,
                 ("fao60k", "sad52k"): C, ("fao60k", "sga250k"): C},
    "loc_swarms": {("dpp7", "sga25"): C, ("dpp7", "dpp11"): U, ("sga25", "dpp11"): C},
    "loc_swarm_size": {("fao20", "dpp5"): C, ("fao20", "fao20"): SC},
    "loc_time": {("dpp4pm", "farmer1pm"): C, ("dpp4pm", "dpp4pm"): SC, ("dpp4pm", "dc5pm"): C,
                 ("farmer1pm", "dc5pm"): C},
    "loc_first": {("sadapr4", "farmermar"): C, ("sadapr4", "dppapr2"): C, ("farmermar", "dppapr2"): C},
    "loc_tonnes": {("sad48k", "sga150k"): C},
    "loc_value": {("sga12b", "sad34b"): C},
    "loc_farmers": {("sad11k", "sga25k"): C, ("sad11k", "sad14200"): U, ("sga25k", "sad14200"): C},
    "loc_spray_start": {("dppapr6", "sgalate"): C, ("dppapr6", "dppontime"): SC, ("dppapr6", "sadapr17"): C,
                        ("sgalate", "dppontime"): C, ("sgalate", "sadapr17"): CO, ("dppontime", "sadapr17"): C},
    "loc_aircraft": {("dpp4", "sga1"): C, ("dpp4", "dpp6"): U, ("sga1", "dpp6"): C},
    "loc_sprayed": {("dpp12500", "dpp21k"): U, ("dpp12500", "sga5kac"): C, ("dpp21k", "sga5kac"): C},
    "loc_teams": {("dpp120", "sga20"): C},
    "loc_forecast": {("dppno", "faoyes"): C},
    "loc_funds": {("fed12b", "fed12b"): SC, ("fed12b", "mpa300m"): C},
    "loc_pesticide": {("dpp45k", "dpp62k"): U},
    "loc_hoppers": {("ento3w", "dppmay"): C},
    "loc_chilli": {("traders40", "sad10"): C},
    "loc_distance": {("outw230", "outb140"): CO},
    "loc_farmland": {("outw420k", "outp104m"): CO},
    "loc_last_year": {("outw9k", "outp22k"): CO},
    # wedding
    "wed_dead": {("gov11", "fam18"): C, ("gov11", "med13"): C, ("gov11", "gov14"): U, ("gov11", "mp20"): C,
                 ("fam18", "gov14"): C, ("fam18", "mp20"): C, ("med13", "gov14"): C, ("med13", "mp20"): C},
    "wed_children": {("gov3c", "med4c"): C, ("gov3c", "fam6c"): C, ("med4c", "fam6c"): C},
    "wed_hospitalised": {("ems62", "med110"): C, ("ems62", "ems74"): U, ("med110", "ems74"): C},
    "wed_in_hospital": {("med21", "med9"): U},
    "wed_icu": {("med7", "med4"): U},
    "wed_guests": {("fam400", "law250"): C, ("fam400", "pol300"): C, ("law250", "pol300"): C},
    "wed_capacity": {("law500", "guild300"): C},
    "wed_time": {("ems2247", "ems2247"): SC, ("ems2247", "fam10"): C, ("ems2247", "firemid"): C,
                 ("fam10", "firemid"): C},
    "wed_power_cut": {("fam940", "power9"): C},
    "wed_generator_place": {("firebase", "lawyard"): C, ("firebase", "prosbase"): CO, ("lawyard", "prosbase"): C},
    "wed_generator_time": {("fire2h", "law30"): C},
    "wed_detectors": {("fireno", "lawyes"): C, ("fireno", "prosno"): CO, ("lawyes", "prosno"): C},
    "wed_licence": {("guildok", "munino"): C, ("guildok", "guildadmit"): U, ("munino", "guildadmit"): CO},
    "wed_safety_check": {("guildcheck", "firenever"): C},
    "wed_heaters": {("lawheat", "caterno"): C},
    "wed_arrests": {("pol2", "pros3"): C, ("pol2", "pros4"): C, ("pros3", "pros4"): U},
    "wed_ambulances": {("ems27", "ems35"): U},
    "wed_response": {("ems8", "fam40"): C},
    "wed_compensation": {("gov2b", "gov2b"): SC, ("gov2b", "fam50m"): C},
    "wed_distance": {("outw45", "outb28"): CO, ("outw45", "outp45"): CO, ("outb28", "outp45"): CO},
    "wed_national": {("lmo812", "outp800"): CO},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
