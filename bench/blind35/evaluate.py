#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind35 set (an online ticket sale for Lumen Vale's two stadium shows in Navi Mumbai that crashes and sells out, times in India Standard Time, UTC+5:30, GMT, US Eastern and Pacific time; an Adelaide biotech's disputed Phase 3 migraine-trial results, times in Australian Central Daylight Time, UTC+10:30, GMT and US Eastern time across the date line; Brazil's annual Amazon deforestation figure contradicted by an NGO's satellites, ranchers, a state and a researcher, times in Brasília, Manaus and GMT).

Run from the project root:  python bench/blind35/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
