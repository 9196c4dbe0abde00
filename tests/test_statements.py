"""Statements without a figure: which question of the story each answers, and its answer."""

from __future__ import annotations

import pytest

from factcheck.matching.statements import CAUSE, FIRED_FIRST, KILLER, NO, ORIGIN, STARTED, YES, read_statement


@pytest.mark.parametrize(
    "content, sentence, question, answer",
    [
        # warnings and complaints before the event, and their denial
        ("tenants had complained about the smell of smoke for days", None, "warnings", YES),
        ("no complaint about the wiring was ever received", None, "warnings", NO),
        ("the management never received any warning from the inspectors", None, "warnings", NO),
        ("cracks had appeared in the pillars months before", None, "warnings", YES),
        ("the hotel had been warned about its fire exits", "The hotel denied that the hotel had been warned about its fire exits.",
         "warnings", NO),
        # advice after the event is no warning before it: it says whether it is safe to go out
        ("residents were warned to stay indoors until the smoke clears", None, "safe to go outside", NO),
        ("the water is safe to drink again, the utility said", None, "safe to drink the water", YES),
        ("people should not swim at the beaches near the outflow", None, "safe to swim", NO),
        ("the bridge is safe", None, None, None),
        ("the report on the warnings would be published next month", None, None, None),
        # speeding
        ("the coach was going far too fast on the bend", None, "speeding", YES),
        ("the lorry was within the speed limit", None, "speeding", NO),
        ("the bus was within the limit", None, "speeding", NO),
        ("the driver had kept to the speed restrictions", None, "speeding", NO),
        ("the coach was going far faster than the limit", None, "speeding", YES),
        ("the budget stayed within the limit", None, None, None),
        # whether it is treated as a crime
        ("the fire is not being treated as suspicious", None, "suspicious", NO),
        ("detectives are treating the blaze as suspicious", None, "suspicious", YES),
        ("the driver was not speeding", None, "speeding", NO),
        # control of the situation
        ("the blaze is now under control", None, "control", YES),
        ("the fire is still raging on the upper floors", None, "control", NO),
        ("Nothing is under control at the camp", None, "control", NO),
        # permits
        ("the extra storeys were built illegally", None, "permits", NO),
        ("the club had all the required licences", None, "permits", YES),
        ("a licensed electrician checked the hall last year", None, None, None),
        # a distress call
        ("the captain sent a distress signal at dawn", None, "distress call", YES),
        ("no mayday was heard by the tower", None, "distress call", NO),
        # force
        ("soldiers opened fire on the crowd", None, "lethal force", YES),
        ("troops used only rubber bullets and water cannon", None, "lethal force", NO),
        ("officers used non-lethal force throughout", None, "lethal force", NO),
        ("police fired tear gas and live ammunition", None, "lethal force", YES),
        # the weather, unless the story is a storm
        ("visibility was good and the sea was calm", None, "weather", NO),
        ("there was thick fog over the runway", None, "weather", YES),
        # a leak
        ("gas is still escaping from the ruptured main", None, "leak", YES),
        ("the leak has been plugged", None, "leak", NO),
        # the response
        ("the ambulances took hours to arrive", None, "response delay", YES),
        ("rescue boats were dispatched immediately", None, "response delay", NO),
        ("flights were delayed by the ash", None, None, None),
        # the target
        ("the depot was a legitimate military target", None, "target", YES),
        ("only civilian homes were hit", None, "target", NO),
        # fraud
        ("the count was rigged in three provinces", None, "fraud", YES),
        ("the vote was free and fair", None, "fraud", NO),
        # the alarm: sirens, fire alarms; an ambulance's siren is no alarm
        ("the fire alarm went off on every floor", None, "alarm", YES),
        ("the tsunami sirens never reached the harbour district", None, "alarm", NO),
        ("we never heard a siren", None, "alarm", NO),
        ("the smoke detectors and alarms were broken", None, "alarm", NO),
        # tear gas and water cannon: force on a crowd, a question of its own unless live fire is named
        ("police fired tear gas into the crowd", None, "crowd force", YES),
        ("no tear gas was used", None, "crowd force", NO),
        ("officers used water cannon on the marchers", None, "crowd force", YES),
        ("police used tear gas, not live rounds", None, "lethal force", NO),
        ("ambulance sirens wailed through the night", None, None, None),
        # closures, keyed by what was closed; an activity names the place it needs
        ("the mountain path had been closed since the first tremors", None, "closed trail", YES),
        ("hiking was banned a week before", None, "closed trail", YES),
        ("nobody told us the path was closed", None, "closed trail", NO),
        ("trekking permits were still being issued", None, "closed trail", NO),
        ("the bridge should have been closed to lorries years ago", None, "closed bridge", NO),
        ("police shut the motorway at noon", None, "closed road", YES),
        ("the inquiry was closed", None, None, None),
        # told to leave before the event is a warning; demands in a siege or a kidnapping
        ("we had asked families on the upper slope to move out", None, "warnings", YES),
        ("nobody told us to leave", None, "warnings", NO),
        ("the kidnappers demanded a ransom", None, "demands", YES),
        ("the gunmen made no demands at any point", None, "demands", NO),
        ("families demanded answers from the council", None, None, None),
        ("power demand peaked at noon", None, None, None),
        # a closure wherever the closed thing is, and however many were closed
        ("schools on the islands remain open", None, "closed school", NO),
        ("the district closed four primary schools", None, "closed school", YES),
        ("the border remains open to anyone fleeing the fighting", None, "closed border", NO),
        # whether those in charge were told
        ("the company notified the port health authorities on Saturday evening", None, "informed", YES),
        ("her office was not informed until Monday morning", None, "informed", NO),
        ("we learned about the leak from the news", None, "informed", NO),
        ("nobody from the weather office picked up the phone to call us", None, "informed", NO),
        ("the families of the victims have been informed", None, None, None),
        # statements about nothing we ask
        ("the families deserve answers", None, None, None),
        ("we are doing everything we can", None, None, None),
    ],
)
def test_a_statement_answers_one_question(content, sentence, question, answer):
    reading = read_statement(content, sentence or content)
    assert (reading.question if reading else None, reading.answer if reading else None) == (question, answer)


