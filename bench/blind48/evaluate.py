#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind48 set (the collapse of Coralwing Airways, a Barbados-based regional airline, its suspension time, last flight, receivers' appointment, stranded passengers, bookings, staff, pilots, wages owed, fleet, leases, debts, the government's loan and support, losses, network, daily flights, passengers a year, the state's stake, refunds, the sale and the share of visitors disputed, times in Atlantic Standard Time, UTC-4 all year, GMT and US Eastern Standard Time, UTC-5, across midnight; the first-instance verdict of the Basic Criminal Court Skopje in the "Asfalt" road-tender case against a former North Macedonian transport minister, the time, sentences, defendants, convicted and acquitted, contract, bids, overpricing, bribe, damage, the prosecution's demand, confiscation, hearings, witnesses, the trial's start, appeal, custody and the protest disputed, times in Central European Time, UTC+1, GMT and US Eastern Daylight Time, UTC-4, in the two weeks when Toronto is five hours behind Skopje rather than six; the arrival of the first doses of a new malaria vaccine in Cameroon and the launch of the campaign, the time, shipment, allocation, target, age group, schedule, districts, launch, cold chain, health workers, allowance, cost, co-financing, efficacy, malaria cases and deaths and the pilot disputed, times in West Africa Time, UTC+1, Central European Summer Time, UTC+2, GMT and British Summer Time, UTC+1, across midnight).

Run from the project root:  python bench/blind48/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
