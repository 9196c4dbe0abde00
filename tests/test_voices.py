"""Who a press release or an organisation's statement speaks for (factcheck/voices.py)."""

import pytest

from factcheck.extraction import detect_claims
from factcheck.voices import issuer, turns

RELEASE = (
    "date 2034-02-03 PRESS RELEASE · Nordhavn Cable Works · Aarhus\n\n"
    "Nordhavn Cable Works completes the Baltic power link\n\n"
    "Aarhus, 3 February 2034 – Nordhavn Cable Works today completed the 214-kilometre Baltic power link, "
    "which cost €410 million.\n\n"
    "\"We finished two months early,\" said project director Mette Lund.\n\n"
    "About Nordhavn Cable Works\n"
    "Founded in 1961, the company employs about 1,900 people in four countries.\n\n"
    "Media contact: Anna Holm, press@nordhavn.example\n"
)


@pytest.mark.parametrize("text, expected", [
    (RELEASE, "Nordhavn Cable Works"),
    # the "About" section names it by its initials, or as "the Foundation": the full name written elsewhere
    ("MEDIA RELEASE\nThe Tasman Reef Trust (TRT) counted 212 turtles.\n\nAbout TRT\nA charity.\n",
     "Tasman Reef Trust"),
    ("date 2034-05-02\nKESTREL ROWING FOUNDATION\nOfficial statement on the disqualification\n\n"
     "The crew finished in 6:02.\n\nAbout the Foundation\nFounded in 1990.\n", "Kestrel Rowing Foundation"),
    # glued to the date line, and with no "About" section: the head names it
    ("date 2034-01-09Press release | Harbour Board of Lautoka\nNew berth opens\n\nThe berth is 320 metres long.\n",
     "Harbour Board of Lautoka"),
    # a news report about a release, and a report whose paragraph begins "About", are no release
    ("The Daily Ledger\nWhat the company's press release does not tell you\n\nThe trial enrolled 1,200 patients.\n",
     ""),
    ("CITY NEWS\nBlackout ends\n\nAbout 5.8 million customers were affected, the utility said.\n", ""),
    # an authority's numbered notice speaks for the authority its head names; a headline about one does not
    ("date 2034-06-01\nNOTICE TO MARINERS No. 14/2034\nPort of Tema - Harbour Master's Office\n\n"
     "1. The western channel will close at 06:00 on 3 June.\n", "Port of Tema"),
    ("Advisory issued as storm nears Tema\nBy Kofi Mensah\n\nThe port said 12 ships were waiting.\n", ""),
    # a listed company's numbered announcement
    ("date 2034-11-24\nNORDKAP COPPER A/S\nCompany announcement no. 31/2034\nOslo, 24 November 2034\n\n"
     "The licence runs for 30 years.\n\nAbout Nordkap Copper A/S\nA mining company.\n", "Nordkap Copper A/S"),
    # a government's press service heads its release; a long name of the body is still its name
    ("date 2034-02-10\nCABINET OF MINISTERS OF THE REPUBLIC OF MOLDOVA · PRESS SERVICE\n\nChisinau, 10 February\n\n"
     "Frost has damaged 40 per cent of the vineyards.\n", "Cabinet of Ministers of the Republic of Moldova"),
    ("date 2034-08-01NATIONAL BUREAU OF STATISTICS OF THE GAMBIA · Media release\n\nBanjul, 1 August 2034\n"
     "FOR IMMEDIATE RELEASE\n\nThe count of the population is 2,912,400 persons.\n",
     "National Bureau of Statistics of the Gambia"),
    # a ministry's press communiqué under its state's name speaks for the ministry
    ("date 2034-05-20 KINGDOM OF LESOTHO · MINISTRY OF FORESTRY AND LAND RECLAMATION · Forestry Division\n"
     "PRESS COMMUNIQUÉ No. 7/FD/2034\n\n1. On Sunday rangers counted 56 dead cranes near the dam.\n",
     "Ministry of Forestry and Land Reclamation"),
    # a listed company's notice to the exchange
    ("date 2034-03-02\nHALDOR SEAFOOD ASA · Stock exchange notice · Oslo Børs · Ticker: HALD\n"
     "Category: Inside information\n\nHaldor Seafood ASA: Fire at the Vik plant\n\n"
     "The fire destroyed 2,000 tonnes of frozen fish.\n", "Haldor Seafood Asa"),
    # an "About" section on what the issuer runs (a fund, a prize, a survey) names no issuer: its letterhead does
    ("date 2036-04-02 NATIONAL HERITAGE AUTHORITY OF ZANTARIA\nPRESS RELEASE · No. 12/2036\n\n"
     "The Authority restored 14 temples this year.\n\nAbout the Heritage Endowment\nA fund set up in 1998.\n",
     "National Heritage Authority of Zantaria"),
])
def test_the_issuer_of_a_release_is_read_from_its_head_and_its_about_section(text, expected):
    assert issuer(text) == expected


