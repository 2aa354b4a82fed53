"""Table tests of numbers a page shows that count nothing a sentence names (a site's counters, a
number alone between blank lines, a round-up's lines of results), of numbers that open a name
("the 3 Box Method") or sit in an idiom ("two thumbs up", "several lifetimes"), of a section of a
law ("501(c)3"), of a lower bound marked by a plus before a list's separator ("Ages 14+ •") and of
the unit a label gives in brackets ("Weight (g) 523") (storyline.extract.quantities)."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a number alone between blank lines, a label in lower case after it
    ("Our forum\n\nposts\n\n5.5M\n\nmembers\n\n209K", []),
    ("Great service.\n\n74M+\n\nWords translated", []),
    ("Tomatoes ripen.\n\n3\n\nposted 2 years ago", [("2 years", 2, 2, False, "year")]),
    # a sentence cut by one line break goes on
    ("The blast\nkilled\n12\npeople.", [("12", 12, 12, False, None)]),
    # a site's counter lines, a listing's count, an attachment's views
    ("Garden forum\n\n- 21 Topics\n\n- 125 Posts\n\n-", []),
    ("Product\n\n1,344 Reviews\n\nDetails", []),
    ("Filters\n\nShowing 34 of 34 results\n\n- A show", []),
    ("Showing 271 Results", []),
    ("Viewing 24 of 31 products", []),
    ("- jo_k\n\n- Moderator\n\n- Posts: 1294\n\n- Upvotes: 0", []),
    ("pond.jpg (110.36 KiB) Viewed 2448 times", []),
    # the same words in a sentence count
    ("The forum has 125 posts.", [("125", 125, 125, False, None)]),
    ("The clip was viewed 240 times.", [("240", 240, 240, False, None)]),
    ("The shop got 1,344 reviews in a year.", [("1,344", 1344, 1344, False, None)]),
])
def test_site_counters(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a round-up's lines of results
    ("Results\n\nHawks 4, Owls 3 (OT): Kim scored twice and Lee made 30 saves.",
     [("twice", 2, 2, False, None), ("30", 30, 30, False, None)]),
    ("Results\n\nRed Wings 2, Bears 1: Park scored late.", []),
    ("Scores\n\nCentral d. Eastside 53-9\n\nNorth Bay d. Riverton 70-44", []),
    # a score told in a sentence stays
    ("The Hawks beat the Owls 3-1 on Friday.", [("3", 3, 3, False, None), ("1", 1, 1, False, None)]),
])
def test_result_lines(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opened by a number, its last word singular
    ("You can try the 3 Box Method at home.", []),
    ("Parents swear by the 5 Second Rule.", []),
    # a count of a plural, a number in lower-case words, one thing
    ("Pilgrims visit the 12 Apostles each spring.", [("12", 12, 12, False, None)]),
    ("The party won the 3 seats it had lost.", [("3", 3, 3, False, None)]),
])
def test_numbered_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The film gets 2 thumbs up from me.", []),
    ("It would take several lifetimes to read them all.", []),
    # thumbs counted, a ban for life, a span of years
    ("Two thumbs were broken in the fall.", [("Two", 2, 2, False, None)]),
    ("The league handed out two lifetime bans.", [("two", 2, 2, False, None)]),
    ("The work took several years.", [("several years", 2, 9, True, "year")]),
])
def test_idiom_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Only 501(c)3 groups may apply.", []),
    ("Only 501(c)(3) groups may apply.", []),
    ("The 401(k) plan lost 12 percent.", [("12 percent", 12, 12, False, "%")]),
])
def test_sections_of_a_law(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2-4 Players • Ages 14+ • 90 minutes", [("2-4", 2, 4, False, None), ("14+", 14, None, False, None),
                                            ("90 minutes", 90, 90, False, "minute")]),
    ("We have 200+ Stores", [("200+", 200, None, False, None)]),
    ("He scored 5+3 points.", [("5", 5, 5, False, None)]),  # a sum: the first term stays exact
])
def test_plus_before_a_separator(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Specs\n\n- Weight (g) 523\n\n- Battery life (Hours) Up to 16",
     [("523", 523, 523, False, "g"), ("Up to 16", None, 16, False, "hour")]),
    ("Specs\n\nWeight (kg): 12\n\nHeight (cm): 40", [("12", 12, 12, False, "kg"), ("40", 40, 40, False, "cm")]),
    # a unit of its own, a word in brackets that is no unit
    ("Weight (kg): 12 lb", [("12 lb", 12, 12, False, "lb")]),
    ("- Size (Main) 10", [("10", 10, 10, False, None)]),
])
def test_unit_in_a_label(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # capitalised words that describe a noun after them are no name
    ("The 12 Crown Court judges met.", [("12", 12, 12, False, None)]),
    ("The 3 Box Method works.", []),
])
def test_numbered_names_and_what_they_describe(text, expected):
    assert found(text) == expected
