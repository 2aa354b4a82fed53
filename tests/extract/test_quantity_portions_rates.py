"""Table tests of amounts of different things in one measure ("1 cup oats", "1 cup rice"), one
thing or a few more ("a term or two"), rates kept with their denominator ("$7 monthly", "60 calls
per day"), a range with the currency on both ends ("$5-$10"), a country's letters before a
dollar sign ("NZD$15") and numbers of software in running text ("localhost:8080")
(storyline.extract.quantities, storyline.extract.figures)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for

from .quantity_found import found


def _figs(text: str) -> list[tuple[str, str | None]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [(f.quantity.text, f.quantity.unit) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # the same amount of two things in one measure is two figures
    ("Morning: 1 cup porridge, 1 pear.\nNoon: 1 cup lentils, 2 plums.",
     [("1 cup", "cup"), ("1", None), ("1 cup", "cup"), ("2", None)]),
    ("Stir in 2 tbsp honey, 2 tbsp flour and some salt.", [("2 tbsp", "tbsp"), ("2 tbsp", "tbsp")]),
    ("Pour 3 glasses of juice and 3 glasses of milk.", [("3", None), ("3", None)]),
    # the same amount of the same thing told again is one figure
    ("Morning: 1 cup porridge.\nNight: 1 cup porridge and tea.", [("1 cup", "cup")]),
    ("He drank 2 glasses of milk. At noon he had 2 glasses of milk.", [("2", None)]),
    # an ingredient's line sums up no amount of another ingredient
    ("Plum jam\n\nYou need:\n- 1 tsp anise\n1 tsp mace\n1 tsp dried mint",
     [("1 tsp", "tsp"), ("1 tsp", "tsp"), ("1 tsp", "tsp")]),
])
def test_amounts_of_different_things_in_one_measure(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Add 3 tablespoons olive oil.", [("3 tablespoons", 3, 3, False, "tbsp")]),
    ("Fold in ½ teaspoon cinnamon.", [("½ teaspoon", 0.5, 0.5, False, "tsp")]),
    ("Whisk 2 cups of flour.", [("2 cups", 2, 2, False, "cup")]),
    # a number before a singular noun that is no portion names a kind
    ("Buy the 8 piece lens kit.", []),
])
def test_kitchen_measures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a/an X or two": about one or two of any thing, also after a preposition
    ("Learning it takes a term or two.", [("a term or two", 1, 2, True, None)]),
    ("We spotted a moth or two near the lamp.", [("a moth or two", 1, 2, True, None)]),
    ("The parcel comes in a week or two.", [("a week or two", 1, 2, True, "week")]),
    ("It should dry within an hour or two.", [("an hour or two", 1, 2, True, "hour")]),
    ("The job lasts a day or three.", [("a day or three", 1, 3, True, "day")]),
    ("Set the pegs an inch or two apart.", [("an inch or two", 1, 2, True, "in")]),
    ("She called twice or three times.", [("twice or three times", 2, 3, True, None)]),
    ("We met twice or three occasions.", [("twice or three occasions", 2, 3, True, None)]),
    # no range when "two" counts its own noun, nor after an amount word
    ("They hired a cook or two waiters.", [("two", 2, 2, False, None)]),
    ("It lasted a dozen or two.", [("a dozen", 12, 12, False, None), ("two", 2, 2, False, None)]),
])
def test_one_thing_or_a_few(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # money per thing and per span of time, with or without "per" before the thing
    ("The tool costs $15 seat per month.", [("$15 seat per month", 15, 15, False, "USD/seat/month")]),
    ("The tool costs $15 per seat per year.", [("$15 per seat per year", 15, 15, False, "USD/seat/year")]),
    ("The tool costs $15 fee per month.", [("$15", 15, 15, False, "USD")]),
    # a comma before the second "per" keeps both denominators; a comma before something else does not
    ("Seats are $11 per seat, per month on the basic plan.",
     [("$11 per seat, per month", 11, 11, False, "USD/seat/month")]),
    ("The fund paid $3 per share, a month after the vote.", [("$3 per share", 3, 3, False, "USD/share"),
                                                             ("a month", 1, 1, False, "month")]),
    # money paid so often
    ("Members pay $7 monthly for parking.", [("$7 monthly", 7, 7, False, "USD/month")]),
    ("The club charges $300 annually.", [("$300 annually", 300, 300, False, "USD/year")]),
    ("Its value grew 6% per annum.", [("6% per annum", 6, 6, False, "%/year")]),
    ("Apples sold at 80 cents a dozen.", [("80 cents a dozen", 80, 80, False, "cent/dozen")]),
    ("The car reached 120 miles an hour.", [("120 miles an hour", 120, 120, False, "mph")]),
    # a count of things per span of time
    ("The clinic answers 60 calls per day.", [("60", 60, 60, False, "/day")]),
    ("About 500 parcels are shipped every week.", [("About 500", 500, 500, True, "/week")]),
    ("The birds eat 3 meals a day.", [("3", 3, 3, False, "/day")]),
    ("The plan allows 900 messages/month.", [("900", 900, 900, False, "/month")]),
    ("He uploads 3 clips weekly.", [("3", 3, 3, False, "/week")]),
    ("The plan allows up to 40 uploads a day.", [("up to 40", None, 40, False, "/day")]),
    # not a rate: an offset, a rate told on the next line, an adjective before a noun, or words
    # that are no counted noun between
    ("Two guards came a week later.", [("Two", 2, 2, False, None), ("a week", 1, 1, False, "week")]),
    ("The 4 pupils who train every day won.", [("4", 4, 4, False, None)]),
    ("Members: 812 000 readers\n\nPosts per day: 6", [("812 000", 812000, 812000, False, None), ("6", 6, 6, False, None)]),
    ("Some 40 readers daily papers.", [("Some 40", 40, 40, True, None)]),
])
def test_rates_keep_their_denominator(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mugs cost $4-$9 at the fair.", [("$4-$9", 4, 9, False, "USD")]),
    ("Repairs cost $2 million-$3 million.", [("$2 million-$3 million", 2e6, 3e6, False, "USD")]),
    ("Fees run $300 – $700 per month.", [("$300 – $700 per month", 300, 700, False, "USD/month")]),
    # the sign of the second amount alone makes no range
    ("A used car$0-$2,000 more.", [("0", 0, 0, False, None), ("$2,000", 2000, 2000, False, "USD")]),
    # falling ends with their signs are two amounts, not a score
    ("The fare went from $9-$4 overnight.", [("$9", 9, 9, False, "USD"), ("$4", 4, 4, False, "USD")]),
    ("The hosts won 3-1.", [("3", 3, 3, False, None), ("1", 1, 1, False, None)]),
])
def test_a_range_with_the_currency_on_both_ends(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The bike costs NZD$15 more.", [("NZD$15", 15, 15, False, "NZD")]),
    ("The bike costs cad$ 15 more.", [("cad$ 15", 15, 15, False, "CAD")]),
    ("The deal was worth c $ 40 million.", [("c $ 40 million", 40e6, 40e6, False, "CAD")]),
    ("Tickets cost Mex$ 200 each.", [("Mex$ 200", 200, 200, False, "MXN")]),
    # an article or a verb before the sign names no country
    ("She found a $5 bill.", [("$5", 5, 5, False, "USD")]),
    ("The fee is $ 7 now.", [("$ 7", 7, 7, False, "USD")]),
])
def test_a_country_before_the_dollar_sign(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Open localhost:3000 in a browser.", []),
    ("The site answers on example.org:8443 only.", []),
    ("Start it with --threads 6 and wait.", []),
    ("Start it with --retries=5 and wait.", []),
    ("We set margin=12 and max_items=30 there.", []),
    ("We set margin='12' there.", []),
    ("Give the panel opacity: 0.8 and z-index: 9 first.", []),
    ("The heading uses 18px type.", []),
    # a short key is a sample's size, a label's colon or a clock no code
    ("The trial enrolled n=40 adults.", [("40", 40, 40, False, None)]),
    ("Population: 12,000 people live there.", [("12,000", 12000, 12000, False, None)]),
    ("Staff:45 people work there.", [("45", 45, 45, False, None)]),
])
def test_numbers_of_software_in_running_text(text, expected):
    assert found(text) == expected