def test_a_press_release_speaks_for_its_issuer():
    claims = detect_claims(RELEASE)
    by_value = {c.value.text: c for c in claims if c.value and c.kind != "statement"}
    assert by_value["€410 million"].claimant_key == "nordhavn cable works"
    assert by_value["about 1,900"].claimant_key == "nordhavn cable works"
    assert by_value["two months"].claimant_key == "mette lund"  # a quoted person keeps their own voice
    assert not [c for c in claims if c.claimant_key == "outlet"]


def test_a_news_report_keeps_its_own_voice():
    text = ("The Daily Ledger\nWhat the company's press release does not tell you\n\n"
            "The trial enrolled 1,200 patients in nine countries.\n")
    assert {c.claimant_key for c in detect_claims(text)} == {"outlet"}


TRANSCRIPT = (
    "date 2034-03-02 Harbour Hour, episode 40 (transcript)\n\n"
    "[00:00:05] ANA REYES: Welcome back. The new berth opened on Tuesday at a cost of $80 million.\n\n"
    "[00:00:20] TOMAS OKAFOR: Thanks, Ana. It cost closer to $95 million. And it took 31 months to build.\n\n"
    "[00:00:41] REYES: The port says 400 jobs.\n\n"
    "[00:00:50] OKAFOR: Maybe 250. The port's own chief said 300 last year.\n\n"
    "[00:01:10] REYES: Thanks for joining us.\n"
)


def test_a_transcripts_turns_are_its_speakers_words_and_the_hosts_its_own():
    assert [name for _, _, name in turns(TRANSCRIPT)] == ["Tomas Okafor", "Tomas Okafor"]
    by_value = {c.value.text: c.claimant_key for c in detect_claims(TRANSCRIPT) if c.value}
    assert by_value["$95 million"] == "tomas okafor"
    assert by_value["31 months"] == "tomas okafor"  # a turn's second sentence is still its speaker's
    assert by_value["250"] == "tomas okafor"  # his surname alone is the same speaker
    assert by_value["$80 million"] == "outlet"  # the host speaks for the programme
    assert by_value["300"] != "tomas okafor"  # whom a guest quotes keeps their own voice
    assert not [c for c in detect_claims(TRANSCRIPT) if c.kind == "date"]  # time stamps say where in the show


def test_a_digests_topic_heads_are_no_speakers():
    digest = "".join(f"{topic}: The council approved {n} new permits.\n\n"
                     for topic, n in (("FOOTBALL", 3), ("WATER", 12), ("LIBRARY", 4), ("FOOD BANK", 7), ("ROADS", 9)))
    assert turns(digest) == []


BULLETIN = (
    "date 2034-08-02 HARBOUR FM · Morning Report (transcript)\n\n"
    "PRESENTER (Lena Moyo): Good morning. The ferry strike enters its third day.\n\n"
    "CORRESPONDENT (Tom Banda): Lena, the port's director Aisha Okonkwo spoke to us last night.\n\n"
    "OKONKWO (recording): Forty sailings have been cancelled since Monday.\n\n"
    "CORRESPONDENT: The union puts the figure at 55 sailings.\n\n"
    "PRESENTER: Tom Banda at the port.\n"
)
HANSARD = (
    "date 2034-08-03 NATIONAL ASSEMBLY\nOFFICIAL REPORT\n\n"
    "HON. R. DLAMINI (Minister of Transport).- Madam Speaker, 40 sailings were cancelled this week.\n\n"
    "HON. P. NKOSI.- Point of order. The union says 55 sailings were cancelled.\n\n"
    "HON. SPEAKER.- Order! That is not a point of order.\n\n"
    "HON. R. DLAMINI.- The strike has cost the port R12 million, Madam Speaker.\n"
)


