#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind42 set (the Greenland parliament's vote on an exploitation licence for the Qingua zinc and rare-earth mine near Maniitsoq, its tally, cost, jobs, royalty, reserve and uranium disputed, times in West Greenland time, UTC-2, CET and Korea time, UTC+9; a Samoa-Tonga rugby test at Apia Park after a players' pay dispute, its crowd, fees, arrears, grant, gate and winning try disputed, times in Samoa time, UTC+13, American Samoa time, UTC-11, New Zealand Standard Time, UTC+12, and US Pacific Daylight Time, UTC-7; Egypt's rise in the price of subsidised bread, its size, loaf weight, beneficiaries, subsidy bill, savings, reserves and wheat imports disputed, times in Egypt's summer time, UTC+3, GMT and Gulf time, UTC+4).

Run from the project root:  python bench/blind42/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
