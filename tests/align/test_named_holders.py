"""Whose sum or share a figure is, when a name right before it says so: the giver of a sum, the
one a share belongs to. Every sentence here is written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.align.figures import align_figures, cannot_link
from storyline.align.measure import measure_of
from storyline.model import Attribution, Figure, Quantity

from .builders import article as _art
from .builders import figure


def _fig(article, qtext, low, measure, head, unit):
    """A figure of one value whose sentence is the one that holds it."""
    return figure(article, qtext, low, low, measure, head, unit=unit, sentence=True)


@pytest.mark.parametrize("text, qtext, want", [
    # the giver: a name that is the subject of a verb of giving or raising
    ("Ana Ruiz gave $2 million to the fund.", "$2 million", "ruiz"),
    ("Mr. Ruiz had contributed more than $300,000 to the group.", "$300,000", "ruiz"),
    ("Tomas Berg, a shipping heir, donated $50,000 to the campaign.", "$50,000", "berg"),
    # an apposition with a comma of its own, an adverb before the verb
    ("Tomas Berg, the head of a Lyon, France-based bakery chain, had already given $4 million to a fund.",
     "$4 million", "berg"),
    ("Last quarter the Greens raised $5 million.", "$5 million", "green"),
    ("Tomas Berg spoke first. Berg has also pledged $1 million.", "$1 million", "berg"),
    ("Voters met Diaz. Diaz's campaign collected $9 million in May.", "$9 million", "diaz"),
    # a name whose last word many bodies share is the holder whole; that word alone is none
    ("Fair Roads PAC spent $2.6 million.", "$2.6 million", "fair roads pac"),
    ("That super PAC spent more than $6 million.", "$6 million", None),
    # no name, or no verb of giving: no holder
    ("The group raised $5 million in June.", "$5 million", None),
    ("He gave $2 million to the fund.", "$2 million", None),
    ("Ana Ruiz said the fund needs $2 million.", "$2 million", None),
    ("In March gave $2 million.", "$2 million", None),
    ("The fund of Ruiz holds $2 million.", "$2 million", None),
])
def test_the_giver_of_a_sum_is_its_holder(text, qtext, want):
    a = _art(text)
    f = _fig(a, qtext, 1.0, "USD", "money", "USD")
    m = measure_of(f, a)
    assert m.named == want and m.holder is None
    

@pytest.mark.parametrize("text, qtext, want", [
    # the one whose share it is: a name right before it, alone or with a verb of getting
    ("In the poll, Ruiz 38 percent, Diaz 33 percent.", "33 percent", "diaz"),
    ("Ana Ruiz had 38 percent of the vote.", "38 percent", "ruiz"),
    ("Voters met Diaz. Diaz received about 33 percent.", "about 33 percent", "diaz"),
    ("The Greens won 12 percent in the city.", "12 percent", "green"),
    ("In the survey Diaz was at 25 percent, Ruiz at 13 percent.", "25 percent", "diaz"),
    ("In the survey Diaz was at 25 percent, Ruiz at 13 percent.", "13 percent", "ruiz"),
    ("We asked Ruiz. Ruiz held 33 percent.", "33 percent", "ruiz"),
    # a place, a time, a sentence that opens on a stop word, a verb of another kind: no holder
    ("Turnout in Ohio 38 percent higher.", "38 percent", None),
    ("In March 38 percent of voters were undecided.", "38 percent", None),
    ("The 38 percent who voted early were counted first.", "38 percent", None),
    ("Ruiz said 38 percent of voters were undecided.", "38 percent", None),
    ("Prices rose 38 percent.", "38 percent", None),
    ("Ultimately 38 percent voted.", "38 percent", None),
    ("Except 38 percent went to the fund.", "38 percent", None),   # no name elsewhere in the article
    ("Diaz, R-Ohio, was at 8 percent.", "8 percent", None),
    # a name after a verb is its object: the first share is the subject's, the second after "to" the
    # object's ("Ruiz leads Diaz 38 to 33"); a verb that sets no name against another names none
    ("Ruiz leads Diaz 38 percent to 33 percent.", "38 percent", "ruiz"),
    ("Ruiz leads Diaz 38 percent to 33 percent.", "33 percent", "diaz"),
    ("In May, Kim trailed Lee, 40 percent to 45 percent.", "40 percent", "kim"),
    ("In May, Kim trailed Lee, 40 percent to 45 percent.", "45 percent", "lee"),
    ("In May, Kim praised Lee 40 percent of the time.", "40 percent", None),
    ("Turnout was low, with Ruiz 38 percent and Diaz 33 percent.", "33 percent", "diaz"),
    ("Turnout was low, with Ruiz 38 percent and Diaz 33 percent.", "38 percent", "ruiz"),
])
def test_the_one_a_share_belongs_to_is_its_holder(text, qtext, want):
    a = _art(text)
    f = _fig(a, qtext, 1.0, "percent", "percent", "%")
    assert measure_of(f, a).named == want


@pytest.mark.parametrize("text, qtext, measure, bare", [
    # a name says whose share it is, not of what: one poll's "Ruiz 38 percent" is not another's
    ("In the poll, Ruiz 38 percent, Diaz 33 percent.", "38 percent", "percent", True),
    ("In the city, Ruiz received 38 percent of the vote.", "38 percent", "percent of the vote", False),
])
def test_a_named_share_of_nothing_said_stays_bare(text, qtext, measure, bare):
    a = _art(text)
    m = measure_of(_fig(a, qtext, 38, measure, "percent", "%"), a)
    assert m.named == "ruiz" and m.holder is None and m.bare is bare


def test_a_count_has_no_named_holder():
    a = _art("Ana Ruiz gave 300 blankets to the shelter.")
    assert measure_of(_fig(a, "300", 300, "blankets", "blanket", None), a).named is None


def test_two_givers_and_two_candidates_never_merge():
    a = _art("Mr. Ruiz contributed $300,000 to the group. In the poll, Diaz 33 percent.")
    b = _art("Tomas Berg had given $3 million to the group. In the poll, Ruiz 38 percent.")
    c = _art("Ana Ruiz gave $300,000 to the group.")
    figs = [_fig(a, "$300,000", 300000, "USD", "money", "USD"), _fig(b, "$3 million", 3e6, "USD", "money", "USD"),
            _fig(c, "$300,000", 300000, "USD", "money", "USD"),
            _fig(a, "33 percent", 33, "percent", "percent", "%"), _fig(b, "38 percent", 38, "percent", "percent", "%")]
    arts = {x.id: x for x in (a, b, c)}
    ms = [measure_of(f, arts[f.article_id]) for f in figs]
    assert cannot_link(figs[0], figs[1], ms[0], ms[1], arts) == "different holders"
    assert cannot_link(figs[3], figs[4], ms[3], ms[4], arts) == "different holders"
    assert cannot_link(figs[0], figs[2], ms[0], ms[2], arts) is None
    al = align_figures("s", figs[:3], arts)
    groups = sorted(sorted(f.quantity.text + "@" + f.article_id for f in t.figures) for t in al.tracked)
    assert not any(len({g.split("@")[0] for g in grp}) > 1 for grp in groups)


def test_one_name_is_no_evidence_of_one_measure():
    # one giver gives many sums, one candidate gets other shares elsewhere: kept apart from other
    # names, never shown to count one thing by the name alone
    from storyline.align.findings import counted_alike
    a = _art("In York, Ruiz won 31 percent of the ballots. In Hull, Ruiz won 49 percent of the ballots.")
    f1 = _fig(a, "31 percent", 31, "percent of the vote", "percent", "%")
    f2 = _fig(a, "49 percent", 49, "percent of the vote", "percent", "%")
    m1, m2 = measure_of(f1, a), measure_of(f2, a)
    assert m1.named == m2.named == "ruiz" and m1.holder is m2.holder is None
    assert counted_alike(m1, m2) == counted_alike(replace(m1, named=None), replace(m2, named=None))
    b = _art("In the north, Ruiz 31 percent. In the south, Ruiz 49 percent.")
    g1, g2 = _fig(b, "31 percent", 31, "percent", "percent", "%"), _fig(b, "49 percent", 49, "percent", "percent", "%")
    n1, n2 = measure_of(g1, b), measure_of(g2, b)
    assert n1.named == n2.named == "ruiz" and counted_alike(n1, n2) is None


@pytest.mark.parametrize("text, qtext, measure, relation", [
    # a share of the count done so far says when within the count, not what anyone won
    ("With 87 percent of precincts reporting, Ruiz led.", "87 percent", "percent", "point"),
    ("Ruiz had 40 percent with 68 percent of the vote counted.", "68 percent", "percent", "point"),
    ("With 97 percent of the results in, Diaz conceded.", "97 percent", "percent", "point"),
    ("With nearly 60 percent of ballots tallied, Diaz conceded.", "60 percent", "percent", "point"),
    ("Diaz had 33 percent of the votes counted so far.", "33 percent", "percent", None),
    # a share of the vote won, wherever it was won, is no point
    ("Ruiz won 38 percent of the vote in each county.", "38 percent", "percent of the vote", None),
    ("Ruiz won 38 percent of the vote.", "38 percent", "percent of the vote", None),
    ("About 94 percent of precincts use paper ballots.", "94 percent", "percent", None),
])
def test_a_share_of_the_count_so_far_is_a_point(text, qtext, measure, relation):
    a = _art(text)
    m = measure_of(_fig(a, qtext, 1, measure, "percent", "%"), a)
    assert m.relation == relation


def test_a_share_of_precincts_reporting_never_joins_a_share_won():
    a = _art("With 87 percent of precincts reporting, Ruiz had 87 percent of the vote.")
    f1 = _fig(a, "87 percent", 87, "percent", "percent", "%")
    start = a.text.index("87 percent", f1.quantity.end)
    q2 = Quantity("87 percent", start, start + 10, 87, 87, unit="%")
    f2 = Figure(a.id, q2, "percent of the vote", "percent", Attribution(), "asserted", 0, len(a.text))
    arts = {a.id: a}
    assert cannot_link(f1, f2, measure_of(f1, a), measure_of(f2, a), arts) is not None


@pytest.mark.parametrize("text, qtext, goal", [
    # a sum set as a goal is what is to be raised, never what was raised
    ("The council set a goal of raising $41 million for the fair.", "$41 million", True),
    ("The fund is $5 million short of the $41 million it must collect.", "$41 million", True),
    ("The club hopes to raise about $2 million.", "$2 million", True),
    ("The school has a target of $5 million.", "$5 million", True),
    ("The council has collected $56 million so far.", "$56 million", False),
    ("The mayor was the target of $275,000 in attack ads.", "$275,000", False),  # attacked, no goal
    ("Ruiz was the main target of $2 million in ads.", "$2 million", False),
    ("Ruiz was also the target of $2 million in ads.", "$2 million", False),
    ("The fund raised $41 million last year.", "$41 million", False),
])
def test_a_sum_set_as_a_goal_is_a_plan(text, qtext, goal):
    a = _art(text)
    m = measure_of(_fig(a, qtext, 1, "USD", "money", "USD"), a)
    assert (m.planned == "goal") is goal


def test_a_goal_never_joins_what_was_collected():
    a = _art("The council set a goal of raising $41 million for the fair.")
    b = _art("The council has collected $41 million so far.")
    fa, fb = _fig(a, "$41 million", 41e6, "USD", "money", "USD"), _fig(b, "$41 million", 41e6, "USD", "money", "USD")
    arts = {a.id: a, b.id: b}
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), arts) == "a plan is not what happened"
