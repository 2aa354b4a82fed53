"""Every real input we have ingests without a crash: stored, or rejected with a reason.

Reads the five seed articles and the 772 pages of ../shared/datasets (skipped where the
shared folder is absent). Slow-ish (about a minute on two cores).
"""

from __future__ import annotations

from collections import Counter

import pytest

from storyline.config import StorylineConfig
from storyline.ingest.runner import ingest
from storyline.store import open_store


def test_seeds_are_all_stored_with_their_metadata(shared_dir):
    seeds = shared_dir / "corpus" / "seeds"
    with open_store(":memory:") as store:
        report = ingest([str(seeds)], store, StorylineConfig())
        assert report.summary() == {"read": 5, "stored": 5, "already_present": 0, "duplicates": 0, "rejected": {}}
        by_file = {a.provenance.source.rsplit("/", 1)[-1][:3]: a for a in store.iter_articles()}
    assert by_file["004"].outlet.value == "Krone" and by_file["004"].outlet.origin == "text"
    assert by_file["002"].author.value == "Aghakazim Guliyev"
    assert by_file["000"].published.value == "2024-11-21"
    assert all(a.language.value == "en" for a in by_file.values())


@pytest.mark.slow
def test_all_dataset_pages_are_stored_or_rejected_with_a_reason(shared_dir):
    datasets = shared_dir / "datasets"
    pages = sorted(datasets.rglob("*.html.gz"))
    assert len(pages) == 772
    with open_store(":memory:") as store:
        report = ingest([str(p) for p in pages], store, StorylineConfig())
        stored = store.count_articles()
    assert report.read == 772
    assert report.stored + report.already_present + report.total_rejected == 772
    assert stored == report.stored
    assert all(r.reason and r.detail for r in report.rejects)
    # Almost all are real pages with text; the few rejects are pages without an article.
    assert set(report.rejected) <= {"no_text"}, Counter(r.reason for r in report.rejects)
    assert report.stored >= 740
