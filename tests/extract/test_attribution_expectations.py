"""Table tests of expectations the forecast verbs do not name ("X sees a 30 percent chance",
"X is looking for Y to post a 12 percent gain": storyline.extract.attribution._expectation_cue), of a
verb of reporting under a forecast (what is expected, not a report made: _expected_doing), and of
spans of time "N ago" told inside what a source reports (storyline.extract.figures._offset_in_content),
and of what one reminds others of, talks up or asks about (_talking_of_cue)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    ("Traders see about a one-in-four chance that the bank will cut rates within three months.",
     [("four", [("Traders", "anonymous")]), ("three months", [("Traders", "anonymous")])]),
    ("Analysts see a 30 percent chance of a strike.", [("30 percent", [("Analysts", "anonymous")])]),
    ("Analysts are looking for the bakery chain to report a 12 percent rise in sales.",
     [("12 percent", [("Analysts", "anonymous")])]),
    # a clause beside the one looked for is not expected by the subject
    ("Brokers are looking for the mill to post a 9 percent gain, although its output is expected to grow "
     "only 2 percent.", [("9 percent", [("Brokers", "anonymous")]), ("only 2 percent", [])]),
    # no chance seen, no clause with "to" looked for: no expectation
    ("Voters see the mayor winning a second term.", [("second", [])]),
    ("Police are looking for two men who fled the scene.", [("two", [])]),
    ("The guide sees 40 hikers a day on the trail.", [("40", [])]),
])
def test_expectation_without_a_forecast_verb(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the forecaster speaks, not the one expected to report
    ("Analysts expect the bakery chain to report a 12 percent rise in sales.",
     [("12 percent", [("Analysts", "anonymous")])]),
    ("The bakery chain reported a 12 percent rise in sales.",
     [("12 percent", [("The bakery chain", "organisation")])]),
])
def test_reporting_under_a_forecast_is_expected(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to" dates no saying: every span of time in its sentence is the source's
    ("The bakery opened two days before the flood, according to the owner.",
     [("two days", [("the owner", "anonymous")])]),
    ("The county had 200 more farms a decade ago than now, according to the Farm Guild.",
     [("200", [("the Farm Guild", "organisation")]), ("a decade", [("the Farm Guild", "organisation")])]),
    # "ago" deep in the reported clause is the speaker's
    ("Officials said the clinic lost a quarter of its staff, which had shrunk three years ago.",
     [("a quarter", [("Officials", "anonymous")]), ("three years", [("Officials", "anonymous")])]),
    # a span that dates the saying, or one told with no source, stays the outlet's
    ("The mayor said two weeks ago that the clinic would close.", [("two weeks", [])]),
    ("Two weeks ago, the mayor said the clinic would close.", [("Two weeks", [])]),
    ("The bakery opened in 1990, two decades before the flood.", [("two decades", [])]),
    # what the span dates is what the officials say happened: theirs
    ("She revealed it nine days earlier, officials said.", [("nine days", [("officials", "anonymous")])]),
])
def test_span_of_time_inside_a_report(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of time or a length in what a cue reports is the speaker's, whatever the figure:
    # after the cue, before it, or around a cue set in the sentence as an aside
    ("The plant reopened four years later, the mayor said.", [("four years", [("the mayor", "government")])]),
    ("The mayor said the plant reopened four years later.", [("four years", [("The mayor", "government")])]),
    ("The plant, the mayor said, reopened four years later.", [("four years", [("the mayor", "government")])]),
    ("Reopening the plant four years later, the mayor said, was hard.",
     [("four years", [("the mayor", "government")])]),
    ("The plant closed a week ago, the mayor said.", [("a week", [("the mayor", "government")])]),
    ("The council debated the plan for 20 minutes, the mayor said.",
     [("20 minutes", [("the mayor", "government")])]),
    ("The council, the mayor said, debated the plan for 20 minutes.",
     [("20 minutes", [("the mayor", "government")])]),
    ("Hiring 30 teachers was hard, the mayor said.", [("30", [("the mayor", "government")])]),
    # the parse may take the clause's verb for an adjective: still the reported clause
    ("A report noted that more farmers own land than rent it: 72 percent own theirs, up from 58 percent "
     "15 years ago.", [("72 percent", [("A report", "media")]), ("58 percent", [("A report", "media")]),
                       ("15 years", [("A report", "media")])]),
    # a span that sets when the words were said is the outlet's
    ("The mayor said four years later that the plant had reopened.", [("four years", [])]),
    ("Speaking four years later, the mayor said the plant had reopened.", [("four years", [])]),
    ("Speaking for 20 minutes, the mayor said the plan was sound.", [("20 minutes", [])]),
    ("The mayor said for 20 minutes that the plan was sound.", [("20 minutes", [])]),
    ("The mayor announced 12 hours after the quake that the road would close.", [("12 hours", [])]),
])
def test_span_of_time_in_what_a_cue_reports(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The senator reminded voters of the 40 bridges she had built.", [("40", [("The senator", "anonymous")])]),
    ("The mayor talked up her \u201c30-county plan,\u201d promising to visit every town.",
     [("30", [("The mayor", "government")])]),
    # talking with someone, reminding someone to do a thing, or not reminding: no telling of a figure
    ("The mayor talked with 40 farmers.", [("40", [])]),
    ("The senator reminded the 40 guests to sit down.", [("40", [])]),
    ("The senator did not remind voters of the 40 bridges.", [("40", [])]),
])
def test_talking_of_a_figure(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what one asks "about" is the asker's telling, the listener named or not
    ("The host asked the mayor about the 40 clinics that closed in May.", [("40", [("The host", "organisation")])]),
    ("The survey asked voters about the 12 bus routes that were cut.", [("12", [("The survey", "organisation")])]),
    # the one asked, an asking with no one named, or asking for a thing tells nothing of it here
    ("She was asked about the 40 clinics.", [("40", [])]),
    ("Asked about the 40 clinics, the mayor declined to comment.", [("40", [])]),
    ("The host did not ask about the 40 clinics.", [("40", [])]),
])
def test_asking_about_a_figure(text, expected):
    assert chains(text) == expected
