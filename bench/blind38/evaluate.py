#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind38 set (the Oq Ilon cave in Uzbekistan's Boysuntov range, its depth announced by a Polish-led expedition, revised by the club and disputed by a deep-caves register, times in Uzbekistan time, UTC+5, Polish summer time, Georgian time and GMT; the first direct air shipment of saffron from Herat to a Dubai importer, its weight, price and quality disputed, times in Afghanistan time, UTC+4:30, Gulf time, UTC+4, Central European Time and GMT; a palm-leaf library found in a monastery at Amarapura near Mandalay, its size and age disputed, times in Myanmar time, UTC+6:30, Bangkok time, Japan time and GMT).

Run from the project root:  python bench/blind38/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
