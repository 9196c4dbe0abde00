#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind49 set (an emergency spillway release from a hydropower dam on the Lunga River in Zambia's North-Western Province, the time of the release and of the warning, the sirens, the water's arrival, the gates, the discharge, the reservoir level, the rain, the distance, the dam's height, capacity, output and age, earlier releases, villages, households and people displaced, camps, rescues, the dead and missing, crops, cattle, schools, the road and compensation disputed, times in Central Africa Time, UTC+2, South Africa Standard Time, UTC+2, and GMT, across midnight; an earthquake in the Rasht valley of Tajikistan, its time, magnitude, depth, intensity, epicentre and distance from the capital, the dead, revised twice, the children, injured and hospitalised, houses destroyed and damaged, schools, villages, the hospital, landslides, the road, rescuers, Russian aid, aftershocks, tents, population and cost disputed, times in Tajikistan time, UTC+5, Moscow time, UTC+3, UTC and British Summer Time, UTC+1, across midnight; the overnight Split-Ancona ferry Sveti Duje, which lost power in a bora west of Vis and was towed back to Split, its departure, power loss and berthing times, hours adrift, passengers, crew, vehicles, cause, wind, waves, position, drift, tugs, injured, airlifted, age, length, capacity, inspection, compensation, cancellations, nationalities and Britons disputed, times in Central European Summer Time, UTC+2, GMT and British Summer Time, UTC+1).

Run from the project root:  python bench/blind49/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
