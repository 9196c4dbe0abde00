#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind20 set (chemical spill killing fish in a Polish river, disputed governor by-election count in Kenya, severe smog in a northern Indian city).

Run from the project root:  python bench/blind20/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
