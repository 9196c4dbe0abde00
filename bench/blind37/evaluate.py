#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind37 set (the summer count of the Chatham Islands black robin, raised by the Department of Conservation from 312 to 327 birds and disputed by a volunteer trust, times in Chatham Daylight Time, UTC+13:45, New Zealand Daylight Time and GMT; a record container ship's call at a Colombo terminal, its moves, hours alongside and size disputed by a dockers' union, an analyst and the local press, times in Sri Lanka time, UTC+5:30, Singapore time and GMT; a Kenyan's course record at a city marathon in Almaty, his time revised by the organisers and the course said to be short, times in Kazakhstan's single zone, UTC+5, Kenyan time, GMT and BST).

Run from the project root:  python bench/blind37/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
