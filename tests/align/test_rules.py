"""The ledger's rules, one table each: measure, alignment constraints, findings, ranking.

Every sentence here is written for the test; figures are built by hand so that each row
exercises one rule of :mod:`storyline.align` and nothing of the extractor.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storyline.align.figures import (
    profile,
    toll_as_known,
    align_figures,
    cannot_link,
    distinct_labels,
    figure_date,
    figure_when,
    grows_over_time,
    kind_of_person,
    one_grade_of_harm,
    past_year,
    same_start,
    size_of_thing,
    stated_earlier,
    thing_phrase,
    one_harm_count,
    one_plan,
    vague_value,
)
from storyline.align.findings import (
    counted_by,
    counted_two_ways,
    counted_since,
    disagreeing,
    finding_context,
    findings,
    folded,
    ledger,
    other_occasion,
    rank_findings,
    tells_main_too,
)
from storyline.align.measure import Measure, compatible, group_head, measure_of, near_words, noun_offsets, plain_word
from storyline.align.vocab import STOP, is_verb
from storyline.align.vocab import event_of, unit_of
from storyline.model import Quantity, TimeRef, TrackedFigure

from .builders import article as _art
from .builders import figure


def _fig(article, qtext, low, high, measure, head, source=None, modality="asserted", unit=None, approx=False, nth=0):
    """A figure whose sentence is the one that holds it."""
    return figure(article, qtext, low, high, measure, head, source, modality, unit, approx, nth, sentence=True)


def _tracked(head, figures, unit=None, label=None):
    """A tracked figure of one story, no party, no excluded figure."""
    return TrackedFigure(id="s:t", story_id="s", label=label or head, measure_head=head, unit=unit, party=None,
                         figures=tuple(figures), excluded=())


def _kinds(figures, articles, head, unit=None, keep=("conflict", "outlier")):
    """The kinds of the findings of a tracked figure of ``figures`` that are in ``keep``, in order."""
    found = findings(_tracked(head, figures, unit=unit), {a.id: a for a in articles})
    return [f.kind for f in found if f.kind in keep]


def _kinds_of_two(t1, r1, t2, r2, head, unit=None, keep=("conflict", "outlier")):
    """:func:`_kinds` of two reports of one day, one article each, of one head; a report is
    (its quantity's text, low, high, measure, source)."""
    a, b = _art(t1, "2024-11-08"), _art(t2, "2024-11-08")
    figs = [_fig(art, q, low, high, measure, head, source, unit=unit)
            for art, (q, low, high, measure, source) in ((a, r1), (b, r2))]
    return _kinds(figs, [a, b], head, unit=unit, keep=keep)


def _in_year(fig, article, year):
    """``fig`` dated by its sentence to ``year``, which the article writes."""
    at = article.text.index(year)
    return replace(fig, refers_to=TimeRef(year, at, at + len(year), year, "year", True))


# ------------------------------------------------------------------ vocabulary and measure

@pytest.mark.parametrize("word, event", [
    ("dead", "killed"), ("deaths", "killed"), ("died", "killed"), ("toll", "killed"),
    ("injured", "wounded"), ("hurt", "wounded"), ("wounded", "wounded"),
    ("detained", "arrested"), ("evacuated", "evacuated"),
    ("troops", None), ("said", None),
])
def test_event_words(word, event):
    assert event_of(word) == event


@pytest.mark.parametrize("unit, dimension, factor", [
    ("m", "length", 1.0), ("feet", "length", 0.3048), ("cm", "length", 0.01),
    ("hour", "time", 1.0), ("day", "time", 24.0), ("mph", "speed", 1.60934), ("kg", "mass", 1.0),
    # the units the extractor writes for inches, decades and milligrams
    ("in", "length", 0.0254), ("decade", "time", 87660.0), ("mg", "mass", 1e-6),
])
def test_units_have_a_dimension_and_a_factor(unit, dimension, factor):
    assert unit_of(unit) == (dimension, pytest.approx(factor))


@pytest.mark.parametrize("text, qtext, measure, head, want", [
    # the event read from the words after the number: killed soldiers are not troops
    ("More than 200 soldiers were killed or wounded in the fighting.", "More than 200", "soldiers", "personnel",
     ("casualties", None, "casualties")),
    ("Police said 12 people were injured in the blast.", "12", "people", "people", ("wounded", None, "wounded")),
    ("About 4,000 soldiers arrived at the border.", "About 4,000", "soldiers", "personnel",
     (None, None, "personnel")),
    # the clause ends at "where": the verb "lives" there is no death toll
    ("About 2,000 marchers headed for the tower where the mayor lives.", "About 2,000", "marchers", "marcher",
     (None, None, "marcher")),
    # the holder of an age: the noun after "-year-old", a name in apposition
    ("A six-year-old boy fell into the shaft.", "six-year-old", "age", "age", (None, "boy", "age")),
    ("The six-year-old fell into the shaft.", "six-year-old", "age", "age", (None, None, "age")),  # a verb
    ("The 30-year-old singer waved.", "30-year-old", "singer", "age", (None, "singer", "age")),
    ("Maria Olsen, 34, was named captain.", "34", "age", "age", (None, "maria olsen", "age")),
    # a possessor in the measure phrase
    ("The mayor's salary is 90,000.", "90,000", "mayor's salary", "salary", (None, "mayor", "salary")),
])
def test_measure_event_holder_and_group_head(text, qtext, measure, head, want):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, measure, head, unit="year" if head == "age" else None)
    m = measure_of(f, a)
    assert (m.event, m.holder, group_head(f, m)) == want


def test_holder_offsets_point_into_the_text():
    a = _art("Maria Olsen, 34, was named captain.")
    m = measure_of(_fig(a, "34", 34, 34, "age", "age", unit="year"), a)
    assert a.text[m.holder_start:m.holder_end] == "Maria Olsen"


def test_feet_and_metres_are_one_dimension():
    a = _art("The shaft is 40 metres deep, or 131 feet.")
    m1 = measure_of(_fig(a, "40 metres", 40, 40, "distance", "distance", unit="m"), a)
    f2 = _fig(a, "131", 131, 131, "feet", "foot")
    m2 = measure_of(f2, a)
    assert (m1.dimension, m2.dimension) == ("length", "length") and group_head(f2, m2) == "distance"
    assert compatible((40 * m1.factor, 40 * m1.factor), False, (131 * m2.factor, 131 * m2.factor), False)


@pytest.mark.parametrize("a, a_approx, b, b_approx, same", [
    ((97, 97), False, (97.1, 97.1), False, True),        # within rounding
    ((5, 5), False, (6, 6), False, False),               # small exact counts differ
    ((60, 60), True, (80, 80), True, False),              # "some 60" vs "around 80"
    ((40, 40), True, (43, 43), False, True),              # "about 40" holds 43
    ((600000, None), False, (650000, 650000), False, True),  # "more than 600,000" holds 650,000
    ((30, None), False, (3000, None), False, False),      # "at least 30" is not "over 3,000"
    ((200, 900), True, (1000, None), False, False),       # "several hundred" vs "more than 1,000"
    ((None, 10), False, (4, 4), True, False),            # "less than 10" is read near 10
])
def test_compatible_within_rounding(a, a_approx, b, b_approx, same):
    assert compatible(a, a_approx, b, b_approx) is same


@pytest.mark.parametrize("a, a_slack, b, b_slack, same", [
    # "an hour" (half an hour of rounding) against lengths told in minutes, in hours
    ((1, 1), 0.5, (4 / 3, 4 / 3), 1 / 120, True),      # 80 minutes rounds to an hour
    ((1, 1), 0.5, (1.5, 1.5), 1 / 120, False),         # 90 minutes is half an hour off: it rounds away
    ((1, 1), 0.5, (1.5, None), 0.0, False),            # "more than 90 minutes"
    ((1, None), 0.0, (1.5, 1.5), 1 / 120, True),       # "more than an hour" holds 90 minutes
    ((168, 168), 84, (216, 216), 12, True),            # "a week" and "nine days"
])
def test_compatible_within_the_rounding_of_a_unit(a, a_slack, b, b_slack, same):
    assert compatible(a, False, b, False, a_slack=a_slack, b_slack=b_slack) is same
    assert compatible(b, False, a, False, a_slack=b_slack, b_slack=a_slack) is same


# ------------------------------------------------------------------ alignment constraints

def test_different_holders_never_merge():
    a = _art("A six-year-old boy fell into the shaft. His grandfather, 62, raised the alarm.")
    b = _art("Rescuers reached the six-year-old boy on Friday.")
    figs = [_fig(a, "six-year-old", 6, 6, "age", "age", unit="year"),
            _fig(a, "62", 62, 62, "age", "age", unit="year"),
            _fig(b, "six-year-old", 6, 6, "age", "age", unit="year")]
    arts = {x.id: x for x in (a, b)}
    assert cannot_link(figs[0], figs[1], measure_of(figs[0], a), measure_of(figs[1], a), arts) == "different holders"
    al = align_figures("s", figs, arts)
    groups = sorted(sorted(f.quantity.text for f in t.figures) for t in al.tracked)
    assert groups == [["62"], ["six-year-old", "six-year-old"]]


@pytest.mark.parametrize("text, q1, v1, q2, v2, linked", [
    # one source, two values, one date: two different things
    ("The first pack weighs 12 kg and the second pack weighs 30 kg.", "12 kg", 12, "30 kg", 30, False),
    # a change links them
    ("The toll rose from two to six overnight.", "two", 2, "six", 6, True),
])
def test_one_source_two_values_in_one_article(text, q1, v1, q2, v2, linked):
    a = _art(text)
    unit = "kg" if "kg" in q1 else None
    f1 = _fig(a, q1, v1, v1, "weight" if unit else "toll", "weight" if unit else "killed", unit=unit)
    f2 = _fig(a, q2, v2, v2, "weight" if unit else "toll", "weight" if unit else "killed", unit=unit)
    why = cannot_link(f1, f2, measure_of(f1, a), measure_of(f2, a), {a.id: a})
    assert (why is None) is linked


@pytest.mark.parametrize("text, qtext, plan", [
    # the value of a plan or an expectation: the verb of the plan
    ("The talks were due to last an hour yet ran past noon.", "an hour", "last"),
    ("The visit is scheduled to run for three days.", "three days", "run"),
    ("The hearing was supposed to take maybe ten minutes.", "ten minutes", "take"),
    # what happened, a cause, a setting: no plan
    ("The talks lasted two hours.", "two hours", None),
    ("Schools shut due to the 40 cm of snow.", "40 cm", None),
    ("The heating was set to 20 degrees.", "20", None),
    # what one expected a thing to last, the thing between the two verbs
    ("She walked in thinking the talks would only last '15 minutes'.", "15 minutes", "last"),
    ("He had expected the hearing to last for an hour.", "an hour", "last"),
    ("They believed the vote would take 20 minutes.", "20 minutes", "take"),
    # what happened after an expectation, and an expectation of no length
    ("She expected the talks to go well; they lasted 15 minutes.", "15 minutes", None),
    ("He thought the talks would fail after two hours.", "two hours", None),
])
def test_the_value_of_a_plan(text, qtext, plan):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, "duration", "duration", unit="hour")
    assert measure_of(f, a).planned == plan


@pytest.mark.parametrize("text, qtext, unit, plan", [
    # an expected length of time is a plan; a count told after the same words is not
    ("They thought the rebels would take 40 minutes.", "40 minutes", "minute", "take"),
    ("They thought the rebels would take 40 hostages.", "40", None, None),
])
def test_an_expected_length_of_time_only(text, qtext, unit, plan):
    a = _art(text)
    f = _fig(a, qtext, 40, 40, "hostages" if unit is None else "duration", "hostage" if unit is None else "duration",
             unit=unit)
    assert measure_of(f, a).planned == plan


@pytest.mark.parametrize("t1, q1, t2, q2, reason", [
    # a plan and what happened are two measures, whatever their values
    ("The talks were due to last an hour.", "an hour", "The talks lasted two hours.", "two hours",
     "a plan is not what happened"),
    ("The talks were due to last an hour.", "an hour", "The talks lasted an hour.", "an hour",
     "a plan is not what happened"),
    # two plans, or two lengths that happened, may be one measure
    ("The talks were due to last an hour.", "an hour", "The talks were scheduled to last two hours.",
     "two hours", None),
    ("The talks lasted an hour.", "an hour", "The meeting went on for two hours.", "two hours", None),
])
def test_a_plan_is_not_what_happened(t1, q1, t2, q2, reason):
    a, b = _art(t1), _art(t2)
    value = {"an hour": 1, "two hours": 2}
    fa = _fig(a, q1, value[q1], value[q1], "duration", "duration", unit="hour")
    fb = _fig(b, q2, value[q2], value[q2], "duration", "duration", unit="hour")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == reason


@pytest.mark.parametrize("text, qtext, measure, aspect", [
    ("The boy fell into a 40m-deep shaft.", "40m", "distance", "depth"),
    ("The shaft measured just 30 centimetres wide.", "30 centimetres", "distance", "width"),
    ("Reports had put the shaft at a depth of 40m.", "40m", "distance", "depth"),
    ("The 30cm-diameter shaft is too narrow.", "30cm", "diameter", "width"),
    ("The tower stands 58 metres tall.", "58 metres", "distance", "height"),
    ("The rescuers were 10 metres from the bottom.", "10 metres", "distance", None),
    # how far away a place lies, the same length in another unit in brackets passed over
    ("The village lies some 75 kilometres (47 miles) west of the port.", "some 75 kilometres", "distance", "bearing"),
    ("The ship sank 20 metres away from the pier.", "20 metres", "distance", "bearing"),
    ("The wreck lies 20 metres (66 feet) below the surface.", "20 metres", "distance", None),
])
def test_length_aspect(text, qtext, measure, aspect):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, measure, "distance", unit="m")
    assert measure_of(f, a).aspect == aspect


@pytest.mark.parametrize("text, qtext, unit, relation", [
    ("The letter came two days before the vote.", "two days", "day", "offset"),
    ("He revealed it nine days earlier.", "nine days", "day", "offset"),
    ("A week later the review was closed.", "A week", "week", "offset"),
    ("The review closed a week ago.", "a week", "week", "offset"),
    ("In the nine days between the letters, the polls moved.", "nine days", "day", None),  # a length
    ("The search lasted 50 hours.", "50 hours", "hour", None),
    ("The visitors led 3-1 after four innings.", "four", None, "point"),
    ("The home side won in 10 innings.", "10", None, None),  # a total
    # an age is no length of time from a moment
    ("Divers tried to reach the seven-year-old once her parents called for help.", "seven-year-old", "year", None),
])
def test_offset_point_or_length(text, qtext, unit, relation):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, "duration" if unit else "innings", "duration" if unit else "innings", unit=unit)
    assert measure_of(f, a).relation == relation


@pytest.mark.parametrize("text, qtext, measure, whole", [
    ("Two-thirds of the county's voters backed the plan.", "Two-thirds", "county's voters", "voter"),
    ("About 18 percent of registered voters said they would stay home.", "About 18 percent",
     "registered voters", "voter"),
    ("Support stood at 41% among young women, the survey found.", "41%", "young women", "woman"),
    ("The plan won 52 per cent of the vote.", "52 per cent", "vote", "vote"),
    ("Turnout was 61 percent.", "61 percent", "turnout", None),  # the text does not say of what
    ("Some 43% of whom were undecided.", "43%", "percent", None),  # a pronoun: of what, it does not say
    # the measure phrase is not what follows "of": the text does not say of what, as far as we know
    ("Prices rose 3% of late in the county.", "3%", "prices", None),
])
def test_what_a_share_is_a_share_of(text, qtext, measure, whole):
    a = _art(text)
    assert measure_of(_fig(a, qtext, 1, 1, measure, "percent", unit="%"), a).whole == whole


@pytest.mark.parametrize("t1, m1, t2, m2, why", [
    ("Two-thirds of the county's voters backed the plan.", "county's voters",
     "Two-thirds of the council backed the plan.", "council", "shares of two different wholes"),
    ("Two-thirds of the county's voters backed the plan.", "county's voters",
     "Two-thirds of registered voters backed it.", "registered voters", None),
    ("Two-thirds of the county's voters backed the plan.", "county's voters",
     "Support reached two-thirds, a poll found.", "support", None),
])
def test_shares_of_two_different_wholes_are_two_measures(t1, m1, t2, m2, why):
    a, b = _art(t1), _art(t2)
    qa, qb = (next(w for w in ("Two-thirds", "two-thirds") if w in t) for t in (t1, t2))
    fa = _fig(a, qa, 66.7, 66.7, m1, "percent", unit="%")
    fb = _fig(b, qb, 66.7, 66.7, m2, "percent", "officials", unit="%")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why


@pytest.mark.parametrize("text, qtext, unit, noun", [
    ("The bowler sent down a 92.4-mph delivery.", "92.4-mph", "mph", "delivery"),
    ("A 40-tonne lorry blocked the bridge.", "40-tonne", "t", "lorry"),
    ("They lowered a 12-metre ladder into the shaft.", "12-metre", "m", "ladder"),
    ("The gusts reached 120 km/h overnight.", "120 km/h", "km/h", None),  # no hyphen: no noun it describes
    ("The lorry weighed 40 tonnes.", "40 tonnes", "t", None),
    ("He is a 6-foot-tall forward.", "6-foot", "ft", None),  # a hyphen after: no noun right after it
    ("They stayed for a 10-day visit.", "10-day", "day", None),  # a length of time: many words name it
])
def test_the_thing_a_hyphened_measure_describes(text, qtext, unit, noun):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, "size", "size", unit=unit)
    assert measure_of(f, a).described == noun


@pytest.mark.parametrize("t1, v1, t2, v2, why", [
    # speeds of two things the text names: never one tracked figure, whatever their values
    ("She is a 99-mph starter, the scouts said.", 99, "He hit a 96.8-mph fastball for the winner.", 96.8,
     "measures of two different things"),
    ("She is a 99-mph starter, the scouts said.", 99, "He hit a 99-mph fastball for the winner.", 99,
     "measures of two different things"),
    # one thing named by both, or by one of them only: the sentences decide
    ("He hit a 96.8-mph fastball for the winner.", 96.8, "The winner came off a 97-mph fastball.", 97, None),
    ("He hit a 96.8-mph fastball for the winner.", 96.8, "The pitch was clocked at 97 mph.", 97, None),
])
def test_measures_of_two_named_things_are_two_measures(t1, v1, t2, v2, why):
    a, b = _art(t1), _art(t2)
    qa, qb = (re.search(r"[\d.]+(?:-mph| mph)", t).group(0) for t in (t1, t2))
    fa = _fig(a, qa, v1, v1, "speed", "speed", unit="mph")
    fb = _fig(b, qb, v2, v2, "speed", "speed", "officials", unit="mph")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why


