#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind44 set (an escape of farmed salmon from a storm-torn pen at Lambavík in the Faroe Islands, its size, the tear, the storm, the cost, the guidance and the recapture disputed, times in Faroese time, UTC+0 in winter, and Central European Time, UTC+1; a false tsunami warning sent to every mobile phone in Oman after a moderate earthquake off the Makran coast, its times, magnitude, cause, injured, dead, phones, traffic and cost disputed, times in Gulf Standard Time, UTC+4, Pakistan Standard Time, UTC+5, Iran time, UTC+3:30, and GMT across midnight; a 2,217-carat diamond unveiled in Gaborone from a mine near Letlhakane, Botswana, its weight, rank, value, royalty, stake, sale and workers disputed, times in Central Africa Time, UTC+2, British Summer Time, UTC+1, US Eastern Daylight Time, UTC-4, and India Standard Time, UTC+5:30).

Run from the project root:  python bench/blind44/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