def test_a_bulletins_recorded_clips_and_a_parliamentary_record_are_their_speakers():
    # a role's label, or a note that names a role, is the programme's voice; a recorded clip is its speaker's, a
    # surname alone read in full from the text
    assert [name for _, _, name in turns(BULLETIN)] == ["Aisha Okonkwo"]
    by_value = {c.value.text: c.claimant_key for c in detect_claims(BULLETIN) if c.value}
    assert by_value["Forty"] == "aisha okonkwo"
    assert by_value["55"] == "union"
    # a parliamentary record: each member's words are theirs, the chair's no one's; no member is the host
    assert [name for _, _, name in turns(HANSARD)] == ["R. Dlamini", "P. Nkosi", "R. Dlamini"]
    said = {c.value.text: c.claimant for c in detect_claims(HANSARD) if c.value and c.kind != "statement"}
    assert "Dlamini" in said["40"] and "Dlamini" in said["R12 million"]
    assert "Nkosi" not in said["40"]


def test_a_release_marker_may_be_a_segment_of_its_head():
    text = ("date 2034-02-01 KESTREL FERRIES · Press release · Durban\n\nKestrel Ferries to end its night "
            "sailings\n\nDurban, 1 February 2034 – Kestrel Ferries will end 14 night sailings a week from March.\n")
    assert issuer(text) == "Kestrel Ferries"
    assert {c.claimant_key for c in detect_claims(text) if c.value} == {"kestrel ferries"}


def test_a_headline_that_mentions_a_statement_is_no_release():
    text = "Floods hit Tema – Statement from the mayor expected\nBy Kofi Mensah\n\nThe port said 12 ships waited.\n"
    assert issuer(text) == ""


def test_a_states_formal_name_at_the_head_of_a_statement_is_its_government():
    text = ("date 2034-05-03\nARAB REPUBLIC OF EGYPT · COUNCIL OF MINISTERS\n"
            "Media Office · Statement No. 117/2034\n\nCabinet raises the price of fuel\n\n1. From 1 June the price of a litre will be 15 pounds.\n")
    assert {c.claimant_key for c in detect_claims(text) if c.value} == {"egyptian government"}


def test_a_bodys_accented_name_keeps_its_accents_and_a_republic_is_no_person():
    from factcheck.claimants import Claimants, person_name
    tracker = Claimants()
    assert tracker.resolve("the Polícia Judiciária").display == "Polícia Judiciária"
    assert person_name("Cabinet of Ministers of the Kyrgyz Republic") == ""
    assert tracker.resolve("Cabinet of Ministers of the Kyrgyz Republic").key == "kyrgyz cabinet of ministers"


def test_a_release_under_a_governments_name_speaks_for_the_body_it_goes_on_to_name():
    # the marker is the fourth line of the head, under the state, the ministry and the office
    text = ("date 2034-10-02\nGOVERNMENT OF THE REPUBLIC OF GHANA\nMinistry of Transport · Ghana Railway Company\n"
            "Office of the Regional Estate Manager, Kumasi\nPress Release No. 12/2034          Date: 02/10/2034\n\n"
            "Ghana Railway Company today cleared 340 structures from its land at Kaase.\n")
    assert issuer(text) == "Ghana Railway Company"
    keys = {c.claimant_key for c in detect_claims(text) if c.value and c.value.low == 340}
    assert keys == {"ghanaian railway company"}
    # when the text names neither, the first body under the state speaks
    assert issuer(text.replace("Ghana Railway Company today", "Crews today")) == "Ministry of Transport"


def test_a_law_firms_public_statement_for_its_client_speaks_for_the_firm():
    text = ("date 2034-04-11\nMENSAH-OWUSU SOLICITORS\n12 Liberation Road · Accra · Ghana\n"
            "PUBLIC STATEMENT ON BEHALF OF ABENA KORSAH-ADDO\n\n"
            "1. Our client was told only on 9 April 2034 that a sample had shown 40 picograms per millilitre.\n")
    assert issuer(text) == "Mensah-Owusu Solicitors"
    assert {c.claimant_key for c in detect_claims(text) if c.value} == {"mensah-owusu solicitors"}


