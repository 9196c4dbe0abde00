#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind22 set (students abducted for ransom from a boarding school in Nigeria's Kebbi State, workers trapped by a hydropower tunnel collapse in Nepal's Dolakha district, deaths from contaminated IV saline at a hospital in Peru's Piura region).

Run from the project root:  python bench/blind22/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
