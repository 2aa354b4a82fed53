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
    ("Kyiv has never received the 40 tanks.", [("40", "negated")]),
    # an age in an apposition is not negated by the clause around it
    ("The commander, a 41-year-old colonel, did not comment.", [("41-year-old", "asserted")]),
])
def test_modality(text, expected):
    assert modalities(text) == expected


@pytest.mark.xfail(strict=True, reason="hedging nouns ('unconfirmed reports of 300 dead') are not read")
def test_hedging_noun():
    assert modalities("There were unconfirmed reports of 300 dead.") == [("300", "reported")]
