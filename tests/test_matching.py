"""Table-driven tests of the pure matching module. Values are built by hand, not by extraction."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extraction import Value
from factcheck.matching import (
    MatchClaim,
    compare,
    fact_key,
    independent_sources,
    related_keys,
    suggest,
)


@pytest.fixture(autouse=True)
def plain_static_storage():
    """Overrides the Django-only autouse fixture of conftest: these tests need no Django."""
    yield


_ids = iter(range(1, 10**6))


def q(text, *, who="someone", subj="", pred="", sent="", art=None, pub=date(2024, 5, 2), qual="", low=None,
      high=None, vague=False, unit="", kind="quantity", **kw):
    """A quantity claim. Exact figures get low = high unless bounds are given."""
    if low is None and high is None and not vague and kind == "quantity":
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            n = float(digits)
            if qual in ("up to", "nearly", "fewer than", "as many as"):
                high = n
            elif qual in ("more than", "at least"):
                low = n
            else:
                low = high = n
    i = next(_ids)
    return MatchClaim(
        id=i,
        article_id=art if art is not None else 1000 + i,
        claimant_key=who,
        kind=kind,
        value=Value(text=text, qualifier=qual, low=low, high=high, unit=unit, subject=subj, predicate=pred,
                    vague=vague, **kw),
        sentence=sent or text,
        published=pub,
    )


def d(text, *, who="someone", pred="struck", sent="", pub=date(2024, 1, 2), **kw):
    return q(text, who=who, pred=pred, sent=sent, pub=pub, kind="date", **kw)


# --------------------------------------------------------------------------- pairs of claims

FLOOD = dict(subj="people", pred="killed")
PAIRS = [
    # --- figures many times apart count different things; a rival's tenfold figure is still a dispute
    ("flood: 116 vs 9 are twelve times apart yet disputable",
     q("116", who="disaster agency", **FLOOD, sent="The disaster agency said 116 people have died in floods."),
     q("9", who="police", **FLOOD, sent="Police said 9 people were killed in the floods in Sindh."),
     "contradicts"),
    ("spill: 60,000 tonnes against 50 tonnes are two quantities, not a dispute",
     q("about 60,000 tonnes", qual="about", low=60000, high=60000, unit="t", who="coast guard",
       subj="oil", pred="spilled", sent="The coast guard said about 60,000 tonnes of oil spilled from the tanker."),
     q("less than 50 tonnes", qual="less than", low=0, high=50, unit="t", who="owner", subj="oil", pred="spilled",
       sent="The owner said less than 50 tonnes of oil had spilled from the tanker."),
     None),
    ("toll: none killed against up to 70 is a dispute however far apart",
     q("none", low=0, high=0, who="army", subj="soldiers", pred="killed",
       sent="The army said none of its soldiers had been killed at the market."),
     q("up to 70", qual="up to", low=0, high=70, who="rebels", subj="soldiers", pred="killed",
       sent="Rebels said up to 70 soldiers were killed at the market."),
     "contradicts"),
    # --- a flood's toll: officials vs aid groups
    ("flood: at least 120 vs more than 150 (both lower bounds)",
     q("at least 120", qual="at least", who="interior ministry", **FLOOD,
       sent="At least 120 people were killed in the floods in Sindh province, the interior ministry said."),
     q("more than 150", qual="more than", who="red crescent", **FLOOD,
       sent="More than 150 people have died in the floods, the Red Crescent said."),
     "corroborates"),
    ("flood: at least 120 vs nearly 200 (an estimate far above the official floor)",
     q("at least 120", qual="at least", who="interior ministry", **FLOOD,
       sent="At least 120 people were killed in the floods in Sindh province, the interior ministry said."),
     q("nearly 200", qual="nearly", who="oxfam", subj="people", pred="died",
       sent="Nearly 200 people died as the waters rose in Sindh province, Oxfam estimated."),
     "contradicts"),
    ("flood: more than 150 vs nearly 200",
     q("more than 150", qual="more than", who="red crescent", **FLOOD),
     q("nearly 200", qual="nearly", who="oxfam", subj="people", pred="died"),
     "corroborates"),
    ("flood: the death toll without subject vs people killed",
     q("134", who="provincial authorities", pred="death toll",
       sent="The death toll from the flooding rose to 134, provincial authorities said."),
     q("at least 130", qual="at least", who="governor", subj="residents", pred="lost their lives",
       sent="At least 130 residents lost their lives in the flooding, the governor said."),
     "corroborates"),
    ("flood: displaced vs killed are different facts",
     q("12,000", who="un", subj="people", pred="displaced"),
     q("120", who="ministry", **FLOOD),
     None),
    ("flood: people killed vs children killed are different questions",
     q("40", who="police", **FLOOD, sent="Forty people were killed when the river burst its banks."),
     q("12", who="unicef", subj="children", pred="killed", sent="Twelve children were among those killed."),
     None),
    # --- a protest's turnout
    ("protest: police 12,000 vs unions 80,000",
     q("12,000", who="police", subj="protesters", pred="marched",
       sent="Police said 12,000 protesters marched through Lyon on Saturday."),
     q("80,000", who="cgt union", subj="people", pred="took part",
       sent="The CGT union said 80,000 people took part in the protest in Lyon."),
     "contradicts"),
    ("protest: about 15,000 vs 14,200 corroborate",
     q("about 15,000", qual="about", who="organisers", subj="people", pred="rallied"),
     q("14,200", who="police", subj="demonstrators", pred="attended"),
     "corroborates"),
    ("protest: turnout in two different cities",
     q("12,000", who="police", subj="protesters", pred="marched", sent="12,000 protesters marched in Lyon."),
     q("40,000", who="police", subj="protesters", pred="marched", sent="40,000 protesters marched in Marseille."),
     None),
    ("protest: arrests vs turnout",
     q("300", who="police", subj="protesters", pred="arrested"),
     q("12,000", who="police", subj="protesters", pred="marched"),
     None),
    ("protest: detained protesters vs arrested people (one measure, one class)",
     q("300", who="police", subj="protesters", pred="detained"),
     q("more than 1,000", qual="more than", who="rights group", subj="people", pred="arrested"),
     "contradicts"),
    # --- the same claimant
    ("same ministry revises 40 then 52",
     q("40", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 1)),
     q("52", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 3)),
     "updates"),
    ("same ministry repeats 52",
     q("52", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 3)),
     q("52", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 4)),
     "same"),
    # --- who and what decide the fact
    ("civilians vs soldiers killed",
     q("63", who="ministry", subj="soldiers", pred="killed"),
     q("5", who="police", subj="civilians", pred="killed"),
     None),
    ("wounded vs killed",
     q("300", who="army", subj="soldiers", pred="wounded"),
     q("400", who="army", subj="soldiers", pred="killed"),
     None),
    ("injured vs wounded are one measure",
     q("about 300", qual="about", who="army", subj="soldiers", pred="injured"),
     q("more than 100", qual="more than", who="blogger", subj="servicemen", pred="wounded"),
     "contradicts"),
    ("drones shot down over a city vs drones launched nationwide",
     q("40", who="mayor", subj="drones", pred="shot down", sent="all 40 drones were shot down over Kharkiv"),
     q("90", who="air force", subj="drones", pred="launched", sent="90 drones were launched across the country"),
     None),
    ("drones shot down over a city vs across the country",
     q("40", who="mayor", subj="drones", pred="shot down", sent="all 40 drones were shot down over Kharkiv"),
     q("85", who="air force", subj="drones", pred="intercepted",
       sent="air defences intercepted 85 drones across the country overnight"),
     None),
    ("drones destroyed by air defence = intercepted",
     q("40", who="mayor", subj="drones", pred="destroyed", sent="All 40 drones were destroyed over the city of Odesa."),
     q("38", who="air force", subj="drones", pred="shot down", sent="38 drones were shot down over Odesa."),
     "contradicts"),
    ("six rockets fired at one building vs 25 fired across a region",
     q("six", low=6, high=6, who="ministry", subj="rockets", pred="fired",
       sent="six rockets were fired at a school building"),
     q("25", who="governor", subj="missiles", pred="fired", sent="25 missiles were fired across the region overnight"),
     None),
    ("rockets and missiles are one family",
     q("six", low=6, high=6, who="ministry", subj="rockets", pred="fired"),
     q("four", low=4, high=4, who="blogger", subj="missiles", pred="launched"),
     "contradicts"),
    ("vehicles destroyed vs soldiers killed",
     q("10", who="general staff", subj="military vehicles", pred="destroyed"),
     q("10", who="general staff", subj="soldiers", pred="killed"),
     None),
    ("different towns are different facts",
     q("12", who="police", subj="people", pred="killed", sent="12 people were killed in Derna"),
     q("30", who="red crescent", subj="people", pred="killed", sent="30 people were killed in Benghazi"),
     None),
    ("a place named once: no place vs a place can be the same fact",
     q("5,300", who="un", subj="people", pred="died", sent="More than 5,300 people died, the UN said."),
     q("11,300", who="red crescent", subj="people", pred="died", sent="11,300 people died in Derna."),
     "contradicts"),
    ("articles three weeks apart are different events",
     q("12", who="police", subj="people", pred="killed", pub=date(2024, 1, 1)),
     q("30", who="ngo", subj="people", pred="killed", pub=date(2024, 1, 22)),
     None),
    ("the speaker's city is not the event's place",
     q("63", who="mod", subj="servicemen", pred="killed",
       sent="the defence ministry in Moscow said 63 servicemen were killed in Makiivka"),
     q("about 400", qual="about", who="stratcom", subj="soldiers", pred="killed",
       sent="about 400 soldiers were killed in Makiivka"),
     "contradicts"),
    ("money: two pledges in one currency",
     q("$1.2 billion", low=1.2e9, high=1.2e9, unit="USD", who="world bank", subj="aid", pred="pledged"),
     q("$800 million", low=8e8, high=8e8, unit="USD", who="donors", subj="aid", pred="pledged"),
     "contradicts"),
    ("money: an amount and its conversion into another currency corroborate",
     q("$500 million", low=5e8, high=5e8, unit="USD", who="us", subj="aid", pred="pledged"),
     q("€450 million", low=4.5e8, high=4.5e8, unit="EUR", who="eu", subj="aid", pred="pledged"),
     "corroborates"),
    ("money: amounts far apart in two currencies contradict",
     q("$500 million", low=5e8, high=5e8, unit="USD", who="us", subj="aid", pred="pledged"),
     q("€150 million", low=1.5e8, high=1.5e8, unit="EUR", who="eu", subj="aid", pred="pledged"),
     "contradicts"),
    ("money: a currency that moves fast meets only itself",
     q("$500 million", low=5e8, high=5e8, unit="USD", who="us", subj="aid", pred="pledged"),
     q("20 billion naira", low=2e10, high=2e10, unit="NGN", who="eu", subj="aid", pred="pledged"),
     None),
    ("bodies recovered count the dead",
     q("at least 36", qual="at least", who="agency", subj="bodies", pred="recovered"),
     q("40", who="police", pred="death toll", sent="The death toll rose to 40, police said."),
     "corroborates"),
    ("hostages held vs hostages taken",
     q("about 240", qual="about", who="army", subj="hostages", pred="held"),
     q("more than 200", qual="more than", who="officials", subj="hostages", pred="taken"),
     "corroborates"),
    ("hostages released vs hostages held",
     q("24", who="mediators", subj="hostages", pred="released"),
     q("about 240", qual="about", who="army", subj="hostages", pred="held"),
     None),
    ("more than a million vs 1.5 million (an order of magnitude)",
     q("more than a million", qual="more than", low=1e6, who="governor", subj="homes", pred="lost power"),
     q("1.5 million", low=1.5e6, high=1.5e6, who="utility", subj="households", pred="without power"),
     "corroborates"),
    ("same ministry, overlapping figures on later days: updates",
     q("more than 200", qual="more than", who="health ministry", subj="people", pred="killed", pub=date(2024, 4, 1)),
     q("at least 250", qual="at least", who="health ministry", subj="people", pred="killed", pub=date(2024, 4, 3)),
     "updates"),
    ("same ministry, two wordings the same day: same",
     q("63", who="mod", subj="servicemen", pred="killed", pub=date(2023, 1, 2)),
     q("more than 60", qual="more than", who="mod", subj="soldiers", pred="killed", pub=date(2023, 1, 2)),
     "same"),
    ("the speaker is not the subject: police said 60 were dead",
     q("nearly 60", qual="nearly", who="police", pred="dead", sent="Police said nearly 60 were dead after the collision."),
     q("57", who="railway", subj="people", pred="killed"),
     "corroborates"),
    ("different sides are different facts: russian soldiers vs foreign mercenaries",
     q("63", who="mod", subj="russian servicemen", pred="killed"),
     q("more than 70", qual="more than", who="mod", subj="foreign mercenaries", pred="killed"),
     None),
    ("one side named, the other not: may be the same fact",
     q("63", who="mod", subj="russian servicemen", pred="killed"),
     q("about 400", qual="about", who="ua", subj="soldiers", pred="killed"),
     "contradicts"),
    ("a background date (months earlier) is another event, not a contradiction",
     d("February 24", date="2022-02-24", who="a", pred="attacked", pub=date(2023, 1, 3)),
     d("Dec. 31", date="2022-12-31", who="b", pred="attacked", pub=date(2023, 1, 2)),
     None),
    ("a holiday is not a place",
     q("63", who="mod", subj="soldiers", pred="killed", sent="63 soldiers were killed in a strike on New Year's Eve"),
     q("about 400", qual="about", who="ua", subj="soldiers", pred="killed", sent="about 400 soldiers were killed in Makiivka"),
     "contradicts"),
    ("a neighbouring sentence's place does not count",
     q("more than 60", qual="more than", who="russia", subj="soldiers", pred="killed",
       sent="A street in Mariupol, on April 12. More than 60 soldiers were killed in a strike, Russia said."),
     q("63", who="mod", subj="servicemen", pred="killed", sent="63 servicemen were killed in Makiivka"),
     "corroborates"),
    ("a percentage never meets a count",
     q("62%", unit="%", low=62, high=62, who="commission", subj="voters", pred="turnout"),
     q("62", who="police", subj="protesters", pred="turnout"),
     None),
    ("statements are not matched",
     q("the strike hit a school", kind="statement", who="mayor"),
     q("the strike hit a school", kind="statement", who="army"),
     None),
    # --- the seed event's values (the numbers, not the names, are what is tested)
    ("seed: 63 vs about 400",
     q("63", who="mod", subj="russian servicemen", pred="killed"),
     q("about 400", qual="about", who="stratcom", subj="russian soldiers", pred="killed"),
     "contradicts"),
    ("seed: about 400 vs nearly 400",
     q("about 400", qual="about", who="stratcom", subj="soldiers", pred="killed"),
     q("nearly 400", qual="nearly", who="ukraine", subj="soldiers", pred="killed"),
     "corroborates"),
    ("seed: about 400 vs up to 400",
     q("about 400", qual="about", who="stratcom", subj="soldiers", pred="killed"),
     q("up to 400", qual="up to", who="ukraine mod", subj="russians", pred="killed",
       sent="Ukraine's Defense Ministry claimed that up to 400 Russians were killed"),
     "corroborates"),
    ("seed: nearly 400 vs up to 400",
     q("nearly 400", qual="nearly", who="a", subj="soldiers", pred="killed"),
     q("up to 400", qual="up to", who="b", subj="soldiers", pred="killed"),
     "corroborates"),
    ("seed: some 400 vs about 400",
     q("some 400", qual="some", who="a", subj="soldiers", pred="killed"),
     q("about 400", qual="about", who="b", subj="soldiers", pred="killed"),
     "corroborates"),
    ("seed: up to 400 vs 63 (heard as close to 400)",
     q("up to 400", qual="up to", who="ukraine", subj="soldiers", pred="killed"),
     q("63", who="mod", subj="troops", pred="killed"),
     "contradicts"),
    ("seed: dozens vs hundreds",
     q("dozens", vague=True, who="local sources", subj="russian recruits", pred="killed",
       sent="dozens of Russian recruits had been killed"),
     q("hundreds", vague=True, who="girkin", subj="troops", pred="killed"),
     "contradicts"),
    ("seed: hundreds vs about 400",
     q("hundreds", vague=True, who="girkin", subj="troops", pred="killed"),
     q("about 400", qual="about", who="stratcom", subj="soldiers", pred="killed"),
     "corroborates"),
    ("thousands said of twelve thousand evacuees agrees with the exact count",
     q("thousands", vague=True, who="outlet", subj="people", pred="evacuated",
       sent="Thousands of people were evacuated from the valley."),
     q("more than 12,000", qual="more than", who="civil defence", subj="people", pred="evacuated"),
     "corroborates"),
    ("but several thousand is not twelve thousand",
     q("several thousand", vague=True, who="outlet", subj="people", pred="evacuated",
       sent="Several thousand people were evacuated from the valley."),
     q("12,000", who="civil defence", subj="people", pred="evacuated"),
     "contradicts"),
    ("and dozens is not more than a hundred",
     q("dozens", vague=True, who="outlet", subj="people", pred="missing", sent="Dozens of people are missing."),
     q("more than 100", qual="more than", who="red cross", subj="people", pred="missing"),
     "contradicts"),
    ("seed: more than 60 vs 63",
     q("more than 60", qual="more than", who="russia", subj="soldiers", pred="killed"),
     q("63", who="mod", subj="servicemen", pred="killed"),
     "corroborates"),
    ("seed: a nationality plural in a military context is military",
     q("up to 400", qual="up to", who="ukraine", subj="russians", pred="killed",
       sent="Ukraine claims up to 400 Russians were killed in the strike on the barracks"),
     q("63", who="mod", subj="servicemen", pred="killed"),
     "contradicts"),
    ("seed: a nationality plural with no military cue is people, not soldiers",
     q("3", who="police", subj="ukrainians", pred="killed", sent="three Ukrainians were killed when a shell hit a market"),
     q("63", who="mod", subj="servicemen", pred="killed"),
     None),
    # --- times and dates
    ("time: a bare local clock and the same clock given with its conversion",
     d("2:40 a.m.", who="air force", time="02:40", sent="The first missiles hit the port at 2:40 a.m., the air force said."),
     d("02:40 local time (00:40 UTC)", who="blogger", time="02:40", tz="UTC+02:00",
       sent="The first blasts were reported at 02:40 local time (00:40 UTC)."),
     "corroborates"),
    ("time: a bare local clock and a UTC time a whole-hour zone reconciles",
     d("2:40 a.m.", who="air force", time="02:40", sent="The first missiles hit the port at 2:40 a.m., the air force said."),
     d("about 0040 GMT", qual="about", who="wire", time="00:40", tz="GMT",
       sent="The first missiles struck the port at about 0040 GMT."),
     "corroborates"),
    ("time: a bare local clock no zone reconciles with a UTC time may be another moment: no link",
     d("2:55 a.m.", who="air force", time="02:55", sent="The first missiles hit the port at 2:55 a.m., the air force said."),
     d("0040 GMT", who="wire", time="00:40", tz="GMT", sent="The first missiles struck the port at 0040 GMT."),
     None),
    ("time: 2200 GMT Dec 31 vs about 1 am Jan 1 at UTC+3",
     d("2200 GMT on December 31", who="strelkov", date="2022-12-31", time="22:00", tz="GMT",
       utc="2022-12-31T22:00:00+00:00", pub=date(2023, 1, 3)),
     d("about 1 am on January 1", qual="about", who="bezsonov", date="2023-01-01", time="01:00", tz="+03:00",
       pub=date(2023, 1, 3)),
     "corroborates"),
    ("time: 0800 UTC vs 11:45 at UTC+2 contradict",
     d("0800 UTC", date="2024-01-02", time="08:00", tz="UTC", who="a"),
     d("11.45 am local", date="2024-01-02", time="11:45", tz="+02:00", who="b"),
     "contradicts"),
    # hours apart on one day: more likely two moments of the story (a siege's start and its end) than a dispute
    ("time: 0800 UTC vs 15:00 at UTC+2 are other moments",
     d("0800 UTC", date="2024-01-02", time="08:00", tz="UTC", who="a"),
     d("3 pm local", date="2024-01-02", time="15:00", tz="+02:00", who="b"),
     None),
    ("date: Dec 31 vs two minutes after midnight on Jan 1, zone unknown",
     d("Dec. 31", date="2022-12-31", who="general staff", pub=date(2023, 1, 2)),
     d("two minutes after midnight on New Year's Day", date="2023-01-01", time="00:02", who="bezsonov",
       pub=date(2023, 1, 2)),
     "corroborates"),
    ("date: Dec 25 vs Dec 31",
     d("Dec. 25", date="2022-12-25", who="a", pub=date(2023, 1, 2)),
     d("Dec. 31", date="2022-12-31", who="b", pub=date(2023, 1, 2)),
     "contradicts"),
    ("date: the flood began on May 1 vs the strike on May 1 are different events",
     d("May 1", date="2024-05-01", pred="began", sent="the flooding began on May 1", who="a"),
     d("May 1", date="2024-05-01", pred="struck", sent="the missile struck on May 1", who="b"),
     None),
    # --- one claimant, several spellings; revisions need a later article
    ("spelling variants of one body (subset of words) revising later: updates",
     q("9", who="interior ministry", subj="people", pred="arrested", pub=date(2024, 6, 1)),
     q("14", who="peruvian interior ministry", subj="people", pred="arrested", pub=date(2024, 6, 2)),
     "updates"),
    ("an abbreviation is its body: same figure is the same claim",
     q("3,100", who="kenya red cross society", subj="people", pred="displaced", pub=date(2024, 4, 2)),
     q("3,100", who="krcs", subj="people", pred="displaced", pub=date(2024, 4, 3)),
     "same"),
    ("a regional prefix may be left out of the abbreviation",
     q("21", who="kerala state disaster management authority", subj="people", pred="killed", pub=date(2024, 7, 30)),
     q("21", who="sdma", subj="people", pred="killed", pub=date(2024, 7, 31)),
     "same"),
    ("one generic word is not a spelling of a longer body",
     q("9", who="ministry", subj="people", pred="arrested", pub=date(2024, 6, 1)),
     q("14", who="justice ministry", subj="people", pred="arrested", pub=date(2024, 6, 2)),
     "contradicts"),
    ("but police on one event's fact are the force named in full",
     q("9", who="police", subj="people", pred="arrested", pub=date(2024, 6, 1)),
     q("14", who="city police", subj="people", pred="arrested", pub=date(2024, 6, 2)),
     "updates"),
    ("a different claimant never gives updates",
     q("40", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 1)),
     q("52", who="red crescent", subj="people", pred="killed", pub=date(2024, 3, 3)),
     "contradicts"),
    ("same claimant, different figures, same day: the higher toll is taken as the later revision",
     q("40", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 1)),
     q("52", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 1)),
     "updates"),
    ("same claimant, one figure with and without 'about' in later articles: same",
     q("about 8,000", qual="about", who="civil protection agency", subj="people", pred="evacuated", pub=date(2024, 9, 1)),
     q("8,000", who="civil protection agency", subj="people", pred="evacuated", pub=date(2024, 9, 3)),
     "same"),
    ("same claimant, a lower bound then a higher figure later: updates",
     q("at least 40", qual="at least", who="civil protection agency", subj="people", pred="killed", pub=date(2024, 9, 1)),
     q("47", who="civil protection agency", subj="people", pred="killed", pub=date(2024, 9, 3)),
     "updates"),
    ("two unknown outlets speaking in their own voice are two voices",
     q("30", who="outlet:", subj="people", pred="killed", pub=date(2024, 9, 1)),
     q("more than 100", qual="more than", who="outlet:", subj="people", pred="killed", pub=date(2024, 9, 3)),
     "contradicts"),
    # --- background and partial figures are other questions
    ("a toll from a named earlier year is another fact",
     q("more than 300", qual="more than", who="outlet:", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="Floods in 2019 killed more than 300 people in the same province."),
     q("45", who="governor", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="The floods have killed 45 people, the governor said."),
     None),
    ("last year's figure is another fact",
     q("2,000", who="ministry", subj="people", pred="displaced", pub=date(2024, 8, 2),
       sent="Last year's monsoon displaced 2,000 people."),
     q("2,500", who="un", subj="people", pred="displaced", pub=date(2024, 8, 3),
       sent="The monsoon rains displaced 2,500 people this week."),
     None),
    ("two articles citing the same past disaster corroborate each other",
     q("more than 250", qual="more than", who="outlet:a", subj="people", pred="died", pub=date(2024, 8, 2),
       sent="The 2015 mine collapse, in which more than 250 people died, led to new rules."),
     q("about 260", qual="about", who="outlet:b", subj="people", pred="killed", pub=date(2024, 8, 3),
       sent="A mine collapse in 2015 killed about 260 people."),
     "corroborates"),
    ("an increment (N more found) is not the toll",
     q("four", low=4, high=4, who="outlet:", subj="bodies", pred="found", pub=date(2024, 8, 3),
       sent="Four more bodies were pulled from the river on Tuesday."),
     q("19", who="police", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="The floods killed 19 people, police said."),
     None),
    ("another N is an increment",
     q("another 12", low=12, high=12, who="outlet:", subj="people", pred="died", pub=date(2024, 8, 3),
       sent="Another 12 people died in hospital overnight."),
     q("60", who="police", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="The blast killed 60 people, police said."),
     None),
    ("a part of the whole (in one town alone) is another question",
     q("31", who="mayor", subj="people", pred="died", pub=date(2024, 8, 3),
       sent="31 people died in the port town alone, the mayor said."),
     q("60", who="police", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="The cyclone killed 60 people, police said."),
     None),
    ("the toll climbed to N: the verb says it changed, the toll says what is counted",
     q("88", who="agency", pred="climbed", pub=date(2024, 8, 3),
       sent="The death toll from the landslide climbed to 88, the agency said."),
     q("at least 70", qual="at least", who="red cross", subj="people", pred="killed", pub=date(2024, 8, 2),
       sent="At least 70 people were killed in the landslide, the Red Cross said."),
     "corroborates"),
]


@pytest.mark.parametrize("name,a,b,expected", PAIRS, ids=[p[0] for p in PAIRS])
def test_pairs(name, a, b, expected):
    s = compare(a, b)
    got = s.relation if s else None
    assert got == expected, (name, s, fact_key(a), fact_key(b))
    # symmetric: the order of arguments never changes the relation
    s2 = compare(b, a)
    assert (s2.relation if s2 else None) == expected
    if s:
        assert 0 <= s.score <= 1 and s.reason
        assert {s.from_id, s.to_id} == {a.id, b.id}


def test_updates_point_from_the_later_to_the_earlier():
    early = q("40", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 1))
    late = q("52", who="health ministry", subj="people", pred="killed", pub=date(2024, 3, 3))
    s = compare(early, late)
    assert (s.from_id, s.to_id) == (late.id, early.id)
    assert "40 then 52" in s.reason


def test_reason_names_the_fact_and_both_values():
    a = q("63", who="mod", subj="servicemen", pred="killed", sent="63 servicemen were killed in Makiivka")
    b = q("about 400", qual="about", who="ua", subj="soldiers", pred="killed",
          sent="about 400 soldiers were killed in Makiivka")
    s = compare(a, b)
    assert "military personnel killed in Makiivka" in s.reason
    assert "63" in s.reason and "about 400" in s.reason


def test_time_zone_dependent_agreement_scores_lower_and_says_so():
    dated = d("Dec. 31", date="2022-12-31", who="a", pub=date(2023, 1, 2))
    timed = d("two minutes after midnight on New Year's Day", date="2023-01-01", time="00:02", who="b",
              pub=date(2023, 1, 2))
    utc_a = d("2200 GMT", date="2022-12-31", time="22:00", tz="GMT", utc="2022-12-31T22:00:00+00:00", who="c",
              pub=date(2023, 1, 2))
    utc_b = d("1 am", date="2023-01-01", time="01:00", tz="+03:00", who="e", pub=date(2023, 1, 2))
    weak, strong = compare(dated, timed), compare(utc_a, utc_b)
    assert weak.relation == strong.relation == "corroborates"
    assert "zone" in weak.reason
    assert weak.score < strong.score


def test_contradictions_are_scored_higher_when_values_are_crisp_and_far_apart():
    far = compare(q("63", who="a", subj="soldiers", pred="killed"), q("400", who="b", subj="soldiers", pred="killed"))
    soft = compare(q("up to 400", qual="up to", who="a", subj="soldiers", pred="killed"),
                   q("63", who="b", subj="soldiers", pred="killed"))
    assert far.relation == soft.relation == "contradicts"
    assert far.score > soft.score
    assert "strictly" in soft.reason


# --------------------------------------------------------------------------- arithmetic


def _projectiles(fired, intercepted, hit, *, subj="rockets"):
    a = 1
    f = q(str(fired), low=fired, high=fired, who="ministry", subj=subj, pred="fired", art=a)
    i = q(str(intercepted), low=intercepted, high=intercepted, who="ministry", subj=subj, pred="shot down", art=a)
    h = q(str(hit), low=hit, high=hit, who="blogger", subj="missiles", pred="hit", art=2)
    return f, i, h


def test_fired_minus_intercepted_equals_hit_corroborates():
    f, i, h = _projectiles(6, 2, 4)
    out = suggest([f, i, h])
    rel = {frozenset((s.from_id, s.to_id)): s for s in out}
    s = rel[frozenset((h.id, f.id))]
    assert s.relation == "corroborates"
    assert "6 fired − 2 shot down = 4 hit" in s.reason
    assert len(out) == 1  # one suggestion per "hit" claim, to the fired claim


def test_arithmetic_links_to_the_intercepted_claim_when_fired_is_in_the_same_article():
    f = q("6", low=6, high=6, who="blogger", subj="rockets", pred="fired", art=2)
    i = q("2", low=2, high=2, who="ministry", subj="rockets", pred="shot down", art=1)
    h = q("4", low=4, high=4, who="blogger", subj="rockets", pred="hit", art=2)
    out = suggest([f, i, h])
    assert [(frozenset((s.from_id, s.to_id)), s.relation) for s in out] == [(frozenset((h.id, i.id)), "corroborates")]


def test_hit_alone_against_fired_is_no_contradiction():
    f, _, h = _projectiles(6, 2, 4)
    assert compare(f, h) is None
    assert suggest([f, h]) == []


def test_more_hit_than_fired_contradicts():
    f, _, h = _projectiles(6, 2, 8)
    out = suggest([f, h])
    assert [s.relation for s in out] == ["contradicts"]


def test_arithmetic_needs_one_event():
    f = q("6", who="ministry", subj="rockets", pred="fired", art=1, sent="6 rockets were fired at Izium")
    i = q("2", who="ministry", subj="rockets", pred="shot down", art=1, sent="2 were shot down over Izium")
    h = q("4", who="blogger", subj="rockets", pred="hit", art=2, sent="4 rockets hit Kupiansk")
    assert suggest([f, i, h]) == []


def test_related_keys_connect_the_projectile_measures_and_the_plain_count_of_the_noun():
    k = fact_key(q("4", subj="missiles", pred="hit")).key
    assert k == "hit|missiles"
    assert sorted(related_keys(k)) == ["count|missiles", "fired|missiles", "intercepted|missiles"]
    assert related_keys("destroyed|vehicles") == ["count|vehicles"]
    assert related_keys("destroyed|vehicles|t") == [] and related_keys("when|crash") == []
    # a count that does not say whose meets every human class, and back
    assert "killed|military" in related_keys("killed|unknown") and "killed|people" in related_keys("killed|unknown")
    assert related_keys("killed|military") == ["killed|unknown", "killed|military@part"]
    # a named class counted as a part of the toll meets its plain count; a part of "people" does not
    assert related_keys("killed|children@part") == ["killed|children"]
    assert related_keys("killed|people@part") == []


def test_a_count_that_does_not_say_whose_meets_both_classes():
    vague = q("hundreds", vague=True, who="correspondents", pred="killed", art=1,
              sent="War correspondents said hundreds could have been killed.")
    soldiers = q("63", who="mod", subj="servicemen", pred="killed", art=2)
    assert fact_key(vague).key == "killed|unknown"
    s = compare(vague, soldiers)
    assert s.relation == "contradicts" and "military personnel killed" in s.reason
    known = compare(q("hundreds", vague=True, who="c", subj="soldiers", pred="killed"), soldiers)
    assert s.score < known.score
    out = suggest([vague, soldiers])
    assert [x.relation for x in out] == ["contradicts"]


# --------------------------------------------------------------------------- keys, titles, blocks

KEYS = [
    (q("63", subj="russian servicemen", pred="killed"), "killed|military"),
    (q("63", subj="mobilised men", pred="died"), "killed|military"),
    (q("5", subj="civilians", pred="lost their lives"), "killed|people"),
    (q("300", subj="people", pred="injured"), "wounded|people"),
    (q("300", subj="residents", pred="evacuated"), "displaced|people"),
    (q("12", subj="fishermen", pred="missing"), "missing|fisherman"),
    (q("40", subj="drones", pred="destroyed"), "intercepted|drones"),
    (q("10", subj="military vehicles", pred="destroyed or damaged"), "destroyed or damaged|vehicles"),
    (q("300", subj="homes", pred="damaged"), "damaged|buildings"),
    (q("4", subj="shahed drones", pred="downed"), "intercepted|drones"),
    (q("80,000", subj="people", pred="marched"), "turnout|crowd"),
    (q("hundreds", vague=True, subj="people", pred="killed and wounded"), "casualties|people"),
    (q("2200 GMT", kind="date", pred="struck", date="2022-12-31"), "when|attack"),
]


@pytest.mark.parametrize("claim,key", KEYS, ids=[k for _, k in KEYS])
def test_fact_keys(claim, key):
    assert fact_key(claim).key == key


def test_unmatchable_claims_have_no_key():
    assert fact_key(q("it was a tragedy", kind="statement")) is None
    assert fact_key(q("7", sent="7")) is None  # a bare number: nothing says what it counts
    assert fact_key(q("many", vague=True, subj="", pred="", sent="many")) is None


def test_title_names_measure_subject_and_place():
    fk = fact_key(q("63", subj="servicemen", pred="killed", sent="63 servicemen were killed in the town of Makiivka"))
    assert fk.title == "military personnel killed in Makiivka"
    fk = fact_key(q("5", subj="people", pred="killed", sent="strikes across Ukraine killed 5 people"))
    assert fk.scope == "wide" and "across" in fk.title


def test_suggest_blocks_and_never_links_one_article_to_itself():
    a = q("63", who="mod", subj="soldiers", pred="killed", art=1)
    b = q("about 400", qual="about", who="ua", subj="soldiers", pred="killed", art=1)
    c = q("hundreds", vague=True, who="girkin", subj="troops", pred="killed", art=2)
    e = q("5", who="police", subj="civilians", pred="killed", art=3)
    out = suggest([a, b, c, e])
    pairs = {frozenset((s.from_id, s.to_id)): s.relation for s in out}
    assert pairs == {frozenset((a.id, c.id)): "contradicts", frozenset((b.id, c.id)): "corroborates"}


def test_suggest_window_keeps_distant_events_apart():
    claims = [q(str(10 + n), who=f"w{n}", subj="people", pred="killed", pub=date(2024, 1, 1 + 3 * n))
              for n in range(10)]
    out = suggest(claims)
    by_id = {c.id: c for c in claims}
    assert out
    for s in out:
        assert abs((by_id[s.from_id].published - by_id[s.to_id].published).days) <= 10


def test_independent_sources_counts_claimants_not_outlets():
    claims = [q("63", who="russian defence ministry", art=n) for n in range(5)]
    claims += [q("63", who="outlet:ap", art=10), q("63", who="outlet:afp", art=11), q("63", who="outlet:ap", art=12)]
    assert independent_sources(claims) == 3


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # a clock time in a known zone with no date meets a UTC time of day
        (d("6 a.m.", time="06:00", tz="+03:00", who="police"), d("0300 GMT", time="03:00", tz="GMT", who="ap"),
         "corroborates"),
        (d("around 9 p.m.", qual="about", time="21:00", tz="+05:30", who="police"),
         d("1600 GMT", time="16:00", tz="GMT", who="ap"), "corroborates"),
        (d("6 a.m.", time="06:00", tz="+03:00", who="police"), d("0600 GMT", time="06:00", tz="GMT", who="ap"),
         "contradicts"),
        # "shortly after" allows less than "about"
        (d("shortly after 10 a.m.", qual="about", time="10:00", tz="-05:00", who="a"),
         d("11 a.m.", time="11:00", tz="-05:00", who="b"), "contradicts"),
        # one story's clock times, one of them without a zone, are in its own zone: an hour apart they dispute it
        (d("4am", time="04:00", tz="+05:45", who="police", sent="The bus left Jumla at 4am, police said."),
         d("around 3am", qual="about", time="03:00", who="conductor", sent="The bus left Jumla around 3am."),
         "contradicts"),
        (d("about 10:35 am", qual="about", time="10:35", who="a", sent="Gunmen stormed the bank at about 10:35 am."),
         d("just before 10.30am", time="10:30", who="b", sent="Gunmen stormed the bank just before 10.30am."),
         "corroborates"),
        # two times given to the minute dispute a gap a rounding cannot explain; "shortly after" means minutes
        (d("03:40", time="03:40", who="port", sent="The ship ran aground at 03:40."),
         d("03:52", time="03:52", who="owner", sent="The ship ran aground at 03:52, its data recorder shows."),
         "contradicts"),
        (d("10:42", time="10:42", who="a", sent="The ship ran aground at 10:42."),
         d("10:45", time="10:45", who="b", sent="The ship ran aground at 10:45."), "corroborates"),
        (d("shortly after 3 a.m.", qual="about", time="03:00", who="union", sent="It ran aground shortly after 3 a.m."),
         d("03:40", time="03:40", who="port", sent="It ran aground at 03:40."), "contradicts"),
        # the story's local clock, given with its conversion, against a time on that clock with no zone
        (d("about 1:15 a.m. on Saturday (1815 GMT on Friday)", qual="about", date="2025-12-06", time="01:15",
           tz="UTC+07:00", utc="2025-12-05T18:15:00Z", who="hospital",
           sent="The first patients reached the hospital at about 1:15 a.m. on Saturday (1815 GMT on Friday)."),
         d("around 3 a.m. on Saturday", qual="about", date="2025-12-06", time="03:00", who="health office",
           sent="The first victims were brought to the hospital around 3 a.m. on Saturday."), "contradicts"),
        (d("about 1:15 a.m. on Saturday (1815 GMT on Friday)", qual="about", date="2025-12-06", time="01:15",
           tz="UTC+07:00", utc="2025-12-05T18:15:00Z", who="hospital",
           sent="The first patients reached the hospital at about 1:15 a.m. on Saturday (1815 GMT on Friday)."),
         d("1.20am on Saturday", date="2025-12-06", time="01:20", who="families",
           sent="The first victims were brought to the hospital at 1.20am on Saturday."), "corroborates"),
        # a time on the hour or the half hour is rounded by minutes, not by half an hour
        (d("11am", time="11:00", tz="+10:30", who="council", sent="The mayor spoke at 11am."),
         d("11.30am", time="11:30", tz="+10:30", who="union", sent="The mayor spoke at 11.30am."), "contradicts"),
        (d("6 a.m.", time="06:00", who="a", sent="The ferry sailed at 6 a.m."),
         d("5:42 a.m.", time="05:42", who="b", sent="The ferry sailed at 5:42 a.m."), "contradicts"),
        (d("6 a.m.", time="06:00", who="a", sent="The ferry sailed at 6 a.m."),
         d("6:10 a.m.", time="06:10", who="b", sent="The ferry sailed at 6:10 a.m."), "corroborates"),
        # a local time against one known in UTC agrees only through an offset some clock keeps
        (d("10:32 on Saturday", date="2031-05-10", time="10:32", who="club",
           sent="The match ended at 10:32 on Saturday."),
         d("2.15pm GMT on Saturday", date="2031-05-10", time="14:15", tz="GMT", utc="2031-05-10T14:15:00Z",
           who="wire", sent="The match ended at 2.15pm GMT on Saturday."), "contradicts"),
        (d("10:15 on Saturday", date="2031-05-10", time="10:15", who="club",
           sent="The match ended at 10:15 on Saturday."),
         d("2.15pm GMT on Saturday", date="2031-05-10", time="14:15", tz="GMT", utc="2031-05-10T14:15:00Z",
           who="wire", sent="The match ended at 2.15pm GMT on Saturday."), "corroborates"),
        (d("8.00pm on Saturday", date="2031-05-10", time="20:00", who="police",
           sent="The dam broke at 8.00pm on Saturday."),
         d("14:15 GMT on Saturday", date="2031-05-10", time="14:15", tz="GMT", utc="2031-05-10T14:15:00Z",
           who="wire", sent="The dam broke at 14:15 GMT on Saturday."), "corroborates"),  # Nepal, UTC+5:45
        # three hours and more apart, or a time that says since when, they are other moments of the story
        (d("2.10am", time="02:10", who="a", sent="The boat capsized at 2.10am."),
         d("5.40am", time="05:40", who="b", sent="The boat capsized at 5.40am."), None),
        (d("3.18am", time="03:18", who="a", sent="The missile hit the hall at 3.18am."),
         d("02:47", time="02:47", who="b", sent="The shelling of the town had gone on since 02:47."), None),
    ],
)
def test_times_of_day_across_zones(a, b, expected):
    s = compare(a, b)
    assert (s.relation if s else None) == expected, s


# --------------------------------------------------------------------------- measurements, tolls, jobs, years

def key_of(text, *, subj="", pred="", sent="", unit="", pub=date(2024, 5, 2), art_text="", kind="quantity", **kw):
    c = q(text, subj=subj, pred=pred, sent=sent, unit=unit, pub=pub, kind=kind, **kw)
    c = MatchClaim(id=c.id, article_id=c.article_id, claimant_key=c.claimant_key, kind=c.kind, value=c.value,
                   sentence=c.sentence, published=c.published, article_text=art_text.lower())
    fk = fact_key(c)
    return fk.key if fk else None


MEASUREMENT_KEYS = [
    # what is measured decides, never the verb
    (dict(text="6.1", unit="magnitude", subj="tremor", pred="struck",
          sent="The magnitude 6.1 tremor struck off the coast of Peru."), "magnitude|earthquake|magnitude"),
    (dict(text="5.9", unit="magnitude", sent="The German research centre GFZ put the magnitude at 5.9."),
     "magnitude|earthquake|magnitude"),
    (dict(text="5.8", unit="magnitude", pred="rose",
          sent="Kandilli revised the magnitude to 5.8 from an initial 6.1."), "magnitude|earthquake|magnitude"),
    # an aftershock's magnitude is another question
    (dict(text="4.7", unit="magnitude", subj="aftershocks",
          sent="Seismologists recorded 80 aftershocks, the strongest a magnitude 4.7."),
     "magnitude|aftershock|magnitude"),
    (dict(text="15 km", unit="km", sent="The quake struck at a depth of 15 km, the survey said."),
     "depth|earthquake|m"),
    (dict(text="190 km/h", unit="km/h", pred="hit", sent="Winds of up to 190 km/h hit the coast of Mozambique."),
     "wind speed|weather|km/h"),
    (dict(text="47 degrees", unit="degrees", pred="reached",
          sent="Temperatures reached 47 degrees in Jacobabad on Tuesday."), "temperature|weather|degrees"),
    (dict(text="5.25%", unit="%", pred="raised", sent="The central bank raised its key rate to 5.25% on Thursday."),
     "interest rate|rate|%"),
    # a death toll counts people: a noun in a later clause does not say whose
    (dict(text="48", pred="rose", sent="Flood death toll rises to 48 as firefighters search collapsed homes"),
     "killed|people"),
    (dict(text="31", subj="toll among soldiers", pred="rose",
          sent="The toll among soldiers rose to 31 as fighting continued."), "killed|military"),
    # job cuts, whatever the verb
    (dict(text="2,300", subj="jobs", pred="", sent="The carmaker will cut 2,300 jobs in Spain, it said."),
     "job cuts|jobs"),
    (dict(text="up to 800", qual="up to", subj="jobs", pred="",
          sent="The union said up to 800 jobs could go at the Gdansk yard."), "job cuts|jobs"),
    (dict(text="600", subj="", pred="",
          sent="The cuts in France will total 600, the bank said.",
          art_text="The bank will cut jobs in France and Italy."), "job cuts|jobs"),
    # background years: a month and year, a year naming the event, a year in an earlier clause
    (dict(text="at least 300", qual="at least", subj="people", pred="killed",
          sent="Floods in the same valley in August 2010 killed at least 300 people."), "killed|people@y2010"),
    (dict(text="about 80", qual="about", subj="people", pred="killed",
          sent="The 2016 landslides in the district killed about 80 people and injured more than 150."),
     "killed|people@y2016"),
    (dict(text="more than 150", qual="more than", subj="people", pred="injured",
          sent="The 2016 landslides in the district killed about 80 people and injured more than 150."),
     "wounded|people@y2016"),
    (dict(text="40", subj="people", pred="died",
          sent="The last big storm here was in 2017, when 40 people died."), "killed|people@y2017"),
    # a target year of this event's plan is not another event
    (dict(text="3,000", subj="jobs", pred="", sent="The airline will cut 3,000 jobs by 2027, it said."),
     "job cuts|jobs"),
]


@pytest.mark.parametrize("kw,key", MEASUREMENT_KEYS, ids=[k["sent"][:40] for k, _ in MEASUREMENT_KEYS])
def test_measurement_toll_job_and_background_keys(kw, key):
    assert key_of(**kw) == key


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # one tremor's magnitude from two agencies, however the sentence is built
        (q("6.1", who="igp", unit="magnitude", subj="tremor", pred="struck", art=1,
           sent="The magnitude 6.1 tremor struck near Arequipa on Sunday, the institute said."),
         q("5.9", who="usgs", unit="magnitude", art=2, sent="The USGS put the magnitude at 5.9."), "contradicts"),
        (q("6.1", who="igp", unit="magnitude", pred="struck", art=1, sent="A 6.1-magnitude earthquake struck Peru."),
         q("6.1", who="gfz", unit="magnitude", art=2, sent="GFZ measured the quake at magnitude 6.1."),
         "corroborates"),
        # the mainshock and the strongest aftershock are different questions
        (q("6.1", who="igp", unit="magnitude", art=1, sent="A 6.1-magnitude earthquake struck Peru."),
         q("4.7", who="igp", unit="magnitude", subj="aftershocks", art=2,
           sent="Seismologists recorded 80 aftershocks, the strongest a magnitude 4.7."), None),
        # job cuts worldwide vs in one country: different scopes
        (q("5,200", who="company", subj="jobs", art=1, sent="The bank will cut 5,200 jobs worldwide, including "
           "1,100 in Italy."),
         q("1,100", who="company", subj="jobs", art=2, sent="The cuts will include 1,100 jobs in Italy."), None),
        (q("5,200", who="company", subj="jobs", art=1, sent="The bank will cut 5,200 jobs worldwide."),
         q("about 7,000", qual="about", who="analysts", subj="jobs", art=2,
           sent="Analysts expect the bank to cut about 7,000 jobs around the world."), "contradicts"),
        # a job cut by a company named only in one article is not the article's company's cut
        (MatchClaim(id=9001, article_id=91, claimant_key="outlet:x", kind="quantity",
                    value=Value(text="up to 9,000", qualifier="up to", high=9000, subject="jobs"),
                    sentence="Rival Kestrel plans to cut up to 9,000 jobs in Spain.", published=date(2024, 5, 2),
                    article_text="the bank will cut jobs. rival kestrel plans to cut up to 9,000 jobs in spain."),
         MatchClaim(id=9002, article_id=92, claimant_key="bank", kind="quantity",
                    value=Value(text="1,200", low=1200, high=1200, subject="jobs"),
                    sentence="The bank said 1,200 jobs would go in Spain.", published=date(2024, 5, 2),
                    article_text="the bank said 1,200 jobs would go in spain."), None),
    ],
)
def test_measurements_and_job_cuts_link(a, b, expected):
    out = suggest([a, b])
    assert (out[0].relation if out else None) == expected, out


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # the event noun decides the date's fact: "the quake hit" is not an attack
        (d("10:05 p.m.", time="22:05", date="2024-01-01", pred="hit", who="igp",
           sent="The quake hit at 10:05 p.m. near Arequipa."),
         d("about 10 p.m.", qual="about", time="22:00", date="2024-01-01", pred="", who="witnesses",
           sent="The tremor was felt at about 10 p.m. local time."), "corroborates"),
    ],
)
def test_dates_are_keyed_by_the_event_noun(a, b, expected):
    assert fact_key(a).key == fact_key(b).key == "when|earthquake"
    assert fact_key(a).title.startswith("when the earthquake")
    s = compare(a, b)
    assert (s.relation if s else None) == expected


@pytest.mark.parametrize(
    "ka, kb, same",
    [
        ("board", "harris county board of elections", True),  # the head noun of the full name
        ("county elections board", "harris county board of elections", True),
        ("commission", "national electoral commission", True),
        ("officials", "county officials", False),  # generic heads name different speakers
        ("board", "national council", False),
        ("analysts", "analysts at barclays", False),
    ],
)
def test_a_one_word_key_is_its_bodys_head_noun(ka, kb, same):
    from factcheck.matching import same_claimant_keys
    assert same_claimant_keys(ka, kb) is same


@pytest.mark.parametrize(
    "ka, kb, same",
    [
        # a company's registered name, with its legal form, and the short names a report gives it
        ("vatnajökull foods", "vatnajökull matvæli hf", True),
        ("vatnajökull", "vatnajökull matvæli hf", True),
        ("baltic reefer shipping", "baltic reefer shipping ltd", True),
        ("national", "national dairies plc", False),  # a first word many firms share
        ("vatnajökull union", "vatnajökull matvæli hf", False),  # its workers' union is not the company
        ("vatnajökull foods", "vatnajökull fisheries", False),  # no legal form: two firms of one town
    ],
)
def test_a_companys_registered_name_and_its_short_name_are_one_speaker(ka, kb, same):
    from factcheck.matching import same_claimant_keys
    assert same_claimant_keys(ka, kb) is same


def test_the_same_board_revising_its_share_later_updates():
    a = q("50.8%", who="board", unit="%", subj="vote", pred="", pub=date(2024, 11, 6),
          sent="Mendez had 50.8% of the vote, the board said.")
    b = q("50.5%", who="harris county board of elections", unit="%", subj="vote", pred="", pub=date(2024, 11, 8),
          sent="Mendez had 50.5% of the vote, the Harris County Board of Elections said.")
    assert compare(a, b).relation == "updates"


# --------------------------------------------------------------------------- elections, money, shares, regions

ELECTION_AND_MONEY_KEYS = [
    # each candidate's votes and share are their own facts; the lead, ballots still out, rejected ballots,
    # precincts reporting are other measures
    (dict(text="88,120", subj="votes", pred="voted",
          sent="With 96% of precincts counted, Kowalczyk had 88,120 votes, or 51.2%, to Brennan's 83,990."),
     "votes|kowalczyk"),
    (dict(text="51.2%", unit="%", subj="votes", pred="voted",
          sent="With 96% of precincts counted, Kowalczyk had 88,120 votes, or 51.2%, to Brennan's 83,990."),
     "share|kowalczyk|%"),
    (dict(text="83,990", subj="votes", pred="voted",
          sent="With 96% of precincts counted, Kowalczyk had 88,120 votes, or 51.2%, to Brennan's 83,990."),
     "votes|brennan"),
    (dict(text="47.9%", unit="%", subj="vote",
          sent="The Greens took 52.1% of the vote against 47.9% for the governing party, Likud Beiteinu."),
     "share|beiteinu|%"),
    (dict(text="4,130", subj="votes", pred="voted",
          sent="Kowalczyk's lead over the incumbent shrank to 4,130 votes after the absentee count."), "lead|votes"),
    (dict(text="about 6,500", qual="about", subj="absentee ballots", pred="voted",
          sent="The clerk said about 6,500 absentee ballots had yet to be counted."), "ballots outstanding|ballots"),
    (dict(text="310", subj="ballots", pred="voted",
          sent="The clerk said 310 ballots were rejected because signatures did not match."), "ballots rejected|ballots"),
    (dict(text="all 118", subj="precincts", pred="voted", sent="With all 118 precincts reporting, the race was tied."),
     "reporting|precincts"),
    # money needs a measure noun; the nearest one decides, and an earlier value keeps the measure
    (dict(text="$2.4bn", unit="USD", sent="The airline expects annual revenue of $2.4bn, it said."),
     "revenue|money"),
    (dict(text="$310m", unit="USD", subj="revenue",
          sent="Quarterly revenue rose 4% while net profit came in at $310m."), "profit|money"),
    (dict(text="$180m", unit="USD", subj="",
          sent="The miner made a profit of $240m in the half year, up from $180m a year before."),
     "profit|money@y2023"),  # the year before's profit: another period's figure
    (dict(text="€900m", unit="EUR", sent="The group lowered its full-year sales forecast to €900m."),
     "revenue forecast|money"),
    (dict(text="$75m", unit="USD", sent="The brewer will spend $75m on severance and restructuring."),
     "spending|money"),
    (dict(text="£40m", unit="GBP", sent="The regulator imposed a fine of £40m on the lender."), "fine|money"),
    # a percentage takes the measure noun of its own clause, not a neighbouring figure's subject
    (dict(text="38%", unit="%", subj="jobs worldwide", pred="fell",
          sent="The chipmaker will cut 1,200 jobs worldwide after its operating profit fell 38%, it said."),
     "fell|operating profit|%"),
    # a governor's or a province's toll is a regional figure, not the national toll
    (dict(text="31", subj="", pred="died",
          sent="Governor Elena Marquez said 31 people had died in her province."), "killed|people@region"),
    (dict(text="12", subj="people", pred="killed",
          sent="The disaster office in Sulu said 12 people were killed in the province."), "killed|people@region"),
    (dict(text="9", subj="", pred="dead",
          sent="Nine of the dead were from Basilan, the rest from the city."), "killed|people@region"),
    # a governor giving the event's toll, with no word scoping it to a part of a whole, is not regional
    (dict(text="14", subj="people", pred="killed",
          sent="14 people were killed in the mudslide in Quindio, the governor said."), "killed|people"),
    (dict(text="58", subj="people", pred="killed",
          sent="Nationwide, 58 people were killed, including 20 in the province, the governor said."),
     "killed|people"),
]


@pytest.mark.parametrize("kw,key", ELECTION_AND_MONEY_KEYS, ids=[k["sent"][:50] for k, _ in ELECTION_AND_MONEY_KEYS])
def test_election_money_share_and_regional_keys(kw, key):
    assert key_of(**kw) == key


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # one candidate's share vs the other candidate's share: different facts
        (q("51.2%", who="county clerk", unit="%", subj="vote", art=1,
           sent="Kowalczyk won 51.2% of the vote, the county clerk said."),
         q("48.8%", who="county clerk", unit="%", subj="vote", art=2,
           sent="Brennan won 48.8% of the vote, the county clerk said."), None),
        # the same candidate's share revised by the same board two days later
        (q("51.2%", who="county board of elections", unit="%", subj="vote", art=1, pub=date(2024, 11, 6),
           sent="Kowalczyk had 51.2% of the vote, the county board of elections said."),
         q("50.9%", who="board", unit="%", subj="vote", art=2, pub=date(2024, 11, 8),
           sent="Kowalczyk's share slipped to 50.9% of the vote, the board said."), "updates"),
        # a candidate's vote count is not the lead
        (q("88,120", who="clerk", subj="votes", pred="voted", art=1, sent="Kowalczyk had 88,120 votes."),
         q("4,130", who="clerk", subj="votes", pred="voted", art=2,
           sent="Kowalczyk's lead shrank to 4,130 votes."), None),
        # a revenue forecast is not a restructuring cost
        (q("€900m", who="group", unit="EUR", art=1, sent="The group lowered its full-year sales forecast to €900m."),
         q("€120m", who="group", unit="EUR", art=2, sent="The group will book €120m in restructuring costs."), None),
        # a bare amount with no measure is not linked
        (q("€900m", who="group", unit="EUR", art=1, sent="The figure was €900m."),
         q("€120m", who="group", unit="EUR", art=2, sent="That came to €120m."), None),
        # a governor's provincial toll vs the national agency's toll
        (q("31", who="elena marquez", pred="died", art=1,
           sent="Governor Elena Marquez said 31 people had died in her province."),
         q("44", who="national disaster agency", subj="people", pred="killed", art=2,
           sent="The national disaster agency said 44 people were killed."), None),
        (q("31", who="elena marquez", pred="died", art=1,
           sent="Governor Elena Marquez said 31 people had died in her province."),
         q("27", who="provincial police", subj="people", pred="killed", art=2,
           sent="Provincial police said 27 people were killed in the province."), "contradicts"),
    ],
)
def test_candidates_money_and_regions_link(a, b, expected):
    out = suggest([a, b])
    assert (out[0].relation if out else None) == expected, out


@pytest.mark.parametrize(
    "ka, kb, same",
    [
        ("ndmc", "national disaster management council", True),
        ("disaster council", "national disaster management council", True),
        ("management council", "ndmc", True),
        # a word whose letters happen to hold another key's initials is no initialism of it
        ("sponsor", "outside reviewer", False),
        ("disaster council", "ndmc", True),
        ("security council", "ndmc", False),  # s is not in n-d-m
        ("disaster agency", "national disaster management council", True),  # described by what it does
        ("county officials", "state emergency officials", False),  # generic heads never count
        ("council", "ndmc", False),
    ],
)
def test_short_names_and_initialisms_of_one_body(ka, kb, same):
    from factcheck.matching import same_claimant_keys
    assert same_claimant_keys(ka, kb) is same


def test_a_body_under_two_names_in_later_articles_updates():
    a = q("19", who="ndmc", subj="people", pred="killed", pub=date(2024, 3, 1), art=1,
          sent="The NDMC said 19 people were killed.")
    b = q("33", who="disaster council", subj="people", pred="killed", pub=date(2024, 3, 2), art=2,
          sent="The disaster council said 33 people were killed.")
    assert compare(a, b).relation == "updates"


# --------------------------------------------------------------------------- blind3 lessons, own events
# (a wildfire season, a bus crash, a measles outbreak, a cold snap: general rules, not the evaluation text)

LESSON_PAIRS = [
    # two approximate figures whose central values differ by more than 10% contradict
    ("about 400 vs around 470 evacuees",
     q("about 400", qual="about", who="county sheriff", subj="residents", pred="evacuated",
       sent="About 400 residents were evacuated, the county sheriff said."),
     q("around 470", qual="around", who="red cross", subj="residents", pred="evacuated",
       sent="Around 470 residents were evacuated, the Red Cross said."), "contradicts"),
    ("about 400 vs some 420 evacuees: within 10%",
     q("about 400", qual="about", who="county sheriff", subj="residents", pred="evacuated"),
     q("some 420", qual="some", who="red cross", subj="residents", pred="evacuated"), "corroborates"),
    # an approximate figure below a lower bound, or outside what "as many as" is heard as
    ("around 70 passengers vs more than 80",
     q("around 70", qual="around", who="bus company", subj="passengers", pred="on board"),
     q("more than 80", qual="more than", who="police", subj="passengers", pred="on board"), "contradicts"),
    ("around 60 passengers vs as many as 90",
     q("around 60", qual="around", who="bus company", subj="passengers", pred="on board"),
     q("as many as 90", qual="as many as", who="police", subj="passengers", pred="on board"), "contradicts"),
    # a figure and the same figure rounded
    ("38.4 vs 38 degrees: rounding is the same figure",
     q("38.4 degrees", low=38.4, high=38.4, unit="degrees", who="weather service", sent="The temperature reached 38.4 degrees in Sevilla."),
     q("38 degrees", unit="degrees", who="weather service", sent="The temperature reached 38 degrees in Sevilla."),
     "same"),
    ("1,480 MW vs 1,500 MW, different speakers: corroborates",
     q("1,480 megawatts", unit="mw", who="grid operator", sent="Demand peaked at 1,480 megawatts."),
     q("1,500 megawatts", unit="mw", who="energy ministry", sent="Demand peaked at 1,500 megawatts."),
     "corroborates"),
    # one reading per place and day; a forecast and an anomaly are other questions
    ("a temperature on Monday vs on Wednesday",
     q("41 degrees", unit="degrees", who="met service", sent="The temperature hit 41 degrees in Lahore on Monday."),
     q("44 degrees", unit="degrees", who="met service", sent="The temperature hit 44 degrees in Lahore on Wednesday."),
     None),
    ("a reading vs a forecast",
     q("41 degrees", unit="degrees", who="met service", sent="The temperature hit 41 degrees in Lahore."),
     q("around 35 degrees", qual="around", unit="degrees", who="met service",
       sent="Temperatures are expected to fall to around 35 degrees in Lahore by the weekend."), None),
    ("a reading vs an anomaly",
     q("41 degrees", unit="degrees", who="met service", sent="The temperature hit 41 degrees in Lahore."),
     q("5 to 7 degrees", low=5, high=7, unit="degrees", who="met service",
       sent="Temperatures were 5 to 7 degrees above normal across the province."), None),
    # parts, increments, places and rates are not the toll
    ("children among the dead vs the toll",
     q("at least 18", qual="at least", who="police", subj="people", pred="killed",
       sent="At least 18 people were killed when the bus plunged into a gorge, police said."),
     q("seven", subj="children", pred="killed", who="hospital",
       sent="Seven children were among the dead, a hospital official said."), None),
    ("bodies recovered overnight vs the toll",
     q("at least 18", qual="at least", who="police", subj="people", pred="killed",
       sent="At least 18 people were killed when the bus plunged into a gorge, police said."),
     q("a dozen", low=12, high=12, subj="bodies", pred="recovered", who="rescuers",
       sent="A dozen bodies were recovered overnight from the gorge, rescuers said."), None),
    ("bodies at a morgue vs deaths",
     q("35", subj="people", pred="died", who="health department", sent="35 people died of heatstroke, the health department said."),
     q("290", subj="bodies", pred="received", who="charity",
       sent="The charity said its morgue had received 290 bodies since Saturday."), None),
    ("a usual daily rate vs the toll",
     q("35", subj="people", pred="died", who="health department", sent="35 people died of heatstroke, the health department said."),
     q("about 12", qual="about", subj="bodies", pred="received", who="charity",
       sent="The morgue usually receives about 12 bodies a day."), None),
    # counts named only by their noun
    ("12 cooling centres vs 14 cooling centres",
     q("12", subj="cooling centres", who="city council", sent="The city opened 12 cooling centres."),
     q("14", subj="cooling centres", who="mayor", sent="The mayor said 14 cooling centres were open."), "contradicts"),
    # cases are not deaths; the same ministry under two spellings revises
    ("ministry of health vs health ministry, later article: updates",
     q("112", subj="people", pred="died", who="ministry of health", pub=date(2024, 5, 2), art=1,
       sent="The measles outbreak has killed 112 people, the Ministry of Health said."),
     q("140", subj="people", pred="died", who="health ministry", pub=date(2024, 5, 5), art=2,
       sent="The measles outbreak has killed 140 people, the health ministry said."), "updates"),
    ("cases vs deaths",
     q("2,100", subj="cases", pred="killed", who="who", sent="The outbreak has killed dozens; 2,100 cases were recorded."),
     q("140", subj="people", pred="died", who="health ministry", sent="The outbreak has killed 140 people."), None),
]


@pytest.mark.parametrize("name,a,b,expected", LESSON_PAIRS, ids=[p[0] for p in LESSON_PAIRS])
def test_lesson_pairs(name, a, b, expected):
    s = compare(a, b)
    assert (s.relation if s else None) == expected, (name, s, fact_key(a), fact_key(b))


@pytest.mark.parametrize("sent, text, event", [
    ("The bus left the terminal at 6:10 a.m., the operator said.", "6:10 a.m.", "departure"),
    ("The bus crashed at about 8:40 a.m. near the pass.", "8:40 a.m.", "crash"),
    ("The governor will give a televised address at 8pm on Sunday.", "8pm on Sunday", "speech"),
])
def test_the_event_nearest_a_time_decides(sent, text, event):
    assert key_of(text, kind="date", sent=sent, time="08:00", art_text=sent) == f"when|{event}"


def test_a_place_read_as_subject_is_not_what_is_counted():
    a = q("rose to 34", low=34, high=34, subj="tanzania's lake victoria", pred="rose", who="police",
          sent="The death toll in Tanzania's Lake Victoria rose to 34, police said.")
    assert fact_key(a).key == "killed|people"


def test_nearly_a_rounded_figure_is_the_same_figure():
    a = q("1,480 megawatts", unit="mw", who="grid operator", pub=date(2024, 5, 2), art=1,
          sent="Demand peaked at 1,480 megawatts.")
    b = q("nearly 1,500 megawatts", qual="nearly", unit="mw", who="grid operator", pub=date(2024, 5, 3), art=2,
          sent="Demand peaked at nearly 1,500 megawatts.")
    assert compare(a, b).relation == "same"


@pytest.mark.parametrize(
    "ka, kb, same",
    [
        ("health officials", "sindh health department", True),  # officials named by what they do, for the body
        ("state emergency officials", "ondo state emergency management agency", True),
        ("police officials", "police", True),
        ("officials", "sindh health department", False),  # bare "officials" could be anyone
        ("city officials", "sindh health department", False),
        ("local health officials", "health ministry", True),
        ("country disaster agency", "national disaster risk reduction and management council", True),
        ("country disaster agency", "national disaster agency", True),
        ("agency", "national disaster agency", True),  # "the agency said", later in the article
        ("provincial disaster agency", "national disaster agency", False),
        ("police", "police in lisvania", True),  # where the body sits is not part of its name
        ("defense ministry in capital", "serethia defense ministry", True),
        ("serethia defense ministry at", "serethia defense ministry", True),
        ("serethia", "serethia defense ministry", True),  # a state speaks through its organs
        ("serethia", "serethian military", True),
        ("health", "health ministry", False),  # a portfolio is no state
        ("kenya", "kenya red cross", False),  # nor is a society of the country one of its organs
    ],
)
def test_officials_named_by_what_they_do_speak_for_their_body(ka, kb, same):
    from factcheck.matching import same_claimant_keys
    assert same_claimant_keys(ka, kb) is same


def test_a_toll_given_as_a_rise_updates_the_same_sources_lower_figure_of_that_day():
    day = date(2024, 7, 9)
    a = q("at least 27", qual="at least", who="police", subj="people", pred="killed", pub=day,
          sent="The ferry capsized on the river, killing at least 27 people, police said.")
    b = q("34", who="police", subj="", pred="killed", pub=day,
          sent="The death toll from the ferry disaster rose to 34 on Tuesday evening, police said.")
    s = compare(a, b)
    assert s.relation == "updates" and (s.from_id, s.to_id) == (b.id, a.id)
    assert "raised" in s.reason
    # without the rise, a clearly higher figure of the same day from the same source is still a revision
    # ("at least 27", then 34), but a figure close to the floor is the same claim in other words
    c = q("34", who="police", subj="people", pred="killed", pub=day,
          sent="Police said 34 people were killed when the ferry capsized.")
    assert compare(a, c).relation == "updates"
    d = q("28", who="police", subj="people", pred="killed", pub=day,
          sent="Police said 28 people were killed when the ferry capsized.")
    assert compare(a, d).relation == "same"


def test_two_figures_of_one_day_from_one_source_are_a_revision_in_the_direction_counts_move():
    day = date(2024, 7, 17)
    low = q("five", who="mine operator", subj="miners", pred="killed", pub=day, low=5, high=5,
            sent="At least five miners were killed, the mine operator said.")
    high = q("nine", who="mine operator", subj="miners", pred="killed", pub=day, low=9, high=9,
             sent="Nine miners have died, the mine operator said.")
    s = compare(low, high)
    assert s.relation == "updates" and (s.from_id, s.to_id) == (high.id, low.id)  # tolls grow
    twelve = q("12", who="disaster agency", subj="people", pred="missing", pub=day,
               sent="Twelve people were missing, the disaster agency said.")
    nine = q("9", who="disaster agency", subj="people", pred="missing", pub=day,
             sent="Nine people were still missing, the disaster agency said.")
    s = compare(twelve, nine)
    assert s.relation == "updates" and (s.from_id, s.to_id) == (nine.id, twelve.id)  # the missing are found


def test_a_figure_from_elsewhere_is_not_the_storys_toll():
    port = q("nine", who="governor", subj="people", pred="killed", low=9, high=9, art=1,
             sent="At least nine people were killed in the port city overnight, the governor said.")
    elsewhere = q("two", who="regional authorities", subj="people", pred="killed", low=2, high=2, art=2,
                  sent="Elsewhere, Russian shelling killed two people in the south, regional authorities said.")
    assert compare(port, elsewhere) is None
    assert fact_key(port).key != fact_key(elsewhere).key


def test_story_names_are_the_capitalised_words_never_written_in_lower_case():
    from factcheck.matching import one_story, story_names

    text = ("Police said the Dunmere Colliery was sealed. The police chief, Jan Wilk, said on Friday at 0410 GMT "
            "that the Kestova Courier had it first.")
    assert story_names(text, "Kestova Courier") == {"dunmere", "colliery", "jan", "wilk"}
    names = frozenset({"ravenna", "mining", "piotr", "adamek", "halina", "brzeska", "silesian", "gorlice"})
    assert one_story(names, names | {"ostrava"})
    assert not one_story(names, frozenset(list(names)[:7]) | {"ostrava"})


def test_story_names_read_accented_names_whole_and_alike_with_or_without_accents():
    from factcheck.matching import story_names

    accented = story_names("The Cámara de Comercio de Bogotá met Juliana Peñaloza-Ríos; @camara_bogota posted it.")
    plain = story_names("Juliana Penaloza-Rios said the Camara de Comercio in Bogota agreed.")
    assert {"camara", "comercio", "bogota", "juliana", "penaloza", "rios"} <= accented & plain
    assert not {"bogot", "pe", "camara_bogota"} & accented


def test_two_full_reports_sharing_almost_no_names_tell_other_stories():
    from factcheck.matching import other_stories

    flood = frozenset(f"flood{i}" for i in range(20))
    race = frozenset(f"race{i}" for i in range(20))
    assert other_stories(flood, race | {"flood0", "flood1"})  # a weather box and a page reference in common
    assert not other_stories(flood, race | {"flood0", "flood1", "flood2"})
    assert not other_stories(flood, frozenset({"race0", "race1"}))  # a brief names too little to tell
    assert not other_stories(flood, frozenset())


def test_two_reports_placing_their_story_at_the_same_two_names_tell_one_story():
    from factcheck.matching import other_stories, story_names

    filler = " ".join(f"Name{chr(97 + i)}x{chr(97 + j)} said so." for i in range(4) for j in range(4))
    release = story_names("Two patients walked out of the Harrowfield clinic near Kelsby overnight. " + filler)
    foreign = story_names("The men, who fled from the Harrowfield clinic, were stopped in Kelsby. "
                          + filler.replace("Name", "Other"))
    assert len(release & foreign) < 5  # two names in common, each told as where it happened
    assert not other_stories(release, foreign)
    # the same two names said only in passing, or a country and a capital, still leave them other stories
    passing = story_names("Harrowfield and Kelsby officials met. " + filler.replace("Name", "Other"))
    assert other_stories(release, passing)
    abroad = story_names("Talks in Vienna, Austria, ended. " + filler)
    assert other_stories(story_names("A storm hit Vienna in Austria. " + filler.replace("Name", "Other")), abroad)
