"""Stages with declared contracts, and the runner that chains and counts them.

A stage is any object with a ``name``, the sets of fields it ``requires`` and
``provides`` (``{"raw"}`` -> ``{"article.text"}``), and ``__call__(items)`` mapping an
iterator of items to an iterator of items or :class:`~storyline.model.Rejected`.
:func:`check` refuses a chain in which a stage requires something no earlier stage
provides. :func:`run` chains the generators, counts per stage how many items went in,
came out and were dropped (by reason), and hands every reject to a callback, so a bad
input never stops the batch. The runner knows nothing of the CLI: progress is a callback.

Failures are isolated per item. Every stage turns an exception raised by one item into
:func:`failure` (a :class:`~storyline.model.Rejected` with ``failed=True``: the stage, the
exception and a sentence for a person) and goes on. Should a stage still raise, the runner
records a failure for the item it was working on and starts the stage again on the rest
of its input, so one item never ends the run.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from storyline.errors import ConfigError, MissingDependency, StoreError
from storyline.model import Article, Figure, Rejected

__all__ = ["Item", "Mapper", "RunStats", "Stage", "StageStats", "check", "failure", "item_label", "run"]

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    """The contract every stage fulfils."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, items: Iterable[Any]) -> Iterator[Any]: ...


@dataclass(slots=True, eq=False)
class Item:
    """The one item shape of a chain from the cleaner on: an article and what the stages
    found out about it so far. Each stage fills in its part as the item passes:

    Attributes:
        article: the cleaned article (the cleaner, the shard reader, resume).
        doc: its spaCy ``Doc`` (the parse stage), dropped by the figures stage once read,
            so that docs never pile up; None when the chain does not parse, or when the
            article's figures are already stored.
        entities: the named entities of the doc (the parse stage): a
            :class:`storyline.parse.Entities`, or None when not parsed.
        figures: the figures read from it (the figures stage, or a shard), None when none
            were read.
        status: of the figures: ``ok``; ``skipped_<why>`` when extraction was not done (no
            figures, not tried again by the same extractor); ``failed`` when it raised
            (nothing is saved, so a later run tries again).
        version: the extractor version that read ``figures``.
        needs_figures: False when the store already has this extractor's figures of it:
            the parse and figures stages leave it alone.
    """

    article: Article
    doc: Any = None
    entities: Any = None
    figures: list[Figure] | None = None
    status: str = "ok"
    version: str | None = None
    needs_figures: bool = True


class Mapper(Protocol):
    """What a stage needs of an executor (:mod:`storyline.run.executor`) to spread its
    per-item work: how many items to hand over at once, and an ordered map in which an item
    whose worker process died costs only itself (``on_crash`` gives its result)."""

    workers: int
    batch: int

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            on_crash: Callable[[Any, BaseException], Any]) -> Iterator[Any]: ...

    def idle(self) -> None: ...


@dataclass(slots=True)
class StageStats:
    """Counts of one stage: items in, items forwarded, items dropped by reason."""

    name: str
    total: int = 0
    forwarded: int = 0
    dropped: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"total": self.total, "forwarded": self.forwarded}
        out.update({f"dropped_{reason}": n for reason, n in sorted(self.dropped.items())})
        return out


@dataclass(slots=True)
class RunStats:
    """The counters of a run, per stage in order, plus the rejects seen."""

    stages: list[StageStats] = field(default_factory=list)
    rejects: list[Rejected] = field(default_factory=list)

    def stage(self, name: str) -> StageStats:
        for st in self.stages:
            if st.name == name:
                return st
        raise KeyError(name)

    def as_dict(self) -> dict[str, Any]:
        return {st.name: st.as_dict() for st in self.stages}

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, sort_keys=True)


def check(stages: Sequence[Stage], *, given: Iterable[str] = ()) -> None:
    """Fail before a run if a stage requires a field that no earlier stage provides.

    Args:
        stages: the chain, in order.
        given: fields the source items already carry.

    Raises:
        ConfigError: naming the stage and the missing fields.
    """
    available = set(given)
    names = set()
    for stage in stages:
        if stage.name in names:
            raise ConfigError(f"pipeline: stage name {stage.name!r} is used twice")
        names.add(stage.name)
        missing = set(stage.requires) - available
        if missing:
            raise ConfigError(
                f"pipeline: stage {stage.name!r} requires {sorted(missing)}, which no earlier "
                f"stage provides (available: {sorted(available)})"
            )
        available |= set(stage.provides)


