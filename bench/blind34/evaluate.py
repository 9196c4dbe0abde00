#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind34 set (a women's four's record west-to-east row across the North Atlantic from St. John's, Newfoundland, times in Newfoundland Daylight Time, UTC-2:30, BST and GMT; a royal Sicán tomb announced in Peru, disputed by farmers, a lawmaker and a Swedish radiocarbon laboratory; the Reserve Bank of Malawi's devaluation of the kwacha and the IMF deal that came with it).

Run from the project root:  python bench/blind34/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
