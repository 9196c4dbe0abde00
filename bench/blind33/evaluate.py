#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind33 set (a nationwide overnight internet outage in Nepal, times in Nepal Time, UTC+5:45; a Kiribati High Court verdict fining the owners of a Philippine purse-seiner caught fishing inside the Phoenix Islands Protected Area; a hostile takeover battle for a Trinidad cement maker by a Jamaican conglomerate).

Run from the project root:  python bench/blind33/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
