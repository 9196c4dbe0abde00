#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind23 set (a grain silo explosion at a river port in Argentina's Santa Fe province, desert locust swarms destroying crops in Pakistan's Sindh province, carbon monoxide poisoning at a wedding hall in Iran's Golestan province).

Run from the project root:  python bench/blind23/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
