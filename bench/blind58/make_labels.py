"""Hand labels for bench/blind58 (a live-export ship, the MV Savanna Star, turned away from Panjang, Indonesia, and
anchored back in Darwin Harbour at 07:15 on Wednesday 14 November 2040 in Australian Central Standard Time (UTC+9:30,
a half-hour zone with no daylight saving in the Northern Territory): the anchoring time and distance, the cattle
loaded, the departure, the days at sea, the time Indonesia refused the cargo, the wait off Panjang, the deaths and the
exporter's revised count, the deck heat, fodder, stockmen, the animals' condition, the shipment's value, the steers'
weight, the protest, the Territory's exports and Indonesia's share, the decision, lumpy skin disease, the positive
samples and the suspended yards, and Darwin's offset from Sydney, with times in ACST (UTC+9:30), Australian Eastern
Daylight Time (UTC+11, Sydney), Western Indonesia Time (WIB, UTC+7, Jakarta and Lampung) and GMT, across midnight
(07:15 on Wednesday in Darwin is 08:45 AEDT and 04:45 WIB on Wednesday and 21:45 GMT on Tuesday; a Sydney wire's
"7.45am AEDT (2045 GMT Tuesday)" takes Darwin to be half an hour behind Sydney, as it is only in the southern winter);
four inmates who broke out of the Zitsa closed prison near Ioannina, Greece, in the night of Saturday 27 to Sunday
28 October 2040, when Europe's clocks went back: the escapees and the ministry's revised count, the place, the time
of the escape, of its discovery and of the alert, the gap and the delay, the method, the guards, the inmates, the
cameras, a sentence, the director, the reward, earlier escapes, the men recaptured and the police's revised count, the
two held in Albania and the time, the crossing, the handover, the helicopters, the Albanian citizens and the distance,
with times in Eastern European Summer Time (UTC+3) turning into Eastern European Time (UTC+2) at 04:00 (the hour from
03:00 to 04:00 came twice), Albania's Central European Summer Time turning into CET (UTC+1) at 03:00, and GMT (the
escape at 03:40 summer time is 02:40 winter time and 00:40 GMT, 02:40 in Albania; a Tirana site's "01:40 Albanian
time" takes one hour from the winter-time figure although Albania was still on summer time; an MP reads the
discovery at 03:25 winter time as coming before the escape at 03:40 summer time); a fire on the car carrier Stella
Oriens south-west of São Miguel in the Azores on Tuesday 7 February 2040: the time of the alarm and of abandoning
ship, the distance, the route, the crew and the Filipinos among them, the injured and how badly, the waves, the
exclusion zone, the slick and its drift, the fuel, whether the fire was out, the ship's length, year and capacity, the
vehicles and electric vehicles, the cause, the cargo's value and the tugs, with times in Azores winter time (UTC−1,
an hour behind Lisbon), Western European Time (UTC+0, Lisbon, the same clock as GMT), Central European Time (UTC+1,
Oslo) and Japan Standard Time (UTC+9) (02:10 in the Azores is 03:10 UTC, 04:10 in Oslo and 12:10 in Tokyo; a London
site's "02:10 GMT" takes the Azores to keep GMT like mainland Portugal).
Run from the project root:
    python3 bench/blind58/make_labels.py
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
NPX = "Northern Pastoral Exports, the exporter (managing director Craig Tenbury-Walsh)"
HM = "Darwin Port's harbour master (Captain Lewis Aranda-Pike)"
WELF = "Live Cargo Watch, an animal welfare group (campaign director Ellie Markovic-Hart)"
NTPOL = "NT Police"
BOM = "the Bureau of Meteorology"
CM = "NT Chief Minister Rosa Kettering-Adair"
NCPA = "the Northern Cattle Producers' Association"
DAFF = "the federal Department of Agriculture, Fisheries and Forestry"
MINAG = "Federal Agriculture Minister Daniel Achterberg-Nunn"
BAR = "Indonesia's Quarantine Agency (Barantin)"
IMP = "the Association of Indonesian Feedlot Importers (APIFI, chairman Hendra Wibisono-Lutz)"
TRADE = "Indonesia's trade ministry (data cited by the Java Courier)"
IND = "industry figures (as cited by Southern Cross Newswire)"

MIN = "the Greek Ministry of Citizen Protection (Minister Eleni Vrettou-Kassis)"
POL = "the Hellenic Police (spokesman Lt Col Dimitris Sarantis-Holt)"
UN = "the Epirus prison officers' union (president Nikos Tzavelas-Rigas)"
MP = "opposition MP Kostas Marinakis-Vogel"
LAW = "lawyer Maria Fotiou-Brandt, for one of the escapees"
ALB = "Albania's State Police"
OMB = "the Greek Ombudsman"
PROS = "the Gjirokastër prosecutor's office"

MRCC = "the Portuguese Navy's Maritime Rescue Coordination Centre (MRCC) Ponta Delgada"
HOSP = "Hospital do Divino Espírito Santo, Ponta Delgada"
AGENT = "the ship's agent in Ponta Delgada"
IPMA = "the Portuguese weather institute IPMA"
REG = "Azores Regional Secretary for the Sea and Fisheries Ana Lúcia Furtado-Kerr"
MV = "Mar Vivo Açores, an environmental group (spokesman Rui Bettencourt-Lowe)"
AZGOV = "the Azores regional government"
NVK = "Nordvik Car Carriers, the ship's Oslo-based manager"
NAUT = "a port inspector for the seafarers' union Nautilus Pacific"
AN = "marine insurance analyst Priya Castellano-Reeve"
BS = "Brouwer Salvage, the Dutch salvor"
OWN = "Hoshizora Kisen K.K., the Tokyo shipowner"
AFSU = "the Associated Filipino Seafarers' Union, Manila"
KAN = "Kaneda Motors, the Nagoya carmaker"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- cattle: the MV Savanna Star anchors in Darwin Harbour at 07:15 on Wednesday 14 November 2040,
    # ACST (UTC+9:30, no daylight saving in the Northern Territory) = 08:45 AEDT (UTC+11, Sydney) = 04:45 WIB (UTC+7)
    # = 21:45 GMT on Tuesday 13 November; Indonesia's refusal at 14:00 WIB on Wednesday 7 November = 07:00 GMT =
    # 16:30 ACST; 4 nautical miles is about 7.4 kilometres; 37 deaths in 14,200 head is 0.26 per cent
    # the exporter's media release (own-line date, letterhead, "MEDIA RELEASE · Wednesday 14 November 2040 · 11:00
    # ACST (UTC+9:30)", a title in capitals, "KEY POINTS" with bullets, the managing director quoted, "ENDS", media
    # line with a phone number), Wednesday 14 Nov
    ("cattle_exporter.txt", "anchored in Darwin Harbour at 07:15 this morning", None, NPX, "cattle_anchor_time",
     "npx0715"),
    ("cattle_exporter.txt", "with 14,200 head of cattle on board", 14200, NPX, "cattle_head", "npx14200"),
    ("cattle_exporter.txt", "left East Arm Wharf at 5.30pm on Thursday 1 November", None, NPX, "cattle_departure",
     "npx1nov"),
    ("cattle_exporter.txt", "at sea for twelve and a half days", 12.5, NPX, "cattle_voyage_days", "npx125"),
    ("cattle_exporter.txt", "formally notified at 4.30pm Darwin time on Wednesday 7 November", None, NPX,
     "cattle_refusal_time", "npx1630"),
    ("cattle_exporter.txt", "waited at anchor off Panjang for three days", 3, NPX, "cattle_panjang_wait", "npx3d"),
    ("cattle_exporter.txt", "37 cattle have died on the voyage", 37, NPX, "cattle_deaths", "npx37"),
    ("cattle_exporter.txt", "a mortality rate of 0.26 per cent", 0.26, NPX, "cattle_mortality_rate", "npx026"),
    ("cattle_exporter.txt", "the reportable level of 0.5 per cent", 0.5, NPX, "cattle_reportable", "npx05"),
    ("cattle_exporter.txt", "have not exceeded 33 degrees at any point", 33, NPX, "cattle_deck_temp", "npx33"),
    ("cattle_exporter.txt", "fodder on board for at least ten more days", 10, NPX, "cattle_fodder", "npx10d"),
    ("cattle_exporter.txt", "three experienced stockpersons", 3, NPX, "cattle_stockpersons", "npx3"),
    ("cattle_exporter.txt", "These are healthy animals", None, NPX, "cattle_condition", "npxhealthy"),
    ("cattle_exporter.txt", "relate to samples from another company's yard at Berrimah, not ours", None, NPX,
     "cattle_sample_source", "npxother"),
    ("cattle_exporter.txt", "costing us about $120,000 a day", 120000, NPX, "cattle_cost_exporter", "npx120k"),
    ("cattle_exporter.txt", "valued at about $17 million", 17000000, NPX, "cattle_value", "npx17m"),
    ("cattle_exporter.txt", "averaging 340 kilograms", 340, NPX, "cattle_weight", "npx340"),
    ("cattle_exporter.txt", "can carry up to 16,500 head", 16500, NPX, "cattle_capacity", "npx16500"),
    ("cattle_exporter.txt", "A normal voyage to Panjang takes six days", 6, NPX, "cattle_normal_voyage", "npx6d"),
    ("cattle_exporter.txt", "has shipped cattle from Darwin since 2009", 2009, NPX, "cattle_npx_since", "npx2009"),
    ("cattle_exporter.txt", "has never had a consignment rejected before", None, NPX, "cattle_npx_rejected",
     "npxnever"),
    # a Darwin news site (Top End Times; leading-space own-line date, masthead and section line, headline, byline
    # with a time, glued dateline "DARWIN:A", the harbour master (anchor "at 7.15am", right), the welfare group, a
    # photo caption in mid-text, NT Police, the Bureau, the Chief Minister, the producers' association, its own
    # offset from Sydney (right: an hour and a half in the southern summer), a sentence glued without a space, the
    # department, "Have your say", two readers' comments), Thursday 15 Nov
    ("cattle_darwin.txt", "dropped anchor at 7.15am on Wednesday", None, HM, "cattle_anchor_time", "hm0715"),
    ("cattle_darwin.txt", "the vessel was 4 nautical miles off the wharf", 4, HM, "cattle_anchor_distance", "hm4nm"),
    ("cattle_darwin.txt", "the first livestock carrier sent back to Darwin since 2031", 2031, HM, "cattle_port_first",
     "hm2031"),
    ("cattle_darwin.txt", "more than 100 cattle had already died on board", 100, WELF, "cattle_deaths", "welf100"),
    ("cattle_darwin.txt", "temperatures on the lower decks had reached 41 degrees", 41, WELF, "cattle_deck_temp",
     "welf41"),
    ("cattle_darwin.txt", "at sea for more than two weeks", 14, WELF, "cattle_voyage_days", "welf15"),
    ("cattle_darwin.txt", "They are suffering", None, WELF, "cattle_condition", "welfsuffer"),
    ("cattle_darwin.txt", "the ship's fodder would run out by Saturday", None, WELF, "cattle_fodder", "welfsat"),
    ("cattle_darwin.txt", "only two stockmen were caring for the cattle", 2, WELF, "cattle_stockpersons", "welf2"),
    ("cattle_darwin.txt", "the ship left Darwin with 14,850 cattle", 14850, WELF, "cattle_head", "welf14850"),
    ("cattle_darwin.txt", "About 200 people joined the vigil", 200, WELF, "cattle_protest", "welf200"),
    ("cattle_darwin.txt", "NT Police put the crowd at around 60", 60, NTPOL, "cattle_protest", "pol60"),
    ("cattle_darwin.txt", "said no one was arrested", 0, NTPOL, "cattle_arrests", "pol0"),
    ("cattle_darwin.txt", "recorded a top of 35.4 degrees at Darwin Airport on Wednesday", 35.4, BOM,
     "cattle_air_temp", "bom354"),
    ("cattle_darwin.txt", "with humidity above 70 per cent", 70, BOM, "cattle_humidity", "bom70"),
    ("cattle_darwin.txt", "cost the Territory's cattle industry \"half a million dollars\"", 500000, CM,
     "cattle_cost_industry", "cm500k"),
    ("cattle_darwin.txt", "exports about 420,000 head of live cattle a year through Darwin", 420000, NCPA,
     "cattle_nt_exports", "ncpa420k"),
    ("cattle_darwin.txt", "Indonesia takes about three quarters of them", 75, NCPA, "cattle_indo_share", "ncpa75"),
    ("cattle_darwin.txt", "an hour and a half behind Sydney during daylight saving", 1.5, O, "cattle_offset_sydney",
     "tet15"),
    ("cattle_darwin.txt", "which the Territory does not observe", None, O, "cattle_nt_dst", "tetnodst"),
    ("cattle_darwin.txt", "it would decide by Friday", None, DAFF, "cattle_decision", "daffFri"),
    # a Sydney national news agency (Southern Cross Newswire; no date line, a time line "15/11/2040 13:40 AEDT ·
    # UPDATE 3", headline, byline, glued dateline "DARWIN (SCN) -The", the department's count, its own anchoring time
    # "7.45am AEDT on Wednesday (2045 GMT Tuesday)" (wrong: 07:15 ACST was 08:45 AEDT and 21:45 GMT; the agency took
    # Darwin to be half an hour behind Sydney, as in winter, and says so), its own distance (wrong), the exporter's
    # revised count, the welfare group, its own exports and share, the producers, the minister, the Bureau, industry
    # figures, slug and copyright lines), Thursday 15 Nov 13:40 AEDT
    ("cattle_wire.txt", "has risen to 52", 52, DAFF, "cattle_deaths", "daff52"),
    ("cattle_wire.txt", "anchored at 7.45am AEDT on Wednesday (2045 GMT Tuesday)", None, O, "cattle_anchor_time",
     "scn0745"),
    ("cattle_wire.txt", "about 10 kilometres off East Arm Wharf", 10, O, "cattle_anchor_distance", "scn10km"),
    ("cattle_wire.txt", "Darwin is half an hour behind Sydney", 0.5, O, "cattle_offset_sydney", "scn05"),
    ("cattle_wire.txt", "14,640 head were loaded in Darwin", 14640, DAFF, "cattle_head", "daff14640"),
    ("cattle_wire.txt", "on November 1", None, DAFF, "cattle_departure", "daff1nov"),
    ("cattle_wire.txt", "It would make its decision on unloading \"by Friday\"", None, DAFF, "cattle_decision",
     "daffFri"),
    ("cattle_wire.txt", "raised its death toll to 49 on Thursday", 49, NPX, "cattle_deaths", "npx49"),
    ("cattle_wire.txt", "from 37 a day earlier", 37, NPX, "cattle_deaths", "npx37"),
    ("cattle_wire.txt", "a dozen animals had been euthanased on veterinary advice overnight", 12, NPX,
     "cattle_euthanased", "npx12"),
    ("cattle_wire.txt", "remains free of lumpy skin disease", None, DAFF, "cattle_lsd_present", "dafffree"),
    ("cattle_wire.txt", "suspended imports from two Australian export facilities", 2, DAFF, "cattle_suspended_yards",
     "daff2"),
    ("cattle_wire.txt", "found lumpy skin disease antibodies in nine of 40 samples", 9, BAR,
     "cattle_samples_positive", "bar9"),
    ("cattle_wire.txt", "its estimate of more than 100 dead", 100, WELF, "cattle_deaths", "welf100"),
    ("cattle_wire.txt", "the cattle had spent 15 days at sea", 15, WELF, "cattle_voyage_days", "welf15"),
    ("cattle_wire.txt", "showing animals \"panting with their mouths open\"", None, WELF, "cattle_condition",
     "welfsuffer"),
    ("cattle_wire.txt", "sends more than 500,000 head of live cattle abroad each year", 500000, O, "cattle_nt_exports",
     "scn500k"),
    ("cattle_wire.txt", "most of them to Indonesia", None, O, "cattle_indo_share", "scnmost"),
    ("cattle_wire.txt", "put the value of the shipment at about $21 million", 21000000, NCPA, "cattle_value",
     "ncpa21m"),
    ("cattle_wire.txt", "against the exporter's $17 million", 17000000, NPX, "cattle_value", "npx17m"),
    ("cattle_wire.txt", "the cattle would \"not be sent anywhere else\"", None, MINAG, "cattle_reexport", "minnot"),
    ("cattle_wire.txt", "a second veterinarian had been flown out to the ship by helicopter on Wednesday afternoon",
     None, MINAG, "cattle_second_vet", "min2vet"),
    ("cattle_wire.txt", "forecast a top of 36 degrees in Darwin on Thursday", 36, BOM, "cattle_forecast", "bom36"),
    ("cattle_wire.txt", "worth about $1.6 billion last financial year", 1600000000, IND, "cattle_exports_value",
     "ind16bn"),
    # a Jakarta English-language daily (The Java Courier; date prefix glued to the masthead, section and date line,
    # headline, byline, glued dateline "JAKARTA:Indonesian", the importers, the quarantine agency (refusal "at 14:00
    # WIB", right: 16:30 in Darwin), a quote glued to the sentence before it, its own head count and weight, its own
    # anchoring time "04:45 WIB" and offset (both right), trade ministry data, a photo line, newsletter boilerplate),
    # Friday 16 Nov
    ("cattle_jakarta.txt", "they had lost about Rp 35 billion", 35000000000, IMP, "cattle_importers_loss", "imp35bn"),
    ("cattle_jakarta.txt", "refused permission to unload at 14:00 WIB on Wednesday, November 7", None, BAR,
     "cattle_refusal_time", "bar1400"),
    ("cattle_jakarta.txt", "nine of the 40 samples tested positive", 9, BAR, "cattle_samples_positive", "bar9"),
    ("cattle_jakarta.txt", "Lumpy skin disease is present in cattle in northern Australia", None, BAR,
     "cattle_lsd_present", "barpresent"),
    ("cattle_jakarta.txt", "suspended imports from three Australian export yards", 3, BAR, "cattle_suspended_yards",
     "bar3"),
    ("cattle_jakarta.txt", "carrying 13,800 head of feeder cattle", 13800, O, "cattle_head", "jc13800"),
    ("cattle_jakarta.txt", "averaging 350 kg", 350, O, "cattle_weight", "jc350"),
    ("cattle_jakarta.txt", "waited four days at anchor off Panjang", 4, IMP, "cattle_panjang_wait", "imp4d"),
    ("cattle_jakarta.txt", "before sailing back to Australia on Saturday", None, IMP, "cattle_panjang_left", "impsat"),
    ("cattle_jakarta.txt", "reached Darwin at 04:45 WIB on Wednesday", None, O, "cattle_anchor_time", "jc0445"),
    ("cattle_jakarta.txt", "Darwin is two and a half hours ahead of Jakarta", 2.5, O, "cattle_offset_jakarta", "jc25"),
    ("cattle_jakarta.txt", "had risen to Rp 160,000 a kilogram", 160000, IMP, "cattle_beef_price", "imp160k"),
    ("cattle_jakarta.txt", "put the average at Rp 148,000 a kilogram last week", 148000, TRADE, "cattle_beef_price",
     "trade148k"),
    ("cattle_jakarta.txt", "Indonesia imported about 560,000 head of Australian cattle last year", 560000, IMP,
     "cattle_indo_imports", "imp560k"),

    # ---------------- escape: four inmates break out of the Zitsa closed prison near Ioannina at 03:40 Eastern
    # European Summer Time (UTC+3) on Sunday 28 October 2040 = 02:40 Eastern European Time (UTC+2) = 00:40 GMT = 02:40
    # in Albania (still on CEST, UTC+2); at 01:00 GMT Greek clocks go back from 04:00 to 03:00 and Albania's from
    # 03:00 to 02:00; the escape is discovered at 03:25 EET (01:25 GMT, 45 minutes later) and police alerted at 03:50
    # EET (01:50 GMT, 70 minutes after the escape); two escapees are held in Albania at 16:05 CET = 15:05 GMT = 17:05
    # EET
    # the ministry's press release (date prefix with the letterhead continuing on the same line, address line,
    # "PRESS RELEASE · Sunday 28 October 2040 · 07:30 (EET, UTC+2)", numbered paragraphs, press office line),
    # Sunday 28 Oct 07:30 EET
    ("escape_ministry.txt", "Three inmates escaped overnight", 3, MIN, "escape_escapees", "min3"),
    ("escape_ministry.txt", "20 kilometres north-west of Ioannina", 20, MIN, "escape_location", "min20"),
    ("escape_ministry.txt", "The escape took place at 03:40", None, MIN, "escape_time", "min0340"),
    ("escape_ministry.txt", "the change to winter time at 04:00", None, MIN, "escape_clock_change", "min0400"),
    ("escape_ministry.txt", "cut through the window bars of the laundry in B wing", None, MIN, "escape_method",
     "minbars"),
    ("escape_ministry.txt", "climbed the outer wall using knotted bedsheets", None, MIN, "escape_wall", "minsheets"),
    ("escape_ministry.txt", "The escape was discovered at 03:25 winter time", None, MIN, "escape_discovered",
     "min0325"),
    ("escape_ministry.txt", "45 minutes later", 45, MIN, "escape_discovery_gap", "min45"),
    ("escape_ministry.txt", "The Hellenic Police were alerted at 03:50", None, MIN, "escape_alert_time", "min0350"),
    ("escape_ministry.txt", "Twelve prison officers were on duty", 12, MIN, "escape_guards", "min12"),
    ("escape_ministry.txt", "The prison holds 362 inmates", 362, MIN, "escape_inmates", "min362"),
    ("escape_ministry.txt", "All 32 of the prison's surveillance cameras were in working order", None, MIN,
     "escape_cameras", "minall"),
    ("escape_ministry.txt", "serving a life sentence for murder", None, MIN, "escape_sentence", "minlife"),
    ("escape_ministry.txt", "has been suspended pending an administrative inquiry", None, MIN, "escape_director",
     "minsusp"),
    ("escape_ministry.txt", "which is to report within 15 days", 15, MIN, "escape_inquiry", "min15d"),
    ("escape_ministry.txt", "A reward of €20,000 is offered", 20000, MIN, "escape_reward", "min20k"),
    ("escape_ministry.txt", "the first escape from the Zitsa prison since it opened in 2029", None, MIN,
     "escape_previous", "minfirst"),
    # an Athens English-language news site's live blog (Athens Courier; leading-space own-line date, masthead,
    # headline, an update line in winter time with a note on the clock change, timestamped entries newest first with
    # headings, Albania's police (16:05 local, 17:05 Greek time, right), the union, an MP who reads 03:25 winter time
    # as before 03:40 summer time, ministry sources, the police, a lawyer, its own place and search count, a sentence
    # glued without a space, share line), Sunday 28 Oct, last updated 17:20 EET
    ("escape_liveblog.txt", "Greek clocks went back from 04:00 to 03:00 overnight", None, O, "escape_clock_change",
     "acclock"),
    ("escape_liveblog.txt", "two men wanted over the escape were detained", 2, ALB, "escape_detained_albania",
     "alb2"),
    ("escape_liveblog.txt", "at 16:05 local time (17:05 Greek time)", None, ALB, "escape_detention_time", "alb1605"),
    ("escape_liveblog.txt", "only seven officers were on duty", 7, UN, "escape_guards", "un7"),
    ("escape_liveblog.txt", "overnight, for nearly 400 inmates", 400, UN, "escape_inmates", "un400"),
    ("escape_liveblog.txt", "nine of the 32 cameras have not worked since July", 9, UN, "escape_cameras", "un9"),
    ("escape_liveblog.txt", "They walked out through a service gate that was left unlocked", None, UN,
     "escape_method", "ungate"),
    ("escape_liveblog.txt", "the escape was not noticed until the 05:00 headcount", None, UN, "escape_discovered",
     "un0500"),
    ("escape_liveblog.txt", "police were told more than two hours after the men got out", 2, UN, "escape_alert_delay",
     "un2h"),
    ("escape_liveblog.txt", "there were two escapes from Zitsa last year alone", 2, UN, "escape_previous", "un2"),
    ("escape_liveblog.txt", "had the escape discovered at 03:25", None, MIN, "escape_discovered", "min0325"),
    ("escape_liveblog.txt", "a quarter of an hour before it happened", 15, MP, "escape_discovery_gap", "mp15"),
    ("escape_liveblog.txt", "the 03:40 in the press release was summer time", None, MIN, "escape_time", "min0340"),
    ("escape_liveblog.txt", "by the winter clock, the men got out at 02:40", None, MIN, "escape_time", "min0340"),
    ("escape_liveblog.txt", "one of the escapees was arrested", 1, POL, "escape_recaptured", "pol1"),
    ("escape_liveblog.txt", "at 11:20 in a barn near Kalpaki", None, POL, "escape_first_arrest", "pol1120"),
    ("escape_liveblog.txt", "about 25 kilometres from the Albanian border", 25, POL, "escape_kalpaki_border",
     "pol25"),
    ("escape_liveblog.txt", "more than 400 officers", 400, POL, "escape_searchers", "pol400"),
    ("escape_liveblog.txt", "two helicopters", 2, POL, "escape_helicopters", "pol2h"),
    ("escape_liveblog.txt", "Police have set up 38 checkpoints across Epirus", 38, POL, "escape_checkpoints", "pol38"),
    ("escape_liveblog.txt", "convicted of manslaughter and sentenced to 14 years", 14, LAW, "escape_sentence",
     "law14"),
    ("escape_liveblog.txt", "He had two years left to serve", 2, LAW, "escape_time_left", "law2y"),
    ("escape_liveblog.txt", "Hellenic Police say four inmates escaped", 4, POL, "escape_escapees", "pol4"),
    ("escape_liveblog.txt", "three as the ministry said at 07:30", 3, MIN, "escape_escapees", "min3"),
    ("escape_liveblog.txt", "The fourth man was found missing at the 08:00 headcount", None, POL,
     "escape_fourth_found", "pol0800"),
    ("escape_liveblog.txt", "the men got out shortly after 02:40 winter time", None, POL, "escape_time", "pol0240"),
    ("escape_liveblog.txt", "they were notified at 03:50", None, POL, "escape_alert_time", "pol0350"),
    ("escape_liveblog.txt", "about 30 km north-west of Ioannina", 30, O, "escape_location", "ac30"),
    ("escape_liveblog.txt", "Around 250 police are searching the area", 250, O, "escape_searchers", "ac250"),
    # an Athens news agency (Aegean Press Agency; no date line, a time line "28/10/2040 19:10 EET (17:10 GMT) ·
    # UPDATE 4 · AEGEAN PRESS AGENCY", headline, glued dateline "ATHENS, Oct 28 (APA) -Greek", the police's revised
    # count, the ministry's revised count, the escape "at 0040 GMT" (the ministry's 03:40 summer time, right), its own
    # gap before the clock change (right), detention "at 1505 GMT" (right), distance, crossing and handover, the
    # minister, the Ombudsman, national figures, the union, slug line), Sunday 28 Oct 19:10 EET
    ("escape_wire.txt", "three of the four inmates", 3, POL, "escape_recaptured", "pol3"),
    ("escape_wire.txt", "two of them after being detained by Albanian police across the border", 2, POL,
     "escape_detained_albania", "pol2alb"),
    ("escape_wire.txt", "said at 07:30 that three men had escaped", 3, MIN, "escape_escapees", "min3"),
    ("escape_wire.txt", "confirmed in the afternoon that a fourth inmate was missing", 4, MIN, "escape_escapees",
     "min4"),
    ("escape_wire.txt", "Two of the four are Albanian citizens", 2, MIN, "escape_albanians", "min2alb"),
    ("escape_wire.txt", "got out of the Zitsa closed prison at 0040 GMT", None, MIN, "escape_time", "min0340"),
    ("escape_wire.txt", "20 minutes before clocks in Greece went back an hour", 20, O, "escape_before_change", "apa20"),
    ("escape_wire.txt", "Police were alerted 70 minutes after the men broke out", 70, MIN, "escape_alert_delay",
     "min70"),
    ("escape_wire.txt", "near Gjirokastër at 1505 GMT", None, O, "escape_detention_time", "apa1505"),
    ("escape_wire.txt", "some 75 km from the prison by road", 75, O, "escape_distance_gjirokaster", "apa75"),
    ("escape_wire.txt", "after they crossed the border on foot through the mountains", None, O, "escape_crossing",
     "apafoot"),
    ("escape_wire.txt", "to be handed over to Greek police at the Kakavia crossing on Monday", None, O,
     "escape_handover", "apamon"),
    ("escape_wire.txt", "a 34-year-old Greek", 34, O, "escape_fourth_age", "apa34"),
    ("escape_wire.txt", "serving a life sentence", None, O, "escape_fourth_sentence", "apalife"),
    ("escape_wire.txt", "12 officers had been on duty", 12, MIN, "escape_guards", "min12"),
    ("escape_wire.txt", "built for 240 inmates", 240, MIN, "escape_capacity", "min240"),
    ("escape_wire.txt", "the suspended director would be replaced", None, MIN, "escape_director", "minsusp"),
    ("escape_wire.txt", "Zitsa was running at 151 per cent of its capacity", 151, OMB, "escape_occupancy", "omb151"),
    ("escape_wire.txt", "held about 11,200 inmates at the start of the year", 11200, MIN, "escape_national_inmates",
     "min11200"),
    ("escape_wire.txt", "an official capacity of about 10,100", 10100, MIN, "escape_national_capacity", "min10100"),
    ("escape_wire.txt", "called a 24-hour work stoppage for Tuesday", 24, UN, "escape_stoppage", "un24h"),
    # a Tirana English-language news site (The Tirana Ledger; no date line, a date line in CET under the masthead,
    # headline, byline, glued dateline "GJIROKASTËR -Albanian", the State Police (stopped "at 16:05", right), its
    # own count, its own escape time "at 01:40 Albanian time" (wrong: 00:40 GMT was 02:40 in Albania, still on
    # summer time; the site took one hour from the Greek winter-time 02:40), its own Albanian citizens, offset,
    # clock change, distance, helicopters and reward, a sentence glued without a space, the prosecutor, a resident,
    # photo line, newsletter and comments boilerplate), Monday 29 Oct
    ("escape_tirana.txt", "Albanian police detained two men", 2, ALB, "escape_detained_albania", "alb2"),
    ("escape_tirana.txt", "were stopped at 16:05 on Sunday", None, ALB, "escape_detention_time", "alb1605"),
    ("escape_tirana.txt", "crossed at the Kakavia border crossing hidden in the back of a lorry carrying oranges", None,
     ALB, "escape_crossing", "albcross"),
    ("escape_tirana.txt", "the driver, a 51-year-old from Delvina, had also been arrested", 51, ALB, "escape_driver",
     "albdriver"),
    ("escape_tirana.txt", "Five inmates escaped from the Zitsa prison", 5, O, "escape_escapees", "tl5"),
    ("escape_tirana.txt", "at 01:40 Albanian time on Sunday", None, O, "escape_time", "tl0140"),
    ("escape_tirana.txt", "three of them Albanian citizens", 3, O, "escape_albanians", "tl3"),
    ("escape_tirana.txt", "Greece is one hour ahead of Albania", 1, O, "escape_offset_albania", "tl1h"),
    ("escape_tirana.txt", "at 03:00 in Albania", None, O, "escape_albania_clock", "tl0300"),
    ("escape_tirana.txt", "Zitsa is about 90 kilometres by road from Gjirokastër", 90, O,
     "escape_distance_gjirokaster", "tl90"),
    ("escape_tirana.txt", "150 officers had been deployed along the southern border", 150, ALB,
     "escape_albanian_officers", "alb150"),
    ("escape_tirana.txt", "\"a process that can take several weeks\"", None, ALB, "escape_handover", "albweeks"),
    ("escape_tirana.txt", "Greek police searched with three helicopters", 3, O, "escape_helicopters", "tl3h"),
    ("escape_tirana.txt", "a reward of 50,000 euros", 50000, O, "escape_reward", "tl50k"),
    ("escape_tirana.txt", "would appear before a judge on Tuesday", None, PROS, "escape_hearing", "prostue"),

    # ---------------- carrier: fire on the car carrier Stella Oriens about 110 nautical miles (about 204 km)
    # south-west of Ponta Delgada, São Miguel, Azores, alarm at 02:10 on Tuesday 7 February 2040, Azores time (UTC−1
    # in winter) = 03:10 UTC = 03:10 WET in Lisbon = 04:10 CET in Oslo = 12:10 JST in Tokyo; crew abandon ship at
    # 04:35 Azores time = 05:35 GMT; 2 nautical miles is about 3.7 km
    # the Portuguese Navy's rescue centre press release (own-line date, letterhead, "PRESS RELEASE No. 14/2040 · 7
    # February 2040 · 13:00 (Azores, UTC−1) / 14:00 (Lisbon, UTC)", a title in capitals, signature line), Tuesday
    # 7 Feb 13:00 Azores time
    ("carrier_navy.txt", "at 02:10 local time (03:10 UTC) today", None, MRCC, "carrier_alarm_time", "mrcc0210"),
    ("carrier_navy.txt", "The ship, 200 metres long", 200, MRCC, "carrier_length", "mrcc200"),
    ("carrier_navy.txt", "about 110 nautical miles south-west of Ponta Delgada", 110, MRCC, "carrier_distance",
     "mrcc110"),
    ("carrier_navy.txt", "on passage from Setúbal to Baltimore", None, MRCC, "carrier_route", "mrccroute"),
    ("carrier_navy.txt", "The 21 crew members", 21, MRCC, "carrier_crew", "mrcc21"),
    ("carrier_navy.txt", "abandoned ship in the ship's lifeboat at 04:35", None, MRCC, "carrier_abandon_time",
     "mrcc0435"),
    ("carrier_navy.txt", "were picked up at 05:50", None, MRCC, "carrier_pickup_time", "mrcc0550"),
    ("carrier_navy.txt", "Two crew members were injured", 2, MRCC, "carrier_injured", "mrcc2"),
    ("carrier_navy.txt", "arrived at the hospital in Ponta Delgada at 10:05", None, MRCC, "carrier_hospital_time",
     "mrcc1005"),
    ("carrier_navy.txt", "the wind was south-westerly at 30 knots", 30, MRCC, "carrier_wind", "mrcc30kn"),
    ("carrier_navy.txt", "with waves of four metres", 4, MRCC, "carrier_waves", "mrcc4m"),
    ("carrier_navy.txt", "the ship is still burning fiercely", None, MRCC, "carrier_fire_status", "mrccburning"),
    ("carrier_navy.txt", "listing about 5 degrees to port", 5, MRCC, "carrier_list", "mrcc5deg"),
    ("carrier_navy.txt", "An exclusion zone of 5 nautical miles", 5, MRCC, "carrier_exclusion", "mrcc5nm"),
    ("carrier_navy.txt", "a sheen of oil about two nautical miles long at 11:30", 2, MRCC, "carrier_slick", "mrcc2nm"),
    # an Azores English-language news site (Atlantic Islands Post; leading-space own-line date, masthead, place and
    # time line, headline, byline, glued dateline "PONTA DELGADA -A", its own distance (right), the Navy's times
    # rounded ("shortly after 2am", "about 4.30am"), the hospital, the ship's agent, a photo caption in mid-text,
    # IPMA, the regional secretary, an environmental group, its own offset from Lisbon (right), a sentence glued
    # without a space, the regional government, three readers' comments), Tuesday 7 Feb 19:40
    ("carrier_azores.txt", "about 200 kilometres south-west of São Miguel", 200, O, "carrier_distance", "aip200"),
    ("carrier_azores.txt", "The fire broke out shortly after 2am", None, MRCC, "carrier_alarm_time", "mrcc0210"),
    ("carrier_azores.txt", "the crew took to the lifeboat at about 4.30am", None, MRCC, "carrier_abandon_time",
     "mrcc0435"),
    ("carrier_azores.txt", "admitted three crew members from the ship", 3, HOSP, "carrier_injured", "hosp3"),
    ("carrier_azores.txt", "one of them in a serious condition", None, HOSP, "carrier_severity", "hospserious"),
    ("carrier_azores.txt", "Twenty-two seafarers were on board", 22, AGENT, "carrier_crew", "agent22"),
    ("carrier_azores.txt", "recorded gusts of 85 km/h at sea overnight", 85, IPMA, "carrier_gusts", "ipma85"),
    ("carrier_azores.txt", "kept a yellow warning for the eastern group of islands in place until Wednesday", None,
     IPMA, "carrier_warning", "ipmayellow"),
    ("carrier_azores.txt", "the Navy had set up a three-mile exclusion zone", 3, REG, "carrier_exclusion", "reg3"),
    ("carrier_azores.txt", "carrying about 2,000 tonnes of heavy fuel oil", 2000, MV, "carrier_fuel", "mv2000"),
    ("carrier_azores.txt", "a slick at least 9 kilometres long", 9, MV, "carrier_slick", "mv9km"),
    ("carrier_azores.txt", "was drifting north-east, towards the Formigas islets", None, MV, "carrier_slick_drift",
     "mvne"),
    ("carrier_azores.txt", "The Azores are an hour behind Lisbon all year", 1, O, "carrier_offset_lisbon", "aip1h"),
    ("carrier_azores.txt", "would hold a press conference at 10:00 on Wednesday", None, AZGOV, "carrier_press_conf",
     "gov1000"),
    # a London shipping daily's explainer (The Maritime Ledger; leading-space date prefix with the masthead, section
    # and a time in GMT continuing on the same line, headline, byline, question headings, its own alarm time "02:10
    # GMT" (wrong: 02:10 in the Azores was 03:10 GMT; the site took the Azores to keep GMT in winter like Lisbon, and
    # says so), its own distance (wrong), the manager (the alarm "at 04:10 Norwegian time" and abandoning ship "at
    # 05:35 GMT", both right), a union inspector, its own year, length and capacity, the Navy, an analyst, the salvor,
    # its own count of fires, newsletter and copyright lines), Wednesday 8 Feb 16:00 GMT
    ("carrier_london.txt", "was reported at 02:10 GMT on Tuesday", None, O, "carrier_alarm_time", "ml0210gmt"),
    ("carrier_london.txt", "some 300 km west of São Miguel", 300, O, "carrier_distance", "ml300"),
    ("carrier_london.txt", "which keep GMT in winter, like mainland Portugal", 0, O, "carrier_offset_lisbon",
     "mlsame"),
    ("carrier_london.txt", "it was carrying 2,870 vehicles", 2870, NVK, "carrier_vehicles", "nvk2870"),
    ("carrier_london.txt", "including 410 electric vehicles", 410, NVK, "carrier_evs", "nvk410"),
    ("carrier_london.txt", "loaded at Barcelona and Setúbal for Baltimore", None, NVK, "carrier_route", "nvkroute"),
    ("carrier_london.txt", "there were more than 3,000 vehicles on board", 3000, NAUT, "carrier_vehicles", "naut3000"),
    ("carrier_london.txt", "at least 600 of them electric", 600, NAUT, "carrier_evs", "naut600"),
    ("carrier_london.txt", "there is no indication that an electric vehicle was involved", None, NVK, "carrier_cause",
     "nvknoev"),
    ("carrier_london.txt", "the fire started in the lithium-ion battery of an electric car on deck 9", None, NAUT,
     "carrier_cause", "nautev"),
    ("carrier_london.txt", "the fire alarm sounded on the bridge at 04:10 Norwegian time", None, NVK,
     "carrier_alarm_time", "nvk0410"),
    ("carrier_london.txt", "the crew abandoned ship at 05:35 GMT", None, NVK, "carrier_abandon_time", "nvk0535"),
    ("carrier_london.txt", "in six-metre waves", 6, NVK, "carrier_waves", "nvk6m"),
    ("carrier_london.txt", "One crew member was hurt", 1, NVK, "carrier_injured", "nvk1"),
    ("carrier_london.txt", "his burns were minor", None, NVK, "carrier_severity", "nvkminor"),
    ("carrier_london.txt", "All 21 crew are safe", 21, NVK, "carrier_crew", "nvk21"),
    ("carrier_london.txt", "built in 2025", 2025, O, "carrier_built", "ml2025"),
    ("carrier_london.txt", "is 228 metres long", 228, O, "carrier_length", "ml228"),
    ("carrier_london.txt", "with space for 6,400 cars", 6400, O, "carrier_capacity", "ml6400"),
    ("carrier_london.txt", "1,450 tonnes of very low sulphur fuel oil", 1450, NVK, "carrier_fuel", "nvk1450"),
    ("carrier_london.txt", "smoke was still pouring from the ship", None, MRCC, "carrier_fire_status", "mrccburning"),
    ("carrier_london.txt", "the slick was moving south-west, away from the islands", None, MRCC, "carrier_slick_drift",
     "mrccsw"),
    ("carrier_london.txt", "The cargo is worth about $120 million", 120000000, AN, "carrier_cargo_value", "an120m"),
    ("carrier_london.txt", "The hull is insured for about $45 million", 45000000, AN, "carrier_hull_value", "an45m"),
    ("carrier_london.txt", "two ocean-going tugs would reach the ship on Thursday", 2, BS, "carrier_tugs", "bs2"),
    ("carrier_london.txt", "At least 11 car carriers have caught fire at sea since 2030", 11, O,
     "carrier_previous_fires", "ml11"),
    # a Tokyo news agency's English service (Kanto Press; no date line, a time line "2040/02/08 10:00 JST", headline,
    # dateline "TOKYO, Feb 8 (Kanto Press) --", the owner (the fire "at 12:10 p.m. Japan time on Tuesday", right), a
    # Manila union, the carmaker, its own cargo value, distance, share price and history, reporting line), Wednesday
    # 8 Feb 10:00 JST
    ("carrier_tokyo.txt", "was under control", None, OWN, "carrier_fire_status", "ownctrl"),
    ("carrier_tokyo.txt", "all 21 crew members had been rescued", 21, OWN, "carrier_crew", "own21"),
    ("carrier_tokyo.txt", "detected at 12:10 p.m. Japan time on Tuesday", None, OWN, "carrier_alarm_time", "own1210"),
    ("carrier_tokyo.txt", "16 Filipinos", 16, OWN, "carrier_filipinos", "own16"),
    ("carrier_tokyo.txt", "three Indians and two Montenegrins", None, OWN, "carrier_crew_others", "ownothers"),
    ("carrier_tokyo.txt", "abandoned ship in the early hours local time", None, OWN, "carrier_abandon_time",
     "ownearly"),
    ("carrier_tokyo.txt", "there were 17 Filipinos on board", 17, AFSU, "carrier_filipinos", "afsu17"),
    ("carrier_tokyo.txt", "it had hired three tugs", 3, OWN, "carrier_tugs", "own3"),
    ("carrier_tokyo.txt", "to tow the vessel to a port in the Canary Islands or mainland Portugal", None, OWN,
     "carrier_tow_destination", "owntow"),
    ("carrier_tokyo.txt", "delivered in 2027", 2027, OWN, "carrier_built", "own2027"),
    ("carrier_tokyo.txt", "a capacity of 6,500 vehicles", 6500, OWN, "carrier_capacity", "own6500"),
    ("carrier_tokyo.txt", "1,150 of its vehicles were on board", 1150, KAN, "carrier_kaneda_vehicles", "kan1150"),
    ("carrier_tokyo.txt", "no evidence that any of our vehicles caused the fire", None, KAN, "carrier_cause",
     "kannoev"),
    ("carrier_tokyo.txt", "worth an estimated 13 billion yen ($87 million)", 13000000000, O, "carrier_cargo_value",
     "kp13bn"),
    ("carrier_tokyo.txt", "about 1,450 kilometres west of Lisbon", 1450, O, "carrier_distance_lisbon", "kp1450"),
    ("carrier_tokyo.txt", "fell 4.2 per cent in Tokyo on Wednesday morning", 4.2, O, "carrier_share_fall", "kp42"),
    ("carrier_tokyo.txt", "to 2,315 yen", 2315, O, "carrier_share_price", "kp2315"),
    ("carrier_tokyo.txt", "their lowest level since 2038", None, O, "carrier_share_low", "kp2038"),
    ("carrier_tokyo.txt", "the company's second fire on a car carrier in three years", 2, O, "carrier_owner_fires",
     "kp2nd"),
    ("carrier_tokyo.txt", "put out within nine hours", 9, O, "carrier_aurora_hours", "kp9h"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("cattle_exporter.txt", "fresh water is made on board", None, NPX, "cattle_opt_water"),
    ("cattle_exporter.txt", "Our cattle have never been near it", None, NPX, "cattle_opt_never_near"),
    ("cattle_darwin.txt", "Worked the wharf for 20 years and never seen a boat sent back like this", 20,
     "reader Mick_Palmerston", "cattle_opt_comment_wharf"),
    ("cattle_jakarta.txt", "Its cattle were bound for two feedlots in Central Lampung", 2, IMP, "cattle_opt_feedlots"),
    ("cattle_jakarta.txt", "If the ban lasts until Idul Adha, there will not be enough cattle", None, IMP,
     "cattle_opt_idul_adha"),
    ("escape_liveblog.txt", "This ministry cannot even tell the time", None, MP, "escape_opt_tell_time"),
    ("escape_liveblog.txt", "Residents of Zitsa have been told to keep their doors locked", None, O, "escape_opt_doors"),
    ("escape_wire.txt", "\"is overcrowded like every prison in Greece\"", None, MIN, "escape_opt_overcrowded"),
    ("escape_tirana.txt", "The two, both Albanian citizens", 2, ALB, "escape_opt_both_albanian"),
    ("escape_tirana.txt", "\"two men running into the olive groves\" at about 4am on Sunday", None,
     "a resident of Dropull", "escape_opt_resident"),
    ("carrier_navy.txt", "a salvage company has been contracted", None, NVK, "carrier_opt_salvor"),
    ("carrier_azores.txt", "it will be a disaster for the whole archipelago", None, MV, "carrier_opt_disaster"),
    ("carrier_azores.txt", "they could see the smoke from 40 miles away", 40, "reader Luísa M.",
     "carrier_opt_comment_smoke"),
    ("carrier_azores.txt", "200 km is not close", 200, "reader João_PDL", "carrier_opt_comment_200"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # cattle
    "cattle_anchor_time": {("npx0715", "hm0715"): CO, ("npx0715", "scn0745"): C, ("npx0715", "jc0445"): CO,
                           ("hm0715", "scn0745"): C, ("hm0715", "jc0445"): CO, ("scn0745", "jc0445"): C},
    "cattle_head": {("npx14200", "welf14850"): C, ("npx14200", "daff14640"): C, ("npx14200", "jc13800"): C,
                    ("welf14850", "daff14640"): C, ("welf14850", "jc13800"): C, ("daff14640", "jc13800"): C},
    "cattle_departure": {("npx1nov", "daff1nov"): CO},
    "cattle_voyage_days": {("npx125", "welf15"): C, ("welf15", "welf15"): SC},
    "cattle_refusal_time": {("npx1630", "bar1400"): CO},
    "cattle_panjang_wait": {("npx3d", "imp4d"): C},
    "cattle_deaths": {("npx37", "welf100"): C, ("npx37", "daff52"): C, ("npx37", "npx49"): U, ("npx37", "npx37"): SC,
                      ("welf100", "daff52"): C, ("welf100", "npx49"): C, ("welf100", "welf100"): SC},
    "cattle_deck_temp": {("npx33", "welf41"): C},
    "cattle_fodder": {("npx10d", "welfsat"): C},
    "cattle_stockpersons": {("npx3", "welf2"): C},
    "cattle_condition": {("npxhealthy", "welfsuffer"): C, ("welfsuffer", "welfsuffer"): SC},
    "cattle_value": {("npx17m", "ncpa21m"): C, ("npx17m", "npx17m"): SC},
    "cattle_weight": {("npx340", "jc350"): C},
    "cattle_anchor_distance": {("hm4nm", "scn10km"): C},
    "cattle_nt_exports": {("ncpa420k", "scn500k"): C},
    "cattle_indo_share": {("ncpa75", "scnmost"): CO},
    "cattle_offset_sydney": {("tet15", "scn05"): C},
    "cattle_decision": {("daffFri", "daffFri"): SC},
    "cattle_lsd_present": {("dafffree", "barpresent"): C},
    "cattle_suspended_yards": {("daff2", "bar3"): C},
    "cattle_samples_positive": {("bar9", "bar9"): SC},
    # escape
    "escape_escapees": {("min3", "pol4"): C, ("min3", "min3"): SC, ("min3", "min4"): U, ("min3", "tl5"): C,
                        ("pol4", "min4"): CO, ("pol4", "tl5"): C, ("min4", "tl5"): C},
    "escape_location": {("min20", "ac30"): C},
    "escape_time": {("min0340", "min0340"): SC, ("min0340", "pol0240"): CO, ("min0340", "tl0140"): C,
                    ("pol0240", "tl0140"): C},
    "escape_clock_change": {("min0400", "acclock"): CO},
    "escape_method": {("minbars", "ungate"): C},
    "escape_discovered": {("min0325", "min0325"): SC, ("min0325", "un0500"): C},
    "escape_discovery_gap": {("min45", "mp15"): C},
    "escape_alert_time": {("min0350", "pol0350"): CO},
    "escape_alert_delay": {("un2h", "min70"): C},
    "escape_guards": {("min12", "un7"): C, ("min12", "min12"): SC},
    "escape_inmates": {("min362", "un400"): C},
    "escape_cameras": {("minall", "un9"): C},
    "escape_sentence": {("minlife", "law14"): C},
    "escape_director": {("minsusp", "minsusp"): SC},
    "escape_reward": {("min20k", "tl50k"): C},
    "escape_previous": {("minfirst", "un2"): C},
    "escape_recaptured": {("pol1", "pol3"): U},
    "escape_detained_albania": {("alb2", "pol2alb"): CO, ("alb2", "alb2"): SC},
    "escape_detention_time": {("alb1605", "apa1505"): CO, ("alb1605", "alb1605"): SC},
    "escape_helicopters": {("pol2h", "tl3h"): C},
    "escape_albanians": {("min2alb", "tl3"): C},
    "escape_distance_gjirokaster": {("apa75", "tl90"): C},
    "escape_crossing": {("apafoot", "albcross"): C},
    "escape_handover": {("apamon", "albweeks"): C},
    # carrier
    "carrier_alarm_time": {("mrcc0210", "mrcc0210"): SC, ("mrcc0210", "ml0210gmt"): C, ("mrcc0210", "nvk0410"): CO,
                           ("mrcc0210", "own1210"): CO, ("ml0210gmt", "own1210"): C, ("nvk0410", "own1210"): CO},
    "carrier_distance": {("mrcc110", "aip200"): CO, ("mrcc110", "ml300"): C, ("aip200", "ml300"): C},
    "carrier_route": {("mrccroute", "nvkroute"): CO},
    "carrier_crew": {("mrcc21", "agent22"): C, ("mrcc21", "nvk21"): CO, ("mrcc21", "own21"): CO,
                     ("agent22", "nvk21"): C, ("agent22", "own21"): C, ("nvk21", "own21"): CO},
    "carrier_abandon_time": {("mrcc0435", "mrcc0435"): SC, ("mrcc0435", "nvk0535"): CO, ("mrcc0435", "ownearly"): CO,
                             ("nvk0535", "ownearly"): CO},
    "carrier_injured": {("mrcc2", "hosp3"): C, ("mrcc2", "nvk1"): C, ("hosp3", "nvk1"): C},
    "carrier_severity": {("hospserious", "nvkminor"): C},
    "carrier_waves": {("mrcc4m", "nvk6m"): C},
    "carrier_fire_status": {("mrccburning", "mrccburning"): SC, ("mrccburning", "ownctrl"): C},
    "carrier_exclusion": {("mrcc5nm", "reg3"): C},
    "carrier_slick": {("mrcc2nm", "mv9km"): C},
    "carrier_slick_drift": {("mvne", "mrccsw"): C},
    "carrier_offset_lisbon": {("aip1h", "mlsame"): C},
    "carrier_fuel": {("mv2000", "nvk1450"): C},
    "carrier_length": {("mrcc200", "ml228"): C},
    "carrier_cause": {("nvknoev", "kannoev"): CO, ("nautev", "kannoev"): C},
    "carrier_built": {("ml2025", "own2027"): C},
    "carrier_capacity": {("ml6400", "own6500"): C},
    "carrier_cargo_value": {("an120m", "kp13bn"): C},
    "carrier_tugs": {("bs2", "own3"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
