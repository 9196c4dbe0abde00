#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind39 set (a meteorite fall on Kiritimati atoll in Kiribati's Line Islands, its stones, mass and fireball disputed, times in Line Islands time, UTC+14, Tarawa time, UTC+12, Hawaii time, UTC-10, Marquesas time, UTC-9:30, and GMT; the first passenger train on the rebuilt Arica-La Paz railway, its passengers, journey, cost and fares disputed, times in Chilean summer time, UTC-3, Bolivian time, UTC-4, GMT and Central European Time; a record-length kente cloth unveiled at Kpetoe in Ghana's Volta Region, its length, weight, weavers and cost disputed, times in Ghana time, UTC+0, West Africa Time, UTC+1, and Central European Summer Time).

Run from the project root:  python bench/blind39/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
