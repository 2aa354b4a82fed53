"""Executors: who runs the per-item work of a run, and how many at once.

One abstraction owns the parallelism of every chain:

- :class:`Serial`: in this process, one item after another;
- :class:`ProcessPool`: a pool of local processes (``spawn``: no state leaks in);
- :class:`Dask`: a Dask cluster, on this machine (``scheduler="local"``) or at a scheduler's
  address. Its workers must see the inputs and outputs at the same paths and have
  storyline installed. Dask is an optional extra (``pip install 'storyline[dask]'``).

Two ways to hand work over:

:meth:`Executor.map`
    an ordered map of one batch (the cleaning stage hands over pages this way). A worker
    process that dies (a crash in a parser, the out-of-memory killer) costs only its item:
    the batch is done again one item at a time, each in a fresh process, and ``on_crash``
    gives the result of the item whose process died.
:meth:`Executor.each`
    every item as its own task, results as they finish, an exception as that item's result
    (``storyline process`` hands over inputs this way).

``workers`` also tells spaCy how many processes to parse with (the parse stage's
``n_process``), so the run's parallelism is set here and nowhere else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from storyline.config import StorylineConfig
from storyline.errors import ConfigError, MissingDependency

__all__ = ["Dask", "Executor", "ProcessPool", "Serial", "executor_for"]

log = logging.getLogger(__name__)

Result = tuple[Any, Any, BaseException | None]


class Executor:
    """The interface (and the serial behaviour). Use as a context manager: ``close`` frees
    the processes."""

    workers: int = 1

    @property
    def batch(self) -> int:
        """How many items a stage should hand to :meth:`map` at once."""
        return 1

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            on_crash: Callable[[Any, BaseException], Any]) -> Iterator[Any]:
        """``fn`` of each item, in order."""
        for item in items:
            yield fn(item)

    def each(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Result]:
        """``(item, result, None)`` or ``(item, None, exception)`` per item, as they finish."""
        for item in items:
            try:
                yield item, fn(item), None
            except Exception as exc:  # noqa: BLE001 - that item's result
                yield item, None, exc

    def idle(self) -> None:
        """Free the worker processes until the next :meth:`map` (a stage whose batches are
        done calls it, so that idle workers hold no memory while later stages run)."""
        return None

    def close(self) -> None:
        return None

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Serial(Executor):
    """Everything in this process."""


class ProcessPool(Executor):
    """A pool of ``workers`` local processes, started on first use."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._pool = None

    @property
    def batch(self) -> int:
        return self.workers * 8

    def _start(self, workers: int | None = None):  # type: ignore[no-untyped-def]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(workers or self.workers, mp_context=multiprocessing.get_context("spawn"))

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            on_crash: Callable[[Any, BaseException], Any]) -> Iterator[Any]:
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._pool = self._start()
        try:
            done = list(self._pool.map(fn, items, chunksize=2))  # whole batch, or none of it
        except BrokenProcessPool:
            # a worker died: find the item at fault one by one, each in a fresh process,
            # and go on with a new pool
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
            yield from self._one_by_one(fn, items, on_crash)
            return
        yield from done

    def _one_by_one(self, fn, items, on_crash) -> Iterator[Any]:  # type: ignore[no-untyped-def]
        from concurrent.futures.process import BrokenProcessPool

        for item in items:
            with self._start(1) as single:
                try:
                    yield single.submit(fn, item).result()
                except BrokenProcessPool as exc:
                    yield on_crash(item, exc)

    def each(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Result]:
        import concurrent.futures as cf

        if self.workers <= 1 or len(items) <= 1:
            yield from super().each(fn, items)
            return
        with self._start(min(self.workers, len(items))) as pool:
            futures = {pool.submit(fn, item): item for item in items}
            for fut in cf.as_completed(futures):
                exc = fut.exception()
                yield futures[fut], (None if exc else fut.result()), exc

    def idle(self) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class Dask(Executor):
    """A Dask cluster: ``"local"`` (``workers`` processes on this machine) or a scheduler's
    address (``tcp://host:8786``), connected on first use.

    Raises (on first use):
        MissingDependency: Dask's ``distributed`` is not installed.
        ConfigError: the scheduler cannot be reached.
    """

    def __init__(self, scheduler: str, workers: int = 1):
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self._client = None
        self._cluster = None

    @property
    def batch(self) -> int:
        return self.workers * 8

    def _connect(self):  # type: ignore[no-untyped-def]
        if self._client is not None:
            return self._client
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise MissingDependency("distributed", "dask") from None
        try:
            if self.scheduler == "local":
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ConfigError(f"cannot reach the Dask scheduler {self.scheduler!r}: {exc}; "
                              "check the address, or use --scheduler local") from None
        return self._client

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            on_crash: Callable[[Any, BaseException], Any]) -> Iterator[Any]:
        client = self._connect()
        futures = client.map(fn, list(items), pure=False)
        for item, fut in zip(items, futures, strict=True):
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker died on it (Dask's KilledWorker)
                yield on_crash(item, exc)

    def each(self, fn: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Result]:
        client = self._connect()
        from distributed import as_completed

        futures = client.map(fn, list(items), pure=False)
        item_of = {fut.key: item for fut, item in zip(futures, items, strict=True)}
        for fut in as_completed(futures):
            item = item_of[fut.key]
            if fut.status == "error":
                yield item, None, fut.exception()
            else:
                yield item, fut.result(), None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def executor_for(config: StorylineConfig, scheduler: str | None = None) -> Executor:
    """The executor of a run: Dask when a scheduler is given, else a process pool of
    ``config.workers`` when more than one, else serial."""
    if scheduler:
        return Dask(scheduler, config.workers)
    if config.workers > 1:
        return ProcessPool(config.workers)
    return Serial()
