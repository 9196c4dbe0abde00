#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind50 set (a nationwide strike of Hungary's locomotive drivers, its start, length and end, the share of trains that ran, the drivers who joined, members, the ballot, the pay claim, the offer and its date, pay, overtime, vacancies, the last such strike, the minimum service, freight, the rally, the detained, passengers, daily and cancelled trains, buses and the cost disputed, times in Central European Summer Time, UTC+2, GMT and British Summer Time, UTC+1, across midnight; a payday outage at a Malaysian bank, its start, restoration and length, customers, customers hit, failed transactions, ATMs, double debits and their reversal, the credit, the cause, a claimed cyber attack, engineers, calls, the report, branches, app users, earlier outages, complaints, retailers' losses, the share fall and the cost disputed, times in Malaysia Time, UTC+8, GMT and British Summer Time, UTC+1; the approval of Uruguay's five-year budget by its lower house, the time of the vote, the votes for and against, deputies present, the session, amendments, articles, new spending, the deficit now and in 2039, growth, net debt, education money, teachers' pay, police posts, child poverty and its programme, the march, arrests, the Senate's time limit and total spending disputed, times in Uruguay time, UTC-3, and GMT, across midnight).

Run from the project root:  python bench/blind50/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
