"""The cluster stage as pipeline stages: duplicate links and stories.

:class:`DuplicateLinker` adapts :class:`~storyline.cluster.dedup.DuplicateIndex`: each new
article is compared with those stored before (the index is rebuilt from the stored MinHash
signatures, so a rerun does not read old texts again), and its pairs and signature are saved.
:class:`StoryClusterer` adapts :class:`~storyline.cluster.stories.StoryIndex` the same way,
and :func:`recluster` (``storyline recluster``) clusters the whole store from scratch.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator

from storyline.cluster.dedup import DuplicateIndex
from storyline.cluster.stories import StoryIndex, cluster
from storyline.model import Article, Story
from storyline.store.db import Store

__all__ = ["DuplicateLinker", "StoryClusterer", "recluster"]

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


def _member_rows(index: StoryIndex) -> list[dict]:
    rows = []
    for story in index.stories():
        for aid in story.article_ids:
            m = index.membership(aid)
            rows.append({"article_id": aid, "story_id": story.id, "score": m.score, "neighbour": m.neighbour,
                         "shared_terms": m.shared_terms, "shared_entities": m.shared_entities})
    return rows


def recluster(store: Store) -> list[Story]:
    """Cluster every stored article into stories from scratch and save them.

    Returns:
        The stories, earliest first. By construction they are those that adding the
        articles one by one, in any order, gives.
    """
    index = cluster(store.iter_articles())
    stories = index.stories()
    store.save_stories(stories, _member_rows(index))
    return stories


class StoryClusterer:
    """Pipeline stage: add each new article to its story; save the stories when the input ends.

    The index starts from the articles already stored (rebuilt from their texts) and each
    article of the run joins it as it passes; the result is the same as :func:`recluster`.
    """

    name = "stories"
    requires = frozenset({"stored"})
    provides = frozenset({"story"})

    def __init__(self, store: Store):
        self.store = store
        self.index: StoryIndex | None = None

    def __call__(self, items: Iterable[Article]) -> Iterator[Article]:
        for article in items:
            if self.index is None:
                self.index = cluster(a for a in self.store.iter_articles() if a.id != article.id)
            if article.id not in self.index:
                self.index.add(article)
            yield article
        if self.index is not None:
            self.store.save_stories(self.index.stories(), _member_rows(self.index))
