"""Table tests of electric units glued to a number where words of electric power are around it
("a 32A socket", "a 100W amp", "a 12V battery"), amperes after digits ("13 amps"), a count's
open side told after its noun ("5 seats or fewer"), "24×7" (always), multiples in one word or
with a glued "x" ("fourfold", "3x more") and a four-digit count with a glued plus ("2000+
apps") (storyline.extract.quantities, storyline.extract.measure)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # a lone "A", "W" or "V" glued to the number, with words of electric power around it
    ("The shed has a 16A socket on a separate breaker.", [("16A", 16, 16, False, "A")]),
    ("My old 100W amp still drives both speakers.", [("100W", 100, 100, False, "W")]),
    ("Bring a spare 12V battery for the pump.", [("12V", 12, 12, False, "V")]),
    ("I set the charger to 10Amps overnight.", [("10Amps", 10, 10, False, "A")]),
    ("The oven pulls 13 amps at full heat.", [("13 amps", 13, 13, False, "A")]),
    ("Fit a 30-amp fuse there.", [("30-amp", 30, 30, False, "A")]),
    ("Use a 9-volt cell in the alarm.", [("9-volt", 9, 9, False, "V")]),
    # no such words: a grade, a road, a street; amplifiers counted after a number word
    ("They won the Class 6A title last spring.", []),
    ("Take Route 9A past the mill.", []),
    ("The shop moved to 100 W Main St. last year.", []),
    ("The band hauled two amps and a drum kit.", [("two", 2, 2, False, None)]),
])
def test_electric_units(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "or fewer" / "or more" after the counted word: the open side is read, the noun stays after
    ("This plan suits you if you need 4 seats or fewer.", [("4", None, 4, False, None)]),
    ("Firms with 50 staff or more pay the full fee.", [("50", 50, None, False, None)]),
    # not another noun after it, nor "than"
    ("He keeps 3 cats or more dogs.", [("3", 3, 3, False, None)]),
    ("It fits 4 people or less than that.", [("4", 4, 4, False, None)]),
])
def test_open_side_after_the_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # always on, written with a multiplication sign or an x glued to both numbers
    ("The host gives 24×7 help to every client.", []),
    ("Our desk runs 24x7 for members.", []),
    # with spaces it may be a size
    ("A 24 x 7 grid of tiles.", [("24", 24, 24, False, None)]),
])
def test_round_the_clock(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a multiple in one word, or a glued "x" before a comparison or after a verb of change
    ("Water use could grow fourfold by then.", [("fourfold", 4, 4, False, None)]),
    ("Rents rose tenfold since the war.", [("tenfold", 10, 10, False, None)]),
    ("The gold tier is 3x more costly than the basic one.", [("3x", 3, 3, False, None)]),
    ("The new board runs 2.5x faster.", [("2.5x", 2.5, 2.5, False, None)]),
    # a range of multiples, maybe hedged with a tilde
    ("Both plans are between ~2x and ~5x as dear as renting.", [("~2x and ~5x", 2, 5, True, None)]),
    ("The new chip runs 3x-6x faster.", [("3x-6x", 3, 6, False, None)]),
    # a kind, not a multiple
    ("He drove a 4x4 truck to the farm.", []),
    ("Use the 2x zoom for birds.", []),
    ("Fit a 2x-wide frame.", []),
    ("The manifold cracked.", []),
])
def test_multiples(text, expected):
    assert found(text) == expected


def test_a_multiple_is_measured_in_times():
    text = "Water use could grow fourfold, and the top tier is 3x more costly."
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    got = [(f.quantity.text, f.measure_head) for f in figures(art)]
    assert got == [("fourfold", "time"), ("3x", "time")]


@pytest.mark.parametrize("text, expected", [
    # a glued plus before the plural it counts keeps a four-digit number from being a year
    ("The tool links to 2000+ partner apps.", [("2000+", 2000, None, False, None)]),
    ("It has 1200+ reviews.", [("1200+", 1200, None, False, None)]),
    # a year with a plus and no plural after it stays a year
    ("Cars built in 2015+ pass the test.", []),
])
def test_four_digit_count_with_a_plus(text, expected):
    assert found(text) == expected
