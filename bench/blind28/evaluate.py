#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind28 set (a crush on the stairway of a hilltop temple near Hetauda, southern Nepal, on the last day of its fair; an ice floe carrying smelt anglers that broke away off Starodubskoye on Russia's Sakhalin island; an oxygen supply failure at a state hospital in Kaduna, northern Nigeria).

Run from the project root:  python bench/blind28/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
