"""What the quantity table tests compare: the quantities found in a text, as tuples."""

from __future__ import annotations

from storyline.extract.quantities import quantities
from storyline.nlp import load_pipeline


def found(text: str) -> list[tuple]:
    """(text, low, high, approx, unit) of each quantity, with the parse, offsets checked."""
    qs = quantities(text, load_pipeline()(text))
    for q in qs:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.low, q.high, q.approx, q.unit) for q in qs]
