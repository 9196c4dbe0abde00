#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind24 set (a fire in a hospital intensive care unit in Romania's Dolj county, an mpox outbreak among fishing communities on Uganda's Lake Victoria islands, a chlorine gas leak at a municipal swimming pool in Mexico's Guanajuato state).

Run from the project root:  python bench/blind24/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
