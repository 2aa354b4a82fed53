"""Threads: the sub-events of one story (the agency clears a candidate, days later she blames it).

A developing story stays one story (:mod:`storyline.cluster.stories` keeps the articles
that share its names and words together); its *threads* say which of its articles tell the
same episode. They are computed from the story's members alone (their stored
:class:`~storyline.cluster.stories.ArticleFeatures`), so a story has the same threads
however its articles arrived, and ``recluster`` gives the same threads as an ingest.

How. Every member is a vector of its *topical* terms: its story terms without the words of
its own entities (the names a story's articles all share say nothing about which episode an
article tells; what happened does: "clear", "review" against "blame", "defeat"). Two members
are as similar as the cosine of those vectors, times a time factor: 1 within
:attr:`ThreadParams.grace_days`, then halving every :attr:`ThreadParams.half_life_days`
(episodes days apart are told with overlapping words; an undated member is compared by its
words alone). The members are grouped by average-link agglomerative clustering at
:attr:`ThreadParams.threshold`: two groups are one thread while their members are on
average that similar. Average link, unlike a chain of best pairs, needs the whole of two
groups to agree, so one article that recalls the earlier episode does not join them.

A story of more than :attr:`ThreadParams.max_articles` members is threaded by days: the
dated members of one day are one unit (their mean vector), and each undated member joins
the thread whose mean vector is closest. The cost stays bounded by the story's days.

A thread is labelled by the terms that set it apart in its story: the highest mean weight
among its members minus the mean weight among the story's other members.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyline.cluster.stories import ArticleFeatures
from storyline.config import prefixed
from storyline.model import Thread

__all__ = ["ThreadParams", "thread_vector", "threads_of"]

#: How many terms a thread's label has.
LABEL_TERMS = 4


@dataclass(frozen=True, slots=True)
class ThreadParams:
    """The thresholds of threads, and why they are what they are.

    Attributes:
        threshold: the least average similarity of two groups of members for them to be one
            thread. On the dev sets' stories, members of one episode agree on 0.2-0.4 of
            their topical words and members of two episodes of one story on 0.1-0.25 (the
            time factor widens the gap): at 0.06 two episodes of one week stay one thread, at
            0.12 single episodes start to split. See ``benchmarks/stories_eval.py --sensitivity``.
        half_life_days: past ``grace_days`` the time factor halves every this many days.
        grace_days: members this many days apart or less are compared by their words alone.
        max_articles: above this many members a story is threaded by days (see the module
            doc), so a very long story costs its days, not the square of its articles.
    """

    threshold: float = 0.08
    half_life_days: float = 3.0
    grace_days: int = 1
    max_articles: int = 400

    @classmethod
    def from_config(cls, config: object) -> ThreadParams:
        """The thresholds of a :class:`~storyline.config.StorylineConfig` (its ``thread_*`` settings)."""
        return prefixed(cls, config, "thread_")


def thread_vector(feats: ArticleFeatures) -> dict[str, float]:
    """The topical terms of one member: its terms without the words of its entities, L2-normalised."""
    names = {w for e in feats.entities for w in e.split()}
    kept = {t: w for t, w in feats.terms.items() if t not in names}
    norm = math.sqrt(sum(w * w for w in kept.values()))
    return {t: w / norm for t, w in kept.items()} if norm else {}


def _cos(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum([v * b[k] for k, v in a.items() if k in b])


def _mean(vectors: Sequence[Mapping[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in vectors:
        for t, w in v.items():
            out[t] = out.get(t, 0.0) + w
    n = math.sqrt(sum(w * w for w in out.values()))
    return {t: w / n for t, w in out.items()} if n else {}


def _average_link(sim: np.ndarray, sizes: Sequence[float], threshold: float) -> list[int]:
    """Average-link agglomerative clustering of units (each of ``sizes`` members) whose
    pairwise mean similarity is ``sim``: the two groups of highest mean similarity merge
    while it is at least ``threshold``. Returns a group number per unit (ties: the first
    pair in unit order, so the result is a function of the units' order)."""
    n = len(sim)
    s = sim.astype(float).copy()
    np.fill_diagonal(s, -np.inf)
    size = np.asarray(sizes, dtype=float)
    label = np.arange(n)
    while n > 1:
        i, j = divmod(int(np.argmax(s)), n)
        if s[i, j] < threshold:
            break
        if j < i:
            i, j = j, i
        merged = (size[i] * s[i] + size[j] * s[j]) / (size[i] + size[j])
        s[i], s[:, i] = merged, merged
        s[i, i] = -np.inf
        s[j], s[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        label[label == j] = i
    return label.tolist()


def _day_iso(day: int | None) -> str | None:
    return None if day is None else dt.date.fromordinal(day).isoformat()


def threads_of(story_id: str, members: Sequence[ArticleFeatures], params: ThreadParams | None = None) -> list[Thread]:
    """The threads of one story.

    Args:
        story_id: the story.
        members: the features of its articles (any order).
        params: thresholds; the defaults when None.

    Returns:
        Its threads, earliest first (by their earliest member; undated members sort last),
        numbered from 1; each member is in exactly one. A story of one article has one thread.
    """
    params = params or ThreadParams()
    feats = sorted(members, key=lambda f: f.sort_key)
    if not feats:
        return []
    vectors = [thread_vector(f) for f in feats]
    if len(feats) <= params.max_articles:
        groups = _groups_by_article(feats, vectors, params)
    else:
        groups = _groups_by_day(feats, vectors, params)
    ordered = sorted(groups, key=lambda g: feats[g[0]].sort_key)
    threads = []
    for seq, g in enumerate(ordered, start=1):
        days = [feats[k].day for k in g if feats[k].day is not None]
        threads.append(Thread(story_id=story_id, seq=seq, article_ids=tuple(feats[k].article_id for k in g),
                              first_published=_day_iso(min(days)) if days else None,
                              last_published=_day_iso(max(days)) if days else None,
                              terms=_distinctive(g, vectors, len(ordered) > 1)))
    return threads


def _similarities(vectors: Sequence[Mapping[str, float]], days: Sequence[int | None],
                  params: ThreadParams) -> np.ndarray:
    """The pairwise similarities of units: cosine of their vectors times the time factor of
    their days (1 when either is None), rounded so that float noise never decides a merge."""
    vocab: dict[str, int] = {}
    for v in vectors:
        for t in v:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(vectors), max(1, len(vocab))))
    for row, v in enumerate(vectors):
        for t, w in v.items():
            m[row, vocab[t]] = w
    sim = m @ m.T
    known = np.array([d is not None for d in days])
    day = np.array([d if d is not None else 0 for d in days], dtype=float)
    gap = np.abs(day[:, None] - day[None, :])
    factor = np.where(gap <= params.grace_days, 1.0,
                      0.5 ** ((gap - params.grace_days) / max(params.half_life_days, 1e-9)))
    factor[~(known[:, None] & known[None, :])] = 1.0
    return np.round(sim * factor, 6)