@pytest.mark.parametrize("t1, q1, v1, t2, q2, v2, why", [
    # an average is not the measure of one thing the text names, whatever their values
    ("Her serve averages more than 110 mph.", "more than 110 mph", 110,
     "She won the point with a 118-mph serve.", "118-mph", 118, "an average is not one instance"),
    ("Her serve averages 110 mph.", "110 mph", 110,
     "She won the point with a 110-mph serve.", "110-mph", 110, "an average is not one instance"),
    # two averages, an average and a figure that names no one thing ("the serve" told elsewhere,
    # or an average whose verb the sentence leaves out), or two single values: the sentences decide
    ("Her serve averages 110 mph.", "110 mph", 110, "Her serves averaged 110 mph this year.", "110 mph", 110, None),
    ("Her serve averages 110 mph.", "110 mph", 110, "Her serve reached 110 mph.", "110 mph", 110, None),
    ("She hit one serve at 118 mph.", "118 mph", 118, "The fastest serve was 118 mph.", "118 mph", 118, None),
])
def test_an_average_and_one_instance_are_two_measures(t1, q1, v1, t2, q2, v2, why):
    a, b = _art(t1), _art(t2)
    unit = "mph" if "mph" in q1 else None
    fa = _fig(a, q1, v1, None if q1.startswith("more") else v1, "speed", "speed", unit=unit)
    fb = _fig(b, q2, v2, v2, "speed", "speed", "officials", unit=unit)
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why


def test_an_offset_is_not_a_length_of_time():
    a = _art("A day earlier, the campaign chief wrote to donors.")
    b = _art("The rival spent the last four days of the campaign attacking her.")
    fa = _fig(a, "A day", 1, 1, "duration", "duration", unit="day")
    fb = _fig(b, "four days", 4, 4, "duration", "duration", "the rival", unit="day")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b})


@pytest.mark.parametrize("head, same_as", [
    ("female", "woman"), ("male", "man"), ("digger", "excavator"), ("excavator", "excavator"),
    ("personnel", "personnel"), ("fastball", "pitch"), ("curveballs", "pitch"), ("pitch", "pitch"),
    ("ball", "ball"),
])
def test_heads_that_name_the_same_thing_are_compared_as_one(head, same_as):
    a = _art("Rescuers said 3 of them were there.")
    f = _fig(a, "3", 3, 3, head, head)
    assert group_head(f, measure_of(f, a)) == same_as


@pytest.mark.parametrize("t1, v1, t2, v2, why", [
    # two offsets from one moment with values that differ: two events
    ("The first letter came 11 days before the presidential election.", 11,
     "The second letter came two days before the election.", 2, "two offsets from one moment: two events"),
    # the same offset from that moment: one event
    ("The second letter came two days before Tuesday's election.", 2,
     "The second letter came two days before the election.", 2, None),
    # "earlier" names no moment: left to the sentences
    ("He revealed it nine days earlier.", 9, "The second letter came two days before the election.", 2, None),
    # two unnamed moments in two directions: the time of writing and a moment told before
    ("The party held a lead nine days ago.", 9, "Nine days later the party won.", 9,
     "offsets from two different moments"),
    ("Nine days later the party won.", 9, "Nine days later the rival conceded.", 9, None),
    # offsets from two moments that share no word: two things, whatever the values
    ("The review ended nine days after the first letter.", 9,
     "The second letter came 11 days before the election.", 11, "offsets from two different moments"),
])
def test_offsets_from_one_moment(t1, v1, t2, v2, why):
    a, b = _art(t1), _art(t2)
    qa = next(w for w in ("11 days", "two days", "nine days", "Nine days") if w in t1)
    qb = next(w for w in ("11 days", "two days", "nine days", "Nine days") if w in t2)
    fa = _fig(a, qa, v1, v1, "duration", "duration", unit="day")
    fb = _fig(b, qb, v2, v2, "duration", "duration", "officials", unit="day")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why


@pytest.mark.parametrize("t1, q1, v1, t2, q2, v2, why", [
    ("The lead vanished in the eighth inning.", "eighth", 8, "The winner came in the 10th inning.", "10th", 10,
     "two ordinals name two things"),
    ("The winner came in the tenth inning.", "tenth", 10, "The winner came in the 10th inning.", "10th", 10, None),
    ("The game went to 10 innings.", "10", 10, "The winner came in the 10th inning.", "10th", 10,
     "an ordinal says which one, not how many"),
])
def test_ordinals_say_which_one(t1, q1, v1, t2, q2, v2, why):
    a, b = _art(t1), _art(t2)
    fa = _fig(a, q1, v1, v1, "inning", "inning")
    fb = _fig(b, q2, v2, v2, "inning", "inning", "officials")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == why


@pytest.mark.parametrize("text, qtext, point", [
    ("The divers were 10 metres from the floor of the cave.", "10 metres", {"floor", "cave"}),
    ("The drill stopped 12 metres (39 feet) from reaching the floor of the cavern.", "12 metres", {"floor", "cavern"}),
    # one word names no one point: every place near a border is some distance from it
    ("The camp lies 20 km from the border.", "20 km", set()),
    ("The camp lies 20 km from the border with the north.", "20 km", set()),
    ("The climbers stopped less than 300 feet (91 metres) from reaching the summit of the ridge.",
     "less than 300 feet", {"summit", "ridge"}),
])
def test_the_point_a_distance_is_counted_from(text, qtext, point):
    a = _art(text)
    assert measure_of(_fig(a, qtext, 1, 1, "distance", "distance", unit="m"), a).point == point


def test_distances_from_one_point_align_across_units_and_give_an_update():
    a = _art("By Monday the drill was less than 12 metres (39 feet) from reaching the floor of the cavern.",
             "2024-11-18")
    b = _art("On Wednesday the crew said the drill stood about 15 feet from the floor of the cavern.", "2024-11-20")
    c = _art("The drill site lies 200 metres from the village, the crew said.", "2024-11-20")
    figs = [_fig(a, "less than 12 metres", None, 12, "distance", "distance", unit="m"),
            _fig(b, "about 15 feet", 15, 15, "ft", "ft", unit="ft", approx=True),
            _fig(c, "200 metres", 200, 200, "distance", "distance", unit="m")]
    arts = {x.id: x for x in (a, b, c)}
    al = align_figures("s", figs, arts)
    groups = sorted(sorted(f.quantity.text for f in t.figures) for t in al.tracked)
    assert groups == [["200 metres"], ["about 15 feet", "less than 12 metres"]]
    tf = next(t for t in al.tracked if len(t.figures) == 2)
    assert [f.kind for f in findings(tf, arts) if f.kind in ("update", "conflict", "outlier")] == ["update"]


def test_distances_from_a_point_named_by_one_word_are_no_update():
    """Two places some distance from "the border" are not one distance that changed."""
    a = _art("The shelter sits less than 30 km from the border, aid workers said.", "2024-11-18")
    b = _art("Families reached a village eight kilometres from the border, officials said.", "2024-11-20")
    figs = [_fig(a, "less than 30 km", None, 30, "distance", "distance", unit="km"),
            _fig(b, "eight kilometres", 8, 8, "distance", "distance", unit="km")]
    arts = {x.id: x for x in (a, b)}
    tf = _tracked("distance", figs, unit="km")
    assert [f.kind for f in findings(tf, arts) if f.kind in ("update", "conflict", "outlier")] == []


@pytest.mark.parametrize("reports, two_ways, consistent", [
    # the units gone by and the ordinal of the running one: one below the other, consistent
    ([("The search went on for nine days.", "nine days", 9), ("The search went on for a tenth day.", "tenth day", 10),
      ("Crews said the search had lasted nine days.", "nine days", 9)], True, True),
    ([("The strike has lasted 30 years.", "30 years", 30), ("The strike went on for its 31st year.", "31st year", 31)],
     True, True),
    # two ways that cannot be one length: still two ways, not said to be consistent
    ([("The search went on for five days.", "five days", 5), ("The search went on for a 12th day.", "12th day", 12)],
     True, False),
    # one way only: compared value for value
    ([("The search went on for nine days.", "nine days", 9), ("The search went on for ten days.", "ten days", 10)],
     False, False),
    ([("The search went on for a ninth day.", "ninth day", 9),
      ("The search went on for a tenth day.", "tenth day", 10)], False, False),
    # a unit that is an ordinal word ("one second") is no ordinal of its unit
    ([("The tremor lasted one second.", "one second", 1), ("The tremor lasted 12 seconds.", "12 seconds", 12)],
     False, False),
])
def test_a_length_of_time_counted_two_ways_is_a_scope(reports, two_ways, consistent):
    arts, figs = [], []
    for text, qtext, n in reports:
        a = _art(text, "2024-11-08")
        unit = qtext.split()[-1].rstrip("s")
        figs.append(_fig(a, qtext, n, n, "duration", "duration", unit=unit))
        arts.append(a)
    tf = _tracked("duration", figs, unit=figs[0].quantity.unit)
    by_id = {a.id: a for a in arts}
    assert (counted_two_ways(finding_context(tf, by_id, {})) is not None) == two_ways
    found = findings(tf, by_id)
    scope = [f for f in found if f.kind == "scope"]
    assert len(scope) == int(two_ways)
    if two_ways:
        assert ("consistent" in scope[0].sentence) == consistent
        # neither agreement nor conflict across the two ways
        assert not any(f.kind in ("conflict", "outlier", "update") for f in found)
        assert all(len({"th" in x.quantity.text or "st" in x.quantity.text.split()[0] for x in f.figures}) == 1
                   for f in found if f.kind == "agree")


@pytest.mark.parametrize("text, qtext, head, severity, group", [
    ("Two officers were critically injured in the crash.", "Two", "officer", "critically", "critically wounded"),
    ("One of the workers suffered life-threatening injuries.", "One", "worker", "critically", "critically wounded"),
    ("Four passengers were seriously injured.", "Four", "passenger", "seriously", "seriously wounded"),
    ("Three guards suffered minor injuries.", "Three", "guard", "slightly", "slightly wounded"),
    # a count whose noun and verb are left out, after the wounded it is part of
    ("Five people were hurt, one critically.", "one", "people", "critically", "critically wounded"),
    ("Five people were hurt, one critically.", "Five", "people", None, "wounded"),
    # a negation before the grade: the others
    ("The three other victims had no life-threatening wounds.", "three", "victim", "not critically",
     "not critically wounded"),
    # no grade, or another event: the count of all of them
    ("Nine people were injured in the fire.", "Nine", "people", None, "wounded"),
    ("Seven people were killed and two were critically hurt.", "Seven", "people", None, "killed"),
    ("He was seriously considering two offers.", "two", "offer", None, "offer"),
    # the condition a hospital gives of them: those hurt that gravely
    ("Doctors said two women were still in a critical condition.", "two", "woman", "critically",
     "critically wounded"),
    ("Three patients are in serious condition at the clinic.", "Three", "patient", "seriously", "seriously wounded"),
    # no grade of harm ("stable"), or no condition: not the wounded
    ("Three people remain in stable condition.", "Three", "people", None, "people"),
    ("Two firms are in serious trouble.", "Two", "firm", None, "firm"),
    ("Two teams are in critical need of a win.", "Two", "team", None, "team"),
])
def test_how_gravely_the_wounded_were_hurt(text, qtext, head, severity, group):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, head, head)
    m = measure_of(f, a)
    assert (m.severity, group_head(f, m)) == (severity, group)
    assert not (m.severity and m.part)  # the grade says which part: no part of a group


def test_a_count_of_the_gravely_wounded_is_not_the_count_of_all_of_them():
    a = _art("Police said two people were critically injured in the blast.", "2024-11-08")
    b = _art("Police said nine people were injured in the blast.", "2024-11-08")
    c = _art("Firefighters said two victims suffered life-threatening injuries.", "2024-11-08")
    figs = [_fig(a, "two", 2, 2, "people", "people", "police"), _fig(b, "nine", 9, 9, "people", "people", "police"),
            _fig(c, "two", 2, 2, "victims", "victim", "firefighters")]
    led = ledger("s", figs, {x.id: x for x in (a, b, c)})
    heads = sorted((t.measure_head, len(t.figures)) for t in led.tracked)
    assert heads == [("critically wounded", 2), ("wounded", 1)]
    assert not any(f.kind in ("conflict", "outlier") for f in led.findings)


def test_a_depth_and_a_width_never_merge():
    a = _art("The shaft was 40 metres deep, rescuers said.")
    b = _art("The shaft was 30 centimetres wide, the report said.")
    c = _art("Officials said the shaft was 40 metres deep.")
    figs = [_fig(a, "40 metres", 40, 40, "distance", "distance", unit="m"),
            _fig(b, "30 centimetres", 30, 30, "distance", "distance", unit="cm"),
            _fig(c, "40 metres", 40, 40, "distance", "distance", unit="m")]
    arts = {x.id: x for x in (a, b, c)}
    assert cannot_link(figs[0], figs[1], measure_of(figs[0], a), measure_of(figs[1], b), arts) == "different aspects"
    al = align_figures("s", figs, arts)
    groups = sorted(sorted(f.quantity.text for f in t.figures) for t in al.tracked)
    assert groups == [["30 centimetres"], ["40 metres", "40 metres"]]


@pytest.mark.parametrize("text, q1, v1, q2, v2, why", [
    # two values in one sentence, from two sources: still two things
    ("After the 90-minute talks the minister said: my aim for the next two months is the budget.",
     "90-minute", 1.5, "two months", 1460, "one sentence, two values"),
    # unless a change links them
    ("The search has lasted 50 hours, up from 20 hours reported earlier.", "50 hours", 50, "20 hours", 20, None),
])
def test_two_values_in_one_sentence_are_two_things(text, q1, v1, q2, v2, why):
    a = _art(text)
    f1 = _fig(a, q1, v1, v1, "duration", "duration", unit="hour")
    f2 = _fig(a, q2, v2, v2, "duration", "duration", "the minister", unit="hour")
    assert cannot_link(f1, f2, measure_of(f1, a), measure_of(f2, a), {a.id: a}) == why


@pytest.mark.parametrize("word, saying", [
    ("said", True), ("told", True), ("reports", True), ("estimated", True), ("denied", True), ("noting", True),
    ("stresses", True), ("put", True),
    ("won", False), ("led", False), ("rose", False), ("seats", False), ("killed", False), ("polls", False),
])
def test_a_verb_of_saying_is_read_from_its_letters(word, saying):
    from storyline.align.figures import _saying

    assert _saying(word) is saying


@pytest.mark.parametrize("text, qtext, why", [
    # the same value told again of a new occasion, in one article: two occasions
    ("The team led in 12 polls in May. In June the team once again led in 12 polls.", "12",
     "one value told of two occasions"),
    ("The first train ran at 120 km/h. The next train, this one at 120 km/h too, was late.", "120 km/h",
     "one value told of two occasions"),
    # the same value told twice with no word of a new occasion, or told again in both places: left to the words
    ("The team led in 12 polls in May. Its staff said the team led in 12 polls.", "12", None),
    ("Once more the team led in 12 polls. In June the team again led in 12 polls.", "12", None),
    # an "again" of another clause, past a comma or far from the number, is not its word
    ("The team led in 12 polls in May. It was ahead again, with a lead in 12 polls.", "12", None),
    ("The team led in 12 polls in May. The leaders met again in June to talk about how the team had led in "
     "12 polls.", "12", None),
    # an "again" of a verb of saying tells the claim again, not a new occasion of what it counts
    ("Officials reported 200 deaths on Sunday. On Monday the ministry again reported 200 deaths.", "200", None),
    ("Officials gave a toll of 200 on Sunday. The ministry said again that 200 had died.", "200", None),
    ("Officials gave a toll of 200 on Sunday. The flood again took 200 lives on Monday.", "200",
     "one value told of two occasions"),
])
def test_one_value_told_of_a_new_occasion(text, qtext, why):
    a = _art(text)
    v = int(qtext.split()[0])
    f1 = _fig(a, qtext, v, v, "polls", "poll")
    f2 = _fig(a, qtext, v, v, "polls", "poll", nth=1)
    assert cannot_link(f1, f2, measure_of(f1, a), measure_of(f2, a), {a.id: a}) == why
    assert cannot_link(f2, f1, measure_of(f2, a), measure_of(f1, a), {a.id: a}) == why


def _dated(fig, article, phrase, value, granularity, said=False):
    """``fig`` dated by its sentence (``phrase``, which the article writes, resolved to ``value``)."""
    at = article.text.index(phrase)
    ref = TimeRef(phrase, at, at + len(phrase), value, granularity, True)
    return replace(fig, said_on=ref) if said else replace(fig, refers_to=ref)


@pytest.mark.parametrize("published, text, phrase, value, granularity, said, year", [
    ("2024-11-20", "Last year, a storm killed at least two people.", "Last year", "2023", "year", False, 2023),
    ("2024-11-20", "In 2009 a flood on the river killed 12 people.", "In 2009", "2009", "year", False, 2009),
    ("2024-11-20", "Two years ago the same bridge collapsed, killing 12 people.", "Two years ago", "2022", "year",
     False, 2022),
    ("2024-11-20", "In March 2019 the river flooded and 12 people died.", "In March 2019", "2019-03", "month",
     False, 2019),
    ("2024-11-20", "The council said in 2021 that 40 homes were lost.", "in 2021", "2021", "year", True, 2021),
    ("2024-11-20", "A decade ago a flood on the river killed 12 people.", "A decade ago", "2014", "year", False, 2014),
    # a decade is past when it ended long before the article; the one the article falls in is not
    ("2024-11-20", "In the 1990s floods on the river killed 12 people.", "the 1990s", "199X", "decade", False, 1999),
    ("2024-11-20", "In the 2020s floods on the river killed 12 people.", "the 2020s", "202X", "decade", False, None),
    # this year, however early, is the article's year: not another occasion by its date
    ("2024-11-20", "Earlier this year, a storm killed at least two people.", "Earlier this year", "2024", "year",
     False, None),
    ("2024-11-20", "On Monday the storm killed at least two people.", "On Monday", "2024-11-18", "day", False, None),
    # the last days of the year before, a few days before the article: not long before it
    ("2025-01-03", "On December 28, a fire killed two people.", "On December 28", "2024-12-28", "day", False, None),
    ("2024-11-20", "A storm killed at least two people.", None, None, None, False, None),
    ("2024-11-20", "The flood of 2009 killed 12 people.", "2009", "2009", "year", False, 2009),
    # a bare year before a noun names a thing by its year, not when the clause happened
    ("2024-11-20", "The driver, 40, was stopped in his 2019 sedan with two people.", "2019", "2019", "year", False,
     None),
    ("2024-11-20", "In the 2016 race, 40 candidates ran.", "2016", "2016", "year", False, 2016),
    # the end of a name: the year of the name, not of the clause
    ("2024-11-20", "The firm got 40 grants under the Small Business Act of 2010.", "2010", "2010", "year", False, None),
])
def test_the_past_year_a_sentence_dates_a_count_to(published, text, phrase, value, granularity, said, year):
    a = _art(text, published)
    f = _fig(a, next(q for q in ("at least two", "12", "40", "two") if q in text), 2, 2, "people killed", "killed")
    if phrase:
        f = _dated(f, a, phrase, value, granularity, said)
    assert past_year(f, a) == year


_STORM_NOW = ("The storm that hit the coast on Monday killed at least two people.", "on Monday", "2024-11-18", "day")
_STORM_2023 = ("Last year, a storm on the same coast killed at least two people.", "Last year", "2023", "year")
_STORM_2021 = ("In 2021 a storm on the same coast killed at least two people.", "In 2021", "2021", "year")
_STORM_UNDATED = ("At least two people were killed when a storm hit the coast.", None, None, None)
_STORM_EARLY = ("Earlier this year, a storm on the coast killed at least two people.", "Earlier this year", "2024",
                "year")


