"""Table tests of seven ways English reports who stands behind a figure: a poll's share of
people given as a count out of every so many ("six in 10 voters said ..."); an aim told inside
someone's claim ("the union's claim that the mayor wanted to close 12 schools"); a reminder or
a telling again with a clause ("reminded voters that ...", "reaffirmed that ..."); a quotation
after a colon that closes a clause about someone ("The mayor later apologized: “...”"), or
opening the sentence after one a speaker tells ("Tom Hale says the mayor will win. “Several
polls suggest ...”"); a saying in a relative clause whose clause the parse hung beside it
("who boasts he has hosted ..."); and the subject of a verb in round brackets inside them."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    # a count out of every so many people asked is the poll's finding, not their own words
    ("A new survey shows the race is close: six in 10 Democrats said the party should unite.",
     [("six in 10", [("A new survey", "organisation")])]),
    ("Six in 10 said the party should unite, the survey found.",
     [("Six in 10", [("the survey", "organisation")])]),
    ("A new survey found that one in five voters say they will stay home.",
     [("one in five", [("A new survey", "organisation")])]),
    # a count of people beside a count of places is no share: they speak for themselves
    ("Six voters in 10 towns said the road cost $40 million.",
     [("Six", []), ("10", []), ("$40 million", [("Six voters in 10 towns", "anonymous")])]),
    ("Forty residents said the road cost $40 million.",
     [("Forty", []), ("$40 million", [("Forty residents", "anonymous")])]),
])
def test_ratio_of_people_asked(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aim told in a claim is told by the claim's owner
    ("The union's earlier claim that the mayor wanted to close 12 schools did not ring true.",
     [("12", [("The union", "organisation")])]),
    ("The union repeated its claim that the mayor wanted to close 12 schools.",
     [("12", [("The union", "organisation")])]),
    ("The governor's report that the council plans to hire 40 nurses was wrong.",
     [("40", [("The governor", "government")])]),
    # no claim above it: the aim stays its holder's, and a fear held is no claim
    ("The mayor wanted to close 12 schools.", [("12", [("The mayor", "government")])]),
    ("The union expressed fears that the mayor wanted to close 12 schools.",
     [("12", [("the mayor", "government")])]),
    ("The mayor's plan to close 12 schools was dropped.", [("12", [])]),
])
def test_aim_inside_claim(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor reminded voters that the plant cut 3,000 jobs.",
     [("3,000", [("The mayor", "government")])]),
    ("Her rival reminds her that 300 workers lost their jobs, the paper said.",
     [("300", [("Her rival", "organisation"), ("the paper", "organisation")])]),
    # told again: "reaffirmed that ...", not "reaffirmed its support for ..."
    ("The poll reaffirmed that 42% of voters back the plan.", [("42%", [("The poll", "organisation")])]),
    ("The council reaffirmed its support for the 40 new homes.", [("40", [])]),
    # a reminder to do something tells no clause
    ("The sign reminded drivers to slow to 20 mph.", [("20 mph", [])]),
    ("The coach reminded the players to run 10 laps.", [("10", [])]),
])
def test_reminded_that(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" never stands for one thing told with "a", whatever verb it was the subject of
    ("However, a chat with a friend reminded me of that day.\n\nWhy should they tell it to thousands of fans?",
     [("thousands", [("", "anonymous")])]),
    # a body named before still is what "they" stands for
    ("The council said it would act.\n\nThey say 40 homes will be built.", [("40", [("The council", "government")])]),
])
def test_they_stands_for_people_or_a_body(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation after a colon that closes a clause about someone: that one's words
    ('The mayor later apologized: "I should have hired 40 more nurses."',
     [("40", [("The mayor", "government")])]),
    ("Ann Lee was blunt: “We need 40 more beds.”", [("40", [("Ann Lee", "person")])]),
    ('The mayor has since apologized for the delay: "Frankly, we ought to have opened three offices. '
     'That was my error."', [("three", [("The mayor", "government")])]),
    # a thing, a paper or a crowd before the colon, a denied clause: no one's words by that
    ("The report was blunt: “40 schools will close.”", [("40", [])]),
    ("The Courier was blunt: “40 schools will close.”", [("40", [])]),
    ("Voters had one question: “Where are the 40 nurses?”", [("40", [])]),
    ("Ann Lee did not apologize: “We hired 40 nurses.”", [("40", [])]),
    # a speaker named after the quotation comes first
    ("The council met on Monday: “We need 40 beds,” Tom Hale said.", [("40", [("Tom Hale", "person")])]),
])
def test_quotation_after_clause_and_colon(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation opening the next sentence of the paragraph goes on with the one who told the
    # sentence before, even when it holds a verb of its own
    ('Tom Hale says the mayor will win. "Several polls suggest a second look is under way."',
     [("Several", [("Tom Hale", "person")])]),
    ('The mayor will win, Tom Hale says. "Several polls suggest a second look is under way."',
     [("Several", [("Tom Hale", "person")])]),
    # a belief, or no one telling the sentence before: the quotation is no one's by that
    ("Ann Lee thinks the fund is short. “We need $40 million.”", [("$40 million", [])]),
    ("The fund is short. “We need $40 million.”", [("$40 million", [])]),
])
def test_quotation_after_told_sentence(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a saying in a relative clause whose own clause the parse hung beside it on the same noun
    ("Tom Hale, who boasts he has hosted over 120 forums in Iowa, will run again.",
     [("over 120", [("Tom Hale", "person")])]),
    ("The senator, who boasts he has hosted over 120 forums, will run again.",
     [("over 120", [("The senator", "anonymous")])]),
    # no saying, or a clause of its own joined by "and": the figure is the writer's
    ("The senator, who spoke, has held more than 100 meetings.", [("more than 100", [])]),
    ("The senator, who left and has held more than 100 meetings, will run again.",
     [("more than 100", [])]),
])
def test_relative_saying_with_clause_beside(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb in round brackets that the parse gave a subject outside them as well: the one inside
    ("The mayor says the city will admit 2,000 refugees (in fact, the council has proposed accepting 300 refugees).",
     [("2,000", [("the city", "organisation"), ("The mayor", "government")]),
      ("300", [("the council", "government")])]),
    # a subject alone, inside or outside the brackets
    ("The city will admit 2,000 refugees (the mayor says 300 is more likely).",
     [("2,000", [("The city", "organisation")]), ("300", [("the mayor", "government")])]),
    ("The mayor (a former judge) says the city will admit 2,000 refugees.",
     [("2,000", [("the city", "organisation"), ("The mayor", "government")])]),
])
def test_subject_inside_parentheses(text, expected):
    assert chains(text) == expected
