#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind15 set (winter storm stranding motorists on Ontario's Highway 400, ransomware attack on an English hospital group, tower crane collapse on a workers' camp in Thane).

Run from the project root:  python bench/blind15/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
