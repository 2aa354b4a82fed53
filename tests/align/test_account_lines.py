"""Two sums of one company's account are one figure only when they are of one line and one period:
revenue is not a net result, and the value of the same period a year before is another occasion.
Our own invented sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.align.figures import align_figures, cannot_link
from storyline.align.measure import measure_of, money_line, year_before

from .builders import article as _art
from .builders import figure as _fig


def _money(text, qtext, value=1e6):
    a = _art(text)
    return _fig(a, qtext, value, value, "money", "money", unit="USD"), a


@pytest.mark.parametrize("text, qtext, line", [
    ("Revenue climbed to $40 million in the quarter.", "$40 million", "revenue"),
    ("The bakery had sales of $9 million last year.", "$9 million", "revenue"),
    ("Net sales were $12 million.", "$12 million", "revenue"),
    ("The mill posted a net loss of $3 million.", "$3 million", "result"),
    ("Net came to $4 million, 10 cents per share.", "$4 million", "result"),
    ("The brewer earned $2 million in the spring.", "$2 million", "result"),
    ("Its profit rose 12% to $7 million.", "$7 million", "result"),
    # the last line named before the sum is its own
    ("The mill lost $1 million on revenue of $8 million.", "$8 million", "revenue"),
    ("The mill lost $1 million on revenue of $8 million.", "$1 million", "result"),
    # no line: a sum of another kind, or a line told in another clause
    ("A $5 million reward was offered.", "$5 million", None),
    ("The town spent $2 million on the bridge.", "$2 million", None),
    ("Sales were weak; the firm paid $3 million for a rival.", "$3 million", None),
])
def test_the_line_of_an_account_a_sum_is_told_of(text, qtext, line):
    fig, a = _money(text, qtext)
    assert money_line(fig, a, "USD") == line


def test_a_count_has_no_line_of_an_account():
    a = _art("The bakery sold 40 cakes.")
    fig = _fig(a, "40", 40, 40, "cakes", "cake")
    assert money_line(fig, a, "count") is None


@pytest.mark.parametrize("text, qtext, before", [
    ("The mill had a year-earlier loss of $6 million.", "$6 million", True),
    ("The mill had net of $1 million, 4 cents per share, one year ago.", "$1 million", True),
    ("The brewer earned $10 million in the year-ago quarter.", "$10 million", True),
    ("One year before, in that quarter, the brewer made $3 million.", "$3 million", True),
    ("During the year-earlier half, the mill lost $2 million.", "$2 million", True),
    ("During the comparable year-ago half, the mill lost $2 million.", "$2 million", True),
    ("Compared with the same year-ago quarter, the mill lost $2 million.", "$2 million", False),
    ("Compared with a year ago, sales rose to $40 million.", "$40 million", False),
    ("Up from a year ago, sales reached $40 million.", "$40 million", False),
    ("Sales were $40 million, compared with $35 million a year ago.", "$35 million", True),
    # the value of now, set against the year before; a value with no period
    ("Sales were $40 million, compared with $35 million a year ago.", "$40 million", False),
    ("Revenue was $40 million, up 12% from a year earlier.", "$40 million", False),
    ("The mill posted a loss of $6 million.", "$6 million", False),
    ("The mill had a loss of $6 million; a year ago it had none.", "$6 million", False),
])
def test_a_value_of_the_year_before(text, qtext, before):
    fig, a = _money(text, qtext)
    assert year_before(fig, a) is before


def _pair(t1, q1, t2, q2, v1=4e6, v2=4e6):
    a, b = _art(t1), _art(t2)
    fa = _fig(a, q1, v1, v1, "money", "money", unit="USD")
    fb = _fig(b, q2, v2, v2, "money", "money", unit="USD")
    arts = {a.id: a, b.id: b}
    return fa, fb, measure_of(fa, a), measure_of(fb, b), arts


@pytest.mark.parametrize("t1, q1, t2, q2, why", [
    ("Revenue was $4 million in the quarter.", "$4 million", "The mill posted a net loss of $4 million.", "$4 million",
     "measures of two different things"),
    ("The mill posted a net loss of $4 million.", "$4 million",
     "The mill's year-earlier shortfall of $4 million was cut.", "$4 million",
     "a value of the year before is another occasion"),
    # one line and one period: nothing keeps them apart
    ("The mill posted a net loss of $4 million.", "$4 million", "The mill lost $4 million in the quarter.",
     "$4 million", None),
    ("Revenue was $4 million.", "$4 million", "Sales reached $4 million.", "$4 million", None),
])
def test_two_lines_or_two_years_never_join(t1, q1, t2, q2, why):
    fa, fb, ma, mb, arts = _pair(t1, q1, t2, q2)
    assert cannot_link(fa, fb, ma, mb, arts) == why


def test_revenue_and_a_loss_of_one_value_are_two_tracked_figures():
    fa, fb, _, _, arts = _pair("Revenue was about $4 million.", "$4 million",
                               "The mill posted a net loss of $4 million.", "$4 million")
    al = align_figures("s", [fa, fb], arts)
    assert sorted(len(t.figures) for t in al.tracked) == [1, 1]
    fa, fb, _, _, arts = _pair("The mill posted a net loss of $4 million.", "$4 million",
                               "The mill said it lost $4 million in the quarter.", "$4 million")
    al = align_figures("s", [fa, fb], arts)
    assert [len(t.figures) for t in al.tracked] == [2]


@pytest.mark.parametrize("t1, t2, joined", [
    # one value of a bare dimension, sentences that share no word: two things
    ("Ruiz argued many cases in her 40-year career at the bar.", "The bridge has stood for 40 years.", False),
    ("The drill reached 40 years of service.", "Park spent 40 years at sea.", False),
    # a word in common besides the dimension: evidence enough for one value
    ("The siege of the fort lasted 40 years.", "The fort held out through a siege of 40 years.", True),
])
def test_one_value_of_a_bare_dimension_needs_a_word_in_common(t1, t2, joined):
    a, b = _art(t1), _art(t2)
    qa = "40-year" if "40-year" in t1 else "40 years"
    fa = _fig(a, qa, 40, 40, "", "duration", unit="year")
    fb = _fig(b, "40 years", 40, 40, "", "duration", unit="year")
    al = align_figures("s", [fa, fb], {a.id: a, b.id: b})
    assert (len(al.tracked) == 1) is joined


def _counts(t1, q1, t2, q2, value=9, head="delegate"):
    a, b = _art(t1), _art(t2)
    fa = _fig(a, q1, value, value, f"{head}s", head)
    fb = _fig(b, q2, value, value, f"{head}s", head)
    return fa, fb, {a.id: a, b.id: b}


@pytest.mark.parametrize("t1, q1, t2, q2, joined", [
    # what is in play is not what anyone holds or won
    ("In the island caucus, nine delegates are at stake.", "nine",
     "In the island caucus, Lee won nine delegates.", "nine", False),
    ("In the council vote, 12 seats are up for grabs.", "12",
     "The party holds 12 seats on the council.", "12", False),
    # two counts in play, or two counts won, may be one
    ("In the island caucus, nine delegates are at stake.", "nine",
     "Nine delegates were at stake in the island caucus.", "Nine", True),
    ("In the island caucus, Lee won nine delegates.", "nine",
     "Lee took nine delegates in the island caucus.", "nine", True),
])
def test_a_count_in_play_is_never_one_with_a_count_held(t1, q1, t2, q2, joined):
    head = "seat" if "seats" in t1 else "delegate"
    fa, fb, arts = _counts(t1, q1, t2, q2, 12 if head == "seat" else 9, head)
    al = align_figures("s", [fa, fb], arts)
    assert (len(al.tracked) == 1) is joined
    assert (cannot_link(fa, fb, measure_of(fa, arts[fa.article_id]), measure_of(fb, arts[fb.article_id]), arts)
            == "what is in play is not what is held") is (not joined)


def test_two_counts_in_play_of_two_sizes_are_two_contests():
    fa, fb, arts = _counts("In the island caucus, nine delegates are at stake.", "nine",
                           "In the river state, 48 delegates were up for grabs.", "48")
    fb = replace(fb, quantity=replace(fb.quantity, low=48, high=48))
    ma, mb = measure_of(fa, arts[fa.article_id]), measure_of(fb, arts[fb.article_id])
    assert cannot_link(fa, fb, ma, mb, arts) == "two counts in play of two sizes: two contests"
    fa, fb, arts = _counts("In the island caucus, nine delegates are at stake.", "nine",
                           "Nine delegates were up for grabs in the island caucus.", "Nine")
    ma, mb = measure_of(fa, arts[fa.article_id]), measure_of(fb, arts[fb.article_id])
    assert cannot_link(fa, fb, ma, mb, arts) is None


@pytest.mark.parametrize("text, qtext, named", [
    # the one a share is for, named after it by a verb of support
    ("In the survey, 43% of voters back Ana Ruiz and 42% back Tom Diaz.", "43%", "ruiz"),
    ("In the survey, 43% of voters back Ana Ruiz and 42% back Tom Diaz.", "42%", "diaz"),
    ("In the poll, 40 percent chose Diaz.", "40 percent", "diaz"),
    ("In May, 40 percent say they will back Kim Lee.", "40 percent", "lee"),
    # no name after the verb, or no verb of support
    ("Some 40 percent chose to stay home.", "40 percent", None),
    ("About 40 percent support the plan.", "40 percent", None),
    ("In May, 40 percent of voters in Ohio were undecided.", "40 percent", None),
])
def test_the_one_a_share_is_for(text, qtext, named):
    a = _art(text)
    fig = _fig(a, qtext, 40, 40, "percent", "percent", unit="%")
    assert measure_of(fig, a).named == named


def test_shares_for_two_names_are_never_one_figure():
    a, b = _art("In May, 44% of voters support Ana Ruiz."), _art("In June, 44 percent say they will back Tom Diaz.")
    fa = _fig(a, "44%", 44, 44, "percent", "percent", unit="%")
    fb = _fig(b, "44 percent", 44, 44, "percent", "percent", unit="%")
    arts = {a.id: a, b.id: b}
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), arts) == "different holders"
