"""Table tests of three ways English reports a saying without a plain verb of saying: a gerund
of saying after "by" on another verb ("ended the meeting by announcing that ...") or an
infinitive as its purpose ("held a briefing to brag that ..."), a doubt, hope
or fear one voices ("expressed doubts that ..."), and a paper or poll told by a participle of
showing ("records showing that ...")."""

from __future__ import annotations

import pytest

from .test_attribution import chains


@pytest.mark.parametrize("text, expected", [
    ("The bank ended its meeting by announcing that it would buy $5 billion in bonds.",
     [("$5 billion", [("The bank", "organisation")])]),
    ("The governor opened her speech by saying that the state had lost 3,000 jobs.",
     [("3,000", [("The governor", "government")])]),
    ("The governor stunned the crowd by revealing that the state had lost 3,000 jobs.",
     [("3,000", [("The governor", "government")])]),
    # the subject of the verb that the verb of doing completes
    ("Mayor Ann Lee spoke on Monday. She hopes to win support by suggesting that the city will add 300 jobs.",
     [("300", [("Ann Lee", "person")])]),
    # no saying: "without" or "instead of" it, a denied verb, a gerund of doing, a relative pronoun
    ("Voters who left the party by saying that it had lost 40 seats were angry.", [("40", [])]),
    ("The mayor left the meeting without saying that 40 teachers would be hired.", [("40", [])]),
    ("The firm surprised investors instead of announcing that it would cut 300 jobs.", [("300", [])]),
    ("The firm did not end the year by announcing that it would cut 300 jobs.", [("300", [])]),
    ("The team won the game by scoring 12 goals.", [("12", [])]),
    # an infinitive of saying set as the purpose of a verb's object, which the parse may read as
    # a relative clause on it: said by the verb's subject, not by a person as that object
    ("The mayor held a quick news briefing to brag that crime has fallen 12 percent.",
     [("12 percent", [("The mayor", "government")])]),
    ("The club needs a new coach to say that 40 players are enough.", [("40", [])]),
])
def test_saying_by_doing(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor expressed confidence that the city would add 2,000 jobs.",
     [("2,000", [("The mayor", "government")])]),
    ("The union voiced concern that 300 workers could lose their jobs.",
     [("300", [("The union", "organisation")])]),
    ("Parents raised fears that 12 schools would close.", [("12", [("Parents", "anonymous")])]),
    ("The union met on Monday and voiced concern that 300 workers could lose their jobs.",
     [("300", [("The union", "organisation")])]),
    # no clause the subject voices: "about" a figure, a denied verb, a relative clause, a hope "for"
    ("The union expressed concern about the 300 layoffs.", [("300", [])]),
    ("The mayor did not express confidence that the city would add 2,000 jobs.", [("2,000", [])]),
    ("The concern that 300 workers raised was ignored.", [("300", [])]),
    ("She raised hopes for 40 new homes.", [("40", [])]),
])
def test_voiced_attitude(text, expected):
    assert chains(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Records showing that the mayor received $40,000 in gifts were released on Monday.",
     [("$40,000", [("Records", "organisation")])]),
    ("A new report listing 12 closed plants was released.",
     [("12", [("A new report", "media")])]),
    ("The group published data indicating 300 clinics had closed.",
     [("300", [("data", "organisation"), ("The group", "organisation")])]),
    # a participle on no paper, or one in an aside of the subject: no evidence
    ("The crowd was showing 40 signs.", [("40", [])]),
    ("The crowd, showing 40 signs, marched on.", [("40", [])]),
    ("A boy holding 12 balloons walked in.", [("12", [])]),
])
def test_paper_showing(text, expected):
    assert chains(text) == expected