@pytest.mark.parametrize("first, second, why", [
    (_STORM_2023, _STORM_NOW, "counts of two occasions, one of a past year"),
    (_STORM_2023, _STORM_2021, None),  # two past years may be the two ends of one span: left to the other rules
    (_STORM_2023, _STORM_2023, None),  # one past occasion, told twice
    (_STORM_2023, _STORM_EARLY, "counts of two occasions, one of a past year"),  # dated to its article's year
    # a count its sentence does not date may tell the past occasion in other words: left to the other rules
    (_STORM_2023, _STORM_UNDATED, None),
    (_STORM_EARLY, _STORM_NOW, None),  # no past year: the same year's counts are left to the other rules
])
def test_a_count_of_a_past_year_is_another_occasion(first, second, why):
    figs, arts = [], []
    for text, phrase, value, granularity in (first, second):
        a = _art(text)
        f = _fig(a, "at least two" if "at least two" in text else "At least two", 2, None, "people killed", "killed")
        figs.append(_dated(f, a, phrase, value, granularity) if phrase else f)
        arts.append(a)
    ms = [measure_of(f, a) for f, a in zip(figs, arts, strict=True)]
    assert cannot_link(figs[0], figs[1], ms[0], ms[1], {a.id: a for a in arts}) == why


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)])
def test_a_count_of_a_past_year_stays_apart_from_the_present_count(order):
    rows = [_STORM_NOW, _STORM_2023, _STORM_UNDATED]
    arts, figs = [], []
    for text, phrase, value, granularity in rows:
        a = _art(text)
        f = _fig(a, "at least two" if "at least two" in text else "At least two", 2, None, "people killed", "killed")
        figs.append(_dated(f, a, phrase, value, granularity) if phrase else f)
        arts.append(a)
    al = align_figures("s", [figs[i] for i in order], {a.id: a for a in arts})
    groups = sorted(sorted(arts.index(next(a for a in arts if a.id == f.article_id)) for f in t.figures)
                    for t in al.tracked)
    assert groups == [[0, 2], [1]]  # this week's count with the undated one; last year's alone


def test_a_length_of_time_is_left_to_the_other_rules():
    """The time a length's sentence names is often one of its ends ("a drought that began in
    2011"), not an occasion of what it counts."""
    a = _art("The drought, which began in 2011, lasted three years.")
    b = _art("The drought lasted three years, the minister said on Monday.")
    fa = _dated(_fig(a, "three years", 3, 3, "years", "duration", unit="year"), a, "in 2011", "2011", "year")
    fb = _dated(_fig(b, "three years", 3, 3, "years", "duration", unit="year"), b, "on Monday", "2024-11-18", "day")
    assert past_year(fa, a) == 2011
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) is None


def test_generic_heads_with_different_contexts_stay_apart():
    a = _art("The rain delay lasted 17 minutes at the stadium.")
    b = _art("Fans queued for 40 minutes outside the box office.")
    c = _art("A 17-minute rain delay stopped play at the stadium.")
    figs = [_fig(a, "17 minutes", 17, 17, "duration", "duration", unit="minute"),
            _fig(b, "40 minutes", 40, 40, "duration", "duration", unit="minute"),
            _fig(c, "17-minute", 17, 17, "rain delay", "duration", unit="minute")]
    al = align_figures("s", figs, {x.id: x for x in (a, b, c)})
    groups = sorted(sorted(f.quantity.text for f in t.figures) for t in al.tracked)
    assert groups == [["17 minutes", "17-minute"], ["40 minutes"]]


def test_casualties_are_not_troop_counts():
    a = _art("About 11,000 North Korean soldiers are in the region. "
             "At least 30 North Korean soldiers were killed or wounded at the weekend.")
    figs = [_fig(a, "About 11,000", 11000, 11000, "North Korean soldiers", "personnel", approx=True),
            _fig(a, "At least 30", 30, None, "North Korean soldiers", "personnel")]
    al = align_figures("s", figs, {a.id: a})
    assert {t.measure_head: [f.quantity.text for f in t.figures] for t in al.tracked} == {
        "personnel": ["About 11,000"], "casualties": ["At least 30"]}


@pytest.mark.parametrize("text, qtext, words", [
    # nearest first, the word after the number before the word before it; names keep their capital;
    # the name of a day or a month says when, not what is counted
    ("Turnout among Basque voters was 41 percent on Sunday.", "41 percent",
     [("voter", "voters", 21), ("basque", "Basque", 14), ("turnout", "turnout", 0)]),
    ("In March 12 percent of Dutch farms closed.", "12 percent",
     [("dutch", "Dutch", 23), ("farm", "farms", 29), ("closed", "closed", 35)]),
    # stop words, contractions, adverbs in -ly and filler words are left out
    ("We'll now narrowly win 52 percent of seats.", "52 percent", [("win", "win", 19), ("seat", "seats", 37)]),
    # a name opening the sentence keeps its capital; a word the text also writes in lower case does not
    ("Kenya's troops held 40 percent. They left Kenya's camp.", "40 percent",
     [("held", "held", 15), ("troop", "troops", 8), ("kenya", "Kenya's", 0)]),
    ("Troops held 40 percent. The troops left.", "40 percent", [("held", "held", 7), ("troop", "troops", 0)]),
])
def test_the_words_near_a_figure(text, qtext, words):
    a = _art(text)
    assert near_words(_fig(a, qtext, 1, 1, "percent", "percent", unit="%"), a) == words


@pytest.mark.parametrize("text, qtext, measure, head, unit, label", [
    # a count is the party's: its label names it
    ("Poland has sent 4,000 soldiers to the border.", "4,000", "Polish soldiers", "personnel", None,
     "Poland personnel"),
    # a length of time, a distance or an age is nobody's count: no party in its label
    ("The Polish search has lasted 50 hours.", "50 hours", "duration", "duration", "hour",
     "search: duration (hour)"),
])
def test_a_label_names_the_party_of_a_count_only(text, qtext, measure, head, unit, label):
    a = _art(text)
    al = align_figures("s", [_fig(a, qtext, 1, 1, measure, head, unit=unit)], {a.id: a})
    assert [t.label for t in al.tracked] == [label]


@pytest.mark.parametrize("text, qtext, measure, party", [
    # a country's word right before a noun of a place it stands on names that place, not whose
    # people are counted
    ("A bomb went off outside the Russian embassy, killing 30 people.", "30", "people", None),
    ("Two bombs hit German bases in the north, killing 12 people.", "12", "people", None),
    ("Polish troops lost 30 soldiers in the drill.", "30", "soldiers", "poland"),
    ("The Russian army said 30 soldiers were hurt.", "30", "soldiers", "russia"),
    ("Nine Russian sailors were among the dead.", "Nine", "Russian sailors", "russia"),
])
def test_the_party_of_a_count(text, qtext, measure, party):
    a = _art(text)
    assert profile(_fig(a, qtext, 1, 1, measure, "people"), a).party == party


def test_labels_that_tracked_figures_share_are_told_apart_by_the_words_near_their_figures():
    a = _art("Turnout among Basque voters was 41 percent. Support for the ferry plan stood at 63 percent. "
             "The port authority owns 12 tugs.")
    b = _art("Support for the ferry plan reached 62 percent, a survey found.")
    arts = {a.id: a, b.id: b}
    figs = [_fig(a, "41 percent", 41, 41, "percent", "percent", unit="%"),
            _fig(a, "63 percent", 63, 63, "percent", "percent", unit="%"),
            _fig(b, "62 percent", 62, 62, "percent", "percent", unit="%"),
            _fig(a, "12 tugs", 12, 12, "tugs", "tug")]
    tracked = [TrackedFigure(id=f"s:{k}", story_id="s", label=label, measure_head=head, unit=None,
                             party=None, figures=tuple(fs), excluded=())
               for k, (label, head, fs) in enumerate([("percent (%)", "percent", figs[:1]),
                                                      ("percent (%)", "percent", figs[1:3]),
                                                      ("tug", "tug", figs[3:])])]
    labels = [t.label for t in distinct_labels(tracked, arts)]
    # the words nearest both of its figures ("plan", "ferry") tell the second one apart, in reading order;
    # a label no other tracked figure has is kept as it is
    assert labels == ["percent (%) · Basque voters", "percent (%) · ferry plan", "tug"]


@pytest.mark.parametrize("label, party, unit, sizes, expected", [
    # a label that names the thing measured: the most reported keeps it, the other is told apart
    ("hearing: duration (minute)", None, "minute", (3, 1),
     ["hearing: duration (minute)", "hearing: duration (minute) · lawyers recess"]),
    # as many reports on each side: both are told apart
    ("hearing: duration (minute)", None, "minute", (1, 1),
     ["hearing: duration (minute) · judge session", "hearing: duration (minute) · lawyers recess"]),
    # a label that names no thing: every one is told apart
    ("duration (minute)", None, "minute", (3, 1),
     ["duration (minute) · judge session", "duration (minute) · lawyers recess"]),
    # a length of time is nobody's: the party of the first is no telling word ...
    ("duration (minute)", "norway", "minute", (1, 1),
     ["duration (minute) · judge session", "duration (minute) · lawyers recess"]),
    # ... a count's party is, before any word of its sentences
    ("lawyers", "norway", None, (1, 1), ["lawyers · Norway", "lawyers · recess"]),
])
def test_which_of_the_tracked_figures_sharing_a_label_are_told_apart(label, party, unit, sizes, expected):
    a = _art("The judge opened a session that ran 40 minutes. The lawyers asked for a recess of 15 minutes.")
    b = _art("The judge heard the first witness for 40 minutes.")
    c = _art("After 40 minutes the judge rose.")
    arts = {x.id: x for x in (a, b, c)}
    first = [_fig(a, "40 minutes", 40, 40, "minutes", "duration", unit="minute"),
             _fig(b, "40 minutes", 40, 40, "minutes", "duration", unit="minute"),
             _fig(c, "40 minutes", 40, 40, "minutes", "duration", unit="minute")][:sizes[0]]
    second = [_fig(a, "15 minutes", 15, 15, "minutes", "duration", unit="minute")]
    tracked = [TrackedFigure(id=f"s:{k}", story_id="s", label=label, measure_head="duration", unit=unit,
                             party=None if k else party, figures=tuple(fs), excluded=())
               for k, fs in enumerate([first, second])]
    assert [t.label for t in distinct_labels(tracked, arts)] == expected


@pytest.mark.parametrize("label, rows, expected", [
    # the verb that counts the figure is no telling word, in the sentence ("still hold", "now own") or
    # in its measure phrase ("area covered"): the label names what is counted
    ("area", [("The rebels still hold 300 square kilometres of farmland around the dam.", "300 square kilometres",
               "area holds"),
              ("At its height the army's pocket near the port covered 900 square kilometres.",
               "900 square kilometres", "area covered")],
     ["area · rebels farmland", "area · pocket port"]),
    ("percent", [("Voters in the northern valley have lost 20 percent of their income.", "20 percent", "percent lost"),
                 ("Farmers now own 35 percent of the coastal land.", "35 percent", "percent own")],
     ["percent · valley income", "percent · coastal land"]),
    # the measure phrase's nouns first: the thing counted and what it is for
    ("money", [("The city council approved a $40 million budget for the new stadium.", "$40 million",
                "budget for the new stadium"),
               ("Officials spent $12 million on repairs to the harbour wall.", "$12 million", "money spent")],
     ["money · budget stadium", "money · repairs harbour"]),
    # the head in its plural ("pitches" of "pitch") says nothing the label does not
    ("pitch", [("The starter threw 55 pitches before the rain at the ground.", "55", "pitch"),
               ("Her relief spell lasted 12 of them in the cold.", "12", "pitch")],
     ["pitch · starter rain", "pitch · relief spell"]),
    # a word that says a run ("straight") names nothing, and a verb with its object ("became a") is a verb
    ("pitch", [("Her fourth straight fastball hit the corner.", "fourth", "pitch"),
               ("The 12th pitch became a soft single to left field.", "12th", "pitch")],
     ["pitch · fastball corner", "pitch · soft single"]),
    # a unit, a dimension or a word of no thing ("yards", "percentage", "lot") says nothing of what is
    # measured: a noun or a name does
    ("distance", [("He gained 40 yards on the ground over three carries.", "40 yards", "distance"),
                  ("His kick return in the cold went 60 yards.", "60 yards", "distance")],
     ["distance · ground carries", "distance · return cold"]),
    ("percent", [("A lot of 30 percent of the grain rotted in the silos.", "30 percent", "percent"),
                 ("The percentage of the harvest sold abroad was 12 percent.", "12 percent", "percent")],
     ["percent · grain silos", "percent · harvest"]),
    # ... but two that those words would tell alike keep any word that tells them apart
    ("percent", [("Among farmers the share was 41 percent, the highest in years.", "41 percent", "percent"),
                 ("Among farmers the share was 38 percent, the highest in years.", "38 percent", "percent")],
     ["percent · share highest", "percent · highest"]),
])
def test_a_shared_label_is_told_apart_by_what_is_counted_never_by_a_verb(label, rows, expected):
    arts, tracked = {}, []
    for k, (text, qtext, measure) in enumerate(rows):
        a = _art(text)
        arts[a.id] = a
        f = _fig(a, qtext, 1, 1, measure, label)
        tracked.append(TrackedFigure(id=f"s:{k}", story_id="s", label=label, measure_head=label, unit=None,
                                     party=None, figures=(f,), excluded=()))
    labels = [t.label for t in distinct_labels(tracked, arts)]
    assert labels == expected
    for t in labels:  # never a verb nor a function word at the end
        last = t.split()[-1].lower()
        assert last not in STOP and not is_verb(last), t


def test_the_named_owner_of_a_count_tells_its_figure_apart():
    a = _art("Counting party officials, Lee has 412 delegates and Park has 60.")
    b = _art("Counting party officials, Lee now has at least 530 delegates.")
    c = _art("Lee is sure of at least 200 of the 700 delegates at stake on Saturday.")
    arts = {x.id: x for x in (a, b, c)}
    own = [_fig(a, "412", 412, 412, "delegates", "delegate"), _fig(b, "at least 530", 530, None, "delegates",
                                                                     "delegate")]
    part = [_fig(c, "at least 200", 200, None, "delegates at stake", "delegate")]
    tracked = [TrackedFigure(id=f"s:{k}", story_id="s", label="delegate", measure_head="delegate", unit=None,
                             party=None, figures=tuple(fs), excluded=()) for k, fs in enumerate((own, part))]
    measures = {id(f): measure_of(f, arts[f.article_id]) for f in (*own, *part)}
    assert [measures[id(f)].owner_named for f in own] == [True, True]
    # whose count it is, though the other figure's sentence names Lee too; the other is told
    # apart by its own words, not by the name near its number
    assert [t.label for t in distinct_labels(tracked, arts, measures)] == ["delegate · Lee", "delegate · stake"]


def test_a_word_both_figures_share_does_not_tell_them_apart():
    a = _art("The rebel militia holds 30 percent of the province. The army holds 60 percent of the province.")
    figs = [_fig(a, "30 percent", 30, 30, "percent", "percent", unit="%"),
            _fig(a, "60 percent", 60, 60, "percent", "percent", unit="%")]
    tracked = [TrackedFigure(id=f"s:{k}", story_id="s", label="percent (%)", measure_head="percent", unit=None,
                             party=None, figures=(f,), excluded=()) for k, f in enumerate(figs)]
    # "province" is near both: the words only one has tell them apart, alone
    assert [t.label for t in distinct_labels(tracked, {a.id: a})] == ["percent (%) · rebel militia",
                                                                       "percent (%) · army"]


@pytest.mark.parametrize("first, second, parties, labels", [
    # a measure with a unit names no party in its label; where two share the label, the party tells them
    # apart, and the nouns near the number ("river valley") are not needed
    ("Government troops now control 400 square kilometres of the river valley.",
     "Across the border the rebel army holds 250 square kilometres of hill country.",
     ["government", "rebel army"], ["area (km2) · Government", "area (km2) · Rebel Army"]),
    # the party's words are shown as they are written, not as the words they are compared by
    ("The United States has kept 400 square kilometres of range for the tests.",
     "Across the sea the government holds 250 square kilometres of reef.",
     ["united states", "government"], ["area (km2) · United States", "area (km2) · Government"]),
])
def test_whose_figure_it_is_tells_a_shared_label_apart_first(first, second, parties, labels):
    a, b = _art(first), _art(second)
    figs = [_fig(a, "400 square kilometres", 400, 400, "area", "area", unit="km2"),
            _fig(b, "250 square kilometres", 250, 250, "area", "area", unit="km2")]
    tracked = [TrackedFigure(id=f"s:{k}", story_id="s", label="area (km2)", measure_head="area", unit="km2",
                             party=party, figures=(f,), excluded=()) for k, (f, party) in
               enumerate(zip(figs, parties))]
    assert [t.label for t in distinct_labels(tracked, {a.id: a, b.id: b})] == labels


@pytest.mark.parametrize("text, nouns", [
    # a noun phrase runs from a determiner, a preposition, a number or a possessive to a verb, a
    # function word or an adverb; a verb after its subject opens none, nor does its object ("part")
    ("Ukraine's forces now hold part of the region.", ["Ukraine's", "forces", "region"]),
    ("The rebels still hold 300 square kilometres of farmland.", ["rebels", "300", "square", "kilometres",
                                                                  "farmland"]),
    ("A force that holds the town was sent.", ["force", "town"]),
    # a number or an ordinal in the phrase is its value, not a name of the thing; the phrase goes on
    ("The quarterback threw a seven-yard pass in the second quarter.", ["quarterback", "pass", "quarter"]),
    # no phrase runs through a question word, an adverb of time or a common verb in the past
    ("The main reason why was the weather. The hosts took the lead later.", ["main", "reason", "weather", "hosts",
                                                                             "lead"]),
    # a word right before a determiner or a possessive is a verb with its object, not a noun
    ("The early edge became a tie in the second period.", ["early", "edge", "tie", "period"]),
    ("Only the ferry crew kept their jobs.", ["ferry", "crew", "jobs"]),
    # ... unless it is a noun of time or a time follows it ("the day the bridge opened", "the final the next day")
    ("On the day the bridge opened, crowds came.", ["day", "bridge"]),
    ("They lost the final the next day.", ["final", "day"]),
    # a word that says a run ("fifth straight", "consecutive") goes on with the phrase and names nothing
    ("The club won its fifth straight title and its third consecutive cup.", ["club", "title", "cup"]),
])
def test_the_words_that_read_as_nouns(text, nouns):
    got = sorted(noun_offsets(text, 0, len(text)))
    assert [re.match(r"[\w'’]+", text[k:]).group(0) for k in got] == [n for n in nouns if not n.isdigit()]


# ------------------------------------------------------------------ findings

def _one_tracked(figs, arts, dups=None):
    led = ledger("s", figs, {x.id: x for x in arts}, dups)
    assert len(led.tracked) == 1, [t.label for t in led.tracked]
    return led, led.tracked[0]


def test_a_figure_reported_once_is_single_not_agree():
    a = _art("Police arrested 65 people in the city.")
    led, tf = _one_tracked([_fig(a, "65", 65, 65, "people arrested", "arrested", "police")], [a])
    [f] = led.findings
    assert f.kind == "single" and folded(f) and f.reasons


