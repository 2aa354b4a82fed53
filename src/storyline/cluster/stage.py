"""The cluster stage as pipeline stages: duplicate links and stories.

:class:`DuplicateLinker` adapts :class:`~storyline.cluster.dedup.DuplicateIndex`: each new
article is compared with those stored before (the index is rebuilt from the stored MinHash
signatures, so a rerun does not read old texts again, and the stored pairs, so it knows the
duplicate groups), and its pairs and signature are saved. A new article is linked to each
group it repeats, not to every member of it (``every_pair=False``: the groups and the copies
are those of every pair, see :class:`~storyline.cluster.dedup.DuplicateIndex`).
:class:`StoryClusterer` adapts :class:`~storyline.cluster.stories.StoryIndex` the same way,
and :func:`recluster` (``storyline recluster``) clusters the whole store from scratch. Both
save each story's threads (:mod:`storyline.cluster.threads`) with the stories.

A run costs what is new, not the size of the store:

- Both indexes are kept in the store object's :attr:`~storyline.store.db.Store.memo` after
  a run, and the next run in the same process (the cycles of ``storyline watch``, the web
  app's ingest jobs) takes them up, after checking that they are still those of the store:
  the same thresholds and features version, the generation of the saved stories unchanged
  (no other process saved stories since), and every stored article (signature) in the
  index once those stored since (by a run that died before its stories, or another
  process) are added. Otherwise the index is rebuilt from the store, as a new process does.
- The stories are saved in part: those that now hold an article the run added or one of
  its neighbours, or an article of the stories those were in before (every story an add
  can change, see :meth:`~storyline.cluster.stories.StoryIndex.track_changes`); every story is saved when
  the stored stories were computed with another key (features version, thresholds), and
  when the run failed on an article (then with no key: the next run computes them all
  again rather than go on from an index an exception may have left half-changed).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from storyline.cluster.dedup import DedupParams, DuplicateIndex
from storyline.cluster.stories import (
    FEATURES_VERSION,
    ArticleFeatures,
    StoryIndex,
    StoryParams,
    features_of,
)
from storyline.cluster.threads import ThreadParams, threads_of
from storyline.errors import StoreError
from storyline.model import Rejected, Story, Thread
from storyline.pipeline import Item, failure
from storyline.store.db import Store

__all__ = ["DuplicateLinker", "StoryClusterer", "recluster", "story_key", "story_threads", "stored_features"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _KeptDuplicates:
    """A duplicate index kept between runs: its thresholds and the last signature rowid it holds."""

    index: DuplicateIndex
    params: DedupParams | None
    rowid: int


@dataclass(slots=True)
class _KeptStories:
    """A story index kept between runs: the key and generation of the stories it saved, and
    the last article rowid of the store then."""

    index: StoryIndex
    key: str
    generation: int
    rowid: int


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

    def _kept(self) -> DuplicateIndex | None:
        """The index a run of this process left in the store's memo, brought up to date
        with the signatures stored since; None when it is not the store's any more."""
        kept = self.store.memo.pop("duplicates", None)
        if kept is None or kept.params != self.params:
            return None
        index = kept.index
        index.restore(self.store.signatures_after(kept.rowid))
        return index if len(index) == self.store.count_signatures() else None

    def _index(self) -> DuplicateIndex:
        if self.index is None:
            self.index = self._kept()
            if self.index is None:
                self.index = DuplicateIndex(lookup=self.store.get_article, params=self.params, every_pair=False)
                restored = self.index.restore(self.store.signatures())
                linked = self.index.link(self.store.duplicate_links())
                log.debug("duplicate index restored with %d signatures and %d links", restored, linked)
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
        if self.index is not None:  # the input ended: the next run of this process goes on from here
            self.store.memo["duplicates"] = _KeptDuplicates(self.index, self.params,
                                                            self.store.last_rowid("signatures"))


def story_key(params: StoryParams | None, thread_params: ThreadParams | None = None) -> str:
    """What stories are computed with: the features version and the thresholds (of stories
    and of threads). Stories saved under another key are never continued: they are computed
    again and saved whole."""
    return json.dumps({"features": FEATURES_VERSION, "params": dataclasses.asdict(params or StoryParams()),
                       "threads": dataclasses.asdict(thread_params or ThreadParams())}, sort_keys=True)


