#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind30 set (an explosion in a concrete grain silo at a port terminal at Outer Harbor, north-west of Adelaide, South Australia; lions that escaped from a private zoo in Midrand, north of Johannesburg, after a storm; a gondola that stopped above Pokhara, Nepal, leaving its passengers stranded in the cabins overnight).

Run from the project root:  python bench/blind30/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
