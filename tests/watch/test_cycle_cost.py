"""A watch cycle with new articles reads what they touch, not the store: none of its
statements reads a whole table but for counting rows, and a fresh store object (a new
process) is the only one that rebuilds the indexes."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from storyline.config import StorylineConfig
from storyline.store import open_store
from storyline.watch import run_cycle
from storyline.watch.sources import register

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402
from feedserver import FeedServer, rss  # noqa: E402

RSS = "application/rss+xml"

# Small stories of their own (places, people and topics invented for this test), so that
# the store holds several stories, each with figures, before the measured cycle.
PLACES = ["Harnow", "Belstead", "Quarrin", "Tolvey", "Ashmere", "Dunlock"]
TOPICS = [("ferry", "capsized", "passengers", "harbour master"),
          ("warehouse", "burned", "workers", "fire chief"),
          ("mine", "collapsed", "miners", "mining inspector"),
          ("bridge", "closed", "vehicles", "roads engineer"),
          ("hospital", "evacuated", "patients", "health officer"),
          ("train", "derailed", "carriages", "rail inspector")]


def _article(k: int, n: int) -> str:
    place, (thing, event, people, official) = PLACES[k], TOPICS[k]
    return "".join(f"<p>{p}</p>" for p in (
        f"The {thing} in {place} {event} on Tuesday and {10 + n * 3} {people} were affected, the {official} "
        f"of {place} said in a statement to reporters.",
        f"Officials in {place} said {4 + n} {people} had been taken to hospital and that the {thing} would stay "
        f"shut while the {official} looked into what happened.",
        f"Residents of {place} said the {thing} had been a worry for years. The {official} told the local "
        f"council that a report on the {thing} would be published next month.",
    ))


def _entry(srv, guid: str, title: str, day: int, body: str) -> dict:
    return {"guid": guid, "title": title, "link": srv.url(f"/{guid}"),
            "date": f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][day % 5]}, {4 + day:02d} Mar 2024 09:00:00 +0000",
            "body": body}


def _scans(store, statements: list[str]) -> list[tuple[str, str]]:
    """The statements whose query plan reads a whole table (SQLite's ``SCAN``), with the plan."""
    out = []
    for sql in dict.fromkeys(statements):
        if not re.match(r"\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b", sql, re.I):
            continue  # BEGIN, COMMIT, PRAGMA, and the statements SQLite runs inside FTS5 ("-- ...")
        plan = " | ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        if re.search(r"\bSCAN (?!CONSTANT)", plan):
            out.append((sql, plan))
    return out


# Tables whose rows do not grow with the articles: the watched sources.
SMALL = {"watch_sources"}


def _whole_table_reads(store, statements: list[str]) -> list[tuple[str, str]]:
    """As :func:`_scans`, less counts of a table's rows (a walk of its smallest index: a
    millisecond at 50,000 rows) and scans of :data:`SMALL` tables."""
    out = []
    for sql, plan in _scans(store, statements):
        scanned = set(re.findall(r"\bSCAN (\w+)", plan))
        if scanned <= SMALL or re.match(r"\s*SELECT count\(\*\) FROM \w+\s*(WHERE [^()]*)?$", sql, re.I):
            continue
        out.append((sql, plan))
    return out


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


def test_a_cycle_with_new_articles_reads_no_whole_table_and_reuses_its_indexes(server, tmp_path):
    srv = server
    config = StorylineConfig(db=str(tmp_path / "w.db"), allow_private=True, fetch_rate=1000.0, fetch_retries=0,
                             fetch_timeout=5.0)
    entries = [_entry(srv, f"s{k}-{n}", f"{PLACES[k]} {TOPICS[k][0]} {TOPICS[k][1]}: update {n}", n,
                      _article(k, n)) for n in range(3) for k in range(len(PLACES))]
    srv.set("/a.xml", rss("Coast Wire", entries), RSS)
    store = open_store(config.db)
    register(store, [srv.url("/a.xml")], 600, 0)
    first = run_cycle(store, config, now=1000)
    assert first.stored == len(entries)
    assert store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] > 0

    # two new articles of two stories already there, and one of a story of its own
    entries += [_entry(srv, "s0-3", "Harnow ferry: update 3", 3, _article(0, 3)),
                _entry(srv, "s3-3", "Tolvey bridge: update 3", 3, _article(3, 3)),
                _entry(srv, "dam", "Dam bursts", 3, S.FIRST)]
    srv.set("/a.xml", rss("Coast Wire", entries), RSS)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    second = run_cycle(store, config, now=5000)
    store.conn.set_trace_callback(None)
    assert second.stored == 3
    assert {c["kind"] for c in second.changes} >= {"new_articles", "new_figures"}
    assert _whole_table_reads(store, statements) == []

    # a new store object keeps no index: it reads the stored signatures and features (the
    # check above would see those reads)
    store.close()
    store = open_store(config.db)
    entries += [_entry(srv, "s1-3", "Belstead warehouse: update 3", 3, _article(1, 3))]
    srv.set("/a.xml", rss("Coast Wire", entries), RSS)
    statements.clear()
    store.conn.set_trace_callback(statements.append)
    third = run_cycle(store, config, now=9000)
    store.conn.set_trace_callback(None)
    assert third.stored == 1
    scanned = {t for _, plan in _whole_table_reads(store, statements) for t in re.findall(r"\bSCAN (\w+)", plan)}
    assert {"signatures", "story_features"} <= scanned
    store.close()


def test_the_cycle_taken_up_after_a_crash_is_the_last_unfinished_one(server, tmp_path):
    srv = server
    config = StorylineConfig(db=str(tmp_path / "w.db"), allow_private=True, fetch_rate=1000.0, fetch_retries=0,
                             fetch_timeout=5.0)
    srv.set("/a.xml", rss("Coast Wire", [_entry(srv, "s0-0", "Harnow ferry", 0, _article(0, 0))]), RSS)
    store = open_store(config.db)
    register(store, [srv.url("/a.xml")], 600, 0)
    done = [run_cycle(store, config, now=1000 * (i + 1), figures=False) for i in range(3)]
    assert [r.cycle for r in done] == [1, 2, 3] and not any(r.resumed for r in done)
    # a cycle that died after it was opened
    with store.transaction() as conn:
        conn.execute("INSERT INTO watch_cycles (started, base_rowid) VALUES ('2024-03-04T00:00:00+00:00', 0)")
    again = run_cycle(store, config, now=9000, figures=False)
    assert again.cycle == 4 and again.resumed
    after = run_cycle(store, config, now=20000, figures=False)
    assert after.cycle == 5 and not after.resumed
    store.close()


def test_the_pending_deliveries_are_looked_up_by_their_own_index(tmp_path):
    from storyline.watch.cycle import PENDING_DELIVERIES

    with open_store(tmp_path / "p.db") as store:
        plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + PENDING_DELIVERIES, (10,)))
    assert "USING INDEX watch_cycles_pending" in plan, plan