@pytest.mark.parametrize("sources, phrase, origins", [
    (("the police", "the police", "the police"), "12 is reported by 3 articles, all citing the police", 1),
    (("the police", "the mayor", "the fire service"), "confirmed by 3 independent articles (", 3),
    # spellings of one source are one origin: a short form, a name another holds word for word
    (("The Harbour Fire Dept", "Harbour Fire Department", "the fire department"), "all citing", 1),
    (("the fire department", "the police department", "the mayor"), "confirmed by 3 independent articles (", 3),
])
def test_agreement_counts_independent_origins(sources, phrase, origins):
    arts = [_art(f"Police said 12 people were arrested in the city, report {i}.") for i in range(3)]
    figs = [_fig(x, "12", 12, 12, "people arrested", "arrested", s) for x, s in zip(arts, sources, strict=True)]
    led, tf = _one_tracked(figs, arts)
    [agree] = led.findings
    assert agree.kind == "agree" and phrase in agree.sentence
    assert f"{origins} independent origin" in agree.reasons[0]


def test_copies_of_one_article_are_one_report():
    a = _art("Police said 12 people were arrested in the city.")
    b = _art("Police said 12 people were arrested in the city. Republished.")
    figs = [_fig(a, "12", 12, 12, "people arrested", "arrested", "police"),
            _fig(b, "12", 12, 12, "people arrested", "arrested", "police")]
    led, tf = _one_tracked(figs, [a, b], [(a.id, b.id, "syndicated")])
    assert [f.kind for f in led.findings] == ["single"]
    # the copy is cited as evidence beside the original, with its source and date
    [single] = led.findings
    assert [f.article_id for f in single.figures] == [a.id, b.id]
    assert len(single.sources) == len(single.dates) == 2


def test_an_agreement_cites_copies_but_counts_origins():
    a = _art("Police said 12 people were arrested in the city.")
    b = _art("Police said 12 people were arrested in the city. Republished.")
    c = _art("The mayor said 12 people were arrested downtown.")
    figs = [_fig(a, "12", 12, 12, "people arrested", "arrested", "police"),
            _fig(b, "12", 12, 12, "people arrested", "arrested", "police"),
            _fig(c, "12", 12, 12, "people arrested", "arrested", "mayor")]
    led, tf = _one_tracked(figs, [a, b, c], [(a.id, b.id, "rewrite")])
    [agree] = [f for f in led.findings if f.kind == "agree"]
    assert {f.article_id for f in agree.figures} == {a.id, b.id, c.id}
    assert "2 independent articles" in agree.sentence


@pytest.mark.parametrize("v1, d1, v2, d2, kind", [
    (5, "2024-11-08", 6, "2024-11-08", "conflict"),    # same day, incompatible: a conflict
    (5, "2024-11-08", 5, "2024-11-09", "agree"),       # the same value
    (50, "2024-11-08", 500, "2024-11-11", "update"),   # a tenfold rise in three days: time explains it
    (30, "2024-11-08", 3000, "2024-11-09", "conflict"),  # a hundredfold in one day: it does not
])
def test_conflict_only_when_time_does_not_explain(v1, d1, v2, d2, kind):
    a = _art(f"Officials said {v1} people were arrested in the city.", d1)
    b = _art(f"The governor said {v2} people were arrested in the city.", d2)
    figs = [_fig(a, str(v1), v1, v1, "people arrested", "arrested", "officials"),
            _fig(b, str(v2), v2, v2, "people arrested", "arrested", "the governor")]
    led, tf = _one_tracked(figs, [a, b])
    assert kind in [f.kind for f in led.findings]
    assert ("conflict" in [f.kind for f in led.findings]) is (kind == "conflict")


@pytest.mark.parametrize("text, qtext, earlier", [
    ("Earlier reports had put the toll at 40.", "40", True),
    ("The girl was earlier said to have been six years old.", "six", True),
    ("The toll was initially estimated at 12.", "12", True),
    ("He revealed the letter just nine days earlier.", "nine", False),  # an offset, not an earlier report
    ("The toll stands at 40.", "40", False),
])
def test_a_figure_given_as_an_earlier_report_holds_before_the_article(text, qtext, earlier):
    a = _art(text, "2024-11-20")
    f = _fig(a, qtext, 1, 1, "toll", "killed")
    assert stated_earlier(f, a) is earlier
    assert figure_date(f, a) == ("2024-11-19" if earlier else "2024-11-20")


@pytest.mark.parametrize("t1, q1, v1, t2, q2, v2, tracked", [
    # two vague words alike, sentences that share nothing but the counted noun: two crowds
    ("Thousands of supporters sang outside the arena downtown.", "Thousands", (2000, 9999),
     "In the old harbour district, thousands of supporters danced until dawn.", "thousands", (2000, 9999), 2),
    ("Dozens of volunteers cleared the beach at sunrise.", "Dozens", (24, 99),
     "Across the valley dozens of volunteers rebuilt a barn.", "dozens", (24, 99), 2),
    # the same value as a number: one figure, as before
    ("About 3,000 supporters sang outside the arena downtown.", "About 3,000", (3000, 3000),
     "In the old harbour district, about 3,000 supporters danced until dawn.", "about 3,000", (3000, 3000), 1),
    # two vague words whose sentences tell of one crowd: one figure
    ("Thousands of supporters marched from the station to the stadium on Saturday.", "Thousands", (2000, 9999),
     "On Saturday thousands of supporters marched from the station to the stadium.", "thousands", (2000, 9999), 1),
])
def test_two_vague_words_alike_are_no_evidence_of_one_figure(t1, q1, v1, t2, q2, v2, tracked):
    a, b = _art(t1, "2024-11-08"), _art(t2, "2024-11-08")
    figs = [_fig(a, q1, *v1, "supporters", "supporter", approx=True), _fig(b, q2, *v2, "supporters", "supporter", approx=True)]
    assert [vague_value(f) for f in figs] == [v1[1] / v1[0] >= 2] * 2
    al = align_figures("s", figs, {x.id: x for x in (a, b)})
    assert len(al.tracked) == tracked, [t.label for t in al.tracked]


def _dated_by_phrase(fig, article, when, granularity="week"):
    """``fig`` with the time phrase ``when`` of its sentence as the time it refers to."""
    at = article.text.index(when)
    return replace(fig, refers_to=TimeRef(when, at, at + len(when), "2024-11-11", granularity, True))


@pytest.mark.parametrize("text, qtext, unit, size", [
    # the size of a thing, told before its noun: what the thing is, not what happened then
    ("The hiker slid into a 90-foot-deep ravine last week.", "90-foot", "ft", True),
    ("Crews lowered a camera into the 25-metre pipe last week.", "25-metre", "m", True),
    ("The ferry left its 3-km pier last week.", "3-km", "km", True),
    # a size the clause states of its time, a speed, a length of time, a count: dated by the clause
    ("The river rose to 4 metres last week.", "4 metres", "m", False),
    ("The army took 300 square kilometres last week.", "300 square kilometres", "km2", False),
    ("She threw a 98-mph pitch last week.", "98-mph", "mph", False),
    ("The town held a 3-day fair last week.", "3-day", "day", False),
    ("Police arrested 12 people last week.", "12", None, False),
])
def test_the_size_of_a_thing_is_not_dated_by_its_clause(text, qtext, unit, size):
    a = _art(text, "2024-11-20")
    f = _dated_by_phrase(_fig(a, qtext, 1, 1, "size", "distance", unit=unit), a, "last week")
    assert size_of_thing(f, a) is size
    assert figure_date(f, a) == ("2024-11-20" if size else "2024-11-11")


@pytest.mark.parametrize("phrase, head, unit, told", [
    ("final matches on the road", "match", None, ("final matches on the road", "")),
    ("ballots of the rural counties", "ballot", None, ("ballots of the rural counties", "")),
    ("odds of taking the seat", "percent", "%", ("odds of taking the seat", "")),
    # the head again, a unit, a verb: nothing the label does not say
    ("percent backing", "percent", "%", ("", "")),
    ("matches", "match", None, ("", "")),
    ("ft", "distance", "ft", ("", "")),
    ("dollars", "money", "USD", ("", "")),
    ("duration spent", "duration", "day", ("", "")),
    ("duration met", "duration", "hour", ("", "")),
    # a past participle after the head says what was done to the thing
    ("area seized", "area", "km2", ("", "seized")),
    ("money raised", "money", "USD", ("", "raised")),
    ("", "money", "USD", ("", "")),
])
def test_a_label_names_the_thing_not_the_head_again_nor_a_verb(phrase, head, unit, told):
    assert thing_phrase(phrase, head, unit) == told


def test_tracked_figure_labels_never_repeat_the_unit_nor_take_a_verb():
    a = _art("The fund raised 40 percent of its goal from small donors. "
             "Big donors said 60 percent backing the plan came late.", "2024-11-08")
    b = _art("Small donors gave 40 percent of the goal, the fund said.", "2024-11-08")
    figs = [_fig(a, "40 percent", 40, 40, "percent", "percent", unit="%"),
            _fig(a, "60 percent", 60, 60, "percent backing", "percent", "big donors", unit="%"),
            _fig(b, "40 percent", 40, 40, "percent", "percent", unit="%")]
    al = align_figures("s", figs, {x.id: x for x in (a, b)})
    labels = [t.label for t in al.tracked]
    assert len(labels) == 2 and all("backing" not in x and x.count("percent") == 1 for x in labels), labels


def test_an_earlier_report_then_the_article_own_figure_is_an_update():
    a = _art("Officials said the shaft was 40 metres deep.", "2024-11-08")
    b = _art("Rescuers said the shaft was 40 metres deep.", "2024-11-08")
    c = _art("The shaft is 80 metres deep, state media said. Earlier reports had put it at 40 metres.",
             "2024-11-11")
    figs = [_fig(a, "40 metres", 40, 40, "distance", "distance", "officials", unit="m"),
            _fig(b, "40 metres", 40, 40, "distance", "distance", "rescuers", unit="m"),
            _fig(c, "80 metres", 80, 80, "distance", "distance", "state media", unit="m"),
            _fig(c, "40 metres", 40, 40, "distance", "distance", unit="m")]
    led, tf = _one_tracked(figs, [a, b, c])
    kinds = [f.kind for f in led.findings]
    assert "update" in kinds and "conflict" not in kinds and "outlier" not in kinds


@pytest.mark.parametrize("lone_source, kinds", [
    # the club's article gives 8 and, elsewhere, 1: it speaks of two things, not against the others
    ("the club", []),
    # another source in that article gives 1: a disagreement
    ("a witness", ["outlier"]),
])
def test_one_voice_giving_two_values_takes_no_side(lone_source, kinds):
    a = _art(f"The club said 8 members were arrested. {lone_source.capitalize()} said 1 member was arrested.",
             "2024-11-08")
    others = [_art(f"Police said 8 members were arrested, report {i}.", "2024-11-08") for i in range(3)]
    figs = [_fig(a, "8", 8, 8, "members arrested", "arrested", "the club"),
            _fig(a, "1", 1, 1, "members arrested", "arrested", lone_source)]
    figs += [_fig(x, "8", 8, 8, "members arrested", "arrested", f"police {i}") for i, x in enumerate(others)]
    arts = {x.id: x for x in (a, *others)}
    tf = _tracked("arrested", figs)
    assert [f.kind for f in findings(tf, arts) if f.kind in ("outlier", "conflict")] == kinds
    ctx = finding_context(tf, arts, {})
    kept = disagreeing(sorted(ctx.reports, key=lambda r: r.point), ctx.params)
    assert (1.0 in [r.low for r in kept]) is bool(kinds)


@pytest.mark.parametrize("lone_source, kinds", [
    # the paper's own words give 2 beside the 9 the inspector gives: a part of the 9, no dispute
    (None, []),
    # a source it cites gives 2: that source stands against the others
    ("a neighbour", ["outlier"]),
])
def test_an_article_giving_the_main_value_does_not_stand_against_it(lone_source, kinds):
    said = f"{lone_source.capitalize()} said 2 workers were arrested." if lone_source else \
        "At the north gate 2 workers were arrested."
    a = _art(f"The inspector said 9 workers were arrested at the depot. {said}", "2024-11-08")
    others = [_art(f"Officials said 9 workers were arrested at the depot, note {i}.", "2024-11-08") for i in range(3)]
    figs = [_fig(a, "9", 9, 9, "workers arrested", "arrested", "the inspector"),
            _fig(a, "2", 2, 2, "workers arrested", "arrested", lone_source)]
    figs += [_fig(x, "9", 9, 9, "workers arrested", "arrested", f"officials {i}") for i, x in enumerate(others)]
    arts = {x.id: x for x in (a, *others)}
    tf = _tracked("arrested", figs)
    assert [f.kind for f in findings(tf, arts) if f.kind in ("outlier", "conflict")] == kinds
    ctx = finding_context(tf, arts, {})
    lone = next(r for r in ctx.reports if r.low == 2)
    main = [r for r in ctx.reports if r.low == 9]
    assert tells_main_too(lone, main, arts) is (lone_source is None)


@pytest.mark.parametrize("head, kind", [
    ("males", "man"), ("men", "man"), ("woman", "woman"), ("female", "woman"), ("child", "child"),
    ("officer", "officer"),
    # nouns of whoever was hurt, or of the harm alone: no kind of person
    ("patients", None), ("people", None), ("person", None), ("victims", None), ("wounded", None),
    ("injured", None), ("", None),
])
def test_kind_of_person(head, kind):
    assert kind_of_person(head) == kind


@pytest.mark.parametrize("t2, r2, one, kinds", [
    # a count of those hurt to one grade, with whatever noun: one measure, and its values disagree
    ("Doctors said two patients remain in critical condition.", ("two", "patients", "patient", "doctors"),
     True, ["conflict"]),
    ("Doctors said two men were critically injured.", ("two", "men", "man", "doctors"), True, ["conflict"]),
    # two kinds of people hurt that gravely: two parts of them, left to the sentences
    ("Doctors said two women were critically injured.", ("two", "women", "woman", "doctors"), False, []),
    # no grade: the count of all the wounded, another measure
    ("Doctors said two men were injured.", ("two", "men", "man", "doctors"), False, []),
])
def test_counts_of_one_grade_of_harm_are_one_measure(t2, r2, one, kinds):
    a = _art("The fire chief said one man suffered life-threatening injuries at the plant.", "2024-11-08")
    b = _art(t2, "2024-11-08")
    q, measure, head, source = r2
    figs = [_fig(a, "one", 1, 1, "man", "man", "the fire chief"), _fig(b, q, 2, 2, measure, head, source)]
    arts = {x.id: x for x in (a, b)}
    al = align_figures("s", figs, arts)
    assert (len(al.tracked) == 1) is one
    led = ledger("s", figs, arts)
    assert [f.kind for f in led.findings if f.kind in ("conflict", "outlier")] == kinds
    ms = [measure_of(f, arts[f.article_id]) for f in figs]
    assert one_grade_of_harm(figs, ms) is one


@pytest.mark.parametrize("v1, d1, v2, d2, grows", [
    (40, "2024-11-08", 500, "2024-11-11", True),    # more rescuers as days pass
    (500, "2024-11-08", 40, "2024-11-11", False),   # a count that falls is no such evidence
    (40, "2024-11-08", 60, "2024-11-08", False),    # the same day: a disagreement, not a rise
    (40, "2024-11-08", 50000, "2024-11-09", False),  # a thousandfold in a day: not one count
])
def test_a_count_rising_over_time(v1, d1, v2, d2, grows):
    a = _art(f"More than {v1} rescuers were at the site.", d1)
    b = _art(f"Some {v2} rescuers have joined the search.", d2)
    fa, fb = _fig(a, str(v1), v1, v1, "rescuers", "rescuer"), _fig(b, str(v2), v2, v2, "rescuers", "rescuer")
    arts = {a.id: a, b.id: b}
    assert grows_over_time(fa, fb, arts) is grows and grows_over_time(fb, fa, arts) is grows
    # a specific head with no party: a rising count is one tracked figure, an update
    led = ledger("s", [fa, fb], arts)
    assert (len(led.tracked) == 1 and "update" in [f.kind for f in led.findings]) is grows


@pytest.mark.parametrize("place_a, place_b, kind", [
    ("Leeds", "York", "scope"),       # counted in different places: not like for like
    ("Leeds", "Leeds", "conflict"),   # the same place: a disagreement
])
def test_values_counted_in_different_places_are_a_scope_finding(place_a, place_b, kind):
    a = _art(f"Officials said 12 people were arrested in {place_a} on Monday.", "2024-11-08")
    b = _art(f"Police said 40 people were arrested in {place_b} on Monday.", "2024-11-08")
    figs = [_fig(a, "12", 12, 12, f"people arrested in {place_a}", "arrested", "officials"),
            _fig(b, "40", 40, 40, f"people arrested in {place_b}", "arrested", "police")]
    arts = {a.id: a, b.id: b}
    tf = _tracked("arrested", figs)
    kinds = [f.kind for f in findings(tf, arts)]
    assert kind in kinds and ({"scope", "conflict"} - {kind}).isdisjoint(kinds)


@pytest.mark.parametrize("v2, q2, d2, one", [
    (85, "85 hours", "2024-11-10", True),    # 50 hours on the 8th, 85 on the 10th: the same search going on
    (100, "100 hours", "2024-11-11", True),
    (2, "two hours", "2024-11-10", False),   # another length of time
    (60, "60 hours", "2024-11-08", False),   # the same day: compared as they are
])
def test_lengths_of_time_from_one_start(v2, q2, d2, one):
    a = _art("The boy has been trapped for 50 hours, rescuers said.", "2024-11-08")
    b = _art(f"Crews have been searching for the boy for {q2}, officials said.", d2)
    fa = _fig(a, "50 hours", 50, 50, "duration", "duration", "rescuers", unit="hour")
    fb = _fig(b, q2, v2, v2, "duration", "duration", "officials", unit="hour")
    arts = {a.id: a, b.id: b}
    assert same_start(fa, fb, measure_of(fa, a), measure_of(fb, b), arts) is one
    if one:
        kinds = [f.kind for f in ledger("s", [fa, fb], arts).findings]
        assert "update" in kinds and "conflict" not in kinds


@pytest.mark.parametrize("t2, kinds", [
    # a generic measure linked only through others: the two sentences say nothing in common
    ("Fans queued for 20 minutes outside the box office, police said.", []),
    # the sentences match: a disagreement
    ("The rain delay at the stadium lasted 20 minutes on Sunday, police said.", ["conflict"]),
])
def test_a_conflict_on_a_generic_measure_needs_direct_evidence(t2, kinds):
    assert _kinds_of_two("The rain delay at the stadium lasted 11 minutes on Sunday, officials said.",
                         ("11 minutes", 11, 11, "duration", "officials"),
                         t2, ("20 minutes", 20, 20, "duration", "police"), "duration", unit="minute") == kinds


@pytest.mark.parametrize("text, qtext, measure, predicate", [
    ("The crates were packed with nine rifles, customs officers said.", "nine", "rifles", "pack"),
    ("Nine rifles were seized at the border crossing.", "Nine", "rifles", "seiz"),
    ("Two barns were completely flattened by the storm.", "Two", "barns", "destroyed"),
    ("The storm razed three barns near the river.", "three", "barns", "destroyed"),
    ("Seven barns were damaged in the storm.", "Seven", "barns", "damaged"),
    ("Two shells hit the depot on Tuesday.", "Two", "shells", "struck"),
    ("The depot was struck by two shells on Tuesday.", "two", "shells", "struck"),
    ("Eleven workers who were hurt were taken to hospital.", "Eleven", "workers", "wounded"),
    ("Some 12 tractors and 30 trucks are being used at the farm.", "Some 12", "tractors", "deployed"),
    ("More than 40 tractors have been sent to the farm.", "More than 40", "tractors", "deployed"),
    # people in a state an event left them in: what the verb tells of them, else that event
    ("Police said eight refugees were detained at the border.", "eight", "refugees", "arrested"),
    ("Some 300 refugees fled the town.", "Some 300", "refugees", "evacuated"),
    # an adjective after a determiner is passed over to the verb
    ("The club spent a staggering $40 million on the striker.", "$40 million", "money", "spent"),
    # a light verb, a compound, an attempt or no verb next to the number say nothing
    ("He had 31 rebounds in the final.", "31", "rebounds", None),
    ("The crew lowered a 40-metre-long cable into the shaft.", "40-metre", "m", None),
    ("About 30 volunteers are hoping to find the dog.", "About 30", "volunteers", None),
    ("There were nine rifles in the crates.", "nine", "rifles", None),
    ("In the crates, nine rifles, two pistols and ammunition.", "nine", "rifles", None),
])
def test_the_predicate_is_the_verb_that_counts_a_figure(text, qtext, measure, predicate):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, measure, measure.rstrip("s"))
    assert measure_of(f, a).predicate == predicate


