"""Counts told in stat lines ("caught 41 passes for 517 yards"): two counts whose other counts of
one thing differ count two sets (two games, two seasons), never one tracked figure. Every sentence
here is written for the test."""

from __future__ import annotations

import pytest

from storyline.align.figures import cannot_link
from storyline.align.measure import companion_of, measure_of

from .builders import article as _art
from .builders import figure as _fig


def _count(text, qtext, value, unit=None, head="yard"):
    a = _art(text)
    return _fig(a, qtext, value, value, head + "s", head, unit=unit), a


@pytest.mark.parametrize("text, qtext, unit, companion", [
    ("Lee caught 41 passes for 517 yards.", "517 yards", "yd", ("pass", 41.0)),
    ("Lee had 12 carries for 1,098 yards in the game.", "1,098 yards", "yd", ("carry", 12.0)),
    ("Lee caught 41 passes for 517 yards.", "41", None, ("yard", 517.0)),
    # no other count: "for" with no count before it, a count told alone
    ("Lee ran for 517 yards.", "517 yards", "yd", None),
    ("Lee paid for 3 tickets.", "3", None, None),
    ("Lee completed 19 of 33 passes for 247 yards.", "247 yards", "yd", None),
    ("Lee caught 39 passes.", "39", None, None),
])
def test_the_other_count_of_a_stat_line(text, qtext, unit, companion):
    fig, a = _count(text, qtext, 1, unit)
    assert companion_of(fig, a) == companion


@pytest.mark.parametrize("t1, q1, v1, t2, q2, v2, apart", [
    ("Lee caught 41 passes for 517 yards.", "517 yards", 517, "Lee caught 33 passes for 517 yards.", "517 yards",
     517, True),
    # one other count, other things counted, or one line told alone: nothing keeps them apart
    ("Lee caught 41 passes for 517 yards.", "517 yards", 517, "Lee made 41 passes for 517 yards.", "517 yards",
     517, False),
    ("Lee caught 41 passes for 517 yards.", "517 yards", 517, "Lee had 41 catches for 517 yards.", "517 yards",
     517, False),
    ("Lee caught 41 passes for 517 yards.", "517 yards", 517, "Lee gained 517 yards.", "517 yards", 517, False),
])
def test_two_stat_lines_are_two_sets(t1, q1, v1, t2, q2, v2, apart):
    fa, a = _count(t1, q1, v1, "yd")
    fb, b = _count(t2, q2, v2, "yd")
    why = cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b})
    assert (why == "two stat lines: two sets") is apart
