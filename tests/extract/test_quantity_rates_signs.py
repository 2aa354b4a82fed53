"""Table tests of rate denominators written short, data and frame rates, signs written as words,
and numbers that name a kind of play, a resolution, an aspect or a reference, not a count (storyline.extract.quantities)."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a short unit of time after a slash or "per" is the rate's denominator
    ("Plans cost $25/mo for each team.", [("$25/mo", 25, 25, False, "USD/month")]),
    ("The drive reads 900 megabytes per second.", [("900 megabytes per second", 900, 900, False, "MB/second")]),
    ("It copies files at 100 MB/s.", [("100 MB/s", 100, 100, False, "MB/second")]),
    ("She earns $40 per hr at the shop.", [("$40 per hr", 40, 40, False, "USD/hour")]),
    ("The fee is $9 a month.", [("$9 a month", 9, 9, False, "USD/month")]),
    # "a second" is an ordinal, not "per second"; a noun that is no denominator stays out
    ("He paid $20 a second time.", [("$20", 20, 20, False, "USD")]),
    ("She paid $30 per session.", [("$30", 30, 30, False, "USD")]),
])
def test_rate_denominators(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Download speeds hit 300 Mbps.", [("300 Mbps", 300, 300, False, "Mbps")]),
    ("The link carries 40 gigabits per second.", [("40 gigabits per second", 40, 40, False, "Gbps")]),
    ("The game runs at 60fps.", [("60fps", 60, 60, False, "fps")]),
    ("The screen has 326 ppi.", [("326 ppi", 326, 326, False, "ppi")]),
    ("The printer prints at 1200 dpi.", [("1200 dpi", 1200, 1200, False, "dpi")]),
    # frames that are things, not a rate, are counted
    ("Sixty frames hung on the wall.", [("Sixty", 60, 60, False, None)]),
])
def test_data_and_frame_rates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Temperatures fell to minus 40 degrees.", [("minus 40 degrees", -40, -40, False, "°")]),
    ("Growth was negative 3 percent.", [("negative 3 percent", -3, -3, False, "%")]),
    ("It was 40 below zero at dawn.", [("40 below zero", -40, -40, False, "°")]),
    # a subtraction is no sign; below freezing is zero only in Celsius
    ("Ten minus four is six.", [("Ten", 10, 10, False, None), ("four", 4, 4, False, None),
                                ("six", 6, 6, False, None)]),
    ("The score was 10 minus 4.", [("10", 10, 10, False, None), ("4", 4, 4, False, None)]),
    ("It was 5 degrees below freezing.", [("5 degrees", 5, 5, False, "°")]),
])
def test_signs_in_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a margin either way: its size is the number, never a value below zero
    ("The survey's error band runs plus or minus 2.8 percentage points.",
     [("2.8 percentage points", 2.8, 2.8, False, "pp")]),
    ("Its margin is +/- 5 percentage points.", [("5 percentage points", 5, 5, False, "pp")]),
    ("The error was plus/minus 2.5 percent.", [("2.5 percent", 2.5, 2.5, False, "%")]),
    # a margin after a value stays that value's; a sign alone stays a sign
    ("The load was 12.4 ± 0.3 tonnes.", [("12.4 ± 0.3 tonnes", 12.4, 12.4, False, "t")]),
    ("Readings dipped to minus 2.8 percent.", [("minus 2.8 percent", -2.8, -2.8, False, "%")]),
])
def test_a_margin_either_way(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a minus before the currency sign is the amount's sign
    ("The fund closed the year at -$5 million.", [("-$5 million", -5e6, -5e6, False, "USD")]),
    ("The balance fell to (−£40) by March.", [("−£40", -40, -40, False, "GBP")]),
    # an amount with no sign keeps its value, and a dash after a value is no sign
    ("The fund closed the year at $5 million.", [("$5 million", 5e6, 5e6, False, "USD")]),
    ("Plan: 12 months at 0% -$299", [("12 months", 12, 12, False, "month"), ("0%", 0, 0, False, "%"),
                                      ("$299", 299, 299, False, "USD")]),
])
def test_a_minus_before_the_currency(text, expected):
    assert found(text) == expected


def test_a_range_with_the_currency_on_both_ends():
    assert found("Bags cost $5-$10 each.") == [("$5-$10", 5, 10, False, "USD")]


@pytest.mark.parametrize("text, expected", [
    # a pairing of sides is a kind of talk or play
    ("They hold one-on-one talks every week.", []),
    ("The winger scored on a two-on-one.", []),
    ("They play 3-on-3 basketball on Sundays.", []),
    ("The coach held 12 one-on-one meetings.", [("12", 12, 12, False, None)]),
    # "one of the first / few / many" is an idiom; one of a set named is a count
    ("One of the first signs was a rash.", []),
    ("It is one of the few places left.", []),
    ("He was one of the many people there.", []),
    ("One of the injured men died.", [("One", 1, 1, False, None)]),
    ("One of the first five ships sank.", [("five", 5, 5, False, None)]),
    # "4K" before what shows a picture is a resolution; before other nouns it is thousands
    ("The phone records 4K video.", []),
    ("She bought an 8K TV.", []),
    ("They raised 4k for the charity.", [("4k", 4000, 4000, False, None)]),
    ("The race drew 4K runners.", [("4K", 4000, 4000, False, None)]),
    # two numbers joined by a colon are an aspect, a pairing or a reference; a score stays
    ("They offer 1:1 calls to every user.", []),
    ("It is one of the best 16:9 monitors.", []),
    ("See the error at main.rs:5:5 below.", []),
    ("Arsenal won 2:1 at home.", [("2", 2, 2, False, None), ("1", 1, 1, False, None)]),
    ("The team leads 3:2 in the series.", [("3", 3, 3, False, None), ("2", 2, 2, False, None)]),
])
def test_no_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and over", "and up", "or older" leave one side open, and the unit after them counts
    ("Adults aged 65 and over were asked.", [("65 and over", 65, None, False, "year")]),
    ("Tickets cost $50 and up.", [("$50 and up", 50, None, False, "USD")]),
    ("Children 12 and under ride free.", [("12 and under", None, 12, False, None)]),
    ("It is open to people 18 years and older.", [("18 years and older", 18, None, False, "year")]),
    ("Most models have ranges of 300 and more miles.", [("300 and more miles", 300, None, False, "mi")]),
    ("Households making $1 million or more a year.", [("$1 million or more a year", 1e6, None, False, "USD/year")]),
    # not before "than", another number, "up to" or a time or place
    ("Cars get between 250 and more than 400 miles.",
     [("250", 250, 250, False, None), ("more than 400 miles", 400, None, False, "mi")]),
    ("Sales rose 2.3 percent and up 4 percent.", [("2.3 percent", 2.3, 2.3, False, "%"), ("4 percent", 4, 4, False, "%")]),
    ("They raised $30 and over the weekend it grew.", [("$30", 30, 30, False, "USD")]),
    ("Fans got $30 and more.", [("$30", 30, 30, False, "USD")]),
])
def test_open_sides_after_a_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the top of a rating's scale is no figure; the rating is
    ("Score 4.5 out of 5", [("4.5", 4.5, 4.5, False, None)]),
    ("We rated the sound an 8 out of 10.", [("8", 8, 8, False, None)]),
    ("It has 4.7 out of 5 stars on the store.", [("4.7", 4.7, 4.7, False, None)]),
    # a total after "out of" counts: of things named, or of wins
    ("The caucus handed out 39 out of 55 delegates.", [("39", 39, 39, False, None), ("55", 55, 55, False, None)]),
    ("The team won 7 out of 10.", [("7", 7, 7, False, None), ("10", 10, 10, False, None)]),
])
def test_rating_scales(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" before a noun that brings in a point, at a sentence's start or with the point told
    ("One problem is the cost of fuel.", []),
    ("One downside to leases is the mileage cap.", []),
    ("Although one drawback is the noise, it works.", []),
    ("Perhaps one solution is to wait.", []),
    # a count of one stays: bounded, contrasted, or before another noun
    ("She found only one drawback to the plan.", [("only one", 1, 1, False, None)]),
    ("One option was dropped, two were kept.", [("One", 1, 1, False, None), ("two", 2, 2, False, None)]),
    ("The machine has one feature no other has.", [("one", 1, 1, False, None)]),
])
def test_one_bringing_in_a_point(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "or so" after a number or its unit: about that much, the unit also after it
    ("The ferry waits 20 minutes or so at the pier.", [("20 minutes or so", 20, 20, True, "minute")]),
    ("Some 60 or so boats joined the search.", [("Some 60 or so", 60, 60, True, None)]),
    ("The fix cost 30 or so dollars.", [("30 or so dollars", 30, 30, True, "USD")]),
    ("The ward stayed shut a week or so.", [("a week or so", 1, 1, True, "week")]),
    # a clause or "so-called" after "or so" is no hedge of the number
    ("The crew lost 5 kg or so it seemed.", [("5 kg", 5, 5, False, "kg")]),
    ("They owe $8 or so-called late fees.", [("$8", 8, 8, False, "USD")]),
])
def test_or_so_is_about(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plus before a rate's denominator: a lower bound of the rate
    ("The post pays $900+/month.", [("$900+/month", 900, None, False, "USD/month")]),
    ("Seats cost $7+/user.", [("$7+/user", 7, None, False, "USD/user")]),
    ("Tickets cost $20+.", [("$20+", 20, None, False, "USD")]),
    # a sum is no bound
    ("The score was 5+3 at the break.", [("5", 5, 5, False, None)]),
])
def test_a_plus_before_a_rate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "up to" before values under zero: how far down they reach, a lower bound
    ("The new mode trims the hum by up to -8 or -9dB.", [("up to -8 or -9dB", -9, None, True, "dB")]),
    ("Night lows of up to -20 degrees are forecast.", [("up to -20 degrees", -20, None, False, "°")]),
    ("The plugin lowers the signal by up to -6dB.", [("up to -6dB", -6, None, False, "dB")]),
    # positive values, and "under" or "below" a value under zero, keep their upper bound
    ("The new mode trims the hum by up to 8 or 9dB.", [("up to 8 or 9dB", None, 9, True, "dB")]),
    ("Up to 40 people lined up.", [("Up to 40", None, 40, False, None)]),
    ("The peaks stay under -3dB on every track.", [("under -3dB", None, -3, False, "dB")]),
    ("A mix without the alternative stays: -4 or -6dB.", [("-4 or -6dB", -6, -4, True, "dB")]),
])
def test_up_to_below_zero(text, expected):
    assert found(text) == expected
