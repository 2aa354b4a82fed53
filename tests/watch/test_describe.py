"""The sentence of a change (`storyline changes`, the Atom feed, the webhook's summary)."""

from __future__ import annotations

import pytest

from storyline.watch import describe

ROWS = [
    ({"label": "people killed", "values": ["12", "19"]}, "new tracked figure: people killed (12, 19)"),
    ({"label": "people killed", "values": ["1", "2", "3", "4", "5", "6"]},
     "new tracked figure: people killed (1, 2, 3, 4, 5, ...)"),
    # no values listed: no empty brackets
    ({"label": "homes flooded", "values": []}, "new tracked figure: homes flooded"),
]


@pytest.mark.parametrize(("data", "expected"), ROWS)
def test_a_new_tracked_figure_is_told_with_its_values(data, expected):
    assert describe({"kind": "new_tracked", "data": data}) == expected
