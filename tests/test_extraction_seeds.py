"""Claim detection on the five seed articles: the claims that matter are found with the right
claimant and value, and page furniture gives no claims. (Pure, no database.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.extraction import DATE, QUANTITY, detect_claims, split_sentences
from factcheck.numbers import AGE_UNIT

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUB = dt.date(2023, 1, 3)


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_claims(prefix: str):
    text = seed(prefix)
    # two seeds carry no date prefix; the others give their own
    published = None if text.lstrip().startswith("date ") else PUB
    return text, detect_claims(text, published=published)


def pick(cs, *, value=None, key=None, low=None, kind=None, contains=None):
    out = []
    for c in cs:
        if value is not None and (c.value is None or c.value.text.lower() != value.lower()):
            continue
        if key is not None and key not in c.claimant_key:
            continue
        if low is not None and (c.value is None or c.value.low != low):
            continue
        if kind is not None and c.kind != kind:
            continue
        if contains is not None and contains not in c.quote:
            continue
        out.append(c)
    return out


@pytest.mark.parametrize(
    "prefix, value, key, predicate",
    [
        ("000", "63", "russian defense ministry", "killed"),
        ("000", "some 400", "strategic communications directorate", "killed"),
        ("000", "about 300", "strategic communications directorate", "wounded"),
        ("000", "six", "russian defense ministry", "fired"),
        ("000", "two", "russian defense ministry", "shot down"),
        ("000", "10", "general staff", "destroyed"),
        ("000", "40", "vitali klitschko", ""),
        ("001", "about 400", "strategic communications directorate", "killed"),
        ("001", "four", "russian defense ministry", "hit"),
        ("001", "six", "russian defense ministry", "fired"),
        ("001", "40", "vitali klitschko", "shot down"),
        ("002", "up to 400", "ukraine", "killed"),
        ("002", "63", "russian defense ministry", "killed"),
        ("002", "dozens", "sources close to", "killed"),
        ("002", "hundreds", "igor girkin", "killed"),
        ("002", "six", "russian defense ministry", "fired"),
        ("002", "two", "russian defense ministry", "shot down"),
        ("002", "40", "vitali klitschko", ""),
        ("002", "more than 100", "rybar", "wounded"),
        ("003", "as many as 63", "russian defense ministry", "killed"),
        ("003", "63", "russian defense ministry", "killed"),
        ("003", "hundreds", "igor strelkov", "killed"),
        ("003", "several hundred", "russian military bloggers", "killed"),
        ("003", "40 percent", "valery zaluzhny", ""),
        ("004", "63", "russia", "killed"),  # the headline "Moscow: 63 Russian soldiers killed..."
        ("004", "nearly 400", "strategic communications department", "killed"),
        ("004", "hundreds", "igor strelkov", "killed"),
        ("004", "up to 10", "general staff", "destroyed"),
        ("004", "more than 80", "volodymyr zelensky", "shot down"),
        ("004", "more than 70", "russian defense ministry", "killed"),
        ("004", "18 billion euro ($19 billion)", "", ""),
    ],
)
def test_seed_quantities(prefix, value, key, predicate):
    text, cs = seed_claims(prefix)
    hits = pick(cs, value=value, key=key, kind=QUANTITY)
    assert hits, f"{value!r} by {key!r} not in {[(c.value.text, c.claimant_key) for c in cs if c.value]}"
    if predicate:
        assert any(c.value.predicate == predicate for c in hits), [c.value for c in hits]


def test_seed_values_are_normalised():
    _, cs = seed_claims("002")
    (up_to,) = pick(cs, value="up to 400", key="ukraine")
    assert (up_to.value.qualifier, up_to.value.low, up_to.value.high) == ("up to", None, 400)
    assert up_to.quote == "Ukraine claims up to 400 Russians were killed"
    (ministry,) = pick(cs, value="63", key="russian defense ministry")
    assert ministry.quote == "the Russian Defense Ministry said 63"
    (dozens,) = pick(cs, value="dozens", key="sources close to")
    assert dozens.value.vague and (dozens.value.low, dozens.value.high) == (24, 99)
    _, cs = seed_claims("000")
    (some,) = pick(cs, value="some 400")
    assert some.value.qualifier == "about" and some.value.subject == "mobilized russian soldiers"
    (kill,) = pick(cs, value="63")
    assert kill.value.subject == "russian soldiers"
    assert kill.claimant == "Russian Defense Ministry" and kill.attribution == "said"
    two = pick(cs, value="two", key="russian defense ministry")
    assert two[0].value.subject == "rockets"


def test_seed_dates_and_times():
    _, cs = seed_claims("000")
    (dec31,) = pick(cs, value="Dec. 31", kind=DATE)
    assert "general staff" in dec31.claimant_key and dec31.value.date == "2022-12-31"
    _, cs = seed_claims("002")
    (midnight,) = pick(cs, value="two minutes after midnight on New Year’s Day", kind=DATE)
    assert midnight.claimant_key == "daniil bezsonov"
    assert (midnight.value.time, midnight.value.date) == ("00:02", "2023-01-01")
    _, cs = seed_claims("003")
    (one_am,) = pick(cs, value="about 1 am on January 1 (2200 GMT on December 31)", kind=DATE)
    assert one_am.claimant_key == "igor strelkov"
    v = one_am.value
    assert (v.time, v.qualifier, v.date, v.tz, v.utc) == ("01:00", "about", "2023-01-01", "UTC+03:00", "2022-12-31T22:00:00Z")


def test_seed_claimants_resolve_references():
    _, cs = seed_claims("001")
    stm = [c for c in cs if c.quote.startswith("The Russian statement said")]
    assert stm and stm[0].claimant_key == "russian defense ministry"
    bez = [c for c in cs if "Bezsonov said" in c.quote]
    assert bez and bez[0].claimant_key == "daniil bezsonov"
    _, cs = seed_claims("003")
    he = [c for c in cs if c.quote.startswith("He said “hundreds”")]
    assert he and he[0].claimant_key == "igor strelkov"
    azarov = [c for c in cs if "Dmitry Azarov" in c.quote]
    assert azarov and azarov[0].claimant_key == "dmitry azarov"
    _, cs = seed_claims("004")
    syn = [c for c in cs if "Oleg Synegubov" in c.quote]
    assert syn and syn[0].claimant == "Oleg Synegubov"


def test_seed_furniture_gives_no_claims():
    text, cs = seed_claims("002")
    for junk in ("Read more", "Leave a Reply", "Required fields", "Day 313",
                 "Ukrainians insist on celebrating", "Dozens of Russian soldiers killed after"):
        assert not [c for c in cs if junk in c.quote], junk
    text, cs = seed_claims("004")
    for junk in ("Photo credit", "Explosion in Kyiv", "Extreme hardship'", "Russian soldiers in Ukraine\n"):
        assert not [c for c in cs if junk in c.quote], junk
    headline = [c for c in cs if c.start == 0]
    assert headline and headline[0].value.low == 63


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_properties(prefix):
    text, cs = seed_claims(prefix)
    assert len(cs) >= 8
    prev_end = -1
    for c in cs:
        assert text[c.start:c.end] == c.quote
        assert "date 20" not in c.quote
        if c.value is not None and c.value.unit == AGE_UNIT:
            continue  # a person's age is a claim of its own, inside its sentence's claim
        assert c.start >= prev_end
        prev_end = c.end
    for a, b in split_sentences(text):
        assert not text[a:b].lstrip().startswith("date 20")
