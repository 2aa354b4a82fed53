"""Table tests of quantity finding and normalisation (storyline.extract.quantities)."""

from __future__ import annotations

import re

import pytest

from storyline.extract.quantities import VAGUE, parse_number, quantities, score_of
from storyline.model import Quantity

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # exact
    ("They sent 10,000 troops.", [("10,000", 10000, 10000, False, None)]),
    ("Russia gathered 50 000 soldiers.", [("50 000", 50000, 50000, False, None)]),
    ("About 12 thousand soldiers arrived.", [("About 12 thousand", 12000, 12000, True, None)]),
    ("The navy lost ten ships.", [("ten", 10, 10, False, None)]),
    ("A dozen drones were seen.", [("A dozen", 12, 12, False, None)]),
    ("Half a dozen helicopters came.", [("Half a dozen", 6, 6, False, None)]),
    ("Some 1.5 million people fled.", [("Some 1.5 million", 1.5e6, 1.5e6, True, None)]),
    ("Twenty-five buses left.", [("Twenty-five", 25, 25, False, None)]),
    # approximate
    ("approximately 11,000 soldiers", [("approximately 11,000", 11000, 11000, True, None)]),
    ("nearly 300 civilians", [("nearly 300", 300, 300, True, None)]),
    ("roughly 40 villages", [("roughly 40", 40, 40, True, None)]),
    ("around 70 ships", [("around 70", 70, 70, True, None)]),
    ("an estimated 900 deaths", [("an estimated 900", 900, 900, True, None)]),
    # bounds
    ("over 3,000 soldiers", [("over 3,000", 3000, None, False, None)]),
    ("more than 200 died", [("more than 200", 200, None, False, None)]),
    ("at least ten missiles", [("at least ten", 10, None, False, None)]),
    ("up to 100 000 troops", [("up to 100 000", None, 100000, False, None)]),
    ("fewer than 50 people", [("fewer than 50", None, 50, False, None)]),
    ("at most 20 boats", [("at most 20", None, 20, False, None)]),
    ("less than 5% of voters", [("less than 5%", None, 5, False, "%")]),
    ("as many as 3 million ballots", [("as many as 3 million", None, 3e6, False, None)]),
    ("claims might exceed £1 billion", [("exceed £1 billion", 1e9, None, False, "GBP")]),
    # ranges
    ("10,000 to 12,000 troops", [("10,000 to 12,000", 10000, 12000, False, None)]),
    ("10,000-12,000 troops", [("10,000-12,000", 10000, 12000, False, None)]),
    ("between 30 and 40 people", [("between 30 and 40", 30, 40, False, None)]),
    ("approximately 10,000 to 12,000 troops",
     [("approximately 10,000 to 12,000", 10000, 12000, True, None)]),
    ("10 to 12 thousand troops", [("10 to 12 thousand", 10000, 12000, False, None)]),
    ("two or three tanks", [("two or three", 2, 3, True, None)]),
    # vague
    ("several hundred casualties", [("several hundred", 200, 900, True, None)]),
    ("dozens of homes", [("dozens", 24, 99, True, None)]),
    ("hundreds of people", [("hundreds", 200, 999, True, None)]),
    ("thousands of refugees", [("thousands", 2000, 9999, True, None)]),
    ("tens of thousands of troops", [("tens of thousands", 20000, 99999, True, None)]),
    # percentages and money
    ("Prices rose 12%.", [("12%", 12, 12, False, "%")]),
    ("Prices rose 3.5 percent.", [("3.5 percent", 3.5, 3.5, False, "%")]),
    ("Prices rose 12 per cent.", [("12 per cent", 12, 12, False, "%")]),
    ("Unemployment rose 0.3 percentage points.", [("0.3 percentage points", 0.3, 0.3, False, "pp")]),
    ("a $1.5 billion package", [("$1.5 billion", 1.5e9, 1.5e9, False, "USD")]),
    ("a €300m deal", [("€300m", 3e8, 3e8, False, "EUR")]),
    ("2 million euros", [("2 million euros", 2e6, 2e6, False, "EUR")]),
    ("2,100 dollars a month", [("2,100 dollars a month", 2100, 2100, False, "USD/month")]),  # a rate
    # units
    ("several hundred square kilometers", [("several hundred square kilometers", 200, 900, True, "km2")]),
    ("roughly 40 square kilometres", [("roughly 40 square kilometres", 40, 40, True, "km2")]),
    ("200 square miles", [("200 square miles", 200, 200, False, "mi2")]),
    ("They drove 40 km.", [("40 km", 40, 40, False, "km")]),
    ("at 90 km/h", [("90 km/h", 90, 90, False, "km/h")]),
    ("winds of up to 90 kilometres per hour", [("up to 90 kilometres per hour", None, 90, False, "km/h")]),
    ("12 tonnes of aid", [("12 tonnes", 12, 12, False, "t")]),
    ("a 3.2-kilometre course", [("3.2-kilometre", 3.2, 3.2, False, "km")]),
    ("41 degrees Celsius", [("41 degrees Celsius", 41, 41, False, "°C")]),
    ("more than 1,500 hectares", [("more than 1,500 hectares", 1500, None, False, "ha")]),
    ("A 34-year-old man", [("34-year-old", 34, 34, False, "year")]),
    # an age told in months, weeks or days keeps its unit
    ("Her 13-month-old son", [("13-month-old", 13, 13, False, "month")]),
    ("a two-week-old foal", [("two-week-old", 2, 2, False, "week")]),
    ("The 5-day-old calf", [("5-day-old", 5, 5, False, "day")]),
    ("a 10,000-strong force", [("10,000", 10000, 10000, False, None)]),
    # fractions of a whole are shares, in percent
    ("Nearly one-fifth of the women live abroad.", [("Nearly one-fifth", 20, 20, True, "%")]),
    ("The rebels hold about a third of the province.", [("about a third", 33.3, 33.3, True, "%")]),
    ("Two-thirds of the members voted yes.", [("Two-thirds", 66.7, 66.7, False, "%")]),
    # a number passed, topped or crossed is a lower bound
    ("The count of missing fishermen had passed 40, the coast guard said.", [("passed 40", 40, None, False, None)]),
    ("Orders for the new tablet topped 2 million.", [("topped 2 million", 2e6, None, False, None)]),
    ("Ticket sales crossed the 5,000 mark.", [("5,000", 5000, None, False, None)]),
    ("The river crossed 3 provinces.", [("3", 3, 3, False, None)]),
    ("The bus passed 12 schools on its route.", [("12", 12, 12, False, None)]),
    # a small number word after "the" and before a bare plural noun refers back
    ("Last spring the two parties formed a coalition.", []),
    ("Guards led the four prisoners away.", []),
    ("The five firefighters who were injured are recovering.", [("five", 5, 5, False, None)]),
    ("Police charged the 300 protesters.", [("300", 300, 300, False, None)]),
    ("Only four jurors disagreed.", [("Only four", 4, 4, False, None)]),
])
def test_quantities(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dates and years
    ("On Nov. 12 the talks began.", []),
    ("It happened on November 20.", []),
    ("It happened on 12 November 2023.", []),
    ("The war started in 2022.", []),
    ("The blaze is the largest since 1998.", []),
    ("date 2024-11-21", []),
    # clock times
    ("5:04 PM", []),
    ("The start is at 10:30 a.m.", []),
    # ordinals and ranks
    ("She finished 11th.", []),
    ("He ended in 14th position.", []),
    ("The 3rd Assault Brigade held.", []),
    # phone numbers
    ("Call 555-123-4567 now.", []),
    ("Call +44 20 7946 0958 now.", []),
    ("Call the hotline on 0800 555 0199.", []),
    # identifiers, unit and place names
    ("The Russian 810 separate brigade of marines fought.", []),
    ("Kursk-2 was hit.", []),
    ("B-52 bombers arrived.", []),
    ("F-16 jets flew.", []),
    ("Route 21 is closed.", []),
    ("Flight 902 landed.", []),
    ("Article 5 of the treaty applies.", []),
    ("The G7 summit opened.", []),
    # a key's value in a link's query; an equals sign between spaced numbers stays
    ("Read it at news.example/view?item=40213&part=2 today.", []),
    ("The board voted 7 = 7 on the plan.", [("7", 7, 7, False, None), ("7", 7, 7, False, None)]),
    # names with numbers
    ("The Apollo 11 replica drew crowds.", []),
    ("Windows 11 is installed.", []),
    ("The Thirty Years' War ended.", []),
    # list numbering, picture counters, page furniture
    ("1. Wash your hands often.", []),
    ("Photo 2/8 shows the site.", []),
    ("See picture 3/12 here.", []),
    ("Page 2 of 5", []),
    ("3 min read", []),
    # pronoun "one"
    ("One of them said so.", []),
    ("The talk lasted a quarter of an hour.", []),
    ("the 1995–96 season", []),
    # "the two" standing for people already named
    ("He said the two talked for hours.", []),
])
def test_not_quantities(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Russian 810 separate brigade fought.", []),
    ("It happened on Nov. 12.", []),
    ("They sent 10,000 troops.", [("10,000", 10000.0, 10000.0, False, None)]),
])
def test_quantities_without_parse(text, expected):
    assert [(q.text, q.low, q.high, q.approx, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("12 thousand", 12000), ("1.5 million", 1.5e6), ("ten", 10), ("twenty-one", 21),
    ("50 000", 50000), ("3bn", 3e9), ("word", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_vague_table_is_ordered():
    for lo, hi in VAGUE.values():
        assert lo < hi


def test_hundred_and_thirty():
    assert found("a book of five hundred and thirty pages") == [("five hundred and thirty", 530, 530, False, None)]


@pytest.mark.parametrize("text, expected", [
    # numbers in words joined after their multiplier, only when the second is the smaller
    ("I want a hundred and two of those.", [("a hundred and two", 102, 102, False, None)]),
    ("three million, two hundred & forty votes", [("three million, two hundred & forty", 3000240, 3000240, False, None)]),
    ("He has five hundred, and two friends came.", [("five hundred", 500, 500, False, None), ("two", 2, 2, False, None)]),
    ("two hundred, three hundred or more", [("two hundred", 200, 200, False, None),
                                            ("three hundred or more", 300, None, False, None)]),
    # mixed fractions, and plain ones before a unit or "of"; never a date or a counter
    ("It takes 10 1/2 miles of cable.", [("10 1/2 miles", 10.5, 10.5, False, "mi")]),
    ("a 1/4 inch gap", [("1/4 inch", 0.25, 0.25, False, "in")]),
    ("In 2 1/2 years it was done.", [("2 1/2 years", 2.5, 2.5, False, "year")]),
    ("the 9/11 attacks", []),
    ("news 24/7", []),
    ("a 3/2 split", []),
])
def test_joined_words_and_fractions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a conversion in parentheses is read; a phone number in parentheses is not
    ("winds of 60 mph (97 km/h)", [("60 mph", 60, 60, False, "mph"), ("97 km/h", 97, 97, False, "km/h")]),
    ("It is 1,500,000 kilometres (930,000 mi) away.",
     [("1,500,000 kilometres", 1.5e6, 1.5e6, False, "km"), ("930,000 mi", 930000, 930000, False, "mi")]),
    ("Call (020) 7946 0000 now.", []),
    ("Call us on (555 123 4567).", []),
    ("Prices of 25 goods (12 of them food) rose.", [("25", 25, 25, False, None), ("12", 12, 12, False, None)]),
    ("The rules are (1) be kind and (2) be brief.", []),
    ("It ran alert(1) in the page.", []),
])
def test_numbers_in_parentheses(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a suspended hyphen ("four- to five-point"), a spaced dash before a unit; not a spaced score
    ("a four- to five-point lead", [("four- to five", 4, 5, False, None)]),
    ("an 8- to 16-meter mirror", [("8- to 16-meter", 8, 16, False, "m")]),
    ("It will take 10 - 15 minutes.", [("10 - 15 minutes", 10, 15, False, "minute")]),
    ("They won 2 - 1 on Sunday.", [("2", 2, 2, False, None), ("1", 1, 1, False, None)]),
    ("He scored 10 - The crowd cheered.", [("10", 10, 10, False, None)]),
    # "no more than" is an upper bound, never "more than"
    ("no more than 10 - 15 minutes", [("no more than 10 - 15 minutes", None, 15, False, "minute")]),
    ("There were no more than 40.", [("no more than 40", None, 40, False, None)]),
    ("There were more than 40.", [("more than 40", 40, None, False, None)]),
])
def test_ranges_and_bounds(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" after a determiner is a pronoun, "one X too many" an idiom, "-handed" a manner
    ("It was better than the one in 1908.", []),
    ("It was one hurdle too many for her.", []),
    ("They shared a two-handed shake.", []),
    ("She is in primary one.", []),
    ("One man died.", [("One", 1, 1, False, None)]),
    # "one ... the other": one of a pair set against the other, not a count ("the other day" is a time)
    ("She blamed one report for the delay and the other for the cost.", []),
    ("He blamed one long and much delayed report for the losses and the other for the cost.", []),
    ("One side wants a deal, but the other refuses.", []),
    ("One man was hurt and the other day a fire broke out.", [("One", 1, 1, False, None)]),
    # "one ... another": one of two set side by side, a pronoun; a casualty or a count after stays
    ('One banner read "Go home" while the flag on another read "Stay: now".', []),
    ("One sign praised the mayor and another mocked him.", []),
    ("One man was killed and another was hurt in the crash.", [("One", 1, 1, False, None)]),
    ("One truck carried 20 tonnes and another 12 more.",
     [("One", 1, 1, False, None), ("20 tonnes", 20, 20, False, "t"), ("another 12", 12, 12, False, None)]),
    # the owner of a thing picked out ("one fan's banner") is an example; an amount of time owned counts
    ("Police said one fan's banner was torn.", []),
    ("They paid one month's rent in advance.", [("one month", 1, 1, False, "month")]),
    ("Divers found one man's body in the river.", [("one", 1, 1, False, None)]),
    # the speaker of a quotation, right after it, is who speaks
    ('"We need help," one nurse at the clinic said.', []),
    ('"The roof fell in." One man died in the fire.', [("One", 1, 1, False, None)]),
    # a class of a school by its number
    ("Her son is in grade two at the village school.", []),
    ("The girl is in primary 6 and walks to school.", []),
    ("The twins are in class 3 at the village school.", []),
    ("The boy is in Year 9 at the local school.", []),
    ("In year 5 of the war, the army lost 300 tanks.", [("5", 5, 5, False, None), ("300", 300, 300, False, None)]),
    ("Grade 2 students planted 30 trees.", [("30", 30, 30, False, None)]),
    # a day of a month, a clock time without minutes: no count
    ("The Hawks celebrated their Nov. 2 win over the Bears.", []),
    ("The vote on November 8 drew 300 people.", [("300", 300, 300, False, None)]),
    ("The rally began at around 11pm and drew 400 marchers.", [("400", 400, 400, False, None)]),
    ("the one-year anniversary", [("one-year", 1, 1, False, "year")]),
    ("the distance that one mile covers", [("one mile", 1, 1, False, "mi")]),
    ("Two hands were raised.", [("Two", 2, 2, False, None)]),
])
def test_numbers_that_are_not_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # South Asian multipliers and digit grouping; currency codes after the amount
    ("a loan of 35 lakh rupees", [("35 lakh rupees", 3.5e6, 3.5e6, False, "INR")]),
    ("a loan of 12,34,567 rupees", [("12,34,567 rupees", 1234567, 1234567, False, "INR")]),
    ("They paid 50 million USD.", [("50 million USD", 5e7, 5e7, False, "USD")]),
    ("It costs 115USD.", [("115USD", 115, 115, False, "USD")]),
    ("1,234,567 people came.", [("1,234,567", 1234567, 1234567, False, None)]),
    ("He read 12,345 pages.", [("12,345", 12345, 12345, False, None)]),
    # a currency sign after the amount, not the sign of the next amount
    ("Tickets cost 15 € each.", [("15 €", 15, 15, False, "EUR")]),
    ("It costs 500€ a night.", [("500€ a night", 500, 500, False, "EUR/night")]),
    ("between 10 $30 and more", [("10", 10, 10, False, None), ("$30", 30, 30, False, "USD")]),
])
def test_other_multipliers_and_codes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a score is two figures, one per side
    ("They won 2-1.", [("2", 2, 2, False, None), ("1", 1, 1, False, None)]),
    ("a 3-1 lead", [("3", 3, 3, False, None), ("1", 1, 1, False, None)]),
    ("The Hawks won 8-7 on Wednesday.", [("8", 8, 8, False, None), ("7", 7, 7, False, None)]),
    # a range goes up; identifiers and counts of balls and strikes are not scores
    ("from 10-12 people", [("from 10-12", 10, 12, False, None)]),
    ("the 2015-16 season", []),
])
def test_scores(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two numbers joined by a dash before a singular noun, or standing alone after "the", name one thing
    ("A 4-9 manager told reporters about it.", []),
    ("She bought milk at the 4-9 near the station.", []),
    ("He fouled off a 0-2 slider.", []),
    # a range counts many of something, or qualifies an age group
    ("Between 10-12 people came.", [("Between 10-12", 10, 12, False, None)]),
    ("Pupils aged 7-11 took part.", [("7-11", 7, 11, False, "year")]),
    ("The 18-24 age group voted early.", [("18-24", 18, 24, False, None)]),
    ("It grew by 3-4 per cent.", [("3-4 per cent", 3, 4, False, "%")]),
])
def test_a_dashed_pair_that_names_a_thing_is_no_range(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, pos, expected", [
    ("They won 5-1 at home.", 9, "5-1"),
    ("They won 5-1 at home.", 11, "5-1"),
    ("a 4-4 draw", 2, "4-4"),
    ("from 10-12 people", 5, None),  # a range rises
    ("from 10-12 people", 8, None),
    ("It rose 5-3 percent.", 8, None),  # a unit after it
    ("a 2015-16 season", 2, None),
    ("He scored 5 goals.", 10, None),
])
def test_score_of(text, pos, expected):
    digits = re.match(r"\d+", text[pos:]).group(0)  # one side, as quantities() reads it
    span = score_of(text, Quantity(digits, pos, pos + len(digits), float(digits), float(digits)))
    assert (text[span[0]:span[1]] if span else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("1 of 23 Full Screen Autoplay Close", []),  # picture counter
    ("REUTERS 1 of 31 The leaders met.", []),
    ("Image copyright EPA 6 The leaders met.", []),  # number after a picture credit
    ("Getty Images 9 Crowds gathered.", []),
    ("The video will start in 8 Cancel", []),
    ("In pictures 29 show all", []),  # a picture counter after the gallery's heading
    ("He told 60 Minutes the talks had failed.", []),  # a capitalised unit of time: a title
    ("The talks lasted 60 minutes.", [("60 minutes", 60, 60, False, "minute")]),
    ("Sixty Minutes later the talks ended.", [("Sixty Minutes", 60, 60, False, "minute")]),
    ("He lives at 1600 Pennsylvania Avenue.", []),  # street number
    ("The shop at 410 E. Main Street reopened.", []),  # street number with a direction
    ("The office at 1200 NW Hill Road closed.", []),
    ("She is one of the most famous singers.", []),  # idiom
    ("It ended at 3:30pm GMT.", []),  # clock time
    ("the best-of-seven series", []),
    ("It was game seven.", []),
    ("The board meets again in May.\n-30-\n", []),  # an end mark between dashes
    ("The vote is two weeks from now.", []),  # a point in time told from the day of writing
    ("Type {{ 6*8 }} to test it.", []),  # arithmetic
    ("Seats marked 12* were sold.", [("12", 12, 12, False, None)]),  # a footnote mark after a number
    ("The law applies a year from today.", []),
    ("The strike lasted two weeks.", [("two weeks", 2, 2, False, "week")]),
    ("Readings fell to -30 overnight.", [("-30", -30, -30, False, None)]),
    # figures that look alike stay
    ("2 of 5 patients were hurt.", [("2", 2, 2, False, None), ("5", 5, 5, False, None)]),
    ("NATO has 28 members.", [("28", 28, 28, False, None)]),
    # a plural spelt as its singular, or a group counted by its members, is counted
    ("The air force lost 12 aircraft.", [("12", 12, 12, False, None)]),
    ("The farm kept 300 sheep.", [("300", 300, 300, False, None)]),
    ("The hospital hired 40 staff.", [("40", 40, 40, False, None)]),
    ("They formed the 810 brigade.", []),  # a singular noun after a number names a unit
    ("He played 1600 games.", [("1600", 1600, 1600, False, None)]),
    ("They won seven games.", [("seven", 7, 7, False, None)]),
])
def test_page_furniture_and_identifiers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a duration between two events is a figure
    ("It began nearly three years ago.", [("nearly three years", 3, 3, True, "year")]),
    ("He resigned nine days later.", [("nine days", 9, 9, False, "day")]),
    # one of a unit of time, with its bound
    ("The board met a week later.", [("a week", 1, 1, False, "week")]),
    ("It happened more than a week ago.", [("more than a week", 1, None, False, "week")]),
    ("The talks went on for an hour and a half.", [("an hour and a half", 90, 90, False, "minute")]),
    ("It lasted more than three decades.", [("more than three decades", 30, None, False, "year")]),
    ("Donors gave $100 million or more.", [("$100 million or more", 1e8, None, False, "USD")]),
    ("The drought lasted over a century.", [("over a century", 100, None, False, "year")]),
    ("decades of neglect", [("decades", 20, None, True, "year")]),
    # vague and repeated counts, counting ordinals
    ("Several donors called.", [("Several", 2, 9, True, None)]),
    ("She won the title twice.", [("twice", 2, 2, False, None)]),
    ("a four-time champion", [("four-time", 4, 4, False, None)]),
    ("He is the 45th president.", [("45th", 45, 45, False, None)]),
    ("She sought a third consecutive term.", [("third", 3, 3, False, None)]),
    ("They scored in the 10th inning.", [("10th", 10, 10, False, None)]),
    ("He scored his 1,000th career point.", [("1,000th", 1000, 1000, False, None)]),
    ("The third goal of the plan is to cut costs.", []),
    # rates, time frames, parts of a unit, ranks and plain ordinals are not
    ("Workers earn 2,100 dollars a month.", [("2,100 dollars a month", 2100, 2100, False, "USD/month")]),
    ("They train three times a day.", [("three", 3, 3, False, "/day")]),
    ("The army lost 1,200 men in a week.", [("1,200", 1200, 1200, False, None)]),
    ("The talk lasted a quarter of an hour.", []),
    # a fraction before "the" and what it is a share of: a share, as with "of"
    ("The new lamps use one quarter the power of the old ones.", [("one quarter", 25, 25, False, "%")]),
    ("The flat went for a third the price of the house.", [("a third", 33.3, 33.3, False, "%")]),
    ("In one quarter the team scored 40 points.", [("40", 40, 40, False, None)]),
    ("She finished 11th.", []),
    ("It was the first time.", []),
    ("After the third debate, polls moved.", []),
])
def test_counts_in_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # units glued to the number, currency codes and symbols, rates with their denominator
    ("a loss of EUR5m", [("EUR5m", 5e6, 5e6, False, "EUR")]),
    ("Tickets cost SGD40.", [("SGD40", 40, 40, False, "SGD")]),
    ("a 64GB phone", [("64GB", 64, 64, False, "GB")]),
    # a lower number after "to" gives its unit to the first; a rising pair is a range
    ("Support split 61 to 39 percent.", [("61", 61, 61, False, "%"), ("39 percent", 39, 39, False, "%")]),
    ("The dose went from 40 to 25 mg.", [("40", 40, 40, False, "mg"), ("25 mg", 25, 25, False, "mg")]),
    ("Prices rose 6 to 8 percent.", [("6 to 8 percent", 6, 8, False, "%")]),
    ("It must cut emissions by 2030 to 30 percent below the old level.", [("30 percent", 30, 30, False, "%")]),
    # a scaled amount of pounds is money, unless it is a weight of something
    ("The club paid 85 million pounds for the striker.", [("85 million pounds", 85e6, 85e6, False, "GBP")]),
    ("The farm shipped 2 million pounds of apples.", [("2 million pounds", 2e6, 2e6, False, "lb")]),
    ("The ship can carry 3 million pounds.", [("3 million pounds", 3e6, 3e6, False, "lb")]),
    # a lower-case "g" glued to a number is grams; a capital G is a network generation
    ("a 250g bag of rice", [("250g", 250, 250, False, "g")]),
    ("The cake needs 75g.", [("75g", 75, 75, False, "g")]),
    ("The 5G masts went up.", []),
    ("HK$5 billion", [("HK$5 billion", 5e9, 5e9, False, "HKD")]),
    ("Rent is $2,000 a month.", [("$2,000 a month", 2000, 2000, False, "USD/month")]),
    ("It paid $1.22 per share.", [("$1.22 per share", 1.22, 1.22, False, "USD/share")]),
    ("a 300 hp engine", [("300 hp", 300, 300, False, "hp")]),
    ("It was 90 degrees Fahrenheit.", [("90 degrees Fahrenheit", 90, 90, False, "°F")]),
    ("a 3-inch screen", [("3-inch", 3, 3, False, "in")]),
    # singular and abbreviated units, the degree sign before its scale
    ("The file is 100 MB.", [("100 MB", 100, 100, False, "MB")]),
    ("The chip runs at 2.8 GHz.", [("2.8 GHz", 2.8, 2.8, False, "GHz")]),
    ("Water boils at 100° Celsius.", [("100° Celsius", 100, 100, False, "°C")]),
    # letters glued to a number that are not a unit
    ("B-52 bombers flew.", []),
    ("Flight MB 100 left.", []),
    ("The G7 met.", []),
])
def test_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # minus signs; a range with its unit on both ends
    ("It fell to -5 degrees.", [("-5 degrees", -5, -5, False, "°")]),
    ("The index moved -2.5% on Monday.", [("-2.5%", -2.5, -2.5, False, "%")]),
    ("Lows ranged from -18 °C to -34 °C.", [("-18 °C to -34 °C", -34, -18, False, "°C")]),
    ("Patients were given 44 mg to 50 mg.", [("44 mg to 50 mg", 44, 50, False, "mg")]),
    # a hyphen after a name or a number is not a minus
    ("B-52 bombers flew.", []),
    ("from 10-12 people", [("from 10-12", 10, 12, False, None)]),
])
def test_minus_and_unit_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a glued "m" is metres where a length is told, millions elsewhere
    ("They dug only 13m down.", [("only 13m", 13, 13, False, "m")]),
    ("It fell into the 40m dry well.", [("40m", 40, 40, False, "m")]),
    ("a depth of 40m.", [("40m", 40, 40, False, "m")]),
    ("a loss of £40m", [("£40m", 40e6, 40e6, False, "GBP")]),
    # two shares are not a range; a plural the parse calls singular is still counted
    ("Rivera led 52 percent to 41 percent.", [("52 percent", 52, 52, False, "%"), ("41 percent", 41, 41, False, "%")]),
    ("The Hawks won in 10 innings.", [("10", 10, 10, False, None)]),
    ("Thousands took to the streets.", [("Thousands", 2000, 9999, True, None)]),
])
def test_lengths_shares_and_crowds(text, expected):
    assert found(text) == expected


