"""The executors: the same results serially, in a process pool, in order or as they finish."""

from __future__ import annotations

import os

import pytest

from storyline.config import StorylineConfig
from storyline.run.executor import Dask, ProcessPool, Serial, executor_for


def _square(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * x


def _die_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # the worker process dies, as under the OOM killer
    return x * 10


def test_executor_for_follows_the_settings():
    assert isinstance(executor_for(StorylineConfig()), Serial)
    pool = executor_for(StorylineConfig(workers=3))
    assert isinstance(pool, ProcessPool) and pool.workers == 3 and pool.batch == 24
    assert isinstance(executor_for(StorylineConfig(), scheduler="local"), Dask)


@pytest.mark.parametrize("make", [Serial, lambda: ProcessPool(2)])
def test_map_keeps_the_order_and_each_reports_every_item(make):
    with make() as ex:
        assert list(ex.map(_square, [3, 1, 2], lambda item, exc: None)) == [9, 1, 4]
        got = {item: (res, type(exc).__name__ if exc else None) for item, res, exc in ex.each(_square, [2, -1, 4])}
    assert got == {2: (4, None), -1: (None, "ValueError"), 4: (16, None)}


def test_a_dead_worker_costs_only_its_item():
    with ProcessPool(2) as ex:
        got = list(ex.map(_die_on_three, [1, 2, 3, 4], lambda item, exc: f"crashed {item}"))
        assert got == [10, 20, "crashed 3", 40]
        assert list(ex.map(_die_on_three, [5, 6], lambda item, exc: None)) == [50, 60]  # a new pool


def test_idle_frees_the_workers_until_the_next_map():
    with ProcessPool(2) as ex:
        assert list(ex.map(_square, [2], lambda item, exc: None)) == [4]
        ex.idle()
        assert ex._pool is None
        assert list(ex.map(_square, [3], lambda item, exc: None)) == [9]
