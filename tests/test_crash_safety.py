"""Crash safety: an ingest killed (SIGKILL) at any point leaves a sound store, and a rerun
completes it to exactly the store an uninterrupted run gives; two writers never mix.

Each scenario runs ``storyline ingest`` with its defaults (figures, duplicates, stories) in
a subprocess that :mod:`storyline.crashpoints` kills at a chosen point.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.crashpoints import ENV, POINTS
from storyline.errors import StoreBusy
from storyline.store import open_store

from .conftest import EXAMPLES

INPUTS = [str(EXAMPLES / d) for d in ("html", "text", "feeds", "jsonl")]


def _ingest(db: Path, *, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != ENV}
    if crash_at:
        env[ENV] = crash_at
    return subprocess.run([sys.executable, "-m", "storyline", "ingest", *INPUTS, "--db", str(db), "--json"],
                          env=env, capture_output=True, text=True, timeout=600)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """What a store holds, without timestamps: the thing two runs must agree on."""
    conn = sqlite3.connect(db)
    try:
        def rows(sql: str) -> list[tuple]:
            return sorted(tuple(r) for r in conn.execute(sql))

        return {
            "articles": rows("SELECT id, title, outlet, published, text FROM articles"),
            "inputs": rows("SELECT sha256, source, member, article_id FROM inputs"),
            "figures": rows("SELECT * FROM figures"),
            "extractions": rows("SELECT article_id, version, figures, status FROM extractions"),
            "duplicates": rows("SELECT * FROM duplicates"),
            "signatures": rows("SELECT article_id FROM signatures"),
            "stories": rows("SELECT story_id, label, first_published, last_published FROM stories"),
            "members": rows("SELECT article_id, story_id, seq FROM story_members"),
            "rejects": rows("SELECT source, stage, reason FROM rejects"),
        }
    finally:
        conn.close()


def assert_sound(db: Path) -> None:
    """No half-written article: the file is intact, every article has its search row, no
    figure, link or membership points to a missing article."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        for table in ("figures", "extractions", "signatures", "story_members"):
            orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN "
                                   "(SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, table
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("reference") / "s.db"
    done = _ingest(db)
    assert done.returncode == 0, done.stderr
    snap = snapshot(db)
    assert snap["figures"] and snap["duplicates"] and len(snap["stories"]) >= 1
    return snap


# (point, which time it is met): early, middle and last places of each stage
SCENARIOS = [
    ("clean", 3),
    ("store-article", 2),
    ("stored", 5),
    ("store-duplicates", 4),
    ("figures", 3),
    ("store-figures", 6),
    ("store-stories", 1),
]


def test_every_point_is_exercised():
    assert {p for p, _ in SCENARIOS} == set(POINTS)


@pytest.mark.parametrize(("point", "nth"), SCENARIOS)
def test_kill_then_rerun_gives_the_uninterrupted_store(tmp_path, reference, point, nth):
    db = tmp_path / "s.db"
    killed = _ingest(db, crash_at=f"{point}:{nth}")
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])
    assert_sound(db)
    rerun = _ingest(db)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert_sound(db)
    assert snapshot(db) == reference


def test_rejects_are_recorded_once_across_reruns(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    db = tmp_path / "s.db"
    for _ in range(3):
        done = subprocess.run([sys.executable, "-m", "storyline", "ingest", str(bad), "--db", str(db)],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 1
    with open_store(db) as store:
        rejects = store.rejects()
    assert len(rejects) == 1 and rejects[0]["seen"] == 3


def test_second_writer_is_refused_while_the_first_runs(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as first, first.writing("ingest"):
        with open_store(db) as second:
            with pytest.raises(StoreBusy, match=r"being written by `storyline ingest` \(pid"):
                with second.writing("ingest"):
                    pass
            assert second.count_articles() == 0  # reading goes on meanwhile
        refused = subprocess.run([sys.executable, "-m", "storyline", "ingest", str(EXAMPLES / "jsonl"),
                                  "--db", str(db)], capture_output=True, text=True, timeout=300)
        assert refused.returncode == 2
        assert refused.stderr.startswith("Error: the store") and "wait for it to finish" in refused.stderr
    with open_store(db) as store, store.writing("ingest"):  # released with the first
        pass


def test_two_processes_creating_one_store_at_once_both_open_it(tmp_path):
    db = tmp_path / "new.db"
    code = ("import sys; from storyline.store import open_store; "
            "s = open_store(sys.argv[1]); s.close()")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors


def test_readers_keep_working_while_an_ingest_writes(tmp_path):
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    db = tmp_path / "s.db"
    open_store(db).close()
    writer = subprocess.Popen([sys.executable, "-m", "storyline", "ingest", *INPUTS, "--db", str(db)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    client = TestClient(create_app(str(db)), base_url="http://127.0.0.1")
    reads = 0
    try:
        while writer.poll() is None:
            with open_store(db) as store:
                store.article_rows()
                store.stories()
            assert client.get("/api/stories").status_code == 200
            assert client.get("/").status_code == 200
            reads += 1
    finally:
        writer.wait(timeout=600)
    assert writer.returncode == 0, writer.stderr.read()[-2000:]
    assert reads > 3
    with open_store(db) as store:
        assert store.count_articles() >= 10 and store.stories()
