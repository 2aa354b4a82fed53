"""Table tests of units news text tells that the unit table missed (square feet, yards, watts,
energy in GWh/TWh, kilotons, bytes, nanometres, misspelt scales of temperature), currencies told
by name or sign (pesetas, guilders, bitcoin, "₦", "₱"), a hyphened price per share in cents
("a 15-cent-a-share dividend"), a rate of an amount of matter ("40,000 tonnes of steel a year")
and "in" read as inches only where a size says so (storyline.extract.quantities)."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # areas, lengths, power, energy, masses, sizes of data and chips
    ("The loft has 1,850 square feet of space.", [("1,850 square feet", 1850, 1850, False, "ft2")]),
    ("They rent a 700 sq ft studio.", [("700 sq ft", 700, 700, False, "ft2")]),
    ("The depot covers 80,000 sq. ft. near the port.", [("80,000 sq. ft.", 80000, 80000, False, "ft2")]),
    ("The rookie gained 112 yards on the ground.", [("112 yards", 112, 112, False, "yd")]),
    ("Her 38-yard punt rolled out.", [("38-yard", 38, 38, False, "yd")]),
    ("Each lamp draws 40 watts.", [("40 watts", 40, 40, False, "W")]),
    ("Replace it with a 75-watt bulb.", [("75-watt", 75, 75, False, "W")]),
    ("Wind farms produced 18 TWh, and the dam 650 GWh.",
     [("18 TWh", 18, 18, False, "TWh"), ("650 GWh", 650, 650, False, "GWh")]),
    ("The test had a yield of 20 kilotons.", [("20 kilotons", 20, 20, False, "kt")]),
    ("Emissions reached 37 gigatonnes in all.", [("37 gigatonnes", 37, 37, False, "Gt")]),
    ("The servers store 40 petabytes of logs.", [("40 petabytes", 40, 40, False, "PB")]),
    ("The new chips use a 3 nanometre process.", [("3 nanometre", 3, 3, False, "nm")]),
    ("The reply came within 250 milliseconds.", [("250 milliseconds", 250, 250, False, "ms")]),
    ("The reservoir holds 12 cubic kilometres of water.", [("12 cubic kilometres", 12, 12, False, "km3")]),
    ("The quake moved 3 km³ of rock.", [("3 km³", 3, 3, False, "km3")]),
    ("The lorry carried 30 nautical miles of cable.", [("30 nautical miles", 30, 30, False, "nmi")]),
    # a scale of temperature misspelt is still that scale
    ("The pool was kept at 28 degrees celcius.", [("28 degrees celcius", 28, 28, False, "°C")]),
    ("The oven reached 450 farenheit.", [("450 farenheit", 450, 450, False, "°F")]),
    # a unit glued to its number, whatever name the tagger takes the token for
    ("The new plant makes 500MW at full load.", [("500MW", 500, 500, False, "MW")]),
    ("The siren peaks at 85dB near the school.", [("85dB", 85, 85, False, "dB")]),
    ("The grid runs at 50Hz across the island.", [("50Hz", 50, 50, False, "Hz")]),
    ("Storms cut a 400kV line in the north.", [("400kV", 400, 400, False, "kV")]),
    # a lone "W" after a number is no watt: an address's street
    ("The shop moved to 100 W Main St. last year.", []),
    # a word that only looks like a unit stays none
    ("She counted 12 wattles by the gate.", [("12", 12, 12, False, None)]),
    ("Some 14 yardsticks were sold.", [("Some 14", 14, 14, True, None)]),
])
def test_units_of_news_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The permit cost 900 pesetas then.", [("900 pesetas", 900, 900, False, "ESP")]),
    ("The bank lent 75 million guilders.", [("75 million guilders", 75e6, 75e6, False, "NLG")]),
    ("The trader sold 12 bitcoins on Friday.", [("12 bitcoins", 12, 12, False, "BTC")]),
    ("The fee is 0.02 BTC per transfer.", [("0.02 BTC", 0.02, 0.02, False, "BTC")]),
    ("Fares rose to ₦8,500 this week.", [("₦8,500", 8500, 8500, False, "NGN")]),
    ("A meal costs ₱320 in the city.", [("₱320", 320, 320, False, "PHP")]),
    ("A ticket is 45 ₪ at the door.", [("45 ₪", 45, 45, False, "ILS")]),
    # a name, not a currency: "Rand" is no amount of rand
    ("He wrote 3 Rand reports.", [("3", 3, 3, False, None)]),
])
def test_currencies_by_name_and_sign(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # cents joined by hyphens to the number, and a price per share after them
    ("The board voted a 22-cent-a-share payout.", [("22-cent-a-share", 22, 22, False, "cent/share")]),
    ("Stamps now cost a 68-cent fee.", [("68-cent", 68, 68, False, "cent")]),
    # an amount of some matter per span of time is a rate; "a year" is its denominator
    ("The smelter turns out 90,000 tonnes of aluminium a year.",
     [("90,000 tonnes", 90000, 90000, False, "t/year")]),
    ("The wells pump 300,000 barrels of light crude per day.",
     [("300,000 barrels", 300000, 300000, False, "bbl/day")]),
    ("The fund pays out $3 million of grants a year.", [("$3 million", 3e6, 3e6, False, "USD/year")]),
    # not a rate: a span of time that is when, a preposition before the span, a length of time
    ("Output was 4 million tonnes of coal a year ago.",
     [("4 million tonnes", 4e6, 4e6, False, "t"), ("a year", 1, 1, False, "year")]),
    ("The mill rolled 5 tons of copper in a week.", [("5 tons", 5, 5, False, "t")]),
    ("She spends three hours of her time a day on email.",
     [("three hours", 3, 3, False, "hour"), ("a day", 1, 1, False, "day")]),
])
def test_cents_and_rates_of_matter(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in" after a number is inches where a size says so
    ("The slab is 4 in thick.", [("4 in", 4, 4, False, "in")]),
    ("Cut a 9 in. wide strip.", [("9 in.", 9, 9, False, "in")]),
    ("The panel is 30 in x 20 in.", [("30 in", 30, 30, False, "in"), ("20", 20, 20, False, None)]),
    ("The post stands 5 ft 3 in.", [("5 ft 3 in.", 63, 63, False, "in")]),
    # else it is the preposition
    # (the period of the game is a figure of its own)
    ("He scored 4 in the first quarter.", [("4", 4, 4, False, None), ("first", 1, 1, False, None)]),
    ("Two of the 9 in the group left.", [("Two", 2, 2, False, None), ("9", 9, 9, False, None)]),
])
def test_in_as_inches(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spaced "m" after digits: metres where a size says so
    ("The dam is 85 m high.", [("85 m", 85, 85, False, "m")]),
    ("Divers went to a depth of 30 m.", [("30 m", 30, 30, False, "m")]),
    ("The hall is 6 m x 9 m.", [("6 m", 6, 6, False, "m"), ("9 m", 9, 9, False, "m")]),
    # after money it is millions, with a space as without one
    ("The club paid £12 m for him.", [("£12 m", 12e6, 12e6, False, "GBP")]),
    ("Profit fell to €3.5 m, the firm said.", [("€3.5 m", 3.5e6, 3.5e6, False, "EUR")]),
    # no size, no money: nothing tells what the "m" is
    ("Team B finished 3 m clear.", [("3", 3, 3, False, None)]),
])
def test_spaced_m_as_metres_or_millions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the marks of a list inside a sentence are no figures
    ("Her aims: 1) lower rents; 2) more buses.", []),
    ("He gave two reasons: 1 ) cost and 2 ) delay of 40 days.", [("two", 2, 2, False, None),
                                                              ("40 days", 40, 40, False, "day")]),
    # a number that closes an aside, or a single mark, stays a number
    ("Votes rose to 12 (from 9) this year.", [("12", 12, 12, False, None), ("9", 9, 9, False, None)]),
    ("The rule: 3) apply only once.", [("3", 3, 3, False, None)]),
])
def test_marks_of_a_list_in_a_sentence(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital "T" glued to money is trillions; glued to a bare number it is no amount
    ("The bill would cost $1.5T in all.", [("$1.5T", 1.5e12, 1.5e12, False, "USD")]),
    ("They sold the 4T model and a 2T van.", []),
    ("The bus slows to 30 kmph in town.", [("30 kmph", 30, 30, False, "km/h")]),
])
def test_trillions_and_kmph(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a distance that names the event of a race is no figure
    ("She took the 200 yard freestyle title.", []),
    ("He won the 50 yard butterfly final.", []),
    # a distance run or swum is one
    ("She swam 200 yards before the storm.", [("200 yards", 200, 200, False, "yd")]),
    # a list's marks that open lines, written "3)." as well as "3)"
    ("Tips\n1). Rest well\n2). Eat less\nThat is all.", []),
])
def test_race_names_and_list_marks(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a currency joined by a hyphen to the amount names its money ("a 20-dollar bill")
    ("He found a 50-dollar note.", [("50-dollar", 50, 50, False, "USD")]),
    ("Tolls became a 3-euro charge.", [("3-euro", 3, 3, False, "EUR")]),
    ("The group paid a 40-yen-a-share dividend.", [("40-yen-a-share", 40, 40, False, "JPY/share")]),
    ("The firm paid 80 million finnish markka for it.", [("80 million finnish markka", 8e7, 8e7, False, "FIM")]),
    # a hyphened word that only starts like a currency stays none
    ("A 12-yenta cast sang.", [("12", 12, 12, False, None)]),
])
def test_a_hyphened_currency(text, expected):
    assert found(text) == expected
