"""Numbers that name a product, a note or a pick, and amounts told with a glued or compound unit:
table rows in our own words (positive and negative)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Field, Provenance, article_id_for

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a product's number used as its name, when the text names the product by the same digits
    ("I bought a Yamaha 3800 last year. I ran the old 3800 in stereo mode, and the 3800 stayed cool.", []),
    ("We chose the PB1000 over the PB2000: the 2000 is too big for the room vs the 1000, I think.", []),
    ("Compared to the older 500 series model, it is quieter.", []),
    ("I ran the old 3800 in stereo mode, and the 3800 stayed cool.", []),
    ("It beats the Brand® 600 series cleaners on dust.", []),
    # real counts after "the", or no product named by the digits
    ("The 3,800 workers went on strike.", [("3,800", 3800, 3800, False, None)]),
    ("In the end, the 500 who signed were fired.", [("500", 500, 500, False, None)]),
    ("The 3800 voted to strike on Monday.", [("3800", 3800, 3800, False, None)]),
    ("Of the 1,000 staff, the older 500 were moved.", [("1,000", 1000, 1000, False, None), ("500", 500, 500, False, None)]),
    ("The lab ran 500 series of tests.", [("500", 500, 500, False, None)]),
    ("The show ran for 5 series.", [("5", 5, 5, False, None)]),
    ("Flight 370 vanished. The 370 passengers were never found.", [("370", 370, 370, False, None)]),
])
def test_model_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" as a pick, then what the pick is; "one of the great/top ..."; "my one gripe"
    ("One of the gifts was the old lamp from the attic.", []),
    ("One of the great joys of that trip was the food.", []),
    ("A poll ranked the shop one of the top 3 bakeries downtown.", []),
    ("My one gripe with the van is the noise.", []),
    ("Her one regret is that she never sailed.", []),
    # counts stay
    ("One of the guards was hurt in the fight.", [("One", 1, 1, False, None)]),
    ("Only one of the gifts was a lamp.", [("Only one", 1, 1, False, None)]),
    ("Their one win came in May.", [("one", 1, 1, False, None)]),
])
def test_one_as_a_pick(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # note marks opening lines at a page's foot, each with a neighbour
    ("Terms apply.\n\n1 Compared to the older model of the same vacuum line\n\n"
     "2 Works with most phones and voice helpers sold today.\n\n3 Compared to the standard mode for dust", []),
    # a short listing line counts; a lone line opening with a count counts
    ("Listing\n2 Bedrooms\n3 Bathrooms\n", [("2", 2, 2, False, None), ("3", 3, 3, False, None)]),
    # a span of time opening each heading of a plan is no mark
    ("We got ready.\n\n3 Months Before, Venue And Music For The Night\n\nBook early.\n\n2 Months Before, Cards"
     " And Fittings For Everyone\n\nSend them.", [("3 Months", 3, 3, False, "month"), ("2 Months", 2, 2, False, "month")]),
    ("The storm hit hard.\n\n3 sheep were lost on the hill on Monday night.\n\nMore rain is due.",
     [("3", 3, 3, False, None)]),
])
def test_note_marks(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two alternatives or a range whose second number has its unit glued to it: one range
    # (the glued "W" is watts where words of electric power are around it: "amp", "per channel")
    ("The amp gives closer to 60 or 70W per channel.", [("60 or 70W", 60, 70, True, "W")]),
    ("It needs 60-70GB of space.", [("60-70GB", 60, 70, False, "GB")]),
    ("It sold 60 or 70 units.", [("60 or 70", 60, 70, True, None)]),
    ("In the 1960-70s people danced.", []),
    # a compound unit the table lacks is not its first word's unit
    ("A shady corner gets 20-80 foot-candles of light.", [("20-80", 20, 80, False, None)]),
    ("A sunny sill may see over 2,500 foot-candles.", [("over 2,500", 2500, None, False, None)]),
    ("It gives 20 foot-pounds of torque.", [("20 foot-pounds", 20, 20, False, "lb-ft")]),
    ("A 6 foot-tall fence stood there.", [("6 foot", 6, 6, False, "ft")]),
    # vague amounts up to trillions
    ("Those pension funds hold tens of trillions of euros.", [("tens of trillions of euros", 2e13, 9.99e13, True, "EUR")]),
    ("The bill may reach hundreds of billions of euros.",
     [("hundreds of billions of euros", 2e11, 9.99e11, True, "EUR")]),
    ("Trillions of cells make up the body.", [("Trillions", 2e12, 9.99e12, True, None)]),
])
def test_glued_and_compound_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "4K" after a word of showing or making a picture, with no noun after it: a resolution
    ("The console does not run the game in native 4K.", []),
    ("When streaming at 4K, it draws more power.", []),
    ("The film was shot in 8K and cut later.", []),
    ("Start with 5K or 10K races this spring.", [("5K or 10K", 5000, 10000, True, None)]),
    ("She raised $4K at the fair.", [("$4K", 4000, 4000, False, "USD")]),
    ("The club has 5K members.", [("5K", 5000, 5000, False, None)]),
    # "100%" before a word of what a thing is made of or by: "fully"
    ("The firm now has a 100% local support staff.", []),
    ("All our apps come with a 100% human help team.", []),
    ("The grid will run on 100% renewable power by 2035.", [("100%", 100, 100, False, "%")]),
    ("It bought a 100% stake in the firm.", [("100%", 100, 100, False, "%")]),
    ("The shelter relies 100% on gifts from the public.", []),
    ("Sales rose 100% on the year.", [("100%", 100, 100, False, "%")]),
    # "a couple of lovers" is a pair in love; "a couple of officers" about two
    ("On the pier stood a couple of lovers, arm in arm.", []),
    ("A couple of officers arrived at the scene.", [("A couple", 2, 2, True, None)]),
])
def test_kinds_and_idioms(text, expected):
    assert found(text) == expected


def _measures(text: str) -> list[tuple[str, str]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                  outlet=Field(None, ""))
    return [(f.quantity.text, f.measure_head) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # a multiple told with "-fold" has the head of "times"
    ("Demand for cooling may grow four-fold in the next decade.", [("four", "time")]),
    ("Demand for cooling may grow four times in the next decade.", [("four", "time")]),
    ("The town saw a six-fold rise in visits.", [("six", "time")]),
])
def test_fold_is_a_multiple(text, expected):
    assert _measures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" as "a single, shared" point of use: after a verb of wanting or giving, or in a list of them
    ("Small shops want one platform for sales and stock.", []),
    ("The bundle gives you one bill for the phone and the TV.", []),
    ("With the new plan, staff share one workspace.", []),
    ("The service offers one inbox, one calendar and one login.", []),
    # a count stays: of a thing done to, of people, set against another number, without such a verb
    ("The storm knocked out one platform off the coast.", [("one", 1, 1, False, None)]),
    ("One account was emptied by the thieves.", [("One", 1, 1, False, None)]),
    ("You need one app and two cables to start.", [("one", 1, 1, False, None), ("two", 2, 2, False, None)]),
    ("One man and one child were taken to hospital.", [("One", 1, 1, False, None), ("one", 1, 1, False, None)]),
    ("The firm sold one app in March and bought one platform in May.",
     [("one", 1, 1, False, None), ("one", 1, 1, False, None)]),
])
def test_one_as_a_single_shared_thing(text, expected):
    assert found(text) == expected
