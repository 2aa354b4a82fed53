"""Table tests of verbs of judging beyond blame and praise (storyline.lang.en.JUDGING_VERBS: "rail
against", "belittle", "decry"), of "attack" as a judgement only through its reason
(REASON_JUDGING_VERBS), and of what a judgement takes in after "including"
(storyline.extract.attribution._judged_child, _counted_target)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    ("The senator railed against new tolls, including a $12 fee for trucks.",
     [("$12", [("The senator", "anonymous")])]),
    ("Ann Lee belittled the matter of the $2 million loan, calling it a clerical slip.",
     [("$2 million", [("Ann Lee", "person")])]),
    ("The mayor decried the 30 percent rise in fares.", [("30 percent", [("The mayor", "government")])]),
    ("The governor attacked her rival over a contract worth $4 million.",
     [("$4 million", [("The governor", "government")])]),
    # a judgement whose target is counted itself: the outlet's count
    ("The senator railed against the 40 new toll booths.", [("40", [])]),
    # "attack" as a deed: its object is no judgement
    ("The rebels attacked a convoy of 12 trucks.", [("12", [])]),
    ("Two dogs attacked the mail carrier.", [("Two", [])]),
    # a rail that is a thing, not a verb
    ("The bridge has a rail 40 feet long.", [("40 feet", [])]),
])
def test_more_verbs_of_judging(text, expected):
    assert chains(text) == expected