def test_fraction():
    assert found("one-fifth of voters") == [("one-fifth", 20, 20, False, "%")]


@pytest.mark.parametrize("text, expected", [
    # an amount and its hundredths, the currency written after the units
    ("The ticket cost 4 dollars 20 cents.", [("4 dollars 20 cents", 4.2, 4.2, False, "USD")]),
    ("A coffee is 3 euros and 80.", [("3 euros and 80", 3.8, 3.8, False, "EUR")]),
    ("The fee rose to 12 USD 40.", [("12 USD 40", 12.4, 12.4, False, "USD")]),
    ("He spent eleven dollars and thirty cents", [("eleven dollars and thirty cents", 11.3, 11.3, False, "USD")]),
    # not hundredths: a count after the amount, or a number with its own currency
    ("She gave 20 dollars and 30 people came.", [("20 dollars", 20, 20, False, "USD"), ("30", 30, 30, False, None)]),
    ("They paid $8 and 2 more.", [("$8", 8, 8, False, "USD"), ("2", 2, 2, False, None)]),
    ("rmb 30 usd 40", [("30 usd", 30, 30, False, "USD"), ("40", 40, 40, False, None)]),
])
def test_money_with_hundredths(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # part of a multiplier
    ("The house sold for half a million dollars.", [("half a million dollars", 5e5, 5e5, False, "USD")]),
    ("Half a million people marched.", [("Half a million", 5e5, 5e5, False, None)]),
    ("The grant is a quarter million euros.", [("a quarter million euros", 2.5e5, 2.5e5, False, "EUR")]),
    ("It cost three quarters billion dollars.", [("three quarters billion dollars", 7.5e8, 7.5e8, False, "USD")]),
    ("Half the voters stayed home.", [("Half", 50, 50, False, "%")]),  # a share, not a multiplier
    # a multiplier in the currency code, or after it
    ("Sales reached 40 MUSD last year.", [("40 MUSD", 4e7, 4e7, False, "USD")]),
    ("The deal is worth 12 MEUR.", [("12 MEUR", 1.2e7, 1.2e7, False, "EUR")]),
    ("They lost 60 USD million.", [("60 USD million", 6e7, 6e7, False, "USD")]),
    ("They lost 60 USD in fees.", [("60 USD", 60, 60, False, "USD")]),
])
def test_scaled_amounts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a currency makes an amount of what looks like a unit's or a product's number
    ("The firm won a $12.5 million navy contract.", [("$12.5 million", 1.25e7, 1.25e7, False, "USD")]),
    ("He sold the car for GBP 900.", [("GBP 900", 900, 900, False, "GBP")]),
    ("The 42 separate brigade moved.", []),
    # "hrs" after a small number is a duration; after four digits a clock time
    ("The crossing took only 6 hrs.", [("only 6 hrs", 6, 6, False, "hour")]),
    ("The curfew starts at 2200 hrs.", []),
    # a span of minutes the parse calls a date is still a duration
    ("The call was meant to last 20 to 30 minutes.", [("20 to 30 minutes", 20, 30, False, "minute")]),
    ("The dose was 200 micrograms.", [("200 micrograms", 200, 200, False, "µg")]),
])
def test_amounts_units_and_clock(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("For help, call 0800 555 0199 today.", []),
    ("In an emergency dial 999.", []),
    ("The phone call lasted 40 minutes.", [("40 minutes", 40, 40, False, "minute")]),
    ("She will call 12 donors.", [("12", 12, 12, False, None)]),
])
def test_phone_numbers_and_counts_after_call(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fraction signs, alone or after a whole number
    ("Stir in ½ cup of milk.", [("½ cup", 0.5, 0.5, False, "cup")]),
    ("The trail is 3¼ miles long.", [("3¼ miles", 3.25, 3.25, False, "mi")]),
    # scientific notation; the margin after "+/-" is not a second quantity
    ("The rate was 3.1e-4 per cycle.", [("3.1e-4", 0.00031, 0.00031, False, None)]),
    ("A factor of 1.5×10−6 was found.", [("1.5×10−6", 1.5e-06, 1.5e-06, False, None)]),
    ("It measured 7.2 ± 0.3 kg.", [("7.2 ± 0.3 kg", 7.2, 7.2, False, "kg")]),
    ("It measured 12.5 +/- 0.5 seconds.", [("12.5 +/- 0.5 seconds", 12.5, 12.5, False, "second")]),
    ("Version 3e shipped.", []),
    ("The key was 4e9731 and nothing else.", []),  # a code, past any float: never a crash
])
def test_fraction_signs_and_scientific_notation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a length told in two units is one length, in the smaller unit
    ("The flight took 2 hours 40 minutes.", [("2 hours 40 minutes", 160, 160, False, "minute")]),
    ("The record is 1 minute and 12 seconds.", [("1 minute and 12 seconds", 72, 72, False, "second")]),
    ("The fence is 5 feet, 9 inches high.", [("5 feet, 9 inches", 69, 69, False, "in")]),
    ("They waited 3 hours and 90 minutes.", [("3 hours", 3, 3, False, "hour"), ("90 minutes", 90, 90, False, "minute")]),
    # rising alternatives are one approximate range
    ("Rooms cost $90, $120 or $150 a night.", [("$90, $120 or $150 a night", 90, 150, True, "USD/night")]),
    ("It would take maybe six, or 8 weeks.", [("six, or 8 weeks", 6, 8, True, "week")]),
    ("He named 4 or 5 suspects.", [("4 or 5", 4, 5, True, None)]),
    ("Scores were 9, 7 or 3.", [("9", 9, 9, False, None), ("7", 7, 7, False, None), ("3", 3, 3, False, None)]),
])
def test_two_units_and_alternatives(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a thousands group of four digits is read as printed
    ("The archive held 420,0000 files.", [("420,0000", 4200000, 4200000, False, None)]),
    # a number after "called" or "named" and before a capital is part of a name
    ("A blogger called 90 Miles wrote again.", []),
    ("The town named 3 Rivers flooded.", []),
    ("She called 40 voters.", [("40", 40, 40, False, None)]),
])
def test_misprinted_groups_and_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # half of a whole is a share; half of a unit of time is half its length
    ("More than half of the workers struck.", [("More than half", 50, None, False, "%")]),
    ("Half the fleet was lost.", [("Half", 50, 50, False, "%")]),
    ("Sales fell in the latter half of the decade.", []),
    ("The other half of the squad stayed.", []),
    ("The storm lasted half an hour.", [("half an hour", 30, 30, False, "minute")]),
    ("The talk ran an hour and a half.", [("an hour and a half", 90, 90, False, "minute")]),
])
def test_halves(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of" a set of things named is a count of one; an idiom or a pronoun is not
    ("One of the injured women died later.", [("One", 1, 1, False, None)]),
    ("Police said one of the trucks overturned.", [("one", 1, 1, False, None)]),
    ("It is one of the oldest bridges.", []),
    ("It was one of many towns hit.", []),
    ("One of them ran away.", []),
    # after a copula "one of the" says what kind of thing something is
    ("The harbour is one of the crossings we use.", []),
    ("Kent is likely to be one of the seats in play.", []),
    ("The driver was one of the passengers hurt.", []),
    ("One of the passengers was hurt.", [("One", 1, 1, False, None)]),
    # "one heck of a", "one hell of an": an idiom
    ("The crew did one heck of a job.", []),
    ("It was one hell of an evening.", []),
    ("The crew did one job.", [("one", 1, 1, False, None)]),
    # the next number's unit is this one's too; a unit makes a measure, never a date
    ("Doses of 20 and 40 mg were tested.", [("20", 20, 20, False, "mg"), ("40 mg", 40, 40, False, "mg")]),
    ("The plot covers 1250m2.", [("1250m2", 1250, 1250, False, "m2")]),
])
def test_one_of_a_set_and_shared_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an age told with "aged" or "age"; a degree sign alone
    ("A driver aged 71 was hurt.", [("71", 71, 71, False, "year")]),
    ("He joined the army at age 19.", [("19", 19, 19, False, "year")]),
    ("The driver was 71.", [("71", 71, 71, False, None)]),
    ("Heat the oil to 180°.", [("180°", 180, 180, False, "°")]),
])
def test_ages_and_degrees(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The march covered three and a half miles.", [("three and a half miles", 3.5, 3.5, False, "mi")]),
    ("He got a four-and-a-half-year term.", [("four-and-a-half-year", 4.5, 4.5, False, "year")]),
    ("About 2 and a half million people voted.", [("About 2 and a half million", 2.5e6, 2.5e6, True, None)]),
])
def test_and_a_half(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The show was watched by millions across Europe.", [("millions", 2e6, 9999999, True, None)]),
    ("The bill ran into thousands.", []),
    ("It is counted in hundreds, not tens.", []),
])
def test_bare_plurals_after_a_preposition(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range of rates with one denominator; a rate per dozen; exponents are no quantities
    ("Wages went from $12 an hour to $15 an hour.", [("$12 an hour to $15 an hour", 12, 15, False, "USD/hour")]),
    ("Eggs sold at 90 cents a dozen.", [("90 cents a dozen", 90, 90, False, "cent/dozen")]),
    ("She bought a dozen eggs.", [("a dozen", 12, 12, False, None)]),
    ("The lake covers 3km^2 in all.", [("3km^2", 3, 3, False, "km2")]),
    ("Cells of 10 m^2 each.", [("10 m^2", 10, 10, False, "m2")]),
])
def test_rate_ranges_and_exponents(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a separator that took a space when a page became text: one number
    ("Donors gave $45, 000 to the fund.", [("$45, 000", 45000, 45000, False, "USD")]),
    ("The shelter took in 2, 018 dogs.", [("2, 018", 2018, 2018, False, None)]),
    ("There are 3, 007 lakes in the state.", [("3, 007", 3007, 3007, False, None)]),
    ("Nearly 1, 250, 000 voters turned out.",
     [("Nearly 1, 250, 000", 1250000, 1250000, True, None)]),
    ("between 12, 000 and 15, 500 fans", [("between 12, 000 and 15, 500", 12000, 15500, False, None)]),
    ("Sales fell 4. 5 percent last year.", [("4. 5 percent", 4.5, 4.5, False, "%")]),
    ("He averaged 3. 2 blocks a game.", [("3. 2", 3.2, 3.2, False, None)]),
    ("A 5. 8-magnitude quake hit the coast.", [("5. 8", 5.8, 5.8, False, None)]),
    ("He hit . 312 for the season.", [(". 312", 0.312, 0.312, False, None)]),
    ("The coach has a winning mark (. 571) at home.", []),
    # not one number: a list, a date before a count, a sentence end, list numbering
    ("Cabins 211, 212 and 214 flooded.", [("211", 211, 211, False, None), ("212", 212, 212, False, None),
                                          ("214", 214, 214, False, None)]),
    ("On June 4, 250 workers walked out.", [("250", 250, 250, False, None)]),
    ("Updated Friday 3 May 2019 14. 05 BST", []),
    ("The vote was 9. 4 Members abstained.", [("9", 9, 9, False, None), ("4", 4, 4, False, None)]),
])
def test_spaced_separators(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("a fine of 20,000 Swiss francs", [("20,000 Swiss francs", 20000, 20000, False, "CHF")]),
    ("bonds worth 300 million Australian dollars",
     [("300 million Australian dollars", 3e8, 3e8, False, "AUD")]),
    ("a grant of 40,000 Canadian dollars", [("40,000 Canadian dollars", 40000, 40000, False, "CAD")]),
    ("It cost 500 dollars.", [("500 dollars", 500, 500, False, "USD")]),
])
def test_currencies_named_with_their_country(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a margin or a distance counted with "one"
    ("The bill failed by one vote.", [("one", 1, 1, False, None)]),
    ("The team came within one goal of a draw.", [("one", 1, 1, False, None)]),
    # not a count: one thing in a setting
    ("He waited at one station for an hour.", [("an hour", 1, 1, False, "hour")]),
    # singular nouns counted in a list
    ("Of the injured, two female and four male were treated.",
     [("two", 2, 2, False, None), ("four", 4, 4, False, None)]),
    # a singular noun after a number, alone: a name
    ("The 45 battalion crossed the river.", []),
    # "tens of": 20 to 99
    ("Tens of volunteers searched the woods.", [("Tens", 20, 99, True, None)]),
    ("Tens of thousands marched.", [("Tens of thousands", 20000, 99999, True, None)]),
    ("The tens digit was wrong.", []),
])
def test_margins_lists_and_tens(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # digits the parse drew into a person's name, counting the plural noun after it
    ("I tried to call Bob 3 times already.", [("3", 3, 3, False, None)]),
    # digits that end a product's name
    ("Many Windows 10 users complained.", []),
])
def test_digits_after_a_name(text, expected):
    assert found(text) == expected


