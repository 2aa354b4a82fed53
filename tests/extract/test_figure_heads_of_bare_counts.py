"""Table tests of the head of a bare count that a casualty participle after it describes ("among
hundreds injured", "Dozens hurt in the crash were ..."): the wounded, not a count of nothing named
(storyline.extract.measure, storyline.extract.quantities)."""

from __future__ import annotations

import pytest

from storyline.extract.figures import figures
from storyline.model import Article, Field, Provenance, article_id_for


def heads(text: str) -> list[tuple[str, str]]:
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("mem.txt", "text", ""),
                  published=Field(None, ""))
    return [(f.quantity.text, f.measure_head) for f in figures(art)]


@pytest.mark.parametrize("text, expected", [
    ("The mayor was among hundreds injured, the radio said.", [("hundreds", "wounded")]),
    ("Dozens injured in the blast were taken to hospital.", [("Dozens", "wounded")]),
    ("Hundreds hurt in the crush were treated at the scene.", [("Hundreds", "wounded")]),
    ("Medics said 12 injured in the fire went home.", [("12", "wounded")]),
    # no casualty participle after the count
    ("Thousands attended the rally.", [("Thousands", "count")]),
    ("Dozens of fans cheered the team.", [("Dozens", "fan")]),
])
def test_a_count_a_casualty_participle_describes(text, expected):
    assert heads(text) == expected
