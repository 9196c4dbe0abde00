"""Hand labels for bench/blind60 (the Silver Trail Sled Dog Race from Dawson City to Whitehorse, Yukon, won by Mara
Kelleher-Dunn of Tagish at 11:48 p.m. Yukon Time on Monday 17 February 2042 (06:48 GMT on Tuesday 18 February) after
a start at 2 p.m. on Sunday 9 February: the finish and start times, the winner's age, the distance, the total time,
the margin over the Alaskan runner-up and his titles, whether she is the first woman to win, her dogs, the coldest
reading on the trail and Environment Canada's revised figure, the teams at the start and the organizers' revised count
of teams scratched, the checkpoints, the prize and purse, the dog that died (age, day, cause), how many dogs died and
whether a second dog died, the runner-up's protest (its time, the rest at Pelly Crossing, the rule, the penalty, the
planned and actual ruling), the crowd, the winner's record, the territory's money and Yukon's offsets from Vancouver
and Alaska, with times in Yukon Time (UTC-7 all year since 2020, an hour ahead of Vancouver in winter), Alaska Standard
Time (UTC-9), Pacific Standard Time (UTC-8) and GMT, across midnight (11:48 p.m. on Monday in Whitehorse is 9:48 p.m.
AKST and 10:48 p.m. PST on Monday and 06:48 GMT on Tuesday; a Vancouver paper takes Whitehorse to keep Pacific time and
puts the finish at 11:48 p.m. and the start at 2 p.m. PT, an hour late);
the Maldives Reef Monitoring Centre's national coral bleaching survey, released at a press conference in Malé at 10:00
Maldives time (UTC+5) on Thursday 22 May 2042: the share of hard coral bleached, the sites, atolls, divers and survey
period, the peak water temperature, the heat stress, the coral already dead, whether it is the worst on record, the
2016 share, the recovery time, the dive sites closed and the tourism ministry's revised count, the reef fund, visitor
arrivals and tourism's share of the economy, with times in Maldives time (UTC+5), British Summer Time (UTC+1), GMT and
Australian Eastern Standard Time (UTC+10, Townsville) (10:00 in Malé is 05:00 GMT, 06:00 BST and 15:00 AEST; a London
paper's "5am BST" is GMT written as BST);
the Petroleum Fund of Timor-Leste's annual report for 2041, published by the central bank at 09:00 Dili time (UTC+9)
on Friday 10 October 2042: the return and the bank's earlier unaudited figure, the loss, the balance and the bank's
earlier unaudited figure, petroleum revenue, withdrawals, sustainable income, equities, fees, external managers, the
long-term return, when the fund runs dry, the report's delay, late salaries and the fund's founding year, with times in
Timor-Leste time (UTC+9), Australian Central Standard Time (UTC+9:30, Darwin, no daylight saving), US Eastern Daylight
Time (UTC-4) and GMT, across midnight (09:00 on Friday in Dili is 09:30 in Darwin, 00:00 GMT on Friday and 8 p.m. EDT
on Thursday; a Darwin paper puts Dili half an hour ahead of Darwin instead of behind it and the release at 8.30am).
Run from the project root:
    python3 bench/blind60/make_labels.py
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
STS = ("the Silver Trail Sled Dog Race Society, the organizers (executive director Colleen Marchetti-Frost, race "
       "marshal Doug Atwater-Lisk, head veterinarian Dr. Priya Nakamura-Reid)")
MKD = "musher Mara Kelleher-Dunn, the winner"
EC = "Environment Canada"
PIKE = "the runner-up's camp (musher Travis Oyelaran-Pike and his wife and handler Jolene Oyelaran-Pike)"
NSDW = "the Northern Sled Dog Welfare Network (spokesperson Rhiannon Estabrook-Hale)"
CLIN = "Two Mile Hill Animal Hospital, Whitehorse (Dr. Lorna Fitzhugh-Abara)"
TY = "Tourism Yukon (a spokesperson for the territorial government)"

MRMC = "the Maldives Reef Monitoring Centre (director Dr Aminath Shiuna-Rae)"
MOT = "the Maldives Ministry of Tourism (Deputy Minister Ibrahim Naseem-Clarke)"
MDOA = "the Maldives Dive Operators Association (secretary Hussain Rilwan-Bates)"
ENV = "Maldives Environment Minister Fathimath Zuhura-Blake"
MP = "Maldivian opposition MP Ahmed Zaidan-Moore"
FISH = "fishermen in Baa Atoll"
EXE = "Dr Owen Pritchard-Nair's team, University of Exeter"
RES = "the Maldives Resort Owners' Forum"
NOAA = "NOAA Coral Reef Watch satellite data"
JCU = "coral ecologist Professor Kirsty Ellwood-Tan, James Cook University"
RRA = "Reef Restoration Australia, Townsville"

BCTL = "Banco Central de Timor-Leste, the central bank (Governor Dr Helena Ximenes-Ward)"
IRA = "the Institute for Resource Accountability, a Dili watchdog (researcher Maria Lourdes Soares-Whitby)"
MOF = "Timor-Leste's Finance Ministry (Finance Minister Joaquim Belo-Hartley)"
UNION = "Timor-Leste's public servants' union"
IMF = "the International Monetary Fund"
NTTO = "the Northern Territory's trade office"
ECON = "Darwin economist Sienna Lowther-Baptista"
HAL = "sovereign-fund analyst Priyanka Dalrymple-Oto, Halcyon Advisory, London"

O = "outlet"

claims = [  # (file, value as written, number, claimant, fact, source tag)
    # ---------------- sleddog: start at Dawson City at 14:00 Yukon Time (UTC-7) on Sunday 9 February 2042 = 21:00 GMT
    # = 12:00 AKST (UTC-9) = 13:00 PST (UTC-8); finish at Shipyards Park, Whitehorse, at 23:48 Yukon Time on Monday 17
    # February = 06:48 GMT on Tuesday 18 February = 21:48 AKST and 22:48 PST on Monday; 8 days 9 hours 48 minutes;
    # 600 miles is about 965.6 km; minus 47 C is about minus 52.6 F, minus 48.3 C about minus 54.9 F
    # the organizers' news release (own-line date, letterhead with address, e-mail and phone, "NEWS RELEASE", release
    # line "Tuesday, February 18, 2042 · 2:30 a.m. Yukon Time (UTC-7)", title in capitals, "RACE AT A GLANCE" list,
    # "DOG CARE" and "PROTEST" sections, "-30-", media contact, boilerplate), Tuesday 18 Feb 02:30 Yukon Time
    ("sleddog_organisers.txt", "at 11:48 p.m. Yukon Time on Monday, February 17 (06:48 GMT on Tuesday, February 18)",
     None, STS, "sled_finish_time", "sts2348"),
    ("sleddog_organisers.txt", "Kelleher-Dunn, 34", 34, STS, "sled_winner_age", "sts34"),
    ("sleddog_organisers.txt", "the 600-mile (965 km) trail", 600, STS, "sled_distance", "sts600"),
    ("sleddog_organisers.txt", "in 8 days, 9 hours and 48 minutes", 8.41, STS, "sled_total_time", "sts8d"),
    ("sleddog_organisers.txt", "finished 19 minutes ahead of Travis Oyelaran-Pike", 19, STS, "sled_margin", "sts19"),
    ("sleddog_organisers.txt", "a two-time champion", 2, STS, "sled_pike_titles", "sts2t"),
    ("sleddog_organisers.txt", "She is the first woman to win the Silver Trail", None, STS, "sled_first_woman",
     "stsfirst"),
    ("sleddog_organisers.txt", "with nine dogs in harness", 9, STS, "sled_winner_dogs", "sts9"),
    ("sleddog_organisers.txt", "no more than 14 dogs", 14, STS, "sled_dog_limit", "sts14"),
    ("sleddog_organisers.txt", "It was colder than minus 50 out there at Pelly", -50, MKD, "sled_coldest", "mkd50"),
    ("sleddog_organisers.txt", "Environment Canada recorded minus 47 degrees Celsius at Pelly Crossing", -47, EC,
     "sled_coldest", "ec47"),
    ("sleddog_organisers.txt", "Dawson City, 2 p.m. Yukon Time, Sunday, February 9", None, STS, "sled_start_time",
     "sts1400"),
    ("sleddog_organisers.txt", "Teams at the start: 27", 27, STS, "sled_teams_started", "sts27"),
    ("sleddog_organisers.txt", "Teams scratched: 6", 6, STS, "sled_scratched", "sts6"),
    ("sleddog_organisers.txt", "Checkpoints: 9", 9, STS, "sled_checkpoints", "sts9cp"),
    ("sleddog_organisers.txt", "Veterinarians on the trail: 12", 12, STS, "sled_vets", "sts12"),
    ("sleddog_organisers.txt", "Winner's prize: C$30,000", 30000, STS, "sled_prize", "sts30k"),
    ("sleddog_organisers.txt", "a total purse of C$165,000", 165000, STS, "sled_purse", "sts165k"),
    ("sleddog_organisers.txt", "a four-year-old female", 4, STS, "sled_dead_dog_age", "sts4"),
    ("sleddog_organisers.txt", "died on the trail near Carmacks on Thursday, February 13", None, STS,
     "sled_dead_dog_day", "ststhu"),
    ("sleddog_organisers.txt", "a preliminary necropsy found aspiration pneumonia", None, STS, "sled_dog_cause",
     "stspneu"),
    ("sleddog_organisers.txt", "No other dog has died in this year's race", 1, STS, "sled_dog_deaths", "sts1"),
    ("sleddog_organisers.txt", "received a written protest from the Oyelaran-Pike team at 1:15 a.m.", None, STS,
     "sled_protest_time", "sts0115"),
    ("sleddog_organisers.txt", "her mandatory eight-hour layover at Pelly Crossing", 8, STS, "sled_layover_rule",
     "sts8h"),
    ("sleddog_organisers.txt", "she rested for 8 hours and 3 minutes", 8.05, STS, "sled_pelly_rest", "sts803"),
    ("sleddog_organisers.txt", "he expects to rule by 10 a.m.", None, STS, "sled_ruling_planned", "sts1000"),
    ("sleddog_organisers.txt", "More than 1,200 people packed the finish chute", 1200, STS, "sled_crowd", "sts1200"),
    # an Alaska public radio news site (North Star Public Radio; leading-space own-line date, section line, headline,
    # byline with "7:10 AM AKST", dateline "FAIRBANKS —", its own margin, age "36", finish "9:48 p.m. Alaska time",
    # right, offset, right, distance "640-mile", start "noon Alaska time", right, and "28 teams"; the runner-up's camp
    # on the rest, the rule, the protest's time, the penalty and the Braeburn delay; a photo caption; the runner-up's
    # own dogs (not the winner's); Environment Canada's reading in Fahrenheit; Fairbanks's own low (not the trail's);
    # the marshal's planned ruling; a membership line), Tuesday 18 Feb 07:10 AKST
    ("sleddog_fairbanks.txt", "19 minutes behind Mara Kelleher-Dunn", 19, O, "sled_margin", "nsr19"),
    ("sleddog_fairbanks.txt", "Kelleher-Dunn, 36", 36, O, "sled_winner_age", "nsr36"),
    ("sleddog_fairbanks.txt", "at 9:48 p.m. Alaska time Monday", None, O, "sled_finish_time", "nsr2148"),
    ("sleddog_fairbanks.txt", "The Yukon is two hours ahead of Alaska", 2, O, "sled_offset_alaska", "nsr2h"),
    ("sleddog_fairbanks.txt", "left the Pelly Crossing checkpoint after 7 hours and 38 minutes", 7.63, PIKE,
     "sled_pelly_rest", "pk738"),
    ("sleddog_fairbanks.txt", "the mandatory eight-hour rest", 8, PIKE, "sled_layover_rule", "pk8h"),
    ("sleddog_fairbanks.txt", "the protest was handed to race officials shortly after midnight", None, PIKE,
     "sled_protest_time", "pk0000"),
    ("sleddog_fairbanks.txt", "The rule book says that's a two-hour penalty", 2, PIKE, "sled_penalty", "pk2h"),
    ("sleddog_fairbanks.txt", "who finished with 11 dogs", 11, O, "sled_pike_dogs", "nsr11"),
    ("sleddog_fairbanks.txt", "won the race in 2038 and 2040", 2, O, "sled_pike_titles", "nsr2t"),
    ("sleddog_fairbanks.txt", "he lost about 40 minutes at Braeburn waiting for a vet check", 40, PIKE,
     "sled_braeburn_delay", "pk40"),
    ("sleddog_fairbanks.txt", "who finished second last year", None, O, "sled_winner_last_year", "nsr2nd"),
    ("sleddog_fairbanks.txt", "The 640-mile race", 640, O, "sled_distance", "nsr640"),
    ("sleddog_fairbanks.txt", "started at noon Alaska time on Feb. 9", None, O, "sled_start_time", "nsr1200"),
    ("sleddog_fairbanks.txt", "with 28 teams", 28, O, "sled_teams_started", "nsr28"),
    ("sleddog_fairbanks.txt", "Environment Canada measured minus 53 degrees Fahrenheit at Pelly Crossing", -53, EC,
     "sled_coldest", "ec47"),
    ("sleddog_fairbanks.txt", "Fairbanks itself bottomed out at minus 41", -41, O, "sled_fairbanks_low", "nsr41"),
    ("sleddog_fairbanks.txt", "Eight Alaskans entered this year's race", 8, O, "sled_alaskans", "nsr8"),
    ("sleddog_fairbanks.txt", "a purse of C$150,000", 150000, O, "sled_purse", "nsr150k"),
    ("sleddog_fairbanks.txt", "he would rule on the protest by midmorning Yukon time", None, STS,
     "sled_ruling_planned", "sts1000"),
    # a Vancouver paper (The Burrard Observer; no date line, masthead and section line, headline, byline with date and
    # "4:05 p.m. PT" glued to the dateline "WHITEHORSE —"; its own "11-dog team", finish "11:48 p.m. Pacific time"
    # and start "2 p.m. PT" (both an hour late: it says Whitehorse keeps Vancouver's clock, wrong), "965-kilometre",
    # right, margin "17 minutes", prize, kennel, job, the dead dog's age and day and eight checkpoints; the welfare
    # network on the deaths, their cause and a second dog; the organizers' answer; a sentence glued without a space;
    # Tourism Yukon's money; a B.C. race's length (not this race's); related, newsletter and copyright lines), Tuesday
    # 18 Feb 16:05 PST
    ("sleddog_vancouver.txt", "her 11-dog team", 11, O, "sled_winner_dogs", "bo11"),
    ("sleddog_vancouver.txt", "at 11:48 p.m. Pacific time on Monday", None, O, "sled_finish_time", "bo2348pt"),
    ("sleddog_vancouver.txt", "the 965-kilometre Silver Trail", 965, O, "sled_distance", "bo965"),
    ("sleddog_vancouver.txt", "a two-time champion", 2, O, "sled_pike_titles", "bo2t"),
    ("sleddog_vancouver.txt", "by 17 minutes", 17, O, "sled_margin", "bo17"),
    ("sleddog_vancouver.txt", "Whitehorse keeps the same clock as Vancouver", 0, O, "sled_offset_vancouver",
     "bosame"),
    ("sleddog_vancouver.txt", "The race left Dawson City at 2 p.m. PT on Feb. 9", None, O, "sled_start_time",
     "bo1400pt"),
    ("sleddog_vancouver.txt", "a former wildland firefighter", None, O, "sled_winner_job", "bofire"),
    ("sleddog_vancouver.txt", "a kennel of 42 dogs", 42, O, "sled_kennel", "bo42"),
    ("sleddog_vancouver.txt", "a $25,000 top prize", 25000, O, "sled_prize", "bo25k"),
    ("sleddog_vancouver.txt", "at least two dogs have died during the race", 2, NSDW, "sled_dog_deaths", "nsdw2"),
    ("sleddog_vancouver.txt", "not one as organizers say", 1, STS, "sled_dog_deaths", "sts1"),
    ("sleddog_vancouver.txt", "both deaths were caused by exhaustion in extreme cold", None, NSDW, "sled_dog_cause",
     "nsdwexh"),
    ("sleddog_vancouver.txt",
     "a second dog, dropped at Braeburn with a leg injury, died at a Whitehorse clinic on Sunday", None, NSDW,
     "sled_second_dog", "nsdw2nd"),
    ("sleddog_vancouver.txt", "a five-year-old husky", 5, O, "sled_dead_dog_age", "bo5"),
    ("sleddog_vancouver.txt", "died near Carmacks last Wednesday", None, O, "sled_dead_dog_day", "bowed"),
    ("sleddog_vancouver.txt", "Juniper was the only dog to die", 1, STS, "sled_dog_deaths", "sts1"),
    ("sleddog_vancouver.txt", "is alive and recovering at home", None, STS, "sled_second_dog", "stsalive"),
    ("sleddog_vancouver.txt", "at each of the eight checkpoints", 8, O, "sled_checkpoints", "bo8cp"),
    ("sleddog_vancouver.txt", "The territorial government put $90,000 into this year's race", 90000, TY,
     "sled_gov_funding", "ty90k"),
    ("sleddog_vancouver.txt", "the province's longest sled-dog race covers about 300 kilometres", 300, O,
     "sled_bc_race", "bo300"),
    # a Whitehorse daily (Yukon Ledger; date prefix with the masthead continuing on the same line, section and date
    # line, headline, byline; the marshal's ruling and its time, the rest; its own finish "11:48 p.m. on Monday",
    # right, crowd, offset from Vancouver, right, "second woman", "third last year", age and prize; the organizers'
    # seventh scratched team; Environment Canada's revised low; Whitehorse's all-time low (not the trail's); a photo
    # caption; the clinic and the welfare network on a second dog; the organizers' answer; its own figure for the
    # territory's money; the organizers' economic figure; a letters line), Wednesday 19 Feb
    ("sleddog_whitehorse.txt", "rejected the Oyelaran-Pike team's protest at 10:40 a.m. Tuesday", None, STS,
     "sled_ruling_time", "sts1040"),
    ("sleddog_whitehorse.txt", "put Kelleher-Dunn's rest at Pelly Crossing at 8 hours and 3 minutes", 8.05, STS,
     "sled_pelly_rest", "sts803"),
    ("sleddog_whitehorse.txt", "at 11:48 p.m. on Monday", None, O, "sled_finish_time", "yl2348"),
    ("sleddog_whitehorse.txt", "a few hundred hardy fans", None, O, "sled_crowd", "ylfew"),
    ("sleddog_whitehorse.txt", "Yukon, which left Pacific time in 2020, is an hour ahead of Vancouver in winter", 1, O,
     "sled_offset_vancouver", "yl1h"),
    ("sleddog_whitehorse.txt", "She is the second woman to win the race", None, O, "sled_first_woman", "yl2nd"),
    ("sleddog_whitehorse.txt", "finished third last year", None, O, "sled_winner_last_year", "yl3rd"),
    ("sleddog_whitehorse.txt", "who turned 34 in January", 34, O, "sled_winner_age", "yl34"),
    ("sleddog_whitehorse.txt", "the $30,000 winner's cheque", 30000, O, "sled_prize", "yl30k"),
    ("sleddog_whitehorse.txt", "a seventh team scratched on Tuesday", 7, STS, "sled_scratched", "sts7"),
    ("sleddog_whitehorse.txt", "put Saturday's low at minus 48.3 degrees", -48.3, EC, "sled_coldest", "ec483"),
    ("sleddog_whitehorse.txt", "the minus 47 it first reported", -47, EC, "sled_coldest", "ec47"),
    ("sleddog_whitehorse.txt", "Whitehorse's all-time low remains minus 52.2, set in 1947", -52.2, O,
     "sled_record_low", "yl522"),
    ("sleddog_whitehorse.txt", "confirmed her clinic euthanized a dog from the race on Sunday", None, CLIN,
     "sled_second_dog", "clin"),
    ("sleddog_whitehorse.txt", "says that dog was dropped at Braeburn", None, NSDW, "sled_second_dog", "nsdw2nd"),
    ("sleddog_whitehorse.txt", "organizers say no second dog has died", 1, STS, "sled_dog_deaths", "sts1"),
    ("sleddog_whitehorse.txt", "the $75,000 it gave the race this year", 75000, O, "sled_gov_funding", "yl75k"),
    ("sleddog_whitehorse.txt", "the race brings about $1.1 million into the Yukon economy", 1100000, STS,
     "sled_economy", "sts11m"),

    # ---------------- coral: press conference at 10:00 Maldives time (UTC+5) on Thursday 22 May 2042 = 05:00 GMT =
    # 06:00 BST (UTC+1) = 15:00 AEST (UTC+10, Townsville); survey from 14 April to 9 May, 26 days counting both ends
    # the Centre's press release (date prefix glued to the letterhead, address, phone and e-mail, "PRESS RELEASE",
    # embargo line in capitals, title in capitals, "Key findings" bullets, the director quoted, recommendations,
    # "ENDS", notes to editors, media line), Thursday 22 May 10:00 Maldives time
    ("coral_centre.txt", "found that 61 per cent of the hard coral surveyed was bleached", 61, MRMC,
     "coral_bleached_share", "mrmc61"),
    ("coral_centre.txt", "at a press conference in Malé at 10am today", None, MRMC, "coral_release_time", "mrmc1000"),
    ("coral_centre.txt", "A team of 46 divers", 46, MRMC, "coral_divers", "mrmc46"),
    ("coral_centre.txt", "surveyed 212 reef sites", 212, MRMC, "coral_sites", "mrmc212"),
    ("coral_centre.txt", "in 18 atolls", 18, MRMC, "coral_atolls_surveyed", "mrmc18"),
    ("coral_centre.txt", "between 14 April and 9 May", None, MRMC, "coral_survey_period", "mrmcdates"),
    ("coral_centre.txt", "an average live coral cover of 38 per cent", 38, MRMC, "coral_cover_before", "mrmc38"),
    ("coral_centre.txt", "Sea surface temperatures peaked at 32.1°C on 29 April", 32.1, MRMC, "coral_peak_temp",
     "mrmc321"),
    ("coral_centre.txt", "Heat stress reached 12 degree heating weeks", 12, MRMC, "coral_heat_stress", "mrmc12"),
    ("coral_centre.txt", "About 6 per cent of the coral surveyed had already died", 6, MRMC, "coral_mortality",
     "mrmc6"),
    ("coral_centre.txt", "On reefs shallower than 10 metres, 78 per cent of coral was bleached", 78, MRMC,
     "coral_shallow_share", "mrmc78"),
    ("coral_centre.txt", "the worst bleaching since national monitoring began in 1998", None, MRMC, "coral_worst",
     "mrmcworst"),
    ("coral_centre.txt", "In 2016, about 60 per cent of coral bleached", 60, MRMC, "coral_2016_share", "mrmc60"),
    ("coral_centre.txt", "recovery could take 10 to 15 years", 10, MRMC, "coral_recovery", "mrmc1015"),
    ("coral_centre.txt", "A follow-up survey will begin in August", None, MRMC, "coral_followup", "mrmcaug"),
    # a Malé news site (Atoll Current; no date line, section and date line, headline, byline, glued dateline
    # "MALÉ:Three"; the Centre's share and "worst event on record"; its own time, divers "Forty", "nearly four weeks"
    # and atolls, and the country's 26 atolls (not the surveyed ones); the tourism ministry's closures; the dive
    # operators' count and bookings; the reef fund and the opposition; a photo caption; fishermen; a sentence glued
    # without a space; its own arrivals; the Centre's temperature and recovery time; a share line), Thursday 22 May
    ("coral_male.txt", "Three in five hard corals on the country's reefs have bleached", 60, MRMC,
     "coral_bleached_share", "mrmc61"),
    ("coral_male.txt", "calling it the worst event on record", None, MRMC, "coral_worst", "mrmcworst"),
    ("coral_male.txt", "presented the findings at 10am", None, O, "coral_release_time", "ac1000"),
    ("coral_male.txt", "Forty divers", 40, O, "coral_divers", "ac40"),
    ("coral_male.txt", "spent nearly four weeks in the water", 4, O, "coral_survey_period", "ac4w"),
    ("coral_male.txt", "surveying reefs in 18 atolls", 18, O, "coral_atolls_surveyed", "ac18"),
    ("coral_male.txt", "The country has 26 atolls in all", 26, O, "coral_atolls_total", "ac26"),
    ("coral_male.txt", "had closed 22 dive sites", 22, MOT, "coral_dive_closures", "mot22"),
    ("coral_male.txt", "at least until the end of September", None, MOT, "coral_closure_length", "motsep"),
    ("coral_male.txt", "the real number of closed sites was 35", 35, MDOA, "coral_dive_closures", "mdoa35"),
    ("coral_male.txt", "dive bookings for June were down 30 per cent", 30, MDOA, "coral_dive_bookings", "mdoa30"),
    ("coral_male.txt", "set aside US$12 million for a reef restoration fund", 12000000, ENV, "coral_reef_fund",
     "env12"),
    ("coral_male.txt", "the fund held \"barely $4 million\"", 4000000, MP, "coral_reef_fund", "mp4"),
    ("coral_male.txt", "none of it had reached island councils", None, MP, "coral_fund_councils", "mpnone"),
    ("coral_male.txt", "their reef fish catch has fallen by a third since March", 33, FISH, "coral_fish_catch",
     "fish3"),
    ("coral_male.txt", "brought 2.1 million visitors to the Maldives last year", 2100000, O, "coral_arrivals", "ac21"),
    ("coral_male.txt", "water temperatures had reached 32.1 degrees", 32.1, MRMC, "coral_peak_temp", "mrmc321"),
    ("coral_male.txt", "would take \"ten to fifteen years\"", 10, MRMC, "coral_recovery", "mrmc1015"),
    # a London paper (The Meridian; leading-space own-line date, masthead, section, headline and standfirst, byline,
    # "Thu 22 May 2042 06.15 BST · Last modified on Fri 23 May 2042 08.40 BST"; the Centre's share and sites; its own
    # "5am BST" (wrong: 05:00 GMT was 06:00 BST), 2016 share, tourism share, arrivals and offset, right; the Exeter
    # team's sites (not the Centre's), share, dead coral, temperature and recovery; the resort owners; a photo caption;
    # the tourism ministry's revised closures; most-viewed and newsletter lines), Friday 23 May 08:40 BST
    ("coral_london.txt", "About 60% of the coral on the Maldives' reefs has bleached", 60, MRMC,
     "coral_bleached_share", "mrmc61"),
    ("coral_london.txt", "released at 5am BST on Thursday", None, O, "coral_release_time", "mer0500"),
    ("coral_london.txt", "said 61% of hard coral was bleached", 61, MRMC, "coral_bleached_share", "mrmc61"),
    ("coral_london.txt", "the more than 200 sites it surveyed", 200, MRMC, "coral_sites", "mrmc212"),
    ("coral_london.txt", "73% of the country's coral bleached", 73, O, "coral_2016_share", "mer73"),
    ("coral_london.txt", "surveyed 40 sites in North and South Malé atolls", 40, EXE, "coral_exeter_sites", "exe40"),
    ("coral_london.txt", "found 74% of hard coral bleached", 74, EXE, "coral_bleached_share", "exe74"),
    ("coral_london.txt", "nearly 20% already dead", 20, EXE, "coral_mortality", "exe20"),
    ("coral_london.txt", "Sea temperatures at his team's loggers topped 33C", 33, EXE, "coral_peak_temp", "exe33"),
    ("coral_london.txt", "at least two decades, if the reefs get a break at all", 20, EXE, "coral_recovery", "exe20y"),
    ("coral_london.txt", "no more than 35% of coral had bleached", 35, RES, "coral_bleached_share", "res35"),
    ("coral_london.txt", "nowhere near as bad as 2016", None, RES, "coral_worst", "resnot"),
    ("coral_london.txt", "Fewer than 2% of guests had cancelled", 2, RES, "coral_cancellations", "res2"),
    ("coral_london.txt", "26 dive sites were now closed", 26, MOT, "coral_dive_closures", "mot26"),
    ("coral_london.txt", "up from 22 announced earlier in the day", 22, MOT, "coral_dive_closures", "mot22"),
    ("coral_london.txt", "about a quarter of the Maldives' economy", 25, O, "coral_tourism_gdp", "mer25"),
    ("coral_london.txt", "the country drew 2.3 million visitors last year", 2300000, O, "coral_arrivals", "mer23"),
    ("coral_london.txt", "The Maldives is four hours ahead of the UK in summer", 4, O, "coral_offset_uk", "mer4h"),
    # a Townsville daily (North Queensland Tide; date prefix glued to the first sentence, masthead and date line after
    # it, headline, byline; its own "3pm AEST", right, offset, right, sites, "20 atolls", share and temperature, divers
    # and "26 days"; NOAA's heat stress; a James Cook University ecologist on the Great Barrier Reef's share (not the
    # Maldives') and on recovery; its own count of Great Barrier Reef bleachings and tourism share; a restoration
    # group's offer; a tips line), Friday 23 May
    ("coral_townsville.txt", "released its findings at 3pm AEST on Thursday", None, O, "coral_release_time",
     "nqt1500"),
    ("coral_townsville.txt", "Malé is five hours behind Townsville", 5, O, "coral_offset_townsville", "nqt5h"),
    ("coral_townsville.txt", "The survey covered 212 reef sites", 212, O, "coral_sites", "nqt212"),
    ("coral_townsville.txt", "across 20 atolls", 20, O, "coral_atolls_surveyed", "nqt20"),
    ("coral_townsville.txt", "found bleaching in 61 per cent of hard coral", 61, O, "coral_bleached_share", "nqt61"),
    ("coral_townsville.txt", "water temperatures peaking at 32.1 degrees", 32.1, O, "coral_peak_temp", "nqt321"),
    ("coral_townsville.txt", "heat stress reached 14 degree heating weeks", 14, NOAA, "coral_heat_stress", "noaa14"),
    ("coral_townsville.txt", "aerial surveys found 48 per cent of reefs severely bleached", 48, JCU, "coral_gbr_share",
     "jcu48"),
    ("coral_townsville.txt", "takes about a decade, if the reef isn't hit again", 10, JCU, "coral_recovery", "jcu10"),
    ("coral_townsville.txt", "the Great Barrier Reef's sixth mass bleaching since 2016", 6, O, "coral_gbr_events",
     "nqt6"),
    ("coral_townsville.txt", "nearly a third of the Maldives' economy", 33, O, "coral_tourism_gdp", "nqt33"),
    ("coral_townsville.txt", "A team of 46 divers", 46, O, "coral_divers", "nqt46"),
    ("coral_townsville.txt", "spent 26 days in the water", 26, O, "coral_survey_period", "nqt26d"),
    ("coral_townsville.txt", "send four staff and 2,000 coral fragments", 2000, RRA, "coral_rra_offer", "rra"),

    # ---------------- fund: the annual report published at 09:00 Dili time (UTC+9) on Friday 10 October 2042 = 00:00
    # GMT on Friday = 09:30 ACST (UTC+9:30, Darwin) = 20:00 EDT (UTC-4) on Thursday 9 October; US$14.61 billion is
    # "almost $15 billion"; US$1.38 billion is 2.7 times US$512 million
    # the central bank's press release (leading-space date prefix with the bank's name continuing on the line, address
    # line, release number and date, title in capitals, highlights with dashes, the Governor quoted, boilerplate on the
    # fund's founding, contact line), Friday 10 Oct 09:00 Dili time
    ("fund_centralbank.txt", "at 9.00am Dili time (UTC+9) on Friday 10 October", None, BCTL, "fund_release_time",
     "bc0900"),
    ("fund_centralbank.txt", "The Fund's investment return for 2041 was minus 2.8 per cent", -2.8, BCTL,
     "fund_return", "bc28"),
    ("fund_centralbank.txt", "an investment loss of US$431 million", 431000000, BCTL, "fund_loss", "bc431"),
    ("fund_centralbank.txt", "The Fund's benchmark returned minus 2.6 per cent", -2.6, BCTL, "fund_benchmark",
     "bc26"),
    ("fund_centralbank.txt", "The Fund's balance stood at US$14.61 billion on 31 December 2041", 14610000000, BCTL,
     "fund_balance", "bc1461"),
    ("fund_centralbank.txt", "Petroleum revenue received by the Fund: US$264 million", 264000000, BCTL,
     "fund_revenue", "bc264"),
    ("fund_centralbank.txt", "Transfers to the State Budget: US$1.38 billion", 1380000000, BCTL, "fund_withdrawals",
     "bc138"),
    ("fund_centralbank.txt", "Estimated Sustainable Income (ESI): US$512 million", 512000000, BCTL, "fund_esi",
     "bc512"),
    ("fund_centralbank.txt", "Share of the portfolio in equities: 40 per cent", 40, BCTL, "fund_equities", "bc40"),
    ("fund_centralbank.txt", "Fees paid to external managers and the custodian: US$29 million", 29000000, BCTL,
     "fund_fees", "bc29"),
    ("fund_centralbank.txt", "nine external investment managers", 9, BCTL, "fund_managers", "bc9"),
    ("fund_centralbank.txt", "completed on 26 September 2042", None, BCTL, "fund_audit_date", "bcaudit"),
    ("fund_centralbank.txt", "remains positive at 3.6 per cent a year", 3.6, BCTL, "fund_longterm_return", "bc36"),
    # a Dili news site (Dili Harbour Post; no date line, section and date line, headline, byline, glued dateline
    # "DILI:The"; its own release time, right; the bank's return and balance; the watchdog's loss, ratio, date the fund
    # runs dry, delay and long-term return; the minister's balance, date and delay; a photo caption; the union's late
    # salaries; a sentence glued without a space; the population and poverty rate (not fund figures); its own founding
    # year; a read-more line), Friday 10 Oct 16:20 Dili time
    ("fund_dili.txt", "released at 9am on Friday", None, O, "fund_release_time", "dhp0900"),
    ("fund_dili.txt", "the fund's 2041 return at minus 2.8 per cent", -2.8, BCTL, "fund_return", "bc28"),
    ("fund_dili.txt", "its balance at the end of the year at US$14.61 billion", 14610000000, BCTL, "fund_balance",
     "bc1461"),
    ("fund_dili.txt", "the real loss was 4.1 per cent", -4.1, IRA, "fund_return", "ira41"),
    ("fund_dili.txt", "or more than $600 million", 600000000, IRA, "fund_loss", "ira600"),
    ("fund_dili.txt", "withdrawals had been nearly three times the sustainable income", 3, IRA,
     "fund_withdrawal_ratio", "ira3x"),
    ("fund_dili.txt", "the fund could run dry by 2052", 2052, IRA, "fund_depletion", "ira2052"),
    ("fund_dili.txt", "The report is more than three months late", 3, IRA, "fund_report_delay", "ira3m"),
    ("fund_dili.txt", "barely 2.9 per cent a year", 2.9, IRA, "fund_longterm_return", "ira29"),
    ("fund_dili.txt", "The fund is worth almost $15 billion", 15000000000, MOF, "fund_balance", "mof15"),
    ("fund_dili.txt", "It will last well beyond 2070", 2070, MOF, "fund_depletion", "mof2070"),
    ("fund_dili.txt", "only a few weeks late", None, MOF, "fund_report_delay", "mofweeks"),
    ("fund_dili.txt", "September salaries had been paid nine days late", 9, UNION, "fund_salary_delay", "union9"),
    ("fund_dili.txt", "Timor-Leste's 1.4 million people", 1400000, O, "fund_population", "dhp14m"),
    ("fund_dili.txt", "42 per cent live below the national poverty line", 42, O, "fund_poverty", "dhp42"),
    ("fund_dili.txt", "The fund, created in 2005", 2005, O, "fund_founded", "dhp2005"),
    # a Darwin paper (Top End Courier; date prefix glued to the masthead, section and date line, headline, byline; the
    # bank's balance and its earlier unaudited figure; its own "8.30am Darwin time" and "half an hour ahead" (both
    # wrong: Dili is half an hour behind Darwin); the bank's withdrawals; its own revenue figure; the IMF; the finance
    # ministry and the union on late salaries; Greater Sunrise's gas, Territory exports and Australian aid (not fund
    # figures); its own founding year; an economist on equities; a subscription line), Saturday 11 Oct
    ("fund_darwin.txt", "shrank to $US14.6 billion last year", 14600000000, BCTL, "fund_balance", "bc1461"),
    ("fund_darwin.txt",
     "down from the $US14.8 billion the country's central bank reported in an unaudited update in February",
     14800000000, BCTL, "fund_balance", "bc148"),
    ("fund_darwin.txt", "published at 8.30am Darwin time on Friday", None, O, "fund_release_time", "tec0830"),
    ("fund_darwin.txt", "Dili is half an hour ahead of Darwin", 0.5, O, "fund_offset_darwin", "tec05"),
    ("fund_darwin.txt", "the government drew $US1.38 billion from the fund in 2041", 1380000000, BCTL,
     "fund_withdrawals", "bc138"),
    ("fund_darwin.txt", "The fund took in about $US310 million in oil and gas revenue", 310000000, O, "fund_revenue",
     "tec310"),
    ("fund_darwin.txt", "the fund could be exhausted by the late 2050s", None, IMF, "fund_depletion", "imf2050s"),
    ("fund_darwin.txt", "September public-sector salaries had been paid three days late", 3, MOF, "fund_salary_delay",
     "mof3"),
    ("fund_darwin.txt", "not nine as the union claimed", 9, UNION, "fund_salary_delay", "union9"),
    ("fund_darwin.txt", "Greater Sunrise holds an estimated 5.1 trillion cubic feet of gas", 5.1, O, "fund_sunrise",
     "tec51"),
    ("fund_darwin.txt", "worth about $A180 million last financial year", 180000000, NTTO, "fund_nt_exports",
     "ntto180"),
    ("fund_darwin.txt", "Australia's aid to Timor-Leste is about $A110 million this year", 110000000, O,
     "fund_aus_aid", "tec110"),
    ("fund_darwin.txt", "The fund, set up in 2006", 2006, O, "fund_founded", "tec2006"),
    ("fund_darwin.txt", "Equities were 43 per cent of the fund at the end of the year", 43, ECON, "fund_equities",
     "econ43"),
    # a New York markets site (Ledgerline; no date line, a time line "Oct. 9, 2042, 9:42 p.m. ET", headline, dateline
    # "NEW YORK —"; its own balance, release "8 p.m. EDT on Thursday" and "9 a.m. Friday in Dili", both right, managers,
    # sustainable income, Norway's return (not this fund's) and offset, right; the bank's return, earlier unaudited
    # figure, withdrawals, loss and fees; the finance ministry's withdrawals; a London analyst; newsletter and credit
    # lines), Thursday 9 Oct 21:42 EDT
    ("fund_newyork.txt", "Timor-Leste's $14.6 billion Petroleum Fund", 14600000000, O, "fund_balance", "ll146"),
    ("fund_newyork.txt", "lost 2.8% in 2041, its central bank said", -2.8, BCTL, "fund_return", "bc28"),
    ("fund_newyork.txt", "released at 8 p.m. EDT on Thursday", None, O, "fund_release_time", "ll2000"),
    ("fund_newyork.txt", "or 9 a.m. Friday in Dili", None, O, "fund_release_time", "ll0900"),
    ("fund_newyork.txt", "The bank had put the loss at 2.5% in an unaudited update in February", -2.5, BCTL,
     "fund_return", "bc25"),
    ("fund_newyork.txt", "Finance ministry figures put 2041 withdrawals at $1.25 billion", 1250000000, MOF,
     "fund_withdrawals", "mof125"),
    ("fund_newyork.txt", "lower than the $1.38 billion in the central bank's report", 1380000000, BCTL,
     "fund_withdrawals", "bc138"),
    ("fund_newyork.txt", "The fund's investment loss came to $431 million", 431000000, BCTL, "fund_loss", "bc431"),
    ("fund_newyork.txt", "$29 million paid in fees to managers and the custodian", 29000000, BCTL, "fund_fees",
     "bc29"),
    ("fund_newyork.txt", "Withdrawals have exceeded the sustainable level every year since 2009", 2009, HAL,
     "fund_esi_exceeded", "hal2009"),
    ("fund_newyork.txt", "about six years of withdrawals left at the current pace", 6, HAL, "fund_depletion", "hal6y"),
    ("fund_newyork.txt", "with eight external managers", 8, O, "fund_managers", "ll8"),
    ("fund_newyork.txt", "was set at $512 million for 2041", 512000000, O, "fund_esi", "ll512"),
    ("fund_newyork.txt", "Norway's sovereign wealth fund returned 6.1% in 2041", 6.1, O, "fund_norway", "ll61"),
    ("fund_newyork.txt", "Dili is 13 hours ahead of New York at this time of year", 13, O, "fund_offset_ny", "ll13"),
]

opt = [  # borderline: (file, value, number, claimant, fact) on facts of their own
    ("sleddog_organisers.txt", "These dogs ran their hearts out through the worst cold I have ever seen", None, MKD,
     "sled_opt_worst_cold"),
    ("sleddog_fairbanks.txt", "with two hours added, Travis wins", None, PIKE, "sled_opt_travis_wins"),
    ("sleddog_fairbanks.txt", "My dogs were faster", None, PIKE, "sled_opt_faster"),
    ("sleddog_whitehorse.txt", "The clock does not lie, and neither do our volunteers", None, STS, "sled_opt_clock"),
    ("coral_townsville.txt", "well past the level at which corals start to die", None, O, "coral_opt_past_level"),
    ("coral_townsville.txt", "\"very close to what we saw on the northern Great Barrier Reef this summer\"", None, JCU,
     "coral_opt_very_close"),
    ("fund_centralbank.txt", "The Fund has been through a difficult year in markets", None, BCTL,
     "fund_opt_difficult"),
    ("fund_dili.txt", "new gas revenue is coming", None, MOF, "fund_opt_gas"),
    ("fund_darwin.txt", "\"a wake-up call but not a crisis\"", None, ECON, "fund_opt_wakeup"),
]

REL = {  # for each fact, the relation of every pair of source tags met in different files
    # sleddog
    "sled_finish_time": {("sts2348", "nsr2148"): CO, ("sts2348", "bo2348pt"): C, ("sts2348", "yl2348"): CO,
                         ("nsr2148", "bo2348pt"): C, ("nsr2148", "yl2348"): CO, ("bo2348pt", "yl2348"): C},
    "sled_winner_age": {("sts34", "nsr36"): C, ("sts34", "yl34"): CO, ("nsr36", "yl34"): C},
    "sled_distance": {("sts600", "nsr640"): C, ("sts600", "bo965"): CO, ("nsr640", "bo965"): C},
    "sled_margin": {("sts19", "nsr19"): CO, ("sts19", "bo17"): C, ("nsr19", "bo17"): C},
    "sled_pike_titles": {("sts2t", "nsr2t"): CO, ("sts2t", "bo2t"): CO, ("nsr2t", "bo2t"): CO},
    "sled_first_woman": {("stsfirst", "yl2nd"): C},
    "sled_winner_dogs": {("sts9", "bo11"): C},
    "sled_coldest": {("mkd50", "ec47"): C, ("mkd50", "ec483"): C, ("ec47", "ec47"): SC, ("ec47", "ec483"): U},
    "sled_start_time": {("sts1400", "nsr1200"): CO, ("sts1400", "bo1400pt"): C, ("nsr1200", "bo1400pt"): C},
    "sled_teams_started": {("sts27", "nsr28"): C},
    "sled_scratched": {("sts6", "sts7"): U},
    "sled_checkpoints": {("sts9cp", "bo8cp"): C},
    "sled_prize": {("sts30k", "bo25k"): C, ("sts30k", "yl30k"): CO, ("bo25k", "yl30k"): C},
    "sled_purse": {("sts165k", "nsr150k"): C},
    "sled_dead_dog_age": {("sts4", "bo5"): C},
    "sled_dead_dog_day": {("ststhu", "bowed"): C},
    "sled_dog_cause": {("stspneu", "nsdwexh"): C},
    "sled_dog_deaths": {("sts1", "nsdw2"): C, ("sts1", "sts1"): SC},
    "sled_second_dog": {("nsdw2nd", "clin"): CO, ("nsdw2nd", "nsdw2nd"): SC, ("stsalive", "clin"): C,
                        ("stsalive", "nsdw2nd"): C},
    "sled_protest_time": {("sts0115", "pk0000"): C},
    "sled_layover_rule": {("sts8h", "pk8h"): CO},
    "sled_pelly_rest": {("sts803", "pk738"): C, ("sts803", "sts803"): SC},
    "sled_ruling_planned": {("sts1000", "sts1000"): SC},
    "sled_crowd": {("sts1200", "ylfew"): C},
    "sled_offset_vancouver": {("bosame", "yl1h"): C},
    "sled_winner_last_year": {("nsr2nd", "yl3rd"): C},
    "sled_gov_funding": {("ty90k", "yl75k"): C},
    # coral
    "coral_bleached_share": {("mrmc61", "mrmc61"): SC, ("mrmc61", "exe74"): C, ("mrmc61", "res35"): C,
                             ("mrmc61", "nqt61"): CO, ("exe74", "nqt61"): C, ("res35", "nqt61"): C},
    "coral_release_time": {("mrmc1000", "ac1000"): CO, ("mrmc1000", "mer0500"): C, ("mrmc1000", "nqt1500"): CO,
                           ("ac1000", "mer0500"): C, ("ac1000", "nqt1500"): CO, ("mer0500", "nqt1500"): C},
    "coral_divers": {("mrmc46", "ac40"): C, ("mrmc46", "nqt46"): CO, ("ac40", "nqt46"): C},
    "coral_sites": {("mrmc212", "mrmc212"): SC, ("mrmc212", "nqt212"): CO},
    "coral_atolls_surveyed": {("mrmc18", "ac18"): CO, ("mrmc18", "nqt20"): C, ("ac18", "nqt20"): C},
    "coral_survey_period": {("mrmcdates", "ac4w"): CO, ("mrmcdates", "nqt26d"): CO, ("ac4w", "nqt26d"): CO},
    "coral_peak_temp": {("mrmc321", "mrmc321"): SC, ("mrmc321", "exe33"): C, ("mrmc321", "nqt321"): CO,
                        ("exe33", "nqt321"): C},
    "coral_heat_stress": {("mrmc12", "noaa14"): C},
    "coral_mortality": {("mrmc6", "exe20"): C},
    "coral_worst": {("mrmcworst", "mrmcworst"): SC, ("mrmcworst", "resnot"): C},
    "coral_2016_share": {("mrmc60", "mer73"): C},
    "coral_recovery": {("mrmc1015", "mrmc1015"): SC, ("mrmc1015", "exe20y"): C, ("mrmc1015", "jcu10"): CO,
                       ("exe20y", "jcu10"): C},
    "coral_dive_closures": {("mot22", "mot26"): U, ("mot22", "mot22"): SC, ("mdoa35", "mot26"): C,
                            ("mdoa35", "mot22"): C},
    "coral_arrivals": {("ac21", "mer23"): C},
    "coral_tourism_gdp": {("mer25", "nqt33"): C},
    # fund
    "fund_release_time": {("bc0900", "dhp0900"): CO, ("bc0900", "tec0830"): C, ("bc0900", "ll2000"): CO,
                          ("bc0900", "ll0900"): CO, ("dhp0900", "tec0830"): C, ("dhp0900", "ll2000"): CO,
                          ("dhp0900", "ll0900"): CO, ("tec0830", "ll2000"): C, ("tec0830", "ll0900"): C},
    "fund_return": {("bc28", "bc28"): SC, ("bc28", "ira41"): C, ("bc28", "bc25"): U, ("ira41", "bc25"): C},
    "fund_loss": {("bc431", "ira600"): C, ("bc431", "bc431"): SC},
    "fund_balance": {("bc1461", "bc1461"): SC, ("bc1461", "mof15"): CO, ("bc1461", "bc148"): U,
                     ("bc1461", "ll146"): CO, ("mof15", "bc148"): CO, ("mof15", "ll146"): CO, ("bc148", "ll146"): C},
    "fund_revenue": {("bc264", "tec310"): C},
    "fund_withdrawals": {("bc138", "bc138"): SC, ("bc138", "mof125"): C},
    "fund_esi": {("bc512", "ll512"): CO},
    "fund_equities": {("bc40", "econ43"): C},
    "fund_fees": {("bc29", "bc29"): SC},
    "fund_managers": {("bc9", "ll8"): C},
    "fund_longterm_return": {("bc36", "ira29"): C},
    "fund_depletion": {("ira2052", "imf2050s"): C, ("ira2052", "hal6y"): C, ("mof2070", "imf2050s"): C,
                       ("mof2070", "hal6y"): C, ("imf2050s", "hal6y"): C},
    "fund_salary_delay": {("union9", "mof3"): C, ("union9", "union9"): SC},
    "fund_founded": {("dhp2005", "tec2006"): C},
}


if __name__ == "__main__":
    check_each_value_once(HERE, claims, opt)
    check_no_overlap(HERE, claims, opt)
    check_relation_sanity(claims, REL)
    write_labels(HERE, claims, opt, REL)
