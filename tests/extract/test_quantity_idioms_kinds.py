"""Table tests of numbers that are no figure (storyline.extract.quantities): "100 percent" as a
way of saying "fully", kinds named with a number ("a four-door sedan", "a 360-degree view"),
numbers of software on reference and tutorial pages (constraint lines, values in code examples,
a variable's value, the line numbers of a compiler's listing) and a download's file size."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # "100 percent" for "fully": of health or readiness, of knowing, of backing, of a verdict
    ("The striker says he is not yet 100 percent fit.", []),
    ("After the surgery she felt 100% again.", []),
    ("Nobody can be 100 percent ready for a flood like that.", []),
    ("Voters rarely get 100 percent complete answers from a campaign.", []),
    ("We would recommend this bakery 100%.", []),
    ("I recommend it at 100 percent to anyone who travels.", []),
    ("The whole squad is backing the captain 110 percent.", []),
    ("Fans agree with him 100% on this.", []),
    ("The timetable online is not always 100 percent up to date.", []),
    ("No lock is 100% safe, the police warned.", []),
    ("The new tent is 100 percent waterproof.", []),
    ("The copy sounds close to the old amp, but not 100%.", []),
    # a share, a change, a rate of a thing and a tax stay
    ("The state bought 100 percent of the shares.", [("100 percent", 100, 100, False, "%")]),
    ("Egg prices rose 100 percent.", [("100 percent", 100, 100, False, "%")]),
    ("The tariff on the cars is now 100%.", [("100%", 100, 100, False, "%")]),
    ("Officials set a 100% tariff on the steel.", [("100%", 100, 100, False, "%")]),
    ("The plant ran at 100 percent of capacity.", [("100 percent", 100, 100, False, "%")]),
    ("The wall is 100 percent complete, the city said.", [("100 percent", 100, 100, False, "%")]),
    ("The survey found 100 percent of the wells were dry.", [("100 percent", 100, 100, False, "%")]),
    ("The panel recommended cutting 100%.", [("100%", 100, 100, False, "%")]),
    ("The new test is 100 percent accurate.", [("100 percent", 100, 100, False, "%")]),
    ("The drug was not 100% effective in the trial.", [("100%", 100, 100, False, "%")]),
    ("The share of the vote was not 100% of the total.", [("100%", 100, 100, False, "%")]),
    ("The jacket is 100% recycled nylon.", [("100%", 100, 100, False, "%")]),
])
def test_a_hundred_percent_as_fully(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind named by a count of its parts, a rating class, a whole turn, a kind of college
    ("The new model is a four-door sedan with a big boot.", []),
    ("It rides on a five-link rear axle.", []),
    ("The car has a 360-degree camera for parking.", []),
    ("She left a two-year college for a four-year university.", []),
    ("He earned a four-year degree in chemistry.", []),
    ("The shop has dozens of 5-star reviews online.", [("dozens", 24, 99, True, None)]),
    ("Buyers left over 300 five-star ratings.", [("over 300", 300, None, False, None)]),
    # the grade of a place to stay or eat, an officer's rank
    ("They stayed in a five-star hotel by the lake.", []),
    ("A new three-star resort opened on the coast.", []),
    ("She became a four-star general at 52.", [("52", 52, 52, False, None)]),
    ("The retired four-star admiral wrote a book.", []),
    ("The town has two 3-star restaurants.", [("two", 2, 2, False, None)]),
    # a size, a length, a count, a rating given, a part of a whole turn stay
    ("Crews dug a 30-metre-deep shaft.", [("30-metre", 30, 30, False, "m")]),
    ("He signed a two-year contract with the club.", [("two-year", 2, 2, False, "year")]),
    ("The museum closes for a 10-week period.", [("10-week", 10, 10, False, "week")]),
    ("The car has four doors and a 180-degree view.", [("four", 4, 4, False, None), ("180-degree", 180, 180, False, "°")]),
    ("The hotel got five stars from the guide.", [("five", 5, 5, False, None)]),
    ("The app holds a 4.6-star rating in the store.", [("4.6", 4.6, 4.6, False, None)]),
    ("The app was rated 4.5 stars by its users.", [("4.5", 4.5, 4.5, False, None)]),
    ("The guide gave the inn three stars this year.", [("three", 3, 3, False, None)]),
    ("The plane made a 360-degree turn and 20 passengers fainted.",
     [("360-degree", 360, 360, False, "°"), ("20", 20, 20, False, None)]),
])
def test_a_kind_named_with_a_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a constraint line of a setting in a reference entry
    ("- Retries\n\n- How often the task runs again. Type: Integer Required: No\n\nMinimum: 1\n\nMaximum: 20\n\n"
     "Update requires: No interruption", []),
    ("Default: 30", []),
    ("Min: 0 Max: 255", []),
    # a value in a JSON or YAML example
    ('{\n\n"Name" : "web",\n\n"Memory" : 512,\n\n"Retries" : 3\n\n}', []),
    ("Service:\n\nType: Worker\n\nProperties:\n\nRetries: 3\n\nHandler: app.main", []),
    # a variable's value told by the text, the line numbers of a compiler's listing
    ("At this point the frame for main holds count = 7.", []),
    ("The frame holds a = 2; b = 9.", []),
    ("error: value used after move\n\n12 |     let total = sum(list);\n\n|     ^^^^^ moved here", []),
    # a setting's default and limits told in the description of its reference entry
    ("- Wait\n\n- How long the job waits. The default is 30 seconds and the longest allowed is 600 seconds. "
     "Required: No Type: Integer", []),
    ("- Size\n\n- The disk size in GB. It can be any number between 8 and 900 GB.\n\nRequired: No Type: Integer", []),
    ("- Wait\n\n- The job waits 30 seconds.\n\n- Size\n\n- The disk size. Required: No Type: Integer",
     [("30 seconds", 30, 30, False, "second")]),
    # labelled values and prose of news stay
    ("Deaths: 12", [("12", 12, 12, False, None)]),
    ("Minimum wage: $15 an hour", [("$15 an hour", 15, 15, False, "USD/hour")]),
    ("The maximum was 40 degrees on Sunday.", [("40 degrees", 40, 40, False, "°")]),
    ("The poll has n = 1,200 adults in it.", [("1,200", 1200, 1200, False, None)]),
    ("Rank | Team | Points\n\n1 | Lions | 45", [("1", 1, 1, False, None), ("45", 45, 45, False, None)]),
    ("Jo B\n\n29 | Ohio\n\nMom of two", [("29", 29, 29, False, None), ("two", 2, 2, False, None)]),
])
def test_numbers_of_software(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a download link's file size
    ("Download the fee sheet (19kb)", []),
    ("Get the full guide here (2.4 MB PDF)", []),
    # a size told in prose stays
    ("The leaked archive held 19 GB of mail.", [("19 GB", 19, 19, False, "GB")]),
    ("The report (a file of 2 MB) came out on Monday.", [("2 MB", 2, 2, False, "MB")]),
    ("The leak (19 GB) held mail of the whole board.", [("19 GB", 19, 19, False, "GB")]),
    ("- Card slot: microSD (up to 1TB)", [("up to 1TB", None, 1, False, "TB")]),
])
def test_a_download_size(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title of another story among others, one to a line, above the article
    ("Farmers Count Losses After the Long Dry Summer\n\nTown Council Approves New Bridge Plan\n\n"
     "12 Facts on the Harvest Fair\n\nThe fair opened on Friday with 300 stalls.",
     [("300", 300, 300, False, None)]),
    # a subheading of the article's own, between paragraphs of prose, stays, and so does a step
    # before its paragraph among other steps
    ("Pick the Venue First\n\nHalls fill up fast.\n\n6 Months Before the Big Day\n\nOrder the Cake and Flowers\n\n"
     "Bakers need time.", [("6 Months", 6, 6, False, "month")]),
    ("The fair opened on Friday.\n\n12 Facts on the Apple Fair\n\nThe gates open at noon, and 40 bands play.",
     [("12", 12, 12, False, None), ("40", 40, 40, False, None)]),
])
def test_a_title_of_another_story(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a log line: a level in brackets or capitals, a time stamp, dots for lines left out
    ("[INFO] Packed the archive in 4.2 seconds", []),
    ("WARN: retried the upload 3 times", []),
    ("2025-03-01 09:15:02 worker ready after 12 s", []),
    ("...... Booted the demo app in 1.7 seconds (uptime 9.3)", []),
    # marks only a program prints: "key=value" pairs, a hex id
    ("job=sync items=40 took=2s", []),
    ("Session 0x3fa9c closed after 30 seconds", []),
    # what a command printed under its prompt, up to the first line of prose
    ("Run the build from a terminal:\n\n$ make all\n\nDONE in 850ms\n\n7 targets: 7 rebuilt\n\n"
     "The files land in the out folder.", []),
    # prose stays: a sentence under a prompt's output, a sentence with a time, a bracket of prose
    ("$ make all\n\nDONE\n\nThe build took about 20 seconds on a laptop.",
     [("about 20 seconds", 20, 20, True, "second")]),
    ("At 09:15 the crew had fixed 3 pumps.", [("3", 3, 3, False, None)]),
    ("[Update] The council hired 12 new teachers.", [("12", 12, 12, False, None)]),
    ("Error rates fell to 2 percent last year.", [("2 percent", 2, 2, False, "%")]),
    # a sentence that names a hex value or a link with a query keeps its figures
    ("The flag is either 0 or 1, but the register may hold 0xBEEF5 instead.",
     [("0 or 1", 0, 1, True, None)]),
    ("I bought a 3 kg tent via example.com/item?id=tent&ref=feed last spring", [("3 kg", 3, 3, False, "kg")]),
])
def test_a_program_s_output_is_no_prose(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a small number in words after "a" or "an", with no noun after it, names a thing (a shot, a throw)
    ("He hit a three and then an open three late in the game.", []),
    ("She rolled a six on her last turn.", []),
    # a count still: a word of amount between, or a noun after
    ("A further three were arrested.", [("A further three", 3, 3, False, None)]),
    ("It was her second award of a possible seven.", [("seven", 7, 7, False, None)]),
    ("An estimated two were hurt.", [("An estimated two", 2, 2, True, None)]),
    ("Police held a three-hour search.", [("three-hour", 3, 3, False, "hour")]),
])
def test_a_thing_named_by_its_number(text, expected):
    assert found(text) == expected
