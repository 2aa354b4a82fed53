"""An update joins two reports only when they count one thing at two moments: the words around a
count (what is in play, a threshold, a margin, a survey's sample, a group, a giver) and the words
narrowing its noun keep two things apart; a set of earlier values must go one way. Our own
invented sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.align.findings import (
    among,
    bought_for,
    compared_value,
    counted_apart,
    findings,
    given_by,
    ledger,
    offered,
    standing,
    worded_apart,
)
from storyline.align.measure import measure_of
from storyline.model import Attribution, Figure, Quantity, TimeRef, TrackedFigure

from .builders import article as _art
from .builders import figure as _fig


def _one(text, qtext, value=7):
    a = _art(text)
    return _fig(a, qtext, value, value, "seats", "seat"), a


@pytest.mark.parametrize("text, qtext, expected", [
    ("With 40 seats at stake, the vote is close.", "40", "play"),
    ("Some 12 places are up for grabs on Sunday.", "12", "play"),
    ("He is still short of the 50 votes needed to pass the bill.", "50", "needed"),
    ("It takes 50 votes to pass the bill.", "50", "needed"),
    ("The mayor won by 20 points in the suburbs.", "20", "difference"),
    ("She trails the leader by 300 votes.", "300", "difference"),
    ("The buyer took $3 million off the price.", "$3 million", "difference"),
    ("The firm surveyed 800 adults last week.", "800", "sample"),
    ("A poll of 1,000 voters was taken in May.", "1,000", "sample"),
    # a level held or counted
    ("The party has won 30 seats so far.", "30", None),
    ("The toll rose to 30 on Tuesday.", "30", None),
    ("The shop was robbed by 12 men.", "12", None),          # "by" after a verb of no change: an agent
    ("A new poll found 40 voters undecided.", "40", None),   # a result of the poll, not its sample
    ("Some 12 people needed hospital treatment.", "12", None),   # a verb with its object: those treated
    ("Some 12 people needed to be rescued.", "12", None),
    ("Another 20 votes are needed.", "20", "needed"),
    ("The older mill predates the bridge by 30 years.", "30", "difference"),
    ("The bell tower is older by 12 years.", "12", "difference"),
    # what is left to win, told before the count
    ("Lee and Kim fought for the remaining four seats.", "four", "play"),
    ("A runoff is held to award the last 9 seats.", "9", "play"),
    ("At stake in the four counties are 90 seats.", "90", "play"),
    ("Lee won six seats, and Kim the remaining two.", "six", None),
    ("The award went to 12 seats of the council.", "12", None),
    ("At the stadium, 90 seats were empty.", "90", None),
    ("The bank owns 72% of the mill's shares outstanding.", "72%", None),
    ("The bank holds 40 of the notes outstanding.", "40", None),
    ("Some 1,500 seats remain outstanding.", "1,500", "play"),
])
def test_what_a_count_stands_for(text, qtext, expected):
    fig, a = _one(text, qtext)
    assert standing(fig, a) == expected


@pytest.mark.parametrize("text, qtext, expected", [
    ("Acme acquired Bolt for $200 million in 2019.", "$200 million", "price"),
    ("The club sold its ground for $40 million.", "$40 million", "price"),
    ("Acme paid $200 million for the firm.", "$200 million", "price"),
    # a sum held, or "for" after no verb of a deal
    ("Acme is now valued at $8 billion.", "$8 billion", None),
    ("The fund raised $2 million for the victims.", "$2 million", None),
    ("The rescue acquired a budget of $5 million.", "$5 million", None),
])
def test_the_price_of_a_deal(text, qtext, expected):
    a = _art(text)
    start = text.index(qtext)
    fig = Figure(a.id, Quantity(qtext, start, start + len(qtext), 1.0, 1.0, unit="USD"), "money", "money",
                 Attribution(), "asserted", 0, len(text))
    assert standing(fig, a) == expected


@pytest.mark.parametrize("text, qtext, terms", [
    ("Paid plans start at $19/month for 1,000 contacts.", "$19/month", True),
    ("The Standard licence is the entry point at $14 per user, per month.", "$14", True),
    ("- Plus: $29/month", "$29/month", True),
    ("The free plan gives you 2,000 contacts.", "2,000", True),
    ("You get 3,000 contacts + 9,000 emails free.", "9,000", True),
    # a change of an offer told, or no offer
    ("The plan now costs $12 a month.", "$12", False),
    ("Acme raised its price to $12 a month.", "$12", False),
    ("The city plans to hire 200 teachers.", "200", False),
    ("The rebels set 12 hostages free.", "12", False),
])
def test_the_terms_of_an_offer(text, qtext, terms):
    fig, a = _one(text, qtext)
    assert offered(fig, a) is terms


@pytest.mark.parametrize("text, qtext, group", [
    ("She won by 20 points among women in the north.", "20", "women"),
    ("Among voters under 30, he won by 12 points.", "12", "voter"),
    ("He won by 12 points on Tuesday.", "12", None),
])
def test_the_group_a_count_is_counted_among(text, qtext, group):
    fig, a = _one(text, qtext)
    assert among(fig, a) == group


@pytest.mark.parametrize("text, qtext, giver", [
    ("The fund raised $2 million from Acme Holdings last year.", "$2 million", "acme holdings"),
    ("The fund raised $2 million from donors last year.", "$2 million", None),
    ("The fund raised $2 million in March.", "$2 million", None),
])
def test_who_gave_a_sum(text, qtext, giver):
    fig, a = _one(text, qtext)
    assert given_by(fig, a) == giver


@pytest.mark.parametrize("text, qtext, amount", [
    ("The basic plan costs $9 a month for 500 contacts.", "$9", "500 contact"),
    ("The top plan costs $90 a month for 25K contacts.", "$90", "25000 contact"),
    ("Tickets cost $20 for 3 adults at the gate.", "$20", "3 adult"),
    ("The fund raised $2 million for the victims.", "$2 million", None),  # for whom, not for how many
    ("The plan costs $9 a month.", "$9", None),
])
def test_the_amount_a_price_is_for(text, qtext, amount):
    fig, a = _one(text, qtext)
    assert bought_for(fig, a) == amount


@pytest.mark.parametrize("t1, q1, t2, q2, apart", [
    ("With 40 seats at stake, the vote is close.", "40", "The party has won 30 seats so far.", "30", True),
    # two counts in play are two contests: what a contest puts at stake does not change
    ("With six seats at stake, the town voted.", "six", "Some 80 seats are at stake on Tuesday.", "80", True),
    ("He needs 50 votes to pass the bill.", "50", "The bill got 45 votes on Monday.", "45", True),
    ("She won by 20 points among women.", "20", "She won by 30 points among farmers.", "30", True),
    ("The fund raised $1 million from Acme Holdings.", "$1 million",
     "The fund raised $3 million from Bolt Partners.", "$3 million", True),
    ("The basic plan costs $9 a month for 500 contacts.", "$9",
     "The top plan costs $90 a month for 25K contacts.", "$90", True),
    ("Paid plans start at $19/month for 1,000 contacts.", "$19/month", "Pro plans start at $7/month.", "$7/month", True),
    ("The free plan gives you 500 contacts.", "500", "You get 2,500 contacts + 9,000 emails free.", "2,500", True),
    ("Acme acquired Bolt for $200 million.", "$200 million", "Acme is now valued at $8 billion.", "$8 billion", True),
    # the same standing, the same group, or none: not set apart by these words
    ("Paid plans start at $19/month.", "$19/month", "The paid plan now costs $24/month.", "$24/month", False),
    ("The plan cost $9 a month for 500 contacts.", "$9", "The plan now costs $12 a month for 500 contacts.", "$12",
     False),
    ("The party has won 30 seats so far.", "30", "The party now holds 45 seats.", "45", False),
    ("She won by 20 points among women.", "20", "She won by 30 points among women.", "30", False),
])
def test_counts_set_apart_by_the_words_around_them(t1, q1, t2, q2, apart):
    a, b = _art(t1), _art(t2)
    unit = "USD" if q1.startswith("$") else None
    x, y = _fig(a, q1, 1, 1, "seats", "seat", unit=unit), _fig(b, q2, 2, 2, "seats", "seat", unit=unit)
    assert counted_apart(x, y, {a.id: a, b.id: b}) is apart


@pytest.mark.parametrize("m1, m2, head, apart", [
    ("outside candidates", "remaining candidates", "candidate", True),
    ("members of the city council", "board members", "member", True),
    ("candidates", "remaining candidates", "candidate", False),        # one does not narrow its noun
    ("registered voters", "registered voters in the county", "voter", False),  # a word in common
    ("rescuers", "rescuers", "rescuer", False),
])
def test_measures_worded_apart(m1, m2, head, apart):
    a, b = _art(f"There were 4 {m1}."), _art(f"There were 6 {m2}.")
    ma = measure_of(_fig(a, "4", 4, 4, m1, head), a)
    mb = measure_of(_fig(b, "6", 6, 6, m2, head), b)
    assert worded_apart(ma, mb) is apart


def _kinds_of(rows, head):
    """The finding kinds of a ledger of one figure per row: (text, date, quantity text, value, measure)."""
    arts, figs = [], []
    for text, date, qtext, value, measure in rows:
        a = _art(text, date)
        arts.append(a)
        figs.append(_fig(a, qtext, value, value, measure, head))
    led = ledger("s", figs, {a.id: a for a in arts})
    return [f.kind for f in led.findings]


@pytest.mark.parametrize("rows, head, update", [
    # the toll rose from 12 to 30 across two days: one figure over time
    ([("Officials said 12 volunteers joined the search.", "2024-11-08", "12", 12, "volunteers"),
      ("Officials said 30 volunteers joined the search.", "2024-11-09", "30", 30, "volunteers")], "volunteer", True),
    ([("More than 40 rescuers were at the site.", "2024-11-08", "40", 40, "rescuers"),
      ("Some 500 rescuers have joined the search.", "2024-11-11", "500", 500, "rescuers")], "rescuer", True),
    # what is in play, then what was won
    ([("With 40 seats at stake, the vote began.", "2024-11-08", "40", 40, "seats at stake"),
      ("The party has won 120 seats.", "2024-11-12", "120", 120, "seats")], "seat", False),
    # a threshold, then a count held
    ([("He needs 50 votes to pass the bill.", "2024-11-08", "50", 50, "votes"),
      ("The bill got 65 votes.", "2024-11-12", "65", 65, "votes")], "vote", False),
    # two kinds of candidates
    ([("The race has two outside candidates.", "2024-11-08", "two", 2, "outside candidates"),
      ("The race has four remaining candidates.", "2024-11-12", "four", 4, "remaining candidates")],
     "candidate", False),
])
def test_an_update_counts_one_thing_at_two_moments(rows, head, update):
    assert ("update" in _kinds_of(rows, head)) is update


@pytest.mark.parametrize("earlier, update", [
    # 12, then 20, then the main value 34: one count rising
    ([(12, "2024-11-01"), (20, "2024-11-03")], True),
    # 25, then 18, then 27, then 34: several things counted in turn, no update
    ([(25, "2024-11-01"), (18, "2024-11-03"), (27, "2024-11-05")], False),
])
def test_earlier_values_against_a_main_value_go_one_way(earlier, update):
    rows = [(f"Officials said {v} volunteers joined the search.", d, str(v), v, "volunteers") for v, d in earlier]
    rows += [("Officials said 34 volunteers joined the search.", "2024-11-08", "34", 34, "volunteers"),
             ("The agency said 34 volunteers joined the search.", "2024-11-09", "34", 34, "volunteers")]
    assert ("update" in _kinds_of(rows, "volunteer")) is update


@pytest.mark.parametrize("t1, q1, v1, m1, t2, q2, v2, m2, update", [
    # a length counted from one start, told two days apart: one search going on
    ("The boy has been trapped for 50 hours, rescuers said.", "50 hours", 50, "duration",
     "Crews have searched for the boy for 85 hours, officials said.", "85 hours", 85, "duration", True),
    # the lengths of two things the measures name: a speech, then a meeting
    ("The mayor gave a roughly 30-hour speech, aides said.", "30-hour", 30, "speech",
     "The council held a 40-hour meeting, clerks said.", "40-hour", 40, "meeting", False),
])
def test_lengths_of_two_things_are_not_one_length_from_one_start(t1, q1, v1, m1, t2, q2, v2, m2, update):
    a, b = _art(t1, "2024-11-08"), _art(t2, "2024-11-09" if update is False else "2024-11-10")
    figs = (_fig(a, q1, v1, v1, m1, "duration", "aides", unit="hour"),
            _fig(b, q2, v2, v2, m2, "duration", "clerks", unit="hour"))
    tf = TrackedFigure(id="s:t", story_id="s", label="duration", measure_head="duration", unit="hour", party=None,
                       figures=figs, excluded=())
    assert ("update" in [f.kind for f in findings(tf, {a.id: a, b.id: b})]) is update


def _kinds_of_tf(rows, head):
    """The findings of one tracked figure of one figure per row: (text, date, quantity text, value, source)."""
    arts, figs = [], []
    for text, date, qtext, value, source in rows:
        a = _art(text, date)
        arts.append(a)
        figs.append(_fig(a, qtext, value, value, f"people {head}", head, source=source))
    tf = TrackedFigure(id="s:t", story_id="s", label=head, measure_head=head, unit=None, party=None,
                       figures=tuple(figs), excluded=())
    return findings(tf, {a.id: a for a in arts})


@pytest.mark.parametrize("first, conflict", [
    # the 40 are Lyon's, the 150 of two cities, the 160 of the whole: parts and wholes
    ("At least 12 people died in Lyon and 40 were hurt, police said.", False),
    # the 40 have a scope of their own words: counts of the whole that disagree
    ("At least 12 people died in Lyon, and across the region 40 were hurt, police said.", True),
])
def test_a_count_of_one_place_is_no_side_against_the_whole(first, conflict):
    found = _kinds_of_tf([(first, "2024-11-08", "40", 40, "police"),
                          ("The storms in Lyon and Nice hurt 150 people, officials said.", "2024-11-08", "150", 150,
                           "officials"),
                          ("Some 160 people were hurt, the ministry said.", "2024-11-08", "160", 160, "the ministry")],
                         "hurt")
    assert ("conflict" in [f.kind for f in found]) is conflict


def test_the_whole_rises_with_time_beside_a_count_of_one_place():
    rows = [("Two people were killed in Lyon, police said.", "2024-11-08", "Two", 2, "police"),
            ("The storms in Lyon and Nice killed 12 people, officials said.", "2024-11-08", "12", 12, "officials"),
            ("The storms have killed 30 people, the ministry said.", "2024-11-10", "30", 30, "the ministry"),
            ("The storms have killed 31 people, the agency said.", "2024-11-10", "31", 31, "the agency")]
    found = _kinds_of_tf(rows, "killed")
    assert "conflict" not in [f.kind for f in found]
    (update,) = [f for f in found if f.kind == "update"]
    assert [f.quantity.low for f in update.figures] == [12, 30]   # the count of one city is no step of it


@pytest.mark.parametrize("text, qtext, compared", [
    # the value of the year before, set against this year's
    ("Profit rose to £9.3 million, or 47 pence a share, from £7.1 million, or 29 pence a share, a year earlier.",
     "29 pence", True),
    ("Profit rose to £9.3 million, or 47 pence a share, from £7.1 million, or 29 pence a share, a year earlier.",
     "£7.1 million", True),
    ("Sales were $40 million, compared with $35 million a year ago.", "$35 million", True),
    ("The mill earned 12 cents a share, up from 9 cents in the year-earlier quarter.", "9 cents", True),
    ("Its loss narrowed to $2 million from $5 million in the same period last year.", "$5 million", True),
    # this year's value; a change from a value with no period of its own; a toll a day before
    ("Profit rose to £9.3 million, or 47 pence a share, from £7.1 million, or 29 pence a share, a year earlier.",
     "47 pence", False),
    ("Profit rose to £9.3 million, or 47 pence a share, from £7.1 million, or 29 pence a share, a year earlier.",
     "£9.3 million", False),
    ("The count rose to six from two.", "two", False),
    ("The toll rose to 40 from 20 a day earlier.", "20", False),
])
def test_a_value_of_the_year_before_is_compared_not_revised(text, qtext, compared):
    a = _art(text)
    assert compared_value(_fig(a, qtext, 1, 1, "profit", "profit"), a) is compared


@pytest.mark.parametrize("words, update", [
    ("a year earlier", False),  # two years set side by side
    ("in June", True),          # a value revised since June
])
def test_the_year_before_set_against_this_year_is_no_update(words, update):
    a = _art(f"The mill said its profit rose to 31 cents a share, from 22 cents per share {words}.", "2024-11-20")
    figs = [_fig(a, "31 cents", 31, 31, "cents a share", "cent/share", unit="cent/share"),
            _fig(a, "22 cents", 22, 22, "cents a share", "cent/share", unit="cent/share")]
    at = a.text.index(words)
    figs[1] = replace(figs[1], refers_to=TimeRef(words, at, at + len(words), "2023" if "year" in words else "2024-06",
                                                 "year" if "year" in words else "month", True))
    led = ledger("s", figs, {a.id: a for a in [a]})
    assert ("update" in [f.kind for f in led.findings]) is update
