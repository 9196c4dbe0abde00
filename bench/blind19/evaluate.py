#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind19 set (norovirus outbreak on a British cruise ship diverted to Norway, hailstorm over a Canadian city, city marathon in Spain run in extreme heat).

Run from the project root:  python bench/blind19/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
