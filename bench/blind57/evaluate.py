#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind57 set (fuel running out at the roadhouses of the Eyre Highway across the Nullarbor Plain, Western Australia, the time the Eucla pumps ran dry, the roadhouses, travellers and vehicles stranded and the police's revised counts, the convoy's tankers, litres, departure and arrival, rationing, the highway's closure, reopening and length of closure, its cause and the rain, drivers, water, heat cases and the flight out, temperature, traffic, distances, Border Village's prices, complaints, vehicles turned back and Eucla's offsets from Perth and Adelaide disputed, times in Central Western Time, UTC+8:45, Australian Western Standard Time, UTC+8, Australian Central Daylight Time, UTC+10:30, Australian Eastern Daylight Time, UTC+11, and GMT, across midnight; a march in Valletta, Malta, against a tower and marina project, the start, the crowd and the organisers' revised count, the route, arrests and the police's revised count, injured officers, first aid, hospital, police on duty, the end, the record, objections, heat, the planning vote and its date, storeys, height, apartments, berths, cost, jobs, reclaimed land, the board's independence, the peak's time and population disputed, times in Central European Summer Time, UTC+2, GMT and British Summer Time, UTC+1; the Darvaza gas crater in Turkmenistan declared extinguished, the time and whether the fire is out, the leak and methane and the monitoring firm's revised figure, width, depth, the year it was lit and years burning, wells, workers, start of work, cost, gas flow, ceremony, diplomats, tourists, distance, the president's order and the offset from Moscow disputed, times in Turkmenistan time, UTC+5, Moscow time, UTC+3, Central European Summer Time, UTC+2, British Summer Time, UTC+1, and GMT).

Run from the project root:  python bench/blind57/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
