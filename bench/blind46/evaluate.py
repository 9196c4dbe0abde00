#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind46 set (the stock-market debut of Thu Bon Mobility, a Vietnamese maker of electric motorbikes, on the Ho Chi Minh City Stock Exchange, the time of the first trade, the offer price and size, the money raised, the cover, the opening and closing prices, the market value, the volume, the sales, the profit and the lock-up disputed, times in Indochina Time, UTC+7, Singapore time, UTC+8, and US Eastern Daylight Time, UTC-4, across midnight; the demolition of Chandrima Bosti, an informal settlement on railway land in Dhaka, Bangladesh, the start, the notice, the homes, the people displaced, the court's stay, the end of the demolition, the injured, a death, the arrests, the cost of the rail project and the payment per family disputed, times in Bangladesh Standard Time, UTC+6, British Summer Time, UTC+1 (both written BST), and GMT, across midnight; the doping case of an Ecuadorian cyclist whose sample from an Italian stage race held clenbuterol, the sample's time, day and concentration, the stage, the laboratory, the notification, the B sample, the tests, the meal, the flight, the contract, the ban and the beef disputed, times in Central European Summer Time, UTC+2, and Ecuador time, UTC-5, across midnight).

Run from the project root:  python bench/blind46/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
