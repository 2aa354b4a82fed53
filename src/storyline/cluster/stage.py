"""The cluster stage as pipeline stages: duplicate links and stories.

:class:`DuplicateLinker` adapts :class:`~storyline.cluster.dedup.DuplicateIndex`: each new
article is compared with those stored before (the index is rebuilt from the stored MinHash
signatures, so a rerun does not read old texts again), and its pairs and signature are saved.
:class:`StoryClusterer` adapts :class:`~storyline.cluster.stories.StoryIndex` the same way,
and :func:`recluster` (``storyline recluster``) clusters the whole store from scratch. Both
save each story's threads (:mod:`storyline.cluster.threads`) with the stories.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator

from storyline.cluster.dedup import DedupParams, DuplicateIndex
from storyline.cluster.stories import (
    FEATURES_VERSION,
    ArticleFeatures,
    StoryIndex,
    StoryParams,
    cluster,
    features_of,
)
from storyline.cluster.threads import ThreadParams, threads_of
from storyline.model import Rejected, Story, Thread
from storyline.pipeline import Item, failure
from storyline.store.db import Store

__all__ = ["DuplicateLinker", "StoryClusterer", "recluster", "story_threads", "stored_features"]

log = logging.getLogger(__name__)


class DuplicateLinker:
    """Pipeline stage: link each newly stored article to its copies, syndications and rewrites."""

    name = "dedup"
    requires = frozenset({"stored"})
    provides = frozenset({"duplicates"})

    def __init__(self, store: Store, params: DedupParams | None = None):
        self.store = store
        self.params = params
        self.index: DuplicateIndex | None = None
        self.pairs = 0

    def _index(self) -> DuplicateIndex:
        if self.index is None:
            self.index = DuplicateIndex(lookup=self.store.get_article, params=self.params)
            restored = self.index.restore(self.store.signatures())
            log.debug("duplicate index restored with %d signatures", restored)
        return self.index

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        for item in items:
            article = item.article
            index = self._index()
            try:
                if article.id not in index:
                    pairs = index.add(article)
                    self.store.save_duplicates(article.id, index.signature_of(article.id),
                                               [dataclasses.asdict(p) for p in pairs])
                    self.pairs += len(pairs)
            except Exception as exc:  # noqa: BLE001 - the article is kept; the next run retries
                index.discard(article.id)
                yield failure(self.name, item, exc,
                              kept="The article is stored; its duplicate check is retried by the next run.")
            yield item


def _member_rows(index: StoryIndex) -> list[dict]:
    rows = []
    for story in index.stories():
        for aid in story.article_ids:
            m = index.membership(aid)
            rows.append({"article_id": aid, "story_id": story.id, "score": m.score, "neighbour": m.neighbour,
                         "shared_terms": m.shared_terms, "shared_entities": m.shared_entities})
    return rows


def story_threads(index: StoryIndex, stories: list[Story], params: ThreadParams | None = None) -> list[Thread]:
    """The threads of every story, from its members' features in the index."""
    return [t for s in stories for t in threads_of(s.id, [index.features(a) for a in s.article_ids], params)]


def stored_features(store: Store, *, skip: str | None = None) -> list[ArticleFeatures]:
    """The story features of every stored article (but ``skip``): those stored under the
    current :data:`~storyline.cluster.stories.FEATURES_VERSION`, and the others computed
    from their articles (and stored), so that a run reads old texts once at most."""
    feats = [ArticleFeatures.from_record(aid, rec) for aid, rec in store.story_features(FEATURES_VERSION)
             if aid != skip]
    fresh = []
    for aid in store.ids_without_story_features(FEATURES_VERSION):
        article = store.get_article(aid)
        if aid != skip and article is not None:
            fresh.append(features_of(article))
    if fresh:
        store.save_story_features([(f.article_id, FEATURES_VERSION, f.as_record()) for f in fresh])
    return feats + fresh


def recluster(store: Store, params: StoryParams | None = None,
              thread_params: ThreadParams | None = None) -> list[Story]:
    """Cluster every stored article into stories from scratch and save them with their
    threads (the story features of every article are computed again from its text and
    stored).

    Returns:
        The stories, earliest first. By construction they are those that adding the
        articles one by one, in any order, gives.
    """
    feats = [features_of(a) for a in store.iter_articles()]
    store.save_story_features([(f.article_id, FEATURES_VERSION, f.as_record()) for f in feats])
    index = cluster(feats, params=params)
    stories = index.stories()
    store.save_stories(stories, _member_rows(index), story_threads(index, stories, thread_params))
    return stories


class StoryClusterer:
    """Pipeline stage: add each new article to its story; save the stories when the input ends.

    The index starts from the articles already stored (from their stored story features,
    :func:`stored_features`) and each article of the run joins it as it passes, its features
    stored; the result is the same as :func:`recluster`. The item's parsed ``entities``
    (when the chain parses) are there for the features; the features are, for now, those of
    :func:`~storyline.cluster.stories.features_of` of the article alone, so that stories do
    not depend on whether a run parsed.
    """

    name = "stories"
    requires = frozenset({"stored"})
    provides = frozenset({"story"})

    def __init__(self, store: Store, params: StoryParams | None = None,
                 thread_params: ThreadParams | None = None):
        self.store = store
        self.params = params
        self.thread_params = thread_params
        self.index: StoryIndex | None = None

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        broken = False  # the index could not be built: the stories are left as they are
        for item in items:
            article = item.article
            try:
                if self.index is None and not broken:
                    self.index = cluster(stored_features(self.store, skip=article.id), params=self.params)
                if self.index is not None and article.id not in self.index:
                    feats = features_of(article)
                    self.index.insert(feats)
                    self.store.save_story_features([(feats.article_id, FEATURES_VERSION, feats.as_record())])
            except Exception as exc:  # noqa: BLE001 - the article is kept; stories are redone later
                broken = broken or self.index is None
                yield failure(self.name, item, exc,
                              kept="The article is stored; the stories are clustered again by the next run.")
            yield item
        try:
            if self.index is not None:
                stories = self.index.stories()
                self.store.save_stories(stories, _member_rows(self.index),
                                        story_threads(self.index, stories, self.thread_params))
            elif not broken and self.store.stories_stale():
                # an earlier run stored articles and died before its stories (or saved them
                # before stories had threads)
                recluster(self.store, self.params, self.thread_params)
        except Exception as exc:  # noqa: BLE001
            yield failure(self.name, "(the stories of the store)", exc,
                          kept="The stories were left as they were; the next run saves them again.")