@pytest.mark.parametrize("t2, kinds", [
    ("Police said the crates were packed with 14 rifles.", ["conflict"]),  # the same verb
    ("Police said 14 rifles were fired at the convoy.", []),  # packed is not fired: two things counted
    ("Police said there were 14 rifles in the crates.", []),  # no verb: no evidence of one thing
])
def test_a_conflict_of_counts_needs_the_same_predicate(t2, kinds):
    assert _kinds_of_two("Customs officers said the crates were packed with nine rifles.",
                         ("nine", 9, 9, "rifles", "customs officers"),
                         t2, ("14", 14, 14, "rifles", "police"), "rifle") == kinds


@pytest.mark.parametrize("third, kinds", [
    # counts in two named places beside one that names none: parts and a whole, no conflict shown
    ("Medics said the second blast killed 18 people in York.", []),
    # one place named, the others naming none: one count, told apart
    ("Medics said the blast killed 18 people in Leeds.", ["conflict"]),
])
def test_counts_in_two_places_are_no_conflict(third, kinds):
    arts = [_art("Police said the blast killed 12 people in Leeds.", "2024-11-08"),
            _art("Officials said the blasts killed 30 people.", "2024-11-08"),
            _art(third, "2024-11-08")]
    figs = [_fig(a, q, v, v, "people", "people", src) for a, q, v, src in
            zip(arts, ["12", "30", "18"], [12, 30, 18], ["police", "officials", "medics"], strict=True)]
    assert _kinds(figs, arts, "people") == kinds


@pytest.mark.parametrize("t2, q2, value, source2, kinds", [
    ("Guards said 40 refugees were detained at the border.", "40", 40, "guards", ["conflict"]),  # the same verb
    ("The mayor said the town took in 400 refugees.", "400", 400, "the mayor", []),  # detained is not taken in
])
def test_refugees_are_counted_by_what_is_told_of_them(t2, q2, value, source2, kinds):
    assert _kinds_of_two("Police said eight refugees were detained at the border.",
                         ("eight", 8, 8, "refugees", "police"),
                         t2, (q2, value, value, "refugees", source2), "refugee") == kinds


@pytest.mark.parametrize("verb2, agrees, conflicts", [
    ("fired at the convoy", ["9", "14"], 0),  # two counts of two things: each agrees on its value
    ("packed in the crates", ["9", "14"], 1),  # one thing: a conflict, each side agreeing on its value
])
def test_each_band_several_articles_give_agrees_when_no_conflict_is_shown(verb2, agrees, conflicts):
    arts = [_art("Customs officers said nine rifles were packed in the crates.", "2024-11-08"),
            _art("Port staff said nine rifles were packed in the crates.", "2024-11-08"),
            _art(f"Police said 14 rifles were {verb2}.", "2024-11-08"),
            _art(f"Soldiers said 14 rifles were {verb2}.", "2024-11-08")]
    figs = [_fig(a, q, v, v, "rifles", "rifle", src) for a, q, v, src in
            zip(arts, ["nine", "nine", "14", "14"], [9, 9, 14, 14],
                ["customs officers", "port staff", "police", "soldiers"], strict=True)]
    tf = _tracked("rifle", figs)
    found = findings(tf, {a.id: a for a in arts})
    agree = [f for f in found if f.kind == "agree"]
    assert sorted(f.sentence.split("about ")[1].split(",")[0] for f in agree) == sorted(agrees)
    assert all(("one side of a disagreement" in f.sentence) is bool(conflicts) for f in agree)
    assert len([f for f in found if f.kind == "conflict"]) == conflicts


@pytest.mark.parametrize("t2, q2, low, high, kinds", [
    ("The mayor said ten barns were razed by the storm.", "ten", 10, 10, ["conflict"]),  # one class of verb
    ("The mayor said ten barns were damaged by the storm.", "ten", 10, 10, []),  # flattened is not damaged
    ("The mayor said several barns were flattened by the storm.", "several", 3, 9, []),  # vague: no side
])
def test_verbs_of_one_class_count_one_thing_and_a_vague_report_takes_no_side(t2, q2, low, high, kinds):
    assert _kinds_of_two("Two barns were completely flattened by the storm, the council said.",
                         ("Two", 2, 2, "barns", "the council"),
                         t2, (q2, low, high, "barns", "the mayor"), "barn") == kinds


@pytest.mark.parametrize("t2, kinds", [
    ("The council said 30 barns had been flattened by the storm.", ["update"]),
    ("The council said 30 barns had been damaged by the storm.", []),  # another count, not a revision
])
def test_an_update_needs_no_contrary_predicate(t2, kinds):
    a = _art("The council said two barns had been flattened by the storm.", "2024-11-08")
    b = _art(t2, "2024-11-10")
    figs = [_fig(a, "two", 2, 2, "barns", "barn", "the council"),
            _fig(b, "30", 30, 30, "barns", "barn", "the council")]
    assert _kinds(figs, [a, b], "barn", keep=("update", "conflict", "outlier")) == kinds


@pytest.mark.parametrize("t2, kinds", [
    ("Organisers said the queue stretched for 900 metres on Wednesday.", ["update"]),  # the same verb
    ("Organisers said the parade covered 900 metres on Wednesday.", []),  # a length of another thing
    ("Organisers said the queue was 900 metres on Wednesday.", []),  # matching words, no verb: not enough
])
def test_an_update_of_a_generic_measure_needs_evidence_of_one_measure(t2, kinds):
    a = _art("Organisers said the queue stretched for 200 metres on Monday.", "2024-11-04")
    b = _art(t2, "2024-11-06")
    figs = [_fig(a, "200 metres", 200, 200, "distance", "distance", "organisers", unit="metre"),
            _fig(b, "900 metres", 900, 900, "distance", "distance", "organisers", unit="metre")]
    assert _kinds(figs, [a, b], "distance", unit="metre", keep=("update", "conflict", "outlier")) == kinds


@pytest.mark.parametrize("text, qtext, other", [
    ("Three people died when another market was shelled.", "Three", True),
    ("In an earlier raid, two men were killed.", "two", True),
    ("Hours before, two men were killed near the bridge.", "two", True),
    ("Two men were killed in a separate attack.", "Two", True),
    ("Another 20 people were hurt in the blast.", "Another 20", False),  # more on top: a part
    ("Two men were killed near the bridge.", "Two", False),
    ("Another of the injured died on Friday.", "Another", False),
])
def test_another_occasion(text, qtext, other):
    a = _art(text)
    assert other_occasion(_fig(a, qtext, 1, 1, "people", "people"), a) is other


@pytest.mark.parametrize("text, qtext, since", [
    ("He was arrested three times since October for theft.", "three", "october"),
    ("She has scored 12 goals since 2019 for the club.", "12", "2019"),
    ("She has scored 12 goals since joining the club.", "12", None),  # no moment named
    ("He was arrested three times for theft.", "three", None),
])
def test_a_count_since_a_moment(text, qtext, since):
    a = _art(text)
    assert counted_since(_fig(a, qtext, 1, 1, "times", "time"), a) == since


@pytest.mark.parametrize("t2, kinds", [
    ("The sheriff said 40 people were killed in the flood at the mill.", ["conflict"]),
    ("The sheriff said 40 people were killed when another dam burst.", []),  # another occasion
])
def test_a_figure_of_another_occasion_is_no_side_of_a_conflict(t2, kinds):
    assert _kinds_of_two("Officials said 12 people were killed in the flood at the mill.",
                         ("12", 12, 12, "people killed", "officials"),
                         t2, ("40", 40, 40, "people killed", "the sheriff"), "killed") == kinds


@pytest.mark.parametrize("t2, kinds", [
    ("Court papers show he was arrested five times for theft.", ["conflict"]),
    ("Court papers show he was arrested five times since June for theft.", []),  # another scope
])
def test_a_count_since_a_moment_is_no_side_against_a_count_of_all_time(t2, kinds):
    assert _kinds_of_two("Police said he was arrested twice for theft.", ("twice", 2, 2, "times arrested", "police"),
                         t2, ("five", 5, 5, "times arrested", "court papers"), "arrested") == kinds


@pytest.mark.parametrize("text, qtext, cause", [
    ("Four guards were killed by friendly fire near the gate.", "Four", "friendly fire"),
    ("Two hikers died in a landslide near the pass.", "Two", "landslide"),
    ("Six villagers were killed in an airstrike at dawn.", "Six", "airstrike"),
    ("Three medics were wounded by shrapnel from a shell.", "Three", "shrapnel"),
    ("Nine drivers were arrested for drunk driving.", "Nine", "drunk driving"),
    ("Seven miners died of burns overnight.", "Seven", "burn"),
    ("Eight guards were killed in fighting in the north.", "Eight", "fighting"),
    ("The four guards killed by friendly fire were hit when a mortar struck the gate.", "four", "friendly fire"),
    ("Four guards were killed.", "Four", None),
    ("Four guards were killed in Westland.", "Four", None),  # a place, not a cause
    ("Four guards were killed in the attack.", "Four", None),  # the story's own event
    ("Four guards were killed by the gunman.", "Four", None),
    ("Four guards were killed in 2019.", "Four", None),  # a time
    ("Four guards were killed on Tuesday.", "Four", None),
    ("Four guards were killed in recent days.", "Four", None),
    ("Four guards were killed in the morning.", "Four", None),
    ("Four guards were killed in total.", "Four", None),  # an amount
    ("Four guards were killed in two blasts.", "Four", None),
    ("Four guards died of their wounds.", "Four", None),
    ("Four families were evacuated from homes.", "Four", None),  # not an event a cause narrows
    ("Four guards, who were killed by gunfire, were named.", "Four", None),  # another clause
    ("Four guards arrived at the gate and were later killed by gunfire.", "Four", None),  # too far
])
def test_a_count_narrowed_by_its_cause(text, qtext, cause):
    a = _art(text)
    assert counted_by(_fig(a, qtext, 1, 1, "people", "people"), a) == cause


@pytest.mark.parametrize("t1, t2, kinds", [
    ("Officials said five guards were killed at the depot.", "The army said four guards were killed at the depot.",
     ["conflict"]),
    # a part (killed one way) against the whole: a scope, not a conflict
    ("Officials said five guards were killed at the depot.",
     "The army said four guards were killed by friendly fire at the depot.", ["scope"]),
    # two different causes
    ("Officials said five guards were killed by gunfire at the depot.",
     "The army said four guards were killed by friendly fire at the depot.", ["scope"]),
    # one cause on both sides: still one measure
    ("Officials said five guards were killed by friendly fire at the depot.",
     "The army said four guards were killed by friendly fire at the depot.", ["conflict"]),
])
def test_a_count_narrowed_by_its_cause_is_a_part_not_a_side_of_a_conflict(t1, t2, kinds):
    assert _kinds_of_two(t1, ("five", 5, 5, "guards killed", "officials"),
                         t2, ("four", 4, 4, "guards killed", "the army"),
                         "killed", keep=("conflict", "outlier", "scope")) == kinds


@pytest.mark.parametrize("t3, kinds", [
    # a report of the same value that names the cause narrows its band
    ("Two reporters said four guards were killed by friendly fire at the depot.", ["scope"]),
    ("Two reporters said four guards were killed at the depot.", ["conflict"]),
])
def test_a_band_takes_the_one_cause_its_reports_name(t3, kinds):
    a = _art("Officials said five guards were killed at the depot.", "2024-11-08")
    b = _art("A truck hit a checkpoint near the depot, killing four guards.", "2024-11-08")
    c = _art(t3, "2024-11-08")
    figs = [_fig(a, "five", 5, 5, "guards killed", "killed", "officials"),
            _fig(b, "four", 4, 4, "guards killed", "killed", "the army"),
            _fig(c, "four", 4, 4, "guards killed", "killed", "reporters")]
    tf = _tracked("killed", figs)
    arts = {a.id: a, b.id: b, c.id: c}
    assert [f.kind for f in findings(tf, arts) if f.kind in ("conflict", "outlier", "scope")] == kinds


@pytest.mark.parametrize("text, qtext, ordinal, compound, role", [
    ("The patch covers versions 4, 5, 6 and 7 of the browser.", "5", True, False, None),
    ("Flights 12, 14 or 16 were cancelled.", "16", True, False, None),
    ("About 5 flights were cancelled on Monday.", "5", False, False, None),
    ("Ten passengers, 4 crew and 2 pilots were on board.", "4", False, False, None),  # counts of three things
    ("The bomb hit a 300-seat hall in the town.", "300", False, True, None),
    ("The bomb hit a hall with 300 seats in the town.", "300", False, False, None),
    ("She worked seven seasons as an assistant at the academy.", "seven", False, False, "assistant"),
    ("He spent seven seasons as the club's coach.", "seven", False, False, "club coach"),
    ("He spent seven seasons in the city as a player.", "seven", False, False, None),  # not right after it
    ("She waited seven hours as of Monday.", "seven", False, False, None),
])
def test_a_listed_number_names_an_item_and_a_compound_or_a_role_is_a_scope(text, qtext, ordinal, compound, role):
    a = _art(text)
    m = measure_of(_fig(a, qtext, 1, 1, "things", "thing"), a)
    assert (m.ordinal, m.compound, m.role) == (ordinal, compound, role)


@pytest.mark.parametrize("t1, q1, kinds", [
    ("The council said 200 pupils were in the school that day.", "200", ["update"]),
    ("The council said a shell hit the 200-pupil school that day.", "200", []),  # the school's size
    ("The council said 200 pupils as its guests were in the school.", "200", []),  # another role
])
def test_a_compound_or_a_role_is_no_update_of_a_count(t1, q1, kinds):
    a = _art(t1, "2024-11-08")
    b = _art("The council said 300 pupils were in the school that day.", "2024-11-10")
    figs = [_fig(a, q1, 200, 200, "pupils", "pupil", "the council"),
            _fig(b, "300", 300, 300, "pupils", "pupil", "the council")]
    assert _kinds(figs, [a, b], "pupil", keep=("update", "conflict", "outlier")) == kinds


@pytest.mark.parametrize("early_high, partly_update", [
    (False, True),  # 20 on the 8th, then 60 on the 10th: partly an update
    (True, False),  # 60 was also given on the 8th: it is one side, not a later value
])
def test_a_partial_update_needs_a_value_not_given_before(early_high, partly_update):
    rows = [("Officials said 20 people were killed in the blast.", "20", 20, "officials", "2024-11-08"),
            ("Medics said 60 people were killed in the blast.", "60", 60, "medics", "2024-11-10"),
            ("Witnesses said 5 people were killed in the blast.", "5", 5, "witnesses", "2024-11-08")]
    if early_high:
        rows[2] = ("Witnesses said 60 people were killed in the blast.", "60", 60, "witnesses", "2024-11-08")
    arts = [_art(t, d) for t, _, _, _, d in rows]
    figs = [_fig(a, q, v, v, "people killed", "killed", src) for a, (_, q, v, src, _) in zip(arts, rows, strict=True)]
    tf = _tracked("killed", figs)
    found = findings(tf, {a.id: a for a in arts})
    assert "conflict" in [f.kind for f in found]
    assert any(f.kind == "update" and "partly" in f.sentence for f in found) is partly_update


@pytest.mark.parametrize("text, qtext, measure, head, dimension", [
    ("She caught 12 passes for 150 yards.", "12", "passes for 150 yards", "pass", "count"),  # another number's unit
    ("The queue stretched 300 metres.", "300", "metres", "metre", "length"),
])
def test_the_unit_ending_a_measure_phrase_is_the_figures_only_without_another_number(text, qtext, measure, head,
                                                                                      dimension):
    a = _art(text)
    assert measure_of(_fig(a, qtext, 1, 1, measure, head), a).dimension == dimension


@pytest.mark.parametrize("text, part", [
    ("The club paid $40 million in cash for the stadium.", True),
    ("The buyer will pay $40 million in shares and the rest later.", True),
    ("The club paid $40 million in March for the stadium.", False),
    ("The club paid $40 million for the stadium.", False),
])
def test_a_sum_paid_in_one_form_is_a_part(text, part):
    a = _art(text)
    f = _fig(a, "$40 million", 4e7, 4e7, "money", "money", unit="USD")
    assert measure_of(f, a).part is part


@pytest.mark.parametrize("v1, v2, kinds", [
    (12, 120, ["conflict"]),  # the same digits a power of ten apart: one may be a misprint
    (1, 100, []),             # one-digit values: the same digits say little
])
def test_the_same_digits_are_direct_evidence_from_ten_up(v1, v2, kinds):
    a = _art(f"A crowd of {v1} people gathered near the square, officials said.", "2024-11-08")
    b = _art(f"Witnesses at the station counted {v2} people on Sunday.", "2024-11-08")
    figs = [_fig(a, str(v1), v1, v1, "people", "people", "officials"),
            _fig(b, str(v2), v2, v2, "people", "people", "witnesses")]
    assert _kinds(figs, [a, b], "people") == kinds


@pytest.mark.parametrize("t1, kinds", [
    # a figure its sentence dates years before the article speaks of the past: no side of a conflict
    ("Officials said 2,000 people died in the 1998 floods in the valley.", []),
    ("Officials said 2,000 people died in the floods in the valley.", ["conflict"]),
])
def test_a_past_figure_is_no_side_of_a_present_conflict(t1, kinds):
    a = _art(t1, "2024-11-08")
    b = _art("Police said 40 people died in the floods in the valley.", "2024-11-08")
    fa = _fig(a, "2,000", 2000, 2000, "people died", "killed", "officials")
    if "1998" in t1:
        fa = _in_year(fa, a, "1998")
    fb = _fig(b, "40", 40, 40, "people died", "killed", "police")
    tf = _tracked("killed", (fa, fb))
    assert [f.kind for f in findings(tf, {a.id: a, b.id: b}) if f.kind in ("conflict", "outlier")] == kinds


def test_a_cited_source_giving_two_values_in_two_articles_takes_no_side():
    # the company gives 281 and 334 on one day, each quoted by another outlet: two amounts, not a dispute
    a = _art("The company said it made 281 sales on Monday.", "2024-11-08")
    b = _art("The company said it made 334 sales on Monday.", "2024-11-08")
    c = _art("An analyst said it made 281 sales on Monday.", "2024-11-08")
    figs = [_fig(a, "281", 281, 281, "sales", "sale", "the company"),
            _fig(b, "334", 334, 334, "sales", "sale", "the company"),
            _fig(c, "281", 281, 281, "sales", "sale", "an analyst")]
    arts = {x.id: x for x in (a, b, c)}
    tf = _tracked("sale", figs)
    assert not [f for f in findings(tf, arts) if f.kind in ("conflict", "outlier")]


