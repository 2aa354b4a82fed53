"""Table tests of figure modality (storyline.extract.modality via figures())."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Provenance, article_id_for


def modalities(text: str) -> list[tuple[str, str]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""))
    return [(f.quantity.text, f.modality) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    ("The army sent 10,000 troops.", [("10,000", "asserted")]),
    ("A US official said 300 soldiers died.", [("300", "asserted")]),
    ("Russian forces reportedly lost 1,200 men.", [("1,200", "reported")]),
    ("Some 300 fighters are believed to be in the town.", [("Some 300", "reported")]),
    ("Reports suggest that the North sent approximately 11,000 soldiers.", [("approximately 11,000", "reported")]),
    ("The opposition claims that 3 million ballots were lost.", [("3 million", "reported")]),
    ("North Korea may deploy up to 100 000 troops.", [("up to 100 000", "hypothetical")]),
    ("If demand holds, output could rise by 15%.", [("15%", "hypothetical")]),
    ("The strike might have killed 40 soldiers.", [("40", "hypothetical")]),
    ("The company will hire 600 workers.", [("600", "forecast")]),
    ("Production is expected to reach 80,000 vehicles.", [("80,000", "forecast")]),
    ("The minister promised 20 million euros in aid.", [("20 million euros", "forecast")]),
    ("The bank expects growth of 2 percent.", [("2 percent", "forecast")]),
    ("The firm did not cut 500 jobs.", [("500", "negated")]),
    # a verb's negation and modals bear on what it predicates, not on its subject, a setting
    # or a clause that describes a noun
    ("The other four victims did not suffer serious injuries.", [("four", "asserted")]),
    ("In the past 40 years there has never been such a crowd.", [("40 years", "asserted")]),
    ("The governor, who will be sworn in in 70 days, spoke.", [("70 days", "asserted")]),
    ("He did not miss the pitch that put them up by 7 runs.", [("7", "asserted")]),
    ("Perhaps the worst loss came 13 years ago.", [("13 years", "asserted")]),
    # unless the predicate denies the figure itself
    ("Reports of 15,000 troops were not accurate.", [("15,000", "negated")]),
    # a figure describing a noun further up is taken as known, whatever is denied of the noun
    ("They will not forgive the loss of 40,000 jobs.", [("40,000", "asserted")]),
    ("They did not cut 500 jobs.", [("500", "negated")]),
    ("Kyiv has never received the 40 tanks.", [("40", "negated")]),
    # an age in an apposition is not negated by the clause around it
    ("The commander, a 41-year-old colonel, did not comment.", [("41-year-old", "asserted")]),
    # "can" states a capability, not a hypothesis; "could" stays hypothetical
    ("The new ferry can carry 900 passengers.", [("900", "asserted")]),
    ("The rockets, which can fly about 70 kilometres, were stored nearby.", [("about 70 kilometres", "asserted")]),
    ("The storm could cut power to 5,000 homes.", [("5,000", "hypothetical")]),
    # a negation does not cross "but" into a clause with its own subject
    ("The mayor said the shelters had not opened yet, but hundreds had queued outside.",
     [("hundreds", "asserted")]),
    ("Rescuers did not find the hikers, but 12 volunteers kept searching.", [("12", "asserted")]),
    ("The club did not sign 3 players or sell any.", [("3", "negated")]),  # one clause, one subject
    # "would" under a forecast cue is the forecast's future, not a hypothesis
    ("The agency predicted that prices would rise by 6%.", [("6%", "forecast")]),
    ("Analysts forecast that the port would handle 2 million containers.", [("2 million", "forecast")]),
    ("He said the plant would close if 300 jobs were cut.", [("300", "hypothetical")]),
    ("She said the town would need 40 more nurses.", [("40", "hypothetical")]),
    # page furniture glued before a sentence: its negation or modal is another clause's
    ("Thank you for joining! Could not join, try again later Invalid Name Tom Bell won 5 seats.",
     [("5", "asserted")]),
    ("Thank you for joining! Could not join, try again later Invalid Email Tom Bell received a large boost "
     "just four days before the race after the panel found nothing new.", [("just four days", "asserted")]),
    # an adverbial clause with its own subject is its own statement
    ("The council did not meet after 9 members resigned.", [("9", "asserted")]),
    ("The plant would close if 300 jobs were cut.", [("300", "hypothetical")]),
    # unless the clause above says whether the figure's clause is true
    ("It is not true that the firm cut 500 jobs.", [("500", "negated")]),
    # an ability denied within a time limit denies doing it that fast: what it counts is known
    ("You cannot check 300 ballots within an hour.", [("300", "asserted")]),
    ("\"You can't sort 40,000 parcels in two days,\" the manager said.",
     [("40,000", "asserted"), ("two days", "asserted")]),
    # no time limit, no ability, or a time that is no limit: the count is denied
    ("You can't sort 40,000 parcels.", [("40,000", "negated")]),
    ("The firm did not cut 500 jobs in two years.", [("500", "negated"), ("two years", "asserted")]),
    ("Officials could not confirm 15 deaths in the town.", [("15", "negated")]),
])
def test_modality(text, expected):
    assert modalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # word of a figure is not the figure: it is reported
    ("There were unconfirmed reports of 300 dead.", [("300", "reported")]),
    ("Rumours of 40 arrests spread through the town.", [("40", "reported")]),
    ("The union denied claims of 2,000 job cuts.", [("2,000", "reported")]),
    # unless something denies it, or the noun is not word of it
    ("Reports of 15,000 troops were not accurate.", [("15,000", "negated")]),
    ("The report runs to 300 pages.", [("300", "asserted")]),
    ("The agency filed 12 reports of fraud.", [("12", "asserted")]),
    ("The loss of 300 jobs hit the town.", [("300", "asserted")]),
])
def test_hedging_noun(text, expected):
    assert modalities(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a definite count is taken as known; what will or may be done with it is not the figure's
    ("The council will close the 14 libraries.", [("14", "asserted")]),
    ("The council will close 14 libraries.", [("14", "forecast")]),
    ("They may sell all 300 flats.", [("300", "asserted")]),
])
def test_definite_counts_keep_their_modality(text, expected):
    assert modalities(text) == expected