def test_a_number_after_a_dash_pair_is_not_joined_across_a_comma():
    # a height and a weight, "5-11, 220": the comma ends the pair, no 11,220
    texts = [q[0] for q in found("The rookie (5-11, 220) played at a state school.")]
    assert "220" in texts and not any("11, 220" in t for t in texts)


@pytest.mark.parametrize("text, expected", [
    # a stage named by its number
    ("The side was knocked out in week 12 of the season.", []),
    ("On day 4 of the hearing, 9 jurors were sworn in.", [("9", 9, 9, False, None)]),
    ("The champion fell in round three.", []),
    # a list of stages after the first stage's number names stages too
    ("The panel will meet on day five, six and seven of the inquiry.", []),
    ("The race resumes on stage 3, 4 and 5 with 140 riders.", [("140", 140, 140, False, None)]),
    ("On day two, 300 workers walked out.", [("300", 300, 300, False, None)]),
    # a count after a week told from now
    ("Last week 300 people marched.", [("300", 300, 300, False, None)]),
    ("The tour stayed for a week 30 years ago.", [("a week", 1, 1, False, "week"), ("30 years", 30, 30, False, "year")]),
])
def test_numbered_stages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # marks and names that are no quantities
    ("Nurses hear up to 800 alarms a shift[3], a study found.", [("up to 800", None, 800, False, None)]),
    ("She moved her savings into a 403(b) plan.", []),
    ("A neighbour heard shots and called 911.", []),
    ("Investigators began to zero in on the cause.", []),
    ("The film made the critics' top 10 list.", []),
    ("The top 1 percent of earners pay more.", [("1 percent", 1, 1, False, "%")]),
    # still figures
    ("The temperature fell to zero in the night.", [("zero", 0, 0, False, None)]),
    ("The police called 300 reservists.", [("300", 300, 300, False, None)]),
    ("He listed (3) reasons.", []),
    ("Phone lines went down and people could not make 911 calls.", []),
    # "one or two" is a small range
    ("Expect one or two showers.", [("one or two", 1, 2, True, None)]),
    ("Only one or the other can win.", []),
])
def test_notes_sections_and_idioms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number in words told without "and"
    ("Two hundred forty families were moved.", [("Two hundred forty", 240, 240, False, None)]),
    ("They sent nearly three hundred and twenty letters.",
     [("nearly three hundred and twenty", 320, 320, True, None)]),
    ("Between one hundred and two hundred came.", [("Between one hundred and two hundred", 100, 200, False, None)]),
    # years: a span, a year told by its last two digits
    ("The survey covers 1620–1890, the colonial era.", []),
    ("The band toured from 1981 to ’84 in a van.", []),
    ("The hall had 1500-2000 seats.", [("1500-2000", 1500, 2000, False, None)]),
    # names: a street with a one-letter name, a ballot proposition
    ("The clinic at 520 K Street closed.", []),
    ("Voters passed Proposition 47 last year.", []),
])
def test_words_years_and_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The festival runs 14-16 July in the park.", []),  # days of a month
    ("It took 10-12 days in March.", [("10-12 days", 10, 12, False, "day")]),
    ("Police found a .38 calibre revolver.", []),  # the size a gun is named by
    ("The new rule bans .50-caliber rifles.", []),
])
def test_days_of_a_month_and_calibres(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # page furniture and references
    ("Latest stories\n14\nMore from the city desk on 30 new homes.", [("30", 30, 30, False, None)]),
    ("Joined: 2015\nPosts: 4,512", []),
    ("See J Clin Res. 2018;41:220–231.", []),
    ("Read it at doi: 10.1016/j12345 online.", []),
    # a sentence cut by a line break goes on
    ("The storm destroyed\n40\nhomes.", [("40", 40, 40, False, None)]),
])
def test_furniture_and_references(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate written with a slash keeps its denominator as "a month" does
    ("The plan costs $15/month.", [("$15/month", 15, 15, False, "USD/month")]),
    ("Cleaners earn $18 per hour.", [("$18 per hour", 18, 18, False, "USD/hour")]),
    ("The line runs 24/7.", []),
])
def test_rates_with_a_slash(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a height in feet and inches, kept in inches
    ("Police sought a 6-foot-2 man in a grey coat.", [("6-foot-2", 74, 74, False, "in")]),
    ("The five-foot-ten striker scored.", [("five-foot-ten", 70, 70, False, "in")]),
    # a length in feet alone
    ("They found a 12-foot-long python.", [("12-foot", 12, 12, False, "ft")]),
])
def test_heights_in_feet_and_inches(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ratio is one share, in percent
    ("Three in four adults agree.", [("Three in four", 75, 75, False, "%")]),
    ("About 1 in 8 homes lost power.", [("About 1 in 8", 12.5, 12.5, True, "%")]),
    ("One in every 200 users was hit.", [("One in every 200", 0.5, 0.5, False, "%")]),
    ("More than one in three adults smoke.", [("More than one in three", 33.333333, None, False, "%")]),
    # not a ratio: a time, a year, an idiom
    ("He scored 2 in 10 minutes.", [("2", 2, 2, False, None), ("10 minutes", 10, 10, False, "minute")]),
    ("They lost 3 in 2019.", [("3", 3, 3, False, None)]),
    ("They won 5-4 in 11 innings.", [("5", 5, 5, False, None), ("4", 4, 4, False, None), ("11", 11, 11, False, None)]),
])
def test_ratios(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number before a counted plural noun is a count, even when the parse draws it into a date
    ("Last week 250 nurses went on strike.", [("250", 250, 250, False, None)]),
    ("Organisers expected 1500-2000 visitors.", [("1500-2000", 1500, 2000, False, None)]),
    ("Yesterday 40 people died.", [("40", 40, 40, False, None)]),
    ("On Monday 12 students were hurt.", [("12", 12, 12, False, None)]),
    # a year stays a year, and a time word keeps its number inside a date
    ("In 2020 protests erupted.", []),
    ("The strike ended last week.", []),
    ("The talks lasted 3 days last week.", [("3 days", 3, 3, False, "day")]),
])
def test_a_count_after_a_date_is_a_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number between a capitalised name and the noun both describe is part of the name
    ("The Apollo 11 astronauts landed.", []),
    ("Windows 10 users complained.", []),
    ("The Boeing 737 jets were grounded.", []),
    ("Flight 370 vanished with 239 people.", [("239", 239, 239, False, None)]),
    ("Group 7 lost 3 games.", [("3", 3, 3, False, None)]),
    # a name that is the object of a verb, or a place, is not numbered: the count stays
    ("Smith told Reuters 40 people were killed.", [("40", 40, 40, False, None)]),
    ("In Ukraine 300 soldiers died.", [("300", 300, 300, False, None)]),
    ("The Apollo program sent 12 astronauts.", [("12", 12, 12, False, None)]),
])
def test_a_number_inside_a_name_is_no_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rising pair that counts nothing after it is a record of wins and losses: one figure a side
    ("The Hawks (2-13) lost again.", [("2", 2, 2, False, None), ("13", 13, 13, False, None)]),
    ("They had a 3-10 record.", [("3", 3, 3, False, None), ("10", 10, 10, False, None)]),
    ("The Owls fell to 4-9 this season.", [("4", 4, 4, False, None), ("9", 9, 9, False, None)]),
    ("A falling pair stays a score: they won 10-6.", [("10", 10, 10, False, None), ("6", 6, 6, False, None)]),
    # a team's standing kept low ("just", "only" after a verb of standing), or before a clause of
    # concession or a span of time, counts nothing after it either
    ("The Hornets are just 4-11 despite a strong start.", [("4", 4, 4, False, None), ("11", 11, 11, False, None)]),
    ("The Hornets fell to only 2-9 on Friday.", [("2", 2, 2, False, None), ("9", 9, 9, False, None)]),
    ("The Hornets, slumping at 4-11 a month after the trade, won.",
     [("4", 4, 4, False, None), ("11", 11, 11, False, None)]),
    # a range counts something after it, or opens with "between" / a hedge
    ("Expect 10-12 inches of snow.", [("10-12 inches", 10, 12, False, "in")]),
    ("Some 20-30 protesters gathered.", [("Some 20-30", 20, 30, True, None)]),
    ("Growth of 2-3% is forecast.", [("2-3%", 2, 3, False, "%")]),
    ("He expects about 3-4.", [("about 3-4", 3, 4, True, None)]),
    ("The report gave them just 3-4.", [("just 3-4", 3, 4, False, None)]),
    ("He expects only 3-4 days of rain.", [("only 3-4 days", 3, 4, False, "day")]),
    # a pair after "aged" spans ages
    ("Children aged 5-7 in the park are welcome.", [("5-7", 5, 7, False, "year")]),
    # a pair after the noun it numbers is no record
    ("See pages 3-4.", [("3-4", 3, 4, False, None)]),
])
def test_a_record_is_not_a_range(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "-pound" glued to a number before a person or an animal is a weight
    ("The 225-pound forward scored.", [("225-pound", 225, 225, False, "lb")]),
    ("The 300-pound defensive tackle signed.", [("300-pound", 300, 300, False, "lb")]),
    ("They landed a 40-pound catfish.", [("40-pound", 40, 40, False, "lb")]),
    # before what money buys or is paid as, it is money
    ("He paid with a 5-pound note.", [("5-pound", 5, 5, False, "GBP")]),
    ("She got a 50-pound fine.", [("50-pound", 50, 50, False, "GBP")]),
    # before anything else it tells no unit
    ("She bought a 5-pound bag of flour.", [("5", 5, 5, False, None)]),
])
def test_pound_glued_to_a_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subscription teaser set inside the text is no figure of the story
    ("The rally drew 300 people. Subscribe now: 12 issues for £11.99. Police made 4 arrests.",
     [("300", 300, 300, False, None), ("4", 4, 4, False, None)]),
    ("Try 3 months for just $1.", []),
    ("Subscribe today and pay just $1 a week. 20 people died.", [("20", 20, 20, False, None)]),
    # what subscribers pay, and copies sold, are news
    ("Subscribers will pay $15.49 a month.", [("$15.49 a month", 15.49, 15.49, False, "USD/month")]),
    ("The magazine sold 12 issues for £3 each.", [("12", 12, 12, False, None), ("£3", 3, 3, False, "GBP")]),
])
def test_a_subscription_teaser_is_no_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a point after a closing bracket or quotation ends a sentence: the next number is whole
    ("The side won the cup (at home). 7 of its players scored.", [("7", 7, 7, False, None)]),
    ("She said “enough.” 40 people left.", [("40", 40, 40, False, None)]),
    ("He batted . 275 in the spring.", [(". 275", 0.275, 0.275, False, None)]),  # a share told from its point
    # a date with its time and zone, stamped on a page: nothing in it is a figure
    ("Updated\n2021-06-30T14:05:12+02:00\nThe mill closed.", []),
    ("Filed 2022-01-04 09:30Z. Crews cut 12 trees.", [("12", 12, 12, False, None)]),
    ("Crews cut 12 trees on 2022-01-04.", [("12", 12, 12, False, None)]),
    # the name of a list is no count and no bound
    ("She joined the 30 Under 30 list.", []),
    ("The firm has under 30 staff.", [("under 30", None, 30, False, None)]),
    # a help line's number, however it is introduced
    ("Readers can ring the charity on freephone 0800 111 222.", []),
    ("The advice helpline is 13 22 44.", []),
    ("Text the crisis line on 741, or write to us.", []),
    ("The lifeline of $300 million was approved.", [("$300 million", 3e8, 3e8, False, "USD")]),
    ("The helpline took 400 calls.", [("400", 400, 400, False, None)]),
    # units of torque and volume, a plural unit or a degree after a hyphen
    ("The motor gives 300 lb-ft of torque.", [("300 lb-ft", 300, 300, False, "lb-ft")]),
    ("It weighs 300 lb in all.", [("300 lb", 300, 300, False, "lb")]),
    ("The tank holds 12.5 cu. ft. of water.", [("12.5 cu. ft.", 12.5, 12.5, False, "ft3")]),
    ("They poured 40 cubic metres of concrete.", [("40 cubic metres", 40, 40, False, "m3")]),
    ("The tide rose by 4-inches.", [("4-inches", 4, 4, False, "in")]),
    ("a 180-degree turn", [("180-degree", 180, 180, False, "°")]),
    ("a 12-member panel", [("12", 12, 12, False, None)]),
])
def test_readings_of_real_pages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Its rating for speed (81.5) led the league.", [("81.5", 81.5, 81.5, False, None)]),
    ("The town (2,400) voted early.", [("2,400", 2400, 2400, False, None)]),
    ("The rules (3) apply to all.", []),  # a note's mark
    ("See clause (12) of the deal.", []),
])
def test_a_value_alone_in_parentheses(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 300-plus delegates voted.", [("300-plus", 300, None, False, None)]),
    ("She has 25+ years on the bench.", [("25+ years", 25, None, False, "year")]),
    ("It adds 4+4 in the sum.", [("4", 4, 4, False, None)]),  # a sum, no bound
    ("The 300 delegates voted.", [("300", 300, 300, False, None)]),
])
def test_a_plus_after_a_number_is_a_lower_bound(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a vague amount of a currency is money; of anything else, a count
    ("The repairs cost thousands of dollars.", [("thousands of dollars", 2000, 9999, True, "USD")]),
    ("Thousands of people marched.", [("Thousands", 2000, 9999, True, None)]),
    # a decade or a century told in words is a time, not an amount
    ("The song came out in the nineteen-seventies.", []),
    ("It was built in the early two-thousands.", []),
    ("Two thousand people came.", [("Two thousand", 2000, 2000, False, None)]),
])
def test_vague_amounts_and_decades_in_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("It was one of the darker chapters of the war.", []),  # an idiom, as "one of the most"
    ("On May 2, one of the darker days of the war, troops left.", []),
    ("One of the better teams lost.", []),
    ("One of the fighter jets crashed.", [("One", 1, 1, False, None)]),  # one picked from a set
    ("The season lasts 17 weeks.", [("17 weeks", 17, 17, False, "week")]),
    ("Each week 40 people apply.", [("40", 40, 40, False, None)]),
])
def test_idioms_and_stage_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bank made a 50-basis-point cut.", [("50-basis-point", 50, 50, False, "bp")]),
    ("Yields rose 12 basis points.", [("12 basis points", 12, 12, False, "bp")]),
    ("a 3-point shot", [("3", 3, 3, False, None)]),
    ("Panels now cost $0.30/W.", [("$0.30/W", 0.3, 0.3, False, "USD/w")]),
    ("The cab charges $3 a mile.", [("$3 a mile", 3, 3, False, "USD/mile")]),
])
def test_basis_points_and_rates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bound before coordinated counts covers each round count of the noun phrase
    ("More than 400 firefighters and 60 trucks reached the site.",
     [("More than 400", 400, None, False, None), ("60", 60, None, False, None)]),
    ("Up to 30 police officers and 20 dogs searched the woods.",
     [("Up to 30", None, 30, False, None), ("20", None, 20, False, None)]),
    ("Over $5 million in cash and $2 million in gold was seized.",
     [("Over $5 million", 5e6, None, False, "USD"), ("$2 million", 2e6, None, False, "USD")]),
    # a count with its own word, a hedge, a count that is not round, another unit: its own
    ("More than 400 firefighters and exactly 60 trucks reached the site.",
     [("More than 400", 400, None, False, None), ("exactly 60", 60, 60, False, None)]),
    ("More than 400 firefighters and about 60 trucks reached the site.",
     [("More than 400", 400, None, False, None), ("about 60", 60, 60, True, None)]),
    ("The raid used more than 70 drones and 3 jets.",
     [("more than 70", 70, None, False, None), ("3", 3, 3, False, None)]),
    ("More than 400 firefighters and 60 km of hose were used.",
     [("More than 400", 400, None, False, None), ("60 km", 60, 60, False, "km")]),
    # two clauses, or a list with commas: each number is its own
    ("More than 400 firefighters arrived and 60 trucks left.",
     [("More than 400", 400, None, False, None), ("60", 60, 60, False, None)]),
    ("At least 20 people were killed and 40 hurt.",
     [("At least 20", 20, None, False, None), ("40", 40, 40, False, None)]),
    ("More than 400 firefighters, 30 medics and 60 trucks came.",
     [("More than 400", 400, None, False, None), ("30", 30, 30, False, None), ("60", 60, 60, False, None)]),
])
def test_a_bound_over_coordinated_counts(text, expected):
    assert found(text) == expected


