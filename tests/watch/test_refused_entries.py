"""A feed entry whose page is on a loopback or private address is refused while
``allow_private`` is off; the refusal follows from a setting, so the entry is not marked
read: a later watch with ``--allow-private`` reads it. The cycle line says how many inputs
were rejected."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.store import Store, open_store
from storyline.watch import run_cycle
from storyline.watch.sources import register

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402
from feedserver import FeedServer, rss  # noqa: E402


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def _feed(srv: FeedServer, names: list[str]) -> str:
    return rss("Valley Times", [{"guid": n, "title": f"Dam report {n}", "link": srv.url(f"/{n}"),
                                 "date": "Tue, 19 Nov 2024 08:00:00 +0000"} for n in names])


def _config(db: Path, allow_private: bool) -> StorylineConfig:
    return StorylineConfig(db=str(db), allow_private=allow_private, fetch_rate=1000.0, fetch_retries=0,
                           fetch_timeout=5.0)


@contextmanager
def _watched_feed_file(tmp_path: Path, names: list[str]) -> Iterator[tuple[FeedServer, Path, Store, Path]]:
    """A local server, a feed file of the entries ``names`` linking to its pages, and a fresh
    store watching that file: (server, feed file, store, store path)."""
    with FeedServer() as srv:
        feed = tmp_path / "feed.xml"
        feed.write_text(_feed(srv, names))
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [str(feed)], 600, 0)
        try:
            yield srv, feed, store, db
        finally:
            store.close()


@contextmanager
def _feed_of_a_failing_page(tmp_path: Path) -> Iterator[tuple[FeedServer, Store, Path]]:
    """A local server whose feed (``/feed``) has one entry, its page ``/p1`` answering 503,
    and a fresh store watching that feed: (server, store, store path)."""
    with FeedServer() as srv:
        srv.fail("/p1", 503)
        srv.set("/feed", _feed(srv, ["p1"]), "application/rss+xml")
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [srv.url("/feed")], 600, 0)
        try:
            yield srv, store, db
        finally:
            store.close()


def test_an_entry_refused_for_its_address_is_read_once_private_addresses_are_allowed(tmp_path):
    with _watched_feed_file(tmp_path, ["p1"]) as (srv, feed, store, db):
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        srv.set("/p2", _page("Toll rises", S.REVISED))
        refused = run_cycle(store, _config(db, False), now=1000, figures=False)
        assert refused.stored == 0 and refused.rejected == 1 and srv.hits["/p1"] == 0

        feed.write_text(_feed(srv, ["p1", "p2"]))  # the feed changes: both entries are read now
        allowed = run_cycle(store, _config(db, True), now=5000, figures=False)
        assert allowed.stored == 2 and srv.hits["/p1"] == 1 and srv.hits["/p2"] == 1

        feed.write_text(_feed(srv, ["p1", "p2"]) + "\n")  # changed bytes, the same entries
        again = run_cycle(store, _config(db, True), now=9000, figures=False)
        assert again.stored == 0 and srv.hits["/p1"] == 1 and srv.hits["/p2"] == 1


def test_a_refused_entry_is_read_once_allowed_though_the_feed_file_is_unchanged(tmp_path):
    with _watched_feed_file(tmp_path, ["p1"]) as (srv, _feed_file, store, db):
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        refused = run_cycle(store, _config(db, False), now=1000, figures=False)
        assert refused.stored == 0 and refused.rejected == 1
        allowed = run_cycle(store, _config(db, True), now=5000, figures=False)  # the same feed bytes
        assert allowed.stored == 1 and srv.hits["/p1"] == 1
        run_cycle(store, _config(db, True), now=9000, figures=False)
        assert srv.hits["/p1"] == 1
        [status] = store.conn.execute("SELECT last_status FROM watch_sources").fetchone()
        assert status == "not_modified"  # nothing pending: the file is compared again, not read


def test_an_entry_that_failed_for_a_while_is_retried_though_the_feed_answers_304(tmp_path):
    with _feed_of_a_failing_page(tmp_path) as (srv, store, db):
        first = run_cycle(store, _config(db, True), now=1000, figures=False)
        assert first.rejected == 1 and srv.hits["/p1"] == 1
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        retried = run_cycle(store, _config(db, True), now=5000, figures=False)
        assert retried.stored == 1 and srv.hits["/p1"] == 2 and srv.not_modified["/feed"] == 0
        run_cycle(store, _config(db, True), now=9000, figures=False)
        assert srv.not_modified["/feed"] == 1 and srv.hits["/p1"] == 2  # nothing pending: 304 again


def test_an_entry_that_fails_for_good_is_not_fetched_again(tmp_path):
    with _watched_feed_file(tmp_path, ["gone"]) as (srv, feed, store, db):
        srv.fail("/gone", 404)
        first = run_cycle(store, _config(db, True), now=1000, figures=False)
        assert first.rejected == 1 and srv.hits["/gone"] == 1
        feed.write_text(_feed(srv, ["gone"]) + "\n")
        run_cycle(store, _config(db, True), now=5000, figures=False)
        assert srv.hits["/gone"] == 1


def test_the_cycle_line_counts_the_rejected_inputs(tmp_path):
    with FeedServer() as srv:
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        feed = tmp_path / "feed.xml"
        feed.write_text(_feed(srv, ["p1"]))
        db = str(tmp_path / "w.db")
        runner = CliRunner()
        refused = runner.invoke(cli, ["watch", str(feed), "--once", "--no-figures", "--db", db])
        assert refused.exit_code == 0, refused.output
        assert "0 new articles" in refused.output and "1 rejected" in refused.output
        assert "storyline rejects" in refused.output

        feed.write_text(_feed(srv, ["p1"]) + "\n")
        stored = runner.invoke(cli, ["watch", "--once", "--no-figures", "--allow-private", "--db", db])
        assert stored.exit_code == 0, stored.output
        assert "1 new articles" in stored.output and "rejected" not in stored.output


def test_an_entry_of_a_listed_feed_that_failed_for_a_while_is_retried(tmp_path):
    """A URL list may name a feed: an entry of it whose page failed for a while is read at a
    later poll, as an entry of a watched feed is; the entries read are not fetched again."""
    with FeedServer() as srv:
        srv.fail("/p1", 503)
        srv.set("/p2", _page("Toll rises", S.REVISED))
        srv.set("/feed", _feed(srv, ["p1", "p2"]), "application/rss+xml")
        urls = tmp_path / "urls.txt"
        urls.write_text(srv.url("/feed") + "\n")
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [str(urls)], 600, 0)
        first = run_cycle(store, _config(db, True), now=1000, figures=False)
        assert first.stored == 1 and first.rejected == 1 and srv.hits["/p1"] == 1
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        retried = run_cycle(store, _config(db, True), now=5000, figures=False)
        assert retried.stored == 1 and srv.hits["/p1"] == 2
        assert srv.hits["/p2"] == 1  # the entry read at the first poll is not fetched again
        run_cycle(store, _config(db, True), now=9000, figures=False)
        assert srv.hits["/p1"] == 2 and srv.hits["/feed"] == 2  # nothing pending: the list is not read again
        store.close()


def _retrying(store: Store) -> list[tuple[int, int]]:
    from storyline.watch.sources import listing

    return [(r["read"], r["retrying"]) for r in listing(store)]


def test_an_entry_that_keeps_failing_is_given_up_after_watch_retry_for(tmp_path):
    """A dead link in a feed is retried at each poll (the feed is read in full for it) only
    until it has failed for ``watch_retry_for``; then it is given up with its reason, and the
    feed's validators are kept again: a 304 costs nothing more."""
    with _feed_of_a_failing_page(tmp_path) as (srv, store, db):
        config = _config(db, True).replace(watch_retry_for=10_000.0)
        first = run_cycle(store, config, now=1000, figures=False)
        assert first.rejected == 1 and srv.hits["/p1"] == 1
        assert _retrying(store) == [(0, 1)]
        second = run_cycle(store, config, now=6000, figures=False)  # still within the day: retried
        assert second.rejected == 1 and srv.hits["/p1"] == 2 and srv.not_modified["/feed"] == 0
        last = run_cycle(store, config, now=11_500, figures=False)  # failed for 10,500 s: given up
        assert last.rejected == 1 and srv.hits["/p1"] == 3
        assert _retrying(store) == [(1, 0)]
        details = [r[0] for r in store.conn.execute("SELECT detail FROM rejects ORDER BY rowid")]
        assert "given up" in details[-1] and not any("given up" in d for d in details[:-1])
        after = run_cycle(store, config, now=20_000, figures=False)
        assert after.rejected == 0 and srv.hits["/p1"] == 3 and srv.not_modified["/feed"] == 1


