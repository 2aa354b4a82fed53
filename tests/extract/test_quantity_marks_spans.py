"""Table tests of marks and spans read on real pages (storyline.extract.quantities): phone numbers,
inch marks, glued metres of a size, rates of a thing per span of time, one span or a few, the ends
of a scale, compound ordinals, kinds named by a count and "one" that picks an example."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # three digit groups joined by hyphens are a phone number, not a range
    ("Readers can reach the desk at 415-555-0182 on weekdays.", []),
    ("For bulk orders call 1-888-555-0147 or write to us.", []),
    # a range and a score stay
    ("The trip takes 10-12 days.", [("10-12 days", 10, 12, False, "day")]),
    ("They won 3-1 at home.", [("3", 3, 3, False, None), ("1", 1, 1, False, None)]),
])
def test_phone_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a straight double quote glued to digits, with no quotation open on its line, marks inches
    ('The desk lamp has a 14" arm and a 9" base.', [('14"', 14, 14, False, "in"), ('9"', 9, 9, False, "in")]),
    ('Buy the 55"+ sets before Friday.', [('55"+', 55, None, False, "in")]),
    ("The panel is 27\u2033 across.", [("27\u2033", 27, 27, False, "in")]),
    # the same mark closing a quotation is no unit
    ('She wrote "we sold 40" in her note.', [("40", 40, 40, False, None)]),
    ('He said "the answer is 12".', [("12", 12, 12, False, None)]),
])
def test_inch_marks(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a glued "m" on the sides of a size is metres
    ("We dug two ponds, 2.5m x 4m each.", [("two", 2, 2, False, None), ("2.5m", 2.5, 2.5, False, "m"),
                                            ("4m", 4, 4, False, "m")]),
    ("The shed sits on a base 3m by 2m.", [("3m", 3, 3, False, "m"), ("2m", 2, 2, False, "m")]),
    # alone, a glued "m" is still millions
    ("The town has 1.2m residents.", [("1.2m", 1_200_000, 1_200_000, False, None)]),
])
def test_glued_metres_of_a_size(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a price per thing per span of time keeps both denominators
    ("Seats cost $9/seat/month on the basic tier.", [("$9/seat/month", 9, 9, False, "USD/seat/month")]),
    ("The tool costs $15 per designer per month.",
     [("$15 per designer per month", 15, 15, False, "USD/designer/month")]),
    ("Hosting runs \u20ac4/site/mo for small shops.", [("\u20ac4/site/mo", 4, 4, False, "EUR/site/month")]),
    # "every" and an adjective after "per" keep the rate's denominator
    ("Members save $30 every year on fees.", [("$30 every year", 30, 30, False, "USD/year")]),
    ("The bank earned $1.10 per diluted share.", [("$1.10 per diluted share", 1.1, 1.1, False, "USD/share")]),
    # a thing per thing with no span of time stays as before; a span that is when is no denominator
    ("Fuel cost $3 per gallon a year ago.", [("$3 per gallon", 3, 3, False, "USD/gallon"),
                                            ("a year", 1, 1, False, "year")]),
    ("She paid $30 per session.", [("$30", 30, 30, False, "USD")]),
    ("The fee is $9 a month.", [("$9 a month", 9, 9, False, "USD/month")]),
])
def test_rates_of_a_thing_and_a_span(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one span of time or a few more is one approximate range
    ("Leave the glue to set a day or two before sanding.", [("a day or two", 1, 2, True, "day")]),
    ("The bridge may stay shut a week or three.", [("a week or three", 1, 3, True, "week")]),
    # "a decade or more" opens upward; "an hour or less" downward
    ("The repairs could take a decade or more.", [("a decade or more", 10, None, False, "year")]),
    ("The ride takes an hour or less.", [("an hour or less", None, 1, False, "hour")]),
    # a span and a count of other things stay apart
    ("They stayed a week and two friends joined.", [("a week", 1, 1, False, "week"), ("two", 2, 2, False, None)]),
])
def test_one_span_or_a_few(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range of ages told with "-to-"
    ("The club trains 8-to-12-year-olds on Saturdays.", [("8-to-12-year", 8, 12, False, "year")]),
    ("It was a two-to-three-hour climb.", [("two-to-three-hour", 2, 3, False, "hour")]),
    # the ends of a scale after a word of scales are a range, not a record of wins and losses
    ("Each answer was rated on a scale (0-10) by the panel.", [("0-10", 0, 10, False, None)]),
    ("Each school gets a mark (0-100) from the board.", [("0-100", 0, 100, False, None)]),
    ("The Owls (1-9) lost again on Friday.", [("1", 1, 1, False, None), ("9", 9, 9, False, None)]),
])
def test_hyphened_ranges_and_scales(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ten joined to an ordinal is one ordinal: a century names a time, a birthday counts
    ("Most of the songs are twenty-first-century pop.", []),
    ("The hall was built in the twenty-first century.", []),
    ("She threw a party for her thirty-fifth birthday.", [("thirty-fifth", 35, 35, False, None)]),
    ("She ran twenty-five miles.", [("twenty-five miles", 25, 25, False, "mi")]),
    # an ordinal before an edition or an installment counts them
    ("The fair holds its ninth edition in June.", [("ninth", 9, 9, False, None)]),
    ("The ninth day of the fair was wet.", []),
    # "more than twice" is two and up
    ("Sales were more than twice as high.", [("more than twice", 2, None, False, None)]),
    ("Prices rose twice this year.", [("twice", 2, 2, False, None)]),
])
def test_compound_ordinals_and_repeats(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of thing named by a count counts nothing
    ("He toured a one-man show through the autumn.", []),
    ("The report named a three-letter agency.", []),
    ("They run one-stop shops in each town.", []),
    # a crew or a count before other nouns stays
    ("A two-man crew fixed the line.", [("two", 2, 2, False, None)]),
    ("She wrote three letters to the board.", [("three", 3, 3, False, None)]),
])
def test_kinds_named_by_a_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" bringing in an example or a point, or picking one named right after it
    ("One thing is clear about the plan.", []),
    ("One feature we liked is the quiet fan.", []),
    ("One of the factors is the cost of fuel.", []),
    ("One of the best films of the season, a quiet drama, opens on Friday.", []),
    ("Even one of the shows on tour, a revival (Main Stage; May 4), has sold out.", []),
    # a clause, a noun with "the" or the state of a town between the commas names no pick
    ("The court knows that one of the sides, who wants a delay, is a firm.", [("one", 1, 1, False, None)]),
    ("A van hired by one of the three cooks at a fair in Riverton, Ohio, broke down.",
     [("one", 1, 1, False, None)]),
    ("A van hired by one of the cooks in Riverton. Later, a truck came, too.", [("one", 1, 1, False, None)]),
    # a count of one, or one picked with a bound, stays
    ("Only one of the ferries, the oldest, broke down.", [("Only one", 1, 1, False, None)]),
    ("One bus was late.", [("One", 1, 1, False, None)]),
])
def test_one_as_an_example_or_a_pick(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a set lost among sets won is a score, each side a figure; a tie-break's points in brackets too
    ("Ruiz won 6-2, 4-6, 6-1 on clay.", [("6", 6, 6, False, None), ("2", 2, 2, False, None),
                                        ("4", 4, 4, False, None), ("6", 6, 6, False, None),
                                        ("6", 6, 6, False, None), ("1", 1, 1, False, None)]),
    ("Moss edged Tan 5-7, 7-6 (3) late on Sunday.", [("5", 5, 5, False, None), ("7", 7, 7, False, None),
                                                    ("7", 7, 7, False, None), ("6", 6, 6, False, None),
                                                    ("3", 3, 3, False, None)]),
    # a number alone in brackets is a list mark
    ("The rules are simple: (2) no phones.", []),
])
def test_set_scores_and_tie_breaks(text, expected):
    assert found(text) == expected


def test_a_list_of_ranges_is_no_list_of_scores():
    # a list of pairs that only rises ("ages 4-6, 7-9") is ranges, not scores
    assert found("Groups for ages 4-6, 7-9 meet on Mondays.")[0] == ("4-6", 4, 6, False, None)
