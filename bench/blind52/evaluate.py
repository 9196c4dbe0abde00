#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind52 set (the recall of an Icelandic dairy's first infant formula after Cronobacter was found at its Selfoss plant, the time of the recall, the tins and batches and their revised counts, the production period, the organism and its source, the first positive result, the samples, the ill infants and their revised count, intensive care, countries, Denmark, Norway, the UK, shops, market share, price, users, cost, returns, the restart, workers sent home, the RASFF alert and the last recall disputed, times in Greenwich Mean Time, UTC+0 all year, British Summer Time and Central European Summer Time; the hijacking of a Greek-managed bulk carrier by Somali pirates in the Indian Ocean, the time of the boarding and of the alert, the last contact, the position, the pirates and their revised count, skiffs, crew, Filipinos, injuries, cargo, its kind and destination, length, tonnage, year, flag, the master's age, the ransom, the anchorage, the dhow, the hijackings this year, warships and the war-risk premium disputed, times in East Africa Time, UTC+3, Eastern European Summer Time, UTC and Philippine time, UTC+8; a shark attack on a swimmer off Anse Vata in Nouméa, New Caledonia, the time, age, distance, species, length, rescue, transport, condition and its update, surgery, ban zone, flags, drones and their cost, swimmers, beaches closed and for how long, the race, sharks caught and their revised count, attacks, deaths and culls disputed, times in New Caledonia time, UTC+11, GMT, Central European Time and Australian Eastern Daylight Time, across midnight).

Run from the project root:  python bench/blind52/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
