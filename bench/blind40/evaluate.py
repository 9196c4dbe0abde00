#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind40 set (the commissioning of the Santiago Sul desalination plant near Praia, Cape Verde, its capacity, cost, reach and brine disputed, times in Cape Verde time, UTC-1, GMT, Central European Summer Time and Rotterdam time; first light of the Gamsberg Survey Telescope in Namibia, its mirror, cost, site and first image disputed, times in Central Africa Time, UTC+2, CEST, South African Standard Time and UTC; a disputed clock in the armageddon game that decided the Batumi Black Sea Open chess tournament in Georgia, the clock, the appeal, the fine and the event's figures disputed, times in Georgia time, UTC+4, Belgrade summer time, UTC+2, and UTC).

Run from the project root:  python bench/blind40/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
