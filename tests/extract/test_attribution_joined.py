"""Table tests of who says a figure across clauses joined by a comma and "and", of deeds of play
told with "post" or "record", and of a speaker referred back to by a description ("the Ohio tool
company", "the nurse") (storyline.extract.attribution)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    # a speaker in a clause joined after the figure's by ", and" tells only that clause
    ("The storm flooded 40 homes, and officials said the toll could rise.", [("40", [])]),
    ("Lee won 40 votes, and he said he would run again.", [("40", [])]),
    ("Twelve boats sank near the pier when the storm hit, and officials said on Friday they were "
     "looking for survivors, the Harbour Times reported.",
     [("Twelve", [("the Harbour Times", "media")])]),
    ("The driver owed rent on his 9-room house, and according to the police, he had "
     "told friends he would flee.", [("9", [])]),
    # what a speaker tells ends where a clause with a subject of its own is joined by ", and"
    ("Analysts had expected the firm to post a small profit, and its stock was down 25 cents yesterday.",
     [("25 cents", [])]),
    ("The mayor said the park would open in May, and the council voted 7-2 to fund it.",
     [("7", []), ("2", [])]),
    # not a tag closing the sentence, a clause whose subject is the figure, nor a first clause
    # that is itself a speaker's
    ("The storm flooded 40 homes, officials said, and the toll could rise.",
     [("40", [("officials", "anonymous")])]),
    ("Police said four people died, and 12 were injured.",
     [("four", [("Police", "government")]), ("12", [("Police", "government")])]),
    ("Even so, in May she raised $2.1 million, and she had almost $3 million in cash at the end of "
     "June, according to her filings.",
     [("$2.1 million", [("her filings", "organisation")]), ("almost $3 million", [("her filings", "organisation")])]),
    ("The mayor called it a 40-day effort, and she said the city would pay.",
     [("40-day", [("The mayor", "government")])]),
])
def test_clauses_joined_by_and(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a player or a side posting or recording a feat of play did it; they said nothing
    ("Ann Lee posted a season-best nine rebounds in the loss.", [("nine", [])]),
    ("The league's top scorer, Tom Reed, posted a season-best 31 points.", [("31", [])]),
    ("Reed passed Ford while posting 22 points as the Owls won.", [("22", [])]),
    ("The guard recorded his first interception in the third quarter.", [("third", [])]),
    # results a body posts, a clause posted, a count a ministry or a poll records are told
    ("Acme posted a loss of $5 million.", [("$5 million", [("Acme", "organisation")])]),
    ("The senator posted on Facebook that 40 people had died.", [("40", [("The senator", "anonymous")])]),
    ("The ministry recorded 40 cases of flu.", [("40", [("The ministry", "government")])]),
    ("The poll recorded 12 points of support for the plan.", [("12", [("The poll", "organisation")])]),
])
def test_feats_of_play(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a business described by its place or trade is the one named before
    ("Acme Corp. said it would cut 40 jobs. The Ohio tool company said it would close three plants.",
     [("40", [("Acme Corp.", "organisation")]), ("three", [("Acme Corp.", "organisation")])]),
    ("Acme Corp. said it would cut 40 jobs. The computer maker also said it would close three plants.",
     [("40", [("Acme Corp.", "organisation")]), ("three", [("Acme Corp.", "organisation")])]),
    # "the company" is the body named as a subject since the last speaker, as "it" is
    ("Acme Corp. said it would cut 40 jobs. A unit of Beta Holdings disclosed a stake of 5% in Acme, "
     "according to Tom Lee, its treasurer. Acme's shares rose. Acme announced the bid after the market "
     "closed. The company said it raised its dividend by 20%.",
     [("40", [("Acme Corp.", "organisation")]),
      ("5%", [("A unit of Beta Holdings", "organisation"), ("Tom Lee, its treasurer", "person")]),
      ("20%", [("Acme", "organisation")])]),
    # by a body's name, never by a phrase that only holds one, nor by another "the company"
    ("Acme Corp. reported a drop in net income, citing losses in its Beta Freight unit. The Ohio trucking "
     "company said its net came to $7.4 million.", [("$7.4 million", [("Acme Corp.", "organisation")])]),
    ("Acme Corp. said it lost $5 million. The Ohio tool company said the loss was 40% smaller. During the "
     "quarter, the company cut 300 jobs. The company said its debt fell to 1% of assets.",
     [("$5 million", [("Acme Corp.", "organisation")]), ("40%", [("Acme Corp.", "organisation")]),
      ("300", []), ("1%", [("Acme Corp.", "organisation")])]),
    ("Acme Corp. said that a Belgian company is seeking leave to buy 25% of its shares. The company said "
     "it cut the level to 10%.",
     [("25%", [("Acme Corp.", "organisation")]), ("10%", [("Acme Corp.", "organisation")])]),
    # a name, a bare trade noun and a "the company" nothing named before stay as the text gives them
    ("The Harbour Company said it hired 40 people.", [("40", [("The Harbour Company", "organisation")])]),
    ("The pilot had flown 2,000 hours with Skyways, the airline said.",
     [("2,000 hours", [("the airline", "organisation")])]),
    ("The company said it had cut 40 jobs.", [("40", [("The company", "organisation")])]),
])
def test_business_described(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the nurse" is the one named with that job before, and so is "she" after
    ("One of the dead was a boy, said Ann Ruiz, a nurse at a clinic in the town. \u201cWe have treated "
     "50 people,\u201d added the nurse. Injured people came in two trucks, she said.",
     [("One", [("Ann Ruiz, a nurse at a clinic in the town", "person")]),
      ("50", [("Ann Ruiz, a nurse at a clinic in the town", "person")]),
      ("two", [("Ann Ruiz, a nurse at a clinic in the town", "person")])]),
    ("Tom Reed, the head coach, said his team lost 12 games. The coach said 40 players tried out.",
     [("12", [("Tom Reed, the head coach", "person")]), ("40", [("Tom Reed, the head coach", "person")])]),
    # no one named with the job: the job as the text gives it
    ("A nurse said 12 people came in. The nurse added that 40 were hurt.",
     [("12", [("A nurse", "anonymous")]), ("40", [("The nurse", "anonymous")])]),
])
def test_person_named_by_job(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "he" or "she" closing a clause before a colon and a quotation: the person last named so
    ("Ann Lee, the mayor, spoke on Monday. She was blunt: \u201cWe need 40 more officers.\u201d",
     [("40", [("Ann Lee", "person")])]),
    ("Ann Lee spoke on Monday. She later apologized: \u201cWe lost 40 votes.\u201d",
     [("40", [("Ann Lee", "person")])]),
    # no one named before, or only a man for "she": the writer's quotation
    ("He was blunt: \u201cWe need 40 more officers.\u201d", [("40", [])]),
    ("Mr. Tom Reed spoke first. She was blunt: \u201cWe need 40 more officers.\u201d", [("40", [])]),
])
def test_pronoun_before_colon(text, expected):
    assert chains(text) == expected
