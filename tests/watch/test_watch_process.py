"""`storyline watch` as a process: killed (SIGKILL) mid-cycle it goes on without losing or
duplicating an article; SIGTERM stops it cleanly; a second watch on a store is refused."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.crashpoints import ENV
from storyline.store import open_store
from storyline.watch import changes
from storyline.watch.cycle import watching

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402
from feedserver import FeedServer, rss  # noqa: E402

BODIES = [("Dam bursts", S.FIRST), ("Flood kills 12", S.SECOND), ("Toll rises", S.REVISED),
          ("Rescuers count 60", S.RESCUERS), ("Trams approved", S.OTHER)]


def _feed(srv: FeedServer, n: int) -> str:
    return rss("River Herald", [{"guid": f"e{i}", "title": t, "link": srv.url(f"/e{i}"),
                                 "date": f"Mon, {18 + i} Nov 2024 09:00:00 +0000", "body": b}
                                for i, (t, b) in enumerate(BODIES[:n])])


def _watch(db: Path, *args: str, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    env["STORYLINE_FETCH_RATE"] = "1000"
    if crash_at:
        env[ENV] = crash_at
    return subprocess.run([sys.executable, "-m", "storyline", "watch", *args, "--db", str(db), "--no-figures",
                           "--allow-private"], env=env, capture_output=True, text=True, timeout=300)


def _articles(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        return {r[0]: r[1] for r in store.conn.execute(
            "SELECT a.id, (SELECT count(*) FROM story_members m WHERE m.article_id = a.id) FROM articles a")}


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


@pytest.mark.parametrize("crash_at", ["stored:2", "store-stories"])
def test_killed_mid_cycle_it_goes_on_without_losing_or_duplicating(server, tmp_path, crash_at):
    server.set("/feed.xml", _feed(server, 2), "application/rss+xml")
    url = server.url("/feed.xml")
    reference = tmp_path / "ref.db"
    assert _watch(reference, url, "--once").returncode == 0
    db = tmp_path / "w.db"
    assert _watch(db, url, "--once").returncode == 0
    server.set("/feed.xml", _feed(server, 5), "application/rss+xml")
    assert _watch(reference, "--once").returncode == 0

    killed = _watch(db, "--once", crash_at=crash_at)
    assert killed.returncode == -signal.SIGKILL
    again = _watch(db, "--once")
    assert again.returncode == 0, again.stderr
    got, want = _articles(db), _articles(reference)
    assert got == want and len(got) == 5 and set(got.values()) == {1}  # each in one story
    with open_store(db) as store:
        inputs = store.conn.execute("SELECT count(*), count(DISTINCT article_id) FROM inputs").fetchone()
        assert tuple(inputs) == (5, 5)
        # every article announced as new exactly once, over the cycles
        announced = [a["id"] for c in changes(store) if c["kind"] == "new_articles" for a in c["data"]["articles"]]
        assert sorted(announced) == sorted(got)
        assert store.conn.execute("SELECT count(*) FROM watch_cycles WHERE finished IS NULL").fetchone()[0] == 0
    # and one more cycle finds nothing new
    assert _watch(db, "--once").returncode == 0
    assert _articles(db) == want


def test_a_second_watch_on_the_same_store_is_refused(server, tmp_path):
    server.set("/feed.xml", _feed(server, 1), "application/rss+xml")
    db = tmp_path / "w.db"
    with open_store(db) as store, watching(store):
        done = _watch(db, server.url("/feed.xml"), "--once")
    assert done.returncode == 2
    assert "already watching" in done.stderr and f"pid {os.getpid()}" in done.stderr
    assert _watch(db, server.url("/feed.xml"), "--once").returncode == 0  # once the first has gone


def test_sigterm_stops_the_watch_cleanly(server, tmp_path):
    server.set("/feed.xml", _feed(server, 1), "application/rss+xml")
    db = tmp_path / "w.db"
    env = {**{k: v for k, v in os.environ.items() if k != ENV}, "STORYLINE_FETCH_RATE": "1000"}
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "watch", server.url("/feed.xml"), "--every", "1h",
                             "--db", str(db), "--no-figures", "--allow-private"], env=env,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        line = ""
        while "cycle 1" not in line and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 1.0)
            if ready:
                line = proc.stderr.readline()
        assert "cycle 1" in line
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(_articles(db)) == 1
