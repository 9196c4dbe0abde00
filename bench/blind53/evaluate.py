#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind53 set (drone sightings that closed Václav Havel Airport Prague overnight, the time of the closure and of the reopening, the hours closed, the sightings and their revised count, the drones, their distance and height, the first sighting, flights cancelled on Friday and on Saturday, diversions, aircraft held, the first landing, passengers and their revised count, the night in the terminal, the detained and their revised count, the army's arrival, a drone brought down, officers, losses, the reward, compensation, the penalty, an earlier closure, daily flights, last year's passengers and the kind of drones disputed, times in Central European Time, UTC+1, GMT and US Eastern Standard Time, UTC-5, across midnight; the environmental emergency over sargassum seaweed on the Punta Cana coast of the Dominican Republic, its time and length, the coast, the beaches closed and their revised count, the seaweed removed and arriving, the barrier and its revised length, boats, workers, hydrogen sulphide, the people treated and their revised count, the Atlantic mass, the peak, occupancy, cancellations, cost, airport passengers, fishermen, turtles, the record, disposal and hotel rooms disputed, times in Atlantic Standard Time, UTC-4 all year, GMT, Central European Summer Time and US Eastern Daylight Time, across midnight; New Year's Eve 2035/36 at Taipei 101 in Taiwan, the time and length of the fireworks, shells, cost, sponsors' share, the crowd and its revised estimate, foreign visitors, the metro's trips, hours and closed station, the people treated and their revised count, the hospitalised, officers, the detained and their revised count, rubbish, PM2.5, temperature, audience, hotel rates, a crowd surge, the tower's height and the show's edition disputed, times in Taiwan time, UTC+8, written CST, GMT, Japan time, UTC+9, and US Central Standard Time, UTC-6, across midnight).

Run from the project root:  python bench/blind53/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
