#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind60 set (the Silver Trail sled-dog race from Dawson City to Whitehorse, Yukon, won by a Tagish musher just before midnight on a Monday, the finish and start times, the winner's age, distance, total time, margin, the runner-up's titles, whether she is the first woman to win, her dogs, the coldest reading and Environment Canada's revision, teams started and the organizers' revised count of teams scratched, checkpoints, prize, purse, the dead dog's age, day and cause, how many dogs died and whether a second dog died, the runner-up's protest, its time, the rest at Pelly Crossing, the rule, the penalty and the ruling, the crowd, the winner's record, the territory's money and Yukon's offsets from Vancouver and Alaska disputed, times in Yukon Time, UTC-7 all year, Alaska Standard Time, Pacific Standard Time and GMT, across midnight; the Maldives Reef Monitoring Centre's national coral bleaching survey, the share bleached, sites, atolls, divers, survey period, peak temperature, heat stress, dead coral, whether it is the worst on record, the 2016 share, recovery time, the dive sites closed and the tourism ministry's revised count, the reef fund, arrivals and tourism's share of the economy disputed, times in Maldives time, UTC+5, British Summer Time, GMT and Australian Eastern Standard Time; the Petroleum Fund of Timor-Leste's annual report for 2041, the release time, return and the bank's earlier figure, loss, balance and the bank's earlier figure, revenue, withdrawals, sustainable income, equities, fees, managers, long-term return, when the fund runs dry, the report's delay, late salaries and the founding year disputed, times in Timor-Leste time, UTC+9, Australian Central Standard Time, UTC+9:30, US Eastern Daylight Time and GMT, across midnight).

Run from the project root:  python bench/blind60/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
