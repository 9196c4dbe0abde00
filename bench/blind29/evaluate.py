#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind29 set (an escalator that ran backwards in the morning rush at a rail station in Pasig City, Metro Manila; an outbreak of Legionnaires' disease linked to a hotel spa in St. John's, Newfoundland; a mass stranding of pilot whales on Farewell Spit at the top of New Zealand's South Island).

Run from the project root:  python bench/blind29/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
