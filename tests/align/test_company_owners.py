"""Whose result a sum, a value per share or a percent is (its company: "Acme Corp. said net rose to
$4 million", "Brightline's revenue of $9 million"): values of two companies are never one tracked
figure, however alike their words. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from storyline.align.figures import align_figures, cannot_link
from storyline.align.measure import companies_apart, company_of, measure_of

from .builders import article as _art
from .builders import figure as _fig


def _value(text, qtext, unit="USD", value=4e6):
    a = _art(text)
    head = "percent" if unit == "%" else "money"
    one = any(w in text for w in ("Corp.", "Ltd.", "Inc."))  # the test's splitter would part the name
    return _fig(a, qtext, value, value, head, head, unit=unit, sentence=not one), a


@pytest.mark.parametrize("text, qtext, unit, company", [
    # a name that ends as a company's does, the subject of a verb of reporting results, a named possessor
    ("Acme Corp. said net rose to $4 million.", "$4 million", "USD", {"acme"}),
    ("In the quarter, Orbis Group Ltd. posted a loss of $2 million.", "$2 million", "USD", {"orbis"}),
    ("On Monday, Brightline reported third-quarter net of $5 million.", "$5 million", "USD", {"brightline"}),
    ("Brightline's revenue of $9 million beat forecasts.", "$9 million", "USD", {"brightline"}),
    ("For the year, Acme earned $4 million, 12 cents per share.", "12 cents per share", "cent/share", {"acme"}),
    ("Shares of the maker fell after Acme said profit dropped 15%.", "15%", "%", {"acme"}),
    # two companies in one sentence: the last named before the value
    ("Acme earned $4 million, while Brightline posted $3 million.", "$3 million", "USD", {"brightline"}),
    ("Acme earned $4 million, while Brightline posted $3 million.", "$4 million", "USD", {"acme"}),
    # "the company": the company the article named last before the sentence
    ("Brightline Group opened a plant in May. The company said net rose to $4 million.", "$4 million", "USD",
     {"brightline"}),
    ("Orbis Group cut its dividend. In the quarter, the Ohio maker's revenue was $4 million.", "$4 million",
     "USD", {"orbis"}),
    # no company: a name after a preposition, a word opening the sentence that names none, no name at all,
    # a name without a verb of results, a figure that is not a sum, a share or a value per share
    ("The company, a unit of Acme Corp., had net of $1 million.", "$1 million", "USD", set()),
    ("Analysts said net rose to $4 million.", "$4 million", "USD", set()),
    ("Today's sales of $4 million were a record.", "$4 million", "USD", set()),
    ("Officials said the fund grew. The company said net rose to $4 million.", "$4 million", "USD", set()),
    ("In the poll, Lee said 40 percent of voters back him.", "40 percent", "%", set()),
    ("Acme Corp. said it will hire 400 workers.", "400", None, set()),
])
def test_the_company_a_value_belongs_to(text, qtext, unit, company):
    fig, a = _value(text, qtext, unit)
    dimension = "count" if unit is None else ("share" if unit == "%" else "USD")
    assert set(company_of(fig, a, dimension)) == company


@pytest.mark.parametrize("t1, q1, t2, q2, apart", [
    # two companies
    ("Acme Corp. said net rose to $4 million.", "$4 million", "Brightline posted net of $4 million.", "$4 million",
     True),
    ("Acme Corp. said net was 12 cents a share.", "12 cents a share",
     "Orbis Group Ltd. reported net of 12 cents a share.", "12 cents a share", True),
    # one company told by a shorter name, or one value with no company named
    ("Acme Corp. said net rose to $4 million.", "$4 million", "Acme posted net of $4 million.", "$4 million",
     False),
    ("Acme Corp. said net rose to $4 million.", "$4 million", "Net rose to $4 million in the quarter.", "$4 million",
     False),
])
def test_values_of_two_companies_are_never_one_figure(t1, q1, t2, q2, apart):
    unit = "cent/share" if "cents" in q1 else "USD"
    fa, a = _value(t1, q1, unit)
    fb, b = _value(t2, q2, unit)
    ma, mb = measure_of(fa, a), measure_of(fb, b)
    assert companies_apart(ma, mb) is apart
    assert (cannot_link(fa, fb, ma, mb, {a.id: a, b.id: b}) == "different holders") is apart
    al = align_figures("s", [fa, fb], {a.id: a, b.id: b})
    if apart:
        assert len(al.tracked) != 1 or len(al.tracked[0].figures) != 2
