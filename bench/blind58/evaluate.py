#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind58 set (a live-export cattle ship turned away by Indonesia and anchored back in Darwin Harbour, the anchoring time and distance, the cattle loaded, departure, days at sea, the refusal's time, the wait off Panjang, the deaths and the exporter's revised count, deck heat, fodder, stockmen, condition, value, weight, the protest, exports, Indonesia's share, the decision, lumpy skin disease, samples, suspended yards and Darwin's offset from Sydney disputed, times in Australian Central Standard Time, UTC+9:30, Australian Eastern Daylight Time, UTC+11, Western Indonesia Time, UTC+7, and GMT, across midnight; four inmates who broke out of the Zitsa prison near Ioannina, Greece, on the night Europe's clocks went back, the escapees and the ministry's revised count, the place, the times of the escape, discovery and alert, the gap, the delay, method, guards, inmates, cameras, a sentence, the director, the reward, earlier escapes, the recaptured and the police's revised count, the two held in Albania and when, the crossing, handover, helicopters, Albanian citizens and distance disputed, times in Eastern European Summer Time, UTC+3, turning into Eastern European Time, UTC+2, Albania's CEST turning into CET, and GMT; a fire on the car carrier Stella Oriens south-west of São Miguel in the Azores, the times of the alarm and of abandoning ship, distance, route, crew, Filipinos, injured and how badly, waves, exclusion zone, slick and drift, fuel, fire status, length, year, capacity, vehicles, electric vehicles, cause, cargo value and tugs disputed, times in Azores winter time, UTC−1, Western European Time, UTC+0, Central European Time, UTC+1, and Japan Standard Time, UTC+9).

Run from the project root:  python bench/blind58/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
