#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind59 set (a New Zealand company's lunar lander, Southern Lantern, touching down in Mare Nectaris on the night New Zealand's clocks went forward, the touchdown time and site, the gap after the clock change, the distance from the target, landing speed, burn, propellant, the tilt and the company's revised figure, legs, the silence after touchdown and when the signal came back, the first image, staff, launch date, journey, distance travelled, mass, height, payloads and countries, the rover's mass and revised day, mission length, cost, government funding, the first lander's crash, the crowd, the stream audience, the country's rank and New Zealand's offset from UTC disputed, times in New Zealand Standard Time, UTC+12, turning into New Zealand Daylight Time, UTC+13, US Pacific and Eastern Daylight Time, Japan Standard Time and UTC, across midnight and the date line; conjoined twin girls from Sri Lanka separated at a children's hospital in Singapore, the start, separation and end of the operation, its length, the twins' age, organs, heart, how they were joined, the team, weight, blood and the hospital's revised count, condition, ventilators and the hospital's update, the intensive-care stay and its revision, arrival and flight, earlier operations and separations, cost, the Sri Lankan government's payment, the charity's raised sum and its revision, the vigil, odds, return home, the parents, home town, birth and Singapore's offset from Sri Lanka disputed, times in Singapore time, UTC+8, Sri Lanka time, UTC+5:30, and GMT, across midnight; the opening weekend of the Nollywood heist comedy "Eko Gold" in Nigeria, the gross and the distributor's revised figure, the record and previous record, admissions, cinemas, screens, average ticket, Friday's take, the day it passed a billion naira, budget, the premiere's time and guests, the leak's time, the pirated copy's views, arrests, runtime, rating, a streaming deal, the UK release's cinemas and date, the 2040 box office and Lagos's offset from London disputed, times in West Africa Time, UTC+1, GMT and US Pacific Standard Time, UTC-8, across midnight).

Run from the project root:  python bench/blind59/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
