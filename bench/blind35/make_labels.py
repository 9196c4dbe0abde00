"""Hand labels for bench/blind35 (an online ticket sale for a pop star's two stadium shows in Navi Mumbai that
crashes and sells out, with times in India Standard Time, UTC+5:30, GMT, US Eastern and Pacific time; an Adelaide
biotech's Phase 3 migraine trial whose results are disputed, with times in Australian Central Daylight Time,
UTC+10:30, GMT and US Eastern time across the date line; Brazil's annual Amazon deforestation figure and the satellite
figures that contradict it, with times in Brasília time, UTC-3, Manaus time, UTC-4, and GMT).
Run from the project root:
    python3 bench/blind35/make_labels.py
It checks the table and writes labels.json next to this file.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blind_labels import C, CO, S, SC, U, check_each_value_once, write_labels  # noqa: E402,F401

# claimants, spelled once
TIXNEST = "TixNest, the ticketing platform (chief executive Siddharth Kamat)"
MARIGOLD = "Marigold Live, the promoter (founder Farah Contractor)"
FANS = "Vale Nation India, the fan club (president Ishita Deshmukh)"
NMPOLICE = "Navi Mumbai Police (cyber cell; Deputy Commissioner Sunil Gaikwad)"
POLSRC = "a police source (Navi Mumbai)"
MCAC = "Maharashtra Consumer Action Council (secretary Rekha Joglekar)"
VENKATESH = "cybersecurity researcher Aditya Venkatesh (SecureGrid Labs)"
BORKAR = "Maharashtra cultural affairs minister Vinayak Borkar"
HALE = "analyst Gregor Hale (Touring Data Co.)"

CVT = "Corvalin Therapeutics (chief executive Dr Helen Marchetti)"
KOWALCZYK = "principal investigator Professor Miriam Kowalczyk (University of Adelaide)"
FERREIRA = "biostatistician Tomás Ferreira-Lind (Honest Intervals newsletter)"
CASTELLANOS = "headache specialist Dr Oren Castellanos (Boston)"
REGISTRY = "the trial's ANZCTR registry record"
OKAFOR = "analyst James Okafor (Bellbird Securities)"
NATARAJAN = "analyst Priya Natarajan (Halvard Partners)"
HAA = "Headache Alliance of Australia"

INPE = "Brazil's government figure: INPE, the national space research institute (director Marcelo Azevedo Lins)"
NOGUEIRA = "Brazil's Environment Minister Carla Nogueira"
OVX = "Observatório Verde Amazônia, environmental coalition (SentinelaMap; coordinator Júlia Tapajós)"
PARA = "Pará state environment secretariat (secretary Rogério Baena)"
RANCH = "Amazon Cattle Producers' Federation (president Osvaldo Kerber)"
MORAES = "remote-sensing researcher Dr Letícia Moraes Quadros (Federal University of Amazonas)"
IBAMA = "IBAMA, Brazil's federal environmental agency"
NORWAY = "Norway (climate ministry; Norwegian embassy in Brazil)"
PRATES = "Altamira mayor Dorival Prates"
PF = "Brazil's Federal Police"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- tix: the general sale for Lumen Vale's two shows at the Konkan Arena, Navi Mumbai, opens on
    # TixNest at 12 noon IST (UTC+5:30) on Sun 23 Sept 2029 = 0630 GMT = 2:30 a.m. EDT = 11:30 p.m. PDT on Saturday;
    # the site goes down at 12:07 p.m. IST = 2:37 a.m. EDT; sold out at 12:38 p.m.; queue, bots, prices, touts
    # Indian wire agency (IPN; glued dateline "Mumbai, Sep 23 (IPN)Tickets"), Sunday 23 September
    ("tix_wire.txt", "at 12 noon on Sunday", None, O, "tix_sale_open", "outw12"),
    ("tix_wire.txt", "0630 GMT", None, O, "tix_sale_open", "outw12"),
    ("tix_wire.txt", "1.4 million people", 1400000, TIXNEST, "tix_queue", "tn14"),
    ("tix_wire.txt", "a coordinated bot attack", None, TIXNEST, "tix_cause", "tnbots"),
    ("tix_wire.txt", "sold out in 38 minutes", 38, TIXNEST, "tix_sold_out", "tn38"),
    ("tix_wire.txt", "four tickets per account", 4, TIXNEST, "tix_limit", "tn4"),
    ("tix_wire.txt", "90,000 tickets across the two nights", 90000, MARIGOLD, "tix_tickets_total", "mar90"),
    ("tix_wire.txt", "from ₹4,500", 4500, MARIGOLD, "tix_price_low", "mar4500"),
    ("tix_wire.txt", "to ₹35,000", 35000, MARIGOLD, "tix_price_top", "mar35k"),
    ("tix_wire.txt", "some 63,000 tickets", 63000, MARIGOLD, "tix_general_share", "mar70"),
    ("tix_wire.txt", "the 55,000-capacity Konkan Arena", 55000, O, "tix_capacity", "outw55"),
    ("tix_wire.txt", "on December 1 and 2", None, O, "tix_dates", "outw12dec"),
    ("tix_wire.txt", "no plans for a third show", None, MARIGOLD, "tix_third_show", "marno3"),
    ("tix_wire.txt", "arrested four men", 4, NMPOLICE, "tix_arrests", "pol4"),
    ("tix_wire.txt", "seized 312 tickets", 312, NMPOLICE, "tix_seized", "pol312"),
    ("tix_wire.txt", "fewer than 3,000 genuine complaints", 3000, BORKAR, "tix_complaints", "bor3000"),
    # Indian TV news channel's live page (Metro24; IST timestamps, newest first, two glued to their headings),
    # Sunday 23 September
    ("tix_live.txt", "11,400 complaints", 11400, MCAC, "tix_complaints", "mcac11400"),
    ("tix_live.txt", "The servers simply were not built for the demand", None, MCAC, "tix_cause", "mcaccap"),
    ("tix_live.txt", "barely 40 per cent of the seats", 40, MCAC, "tix_general_share", "mcac40"),
    ("tix_live.txt", "four people have been arrested", 4, NMPOLICE, "tix_arrests", "pol4"),
    ("tix_live.txt", "was ₹95,000", 95000, NMPOLICE, "tix_resale", "pol95k"),
    ("tix_live.txt", "₹350 per ticket", 350, TIXNEST, "tix_fee", "tn350"),
    ("tix_live.txt", "1.2 crore bot requests", 12000000, TIXNEST, "tix_bots", "tn12cr"),
    ("tix_live.txt", "6.5 lakh fans", 650000, TIXNEST, "tix_verified", "tn650k"),
    ("tix_live.txt", "more than 3 million fans", 3000000, MARIGOLD, "tix_queue", "mar3m"),
    ("tix_live.txt", "45,000 a night", 45000, MARIGOLD, "tix_tickets_total", "mar90"),
    ("tix_live.txt", "Sales opened at noon", None, O, "tix_sale_open", "outl12"),
    ("tix_live.txt", "starting at ₹3,500", 3500, O, "tix_price_low", "outl3500"),
    ("tix_live.txt", "at 12:38 pm", None, O, "tix_sold_out", "outl1238"),
    ("tix_live.txt", "went down at 12:07 pm", None, TIXNEST, "tix_crash", "tn1207"),
    # Mumbai city paper's website (The Bombay Courier; byline date, photo caption, two glued sentences, reader
    # comments), Monday 24 September
    ("tix_tabloid.txt", "at 1 pm on Sunday", None, O, "tix_sale_open", "outt1"),
    ("tix_tabloid.txt", "within 90 seconds", 90, FANS, "tix_crash", "fans90"),
    ("tix_tabloid.txt", "nearly three hours", 3, FANS, "tix_sold_out", "fans3h"),
    ("tix_tabloid.txt", "over a million members", 1000000, FANS, "tix_verified", "fans1m"),
    ("tix_tabloid.txt", "as much as Rs 1,80,000", 180000, FANS, "tix_resale", "fans180k"),
    ("tix_tabloid.txt", "to 2.2 million", 2200000, TIXNEST, "tix_queue", "tn22"),
    ("tix_tabloid.txt", "no sign of an attack", None, VENKATESH, "tix_cause", "svno"),
    ("tix_tabloid.txt", "no more than 40 lakh automated requests", 4000000, VENKATESH, "tix_bots", "sv40l"),
    ("tix_tabloid.txt", "The 90,000 seats", 90000, O, "tix_tickets_total", "outt90"),
    ("tix_tabloid.txt", "the December 1-2 shows", None, O, "tix_dates", "outt12dec"),
    ("tix_tabloid.txt", "The 60,000-seat Konkan Arena", 60000, O, "tix_capacity", "outt60"),
    ("tix_tabloid.txt", "priced at Rs 4,500", 4500, O, "tix_price_low", "outt4500"),
    ("tix_tabloid.txt", "topped out at Rs 42,000", 42000, O, "tix_price_top", "outt42k"),
    ("tix_tabloid.txt", "about 70% of tickets", 70, MARIGOLD, "tix_general_share", "mar70"),
    ("tix_tabloid.txt", "Rs 110 crore", 1100000000, MARIGOLD, "tix_revenue", "mar110"),
    ("tix_tabloid.txt", "more than 14,000 complaints", 14000, MCAC, "tix_complaints", "mcac14000"),
    ("tix_tabloid.txt", "Rs 590 a ticket", 590, MCAC, "tix_fee", "mcac590"),
    ("tix_tabloid.txt", "seven touts", 7, POLSRC, "tix_arrests", "polsrc7"),
    ("tix_tabloid.txt", "nearly 500 tickets", 500, POLSRC, "tix_seized", "polsrc500"),
    # US live-music trade site (Tourbook Weekly; ET and PT, dollars, a "($1 = 83.5 rupees)" line, newsletter
    # boilerplate), Monday 24 September
    ("tix_trade.txt", "at 2:30 a.m. ET Sunday", None, O, "tix_sale_open", "outtr230"),
    ("tix_trade.txt", "11:30 p.m. PT Saturday", None, O, "tix_sale_open", "outtr230"),
    ("tix_trade.txt", "noon in Mumbai", None, O, "tix_sale_open", "outtr230"),
    ("tix_trade.txt", "at about 2:37 a.m. ET", None, TIXNEST, "tix_crash", "tn1207"),
    ("tix_trade.txt", "2.2 million users", 2200000, TIXNEST, "tix_queue", "tn22"),
    ("tix_trade.txt", "12 million bot requests", 12000000, TIXNEST, "tix_bots", "tn12cr"),
    ("tix_trade.txt", "650,000 verified fans", 650000, TIXNEST, "tix_verified", "tn650k"),
    ("tix_trade.txt", "in under an hour", 1, MARIGOLD, "tix_sold_out", "mar60"),
    ("tix_trade.txt", "from about $54", 54, MARIGOLD, "tix_price_low", "mar4500"),
    ("tix_trade.txt", "to about $420", 420, MARIGOLD, "tix_price_top", "mar35k"),
    ("tix_trade.txt", "$212 million across 31 shows", 212000000, O, "tix_na_gross", "outtrna"),
    ("tix_trade.txt", "the 55,000-cap Konkan Arena", 55000, O, "tix_capacity", "outtr55"),
    ("tix_trade.txt", "on Nov. 30 and Dec. 1", None, O, "tix_dates", "outtr30"),
    ("tix_trade.txt", "some 110,000 seats", 110000, O, "tix_tickets_total", "outtr110"),
    ("tix_trade.txt", "a third show, on Monday, Dec. 3", None, MARIGOLD, "tix_third_show", "mar3rd"),
    ("tix_trade.txt", "about $13 million", 13000000, MARIGOLD, "tix_revenue", "mar110"),
    ("tix_trade.txt", "closer to $9 million", 9000000, HALE, "tix_revenue", "hale9"),
    ("tix_trade.txt", "only about 36,000", 36000, MCAC, "tix_general_share", "mcac40"),
    ("tix_trade.txt", "about $4.20 a ticket", 4.2, O, "tix_fee", "outtrfee"),
    ("tix_trade.txt", "about $2,150 a ticket", 2150, FANS, "tix_resale", "fans180k"),
    ("tix_trade.txt", "about 310 tickets", 310, NMPOLICE, "tix_seized", "pol312"),

    # ---------------- trial: Corvalin Therapeutics (Adelaide, ASX: CVT) posts KESTREL-3 Phase 3 results for its
    # migraine injection orvanetide at 9:47 a.m. ACDT (UTC+10:30) on Tue 6 Nov 2029 = 2317 GMT = 6:17 p.m. EST on
    # Monday 5 Nov; the webcast at 11.00am ACDT = 0030 GMT = 7:30 p.m. EST Monday; patients, effect, endpoint, money
    # company's ASX announcement (date prefix glued to "ASX ANNOUNCEMENT"), Tuesday 6 November
    ("trial_release.txt", "enrolled 1,214 patients", 1214, CVT, "trial_enrolled", "cvt1214"),
    ("trial_release.txt", "at 82 sites", 82, CVT, "trial_sites", "cvt82"),
    ("trial_release.txt", "in 11 countries", 11, CVT, "trial_countries", "cvt11"),
    ("trial_release.txt", "1,046 completed", 1046, CVT, "trial_completed", "cvt1046"),
    ("trial_release.txt", "a mean reduction of 4.7 monthly migraine days", 4.7, CVT, "trial_drug_days", "cvt47"),
    ("trial_release.txt", "2.4 days on placebo", 2.4, CVT, "trial_placebo_days", "cvt24"),
    ("trial_release.txt", "a difference of 2.3 days", 2.3, CVT, "trial_effect", "cvt23"),
    ("trial_release.txt", "p<0.001", 0.001, CVT, "trial_pvalue", "cvtp"),
    ("trial_release.txt", "61% of patients receiving orvanetide", 61, CVT, "trial_responders", "cvt61"),
    ("trial_release.txt", "34% on placebo", 34, CVT, "trial_placebo_resp", "cvt34"),
    ("trial_release.txt", "in 3.1% of patients receiving orvanetide", 3.1, CVT, "trial_sae", "cvt31"),
    ("trial_release.txt", "reported by 12% of patients", 12, CVT, "trial_nausea", "cvt12"),
    ("trial_release.txt", "confirm that KESTREL-3 met its primary endpoint", None, CVT, "trial_met", "cvtmet"),
    ("trial_release.txt", "in the first half of 2030", None, CVT, "trial_filing", "cvth1"),
    ("trial_release.txt", "about 3 million Australians", 3000000, CVT, "trial_patients_aus", "cvt3m"),
    ("trial_release.txt", "at 11.00am (ACDT)", None, CVT, "trial_call", "cvtcall"),
    # Australian financial daily's website (The Southern Ledger; Adelaide times, A$), Tuesday 6 November, 5.12pm
    ("trial_fin.txt", "as much as 46%", 46, O, "trial_shares_peak", "outf46"),
    ("trial_fin.txt", "close 21.4% higher", 21.4, O, "trial_close_pct", "outf214"),
    ("trial_fin.txt", "at A$3.12", 3.12, O, "trial_close_price", "outf312"),
    ("trial_fin.txt", "at 9.47am Adelaide time", None, O, "trial_announced", "outf947"),
    ("trial_fin.txt", "about A$1.4 billion", 1400000000, O, "trial_market_cap", "outf14"),
    ("trial_fin.txt", "at 11.30am", None, O, "trial_call", "outf1130"),
    ("trial_fin.txt", "randomised 1,206 patients", 1206, CVT, "trial_enrolled", "cvt1206"),
    ("trial_fin.txt", "About 13.8% of patients", 13.8, CVT, "trial_dropout", "cvt138"),
    ("trial_fin.txt", "2.3 fewer migraine days a month", 2.3, CVT, "trial_effect", "cvt23"),
    ("trial_fin.txt", "fall by 4.9 days a month", 4.9, O, "trial_drug_days", "outf49"),
    ("trial_fin.txt", "58 per cent of patients", 58, KOWALCZYK, "trial_responders", "kow58"),
    ("trial_fin.txt", "The endpoint was refined, not changed", None, KOWALCZYK, "trial_endpoint", "kowno"),
    ("trial_fin.txt", "the trial met its main goal", None, O, "trial_met", "outfmet"),
    ("trial_fin.txt", "in nine countries", 9, O, "trial_countries", "outf9"),
    ("trial_fin.txt", "cost A$186 million", 186000000, CVT, "trial_cost", "cvt186"),
    ("trial_fin.txt", "by March 2030", None, CVT, "trial_filing", "cvtmar"),
    ("trial_fin.txt", "about A$700 a month", 700, CVT, "trial_price", "cvt700"),
    ("trial_fin.txt", "closer to A$1,100 a month", 1100, OKAFOR, "trial_price", "oka1100"),
    ("trial_fin.txt", "peak sales of A$1.3 billion a year", 1300000000, OKAFOR, "trial_peak_sales", "oka13"),
    ("trial_fin.txt", "nearly five million Australians", 5000000, HAA, "trial_patients_aus", "haa5m"),
    ("trial_fin.txt", "rose 0.6% to close at 8,912.4 points", 0.6, O, "trial_asx200", "outfasx"),
    # US biotech news site (Dosewire; ET and GMT, US$), Tuesday 6 November, 7:02 a.m. ET
    ("trial_med.txt", "at 6:17 p.m. ET on Monday", None, O, "trial_announced", "outm617"),
    ("trial_med.txt", "2317 GMT", None, O, "trial_announced", "outm617"),
    ("trial_med.txt", "more than 1,200 patients", 1200, CVT, "trial_enrolled", "cvt1200"),
    ("trial_med.txt", "fall by 4.7 days a month", 4.7, CVT, "trial_drug_days", "cvt47"),
    ("trial_med.txt", "improved by 2.1 days", 2.1, O, "trial_placebo_days", "outm21"),
    ("trial_med.txt", "61 percent of treated patients", 61, CVT, "trial_responders", "cvt61"),
    ("trial_med.txt", "p < 0.001", 0.001, CVT, "trial_pvalue", "cvtp"),
    ("trial_med.txt", "more than 90 sites", 90, O, "trial_sites", "outm90"),
    ("trial_med.txt", "about US$121 million", 121000000, CVT, "trial_cost", "cvt186"),
    ("trial_med.txt", "About 14% of participants", 14, CVT, "trial_dropout", "cvt138"),
    ("trial_med.txt", "3.1 percent of those on the drug", 3.1, CVT, "trial_sae", "cvt31"),
    ("trial_med.txt", "only 871 patients finished the study", 871, FERREIRA, "trial_completed", "ferr871"),
    ("trial_med.txt", "the trial's primary endpoint had been swapped partway through", None, FERREIRA,
     "trial_endpoint", "regchg"),
    ("trial_med.txt", "barely one and a half days", 1.5, CASTELLANOS, "trial_effect", "cast15"),
    ("trial_med.txt", "The primary endpoint has not changed since the trial began", None, CVT, "trial_endpoint",
     "cvtno"),
    ("trial_med.txt", "in late 2030", None, KOWALCZYK, "trial_filing", "kowlate"),
    ("trial_med.txt", "at 7:30 p.m. ET Monday", None, O, "trial_call", "outm730"),
    ("trial_med.txt", "about US$455 a month", 455, CVT, "trial_price", "cvt700"),
    ("trial_med.txt", "as much as 41%", 41, O, "trial_shares_peak", "outm41"),
    ("trial_med.txt", "up 19% at the close", 19, O, "trial_close_pct", "outm19"),
    ("trial_med.txt", "roughly US$900 million", 900000000, O, "trial_market_cap", "outm900"),
    ("trial_med.txt", "peak sales at US$600 million", 600000000, NATARAJAN, "trial_peak_sales", "nat600"),
    # biostatistician's newsletter (Honest Intervals; first person, so his own figures are the outlet's voice;
    # a glued sentence, reader comments, subscription line), Wednesday 7 November
    ("trial_blog.txt", "just after 8:30 a.m. Adelaide time", None, O, "trial_announced", "outb830"),
    ("trial_blog.txt", "up as much as 60%", 60, O, "trial_shares_peak", "outb60"),
    ("trial_blog.txt", "valued at A$2 billion", 2000000000, O, "trial_market_cap", "outb2"),
    ("trial_blog.txt", "says 1,214 patients", 1214, CVT, "trial_enrolled", "cvt1214"),
    ("trial_blog.txt", "1,190 patients were randomised", 1190, REGISTRY, "trial_enrolled", "reg1190"),
    ("trial_blog.txt", "only 871 who completed", 871, O, "trial_completed", "ferr871"),
    ("trial_blog.txt", "more than 28% of those randomised", 28, O, "trial_dropout", "ferr28"),
    ("trial_blog.txt", "changed the primary endpoint in March 2028", None, REGISTRY, "trial_endpoint", "regchg"),
    ("trial_blog.txt", "missed the primary endpoint it was registered with", None, O, "trial_met", "ferrmiss"),
    ("trial_blog.txt", "39% of placebo patients", 39, O, "trial_placebo_resp", "ferr39"),
    ("trial_blog.txt", "closer to 1.4 days a month", 1.4, O, "trial_effect", "ferr14"),
    ("trial_blog.txt", "p = 0.047", 0.047, O, "trial_pvalue", "ferrp"),
    ("trial_blog.txt", "4.4% in the drug arm", 4.4, O, "trial_sae", "ferr44"),
    ("trial_blog.txt", "nearly one in five patients", 20, O, "trial_nausea", "ferr20"),
    ("trial_blog.txt", "nearly A$250 million", 250000000, O, "trial_cost", "ferr250"),
    ("trial_blog.txt", "maybe A$300 million", 300000000, O, "trial_peak_sales", "ferr300"),
    ("trial_blog.txt", "closed at A$3.40", 3.4, O, "trial_close_price", "outb340"),

    # ---------------- forest: INPE publishes Brazil's annual Amazon clear-cutting figure (August 2028 to July 2029)
    # at 10 a.m. Brasília time (UTC-3) on Thu 22 Nov 2029 = 1300 GMT = 9 a.m. in Manaus (UTC-4); an NGO's satellite
    # system, a researcher, ranchers and a state contradict it; fines, embargoes, arrests, Norway's money
    # international wire (GWS; glued dateline "BRASÍLIA, Nov 22 (GWS) —Deforestation", conversion lines),
    # Thursday 22 November
    ("forest_wire.txt", "fell 18% in the 12 months to July", 18, INPE, "forest_change", "inpe18"),
    ("forest_wire.txt", "6,288 square kilometres", 6288, INPE, "forest_area", "inpe6288"),
    ("forest_wire.txt", "about 2,430 square miles", 2430, INPE, "forest_area", "inpe6288"),
    ("forest_wire.txt", "from 7,670 square kilometres", 7670, INPE, "forest_prev", "inpe7670"),
    ("forest_wire.txt", "at 10 a.m. local time", None, O, "forest_announced", "outw10"),
    ("forest_wire.txt", "1300 GMT", None, O, "forest_announced", "outw10"),
    ("forest_wire.txt", "the lowest level in 15 years", 15, NOGUEIRA, "forest_lowest", "nog15"),
    ("forest_wire.txt", "on track to end illegal deforestation by 2030", None, NOGUEIRA, "forest_target", "nogtrack"),
    ("forest_wire.txt", "had fallen 12%", 12, NOGUEIRA, "forest_indigenous", "nog12"),
    ("forest_wire.txt", "more than 300 arrests", 300, NOGUEIRA, "forest_arrests", "nog300"),
    ("forest_wire.txt", "9,140 sq km", 9140, OVX, "forest_area", "ovx9140"),
    ("forest_wire.txt", "under 5% of the region", 5, INPE, "forest_clouds", "inpe5"),
    ("forest_wire.txt", "accounted for 2,105 square kilometres", 2105, INPE, "forest_para", "inpe2105"),
    ("forest_wire.txt", "lost 1,146 square kilometres", 1146, INPE, "forest_amazonas", "inpe1146"),
    ("forest_wire.txt", "less than 300 square kilometres", 300, PRATES, "forest_altamira", "prates300"),
    ("forest_wire.txt", "R$3.2 billion", 3200000000, IBAMA, "forest_fines", "ibama32"),
    ("forest_wire.txt", "about $640 million", 640000000, IBAMA, "forest_fines", "ibama32"),
    ("forest_wire.txt", "embargoed 4,900 properties", 4900, IBAMA, "forest_embargoes", "ibama4900"),
    ("forest_wire.txt", "10,210 square kilometres", 10210, INPE, "forest_cerrado", "inpe10210"),
    ("forest_wire.txt", "NOK 1 billion", 1000000000, NORWAY, "forest_fund", "nor1b"),
    ("forest_wire.txt", "about $93 million", 93000000, NORWAY, "forest_fund", "nor1b"),
    # Manaus English-language news website (The Amazonas Post; Manaus time, Brazilian decimal points in "6.288 km²",
    # photo caption, a glued sentence), Friday 23 November
    ("forest_manaus.txt", "at 9 a.m. Manaus time", None, O, "forest_announced", "outm9"),
    ("forest_manaus.txt", "6.288 km²", 6288, INPE, "forest_area", "inpe6288"),
    ("forest_manaus.txt", "about 880,000 football pitches", 880000, INPE, "forest_area", "inpe6288"),
    ("forest_manaus.txt", "7.670 km²", 7670, INPE, "forest_prev", "inpe7670"),
    ("forest_manaus.txt", "a fall of nearly a fifth", 20, NOGUEIRA, "forest_change", "nog20"),
    ("forest_manaus.txt", "the lowest since 2014", None, NOGUEIRA, "forest_lowest", "nog15"),
    ("forest_manaus.txt", "1.146 km²", 1146, INPE, "forest_amazonas", "inpe1146"),
    ("forest_manaus.txt", "1,870 square kilometres", 1870, PARA, "forest_para", "para1870"),
    ("forest_manaus.txt", "losing 412 km²", 412, INPE, "forest_altamira", "inpe412"),
    ("forest_manaus.txt", "by more than a third", 33, RANCH, "forest_change", "ranch33"),
    ("forest_manaus.txt", "more than 7,000 properties", 7000, RANCH, "forest_embargoes", "ranch7000"),
    ("forest_manaus.txt", "26 million head", 26000000, RANCH, "forest_cattle", "ranch26"),
    ("forest_manaus.txt", "around 7,500 km²", 7500, MORAES, "forest_area", "mor7500"),
    ("forest_manaus.txt", "out of reach by 2030", None, MORAES, "forest_target", "morno"),
    ("forest_manaus.txt", "R$3.2bn in fines", 3200000000, IBAMA, "forest_fines", "ibama32"),
    ("forest_manaus.txt", "about 12% of the total", 12, IBAMA, "forest_collected", "ibama12"),
    ("forest_manaus.txt", "2,600 hectares", 2600, IBAMA, "forest_mining", "ibama2600"),
    ("forest_manaus.txt", "arrested 212 people", 212, PF, "forest_arrests", "pf212"),
    ("forest_manaus.txt", "about R$465 million", 465000000, NORWAY, "forest_fund", "nor1b"),
    ("forest_manaus.txt", "US$150 million", 150000000, NOGUEIRA, "forest_fund", "nog150"),
    # the NGO's press release (Observatório Verde Amazônia, São Paulo; leading-space date line, a state-by-state
    # list, notes to editors, media contact), Thursday 22 November
    ("forest_ngo.txt", "9,140 square kilometres", 9140, OVX, "forest_area", "ovx9140"),
    ("forest_ngo.txt", "914,000 hectares", 914000, OVX, "forest_area", "ovx9140"),
    ("forest_ngo.txt", "an increase of 6%", 6, OVX, "forest_change", "ovx6"),
    ("forest_ngo.txt", "the 8,620 km²", 8620, OVX, "forest_prev", "ovx8620"),
    ("forest_ngo.txt", "at 11 a.m. Brasília time", None, O, "forest_announced", "outn11"),
    ("forest_ngo.txt", "The official 6,288 km²", 6288, INPE, "forest_area", "inpe6288"),
    ("forest_ngo.txt", "about 14% of the Amazon region", 14, OVX, "forest_clouds", "ovx14"),
    ("forest_ngo.txt", "This is not the lowest figure of the past 15 years", None, OVX, "forest_lowest", "ovxnot"),
    ("forest_ngo.txt", "will not reach zero deforestation by 2030", None, OVX, "forest_target", "ovxno"),
    ("forest_ngo.txt", "Pará: 3,310 km²", 3310, OVX, "forest_para", "ovx3310"),
    ("forest_ngo.txt", "Amazonas: 1,590 km²", 1590, OVX, "forest_amazonas", "ovx1590"),
    ("forest_ngo.txt", "Mato Grosso: 1,720 km²", 1720, OVX, "forest_mato_grosso", "ovxmt"),
    ("forest_ngo.txt", "Rondônia: 960 km²", 960, OVX, "forest_rondonia", "ovxro"),
    ("forest_ngo.txt", "598 km²", 598, OVX, "forest_altamira", "ovx598"),
    ("forest_ngo.txt", "rose 31%", 31, OVX, "forest_indigenous", "ovx31"),
    ("forest_ngo.txt", "4,200 hectares", 4200, OVX, "forest_mining", "ovx4200"),
    ("forest_ngo.txt", "more than 24 million cattle", 24000000, OVX, "forest_cattle", "ovx24"),
    ("forest_ngo.txt", "R$2.7 billion", 2700000000, OVX, "forest_fines", "ovx27"),
    ("forest_ngo.txt", "less than 5% of that amount", 5, OVX, "forest_collected", "ovx5"),
    ("forest_ngo.txt", "11,800 km²", 11800, OVX, "forest_cerrado", "ovx11800"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("tix_wire.txt", "at up to ten times face value", 10, NMPOLICE, "tix_opt_markup"),
    ("tix_wire.txt", "a credit-card holders' presale on Friday", None, MARIGOLD, "tix_opt_presale"),
    ("tix_wire.txt", "Vale last performed in India in 2025", None, O, "tix_opt_last_visit"),
    ("tix_live.txt", "within seven working days", 7, TIXNEST, "tix_opt_refund_days"),
    ("tix_tabloid.txt", "for more than four hours", 4, "fans outside the TixNest office (photo caption)",
     "tix_opt_caption_wait"),
    ("tix_tabloid.txt", "I was number 4,12,000 in the queue", 412000, "reader Rahul_K_Thane", "tix_opt_reader"),
    ("tix_tabloid.txt", "at 12.10", None, "reader Rahul_K_Thane", "tix_opt_reader_time"),
    ("tix_tabloid.txt", "In 2025 I paid half that", None, "reader mumbai_meri_jaan", "tix_opt_reader"),
    ("tix_trade.txt", "would go on sale Friday", None, MARIGOLD, "tix_opt_third_onsale"),
    ("trial_release.txt", "2.8% of patients receiving placebo", 2.8, CVT, "trial_opt_sae_placebo"),
    ("trial_release.txt", "founded in 2014", None, CVT, "trial_opt_founded"),
    ("trial_release.txt", "listed on the ASX since 2019", None, CVT, "trial_opt_listed"),
    ("trial_fin.txt", "since before the open on Monday", None, O, "trial_opt_halt"),
    ("trial_fin.txt", "eight patients at one site were excluded", 8, CVT, "trial_opt_excluded"),
    ("trial_fin.txt", "a baseline of roughly eight", 8, O, "trial_opt_baseline"),
    ("trial_fin.txt", "raised from investors since 2026", None, CVT, "trial_opt_raised"),
    ("trial_med.txt", "three injectable CGRP drugs", 3, NATARAJAN, "trial_opt_rivals"),
    ("trial_med.txt", "roughly one in seven people worldwide", 14, O, "trial_opt_prevalence"),
    ("trial_blog.txt", "already served by three CGRP antibodies", 3, O, "trial_opt_rivals_blog"),
    ("trial_blog.txt", "most recently in 2027", None, O, "trial_opt_consulted"),
    ("trial_blog.txt", "in the placebo arm of an earlier trial in 2026", None, "reader migraineur_since_96",
     "trial_opt_reader"),
    ("forest_wire.txt", "the same for 30 years", 30, INPE, "forest_opt_method"),
    ("forest_wire.txt", "in Belém in 2025", None, O, "forest_opt_pledge"),
    ("forest_manaus.txt", "photographed in August", None, O, "forest_opt_photo"),
    ("forest_manaus.txt", "are producing more on less land", None, RANCH, "forest_opt_productivity"),
    ("forest_ngo.txt", "a coalition of 41 environmental and indigenous organisations", 41, OVX, "forest_opt_members"),
    ("forest_ngo.txt", "founded in 2016", None, OVX, "forest_opt_founded"),
    ("forest_ngo.txt", "at 3-metre resolution", 3, OVX, "forest_opt_resolution"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # tix
    "tix_sale_open": {("outw12", "outl12"): CO, ("outw12", "outt1"): C, ("outw12", "outtr230"): CO,
                      ("outl12", "outt1"): C, ("outl12", "outtr230"): CO, ("outt1", "outtr230"): C},
    "tix_crash": {("tn1207", "tn1207"): SC, ("tn1207", "fans90"): C},
    "tix_queue": {("tn14", "mar3m"): C, ("tn14", "tn22"): U, ("mar3m", "tn22"): C, ("tn22", "tn22"): SC},
    "tix_bots": {("tn12cr", "tn12cr"): SC, ("tn12cr", "sv40l"): C},
    "tix_cause": {("tnbots", "mcaccap"): C, ("tnbots", "svno"): C, ("mcaccap", "svno"): CO},
    "tix_sold_out": {("tn38", "outl1238"): CO, ("tn38", "fans3h"): C, ("tn38", "mar60"): CO,
                     ("outl1238", "fans3h"): C, ("outl1238", "mar60"): CO, ("fans3h", "mar60"): C},
    "tix_tickets_total": {("mar90", "mar90"): SC, ("mar90", "outt90"): CO, ("mar90", "outtr110"): C,
                          ("outt90", "outtr110"): C},
    "tix_general_share": {("mar70", "mar70"): SC, ("mar70", "mcac40"): C, ("mcac40", "mcac40"): SC},
    "tix_capacity": {("outw55", "outt60"): C, ("outw55", "outtr55"): CO, ("outt60", "outtr55"): C},
    "tix_price_low": {("mar4500", "mar4500"): SC, ("mar4500", "outl3500"): C, ("mar4500", "outt4500"): CO,
                      ("outl3500", "outt4500"): C},
    "tix_price_top": {("mar35k", "mar35k"): SC, ("mar35k", "outt42k"): C},
    "tix_resale": {("pol95k", "fans180k"): C, ("fans180k", "fans180k"): SC},
    "tix_fee": {("tn350", "mcac590"): C, ("tn350", "outtrfee"): CO, ("mcac590", "outtrfee"): C},
    "tix_complaints": {("bor3000", "mcac11400"): C, ("bor3000", "mcac14000"): C, ("mcac11400", "mcac14000"): U},
    "tix_arrests": {("pol4", "pol4"): SC, ("pol4", "polsrc7"): C},
    "tix_seized": {("pol312", "polsrc500"): C, ("pol312", "pol312"): SC},
    "tix_revenue": {("mar110", "mar110"): SC, ("mar110", "hale9"): C},
    "tix_dates": {("outw12dec", "outt12dec"): CO, ("outw12dec", "outtr30"): C, ("outt12dec", "outtr30"): C},
    "tix_third_show": {("marno3", "mar3rd"): U},
    "tix_verified": {("tn650k", "tn650k"): SC, ("tn650k", "fans1m"): C},
    # trial
    "trial_announced": {("outf947", "outm617"): CO, ("outf947", "outb830"): C, ("outm617", "outb830"): C},
    "trial_call": {("cvtcall", "outf1130"): C, ("cvtcall", "outm730"): CO, ("outf1130", "outm730"): C},
    "trial_enrolled": {("cvt1214", "cvt1214"): SC, ("cvt1214", "cvt1206"): U, ("cvt1214", "cvt1200"): SC,
                       ("cvt1214", "reg1190"): C, ("cvt1206", "cvt1200"): SC, ("cvt1206", "reg1190"): C,
                       ("cvt1200", "reg1190"): C},
    "trial_completed": {("cvt1046", "ferr871"): C, ("ferr871", "ferr871"): SC},
    "trial_dropout": {("cvt138", "cvt138"): SC, ("cvt138", "ferr28"): C},
    "trial_effect": {("cvt23", "cvt23"): SC, ("cvt23", "cast15"): C, ("cvt23", "ferr14"): C, ("cast15", "ferr14"): CO},
    "trial_drug_days": {("cvt47", "cvt47"): SC, ("cvt47", "outf49"): C},
    "trial_placebo_days": {("cvt24", "outm21"): C},
    "trial_responders": {("cvt61", "cvt61"): SC, ("cvt61", "kow58"): C},
    "trial_placebo_resp": {("cvt34", "ferr39"): C},
    "trial_endpoint": {("kowno", "regchg"): C, ("kowno", "cvtno"): CO, ("regchg", "regchg"): SC,
                       ("regchg", "cvtno"): C},
    "trial_met": {("cvtmet", "outfmet"): CO, ("cvtmet", "ferrmiss"): C, ("outfmet", "ferrmiss"): C},
    "trial_pvalue": {("cvtp", "cvtp"): SC, ("cvtp", "ferrp"): C},
    "trial_sae": {("cvt31", "cvt31"): SC, ("cvt31", "ferr44"): C},
    "trial_nausea": {("cvt12", "ferr20"): C},
    "trial_sites": {("cvt82", "outm90"): C},
    "trial_countries": {("cvt11", "outf9"): C},
    "trial_cost": {("cvt186", "cvt186"): SC, ("cvt186", "ferr250"): C},
    "trial_price": {("cvt700", "cvt700"): SC, ("cvt700", "oka1100"): C},
    "trial_peak_sales": {("oka13", "nat600"): C, ("oka13", "ferr300"): C, ("nat600", "ferr300"): C},
    "trial_shares_peak": {("outf46", "outm41"): C, ("outf46", "outb60"): C, ("outm41", "outb60"): C},
    "trial_close_pct": {("outf214", "outm19"): C},
    "trial_close_price": {("outf312", "outb340"): C},
    "trial_market_cap": {("outf14", "outm900"): CO, ("outf14", "outb2"): C, ("outm900", "outb2"): C},
    "trial_filing": {("cvth1", "cvtmar"): U, ("cvth1", "kowlate"): C, ("cvtmar", "kowlate"): C},
    "trial_patients_aus": {("cvt3m", "haa5m"): C},
    # forest
    "forest_area": {("inpe6288", "inpe6288"): SC, ("inpe6288", "ovx9140"): C, ("inpe6288", "mor7500"): C,
                    ("ovx9140", "ovx9140"): SC, ("ovx9140", "mor7500"): C},
    "forest_change": {("inpe18", "nog20"): CO, ("inpe18", "ranch33"): C, ("inpe18", "ovx6"): C,
                      ("nog20", "ovx6"): C, ("ranch33", "ovx6"): C},
    "forest_prev": {("inpe7670", "inpe7670"): SC, ("inpe7670", "ovx8620"): C},
    "forest_announced": {("outw10", "outm9"): CO, ("outw10", "outn11"): C, ("outm9", "outn11"): C},
    "forest_para": {("inpe2105", "para1870"): C, ("inpe2105", "ovx3310"): C, ("para1870", "ovx3310"): C},
    "forest_amazonas": {("inpe1146", "inpe1146"): SC, ("inpe1146", "ovx1590"): C},
    "forest_lowest": {("nog15", "nog15"): SC, ("nog15", "ovxnot"): C},
    "forest_target": {("nogtrack", "morno"): C, ("nogtrack", "ovxno"): C, ("morno", "ovxno"): CO},
    "forest_indigenous": {("nog12", "ovx31"): C},
    "forest_arrests": {("nog300", "pf212"): C},
    "forest_clouds": {("inpe5", "ovx14"): C},
    "forest_altamira": {("prates300", "inpe412"): C, ("prates300", "ovx598"): C, ("inpe412", "ovx598"): C},
    "forest_fines": {("ibama32", "ibama32"): SC, ("ibama32", "ovx27"): C},
    "forest_collected": {("ibama12", "ovx5"): C},
    "forest_embargoes": {("ibama4900", "ranch7000"): C},
    "forest_cattle": {("ranch26", "ovx24"): CO},
    "forest_cerrado": {("inpe10210", "ovx11800"): C},
    "forest_fund": {("nor1b", "nor1b"): SC, ("nor1b", "nog150"): C},
    "forest_mining": {("ibama2600", "ovx4200"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    write_labels(HERE, claims, opt, REL)
