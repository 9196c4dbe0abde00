#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind27 set (the gondola of a pendulum ride that broke away at an amusement park in Guadalupe, on the edge of Monterrey, Mexico; an ammonia leak at a snow crab plant on Newfoundland's Burin Peninsula, Canada; a meteor airburst over Kostanay in northern Kazakhstan that blew out windows across the city).

Run from the project root:  python bench/blind27/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
