"""Whose count a count is (its owner: "Lee has 40 delegates", "Ohio's 66 delegates"), the size of
a body told as a compound ("the 15-member board") and a whole told with "all" ("all 50 states"):
counts of two owners, two bodies, or a part and the whole, are never one count changing over time;
one owner's counts at two moments are. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from storyline.align.figures import cannot_link
from storyline.align.findings import findings, owned_apart, standing, told_as_whole
from storyline.align.measure import count_holder, measure_of
from storyline.model import Article, Attribution, Field, Figure, Provenance, Quantity, TrackedFigure

_N = iter(range(10**6))


def _art(text, published="2024-11-20"):
    return Article(id=f"o{next(_N):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                   published=Field(published, "json"))


def _fig(article, qtext, value, measure, head):
    start = article.text.index(qtext)
    q = Quantity(qtext, start, start + len(qtext), value, value)
    return Figure(article.id, q, measure, head, Attribution(), "asserted", 0, len(article.text))


@pytest.mark.parametrize("text, qtext, owner", [
    # the subject of a verb of holding or winning
    ("Party officials said Lee has 40 delegates.", "40", "lee"),
    ("By Friday, Kim now has at least 95 delegates.", "95", "kim"),
    ("By Friday, Ana Ruiz has won 30 seats.", "30", "ruiz"),
    ("Voters cheered Kim (who holds 12 titles) on Sunday.", "12", "kim"),
    ("The race tightened as Park picked up two delegates in Leeds.", "two", "park"),
    ("By noon, Park leads with 40 delegates.", "40", "park"),
    # a possessor: a name, or "the" and a noun; a noun of a place takes the place its sentence opens with
    ("Aides fought over Ohio's 66 delegates.", "66", "ohio"),
    ("Analysts counted the company's 120 stores.", "120", "the company"),
    ("In Utah, returns from the state's 14 districts came late.", "14", "utah"),
    ("Returns from the state's 14 districts came late.", "14", "the state"),
    # a name in apposition, opening a list
    ("Both Ohio, 66 delegates, and Utah, 40 delegates, vote today.", "66", "ohio"),
    ("Both Ohio, 66 delegates, and Utah, 40 delegates, vote today.", "40", "utah"),
    # no owner: no name, a pronoun, a place or a time before the count, no verb of holding
    ("Officials said the toll rose to 30.", "30", None),
    ("He has 40 delegates.", "40", None),
    ("Its 120 stores stayed open.", "120", None),
    ("The company has 120 stores.", "120", None),
    ("In Ohio 40 delegates are at stake.", "40", None),
    ("On Tuesday, 40 delegates were chosen.", "40", None),
    ("Lee said Ohio gave 66 delegates to the party.", "66", None),
    ("The rain leads with 40 delegates absent.", "40", None),
    ("Lee has 40 delegates.", "40", None),   # one word opening its sentence, never written as a name elsewhere
])
def test_the_owner_of_a_count(text, qtext, owner):
    a = _art(text)
    f = _fig(a, qtext, 1.0, "delegates", "delegate")
    assert count_holder(f, a)[0] == owner
    assert measure_of(f, a).owner == owner and measure_of(f, a).holder is None


def test_an_ordinal_has_no_owner():
    a = _art("Fans marked the club's 50th season.")
    f = _fig(a, "50th", 50, "season", "season")
    found = count_holder(f, a)
    assert (found.name, found.named) == ("the club", False) and measure_of(f, a).owner is None


def test_the_owner_is_read_from_the_text_it_names():
    a = _art("By Friday, Ana Ruiz has won 30 seats.")
    found = count_holder(_fig(a, "30", 30, "seats", "seat"), a)
    assert a.text[found.start:found.end] == "Ana Ruiz" and found.name == "ruiz" and found.named


@pytest.mark.parametrize("text, qtext, whole", [
    ("She will campaign in all 50 states.", "50", True),
    ("Three delegates come from each of nine districts.", "nine", True),
    ("All the 12 miners were brought out.", "12", True),
    ("Every one of the 30 seats was filled.", "30", True),
    ("She won 22 states in the primaries.", "22", False),
    ("Over 50 states sent teams.", "50", False),
    ("All told, 40 people were hurt.", "40", False),
])
def test_a_count_told_as_a_whole(text, qtext, whole):
    a = _art(text)
    assert told_as_whole(_fig(a, qtext, 1.0, "states", "state"), a) is whole


@pytest.mark.parametrize("text, qtext, expected", [
    ("There are now 1,500 delegates outstanding.", "1,500", "play"),
    ("Some 300 delegates are yet to be awarded.", "300", "play"),
    ("Lee has won 700 delegates.", "700", None),
    ("The firm has 20 invoices outstanding.", "20", "play"),
])
def test_what_is_left_to_win_is_in_play(text, qtext, expected):
    a = _art(text)
    assert standing(_fig(a, qtext, 1.0, "delegates", "delegate"), a) == expected


@pytest.mark.parametrize("t1, q1, m1, t2, q2, m2, apart", [
    ("Party officials said Lee has 40 delegates.", "40", "delegates",
     "Party officials said Kim has 95 delegates.", "95", "delegates", True),
    ("Party officials said Lee has 40 delegates.", "40", "delegates",
     "By Friday, Lee now has 95 delegates.", "95", "delegates", False),
    ("The 15-member board met on Monday.", "15", "member board",
     "The plan goes to the full 180-member assembly.", "180", "member assembly", True),
    ("The 15-member board met on Monday.", "15", "member board",
     "Some 180 members voted.", "180", "members", False),
    ("Officials said the toll rose to 12.", "12", "toll",
     "Officials said the toll rose to 30.", "30", "toll", False),
])
def test_counts_owned_apart(t1, q1, m1, t2, q2, m2, apart):
    a, b = _art(t1), _art(t2)
    mx = measure_of(_fig(a, q1, 1.0, m1, "member"), a)
    my = measure_of(_fig(b, q2, 2.0, m2, "member"), b)
    assert owned_apart(mx, my) is apart


@pytest.mark.parametrize("t1, q1, t2, q2, reason", [
    # two named owners' counts are never one tracked figure, whatever their values
    ("Party officials said Lee has 40 delegates.", "40", "Party officials said Kim has 40 delegates.", "40",
     "different holders"),
    ("Aides fought over Ohio's 66 delegates.", "66", "By Friday, Lee now has 66 delegates.", "66",
     "different holders"),
    # one owner's counts at two moments, and a count of no named owner, may be
    ("Party officials said Lee has 40 delegates.", "40", "By Friday, Lee now has 95 delegates.", "95", None),
    ("Party officials said Lee has 40 delegates.", "40", "Analysts counted the company's 40 delegates.", "40",
     None),
])
def test_counts_of_two_named_owners_never_link(t1, q1, t2, q2, reason):
    a, b = _art(t1), _art(t2)
    fa, fb = _fig(a, q1, float(q1), "delegates", "delegate"), _fig(b, q2, float(q2), "delegates", "delegate")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == reason


def _kinds(rows, head):
    """The finding kinds of one tracked figure of one figure per row: (text, date, quantity text,
    value, measure)."""
    arts, figs = [], []
    for text, date, qtext, value, measure in rows:
        a = _art(text, date)
        arts.append(a)
        figs.append(_fig(a, qtext, value, measure, head))
    tf = TrackedFigure(id="s:t", story_id="s", label=head, measure_head=head, unit=None, party=None,
                       figures=tuple(figs), excluded=())
    return [f.kind for f in findings(tf, {a.id: a for a in arts})]


@pytest.mark.parametrize("rows, head, update", [
    # one count over time: a toll, one owner's delegates a week apart, one company's stores weeks apart
    ([("Officials said the toll rose to 12.", "2024-11-08", "12", 12, "toll"),
      ("Officials said the toll rose to 30.", "2024-11-09", "30", 30, "toll")], "toll", True),
    ([("Party officials said Lee has 40 delegates.", "2024-11-01", "40", 40, "delegates"),
      ("By Friday, Lee now has 95 delegates.", "2024-11-08", "95", 95, "delegates")], "delegate", True),
    ([("Analysts counted the company's 120 stores.", "2024-11-01", "120", 120, "stores"),
      ("Analysts counted the company's 150 stores.", "2024-11-08", "150", 150, "stores")], "store", True),
    # weeks apart, in other words: the one owner says they count one thing
    ([("Party officials said Lee has 40 delegates.", "2024-10-01", "40", 40, "delegates"),
      ("After a long week of votes in the north, Lee now has 95 delegates, aides told reporters.", "2024-11-20",
       "95", 95, "delegates")], "delegate", True),
    ([("Party officials said Kim has 40 delegates.", "2024-10-01", "40", 40, "delegates"),
      ("After a long week of votes in the north, Lee now has 95 delegates, aides told reporters.", "2024-11-20",
       "95", 95, "delegates")], "delegate", False),
    # a noun for an owner it does not name is no such evidence
    ([("Analysts counted the company's 120 stores.", "2024-10-01", "120", 120, "stores"),
      ("After a long year of deals in the north, the company's 150 stores stayed open, aides told reporters.",
       "2024-11-20", "150", 150, "stores")], "store", False),
    # two owners: two candidates, two states
    ([("Party officials said Lee has 40 delegates.", "2024-11-01", "40", 40, "delegates"),
      ("Party officials said Kim has 95 delegates.", "2024-11-08", "95", 95, "delegates")], "delegate", False),
    ([("Aides fought over Utah's 40 delegates.", "2024-11-01", "40", 40, "delegates"),
      ("Both Ohio, 66 delegates, and Iowa, 30 delegates, vote today.", "2024-11-08", "66", 66, "delegates")],
     "delegate", False),
    ([("Returns from the state's 8 districts came late.", "2024-11-01", "8", 8, "districts"),
      ("In Utah, returns from the state's 14 districts came late.", "2024-11-08", "14", 14, "districts")],
     "district", False),
    # the sizes of two bodies
    ([("The 15-member board met on Monday.", "2024-11-01", "15", 15, "member board"),
      ("The plan goes to the full 180-member board.", "2024-11-08", "180", 180, "member board")],
     "member", False),
    # a part, then the whole told with "all"
    ([("The senator won 22 states in the primaries.", "2024-11-01", "22", 22, "states"),
      ("She will campaign in all 50 states.", "2024-11-08", "50", 50, "states")], "state", False),
    # what is won, then what is left to win
    ([("Party officials said Lee has won 700 delegates.", "2024-11-01", "700", 700, "delegates"),
      ("There are now 1,500 delegates outstanding.", "2024-11-08", "1,500", 1500, "delegates")], "delegate", False),
])
def test_an_update_is_one_owners_count_at_two_moments(rows, head, update):
    assert ("update" in _kinds(rows, head)) is update
