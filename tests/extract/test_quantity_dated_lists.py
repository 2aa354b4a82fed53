"""Table tests of numbers read on pages nobody tuned on (storyline.extract.quantities): a single
unit of time that dates a comparison or names an occasion, a count of portions per day, years
told in words or before the things they date, kinds named "N-in-1", settings in a theme's markup,
ranges told with spaced dashes, lists that share their last unit, heights in feet and inches."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # the base of a comparison, a figure told with its share, a dating word, a clause of figures
    ("Bus fares rose 4% from a year ago.", [("4%", 4, 4, False, "%")]),
    ("Ticket sales were higher than a year earlier.", []),
    ("The mill lost $9 million, or 14 cents a share, a year ago.",
     [("$9 million", 9e6, 9e6, False, "USD"), ("14 cents a share", 14, 14, False, "cent/share")]),
    ("The bakery posted a year-earlier loss of $40,000.", [("$40,000", 40000, 40000, False, "USD")]),
    ("Exports were 30% of sales, compared with 25% a year earlier.",
     [("30%", 30, 30, False, "%"), ("25%", 25, 25, False, "%")]),
    ("A year earlier, the club had 900 members.", [("900", 900, 900, False, None)]),
    # a single unit of time as an occasion told by a clause of "that"
    ("The guide is about planning a day that suits the whole family.", []),
    # stay: an event a year ago, an opener with no figure after it, a length with a clause
    ("The cafe opened a year ago.", [("a year", 1, 1, False, "year")]),
    ("A year ago, the cafe opened on the square.", [("A year", 1, 1, False, "year")]),
    ("The repair took a day that felt like a week.", [("a day", 1, 1, False, "day"),
                                                      ("a week", 1, 1, False, "week")]),
])
def test_a_year_that_dates_a_comparison_or_names_an_occasion(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # portions of some matter per day: a rate of the count, no length of time
    ("Most adults should eat five servings of fresh fruit and greens a day.",
     [("five", 5, 5, False, "/day")]),
    ("The bakery bakes 40 loaves of rye bread a week.", [("40", 40, 40, False, "/week")]),
    # an offset after the portions stays a length of time
    ("He ate two plates of soup a day later.", [("two", 2, 2, False, None), ("a day", 1, 1, False, "day")]),
])
def test_portions_of_matter_per_day(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year told in words, as a transcript writes it
    ("The mine closed in nineteen ninety-six after a strike.", []),
    ("It was a nineteen eighty-four model.", []),
    ("The plan was to finish by the year two thousand.", []),
    ("Nineteen miners and twenty-five guards were hurt.",
     [("Nineteen", 19, 19, False, None), ("twenty-five", 25, 25, False, None)]),
    # a recent year before the things it dates, after an owner or before data of a year
    ("Its 2025 home insurance plans include three tiers.", [("three", 3, 3, False, None)]),
    ("The analysis used 2023 data from the tax office.", []),
    ("About 2000 plans were filed.", [("About 2000", 2000, 2000, True, None)]),
    # a kind named by how many things it does the work of
    ("The shop sells a 2-in-1 tablet for students.", []),
    ("A three-in-one printer costs $90.", [("$90", 90, 90, False, "USD")]),
    ("She bought 2 tablets in 1 week.", [("2", 2, 2, False, None), ("1 week", 1, 1, False, "week")]),
])
def test_years_in_words_and_kinds_in_one(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the values of a theme's settings in curly quotes: page furniture
    ("[block top_padding=”12%” height=”300″ opacity=”1″] The farm sold 40 lambs.",
     [("40", 40, 40, False, None)]),
    # a sample's size stays
    ("The trial enrolled n=40 adults.", [("40", 40, 40, False, None)]),
])
def test_settings_in_markup(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range told with spaced dashes before what it counts, or after a currency code
    ("Essays run 750 – 2,000 words.", [("750 – 2,000", 750, 2000, False, None)]),
    ("Firms of 250 - 999 employees pay the levy.", [("250 - 999", 250, 999, False, None)]),
    ("Salary: USD 40,000 – 60,000", [("USD 40,000 – 60,000", 40000, 60000, False, "USD")]),
    # two bare numbers with spaced dashes stay two
    ("Go back to step 6 - 7 of the guide.", [("7", 7, 7, False, None)]),
    ("Scores were 3 - 5 at the break.", [("3", 3, 3, False, None), ("5", 5, 5, False, None)]),
])
def test_ranges_with_spaced_dashes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of three numbers told with one unit after the last
    ("That month I swam 1, 2, and 4 miles.",
     [("1", 1, 1, False, "mi"), ("2", 2, 2, False, "mi"), ("4 miles", 4, 4, False, "mi")]),
    ("Check the bread after 10, 20 and 30 minutes.",
     [("10", 10, 10, False, "minute"), ("20", 20, 20, False, "minute"), ("30 minutes", 30, 30, False, "minute")]),
    # two numbers, or a list broken by a verb, stay as they are read
    ("They won 3, 4 and lost 5 games.",
     [("3", 3, 3, False, None), ("4", 4, 4, False, None), ("5", 5, 5, False, None)]),
    ("It took two, three days.", [("two, three days", 2, 3, True, "day")]),
    # a height in feet and inches is one length in inches; sides with an inch mark take inches
    ("The new center is 6'1 and quick.", [("6'1", 73, 73, False, "in")]),
    ("Our guard is 5’10” tall.", [("5’10”", 70, 70, False, "in")]),
    ("The desk top is 19.5 by 27.5” wide.", [("19.5", 19.5, 19.5, False, "in"), ("27.5", 27.5, 27.5, False, "in")]),
])
def test_lists_sharing_a_unit_and_heights(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the amount a per-share amount is compared with, told bare, is per share too
    ("She cut her estimate for the brewer to $4 a share from $5.",
     [("$4 a share", 4, 4, False, "USD/share"), ("$5", 5, 5, False, "USD/share")]),
    ("The dividend was 30 cents a share, compared with 25 cents.",
     [("30 cents a share", 30, 30, False, "cent/share"), ("25 cents", 25, 25, False, "cent/share")]),
    # a total after it stays a total
    ("The offer rose to $9 a share from $400 million in cash.",
     [("$9 a share", 9, 9, False, "USD/share"), ("$400 million", 4e8, 4e8, False, "USD")]),
])
def test_a_base_of_a_per_share_amount(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a class named by a number after "type" or "tier"
    ("Rates of type 2 diabetes rose in the town.", []),
    ("Tier 1 lenders must hold more cash.", []),
    # what one types, and a count after another word, stay
    ("Please type 3 letters in the box.", [("3", 3, 3, False, None)]),
    ("He flies first class 3 times a year.", [("3", 3, 3, False, "/year")]),
])
def test_a_class_named_by_a_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The barn has 10′ long beams.", [("10′", 10, 10, False, "ft")]),
    ("The hedge is 6′3 tall.", [("6′3", 75, 75, False, "in")]),
    ("The barn has 10 long beams.", [("10", 10, 10, False, None)]),
])
def test_a_prime_after_a_number_is_feet(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bound before a height in feet and inches is the height's; a quote mark ends it before a stop
    ("The desk suits people up to 6’7”.", [("up to 6’7”", None, 79, False, "in")]),
    ("It fits riders over 5'9 easily.", [("over 5'9", 69, None, False, "in")]),
    # each value of a setting's list in markup is furniture
    ('[gallery images=”4607,4651,6843″] The farm sold 40 lambs.', [("40", 40, 40, False, None)]),
    # "a year where" names a time, as "a year when" does; a length before "where" stays
    ("It is a year where wages rise.", []),
    ("He spent a week where the river bends.", [("a week", 1, 1, False, "week")]),
])
def test_bounded_heights_setting_lists_and_years_where(text, expected):
    assert found(text) == expected
