"""The cluster stage's duplicate linking as a pipeline stage.

:class:`DuplicateLinker` adapts :class:`~storyline.cluster.dedup.DuplicateIndex`: each new
article is compared with those stored before (the index is rebuilt from the stored MinHash
signatures, so a rerun does not read old texts again), and its pairs and signature are saved.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator

from storyline.cluster.dedup import DuplicateIndex
from storyline.model import Article
from storyline.store.db import Store

__all__ = ["DuplicateLinker"]

log = logging.getLogger(__name__)


class DuplicateLinker:
    """Pipeline stage: link each newly stored article to its copies, syndications and rewrites."""

    name = "dedup"
    requires = frozenset({"stored"})
    provides = frozenset({"duplicates"})

    def __init__(self, store: Store):
        self.store = store
        self.index: DuplicateIndex | None = None
        self.pairs = 0

    def _index(self) -> DuplicateIndex:
        if self.index is None:
            self.index = DuplicateIndex(lookup=self.store.get_article)
            restored = self.index.restore(self.store.signatures())
            log.debug("duplicate index restored with %d signatures", restored)
        return self.index

    def __call__(self, items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            index = self._index()
            if article.id not in index:
                pairs = index.add(article)
                self.store.save_duplicates(article.id, index.signature_of(article.id),
                                           [dataclasses.asdict(p) for p in pairs])
                self.pairs += len(pairs)
            yield article
