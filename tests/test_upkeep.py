"""Phrases that date a structure's history: when it was last inspected or serviced, when it was built."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.upkeep import BUILT, INSPECTED, NO, YES, find_datings, read_dating

PUB = date(2026, 5, 20)


def months(first: str, last: str) -> tuple[int, int]:
    """The span from "YYYY-MM" to "YYYY-MM" as month indices."""
    (y1, m1), (y2, m2) = (map(int, first.split("-")), map(int, last.split("-")))
    return y1 * 12 + m1 - 1, y2 * 12 + m2 - 1


@pytest.mark.parametrize("text, question, span", [
    # a month without a year is the latest such month before the article
    ("The operator said the cable car was last inspected in March.", INSPECTED, months("2026-03", "2026-03")),
    ("The company said its last safety inspection took place in September.", INSPECTED, months("2025-09", "2025-09")),
    ("Its last inspection was carried out in August of last year, the firm said.", INSPECTED,
     months("2025-08", "2025-08")),
    ("The gondola was last serviced on 3 March 2025, the resort said.", INSPECTED, months("2025-03", "2025-03")),
    ("The lift passed its annual safety check in December.", INSPECTED, months("2025-12", "2025-12")),
    ("The company said the line was inspected three months ago.", INSPECTED, months("2026-01", "2026-03")),
    # "not since" dates the last one; "for two years" and "18 months without" bound it
    ("The union said the track had not been inspected since 2022.", INSPECTED, months("2022-01", "2022-12")),
    ("The dam had not had a full inspection since 2019, the engineer said.", INSPECTED, months("2019-01", "2019-12")),
    ("The union said the lift had not been serviced for two years.", INSPECTED, (0, months("2024-05", "2024-05")[0])),
    ("The bridge had gone 18 months without an inspection.", INSPECTED, (0, months("2024-11", "2024-11")[0])),
    # when it was built, or how old it is
    ("The bridge, built in 1979, carried 20,000 vehicles a day.", f"{BUILT} bridge", months("1979-01", "1979-12")),
    ("The 18-inch line, which was laid in 2001, has been shut.", f"{BUILT} pipe", months("2001-01", "2001-12")),
    ("The company said the 25-year-old pipeline had been due for replacement.", f"{BUILT} pipe",
     months("2000-05", "2002-05")),
    ("An expert said the pipeline was more than 30 years old.", f"{BUILT} pipe", (0, months("1996-05", "1996-05")[0])),
    ("The Baltic Star, a 12-year-old container ship, lost 40 boxes.", f"{BUILT} vessel", months("2013-05", "2015-05")),
])
def test_a_dating_is_read_as_the_months_it_allows(text, question, span):
    d = read_dating(text, PUB)
    assert d is not None and (d.question, d.answer, d.span) == (question, YES, span), d


def test_never_inspected_is_an_answer_without_a_date():
    d = read_dating("Residents said the footbridge had never been inspected.", PUB)
    assert (d.question, d.answer, d.span) == (INSPECTED, NO, None)


@pytest.mark.parametrize("text", [
    "Engineers will inspect the bridge in June.",  # yet to come
    "The span is due for inspection in 2027.",
    "Police inspected the scene on Tuesday.",  # no past month or year
    "The 25-year-old driver was arrested at the scene.",  # a person's age
    "The festival, launched in 1987, draws 300,000 visitors.",  # not a structure
    "Inspection crews were sent in March to check the other bridges.",  # who inspects, not when it was
])
def test_other_dates_and_ages_are_no_dating(text):
    assert find_datings(text, PUB) == ()


def test_a_month_alone_cannot_be_placed_without_the_article_date():
    assert read_dating("The lift was last inspected in March.", None) is None
    assert [d.head for d in find_datings("The lift was last inspected in March.", None)] == ["March"]