@pytest.mark.parametrize("customs, one_article, cited", [
    # customs are quoted with nine rifles in one article and 14 in another: no side, but part of
    # the dispute between the police and the port, cited with it
    (True, False, 4),
    # one article giving both: one voice telling two things, not cited
    (True, True, 2),
    # no source quoted with both: the two sides alone
    (False, False, 2),
])
def test_a_source_quoted_with_both_values_is_cited_with_the_conflict(customs, one_article, cited):
    c = _art("Police said the crates were packed with nine rifles.", "2024-11-08")
    d = _art("The port said the crates were packed with 14 rifles.", "2024-11-08")
    figs = [_fig(c, "nine", 9, 9, "rifles", "rifle", "police"),
            _fig(d, "14", 14, 14, "rifles", "rifle", "the port")]
    arts = [c, d]
    if customs and one_article:
        a = _art("Customs said the crates were packed with nine rifles. Customs said the crates were packed "
                 "with 14 rifles.", "2024-11-08")
        figs += [_fig(a, "nine", 9, 9, "rifles", "rifle", "customs"),
                 _fig(a, "14", 14, 14, "rifles", "rifle", "customs")]
        arts.append(a)
    elif customs:
        a = _art("Customs said the crates were packed with nine rifles.", "2024-11-08")
        b = _art("Customs said the crates were packed with 14 rifles.", "2024-11-08")
        figs += [_fig(a, "nine", 9, 9, "rifles", "rifle", "customs"),
                 _fig(b, "14", 14, 14, "rifles", "rifle", "customs")]
        arts += [a, b]
    [found] = [f for f in findings(_tracked("rifle", figs), {x.id: x for x in arts}) if f.kind == "conflict"]
    assert len(found.figures) == cited
    assert ("customs is quoted with both" in found.sentence) is (cited == 4)


def test_ages_do_not_update():
    a = _art("A five-year-old boy fell into the shaft.", "2024-11-08")
    b = _art("The six-year-old boy was reached by rescuers.", "2024-11-10")
    figs = [_fig(a, "five-year-old", 5, 5, "age", "age", "officials", unit="year"),
            _fig(b, "six-year-old", 6, 6, "age", "age", "state media", unit="year")]
    led, tf = _one_tracked(figs, [a, b])
    assert [f.kind for f in led.findings] == ["conflict"]


def test_one_source_does_not_conflict_with_itself():
    a = _art("The minister said 18 staff were hired.", "2024-11-08")
    b = _art("The minister said 40 staff were hired.", "2024-11-08")
    figs = [_fig(a, "18", 18, 18, "staff hired", "staff", "the minister"),
            _fig(b, "40", 40, 40, "staff hired", "staff", "the minister")]
    led = ledger("s", figs, {x.id: x for x in (a, b)})
    assert not [f for f in led.findings if f.kind == "conflict"]


def test_updates_are_ordered_by_statement_time():
    days = ["2024-11-10", "2024-11-08", "2024-11-09"]
    vals = [90, 20, 45]
    arts = [_art(f"Rescuers said {v} people were evacuated from the valley.", d)
            for v, d in zip(vals, days, strict=True)]
    figs = [_fig(x, str(v), v, v, "people evacuated", "evacuated", f"source {i}")
            for i, (x, v) in enumerate(zip(arts, vals, strict=True))]
    led, tf = _one_tracked(figs, arts)
    [u] = [f for f in led.findings if f.kind == "update"]
    assert [f.quantity.text for f in u.figures] == ["20", "45", "90"]


def test_every_finding_has_a_confidence_and_reasons_and_ranking_puts_conflicts_first():
    a = _art("Officials said 5 people were arrested. Police said 40 people were hurt.", "2024-11-08")
    b = _art("The governor said 9 people were arrested. Medics said 40 people were hurt.", "2024-11-08")
    figs = [_fig(a, "5", 5, 5, "people arrested", "arrested", "officials"),
            _fig(b, "9", 9, 9, "people arrested", "arrested", "the governor"),
            _fig(a, "40", 40, 40, "people hurt", "wounded", "police"),
            _fig(b, "40", 40, 40, "people hurt", "wounded", "medics")]
    led = ledger("s", figs, {x.id: x for x in (a, b)})
    assert all(0 < f.confidence <= 1 and f.reasons for f in led.findings)
    assert [f.kind for f in rank_findings(led)] == ["conflict", "agree"]


def test_findings_of_a_tracked_figure_alone():
    a = _art("Officials said 12 people were arrested.")
    b = _art("Police said 12 people were arrested.")
    figs = [_fig(a, "12", 12, 12, "people arrested", "arrested", "officials"),
            _fig(b, "12", 12, 12, "people arrested", "arrested", "police")]
    led, tf = _one_tracked(figs, [a, b])
    assert [f.kind for f in findings(tf, {x.id: x for x in (a, b)})] == ["agree"]


def test_same_digits_a_power_of_ten_apart_are_one_figure_and_a_likely_misprint():
    a = _art("Officials said 11 million people were registered in the region.", "2024-11-08")
    b = _art("The agency said 11 people were registered in the region by the count.", "2024-11-08")
    figs = [_fig(a, "11 million", 11e6, 11e6, "people registered", "registered", "officials"),
            _fig(b, "11", 11, 11, "people registered", "registered", "the agency")]
    led, tf = _one_tracked(figs, [a, b])
    [c] = [f for f in led.findings if f.kind == "conflict"]
    assert "misprint" in c.sentence and c.factor == pytest.approx(1e6)


@pytest.mark.parametrize("odd, misprint_note", [("4,200,000", True), ("900,000", False)])
def test_an_outlier_of_the_same_digits_may_be_a_misprint(odd, misprint_note):
    arts = [_art(f"Officials at {w} said 420,000 files were copied.", "2024-11-08") for w in ("the port", "the bank",
                                                                                            "the mint")]
    arts.append(_art(f"A local paper said {odd} files were copied.", "2024-11-08"))
    value = float(odd.replace(",", ""))
    figs = [_fig(a, "420,000", 420000, 420000, "files copied", "file", f"officials {i}")
            for i, a in enumerate(arts[:3])]
    figs.append(_fig(arts[3], odd, value, value, "files copied", "file", "a local paper"))
    found = [f for f in findings(_tracked("file", figs), {a.id: a for a in arts}) if f.kind == "outlier"]
    assert len(found) == 1 and ("misprint" in found[0].sentence) is misprint_note

# ------------------------------------------------------------------ weak evidence and chronologies

@pytest.mark.parametrize("measure, text, bare", [
    ("percent", "About 23 percent said they were still undecided.", True),
    ("percentage points", "The gap narrowed by 4 percentage points.", True),
    ("voters", "About 23 percent of voters said they were still undecided.", False),
    # the words after it say what it is a share of, unless a pronoun stands for it
    ("percent", "About 23 percent of voters said they were still undecided.", False),
    ("percent", "Young voters, about 23 percent of whom had no preference, stayed home.", True),
    ("the mayor's share", "The mayor's share rose to 23 percent.", False),
])
def test_a_share_that_names_nothing_is_bare(measure, text, bare):
    a = _art(text)
    qtext = "4 percentage points" if "points" in text else "23 percent"
    f = _fig(a, qtext, 23, 23, measure, "percent", unit="%")
    assert measure_of(f, a).bare is bare


@pytest.mark.parametrize("measure, joined", [
    # "23 percent" of what? two bare shares in matching sentences are no evidence of one measure
    ("percent", False),
    ("voters", True),
])
def test_a_bare_share_is_never_joined_to_another(measure, joined):
    a = _art("A poll found 23 percent back the plan among the voters asked.")
    b = _art("The same poll found 23 percent back the plan among the voters asked.")
    figs = [_fig(a, "23 percent", 23, 23, measure, "percent", "a pollster", unit="%"),
            _fig(b, "23 percent", 23, 23, measure, "percent", "a researcher", unit="%")]
    led = ledger("s", figs, {x.id: x for x in (a, b)})
    assert len(led.tracked) == (1 if joined else 2)
    assert ("agree" in [f.kind for f in led.findings]) is joined


@pytest.mark.parametrize("text, changed", [
    # a length of time and "later" or "earlier" move to another occasion
    ("In 2016 the party won the county by 900 votes. Four years later it won the county by 7,000 votes.", False),
    ("The first vote was won by 900 votes. Two weeks earlier the count had been 7,000 votes.", False),
    # a change word links two values of one figure
    ("Officials first said 900 homes were flooded. They later said 7,000 homes were flooded.", True),
    ("At first 900 homes were flooded. The number has since risen to 7,000 homes.", True),
    # the change word must be in the sentence of the later value
    ("Each donor had raised 900 dollars. The campaign brought in 7,000 dollars.", False),
])
def test_a_length_of_time_before_later_is_no_change(text, changed):
    from storyline.align.figures import change_linked

    a = _art(text)
    f1 = _fig(a, "900", 900, 900, "votes", "vote")
    f2 = _fig(a, "7,000", 7000, 7000, "votes", "vote")
    assert change_linked(f1, f2, {a.id: a}) is changed


@pytest.mark.parametrize("second, kinds", [
    # one voice telling the past occasion by occasion: two elections, not a figure revised
    ("Four years later it won the county by 7,000 votes.", []),
    # the same voice saying the figure changed since: an update
    ("It has since grown, and the party now leads the county by 7,000 votes.", ["update"]),
])
def test_one_voice_telling_past_occasions_is_no_update(second, kinds):
    a = _art("In 2016 the party won the county by 900 votes. " + second, "2024-03-01")
    f1 = _in_year(_fig(a, "900", 900, 900, "votes", "vote"), a, "2016")
    f2 = _fig(a, "7,000", 7000, 7000, "votes", "vote")
    tf = _tracked("vote", (f1, f2))
    assert [f.kind for f in findings(tf, {a.id: a}) if f.kind in ("update", "conflict", "outlier")] == kinds


@pytest.mark.parametrize("second, revised", [
    # one article telling two past occasions (a career as a player, then as a coach): no revision
    ("In 1994 he came back and coached the side for seven seasons.", False),
    # the same article saying the figure was revised since: a revision
    ("In 1994 the club revised that count to seven seasons.", True),
])
def test_one_article_telling_past_occasions_is_no_revision(second, revised):
    a = _art("In 1978 he joined the side and played there for 11 seasons. " + second, "2005-05-20")
    f1 = _in_year(_fig(a, "11", 11, 11, "seasons", "season"), a, "1978")
    f2 = _in_year(_fig(a, "seven", 7, 7, "seasons", "season"), a, "1994")
    b = _art("He spent seven seasons with the side, officials said.", "2005-05-21")
    c = _art("He spent 11 seasons with the side, the mayor said.", "2005-05-21")
    fb = _fig(b, "seven", 7, 7, "seasons", "season", source="officials")
    fc = _fig(c, "11", 11, 11, "seasons", "season", source="the mayor")
    tf = _tracked("season", (f1, f2, fb, fc))
    found = findings(tf, {x.id: x for x in (a, b, c)})
    assert "conflict" in [f.kind for f in found]
    assert any("revised their figure" in f.sentence for f in found) is revised


@pytest.mark.parametrize("t1, q1, v1, u1, t2, q2, v2, u2, same", [
    # a whole number of a coarse unit of time rounds: within half the unit of a finer figure
    ("The handover is two months away.", "two months", 2, "month", "The handover is 70 days away.", "70 days", 70,
     "day", True),
    ("The search lasted a four-day operation.", "four-day", 4, "day", "The search took over 100 hours.", "100 hours",
     100, "hour", True),
    ("The talks ended two weeks ago.", "two weeks", 2, "week", "The talks ended nine days ago.", "nine days", 9, "day",
     False),
    # in one unit the numbers compare as they are
    ("The girl is five years old.", "five years", 5, "year", "The girl is six years old.", "six years", 6, "year",
     False),
])
def test_a_whole_number_of_a_coarse_unit_of_time_rounds(t1, q1, v1, u1, t2, q2, v2, u2, same):
    from storyline.align.figures import same_value

    a, b = _art(t1), _art(t2)
    fa = _fig(a, q1, v1, v1, "duration", "duration", unit=u1)
    fb = _fig(b, q2, v2, v2, "duration", "duration", unit=u2)
    assert same_value(fa, fb, measure_of(fa, a), measure_of(fb, b)) is same


def test_an_excluded_figure_goes_beside_the_tracked_figure_of_its_value():
    # the forecast says "17 minutes" and its words are about as close to the queue as to the
    # rain delay: its value puts it beside the 17 minutes, not beside the 40 minutes
    a = _art("The rain delay lasted 17 minutes at the stadium.")
    b = _art("A 17-minute rain delay stopped play at the stadium.")
    c = _art("Fans queued for 40 minutes outside the box office.")
    d = _art("Fans queued for 40 minutes at the box office.")
    e = _art("Officials expect the rain delay at the stadium to last 17 minutes for fans at the box office.")
    figs = [_fig(a, "17 minutes", 17, 17, "duration", "duration", unit="minute"),
            _fig(b, "17-minute", 17, 17, "rain delay", "duration", unit="minute"),
            _fig(c, "40 minutes", 40, 40, "duration", "duration", unit="minute"),
            _fig(d, "40 minutes", 40, 40, "duration", "duration", unit="minute"),
            _fig(e, "17 minutes", 17, 17, "duration", "duration", modality="forecast", unit="minute")]
    al = align_figures("s", figs, {x.id: x for x in (a, b, c, d, e)})
    beside = {f.quantity.text for t in al.tracked for f in t.figures
              if any(x.article_id == e.id for x, _ in t.excluded)}
    assert beside == {"17 minutes", "17-minute"}


@pytest.mark.parametrize("text, qtext, nth, want", [
    ("The hosts won 8-7 after extra innings.", "8", 0, ("8-7", 0)),
    ("The hosts won 8-7 after extra innings.", "7", 0, ("8-7", 1)),
    ("They came back from a 3–1 deficit in the series.", "1", 0, ("3-1", 1)),
    # not a score: a number alone, a year span, a longer number, a chain of numbers
    ("The hosts scored 8 runs.", "8", 0, None),
    ("The 2016-17 season began late.", "17", 0, None),
    ("Call 555-1234 for tickets.", "555", 0, None),
    ("The code 1-2-3 opened the gate.", "2", 0, None),
])
def test_the_sides_of_a_score(text, qtext, nth, want):
    from storyline.align.measure import score_of

    a = _art(text)
    f = _fig(a, qtext, float(qtext), float(qtext), "count", "count", nth=nth)
    got = score_of(f, a)
    assert (got[:2] if got else None) == want


def test_each_side_of_one_score_is_one_tracked_figure():
    # the extractor names no measure for the numbers of a score; each side of one score across
    # articles is one measure, another score with the same number is another
    a = _art("The hosts won 8-7 after extra innings. They had led 6-3 before the rain.")
    b = _art("An 8-7 win in extra innings sent the hosts through.")
    figs = [_fig(a, "8", 8, 8, "count", "count"), _fig(a, "7", 7, 7, "count", "count"),
            _fig(a, "6", 6, 6, "count", "count"), _fig(a, "3", 3, 3, "count", "count"),
            _fig(b, "8", 8, 8, "count", "count"), _fig(b, "7", 7, 7, "count", "count")]
    al = align_figures("s", figs, {x.id: x for x in (a, b)})
    groups = sorted(sorted(f.quantity.text + "@" + f.article_id for f in t.figures) for t in al.tracked)
    assert groups == sorted([sorted(["8@" + a.id, "8@" + b.id]), sorted(["7@" + a.id, "7@" + b.id]),
                             ["6@" + a.id], ["3@" + a.id]])
    assert {t.measure_head for t in al.tracked} == {"score"} and not al.unaligned


@pytest.mark.parametrize("past, kinds", [
    # a figure its sentence dates years back, in another article: another occasion, not an earlier value
    (True, []),
    # the same figure in an article of a month before: an earlier value
    (False, ["update"]),
])
def test_a_past_occasion_is_no_earlier_value(past, kinds):
    a = _art("In 2012 about 120 million people voted in the national election.", "2024-03-01" if past else "2024-02-01")
    b = _art("About 150 million people voted in the national election.", "2024-03-01")
    fa = _fig(a, "about 120 million", 120e6, 120e6, "people voted", "voter", approx=True)
    if past:
        fa = _in_year(fa, a, "2012")
    fb = _fig(b, "About 150 million", 150e6, 150e6, "people voted", "voter", approx=True)
    tf = _tracked("voter", (fa, fb))
    assert [f.kind for f in findings(tf, {a.id: a, b.id: b}) if f.kind in ("update", "conflict", "outlier")] == kinds


@pytest.mark.parametrize("second, kinds", [
    # one article telling a past occasion beside the present one, as other articles do: two occasions
    ("This year about 150 million people voted in it.", []),
    # the same article saying the figure changed since: an earlier value
    ("The turnout has since risen, and about 150 million people voted this year.", ["update"]),
])
def test_a_past_occasion_beside_the_present_one_is_no_earlier_value(second, kinds):
    a = _art("In 2012 about 120 million people voted in the national election. " + second, "2024-03-01")
    b = _art("About 150 million people voted in the national election.", "2024-03-01")
    c = _art("Some 150 million people voted in the national election, officials said.", "2024-03-02")
    fa = _in_year(_fig(a, "about 120 million", 120e6, 120e6, "people voted", "voter", approx=True), a, "2012")
    fa2 = _fig(a, "about 150 million", 150e6, 150e6, "people voted", "voter", approx=True)
    fb = _fig(b, "About 150 million", 150e6, 150e6, "people voted", "voter", approx=True)
    fc = _fig(c, "Some 150 million", 150e6, 150e6, "people voted", "voter", approx=True)
    tf = _tracked("voter", (fa, fa2, fb, fc))
    found = findings(tf, {x.id: x for x in (a, b, c)})
    assert [f.kind for f in found if f.kind in ("update", "conflict", "outlier")] == kinds


@pytest.mark.parametrize("second, cited", [
    # a past occasion told beside the present one is no step of a change over time
    ("This year 90 people were arrested at the march.", False),
    # unless the article says the figure changed since
    ("The number has since risen, and 90 people were arrested this year.", True),
])
def test_a_past_occasion_is_no_step_of_a_partial_update(second, cited):
    a = _art("In 2012 some 40 people were arrested at the march. " + second, "2024-03-01")
    b = _art("Officials said 300 people were arrested at the march.", "2024-03-01")
    c = _art("The mayor said 90 people were arrested at the march.", "2024-03-01")
    fa = _in_year(_fig(a, "some 40", 40, 40, "people arrested", "arrested", approx=True), a, "2012")
    fa2 = _fig(a, "90", 90, 90, "people arrested", "arrested")
    fb = _fig(b, "300", 300, 300, "people arrested", "arrested", source="officials")
    fc = _fig(c, "90", 90, 90, "people arrested", "arrested", source="the mayor")
    tf = _tracked("arrested", (fa, fa2, fb, fc))
    found = findings(tf, {x.id: x for x in (a, b, c)})
    assert "conflict" in [f.kind for f in found]
    assert any(f.kind == "update" and any(x is fa for x in f.figures) for f in found) is cited