def _member_rows(index: StoryIndex, stories: list[Story] | None = None) -> list[dict]:
    rows = []
    for story in index.stories() if stories is None else stories:
        for m in index.memberships(story):
            rows.append({"article_id": m.article_id, "story_id": story.id, "score": m.score,
                         "neighbour": m.neighbour, "shared_terms": m.shared_terms,
                         "shared_entities": m.shared_entities})
    return rows


def story_threads(index: StoryIndex, stories: list[Story], params: ThreadParams | None = None) -> list[Thread]:
    """The threads of every story, from its members' features in the index."""
    return [t for s in stories for t in threads_of(s.id, [index.features(a) for a in s.article_ids], params)]


def _save(store: Store, index: StoryIndex, key: str | None, thread_params: ThreadParams | None, *,
          partial: bool) -> int:
    """Save the stories of ``index`` (with ``partial``, those it noted as touched) and their
    threads under ``key``; returns the stories' new generation."""
    if partial:  # the stories now of the articles it touched and of their stories before
        touched = index.touched()
        stories = index.stories_with([*touched, *store.story_mates(touched)])
    else:
        stories = index.stories()
    gen = store.save_stories(stories, _member_rows(index, stories), story_threads(index, stories, thread_params),
                             seqs={st.id: index.story_seq(st) for st in stories}, partial=partial, key=key)
    index.untouch()
    return gen


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


def _features_of_ids(store: Store, ids: list[str]) -> list[ArticleFeatures]:
    """The story features of these stored articles: stored ones, else computed (and stored)."""
    stored = store.story_features_of(ids, FEATURES_VERSION)
    feats = [ArticleFeatures.from_record(aid, stored[aid]) for aid in ids if aid in stored]
    fresh = [features_of(a) for a in store.get_articles([aid for aid in ids if aid not in stored]).values()]
    if fresh:
        store.save_story_features([(f.article_id, FEATURES_VERSION, f.as_record()) for f in fresh])
    return sorted(feats + fresh, key=lambda f: f.sort_key)


def _grown(store: Store, index: StoryIndex, feats: Iterable[ArticleFeatures], key: str, *,
           replace: bool = False) -> StoryIndex:
    """The index with these articles added in canonical order, their edges stored under
    ``key`` (``replace``: in place of every stored edge), and noting the edges of the
    articles added to it later."""
    index.log_edges()
    for f in sorted(feats, key=lambda f: f.sort_key):
        index.insert(f)
    store.save_story_edges(index.logged_edges(), key, replace=replace)
    return index


def _built(store: Store, feats: list[ArticleFeatures], params: StoryParams | None, key: str) -> StoryIndex:
    """The index of these articles clustered from scratch (as :func:`cluster`), its edges
    stored so that a new process can restore it."""
    return _grown(store, StoryIndex(params), feats, key, replace=True)


def _restored(store: Store, feats: list[ArticleFeatures], params: StoryParams | None, key: str) -> StoryIndex:
    """The index of these articles: those with edges stored under ``key`` joined from them
    (no pair scored), the others (stored by a run that died before adding them) added
    after; :func:`_built` when none has stored edges."""
    edges = store.story_edges(key)
    known = [f for f in feats if f.article_id in edges]
    if not known:
        return _built(store, feats, params, key)
    return _grown(store, StoryIndex.restore(known, edges, params),
                  (f for f in feats if f.article_id not in edges), key)


def _insert(store: Store, index: StoryIndex, feats: ArticleFeatures, key: str) -> None:
    """Add one article to the index; store its features and its edges."""
    index.insert(feats)
    store.save_story_features([(feats.article_id, FEATURES_VERSION, feats.as_record())])
    store.save_story_edges(index.logged_edges(), key)


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
    key = story_key(params, thread_params)
    index = _built(store, feats, params, key)
    stories = index.stories()
    store.memo.pop("stories", None)
    gen = store.save_stories(stories, _member_rows(index, stories), story_threads(index, stories, thread_params),
                             seqs={st.id: index.story_seq(st) for st in stories}, key=key)
    store.memo["stories"] = _KeptStories(index, key, gen, store.last_rowid())
    return stories


