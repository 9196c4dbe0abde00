#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind56 set (a tsunami warning sent by mistake to mobile phones across French Polynesia, the time of the alert and of its cancellation, the delay, the message's wave height and arrival time, its languages, the phones reached, the cause and the drill, the operator suspended, the sirens and their number, road accidents, injured and admitted, calls, a death and the dead man's age, the people who fled to high ground on Tahiti and on Nuku Hiva, hotel guests moved, the inquiry's deadline, the system's year and cost, population, islands and the Hawaii precedent disputed, times in Tahiti time, UTC−10, Marquesas time, UTC−9:30, GMT, Paris time, UTC+1, and New Zealand Daylight Time, UTC+13, across midnight and the date line; giant tortoise hatchlings found in luggage at the airport on Baltra, Galápagos, the time of the find, the hatchlings and the park's revised count, the bags and the park's revised count, the hatchlings alive and dead, the flight and its departure time, the animals' origin, species, weight and age, the scanner, quarantine, return, search party, arrests, a suspect's age, the value each and in all, the penalty, the hearing, the buyers, the wild population, living species, the 2019 case, passengers and poached hatchlings disputed, times in Galápagos time, UTC−6, mainland Ecuador time, UTC−5, US Eastern Daylight Time, UTC−4, and British Summer Time, UTC+1; the withdrawal of a batch of Bhutan's new Nu 500 banknote, the defect, the notes printed, the notes in circulation and the central bank's revised count, their face value, the time of the halt and of the briefing, when the fault was found, serial numbers, ATMs, branches, legal tender, the exchange deadline, the launch date, denominations, the thread's width, the reprint's cost and who pays, the replacement, shops refusing the notes, collectors' prices, the printing contract, notes in Jaigaon, the peg and the ngultrum's year disputed, times in Bhutan Time, UTC+6, India Standard Time, UTC+5:30, and GMT).

Run from the project root:  python bench/blind56/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
