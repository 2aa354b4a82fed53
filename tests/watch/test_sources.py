"""`storyline sources`: the watched sources listed with their state, one removed (no longer
polled, its articles kept), and watched again later reading only what is new."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.store import open_store
from storyline.watch import run_cycle
from storyline.watch.sources import load_sources, register

sys.path.insert(0, str(Path(__file__).parent))
import stories as S  # noqa: E402


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def test_sources_are_listed_removed_and_watched_again_from_where_they_were(tmp_path):
    dam, trams = tmp_path / "dam", tmp_path / "trams"
    dam.mkdir()
    trams.mkdir()
    (dam / "one.html").write_text(_page("Dam bursts", S.FIRST))
    (trams / "one.html").write_text(_page("Trams approved", S.OTHER))
    db = str(tmp_path / "w.db")
    config = StorylineConfig(db=db)
    store = open_store(db)
    register(store, [str(dam), str(trams)], 900, 0)
    assert run_cycle(store, config, now=1000, figures=False).stored == 2
    store.close()
    runner = CliRunner()

    listed = runner.invoke(cli, ["sources", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [r["source"] for r in rows] == [str(dam.resolve()), str(trams.resolve())]
    assert all(r["read"] == 1 and r["interval"] == 900 and r["status"] == "new" and r["failures"] == 0
               for r in rows)
    table = runner.invoke(cli, ["sources", "--db", db])
    assert table.exit_code == 0 and "every 15m" in table.output and "1 read" in table.output

    unknown = runner.invoke(cli, ["sources", "--db", db, "--remove", str(tmp_path / "nowhere")])
    assert unknown.exit_code == 2 and "not watched" in unknown.output
    removed = runner.invoke(cli, ["sources", "--db", db, "--remove", str(trams), "--json"])
    assert removed.exit_code == 0, removed.output
    assert "no longer watching" in removed.output
    assert [json.loads(line)["source"] for line in removed.output.splitlines() if line.startswith("{")] == [
        str(dam.resolve())]

    (trams / "two.html").write_text(_page("Dam toll rises", S.REVISED))
    store = open_store(db)
    try:
        assert [s.spec for s in load_sources(store)] == [str(dam.resolve())]
        again = run_cycle(store, config, now=5000, figures=False, every_cycle=True)
        assert [p["source"] for p in again.polled] == [str(dam.resolve())] and again.stored == 0
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2  # its article stays
        # watched again: only the file it had not read yet
        register(store, [str(trams)], 900, 6000)
        back = run_cycle(store, config, now=6000, figures=False, every_cycle=True)
        assert {p["source"]: p["new"] for p in back.polled} == {str(dam.resolve()): 0, str(trams.resolve()): 1}
        assert back.stored == 1
    finally:
        store.close()


def test_sources_on_a_store_without_any(tmp_path):
    db = str(tmp_path / "w.db")
    open_store(db).close()
    result = CliRunner().invoke(cli, ["sources", "--db", db])
    assert result.exit_code == 0 and "no sources watched" in result.output
    missing = CliRunner().invoke(cli, ["sources", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
