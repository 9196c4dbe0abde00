#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind21 set (methanol-tainted bootleg liquor poisoning in an Indonesian regency, container ship aground blocking a Brazilian port channel, refugees crossing into a Thai border town after fighting in Myanmar).

Run from the project root:  python bench/blind21/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