def _groups_by_article(feats: Sequence[ArticleFeatures], vectors: Sequence[Mapping[str, float]],
                       params: ThreadParams) -> list[list[int]]:
    sim = _similarities(vectors, [f.day for f in feats], params)
    return _collect(_average_link(sim, [1.0] * len(feats), params.threshold))


def _groups_by_day(feats: Sequence[ArticleFeatures], vectors: Sequence[Mapping[str, float]],
                   params: ThreadParams) -> list[list[int]]:
    by_day: dict[int, list[int]] = {}
    undated = []
    for k, f in enumerate(feats):
        if f.day is None:
            undated.append(k)
        else:
            by_day.setdefault(f.day, []).append(k)
    days = sorted(by_day)
    if not days:
        return [list(range(len(feats)))]
    means = [_mean([vectors[k] for k in by_day[d]]) for d in days]
    sim = _similarities(means, days, params)
    label = _average_link(sim, [len(by_day[d]) for d in days], params.threshold)
    groups = [[k for u in unit for k in by_day[days[u]]] for unit in _collect(label)]
    centres = [_mean([vectors[k] for k in g]) for g in groups]
    for k in undated:
        best = max(range(len(groups)), key=lambda g: (round(_cos(vectors[k], centres[g]), 6), -g))
        groups[best].append(k)
    return [sorted(g) for g in groups]


def _collect(label: Sequence[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for k, lab in enumerate(label):
        groups.setdefault(lab, []).append(k)
    return list(groups.values())


def _distinctive(group: Sequence[int], vectors: Sequence[Mapping[str, float]], contrast: bool) -> tuple[str, ...]:
    """The terms that set a thread apart: highest mean weight in it minus the mean weight in
    the story's other members (without ``contrast``, a story of one thread: the top terms)."""
    inside = set(group)
    n_in, n_out = len(inside), len(vectors) - len(inside)
    score: dict[str, float] = {}
    for k, v in enumerate(vectors):
        sign = 1.0 / n_in if k in inside else (-1.0 / n_out if contrast and n_out else 0.0)
        for t, w in v.items():
            score[t] = score.get(t, 0.0) + sign * w
    ranked = sorted(((round(w, 9), t) for t, w in score.items() if w > 0), key=lambda x: (-x[0], x[1]))
    return tuple(t for _, t in ranked[:LABEL_TERMS])
