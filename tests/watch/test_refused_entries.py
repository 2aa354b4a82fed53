"""A feed entry whose page is on a loopback or private address is refused while
``allow_private`` is off; the refusal follows from a setting, so the entry is not marked
read: a later watch with ``--allow-private`` reads it. The cycle line says how many inputs
were rejected."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.store import open_store
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


def test_an_entry_refused_for_its_address_is_read_once_private_addresses_are_allowed(tmp_path):
    with FeedServer() as srv:
        srv.set("/p1", _page("Dam bursts", S.FIRST))
        srv.set("/p2", _page("Toll rises", S.REVISED))
        feed = tmp_path / "feed.xml"
        feed.write_text(_feed(srv, ["p1"]))
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [str(feed)], 600, 0)

        refused = run_cycle(store, _config(db, False), now=1000, figures=False)
        assert refused.stored == 0 and refused.rejected == 1 and srv.hits["/p1"] == 0

        feed.write_text(_feed(srv, ["p1", "p2"]))  # the feed changes: both entries are read now
        allowed = run_cycle(store, _config(db, True), now=5000, figures=False)
        assert allowed.stored == 2 and srv.hits["/p1"] == 1 and srv.hits["/p2"] == 1

        feed.write_text(_feed(srv, ["p1", "p2"]) + "\n")  # changed bytes, the same entries
        again = run_cycle(store, _config(db, True), now=9000, figures=False)
        assert again.stored == 0 and srv.hits["/p1"] == 1 and srv.hits["/p2"] == 1
        store.close()


def test_an_entry_that_fails_for_good_is_not_fetched_again(tmp_path):
    with FeedServer() as srv:
        srv.fail("/gone", 404)
        feed = tmp_path / "feed.xml"
        feed.write_text(_feed(srv, ["gone"]))
        db = tmp_path / "w.db"
        store = open_store(str(db))
        register(store, [str(feed)], 600, 0)
        first = run_cycle(store, _config(db, True), now=1000, figures=False)
        assert first.rejected == 1 and srv.hits["/gone"] == 1
        feed.write_text(_feed(srv, ["gone"]) + "\n")
        run_cycle(store, _config(db, True), now=5000, figures=False)
        assert srv.hits["/gone"] == 1
        store.close()


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
