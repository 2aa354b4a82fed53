"""Table tests of a quotation after a colon that follows "in the words of X" or "according to X":
the quotation is X's (storyline.extract.attribution._words_of)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    ("This is how the trip went, in the words of the pilot: \u201cFour days in, we ran out of water.\u201d",
     [("Four days", [("the pilot", "anonymous")])]),
    ("That was the plan, according to the nurse: \u201cWe gave her 2 doses a day.\u201d",
     [("2", [("the nurse", "anonymous")])]),
    # no colon and a quotation after it: no one's words but the writer's
    ("In other words: 3 rooms were shut.", [("3", [])]),
    ("The rooms, in the words of the plan, hold 40 beds.", [("40", [])]),
])
def test_words_of_before_a_colon(text, expected):
    assert chains(text) == expected

