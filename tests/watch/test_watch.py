"""`storyline watch` against a local server whose feeds change between cycles: exactly the
new articles are read, the right changes recorded, a failing feed backs off without
stopping the others, a 304 costs nothing, an entry that leaves its feed keeps its article."""

from __future__ import annotations

import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from storyline.config import StorylineConfig
from storyline.store import open_store
from storyline.watch import changes, changes_atom, run_cycle
from storyline.watch.sources import load_sources, register

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402
from feedserver import FeedServer, rss  # noqa: E402

RSS = "application/rss+xml"


def _config(db: Path, **kw) -> StorylineConfig:
    return StorylineConfig(db=str(db), allow_private=True, fetch_rate=1000.0, fetch_retries=0, fetch_timeout=5.0,
                           **kw)


def _ids(store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT id FROM articles")}


def _by_kind(found):
    out: dict[str, list] = {}
    for c in found:
        out.setdefault(c["kind"], []).append(c)
    return out


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


def _entry(srv, guid, title, date, body=None, link=None):
    return {"guid": guid, "title": title, "link": link or srv.url(f"/{guid}"), "date": date, "body": body}


def test_cycles_read_exactly_what_is_new_and_record_the_changes(server, tmp_path):
    srv = server
    a = [_entry(srv, "a1", "Dam bursts in Orlen valley", "Mon, 18 Nov 2024 09:00:00 +0000", S.FIRST),
         _entry(srv, "a2", "Orlen flood kills 12", "Mon, 18 Nov 2024 19:00:00 +0000", S.SECOND)]
    srv.set("/a.xml", rss("River Herald", a), RSS)
    # an entry without a body: its page is fetched
    srv.set("/b.xml", rss("Valley Times", [_entry(srv, "b1", "Orlen dam: what we know", "Tue, 19 Nov 2024 08:00:00 "
                                                  "+0000", link=srv.url("/page1"))]), RSS)
    srv.set("/page1", S.PAGE)
    srv.set("/c.xml", rss("Harbour Daily", [_entry(srv, "c1", "Trams approved", "Tue, 19 Nov 2024 08:00:00 +0000",
                                                   S.OTHER)]), RSS)
    config = _config(tmp_path / "w.db")
    store = open_store(config.db)
    register(store, [srv.url("/a.xml"), srv.url("/b.xml"), srv.url("/c.xml")], 600, 0)
    rng = random.Random(7)

    # cycle 1: everything is new
    r1 = run_cycle(store, config, now=1000, rng=rng)
    assert [p["status"] for p in r1.polled] == ["new", "new", "new"]
    assert r1.stored == 4 and len(_ids(store)) == 4
    assert srv.hits["/page1"] == 1
    first = _ids(store)
    news = _by_kind(r1.changes)["new_articles"]
    assert sorted(a["id"] for c in news for a in c["data"]["articles"]) == sorted(first)
    assert "new_tracked" in _by_kind(r1.changes) and "new_figures" in _by_kind(r1.changes)

    # cycle 2: two new entries in a; b unchanged (a 304); c fails
    a += [_entry(srv, "a3", "Toll rises to 19", "Wed, 20 Nov 2024 10:00:00 +0000", S.REVISED),
          _entry(srv, "a4", "Rescuers say 60 dead", "Wed, 20 Nov 2024 12:00:00 +0000", S.RESCUERS)]
    srv.set("/a.xml", rss("River Herald", a), RSS)
    srv.fail("/c.xml", 500)
    r2 = run_cycle(store, config, now=2000, rng=rng)
    status = {p["source"].rsplit("/", 1)[1]: p for p in r2.polled}
    assert status["a.xml"]["status"] == "new" and status["a.xml"]["new"] == 2
    assert status["b.xml"]["status"] == "not_modified" and srv.not_modified["/b.xml"] == 1
    assert status["c.xml"]["status"] == "error" and "500" in status["c.xml"]["error"]
    assert r2.stored == 2
    second = _ids(store) - first
    assert len(second) == 2 and srv.hits["/page1"] == 1  # nothing fetched twice
    kinds = _by_kind(r2.changes)
    assert sorted(a["id"] for c in kinds["new_articles"] for a in c["data"]["articles"]) == sorted(second)
    assert "new_tracked" not in kinds or all(c["data"]["label"].split()[-1] != "killed" for c in kinds["new_tracked"])
    (rev,) = kinds["revision"]
    assert "Marta Velk" in rev["data"]["source"] and "12" in rev["data"]["old"] and "19" in rev["data"]["new"]
    (upd,) = kinds["update"]
    assert "12" in upd["data"]["old"] and "19" in upd["data"]["new"]
    (conflict,) = kinds["new_conflict"]
    assert "60" in conflict["data"]["sentence"]
    failing = {s.spec.rsplit("/", 1)[1]: s for s in load_sources(store)}["c.xml"]
    assert failing.failures == 1 and failing.last_error and failing.next_due > 2000

    # cycle 3, before c is due again: a's first entry leaves the feed; nothing new anywhere
    srv.set("/a.xml", rss("River Herald", a[1:]), RSS)
    srv.set("/c.xml", rss("Harbour Daily", [_entry(srv, "c1", "Trams approved", "Tue, 19 Nov 2024 08:00:00 +0000",
                                                   S.OTHER)]), RSS)
    srv.hits.clear()
    r3 = run_cycle(store, config, now=2000 + 0.5 * 600, rng=rng)
    assert r3.polled == [] and srv.hits["/c.xml"] == 0  # nothing is due: a 0-article cycle
    r3 = run_cycle(store, config, now=max(s.next_due for s in load_sources(store)) + 1, rng=rng)
    polled = {p["source"].rsplit("/", 1)[1]: p["status"] for p in r3.polled}
    # c answers as it did before it failed: its validators still hold
    assert polled == {"a.xml": "unchanged", "b.xml": "not_modified", "c.xml": "not_modified"}
    assert r3.stored == 0 and r3.changes == [] and _ids(store) == first | second
    gone = store.conn.execute("SELECT key FROM watch_seen WHERE gone_at IS NOT NULL").fetchall()
    assert [g[0] for g in gone] == ["id:a1"]
    ok = {s.spec.rsplit("/", 1)[1]: s for s in load_sources(store)}["c.xml"]
    assert ok.failures == 0 and ok.last_error == ""

    # the entry comes back: it was seen, it is not read again
    srv.set("/a.xml", rss("River Herald", a), RSS)
    r4 = run_cycle(store, config, now=10_000, rng=rng)
    assert r4.stored == 0 and len(_ids(store)) == 6

    # the query, JSON and Atom
    rows = changes(store)
    assert [r["cycle"] for r in rows] == sorted(r["cycle"] for r in rows)
    story = rev["story_id"]
    of_story = changes(store, story_id=story)
    assert {r["story_id"] for r in of_story} == {story}
    assert {r["kind"] for r in of_story} >= {"new_articles", "revision", "update", "new_conflict"}
    since = changes(store, since=rows[-1]["at"])
    assert since and all(r["at"] >= rows[-1]["at"] for r in since)
    feed = ET.fromstring(changes_atom(store, story_id=story))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(feed.findall("a:entry", ns)) == len(of_story)
    store.close()


def test_a_folder_and_a_url_list_give_only_new_files_and_urls(server, tmp_path):
    srv = server
    srv.set("/page1", S.PAGE)
    srv.set("/p2", "<html><head><title>Trams</title></head><body><article>" + S.OTHER + "</article></body></html>")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "one.html").write_text("<html><head><title>Dam</title></head><body><article>" + S.FIRST
                                     + "</article></body></html>")
    urls = tmp_path / "urls.txt"
    urls.write_text(srv.url("/page1") + "\n")
    config = _config(tmp_path / "w.db")
    store = open_store(config.db)
    register(store, [str(folder), str(urls)], 600, 0)
    r1 = run_cycle(store, config, now=1000, figures=False)
    assert r1.stored == 2
    (folder / "two.html").write_text("<html><head><title>Toll</title></head><body><article>" + S.REVISED
                                      + "</article></body></html>")
    urls.write_text(srv.url("/page1") + "\n" + srv.url("/p2") + "\n")
    r2 = run_cycle(store, config, now=5000, figures=False)
    assert r2.stored == 2 and [p["new"] for p in r2.polled] == [1, 1]
    assert srv.hits["/page1"] == 1 and srv.hits["/p2"] == 1
    r3 = run_cycle(store, config, now=9000, figures=False)
    assert r3.stored == 0 and {p["status"] for p in r3.polled} == {"unchanged", "not_modified"}
    store.close()


