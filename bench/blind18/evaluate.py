#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind18 set (stage roof collapse at a Belgian music festival, dengue outbreak in Peru's Piura region, sinkhole under a boulevard in a Mexican mining city).

Run from the project root:  python bench/blind18/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
