"""Articles and figures built by hand for the align tests: one text, its figures told by the words
that carry them, so that a test reads as the sentence it is about."""

from __future__ import annotations

import itertools
import re

from storyline.model import (
    Article,
    Attribution,
    Field,
    Figure,
    Provenance,
    Quantity,
    Source,
)

_IDS = itertools.count()
#: The end of a sentence: a full stop and a space or the end of the text, not after "Mr" ("Mr. Ruiz").
_SENTENCE_END = re.compile(r"(?<!Mr)\.(?:\s|$)")


def article(text: str, published: str | None = "2024-11-20") -> Article:
    """An article of ``text`` published on ``published`` (an ISO day), with an id of its own."""
    return Article(id=f"a{next(_IDS):08d}", text=text, provenance=Provenance("/x", "text", "0" * 64),
                   published=Field(published, "json"))


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence of ``text`` that holds the offset ``start``."""
    stops = list(_SENTENCE_END.finditer(text))
    return (max((m.end() for m in stops if m.end() <= start), default=0),
            min((m.start() + 1 for m in stops if m.start() >= start), default=len(text)))


def figure(art: Article, qtext: str, low: float | None, high: float | None, measure: str, head: str,
           source: str | None = None, modality: str = "asserted", unit: str | None = None, approx: bool = False,
           nth: int = 0, sentence: bool = False) -> Figure:
    """The figure of the ``nth`` occurrence (from 0) of ``qtext`` in the article, worth ``low``..``high``
    of ``unit``, counting ``measure`` (its head noun ``head``), said by the organisation
    ``source`` when given. Its sentence is the whole text unless ``sentence`` (then the sentence
    that holds it, :func:`sentence_of`)."""
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(qtext, start + 1)
    q = Quantity(qtext, start, start + len(qtext), low, high, approx=approx, unit=unit)
    attr = Attribution((Source(source, "organisation", "said"),)) if source else Attribution()
    s0, s1 = sentence_of(art.text, start) if sentence else (0, len(art.text))
    return Figure(art.id, q, measure, head, attr, modality, s0, s1)
