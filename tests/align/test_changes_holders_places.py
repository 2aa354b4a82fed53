"""A change told by its verb is a difference ("dropped 40 cents"), and two differences are no update;
a part "including" a count takes the verb of the whole, and a verb after an aside counts its noun;
ages told in two units are the ages of two holders; a count shares the place of the clause "and"
joins it to when the place follows both; a count of one place is no outlier against counts of
others. Our own invented sentences."""

from __future__ import annotations

import pytest

from storyline.align.figures import ages_apart, cannot_link, profile, shared_place
from storyline.align.findings import findings, ledger, standing, told_as_change, two_changes
from storyline.align.measure import measure_of, predicate_of
from storyline.model import TrackedFigure

from .builders import article as _art
from .builders import figure as _fig


@pytest.mark.parametrize("before, with_unit, change", [
    ("Acme shares fell ", True, True),
    ("The index rose ", False, True),
    ("Shares closed at $20, up ", True, True),
    ("Shares were down about ", True, True),
    ("The party gained ", True, True),           # "gained 3 points": a measure with a unit
    # the ends of a change, a particle, a count of things lost or dropped
    ("The toll rose from ", False, False),
    ("The toll rose to ", False, False),
    ("Shares closed at $12, up from ", True, False),
    ("Jets shot down ", False, False),
    ("The army lost ", False, False),            # "lost 12 soldiers": a count of soldiers
    ("The plane dropped ", False, False),        # "dropped 12 crates"
])
def test_a_change_told_by_its_verb(before, with_unit, change):
    assert told_as_change(before, with_unit) is change


@pytest.mark.parametrize("text, qtext, unit, expected", [
    ("Acme stock dropped 40 cents on Tuesday.", "40 cents", "cent", "difference"),
    ("Acme stock ended at $31.20, up 15.5 cents.", "15.5 cents", "cent", "difference"),
    ("The index rose 12 on Monday.", "12", None, "difference"),
    ("The toll rose from 12 to 30.", "12", None, None),
    ("The toll rose from 12 to 30.", "30", None, None),
    ("Acme shares closed at $12, up from $10.", "$12", "USD", None),
    ("Acme shares closed at $12, up from $10.", "$10", "USD", None),
    ("Jets shot down 12 drones overnight.", "12", None, None),
])
def test_a_change_is_a_difference(text, qtext, unit, expected):
    a = _art(text)
    assert standing(_fig(a, qtext, 1, 1, "shares", "share", unit=unit), a) == expected


def _update_kinds(rows, head, unit=None):
    """The finding kinds of a ledger of one figure per row: (text, date, quantity text, value, measure)."""
    arts, figs = [], []
    for text, date, qtext, value, measure in rows:
        a = _art(text, date)
        arts.append(a)
        figs.append(_fig(a, qtext, value, value, measure, head, unit=unit))
    return [f.kind for f in ledger("s", figs, {a.id: a for a in arts}).findings]


@pytest.mark.parametrize("rows, head, unit, update", [
    # two days' changes: neither is the level of the other's day
    ([("Acme stock dropped 40 cents on Tuesday to end at $31.", "2024-11-08", "40 cents", 40, "cents"),
      ("Acme stock ended at $31.20, up 15.5 cents.", "2024-11-12", "15.5 cents", 15.5, "cents")], "cent", "cent",
     False),
    # a level told at two moments
    ([("Acme shares closed at $10 on Monday.", "2024-11-08", "$10", 10, "shares"),
      ("Acme shares closed at $12, up from $10.", "2024-11-12", "$12", 12, "shares")], "share", "USD", True),
    ([("Officials said the toll rose to 12 on Monday.", "2024-11-08", "12", 12, "toll"),
      ("Officials said the toll rose from 12 to 30.", "2024-11-10", "30", 30, "toll")], "toll", None, True),
])
def test_two_changes_are_no_update(rows, head, unit, update):
    assert ("update" in _update_kinds(rows, head, unit)) is update


def test_two_changes():
    a, b = _art("Acme stock dropped 40 cents."), _art("Acme stock ended at $31.20, up 15 cents.")
    c = _art("Acme shares closed at 950 cents.")
    x, y = _fig(a, "40 cents", 40, 40, "cents", "cent", unit="cent"), _fig(b, "15 cents", 15, 15, "cents", "cent",
                                                                           unit="cent")
    z = _fig(c, "950 cents", 950, 950, "cents", "cent", unit="cent")
    d, e = _art("The party won the county by 900 votes."), _art("The party now leads the county by 7,000 votes.")
    u, v = _fig(d, "900", 900, 900, "votes", "vote"), _fig(e, "7,000", 7000, 7000, "votes", "vote")
    f, g = _art("The index rose by 12 on Monday."), _art("The index rose by 30 on Friday.")
    p, q = _fig(f, "12", 12, 12, "points", "point"), _fig(g, "30", 30, 30, "points", "point")
    arts = {t.id: t for t in (a, b, c, d, e, f, g)}
    assert two_changes(x, y, arts) and two_changes(p, q, arts)
    assert not two_changes(x, z, arts) and not two_changes(u, v, arts)   # a level; two margins held


