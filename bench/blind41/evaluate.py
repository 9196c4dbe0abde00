#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind41 set (the announced closure of Arvenne's car plant in Tanger Automotive City, Morocco, its jobs, output, aid, severance and destination disputed, times in Morocco's Ramadan time, UTC+0, CET and GMT; a record methamphetamine seizure from a yacht at Vuda Marina near Lautoka, Fiji, its weight, value, arrests, voyage and origin disputed, times in Fiji time, UTC+12, Australian Eastern Daylight Time, UTC+11, and New Zealand Daylight Time, UTC+13; drought restrictions on the Panama Canal, its draft, daily slots, lake level, queue, auction prices and revenue disputed, times in Panama time, UTC-5, US Eastern Daylight Time, UTC-4, and CET, UTC+1).

Run from the project root:  python bench/blind41/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
