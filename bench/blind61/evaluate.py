#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind61 set (the return of the moai Te Mata Ra'a from a Gothenburg museum to Rapa Nui, Easter Island, landed late on a Tuesday and handed over the next morning, the landing time, the flight's length, the crate's and the moai's weight, its height, stone and age, the year it was taken and how long it was in the museum, the objects returned and those said to remain, the sea voyage, the cost and who paid, the island's offsets from Sweden and Santiago, the ceremony's time and place, whether it is the first return under Sweden's 2041 guidelines, the airport crowd, the ceremony crowd and the Carabineros' revised count, the moai's condition, the council president's age, the island's population, distance and moai disputed, times in Easter Island summer time, UTC-5, Chile summer time, UTC-3, Central European Time and GMT, across midnight; the early closure of the second Loligo squid season in the Falkland Islands, the announcement and closure times, the offset from Spain, the trawlers, the planned end, the days fished, the catch and the Fisheries Department's revised final figure, the forecast, the catch rate, the spawning stock and its threshold, the water temperature, licence revenue and refunds, the next season, fishing's share of GDP, last year's season, the Vigo price and its rise, the Illex jiggers and the crew sent home with the union's revised count disputed, times in Falklands time, UTC-3 all year, GMT, British Summer Time and Central European Summer Time, across midnight; Madagascar's 2044 baccalauréat results, the results time, the offset from Paris, the pass rate and the ministry's corrected figure, the candidates registered, sitting and passing, the centres, last year's rate, Analamanga's rate, the delay, the top candidate's mark, town and age, the resit's start, the candidates expelled for cheating and the ministry's revised count, the marking boycott, markers, pay, double marking, the cost and the website's crash disputed, times in East Africa Time, UTC+3, Réunion time, UTC+4, Central European Summer Time and GMT).

Run from the project root:  python bench/blind61/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
