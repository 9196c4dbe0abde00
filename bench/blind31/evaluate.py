#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind31 set (a night-time raid on a gold museum in Porto, Portugal; the leak of India's national medical entrance exam paper; severe turbulence on an Auckland-Santiago flight over the South Pacific).

Run from the project root:  python bench/blind31/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