def test_a_given_up_entry_is_read_again_when_its_feed_entry_changes(tmp_path):
    with _feed_of_a_failing_page(tmp_path) as (srv, store, db):
        config = _config(db, True).replace(watch_retry_for=100.0)
        run_cycle(store, config, now=1000, figures=False)
        run_cycle(store, config, now=2000, figures=False)  # given up
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        srv.set("/feed", _feed(srv, ["p1"]).replace("Dam report p1", "Dam report p1, updated"),
                "application/rss+xml")
        changed = run_cycle(store, config, now=3000, figures=False)
        assert changed.stored == 1 and srv.hits["/p1"] == 3


def test_a_listed_url_that_keeps_failing_is_given_up(tmp_path):
    with FeedServer() as srv:
        srv.fail("/p1", 503)
        urls = tmp_path / "urls.txt"
        urls.write_text(srv.url("/p1") + "\n")
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [str(urls)], 600, 0)
        config = _config(db, True).replace(watch_retry_for=10_000.0)
        run_cycle(store, config, now=1000, figures=False)
        run_cycle(store, config, now=6000, figures=False)
        assert srv.hits["/p1"] == 2 and _retrying(store) == [(0, 1)]
        run_cycle(store, config, now=12_000, figures=False)  # given up
        run_cycle(store, config, now=20_000, figures=False)
        assert srv.hits["/p1"] == 3 and _retrying(store) == [(1, 0)]
        store.close()


def test_an_address_refused_for_a_setting_is_never_given_up(tmp_path):
    with _watched_feed_file(tmp_path, ["p1"]) as (srv, _feed_file, store, db):
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        config = _config(db, False).replace(watch_retry_for=100.0)
        run_cycle(store, config, now=1000, figures=False)
        run_cycle(store, config, now=50_000, figures=False)
        assert _retrying(store) == [(0, 1)]
        allowed = run_cycle(store, _config(db, True).replace(watch_retry_for=100.0), now=90_000, figures=False)
        assert allowed.stored == 1 and srv.hits["/p1"] == 1