@pytest.mark.parametrize("text, qtext, measure, predicate", [
    # a part takes the verb of the count it is included in
    ("The blasts killed 90 people, including 12 tourists.", "12", "tourists", "killed"),
    ("Police arrested 30 people, including 12 tourists.", "12", "tourists", "arrested"),
    ("Police arrested forty-two people, including 12 tourists.", "12", "tourists", "arrested"),
    ("Police arrested dozens of people, including 12 tourists.", "12", "tourists", "arrested"),
    # the verb after an aside between marks
    ("About 200 tourists -- guides and their families -- left the city.", "200", "tourists", "left"),
    ("About 200 tourists (most of them students) left the city.", "200", "tourists", "left"),
    ("About 200 tourists left the city.", "200", "tourists", "left"),
    # no verb of the whole before it; an aside that runs on to the sentence's end
    ("The 12 tourists, including two children, were hurt.", "two", "children", None),
    ("About 200 tourists -- guides and their families.", "200", "tourists", None),
])
def test_the_verb_of_a_part_and_past_an_aside(text, qtext, measure, predicate):
    a = _art(text)
    assert predicate_of(_fig(a, qtext, 1, 1, measure, measure), a) == predicate


@pytest.mark.parametrize("rows, update", [
    # those killed, then those who left: two predicates
    ([("The blasts killed 90 people, including 12 tourists.", "2024-11-08", "12", 12, "tourists"),
      ("About 200 tourists -- guides and their families -- left the city.", "2024-11-12", "About 200", 200,
       "tourists")], False),
    # those who left, counted again
    ([("About 150 tourists left the city on Monday.", "2024-11-08", "About 150", 150, "tourists"),
      ("About 200 tourists -- guides and their families -- left the city.", "2024-11-10", "About 200", 200,
       "tourists")], True),
])
def test_two_predicates_are_no_update(rows, update):
    assert ("update" in _update_kinds(rows, "tourist")) is update


@pytest.mark.parametrize("qa, ua, va, qb, ub, vb, apart", [
    ("6-month-old", "month", 6, "6-year-old", "year", 6, "different holders"),
    ("3-week-old", "week", 3, "4-year-old", "year", 4, "different holders"),
    # one unit, or two units that tell one value
    ("6-year-old", "year", 6, "7-year-old", "year", 7, None),
    ("18-month-old", "month", 18, "1.5-year-old", "year", 1.5, None),
])
def test_ages_in_two_units_are_two_holders(qa, ua, va, qb, ub, vb, apart):
    a = _art(f"The couple came with their {qa} son.")
    b = _art(f"He came to take his {qb} son home.")
    fa, fb = _fig(a, qa, va, va, "son", "age", unit=ua), _fig(b, qb, vb, vb, "son", "age", unit=ub)
    assert ages_apart(fa, fb) is (ua != ub)
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, a), {a.id: a, b.id: b}) == apart


@pytest.mark.parametrize("after, place", [
    (" people were killed and 58 injured in a blast at the station in Lyon.", "Lyon"),
    (" people also died and at least 40 were hurt in a crash near the old harbour in Nice.", "Nice"),
    # a scope of its own, another clause's words, no named place
    (" people were killed and 40 injured across the country in Lyon.", ""),
    (" people were killed and officials said 40 were hurt in Lyon.", ""),
    (" people were killed and 40 injured in a second blast.", ""),
    (" people were killed, and on Monday 40 were hurt in Lyon.", ""),
])
def test_a_place_shared_by_two_clauses(after, place):
    assert shared_place(after) == place


def test_the_place_of_a_count_joined_to_a_clause_with_a_place():
    a = _art("Six people were killed and 58 injured in a blast at the station in Lyon on Friday.")
    assert profile(_fig(a, "Six", 6, 6, "people killed", "killed"), a).place == "Lyon"


def _kinds_of_tf(rows, head):
    arts, figs = [], []
    for text, date, qtext, value, source in rows:
        a = _art(text, date)
        arts.append(a)
        figs.append(_fig(a, qtext, value, value, f"people {head}", head, source=source))
    tf = TrackedFigure(id="s:t", story_id="s", label=head, measure_head=head, unit=None, party=None,
                       figures=tuple(figs), excluded=())
    return [f.kind for f in findings(tf, {a.id: a for a in arts})]


@pytest.mark.parametrize("first, outlier", [
    # six in one city against counts of the two cities: a part
    ("Six people were killed and 58 injured in a blast in Lyon, police said.", True),
    # six of no place against the same counts: far from them
    ("Six people were killed, police said.", False),
])
def test_a_count_of_one_place_is_no_outlier(first, outlier):
    rows = [(first, "2024-11-08", "Six", 6, "police")]
    rows += [(f"The blasts in Lyon and Nice killed {v} people, {s} said.", "2024-11-08", str(v), v, s)
             for v, s in ((80, "officials"), (81, "the ministry"), (82, "medics"))]
    assert ("outlier" in _kinds_of_tf(rows, "killed")) is not outlier
