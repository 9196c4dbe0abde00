#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind47 set (Paraguay's minimum-wage decree, the time it was signed, the new monthly and daily minimum, the rise, the inflation it follows, the council's session and vote, the workers covered, the public and private cost, the inspectors, the fines, the union's demand and march and the rank in South America disputed, times in Paraguay time, UTC-3 all year since October 2024, GMT, Central European Summer Time and US Eastern Daylight Time, across midnight; the Irish Data Protection Commission's fine on Pulsewise, a US fitness-app maker, the fine's size and currency, the time of the announcement, the users, the third parties, the data, the period, the deadline, the draft fine, the complaints, the objecting regulators, the decision's dates, the rank, the share of turnover, the revenue and the appeal disputed, times in Irish Standard Time, UTC+1 (IST), India Standard Time, UTC+5:30 (also IST), and US Pacific Daylight Time, UTC-7, across midnight; Tanzania's mobile money transaction levy, its start, the vote, its floor, cap and exemption, the revenue forecast, the agents and traffic, the fall in volumes and value, agent closures and a market strike disputed, times in East Africa Time, UTC+3, South Africa Standard Time, UTC+2, and GMT, across midnight).

Run from the project root:  python bench/blind47/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
