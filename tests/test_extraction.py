"""Claim detection on invented news text in several outlet styles (pure, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extraction import (
    DATE,
    OUTLET,
    QUANTITY,
    STATEMENT,
    claimant_key,
    detect_claims,
    split_sentences,
)
from factcheck.numbers import find_dates, find_quantities

PUB = dt.date(2024, 3, 12)


def claims(text, published=PUB):
    return detect_claims(text, published=published)


def find(cs, value_text):
    hits = [c for c in cs if c.value and c.value.text == value_text]
    assert hits, f"no claim with value {value_text!r} in {[c.value.text for c in cs if c.value]}"
    return hits[0]


# ----------------------------------------------------------------------------- sentences
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The river rose 3 metres overnight. Rescuers reached the village.",
         ["The river rose 3 metres overnight.", "Rescuers reached the village."]),
        ("Prices were much higher.“As a result we stopped,” she said.",
         ["Prices were much higher.", "“As a result we stopped,” she said."]),
        ("the ministry said in a statement.The interior ministry added nothing.",
         ["the ministry said in a statement.", "The interior ministry added nothing."]),
        ("Talks resume on Dec. 31 in Geneva. Mr. Smith will attend.",
         ["Talks resume on Dec. 31 in Geneva.", "Mr. Smith will attend."]),
        ("The U.S.-supplied jets landed at 6 a.m. local time. Nobody was hurt.",
         ["The U.S.-supplied jets landed at 6 a.m. local time.", "Nobody was hurt."]),
        ("“Where is the money? Nobody knows,” the mayor said. Police left.",
         ["“Where is the money? Nobody knows,” the mayor said.", "Police left."]),
        ("He cited a report from 2021.The report was withdrawn.",
         ["He cited a report from 2021.", "The report was withdrawn."]),
        ("Storm hits coast\n\nWinds reached 150 km/h on Sunday.\nRead more:\nPhoto credit: Jane Roe | AFP",
         ["Storm hits coast", "Winds reached 150 km/h on Sunday.", "Read more:", "Photo credit: Jane Roe | AFP"]),
        (" date 2024-03-10 LAGOS, Nigeria — Floods killed 12 people. More rain is expected.",
         ["Floods killed 12 people.", "More rain is expected."]),
        ("date 2024-03-10\nFloods killed 12 people.",
         ["Floods killed 12 people."]),
    ],
)
def test_split_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


# ----------------------------------------------------------------------------- claimant keys
@pytest.mark.parametrize(
    "name, key",
    [
        ("Russia's defence ministry", "russian defense ministry"),
        ("the Russian Defense Ministry", "russian defense ministry"),
        ("the defence ministry in Moscow", "russian defense ministry"),
        ("Russian Defense Ministry statement", "russian defense ministry"),
        ("the Ministry of Defence of Russia", "russian defense ministry"),
        ("Ukraine's armed forces", "ukrainian armed forces"),
        ("Nigeria's Ministry of Health", "nigerian health ministry"),
        ("the health ministry in Abuja", "nigerian health ministry"),
        ("France's interior ministry", "french interior ministry"),
        ("the French Interior Ministry", "french interior ministry"),
        ("Turkey's disaster management agency", "turkish disaster management agency"),
        ("the Kenya Red Cross", "kenyan red cross"),
        ("Kyiv Mayor Vitali Klitschko", "vitali klitschko"),
        ("Former separatist leader Igor Strelkov", "igor strelkov"),
        ("General Valery Zaluzhny", "valery zaluzhny"),
        ("Kharkiv region head Oleg Synegubov", "oleg synegubov"),
        ("Health Minister Osagie Ehanire", "osagie ehanire"),
        ("European Commission President Ursula von der Leyen", "ursula von der leyen"),
        ("Police", "police"),
        ("the organisation", "organization"),
        ("a spokesman for the ministry", "ministry"),
        ("the U.S. State Department", "american state department"),
        ("the outlet", "outlet"),
    ],
)
def test_claimant_key(name, key):
    assert claimant_key(name) == key


# ----------------------------------------------------------------------------- quantities
@pytest.mark.parametrize(
    "fragment, text, qualifier, low, high, unit, vague",
    [
        ("killed 63 people", "63", "", 63, 63, "", False),
        ("at least 120 people", "at least 120", "at least", 120, None, "", False),
        ("more than 150 people", "more than 150", "more than", 150, None, "", False),
        ("nearly 200 people", "nearly 200", "nearly", 180, 200, "", False),
        ("some 80,000 marchers", "some 80,000", "about", 72000, 88000, "", False),
        ("up to 400 soldiers", "up to 400", "up to", None, 400, "", False),
        ("as many as 63 troops", "as many as 63", "up to", None, 63, "", False),
        ("no fewer than 7 boats", "no fewer than 7", "at least", 7, None, "", False),
        ("fewer than 10 boats", "fewer than 10", "fewer than", None, 10, "", False),
        ("between 50 and 60 people", "between 50 and 60", "", 50, 60, "", False),
        ("50-60 people", "50-60", "", 50, 60, "", False),
        ("forty-two miners", "forty-two", "", 42, 42, "", False),
        ("two hundred homes", "two hundred", "", 200, 200, "", False),
        ("a dozen ships", "a dozen", "", 12, 12, "", False),
        ("dozens of villagers", "dozens", "", 24, 99, "", True),
        ("hundreds of homes", "hundreds", "", 200, 999, "", True),
        ("several hundred troops", "several hundred", "", 200, 999, "", True),
        ("thousands of people", "thousands", "", 2000, 9999, "", True),
        ("tens of thousands of people", "tens of thousands", "", 20000, 99999, "", True),
        ("a 12% rise", "12%", "", 12, 12, "%", False),
        ("40 percent of votes", "40 percent", "", 40, 40, "%", False),
        ("revenue of $4.2 billion", "$4.2 billion", "", 4.2e9, 4.2e9, "USD", False),
        ("a £3m grant", "£3m", "", 3e6, 3e6, "GBP", False),
        ("a new 18 billion euro ($19 billion) package", "18 billion euro ($19 billion)", "", 1.8e10, 1.8e10, "EUR", False),
        ("1,200 homes", "1,200", "", 1200, 1200, "", False),
        ("2.5 million people", "2.5 million", "", 2.5e6, 2.5e6, "", False),
        # number words and multipliers
        ("half a million pilgrims", "half a million", "", 5e5, 5e5, "", False),
        ("Half a billion dollars", "Half a billion dollars", "", 5e8, 5e8, "USD", False),
        ("three dozen fishermen", "three dozen", "", 36, 36, "", False),
        ("scores were hurt", "scores", "", 40, 99, "", True),
        ("tens of thousands of farmers", "tens of thousands", "", 20000, 99999, "", True),
        ("aid of 4 lakh rupees", "4 lakh rupees", "", 4e5, 4e5, "INR", False),
        ("a 12 crore package", "12 crore", "", 1.2e8, 1.2e8, "", False),
        ("Tk 3 lakh for each family", "Tk 3 lakh", "", 3e5, 3e5, "BDT", False),
        ("a N20bn bailout", "N20bn", "", 2e10, 2e10, "NGN", False),
        ("1.7m voters", "1.7m", "", 1.7e6, 1.7e6, "", False),
        ("losses of 6bn", "6bn", "", 6e9, 6e9, "", False),
        # a Canadian paper writes the scale with a hyphen
        ("insured damage of $620-million", "$620-million", "", 6.2e8, 6.2e8, "USD", False),
        ("a loss of $1.2-billion", "$1.2-billion", "", 1.2e9, 1.2e9, "USD", False),
        ("a KSh 500m fund", "KSh 500m", "", 5e8, 5e8, "KES", False),
        # concentrations and volumes, in any writing of their unit
        ("38 milligrams per litre of ammonia", "38 milligrams per litre", "", 38, 38, "mg/l", False),
        ("a sample of 0.4 mg/l", "0.4 mg/l", "", 0.4, 0.4, "mg/l", False),
        ("PM2.5 at 634 micrograms per cubic meter", "634 micrograms per cubic meter", "", 634, 634, "µg/m3", False),
        ("more than 900 µg/m³ in the east", "more than 900 µg/m³", "more than", 900, None, "µg/m3", False),
        ("benzene at 12 ppm", "12 ppm", "", 12, 12, "ppm", False),
        ("60,000 litres of waste", "60,000 litres", "", 60000, 60000, "l", False),
        ("at least 60 cubic metres", "at least 60 cubic metres", "at least", 60, None, "m3", False),
        ("2,000 gallons of diesel", "2,000 gallons", "", 2000, 2000, "gal", False),
        ("about 11 nautical miles off the coast", "about 11 nautical miles", "about", 9.9, 12.1, "nmi", False),
        ("a loss of 4.2 GW", "4.2 GW", "", 4.2, 4.2, "GW", False),
        # compound adjectives keep their noun as the unit
        ("a twelve-storey tower", "twelve-storey", "", 12, 12, "storeys", False),
        ("a 72-hour ceasefire", "72-hour", "", 72, 72, "hours", False),
        ("a seven-member panel", "seven-member", "", 7, 7, "members", False),
        # ordinals: low-score claims (see extraction); digit ordinals and "first" are not counted
        ("the union's sixth walkout this year", "sixth", "", 6, 6, "ordinal", False),
    ],
)
def test_quantity_values(fragment, text, qualifier, low, high, unit, vague):
    hits = find_quantities(fragment, 0, [])
    assert hits, fragment
    f = hits[0].fields
    assert f["text"] == text
    assert f["qualifier"] == qualifier
    assert f["low"] == pytest.approx(low) if low is not None else f["low"] is None
    assert f["high"] == pytest.approx(high) if high is not None else f["high"] is None
    assert f["unit"] == unit
    assert f["vague"] == vague


@pytest.mark.parametrize(
    "fragment",
    [
        "Day 313 of the invasion",
        "fighting since 2014.",
        "new F-16 jets",
        "Covid-19 rules",
        "call 555-123-4567 now",
        "the second-largest city",
        "one of the deadliest attacks",
        "the 2nd round",
        "N95 masks ran out",
        "for the first time",
        "the third-largest port",
    ],
)
def test_not_quantities(fragment):
    assert find_quantities(fragment, 0, []) == []


# ----------------------------------------------------------------------------- claims
def test_flood_toll_from_governor_and_red_crescent():
    text = (
        "At least 120 people were killed in the floods, provincial governor Ahmad Karimi said on Tuesday.\n\n"
        "The Red Crescent said more than 150 people had died and nearly 200 were missing."
    )
    cs = claims(text)
    gov = find(cs, "At least 120")
    assert gov.claimant == "Ahmad Karimi" and gov.claimant_key == "ahmad karimi"
    assert gov.kind == QUANTITY and gov.value.predicate == "killed" and gov.value.subject == "people"
    assert gov.value.low == 120 and gov.value.high is None
    rc1 = find(cs, "more than 150")
    rc2 = find(cs, "nearly 200")
    assert rc1.claimant_key == rc2.claimant_key == "red crescent"
    assert rc1.value.predicate == "killed"
    assert rc2.value.predicate == "missing"
    assert gov.score >= 0.7 and rc1.score >= 0.7


def test_protest_turnout_police_vs_unions():
    text = (
        "Police said 12,000 people marched in Marseille, while the CGT union put the figure at some 80,000.\n"
        "Organisers claimed 80,000 people took part, according to a union statement."
    )
    cs = claims(text)
    police = find(cs, "12,000")
    assert police.claimant_key == "police" and police.value.predicate == "attended"
    assert police.quote == "Police said 12,000 people marched in Marseille"
    union = find(cs, "some 80,000")
    assert union.value.qualifier == "about"
    assert union.quote.startswith("the CGT union")


def test_company_results_reuters_style():
    text = "Quarterly revenue rose 12% to $4.2 billion, the company said in a statement."
    cs = claims(text)
    pct = find(cs, "12%")
    money = find(cs, "$4.2 billion")
    for c in (pct, money):
        assert c.claimant_key == "company" and c.attribution == "said"
    assert pct.value.unit == "%" and pct.value.predicate == "rose" and pct.value.subject == "quarterly revenue"
    assert money.value.unit == "USD" and money.value.low == 4.2e9
    assert pct.end <= money.start  # pieces never overlap


def test_a_figure_after_a_zone_and_a_comma_is_no_offset():
    cs = claims("Readings peaked at 1.30am GMT, 42 times the WHO guideline, the board said.")
    t = find(cs, "1.30am GMT")
    assert t.value.time == "01:30" and t.value.tz == "GMT"
    assert find(cs, "42").kind != DATE


def test_the_next_day_does_not_put_a_weekday_in_the_future():
    # published on Tuesday 9 December: "on Friday" is the Friday before, "the next day" looks back from it
    cs = claims("The first victims arrived at the hospital around 1:15 p.m. ET on Friday - in the early hours of "
                "the next day in Cibaruna - hospital staff said.", published=dt.date(2025, 12, 9))
    assert find(cs, "around 1:15 p.m. ET on Friday").value.date == "2025-12-05"
    cs = claims("The port will reopen at 6 a.m. on Friday, the authority said.", published=dt.date(2025, 12, 9))
    assert find(cs, "6 a.m. on Friday").value.date == "2025-12-12"


def test_earthquake_time_with_zone():
    text = (
        "A magnitude 6.8 earthquake struck at 04:17 local time (01:17 GMT) on Tuesday, "
        "the national seismological institute said."
    )
    cs = claims(text, published=dt.date(2024, 3, 13))
    t = find(cs, "04:17 local time (01:17 GMT) on Tuesday")
    assert t.kind == DATE
    assert t.value.time == "04:17" and t.value.tz == "UTC+03:00"  # the zone the two clocks imply
    assert t.value.date == "2024-03-12"
    assert t.value.utc == "2024-03-12T01:17:00Z"
    mag = find(cs, "6.8")
    assert mag.value.unit == "magnitude"
    assert mag.claimant_key == t.claimant_key == "national seismological institute"


def test_minister_revises_figure_upward():
    text = (
        "Interior Minister Gerald Darmanin said 45 officers were injured.\n\n"
        "Later on Friday he said the number had risen to 79."
    )
    cs = claims(text)
    a = find(cs, "45")
    b = find(cs, "79")
    assert a.claimant_key == b.claimant_key == "gerald darmanin"
    assert a.value.predicate == "wounded"


def test_election_turnout_percentage():
    text = "Turnout was 67.4 percent, the election commission said on Sunday, up from 61 percent in 2019."
    cs = claims(text)
    t = find(cs, "67.4 percent")
    assert t.value.unit == "%" and t.value.low == 67.4
    assert t.claimant_key == "election commission"
    assert t.value.subject == "turnout"


def test_ap_style_said_weekday_is_not_a_date_claim():
    text = "Three people died in the blaze, fire officials said Tuesday."
    cs = claims(text)
    assert [c.kind for c in cs] == [QUANTITY]
    assert cs[0].value.low == 3 and cs[0].value.predicate == "killed"
    assert cs[0].claimant_key == "fire officials"
    assert cs[0].quote == text


def test_bbc_style_police_arrests():
    cs = claims("Police said 12 people had been arrested.")
    assert len(cs) == 1
    c = cs[0]
    assert (c.claimant, c.claimant_key, c.attribution) == ("Police", "police", "said")
    assert c.value.predicate == "arrested" and c.value.subject == "people" and c.value.low == 12


def test_outlet_voice_and_unattributed_sentence():
    cs = claims("Floods swept through the valley. Dozens of homes were destroyed.")
    assert len(cs) == 1
    assert cs[0].claimant == OUTLET and cs[0].claimant_key == "outlet" and cs[0].attribution == ""
    assert cs[0].value.vague and cs[0].value.predicate == "destroyed"


def test_inverted_and_appositive_and_according_to():
    text = (
        "“We counted 300 bodies,” said Maria Lopez, a nurse at the city hospital.\n"
        "John Otieno, a senior official in the Kenyan Red Cross, said 4,000 families had been displaced.\n"
        "According to the United Nations, about 1.2 million people need help."
    )
    cs = claims(text)
    assert find(cs, "300").claimant_key == "maria lopez"
    disp = find(cs, "4,000")
    assert disp.claimant_key == "john otieno" and disp.value.predicate == "displaced"
    un = find(cs, "about 1.2 million")
    assert un.claimant_key == "united nations" and un.attribution == "according to"


def test_a_figure_in_the_speakers_appositive_keeps_the_speaker():
    # the comma inside "700,000" does not open the appositive, so the blogger is still the one who speaks
    cs = claims("Ivan Petrov, a blogger with 700,000 followers, said 40 soldiers died.")
    assert find(cs, "40").claimant_key == "ivan petrov"
    assert all(c.value.text != "700,000" for c in cs)  # his followers are background


@pytest.mark.parametrize("text, value_text, subject", [
    ("The Citizens' Election Watch, which says it had 240 monitors in the field, said the count was flawed.",
     "240", "monitors"),
    ("The observer group Fair Count, which deployed 4,800 monitors, said its sample put turnout at 49 percent.",
     "4,800", "monitors"),
    ("Brandtwerk, which employs about 48,000 people in 23 countries, said it would cut 2,000 jobs.",
     "about 48,000", "people"),
])
def test_a_figure_the_speaker_states_in_a_relative_clause_is_a_claim(text, value_text, subject):
    c = find(claims(text), value_text)
    assert c.value.subject == subject and c.claimant_key != "outlet"


@pytest.mark.parametrize("text, speaker", [
    ("Halcyon Seaways, which is based in Southampton, England, said 214 passengers had fallen ill.",
     "halcyon seaways"),
    ("John Smith, a farmer in Kunri, Sindh, said 40 acres were lost.", "john smith"),
    ("The mayor of Kalistra, Nikos Aretis, said more than 25,000 people had left.", "nikos aretis"),
])
def test_a_town_and_its_country_inside_an_appositive_do_not_split_it(text, speaker):
    assert claims(text)[0].claimant_key == speaker


def test_a_figure_in_the_story_of_the_speaker_is_background():
    text = ("Tammy Reyes, who rode out the storm in a closet with her two grandchildren, said the sirens never "
            "reached her block.")
    assert all(c.value.text != "two" for c in claims(text))


def test_a_share_borrows_no_noun_from_a_count_before_it():
    text = ("The Citizens' Election Watch, which says it had 240 monitors in the field, said its own sample "
            "pointed to turnout of about 53 per cent.")
    assert find(claims(text), "about 53 per cent").value.subject != "monitors"


def test_a_bodys_own_figure_is_its_claim():
    text = (
        "The Health Ministry's toll stands at 48 dead, up from 31 on Monday.\n"
        "The Red Crescent's latest estimate of more than 70 dead was not confirmed.\n"
        "The region's rivers rose 3 metres overnight."
    )
    cs = claims(text)
    assert find(cs, "48").claimant_key == "health ministry"
    assert find(cs, "more than 70").claimant_key == "red crescent"
    assert find(cs, "3 metres").claimant_key != "region"  # a possessive that owns no figure names no speaker


def test_a_live_blog_entry_led_by_its_speaker():
    text = (
        "Floods in the north: live\n"
        "09:10Governor Ana Ruiz says 12 people have died.\n"
        "10:45Ruiz: toll now 15.\n"
        "Evacuated: the army says 3,000.\n"
    )
    cs = claims(text)
    assert find(cs, "15").claimant_key == "ana ruiz"
    assert find(cs, "3,000").claimant_key == "army"  # "Evacuated:" is a topic, not a speaker


@pytest.mark.parametrize("entry, value", [
    ("11:05Ruiz's latest figures: 18 dead, 40 hurt.", "18"),
    ("11:05Ruiz updates: 18 dead.", "18"),
    ("11:05Ruiz gives her own toll: 18 dead.", "18"),
])
def test_a_live_blog_entry_led_by_its_speaker_and_a_verb_or_her_figures(entry, value):
    cs = claims(f"Floods in the north: live\n09:10Governor Ana Ruiz says 12 people have died.\n{entry}\n")
    assert find(cs, value).claimant_key == "ana ruiz"


def test_a_toll_with_no_speaker_goes_on_with_the_last_one_in_its_paragraph():
    text = (
        "A blast tore through the depot on Tuesday, killing six people, the city's fire service said. Four people "
        "were missing. On Tuesday evening it had given a toll of five.\n\n"
        "The depot stores 40 tonnes of fuel.\n\n"
        "At the hospital, director Ines Kohl said 31 people had been admitted. Five were in a critical condition. "
        "Our reporter saw dozens of injured people in the corridors. The hospital has 300 beds.\n\n"
        "The army said two soldiers died. But in 2019 a similar blast killed 12 people."
    )
    cs = claims(text)
    assert find(cs, "Four").claimant_key == "city fire service"
    assert find(cs, "five").claimant_key == "city fire service"  # "it had given a toll of": the service again
    assert find(cs, "40 tonnes").claimant_key == "outlet"  # a new paragraph: the writer's voice
    assert find(cs, "Five").claimant_key == "ines kohl"
    assert find(cs, "dozens").claimant_key == "outlet"  # what the outlet's own reporter saw
    assert find(cs, "300").claimant_key == "outlet"  # a description, not a toll
    assert find(cs, "12").claimant_key == "outlet"  # a look back in the writer's voice


@pytest.mark.parametrize("text, value, key", [
    ("The Interior Ministry in the capital still listed 19 dead on Monday.", "19", "interior ministry"),
    ("It was the worst blast in years. Police had earlier given the number of evacuees as 2,500.", "2,500", "police"),
    ("Workers on site: 140 per Tessora, more than 200 per the union.", "140", "tessora"),
    ("The general staff said no unit was there. It did say that two soldiers died at a checkpoint.", "two",
     "general staff"),
    # "list", "gives N for", "puts it at": a body stating its own figure
    ("The organisers list 4,210 starters this year.", "4,210", "organizers"),
    ("After a second survey, the club now gives 1,604 metres for the depth.", "1,604 metres", "club"),
    ("The minister now puts it at 5.3 billion escudos.", "5.3 billion", "minister"),
    # a speaker described by their age is still the speaker
    ("The 78-year-old abbot said insects had damaged about 10 per cent of the leaves.", "about 10 per cent", "abbot"),
])
def test_bodies_that_list_give_or_are_cited_with_per_are_the_claimant(text, value, key):
    assert find(claims(text), value).claimant_key == key


def test_pronoun_and_surname_resolution():
    text = (
        "Fire chief Tom Baker said 14 firefighters were hurt.\n"
        "He said three were in serious condition.\n"
        "The Ministry of Health said 40 people were treated. It added that 6 remained in hospital.\n"
        "Baker said the fire was under control."
    )
    cs = claims(text)
    assert find(cs, "14").claimant_key == "tom baker"
    assert find(cs, "three").claimant_key == "tom baker"
    assert find(cs, "40").claimant_key == "health ministry"
    assert find(cs, "6").claimant_key == "health ministry"
    st = [c for c in cs if c.kind == STATEMENT]
    assert st and st[-1].claimant_key == "tom baker"


def test_subset_coreference_for_organisations():
    text = (
        "Brazil's Civil Defense agency said 48 people were missing.\n"
        "The agency said 11 bodies were recovered on Monday."
    )
    cs = claims(text)
    assert find(cs, "48").claimant_key == "brazilian civil defense agency"
    assert find(cs, "11").claimant_key == "brazilian civil defense agency"


def test_clauses_while_and_and():
    text = "Ukraine claims up to 400 Russians were killed, while the Russian Defense Ministry said 63."
    cs = claims(text)
    assert [c.quote for c in cs] == ["Ukraine claims up to 400 Russians were killed", "the Russian Defense Ministry said 63"]
    assert [c.claimant_key for c in cs] == ["ukraine", "russian defense ministry"]
    assert cs[1].value.subject == "russians" and cs[1].value.predicate == "killed"

    text = "Rebels fired six rockets at the base and two of them were intercepted, the army said."
    cs = claims(text)
    assert [(c.value.low, c.value.predicate, c.claimant_key) for c in cs] == [
        (6, "fired", "army"), (2, "shot down", "army")]
    assert cs[1].value.subject == "rockets"


def test_them_resolves_to_counted_noun():
    text = "Gunmen attacked a camp where soldiers were sleeping, killing 19 of them, officials said."
    (c,) = claims(text)
    assert c.value.subject == "soldiers" and c.value.predicate == "killed" and c.value.low == 19


def test_dates_resolved_with_published():
    text = (
        "The dam burst on Dec. 31, the agency said.\n"
        "Officials said the first alarm sounded two minutes after midnight on New Year's Day.\n"
        "The storm made landfall at about 1 am on January 1 (2200 GMT on December 31), forecasters said."
    )
    cs = claims(text, published=dt.date(2024, 1, 3))
    d = find(cs, "Dec. 31")
    assert d.kind == DATE and d.value.date == "2023-12-31" and d.claimant_key == "agency"
    t = find(cs, "two minutes after midnight on New Year's Day")
    assert t.value.time == "00:02" and t.value.date == "2024-01-01"
    g = find(cs, "about 1 am on January 1 (2200 GMT on December 31)")
    assert g.value.time == "01:00" and g.value.qualifier == "about"
    assert g.value.tz == "UTC+03:00" and g.value.utc == "2023-12-31T22:00:00Z"


def test_statements_and_opinions():
    text = (
        "The company denied any wrongdoing in a statement.\n"
        "“This is horrible,” one resident said.\n"
        "The hospital was crowded."
    )
    cs = claims(text)
    st = [c for c in cs if c.kind == STATEMENT]
    assert len(st) == 2
    assert st[0].claimant_key == "company" and st[0].score >= 0.5
    assert st[1].score < 0.4


@pytest.mark.parametrize(
    "text, subject, predicate",
    [
        ("No one was killed in the blast, police said.", "people", "killed"),
        ("Nobody was injured, according to the fire brigade.", "people", "wounded"),
        ("There were no casualties, the mayor said.", "people", "casualties"),
        ("The army said none of its soldiers had been killed at the base.", "soldiers", "killed"),
        ("\u201cNot a single serviceman was in the building,\u201d the general staff said.", "serviceman", "present"),
        ("The general staff repeated yesterday that there were no troops in the village.", "troops", "present"),
        ("The ministry denied that any civilian building was hit.", "civilian building", "hit"),
        ("The company said no toxic substances had escaped.", "toxic substances", "escaped"),
        ("No one was still missing, the interior ministry said.", "people", "missing"),
        # a long statement is shown by its first words, and still read to its end
        ("The ministry said yesterday evening that all carriages of the train had now been searched by rescue teams "
         "and no one was still missing.", "people", "missing"),
        # the absence of news, a new count or a future is no count of zero
        ("There were no immediate reports of casualties, the governor said.", None, None),
        ("The ministry said no new deaths had been recorded.", None, None),
        ("Officials said no one will be allowed back before Monday.", None, None),
        ("Police said no one knew how the fire started.", None, None),
    ],
)
def test_statements_that_put_a_count_at_zero(text, subject, predicate):
    st = [c for c in claims(text) if c.kind == STATEMENT]
    assert st, "the attributed sentence is a statement"
    v = st[0].value
    if subject is None:
        assert v.low is None and v.high is None
    else:
        assert (v.low, v.high, v.subject, v.predicate) == (0, 0, subject, predicate)


def test_headline_attribution_and_furniture():
    text = (
        "Police: 30 arrested after stadium clashes\n"
        "Sports desk\n"
        "Thirty fans were held overnight, police said.\n"
        "Leave a Reply\n"
        "Required fields are marked *\n"
        "Day 12 of the strike"
    )
    cs = claims(text)
    head = cs[0]
    assert head.start == 0 and head.claimant_key == "police" and head.value.low == 30
    assert head.value.predicate == "arrested"
    for c in cs:
        assert "Leave a Reply" not in c.quote and "Day 12" not in c.quote and "Sports desk" not in c.quote


def test_date_prefix_never_a_claim():
    for text in (" date 2024-03-10 Floods killed 12 people.", "date 2024-03-10\nFloods killed 12 people.",
                 "date 2024-03-10 Floods killed 12 people."):
        cs = detect_claims(text)
        assert len(cs) == 1
        assert cs[0].quote == "Floods killed 12 people."
        assert "2024" not in cs[0].quote


def test_background_numbers_score_low():
    text = "“This is a disgrace,” wrote a blogger with more than 700,000 followers, who said 40 shops were looted."
    cs = claims(text)
    assert all(c.value.text != "more than 700,000" or c.score < 0.5 for c in cs)
    cs = claims("Ten months into the war, morale is low, said the analyst.")
    assert cs and cs[0].score < 0.5


# ----------------------------------------------------------------------------- properties
ALL_TEXTS = [
    "At least 120 people were killed in the floods, provincial governor Ahmad Karimi said on Tuesday.",
    "Police said 12,000 people marched in Marseille, while the CGT union put the figure at some 80,000.",
    "Quarterly revenue rose 12% to $4.2 billion, the company said in a statement.",
    "A magnitude 6.8 earthquake struck at 04:17 local time (01:17 GMT) on Tuesday.",
    " date 2024-03-10 LAGOS, Nigeria — Floods killed 12 people.“We lost 4 boats,” he said.The rest left.",
    "Police: 30 arrested after clashes\nPhoto credit: AP\nThirty fans were held, police said.",
    "Rebels fired six rockets at the base and two of them were intercepted, the army said.",
]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_offsets_exact_and_sorted(text):
    cs = claims(text)
    assert cs
    for c in cs:
        assert text[c.start:c.end] == c.quote
        assert c.kind in (QUANTITY, DATE, STATEMENT)
        assert 0.0 <= c.score <= 1.0
        assert text[max(0, c.start - 60):c.start] == c.context_before
        assert text[c.end:c.end + 60] == c.context_after
        assert c.quote == c.quote.strip()
        assert not c.quote.lstrip().lower().startswith("date ")
        if c.value_start >= 0:
            assert c.start <= c.value_start < c.value_end <= c.end
    keys = [(c.start, c.end) for c in cs]
    assert keys == sorted(keys)
    for a, b in zip(cs, cs[1:]):
        assert a.end <= b.start  # claims never overlap


def test_value_as_dict_is_json_serialisable():
    import json

    for c in claims(ALL_TEXTS[3]):
        json.dumps(c.value.as_dict())


@pytest.mark.parametrize(
    "text, values",
    [
        # a conversion in brackets repeats the figure before it
        ("The storm made landfall 40 km (25 miles) south of the port.", ["40 km"]),
        ("The family was promised 150,000 rupees (about $1,800) in compensation, the minister said.",
         ["150,000 rupees (about $1,800)"]),
        # a bare weekday is not a claim
        ("The president toured the flooded district on Tuesday.", []),
        # an ordinal is its own low-score claim beside the counts
        ("Transport workers staged their fifth strike this year, and 2,000 buses stayed in depots.",
         ["fifth", "2,000"]),
    ],
)
def test_values_in_sentences(text, values):
    got = [c.value.text for c in detect_claims(text) if c.kind != "statement"]
    assert got == values
    for c in detect_claims(text):
        if c.value.unit == "ordinal":
            assert c.score <= 0.3


@pytest.mark.parametrize(
    "text, tz, utc",
    [
        # datelined in a one-zone country: a clock time takes that zone (and a UTC instant with a date)
        ("date 2024-03-05 NAIROBI, Kenya (AP) - The building collapsed at 6 a.m. local time on Tuesday, police said.",
         "+03:00", "2024-03-05T03:00:00Z"),
        ("LIMA (Reuters) - The quake struck at 9:15 p.m., the geophysical institute said.", "-05:00", ""),
        # a country with several zones or summer time needs a stated zone
        ("MADRID (Reuters) - The blackout began at 12:33 p.m., the grid operator said.", "", ""),
        ("SYDNEY, Australia - The fire started at 4 a.m., officials said.", "", ""),
        # a dateline city the time-zone database knows, on a known day: its clock, summer or winter
        ("date 2025-11-08WINNIPEG — The blast happened at 6:52 a.m. on Saturday, police said.",
         "-06:00", "2025-11-08T12:52:00Z"),
        ("date 2025-07-08 WINNIPEG — The blast happened at 6:52 a.m. on Tuesday, police said.",
         "-05:00", "2025-07-08T11:52:00Z"),
        # the zone a report gives its times in, whatever its dateline
        ("date 2025-11-08 Gas blast: live updates (all times CST)\n\nCrews arrived at 7:20 a.m. on Saturday.",
         "-06:00", "2025-11-08T13:20:00Z"),
        ("date 2025-11-08 The blast came at 7:52 a.m. ET. Police took the first call at 7:58 a.m. ET. "
         "Crews left at 9:30 a.m. on Saturday.", "-05:00", "2025-11-08T14:30:00Z"),
        # a place's clock named with the time
        ("date 2025-09-17 The collision happened at 4.40am French time on Wednesday, the coastguard said.",
         "UTC+02:00", "2025-09-17T02:40:00Z"),
        ("date 2025-01-20 The drones came at 0300 Kyiv time on Monday.", "UTC+02:00", "2025-01-20T01:00:00Z"),
        # a US state's clock, after a comma, in summer time
        ('date 2026-10-25 "On Sunday at about 4:40 in the afternoon, New Jersey time, the call dropped," her cousin said.',
         "UTC-04:00", "2026-10-25T20:40:00Z"),
        # a page's own stamp is in the outlet's zone, not the event's
        ("Updated 17 September 2025, 09:12 CEST\nUpdated 17 September 2025, 11:40 CEST\n\n"
         "The ship sank at 3.40am, the coastguard said.", "", ""),
    ],
)
def test_local_times_take_the_article_country_zone(text, tz, utc):
    dates = [c for c in detect_claims(text) if c.kind == "date" and c.value.time]
    assert dates, text
    assert dates[-1].value.tz == tz  # the last time in the text is the bare one
    assert dates[-1].value.utc == utc


@pytest.mark.parametrize(
    "text, expect",
    [
        # the noun phrase and participle right after the figure decide what it counts
        ('"The toll stands at 30, with 41 people treated for burns," the ministry said.',
         [("30", "killed", "ministry"), ("41", "wounded", "ministry")]),
        ("Six miners died, with 14 others receiving treatment for injuries, the company said.",
         [("Six", "killed", "company"), ("14", "wounded", "company")]),
        # a bracketed abbreviation is an alias, not a gap between the speaker and the verb
        ("The Kenya Red Cross Society (KRCS) said 3,100 people had been displaced.",
         [("3,100", "displaced", "kenyan red cross society")]),
        ("Landslides buried at least 20 homes, the Disaster Management Authority (DMA) said in a statement.",
         [("at least 20", "", "disaster management authority")]),
        # an adverb is not a speaker
        ("Residents have long warned that 300 homes sit below the levee.", [("300", "", "outlet")]),
    ],
)
def test_what_is_counted_and_who_says_it(text, expect):
    got = [(c.value.text, c.value.predicate, c.claimant_key) for c in detect_claims(text) if c.kind == "quantity"]
    assert [(g[0], g[2]) for g in got] == [(e[0], e[2]) for e in expect]
    for g, e in zip(got, expect):
        if e[1]:
            assert g[1] == e[1], (g, e)


# ----------------------------------------------------------------------------- years, magnitudes, speakers
@pytest.mark.parametrize(
    "fragment",
    [
        "floods in August 2010 killed hundreds",  # a month and a year date another event
        "since the 2016 referendum",  # a year naming an event, after a determiner
        "its 2021 census counted more",
        "Chile's 2010 earthquake",
    ],
)
def test_years_that_name_or_date_an_event_are_no_count(fragment):
    assert [h for h in find_quantities(fragment, 0, []) if h.fields.get("text", "").isdigit()
            and len(h.fields["text"]) == 4] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("The seismological centre later revised the magnitude to 5.8 from 6.1.", "5.8"),
        ("The seismological centre later revised the magnitude to 5.8 from 6.1.", "6.1"),
        ("Kandilli observatory put the magnitude at 6.3.", "6.3"),
        ("A 6.4-magnitude tremor shook the coast of Peru on Sunday, officials said.", "6.4"),
    ],
)
def test_magnitudes_written_around_the_word_carry_the_unit(text, value):
    assert find(claims(text), value).value.unit == "magnitude"


@pytest.mark.parametrize(
    "text, value, speaker",
    [
        # a weekday after "said" is when, not who: the speaker is the noun a relative clause hangs on
        ("The nurses' union, which had warned Monday that 2,000 posts were at risk, said Thursday that "
         "3,000 posts could go.", "3,000", "nurses union"),
        ("The port authority, whose cranes were idle for 12 days, said Friday that 40 ships were waiting.",
         "40", "port authority"),
    ],
)
def test_a_weekday_after_said_is_never_the_speaker(text, value, speaker):
    c = find(claims(text), value)
    assert "thursday" not in c.claimant_key and "friday" not in c.claimant_key
    assert speaker.split()[-1] in c.claimant_key, c.claimant_key


@pytest.mark.parametrize(
    "text, value, speaker",
    [
        # an agency that revises, measures or puts a figure states it, with no "said"
        ("Kandilli on Monday downgraded the tremor's magnitude to 5.8 from an initial 6.1.", "5.8", "kandilli"),
        ("The European-Mediterranean Seismological Centre put the magnitude at 6.0.", "6.0", "seismological"),
        ("The interior ministry raised the toll to 63 on Sunday.", "63", "ministry"),
        ("The airline cut its annual profit forecast to $410 million.", "$410 million", "airline"),
        ("GeoNet measured the quake at magnitude 5.4.", "5.4", "geonet"),
        ("The met office, the weather and marine institute, measured a sea temperature of 26.1C off Varna.", "26.1C",
         "met office"),
        ("The coastguard recorded 17 crossings on Tuesday.", "17", "coastguard"),
        ("The Red Crescent confirmed 48 deaths in the district.", "48", "crescent"),
        # the figure told of "it": the quake, the stone
        ("The U.S. Geological Survey measured it at 6.1, at a depth of 12 km.", "6.1", "geological"),
        ("Mara Lindqvist, who covers the miner at Nordhavn Securities, values it at $20 million.", "$20 million",
         "lindqvist"),
    ],
)
def test_agencies_that_revise_or_measure_a_figure_are_its_claimant(text, value, speaker):
    c = find(claims(text), value)
    assert speaker in c.claimant_key, c.claimant_key


def test_cutting_jobs_names_no_speaker():
    c = find(claims("The insurer will cut 1,400 jobs by 2026."), "1,400")
    assert c.claimant_key == "outlet"


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        # a fraction after "a" is a share, not an ordinal
        ("Bus fares have gone up by nearly a third since 2021, the transit authority said.", "nearly a third",
         28.0, 33.4),
        ("The fleet shrank by almost a fifth, the airline said.", "almost a fifth", 17.0, 20.0),
        ("A quarter of the flats were empty, and a tenth of the shops had closed, the survey found.",
         "a tenth", 10.0, 10.0),
    ],
)
def test_fractions_after_a_are_shares(text, value, low, high):
    c = find(claims(text), value)
    assert c.value.unit == "%" and low <= c.value.low <= high + 0.01, c.value


def test_a_second_term_is_no_figure():
    assert not [c for c in claims("Okafor won a second term in 2019 and is seeking a third.")
                if c.value and c.value.unit == "ordinal" and c.value.low == 2]


# --- speakers: a trailing "..., X said" beats a place that "records" a figure; a participle is no
# speaker; "the company" / "the utility" is the company named earlier (own sentences, other events)
SPEAKER_CASES = [
    # the noun before a participle or a relative clause speaks, not its object
    ("The hospital treating the students said 40 were still on drips.", "40", "hospital"),
    ("Rescuers searching the rubble said 14 bodies had been found.", "14", "rescuers"),
    ("Residents living near the plant said 300 people fled.", "300", "residents"),
    ("A doctor who treated the victims said six had burns.", "six", "doctor"),
    ("The UN human rights monitoring mission in Lutavia said nine civilians died.", "nine", "mission"),
    ("The town of Ouargla recorded 49.8 degrees Celsius on Sunday, the national weather office said.",
     "49.8 degrees Celsius", "national weather office"),
    ("The city of Mildura registered 46 degrees on Friday, the Bureau of Meteorology said.",
     "46 degrees", "bureau of meteorology"),
    ("The bus plunged into a ravine late on Friday, with 23 people confirmed dead, according to police.",
     "23", "police"),
    ("Power demand on the network of Voltra-Gas, the region's main electricity supplier, peaked at 2,100 "
     "megawatts on Monday, the company said in a statement.", "2,100 megawatts", "voltra-gas"),
    ("MetroGrid's demand record of 2,100MW was set at 3pm on Monday, the utility's spokesperson said.",
     "2,100MW", "metrogrid"),
    # a gerund after a comma speaks for its clause's subject, and only for what follows it
    ("Marston County Sheriff Dale Rooke put the toll higher, telling reporters on Sunday that at least nine "
     "people had died.", "at least nine", "dale rooke"),
    ("On Monday, the fire service raised its count, saying 31 homes had burned.", "31", "fire service"),
    ("The governor toured the camp at 4pm on Tuesday, announcing that 2,000 tents would arrive.", "4pm on Tuesday",
     "outlet"),
    # who raises a warning level or gives a toll states it
    ("The observatory raised the alert level to Alert Level 4 on Monday.", "4", "observatory"),
    ("The civil defence agency has given its first toll: nine dead.", "nine", "civil defense agency"),
    # a time phrase before the speaker is not part of its name
    ("By the afternoon the fire brigade said four firefighters had been hurt.", "four", "fire brigade"),
    ("By late Tuesday the health ministry said 12 people had died.", "12", "health ministry"),
    ("The head of the relief agency said 14 people were missing.", "14", "head of relief agency"),
    # a live blog's time glued to the entry's first word
    ("08:05Police now say 14 people died in the landslide.", "14", "police"),
    ("23:10The Interior Ministry has just put the death toll at 17.", "17", "interior ministry"),
    # who "gave a higher toll" speaks the quote that follows
    ('But the district governor, Anil Karki, gave a higher toll. "We have counted 23 dead," he told reporters.',
     "23", "anil karki"),
    # plural present verbs, a heading glued before the speaker, and a report that says
    ("14:25Three deadPolice confirm three dead.", "three", "police"),
    ("Rescuers report at least 40 people trapped in the rubble.", "at least 40", "rescuers"),
    # "admitted by Wednesday afternoon" is a time, not who admitted
    ("At the hospital, 127 pupils had been admitted by Wednesday afternoon, Dr Alice Otieno told reporters.", "127",
     "alice otieno"),
    # what is counted is not who reports it
    ("At least 17 schools have reported outbreaks since January, according to the ministry.", "At least 17",
     "ministry"),
    ("Of the 4,000 residents Mayor Ana Lind said had been evacuated, most were home on Friday.", "4,000",
     "ana lind"),
    # the patients admitted are not speakers
    ("Of the 140 pupils admitted, 90 had been discharged by Friday.", "90", "outlet"),
]


@pytest.mark.parametrize("text, value, key", SPEAKER_CASES)
def test_speaker_rules(text, value, key):
    c = find(claims(text), value)
    assert c.claimant_key == key


@pytest.mark.parametrize("text, kept, dropped", [
    ("Temperatures rose to 45 degrees Celsius (113 degrees Fahrenheit) in Basra on Sunday.",
     "45 degrees Celsius", "113 degrees Fahrenheit"),
    ("It was 41°C (106°F) in the shade at noon.", "41°C", "106°F"),
    ("The ferry sank about 40 km (25 miles) off the coast.", "about 40 km", "25 miles"),
])
def test_a_converted_unit_in_brackets_is_no_claim(text, kept, dropped):
    values = [c.value.text for c in claims(text) if c.value]
    assert kept in values and dropped not in values


def test_a_headline_figure_takes_the_source_of_the_lead_that_repeats_it():
    text = (
        "Bus plunges into gorge in Nepal, killing at least 19\n\n"
        "KATHMANDU (AP) - A crowded bus veered off a mountain road and fell into a gorge in western Nepal "
        "on Friday, killing at least 19 passengers, district police said."
    )
    cs = claims(text)
    headline, lead = [c for c in cs if c.value and c.value.low == 19]
    assert headline.start < lead.start
    assert lead.claimant_key == headline.claimant_key == "district police"


def test_a_headline_topic_before_a_colon_is_not_a_speaker():
    text = (
        "Chile wildfires: Death toll rises to 46 as blazes near Vina del Mar\n\n"
        "The number of people killed in wildfires in central Chile has risen to 46, "
        "President Gabriel Boric said on Saturday."
    )
    headline = claims(text)[0]
    assert headline.value.low == 46
    assert headline.claimant_key != "chilean wildfires" and "wildfire" not in headline.claimant_key
    assert headline.claimant_key == "gabriel boric"
    speaker = claims("Kyiv mayor: 12 drones shot down over the capital overnight")[0]
    assert speaker.claimant_key != "outlet"


def test_a_local_time_with_its_conversion_in_brackets_keeps_both_clocks_consistent():
    pub = dt.date(2024, 10, 22)
    (landfall,) = [c for c in claims("The typhoon made landfall at 2:30 am (1830 GMT Monday), the weather service said.",
                                     published=pub) if c.kind == DATE]
    v = landfall.value
    assert (v.time, v.tz, v.date, v.utc) == ("02:30", "UTC+08:00", "2024-10-22", "2024-10-21T18:30:00Z")
    (blast,) = [c for c in claims("The first blasts were heard at 02:40 local time (00:40 UTC), residents said.",
                                  published=pub) if c.kind == DATE]
    assert (blast.value.time, blast.value.tz) == ("02:40", "UTC+02:00")


def test_live_blog_entry_stamps_are_not_claims():
    text = ("Live: Typhoon Kiroga\n\n0340 GMT - The weather service confirms the typhoon made landfall at 1830 GMT "
            "yesterday.\n\n10:45 BST: Police say 12 people were rescued overnight.")
    values = [c.value.text for c in claims(text) if c.value]
    assert "0340 GMT" not in values and "10:45 BST" not in values
    assert any(v.startswith("1830 GMT") for v in values)
    assert any(v.startswith("12") for v in values)


def test_coordinated_counts_share_their_verb_and_a_whole_is_not_its_part():
    cs = claims("The air force said Russia launched 60 drones and eight missiles overnight, and that 51 drones and "
                "five missiles were destroyed.")
    preds = {(c.value.low, c.value.subject): c.value.predicate for c in cs if c.value and c.value.low}
    assert preds[(60, "drones")] == preds[(8, "missiles")] == "fired"
    assert preds[(51, "drones")] == preds[(5, "missiles")] == "destroyed"
    cs = claims("The navy said it intercepted 12 of 16 missiles fired at the port.")
    by_low = {c.value.low: c.value.predicate for c in cs if c.value and c.value.low}
    assert by_low[12] == "shot down" and by_low[16] == "fired"


def test_people_forced_to_flee_are_displaced_and_none_of_a_group_is_the_group():
    cs = claims("The storm killed at least 14 people and forced more than 340,000 people to flee, the agency said.")
    by_low = {c.value.low: c.value.predicate for c in cs if c.value and c.value.low}
    assert by_low[14] == "killed" and by_low[340000] == "displaced"
    (workers,) = [c for c in claims("The company said none of the 120 workers on the night shift was hurt.") if c.value]
    assert workers.value.low == 120 and workers.value.predicate != "wounded"


def test_counts_of_the_treated_and_admitted_and_subjects_across_quotes_and_number_of():
    by = lambda text: {c.value.low: c.value for c in claims(text) if c.value and c.value.low}  # noqa: E731
    v = by("Volunteer medics said they had treated at least 60 protesters, most of them for tear gas.")[60]
    assert v.predicate == "wounded" and v.subject == "protesters"
    v = by("Doctors said 14 protesters had been admitted overnight, one of them with a head injury.")[14]
    assert v.predicate == "hospitalized"
    v = by('Its military said it had killed "more than 200" enemy troops.')[200]
    assert v.subject == "enemy troops" and v.predicate == "killed"
    v = by("The ministry raised the number of soldiers killed in the strike to 23, up from 17.")[23]
    assert v.subject == "soldiers"


@pytest.mark.parametrize("text", [
    "The federation said 90 per cent of workers stayed home during the strike.",
    "The union said 12,000 dockers took part in the strike, the third this year.",
])
def test_a_labour_strike_is_no_hit(text):
    assert all(c.value.predicate != "hit" for c in claims(text) if c.kind == QUANTITY)


@pytest.mark.parametrize("text, value, key", [
    # "the charity", "the group", "the airline": the body named once with that description
    ("Sea Watch Relief, the charity whose ship found the boat, raised the alarm. The charity says 19 people were "
     "pulled from the water by its crew.", "19", "sea watch relief"),
    ("The German aid group Blue Harbour counted 40 people on the boat. The group said 12 were children.", "12",
     "blue harbour"),
    ("A Boeing 737 operated by Skyline Air crashed into a field on Monday. The airline said 64 passengers were on board.",
     "64", "skyline air"),
    # a spokesman with no body of his own speaks for the body his paragraph names
    ("The Coast Guard said six people had died.\n\nThe coast guard has updated its figures. Nine bodies have been "
     "recovered, a spokesman told reporters.", "Nine", "coast guard"),
    # a live blog's "Latest from X:" is X's entry
    ("The Coast Guard said six people had died.\n\n19:30Latest from the coast guard: 31 people have been rescued alive.",
     "31", "coast guard"),
    # "It said" after a body took a stand in the sentence before, though another body spoke earlier
    ("The shipowner said 14 containers were lost.\n\nThe port authority rejected the union's claims. It said four "
     "pilots were on duty that night. Two attempts to refloat the ship had failed, it said.", "four", "port authority"),
    ("The shipowner said 14 containers were lost.\n\nThe port authority rejected the union's claims. It said four "
     "pilots were on duty that night. Two attempts to refloat the ship had failed, it said.", "Two", "port authority"),
    # who appeals for, sets aside or pledges a sum states it, unless someone else is said to
    ("UNHCR appealed for $48 million to shelter the new arrivals for six months.", "$48 million", "unhcr"),
    ("The provincial government has set aside 300 million baht for the response.", "300 million baht",
     "provincial government"),
    ("The government has set aside 500 million pesos for relief, the budget department said.", "500 million pesos",
     "budget department"),
])
def test_bodies_described_or_speaking_through_a_spokesman_are_the_claimant(text, value, key):
    assert find(claims(text), value).claimant_key == key


@pytest.mark.parametrize("text", [
    "Two days after the collapse, the street is quiet.",
    "Three weeks later, the families are still waiting for answers.",
    "The dam gave way 10 days ago.",
])
def test_a_time_span_that_says_when_is_no_claim(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, time", [
    ("Her son said the shooting started around 8 in the evening.", "20:00"),
    ("The bridge came down at half past four in the afternoon, he said.", "16:30"),
    ("Witnesses said the blast came at eleven at night.", "23:00"),
    ("The fire began at a quarter to nine in the evening, a neighbour said.", "20:45"),
    ("The roof fell in at 2 in the morning, residents said.", "02:00"),
    ("It was around 4:15 in the afternoon, she said, when the sky went white.", "16:15"),
    ("The ward filled up at 11.30 at night, a nurse said.", "23:30"),
    ("The boat left at 7.45 in the morning, the harbour master said.", "07:45"),
])
def test_a_time_told_by_the_part_of_the_day_is_a_clock_time(text, time):
    assert [c.value.time for c in claims(text) if c.kind == "date"] == [time]


@pytest.mark.parametrize("text, time", [
    ("The warden said the fire alarm sounded at twenty to nine.", "08:40"),
    ("A passenger said the train stopped at ten past four in the afternoon.", "16:10"),
    ("Neighbours heard the crash at a quarter past eleven at night.", "23:15"),
    ("The first call came at about twenty-five to seven local time, police said.", "06:35"),
    ("The lights went out at five to midnight... at five past ten in the morning, the utility said.", "10:05"),
])
def test_minutes_told_in_words_before_the_hour_are_a_clock_time(text, time):
    assert [c.value.time for c in claims(text) if c.kind == "date"] == [time]


@pytest.mark.parametrize("text, time", [
    ("The ferry docked at 21h35 on Friday, the port authority said.", "21:35"),
    ("The statement said the first trucks crossed at 6h15.", "06:15"),
])
def test_an_hour_written_the_french_way_is_a_clock_time(text, time):
    assert [c.value.time for c in claims(text) if c.kind == "date"] == [time]


def test_a_race_time_written_with_an_h_is_no_clock_time():
    assert [c.value.time for c in claims("She won the marathon in 2h21 on Sunday, organisers said.")
            if c.kind == "date" and c.value.time] == []


@pytest.mark.parametrize("text", [
    "Scores in the final round ranged from ten to twelve points, the judges said.",
    "The club cut its squad from twenty to nine players over the summer, the coach said.",
])
def test_a_range_in_words_is_no_clock_time(text):
    assert [c.value.time for c in claims(text) if c.kind == "date"] == []


def test_a_time_span_that_measures_stays_a_claim():
    assert [c.value.text for c in claims("Rescuers worked for 36 hours without a break.")] == ["36 hours"]


def test_a_pilots_flying_hours_are_a_claim_beside_another_figure():
    text = "The airline said the captain had more than 11,000 flying hours, about 7,000 of them on the type."
    assert [c.value.text for c in claims(text)] == ["more than 11,000 flying hours", "about 7,000"]


LIVE_BLOG = (
    "Storm Ada live\n"
    "21:40Aid announcedThe Ministry of Interior says each family will receive 50,000 pesos.↗ 214\n"
    "20:15Police: 12 dead, 3 missingRegional police now say 12 people died in the floods.Three hikers are "
    "still unaccounted for, Inspector Ana Ruiz said.↗ 508\n"
    "14:20Navy airlifts injured7 injured were airlifted to the capital by a navy helicopter, the navy said.↗ 151\n"
)


def test_a_live_blog_entry_with_a_share_counter_is_read():
    found = {c.value.text: c for c in claims(LIVE_BLOG)}
    assert {"12", "Three", "7"} <= set(found)
    assert found["12"].claimant_key == "police" and found["7"].claimant_key == "navy"
    assert "508" not in found and "214" not in found and "151" not in found


def test_a_heading_glued_to_the_entry_is_no_speaker():
    found = {c.value.text: c for c in claims(LIVE_BLOG)}
    assert found["50,000 pesos"].claimant_key == "interior ministry"


def test_a_report_that_says_is_a_noun_before_the_verb():
    text = "The agency says 14 people have died.Most died in landslides, the agency's morning report says."
    assert [c.kind for c in claims(text)] == [QUANTITY, STATEMENT]


def test_one_is_a_count_only_when_it_counts_someone():
    assert [c.value.text for c in claims("One student died and two were hurt, the school said.")][:1] == ["One"]
    assert not [c for c in claims("One of the buses was later found, the school said.") if c.kind == QUANTITY]


@pytest.mark.parametrize("text, value, key", [
    # who speaks a quotation stands outside it: "nobody" and "no one" never speak
    ('"Nobody told us the dam was leaking," farmer Ines Varga said.', "Nobody told us the dam was leaking",
     "ines varga"),
    ('"No one from the council warned us. Not once," resident Tomas Berg said.', "No one from the council warned us. Not once",
     "tomas berg"),
    # a quotation glued to the sentence before it opens the next sentence
    ('Mayor Lena Ortiz told local radio that 120 homes were flooded."Whole streets are under water," she said.',
     "120", "lena ortiz"),
    # a relative clause between the speaker and the verb, with an age or figures of its own
    ("Amal Haddad, 37, who lost her home in the flood, said the water rose at 3 a.m.", "3 a.m.", "amal haddad"),
    ("The Red Crescent, which runs 14 shelters, said 2,300 people had been housed.", "2,300", "red crescent"),
    # "the company said" after the company spoke by its name
    ("Harlow Ferries said the vessel carried 212 passengers. The crew numbered 14, the company said.", "14",
     "harlow ferries"),
    # a time word after the verb names no speaker, and leaves the one before it
    ("The owner, Harlow Ferries, insisted yesterday that 212 passengers were aboard.", "212", "harlow ferries"),
    # "the company" never stands for the charity that spoke before it
    ("The Blue Cross Foundation said 40 people were treated. Output at Norvik Energy, the region's power supplier, "
     "fell to 900 megawatts, the company said.", "900 megawatts", "norvik energy"),
    # "the governor said": the governor named before
    ("Floods hit the north, Governor Rosa Almeida told reporters. Later the governor said 31 people had died.", "31",
     "rosa almeida"),
    # an airline named by its flight
    ("Rescuers reached the wreck of Coastal Air flight CA208 on Monday. The airline said 46 people were on board.",
     "46", "coastal air"),
    # who is told follows "told"; a generic body is named by its name after the comma
    ("The head of the agency, Dr Nia Mensah, told Channel 5 that 18 buildings were unsafe.", "18", "nia mensah"),
    ("A monitoring group, the Harbour Watch Network, said 60 tonnes of oil had leaked.", "60 tonnes",
     "harbor watch network"),
    # the body behind the figures it posted speaks; a participle after "the" has no speaker
    ("Ruiz led by 1,768 votes, according to figures posted by the electoral council at noon.", "1,768",
     "electoral council"),
    ("Turnout on the counted ballots is now 54.8 per cent, returning officer Lena Dahl said.", "54.8 per cent",
     "lena dahl"),
    # a body named by the place it runs is not the company that spoke before
    ("Skyline Airways said 22 flights were cancelled. Visibility fell to 50m on Tuesday and thirty-eight flights were cancelled that day, "
     "the airport operator said.", "thirty-eight", "airport operator"),
    # "he" goes on with the spokesman who spoke last, not with a person named earlier
    ("Health officer Dr Nisha Rao said 1,340 patients had been admitted. Visibility fell to 50 meters, an airport "
     "spokesman said. At least 140 flights were delayed, he said.", "At least 140", "airport"),
    # "he" closing a quotation is the person the sentence before it opened with, though that person gave no figure
    ("Fire chief Ana Ruiz said 12 homes burned. Tomas Vidal, 61, who farms above the village, disputed her account. "
     "\"The wind was calm. The flames were 30 metres high,\" he told us.", "30 metres", "tomas vidal"),
    # ... and the person who spoke before when that sentence opens with no name
    ("Fire chief Ana Ruiz said 12 homes burned. But the village council disagreed. \"Only 8 homes burned,\" she said.",
     "8", "ana ruiz"),
])
def test_claimants_read_from_quotations_clauses_and_earlier_names(text, value, key):
    assert find(claims(text), value).claimant_key == key


def test_a_sum_or_a_description_is_no_speaker():
    cs = claims("Of the P45 million announced in Manila, he said, only P12 million had reached the province.")
    assert all(not c.claimant_key.startswith("p45") for c in cs)
    # "the company" is no public authority that spoke before it, nor a description of its own
    cs = claims("The maritime authority AMSA said 400 tonnes had leaked. The ship manager insists it is less than "
                "50 tonnes.")
    assert find(cs, "less than 50 tonnes").claimant_key != find(cs, "400 tonnes").claimant_key
    cs = claims("Fewer than half of the residents have piped water, according to the city's water utility.")
    assert find(cs, "Fewer than half of the residents have piped water").claimant_key == "city water utility"


@pytest.mark.parametrize("text, quote, age", [
    ("Deborah Lyle, 67, of Eastleigh, said her husband was sick on the Friday evening.", "Deborah Lyle, 67", 67),
    ("Mina Garbuja, 42, who lost her mother-in-law, said the water came at night.", "Mina Garbuja, 42", 42),
    ("The boy is with his mother, Amani, 26, in Nairobi.", "Amani, 26", 26),
])
def test_a_persons_age_between_commas_is_their_age_and_no_count(text, quote, age):
    quantities = [c for c in claims(text) if c.kind == "quantity"]
    assert [(c.quote, c.value.low, c.value.unit) for c in quantities] == [(quote, age, "years old")]


@pytest.mark.parametrize("text", [
    "In March, 15 people were hurt on the road.",
    "Flights from Gate 12, 14 and 15 were cancelled.",
])
def test_a_number_after_a_month_or_a_name_of_a_place_is_no_age(text):
    assert not [c for c in claims(text) if c.value and c.value.unit == "years old"]


def test_a_figure_in_commas_after_a_name_that_is_no_age_stays_a_claim():
    values = [c.value.text for c in claims("The Red Cross said 67 people were hurt, and Rosa Chunga, the union "
                                           "leader, said 1,200 had fallen ill.") if c.value]
    assert "67" in values and "1,200" in values


@pytest.mark.parametrize("text, figure", [
    ("The city said 911 dispatchers took more than 1,200 calls in two hours.", "more than 1,200"),
    ("Police received about 900 calls to 911 on Wednesday night.", "about 900"),
    ("People were told to dial 999 and 112 operators handled 400 calls.", "400"),
])
def test_an_emergency_line_is_no_figure_but_the_calls_to_it_are(text, figure):
    values = [c.value.text for c in claims(text) if c.kind == "quantity"]
    assert values == [figure]


def test_a_count_that_rises_to_an_emergency_numbers_digits_is_still_a_figure():
    assert [c.value.text for c in claims("The toll rose to 911 on Monday, officials said.") if c.value] == ["911"]


@pytest.mark.parametrize("text, quotes", [
    ("Rangers say they have counted 40 dead fish along the shore, and the largest weighs 12 kg.",
     ["Rangers say they have counted 40 dead fish along the shore", "the largest weighs 12 kg"]),
    ("The inspector said the tank had not been checked since 2019 and that it held about six tonnes of acid.",
     ["The inspector said the tank had not been checked since 2019", "it held about six tonnes of acid"]),
    ("Divers said they had recovered 17 cars, the deepest at 30 metres.",
     ["Divers said they had recovered 17 cars", "the deepest at 30 metres"]),
])
def test_two_figures_in_a_sentence_part_at_the_clause_boundary(text, quotes):
    assert [c.quote for c in claims(text)] == quotes


@pytest.mark.parametrize("text, speakers", [
    ("Turnout: the council says 9,000, the union says close to 20,000.", ["Council", "Union"]),
    ("Injured: police said 31, the hospital says about 50.", ["Police", "Hospital"]),
])
def test_a_later_figure_with_its_own_speaker_is_theirs(text, speakers):
    assert [c.claimant for c in claims(text)] == speakers


@pytest.mark.parametrize("text, value, time", [
    ("A neighbour said the roof came down around 7 o'clock.", "around 7 o'clock", "07:00"),
    ("He said it was just after 10 o'clock.", "just after 10 o'clock", "10:00"),
    ("The siren sounded at 6 o'clock in the evening, residents said.", "6 o'clock in the evening", "18:00"),
])
def test_a_time_on_the_hour_is_a_clock_time(text, value, time):
    assert [(c.value.text, c.value.time) for c in claims(text) if c.kind == "date"] == [(value, time)]


@pytest.mark.parametrize("text, sentences", [
    ("The quake struck at 6:12 a.m. CEST on Wednesday, the institute said.",
     ["The quake struck at 6:12 a.m. CEST on Wednesday, the institute said."]),
    ("The first girls fell ill around 2 a.m. \"Nobody came to help us,\" a pupil said.",
     ["The first girls fell ill around 2 a.m.", "\"Nobody came to help us,\" a pupil said."]),
])
def test_a_time_ending_in_am_keeps_its_zone_and_ends_its_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_a_figures_quote_keeps_the_full_stop_of_am():
    cs = claims("Pupils at the Form Three dormitory said 40 girls fell ill, the first around 2 a.m.")
    assert find(cs, "around 2 a.m.").quote == "the first around 2 a.m."


@pytest.mark.parametrize("text", [
    "A Form Three pupil said the water tasted of diesel for weeks.",
    "Passengers at Terminal Three waited for hours, the airport said.",
])
def test_a_number_word_in_a_name_is_no_figure(text):
    assert not [c for c in claims(text) if c.kind == "quantity"]


def test_a_number_word_in_a_title_case_headline_is_a_figure():
    assert [c.value.text for c in claims("Storm Kills Three In Coastal Town")] == ["Three"]


@pytest.mark.parametrize("text, values", [
    ("The blast killed one worker and injured 12, police said.", ["one", "12"]),
    ("The gondola came loose on Saturday, killing one rider and injuring 14, the agency said.", ["one", "14"]),
    ("The akimat said 47 people were hospitalised and that windows were broken in 1,870 buildings.", ["47", "1,870"]),
])
def test_a_toll_of_one_and_a_count_after_where_it_happened_are_claims(text, values):
    assert [c.value.text for c in claims(text) if c.kind == "quantity"] == values


def test_a_count_of_places_after_a_toll_stays_a_place():
    assert [c.value.text for c in claims("Three people were killed in 12 villages, police said.")] == ["Three"]


def test_a_conversion_past_midnight_in_gmt_is_the_next_day():
    text = "The roof came down at 9:40 p.m. (0240 GMT on Sunday), the fire service said."
    c = next(c for c in claims(text, published=dt.date(2026, 4, 11)) if c.kind == "date")
    assert (c.value.date, c.value.utc) == ("2026-04-11", "2026-04-12T02:40:00Z")


def test_a_quoted_statement_before_a_speakers_added_figure_is_a_claim_of_its_own():
    text = ("\"The sirens sounded at once and everyone got out,\" the mill said, adding that dust levels outside "
            "never exceeded 5 mg per cubic metre.")
    assert [(c.kind, c.claimant) for c in claims(text)] == [("statement", "Mill"), ("quantity", "Mill")]


def test_the_speakers_next_point_after_a_figure_is_a_statement_of_theirs():
    text = ("The quake struck at 4:10 a.m., civil defence chief Ana Lopes told reporters. "
            "Some 40 of the injured are children, she said, and the dam above the town is intact.")
    cs = [c for c in claims(text) if c.kind == "statement"]
    assert [(c.value.text, c.claimant) for c in cs] == [("the dam above the town is intact", "Ana Lopes")]


@pytest.mark.parametrize("text, tz", [
    ("\"It was about 8:20 p.m. San Antonio time,\" she said.", "UTC-05:00"),
    ("The launch came at 3 p.m. Beijing time on Monday.", "UTC+08:00"),
    ("The vote closed at 6 p.m. Washington time.", "UTC-04:00"),
])
def test_a_large_citys_clock_is_its_zone(text, tz):
    assert [c.value.tz for c in claims(text, published=dt.date(2026, 4, 13)) if c.kind == "date"] == [tz]


@pytest.mark.parametrize("note, expected", [
    ("All times are BST (UTC+1).", "+01:00"),
    ("All times GMT.", "+00:00"),
    ("All times are New Zealand time.", "+12:00"),
    ("Times are Monterrey time.", "-06:00"),
    ("All times are Mountain Daylight Time (UTC-6).", "-06:00"),
    ("Times are Orvel time (GMT+3).", "+03:00"),
    ("All times local (GMT+2).", "+02:00"),
    ("Live coverage; times in ET.", "-04:00"),
    # not a note on times
    ("Staff must wear masks at all times in the ward.", ""),
    ("He was fined three times in March.", ""),
])
def test_the_zone_a_live_page_says_its_times_are_in(note, expected):
    from factcheck.extraction import article_zone
    text = f"Live updates on the storm. {note}\n\nThe roof came down at 4:10 p.m."
    assert article_zone(text, dt.date(2025, 6, 3)) == expected


# ----------------------------------------------------------------------------- spans of time
@pytest.mark.parametrize(
    "fragment, text, low, unit",
    [
        ("the climbers reached the summit after 3 days, 7 hours and 30 minutes", "3 days, 7 hours and 30 minutes",
         3.3125, "days"),
        ("the ferry crossing took 2 hours 45 minutes in the storm", "2 hours 45 minutes", 2.75, "hours"),
        ("the hearing lasted nine and a half hours", "nine and a half hours", 9.5, "hours"),
        ("the works will take one and a half years", "one and a half years", 1.5, "years"),
        ("about two and a half million voters stayed home", "about two and a half million", 2_250_000, ""),
    ],
)
def test_a_span_told_in_parts_is_one_figure(fragment, text, low, unit):
    hits = find_quantities(fragment, 0, [])
    assert len(hits) == 1, [h.fields["text"] for h in hits]
    assert hits[0].fields["text"] == text
    assert hits[0].fields["low"] == pytest.approx(low)
    assert hits[0].fields["unit"] == unit


@pytest.mark.parametrize(
    "text, value_text",
    [
        # how long it took, the record and the margin are claims beside the sentence's other figures
        ("The cyclist covered 4,800 km and finished the race in 11 days and 22 hours, the organisers said.",
         "11 days and 22 hours"),
        ("The pair broke the 9-day record set in 2019 by almost 14 hours, the federation said.", "almost 14 hours"),
        ("Judges said 40 horses had started and the winner was two minutes faster than last year.", "two minutes"),
        ("The previous record of 52 days and six hours stood for 12 years, the club said.", "52 days and six hours"),
        # how long a state held
        ("Officials said 120 passengers were stuck on the train for seven hours without water.", "seven hours"),
        ("A relief worker said the 300 families had been cut off for 11 days by the landslide.", "11 days"),
    ],
)
def test_how_long_something_took_lasted_or_was_won_by_is_a_claim(text, value_text):
    find(claims(text), value_text)


def test_a_span_that_dates_or_frames_the_story_is_no_claim_beside_its_figures():
    cs = claims("Two days after the flood, 40 people were still missing, the mayor said.")
    assert [c.value.text for c in cs if c.value] == ["40"]
    cs = claims("Inflation reached 31% in May, the highest for five years, the statistics office said.")
    assert [c.value.text for c in cs if c.value] == ["31%"]


def test_a_group_named_by_its_number_gives_way_to_the_figure_said_of_it():
    # "the four" are the crew counted before; what is said of them is how long they were pinned down
    cs = claims("The skipper said the four had been pinned on the sea anchor for six days by a gale.")
    assert [c.value.text for c in cs if c.value] == ["six days"]


def test_two_figures_across_an_unsplit_full_stop_part_at_the_stop():
    cs = claims('"We had no water for almost two days. There were only four doctors for more than 900 people," '
                "the nurse said.")
    assert find(cs, "four").quote.startswith("There were only four doctors")


def test_a_unit_after_a_qualifier_and_a_is_one_of_it():
    assert find(claims("The mask itself weighs a little over a kilo, the curator said."),
                "a little over a kilo").value.unit == "kg"
    assert find(claims("The outage lasted just under an hour, the company said."), "just under an hour").value.high == 1
    # without a qualifier "a day" is a rate, not a figure
    assert [c.value.text for c in claims("Workers earn $5 a day, the union said.") if c.value] == ["$5"]


def test_lakh_grouping_and_a_share_told_as_one_in_five():
    # "1,80,000" and "4,12,000": the digit grouping of South Asian outlets
    resale = find(claims("Touts were asking as much as Rs 1,80,000 a seat, the fans' club said."),
                  "as much as Rs 1,80,000")
    assert (resale.value.high, resale.value.unit) == (180000, "INR")
    assert find(claims("The Dhaka daily said 4,12,000 voters were turned away."), "4,12,000").value.low == 412000
    # the thousands' grouping is read as before
    assert find(claims("The company said it paid 12,345,678 dollars."), "12,345,678 dollars").value.low == 12345678
    # a share told as a ratio is a percentage; who is counted after "reported by" is not who says so
    dizzy = find(claims("Dizziness was reported by nearly one in five riders, the race doctor said."),
                 "nearly one in five")
    assert (dizzy.value.unit, dizzy.value.high, dizzy.claimant_key) == ("%", 20, "race doctor")
    assert find(claims("Two out of every three members backed the deal, the union said."),
                "Two out of every three").value.low == pytest.approx(66.7)
    # a ratio of times or of hours is no share
    assert not [c for c in claims("The ferry sails one in the morning and one at 6 p.m., the operator said.")
                if c.value and c.value.unit == "%"]


def test_twelve_noon_and_twelve_midnight_are_clock_times():
    opened = find(claims("Bookings opened at 12 noon on Friday (0930 GMT), the operator said."),
                  "12 noon on Friday (0930 GMT)")
    assert (opened.kind, opened.value.time) == ("date", "12:00")
    midnight = find(claims("The bridge closes at twelve midnight, the council said."), "twelve midnight")
    assert midnight.value.time == "00:00"


def test_a_p_value_is_a_figure_of_its_own_and_a_ratio_late_in_a_sentence_keeps_the_figures_before_it():
    p = find(claims("The vaccine cut hospital stays by 1.8 days (p<0.001), the authors said."), "p<0.001")
    assert (p.value.unit, p.value.qualifier, p.value.high) == ("p", "less than", 0.001)
    assert find(claims("A reviewer put it at p = 0.047, not p<0.001."), "p = 0.047").value.low == 0.047
    assert find(claims("The study found a p-value of 0.03, the authors said."), "p-value of 0.03").value.unit == "p"
    both = claims("About 61 percent of riders finished the stage and one in five needed treatment, the doctor said.")
    assert [c.value.text for c in both if c.value] == ["About 61 percent", "one in five"]


def test_a_word_that_begins_with_a_verb_is_not_that_verb():
    # "deadline" is no "dead" and "diesel" no "die": a verb glued to the next word counts only before a capital
    fee = find(claims("The club kept a sell-on of 15 per cent, its lawyer said on deadline night."), "15 per cent")
    assert fee.value.predicate != "killed"
    spill = find(claims("About 4,000 litres of diesel leaked into the harbour, the port said."), "About 4,000 litres")
    assert spill.value.predicate != "killed"
    assert find(claims("Two still missingDistrict police say the search goes on."), "Two").value.predicate == "missing"


def test_currencies_of_central_asia_africa_and_the_pacific_are_money():
    for text, value, unit in [
        ("The ministry put the cost at 1.3 trillion tugriks.", "1.3 trillion tugriks", "MNT"),
        ("The paper said the club paid some 620 billion tomans.", "some 620 billion tomans", "IRT"),
        ("Tickets cost 5,000 CFA francs, the organisers said.", "5,000 CFA francs", "XOF"),
        ("The court fined him 25,000 Jordanian dinars.", "25,000 Jordanian dinars", "JOD"),
        ("The grant was 4.2 million lei, the council said.", "4.2 million lei", "RON"),
        ("The cargo was insured for 340 million Norwegian crowns, the insurer said.", "340 million Norwegian crowns",
         "NOK"),
        ("Each farmer received 12,000 birr, the agency said.", "12,000 birr", "ETB"),
    ]:
        assert find(claims(text), value).value.unit == unit, text
    # a bare "crowns" is no money
    assert find(claims("The jeweller made 40 crowns for the pageant."), "40 crowns").value.unit == "crowns"
    # ... unless the report names whose, or is about a country that counts in them
    oslo = claims("OSLO (Reuters) - The hull cost 340 million Norwegian crowns, the yard said. A rival put it at no "
                  "more than 150 million crowns.")
    assert find(oslo, "no more than 150 million crowns").value.unit == "NOK"


def test_a_spaced_m_is_millions_after_a_currency_and_metres_after_a_word_of_length():
    money = find(claims("The club lost £13.4 m last season, its accounts show."), "£13.4 m").value
    assert (money.unit, money.low) == ("GBP", 13.4e6)
    level = find(claims("The river stood at 6.2 m on Friday, the gauge showed."), "6.2 m").value
    assert (level.unit, level.low) == ("m", 6.2)
    draught = find(claims("Ships may load to a maximum draught of 11.2 m from Monday."), "11.2 m").value
    assert draught.unit == "m"
    # with neither, a spaced "m" is left unread rather than guessed
    assert find(claims("Unemployment hit 2.3 m in May."), "2.3").value.unit == ""


def test_half_told_with_hyphens_and_a_temperature_below_zero():
    deal = find(claims("The striker signed a three-and-a-half-year contract, the club said."), "three-and-a-half-year")
    assert (deal.value.low, deal.value.unit) == (3.5, "years")
    cold = find(claims("The dam was built to withstand minus 40 degrees Celsius, the engineers said."),
                "minus 40 degrees Celsius")
    assert (cold.value.low, cold.value.high, cold.value.unit) == (-40, -40, "°c")
    assert find(claims("Overnight it fell to −12°C in the valley."), "−12°C").value.low == -12
    assert find(claims("A 2-3C rise is expected, the forecaster said."), "2-3C").value.low == 2


def test_the_company_said_after_a_word_in_capitals_does_not_make_that_word_a_company():
    text = ("Baltic Rail Group built the line, according to Baltic Rail. The track was laid to withstand minus 35 "
            "degrees Celsius, the company said in a press release. The company said the work had taken 26 months.")
    months = find(claims(text), "26 months")
    assert months.claimant_key != "celsius"
    assert "baltic" in months.claimant_key


def test_shillings_written_sh_and_feet_glued_to_the_figure():
    for text, value, unit in [
        ("The winner takes home Sh3.9 million in prize money, the federation said.", "Sh3.9 million", "KES"),
        ("Traders paid USh 450,000 for a bag, the union said.", "USh 450,000", "UGX"),
        ("The fine was TSh 2 million, the court said.", "TSh 2 million", "TZS"),
        ("The pass sits 2,600ft above sea level, the guide said.", "2,600ft", "ft"),
        ("The wall is 12ft high, the council said.", "12ft", "ft"),
    ]:
        assert find(claims(text), value).value.unit == unit, text


def test_uzbek_soum_is_money_and_a_size_can_be_bounded_by_a_comparative():
    assert find(claims("The ministry paid 420 million soum for the survey, it said."), "420 million soum").value.unit \
        == "UZS"
    bounded = find(claims("The engineer said the crater was no wider than 90 metres."), "no wider than 90 metres")
    assert bounded.value.qualifier == "up to" and bounded.value.high == 90


def test_a_speed_per_second_is_one_figure_and_a_currency_code_before_a_sum_is_money():
    probe = claims("The agency said the probe struck the moon at 1.7 kilometres per second, a record.")
    speed = find(probe, "1.7 kilometres per second")
    assert speed.value.unit == "km/s"
    assert not [c for c in probe if c.value and c.value.unit == "ordinal"]  # "second" is no ordinal here
    assert find(claims("Gusts reached 32 metres a second on the pass."), "32 metres a second").value.unit == "m/s"
    assert find(claims("The trust paid EUR 4.5 million for the orchard."), "EUR 4.5 million").value.unit == "EUR"
    assert find(claims("The council pays KES 2,000 a day to each volunteer."), "KES 2,000").value.unit == "KES"
    # the short forms of the region's own press: Jordanian dinars, Malaysian ringgit
    owed = find(claims("The ministry owes drugmakers JD 95 million, the union said."), "JD 95 million")
    assert owed.value.unit == "JOD"
    assert find(claims("The state fund lent RM1.2 billion to the airline."), "RM1.2 billion").value.unit == "MYR"
    # a code is written in capitals: "try 5 times" is no Turkish lira
    assert not [c for c in claims("Try 5 times before calling the 40 helpers, the coach said.")
                if c.value and c.value.unit == "TRY"]


def test_a_weight_in_carats_or_grams_is_read_with_its_unit():
    assert find(claims("The miner recovered a 1,080 carat sapphire last week."), "1,080 carat").value.unit == "ct"
    assert find(claims("It weighs 1,080 ct, the company said."), "1,080 ct").value.unit == "ct"
    assert find(claims("Bakers say the 50 g roll now costs more."), "50 g").value.unit == "g"
    assert find(claims("Customs seized 350 grams of heroin at the port."), "350 grams").value.unit == "g"
    # a network's generation is no weight
    masts = claims("The operator switched on 400 5G masts this year.")
    assert not [c for c in masts if c.value and c.value.unit == "g"]


def test_a_time_written_local_is_the_clock_of_the_place_the_report_is_about():
    # a Singapore dateline, a story about Jakarta (UTC+7): 10:00 local time is 03:00 UTC, not 02:00
    text = ("date 2026-05-12\nJakarta opens its first cable car\nSINGAPORE (Wire) - Jakarta's first cable car "
            "carried 1,200 riders on its opening day, the city's transport agency said.\n\n"
            "The line opened at 10:00 local time on Monday and ran until 22:00.\n")
    opened = find(claims(text), "10:00 local time on Monday")
    assert opened.value.tz == "+07:00" and opened.value.utc.endswith("T03:00:00Z")
    # without a place of its own in the lead, the dateline's clock still stands
    plain = ("date 2026-05-12\nCable car opens\nSINGAPORE (Wire) - The city's first cable car carried 1,200 riders on "
             "its opening day, the transport agency said.\n\nThe line opened at 10:00 local time on Monday.\n")
    assert find(claims(plain), "10:00 local time on Monday").value.tz == "+08:00"


def test_a_persons_age_is_a_claim_beside_the_sentences_others():
    text = ("Vaipulu, aged 31, insists there were four seconds left on his clock. "
            "The 24-year-old Tuilagi, rated 2,586, is the first woman to win the open. "
            "A 72-year-old man was found dead in his car, police said. "
            "The regulator said the 25-year-old pipeline had not been inspected since 2019.")
    cs = detect_claims(text)
    ages = {c.value.text: c for c in cs if c.value and c.value.unit == "years old"}
    assert set(ages) == {"aged 31", "24-year-old", "72-year-old"}
    assert ages["aged 31"].quote == "Vaipulu, aged 31" and ages["aged 31"].value.low == 31
    assert ages["24-year-old"].quote == "The 24-year-old Tuilagi"
    assert ages["72-year-old"].quote == "A 72-year-old man" and ages["72-year-old"].claimant_key == "police"
    # the age takes no claim's place: the speaker's seconds, the rating and the death are still claims
    values = {c.value.text for c in cs if c.value}
    assert {"four seconds", "2,586"} <= values
    assert any("found dead" in c.quote and c.kind == "statement" for c in cs)
    # a structure's age dates it, and is no person's
    assert any(c.kind == "date" and c.value.text == "25-year-old" for c in cs)
    # a speaker's own age is the writer's word about them
    assert ages["aged 31"].claimant_key == "outlet"


def test_a_statements_paragraph_numbers_and_an_exchange_rate_are_no_claims():
    text = ("date 2034-02-01\nHARBOUR BOARD\nStatement on the sinking\n\n"
            "1. The ferry sank at 04:10 with 31 people on board.\n\n"
            "2. The board put the cost of the salvage at N$12 million (€1 = N$19.80), of which insurers pay "
            "N$9 million.\n")
    values = [c.value.text for c in detect_claims(text) if c.value]
    assert values == ["04:10", "31", "N$12 million", "N$9 million"]
    salvage = [c for c in detect_claims(text) if c.value and c.value.text == "N$12 million"][0]
    assert salvage.value.unit == "NAD" and salvage.value.low == 12_000_000


def test_an_outlets_subscription_and_comment_boilerplate_is_no_claim():
    text = ("The plant cost $5 million, the ministry said.\n"
            "Support independent science journalism: become a Lagoon Post member from €4 a month.\n"
            "Annual subscription US$890. © 2034 Reef Media.\n"
            "Comments are moderated and may take up to 24 hours to appear.\n")
    assert [c.value.text for c in detect_claims(text) if c.value] == ["$5 million"]


def test_a_surname_alone_is_the_person_named_in_full_before_even_if_not_quoted_there():
    text = ("MAPUTO – The port's director, Lucía Ferreira Matos, on Monday defended the new tariffs. \"We will "
            "collect close to $40 million this year,\" Ferreira told reporters. Later Matos said 120 ships had called.")
    said = {c.value.text: (c.claimant, c.claimant_key) for c in claims(text) if c.value}
    assert said["close to $40 million"] == ("Lucía Ferreira Matos", "lucia ferreira matos")  # accents kept on show
    assert said["120"][1] == "lucia ferreira matos"
    # a company named by one word is no person, however its country is written before it
    firm = claims("UPDATE 1-Jamaica's Halcyon raises its bid\n\nHalcyon said it owns 19.6% of the company.")
    assert find(firm, "19.6%").claimant_key == "halcyon"


def test_a_firm_named_by_two_capitalised_words_is_no_person_and_it_speaks_as_it():
    text = ("The port authority said it would cut sailings. Tidemark Analytics, a tracking firm, counted 143 ships "
            "waiting on Wednesday. At least 50 ships have diverted since January, it said.")
    assert find(claims(text), "At least 50").claimant_key == "tidemark analytics"


def test_whoever_puts_any_noun_at_a_figure_states_it_but_a_bridge_that_gave_way_at_a_time_does_not():
    fee = claims("The striker's agent, Tomas Brandt of Lisbon-based Kestrel Sports, put the agreed fixed fee at closer "
                 "to 8 million euros.")
    assert "agent" in find(fee, "8 million euros").claimant_key or "brandt" in find(fee, "8 million euros").claimant_key
    crop = claims("Kenya's agriculture ministry puts the county's tea crop this year at 48 metric tons.")
    assert "agriculture ministry" in find(crop, "48 metric tons").claimant_key
    bridge = claims("The central span of the bridge on highway B-12 gave way at about 5:20 p.m. on Thursday, the fire "
                    "brigade said.")
    assert find(bridge, "about 5:20 p.m. on Thursday").claimant_key == "fire brigade"


def test_energy_is_read_in_watt_hours():
    for text, value, unit in [
        ("The plant uses 3.1 kilowatt-hours per cubic metre, the company said.", "3.1 kilowatt-hours", "kWh"),
        ("A hydrologist puts it at 4.2 kWh per cubic metre.", "4.2 kWh", "kWh"),
        ("The dam generated 1.2 terawatt-hours in May.", "1.2 terawatt-hours", "TWh"),
    ]:
        assert find(claims(text), value).value.unit == unit, text


def test_he_or_she_is_the_person_the_sentence_before_opens_with_though_not_quoted_there():
    text = ("Marta Okoye of Okoye Minerals, who flew in on Sunday, disagrees with nearly everything. She told me the "
            "main stone weighs more than 5 kilograms.")
    assert find(claims(text), "more than 5 kilograms").claimant_key == "marta okoye"


def test_a_number_of_people_who_spoke_are_the_claimant_and_a_trade_names_who_works_in_it():
    text = "Two shipping agents told the paper that owners expect only 22 sailings a day from April."
    assert find(claims(text), "22").claimant_key == "two shipping agents"
    # a count of things that reported something is still no speaker
    assert find(claims("At least 17 schools have reported outbreaks."), "At least 17").claimant_key == "outlet"


def test_and_says_after_a_clause_is_the_clause_subjects_word():
    text = "The Valley Growers Co-operative has some 400 members, and says pickers earn about $5 a day."
    assert "co-operative" in find(claims(text), "about $5").claimant_key
    # a possessive stays in the subject
    owned = claims("The growers' co-operative has some 400 members in the valley, and says pickers earn about $5 a "
                   "day.")
    assert "co-operative" in find(owned, "about $5").claimant_key


def test_an_acronym_is_the_body_spelled_out_before_it():
    text = ("Portugal's criminal police, the Polícia Judiciária (PJ), said two men were held. The PJ said the "
            "thieves took nine objects.")
    assert find(claims(text), "nine").claimant_key == "policia judiciaria"
    fire = claims("The Metropolitan Fire Service said crews were there. The MFS said the fire burned for 11 hours.")
    assert find(fire, "11 hours").claimant_key == "metropolitan fire service"


def test_a_wait_told_beside_a_count_is_a_claim_of_its_own():
    text = ("A broker counted more than 160 ships waiting at the weekend and said vessels without a booking were "
            "waiting nine days on average.")
    wait = find(claims(text), "nine days")
    assert (wait.value.unit, wait.claimant_key) == ("days", "broker")


def test_an_age_bound_that_defines_a_group_is_no_claim():
    found = claims("The agency said a third of all cases were children under the age of 15, and warned that schools "
                   "would close.")
    assert [c.value.text for c in found if c.value and c.kind == "quantity"] == ["a third"]



def test_millions_stay_millions_and_a_non_breaking_space_before_m_is_read():
    subs = find(claims("Subscribers stood at 4.2m last year, the company said."), "4.2m").value
    assert subs.unit != "m"
    money = find(claims("The club lost £13.4\u00a0m last season."), "£13.4\u00a0m").value
    assert (money.unit, money.low) == ("GBP", 13.4e6)
    # pounds of costs or damages are money, and whoever puts up roadblocks at 14 crossings states no figure
    assert find(claims("The firm paid 40,000 pounds of legal costs."), "40,000 pounds").value.unit == "GBP"
    assert find(claims("Police put up roadblocks at 14 crossings."), "14").claimant_key == "outlet"



def test_a_count_that_now_numbers_a_figure_is_a_claim_but_a_flight_number_is_not():
    assert find(claims("Two more patients died, and confirmed cases now number 17, the officer said."), "17")
    assert not [c for c in claims("Passengers on flight number 17 were delayed.") if c.value and c.value.text == "17"]


@pytest.mark.parametrize("text, figures", [
    ("Tank 4 held 2,460 vials of vaccine, the pharmacy said.", ["2,460"]),
    ("Hangar 7 was hit by three drones, the air force said.", ["three"]),
    # a tank that is 4 metres deep is measured, not numbered; a place's name is no numbered thing
    ("The tank 4 metres deep burst on Sunday, the farm said.", ["4 metres"]),
    ("In Tampa Bay 1,200 homes lost power, the utility said.", ["1,200"]),
    ("At Carnegie Hall 28 seats were empty, staff said.", ["28"]),
])
def test_a_numbered_thing_named_with_a_capital_is_no_figure(text, figures):
    assert [c.value.text for c in claims(text) if c.value and c.kind != "date"] == figures


def test_a_clock_with_a_dot_is_a_time_beside_a_place_or_after_at_and_a_colon_sum_is_money():
    failed = find(claims("The cable failed at 00.37 Finnish time, the operator said."), "00.37 Finnish time")
    assert failed.kind == "date"
    assert find(claims("Border guards boarded the ship at 04.50 on Wednesday."), "04.50 on Wednesday").kind == "date"
    assert find(claims("The tribunal today at 15.20 jailed the former mayor."), "15.20").kind == "date"
    # "2.30" alone is still a figure, not half past two
    assert not [c for c in claims("The index closed at 2.30 on Monday, traders said.") if c.kind == "date" and
                c.value and c.value.text.startswith("2.30")]
    prize = find(claims("The lottery said the jackpot was ₡2,500 million."), "₡2,500 million")
    assert prize.value.unit == "CRC"
    # a line that went dead killed nobody
    assert not [c for c in claims("Phones went dead across the valley at 03.12 Irish time, the operator said.")
                if c.value and c.value.predicate == "killed"]
    # "187 dead vultures": the dead are vultures
    assert find(claims("The ministry counted 187 dead vultures."), "187").value.subject == "vultures"


def test_he_after_a_quote_is_the_analyst_named_with_a_role_and_the_company_is_the_one_named_before():
    text = ("Chief Inspector Ilse Maarten of the Federal Bureau of Investigation said the scar ran 40 km. "
            "Energy analyst Pieter Vandenbrink of Lowland Grid Research said the estimate of €20 million was low. "
            '"Winter repairs cost more than people think. I would put this one nearer €60 million," he said.')
    assert find(claims(text), "€60 million").claimant_key == "pieter vandenbrink"
    ship = ("Chief Inspector Ilse Maarten of the Federal Bureau of Investigation said the scar ran 40 km. "
            "The vessel's manager, Rotterdam-based Noordzee Ship Management, rejected the claims. "
            "The ship carried a crew of 19, the company said.")
    assert find(claims(ship), "19").claimant_key == "noordzee ship management"


@pytest.mark.parametrize("sentence, value, who", [
    ("NZX data showed 3.1 million shares changed hands on the first day.", "3.1 million", "nzx"),
    ("The Financial Markets Authority's website shows the licence was granted on 4 March.", "4 March",
     "financial markets authority"),
    ("Police records show 27 people were arrested at the port.", "27", "police"),
    ("Figures from the Health Ministry show 212 people were admitted to hospital.", "212", "health ministry"),
    # records with no body named, or a body that speaks for itself after them, keep their speaker
    ("Official figures show 212 people were admitted to hospital, the ministry said.", "212", "ministry"),
    ("The data showed 212 people were admitted to hospital.", "212", "outlet"),
])
def test_a_bodys_records_that_show_a_figure_speak_for_the_body(sentence, value, who):
    assert {c.claimant_key for c in detect_claims(sentence) if c.value and c.value.text == value} == {who}


@pytest.mark.parametrize("sentence, value, who", [
    # a note in brackets inside the speaker's title
    ("Yaw Darko, divisional commander (Kaase district) of the Ghana Police Service, said 27 people were arrested.",
     "27", "yaw darko"),
    # a clock inside a relative clause on the speaker
    ("The agency, which announced the case at 18:00 on Monday, reported 0.8 ng/ml in the sample.", "0.8",
     "agency"),
])
def test_a_speaker_described_with_a_note_or_a_clock_is_still_the_speaker(sentence, value, who):
    assert {c.claimant_key for c in detect_claims(sentence) if c.value and c.value.text == value} == {who}


def test_a_long_clause_before_an_inverted_speaker_is_no_appositive():
    text = ("The bus left the road near Kade, the district capital, at around 6:30 a.m. and rolled about 300 metres "
            "down the slope, said Kwame Ofori, a police superintendent.")
    by_value = {c.value.text: c.claimant_key for c in detect_claims(text) if c.value}
    assert by_value["about 300 metres"] == "kwame ofori"


def test_he_is_the_person_named_before_where_they_work():
    text = ("Divisional officer Kofi Badu told reporters that 1,460 structures had been removed.\n\n"
            "High Court lawyer Kojo Asante-Mensah of the Legal Aid Forum said a judge stayed the eviction at 11:40 "
            "a.m. He said he handed the order to the magistrate at 12:05 p.m.")
    by_value = {c.value.text: c.claimant_key for c in detect_claims(text) if c.value}
    assert by_value["12:05 p.m."] == by_value["11:40 a.m."] == "legal aid forum"


# ----------------------------------------------------------------------------- figures written the continental way
@pytest.mark.parametrize("fragment, text, low, unit", [
    # thousands cut by dots, decimals by a comma, as translated releases keep them
    ("The council set the fare at € 2.450.000 a year.", "€ 2.450.000", 2_450_000, ""),
    ("The harvest reached 1.234,5 tonnes.", "1.234,5 tonnes", 1234.5, "t"),
    ("Prices rose 7,2 % in a year.", "7,2 %", 7.2, "%"),
    ("Inflation stood at 3,9 per cent.", "3,9 per cent", 3.9, "%"),
    ("The daily allowance is Gs. 95.000 per day.", "Gs. 95.000", 95_000, "PYG"),
    ("A ticket costs €1.500 this season.", "€1.500", 1500, "EUR"),
    # a full stop after the figure ends the sentence; a scale after a decimal comma; a currency named after it
    ("The club must pay a fine of €40.000.", "€40.000", 40_000, "EUR"),
    ("The regulator put the loss at 12.750.000 lei.", "12.750.000 lei", 12_750_000, "RON"),
    ("Investors were promised €7,5 million.", "€7,5 million", 7_500_000, "EUR"),
    ("The state will add 3,4 milliard FCFA.", "3,4 milliard FCFA", 3_400_000_000, "XAF"),
    ("Each family received 250.000 denars.", "250.000 denars", 250_000, "MKD"),
    ("He was paid a bonus of EUR 75.000 last year.", "EUR 75.000", 75_000, "EUR"),
    # thousands cut by spaces, plain, no-break or thin
    ("The roll lists 2 315 000 voters.", "2 315 000", 2_315_000, ""),
    ("In 2025, 3 300 000 cases were notified.", "3 300 000", 3_300_000, ""),
    ("Each nurse gets 7 500 FCFA a day.", "7 500 FCFA", 7_500, "XAF"),
    ("The camp holds 14\u00a0600 people.", "14\u00a0600", 14_600, ""),
    # ... and English figures stay as they are
    ("Output reached 3.458 million tonnes.", "3.458 million tonnes", 3_458_000, "t"),
    ("The rate was 2.125 per cent.", "2.125 per cent", 2.125, "%"),
])
def test_continental_figures_are_read_as_written(fragment, text, low, unit):
    hits = find_quantities(fragment, 0, [])
    assert [(h.fields["text"], h.fields["low"]) for h in hits] == [(text, low)]
    assert unit in (hits[0].fields["unit"], "") and (not unit or hits[0].fields["unit"] == unit)


@pytest.mark.parametrize("fragment, text, low", [
    ("Seven out of ten farmers have no title to their land.", "Seven out of ten", 70.0),
    ("Nine in 10 households cook with charcoal.", "Nine in 10", 90.0),
])
def test_a_share_told_as_so_many_out_of_so_many(fragment, text, low):
    assert [(h.fields["text"], h.fields["low"], h.fields["unit"]) for h in find_quantities(fragment, 0, [])] == \
        [(text, low, "%")]


@pytest.mark.parametrize("fragment, found", [
    ("He has scored 12 in 20 games this season.", ["12", "20"]),  # goals in games, no share
    ("The lawyer filed Motion N° 1.947 on Monday.", []),
    ("A basic basket for a family of four costs more.", []),
    # no figure after another one, a month or a list's number runs into the next
    ("On June 4 120 people were evacuated.", ["4", "120"]),  # the date is taken apart before
    ("Call the desk on +233 30 555 0192 for details.", []),
])
def test_a_record_a_list_number_and_a_familys_size_are_no_shares_or_counts(fragment, found):
    assert [h.fields["text"] for h in find_quantities(fragment, 0, [])] == found


def test_a_currency_written_short_with_a_point_does_not_end_the_sentence():
    text = "The fee rose to Rs. 500 on Monday. The minimum is Gs. 2.950.000 a month."
    assert [text[a:b] for a, b in split_sentences(text)] == ["The fee rose to Rs. 500 on Monday.",
                                                             "The minimum is Gs. 2.950.000 a month."]


def test_a_newsletters_list_of_key_figures_holds_claims_and_a_list_of_headlines_none():
    text = ("CEDI WEEKLY · Accra\n\nThe cocoa price rose again this week.\n\nKey numbers:\n"
            "• Farm-gate price: ₵3,100 a bag, up from ₵2,800\n"
            "• The board says 410,000 farmers will be paid by March\n"
            "• Floods Kill 12 In Tamale\n")
    by_value = {c.value.text: c for c in claims(text) if c.value}
    assert by_value["₵3,100"].value.unit == "GHS"
    assert by_value["410,000"].claimant_key == "board"
    assert "12" not in by_value


def test_a_speaker_inside_a_relative_clause_speaks_for_that_clause_alone():
    text = ("The new fare of 450 shillings came into force on Monday, ending a consultation that drivers said was "
            "rigged from the start.")
    by_value = {c.value.text: c.claimant_key for c in claims(text) if c.value}
    assert by_value["450 shillings"] == "outlet"


@pytest.mark.parametrize("sentence, value, who", [
    # a side's offer or demand in a pay round is that side's figure
    ("The Kenya Union of Teachers had demanded a rise of 30 per cent.", "30 per cent", "kenyan union of teachers"),
    ("Employers had offered 5.5 per cent.", "5.5 per cent", "employers"),
    ("Nurses sought a 12 per cent rise before the strike.", "12 per cent", "nurses"),
    # a statistics office that "puts" a figure at a sum in a currency of its own sign
    ("The Ghana Statistical Service puts the monthly food basket at ₵2,400 for a household.", "₵2,400",
     "ghanaian statistical service"),
])
def test_a_sides_offer_or_an_offices_estimate_is_its_claim(sentence, value, who):
    assert {c.claimant_key for c in detect_claims(sentence) if c.value and c.value.text == value} == {who}


def test_a_releases_place_and_date_line_gives_the_clock_of_its_times():
    from factcheck.extraction import article_zone
    text = ("MINISTRY OF TRADE\nPress release No. 12/2031\n\nNairobi, 3 March 2031\n\n"
            "The Cabinet Secretary signed the order at 22:15 on Monday.")
    assert article_zone(text, dt.date(2031, 3, 3)) == "+03:00"


@pytest.mark.parametrize("head, day, expected", [
    # a weekday before the date, and the release's time and update stamp after it
    ("HÖFN FISHERIES\nPRESS RELEASE · Reykjavik, 12 June 2035 · 18:10", dt.date(2035, 6, 12), "+00:00"),
    ("CITY HALL\nPRESS RELEASE · Noumea, Saturday 10 February 2035 · 13:00 · UPDATED 19:30",
     dt.date(2035, 2, 10), "+11:00"),
])
def test_a_release_line_with_a_weekday_and_stamps_still_gives_its_clock(head, day, expected):
    from factcheck.extraction import article_zone
    assert article_zone(f"{head}\n\nThe ferry left at 08:35 on Saturday.\n", day) == expected


@pytest.mark.parametrize("country, day, expected", [
    # countries with one clock all year, and those the zone database gives summer time to
    ("Iceland", dt.date(2035, 6, 12), "+00:00"),
    ("Fiji", dt.date(2035, 1, 12), "+12:00"),
    ("Laos", dt.date(2035, 1, 12), "+07:00"),
    ("Israel", dt.date(2035, 7, 12), "+03:00"),
    ("Israel", dt.date(2035, 1, 12), "+02:00"),
    ("Paraguay", dt.date(2035, 1, 12), "-03:00"),
])
def test_a_report_about_a_one_clock_country_gives_its_times_in_that_clock(country, day, expected):
    from factcheck.extraction import article_zone
    text = (f"The plant in {country} stopped work at 17:45 on Tuesday. Officials in {country} said the checks "
            f"would take a week, and shops across {country} cleared their shelves.")
    assert article_zone(text, day) == expected


def test_a_country_with_summer_time_gives_no_clock_without_a_day():
    from factcheck.places import utc_offset
    assert (utc_offset("iceland"), utc_offset("israel")) == ("+00:00", "")


@pytest.mark.parametrize("text, values", [
    # a number that ends a product's name is no figure
    ("Skyr 2 is sold in 180 shops across Iceland, the company said.", ["180"]),
    ("The dairy recalled its Skyr 2 follow-on formula on Tuesday.", []),
    ("The Falcon 9 rocket lifted off with 22 satellites.", ["22"]),
    # a place's name before a count, or a scale's step, leaves the figure a figure
    ("In Kharkiv 12 died and 40 were hurt, officials said.", ["12", "40"]),
    ("In Gaza 30 people were killed overnight, officials said.", ["30"]),
    ("A Category 5 hurricane hit the coast, forecasters said.", ["5"]),
    ("Only 16 booking slots will be offered each day.", ["16"]),  # a sentence's first word is seldom a name
    # the whole a part is counted against is no figure of its own
    ("Three samples out of 40 tested positive, the lab said.", ["Three"]),
    ("Officials said 40 people moved out of 12 homes.", ["40", "12"]),
    ("The Ministry's 186 inspectors will visit more than 1,500 farms.", ["186", "more than 1,500"]),
])
def test_a_number_in_a_products_name_or_a_parts_whole_is_no_figure(text, values):
    assert [c.value.text for c in claims(text) if c.value and c.kind != "statement"] == values


@pytest.mark.parametrize("text, value, low, high", [
    # the scale written once, after the range's second figure, is the first figure's too
    ("The operator puts the repair at €35–50 million.", "€35–50 million", 35e6, 50e6),
    ("The bill will come to $35 to $50 million, he said.", "$35 to $50 million", 35e6, 50e6),
    ("Between 3 and 4 billion people were affected, the report said.", "Between 3 and 4 billion", 3e9, 4e9),
    # a first figure larger than the second's own number keeps its own size
    ("Between 500 and 2 million people were affected, the report said.", "Between 500 and 2 million", 500, 2e6),
])
def test_a_ranges_scale_word_covers_both_its_figures(text, value, low, high):
    v = find(claims(text), value).value
    assert (v.low, v.high) == pytest.approx((low, high))


# ----------------------------------------------------------------------------- court reports
@pytest.mark.parametrize("text, value", [
    ("A Nairobi court on Tuesday sentenced the former governor to 12 years in prison, his lawyer said.", "12 years"),
    ("The contractor was jailed for six years and his firm fined 2 million shillings.", "six years"),
    ("The court convicted the treasurer, who got three years and four months.", "three years and four months"),
])
def test_a_term_in_prison_is_a_claim_beside_the_sentences_other_figures(text, value):
    assert find(claims(text), value).value.unit == "years"


def test_a_figure_spelt_out_again_in_brackets_is_read_once():
    cs = claims("The tribunal found 4 (four) of the 6 (six) accused guilty and jailed the first accused for "
                "2 (two) years and 6 (six) months.")
    assert [c.value.text for c in cs if c.value] == ["4", "6", "2 (two) years and 6 (six) months"]
    assert find(cs, "2 (two) years and 6 (six) months").value.low == 2.5


def test_an_age_in_brackets_after_a_name_is_a_persons_age_but_a_partys_seats_are_not():
    age = find(claims("The driver, Ana Petrovska (41), was taken to hospital."), "(41)").value
    assert (age.low, age.unit) == (41, "years old")
    assert not [c for c in claims("The Social Democrats (41) and the Green Left (12) lost seats.")
                if c.value and c.value.unit == "years old"]


# ----------------------------------------------------------------------------- mastheads, wire datelines
def test_a_masthead_above_the_headline_is_no_claim_and_the_headline_still_is():
    text = ("date 2031-05-14LAGOS TRIBUNE · Wednesday, 14 May 2031 · Business & Labour\n"
            "Dock workers' strike idles 40 ships at Apapa\n\n"
            "About 40 ships were waiting off Apapa on Wednesday, the port authority said.\n")
    cs = detect_claims(text, published=dt.date(2031, 5, 14))
    assert [c.value.text for c in cs] == ["40", "About 40"]  # the headline's figure, then the story's
    assert "Wednesday, 14 May 2031" not in [c.value.text for c in cs]


@pytest.mark.parametrize("line, story", [
    ("LISBON, May 14 (PNA) -Portugal's dock workers began", "Portugal's dock workers began"),
    ("SANTIAGO/VALPARAISO, 3 March (ANS) – Chile's copper output fell", "Chile's copper output fell"),
    ("QUITO, Ecuador, Jan 9, 2032 (EPA) - Ecuador's oil exports fell", "Ecuador's oil exports fell"),
])
def test_a_wire_dateline_with_its_date_is_cut_from_the_first_sentence(line, story):
    text = f"Headline of the story\n\n{line} by 12 per cent in April, officials said.\n"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences[1].startswith(story)
    cs = detect_claims(text, published=dt.date(2032, 5, 14))
    assert [c.value.text for c in cs if c.kind == "date"] == []


def test_a_hyphen_glued_to_a_capital_is_no_dateline():
    text = "Headline\n\nUN-backed forces took 300 prisoners on Monday, the army said.\n"
    assert [text[a:b] for a, b in split_sentences(text)][1].startswith("UN-backed forces")


def test_a_local_paper_that_names_its_capital_gives_its_times_in_the_capitals_clock():
    from factcheck.extraction import article_zone
    text = ("NAIROBI STAR · Metro\nMatatu strike: commuters walk\n\n"
            "The strike began at 5am, and by noon Nairobi's bus stations were empty. Traders in central Nairobi said "
            "takings had halved. Rosario Wanjiku, a nurse, walked for two hours.\n")
    assert article_zone(text, dt.date(2031, 5, 14)) == "+03:00"
    # a capital named once, or a first name that is another clock's city, does not set the clock
    assert article_zone("The strike began at 5am. Rosario Wanjiku said Nairobi was quiet.", dt.date(2031, 5, 14)) == ""
    # the capital read after a word that opens a sentence, or inside a larger place's name
    text = "Matatus stopped at 5am. In Nairobi the stations were empty, and Greater Nairobi's schools shut."
    assert article_zone(text, dt.date(2031, 5, 14)) == "+03:00"


def test_a_country_named_last_in_a_bodys_name_still_counts_for_the_zone():
    from factcheck.extraction import article_zone
    text = ("The outage began at 7.42pm on Friday. Bank Negara Malaysia said it was watching, and the Consumers "
            "Association of Malaysia called for compensation.")
    assert article_zone(text, dt.date(2034, 8, 26)) == "+08:00"


def test_the_first_scheduled_service_that_left_on_a_weekday_left_before_the_release():
    # published on a Sunday: "on Saturday" is the day before, "scheduled" before a noun looks forward to nothing
    text = "The first scheduled passenger ferry left Mombasa at 07:00 on Saturday, the operator said."
    (c,) = [c for c in claims(text, published=dt.date(2031, 11, 16)) if c.kind == "date"]
    assert c.value.date == "2031-11-15"
    text = "The ferry is scheduled to leave Mombasa at 07:00 on Saturday, the operator said."
    (c,) = [c for c in claims(text, published=dt.date(2031, 11, 16)) if c.kind == "date"]
    assert c.value.date == "2031-11-22"


def test_a_common_noun_in_the_headline_is_not_who_the_story_quotes():
    text = ("Shares in Lakeside Bank slide; regulator demands report\n\n"
            "Shares in Lakeside Bank Ltd fell 4 per cent on Monday. The bank said services were restored at 2110 GMT "
            "on Friday.\n")
    (c,) = [c for c in detect_claims(text, published=dt.date(2034, 8, 28)) if c.kind == "date"]
    assert "regulator" not in c.claimant_key


def test_a_concession_names_no_claimant():
    text = ("Mayor Ana Ruiz said about 700 people left their homes on the night of the leak, and that the order "
            "stayed in place until noon on Wednesday, whatever police say.")
    cs = claims(text, published=dt.date(2031, 3, 6))
    assert {c.claimant for c in cs if c.value and c.value.text.startswith(("about 700", "noon"))} == {"Ana Ruiz"}
    assert find(claims("The road stayed shut until noon, police say."), "noon").claimant_key == "police"


def test_the_homes_of_people_counted_are_a_claim_and_the_places_of_a_toll_are_not():
    # "4,500 residents in 1,300 households": both are counts the city gives
    cs = claims("About 4,500 residents in 1,300 households were told to leave before the blast, the city said.")
    assert find(cs, "1,300").value.subject == "households"
    assert find(cs, "About 4,500").value.subject == "residents"
    # "killed in 12 villages": where the dead were, not a count of its own
    assert [c.value.text for c in claims("Three people were killed in 12 villages.") if c.value] == ["Three"]


def test_who_tells_a_measured_figure_is_its_claimant_before_who_measured_it():
    c = find(claims("Inspectors measured 41 milligrams per litre at the outflow, chief inspector Ona Vaitkute told "
                    "reporters."), "41 milligrams per litre")
    assert "vaitkute" in c.claimant_key, c.claimant_key


@pytest.mark.parametrize("text, figure, unit", [
    # a span's own adjective stays in the span: "12 Earth days", "ten working days", "three full weeks"
    ("The probe is built to work for about 12 Earth days, the agency said.", "about 12 Earth days", "days"),
    ("The council has ten working days to reply, the minister said.", "ten working days", "days"),
    ("The ward was shut for three full weeks, the health board said.", "three full weeks", "weeks"),
])
def test_a_span_with_an_adjective_is_still_a_span(text, figure, unit):
    assert find(claims(text), figure).value.unit == unit


# ----------------------------------------------------------------------------- round 62
@pytest.mark.parametrize("text, value_text, low", [
    ("The pension fund's return for the year was minus 3.4 per cent, the board said.", "minus 3.4 per cent", -3.4),
    ("Overnight the thermometer at the pass read minus 31.", "minus 31", -31),
    ("The index ended the week at −2.1%.", "−2.1%", -2.1),
])
def test_a_figure_below_zero_keeps_its_sign(text, value_text, low):
    assert find(claims(text), value_text).value.low == low


def test_plus_or_minus_is_a_margin_not_a_figure_below_zero():
    hits = find_quantities("The poll has a margin of error of plus or minus 3 percentage points.", 0, [])
    assert [h.fields["low"] for h in hits] == [3]


@pytest.mark.parametrize("text, value_text, low, unit", [
    # one more of them is a count ("a fourth victim"); a share told as a fraction stays a share
    ("Police said a fourth victim died in hospital on Sunday.", "fourth", 4, "ordinal"),
    ("A third of the homes in the valley were flooded.", "A third", 33.3, "%"),
    ("Nearly a fifth were children, the agency said.", "Nearly a fifth", 18.0, "%"),
])
def test_a_seventh_team_is_counted_and_a_third_of_the_homes_is_a_share(text, value_text, low, unit):
    c = find(claims(text), value_text)
    assert (c.value.low, c.value.unit) == (low, unit)


def test_a_number_word_in_a_place_name_is_no_count():
    cs = claims("Ana Ruiz of Two Harbors, Minnesota, won the title by 12 points.")
    assert [c.value.text for c in cs if c.value] == ["12"]


@pytest.mark.parametrize("text, zone", [
    ("The polls closed at 8 p.m. Eastern Standard Time on Tuesday.", "UTC-05:00"),
    ("The ferry sailed at 9 a.m. British Summer Time.", "UTC+01:00"),
    ("The quake struck at 3:12 a.m. Indian Standard Time.", "UTC+05:30"),
    ("The vote ended at 11:30 p.m. Yukon Time on Friday.", "UTC-07:00"),
])
def test_a_zone_written_out_in_full_gives_its_offset(text, zone):
    c = next(c for c in claims(text) if c.kind == "date")
    assert c.value.tz == zone


def test_a_clock_and_its_zone_in_words_stay_in_one_sentence():
    text = "The ferry docked at 11:48 p.m. Yukon Time on Monday. Nobody was hurt."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The ferry docked at 11:48 p.m. Yukon Time on Monday.", "Nobody was hurt."]


@pytest.mark.parametrize("text, value_text, subject", [
    # a release's list of figures, one to a line: the label says what the figure counts
    ("FLOOD AT A GLANCE\n- Villages cut off: 14\n- Relief camps in the district: 23\n", "23", "relief camps"),
    ("Boats at the start: 41\n", "41", "boats"),
    # a group told by how many it holds
    ("The farmer drove a 12-horse team across the river.", "12", "horses"),
])
def test_a_fact_sheet_label_and_a_groups_size_say_what_is_counted(text, value_text, subject):
    assert find(claims(text), value_text).value.subject == subject


def test_a_headline_with_a_colon_is_no_fact_sheet_line():
    c = find(claims("Ferry sinks: dozens missing as storm hits the strait\n\nThe ferry sank on Monday."), "dozens")
    assert c.value.subject != "ferry"


@pytest.mark.parametrize("text, value_text, low, unit", [
    # what the reading rules above must leave alone
    ("Okafor turned 40 km of dirt road into a highway.", "40 km", 40, "km"),
    ("The Hawks turned 14 turnovers into 21 points.", "14", 14, ""),
    ("A third want the prime minister to resign, the poll found.", "A third", 33.3, "%"),
    ("The budget, minus 40 staff, will be cut in June.", "40", 40, ""),
    ("The economy shrank last year, with growth of minus 0.5 per cent.", "0.5 per cent", 0.5, "%"),
])
def test_turning_a_figure_a_poll_fraction_and_a_subtraction_are_read_as_before(text, value_text, low, unit):
    c = find(claims(text), value_text)
    assert (c.value.low, c.value.unit) == (low, unit)


def test_a_label_that_counts_nothing_and_a_squads_size_are_no_subjects():
    assert find(claims("Wind speed: 120\n"), "120").value.subject != "wind"
    assert find(claims("The coach named a 23-man squad for the tour."), "23").value.subject != "mans"


@pytest.mark.parametrize("text, value_text, low", [
    # one more found or taken is counted; a reading below zero before its scale's name keeps its sign
    ("Divers found a sixth body near the weir on Sunday.", "sixth", 6),
    ("Detectives arrested a third suspect on Friday morning.", "third", 3),
    ("The thermometer fell to minus 18 Celsius overnight.", "minus 18", -18),
])
def test_one_more_found_and_a_reading_below_zero_before_its_scale(text, value_text, low):
    assert find(claims(text), value_text).value.low == low


@pytest.mark.parametrize("text, value_text, key", [
    # when a speaker spoke is the writer's report of the act; what it said will happen is its claim
    ("The electoral commission announced at 9pm on Sunday that counting would resume at 7am on Monday.",
     "9pm on Sunday", "outlet"),
    ("The electoral commission announced at 9pm on Sunday that counting would resume at 7am on Monday.",
     "7am on Monday", "electoral commission"),
    # a body that put results online did not state a figure by doing so
    ("The exams board put the grades online at 8.30pm local time on Tuesday.", "8.30pm local time on Tuesday",
     "outlet"),
    # ... but a rate it gave is its own
    ("The exams board gave a national pass rate of 71.4 per cent.", "71.4 per cent", "exams board"),
    # a time the speaker gave as its content stays its own
    ("Police said 11pm was when the shooting began.", "11pm", "police"),
])
def test_when_a_body_spoke_is_the_writers_and_what_it_gave_is_its_own(text, value_text, key):
    found = {c.value.text: c.claimant_key for c in claims(text) if c.value}
    assert found[value_text] == key


def test_what_was_reported_to_a_body_names_no_speaker():
    found = {c.value.text: c.claimant_key for c in claims(
        "Catches reported to the Authority total 8,300 tonnes. The ministry reported to parliament that 40 boats "
        "were idle. The agency reported in its weekly bulletin there were 12 new cases. A further 120 deaths were "
        "recorded by hospitals and are included in the total.") if c.value}
    assert found["8,300 tonnes"] == "outlet"
    assert found["40"] == "ministry"
    assert found["12"] == "agency"
    assert found["120"] == "hospitals"


@pytest.mark.parametrize("text, value_text, utc", [
    # conversions after a slash inside the brackets, the day after resolved from the date before them
    ("The ferry docked at 23.10 local time on Monday 4 March (04.10 GMT / 05.10 CET on Tuesday).",
     "23.10 local time on Monday 4 March (04.10 GMT / 05.10 CET on Tuesday)", "2024-03-05T04:10:00Z"),
    # "today" and "this" between a clock and its conversion or its day
    ("Polls close at 8pm today (0100 GMT Wednesday).", "8pm today (0100 GMT Wednesday)", "2024-03-13T01:00:00Z"),
    ("The border reopened at 6.15am Turkish time this Tuesday.", "6.15am Turkish time this Tuesday",
     "2024-03-12T03:15:00Z"),
])
def test_a_clock_with_its_conversions_and_its_day_is_one_time(text, value_text, utc):
    hit = next(h for h in find_dates(text, 0, PUB) if h.fields["text"] == value_text)
    assert hit.fields["utc"] == utc


def test_a_conversion_alone_in_brackets_ends_at_its_zone():
    assert [h.fields["text"] for h in find_dates("The talks open at 10.00 island time (16.00 CET).", 0, PUB)] == \
        ["16.00 CET"]


def test_a_time_is_quoted_with_what_happened_then():
    quotes = [c.quote for c in claims("About 300 fans waited in the rain when the team bus pulled up at 11.20pm on "
                                      "Saturday.")]
    assert quotes == ["About 300 fans waited in the rain when the team bus", "pulled up at 11.20pm on Saturday"]
    # a figure keeps its own verb
    assert [c.quote for c in claims("Twelve people were killed at 3pm on Monday.")] == \
        ["Twelve people were killed", "at 3pm on Monday"]


def test_fans_who_came_are_a_crowd_and_a_singers_fans_an_audience():
    found = {c.value.text: c.score for c in claims("About 300 fans waited at the gate at 6pm on Friday. The singer, "
                                                   "who has about 2 million fans, arrived at 11.20pm on Saturday.")}
    assert "About 300" in found
    assert "about 2 million" not in found


def test_a_speaker_in_a_later_clause_of_time_speaks_only_for_it():
    found = {c.value.text: c.claimant_key for c in claims(
        "The border closed at 6pm on Friday, after the army warned that 30 fighters had crossed.") if c.value}
    assert found["6pm on Friday"] == "outlet"
    assert found["30"] == "army"
    # a toll raised after a speaker spoke is that speaker's
    found = {c.value.text: c.claimant_key for c in claims(
        "The death toll rose to 57 on Tuesday after health officials said three more victims had died.") if c.value}
    assert found["57"] == "health officials"
    # a speaker who closes the sentence still says all of it
    found = {c.value.text: c.claimant_key for c in claims(
        "Forty homes were flooded after the river rose 3 metres, the council said.") if c.value}
    assert found["Forty"] == found["3 metres"] == "council"


@pytest.mark.parametrize("text, value_text", [
    ("The strike has lasted barely six weeks, the union said.", "six weeks"),
    ("After nine days of searching, divers found 12 more bodies.", "nine days"),
])
def test_how_long_something_lasted_is_a_claim_beside_the_counts(text, value_text):
    assert value_text in {c.value.text for c in claims(text) if c.value}


@pytest.mark.parametrize("text, value_text, unit", [
    ("The MP said the exam had cost Ar 58 billion.", "Ar 58 billion", "MGA"),
    ("The dam cost Br 12 billion to build.", "Br 12 billion", "ETB"),
])
def test_the_ariary_and_the_birr_are_currencies(text, value_text, unit):
    hit = next(h for h in find_quantities(text, 0, []) if h.fields["text"] == value_text)
    assert hit.fields["unit"] == unit


def test_a_race_time_is_how_long_it_took_and_a_clock_to_the_second_keeps_its_zone():
    found = {c.value.text: c for c in claims("Wanjiru won the women's race in 2:23:18, a course record, the "
                                             "organisers said. The men's winner went through halfway in 1:03:40.")}
    assert set(found) == {"2:23:18", "1:03:40"}
    assert found["2:23:18"].kind == "quantity" and found["2:23:18"].value.unit == "hours"
    assert round(found["2:23:18"].value.low * 3600) == 2 * 3600 + 23 * 60 + 18
    assert not [h for h in find_dates("She won in 2:23:18 on Sunday.", 0, PUB) if h.fields.get("time")]
    hit = next(h for h in find_dates("The quake struck at 02:06:41 UTC on Monday.", 0, PUB) if h.fields.get("time"))
    assert (hit.fields["text"], hit.fields["time"], hit.fields["tz"]) == ("02:06:41 UTC on Monday", "02:06", "UTC")
    # a clock read to the second, by its two-figure hour or the words before it
    for text, time in (("The rocket lifted off at approximately 9:32:17.", "09:32"), ("14:05:22 Police said the road "
                       "was shut.", "14:05"), ("It was felt between 2:06:41 and 2:07:10.", "02:06")):
        assert time in [h.fields.get("time") for h in find_dates(text, 0, PUB)], text


def test_a_fact_sheets_label_stays_with_its_first_figure():
    found = {c.value.text: c for c in claims("THE RESERVE IN FIGURES\n- Core area: 52,000 hectares, made up of 30,000 "
                                             "hectares of wetland and 22,000 hectares of grassland\n- Buffer zone: "
                                             "90,000 hectares\n")}
    assert found["52,000 hectares"].quote == "Core area: 52,000 hectares"
    assert found["30,000 hectares"].quote.startswith("made up of 30,000")
    assert found["90,000 hectares"].quote == "Buffer zone: 90,000 hectares"
    police = next(c for c in claims("Police: 12 dead after the bridge collapsed.") if c.value.text == "12")
    assert police.claimant_key == "police"


def test_a_results_table_without_bullets_is_read_line_by_line():
    text = ("Kelling by-election: Okafor holds the seat\n\n"
            "The returning officer declared the result at 01:10 on Friday.\n\nRESULTS\nElectors: 40,215\n"
            "Ballots cast: 12,884 (turnout 32.0 per cent)\nOkafor: 6,102\nLindqvist: 5,911 (46.2 per cent of valid "
            "votes)\nRejected: 71\n\nRelated\nKruger park: 2 rangers hurt by elephant\nShares: 845\nWatch: 1:58\n\n"
            "More news\nKenya: 12 dead in floods\nGaza: 40 killed overnight\nRead time: 4 min\nGallery: 12 photos\n\n"
            "Cheapest fuel: 1.72 a litre\n")
    found = {c.value.text: c.quote for c in claims(text) if c.value}
    assert found["40,215"] == "Electors: 40,215"
    assert found["12,884"] == "Ballots cast: 12,884"
    assert found["32.0 per cent"] == "turnout 32.0 per cent"
    assert found["6,102"] == "Okafor: 6,102" and found["71"] == "Rejected: 71"
    assert found["46.2 per cent"] == "46.2 per cent of valid votes"
    # related stories' headlines, counters, a clip's length, and a line like a table's that stands alone
    assert not {"2", "845", "1:58", "12", "40", "4 min", "1.72"} & set(found)


@pytest.mark.parametrize("text, value_text, speaker", [
    # a plural present verb before "about" and a figure still says it
    ("Officials in Kisumu say about 4,000 people were moved to higher ground.", "about 4,000", "officials"),
    ("Police allege that the gang took about £3 million from pensioners.", "about £3 million", "police"),
    # a forecast is its maker's
    ("Lena Berg, an analyst at Nordkap Securities, expects no more than 900 new jobs, because the yard is small.",
     "no more than 900", "lena berg"),
    # a figure someone speaks of is theirs
    ("Finland's government has spoken of 12,000 tonnes of grain.", "12,000 tonnes", "finnish government"),
    ("The fishermen's union speaks of 40 boats lost.", "40", "fishermen union"),
    # a relative clause with a time in brackets still hangs on the speaker
    ("Port director Amaru Quispe, who cut the ribbon at 10:00 local time (1500 GMT) on Monday, said the dock "
     "would handle 2 million tonnes a year.", "2 million tonnes", "amaru quispe"),
])
def test_speakers_of_plural_verbs_forecasts_and_figures_spoken_of(text, value_text, speaker):
    assert find(claims(text), value_text).claimant_key == speaker


def test_who_is_only_spoken_to_or_forecast_for_is_no_speaker():
    found = {c.value.text: c.claimant_key for c in claims(
        "He spoke to reporters about the 300 families. The village, about 25 km (16 miles) north of the city, said "
        "40 homes had flooded.") if c.value}
    assert found["300"] == "outlet" and found["40"] == "outlet"
    # talks and reports are no speakers, whatever follows them
    for text, value in (("Negotiators held marathon talks of more than 20 hours.", "more than 20 hours"),
                        ("Media reports about 200 missing migrants have alarmed officials.", "about 200")):
        assert find(claims(text), value).claimant_key == "outlet", text
    # an "according to" names the speaker before a forecast verb does
    found = {c.value.text: c.claimant_key for c in claims(
        "The company expects the festival to gross $8 million, according to its founder, Ines Duarte.") if c.value}
    assert found["$8 million"] == "ines duarte"


def test_each_item_of_a_list_shares_the_verb_its_last_item_carries():
    found = {c.value.text: c.value.predicate for c in claims(
        "Some 3,100 litres of diesel, some 40 rifles and €90,000 in cash were seized, and two officers were hurt.")
        if c.value}
    assert found["Some 3,100 litres"] == found["some 40"] == found["€90,000"] == "captured"
    assert found["two"] == "wounded"
    # an item with its own verb keeps it
    found = {c.value.text: c.value.predicate for c in claims(
        "In all, 40 boats sank, 12 cars and 30 trucks were destroyed.") if c.value}
    assert found["40"] == "" and found["12"] == found["30"] == "destroyed"


def test_a_degree_sign_before_a_full_stop_is_no_initial():
    quotes = [c.quote for c in claims("Crews worked through the night. It was −14 °C. The pass, 2,100 metres up, "
                                      "has been shut since 1998.")]
    assert "It was −14 °C." in quotes


def test_a_local_paper_gives_its_bare_times_on_its_citys_clock():
    from factcheck.extraction import article_zone
    text = ("THE NAIROBI COURIER\nFriday 3 May 2030\n\nRiverside market fire\n\nIKOTA —Fire crews reached the market "
            "shortly after 2am and had the blaze out by 6am.\n")
    assert article_zone(text, dt.date(2030, 5, 3)) == "+03:00"
    # a paper named after no capital gives none
    assert article_zone(text.replace("NAIROBI COURIER", "DELTA COURIER"), dt.date(2030, 5, 3)) == ""


@pytest.mark.parametrize("text, value_text, unit", [
    ("The 12-hectare farm was sold.", "12-hectare", "ha"),
    ("They bought a 30-acre site.", "30-acre", "acres"),
    ("A 5,000-litre tank burst.", "5,000-litre", "l"),
    ("It fell into a 500-gallon drum.", "500-gallon", "gal"),
    # a count before the adjective is its own figure
    ("They filled 40 200-litre drums.", "200-litre", "l"),
])
def test_an_area_or_a_volume_told_as_an_adjective_keeps_its_unit(text, value_text, unit):
    hit = next(h for h in find_quantities(text, 0, []) if h.fields["text"] == value_text)
    assert hit.fields["unit"] == unit


@pytest.mark.parametrize("text, value_text, speaker", [
    # a figure told by someone's count is theirs
    ("The new stadium has cost $2.3 billion by the opposition's count.", "$2.3 billion", "opposition"),
    ("By police count, 12,000 people marched through Porto.", "12,000", "police"),
    ("The march drew 9,000 people, according to the union's count.", "9,000", "union"),
    ("The port authority said 3 cranes failed. By its own count, 14 ships were delayed.", "14", "port authority"),
    # "pointed out that" says it
    ("Mayor Ana Ruiz said 5 homes flooded. She pointed out that 23 roads were closed.", "23", "ana ruiz"),
    # a ministry named for two fields is one body
    ("The Ministry of Science and Technology said 40 labs had shut.", "40", "science and technology ministry"),
    ("The Department of Fisheries and Oceans said 12 whales were stranded.", "12", "fisheries and oceans department"),
    # "the bank" is the bank named before, not a hyphenated surname of the spokesman before it
    ("A Banco Austral branch in Maputo was robbed overnight, police said. Police spokesman Insp. Carlos Nhaca-Mondlane "
     "said 4 guards were tied up. The bank said 2 million meticais was taken.", "2 million meticais", "banco austral"),
])
def test_figures_told_by_someones_count_and_bodies_named_with_and(text, value_text, speaker):
    assert find(claims(text), value_text).claimant_key == speaker


def test_nobodys_count_and_what_is_pointed_to_name_no_speaker():
    for text, value in (("By some counts, 900 homes were lost.", "900"),
                        ("By any measure, 40 roads closed.", "40"),
                        ("She pointed to 40 roads closed on the map.", "40")):
        assert find(claims(text), value).claimant_key == "outlet", text
    # "by our estimate" and the paper's own name are the outlet's voice
    text = ("KORSHAVN NEWS · Tuesday\n\nPolice said 3 drivers died. By our estimate, some 250,000 people left their "
            "homes. By Korshavn's count, the pen held around 180,000 fish.")
    assert find(claims(text), "some 250,000").claimant_key == "outlet"
    assert find(claims(text), "around 180,000").claimant_key == "outlet"
    # "by its count" after a named speaker in the same sentence is that speaker's
    assert find(claims("The port authority said 3 cranes failed. Herders Relief puts the herd at 14 million, so by its "
                       "count the frost has killed about 1.5 per cent of it."), "about 1.5 per cent").claimant_key == \
        "herders relief"
    # a day's count is nobody's, and a body and a country joined by "and" stay two
    assert find(claims("By Tuesday's count, 45 people had died."), "45").claimant_key == "outlet"
    assert find(claims("The Ministry of Defence and Ukraine said 40 drones fell."), "40").claimant_key == "ukraine"
    # "Russia and Ukraine" stays two names
    assert find(claims("Russia and Ukraine said 5 people died."), "5").claimant_key == "ukraine"
