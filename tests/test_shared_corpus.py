"""Every real input we have ingests without a crash: stored, or rejected with a reason.

Reads the five seed articles, then, with the default ``storyline ingest`` (figures,
duplicates, stories: nothing turned off), the 772 pages of ../shared/datasets and the
article collections beside them in one run (skipped where the shared folder is absent).
The long one is marked slow; it runs in CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from storyline.config import StorylineConfig
from storyline.run import ingest
from storyline.store import open_store


def test_seeds_are_all_stored_with_their_metadata(shared_dir):
    seeds = shared_dir / "corpus" / "seeds"
    with open_store(":memory:") as store:
        report = ingest([str(seeds)], store, StorylineConfig())
        assert report.summary() == {"read": 5, "stored": 5, "already_present": 0, "resumed": 0, "duplicates": 0,
                                    "rejected": {}, "failed": {}}
        by_file = {a.provenance.source.rsplit("/", 1)[-1][:3]: a for a in store.iter_articles()}
    assert by_file["004"].outlet.value == "Krone" and by_file["004"].outlet.origin == "text"
    assert by_file["002"].author.value == "Aghakazim Guliyev"
    assert by_file["000"].published.value == "2024-11-21"
    assert all(a.language.value == "en" for a in by_file.values())


def _inputs(shared) -> list[str]:
    datasets = shared / "datasets"
    return [str(p) for p in (
        datasets / "scrapinghub-aeb", datasets / "wcxb-test" / "test", datasets / "fundus-eval" / "dataset",
        shared / "corpus" / "seeds", datasets / "giveme5w1h-dev",
        datasets / "polnear-dev" / "articles.jsonl", datasets / "timebank-dev" / "articles.jsonl",
        datasets / "ecbplus-dev" / "articles.jsonl")]


@pytest.mark.slow
def test_the_default_ingest_of_every_real_input_ends_with_its_summary(shared_dir, tmp_path):
    db = tmp_path / "all.db"
    run = subprocess.run([sys.executable, "-m", "storyline", "ingest", *_inputs(shared_dir), "--db", str(db),
                          "--json"], capture_output=True, text=True, timeout=3600)
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 1), (run.returncode, run.stderr[-3000:])  # 3 would be a failure
    lines = run.stdout.splitlines()
    summary = json.loads(lines[0])
    records = [json.loads(line) for line in lines[1:]]
    rejects = [r for r in records if "reason" in r]
    skipped = [r for r in records if "skipped" in r]  # notes and metadata files beside the articles
    assert len(rejects) + len(skipped) == len(records)
    assert all(not r["source"].endswith((".html.gz", ".jsonl", ".txt")) for r in skipped), skipped
    assert summary["failed"] == {} and not any(r["failed"] for r in rejects)
    assert all(r["reason"] and r["detail"] for r in rejects)
    refused = sum(1 for r in rejects if r["stage"] != "figures")  # a slow article is stored, figures skipped
    assert summary["stored"] + summary["already_present"] + refused == summary["read"]
    with open_store(db) as store:
        assert store.unextracted_ids() == [] and store.unsigned_ids() == [] and not store.stories_stale()
        pages = store.conn.execute("SELECT count(DISTINCT source) FROM inputs WHERE source LIKE '%.html.gz'")
        assert pages.fetchone()[0] >= 740  # the pages with an article; the rest are rejected no_text
        assert store.count_articles() > 2000
    page_rejects = Counter(r["reason"] for r in rejects if r["source"].endswith(".html.gz"))
    assert set(page_rejects) <= {"no_text"}, page_rejects
    again = subprocess.run([sys.executable, "-m", "storyline", "extract", "--db", str(db)],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and again.stdout.startswith("read 0 articles"), again.stdout + again.stderr
