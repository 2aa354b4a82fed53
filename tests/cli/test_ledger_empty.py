"""`storyline ledger` with nothing to show says why: no figures read yet, or no story of two
or more articles (the default) while a one-article story has its ledger with --story."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import cli

TEXT = ("Rescue teams in the valley said on Tuesday that 42 people were missing after the dam gave way "
        "overnight, and officials said 300 homes had been flooded. The regional governor said the search "
        "would go on through the night and that more crews were on their way from the capital.\n")


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_an_empty_ledger_says_why(tmp_path):
    page = tmp_path / "dam.txt"
    page.write_text(TEXT)
    bare, read = str(tmp_path / "bare.db"), str(tmp_path / "read.db")
    assert _run("ingest", str(page), "--no-figures", "--db", bare).exit_code == 0
    out = _run("ledger", "--db", bare)
    assert out.exit_code == 0 and "storyline extract" in out.output
    assert "two or more articles" not in out.output

    assert _run("ingest", str(page), "--db", read).exit_code == 0
    out = _run("ledger", "--db", read)
    assert out.exit_code == 0, out.output
    assert "two or more articles" in out.output and "--story" in out.output
    assert "storyline extract" not in out.output
    (story,) = [json.loads(line) for line in _run("stories", "--db", read, "--json").output.splitlines()]
    one = _run("ledger", "--db", read, "--story", story["story_id"])
    assert one.exit_code == 0 and "no tracked figures" not in one.output and "42" in one.output
