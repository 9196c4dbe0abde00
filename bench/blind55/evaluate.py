#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind55 set (the burst of a 16-metre cylindrical aquarium in the atrium of a hotel on the Lusail waterfront north of Doha, Qatar, the time of the burst, of the first call and of the response, the tank's volume, height, panel thickness, opening year and last inspection, the cause, the water temperature, the fish and the hotel's revised count, the species, the sharks, the fish saved, the guests evacuated and how fast, the injured, guests hurt and admitted, the water's depth, the rooms, the hotel's opening year, its staff, the cost, the closure and the other aquariums to be inspected disputed, times in Arabia Standard Time, UTC+3, GMT and India Standard Time, UTC+5:30, across midnight; a rat filmed near the wharf of Lord Howe Island, New South Wales, years after it was declared rodent-free, the time of the footage and of the first catch, the rats caught and the Board's revised count, their species and the first rat's sex, the camera's distance from the wharf, traps, zone, dogs, staff and the Board's revised count, the supply ship's last call, fumigation and whether it brought the rats, the visitor cap, cancellations, funding, residents, distance, woodhens and the 2019 eradication's year, bait, cost, kill and rodent-free date disputed, times in Lord Howe Standard Time, UTC+10:30, Australian Eastern Standard Time, UTC+10, and New Zealand Standard Time, UTC+12, across midnight; the failure of a liquid-nitrogen storage tank at a fertility clinic in Limassol, Cyprus, the time of the alarm and of the discovery, the cause, the last service and refill, the tanks and the tank's age, the temperatures, the hours above the threshold, the eggs and embryos and the clinic's revised count, the embryos, the patients and the clinic's revised count, Israeli and British patients, the share still viable, the founding year, the licence suspension, Cyprus's clinics, cycles and foreign share and the price of a cycle disputed, times in Eastern European Time, UTC+2, GMT and Israel Standard Time, UTC+2, across midnight).

Run from the project root:  python bench/blind55/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
