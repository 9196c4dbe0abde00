#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind43 set (a "jut", a killing winter, on the high pastures of Kyrgyzstan's Naryn region and the emergency declared over it, its livestock toll, damage, aid, hay, cold and snow disputed, times in Kyrgyzstan time, UTC+6, Moscow time, UTC+3, and Kazakhstan's single zone, UTC+5; a shortage of medicines in Jordan, its count, insulin stocks, arrears, freight and prices disputed, times in Jordan time, UTC+3 all year, GMT and India Standard Time, UTC+5:30; the preliminary results of Papua New Guinea's 2034 census, its total, growth, provincial counts, cost and coverage disputed, times in Papua New Guinea time, UTC+10, Bougainville time, UTC+11, Australian Eastern Daylight Time, UTC+11, and US Eastern Daylight Time, UTC-4).

Run from the project root:  python bench/blind43/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