@pytest.mark.parametrize(
    "content, answer, named",
    [
        ("the fire was caused by a faulty heater in the kitchen", YES, "faulty"),
        ("the derailment was triggered by a broken rail", YES, "broken"),
        ("investigators suspect arson", YES, "arson"),
        ("police have ruled out foul play", NO, "foul"),
        ("it began as a quarrel over unpaid wages", YES, "quarrel"),
    ],
)
def test_a_cause_is_what_the_statement_names(content, answer, named):
    reading = read_statement(content, content)
    assert reading.question == CAUSE and reading.answer == answer and reading.head.startswith(named[:6])


@pytest.mark.parametrize(
    "content",
    [
        "schools were closed due to the smoke",  # the cause of a closure, not of the story
        "the cause was not immediately known",  # no answer yet
    ],
)
def test_a_cause_of_something_else_or_not_yet_known_is_none(content):
    reading = read_statement(content, content)
    assert reading is None or reading.question != CAUSE


def test_a_journey_began_where_its_statement_names():
    reading = read_statement("the dinghy had set off from Misrata on Monday night", "the dinghy had set off from Misrata")
    assert reading.question == ORIGIN and reading.answer == YES and reading.detail == frozenset({"misrat"})


def test_the_weather_is_no_question_in_a_storm_story():
    assert read_statement("strong winds tore the roof off", "strong winds tore the roof off", weather_story=True) is None


def test_a_complaint_after_the_event_is_no_warning_before_it():
    assert read_statement("residents complained that aid was slow to reach them", "x") is None or \
        read_statement("residents complained that aid was slow to reach them", "x").question != "warnings"
    assert read_statement("residents complained twice to the council about the wiring", "x").question == "warnings"


@pytest.mark.parametrize("content", ["the bridge collapsed because of corrosion in its cables",
                                     "the old span gave way due to years of neglect"])
def test_what_made_the_story_happen_is_its_cause(content):
    assert read_statement(content, content).question == CAUSE


