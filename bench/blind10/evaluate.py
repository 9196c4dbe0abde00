#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind10 set (bus plunging into a gorge in western Nepal, avalanche at a Swiss ski resort, mass food poisoning at a Kenyan girls' boarding school).

Run from the project root:  python bench/blind10/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
