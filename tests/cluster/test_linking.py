"""Duplicate linking inside the ingest run: stored pairs, across runs, and the CLI listing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store

BODY = [
    "North Korea has sent more than 10,000 soldiers to Russia, and most of them are now in the Kursk region, "
    "the Pentagon said on Tuesday, adding that they had begun to take part in combat operations.",
    "It was the first time Washington had said the troops were fighting, weeks after South Korea's spy agency "
    "first reported the deployment and warned that more units could follow in the coming months.",
    "Russia has gathered a force of about 50,000 soldiers for a counter-offensive in Kursk, according to "
    "American officials who spoke on condition of anonymity because they were not authorised to brief.",
    "Ukrainian officials said their forces had already clashed with North Korean units near the border, "
    "but gave no figures for losses on either side and said the fighting had been on a small scale.",
]


def write(path, outlet, extra="", published="2024-11-13"):
    path.write_text(json.dumps({"text": "\n\n".join(BODY) + extra, "outlet": outlet,
                                "published": published, "title": "Troops in Kursk"}) + "\n")


def test_a_syndicated_copy_ingested_in_a_later_run_is_linked(tmp_path):
    config = StorylineConfig()
    write(tmp_path / "wire.jsonl", "North Wire")
    write(tmp_path / "courier.jsonl", "Lakeshore Courier", "\n\nThis article first appeared in North Wire.")
    db = tmp_path / "s.db"
    with open_store(db) as store:
        assert ingest([str(tmp_path / "wire.jsonl")], store, config).duplicates == 0
    with open_store(db) as store:  # a new run: the index is rebuilt from stored signatures
        report = ingest([str(tmp_path / "courier.jsonl")], store, config)
        assert report.duplicates == 1
        [pair] = store.duplicates()
        assert len(store.signatures()) == 2
    assert pair["relation"] == "syndicated" and pair["containment"] > 0.9
    result = CliRunner().invoke(cli, ["duplicates", "--db", str(db), "--json"])
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert (row["a_outlet"], row["b_outlet"]) == ("North Wire", "Lakeshore Courier")
    assert row["shared_passage"] and row["shared_passage"] in "\n\n".join(BODY)
    assert "syndicated" in CliRunner().invoke(cli, ["duplicates", "--db", str(db)]).output


@pytest.mark.parametrize("window, pairs", [(14, 0), (0, 1)])
def test_a_later_run_keeps_the_window_by_the_stored_dates(tmp_path, window, pairs):
    # the copy comes two months after its original, in a later run (the index restored
    # from the stored signatures and publication dates)
    config = StorylineConfig(dedup_window_days=window)
    write(tmp_path / "wire.jsonl", "North Wire")
    write(tmp_path / "courier.jsonl", "Lakeshore Courier", "\n\nFirst published by North Wire.", "2025-01-20")
    db = tmp_path / "s.db"
    with open_store(db) as store:
        ingest([str(tmp_path / "wire.jsonl")], store, config)
    with open_store(db) as store:
        assert ingest([str(tmp_path / "courier.jsonl")], store, config).duplicates == pairs


def test_no_dedup_stores_no_pairs(tmp_path):
    write(tmp_path / "wire.jsonl", "North Wire")
    write(tmp_path / "courier.jsonl", "Lakeshore Courier", "\n\nFirst published by North Wire.")
    with open_store(":memory:") as store:
        report = ingest([str(tmp_path)], store, StorylineConfig(), dedup=False)
        assert report.stored == 2 and store.duplicates() == [] and store.signatures() == []