def test_a_bound_is_distributed_only_with_the_parse():
    text = "More than 400 firefighters and 60 trucks reached the site."
    assert [(q.low, q.high) for q in quantities(text)] == [(400, None), (60, 60)]


# a speed or a fuel use joined by a hyphen keeps its unit
@pytest.mark.parametrize("text, expected", [
    ("The pitcher threw a 101.3-mph pitch.", [("101.3-mph", 101.3, 101.3, False, "mph")]),
    ("The storm brought 130-km/h gusts.", [("130-km/h", 130, 130, False, "km/h")]),
    ("The town set a 30-kph limit.", [("30-kph", 30, 30, False, "km/h")]),
    ("It is a 52-mpg hatchback.", [("52-mpg", 52, 52, False, "mpg")]),
])
def test_speeds_joined_by_a_hyphen(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fuel use after the number, a distance joined by a hyphen
    ("The car does 52 mpg on the highway.", [("52 mpg", 52, 52, False, "mpg")]),
    ("He ran a 5-km race.", [("5-km", 5, 5, False, "km")]),
    # letters after a hyphen that are no unit
    ("They flew an F-16 jet.", []),
    ("A 12-mphase plan was drawn up.", [("12", 12, 12, False, None)]),
])
def test_units_joined_by_a_hyphen(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinal before a unit of time after "a", a possessive or "for the": how many of the unit
    ("The fair opened for a 52nd year on Saturday.", [("52nd year", 52, 52, False, "year")]),
    ("The strike entered its third week.", [("third week", 3, 3, False, "week")]),
    ("The drought went on for the 12th year running.", [("12th year", 12, 12, False, "year")]),
    ("The tour is in their fourth decade.", [("fourth decade", 40, 40, False, "year")]),
    # a named part of a period, the first one, an ordinal with no determiner, another noun
    ("It happened in the second week of March.", []),
    ("It happened on the third day.", []),
    ("It was her first year in office.", []),
    ("She won a 3rd term.", [("3rd", 3, 3, False, None)]),
    ("The 5th-year students came.", []),
])
def test_an_ordinal_before_a_unit_of_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # days of a month told as a range are a date, not a score, a record or a count
    ("The book fair runs Oct. 14-19 in the old hall.", []),
    ("The talks, set for April 2-4, were moved.", []),
    ("Exams are held June 9-11, 2025 across the county.", []),
    ("The fair opens September the 3-5 weekend.", []),
    ("The market opens (May 2-4, 9-11) on the quay.", []),
    ("Races are run Aug. 1-3 and 8-10 this year.", []),
    ("The fair runs from Feb. 12 through 17.", []),
    ("Hearings are on May 3rd and 9th.", []),
    # ... and a range after a month and a year is still read
    ("In March 2024, 10-12 more boats sailed.", [("10-12", 10, 12, False, None)]),
    # a score or a range with no month before it is still read
    ("The Owls won 14-9 on Saturday.", [("14", 14, 14, False, None), ("9", 9, 9, False, None)]),
    ("The trip takes 14-19 days.", [("14-19 days", 14, 19, False, "day")]),
])
def test_days_of_a_month_in_a_range(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a time named for how it is remembered, and "one of a kind", count nothing
    ("It was a night to remember for the choir.", []),
    ("Rovers had a season to forget.", []),
    ("She built a one-of-a-kind clock.", []),
    ("The old mill is one of a kind.", []),
    # a length of time before another infinitive is one
    ("The crew needed a week to repair the roof.", [("a week", 1, 1, False, "week")]),
    ("The council has a year to decide.", [("a year", 1, 1, False, "year")]),
])
def test_idioms_of_remembering_and_kind(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # house numbers before a street: a compass word spelled out, a name with an initial or an
    # ordinal, a house number with a letter, the one street named without a kind
    ("The bakery at 1400 West Broadway closed.", []),
    ("The clinic moved to 88 North Elm Road.", []),
    ("A fire broke out at 212 Martin Luther King Jr. Blvd. overnight.", []),
    ("The office at 350 5th Avenue reopened.", []),
    ("Officers searched 14B Quarry Lane on Monday.", []),
    # a count before a street's name as a modifier, and numbers near a street, stay
    ("About 300 Quarry Lane residents signed the letter.", [("About 300", 300, 300, True, None)]),
    ("The road cost 40 million to build.", [("40 million", 40e6, 40e6, False, None)]),
])
def test_street_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # shares of a hundred told as odds are no score
    ("It is a 50-50 chance that the dam holds.", []),
    ("The odds are 70-30 against a deal.", []),
    ("Bookmakers put the odds at 60:40.", []),
    # a vote or a score that sums to a hundred is still one
    ("The Senate voted 60-40 to pass the bill.", [("60", 60, 60, False, None), ("40", 40, 40, False, None)]),
    ("The Owls won 55-45 on Friday.", [("55", 55, 55, False, None), ("45", 45, 45, False, None)]),
])
def test_odds_are_no_score(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a point before three digits as a thousands separator: three zeros, or a plural noun counted
    ("Tickets cost 1.000 euros each.", [("1.000 euros", 1000, 1000, False, "EUR")]),
    ("Some 25.000 people marched in the capital.", [("Some 25.000", 25000, 25000, True, None)]),
    ("Police counted 12.500 protesters.", [("12.500", 12500, 12500, False, None)]),
    # ... not a share, a unit, a price after a currency sign, or a value that counts nothing
    ("The yield rose to 2.375 percent.", [("2.375 percent", 2.375, 2.375, False, "%")]),
    ("He ran 1.500 metres in the final.", [("1.500 metres", 1.5, 1.5, False, "m")]),
    ("Fuel sold for $3.499 a gallon.", [("$3.499 a gallon", 3.499, 3.499, False, "USD/gallon")]),
    ("The bond pays a 2.000% coupon.", [("2.000%", 2, 2, False, "%")]),
    ("The ring sold for €4.000 at auction.", [("€4.000", 4000, 4000, False, "EUR")]),
    ("The index closed at 1.250 on Friday.", [("1.250", 1.25, 1.25, False, None)]),
])
def test_a_point_as_thousands_separator(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count before a capitalised name that ends in a street word, after a determiner: no address
    ("All 9 Supreme Court justices heard the case.", [("9", 9, 9, False, None)]),
    ("The 12 Crown Court judges met.", [("12", 12, 12, False, None)]),
    ("Those 4 High Street shops closed.", [("4", 4, 4, False, None)]),
    # a house number follows no determiner
    ("The office at 221 Baker Street closed.", []),
    ("She lives at 40 Elm Court now.", []),
])
def test_a_count_before_a_name_with_a_street_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "24/7" is always; "one X at a time" a pace; "zero" before a mass noun is "no"
    ("The shop is open 24/7 for members.", []),
    ("Staff are on call 24-7 now.", []),
    ("Take the hill one step at a time.", []),
    ("She showed zero patience with the critics.", []),
    ("The firm has a two-way deal with the port.", []),
    ("It was a one-off payment to the club.", []),
    ("He hit a 3-pointer late in the game.", []),
    ("The walls were painted in a two-tone scheme.", []),
    ("They booked dinner for two at the inn.", []),
    # "zero" joined to a word of kind: an adjective, no count of anything
    ("The town sold zero-coupon notes to fund the bridge.", []),
    ("Trade is not a zero-sum contest, she argued.", []),
    ("The fleet will run on zero-emission engines.", []),
    # ... while a count, a share or a score of the same numbers stays
    ("The team made zero changes at half time.", [("zero", 0, 0, False, None)]),
    ("Rates stayed at zero percent.", [("zero percent", 0, 0, False, "%")]),
    ("The Owls won 24-7 on Friday.", [("24", 24, 24, False, None), ("7", 7, 7, False, None)]),
    ("It was a 24-7 win for the Owls.", [("24", 24, 24, False, None), ("7", 7, 7, False, None)]),
    ("They booked a table for four guests.", [("four", 4, 4, False, None)]),
    ("The hikers took two steps at a time.", [("two", 2, 2, False, None)]),
])
def test_idioms_of_number_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" that picks out an example, as "a" does
    ("One particular worry was the cost.", []),
    ("There was one recurring complaint about noise.", []),
    ("One of the things you hear most is the wind.", []),
    ("He worked in one of the fields now called tech.", []),
    # "one" that counts
    ("One man was hurt in the crash.", [("One", 1, 1, False, None)]),
    ("One of the injured men died later.", [("One", 1, 1, False, None)]),
    ("There is at least one common flaw in the plan.", [("at least one", 1, None, False, None)]),
])
def test_one_as_an_article(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year told with a hedge after a word of time is a year, not a count
    ("The abbey was begun around 1150 by monks.", []),
    ("Records were kept from at least 1990 to 1994.", []),
    ("They built the mill in about 1890.", []),
    # a hedged count of four digits stays a count
    ("Around 1500 people came to the fair.", [("Around 1500", 1500, 1500, True, None)]),
    ("The count lay somewhere between about 1200 and 1400 visitors.",
     [("between about 1200 and 1400", 1200, 1400, True, None)]),
    # a change from one hedged count to another: two counts, not a range
    ("The count rose from about 1200 to 1400 visitors.",
     [("about 1200", 1200, 1200, True, None), ("1400", 1400, 1400, False, None)]),
])
def test_a_hedged_year_is_no_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ages told without "aged": "as young as", an opening "At" before what someone did
    ("At 17, she left home for the city.", [("17", 17, 17, False, "year")]),
    ("Children as young as 6 can join the club.", [("6", 6, 6, False, "year")]),
    # an opening "At" before no one is a level, not an age
    ("At 17, the index closed lower.", [("17", 17, 17, False, None)]),
])
def test_ages_told_without_aged(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a price per person or per weight keeps its denominator
    ("Tickets cost $4 per child and $9 per adult.",
     [("$4 per child", 4, 4, False, "USD/child"), ("$9 per adult", 9, 9, False, "USD/adult")]),
    ("Silver rose to $24.10 an ounce.", [("$24.10 an ounce", 24.1, 24.1, False, "USD/ounce")]),
    ("Each household got £200 per household last winter.", [("£200 per household", 200, 200, False, "GBP/household")]),
])
def test_rates_per_person_or_weight(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a box score's line holds the points of each period: no figure of its own
    # (its heading told as a sentence: a round-up's line "Oakdale d. Riverton 38-30" is a line of
    # results, test_quantity_page_counters.py)
    ("Oakdale beat Riverton 38-30.\nRiverton 7 9 6 8 — 30\nOakdale 10 7 12 9 — 38\n",
     [("38", 38, 38, False, None), ("30", 30, 30, False, None)]),
    # a spaced dash between two numbers with nothing counted after them is no range
    ("The totals were 15 — 44 at the end.", [("15", 15, 15, False, None), ("44", 44, 44, False, None)]),
    # a record in brackets after a team, falling or rising, with a league after it
    ("Riverton (11-12, 5-6 Coast League) lost.",
     [("11", 11, 11, False, None), ("12", 12, 12, False, None), ("5", 5, 5, False, None), ("6", 6, 6, False, None)]),
    # a pair after "all" or after a citation's volume is a range, not a record
    ("Better to plant all 10-12 in spring.", [("10-12", 10, 12, False, None)]),
    ("It takes many (typically 5-6) hard pushes.", [("5-6", 5, 6, False, None)]),
    # decimals in brackets after a name are a range, not a team's record
    ("Keep BW (1.003-1.005) for the fish.", [("1.003-1.005", 1.003, 1.005, False, None)]),
    ("Journal of Soils, 27(2), 602–614.", [("27", 27, 27, False, None), ("602–614", 602, 614, False, None)]),
])
def test_box_scores_and_records_in_brackets(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised stage word or a generic place noun names one stage or place
    ("The Hawks prepared for their Week 9 trip to Denver.", []),
    ("Round 4 opens on Friday with 16 players left.", [("16", 16, 16, False, None)]),
    ("Shelling went on in sector 12 through the night.", []),
    ("Nobody was allowed into zone 4 after the flood.", []),
    # a count after a lowercase time word, or a size after a place noun, is still a figure
    ("Last week 300 workers walked out.", [("300", 300, 300, False, None)]),
    ("They cleared an area 40 metres wide.", [("40 metres", 40, 40, False, "m")]),
    ("The zone 15% of farmers left was dry.", [("15%", 15, 15, False, "%")]),
])
def test_numbered_labels_count_nothing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "over" a period after a change or after another figure: the period it took
    ("Membership grew over six years.", [("six years", 6, 6, False, "year")]),
    ("Prices rose 12% over four years.", [("12%", 12, 12, False, "%"), ("four years", 4, 4, False, "year")]),
    ("She wrote 80 columns and essays over seven years.", [("80", 80, 80, False, None), ("seven years", 7, 7, False, "year")]),
    ("Output doubled over 3-4 months.", [("3-4 months", 3, 4, False, "month")]),
    ("The bank lent $5,000 over two years.",
     [("$5,000", 5000, 5000, False, "USD"), ("two years", 2, 2, False, "year")]),
    # "over" a period as a length or an age stays a lower bound
    ("He has lived there for over six years.", [("over six years", 6, None, False, "year")]),
    ("The repairs took over three months.", [("over three months", 3, None, False, "month")]),
    ("The rule applies to pupils over ten years old.", [("over ten years old", 10, None, False, "year")]),
    ("She left over two years ago.", [("over two years", 2, None, False, "year")]),
    ("She paid $40 a month for over two years.",
     [("$40 a month", 40, 40, False, "USD/month"), ("over two years", 2, None, False, "year")]),
])
def test_over_a_period_after_a_change_is_the_period(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("They bought a 340-acre ranch.", [("340-acre", 340, 340, False, "acre")]),
    ("A 600-megawatt wind farm was approved.", [("600-megawatt", 600, 600, False, "MW")]),
    ("He filled a 5-gallon bucket.", [("5-gallon", 5, 5, False, "gal")]),
    # a hyphened word that is no unit leaves the count bare
    ("She runs a 3-person team.", [("3", 3, 3, False, None)]),
])
def test_a_hyphened_size_keeps_its_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a year ago" or "a year earlier" after a figure tells when it held, not its denominator
    # (nor a length of time of its own: it dates the figure before it)
    ("Rents rose to $1,250, up from $1,140 a year ago.",
     [("$1,250", 1250, 1250, False, "USD"), ("$1,140", 1140, 1140, False, "USD")]),
    ("Growth slowed to 2.1 percent from 3.4 percent a year earlier.",
     [("2.1 percent", 2.1, 2.1, False, "%"), ("3.4 percent", 3.4, 3.4, False, "%")]),
    # a denominator joined by hyphens is a rate's too ("a $9-a-month plan"), not a length of time
    ("The app offers a $9-a-month plan.", [("$9-a-month", 9, 9, False, "USD/month")]),
    ("Members pay $25-per-year dues.", [("$25-per-year", 25, 25, False, "USD/year")]),
    # a denominator with nothing after it, or with a clause after it, stays a rate
    ("Tuition costs $8,000 a year.", [("$8,000 a year", 8000, 8000, False, "USD/year")]),
    ("Gas cost over $6 a gallon- a shock.", [("over $6 a gallon", 6, None, False, "USD/gallon")]),
    ("Wages rose 3% a year since the deal.", [("3% a year", 3, 3, False, "%/year")]),
])
def test_a_time_anchor_is_no_rate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "more" before a span of time keeps its unit
    ("He will stay for two more years.", [("two more years", 2, 2, False, "year")]),
    ("The team needs three additional months.", [("three additional months", 3, 3, False, "month")]),
    # a vague amount "of" a unit is that unit's amount
    ("The light travelled thousands of light-years.", [("thousands of light-years", 2000, 9999, True, "ly")]),
    ("The rocks took billions of years to form.", [("billions of years", 2e9, 9999999999, True, "year")]),
    ("A star 4.2 light years away.", [("4.2 light years", 4.2, 4.2, False, "ly")]),
    # a hyphened power keeps its unit
    ("It has a 210-horsepower engine.", [("210-horsepower", 210, 210, False, "hp")]),
    # "several" or "more" of a thing that is no span of time stays a count; pounds are no unit here
    ("Several donors wrote in.", [("Several", 2, 9, True, None)]),
    ("They hired 12 more nurses.", [("12", 12, 12, False, None)]),
    ("Millions of pounds of grain rotted.", [("Millions", 2e6, 9999999, True, None)]),
    ("They tested several years-old samples.", [("several", 2, 9, True, None)]),
])
def test_spans_of_time_and_units_after_vague_words(text, expected):
    assert found(text) == expected


