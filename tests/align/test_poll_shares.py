"""Shares of a poll told of two groups ("28 percent of independents", "among women, 40 percent"),
or of a count done so far at two moments ("with 91 percent of precincts reporting", "with 98
percent"), are never one tracked figure. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from storyline.align.figures import cannot_link
from storyline.align.measure import measure_of, share_group

from .builders import article as _art
from .builders import figure as _fig


def _share(text, qtext, value=40):
    a = _art(text)
    return _fig(a, qtext, value, value, "percent", "percent", unit="%"), a


@pytest.mark.parametrize("text, qtext, group", [
    ("In the survey, 28 percent of independents back the plan.", "28 percent", "independent"),
    ("In the survey, 45% of likely Republican voters agreed.", "45%", "republican"),
    ("Two-thirds of the county's voters backed the plan.", "Two-thirds", "voter"),
    ("Only 24 percent of Ana Ruiz's donors gave $200 or less.", "24 percent", "donor"),
    ("In the survey, 45% of Republicans and 28% of independents agreed.", "28%", "independent"),
    ("Among independents, Ruiz has 40 percent.", "40 percent", "independent"),
    # no group: a pronoun after "of", nothing after the share, "of" that does not follow it
    ("In the survey, 40 percent of them agreed.", "40 percent", None),
    ("In the survey, 40 percent agreed.", "40 percent", None),
    ("The plan of the mayor won 40 percent.", "40 percent", None),
])
def test_the_group_a_share_is_told_of(text, qtext, group):
    fig, a = _share(text, qtext)
    assert share_group(fig, a, "share") == group
    assert measure_of(fig, a).group == group


@pytest.mark.parametrize("t1, q1, v1, t2, q2, v2, why", [
    # two groups
    ("In the poll, 28 percent of independents back Ruiz.", "28 percent", 28,
     "In the poll, 28% of likely Republican voters back Ruiz.", "28%", 28, "shares of two different wholes"),
    ("Among women, Ruiz has 40 percent.", "40 percent", 40,
     "Among men, Ruiz has 40 percent.", "40 percent", 40, "shares of two different wholes"),
    # the count done so far at two moments
    ("Ruiz won with 91 percent of precincts reporting.", "91 percent", 91,
     "Ruiz won with 98 percent of precincts reporting.", "98 percent", 98, "two points within a count: two moments"),
    # one group, or one moment: nothing keeps them apart; a group told with more words
    ("Acme owns 72% of Orbis's shares outstanding.", "72%", 72,
     "Acme now owns 72% of the common shares of Orbis.", "72%", 72, None),
    ("In the poll, 28 percent of independents back Ruiz.", "28 percent", 28,
     "In the poll, 28% of the independents back Ruiz.", "28%", 28, None),
    ("Ruiz won with 91 percent of precincts reporting.", "91 percent", 91,
     "With 91 percent of precincts reporting, Ruiz won.", "91 percent", 91, None),
])
def test_shares_of_two_groups_or_two_moments_are_never_one_figure(t1, q1, v1, t2, q2, v2, why):
    fa, a = _share(t1, q1, v1)
    fb, b = _share(t2, q2, v2)
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why
