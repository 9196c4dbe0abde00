#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind16 set (dust-storm pile-up on a South Australian highway, diesel contamination of a Chilean city's tap water, IT outage grounding an Indian airline).

Run from the project root:  python bench/blind16/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