@pytest.mark.xfail(strict=True, reason=(
    "\"several\" before a span of time that is an offset from a moment (\"several weeks ago\", \"several "
    "days later\") is read without its unit (a length, \"for several decades\", has it): read as 2-9 days, the dev events' "
    "\"Several days later\" (gold: with the nine-day lengths) is an offset from a moment told before, "
    "which the alignment never joins to a length of time, so it joined the two-day offsets (ledger B3 "
    "F1 0.935 -> 0.932), or, when a vague range needs closer sentences to join an exact value, stood "
    "alone (B3 R 0.934 -> 0.930); it waits for the alignment to tell the gap after a moment told "
    "before from other offsets"))
@pytest.mark.parametrize("text, expected", [
    ("The talks stalled several weeks ago.", [("several weeks", 2, 9, True, "week")]),
    ("Several days later the talks stalled again.", [("Several days", 2, 9, True, "day")]),
])
def test_several_spans_of_time_keep_their_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole or more of a state of mind, effort or backing is a figure of speech
    ("I am 100 percent sure of it.", []),
    ("The causes are not 100% understood.", []),
    ("The fans stood behind the coach 200 percent.", []),
    ("They gave it 110 percent.", []),
    ("Q: Will you stay? A: One hundred per cent. We are ready.", []),
    # a share of a thing, a change, or more than before stays a figure
    ("The town runs on 100% solar power.", [("100%", 100, 100, False, "%")]),
    ("Turnout was 100 percent.", [("100 percent", 100, 100, False, "%")]),
    ("Shares rose 200 percent.", [("200 percent", 200, 200, False, "%")]),
    ("Donors gave 150 percent more than in May.", [("150 percent", 150, 150, False, "%")]),
    ("Debt reached 120 percent of output.", [("120 percent", 120, 120, False, "%")]),
    ("I am 90 percent sure.", [("90 percent", 90, 90, False, "%")]),
])
def test_a_whole_share_as_a_figure_of_speech(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a point in time ahead, or a day as an occasion, is no length of time
    ("The next vote is in ten days' time.", []),
    ("We will know in a week's time.", []),
    ("It was a day about the players. Was it a night to remember?", []),
    # a length of time stays
    ("The delay was a day.", [("a day", 1, 1, False, "day")]),
    ("It took a day to fix the pump.", [("a day", 1, 1, False, "day")]),
    ("The strike lasted ten days.", [("ten days", 10, 10, False, "day")]),
])
def test_a_time_ahead_or_an_occasion_is_no_length(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a line headlining another story: all in capitals, or in title case after a list mark or label
    ("Rain fell.\nSIX HURT AS TRAIN LEAVES TRACKS NEAR DEPOT\nThe rain stopped.", []),
    ("Rain fell.\n- 12 Striking Photos of the Flood\nThe rain stopped.", []),
    ("Rain fell.\nRelated: The 9 Wettest Towns in the Country\nThe rain stopped.", []),
    # a sentence of the article, an item in sentence case, or a short line in capitals stays
    ("Rain fell.\n- 40 homes were flooded\nThe rain stopped.", [("40", 40, 40, False, None)]),
    ("Rain fell.\n- The flood hit 40 homes on the street\nIt stopped.", [("40", 40, 40, False, None)]),
    ("Rain fell.\nUPDATE: 40 homes were flooded\nThe rain stopped.", [("40", 40, 40, False, None)]),
    # an item of a list of facts: labelled, in capitals after a list mark, or with the number at its end
    ("Specs\n- Weight: 12 Kilos Of Steel\n- Battery Life Up to 16\nEnd.",
     [("12 Kilos", 12, 12, False, "kg"), ("Up to 16", None, 16, False, None)]),
    ("Storm.\n- 12 HURT AS STORM HITS THE COAST\nEnd.", [("12", 12, 12, False, None)]),
    ("The river rose.\nIt Flooded 30 Farms\nThe rain stopped.", [("30", 30, 30, False, None)]),
])
def test_a_headline_of_another_story_counts_nothing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one minute with a bound or a hedge is a length of time
    ("The crew got there in less than a minute.", [("less than a minute", None, 1, False, "minute")]),
    ("The applause lasted just over a minute.", [("just over a minute", 1, None, False, "minute")]),
    ("The speech ran about a minute.", [("about a minute", 1, 1, True, "minute")]),
    # without one it is a manner of speaking
    ("Wait a minute, the clerk said.", []),
    ("For a minute the room went quiet.", []),
])
def test_one_minute_counts_only_with_a_bound(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the size of the run a part is picked from ("of the first five") is not a figure of its own
    ("The club won two of the first six Grand Slam finals.", [("two", 2, 2, False, None)]),
    ("She won two of the last four races.", [("two", 2, 2, False, None)]),
    ("They lost six of their past ten games.", [("six", 6, 6, False, None)]),
    ("Four of the next seven fixtures are away.", [("Four", 4, 4, False, None)]),
    ("Some 40 of the last 100 loans went bad.", [("Some 40", 40, 40, True, None)]),
    ("Only two of their last nine polls showed a lead.", [("Only two", 2, 2, False, None)]),
    # a whole that is no run stays a figure, and so does a run with no part picked from it
    ("Two of the 15 passengers were hurt.", [("Two", 2, 2, False, None), ("15", 15, 15, False, None)]),
    ("He won the first five games of the season.", [("five", 5, 5, False, None)]),
    ("The first five days were calm.", [("five days", 5, 5, False, "day")]),
    ("Most of the last 30 years were dry.", [("30 years", 30, 30, False, "year")]),
])
def test_the_run_a_part_is_picked_from_is_no_figure(text, expected):
    assert found(text) == expected



