#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind25 set (a petrol tanker that overturned and exploded while crowds scooped fuel on a highway in Nigeria's Niger state, a radioactive gauge capsule lost from a truck between a copper mine and a depot in Chile's Antofagasta region, a rip-current mass drowning at a beach in southern Sri Lanka on the New Year holiday).

Run from the project root:  python bench/blind25/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
