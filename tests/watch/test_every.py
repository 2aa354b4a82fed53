"""`storyline watch --every` without SOURCES sets the interval of every watched source (the
service example runs it so); without --every, each source keeps its own."""

from __future__ import annotations

import threading

import pytest

from storyline.config import StorylineConfig
from storyline.store import open_store
from storyline.watch import watch
from storyline.watch.sources import load_sources, register


def _page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article>The river rose again overnight and crews "
            "held the levee until the morning, when the water began to fall.</article></body></html>")


@pytest.fixture
def watched(tmp_path):
    """A fresh store watching two folders of one page each, every 15 minutes and every hour:
    (store, config, first folder)."""
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "one.html").write_text(_page(folder.name))
    config = StorylineConfig(db=str(tmp_path / "w.db"))
    with open_store(config.db) as store:
        register(store, [str(a)], 900, 0)
        register(store, [str(b)], 3600, 0)
        yield store, config, a


def test_every_without_sources_sets_every_watched_interval(watched):
    store, config, _ = watched
    store.conn.execute("UPDATE watch_sources SET next_due = 50000")
    watch(store, config, (), every="30s", once=True, figures=False, clock=lambda: 1000.0)
    got = {s.spec: s for s in load_sources(store)}
    assert {s.interval for s in got.values()} == {30.0}
    assert all(s.next_due <= 1000.0 + 30 * 1.2 for s in got.values())


def test_without_every_each_source_keeps_its_interval(watched):
    store, config, a = watched
    watch(store, config, (), once=True, figures=False, clock=lambda: 1000.0)
    assert sorted(s.interval for s in load_sources(store)) == [900.0, 3600.0]
    # a source given with --every takes it; the others keep theirs
    watch(store, config, (str(a),), every="2h", once=True, figures=False, stop=threading.Event(),
          clock=lambda: 2000.0)
    assert sorted(s.interval for s in load_sources(store)) == [3600.0, 7200.0]
