#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind54 set (an unexploded wartime bomb made safe after an evacuation in the Asato district of Naha, Okinawa, Japan, the time it was made safe, the lifting of the order, the deadline to leave, the kind of ordnance, its weight, length, depth and fuses, the day it was found, the building, the radius, the residents and their revised count, households, shelters and the people in them, businesses, troops, police, the road and monorail closures, heat cases and hospital, temperature, the builder's delay, the cost, disposals a year and the ordnance still buried disputed, times in Japan Standard Time, UTC+9, GMT and Hawaii time, UTC-10, across the date line; jellyfish that blocked the cooling-water intake of reactor 2 at the Kråkvik nuclear power station near Oskarshamn, Sweden, the time of the shutdown and of the first alarm, the screens, the species, the sea temperature, the capacity, the year, the restart and its revised date, reactor 1's output, workers, divers, the tonnes removed and their revised figure, the lost revenue, staff, earlier shutdowns, radioactivity, the INES level, the share of Sweden's power, homes, the bloom, the power price on Wednesday and Tuesday, imports from Finland and the owner's stake disputed, times in Central European Summer Time, UTC+2, Eastern European Summer Time, UTC+3, and GMT, across midnight; a storm that trapped climbers at Denali's 17,200-foot high camp in Alaska and the National Park Service's helicopter evacuation, the time of the distress call, of the first flight and of the last arrival, the camp's and summit's height, the climbers stranded and their revised count, the dead climber's age, rangers, flights, climbers flown off, frostbite, the guided party, gusts, wind chill, the storm's length, snow, the body, earlier deaths, registrations, the fee, the cost, whether climbers pay and the Argentines disputed, times in Alaska Daylight Time, UTC-8, US Pacific Daylight Time, UTC-7, Argentina time, UTC-3, and GMT, across midnight).

Run from the project root:  python bench/blind54/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