def test_an_excluded_figure_is_never_beside_another_holder():
    # a hypothetical age of the grandfather is not kept beside the boy's age
    a = _art("A six-year-old boy fell into the shaft.")
    b = _art("Rescuers reached the six-year-old boy.")
    c = _art("The boy's grandfather, 62, may have seen the shaft.")
    figs = [_fig(a, "six-year-old", 6, 6, "boy", "age", unit="year"),
            _fig(b, "six-year-old", 6, 6, "boy", "age", unit="year"),
            _fig(c, "62", 62, 62, "age", "age", modality="hypothetical", unit="year")]
    al = align_figures("s", figs, {x.id: x for x in (a, b, c)})
    assert sorted((len(t.figures), len(t.excluded)) for t in al.tracked) == [(0, 1), (2, 0)]


def test_a_part_of_a_group_is_not_the_group():
    a = _art("Officials said 1,200 of the casualties were children.")
    b = _art("Officials said there were 1,200 casualties in the city.")
    c = _art("Officials said 300 people were killed in the city.")
    fa = _fig(a, "1,200", 1200, 1200, "casualties", "casualties", "officials")
    fb = _fig(b, "1,200", 1200, 1200, "casualties", "casualties", "officials")
    fc = _fig(c, "300", 300, 300, "people", "killed", "officials")
    arts = {x.id: x for x in (a, b, c)}
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), arts) == "a part of a group is not the group"
    # the killed are part of the casualties, not of the children among them
    led = ledger("s", [fa, fc], {a.id: a, c.id: c})
    assert [f.kind for f in led.findings if f.kind == "scope"] == []
    led = ledger("s", [fb, fc], {b.id: b, c.id: c})
    assert [f.kind for f in led.findings if f.kind == "scope"] == ["scope"]


@pytest.mark.parametrize("text, qtext, measure, part", [
    # more on top of another count, or the rest of a group: never the total
    ("The judge handed him two additional prison terms.", "two", "additional prison terms", True),
    ("Rescuers found another 14 bodies near the river.", "another 14", "bodies", True),
    ("The crew saved the pilot and three other passengers.", "three", "other passengers", True),
    ("Divers pulled five more bodies from the lake.", "five", "bodies", True),
    ("Twelve were treated at the clinic and the other 40 went home.", "40", "people", True),
    # a count of the whole: no such word next to the number
    ("The judge handed him three prison terms.", "three", "prison terms", False),
    ("Rescuers found 14 bodies near the river.", "14", "bodies", False),
    # "more than" is a bound, not more on top of something
    ("Rescuers found more than 14 bodies near the river.", "more than 14", "bodies", False),
    ("Rescuers found 14 more than the day before.", "14", "bodies", False),
    ("Rescuers found 14 bodies or more near the river.", "14 bodies or more", "bodies", False),
])
def test_an_increment_is_a_part_not_the_total(text, qtext, measure, part):
    a = _art(text)
    f = _fig(a, qtext, 14, 14, measure, measure.split()[-1])
    assert measure_of(f, a).part is part


@pytest.mark.parametrize("text, qtext, measure, event", [
    # the verb right before the number counts it
    ("The storm, which also injured around 90 people, hit the coast.", "around 90", "people", "wounded"),
    ("The blast killed 14 people on the bus.", "14", "people", "killed"),
    ("Gunmen stormed the hall, wounding at least eight guests.", "at least eight", "guests", "wounded"),
    ("Police arrested 30 fans after the match.", "30", "fans", "arrested"),
    # no verb of harm right before it: the people counted are not said to be harmed
    ("The storm hit a hall where 90 people were sheltering.", "90", "people", None),
    ("Of those killed, 14 were children.", "14", "children", None),
    ("The storm hit the coast, and 90 people left the area.", "90", "people", None),
])
def test_a_verb_of_harm_right_before_a_count_is_its_event(text, qtext, measure, event):
    a = _art(text)
    f = _fig(a, qtext, 14, 14, measure, measure)
    assert measure_of(f, a).event == event


@pytest.mark.parametrize("text, qtext, measure, head, event", [
    # a word of an event set before another noun says what kind of thing it is
    ("The insurer paid 32 death claims last year.", "32", "death claims", "claim", None),
    ("Some 30 rescue workers reached the site.", "Some 30", "rescue workers", "worker", None),
    ("Police issued 12 arrest warrants.", "12", "arrest warrants", "warrant", None),
    ("There were three fatal crashes on the road.", "three", "fatal crashes", "crash", None),
    # before a tally or whoever was hurt, it still says what is counted
    ("The death toll rose to 40.", "40", "death toll", "toll", "killed"),
    ("Three shooting victims were treated.", "Three", "shooting victims", "victim", "shot"),
    ("Five dead cattle were found.", "Five", "dead cattle", "cattle", "killed"),
    ("The report counted 40 deaths of children.", "40", "deaths of children", "death", "killed"),
])
def test_a_word_of_an_event_before_a_noun_names_a_kind(text, qtext, measure, head, event):
    a = _art(text)
    assert measure_of(_fig(a, qtext, 1, 1, measure, head), a).event == event


@pytest.mark.parametrize("text, qtext, part", [
    # "one" singling out one thing of several the sentence goes on to tell
    ("One shell hit the roof and two others fell in the yard.", "One", True),
    ("One truck crossed the bridge before another one stalled.", "One", True),
    # a count of one: nothing more is told
    ("One shell hit the roof, a witness said.", "One", False),
    ("At least one shell hit the roof and two others fell in the yard.", "At least one", False),
])
def test_one_thing_singled_out_of_several_is_a_part(text, qtext, part):
    a = _art(text)
    f = _fig(a, qtext, 1, 1, "shell", "shell", approx=qtext.startswith("At least"))
    assert measure_of(f, a).part is part


@pytest.mark.parametrize("text_a, qa, va, text_b, qb, vb, reason", [
    # two parts of one group that differ in size: which part each is, the text does not say
    ("One of the bombs hit the school, a witness said.", "One", 1, "Two of the bombs hit the market, officials said.",
     "Two", 2, "two parts of a group of different sizes"),
    # the same part, told twice
    ("Two of the bombs hit the school, a witness said.", "Two", 2, "Two of the bombs hit the school, officials said.",
     "Two", 2, None),
    # an increment is not the total
    ("He received two additional sentences.", "two", 2, "He is serving three sentences.", "three", 3,
     "a part of a group is not the group"),
])
def test_two_parts_of_different_sizes_are_two_things(text_a, qa, va, text_b, qb, vb, reason):
    a, b = _art(text_a), _art(text_b)
    fa = _fig(a, qa, va, va, "bombs" if "bombs" in text_a else "sentences", "bomb" if "bombs" in text_a else "sentence")
    fb = _fig(b, qb, vb, vb, "bombs" if "bombs" in text_b else "sentences", "bomb" if "bombs" in text_b else "sentence")
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) == reason


def test_an_excluded_figure_of_another_value_needs_close_sentences():
    # a denied "33 files" beside two articles' "650 files": another value, sentences far apart
    a = _art("The agency said it reviewed 650 files on the laptop.")
    b = _art("Investigators reviewed 650 files found on the laptop.")
    c = _art("He denied that the 33 files he deleted were ever a crime.")
    figs = [_fig(a, "650", 650, 650, "files", "file", "the agency"),
            _fig(b, "650", 650, 650, "files", "file", "investigators"),
            _fig(c, "33", 33, 33, "files", "file", "he", modality="negated")]
    al = align_figures("s", figs, {x.id: x for x in (a, b, c)})
    assert sorted((len(t.figures), len(t.excluded)) for t in al.tracked) == [(0, 1), (2, 0)]


@pytest.mark.parametrize("where_a, where_b, kind", [
    # one named hospital against every hospital of the city: a narrower scope, not a disagreement
    ("at Riverside Hospital", "in all hospitals in the city", "scope"),
    ("at Riverside Hospital", "at every hospital in the county", "scope"),
    ("in all the city's hospitals", "at Riverside Hospital", "scope"),
    # the same scope on both sides: a disagreement
    ("at Riverside Hospital", "at Riverside Hospital", "conflict"),
    ("in all hospitals", "in all hospitals", "conflict"),
    # a month is no place: one side names none, so nothing says the scopes differ
    ("in November", "in all hospitals", "conflict"),
    ("at Sunday's clinic", "in all hospitals", "conflict"),
])
def test_one_place_against_every_place_of_its_kind_is_a_scope_finding(where_a, where_b, kind):
    a = _art(f"Officials said 12 patients were treated {where_a} on Monday.", "2024-11-08")
    b = _art(f"The ministry said 40 patients were treated {where_b} on Monday.", "2024-11-08")
    figs = [_fig(a, "12", 12, 12, "patients", "patient", "officials"),
            _fig(b, "40", 40, 40, "patients", "patient", "the ministry")]
    arts = {a.id: a, b.id: b}
    tf = _tracked("patient", figs, label="patients")
    kinds = [f.kind for f in findings(tf, arts)]
    assert kind in kinds and ({"scope", "conflict"} - {kind}).isdisjoint(kinds)


@pytest.mark.parametrize("second, scope", [
    ("were killed", True),                # killed is part of killed or wounded
    ("were injured", True),               # so is wounded, under another word
    ("died in the blast", True),
    ("were killed or wounded", False),    # the same scope: one tracked figure
    ("were arrested", False),             # another event: no part of the casualties
])
def test_killed_against_killed_or_wounded_is_a_scope_finding(second, scope):
    a = _art("Police said at least 40 people were killed or wounded in the blast.", "2024-11-08")
    b = _art(f"Medics said 12 people {second}.", "2024-11-08")
    figs = [_fig(a, "at least 40", 40, None, "people", "people", "police"),
            _fig(b, "12", 12, 12, "people", "people", "medics")]
    led = ledger("s", figs, {a.id: a, b.id: b})
    scopes = [f for f in led.findings if f.kind == "scope"]
    assert bool(scopes) is scope
    if scope:
        [s] = scopes
        assert {f.quantity.text for f in s.figures} == {"at least 40", "12"}
        assert next(t for t in led.tracked if t.id == s.other_tracked_id).measure_head == "casualties"


@pytest.mark.parametrize("qtext, value, approx, precision", [
    ("92.4", 92.4, False, 0.05 / 92.4),           # one decimal place: 92.35 to 92.45
    ("2.78 percent", 2.78, False, 0.005 / 2.78),
    ("1.25 million", 1_250_000, False, 0.005 / 1.25),  # the places of the number written, at its scale
    ("92", 92, False, None),                      # a whole number: the rounding tolerance applies
    ("4,500", 4500, False, None),                 # a thousands separator is no decimal place
    ("about 92.4", 92.4, True, None),             # approximate: the approximate tolerance applies
])
def test_the_precision_decimal_places_state(qtext, value, approx, precision):
    from storyline.align.measure import stated_precision

    q = Quantity(qtext, 0, len(qtext), value, value, approx=approx)
    assert stated_precision(q) == (None if precision is None else pytest.approx(precision))


@pytest.mark.parametrize("qa, va, qb, vb, same", [
    ("92.4", 92.4, "92.8", 92.8, False),   # two readings to a tenth: two values
    ("92.4", 92.4, "92.4", 92.4, True),
    ("92.4", 92.4, "92", 92, True),        # a whole number rounds 92.4
    ("95", 95, "92.8", 92.8, False),       # 92.8 is no rounding of 95
    ("2.78", 2.78, "2.8", 2.8, True),      # 2.8 may be 2.78 rounded
    ("2.78", 2.78, "2.7", 2.7, False),
])
def test_values_with_decimal_places_compare_within_what_they_state(qa, va, qb, vb, same):
    from storyline.align.figures import same_value

    a = _art(f"The pitcher threw a slider at {qa} mph in the first inning.")
    b = _art(f"The pitcher threw a slider at {qb} mph in the second inning.")
    fa = _fig(a, qa, va, va, "speed", "speed", unit="mph")
    fb = _fig(b, qb, vb, vb, "speed", "speed", unit="mph")
    assert same_value(fa, fb, measure_of(fa, a), measure_of(fb, b)) is same
    assert same_value(fb, fa, measure_of(fb, b), measure_of(fa, a)) is same


@pytest.mark.parametrize("second, qtext, value, unit, shown", [
    ("The pipe is 12 inches wide.", "12 inches", 12, "in", "about 30 cm"),  # 30.48 cm is shown as 30: one value
    ("The pipe is 310 mm wide.", "310 mm", 310, "mm", "30–31 cm"),        # two values, within rounding
])
def test_an_agreement_across_units_shows_one_value_once(second, qtext, value, unit, shown):
    a = _art("The pipe is 30 cm wide.", "2024-11-08")
    b = _art(second, "2024-11-08")
    c = _art("Engineers said the pipe is 30 cm wide.", "2024-11-08")
    figs = [_fig(a, "30 cm", 30, 30, "pipe", "distance", unit="cm"),
            _fig(c, "30 cm", 30, 30, "pipe", "distance", unit="cm"),
            _fig(b, qtext, value, value, "pipe", "distance", unit=unit)]
    tf = _tracked("distance", figs, unit="cm", label="pipe")
    sentences = [f.sentence for f in findings(tf, {x.id: x for x in (a, b, c)}) if f.kind == "agree"]
    assert any(f"agree on {shown}," in s for s in sentences), sentences


@pytest.mark.parametrize("heads, mapped", [
    (["innings", "inning", "run"], {"innings": "inning"}),
    (["boxes", "box"], {"boxes": "box"}),
    (["series", "species"], {}),         # no singular among the heads: kept as they are
    (["us", "u"], {}),                   # too short to be a noun's stem
])
def test_a_plural_head_joins_its_singular(heads, mapped):
    from storyline.align.figures import singular_heads

    assert singular_heads(heads) == mapped


def test_counts_under_a_plural_and_a_singular_head_are_one_tracked_figure():
    a = _art("The final went to 10 innings.")
    b = _art("It was a 10-inning final.")
    figs = [_fig(a, "10", 10, 10, "innings", "innings"), _fig(b, "10", 10, 10, "innings", "inning")]
    al = align_figures("s", figs, {a.id: a, b.id: b})
    assert [len(t.figures) for t in al.tracked] == [2]
    assert al.tracked[0].measure_head == "inning"


@pytest.mark.parametrize("text, qtext, relation, anchor", [
    # the stretch at one end of an event is an offset from it
    ("The scandal hurt her in the last 11 days of the campaign, aides said.", "11 days", "offset",
     {"before", "campaign"}),
    ("He set out his plans for the first 100 days of his term.", "100 days", "offset", {"after", "term"}),
    ("It was the final two weeks of the trial.", "two weeks", "offset", {"before", "trial"}),
    # "last" as a verb, or no "of": a length
    ("The talks will last 10 days.", "10 days", None, set()),
    ("During its final two months in power the council met weekly.", "two months", None, set()),
    ("The strike lasted 11 days.", "11 days", None, set()),
])
def test_the_stretch_at_one_end_of_an_event_is_an_offset(text, qtext, relation, anchor):
    a = _art(text)
    value = {"11 days": 11, "100 days": 100, "two weeks": 2, "10 days": 10, "two months": 2}[qtext]
    unit = {"weeks": "week", "months": "month"}.get(qtext.split()[-1], "day")
    f = _fig(a, qtext, value, value, "duration", "duration", unit=unit)
    m = measure_of(f, a)
    assert m.relation == relation
    assert anchor <= m.anchor and bool(m.anchor) is bool(anchor)


@pytest.mark.parametrize("first, second, reason", [
    ("in the last 11 days of the campaign", "11 days before the vote", None),   # one stretch, told two ways
    ("in the last 11 days of the campaign", "for a campaign lasting 11 days",
     "an offset or a point is not a length or a total"),
    ("in the last 11 days of the campaign", "in the last four days of the campaign",
     "two offsets from one moment: two events"),
])
def test_stretches_at_the_end_of_an_event_align_with_offsets_before_it(first, second, reason):
    a = _art(f"Officials said the letter came {first}.")
    b = _art(f"Aides said the letter came {second}.")
    qa = first.split(" the ", 1)[1].removeprefix("last ").split(" of ")[0]
    qb = next(x for x in ("11 days", "four days") if x in second)
    fa = _fig(a, qa, 11, 11, "duration", "duration", unit="day")
    vb = 4 if qb == "four days" else 11
    fb = _fig(b, qb, vb, vb, "duration", "duration", unit="day")
    arts = {a.id: a, b.id: b}
    assert cannot_link(fa, fb, measure_of(fa, a), measure_of(fb, b), arts) == reason


@pytest.mark.parametrize("ordinal, first", [
    # 30 years gone by and the 31st year: one length said two consistent ways ranks as an agreement,
    # after the agreement of a figure more articles report
    ("31st", "agree"),
    # 30 years gone by and a 35th year: the two ways disagree, a scope the reader must see first
    ("35th", "scope"),
])
def test_a_length_counted_two_consistent_ways_ranks_with_the_agreements(ordinal, first):
    n = int(ordinal[:-2])
    texts = ["The strike has lasted 30 years. Police said 12 people were arrested.",
             f"The strike went on for its {ordinal} year. Police said 12 people were arrested.",
             "Police said 12 people were arrested at the gates."]
    arts = [_art(t, "2024-11-08") for t in texts]
    figs = [_fig(arts[0], "30 years", 30, 30, "strike duration", "duration", unit="year"),
            _fig(arts[1], f"{ordinal} year", n, n, "strike duration", "duration", unit="year"),
            *(_fig(a, "12", 12, 12, "people arrested", "arrested", "police") for a in arts)]
    led = ledger("s", figs, {x.id: x for x in arts})
    ranked = [f.kind for f in rank_findings(led) if f.kind in ("scope", "agree")]
    assert ranked[0] == first and "scope" in ranked


def test_a_band_told_in_two_units_is_summed_up_in_the_tracked_units_with_three_digits():
    a = _art("The transition will take two months, aides said.", "2024-11-08")
    b = _art("The transition will take 70 days, aides said.", "2024-11-08")
    figs = [_fig(a, "two months", 2, 2, "transition duration", "duration", unit="month"),
            _fig(b, "70 days", 70, 70, "transition duration", "duration", unit="day")]
    found = findings(_tracked("duration", figs, unit="month"), {x.id: x for x in (a, b)})
    [agree] = [f for f in found if f.kind == "agree"]
    assert "2–2.3 months," in agree.sentence and "2.30" not in agree.sentence


@pytest.mark.parametrize("second, expected", [
    # a vague report beside precise ones does not widen the band's value
    (("eight days", 8), "about 8 days"),
    (("8 days", 8), "about 8 days"),
])
def test_a_vague_report_does_not_widen_an_agreement(second, expected):
    texts = ["The review took eight days, officials said.", f"Officials said the review took {second[0]}.",
             "The review ended after several days, officials said."]
    arts = [_art(t, "2024-11-08") for t in texts]
    figs = [_fig(arts[0], "eight days", 8, 8, "review duration", "duration", unit="day"),
            _fig(arts[1], second[0], second[1], second[1], "review duration", "duration", unit="day"),
            _fig(arts[2], "several days", 2, 9, "review duration", "duration", unit="day", approx=True)]
    found = findings(_tracked("duration", figs, unit="day"), {x.id: x for x in arts})
    agree = [f.sentence for f in found if f.kind == "agree"]
    assert agree and all(f" {expected}," in s for s in agree) and not any("2–9" in s for s in agree), agree


