#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind51 set (the deciding Game 5 of the Lithuanian basketball league final in Kaunas, won on a disputed buzzer-beater, the score, the series, the tip-off, the time of the shot, the clock, whether the ball was out in time, the review, the camera angles, the confirmation, points, attendance, capacity, the protest's time and limit, the fine, the appeal, prize money, the lead, the detained, injured stewards, stewards, police, the TV audience, age, contract, buyout, last title and budgets disputed, times in Eastern European Summer Time, UTC+3, GMT and US Eastern Daylight Time, UTC-4, across midnight; Laos's debt agreement with its official creditors and its baht bond exchange, the time of the signing, the talks, the debt covered, external debt, maturities, grace period, interest rate, relief, creditors, participation, bonds, savings, debt to GDP now and in 2040, the share of revenue, the power companies' debt, reserves, import cover, the kip, inflation, power exports and the rating disputed, times in Indochina Time, UTC+7, GMT and Australian Eastern Standard Time, UTC+10; the rise in Mauritius's excise duty on sugar-sweetened drinks, the start, the new and old rates, the threshold, the price of a bottle, revenue, the share for diabetes care, submissions, jobs, diabetes, amputations, reformulation, local sugar, the protest, the vote, the 2013 duty's effect and the sell-off period disputed, times in Mauritius Time, UTC+4, South Africa Standard Time and Central European Summer Time, UTC+2, across midnight).

Run from the project root:  python bench/blind51/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
