#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind36 set (an Iranian striker's deadline-day transfer from a Tehran club to an Istanbul club, the fee, the contract and whether the papers went in before the window shut, times in Iran Standard Time, UTC+3:30, Turkish time, UTC+3, and GMT; a record auction sale in Paris of an Ethiopian modernist's painting whose return Ethiopia demands, times in Paris, US Eastern, Addis Ababa and Singapore time across the date line; a cable-stayed bridge in Ulaanbaatar that opens late and over budget, its cost disputed by the national audit office, an MP and the Korean contractor, times in Ulaanbaatar, Seoul, GMT and BST).

Run from the project root:  python bench/blind36/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