@pytest.mark.parametrize("content, answer, side", [
    ("the hostages were killed by police bullets", YES, "state forces"),
    ("the protesters were shot dead by soldiers", YES, "state forces"),
    ("the two hostages were killed by the gunmen", YES, "attackers"),
    ("the victims were not killed by police fire", NO, "state forces"),
])
def test_who_killed_the_victims_is_the_side_the_statement_names(content, answer, side):
    r = read_statement(content, content)
    assert (r.question, r.answer, r.head) == (KILLER, answer, side)


@pytest.mark.parametrize("content, answer", [
    ("a cyberattack cannot be ruled out", YES),
    ("the minister is not ruling out a cyberattack", YES),
    ("there is no evidence of a cyberattack", NO),
])
def test_a_cause_not_ruled_out_is_still_named(content, answer):
    r = read_statement(content, content)
    assert (r.question, r.answer) == (CAUSE, answer)


@pytest.mark.parametrize("content, answer, place", [
    ("preliminary findings suggest the fire originated in the boiler room and spread upwards", YES, {"boiler", "room"}),
    ("the blaze appears to have started in a third-floor flat", YES, {"third", "floor", "flat"}),
    ("the fault originated outside the national grid", NO, {"national", "grid"}),
])
def test_where_the_event_started_is_the_place_the_statement_names(content, answer, place):
    r = read_statement(content, content)
    assert (r.question, r.answer) == (STARTED, answer)
    assert {w[:6] for w in place} <= r.detail


@pytest.mark.parametrize("content", ["the strike began on Monday", "the festival started in the evening",
                                     "the unrest broke out in March"])
def test_a_time_after_began_is_no_place(content):
    r = read_statement(content, content)
    assert r is None or r.question != STARTED


@pytest.mark.parametrize("content, side", [
    ("the gunmen fired first", "attackers"),
    ("the police started shooting first, then the men fired back", "state forces"),
    ("the attackers opened fire on officers as they moved in", "attackers"),
])
def test_who_fired_first_is_the_side_the_statement_names(content, side):
    r = read_statement(content, content)
    assert (r.question, r.head) == (FIRED_FIRST, side)


@pytest.mark.parametrize("content, answer", [
    # papers and licences: valid or expired, standards met or not, whatever the wording
    ("all our papers were valid", YES),
    ("the bus company's operating licence had expired in March", NO),
    ("the crate did not meet the safety standard", NO),
    ("the load was packed in line with all regulations", YES),
    ("the ferry's safety certificate was revoked last year", NO),
])
def test_papers_valid_or_expired_answer_whether_permits_were_in_order(content, answer):
    r = read_statement(content, content)
    assert (r.question, r.answer) == ("permits", answer)


@pytest.mark.parametrize("content, answer", [
    # whether police held the scene before it happened
    ("there was not a single policeman there", NO),
    ("no officers were present when the crowd surged", NO),
    ("officers tried to push the crowd back", YES),
    ("his officers cordoned off the area", YES),
])
def test_whether_police_held_the_scene(content, answer):
    r = read_statement(content, content)
    assert (r.question, r.answer) == ("police present", answer)


@pytest.mark.parametrize("content", ["the smoke detectors on the ward had been disconnected",
                                     "the gas detector had been switched off weeks before"])
def test_a_detector_switched_off_says_the_alarm_did_not_sound(content):
    r = read_statement(content, content)
    assert (r.question, r.answer) == ("alarm", NO)


@pytest.mark.parametrize("content, answer", [
    # whether anything toxic or radioactive got out
    ("dosimeters near the depot showed elevated radiation", YES),
    ("radiation levels in the district are normal", NO),
    ("background radiation remained within normal limits", NO),
    ("toxic fumes drifted over the school", YES),
    ("no hazardous substances had escaped from the tanks", NO),
    ("the company insists nothing toxic got out", NO),
])
def test_whether_anything_toxic_or_radioactive_was_released(content, answer):
    r = read_statement(content, content)
    assert (r.question, r.answer) == ("toxic release", answer)
