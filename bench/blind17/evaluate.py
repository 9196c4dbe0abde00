#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind17 set (gondola cabin falls at a Swiss ski resort, bird-flu culls on poultry farms around Barneveld, explosion at a fireworks warehouse near Mexico City).

Run from the project root:  python bench/blind17/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
