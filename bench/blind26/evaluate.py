#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind26 set (a hot-air balloon that struck a power line while landing in Turkey's Cappadocia region, a lightning strike during an amateur football match in the Peruvian Andes, a run on a failed savings cooperative in Pokhara, Nepal, with a deadly crush at its head office).

Run from the project root:  python bench/blind26/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
