#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind45 set (the Kalevlink power cable between Estonia and Finland, cut on the seabed of the Gulf of Finland with a bulk carrier suspected of dragging its anchor, the time of the fault, the flow, the place, the ship, its crew and cargo, the drag mark, the repair and the cost disputed, times in Eastern European Time, UTC+2, Central European Time, UTC+1, and UTC across midnight; a mass poisoning of vultures at the cattle market of Gabú in Guinea-Bissau, the day and time they were found, the count, the species, the poison, the bait, the motive, the arrests and the penalties disputed, times in GMT, UTC+0, and British Summer Time, UTC+1; the annulled first-prize extraction of Costa Rica's Christmas lottery, the times, the delay, the missing ball, the cause, the numbers drawn, the sales, the complaints and the machine disputed, times in Costa Rica time, UTC-6, US Eastern Standard Time, UTC-5, and Central European Time, UTC+1, across midnight).

Run from the project root:  python bench/blind45/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
