#!/usr/bin/env python
"""Score the whole Factcheck pipeline on the blind66 set (a land speed record set by Skylance, a British jet car, on
the Salar de Uyuni in Bolivia early on a Tuesday in November, the run times, the news conference, the offsets from
Britain and Utah, the average with the team's revised figure, each run's speed, the turnaround, the old record and its
age, the Mach number, air temperature, speed of sound, altitude, distance, track, thrust, weight, length, salt crust,
wind, ratification, driver's age, team size, the crowd with the police's revised count, visitors, windows, payments to
the town and the salt cooperative, the cost with the team's revised figure and the timing gates disputed, times in
Bolivia time, UTC-4 all year, GMT and US Mountain Standard Time, across midnight; the calving of a large iceberg from
the Fimbul Ice Shelf in Antarctica, seen in a radar image just before midnight UTC on a Sunday in January, the image,
briefing and evacuation times, the offset from Cape Town, the area and mass with the Norwegian Polar Institute's
revised figures, thickness, length, width, drift, direction, the camp's staff and distance, the rift's age, rank on
the shelf and in Antarctica, the shelf's area and share lost, cause, cost, name, Troll's staff and SANAE IV's distance
disputed, times in UTC, Central European Time, South Africa Standard Time and US Mountain Standard Time, across
midnight; Ethiopia's national tree-planting day on a Monday in July, the start, end and announcement times, the
offset from Britain, the total with the Prime Minister's Office's revised figure, the target, the 2019 record,
participants, area, survival, indigenous share, forest cover, cost, nurseries' debt, the counting app's outage and its
length, seedlings since 2019, Addis Ababa, Oromia with its revised count, the hours, the holiday and the record
disputed, times in East Africa Time, UTC+3 all year, GMT and British Summer Time, across midnight).

Run from the project root:  python bench/blind66/evaluate.py [-q]   (the scoring is bench/blind_score.py)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from blind_score import main  # noqa: E402

if __name__ == "__main__":
    main(Path(__file__).resolve().parent)