def test_a_source_failing_again_and_again_backs_off_longer_up_to_the_cap(server, tmp_path):
    srv = server
    srv.fail("/down.xml", 503)
    config = _config(tmp_path / "w.db", watch_jitter=0.0, watch_max_backoff=2400.0)
    store = open_store(config.db)
    register(store, [srv.url("/down.xml")], 600, 0)
    now, waits = 0.0, []
    for _ in range(5):
        report = run_cycle(store, config, now=now, figures=False)
        assert report.errors and "503" in report.errors[0]["error"]
        (src,) = load_sources(store)
        waits.append(src.next_due - now)
        now = src.next_due
    assert waits == [600, 1200, 2400, 2400, 2400]
    store.close()


def test_a_cycle_with_nothing_new_costs_a_few_queries(server, tmp_path):
    srv = server
    srv.set("/a.xml", rss("River Herald", [_entry(srv, "a1", "Trams approved", "Tue, 19 Nov 2024 08:00:00 +0000",
                                                  S.OTHER)]), RSS)
    config = _config(tmp_path / "w.db")
    store = open_store(config.db)
    register(store, [srv.url("/a.xml")], 600, 0)
    assert run_cycle(store, config, now=1000, figures=False).stored == 1
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    quiet = run_cycle(store, config, now=5000, figures=False)
    store.conn.set_trace_callback(None)
    assert quiet.polled[0]["status"] == "not_modified" and quiet.stored == 0
    assert len(statements) <= 25, statements
    reads = " ".join(statements)
    for table in ("story_features", "signatures", "figures", "story_members", "FROM articles a"):
        assert table not in reads
    store.close()
