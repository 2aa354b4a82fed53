"""The align stage: tracked figures of a story, and the findings a careful editor would state.

:mod:`storyline.align.measure` reads what each figure measures (event, holder, dimension,
context) with the English words of :mod:`storyline.align.vocab`;
:mod:`storyline.align.figures` groups the figures of one story that measure the same thing
(:class:`~storyline.model.TrackedFigure`); :mod:`storyline.align.findings` compares the
figures of each group (agree, conflict, update, scope, outlier, hypothetical) and builds
the story's :class:`~storyline.align.findings.Ledger`.
"""

from __future__ import annotations

from storyline.align.figures import Alignment, align_figures
from storyline.align.findings import Ledger, findings, ledger, rank_findings
from storyline.align.measure import Measure, measure_of

__all__ = ["Alignment", "Ledger", "Measure", "align_figures", "findings", "ledger", "measure_of",
           "rank_findings"]