@pytest.mark.parametrize("text, expected", [
    # a number that counts the plural noun after it is a count, whatever span of time the tagger
    # sees around it
    ("We sold out 3 nights in a row.", [("3", 3, 3, False, None)]),
    ("We stayed five nights.", [("five", 5, 5, False, None)]),
    # a clock time has no plural noun after its number
    ("We met at 3 this afternoon.", []),
    ("The shop opens at 9 in the morning.", []),
    ("He arrived at 7 last night.", []),
    ("The meeting ran until 3 o'clock.", []),
])
def test_a_count_of_nights_is_no_clock_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He had been there once or twice.", [("once or twice", 1, 2, True, None)]),
    ("She called once or twice a week.", [("once or twice", 1, 2, True, "/week")]),
    ("They met twice.", [("twice", 2, 2, False, None)]),
    ("Once, the team lost twice.", [("twice", 2, 2, False, None)]),
])
def test_once_or_twice_is_one_or_two(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # shares of a company in a sentence are counted
    ("The bakery sold 300 shares of stock.", [("300", 300, 300, False, None)]),
    ("The bank issued 4.5 million shares to its staff.", [("4.5 million", 4_500_000, 4_500_000, False, None)]),
    ("The firm bought back about 1.2 million shares.", [("about 1.2 million", 1_200_000, 1_200_000, True, None)]),
    ("Investors traded 40 million shares on Monday.", [("40 million", 40_000_000, 40_000_000, False, None)]),
    # a page's counters of shares of a post are no figures
    ("12 shares", []),
    ("1.2K shares", []),
    ("Posted by Jo Marsh | 300 shares | 12 comments", []),
    ("2 min read 45 shares", []),
])
def test_shares_of_stock_are_counted_page_counters_are_not(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('The mayor is "95" percent sure he will run.', [('95" percent', 95, 95, False, "%")]),
    ("The coach was “80” per cent certain.", [("80” per cent", 80, 80, False, "%")]),
    # a quotation that holds more than the number, or no share word after it, stays as it was
    ('Turnout was "about 60" percent, she said.', [("about 60", 60, 60, True, None)]),
    ('The answer is "42", she wrote.', [("42", 42, 42, False, None)]),
])
def test_a_quoted_number_before_percent_is_a_share(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("That is only half the story.", []),
    ("Winning the vote is half the battle.", []),
    ("Half the fun is the drive there.", []),
    ("More than half the voters agreed.", [("More than half", 50, None, False, "%")]),
    ("Half of the budget went to roads.", [("Half", 50, 50, False, "%")]),
])
def test_half_the_story_is_an_idiom(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In a two-candidate race, the mayor leads.", []),
    ("It became a three-way contest.", []),
    ("They back a two-state solution.", []),
    ("The country has a two-party system.", []),
    ("Two candidates entered the race.", [("Two", 2, 2, False, None)]),
    ("Three parties won seats.", [("Three", 3, 3, False, None)]),
    # a race said to be between those named: how many are left in it
    ("It is now a three-person race between Ames, Bell and Cole.", [("three", 3, 3, False, None)]),
    ("She called it a two-man contest among the front-runners.", [("two", 2, 2, False, None)]),
])
def test_the_shape_of_a_race_or_a_polity_is_a_kind(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a column of numbers, each told by the line after it
    ("BY THE NUMBERS\n\n4.\n\nThe number of bridges the town closed on Monday.",
     [("4", 4, 4, False, None)]),
    ("In short\n\n12.5\n\nThe acreage of the new park by the harbour.", [("12.5", 12.5, 12.5, False, None)]),
    # list marks and counters alone on a line stay no figures
    ("Our list\n\n3.\n\nReasons to visit the coast.", []),
    ("Our list\n\n4\n\nThe best beaches of the north.", []),
    ("Page\n\n2\n\nThe end of the story.", []),
])
def test_a_number_told_by_the_next_line_is_a_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number next to "magnitude" or "on the Richter scale" is a quake's magnitude, not a name's number
    ("A magnitude 6.1 quake struck the coast.", [("6.1", 6.1, 6.1, False, "magnitude")]),
    ("The 5.4 magnitude quake shook the valley.", [("5.4", 5.4, 5.4, False, "magnitude")]),
    ("The 5.8 and 5.2 magnitude quakes shook the valley.",
     [("5.8", 5.8, 5.8, False, "magnitude"), ("5.2", 5.2, 5.2, False, "magnitude")]),
    ("The quake measured 6.1 on the Richter scale.", [("6.1", 6.1, 6.1, False, "magnitude")]),
    # a number that names a thing stays a name; a count near a quake stays a count
    ("The 810 brigade moved in.", []),
    ("The 6.1 release fixed the bug.", []),
    ("The quake destroyed 40 homes.", [("40", 40, 40, False, None)]),
])
def test_the_magnitude_of_a_quake(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one day" told as a gap from a moment is a length of time
    ("The board met only one day after the vote.", [("only one day", 1, 1, False, "day")]),
    ("One day later, the talks resumed.", [("One day", 1, 1, False, "day")]),
    # "one day" as "some day" counts nothing
    ("One day I will sail to the islands.", []),
    ("One day the river will rise again.", []),
])
def test_one_day_apart(text, expected):
    assert found(text) == expected
