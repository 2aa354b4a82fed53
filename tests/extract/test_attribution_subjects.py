"""Table tests of who says a figure when the parse misreads the speaker's words: a subject set
after a dash, a results noun read by its lemma, a verb of saying read as a noun in a relative
clause, a text that "reads" before a quotation (storyline.extract.attribution)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    # an aside between spaced dashes: its speaker says only what stands between the dashes
    ("The town keeps a costly - some say reckless - promise to plant 900 trees by 2030.",
     [("900", [])]),
    ("He left behind a bold - critics say foolish - plan to cut fares 40 percent.",
     [("40 percent", [])]),
    # a hyphen inside a word before the subject's name is no break: the whole phrase says it
    ("The front-runner Ana Ruiz said 300 posts would go.",
     [("300", [("The front-runner Ana Ruiz", "person")])]),
    ("Some say 300 posts would go.", [("300", [("Some", "anonymous")])]),
])
def test_subject_after_a_dash(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "results" (lemma "result") of a poll show a figure: the results'
    ("First results of the county survey show two-thirds of renters in Leeds, 7 in 10 in York "
     "and about 8 in 10 in Hull back the levy.",
     [("two-thirds", [("First results of the county survey", "organisation")]),
      ("7 in 10", [("First results of the county survey", "organisation")]),
      ("about 8 in 10", [("First results of the county survey", "organisation")])]),
    # people who show something are no evidence
    ("The players show 40 fans the cup.", [("40", [])]),
])
def test_results_as_evidence(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "estimates" tagged as a noun, the subject of the relative clause's verb after it
    ("The mayor backs a new bridge, which the Transport Council estimates would cost $80 million.",
     [("$80 million", [("the Transport Council", "government")])]),
    ("The mayor backs a plan, which the Farm Bureau claims will cost 300 jobs.",
     [("300", [("the Farm Bureau", "organisation")])]),
    # a noun before a verb a plural takes, or no relative pronoun: no one tells the figure
    ("The council estimates were too low to fund 40 roads.", [("40", [])]),
    ("The fund, which the bank reports describe as large, holds $40 million.", [("$40 million", [])]),
])
def test_verb_of_saying_read_as_noun_in_a_relative(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it reads," before a quotation: the text's words (an "it" is left unnamed)
    ("The flyer came by mail. At the bottom it reads, \u201cOur drive raised $35,000 for 40 families.\u201d",
     [("$35,000", [("", "anonymous")]), ("40", [("", "anonymous")])]),
    ("The sign reads, \u201cOpen 24 hours.\u201d", [("24 hours", [("The sign", "organisation")])]),
    # reading as a person's deed tells nothing
    ("He reads, at 80, three books a week.", [("80", []), ("three", [])]),
])
def test_text_that_reads_before_a_quotation(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "found" with a share after it is a finding its subject reports (also as the second of two verbs)
    ("The auditors combed the books and found 40 percent of the grants unspent.",
     [("40 percent", [("The auditors", "anonymous")])]),
    ("The auditors found 12 percent of the money missing.", [("12 percent", [("The auditors", "anonymous")])]),
    # a count found is a deed
    ("The divers found 300 coins on the wreck.", [("300", [])]),
])
def test_finding_a_share(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a work that references figures states them
    ("The book references 12 studies that support the idea.", [("12", [("The book", "organisation")])]),
    # a person who references something is no evidence
    ("The coach references four games in which his team lost.", [("four", [])]),
])
def test_work_that_references(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one who may speak revising a reckoned count to a figure reports it
    ("Officials raised the death toll to 40 on Monday.", [("40", [("Officials", "anonymous")])]),
    ("The coast guard agency increases the toll from the storm to 31.",
     [("31", [("The coast guard agency", "government")])]),
    # an event that brings a toll up, or a deed on a price, reports nothing
    ("New deaths raised the toll to 40.", [("40", [])]),
    ("The club raised ticket prices to $40.", [("$40", [])]),
])
def test_revising_a_count(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "several" after a verb of evidence is a figure the record states
    ("The report also documented several cases where the mayor acted for donors.",
     [("several", [("The report", "media")])]),
    # ... a person's deed on several things is no evidence
    ("The mayor also visited several towns where the river rose.", [("several", [])]),
])
def test_evidence_of_several(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an intent noun with no owner after "with" on a verb: the intent of that verb's subject
    ("The campaign is making its biggest ad buy yet, with plans to spend $10 million on spots.",
     [("$10 million", [("The campaign", "organisation")])]),
    ("The council met on Monday, with plans to hire 300 nurses.", [("300", [("The council", "government")])]),
    # "with" on a noun, or a subject that says nothing: no one's intent
    ("They bought a house with plans to add 3 rooms.", [("3", [])]),
    ("It rained all week, with plans to open 4 shelters.", [("4", [])]),
])
def test_intent_after_with(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause of saying with no pronoun right after a figure: the figure is what they say
    ("That is a small part of the $30 million analysts say it costs to run a state campaign.",
     [("$30 million", [("analysts", "anonymous")])]),
    ("The town has spent half of the $5 billion officials say the bridge will cost.",
     [("half", []), ("$5 billion", [("officials", "anonymous")])]),
    # the counted speakers as the subject, or no verb of saying after them: not what is said
    ("Forty analysts say it costs too much.", [("Forty", [])]),
    ("He met the 40 analysts at noon.", [("40", [])]),
])
def test_figure_before_a_relative_of_saying(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause on a noun of what someone holds is part of the view
    ("The organisers are sure it is the one village in which a couple can get by on 700 euros a month.",
     [("700 euros a month", [("The organisers", "anonymous")])]),
    # a clause that sets the scene inside it is not
    ("The crowd believed it knew the ending when he came on with two minutes left.", [("two minutes", [])]),
])
def test_relative_clause_in_a_view(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a view held: its holder's
    ("The founders are sure that 40 families will move in.", [("40", [("The founders", "anonymous")])]),
    # a view questioned is nobody's view: the question is the asker's
    ("Reporters asked how the mayor was so sure that 40 families would move in.",
     [("40", [("Reporters", "anonymous")])]),
])
def test_a_view_questioned_is_not_held(text, expected):
    assert chains(text) == expected
