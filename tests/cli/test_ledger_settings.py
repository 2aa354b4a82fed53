"""`storyline ledger` aligns with the run's settings (the align_* thresholds)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storyline.cli import cli


def _folded(db, env=None) -> list[bool]:
    out = CliRunner().invoke(cli, ["ledger", "--db", str(db), "--json"], env=env, catch_exceptions=False).output
    return [f["folded"] for line in out.splitlines() for f in json.loads(line)["findings"]]


def test_ledger_reads_the_fold_threshold_from_the_settings(tmp_path, examples_dir):
    from storyline.report.demo import corpus_inputs

    db = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["ingest", *map(str, corpus_inputs(examples_dir)), "--db", str(db)]).exit_code == 0
    default = _folded(db)
    assert any(default) and not all(default)
    assert not any(_folded(db, {"STORYLINE_ALIGN_FOLD_BELOW": "0"}))
    assert all(_folded(db, {"STORYLINE_ALIGN_FOLD_BELOW": "1.01"}))

