#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind14 set (measles outbreak in Zamboanga del Norte, cargo-ship collision in the Dover Strait, gas explosion in a Winnipeg apartment tower).

Run from the project root:  python bench/blind14/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
