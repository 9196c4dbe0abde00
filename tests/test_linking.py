"""Facts and links as imports arrive: what is suggested, and what a reviewer decided stays decided."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db.models import Q

from factcheck.importing import detect_article_claims, import_text
from factcheck.linking import link_claims
from factcheck.models import Claim, Link

pytestmark = pytest.mark.django_db

GOVERNOR = ("date 2025-05-02\nFloods in Doruna\nAt least 120 people were killed in the floods in Doruna province, "
            "the provincial governor said.\n")
AID_GROUP = "date 2025-05-03\nAid group toll\nThe Red Crescent said more than 300 people died in the Doruna floods.\n"
REVISION = ("date 2025-05-04\nToll revised\nThe provincial governor said on Sunday that 140 people had died in the "
            "floods in Doruna.\n")
OTHER_EVENT = "date 2025-05-03\nFire at a depot\nFirefighters said a blaze at a fuel depot in Harlow killed 2 workers.\n"


def claim_with(value_text):
    return Claim.objects.get(value_text=value_text)


def claim_in(source_name, value_text):
    return Claim.objects.get(article__source_name=source_name, value_text=value_text)


def link_between(a, b):
    return Link.objects.filter(from_claim__in=[a, b], to_claim__in=[a, b]).exclude(from_claim=a, to_claim=a)


def test_a_second_report_is_linked_to_the_first_on_one_fact():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    import_text(AID_GROUP, source_name="aid.txt", outlet="Evening Star")
    gov, red = claim_with("At least 120"), claim_with("more than 300")
    assert gov.fact_id == red.fact_id
    link = link_between(gov, red).get()
    assert link.relation == "contradicts" and link.origin == "detected"
    assert "at least 120" in link.reason.lower() and "more than 300" in link.reason.lower()
    assert link.status == "suggested", "a contradiction is never confirmed without a reviewer"
    assert Claim.objects.get(pk=gov.pk).state == "disputed"


def test_the_same_source_raising_its_figure_updates():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    import_text(REVISION, source_name="revision.txt", outlet="Wire")
    link = link_between(claim_with("At least 120"), claim_with("140")).get()
    assert link.relation == "updates"


def test_another_event_is_not_linked():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    import_text(OTHER_EVENT, source_name="depot.txt", outlet="Evening Star")
    assert not Link.objects.exists()
    assert claim_with("2").fact_id != claim_with("At least 120").fact_id


def test_a_rejected_suggestion_never_comes_back():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    import_text(AID_GROUP, source_name="aid.txt", outlet="Evening Star")
    gov, red = claim_with("At least 120"), claim_with("more than 300")
    link_between(gov, red).update(status=Link.Status.REJECTED)

    import_text(REVISION, source_name="revision.txt", outlet="Wire")
    call_command("match_claims", verbosity=0)
    link_claims(Claim.objects.for_matching())

    links = link_between(gov, red)
    assert [(link.status, link.relation) for link in links] == [("rejected", "contradicts")]
    assert Claim.objects.get(pk=red.pk).state != "disputed" or link_between(red, claim_with("140")).exists()


def test_a_confirmed_link_survives_redetection_and_new_imports():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    article = import_text(AID_GROUP, source_name="aid.txt", outlet="Evening Star").article
    gov, red = claim_with("At least 120"), claim_with("more than 300")
    link = link_between(gov, red).get()
    link.status = Link.Status.CONFIRMED
    link.save()

    detect_article_claims(article)
    link_claims(article.claims.for_matching())
    import_text(REVISION, source_name="revision.txt", outlet="Wire")
    call_command("match_claims", verbosity=0)

    link.refresh_from_db()
    assert link.status == "confirmed" and {link.from_claim_id, link.to_claim_id} == {gov.pk, red.pk}


def test_a_hand_made_link_is_kept_when_matching_runs_again():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    import_text(OTHER_EVENT, source_name="depot.txt", outlet="Evening Star")
    assert not Link.objects.exists()
    by_hand = Link.objects.create(from_claim=claim_with("2"), to_claim=claim_with("At least 120"),
                                  relation="corroborates", origin=Link.Origin.MANUAL, status=Link.Status.CONFIRMED)
    call_command("match_claims", verbosity=0)
    assert Link.objects.filter(pk=by_hand.pk, status="confirmed").exists()


def test_a_toll_that_does_not_say_whose_joins_its_claimants_fact_not_the_soldiers():
    import_text(
        "date 2025-10-04\nMissiles hit market in Tarnova\nMissiles struck the central market of Tarnova on Saturday, "
        "killing 16 civilians, regional governor Lena Moravec said. The army said two soldiers were killed by a drone "
        "at a checkpoint outside the town.\n",
        source_name="wire.txt", outlet="Wire")
    import_text(
        "date 2025-10-05\nTarnova toll rises\n\"We now count 23 dead,\" Governor Moravec told reporters in Tarnova on "
        "Sunday. The general staff said three soldiers had died at the checkpoint.\n",
        source_name="paper.txt", outlet="Paper")
    civilians, soldiers, unspecified = claim_with("16"), claim_with("two"), claim_with("23")
    assert unspecified.fact_id == civilians.fact_id != soldiers.fact_id
    assert link_between(unspecified, civilians).get().relation == "updates"
    assert not link_between(unspecified, soldiers).exists()
    assert link_between(claim_with("three"), soldiers).get().relation == "contradicts"


def test_a_toll_that_does_not_say_whose_is_not_its_claimants_count_of_children_among_the_dead():
    import_text(
        "date 2025-10-04\nHospital fire in Barlo\nFire swept through the children's ward of Barlo General on "
        "Saturday. The Barlo Medical Association (BMA) said six babies died in the neonatal unit. Health officials "
        "said 12 patients were killed.\n", source_name="live.txt", outlet="Live")
    import_text(
        "date 2025-10-05\nBarlo toll\nThe Barlo Medical Association counts 19 dead in the fire at Barlo General.\n",
        source_name="paper.txt", outlet="Paper")
    babies, toll, whole = claim_with("six"), claim_with("12"), claim_with("19")
    assert whole.fact_id == toll.fact_id != babies.fact_id
    assert not link_between(whole, babies).exists()  # one body's six babies and its 19 dead are two counts


def test_articles_weeks_apart_get_facts_of_their_own():
    import_text(GOVERNOR, source_name="governor.txt", outlet="Daily Post")
    later = AID_GROUP.replace("2025-05-03", (dt.date(2025, 5, 3) + dt.timedelta(days=120)).isoformat())
    import_text(later, source_name="aid.txt", outlet="Evening Star")
    assert claim_with("At least 120").fact_id != claim_with("more than 300").fact_id
    assert not Link.objects.exists()


HOTEL_TENANTS = ("date 2025-05-02\nHotel fire in Marlow\nMARLOW - Fire swept through the Riverside Hotel in Marlow "
                 "on Friday. Guests said they had complained about the smell of smoke for weeks.\n")
HOTEL_OWNER = ("date 2025-05-03\nHotel owner speaks\nThe owner of the Riverside Hotel said no complaint about the "
               "wiring was ever received.\n")
HOTEL_OTHER = ("date 2025-05-03\nFire at a depot\nFirefighters in Harlow said residents had complained about the "
               "depot for years.\n")


def test_a_complaint_and_its_denial_compete_and_group_by_their_answer(reviewer_client):
    import_text(HOTEL_TENANTS, source_name="guests.txt", outlet="Daily Post")
    import_text(HOTEL_OWNER, source_name="owner.txt", outlet="Evening Star")
    guests = Claim.objects.get(value_text__startswith="they had complained")
    owner = Claim.objects.get(value_text__startswith="no complaint")
    assert guests.fact_id == owner.fact_id and "warnings or complaints" in guests.fact.title
    link = link_between(guests, owner).get()
    assert link.relation == "contradicts" and link.status == "suggested"
    body = reviewer_client.get(f"/facts/{guests.fact_id}/").content.decode()
    assert "says yes" in body and "says no" in body


def test_statements_on_another_event_in_another_town_are_not_linked():
    import_text(HOTEL_TENANTS, source_name="guests.txt", outlet="Daily Post")
    import_text(HOTEL_OTHER, source_name="depot.txt", outlet="Evening Star")
    guests = Claim.objects.get(value_text__startswith="they had complained")
    depot = Claim.objects.get(value_text__startswith="residents had complained")
    assert guests.fact_id != depot.fact_id and not link_between(guests, depot).exists()


# Two reports of one mine collapse: the wire names the town, the live blog only the place of a disaster
# of years ago, but both name the same company, spokesman, rescuers and governor.
MINE_WIRE = ("date 2025-09-12\nKestova mine collapse\nKESTOVA, Sept 12 (Reuters) - A tunnel at the Dunmere Colliery "
             "near Kestova caved in at about 4:10 a.m. on Friday, trapping miners, the Ravenna Mining Company said. "
             "Company spokesman Piotr Adamek said 14 miners were trapped. Mine rescue chief Halina Brzeska and "
             "the Silesian Rescue Service said teams from Gorlice and Tarnak were drilling towards them. Governor "
             "Marek Sowa said 11 had been brought out alive.\n")
MINE_BLOG = ("date 2025-09-13\nLive: trapped miners\nPiotr Adamek, spokesman for the Ravenna Mining Company, now says "
             "16 miners were trapped when the tunnel came down. Halina Brzeska, who leads the "
             "Silesian Rescue Service teams from Gorlice and Tarnak, says drilling goes on. Governor Marek Sowa "
             "is at the pithead. It is the worst accident since 1974, when 40 miners died in Ostrava.\n")
MINE_LOCAL = ("date 2025-09-13\nDunmere: the night shift\nThe methane explosion that brought the Dunmere Colliery "
              "tunnel down happened at 1:50 a.m. on Friday, night-shift foreman Jan Wilk told the Kestova Courier. "
              "The Ravenna Mining Company, Piotr Adamek, Halina Brzeska, the Silesian Rescue Service, Governor "
              "Marek Sowa and crews from Gorlice and Tarnak were at the pithead all day.\n")
STRIKE_SAME_TOWN = ("date 2025-09-12\nBus drivers walk out in Kestova\nKestova's bus drivers went on strike at "
                    "6 a.m. on Friday over pay, the Kestova transport union said.\n")


def test_reports_of_one_story_share_a_fact_though_one_names_another_place():
    import_text(MINE_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(MINE_BLOG, source_name="blog.txt", outlet="Live Desk")
    assert claim_with("14").fact_id == claim_with("16").fact_id
    assert link_between(claim_with("14"), claim_with("16")).get().relation == "updates"


def test_one_happening_dated_with_another_word_is_one_question():
    # the wire's tunnel "caved in", the local paper's "explosion" brought it down: one moment, two times
    import_text(MINE_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(MINE_LOCAL, source_name="local.txt", outlet="Kestova Courier")
    wire, local = claim_with("about 4:10 a.m. on Friday"), claim_with("1:50 a.m. on Friday")
    assert wire.fact_id == local.fact_id
    assert link_between(wire, local).exists()


MINE_STREET = ("date 2025-09-13\nDunmere collapse\nThe tunnel on Marsh Lane caved in at 1:30 a.m. on Friday, said "
               "Halina Brzeska of the Silesian Rescue Service. Piotr Adamek of the Ravenna Mining Company, Governor "
               "Marek Sowa and teams from Gorlice and Tarnak were at the Dunmere Colliery pithead.\n")


def test_one_story_s_claims_meet_though_one_names_the_street_and_the_other_the_town():
    # "near Kestova" against "on Marsh Lane": on one event's fact, a street and its town are one place
    import_text(MINE_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(MINE_STREET, source_name="street.txt", outlet="Kestova Courier")
    wire, street = claim_with("about 4:10 a.m. on Friday"), claim_with("1:30 a.m. on Friday")
    assert wire.fact_id == street.fact_id
    assert link_between(wire, street).exists()


MINE_ABROAD = ("date 2025-09-13\nMiners trapped in Poland\nRelatives in Chicago said the blast that brought the tunnel "
               "near Kestova down came at 1:50 a.m. on Friday, Polish time. The Ravenna Mining Company and the "
               "Silesian Rescue Service have not commented.\n")


def test_a_short_report_from_the_same_town_dates_the_happening_with_few_names_in_common():
    # a foreign outlet's blast and the wire's cave-in: one place and a few names make one story
    import_text(MINE_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(MINE_ABROAD, source_name="abroad.txt", outlet="Lakeshore Radio")
    wire, abroad = claim_with("about 4:10 a.m. on Friday"), claim_with("1:50 a.m. on Friday")
    assert wire.fact_id == abroad.fact_id
    assert link_between(wire, abroad).exists()


def test_the_time_of_another_event_in_the_same_town_is_not_joined():
    import_text(MINE_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(STRIKE_SAME_TOWN, source_name="strike.txt", outlet="Kestova Courier")
    strike = claim_with("6 a.m. on Friday")
    assert claim_with("about 4:10 a.m. on Friday").fact_id != strike.fact_id
    assert not Link.objects.filter(Q(from_claim=strike) | Q(to_claim=strike)).exists()


# The same figure in two reports of one story, though neither says what it counts in words a fact is read from
NAMES = ("The Ravenna Mining Company, Piotr Adamek, Halina Brzeska, the Silesian Rescue Service, Governor Marek Sowa "
         "and crews from Gorlice and Tarnak were at the Dunmere Colliery pithead.")
SHIFT_WIRE = ("date 2025-09-12\nKestova mine collapse\nThe Ravenna Mining Company said 212 miners had gone down for "
              f"the night shift at the Dunmere Colliery. Rescuers found five miners alive. {NAMES}\n")
SHIFT_LOCAL = ("date 2025-09-13\nDunmere: the night shift\nThe shift register lists 212 men, union official Jan Wilk "
               f"told the Kestova Courier. Five crews were drilling. {NAMES}\n")
OTHER_STORY = ("date 2025-09-13\nFerry delayed in Harlow\nThe Harlow ferry company said 212 passengers had waited "
               "for six hours on the quay at Port Selby on Friday.\n")


def test_two_reports_giving_one_specific_figure_are_linked():
    import_text(SHIFT_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(SHIFT_LOCAL, source_name="local.txt", outlet="Kestova Courier")
    wire, local = claim_in("wire.txt", "212"), claim_in("local.txt", "212")
    link = link_between(wire, local).get()
    assert link.relation == "corroborates" and link.status == "suggested"
    assert "same figure" in link.reason and link.score < 0.6
    assert Claim.objects.get(pk=local.pk).state == "corroborated"
    # "five" is too common a figure to say two reports count one thing
    assert not link_between(claim_with("five"), claim_with("Five")).exists()


# One question worded alike in two reports of one story: the royalty, read as a share in one and as the royalty's
# share in the other. The reports are found as the story's by a question they both answer (the jobs).
ROYALTY_WIRE = ("date 2025-09-12\nParliament approves copper mine\nThe state will take a royalty of 5.5 per cent on "
                "the value of the ore, the Ravenna Mining Company said. The mine will create 400 jobs, the company "
                f"said. {NAMES}\n")
ROYALTY_LOCAL = ("date 2025-09-13\nDunmere mine: the small print\nThe mine will pay a 4.5 per cent royalty, union "
                 "official Jan Wilk told the Kestova Courier. He expects no more than 300 jobs. "
                 f"{NAMES}\n")


def test_two_reports_naming_one_figure_alike_are_linked():
    import_text(ROYALTY_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(ROYALTY_LOCAL, source_name="local.txt", outlet="Kestova Courier")
    wire, local = claim_in("wire.txt", "5.5 per cent"), claim_in("local.txt", "4.5 per cent")
    link = link_between(wire, local).get()
    assert link.relation == "contradicts" and link.status == "suggested"
    assert "royalty" in link.reason and link.score < 0.6
    # made again, not twice, when matching runs again
    call_command("match_claims", verbosity=0)
    assert link_between(wire, local).count() == 1


def test_the_same_figure_in_another_story_is_not_linked():
    import_text(SHIFT_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(OTHER_STORY, source_name="ferry.txt", outlet="Harlow Echo")
    assert not Link.objects.exists()


def test_a_rejected_echo_stays_rejected_when_matching_runs_again():
    import_text(SHIFT_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(SHIFT_LOCAL, source_name="local.txt", outlet="Kestova Courier")
    wire, local = claim_in("wire.txt", "212"), claim_in("local.txt", "212")
    link_between(wire, local).update(status=Link.Status.REJECTED)
    call_command("match_claims", verbosity=0)
    assert [link.status for link in link_between(wire, local)] == ["rejected"]


def test_an_echo_is_made_again_when_matching_runs_again():
    import_text(SHIFT_WIRE, source_name="wire.txt", outlet="Wire")
    import_text(SHIFT_LOCAL, source_name="local.txt", outlet="Kestova Courier")
    call_command("match_claims", verbosity=0)
    link_claims(Claim.objects.for_matching())
    assert link_between(claim_in("wire.txt", "212"), claim_in("local.txt", "212")).count() == 1


def _full_report(date, headline, names, body):
    roll = ", ".join(f"{first} {last}" for first, last in names)
    return f"date {date}\n{headline}\n{body}\nAmong those who spoke to reporters were {roll}.\n"


HAIL = _full_report("2025-08-07", "Hail batters prairie city", [
    ("Brent", "Halvorsen"), ("Priya", "Sandhu"), ("Dana", "Kowalchuk"), ("Kyle", "Brandt"), ("Helen", "Osei"),
    ("Omar", "Haddad"), ("Tara", "McLeod"), ("Gord", "Wiebe")],
    "Paramedics said 23 people were injured when the storm hit.")
MARATHON = _full_report("2025-08-08", "Heat stops city marathon", [
    ("Javier", "Montalban"), ("Lucia", "Prieto"), ("Elena", "Vidal"), ("Andres", "Molina"), ("Ruben", "Castano"),
    ("Nuria", "Esteve"), ("Fernando", "Galindo"), ("Pablo", "Ruiz")],
    "Medics said 150 people were injured in the heat.")


def test_a_figure_in_a_report_of_another_story_is_neither_on_its_fact_nor_linked():
    import_text(HAIL, source_name="hail.txt", outlet="Prairie Post")
    import_text(MARATHON, source_name="marathon.txt", outlet="Costa Daily")
    hail, race = claim_with("23"), claim_with("150")
    assert hail.fact.key == race.fact.key == "wounded|people"  # one question, two stories
    assert hail.fact_id != race.fact_id
    assert not link_between(hail, race).exists()


TUGS_COASTGUARD = ("date 2025-10-07\nFreighter aground off Porto Velho\nSix tugs were trying to pull the freighter free "
                   "off Porto Velho on Tuesday, the coastguard said.\n")
TUGS_SALVORS = ("date 2025-10-08\nSalvage at Porto Velho\nThe salvage firm said ten tugs had been deployed to refloat the "
                "freighter off Porto Velho.\n")


@pytest.mark.parametrize("first, second", [(TUGS_COASTGUARD, TUGS_SALVORS), (TUGS_SALVORS, TUGS_COASTGUARD)])
def test_a_count_whose_verb_is_not_read_is_linked_to_the_counted_verb_whichever_comes_first(first, second):
    import_text(first, source_name="first.txt", outlet="Wire")
    import_text(second, source_name="second.txt", outlet="Coast Daily")
    six, ten = claim_with("Six"), claim_with("ten")
    assert six.fact_id != ten.fact_id  # two keys, one question
    assert link_between(six, ten).get().relation == "contradicts"


def test_a_place_of_the_fact_is_found_in_another_report_as_a_word_not_inside_one():
    # a fact placed at "Sea" (a coast) is not the story of a report that mentions a "researcher"
    from factcheck.linking import same_event
    from factcheck.models import Fact
    fact = Fact(key="when|event", places="sea|starodubskoye")
    assert not same_event(fact, {"hetauda"}, "a crowd researcher said the stairway was too narrow")
    assert same_event(fact, {"hetauda"}, "anglers from starodubskoye said the ice broke")
    # a capital is in its country, and a report from it is in the country a fact was placed in
    assert same_event(Fact(key="savings|money", places="ecuador"), {"quito"}, "the station will close")
    assert same_event(Fact(key="savings|money", places="quito"), {"ecuador"}, "the station will close")
    assert not same_event(Fact(key="savings|money", places="peru"), {"quito"}, "the station will close")
    # ... but not a capital's name another country's city also has
    assert not same_event(Fact(key="savings|money", places="chile"), {"santiago"}, "the station will close")


GEYSER_VILLAGE = ("date 2026-03-02\nGeyser wakes near Husavik\nThe geyser at Husavik erupted at 6:10 a.m. on Sunday, "
                  "said Sigrun Olafsdottir of the Northern Volcano Office, the first eruption of the winter in "
                  "Iceland. Guides from Husavik and Akureyri watched from the Skjalfandi ridge, and the Trust "
                  "counted the column at 40 metres.\n")
GEYSER_ISLAND = ("date 2026-03-04\nIceland geyser\nThe Northern Volcano Office and its head, Sigrun Olafsdottir, say "
                 "the geyser in Iceland first erupted at 7:30 a.m. on Sunday. Visitors to Iceland paid 2,000 kronur a "
                 "ticket to watch from the Skjalfandi ridge.\n")


def test_a_report_naming_the_country_meets_one_that_named_the_town_it_also_names():
    # the island report places its time in Iceland, the village report's facts are placed at Husavik; the village
    # report names Iceland too, and the two share a few names: one story in one place
    import_text(GEYSER_VILLAGE, source_name="village.txt", outlet="North Post")
    import_text(GEYSER_ISLAND, source_name="island.txt", outlet="Island Weekly")
    village, island = claim_with("6:10 a.m. on Sunday"), claim_with("7:30 a.m. on Sunday")
    assert village.fact_id == island.fact_id
    assert link_between(village, island).exists()
