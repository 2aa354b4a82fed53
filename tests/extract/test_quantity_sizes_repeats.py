"""Table tests of units joined to a number by a hyphen ("an 8-ounce steak"), "several" before a
span of time ("several months"), the sides of a size told once with its unit ("13 by 17
inches"), and repeats of a value told of two things ("the index rose 0.5% ... the euro rose
0.5%") (storyline.extract.quantities, storyline.extract.figures)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for
from storyline.nlp import load_pipeline

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    ("The chef grilled an 8-ounce steak.", [("8-ounce", 8, 8, False, "oz")]),
    ("She drank a 12-ounce can of cola.", [("12-ounce", 12, 12, False, "oz")]),
    ("Buy the 16-oz jar.", [("16-oz", 16, 16, False, "oz")]),
    ("The phone has a 24-hr. battery.", [("24-hr", 24, 24, False, "hour")]),
    ("They carried a 20-kg pack up the hill.", [("20-kg", 20, 20, False, "kg")]),
    ("A 500-gram loaf costs more now.", [("500-gram", 500, 500, False, "g")]),
    ("A 40-ft container fell off the ship.", [("40-ft", 40, 40, False, "ft")]),
    ("The clinic bought a 64-gigabyte drive.", [("64-gigabyte", 64, 64, False, "GB")]),
    # a word joined that is no unit still counts what follows
    ("The 12-member panel met today.", [("12", 12, 12, False, None)]),
    ("A 10-point plan was put forward.", [("10", 10, 10, False, None)]),
])
def test_a_unit_joined_by_a_hyphen(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The repairs took several months.", [("several months", 2, 9, True, "month")]),
    ("Prices have risen for several decades.", [("several decades", 20, 90, True, "year")]),
    ("He waited several hours at the gate.", [("several hours", 2, 9, True, "hour")]),
    ("She has taught here for several years now.", [("several years", 2, 9, True, "year")]),
    # "several" before anything else counts it, with no unit
    ("Several pupils were sent home.", [("Several", 2, 9, True, None)]),
    ("He lost several games in a row.", [("several", 2, 9, True, None)]),
])
def test_several_before_a_span_of_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The print is roughly 13 by 17 inches.",
     [("roughly 13", 13, 13, True, "in"), ("17 inches", 17, 17, False, "in")]),
    ("The case is 5.2 x 2.1 x 1.3 inches.",
     [("5.2", 5.2, 5.2, False, "in"), ("2.1", 2.1, 2.1, False, "in"), ("1.3 inches", 1.3, 1.3, False, "in")]),
    ("Each tile is 30 x 60 cm.", [("30", 30, 30, False, "cm"), ("60 cm", 60, 60, False, "cm")]),
    # a product with no unit, or a unit that is no length, is left alone
    ("The grid is 3 x 4 squares.", [("3", 3, 3, False, None), ("4", 4, 4, False, None)]),
])
def test_the_sides_of_a_size(text, expected):
    assert found(text) == expected


def _figs(text: str) -> list[str]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [f.quantity.text for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    # one value told of two things is two figures
    ("The stock index rose 0.5% on Monday. The yen rose 0.5% against the pound.", ["0.5%", "0.5%"]),
    ("Rents climbed 4% last year. Wages climbed 4% as well.", ["4%", "4%"]),
    # told again of the same thing, or of nothing named, it is one figure
    ("The stock index rose 0.5% on Monday. By the close, the index rose 0.5%.", ["0.5%"]),
    ("Turnout was 61%. It was 61%, the highest in years.", ["61%"]),
])
def test_a_value_told_of_two_things(text, expected):
    assert _figs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of the" and a word of rank is an idiom, no count
    ("Traffic ranks as one of the top worries in town.", []),
    ("One of the main motives was the price of fuel.", []),
    ("Speed is one of the prime selling points.", []),
    # one of a set named stays a count
    ("Police arrested one of the drivers.", [("one", 1, 1, False, None)]),
])
def test_one_of_the_main(text, expected):
    assert found(text) == expected


def _names(text: str, changes: dict[int, tuple[int, str]] | None = None) -> list[str]:
    """The source names of the figures of ``text``, maybe parsed with some tokens hung elsewhere
    by hand (token -> (head, dep)): a misreading of the parser, set so that the rule is tested
    whatever the model."""
    from spacy.tokens import Doc

    doc = load_pipeline()(text)
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    for k, (head, dep) in (changes or {}).items():
        heads[k], deps[k] = head, dep
    doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
              tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
              lemmas=[t.lemma_ for t in doc], heads=heads, deps=deps,
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [s.name for f in figures(art, doc) for s in f.attribution.sources]


_ROADS = "The chief would not say that crews cleared 40 roads, just the main ones."


def test_a_source_name_stops_at_its_verb():
    # the parse hangs the phrase after the verb ("just the main ones") on the subject: the
    # subject's name still stops at its verb
    doc = load_pipeline()(_ROADS)
    chief = next(t.i for t in doc if t.text == "chief")
    ones = next(t.i for t in doc if t.text == "ones")
    assert _names(_ROADS, {ones: (chief, "appos")}) == ["The chief"]
    assert _names(_ROADS) == ["The chief"]


def test_a_source_name_keeps_its_apposition():
    text = "The spokesman, Col. Ann Reed, said 40 drones were shot down."
    assert _names(text) == ["The spokesman, Col. Ann Reed"]


@pytest.mark.parametrize("text, expected", [
    # two sides of one size, or sizes of two things, are no repeats of each other
    ("The crate (9 x 5 x 5 ft) sat in the yard.", ["9", "5", "5 ft"]),
    ("The first box (9 x 12 x 5 inches) is red; the second (12 x 7 x 5 inches) is blue.",
     ["9", "12", "5 inches", "12", "7", "5 inches"]),
])
def test_sides_of_a_size_are_no_repeats(text, expected):
    assert _figs(text) == expected


def test_a_side_of_a_size_in_a_heading_stays():
    # a heading's size is no summary of a body's figure of the same value
    text = "Garden Shed (8 x 6 x 7 ft) for Sale\n\nOur old shed was 8 ft long and rotted away."
    assert _figs(text)[:3] == ["8", "6", "7 ft"]
