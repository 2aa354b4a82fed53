"""Table tests of numbers read wrong in news no rule was tuned on (issue 14): a date told with
spaced slashes, a place on a football field, a chip's width in bits, "one view is that", "think twice",
"a month" that divides a count, "about" that means "concerning", a franc the text names, a
label's number and a team's record before its name (storyline.extract.quantities). Every
sentence is written for the test: positive and negative rows."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a month, a day and a year with spaced slashes: a dateline, no figure
    ("Posted 10 / 21 / 08 06:15 PM ET", []),
    ("The form is due 4 / 12 / 2015 at noon.", []),
    # two numbers and one slash are no date
    ("He shot 7 / 12 from the line.", [("7", 7, 7, False, None), ("12", 12, 12, False, None)]),
])
def test_a_date_told_with_spaced_slashes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the N-yard line": a place on the field
    ("The kicker was tackled at the 12-yard line.", []),
    ("The drive stalled at the Hawks 31-yard line after a penalty.", []),
    # a run, a kick and a gain are distances
    ("She ran a 12-yard touchdown and a 45-yard field goal.",
     [("12-yard", 12, 12, False, "yd"), ("45-yard", 45, 45, False, "yd")]),
    ("The gain was 40 yards on the line of scrimmage.", [("40 yards", 40, 40, False, "yd")]),
])
def test_a_yard_line_is_a_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N-bit": the width of a chip or a system, in bits
    ("The firm sold a 16-bit chip.", [("16", 16, 16, False, "bit")]),
    ("The firm runs 64-bit Windows.", [("64", 64, 64, False, "bit")]),
    # bits told apart from the number and a count of seasons joined by a hyphen stay bare
    ("The drive holds 32 bits of data.", [("32", 32, 32, False, None)]),
    ("The club signed him to a 3-season deal.", [("3", 3, 3, False, None)]),
])
def test_a_width_in_bits(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one view is", "one reason was": the opening of a view (ONE_EXAMPLE_AFTER in storyline.lang.en)
    ("One view is that the mayor will lose.", []),
    ("One reason was the rain.", []),
    # one reason given, one view had: a count of one
    ("He gave one reason to vote.", [("one", 1, 1, False, None)]),
    ("The hill has one view of the bay.", [("one", 1, 1, False, None)]),
])
def test_one_view_is_an_opening(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # idioms of care
    ("Voters should think twice before they sign.", []),
    ("He did not look twice at the offer.", []),
    ("Measure thrice, cut once.", []),
    # times something happened
    ("He was arrested twice last year.", [("twice", 2, 2, False, None)]),
    ("The board met thrice in May.", [("thrice", 3, 3, False, None)]),
])
def test_think_twice_is_an_idiom(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a month" right after the noun it divides: a rate, no length of time
    ("They are allowed one 20-minute phone call a month.",
     [("one", 1, 1, False, None), ("20-minute", 20, 20, False, "minute")]),
    # after a verb, or before "early" or "ago", it is a length of time
    ("They paid the rent a month early.", [("a month", 1, 1, False, "month")]),
    ("She waited a month for the reply.", [("a month", 1, 1, False, "month")]),
    ("The firm hired staff a year ago.", [("a year", 1, 1, False, "year")]),
    ("The aides laid out the plan a week out.", [("a week", 1, 1, False, "week")]),
])
def test_a_month_after_a_noun_divides_it(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "about" after a word of a topic means "concerning": a year is no figure, a count is exact
    ("We talked about 2020 for an hour.", []),
    ("They asked about 1998 and the crash.", []),
    ("It is a story about 12 miners.", [("12", 12, 12, False, None)]),
    ("He wrote a book about 40 soldiers who came home.", [("40", 40, 40, False, None)]),
    # "about" opening a count, or before a unit, hedges it
    ("About 40 people came.", [("About 40", 40, 40, True, None)]),
    ("We talked about 20 minutes.", [("about 20 minutes", 20, 20, True, "minute")]),
])
def test_about_as_concerning(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "francs" in a text that names another franc is that franc
    ("The price was 300 francs, in Rwandan francs.", [("300 francs", 300, 300, False, "RWF")]),
    ("The club earns 2,000 CFA francs a day, about 900 francs more than last year.",
     [("2,000 CFA francs a day", 2000, 2000, False, "XOF/day"), ("about 900 francs", 900, 900, True, "XOF")]),
    # no other franc named, or the Swiss one: Swiss francs
    ("He sold it for 20 Swiss francs.", [("20 Swiss francs", 20, 20, False, "CHF")]),
    ("A ticket costs 30 francs in Geneva.", [("30 francs", 30, 30, False, "CHF")]),
])
def test_a_franc_the_text_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number after the noun it labels
    ("He read statement 0 to the court.", []),
    ("The jury saw exhibit 4 on Monday.", []),
    ("He answered question 4 wrong.", []),
    ("The plane left from terminal 2.", []),
    # a count
    ("The staff of 40 met.", [("40", 40, 40, False, None)]),
    ("He asked 4 questions.", [("4", 4, 4, False, None)]),
    ("He dodged the question three times.", [("three", 3, 3, False, None)]),
    ("The leak hit the scene 8 days ago.", [("8 days", 8, 8, False, "day")]),
    ("She signed a statement 12 people wrote.", [("12", 12, 12, False, None)]),
])
def test_a_label_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rising pair before a team's name: its record, two sides
    ("On their next drive, the 15-17 Bulldogs missed a shot.", [("15", 15, 15, False, None), ("17", 17, 17, False, None)]),
    # a range of a count or of a unit stays a range
    ("The 10-12 people in the room left.", [("10-12", 10, 12, False, None)]),
    ("The trip takes the 3-5 Hours tour.", [("3-5 Hours", 3, 5, False, "hour")]),
])
def test_a_record_before_a_team_name(text, expected):
    assert found(text) == expected