class StoryClusterer:
    """Pipeline stage: add each new article to its story; save the stories when the input ends.

    The index is the one a run of this process left (:attr:`Store.memo`, when it is still
    the store's), else it starts from the articles already stored (from their stored story
    features, :func:`stored_features`); each article of the run joins it as it passes, its
    features stored; the result is the same as :func:`recluster`. At the end, the stories
    the run touched are saved (every story when the stored ones were computed otherwise).
    The item's parsed ``entities`` (when the chain parses) are there for the features; the
    features are, for now, those of :func:`~storyline.cluster.stories.features_of` of the
    article alone, so that stories do not depend on whether a run parsed.
    """

    name = "stories"
    requires = frozenset({"stored"})
    provides = frozenset({"story"})

    def __init__(self, store: Store, params: StoryParams | None = None,
                 thread_params: ThreadParams | None = None):
        self.store = store
        self.params = params
        self.thread_params = thread_params
        self.key = story_key(params, thread_params)
        self.index: StoryIndex | None = None
        self.partial = False  # the stored stories are those of the index before this run's adds

    def _start(self, skip: str) -> StoryIndex:
        """The index to add this run's articles to, tracking the stories they change."""
        generation, key = self.store.story_state()
        kept = self.store.memo.pop("stories", None)
        if kept is not None and kept.key == self.key and kept.generation == generation:
            index = kept.index
            index.track_changes()
            # articles stored since it was saved: by this run before its first article got
            # here, or by a run that died before its stories
            later = [a for a in self.store.ids_after(kept.rowid) if a not in index and a != skip]
            for f in _features_of_ids(self.store, later):
                _insert(self.store, index, f, self.key)
            if len(index) + (skip not in index) == self.store.count_articles():
                self.partial = True
                return index
            log.info("the kept story index is not the store's: rebuilt")
        feats = stored_features(self.store, skip=skip)
        if key == self.key:
            # the stored stories are those of the articles they hold: rebuild from those,
            # then add the others (stored by a run that died before its stories) as new
            saved = self.store.articles_in_stories()
            index = _restored(self.store, [f for f in feats if f.article_id in saved], self.params, self.key)
            index.track_changes()
            for f in sorted((f for f in feats if f.article_id not in saved), key=lambda f: f.sort_key):
                _insert(self.store, index, f, self.key)
            self.partial = True
        else:  # every story is saved again; the edges stored under this key still hold
            index = _restored(self.store, feats, self.params, self.key)
            index.track_changes()
        return index

    def __call__(self, items: Iterable[Item]) -> Iterator[Item | Rejected]:
        broken = False  # the index could not be built: the stories are left as they are
        failed = False  # an article failed: every story is saved, and the index not kept
        for item in items:
            article = item.article
            try:
                if self.index is None and not broken:
                    self.index = self._start(article.id)
                if self.index is not None and article.id not in self.index:
                    _insert(self.store, self.index, features_of(article), self.key)
            except Exception as exc:  # noqa: BLE001 - the article is kept; stories are redone later
                broken = broken or self.index is None
                failed = True
                yield failure(self.name, item, exc,
                              kept="The article is stored; the stories are clustered again by the next run.")
            yield item
        try:
            if self.index is not None:
                # after a failure on an article the index may be half-changed: every story
                # is saved, with no key, so that the next run computes them all again
                partial, key = self.partial and not failed, None if failed else self.key
                try:
                    gen = _save(self.store, self.index, key, self.thread_params, partial=partial)
                except StoreError as exc:
                    if not partial:
                        raise
                    log.warning("stories saved whole: %s", exc)
                    gen = _save(self.store, self.index, key, self.thread_params, partial=False)
                if not failed:
                    self.store.memo["stories"] = _KeptStories(self.index, self.key, gen, self.store.last_rowid())
            elif not broken and self.store.stories_stale():
                # an earlier run stored articles and died before its stories (or saved them
                # before stories had threads)
                recluster(self.store, self.params, self.thread_params)
        except Exception as exc:  # noqa: BLE001
            yield failure(self.name, "(the stories of the store)", exc,
                          kept="The stories were left as they were; the next run saves them again.")
