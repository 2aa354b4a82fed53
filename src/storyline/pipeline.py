"""Stages with declared contracts, and the runner that chains and counts them.

A stage is any object with a ``name``, the sets of fields it ``requires`` and
``provides`` (``{"raw"}`` -> ``{"article.text"}``), and ``__call__(items)`` mapping an
iterator of items to an iterator of items or :class:`~storyline.model.Rejected`.
:func:`check` refuses a chain in which a stage requires something no earlier stage
provides. :func:`run` chains the generators, counts per stage how many items went in,
came out and were dropped (by reason), and hands every reject to a callback, so a bad
input never stops the batch. The runner knows nothing of the CLI: progress is a callback.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from storyline.errors import ConfigError
from storyline.model import Rejected

__all__ = ["RunStats", "Stage", "StageStats", "check", "run"]

log = logging.getLogger(__name__)


@runtime_checkable
class Stage(Protocol):
    """The contract every stage fulfils."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, items: Iterable[Any]) -> Iterator[Any]: ...


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


def _counted(stage: Stage, items: Iterable[Any], st: StageStats,
             on_reject: Callable[[Rejected], None]) -> Iterator[Any]:
    def inputs() -> Iterator[Any]:
        for item in items:
            st.total += 1
            yield item

    for out in stage(inputs()):
        if isinstance(out, Rejected):
            st.dropped[out.reason] += 1
            on_reject(out)
            continue
        st.forwarded += 1
        yield out


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