@pytest.mark.parametrize("values, shown", [
    ((97, 97.1), "about 97 mph"),  # one number as it reads: not "97–97"
    ((97, 99), "97–99 mph"),
    ((2.78, 2.8), "2.78–2.8 mph"),
])
def test_an_agreement_reads_its_values_and_their_unit(values, shown):
    arts = [_art(f"The serve was clocked at {v} mph, officials said.", "2024-11-08") for v in values]
    arts.append(_art(f"Officials said the serve reached {values[0]} mph.", "2024-11-08"))
    figs = [_fig(a, f"{v} mph", v, v, "serve speed", "speed", unit="mph")
            for a, v in zip(arts, (*values, values[0]))]
    found = findings(_tracked("speed", figs, unit="mph"), {x.id: x for x in arts})
    agree = [f.sentence for f in found if f.kind == "agree"]
    assert agree and all(f"agree on {shown}," in s for s in agree), agree


@pytest.mark.parametrize("text, qtext, measure, head, when, value, published, date", [
    # a toll of the story's own occasion is the count known when it was printed
    ("The blast on Friday killed 40 people.", "40", "people", "people", "on Friday", "2024-11-15",
     "2024-11-18", "2024-11-18"),
    ("At least 31 were wounded in the storm last week.", "At least 31", "wounded", "wounded", "last week",
     "2024-W46", "2024-11-20", "2024-11-20"),
    ("Nine climbers were missing after Sunday's avalanche.", "Nine", "climbers missing", "climbers", "Sunday",
     "2024-11-17", "2024-11-20", "2024-11-20"),
    # a toll of a past occasion keeps its date; a record of what was done that day too
    ("A quake killed two people in March.", "two", "people", "people", "in March", "2024-03", "2024-11-20",
     "2024-03-01"),
    ("Police arrested 12 people on Friday.", "12", "people arrested", "arrested", "on Friday", "2024-11-15",
     "2024-11-18", "2024-11-15"),
    ("The plant shipped 300 cars on Friday.", "300", "cars", "cars", "on Friday", "2024-11-15", "2024-11-18",
     "2024-11-15"),
])
def test_a_toll_is_dated_when_it_was_told(text, qtext, measure, head, when, value, published, date):
    a = _art(text, published)
    at = a.text.index(when)
    granularity = "week" if "W" in value else "month" if len(value) == 7 else "day"
    f = replace(_fig(a, qtext, 1, 1, measure, head),
                refers_to=TimeRef(when, at, at + len(when), value, granularity, True))
    assert toll_as_known(f, a) is (date == published)
    assert figure_date(f, a) == date


@pytest.mark.parametrize("second, second_day, update", [
    # days apart: one story's days tell one thing with one noun
    ("By then the county group had 90 volunteers on its list.", "2024-03-08", True),
    # weeks apart, in other words: nothing shows the two counts are of one thing
    ("By then the county group had 90 volunteers on its list.", "2024-04-20", False),
    # weeks apart, told alike: one count that grew
    ("There were 90 volunteers at the river cleanup, the club said.", "2024-04-20", True),
])
def test_an_update_weeks_apart_needs_evidence(second, second_day, update):
    a = _art("Some 40 volunteers were at the river cleanup, the club said.", "2024-03-05")
    b = _art(second, second_day)
    figs = [_fig(a, "Some 40", 40, 40, "volunteers", "volunteers", approx=True),
            _fig(b, "90", 90, 90, "volunteers", "volunteers")]
    assert ("update" in _kinds(figs, [a, b], "volunteers", keep=("update",))) is update


@pytest.mark.parametrize("values, update", [
    ((40, 82, 257), True),    # one way: a count that grew
    ((82, 257, 247), True),   # a step back within rounding: a revision
    ((60, 30, 90), False),    # down, then up again: several things counted in turn
])
def test_a_chain_of_values_goes_one_way(values, update):
    days = ("2024-03-01", "2024-03-06", "2024-03-11")
    sources = ("the club", "the council", "the mayor")
    arts = [_art(f"There were {v} volunteers at the river cleanup, {s} said.", d)
            for v, s, d in zip(values, sources, days)]
    figs = [_fig(a, str(v), v, v, "volunteers", "volunteers", source=s) for a, v, s in zip(arts, values, sources)]
    kinds = _kinds(figs, arts, "volunteers", keep=("update",))
    assert ("update" in kinds) is update, kinds


def test_a_toll_that_rose_is_an_update():
    """Two outlets tell the toll of Friday's blast, on Saturday and on Monday: each sentence dates
    the blast, and the counts are what was known each day: an update, not a conflict."""
    arts = [_art("The blast on Friday killed 40 people, police said.", "2024-11-16"),
            _art("The blast on Friday killed 52 people, the ministry said.", "2024-11-18")]
    figs = []
    for a, v, src in zip(arts, (40, 52), ("police", "the ministry")):
        at = a.text.index("on Friday")
        figs.append(replace(_fig(a, str(v), v, v, "people", "people", source=src),
                            refers_to=TimeRef("on Friday", at, at + 9, "2024-11-15", "day", True)))
    kinds = [f.kind for f in findings(_tracked("people", figs), {a.id: a for a in arts})]
    assert "update" in kinds and "conflict" not in kinds, kinds


@pytest.mark.parametrize("when, value, granularity, date, shown", [
    # a time over before publication dates the figure, told as the time it names
    ("in 2003", "2003", "year", "2003-01-01", "2003"),
    ("in October", "2024-10", "month", "2024-10-01", "2024-10"),
    ("in the 1990s", "199X", "decade", "1990-01-01", "the 1990s"),
    ("last week", "2024-W46", "week", "2024-11-11", "2024-11-11"),
    # a time not over at publication (the year, the month of the article) does not: the article's day
    ("in 2024", "2024", "year", "2024-11-20", "2024-11-20"),
    ("in November", "2024-11", "month", "2024-11-20", "2024-11-20"),
])
def test_a_figure_is_dated_by_a_time_over_before_publication(when, value, granularity, date, shown):
    a = _art(f"Police arrested 12 people {when}.", "2024-11-20")
    at = a.text.index(when)
    f = replace(_fig(a, "12", 12, 12, "people arrested", "arrested"),
                refers_to=TimeRef(when, at, at + len(when), value, granularity, True))
    assert (figure_date(f, a), figure_when(f, a)) == (date, shown)


@pytest.mark.parametrize("text, rows, groups", [
    # one count of people hurt, told with its noun in one sentence and without it in another of
    # the same article ("patients", "people"), and as a floor ("at least six"): one tracked figure
    ("Paramedics were caring for six patients with gunshot wounds after the attack near the market. "
     "A police spokesman wrote on social media that at least six people were shot by the attacker.",
     [("six", 6, 6, "patients"), ("at least six", 6, None, "people")], [["six", "at least six"]]),
    # another number of the same harm is no such evidence: the sentences decide, and here they differ
    ("Paramedics were caring for six patients with gunshot wounds after the attack near the market. "
     "On Tuesday two people were shot by a sniper on the bridge, a police spokesman wrote.",
     [("six", 6, 6, "patients"), ("two", 2, 2, "people")], [["six"], ["two"]]),
    # how gravely tells a part of the wounded apart, whatever the number
    ("A gunman wounded four people outside a bakery late on Friday. "
     "Four people were critically wounded in the second attack.",
     [("four", 4, 4, "people"), ("Four", 4, 4, "people")], [["Four"], ["four"]]),
])
def test_one_count_of_people_hurt_is_one_tracked_figure_told_with_or_without_its_noun(text, rows, groups):
    a = _art(text)
    figs = [_fig(a, q, low, high, measure, "people") for q, low, high, measure in rows]
    al = align_figures("s", figs, {a.id: a})
    assert sorted([f.quantity.text for f in t.figures] for t in al.tracked) == sorted(groups)


@pytest.mark.parametrize("a, b, ia, ib, same", [
    (dict(event="shot"), dict(event="shot"), (5, 5), (5, None), True),
    (dict(event="shot"), dict(event="shot"), (5, 5), (5, 5), True),
    (dict(event="wounded"), dict(event="shot"), (5, 5), (5, 5), False),  # two harms
    (dict(event="shot"), dict(event="shot"), (5, 5), (4, 4), False),  # two numbers
    (dict(event="shot"), dict(event="shot"), (5, 5), (None, 5), False),  # "up to five" is no count of five
    (dict(event="shot", holder="the guard"), dict(event="shot"), (1, 1), (1, 1), False),
    (dict(event="shot", part=True), dict(event="shot"), (2, 2), (2, 2), False),  # "two of the five"
    (dict(event="shot", severity="critically"), dict(event="shot"), (2, 2), (2, 2), False),
    (dict(event="arrested"), dict(event="arrested"), (3, 3), (3, 3), True),
    (dict(event="voted"), dict(event="voted"), (3, 3), (3, 3), False),  # no harm: left to the sentences
    (dict(event=None), dict(event=None), (3, 3), (3, 3), False),
    (dict(event="shot", dimension="time"), dict(event="shot"), (3, 3), (3, 3), False),
])
def test_one_harm_count(a, b, ia, ib, same):
    def m(**kw):
        base = dict(counted="people", head="people", event=None, holder=None, holder_start=None,
                    holder_end=None, dimension="count", factor=1.0, context=frozenset())
        base.update(kw)
        return Measure(**base)
    assert one_harm_count(m(**a), m(**b), ia, ib) is same


@pytest.mark.parametrize("word, plain", [
    # lower case, possessive and plural ending dropped: the one word form alignment compares
    ("Voters", "voter"), ("county's", "county"), ("county’s", "county"), ("counties", "county"),
    ("matches", "match"), ("crashes", "crash"), ("cases", "case"), ("boxes", "box"), ("classes", "class"),
    # not a plural: short words, double s, and the endings of short words stay
    ("gas", "gas"), ("class", "class"), ("ties", "tie"), ("its", "its"), ("Ross", "ross"),
])
def test_plain_word(word, plain):
    assert plain_word(word) == plain


@pytest.mark.parametrize("t1, q1, t2, q2, one", [
    # two values of one plan: the same verb of plan, the same thing planned
    ("The talks were expected to last an hour.", "an hour", "The talks were supposed to last ten minutes.",
     "ten minutes", True),
    ("The hearing was scheduled to last an hour.", "an hour", "The hearing was due to last two hours.",
     "two hours", True),
    # two things planned in one story
    ("The strike was due to last two hours.", "two hours", "The talks were expected to last an hour.",
     "an hour", False),
    # two verbs of plan, or a plan and what happened
    ("The parade was scheduled to run for two hours.", "two hours", "The parade was due to last an hour.",
     "an hour", False),
    ("The talks were expected to last an hour.", "an hour", "The talks lasted two hours.", "two hours", False),
    # a plan that names no thing planned
    ("It was expected to last two hours.", "two hours", "It was supposed to last ten minutes.", "ten minutes", False),
])
def test_values_of_one_plan(t1, q1, t2, q2, one):
    a, b = _art(t1), _art(t2)
    value = {"an hour": 1, "two hours": 2, "ten minutes": 1 / 6}
    fa = _fig(a, q1, value[q1], value[q1], "duration", "duration", unit="hour")
    fb = _fig(b, q2, value[q2], value[q2], "duration", "duration", unit="hour")
    assert one_plan(fa, fb, measure_of(fa, a), measure_of(fb, b), {a.id: a, b.id: b}) is one


def test_values_of_one_plan_align_and_conflict():
    # one thing planned in three articles of one day, values told in two units: one tracked
    # figure, whose values disagree; a second thing planned stays its own
    a = _art("The summit talks were expected to last an hour, officials said.", "2024-11-08")
    b = _art("Aides said the talks were supposed to last 10 minutes but ran on.", "2024-11-08")
    c = _art("The talks were supposed to last 10 minutes, according to the mayor.", "2024-11-08")
    d = _art("The dock strike was due to last 48 hours, the union said.", "2024-11-08")
    figs = [_fig(a, "an hour", 1, 1, "duration", "duration", unit="hour", source="officials"),
            _fig(b, "10 minutes", 10, 10, "duration", "duration", unit="minute", source="aides"),
            _fig(c, "10 minutes", 10, 10, "duration", "duration", unit="minute", source="the mayor"),
            _fig(d, "48 hours", 48, 48, "duration", "duration", unit="hour", source="the union")]
    arts = {x.id: x for x in (a, b, c, d)}
    led = ledger("s", figs, arts)
    groups = sorted(sorted(f.quantity.text for f in tf.figures) for tf in led.tracked)
    assert groups == [["10 minutes", "10 minutes", "an hour"], ["48 hours"]]
    talks = next(tf for tf in led.tracked if len(tf.figures) == 3)
    assert "conflict" in {x.kind for x in led.findings if x.tracked_id == talks.id}


@pytest.mark.parametrize("own, other, kinds", [
    # the paper's own value of a plan beside a source's value of it: two expectations, the paper's
    # stands against the others
    ("The talks were expected to last an hour.", "The mayor thought the talks would only last 15 minutes.",
     ["outlier"]),
    # the paper's own value of what happened beside a source's: a part, no dispute
    ("At the north gate the talks lasted an hour.", "The mayor said the talks lasted 15 minutes.", []),
])
def test_an_articles_value_of_a_plan_stands_against_a_sources(own, other, kinds):
    a = _art(f"{other} {own}", "2024-11-08")
    others = [_art(f"Aides said the talks were supposed to last 15 minutes, note {i}.", "2024-11-08")
              for i in range(3)] if "expected" in own else \
        [_art(f"Aides said the talks lasted 15 minutes, note {i}.", "2024-11-08") for i in range(3)]
    figs = [_fig(a, "15 minutes", 15, 15, "duration", "duration", "the mayor", unit="minute"),
            _fig(a, "an hour", 60, 60, "duration", "duration", unit="minute")]
    figs += [_fig(x, "15 minutes", 15, 15, "duration", "duration", f"aides {i}", unit="minute")
             for i, x in enumerate(others)]
    arts = {x.id: x for x in (a, *others)}
    tf = _tracked("duration", figs, unit="minute")
    assert [f.kind for f in findings(tf, arts) if f.kind in ("outlier", "conflict")] == kinds
    ctx = finding_context(tf, arts, {})
    lone = next(r for r in ctx.reports if r.figure.quantity.text == "an hour")
    main = [r for r in ctx.reports if r.figure.quantity.text == "15 minutes"]
    assert tells_main_too(lone, main, arts) is not kinds


# two attacks of one kind, each dated by its own clause (published on Friday 2024-11-22)
_DARA_TUESDAY = ("The bombing of a market in Dara on Tuesday, which officials said killed seven, drew protests.",
                 "seven", 7, "Tuesday", "2024-11-19")
_HAMA_THURSDAY = ("A car bomb in Hama on Thursday killed twelve people.", "twelve", 12, "Thursday", "2024-11-21")
_DARA_WEDNESDAY = ("The bombing in Dara on Wednesday killed twelve people.", "twelve", 12, "on Wednesday",
                   "2024-11-20")
_TOLL_ROSE = ("The toll of the bombing rose to twelve on Thursday.", "twelve", 12, "Thursday", "2024-11-21")
_TOLL_BY = ("By Thursday the bombing had killed twelve people.", "twelve", 12, "Thursday", "2024-11-21")
_OTHER_CLAUSE = ("The mayor met aides on Thursday to discuss the bombings, which have killed twelve.", "twelve", 12,
                 "Thursday", "2024-11-21")
_UNDATED = ("Officials said twelve people were killed in the bombing.", "twelve", 12, None, None)
_SAME_TOLL_TUESDAY = ("The bombing in Dara on Tuesday killed seven people.", "seven", 7, "Tuesday", "2024-11-19")
_SAID_EARLIER = ("The governor said earlier that twelve people were killed in Thursday's bombing.", "twelve", 12,
                 "Thursday", "2024-11-21")
_EARLIER_TOLL = ("Twelve people were killed in Thursday's bombing, up from an earlier count of nine.", "Twelve", 12,
                 "Thursday", "2024-11-21")


def _undated_day(row):
    """The same sentence in an article with no date: its weekday is not resolved to a day."""
    return (*row[:4], None)


@pytest.mark.parametrize("first, second, why", [
    (_DARA_TUESDAY, _HAMA_THURSDAY, "counts of two occasions on two days"),
    # a day's night is told on either side of midnight: one day apart is no evidence
    (_DARA_TUESDAY, _DARA_WEDNESDAY, None),
    # a toll that rose by a day, a toll up to a day, a day of another clause, a count with no day
    (_DARA_TUESDAY, _TOLL_ROSE, None),
    (_DARA_TUESDAY, _TOLL_BY, None),
    (_DARA_TUESDAY, _OTHER_CLAUSE, None),
    (_DARA_TUESDAY, _UNDATED, None),
    # one day's count told twice
    (_DARA_TUESDAY, _SAME_TOLL_TUESDAY, None),
    # an article with no date names its day only by the weekday: two weekdays that are not
    # neighbours are two days, neighbours or the same weekday may be one
    (_DARA_TUESDAY, _undated_day(_HAMA_THURSDAY), "counts of two occasions on two days"),
    (_undated_day(_DARA_TUESDAY), _undated_day(_HAMA_THURSDAY), "counts of two occasions on two days"),
    (_DARA_TUESDAY, _undated_day(_DARA_WEDNESDAY), None),
    (_undated_day(_DARA_TUESDAY), _undated_day(_SAME_TOLL_TUESDAY), None),
    (_undated_day(_DARA_TUESDAY), _undated_day(_TOLL_ROSE), None),
    # "earlier" next to the verb of saying times the saying; an earlier count tells a change
    (_DARA_TUESDAY, _SAID_EARLIER, "counts of two occasions on two days"),
    (_DARA_TUESDAY, _undated_day(_SAID_EARLIER), "counts of two occasions on two days"),
    (_DARA_TUESDAY, _EARLIER_TOLL, None),
])
def test_two_counts_dated_to_two_days_are_two_occasions(first, second, why):
    figs, arts = [], []
    for text, qtext, value, phrase, day in (first, second):
        a = _art(text, "2024-11-22" if day is not None or phrase is None else None)
        f = _fig(a, qtext, value, value, "people killed", "killed")
        figs.append(_dated(f, a, phrase, day, "day") if phrase else f)
        arts.append(a)
    ms = [measure_of(f, a) for f, a in zip(figs, arts, strict=True)]
    assert cannot_link(figs[0], figs[1], ms[0], ms[1], {a.id: a for a in arts}) == why


@pytest.mark.parametrize("text, qtext, place", [
    # the place that ends the noun phrase a relative clause hangs on is the count's place
    ("The bombing of a market in Dara on Tuesday, which officials said killed seven, drew protests.", "seven",
     "Dara"),
    ("They mourned the fire at Riverside Mill that destroyed 40 homes.", "40", "Riverside Mill"),
    ("The blast in Dara province last week, which killed seven, shook the town.", "seven", "Dara"),
    ("The raid on Kell in Ober state on Monday, which he said killed seven, was denied.", "seven", "Ober"),
    # a "that" after a verb of saying, a place of a verb of saying, a place before other words: none
    ("Officials in Dara said that seven people were killed.", "seven", ""),
    ("He said in Dara on Tuesday that seven people were killed.", "seven", ""),
    ("A market in Dara owned by the city, which lost 40 stalls, reopened.", "40", ""),
    ("The bombing of a market, which officials said killed seven, drew protests.", "seven", ""),
])
def test_a_relative_clause_counts_in_the_place_of_its_noun(text, qtext, place):
    a = _art(text)
    assert profile(_fig(a, qtext, 7, 7, "people killed", "killed"), a).place == place
