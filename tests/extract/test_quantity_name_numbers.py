"""Table tests of a bare number right after a capitalised noun that names a thing with it ("Figure 4
shows", "Pattern 2:") and of dotted numbers listed after "versions"
("versions of the runtime including 3.8, 3.9 and 3.11"): numbers of names and of software, not
figures; a count, a score or an age after a name stays (storyline.extract.quantities)."""

from __future__ import annotations

import pytest

from .quantity_found import found


@pytest.mark.parametrize("text, expected", [
    # the number of a name: a figure, a pattern of a list of them
    ("Figure 4 shows the steps in order.", []),
    ("Pattern 2: Keep the lock short", []),
    # a release of a named thing "or later" / "or newer"
    ("The app runs on Droid 8.0 or newer.", []),
    ("It needs iOS 15 or later to work.", []),
    ("Kids 12 or older ride free.", [("12 or older", 12, None, False, None)]),
    # a count after it, a list of rooms, a verb before it
    ("Kim Park 19 points and 4 steals.", [("19", 19, 19, False, None), ("4", 4, 4, False, None)]),
    ("Rooms 101, 102 and 104 were shut.", [("101", 101, 101, False, None), ("102", 102, 102, False, None),
                                           ("104", 104, 104, False, None)]),
    ("Sell 40 mugs a week.", [("40", 40, 40, False, "/week")]),
    ("Score 3.5 out of 4", [("3.5", 3.5, 3.5, False, None), ("4", 4, 4, False, None)]),
])
def test_number_of_a_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The host runs several versions of the runtime including 3.8, 3.9 and 3.11.",
     [("several", 2, 9, True, None)]),
    ("Try the newest version of Wikitool, 1.41, at home.", []),
    # not a price or a count told of a version
    ("The new version costs 9.99 a month.", [("9.99", 9.99, 9.99, False, "/month")]),
    ("The second version of the bill set it at 4.5 percent.", [("4.5 percent", 4.5, 4.5, False, "%")]),
    ("The first version of the plan set 2.5 as the cap.", [("2.5", 2.5, 2.5, False, None)]),
    ("The base version with a smaller 61.5 kWh pack costs less.", [("61.5 kWh", 61.5, 61.5, False, "kWh")]),
])
def test_listed_versions(text, expected):
    assert found(text) == expected