def item_label(item: Any) -> str:
    """A person's label for an item of any stage: its input's path or URL, with the member."""
    for attr in ("provenance", "article"):
        inner = getattr(item, attr, None)
        if inner is not None:
            return inner.label if attr == "provenance" else item_label(inner)
    if isinstance(item, Rejected):
        return item.source
    return str(item)[:300]


def failure(stage: str, item: Any, exc: BaseException, *, reason: str | None = None,
            kept: str = "") -> Rejected:
    """The record of ``stage`` failing on ``item`` with ``exc`` (logged with its traceback).

    Args:
        stage: the failing stage's name.
        item: the item (an input, raw document, article...) it failed on.
        exc: the exception.
        reason: the machine reason (default ``<stage>_failed``).
        kept: what of the item was kept and how it will be retried, for the person reading.
    """
    from storyline import __version__

    label = item_label(item)
    log.error("stage %s failed on %s", stage, label, exc_info=exc)
    article = getattr(item, "article", item)
    article_id = getattr(article, "id", None) if hasattr(article, "text") else None
    message = str(exc).replace("\n", " ")[:500]
    detail = (f"{type(exc).__name__}: {message}. {kept + ' ' if kept else ''}This is a bug in "
              f"storyline {__version__}: please report it with this input.")
    return Rejected(source=label, stage=stage, reason=reason or f"{stage.replace('-', '_')}_failed",
                    detail=detail, failed=True, article_id=article_id)


def _counted(stage: Stage, items: Iterable[Any], st: StageStats,
             on_reject: Callable[[Rejected], None]) -> Iterator[Any]:
    current: list[Any] = []  # the item the stage took last
    done = [False]
    pulled = [0]

    def inputs() -> Iterator[Any]:
        for item in items:
            st.total += 1
            pulled[0] += 1
            current[:] = [item]
            yield item
        current.clear()
        done[0] = True

    def handle(out: Any) -> bool:
        if isinstance(out, Rejected):
            st.dropped[out.reason] += 1
            on_reject(out)
            return False
        st.forwarded += 1
        return True

    feed = inputs()
    while True:
        started = pulled[0]
        try:
            for out in stage(feed):
                if handle(out):
                    yield out
            return
        except (ConfigError, MissingDependency, StoreError):
            raise  # the run itself cannot go on: the CLI says why
        except Exception as exc:  # the stage's own guards missed it: record and go on
            if pulled[0] == started and not done[0]:
                raise  # it fails before taking any item: starting it again cannot help
            failed = current[0] if current else "(end of input)"
            current.clear()
            handle(failure(stage.name, failed, exc))
            if done[0]:
                return


def run(
    stages: Sequence[Stage],
    source: Iterable[Any],
    *,
    given: Iterable[str] = (),
    on_item: Callable[[Any], None] | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
) -> RunStats:
    """Run ``source`` through ``stages`` to the end and return the counters.

    Args:
        stages: the chain (checked with :func:`check` first).
        source: the items the first stage reads.
        given: fields the source items carry, for the check.
        on_item: called with every item the last stage forwards (e.g. to drive progress).
        on_reject: called with every reject, of any stage, as it happens.

    Returns:
        The per-stage counts and the rejects.
    """
    check(stages, given=given)
    stats = RunStats(stages=[StageStats(s.name) for s in stages])

    def record(rej: Rejected) -> None:
        log.info("rejected %s at %s: %s (%s)", rej.source, rej.stage, rej.reason, rej.detail)
        stats.rejects.append(rej)
        if on_reject is not None:
            on_reject(rej)

    stream: Iterable[Any] = source
    for stage, st in zip(stages, stats.stages):
        stream = _counted(stage, stream, st, record)
    for item in stream:
        if on_item is not None:
            on_item(item)
    return stats
