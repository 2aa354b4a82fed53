"""Table tests of numbers once read wrong on real pages (issue 14): a range whose second end is a
bound, a spoken span of two numbers joined by a comma, a grouped number cut after its comma, a
cold "N below", a plus after a unit, "the above N", a year told by two digits, a multiple, a
name joined by a typeset hyphen, the verb "zero in", "one step further", a work's number in its
series, "zero or more" and a price for each user and month told short
(storyline.extract.quantities, storyline.extract.measure). Every sentence is written for the
test: positive and negative rows."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a range's second end told as a bound: at least the first end
    ("The bus can run 90 miles to more than 140 miles on a charge.",
     [("90 miles to more than 140 miles", 90, None, False, "mi")]),
    ("Seats sell for $15 to over $60 at the door.", [("$15 to over $60", 15, None, False, "USD")]),
    ("Classes hold from 8 to more than 30 pupils.", [("8 to more than 30", 8, None, False, None)]),
    # a change and the level it reached, a bare pair with nothing counted, a fall stay apart
    ("The fee rose 4% to more than 9%.", [("4%", 4, 4, False, "%"), ("more than 9%", 9, None, False, "%")]),
    ("Board vote: 7 to more than 12", [("7", 7, 7, False, None), ("more than 12", 12, None, False, None)]),
    ("The pond shrank 50 metres to more than 20 metres.",
     [("50 metres", 50, 50, False, "m"), ("more than 20 metres", 20, None, False, "m")]),
])
def test_a_range_whose_second_end_is_a_bound(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two numbers a step apart joined by a comma before what they count: a rough span
    ("People here have farmed olives for the past 80, 90 years or so.",
     [("80, 90 years or so", 80, 90, True, "year")]),
    ("Delivery takes four, five days at most.", [("four, five days", 4, 5, True, "day")]),
    ("We queued 20, 30 minutes at the gate.", [("20, 30 minutes", 20, 30, True, "minute")]),
    # a list, another step, a date or a label before, or nothing counted stay apart
    ("Teams of 10, 20 and 30 runners met.",
     [("10", 10, 10, False, None), ("20", 20, 20, False, None), ("30", 30, 30, False, None)]),
    ("Groups of 20, 45 hikers set off.", [("20", 20, 20, False, None), ("45", 45, 45, False, None)]),
    ("On June 5, 6 ferries were late.", [("6", 6, 6, False, None)]),
    ("Of the 60, 70 were sold.", [("60", 60, 60, False, None), ("70", 70, 70, False, None)]),
])
def test_a_span_told_with_a_comma(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pair of grouped counts in brackets: skipped whole, not cut after a thousands comma
    ("(2,310/41,205)", []),
    ("Topics (1,007/19,884) in the last year", []),
    # a plain grouped count stays whole
    ("The forum has 41,205 posts.", [("41,205", 41205, 41205, False, None)]),
])
def test_a_grouped_number_is_not_cut_after_its_comma(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "below" with nothing it is below, in a sentence about the cold: under zero
    ("On the plains the temperature can drop to 35 below.", [("35 below", -35, -35, False, "°")]),
    ("Wind chills may reach 25 below tonight.", [("25 below", -25, -25, False, "°")]),
    ("The thermometer read 12 below at dawn.", [("12 below", -12, -12, False, "°")]),
    # below something named, or no word of cold: as it was
    ("The cold snap left sales 30 below the plan.", [("30", 30, 30, False, None)]),
    ("The stock ended 30 below.", [("30", 30, 30, False, None)]),
])
def test_a_cold_below(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plus after a unit: a lower bound, as after the number
    ("- Steady rowing (8km+) on weekends", [("8km+", 8, None, False, "km")]),
    ("Set aside 2 hours+ for the climb.", [("2 hours+", 2, None, False, "hour")]),
    ("Growth of 6%+ is the aim.", [("6%+", 6, None, False, "%")]),
    # a plus with a space before it is no bound
    ("The race is 5 km + a swim.", [("5 km", 5, 5, False, "km")]),
])
def test_a_plus_after_a_unit_is_a_lower_bound(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the above N": the ones told before, no bound
    ("Each of the above 4 lunches costs little.", [("4", 4, 4, False, None)]),
    ("All the above 6 tips are free.", [("6", 6, 6, False, None)]),
    # "above N" as a bound stays
    ("The side scored above 3 goals a game.", [("above 3", 3, None, False, None)]),
    ("Rents stayed well above 900 dollars.", [("well above 900 dollars", 900, None, False, "USD")]),
])
def test_the_above_is_no_bound(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year by its last two digits after "in", where the clause ends or a joining word follows
    ("My uncle moved to the coast in 74.", []),
    ("She opened the bakery in 81 and sold it in 99.", []),
    ("Back in 66 the mill still ran.", []),
    ("The plant was rebuilt in 07, after the fire.", []),
    # a count after "in", a ratio, a small number, a noun after "back in N"
    ("The chain has shops in 74 towns.", [("74", 74, 74, False, None)]),
    ("Only one in 80 passed the test.", [("Only one in 80", 1.25, 1.25, False, "%")]),
    ("The doors open in 20.", [("20", 20, 20, False, None)]),
    ("Service was back in 60 stations.", [("60", 60, 60, False, None)]),
])
def test_a_year_told_by_two_digits(text, expected):
    assert found(text) == expected


def _measures(text: str) -> list[tuple[str, str]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("test", "text", ""))
    return [(f.quantity.text, f.measure) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # a number before "times" counts times: a multiple, not a count of what is compared
    ("A cake has over 4 times more calories than a pear.", [("over 4", "times")]),
    ("Fares are about three times higher than in the spring.", [("about three", "times")]),
    ("She rang 6 times last night.", [("6", "times")]),
    # ... also where the parse hangs it on the singular noun compared (a name's number otherwise)
    ("The new lake holds nine times the water of the old one.", [("nine", "times")]),
    ("These bars hold 8 times more sugar.", [("8", "times")]),
    ("He signed the 8 page deal.", []),
    # a number before its own noun counts that noun
    ("The cake has 400 calories.", [("400", "calories")]),
])
def test_a_multiple_keeps_times(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name's number after a typeset hyphen (U+2010, U+2011)
    ("Texts are kept as UTF\u20108 bytes.", []),
    ("The MiG\u201129 made 3 passes.", [("3", 3, 3, False, None)]),
    # the verb "zero in" after a verb of trying, a modal or a pronoun
    ("The vet tried to zero in the cause of the limp.", []),
    ("Counts fell to zero in April.", [("zero", 0, 0, False, None)]),
    # "one step further", "one level deeper": a figure of speech; a notch of a rating counts
    ("The report takes the case one step further.", []),
    ("Let us go one level deeper into the logs.", []),
    ("The agency cut the bank one notch.", [("one", 1, 1, False, None)]),
    # "one last chance", "one final push": the last of something; "one more game" counts
    ("The rebels had one last chance to escape.", []),
    ("She made one final push for the summit.", []),
    ("The club needs one more game to qualify.", [("one", 1, 1, False, None)]),
    # a work's number in its series after an article; the verb "book" counts
    ("This novel is the book 3 of a long saga.", []),
    ("We will book 3 rooms for the crew.", [("3", 3, 3, False, None)]),
])
def test_names_verbs_and_idioms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a price per user and month told short: "/user month"
    ("Tiers run $20-$45/user month on the list.",
     [("$20-$45/user month", 20, 45, False, "USD/user/month")]),
    ("The tool is $7/seat year for schools.", [("$7/seat year", 7, 7, False, "USD/seat/year")]),
    # the full forms, and "month after month", as before
    ("The tool is $7/user/month.", [("$7/user/month", 7, 7, False, "USD/user/month")]),
    ("We paid $7/user month after month.", [("$7/user", 7, 7, False, "USD/user")]),
])
def test_a_price_per_user_month(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "zero or more": any number at all, no figure
    ("A queue holds zero or more jobs.", []),
    ("Pass 0 or more tags to the tool.", []),
    # a bound above zero, or zero with its unit, stays
    ("Each crate holds 3 or more melons.", [("3 or more", 3, None, False, None)]),
    ("The pond stayed 0 degrees or more.", [("0 degrees or more", 0, None, False, "°")]),
])
def test_zero_or_more_is_no_figure(text, expected):
    assert found(text) == expected
