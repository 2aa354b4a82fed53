"""The cluster stage: near-duplicate copies of one article, and (later) stories.

:mod:`storyline.cluster.dedup` links articles that are the same text (``copy``), the same
body under another outlet (``syndicated``) or the same facts in paraphrase (``rewrite``),
with the evidence for each link. Later stages treat the two sides of such a link as one
source, not as two independent confirmations. It is incremental (:class:`DuplicateIndex`)
and can be rebuilt from stored signatures without reading the texts again.
"""

from __future__ import annotations

from storyline.cluster.dedup import (
    DuplicateIndex,
    DuplicatePair,
    classify,
    compare,
    find_duplicates,
)

__all__ = ["DuplicateIndex", "DuplicatePair", "classify", "compare", "find_duplicates"]
