"""Table tests of date phrases resolved in their clause (storyline.extract.timex) and of a figure's times."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.extract.figures import figures
from storyline.extract.timex import resolve_in_context
from storyline.model import Article, Field, Provenance, article_id_for

PUB = dt.date(2024, 11, 22)  # a Friday


@pytest.mark.parametrize("text, expected", [
    # said_on: the date of the reporting verb; refers_to: the date of the figure's own clause
    ("North Korea sent 10,000 troops, a Pentagon spokesperson said during a briefing on Nov. 12.",
     ("2024-11-12", None)),
    ("Russia is gathering 50,000 soldiers, the New York Times reported on Nov. 10.", ("2024-11-10", None)),
    ("According to officials, on November 20, Ukraine launched at least ten missiles.", (None, "2024-11-20")),
    ("On Monday, military intelligence said at least 30 soldiers had been killed.", ("2024-11-18", None)),
    ("Earlier this month, the plant produced 5 000 cars.", (None, "2024-11")),
    ("The army sent 300 soldiers.", (None, None)),
    # "X reported on Sunday, citing Y": the day of the report
    ("The army has massed about 9,000 troops near the pass, The Morning Star reported on Sunday, "
     "citing Western diplomats.", ("2024-11-17", None)),
    # "on <date>, when X said": the date of the saying
    ("The figure is up from the count the agency gave on Nov. 14, when an official said 70 people "
     "were missing.", ("2024-11-14", None)),
    # a forecast looks ahead: "by the end of March" is the next March; a past clause looks back
    ("The ministry predicted that the plant would hire 400 workers by the end of March.", (None, "2025-03")),
    ("The plant hired 400 workers in March.", (None, "2024-03")),
    # "since <date>" starts a span that runs to now: not when the figure holds
    ("Rents in the city have risen 40% since 2019.", (None, None)),
    ("The plant hired 400 workers, its largest intake since 2009.", (None, None)),
])
def test_figure_times(text, expected):
    art = Article(id=article_id_for(text), text=text, provenance=Provenance("t", "text", ""),
                  published=Field(PUB.isoformat(), "json"))
    (fig,) = figures(art)
    got = (fig.said_on.value if fig.said_on else None, fig.refers_to.value if fig.refers_to else None)
    assert got == expected
    for ref in (fig.said_on, fig.refers_to):
        if ref is not None:
            assert text[ref.start:ref.end] == ref.text


def _in_context(sentence: str, date_text: str, published: dt.date = PUB) -> str | None:
    from storyline.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    start = sentence.index(date_text)
    ent = doc.char_span(start, start + len(date_text), alignment_mode="expand")
    ref = resolve_in_context(ent, published)
    return ref.value if ref is not None else None


@pytest.mark.parametrize("sentence, date_text, expected", [
    # ahead: a future clause, a plan, "until"/"by"
    ("The council will vote on Jan. 5.", "Jan. 5", "2025-01-05"),
    ("The leaders will meet on Monday.", "Monday", "2024-11-25"),
    ("The team is expected to sign the deal in March.", "March", "2025-03"),
    ("The ban lasts until February.", "February", "2025-02"),
    # past: the last such date before publication
    ("The council voted on Dec. 5.", "Dec. 5", "2023-12-05"),
    ("The leaders met on Monday.", "Monday", "2024-11-18"),
    ("Prices had risen in March.", "March", "2024-03"),
    # no tense to go by: the nearer of the two
    ("The vote on Jan. 5 is the next test.", "Jan. 5", "2025-01-05"),
    ("The ruling of Nov. 12 is final.", "Nov. 12", "2024-11-12"),
])
def test_resolve_in_context(sentence, date_text, expected):
    assert _in_context(sentence, date_text) == expected
