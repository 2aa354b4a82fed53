"""The align stage: tracked figures of a story, and the findings a careful editor would state.

:mod:`storyline.align.figures` groups the figures of one story that measure the same thing
(:class:`~storyline.model.TrackedFigure`); :mod:`storyline.align.findings` compares the
figures of each group (agree, conflict, update, scope, outlier, hypothetical) and builds
the story's :class:`~storyline.align.findings.Ledger`.
"""

from __future__ import annotations

from storyline.align.figures import Alignment, align_figures
from storyline.align.findings import Ledger, findings, ledger, ledger_record

__all__ = ["Alignment", "Ledger", "align_figures", "findings", "ledger", "ledger_record"]
