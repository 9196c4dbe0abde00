#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind32 set (a coffee growers' price strike with road blockades in Colombia; the failure of a Norwegian startup's first orbital rocket from Andøya, with a Darwin satellite on board; an accounting fraud at a South African furniture retailer and its former chief executive's first court appearance in Cape Town).

Run from the project root:  python bench/blind32/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
