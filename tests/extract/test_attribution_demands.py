"""Table tests of what a subject asks for, backs or puts out as the source of its figures
(storyline.extract.attribution._asks_for, _backs_course, _publishes_count), of papers and
finding verbs as evidence (_evidence_cue), of a court's ruling ("rule" as a verb of saying
with a clause), of what one calls someone or something (_calls_it), and of answering back
with a clause (_answers_back); a pronoun standing for a paper that shows a figure
(_paper_antecedent), the judge after "by" of a passive of judging (_judge_by) and a proposal
in round brackets (_reporter_above)."""

from __future__ import annotations

import pytest

from .test_attribution import chains


def _firsts(text: str) -> list[tuple[str, str | None]]:
    return [(q, srcs[0][0] if srcs else None) for q, srcs in chains(text)]


@pytest.mark.parametrize("text, expected", [
    # what is asked or pressed for is the asker's demand
    ("The council asked for $4 million to repair the bridge.", [("$4 million", "The council")]),
    ("The union pushed for a 12-week leave for new parents.", [("12-week", "The union")]),
    ("The nurses' union pressed the board to hire 40 more nurses.", [("40", "The nurses' union")]),
    # the one asked, a passive, is no asker
    ("The clerk was asked for 30 files by the court.", [("30", None)]),
    # an infinitive after a thing pushed is a purpose, no demand
    ("The crew pushed the cart to carry 40 boxes.", [("40", None)]),
    # asking with no figure in what is asked: nothing is demanded
    ("Pressed for time, the crew of 12 left early.", [("12", None)]),
])
def test_asking_for_a_figure(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a course backed: a gerund, an infinitive, a measure
    ("Ruiz supports raising the state minimum wage to $14.", [("$14", "Ruiz")]),
    ("The board backed cutting the rate to 3 percent.", [("3 percent", "The board")]),
    ("Senator Ruiz advocates tax cuts of $40 billion.", [("$40 billion", "Senator Ruiz")]),
    ("Ruiz, who supports raising the wage to $14, spoke on Monday.", [("$14", "Ruiz")]),
    # a thing kept up or a rival backed is no position
    ("The plant supports 3,000 jobs in the valley.", [("3,000", None)]),
    ("The fund backs 40 startups a year.", [("40", None)]),
    ("Young voters back him by 20 points.", [("20", None)]),
])
def test_backing_a_course(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a text put out and counted in the object is its publisher's count
    ("The campaign unveiled a list of 85 mayors who endorse her.", [("85", "The campaign")]),
    ("The office released 2,700 more pages of its files on Friday.", [("2,700", "The office")]),
    # what is freed or sold is no text
    ("The jail released 300 inmates last year.", [("300", None)]),
    ("The studio released 12 films in 2019.", [("12", None)]),
])
def test_publishing_a_counted_text(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a paper shows what is in its object; a study finds by "identify" too
    ("A court filing showed $400,000 in payments to the consultant.", [("$400,000", "A court filing")]),
    ("An email obtained by the paper shows the banker on a 12-page list of guests.", [("12", "An email")]),
    ("The audit identified 14 accounts with missing funds.", [("14", "The audit")]),
    ("The latest number shows the mayor ahead by 6 points.", [("6", "The latest number")]),
    # a person who identifies is no evidence; a paper made by someone shows nothing
    ("Police identified 3 suspects in the robbery.", [("3", None)]),
    ("The filing was made by 12 lawyers.", [("12", None)]),
    # a paper that puts or gives is no evidence
    ("The number of its users would put the app ahead of 40 rivals.", [("40", None)]),
])
def test_papers_as_evidence(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ruling with its clause, before or after, is the court's
    ("A county judge ruled that the college misled 2,300 students.", [("2,300", "A county judge")]),
    ("The plant will remain open for 18 months, a federal judge ruled Tuesday.",
     [("18 months", "a federal judge")]),
    # ruling over, out or on something says nothing
    ("The party ruled the city for 30 years.", [("30 years", None)]),
    ("Officials ruled out 3 of the sites.", [("3", None)]),
    ("The court ruled on 12 cases last week.", [("12", None)]),
    # rules as a noun in a list are no ruling
    ("The basic plan costs $10 a month for 3 users, custom fields, sorting rules, and a manager.",
     [("$10 a month", None), ("3", None)]),
])
def test_a_ruling(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what one calls someone, and why, is the caller's judgement
    ('Lee called the mayor a "liar" for claiming that 3,000 homes were built.', [("3,000", "Lee")]),
    ('Lee, who has called the 14-nation accord "a mistake," spoke on Monday.', [("14", "Lee")]),
    ('A third option is what Lee called a "let a hundred shops open" plan.', [("a hundred", "Lee")]),
    # a call made, or an object counted itself, is no judgement
    ("Lee called the office 3 times on Monday.", [("3", None)]),
    ('Lee called the 40 protesters "a mob."', [("40", None)]),
    # a name given is no judgement
    ("We call it the 30-Day Tidy Game.", [("30-Day", None)]),
])
def test_what_one_calls_it(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # answering back with a clause says that clause
    ("Lee fired back that the voters of this city had elected her twice.", [("twice", "Lee")]),
    ("The mayor shot back that the plan would cost $40 million.", [("$40 million", "The mayor")]),
    # shots fired back, or a hit back with no clause, say nothing
    ("The soldiers fired back 3 rounds at the truck.", [("3", None)]),
    ("Ruiz hit back at critics on Monday, 2 days after the vote.", [("2 days", None)]),
])
def test_answering_back(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" or "this" right after a sentence naming a paper stands for the paper, which shows the figure
    ("The county released a new audit on Monday. It showed $200,000 in missing funds.",
     [("$200,000", "a new audit")]),
    ("The board published its annual report. This shows 14 new schools.", [("14", "its annual report")]),
    ("The study was long. It lists 30 towns.", [("30", "The study")]),
    # "it" of anything else, or a paper named before another noun, shows nothing of a paper's
    ("The firm hired a new chef last year. It showed a 12 percent gain in sales.", [("12 percent", None)]),
    ("The audit came out in May, and the mayor praised the staff. It showed 40 errors.", [("40", None)]),
])
def test_pronoun_for_a_paper(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive of calling, viewing or judging with its judge after "by"
    ("The plan has been called a $3 billion giveaway by critics.", [("$3 billion", "critics")]),
    ("The 40 percent rise was viewed as a warning by some economists.", [("40 percent", "some economists")]),
    ("The nine-week walkout was regarded as a triumph by some in the guild.", [("nine-week", "some in the guild")]),
    ("The $2 million fee was criticized by Senator Ruiz.", [("$2 million", "Senator Ruiz")]),
    ("The plan was described as a $5 billion gamble by the mayor.", [("$5 billion", "the mayor")]),
    # a deed or a sight done by someone, a name given, a "by" of time: no judge
    ("The deal was signed by 12 mayors.", [("12", None)]),
    ("The game was seen by 40,000 fans.", [("40,000", None)]),
    ("The road was called Route 9 by locals for 40 years.", [("40 years", None)]),
    ("A 3 percent rise was viewed as likely by 2030.", [("3 percent", None)]),
    ("The 40 samples were blasted by scientists with X-rays.", [("40", None)]),
])
def test_judged_by(text, expected):
    assert _firsts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal set aside in round brackets is its proposer's, not the speaker's outside them
    ("Lee said the city would hire 40 nurses (the council has proposed hiring 25).",
     [("40", "Lee"), ("25", "the council")]),
    # a speaker inside the brackets still tells of it; a proposal told outside brackets stays the teller's
    ("Lee said the city would hire 40 nurses (Kim said the council has proposed hiring 25).",
     [("40", "Lee"), ("25", "Kim")]),
    ("Lee said the council has proposed hiring 25 nurses.", [("25", "Lee")]),
])
def test_proposal_in_brackets(text, expected):
    assert _firsts(text) == expected
