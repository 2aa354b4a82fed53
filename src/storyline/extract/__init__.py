"""The extract stage: claims read from parsed articles; the first-class claim is a figure.

:func:`figures` runs quantities -> measure -> attribution -> time -> modality over one
article's spaCy ``Doc``; every function here is pure (no I/O) and a stage class only
adapts them.
"""

from __future__ import annotations

from storyline.extract.figures import figure_record, figures, figures_from_docs
from storyline.extract.quantities import quantities

__all__ = ["figure_record", "figures", "figures_from_docs", "quantities"]