@pytest.mark.parametrize("who", ["the Ledger's", "The Ledger", "Ledger", "KDL"])
def test_a_paper_that_credits_its_own_count_speaks_in_its_own_voice(who):
    text = (f"KUMASI DAILY LEDGER · City · Friday, 3 October 2034\n\nHomes razed at Kaase\n\n"
            f"By {who} count, about 420 homes were razed on Thursday. Ashanti Rail Company put the figure at 340.\n")
    text = text.replace("By The Ledger count", "The Ledger counted").replace("By Ledger count", "Ledger counted")
    text = text.replace("By KDL count", "KDL counted")
    by_value = {c.value.text: c.claimant_key for c in detect_claims(text) if c.value}
    assert by_value["about 420"] == "outlet"
    assert by_value["340"] == "ashanti rail company"


@pytest.mark.parametrize("head, body, expected", [
    # a release named in its issuer's language, under the state's name in that language
    ("MINISTERIO DE OBRAS PÚBLICAS — REPÚBLICA DEL ECUADOR\nDirección de Comunicación · Comunicado N° 88/2033\n\n"
     "Quito, 4 May 2033\n", "The Ministry opened the bridge at 10:00.", "Ministerio de Obras Públicas"),
    # a head in two languages, under a united republic's name
    ("THE UNITED REPUBLIC OF KENYA\nMINISTRY OF ENERGY\nTAARIFA KWA UMMA / PUBLIC NOTICE / PRESS STATEMENT\n\n",
     "The Ministry of Energy informs the public that tariffs rise 9 per cent.", "Ministry of Energy"),
])
def test_a_release_in_its_issuers_language_or_in_two_is_still_a_release(head, body, expected):
    assert issuer(head + body) == expected


@pytest.mark.parametrize("name, key", [
    # a ministry named by its portfolios is no person named after the last of them
    ("Ministry of Trade, Industry and Tourism", "ministry of trade industry and tourism"),
    ("Ministerio de Salud, Trabajo y Bienestar", "ministerio de salud trabajo y bienestar"),
])
def test_a_ministry_named_by_its_portfolios_keeps_its_whole_name(name, key):
    from factcheck.claimants import Claimants
    assert Claimants().resolve(name).key == key


def test_a_press_notice_speaks_for_the_department_it_calls_itself():
    # a notice under a directorate and the department beneath it: the body says "the Department"
    text = ("date 2041-03-02 GOVERNMENT OF SAINT HELENA\nDirectorate of Environment · Water Department\n"
            "The Castle, Jamestown · water@sainthelena.gov.sh\nPRESS NOTICE 12/41\n\n"
            "Reservoir levels reported to the Department stand at 38 per cent. The Department will cut supply for "
            "six hours a day.\n\nNotes for editors\nThe Water Department sits within the Directorate of "
            "Environment.\n")
    assert issuer(text) == "Water Department"
    keys = {c.claimant_key for c in detect_claims(text) if c.value}
    assert keys == {"water department"}
    # an airport's address names its country more often than the airport calls itself "the Airport"
    text = ("date 2041-06-01\nKORALI AIRPORT · Korali Airport Ltd · Runway Road 1 · Republic of Oskia\n"
            "MEDIA STATEMENT · Korali, 1 June 2041\n\nKorali Airport closed both runways at 18:52. "
            "Police of the Republic of Oskia and the Civil Aviation Office of the Republic of Oskia attended.\n")
    assert issuer(text) == "Korali Airport"


def test_an_official_notice_speaks_for_the_body_that_issues_it():
    text = ("date 2031-05-03 TOWN OF KELLING · Electoral Office\n"
            "High Street 1, Kelling · elections@kelling.example\n\n"
            "OFFICIAL NOTICE No. 7/2031\n\nBY-ELECTION: FINAL RESULTS\n\n"
            "The Electoral Office of the Town of Kelling declares the result of the by-election held on Thursday 1 May "
            "2031. The count ended at 23:40.\n")
    assert issuer(text) == "Town of Kelling"
    keys = {c.claimant_key for c in detect_claims(text) if c.value}
    assert "town of kelling" in keys and "outlet" not in keys


def test_a_releases_own_caseworkers_speak_for_its_issuer():
    text = ("PRESS RELEASE\nHarbourlight Trust welcomes the rescue of the trawler crews\n\n"
            "Our caseworkers estimate that more than 200 fishermen were brought ashore.\n\n"
            "About Harbourlight Trust\nHarbourlight Trust is a seafarers' charity based in Cebu.\n")
    found = {c.value.text: c.claimant_key for c in detect_claims(text) if c.value}
    assert found["more than 200"] == "harbourlight trust"
