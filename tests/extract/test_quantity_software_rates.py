"""Table tests of numbers of software (versions, settings, lines of code, a number alone in square
brackets), counts per week or month told "one book a month", shares told "nine out of 10", a
percent of 100 or more that says how firmly, "one such", a hedge or bound opening a quotation,
and an age beside what someone wants
(storyline.extract.quantities, storyline.extract.attribution)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # versions with a wildcard or after their label, values of a settings file, numbers in code
    ("Pick the 3.x branch before you build the docs.", []),
    ("Then type 2.1.x in the box and press the button.", []),
    ("version: 2", []),
    ('node: "18.4"', []),
    ("retries = 3", []),
    ("<Button onPress={() => setTotal(total + 2)}>", []),
    ("Since both values are the same (7 === 7), the check is skipped.", []),
    ("// Start with { user: { id: 450 } } set", []),
    ("The list now holds [4] after the first pass.", []),
    ("It prints [7, 7, 7] to the screen.", []),
    ("Pattern: ^[a-z]{12}$", []),
    ("The editor added [12 pages] to the report.", [("12", 12, 12, False, None)]),
    ('pip install some-tool "~1.5"', []),
    ('    Path::new("box:250"),', []),
    ("7version: 3", []),
    # prose keeps its numbers: a semicolon between clauses, a label in capitals, a version in words
    ("The firm hired 40 engineers; it plans to add 20 more.",
     [("40", 40, 40, False, None), ("20", 20, 20, False, None)]),
    ("Injured: 45", [("45", 45, 45, False, None)]),
    ("The load is 20 {kg}", [("20", 20, 20, False, None)]),
    ("Version 2 of the app has 30 new features.", [("30", 30, 30, False, None)]),
    ("Fares fell ~2.5 percent.", [("~2.5 percent", 2.5, 2.5, True, "%")]),
    ("Fares rose 4% to $2.10; riders were angry.",
     [("4%", 4, 4, False, "%"), ("$2.10", 2.1, 2.1, False, "USD")]),
])
def test_numbers_of_software_are_no_figures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of things and their noun before "a week", "a month": a rate, no length of time (its
    # unit keeps the denominator)
    ("The club reads one novel a month and meets online.", [("one", 1, 1, False, "/month")]),
    ("Doctors advise two to four 30-minute walks a week for most adults.",
     [("two to four", 2, 4, False, None), ("30-minute", 30, 30, False, "minute")]),
    ("The yard builds six ferries a year for the state.", [("six", 6, 6, False, "/year")]),
    ("The choir holds a once-a-month practice.", []),
    ("A walk a day lifts the mood.", []),
    ("Keep the old one for a year, then sell it.", [("a year", 1, 1, False, "year")]),
    ("He took a nap a day later.", [("a day", 1, 1, False, "day")]),
    # a length of time stays: after a verb, alone, or an offset after a count
    ("Two guards spent a month on the island.", [("Two", 2, 2, False, None), ("a month", 1, 1, False, "month")]),
    ("One driver served a year in jail.", [("One", 1, 1, False, None), ("a year", 1, 1, False, "year")]),
    ("The strike lasted a week.", [("a week", 1, 1, False, "week")]),
    ("Four shops closed a week after the flood.", [("Four", 4, 4, False, None), ("a week", 1, 1, False, "week")]),
    ("Workers get three weeks a year of leave.", [("three weeks a year", 3, 3, False, "week/year")]),
])
def test_a_count_per_week_or_month_is_a_rate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "out of" ten or a hundred before the plural noun it shares: a share
    ("About seven out of 10 nurses said they were tired.", [("About seven out of 10", 70, 70, True, "%")]),
    ("Three out of ten shops on the street are empty.", [("Three out of ten", 30, 30, False, "%")]),
    ("Some 45 out of 100 voters backed the plan.", [("Some 45 out of 100", 45, 45, True, "%")]),
    # a mark on a scale, or a count out of a total that is no round base, stays as two numbers
    ("I rate the camera 6 out of 10 for speed.", [("6", 6, 6, False, None)]),
    ("The novel earns 9 out of 10 stars.", [("9", 9, 9, False, None), ("10", 10, 10, False, None)]),
    ("She took 14 out of 23 seats in the hall.", [("14", 14, 14, False, None), ("23", 23, 23, False, None)]),
])
def test_a_share_told_out_of_ten(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a percent of 100 or more that says how firmly
    ("I am 100 percent sure the vote was fair.", []),
    ("“The photo was 100% fake,” the candidate claimed.", []),
    ("We back the coach 110 percent.", []),
    ("Our team agrees 100% with the ruling.", []),
    ("Asked on the radio, she replied: “I love it, 1,000%.”", []),
    # a share, a change or a share of a noun stays
    ("The town runs on 100% solar power.", [("100%", 100, 100, False, "%")]),
    ("Rents rose 100% in ten years.", [("100%", 100, 100, False, "%"), ("ten years", 10, 10, False, "year")]),
    ("The bank owns 100% of the fund.", [("100%", 100, 100, False, "%")]),
    ("The shot was 100 percent effective in the trial.", [("100 percent", 100, 100, False, "%")]),
    ("Costs went up, in all, 150%.", [("150%", 150, 150, False, "%")]),
])
def test_a_percent_of_conviction_is_no_share(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The probe caught one such burst of gas in May.", []),
    ("Only one such burst was seen.", [("Only one", 1, 1, False, None)]),
])
def test_one_such(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hedge or a bound right after an opening quotation mark stays with its number
    ("“More than 60 homes burned,” the chief said.", [("More than 60", 60, None, False, None)]),
    ("“Nearly half the staff left,” she said.", [("Nearly half", 50, 50, True, "%")]),
    ('He wrote: "About 25 ships wait offshore."', [("About 25", 25, 25, True, None)]),
    ("‘At least nine rooms flooded,’ he said.", [("At least nine", 9, None, False, None)]),
    # a word that is no hedge after the mark changes nothing
    ("“Only 12 came,” she said.", [("Only 12", 12, 12, False, None)]),
    ("“Those 12 came,” she said.", [("12", 12, 12, False, None)]),
])
def test_a_hedge_opening_a_quotation(text, expected):
    assert found(text) == expected


def chains(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(quantity text, [(source name, kind)...]) for each figure of ``text``."""
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [(f.quantity.text, [(s.name, s.kind) for s in f.attribution.sources]) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # an age between commas after a name, inside what someone wants or plans: the outlet's
    ("Spain wants Portugal to hand over Berry, 47, for his part in the fraud.", [("47", [])]),
    ("The board plans to appoint Ann Cole, 52, as its new chief.", [("52", [])]),
    # what they want or plan stays theirs; an age a speaker tells stays the speaker's
    ("The city wants to hire 40 new officers.", [("40", [("The city", "organisation")])]),
    ("The board plans to give Ann Cole, its chief, a raise of 8%.", [("8%", [("The board", "organisation")])]),
    ("The firm wants to sell the plant to Ann Cole, 61, for $4 million.",
     [("61", []), ("$4 million", [("The firm", "organisation")])]),
])
def test_an_age_beside_an_intent_is_the_outlets(text, expected):
    assert chains(text) == expected
